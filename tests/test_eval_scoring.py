"""kg eval's scoring on a hand-made extraction: one-to-one matching by name or alias, and the edges the gold
format has no place for counted apart."""
from __future__ import annotations

from kg.eval import format_report, score_document
from kg.records import DocumentMeta, Entity, Evidence, Extraction, Relation

GOLD = {
    "entities": [{"label": "长兴县", "type": "Region", "aliases": ["长兴"]}, {"label": "新能源", "type": "Industry"},
                 {"label": "长兴县新能源产业规划", "type": "Policy"}],
    "relations": [{"s": "长兴县", "p": "hasPriorityIndustry", "o": "新能源", "evidence": "…"}],
    "facts": [],
}


def _extraction() -> Extraction:
    ev = Evidence("urn:doc", 0, "长兴大力发展新能源产业。", 0, 12)
    ents = [Entity("Region", "330522", "长兴县", {"长兴"}), Entity("Industry", "新能源", "新能源"),
            Entity("Industry", "储能", "储能"), Entity("Policy", "规划", "长兴县新能源产业规划")]
    rels = [Relation("330522", "Region", "hasPriorityIndustry", "新能源", "Industry", ev),
            Relation("330522", "Region", "hasPriorityIndustry", "储能", "Industry", ev),
            Relation("规划", "Policy", "inIndustry", "新能源", "Industry", ev)]
    return Extraction(document=DocumentMeta(iri="urn:doc", path=None, sha256=""), entities=ents, relations=rels)


def test_matches_by_name_or_alias_one_to_one_and_counts_extras():
    report = score_document(GOLD, _extraction())
    industries, priorities = report.entities["Industry"], report.relations["hasPriorityIndustry"]
    assert (industries.tp, industries.fp, industries.fn) == (1, 1, 0)
    assert (priorities.tp, priorities.fp, priorities.fn) == (1, 1, 0)
    assert "relation extra 长兴 hasPriorityIndustry 储能" in report.misses  # the first of its names, sorted


def test_a_policys_target_industry_is_counted_apart_not_as_a_false_positive():
    report = score_document(GOLD, _extraction())
    assert "inIndustry" not in report.relations
    assert report.unscored == 1
    assert "not scored: 1 relation(s)" in format_report(report)


def test_a_firms_institute_part_of_the_firm_is_counted_apart_and_an_industrys_part_is_scored():
    ev = Evidence("urn:doc", 0, "吉利研究院位于杭州湾。", 0, 11)
    ents = [Entity("Organization", "吉利研究院", "吉利研究院"), Entity("Firm", "吉利", "吉利"),
            Entity("Industry", "储能", "储能"), Entity("Industry", "新能源", "新能源")]
    rels = [Relation("吉利研究院", "Organization", "partOf", "吉利", "Firm", ev),
            Relation("储能", "Industry", "partOf", "新能源", "Industry", ev)]
    ext = Extraction(document=DocumentMeta(iri="urn:doc", path=None, sha256=""), entities=ents, relations=rels)
    report = score_document(GOLD, ext)
    assert report.unscored == 1 and report.relations["partOf"].fp == 1  # the industry's edge, which the gold lacks
    assert "partOf from an Organization" in format_report(report)
