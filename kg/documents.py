"""Documents as a resource: upload (extract and store), list, describe and delete.

A document is its own named graph, so deleting it removes exactly the facts it supported: a fact that another
document also states lives on in that document's graph, and the reference graph is never touched.
"""
from __future__ import annotations

import re
from typing import Any

from kg._exceptions import DocumentTooLarge, EmptyDocument, NotFound
from kg.iris import entity_id
from kg.loader import LoadResult, document_graphs, load_document
from kg.queries import PREFIXES, labels, value_or_rank
from kg.resolve import entity_type
from kg.store.base import Store
from kg.store.oxigraph import IRI
from kg.vocab import BASE

#: media types an upload may declare (the content decides between text and HTML in the end)
TEXT_MEDIA_TYPES = ("text/plain", "text/html", "text/markdown", "application/xhtml+xml")
_ID = re.compile(r"(?:(?:https://w3id\.org/kg-cn/)?doc/)?([0-9a-f]{16})")
_META = PREFIXES + """SELECT ?doc ?p ?o WHERE { GRAPH ?doc { ?doc ?p ?o } }"""
_MENTIONS = PREFIXES + "SELECT ?doc ?e ?t WHERE { GRAPH ?doc { ?e kg:mentionedIn ?doc } ?e a ?t }"
_COUNTS = PREFIXES + """SELECT ?doc ?kind (COUNT(?x) AS ?n) WHERE { GRAPH ?doc {
  { ?x a kg:Assertion BIND("relations" AS ?kind) } UNION { ?x a kg:Observation BIND("observations" AS ?kind) } } }
GROUP BY ?doc ?kind"""
_FACTS = PREFIXES + """SELECT ?doc ?s ?p ?o ?value ?unit ?period ?contextual ?text ?start ?end WHERE { GRAPH ?doc {
  { ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence
    OPTIONAL { ?a kg:contextual ?contextual } }
  UNION
  { ?a a kg:Observation ; kg:observedEntity ?s ; kg:indicator ?p ; kg:evidence ?sentence
    OPTIONAL { ?a kg:period ?period } """ + value_or_rank("?a") + """ }
  ?sentence kg:text ?text ; kg:charStart ?start ; kg:charEnd ?end } }"""
_PRIMARY = ("Firm", "Region", "Organization", "Policy", "Industry", "Cluster", "Designation")


def document_iri_of(id_: str) -> str:
    """``doc/5b6bcb907e7c0630``, ``5b6bcb907e7c0630`` or the IRI → the document IRI; ``NotFound`` otherwise."""
    m = _ID.fullmatch(id_.strip())
    if not m:
        raise NotFound("document", id_[:200])
    return f"{BASE}doc/{m.group(1)}"


def upload(store: Store, data: bytes, media_type: str | None = None, max_bytes: int | None = None) -> tuple[LoadResult, dict[str, int]]:
    """Extract one uploaded article and store it; the same bytes again change nothing.

    Raises ``DocumentTooLarge``, ``EmptyDocument``, ``BinaryDocument`` or ``UndecodableDocument`` before anything is
    written.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise DocumentTooLarge("<upload>", f"{len(data)} bytes is more than the limit of {max_bytes}")
    if not data.strip():
        raise EmptyDocument("<upload>", "the upload is empty")
    result = load_document(store, data, path=None, media_type=media_type)
    return result, counts(store, result.iri)


def counts(store: Store, iri: str) -> dict[str, int]:
    """Entities mentioned by type, relations and observations, as stored in the document's graph."""
    per_type: dict[str, set[str]] = {}
    for r in store.select(_MENTIONS, {"doc": IRI(iri)}):
        t = entity_type(r["t"])
        if t in _PRIMARY:
            per_type.setdefault(t, set()).add(r["e"])
    out = {t: len(per_type[t]) for t in sorted(per_type)}
    found = {r["kind"]: int(r["n"]) for r in store.select(_COUNTS, {"doc": IRI(iri)})}
    out["relations"] = found.get("relations", 0)
    out["observations"] = found.get("observations", 0)
    return out


def metadata(store: Store, iri: str) -> dict[str, Any]:
    """Title, date, source, path, authors and hash of a stored document."""
    meta: dict[str, Any] = {"id": entity_id_of(iri), "iri": iri, "title": None, "published": None, "source": None,
                            "path": None, "sha256": None, "authors": []}
    keys = {"title": "title", "datePublished": "published", "source": "source", "path": "path", "sha256": "sha256"}
    for r in store.select(_META, {"doc": IRI(iri)}):
        local = re.split(r"[#/]", r["p"])[-1]
        if local == "creator":
            meta["authors"].append(r["o"])
        elif local in keys:
            meta[keys[local]] = str(r["o"])
    meta["authors"].sort()
    return meta


def entity_id_of(iri: str) -> str:
    return iri[len(BASE):]


def list_documents(store: Store) -> list[dict[str, Any]]:
    out = []
    for g in document_graphs(store):
        meta = metadata(store, g)
        meta.pop("authors")
        out.append({**meta, "counts": counts(store, g)})
    return out


def document(store: Store, iri: str) -> dict[str, Any]:
    """One document: metadata, counts, the entities it mentions and every fact taken from it."""
    if not store.has_graph(iri):
        raise NotFound("document", entity_id_of(iri))
    entities: dict[str, dict[str, Any]] = {}
    for r in store.select(_MENTIONS, {"doc": IRI(iri)}):
        t = entity_type(r["t"])
        if t in _PRIMARY:
            entities.setdefault(r["e"], {"iri": r["e"], "id": entity_id(r["e"]), "type": t})
    names = labels(store, sorted(entities))
    items = [{**e, "label": names[i], "code": None} for i, e in sorted(entities.items())]
    rows = store.select(_FACTS, {"doc": IRI(iri)})
    names.update(labels(store, sorted({r["s"] for r in rows} | {r["o"] for r in rows if r.get("o")} - set(names))))
    facts = [{"kind": "observation" if r.get("value") is not None else "relation",
              "subject": r["s"], "subject_label": names[r["s"]],
              "predicate": r["p"].rsplit("#", 1)[-1] if r.get("value") is None else r["p"],
              "object": r.get("o"), "object_label": names[r["o"]] if r.get("o") else None,
              "value": float(r["value"]) if r.get("value") is not None else None, "unit": r.get("unit"),
              "period": r.get("period"), "sentence": r["text"], "document": iri, "title": None,
              "start": r["start"], "end": r["end"], "contextual": bool(r.get("contextual"))} for r in rows]
    facts.sort(key=lambda f: (f["start"], f["kind"], f["predicate"], f["subject"], str(f["object"])))
    return {**metadata(store, iri), "counts": counts(store, iri), "entities": items, "facts": facts}


def delete(store: Store, iri: str) -> None:
    """Remove the document's graph (``NotFound`` if there is none)."""
    if not store.has_graph(iri):
        raise NotFound("document", entity_id_of(iri))
    store.remove_graph(iri)


__all__ = ["upload", "counts", "metadata", "list_documents", "document", "delete", "document_iri_of", "TEXT_MEDIA_TYPES"]
