"""kg.extract.statistics: sentences and hand-written mentions in, observations out (a table)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.mentions import Mention
from kg.extract.statistics import extract_observations, subject_entities
from kg.text.model import Sentence

D = Decimal

# label → (type, key, level): the entities the snippets name
ENTITIES = {
    "长兴县": ("Region", "330522", "county"), "长兴": ("Region", "330522", "county"),
    "武进": ("Region", "320412", "county"), "吴江": ("Region", "320509", "county"),
    "宜兴": ("Region", "320282", "county"), "虎丘": ("Region", "320505", "county"),
    "溧阳": ("Region", "320481", "county"), "湖州市": ("Region", "330500", "city"),
    "吉利长兴基地": ("Firm", "吉利长兴基地", None), "吉利集团": ("Firm", "吉利", None),
    "毓恬冠佳": ("Firm", "毓恬冠佳", None), "三众汽车部件": ("Firm", "三众汽车部件", None),
    "太湖科技板": ("Organization", "太湖科技板", None), "新港园区": ("Organization", "新港园区", None),
    "国家先进制造业集群": ("Cluster", "国家先进制造业集群", None),
    "国家制造业创新中心": ("Organization", "国家制造业创新中心", None),
    "智能汽车及关键零部件产业": ("Industry", "智能汽车及关键零部件产业", None),
    "长三角地区": ("Region", "yangtze-delta", "macro"), "阳新": ("Region", "420222", "county"),
    "优化营商环境“十二条意见”": ("Policy", "十二条意见", None),
}
FOCUS = Mention(sentence=0, start=0, end=3, surface="长兴县", type="Region", key="330522", label="长兴县",
                level="county")


def mentions_in(index: int, text: str, names: list[str]) -> list[Mention]:
    """Hand-listed mentions: each name at each place it occurs."""
    out = []
    for name in names:
        kind, key, level = ENTITIES[name]
        at = text.find(name)
        while at >= 0:
            out.append(Mention(index, at, at + len(name), name, kind, key, name, level))
            at = text.find(name, at + 1)
    return out


def run(texts: list[str], names: list[str], published: str | None = "2023-12-07",
        focus: Mention | None = FOCUS, paragraphs: list[int] | None = None) -> list[tuple]:
    sentences = [Sentence(index=i, text=t, start=0, end=len(t), raw_start=10 * i, raw_end=10 * i + len(t),
                          paragraph=(paragraphs or [0] * len(texts))[i]) for i, t in enumerate(texts)]
    mentions = {s.index: mentions_in(s.index, s.text, names) for s in sentences}
    got = extract_observations(sentences, mentions, doc_iri="urn:doc", published=published, focus=focus)
    return [(o.subject, o.value, o.unit, o.period, o.qualifier) for o in got]


CASES = [
    pytest.param(
        ["2022年,长兴县智能汽车及关键零部件产业产值达300.9亿元,同比增长187.9%,成为新增长极;总投资326亿元的吉利长兴基地已成为"
         "吉利集团技术水平最高的4.0工厂,全年生产整车超18万辆,产值达217.2亿元。"],
        ["长兴县", "智能汽车及关键零部件产业", "吉利长兴基地", "吉利集团"],
        [("330522", D("300.9"), "亿元", "2022", None), ("330522", D("187.9"), "%", "2022", "delta"),
         ("吉利长兴基地", D("326"), "亿元", "2022", None),
         ("吉利长兴基地", D("18"), "万辆", "2022", "lower-bound"),
         ("吉利长兴基地", D("217.2"), "亿元", "2022", None)],
        id="industry-goes-to-its-region-firm-by-的-period-across-semicolon"),
    pytest.param(
        ["从GDP看,2021年,长兴县GDP突破800亿元,但早在2017年,武进、吴江、宜兴、虎丘的GDP均已超过1000亿元。"],
        ["长兴县", "武进", "吴江", "宜兴", "虎丘"],
        [("330522", D("800"), "亿元", "2021", "lower-bound")]
        + [(k, D("1000"), "亿元", "2017", "lower-bound") for k in ("320412", "320509", "320282", "320505")],
        id="均-copies-to-every-subject"),
    pytest.param(
        ["2021年长兴总量分别仅为吴江、武进、虎丘的32.1%、38.2%和43.1%。"],
        ["长兴", "吴江", "武进", "虎丘"],
        [("330522", D("32.1"), "%", "2021", None), ("330522", D("38.2"), "%", "2021", None),
         ("330522", D("43.1"), "%", "2021", None)],
        id="分别-with-comparators-keeps-the-subject"),
    pytest.param(
        ["2021年,长兴县和宜兴的规上企业分别为655家、1420家。"],
        ["长兴县", "宜兴"],
        [("330522", D("655"), "家", "2021", None), ("320282", D("1420"), "家", "2021", None)],
        id="分别-zips-subjects-with-values"),
    pytest.param(
        ["2021年,长兴规上工业企业户均产值、户均利税分别为1.75亿/家、0.15亿元/家,较2017年分别下降0.12/家、"
         "0.05亿元/家,均居五地末位。"],
        ["长兴"],
        [("330522", D("1.75"), "亿/家", "2021", None), ("330522", D("0.15"), "亿元/家", "2021", None),
         ("330522", D("0.05"), "亿元/家", "2021", "delta"), ("330522", D("5"), "", "2021", "rank")],
        id="elided-unit-is-skipped-末位-of-五地-is-rank-5"),
    pytest.param(
        ["目前,全县战略性新兴产业企业243家,较2019年(149家)提高近100家,较2019年提高5.5个百分点。"],
        [],
        [("330522", D("243"), "家", "2023", None), ("330522", D("149"), "家", "2019", None),
         ("330522", D("100"), "家", "2023", "delta"), ("330522", D("5.5"), "个百分点", "2023", "delta")],
        id="全县-is-the-focus-目前-is-published-baseline-is-not-the-period"),
    pytest.param(
        ["目前,长兴县主导产业集聚度已从2021年82.6%提升至87.9%。"],
        ["长兴县"],
        [("330522", D("82.6"), "%", "2021", None), ("330522", D("87.9"), "%", "2023", None)],
        id="year-bound-to-one-number"),
    pytest.param(
        ["今年以来,全县完成毓恬冠佳、三众汽车部件等小升规企业34家,新增太湖科技板挂牌企业5家。"],
        ["毓恬冠佳", "三众汽车部件", "太湖科技板"],
        [("330522", D("34"), "家", "2023", None), ("330522", D("5"), "家", "2023", None)],
        id="等-list-counts-a-class-of-the-focus"),
    pytest.param(
        ["2021年,长兴经济密度为0.56亿元/平方公里,低于环太湖七地平均值(1.96亿元/平方公里)。"],
        ["长兴"],
        [("330522", D("0.56"), "亿元/平方公里", "2021", None)],
        id="comparator-value-in-parentheses-is-not-the-subjects"),
    pytest.param(
        ["2021年,长兴县一般公共预算收入占GDP比重为10.3%,居环太湖五地第2,城乡居民收入倍差为1.63,"
         "占比在10%-17%之间。"],
        ["长兴县"],
        [("330522", D("10.3"), "%", "2021", None), ("330522", D("2"), "", "2021", "rank")],
        id="ranks-are-positions-unitless-and-ranges-are-not-facts"),
    pytest.param(
        ["2022年,45个国家先进制造业集群总产值突破20万亿元,并已建设18家国家制造业创新中心,"
         "占全部国家级创新中心数量的70%,培育创建170多家单项冠军企业。"],
        ["国家先进制造业集群", "国家制造业创新中心"],
        [("国家先进制造业集群", D("45"), "个", "2022", None),
         ("国家先进制造业集群", D("20"), "万亿元", "2022", "lower-bound"),
         ("国家先进制造业集群", D("18"), "家", "2022", None),
         ("国家制造业创新中心", D("70"), "%", "2022", None),
         ("国家先进制造业集群", D("170"), "家", "2022", "lower-bound")],
        id="count-opening-a-clause-names-its-subject-占-takes-the-object"),
    pytest.param(
        ["长兴县制定优化营商环境“十二条意见”,认定企业4家,数量居湖州市首位。"],
        ["长兴县", "优化营商环境“十二条意见”", "湖州市"],
        [("330522", D("4"), "家", "2023", None), ("330522", D("1"), "", "2023", "rank")],
        id="numbers-inside-names-are-not-figures-首位-is-rank-1"),
    pytest.param(
        ["2022年,全县新增申报国家高新技术企业30家。", "全年专利授权总量3689件。", "全县全年专利授权总量3000件。"],
        [],
        [("330522", D("30"), "家", "2022", None), ("330522", D("3689"), "件", "2022", None),
         ("330522", D("3000"), "件", "2023", None)],
        id="period-carries-through-the-paragraph-only"),
]


@pytest.mark.parametrize(("texts", "names", "expected"), CASES)
def test_observations(texts: list[str], names: list[str], expected: list[tuple]):
    paragraphs = [0, 0, 1] if len(texts) == 3 else None
    assert run(texts, names, paragraphs=paragraphs) == expected


def test_national_figures_are_skipped_a_region_is_kept():
    texts = ["截至2023年9月底,全国新能源汽车保有量达1821万辆,新能源汽车渗透率达到37%。",
             "长三角地区作为我国最重要的新能源汽车产业聚集地,集聚了60余家整车企业。"]
    assert run(texts, ["长三角地区"], paragraphs=[0, 1]) == [
        ("yangtze-delta", D("60"), "家", "2023", "lower-bound")]


def test_section_default_period_applies_to_later_sentences():
    texts = ["二、长兴县发展现状(为保证数据比对一致性,采用2021年数据,下同)", "同时,全县规上工业企业688家。"]
    assert run(texts, [], paragraphs=[0, 1]) == [("330522", D("688"), "家", "2021", None)]


def test_relative_periods_resolve_against_publication():
    texts = ["2021年,全县项目开工。", "1-5月,完成投资47.7亿元。", "2023年上半年,全县产值437.2亿元。", "去年,全县产值400亿元。"]
    got = run(texts, [], published="2021-06-09", paragraphs=[0, 0, 1, 2])
    assert [g[3] for g in got] == ["2021-01/2021-05", "2023H1", "2020"]


def test_其中_names_a_part():
    text = "2021年,阳新列入省级重点项目11个,其中新港园区5个。"
    focus = Mention(0, 0, 0, "阳新", "Region", "420222", "阳新", "county")
    got = run([text], ["阳新", "新港园区"], published="2021-06-09", focus=focus)
    assert [(g[0], g[1]) for g in got] == [("420222", D("11")), ("新港园区", D("5"))]


def test_without_focus_subjectless_figures_are_dropped():
    assert run(["全年专利授权总量3689件。"], [], focus=None) == []


def test_quarantined_sentences_are_skipped():
    s = Sentence(index=0, text="全县企业243家。", start=0, end=9, raw_start=0, raw_end=9, quarantined=True)
    assert extract_observations([s], {0: []}, doc_iri="urn:doc", published="2023", focus=FOCUS) == []


def test_evidence_points_at_the_sentence():
    s = Sentence(index=7, text="全县企业243家。", start=0, end=9, raw_start=120, raw_end=131, paragraph=2)
    (o,) = extract_observations([s], {7: []}, doc_iri="urn:doc", published="2023-12-07", focus=FOCUS)
    assert (o.evidence.document, o.evidence.sentence, o.evidence.raw_start, o.evidence.raw_end) == (
        "urn:doc", 7, 120, 131)
    assert (o.subject_type, o.indicator) == ("Region", "企业")


# ------------------------------------------------------------- subjects in context (issue 3)

HUANGSHI = Mention(0, 0, 0, "阳新县", "Region", "420222", "阳新县", "county")
ENTITIES.update({
    "响水生态化工园区": ("Organization", "响水生态化工园区", None), "响水县": ("Region", "320921", "county"),
    "娲石集团": ("Firm", "娲石", None), "阳新县": ("Region", "420222", "county"), "黄石市": ("Region", "420200", "city"), "富池镇": ("Region", "富池镇", "town"),
    "刘垸村": ("Region", "刘垸村", "village"), "武汉": ("Region", "420100", "city"), "湖北": ("Region", "420000", "province"),
    "河南省促进高新技术产业发展条例": ("Policy", "河南省促进高新技术产业发展条例", None),
    "关于修改〈上海市公路管理条例〉等10件地方性法规的决定": ("Policy", "关于修改上海市公路管理条例等10件地方性法规的决定", None),
})


@pytest.mark.parametrize(("texts", "names", "focus", "expected"), [
    pytest.param(["黄石市重大项目集中开工暨娲石集团6200t/d熟料生产线开工。"], ["黄石市", "娲石集团"], HUANGSHI,
                 [("娲石", D("6200"), "t/d")], id="the-nearest-subject-not-every-subject-before"),
    pytest.param(["2021年,阳新列入省级重点项目11个,其中新港园区5个,项目个数占全市的45.8%。"], ["阳新", "新港园区"], HUANGSHI,
                 [("420222", D("11"), "个"), ("新港园区", D("5"), "个"), ("420222", D("45.8"), "%")],
                 id="其中-part-does-not-carry-to-a-new-indicator"),
    pytest.param(["全市共签约33个项目,签约金额达175.65亿元,其中阳新签约18个项目,签约金额达126.4亿元。"], ["阳新"], HUANGSHI,
                 [("420200", D("33"), "个"), ("420200", D("175.65"), "亿元"), ("420222", D("18"), "个"),
                  ("420222", D("126.4"), "亿元")],
                 id="全市-of-a-county-focus-is-its-city-其中-part-carries-to-the-same-indicator"),
    pytest.param(["全村共有粉笔厂12家。"], [], None, [], id="全村-without-a-village-in-context-is-nobody"),
    pytest.param(["湖北应城市黄滩镇刘垸村盛产粉笔。", "全村共有粉笔厂12家。"], ["刘垸村"], None,
                 [("刘垸村", D("12"), "家")], id="全村-is-the-village-named-last"),
    pytest.param(["娲石集团党委书记、董事长魏华山", "魏华山表示,投资40亿元,建设日产6200吨熟料生产线。"], ["娲石集团"], HUANGSHI,
                 [("娲石", D("40"), "亿元"), ("娲石", D("6200"), "吨")], id="a-firm-chairman-speaks-for-the-firm"),
    pytest.param(["2021湖北产业投资推介会在武汉举行,吸引了近两百名客商代表参加。"], ["湖北", "武汉"], HUANGSHI, [],
                 id="a-region-inside-an-event-name-is-no-subject"),
    pytest.param(["阳新县化工厂发生爆炸,造成47人死亡,疏散员工3000人,全县企业243家。"], ["阳新县"], HUANGSHI,
                 [("420222", D("243"), "家")], id="people-counted-at-an-event-are-not-figures"),
    pytest.param(["专利强度参考了十余个相关指标。"], [], FOCUS, [],
                 id="focus-only-in-a-paragraph-that-names-it"),
    pytest.param(["娲石集团6200t/d熟料生产线开工。", "阳新县举行开工仪式,娲石集团6200t/d熟料生产线开工。"],
                 ["娲石集团", "阳新县"], HUANGSHI, [("娲石", D("6200"), "t/d")], id="a-restated-figure-is-kept-once"),
    pytest.param(["按照“9个城市是1个城市”的要求,长兴县签约项目5个。"], ["长兴县"], FOCUS, [("330522", D("5"), "个")],
                 id="numbers-in-a-short-quoted-slogan-are-not-figures"),
    pytest.param(["湖北应城市黄滩镇刘垸村有粉笔厂12家。"], ["湖北", "刘垸村"], None, [("刘垸村", D("12"), "家")],
                 id="a-chain-of-places-is-its-last-place"),
    pytest.param(["娲石集团位于阳新县。", "该公司注册资本9000万元,占地面积14.7万平方米。"], ["娲石集团", "阳新县"], HUANGSHI,
                 [("娲石", D("9000"), "万元"), ("娲石", D("14.7"), "万平方米")], id="该公司-is-the-firm-named-last"),
    pytest.param(["湖北应城市黄滩镇刘垸村被称为粉笔村。", "该村共有粉笔厂12家。"], ["刘垸村"], None,
                 [("刘垸村", D("12"), "家")], id="该村-is-the-village-named-last"),
    pytest.param(["响水生态化工园区共有化工企业67家,距离响水县城约30公里。", "消防部门出动救援车辆930辆。"],
                 ["响水生态化工园区", "响水县"], None, [("响水生态化工园区", D("67"), "家")],
                 id="a-park-owns-its-count-distances-and-responders-are-not-figures"),
    pytest.param(["据统计部门数据显示,全县地区生产总值达800亿元。"], [], FOCUS, [("330522", D("800"), "亿元")],
                 id="a-statistics-office-is-a-source-not-a-subject"),
    pytest.param(["长兴县培育百亿元级企业5家,新增十亿元以上项目12个,集聚了60余家整车企业及5800余家规模以上零部件企业。"],
                 ["长兴县"], FOCUS, [("330522", D("5"), "家"), ("330522", D("12"), "个"), ("330522", D("60"), "家"),
                                    ("330522", D("5800"), "家")], id="an-amount-naming-a-class-is-not-a-figure"),
    pytest.param(["2015年长兴新能源产业产值约2000亿元。"], ["长兴"], FOCUS, [("330522", D("2000"), "亿元")],
                 id="the-place-an-industry-is-named-with-is-the-subject"),
    pytest.param(["另一个产业园选址长兴县、武进,总面积约1000亩。"], ["长兴县", "武进"], None, [],
                 id="where-a-thing-is-sited-is-not-its-subject"),
    pytest.param(["长兴县产业发展呈现以下4个特点,划分为3个部分,签约项目5个。"], ["长兴县"], FOCUS,
                 [("330522", D("5"), "个")], id="counts-of-an-argument-are-not-figures"),
    pytest.param(["长兴县公布的《实施方案》明确提出“建成研究开发中心6个。", "争取2家以上企业上市。”长兴县现有上市企业3家。"],
                 ["长兴县"], FOCUS, [("330522", D("3"), "家")], id="a-plan-s-quoted-targets-are-not-figures"),
    pytest.param(["长兴县保存中高强度专利95件。", "其中95件中高强度专利中,高强度专利占12件。"], ["长兴县"], FOCUS,
                 [("330522", D("95"), "件"), ("330522", D("12"), "件")], id="a-figure-restated-in-its-paragraph-is-kept-once"),
])
def test_subjects_in_context(texts, names, focus, expected):
    got = run(texts, names, published="2021-06-09", focus=focus, paragraphs=[0] * len(texts))
    assert [(g[0], g[1], g[2]) for g in got] == expected


def test_a_statute_s_figures_are_its_parameters():
    texts = ["# 河南省促进高新技术产业发展条例", "第一条 为了促进高新技术产业发展,制定本条例。",
             "第十条 高新技术企业减按百分之十五的税率征收企业所得税,省人民政府每年安排专项资金五千万元。"]
    got = run(texts, ["河南省促进高新技术产业发展条例"], published="2011-06-13", paragraphs=[0, 1, 2])
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [
        ("河南省促进高新技术产业发展条例", D("15"), "%", "2011"), ("河南省促进高新技术产业发展条例", D("5000"), "万元", "2011")]


def test_a_count_in_a_document_title_belongs_to_the_document():
    texts = ["2024年12月31日 上海市第十六届人民代表大会常务委员会第十八次会议"
             "《关于修改〈上海市公路管理条例〉等10件地方性法规的决定》修正)"]
    sentences = [Sentence(index=0, text=texts[0], start=0, end=len(texts[0]), raw_start=0, raw_end=len(texts[0]))]
    title = "《关于修改〈上海市公路管理条例〉等10件地方性法规的决定》"
    at = texts[0].index(title)
    m = Mention(0, at, at + len(title), title, "Policy", "关于修改上海市公路管理条例等10件地方性法规的决定", title.strip("《》"))
    (o,) = extract_observations(sentences, {0: [m]}, doc_iri="urn:doc", published="2024-12-31", focus=None)
    assert (o.subject, o.subject_type, o.value, o.unit, o.period) == (m.key, "Policy", D("10"), "件", "2024")


def test_a_bibliography_entry_gives_no_figures():
    assert run(["[3]千亩土地千亿梦!"], [], paragraphs=[0]) == []


def test_a_place_named_alone_after_being_named_in_full():
    """The mention finder knows 刘垸村 only after its county; the statistics read it alone too."""
    texts = ["湖北应城市黄滩镇刘垸村被称为粉笔村。", "刘垸村的粉笔已有30多年历史。"]
    sentences = [Sentence(index=i, text=t, start=0, end=len(t), raw_start=0, raw_end=len(t)) for i, t in enumerate(texts)]
    village = Mention(0, 8, 11, "刘垸村", "Region", "刘垸村", "刘垸村", "village")
    got = extract_observations(sentences, {0: [village], 1: []}, doc_iri="urn:doc", published="2019", focus=None)
    assert [(o.subject, o.value, o.unit) for o in got] == [("刘垸村", D("30"), "年")]


def test_a_report_names_its_place_in_the_title_and_says_全市_after():
    texts = ["2023年,全市实现地区生产总值1386.2亿元,增长7.1%。", "我市新增规上工业企业112家,占全市场份额的5%。"]
    sentences = [Sentence(index=i, text=t, start=0, end=len(t), raw_start=0, raw_end=len(t)) for i, t in enumerate(texts)]
    got = extract_observations(sentences, {0: [], 1: []}, doc_iri="urn:doc", published="2024-01-20", focus=None,
                               title="2023年溧阳市政府工作报告")
    assert [(o.subject, o.value, o.unit, o.period) for o in got] == [
        ("320481", D("1386.2"), "亿元", "2023"), ("320481", D("7.1"), "%", "2023"), ("320481", D("112"), "家", "2023"),
        ("320481", D("5"), "%", "2023")]


def test_the_place_a_designation_is_named_with_counts_its_holders():
    text = "截至目前,湖州市国家级专精特新“小巨人”企业累计达到56家。"
    s = Sentence(index=0, text=text, start=0, end=len(text), raw_start=0, raw_end=len(text))
    at = text.index("湖州市")
    title = Mention(0, at, text.index("累计"), text[at: text.index("累计")], "Designation", "d", "d")
    place = Mention(5, 0, 3, "湖州市", "Region", "330500", "湖州市", "city")  # named in full elsewhere
    got = extract_observations([Sentence(index=5, text="湖州市位于浙江。", start=0, end=8, raw_start=0, raw_end=8), s],
                               {5: [place], 0: [title]}, doc_iri="urn:doc", published="2023-07-28", focus=None)
    assert [(o.subject, o.value, o.unit) for o in got] == [("330500", D("56"), "家")]


def test_a_rank_names_no_indicator_for_the_next_clause():
    text = "广东省生物医药产业规模超过1万亿元,居全国第1位;江苏、浙江分别为8000亿元、6000亿元。"
    names = {"广东省": "440000", "江苏": "320000", "浙江": "330000"}
    found = [Mention(0, text.index(n), text.index(n) + len(n), n, "Region", k, n, "province") for n, k in names.items()]
    s = Sentence(index=0, text=text, start=0, end=len(text), raw_start=0, raw_end=len(text))
    got = extract_observations([s], {0: found}, doc_iri="urn:doc", published="2023", focus=None)
    assert [(o.subject, o.indicator, o.value) for o in got if o.qualifier != "rank"] == [
        ("440000", "生物医药产业规模", D("1")), ("320000", "生物医药产业规模", D("8000")), ("330000", "生物医药产业规模", D("6000"))]
    assert [(o.subject, o.indicator, o.value, o.unit, o.among) for o in got if o.qualifier == "rank"] == [
        ("440000", "生物医药产业规模", D("1"), "", "全国")]


@pytest.mark.parametrize("text, expected", [
    ("2021年,长兴县一般公共预算收入占GDP比重为10.3%,居环太湖五地第2,税收收入占比为88.9%,居五地第1。",
     [("一般公共预算收入占GDP比重", D("2"), "环太湖五地", "2021"), ("税收收入占比", D("1"), "五地", "2021")]),
    ("2021年,长兴县城镇、农村居民人均可支配收入分别居五地第3、第1。",
     [("城镇居民人均可支配收入", D("3"), "五地", "2021"), ("农村居民人均可支配收入", D("1"), "五地", "2021")]),
    ("2021年,长兴县规上工业利润率、增加值率分别居五地第3和第4。",
     [("规上工业利润率", D("3"), "五地", "2021"), ("增加值率", D("4"), "五地", "2021")]),
    ("2021年,长兴县经济密度、人均GDP均居七地末位。", [("经济密度", D("7"), "七地", "2021"), ("人均GDP", D("7"), "七地", "2021")]),
    ("2022年,长兴县专利授权量位列全省90个县(市、区)第5名。", [("专利授权量", D("5"), "全省90个县(市、区)", "2022")]),
    ("2022年,长兴县入选第二十批试点名单,居民收入稳步增长。", []),  # 第二十批 and 居民 are no ranks
    ("2021年,长兴县经济密度居末位。", []),  # the last of how many? not a position
])
def test_ranks_are_positions_among_peers(text: str, expected: list[tuple]):
    found = [Mention(0, text.index("长兴县"), text.index("长兴县") + 3, "长兴县", "Region", "330522", "长兴县", "county")]
    s = Sentence(index=0, text=text, start=0, end=len(text), raw_start=0, raw_end=len(text))
    got = extract_observations([s], {0: found}, doc_iri="urn:doc", published="2023", focus=None)
    ranks = [o for o in got if o.qualifier == "rank"]
    assert [(o.indicator, o.value, o.among, o.period) for o in ranks] == expected
    assert all(o.subject == "330522" and o.unit == "" for o in ranks)


def test_该集群_a_port_and_a_target():
    texts = ["宁波市新材料产业集群入选国家先进制造业集群。目前,该集群拥有规上企业1200余家。",
             "宁波舟山港2021年货物吞吐量12.2亿吨。", "到2025年,宁波市新材料产业集群产值力争突破6000亿元。"]
    sentences = [Sentence(index=i, text=t, start=0, end=len(t), raw_start=0, raw_end=len(t), paragraph=i)
                 for i, t in enumerate(texts)]
    cluster = ("宁波市新材料产业集群", "Cluster")
    found = {0: [Mention(0, 0, 10, cluster[0], "Cluster", cluster[0], cluster[0]),
                 Mention(0, 12, 21, "国家先进制造业集群", "Cluster", "tier", "国家先进制造业集群"),
                 Mention(0, 0, 3, "宁波市", "Region", "330200", "宁波市", "city")],
             1: [Mention(1, 2, 4, "舟山", "Region", "330900", "舟山市", "city")],
             2: [Mention(2, 7, 17, cluster[0], "Cluster", cluster[0], cluster[0])]}
    assert texts[2][7:17] == cluster[0]
    got = extract_observations(sentences, found, doc_iri="urn:doc", published="2022-11-30", focus=None)
    assert [(o.subject, o.indicator, o.value) for o in got] == [
        (cluster[0], "拥有规上企业", D("1200")), (cluster[0], "产值目标", D("6000"))]


def test_a_count_that_opens_its_clause_names_its_indicator():
    text = "2022年,45个国家先进制造业集群总产值突破20万亿元。"
    at = text.index("国家先进制造业集群")
    tier = Mention(0, at, at + 9, "国家先进制造业集群", "Cluster", "tier", "国家先进制造业集群")
    s = Sentence(index=0, text=text, start=0, end=len(text), raw_start=0, raw_end=len(text))
    got = extract_observations([s], {0: [tier]}, doc_iri="urn:doc", published="2023", focus=None)
    assert [(o.indicator, o.value, o.unit) for o in got][0] == ("国家先进制造业集群数量", D("45"), "个")


def test_a_place_only_observed_becomes_an_entity_of_its_own():
    text = "2021年,阳新列入省级重点项目11个,项目个数占全市的45.8%,全市共签约33个项目。"
    got = extract_observations([Sentence(index=0, text=text, start=0, end=len(text), raw_start=0, raw_end=len(text))],
                               {0: mentions_in(0, text, ["阳新"])}, doc_iri="urn:doc", published="2021", focus=HUANGSHI)
    assert ("420200", D("33")) in [(o.subject, o.value) for o in got]
    (city,) = subject_entities(got, {("Region", "420222")})
    assert (city.type, city.key, city.label, city.code, city.reference) == ("Region", "420200", "黄石市", "420200", True)


def test_a_province_the_title_opens_with_is_the_全省_of_the_body():
    texts = ["从产业领域看,入选企业集中在全省重点产业领域,其中高端装备领域68家。"]
    sentences = [Sentence(index=0, text=texts[0], start=0, end=len(texts[0]), raw_start=0, raw_end=len(texts[0]))]
    got = extract_observations(sentences, {0: []}, doc_iri="urn:doc", published="2023-07-28", focus=None,
                               title="山东新增187家国家级专精特新“小巨人”企业")
    assert [(o.subject, o.value, o.unit) for o in got] == [("370000", D("68"), "家")]


def test_the_rest_of_a_count_has_no_subject():
    got = run(["长兴县入选42家,其余30家分布在湖州市等8个市。"], ["长兴县", "湖州市"])
    assert [(s, v, u) for s, v, u, _p, _q in got] == [("330522", D("42"), "家")]


def test_a_headline_figure_the_body_states_again_is_the_body_s():
    texts = ["长兴县新增12家“小巨人”企业", "长兴县共有12家企业入选,另有3家通过复核。"]
    sentences = [Sentence(index=i, text=t, start=0, end=len(t), raw_start=10 * i, raw_end=10 * i + len(t), paragraph=i,
                          heading=i == 0) for i, t in enumerate(texts)]
    mentions = {s.index: mentions_in(s.index, s.text, ["长兴县"]) for s in sentences}
    got = extract_observations(sentences, mentions, doc_iri="urn:doc", published="2023-07-28", focus=None)
    assert [(o.subject, o.value, o.evidence.sentence) for o in got] == [("330522", D("12"), 1), ("330522", D("3"), 1)]


def test_the_peers_of_a_rank_are_not_the_subject_of_the_clauses_after_it():
    """居全省第2位: 全省 is whom 长兴县 is ranked among; the next clause's figure is still 长兴县's."""
    got = run(["长兴县地区生产总值完成486.2亿元,总量居全省第2位;规模以上工业增加值增长7.1%。"], ["长兴县"])
    assert [(s, v, q) for s, v, _u, _p, q in got if q != "rank"] == [("330522", D("486.2"), None), ("330522", D("7.1"), "delta")]


def test_a_party_committee_or_government_acts_and_the_figures_are_its_place_s():
    texts = ["市委、市政府坚持把白酒产业作为第一支柱产业来抓,全年白酒产量达到32.6万千升。"]
    sentences = [Sentence(index=0, text=texts[0], start=0, end=len(texts[0]), raw_start=0, raw_end=len(texts[0]))]
    bodies = [Mention(0, 0, 2, "市委", "Organization", "遵义市委", "遵义市委"),
              Mention(0, 3, 6, "市政府", "Organization", "遵义市人民政府", "遵义市人民政府")]
    got = extract_observations(sentences, {0: bodies}, doc_iri="urn:doc", published="2024-01-16", focus=None,
                               title="2024年遵义市政府工作报告")
    assert [(o.subject, o.value, o.unit) for o in got] == [("520300", D("32.6"), "万千升")]


def test_a_list_of_firms_whose_figures_are_each_the_same():
    """A、B等骨干企业产值均突破50亿元: each firm's, not a count of the class (A、B等5家企业 is)."""
    got = run(["吉利集团、毓恬冠佳等骨干企业产值均突破50亿元。"], ["吉利集团", "毓恬冠佳"])
    assert [(s, v, u) for s, v, u, _p, _q in got] == [("吉利", D("50"), "亿元"), ("毓恬冠佳", D("50"), "亿元")]
