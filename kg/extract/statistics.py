"""Observations: who has which figure for which period, read clause by clause.

Articles of this genre state figures in chains of clauses that share their subject and period
(``2022年,长兴县……产值达300.9亿元,同比增长187.9%;……``). So a sentence is split into clauses on
``,;:`` and ``。``, and a small context is carried along. Periods are kept by kg.extract.periods.
The subject of a figure is, in this order:

* the nearest Region, Firm, Organization or Cluster before it in its clause (all of them when
  ``均``/``分别`` spread the figure); a chain of places (``湖北应城市黄滩镇刘垸村``) is its last place;
  names after ``与``/``较``/``为``, before ``的`` + number, or where a thing is sited (``选址``,
  ``位于``) are comparators, and names in an ``X、Y等`` list are members of a counted class;
* ``全县``/``本市``/``该村``: the place of that kind in context (the focus, its parent, the last named);
  ``该公司``: the firm named last; a country (``全国``, ``我国``) or an event (``…推介会在武汉举行``)
  silences the clause, as the gold does not record national figures or figures of events;
* the subject the clause or sentence opened with; ``其中X`` names a part only for clauses that repeat
  the whole's indicators (``全市签约33个项目…其中阳新签约18个项目,签约金额…``);
* the firm whose chairman speaks (``娲石集团董事长魏华山`` … ``魏华山表示,投资40亿元``);
* the last subject of the paragraph; in a statute, the statute itself (its figures are parameters);
* the article's focus, only in a paragraph that names it or a ``全县``-style word.

``分别`` zips a list of subjects with a list of values; ``均`` copies the value to every subject.
Ranks, ranges, thresholds, unit-less figures, people counted at an event (``47人死亡``), counts of
an argument (``以下四个特点``) and a plan's quoted targets are skipped: they are not facts here. A
figure restated later (a headline repeated in the body) is kept once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.extract.anaphora import KINDS, SELF_WORDS, resolve
from kg.extract import lexicon as lx
from kg.extract import literals
from kg.extract.mentions import Mention
from kg.extract.numbers import (AFTER_APPROX, DELTA, RANGE, RANK, THRESHOLD, Quantity, find_quantities,
                                parse_chinese_numeral)
from kg.extract.ranks import Rank, find_rank, rank_indicators
from kg.extract.periods import BOUND_YEAR, DEFAULT_PERIOD, LEAD, PERIOD, Periods, open_period, period_of
from kg.extract.statute import TITLE_ENDINGS
from kg.regions import by_code
from kg.records import Entity, Evidence, Observation
from kg.text.chrome import TABLE_LINE_ROW
from kg.text.model import Sentence

__all__ = ["SUBJECT_TYPES", "extract_observations", "subject_entities"]

SUBJECT_TYPES = frozenset({"Region", "Firm", "Organization", "Cluster"})
NATIONAL = "national"  # the key of a pseudo-subject whose figures are not recorded

_CLAUSE_END = re.compile(r"[,，;；。!！?？]|(?<!\d)[:：](?!\d)")
_CLAUSE_MARK = re.compile(r"[(（)）]|" + _CLAUSE_END.pattern)
_FOCUS_WORDS = re.compile(r"(?:全|本|该|我)[县市区省镇村乡](?!场|民)|[县市]域")
_ANAPHOR_TYPE = {"集群": "Cluster", "园区": "Organization", "发区": "Organization", "新区": "Organization", "开区": "Organization",
                 "业园": "Organization"}
_THE_FIRM = re.compile(r"该(?:公司|企业|集团|厂|集群|园区|开发区|高新区)|这家公司|这家企业|(?<![^,，;；。年])(?:园区|开发区|高新区|经开区|集群|产业园)(?=[\u4e00-\u9fff])|公司(?=[\u4e00-\u9fff]{0,6}(?:注册资本|占地|员工|总资产|年产|年销售|产值|营收|营业收入|利润|资产))")
# a zone's short word, and the ending its full name has (经开区 → 赣州经济技术开发区)
# 园区 in a zone's own guide: the park so named, else the development zone (沧州临港经济技术开发区…园区实现…)
_ZONE_ENDING = {"经开区": ("经开区", "开发区"), "高新区": ("高新区", "开发区"), "园区": ("园区", "开发区", "高新区", "经开区", "产业园")}
_NATIONAL_WORDS = re.compile(r"全国|我国|中国|全球|世界")
_JOIN = re.compile(r"^(?:、|和|及|以及)?$")
# not after 位于X的: 位于柳南区的柳州螺蛳粉产业园 is the park, the clause's subject; 居全省第2位: the peers of a rank
_COMPARATOR_BEFORE = re.compile(
    r"(?:(?:与|较|比|为|(?<!位)于|占|同|跟|对|向|在|从|由|作为|相比|相较|对比|低于|高于|成为|来自|居|位列|名列|依托|借助|依靠)"
    r"(?:[^,，;；。]{0,12}的)?|(?:选址|位于|落户|坐落)|是[^,，;；。]{0,12}的)$"
)
# 全国8成的粉笔 / 全国70%的产量: the country is the reference set of a share, not the subject
_SHARE_OF = re.compile(r"^\s*(?:约|近|超过|逾)?\s*[\d一二三四五六七八九十.]+\s*(?:%|成)\s*(?:以上|左右)?的")
_COMPARATOR_AFTER = re.compile(r"^(?:\s*的\s*(?:[\d$]|一半|[一二三四五六七八九十]+分之)|\s*相比|\s*相较|\s*对比)")
_FACILITY = re.compile(r"港(?!澳)|机场|火车站|高铁站|大桥|隧道|水库")
_LOCATED = re.compile(r"选址|位于|落户|坐落|地处|来自|源于|源自|距离|距|相距")
_MEMBER_AFTER = re.compile(r"^\s*(?:等|[\d一二三四五六七八九十两]+\s*(?:家|个|项)(?:企业|公司|集群|单位))")  # A、B等; A、B、C3家企业
_CLASS_AFTER = re.compile(
    r"^(?![^,，;；。]{0,4}(?:有|集聚|聚集|入驻|引进|培育|新增|落户|入选|获评))"  # 园区共有化工企业67家: the park owns the count
    r"[^\d,，;；。的]{0,8}?(?:企业|公司|项目|单位|机构)\s*(?:[\d$]|[一二三四五六七八九十百千]+[家个项])")
# A、B等配套企业产值分别增长23%、15%: the listed firms, each given its figure, not a class counted
# 位于镇区的闽宁产业城已入驻企业62家: the thing placed, right after 的, is what the figure is about
_PLACED_THING = re.compile(r"(?:位于|地处|坐落于|坐落在|落户)[^,，;；。的]{1,6}的$")
_SITED_IN = re.compile(r"(?:位于|地处|坐落于|坐落在|落户)[^,，;；。]{0,4}$")
_EACH_OF_THEM = re.compile(r"^\s*等[^\d,，;；。]{0,12}?(?:分别|均)")  # A、B等企业产值均突破50亿元: each of them
_MEMBER_BEFORE = re.compile(r"等[^,，;；。]{0,4}$")  # 等太湖科技板挂牌企业5家: part of the class
_TRAILING_VERBS = re.compile(
    r"(?:分别|均|已经|已|也|就|都|仅|只|共|还|为|是|达到|达|突破|超过|超|逾|近|(?<![签预合节制契公条履违])约|有|在|实现|了"
    r"|不(?:得|应|能|宜)?|可|可以|(?<![产动功性效职技体智电热势储节赋])能|将|将会|预计|有望|稳定|保持|控制|维持)+$"
)


@dataclass
class _Scene:
    """Who the figures of a paragraph are about when a clause names nobody.

    ``focus`` is the article's place; it is only used in a paragraph that has named it (or ``全县``).
    ``statute`` is a statute's own title: its figures are parameters of the document.
    """

    focus: Mention | None
    statute: Mention | None = None
    notice: Mention | None = None  # a notice's own title: the rewards it sets (给予每家最高200万元) are its parameters
    subject: list[Mention] = field(default_factory=list)  # the last subject of the paragraph
    focus_named: bool = False
    whole_report: bool = False  # a report on its place (政府工作报告, 统计公报): the focus is named throughout
    speakers: dict[str, Mention] = field(default_factory=dict)  # 魏华山 → 娲石集团 (its chairman)
    speaker: Mention | None = None  # the firm whose representative speaks in this sentence
    places: dict[str, Mention] = field(default_factory=dict)  # 县/市/镇/村… → the last region so named
    regions: dict[str, Mention] = field(default_factory=dict)  # every surface of a region in the document
    region_names: list[str] = field(default_factory=list)  # the keys of regions, longest first
    last: dict[str, Mention] = field(default_factory=dict)  # type → the mention named last (该公司, 该集群)
    parks: dict[str, Mention] = field(default_factory=dict)  # 高新区/开发区… → the park so named last (高新区 later)
    in_target: bool = False  # inside a plan's quoted targets (提出“…”) that runs over sentences

    def place(self, word: str, index: int, earlier: list[Mention] = ()) -> Mention | None:
        """``全市``/``本县``/``全村``: the region of that kind in context (kg.extract.anaphora), ``earlier`` the mentions
        before the word in its sentence."""
        return resolve(word[-1] if word[-1] in KINDS else word[0], self.focus, self.places, index,
                       earlier if word[0] not in SELF_WORDS else ())


@dataclass
class _Group:
    """Consecutive mentions joined by 、/和/及, with their role in the clause."""

    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)
    role: str = "subject"  # subject, comparator, member, national, event, source (a body that announces or speaks)


def extract_observations(
    sentences: list[Sentence],
    mentions: dict[int, list[Mention]],
    *,
    doc_iri: str,
    published: str | None,
    focus: Mention | None,
    title: str | None = None,
) -> list[Observation]:
    """Observations stated in ``sentences`` (in document order), one per subject and figure.

    ``mentions[s.index]`` are the entity mentions of sentence ``s``; ``focus`` is the article's main
    subject, which ``全县``-style words and subject-less clauses of a paragraph naming it refer to.
    A figure repeated later (a headline restated in the body) is kept once.
    """
    titled_year = _TITLE_YEAR.search(title or "")  # 2024年重大项目集中签约仪式, 2024年昆山市政府工作报告
    year = int(published[:4]) if published else int(titled_year.group(1)) if titled_year else None
    periods = Periods(published=year)
    if titled_year and _BULLETIN.search(title or ""):
        periods.default = titled_year.group(1)  # 2023年…统计公报, printed in 2024: its 全年 is 2023
    scene = _Scene(focus=focus or _title_place(title), statute=_statute(sentences, mentions), notice=_notice(sentences, mentions))
    # 昆山市政府工作报告: every paragraph speaks of 昆山
    scene.whole_report = _PLACE_REPORT.search(title or "") is not None and scene.focus is not None
    zone = _ZONE_REPORT.match(title or "")
    body = next((m for ms in mentions.values() for m in ms if zone and m.type == "Organization" and m.label == zone.group(1)), None)
    if body is not None:  # 子牙经济技术开发区2017年工作总结: the zone speaks of itself throughout
        scene.focus, scene.whole_report = body, True
    focus = scene.focus
    scene.regions = {m.surface: m for ms in mentions.values() for m in ms if m.type == "Region" and len(m.surface) >= 2}
    scene.region_names = sorted(scene.regions, key=len, reverse=True)  # sorted once, not per sentence
    out: list[Observation] = []
    seen: set[tuple] = set()
    said_in: dict[tuple, int] = {}
    table: re.Match | None = None  # the caption of a table written as lines (表1 …增速(%)), while its rows go on
    columns: list[tuple[str, str]] = []  # its figures' columns: (indicator, unit), from the caption or a header line
    for s in sentences:
        found = mentions.get(s.index, [])
        if s.paragraph != periods.paragraph:
            periods.paragraph, periods.paragraph_period = s.paragraph, None
            scene.subject, scene.focus_named, scene.in_target = [], scene.whole_report, False
        periods.sentence = None
        section_year = _SECTION_YEAR.search(s.text) if s.heading and s.index else None
        if section_year:
            periods.default = section_year.group(1)  # 一、2013年工作回顾 in 2014's report: the section's figures are 2013's
        if s.quarantined or _REFERENCE.match(s.text):
            continue
        scene.focus_named = scene.focus_named or bool(_FOCUS_WORDS.search(s.text)) or (
            focus is not None and any(m.key == focus.key for m in found))
        _learn_speakers(s.text, found, scene)
        evidence = _evidence(s, doc_iri)
        row = TABLE_LINE_ROW.fullmatch(s.text) if table is not None else None
        header = _TABLE_HEADER.fullmatch(s.text) if table is not None and row is None else None
        caption = _TABLE_CAPTION.match(s.text)
        if caption is not None:
            table, columns = caption, [(caption.group(2), caption.group(3))] if caption.group(3) else []
        elif header is not None:
            columns = re.findall(r"([^\s()]{1,12})\(([^()]{1,6})\)", header.group(1))  # 增加值(亿元)  比上年增长(%)
            continue
        elif row is None:
            table = None
        if row is not None:
            out.extend(_table_row(row, found, table, columns, evidence, periods))
            continue
        for o, tail in _sentence(s, found, scene, periods, evidence):
            keys = ((o.subject, o.value, o.unit, "indicator", o.indicator), (o.subject, o.value, o.unit, "tail", tail))
            told = said_in.get((o.subject, o.value, o.unit, s.paragraph), s.index)
            if told == s.index and not any(k in seen for k in keys):
                out.append(o)
            seen.update(keys)
            said_in.setdefault((o.subject, o.value, o.unit, s.paragraph), s.index)  # 保存…专利95件。其中95件…中
        default = DEFAULT_PERIOD.search(s.text)
        if default:
            periods.default = default.group(1)
        for m in found:
            if m.type == "Region" and m.label[-1:] in "县市区省镇村乡":
                scene.places[m.label[-1]] = m
            if m.type in ("Firm", "Cluster", "Organization") and m.level != "tier":
                scene.last[m.type] = m  # 集群 is the cluster named last, not a tier (国家级集群) a sentence compares it to
            for ending in ("高新区", "经开区", "开发区", "园区", "新区", "产业园"):
                if m.type == "Organization" and m.label.endswith(ending):
                    scene.parks[ending] = m
    out += _indicator_tables(sentences, scene.focus, doc_iri)
    # a headline's figure the body states again (山东新增187家… / 山东省共有187家企业入选) is the body's, with its words
    headings = {s.index for s in sentences if s.heading}
    told = {(o.subject, o.value, o.unit) for o in out if o.evidence.sentence not in headings}
    out = [o for o in out if o.evidence.sentence not in headings or (o.subject, o.value, o.unit) not in told]
    return out + _title_counts(sentences, mentions, doc_iri, periods)


# 表1　2018年全省装备制造业主要行业增加值增速（%）, then rows 汽车制造业　　12.6: each row a figure of what it names;
# a caption with no unit (表1 2014年全盟三次产业增加值及增长速度) has a header line naming each column and its unit
_TABLE_CAPTION = re.compile(r"^表\s*\d+\s*(?:(\d{4})年)?(?:全[省市县区国盟旗州])?(.{2,30}?)\s*(?:\(([^()]{1,6})\))?\s*$")
_TABLE_HEADER = re.compile(r"\s*[\u4e00-\u9fff]{1,8}((?:\s+[^\s()]{1,12}\([^()]{1,6}\))+)\s*")
_GROWTH = re.compile(r"增速|增长|增幅")
_ROW_SUBJECTS = SUBJECT_TYPES | {"Industry"}  # a table of industries' growth: each industry's figure


def _table_row(row: re.Match, found: list[Mention], caption: re.Match, columns: list[tuple[str, str]], evidence: Evidence,
               periods: Periods) -> list[Observation]:
    subject = next((m for m in found if m.start == 0 and m.end == row.end(1) and m.type in _ROW_SUBJECTS), None)
    values = row.group(2).replace("%", "").split()
    if subject is None or len(values) != len(columns):
        return []  # a row with more or fewer figures than the columns named: which is which is not known
    return [Observation(subject=subject.key, subject_type=subject.type, indicator=indicator, value=Decimal(value),
                        unit=unit, period=caption.group(1) or periods.default, evidence=evidence,
                        qualifier="delta" if unit == "%" and _GROWTH.search(indicator) else None)
            for value, (indicator, unit) in zip(values, columns)]


def subject_entities(observations: list[Observation], known: set[tuple[str, str]]) -> list[Entity]:
    """Regions that observations are about but no sentence names as such (``全市`` for the city of a
    county, a place named only in the title): entities of their own, so that the graph stays valid."""
    out: dict[str, Entity] = {}
    for o in observations:
        place = by_code(o.subject) if o.subject_type == "Region" and (o.subject_type, o.subject) not in known else None
        if place is not None:
            e = out.setdefault(o.subject, Entity("Region", place.code, place.name, subtype=place.level,
                                                 code=place.code, reference=True))
            if o.evidence not in e.evidence:
                e.evidence.append(o.evidence)
    return list(out.values())


# the year a title names, the document's when no date is printed; a report a place's government or statistics
# bureau writes on the place
_TITLE_YEAR = re.compile(r"(?<![\d-])(20\d{2})\s*年(?![\d-])")
# 政府工作报告(摘要) too; a place's own plan (常州市“十四五”制造业高质量发展规划) speaks of that place throughout
_PLACE_REPORT = re.compile(r"^(?:\d{4}年)?.{0,16}?(?:政府工作报告|国民经济和社会发展统计公报|统计公报)"
                           r"|^[\u4e00-\u9fff]{2,8}?[省市县区]“[^”]{2,8}”[^,，;；。]{0,20}?规划")
_BULLETIN = re.compile(r"统计公报")


_ZONE_REPORT = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:开发区|高新区|经开区|园区|新区|产业园))\s*(?:\d{4}\s*年度?)?(?:工作总结|工作报告|年度报告)")


def _title_place(title: str | None) -> Mention | None:
    """``2023年溧阳市政府工作报告``: a report on a place names it in its title and says 全市 after. A province
    the title opens with (山东新增187家…企业) is the 全省 of the body, unless its county follows it (浙江长兴…)."""
    if not title:
        return None
    from kg.extract.gazetteer import gazetteer  # the automaton is built once, on first use

    places = [m for m in gazetteer().find(-1, title, set()) if m.level in ("province", "county", "city")]
    if not places:
        return None
    place = places[0]  # 浙江省长兴县…: the chain the title opens with, not a place named later (引进宁德时代)
    for m in places[1:]:
        if m.start == place.end:
            place = m
    return replace(place, start=0, end=0)


_REFERENCE = re.compile(r"\s*\[\d+\]")  # a bibliography entry of a report: [3]千亩土地千亿梦!
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]+条\s")
_TITLE_COUNT = re.compile(r"等\s*(\d+|[一二三四五六七八九十百]+)\s*(件|部|项|个)")


def _statute(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> Mention | None:
    """A statute's own title (its first sentence names a 条例/规定…, and its body is in 第N条)."""
    if sum(1 for s in sentences if _ARTICLE.match(s.text)) < 2:
        return None
    for s in sentences[:3]:
        for m in mentions.get(s.index, []):
            if m.type == "Policy" and m.label.endswith(TITLE_ENDINGS) and m.start <= 2:
                return m
    return None


def _notice(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> Mention | None:
    """A notice's own title (…关于公布…名单的通知), a heading that is the whole of it; for a cover notice (关于印发《…
    行动方案》的通知) the document it issues, whose rewards they are."""
    notice = None
    for s in sentences[:3]:
        policies = sorted((m for m in mentions.get(s.index, []) if m.type == "Policy"), key=lambda m: m.start)
        cover = _COVER_NOTICE.search(s.text)
        issued = next((m for m in policies if cover and cover.start(1) <= m.start and m.end <= cover.end(1) + 1), None)
        if issued is not None:
            return issued
        notice = notice or next((m for m in policies if m.start <= 2 and len(s.text) - m.end <= 2
                                 and m.label.endswith(_NOTICE_ENDINGS)), None)
    return notice


_COVER_NOTICE = re.compile(r"关于(?:印发|转发)(《[^《》]+》)的通知\s*$")
_NOTICE_ENDINGS = ("通知", "方案", "措施", "意见", "办法", "细则")
# 给予每家最高200万元的支持, 一次性奖励50万元: a reward the document sets
_REWARD = re.compile(r"(?:给予|奖励|补助|补贴|资助|支持)[^,;。]{0,8}$|^[^,;。]{0,3}(?:的)?(?:奖励|补助|补贴|资助|支持)")


# | 指标 | 2020年 | 2025年目标 |, then | 规模以上工业总产值（亿元） | 1026 | 1500 |: a column per year, a row per indicator
_YEAR_COLUMN = re.compile(r"(\d{4})\s*年?(?:底|末)?\s*(目标|预期|预期目标|目标值)?")
_INDICATOR_ROW = re.compile(r"(.{2,30}?)\s*[(（]([^()（）]{1,6})[)）]")
_CELL_FIGURE = re.compile(r"[-+]?\d+(?:\.\d+)?")


def _evidence(s: Sentence, doc_iri: str) -> Evidence:
    """Where a figure of sentence (or table cell) ``s`` was read."""
    return Evidence(document=doc_iri, sentence=s.index, text=s.text, raw_start=s.raw_start, raw_end=s.raw_end,
                    quarantined=s.quarantined)


def _indicator_tables(sentences: list[Sentence], place: Mention | None, doc_iri: str) -> list[Observation]:
    """A plan's or report's table of indicators, with no place of its own in it: each figure is the place the text is
    about, its indicator the row's first cell (its unit in brackets), its period the column's year (a target's in 目标)."""
    if place is None:
        return []
    rows: dict[int, list[Sentence]] = {}
    for s in sentences:
        if s.cell is not None and not s.quarantined:
            rows.setdefault(s.paragraph, []).append(s)
    out: list[Observation] = []
    header: list[re.Match | None] = []
    for cells in rows.values():
        years = [_YEAR_COLUMN.fullmatch(c.text.strip()) for c in cells[1:]]
        if any(years) and not _INDICATOR_ROW.fullmatch(cells[0].text.strip()):
            header = years  # | 指标 | 2020年 | 2025年目标 |
            continue
        row = _INDICATOR_ROW.fullmatch(cells[0].text.strip())
        if row is None or len(cells) - 1 != len(header):
            continue
        for cell, year in zip(cells[1:], header):
            figure = _CELL_FIGURE.fullmatch(cell.text.strip())
            if year is None or figure is None:
                continue  # — : no figure for that year
            evidence = _evidence(cell, doc_iri)
            unit = row.group(2).replace("％", "%")
            out.append(Observation(subject=place.key, subject_type=place.type,
                                   indicator=row.group(1) + ("目标" if year.group(2) else ""), value=Decimal(figure.group()),
                                   unit=unit, period=year.group(1), evidence=evidence,
                                   qualifier="delta" if unit == "%" and _GROWTH.search(row.group(1)) else None))
    return out


def _title_counts(sentences: list[Sentence], mentions: dict[int, list[Mention]], doc_iri: str,
                  periods: Periods) -> list[Observation]:
    """``《关于修改〈…〉等10件地方性法规的决定》``: the count a document's title gives of what it covers."""
    out, seen = [], set()
    for s in sentences:
        for m in mentions.get(s.index, []):
            hit = _TITLE_COUNT.search(m.surface) if m.type == "Policy" else None
            value = hit and (parse_chinese_numeral(hit.group(1)) if not hit.group(1).isdigit() else Decimal(hit.group(1)))
            if not value or m.key in seen:
                continue
            seen.add(m.key)
            year = _YEAR_IN.search(s.text[: m.start])
            evidence = _evidence(s, doc_iri)
            out.append(Observation(subject=m.key, subject_type="Policy", indicator=f"{hit.group(2)}数",
                                   value=value, unit=hit.group(2), evidence=evidence,
                                   period=year.group(1) if year else str(periods.published or "") or None))
    return out


_YEAR_IN = re.compile(r"(\d{4})\s*年")
_TITLES = r"(?:党委书记|董事长|副董事长|总经理|总裁|首席执行官|创始人|负责人|CEO)"
_INTRODUCED = re.compile(rf"[^,，。;；:：]{{0,16}}?{_TITLES}(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=表示|说|介绍|指出|称|透露|认为|强调|等|作为|在|陪同|的|[,，。、:：\s]|$)")
_SPEAKS = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3}?)(?:表示|说|介绍|指出|称|透露|认为|强调)")


def _learn_speakers(text: str, found: list[Mention], scene: _Scene) -> None:
    """``娲石集团党委书记、董事长魏华山`` makes 魏华山 speak for 娲石集团; ``魏华山表示,…`` then does."""
    for m in found:
        if m.type == "Firm":
            hit = _INTRODUCED.match(text, m.end)
            if hit:
                scene.speakers[hit.group("name")] = m
    speaks = _SPEAKS.match(text)
    firm = scene.speakers.get(speaks.group("name")) if speaks else None
    scene.speaker = None if firm is None else replace(firm, start=0, end=0)


def _sentence(s: Sentence, mentions: list[Mention], scene: _Scene, periods: Periods,
              evidence: Evidence) -> list[tuple[Observation, str]]:
    """Walk the clauses of one sentence, carrying its subject and period; each observation comes
    with the words after its number (a repeated statement repeats them)."""
    text = s.text
    spans = [(m.start, m.end) for m in mentions]
    targets = _targets(text, scene)
    quantities = [q for q in find_quantities(text) if not any(a < q.end and q.start < b for a, b in spans + targets)]
    if scene.statute:  # a statute's figures are its own parameters, whatever other document a clause cites
        eligible = [m for m in mentions if m.type == "Policy" and m.key == scene.statute.key]
    else:
        eligible = _longest([m for m in mentions if m.type in SUBJECT_TYPES] + _unfound_places(mentions, scene, text, s.index))
    carried: list[Mention] = []
    previous: list[Mention] = []
    last: list[str] = []
    said: list[str] = []  # indicators of the clauses before a 其中 part
    whole: list[Mention] | None = None  # the subject a 其中 part was taken from
    out: list[tuple[Observation, str]] = []
    setter = _setting_document(text, mentions)
    if len(scene.subject) > 1 and all(m.type == "Firm" for m in scene.subject) \
            and any(m.type == "Industry" and m.start == _strip_lead(text, 0, len(text)) for m in mentions):
        scene.subject = []  # A、B等龙头企业产值均超过10亿元。地理信息产业实现营业收入201亿元: the place's industry, not the firms'
    for n, (cs, ce) in enumerate(_clauses(text)):
        clause_qs = _classes_out([q for q in quantities if cs <= q.start < ce], text)
        if _REMAINDER.match(text, cs):
            clause_qs = []  # 其余30家分布在东营、德州等8个市: the rest of a count, which no one subject has
        if cs > 0 and text[cs - 1] in ";；" and any(m.type == "Industry" and m.start == _strip_lead(text, cs, ce) for m in mentions):
            carried = []  # …总投资185亿元;藤铁工艺产业产值达到62亿元: a new clause on an industry, not the park's figures
        groups = _groups(text, cs, ce, eligible, scene, s.index, clause_qs, carried)
        open_period(text, cs, ce, periods, opens_sentence=n == 0)
        head = _head(text, cs, groups, clause_qs)
        indicators, bases = _indicators(text, cs, ce, clause_qs, groups, last)
        if whole is not None and not head and not set(bases) & set(said):
            carried, whole = whole, None  # 其中新港园区5个,项目个数占全市的45.8%: back to the whole
        rank = find_rank(text, cs, ce)
        if rank is not None:
            out.extend(_ranks(text, cs, rank, groups, [head, carried, [scene.speaker] if scene.speaker else [],
                                                       scene.subject], scene, last, periods, evidence))
        if clause_qs and all(q.qualifier == RANK for q in clause_qs):
            bases = []  # 居全国第1位: a rank names no indicator for the next clause
        last = bases or _ranked(text, cs, ce, groups) or last
        zipped: list[Mention] = []  # the list a 分别 clause zips, which the next clause's 分别 zips again
        for q, indicator in zip(clause_qs, indicators):
            subjects = _subjects(text, cs, q, groups, head, carried, previous, scene)
            if len(subjects) > 1 and "分别" in text[cs:q.start]:
                zipped = subjects
            own = any(cs <= g.start and g.end <= q.start and g.role == "subject" for g in groups)
            if setter is not None and not own:
                subjects = [setter]  # 《意见》提出,到2025年,培育200个…集群: the document's target
            if not _recordable(q, text) or not subjects or subjects[0].key in (NATIONAL, EVENT) or _INCIDENT.search(indicator):
                continue  # 过火面积约2000平方米: a measure of an incident, which is no entity
            if _AVERAGE_OF_KIND.search(text, cs, q.start) and not own:
                continue  # 认定企业平均研发投入占营业收入比重达到5.2%: an average over a kind of firm, which no one entity has
            period = period_of(text, cs, q.start, periods)
            aimed = _AIM.search(text, cs, q.start) or _AIMS_LISTED.search(text, 0, cs)  # 主要预期目标是:…增长5%
            if (setter is not None and not own or aimed) and not _AIMED.search(indicator):
                indicator = _AIM_WORD.sub("", indicator) + "目标"  # 力争突破6000亿元: a target
            if len(subjects) > 1 and _COMBINED.search(text, cs, q.start) and not _SPREAD.search(text, cs, q.start):
                continue  # 合肥市、芜湖市…合计占全省新增总数的55%: the places together, which no one entity is
            for subject, value_q in _distribute(text[cs:ce], subjects, q, clause_qs):
                if subject.key in (NATIONAL, EVENT):
                    continue  # 贵州省、全国…分别为100万台和500万台: the country's figure, which no entity holds
                ob = Observation(subject=subject.key, subject_type=subject.type, indicator=indicator,
                                 value=value_q.value, unit=value_q.unit, period=period,
                                 evidence=evidence, qualifier=value_q.qualifier)
                out.append((ob, text[q.end: q.end + 4]))
        if head and _PART.match(text, cs):
            whole = carried
        elif whole is None:
            said.extend(bases)
        if head:
            carried = zipped or head  # 全市所辖A、B…分别为x、y,分别增长a、b: A and B go on, not the city
        previous = [m for g in groups if g.role != "member" for m in g.mentions]
    if carried and whole is None and carried[0].key not in (NATIONAL, EVENT):
        scene.subject = carried
    return out


_AVERAGE_OF_KIND = re.compile(r"(?:企业|公司|园区|集群|项目)(?:的)?(?:平均|户均|家均)|(?<![\u4e00-\u9fff])(?:平均|户均)(?:拥有|每家)")
_COMBINED = re.compile(r"合计|共计|合共|总计|加起来|两市合|三市合")
_SETS = re.compile(r"(?:明确)?(?:提出|要求|明确|规定|确定|部署)")


def _setting_document(text: str, mentions: list[Mention]) -> Mention | None:
    """The policy a sentence opens with when it sets goals (``《意见》提出,…``): its figures are the document's targets."""
    first = min((m for m in mentions if m.type == "Policy"), key=lambda m: m.start, default=None)
    if first is None or not (first.start <= 2 or _ISSUED_BEFORE.search(text, 0, first.start + 1)):
        return None  # 《意见》提出… or 省政府办公厅印发《规划》,提出…
    after = first.end + (text[first.end:first.end + 1] == "》")
    return first if _SETS.match(text, after + (text[after:after + 1] in ",，")) else None


_ISSUED_BEFORE = re.compile(r"^[^,，;；。]{0,30}?(?:印发|发布|出台|制定|公布|颁布)(?:了|的)?《?$")  # 工信部2022年印发的《…》提出


_PART = re.compile(r"\s*其中")
_REMAINDER = re.compile(r"\s*(?:其余|其他|剩余|剩下)的?[\d一二三四五六七八九十两百千]")
_AIMED = re.compile("目标|计划")
_INCIDENT = re.compile(r"过火|受灾|火灾|爆炸|事故|伤亡|遇难|死亡|受伤|失踪")
_AIMS_LISTED = re.compile(r"目标(?:是|为)?[:：]")
_AIM_WORD = re.compile("(?:力争|争取|有望)(?:到|至)?")
_COUNTERS = frozenset("个家项件座所名人户台套辆款种批只篇位条")
_CLASS_LEVEL = re.compile(r"级|量级")
_CLASS_BOUND = re.compile(r"(?:以上|以下)的?[^,，;；。\d]{0,6}?(?:项目|企业|园区|集群|平台)")
_AIM = re.compile(r"力争|争取|目标|将达到|有望")
EVENT = "event"  # the key of a pseudo-subject: an event (a fair, a ceremony, an accident) is no entity
_EVENT_CLAUSE = re.compile(
    r"(?:推介会|博览会|交易会|洽谈会|展览会|招商会|签约会|论坛|峰会|大会|仪式|典礼|活动|会议|事故|爆炸|火灾)"
    r"[^,，;；。]{0,10}?(?:举行|召开|举办|开幕|闭幕|启动|发生)"
)
_RESPONDER = re.compile(
    r"(?![\u4e00-\u9fff]{0,6}?(?:部门|官方)(?:的)?(?:数据|统计|显示|发布|公布|介绍|表示))"  # 据统计部门数据显示: a source
    r"[\u4e00-\u9fff]{0,6}?(?:部门|消防|公安|警方|医院|救援队|记者|官方|应急管理)")
_DISTANCE = re.compile(r"(?:距离|相距|距)[^,，;；。\d]{0,12}(?:约|近|超过)?$")
_ABSTRACT_AFTER = re.compile(
    r"[^,，;；。、]{0,10}?(?:部分|方面|特点|特征|阶段|层次|层面|类别|环节|维度|角度|指标|步骤|原则|象限|板块|问题|建议|措施|对策|目标|任务)"
    r"(?![\u4e00-\u9fff]{0,2}(?:企业|项目))"
)
_PEOPLE_EVENT = re.compile(r"^[^,，;；。]{0,8}?(?:死亡|遇难|受伤|失踪|被困|撤离|疏散|参加|出席|参会|到场|观看)")
_PEOPLE_CAUSE = re.compile(r"(?:造成|导致|致使|疏散|撤离|转移|救出|搜救)[^,，;；。\d]{0,4}$")


def _classes_out(quantities: list[Quantity], text: str) -> list[Quantity]:
    """Drop amounts that name a class of what is counted next: ``百亿元级企业5家``, ``十亿元以上项目12个``
    (the count is the figure, and the class stays in its indicator)."""
    return [q for i, q in enumerate(quantities) if not (_CLASS_LEVEL.match(text, q.end) or (
        _CLASS_BOUND.match(text, q.end) and any(x.unit in ("个", "家", "项") for x in quantities[i + 1:])))]


def _clauses(text: str) -> list[tuple[int, int]]:
    """Spans between clause punctuation, ignoring punctuation inside parentheses (``(为保证…,下同)``)."""
    out, start, depth = [], 0, 0
    # only brackets and clause punctuation change anything: one scan finds them all (each is one character)
    for m in _CLAUSE_MARK.finditer(text):
        c, i = m.group(), m.start()
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth -= depth > 0
        elif depth == 0:
            out.append((start, i))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


_TARGET_OPEN = re.compile(r"(?:提出|要求|规定|目标为|目标是|明确)[:：]?\s*“")


def _targets(text: str, scene: _Scene) -> list[tuple[int, int]]:
    """Spans of a document's quoted targets (``《方案》明确提出“建成…6个。争取2家…”``): aims, not figures."""
    spans, pos = [], 0
    if scene.in_target:
        close = text.find("”")
        spans.append((0, len(text) if close < 0 else close))
        scene.in_target, pos = close < 0, 0 if close < 0 else close
    for m in _TARGET_OPEN.finditer(text, pos):
        close = text.find("”", m.end())
        spans.append((m.end(), len(text) if close < 0 else close))
        scene.in_target = close < 0
    return spans


def _unfound_places(mentions: list[Mention], scene: _Scene, text: str, index: int) -> list[Mention]:
    """Places the mention finder left out: ``刘垸村的粉笔…`` (a village named alone after being named
    with its county), and the place an industry or title is named with (``深圳生物和生命健康产业以年均
    20%的速度``, ``湖州市国家级专精特新“小巨人”企业累计达到56家``)."""
    if scene.statute:
        return []
    out = []
    names = scene.region_names
    taken = [(m.start, m.end) for m in mentions]
    for name in names:
        if name not in text:
            continue  # most are absent: spare the call
        for hit in literals.finditer(name, text):
            if not any(a < hit.end() and hit.start() < b for a, b in taken):
                out.append(replace(scene.regions[name], sentence=index, start=hit.start(), end=hit.end()))
                taken.append(hit.span())
    for m in mentions:
        if m.type not in ("Industry", "Designation"):
            continue
        name = next((r for r in names if m.surface.startswith(r) and len(m.surface) > len(r)), None)
        if name and scene.regions[name].level == "macro":
            continue  # 长三角生态绿色一体化发展示范区: a zone across a macro-region, which no figure of the sentence is about
        if name and not any(o.type == "Region" and o.start == m.start for o in mentions):
            out.append(replace(scene.regions[name], sentence=index, start=m.start, end=m.start + len(name),
                               surface=name))
    return out


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions nested in longer ones (长兴 inside 吉利长兴基地)."""
    keep = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not any(k.start <= m.start and m.end <= k.end for k in keep):
            keep.append(m)
    return keep


def _groups(text: str, cs: int, ce: int, eligible: list[Mention], scene: _Scene, index: int,
            quantities: list[Quantity], carried: list[Mention]) -> list[_Group]:
    """Candidate subjects of a clause, grouped into lists and given a role."""
    found = [m for m in eligible if cs <= m.start and m.end <= ce]
    taken = [(m.start, m.end) for m in found]
    for pattern, kind in ((_FOCUS_WORDS, "focus"), (_NATIONAL_WORDS, NATIONAL), (_THE_FIRM, "Firm")):
        for w in pattern.finditer(text, cs, ce):
            if any(a < w.end() and w.start() < b for a, b in taken) or (kind != NATIONAL and scene.statute):
                continue
            if kind == "Firm":  # 该公司 / 该集群 / 该园区: the firm, cluster or park named last
                want = _ANAPHOR_TYPE.get(w.group()[-2:], "Firm")
                word = w.group().removeprefix("该")
                zone = _ZONE_ENDING.get(word, (word,)) if want == "Organization" else None
                def fits(m: Mention) -> bool:
                    return m.type == want and m.level != "tier" and (zone is None or m.label.endswith(zone))

                named = [m for m in reversed(eligible) if m.end <= w.start() and fits(m)]  # earlier in the sentence
                held = next((m for m in carried + scene.subject if fits(m)), None)  # the clause's or paragraph's subject
                if zone is not None and named:
                    base = named[0]  # a park the sentence has just named (…产业园是…示范基地,园区内…企业实现营业收入…)
                elif held is not None or named:
                    base = held or named[0]
                elif zone is None:
                    base = scene.last.get(want)  # 该公司: the firm named last
                else:  # 园区: the park, not its board; 高新区: the high-tech zone named last, not 蟠龙新区 named since
                    base = next((scene.parks[z] for z in zone if z in scene.parks), None)
            else:
                # 在安溪县，…全县茶园面积60万亩: a place of the word's kind named earlier in the sentence, else the scene's
                base = scene.place(w.group(), index, [m for m in eligible if m.end <= w.start()]) if kind == "focus" else Mention(
                    index, 0, 0, "", NATIONAL, NATIONAL, NATIONAL)
                if base is None and kind == "focus":  # 全市 with no city in sight: a place we cannot name, not another subject
                    base = Mention(index, 0, 0, "", EVENT, EVENT, EVENT)
            if base is None:
                continue
            found.append(replace(base, sentence=index, start=w.start(), end=w.end(), surface=w.group()))
    groups: list[_Group] = []
    for m in sorted(found, key=lambda m: m.start):
        if groups and _JOIN.match(text[groups[-1].end: m.start]):
            chain = groups[-1].end == m.start and m.type == groups[-1].mentions[-1].type == "Region"
            groups[-1].end = m.end
            groups[-1].mentions[-1:] = [m] if chain else [groups[-1].mentions[-1], m]  # 湖北应城市黄滩镇: the town
        else:
            groups.append(_Group(m.start, m.end, [m]))
    bound = cs
    first_q = next((q.start for q in quantities if q.unit), ce)
    event = _EVENT_CLAUSE.search(text, cs, ce)
    to_whom = _TO_WHOM.match(text, cs)
    partner = _WITH_PARTNER.match(text, cs)
    for g in groups:
        g.role = _role(text[bound: g.start], text[g.end: ce], g)
        if to_whom and g.end <= to_whom.end() and g.role == "subject":
            g.role = "comparator"  # 对首次取得中国民航局型号合格证的企业,给予…: whom the measure rewards, not who gives
        if g.role == "subject" and g.mentions[-1].type == "Region" and _FACILITY.match(text, g.end):
            g.role, g.mentions = EVENT, [Mention(index, g.start, g.end, "", EVENT, EVENT, EVENT)]  # 宁波舟山港: no entity
        elif g.role == "subject" and _LOCATED.search(text, cs, g.start) and not _PLACED_THING.search(text, cs, g.start) and not any(
                o.role == "site" for o in groups if o.end <= g.start):
            g.role = "comparator"  # 选址佛山新城、乐从镇…: where a thing is, not what the figure is about
        if g.role == "subject" and g.mentions[-1].type == "Cluster" and _AIMED_AT_CLUSTER.search(text, cs, g.start):
            g.role = "comparator"  # 培育世界级智能制造装备产业集群。到2025年,…产值达到3000亿元: a cluster aimed at holds no figure
        if g.role == "subject" and partner and g.end <= first_q:
            g.role = "comparator"  # …,与省城太原的风电整机制造商太原重工签订协议: a partner; the clause goes on from the last
        if event and g.start < event.start() and event.start() < first_q and g.role == "subject":
            g.role, g.mentions = EVENT, [Mention(index, g.start, g.end, "", EVENT, EVENT, EVENT)]
        if g.role == "subject" and g.mentions[-1].type == "Organization" and text[g.start - 1:g.start] == "经" \
                and _APPROVES.match(text, g.end):
            g.role = "source"  # 开发区…,2010年经国务院批准升级为…,规划面积56平方公里: the authority, not the zone
        if g.role == "subject" and g.mentions[-1].type == "Organization" and (
                _ANNOUNCES.match(text, g.end) or all(m.label.endswith(_GOVERNMENT) for m in g.mentions)):
            g.role = "source"  # 工信部公布45个…集群名单, 应急管理局表示…: the body tells; the figures are not its own
            # 市委、市政府坚持把白酒产业作为…,全年白酒产量达到32.6万千升: the governments act; the figures are the place's
        bound = g.end
    for n, owner in enumerate(groups):
        of = _OWNER_OF.match(text, owner.end) if owner.mentions[-1].type == "Firm" else None
        after = next((g for g in groups[n + 1:] if of and g.start == of.end()), None)
        if after is not None and after.role == "subject" and after.mentions[0].type == "Firm":
            # 神火集团控股的云南神火铝业有限公司…,电解铝产能90万吨: the owned firm's figure, not its owners'
            for g in groups[:n + 1]:
                if g.role == "subject" and not re.search(r"[,，;；]", text[g.end:after.start]):
                    g.role = "comparator"
        elif after is None and of and of.group().endswith("的") and owner.role == "subject":
            # …是国家能源投资集团有限责任公司旗下的核心煤炭生产企业,2024年商品煤产量1.96亿吨: the owner of what the clause's
            # subject is, named after it
            owner.role = "comparator"
    return groups


# …旗下的, …控股的; 盐湖股份与比亚迪股份有限公司合资组建的青海盐湖比亚迪资源开发有限公司: the firm its owners set up
_OWNER_OF = re.compile(r"(?:全资|绝对)?(?:控股|旗下|下属|所属)的?|(?:合资|共同|联合)?(?:组建|成立|设立|创办|投资兴建|投资建设)的")
_WITH_PARTNER = re.compile(rf"\s*{lx.WITH_PARTNER}")
_APPROVES = re.compile(r"批准|同意|批复|认定|审批")
_AIMED_AT_CLUSTER = re.compile(r"(?:培育|打造|建设|创建|争创|建成)(?:具有[^,;。]{0,12}的)?$")
_TO_WHOM = re.compile(r"\s*(?:其中[,，]\s*)?对[^,，;；。]{2,40}?(?=[,，])")


def _role(before: str, after: str, g: _Group) -> str:
    if _MEMBER_AFTER.match(after) and not _EACH_OF_THEM.match(after) or _MEMBER_BEFORE.search(before):
        return "member"
    if _SITED_IN.search(before) and re.match(r"[^,，;；。的\d]{0,5}的", after):
        return "site"  # 位于柳南区的柳州螺蛳粉产业园已入驻企业32家: the park's figure, not its district's
    if g.mentions[-1].type == "Organization" and _CLASS_AFTER.match(after):
        return "member"  # 太湖科技板挂牌企业5家: the board qualifies the class being counted
    if _COMPARATOR_BEFORE.search(before) or _COMPARATOR_AFTER.match(after):
        return "comparator"
    if g.mentions[0].key != NATIONAL:
        return "subject"
    if _SHARE_OF.match(after) or _strip_lead(before, 0, len(before)) != len(before):
        return "comparator"  # a country counts only as the subject a clause opens with
    return NATIONAL


def _head(text: str, cs: int, groups: list[_Group], quantities: list[Quantity]) -> list[Mention]:
    """The subject a clause opens with, which later clauses of the sentence inherit."""
    first_q = quantities[0].start if quantities else None
    for g in groups:
        if g.role in ("subject", NATIONAL, EVENT) and (first_q is None or g.end <= first_q):
            return g.mentions
    start = _strip_lead(text, cs, first_q if first_q is not None else len(text))
    if _RESPONDER.match(text, start):  # 消防部门出动救援车辆930辆: a body that is no entity acts
        return [Mention(-1, start, start, "", EVENT, EVENT, EVENT)]
    if quantities:
        after = _named_by_count(text, cs, quantities[0], groups)
        if after:
            return after
    return []


def _named_by_count(text: str, cs: int, q: Quantity, groups: list[_Group]) -> list[Mention]:
    """``45个国家先进制造业集群…`` (a count opening the clause) or ``总投资326亿元的吉利长兴基地``."""
    for g in groups:
        if g.start < q.end or g.role == "member":
            continue
        gap = text[q.end: g.start]
        opens = _strip_lead(text, cs, q.start) == q.start
        if (gap == "" and opens) or _OF_GAP.fullmatch(gap):
            return g.mentions
    return []


def _subjects(text: str, cs: int, q: Quantity, groups: list[_Group], head: list[Mention],
              carried: list[Mention], previous: list[Mention], scene: _Scene) -> list[Mention]:
    """Who the figure ``q`` is about: the clause's nearest subject, the parenthesis, 占, the carried
    subject, the speaker's firm, the paragraph's subject, the statute, or the focus of a paragraph
    that named it."""
    aside = _aside(text, cs, q, groups)
    if aside is not None:
        return aside
    before = [g for g in groups if g.end <= q.start and g.role in ("subject", NATIONAL, EVENT)]
    if before:  # the nearest, unless 均/分别 spread the figure over every subject named
        spread = _SPREAD.search(text[before[-1].end: q.start])
        if spread and len(before[-1].mentions) > 1:
            return _unique(before[-1].mentions)  # 全市所辖无为市、南陵县…分别为x、y: the list, not the city that holds it
        return _unique([m for g in before for m in g.mentions] if spread else before[-1].mentions)
    named = _named_by_count(text, cs, q, groups)
    if named:
        return named
    if scene.notice is not None and q.unit.endswith("元") and (_REWARD.search(text[cs:q.start]) or _REWARD.search(text[q.end:q.end + 8])):
        return [scene.notice]  # 对首批企业,专项资金给予每家最高200万元的支持: the notice's reward
    if text[_strip_lead(text, cs, q.start): q.start].startswith("占") and previous:
        return previous[-1:]  # 建设18家创新中心,占全部…的70%: the share is the object's
    for fallback in (head, carried, [scene.speaker] if scene.speaker else [], scene.subject):
        if fallback:
            return fallback
    if scene.statute is not None:
        return [scene.statute]
    return [scene.focus] if scene.focus is not None and scene.focus_named else []


def _aside(text: str, cs: int, q: Quantity, groups: list[_Group]) -> list[Mention] | None:
    """A figure in parentheses belongs to what precedes them: ``较2019年(149家)`` is the subject's own
    earlier value, ``宜兴(1.2亿元)`` is 宜兴's, ``低于七地平均值(1.96亿元)`` is nobody's we know."""
    opening = text.rfind("(", cs, q.start), text.rfind("（", cs, q.start)
    o = max(opening)
    if o < 0 or _CLOSING.search(text[o: q.start]):
        return None
    if BOUND_YEAR.search(text[cs: o + 1]):
        return None
    named = [g for g in groups if g.end == o]
    if named:
        return named[-1].mentions
    if _COMPARED.search(text[cs:o]):
        return []
    return None


_OF_GAP = re.compile(r"\s*的\s*")
# …公布, 盱眙县农业农村局负责人表示: the body (or its head) tells; the figures that follow are not its own
_ANNOUNCES = re.compile(r"\s*(?:(?:有关|相关|主要)?负责(?:人|同志)|局长|厅长|主任)?\s*(?:正式|近日|日前)?"
                        r"(?:公布|公示|发布|印发|认定|命名|通报|表示|介绍|透露|指出|称)")
_SPREAD = re.compile(r"均|分别")
# a party committee, government or congress that heads a clause acts for its place; a department (…局, …厅) may
# have figures of its own, so this is narrower than kg.extract.relations' issuing bodies
_GOVERNMENT = ("党委", "市委", "县委", "区委", "省委", "政府", "人大", "政协", "常委会")
_CLOSING = re.compile(r"[)）]")
_COMPARED = re.compile(r"低于|高于|与|较|比|相比|超过|平均")


def _recordable(q: Quantity, text: str) -> bool:
    """Ranks, ranges, thresholds and unit-less figures are not facts in the gold convention, nor are
    people counted at an event (47人死亡, 疏散3000名员工, 200名代表参加)."""
    if q.qualifier in (RANK, RANGE, THRESHOLD) or q.unit == "":
        return False
    if q.unit in ("个", "类", "项", "种", "方面") and _ABSTRACT_AFTER.match(text, q.end):
        return False  # 以下四个特点, 划分为4个部分, 十余个相关指标: the shape of an argument, not a count
    if _DISTANCE.search(text, 0, q.start) and q.unit.endswith(("米", "公里", "千米", "km", "分钟", "小时")):
        return False  # 距离响水县城约30公里: how far a place is, not a figure of it
    if q.unit.endswith(("人", "名", "人次")) and (
            _PEOPLE_EVENT.match(text, q.end) or _PEOPLE_CAUSE.search(text, 0, q.start)):
        return False
    return True


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}")


_DURATION = re.compile(r"^(?:连续|已连续|多年)(?:\d+|[一二三四五六七八九十]+)?年?")
_RANKING_LIST = re.compile(r"(?:百强|强县|强市|强区|强镇|榜|排行榜|名单)$")


def _ranks(text: str, cs: int, rank: Rank, groups: list[_Group], fallbacks: list[list[Mention]], scene: _Scene,
           last: list[str], periods: Periods, evidence: Evidence) -> list[tuple[Observation, str]]:
    """Rank observations of a clause: the indicators named before the phrase (or the previous
    clause's), zipped with the positions by ``分别``, each given the position otherwise."""
    before = [g for g in groups if g.end <= rank.start and g.role in ("subject", NATIONAL, EVENT)]
    index = evidence.sentence  # 数量居湖州市首位: a place inside the phrase is the peer set, not the subject
    fallbacks = [[m for m in f if m.sentence != index or m.end <= rank.start] for f in fallbacks]
    subjects = before[-1].mentions if before else next((f for f in fallbacks if f), [])
    if not subjects and scene.focus is not None and scene.focus_named:
        subjects = [scene.focus]
    if not subjects or subjects[0].key in (NATIONAL, EVENT):
        return []
    start = max([_strip_lead(text, cs, rank.start)] + [g.end for g in before])
    own = rank_indicators(_DURATION.sub("", _clean(text[start: rank.start], [], start)))
    if not own and _RANKING_LIST.search(rank.among):
        own, rank = [rank.among], replace(rank, among="")  # 位居全国百强县首位: first on the list itself
    if own in (["数量"], ["总量"], ["规模"]) and last:
        own = [last[0] + own[0]]  # 认定…企业4家,数量居湖州市首位: the count just stated
    if not own and before and text.startswith(("排名", "排在", "排行"), rank.start + len(rank.spread)):
        own = ["排名"]  # 浏阳市排名第18位, 宁乡市、长沙县分别排名第21位和第25位: the ranking itself, not the last figure's
    # 浏阳市…,连续五年位居全省第一: the clause's own subject's place in the ranking (not 排名首位的昆山市's, named after it)
    indicators = [i for i in own or last if _WORDS.search(i)] or (["排名"] if before and not own and not last else [])
    subjects = [m for m in subjects if m.key not in (NATIONAL, EVENT)]
    if rank.spread == "分别" and len(subjects) == len(rank.positions) > 1 and len(indicators) == 1:
        # 宁乡市、长沙县分别排名第21位和第25位: one position per subject
        triples = [(m, indicators[0], position) for m, position in zip(subjects, rank.positions)]
    elif len(rank.positions) == len(indicators):
        triples = [(m, i, p) for i, p in zip(indicators, rank.positions) for m in subjects]
    elif len(rank.positions) == 1:
        triples = [(m, i, rank.positions[0]) for i in indicators for m in subjects]
    else:
        return []
    period = period_of(text, cs, rank.start, periods)
    return [(Observation(subject=m.key, subject_type=m.type, indicator=indicator, value=Decimal(position),
                         unit="", period=period, evidence=evidence, qualifier=RANK, among=rank.among or None),
             f"rank:{indicator}:{rank.among}")
            for m, indicator, position in triples if indicator]


def _distribute(clause: str, subjects: list[Mention], q: Quantity,
                quantities: list[Quantity]) -> list[tuple[Mention, Quantity]]:
    """``A、B分别为x、y`` zips; ``A、B均为x`` (or a list with one value) copies x to each."""
    if len(subjects) == 1:
        return [(subjects[0], q)]
    recordable = [x for x in quantities if x.qualifier not in (RANK, RANGE, THRESHOLD) and x.unit]
    if "分别" in clause and len(recordable) == len(subjects) and q in recordable:
        return [(subjects[recordable.index(q)], q)]
    return [(m, q) for m in subjects]


def _strip_lead(text: str, cs: int, limit: int) -> int:
    """Where the clause content starts, after leading conjunctions and period phrases."""
    pos = cs
    while pos < limit:
        m = LEAD.match(text, pos, limit)
        pos = m.end() if m else pos
        p = PERIOD.match(text, pos, limit)
        if not p or p.end() == pos:
            break
        pos = p.end()
    m = LEAD.match(text, pos, limit)
    return m.end() if m else pos


# ---------------------------------------------------------------- indicators

_BASELINE_PHRASE = re.compile(r"(?:较|比|与)\s*\d{4}\s*年(?:同期|底|末)?(?:\s*[(（][^)）]*[)）])?(?:相比)?")
_SPLIT = re.compile(r"、|和|及")
_COUNTED_CLASS = re.compile(r"[两二三四五六七八九十]大[\u4e00-\u9fff]{0,6}?(?:产业|行业|领域|板块)([\u4e00-\u9fff]{0,8})$")
_CHANGE_CUE = re.compile(r"(?:同比|较上年)?(?:增长|增加|提高|提升|下降|降低|减少|扩大|缩小|缩短|上升|回落|下滑)$")
_VERSUS_CUE = re.compile(r"(低于|高于|高出|少于|多于|超出)")


def _indicators(text: str, cs: int, ce: int, quantities: list[Quantity], groups: list[_Group],
                last: list[str]) -> tuple[list[str], list[str]]:
    """One noun phrase per figure of the clause, and the bare phrases a later clause may reuse.

    The phrase is the words between the subject (or the previous figure) and the number;
    ``A、B分别为x、y`` zips A and B with the figures; a clause with no words of its own reuses the
    previous clause's (``,同比增长187.9%``); comparators are named in it (``…为吴江的比例``).
    """
    if not quantities:
        return [], []  # most clauses have no figure: nothing below would name one
    subject_end = max([_strip_lead(text, cs, ce)] + [g.end for g in groups if g.role == "subject"
                                                      and quantities and g.end <= quantities[0].start])
    bases: list[str] = []
    for i, q in enumerate(quantities):
        start = max([subject_end, quantities[i - 1].end if i else cs]
                    + [g.end for g in groups if g.role == "member" and g.end <= q.start])  # A、B等12家: not the phrase
        raw = text[start: q.start] if start <= q.start else ""
        comparators = [g for g in groups if g.role == "comparator" and start <= g.start and g.end <= q.start]
        own = _clean(raw.split("分别")[0], comparators, start)
        if i == 0 and "分别" in raw:
            parts = [p for p in _SPLIT.split(own) if p]
            counted = _COUNTED_CLASS.search(parts[-1]) if parts else None
            if counted:  # A、B两大主导产业产值分别…: each industry's 产值
                parts[-1] = parts[-1][: counted.start()]
                parts = [p + counted.group(1) for p in parts]
            if len(parts) == len(quantities):
                bases = parts
                break
        if not own:
            own = last[i] if len(last) == len(quantities) else bases[-1] if bases else last[-1] if last else ""
        bases.append(own)
    relation = _relation(text, cs, quantities, groups)
    names = [m.surface if m.key == NATIONAL else m.label for g in groups if g.role == "comparator" for m in g.mentions]
    out = []
    for i, (q, base) in enumerate(zip(quantities, bases)):
        name = names[i] if len(names) == len(quantities) else names[-1] if names else ""
        named = next((text[q.end: g.end] for g in groups if q.end <= g.start <= q.end + 1), "")  # 45个集群总产值
        indicator, noun = _relate(base, relation, name, text, q), named or _counted(text, q, base)
        rate = _RATE_AFTER.match(text, q.end) if q.unit == "%" else None
        if rate and (not base or _RATE_VERB.fullmatch(base)):  # 减按15%的税率征收企业所得税: the rate it names
            out.append((rate.group(2) or "") + rate.group(1))
        elif indicator == "数量" and noun:  # 45个集群: 集群数量; 6200t/d熟料生产线: 熟料生产线
            out.append(noun + ("数量" if q.unit.lstrip("万亿千") in _COUNTERS else ""))
        else:
            out.append(indicator + noun)
    return out, bases


def _ranked(text: str, cs: int, ce: int, groups: list[_Group]) -> list[str]:
    """``单位工业产值能耗最高``: a rank names the indicator the next clause's figure is about."""
    if not text[cs:ce].rstrip().endswith(_EXTREME_WORDS):
        return []  # _EXTREME reads a clause that ends on one of these words, and most clauses do not
    start = max([_strip_lead(text, cs, ce)] + [g.end for g in groups if g.role == "subject"])
    m = _EXTREME.fullmatch(text[start:ce].strip())
    return [m.group(1)] if m and not _PEER_SET.search(m.group(1)) else []  # not a peer set (五地)


_EXTREME_WORDS = ("最高", "最低", "居首", "居末", "第一")
_EXTREME = re.compile(rf"(.{{2,16}}?)(?:{'|'.join(_EXTREME_WORDS)})")
_PEER_SET = re.compile(r"[地市县区]$")
_OPEN_BRACKET_TAIL = re.compile(r"[(（][^)）]*$|^[^(（]*[)）]")
_LEADING_FILLER = re.compile(r"^[\s的等、和及]+|^第[一二三四五六七八九十百零〇]+条\s*|^(?:明确)?(?:提出|要求|规定|明确)[:：]?(?:到|至)?|^(?:到|至)(?!位|账|岗|期|达|底)")
_MADE_OF = re.compile(r"由[^,，;；。]{0,40}?组成的")
_VERSUS_TAIL = re.compile(_VERSUS_CUE.pattern + r".*$|(?:仅为|与|较|比|为|是)[^,，;；。]{0,12}?的+$")
_VERSUS_WHOLE = re.compile(r"^(?:仅为|与|较|比|为|是)[^,，;；。]{0,12}$")
_LINKING_TAIL = re.compile(r"(?:由|从|仅为|为|是|的|至|到|与|同比|较上年)+$")


_SECTION_YEAR = re.compile(r"(\d{4})\s*年(?:工作|经济社会发展|国民经济和社会发展)?(?:回顾|主要任务|工作安排|工作任务|主要目标|发展目标|总体要求)")
_EMPTIED_BRACKETS = re.compile(r"[(（](?:以下|下文?)?(?:简称|称)?[:：]?[“”\"]*[)）]")


def _clean(raw: str, comparators: list[_Group], offset: int) -> str:
    """The noun phrase inside ``raw``, without baselines, periods, comparators and verbs."""
    for g in sorted(comparators, key=lambda g: -g.start):
        raw = raw[: g.start - offset] + raw[g.end - offset:]
    raw = _BASELINE_PHRASE.sub("", raw)
    raw = _EMPTIED_BRACKETS.sub("", raw)  # (以下简称“”): a short name's definition, the name read out of it
    raw = _OPEN_BRACKET_TAIL.sub("", PERIOD.sub("", raw))
    raw = _LEADING_FILLER.sub("", raw)
    raw = _MADE_OF.sub("", raw)
    for _ in range(3):
        raw = _VERSUS_TAIL.sub("", raw)
        raw = _VERSUS_WHOLE.sub("", raw)
        raw = _TRAILING_VERBS.sub("", raw)
        raw = _LINKING_TAIL.sub("", raw)
        raw = _CHANGE_CUE.sub("", raw)
    return raw.strip().rstrip(":：")  # 注册资本:5亿元: the key of an item, without its colon


def _relation(text: str, cs: int, quantities: list[Quantity], groups: list[_Group]) -> str:
    """How the clause's figures relate to its comparators: 低于/高于 (a gap), 的 (a ratio), or none."""
    comps = [g for g in groups if g.role == "comparator"]
    if not comps or not quantities:
        return ""
    g = comps[-1]
    versus = _VERSUS_CUE.search(text[max(cs, g.start - 16): g.start])
    if versus:
        return versus.group(1)
    return "的" if _OF_ONLY.match(text[g.end: quantities[0].start]) else ""


_OF_ONLY = re.compile(r"\s*的\s*$")
_RATE_AFTER = re.compile(r"的([\u4e00-\u9fff]{0,6}?率)(?:征收|计征|缴纳)?([\u4e00-\u9fff]{2,8}?税)?(?=[,，;；。]|$)")
_RATE_VERB = re.compile(r"(?:减按|按照|按|依照|适用)")
_HEDGE_TAIL = re.compile(r"(?:了|近|约|超过|超|逾)$")
_NOUN_AFTER = re.compile(r"[^,，;；。、和及(（)）\d]{1,20}")


def _relate(base: str, relation: str, name: str, text: str, q: Quantity) -> str:
    """Name the comparator and the change in the indicator: ``…为吴江的比例``, ``…低于溧阳``, ``…同比增长``."""
    if relation == "的" and name and base.startswith("占"):
        return f"{base}{name}比重"  # 占全国的8.9%: the share of the whole
    if relation == "的" and name:
        return f"{base}为{name}的{'倍数' if q.unit == '倍' else '比例'}"
    if relation and name:
        return f"{base}{relation}{name}"
    change = _CHANGE_CUE.search(_HEDGE_TAIL.sub("", text[: q.start]))
    if q.qualifier == DELTA and change:
        return base + change.group()
    return base or "数量"


_CHOSEN = re.compile(r"(?:企业|公司|单位)?(入选|获评|被评为|被认定为|认定为|列入)([^,，;；。]{2,30}?(?:企业|名单|单位))")


_BOUND_AFTER = re.compile(r"^(?:以上|以下|之间)")


def _counted(text: str, q: Quantity, base: str) -> str:
    """The noun a count counts, when it follows the number: ``培育创建170多家单项冠军企业``."""
    if q.unit.endswith(("%", "元", "倍", "成", "百分点")):
        return ""
    chosen = _CHOSEN.match(text, q.end)
    if chosen:  # 56家企业入选第五批国家级专精特新“小巨人”企业: the count of firms entering the list
        return chosen.group(1) + chosen.group(2)
    m = _NOUN_AFTER.match(text, q.end)
    noun = _BOUND_AFTER.sub("", AFTER_APPROX.sub("", m.group())).removeprefix("的") if m else ""
    return noun if noun and noun not in base else ""
