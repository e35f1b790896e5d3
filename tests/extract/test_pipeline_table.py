"""Extraction as a table: a snippet of article text in, the expected records out.

Cases come from ../shared/research/nlp-seed-inventory.md; each names its construction.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.pipeline import extract
from kg.text import prepare


def run(text: str):
    ext = extract(prepare(text.encode("utf-8"), path="snippet.txt"))
    names = {e.type: set() for e in ext.entities}
    labels = {}
    for e in ext.entities:
        names[e.type].add(e.label)
        names[e.type].update(e.aliases)
        labels[(e.type, e.key)] = e.label
    triples = {(labels.get((r.subject_type, r.subject), r.subject), r.predicate, labels.get((r.object_type, r.object), r.object))
               for r in ext.relations}
    return ext, names, triples


CASES = [
    ("issuer and date: A、B印发《P》",
     "2023年2月,中共中央、国务院印发《质量强国建设纲要》,明确了新时期质量强国建设的重点方向与推动路径。",
     {("质量强国建设纲要", "issuedBy", "中共中央"), ("质量强国建设纲要", "issuedBy", "国务院")}),
    ("province + stem, adjacency, lake not a region",
     "长兴县位于太湖西南岸,北与江苏宜兴、西与安徽广德交界,自古被称为“三省通衢”。",
     {("宜兴市", "locatedIn", "江苏省"), ("广德市", "locatedIn", "安徽省"),
      ("长兴县", "adjacentTo", "宜兴市"), ("长兴县", "adjacentTo", "广德市")}),
    ("firm list with a count, entering a designation",
     "中德、润阳、中钢、松德等9家企业入选国家级专精特新“小巨人”企业。",
     {(f, "hasDesignation", "专精特新“小巨人”企业") for f in ("中德", "润阳", "中钢", "松德")}),
    ("firm list with the verb on its first item",
     "今年以来,完成毓恬冠佳、三众汽车部件、火凤凰线缆等小升规企业34家。",
     {(f, "hasDesignation", "小升规企业") for f in ("毓恬冠佳", "三众汽车部件", "火凤凰线缆")}),
    ("a system defined in the text: 由A和B…组成的“1+4”",
     "2023年上半年,长兴县由智能汽车及关键零部件和新能源、智能装备、生物医药、数字产业组成的“1+4”新兴产业实现产值437.2亿元。",
     {("新能源", "partOf", "“1+4”新兴产业"), ("生物医药", "partOf", "“1+4”新兴产业"),
      ("长兴县", "hasPriorityIndustry", "智能装备"), ("长兴县", "hasPriorityIndustry", "“1+4”新兴产业")}),
    ("X的Y: a place's leading industry",
     "溧阳的动力电池、宜兴的电线电缆、武进的机械行业占比均超过30%。",
     {("溧阳市", "hasPriorityIndustry", "动力电池"), ("宜兴市", "hasPriorityIndustry", "电线电缆")}),
    ("publisher of a report; em-dash clusters are one cluster each",
     "在世界知识产权组织发布的《2023年全球创新指数》中,深圳—香港—广州、北京、上海—苏州集群跻身全球科技集群的前五位。",
     {("2023年全球创新指数", "issuedBy", "世界知识产权组织"), ("深圳—香港—广州", "memberOf", "全球科技集群"),
      ("北京", "memberOf", "全球科技集群")}),
    ("a firm's plant: part of the firm, in the place its name gives",
     "总投资326亿元的吉利长兴基地已成为吉利集团技术水平最高的4.0工厂,全年生产整车超18万辆。",
     {("吉利长兴基地", "partOf", "吉利"), ("吉利长兴基地", "locatedIn", "长兴县")}),
    ("a county's honours after 成长为",
     "近年来,长兴县逐步成长为全国综合实力百强县、中国工业百强县,成为浙江省制造业高质量发展示范县。",
     {("长兴县", "hasDesignation", "全国综合实力百强县"), ("长兴县", "hasDesignation", "中国工业百强县"),
      ("长兴县", "hasDesignation", "浙江省制造业高质量发展示范县")}),
    ("the issuer is named in the title",
     "我国先后出台《国务院关于加快培育和发展战略性新兴产业的决定》等多个政策文件。",
     {("国务院关于加快培育和发展战略性新兴产业的决定", "issuedBy", "国务院")}),
]


@pytest.mark.parametrize("construction,text,expected", CASES, ids=[c[0] for c in CASES])
def test_relations(construction, text, expected):
    _, _, triples = run(text)
    assert expected <= triples, f"missing: {expected - triples}"


def test_em_dash_cluster_is_not_three_regions():
    _, names, _ = run("深圳—香港—广州、北京、上海—苏州集群跻身全球科技集群的前五位。")
    assert "深圳—香港—广州" in names["Cluster"]
    assert "深圳市" not in names.get("Region", set())


def test_lake_and_mountain_are_not_regions():
    _, names, _ = run("长兴县,坐拥太湖、背倚天目山,地处长三角中心腹地。")
    regions = names["Region"]
    assert "长兴县" in regions and "长三角" in regions
    assert not {"太湖县", "太湖"} & regions


def test_abbreviations_in_a_province_list():
    _, names, _ = run("长兴县地处长三角中心腹地,襟带浙苏皖三省门户。")
    assert {"浙江省", "江苏省", "安徽省"} <= names["Region"]


def test_region_inside_an_organisation_name_is_not_a_mention():
    ext, names, triples = run("在长兴国家大学科技园、复旦大学、吉利研究院等孵化器基础上构建科创大平台。")
    assert "长兴国家大学科技园" in names["Organization"]
    assert ("长兴国家大学科技园", "locatedIn", "长兴县") in triples


def test_statistic_with_magnitude_unit_and_period():
    ext, _, _ = run("2022年,长兴县智能汽车及关键零部件产业产值达300.9亿元,同比增长187.9%。")
    obs = {(o.value, o.unit, o.period) for o in ext.observations}
    assert (Decimal("300.9"), "亿元", "2022") in obs


def test_every_evidence_span_maps_into_the_raw_text():
    raw = "关注我们\n\n長興縣(xiàn)位於太湖西南岸,北與江蘇宜興交界。\n"
    a = prepare(raw.encode("utf-8"))
    ext = extract(a)
    assert ext.relations
    for r in ext.relations:
        ev = r.evidence
        assert a.raw[ev.raw_start:ev.raw_end].startswith("長興縣")
