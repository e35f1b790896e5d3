"""Issue 3, "What it must handle": one row per bullet, a snippet in and the records expected out.

Rows the loader does not handle yet are ``xfail(strict=True)`` with the reason, so the table is
also the list of known gaps, and a fix that closes one makes the suite say so.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.pipeline import extract
from kg.iris import entity_iri
from kg.text import prepare


def run(data: str | bytes, path: str = "snippet.txt"):
    article = prepare(data.encode("utf-8") if isinstance(data, str) else data, path=path)
    ext = extract(article)
    names: dict[str, set[str]] = {}
    labels = {}
    for e in ext.entities:
        names.setdefault(e.type, set()).update({e.label, *e.aliases})
        labels[(e.type, e.key)] = e.label
    triples = {(labels.get((r.subject_type, r.subject), r.subject), r.predicate, labels.get((r.object_type, r.object), r.object))
               for r in ext.relations}
    stats = {(labels.get((o.subject_type, o.subject), o.subject), o.value, o.unit, o.period) for o in ext.observations}
    return article, ext, names, triples, stats


def gap(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# (bullet, snippet, what must be in the output): names {type: {label}}, triples {(s, p, o)}, stats {(s, value, unit, period)}
CASES = [
    # Firms
    pytest.param("firm list A、B、C等N家企业入选", "中德、润阳、中钢、松德等9家企业入选国家级专精特新“小巨人”企业。",
                 {"Firm": {"中德", "润阳", "中钢", "松德"}}, {("中德", "hasDesignation", "专精特新“小巨人”企业")}, set(), id="firm-list-count"),
    pytest.param("hasPriorityIndustry for what a region develops", "锂电是射洪的“当家产业”。白酒是仁怀市的支柱产业。射洪市是遂宁的重要产业。",
                 {"Industry": {"锂电", "白酒"}}, {("射洪市", "hasPriorityIndustry", "锂电"), ("仁怀市", "hasPriorityIndustry", "白酒")},
                 set(), id="industry-one-is-a-places-leading"),
    pytest.param("a list that is the pillars of a place's industry, the place named by its kind (全盟)",
                 "锡林郭勒盟统计公报。能源、化工、有色金属、农畜产品加工是全盟工业的四大支柱产业。",
                 {"Industry": {"能源", "农畜产品加工"}}, {("锡林郭勒盟", "hasPriorityIndustry", x) for x in ("能源", "化工", "农畜产品加工")},
                 set(), id="industry-listed-pillars-of-a-places-economy"),
    pytest.param("a province's chains, in an article about one of its cities: the place the sentence's 全省 means",
                 "西安市航空产业观察\n\n西安市是陕西省省会。2021年，陕西省委、省政府印发《关于进一步提升产业链发展水平的实施意见》，在全省推行重点产业链“链长制”，"
                 "围绕新能源汽车、光伏、输变电装备等23条重点产业链，逐链绘制产业图谱。西安市航空产业发达。\n",
                 set(), {("陕西省", "hasPriorityIndustry", "光伏"), ("陕西省", "hasPriorityIndustry", "输变电装备")}, set(),
                 id="industry-priorities-of-the-place-a-word-means"),
    pytest.param("honour lists for regions (百强县…)", "射洪连续三年跻身西部百强县。上世纪90年代，天齐锂业的前身在这里起步，射洪由此被称为“中国锂电之乡”。",
                 {"Designation": {"西部百强县", "中国锂电之乡"}},
                 {("射洪市", "hasDesignation", "西部百强县"), ("射洪市", "hasDesignation", "中国锂电之乡")}, set(),
                 id="designation-regional-list-and-the-clause-subject"),
    pytest.param("a firm's quoted title", "舍得酒业股份有限公司是“中国名酒”企业。晋江是“中国鞋都”。", {"Designation": {"中国名酒", "中国鞋都"}},
                 {("舍得酒业股份有限公司", "hasDesignation", "中国名酒"), ("晋江市", "hasDesignation", "中国鞋都")}, set(),
                 id="designation-quoted-title-of-a-firm"),
    pytest.param("firms named between 确定 and 为 hold the quoted title a province confers",
                 "确定晨光生物科技集团股份有限公司、今麦郎食品股份有限公司等8家企业为首批河北省县域特色产业集群“领跑者”企业，现予以公布。",
                 {"Designation": {"河北省县域特色产业集群“领跑者”企业"}},
                 {("晨光生物科技集团股份有限公司", "hasDesignation", "河北省县域特色产业集群“领跑者”企业"),
                  ("今麦郎食品股份有限公司", "hasDesignation", "河北省县域特色产业集群“领跑者”企业")}, set(),
                 id="designation-conferred-between-verb-and-wei"),
    pytest.param("a chain's leading firm (链长制) holds the “链主” title, however the sentence names it",
                 "比亚迪股份有限公司和陕西汽车控股集团有限公司被确定为“链主”企业。光伏产业链的“链主”是总部位于西安的隆基绿能科技股份有限公司。"
                 "航空产业链以中航西安飞机工业集团股份有限公司（中航西飞）为“链主”，覆盖航空维修等环节。",
                 {"Designation": {"“链主”企业"}},
                 {(f, "hasDesignation", "“链主”企业") for f in ("比亚迪股份有限公司", "陕西汽车控股集团有限公司", "隆基绿能科技股份有限公司",
                                                               "中航西安飞机工业集团股份有限公司")}, set(),
                 id="designation-chain-leader"),
    pytest.param("the leader of an industry's chain works in that industry",
                 "以新能源汽车产业链为例，比亚迪股份有限公司被确定为“链主”企业。航空产业链以中航西安飞机工业集团股份有限公司（中航西飞）为“链主”。",
                 {"Industry": {"航空"}}, {("比亚迪股份有限公司", "inIndustry", "新能源汽车"),
                                          ("中航西安飞机工业集团股份有限公司", "inIndustry", "航空")}, set(), id="industry-of-a-chain-leader"),
    pytest.param("industry chains: stages", "新疆光伏产业链包括上游工业硅、中游多晶硅和硅片、下游电池组件及光伏电站等环节。",
                 {"Industry": {"工业硅", "多晶硅", "硅片", "电池组件", "光伏电站"}},
                 {(x, "partOf", "光伏") for x in ("工业硅", "多晶硅", "硅片", "电池组件", "光伏电站")}, set(), id="chain-stages-listed"),
    pytest.param("industry chains: stages after a clause on the chain", "航空产业链以中航西安飞机工业集团股份有限公司为“链主”，覆盖大中型飞机研制、航空零部件制造和航空维修等环节。",
                 {"Industry": {"航空", "航空维修"}}, {(x, "partOf", "航空") for x in ("大中型飞机研制", "航空零部件制造", "航空维修")}, set(),
                 id="chain-stages-after-a-clause"),
    pytest.param("industry chains: from A to B", "射洪已集聚锂电企业41家,形成了从锂矿精深加工、基础锂盐、正极材料到电池回收利用的完整产业链。",
                 {"Industry": {"锂电", "基础锂盐"}}, {(x, "partOf", "锂电") for x in ("锂矿精深加工", "基础锂盐", "正极材料", "电池回收利用")},
                 set(), id="chain-stages-of-the-firms-trade"),
    pytest.param("clusters: member regions; every region linked to its parents", "河北省邢台市清河县羊绒制品产业集群拥有企业1800余家。南通市泰州市扬州市海工装备和高技术船舶集群入选。",
                 {"Industry": {"羊绒制品", "海工装备", "高技术船舶"}, "Region": {"邢台市", "河北省"}},
                 {("清河县", "locatedIn", "邢台市"), ("邢台市", "locatedIn", "河北省"), ("清河县", "hasPriorityIndustry", "羊绒制品"),
                  ("清河县", "memberOf", "河北省邢台市清河县羊绒制品产业集群"), ("南通市", "hasPriorityIndustry", "海工装备"),
                  ("扬州市", "hasPriorityIndustry", "高技术船舶")}, set(), id="cluster-name-address-and-trade"),
    pytest.param("hasPriorityIndustry from a quoted plan the sentence opens with", "按照《长垣市起重装备产业高质量发展行动方案》,到2025年,全市起重装备产业营业收入目标突破1000亿元。",
                 {"Industry": {"起重装备"}}, {("长垣市", "hasPriorityIndustry", "起重装备")}, set(), id="policy-quoted-at-sentence-start-names-place-industry"),
    pytest.param("inIndustry for a firm: its chief products", "纽科伦(新乡)起重机有限公司则以欧式起重机和电动葫芦为主要产品。山东省临沂市费县木业产业集群以胶合板、生态板为主导产品。",
                 {"Industry": {"欧式起重机", "电动葫芦", "胶合板", "生态板"}},
                 {("纽科伦(新乡)起重机有限公司", "inIndustry", "欧式起重机"), ("纽科伦(新乡)起重机有限公司", "inIndustry", "电动葫芦"),
                  ("费县", "hasPriorityIndustry", "胶合板"), ("费县", "hasPriorityIndustry", "生态板")}, set(), id="chief-products"),
    pytest.param("hasPriorityIndustry for each place listed, and the place right before 把", "在成渝地区,成都、重庆两地正在协同推进电子信息、汽车等产业链共建。在内蒙古,包头把稀土新材料作为首位产业。",
                 {}, {("成都市", "hasPriorityIndustry", "电子信息"), ("重庆市", "hasPriorityIndustry", "电子信息"),
                      ("重庆市", "hasPriorityIndustry", "汽车"), ("包头市", "hasPriorityIndustry", "稀土新材料")}, set(), id="priority-places-listed-and-ba"),
    pytest.param("hasPriorityIndustry: the pillars a place had before", "螺蛳粉产业已成为柳州继汽车、钢铁、机械之后又一个“百亿级”产业集群。",
                 {"Industry": {"钢铁"}}, {("柳州市", "hasPriorityIndustry", x) for x in ("汽车", "钢铁", "机械")}, set(), id="pillars-before"),
    pytest.param("hasPriorityIndustry: the main producers of a product", "全市茶园面积稳定在200万亩以上,湄潭、凤冈等茶叶主产县持续擦亮生态茶品牌。",
                 {"Industry": {"茶叶"}}, {("湄潭县", "hasPriorityIndustry", "茶叶"), ("凤冈县", "hasPriorityIndustry", "茶叶")}, set(),
                 id="main-producers"),
    pytest.param("designations held: X是A", "德阳是国家重大技术装备制造业基地。卫华集团是国家级制造业单项冠军示范企业,主导产品市场占有率位居全国首位。",
                 {"Designation": {"国家重大技术装备制造业基地"}},
                 {("德阳市", "hasDesignation", "国家重大技术装备制造业基地"), ("卫华", "hasDesignation", "国家级制造业单项冠军示范企业")},
                 set(), id="designation-x-is-a-title"),
    pytest.param("clusters: member regions, a place forming a cluster led by a firm", "南安市则形成了以九牧集团有限公司为代表的水暖厨卫产业集群。",
                 {"Industry": {"水暖厨卫"}}, {("南安市", "memberOf", "水暖厨卫产业集群"), ("南安市", "hasPriorityIndustry", "水暖厨卫"),
                                              ("九牧集团有限公司", "memberOf", "水暖厨卫产业集群")}, set(), id="cluster-formed-by-a-place"),
    pytest.param("firm list, verb stripped from the first item", "今年以来,完成毓恬冠佳、三众汽车部件、火凤凰线缆等小升规企业34家。",
                 {"Firm": {"毓恬冠佳", "三众汽车部件"}}, {("毓恬冠佳", "hasDesignation", "小升规企业")}, set(), id="firm-list-verb"),
    pytest.param("firm with a legal suffix", "江苏天嘉宜化工有限公司位于响水县陈家港镇。",
                 {"Firm": {"江苏天嘉宜化工有限公司"}}, {("江苏天嘉宜化工有限公司", "locatedIn", "响水县")}, set(), id="firm-suffix"),
    pytest.param("a bracketed word inside a legal name belongs to it", "舜宇光学科技（集团）有限公司与高原(北京)文化传播有限公司签约。",
                 {"Firm": {"舜宇光学科技(集团)有限公司", "高原(北京)文化传播有限公司"}}, set(), set(), id="firm-bracketed-infix"),
    pytest.param("each firm of a list without 等 holds the designation; 均 inside a name is no adverb",
                 "其中，宁波拓普集团股份有限公司、宁波均胜电子股份有限公司和浙江永太科技股份有限公司入选国家级专精特新“小巨人”企业。",
                 {"Firm": {"宁波均胜电子股份有限公司"}},
                 {("宁波拓普集团股份有限公司", "hasDesignation", "专精特新“小巨人”企业"),
                  ("宁波均胜电子股份有限公司", "hasDesignation", "专精特新“小巨人”企业"),
                  ("浙江永太科技股份有限公司", "hasDesignation", "专精特新“小巨人”企业")}, set(), id="firm-list-no-deng"),
    pytest.param("the firms listed among holders of a title (中有…,包括A(code)、B) hold it; “小巨人”企业 is the national title",
                 "本批“小巨人”企业中有24家上市企业，包括山东天岳先进科技股份有限公司（688234）、青岛高测科技股份有限公司（688556）等。",
                 {"Designation": {"专精特新“小巨人”企业"}},
                 {("山东天岳先进科技股份有限公司", "hasDesignation", "专精特新“小巨人”企业"),
                  ("青岛高测科技股份有限公司", "hasDesignation", "专精特新“小巨人”企业")}, set(), id="firm-list-among-holders"),
    pytest.param("a cluster's name ends before 以…为核心; the firms it gathers (集聚了A、B等, or one firm 等整机企业) are its members",
                 "在西安,西安市航空集群以西安阎良国家航空高技术产业基地为核心,集聚了中航西飞等整机企业。"
                 "包头市稀土新材料集群依托白云鄂博稀土资源,集聚了北方稀土、金力永磁等一批骨干企业。",
                 {"Cluster": {"西安市航空集群", "包头市稀土新材料集群"}, "Firm": {"中航西飞"}},
                 {("中航西飞", "memberOf", "西安市航空集群"), ("北方稀土", "memberOf", "包头市稀土新材料集群"),
                  ("金力永磁", "memberOf", "包头市稀土新材料集群")}, set(), id="cluster-gathers-firms"),
    pytest.param("a place named as a quoted title (仁怀市作为“中国酒都”) holds it, not the city of 全市 before it",
                 "遵义市地区生产总值完成4851.2亿元。全市白酒主产区中,仁怀市作为“中国酒都”,白酒产业产值首次突破1000亿元。",
                 {"Designation": {"中国酒都"}}, {("仁怀市", "hasDesignation", "中国酒都")}, set(), id="designation-zuowei"),
    pytest.param("a notice that issues a document (关于印发〈X〉的通知) names two policies, both the body's",
                 "2022年8月,《工业和信息化部关于印发〈促进中小企业特色产业集群发展暂行办法〉的通知》发布。",
                 {"Policy": {"促进中小企业特色产业集群发展暂行办法", "工业和信息化部关于印发〈促进中小企业特色产业集群发展暂行办法〉的通知"}},
                 {("促进中小企业特色产业集群发展暂行办法", "issuedBy", "工业和信息化部")}, set(), id="policy-issued-inside-a-notice"),
    pytest.param("clusters entering a tier's list are its members, a remark in brackets inside the list; the places a cluster is "
                 "built on (以A、B为核心承载区) are the cluster's",
                 "工业和信息化部公布45个国家先进制造业集群名单,四川省成德高端能源装备集群(德阳牵头)、成渝地区电子信息先进制造集群(与重庆共建)成功入选。"
                 "成德高端能源装备集群以成都市、德阳市为核心承载区。",
                 {"Cluster": {"成德高端能源装备集群", "成渝地区电子信息先进制造集群"}},
                 {("成德高端能源装备集群", "memberOf", "国家先进制造业集群"), ("成渝地区电子信息先进制造集群", "memberOf", "国家先进制造业集群"),
                  ("成都市", "memberOf", "成德高端能源装备集群"), ("德阳市", "memberOf", "成德高端能源装备集群")}, set(),
                 id="cluster-tier-and-core-places"),
    pytest.param("in an article on a county, a firm from elsewhere that builds a project (投资…建设…项目) has a site in the county",
                 "泰和县重大项目集中签约仪式举行。泰和县共签约项目15个。其中,深圳市德方纳米科技股份有限公司投资35亿元建设年产8万吨"
                 "磷酸锰铁锂正极材料项目。泰和县将做好服务。",
                 {"Firm": {"深圳市德方纳米科技股份有限公司"}}, {("深圳市德方纳米科技股份有限公司", "locatedIn", "泰和县")}, set(),
                 id="firm-builds-in-the-focus"),
    pytest.param("where a firm builds or settles, it has a site", "比亚迪股份有限公司在安徽省合肥市投资建设新能源汽车生产基地。"
                 "宁德时代新能源科技股份有限公司落户溧阳。吉利控股在长兴召开发布会。",
                 {"Firm": {"比亚迪股份有限公司"}},
                 {("比亚迪股份有限公司", "locatedIn", "合肥市"), ("宁德时代新能源科技股份有限公司", "locatedIn", "溧阳市")}, set(), id="firm-site"),
    pytest.param("a list of one firm after a cue word", "公司的产品远销日本,客户包括宜家等国际零售商。",
                 {"Firm": {"宜家"}}, set(), set(), id="firm-cue-one"),
    pytest.param("a place brings in firms (they set up there) and works around a chain (its priority); 全市 is that place, "
                 "not one inside a firm's name",
                 "2023年,溧阳市围绕动力电池产业链,引进宁德时代、上汽时代等龙头企业,全市新能源产业产值突破1000亿元。",
                 {"Firm": {"宁德时代", "上汽时代"}},
                 {("溧阳市", "hasPriorityIndustry", "动力电池"), ("宁德时代", "locatedIn", "溧阳市"), ("上汽时代", "locatedIn", "溧阳市")},
                 {("溧阳市", Decimal("1000"), "亿元", "2023")}, id="firm-brought-in"),
    pytest.param("a legal name's core names the firm later; a prefecture's bare stem is a place though jieba counts it a word",
                 "比亚迪股份有限公司在合肥投资建厂。比亚迪年产值达500亿元。",
                 {"Firm": {"比亚迪", "比亚迪股份有限公司"}, "Region": {"合肥市"}}, {("比亚迪股份有限公司", "locatedIn", "合肥市")},
                 {("比亚迪股份有限公司", Decimal("500"), "亿元", None)}, id="firm-core-later"),
    pytest.param("firms named by place and brand after what they make: each makes it and lies in its place",
                 "关注研发动力电池的苏州艾杰和北京勤邦。",
                 {"Firm": {"苏州艾杰", "北京勤邦"}, "Region": {"苏州", "北京"}},
                 {("苏州艾杰", "inIndustry", "动力电池"), ("北京勤邦", "inIndustry", "动力电池"), ("苏州艾杰", "locatedIn", "苏州市")},
                 set(), id="firm-place-brand"),
    pytest.param("位于X的F: the firm lies in the lowest place named, a place inside a park's name included",
                 "3月21日下午,位於江蘇鹽城市響水縣生態化工園區的天嘉宜化工有限公司發生爆炸。",
                 {"Firm": {"天嘉宜化工有限公司"}}, {("天嘉宜化工有限公司", "locatedIn", "响水县")}, set(), id="firm-located-before-name"),
    pytest.param("a provincial report: firms a city gathers lie in it, a firm's headquarters, a place's chosen industry, "
                 "a share of the national total",
                 "2023年,安徽省新能源汽车产量86.8万辆,占全国的8.9%。安徽省把新能源汽车产业作为“一号产业”。"
                 "合肥市集聚了比亚迪、蔚来、大众安徽等整车企业。芜湖市重点发展智能网联汽车,奇瑞汽车股份有限公司总部位于芜湖。",
                 {"Firm": {"比亚迪", "蔚来", "大众安徽"}},
                 {("安徽省", "hasPriorityIndustry", "新能源汽车"), ("大众安徽", "locatedIn", "合肥市"),
                  ("奇瑞汽车股份有限公司", "locatedIn", "芜湖市")},
                 {("安徽省", Decimal("86.8"), "万辆", "2023"), ("安徽省", Decimal("8.9"), "%", "2023")}, id="provincial-report"),
    pytest.param("firm with a stock code", "宁德时代(300750)在溧阳建设动力电池基地。",
                 {"Firm": {"宁德时代"}}, set(), set(), id="firm-stock-code"),
    pytest.param("legal name and short name are one firm", "浙江吉利控股集团有限公司总部位于杭州。吉利控股在长兴投资建厂。",
                 {"Firm": {"浙江吉利控股集团有限公司", "吉利控股"}}, set(), set(), id="firm-legal-short"),
    pytest.param("aliases within a document: 吉利集团 … 吉利", "吉利集团在长兴设厂。吉利的产能持续扩大。",
                 {"Firm": {"吉利集团", "吉利"}}, set(), set(), id="firm-alias"),
    pytest.param("a firm's plant is its own entity", "总投资326亿元的吉利长兴基地已成为吉利集团技术水平最高的4.0工厂。",
                 {"Firm": {"吉利长兴基地"}}, {("吉利长兴基地", "partOf", "吉利"), ("吉利长兴基地", "locatedIn", "长兴县")}, set(), id="firm-plant"),
    # Regions
    pytest.param("bare stems and province + county", "长兴县北与江苏宜兴交界,武进的机械行业发达。",
                 {"Region": {"长兴县", "宜兴市", "武进区"}}, {("宜兴市", "locatedIn", "江苏省")}, set(), id="region-stems"),
    pytest.param("abbreviations and macro-regions", "长兴县襟带浙苏皖三省门户,地处长三角,联动东北地区。",
                 {"Region": {"浙江省", "江苏省", "安徽省", "长三角", "东北地区"}}, set(), set(), id="region-abbrev-macro"),
    pytest.param("change of division: 广德县 is today's 广德市", "安徽广德县与长兴县交界。",
                 {"Region": {"广德市", "广德县"}}, set(), set(), id="region-change"),
    pytest.param("the places a league governs (全盟所辖A、B) and a place 位于我盟…的 lie in it",
                 "锡林郭勒盟统计公报\n\n锡林郭勒盟位于内蒙古自治区中部。全盟所辖锡林浩特市、二连浩特市地区生产总值分别为245.6亿元和98.7亿元。"
                 "位于我盟南部的多伦县依托煤制烯烃项目发展化工。\n",
                 set(), {("锡林浩特市", "locatedIn", "锡林郭勒盟"), ("二连浩特市", "locatedIn", "锡林郭勒盟"), ("多伦县", "locatedIn", "锡林郭勒盟")},
                 {("锡林浩特市", Decimal("245.6"), "亿元", None)}, id="region-governed-by-a-league"),
    pytest.param("towns and villages give a chain of locatedIn", "湖北應城市黃灘鎮劉垸村盛产白垩。",
                 {"Region": {"应城市", "黄滩镇", "刘垸村"}},
                 {("刘垸村", "locatedIn", "黄滩镇"), ("黄滩镇", "locatedIn", "应城市"), ("应城市", "locatedIn", "湖北省")}, set(), id="region-village-chain"),
    pytest.param("a town's villages after 的 and along a list", "爆炸波及陈家港镇的王商村、立新村和双港村,数百户民房受损。",
                 {"Region": {"王商村", "立新村", "双港村"}},
                 {("王商村", "locatedIn", "陈家港镇"), ("立新村", "locatedIn", "陈家港镇"), ("双港村", "locatedIn", "陈家港镇")},
                 set(), id="region-village-list"),
    pytest.param("the places a body's name opens with sit in each other and in the place before the name",
                 "事故发生在江苏盐城市响水县陈家港镇化工园区。",
                 {"Region": {"响水县", "盐城市"}}, {("响水县", "locatedIn", "盐城市"), ("盐城市", "locatedIn", "江苏省")},
                 set(), id="region-chain-into-name"),
    pytest.param("a town after a list separator, in the county named before it", "南海区政府与大沥镇启动专项资金。",
                 {"Region": {"大沥镇", "南海区"}}, {("大沥镇", "locatedIn", "南海区")}, set(), id="region-town"),
    pytest.param("该市/全县/县域内 mean the place named before: what they develop or produce is that place's",
                 "应城市位于湖北省中部。该市重点发展盐化工、石膏建材等产业。响水县地处江苏省东北部。全县主导产业为化工、纺织和机械。"
                 "景宁畲族自治县地处浙江省西南部。县域内盛产惠明茶。",
                 {"Industry": {"盐化工", "纺织", "惠明茶"}},
                 {("应城市", "hasPriorityIndustry", "盐化工"), ("应城市", "hasPriorityIndustry", "石膏建材"),
                  ("响水县", "hasPriorityIndustry", "化工"), ("响水县", "hasPriorityIndustry", "机械"),
                  ("景宁畲族自治县", "hasPriorityIndustry", "惠明茶")}, set(), id="region-anaphora"),
    pytest.param("a sea's name is a district's short name when the text names the district", "佛山市南海区是制造业强区。近年来,南海大力发展生物医药产业。",
                 {"Region": {"南海区"}}, {("南海区", "hasPriorityIndustry", "生物医药")}, set(), id="region-stem-named-elsewhere"),
    pytest.param("a park's products are industries", "陈家港化工园区位于响水县陈家港镇,园区内有化工企业数十家,主要生产农药、染料等产品。",
                 {"Industry": {"农药", "染料"}}, set(), set(), id="industry-park-products"),
    pytest.param("a village that lives by a product, and 村里 is the village", "应城市黄滩镇刘垸村位于湖北中部。刘垸村村民靠生产粉笔致富。近年来,村里还发展起乡村旅游。",
                 {"Industry": {"粉笔", "乡村旅游"}},
                 {("刘垸村", "hasPriorityIndustry", "粉笔"), ("刘垸村", "hasPriorityIndustry", "乡村旅游")}, set(), id="region-lives-by"),
    pytest.param("这里盛产X: the place named before the clause produces it", "记者来到湖北应城市黄滩镇刘垸村,这里盛产粉笔。",
                 {"Industry": {"粉笔"}}, {("刘垸村", "hasPriorityIndustry", "粉笔")}, set(), id="region-here-produces"),
    # Organizations
    pytest.param("a national body's general office is its own issuer", "近日,国务院办公厅印发《关于促进中小企业特色产业集群发展的指导意见》。",
                 {"Organization": {"国务院办公厅"}},
                 {("关于促进中小企业特色产业集群发展的指导意见", "issuedBy", "国务院办公厅")}, set(), id="org-general-office"),
    pytest.param("university and academy abbreviations", "浙大与中科院共建研究院。",
                 {"Organization": {"浙江大学", "浙大", "中国科学院", "中科院"}}, set(), set(), id="org-abbrev"),
    pytest.param("more universities, academies and national bodies by their short names", "长兴县与上海交大、哈工大共建研究院。国资委、证监会联合发文。",
                 {"Organization": {"上海交通大学", "上海交大", "哈尔滨工业大学", "国务院国有资产监督管理委员会", "中国证券监督管理委员会"}},
                 set(), set(), id="org-more-abbrev"),
    pytest.param("boards and exchanges are names; a service centre is a body only after its place",
                 "支持企业在科创板、北交所上市。由黄石市招商服务中心承办。",
                 {"Organization": {"科创板", "北交所", "黄石市招商服务中心"}}, set(), set(), id="org-boards-centres"),
    pytest.param("science cities and corridors by name", "黄石临空临港临光谷,以光谷科创大走廊黄石功能区建设为突破口。",
                 {"Organization": {"光谷", "光谷科创大走廊"}}, set(), set(), id="org-science-zones"),
    pytest.param("县委、县政府 are the county's bodies", "长兴县是制造业大县。县委、县政府高度重视新能源产业。长兴县新能源产业发展迅速。",
                 {"Organization": {"长兴县委", "长兴县政府"}}, set(), set(), id="org-local-bodies"),
    pytest.param("省委、省政府 in a county's text are the bodies of its province",
                 "长兴县是制造业大县。在省委、省政府的坚强领导下,长兴县新能源产业发展迅速。长兴县产值增长。",
                 {"Organization": {"浙江省委", "浙江省政府"}}, set(), set(), id="org-province-bodies-of-the-focus"),
    pytest.param("a party committee with its place; a person's title is not a body", "由中共黄石市委主办。黄石市委副书记吴锦出席。",
                 {"Organization": {"中共黄石市委"}}, set(), set(), id="org-party-committee"),
    pytest.param("parks and listing boards", "长兴国家大学科技园的企业登陆太湖科技板。",
                 {"Organization": {"长兴国家大学科技园", "太湖科技板"}}, set(), set(), id="org-parks-boards"),
    pytest.param("a people's congress with its place and term adopts a statute",
                 "# 河南省促进高新技术产业发展条例\n\n2011年6月13日 河南省第十一届人民代表大会常务委员会第二十二次会议通过\n\n第一条 为了促进高新技术产业发展,制定本条例。\n",
                 {"Organization": {"河南省第十一届人民代表大会常务委员会"}, "Policy": {"河南省促进高新技术产业发展条例"}},
                 {("河南省促进高新技术产业发展条例", "issuedBy", "河南省第十一届人民代表大会常务委员会"),
                  ("河南省", "hasPriorityIndustry", "高新技术")}, set(), id="org-congress-statute"),
    # Policies
    pytest.param("a statute revised by a later congress is issued by both; an amending decision by its own",
                 "# 山西省促进科技成果转化条例\n\n(2010年7月30日山西省第十一届人民代表大会常务委员会第十八次会议通过 根据2016年3月29日"
                 "山西省第十二届人民代表大会常务委员会第二十五次会议《关于修改〈山西省促进科技成果转化条例〉的决定》修正 "
                 "2019年11月29日山西省第十三届人民代表大会常务委员会第十四次会议修订)\n\n第一条 为了促进科技成果转化,制定本条例。\n",
                 set(), {("山西省促进科技成果转化条例", "issuedBy", "山西省第十一届人民代表大会常务委员会"),
                         ("山西省促进科技成果转化条例", "issuedBy", "山西省第十三届人民代表大会常务委员会"),
                         ("关于修改〈山西省促进科技成果转化条例〉的决定", "issuedBy", "山西省第十二届人民代表大会常务委员会")}, set(),
                 id="policy-statute-revised"),
    pytest.param("adjacent titles and nested quotes", "先后出台《“十三五”国家战略性新兴产业发展规划》《质量强国建设纲要》。",
                 {"Policy": {"“十三五”国家战略性新兴产业发展规划", "质量强国建设纲要"}}, set(), set(), id="policy-titles"),
    pytest.param("issuer and date", "2023年2月,中共中央、国务院印发《质量强国建设纲要》。",
                 {"Policy": {"质量强国建设纲要"}}, {("质量强国建设纲要", "issuedBy", "国务院")}, set(), id="policy-issuer"),
    pytest.param("named reforms in quotes", "长兴县深入实施营商环境优化提升“一号改革工程”。",
                 {"Policy": {"营商环境优化提升“一号改革工程”"}}, set(), set(), id="policy-reform"),
    pytest.param("a plan named after 制定, issued by the body that makes it", "自治县人民政府应当制定惠明茶产业发展规划。",
                 {"Policy": {"惠明茶产业发展规划"}}, set(), set(), id="policy-plan"),
    # Industries
    pytest.param("a system defined in the text", "长兴县由智能汽车及关键零部件和新能源、智能装备、生物医药、数字产业组成的“1+4”新兴产业实现产值437.2亿元。",
                 {"Industry": {"“1+4”新兴产业", "新能源"}}, {("新能源", "partOf", "“1+4”新兴产业")}, set(), id="industry-system"),
    pytest.param("a region's priority industries from a list", "阳新县涵盖先进制造、现代服务业、基础设施、生态环保等重点领域。",
                 {"Industry": {"先进制造", "现代服务业"}}, {("阳新县", "hasPriorityIndustry", "先进制造")}, set(), id="industry-list"),
    pytest.param("items of a named class are part of it", "积极培育新能源、新材料、电子信息等战略性新兴产业。",
                 {"Industry": {"新能源", "新材料"}}, {("新材料", "partOf", "战略性新兴产业")}, set(), id="industry-class"),
    pytest.param("A、B等C: listed industries are part of C", "对单克隆抗体、疫苗、血液制品等生物制品领域的项目简化审批。",
                 {"Industry": {"疫苗", "生物制品"}}, {("疫苗", "partOf", "生物制品"), ("血液制品", "partOf", "生物制品")}, set(),
                 id="industry-listed-parts"),
    pytest.param("a classification of an industry names its sub-sectors", "将本地新材料专利分为三大领域方向,包括稀土永磁、高性能纤维和特种陶瓷。",
                 {"Industry": {"稀土永磁", "特种陶瓷"}}, {("特种陶瓷", "partOf", "新材料"), ("稀土永磁", "partOf", "新材料")}, set(),
                 id="industry-classified-parts"),
    pytest.param("the firms of a field work in it", "光伏逆变器领域重点专利权人包括华为、阳光电源有限公司、固德威,储能领域则分散。",
                 {"Firm": {"华为", "固德威"}}, {("华为", "inIndustry", "光伏逆变器"), ("固德威", "inIndustry", "光伏逆变器")}, set(),
                 id="industry-field-firms"),
    pytest.param("a district issues a document: the district, not its city", "2014年3月,泉州市晋江市印发《晋江市促进纺织服装产业发展若干措施》。",
                 {"Policy": {"晋江市促进纺织服装产业发展若干措施"}}, {("晋江市促进纺织服装产业发展若干措施", "issuedBy", "晋江市")}, set(),
                 id="policy-issued-by-district"),
    pytest.param("a bureau named by its place issues a document", "2015年4月,余杭区商务局出台《余杭区促进电子商务发展的实施意见》。",
                 {"Organization": {"余杭区商务局"}}, set(), set(), id="org-bureau"),
    pytest.param("what a place develops", "近年来,吴中区大力发展医疗器械产业。",
                 set(), {("吴中区", "hasPriorityIndustry", "医疗器械")}, set(), id="industry-region-develops"),
    pytest.param("nicknames a place is known by", "景德镇素有“千年瓷都”、“中国瓷器之乡”的美誉。",
                 {"Designation": {"千年瓷都", "中国瓷器之乡"}}, {("景德镇市", "hasDesignation", "千年瓷都")}, set(),
                 id="designation-nickname"),
    pytest.param("a party committee sits in its place", "由中共泉州市委主办。",
                 {"Organization": {"中共泉州市委"}}, {("中共泉州市委", "locatedIn", "泉州市")}, set(), id="org-committee-located"),
    pytest.param("a district government sits in the district, not only its city", "佛山市顺德区政府与企业签约。",
                 set(), {("佛山市顺德区政府", "locatedIn", "顺德区")}, set(), id="org-located-lowest-place"),
    pytest.param("a statute's 自治县人民政府 is the county's and sits in it",
                 "# 景宁畲族自治县促进香菇产业发展条例\n\n第三条 自治县人民政府应当加强领导。\n",
                 {"Organization": {"自治县人民政府"}}, {("景宁畲族自治县人民政府", "locatedIn", "景宁畲族自治县")}, set(),
                 id="org-statute-body-located"),
    pytest.param("an autonomous region's 自治区人民政府 and 自治区党委 are the region's, not a district's in sight",
                 "# 宁夏回族自治区枸杞产业促进条例\n\n第六条　自治区人民政府应当统筹全区枸杞产业布局，以固原市原州区等为重点。自治区党委提出发展思路。\n",
                 {"Organization": {"宁夏回族自治区人民政府", "宁夏回族自治区党委"}},
                 {("宁夏回族自治区人民政府", "locatedIn", "宁夏回族自治区")}, set(), id="org-autonomous-region-bodies"),
    pytest.param("places listed as the focus of an industry belt are no industries",
                 "构建以中卫市中宁县为核心，吴忠市红寺堡区、石嘴山市惠农区、固原市原州区等为重点的枸杞产业带。",
                 {"Region": {"红寺堡区", "惠农区", "原州区"}}, {("红寺堡区", "locatedIn", "吴忠市")}, set(), id="industry-list-of-places"),
    pytest.param("a document promoting an industry of a place", "泉州市印发《泉州市促进生物医药产业发展若干措施》。",
                 set(), {("泉州市", "hasPriorityIndustry", "生物医药")}, set(), id="industry-from-policy-title"),
    pytest.param("a title written with its holder", "2006年“中国汽车零部件(余姚)产业基地”正式挂牌。",
                 set(), {("余姚市", "hasDesignation", "中国汽车零部件(余姚)产业基地")}, set(), id="designation-holder-in-brackets"),
    pytest.param("what a place produces, and the title it is known by", "安徽省宣城市泾县丁家桥镇李元村盛产宣纸,有“宣纸之乡”之称。",
                 {"Industry": {"宣纸"}, "Designation": {"宣纸之乡"}},
                 {("李元村", "hasPriorityIndustry", "宣纸"), ("李元村", "hasDesignation", "宣纸之乡")}, set(), id="industry-place-produces"),
    pytest.param("what a firm makes, named without a dictionary", "山东某化工有限公司主要生产苯胺、硝基苯等化工产品。",
                 {"Industry": {"苯胺", "硝基苯"}}, {("山东某化工有限公司", "inIndustry", "苯胺")}, set(), id="industry-firm-makes"),
    pytest.param("what a firm's base (described first) or its project (its: 其在…) makes",
                 "诺和诺德（中国）制药有限公司在泰达建成全球最大的胰岛素生产基地之一。"
                 "2022年，隆基绿能科技股份有限公司实现营业收入1289.98亿元，其在西安经济技术开发区建设的年产15GW高效单晶电池项目已部分投产。",
                 set(), {("诺和诺德(中国)制药有限公司", "inIndustry", "胰岛素"), ("隆基绿能科技股份有限公司", "inIndustry", "高效单晶电池")},
                 set(), id="industry-firm-base-and-project"),
    pytest.param("a firm's share of a product's market names its industry", "其中，长飞光纤光缆股份有限公司光纤预制棒全球市场占有率超过20%。",
                 {"Industry": {"光纤预制棒"}}, {("长飞光纤光缆股份有限公司", "inIndustry", "光纤预制棒")}, set(), id="industry-firm-market-share"),
    pytest.param("what an industry is mainly made of (以A、B为主的X) is part of it",
                 "以肉羊、肉牛为主的畜牧业稳定发展。以溴素、原盐为主的海洋化工产业构成了寿光工业的支柱。以肉猪养殖、肉鸡为主的大型畜牧企业落户。",
                 {"Industry": {"畜牧业", "海洋化工"}}, {("肉羊", "partOf", "畜牧业"), ("肉牛", "partOf", "畜牧业"), ("溴素", "partOf", "海洋化工")},
                 set(), id="industry-mainly-made-of"),
    pytest.param("a firm's capacity in a place is a site of it", "中游环节，大全能源股份有限公司在石河子的多晶硅年产能达到20.5万吨。",
                 set(), {("大全能源股份有限公司", "locatedIn", "石河子市")}, set(), id="firm-site-of-its-capacity"),
    pytest.param("a statute promoting a place's industry: what it tells bodies to develop, the place develops",
                 "# 安吉县促进白茶产业发展条例\n\n第十七条 县人民政府支持旅游企业培育发展乡村旅游。\n",
                 set(), {("安吉县", "hasPriorityIndustry", "乡村旅游")}, set(), id="industry-statute-develops"),
    pytest.param("a firm's industry", "浙江天能电池有限公司主要生产动力电池。",
                 {"Firm": {"浙江天能电池有限公司"}}, {("浙江天能电池有限公司", "inIndustry", "动力电池")}, set(), id="industry-firm"),
    pytest.param("the products of a firm's production lines", "东方建材集团投资20亿元建设年产300万吨绿色环保建材生产线和日产4000吨智能化熟料生产线。",
                 {"Industry": {"绿色环保建材", "熟料"}}, {("东方建材", "inIndustry", "熟料"), ("东方建材", "inIndustry", "绿色环保建材")},
                 set(), id="industry-production-line"),
    pytest.param("a firm named earlier in the sentence makes what the clause lists",
                 "涉事企业为山东海润化学有限公司,成立于2008年,主要生产氯碱和农药中间体。",
                 {"Industry": {"氯碱", "农药中间体"}}, {("山东海润化学有限公司", "inIndustry", "氯碱")}, set(), id="industry-firm-makes-later-clause"),
    pytest.param("a firm named with its province sits in the county the article is about",
                 "沾化区一家化工企业发生爆炸。涉事企业为山东海润化学有限公司。沾化区应急管理局表示,沾化区已成立调查组。",
                 set(), {("山东海润化学有限公司", "locatedIn", "沾化区"), ("山东海润化学有限公司", "locatedIn", "山东省")}, set(),
                 id="firm-placed-by-article-place"),
    pytest.param("a village named once under its county, then alone; the produce verb opens the next clause",
                 "浙江省东阳市南马镇花园村,盛产毛竹。近年来,花园村又发展起乡村旅游和茶文化旅游。",
                 {"Region": {"花园村"}, "Industry": {"毛竹"}},
                 {("花园村", "hasPriorityIndustry", "毛竹"), ("花园村", "hasPriorityIndustry", "乡村旅游"),
                  ("花园村", "hasPriorityIndustry", "茶文化旅游")}, set(), id="region-village-recurs"),
    pytest.param("corner-bracket quotes of Hong Kong and Taiwan texts", "東陽素有「中國竹編之鄉」的美譽。",
                 {"Designation": {"中国竹编之乡"}}, {("东阳市", "hasDesignation", "中国竹编之乡")}, set(), id="designation-corner-quotes"),
    pytest.param("a statute's place develops every industry its articles list after 重点发展",
                 "# 山西省促进高新技术产业发展条例\n\n第三条 县级以上人民政府应当重点发展电子信息、生物医药、新材料等高新技术产业。\n",
                 set(), {("山西省", "hasPriorityIndustry", "电子信息"), ("山西省", "hasPriorityIndustry", "新材料")}, set(),
                 id="industry-statute-lists"),
    pytest.param("metropolitan areas and economic belts a place makes up",
                 "泉州市地处海峡西岸,与厦门共同构成“厦泉都市圈”,是“闽南金三角经济圈”、“海峡西岸经济带”的重要组成部分。",
                 {"Region": {"厦泉都市圈", "闽南金三角经济圈", "海峡西岸经济带"}},
                 {("泉州市", "locatedIn", "厦泉都市圈"), ("厦门市", "locatedIn", "厦泉都市圈"), ("泉州市", "locatedIn", "海峡西岸经济带")},
                 set(), id="region-metropolitan-area"),
    pytest.param("a city's new town, and a belt a city serves", "项目选址泉州新城。南昌作为长江中游城市群的中心城市。",
                 {"Region": {"泉州新城"}}, {("泉州新城", "locatedIn", "泉州市")}, set(), id="region-new-town"),
    pytest.param("what a place turns out each year is its industry", "河南禹州年产五千吨陶瓷。宁波某化工有限公司年产3万吨苯胺。",
                 {"Industry": {"陶瓷", "苯胺"}}, {("禹州市", "hasPriorityIndustry", "陶瓷"), ("宁波某化工有限公司", "inIndustry", "苯胺")}, set(),
                 id="industry-annual-output"),
    pytest.param("a park of a place, and the villages of the article's one town",
                 "沾化区滨港镇的化工园区发生爆炸。滨港化工园区设立于2005年,是沾化区的省级化工园区。爆炸波及附近的杨家村、王家村。",
                 {"Region": {"杨家村", "王家村"}},
                 {("滨港化工园区", "locatedIn", "滨港镇"), ("滨港化工园区", "locatedIn", "沾化区"), ("杨家村", "locatedIn", "滨港镇")}, set(),
                 id="org-park-of-a-place"),
    pytest.param("a body named for its place, the name one word to the segmenter; a university is not so placed",
                 "北京海关为进口药品开辟绿色通道。中山大学与企业共建实验室。",
                 {"Organization": {"北京海关", "中山大学"}}, {("北京海关", "locatedIn", "北京市")}, set(), id="org-named-for-place-one-word"),
    pytest.param("a firm's project breaking ground in a town of the article's county: the firm is in both",
                 "溧阳市重大项目集中开工。上午,海螺集团骨料项目开工仪式在溧阳市上黄镇举行。溧阳市领导出席。",
                 {"Firm": {"海螺集团"}}, {("海螺", "locatedIn", "上黄镇"), ("海螺", "locatedIn", "溧阳市")}, set(), id="firm-project-site"),
    pytest.param("a place taking an industry as its lead industry (先导产业)", "溧阳新城将新能源汽车产业作为先导产业。",
                 {"Region": {"溧阳新城"}}, {("溧阳新城", "hasPriorityIndustry", "新能源汽车产业")}, set(), id="industry-lead"),
    pytest.param("products listed before the industry class they belong to", "江苏某化工有限公司主要生产苯胺、硝基苯、间苯二胺等化工产品。",
                 {"Industry": {"化工", "苯胺"}}, {("苯胺", "partOf", "化工"), ("江苏某化工有限公司", "inIndustry", "化工")}, set(),
                 id="industry-products-of-a-class"),
    pytest.param("a reference industry written inside a longer word is named by that word", "佛山生物医药分为四大领域方向,包括化学药物、生物制品和植物药。",
                 {"Industry": {"化学药物", "化学药"}}, {("化学药", "partOf", "生物医药")}, set(), id="industry-reference-word"),
    # Clusters and tiers
    pytest.param("a tier and its count", "我国已培育45个国家先进制造业集群。",
                 {"Cluster": {"国家先进制造业集群"}}, set(), set(), id="cluster-tier"),
    pytest.param("a designated list names clusters by their places and industry; each place is a member, each cluster "
                 "is in the tier the list's framing sentence names",
                 "工业和信息化部公布45个国家先进制造业集群名单。其中包括无锡市物联网集群、南通市泰州市扬州市海工装备和高技术船舶集群等。",
                 {"Cluster": {"无锡市物联网集群", "南通市泰州市扬州市海工装备和高技术船舶集群"}},
                 {("无锡市", "memberOf", "无锡市物联网集群"), ("泰州市", "memberOf", "南通市泰州市扬州市海工装备和高技术船舶集群"),
                  ("扬州市", "memberOf", "南通市泰州市扬州市海工装备和高技术船舶集群"),
                  ("无锡市物联网集群", "memberOf", "国家先进制造业集群")}, set(), id="cluster-list-by-place"),
    pytest.param("em-dash clusters are one cluster each", "深圳—香港—广州、北京、上海—苏州集群跻身全球科技集群的前五位。",
                 {"Cluster": {"深圳—香港—广州"}}, {("深圳—香港—广州", "memberOf", "全球科技集群")}, set(), id="cluster-named"),
    # Designations
    pytest.param("a region's honour list", "长兴县逐步成长为全国综合实力百强县、中国工业百强县。",
                 {"Designation": {"全国综合实力百强县"}}, {("长兴县", "hasDesignation", "中国工业百强县")}, set(), id="designation-region"),
    pytest.param("a slogan of parallel phrases names a strategy, the province's when 全省 stands before it",
                 "湖北省黄石市位于长江中游。黄石将紧紧围绕全省“一主引领、两翼驱动、全域协同”区域发展布局。",
                 {"Policy": {"一主引领、两翼驱动、全域协同"}}, {("一主引领、两翼驱动、全域协同", "issuedBy", "湖北省")}, set(),
                 id="policy-slogan"),
    pytest.param("a statute's place lies in the nearest parent the text names, even inside a congress's name",
                 "# 景宁畲族自治县促进惠明茶产业发展条例\n\n2019年5月31日 浙江省第十三届人民代表大会常务委员会第十二次会议批准\n\n"
                 "第一条 为了促进惠明茶产业发展,制定本条例。\n",
                 {"Region": {"浙江省"}}, {("景宁畲族自治县", "locatedIn", "浙江省")}, set(), id="region-framing-parent"),
    pytest.param("《规划》 after a plan's full title is that plan, the subject of its targets",
                 "国务院办公厅印发《新能源汽车产业发展规划(2021—2035年)》。《规划》提出,到2025年新能源汽车新车销售量达到汽车新车销售总量的20%左右。",
                 {"Policy": {"新能源汽车产业发展规划(2021—2035年)", "《规划》"}}, set(),
                 {("新能源汽车产业发展规划(2021—2035年)", Decimal("20"), "%", "2025")}, id="policy-kind-title"),
    # Statistics
    pytest.param("a document that sets goals (《意见》提出) is the subject of its targets",
                 "国务院办公厅印发《关于促进中小企业特色产业集群发展的指导意见》(以下简称《意见》)。《意见》提出,到2025年,培育200个左右中小企业特色产业集群。",
                 set(), set(), {("关于促进中小企业特色产业集群发展的指导意见", Decimal("200"), "个", "2025")}, id="stat-policy-target"),
    pytest.param("value with magnitude and unit", "2022年,长兴县智能汽车及关键零部件产业产值达300.9亿元。",
                 set(), set(), {("长兴县", Decimal("300.9"), "亿元", "2022")}, id="stat-magnitude"),
    pytest.param("qualifiers dropped: 超", "2022年,长兴县新能源产业产值超1000亿元。",
                 set(), set(), {("长兴县", Decimal("1000"), "亿元", "2022")}, id="stat-qualifier"),
    pytest.param("今年以来 resolved against the publication date",
                 "---\ntitle: 长兴\ndate: 2023-08-01\n---\n\n今年以来,长兴县规上工业增加值达200亿元。\n",
                 set(), set(), {("长兴县", Decimal("200"), "亿元", "2023")}, id="stat-relative-period"),
]


@pytest.mark.parametrize(("bullet", "snippet", "names", "triples", "stats"), CASES)
def test_bullet(bullet, snippet, names, triples, stats):
    _, _, got_names, got_triples, got_stats = run(snippet, path="snippet.md" if snippet.startswith(("#", "---")) else "snippet.txt")
    for type_, expected in dict(names).items():
        assert expected <= got_names.get(type_, set()), f"{bullet}: {type_} missing {expected - got_names.get(type_, set())}"
    assert set(triples) <= got_triples, f"{bullet}: missing {set(triples) - got_triples}"
    assert set(stats) <= got_stats, f"{bullet}: missing {set(stats) - got_stats}; got {got_stats}"


def test_what_a_firm_is_mainly_made_of_is_no_part_of_an_industry():
    _, _, names, triples, _ = run("以肉猪养殖、肉鸡为主的大型畜牧企业落户。")
    assert not any(p == "partOf" for _, p, _ in triples) and "大型畜牧企业" not in names.get("Industry", set())


def test_places_listed_as_the_focus_of_an_industry_belt_are_no_industries():
    _, _, names, _, _ = run("构建以中卫市中宁县为核心，吴忠市红寺堡区、石嘴山市惠农区、固原市原州区等为重点的枸杞产业带。")
    assert not {"红寺堡区", "惠农区", "原州区"} & names.get("Industry", set())



@pytest.mark.parametrize(("snippet", "industries", "not_industries"), [
    ("与蒙古国在能源、矿产、农牧业和旅游等领域的经贸合作持续深化。", {"能源", "矿产"}, {"蒙古国在能源"}),  # a list opening on 与
    ("入选企业所在集群既有辣椒红色素、方便面、葡萄酒等传统优势特色产业。", {"辣椒红色素", "方便面"}, {"集群既有辣椒红色素"}),
    ("全盟有色金属和煤炭产业贡献突出。", {"有色金属"}, {"色金属和煤炭"}),  # 有 of 有色 is no verb
    ("县域特色产业是河北经济的重要支撑。", set(), {"河北经济的重要支撑"}),  # what the class is, not a list of it
    ("浦口镇、白兔潭镇等花炮主产区积极推进机械化生产。", {"花炮"}, {"区积极推进机械化"}),  # 主产区 is a noun
    ("贵州发展大数据起步甚早。", set(), {"大数据起步甚早"}),  # a clause after 发展, no industry
    ("鼓励在适宜区域建设标准化枸杞种植基地。发展螺蛳养殖基地。", {"枸杞", "螺蛳养殖"}, {"化枸杞", "发展螺蛳养殖"}),
    # the digital industries of the SEI classification, named whatever the tagger makes of them (云/计算, 算/力)
    ("贵州近年全力发展大数据与算力产业。贵州全力发展云计算产业。", {"大数据", "算力", "云计算"}, set()),
    ("完善产业发展大数据监测机制。", set(), {"大数据"}),  # a tool used for something, no industry
    # a list counted in digits; a trade and a kind of it joined by 及 are one item
    ("围绕信创、车联网、汽车及新能源汽车、轻工12条重点产业链，一条链一张图谱。", {"信创", "车联网", "汽车及新能源汽车", "轻工"}, set()),
    ("围绕光伏、航空、输变电装备等23条重点产业链绘制图谱。", {"光伏", "航空", "输变电装备"}, {"输变电装备等"}),
    ("天津开发区是开放的窗口，汽车及新能源汽车、生物医药是我们的两大优势产业。", {"汽车及新能源汽车", "生物医药"}, {"生物医药是我们的"}),
])
def test_a_listed_industry_is_a_name_not_the_words_around_it(snippet, industries, not_industries):
    _, _, names, _, _ = run(snippet)
    got = names.get("Industry", set())
    assert industries <= got and not not_industries & got, got



def test_a_firm_read_by_its_short_name_a_place_and_a_plant_word_name_its_plant():
    _, _, names, triples, stats = run("隆基绿能科技股份有限公司将在鄂尔多斯投资建设单晶硅片项目，建成后隆基绿能鄂尔多斯基地单晶硅片总产能将达到66GW。")
    assert "隆基绿能鄂尔多斯基地" in names["Firm"] and ("隆基绿能鄂尔多斯基地", "locatedIn", "鄂尔多斯市") in triples
    assert ("隆基绿能鄂尔多斯基地", Decimal("66"), "GW") in {(s, v, u) for s, v, u, _ in stats}


def test_firms_listed_by_the_words_their_legal_names_open_with_are_those_firms():
    _, _, names, triples, _ = run("飞腾信息技术有限公司的国产CPU、麒麟软件有限公司的操作系统、曙光信息产业股份有限公司的高端服务器，都是链上的骨干力量。"
                                  "目前已集聚信创企业1200余家，飞腾、麒麟、曙光等龙头企业均将总部设在滨海新区。")
    assert {"飞腾", "麒麟", "曙光", "曙光信息产业股份有限公司"} <= names["Firm"] and not names.get("Region", set()) - {"滨海新区"}
    assert {(f, "locatedIn", "滨海新区") for f in ("飞腾信息技术有限公司", "麒麟软件有限公司", "曙光信息产业股份有限公司")} <= triples


def test_zones_a_place_has_lie_in_it_and_are_named_again_by_their_abbreviated_kind():
    _, ext, names, triples, _ = run("滨海新区拥有天津经济技术开发区、天津港保税区、天津滨海高新技术产业开发区等国家级功能区。"
                                    "天津开发区是开放型经济的重要窗口。滨海高新区被誉为“中国信创谷”。")
    assert {(z, "locatedIn", "滨海新区") for z in ("天津经济技术开发区", "天津港保税区", "天津滨海高新技术产业开发区")} <= triples
    zones = {e.label: set(e.aliases) for e in ext.entities if e.type == "Organization"}
    assert zones == {"天津经济技术开发区": {"天津开发区"}, "天津港保税区": set(), "天津滨海高新技术产业开发区": {"滨海高新区"}}


def test_a_dash_set_off_before_a_name_is_no_part_of_it():
    _, _, names, _, stats = run("——湖北莱克水产食品股份有限公司：国内小龙虾加工出口龙头企业，2015年加工小龙虾4.8万吨。")
    assert names["Firm"] == {"湖北莱克水产食品股份有限公司"}
    assert {s for s, _, _, _ in stats} == {"湖北莱克水产食品股份有限公司"}


def test_what_a_firm_mainly_does_or_leads_with_are_its_industries():
    _, _, _, triples, _ = run("——湖北华山水产食品有限公司：以小龙虾加工和甲壳素加工为主，建成生产线。\n"
                              "——湖北虾乡食品股份有限公司：主打调味虾和虾稻米，售价明显高于普通大米。")
    assert {("湖北华山水产食品有限公司", "inIndustry", "小龙虾加工"), ("湖北华山水产食品有限公司", "inIndustry", "甲壳素加工"),
            ("湖北虾乡食品股份有限公司", "inIndustry", "调味虾"), ("湖北虾乡食品股份有限公司", "inIndustry", "虾稻米")} <= triples


def test_stages_listed_without_their_chain_are_parts_of_the_chain_named_last():
    _, _, names, triples, _ = run("潜江小龙虾全产业链图谱解读\n\n上游环节包括苗种繁育、虾稻共作养殖和饲料生产。\n\n"
                                  "甲壳素可广泛用于医药、保健品、化妆品和水处理等领域。\n\n下游环节包括餐饮、冷链物流和电子商务。\n")
    assert {(i, "partOf", "小龙虾") for i in ("苗种繁育", "虾稻共作养殖", "饲料生产", "餐饮", "冷链物流", "电子商务")} <= triples
    assert not {"保健品", "化妆品", "水处理"} & names["Industry"]  # where a product is used


def test_the_firms_of_a_sentence_opening_on_a_field_are_in_it():
    _, _, _, triples, _ = run("光伏领域，支持天合光能股份有限公司建设全球光伏研发和制造总部。在动力电池领域，中航锂电科技有限公司扩大产能。")
    assert {("天合光能股份有限公司", "inIndustry", "光伏"), ("中航锂电科技有限公司", "inIndustry", "动力电池")} <= triples


def test_a_line_heading_an_industry_lists_its_kinds_and_places():
    _, _, _, triples, _ = run("开发区重点引进以下项目：\n1.燃气轮机产业链：燃气轮机叶片、燃烧室部件、控制系统等关键零部件项目；\n"
                              "2.生产性服务业：工业设计、检验检测、融资租赁项目。\n\n> 新材料：碳纤维及复合材料、石墨烯（武进区、新北区）\n\n"
                              "参会人员：张三、李四、王五。\n")
    parts = {(a, b) for a, p, b in triples if p == "partOf"}
    assert parts == {("燃气轮机叶片", "燃气轮机"), ("燃烧室部件", "燃气轮机"), ("控制系统", "燃气轮机"), ("工业设计", "生产性服务业"),
                     ("检验检测", "生产性服务业"), ("融资租赁", "生产性服务业"), ("碳纤维及复合材料", "新材料"), ("石墨烯", "新材料")}
    assert {("武进区", "hasPriorityIndustry", "新材料"), ("新北区", "hasPriorityIndustry", "新材料")} <= triples


def test_what_the_industry_a_sentence_opens_with_develops_is_part_of_it():
    _, _, _, triples, _ = run("常州市发布规划。智能电网装备重点发展特高压输变电设备、智能配电设备和储能变流器。"
                              "轨道交通装备以中车戚墅堰机车有限公司为龙头，重点发展机车车辆、城轨车辆配套和关键零部件。")
    assert {("特高压输变电设备", "partOf", "智能电网装备"), ("储能变流器", "partOf", "智能电网装备"), ("机车车辆", "partOf", "轨道交通装备"),
            ("中车戚墅堰机车有限公司", "inIndustry", "轨道交通装备")} <= triples
    assert not {t for t in triples if t[1] == "hasPriorityIndustry"}  # the city named before develops them through the industry
    assert not {t for t in triples if "汽车零部件" in t}  # 关键零部件 are any industry's key parts, not a car's
    # …but after a car trade in one industry's name they are the car's: the chain the auto-chain lookups walk
    _, _, _, triples, _ = run("长兴县大力发展智能汽车及关键零部件产业。")
    assert {("汽车", "partOf", "智能汽车及关键零部件"), ("汽车零部件", "partOf", "智能汽车及关键零部件")} <= triples


def test_a_plans_sections_on_one_industry_make_what_is_developed_there_part_of_it():
    plan = ("许昌市人民政府关于加快电力装备产业发展的意见\n\n二、重点发展方向\n\n（一）智能电网成套装备。\n\n"
            "重点发展特高压直流输电装备、智能变电站成套设备、配电自动化系统。\n\n（二）区域布局。\n\n"
            "长葛市重点发展高低压开关成套设备和电动汽车。\n\n三、政策措施\n\n（一）加大财政支持。\n\n重点发展电线电缆和电力金具。\n")
    _, _, names, triples, _ = run(plan)
    assert {("特高压直流输电装备", "partOf", "智能电网成套装备"), ("配电自动化系统", "partOf", "智能电网成套装备"),
            ("许昌市", "hasPriorityIndustry", "智能电网成套装备"), ("长葛市", "hasPriorityIndustry", "电动汽车")} <= triples
    assert not {"区域布局", "加大财政支持"} & names["Industry"]
    assert ("许昌市", "hasPriorityIndustry", "电线电缆") in triples  # a section on no industry leaves the place's priorities
    # a work report's section on what an industry achieved is the place's own account, not a section on the industry
    _, _, _, triples, _ = run("遵义市政府工作报告\n\n一、2023年工作回顾\n\n（二）白酒产业量质齐升。\n\n全市大力发展酱香白酒和酒用高粱。\n")
    assert not {t for t in triples if t[1] == "partOf"}
    # a heading that names the industry itself, under a chapter that does not
    _, _, _, triples, _ = run("常州市国民经济和社会发展第十四个五年规划纲要\n\n### 第八章　打造先进制造业集群\n\n"
                              "#### 第一节　壮大新能源产业集群\n\n全市重点发展光伏组件、动力电池和氢能装备。\n")
    assert {(i, "partOf", "新能源产业") for i in ("光伏组件", "动力电池", "氢能装备")} <= triples  # the SEI category


def test_an_announcements_defined_terms_name_the_firm_and_its_new_base():
    _, ext, names, _, stats = run("本公告乃由信义玻璃控股有限公司（“本公司”，连同其附属公司统称“本集团”）自愿作出。"
                                  "本集团将于江门市投资建设汽车玻璃生产基地（“江门新基地”）。江门新基地占地约1,200亩。"
                                  "截至2024年12月31日止年度，本集团汽车玻璃产品之收益约为65.3亿港元。")
    firm = next(e for e in ext.entities if e.type == "Firm")
    assert firm.label == "信义玻璃控股有限公司" and {"本公司", "本集团"} <= firm.aliases and names["Firm"] == {firm.label} | firm.aliases
    assert "江门新基地" in names["Organization"]
    assert {(s, v, u) for s, v, u, _ in stats} == {("江门新基地", Decimal("1200"), "亩"), ("信义玻璃控股有限公司", Decimal("65.3"), "亿港元")}


def test_a_firm_profiles_financial_and_group_words_name_no_firms():
    _, _, names, triples, _ = run("潍柴动力股份有限公司主营业务涵盖动力系统、商用车、农业装备等板块。2023年，归属于上市公司股东的净利润90.1亿元。"
                                  "公司旗下拥有陕西重型汽车有限公司、法士特、林德液压等子公司。")
    assert names["Firm"] == {"潍柴动力股份有限公司", "陕西重型汽车有限公司", "法士特", "林德液压"}
    assert {("潍柴动力股份有限公司", "inIndustry", i) for i in ("动力系统", "商用车", "农业装备")} <= triples


def test_a_cluster_named_again_without_its_places_and_the_towns_it_spans():
    _, _, names, triples, stats = run("工业和信息化部公布名单，浙江省嘉兴市桐乡市濮院针织毛衫产业集群成功入选。"
                                      "濮院针织毛衫产业集群以濮院镇为核心区，辐射洲泉镇、大麻镇等周边镇街，现有毛衫生产企业5800余家。"
                                      "集群覆盖梧桐街道，包括崇福镇的部分企业。")
    assert {"濮院镇", "洲泉镇", "大麻镇", "梧桐街道", "崇福镇"} <= names["Region"] and not any("周边" in n for n in names["Region"])
    assert "濮院针织毛衫产业集群" in names["Cluster"]
    assert ("浙江省嘉兴市桐乡市濮院针织毛衫产业集群", Decimal("5800"), "家") in {(s, v, u) for s, v, u, _ in stats}


def test_a_bulletins_industry_figures_after_listed_firms_are_the_places_and_a_named_town_is_a_body():
    _, _, names, _, stats = run("2019年德清县国民经济和社会发展统计公报\n\n全县规模以上工业企业达到668家。浙江华莹电子有限公司、"
                                "浙江久立特材科技股份有限公司等龙头企业产值均超过10亿元。地理信息产业实现营业收入201亿元，"
                                "莫干山国际地理信息小镇集聚地理信息企业300余家。全省命名特色小镇22个。\n")
    got = {(s, v, u) for s, v, u, _ in stats}
    assert {("德清县", Decimal("201"), "亿元"), ("莫干山国际地理信息小镇", Decimal("300"), "家")} <= got
    assert ("浙江华莹电子有限公司", Decimal("201"), "亿元") not in got
    assert names["Organization"] == {"莫干山国际地理信息小镇"}


def test_a_signing_reports_firms_that_sign_elsewhere_are_not_put_in_its_place_and_a_post_is_no_body():
    # 合肥 named most: the report's place, where firms with no other place are put
    _, _, names, triples, _ = run("2023年安徽省重大项目集中签约活动在合肥举行\n\n4月11日，签约活动在合肥举行，合肥市长出席。"
                                  "省委常委、常务副省长费高云出席并致辞。国轩高科股份有限公司将在合肥庐江县建设动力电池项目。"
                                  "奇瑞汽车股份有限公司与芜湖经济技术开发区签约建设压铸中心项目，安徽海螺集团有限责任公司与滁州市签约建设光伏玻璃项目。\n")
    assert not names.get("Organization", set()) - {"芜湖经济技术开发区"}
    assert ("国轩高科股份有限公司", "locatedIn", "庐江县") in triples
    assert not {t for t in triples if t[0] in ("奇瑞汽车股份有限公司", "安徽海螺集团有限责任公司") and t[2] == "合肥市"}


def test_a_numbered_task_on_a_kind_of_goods_develops_its_parts():
    _, _, _, triples, _ = run("二是做强锂电材料，重点发展正极材料、负极材料、电解液和隔膜。围绕铜箔、铝箔等关键材料，引进配套企业。")
    assert {(i, "partOf", "锂电材料") for i in ("正极材料", "负极材料", "电解液", "隔膜")} <= triples
    assert not {t for t in triples if t[2] == "关键材料"}  # the role the items play, no industry


def test_listed_firms_that_expand_capacity_for_listed_products_are_in_each():
    _, _, _, triples, _ = run("支持江西赣锋锂业集团股份有限公司、孚能科技（赣州）股份有限公司扩大动力电池和储能电池产能。")
    assert {(f, "inIndustry", i) for f in ("江西赣锋锂业集团股份有限公司", "孚能科技(赣州)股份有限公司") for i in ("动力电池", "储能电池")} <= triples


def test_what_a_place_leads_with_and_a_list_sharing_its_ending_are_its_industries():
    _, _, names, triples, _ = run("昆山市以电子信息产业为主导，笔记本电脑产量占全球的40%以上。张家港市重点发展冶金、化工和纺织产业。")
    assert {("昆山市", "hasPriorityIndustry", "电子信息"), ("张家港市", "hasPriorityIndustry", "冶金"),
            ("张家港市", "hasPriorityIndustry", "化工")} <= triples
    assert "化工和纺织" not in names["Industry"]


def test_a_firms_former_name_its_whole_address_and_the_name_right_before_wei_yu():
    _, ext, names, triples, _ = run("以国机重型装备集团股份有限公司（原中国第二重型机械集团公司）为核心。长城汽车成立于1984年，总部位于河北省保定市，"
                                    "前身为长城工业公司。信义玻璃控股有限公司将向广汽埃安新能源汽车股份有限公司位于广州市番禺区之生产基地供应汽车玻璃。"
                                    "长兴县位于太湖西南岸，位于上海、杭州、南京等大城市的90分钟交通圈内。旗下东方汽轮机有限公司、东方电机有限公司均位于德阳。")
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert "中国第二重型机械集团公司" in firms["国机重型装备集团股份有限公司"] and "长城工业公司" in firms["长城汽车"]
    assert {("长城汽车", "locatedIn", "河北省"), ("长城汽车", "locatedIn", "保定市"),
            ("广汽埃安新能源汽车股份有限公司", "locatedIn", "番禺区"), ("东方汽轮机有限公司", "locatedIn", "德阳市"),
            ("东方电机有限公司", "locatedIn", "德阳市")} <= triples
    assert not {t for t in triples if t[0] == "长兴县" and t[2] in ("上海市", "杭州市", "南京市")}
    assert ("信义玻璃控股有限公司", "locatedIn", "番禺区") not in triples  # the name right before 位于 is its subject


def test_a_provinces_cluster_news_speaks_for_the_province_and_reads_whole_cluster_names():
    _, _, names, triples, stats = run("我省3个集群入选国家先进制造业集群名单\n\n工业和信息化部公布45个国家先进制造业集群名单，我省长沙市工程机械集群、"
                                      "株洲市中小航空发动机集群、长株潭先进轨道交通装备集群成功入选。株洲市中小航空发动机集群以中国航发南方工业有限公司为核心，"
                                      "国内市场占有率超过90%。株洲市还将支持3个国家级集群建设世界级先进制造业集群。\n")
    assert "长株潭先进轨道交通装备集群" in names["Cluster"] and not any("建设" in n for n in names["Cluster"])
    assert {(c, "memberOf", "长株潭先进轨道交通装备集群") for c in ("长沙市", "株洲市", "湘潭市")} <= triples  # the macro-region's members
    assert ("湖南省", Decimal("3"), "个") in {(s, v, u) for s, v, u, _ in stats}


def test_a_county_level_citys_report_means_its_own_government_by_shi():
    _, _, names, triples, _ = run("2013年晋江市政府工作报告\n\n——2013年1月15日在晋江市第十六届人民代表大会第二次会议上\n\n"
                                  "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n")
    assert "晋江市人民政府" in names["Organization"] and ("晋江市人民政府", "locatedIn", "晋江市") in triples
    assert "泉州市人民政府" not in names["Organization"]


def test_firms_entering_a_top_500_list_hold_it():
    _, _, names, triples, _ = run("恒安集团、七匹狼集团入选中国民营企业500强。")
    assert {("恒安", "hasDesignation", "中国民营企业500强"), ("七匹狼", "hasDesignation", "中国民营企业500强")} <= triples


def test_a_list_notice_speaks_for_the_place_whose_list_it_is_and_averages_over_firms_are_no_facts():
    _, _, _, _, stats = run("关于公布2023年度贵州省专精特新中小企业名单的通知\n\n认定贵州航宇科技发展股份有限公司等326家企业为2023年度"
                            "贵州省专精特新中小企业。本次认定的企业中，贵阳市98家、遵义市67家、安顺市32家。认定企业平均研发投入占营业收入比重"
                            "达到5.2%，平均拥有发明专利4.3件。\n\n1\t贵州航宇科技发展股份有限公司\t贵阳市\n"
                            "2\t贵州振华新材料股份有限公司\t贵阳市\n")  # 贵阳 named most, yet the list is the province's
    got = {(s, v, u) for s, v, u, _ in stats}
    assert ("贵州省", Decimal("326"), "家") in got and ("贵阳市", Decimal("98"), "家") in got
    assert not {t for t in got if t[1] in (Decimal("5.2"), Decimal("4.3"))}


def test_a_firms_plant_abroad_is_its_plant_and_not_in_the_articles_place():
    _, _, names, triples, _ = run("宁德时代新能源科技股份有限公司位于四川省宜宾市的宁德时代宜宾基地二期项目正式投产。"
                                  "据了解，宁德时代匈牙利工厂位于德布勒森市，规划产能100GWh。")
    assert ("宁德时代匈牙利工厂", "partOf", "宁德时代新能源科技股份有限公司") in triples and "宁德时代匈牙利" not in names["Firm"]
    assert not {t for t in triples if t[0] == "宁德时代匈牙利工厂" and t[1] == "locatedIn"}
    # a headline's province and city before 基地 name no firm's plant: the later 宜宾基地 is 宁德时代's
    _, _, names, _, stats = run("宁德时代匈牙利工厂开工 四川宜宾基地二期投产\n\n宁德时代新能源科技股份有限公司位于四川省宜宾市的"
                                "宁德时代宜宾基地二期项目正式投产，二期投产后宜宾基地总产能达到75GWh。\n")
    assert "四川宜宾基地" not in names["Firm"] and ("宁德时代宜宾基地", Decimal("75"), "GWh") in {(s, v, u) for s, v, u, _ in stats}


def test_a_firm_said_to_lead_a_kind_of_firm_is_in_its_trade():
    _, _, _, triples, _ = run("沙钢集团是全国最大的民营钢铁企业。中国中车是全球领先的轨道交通装备企业。恒安集团是国内最大的卫生用品生产企业之一。")
    assert {("沙钢", "inIndustry", "钢铁"), ("中国中车", "inIndustry", "轨道交通装备"), ("恒安", "inIndustry", "卫生用品")} <= triples


def test_a_statute_articles_body_after_its_number_is_read():
    _, _, names, triples, _ = run("安吉县白茶产业促进条例\n\n第三条　县人民政府应当将白茶产业发展纳入国民经济和社会发展规划。\n")
    assert "安吉县人民政府" in names["Organization"] and ("安吉县人民政府", "locatedIn", "安吉县") in triples


def test_what_a_firm_is_a_firm_doing_and_its_main_business_are_its_trades():
    _, _, names, triples, _ = run("江苏恒瑞医药股份有限公司是一家从事创新药和高品质仿制药研发、生产及推广的医药健康企业。"
                                  "山东魏桥创业集团有限公司的主营业务为纺织、印染和铝业。")
    assert {("江苏恒瑞医药股份有限公司", "inIndustry", "创新药"), ("江苏恒瑞医药股份有限公司", "inIndustry", "仿制药")} <= triples
    assert "主营" not in names["Industry"]


def test_a_notices_reward_is_a_parameter_of_the_notice_or_of_the_document_it_issues():
    notice = "河北省工业和信息化厅关于公布首批河北省县域特色产业集群“领跑者”企业名单的通知"
    _, _, _, _, stats = run(f"{notice}\n\n对首批“领跑者”企业，省级工业转型升级专项资金给予每家最高200万元的支持。\n")
    assert (notice, Decimal("200"), "万元") in {(s, v, u) for s, v, u, _ in stats}
    cover = ("# 吉林省人民政府办公厅关于印发《吉林省冰雪装备产业高质量发展行动方案(2025—2027年)》的通知\n\n"
             "对新认定的国家级企业技术中心，一次性奖励500万元。\n")
    _, _, _, _, stats = run(cover, path="notice.md")
    assert ("吉林省冰雪装备产业高质量发展行动方案(2025—2027年)", Decimal("500"), "万元") in {(s, v, u) for s, v, u, _ in stats}


def test_a_plant_named_again_by_its_place_alone_is_the_same_plant():
    _, _, names, _, stats = run("在天齐锂业射洪基地，技术人员正在调试新投用的氢氧化锂生产线。“这条线投产后，射洪基地的锂盐年产能将再增加2万吨。”")
    assert "射洪基地" in names["Firm"]
    assert {(s, v, u) for s, v, u, _ in stats} == {("天齐锂业射洪基地", Decimal("2"), "万吨")}  # the plant's, not the county's


def test_a_policy_ending_inside_a_word_ends_no_reform_name():
    _, _, names, _, _ = run("对“领跑者”企业实行动态管理。实施“互联网+”行动。")
    assert names.get("Policy", set()) == {"“互联网+”行动"}, names  # 行动 inside 实行/动态 is no 行动


def test_a_zone_or_parks_name_is_read_whole_and_alone():
    _, _, names, _, _ = run("重庆近年在西永微电子产业园区布局功率半导体产业。"  # 西 a direction to the tagger, a part of the name
                            "支持长春净月高新技术产业开发区建设冰雪装备产业园，支持吉林市北大湖滑雪度假区发展滑雪装备租赁。")
    orgs = names.get("Organization", set())
    assert {"西永微电子产业园区", "长春净月高新技术产业开发区", "冰雪装备产业园"} <= orgs, orgs
    assert "北京大学" not in orgs and not any("建设" in o for o in orgs), orgs  # 北大湖 is a lake, 建设 a verb between two names


# Input and normalisation: what prepare() makes of the bytes


def test_html_is_detected_by_content_whatever_the_extension():
    a = prepare("<html><head><script>var x=1;</script><style>p{}</style></head><body><p>长兴县位于浙江&amp;江苏之间。</p></body></html>"
                .encode("utf-8"), path="page.txt")
    text = " ".join(s.text for s in a.sentences)
    assert "长兴县位于浙江&江苏之间" in text and "var x" not in text and "<p>" not in text


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "big5"])
def test_legacy_encodings_are_detected(encoding):
    raw = "長興縣位於太湖西南岸,北與江蘇宜興交界,是全國綜合實力百強縣。" if encoding == "big5" else "长兴县位于太湖西南岸,北与江苏宜兴交界,是全国综合实力百强县。"
    a = prepare(raw.encode(encoding), path="x.txt")
    assert "长兴县位于太湖西南岸" in a.sentences[0].text


def test_markdown_front_matter_is_metadata():
    a = prepare("---\ntitle: 长兴县产业集群报告\ndate: 2023-08-01\n---\n\n长兴县位于浙江。\n".encode(), path="a.md")
    assert a.title == "长兴县产业集群报告" and a.published == "2023-08-01"


def test_chrome_lines_never_become_entities():
    _, ext, names, _, _ = run("首页 > 新闻中心 > 正文\n\n长兴县位于浙江省。\n\n浙ICP备12345678号 分享到:微信 微博\n")
    assert "长兴县" in names["Region"]
    assert not any("ICP" in e.label or e.label in ("首页", "新闻中心") for e in ext.entities)


def test_normalisation_pinyin_traditional_width_and_offsets():
    raw = "長興縣(xiàn)的產值達１００億元。"
    a = prepare(raw.encode("utf-8"))
    s = a.sentences[0]
    assert "长兴县的产值达100亿元" in s.text
    assert a.raw[s.raw_start:s.raw_end].startswith("長興縣")


def test_region_has_its_code_and_parents():
    _, ext, _, _, _ = run("长兴县位于浙江省。")
    county = next(e for e in ext.entities if e.label == "长兴县")
    assert county.code == "330522" and county.reference
    from kg.regions import ancestors

    assert [p.code for p in ancestors(county.code)][:2] == ["330500", "330000"]


def test_plains_basins_and_plateaus_are_regions():
    _, _, names, triples, _ = run("潜江地处江汉平原腹地，是湖北省直管市。在松嫩平原、三江平原等区域重点发展奶牛养殖。")
    assert {"江汉平原", "松嫩平原", "三江平原"} <= names["Region"] and ("潜江市", "locatedIn", "江汉平原") in triples


def test_lakes_and_names_inside_other_names_are_not_regions():
    _, _, names, _, _ = run("长兴县坐拥太湖、背倚天目山。据中国西藏网报道,高原(北京)文化传播有限公司参展。")
    regions = names.get("Region", set())
    assert "长兴县" in regions
    assert not {"太湖县", "西藏自治区", "北京市"} & regions


def test_an_industry_maps_to_its_strategic_category():
    _, ext, _, _, _ = run("长兴县大力发展新能源汽车产业。")
    ind = [e for e in ext.entities if e.type == "Industry"]
    assert any(e.reference for e in ind), [e.label for e in ind]


def test_the_same_firm_in_two_articles_gets_one_iri():
    _, a, _, _, _ = run("吉利集团在长兴设厂。")
    _, b, _, _, _ = run("2023年,吉利集团宣布扩产。")
    firm = lambda ext: next(entity_iri(e.type, e.key) for e in ext.entities if e.type == "Firm" and "吉利" in e.label)
    assert firm(a) == firm(b)


# Precision: what the finders must not take for a name. (snippet, type, names that must appear, names that must not)
NOT_NAMES = [
    pytest.param("市政府应当保障产业用地供给,优化产业结构,增加混合产业用地。", "Industry", set(), {"混合产业", "保障产业", "优化产业"},
                 id="industry-modifier-noun"),
    pytest.param("茶叶行业协会应当规范行业行为。", "Industry", set(), {"规范行业", "茶叶行业"}, id="industry-before-association"),
    pytest.param("光伏产业已经成为许多地区的朝阳产业和战略性产业。", "Industry", {"光伏"}, {"朝阳产业", "战略性产业"}, id="industry-class-phrase"),
    pytest.param("本市支持区内新能源汽车产业发展。", "Industry", {"新能源汽车产业"}, {"区内新能源汽车", "本市新能源汽车"}, id="industry-deictic-opening"),
    pytest.param("太阳能被确定为七大战略性新兴产业之一。", "Industry", set(), {"大战略性新兴产业"}, id="industry-count-of-class"),
    pytest.param("该县发展储能新兴产业。", "Industry", {"储能"}, {"储能新兴"}, id="industry-called-emerging"),
    pytest.param("对在保护、开发、宣传、营销等促进竹产业发展工作中成绩显著的单位给予奖励。", "Industry", set(), {"保护", "开发", "营销"},
                 id="industry-list-of-activities"),
    pytest.param("推动茶叶标准化工作。", "Industry", set(), {"化工"}, id="industry-word-inside-word"),
    pytest.param("村民委员会、社区居民委员会协助做好工作,相关镇人民政府予以配合。", "Organization", set(),
                 {"村民委员会", "社区居民委员会", "镇人民政府"}, id="org-generic-bodies"),
    pytest.param("本市支持市级医药临床研究中心建设。", "Organization", set(), {"市级医药临床研究中心"}, id="org-class-of-bodies"),
    pytest.param("加大创新产品政府采购力度。", "Organization", set(), {"产品政府"}, id="org-government-as-modifier"),
    pytest.param("因此建议泉州市政府出台扶持办法。", "Organization", {"泉州市政府"}, {"建议泉州市政府"}, id="org-verb-before-place"),
    pytest.param("福建省厦门市海沧区负责实施。", "Organization", set(), {"福建省厦门市海沧区", "厦门市海沧区"}, id="org-region-is-no-body"),
    pytest.param("省科技部门负责统筹。", "Organization", set(), {"科技部"}, id="org-ministry-inside-department"),
    pytest.param("产业集群内企业的原始创新能力、关键技术突破能力等方面离领先企业仍有差距。", "Firm", set(), {"原始创新能力"},
                 id="firm-list-of-abilities"),
    pytest.param("合理的利益分配机制能够充分调动产业转移与合作的积极性。", "Industry", set(), {"充分调动", "产业转移"}, id="industry-transfer"),
    pytest.param("依托国家级经济技术开发区、高新技术产业开发区等平台。", "Designation", {"国家级经济技术开发区", "高新技术产业开发区"}, set(),
                 id="designation-zone-class"),
    pytest.param("依托国家级经济技术开发区、高新技术产业开发区等平台。", "Organization", set(), {"国家级经济技术开发区", "高新技术产业开发区"},
                 id="designation-zone-class-no-body"),
    pytest.param("积极培育未来产业,建设未来产业集群。党的二十大报告指出,要加快发展数字经济。", "Industry", {"未来产业"}, set(),
                 id="industry-national-class"),
    pytest.param("党的二十大报告指出,要加快发展数字经济。", "Policy", {"党的二十大报告"}, set(), id="policy-congress-report"),
    pytest.param("进一步明确“2+3+N”现代产业体系。", "Industry", {"“2+3+N”现代产业体系"}, set(), id="industry-quoted-system"),
    pytest.param("推进城乡供水、燃气管网“两张网”建设。", "Policy", {"“两张网”建设"}, {"燃气管网“两张网”建设"}, id="policy-quoted-works"),
    pytest.param("新增一家太湖科技板挂牌企业。", "Organization", {"太湖科技板"}, set(), id="org-board-inside-title"),
    pytest.param("[3]张三.某市生物医药产业研究[J].科技管理研究,2015(4):12-15.", "Organization", set(), set(), id="citation-no-entities"),
    pytest.param("在市委市政府的正确领导下,项目顺利推进。", "Organization", set(), {"市委", "市政府", "市委市政府"},
                 id="org-body-without-place"),
    pytest.param("# 湖南省促进生物医药产业发展条例\n\n第三条 省人民政府应当加强领导。\n", "Organization", {"湖南省人民政府", "省人民政府"}, set(),
                 id="org-body-placed-by-title"),
    pytest.param("鼓励茶文化研究会开展活动。支持依法成立的安化黑茶文化研究会。", "Organization", {"安化黑茶文化研究会"}, set(),
                 id="org-short-form-before-full"),
    pytest.param("对新建、改建或者扩建的实验室进行备案。", "Region", set(), {"新建区", "新建"}, id="region-common-word"),
    pytest.param("企业取得《药品生产许可证》后,可开展研究型医院试点。", "Policy", set(), {"药品生产许可证", "研究型医院试点"},
                 id="policy-licence-and-trial"),
    pytest.param("项目落户浙江省湖州市南太湖新区产业园。", "Organization", {"湖州市南太湖新区产业园"}, {"浙江省湖州市南太湖新区产业园"},
                 id="org-address-before-park"),
    pytest.param("更重要的是泉州市经贸局于2010年出台扶持政策,优化市场布局。", "Organization", {"泉州市经贸局"},
                 {"重要的是泉州市经贸局", "市场布局"}, id="org-bureau-opens-with-place"),
    pytest.param("# 天津市促进生物医药产业发展规定\n\n第四条 市人民政府应当加强领导。\n", "Organization", {"天津市人民政府", "市人民政府"}, set(),
                 id="org-municipal-government"),
    pytest.param("应紧靠战略性新兴产业指导政策,培育七大战略性新兴产业。", "Industry", {"战略性新兴产业"},
                 {"紧靠战略性新兴产业", "大战略性新兴产业"}, id="industry-national-class-edges"),
    pytest.param("该公司属于化学原料和化学制品制造业,另有非金属矿采选业企业三家。", "Industry", {"化学原料和化学制品", "非金属矿采选"},
                 {"化学制品制造业"}, id="industry-gbt4754-division"),
    pytest.param("鼓励开发推广茶文化旅游,培育发展乡村旅游。", "Industry", {"茶文化旅游", "乡村旅游"}, {"推广茶文化旅游"}, id="industry-tourism-sector"),
    pytest.param("该村计划申报非物质文化遗产,当地绿茶已获地理标志产品保护。", "Designation", {"非物质文化遗产", "地理标志产品"}, set(),
                 id="designation-national-scheme"),
    pytest.param("2016年2月,《泉州市生命健康产业促进办法实施细则》(下称《实施细则》)公开征求意见。《实施细则》明确了扶持范围。", "Policy",
                 {"泉州市生命健康产业促进办法实施细则", "《实施细则》"}, {"实施细则"}, id="policy-abbreviation-defined"),
    pytest.param("由泉州市驻厦办协办。", "Organization", {"泉州市驻厦办"}, set(), id="org-office-in-another-city"),
    pytest.param("山东鲁南化工有限公司位于枣庄市。鲁南公司当日停产。", "Firm", {"山东鲁南化工有限公司", "鲁南公司"}, set(),
                 id="firm-short-name-joins-legal-name"),
    pytest.param("2015年,德国拜尔公司并购了美国孟山都公司的种子业务。", "Firm", {"孟山都公司"}, {"美国孟山都公司"}, id="firm-country-prefix"),
    pytest.param("园区引进了一批大型企业集团,带动化工园区和汽车产业发展。", "Firm", set(), {"大型企业集团", "带动化工", "汽车产业"},
                 id="firm-suffix-word-heads-noun"),
    pytest.param("加大对本地企业,特别是装备制造领域领军企业的扶持。", "Designation", set(),
                 {"装备制造领域领军企业", "特别是装备制造领域领军企业", "领域领军企业"}, id="designation-description-no-title"),
    pytest.param("持续优化营商环境,突出苏州工业园区国家自主创新示范区的引领作用。", "Designation", {"国家自主创新示范区"},
                 {"突出苏州工业园区国家自主创新示范区"}, id="designation-opens-at-its-level"),
    pytest.param("2008年“中国汽车零部件(余姚)产业基地”正式挂牌。", "Designation", {"中国汽车零部件(余姚)产业基地"}, set(),
                 id="designation-place-in-brackets"),
    pytest.param("2010年,厦门成为国家海洋产业基地城市,素有“中国茶叶之乡”的美誉。", "Designation",
                 {"国家海洋产业基地城市"}, set(), id="designation-city-title"),
    pytest.param("产业集群是企业在地理上靠近而形成的产业集聚区。产业集聚区的优势来源于集聚效应。依托开发区等产业集聚区。", "Cluster", set(),
                 {"产业集聚区"}, id="cluster-agglomeration-zone-concept"),
    pytest.param("他是前百度工程师。她原本在腾讯上班,之前在华为工作。他以前在政府工作。", "Firm", {"百度", "腾讯", "华为"}, {"政府"},
                 id="firm-former-employer-phrasings"),
    pytest.param("推动人体细胞和基因产业发展,发展纺织和建材产业。", "Industry", {"人体细胞和基因产业", "纺织", "建材产业"},
                 {"人体细胞", "基因产业", "发展纺织"}, id="industry-joined-by-he"),
    pytest.param("这是泉州服务转变的重要战略,也是企业技术发展战略的一部分。深入实施创新驱动发展战略。", "Policy", {"创新驱动发展战略"},
                 {"泉州服务转变的重要战略", "技术发展战略"}, id="policy-described-strategy"),
    pytest.param("鄂州临空经济区、中科院武汉分院和国家药品监管局药品审评检查华中分中心参加。", "Organization",
                 {"鄂州临空经济区", "中科院武汉分院", "国家药品监管局药品审评检查华中分中心"}, {"空经济区", "武汉分院"}, id="org-branches-and-split-names"),
    pytest.param("二十届中央财经委员会会议指出,已建成3家国家制造业创新中心。", "Organization", {"中央财经委员会", "国家制造业创新中心"},
                 {"届中央财经委员会", "家国家制造业创新中心"}, id="org-counter-before-name"),
    pytest.param("第十二条 鼓励设立创业投资公司、融资担保公司和小额贷款公司。以成果入股的,作价金额可以达到公司注册资本的百分之三十五,"
                 "获奖人按股份分红。跨国公司地区总部享受优惠。", "Firm", set(),
                 {"鼓励设立创业投资公司", "创业投资公司", "融资担保公司", "小额贷款公司", "作价金额可以达到公司", "获奖人按股份", "跨国公司"},
                 id="firm-kinds-in-a-statute"),
    pytest.param("爆炸波及附近的义和镇、新户镇,邻近的孤岛村、新滩村多间民房受损。", "Region", {"义和镇", "新户镇", "孤岛村", "新滩村"}, set(),
                 id="region-neighbouring-towns-villages"),
    pytest.param("国家应急管理部已派出工作组,生态环境部对周边水体进行监测。", "Organization", {"应急管理部", "生态环境部"}, set(),
                 id="org-ministries"),
    pytest.param("全球领先的仿制药生产企业梯瓦的中国工厂落户苏州。区政府与云鹤达成了战略合作。该地企业数均超过千家,企业集聚存在障碍。",
                 "Firm", {"梯瓦", "云鹤"}, {"数均", "集聚存"}, id="firm-after-class-noun-and-partner"),
    pytest.param("村民陈先生曾在阿里巴巴工作,2016年从腾讯辞职的李女士也回乡创业。他曾在政府工作,后来在深圳工作。", "Firm", {"阿里巴巴", "腾讯"},
                 {"政府", "深圳"}, id="firm-former-employer"),
    pytest.param("县城积极融入武汉城市圈,打造现代化都市圈。", "Region", set(), {"现代化都市圈"}, id="region-area-needs-a-place"),
    pytest.param("第九条 高新技术产业开发区管理委员会应当建设科技企业孵化器和大学科技园。", "Organization", set(),
                 {"高新技术产业开发区管理委员会", "建设科技企业孵化器", "科技企业孵化器", "大学科技园"}, id="org-kind-of-zone-body"),
    pytest.param("沾化区应急管理局已责令园区内所有企业停产整顿。", "Organization", {"沾化区应急管理局"}, {"责令园区"}, id="org-verb-and-kind"),
    pytest.param("县级以上人民政府应当重点发展电子信息、生物医药、新材料等高新技术产业。", "Industry", {"电子信息", "生物医药"},
                 {"发展电子信息", "重点发展电子信息"}, id="industry-list-after-develops"),
    pytest.param("村民汪师傅2015年创办婺源县晓起茶业有限公司,产品远销欧洲。", "Firm", {"婺源县晓起茶业有限公司"},
                 {"年创办婺源县晓起茶业有限公司", "创办婺源县晓起茶业有限公司"}, id="firm-after-founding-verb"),
    pytest.param("第五条 省人民政府应当支持产业集聚区、高新技术产业开发区建设新材料产业基地。", "Cluster", {"产业集聚区"}, set(),
                 id="cluster-agglomeration-zone-programme"),
    pytest.param("第五条 省人民政府应当支持产业集聚区、高新技术产业开发区建设新材料产业基地。", "Designation", {"高新技术产业开发区"},
                 {"高新技术产业开发区建设新材料产业基地"}, id="designation-zone-builds-a-base"),
    pytest.param("鼓励企业与高等学校联合建立工程技术研究中心、重点实验室和企业技术中心。", "Organization", set(),
                 {"工程技术研究中心", "重点实验室", "企业技术中心"}, id="org-kind-of-platform"),
    pytest.param("张江聚集了罗氏、诺华等跨国药企,以及和记黄埔医药、君实生物等本土创新药企业。与美国加州大学伯克利分校合作。",
                 "Firm", {"和记黄埔医药", "君实生物", "罗氏"}, {"记黄埔医药"}, id="firm-list-after-yiji"),
    pytest.param("与美国加州大学伯克利分校、德国弗劳恩霍夫研究所合作。", "Organization",
                 {"美国加州大学伯克利分校", "德国弗劳恩霍夫研究所"}, set(), id="org-foreign-university-branch"),
    pytest.param("多家上市公司在当地设立子公司。一家科技公司负责人表示,母公司将追加投资。外资公司和国有企业纷纷进驻,"
                 "中国公司竞争力增强。这家公司营收增长。投资公司、物流公司等服务企业超过200家。本公司依法经营。", "Firm", set(),
                 {"上市公司", "子公司", "科技公司", "母公司", "外资公司", "中国公司", "这家公司", "投资公司", "物流公司", "本公司"},
                 id="firm-kinds-in-news"),
    pytest.param("锂电是射洪的“当家产业”。射洪市是遂宁的重要产业。", "Industry", {"锂电"}, {"当家产业", "重要产业", "射洪市"},
                 id="industry-a-places-leading-is-a-class"),
    pytest.param("与中国科学院成都有机化学研究所合作。中科院成都有机所则与本地企业共建实验室。依托中科院宁波材料所开展研究。",
                 "Organization", {"中国科学院成都有机化学研究所", "中科院成都有机所", "中科院宁波材料所"}, {"中国科学院"},
                 id="org-an-academys-institute-by-its-short-name"),
    pytest.param("中科院成都有机所与本地企业共建实验室。", "Region", set(), {"成都市", "成都"}, id="region-inside-an-institutes-short-name"),
    pytest.param("货车驶出射洪锂电高新材料产业园，川大的研究院入驻射洪锂电科创园。", "Organization",
                 {"射洪锂电高新材料产业园", "射洪锂电科创园"}, {"材料产业园"}, id="org-park-named-with-gaoxin"),
    pytest.param("远景科技集团将在远景鄂尔多斯零碳产业园新建储能电池工厂,为零碳产业园提供绿电。", "Organization", {"零碳产业园"}, {"碳产业园"},
                 id="org-park-named-with-ling"),
    pytest.param("新疆推行“链长制”,并确定特变电工股份有限公司、新疆大全新能源股份有限公司等企业为“链主”企业。", "Firm",
                 {"特变电工股份有限公司", "新疆大全新能源股份有限公司"}, {"确定特变电工股份有限公司"}, id="firm-list-verb-queding-stripped"),
    pytest.param("全区光伏产业产值突破1200亿元,全州汽车产业稳步发展。", "Industry", {"光伏", "汽车"}, {"全区光伏", "全州汽车"},
                 id="industry-after-the-whole-district"),
    pytest.param("这个位于银川市永宁县的移民镇变成了金沙滩。位于镇区的闽宁产业城已入驻企业62家。在阳新县富池镇举行。", "Region",
                 {"富池镇", "永宁县"}, {"的移民镇", "位于镇", "移民镇"}, id="region-no-town-from-words-of-the-sentence"),
    pytest.param("此外,晋江市在全国县域经济百强县中继续位列第4位。", "Designation", {"全国县域经济百强县"},
                 {"晋江市在全国县域经济百强县"}, id="designation-place-before-zai-is-not-in-it"),
    pytest.param("重庆市经济和信息化委员会介绍,比亚迪在璧山区等地布局功率半导体。湖北省经济和信息化厅发布通知。欣旺达全资子公司赣州欣旺达新能源科技有限公司"
                 "落户信丰高新技术产业园区。", "Organization",
                 {"重庆市经济和信息化委员会", "湖北省经济和信息化厅", "信丰高新技术产业园区"}, {"信息化委员会", "璧山区等地布局", "信丰高新技术产业园"},
                 id="org-field-joined-by-he-no-bureau-in-buju-park-with-qu"),
    pytest.param("欣旺达全资子公司赣州欣旺达新能源科技有限公司投资建设。比亚迪在璧山区等地布局功率半导体。", "Firm",
                 {"赣州欣旺达新能源科技有限公司"}, {"欣旺达全资子公司赣州欣旺达新能源科技有限公司", "欣旺达全资子公司"}, id="firm-after-its-parents-subsidiary-word"),
    pytest.param("全市锰及锰加工产业产值增长12%。打造白酒、锰及锰加工等产业。提出前瞻布局人形机器人、量子信息等未来产业。", "Industry",
                 {"锰及锰加工", "人形机器人", "量子信息"}, {"锰加工", "前瞻布局人形机器人"}, id="industry-material-and-its-working-and-a-foresight-verb"),
    pytest.param("宝鸡高新区建成钛及钛合金产业园。", "Organization", {"钛及钛合金产业园"}, {"钛合金产业园"}, id="org-park-of-a-material-and-its-working"),
    pytest.param("**编者按**：本期“企业风采”栏目走进长城汽车股份有限公司。记者走访宁波均胜电子股份有限公司。", "Firm",
                 {"长城汽车股份有限公司", "宁波均胜电子股份有限公司"}, {"栏目走进长城汽车股份有限公司", "记者走访宁波均胜电子股份有限公司"},
                 id="firm-after-a-visit-verb"),
    pytest.param("天津市人民政府新闻办公室举行发布会。滨海新区拥有天津港保税区等功能区。我们力争新区产值达到1.2万亿元。"
                 "康希诺生物股份有限公司等龙头企业扎根开发区。", "Organization", {"天津市人民政府新闻办公室", "天津港保税区"},
                 {"天津市人民政府", "力争新区", "龙头企业扎根开发区"}, id="org-a-governments-press-office-a-bonded-zone-no-verb-before-a-kind"),
    pytest.param("江西泰和经济开发区实现主营业务收入412亿元。", "Organization",
                 {"江西泰和经济开发区"}, {"泰和经济开发区"}, id="org-park-name-opens-with-short-place-names"),
    pytest.param("加快水乡客厅、祥符荡科创绿谷建设。杭州湾新区发展迅速。", "Region", set(), {"祥符区", "祥符", "杭州市", "杭州"},
                 id="region-lake-and-bay-named-for-a-place"),
    pytest.param("加快水乡客厅、祥符荡科创绿谷建设。杭州湾新区发展迅速。", "Organization", {"祥符荡科创绿谷", "杭州湾新区"}, set(),
                 id="org-park-named-for-a-lake"),
    pytest.param("全年全市地区生产总值4741.1亿元。其中，第一产业增加值185.3亿元；第三产业增加值2000亿元。", "Industry",
                 {"第一产业", "第三产业"}, set(), id="industry-the-three-sectors"),
    pytest.param("芜湖市统计局　国家统计局芜湖调查队发布公报。", "Organization", {"国家统计局芜湖调查队", "芜湖市统计局"}, {"国家统计局"},
                 id="org-survey-team"),
    pytest.param("湘工信产业〔2023〕412号\n各市州工业和信息化局：浙经信产业[2022]15号文件要求发展新能源产业。", "Industry", {"新能源产业"},
                 {"湘工信", "浙经信", "湘工信产业"}, id="industry-not-in-a-document-number"),
    pytest.param("新一代信息技术方面，中芯国际集成电路制造（天津）有限公司加快12英寸晶圆产线建设。", "Firm",
                 {"中芯国际集成电路制造(天津)有限公司"}, {"芯国际集成电路制造(天津)有限公司"}, id="firm-well-known-name-opening-with-zhong"),
    pytest.param("中芯国际集成电路制造（天津）有限公司加快12英寸晶圆产线建设。", "Industry", {"晶圆"}, {"英寸晶圆"},
                 id="industry-product-line-after-its-size"),
    pytest.param("新疆维吾尔自治区工业和信息化厅日前披露,2023年新疆多晶硅产量达到62.5万吨。", "Organization",
                 {"新疆维吾尔自治区工业和信息化厅"}, set(), id="org-department-of-an-autonomous-region"),
    pytest.param("2021年,集群主导产业实现产值2000亿元,园区主导产业增长10%。", "Industry", set(), {"集群主导", "园区主导", "主导"},
                 id="industry-a-clusters-leading-industry-is-a-class"),
    pytest.param("江阴连续20年位居全国县域经济基本竞争力百强县（市）首位。", "Designation", {"全国县域经济基本竞争力百强县(市)"},
                 {"全国县域经济基本竞争力百强县"}, id="designation-top-100-counties-and-cities"),
    pytest.param("到2030年基本建成世界级智能网联新能源汽车产业集群。", "Cluster", {"世界级智能网联新能源汽车产业集群"},
                 {"新能源汽车产业集群"}, id="cluster-connected-vehicles-in-its-name"),
    pytest.param("当地企业生产碳酸锂、氢氧化锂等基础锂盐；富临精工股份有限公司布局磷酸铁锂。", "Firm", {"富临精工股份有限公司"},
                 {"碳酸锂", "氢氧化锂"}, id="firm-list-class-is-the-clause-after-it"),
    pytest.param("潍坊拥有潍柴动力股份有限公司、雷沃重工股份有限公司等龙头企业。", "Firm", {"潍柴动力股份有限公司"},
                 {"拥有潍柴动力股份有限公司"}, id="firm-list-after-yongyou"),
    pytest.param("绵阳市四川九洲电器集团有限责任公司等12家企业榜上有名。", "Firm", {"四川九洲电器集团有限责任公司"},
                 {"绵阳市四川九洲电器集团有限责任公司"}, id="firm-outer-place-before-registered-place"),
    pytest.param("潍柴是中国领先的汽车及装备制造产业集团。", "Firm", set(), {"装备制造产业", "装备制造产业集团"},
                 id="firm-described-kind-of-group"),
    pytest.param("截至目前,绵阳市累计培育国家级专精特新“小巨人”企业46家。", "Designation", {"国家级专精特新“小巨人”企业"},
                 {"绵阳市累计培育国家级专精特新“小巨人”企业"}, id="designation-after-the-place-and-its-verb"),
    pytest.param("宁德时代在宜春投资建设锂电池项目。近日,华为在东莞建设研发中心。2023年,美的集团营业收入3720亿元。", "Firm",
                 {"宁德时代", "华为", "美的集团"}, set(), id="firm-well-known-short-name"),
    pytest.param("奇瑞汽车、三一重工和万华化学入选。潍柴动力在潍坊,中联重科在长沙。", "Firm",
                 {"奇瑞汽车", "三一重工", "万华化学", "潍柴动力", "中联重科"}, set(), id="firm-brand-and-trade"),
    pytest.param("大力发展新能源汽车、智能汽车和光伏电池。海洋化工和精细化工是主导产业。当地原辅材料充足,赋予新材料新的内涵,"
                 "发展锂电新能源。这里宜家宜业。", "Firm", set(),
                 {"大力发展新能源汽车", "大力发展新能源", "智能汽车", "光伏电池", "海洋化工", "原辅材料", "予新材料", "锂电新能源", "宜家"},
                 id="firm-industry-before-a-trade-word"),
    pytest.param("四川省将做强电子信息、装备制造、医药健康三大优势产业。嘉善县聚焦数字经济和生命健康两大主导产业,着力壮大半导体、"
                 "智能家居等产业链。各市要围绕我省特种金属材料、碳基新材料等重点产业链加大服务力度。", "Industry",
                 {"电子信息", "医药健康", "生命健康", "智能家居", "特种金属材料"},
                 {"做强电子信息", "医药健康三大优势", "生命健康两大主导", "壮大半导体", "着力壮大半导体", "我省特种金属材料"},
                 id="industry-list-count-verb-and-place-word"),
    pytest.param("各区县人民政府，宜宾三江新区管委会，市级各部门：以宜宾三江新区为核心区，叙州区为协同发展区。", "Region",
                 {"宜宾市", "叙州区"}, {"三江侗族自治县"}, id="region-stem-after-a-place-it-is-not-in"),
    pytest.param("各区县人民政府，宜宾三江新区管委会，市级各部门：以宜宾三江新区为核心区，叙州区为协同发展区。", "Organization",
                 {"宜宾三江新区管委会", "宜宾三江新区"}, {"叙州区县人民政府", "县人民政府", "三江新区管委会"}, id="org-every-county-government"),
    pytest.param("围绕正极材料、负极材料、电解液、隔膜等关键材料引进企业。发电装备涵盖水电、火电、核电等门类。"
                 "集群形成了以发电装备为引领,油气钻采装备、输变电装备协同发展的格局。提交申报材料和证明材料。", "Industry",
                 {"正极材料", "隔膜", "水电", "核电", "发电装备", "油气钻采装备", "输变电装备"}, {"申报材料", "证明材料"},
                 id="industry-kinds-of-equipment-and-material-listed"),
    pytest.param("鞋服、纺织、食品是晋江的传统优势产业。电池研发、生产组装以及废旧电池回收等较为完整的产业链。", "Industry",
                 {"鞋服", "纺织", "食品"}, {"传统优势", "废旧电池回收等较"}, id="industry-list-is-a-places"),
    pytest.param("隆基绿能科技股份有限公司投资建设硅片项目,建成后隆基绿能单晶硅片总产能将达到66GW。", "Firm", {"隆基绿能科技股份有限公司"},
                 {"后隆基绿能"}, id="firm-brand-after-a-time-word"),
    pytest.param("深入实施“链长制”,自2021年柳州实行产业链“链长制”以来,全面推行“河长制”。", "Policy", {"链长制", "河长制"},
                 {"年柳州实行产业链“链长制”", "“链长制”"}, id="policy-quoted-chief-system"),
]


@pytest.mark.parametrize(("snippet", "type_", "wanted", "unwanted"), NOT_NAMES)
def test_not_a_name(snippet, type_, wanted, unwanted):
    _, _, names, _, _ = run(snippet)
    got = names.get(type_, set())
    assert wanted <= got, f"{type_} missing {wanted - got}"
    assert not unwanted & got, f"{type_} wrongly found {unwanted & got}"


def test_a_short_name_and_the_legal_name_are_one_firm():
    _, ext, _, _, _ = run("山东鲁南化工有限公司位于枣庄市。鲁南公司当日停产。")
    firms = [e for e in ext.entities if e.type == "Firm"]
    assert len(firms) == 1 and firms[0].label == "山东鲁南化工有限公司" and "鲁南公司" in firms[0].aliases


def test_a_short_name_opening_one_legal_core_is_that_firm_and_a_described_maker_is_in_its_industries():
    _, ext, _, triples, _ = run("潍坊拥有潍柴动力股份有限公司等龙头企业。潍柴(000338)是中国领先的汽车及装备制造产业集团。")
    firms = [e for e in ext.entities if e.type == "Firm"]
    assert [(f.label, set(f.aliases)) for f in firms] == [("潍柴动力股份有限公司", {"潍柴"})]
    assert {("潍柴动力股份有限公司", "inIndustry", "汽车"), ("潍柴动力股份有限公司", "inIndustry", "装备制造")} <= triples


def test_counts_after_an_announcement_belong_to_the_place_and_targets_to_the_issued_plan():
    _, ext, _, _, stats = run("# 绵阳市新增12家“小巨人”企业\n\n2024年8月,工业和信息化部公布第六批专精特新“小巨人”企业名单,"
                              "绵阳市四川九洲电器集团有限责任公司等12家企业榜上有名。\n\n"
                              "山东省人民政府办公厅印发《山东省制造强省建设规划》,提出到2025年培育10个先进制造业集群。"
                              "义乌市饰品产业集群从业人员近20万人。\n", path="snippet.md")
    by_subject = {(o.subject_type, o.value): o for o in ext.observations}
    assert not any(o.subject_type == "Organization" for o in ext.observations), [(o.subject, o.indicator) for o in ext.observations]
    assert ("Region", Decimal("12")) in by_subject and "九洲" not in by_subject[("Region", Decimal("12"))].indicator
    target = by_subject[("Policy", Decimal("10"))]
    assert target.indicator.endswith("目标") and not target.indicator.startswith(("提出", "到")), target.indicator
    assert by_subject[("Cluster", Decimal("20"))].indicator == "从业人员"


def test_a_county_feature_from_another_province():
    """Written for this round: brands as firms, a quoted title, 三大 lists, and a clause that goes on without its place."""
    _, ext, names, triples, stats = run("福建省晋江市是全国闻名的“中国鞋都”,拥有安踏、特步、361度、匹克等知名品牌。"
                                        "晋江将围绕纺织鞋服、食品饮料、建材陶瓷三大传统产业,加快培育集成电路、新材料等新兴产业。"
                                        "据统计,晋江现有上市公司51家。")
    assert {"安踏", "特步", "361度", "匹克"} <= names["Firm"] and not any("上市公司" in f for f in names["Firm"])
    assert ("晋江市", "hasDesignation", "中国鞋都") in triples
    assert {("晋江市", "hasPriorityIndustry", i) for i in ("纺织鞋服", "食品饮料", "建材陶瓷", "集成电路", "新材料")} <= triples
    assert not any(o.value == 361 for o in ext.observations)
    assert ("晋江市", Decimal("51"), "家", None) in stats


def test_a_provincial_opinion_from_another_province():
    _, ext, names, triples, stats = run("# 贵州省人民政府关于支持毕节市加快发展特色产业的意见\n\n"
                                        "支持威宁县、赫章县发展马铃薯、高山冷凉蔬菜产业。推动煤电、新型建材、现代化工等产业转型升级。"
                                        "到2025年,全市辣椒种植面积稳定在100万亩以上。省政府各部门要抓好落实。\n", path="snippet.md")
    assert {("威宁彝族回族苗族自治县", "hasPriorityIndustry", i) for i in ("马铃薯", "高山冷凉蔬菜")} <= triples
    assert {("赫章县", "hasPriorityIndustry", i) for i in ("马铃薯", "高山冷凉蔬菜")} <= triples
    assert {"煤电", "新型建材", "现代化工"} <= names["Industry"]
    governments = [e for e in ext.entities if e.type == "Organization" and "政府" in e.label]
    assert [(g.label, set(g.aliases)) for g in governments] == [("贵州省人民政府", {"省政府"})]
    assert not ext.observations  # 全市, and no city named outside the title: whose figure it is stays unknown
    _, ext, _, _, stats = run("为支持毕节市加快发展特色产业,现提出如下意见。到2025年,全市辣椒种植面积稳定在100万亩以上。")
    assert [(o.indicator, o.subject) for o in ext.observations] == [("辣椒种植面积", "520500")]


def test_a_target_after_lizheng_and_a_place_where_someone_speaks():
    _, ext, _, triples, _ = run("合肥市力争到2025年新能源汽车产量突破200万辆。"
                                "总书记在黑龙江考察期间指出,积极培育新能源、新材料等战略性新兴产业。")
    assert [o.indicator for o in ext.observations] == ["新能源汽车产量目标"]
    assert not any(s == "黑龙江省" and p == "hasPriorityIndustry" for s, p, _ in triples)


def test_a_park_story_its_figures_and_its_listed_drug_makers():
    article, ext, names, _, stats = run("苏州工业园区生物医药产业产值突破1500亿元\n"
                                        "记者从苏州工业园区管委会获悉,2023年园区生物医药产业实现产值1520亿元,"
                                        "其中信达生物、百济神州、基石药业等创新药企业已在科创板上市。\n"
                                        "苏州工业园区是中外合作项目,1994年2月经国务院批准设立。\n")
    assert article.published is None  # a date inside a sentence is history, not the dateline
    assert "苏州工业园区" in names["Organization"] and {"信达生物", "百济神州", "基石药业"} <= names["Firm"]
    assert not any("园区" in i for i in names["Industry"]), names["Industry"]
    assert ("苏州工业园区", Decimal("1520"), "亿元", "2023") in stats  # 园区: the park named before, not its board


def test_a_work_report_speaks_of_its_place_throughout():
    _, ext, names, triples, stats = run(
        "2024年昆山市政府工作报告\n过去一年,全市实现地区生产总值5140.6亿元,增长5.3%。昆山连续19年位居全国百强县首位。\n"
        "新一代电子信息、高端装备制造两大主导产业产值分别达到5800亿元和1800亿元。新增上市公司6家。\n"
        "今年主要预期目标是:地区生产总值增长5%左右。\n加快建设昆山开发区、花桥经济开发区三大国家级开发区。\n")
    assert {("昆山市", Decimal("5140.6"), "亿元", "2023"), ("昆山市", Decimal("6"), "家", "2024")} <= stats
    by_value = {o.value: o for o in ext.observations}
    assert (by_value[Decimal("5800")].indicator, by_value[Decimal("1800")].indicator) == ("新一代电子信息产值", "高端装备制造产值")
    assert by_value[Decimal("5")].indicator == "地区生产总值增长目标"
    assert [(o.indicator, o.among) for o in ext.observations if o.qualifier == "rank"] == [("全国百强县", None)]
    assert {("昆山市", "hasDesignation", "百强县"), ("昆山市", "hasPriorityIndustry", "新一代电子信息")} <= triples
    assert {"昆山开发区", "花桥经济开发区"} <= names["Organization"] and not any(o.startswith("大") for o in names["Organization"])


def test_a_town_feature_in_traditional_characters():
    _, ext, names, triples, stats = run(
        "走進浙江省嘉興市桐鄉市濮院鎮,街道兩旁滿是毛衫店鋪。濮院被稱為「中國羊毛衫名鎮」,全鎮有毛衫企業6000多家。"
        "當地人沈先生在1998年創辦了桐鄉市金鷹毛衫有限公司,如今公司年產值達到2億元。")
    assert ("濮院镇", "hasDesignation", "中国羊毛衫名镇") in triples
    assert names["Firm"] == {"桐乡市金鹰毛衫有限公司"}  # 如今公司: a time word and the firm named before, no name
    assert ("桐乡市金鹰毛衫有限公司", Decimal("2"), "亿元", None) in {s[:3] + (None,) for s in stats}


def test_a_base_a_place_is_and_an_incident_measured():
    _, ext, names, triples, stats = run(
        "3月5日凌晨,山东寿光蔬菜产业集团有限公司一处冷库发生火灾。寿光市应急管理局表示,火灾未造成人员伤亡,过火面积约2000平方米。"
        "寿光是全国最大的蔬菜生产基地。自古被称为“三省通衢”。")
    assert ("寿光市", "hasPriorityIndustry", "蔬菜") in triples
    assert not any(o.value == 2000 for o in ext.observations)  # the fire's, and a bureau that speaks is no subject
    assert "三省通衢" not in names.get("Designation", set())  # an epithet, not a title


def test_a_provincial_statute_defines_its_industry_and_names_departments_by_their_kind():
    _, ext, names, triples, _ = run(
        "# 湖南省新材料产业促进条例\n\n第二条 本条例所称新材料产业,是指先进基础材料、关键战略材料和前沿新材料的研发、生产及相关服务活动。\n"
        "第四条 省科学技术厅、省工业和信息化厅应当会同有关部门建立产业联盟。\n第六条 对新认定的国家级企业技术中心,给予奖励。\n"
        "第七条 市场布局应当合理。\n", path="snippet.md")
    wholes = {o for s_, p, o in triples if p == "partOf"}
    assert wholes <= {"新材料", "新材料产业"} and {s_ for s_, p, _ in triples if p == "partOf"} == {"先进基础材料", "关键战略材料", "前沿新材料"}
    assert {"湖南省科学技术厅", "湖南省工业和信息化厅"} <= names["Organization"]
    assert not any("布局" in o for o in names["Organization"])
    assert "国家级企业技术中心" in names["Designation"]
    # a separator of two characters (以及) does not shift the items after it
    _, _, _, triples, _ = run("第二条 本条例所称数字产业,是指软件、集成电路以及人工智能的研发和生产。")
    assert {s_ for s_, p, _ in triples if p == "partOf"} == {"软件", "集成电路", "人工智能"}


def test_a_firm_profile_its_later_clauses_and_公司():
    _, _, names, triples, _ = run(
        "江苏恒立液压股份有限公司(以下简称“恒立液压”)成立于2005年,总部位于常州市武进区,是国内液压件行业的龙头企业。"
        "公司先后获评国家级专精特新“小巨人”企业、国家制造业单项冠军示范企业。"
        "武进区副区长王明表示,武进将围绕工程机械、新能源汽车等产业链,支持恒立液压等链主企业做大做强。")
    firm = "江苏恒立液压股份有限公司"
    assert {(firm, "inIndustry", "液压件"), (firm, "hasDesignation", "国家制造业单项冠军示范企业"),
            ("武进区", "hasPriorityIndustry", "工程机械"), ("武进区", "hasPriorityIndustry", "新能源汽车")} <= triples
    assert not any(i.startswith("国内") for i in names["Industry"])


def test_a_statute_rate_is_named_by_what_it_rates():
    _, ext, _, _, _ = run("# 安徽省促进高新技术产业发展条例\n\n第五条 对经认定的高新技术企业,减按百分之十五的税率征收企业所得税。\n"
                          "第六条 对认定的企业,按照百分之五十的比例给予补助。\n", path="snippet.md")
    assert [(o.indicator, o.value, o.unit) for o in ext.observations][:1] == [("企业所得税税率", Decimal("15"), "%")]


def test_a_policy_targets_the_industry_its_title_names():
    _, _, _, triples, _ = run("2016年,国务院印发《“十三五”国家战略性新兴产业发展规划》。"
                              "佛山市出台《佛山市禅城区生命健康产业促进办法实施细则》。")
    assert {("“十三五”国家战略性新兴产业发展规划", "inIndustry", "战略性新兴产业"),
            ("佛山市禅城区生命健康产业促进办法实施细则", "inIndustry", "生命健康")} <= triples


def test_a_news_page_with_related_headlines_and_a_list_announced_in_one_sentence():
    """A county news page written for this round (tests/extract/pages/yuyao_champions.html): chrome, a 相关新闻
    block of other articles' headlines, and firms that 榜上有名 on the list the sentence names."""
    from pathlib import Path

    page = (Path(__file__).parent / "pages" / "yuyao_champions.html").read_bytes()
    _, ext, names, triples, _ = run(page, path="yuyao_champions.html")
    assert "慈溪市" not in names["Region"] and "隐形冠军" not in names.get("Designation", set())  # related headlines
    assert "中国工业经济联合会" in names["Organization"] and not any("公布" in d for d in names["Designation"])
    title = "制造业单项冠军企业"
    assert {(f, "hasDesignation", title) for f in ("宁波天龙电子股份有限公司", "浙江富佳科技股份有限公司")} <= triples
    assert not any(s_ == "余姚市" and p == "hasDesignation" for s_, p, _ in triples)  # its firms hold the title
    counted = [o for o in ext.observations if o.value == 3]
    assert [(o.subject_type, o.subject) for o in counted] == [("Region", "330281")]  # not one 3 per listed firm
    # without the block's class, its 相关新闻 heading still marks the headlines under it as chrome
    _, _, names, _, _ = run(page.replace(b'class="related"', b'class="box"'), path="yuyao_champions.html")
    assert "慈溪市" not in names["Region"] and "隐形冠军" not in names.get("Designation", set())


def test_clusters_named_by_a_dash_chain_of_cities_and_a_body_announcing_the_list():
    _, ext, names, triples, _ = run(
        "近日,工业和信息化部公布45个国家先进制造业集群名单。广东省有7个集群入选,"
        "深圳—广州—佛山—东莞智能装备集群、广州—佛山—惠州超高清视频和智能家电集群名列其中。")
    assert {"深圳—广州—佛山—东莞智能装备集群", "广州—佛山—惠州超高清视频和智能家电集群"} <= names["Cluster"]
    assert {(c, "memberOf", "深圳—广州—佛山—东莞智能装备集群") for c in ("深圳市", "广州市", "佛山市", "东莞市")} <= triples
    assert ("广州—佛山—惠州超高清视频和智能家电集群", "memberOf", "国家先进制造业集群") in triples
    assert not any(o.subject_type == "Organization" for o in ext.observations)  # 工信部 announces the 45, it has none


def test_a_signing_ceremony_its_zone_under_two_names_and_the_year_of_its_title():
    _, ext, names, _, stats = run("赣州经开区举行2024年重大项目集中签约仪式\n"
                                  "3月12日,赣州经济技术开发区举行重大项目集中签约仪式,共签约项目15个,总投资达186.5亿元。\n")
    zones = [e for e in ext.entities if e.type == "Organization"]
    assert [(z.label, set(z.aliases)) for z in zones] == [("赣州经济技术开发区", {"赣州经开区"})]
    assert ("赣州经济技术开发区", Decimal("186.5"), "亿元", "2024") in stats  # no date printed: the title's year
    _, _, _, _, stats = run("赣州经济技术开发区举行签约仪式。2023年,经开区实现规上工业营业收入1500亿元。")
    assert ("赣州经济技术开发区", Decimal("1500"), "亿元", "2023") in stats  # 经开区: the zone named before


def test_a_tier_named_with_its_level_and_pinyin_annotations():
    _, _, names, triples, stats = run("湖州市德清县地理信息產(chǎn)業(yè)集群入選(xuǎn)國家中小企業特色產業集群。"
                                      "德清縣已集聚地理信息企業(yè)460余家。")
    assert ("湖州市德清县地理信息产业集群", "memberOf", "中小企业特色产业集群") in triples
    assert ("德清县", Decimal("460"), "家", None) in stats


def test_the_northeast_its_provinces_parts_and_firms_named_in_brackets():
    _, ext, names, _, _ = run("国家发展改革委印发方案,支持辽宁、吉林、黑龙江三省和内蒙古东部地区打造先进装备制造、现代农业等产业基地。"
                              "长春市依托中国第一汽车集团有限公司(一汽集团),汽车产量达到260万辆。")
    assert "东部地区" not in names["Region"] and "产业基地" not in names.get("Designation", set())
    firms = [(e.label, set(e.aliases)) for e in ext.entities if e.type == "Firm"]
    assert firms == [("中国第一汽车集团有限公司", {"一汽集团"})]


def test_a_super_factory_and_firms_with_bases_in_listed_cities():
    _, ext, names, triples, _ = run("特斯拉上海超级工厂2023年交付汽车94.7万辆。SK海力士、LG化学等外资企业也在江苏无锡、南京设有生产基地。")
    assert ("特斯拉上海超级工厂", "partOf", "特斯拉") in triples
    assert {(f, "locatedIn", c) for f in ("SK海力士", "LG化学") for c in ("无锡市", "南京市")} <= triples
    assert [o.subject_type for o in ext.observations] == ["Firm"]  # the plant delivered the cars, not 上海


def test_two_departments_issue_a_plan_jointly():
    _, _, _, triples, _ = run("浙江省经信厅、省发展改革委联合发布《浙江省培育建设“415X”先进制造业集群实施方案》。")
    plan = "浙江省培育建设“415X”先进制造业集群实施方案"
    assert {(plan, "issuedBy", "浙江省经信厅"), (plan, "issuedBy", "浙江省发展改革委")} <= triples


def test_an_industry_and_its_industry_form_are_one_entity():
    _, ext, _, triples, _ = run("# 山西省促进新材料产业发展条例\n\n第五条 县级以上人民政府应当培育发展新材料,壮大新材料产业。\n", path="snippet.md")
    found = [e for e in ext.entities if e.type == "Industry" and {e.label, *e.aliases} & {"新材料", "新材料产业"}]
    assert len(found) == 1, [e.label for e in found]
    assert ("山西省", "hasPriorityIndustry", found[0].label) in triples


def test_a_meeting_somewhere_is_no_site_and_a_clause_with_a_verb_no_cluster():
    _, _, names, triples, _ = run("吉利控股在长兴召开发布会。长兴县打造新能源汽车集群。")
    assert not any(p == "locatedIn" and s == "吉利控股" for s, p, _ in triples)
    assert not {c for c in names.get("Cluster", set()) if c.startswith("长兴县打造")}


NOTICE = """<html><head><meta charset="utf-8"><title>关于公布专精特新“小巨人”企业名单的通知</title></head><body>
<div class="nav">首页 > 通知公告</div>
<h1>宁波市经济和信息化局关于公布2023年度第五批国家级专精特新“小巨人”企业名单的通知</h1>
<p>根据工业和信息化部公示结果，我市共有56家企业入选第五批国家级专精特新“小巨人”企业，现将名单公布如下。</p>
<table><tr><th>序号</th><th>企业名称</th><th>所在地</th><th>所属行业</th></tr>
<tr><td>1</td><td>宁波伏尔肯科技股份有限公司</td><td>镇海区</td><td>新材料</td></tr>
<tr><td>2</td><td>舜宇光电</td><td>浙江省宁波市余姚市</td><td>光学元件</td></tr>
<tr><td>3</td><td>浙江大丰实业股份有限公司</td><td>余姚市</td><td></td></tr>
</table>
<p>宁波市经济和信息化局</p>
<div class="footer">版权所有 浙ICP备12345678号</div>
</body></html>"""

MARKDOWN_NOTICE = """# 宁波市经济和信息化局关于公布2023年度第五批国家级专精特新“小巨人”企业名单的通知

根据工业和信息化部公示结果,我市共有56家企业入选第五批国家级专精特新“小巨人”企业,现将名单公布如下。

| 序号 | 企业名称 | 所在地 | 所属行业 |
|---|---|---|---|
| 1 | 宁波伏尔肯科技股份有限公司 | 镇海区 | 新材料 |
| 2 | 舜宇光电 | 浙江省宁波市余姚市 | 光学元件 |

宁波市经济和信息化局
"""


def test_a_designation_notice_lists_its_firms_in_a_table():
    for data, path in ((NOTICE, "notice.html"),
                       (MARKDOWN_NOTICE, "notice.md")):
        _, ext, names, triples, stats = run(data, path)
        title = "宁波市经济和信息化局关于公布2023年度第五批国家级专精特新“小巨人”企业名单的通知"
        assert title in names["Policy"], path
        assert (title, "issuedBy", "宁波市经济和信息化局") in triples, path
        assert {"宁波伏尔肯科技股份有限公司", "舜宇光电"} <= names["Firm"], path
        assert {("宁波伏尔肯科技股份有限公司", "locatedIn", "镇海区"), ("舜宇光电", "locatedIn", "余姚市"),
                ("宁波伏尔肯科技股份有限公司", "hasDesignation", "专精特新“小巨人”企业"),
                ("舜宇光电", "hasDesignation", "专精特新“小巨人”企业"),
                ("宁波伏尔肯科技股份有限公司", "inIndustry", "新材料"), ("舜宇光电", "inIndustry", "光学元件")} <= triples, path
        # with no date printed, the year the title names (the Markdown's 2023年度第五批) is the count's period
        year = "2023" if path == "notice.md" else None
        assert ("宁波市", Decimal("56"), "家", year) in stats, path
        # the header's words and the row numbers are no entities; 大丰 in a brand is no place in Jiangsu
        every = set().union(*names.values())
        assert not {"企业名称", "所在地", "所属行业", "1", "大丰区"} & every, path
        assert not any(p == "locatedIn" and o == "大丰区" for _, p, o in triples)


CLUSTER_NOTICE = """<html><head><meta charset="utf-8"><title>关于公布县域特色产业集群“领跑者”企业名单的通知</title></head><body>
<h1>山东省工业和信息化厅关于公布首批山东省县域特色产业集群“领跑者”企业名单的通知</h1>
<p>为发挥龙头企业对县域特色产业集群的带动作用，经企业申报、专家评审，确定山东玲珑轮胎股份有限公司等2家企业为首批山东省县域特色产业集群“领跑者”企业。</p>
<table><tr><th>序号</th><th>企业名称</th><th>所在县（市、区）</th><th>所属产业集群</th><th>主营产品</th></tr>
<tr><td>1</td><td>山东玲珑轮胎股份有限公司</td><td>烟台市招远市</td><td>招远市轮胎产业集群</td><td>子午线轮胎</td></tr>
<tr><td>2</td><td>寿光蔬菜种业集团有限公司</td><td>潍坊市寿光市</td><td>寿光市蔬菜种业产业集群</td><td>蔬菜种子</td></tr>
</table></body></html>"""


def test_a_cluster_notice_table_gives_each_firm_its_places_cluster_and_the_clusters_tier():
    _, _, names, triples, _ = run(CLUSTER_NOTICE, "notice.html")
    title = "山东省县域特色产业集群“领跑者”企业"
    assert title in names["Designation"]
    assert {"招远市轮胎产业集群", "寿光市蔬菜种业产业集群"} <= names["Cluster"]
    assert {("山东玲珑轮胎股份有限公司", "hasDesignation", title), ("寿光蔬菜种业集团有限公司", "hasDesignation", title),
            # the place cell names a city and a county: the firm is in both
            ("山东玲珑轮胎股份有限公司", "locatedIn", "招远市"), ("山东玲珑轮胎股份有限公司", "locatedIn", "烟台市"),
            # the cluster cell: the firm is a member and works in the cluster's trade; the cluster is of the notice's tier
            ("山东玲珑轮胎股份有限公司", "memberOf", "招远市轮胎产业集群"), ("山东玲珑轮胎股份有限公司", "inIndustry", "轮胎"),
            ("寿光蔬菜种业集团有限公司", "memberOf", "寿光市蔬菜种业产业集群"),
            ("招远市轮胎产业集群", "memberOf", "县域特色产业集群"),
            ("寿光蔬菜种业集团有限公司", "inIndustry", "蔬菜种子")} <= triples, triples


def test_a_notice_written_as_numbered_lines_gives_each_firm_its_sections_designation():
    text = ("关于公布2023年宁波市制造业单项冠军企业名单的通知\n\n经企业申报、专家评审,现将认定的2023年宁波市制造业单项冠军企业名单公布如下。\n\n"
            "一、单项冠军示范企业(2家)\n1.宁波伏尔肯科技股份有限公司(镇海区)\n2.宁波天生密封件有限公司\n"
            "二、单项冠军培育企业(1家)\n1.宁波东方电缆股份有限公司\n"
            "宁波东方电缆股份有限公司是一家海缆企业。\n")
    _, _, names, triples, _ = run(text)
    assert {"单项冠军示范企业", "单项冠军培育企业"} <= names["Designation"]
    assert {("宁波伏尔肯科技股份有限公司", "hasDesignation", "单项冠军示范企业"),
            ("宁波天生密封件有限公司", "hasDesignation", "单项冠军示范企业"),
            ("宁波东方电缆股份有限公司", "hasDesignation", "单项冠军培育企业"),
            ("宁波伏尔肯科技股份有限公司", "locatedIn", "镇海区")} <= triples
    assert ("宁波天生密封件有限公司", "hasDesignation", "单项冠军培育企业") not in triples


def test_a_firm_alone_on_a_line_of_a_news_article_holds_no_designation():
    _, _, _, triples, _ = run("宁波伏尔肯科技股份有限公司\n该公司去年营收增长。\n")
    assert not any(p == "hasDesignation" for _, p, _ in triples)


def test_common_words_that_are_also_prefecture_stems_stay_words():
    _, _, names, _, _ = run("两地情况大同小异,阿里巴巴在杭州设立总部,白银价格上涨。")
    assert names.get("Region", set()) == {"杭州市", "杭州"}  # the label and the surface as written


def test_a_kind_of_centre_a_statute_addresses_is_no_body():
    _, _, names, _, _ = run("鼓励建设生产力促进中心和科技企业孵化器。")
    assert "生产力促进中心" not in names.get("Organization", set())


def test_the_new_shapes_of_facts_keep_the_graph_shacl_valid(tmp_path):
    """Table rows, place-led clusters in a tier, a province's slogan, villages in a list: loaded together, valid."""
    from kg.loader import load_paths
    from kg.store import open_store
    from kg.validate import validate_store

    (tmp_path / "notice.html").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "notice.md").write_text(MARKDOWN_NOTICE, encoding="utf-8")
    (tmp_path / "mixed.txt").write_text(
        "工业和信息化部公布45个国家先进制造业集群名单。其中包括无锡市物联网集群、南通市泰州市扬州市海工装备和高技术船舶集群等。"
        "湖北省黄石市位于长江中游。黄石将紧紧围绕全省“一主引领、两翼驱动、全域协同”区域发展布局。"
        "关注研发动力电池的苏州艾杰和北京勤邦。爆炸波及陈家港镇的王商村、立新村和双港村。\n", encoding="utf-8")
    store = open_store(None)
    results, errors = load_paths(store, [tmp_path])
    assert not errors and len(results) == 3
    report = validate_store(store)
    assert report.conforms, report.text[:2000]


def test_a_firm_counted_is_not_named():
    _, _, names, _, _ = run("事故波及周边16家企业,其中包括一家化肥厂和一家农药公司。")
    assert not names.get("Firm")


def test_a_share_of_the_national_total_is_named_in_chinese():
    _, ext, _, _, _ = run("2023年,安徽省新能源汽车产量86.8万辆,占全国的8.9%。")
    assert {o.indicator for o in ext.observations if o.unit == "%"} == {"占全国比重"}


def test_a_kind_of_document_with_nothing_before_it_names_no_policy():
    _, _, names, _, _ = run("各地要认真落实《意见》要求。")
    assert not names.get("Policy")


def test_a_national_firm_named_alone_is_not_placed_in_the_article_place():
    """华为 signing with 长兴县 is not a 长兴 firm but is where the text builds; 吉利, one of the county's listed firms, is."""
    _, _, names, triples, _ = run("长兴县位于浙江省北部。长兴县引进吉利、桐昆等龙头企业。长兴县与华为签署合作协议。华为在东莞建设研发中心。")
    assert {"吉利", "华为"} <= names["Firm"]
    assert ("吉利", "locatedIn", "长兴县") in triples
    assert {t for t in triples if t[0] == "华为" and t[1] == "locatedIn"} == {("华为", "locatedIn", "东莞市")}
    _, _, names, triples, _ = run("长兴县位于浙江省北部。长兴县引进吉利、桐昆等龙头企业。长兴县与华为签署合作协议。")
    assert "华为" in names["Firm"] and not {t for t in triples if t[0] == "华为" and t[1] == "locatedIn"}


def test_a_work_report_speaks_for_the_place_whose_congress_hears_it():
    """政府工作报告(摘要), heard by 嘉善县's congress: its figures and its 聚焦…主导产业 are 嘉善县's, not those of
    长三角 inside the name of the zone the report works under."""
    text = ("政府工作报告（摘要）\n——2024年1月10日在嘉善县第十七届人民代表大会第四次会议上\n\n"
            "过去一年，我们坚持以长三角生态绿色一体化发展示范区建设为统领，全年实现地区生产总值918.6亿元，增长7.2%。\n\n"
            "深入实施“链长制”，聚焦数字经济、新能源和生命健康三大主导产业。\n\n深度融入长三角一体化。\n")
    _, _, _, triples, stats = run(text)
    assert ("嘉善县", Decimal("918.6"), "亿元", "2023") in stats
    assert not any(s[0] == "长三角" for s in stats)
    assert {("嘉善县", "hasPriorityIndustry", i) for i in ("数字经济", "新能源", "生命健康")} <= triples


def test_a_table_flattened_to_spaced_lines_is_read_row_by_row():
    """A notice's table as lines of fields between spaces: each row's firm lies in its place, makes its product and
    holds the title whose list the notice publishes (not the one it urges firms to apply for, nor the one 入选企业
    only mentions in passing); the place urging it holds neither."""
    text = ("关于公布2023年度山西省专精特新中小企业名单的通知\n现将2023年度山西省专精特新中小企业名单予以公布。\n"
            "各市要加大对入选企业的服务力度，积极培育申报国家级专精特新“小巨人”企业。\n"
            "序号 企业名称 所在地 主导产品\n1 山西钢科碳材料有限公司 太原市 高性能碳纤维\n"
            "2 山西银光华盛镁业股份有限公司 运城市闻喜县 镁合金\n……\n")
    _, _, names, triples, _ = run(text)
    assert {("山西钢科碳材料有限公司", "locatedIn", "太原市"), ("山西钢科碳材料有限公司", "inIndustry", "高性能碳纤维"),
            ("山西钢科碳材料有限公司", "hasDesignation", "专精特新中小企业"),
            ("山西银光华盛镁业股份有限公司", "locatedIn", "闻喜县"), ("山西银光华盛镁业股份有限公司", "inIndustry", "镁合金"),
            ("山西银光华盛镁业股份有限公司", "hasDesignation", "专精特新中小企业")} <= triples
    assert not {t for t in triples if t[1] == "hasDesignation" and t[2] != "专精特新中小企业"}
    assert not names.get("Industry", set()) & {"主导产品", "所在地"}


def test_a_cover_notice_issues_the_document_it_prints():
    """关于印发《X》的通知 is the cover letter: X is the policy, issued by the office before 关于; a body right before a
    bracketed title issued it (贯彻国务院办公厅《…》)."""
    text = ("宜宾市人民政府办公室关于印发《宜宾市加快建设动力电池产业集聚区行动方案（2023—2027年）》的通知\n\n"
            "宜宾市加快建设动力电池产业集聚区行动方案（2023—2027年）\n\n"
            "为深入贯彻国务院办公厅《新能源汽车产业发展规划（2021—2035年）》,制定本方案。\n")
    _, _, names, triples, _ = run(text)
    plan = "宜宾市加快建设动力电池产业集聚区行动方案(2023—2027年)"
    assert names["Policy"] >= {plan, "新能源汽车产业发展规划(2021—2035年)"}
    assert not any(p.endswith(("通知", "行动")) for p in names["Policy"])
    assert {(plan, "issuedBy", "宜宾市人民政府办公室"),
            ("新能源汽车产业发展规划(2021—2035年)", "issuedBy", "国务院办公厅")} <= triples


def test_a_well_known_short_name_is_its_own_core():
    """宁德时代 is not 宁德 and 时代: 四川时代新能源科技有限公司 is another firm, 宁德时代新能源科技股份有限公司 the same one,
    and the brand places it nowhere."""
    _, ext, _, triples, _ = run("推动宜宾天原集团股份有限公司与宁德时代开展配套合作,支持四川时代新能源科技有限公司建设基地。")
    firms = {e.label: e for e in ext.entities if e.type == "Firm"}
    assert "宁德时代" not in firms["四川时代新能源科技有限公司"].aliases and "宁德时代" in firms
    assert not any(t[0] == "宁德时代" and t[1] == "locatedIn" for t in triples)
    _, ext, _, _, _ = run("宁德时代新能源科技股份有限公司落户溧阳。宁德时代一期项目投产。")
    assert [(e.label, e.aliases) for e in ext.entities if e.type == "Firm"] == [("宁德时代新能源科技股份有限公司", {"宁德时代"})]


def test_a_cluster_named_with_its_tier_keeps_its_name_and_its_figures():
    """成德 is 成都 and 德阳 run together: named where its tier is, the cluster is named so throughout, without the
    province before it; 集群 later is that cluster, not the tier the text compares it to (国家级集群)."""
    text = ("成德高端能源装备集群入选国家先进制造业集群\n"
            "工业和信息化部公布45个国家先进制造业集群名单,四川省成德高端能源装备集群、成渝地区电子信息先进制造集群成功入选。\n"
            "成德高端能源装备集群以成都市、德阳市为核心承载区,是全国唯一一个以“能源装备”命名的国家级集群。"
            "2021年,集群主导产业实现产值2870亿元。\n")
    _, _, names, _, stats = run(text)
    assert {"成德高端能源装备集群", "成渝地区电子信息先进制造集群"} <= names["Cluster"]
    assert "四川省成德高端能源装备集群" not in names["Cluster"]
    assert ("成德高端能源装备集群", Decimal("2870"), "亿元", "2021") in stats
    assert not any(v == Decimal("11") for _, v, _, _ in stats)  # 唯一一个 is no 11 个


def test_a_body_speaks_for_its_place_and_a_group_names_its_firms():
    _, _, names, triples, _ = run("四川省经济和信息化厅相关负责人表示,下一步将围绕电子信息、医药健康等优势产业,加快培育集群。"
                                  "东方电气集团旗下东方汽轮机有限公司、东方电机有限公司均位于德阳。")
    assert {("四川省", "hasPriorityIndustry", "电子信息"), ("四川省", "hasPriorityIndustry", "医药健康")} <= triples
    assert {"东方汽轮机有限公司", "东方电机有限公司"} <= names["Firm"] and "旗下东方汽轮机有限公司" not in names["Firm"]


def test_a_dateline_with_its_source_is_provenance_and_a_closing_credit_hides_no_text():
    """``2024年02月21日 10:05 来源:宝鸡日报 编辑:张文`` under the headline is provenance; the (责任编辑:…) credit at the
    end is no header, so the headline stays the title and every paragraph stays text (the title was the last
    paragraph, and all the text above it dropped, before)."""
    text = ("宝鸡高新区:做强“钛”字号 跑出发展“加速度”\n2024年02月21日 10:05  来源:宝鸡日报  编辑:张文\n\n"
            "2023年,宝鸡高新区坚持“工业立区、产业强区”,全年实现规上工业总产值1168.3亿元,同比增长9.7%;规上工业企业达到287家。\n\n"
            "今年,高新区将围绕《宝鸡市钛及钛合金产业高质量发展三年行动方案(2023—2025年)》,力争钛产业产值达到600亿元,"
            "形成从海绵钛、钛锭到钛制品的完整产业链。\n\n(责任编辑:李静)\n")
    article, _, _, _, stats = run(text.encode("gbk"))
    assert article.title == "宝鸡高新区:做强“钛”字号 跑出发展“加速度”"
    assert (article.published, article.source) == ("2024-02-21", "宝鸡日报")
    assert any("1168.3亿元" in s.text for s in article.sentences)
    assert not any("李静" in s.text or "来源" in s.text for s in article.sentences)


def test_a_parks_figures_its_firms_figures_and_their_titles():
    """分别 after A、B等配套企业 gives each firm its figure; a firm entering a national programme's list holds that
    programme's title (国家级… is its level), not the one the next clause's park adds firms of; 高新区 later is the
    high-tech zone named before, not the 蟠龙新区 named since."""
    text = ("2023年,宝鸡高新区全年实现规上工业总产值1168.3亿元。陕汽集团商用车有限公司宝鸡分公司、宝鸡法士特齿轮有限责任公司等"
            "配套企业产值分别增长23%、15%。宝鸡钛业股份有限公司入选国家级制造业单项冠军企业,宝鸡高新区新增国家级专精特新“小巨人”企业7家。"
            "蟠龙新区智能制造产业园承载能力持续提升。今年,高新区力争规上工业总产值增长10%。")
    _, _, names, triples, stats = run(text)
    assert {("陕汽集团商用车有限公司宝鸡分公司", Decimal("23"), "%", "2023"),
            ("宝鸡法士特齿轮有限责任公司", Decimal("15"), "%", "2023")} <= stats
    assert "制造业单项冠军企业" in names["Designation"]
    assert {t for t in triples if t[1] == "hasDesignation"} == {("宝鸡钛业股份有限公司", "hasDesignation", "制造业单项冠军企业")}
    assert any(s[0] == "宝鸡高新区" and s[1] == Decimal("10") for s in stats)
    assert not any(s[0].startswith("蟠龙新区") for s in stats)


def test_the_firm_a_place_is_led_by_is_the_places_and_a_brand_with_digits_is_no_figure():
    text = ("晋江是全国县域经济百强县。安踏体育用品集团有限公司、361度（中国）有限公司、特步（中国）有限公司等知名品牌均发源于此。"
            "福清市以福耀玻璃工业集团股份有限公司为龙头；南安市则形成了以九牧集团有限公司为代表的水暖厨卫产业集群。")
    _, _, names, triples, stats = run(text)
    assert {("福耀玻璃工业集团股份有限公司", "locatedIn", "福清市"), ("九牧集团有限公司", "locatedIn", "南安市")} <= triples
    assert not names["Firm"] & {"限公司", "有限公司"}
    assert not any(unit == "度" for _, _, unit, _ in stats)


def test_the_places_a_ranking_ranks_hold_its_list():
    """In an article on the 全国县域经济百强县 list, the places ranked on it (位居榜首, 分列第二、第三位, 分别位列…,
    榜上有名) hold it; provinces counted are no holders; a title is held by the place of its own clause."""
    text = ("赛迪百强县榜单出炉\n赛迪顾问发布《2023中国县域经济百强研究》。江苏昆山市连续19年位居榜首,江阴市、张家港市分列第二、第三位。"
            "江苏、福建分别有23个、8个县市入围。晋江、福清分别位列第4位、第14位,惠安县、石狮市等也榜上有名。"
            "晋江是全国县域经济百强县中民营经济最发达的地区之一。福清市以福耀玻璃工业集团股份有限公司为龙头;南安市则形成了水暖产业集群,"
            "被授予“中国水暖城”称号。")
    _, _, _, triples, _ = run(text)
    held = {(s, o) for s, p, o in triples if p == "hasDesignation"}
    assert {(p, "全国县域经济百强县") for p in ("昆山市", "江阴市", "张家港市", "晋江市", "福清市", "惠安县", "石狮市")} <= held
    assert not any(s in ("江苏省", "福建省") for s, _ in held)
    assert ("南安市", "中国水暖城") in held and ("福清市", "中国水暖城") not in held


def test_bases_grow_industries_respectively_and_a_park_sited_somewhere_owns_its_figures():
    text = ("在上游,柳州市建成螺蛳养殖基地1.2万亩、竹笋种植基地12万亩。鹿寨县、融安县、三江侗族自治县分别建成竹笋、稻米、豆角原料基地。"
            "位于柳南区的柳州螺蛳粉产业园已入驻企业32家,2022年实现产值65亿元。")
    _, _, names, triples, stats = run(text)
    assert {"螺蛳养殖", "竹笋", "稻米", "豆角"} <= names["Industry"]
    assert {("柳州市", "hasPriorityIndustry", "螺蛳养殖"), ("柳州市", "hasPriorityIndustry", "竹笋"),
            ("鹿寨县", "hasPriorityIndustry", "竹笋"), ("融安县", "hasPriorityIndustry", "稻米"),
            ("三江侗族自治县", "hasPriorityIndustry", "豆角")} <= triples
    assert ("鹿寨县", "hasPriorityIndustry", "稻米") not in triples
    assert {("柳州螺蛳粉产业园", Decimal("32"), "家", "2022"), ("柳州螺蛳粉产业园", Decimal("65"), "亿元", "2022")} <= stats


def test_a_list_a_place_is_known_for_is_its_priority():
    _, _, _, triples, _ = run("鞋服、纺织、食品是晋江的传统优势产业。")
    assert {("晋江市", "hasPriorityIndustry", i) for i in ("鞋服", "纺织", "食品")} <= triples


def test_what_a_firm_adds_capacity_for_or_makes_is_its_industry():
    _, _, names, triples, _ = run("支持宜宾锂宝新材料有限公司扩大三元正极材料产能。恒安集团则是国内最大的卫生用品生产企业之一。")
    assert {("宜宾锂宝新材料有限公司", "inIndustry", "三元正极材料"), ("恒安", "inIndustry", "卫生用品")} <= triples


def test_a_numbered_list_line_names_the_firms_place_and_product():
    text = ("---\ntitle: 关于公布2023年湖南省制造业单项冠军企业名单的通知\ndate: 2023-12-20\n---\n"
            "经企业申报、专家评审,现将2023年湖南省制造业单项冠军企业名单公布如下。\n\n一、制造业单项冠军示范企业(2家)\n\n"
            "1.三一重工股份有限公司(长沙市)——混凝土泵车\n2.湖南华菱涟源钢铁有限公司(娄底市)——工程机械用高强度钢、耐磨钢\n")
    _, _, _, triples, _ = run(text, "list.md")
    assert {("三一重工股份有限公司", "locatedIn", "长沙市"), ("三一重工股份有限公司", "inIndustry", "混凝土泵车"),
            ("三一重工股份有限公司", "hasDesignation", "制造业单项冠军示范企业"),
            ("湖南华菱涟源钢铁有限公司", "inIndustry", "工程机械用高强度钢"), ("湖南华菱涟源钢铁有限公司", "inIndustry", "耐磨钢"),
            ("湖南华菱涟源钢铁有限公司", "locatedIn", "娄底市")} <= triples


def test_firms_that_cooperate_and_the_firm_a_cluster_is_led_by():
    _, _, names, triples, _ = run("南安市则形成了以九牧集团有限公司为代表的水暖厨卫产业集群。凯翼汽车有限公司与宁德时代开展配套合作。"
                                  "宁波容百新能源科技股份有限公司与江西赣锋锂业集团股份有限公司合资建设回收项目。")
    assert "水暖厨卫产业集群" in names["Cluster"]
    assert {("九牧集团有限公司", "memberOf", "水暖厨卫产业集群"), ("凯翼汽车有限公司", "cooperatesWith", "宁德时代"),
            ("宁波容百新能源科技股份有限公司", "cooperatesWith", "江西赣锋锂业集团股份有限公司")} <= triples


def test_a_firm_named_like_a_reference_industry_is_still_typed_a_firm():
    """A firm whose key is also a reference industry's (a table's name cell 动力电池) is the text's firm: its type and
    label are written, or the graph would not be SHACL-valid (it was taken for the reference industry)."""
    from kg.rdf import extraction_ntriples

    _, ext, _, _, _ = run("关于公布企业名单的通知\n现将专精特新中小企业名单予以公布。\n序号 企业名称 所在地\n1 动力电池 宜宾市\n")
    firm = next(e for e in ext.entities if e.type == "Firm")
    assert firm.label == "动力电池" and not firm.reference
    nt = extraction_ntriples(ext)
    assert "<https://w3id.org/kg-cn/id/firm/动力电池> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" in nt


def test_an_industry_that_spans_kinds_is_made_of_them_and_a_speaking_body_keeps_its_list():
    """发电装备涵盖水电、火电…等门类: parts of 发电装备, which no place develops for it; the 六大优势产业 a province's body
    speaks of are the province's, not the article's city's."""
    text = ("成德高端能源装备集群以成都市、德阳市为核心承载区,集群形成了以发电装备为引领的格局。成都市是核心,成都市青白江区是重点园区。"
            "其中,发电装备涵盖水电、"
            "火电、核电等门类。四川省经济和信息化厅相关负责人表示,下一步将围绕电子信息、装备制造、医药健康六大优势产业,加快培育集群。")
    _, _, _, triples, _ = run(text)
    assert {("水电", "partOf", "发电装备"), ("核电", "partOf", "发电装备"), ("四川省", "hasPriorityIndustry", "医药健康")} <= triples
    assert not any(s == "成都市" and p == "hasPriorityIndustry" for s, p, _ in triples)


def test_a_zone_with_a_board_is_a_body_and_a_bilateral_park_keeps_its_prefix():
    _, _, names, _, stats = run("各市工业和信息化局,山西综改示范区管委会:本批企业中,山西综改示范区入选企业41家。"
                                "嘉善经济技术开发区、中新嘉善现代产业园分别实现规上工业产值1185亿元、312亿元。")
    assert {"山西综改示范区", "中新嘉善现代产业园"} <= names["Organization"]
    assert "山西综改示范区" not in names.get("Designation", set())
    assert {("山西综改示范区", Decimal("41"), "家", None), ("中新嘉善现代产业园", Decimal("312"), "亿元", None)} <= stats


def test_where_a_firm_makes_what_and_a_chains_stages():
    _, _, names, triples, _ = run("中国第二重型机械集团有限公司(简称“中国二重”)在德阳建有大型铸锻件生产基地,宏华集团在成都生产陆地石油钻机。"
                                  "高新区形成从海绵钛、钛锭、钛材到钛制品的完整产业链。")
    assert {"海绵钛", "钛锭", "钛材", "钛制品"} <= names["Industry"]
    assert {("中国第二重型机械集团有限公司", "inIndustry", "大型铸锻件"), ("中国第二重型机械集团有限公司", "locatedIn", "德阳市"),
            ("宏华", "inIndustry", "陆地石油钻机"), ("宏华", "locatedIn", "成都市")} <= triples


def test_a_cluster_named_by_its_place_has_it_as_member_unless_a_goal_or_a_class():
    _, _, _, triples, _ = run("清河县羊绒制品产业集群年产值超过百亿元。全力打造长兴县新能源汽车产业集群。长兴县战略性新兴产业集群加快发展。")
    members = {(s, o) for s, p, o in triples if p == "memberOf"}
    assert ("清河县", "清河县羊绒制品产业集群") in members
    assert not any(o in ("长兴县新能源汽车产业集群", "长兴县战略性新兴产业集群") for _, o in members)


@pytest.mark.parametrize(("text", "held"), [
    ("山西省加大对入选企业的服务力度和国家级专精特新“小巨人”企业的支持。", set()),  # 入选企业: the selected firms
    ("长兴县入选全国综合实力百强县,并积极申报国家级专精特新“小巨人”企业。", {("长兴县", "全国综合实力百强县")}),  # applied for
])
def test_a_title_only_mentioned_or_applied_for_is_not_held(text, held):
    _, _, _, triples, _ = run(text)
    assert {(s, o) for s, p, o in triples if p == "hasDesignation"} == held


def test_a_statute_defines_a_trade_by_its_stages_and_names_what_its_firms_develop():
    _, _, names, triples, _ = run("黑龙江省促进乳业高质量发展条例\n\n第二条　本条例所称乳业，包括奶牛养殖、生鲜乳收购、乳制品加工以及乳制品流通、"
                                  "销售等环节。\n\n第十条　本省支持乳品企业发展婴幼儿配方乳粉、奶酪、黄油等高附加值乳制品。\n")
    assert {("奶牛养殖", "partOf", "乳业"), ("生鲜乳收购", "partOf", "乳业"), ("乳制品加工", "partOf", "乳业")} <= triples
    assert "销售" not in names["Industry"]  # 乳制品流通、销售: the bare activity shares 乳制品
    assert {("黑龙江省", "hasPriorityIndustry", x) for x in ("乳业", "婴幼儿配方乳粉", "奶酪", "黄油")} <= triples
    # 是指 followed by features, not parts: no industries
    _, _, names, _, _ = run("本条例所称高新技术产业，是指具有知识密集、技术先进、高成长性等特征的产业。")
    assert not {"技术先进", "高成长性"} & names.get("Industry", set())


def test_an_institutes_short_name_is_an_alias_of_its_full_name():
    _, ext, _, _, _ = run("与中国科学院成都有机化学研究所合作。中科院成都有机所则与本地企业共建实验室。")
    orgs = [(e.label, e.aliases) for e in ext.entities if e.type == "Organization"]
    assert orgs == [("中国科学院成都有机化学研究所", {"中科院成都有机所"})]


def test_a_park_placed_in_a_town_holds_its_own_figure_and_a_ranked_place_the_list_its_clause_names():
    _, _, names, triples, stats = run("目前,镇上已形成葡萄酒、光伏两大特色产业,位于镇区的闽宁产业城已入驻企业62家。\n"
                                      "赛迪顾问发布的报告显示,厦门市思明区入围全国综合实力百强区。此外,晋江市在全国县域经济百强县中继续位列第4位。\n")
    assert "闽宁产业城" in names["Organization"]
    assert ("闽宁产业城", Decimal("62"), "家") in {s[:3] for s in stats}
    assert ("晋江市", "hasDesignation", "全国县域经济百强县") in triples
    assert ("晋江市", "hasDesignation", "全国综合实力百强区") not in triples


def test_a_county_report_holds_its_towns_and_its_emerging_industries_and_each_town_its_specialty():
    _, _, _, triples, _ = run("江阴市2024年经济运行情况\n\n2024年,江阴市实现地区生产总值5000亿元。集成电路、新能源等新兴产业加速壮大。"
                              "江阴市规上工业产值增长5%。其中,周庄镇以化纤和纺织为主导产业,新桥镇以毛纺服装为特色。\n")
    assert {("周庄镇", "locatedIn", "江阴市"), ("新桥镇", "locatedIn", "江阴市"), ("周庄镇", "hasPriorityIndustry", "化纤"),
            ("周庄镇", "hasPriorityIndustry", "纺织"), ("新桥镇", "hasPriorityIndustry", "毛纺服装"),
            ("江阴市", "hasPriorityIndustry", "集成电路"), ("江阴市", "hasPriorityIndustry", "新能源")} <= triples


def test_a_town_after_a_county_whose_firms_go_there_is_not_in_that_county():
    _, ext, _, triples, _ = run("福建省晋江市的纺织服装企业在闽宁镇设立的帮扶车间,带动当地群众就业。")
    assert ("闽宁镇", "locatedIn", "晋江市") not in triples


def test_a_firm_the_sentence_opens_with_leads_its_field_does_its_business_and_holds_its_honours():
    _, _, names, triples, _ = run("欣旺达总部位于深圳,是全球锂离子电池领域的领军企业之一,业务涵盖消费类电池、动力电池、储能系统等领域,"
                                  "先后荣获国家级制造业单项冠军示范企业、国家技术创新示范企业等称号。")
    assert {("欣旺达", "inIndustry", x) for x in ("锂离子电池", "消费类电池", "动力电池", "储能系统")} <= triples
    assert {("欣旺达", "hasDesignation", "国家级制造业单项冠军示范企业"), ("欣旺达", "hasDesignation", "国家技术创新示范企业")} <= triples
    assert not any(p == "hasPriorityIndustry" for _, p, _ in triples)
    assert "领军企业" not in names["Designation"]  # a description of the firm, not a title


def test_the_bodies_of_the_place_in_context_make_an_industry_its_pillar():
    _, _, _, triples, _ = run("遵义市2024年政府工作报告\n\n2023年,遵义市地区生产总值增长5%。遵义市经济稳中向好。"
                              "市委、市政府坚持把白酒产业作为第一支柱产业来抓。\n")
    assert ("遵义市", "hasPriorityIndustry", "白酒产业") in triples or ("遵义市", "hasPriorityIndustry", "白酒") in triples


def test_cooperation_joins_each_firm_of_one_side_of_yu_with_each_of_the_other():
    _, _, _, triples, _ = run("推动凯翼汽车有限公司、宜宾天原集团股份有限公司等本地企业与宁德时代开展配套合作。"
                              "某能源公司已与隆基绿能、晶科能源签订多晶硅长期供货协议。比亚迪、长安汽车共建电池工厂。")
    coop = {(a, b) for a, p, b in triples if p == "cooperatesWith"}
    assert {("凯翼汽车有限公司", "宁德时代"), ("宜宾天原集团股份有限公司", "宁德时代"), ("比亚迪", "长安汽车")} <= coop
    assert ("凯翼汽车有限公司", "宜宾天原集团股份有限公司") not in coop and ("隆基绿能", "晶科能源") not in coop


def test_a_cluster_led_by_or_resting_on_firms_has_them_as_members_in_its_place():
    _, _, _, triples, _ = run("长沙以东的株洲则拥有两个国家级集群：株洲市轨道交通装备集群以中车株洲电力机车有限公司为龙头，2023年产值1580亿元。"
                              "合肥市智能语音集群依托科大讯飞股份有限公司和中国声谷，形成了完整产业链。")
    assert {("中车株洲电力机车有限公司", "memberOf", "株洲市轨道交通装备集群"), ("中车株洲电力机车有限公司", "locatedIn", "株洲市"),
            ("中车株洲电力机车有限公司", "inIndustry", "轨道交通装备"),
            ("科大讯飞股份有限公司", "memberOf", "合肥市智能语音集群")} <= triples
    assert ("中车株洲电力机车有限公司", "locatedIn", "长沙市") not in triples  # 长沙以东: the sentence opens on a neighbour


def test_the_firms_leading_an_industry_work_in_it():
    _, _, _, triples, _ = run("高端装备制造产业以东方电气集团东方汽轮机有限公司为龙头，形成了发电设备等细分领域；绿色食品产业以剑南春集团为龙头。")
    assert {("东方电气集团东方汽轮机有限公司", "inIndustry", "高端装备制造产业"), ("剑南春", "inIndustry", "绿色食品")} <= triples


def test_an_authority_that_approved_a_zone_is_not_the_subject_of_its_figures():
    _, _, _, _, stats = run("德阳经济技术开发区位于四川省德阳市旌阳区，2010年经国务院批准升级为国家级经济技术开发区，规划面积56平方公里。")
    assert {(s, v, u) for s, v, u, _ in stats} == {("德阳经济技术开发区", Decimal("56"), "平方公里")}


def test_a_firms_own_strategy_described_in_a_clause_is_no_policy():
    _, _, names, _, _ = run("本次投资符合公司发展战略。国家实施乡村振兴战略。")
    assert names.get("Policy", set()) == {"乡村振兴战略"}


def test_a_department_whose_head_speaks_is_not_the_subject_of_the_figures_told():
    _, _, _, _, stats = run("盱眙县小龙虾产业链图谱发布\n\n盱眙县农业农村局负责人表示，下一步将重点引进预制菜企业，力争到2025年全产业链产值突破300亿元。\n")
    assert not any(s == "盱眙县农业农村局" for s, _, _, _ in stats), stats


def test_the_products_of_a_chain_stage_are_industries_of_the_text():
    _, _, names, _, _ = run("中游以加工为主，主要产品包括整肢虾、虾仁、调味小龙虾和甲壳素。")
    assert {"整肢虾", "虾仁", "调味小龙虾", "甲壳素"} <= names.get("Industry", set())


def test_a_new_district_the_gazetteer_holds_is_a_region_not_a_body():
    _, _, names, triples, _ = run("滨海新区副区长王芳：滨海新区生物医药产业集聚了诺和诺德、康希诺等企业300余家。")
    assert "滨海新区" in names["Region"] and "滨海新区" not in names.get("Organization", set())
    assert ("滨海新区", "locatedIn", "滨海新区") not in triples


def test_firms_named_for_information_and_software_trades_are_read_as_a_list_of_firms():
    _, _, names, _, _ = run("我市聚集了飞腾信息、曙光信息、中科曙光等龙头企业。")
    assert {"飞腾信息", "曙光信息", "中科曙光"} <= names.get("Firm", set())


def test_a_places_plan_speaks_of_that_place_and_a_cluster_it_aims_at_holds_no_figure():
    text = ("---\ntitle: 常州市“十四五”制造业高质量发展规划（节选）\ndate: 2021-09-15\n---\n\n# 第三章　构建现代产业体系\n\n"
            "以新能源汽车和动力电池为核心，打造新能源之都。到2025年，新能源产业产值突破5000亿元。\n\n"
            "以轨道交通装备和工程机械为重点，培育世界级智能制造装备产业集群。到2025年，智能制造装备产业产值达到3000亿元。\n")
    _, _, _, _, stats = run(text, path="plan.md")
    assert {(s, v, u) for s, v, u, _ in stats} == {("常州市", Decimal("5000"), "亿元"), ("常州市", Decimal("3000"), "亿元")}


def test_a_generic_word_defined_as_a_firms_short_name_is_no_alias():
    _, ext, names, _, _ = run("三一重工股份有限公司（以下简称“公司”）拟投资建设产业园项目。项目实施主体为公司全资子公司湖南三一智能装备有限公司。")
    assert "公司" not in names["Firm"]


def test_a_place_word_means_the_place_of_its_kind_named_earlier_in_the_same_sentence():
    _, _, _, triples, stats = run("在德化县，陶瓷产业集群拥有陶瓷企业3000余家。在安溪县，茶产业是全县的支柱产业，全县茶园面积60万亩。")
    assert ("安溪县", "hasPriorityIndustry", "茶") in triples and ("德化县", "hasPriorityIndustry", "茶") not in triples
    assert ("安溪县", Decimal("60"), "万亩") in {(s, v, u) for s, v, u, _ in stats}


def test_we_and_this_place_words_mean_the_articles_own_place_whatever_else_the_sentence_names():
    _, _, _, _, stats = run("醴陵市2010年政府工作报告\n\n作为株洲市唯一的县级市，我市地区生产总值达到180亿元。\n")
    assert ("醴陵市", Decimal("180"), "亿元") in {(s, v, u) for s, v, u, _ in stats}, stats


def test_a_verb_before_a_cluster_tier_is_no_part_of_it():
    _, _, names, _, _ = run("近年来，福建省各地立足资源禀赋，培育壮大县域特色产业集群。")
    assert names.get("Cluster", set()) == {"县域特色产业集群"}


def test_the_place_a_region_lies_in_is_not_its_neighbour():
    _, _, _, triples, _ = run("锡林郭勒盟位于内蒙古自治区中部，北与蒙古国接壤，是国家重要的能源基地。")
    assert ("锡林郭勒盟", "locatedIn", "内蒙古自治区") in triples
    assert not any(p == "adjacentTo" for _, p, _ in triples)  # the neighbour is a country, which is no entity


def test_firms_tackling_a_problem_together_cooperate():
    _, _, _, triples, _ = run("陕汽集团加快重型卡车电动化转型，与同为西安企业的陕西法士特汽车传动集团有限责任公司在新能源变速器领域开展联合攻关。")
    assert ("陕汽", "cooperatesWith", "陕西法士特汽车传动集团有限责任公司") in triples


def test_figures_zipped_over_the_places_a_city_holds_are_theirs_not_the_citys():
    _, _, _, _, stats = run("芜湖市2023年国民经济和社会发展统计公报\n\n分县市区看，全市所辖无为市、南陵县地区生产总值分别为858.3亿元、416.7亿元，"
                            "分别增长6.4%、5.1%。\n")
    assert {(s[0], s[1]) for s in stats} == {("无为市", Decimal("858.3")), ("南陵县", Decimal("416.7")),
                                             ("无为市", Decimal("6.4")), ("南陵县", Decimal("5.1"))}


def test_a_list_after_yi_wei_is_no_list_of_firms():
    _, _, names, _, _ = run("中小企业特色产业集群是指以中小企业为主体、主导产业聚焦、优势特色突出、协作网络高效的中小企业集聚区。")
    assert not names.get("Firm")


def test_what_a_firms_plant_makes_is_the_firms_industry_and_a_clause_before_a_line_is_no_product():
    _, _, names, triples, _ = run("在天齐锂业射洪基地，技术人员正在调试生产线。其中，天齐锂业射洪基地主要生产碳酸锂、氢氧化锂等基础锂盐。")
    assert {("天齐锂业射洪基地", "partOf", "天齐锂业"), ("天齐锂业", "inIndustry", "碳酸锂"), ("天齐锂业", "inIndustry", "氢氧化锂")} <= triples
    assert "技术人员正在调试" not in names["Industry"]


def test_a_brand_written_inside_one_legal_name_is_that_firm_and_every_pair_of_co_builders_cooperates():
    _, ext, _, triples, _ = run("重庆长安汽车股份有限公司位于重庆。阿维塔科技(重庆)有限公司由长安汽车、华为和宁德时代共同打造。")
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert "长安汽车" in firms["重庆长安汽车股份有限公司"] and "长安汽车" not in firms
    coop = {frozenset((a, b)) for a, p, b in triples if p == "cooperatesWith"}
    assert {frozenset(("重庆长安汽车股份有限公司", "华为")), frozenset(("重庆长安汽车股份有限公司", "宁德时代")),
            frozenset(("华为", "宁德时代"))} <= coop


def test_a_firm_named_for_an_industry_the_text_names_is_in_it_but_not_for_a_wide_field():
    _, _, names, triples, _ = run("东方电气集团旗下东方汽轮机有限公司主要生产汽轮机。宁德时代新能源科技股份有限公司布局新能源产业。"
                                  "江苏国茂减速机股份有限公司在长垣投资建设减速机产业项目。")
    assert ("东方汽轮机有限公司", "inIndustry", "汽轮机") in triples
    assert ("江苏国茂减速机股份有限公司", "inIndustry", "减速机") in triples
    assert "投资建设减速机" not in names["Industry"]  # the verbs before the industry are no part of it
    assert ("宁德时代新能源科技股份有限公司", "inIndustry", "新能源") not in triples


def test_clusters_after_a_paragraph_reads_the_list_are_the_tier_the_text_named_before():
    _, _, _, triples, _ = run("2023年10月,工业和信息化部公示了2023年度中小企业特色产业集群名单,100个集群入选。\n\n"
                              "从入选名单看,不少集群已具有相当规模。河北省邢台市清河县羊绒制品产业集群拥有企业1800余家。"
                              "江苏省泰州市兴化市不锈钢制品产业集群集聚企业620家。\n")
    assert {("河北省邢台市清河县羊绒制品产业集群", "memberOf", "中小企业特色产业集群"),
            ("江苏省泰州市兴化市不锈钢制品产业集群", "memberOf", "中小企业特色产业集群")} <= triples


def test_the_whole_province_a_class_names_is_the_one_the_title_opens_with():
    _, _, _, triples, _ = run("山东新增187家国家级专精特新“小巨人”企业\n\n从产业领域看,入选企业主要集中在高端装备、新材料、高端化工和医养健康等"
                              "全省重点产业领域。\n")
    assert {("山东省", "hasPriorityIndustry", x) for x in ("高端装备", "新材料", "高端化工", "医养健康")} <= triples


def test_the_supporting_projects_a_place_brings_in_are_its_industries():
    _, _, _, triples, _ = run("围绕链主需求，长垣市先后引进减速机、电机、钢丝绳、电控系统等配套项目27个。\n")
    assert {("长垣市", "hasPriorityIndustry", x) for x in ("减速机", "电机", "钢丝绳", "电控系统")} <= triples


def test_what_a_place_is_to_develop_is_an_industry_without_a_cue_word_after_it():
    _, _, names, triples, _ = run("海西州重点发展钾肥、碳酸锂、金属镁等盐化工产品。支持通化市、白山市发展冰雪运动服装和户外用品。"
                                  "个旧还大力发展以蔬菜、水果为主的高原特色农业和以锡文化为主题的文化旅游。\n")
    assert {("海西蒙古族藏族自治州", "hasPriorityIndustry", x) for x in ("钾肥", "碳酸锂", "金属镁", "盐化工")} <= triples
    assert {(x, "partOf", "盐化工") for x in ("钾肥", "碳酸锂", "金属镁")} <= triples
    assert {(p, "hasPriorityIndustry", x) for p in ("通化市", "白山市") for x in ("冰雪运动服装", "户外用品")} <= triples
    assert {("个旧市", "hasPriorityIndustry", x) for x in ("高原特色农业", "文化旅游")} <= triples


def test_a_clause_that_opens_on_develop_goes_on_from_the_places_of_the_clause_before():
    _, _, names, triples, _ = run("支持合肥、芜湖打造低空经济核心区，重点发展电动垂直起降航空器（eVTOL）、工业级无人机和通用航空器整机制造。\n")
    assert {(p, "hasPriorityIndustry", x) for p in ("合肥市", "芜湖市") for x in ("电动垂直起降航空器", "工业级无人机", "通用航空器")} <= triples
    assert "eVTOL" in names["Industry"] and "通用航空器整机制造" not in names["Industry"]


def test_develop_before_a_clause_a_class_or_firms_reads_no_industry():
    _, _, names, _, _ = run("安徽发展低空经济具有良好基础。鼓励中西部地区发展特色产业。提升集群协同发展能级。"
                            "重点发展宁德时代、比亚迪等龙头企业。\n")
    assert not {"低空经济具有良好基础", "特色产业", "能级", "宁德时代"} & names.get("Industry", set())


def test_a_salt_lake_is_no_place_but_a_mountain_city_listed_with_places_is():
    _, _, names, triples, _ = run("海西州重点发展钾肥、碳酸锂等盐湖化工产品。支持六安、安庆、黄山等地发展低空文旅。游客登上黄山。\n")
    assert "盐湖" not in names["Region"] and "盐湖化工" in names["Industry"]
    assert ("黄山市", "hasPriorityIndustry", "低空文旅") in triples
    _, _, names, _, _ = run("游客登上黄山。\n")
    assert "黄山" not in names.get("Region", set())


def test_the_stages_of_a_dashed_chain_are_the_places_industries():
    _, _, _, triples, _ = run("经过多年发展，平果已形成“铝土矿—氧化铝—电解铝—铝精深加工”完整产业链。\n")
    assert {("平果市", "hasPriorityIndustry", x) for x in ("铝土矿", "氧化铝", "电解铝", "铝精深加工")} <= triples


def test_what_a_firm_concentrates_on_building_is_its_industry_and_that_name_again_is_no_shorter_industry():
    _, _, names, triples, _ = run("南通中远海运川崎船舶工程有限公司专注汽车运输船和大型集装箱船建造，去年新签汽车运输船订单12艘。"
                                  "德邦科技股份有限公司专注高端电子封装材料。\n")
    assert {("南通中远海运川崎船舶工程有限公司", "inIndustry", x) for x in ("汽车运输船", "大型集装箱船")} <= triples
    assert "汽车" not in names["Industry"]
    assert ("德邦科技股份有限公司", "inIndustry", "电子封装材料") in triples


def test_what_a_firms_project_makes_and_the_products_it_sells_are_its_industries():
    _, _, _, triples, _ = run("其控股子公司云南锡业股份有限公司在个旧特色工业园区建设的锡化工及锡材深加工项目已于去年底投产，"
                              "锡焊料、锡基合金等产品远销欧美和东南亚。五矿盐湖有限公司在大柴旦行委建设的一里坪锂资源开发项目稳定运行。\n")
    assert {("云南锡业股份有限公司", "inIndustry", x) for x in ("锡化工", "锡材深加工", "锡焊料", "锡基合金")} <= triples
    assert not any(s == "五矿盐湖有限公司" and p == "inIndustry" for s, p, _ in triples)


def test_the_level_of_a_list_the_reference_data_does_not_hold_is_part_of_its_name():
    _, _, names, triples, _ = run("确定金川集团股份有限公司等10家企业为2021年度甘肃省绿色工厂。"
                                  "其中,金川集团股份有限公司、白银有色集团股份有限公司已于2020年入选国家级绿色工厂。"
                                  "山西钢科碳材料有限公司入选省级专精特新中小企业。\n")
    assert {"甘肃省绿色工厂", "国家级绿色工厂"} <= names["Designation"]
    _, _, names, _, _ = run("南宁市企业入选广西壮族自治区绿色工厂。\n")
    assert "广西壮族自治区绿色工厂" in names["Designation"]  # any province the gazetteer knows, autonomous regions too
    assert ("白银有色集团股份有限公司", "hasDesignation", "国家级绿色工厂") in triples
    assert ("山西钢科碳材料有限公司", "hasDesignation", "专精特新中小企业") in triples


def test_a_quoted_cluster_named_by_a_list_of_cities_is_one_cluster_its_bracketed_short_name_and_deadweight_tonnes():
    _, _, names, triples, stats = run("由三市共同培育的“南通市、泰州市、扬州市海工装备和高技术船舶集群”(通泰扬集群),"
                                      "2022年11月获工业和信息化部列入国家先进制造业集群名单。"
                                      "据江苏省工业和信息化厅统计,2023年通泰扬集群造船完工量1580万载重吨。\n")
    name = "南通市、泰州市、扬州市海工装备和高技术船舶集群"
    assert {(c, "memberOf", name) for c in ("南通市", "泰州市", "扬州市")} <= triples
    assert {(c, "hasPriorityIndustry", "高技术船舶") for c in ("南通市", "泰州市", "扬州市")} <= triples
    assert "泰州市" not in names["Industry"] and "通泰扬集群" in names["Cluster"]
    assert (name, Decimal("1580"), "万载重吨", "2023") in stats


def test_the_kind_of_industry_after_a_developed_list_is_no_industry():
    _, _, names, triples, _ = run("重点发展纺织、服装等传统优势产业。东阳市重点发展钢琴、吉他等乐器产品。\n")
    assert not {"传统优势", "传统优势产业"} & names["Industry"]
    assert {("钢琴", "partOf", "乐器"), ("东阳市", "hasPriorityIndustry", "钢琴")} <= triples


def test_a_level_a_goal_verb_or_a_grade_of_processing_is_no_part_of_an_industrys_name():
    _, _, names, _, _ = run("全省累计培育省级制造业单项冠军企业186个。2025年，海西州力争盐湖产业总产值突破700亿元！"
                            "力争把园区打造成为全省重要的有色金属精深加工基地。\n")
    assert {"盐湖产业", "有色金属"} <= names["Industry"]
    assert not {"省级制造业", "力争盐湖", "有色金属精深"} & names["Industry"]


def test_a_grade_named_by_an_industry_is_part_of_the_product_and_a_firms_capacity_names_its_industry():
    _, _, names, triples, _ = run("盐湖股份与比亚迪股份有限公司合资组建的青海盐湖比亚迪资源开发有限公司,电池级碳酸锂年产能达到3万吨。\n")
    assert "电池级碳酸锂" in names["Industry"] and "电池" not in names["Industry"]
    assert ("青海盐湖比亚迪资源开发有限公司", "inIndustry", "电池级碳酸锂") in triples


def test_a_firm_of_a_cluster_named_for_an_industry_is_in_it():
    _, _, _, triples, _ = run("在内蒙古，包头把稀土新材料作为首位产业，包头市稀土新材料集群依托白云鄂博稀土资源，"
                              "集聚了北方稀土、金力永磁、天和磁材等一批骨干企业。\n")
    assert {(f, "inIndustry", "稀土新材料") for f in ("北方稀土", "金力永磁", "天和磁材")} <= triples


def test_what_a_firm_supplies_its_capacity_at_a_place_and_its_lines_of_business_are_its_industries():
    _, _, names, triples, _ = run("包括山东天岳先进科技股份有限公司（688234）等。其中，天岳先进总部位于济南，是国内碳化硅半导体衬底材料的主要供应商。"
                                  "中游环节，新特能源股份有限公司在石河子的多晶硅年产能达到20.5万吨。"
                                  "下游环节，特变电工股份有限公司的光伏逆变器、新能源电站建设运营业务持续扩张。\n")
    assert "天岳先进" in names["Firm"]
    assert {("山东天岳先进科技股份有限公司", "inIndustry", "碳化硅半导体衬底材料"), ("新特能源股份有限公司", "inIndustry", "多晶硅"),
            ("特变电工股份有限公司", "inIndustry", "光伏逆变器"), ("特变电工股份有限公司", "inIndustry", "新能源电站建设运营")} <= triples


def test_a_counted_class_after_为_ends_the_list_before_it():
    _, _, names, triples, _ = run("响水县以化工、纺织、机械为三大支柱产业。\n")
    assert "机械为" not in names["Industry"]
    assert {("响水县", "hasPriorityIndustry", x) for x in ("化工", "纺织", "机械")} <= triples


def test_titles_listed_after_the_verb_that_awards_them_and_a_product_jieba_reads_as_an_adverb():
    _, _, names, triples, _ = run("浙江省金华市东阳市南马镇花园村，盛产红木家具。花园村还获评全国文明村、中国美丽休闲乡村。"
                                  "村里的浙江花园红木家具有限公司是当地龙头企业，主要生产仿古红木家具和工艺品。"
                                  "欣旺达电子股份有限公司荣获国家技术创新示范企业等称号。\n")
    assert {("花园村", "hasDesignation", x) for x in ("全国文明村", "中国美丽休闲乡村")} <= triples
    assert {("浙江花园红木家具有限公司", "inIndustry", x) for x in ("仿古红木家具", "工艺品")} <= triples
    assert "国家技术创新示范企业等称号" not in names["Designation"]


def test_a_cluster_named_again_with_fewer_place_names_is_the_same_cluster():
    _, ext, _, _, stats = run("其中，宁波市慈溪市小家电产业集群、温州市乐清市电气产业集群等榜上有名。"
                              "据统计，慈溪小家电产业集群2023年实现产值1200亿元。\n")
    clusters = {e.label: e.aliases for e in ext.entities if e.type == "Cluster"}
    assert "慈溪小家电产业集群" in clusters["宁波市慈溪市小家电产业集群"]
    assert ("宁波市慈溪市小家电产业集群", Decimal("1200"), "亿元", "2023") in stats


def test_a_conjunction_before_a_countys_bodies_is_no_county_named_he():
    _, _, names, _, _ = run("市发改委和县商务局配合做好相关工作。\n")
    assert "和县" not in names.get("Region", set())
    _, _, names, _, _ = run("安徽省马鞍山市和县工业园区。\n")
    assert "和县" in names["Region"]


def test_the_green_manufacturing_titles_and_a_counted_kind_after_a_developed_list():
    _, _, names, _, _ = run("宁乡经济技术开发区获批国家级绿色园区。我们坚持工业强市战略，"
                            "大力发展先进储能材料、智能装备制造、绿色食品三大主导产业。\n")
    assert "国家级绿色园区" in names["Designation"] and "国家级绿色园区" not in names.get("Organization", set())
    assert {"先进储能材料", "智能装备制造", "绿色食品"} <= names["Industry"]
    assert not any("三大" in n for n in names["Industry"])


def test_a_plant_named_with_its_firms_legal_name_is_the_plant_the_short_name_writes_and_the_firm_is_one():
    _, ext, _, triples, stats = run("比亚迪合肥基地二期项目投产\n\n5月18日，比亚迪股份有限公司合肥基地二期项目正式投产，总投资200亿元。"
                                    "比亚迪与合肥市政府签署战略合作协议。\n")
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert set(firms) == {"比亚迪合肥基地", "比亚迪股份有限公司"}
    assert "比亚迪股份有限公司合肥基地" in firms["比亚迪合肥基地"]
    assert ("比亚迪合肥基地", "partOf", "比亚迪股份有限公司") in triples
    assert ("比亚迪合肥基地", Decimal("200"), "亿元", None) in stats


def test_capacity_keeps_its_last_character_in_the_indicator():
    _, ext, _, _, _ = run("比亚迪股份有限公司新增新能源汽车产能30万辆，年产能达到60万辆。\n")
    assert {o.indicator for o in ext.observations} == {"新增新能源汽车产能", "年产能"}


def test_what_villagers_make_is_the_villages_and_a_product_read_is_its_产业_form():
    _, ext, _, triples, _ = run("湖北省孝感市應城市東馬坊街道團結村，盛產石膏，村民靠生產粉筆致富。"
                                "石膏產業是該市的支柱產業。\n")
    industries = {e.label: e.aliases for e in ext.entities if e.type == "Industry"}
    assert "石膏产业" in industries["石膏"] and "石膏产业" not in industries
    assert {("团结村", "hasPriorityIndustry", "粉笔"), ("团结村", "hasPriorityIndustry", "石膏")} <= triples


def test_a_park_named_again_with_its_place_written_shorter_is_the_same_park():
    _, ext, _, _, stats = run("2019年3月21日，位於江蘇省鹽城市響水縣生態化工園區的天嘉宜化工有限公司發生爆炸事故。"
                              "響水生態化工園區共有化工企業56家。\n")
    orgs = {e.label: e.aliases for e in ext.entities if e.type == "Organization"}
    assert orgs == {"响水县生态化工园区": {"响水生态化工园区"}}
    assert ("响水县生态化工园区", Decimal("56"), "家", "2019-03") in stats


def test_ministries_their_short_forms_and_every_issuer_of_a_long_list():
    _, ext, names, triples, stats = run("2024年3月，工业和信息化部、科学技术部、财政部、中国民用航空局四部门联合印发"
                                        "《通用航空装备创新应用实施方案（2024—2030年）》。重庆市经信委、国务院、中央军委牵头。"
                                        "其中，对首次取得中国民航局型号合格证的整机企业，给予最高2000万元奖励。\n")
    title = "通用航空装备创新应用实施方案(2024—2030年)"
    assert {(title, "issuedBy", o) for o in ("工业和信息化部", "科学技术部", "财政部", "中国民用航空局")} <= triples
    orgs = {e.label: e.aliases for e in ext.entities if e.type == "Organization"}
    assert "中国民航局" in orgs["中国民用航空局"] and "中央军委" in orgs["中央军事委员会"]
    assert "重庆市经信委" in orgs["重庆市经济和信息化委员会"]
    assert not any(s == "中国民用航空局" for s, *_ in stats)


def test_a_notice_signed_at_its_foot_is_issued_by_the_signer_and_every_bureau_is_no_bureau():
    text = ("---\ntitle: 关于公布2024年度湖北省专精特新中小企业名单的通知\ndate: 2024-08-12\n---\n\n"
            "# 关于公布2024年度湖北省专精特新中小企业名单的通知\n\n各市、州、直管市、神农架林区经信局：\n\n"
            "经企业申报、专家评审，确定武汉光谷信息技术股份有限公司等1200家企业为2024年度湖北省专精特新中小企业，现予公布。\n\n"
            "湖北省经济和信息化厅\n2024年8月12日\n")
    _, _, names, triples, _ = run(text, path="notice.md")
    assert ("关于公布2024年度湖北省专精特新中小企业名单的通知", "issuedBy", "湖北省经济和信息化厅") in triples
    assert "神农架林区经信局" not in names["Organization"]


def test_a_clusters_firms_are_in_the_industry_its_name_gives_though_the_text_names_it_nowhere_else():
    _, _, _, triples, _ = run("株洲市轨道交通装备产业集群是首批国家先进制造业集群之一，集聚了中车株洲电机有限公司、"
                              "株洲中车时代电气股份有限公司等规上企业400余家。\n")
    assert {(f, "inIndustry", "轨道交通装备") for f in ("中车株洲电机有限公司", "株洲中车时代电气股份有限公司")} <= triples


def test_a_list_a_plan_turns_around_with_its_kind_and_what_a_firm_develops_at_a_place():
    _, _, names, triples, _ = run("吉林省围绕造雪机、压雪车、索道等场地装备开展招商引资和技术攻关，"
                                  "支持中国第一汽车集团有限公司在长春研发雪地车和冰雪旅游专用车辆。"
                                  "支持中电科芜湖钻石飞机制造有限公司扩建通用航空器生产线。围绕汽车、电子等产业链开展招商。\n")
    assert {(x, "partOf", "场地装备") for x in ("造雪机", "压雪车", "索道")} <= triples
    assert {("中国第一汽车集团有限公司", "inIndustry", x) for x in ("雪地车", "冰雪旅游专用车辆")} <= triples
    assert "中电科芜湖钻石飞机制造有限公司" in names["Firm"]
    assert not any(p == "partOf" and o.startswith("产业链") for _, p, o in triples)


def test_a_stock_short_name_is_the_company_limited_by_shares_it_opens():
    _, ext, _, triples, _ = run("青海盐湖工业股份有限公司是全国最大的钾肥生产企业。盐湖股份与比亚迪股份有限公司合资组建的"
                                "青海盐湖比亚迪资源开发有限公司投产。\n")
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert "盐湖股份" in firms["青海盐湖工业股份有限公司"] and "盐湖股份" not in firms
    assert ("青海盐湖工业股份有限公司", "cooperatesWith", "比亚迪股份有限公司") in triples


def test_one_character_trades_listed_titles_and_the_place_a_titled_cluster_is_named_for():
    _, ext, names, triples, _ = run("可以说，铝产业是平果的立市之本。2008年，个旧被国务院列入首批资源枯竭型城市。"
                                    "黄海：百色市是国家生态型铝产业示范基地。"
                                    "河南省许昌市长葛市再生金属产业集群年回收加工再生金属300万吨，被评为国家“城市矿产”示范基地。\n")
    assert "铝" in names["Industry"] and "生态型铝" not in names["Industry"]
    assert {("个旧市", "hasDesignation", "资源枯竭型城市"), ("百色市", "hasDesignation", "国家生态型铝产业示范基地"),
            ("长葛市", "hasDesignation", "国家“城市矿产”示范基地")} <= triples
    assert "河南省许昌市长葛市再生金属产业集群" in names["Cluster"]


def test_a_statistical_bulletin_speaks_for_its_place_and_its_year():
    _, _, _, triples, stats = run("2023年宜兴市国民经济和社会发展统计公报\n\n宜兴市统计局 2024年3月\n\n"
                                  "初步核算，全年实现地区生产总值2350.6亿元，比上年增长5.8%。"
                                  "全年规模以上工业企业实现产值4120亿元，其中，电线电缆、环保装备、陶瓷等特色产业产值分别为1050亿元、420亿元和180亿元。\n")
    assert ("宜兴市", Decimal("2350.6"), "亿元", "2023") in stats
    assert {("宜兴市", "hasPriorityIndustry", x) for x in ("电线电缆", "环保装备", "陶瓷")} <= triples


def test_a_macro_regions_地区_opens_no_clusters_name():
    _, _, names, _, _ = run("中部地区先进制造业集群发展观察\n\n截至目前，中部六省共有国家先进制造业集群11个。\n")
    assert "地区先进制造业集群" not in names["Cluster"] and "中部地区" in names["Region"]


def test_a_places_specialty_industries_are_a_kind_and_one_item_before_the_kind_is_an_industry():
    _, _, names, triples, _ = run("西藏高原特色产业蓬勃发展\n\n近年来，西藏自治区大力发展高原特色农牧业等特色产业。\n")
    assert not {"西藏高原特色", "高原特色", "高原特色产业"} & names.get("Industry", set())
    assert ("西藏自治区", "hasPriorityIndustry", "高原特色农牧业") in triples


def test_a_statute_for_a_one_character_trade_names_it_after_its_place():
    _, _, _, triples, _ = run("# 云南省茶产业发展条例\n\n第二条 本条例所称茶产业，包括茶树种植、茶叶加工等。\n", path="statute.md")
    assert {("云南省", "hasPriorityIndustry", "茶"), ("茶树种植", "partOf", "茶")} <= triples


def test_a_trades_association_named_by_a_common_word_is_no_body_but_a_products_is():
    _, _, names, _, _ = run("茶叶行业协会应当规范行业行为。鼓励惠明茶行业协会等社会团体制定标准。佛山医疗器械行业协会签约。\n")
    assert "茶叶行业协会" not in names["Organization"]
    assert {"惠明茶行业协会", "佛山医疗器械行业协会"} <= names["Organization"]


def test_a_place_opening_a_clause_with_its_named_trade_develops_it():
    _, _, _, triples, _ = run("2023年，德化县陶瓷产业实现产值505亿元。全县战略性新兴产业发展步入快车道。\n")
    assert ("德化县", "hasPriorityIndustry", "陶瓷") in triples  # 陶瓷产业, labelled by its trade
    assert not any(o == "战略性新兴产业" for _, p, o in triples if p == "hasPriorityIndustry")


def test_a_strategic_agreement_names_no_strategy_and_its_signers_cooperate():
    _, _, names, triples, _ = run("正泰电器股份有限公司与华为技术有限公司签署战略合作协议，双方将在智能配电领域开展合作。\n")
    assert not names.get("Policy") and "华为技术有限公司" in names["Firm"]
    assert ("正泰电器股份有限公司", "cooperatesWith", "华为技术有限公司") in triples


def test_a_known_brand_places_nothing_a_firms_annual_project_is_its_trade_and_a_base_of_a_trade_develops_it():
    _, _, _, triples, _ = run("3月15日，总投资50亿元的宁德时代新能源科技股份有限公司年产20GWh储能电池项目签约落户江西省宜春市宜丰县。"
                              "宜丰县是江西省锂电新能源产业的重要基地。\n")
    assert not any(s.startswith("宁德时代") and o == "宁德市" for s, p, o in triples)
    assert {("宁德时代新能源科技股份有限公司", "inIndustry", "储能电池"), ("宜丰县", "hasPriorityIndustry", "锂电新能源")} <= triples


def test_places_among_the_first_of_a_ranking_hold_its_list():
    _, _, _, triples, _ = run("2024赛迪百强县榜单发布\n\n其中，昆山市、江阴市、张家港市分列前三名。浙江省慈溪市、义乌市也进入前十。\n")
    assert {(p, "hasDesignation", "百强县") for p in ("昆山市", "江阴市", "张家港市", "慈溪市", "义乌市")} <= triples


def test_a_metropolitan_area_named_after_its_province_and_city_is_read_without_the_province():
    # a province-led address before 都市圈 once raised a NameError (a loop edit meant for clusters reached this one)
    _, _, names, _, _ = run("江苏省苏州市都市圈加快建设。\n")
    assert {"江苏省", "苏州市都市圈"} <= names["Region"]


def test_a_dashed_cluster_list_splits_on_its_commas_only():
    # 和 inside a place's name (和田) once split the item (a replace meant for titles reached the cluster list)
    _, _, names, _, _ = run("深圳—和田、北京—上海集群入选全球科技集群。\n")
    assert {"深圳—和田", "北京—上海集群"} <= names["Cluster"] and "田" not in names["Cluster"]


def test_a_firm_after_its_class_is_named_without_it_makes_what_the_class_says_and_cooperates_across_a_comma():
    _, _, names, triples, stats = run(
        "龙头企业山西天宝集团有限公司全年实现销售收入18.6亿元,与省城太原的风电整机制造商太原重工股份有限公司签订风电法兰长期供货协议,"
        "风电法兰国内市场占有率保持在三成左右。\n")
    assert "太原重工股份有限公司" in names["Firm"] and not any(n.startswith("风电整机") for n in names["Firm"])
    assert {("太原重工股份有限公司", "inIndustry", "风电整机"),
            ("山西天宝集团有限公司", "cooperatesWith", "太原重工股份有限公司")} <= triples
    assert not any(p == "hasPriorityIndustry" for _, p, _ in triples)  # a maker in 太原 is not 太原's priority
    assert {s for s, v, u, _ in stats if u == "成"} == {"山西天宝集团有限公司"}  # the partner is not the share's subject


def test_a_town_after_a_verb_of_place_a_quoted_nickname_after_a_place_and_no_industry_from_a_pilot_base_or_a_verb():
    _, _, names, triples, _ = run("定襄县位于山西省忻州市。依托河边镇民俗文化,全县大力发展文化旅游产业。"
                                  "定襄“中国法兰之乡”的品牌影响力持续扩大,我县正在积极申报国家新型工业化产业示范基地。\n")
    assert "河边镇" in names["Region"] and ("定襄县", "hasDesignation", "中国法兰之乡") in triples
    assert "文化旅游" in names["Industry"] and not {"力发展文化旅游", "新型工业化"} & names["Industry"]


STATUTE = ("海南自由贸易港游艇产业促进条例\n\n第一条 为了促进海南自由贸易港游艇产业高质量发展,规范游艇产业相关活动,制定本条例。\n\n"
           "第三条 省人民政府应当加强对游艇产业发展的领导,编制全省游艇产业发展规划,建立游艇产业发展工作协调机制。\n\n"
           "第六条 支持三亚市、万宁市发展游艇旅游、游艇会展等服务业态,支持儋州市依托洋浦经济开发区发展游艇制造和游艇维修保养。\n\n"
           "第七条 本省鼓励发展游艇配套产业,重点发展游艇发动机、船用电子设备等配套产品。\n\n"
           "第九条 从事游艇制造的企业符合海南自由贸易港鼓励类产业目录的,其企业所得税按照百分之十五的税率征收。\n\n"
           "第十一条 开发海上观光、海钓等游艇旅游产品。\n")


def test_a_statute_on_one_industry_its_free_trade_port_plan_catalogue_and_supported_places():
    _, _, names, triples, stats = run(STATUTE)
    assert "海南自由贸易港" in names["Region"] and "游艇产业" in names["Industry"]
    assert not {"自由贸易港游艇", "规范游艇", "服务业态", "配套", "鼓励类", "开发海上观光"} & names["Industry"]
    assert "海南自由贸易港鼓励类产业目录" in names["Policy"]
    assert {("游艇产业发展规划", "issuedBy", "海南省人民政府"), ("儋州市", "hasPriorityIndustry", "游艇制造"),
            ("儋州市", "hasPriorityIndustry", "游艇维修保养"), ("洋浦经济开发区", "locatedIn", "儋州市"),
            ("游艇发动机", "partOf", "游艇配套"), ("三亚市", "hasPriorityIndustry", "游艇会展")} <= triples
    # a statute's figures are its own parameters, not the catalogue's its clause cites
    assert {(s, v) for s, v, u, _ in stats if u == "%"} == {("海南自由贸易港游艇产业促进条例", Decimal(15))}


def test_a_supported_place_develops_only_when_the_place_itself_is_supported():
    _, _, _, triples, _ = run("支持吉林市北大湖滑雪度假区发展滑雪装备租赁、维修和检测服务。\n")
    assert not any(p == "hasPriorityIndustry" and s == "吉林市" for s, p, _ in triples)


def test_a_zone_group_firm_and_place_tier_named_short_are_the_same_and_a_clause_of_industries_goes_on_from_its_place():
    _, ext, names, triples, _ = run(
        "今年1—7月,重庆长寿经济技术开发区实现工业总产值486.3亿元。长寿经开区位于重庆市长寿区。\n\n"
        "长寿区坚持把化工新材料作为首位产业,重点发展聚氨酯、醋酸及其衍生物等产品,同时做强钢铁冶金和装备制造两大产业。\n\n"
        "中国石化集团重庆川维化工有限公司形成聚乙烯醇产品体系;重庆钢铁股份有限公司环保搬迁后钢材年产能达到840万吨。"
        "今年6月,川维化工与扬子江乙酰化工签订合成气长期供应协议。\n\n"
        "8月19日,记者从长寿区经济信息委获悉,市经济信息委公布首批重庆市千亿级产业集群培育名单,长寿化工新材料产业集群名列其中。\n")
    orgs = {e.label: e.aliases for e in ext.entities if e.type == "Organization"}
    assert "长寿经开区" in orgs["重庆长寿经济技术开发区"] and "长寿区经济信息委" in orgs
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert "川维化工" in firms["中国石化集团重庆川维化工有限公司"] and "川维化工" not in firms
    assert {("长寿区", "hasPriorityIndustry", "钢铁冶金"), ("长寿区", "hasPriorityIndustry", "装备制造"),
            ("重庆钢铁股份有限公司", "inIndustry", "钢材"),
            ("长寿化工新材料产业集群", "memberOf", "重庆市千亿级产业集群")} <= triples
    assert not {"其衍生物", "千亿级", "经开区化工新材料"} & names["Industry"]
    assert ("重庆市", "memberOf", "重庆市千亿级产业集群") not in triples  # a place's own tier holds clusters, not the place


def test_counted_provinces_lie_in_their_macro_region_and_a_clause_or_a_verb_opens_no_cluster():
    _, _, names, triples, _ = run("5月27日,中共中央政治局召开会议。对于中部六省——山西、安徽、江西、河南、湖北、湖南而言,集群是关键抓手。"
                                  "长沙以东的株洲则拥有两个国家级集群:株洲市轨道交通装备集群以中车株洲电力机车有限公司为龙头。"
                                  "同时用好中小企业特色产业集群这一“毛细血管”。长沙市工程机械集群拥有三一重工、中联重科等整机企业。\n")
    assert {(p, "locatedIn", "中部地区") for p in ("山西省", "安徽省", "江西省", "河南省", "湖北省", "湖南省")} <= triples
    assert "中共中央政治局" in names["Organization"] and "中小企业特色产业集群" in names["Cluster"]
    assert not {"株洲则拥有两个国家级集群", "好中小企业特色产业集群"} & names["Cluster"] and "整机" not in names["Industry"]


def test_a_figure_zipped_onto_the_country_is_dropped_not_a_crash():
    # the country in a 分别 list once became an observation's subject, and writing the graph raised a KeyError
    _, ext, _, _, stats = run("贵州省、全国规划服务器规模分别为100万台和500万台。\n")
    assert {(s, v) for s, v, u, _ in stats} == {("贵州省", Decimal(100))}
    assert all(o.subject_type != "national" for o in ext.observations)


def test_a_firms_institute_is_its_own_organization_part_of_the_firm_and_placed():
    _, _, names, triples, _ = run("吉利研究院位于杭州湾。投产当天,正泰集团研究院总部位于杭州市,现有研发人员1100余人。\n")
    assert {"吉利研究院", "正泰集团研究院"} <= names["Organization"] and {"吉利", "正泰集团"} <= names["Firm"]
    assert {("吉利研究院", "partOf", "吉利"), ("正泰集团研究院", "partOf", "正泰集团"),
            ("正泰集团研究院", "locatedIn", "杭州市")} <= triples  # not 泰集团研究院: the tagger reads 正 as an adverb


def test_a_short_name_joins_the_legal_name_that_writes_it_when_a_well_known_name_opens_two():
    _, ext, _, _, _ = run("浙江正泰电器股份有限公司在柳市镇投产。正泰电器签约。正泰新能科技股份有限公司在海宁市建有生产基地。\n")
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert "正泰电器" in firms["浙江正泰电器股份有限公司"] and "正泰电器" not in firms["正泰新能科技股份有限公司"]


def test_a_firms_base_built_in_a_district_places_the_firm_not_the_districts_priority_and_keeps_two_trades_apart():
    _, ext, names, triples, _ = run("据介绍,新工厂生产效率较传统产线提高45%。此前,正泰电器已在上海市松江区建成低压电器智能制造基地,"
                                    "其控股子公司正泰新能科技股份有限公司在海宁市建有光伏电池组件生产基地。比亚迪股份有限公司在合肥。"
                                    "比亚迪汽车在合肥投产。\n")
    assert {("正泰电器", "locatedIn", "松江区"), ("正泰电器", "inIndustry", "低压电器"),
            ("正泰新能科技股份有限公司", "locatedIn", "海宁市")} <= triples
    assert not any(s == "松江区" and p == "hasPriorityIndustry" for s, p, _ in triples)
    assert not {"低压电器智能", "生产效率较传统"} & names["Industry"]
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert "正泰电器" in firms and "比亚迪汽车" in firms["比亚迪股份有限公司"]  # 电器 is not 新能科技; 汽车 adds to no trade


def test_a_quoted_title_awarded_a_foreign_partner_and_the_products_of_counted_lines_and_of_a_firms_main_business():
    _, _, names, triples, _ = run(
        "新兴县位于云浮市。2010年,中国五金制品协会授予新兴县“中国不锈钢餐厨具之乡”称号。\n\n"
        "龙头企业广东凌丰集团股份有限公司拥有不锈钢锅具、刀叉餐具等多条生产线,并与德国双立人公司签订了贴牌生产合作协议。\n\n"
        "广东温氏食品集团有限公司如今已发展成为以肉鸡、肉猪养殖为主的大型畜牧企业。重点发展聚氨酯、醋酸及其衍生物等产品。\n")
    assert "中国不锈钢餐厨具之乡" in names["Designation"] and ("新兴县", "hasDesignation", "中国不锈钢餐厨具之乡") in triples
    assert {("广东凌丰集团股份有限公司", "inIndustry", "不锈钢锅具"), ("广东凌丰集团股份有限公司", "inIndustry", "刀叉餐具"),
            ("广东温氏食品集团有限公司", "inIndustry", "肉鸡"), ("广东温氏食品集团有限公司", "inIndustry", "肉猪")} <= triples
    assert not any(s == "双立人公司" and p == "locatedIn" for s, p, _ in triples)  # 德国: nothing places it in 新兴县
    assert "其衍生物" not in names["Industry"]


def test_a_plans_place_develops_its_list_a_firm_develops_its_own_and_a_regions_main_producers_and_numbered_brands():
    _, ext, names, triples, stats = run(
        "西藏高原特色产业提速\n\n2021-08-23 本报记者 拉萨报道\n\n"
        "今年1月,《西藏自治区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要》提出,重点发展高原生物、文化旅游、边贸物流七大产业。\n\n"
        "在拉萨市当雄县,西藏水资源有限公司(01115)旗下西藏5100冰川矿泉水有限公司的新生产线已于6月投产。\n\n"
        "位于拉萨的西藏甘露藏药股份有限公司则重点发展藏药新药研发和藏药材种植。\n\n"
        "此外,日喀则市、山南市是全区青稞主产区。今年上半年,全区天然饮用水产量达到42.6万吨。\n")
    assert {("西藏自治区", "hasPriorityIndustry", i) for i in ("高原生物", "文化旅游", "边贸物流")} <= triples
    assert {("西藏甘露藏药股份有限公司", "inIndustry", "藏药新药研发"), ("日喀则市", "hasPriorityIndustry", "青稞"),
            ("山南市", "hasPriorityIndustry", "青稞")} <= triples
    assert not any(s == "拉萨市" and p == "hasPriorityIndustry" for s, p, _ in triples)
    assert "西藏5100冰川矿泉水有限公司" in names["Firm"] and "全区青稞" not in names["Industry"]
    assert any("二〇三五" in n for n in names["Policy"])
    assert any(s == "西藏自治区" and v == Decimal("42.6") for s, v, _, _ in stats)  # 全区 in a text about 拉萨: Xizang


def test_each_row_of_a_table_written_as_lines_is_a_figure_of_what_it_names_in_the_captions_unit():
    _, _, _, _, stats = run("辽宁装备制造业运行分析\n\n二、分行业情况\n\n表1　2018年全省装备制造业主要行业增加值增速（%）\n行业　　增速\n"
                            "汽车制造业　　12.6\n通用设备制造业　　7.4\n\n三、主要产品\n")
    assert {(s, v, u) for s, v, u, _ in stats} >= {("汽车", Decimal("12.6"), "%"), ("通用设备", Decimal("7.4"), "%")}


def test_a_table_written_as_lines_with_a_header_line_gives_each_column_its_figure_and_unit():
    _, _, _, _, stats = run("鄂尔多斯市2016年国民经济和社会发展统计公报\n\n表1　2016年全市三次产业增加值及增长速度\n"
                            "产业　　增加值（亿元）　　比上年增长（%）\n第一产业　　98.6　　3.1\n第二产业　　2430.2　　6.9\n"
                            "第三产业　　1889.1　　8.2\n\n全年全市原煤产量6.4亿吨。\n")
    got = {(s, v, u) for s, v, u, _ in stats}
    assert {("第一产业", Decimal("98.6"), "亿元"), ("第一产业", Decimal("3.1"), "%"), ("第二产业", Decimal("2430.2"), "亿元"),
            ("第三产业", Decimal("8.2"), "%")} <= got, got
    assert ("鄂尔多斯市", Decimal("6.4"), "亿吨") in got  # the text after the table reads as before


def test_an_industrys_branches_listed_after_it_are_part_of_it_and_a_firms_output_names_its_trade():
    _, _, names, triples, _ = run("装备制造业主要行业中,汽车制造业,通用设备制造业,专用设备制造业增加值均实现增长。"
                                  "汽车制造业中,华晨宝马汽车有限公司全年生产整车45.6万辆。"
                                  "大连船舶重工集团有限公司全年造船完工量286万载重吨。\n")
    assert {("汽车", "partOf", "装备制造"), ("通用设备", "partOf", "装备制造"), ("华晨宝马汽车有限公司", "inIndustry", "汽车"),
            ("大连船舶重工集团有限公司", "inIndustry", "造船")} <= triples
    assert "装备制造业主要" not in names["Industry"]


def test_a_statistical_bulletin_is_a_policy_issued_by_the_bureaus_that_sign_it_under_its_title():
    _, _, names, triples, _ = run("鄂尔多斯市2016年国民经济和社会发展统计公报（摘要）\n\n鄂尔多斯市统计局　国家统计局鄂尔多斯调查队\n"
                                  "2017年3月20日\n\n初步核算，全年全市地区生产总值4417.9亿元，比上年增长7.3%。\n")
    assert "鄂尔多斯市2016年国民经济和社会发展统计公报" in names["Policy"]
    assert ("鄂尔多斯市2016年国民经济和社会发展统计公报", "issuedBy", "鄂尔多斯市统计局") in triples


def test_a_zone_named_once_with_its_province_is_that_zone_where_it_is_named_without():
    _, ext, _, _, stats = run("在贵州贵安新区，中国移动、中国联通的数据中心比邻而建。截至5月底，贵安新区投运及在建重点数据中心达到16个。\n")
    orgs = {e.label: e.aliases for e in ext.entities if e.type == "Organization"}
    assert "贵安新区" in orgs["贵州贵安新区"]
    assert {s for s, v, u, _ in stats if v == 16} == {"贵州贵安新区"}  # not the operators of the sentence before


def test_signing_news_places_each_firm_where_it_builds_and_reads_what_its_base_makes():
    _, _, _, triples, _ = run(
        "此次签约的重点项目中,中国一重集团有限公司与齐齐哈尔市政府签署战略合作协议,将在富拉尔基区投资50亿元建设核电装备和石化容器生产基地;"
        "北大荒集团与龙江县合作建设年产30万吨玉米深加工项目;中粮集团在讷河市投资8亿元建设马铃薯精深加工项目。"
        "齐齐哈尔二机床(集团)有限责任公司与德国西门子公司签订数控系统合作协议。\n")
    assert {("中国一重集团有限公司", "locatedIn", "富拉尔基区"), ("中国一重集团有限公司", "inIndustry", "核电装备"),
            ("中国一重集团有限公司", "inIndustry", "石化容器"), ("北大荒", "locatedIn", "龙江县"), ("中粮", "locatedIn", "讷河市"),
            ("齐齐哈尔二机床(集团)有限责任公司", "cooperatesWith", "西门子公司")} <= triples
    assert not any(s == "富拉尔基区" and p == "hasPriorityIndustry" for s, p, _ in triples)  # the firm's base, not the district's


def test_a_county_feature_its_wings_market_town_villages_listed_for_a_title_and_a_base_built_with_a_university():
    _, _, names, triples, _ = run(
        "近年来,曹县坚持“一主两辅”产业发展思路,以木制品加工为主导,汉服、农副产品加工为两翼,走出了一条新路。\n\n"
        "大集镇是全国最大的汉服加工基地。大集镇丁楼村、张庄村均被评为“中国淘宝村”。\n\n"
        "曹县与中国农业大学合作建设芦笋种植示范基地。福建县域经济以民营经济为主体,以特色产业集群为支撑。推进重点集镇建设。\n")
    assert {("曹县", "hasPriorityIndustry", i) for i in ("木制品加工", "汉服", "农副产品加工")} <= triples
    assert {("丁楼村", "hasDesignation", "淘宝村"), ("张庄村", "hasDesignation", "淘宝村"), ("丁楼村", "locatedIn", "大集镇")} <= triples
    assert "大集镇" in names["Region"] and "重点集镇" not in names["Region"] and "民营经济" not in names.get("Industry", set())
    assert not any(n.startswith("中国农业大学") for n in names.get("Designation", set()))


def test_a_regions_product_brands_listed_in_a_statute_are_not_firms():
    _, _, names, _, _ = run("湖南省茶产业发展促进条例\n\n第四条　省人民政府应当组织编制全省茶产业发展规划，"
                            "重点打造湖南红茶、安化黑茶、岳阳黄茶、桑植白茶、古丈毛尖等区域公用品牌。\n")
    assert not names.get("Firm") and ("茶产业发展规划" in names["Policy"])


def test_a_chain_list_after_a_verb_of_office_and_a_target_of_a_document_issued_before():
    _, _, names, _, stats = run("2023年以来,湖北省全面推行重点产业链链长制,由省领导担任光电子信息、生命健康、高端装备、北斗等16条重点产业链“链长”。"
                                "工业和信息化部2022年印发的《关于开展“链长制”试点工作的通知》提出,到2025年培育100个左右具有全国影响力的产业链。\n")
    assert "光电子信息" in names["Industry"] and not any(n.startswith("省领导") for n in names["Industry"])
    assert {s for s, v, u, _ in stats if v == 100} == {"关于开展“链长制”试点工作的通知"}


def test_a_clause_on_an_industry_after_a_semicolon_does_not_go_on_from_the_park_before_it():
    _, _, _, _, stats = run("2012年安溪县人民政府工作报告\n\n工业经济提质增效。光电产业园引进项目12个,总投资185亿元;"
                            "藤铁工艺产业产值达到62亿元,增长20%。\n")
    assert {s for s, v, u, _ in stats if v == Decimal(62)} == {"安溪县"}


def test_hong_kong_style_news_of_a_known_firm_its_suppliers_and_a_product_that_is_no_brand():
    src = ("【內地財經】寧德時代加碼福鼎基地\n\n寧德時代新能源科技股份有限公司（300750）昨日公佈，旗下福鼎時代鋰離子電池生產基地二期項目正式投產。"
           "該公司今年一季度實現營業收入890.4億元。\n\n福鼎市位於福建省東北部，近年來依託寧德時代佈局，引進廈門鎢業、永福股份等配套企業18家。\n")
    _, _, names, triples, stats = run(src.encode("big5"))
    assert {"厦门钨业", "永福股份"} <= names["Firm"] and not {"时代加码", "锂离子电池"} & names["Firm"]
    assert "锂离子电池" in names["Industry"]
    assert {s for s, v, u, _ in stats if v == 18} == {"福鼎市"}  # not 宁德时代, which the place builds on
    assert {s for s, v, u, _ in stats if v == Decimal("890.4")} == {"宁德时代新能源科技股份有限公司"}


def test_a_statute_supporting_listed_cities_to_build_zones_gives_each_its_industries_and_names_no_zone():
    _, _, names, triples, _ = run("江西省促进高新技术产业发展条例\n\n第四条　省人民政府应当支持南昌、赣州、上饶等设区的市建设高新技术产业开发区，"
                                  "重点发展电子信息、航空制造等产业。南昌高新技术产业开发区发展迅速。\n")
    assert {(c, "hasPriorityIndustry", "电子信息") for c in ("南昌市", "赣州市", "上饶市")} <= triples
    assert not any(n.startswith("市建设") for n in names["Organization"])
    assert "高新技术产业开发区" not in names["Organization"]  # a kind of zone, no short name of 南昌's (names hold aliases)


def test_a_share_several_places_make_together_is_no_figure_of_any_one():
    _, _, _, _, stats = run("安徽新增国家级专精特新“小巨人”企业214家\n\n从地市分布看，合肥市、芜湖市、滁州市分别新增68家、32家和18家，"
                            "合计占全省新增总数的55%。马鞍山、宣城两市均新增12家。\n")
    assert not any(v == 55 for _, v, _, _ in stats)
    assert {(s, v) for s, v, u, _ in stats if v in (68, 12)} == {("合肥市", 68), ("马鞍山市", 12), ("宣城市", 12)}


def test_verbs_and_schools_before_names_are_not_read_as_firms_or_industries():
    src = ("常州市“十四五”制造业发展规划\n\n巩固轨道交通、智能电网、农机和工程机械等优势领域。"
           "支持中简科技股份有限公司突破高性能碳纤维规模化制备技术。"
           "四川工程职业技术学院、中国民用航空飞行学院等院校可为企业定向培养技术技能人才。"
           "江门市人民政府将协助项目公司依法取得项目用地。市里正规划建设甲壳素产业园。"
           "全县已形成以许继集团有限公司、平高集团为龙头的电力装备产业集群。建设高水平产业发展平台。\n")
    _, _, names, _, _ = run(src)
    assert "轨道交通" in names["Industry"] and not {"巩固轨道交通", "院校可为", "高水平"} & names["Industry"]
    assert {"中简科技股份有限公司", "许继集团有限公司"} <= names["Firm"]
    assert not {"简科技股份有限公司", "中国民用航空飞行学院", "协助项目公司", "项目公司", "已形成以许继集团有限公司"} & names["Firm"]
    assert {"中国民用航空飞行学院", "甲壳素产业园"} <= names["Organization"]


def test_a_well_known_firms_park_is_part_of_the_firm():
    _, _, names, triples, _ = run("嘉善县政府工作报告\n\n立讯精密智能制造产业园二期相继开工。\n")
    assert "立讯精密" in names["Firm"] and ("立讯精密智能制造产业园", "partOf", "立讯精密") in triples


def test_a_chain_from_first_to_last_stage_of_the_industry_named_after_it_and_a_firms_lines_of_business():
    _, _, names, triples, _ = run("天津市发布会\n\n目前我市已形成从CPU、整机、操作系统、数据库到信息安全的完整产业链,2025年信创产业营业收入突破3000亿元。"
                                  "支持天合光能股份有限公司建设全球光伏研发和制造总部,做强高效电池组件、光伏跟踪支架和智能运维业务。\n")
    assert {(p, "partOf", "信创") for p in ("CPU", "整机", "操作系统", "数据库", "信息安全")} <= triples
    assert {("天合光能股份有限公司", "inIndustry", p) for p in ("高效电池组件", "光伏跟踪支架", "智能运维")} <= triples


def test_what_a_firm_makes_after_its_activities_what_it_produces_and_the_fields_it_leads():
    _, _, names, triples, _ = run("公告\n\n信义玻璃控股有限公司为全球领先的玻璃制造商之一,主要从事生产及销售浮法玻璃、汽车玻璃及节能建筑玻璃。"
                                  "恒安集团有限公司生产的卫生巾、纸尿裤、生活用纸畅销全国。"
                                  "许继集团有限公司是我国电力系统自动化和继电保护领域的骨干企业。\n")
    assert {("信义玻璃控股有限公司", "inIndustry", p) for p in ("浮法玻璃", "汽车玻璃", "节能建筑玻璃")} <= triples
    assert {("恒安集团有限公司", "inIndustry", p) for p in ("卫生巾", "纸尿裤", "生活用纸")} <= triples
    assert {("许继集团有限公司", "inIndustry", p) for p in ("电力系统自动化", "继电保护")} <= triples
    assert "我国电力系统自动化" not in names["Industry"]


def test_a_place_that_is_a_base_for_making_a_product_and_the_products_of_its_firms():
    _, _, names, triples, _ = run("福建县域产业集群巡礼\n\n同属泉州的石狮市,是全国著名的休闲服装生产和集散地。"
                                  "海西蒙古族藏族自治州位于青海省西部,是全国最大的钾肥生产基地。"
                                  "在宁德,福安市电机电器产业起步早,2010年产值达到156亿元,是全国重要的中小型电机生产和出口基地。"
                                  "潜江市是小龙虾之乡。全市现有小龙虾加工企业18家,产品主要有整肢虾、虾仁、调味虾等。"
                                  "长城汽车泰国罗勇工厂年产能8万辆,是公司在东南亚的重要生产基地。\n")
    assert {("石狮市", "hasPriorityIndustry", "休闲服装"), ("海西蒙古族藏族自治州", "hasPriorityIndustry", "钾肥"),
            ("福安市", "hasPriorityIndustry", "中小型电机"), ("潜江市", "hasPriorityIndustry", "整肢虾")} <= triples
    assert not {("泉州市", "hasPriorityIndustry", "休闲服装"), ("青海省", "hasPriorityIndustry", "钾肥"),
                ("宁德市", "hasPriorityIndustry", "中小型电机")} & triples
    assert "重要" not in names["Industry"]


def test_exchanges_trading_centres_and_logistics_parks_are_bodies_and_a_firm_after_its_ownership_kind():
    _, _, names, triples, stats = run("贵州数据产业\n\n贵州省属国企云上贵州大数据产业发展有限公司负责运营。贵阳大数据交易所数据交易额超35亿元。"
                                      "中宁国际枸杞交易中心开业。寿光农产品物流园年交易额超过80亿元。\n")
    assert "云上贵州大数据产业发展有限公司" in names["Firm"] and not any(n.startswith("贵州省属") for n in names["Firm"])
    assert {"贵阳大数据交易所", "中宁国际枸杞交易中心", "寿光农产品物流园"} <= names["Organization"]
    assert ("中宁国际枸杞交易中心", "locatedIn", "中宁县") in triples and "宁国市" not in names.get("Region", set())
    assert {s for s, v, u, _ in stats if v == 80} == {"寿光农产品物流园"}


def test_the_fields_firms_work_in_and_a_kind_of_farming_a_place_grows():
    _, _, names, triples, _ = run("陕西链长制观察\n\n总部位于西安的陕汽集团加快重型卡车电动化转型,与同为西安企业的陕西法士特汽车传动集团有限责任公司"
                                  "在新能源变速器领域开展联合攻关。佛山市赛维斯药业公司在治疗二型糖尿病化药领域领先。宁德时代在这一领域领先。\n")
    assert {("陕汽", "inIndustry", "新能源变速器"), ("陕西法士特汽车传动集团有限责任公司", "inIndustry", "新能源变速器")} <= triples
    assert not any(p == "inIndustry" and s in ("宁德时代", "佛山市赛维斯药业公司") for s, p, _ in triples)
    _, _, names, triples, _ = run("2012年醴陵市政府工作报告\n\n醴陵市粮食生产喜获丰收,优质稻、烤烟、油茶等特色农业规模不断扩大。"
                                  "种植者应当合理使用农药、肥料等农业投入品。\n")
    assert {("醴陵市", "hasPriorityIndustry", i) for i in ("优质稻", "烤烟", "油茶")} <= triples
    assert "肥料" not in names["Industry"]


def test_a_short_name_defined_with_a_stock_code_after_it_and_products_the_tagger_cuts_oddly():
    _, ext, names, triples, stats = run("走进三一重工\n\n三一重工股份有限公司（以下简称“三一重工”，股票代码600031）是全球领先的工程机械制造商之一，"
                                        "主要产品包括混凝土机械、挖掘机械、起重机械、桩工机械和路面机械。2023年，三一重工实现营业收入740.2亿元。"
                                        "子公司三一汽车起重机械有限公司位于宁乡经济技术开发区。\n")  # two legal names open with 三一
    assert "三一重工" in {a for e in ext.entities if e.label == "三一重工股份有限公司" for a in e.aliases}
    assert "三一" not in names["Firm"] and {s for s, v, u, _ in stats if v == Decimal("740.2")} == {"三一重工股份有限公司"}
    assert {("三一重工股份有限公司", "inIndustry", p) for p in ("工程机械", "桩工机械", "路面机械")} <= triples
    assert "机械制造" not in names["Industry"]


def test_a_notices_cell_of_two_products_its_region_word_in_a_list_class_and_events_listed_before_firms():
    src = ("<html><head><meta charset=\"utf-8\"><title>认定结果</title></head><body><h1>关于2022年度西藏自治区专精特新中小企业认定结果的通知</h1>"
           "<p>西藏自治区经济和信息化厅组织开展了认定工作,西藏自治区共认定企业12家。拉萨市6家,日喀则市2家。</p><p>从行业分布看,本批企业主要集中在高原特色食品、藏医药、绿色建材和清洁能源等我区重点产业领域。</p>"
           "<p>对发生重大安全、质量、环境污染等事故以及偷漏税等违法违规行为的企业,取消其称号。协调解决企业发展中遇到的困难。</p>"
           "<table><tr><th>序号</th><th>企业名称</th><th>所在地</th><th>主导产品</th></tr>"
           "<tr><td>1</td><td>西藏藏缘青稞科技有限公司</td><td>日喀则市</td><td>青稞米、青稞粉</td></tr></table></body></html>")
    _, _, names, triples, _ = run(src.encode("utf-8"), path="notice.html")
    assert {("西藏藏缘青稞科技有限公司", "inIndustry", p) for p in ("青稞米", "青稞粉")} <= triples
    assert ("西藏自治区", "hasPriorityIndustry", "藏医药") in triples and ("日喀则市", "hasPriorityIndustry", "藏医药") not in triples
    assert not {"质量", "发展中遇到"} & names["Firm"] and not any("偷漏税" in n for n in names["Firm"])


def test_a_bulletins_definitions_a_firms_output_and_the_items_of_a_kind_of_industry():
    _, _, names, triples, _ = run("玉门市2012年国民经济和社会发展统计公报\n\n驻市企业中国石油天然气股份有限公司玉门油田分公司(以下简称玉门油田)全年生产原油40.2万吨。"
                                  "全市坚持调整农业结构,已形成以人参果、枸杞、酿酒葡萄、制种为主的特色产业。"
                                  "以肉羊、肉牛为主的现代畜牧业稳定发展。"
                                  "新能源发电量:指风力发电、太阳能发电等新能源发电企业的上网电量合计。\n")
    assert ("中国石油天然气股份有限公司玉门油田分公司", "inIndustry", "原油") in triples and "驻市" not in names["Industry"]
    assert {("玉门市", "hasPriorityIndustry", i) for i in ("人参果", "枸杞", "酿酒葡萄")} <= triples
    assert ("肉羊", "partOf", "现代畜牧业") in triples  # a kind word then an industry's name: parts of that industry
    assert "特色" not in names["Industry"] and not any("发电" in n for n in names["Firm"])


def test_a_chain_from_stages_to_stages_of_the_firms_trade_a_kind_ending_an_industry_and_firms_serving_others():
    _, _, names, triples, _ = run("互助青稞酒集群\n\n集群内集聚青稞酒及上下游配套企业86家,其中规模以上企业21家,形成了从青稞种植、原酒酿造、"
                                  "成品酒灌装到包装印刷、仓储物流、文化旅游的完整产业链。互助鼎盛包装材料有限公司等一批配套企业为酒企提供瓶盖、"
                                  "酒盒、纸箱等包装产品。县里将围绕青稞酒主导产业推动集群发展,壮大县域主导产业。\n")
    assert {(p, "partOf", "青稞酒") for p in ("青稞种植", "成品酒灌装", "包装印刷", "文化旅游")} <= triples
    assert not {"酒企提供瓶盖", "酒盒"} & names["Firm"]
    assert not {"青稞酒主导", "县域", "县域主导", "及上下游配套"} & names["Industry"]


def test_a_firm_profiles_former_name_product_range_and_a_site_named_for_what_it_makes():
    src = ("---\ntitle: 一汽解放\ndate: 2026-03-20\n---\n\n一汽解放集团股份有限公司(以下简称一汽解放,股票代码:000800)是中国第一汽车集团有限公司(中国一汽)旗下的商用车企业。"
           "公司原名一汽轿车股份有限公司,2020年完成重大资产重组。\n\n重组以来,一汽解放聚焦中重型卡车主业,产品覆盖牵引车、载货车、自卸车和专用车等系列。\n\n"
           "今年3月16日,一汽解放新能源智能制造基地在长春汽车经济技术开发区正式投产。基地总投资68亿元,占地约1200亩。一汽解放新基地正是其中的重点项目之一。\n")
    _, ext, names, triples, stats = run(src.encode("utf-8"), path="profile.md")
    assert "一汽轿车股份有限公司" in {a for e in ext.entities if e.label == "一汽解放集团股份有限公司" for a in e.aliases}
    assert not any(n.startswith("公司原名") for n in names["Firm"])
    assert {("一汽解放集团股份有限公司", "inIndustry", p) for p in ("牵引车", "载货车", "自卸车", "专用车")} <= triples
    assert "一汽解放新能源智能制造基地" in names["Organization"] and not any("新基地" in n for n in names["Firm"])
    assert {s for s, v, u, _ in stats if v == 1200} == {"一汽解放新能源智能制造基地"}


def test_signing_news_short_names_in_plain_brackets_a_projects_product_and_a_park_sited_for_its_partner():
    src = ("海南省第二季度重大产业项目集中签约\n\n同在洋浦的海南逸盛石化有限公司(以下简称逸盛石化)签约PET瓶片扩建项目,总投资12.6亿元。"
           "浪潮集团有限公司与位于澄迈县老城镇的海南生态软件园签约。\n")
    _, ext, names, triples, _ = run(src)
    assert {a for e in ext.entities if e.label == "海南逸盛石化有限公司" for a in e.aliases} == {"逸盛石化"}
    assert ("海南逸盛石化有限公司", "inIndustry", "PET瓶片") in triples
    assert ("海南生态软件园", "locatedIn", "澄迈县") in triples and ("浪潮集团有限公司", "locatedIn", "澄迈县") not in triples


def test_stages_a_chain_is_divided_into_in_the_same_sentence_and_a_legal_name_before_a_verb_of_ownership():
    _, _, names, triples, _ = run("绿色铝产业链行动方案解读\n\n《行动方案》将绿色铝产业链划分为三大环节:上游为铝土矿开采和氧化铝,中游为电解铝,"
                                  "下游为铝精深加工、再生铝和铝基新材料。云铝股份是中国铝业集团有限公司控股的上市公司。\n")
    assert {(p, "partOf", "绿色铝") for p in ("铝土矿开采", "氧化铝", "铝精深加工", "再生铝", "铝基新材料")} <= triples
    assert "中国铝业集团有限公司" in names["Firm"] and not any(n.endswith("控股") for n in names["Firm"])


def test_a_counted_industry_system_of_two_roles_and_each_clause_of_an_industry_developing_its_branches():
    _, _, names, triples, _ = run("岳阳市“十四五”工业发展规划\n\n“十四五”时期，岳阳市将着力构建以石油化工、食品加工为两大支柱产业，电子信息、新材料为两大新兴产业的"
                                  "“2+2”现代产业体系。电子信息产业重点发展新型显示、智能终端和电子元器件；新材料产业重点发展先进高分子材料和电池材料。\n")
    assert {("岳阳市", "hasPriorityIndustry", i) for i in ("石油化工", "食品加工", "电子信息", "新材料")} <= triples
    assert {(i, "partOf", "“2+2”现代产业体系") for i in ("石油化工", "电子信息")} <= triples
    assert {("新型显示", "partOf", "电子信息"), ("电子元器件", "partOf", "电子信息")} <= triples
    assert any(p == "partOf" and s == "电池材料" and o.startswith("新材料") for s, p, o in triples)


def test_a_heading_counting_the_roles_of_a_system_is_no_industry():
    src = "## 第二章 构建“4+4”现代产业体系\n\n### 第二节 培育四大新兴产业\n\n电子信息产业重点发展新型显示和智能终端。\n"
    _, _, names, _, _ = run(src.encode("utf-8"), path="plan.md")
    assert "培育四大新兴产业" not in names["Industry"] and "电子信息" in names["Industry"]


def test_a_zone_guides_headed_industry_holding_an_industry_word_a_site_no_product_and_a_road_no_region():
    src = ("芜湖经济技术开发区投资指南\n\n二、主导产业\n（一）汽车及零部件。开发区拥有奇瑞汽车股份有限公司等整车企业。\n"
           "（二）家电。格力电器（芜湖）有限公司在区内设有生产基地，主要产品包括空调和冰箱。\n地址：芜湖市鸠江区银湖北路\n")
    _, _, names, triples, _ = run(src)
    assert "汽车及零部件" in names["Industry"] and "基地" not in names["Industry"]
    assert ("格力电器(芜湖)有限公司", "inIndustry", "空调") in triples
    assert "湖北省" not in names["Region"]


def test_an_announcements_project_in_square_metres_and_an_indicator_without_the_emptied_short_name():
    _, ext, names, triples, _ = run("云南恩捷新材料股份有限公司关于对外投资的公告\n\n云南恩捷新材料股份有限公司（以下简称“公司”）于2023年6月12日"
                                    "召开董事会会议，同意公司全资子公司江西恩博新材料有限公司（以下简称“江西恩博”）在江西省高安市投资建设"
                                    "年产10亿平方米锂电池隔离膜项目，项目总投资约40亿元。\n")
    assert ("江西恩博新材料有限公司", "inIndustry", "锂电池隔离膜") in triples
    capacity = [o for o in ext.observations if o.unit.endswith("平方米")]
    assert capacity and not any("简称" in o.indicator or "“”" in o.indicator or "()" in o.indicator for o in capacity)


def test_a_place_singled_out_by_qizhong_holds_what_its_clause_says_alone_and_a_place_focusing_on_industries():
    _, _, names, triples, _ = run("湖南7县市入围工业百强县\n\n此外，邵东市、湘乡市和冷水江市也榜上有名，其中冷水江市以锑品加工和钢铁为支柱产业，"
                                  "被誉为“世界锑都”。长沙县聚焦工程机械和新能源汽车，拥有三一重工等龙头企业。\n")
    assert {("冷水江市", "hasPriorityIndustry", "锑品加工"), ("冷水江市", "hasDesignation", "世界锑都")} <= triples
    assert not any(s in ("邵东市", "湘乡市") and (p == "hasPriorityIndustry" or o == "世界锑都") for s, p, o in triples)
    assert ("长沙县", "hasPriorityIndustry", "工程机械") in triples


def test_ranks_zipped_over_a_list_of_places_each_closed_by_a_position_word():
    _, ext, _, _, _ = run("湖南7县市入围工业百强县\n\n其中，浏阳市排名第18位，连续五年位居全省第一；宁乡市、长沙县分别排名第21位和第25位。\n")
    labels = {e.key: e.label for e in ext.entities}
    ranks = {(labels[o.subject], int(o.value), o.indicator) for o in ext.observations if o.qualifier == "rank"}
    # 排名 names the ranking itself, not the words of the clause before (连续五年位居全省)
    assert {("浏阳市", 18, "排名"), ("宁乡市", 21, "排名"), ("长沙县", 25, "排名")} <= ranks
    assert {(s, v) for s, v, _ in ranks} <= {("浏阳市", 18), ("浏阳市", 1), ("宁乡市", 21), ("长沙县", 25)}


def test_a_work_reports_review_section_speaks_of_the_year_before_and_its_tasks_of_the_year_itself():
    src = ("2014年德化县人民政府工作报告\n\n一、2013年工作回顾\n\n过去的一年，全县实现地区生产总值182.6亿元，增长12.5%。\n\n"
           "陶瓷产业产值达到212亿元。\n\n二、2014年主要任务\n\n力争陶瓷产业产值突破240亿元。\n")
    _, _, _, _, stats = run(src)
    periods = {v: p for _, v, _, p in stats}
    assert periods[Decimal("182.6")] == periods[Decimal(212)] == "2013" and periods[Decimal(240)] == "2014"


def test_a_research_notes_stages_after_colons_of_its_titles_chain_and_a_listed_firms_capacity_after_its_code():
    src = ("【行业深度】榆林能源化工产业链跟踪：煤制烯烃景气回升\n\n中游：煤制甲醇、煤制烯烃、煤制油；下游：聚乙烯、聚丙烯等合成材料及精细化学品。\n\n"
           "陕西北元化工集团股份有限公司（601568.SH）：聚氯乙烯年产能125万吨。宝丰能源（600989.SH）在鄂尔多斯建设全球单厂规模最大的煤制烯烃项目。\n")
    _, _, names, triples, _ = run(src)
    assert {(p, "partOf", "能源化工") for p in ("煤制甲醇", "煤制油", "聚乙烯", "聚丙烯")} <= triples
    assert not any("等" in n for n in names["Industry"])
    assert {("陕西北元化工集团股份有限公司", "inIndustry", "聚氯乙烯"), ("宝丰能源", "inIndustry", "煤制烯烃")} <= triples


def test_places_closed_by_a_count_that_became_a_base_for_making_a_product():
    _, _, _, triples, _ = run("江苏造船业\n\n江苏沿江的南通、泰州、扬州三市,已成为中国最重要的船舶生产基地之一。"
                              "鄂尔多斯市位于内蒙古自治区西南部,是国家重要的能源基地。"
                              "苏州、无锡、常州三市,已发展成为全国重要的电动工具生产和出口基地。\n")
    assert {(c, "hasPriorityIndustry", "船舶") for c in ("南通市", "泰州市", "扬州市")} <= triples
    assert ("江苏省", "hasPriorityIndustry", "船舶") not in triples
    # …生产和出口基地 after 已发展成为: production_bases' own reading (relations reads only …生产基地)
    assert {(c, "hasPriorityIndustry", "电动工具") for c in ("苏州市", "无锡市", "常州市")} <= triples
    assert not any(s == "鄂尔多斯市" and p == "hasPriorityIndustry" for s, p, _ in triples)  # a base of a kind, no product named


def test_a_market_towns_sub_district_after_its_county_and_a_village_after_it():
    _, _, names, triples, _ = run("寿光蔬菜\n\n金秋时节,走进寿光市孙家集街道三元朱村,一排排蔬菜大棚整齐排列。\n")
    assert {("孙家集街道", "locatedIn", "寿光市"), ("三元朱村", "locatedIn", "孙家集街道")} <= triples


def test_a_title_is_held_by_the_place_a_clause_is_about_not_the_one_that_qualifies_or_frames_it():
    _, _, _, triples, _ = run("福建县域产业集群\n\n同属泉州的石狮市,享有“中国休闲服装名城”美誉。地处泉州西北部山区的德化县,是“中国陶瓷之都”。"
                              "在宁德,福安市电机电器产业起步早,被授予“中国电机电器城”称号。\n")
    assert {("石狮市", "hasDesignation", "中国休闲服装名城"), ("德化县", "hasDesignation", "中国陶瓷之都"),
            ("福安市", "hasDesignation", "中国电机电器城")} <= triples
    assert not any(s in ("泉州市", "宁德市") and p == "hasDesignation" for s, p, _ in triples)


def test_a_tables_category_column_gives_each_row_its_own_title():
    src = ("<html><head><meta charset=\"utf-8\"><title>名单</title></head><body><h1>关于公布北京市第七批制造业单项冠军企业（产品）名单的通知</h1>"
           "<p>经企业申报、专家评审，现将第七批制造业单项冠军示范企业和单项冠军产品名单予以公布。</p>"
           "<table><tr><th>序号</th><th>企业名称</th><th>所在区</th><th>产品名称</th><th>类别</th></tr>"
           "<tr><td>1</td><td>京东方科技集团股份有限公司</td><td>朝阳区</td><td>薄膜晶体管液晶显示器件</td><td>单项冠军示范企业</td></tr>"
           "<tr><td>2</td><td>北京中科三环高技术股份有限公司</td><td>海淀区</td><td>钕铁硼永磁材料</td><td>单项冠军产品</td></tr>"
           "</table></body></html>")
    _, _, _, triples, _ = run(src.encode("utf-8"), path="list.html")
    held = {(s, o.removeprefix("制造业")) for s, p, o in triples if p == "hasDesignation"}  # the full title where the text has it
    assert ("京东方科技集团股份有限公司", "单项冠军示范企业") in held and ("北京中科三环高技术股份有限公司", "单项冠军产品") in held
    assert ("京东方科技集团股份有限公司", "单项冠军产品") not in held


def test_a_title_named_without_its_sector_is_the_title_named_with_it():
    _, ext, names, _, _ = run("北京单项冠军\n\n本市制造业单项冠军示范企业达到30家。京东方是单项冠军示范企业。“中国木艺之乡”……木艺之乡的名片。\n")
    assert "单项冠军示范企业" in {a for e in ext.entities if e.label == "制造业单项冠军示范企业" for a in e.aliases}
    assert sum(1 for e in ext.entities if e.type == "Designation" and "示范企业" in e.label) == 1


def test_the_trade_of_the_firms_a_firm_stands_for_and_of_the_trade_it_is_a_listed_firm_of():
    _, _, _, triples, _ = run("泉州县域经济\n\n在仑苍镇,以九牧厨卫股份有限公司为代表的卫浴企业集聚发展。"
                              "县内的福建冠福现代家用股份有限公司是国内日用陶瓷行业的上市企业之一。\n")
    assert {("九牧厨卫股份有限公司", "inIndustry", "卫浴"), ("福建冠福现代家用股份有限公司", "inIndustry", "日用陶瓷")} <= triples


def test_the_base_a_firm_builds_after_signing_with_a_partner_is_the_firms_not_the_partners():
    _, _, _, triples, _ = run("大庆签约\n\n同时,佛吉亚(中国)投资有限公司与沃尔沃汽车签订座椅配套供货协议,将在大庆高新区建设汽车座椅生产基地。\n")
    assert ("佛吉亚(中国)投资有限公司", "inIndustry", "汽车座椅") in triples and ("沃尔沃", "inIndustry", "汽车座椅") not in triples


def test_in_a_list_cut_by_commas_an_item_joined_by_yu_is_one_industry():
    _, _, names, _, _ = run("北京单项冠军\n\n入选企业主要集中在新一代信息技术、医药健康、智能制造与装备、绿色能源与节能环保等领域。\n")
    assert {"智能制造与装备", "绿色能源与节能环保"} <= names["Industry"] and not {"装备", "绿色能源"} & names["Industry"]


def test_a_firm_named_like_a_county_of_a_province_the_text_names_nowhere_lies_in_no_such_county():
    _, _, names, triples, _ = run("榆林能源化工跟踪\n\n榆林市是能源化工基地。宝丰能源（600989.SH）在内蒙古鄂尔多斯建设煤制烯烃项目。"
                                  "长兴县的天能控股集团有限公司、长兴诺力机械股份有限公司入选。\n")
    assert "宝丰县" not in names["Region"] and ("宝丰能源", "locatedIn", "鄂尔多斯市") in triples
    assert ("长兴诺力机械股份有限公司", "locatedIn", "长兴县") in triples  # a county of a province the text names


def test_a_work_report_titled_by_its_government_speaks_for_that_place_in_clauses_with_no_subject():
    _, _, names, triples, _ = run("2019年永康市人民政府工作报告（摘要）\n\n坚持把五金产业作为富民强市的第一产业，全年五金产业产值突破1200亿元。\n\n"
                                  "大力发展新能源汽车及关键零部件、智能装备和新材料产业。\n")
    assert ("永康市", "hasPriorityIndustry", "智能装备") in triples
    assert any(s == "永康市" and p == "hasPriorityIndustry" and o.startswith("五金") for s, p, o in triples)
    assert "富民县" not in names.get("Region", set())


def test_a_county_level_citys_name_before_it_left_its_county_status_and_a_places_main_products():
    _, _, names, triples, _ = run("朔州打造陶瓷产业基地\n\n今年朔州市将以怀仁县为核心，全力打造千亿级陶瓷产业基地。"
                                  "目前全市共有陶瓷生产企业56家，主要产品为日用陶瓷和建筑陶瓷。\n")
    assert "怀仁市" in names["Region"] and ("怀仁市", "locatedIn", "朔州市") in triples
    assert {("朔州市", "hasPriorityIndustry", "日用陶瓷"), ("朔州市", "hasPriorityIndustry", "建筑陶瓷")} <= triples


def test_a_short_name_and_stock_code_in_brackets_and_a_group_that_controls_a_firm():
    _, ext, names, triples, stats = run(
        "绿色铝产业链\n\n云南铝业股份有限公司（云铝股份，000807）是“链主”企业，总部位于昆明市，电解铝产能达到305万吨。"
        "神火集团控股的云南神火铝业有限公司位于文山州富宁县，电解铝产能90万吨。\n")
    # the stock code after the short name is no postcode of an affiliation: the sentence is read, the short name is an alias
    firms = {e.label: e.aliases for e in ext.entities if e.type == "Firm"}
    assert "云铝股份" in firms["云南铝业股份有限公司"]
    assert ("云南铝业股份有限公司", Decimal("305"), "万吨", None) in stats
    # the group is not the firm it controls, and the figure is the controlled firm's
    assert "神火集团" not in firms["云南神火铝业有限公司"] and "神火集团控股" not in names["Firm"]
    assert ("云南神火铝业有限公司", Decimal("90"), "万吨", None) in stats


def test_a_firm_that_is_a_clusters_chain_leader_holds_its_brands_title_in_the_county_seat_town():
    for bracket in ("", "（天佑德酒，股票代码002646）"):
        _, _, names, triples, _ = run(f"互助县青稞酒集群\n\n青海互助天佑德青稞酒股份有限公司{bracket}是集群的“链主”企业，厂区位于县城威远镇，"
                                      "旗下“天佑德”品牌被认定为中华老字号。\n")
        assert names["Cluster"] == {"互助县青稞酒集群"} and "威远县" not in names["Region"]
        assert {("青海互助天佑德青稞酒股份有限公司", "hasDesignation", "中华老字号"),
                ("青海互助天佑德青稞酒股份有限公司", "locatedIn", "威远镇")} <= triples


def test_chain_leaders_named_with_a_short_name_and_code_work_in_the_chains_industry_and_in_what_they_have_capacity_for():
    _, _, _, triples, stats = run(
        "绿色铝产业链\n\n《行动方案》确定云南铝业股份有限公司（云铝股份，000807）、云南宏合新型材料有限公司为首批绿色铝产业链“链主”企业。"
        "全省重点发展电解铝产业。云铝股份总部位于昆明市，电解铝产能达到305万吨。"
        "盐湖股份与比亚迪股份有限公司合资组建的青海盐湖比亚迪资源开发有限公司，电池级碳酸锂年产能达到3万吨。\n")
    for firm in ("云南铝业股份有限公司", "云南宏合新型材料有限公司"):
        assert {(firm, "hasDesignation", "“链主”企业"), (firm, "inIndustry", "绿色铝")} <= triples
    assert ("云南铝业股份有限公司", "inIndustry", "电解铝") in triples
    # the firm its owners set up has the figure
    assert ("青海盐湖比亚迪资源开发有限公司", Decimal("3"), "万吨", None) in stats
    assert not any(s == "盐湖股份" for s, *_ in stats)


def test_the_industries_of_counted_bases_a_place_builds_and_an_item_joined_by_ji_inside_a_list():
    _, _, names, triples, _ = run("玉门市统计公报\n\n2012年，全市上下在市委、市政府的坚强领导下，坚持“工业强市、产业富民”发展思路，"
                                  "围绕建设石油化工、新能源及装备制造、建材化工三大产业基地，着力稳增长、调结构。\n")
    assert {("玉门市", "hasPriorityIndustry", x) for x in ("石油化工", "新能源及装备制造", "建材化工")} <= triples
    assert not {"建设石油化工", "化工", "建材"} & names["Industry"]
    _, _, names, _, _ = run("签约项目涵盖石油化工、汽车及零部件、新能源和现代农业等领域。石油、化工等产业基地加快建设。")
    assert "汽车及零部件" in names["Industry"] and "零部件" not in names["Industry"]


def test_a_title_speaking_for_our_province_with_no_place_named_most_means_the_province_the_text_names():
    _, _, _, triples, stats = run("我省重大项目集中签约仪式在洋浦举行\n\n6月17日上午，海南省2015年第二季度重大产业项目集中签约仪式在洋浦经济开发区举行。"
                                  "此次共签约项目8个，总投资411.1亿元，涵盖石油化工、新材料、林浆纸和港口物流等领域。"
                                  "洋浦经济开发区地处儋州市西北部，东方市、海口市和澄迈县也有项目签约。\n")
    assert {("海南省", "hasPriorityIndustry", x) for x in ("石油化工", "林浆纸", "港口物流")} <= triples
    assert ("海南省", Decimal("411.1"), "亿元", None) in stats


ANNOUNCEMENT = """证券代码:002407 证券简称:多氟多 公告编号:2022-051
多氟多新材料股份有限公司关于投资建设锂盐项目的公告
一、对外投资概述
1.为进一步巩固公司在锂电池电解质材料领域的领先地位,多氟多新材料股份有限公司(以下简称“公司”)拟通过新设全资子公司多氟多(焦作)锂能材料有限公司(以下简称“焦作锂能”),在河南省焦作市中站区投资建设锂盐项目。
二、投资主体的基本情况
1.公司名称:多氟多(焦作)锂能材料有限公司
2.注册资本:5亿元
三、投资项目的基本情况
1.建设内容及规模:项目规划用地约280亩。
2.建设周期:建设期预计24个月。
3.经济效益:项目达产后预计可实现年净利润7.5亿元,税后投资回收期约4.6年。
四、投资目的
公司主营业务涵盖氟化工、电子信息材料、新能源材料和锂电池四大板块,先后被认定为国家技术创新示范企业。
2021年,公司实现营业收入78.0亿元;截至2021年末,公司六氟磷酸锂产能达到3.5万吨。
目前,公司已与宁德时代新能源科技股份有限公司、比亚迪股份有限公司等国内主要锂电池企业建立了长期稳定的合作关系。
本项目建成后,公司六氟磷酸锂总产能将达到6.5万吨。
"""


def test_an_announcements_defined_firm_and_its_numbered_items_hold_their_figures():
    _, _, names, triples, stats = run(ANNOUNCEMENT)
    parent, child = "多氟多新材料股份有限公司", "多氟多(焦作)锂能材料有限公司"
    assert "巩固公司" not in names["Firm"]  # a verb and 公司, no name
    # 公司, as the announcement defines it, throughout: not the subsidiary named last
    assert {(parent, Decimal("78.0"), "亿元", "2021"), (parent, Decimal("3.5"), "万吨", "2021")} <= stats
    assert not any(s == child and v == Decimal("78.0") for s, v, *_ in stats)
    assert {(parent, "hasDesignation", "国家技术创新示范企业"), (parent, "cooperatesWith", "比亚迪股份有限公司")} <= triples
    # the business segments before a count; the class of the listed partners without where and how much they lead
    assert {(parent, "inIndustry", "氟化工"), (parent, "inIndustry", "六氟磷酸锂")} <= triples
    assert not {"锂电池四大板块", "六氟磷酸锂总", "国内主要锂电池"} & names["Industry"]
    # numbered items: of the firm its section's 公司名称 names, else of the announcing firm; durations in 个月 and 年
    assert (child, Decimal("5"), "亿元", "2022") in stats or (child, Decimal("5"), "亿元", None) in stats
    items = {(s, v, u) for s, v, u, _ in stats}
    assert {(parent, Decimal("280"), "亩"), (parent, Decimal("24"), "个月"), (parent, Decimal("4.6"), "年"),
            (parent, Decimal("7.5"), "亿元")} <= items


def test_a_zones_guide_its_park_named_with_a_co_builders_place_and_what_yuanqu_means():
    _, _, names, triples, stats = run(
        "沧州临港经济技术开发区招商指南\n\n沧州临港经济技术开发区位于河北省沧州市渤海新区,规划面积82平方公里。\n\n"
        "2018年,园区实现规模以上工业总产值486亿元。\n\n"
        "北京·沧州渤海新区生物医药产业园是北京与河北共建的产业转移园区,规划面积10平方公里。\n\n"
        "园区已建成日供水能力20万吨的供水厂。\n\n"
        "汨罗市首次入围榜单,湖南汨罗循环经济产业园是国家“城市矿产”示范基地,园区内加工企业2022年实现营业收入超过600亿元。\n")
    park = "北京·沧州渤海新区生物医药产业园"
    assert park in names["Organization"] and (park, "locatedIn", "沧州市") in triples and (park, "locatedIn", "北京市") not in triples
    assert (park, Decimal("10"), "平方公里", None) in {(s, v, u, None) for s, v, u, _ in stats}
    zone = {(v, u) for s, v, u, _ in stats if s == "沧州临港经济技术开发区"}
    assert {(Decimal("486"), "亿元"), (Decimal("20"), "万吨")} <= zone  # 园区: the zone, not the park named since
    assert any(s == "湖南汨罗循环经济产业园" and v == Decimal("600") for s, v, *_ in stats)  # …the park the sentence just named


def test_a_county_section_of_a_ranking_report_its_pillars_new_industries_and_its_firms_trades():
    _, _, names, triples, _ = run(
        "湖南5县市上榜\n\n我省长沙县、浏阳市、宁乡市5个县(市)上榜。长沙县实现产值2960亿元。"
        "工程机械和汽车是该县两大支柱产业。今年上半年,长沙县规模以上工业增加值增长7.5%,新能源汽车、智能网联汽车等新兴产业加速成长。"
        "宁乡高新技术产业开发区集聚了湖南邦普循环科技有限公司等一批动力电池回收和正极材料企业。楚天科技股份有限公司是国内制药装备龙头企业。\n")
    assert {("长沙县", "locatedIn", "湖南省"), ("浏阳市", "locatedIn", "湖南省")} <= triples  # 我省 before 长沙县: no governor
    assert {("长沙县", "hasPriorityIndustry", x) for x in ("工程机械", "汽车", "新能源汽车", "智能网联汽车")} <= triples
    assert "汽车是该县" not in names["Industry"]
    firm = "湖南邦普循环科技有限公司"
    assert {(firm, "inIndustry", "动力电池回收"), (firm, "inIndustry", "正极材料"),
            ("楚天科技股份有限公司", "inIndustry", "制药装备")} <= triples


def test_a_city_feature_its_firms_short_names_fields_developments_and_the_places_sentences_open_on():
    _, _, names, triples, _ = run(
        "晋城煤层气\n\n山西晋城无烟煤矿业集团有限责任公司(以下简称晋煤集团)是全国最大的煤层气抽采利用企业。"
        "目前,晋煤集团在沁水县嘉峰镇建成的瓦斯发电厂装机容量达到12万千瓦;集团还在压缩天然气、液化天然气等领域加快布局。"
        "在沁水县端氏镇,中联煤层气有限责任公司的集输站内管线纵横。"
        "在晋城下辖的高平市,山西兰花科技创业股份有限公司利用无烟煤和煤层气资源发展尿素、甲醇等煤化工产品。"
        "在政策支持下,中国石油天然气股份有限公司发展很快。\n")
    group, lanhua = "山西晋城无烟煤矿业集团有限责任公司", "山西兰花科技创业股份有限公司"
    assert not any(n.startswith("以下简称") for n in names["Firm"])  # (以下简称晋煤集团): the short name, not a firm of its own
    assert {(group, "inIndustry", "压缩天然气"), (group, "inIndustry", "液化天然气")} <= triples  # 集团还在…等领域加快布局
    assert {("中联煤层气有限责任公司", "locatedIn", "端氏镇"), ("中联煤层气有限责任公司", "locatedIn", "沁水县"),
            (lanhua, "locatedIn", "高平市"), (lanhua, "inIndustry", "尿素"), (lanhua, "inIndustry", "甲醇")} <= triples
    assert (lanhua, "locatedIn", "晋城市") not in triples and "煤层气资源发展尿素" not in names["Industry"]
    assert not any(s == "中国石油天然气股份有限公司" and p == "locatedIn" for s, p, _ in triples)


def test_a_plans_table_of_indicators_and_its_box_of_district_priorities():
    text = ("# 石嘴山市“十四五”工业高质量发展规划(节选)\n\n> 专栏1 县区产业发展重点\n> 大武口区：稀有金属材料、装备制造、数字经济。\n"
            "> 惠农区：电石化工、冶金、电池材料。\n\n地址：宁夏石嘴山市大武口区、惠农区。\n\n主要指标如下：\n\n| 指标 | 2020年 | 2025年目标 |\n|---|---|---|\n"
            "| 规模以上工业总产值（亿元） | 1026 | 1500 |\n| 规模以上工业增加值年均增速（%） | — | 8 |\n")
    _, ext, _, triples, stats = run(text, path="plan.md")
    assert {("大武口区", "hasPriorityIndustry", "数字经济"), ("惠农区", "hasPriorityIndustry", "电池材料")} <= triples
    assert not any(p == "hasPriorityIndustry" and s in ("宁夏回族自治区", "石嘴山市") for s, p, _ in triples)  # an address line
    assert {("石嘴山市", Decimal("1026"), "亿元", "2020"), ("石嘴山市", Decimal("1500"), "亿元", "2025"),
            ("石嘴山市", Decimal("8"), "%", "2025")} <= stats
    target = next(o for o in ext.observations if o.value == Decimal("1500"))
    assert target.indicator == "规模以上工业总产值目标" and target.evidence.text == "1500"


def test_a_research_notes_county_its_bases_firms_and_a_flattened_table_of_firms():
    _, _, names, triples, stats = run(
        "神木煤化工深度\n\n神木市地处陕西省最北端,隶属榆林市,东与府谷县接壤,是全国重要的煤炭和兰炭生产基地。"
        "2024年,神木市连续多年入选全国县域经济百强县。早期,神木以原煤外运为主。神木市兰炭企业以民营为主。"
        "上游煤炭方面,国能神东煤炭集团有限责任公司总部位于神木市大柳塔镇,是国家能源投资集团有限责任公司旗下的核心煤炭生产企业,"
        "2024年商品煤产量1.96亿吨。\n\n| 公司 | 主要产品 |\n|---|---|\n| 陕西北元化工集团股份有限公司 | 聚氯乙烯、烧碱 |\n",
        path="note.md")
    shenmu = "神木市"
    assert {(shenmu, "hasPriorityIndustry", "煤炭"), (shenmu, "hasPriorityIndustry", "兰炭")} <= triples
    assert not any(s == "府谷县" and p == "hasPriorityIndustry" for s, p, _ in triples)  # a neighbour, not the base
    assert not {"民营", "原煤外运", "煤炭和兰炭"} & names["Industry"]
    firm = "国能神东煤炭集团有限责任公司"  # read whole, though the tagger cuts 公司总部 as one word
    assert firm in names["Firm"] and (firm, Decimal("1.96"), "亿吨", "2024") in stats  # not its owner's figure
    assert not any(p == "hasDesignation" and s.startswith("陕西北元") for s, p, _ in triples)  # a place's honour


def test_a_work_report_of_a_county_level_city_since_made_a_district_speaks_for_it_as_the_text_names_it():
    _, _, names, triples, stats = run(
        "南康市政府工作报告(摘要)\n\n——2013年1月10日在南康市第十五届人民代表大会第二次会议上\n\n"
        "现在,我代表市人民政府向大会报告工作。过去的一年,在赣州市委、市政府和南康市委的坚强领导下,全市上下坚持“主攻工业、做大家具”。"
        "家具产业是我市的首位产业和富民产业。全市拥有家具生产企业6000余家,家具产业集群实现产值315亿元。\n")
    assert "南康市" in names["Region"]  # 南康区 since 2013: the segmenter's lexicon knows 南康市
    assert {"南康市人民政府", "赣州市政府"} <= names["Organization"]  # 市政府 after 赣州市委、 is 赣州's
    assert any(s == "南康区" and v == Decimal("315") for s, v, *_ in stats)
    assert not any(s == "赣州市" and p == "hasPriorityIndustry" for s, p, _ in triples)


def test_a_chain_maps_stages_written_in_brackets_headers_one_item_and_markdown_marks():
    article, _, _, triples, _ = run(
        "# 一图看懂商业航天产业链\n\n- **卫星制造**：卫星平台、卫星载荷\n\n"
        "商业航天产业链可分为上游（卫星制造、火箭制造）、中游（发射服务、地面设备）和下游（卫星运营、应用服务）三个环节。\n\n"
        "【上游】火箭发动机、箭体结构件\n\n产业链上游主要包括原材料和零部件，中游为整机制造。\n", path="map.md")
    assert "卫星制造:卫星平台、卫星载荷" in [s.text for s in article.sentences]  # no bullet, no ** left in the text
    chain = "商业航天"
    assert {(x, "partOf", chain) for x in ("卫星制造", "火箭制造", "发射服务", "地面设备", "卫星运营", "应用服务",
                                           "火箭发动机", "箭体结构件", "原材料", "零部件", "整机制造")} <= triples


def test_what_an_industry_is_said_to_include_are_its_parts():
    _, _, _, triples, _ = run("安吉椅业\n\n椅业是安吉县的支柱产业,产品涵盖办公椅、休闲椅、沙发和功能座椅等。"
                              "节能环保产业细分为再生资源回收、环保装备制造两大板块。"
                              "本条例所称乳业,包括奶牛养殖、乳制品加工以及乳制品流通、销售等环节。\n")
    assert {(x, "partOf", "椅业") for x in ("办公椅", "沙发", "功能座椅")} <= triples
    assert any(s == "环保装备制造" and p == "partOf" and o.startswith("节能环保") for s, p, o in triples)
    assert not any(s == "销售" for s, *_ in triples)  # an activity, no part


def test_a_district_list_notice_in_quotes_with_a_town_column():
    html = ("<html><head><meta charset=\"utf-8\"><title>名单</title></head><body>"
            "<p>确定上海某某智能科技有限公司等2家企业为2019年度嘉定区“专精特新”中小企业，现予公布。</p><table>"
            "<tr><th>序号</th><th>企业名称</th><th>所属街镇</th><th>主导产品</th></tr>"
            "<tr><td>1</td><td>上海汇众萨克斯减振器有限公司</td><td>安亭镇</td><td>汽车减振器</td></tr>"
            "<tr><td>2</td><td>上海联影智能医疗科技有限公司</td><td>马陆镇</td><td>医学影像设备</td></tr></table></body></html>")
    _, _, _, triples, _ = run(html, path="list.html")
    firm = "上海汇众萨克斯减振器有限公司"
    assert {(firm, "hasDesignation", "专精特新中小企业"), (firm, "locatedIn", "安亭镇"),
            ("上海联影智能医疗科技有限公司", "locatedIn", "马陆镇")} <= triples


def test_chain_leaders_named_without_quotes():
    _, _, _, triples, _ = run("安徽链长制\n\n确定奇瑞汽车股份有限公司、安徽江淮汽车集团股份有限公司为首批新能源汽车产业链链主企业。"
                              "东风汽车集团有限公司作为智能网联汽车产业链链主企业,带动配套企业超过1000家。\n")
    for firm, chain in (("奇瑞汽车股份有限公司", "新能源汽车"), ("安徽江淮汽车集团股份有限公司", "新能源汽车"),
                        ("东风汽车集团有限公司", "智能网联汽车")):
        assert {(firm, "hasDesignation", "“链主”企业"), (firm, "inIndustry", chain)} <= triples


def test_a_zones_work_summary_speaks_of_the_zone_and_a_sino_foreign_venture_keeps_its_place():
    _, _, names, _, stats = run("子牙经济技术开发区2017年工作总结\n\n"
                                "2017年,在静海区委、区政府的正确领导下,子牙经济技术开发区坚持以循环经济为主导,各项工作取得新成效。\n\n"
                                "全年实现工业总产值186亿元,同比增长12.5%;完成固定资产投资42亿元。\n\n"
                                "(二)新能源汽车产业加快布局。引进天津中德新能源汽车有限公司,主要生产纯电动物流车。\n")
    zone = "子牙经济技术开发区"
    assert {(zone, Decimal("186"), "亿元", "2017"), (zone, Decimal("42"), "亿元", "2017")} <= stats
    assert "天津中德新能源汽车有限公司" in names["Firm"] and "德新能源汽车有限公司" not in names["Firm"]


def test_a_press_conference_answers_period_its_parts_class_and_no_firm_from_a_preposition():
    _, _, names, triples, stats = run(
        "重庆新能源汽车产业集群新闻发布会\n\n2024年5月20日,重庆市政府新闻办举行新闻发布会。\n\n"
        "市经济信息委副主任:2023年,全市汽车产量232万辆,其中新能源汽车产量50万辆。\n\n"
        "重庆已形成以长安汽车、赛力斯为龙头,1000余家规上零部件企业为支撑的汽车产业集群。\n\n"
        "璧山区重点发展动力电池、电驱系统和智能座舱等关键零部件。\n")
    assert {("重庆市", Decimal("232"), "万辆", "2023"), ("重庆市", Decimal("50"), "万辆", "2023")} <= stats  # not 2024
    assert "为支撑" not in names["Firm"]
    assert {("璧山区", "hasPriorityIndustry", x) for x in ("电驱系统", "智能座舱")} <= triples


def test_a_county_stem_read_as_a_persons_name_is_the_place_in_a_text_naming_its_province():
    _, _, names, triples, _ = run("一图读懂文昌商业航天产业链\n\n海南省大力发展航天产业。文昌重点发展卫星互联网和航天文旅。"
                                  "汨罗市把“城市矿山”变成“金山银山”。上海市的企业也来了。\n")
    assert "文昌市" in names["Region"] and ("文昌市", "hasPriorityIndustry", "卫星互联网") in triples
    assert "金山区" not in names["Region"]


def test_a_trade_named_by_one_good_and_ye():
    _, _, names, _, stats = run("安吉椅业\n\n2013年,安吉县椅业实现产值280亿元。全县现有椅业企业800余家,制造业企业169家,就业岗位2万个。\n")
    assert "椅业" in names["Industry"] and not {"造业", "就业"} & names["Industry"]
    assert ("安吉县", Decimal("280"), "亿元", "2013") in stats


def test_the_trades_counted_within_an_industry_are_its_parts():
    _, _, _, triples, _ = run("辽源统计公报\n\n在装备制造业中,汽车零部件、矿山机械、输变电设备三个行业增加值合计占全市装备制造业的六成以上。\n")
    assert {(x, "partOf", "装备制造") for x in ("汽车零部件", "矿山机械", "输变电设备")} <= triples


def test_a_provincial_department_whose_official_speaks_is_named():
    _, _, names, _, _ = run("湖南5县市上榜工业百强县\n\n我省长沙县、浏阳市上榜。省工业和信息化厅相关负责人表示,工业百强县是排头兵。\n")
    assert "湖南省工业和信息化厅" in names["Organization"]


def test_a_power_plant_a_firm_built_in_a_town_is_a_body_there_holding_its_capacity():
    _, _, names, triples, stats = run("晋城煤层气\n\n目前,晋煤集团在沁水县嘉峰镇建成的寺河瓦斯发电厂装机容量达到12万千瓦。\n")
    plant = "寺河瓦斯发电厂"
    assert plant in names["Organization"] and (plant, "locatedIn", "嘉峰镇") in triples
    assert (plant, Decimal("12"), "万千瓦", None) in stats


def test_titles_quoted_long_or_after_a_level_and_a_subject_before_shi():
    _, _, names, triples, _ = run("南康工业\n\n南康市荣获“全省工业崛起年度先进县(市)”称号。"
                                  "汨罗市首次入围榜单,湖南汨罗循环经济产业园是国家“城市矿产”示范基地。平果是示范基地的核心区。\n")
    assert ("南康区", "hasDesignation", "全省工业崛起年度先进县(市)") in triples  # 南康市, 南康区 since 2013
    assert "国家“城市矿产”示范基地" in names["Designation"]
    assert not any(d.startswith("湖南") or d == "示范基地" for d in names["Designation"])


def test_a_trade_named_with_hangye_and_a_firms_yearly_output():
    _, ext, _, triples, _ = run("石嘴山\n\n宁夏东方钽业股份有限公司是国内钽铌行业的骨干企业。全省重点发展实木家具产业。"
                                  "江西康达家具有限公司建设的生产线建成投产,年产实木家具15万套。家具产业是我市的首位产业和富民产业。\n")
    assert ("宁夏东方钽业股份有限公司", "inIndustry", "钽铌") in triples  # the trade's label, 钽铌行业 its alias
    assert ("江西康达家具有限公司", "inIndustry", "实木家具") in triples
    assert "首位" not in {e.label for e in ext.entities if e.type == "Industry"}  # a kind word keeps its 产业, no trade 首位


def test_what_a_firm_builds_its_chain_around_are_its_trades():
    _, _, _, triples, _ = run("石嘴山\n\n宁夏英力特化工股份有限公司围绕电石、聚氯乙烯和烧碱形成了循环经济产业链。园区围绕钢铁和化工形成产业集群。\n")
    assert {("宁夏英力特化工股份有限公司", "inIndustry", x) for x in ("电石", "聚氯乙烯", "烧碱")} <= triples
    assert not any(o == "钢铁" for _, p, o in triples if p == "inIndustry")


def test_dangdi_is_the_articles_place_and_a_system_of_products_names_its_goods():
    _, _, _, triples, _ = run("神木煤化工深度\n\n神木市是全国重要的煤炭生产基地,神木市原煤产量2.86亿吨,神木市连续入选百强县。"
                              "“十三五”以来,当地依托神木高新技术产业开发区推进煤炭就地转化,逐步形成了兰炭、电石、金属镁等产品体系。"
                              "全市陶瓷企业发展到640余家,形成了日用瓷、艺术瓷、电瓷四大门类。\n")
    assert {("神木市", "hasPriorityIndustry", x) for x in ("兰炭", "电石", "金属镁")} <= triples
    assert ("神木市", "hasPriorityIndustry", "日用瓷") not in triples  # 全市 with 形成: the kinds of a trade, not priorities


def test_a_two_character_trade_named_with_chanye_is_that_trade():
    _, ext, _, _, _ = run("醴陵\n\n陶瓷产业是我市的传统支柱产业。数字产业加快发展。\n")
    labels = {e.label for e in ext.entities if e.type == "Industry"}
    assert "陶瓷" in labels and "陶瓷产业" not in labels and "数字产业" in labels
