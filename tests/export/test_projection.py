"""One projection for every format: entities as nodes, relations as edges with stable unique ids, literals
as attributes, and subgraph selection."""
from __future__ import annotations

import pytest

from kg.export import selection
from kg.export.projection import MAX_DEPTH, Selection, SelectionError, edge_id, project
from kg.vocab import BASE, ENTITY_TYPES, RELATION_PREDICATES

GEELY = BASE + "id/firm/吉利"
CHANGXING = BASE + "id/region/330522"


def test_nodes_are_entities_with_literal_attributes(whole):
    assert whole.number_of_nodes() > 50
    for iri, d in whole.nodes(data=True):
        assert iri.startswith(BASE + "id/") and d["iri"] == iri and d["id"] == iri[len(BASE + "id/"):]
        assert d["type"] in ENTITY_TYPES and d["label"]
        assert d["degree"] == whole.degree(iri)
    changxing = whole.nodes[CHANGXING]
    assert (changxing["label"], changxing["label_en"], changxing["code"], changxing["level"]) == ("长兴县", "Changxing", "330522", "county")
    assert 30 < changxing["latitude"] < 31.5 and 119 < changxing["longitude"] < 120.5
    assert "吉利汽车" in whole.nodes[GEELY]["aliases"].split("|")


def test_edges_have_unique_stable_ids_and_document_counts(whole):
    ids = [d["id"] for _, _, d in whole.edges(data=True)]
    assert len(ids) == len(set(ids)) == whole.number_of_edges()
    for s, o, d in whole.edges(data=True):
        assert d["predicate"] in RELATION_PREDICATES and d["predicate_iri"].endswith("#" + d["predicate"])
        assert d["id"] == edge_id(s, d["predicate"], o)
    assert whole.edges[GEELY, CHANGXING, "locatedIn"]["documents"] == 1


def test_the_region_hierarchy_is_whole(whole):
    assert whole.has_edge(CHANGXING, BASE + "id/region/330500", "locatedIn")
    assert whole.has_edge(BASE + "id/region/330500", BASE + "id/region/330000", "locatedIn")


def test_focus_keeps_the_neighbourhood_within_depth(seeded_store, whole):
    one = project(seeded_store, Selection(focus=GEELY, depth=1))
    assert set(one) == {GEELY} | set(whole.successors(GEELY)) | set(whole.predecessors(GEELY))
    two = project(seeded_store, Selection(focus=GEELY, depth=2))
    assert set(one) < set(two) and one.graph["focus"] == "firm/吉利"
    assert all(two.edges[e]["id"] == whole.edges[e]["id"] for e in two.edges(keys=True))


def test_types_and_predicates_filter(seeded_store):
    g = project(seeded_store, Selection.parse(types="Firm,Region", predicates="locatedIn"))
    assert {d for _, d in g.nodes(data="type")} == {"Firm", "Region"}
    assert {d for _, _, d in g.edges(data="predicate")} == {"locatedIn"}


def test_nodes_selection_is_induced(seeded_store):
    g = project(seeded_store, Selection(nodes=frozenset({GEELY, CHANGXING})))
    assert set(g) == {GEELY, CHANGXING} and list(g.edges(keys=True)) == [(GEELY, CHANGXING, "locatedIn")]


def test_focus_by_any_name_form(seeded_store):
    for name in ("长兴", "changxing", "330522", CHANGXING):
        assert selection(seeded_store, focus=name).focus == CHANGXING


@pytest.mark.parametrize("kwargs", [{"types": "Firm,Company"}, {"predicates": "knows"}, {"depth": MAX_DEPTH + 1}])
def test_bad_selections_say_what_is_wrong(kwargs):
    with pytest.raises(SelectionError, match="Company|knows|depth"):
        Selection.parse(**kwargs)
