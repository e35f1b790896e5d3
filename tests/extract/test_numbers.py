"""kg.extract.numbers: a snippet in, the quantities (value, unit as printed, qualifier) out."""
from __future__ import annotations

import doctest
from decimal import Decimal

import pytest

import kg.extract.numbers as numbers
from kg.extract.numbers import find_quantities, parse_chinese_numeral

D = Decimal

CASES = [
    # Arabic numbers, decimals, thousands separators, magnitudes kept in the unit
    ("产值达300.9亿元", [(D("300.9"), "亿元", None)]),
    ("总产值突破20万亿元", [(D("20"), "万亿元", "lower-bound")]),
    ("腾出土地2.1万亩", [(D("2.1"), "万亩", None)]),
    ("5G基站12,000个", [(D("12000"), "个", None)]),
    ("常住人口735.06万人", [(D("735.06"), "万人", None)]),
    ("投资8.1亿美元", [(D("8.1"), "亿美元", None)]),
    # counters, compound units, percent and percentage points
    ("淘汰各类装备3000余台套", [(D("3000"), "台套", "lower-bound")]),
    ("经济密度为0.56亿元/平方公里", [(D("0.56"), "亿元/平方公里", None)]),
    ("还高出0.045吨标煤/万元", [(D("0.045"), "吨标煤/万元", "delta")]),
    ("户均产值为1.75亿/家", [(D("1.75"), "亿/家", None)]),
    ("6200t/d新型绿色智能化熟料生产线", [(D("6200"), "t/d", None)]),
    ("是武进的2.6倍", [(D("2.6"), "倍", None)]),
    ("较2019年提高5.5个百分点", [(D("5.5"), "个百分点", "delta")]),
    ("交通圈90分钟", [(D("90"), "分钟", None)]),
    # volumes and energy: a magnitude before a unit that opens with 千 (万千升), watt-hours after watts
    ("全年白酒产量达到32.6万千升", [(D("32.6"), "万千升", None)]),
    ("储能电池10GWh", [(D("10"), "GWh", None)]),
    ("光伏组件5吉瓦", [(D("5"), "吉瓦", None)]),
    # elided and shared units
    ("分别低于溧阳2.2个、4.4个百分点", [(D("2.2"), "个百分点", "delta"), (D("4.4"), "个百分点", "delta")]),
    ("下降0.12/家、0.05亿元/家", [(D("0.12"), "", "delta"), (D("0.05"), "亿元/家", "delta")]),
    # qualifiers
    ("能耗80余万吨标煤", [(D("80"), "万吨标煤", "lower-bound")]),
    ("牲畜存栏1560万头只", [(D("1560"), "万头只", None)]),  # 头只: head of cattle and sheep counted together
    ("全年生产整车超18万辆", [(D("18"), "万辆", "lower-bound")]),
    ("提高近100家", [(D("100"), "家", "delta")]),
    ("近100家", [(D("100"), "家", "approx")]),
    ("全市共签约33个项目", [(D("33"), "个", None)]),
    ("培育创建170多家单项冠军企业", [(D("170"), "家", "lower-bound")]),
    ("出口到逾100个国家", [(D("100"), "个", "lower-bound")]),
    ("占比也在20%以上", [(D("20"), "%", "lower-bound")]),
    ("总面积约1000 亩", [(D("1000"), "亩", "approx")]),
    ("规模1500亿元左右", [(D("1500"), "亿元", "approx")]),
    ("同比增长187.9%", [(D("187.9"), "%", "delta")]),
    ("产品生命周期研发缩短20%", [(D("20"), "%", "delta")]),
    ("专利强度≥30%", [(D("30"), "%", "threshold")]),
    # ranges
    ("传统产业占比达70%~80%", [(D("70"), "%", "range")]),
    ("占比在10%-17%之间", [(D("10"), "%", "range")]),
    ("年上交税收6-8亿元", [(D("6"), "亿元", "range")]),
    ("有5、600户", [(D("500"), "户", "range")]),
    # ranks are positions, not values
    ("居环太湖五地第2", [(D("2"), "", "rank")]),
    ("位于前100名的科技集群", [(D("100"), "名", "rank")]),
    ("数量居湖州市首位", []),
    # Chinese numerals
    ("规上工业企业数均已突破千家", [(D("1000"), "家", "lower-bound")]),
    ("保有量达一千八百二十一万辆", [(D("1821"), "万辆", None)]),
    ("十二家企业", [(D("12"), "家", None)]),
    ("比例不得低于百分之五十", [(D("50"), "%", "lower-bound")]),
    ("百分之三十七点二", [(D("37.2"), "%", None)]),
    ("有三分之二分布在东部地区", [(D("0.6667"), "", None)]),
    ("仅为吴江的一半", [(D("0.5"), "", None)]),
    ("中国8成的粉笔", [(D("8"), "成", None)]),
    ("占全国八成市场", [(D("8"), "成", None)]),
    ("年产粉笔5万箱", [(D("5"), "万箱", None)]),
    ("国际专利申请量排名在前二十位", [(D("20"), "位", "rank")]),
    ("石膏开采历史400多年", [(D("400"), "年", "lower-bound")]),
    ("一个中心、两翼驱动、三张网", []),
    ("党的二十大报告、“十三五”规划、一号改革工程", []),
    ("优化营商环境“十二条意见”", []),
    ("带动上万人就业", []),
    # not quantities: years, dates, periods, ordinals, document, phone and ICP numbers
    ("2021年,长兴县", []),
    ("1-5月,项目开工", []),
    ("1—5月,项目开工", []),
    ("发布时间:2023-12-07 19:29:11", []),
    ("5年来,差距扩大", []),
    ("90年代初期", []),
    ("国发〔2010〕32号", []),
    ("(一)总体要求", []),
    ("第2批", []),
    ("电话0572-6041234", []),
    ("京ICP备05028946号-5", []),
    ("《“十四五”数字经济发展规划》", []),
    ("按照“9个城市是1个城市”的要求", []),
    ("呈现以下特点(如图4所示)", []),
    ("详见表3,共有企业5家", [(D("5"), "家", None)]),
    ("发表3篇论文", [(D("3"), "篇", None)]),
    # the size that makes a kind of firm or project is a threshold; a count of firms is not
    ("培育营业收入超千亿元企业1家", [(D("1000"), "亿元", "threshold"), (D("1"), "家", None)]),
    ("新签约10亿元以上项目189个", [(D("10"), "亿元", "threshold"), (D("189"), "个", None)]),
    ("中钢、松德等9家企业入选", [(D("9"), "家", None)]),
    # PDF-to-Markdown LaTeX debris
    ("以年均 $2 0 \\%$ 的增长速度", [(D("20"), "%", None)]),
    ("启动 $1$ 亿元专项资金", [(D("1"), "亿元", None)]),
]


@pytest.mark.parametrize(("snippet", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quantities(snippet: str, expected: list[tuple[Decimal, str, str | None]]):
    got = [(q.value, q.unit, q.qualifier) for q in find_quantities(snippet)]
    assert [(v.normalize(), u, ql) for v, u, ql in got] == [(v.normalize(), u, ql) for v, u, ql in expected]


def test_scaled_applies_the_magnitude():
    (q,) = find_quantities("产值达300.9亿元")
    assert q.scaled == D("30090000000")
    assert q.text == "300.9亿元"


def test_span_covers_number_and_unit():
    text = "全年生产整车超18万辆,产值达217.2亿元"
    spans = [text[q.start: q.end] for q in find_quantities(text)]
    assert spans == ["18万辆", "217.2亿元"]


def test_range_keeps_its_upper_end():
    (q,) = find_quantities("占比达70%~80%")
    assert (q.value, q.upper, q.qualifier) == (D("70"), D("80"), "range")


@pytest.mark.parametrize(("numeral", "value"), [
    ("十二", D("12")), ("一千八百二十一万", D("18210000")), ("两千", D("2000")), ("一〇二四", D("1024")),
    ("三十七点二", D("37.2")), ("十三五", None), ("", None),
])
def test_parse_chinese_numeral(numeral: str, value: Decimal | None):
    assert parse_chinese_numeral(numeral) == value


def test_doctests():
    assert doctest.testmod(numbers).failed == 0
