"""Industries and the edges that hang on them (issue 3): a snippet of the genre in, the industries and the
hasPriorityIndustry / inIndustry / partOf triples that must and must not come out.

The snippets are written for these tests about places and industries of no corpus file, so that each row checks
that a rule holds for the genre and not for one article.
"""
from __future__ import annotations

import pytest

from tests.extract.test_issue3_table import run

# (snippet, industries that must be found, industries that must not, triples that must be found, triples that must not)
CASES = [
    pytest.param("株洲市重点发展轨道交通装备、航空动力和新能源汽车三大主导产业。",
                 {"轨道交通装备", "航空动力"}, {"发展轨道交通装备"},
                 {("株洲市", "hasPriorityIndustry", "轨道交通装备")}, set(), id="kind-of-equipment-after-a-verb"),
    pytest.param("此外,高新区还大力发展新一代信息技术、新材料、高端装备制造等产业。",
                 {"新一代信息技术", "新材料"}, {"力发展新一代信息技术"}, set(), set(), id="first-item-cut-inside-a-verb"),
    pytest.param("螺蛳粉带动了包装、物流、电子商务等配套产业发展。",
                 {"包装", "物流", "电子商务"}, {"配套产业", "配套"}, set(), set(), id="supporting-industries-are-a-class"),
    pytest.param("襄阳市人民政府关于印发《襄阳市加快建设新能源汽车产业集聚区实施方案》的通知\n\n各县(市、区)人民政府:\n\n"
                 "《襄阳市加快建设新能源汽车产业集聚区实施方案》已经市政府同意,现印发给你们。\n\n"
                 "(一)聚焦动力电池、智能网联汽车,引进一批配套企业。",
                 {"动力电池", "智能网联汽车"}, set(),
                 {("襄阳市", "hasPriorityIndustry", "新能源汽车产业"), ("襄阳市", "hasPriorityIndustry", "动力电池"),
                  ("襄阳市", "hasPriorityIndustry", "智能网联汽车")}, set(), id="a-places-plan-speaks-for-the-place"),
    pytest.param("宁波均胜电子股份有限公司投资20亿元建设汽车安全气囊项目。浙江华友钴业股份有限公司投资50亿元建设总部项目。",
                 {"汽车安全气囊"}, {"总部"}, {("宁波均胜电子股份有限公司", "inIndustry", "汽车安全气囊")},
                 {("浙江华友钴业股份有限公司", "inIndustry", "总部")}, id="what-a-firms-project-makes"),
    pytest.param("厦门钨业股份有限公司主要从事钨钼制品的研发和生产。", {"钨钼制品"}, set(),
                 {("厦门钨业股份有限公司", "inIndustry", "钨钼制品")}, set(), id="what-a-firm-works-on-before-the"),
    pytest.param("舜宇光学科技股份有限公司是一家专注于光学镜头研发制造的企业。", {"光学镜头"}, set(),
                 {("舜宇光学科技股份有限公司", "inIndustry", "光学镜头")}, set(), id="what-a-firm-focuses-on"),
    pytest.param("曲靖市新能源电池产业发展报告\n\n曲靖市重点发展新能源电池、绿色铝和硅光伏三大主导产业。\n\n"
                 "会泽县依托丰富的农产品资源,培育壮大中药材、生猪等特色产业。\n\n宁德时代新能源科技股份有限公司落户曲靖经济技术开发区。",
                 {"中药材", "生猪"}, set(), {("会泽县", "hasPriorityIndustry", "中药材")},
                 {("曲靖市", "hasPriorityIndustry", "中药材"), ("曲靖市", "hasPriorityIndustry", "生猪")},
                 id="a-listed-class-is-the-place-opening-the-sentence"),
    pytest.param("湖南省长沙市工程机械产业发展观察\n\n安徽省滁州市产业发展观察\n\n长沙市工业增长。", set(),
                 {"长沙市工程机械产业", "长沙市工程机械", "滁州市产业", "滁州市"}, set(), set(), id="a-province-and-its-city-before-an-industry"),
    pytest.param("宁德市的主导产业为锂电新能源、不锈钢新材料和铜材料。三水区发展医疗器械新兴产业有了国家级平台。",
                 {"锂电新能源", "不锈钢新材料", "铜材料"}, {"了国家级平台", "国家级平台"},
                 {("宁德市", "hasPriorityIndustry", "锂电新能源"), ("宁德市", "hasPriorityIndustry", "铜材料")}, set(),
                 id="the-class-then-its-items"),
    pytest.param("龙港市已形成印刷包装、新型材料和礼品文具三大产业集群。龙港经开区重点培育光伏组件、智能家电两个百亿级产业。",
                 {"印刷包装", "礼品文具", "光伏组件"}, set(),
                 {("龙港市", "hasPriorityIndustry", "印刷包装"), ("龙港市", "hasPriorityIndustry", "礼品文具")}, set(),
                 id="industries-counted-as-clusters-or-by-ge"),
    pytest.param("明光市坚持把绿色涂料作为首位产业。", {"绿色涂料"}, set(), {("明光市", "hasPriorityIndustry", "绿色涂料")}, set(),
                 id="what-a-place-makes-its-leading-industry"),
    pytest.param("遵义市着力构建以白酒为引领、茶叶和辣椒为支撑的现代产业体系。", {"白酒", "茶叶"}, set(),
                 {("遵义市", "hasPriorityIndustry", "白酒"), ("遵义市", "hasPriorityIndustry", "辣椒")}, set(),
                 id="a-system-of-industries-a-place-builds"),
    pytest.param("福建七匹狼实业股份有限公司、劲霸男装(上海)有限公司等服装企业加快转型。全省拥有华为、中兴等高新技术企业。",
                 {"服装"}, {"高新技术"}, {("福建七匹狼实业股份有限公司", "inIndustry", "服装"), ("劲霸男装(上海)有限公司", "inIndustry", "服装")},
                 set(), id="firms-listed-before-their-trade"),
    pytest.param("纺织企业浙江富润股份有限公司新增两条生产线。", {"纺织"}, set(),
                 {("浙江富润股份有限公司", "inIndustry", "纺织")}, set(), id="a-firm-named-after-its-trade"),
    pytest.param("以宁波舟山港集团有限公司为龙头的港航物流产业加快发展。", {"港航物流"}, set(),
                 {("宁波舟山港集团有限公司", "inIndustry", "港航物流")}, set(), id="the-firm-an-industry-is-led-by"),
    pytest.param("长垣市大力发展起重装备产业。龙港市印刷包装产业发展迅速。", {"起重装备产业", "印刷包装产业"}, {"装备产业"},
                 {("长垣市", "hasPriorityIndustry", "起重装备")}, set(), id="a-trade-jieba-reads-as-a-verb"),
    pytest.param("要做强焊接材料产业。", {"焊接材料产业"}, {"强焊接材料产业"}, set(), set(), id="the-verb-zuoqiang-cut-by-jieba"),
    pytest.param("徐州工程机械集团有限公司是一家集挖掘机研发、制造、销售于一体的大型企业。", {"挖掘机"}, set(),
                 {("徐州工程机械集团有限公司", "inIndustry", "挖掘机")}, set(), id="what-a-firm-does-all-of"),
    pytest.param("广西玉柴机器集团有限公司深耕船舶动力、工程机械动力等领域。", {"船舶动力", "工程机械动力"}, set(),
                 {("广西玉柴机器集团有限公司", "inIndustry", "船舶动力"), ("广西玉柴机器集团有限公司", "inIndustry", "工程机械动力")},
                 set(), id="the-fields-a-firm-works-in"),
    pytest.param("江阴市加快推进集成电路产业高质量发展。重庆市着力打造新能源汽车产业集群,全市新能源汽车产量达到50万辆。",
                 {"集成电路产业", "新能源汽车"}, set(),
                 {("江阴市", "hasPriorityIndustry", "集成电路"), ("重庆市", "hasPriorityIndustry", "新能源汽车")}, set(),
                 id="what-a-place-pushes-or-builds"),
    pytest.param("依托宁波拓普集团股份有限公司、宁波均胜电子股份有限公司等龙头企业,北仑汽车零部件产业产值突破千亿元。", {"汽车零部件"}, set(),
                 {("宁波拓普集团股份有限公司", "inIndustry", "汽车零部件"), ("宁波均胜电子股份有限公司", "inIndustry", "汽车零部件")}, set(),
                 id="the-leaders-an-industry-leans-on"),
    pytest.param("中国第一重型机械股份公司(简称“中国一重”)在齐齐哈尔建有大型铸锻件生产基地。", {"大型铸锻件"}, set(),
                 {("中国第一重型机械股份公司", "inIndustry", "大型铸锻件")}, {("齐齐哈尔市", "hasPriorityIndustry", "大型铸锻件")},
                 id="a-firms-base-is-not-the-places-priority"),
]


@pytest.mark.parametrize(("snippet", "wanted", "unwanted", "triples", "not_triples"), CASES)
def test_industries(snippet, wanted, unwanted, triples, not_triples):
    _, _, names, got, _ = run(snippet)
    industries = names.get("Industry", set())
    assert wanted <= industries, f"missing {wanted - industries}"
    assert not unwanted & industries, f"wrongly found {unwanted & industries}"
    assert triples <= got, f"missing {triples - got}"
    assert not not_triples & got, f"wrongly found {not_triples & got}"


def test_a_champion_notices_product_column():
    """``| 序号 | 企业名称 | 所在地 | 单项冠军产品 |``: the product column names each row's firm's industry."""
    table = ("# 第八批制造业单项冠军企业名单\n\n| 序号 | 企业名称 | 所在地 | 单项冠军产品 |\n| --- | --- | --- | --- |\n"
             "| 1 | 徐工集团工程机械股份有限公司 | 徐州市 | 大吨位起重机 |\n| 2 | 江苏恒立液压股份有限公司 | 常州市 | 挖掘机用高压油缸 |\n")
    _, _, _, triples, _ = run(table, path="notice.md")
    assert {("徐工集团工程机械股份有限公司", "inIndustry", "大吨位起重机"),
            ("江苏恒立液压股份有限公司", "inIndustry", "挖掘机用高压油缸")} <= triples


def test_a_product_cell_is_one_name_not_the_industry_words_inside_it():
    """``光伏电池片``: the cell names one product; 光伏 and 电池 inside it are no industries of the row's firm."""
    table = ("# 第八批制造业单项冠军企业名单\n\n| 序号 | 企业名称 | 所在地 | 单项冠军产品 |\n| --- | --- | --- | --- |\n"
             "| 1 | 隆基绿能科技股份有限公司 | 西安市 | 光伏电池片 |\n")
    _, _, names, triples, _ = run(table, path="notice.md")
    assert ("隆基绿能科技股份有限公司", "inIndustry", "光伏电池片") in triples
    assert not {("隆基绿能科技股份有限公司", "inIndustry", "光伏"), ("隆基绿能科技股份有限公司", "inIndustry", "电池")} & triples
    assert not {"光伏", "电池"} & names.get("Industry", set())
