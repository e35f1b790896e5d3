"""Relations between the mentions of one sentence, by the constructions the genre uses.

Each rule is a small function ``(sentence, mentions, ctx) -> [(subject, predicate, object, contextual)]``
over mentions; ``kg.extract.pipeline`` turns them into ``Relation`` records with evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract import lexicon as lx
from kg.extract.mentions import Mention

LEVEL_RANK = {"country": 0, "macro": 1, "province": 2, "city": 3, "county": 4, "town": 5, "village": 6}
Triple = tuple[Mention, str, Mention, bool]


@dataclass
class Context:
    focus: Mention | None = None  # the article's main region
    report: bool = False  # a government's work report: a clause with no subject is the focus's (聚焦…四大主导产业)
    ranking: Mention | None = None  # the honour list a ranking article is about (百强县): the places it ranks hold it
    firm_keys: set[str] = field(default_factory=set)
    region_codes: set[str] = field(default_factory=set)


def _of(mentions: list[Mention], *types: str) -> list[Mention]:
    return [m for m in mentions if m.type in types]


def subject_region(regions: list[Mention]) -> Mention | None:
    """The first region, unless it only prefixes its own child (``浙江省长兴县`` → 长兴县)."""
    if not regions:
        return None
    first = regions[0]
    for nxt in regions[1:]:
        if nxt.start == first.end and LEVEL_RANK.get(first.level or "", 9) < LEVEL_RANK.get(nxt.level or "", 9):
            first = nxt
        else:
            break
    return first


def chain_end(first: Mention, regions: list[Mention]) -> Mention:
    """The last place of the chain written from ``first`` on (安徽省合肥市 → 合肥市, 阳新县富池镇 → 富池镇)."""
    end = first
    for r in sorted(regions, key=lambda m: m.start):
        if r.start == end.end:
            end = r
    return end


def _clause_of(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in ",;。:") + 1
    ends = [i for i in (text.find(c, pos) for c in ",;。") if i != -1]
    return start, (min(ends) if ends else len(text))


def region_hierarchy(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``浙江省长兴县``, ``江苏宜兴``: a region written right before one of its own lower levels."""
    out = []
    regions = _of(mentions, "Region")
    for a, b in zip(regions, regions[1:]):
        if b.start == a.end and LEVEL_RANK.get(a.level or "", 9) < LEVEL_RANK.get(b.level or "", 9):
            out.append((b, "locatedIn", a, False))
    return out


def region_ancestry(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``佛山五区(禅城、南海…)``: a region named with one of its own ancestors is located in the nearest one named."""
    from kg.extract.gazetteer import gazetteer

    gaz = gazetteer()
    regions = [m for m in _of(mentions, "Region") if m.key.isdigit()]
    keys = {m.key: m for m in regions}
    out = []
    for m in regions:
        for code in gaz.ancestors(m.key):
            if code in keys:
                if keys[code].end != m.start:  # adjacent pairs are region_hierarchy's
                    out.append((m, "locatedIn", keys[code], False))
                break
    return out


def located(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``长兴县…地处长三角``, ``X位于Y``; names that start with a region (长兴国家大学科技园)."""
    out = []
    for verb in _SITED.finditer(text):
        cs, ce = _clause_of(text, verb.start())
        subjects = [m for m in _of(mentions, "Region", "Firm", "Organization") if m.end <= verb.start() and m.start >= max(0, cs - 40)]
        objects = [m for m in _of(mentions, "Region") if verb.end() <= m.start < ce]
        if subjects and objects:
            own = [m for m in subjects if m.start >= cs]  # …,奇瑞汽车股份有限公司总部位于芜湖: the clause's own subject
            # 向广汽埃安位于广州市番禺区之生产基地: the name right before the verb; else the clause's first, else the sentence's
            adjacent = [m for m in own if _RIGHT_BEFORE_SITE.fullmatch(text, m.end, verb.start())]
            opening = [m for m in _of(mentions, "Firm", "Organization", "Region") if OPENING_WORDS.fullmatch(text, 0, m.start)]
            subj = adjacent[-1] if adjacent else own[0] if own else opening[0] if opening and opening[0].end <= verb.start() else subjects[0]
            # 总部位于河北省保定市: each place of the address the verb opens
            address = listed_after(objects, text, ("",))
            if text[address[-1].end:address[-1].end + 1] in ("、", "等", "和"):
                continue  # 位于上海、杭州、南京等大城市的90分钟交通圈内: near a list of places, in none
            named_after = _SITED_BEFORE_NAME.match(text, address[-1].end)
            if named_after and any(m.start == named_after.end() and m.type in ("Firm", "Organization") for m in mentions):
                continue  # 浪潮集团与位于澄迈县老城镇的海南生态软件园签约: the place is the park's (sited_after)
            # 飞腾、麒麟、曙光等龙头企业均将总部设在滨海新区, 旗下A、B均位于德阳: each firm of the list the subject is in
            listed = (joined([m for m in own if m.end <= subj.end], text) if adjacent else listed_after(own, text)) \
                if subj.type == "Firm" and own else [subj]
            for one in (m for m in listed if m.type == subj.type):
                for obj in address if one.type != "Region" else address[:1]:
                    if one.type != "Region" or LEVEL_RANK.get(obj.level or "", 9) < LEVEL_RANK.get(one.level or "", 9):
                        out.append((one, "locatedIn", obj, False))
    return out


def located_before_name(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``位于江苏盐城市响水县生态化工园区的天嘉宜化工有限公司``: the firm or body after 的 lies in the lowest place
    named between 位于 and 的, a place inside a park's name included."""
    from kg.extract.gazetteer import gazetteer

    out = []
    for verb in re.finditer(r"位于|地处|坐落于|坐落在|设在", text):
        de = text.find("的", verb.end(), verb.end() + 40)
        named = next((m for m in _of(mentions, "Firm", "Organization", "Region") if de != -1 and m.start == de + 1), None)
        if named is None or re.search(r"[,;。]", text[verb.end():de]):
            continue
        places = [m for m in _of(mentions, "Region") if verb.end() <= m.start and m.end <= de]
        if named.type == "Region":
            # 位于我盟南部的多伦县: a place lies in a wider one
            places = [r for r in places if LEVEL_RANK.get(r.level or "", 9) < LEVEL_RANK.get(named.level or "", 9)]
        for org in (m for m in _of(mentions, "Organization") if verb.end() <= m.start and m.end <= de):
            places += [Mention(org.sentence, org.start + r.start, org.start + r.end, r.surface, "Region", r.key, r.label, r.level)
                       for r in gazetteer().find(org.sentence, org.surface) if r.level not in ("country", "macro")]
        if places:
            lowest = max(places, key=lambda r: (LEVEL_RANK.get(r.level or "", 0), r.start))
            out.append((named, "locatedIn", lowest, False))
    return out


def set_in(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``在沁水县端氏镇,中联煤层气有限责任公司的集输站…``, ``在晋城下辖的高平市,山西兰花…``: a sentence opening on a place
    sets the firm its next clause opens with there (each place of the chain; the place governed after 下辖的)."""
    opening = _SET_IN.match(text)
    firm = next((m for m in _of(mentions, "Firm") if m.start == opening.end()), None) if opening else None
    if firm is None:
        return []
    under = text.rfind("的", 0, opening.end())  # 晋城下辖的高平市: the place governed, not the one governing it
    places = sorted((m for m in _of(mentions, "Region") if max(1, under + 1) <= m.start and m.end <= opening.end()),
                    key=lambda m: m.start)
    words = text[max(1, under + 1):opening.end()]
    for r in places:
        words = words.replace(r.surface, "", 1)
    if not places or words.strip(",， ") != "":
        return []  # 在…的推动下, 在政策支持下: no place sets the firm
    return [(firm, "locatedIn", r, False) for r in places if r.level != "country"]


_SET_IN = re.compile(r"在[^,，;；。]{2,16}?[,，]\s*")


def governed(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``全盟所辖锡林浩特市、二连浩特市``: the places a place governs lie in it."""
    out = []
    regions = sorted(_of(mentions, "Region"), key=lambda m: m.start)
    for parent in regions:
        governs = _GOVERNS.match(text, parent.end)
        after = [r for r in regions if r.start >= parent.end] if governs else []
        if not after or after[0].start != governs.end():
            continue
        out.extend((r, "locatedIn", parent, False) for r in listed_after(after, text, _LIST_JOINTS)
                   if LEVEL_RANK.get(parent.level or "", 9) < LEVEL_RANK.get(r.level or "", 9))
    return out


_GOVERNS = re.compile(r"所辖的?|下辖的?|辖")


def named_after_region(entity: Mention, region: Mention) -> Triple:
    return (entity, "locatedIn", region, False)


def adjacency(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``北与江苏宜兴、西与安徽广德交界``: the subject borders each region named before 交界."""
    out = []
    for word in _ADJACENT.finditer(text):
        regions = [m for m in _of(mentions, "Region") if m.end <= word.start()]
        if len(regions) < 2:
            continue
        subject = regions[0]
        # the neighbours are named after 与 (北与江苏宜兴、西与安徽广德交界); a place before it is the subject's own
        # (锡林郭勒盟位于内蒙古自治区中部，北与蒙古国接壤: 内蒙古 holds it, and the neighbour is a country)
        partner = _NEIGHBOUR_WITH.search(text, subject.end, word.start())
        lowest = {}
        for m in regions[1:]:
            if m.key == subject.key or partner is not None and m.start < partner.end():
                continue
            lowest[m.key] = m
        parents = {a.key for a, b in zip(regions, regions[1:]) if b.start == a.end}
        for m in lowest.values():
            if m.key not in parents:
                out.append((subject, "adjacentTo", m, False))
    return out


def designations(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``长兴县逐步成长为全国…百强县、…``: the subject before a designation verb holds what follows it."""
    out = []
    verbs = list(_DESIGNATION_VERB.finditer(text))
    for n, verb in enumerate(verbs):
        if _SELECTED.match(text, verb.end()):
            continue  # 加大对入选企业的服务: the firms selected, not a subject entering a list
        nxt = verbs[n + 1].start() if n + 1 < len(verbs) else len(text)
        stop = text.find("。", verb.end())
        stop = min(nxt if nxt > verb.end() else len(text), stop if stop != -1 else len(text))
        # 宝鸡钛业入选A,宝鸡高新区新增B: a clause naming a new subject ends what the verb's subject holds
        turn = next((c.start() for c in re.finditer(r"[,;]", text[verb.end():stop]) if any(
            m.type in ("Region", "Firm", "Organization") and 0 <= m.start - (verb.end() + c.end()) <= 2 for m in mentions)), None)
        stop = verb.end() + turn if turn is not None else stop
        held = [m for m in _of(mentions, "Designation") if verb.end() <= m.start < stop + 1
                and not _AIMED_AT.search(text, max(0, m.start - 8), m.start)]
        if not held:
            continue
        clause = text.rfind(";", 0, verb.start()) + 1  # 福清市以A为龙头;南安市…被授予“中国水暖城”称号: 南安 holds it
        before = [m for m in _of(mentions, "Region", "Firm") if clause <= m.start and m.end <= verb.start()]
        cluster = next((c for c in reversed(_of(mentions, "Cluster")) if clause <= c.start and c.end <= verb.start()
                        and c.level != "tier"), None)
        if cluster is not None and not any(m.start >= cluster.end for m in before):
            # 河南省许昌市长葛市再生金属产业集群…被评为国家“城市矿产”示范基地: the place the cluster is named for holds it
            place = _named_place(cluster)
            before = [place] if place is not None else before
        # …射洪锂盐厂在这里起步,射洪由此被称为“中国锂电之乡”: a clause opening with a place or a firm is that one's
        opened = [c.end() for c in re.finditer(r",", text[clause:verb.start()]) if any(m.start == clause + c.end() for m in before)]
        if opened:
            before = [m for m in before if m.start >= clause + opened[-1]]
        if not before:
            continue
        holder = _nearest_subject(before, text, verb.start())
        if holder is not None and holder.type == "Region":
            holder = subject_region([m for m in before if m.type == "Region" and m.start >= holder.start])
        if holder is None:
            continue
        if holder.type == "Region" and any(m.type == "Firm" and holder.end <= m.start for m in before):
            continue
        if holder.type == "Region" and _COUNTED_FIRMS.search(text, holder.end, verb.start()):
            continue  # 余姚市3家企业入选…: the place's firms hold the title, not the place
        listed = sorted((m for m in before if m.type == holder.type and m.end <= holder.start), key=lambda m: m.end) + [holder]
        if holder.type == "Region":  # 大集镇丁楼村、张庄村均被评为…: the places listed with it, of its level
            listed = [r for r in listed if r.level == holder.level]
            after = sorted((r for r in before if r.type == "Region" and r.start > holder.start), key=lambda r: r.start)
            listed += listed_after([holder] + [r for r in after if r.level == holder.level], text, _LIST_JOINTS)[1:]
        for h in joined(listed, text):
            for d in held:
                out.append((h, "hasDesignation", d, False))
    return out


def opening_address(sentence: int, name: str) -> Mention | None:
    """The last place of the address ``name`` opens with (长葛市 of 河南省许昌市长葛市再生金属产业集群, 响水县 of
    江苏响水化工园区), its offsets in ``name``; none when the name opens with no province, city or county."""
    from kg.extract.gazetteer import gazetteer

    places = [r for r in gazetteer().find(sentence, name) if r.level in ("province", "city", "county")]
    return chain_end(places[0], places) if places and places[0].start == 0 else None


def _named_place(cluster: Mention) -> Mention | None:
    """The place a cluster's name opens with, where the sentence names it."""
    r = opening_address(cluster.sentence, cluster.surface)
    return replace(r, start=cluster.start + r.start, end=cluster.start + r.end) if r is not None else None


def listed_on(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``公布第八批制造业单项冠军企业名单,A、B、C3家企业榜上有名``: the firms listed before 榜上有名/上榜 hold the
    title whose list the sentence names before them."""
    out = []
    for cue in _ON_THE_LIST.finditer(text):
        cs, _ = _clause_of(text, cue.start())
        firms = sorted((m for m in _of(mentions, "Firm") if cs <= m.start and m.end <= cue.start()), key=lambda m: m.start)
        title = next((d for d in sorted(_of(mentions, "Designation"), key=lambda m: -m.start)
                      if d.end <= cs and text.startswith("名单", d.end)), None)
        if firms and title is not None:
            out.extend((f, "hasDesignation", title, False) for f in joined(firms, text))
    return out


def listed_among(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``本批“小巨人”企业中有24家上市企业,包括A(688234)、B(688556)等``: the firms listed after 包括 hold the title
    the sentence counts them among."""
    out = []
    firms = sorted(_of(mentions, "Firm"), key=lambda m: m.start)
    for d in _of(mentions, "Designation"):
        cue = _AMONG.match(text, d.end)
        if cue is None:
            continue
        out.extend((f, "hasDesignation", d, False) for f in _listed_from(firms, text, cue.end()))
    return out


def conferred(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``确定A、B等8家企业为首批…“领跑者”企业``: the firms a body names between 确定 and 为 hold the title after it;
    ``以中航西飞为“链主”``, ``光伏产业链的“链主”是隆基绿能``: the firm a chain takes as its leader holds that title."""
    out = []
    firms = sorted(_of(mentions, "Firm"), key=lambda m: m.start)
    for d in _of(mentions, "Designation"):
        made = _MADE_TITLE.search(text, 0, d.start)
        if made is not None and made.end() == d.start:
            named = [f for f in firms if made.start() < f.start and f.end <= made.start(1)]
            out.extend((f, "hasDesignation", d, False) for f in joined(named, text))
        leader = None
        if d.surface == "“链主”":
            leader = next((f for f in reversed(firms) if f.end <= d.start and _TAKEN_AS_LEADER.fullmatch(text, f.end, d.start)), None)
            leader = leader or next((f for f in firms if f.start >= d.end and _LEADER_IS.fullmatch(text, d.end, f.start)), None)
        elif d.surface == "链主企业":  # 东风汽车集团有限公司作为新能源与智能网联汽车产业链链主企业: the firm the chain takes as leader
            leader = next((f for f in reversed(firms) if f.end <= d.start and _AS_LEADER.fullmatch(text, f.end, d.start)), None)
        if leader is not None:
            out.append((leader, "hasDesignation", d, False))
    return out


_MADE_TITLE = re.compile(r"(?:确定|认定|评定|命名|遴选)(?:[(（][^()（）]{0,20}[)）]|[^,;。]){2,80}?(为)(?:首批|第[一二三四五六七八九十0-9]+批)?[^,;。为]{0,16}$")
_TAKEN_AS_LEADER = re.compile(r"(?:[(（][^()（）]{2,8}[)）])?为")  # 以中航西安飞机工业集团股份有限公司(中航西飞)为“链主”
_AS_LEADER = re.compile(rf"(?:作为|是|为)(?:首批|第[一二三四五六七八九十\d]+批)?[{lx.CJK}]{{2,16}}?产业链")
_LEADER_IS = re.compile(r"是(?:总部)?(?:位于[^,;。]{2,8}?的)?")


def _listed_from(items: list[Mention], text: str, pos: int) -> list[Mention]:
    """The mentions (in text order) listed from ``pos`` on: the first right there, each next one after a joint
    (A(688234)、B: a stock code may come between)."""
    listed: list[Mention] = []
    for m in (m for m in items if m.start >= pos):
        if not (_NEXT_LISTED if listed else _FIRST_LISTED).fullmatch(text, pos, m.start):
            break
        listed.append(m)
        pos = m.end
    return listed


_AMONG = re.compile(r"”?中(?:有[^,，;；。]{0,12}?)?[,，:：]?\s*(?:包括|包含|其中有|如)[:：]?")
_FIRST_LISTED = re.compile(r"\s*")
_NEXT_LISTED = re.compile(r"(?:[(（]\d{6}(?:\.[A-Z]{2})?[)）])?(?:、|和|及|与|以及)")  # A(688234)、B: a stock code, then a joint
_SELECTED = re.compile(r"企业|的|名单|单位|项目|者")
_AIMED_AT = re.compile(r"(?:申报|争创|创建|争取|冲刺|培育)(?:国家级|省级)?$")  # 积极培育申报国家级…“小巨人”企业: a title aimed at
_COUNTED_FIRMS = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:家|个)(?:企业|公司)")
_ON_THE_LIST = re.compile(r"榜上有名|上榜|入围|名列其中|位列其中")


_NICKNAME = re.compile(r"(?:之乡|之都|之城|之源|名城|名镇|名县)$")


def known_as(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``刘垸村…有“粉笔之乡”之称``: the place the sentence is about holds the title it is known by."""
    out = []
    for d in _of(mentions, "Designation"):
        quoted_is = text[d.start - 1:d.start] == "“" and (_IS_THE.search(text, 0, d.start - 1) or _IS.search(text, 0, d.start - 1))
        named = next((r for r in _of(mentions, "Region") if r.end == d.start - 1), None) if _NICKNAME.search(d.surface) \
            and text[d.start - 1:d.start] == "“" and text.startswith("”", d.end) else None
        if named is not None:
            out.append((named, "hasDesignation", d, False))  # 定襄“中国法兰之乡”的品牌影响力: the place's nickname, quoted after it
            continue
        if not quoted_is and not re.match(r"”(?:、“[^“”]{2,12}”)*(?:之称|之美誉|的美誉|的美称|的称号|称号)", text[d.end:]):
            continue
        clause = text.rfind(";", 0, d.start) + 1  # 福清…;南安市…被授予“中国水暖城”称号: the place of the clause
        if text.startswith("是“", d.start - 2) and text.startswith(("”企业", "”品牌"), d.end):
            # 舍得酒业股份有限公司是“中国名酒”企业: the firm the clause is about
            holder = next((m for m in sorted(_of(mentions, "Firm"), key=lambda m: -m.end) if clause <= m.start and m.end < d.start), None)
        elif quoted_is and quoted_is.group(0) == "作为":  # 全市…中,仁怀市作为“中国酒都”: the place right before it
            holder = next((m for m in _of(mentions, "Region") if m.end == quoted_is.start()), None)
        else:
            holder = subject_region(heads([m for m in _of(mentions, "Region") if clause <= m.start and m.end <= d.start
                                            and m.level != "country"], text))
        if holder is not None:
            out.append((holder, "hasDesignation", d, False))
    out.extend(_titles_it_is(text, mentions))
    return out


def _titles_it_is(text: str, mentions: list[Mention]) -> list[Triple]:
    """``德阳是国家重大技术装备制造业基地和…示范城市``: the place (or firm) the clause opens with holds the titles listed
    right after 是."""
    out = []
    titles = sorted(_of(mentions, "Designation", "Cluster"), key=lambda m: m.start)
    for n, d in enumerate(titles):
        if text[d.start - 1:d.start] != "是" or d.type != "Designation":
            continue
        clause = max(text.rfind(c, 0, d.start) for c in ",;。") + 1
        before = [m for m in _of(mentions, "Region", "Firm") if clause <= m.start and m.end < d.start]
        if not before and clause == d.start - 1 and ";" not in text[:clause]:
            # 泰和区位优越、交通便捷,是A和B: a clause of only 是… is about what the sentence opens with
            before = [m for m in _of(mentions, "Region", "Firm") if m.start <= 2][:1]
        elif before and not re.fullmatch(r"(?:[^,;。]{0,12}?)是", text[before[0].end:d.start]):
            continue
        if not before:
            continue
        listed = [d] + [t for t in titles[n + 1:] if t.type == "Designation"]
        held = joined(listed[:1], text)
        for t in listed[1:]:
            if text[held[-1].end:t.start] in _LIST_JOINTS:
                held.append(t)
        holder = before[0]
        out.extend((holder, "hasDesignation", t, False) for t in held)
    return out


_IS = re.compile(r"是$")
_LOCAL_BODIES_ACT = re.compile(r"(?:[省市县区]委|[省市县区](?:人民)?政府)(?:、(?:[省市县区]委|[省市县区](?:人民)?政府))*[^,，;；。]{0,6}$")
_IS_THE = re.compile(r"(?:是|为)[^,，;；。“”]{0,10}的$|(?<![以将把])作为$")  # X作为“中国酒都”: X holds the title


def _nearest_subject(before: list[Mention], text: str, pos: int) -> Mention | None:
    """The subject of a clause: a firm list's items are handled elsewhere; take the last firm, or the first region."""
    firms = [m for m in before if m.type == "Firm"]
    if firms and text[firms[-1].end:pos].strip("已经逐步已正式等家0123456789企业") == "":
        return firms[-1]
    if firms:
        if pos - firms[-1].end <= 20:
            return firms[-1]
        # 欣旺达总部位于深圳,是…之一,…,先后荣获A、B等称号: the one firm the sentence opens with, throughout (named
        # again by the short name in brackets after it: 青海互助天佑德青稞酒股份有限公司(天佑德酒,股票代码002646)是…)
        return firms[0] if len({m.key for m in firms}) == 1 and firms[0].start <= 2 else None
    about = heads([m for m in before if m.type == "Region"], text)
    return about[0] if about else None


def heads(regions: list[Mention], text: str) -> list[Mention]:
    """The places a clause is about, in text order, without those that only qualify or frame a place after them (同属泉州的
    石狮市, 地处泉州西北部山区的德化县, 在宁德,福安市…); all of them when every one does."""
    regions = sorted(regions, key=lambda m: m.start)
    heads = [r for n, r in enumerate(regions) if not (any(o.start > r.end for o in regions[n + 1:]) and (
        _QUALIFIES.match(text, r.end) or text.startswith((",", "，"), r.end) and text.endswith("在", 0, r.start)))]
    return heads or regions


_QUALIFIES = re.compile(r"[^,，;；。的]{0,8}的")


_GOES_ON = re.compile(r"\s*(?:并|还|同时|要|应当|应)?")
_STATUTE_OPENING = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇]+条)?\s*")


def issuers(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``中共中央、国务院印发《质量强国建设纲要》``; ``世界知识产权组织发布的《…》``; ``国务院关于…`` titles."""
    out = []
    policies = _of(mentions, "Policy")
    orgs = _of(mentions, "Organization")
    for verb in _ISSUE_VERB.finditer(text):
        after = [p for p in policies if verb.end() <= p.start <= verb.end() + 30]
        near = [o for o in orgs if o.end <= verb.start() and verb.start() - o.end <= 12]
        if not near and _GOES_ON.fullmatch(text, _clause_of(text, verb.start())[0], verb.start()):
            # 省人民政府应当加强…的领导,编制全省游艇产业发展规划: the body the sentence opens with goes on acting
            near = [o for o in orgs if _STATUTE_OPENING.fullmatch(text, 0, o.start)][:1]
        # 工业和信息化部、科学技术部、财政部、中国民用航空局四部门联合印发: every body of the list that ends near the verb
        before_org = [o for o in orgs if o.end <= near[-1].end] if near else []
        if text[verb.end():verb.end() + 1] == "的":
            after = [p for p in policies if verb.end() < p.start <= verb.end() + 3]
        if not after:
            continue
        issuers_ = joined(before_org, text)
        if not issuers_:
            regions = [m for m in _of(mentions, "Region") if m.end <= verb.start()]
            if regions and verb.group(0) in ("制定", "出台", "印发", "公布"):
                issuers_ = [subject_region(regions)]  # 佛山市南海区印发: the district, not its city
        for p in after[:1] if len(after) > 1 and text[after[0].end:after[1].start] not in ("", "、") else after:
            for o in issuers_:
                out.append((p, "issuedBy", o, False))
    for p in policies:
        for o in orgs:
            # …常务委员会第十八次会议《关于修改…的决定》
            if o.end < p.start and re.fullmatch(r"第[一二三四五六七八九十百]+次(?:全体)?会议(?:审议)?(?:通过)?(?:的)?", text[o.end:p.start]):
                out.append((p, "issuedBy", o, False))
            if o.start == p.start + 1 and text[o.end:o.end + 2] == "关于":
                out.append((p, "issuedBy", o, False))
            if o.end == p.start and text[p.start:p.start + 1] == "《" and o.label.endswith(_GOVERNMENT_ENDINGS):
                out.append((p, "issuedBy", o, False))  # 根据工业和信息化部《…暂行办法》: the body's own document
        place = next((r for r in _of(mentions, "Region") if r.end == p.start - 1 and text[r.end] == "“"), None)
        if place is not None and text[p.start - 1:p.start] == "“":
            out.append((p, "issuedBy", place, False))  # 全省“一主引领、两翼驱动、全域协同”布局: the province's own strategy
        if text[p.start:p.start + 1] != "《":
            # 宁波市经济和信息化局、宁波市财政局关于…的通知: a title without brackets opens with its issuers
            about = text.find("关于", p.start, p.end)
            opening = [o for o in orgs if p.start <= o.start and o.end <= about]
            if opening and opening[0].start == p.start:
                out.extend((p, "issuedBy", o, False) for o in joined(opening, text))
    return out


# what a government body's name ends with: it issues documents in its own name and speaks for its place
_GOVERNMENT_ENDINGS = ("部", "委", "局", "厅", "办公厅", "办公室", "国务院", "政府", "委员会", "署", "总局")
_LIST_JOINTS = ("、", "和", "与", "及", "以及", ",和")


def listed_after(items: list[Mention], text: str, joints: tuple[str, ...] = ("、", "和", "及", "与")) -> list[Mention]:
    """``A和B、C``: the first of ``items`` (in text order) and those joined to it only by ``joints``; ``joined`` reads
    the same list backwards from its last item."""
    chain = items[:1]
    for m in items[1:]:
        if text[chain[-1].end:m.start] not in joints:
            break
        chain.append(m)
    return chain


def joined(items: list[Mention], text: str) -> list[Mention]:
    """The mentions joined to the last of ``items`` (in text order) only by 、/和/及/与: ``A、B和C印发`` gives all three;
    a remark in brackets may follow an item, and a mention inside it is none (A(短名,000807)、B和C)."""
    if not items:
        return []
    remarks = [r.span() for m in items if (r := _BRACKETED.match(text, m.end))]
    items = [m for m in items if not any(a < m.start and m.end <= b for a, b in remarks)]
    chain = [items[-1]]
    for m in reversed(items[:-1]):
        remark = _BRACKETED.match(text, m.end)
        if text[remark.end() if remark else m.end:chain[0].start] in _LIST_JOINTS:
            chain.insert(0, m)
        else:
            break
    return chain


_BASE_OF_TRADE = re.compile(r"(?:产业)?的(?:重要|主要|核心|最大|重点)?(?:生产|制造|研发)?(?:基地|集聚区|聚集区|承载区)")
_CLAUSE_OPENING = re.compile(r"(?:\s|\d{4}年(?:以来|上半年|前三季度)?|近年来|目前|当前|今年以来|去年|其中|全年|同时|此外)*")


_MAKER_WORD = re.compile(r"制造商|生产商|供应商|厂商|服务商")


def priority_industries(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``溧阳的动力电池``; ``长兴县由A和B…组成的“1+4”新兴产业``; ``X作为…产业聚集地``."""
    out = []
    regions = _of(mentions, "Region")
    industries = _of(mentions, "Industry")
    if not industries:
        return out  # every reading below names one of the sentence's industries
    for r in regions:
        for i in industries:
            if i.start == r.end + 1 and text[r.end] == "的" and not _MAKER_WORD.match(text, i.end):
                out.append((r, "hasPriorityIndustry", i, False))  # not 太原的风电整机制造商: a maker there, described
            elif i.start == r.end and i.surface.endswith(("产业", "行业")) and i.label not in lx.INDUSTRY_CLASSES \
                    and r.level in ("province", "city", "county", "town") \
                    and _CLAUSE_OPENING.fullmatch(text[max(text.rfind(c, 0, r.start) for c in ",，;；。:：") + 1:r.start]):
                out.append((r, "hasPriorityIndustry", i, False))  # 2023年,德化县陶瓷产业实现产值505亿元: the place's own trade
    for verb in _DEVELOPS.finditer(text):
        # 三水区发展医疗器械产业: the place that opens the clause develops what the verb names
        cs, ce = _clause_of(text, verb.start())
        subject = subject_region([r for r in regions if cs <= r.start and r.end <= verb.start() and verb.start() - r.end <= 6])
        if subject is None and not any(cs <= m.start < verb.start() for m in mentions):
            subject, cs = _opening_place(text, regions, mentions, cs)  # 晋江围绕…,加快培育A、B: the place still acts
            if subject is None and ctx.report and ctx.focus is not None:
                subject = replace(ctx.focus, start=cs, end=cs)  # a work report's 聚焦A、B四大主导产业: the place reporting
            if subject is None:
                subject = _speaking_body_place(text, mentions, verb.start())
                cs = subject.start if subject is not None else cs
        made = [i for i in industries if verb.end() <= i.start <= verb.end() + 2]
        if subject is not None and made and subject.start - cs <= 12:
            listed = [made[0]]
            for i in sorted(industries, key=lambda m: m.start):  # 发展起乡村旅游和电子商务: each listed industry
                if i.start > listed[-1].start and text[listed[-1].end:i.start] in ("、", "和", "及", "以及", "与"):
                    listed.append(i)
            # 支持威宁县、赫章县发展A、B: each listed place develops each listed industry
            places = joined(sorted((r for r in regions if cs <= r.start and r.end <= verb.start()), key=lambda r: r.start), text)
            out.extend((p, "hasPriorityIndustry", i, False) for p in (places if subject in places else [subject]) for i in listed)
    for m in _BASE_OF_TRADE.finditer(text):
        # 宜丰县是江西省锂电新能源产业的重要基地: the place the clause opens with develops the trade it is a base of
        trade = next((i for i in industries if i.end in (m.start(), m.start() + 2)), None)  # …产业 read with it or not
        cs, _ = _clause_of(text, m.start())
        subject = subject_region([r for r in regions if cs <= r.start and r.end <= m.start() and text.startswith("是", r.end)])
        if trade is not None and subject is not None:
            out.append((subject, "hasPriorityIndustry", trade, False))
    for m in _IS_THE_PLACES.finditer(text):
        # 鞋服、纺织、食品是晋江的传统优势产业: each listed industry is the place's
        place = next((r for r in regions if r.start == m.end()), None)
        last = next((i for i in industries if i.end == m.start()), None)
        if place is not None and last is not None and _OF_THE_PLACE.match(text, place.end):  # …是全盟工业的四大支柱产业
            listed = joined(sorted((i for i in industries if i.end <= last.end), key=lambda i: i.start), text)
            out.extend((place, "hasPriorityIndustry", i, False) for i in listed)
    for m in re.finditer(r"(?:把|将)", text):
        # 南海区把生物医药列为重点培育发展的战略性新兴产业, 安徽省把新能源汽车产业作为“一号产业”
        named = next((i for i in industries if i.start == m.end()), None)
        if named is None or not re.match(r"(?:产业|行业)?(?:作为|列为|确定为|打造成|培育成)", text[named.end:]):
            continue
        sentence_start = max(text.rfind(c, 0, m.start()) for c in "。;") + 1
        # 在内蒙古,包头把稀土新材料作为首位产业: the place right before 把, else the clause's
        right_before = [r for r in regions if r.end <= m.start() and m.start() - r.end <= 1 and r.start >= sentence_start]
        subject = right_before[-1] if right_before else subject_region([r for r in regions if sentence_start <= r.start and r.end <= m.start()])
        contextual = False
        # 市委、市政府坚持把白酒产业作为第一支柱产业, a work report's 坚持把五金产业作为…: the place in context
        subjectless = ctx.report and re.fullmatch(r"[^,，;；。]{0,6}", text[sentence_start:m.start()]) \
            and not any(sentence_start <= x.start < m.start() for x in mentions)
        if subject is None and ctx.focus is not None and (_LOCAL_BODIES_ACT.match(text, sentence_start, m.start()) or subjectless):
            subject, contextual = ctx.focus, True
        if subject is not None:
            out.append((subject, "hasPriorityIndustry", named, contextual))
    for m in _INDUSTRY_SYSTEM.finditer(text):
        # 凤阳县构建以硅基新材料为引领、光伏为支撑的现代产业体系: each industry the system is built of is the place's
        cs, _ = _clause_of(text, m.start())
        subject = subject_region([r for r in regions if cs <= r.start and r.end <= m.start() and m.start() - r.end <= 12])
        inside = [i for i in industries if m.start() <= i.start and i.end <= m.end()]
        if subject is not None:
            out.extend((subject, "hasPriorityIndustry", i, False) for i in inside)
        # …的“4+4”现代产业体系: a system named by its count is made of the industries it lists
        named = next((i for i in inside if i.end == m.end() and i.surface.startswith("“")), None)
        out.extend((i, "partOf", named, False) for i in inside if named is not None and i is not named)
    cue = _PRIORITY_WORD.search(text)
    if cue and regions:
        subject = subject_region(regions)
        cs, ce = _clause_of(text, cue.start())
        # 中国二重在德阳建有大型铸锻件生产基地: a firm before the place acts there; the base is the firm's, not the place's priority
        address = subject.start  # 正泰电器已在上海市松江区建成…制造基地: the address the place ends
        while any(r.end == address for r in regions):
            address = next(r.start for r in regions if r.end == address)
        firm_acts = any(m.type == "Firm" and m.end <= address and _FIRM_THERE.fullmatch(text, m.end, address) for m in mentions) \
            or bool(sentence_firm(text, mentions, address - 1))
        if subject.start < cue.start() and not text[subject.end:subject.end + 1] == "的" and subject.start >= cs - 30 and not firm_acts:
            # 支持南昌、赣州、上饶等设区的市…,重点发展A: each place the list names
            listed = listed_after([subject] + sorted((r for r in regions if r.start > subject.start and r.level == subject.level),
                                                     key=lambda r: r.start), text, _LIST_JOINTS)
            # 江苏沿江的南通、泰州、扬州三市,已成为…生产基地: the places a count closes, not the province before them
            counted = [r for r in regions if subject.end <= r.start and r.end <= cue.start() and PLACES_COUNTED.match(text, r.end)]
            if counted:
                listed = joined(sorted((r for r in regions if r.end <= counted[-1].end), key=lambda r: r.start), text)
            for i in industries:
                if subject.end < i.start and i.start <= ce:
                    out.extend((r, "hasPriorityIndustry", i, False) for r in listed)
    return out


_SPEAKS = re.compile(r"(?:相关|主要)?(?:负责人|负责同志|有关负责人)?(?:表示|介绍|指出|说)")


def _speaking_body_place(text: str, mentions: list[Mention], pos: int) -> Mention | None:
    """``四川省经济和信息化厅相关负责人表示,下一步将围绕A、B六大优势产业``: a place's government body speaks for
    the place its name opens with."""
    from kg.extract.gazetteer import gazetteer

    body = next((o for o in _of(mentions, "Organization") if o.end <= pos and _SPEAKS.match(text, o.end)
                 and o.label.endswith(_GOVERNMENT_ENDINGS)), None)
    places = gazetteer().find(body.sentence, body.label) if body is not None else []
    if not places or places[0].start != 0 or places[0].level not in ("province", "city", "county"):
        return None
    return replace(places[0], start=body.start, end=body.start + places[0].end)


_IS_THE_PLACES = re.compile(r"是|为")
_OF_THE_PLACE = re.compile(r"(?:工业|经济|农业|制造业)?的")


def _opening_place(text: str, regions: list[Mention], mentions: list[Mention], cs: int) -> tuple[Mention | None, int]:
    """The place that opens the clause before ``cs`` and acts in it, with that clause's start; none when
    a firm or a body acts there, or the sentence has ended."""
    end = cs
    while cs > 0 and text[cs - 1] in ",，;；":
        before, _ = _clause_of(text, cs - 1)
        subject = subject_region([r for r in regions if before <= r.start < cs])
        if subject is None and before > 0 and all(m.type == "Industry" for m in mentions if before <= m.start < cs):
            cs = before  # 长兴区坚持把A作为首位产业,重点发展B、C等产品,同时做强D: a clause of its industries goes on from it
            continue
        if subject is None or not OPENING_WORDS.fullmatch(text, before, subject.start):
            break  # 总书记在黑龙江考察时指出: a place where someone speaks does not act
        return subject, before
    return None, end


# the words a sentence may open with before its subject place (近年来,茶陵县…; 其中,长兴县…)
# (今年上半年,长沙县…: a time word and its comma open the sentence before its subject)
OPENING_WORDS = re.compile(r"(?:\s|(?:近年来|近期|目前|当前|今年以来|同时|此外|另外|其中|(?:\d{4}年|今年|去年)(?:以来|上半年|前三季度)?)[,，]?)*")


_DEVELOPS = re.compile(r"(?:大力|重点|加快|积极|着力|优先)?(?:发展|培育|壮大|做强|做大|扶持)(?:壮大)?|围绕|聚焦|主攻|深耕|打造"
                       # 加快推进集成电路产业高质量发展: what a place pushes to develop
                       r"|(?:加快|持续|大力|积极)?(?:推进|推动|促进)(?=[^,，;；。]{2,16}?发展)")


def composition(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``由A和B、C组成的D``: each part is partOf the whole."""
    out = []
    for m in _MADE_UP_OF.finditer(text):
        wholes = [i for i in _of(mentions, "Industry") if m.end() <= i.start <= m.end() + 2]
        if not wholes:
            continue
        start = text.rfind("由", 0, m.start())
        parts = [i for i in _of(mentions, "Industry") if start <= i.start and i.end <= m.start()]
        for p in parts:
            out.append((p, "partOf", wholes[0], False))
    return out


def cluster_membership(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``长兴县…打造“1+4”主导产业集群``; ``A—B、C集群跻身全球科技集群``."""
    out = []
    clusters = _of(mentions, "Cluster")
    for verb in _JOINS.finditer(text):
        after = [c for c in clusters if verb.end() <= c.start <= verb.end() + 4]
        if not after:
            continue
        cs, _ = _clause_of(text, verb.start())
        named = [c for c in clusters if cs <= c.start and c.end <= verb.start()]
        if verb.group(0) == "跻身" and named:
            for c in named:
                out.append((c, "memberOf", after[0], False))
            continue
        regions = [m for m in _of(mentions, "Region") if m.end <= verb.start()]
        if regions and verb.group(0) == "打造" and not text[verb.start() - 2:verb.start()] in ("推动", "加快"):
            out.append((subject_region(regions), "memberOf", after[0], False))
    for m in _SPREAD_OVER.finditer(text):
        before = [c for c in clusters if c.end <= m.start()]
        after = [r for r in _of(mentions, "Region") if m.end() <= r.start <= m.end() + 2]
        if before and after:
            out.append((before[-1], "locatedIn", after[0], False))
    return out


_AREA_SUFFIX = ("经济圈", "经济带", "都市圈", "城市圈", "城市群")
_PART_OF_AREA = re.compile(r"构成|组成部分|成员|核心城市|节点城市|作为|属于|位于|地处")  # 融入 is a goal, not membership


_COUNTED_MEMBERS = re.compile(r"[一二两三四五六七八九十]+(?:个)?(?:省份|省区市|省区|省市|省|市)(?:——|—|:|：|（|\()")


def area_membership(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``佛山与广州共同构成“广佛都市圈”,是“广佛肇经济圈”的重要组成部分``; ``黄石作为武汉城市圈重点发展地区``:
    the sentence's place lies in each metropolitan area or belt it is said to make up; 佛山新城 lies in 佛山."""
    out = []
    regions = _of(mentions, "Region")
    for r in regions:
        if r.label.endswith("新城") and r.level == "macro":
            from kg.extract.gazetteer import gazetteer

            owner = [p for p in gazetteer().find(r.sentence, r.label) if p.level in ("city", "county")]
            if owner:
                o = owner[-1]
                out.append((r, "locatedIn", Mention(r.sentence, r.start + o.start, r.start + o.end, o.surface, "Region", o.key, o.label, o.level), False))
    for r in regions:
        counted = _COUNTED_MEMBERS.match(text, r.end) if r.level == "macro" else None
        if counted is not None:
            # 中部六省——山西、安徽、…、湖南: the places the count lists lie in the macro-region
            listed = sorted((p for p in regions if p.start >= counted.end() and p.level in ("province", "city")), key=lambda p: p.start)
            members = listed_after(listed, text, _LIST_JOINTS) if listed and listed[0].start == counted.end() else []
            out.extend((p, "locatedIn", r, False) for p in members)
    areas = [r for r in regions if r.label.endswith(_AREA_SUFFIX)]
    if not areas or not _PART_OF_AREA.search(text):
        return out
    places = [r for r in regions if r.start < areas[0].start and not r.label.endswith(_AREA_SUFFIX) and r.level in ("province", "city", "county")]
    subject = subject_region(places)
    if subject is None:
        return out
    partners = [p for p in places if p.key != subject.key and re.search(r"^与$|^和$", text[p.start - 1:p.start])
                and re.match(r"共同构成|一起构成|构成|组成", text[p.end:p.end + 4])]
    for a in areas:
        cue = _PART_OF_AREA.search(text, subject.end, a.end + 12)
        if cue is None:
            continue
        out.append((subject, "locatedIn", a, False))
        for p in partners:
            first_after = next((b for b in areas if b.start > p.end), None)
            if first_after is not None and first_after.key == a.key:
                out.append((p, "locatedIn", a, False))  # 与广州共同构成“广佛都市圈”: the area right after 构成
    return out


_PARK = re.compile(r"(?:园区|开发区|工业区|产业园|集聚区|高新区|经开区|工业园|科技园|保税区|保税港区)$")


def parks_of_places(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``滨港镇的化工园区``, ``滨港化工园区…是沾化区的省级化工园区``, ``儋州市依托洋浦经济开发区``: a park lies in the
    place it is said to be of."""
    out = []
    regions = [r for r in _of(mentions, "Region") if r.level in ("city", "county", "town", "village")]
    for park in (m for m in _of(mentions, "Organization") if _PARK.search(m.label)):
        before = next((r for r in regions if re.fullmatch(r"的(?:国家级|省级|市级|县级)?", text[r.end:park.start])), None)
        if before is None:
            # 支持儋州市依托洋浦经济开发区发展…: a place building on a park that names no place of its own
            before = next((r for r in regions if re.fullmatch(r"依托", text[r.end:park.start])
                           and opening_address(park.sentence, park.label) is None), None)
        held = next((r for r in regions if _HOLDS.fullmatch(text, r.end, park.start)), None) if before is None else None
        if held is not None:
            # 滨海新区拥有天津经济技术开发区、天津港保税区…等国家级功能区: the zones a place has, listed after it
            listed = listed_after(sorted((o for o in _of(mentions, "Organization") if o.start >= park.start), key=lambda o: o.start), text)
            out.extend((p, "locatedIn", held, False) for p in listed if _PARK.search(p.label))
            continue
        if before is not None:
            out.append((park, "locatedIn", before, False))
            continue
        orgs = _of(mentions, "Organization")
        r = next((r for r in regions if 0 < r.start - park.end <= 30 and text[r.start - 1] in "是为"
                  and re.match(rf"的[{lx.CJK}]{{0,8}}(?:园区|开发区|工业区|产业园|集聚区|高新区)", text[r.end:])
                  and not any(park.end <= o.start < r.start for o in orgs)), None)
        if r is not None:
            out.append((park, "locatedIn", r, False))
    return out


RULES = (region_hierarchy, region_ancestry, located, adjacency, designations, known_as, issuers, priority_industries, composition,
         cluster_membership, area_membership, parks_of_places)


# the cue words each rule looks for, compiled once
_HOLDS = re.compile(r"(?:拥有|建有|设有)了?")
_RIGHT_BEFORE_SITE = re.compile(r"(?:总部|现|目前|均|都|也|则)?(?:将)?")
_SITED = re.compile(r"位于|地处|坐落于|落户|地处于|总部设在")
_SITED_BEFORE_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}的")
_ADJACENT = re.compile("|".join(lx.ADJACENT_WORDS))
_NEIGHBOUR_WITH = re.compile(r"[与同和]")
_DESIGNATION_VERB = re.compile("|".join(lx.DESIGNATION_VERBS))
_ISSUE_VERB = re.compile("|".join(lx.ISSUE_VERBS))
_PRIORITY_WORD = re.compile(r"组成的|为核心|主导产业|先导产业|重点发展|聚集地|集聚地|重点产业|支柱产业|生产基地|制造基地|加工基地"
                            r"|种植基地|养殖基地")
_MADE_UP_OF = re.compile("组成的")
# 南通、泰州、扬州三市: the count that closes a list of places
PLACES_COUNTED = re.compile(r"[两二三四五六七八九十\d]+(?:个)?(?:市|县|区|地|省|城)")
_FIRM_THERE = re.compile(r"[”)）\s]*(?:已经|已|还|也|先后|曾|将)?(?:在|于|落户)")  # 中国二重(简称…)在德阳…: between a firm and the place it acts in
_INDUSTRY_SYSTEM = lx.INDUSTRY_SYSTEM
_JOINS = re.compile(r"打造|建设|加入|入选|跻身|纳入")
_SPREAD_OVER = re.compile(r"分布在")
_MAKES = re.compile(r"生产|制造|研发|主营|专注于|从事|主要产品为|产品包括")


def sentence_relations(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    out: list[Triple] = []
    for rule in RULES:
        out.extend(rule(text, mentions, ctx))
    return out


def production(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``吉利长兴基地…全年生产整车超18万辆``: a firm is in the industry of what it makes."""
    out = []
    for verb in _MAKES.finditer(text):
        firms = [m for m in _of(mentions, "Firm") if m.end <= verb.start() and verb.start() - m.end <= 60]
        made = [m for m in _of(mentions, "Industry") if verb.end() <= m.start <= verb.end() + 2]
        if firms and made:
            out.append((firms[-1], "inIndustry", made[0], False))
        # 研发诊断试剂的苏州艾杰和北京勤邦: the firms the phrase qualifies make it
        if made and text[made[0].end:made[0].end + 1] == "的":
            makers = sorted((f for f in _of(mentions, "Firm") if f.start > made[0].end), key=lambda f: f.start)
            if makers and makers[0].start == made[0].end + 1:
                out.extend((f, "inIndustry", made[0], False) for f in listed_after(makers, text))
    return out


def described_as(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``潍柴(000338)是中国领先的汽车及装备制造产业集团``: a firm said to be a maker of an industry is in it."""
    out = []
    industries = sorted(_of(mentions, "Industry"), key=lambda m: m.start)
    firms = sorted(_of(mentions, "Firm"), key=lambda m: m.start)
    opening = firms[0] if firms and firms[0].start <= 2 else None  # the firm a sentence opens with, and its later clauses
    pairs = [(f, _IS_A.match(text, f.end)) for f in firms]
    pairs += [(opening, m) for m in _CLAUSE_IS_A.finditer(text) if opening is not None and m.start() > opening.end]
    for firm, cue in pairs:
        if cue is None:
            continue
        chain: list[Mention] = []
        for ind in industries:
            if ind.start < cue.end() or ind.start > cue.end() + 20 and not chain:
                continue
            if chain and text[chain[-1].end:ind.start] not in ("、", "和", "及", "与"):
                break
            chain.append(ind)
        if chain and _MAKER.match(text, chain[-1].end) and not re.search(r"[,，;；。]", text[cue.end():chain[0].start]):
            out.extend((firm, "inIndustry", ind, False) for ind in chain)
    return out


_CLAUSE_IS_A = re.compile(r"(?<=[,，])(?:是|系)")
_IS_A = re.compile(r"\s*(?:[(（][^)）]{1,12}[)）])?\s*(?:是|为|系)")
_MAKER = re.compile(r"(?:产业|行业)?的?(?:龙头|领军|骨干|重点|领先)?(?:企业|集团|公司|制造商|生产商|供应商|厂商|厂家)")


_PROJECT_SITE = re.compile(r"项目[^。;；]{0,12}?在$")
_BREAKS_GROUND = re.compile(r"(?:正式)?(?:举行|开工|奠基|开建|动工|落地|投产)")


def project_site(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``F…项目开工仪式在阳新县富池镇举行``: a firm's project breaking ground somewhere puts the firm's plant there."""
    out = []
    regions = sorted(_of(mentions, "Region"), key=lambda m: m.start)
    for first in regions:
        if not _PROJECT_SITE.search(text, 0, first.start):
            continue
        site = chain_end(first, regions)
        if not _BREAKS_GROUND.match(text, site.end):
            continue
        project = text.rfind("项目", 0, first.start)
        firms = [m for m in _of(mentions, "Firm") if m.end <= project and not re.search("[。;；]", text[m.end:project])]
        if firms:
            out.append((firms[-1], "locatedIn", site, False))
    return out


_BUILDS_THERE = re.compile(r"(?:投资(?:[0-9.]+[万亿]?元)?)?(?:新建|兴建|建设|建成|建厂|设厂|设立|设有|布局|扩建|建有|生产)|落户"
                           # 大全能源在石河子的多晶硅年产能: what it makes there
                           r"|的[^,;。的]{2,10}?(?:年产能|年产量|产能|产量|生产基地|工厂|基地)")  # 中国二重在德阳建有…, 宏华在成都生产…


_BUILT_WITH = re.compile(r"(?:合作|携手|联合)?(?:建设|共建|新建|兴建|投资建设)")
_GOES_ON_WITH = re.compile(lx.WITH_PARTNER)
_GOES_ON_ACTING = re.compile(r"(?:其|并|还|同时|将|拟|计划|已)+(?=在|于|落户)")


def sentence_firm(text: str, mentions: list[Mention], pos: int, opening: re.Pattern = _GOES_ON_ACTING) -> list[Mention]:
    """…签署战略合作协议,将在富拉尔基区投资…: a clause with no subject of its own (it opens with ``opening``) goes on
    from the firm the sentence opens with."""
    cs, _ = _clause_of(text, pos)
    if cs == 0 or not opening.match(text, cs, pos + 1):
        return []
    return [f for f in _of(mentions, "Firm") if f.end < cs and not re.search(r"[;；。]", text[f.end:cs])][:1]


def firm_site(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``比亚迪在合肥市投资建设新能源汽车生产基地``, ``宁德时代落户溧阳``: where a firm builds, it has a site."""
    out = []
    regions = sorted((m for m in _of(mentions, "Region") if m.level not in ("country", "macro")), key=lambda m: m.start)
    for first in regions:
        cue = text[max(0, first.start - 2):first.start]
        if not (cue.endswith(("在", "与")) or cue == "落户"):
            continue
        sites = [chain_end(first, regions)]
        while True:  # 在江苏无锡、南京设有生产基地: each place listed
            nxt = next((r for r in regions if r.start == sites[-1].end + 1 and text[sites[-1].end] in "、和"), None)
            if nxt is None:
                break
            sites.append(chain_end(nxt, regions))
        if cue.endswith("在") and not _BUILDS_THERE.match(text, sites[-1].end):
            continue
        if cue.endswith("与") and not _BUILT_WITH.match(text, sites[-1].end):
            continue  # 北大荒集团与龙江县合作建设…项目: the place it builds with is where it builds
        opening = first.start - (2 if cue == "落户" else 1)
        firms = sorted((m for m in _of(mentions, "Firm") if m.end <= opening and not re.search("[。;；,]", text[m.end:opening])),
                       key=lambda m: m.start)
        firms = firms or sentence_firm(text, mentions, opening)
        if firms:
            out.extend((f, "locatedIn", site, False) for f in joined(firms, text) for site in sites)
        built = _BUILT_THERE.match(text, sites[-1].end)
        unit = next((m for m in _of(mentions, "Organization", "Firm") if built and m.start == built.end()), None)
        if unit is not None:  # 晋煤集团在沁水县嘉峰镇建成的寺河瓦斯发电厂: what it built there is there too
            out.extend((unit, "locatedIn", site, False) for site in sites)
    return out


_BUILT_THERE = re.compile(r"(?:投资)?(?:建成|建设|新建|兴建|投建)(?:了)?的")


_BRINGS_IN = re.compile(r"(?:成功)?(?:引进|引入|招引|招来|吸引|集聚|聚集|汇聚|拥有)(?:了)?")


def firms_brought_in(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``溧阳市…引进宁德时代、上汽时代等龙头企业``: a firm a place brings in sets up there."""
    out = []
    regions = _of(mentions, "Region")
    for verb in _BRINGS_IN.finditer(text):
        cs, ce = _clause_of(text, verb.start())
        sentence_start = max(text.rfind(c, 0, verb.start()) for c in "。;") + 1
        subject = subject_region([r for r in regions if sentence_start <= r.start and r.end <= verb.start() and r.level not in ("country", "macro")])
        if subject is None:
            continue
        listed = sorted((f for f in _of(mentions, "Firm") if verb.end() <= f.start < ce), key=lambda m: m.start)
        if listed and listed[0].start == verb.end():
            out.extend((f, "locatedIn", subject, False) for f in joined(listed, text))
    return out


def led_by(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``福清市以福耀玻璃工业集团股份有限公司为龙头``, ``南安市形成了以九牧集团有限公司为代表的水暖厨卫产业集群``: the
    firms a place's industry is led by are the place's, and members of the cluster they lead."""
    out = []
    regions = [r for r in _of(mentions, "Region") if r.level not in ("country", "macro", "province")]
    clusters = [c for c in _of(mentions, "Cluster") if c.level != "tier"]
    for cue in _LED_BY.finditer(text):
        firms = sorted((f for f in _of(mentions, "Firm") if cue.start(1) <= f.start and f.end <= cue.end(1)), key=lambda m: m.start)
        if not firms:
            continue
        sentence_start = max(text.rfind(c, 0, cue.start()) for c in "。;") + 1
        subject = subject_region([r for r in regions if sentence_start <= r.start and r.end <= cue.start()])
        trade = next((i for i in _of(mentions, "Industry")
                      if i.end <= cue.start() and re.fullmatch(r"(?:产业|行业)?", text[i.end:cue.start()])), None)
        if trade is not None:
            # 高端装备制造产业以东方汽轮机、东方电机为龙头: the firms leading an industry work in it
            out.extend((f, "inIndustry", trade, False) for f in joined(firms, text))
        leading = next((c for c in clusters if c.end == cue.start()), None)
        if leading is not None:
            # 株洲市轨道交通装备集群以中车株洲电力机车有限公司为龙头: the cluster's members, in the place it is named for
            out.extend((f, "memberOf", leading, False) for f in joined(firms, text))
            subject = _named_place(leading) or subject
        if subject is not None:
            out.extend((f, "locatedIn", subject, False) for f in joined(firms, text))
        led = next((c for c in clusters if cue.end() < c.start <= cue.end() + 12 and text[cue.end()] == "的"), None)
        if led is not None:
            out.extend((f, "memberOf", led, False) for f in firms)
            if subject is not None and _FORMS.search(text, sentence_start, cue.start()):
                # 南安市则形成了以九牧集团…为代表的水暖厨卫产业集群: the place is in the cluster and develops its trade
                out.append((subject, "memberOf", led, False))
                out.extend((subject, "hasPriorityIndustry", i, False) for i in _of(mentions, "Industry")
                           if led.start <= i.start and i.end <= led.end)
    return out


_FORMS = re.compile(r"(?:形成|打造|培育|建成|发展)了?$")


def gathered_by(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``包头市稀土新材料集群依托…资源,集聚了北方稀土、金力永磁等一批骨干企业``: the firms a cluster gathers are its
    members. The cluster is the one the sentence opens its clauses with, not the base it builds on (以…为核心)."""
    out = []
    firms = sorted(_of(mentions, "Firm"), key=lambda m: m.start)
    clusters = sorted((c for c in _of(mentions, "Cluster") if c.level != "tier"), key=lambda m: m.start)
    for verb in _GATHERS.finditer(text):
        sentence_start = max(text.rfind(c, 0, verb.start()) for c in "。;") + 1
        cluster = next((c for c in clusters if sentence_start <= c.start and c.end <= verb.start()
                        and not _BUILT_ON.search(text, max(0, c.start - 3), c.start)), None)
        if cluster is not None:
            out.extend((f, "memberOf", cluster, False) for f in _listed_from(firms, text, verb.end()))
    for c in clusters:  # 合肥市智能语音集群依托科大讯飞股份有限公司和中国声谷: the firms a cluster right before 依托 rests on
        if text.startswith("依托", c.end):
            out.extend((f, "memberOf", c, False) for f in _listed_from(firms, text, c.end + 2))
    return out


_GATHERS = re.compile(r"(?:集聚|聚集|汇聚|吸引|拥有)了?")


def cluster_tier(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``成德高端能源装备集群入选国家先进制造业集群``, ``公布45个国家先进制造业集群名单,A集群、B集群(与重庆共建)成功入选``:
    a cluster entering a tier's list is a member of the tier."""
    out = []
    clusters = sorted((c for c in _of(mentions, "Cluster") if c.level != "tier"), key=lambda m: m.start)
    tiers = [c for c in _of(mentions, "Cluster") if c.level == "tier"]
    for verb in _ENTERS.finditer(text):
        cs, ce = _clause_of(text, verb.start())
        tier = next((t for t in tiers if verb.end() <= t.start <= verb.end() + 4), None) or next(
            (t for t in sorted(tiers, key=lambda m: -m.start) if t.end <= cs and text.startswith("名单", t.end)), None)
        entering = [c for c in clusters if cs <= c.start and c.end <= verb.start()]
        if tier is None or not entering:
            continue
        listed = [entering[-1]]
        for c in reversed(entering[:-1]):  # A集群、B集群(与重庆共建): a remark in brackets does not end the list
            if _BRACKETED.sub("", text[c.end:listed[0].start]) in _LIST_JOINTS + ("",) and c.end < listed[0].start:
                listed.insert(0, c)
            else:
                break
        out.extend((c, "memberOf", tier, False) for c in listed)
    return out


def cluster_core(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``成德高端能源装备集群以成都市、德阳市为核心承载区``: the places a cluster is built on are its members."""
    out = []
    for c in (c for c in _of(mentions, "Cluster") if c.level != "tier"):
        core = _CORE_PLACES.match(text, c.end)
        if core is None:
            continue
        places = sorted((r for r in _of(mentions, "Region") if core.start(1) <= r.start and r.end <= core.end(1)), key=lambda m: m.start)
        if places and places[-1].end == core.end(1):
            out.extend((r, "memberOf", c, False) for r in joined(places, text))
    return out


_ENTERS = re.compile(r"(?:成功|正式)?(?:入选|入围|获批|列入|跻身|被认定为|认定为)")
_BRACKETED = re.compile(r"[(（][^()（）]{0,20}[)）]")
_CORE_PLACES = re.compile(r"以([^,;。以为]{2,30}?)为(?:核心|主体|主要)?(?:承载区|核心区|主阵地|主战场|核心)")
_BUILT_ON = re.compile(r"(?:以|依托|围绕)$")


def ranked(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """In an article on an honour list (百强县): ``江阴市、张家港市分列第二、第三位``, ``惠安县、石狮市等也榜上有名`` —
    the places ranked on it hold it."""
    if ctx.ranking is None:
        return []
    out = []
    places = [r for r in _of(mentions, "Region") if r.level in ("county", "city")]
    for cue in _RANKED.finditer(text):
        cs, _ = _clause_of(text, cue.start())
        before = sorted((r for r in places if cs <= r.start and r.end <= cue.start()), key=lambda r: r.start)
        if before:
            # 晋江市在全国县域经济百强县中位列第4位: the list the clause names, else the one the article is about
            named = [d for d in _of(mentions, "Designation") if before[-1].end <= d.start and d.end <= cue.start()]
            title = named[-1] if named else replace(ctx.ranking, sentence=before[-1].sentence)
            out.extend((r, "hasDesignation", title, not named) for r in joined(before, text))
    return out


def respectively(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``鹿寨县、融安县、三江侗族自治县分别建成竹笋、稻米、豆角原料基地``: each place, in order, develops each industry."""
    out = []
    for word in re.finditer("分别", text):
        places = [r for r in _of(mentions, "Region") if r.end <= word.start() and word.start() - r.end <= 1]
        industries = sorted((i for i in _of(mentions, "Industry") if word.end() <= i.start), key=lambda i: i.start)
        if not places or not industries or industries[0].start - word.end() > 4:
            continue
        places = joined(sorted((r for r in _of(mentions, "Region") if r.end <= places[-1].end), key=lambda r: r.start), text)
        listed = [industries[0]]
        for i in industries[1:]:
            if text[listed[-1].end:i.start] in _LIST_JOINTS:
                listed.append(i)
        if len(places) == len(listed) >= 2:
            out.extend((p, "hasPriorityIndustry", i, False) for p, i in zip(places, listed))
    return out


def cooperation(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``A与B签署战略合作协议``, ``A与B合资成立…``, ``A、B共建…``: two firms that cooperate."""
    out = []
    firms = sorted(_of(mentions, "Firm"), key=lambda m: m.start)
    for cue in _COOPERATE.finditer(text):
        cs = max(text.rfind(c, 0, cue.start()) for c in ",;。") + 1
        here = [f for f in firms if cs <= f.start and f.end <= cue.start()]
        if len(here) == 1 and _GOES_ON_WITH.match(text, cs, here[0].start):
            # 天宝集团全年实现销售收入18.6亿元,与…太原重工签订…协议: the clause goes on from the firm the sentence opens with
            out.extend((f, "cooperatesWith", here[0], False) for f in sentence_firm(text, mentions, here[0].start, _GOES_ON_WITH))
            continue
        if len(here) < 2:
            continue
        # the two sides of 与: A、B等本地企业与宁德时代开展合作, 大全能源已与隆基绿能、晶科能源签订协议: each of one with each of the other
        split = next((n for n in range(len(here) - 1) if _WITH.search(text[here[n].end:here[n + 1].start])), None)
        if split is not None:
            left = joined(here[:split + 1], text)
            right = _listed_from(here[split + 1:], text, here[split + 1].start)
            out.extend((a, "cooperatesWith", b, False) for a in left for b in right)
            continue
        if _WITH.search(text[cs:here[0].start]):
            continue  # …已与隆基绿能、晶科能源签订协议: the partners of one the text does not name as a firm, not of each other
        listed = joined(here, text)  # (由)A、B和C共同打造…: each pair of the firms listed right before the cue
        out.extend((a, "cooperatesWith", b, False) for n, a in enumerate(listed) for b in listed[n + 1:])
    return out


# searched on the words between two firms (a slice: ^ holds at its start); the second may come with a description (与省城太原的风电整机制造商B)
_WITH = re.compile(r"(?:与|同|携手|联合)$|^(?:与|同|携手)(?=[^、]*(?:的|商|企业)$)"  # not 和: A、B和C共同… lists all
                   rf"|^(?:与|同|携手)(?:{'|'.join(lx.COUNTRIES)})$")  # 与德国西门子公司: a partner and its country


_COOPERATE = re.compile(r"合资|合作|共建|共同(?:投资|建设|出资|组建|成立|打造)|联合(?:成立|组建|建设|开发|研发|攻关)|开展(?:技术)?攻关|签署|签订|达成")


_RANKED = re.compile(r"位居榜首|名列榜首|分列第|位列第|名列第|排名第|居第|榜上有名|上榜|入围|入选"
                     r"|分列前|位列前|位居前|进入前|跻身前|分获前")  # 昆山市、江阴市、张家港市分列前三名
_LED_BY = re.compile(r"以([^,;。以]{2,60}?)(?:等(?:企业|龙头企业)?)?为(?:龙头|代表|核心|引领|主体|骨干)")


_AMONG_TRADES = re.compile(r"(?:主要|重点|各)?(?:子行业|行业|产业|领域|门类)?中[,，]?")


def within_industry(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``装备制造业主要行业中,汽车制造业,通用设备制造业…增加值均实现增长``: each industry listed is part of the one the
    sentence opens with; ``汽车制造业中,华晨宝马汽车有限公司全年生产整车…``: the firm named right after is in it."""
    industries = sorted(_of(mentions, "Industry"), key=lambda m: m.start)
    whole = next((i for i in industries if OPENING_WORDS.fullmatch(text, 0, i.start)), None)
    among = _AMONG_TRADES.match(text, whole.end) if whole is not None else None
    if among is None or among.end() == whole.end:
        return []
    firm = next((f for f in _of(mentions, "Firm") if f.start == among.end()), None)
    if firm is not None:
        return [(firm, "inIndustry", whole, False)]
    listed = [i for i in industries if i.start == among.end()]
    for i in industries:
        if listed and i.start > listed[-1].end and re.fullmatch(r"[,，、]|和|及|以及", text[listed[-1].end:i.start]):
            listed.append(i)
    return [(i, "partOf", whole, False) for i in listed] if len(listed) >= 2 else []


def in_the_field(text: str, mentions: list[Mention], ctx: Context) -> list[Triple]:
    """``光伏领域，支持天合光能股份有限公司…``, ``在航空航天领域，空客公司在天津港保税区建成了…``: the firms of a
    sentence that opens on a field are in it."""
    field = next((i for i in _of(mentions, "Industry") if _FIELD_OPENING.fullmatch(text, 0, i.start)), None)
    if field is None or not _FIELD_WORD.match(text, field.end):
        return []
    return [(f, "inIndustry", field, False) for f in _of(mentions, "Firm") if f.start > field.end]


_FIELD_OPENING = re.compile(rf"{OPENING_WORDS.pattern}在?")
_FIELD_WORD = re.compile(r"(?:产业|行业)?(?:领域|方面)[,，]")


RULES = RULES + (within_industry, in_the_field, production, described_as, listed_on, listed_among, conferred, governed, set_in, project_site, firm_site, firms_brought_in, located_before_name, led_by, gathered_by, cluster_tier, cluster_core, ranked, respectively,
                 cooperation)
