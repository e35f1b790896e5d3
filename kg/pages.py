"""Region profiles and entity cards read from the derived indexes (kg/indexes.py), without a query.

``kg.queries.region`` and ``kg.queries.entity`` answer from here once the evidence and page indexes of the store's
generation are built (in the background, after the first question that needs them), and from the store before:
the same dicts either way (tests/store/test_indexes.py compares them). The REST routes call these functions on
the event loop when ``kg.indexes.ready`` says the indexes are built: a profile is a fraction of a millisecond of
dictionary lookups, where the store path was a dozen queries.

>>> from kg.indexes import indexes_for
>>> from kg.loader import ensure_reference
>>> from kg.store import open_store
>>> store = open_store(None); _ = ensure_reference(store)
>>> idx = indexes_for(store); _ = idx.evidence_index, idx.page_index  # built here, not in the background
>>> profile = region(idx, "https://w3id.org/kg-cn/id/region/330522")
>>> profile["label"], [p["label"] for p in profile["parents"]]
('长兴县', ['湖州市', '浙江省', '中国'])
"""
from __future__ import annotations

from typing import Any

from kg.indexes import K, Indexes
from kg.iris import entity_id
from kg.queries import CARD_PROPS, CARD_SKIPS, card_type, observation_item
from kg.resolve import entity_type


# the predicates and the type a profile picks its lists by, spelt once (not concatenated for every link scanned)
_PRIORITY, _DESIGNATION, _LOCATED_IN, _ISSUED_BY = (K + p for p in ("hasPriorityIndustry", "hasDesignation",
                                                                   "locatedIn", "issuedBy"))
_CLUSTER = K + "Cluster"


def covers(idx: Indexes, iri: str) -> bool:
    """Whether the page index holds all a card about ``iri`` shows: a typed entity, not a provenance node."""
    return iri in idx.page_index.types


def _link(idx: Indexes, s: str, p: str, o: str, subject_label: str | None = None) -> dict[str, Any]:
    """``kg.queries._link`` from the indexes."""
    return {"subject": s, "predicate": p.rsplit("#", 1)[-1], "object": o, "object_label": idx.label(o),
            "subject_label": subject_label, "evidence": idx.evidence(s, p, o)}


def _ref(idx: Indexes, iri: str) -> dict[str, str]:
    return {"iri": iri, "id": entity_id(iri), "label": idx.label(iri)}


def region(idx: Indexes, iri: str) -> dict[str, Any]:
    """``kg.queries.region`` from the indexes."""
    pages = idx.page_index
    parents = idx.chain_up(iri, "located")
    children = sorted(idx.children["located"].get(iri, set()) & idx.region_set)
    firm_items, firm_total = idx.firm_page(region=iri, limit=100)
    out = pages.links.get(iri, ())
    into = pages.linked.get(iri, ())
    types = pages.types
    return {
        "iri": iri, "id": entity_id(iri), "label": idx.label(iri),
        "code": next((v for name, v in pages.props.get(iri, ()) if name == "code"), None),
        "parents": [_ref(idx, p) for p in parents],
        "children": [_ref(idx, c) for c in children],
        "firms": firm_items, "firms_total": firm_total,
        "priority_industries": [_link(idx, iri, p, o) for p, o in out if p == _PRIORITY],
        "designations": [_link(idx, iri, p, o) for p, o in out if p == _DESIGNATION],
        "clusters": [_link(idx, s, p, iri, idx.label(s)) for p, s in into
                     if p == _LOCATED_IN and _CLUSTER in types.get(s, ())],
        "policies": [_link(idx, s, p, iri, idx.label(s)) for p, s in into if p == _ISSUED_BY],
        "observations": [observation_item(row) for row in pages.observations.get(iri, ())],
    }


def entity(idx: Indexes, iri: str) -> dict[str, Any] | None:
    """``kg.queries.entity`` from the indexes, for an entity they cover (``covers``); None for one they do not."""
    pages = idx.page_index
    types = pages.types.get(iri)
    if types is None:
        return None
    props: dict[str, Any] = {}
    for name, value in pages.props.get(iri, ()):
        props[name] = value  # the last, as the store path keeps
    untyped = pages.untyped
    return {
        "iri": iri, "id": entity_id(iri), "type": card_type([entity_type(t) for t in types]),
        "label": idx.label(iri), "aliases": list(pages.aliases.get(iri, ())), **props,
        "relations": [_link(idx, iri, p, o) for p, o in pages.links.get(iri, ())
                      if p.rsplit("#", 1)[-1] not in CARD_SKIPS and p.rsplit("#", 1)[-1] not in CARD_PROPS],
        "incoming": [_link(idx, s, p, iri, idx.label(s)) for p, s in pages.linked.get(iri, ())
                     if s not in untyped and p != K + "observedEntity"],
        "observations": [observation_item(row) for row in pages.observations.get(iri, ())],
        "documents": list(pages.documents.get(iri, ())),
    }


__all__ = ["covers", "entity", "region"]
