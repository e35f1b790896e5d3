"""Find the non-region entities of a sentence by pattern: policies, organisations, firms,
industries, clusters and designations. Each finder returns ``Mention`` records.

The patterns key on how the genre writes names (《…》 titles, suffixes such as 大学/集群/产业,
lists with 、 and 等), never on particular names.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import lexicon as lx
from kg.extract import literals
from kg.extract.anaphora import PLACE_WORD
from kg.extract.mentions import Mention
from kg.extract.segment import Bounds, clause_words, sole_tag, token_bounds
from kg.extract.spans import STOP_TOKENS, clause_start, ends_at_token, left_boundary  # noqa: F401 (re-exported)
from kg.iris import entity_key

C = lx.CJK
_TITLE = re.compile(r"《([^《》]{2,80})》")
_QUOTED_RUN = re.compile(r"(?:“[^“”]{1,20}”)+")
_SLOGAN = re.compile(rf"“((?:[{C}]{{4}}[、,]){{1,5}}[{C}]{{4}})”(?=[{C}]{{0,6}}?(?:布局|战略|格局|部署|理念|思路|目标|要求|方针))")
_GENERIC_INDUSTRY_HEADS = {"主导", "传统", "支柱", "相关", "其他", "该", "本", "上下游", "各类", "重点", "优势", "新",
                           "大", "龙头", "关联", "全", "整个", "各", "多个", "其他四地", "其余", "不同", "新兴产业和",
                           "最大的", "第二大", "前六大", "前四大", "细分", "主要", "本地", "地方", "区域", "县域",
                           "这些", "现代", "全产业", "产业", "新支柱", "落后", "基础", "首位", "二大", "经济", "龙头",
                           "优势特色", "特色", "六大", "四大", "大", "高精尖", "朝阳", "夕阳", "高端", "低端", "战略性",
                           "先导", "区域先导", "传统特色优势", "特色优势", "新兴", "成主导", "主导", "基础性", "先导性",
                           "支撑性", "引领性", "战略", "各个", "哪些", "所在", "本", "其", "整体", "下游", "上游", "工业", "农业", "服务",
                           "配套", "衍生", "配套及衍生", "关联配套", "周边", "延伸", "当家", "拳头", "看家", "支撑", "重要", "主要的",
                           "鼓励类", "限制类", "淘汰类", "允许类", "整机"}  # 鼓励类产业: a catalogue's class
_HOW_DEVELOPED = re.compile(r"高(?:水平|质量|标准|层次|起点|效益|效能)")
_GENERIC_HEAD_WORDS = re.compile(rf"(?:{'|'.join(lx.INDUSTRY_KIND_WORDS)})+")
_KIND_ENDING = re.compile(_GENERIC_HEAD_WORDS.pattern + "$")  # 青稞酒主导(产业): the kind words an industry's name ends on
# what an industry phrase opens with that is not part of the industry: 本市生物医药产业, 区内生命健康产业
_GENERIC_INDUSTRY_OPENING = re.compile(
    r"^(?:发展|优化|经济|不同|各类|六大|四大|前六大|前四大|本市|本省|本县|本区|全市|全省|全县|全区|全州|全盟|全旗|区内|县内|市内|省内|境内|集群|园区|"
    r"地方|领域|国家|国际|全球|世界|我国|全国|国内|成为|成|作为|为|对|把|做强|做大|做优|壮大|前瞻|超前|布局|深耕|主攻|投资|建设|新建|扩建|引进|"
    r"省级|市级|县级|国家级|力争|深化|(?<![新大重小轻])[\u4e00-\u9fff]{2}型(?=[\u4e00-\u9fff])|强(?=[\u4e00-\u9fff]{2}))+")
_DIVISION = re.compile("|".join(sorted(
    {n for d in lx.GBT4754_DIVISIONS for n in (d, re.sub(r"(?:制造业|业)$", "", d)) if len(n) >= 4}, key=len, reverse=True)))
# X文化旅游 (茶文化旅游): tourism built on a local culture is a sector of its own
_NOT_BEFORE_CULTURE = STOP_TOKENS | {"发展", "推广", "融合", "促进"}
_SECTOR = literals.Cued(rf"(?:[{C}]{{1,3}}文化旅游|{'|'.join(lx.SECTOR_NAMES)})(?:业)?", ("文化旅游", *lx.SECTOR_NAMES))
# a system of industries defined in the text: “1+4+2”现代产业体系
_QUOTED_SYSTEM = re.compile(r"“[0-9+N]{3,12}”(?:现代|主导|新兴|特色)?产业体系")
_NUMERALS = set("一二三四五六七八九十两几0123456789")
# the lexicon's word lists, longest first, as the finders walk them (sorted and compiled once, not per sentence)
_LOCAL_BODIES = sorted(lx.LOCAL_BODIES, key=len, reverse=True)
_LOCAL_BODY = re.compile(rf"(?:^|(?<=[、,;:。和及与\s]))(?:{literals.alternatives(_LOCAL_BODIES)})")  # 第三条　县人民政府应当…
_ORG_SUFFIX = re.compile(literals.alternatives(sorted(lx.ORG_SUFFIXES, key=len, reverse=True)))
_DESIGNATION_ENDING = re.compile(literals.alternatives(sorted(lx.DESIGNATION_ENDINGS, key=len, reverse=True)))
_LIST_VERB_PREFIXES = sorted(lx.LIST_VERB_PREFIXES, key=len, reverse=True)
# nouns that 产业/行业 modifies when it stands before them: then it ends no industry name
_MODIFIED_NOUNS = {"集群", "基地", "体系", "链条", "园区", "聚集", "用地", "用途", "结构", "布局", "生态", "政策", "平台",
                   "中心", "交易", "智库", "板块", "行为", "自律", "诚信", "协会", "转型", "升级", "功能", "导向", "环节",
                   "工作", "联盟", "组织", "部门", "主管", "转移", "合作", "分工", "集聚", "链式", "开发", "示范"}
_CATALOGUE = re.compile(rf"(?:符合|列入|纳入|依照|按照|根据|属于)([{C}]{{4,24}}?(?:目录|名录))(?=[的,。;、]|$)")
_GENERIC_CATALOGUE = re.compile(r"(?:相关|有关|国家|本省|本市|上述|前款|该)?(?:产业|行业|指导|鼓励|支持)*(?:目录|名录)$")
_MADE_DOCUMENT = re.compile(rf"(?:制定|编制|出台|印发|发布)(?:并组织实施)?([{C}]{{2,16}}?)(发展规划|专项规划|规划|实施方案|行动计划|管理办法|实施细则|条例)(?=[,。;、和并])")
# reports named by the body and the session that heard them: 党的二十大报告, 政府工作报告
_CONGRESS_REPORT = literals.Cued(r"党的[一二三四五六七八九十]+大报告|(?<![\u4e00-\u9fff])[一二三四五六七八九十]+大报告", "大报告")
_GENERIC_NAMES = {"产业集群", "集群", "新兴产业集群", "科研院所", "高校", "研究机构", "政府", "地方政府", "各级政府",
                  "有关部门", "主管部门", "相关部门", "开发区", "园区", "产业园区", "千亿级产业园区", "工业园", "协同创新体系",
                  "委员会", "科创大平台", "大平台", "创新中心", "国家级创新中心", "实验室", "开放实验室", "联盟", "组织",
                  "报告", "规划", "战略", "行动", "工程", "机制", "政策", "方案", "计划", "意见", "举措", "试点", "专项",
                  "产业基地", "基地", "战略性新兴产业集群", "各地集群", "集群创新", "区域集群",
                  "新能源汽车产业主机厂", "学院", "大学", "产业链", "创新链", "供应链"}


def _mention(s: int, start: int, end: int, text: str, type_: str, label: str | None = None, level: str | None = None) -> Mention:
    label = label or text[start:end]
    return Mention(s, start, end, text[start:end], type_, entity_key(label), label, level)


_ISSUED_INSIDE = re.compile(r"(?:印发|发布|颁布|转发)〈([^〈〉《》]{4,60})〉")


def policies(s: int, text: str) -> list[Mention]:
    out = [_mention(s, m.start(), m.end(), text, "Policy", m.group(1)) for m in _TITLE.finditer(text)
           if not m.group(1).endswith(("证", "证书", "执照"))]  # 《药品生产许可证》 is a licence, not a policy
    # 《工业和信息化部关于印发〈促进…暂行办法〉的通知》: the notice, and the document it issues
    out += [_mention(s, m.start(1), m.end(1), text, "Policy", m.group(1)) for t in list(out) if "〈" in t.surface
            for m in _ISSUED_INSIDE.finditer(text, t.start, t.end)]
    inside = [(m.start, m.end) for m in out]
    # named reforms and strategies: “…”-quoted names and names ending in 战略/行动/工程…
    for m in _QUOTED_RUN.finditer(text):
        if any(a <= m.start() < b for a, b in inside):
            continue
        end = m.end()
        tail = _POLICY_TAIL.match(text[end:]) or _BUILDING.match(text[end:])
        if tail and not ends_at_token(text, end + tail.end()):
            tail = None  # “领跑者”企业实行动态管理: 行动 inside 实行/动态 ends no name
        inner_ending = any(m.group(0).rstrip("”").endswith(e) for e in lx.POLICY_ENDINGS)
        if tail:
            end += tail.end()
        elif not inner_ending:
            continue
        if m.group(0).endswith("长制”") and not tail:
            # “链长制”, “河长制”: the quoted word is the whole name
            out.append(_mention(s, m.start() + 1, m.end() - 1, text, "Policy"))
            inside.append((m.start(), m.end()))
            continue
        # the words before a quoted reform name what it improves (营商环境优化提升“一号改革工程”)
        start = left_boundary(text, m.start(), max_chars=10, stops=_REFORM_STOPS)
        if text.startswith("建设", m.end()):
            start = m.start()  # “三张网”建设: the quoted name is the whole name of the work
        label = text[start:end]
        if len(entity_key(label)) >= 4 and label not in _GENERIC_NAMES:
            out.append(_mention(s, start, end, text, "Policy"))
            inside.append((start, end))
    for m in _SLOGAN.finditer(text):
        # “一主引领、两翼驱动、全域协同”区域发展布局: a slogan of parallel four-character phrases names a strategy
        if not any(a <= m.start(1) < b for a, b in inside):
            out.append(_mention(s, m.start(1), m.end(1), text, "Policy"))
            inside.append((m.start(1), m.end(1)))
    for m in _MADE_DOCUMENT.finditer(text):
        # 制定惠明茶产业发展规划: a plan or rule a body is to make, named without 《》
        end = m.end()
        start = left_boundary(text, m.start(2), max_chars=16, nouns_only=True)
        if any(a < end and start < b for a, b in inside) or m.start(2) - start < 2:
            continue
        out.append(_mention(s, start, end, text, "Policy"))
        inside.append((start, end))
    for m in _CATALOGUE.finditer(text):
        # 符合海南自由贸易港鼓励类产业目录的: a catalogue named without 《》 after the verb that applies it
        if not any(a < m.end(1) and m.start(1) < b for a, b in inside) and not _GENERIC_CATALOGUE.match(m.group(1)):
            out.append(_mention(s, m.start(1), m.end(1), text, "Policy"))
            inside.append(m.span(1))
    for m in _CONGRESS_REPORT.finditer(text):
        out.append(_mention(s, m.start(), m.end(), text, "Policy"))
        inside.append((m.start(), m.end()))
    for ending in _PROGRAMME_ENDINGS:
        for m in literals.finditer(ending, text):
            end = m.end()
            if any(a <= m.start() < b for a, b in inside) or not ends_at_token(text, end):
                continue
            if text[end:end + 1] == "性" or ending == "行动" and text.startswith(("方案", "计划", "纲要"), end):
                continue  # 战略性; 行动方案 ends a plan's title, not a programme's name
            if ending == "战略" and text.startswith(("合作", "投资", "伙伴", "协议", "联盟", "新兴", "布局", "客户"), end):
                continue  # 签署战略合作协议: 战略 qualifies the agreement, no strategy is named
            start = left_boundary(text, m.start(), max_chars=14)
            label = text[start:end]
            if ending == "试点" and not _DESIGNATED_PILOT.search(label):
                continue  # a pilot is a named programme when it is designated (首批…试点), not any trial a text asks for
            if "的" in label or _PROGRAMME_DESCRIBED[ending].search(label) or _DEAL_IN_NAME.search(label) \
                    or clause_words(label[: -len(ending)]):
                continue  # 佛山服务转变的重要战略, 技术发展战略, 本次投资符合公司发展战略: a description, not a name
            if len(label) - len(ending) >= 4 and label not in _GENERIC_NAMES and not label.startswith(("的", "新")):
                out.append(_mention(s, start, end, text, "Policy"))
                inside.append((start, end))
    return out


_POLICY_TAIL = re.compile(rf"的?[{C}]{{0,6}}?(?:{'|'.join(lx.POLICY_ENDINGS)})")
_BUILDING = re.compile("建设(?![的了])")
_REFORM_STOPS = (STOP_TOKENS - {"提升", "优化", "优化提升"}) | {"、"}
_PROGRAMME_ENDINGS = ("战略", "行动", "工程", "试点", "专项", "报告")
_DESIGNATED_PILOT = re.compile(r"批|国家|全国|省级")
_DEAL_IN_NAME = re.compile(r"签署|签订|达成|公司|股份|集团")  # a firm signing, a firm's own strategy: no programme's name
_PROGRAMME_DESCRIBED = {e: re.compile(r"^[^“]{0,4}(?:技术|重要|重大|总体|长期)(?:发展)?" + e + "$") for e in _PROGRAMME_ENDINGS}


def organizations(s: int, text: str) -> list[Mention]:
    out: list[Mention] = []
    for name, start, end in literals.occurrences(lx.NAMED_ORGS, text):  # one pass for every name
        if text[end:end + 1] == "门":
            continue  # 市科技部门: a department of the city, not the ministry
        if len(name) == 2 and name in lx.ORG_ABBREVIATIONS and text[end:end + 1] in _LANDMARK_ENDINGS:
            continue  # 北大湖滑雪度假区: a lake's name, not 北京大学
        office = _OFFICE.match(text, end)
        if office and lx.NAMED_ORGS[name] == "GovernmentBody":
            # 国务院办公厅, 工业和信息化部办公厅: a body's general office issues documents in its own name
            label = lx.ORG_ABBREVIATIONS.get(name, name) + office.group(0)
            out.append(Mention(s, start, office.end(), text[start:office.end()], "Organization", entity_key(label), label))
            continue
        label = lx.ORG_ABBREVIATIONS.get(name, name)
        out.append(Mention(s, start, end, name, "Organization", entity_key(label), label))
    # 县委、县政府: the bodies of the place in context, written without its name
    for m in _LOCAL_BODY.finditer(text):
        if not _TITLE_AFTER.match(text, m.end()):
            out.append(_mention(s, m.start(), m.end(), text, "Organization"))
    for m in _LOCAL_DEPARTMENT.finditer(text):  # 省科学技术厅、省工业和信息化厅应当…
        if not _TITLE_AFTER.match(text, m.end()):
            out.append(_mention(s, m.start(1), m.end(1), text, "Organization"))
    for m in _LIAISON_OFFICE.finditer(text):
        # 黄石市驻汉办: a city's office in another city, named by both
        start = _place_opening(text, max(0, m.start() - 10), m.start() + 1)
        if start is not None and start + 1 >= m.start() - 10:
            out.append(_mention(s, start, m.end(), text, "Organization"))
    for m in _ACADEMY_INSTITUTE.finditer(text):  # 中科院成都有机所: an academy's institute in a city, by its short name
        if any(r.start == 0 and r.end == len(m.group(2)) for r in _places_in(m.group(2))):
            out.append(_mention(s, m.start(), m.end(), text, "Organization"))
    for m in _ORG_SUFFIX.finditer(text):
        suffix = m.group(0)
        if suffix == "局" and text[m.start() - 1:m.start()] in _NOT_BUREAU:
            continue  # 璧山区等地布局, 产业格局: no bureau
        if suffix in ("局", "厅"):
            # 禅城区卫计局, 浙江省科技厅: a bureau is named by its place and a short field
            bureau = _BUREAU.search(text[: m.end()])
            place = bureau and _place_opening(text, bureau.start(), m.start())
            if place is not None and _EVERY_ONE.match(text, max(text.rfind(c, 0, place) for c in ",，:：;；。") + 1):
                continue  # 各市、州、直管市、神农架林区经信局: every such bureau, none named
            if place is not None and (ends_at_token(text, m.end()) or text[m.end():m.end() + 1] in "、,。;和与及出发"):
                out.append(_mention(s, place, m.end(), text, "Organization"))
            continue
        if suffix in ("组织", "部"):
            continue
        end = m.end()
        if not ends_at_token(text, end) and suffix not in ("县委", "市委", "省委"):
            continue
        # 高新 (an adverb to the tagger), 零 (a numeral) and 荡 (a lake, a verb to it) are words of names
        start = left_boundary(text, m.start(), max_chars=24, nouns_only=suffix not in ("分院", "分中心"), words=_NAME_WORDS)
        start = _strip_ordinal(text, start, m.start())
        if start >= 2 and text[start - 1] == "及" and text[start - 2] == text[start]:
            start -= 2  # 钛及钛合金产业园: a material and its working, one name
        joined = _FIELD_JOINED.search(text, max(0, start - 6), start)
        if joined:
            start = left_boundary(text, joined.start(), max_chars=24, nouns_only=True, words=_NAME_WORDS) if joined.start() else 0
            start = min(start, joined.start())
        start = _known_name_start(text, _with_stray_character(text, start, m.start()))
        start = _with_place_opening(text, start, m.start())
        item = text.rfind("、", max(0, start - 3), start)
        if item != -1 and _HAN_RUN.fullmatch(text[item + 1:start]):
            start = item + 1  # 、花桥经济开发区 cut as 花/桥/经济/开发区: a listed name starts after the 、
        if text[start:start + 1] == "大" and text[start - 1:start] in _NUMERALS:
            continue  # 三大国家级开发区: a count of a kind
        if suffix in ("县委", "市委", "省委", "区委"):
            if _TITLE_AFTER.match(text, end):
                continue  # 黄石市委副书记: a person's title
            start = _region_ending_at(text, m.start() + 1, start)
        if text[max(0, start - 2):start] == "中共":
            start -= 2
        start = _org_start(text, start, m.start())
        if start is None:
            continue
        if suffix in ("分院", "分中心"):
            parent = next((n for n in lx.NAMED_ORGS if text.startswith(n, start - len(n))), None)
            start -= len(parent) if parent else 0  # 中科院广州分院: the branch is named with its parent body
        verb = _ORG_VERB.match(text, start, m.start())
        if verb and m.start() - verb.end() < 2:
            continue  # 责令园区: a verb and a bare kind of place
        inner = _ORG_VERB.search(text, start + 1, m.start())
        if inner and m.start() - inner.end() < 2:
            continue  # 龙头企业扎根开发区: a verb and a bare kind of place after it
        if inner and _ZONE_CLASS.match(text[inner.end():end]):
            continue  # 支持…设区的市建设高新技术产业开发区: a kind of zone to be built, no zone named
        if inner and re.search(r"(?:开发区|高新区|经开区|园区|新区)$", text[start:inner.start()]) and m.start() - inner.end() >= 2:
            start = inner.end()  # 长春净月高新技术产业开发区建设冰雪装备产业园: the zone acts, the park it builds is the name
        if verb:
            start = verb.end()  # 建设科技企业孵化器: the verb before the name
        if text[start - 1:start] == "·":  # 北京·沧州渤海新区生物医药产业园: the co-builder's place and a dot open the name
            start = _place_start(text, start - 1, start)
        label = text[start:end]
        short = _SHORT_COMMISSIONS.get(suffix)
        if short is not None and len(label) > len(suffix):
            # 重庆市经信委: the commission's full name, the one its own documents use
            out.append(_mention(s, start, end, text, "Organization", label[: -len(suffix)] + short))
            continue
        if label in _GENERIC_NAMES or len(label) <= len(suffix) or label.startswith(("的", "各", "该")):
            if suffix not in ("县委", "县政府", "市政府", "市委", "省政府", "省委") or label != suffix:
                continue
        if _ZONE_CLASS.match(label):
            out.append(_mention(s, start, end, text, "Designation"))  # 国家级高新技术产业开发区: a zone's rank, held by parks
            continue
        if suffix == "新区" and region_prefix(label) == label:
            continue  # 滨海新区, 浦东新区: a district the gazetteer holds, a region and not a body
        if _GENERIC_BODY.search(label) or label.startswith(_CLASS_OPENINGS):
            continue  # 村民委员会, 市级医药临床研究中心: a kind of body, not a named one
        trade = _TRADE_ASSOCIATION.fullmatch(label)
        if trade and _common_word(trade.group(1)):
            continue  # 茶叶行业协会应当…: the trade's association, whichever it is; 惠明茶行业协会 names one
        if suffix in lx.PLACE_LED_ORG_SUFFIXES and not _place_before(text, start, start + 2) and \
                not any(r.start == 0 for r in _places_in(label)):
            continue  # 生产力促进中心: a kind of body; 黄石市招商服务中心: a body
        if suffix.endswith("政府") and not _place_before(text, start, m.start()):
            local = next((b for b in _LOCAL_BODIES if label.endswith(b)), None)
            if local is None or "各" in text[max(0, end - len(local) - 2):end - len(local)]:
                continue  # 产品政府采购: 政府 as a modifier; 各区县人民政府: every such body, none named
            start = end - len(local)  # 建议市政府 → 市政府, the body of the place in context
        office = _OFFICE.match(text, end) if suffix.endswith("政府") else None
        if office:
            end = office.end()  # 宜宾市人民政府办公室: the government's general office, which issues in its own name
        out.append(_mention(s, start, end, text, "Organization"))
    return _longest(out)


_DOCUMENT_NUMBER = re.compile(r"\s*[〔\[（(【]\s*(?:19|20)\d{2}\s*[〕\]）)】]\s*第?\s*\d+\s*号")
_PARTNER_COUNTRIES = set("德美英法日韩意俄新泰荷澳欧")  # 中德, 中美, 中新: a joint venture's countries
# what follows 中 in the short names of central state enterprises (中电科, 中铝, 中石化, 中车, 中船…)
_CENTRAL_SOE_ROOTS = ("电科", "铝", "石化", "石油", "海油", "建", "核", "车", "航", "粮", "船", "远海运", "冶", "化", "广核", "煤",
                      "钢", "交建", "铁", "电建", "能建", "国建材", "材", "储粮", "化学", "节能", "电子", "信科")
_TRADE_ASSOCIATION = re.compile(r"([\u4e00-\u9fff]{1,4}?)(?:行业)?协会")


def _common_word(word: str) -> bool:
    """A word the tagger's dictionary knows as common (茶叶, 乳业, 游艇), not a product's or a place's own name (惠明茶)."""
    from kg.extract.segment import word_freq

    return word_freq(word) >= 50


_EVERY_ONE = re.compile(r"\s*各")
_SHORT_COMMISSIONS = {"发展改革委": "发展和改革委员会", "发改委": "发展和改革委员会", "经信委": "经济和信息化委员会",
                      "卫健委": "卫生健康委员会"}
_LANDMARK_ENDINGS = set("湖山河江街路镇村乡桥港岛湾")  # what a lake's, a road's, a town's name ends with
# 射洪锂电高新材料产业园, 远景鄂尔多斯零碳产业园, 西永微电子产业园区 (西 a direction to the tagger)
# 中国民用航空飞行学院, 江苏省产品质量监督检验研究院: the work a school or an institute does (a verb to the tagger)
_NAME_WORDS = frozenset({"高新", "零", "荡", "东", "西", "南", "北", "飞行", "管理", "监督", "检验", "勘察", "设计", "规划",
                         "测绘", "培训", "监测"}) | lx.TRADE_VERBS
_NOT_BUREAU = set("布格结大全时变开破棋僵定当")
# 重庆市经济和信息化委员会, 工业和信息化厅: 和 inside a body's field
_FIELD_JOINED = re.compile(r"(?:经济|工业|发展|商务|科学技术|住房|城乡|人力资源|交通|文化)和$")
_ACADEMY_INSTITUTE = re.compile(rf"(中科院|中国科学院|中国农科院|中国农业科学院|中国社科院|中国医科院)([{C}]{{2,3}}?)[{C}]{{1,4}}?所(?![长属谓])")
_OFFICE = re.compile(r"办公厅|(?:新闻|研究|法制|外事)?办公室")  # 天津市人民政府新闻办公室, 国务院新闻办公室
_LOCAL_DEPARTMENT = literals.Cued(rf"(?:^|(?<=[、,;:。和及与\s]))({lx.LOCAL_DEPARTMENT.pattern})(?=[、,;:。和及与应会负依按在对等联共牵公发印获表提召组相有]|$)",
                                  ("省", "市", "县", "区"), ("厅", "局", "委"))
_LIAISON_OFFICE = re.compile(rf"驻[{C}]{{1,3}}?办(?!事处|公)")
_NAMING_VERBS = "(?:规划|计划|谋划)(?=建设|新建)|新建|筹建|建设|设立|建立|组建|成立|创建|支持|鼓励|依托|引进|加快|推进|完善|责令|要求|通过|拥有|聚集|集聚|吸引|招引|力争|扎根|落户|入驻|进驻|命名"
_ORG_VERB = re.compile(rf"(?:{_NAMING_VERBS})+")
_FIRM_VERB = re.compile(rf"(?:{_NAMING_VERBS}|引导|允许|发展|确定|认定|遴选|评定|推荐|归属于|协助|帮助|指导)+")
_FIRM_VERB_ENDING = re.compile(_FIRM_VERB.pattern + "$")
_ZONE_CLASS = re.compile(r"^(?:国家级|省级|国家|省)?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|高新技术产业园区|"
                         r"自主创新示范区|自由贸易试验区|综合保税区|保税区)$")
_BUREAU = re.compile(rf"[{C}]{{2,8}}?(?:省|市|区|县|州|盟|旗)[{C}]{{1,8}}?(?:局|厅)$")  # 宁波市经济和信息化局
_GENERIC_BODY = re.compile(r"^(?:社区)?(?:村民|居民)委员会$|^(?:镇|乡|街道)(?:人民)?政府$|^街道办事处$"
                           # the board of every zone of a kind: 高新技术产业开发区管理委员会 with no zone named
                           r"|^(?:国家级|省级|市级|国家|省|市)?特色小镇$"  # a kind of town a province names, not one
                           r"|^(?:国家级|省级|国家|省)?(?:高新技术产业开发区|经济技术开发区|开发区|高新区|经开区|园区|产业园区|产业集聚区)"
                           r"(?:管理委员会|管委会)$|^(?:科技企业孵化器|大学科技园|科技园|产业园|工业园区)$"
                           # kinds of research platform a text asks firms to set up, not one named platform
                           r"|^(?:国家级|省级|市级|国家|省|市)?(?:重点|工程|企业|技术创新|制造业创新|工程技术|产业技术)?"
                           r"(?:研究中心|研发中心|技术中心|实验室|创新中心|研究院|孵化器|工作站|众创空间)$")
_CLASS_OPENINGS = ("全部", "所有", "市级", "省级", "县级", "区级", "国家级和", "各级", "相关", "有关", "其他", "一批", "若干")


def is_zone_class(name: str) -> bool:
    """高新技术产业开发区, 国家级经开区: a kind of zone, no zone's own name."""
    return _ZONE_CLASS.match(name) is not None


def _with_place_opening(text: str, start: int, suffix_start: int) -> int:
    """``中宁国际枸杞交易中心`` cut as 中/宁/国际…: the character the walk stopped at opens a place the name begins with."""
    from kg.extract.gazetteer import gazetteer

    if start == 0 or start >= suffix_start or text[start - 1] != "中":
        return start
    opening = [r for r in gazetteer().find(0, text[start - 1:suffix_start]) if r.start == 0 and r.end >= 2]
    return start - 1 if opening else start


def _with_stray_character(text: str, start: int, suffix_start: int) -> int:
    """``黄石临空经济区`` cut as 黄石/临/空/经济区: a lone character the tokenizer split off right before a
    name belongs to it when a name (a place, a brand) stands before it."""
    from kg.extract.segment import tagged

    if start == 0 or start >= suffix_start or not _HAN.match(text[start - 1]) or text[start - 1] in "的和与及在于对从向将把被为是有等各该本其":
        return start
    toks = tagged(text[max(0, start - 8):start])
    if len(toks) < 2 or len(toks[-1][0]) != 1 or toks[-1][1] in ("m", "q", "p", "c", "u", "d") or \
            len(toks[-2][0]) < 2 or toks[-2][1] not in ("nr", "ns", "nz", "nt", "j"):
        return start  # 二十届中央财经委员会, 3家国家制造业创新中心: a counter, not part of the name
    return start - 1


_BILATERAL = re.compile(r"中[新德韩日欧俄美法意以瑞英澳荷奥丹芬比]")


def _org_start(text: str, start: int, suffix_start: int) -> int | None:
    """Where an organisation name starts, given the start its words suggest: at the place name
    inside it when words that are no name stand before the place (建议佛山市政府 → 佛山市政府), one
    or two characters earlier when a place stands there (黄石临空经济区, cut after 临 by the
    tokenizer). ``None`` when the name is only places (上海市浦东新区 is a region)."""
    from kg.extract.gazetteer import gazetteer

    gaz = gazetteer()
    window = max(0, start - 8)
    before = [r for r in gaz.find(0, text[window:start + 2]) if 0 <= start - (window + r.end) <= 2 and window + r.end <= start]
    if before and not _NOT_HAN.search(text[window + before[-1].end:start]):
        gap = text[window + before[-1].end:start]
        if not any(_tok in STOP_TOKENS for _tok in (gap, gap[:1])):
            start = window + before[-1].start
            if _BILATERAL.fullmatch(text, start - 2, start):
                start -= 2  # 中新嘉善现代产业园: China and Singapore's park in 嘉善
    inner = gaz.find(0, text[start:suffix_start])
    if inner and 0 < inner[0].start <= 3 and not gaz.find(0, text[start:start + inner[0].start]) and not text.startswith("中共", start) \
            and not _BILATERAL.fullmatch(text, start, start + inner[0].start):  # 中新嘉善现代产业园: China and Singapore's park
        start += inner[0].start
        inner = gaz.find(0, text[start:suffix_start])
    chain = [r for r in inner]
    # an address is written with its places' suffixes (广东省佛山市三水工业区); a park's own name opens with short
    # names (江西泰和经济开发区, 浙江长兴经济技术开发区), which stay in it
    if len(chain) >= 2 and chain[0].start == 0 and chain[1].start == chain[0].end and not text.startswith("中共", start) \
            and chain[-1].level in ("county", "town", "city") and chain[1].level != "town" and chain[0].surface[-1] in "省市区县州盟旗":
        last = 1
        while last + 1 < len(chain) and chain[last + 1].start == chain[last].end:
            last += 1
        if chain[last].end < suffix_start - start:
            start += chain[last].start  # 广东省佛山市三水工业区: the address before the park's own name
            inner = gaz.find(0, text[start:suffix_start])
    if inner and inner[0].start == 0:
        covered = 0
        for r in inner:
            if r.start != covered:
                break
            covered = r.end
        if start + covered == suffix_start and text[suffix_start:suffix_start + 1] == "新":
            return None  # 上海市浦东新区: 新区 ends the region's own name
    return start


_HAN = re.compile(rf"[{C}]")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")


def _place_opening(text: str, start: int, suffix_start: int) -> int | None:
    """Where the place a bureau's name opens with starts, when a place ends 1–8 characters before
    its 局 (重要的是佛山市经贸局 → 佛山市经贸局, 宁波市经济和信息化局; 市场布局 has none)."""
    from kg.extract.gazetteer import gazetteer

    found = gazetteer().find(0, text[start:suffix_start])
    if not found or not 1 <= suffix_start - (start + found[-1].end) <= 8:
        return None
    first = len(found) - 1
    while first > 0 and found[first - 1].end == found[first].start:
        first -= 1
    return start + found[first].start


def _places_in(text: str) -> list[Mention]:
    from kg.extract.gazetteer import gazetteer

    return gazetteer().find(0, text)


def _place_before(text: str, start: int, suffix_start: int) -> bool:
    from kg.extract.gazetteer import gazetteer

    found = gazetteer().find(0, text[start:suffix_start])
    return bool(found) and found[-1].end == suffix_start - start


def _place_ending_at(text: str, end: int, levels: tuple[str, ...], width: int = 8) -> Mention | None:
    """The place of one of ``levels`` whose name ends right at ``end`` (within ``width`` characters before it), its
    offsets in ``text``."""
    window = max(0, end - width)
    found = next((r for r in _places_in(text[window:end]) if window + r.end == end and r.level in levels), None)
    return replace(found, start=window + found.start, end=end) if found is not None else None


def _region_ending_at(text: str, end: int, start: int) -> int:
    """Start of the region name that ends at ``end`` (黄石市委 → 黄石市), else ``end - 1`` (the bare 市委)."""
    from kg.extract.gazetteer import gazetteer

    window = max(0, end - 12)
    found = [r for r in gazetteer().find(0, text[window:end]) if window + r.end == end]
    return window + found[0].start if found else end - 1


_TITLE_AFTER = re.compile(r"常委|书记|副书记|委员|领导|主要负责")


_ORDINAL = re.compile(r"(?:[一二三四五六七八九十百]+届|第[一二三四五六七八九十]+|[0-9]+[家个所])")


def _strip_ordinal(text: str, start: int, limit: int) -> int:
    m = _ORDINAL.match(text[start:limit])
    return start + m.end() if m else start


_ZONE_IN_NAME = re.compile(rf"[{C}]{{0,8}}?(?:工业园区|产业园区|园区|开发区|高新区|经开区|新区|产业园|工业园|科技园|自由贸易港|自贸港)")


def joined_goods(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of ``text[a:b]``, or of its two goods when 和/及/与 joins two of two characters or more."""
    joint = re.search(r"和|及|与", text[a:b])
    if joint is None or joint.start() < 2 or b - a - joint.end() < 2:
        return [(a, b)]
    return [(a, a + joint.start()), (a + joint.end(), b)]


# 全国最大的蔬菜生产基地, 重要的动力装备生产基地: what a place is a base for
_BASE_OF = re.compile(rf"(?:最大|重要|主要|知名|领先|核心)的([{C}]{{2,6}}?)(?:精深|深)?(?:生产|制造|加工|研发|出口|供应)+基地")


_LED_CHAIN = re.compile(rf"(?:^|(?<=[,，;；。:：为]))([{C}]{{2,8}}?)产业链(?=(?:则|也|还)?以[^,，;；。]{{2,40}}?为“?(?:链主|龙头)|的“链主”|为例)")
# 确定A、B为首批绿色铝产业链“链主”企业: the chain whose leaders a body names
_LEADERS_CHAIN = literals.Cued(rf"为(?:首批|第[一二三四五六七八九十\d]+批)?(?:重点)?([{C}]{{2,8}}?)产业链“?链主", "链主")


_ONE_CHARACTER_TRADE = literals.Cued(r"[\u4e00-\u9fff]业(?=产业链|产业集群|产业|企业|实现|产值|是|集群|龙头)", "业")
# words of one character and 业 that are no trade
_NOT_TRADES = {"企业", "就业", "创业", "专业", "职业", "事业", "行业", "产业", "物业", "作业", "学业", "毕业", "营业", "失业", "置业",
               "实业", "伟业", "基业", "主业", "副业", "家业", "功业", "大业", "各业", "百业", "本业", "工业", "商业", "开业", "停业",
               "从业", "敬业", "兴业", "立业", "守业", "同业", "结业", "修业", "转业", "复业", "宏业", "农业"}
_DIGITAL_TOOLS = {"大数据", "云计算", "人工智能", "物联网", "算力"}
_TOOL_USE = re.compile(r"监测|监管|分析|平台|手段|赋能|管理|应用|诊断|技术|调度|服务平台")


def industries(s: int, text: str, dictionary: dict[str, tuple[str, str]]) -> list[Mention]:
    """Industries named with 产业/行业 endings, in lists before such a name, or from the reference lexicon."""
    # (重要的煤炭和兰炭生产基地: a base of two goods, each read)
    out: list[Mention] = [_mention(s, a, b, text, "Industry") for m in _BASE_OF.finditer(text)
                          if not re.search(r"的|产业|行业", m.group(1)) for a, b in joined_goods(text, *m.span(1))]
    for m in _ONE_CHARACTER_TRADE.finditer(text):  # 椅业是…第一大产业, 全县椅业实现产值: a trade named by one good and 业
        if m.group(0) not in _NOT_TRADES and m.start() in token_bounds(text) and m.end() in token_bounds(text):
            out.append(_mention(s, m.start(), m.end(), text, "Industry"))
    for m in [*_LED_CHAIN.finditer(text), *_LEADERS_CHAIN.finditer(text)]:  # 航空产业链以中航西飞为“链主”: the industry of a chain a firm leads
        prefix = region_prefix(m.group(1)) or ""
        if len(m.group(1)) - len(prefix) >= 2:
            out.append(_mention(s, m.start(1) + len(prefix), m.end(1), text, "Industry"))
    for m in _INDUSTRY_WORD.finditer(text):
        end = m.end()
        if text[end:end + 2] in _MODIFIED_NOUNS or text[end:end + 1] in ("链", "园", "化"):
            continue  # 产业集群 is a cluster, 产业链 a chain, 产业用地/行业协会: 产业 modifies the noun after it
        if _DOCUMENT_NUMBER.match(text, end):
            continue  # 湘工信产业〔2023〕412号: an issuing office's code in a document number
        start = left_boundary(text, m.start(), max_chars=14, stops=_INDUSTRY_STOPS, nouns_only=True, words=_TRADES_BEFORE_INDUSTRY)
        label = text[start:end]
        head = label[: -len(m.group(0))]
        prefix = region_prefix(label)
        while prefix and (len(head) - len(prefix) >= 2 or head[len(prefix):] in _ONE_CHARACTER_TRADES):
            start += len(prefix)  # 长兴新能源产业: the region's industry 新能源产业; 湖南省长沙市工程机械产业: 工程机械产业
            label, head = label[len(prefix):], head[len(prefix):]
            prefix = region_prefix(label)
        if prefix:
            continue
        zone = _ZONE_IN_NAME.match(head)
        if zone and len(head) - zone.end() >= 2:
            start += zone.end()  # 苏州工业园区生物医药产业, 园区生物医药产业: the zone's industry 生物医药产业
            label, head = label[zone.end():], head[zone.end():]
        if _COUNTED_CLASS.search(head):
            continue  # …和生命健康四大主导产业: the count of a list's class; the list readers take its items
        if head.endswith(("主要", "重点", "各")):
            continue  # 装备制造业主要行业中: the industry's own branches, named after it; the industry is read alone
        generic = _GENERIC_INDUSTRY_OPENING.match(head)
        if text[start - 1:start] in _NUMERALS and head.startswith("大"):
            generic = re.match("大", head)  # 七大战略性新兴产业: a count of a class
        if generic:
            start += generic.end()
            label, head = label[generic.end():], head[generic.end():]
        if head.endswith("新兴") and len(head) >= 4 and not head.endswith("性新兴") and _HAN_RUN.fullmatch(head):
            head = head[:-2]  # 医疗器械新兴产业: the industry 医疗器械, called emerging
            out.append(_mention(s, start, end, text, "Industry", head))
            continue
        named_class = next((c for c in lx.INDUSTRY_CLASSES if label.endswith(c) and label != c), None)
        if named_class:
            start, label, head = end - len(named_class), named_class, named_class[: -2]  # 紧靠战略性新兴产业, 七大战略性新兴产业
        if len(head) >= 3 and head[1:] in dictionary and _HAN.match(text[start - 1:start] or "x"):
            start += 1  # 张江生物医药产业 cut as 张/江/生物医药: a stray character of a name before it
            label, head = label[1:], head[1:]
        if len(head) == 1 and head in _ONE_CHARACTER_TRADES and start >= m.start() - 1:
            out.append(_mention(s, start, end, text, "Industry", head))  # 铝产业: a metal or a staple named by one character
            continue
        if len(head) < 2 or head in _GENERIC_INDUSTRY_HEADS or head.endswith(("的", "个", "等")) or _DIGIT.search(head) and "“" not in head:
            continue
        if _GENERIC_HEAD_WORDS.fullmatch(head) or head.endswith("特色") and m.group(0) == "产业":
            continue  # 传统优势产业, 特色支柱产业, 高原特色产业: the kind of industry a list names, not one industry
        if _HOW_DEVELOPED.match(head):
            continue  # 建设高水平产业发展平台: how well a thing is built, no industry
        called = _KIND_ENDING.search(head)
        if called and called.start() >= 2 and _HAN_RUN.fullmatch(head):
            if head[:called.start()] not in _GENERIC_INDUSTRY_HEADS:  # 县域主导产业: whichever they are
                out.append(_mention(s, start, start + called.start(), text, "Industry"))
            continue  # 围绕青稞酒主导产业: the industry 青稞酒, called the leading one
        if text[start - 1:start] == "和" and len(head) >= 2:
            # 人体细胞和基因产业: two words joined by 和 into one industry's name, when the first is no industry of its own
            a = left_boundary(text, start - 1, max_chars=6, nouns_only=True)
            a = _strip_list_verb(text, a, start - 1, walk=False)
            first = text[a:start - 1]
            if len(first) >= 2 and first not in dictionary and text[a - 1:a] != "、" and not region_prefix(first) \
                    and not _GENERIC_INDUSTRY_OPENING.match(first) and first not in _GENERIC_INDUSTRY_HEADS and not _opens_with_verb(first):
                out.append(_mention(s, a, end, text, "Industry"))
                continue
        out.append(_mention(s, start, end, text, "Industry"))
        out.extend(_list_before(s, text, start, "Industry"))
    for m in _KIND_OF_GOODS.finditer(text):
        # 以发电装备为引领,油气钻采装备、输变电装备、储能装备协同发展: kinds of equipment or material listed are industries
        if not ends_at_token(text, m.end()) or not _ENUMERATED.match(text, m.end()):
            continue
        start = left_boundary(text, m.start(), max_chars=6, nouns_only=True, words=lx.TRADE_VERBS,
                              stops=STOP_TOKENS | {"指", "是指"})
        opening = _GENERIC_INDUSTRY_OPENING.match(text[start:m.start()])
        if opening and m.start() - start - opening.end() >= 2:
            start += opening.end()  # 重点发展轨道交通装备、…: the verb jieba cut from 重点 opens no kind of equipment
        head = text[start:m.start()]
        if len(head) >= 2 and not head.startswith(_GENERIC_GOODS) and "的" not in head and not _DIGIT.search(head) \
                and not region_prefix(head) and text[start:m.end()] not in dictionary:
            out.append(_mention(s, start, m.end(), text, "Industry"))
    for m in _MADE_PRIORITY.finditer(text):  # 明光市坚持把绿色涂料作为首位产业: what a place makes its leading industry
        if not _opens_with_verb(m.group(1)) and not region_prefix(m.group(1)):
            out.append(_mention(s, m.start(1), m.end(1), text, "Industry"))
    for system in lx.INDUSTRY_SYSTEM.finditer(text):  # 以白酒为引领、茶叶和辣椒为支撑的现代产业体系: each role's industries
        for m in _SYSTEM_ROLE.finditer(text, system.start(), system.end()):
            spans = _item_spans(text, m.start(1), re.split(r"和|及|与|、", m.group(1)))
            out.extend(_mention(s, i, j, text, "Industry") for i, j in spans if j - i >= 2 and not _opens_with_verb(text[i:j]))
    for m in _INDUSTRY_CLASS.finditer(text):
        out.append(_mention(s, m.start(), m.end(), text, "Industry"))
    for m in _QUOTED_SYSTEM.finditer(text):
        out.append(_mention(s, m.start(), m.end(), text, "Industry"))
    for m in _DIVISION.finditer(text):
        stem = _DIVISION_WORD.sub("", m.group(0))
        out.append(_mention(s, m.start(), m.end(), text, "Industry", stem if len(stem) >= 2 else m.group(0)))
    for m in _SECTOR.finditer(text):
        start = m.start()
        if "文化旅游" in m.group(0) and not m.group(0).startswith("文化旅游"):
            culture = text.index("文化旅游", m.start())
            # 推广茶文化旅游 → 茶文化旅游; the walk reads the whole sentence's words, so that 全县大力发展文化旅游 gives
            # 文化旅游 and not 力发展文化旅游 (a window cut inside 大力发展)
            start = left_boundary(text, culture, max_chars=3, nouns_only=True, stops=_NOT_BEFORE_CULTURE)
            start = start if m.start() <= start < culture else culture
        out.append(_mention(s, start, m.end(), text, "Industry"))
    bounds = None
    for surface, start, end in literals.occurrences(dictionary, text):
        if surface in _DIGITAL_TOOLS and (_TOOL_USE.match(text, end) or text[end:end + 1] in ("技", "诊")):
            continue  # 产业发展大数据监测机制, 大数据诊断技术: the technology used for something, no industry
        if len(surface) <= 2:
            # a two-character industry word inside another word is not a mention (标准化工作 holds 化工)
            bounds = bounds if bounds is not None else token_bounds(text)
            if start not in bounds or end not in bounds:
                continue
        else:
            # 化学药物 holds 化学药: the word the reference name ends inside is the text's name for it
            bounds = bounds if bounds is not None else token_bounds(text)
            if start not in bounds and end not in bounds:
                continue  # 工程机械制造商 cut as 工程机械/制造商 holds 机械制造 across both words: no mention
            if start in bounds and end not in bounds:
                nxt = end + 1 if end + 1 in bounds else None  # one character: 化学药物, not 新能源汽车产量
                if nxt is not None and re.fullmatch(rf"[{C}]+", text[end:nxt]):
                    end = nxt
        if text[end:end + 1] == "级":
            # 电池级碳酸锂, 汽车级芯片: the industry names the grade of the product after it, which is what is named
            bounds = bounds if bounds is not None else token_bounds(text)
            nxt = next((b for b in range(end + 3, min(len(text), end + 8) + 1) if b in bounds), None)
            if nxt is not None and end + 1 in bounds and _HAN_RUN.fullmatch(text, end + 1, nxt):
                out.append(_mention(s, start, nxt, text, "Industry"))
            continue
        key, label = dictionary[surface]
        out.append(Mention(s, start, end, text[start:end], "Industry", key, label))
    return _longest([with_shared_head(s, text, m) for m in out])


_INDUSTRY_WORD = re.compile(r"产业|行业|制造业|服务业")
_ONE_CHARACTER_TRADES = set("铝铜锡锌铅镍钴镁钛锂硅钨钼锑铟锗稀钢铁煤茶酒盐糖丝瓷竹")
# before 产业, 制造 and 智造 are how a maker is described (汽车及装备制造产业集团), which the reference names read; other trades stay
_TRADES_BEFORE_INDUSTRY = lx.TRADE_VERBS - {"制造", "智造"}
_SYSTEM_ITEM = rf"(?:(?!为)[{C}]){{2,10}}?"
_SYSTEM_ROLE = re.compile(rf"(?<=[以、，,])((?:{_SYSTEM_ITEM}(?:和|及|与|、))*{_SYSTEM_ITEM}){lx.SYSTEM_ROLE}")
_MADE_PRIORITY = literals.Cued(rf"(?:把|将)([{C}]{{2,10}}?)(?:产业|行业)?(?:作为|列为|确定为|打造成|培育成)[^,，。;；]{{0,12}}?(?:产业|行业)",
                               ("把", "将"), ("作为", "列为", "确定为", "打造成", "培育成"))
_KIND_OF_GOODS = re.compile(r"装备|材料")
_ENUMERATED = re.compile(r"[、和及]|等|为引领|为龙头|为核心|协同|涵盖|包括|主要包括")
_GENERIC_GOODS = ("关键", "核心", "主要", "相关", "配套", "原", "重要", "重大", "其他", "各类", "所需", "建筑", "宣传", "申报", "文字",
                  "图片", "证明", "书面", "有关", "必要", "全部", "上述", "该", "本")
_COUNTED_CLASS = re.compile(r".[两三四五六七八九十]大(?:主导|优势|支柱|重点|特色|新兴|传统|核心|首位|千亿级|百亿级|现代|先进|制造)*$")
_INDUSTRY_STOPS = (STOP_TOKENS - {"及"}) | {"由", "组成", "规范", "开发"}  # 规范游艇产业相关活动: a statute's verb
_HAN_RUN = re.compile(rf"[{C}]+")
_DIGIT = re.compile(r"\d")
_INDUSTRY_CLASS = re.compile(f"(?:{'|'.join(lx.INDUSTRY_CLASSES)})(?!集群|基地|链|园|体系)")
_DIVISION_WORD = re.compile(r"(?:制造业|业)$")


def with_shared_head(s: int, text: str, m: Mention) -> Mention:
    """``锰及锰加工``, ``钛及钛合金``: a material and what is made of it, joined by 及, are one industry's name."""
    if m.start >= 2 and text[m.start - 1] == "及" and text[m.start - 2] == text[m.start]:
        return _mention(s, m.start - 2, m.end, text, "Industry")
    return m


def _list_before(s: int, text: str, start: int, type_: str) -> list[Mention]:
    """``新能源、智能装备、生物医药和数字产业``: the items before a typed name in a 、/和 list."""
    out = []
    m = _LISTED.search(text[:start])
    if not m:
        m = _LISTED_OR_ONE.search(text[:start])
    if not m:
        return out
    pos = m.start()
    for item in _LIST_SEPARATORS.split(m.group(1)):
        if not item:
            continue
        i = text.index(item, pos)
        j = i + len(item)
        pos = j
        # the first item may carry a verb: 由智能汽车 → 智能汽车, 发展纺织 → 纺织
        i = left_boundary(text, j, max_chars=12, min_start=i, stops=_LIST_ITEM_STOPS)
        i = _strip_list_verb(text, i, j, walk=False)
        if text[i:j] in _GENERIC_INDUSTRY_HEADS:
            continue  # 经济和制造业产业: 经济 is no industry
        prefix = region_prefix(text[i:j])
        if prefix and j - i - len(prefix) >= 2:
            i += len(prefix)  # 深圳生物和生命健康产业: the region's industry 生物
        if j - i >= 2:
            out.append(_mention(s, i, j, text, type_))
    return out


def _split_list(phrase: str) -> list[str]:
    """The items of a 、/和/及 list, where ``汽车及新能源汽车`` (a trade and a kind of it, joined by 及) stays one item, and so
    does an item joined by 与 in a list cut by 、."""
    parts = _LIST_SEPARATOR_KEPT.split(phrase)
    items = [parts[0]]
    joints = parts[1::2]
    for n, (joint, item) in enumerate(zip(joints, parts[2::2])):
        first = items[-1]
        if joint == "及" and len(first) >= 2 and first != item and (item.endswith(first) or item.startswith(first)):
            items[-1] = f"{first}及{item}"
        elif joint == "与" and "、" in phrase or joint == "及" and joints[n + 1:n + 2] == ["、"] and "、" in joints[:n]:
            # A、智能制造与装备、绿色能源与节能环保; 石油化工、新能源及装备制造、建材化工: in a 、 list, 与 (and 及 before
            # a 、) joins the words of one item
            items[-1] = f"{first}{joint}{item}"
        else:
            items.append(item)
    return items


_LISTED = re.compile(rf"((?:[{C}]{{2,10}}、)+[{C}]{{2,10}}(?:和|与|及|以及))$")
_LISTED_OR_ONE = re.compile(rf"((?:[{C}]{{2,10}}、)*[{C}]{{2,10}}(?:和|与|及|以及))$")
_LIST_SEPARATORS = re.compile(r"、|和|与|以及|及")
_LIST_SEPARATOR_KEPT = re.compile(r"(、|和|与|以及|及)")
_LIST_ITEM_STOPS = STOP_TOKENS | {"由", "组成"}
# A、B等产业(链); A、B、C三大产业; A、B等关键材料
# 优质稻、烤烟、油茶等特色农业: a kind of farming, services or manufacturing (not 等农业投入品, 等服务业态)
_KIND_OF_SECTOR = r"(?:(?<=特色|现代|高效|优势|主导|传统|高端|先进|新兴)|(?<=生产性|生活性))(?:农业|服务业|制造业)(?![态投])"
_INDUSTRY_LIST = literals.Cued(rf"((?:[{C}]{{2,10}}、)+[{C}]{{2,10}}(?:(?:和|及|以及|与)[{C}]{{2,10}})?)(?<![为是])(?:等|(?<!等)(?:为|是)?(?=(?:[两三四五六七八九十]|\d{{1,2}})(?:大|个|条)))"
                               rf"([{C}“”+0-9]{{0,8}}?(?:产业|行业|领域|板块|材料|门类|品类|产品|制品|配套项目|{_KIND_OF_SECTOR}))(?!园)(?!(?<=产业)体系)",
                               "、", ("产业", "行业", "领域", "板块", "材料", "门类", "品类", "产品", "制品", "配套项目", "农业", "服务业", "制造业"))
_BUSINESS_LIST = literals.Cued(rf"(?:做强|做大|做优|拓展|发展|布局|聚焦|深耕|主攻)((?:[{C}]{{2,10}}?、)*[{C}]{{2,10}}?(?:和|及|以及|与)[{C}]{{2,10}}?)"
                               r"等?(?:业务|板块)", ("业务", "板块"))
_SAID_OF = re.compile(rf"(?:是|为)[{C}]{{1,6}}的$")
_USED_IN = re.compile(r"用于|应用于|适用于|运用于|应用在|用在")
_ASSIGNS = re.compile(r"担任|出任|兼任|涉及|涵盖|覆盖")
_NOT_INDUSTRY_ITEM = re.compile(r"社会民生|民生|项目|企业|机构|部门|单位|人才|资金|^[其该此]")  # 醋酸及其衍生物: 其 refers back
_COUNT = re.compile(r"(?:[两三四五六七八九十]|\d{1,2})(?:大|个|条)")


def industry_lists(s: int, text: str) -> list[tuple[list[Mention], Mention | None]]:
    """``涵盖了制造、能源、零售、文旅等行业``: the listed industries, and the class phrase when it names one."""
    out = []
    for m in _INDUSTRY_LIST.finditer(text):
        # A、B、C三大产业集群/基地: the industries of the counted clusters or bases (A、B等产业基地: the bases)
        counted = text.startswith(("集群", "基地"), m.end()) and _COUNT.match(m.group(2))
        goods = {"体系"} if m.group(2).endswith("产品") else set()  # 兰炭、电石…等产品体系: the goods of a system
        if text[m.end():m.end() + 2] in _MODIFIED_NOUNS - {"转型", "升级"} - goods and not counted or text[m.end():m.end() + 3] in ("集聚区", "聚集区", "开发区"):
            continue  # A、B等产业集聚区: a list of zones
        if _opens_with_verb(m.group(2)):
            continue  # 在保护、开发、生产等促进…产业发展工作中: a list of activities, not of industries
        if m.group(2).startswith(("特征", "特点", "特性", "属性")):
            continue  # 具有知识密集、技术先进等特征的产业: a list of traits
        if _USED_IN.search(text, max(0, m.start(1) - 6), m.start(1) + len(m.group(1).split("、")[0])):
            continue  # 甲壳素可广泛用于医药、保健品等领域: where a product is used, no industry of the place or firm
        items = []
        pos = m.start(1)
        parts = [p for p in _split_list(m.group(1)) if p]  # 与蒙古国在能源、矿产: no empty item before 与
        for n, item in enumerate(parts):
            i = text.index(item, pos)
            j = i + len(item)
            pos = j
            if n == 0:
                # the item's 10 characters may begin inside a word (力发展新一代信息技术 of 大力发展…): read the whole word
                k = i + item.index("及") if "及" in item else j  # 围绕汽车及新能源汽车: the first word of a joined item
                wide = left_boundary(text, k, max_chars=10, min_start=max(0, i - 4))
                i = wide if wide >= i else left_boundary(text, k, max_chars=10, min_start=i)
                i = _after_last(_MAKES, text, i, k, keep=2)  # 化工有限公司主要生产苯胺、硝基苯等化工产品
                i = _after_last(_DEVELOPS_ITEMS, text, i, k, keep=2)  # 利用煤层气资源发展尿素、甲醇等煤化工产品
                i = _after_last(_ASSIGNS, text, i, k, keep=2)  # 由省领导担任A、B等16条重点产业链“链长”
                i = _strip_list_verb(text, i, k, walk=False)
            said = _SAID_OF.search(text, i, j) if n == len(parts) - 1 else None
            if said:
                j = said.start()  # 汽车、生物医药是我们的两大优势产业: what the list is said to be follows it
            if _only_places(text[i:j]):
                continue  # 吴忠市红寺堡区、石嘴山市惠农区等为重点的枸杞产业带: the listed places are no industries
            prefix = region_prefix(text[i:j])
            if prefix and j - i - len(prefix) >= 2:
                i += len(prefix)  # 长兴发电: the region's industry 发电
            if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j]):
                items.append(_mention(s, i, j, text, "Industry"))
        cls = m.group(2)
        named = None
        counted = _COUNT.match(cls)
        if counted:
            cls = cls[counted.end():]  # 三大传统产业: the class is 传统产业
        if re.sub(r"^(主要|重点|等|相关|其他)", "", cls) not in ("产业", "行业", "领域", "板块", "重点领域"):
            named = _mention(s, m.start(2) + (counted.end() if counted else 0), m.end(2), text, "Industry")
        if len(items) >= 2:
            out.append((items, named))
    for m in _BUSINESS_LIST.finditer(text):  # 做强高效电池组件、光伏跟踪支架和智能运维业务: a firm's lines of business
        spans = _item_spans(text, m.start(1), _split_list(m.group(1)))
        spans[0] = (_strip_list_verb(text, spans[0][0], spans[0][1], walk=False), spans[0][1])
        items = _industry_items(s, text, spans)
        if len(items) == len(spans) >= 2:
            out.append((items, None))
    for m in _LISTED_AS_PLACES.finditer(text):  # 鞋服、纺织、食品是晋江的传统优势产业: the listed items are its industries
        if not _owning_place(m.group(2)):
            continue  # …等较为完整的产业链: no place owns the list
        spans = _item_spans(text, m.start(1), _split_list(m.group(1)))
        spans[0] = (_strip_list_verb(text, left_boundary(text, spans[0][1], max_chars=8, min_start=spans[0][0]), spans[0][1]),
                    spans[0][1])
        items = [_mention(s, i, j, text, "Industry") for i, j in spans if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j])]
        if len(items) >= 2:
            out.append((items, None))
    for m in _ONE_IS_PLACES.finditer(text):  # 锂电是射洪的“当家产业”: one industry, opening its clause
        item = m.group(1)
        if region_prefix(m.group(2)) == m.group(2) and not region_prefix(item) and not _NOT_INDUSTRY_ITEM.search(item) \
                and not re.match(r"这|该|其|此|它|也|都|还|已", item) and not _opens_with_verb(item):
            out.append(([_mention(s, m.start(1), m.end(1), text, "Industry")], None))
    for m in _STAGES_LISTED.finditer(text):  # 光伏产业链包括上游工业硅、中游多晶硅和硅片、下游电池组件等环节: its stages
        items = []
        for i, j in _item_spans(text, m.start(2), _split_list(m.group(2))):
            i += 2 if text.startswith(_STAGE_WORDS, i) else 0
            if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j]) and not bare_activity(text[i:j]):
                items.append(_mention(s, i, j, text, "Industry"))
        start = m.start(1) + len(region_prefix(m.group(1)) or "")  # 新疆光伏产业链: the place's chain of 光伏
        opening = _GENERIC_INDUSTRY_OPENING.match(text, start, m.end(1))
        start = opening.end() if opening else start
        if len(items) >= 2 and m.end(1) - start >= 2:
            out.append((items, _mention(s, start, m.end(1), text, "Industry")))
    for m in _CHAIN_STAGES.finditer(text):  # 从海绵钛、钛锭、钛材到钛制品的完整产业链: its stages
        spans = _item_spans(text, m.start(1), re.split(r"、", m.group(1))) + _item_spans(text, m.start(2), re.split(r"、", m.group(2)))
        items = [_mention(s, i, j, text, "Industry") for i, j in spans if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j])]
        # 集聚锂电企业41家,形成了从A到B的完整产业链: the chain of the firms' trade the clause before names
        trade = re.search(r"(?:企业|产业)[^。;]{0,16}?[,，]?(?:形成|构建|打造|建成)了?$", text[:m.start()])
        named = None
        if trade:
            start = left_boundary(text, trade.start(), max_chars=9, nouns_only=True, stops=STOP_TOKENS - {"及"})  # 钛及钛合金企业
            # 集聚青稞酒及上下游配套企业86家: the trade, without the firms that supply it
            end = start + len(_SUPPLIERS_AFTER.sub("", text[start:trade.start()]))
            if end - start >= 2 and not region_prefix(text[start:end]):
                named = _mention(s, start, end, text, "Industry")
        if len(items) >= 2:
            out.append((items, named))
    for m in _FARM_BASES.finditer(text):  # 建成竹笋、稻米、豆角原料基地; 螺蛳养殖基地: what a base grows or raises
        spans = _item_spans(text, m.start(1), re.split(r"、|和|及", m.group(1)))
        # the regex may open the item inside a word (准化枸杞 of 标准化枸杞种植基地): the words before it, less a manner word
        first = left_boundary(text, spans[0][1], max_chars=6, min_start=max(0, spans[0][0] - 3), nouns_only=True)
        manner = _RUN_AS.match(text, first, spans[0][1])
        first = manner.end() if manner and spans[0][1] - manner.end() >= 2 else first
        spans[0] = (_strip_list_verb(text, first, spans[0][1], walk=False), spans[0][1])  # 发展螺蛳养殖基地: no verb
        raising = m.group(2) == "养殖"
        items = [_mention(s, i, j, text, "Industry", text[i:j] + ("养殖" if raising else "")) for i, j in spans
                 if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j])]
        if items:
            out.append((items, None))
    for m in _COUNTED_PAIR.finditer(text):  # 聚焦数字经济和生命健康两大主导产业: a pair, counted
        first = _strip_list_verb(text, left_boundary(text, m.end(1), max_chars=10, min_start=m.start(1)), m.end(1), walk=False)
        spans = [(first, m.end(1)), m.span(2)]
        if all(j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j]) for i, j in spans):
            out.append(([_mention(s, i, j, text, "Industry") for i, j in spans], None))
    for m in _DEFINED_AS.finditer(text):  # 本条例所称新材料产业,是指A、B和C的研发…: the parts of the defined industry
        # (是指 takes only lists ending in 和/及: 是指具有知识密集、技术先进等特征 lists features, not parts)
        listed = 2 if m.group(2) else 3
        spans = _item_spans(text, m.start(listed), re.split(r"、|以及|和|及", m.group(listed)))
        # …以及乳制品流通、销售等环节: a bare activity (销售) shares the head of the item before it; it is no industry
        items = [_mention(s, i, j, text, "Industry") for i, j in spans if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j])
                 and not bare_activity(text[i:j])]
        if len(items) >= 2:
            out.append((items, _mention(s, m.start(1), m.end(1), text, "Industry")))
    for m in _CLASS_THEN_LIST.finditer(text):  # 滁州市的主导产业为智能家电、新能源和硅基新材料: the class, then its items
        spans = _item_spans(text, m.start(1), _split_list(m.group(1)))
        items = [_mention(s, i, j, text, "Industry") for i, j in spans if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j])
                 and not _opens_with_verb(text[i:j]) and "的" not in text[i:j]]  # 特色产业是河北经济的重要支撑: what it is, no name
        if len(items) == len(spans):
            out.append((items, None))
    for m in _SHARED_ENDING_LIST.finditer(text):  # 发展马铃薯、高山冷凉蔬菜产业: 产业 ends every item
        spans = _item_spans(text, m.start(1), _split_list(m.group(1)))  # 冶金、化工和纺织产业: 和 joins the last two
        if all(not _NOT_INDUSTRY_ITEM.search(text[i:j]) and not re.search(r"的|产业|行业", text[i:j])
               and not _opens_with_verb(text[i:j]) and not _COUNTED_CLASS.search(text[i:j]) for i, j in spans):
            out.append(([_mention(s, i, j, text, "Industry") for i, j in spans], None))
    return out


def _industry_items(s: int, text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """The listed items that can name an industry: two characters or more, no word of projects, firms or bodies
    (_NOT_INDUSTRY_ITEM), no bare activity (销售) and no verb opening a clause."""
    return [_mention(s, i, j, text, "Industry") for i, j in spans if j - i >= 2 and not _NOT_INDUSTRY_ITEM.search(text[i:j])
            and not bare_activity(text[i:j]) and not (_opens_with_verb(text[i:j]) and not text[i:j].endswith(_SERVICE_NOUNS))]


_SERVICE_NOUNS = ("服务", "制造", "设备", "装备", "系统")  # 发射服务, 测控设备: an activity named as a trade


def chain_named(s: int, text: str) -> Mention | None:
    """``潜江小龙虾全产业链图谱``: the industry of the last chain a sentence names, its place dropped."""
    named = None
    for m in _CHAIN_WORD.finditer(text):
        start = left_boundary(text, m.start(), max_chars=8, nouns_only=True)
        start += len(region_prefix(text[start:m.start()]) or "")
        opening = _GENERIC_INDUSTRY_OPENING.match(text, start, m.start())
        start = opening.end() if opening else start
        if m.start() - start >= 2 and not _DIGIT.search(text, start, m.start()) and text[start:m.start()] not in _GENERIC_INDUSTRY_HEADS:
            # the name with its 产业链, so that no shorter industry read inside it (化工 of 能源化工产业链) wins over it
            named = _mention(s, start, m.end(), text, "Industry", text[start:m.start()])
    return named


def stage_lists(s: int, text: str) -> list[list[Mention]]:
    """``上游环节包括苗种繁育、虾稻共作养殖和饲料生产``: the stages of a chain the sentence does not name."""
    out = []
    for m in _STAGE_LIST.finditer(text):
        items = _industry_items(s, text, _item_spans(text, m.start(1), _split_list(m.group(1))))
        if len(items) >= 2 or items and _ONE_STAGE.fullmatch(text, m.start(1) - 1, m.start(1)):
            out.append(items)  # (one item after 为/是/：/【上游】, as in 中游为整机制造)
    return out


def headed_lists(s: int, text: str, dictionary: dict[str, tuple[str, str]]
                 ) -> list[tuple[list[Mention], Mention, tuple[int, int] | None, tuple[int, int]]]:
    """``2.氢能及储能装备：氢燃料电池电堆、电解水制氢装备、储能系统集成项目；``, ``> 新材料：碳纤维及复合材料、石墨烯
    （武进区、新北区）``: a line heading an industry with the kinds listed after it, where its places are, and where the
    words after the kinds lie (等关键零部件项目: what they are, named by no one). The head is an industry by its ending
    (燃气轮机产业链：), by the projects listed, or by the reference names (参会人员：… is none)."""
    m = _HEADED_LIST.match(text)
    if m is None or _NOT_A_HEAD.search(m.group(1)) or region_prefix(m.group(1)) or _opens_with_verb(m.group(1)):
        return []
    if not (m.group(1) in dictionary or text[m.end(1):m.start(2)].strip(" :：") or re.search(r"项目\W*$", text[m.start(2):m.end(2) + 12])):
        return []
    items = _industry_items(s, text, _item_spans(text, m.start(2), re.split(r"、|和", m.group(2))))
    if len(items) < 2:
        return []
    places = m.span(3) if m.group(3) else None
    return [(items, _mention(s, m.start(1), m.end(1), text, "Industry"), places, (m.end(2), places[0] if places else m.end()))]


# an enumerator, the industry, a colon, the kinds (2-16 characters each), what they are (等关键零部件项目), the places
_HEADED_LIST = re.compile(rf"\s*(?:>\s*)?(?:\d{{1,2}}\s*[.、．]|[（(][一二三四五六七八九十\d]{{1,2}}[)）]|[一二三四五六七八九十]、)?\s*"
                          rf"([{C}]{{2,10}}?)(?:产业链|产业|行业|领域)?[:：]\s*((?:[{C}]{{2,16}}?(?:、|和))+[{C}]{{2,16}}?)"
                          rf"(?:等[{C}]{{0,8}}?)?(?:项目)?(?:[（(]([{C}、]+)[)）])?\s*[;；。]?\s*$")
_NOT_A_HEAD = re.compile(r"产品|业务|范围|地址|电话|传真|联系|主要|重点|包括|其中|目标|任务|措施|举措|内容|方向|对象|条件|领导|成员|单位")
_CHAIN_WORD = re.compile(r"全?产业链")
_STAGE_ITEM = rf"(?:(?!等)[{C}]){{2,10}}?"  # 聚乙烯、聚丙烯等合成材料: the list ends at 等
# 上游包括A、B; 【上游】A、B; 产业链上游主要包括A和B,中游为C; 上游(A、B)、中游(C、D)和下游(E): a stage and its items
_ONE_STAGE = re.compile(r"[为是:：】(（]")
_STAGE_LIST = literals.Cued(rf"(?:^|(?<=[，,。；;：:\s】【、和链为]))(?:上游|中游|下游)(?:环节|领域|产业|部分)?(?:主要)?"
                           rf"(?:包括|涵盖|包含|为|是|(?=[:：])|】|(?=[(（]))[:：(（]?"
                           rf"((?:{_STAGE_ITEM}(?:、|和|及|以及|与))*{_STAGE_ITEM})(?=[,，。；;)）]|等|$)", ("上游", "中游", "下游"))
_LISTED_AS_PLACES = literals.Cued(rf"((?:[{C}]{{2,10}}、)+[{C}]{{2,10}}(?:(?:和|及|与)[{C}]{{2,10}})?)(?:是|为)([{C}]{{2,8}}?)的"
                                  rf"[{C}]{{0,8}}?(?:产业|行业)", "、", "的")
_ONE_IS_PLACES = re.compile(rf"(?:^|(?<=[，,。；;：:]))([{C}]{{2,8}}?)(?:是|为)([{C}]{{2,8}}?)的“?[{C}]{{0,6}}?(?:产业|行业)”?")
_MAKES = re.compile(r"生产|制造|研发|主营|从事|加工")
_STAGE_WORDS = ("上游", "中游", "下游")
# …航空产业链以中航西飞为“链主”,覆盖A、B和C等环节: a clause on the chain may come between
_STAGES_LISTED = literals.Cued(rf"([{C}]{{2,8}}?)产业链(?:[^,，;；。]{{0,40}}[,，])?(?:主要)?(?:包括|涵盖|覆盖|分为|包含)[:：]?"
                               rf"((?:[{C}]{{2,10}}?(?:、|和|及|以及|与))+[{C}]{{2,10}}?)等(?:环节|领域|部分|板块)", "产业链")
_CHAIN_STAGES = literals.Cued(rf"从((?:[{C}A-Za-z0-9]{{2,6}}、)*[{C}A-Za-z0-9]{{2,6}})到((?:[{C}A-Za-z0-9]{{2,6}}、)*[{C}A-Za-z0-9]{{2,6}})"
                              r"的(?:完整|全|整条)?产业链", "产业链")
_SUPPLIERS_AFTER = re.compile(r"(?:及|和|与)?(?:上下游|配套|相关|关联)+$")
_RUN_AS = re.compile(r"标准化|规模化|现代化|集约化|产业化|高标准|示范")  # how a base is run, not what it grows
_FARM_BASES = literals.Cued(rf"((?:[{C}]{{2,4}}[、和及])*[{C}]{{2,4}}?)(种植|养殖|原料|种养)基地", "基地")
# 工程机械和汽车是该县两大支柱产业: the place the pair leads in may come between
_COUNTED_PAIR = literals.Cued(rf"([{C}]{{2,10}}?)(?:和|及|以及|与)([{C}]{{2,10}}?)(?:(?:是|为)(?:该|全|本|我)?[省市县区镇]?(?:的)?)?两大"
                              rf"(?=[{C}]{{0,6}}(?:产业|行业))", "两大")
# 所称新材料产业,是指A、B和C的…; 所称乳业，包括A、B以及C、D等环节 (乳业, 茶业: a one-character stem before 业)
_DEFINED_AS = re.compile(rf"所称([{C}]{{2,12}}?(?:产业|行业)|(?!企业|专业|事业|就业|作业|职业|创业|物业)[{C}]{{1,3}}业)[,，]?\s*"
                         rf"(?:是指((?:[{C}]{{2,10}}、)*[{C}]{{2,10}}?(?:和|及|以及)[{C}]{{2,10}}?)(?=的|等)"
                         rf"|包括((?:[{C}]{{2,10}}?(?:、|和|及|以及))+[{C}]{{2,10}}?)(?=等|的))")
_CLASS_THEN_LIST = literals.Cued(r"(?:主导|支柱|特色|优势|首位|重点|战略性新兴|新兴|传统|先导)产业(?:主要)?(?:为|是|包括|涵盖|主要有|有[:：])[:：]?"
                                rf"((?:[{C}]{{2,10}}、)*[{C}]{{2,10}}?(?:(?:和|及|以及|与)[{C}]{{2,10}}?)?)(?=[,，;；。等]|$)", "产业")
_LISTING_VERB = "发展|培育|壮大|做强|做大|打造"
_LIST_WORD = rf"(?:(?!{_LISTING_VERB}|等)[{C}]){{2,8}}"
_SHARED_ENDING_LIST = re.compile(rf"(?:{_LISTING_VERB})((?:{_LIST_WORD}、)+{_LIST_WORD}?)(?:产业|行业)(?!链|园|基地|集群|体系|集聚|聚集|发展)")


def bare_activity(phrase: str) -> bool:
    from kg.extract.segment import sole_tag

    return sole_tag(phrase) in ("v", "vn")


def _opens_with_verb(phrase: str) -> bool:
    from kg.extract.segment import tagged

    toks = tagged(phrase)
    # 制造, 加工: trades; 再生铝, 再生资源: the recycled material, not the verb 再生
    return bool(toks) and toks[0][1] == "v" and toks[0][0] not in ("制造", "加工", "再生")


_AREA_WORDS = ("经济圈", "经济带", "都市圈", "城市圈", "城市群", "自由贸易港")  # unquoted, right after places
_AREA = literals.Cued(rf"“([{C}][{C}\-—]{{1,8}}(?:经济圈|经济带|都市圈|城市圈|城市群|经济区|新城))”"
                      rf"|([{C}]{{2,8}}({'|'.join(_AREA_WORDS)}|新城))",
                      ("经济圈", "经济带", "都市圈", "城市圈", "城市群", "经济区", "新城", "自由贸易港"))


_COUNTED_PART = re.compile(r"(?<![省市县区州])(东部|西部|中部|东北|西北|西南)(?=[一二两三四五六七八九十]+个?(?:省份|省区市|省区|省市|省))")


def named_areas(s: int, text: str) -> list[Mention]:
    """Metropolitan areas, economic belts and new towns named in the text (“广佛肇经济圈”, “珠江-西江经济带”,
    佛山新城, 海南自由贸易港): regions of their own, whether or not the gazetteer lists them. Unquoted, a name must
    open with a place the gazetteer knows (武汉城市圈, 佛山新城), so that 现代化都市圈 is no name."""
    from kg.extract.gazetteer import gazetteer

    out = []
    for m in _COUNTED_PART.finditer(text):
        # 中部六省——山西、安徽…: the direction counted by its provinces is the country's macro-region (中部地区)
        whole = gazetteer().find(0, m.group(1) + "地区")
        if whole and whole[0].level == "macro":
            r = whole[0]
            out.append(Mention(s, m.start(1), m.end(1), m.group(1), "Region", r.key, r.label, r.level))
    for m in _AREA.finditer(text):
        if m.group(1):
            out.append(_mention(s, m.start(1), m.end(1), text, "Region", level="macro"))
            continue
        end = m.end(2)
        places = [r for r in gazetteer().find(0, text[m.start(2):end]) if r.level != "country"]
        if not places:
            continue
        first = len(places) - 1
        while first > 0 and places[first - 1].end == places[first].start and places[first - 1].level != "province":
            first -= 1  # 广州佛山都市圈: the chain of places before the suffix
        gap = (end - m.start(2)) - places[-1].end - len(m.group(3))
        if gap != 0 if m.group(2).endswith("新城") else not 0 <= gap <= 2:
            continue  # 佛山新城: the new town of the place right before it; 武汉城市圈, 长江中游城市群
        start = m.start(2) + places[first].start
        out.append(_mention(s, start, end, text, "Region", level="macro"))
    return out


def clusters(s: int, text: str) -> list[Mention]:
    out = []
    # 深圳—香港—广州、北京、上海—苏州集群: each item of the list is one cluster
    for m in _CLUSTER_LIST.finditer(text):
        if "—" not in m.group(1):
            continue
        pos = m.start(1)
        for item in m.group(1).split("、"):
            i = text.index(item, pos)
            pos = i + len(item)
            out.append(_mention(s, i, pos, text, "Cluster"))
    for m in _CLUSTER_WORD.finditer(text):
        end = m.end()
        start = left_boundary(text, m.start(), max_chars=16, stops=_CLUSTER_STOPS, nouns_only=True, words=lx.TRADE_VERBS)
        start = _dash_chain_start(text, start)
        start = _after_province(text, start, m.start())
        if text[start:start + 1] == "好" and text[start - 1:start] in _VERB_BEFORE_GOOD:
            start += 1  # 用好中小企业特色产业集群, cut 用/好/…: 好 ends the verb
        start = _strip_list_verb(text, start, m.start(), walk=False)  # 培育壮大县域特色产业集群: the verb is no part of it
        start = _after_last(_CLUSTER_BUILT, text, start, m.start(), keep=2)  # 支持3个国家级集群建设世界级先进制造业集群
        start = _place_around(text, start)  # 长株潭先进轨道交通装备集群, cut 长/株/潭 by the tagger: the whole place opens it
        label = text[start:end]
        year = re.match(r"(?:(?:\d{4})?年度?|第[一二三四五六七八九十\d]+批)+", label)
        if year and len(label) - year.end() > 3:
            start += year.end()  # 2023年度中小企业特色产业集群: the year of the list, not part of the tier's name
            label = text[start:end]
        if label in _GENERIC_NAMES or len(label) <= 3 or label.startswith(("各", "该", "集群", "地区", "区域")):
            continue  # 中部地区先进制造业集群: 地区 ends the region's name, it opens no cluster's
        led = text[max(0, start - 5):start].endswith(("为代表的", "为龙头的", "为核心的", "为引领的"))
        if not (label.startswith(_CLUSTER_OPENINGS) or region_prefix(label) or led) and not (
                len(label) >= 8 and _TIER_NAMED.search(text) and _HAN_RUN.fullmatch(label)):
            continue  # 影响产业集群, 地区集群: a cluster name opens with a place, a quote or a tier word, or is
            # named where a tier is (成德高端能源装备集群入选国家先进制造业集群: 成德 is 成都 and 德阳)
        if _DIGIT.search(label) and "“" not in label:
            continue
        out.append(_mention(s, start, end, text, "Cluster"))
    out.extend(place_led_clusters(s, text))
    # 产业集聚区 with no name before it is a programme (a province's tier of zones), not one zone
    for m in literals.finditer("产业集聚区", text):
        if text[m.start() - 1:m.start()] in ("的", "等") or text[m.end():m.end() + 1] == "的":
            continue  # 形成的产业集聚区, 开发区等产业集聚区, 产业集聚区的优势: the concept, not the programme
        if left_boundary(text, m.start(), max_chars=12, nouns_only=True) == m.start() or re.search(r"(?:各|省级|市级|全省|全市)$", text[:m.start()]):
            out.append(_mention(s, m.start(), m.end(), text, "Cluster"))
    return _longest(out)


_VERB_BEFORE_GOOD = set("用抓管办做搞建")
_CLUSTER_BUILT = re.compile(r"建设|培育|打造|创建|争创|建成")  # what a cluster is built into follows the verb


def _place_around(text: str, start: int) -> int:
    """Where a place's name that ``start`` cuts into begins, else ``start``."""
    window = max(0, start - 6)
    return next((window + r.start for r in _places_in(text[window:start + 6]) if window + r.start < start < window + r.end), start)


_TIER_NAMED = re.compile(r"先进制造业集群|特色产业集群|产业集群名单|世界级[^,，;；。]{0,12}集群|集群[^,，;；。]{0,8}(?:入选|获批|上榜)")


def _after_province(text: str, start: int, end: int) -> int:
    """``四川省成德高端能源装备集群``: a province before a cluster's own name (six characters at least, not opening
    with a place of its own) is where the cluster is, not part of its name."""
    from kg.extract.gazetteer import gazetteer

    places = gazetteer().find(0, text[start:end])
    if places and places[0].start == 0 and places[0].level == "province" and end - start - places[0].end >= 6 \
            and not (len(places) > 1 and places[1].start == places[0].end):
        return start + places[0].end
    return start


def _dash_chain_start(text: str, start: int) -> int:
    """``广州—佛山—惠州超高清视频和智能家电集群``: the places joined by dashes before a cluster's name are part of it;
    so are the places listed before it inside its quotes (“南通市、泰州市、扬州市海工装备和高技术船舶集群”)."""
    from kg.extract.gazetteer import gazetteer

    quote = text.rfind("“", max(0, start - 20), start)
    if quote != -1 and text[start - 1:start] == "、":
        inside = text[quote + 1:start - 1]
        places = [r for r in gazetteer().find(0, inside) if r.level in ("province", "city", "county")]
        if places and places[0].start == 0 and places[-1].end == len(inside) and \
                all(inside[a.end:b.start] == "、" for a, b in zip(places, places[1:])):
            return quote + 1
    while start >= 3 and text[start - 1] in "—-":
        window = text[max(0, start - 8):start - 1]
        place = next((r for r in gazetteer().find(0, window) if r.end == len(window) and r.level in ("province", "city", "county")), None)
        if place is None:
            break
        start = start - 1 - len(window) + place.start
    return start


_CLUSTER_LIST = literals.Cued(rf"((?:[{C}]{{2,4}}(?:—[{C}]{{2,4}})*、)+[{C}]{{2,4}}(?:—[{C}]{{2,4}})*)集群", "集群", "、")
_CLUSTER_WORD = re.compile(r"集群|产业基地")
_CLUSTER_STOPS = STOP_TOKENS | {"型"}


# what a cluster's industry words never hold: a verb or a possessive makes the run a clause (长兴县打造汽车集群)
# (青海互助天佑德青稞酒股份有限公司是集群的“链主”企业: a firm is no industry)
_CLAUSE_IN_CLUSTER = re.compile(r"公司|是|打造|建设|培育|发展|形成|推动|推进|加快|壮大|提升|支持|创建|争创|申报|实施|入选|获批|成为|跻身|加入|纳入|列入|集群|的|[0-9]|拥有|[有则是为在个][一两二三四五六七八九十几多]")


def place_led_clusters(s: int, text: str) -> list[Mention]:
    """``无锡市物联网集群``, ``广州市佛山市惠州市超高清视频和智能家电集群``: how the national lists name a
    cluster, its places run together and then its industry, which the part-of-speech walk cannot bound."""
    from kg.extract.gazetteer import gazetteer

    out = []
    for m in re.finditer(r"集群", text):
        clause = max(text.rfind(c, 0, m.start()) for c in "、,;:。()“”—") + 1
        places = [r for r in gazetteer().find(0, text[clause:m.start()]) if r.level in ("province", "city", "county")]
        if not places:
            continue
        last = len(places) - 1
        first = last
        while first > 0 and places[first - 1].end == places[first].start and (
                places[first - 1].level != "province" or last - first >= 1):
            first -= 1  # 河南省许昌市长葛市再生金属产业集群: a full address opens the name, its province too
        words = text[clause + places[last].end:m.start()]
        if not 2 <= len(words) <= 16 or _CLAUSE_IN_CLUSTER.search(words) or words.endswith(("产业", "特色产业")) and len(words) <= 4:
            continue
        start = _after_province(text, clause + places[first].start, m.start())
        out.append(_mention(s, _dash_chain_start(text, start), m.end(), text, "Cluster"))
    return out


def _list_item_start(text: str, pos: int, max_chars: int) -> int | None:
    """Start of the list item containing ``pos`` when it follows 、 or a designation verb closely."""
    window = text[max(0, pos - max_chars):pos]
    best = None
    for sep in ("、", ",", ";", ":", "。", *lx.DESIGNATION_VERBS):
        i = window.rfind(sep)
        if i != -1:
            cand = max(0, pos - max_chars) + i + len(sep)
            best = cand if best is None else max(best, cand)
    if best is None:
        return None
    # a designation list item has no verb or number inside it
    item = text[best:pos]
    if re.search(r"[0-9]|发展了|形成|推动|建设的", item):
        return None
    return best


_CLUSTER_OPENINGS = ("“", "国家", "世界", "中小企业", "全球", "省级", "市级", "质量", "特色", "先进", "战略性新兴产业基地")


def region_prefix(label: str) -> str | None:
    """The region name a label opens with (``长兴新能源产业`` → ``长兴``), if any."""
    from kg.extract.gazetteer import gazetteer

    found = gazetteer().find(0, label)
    return found[0].surface if found and found[0].start == 0 else None


def _owning_place(words: str) -> bool:
    """``晋江``, ``全盟``, ``锡林郭勒盟工业``: a place (or a word for the place in context), with its economy's sector."""
    place = region_prefix(words) or (m.group(0) if (m := PLACE_WORD.match(words)) else None)
    return place is not None and words[len(place):] in _SECTOR_OF_PLACE


_SECTOR_OF_PLACE = ("", "工业", "经济", "农业", "制造业")


def _only_places(label: str) -> bool:
    """``吴忠市红寺堡区``: the label is place names end to end."""
    while label:
        prefix = region_prefix(label)
        if not prefix:
            return False
        label = label[len(prefix):]
    return True


# 西安市航空集群以西安阎良…产业基地为核心: a name, then 以, opens what the cluster builds on
_NAMED_BEFORE_YI = re.compile(r"(?:集群|企业|公司|集团|政府|园区)以")


def designations(s: int, text: str, dictionary: dict[str, tuple[str, str]]) -> list[Mention]:
    out = []
    for m in _DESIGNATION_ENDING.finditer(text):
        end = m.end()
        if text.startswith("城市", end) and m.group(0).endswith("基地"):
            end += 2  # 国家生物产业基地城市: the city's title, not the base
        if re.match(r"[(（][市区][)）]", text[end:end + 3]) and m.group(0).startswith("百强"):
            end += 3  # 全国县域经济基本竞争力百强县(市): the list's own name
        start = _list_item_start(text, m.start(), 24)
        if start is None:
            start = left_boundary(text, m.start(), max_chars=22, stops=_DESIGNATION_STOPS, nouns_only=True)
        start = _strip_ordinal(text, start, m.start())
        # (…产业园是国家“城市矿产”示范基地: what the subject is, after 是)
        cut = max(text.rfind(w, start, m.start()) for w in ("等", "的", "和", "是"))
        if cut != -1:
            start = cut + 1
        start = _after_last(_NAMED_BEFORE_YI, text, start, m.start(), keep=0)
        built = _BUILDS.search(text, start, m.start()) or _BUILT_TOGETHER.search(text, start, m.start())
        if built:
            start = built.end()  # 开发区建设新材料产业基地, 与中国农业大学合作建设…示范基地: the title opens after the verb
        if text[start:start + 1] == "“" and "”" not in text[start:end]:
            start += 1  # “中国茶叶之乡”: the quote closes after the name
        start = _strip_list_verb(text, start, end, walk=False) if end - start > 4 else start
        # 绵阳市累计培育国家级…企业: the place acts; the title (four characters at least) opens after the verb
        start = _after_last(_TITLE_VERB, text, start, m.start(), keep=4 - (end - m.start()))
        level = _LEVEL_AFTER_PLACE.match(text, start, m.start())
        if level and end - level.end(1) >= 4:
            start = level.end(1)  # 余姚市国家级制造业单项冠军企业: the place counts holders of a national title
        start = _with_place_in_brackets(text, start)
        level = re.search(r"(?:国家级?|省级|全国)$", text[:start]) if text.startswith("“", start) else None
        start = level.start() if level else start  # 国家“城市矿产”示范基地: the level before the quoted words opens it
        start = _designation_start(text, start, m.start())
        if start is None:
            continue
        quote = text.rfind("“", start, m.start())
        if quote != -1 and "”" not in text[quote:end]:
            start = quote + 1  # 协会授予新兴县“中国不锈钢餐厨具之乡”称号: the title is what the quotes open
        label = text[start:end]
        if len(label) < 4 or label.startswith(("的", "等")) or label in _BARE_KINDS:
            continue  # 产业基地 alone: a kind of base, no title
        batch = _BATCH.match(label)
        # 首批资源枯竭型城市: the batch a place was listed in is no part of the title
        out.append(_mention(s, start, end, text, "Designation", label[batch.end():] if batch and len(label) - batch.end() >= 4 else None))
    for m in _TITLES_AWARDED.finditer(text):
        # 花园村还获评全国文明村、中国美丽休闲乡村: titles listed after the verb that awards them, to the clause's end
        pos = m.start(1)
        for item in re.split("[、和及]", m.group(1)):
            i = text.index(item, pos)
            pos = i + len(item)
            out.append(_mention(s, i, pos, text, "Designation"))
    for m in _NATIONAL_DESIGNATION.finditer(text):
        # 甘肃省绿色工厂, 国家级绿色工厂: the level of a list the reference data does not hold is part of its name
        start = _listing_level(text, m.start()) if m.group() not in dictionary else m.start()
        out.append(_mention(s, start, m.end(), text, "Designation"))
    for m in _CHAIN_LEADER.finditer(text):  # 以中航西飞为“链主”, “链主”是隆基绿能: the chain's leading firm, a title (链长制)
        out.append(_mention(s, m.start(), m.end(), text, "Designation", "“链主”企业"))
    for m in _QUOTED_TITLE.finditer(text):  # 是全国闻名的“中国鞋都”: a place's title, quoted
        out.append(_mention(s, m.start(1), m.end(1), text, "Designation"))
    for m in _QUOTED_FIRM_TITLE.finditer(text):  # 舍得酒业是“中国名酒”企业: the firm's title, quoted
        out.append(_mention(s, m.start(1), m.end(1), text, "Designation"))
    for m in _CONFERRED_FIRM_TITLE.finditer(text):
        # 确定…为首批河北省县域特色产业集群“领跑者”企业, 被确定为“链主”企业: a quoted title firms are given; the
        # words before the quotes belong to it when they open with the place that confers it
        clause = text[clause_start(text, m.start()):m.start()]
        if "为" not in clause and not text.startswith(("名单", "称号"), m.end()):
            continue  # “链主”企业之外: the title named, none given
        start = left_boundary(text, m.start(), max_chars=16, stops=_DESIGNATION_STOPS, nouns_only=True)
        batch = _BATCH.match(text, start, m.start())
        start = batch.end() if batch else start
        start = start if start < m.start() and region_prefix(text[start:m.start()]) else m.start()
        out.append(_mention(s, start, m.end(), text, "Designation"))
    for m in list(_NICKNAMED.finditer(text)) + list(_KNOWN_AS.finditer(text)):
        # 素有“岭南成药发祥地”、“广东成药之乡”之称: quoted names a place is known by are its titles
        for q in re.finditer(r"“([^“”]{2,16})”", m.group(1)):
            out.append(_mention(s, m.start(1) + q.start(1), m.start(1) + q.end(1), text, "Designation"))
    for surface, start, end in literals.occurrences(dictionary, text):
        key, label = dictionary[surface]
        out.append(Mention(s, start, end, surface, "Designation", key, label))
    return _longest(out)


_BATCH = re.compile(r"首批|第[一二三四五六七八九十0-9]+批")
_BARE_KINDS = {"产业基地", "发展基地", "示范基地", "示范城市", "试点城市", "基地城市", "领军企业", "示范企业"}
_TITLE_VERB = re.compile(r"(?:累计|共|已)?(?:培育|新增|拥有|认定|入选|获评|评为|获得|成为|争创|申报|打造|创建|公布|发布|公示)(?:了)?")
_LEVEL_AFTER_PLACE = re.compile(rf"([{C}]{{2,8}}?[省市县区])(?=国家级|国家|省级|全国)")
_DESIGNATION_STOPS = STOP_TOKENS - {"省级", "全国"} | {"家"}  # 全国县域经济百强县: 全国 opens the title
_BUILT_TOGETHER = re.compile(r"(?:合作|联合|携手)(?:共建|建设|打造|创建)|共建")
_BUILDS = re.compile(r"(?:(?<=开发区)|(?<=产业园)|(?<=科技园)|(?<=高新区)|(?<=集聚区)|(?<=企业)|(?<=政府))(?:建设|创建|打造|申报|争创)")
_NATIONAL_DESIGNATION = re.compile("|".join(sorted(lx.NATIONAL_DESIGNATIONS, key=len, reverse=True)))
_TITLE_OPENING = r"(?:全国|中国|国家级?|世界|全球|省级|[\u4e00-\u9fff]{2,3}省)"
_TITLE_WORD = rf"(?:(?![等和及与])[{C}])"
_TITLES_AWARDED = literals.Cued(rf"(?:获评|荣获|被评为|被授予|被命名为)((?:{_TITLE_OPENING}{_TITLE_WORD}{{2,14}}?[、和及])*{_TITLE_OPENING}{_TITLE_WORD}{{2,14}}?)"
                                r"(?=[,，。;；]|$)", ("获评", "荣获", "评为", "授予", "命名为"))
_LEVEL_WORD = re.compile(r"(?:国家级|省级)$")


def _listing_level(text: str, start: int) -> int:
    """Where a title starting at ``start`` opens with the level of its list: 国家级/省级, or the province right before it
    (甘肃省, 广西壮族自治区), as the gazetteer reads it; ``start`` itself when there is none."""
    word = _LEVEL_WORD.search(text, max(0, start - 3), start)
    if word:
        return word.start()
    province = _place_ending_at(text, start, ("province",))
    # the full name: 甘肃省, not a stem that may open a firm's name
    return province.start if province is not None and province.surface == province.label else start
_QUOTED_FIRM_TITLE = re.compile(rf"(?<=是)“((?:中国|全国|国家|世界)[{C}]{{2,6}})”(?=企业|品牌)")
# …, and a chain's leaders named without quotes (为首批新能源汽车产业链链主企业)
_CHAIN_LEADER = re.compile(r"(?<=为)“链主”(?!企业)|“链主”(?=是)|(?<=产业链)链主企业")
_CONFERRED_FIRM_TITLE = re.compile(rf"“[{C}]{{2,5}}”企业")
_QUOTED_TITLE = re.compile(rf"“((?:中国|全国|世界|国际|全球)[{C}]{{1,6}}(?:之都|之乡|之城|名城|名镇|名村|都))”")
# (“全省工业崛起年度先进县(市)”称号: a title may run to 16 characters, a bracket included)
_KNOWN_AS = literals.Cued(r"((?:“[^“”]{2,16}”(?:、|和|及|与)?)+)(?:之称|之美誉|的美誉|的美称|的称号|称号)",
                          ("之称", "美誉", "美称", "称号"))
_NICKNAMED = re.compile(r"(?:素有|享有|被誉为|誉为|号称|美称)((?:“[^“”]{2,12}”(?:、|和|及|与)?)+)")


# how the name of a title opens: the awarding level or place, a quote, or the name of a national programme
DESIGNATION_OPENINGS = ("国家", "全国", "中国", "省", "市级", "县", "区级", "国际", "世界", "全球", "西部", "中部", "东部", "“", "首批", "专精特新",
                        "高新技术", "科技", "单项冠军", "隐形冠军", "小升规", "上市", "4.0", "灯塔", "独角兽", "瞪羚", "制造业",
                        "创新型", "知名", "驰名", "著名", "老字号", "历史文化", "非物质", "地理标志")


_NOT_IN_TITLE = set("在的于是为已将被又也再均都和与及、,")


def _designation_start(text: str, start: int, ending: int) -> int | None:
    """A title opens with its level, its place or a programme name (国家…, 浙江省…, 专精特新…):
    words before the first such opening are not part of it (突出X国家自主创新示范区), and a phrase
    with none is a description, not a title (生物医药领域领军企业)."""
    from kg.extract.segment import token_bounds

    from kg.extract.gazetteer import gazetteer

    if ending - start <= 0 or re.search(r"^[^、,]{2,8}板(?:挂牌)?$", text[start:ending]):
        return start  # X科技板挂牌企业: a listing board's title
    bounds = token_bounds(text[start:ending])  # offsets in the phrase, not in the text
    # a place opens a title (浙江省制造业高质量发展示范县), not one a word of the sentence follows (晋江市在全国…百强县中)
    places = {start + r.start for r in gazetteer().find(0, text[start:ending]) if text[start + r.end:start + r.end + 1] not in _NOT_IN_TITLE}
    for i in range(start, ending):
        if i in places or (text.startswith(DESIGNATION_OPENINGS, i) and i - start in bounds):
            return i
    return None


def _with_place_in_brackets(text: str, start: int) -> int:
    """``中国医疗器械(三水)产业基地``: a place in brackets inside a title does not end it on the left."""
    m = re.search(rf"([{C}]{{2,12}})[(（][{C}]{{2,6}}[)）]$", text[:start])
    return m.start(1) if m and text[m.start(1):].startswith(DESIGNATION_OPENINGS) else start


_PERSON_CONTEXT = re.compile(r"(?:领导|书记|市长|县长|区长|省长|主任|同志|嘉宾|委员|董事长|总经理|负责人|局长|代表|院士|教授)$")
_FIRM_LIST = literals.Cued(rf"((?:[{C}A-Za-z0-9]{{2,16}}、)+[{C}A-Za-z0-9]{{2,16}})等(?:[0-9]+家)?([{C}“”]{{0,16}})", "、", "等")
_FIRM_SUFFIX = re.compile("|".join(map(re.escape, lx.FIRM_SUFFIXES[:9])))
_STOCK = literals.Cued(rf"([{C}A-Za-z]{{2,12}})[(（]([0-9]{{6}})(?:\.(?:SZ|SH|BJ))?[)）]", ("(", "（"))


def firm_lists(s: int, text: str, taken: list[Mention]) -> list[tuple[list[Mention], str]]:
    """``A、B、C等N家企业入选…``: the listed firms, with the class phrase that follows them."""
    out = []
    for m in _FIRM_LIST.finditer(text):
        cls = m.group(2)
        # the clause after the list says what it lists (…等基础锂盐；富临精工股份有限公司… names no class of firms)
        tail = re.split(r"[，,。；;！!？?]", text[m.end(1): m.end(1) + 40], maxsplit=1)[0]
        if _PERSON_CONTEXT.search(text[max(0, m.start(1) - 6):m.start(1)]) or re.search(_PERSON_CONTEXT.pattern.rstrip("$"), m.group(1).split("、")[0]):
            continue  # 黄石市县领导何运平、曹和家…等: people, not firms
        # …等整车企业, …等零部件和整车企业: the class says firms (not 配套企业, whose list names the parts supplied)
        head = re.match(rf"([{C}“”]{{0,8}}?)(?:企业|公司|车企|药企|厂商)", cls)
        firms_named = head is not None and not re.search(r"部门|单位|机构|配套", head.group(1))
        # 引进厦门钨业、永福股份等配套企业: every item ends the way firms' names end, so the suppliers are named
        firms_named = firms_named or head is not None and all(p.endswith(_FIRM_NAME_ENDINGS) for p in m.group(1).split("、"))
        if not any(h in tail for h in lx.FIRM_LIST_CLASS_HINTS) or (re.search(r"配套|零部件|产品|设备|项目|平台", cls) and not firms_named):
            continue
        if re.match(r"(?:事故|行为|问题|风险|违法|违规|方面|环节|因素|指标|内容|工作|活动)", cls):
            continue  # 质量、环境污染等事故以及偷漏税等违法违规行为的企业: kinds of event, not firms
        if re.match(r"[\u4e00-\u9fff]{0,4}(?:公用品牌|区域品牌|地理标志|农产品品牌)", cls):
            continue  # 安化黑茶、古丈毛尖等区域公用品牌: a region's product brands, not firms
        parts = m.group(1).split("、")
        if any(re.search(r"(?:能力|水平|体系|机制|环境|技术|服务|建设|方面)$", p) for p in parts):
            continue  # 原始创新能力、关键技术突破能力等: abilities, not firms
        if all(p.endswith(tuple(lx.TRADE_VERBS)) for p in parts):
            continue  # 指风力发电、太阳能发电等新能源发电企业: trades, which the firms of the class work in
        # 基石药业, 信达生物: common words, but ending the way firms' names end
        generic = sum(_generic_words(p) and not p.endswith(_TRADE_ENDINGS) for p in parts[1:])
        if (generic * 2 > len(parts)) if firms_named else (generic * 2 >= len(parts) - 1):
            continue  # 驱动系统、汽车底盘、车身: a list of products, not of firms (大众安徽 alone is a firm's name)
        items = []
        pos = m.start(1)
        for n, item in enumerate(parts):
            i = text.index(item, pos)
            j = i + len(item)
            pos = j
            if n == 0:
                i = _strip_list_verb(text, i, j)
            name = text[i:j]
            if len(name) < 2 or name in lx.FIRM_STOPWORDS:
                continue
            if _is_firm_kind(name):
                continue  # 投资公司、物流公司等服务企业: kinds of firm
            if any(t.start <= i and j <= t.end and t.type in ("Region", "Industry") for t in taken):
                items = []
                break  # a list of places or industries, not of firms
            items.append(_mention(s, i, j, text, "Firm"))
        if len(items) >= 2:
            out.append((items, cls))
    return out


# not 公司如今已…: 如 of 如今, 如何, 如期 opens no example
# 为 only before a colon or as 分别为/依次为/主要为: 配套企业为酒企提供瓶盖 is what the firms do for others
_FIRM_CUE = re.compile(r"(?:企业|公司|厂商|药企|车企|专利权人|申请人|巨头|客户|供应商)(?:(?:主要)?(?:包括|有|如(?![今何期此果实]))[:：]?"
                       r"|(?:主要|分别|依次)?为[:：]|(?:主要|分别|依次)为)")
_LIST_AFTER = re.compile(rf"(?:[{C}A-Za-z0-9]{{2,16}}、)+[{C}A-Za-z0-9]{{2,16}}(?:(?:和|及|以及)[{C}A-Za-z0-9]{{2,16}})?")
_ONE_BEFORE_DENG = re.compile(rf"[{C}A-Za-z0-9]{{2,8}}?(?=等)")  # 客户包括宜家等国际零售商: a list of one
_COUNTRIES = lx.COUNTRIES


def foreign_firms(text: str, mentions: list[Mention]) -> set[str]:
    """The firms a sentence names right after a foreign country (德国双立人公司): nothing places them in the article's
    region."""
    return {m.key for m in mentions if m.type == "Firm" and text.endswith(_COUNTRIES, 0, m.start)}


def firm_cue_lists(s: int, text: str, taken: list[Mention]) -> list[Mention]:
    """``重点专利权人包括A、B、C``, ``客户有A、B``: what follows a word for firms and 包括/有 is a list of firms;
    a list that holds a firm with a legal suffix (A、B有限公司、C集团) is one too."""
    out = []
    # not 以中小企业为主体、主导产业聚焦…: 以…为 says what a thing rests on
    spans = [(m.end(), _LIST_AFTER.match(text, m.end()) or _ONE_BEFORE_DENG.match(text, m.end())) for m in _FIRM_CUE.finditer(text)
             if not (m.group(0).endswith("为") and re.search(r"以[^,，;；。以]{0,8}$", text[:m.start()]))]
    if "公司" in text or "集团" in text:  # each list kept here holds one (most sentences are spared the scan)
        spans += [(m.start(), m) for m in _LIST_AFTER.finditer(text)
                  if re.search(r"(?:有限公司|集团|公司)(?:、|$|和|及)", m.group(0))]
    items = []
    for _, lm in spans:
        if lm is None:
            continue
        pos = lm.start()
        for n, item in enumerate(re.split(r"、|以及|和|及", lm.group(0))):
            i = text.index(item, pos)
            j = pos = i + len(item)
            kind = _KIND_AFTER_DENG.search(item)
            if kind:
                j = i + kind.start()  # the list ends before the kind of firm it names
            start = _strip_list_verb(text, i, j, walk=False)  # (潍坊)拥有A、B: the verb before the first item
            if n == 0:
                start = _after_last(_BEFORE_LISTED_FIRM, text, start, j, keep=2)  # 已形成以A、B为龙头: the words before it
            items.append((start, j))
    if "等" in text:  # 集聚了中航西飞等整机企业: one firm gathered, of a class of firms
        items += [m.span(1) for m in _ONE_GATHERED.finditer(text) if not _generic_words(m.group(1))]
    for i, j in items:
        item = text[i:j]
        if not 2 <= j - i <= 12 or item in lx.FIRM_STOPWORDS or re.search(r"[0-9]|企业|单位|机构|领域|产品|技术|自然人|个人", item):
            continue
        if any(t.start < j and i < t.end and t.type != "Firm" for t in taken):
            continue  # a place, an industry or a body in the list is not a firm
        if _is_firm_kind(item):
            continue  # 创业投资公司、融资担保公司: kinds of firm
        out.append(_mention(s, i, j, text, "Firm"))
    return out


_BEFORE_LISTED_FIRM = re.compile(r"以")
_ONE_GATHERED = re.compile(rf"(?:集聚|聚集|汇聚|引进|引入|吸引)了?([{C}]{{2,6}}?)等[{C}]{{0,6}}?(?:企业|车企|药企|厂商)")


_DEVELOPS_ITEMS = re.compile(r"(?:大力|重点|加快|积极)?发展")
_LIST_OPENING_VERB = re.compile(r"(?:拥有|现有|共有|既有|也有|还有|(?<=[国省市县区])在|引进|引入|包括|聚集|集聚|吸引|招引|涌现出)了?")  # never inside a name


_TRADE_ENDINGS = ("药业", "制药", "生物", "科技", "实业", "股份", "集团", "控股", "重工", "电子", "电气", "医药", "智能",
                  "信息", "软件", "通信", "光电")  # 飞腾信息, 麒麟软件
_FIRM_NAME_ENDINGS = tuple(lx.BRAND_TRADES) + _TRADE_ENDINGS + ("有限公司", "公司", "钨业", "钼业", "锡业", "镍业", "稀土")


_CONJUNCTIONS = {"以及", "和", "及", "与"}


def _after_last(pattern: re.Pattern, text: str, start: int, end: int, keep: int) -> int:
    """Where ``text[start:end]`` goes on after the last match of ``pattern`` that leaves ``keep`` characters or more
    before ``end``; ``start`` when none does."""
    found = [m for m in pattern.finditer(text, start, end) if end - m.end() >= keep]
    return found[-1].end() if found else start


def _is_firm_kind(name: str) -> bool:
    """创业投资公司, 物流公司, 鼓励设立融资担保公司: a kind of firm (a statute's or a list's), not one firm."""
    kind = re.match(r"(?:鼓励|引导|允许|支持|设立|发展)*(.*?)(?:公司|集团)$", name)
    return kind is not None and _FIRM_KIND.fullmatch(kind.group(1)) is not None


def _item_spans(text: str, start: int, items: list[str]) -> list[tuple[int, int]]:
    """Where each of ``items`` (split from the text at ``start`` on their separators) lies in ``text``."""
    spans, pos = [], start
    for item in items:
        i = text.index(item, pos)
        spans.append((i, i + len(item)))
        pos = i + len(item)
    return spans


def _generic_words(item: str) -> bool:
    """Made only of common multi-character words (驱动系统, 车身), as brand names rarely are."""
    from kg.extract.segment import tokens, word_freq

    toks = tokens(item)
    return all(len(t) > 1 and word_freq(t) >= 20 for t in toks)


def _strip_list_verb(text: str, i: int, j: int, walk: bool = True, joined: bool = False) -> int:
    item = text[i:j]
    for prefix in _LIST_VERB_PREFIXES:
        if item.startswith(prefix) and len(item) - len(prefix) >= 2 and not item.startswith(("有限", "有色", "开发区")):  # 有限公司, 有色金属
            if joined and prefix in _CONJUNCTIONS:
                continue  # 以及和记黄埔医药: after 以及, 和 opens the name
            return _strip_list_verb(text, i + len(prefix), j, walk, joined or prefix in _CONJUNCTIONS)
    after = _after_last(_LIST_OPENING_VERB, text, i, j, keep=2)
    if after != i:
        return after  # 潍坊拥有A、B: the place and its verb before the first item
    if not walk or joined:
        return i  # after 以及/和 the item starts where the conjunction ends
    start = left_boundary(text, j, max_chars=12, min_start=i)
    # 并确定A、B等企业为…: the walk may stop inside the words before the name, right after a verb of them
    return _strip_list_verb(text, start, j, walk=False) if j - start >= 2 else i


_VISITS = re.compile(r"走进|走访|探访|来到|考察|调研|参观|慰问")
_FIRM_KIND = re.compile(r"(?:小额|融资|创业|风险|商业|政策性|国有|民营|外资|中介|专业|科技|跨国|再|全资)*"
                        r"(?:保险|贷款|担保|投资|证券|基金|信托|租赁|融资租赁|典当|物业|咨询|评估|拍卖|期货|外贸|运输|物流|房地产|建筑|"
                        r"施工|供电|燃气|供水|上市|子|母|分|附属|控股|合资|独资|空壳|皮包)?")
# 法士特、林德液压等子公司: the kind of firm a list of firms ends on (not 合肥等离子体科技有限公司)
_KIND_AFTER_DENG = re.compile(rf"等(?:{_FIRM_KIND.pattern})(?:公司|集团)$")


# the class of firm a description names before the firm itself (纺织企业, 风电整机制造商)
_FORMERLY = re.compile(rf"{lx.FORMER_NAME_WORDS}|更名为")  # 公司原名X, …更名为X: the name after the words
_DEFINING = re.compile(r"(?:以下|下文?)?简称[:：]?|(?:以下|下文?)称[:：]?")
_FIRM_CLASS_WORD = re.compile(r"企业|制造商|生产商|供应商|厂商|服务商|运营商|开发商|经销商")
_OWNERSHIP_CLASS = re.compile(r"(?:省属|市属|县属|区属|中央)?(?:国企|央企|民企|国有企业|民营企业|外资企业)")


def firms_by_suffix(s: int, text: str) -> list[Mention]:
    out = []
    for m in _STOCK.finditer(text):
        start = left_boundary(text, m.end(1), max_chars=12, min_start=m.start(1))
        out.append(_mention(s, start, m.end(1), text, "Firm"))
    for m in _FIRM_SUFFIX.finditer(text):
        end = m.end()
        if text[end:end + 1] in ("化", "性") or not ends_at_token(text, end) and not m.group(0).endswith(("有限公司", "有限责任公司")):
            continue  # (a legal ending ends the name, however the tagger cuts what follows: 有限公司总部 as 公司总部)
        if m.group(0) in ("控股", "参股", "股份", "集团") and text.endswith(("有限公司", "有限责任公司"), 0, m.start()):
            continue  # 中国铝业集团有限公司控股的上市公司: the legal name, then what it does
        if m.group(0) == "控股" and text.startswith("的", end) and text.endswith(("集团", "公司"), 0, m.start()):
            continue  # 神火集团控股的云南神火铝业有限公司: the group, then what it does
        if m.group(0) not in ("有限公司", "股份有限公司", "有限责任公司", "集团公司", "公司", "集团") and \
                re.match(r"园|企业|产业|行业|项目|产品|领域|基地|工业|装备|板块|行|业", text[end:end + 2]):
            continue  # 化工园区, 汽车产业: the suffix word heads a longer noun, no firm
        start = _place_led(text, _name_start(text, m.start()))
        if text.rfind("的", start, m.start()) != -1:
            start = text.rfind("的", start, m.start()) + 1  # 梯瓦的中国工厂: a firm's name holds no 的
        owned = _OWNERSHIP_CLASS.search(text, start, m.start())
        if owned and m.start() - owned.end() >= 2:
            start = owned.end()  # 贵州省属国企云上贵州大数据产业发展有限公司: the firm named after the kind it is
        kind = _after_last(_FIRM_CLASS_WORD, text, start, m.start(), keep=2)
        if kind != start and region_prefix(text[kind:m.start()]):
            start = kind  # 纺织企业浙江富润股份有限公司, 整机制造商太原重工…: the firm named, with its place, after its class
        if text.startswith("中国", start) and m.start() - start == 2:
            continue  # 中国工厂, 中国公司: the country and a kind of firm
        country = next((c for c in _COUNTRIES if text.startswith(c, start)), None)
        if country and m.start() - start - len(country) >= 2:
            start += len(country)  # 美国雅来公司: the firm 雅来公司; its country is not part of the name
        start = _after_founding_verb(text, start, m.start())
        start = _after_last(_DEFINING, text, start, m.start(), keep=2)  # (以下简称晋煤集团): the short name defined
        start = _after_last(_FORMERLY, text, start, m.start(), keep=2)  # 公司原名一汽轿车股份有限公司: the former name
        group = max((text.rfind(w, start, m.start()), w) for w in ("旗下", "下属", "所属", "子公司"))
        if group[0] != -1 and m.start() - group[0] - len(group[1]) >= 2:
            start = group[0] + len(group[1])  # 东方电气集团旗下东方汽轮机有限公司, 欣旺达全资子公司赣州…: the group's firm
        verb = _FIRM_VERB.match(text, start, m.start())
        if verb:
            start = verb.end()  # 鼓励设立创业投资公司: the verbs before the name
        if text[start:start + 1] == "原" and text[start - 1:start] in ("(", "（"):
            start += 1  # 国机重型装备集团股份有限公司(原中国第二重型机械集团公司): the former name
        start = _after_last(_VISITS, text, start, m.start(), keep=2)  # 本期栏目走进长城汽车股份有限公司: who is visited
        listed = _KIND_AFTER_DENG.search(text, start, end)
        if listed:
            start = listed.start() + 1  # 法士特、林德液压等子公司: the kind of firm, which the next check drops
        start = _after_last(_LIST_OPENING_VERB, text, start, m.start(), keep=2)  # 潍坊拥有潍柴动力股份有限公司: the place and its verb
        start = _registered_place(text, start, m.start())
        if text[start - 1:start] == "中" and text[start:start + 1] in _PARTNER_COUNTRIES and m.start() - start >= 2:
            start = _place_start(text, start - 1, start - 1)  # 天津中德新能源汽车有限公司: a Sino-German venture, named with its place
        elif text[start - 1:start] == "中" and text.startswith(_CENTRAL_SOE_ROOTS, start):
            start -= 1  # 中电科芜湖钻石飞机制造有限公司: 中 opens a central enterprise's short name, the tagger reads “in”
        elif text[start - 1:start] == "中" and _FIRM_VERB_ENDING.search(text, max(0, start - 7), start - 1):
            start -= 1  # 支持中简科技股份有限公司: right after a verb, 中 opens the name (“in” follows a noun)
        if m.group(0) == "公司" and sole_tag(text[start:m.start()]) == "v":
            continue  # 进一步巩固公司在…领域的领先地位: a verb and the firm it is about, no name
        if _FIRM_KIND.fullmatch(text[start:m.start()]) and m.group(0) in ("公司", "企业", "集团", "机构"):
            continue  # 融资担保公司, 小额贷款公司: a kind of firm a statute addresses, not a firm
        if m.group(0) in ("公司", "股份", "控股", "集团") and clause_words(text[start:m.start()]):
            continue  # 作价金额可以达到公司, 获奖人按股份: a clause before a noun, not a name
        name = text[start:end]
        if re.search(r"[产行]业$", text[start:m.start()]) and re.search(r"[的及和、]$", text[:start]) \
                and not m.group(0).endswith(("有限公司", "有限责任公司")):
            continue  # 领先的汽车及装备制造产业集团: what a firm is, described, not a name (曙光信息产业股份有限公司 is one)
        if len(name) - len(m.group(0)) < 2 or name in lx.FIRM_STOPWORDS or name.startswith(("的", "各", "该")) or "企业" in name:
            continue
        if re.match(r"(?:[一两二三几多数这那某每][家个所]|某)", name) or re.search(r"(?:全资|控股|参股)子公司$", name):
            continue  # 一家农药公司: a firm counted, not named; 欣旺达全资子公司: what the firm named next is to it
        out.append(_mention(s, start, end, text, "Firm"))
    return out


def known_firms(s: int, text: str) -> list[Mention]:
    """``宁德时代在宜春…``, ``华为在东莞…``: the short names of well-known firms (ontology/reference/known-firms.txt),
    wherever one stands as a whole word."""
    from kg.extract.reference import known_firms as names

    hits = literals.occurrences(names(), text)
    if not hits:
        return []
    bounds = token_bounds(text)  # cuts only the blocks a name's edges fall inside
    return [_mention(s, start, end, text, "Firm") for name, start, end in hits if _whole_word(text, start, end, bounds)]


def _whole_word(text: str, start: int, end: int, bounds: Bounds) -> bool:
    """No letter or digit runs on at a Latin edge; a Chinese edge is a boundary of jieba's tokens."""
    for edge, neighbour in ((start, text[start - 1:start]), (end, text[end:end + 1])):
        if neighbour.isascii() and neighbour.isalnum() or _HAN.match(neighbour) and edge not in bounds:
            return False
    return True


_BRAND_TRADE = re.compile(literals.alternatives(sorted(lx.BRAND_TRADES, key=len, reverse=True)))
# what follows an industry phrase (新能源汽车产业, 汽车零部件), never a firm's name
_INDUSTRY_AFTER = re.compile(r"汽车|产业|行业|企业|工业|基地|园|领域|板块|产品|装备|制造|零部件|配件|电子|材料|整车|市场|专业|技术|人才|品牌|类")
# brand tags: a name jieba knows (nz, nr, j, nt…) or a word it does not, cut into single characters
_NAME_TAGS = {"nz", "nr", "nrt", "nrfg", "nt", "ns", "j", "x", "eng"}
_NOT_BRAND_CHARS = set("的了在和与及等是为将由对从向把被各该其本全省市县区镇乡村这那每某年月日个家")


def firms_by_brand(s: int, text: str, industries: dict[str, tuple[str, str]]) -> list[Mention]:
    """``奇瑞汽车在芜湖…``, ``三一重工``, ``万华化学``: a brand name, then the trade it is known by. The brand is a
    name jieba knows as one (奇瑞, 万华) or a word it does not know (三一, 潍柴); a common word (新能源, 智能, 传统),
    an industry (光伏) or a place before the trade is an industry or a place's industry, not a firm."""
    out = []
    for m in _BRAND_TRADE.finditer(text):
        if _INDUSTRY_AFTER.match(text, m.end()):
            continue
        bounds = token_bounds(text)  # remembered per sentence, and cut only around a trade word
        if m.end() not in bounds:
            continue
        for size in (4, 3, 2):
            start = m.start() - size
            if start >= 0 and start in bounds and _is_brand(text[start:m.start()], text[start:m.end()], industries):
                out.append(_mention(s, start, m.end(), text, "Firm"))
                break
    return out


def _is_brand(brand: str, name: str, industries: dict[str, tuple[str, str]]) -> bool:
    from kg.extract.gazetteer import gazetteer
    from kg.extract.segment import tagged

    if not _HAN_RUN.fullmatch(brand) or brand in lx.NOT_BRANDS or brand in industries \
            or any(name[i:] in industries for i in range(len(brand))):
        return False  # 光伏电池, 予新材料 (…赋予新材料), 大仿制药: an industry ends the name
    if _generic_words(brand) or any(r.start == 0 or r.end == len(brand) for r in gazetteer().find(0, brand)):
        return False
    words = tagged(brand)
    if len(words) == 1 and len(brand) == 4 and words[0][1] != "j" and _generic_words(brand[:2]) and _generic_words(brand[2:]):
        return False  # 大力发展: two common words that jieba's dictionary also lists as one
    if len(words) == 1:
        return words[0][1] in _NAME_TAGS
    # a word jieba does not know, cut into characters, one of them read as part of a name (潍柴, 隆基; not 原辅, nor
    # 后 of 建成后隆基绿能, a word of place or time, tagged f)
    return all(len(w) == 1 and w not in _NOT_BRAND_CHARS and t != "f" for w, t in words) and any(t in _NAME_TAGS for _, t in words)


_BRACKETED_INFIX = re.compile(rf"[(（][{C}]{{2,4}}[)）]$")


def _name_start(text: str, suffix_start: int) -> int:
    """Start of the legal name whose suffix starts at ``suffix_start``. A bracketed word inside the name
    belongs to it (``舜宇光学科技(集团)有限公司``, ``高原(北京)文化传播有限公司``) when a name precedes it."""
    end = suffix_start
    start = left_boundary(text, end, max_chars=20)
    while start == end or text[start - 1:start] in (")", "）"):
        bracket = _BRACKETED_INFIX.search(text, max(0, start - 6), start)
        if bracket is None:
            break
        before = left_boundary(text, bracket.start(), max_chars=20)
        if bracket.start() - before < 2:
            break
        start = before
    # 中芯国际集成电路制造(天津)有限公司: the walk stops at 中 (a word of 其中), inside a well-known firm's name
    return _known_name_start(text, _place_and_number(text, start))


def _place_and_number(text: str, start: int) -> int:
    """``西藏5100冰川矿泉水有限公司``: the walk stops at the number a brand holds; a place right before the number
    opens the name."""
    number = re.search(r"(?<![0-9.])[0-9]{2,6}$", text[max(0, start - 7):start])
    return _place_start(text, start - len(number.group()), start) if number else start


def _known_name_start(text: str, start: int) -> int:
    """Where a well-known firm's name that a left edge at ``start`` cuts into begins (正泰集团研究院 cut as 正/泰…:
    the tagger reads 正 as an adverb), else ``start``."""
    from kg.extract.reference import known_firm_at

    return next((p for p in range(max(0, start - 3), start) if len(known_firm_at(text, p) or "") > start - p), start)


# characters a name's left edge can wrongly stop at when they are also function words (均 "all", 都, 也)
_ADVERB_LOOKALIKES = set("均都也又还再并且即共各")


def _registered_place(text: str, start: int, suffix_start: int) -> int:
    """``绵阳市四川九洲电器集团有限责任公司``: a legal name opens with its registered place, written from the
    province down; a place before one that is not inside it (绵阳市 before 四川) is the context the firm is
    named in, not part of its name."""
    from kg.extract.gazetteer import gazetteer

    g = gazetteer()
    places = g.find(0, text[start:suffix_start])
    first = next((r for r in places if r.start == 0 and r.surface.endswith(("省", "市", "县", "区"))), None)
    second = next((r for r in places if first is not None and r.start == first.end), None)
    if second is None or first.key in g.ancestors(second.key) or suffix_start - start - second.start < 4:
        return start
    return start + second.start


def _place_led(text: str, start: int) -> int:
    """``宁波均胜电子股份有限公司``: jieba reads 均 as the adverb "all" and the name stops after it; a legal
    name opening with a place right before such a character starts at the place."""
    if start == 0 or text[start - 1] not in _ADVERB_LOOKALIKES:
        return start
    return _place_start(text, start - 1, start)


_NAME_PLACE_LEVELS = ("province", "city", "county")


def _place_start(text: str, end: int, otherwise: int) -> int:
    """Where the province, city or county ending at ``end`` starts (the place a name opens with before a character the
    tagger cuts off: 宁波均胜, 天津中德, 北京·…), else ``otherwise``."""
    place = _place_ending_at(text, end, _NAME_PLACE_LEVELS)
    return place.start if place is not None else otherwise


_FOUNDING_VERB = re.compile(r"(?:创办|创立|成立|组建|设立|注册|收购|并购|引进|入股|控股|加盟|供职于|就职于|任职于)$")


def _after_founding_verb(text: str, start: int, suffix_start: int) -> int:
    """``2015年創辦婺源縣曉起茶業有限公司``: a legal name opens with its place, not with the verb before it."""
    from kg.extract.gazetteer import gazetteer

    for r in gazetteer().find(0, text[start:suffix_start]):
        if r.start > 0 and _FOUNDING_VERB.search(text[start:start + r.start]):
            return start + r.start
    return start


_EMPLOYER = literals.Cued(rf"(?:(?:曾|原本|原来|之前|此前|以前|早年)(?:在|于)|曾任职于|曾就职于|原在|辞去)([{C}A-Za-z]{{2,6}}?)(?:的)?"
                          rf"(?:工作|任职|就职|上班|的工作)|从([{C}A-Za-z]{{2,6}}?)(?:辞职|离职)"
                          rf"|(?:^|(?<=[,;:。是为前]))前([{C}A-Za-z]{{2,4}}?)(?:员工|高管|工程师|程序员|产品经理|技术总监|职员)",
                          # each alternative ends on one of these words
                          ("工作", "任职", "就职", "上班", "辞职", "离职", "员工", "高管", "工程师", "程序员", "产品经理", "技术总监", "职员"))
_WORKPLACES = {"政府", "部队", "工厂", "学校", "外企", "银行", "医院", "国企", "企业", "公司", "单位", "机关", "大学", "外地", "国外",
               "城市", "城里", "农村", "家乡", "当地", "外省", "省外", "海外", "沿海", "私企", "民企", "央企", "工地", "矿山", "矿场",
               "媒体", "报社", "电视台", "乡镇", "县城", "村里", "镇上", "北方", "南方", "大城市", "一线城市", "互联网公司"}


def employers(s: int, text: str) -> list[Mention]:
    """``曾在百度工作``: the proper name a person worked at is a firm, unless it is a place, a kind of
    workplace (政府, 工厂) or a body with a suffix that the other finders type."""
    from kg.extract.gazetteer import gazetteer

    out = []
    for m in _EMPLOYER.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        name = m.group(g)
        if name in _WORKPLACES or name.endswith(tuple(lx.ORG_SUFFIXES) + ("大学", "学院", "医院", "银行", "工厂", "公司", "部门")):
            continue
        if gazetteer().find(0, name):
            continue
        out.append(_mention(s, m.start(g), m.end(g), text, "Firm"))
    return out


# 仿制药生产企业阿特维斯的…: a firm's name right after its class noun; 与中西达一建立了战略合作关系: a partner
_AFTER_CLASS = re.compile(rf"(?:生产企业|制药企业|药企|车企|龙头企业|企业|厂商|巨头|制造商|供应商)([{C}]{{2,6}}?)(?:的|在|于(?=[0-9])|已|投资|并购|收购|落户)")
_PARTNER = re.compile(rf"与([{C}A-Za-z]{{2,6}}?)(?:建立了?|达成了?|签订了?|签署了?|开展)(?:战略|全面|深度)?(?:合作|战略合作)")


def firms_in_context(s: int, text: str, partners: bool = False) -> list[Mention]:
    """Firms without a legal suffix that the words around them type: after a firm class noun, or as
    the partner of a cooperation (``partners``). Places, kinds of body and common words are no such names."""
    from kg.extract.gazetteer import gazetteer
    from kg.extract.segment import tagged

    out = []
    for m in (_PARTNER if partners else _AFTER_CLASS).finditer(text):
        name = m.group(1)
        if name in _WORKPLACES or name.endswith(tuple(lx.ORG_SUFFIXES) + ("政府", "大学", "学院", "医院", "部门", "单位")):
            continue
        if gazetteer().find(0, name) or _generic_words(name) or re.search(r"[的和与及等在是对]", name):
            continue
        tags = [t for _, t in tagged(name)]
        if tags[0] in ("v", "vn", "p") or "d" in tags:
            continue  # 企业集聚存在, 企业数均超过, 企业发展中遇到的, 企业为支撑的: a verb, an adverb or a preposition, not a name
        out.append(_mention(s, m.start(1), m.end(1), text, "Firm"))
    return out


# 研发诊断试剂的苏州艾杰和北京勤邦: what a firm makes, then the firms named by their place and a brand
_MAKER_OF = re.compile(rf"(?:研发|生产|制造|研制|从事)[{C}]{{2,10}}?的((?:[{C}]{{2,8}}(?:、|和|及|与))*[{C}]{{2,8}}?)(?=[,;。)、]|$)")
_NOT_BRAND = re.compile(r"企业|公司|厂家|厂商|单位|机构|部门|医院|学校|人员|团队|项目|产品|基地|园区|平台")


def place_brand_firms(s: int, text: str) -> list[Mention]:
    """Firms a text names by their place and a short brand (苏州艾杰) after what they make."""
    from kg.extract.gazetteer import gazetteer

    out = []
    for m in _MAKER_OF.finditer(text):
        pos = m.start(1)
        for item in re.split(r"、|和|及|与", m.group(1)):
            i = text.index(item, pos)
            pos = i + len(item)
            places = [r for r in gazetteer().find(0, item) if r.start == 0]
            brand = item[places[0].end:] if places else ""
            if places and 2 <= len(brand) <= 4 and not _NOT_BRAND.search(brand) and not gazetteer().find(0, brand) \
                    and not _generic_words(brand):
                out.append(_mention(s, i, pos, text, "Firm"))
    return out


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one of the same type, and exact duplicates."""
    mentions = sorted(set(mentions), key=lambda m: (m.start, -(m.end - m.start), m.key, m.label, m.surface))
    out: list[Mention] = []
    for m in mentions:
        if any(o.start <= m.start and m.end <= o.end and o.type == m.type for o in out):
            continue
        out.append(m)
    return out
