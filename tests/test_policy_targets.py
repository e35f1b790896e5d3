"""Issue 3: a policy targets the industry its title names, and /policies?industry= finds it by that edge."""
from __future__ import annotations

from kg.store import open_store


def test_policies_by_industry_find_a_policy_by_the_industry_its_title_names():
    """The edge alone: the document citing the plan names no industry of its own, so only kg:inIndustry from the
    policy (its title's industry) can find it under /policies?industry=."""
    from kg import queries

    store = open_store(None)
    K, doc = "https://w3id.org/kg-cn/ontology#", "https://w3id.org/kg-cn/doc/d1"
    plan, nev = "https://w3id.org/kg-cn/id/policy/p1", "https://w3id.org/kg-cn/id/industry/n1"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#label"
    store.replace_graph(doc, "\n".join([
        f'<{plan}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{K}Policy> .',
        f'<{plan}> <{rdfs}> "某规划"@zh .', f'<{plan}> <{K}mentionedIn> <{doc}> .',
        f'<{nev}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{K}Industry> .',
        f'<{doc}#s0> <{K}inDocument> <{doc}> .', f'<{doc}#s0> <{K}text> "印发《某规划》。" .',
        f'<{doc}#s0> <{K}charStart> "0"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        f'<{doc}#s0> <{K}charEnd> "8"^^<http://www.w3.org/2001/XMLSchema#integer> .', ""]))
    assert queries.policies(store, industry=nev) == []
    store.update(f"INSERT DATA {{ GRAPH <{doc}> {{ <{plan}> <{K}inIndustry> <{nev}> }} }}")
    assert [p["label"] for p in queries.policies(store, industry=nev)] == ["某规划"]
