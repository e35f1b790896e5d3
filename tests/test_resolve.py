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
