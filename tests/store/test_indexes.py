"""Derived indexes (kg/indexes.py): the same answers as the SPARQL they replace, and never stale."""
from __future__ import annotations

import pytest

from tests.conftest import SEEDS


@pytest.fixture()
def store():
    from kg.loader import load_paths
    from kg.store import open_store

    s = open_store(None)
    load_paths(s, [SEEDS])
    return s


def _iri(store, name, types=None):
    from kg.resolve import Resolver

    return Resolver(store).resolve(name, "name", types).iri


@pytest.mark.parametrize("filters", [{"region": "长兴", "chain": "汽车"}, {"region": "浙江省"}, {"chain": "汽车"},
                                     {"industry": "新能源汽车"}, {}])
@pytest.mark.parametrize("sort", ["label", "id"])
def test_firm_page_matches_the_sparql_answer(store, filters, sort, monkeypatch):
    from kg import indexes, queries

    bound = {k: _iri(store, v, {"Region"} if k == "region" else {"Industry"}) for k, v in filters.items()}
    monkeypatch.setattr(queries, "USE_INDEXES", False)
    slow = queries.firm_page(store, **bound, limit=50, sort=sort)
    assert indexes.firm_page(store, **bound, limit=50, sort=sort) == slow


def test_upload_then_delete_changes_the_answer():
    """A document loaded after the indexes were built is in the next answer; deleted, it is gone again."""
    from kg.indexes import firm_page, indexes_for
    from kg.loader import load_document
    from kg.store import open_store

    store = open_store(None)
    from kg.loader import ensure_reference

    ensure_reference(store)
    region = "https://w3id.org/kg-cn/id/region/330522"
    assert firm_page(store, region=region)[1] == 0
    built = indexes_for(store)
    result = load_document(store, "浙江长兴新能达电池有限公司位于长兴县，主营动力电池。".encode(), path="upload.txt")
    items, total = firm_page(store, region=region)
    assert indexes_for(store) is not built  # rebuilt for the new generation
    assert total >= 1 and any("新能达" in f["label"] for f in items)
    assert all(link["evidence"] for f in items for link in f["links"])
    store.remove_graph(result.iri)
    assert firm_page(store, region=region)[1] == 0


def test_firms_route_uses_the_indexes_and_agrees_with_sparql(store):
    """The SPARQL path (kept for the designation filter) and the index path give the same page."""
    from kg import indexes, queries

    region = _iri(store, "长兴", {"Region"})
    chain = _iri(store, "汽车", {"Industry"})
    via_route = queries.firm_page(store, region=region, chain=chain, limit=50)
    assert via_route == indexes.firm_page(store, region=region, chain=chain, limit=50)
    assert {f["label"] for f in via_route[0]} >= {"吉利", "三众汽车部件"}


def _three_ways(store, monkeypatch, answer):
    """``answer()`` from the store alone, with the evidence index, and with the evidence and page indexes."""
    from kg import indexes

    idx = indexes.indexes_for(store)
    with monkeypatch.context() as m:
        m.setattr(indexes.Indexes, "evidence_ready", lambda self: None)
        from_store = answer()
        idx.evidence_index  # built here, not in the background
        m.setattr(indexes.Indexes, "evidence_ready", lambda self: self._evidence)
        with_evidence = answer()
    idx.page_index
    assert indexes.ready(store) is idx
    return from_store, with_evidence, answer()


@pytest.mark.parametrize("region", ["长兴", "浙江省", "湖州"])
def test_region_profile_is_the_same_from_the_indexes_and_from_the_store(store, region, monkeypatch):
    """/regions/{id} reads evidence and labels from the indexes once the evidence index is built, and everything
    from them once the page index is too; before, from the store: the same profile every way, and its firms are the
    firm page's."""
    from kg import indexes, queries

    iri = _iri(store, region, {"Region"})
    from_store, with_evidence, from_pages = _three_ways(store, monkeypatch, lambda: queries.region(store, iri))
    assert from_pages == with_evidence == from_store
    assert (from_pages["firms"], from_pages["firms_total"]) == indexes.firm_page(store, region=iri, limit=100)
    assert from_pages["firms"]


def test_every_region_profile_and_card_is_the_same_from_the_page_index_and_from_the_store(store, monkeypatch):
    """Every region that has more than a place in the hierarchy (firms, observations, industries, designations,
    clusters, policies) and every other named entity: the page index gives the store's answer."""
    from kg import indexes, pages, queries

    county, cluster = _iri(store, "长兴", {"Region"}), _iri(store, "“1+4”主导产业集群", {"Cluster"})
    firm = _iri(store, "吉利")
    # the seeds hold no cluster located in a region; a subject without a type is on a profile's policies but not
    # among a card's incoming links; a link stated in two graphs is listed once
    store.update(f"""INSERT DATA {{ GRAPH <urn:test> {{ <{cluster}> <{indexes.K}locatedIn> <{county}> .
      <http://x/untyped> <{indexes.K}issuedBy> <{county}> . <{firm}> <{indexes.K}locatedIn> <{county}> }} }}""")
    idx = indexes.indexes_for(store)
    index = idx.page_index
    assert index.untyped == ("http://x/untyped",)
    region = indexes.K + "Region"
    level = ("regionLevel", "locatedIn", "formerly", "memberRegion")  # what every region has
    busy = {s for s in index.types if region in index.types[s] and (
        index.observations.get(s) or any(region not in index.types.get(o, ()) for _, o in index.linked.get(s, ()))
        or any(p.rsplit("#", 1)[-1] not in level for p, _ in index.links.get(s, ())))}
    busy |= {up for s in busy for up in idx.chain_up(s, "located")}  # and the regions above them: firms below
    others = sorted(s for s in index.types if region not in index.types[s])
    assert len(busy) >= 10 and len(others) >= 100
    idx.evidence_index
    from_pages = {s: pages.region(idx, s) for s in sorted(busy)}
    cards = {s: pages.entity(idx, s) for s in [*sorted(busy), *others]}
    for part in ("firms", "observations", "priority_industries", "designations", "clusters", "policies"):
        assert any(profile[part] for profile in from_pages.values()), part  # none of the comparisons is vacuous
    monkeypatch.setattr(queries, "USE_INDEXES", False)
    for s, profile in from_pages.items():
        assert profile == queries.region(store, s), s
    for s, card in cards.items():
        assert card == queries.entity(store, s), s


@pytest.mark.parametrize("name", ["吉利", "长兴", "汽车", "湖州", "国务院"])
def test_entity_card_is_the_same_from_the_indexes_and_from_the_store(store, name, monkeypatch):
    from kg import queries

    iri = _iri(store, name)
    from_store, with_evidence, from_pages = _three_ways(store, monkeypatch, lambda: queries.entity(store, iri))
    assert from_pages == with_evidence == from_store
    assert from_pages["relations"] or from_pages["incoming"]


def test_upload_then_delete_changes_the_profile_and_the_card():
    """A firm uploaded after the page index was built is in the next profile of its county and has a card; deleted,
    both are as before. Each answer is the page index's of the new generation, and the store's."""
    from kg import indexes, pages, queries
    from kg.loader import ensure_reference, load_document
    from kg.store import open_store

    store = open_store(None)
    ensure_reference(store)
    county = "https://w3id.org/kg-cn/id/region/330522"

    def profile():
        idx = indexes.indexes_for(store)
        idx.evidence_index, idx.page_index
        assert indexes.ready(store) is idx
        return queries.region(store, county)

    before = profile()
    result = load_document(store, "浙江长兴新能达电池有限公司位于长兴县，2023年营业收入12.5亿元。".encode(), path="upload.txt")
    after = profile()
    firm = next(f for f in after["firms"] if "新能达" in f["label"])
    assert after["firms_total"] == before["firms_total"] + 1 and firm["links"][0]["evidence"]
    card = queries.entity(store, firm["iri"])
    assert card["type"] == "Firm" and any(r["predicate"] == "locatedIn" and r["object"] == county for r in card["relations"])
    assert any(link["subject"] == firm["iri"] for link in queries.entity(store, county)["incoming"])
    assert card == pages.entity(indexes.ready(store), firm["iri"])
    store.remove_graph(result.iri)
    assert profile() == before
    assert not pages.covers(indexes.ready(store), firm["iri"]) and queries.entity(store, firm["iri"]) is None


def test_evidence_index_answers_as_the_evidence_query(store):
    """Every assertion and every reference triple: the index gives what ``kg.queries.evidence`` reads from the store."""
    from kg import queries
    from kg.indexes import indexes_for

    index = indexes_for(store).evidence_index
    links = sorted(index.by_link)[::7] + sorted(index.reference)[::50]
    assert len(links) > 50
    for link in links:
        assert index.evidence(*link) == queries.evidence(store, *link), link
    assert index.evidence("http://x/a", "http://x/p", "http://x/b") == []


def test_evidence_index_is_never_stale():
    """Upload → the new link's sentence is in the index; delete → it is gone; the index is rebuilt each time."""
    from kg.indexes import indexes_for
    from kg.loader import ensure_reference, load_document
    from kg.store import open_store

    store = open_store(None)
    ensure_reference(store)
    before = indexes_for(store).evidence_index
    result = load_document(store, "浙江长兴新能达电池有限公司位于长兴县，主营动力电池。".encode(), path="upload.txt")
    after = indexes_for(store).evidence_index
    assert after is not before
    mine = [(link, ev) for link, ev in after.by_link.items() if "新能达" in link[0] or any("新能达" in e[0] for e in ev)]
    assert mine and all(e[1] == result.iri for _, ev in mine for e in ev)
    store.remove_graph(result.iri)
    gone = indexes_for(store).evidence_index
    assert not any(link in gone.by_link for link, _ in mine)
    assert all(gone.evidence(*link) == [] or gone.evidence(*link)[0]["sentence"] is None for link, _ in mine)


def test_a_store_gone_before_the_background_build_leaves_the_index_unbuilt(caplog):
    """A shutdown (or a remote engine that went away) while the evidence index builds in its thread is logged; the
    pages keep reading evidence from the store, and nothing raises in the thread."""
    from kg.indexes import Indexes

    idx = Indexes(generation=0, _store=lambda: None)  # the store was closed and collected
    with caplog.at_level("WARNING", logger="kg.indexes"):
        idx._build_evidence()
    assert idx._evidence is None
    assert "evidence index not built" in caplog.text and "closed" in caplog.text


def test_evidence_index_writes_every_link_as_its_rows():
    """``evidence`` slices a link's rows straight into dicts (the region profile's hot path, apart from ``by_link``'s
    tuples): the same items for every link, a document without a title included."""
    from kg import queries
    from kg.indexes import indexes_for
    from kg.loader import ensure_reference, load_document
    from kg.store import open_store

    store = open_store(None)
    ensure_reference(store)
    load_document(store, "浙江长兴新能达电池有限公司位于长兴县，主营动力电池。".encode(), path="titled.txt")
    untitled = load_document(store, "浙江长兴恒达机械有限公司位于长兴县，主营汽车零部件。".encode(), path="untitled.txt")
    store.update(f"DELETE WHERE {{ GRAPH <{untitled.iri}> {{ <{untitled.iri}> <http://purl.org/dc/terms/title> ?t }} }}")
    index = indexes_for(store).evidence_index
    keys = ("sentence", "document", "title", "start", "end", "contextual")
    titles = set()
    for link, rows in index.by_link.items():
        assert index.evidence(*link) == [dict(zip(keys, row)) for row in rows] == queries.evidence(store, *link), link
        titles |= {row[2] for row in rows}
    assert None in titles and len(titles) > 1
