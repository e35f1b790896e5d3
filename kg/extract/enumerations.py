"""What enumerations say about the things they list, once every mention of a sentence is known.

* ``抗体、疫苗、血液制品等生物制品``: each listed industry is part of the industry after 等.
* ``将生物医药专利分为四大领域方向，包括化学药物、生物制品和植物药``: a classification of an
  industry lists its sub-sectors, which are industries even when no dictionary knows them.
* ``护理床领域重点专利权人包括A、B有限公司``: the firms listed after a field's firms work in it.

Each rule takes one sentence's text and mentions and returns new mentions and triples
``(subject, predicate, object, contextual)``.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.extract import lexicon as lx
from kg.extract import literals
from kg.extract.mentions import Mention
from kg.extract.entities import bare_activity, joined_goods
from kg.extract.relations import PLACES_COUNTED, joined, sentence_firm
from kg.extract.segment import clause_words
from kg.extract.spans import clause_start, left_boundary

C = lx.CJK
_SEP = re.compile(r"、|和|及|以及|与")
_ITEM = rf"[{C}A-Za-z0-9]{{2,12}}"
_LIST = re.compile(rf"{_ITEM}(?:(?:、|和|及|以及|与){_ITEM})+")
# a classification: …四大领域方向，包括A、B、C和D
_CLASSIFIED = re.compile(r"(?:领域|方向|门类|板块|类别|大类)[^。;；]{0,4}?(?:包括|涵盖|分为|主要有)[:：]?")
# the firms of a field: X领域重点专利权人包括…
_FIELD_FIRMS = re.compile(r"领域(?:的|内)?(?:重点|主要|龙头|知名)?(?:专利权人|申请人|企业|厂商|药企)(?:主要)?(?:包括|有|如|为)[:：]?")

Triple = tuple[Mention, str, Mention, bool]
Maker = Callable[[int, int, int, str], Mention]  # sentence, start, end, surface -> Industry mention


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for item in _SEP.split(text[start:end]):
        if not item:
            continue
        i = text.index(item, pos)
        pos = i + len(item)
        if item[0] == "其" and i > 0 and text[i - 1] in "及和与":
            continue  # 醋酸及其衍生物: what 其 refers back to is listed already
        out.append((i, pos))
    return out


def listed_parts(text: str, mentions: list[Mention]) -> list[Triple]:
    """``A、B、C等W``: each listed industry is part of W."""
    industries = {(m.start, m.end): m for m in mentions if m.type == "Industry"}
    out = []
    for whole in industries.values():
        if text[whole.start - 1:whole.start] != "等":
            continue
        m = re.search(rf"(?:{_ITEM}(?:、|和|及|与))+{_ITEM}$", text[: whole.start - 1])
        if not m:
            continue
        spans = _items(text, m.start(), m.end())
        parts = [industries.get(span) for span in spans]
        # the first item may carry words before it (对抗体 → 抗体): it counts when it ends an industry
        if parts and parts[0] is None:
            parts[0] = next((i for (a, b), i in industries.items() if b == spans[0][1] and a > spans[0][0]), None)
        if len(parts) >= 2 and all(p is not None for p in parts[1:]):
            out.extend((p, "partOf", whole, False) for p in parts if p is not None and p.key != whole.key)
    return out


def mainly_of(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """What a thing is mainly made of: ``以肉羊、肉牛为主的畜牧业`` (the items are part of the industry), ``温氏…已发展成为以
    肉鸡、肉猪养殖为主的大型畜牧企业`` (the firm the sentence is about works in each)."""
    new, out = [], []
    for m in _MAINLY.finditer(text):
        if _FIRM_CLASS_AFTER.match(text, m.end()):
            firms = [x for x in mentions if x.type == "Firm" and x.end <= m.start() and not re.search(r"[;。]", text[x.end:m.start()])]
            for a, b in _items(text, *m.span(1)) if firms else []:
                item = _industry_at(sentence, text, a, b, mentions, make, new) if not _opens_clause(text[a:b]) else None
                if item is not None:
                    out.append((firms[-1], "inIndustry", item, False))
            continue
        kind = _KIND_THEN_INDUSTRY.match(text, m.end())
        if kind:
            # 全市已形成以人参果、枸杞、酿酒葡萄、制种为主的特色产业: a kind of industry; the place develops each item
            from kg.extract.relations import subject_region

            place = subject_region([x for x in mentions if x.type == "Region" and x.end <= m.start() and x.level != "country"])
            if place is not None:
                out.extend((place, "hasPriorityIndustry", item, False)
                           for item in _industries_listed(sentence, text, m.start(1), m.end(2), mentions, make, new))
            continue
        whole = next((x for x in mentions if x.type == "Industry" and x.start == m.end()), None)
        if whole is None:
            named = _INDUSTRY_AFTER.match(text, m.end())
            whole = _industry_at(sentence, text, m.end(), named.end(1), mentions, make, new) if named else None
        if whole is None:
            continue
        out.extend((item, "partOf", whole, False) for item in _industries_listed(sentence, text, m.start(1), m.end(2), mentions, make, new)
                   if item.key != whole.key)
    return new, out


# the list, and the trade verb a firm's line ends with (肉猪养殖为主的: 肉猪), read as part of the item for an industry
_MAINLY = literals.Cued(rf"以((?:[{C}]{{2,8}}?[、和及与])*[{C}]{{2,8}}?)((?:养殖|生产|种植|加工|制造|研发)?)为主的", "以", "为主的")
_KIND_THEN_INDUSTRY = re.compile(rf"(?:{'|'.join(lx.INDUSTRY_KIND_WORDS)})+(?:产业|农业)")  # 特色产业, not 特色的
_FIRM_CLASS_AFTER = re.compile(rf"[{C}]{{0,8}}?(?:企业|公司|集团)")
# 海洋化工(产业), 畜牧业; not 企业, 专业, 物业…
_INDUSTRY_AFTER = re.compile(rf"([{C}]{{2,8}}?(?=产业|行业)|[{C}]{{1,8}}?(?<![企事就专物创作职])业(?![务绩态主]))")


def classified_parts(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``…生物医药专利分为四大领域方向，包括化学药物、生物制品和植物药``: the items are industries, part of
    the last industry named before the classification."""
    new, out = [], []
    for cue in _CLASSIFIED.finditer(text):
        whole = [m for m in mentions if m.type == "Industry" and m.end <= cue.start()]
        lm = _LIST.match(text, cue.end())
        if not whole or not lm:
            continue
        for a, b in _items(text, lm.start(), lm.end()):
            if b - a > 8 or re.search(r"[0-9]", text[a:b]):
                continue
            part = next((m for m in mentions if m.start == a and m.end == b and m.type == "Industry"), None)
            if part is None:
                if any(m.start < b and a < m.end for m in mentions):
                    continue  # a place or a body, not a sub-sector
                part = make(sentence, a, b, text[a:b])
                new.append(part)
            out.append((part, "partOf", whole[-1], False))
    return new, out


def made_of(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``安吉县椅业产业包括办公椅、休闲椅和沙发三大类``, ``椅业…,产品涵盖办公椅、沙发等``, ``重点发展再生资源产业,主要包括A、B
    和C``: what an industry is said to include are its parts (the industry right before the verb, or the one the clause
    before ends on)."""
    new, out = [], []
    for cue in _INCLUDES.finditer(text):
        whole = next((m for m in mentions if m.type == "Industry" and cue.start() <= m.end <= cue.start("verb")), None)
        if whole is None and text[cue.start() - 1:cue.start()] in (",", "，"):
            # …的支柱产业,产品涵盖A、B: the industry the clause before is about (its first), when no one else is named after it
            clause = [m for m in mentions if clause_start(text, cue.start() - 1) <= m.start and m.end < cue.start()]
            firsts = [m for m in clause if m.type == "Industry"]
            if firsts and not any(m.type in ("Firm", "Organization") for m in clause):
                whole = firsts[-1] if text[firsts[-1].end:cue.start() - 1] in ("产业", "") else firsts[0]
        items = _LIST.match(text, cue.end())
        if whole is None or items is None or re.match(r"上游|中游|下游", text[cue.end():]):
            continue  # 光伏产业链包括上游工业硅、中游多晶硅…: the stages (kg.extract.entities.stage_lists)
        for a, b in _items(text, items.start(), items.end()):
            counted = re.search(r"等|[两二三四五六七八九十]大", text[a:b])
            b = a + counted.start() if counted else b  # 和沙发三大类: the item before the count
            if bare_activity(text[a:b]):
                continue  # 乳业包括…流通、销售等环节: an activity, no part
            if not 2 <= b - a <= 10 or _NOT_A_PRODUCT.search(text[a:b]) or _opens_clause(text[a:b]):
                continue
            part = _industry_at(sentence, text, a, b, mentions, make, new)
            if part is not None and part.key != whole.key:
                out.append((part, "partOf", whole, False))
    return new, out


def firm_around(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``宁夏英力特化工股份有限公司围绕电石、聚氯乙烯和烧碱形成了循环经济产业链``: what a firm builds its chain around are its
    trades."""
    new, out = [], []
    for m in _AROUND.finditer(text):
        firm = next((f for f in mentions if f.type == "Firm" and f.end == m.start() and f.start >= clause_start(text, m.start())), None)
        if firm is not None:
            out.extend((firm, "inIndustry", item, False) for item in _industries_listed(sentence, text, *m.span(1), mentions, make, new))
    return new, out


_AROUND = literals.Cued(rf"围绕((?:[{C}]{{2,10}}?、)*[{C}]{{2,10}}?(?:和|及|与)[{C}]{{2,10}}?)等?(?:形成|打造|构建|延伸|布局)", "围绕")


def among_whole(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``在装备制造业中,汽车零部件、矿山机械、输变电设备三个行业增加值合计占…``: the trades counted within an industry
    are its parts."""
    new, out = [], []
    for whole in (m for m in mentions if m.type == "Industry" and text.endswith("在", 0, m.start)):
        listed = _AMONG_WHOLE.match(text, whole.end)
        if listed is None:
            continue
        out.extend((part, "partOf", whole, False) for part in _industries_listed(sentence, text, *listed.span(1), mentions, make, new)
                   if part.key != whole.key)
    return new, out


_AMONG_WHOLE = re.compile(rf"(?:业)?中[,，]((?:[{C}]{{2,10}}?、)+[{C}]{{2,10}}?)(?:[两三四五六七八九十]个|等)(?:行业|产业|领域)")


# (the industry, then) 产业/产品 and what it includes
_INCLUDES = literals.Cued(r"(?:产业|行业|产品)?(?:主要)?(?P<verb>包括|涵盖|包含|主要有|细分为|可分为|分为)[:：]?",
                         ("包括", "涵盖", "包含", "主要有", "分为"))


def field_firms(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``护理床领域重点专利权人包括A、B有限公司、C集团``: each listed firm works in the field."""
    new, out = [], []
    for cue in _FIELD_FIRMS.finditer(text):
        end = cue.start()
        start = left_boundary(text, end, max_chars=6, nouns_only=True)
        if end - start < 2:
            continue
        field = next((m for m in mentions if m.type == "Industry" and m.end == end and m.start >= start), None)
        if field is None:
            if any(m.start < end and start < m.end and m.type != "Industry" for m in mentions):
                continue
            field = make(sentence, start, end, text[start:end])
            new.append(field)
        stop = min([i for i in (text.find(c, cue.end()) for c in ",;。，；") if i != -1] or [len(text)])
        for m in mentions:
            if m.type == "Firm" and cue.end() <= m.start and m.end <= stop:
                out.append((m, "inIndustry", field, False))
    return new, out


def firm_classes(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """The industry a firm's class names: ``安踏、特步等一批鞋服龙头企业``, ``陶瓷企业福建华泰集团股份有限公司``,
    ``以福耀玻璃为代表的汽车玻璃产业``: each firm is in it."""
    new, out = [], []
    firms = sorted((m for m in mentions if m.type == "Firm"), key=lambda m: m.start)
    if not firms:
        return new, out
    found = [(m, _joined_before(firms, text, m.start())) for m in _CLASS_AFTER_LIST.finditer(text)]  # A、B等X企业
    found += [(m, [f for f in firms if f.start == m.end()]) for m in _CLASS_BEFORE_NAME.finditer(text)]  # X企业F
    found += [(m, [f for f in firms if m.start() <= f.start and f.end < m.start(1)]) for m in _LEADERS_OF.finditer(text)]
    for cue in _LEANS_ON.finditer(text):
        # 依托恒安集团、恒安卫生材料等龙头企业,晋江卫生用品产业产值突破300亿元: the leaders of the industry the next clause names
        held = _joined_before(firms, text, cue.start(1))
        stop = min([i for i in (text.find(c, cue.end()) for c in ",;。，；") if i != -1] or [len(text)])
        led = next((m for m in sorted(mentions, key=lambda m: m.start) if m.type == "Industry" and cue.end() <= m.start and m.end <= stop), None)
        if held and led is not None:
            out.extend((f, "inIndustry", led, False) for f in held)
    # 等一批动力电池回收和正极材料企业: each trade of a class joining two
    found = [(cls, held, span) for cls, held in found for span in joined_goods(text, *cls.span(1))]
    for cls, held, (a, b) in found:
        if not held or not _a_trade(text[a:b]):
            continue
        item = next((m for m in mentions if m.type == "Industry" and m.start == a and m.end in (b, b + 2)), None)
        item = item or _industry_at(sentence, text, a, b, mentions, make, new)
        if item is None and any(m.type == "Cluster" and m.start <= a and b <= m.end for m in mentions):
            item = make(sentence, a, b, text[a:b])  # 以恒安集团为龙头的卫生用品产业集群: the industry its cluster's name holds
            new.append(item)
        if item is not None:
            out.extend((f, "inIndustry", item, False) for f in held)
    return new, out


def _joined_before(firms: list[Mention], text: str, end: int) -> list[Mention]:
    """The firms listed right before ``end``: ``A、B和C``等."""
    chain: list[Mention] = []
    for f in reversed(firms):
        if f.end > end:
            continue
        if text[f.end:end] not in (("",) if not chain else ("、", "和", "及", "与")):
            break
        chain.insert(0, f)
        end = f.start
    return chain


def _a_trade(words: str) -> bool:
    """``鞋服``, ``食品加工``: a trade, not a kind of firm (龙头, 民营, 规上, 专精特新) nor a place or a verb."""
    from kg.extract.gazetteer import gazetteer
    from kg.extract.segment import tagged

    if _FIRM_KIND_WORDS.search(words) or gazetteer().find(0, words):
        return False
    toks = tagged(words)
    (first, head), (last, tail) = toks[0], toks[-1]
    # a one-character "verb" is often jieba's reading of a noun (服 of 鞋服)
    return not (head in ("d", "p", "r", "m", "q", "c", "u", "uj") or head == "v" and len(first) > 1) \
        and not (tail in ("d", "a", "m", "q", "uj") or tail == "v" and len(last) > 1 and not (len(toks) > 1 and last in _TRADE_WORK))


_TRADE_WORK = {"回收", "加工", "制造", "维修", "种植", "养殖", "利用", "开采"}  # 动力电池回收: a trade named by the work on a good


_LEANS_ON = literals.Cued(r"(?:依托|发挥|借助)[^,，;；。]{2,80}?(等(?:一批)?(?:龙头|骨干|链主|重点)企业)(?:的?(?:引领|带动|支撑)作用)?[,，]", "企业")
# …比亚迪股份有限公司等国内主要锂电池企业: where and how much the firms lead is no part of the trade
_CLASS_AFTER_LIST = literals.Cued(rf"等(?:一批|一大批|[0-9]+家|多家|知名|骨干)?(?:国内|国际|全球|全国|省内|行业)?(?:主要|知名|领先|重点|大型|骨干|头部)?([{C}]{{2,8}}?(?:(?:和|及|与)[{C}]{{2,8}}?)?)"
                                  r"(?:龙头|骨干|重点|知名|领军|规上|配套|生产|制造)?(?:企业|公司|厂商|厂家)", "等")
_CLASS_BEFORE_NAME = re.compile(rf"(?<![{C}])([{C}]{{2,8}}?)(?:生产|制造)?企业(?=[{C}]{{2,}}?(?:股份有限公司|有限责任公司|有限公司|集团))")
# …的卫浴产业, 以九牧厨卫股份有限公司为代表的卫浴企业: the trade of the firms it leads or stands for
_LEADERS_OF = literals.Cued(rf"以[^,，;；。以]{{2,60}}?为(?:龙头|代表|核心|引领)的([{C}]{{2,10}}?)(?:产业|行业|企业)", "以")
_FIRM_KIND_WORDS = re.compile(r"龙头|骨干|重点|知名|领军|规上|规模|上市|民营|国有|外资|合资|中小|小微|大型|本地|本土|当地|入选|配套|上下游|"
                              r"高新技术|科技型|创新型|专精特新|小巨人|冠军|瞪羚|独角兽|示范|试点|优势|全部|所有|相关|其他|各类|企业|公司|驻市|驻地|驻县|驻区|"
                              r"的|和|及|与|等|家|个|批|其中|国家|全国|全省|全市|^整机$|^整车$")  # 整机企业: makers of whole machines, of any trade


_PRODUCE = re.compile(r"(盛产|特产|主产|出产|素产|靠生产|以生产|主要生产|专业生产|专门生产|主营业务(?:涵盖|包括|包含|覆盖|为)|主营|主打|主要产品为|主要产品有|主要产品包括|产品包括|产品主要有|产品主要包括|产品涵盖|产品覆盖"
                      # 主要从事硬质合金刀具的研发和生产, 专注于轨道交通装备研发制造: what a firm works on
                      r"|主要从事|专业从事|(?<=一家)从事|专注于?|致力于"
                      r"|(?<=公司|集团)生产的)(?![区地品])[了有]?"  # not 花炮主产区, 特产品: nouns; 恒安集团有限公司生产的卫生巾
                      # 应城年产三千吨粉笔: what a place or firm turns out each year
                      r"|(年产(?:量)?(?:达|超|约|近)?[0-9一二三四五六七八九十百千万亿两.]+(?:多|余)?[万亿]?(?:吨|件|台|套|辆|只|支|盒|箱|片))")
# jieba mis-tags many product words (宣纸 as a verb), so a product is anything but function words and activities
_NOT_PRODUCT_TAGS = {"p", "c", "u", "uj", "ul", "ud", "uz", "d", "r", "m", "q", "x", "f", "y", "zg", "t"}
_ACTIVITIES = {"销售", "经营", "加工", "研发", "制造", "生产", "服务", "开发", "研究", "设计", "推广", "出口", "进口", "建造",
               "致富", "为生", "谋生", "起家", "发家", "闻名", "出名", "为主",  # 靠生产粉笔致富: what the product brings
               "畅销", "远销", "销往", "热销"}  # …生产的卫生巾、纸尿裤畅销全国: where it sells


# the clause's subject when it is the place named before it: 这里盛产…, 当地主产…
_HERE = {"", "这里", "这儿", "此地", "此处", "当地", "该地", "本地", "该村", "该镇", "该乡", "该县", "该市", "全村", "全镇", "全乡",
         "全县", "这里还", "当地还", "这里也", "村民", "当地村民", "农民", "当地农民", "居民", "群众", "当地群众", "家家户户"}


_PARK_NAME = re.compile(r"园区|开发区|工业园|产业园|工业区|集聚区|高新区")
_ADVERBS = {"主要", "大量", "全部", "已经", "正在", "仍然", "逐步", "同时", "一直", "不断", "目前", "还", "也", "都", "均"}
_GRADE = re.compile(r"(?:中高端|高端|高性能|高品质|优质|新型)")


def _noun_items(text: str, start: int) -> list[tuple[int, int]]:
    """The noun phrases listed from ``start`` up to the clause's end: ``白垩、石膏和粉笔``."""
    from kg.extract.segment import tagged

    stop = min([i for i in (text.find(c, start) for c in ",;。，；:：") if i != -1] or [len(text)])
    out, pos, item_start = [], start, start
    toks = tagged(text[start:stop]) + [("、", "x")]
    leading = True  # 主要从事生产及销售浮法玻璃、汽车玻璃: the activities named before the products
    for n, (tok, tag) in enumerate(toks):
        leading = leading and (tok in _ACTIVITIES or tok in ("及", "和", "与") and n > 0)
        if leading:
            pos = item_start = pos + len(tok)
            continue
        if tok == "的" and toks[n + 1][0] in _ACTIVITIES:
            tok = toks[n + 1][0]  # 硬质合金刀具的研发和生产: the product ends where the activity on it is named
        counted = re.fullmatch(r"[两二三四五六七八九十]大", tok)  # A、B和C四大板块: the count ends the list, as 等 does
        if tok in ("、", "和", "及", "与", "等") or counted:
            if 2 <= pos - item_start <= 8:
                out.append((item_start, pos))
            if tok == "等" or counted:
                break
            item_start = pos + len(tok)
        elif tag == "d" and pos == item_start and tok not in _ADVERBS and toks[n + 1][1][:1] in ("n", "l") and len(tok) >= 2:
            pass  # 仿古红木家具: a modifier jieba takes for an adverb opens the product's name
        elif tag == "q" and len(tok) == 1 and toks[n + 1][1][:1] == "n":
            pass  # 桩工机械 cut as 桩/工/机械: a noun jieba takes for a measure word
        elif tag in _NOT_PRODUCT_TAGS or tok in _ACTIVITIES:
            if tok in _ACTIVITIES and 2 <= pos - item_start <= 8:
                out.append((item_start, pos))  # 靠生产粉笔致富: the product ends where what it brings begins
            break
        pos += len(tok)
    return out


def products(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``刘垸村盛产白垩``: what a place produces is its industry; ``X公司主要生产动力电池``: a firm's."""
    from kg.extract.reference import lexicon
    from kg.extract.relations import subject_region

    new, out = [], []
    for verb in _PRODUCE.finditer(text):
        clause = max(text.rfind(c, 0, verb.start()) for c in ",;。，；") + 1
        firms = [m for m in mentions if m.type == "Firm" and clause <= m.start and m.end <= verb.start()]
        regions = [m for m in mentions if m.type == "Region" and clause <= m.start and m.end <= verb.start() and m.level != "country"]
        place_verb = verb.group(1) in ("盛产", "特产", "主产", "出产", "素产", "靠生产", "以生产") or (verb.group(2) is not None and not firms)
        if not firms and not place_verb and re.fullmatch(r"(?:该|本)?(?:公司|企业|集团)?", text[clause:verb.start()].strip()):
            # 某公司成立于2008年，主要生产…: the clause's subject is the firm named earlier in the sentence
            firms = [m for m in mentions if m.type == "Firm" and m.end <= clause]
        if place_verb and regions and re.fullmatch(r"内|境内|内的?", text[regions[-1].end:verb.start()]):
            regions = regions[-1:]  # 县域内盛产惠明茶: the place the words before the verb mean
        if place_verb and not regions and text[clause:verb.start()].strip() in _HERE:
            # 浙江省东阳市南马镇花园村,盛产毛竹 / ,这里盛产毛竹: the place opens the sentence, the verb the next clause
            regions = [m for m in mentions if m.type == "Region" and m.end <= clause and m.level != "country"]
        holder = (subject_region(regions) if place_verb else (firms[-1] if firms else None))
        if "产品" in (verb.group(1) or "") and not text[clause:verb.start()].strip() and len({f.key for f in firms}) != 1:
            # 全市现有小龙虾加工企业18家,…,产品主要有整肢虾、虾仁: no one firm named, the place's firms' products
            holder = subject_region([m for m in mentions if m.type == "Region" and m.end <= clause and m.level != "country"])
        park = holder is None and any(m.type == "Organization" and _PARK_NAME.search(m.label) and m.end <= verb.start() for m in mentions)
        staged = holder is None and re.search(r"[上中下]游", text[:verb.start()]) is not None  # 中游以加工为主,主要产品包括…
        if holder is None and not park and not staged:
            continue
        items = _noun_items(text, verb.end())
        cls = re.match(rf"等([{C}]{{2,4}}?)(?:产品|制品)", text[items[-1][1]:]) if items else None
        whole = None
        if cls is not None and len(items) >= 2:
            # 苯胺、硝基苯等化工产品: the products are part of the industry the class names, and so is its maker
            a = items[-1][1] + cls.start(1)
            whole = next((m for m in mentions if m.type == "Industry" and m.start == a), None) or make(sentence, a, a + len(cls.group(1)), cls.group(1))
            if cls.group(1) in lexicon().industries:  # a class the reference data knows (化工), not any word before 产品
                new.append(whole)
                if holder is not None:
                    out.append((holder, "hasPriorityIndustry" if holder.type == "Region" else "inIndustry", whole, False))
            else:
                whole = None
        for a, b in items:
            if re.search(r"生产线|产线|项目|规模|能力|以上", text[a:b]):
                continue
            grade = _GRADE.match(text, a, b)
            if grade and b - grade.end() >= 3 and text[a:b] not in lexicon().industries:
                a = grade.end()  # 专注高端电子封装材料: the product, not its grade
            item = _industry_at(sentence, text, a, b, mentions, make, new)
            if item is None:
                continue
            if holder is not None:  # a park's or a chain stage's products are industries of the text, held by no one
                out.append((holder, "hasPriorityIndustry" if holder.type == "Region" else "inIndustry", item, False))
            if whole is not None:
                out.append((item, "partOf", whole, False))
    return new, out


# 以A和B为主要产品, 以A为特色, 以A和B为主导产业 (not 以F为核心: a cluster's core firm)
_AFTER_PILLARS = literals.Cued(rf"继((?:[{C}]{{2,6}}?、)*[{C}]{{2,6}}?(?:(?:和|及|与)[{C}]{{2,6}}?)?)之后(?:又|再)?(?:一个|一大|第[一二三四五六七八九十])?",
                               "继", "之后")


def pillars_before(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``螺蛳粉产业已成为柳州继汽车、钢铁、机械之后又一个“百亿级”产业集群``: the industries a place had before are its own."""
    new, out = [], []
    for m in _AFTER_PILLARS.finditer(text):
        place = next((r for r in mentions if r.type == "Region" and r.end == m.start() and r.level != "country"), None)
        if place is None or not re.search(r"产业|行业|集群", text[m.end():m.end() + 16]):
            continue
        for a, b in _items(text, m.start(1), m.end(1)):
            item = _industry_at(sentence, text, a, b, mentions, make, new) if not _NOT_A_PRODUCT.search(text[a:b]) else None
            if item is not None:
                out.append((place, "hasPriorityIndustry", item, False))
    return new, out


_SCOPE_OPENING = re.compile(r"全区|全市|全省|全县|全州|全国|我省|我市|我县|我区|本省|本市|本县|本区")
_MAIN_PRODUCER = literals.Cued(r"主产(?:县|区|地|市|乡|镇)", "主产")


def main_producers(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``湄潭、凤冈等茶叶主产县``, ``全市白酒主产区中``: what a place is a main producer of is its industry (and the listed
    places' own)."""
    new, out = [], []
    for m in _MAIN_PRODUCER.finditer(text):
        a = left_boundary(text, m.start(), max_chars=8, nouns_only=True)
        scope = _SCOPE_OPENING.match(text, a, m.start())
        opening = a
        a = scope.end() if scope else a  # 是全区青稞主产区: the region's own main producer of 青稞
        if m.start() - a < 2 or _NOT_A_PRODUCT.search(text[a:m.start()]):
            continue
        item = _industry_at(sentence, text, a, m.start(), mentions, make, new)
        if item is None:
            continue
        gap = 1 if text[opening - 1:opening] in ("等", "是") else 0  # 湄潭、凤冈等茶叶主产县; 日喀则市、山南市是…主产区
        places = joined([r for r in mentions if r.type == "Region" and r.end == opening - gap], text) if gap else []
        if places:
            listed = joined(sorted((r for r in mentions if r.type == "Region" and r.end <= places[-1].end), key=lambda r: r.start), text)
            out.extend((r, "hasPriorityIndustry", item, False) for r in listed)
    return new, out


_CHIEF_PRODUCTS = literals.Cued(rf"以((?:[{C}]{{2,8}}?、)*[{C}]{{2,8}}?(?:(?:和|及|与)[{C}]{{2,8}}?)?)为"
                                r"(?:(?:主要|主导|核心|拳头|特色|代表|支柱|优势|首位)(?:产品|产业)|产品|特色(?![^,，;；。]{0,6}的)|主(?=[,，;；。])|主导(?=[,，;；。]))", "以", "为")


def chief_products(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``纽科伦起重机有限公司则以欧式起重机和电动葫芦为主要产品``: a firm's products are its industries, a place's
    (or the places of a cluster named by them: 费县木业产业集群以胶合板、生态板为主导产品) the ones it develops."""
    from kg.extract.gazetteer import gazetteer

    new, out = [], []
    for m in _CHIEF_PRODUCTS.finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in ",;。，；") + 1
        before = [x for x in mentions if clause <= x.start and x.end <= m.start() and x.type in ("Firm", "Region", "Cluster")]
        if not before:
            continue
        holder = before[-1]
        holders = [holder]
        if holder.type == "Cluster":
            places = [r for r in gazetteer().find(sentence, holder.surface) if r.level in ("province", "city", "county")]
            holders = [Mention(sentence, holder.start + r.start, holder.start + r.end, r.surface, "Region", r.key, r.label, r.level)
                       for r in places[-1:]]
        items = _items(text, m.start(1), m.end(1))
        if any(_NO_GOODS.search(text[a:b]) for a, b in items):
            continue  # 兰炭企业以民营为主, 以原煤外运为主: who owns the firms, how the goods are sold
        for a, b in items:
            item = _industry_at(sentence, text, a, b, mentions, make, new)
            if item is not None:
                out.extend((h, "inIndustry" if h.type == "Firm" else "hasPriorityIndustry", item, False) for h in holders)
    return new, out


_NO_GOODS = re.compile(r"^(?:民营|国有|国营|外资|私营|集体|合资|独资|个体)$|(?:外运|外销|出口|内销|销售)$")


# 是全国著名的休闲服装生产和集散地, 已发展成为全国最大的运动鞋生产基地 (not 是国家重要的能源基地: the gold reads no priority)
_BASE_ITEM = rf"(?:(?!生产|制造|加工|种植|养殖|研发|繁育|集散|出口|销售)[{C}]){{2,8}}?"
_PRODUCTION_BASE = literals.Cued(rf"(?:是|成为)[^,，;；。]{{0,8}}?的((?:{_BASE_ITEM}[和及与、])*{_BASE_ITEM})"
                                 r"(?:生产|制造|加工|种植|养殖)(?:[和及与、](?:集散|出口|销售|研发|贸易|加工|制造|生产))*(?:基地|地|中心)",
                                 ("是", "成为"), ("生产", "制造", "加工", "种植", "养殖"))  # most sentences hold 是, few a making word


def production_bases(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``石狮市是全国著名的休闲服装生产和集散地``, ``福安市是全国重要的中小型电机生产和出口基地``: what a place (or a
    firm) is a base for making is its industry; a clause that opens on 是 goes on from the place before it."""
    from kg.extract.relations import heads, subject_region

    new, out = [], []
    for m in _PRODUCTION_BASE.finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in ",;。，；") + 1
        before = [x for x in mentions if x.end <= m.start() and x.type in ("Firm", "Region") and x.level != "country"]
        if not before:
            continue
        if _ADVERBS_ONLY.fullmatch(text[clause:m.start()].strip()) is None:
            holders = [x for x in before if x.start >= clause][-1:]  # 石狮市是…: the clause's own
        elif before[-1].type == "Firm":
            holders = before[-1:]
        elif PLACES_COUNTED.fullmatch(text, before[-1].end, clause - 1):
            holders = joined([x for x in before if x.type == "Region"], text)  # 南通、泰州、扬州三市,是…: each place the count closes
        else:
            # ,是全国最大的钾肥生产基地, ,已成为…: the place the clause before is about (海西州位于青海省西部,是…; 同属泉州的
            # 石狮市,是…), else the sentence's (在宁德,福安市…,2010年产值达到156亿元,是…)
            previous = max(text.rfind(c, 0, clause - 1) for c in ",;。，；") + 1
            # (not a neighbour: 神木市…,东与府谷县接壤,是全国重要的煤炭和兰炭生产基地)
            regions = [x for x in before if x.type == "Region" and not text.endswith(("与", "同", "跟"), 0, x.start)]
            place = subject_region(heads([x for x in regions if x.start >= previous] or regions, text))
            holders = [place] if place is not None else []
        if not holders:
            continue
        for a, b in _items(text, m.start(1), m.end(1)):
            if _NOT_A_PRODUCT.search(text[a:b]) or _BASE_KIND.fullmatch(text[a:b]):
                continue  # 是公司在东南亚的重要生产基地: how much the base counts, not what it makes
            item = _industry_at(sentence, text, a, b, mentions, make, new)
            if item is not None:
                out.extend((h, "inIndustry" if h.type == "Firm" else "hasPriorityIndustry", item, False) for h in holders)
    return new, out


_ADVERBS_ONLY = re.compile(r"(?:如今|现在|现|目前|已经|已|也|正在|正|逐步|逐渐|发展|已发展)*")
_BASE_KIND = re.compile(r"(?:重要|主要|最大|重点|核心|综合|大型|新型|现代化|规模化|区域性|全国性|海外|国内|全球|国家级|省级|示范|试点|战略|"
                        r"教育|培训|实训|研发|孵化|创新|爱国主义|转移|承接|出口)+")


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_IN_FIELD = literals.Cued(rf"在((?:[{C}A-Za-z0-9]{{2,12}}?[、和及与])*[{C}A-Za-z0-9]{{2,12}}?)等?领域", "领域")
_NO_FIELD = re.compile(r"这|该|此|其|相关|多个|各|重点|关键|前沿|细分|上述|其他|诸多|众多|不同|专业|技术|行业|产业|新兴|传统|多|本")
_GOES_ON_WITH = re.compile(rf"\s*{lx.WITH_PARTNER}")


def fields_worked(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``陕汽集团加快…转型,与法士特在新能源变速器领域开展联合攻关``: the firms of the clause, and the partner a clause
    opening on 与 goes on from, work in the field."""
    new, out = [], []
    for m in _IN_FIELD.finditer(text):
        clause = max(text.rfind(c, 0, m.start()) for c in ",;。，；") + 1
        if _GOES_ON_WITH.match(text, clause):
            clause = max(text.rfind(c, 0, clause - 1) for c in ",;。，；") + 1
        firms = [f for f in mentions if f.type == "Firm" and clause <= f.start and f.end <= m.start()]
        if not firms:
            continue
        for a, b in _items(text, m.start(1), m.end(1)):
            if _NO_FIELD.search(text[a:b]) or _NOT_A_PRODUCT.search(text[a:b]) or b - a > 8:
                continue  # 在这一领域; 在治疗二型糖尿病化药领域: a use described, not a trade named
            item = _industry_at(sentence, text, a, b, mentions, make, new)
            if item is not None:
                out.extend((f, "inIndustry", item, False) for f in firms)
    return new, out


# 以木制品加工为主导,汉服、农副产品加工为两翼: the leading industry and its wings, the place's
_WINGS = literals.Cued(rf"以([{C}]{{2,12}}?)为(?:主导|主体|龙头|核心|引领)[,，]((?:[{C}]{{2,10}}?[、和及与])*[{C}]{{2,10}}?)"
                       r"为(?:两翼|双翼|两轮|两辅|辅助|补充|支撑)", "为")


def wings(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``曹县坚持…思路,以木制品加工为主导,汉服、农副产品加工为两翼``: the place the sentence opens with develops the
    leading industry and each of its wings."""
    from kg.extract.relations import OPENING_WORDS, subject_region

    new, out = [], []
    for m in _WINGS.finditer(text):
        regions = sorted((r for r in mentions if r.type == "Region" and r.end <= m.start() and r.level != "country"),
                         key=lambda r: r.start)
        opening = [r for r in regions if OPENING_WORDS.fullmatch(text, clause_start(text, r.start), r.start)]
        place = subject_region([r for r in regions if r.start >= opening[0].start]) if opening else None
        if place is None:
            continue
        spans = [m.span(1)] + _items(text, *m.span(2))
        if any(_opens_clause(text[a:b]) or text[a:b].endswith(("经济", "集群")) for a, b in spans):
            continue  # 以民营经济为主体,以特色产业集群为支撑: the shape of an economy, not its industries
        for a, b in spans:
            item = _industry_at(sentence, text, a, b, mentions, make, new)
            if item is not None:
                out.append((place, "hasPriorityIndustry", item, False))
    return new, out


def place_lines(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``> 大武口区:稀有金属材料、装备制造、数字经济。`` (a plan's box of its districts' priorities): the place a line
    opens with, then a colon, develops each industry listed after it."""
    new, out = [], []
    line = _PLACE_LINE.fullmatch(text)
    place = next((r for r in mentions if r.type == "Region" and line and r.start == line.start(1) and r.end == line.end(1)), None)
    if place is None or any(m.start >= line.start(2) for m in mentions if m.type in ("Region", "Firm", "Organization")):
        return new, out  # 地址:河北省沧州市…: an address, no list of industries
    spans = _items(text, *line.span(2))
    if len(spans) < 2 or any(not 2 <= b - a <= 10 or _opens_clause(text[a:b]) for a, b in spans):
        return new, out
    for a, b in spans:
        item = _industry_at(sentence, text, a, b, mentions, make, new)
        if item is not None:
            out.append((place, "hasPriorityIndustry", item, False))
    return new, out


_PLACE_LINE = re.compile(rf"\s*(?:>\s*)?([{C}]{{2,10}}?)[:：]\s*((?:[{C}]{{2,10}}?、)+[{C}]{{2,10}}?)[。;]?\s*")


# 重点发展A、B和C; 支持通化市、白山市发展A和B: what is to be developed, named with no 产业 after it
_DEVELOP = literals.Cued(r"(?:重点|大力|积极|加快|着力|优先|集中|培育)发展|发展壮大|培育壮大|做大做强|做强做优|(?<=等地)发展"
                         # 围绕造雪机、压雪车、索道等场地装备开展招商: the kind the list ends on says what the items are
                         r"|(围绕|聚焦)", ("发展", "围绕", "聚焦"))
_DEVELOP_PLAIN = re.compile("发展")
# (…等关键零部件: parts of a trade, the kind the list ends on)
_DEVELOPED_CLASS = re.compile(rf"等([{C}]{{2,8}}?(?:装备|设备|材料|业态|板块|零部件|部件)?)(?:(?:产业|行业|领域|产品|制品)(?![链园区集基])|(?<=[备料态块件])(?![{C}])"
                              rf"|(?<=[备料])(?=[开推加实建引发]))")
_COUNTED_KIND = re.compile(rf"[两二三四五六七八九十]大[{C}]{{0,8}}?(?:产业|行业|领域|板块|集群)$")
_KIND_OF_INDUSTRY = re.compile(rf"(?:{'|'.join(lx.INDUSTRY_KIND_WORDS + ('未来', '高新技术'))})+")  # 等未来产业 too
_LATIN_ALIAS = re.compile(r"[(（]([A-Za-z][A-Za-z0-9-]{1,9})[)）]$")  # 电动垂直起降航空器（eVTOL）
# 以蔬菜、水果为主的高原特色农业: what the item is made of, said before it
_MADE_OF = re.compile(rf"以[^,，;；。:：]{{1,16}}?为(?:主|主题|特色|代表|核心|重点|主体)的")
_NOT_DEVELOPED = re.compile(r"企业|项目|平台|园区|基地|集群|体系|能力|水平|机制|模式|主体|环境|载体|品牌|市场|示范|城市|人才|资金|链|"
                            r"生态|集聚|布局|空间|格局|优势|规模|质量|效益|工程(?!机械|塑料|材料)|行动|战略|领域|方向|业务|总部|中心|团队|合作|能级|生产力|动能|活力|"
                            rf"^(?:{'|'.join(lx.INDUSTRY_KIND_WORDS)}|未来)*(?:产业|行业)$|"
                            r"[的了为是在对将把向从已]|正在|具有|具备|拥有|成为|^(?:推动|推进|促进|提升|加强|建设|打造|实施|完善|构建|培育|引进|开展|加快|支持|鼓励|"
                            r"引导|实现|形成|壮大|做强|做大|做优|提高|扩大|坚持|深化|拓展|探索|强化|优化|发挥|推广|创建|争创)")
_MADE_WHOLE = re.compile(r"(?:整机|整车)?制造$")


_SUPPORTED_PLACE = re.compile(r"(?:支持|鼓励|推动|引导)")
_BUILDING_ON = re.compile(r"(?:依托|利用|立足|围绕)[^,，;；。]{2,20}")


def _supported_place(text: str, verb: int, mentions: list[Mention]) -> bool:
    """支持儋州市依托洋浦经济开发区发展A和B: a clause supporting a place, and what it builds on, before 发展."""
    cs = clause_start(text, verb)
    support = _SUPPORTED_PLACE.match(text, cs)
    place = support and next((r for r in mentions if r.type == "Region" and r.start == support.end()), None)
    return bool(place) and (place.end == verb or _BUILDING_ON.fullmatch(text, place.end, verb) is not None)


def _subject_industry(sentence: int, text: str, verb: int, mentions: list[Mention], make: Maker, new: list[Mention]) -> Mention | None:
    """The kind of goods or industry a sentence opens with, when the verb develops within it (智能电网装备重点发展…, 农机装备以
    常州东风农机集团有限公司为骨干，发展…), and no place or firm comes first."""
    from kg.extract.reference import lexicon
    from kg.extract.relations import OPENING_WORDS

    # 电子信息产业重点发展A、B;新材料产业重点发展C: each clause after a semicolon opens on its own subject
    begin = max(text.rfind(";", 0, verb), text.rfind("；", 0, verb)) + 1
    opening = _TASK_OPENING.match(text, OPENING_WORDS.match(text, begin).end())  # 二是做强锂电材料，重点发展…
    m = _SUBJECT.fullmatch(text, opening.end(), verb)
    firms = [f for f in mentions if f.type == "Firm"]
    # 生物医药产业以岳阳经济技术开发区为载体: the zone the industry rests on is no subject of its own
    resting = m.span(2) if m is not None and m.group(2) else (verb, verb)
    if m is None or any(r.type in ("Region", "Organization") and begin <= r.start < verb and not resting[0] <= r.start < resting[1]
                        and not any(f.start <= r.start and r.end <= f.end for f in firms) for r in mentions):
        return None
    a, b = m.span(1)
    word = text[a:b]
    if not (word in lexicon().industries or word.endswith(_GOODS_ENDINGS)) or _opens_clause(word) or "的" in word:
        return None
    read = next((x for x in mentions if x.type == "Industry" and x.start == a and b <= x.end <= verb), None)  # 电子信息产业
    return read or _industry_at(sentence, text, a, b, mentions, make, new)


_SUBJECT = re.compile(rf"([{C}]{{2,10}}?)(?:产业|行业)?(?:方面|领域)?[，,]?(以[^，,。；;]{{2,60}}?为(?:龙头|骨干|核心|引领|主体|支撑|载体)[，,])?")
_GOODS_ENDINGS = ("装备", "设备", "材料", "制品", "产品")
_TASK_OPENING = re.compile(r"(?:[一二三四五六七八九十]是|首先|其次|再次|最后)?[，,]?(?:做强|做大|做优|壮大|提升|培育|打造|强化|发展)?")
_GENERIC_KINDS = ("关键", "核心", "主要", "重要", "相关", "基础")


_DEVELOPS_PREDICATE = {"Firm": "inIndustry", "Region": "hasPriorityIndustry"}


def developed(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``海西州重点发展钾肥、碳酸锂等盐湖化工产品``, ``支持六安、安庆、黄山等地发展低空文旅``: what a place is to develop
    is an industry even with no 产业 after it, and the place's (the places of the clause, else the one the sentence opens
    with); the items before 等X are part of X."""
    from kg.extract.relations import OPENING_WORDS, subject_region

    new, out = [], []
    cues = list(_DEVELOP.finditer(text)) + [m for m in _DEVELOP_PLAIN.finditer(text)
                                            if any(r.type == "Region" and r.end == m.start() for r in mentions)
                                            or _supported_place(text, m.start(), mentions)]
    for verb in cues:
        stop = min([i for i in (text.find(c, verb.end()) for c in ",;。，；:：") if i != -1] or [len(text)])
        segment = _MADE_OF.sub(lambda m: " " * len(m.group()), text[verb.end():stop])
        counted = _COUNTED_KIND.search(segment)
        if counted:
            segment = segment[:counted.start()]  # A、B、C三大主导产业: the count of a kind the list readers take
        deng = segment.find("等")
        whole = None
        if deng != -1:
            cls = _DEVELOPED_CLASS.match(segment, deng)
            if cls is None:
                continue  # 发展A、B等企业 / 等项目: no industries listed
            # 等传统优势产业, 等新兴产业, 等服务业态: the kind of industry the items are, no industry of its own
            if not _KIND_OF_INDUSTRY.fullmatch(cls.group(1)) and not cls.group(1).endswith("业态") \
                    and not cls.group(1).startswith(_GENERIC_KINDS):  # 等关键材料: the role the items play, no industry
                whole = (verb.end() + cls.start(1), verb.end() + cls.end(1))
            segment = segment[:deng]
        if verb.group(0) in ("围绕", "聚焦") and whole is None \
                and not (verb.group(0) == "聚焦" and any(r.type == "Region" and r.end == verb.start() for r in mentions)):
            continue  # 围绕 with no kind after the list: what a plan turns around, not what it develops (长沙县聚焦A和B: the place's)
        spans, aliases = [], {}
        for a, b in _items(segment, 0, len(segment)):
            a += len(segment[a:b]) - len(segment[a:b].lstrip())
            alias = _LATIN_ALIAS.search(segment, a, b)
            if alias:
                aliases[verb.end() + a] = (verb.end() + alias.start(1), verb.end() + alias.end(1))
                b = alias.start()
            cut = _MADE_WHOLE.search(segment, a, b)
            if cut and cut.start() - a >= 3 and segment[a:b] not in lx.INDUSTRY_CLASSES:
                b = cut.start()  # 通用航空器整机制造: the aircraft
            if not 2 <= b - a <= 12 or _NOT_DEVELOPED.search(segment[a:b]) or " " in segment[a:b]:
                spans = []
                break
            spans.append((verb.end() + a, verb.end() + b))
        if not spans or len(spans) == 1 and deng == -1 and (stop - spans[0][1] > 0 or clause_words(text[spans[0][0]:spans[0][1]])):
            continue  # 贵州发展大数据起步甚早: a clause goes on after the verb, no industry named alone
        clause = clause_start(text, verb.start())
        regions = [r for r in mentions if r.type == "Region" and clause <= r.start and r.end <= verb.start() and r.level != "country"]
        holders = joined(regions, text) if regions and regions[-1].end >= verb.start() - 2 else ([subject_region(regions)] if regions else [])
        firm = next((f for f in reversed(mentions) if f.type == "Firm" and clause <= f.start and f.end <= verb.start()
                     and all(r.end <= f.start for r in regions)), None)
        if firm is not None:
            holders = [firm]  # 位于拉萨的西藏甘露藏药股份有限公司则重点发展A和B: the firm develops them, not its place
        if not holders and not text[clause:verb.start()].strip():
            # 支持合肥、芜湖打造低空经济核心区，重点发展A: the places of the clause before, which this one goes on from
            before = clause_start(text, clause - 1)
            holders = joined([r for r in mentions if r.type == "Region" and before <= r.start and r.end < clause and r.level != "country"], text)
        if not holders:
            opening = min((r for r in mentions if r.type == "Region" and r.end <= clause and r.level != "country"),
                          key=lambda r: r.start, default=None)
            if opening is not None and OPENING_WORDS.fullmatch(text, 0, opening.start):
                holders = [opening]
        # 智能电网装备重点发展A、B和C; 轨道交通装备以中车…为龙头，重点发展A: the industry the sentence opens with is made of them
        subject = _subject_industry(sentence, text, verb.start(), mentions, make, new) if whole is None and firm is None else None
        if subject is not None:
            holders = []  # the firms it leads with (以中车…为龙头) are in it by kg.extract.relations.led_by
        if not holders and subject is None:
            holders = _plan_place(sentence, text, mentions, verb.start())
        cls_item = subject
        if whole is not None:
            # 鼓励发展游艇配套产业,重点发展A、B等配套产品: the class the sentence named in full before
            cls_item = next((m for m in mentions if m.type == "Industry" and m.end <= verb.start()
                             and m.label.endswith(text[whole[0]:whole[1]]) and len(m.label) > whole[1] - whole[0]), None) \
                or _industry_at(sentence, text, whole[0], whole[1], mentions, make, new)
        for a, b in spans:
            item = _industry_at(sentence, text, a, b, mentions, make, new)
            if item is None:
                continue
            if a in aliases:
                x, y = aliases[a]
                new.append(Mention(sentence, x, y, text[x:y], "Industry", item.key, item.label))
            out.extend((h, _DEVELOPS_PREDICATE[h.type], item, False) for h in holders)
            if cls_item is not None:
                out.append((item, "partOf", cls_item, False))
        if cls_item is not None:
            out.extend((h, _DEVELOPS_PREDICATE[h.type], cls_item, False) for h in holders)
    return new, out


_PLAN_SAYS = re.compile(r"》?(?:提出|明确|要求|指出|强调|部署)[,，:：]?\s*$")


def _plan_place(sentence: int, text: str, mentions: list[Mention], verb: int) -> list[Mention]:
    """《西藏自治区…规划纲要》提出,重点发展A、B: the place a plan's title opens with develops what the plan lists."""
    from kg.extract.relations import opening_address

    plan = next((p for p in sorted(mentions, key=lambda m: -m.end) if p.type == "Policy" and p.end <= verb), None)
    if plan is None or _PLAN_SAYS.match(text, plan.end, verb) is None:
        return []
    place = opening_address(sentence, plan.label)
    return [] if place is None else [Mention(sentence, plan.start, plan.start, place.surface, "Region", place.key, place.label, place.level)]


_DASHED_CHAIN = literals.Cued(rf"“([{C}]{{2,8}}(?:[—－→-]+[{C}]{{2,8}}){{2,}})”的?(?:完整|全|整条|完善)?(?:的)?产业链", "产业链")
_DASH = re.compile(r"[—－→-]+")


def dashed_chain(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """``平果已形成“铝土矿—氧化铝—电解铝—铝精深加工”完整产业链``: each stage is an industry of the place."""
    from kg.extract.relations import OPENING_WORDS, subject_region

    new, out = [], []
    for m in _DASHED_CHAIN.finditer(text):
        clause = clause_start(text, m.start())
        regions = [r for r in mentions if r.type == "Region" and r.end <= m.start() and r.level != "country"]
        here = [r for r in regions if r.start >= clause]
        opening = regions[0] if regions and OPENING_WORDS.fullmatch(text, 0, regions[0].start) else None
        holder = subject_region(here) if here else opening
        pos = m.start(1)
        for stage in _DASH.split(m.group(1)):
            a = text.index(stage, pos)
            pos = a + len(stage)
            item = _industry_at(sentence, text, a, pos, mentions, make, new)
            if item is not None and holder is not None:
                out.append((holder, "hasPriorityIndustry", item, False))
    return new, out


def capacities(sentence: int, text: str, mentions: list[Mention], make: Maker) -> tuple[list[Mention], list[Triple]]:
    """What a firm expands or builds capacity for, or is a maker of, is its industry: ``支持宜宾锂宝新材料有限公司扩大三元
    正极材料产能``, ``建设年产2.5万吨电池级氢氧化锂项目``, ``恒安集团是国内最大的卫生用品生产企业之一``."""
    new, out = [], []
    for m in _CAPACITY.finditer(text):
        g = next(i for i in range(1, _CAPACITY.groups + 1) if m.group(i))
        # the firm shortly before, a bracket after its name not counted (…有限公司（以下简称“三一重工”，股票代码600031）是…)
        # …, not a partner: 佛吉亚与沃尔沃汽车签订…协议,将在大庆高新区建设汽车座椅生产基地 is 佛吉亚's (sentence_firm)
        firms = [f for f in mentions if f.type == "Firm" and f.end <= m.start() and len(_BRACKETED.sub("", text[f.end:m.start()])) <= 12
                 and not text.endswith(("与", "同", "和"), 0, f.start)] or sentence_firm(text, mentions, m.start())
        if not firms or _NOT_A_PRODUCT.search(m.group(g)) or g >= 7 and _NOT_MADE.search(m.group(g)):  # a project's or 集…于一体
            continue
        if g == 9 and re.search(r"(?:一体化|开发|利用|产业|示范)$", m.group(g)):
            continue  # 硅基新材料产业一体化项目, 一里坪锂资源开发项目: what the project does, not what it makes
        # 支持A、B扩大动力电池和储能电池产能: each firm of the list that ends right before
        before = sorted((f for f in mentions if f.type == "Firm" and f.end <= firms[-1].end), key=lambda f: f.start) if firms else []
        makers = joined(before, text) if g == 1 and before and before[-1] is firms[-1] else firms[-1:]
        for a, b in _items(text, *m.span(g)) if g in (1, 3, 6, 9, 13) else [m.span(g)]:
            after = _AFTER_EVENT.match(text, a, b) or _TIME_OPENING.match(text, a, b)
            a = after.end() if after and b - after.end() >= 2 else a  # 环保搬迁后钢材年产能: 钢材; 全年造船完工量: 造船
            manner = _MANNER.search(text, a, b)
            b = manner.start() if manner and manner.start() - a >= 2 else b  # 低压电器智能制造基地: 智能 is how it is made
            # 日用陶瓷行业: the industry read with its 行业, or one made of the words
            item = next((x for x in mentions if x.type == "Industry" and x.start == a and x.end in (b, b + 2)), None) \
                or _industry_at(sentence, text, a, b, mentions, make, new)
            if item is not None:
                out.extend((f, "inIndustry", item, False) for f in makers)
    for m in _MAKER_OF.finditer(text):
        # 省城太原的风电整机制造商太原重工股份有限公司: what the firm named right after its class makes
        firm = next((f for f in mentions if f.type == "Firm" and f.start == m.end()), None)
        if firm is not None and not _NOT_A_PRODUCT.search(m.group(1)):
            item = _industry_at(sentence, text, *m.span(1), mentions, make, new)
            if item is not None:
                out.append((firm, "inIndustry", item, False))
    for m in _BUSINESS.finditer(text):
        # 特变电工的光伏逆变器、新能源电站建设运营业务: the lines of business a firm's name opens
        firm = next((f for f in mentions if f.type == "Firm" and f.end == m.start()), None)
        if firm is None:
            continue
        for a, b in _items(text, m.start(1), m.end(1)):
            scope = _SCOPE.match(text, a, b)
            a = scope.end() if scope and b - scope.end() >= 2 else a  # 全球通用名药业务: the drugs, not where they sell
            item = _industry_at(sentence, text, a, b, mentions, make, new) \
                if not _NOT_A_PRODUCT.search(text[a:b]) and text[a:b] not in ("主营", "主要", "核心") else None  # 的主营业务为…
            if item is not None:
                out.append((firm, "inIndustry", item, False))
    for m in [*_FIELDS.finditer(text), *_FIELDS_BEFORE.finditer(text)]:
        # 长安汽车深耕新能源汽车领域, 赛力斯布局新能源汽车、智能网联汽车等领域: the fields a firm works in
        firms = [f for f in mentions if f.type == "Firm" and f.end <= m.start() and m.start() - f.end <= 12]
        if not firms and re.match(r"(?:该)?(?:集团|公司)", text[clause_start(text, m.start()):]):
            # …寺河瓦斯发电厂;集团还在压缩天然气、液化天然气等领域加快布局: the firm the sentence named before
            firms = [f for f in mentions if f.type == "Firm" and f.end <= m.start()][-1:]
        elif not firms and text.startswith(("业务", "产品"), m.start()):
            # 欣旺达总部位于深圳,…,业务涵盖A、B等领域: the business of the firm the sentence opens with
            firms = [f for f in mentions if f.type == "Firm" and f.start <= 2][:1]
        elif firms and any(r.type == "Region" and firms[-1].end <= r.start < m.start() for r in mentions):
            continue
        if not firms:
            continue
        out.extend((firms[-1], "inIndustry", item, False) for item in _industries_listed(sentence, text, *m.span(1), mentions, make, new))
    return new, out


def _industries_listed(sentence: int, text: str, start: int, end: int, mentions: list[Mention], make: Maker,
                       new: list[Mention]) -> list[Mention]:
    """The industry each item of the list ``text[start:end]`` names (kg.extract.enumerations._industry_at), none for a
    site, a project or a scale (_NOT_A_PRODUCT)."""
    found = (_industry_at(sentence, text, a, b, mentions, make, new) for a, b in _items(text, start, end)
             if not _NOT_A_PRODUCT.search(text[a:b]))
    return [item for item in found if item is not None]


def _industry_at(sentence: int, text: str, a: int, b: int, mentions: list[Mention], make: Maker,
                 new: list[Mention]) -> Mention | None:
    """The industry read at ``text[a:b]``, or a new one made there (and added to ``new``); none where another
    mention overlaps the span, unless it is an industry word inside it (汽车 of 汽车安全气囊, which the new one replaces)."""
    item = next((m for m in mentions if m.type == "Industry" and m.start == a and m.end == b), None)
    if item is None and not any(m.start < b and a < m.end and not (m.type == "Industry" and a <= m.start and m.end <= b)
                                for m in mentions):
        item = make(sentence, a, b, text[a:b])
        new.append(item)
    return item


_CAPACITY = re.compile(rf"(?:扩大|提升|扩充|新增)([{C}]{{2,10}}?)产能"
                       # 中国二重在德阳建有大型铸锻件生产基地, 宏华集团在成都生产陆地石油钻机: where it makes what
                       # …在泰达建成全球最大的胰岛素生产基地之一: a description of the base may come before its product
                       rf"|在[{C}]{{2,8}}?(?:建有|建成|拥有)(?:[^,，;；。的]{{0,8}}的)?([{C}]{{2,10}}?)(?:生产|制造|加工)基地"
                       rf"|在[{C}]{{2,8}}?(?:生产|制造|研发|研制)((?:[{C}]{{2,10}}?[和及与、])*[{C}]{{2,10}}?)(?=[,;。]|$)"
                       rf"|(?:建设|新建|投资建设|扩建|投建|(?<=公司)|(?<=集团))的?年产(?:能)?[0-9.]+[万亿]?(?:吨|台|套|辆|件|片|只|GWh|吉瓦时|GW|MW|吉瓦|兆瓦|千瓦|平方米|颗|块|支|瓶)([{C}]{{2,12}}?)项目"
                       rf"|(?:最大|领先|知名|主要|重要|骨干|龙头)的([{C}]{{2,8}}?)(?:生产企业|制造企业|生产商|制造商|供应商)"
                       # 是全球锂离子电池领域的领军企业之一: the field a firm leads
                       # 许继集团有限公司是我国电力系统自动化和继电保护领域的骨干企业: each field
                       rf"|是[^,，;；。]{{0,4}}?(?:全球|全国|国内|世界|行业|我国|中国|国际|全省|省内)?([{C}]{{2,16}}?)(?:领域|行业)的(?:领军|龙头|骨干|知名|领先|头部|上市|重点|代表性?)企业"
                       # 立讯精密投资15亿元建设消费电子精密结构件项目: what the project a firm invests in makes
                       rf"|(?:投资|出资)[0-9.]+[万亿]元(?:建设|新建|扩建|投建|布局)([{C}]{{2,10}}?)项目"
                       # 卫华集团是一家集起重机研发、制造、安装于一体的企业: what it does all of
                       rf"|集([{C}]{{2,10}}?)(?:的)?(?:研发|设计|生产|制造|研制|加工)[^,，;；。于]{{0,16}}于一体"
                       # 云南锡业股份有限公司在个旧特色工业园区建设的锡化工及锡材深加工项目: what the firm's project there makes
                       rf"|在[{C}]{{2,12}}?(?:建设|新建|投资建设|投建|扩建)的((?:[{C}]{{2,10}}?(?:和|及|与))?[{C}]{{2,10}}?)项目"
                       # 青海盐湖比亚迪资源开发有限公司电池级碳酸锂年产能达到3万吨: the capacity a firm has for a product
                       # …公司光纤预制棒全球市场占有率超过20%: the share of the market a firm has for a product
                       rf"|(?<=公司|集团)(?!有限|股份|公司)(?:[(（][0-9A-Za-z.]{{4,12}}[)）])?[,，:：]?(?!在)([{C}]{{2,10}}?)(?:年|总|设计)?"
                       rf"(?:产能|产量|完工量|订单|销量|出货量|交付量|(?:全球|国际|国内|全国)?市场(?:占有率|份额))"
                       # 天岳先进…是国内碳化硅半导体衬底材料的主要供应商: what it supplies; 大全能源在石河子的多晶硅年产能
                       rf"|是(?:国内|全国|全球|世界|国际|行业内?)?([{C}]{{2,12}}?)的(?:主要|重要|最大|领先|知名|骨干|龙头|核心)?"
                       rf"(?:生产商|制造商|供应商|生产企业|制造企业)"
                       rf"|在[{C}]{{2,8}}?的([{C}]{{2,10}}?)年?(?:产能|产量)"
                       # 将在富拉尔基区投资50亿元建设核电装备和石化容器生产基地: what the base it builds there makes (13)
                       rf"|在[{C}]{{2,8}}?(?:投资[0-9.]+[万亿]?元)?(?:建设|新建|兴建|扩建)((?:[{C}]{{2,10}}?[和及与、])*[{C}]{{2,10}}?)"
                       rf"(?:生产|制造|加工|研发)基地"
                       # 沙钢集团是全国最大的民营钢铁企业: the trade of the firm it is said to lead (14)
                       rf"|是[^,，;；。]{{0,12}}?(?:最大|领先|知名|重要|骨干|龙头)的(?:民营|国有|外资|合资|上市)?((?:(?!生产|制造)[{C}]){{2,8}}?)"
                       rf"(?:企业|公司)"
                       # 玉门油田全年生产原油40.2万吨: what the firm turned out that year (15)
                       rf"|(?:全年|当年|年内)(?:生产|产出)([{C}]{{2,8}}?)[0-9]"
                       # 海南逸盛石化有限公司签约PET瓶片扩建项目: what the project it signs makes (16)
                       rf"|签约(?:了)?([{C}A-Za-z]{{2,10}}?)(?:扩建|新建|技改|改扩建|扩能)项目"
                       # 宝丰能源在鄂尔多斯建设全球单厂规模最大的煤制烯烃项目: what the project it builds makes (17)
                       rf"|(?:建设|新建|投建|扩建)[^,，;；。的]{{0,12}}的([{C}]{{2,8}}?)项目"
                       # 楚天科技股份有限公司是国内制药装备龙头企业: the trade it leads, without 领域的 (18)
                       rf"|是(?:全球|全国|国内|世界|我国|中国|国际|全省|省内)([{C}]{{2,8}}?)(?:龙头|领军|骨干|头部)企业")
_MAKER_OF = re.compile(rf"(?:(?<=的)|(?<=[,，、:：]))([{C}]{{2,8}}?)(?:制造商|生产商|供应商|制造企业|生产企业)")
_MANNER = re.compile(r"(?:智能|绿色|数字化|智慧|先进)$")
_TIME_OPENING = re.compile(r"(?:全年|今年|去年|当年|上半年|下半年|前三季度|一季度|同期|累计)+")
_AFTER_EVENT = re.compile(rf"[{C}]{{2,8}}?(?:之后|以后|以来|后)")
_SCOPE = re.compile(r"全球|全国|国内|国际|海外|境内|境外")
_BUSINESS = literals.Cued(rf"的((?:[{C}]{{2,12}}?、)*[{C}]{{2,12}}?)等?业务", "业务")
# the fields a firm is said to work in
_FIELDS = literals.Cued(rf"(?:深耕|布局|进军|聚焦|专注|拓展|涉足|(?:业务|产品)(?:范围)?(?:涵盖|覆盖))((?:[{C}]{{2,10}}?(?:、|和|及|与))*[{C}]{{2,10}}?)等?(?:领域|赛道|行业)",
                        ("领域", "赛道", "行业"))
# 集团还在压缩天然气、液化天然气等领域加快布局: the fields named before the verb
_FIELDS_BEFORE = literals.Cued(rf"在((?:[{C}]{{2,10}}?(?:、|和|及|与))*[{C}]{{2,10}}?)等?领域(?:加快|积极|重点|全面|持续|提前)?(?:布局|发力|拓展|深耕)",
                               "领域")
_NOT_A_PRODUCT = re.compile(r"生产|项目|企业|规模|能力|产品|的|^基地$|^工厂$|^车间$")  # 在区内设有生产基地: a site, no product
# what a project builds that is no product: 总部项目, 研发中心项目, 二期项目, 技改项目
_NOT_MADE = re.compile(r"总部|研发|中心|基地|[一二三四五六七八九十]期|扩建|技改|改造|升级|工程|配套|厂房|仓储|办公|综合体|城|园|区|设施")


# 日产6200吨新型绿色智能化熟料生产线, 年产2000万吨绿色环保建材生产线: the product of a production line
_LIST_OPENER = re.compile(r"拥有|建成|建有|新建|投产|引进|包括")
_LINE = literals.Cued(r"(?:[年日月]产(?:能)?[0-9.]+[万亿]?(?:吨|t|件|台|套|辆|片|平方米|立方米)?|[0-9.]+(?:t|吨)/d|[0-9.]+(?:英寸|寸|纳米|微米))?"
                      rf"([{lx.CJK}]{{2,14}}?)(?:生产线|产线)", "产线")
_LINE_MODIFIER = re.compile(r"^.*(?:化|型|新型|现代|一流|先进|全自动)")


def _clause_before(words: str) -> bool:
    """技术人员正在调试生产线: words with a verb or an adverb in them are a clause about the line, not its product."""
    from kg.extract.segment import tagged

    return any(tag in ("v", "d", "p", "r", "t") for _, tag in tagged(words))


# 拥有不锈钢锅具、刀叉餐具等多条生产线: the products of the lines counted after a list
_LINES_LISTED = literals.Cued(rf"((?:[{C}]{{2,10}}、)*[{C}]{{2,10}})等(?:[0-9]+|多|几|数|十余|[一二两三四五六七八九十]+)条"
                              rf"(?:[{C}]{{0,6}}(?:生产线|产线))", "条")


def _opens_clause(words: str) -> bool:
    """新建A: a list item that opens with a verb or an adverb is a clause (不锈钢锅具 ends in a word the tagger calls a verb)."""
    from kg.extract.segment import tagged

    return tagged(words)[0][1] in ("v", "d", "p", "r", "t")


def product_lines(sentence: int, text: str, mentions: list[Mention], make: Maker) -> list[Mention]:
    """The products of the production lines a sentence names (``熟料生产线`` → 熟料), modifiers and capacity dropped."""
    out = []
    for m in _LINES_LISTED.finditer(text):
        spans = _items(text, *m.span(1))
        a, b = spans[0]
        opener = [o.end() for o in _LIST_OPENER.finditer(text, a, b) if b - o.end() >= 2]
        spans[0] = (opener[-1] if opener else a, b)  # 拥有A、B: the verb before the first item
        for a, b in spans:
            if b - a >= 2 and not _opens_clause(text[a:b]) and not any(x.start < b and a < x.end and x.type != "Industry" for x in mentions):
                out.append(next((x for x in mentions if x.type == "Industry" and (x.start, x.end) == (a, b)), None) or make(sentence, a, b, text[a:b]))
    for m in _LINE.finditer(text):
        a, b = m.span(1)
        word = text[a:b]
        cut = _LINE_MODIFIER.match(word)
        if cut and b - (a + cut.end()) >= 2:
            a += cut.end()
        a = max(a, max(text.rfind(c, a, b) for c in "的和及、与") + 1)
        if b - a < 2 or b - a > 8 or re.search(r"[0-9]|条|座|建设|项目|一期|二期|较|比", text[a:b]) or _clause_before(text[a:b]):
            continue
        item = next((x for x in mentions if x.type == "Industry" and x.start == a and x.end == b), None)
        if item is None and any(x.start < b and a < x.end and x.type != "Industry" for x in mentions):
            continue
        out.append(item or make(sentence, a, b, text[a:b]))
    return out
