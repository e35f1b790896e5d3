"""Issue 3, across documents: a firm an article names the way a stored firm is named is that firm (kg.linking)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.loader import load_document, load_paths
from kg.store import open_store

FULL = "宁德时代进溧阳\n\n宁德时代新能源科技股份有限公司(以下简称“宁德时代”)落户溧阳市。\n"
SHORT = "宁德时代再扩产\n\n2023年,宁德时代(300750)在宜春市投资建设锂电池项目。\n"
OTHER = "吉利汽车扩产\n\n吉利汽车在长兴县投资建设新工厂。\n"
FIRMS = "SELECT ?e ?l WHERE { ?e a <https://w3id.org/kg-cn/ontology#Firm> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"


def _firms(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in store.select(FIRMS):
        out.setdefault(r["e"], set()).add(r["l"])
    return out


@pytest.mark.parametrize("order", [(FULL, SHORT), (SHORT, FULL)], ids=["legal-name-first", "short-name-first"])
def test_a_short_name_in_one_article_and_the_legal_name_in_another_are_one_firm(order):
    store = open_store(None)
    for i, text in enumerate(order + (OTHER,)):
        load_document(store, text.encode(), path=f"a{i}.txt")
    firms = _firms(store)
    catl = [iri for iri, labels in firms.items() if any("宁德时代" in label for label in labels)]
    assert len(catl) == 1, firms
    assert len(firms[catl[0]]) == 1  # one label, whichever document wrote it; the other name is an alias
    names = {r["n"] for r in store.select("SELECT ?n WHERE { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?n }",
                                          {"e": store_iri(catl[0])})}
    assert {"宁德时代", "宁德时代新能源科技股份有限公司"} <= names | firms[catl[0]]
    assert not any("吉利" in label for labels in (firms[catl[0]],) for label in labels)


def test_deleting_the_first_article_leaves_the_firm_its_name(tmp_path: Path):
    store = open_store(None)
    first = load_document(store, FULL.encode(), path="full.txt")
    load_document(store, SHORT.encode(), path="short.txt")
    store.update(f"DROP GRAPH <{first.iri}>")
    firms = _firms(store)
    assert [labels for labels in firms.values() if any("宁德时代" in label for label in labels)] == [{"宁德时代新能源科技股份有限公司"}]


def test_a_load_links_articles_queued_in_the_same_transaction(tmp_path: Path):
    for i, text in enumerate((FULL, SHORT)):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    store = open_store(None)
    results, errors = load_paths(store, [tmp_path])
    assert not errors and len(results) == 2
    assert len([iri for iri, labels in _firms(store).items() if any("宁德时代" in label for label in labels)]) == 1


def store_iri(value: str):
    from kg.store.oxigraph import IRI

    return IRI(value)

