"""The questions the REST API answers, as SPARQL with bound parameters, plus their evidence.

Parameters are bound through ``Store.select(..., bindings)``, never spliced into query text.
"""
from __future__ import annotations

from collections import deque
from typing import Any

from kg.iris import entity_id
from kg.resolve import entity_type
from kg.store.base import Store
from kg.store.oxigraph import IRI
from kg.vocab import KG, REFERENCE_GRAPH

PREFIXES = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""

_FIRMS = {
    (True, True): "SELECT DISTINCT ?firm ?region ?chain WHERE { ?firm a kg:Firm ; kg:locatedIn ?r ; kg:inIndustry ?i . ?r kg:locatedIn* ?region . ?i kg:partOf* ?chain . }",
    (True, False): "SELECT DISTINCT ?firm ?region WHERE { ?firm a kg:Firm ; kg:locatedIn ?r . ?r kg:locatedIn* ?region . }",
    (False, True): "SELECT DISTINCT ?firm ?chain WHERE { ?firm a kg:Firm ; kg:inIndustry ?i . ?i kg:partOf* ?chain . }",
    (False, False): "SELECT DISTINCT ?firm WHERE { ?firm a kg:Firm . }",
}
_EVIDENCE = PREFIXES + """SELECT ?s ?p ?o ?sentence ?text ?start ?end ?doc ?title ?contextual WHERE {
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     kg:evidence ?sentence ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?a kg:contextual ?contextual }
  ?sentence kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end .
  OPTIONAL { ?doc dct:title ?title }
} ORDER BY ?doc ?start"""
_LABEL = PREFIXES + "SELECT ?e ?label WHERE { ?e rdfs:label ?label FILTER(lang(?label) = 'zh') } LIMIT 1"
_NEXT = PREFIXES + "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"


def label(store: Store, iri: str) -> str:
    rows = store.select(_LABEL, {"e": IRI(iri)})
    return rows[0]["label"] if rows else entity_id(iri)


def evidence(store: Store, s: str, p: str, o: str) -> list[dict[str, Any]]:
    """Every sentence that supports ``s p o``, with its document and its span in the raw file."""
    rows = store.select(_EVIDENCE, {"s": IRI(s), "p": IRI(p), "o": IRI(o)})
    out = []
    for r in rows:
        out.append({
            "sentence": r["text"], "document": r["doc"], "title": r.get("title"),
            "start": r["start"], "end": r["end"], "contextual": bool(r.get("contextual")),
        })
    if not out and _in_reference(store, s, p, o):
        out.append({"sentence": None, "document": str(REFERENCE_GRAPH), "title": "reference data", "start": None, "end": None, "contextual": False})
    return out


def _in_reference(store: Store, s: str, p: str, o: str) -> bool:
    rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o }} }}", {"s": IRI(s), "p": IRI(p), "o": IRI(o)})
    return bool(rows)


def hop_path(store: Store, start: str, goal: str, predicate: str, max_hops: int = 8) -> list[tuple[str, str]]:
    """The edges ``start → … → goal`` along ``predicate`` (breadth first); [] when start == goal."""
    if start == goal:
        return []
    seen = {start: None}
    queue = deque([start])
    q = f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"
    while queue:
        node = queue.popleft()
        for row in store.select(q, {"s": IRI(node)}):
            nxt = row["o"]
            if nxt in seen:
                continue
            seen[nxt] = node
            if nxt == goal:
                path = []
                cur = goal
                while seen[cur] is not None:
                    path.append((seen[cur], cur))
                    cur = seen[cur]
                return list(reversed(path))
            queue.append(nxt)
    return []


def _link(store: Store, s: str, p: str, o: str) -> dict[str, Any]:
    return {"subject": s, "predicate": p.rsplit("#", 1)[-1], "object": o, "object_label": label(store, o),
            "evidence": evidence(store, s, p, o)}


def firms(store: Store, region: str | None = None, chain: str | None = None) -> list[dict[str, Any]]:
    """Firms in ``region`` (through the region hierarchy) and in ``chain`` (through ``partOf``)."""
    bindings: dict[str, Any] = {}
    if region:
        bindings["region"] = IRI(region)
    if chain:
        bindings["chain"] = IRI(chain)
    rows = store.select(PREFIXES + _FIRMS[(bool(region), bool(chain))], bindings)
    out = []
    for firm in sorted({r["firm"] for r in rows}):
        links = []
        for pred, goal in ((KG.locatedIn, region), (KG.inIndustry, chain)):
            if not goal:
                continue
            for direct in _objects(store, firm, str(pred)):
                hops = hop_path(store, direct, goal, str(KG.locatedIn if pred == KG.locatedIn else KG.partOf))
                if direct != goal and not hops:
                    continue
                links.append(_link(store, firm, str(pred), direct))
                links.extend(_link(store, a, str(KG.locatedIn if pred == KG.locatedIn else KG.partOf), b) for a, b in hops)
                break
        out.append({"iri": firm, "id": entity_id(firm), "label": label(store, firm), "links": links})
    return out


def _objects(store: Store, s: str, p: str) -> list[str]:
    return [r["o"] for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }", {"s": IRI(s), "p": IRI(p)})]


def entity(store: Store, iri: str) -> dict[str, Any] | None:
    """An entity with its labels, its relations both ways (with evidence) and its observations."""
    rows = store.select(PREFIXES + "SELECT ?e ?p ?o WHERE { ?e ?p ?o }", {"e": IRI(iri)})
    if not rows:
        return None
    types, aliases, labels_en, props = [], [], [], {}
    out_links = []
    zh = None
    for r in rows:
        p, o = r["p"], r["o"]
        if p.endswith("22-rdf-syntax-ns#type"):
            types.append(entity_type(o))
        elif p.endswith("rdf-schema#label"):
            zh = zh or o
        elif p.endswith("core#altLabel"):
            aliases.append(o)
        elif p.startswith(str(KG)) and p.rsplit("#", 1)[-1] in ("code", "pinyin", "latitude", "longitude"):
            props[p.rsplit("#", 1)[-1]] = o
        elif p.startswith(str(KG)) and isinstance(o, str) and o.startswith("http") and p.rsplit("#", 1)[-1] not in ("mentionedIn", "regionLevel"):
            out_links.append(_link(store, iri, p, o))
    zh = label(store, iri)
    incoming = store.select(PREFIXES + "SELECT ?s ?p ?e WHERE { ?s ?p ?e . ?s a ?t . FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:observedEntity) }", {"e": IRI(iri)})
    in_links = []
    for r in incoming:
        link = _link(store, r["s"], r["p"], iri)
        link["subject_label"] = label(store, r["s"])
        in_links.append(link)
    docs = [r["d"] for r in store.select(PREFIXES + "SELECT ?e ?d WHERE { ?e kg:mentionedIn ?d }", {"e": IRI(iri)})]
    return {
        "iri": iri, "id": entity_id(iri), "type": next((t for t in types if t in
                ("Firm", "Region", "Organization", "Policy", "Industry", "Cluster", "Designation")), types[0] if types else None),
        "label": zh, "aliases": sorted(set(aliases)), **props,
        "relations": out_links, "incoming": in_links, "observations": observations(store, iri), "documents": sorted(set(docs)),
    }


def observations(store: Store, subject: str) -> list[dict[str, Any]]:
    rows = store.select(PREFIXES + """SELECT ?subject ?o ?indicator ?value ?unit ?period ?qualifier ?text ?doc WHERE {
      ?o a kg:Observation ; kg:observedEntity ?subject ; kg:indicator ?indicator ; kg:value ?value ; kg:unit ?unit ;
         kg:evidence ?s ; prov:wasDerivedFrom ?doc .
      OPTIONAL { ?o kg:period ?period } OPTIONAL { ?o kg:qualifier ?qualifier }
      ?s kg:text ?text .
    } ORDER BY ?period ?indicator""", {"subject": IRI(subject)})
    return [{"indicator": r["indicator"], "value": float(r["value"]), "unit": r["unit"], "period": r.get("period"),
             "qualifier": r.get("qualifier"), "evidence": {"sentence": r["text"], "document": r["doc"]}} for r in rows]
