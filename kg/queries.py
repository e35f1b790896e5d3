"""The questions the REST API answers, as SPARQL with bound parameters, plus their evidence.

Parameters are bound through ``Store.select(..., bindings)``, never spliced into query text.
"""
from __future__ import annotations

import re
from collections import deque
from typing import Any

from kg.iris import entity_id
from kg.resolve import entity_type
from kg.store.base import Store
from kg.store.binding import term_iri
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
# the bound ends first: Oxigraph walks from them instead of scanning every assertion (7× faster here); required
# patterns before the OPTIONALs, or Oxigraph joins every sentence of the store after them (seconds per query at scale)
_EVIDENCE_BODY = """
  ?a rdf:subject ?s ; rdf:object ?o ; rdf:predicate ?p ; kg:evidence ?sentence ; prov:wasDerivedFrom ?doc .
  ?sentence kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end .
  OPTIONAL { ?a kg:contextual ?contextual }
  OPTIONAL { ?doc dct:title ?title }"""
_EVIDENCE_SELECT = PREFIXES + "SELECT ?s ?p ?o ?sentence ?text ?start ?end ?doc ?title ?contextual WHERE {"
_EVIDENCE = _EVIDENCE_SELECT + _EVIDENCE_BODY + "\n} ORDER BY ?doc ?start"
#: every assertion's evidence, with any of ?s ?p ?o left unbound (an entity's surroundings, or the whole store)
EVIDENCE_FROM = _EVIDENCE_SELECT + _EVIDENCE_BODY + "\n}"
#: the evidence of a link that only the reference data states (a county in its city)
REFERENCE_EVIDENCE = {"sentence": None, "document": str(REFERENCE_GRAPH), "title": "reference data", "start": None,
                      "end": None, "contextual": False}


def evidence_row(r: dict[str, Any]) -> dict[str, Any]:
    """One evidence item of a link, from a row of the evidence query."""
    return {"sentence": r["text"], "document": r["doc"], "title": r.get("title"),
            "start": r["start"], "end": r["end"], "contextual": bool(r.get("contextual"))}
_REFERENCE_AROUND = f"""SELECT ?e ?s ?p ?o WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ {{ ?e ?p ?o BIND(?e AS ?s) }} UNION {{ ?s ?p ?e BIND(?e AS ?o) }} }} }}"""
_LABEL = PREFIXES + "SELECT ?e ?label WHERE { ?e rdfs:label ?label FILTER(lang(?label) = 'zh') } LIMIT 1"


def label(store: Store, iri: str) -> str:
    rows = store.select(_LABEL, {"e": IRI(iri)})
    return rows[0]["label"] if rows else entity_id(iri)


def evidence(store: Store, s: str, p: str, o: str) -> list[dict[str, Any]]:
    """Every sentence that supports ``s p o``, with its document and its span in the raw file."""
    out = [evidence_row(r) for r in store.select(_EVIDENCE, {"s": IRI(s), "p": IRI(p), "o": IRI(o)})]
    if not out and _in_reference(store, s, p, o):
        out.append(dict(REFERENCE_EVIDENCE))
    return out


def evidence_many(store: Store, links: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """``evidence`` for many links in two queries instead of one each (a page, while the evidence index is built)."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {link: [] for link in links}
    if not out:
        return out
    values = " ".join(f"({term_iri(s)} {term_iri(p)} {term_iri(o)})" for s, p, o in sorted(out))
    for r in store.select(_EVIDENCE_SELECT + f"\n  VALUES (?s ?p ?o) {{ {values} }}" + _EVIDENCE_BODY + "\n} ORDER BY ?doc ?start"):
        out[(r["s"], r["p"], r["o"])].append(evidence_row(r))
    bare = [link for link, found in out.items() if not found]
    if bare:
        values = " ".join(f"({term_iri(s)} {term_iri(p)} {term_iri(o)})" for s, p, o in bare)
        for r in store.select(f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {values} }} GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o }} }}"):
            out[(r["s"], r["p"], r["o"])].append(dict(REFERENCE_EVIDENCE))
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
        # in sorted order, not the engine's: of two paths as short, the same one every time (and the indexes' one)
        for nxt in sorted(row["o"] for row in store.select(q, {"s": IRI(node)})):
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


def _link(store: Store, s: str, p: str, o: str, around: "Around | None" = None) -> dict[str, Any]:
    # every link has subject_label, None where the page is about the subject (the fields of api.models.LinkPublic)
    return {"subject": s, "predicate": p.rsplit("#", 1)[-1], "object": o,
            "object_label": around.label(o) if around else label(store, o), "subject_label": None,
            "evidence": around.evidence(s, p, o) if around else evidence(store, s, p, o)}


def _around(store: Store, iri: str) -> "Around | Any":
    """What a page about ``iri`` reads evidence and labels from: the derived indexes (kg/indexes.py), or, with
    them turned off or while the evidence index is being built, the evidence around ``iri`` read in three queries."""
    if USE_INDEXES:
        from kg.indexes import indexes_for

        idx = indexes_for(store)
        if idx.evidence_ready() is not None:
            return idx
    return Around(store, iri)


class Around:
    """Every evidence sentence and reference triple touching one entity, read in three queries,
    so that a page of many links costs no query per link."""

    def __init__(self, store: Store, iri: str) -> None:
        self.iri = iri
        self.store = store
        self.by_triple: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for var in ("s", "o"):
            for r in store.select(EVIDENCE_FROM, {var: IRI(iri)}):
                self.by_triple.setdefault((r["s"], r["p"], r["o"]), []).append(evidence_row(r))
        for items in self.by_triple.values():
            items.sort(key=lambda ev: (ev["document"], ev["start"]))
        self.reference = {(r["s"], r["p"], r["o"]) for r in store.select(_REFERENCE_AROUND, {"e": IRI(iri)})}

    def evidence(self, s: str, p: str, o: str) -> list[dict[str, Any]]:
        found = self.by_triple.get((s, p, o))
        if found:
            return found
        if (s, p, o) in self.reference:
            return [dict(REFERENCE_EVIDENCE)]
        return []

    def label(self, iri: str) -> str:
        return label(self.store, iri)


# filter → (the pattern a firm must match, the predicate of the firm's own link, the predicate walked to the goal)
_FIRM_FILTERS = {
    "region": ("?firm kg:locatedIn ?r_ . ?r_ kg:locatedIn* ?region .", KG.locatedIn, KG.locatedIn),
    "chain": ("?firm kg:inIndustry ?c_ . ?c_ kg:partOf* ?chain .", KG.inIndustry, KG.partOf),
    "industry": ("?firm kg:inIndustry ?i_ . ?i_ (kg:partOf|kg:strategicCategory)* ?industry .", KG.inIndustry, KG.partOf),
    "designation": ("?firm kg:hasDesignation ?d_ . ?d_ skos:broader* ?designation .", KG.hasDesignation, None),
}
FIRM_SORTS = ("label", "id")
#: answer firm filters from kg/indexes.py (tests turn it off to compare with the SPARQL path)
USE_INDEXES = True


def firm_page(store: Store, region: str | None = None, chain: str | None = None, industry: str | None = None,
              designation: str | None = None, limit: int | None = None, offset: int = 0, sort: str = "label",
              descending: bool = False) -> tuple[list[dict[str, Any]], int]:
    """One page of the firms that match every filter given, each with the links (and evidence) that put it there.

    Regions match through the region hierarchy, chains through ``partOf``, industries through ``partOf`` and the
    strategic category, designations through ``skos:broader``. Returns the page and the total.
    """
    if USE_INDEXES and not designation:  # answered from the derived indexes (kg/indexes.py): same items, without walking every firm
        from kg.indexes import firm_page as indexed

        return indexed(store, region, chain, industry, limit, offset, sort, descending)
    goals = {"region": region, "chain": chain, "industry": industry, "designation": designation}
    goals = {k: v for k, v in goals.items() if v}
    where = " ".join(_FIRM_FILTERS[k][0] for k in goals)
    projection = " ".join(f"?{k}" for k in goals)
    rows = store.select(PREFIXES + f"SELECT DISTINCT ?firm {projection} WHERE {{ ?firm a kg:Firm . {where} }}",
                        {k: IRI(v) for k, v in goals.items()})
    found = sorted({r["firm"] for r in rows})
    names = labels(store, found)
    key = (lambda f: (names[f], f)) if sort == "label" else (lambda f: entity_id(f))
    found.sort(key=key, reverse=descending)
    page = found[offset: None if limit is None else offset + limit]
    out = []
    for firm in page:
        links = []
        for kind, goal in goals.items():
            _pattern, own, walk = _FIRM_FILTERS[kind]
            links.extend(_firm_links(store, firm, str(own), goal, str(walk) if walk else str(SKOS_BROADER)))
        out.append({"iri": firm, "id": entity_id(firm), "label": names[firm], "links": links})
    return out, len(found)


SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader"


def _firm_links(store: Store, firm: str, own: str, goal: str, walk: str) -> list[dict[str, Any]]:
    """The firm's own link towards ``goal`` and the hops from there to ``goal``."""
    for direct in sorted(_objects(store, firm, own)):
        hops = hop_path(store, direct, goal, walk)
        if direct != goal and not hops:
            continue
        return [_link(store, firm, own, direct), *(_link(store, a, walk, b) for a, b in hops)]
    return []


def firms(store: Store, region: str | None = None, chain: str | None = None) -> list[dict[str, Any]]:
    """Firms in ``region`` (through the region hierarchy) and in ``chain`` (through ``partOf``)."""
    return firm_page(store, region=region, chain=chain)[0]


def _objects(store: Store, s: str, p: str) -> list[str]:
    return [r["o"] for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }", {"s": IRI(s), "p": IRI(p)})]


#: the type an entity card shows, the first of these that the entity has
CARD_TYPES = ("Firm", "Region", "Organization", "Policy", "Industry", "Cluster", "Designation")
#: kg: links a card does not list among the entity's relations (sources are listed apart; a level is not a relation)
CARD_SKIPS = ("mentionedIn", "regionLevel")
#: kg: properties a card shows as fields of the entity
CARD_PROPS = ("code", "pinyin", "latitude", "longitude")


def card_type(types: list[str]) -> str | None:
    """The type a card shows for an entity of these types (``entity_type`` names)."""
    return next((t for t in CARD_TYPES if t in types), min(types) if types else None)


def entity(store: Store, iri: str) -> dict[str, Any] | None:
    """An entity with its labels, its relations both ways (with evidence) and its observations.

    Relations are listed once each, by predicate then object; incoming links by predicate then subject (not in
    the engine's order, which follows its hashes: the page index gives the same list, see ``kg.pages``).
    """
    if USE_INDEXES:
        from kg import pages
        from kg.indexes import indexes_for

        idx = indexes_for(store)
        if idx.pages_ready() is not None and pages.covers(idx, iri):
            return pages.entity(idx, iri)
    rows = store.select(PREFIXES + "SELECT ?e ?p ?o WHERE { ?e ?p ?o }", {"e": IRI(iri)})
    if not rows:
        return None
    types, aliases, props = [], [], {}
    out: set[tuple[str, str]] = set()
    around = _around(store, iri)
    for r in rows:
        p, o = r["p"], r["o"]
        if p.endswith("22-rdf-syntax-ns#type"):
            types.append(entity_type(o))
        elif p.endswith("core#altLabel"):
            aliases.append(o)
        elif p.startswith(str(KG)) and p.rsplit("#", 1)[-1] in CARD_PROPS:
            props[p.rsplit("#", 1)[-1]] = o
        elif p.startswith(str(KG)) and isinstance(o, str) and o.startswith("http") and p.rsplit("#", 1)[-1] not in CARD_SKIPS:
            out.add((p, o))
    incoming = store.select(PREFIXES + "SELECT DISTINCT ?s ?p ?e WHERE { ?s ?p ?e . ?s a ?t . FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:observedEntity) }", {"e": IRI(iri)})
    in_links = []
    for r in sorted(incoming, key=lambda r: (r["p"], r["s"])):
        link = _link(store, r["s"], r["p"], iri, around)
        link["subject_label"] = around.label(r["s"])
        in_links.append(link)
    docs = [r["d"] for r in store.select(PREFIXES + "SELECT ?e ?d WHERE { ?e kg:mentionedIn ?d }", {"e": IRI(iri)})]
    return {
        "iri": iri, "id": entity_id(iri), "type": card_type(types),
        "label": around.label(iri), "aliases": sorted(set(aliases)), **props,
        "relations": [_link(store, iri, p, o, around) for p, o in sorted(out)], "incoming": in_links,
        "observations": observations(store, iri), "documents": sorted(set(docs)),
    }


# a figure has kg:value and kg:unit; a rank (居五地第2) has kg:rank and its peer set instead, and reads as value 2, unit ""
def value_or_rank(node: str = "?o") -> str:
    """Graph pattern binding ``?value``, ``?unit`` and ``?among`` of the observation ``node``."""
    return f"""OPTIONAL {{ {node} kg:value ?figure }} OPTIONAL {{ {node} kg:unit ?written }}
      OPTIONAL {{ {node} kg:rank ?position }} OPTIONAL {{ {node} kg:rankAmong ?among }}
      BIND(COALESCE(?figure, ?position) AS ?value) BIND(COALESCE(?written, "") AS ?unit) FILTER(BOUND(?value))"""


VALUE_OR_RANK = value_or_rank()


#: every observation with its sentence and document; bound ``?subject`` for one entity's (the page index reads
#: them all with it free)
OBSERVATIONS = PREFIXES + """SELECT ?subject ?o ?indicator ?value ?unit ?period ?qualifier ?among ?text ?doc WHERE {
      ?o a kg:Observation ; kg:observedEntity ?subject ; kg:indicator ?indicator ;
         kg:evidence ?s ; prov:wasDerivedFrom ?doc .
      ?s kg:text ?text .
      """ + VALUE_OR_RANK + """
      OPTIONAL { ?o kg:period ?period } OPTIONAL { ?o kg:qualifier ?qualifier }
    }"""


def observation_row(r: dict[str, Any]) -> tuple:
    """A row of ``OBSERVATIONS`` as ``(indicator, value, unit, period, qualifier, among, sentence, document)``."""
    return (r["indicator"], float(r["value"]), r["unit"], r.get("period"), r.get("qualifier"), r.get("among"), r["text"], r["doc"])


def observation_key(row: tuple) -> tuple:
    """By period (none first) and indicator, as the page always listed them, then by every other field: one order
    whatever order the engine gives the rows in."""
    indicator, value, unit, period, qualifier, among, text, doc = row
    return (period is not None, period or "", indicator, value, unit, qualifier is not None, qualifier or "",
            among is not None, among or "", text, doc)


def observation_item(row: tuple) -> dict[str, Any]:
    indicator, value, unit, period, qualifier, among, text, doc = row
    return {"indicator": indicator, "value": value, "unit": unit, "period": period, "qualifier": qualifier,
            "among": among, "evidence": {"sentence": text, "document": doc}}


def observations(store: Store, subject: str) -> list[dict[str, Any]]:
    rows = sorted((observation_row(r) for r in store.select(OBSERVATIONS, {"subject": IRI(subject)})), key=observation_key)
    return [observation_item(row) for row in rows]


# --- views of one entity type, and lists with filters ------------------------------------------------------------

#: kg: properties that link two entities (the graph that /paths walks and /entities/{id}/evidence reports)
ENTITY_PREDICATES = ("locatedIn", "inIndustry", "hasDesignation", "issuedBy", "hasPriorityIndustry", "memberOf",
                     "adjacentTo", "partOf", "cooperatesWith", "hasTier", "formerly", "strategicCategory", "memberRegion")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def summary(store: Store, iri: str) -> dict[str, Any]:
    """``{iri, id, label}`` of an entity."""
    return {"iri": iri, "id": entity_id(iri), "label": label(store, iri)}


def labels(store: Store, iris: list[str]) -> dict[str, str]:
    """Chinese labels of many entities in one query (an entity without one is named by its id)."""
    if not iris:
        return {}
    if len(iris) < 40:  # one small query each beats reading every label in the store
        return {i: label(store, i) for i in iris}
    rows = store.select(PREFIXES + "SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(lang(?l) = 'zh') }")
    wanted = set(iris)
    out = {r["e"]: r["l"] for r in rows if r["e"] in wanted}
    return {i: out.get(i, entity_id(i)) for i in iris}


def _chain_up(store: Store, iri: str, predicate: str, limit: int = 12) -> list[str]:
    """``iri``'s parents along ``predicate``, nearest first (the first parent where there are several)."""
    out, node = [], iri
    while len(out) < limit:
        parents = sorted(o for o in _objects(store, node, predicate) if o not in out and o != iri)
        if not parents:
            break
        node = parents[0]
        out.append(node)
    return out


def _subjects(store: Store, p: str, o: str, type_: str | None = None) -> list[str]:
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o " + ("; a ?t " if type_ else "") + "}"
    bindings: dict[str, Any] = {"p": IRI(p), "o": IRI(o)}
    if type_:
        q = q.replace("SELECT ?s ?p ?o", "SELECT ?s ?p ?o ?t")
        bindings["t"] = IRI(type_)
    return sorted({r["s"] for r in store.select(q, bindings)})


def links_from(store: Store, s: str, predicate: str, around: "Around | Any" = None) -> list[dict[str, Any]]:
    """Every ``s predicate ?o`` with its evidence."""
    return [_link(store, s, predicate, o, around) for o in sorted(set(_objects(store, s, predicate)))]


def links_to(store: Store, o: str, predicate: str, type_: str | None = None, around: "Around | Any" = None) -> list[dict[str, Any]]:
    """Every ``?s predicate o`` (optionally only subjects of class ``type_``) with its evidence."""
    out = []
    for s in _subjects(store, predicate, o, type_):
        link = _link(store, s, predicate, o, around)
        link["subject_label"] = around.label(s) if around else label(store, s)
        out.append(link)
    return out


def region(store: Store, iri: str) -> dict[str, Any]:
    """A region with its parents and children, firms, priority industries, designations and observations."""
    if USE_INDEXES:
        from kg import pages
        from kg.indexes import indexes_for

        idx = indexes_for(store)
        if idx.pages_ready() is not None:
            return pages.region(idx, iri)
    around = _around(store, iri)
    if isinstance(around, Around):
        parents = _chain_up(store, iri, str(KG.locatedIn))
        children = _subjects(store, str(KG.locatedIn), iri, str(KG.Region))
    else:  # the derived indexes hold the region hierarchy
        parents = around.chain_up(iri, "located")
        children = sorted(around.children["located"].get(iri, set()) & around.region_set)
    names = {i: around.label(i) for i in [iri, *parents, *children]}
    firm_items, firm_total = firm_page(store, region=iri, limit=100)
    return {
        "iri": iri, "id": entity_id(iri), "label": names[iri], "code": _literal(store, iri, str(KG.code)),
        "parents": [{"iri": p, "id": entity_id(p), "label": names[p]} for p in parents],
        "children": [{"iri": c, "id": entity_id(c), "label": names[c]} for c in children],
        "firms": firm_items, "firms_total": firm_total,
        "priority_industries": links_from(store, iri, str(KG.hasPriorityIndustry), around),
        "designations": links_from(store, iri, str(KG.hasDesignation), around),
        "clusters": links_to(store, iri, str(KG.locatedIn), str(KG.Cluster), around),
        "policies": links_to(store, iri, str(KG.issuedBy), around=around),
        "observations": observations(store, iri),
    }


def _literal(store: Store, s: str, p: str) -> Any:
    rows = store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }", {"s": IRI(s), "p": IRI(p)})
    return rows[0]["o"] if rows else None


def _tree_below(store: Store, iri: str, predicate: str, seen: set[str], depth: int = 0) -> list[dict[str, Any]]:
    out = []
    for child in _subjects(store, predicate, iri):
        if child in seen or depth > 8:
            continue
        seen.add(child)
        out.append({**summary(store, child), "children": _tree_below(store, child, predicate, seen, depth + 1)})
    return out


def industry(store: Store, iri: str) -> dict[str, Any]:
    """An industry with the chain above (``partOf``) and the tree below, its firms, regions and policies."""
    broader = _chain_up(store, iri, str(KG.partOf))
    firm_items, firm_total = firm_page(store, chain=iri, limit=100)
    regions = store.select(PREFIXES + "SELECT DISTINCT ?r ?i ?top WHERE { ?r kg:hasPriorityIndustry ?i . ?i kg:partOf* ?top }",
                           {"top": IRI(iri)})
    return {
        **summary(store, iri),
        "broader": [summary(store, b) for b in broader],
        "categories": [summary(store, c) for c in _objects(store, iri, str(KG.strategicCategory))],
        "narrower": _tree_below(store, iri, str(KG.partOf), {iri}),
        "firms": firm_items, "firms_total": firm_total,
        "regions": [{**_link(store, r["r"], str(KG.hasPriorityIndustry), r["i"]), "subject_label": label(store, r["r"])}
                    for r in sorted(regions, key=lambda r: (r["r"], r["i"]))],
        "policies": policies(store, industry=iri),
    }


_POLICIES = PREFIXES + """SELECT DISTINCT ?p ?l WHERE { ?p a kg:Policy ; rdfs:label ?l FILTER(lang(?l) = 'zh') }"""
_CITATIONS = PREFIXES + """SELECT DISTINCT ?p ?sentence ?text ?start ?end ?doc ?title WHERE {
  ?p a kg:Policy ; kg:mentionedIn ?doc . { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name }
  GRAPH ?doc { ?sentence kg:inDocument ?doc ; kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end }
  FILTER(CONTAINS(?text, STR(?name)))
  OPTIONAL { ?doc dct:title ?title }
} ORDER BY ?doc ?start"""
# documents whose text names the entity (or, for regions and industries, a place or industry within it)
_DOCS_ABOUT = {
    "industry": PREFIXES + "SELECT DISTINCT ?doc ?top WHERE { ?i (kg:partOf|kg:strategicCategory)* ?top ; kg:mentionedIn ?doc }",
    "region": PREFIXES + "SELECT DISTINCT ?doc ?top WHERE { ?r kg:locatedIn* ?top ; kg:mentionedIn ?doc }",
}
# a policy whose title names the industry (or a narrower one) targets it: kg:inIndustry from the policy
_TARGETING = PREFIXES + "SELECT DISTINCT ?p ?top WHERE { ?p a kg:Policy ; kg:inIndustry ?i . ?i (kg:partOf|kg:strategicCategory)* ?top }"
_ISSUED_IN = PREFIXES + "SELECT DISTINCT ?p ?top WHERE { ?p a kg:Policy ; kg:issuedBy ?by . ?by kg:locatedIn* ?top }"


def policies(store: Store, industry: str | None = None, issuer: str | None = None, region: str | None = None,
             year: int | None = None, titled: bool | None = None) -> list[dict[str, Any]]:
    """The policies the documents cite, with who issued them and the sentences that cite them.

    ``issuer`` matches ``kg:issuedBy``; ``region`` matches a policy issued by the region (or a body in it) or cited by
    a document about a place in it; ``industry`` matches a policy that targets the industry (or a narrower one: its
    title names it, kg:inIndustry) or is cited by a document about it; ``year`` matches a year named in the policy's title or in a sentence that cites it.
    ``titled`` keeps the policies cited by title between 《》 (documents, not programmes or strategies) or the others.
    """
    names = {r["p"]: r["l"] for r in store.select(_POLICIES)}
    cites: dict[str, list[dict[str, Any]]] = {p: [] for p in names}
    for r in store.select(_CITATIONS):
        if r["p"] in cites and r["sentence"] not in {c["_s"] for c in cites[r["p"]]}:
            cites[r["p"]].append({"_s": r["sentence"], "sentence": r["text"], "document": r["doc"], "title": r.get("title"),
                                  "start": r["start"], "end": r["end"], "contextual": False})
    chosen = set(names)
    if issuer:
        chosen &= {r["s"] for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", {"p": IRI(KG.issuedBy), "o": IRI(issuer)})}
    if industry or region:
        docs_of = {p: set(_mentioned_in(store, p)) for p in chosen}
    if industry:
        docs = {r["doc"] for r in store.select(_DOCS_ABOUT["industry"], {"top": IRI(industry)})}
        targeting = {r["p"] for r in store.select(_TARGETING, {"top": IRI(industry)})}
        chosen = {p for p in chosen if p in targeting or docs_of[p] & docs}
    if region:
        docs = {r["doc"] for r in store.select(_DOCS_ABOUT["region"], {"top": IRI(region)})}
        issued = {r["p"] for r in store.select(_ISSUED_IN, {"top": IRI(region)})}
        issued |= {r["s"] for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", {"p": IRI(KG.issuedBy), "o": IRI(region)})}
        chosen = {p for p in chosen if p in issued or docs_of[p] & docs}
    out = []
    for p in sorted(chosen, key=lambda p: names[p]):
        years = sorted({int(y) for text in [names[p], *(c["sentence"] for c in cites[p])] for y in _YEAR.findall(text)})
        if year is not None and year not in years:
            continue
        is_titled = any(f"《{names[p]}》" in c["sentence"] for c in cites[p])
        if titled is not None and titled != is_titled:
            continue
        issuers = links_from(store, p, str(KG.issuedBy))
        for link in issuers:
            link["object_type"] = _type_of(store, link["object"])
        out.append({"iri": p, "id": entity_id(p), "label": names[p], "titled": is_titled, "issuers": issuers, "years": years,
                    "citations": [{k: v for k, v in c.items() if k != "_s"} for c in cites[p]],
                    "documents": sorted(set(_mentioned_in(store, p)))})
    return out


def _mentioned_in(store: Store, iri: str) -> list[str]:
    return [r["d"] for r in store.select(PREFIXES + "SELECT ?e ?d WHERE { ?e kg:mentionedIn ?d }", {"e": IRI(iri)})]


def _type_of(store: Store, iri: str) -> str | None:
    types = [entity_type(r["t"]) for r in store.select("SELECT ?e ?t WHERE { ?e a ?t }", {"e": IRI(iri)})]
    return next((t for t in ("Firm", "Region", "Organization", "Policy", "Industry", "Cluster", "Designation") if t in types), None)


_CLUSTERS = PREFIXES + "SELECT DISTINCT ?c ?l WHERE { ?c a kg:Cluster ; rdfs:label ?l FILTER(lang(?l) = 'zh') }"
_CLUSTERS_OF_TIER = PREFIXES + "SELECT DISTINCT ?c ?tier WHERE { ?c a kg:Cluster ; kg:hasTier ?t . ?t skos:broader* ?tier }"


def clusters(store: Store, tier: str | None = None) -> list[dict[str, Any]]:
    """Clusters (not tiers), each with its tiers; ``tier`` matches the tier or any narrower one."""
    rows = store.select(_CLUSTERS)
    chosen = {r["c"]: r["l"] for r in rows}
    if tier:
        keep = {r["c"] for r in store.select(_CLUSTERS_OF_TIER, {"tier": IRI(tier)})}
        chosen = {c: n for c, n in chosen.items() if c in keep}
    return [{"iri": c, "id": entity_id(c), "label": n, "tiers": [summary(store, t) for t in _objects(store, c, str(KG.hasTier))]}
            for c, n in sorted(chosen.items(), key=lambda kv: kv[1])]


def cluster(store: Store, iri: str) -> dict[str, Any]:
    """A cluster: its tier, members (``kg:memberOf``), location and industries, each with evidence."""
    return {**summary(store, iri), "tiers": links_from(store, iri, str(KG.hasTier)),
            "members": links_to(store, iri, str(KG.memberOf)),
            "located_in": links_from(store, iri, str(KG.locatedIn)),
            "industries": links_from(store, iri, str(KG.inIndustry)),
            "documents": sorted(set(_mentioned_in(store, iri)))}


_HOLDERS = PREFIXES + """SELECT DISTINCT ?h ?d ?top WHERE { ?h kg:hasDesignation ?d . ?d skos:broader* ?top }"""


def holders(store: Store, designation: str) -> list[dict[str, Any]]:
    """Who holds the designation (or a narrower one), each with the evidence of the honour."""
    rows = sorted(store.select(_HOLDERS, {"top": IRI(designation)}), key=lambda r: (r["h"], r["d"]))
    out = []
    for r in rows:
        link = _link(store, r["h"], str(KG.hasDesignation), r["d"])
        out.append({**summary(store, r["h"]), "type": _type_of(store, r["h"]), "designation": r["d"], "evidence": link["evidence"]})
    return out


# the sentence's pattern before the OPTIONALs of VALUE_OR_RANK: after them, Oxigraph joined every sentence of the
# store with them (16 s for one county's series at 10k firms, instead of milliseconds); the answers are the same
_SERIES = PREFIXES + """SELECT ?subject ?needle ?o ?indicator ?value ?unit ?among ?period ?qualifier ?sentence ?text ?start ?end ?doc ?title WHERE {
  ?o a kg:Observation ; kg:observedEntity ?subject ; kg:indicator ?indicator ;
     kg:evidence ?sentence ; prov:wasDerivedFrom ?doc .
  ?sentence kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end .
  """ + VALUE_OR_RANK + """
  OPTIONAL { ?o kg:period ?period } OPTIONAL { ?o kg:qualifier ?qualifier }
  OPTIONAL { ?doc dct:title ?title }
  FILTER(CONTAINS(LCASE(STR(?indicator)), LCASE(?needle)))
}"""


def observation_points(store: Store, subject: str | None = None, indicator: str | None = None,
                       period: str | None = None, exact: bool = False) -> list[dict[str, Any]]:
    """Observations as plot points, sorted by indicator, unit and period.

    ``indicator`` matches as a substring (``GDP`` finds ``人均GDP`` too) unless ``exact``; ``period`` is a prefix
    (``2023`` finds ``2023H1``).
    """
    bindings: dict[str, Any] = {"needle": indicator or ""}
    if subject:
        bindings["subject"] = IRI(subject)
    out = []
    for r in store.select(_SERIES, bindings):
        if exact and indicator and r["indicator"] != indicator:
            continue
        if period and not str(r.get("period") or "").startswith(period):
            continue
        out.append({"subject": r["subject"], "indicator": r["indicator"], "unit": r["unit"], "period": r.get("period"),
                    "value": float(r["value"]), "qualifier": r.get("qualifier"), "among": r.get("among"),
                    "evidence": {"sentence": r["text"], "document": r["doc"], "title": r.get("title"),
                                 "start": r["start"], "end": r["end"], "contextual": False}})
    out.sort(key=lambda p: (p["subject"], p["indicator"], p["unit"], p["period"] or "", p["value"]))
    return out


_ABOUT = PREFIXES + """SELECT ?e ?s ?p ?o ?sentence ?text ?start ?end ?doc ?title ?contextual WHERE {
  { ?a rdf:subject ?e ; rdf:subject ?s ; rdf:object ?o } UNION { ?a rdf:object ?e ; rdf:object ?o ; rdf:subject ?s }
  ?a a kg:Assertion ; rdf:predicate ?p ; kg:evidence ?sentence ; prov:wasDerivedFrom ?doc .
  ?sentence kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end .
  OPTIONAL { ?a kg:contextual ?contextual }
  OPTIONAL { ?doc dct:title ?title }
}"""


def statements_about(store: Store, iri: str) -> list[dict[str, Any]]:
    """Every statement about the entity (relations both ways and observations) with document, sentence and span."""
    rows = store.select(_ABOUT, {"e": IRI(iri)})
    names = labels(store, sorted({r["s"] for r in rows} | {r["o"] for r in rows}))
    out = [{"kind": "relation", "subject": r["s"], "subject_label": names[r["s"]], "predicate": r["p"].rsplit("#", 1)[-1],
            "object": r["o"], "object_label": names[r["o"]], "value": None, "unit": None, "period": None,
            "sentence": r["text"], "document": r["doc"], "title": r.get("title"), "start": r["start"], "end": r["end"],
            "contextual": bool(r.get("contextual"))} for r in rows]
    own = label(store, iri)
    for p in observation_points(store, subject=iri):
        ev = p["evidence"]
        out.append({"kind": "observation", "subject": iri, "subject_label": own, "predicate": p["indicator"], "object": None,
                    "object_label": None, "value": p["value"], "unit": p["unit"], "period": p["period"],
                    "sentence": ev["sentence"], "document": ev["document"], "title": ev["title"], "start": ev["start"],
                    "end": ev["end"], "contextual": False})
    out.sort(key=lambda s: (s["document"], s["start"], s["kind"], s["predicate"]))
    return out
