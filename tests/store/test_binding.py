"""Bound parameters (kg/store/binding.py): a VALUES block in both backends, the same rows as the terms written inline."""
from __future__ import annotations

import doctest

import pytest

from kg.store import open_store
from kg.store.oxigraph import IRI

K = "https://w3id.org/kg-cn/ontology#"


@pytest.fixture(scope="module")
def store():
    s = open_store(None)
    s.update(f"""PREFIX kg: <{K}> INSERT DATA {{ GRAPH <urn:g> {{
      <urn:a> kg:locatedIn <urn:r> ; kg:code "1" . <urn:b> kg:locatedIn <urn:r> . <urn:c> kg:locatedIn <urn:q> ; kg:code "2" }} }}""")
    return s


def test_docstring_examples():
    import kg.store.binding

    result = doctest.testmod(kg.store.binding)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize("query, bindings, inline", [
    # the bound variable in a triple pattern, in an OPTIONAL only, in a FILTER only
    (f"SELECT ?s WHERE {{ ?s <{K}locatedIn> ?r }}", {"r": IRI("urn:r")}, f"SELECT ?s WHERE {{ ?s <{K}locatedIn> <urn:r> }}"),
    (f"SELECT ?s ?c WHERE {{ ?s <{K}locatedIn> ?r OPTIONAL {{ ?s <{K}code> ?c FILTER(?c = ?want) }} }}",
     {"want": "1"}, f"SELECT ?s ?c WHERE {{ ?s <{K}locatedIn> ?r OPTIONAL {{ ?s <{K}code> ?c FILTER(?c = \"1\") }} }}"),
    (f"SELECT ?s WHERE {{ ?s <{K}code> ?c FILTER(?c != ?not) }}", {"not": "2"},
     f"SELECT ?s WHERE {{ ?s <{K}code> ?c FILTER(?c != \"2\") }}"),
])
def test_bound_rows_equal_inline_rows(store, query, bindings, inline):
    def rows(found):
        return sorted(sorted((k, str(v)) for k, v in r.items()) for r in found)

    assert rows(store.select(query, bindings)) == rows(store.select(inline))


def test_bound_construct(store):
    triples = list(store.query(f"CONSTRUCT {{ ?s <{K}locatedIn> ?r }} WHERE {{ ?s <{K}locatedIn> ?r }}",
                               bindings={"r": IRI("urn:q")}))
    assert [t.subject.value for t in triples] == ["urn:c"]


def test_a_value_cannot_break_out_of_its_term(store):
    """A hostile value stays one literal: no row, no injected pattern."""
    assert store.select(f"SELECT ?s WHERE {{ ?s <{K}code> ?c }}", {"c": '1" } UNION { ?s ?p ?o } #'}) == []
