"""Autocomplete over the name index (``NameIndex.search``): the same hits and ranks as a scan of every name."""
from __future__ import annotations

import pytest

from kg.resolve import NameIndex, Resolver, normalise, pinyin_key


def scan(index: NameIndex, q: str) -> dict[str, int]:
    """The /entities search as it was first written: every name and every pinyin key, one by one."""
    needle, py = normalise(q), pinyin_key(q)
    hits: dict[str, int] = {}
    for name, iris in index.names.items():
        if needle in name:
            for iri in iris:
                hits[iri] = min(hits.get(iri, 9), 0 if name == needle else 1 if name.startswith(needle) else 2)
    if py:
        for key, iris in index.pinyins.items():
            if key.startswith(py):
                for iri in iris:
                    hits[iri] = min(hits.get(iri, 9), 0 if key == py else 1)
    return hits


@pytest.mark.parametrize("q", ["长兴", "长兴县", "吉利", "县", "浙江", "汽车", "新能源", "吉", "changxing", "chang",
                               "Changxing", "ChangXing County", "zhejiang", "jili", "x", "g", "GDP", "电池", "長興",
                               "“小巨人”", "小巨人", " ", "a\nb", "湖州市长兴", "zz不存在", "330522"])
def test_search_agrees_with_a_scan(seeded_store, q):
    index = Resolver(seeded_store).index
    assert index.search(q) == scan(index, q)


def test_search_sees_a_new_document_and_not_a_deleted_one():
    """The search structures belong to one generation's index: an upload is found, a deletion is gone."""
    from kg.loader import ensure_reference, load_document
    from kg.store import open_store

    store = open_store(None)
    ensure_reference(store)
    resolver = Resolver(store)
    assert not resolver.index.search("新能达") and not resolver.index.search("xinnengda")
    result = load_document(store, "浙江长兴新能达电池有限公司位于长兴县，主营动力电池。".encode(), path="upload.txt")
    assert resolver.index.search("新能达") and resolver.index.search("zhejiangchangxingxin")
    store.remove_graph(result.iri)
    assert not resolver.index.search("新能达") and not resolver.index.search("zhejiangchangxingxin")


_ONE_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/kg-cn/ontology#>
SELECT ?e ?type ?name ?code WHERE {
  ?e a ?type .
  VALUES ?type { kg:Firm kg:Region kg:Organization kg:University kg:ResearchInstitute kg:GovernmentBody
                 kg:IndustrialPark kg:ListingBoard kg:IndustryAssociation kg:Policy kg:Industry kg:Cluster
                 kg:ClusterTier kg:Designation }
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  OPTIONAL { ?e kg:code ?code }
}"""


def test_index_from_scans_equals_the_index_from_one_query(seeded_store):
    """The build reads one predicate at a time and joins in Python; it indexes what the joined query found."""
    import re
    from collections import defaultdict

    from kg.rdf import pinyin
    from kg.resolve import entity_type

    names, pinyins, codes, types = defaultdict(set), defaultdict(set), {}, {}
    for row in seeded_store.select(_ONE_QUERY):
        iri, name = row["e"], row["name"]
        names[name].add(iri)
        types.setdefault(iri, set()).add(entity_type(row["type"]))
        if not name.isascii():
            pinyins[pinyin(name)].add(iri)
        stem = re.sub(r"(省|市|县|区|自治区|自治州|自治县|旗|盟|地区)$", "", name) if row["type"].endswith("#Region") else name
        if stem != name and len(stem) >= 2:
            pinyins[pinyin(stem)].add(iri)
        if row.get("code"):
            codes[str(row["code"])] = iri
    index = NameIndex.build(seeded_store)
    assert dict(index.names) == dict(names)
    assert dict(index.pinyins) == dict(pinyins)
    assert index.codes == codes
    assert set(index.info) == set(types) and all(index.info[i].type in types[i] for i in types)


def test_pinyin_memo_is_reused_and_never_changes_an_answer(seeded_store, tmp_path, monkeypatch):
    """The memo file is written on first use of pinyin and read by the next process instead of pypinyin."""
    import kg.resolve

    memo = tmp_path / "store.pinyin.json"
    first = Resolver(seeded_store, pinyin_memo=memo).index
    assert not memo.exists()  # nothing asked for pinyin yet
    expected = dict(first.pinyins)
    assert memo.exists()
    monkeypatch.setattr(kg.resolve, "pinyin", lambda name: pytest.fail(f"pinyin({name!r}) computed again"))
    again = Resolver(seeded_store, pinyin_memo=memo).index
    assert dict(again.pinyins) == expected
    assert again.search("changxing") == first.search("changxing")


def test_an_entity_is_labelled_by_its_chinese_label(seeded_store):
    """Aliases and English labels find an entity; its label is the Chinese rdfs:label."""
    zh = {r["e"]: r["l"] for r in seeded_store.select(
        "SELECT ?e ?l WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'zh') }")}
    index = NameIndex.build(seeded_store)
    assert all(c.label == zh[i] for i, c in index.info.items() if i in zh)
    assert index.info["https://w3id.org/kg-cn/id/region/330522"].label == "长兴县"
