"""Derived indexes kept next to the store: region closure, chain closure, firm postings, labels, evidence.

Oxigraph does not start ``?firm kg:locatedIn/kg:locatedIn* ?region`` from the bound region, so "firms in a county's
chain" costs a walk over every firm (minutes at 10k firms through the generic REST query). These indexes answer
it from in-memory sets: the regions under a region and the industries under a chain are closures over
``kg:locatedIn`` and ``kg:partOf``, and the firms are the union of their postings.

They are never stale: ``indexes_for(store)`` rebuilds them when ``store.generation`` moved (every write through the
store bumps it), so an upload or a deletion is seen by the next question. A rebuild is a handful of SELECTs over
the whole store (about 1 s per 100k firms).

The evidence index (``kg.evidence_index.EvidenceIndex``: every assertion's sentences, every reference triple) is
read once per generation too, but in a background thread started by the first question that needs it: one query
over every assertion takes 5–8 s at 10k firms, which a restart must not wait for. Until it is built, pages read their evidence
from the store as before (``kg.queries.evidence_many``, ``kg.queries.Around``): the same answers, only slower.

The page index (``PageIndex``: every entity's types, names, codes and links both ways, every observation by
subject) is read in the same thread, after the evidence index. With both built, a region profile or an entity
card is assembled from memory (kg/pages.py) and the REST routes answer it on the event loop (``ready``).

>>> from kg.store import open_store
>>> store = open_store(None)
>>> store.update('''INSERT DATA { GRAPH <urn:g> {
...   <http://x/county> <https://w3id.org/kg-cn/ontology#locatedIn> <http://x/city> .
...   <http://x/f> a <https://w3id.org/kg-cn/ontology#Firm> ; <https://w3id.org/kg-cn/ontology#locatedIn> <http://x/county> ;
...           <http://www.w3.org/2000/01/rdf-schema#label> "长兴恒达"@zh ; <https://w3id.org/kg-cn/ontology#pinyin> "changxinghengda" } }''')
>>> sorted(indexes_for(store).firms(region="http://x/city"))
['http://x/f']

Beside an on-disk store, the indexes, the evidence index and the name index are saved once built (in the background)
and read back by the next start instead of rebuilt, while the store's write stamp is the one they were built at
(kg/store/saved.py, kg/store/stamp.py); ``kg serve`` reads them as it starts (``warm``).

Name and pinyin search (autocomplete) is the name index's: ``kg.resolve.NameIndex.search``.
"""
from __future__ import annotations

import logging
import threading
import weakref
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg._exceptions import StoreError
from kg.evidence_index import EvidenceIndex
from kg.store import saved
from kg.store.base import Store

_log = logging.getLogger(__name__)

K = "https://w3id.org/kg-cn/ontology#"
_Q = {
    "located": f"SELECT ?s ?o WHERE {{ ?s <{K}locatedIn> ?o }}",
    "part": f"SELECT ?s ?o WHERE {{ ?s <{K}partOf> ?o }}",
    "category": f"SELECT ?s ?o WHERE {{ ?s <{K}strategicCategory> ?o }}",
    "industry": f"SELECT ?s ?o WHERE {{ ?s <{K}inIndustry> ?o }}",
    "firm": f"SELECT DISTINCT ?s WHERE {{ ?s a <{K}Firm> }}",
    "region": f"SELECT DISTINCT ?s WHERE {{ ?s a <{K}Region> }}",
    "label": "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o FILTER(lang(?o) = 'zh') }",
}


def _closure(children: dict[str, set[str]], top: str) -> set[str]:
    """``top`` and everything below it."""
    seen = {top}
    stack = [top]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
#: classes of the provenance nodes (a sentence, an assertion, an observation, a document: hundreds of thousands at
#: scale); no card or profile is about them, so the page index leaves them out
_BULK = (K + "Sentence", K + "Assertion", K + "Observation", K + "Document", "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
#: kg: predicates that tie provenance nodes to sentences and documents, not entities to entities
_PROVENANCE = (K + "evidence", K + "inDocument", K + "observedEntity", K + "mentionedIn")
_PAGE_Q = {
    "predicates": "SELECT DISTINCT ?p WHERE { ?s ?p ?o }",
    "types": "SELECT ?s ?t WHERE { ?s a ?t FILTER(?t NOT IN (" + ", ".join(f"<{c}>" for c in _BULK) + ")) }",
    "links": "SELECT ?s ?o WHERE {{ ?s <{p}> ?o FILTER(isIRI(?o)) }}",
    "typed": "SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {subjects} }} ?s a ?t }}",
    "mentioned": f"SELECT ?s ?o WHERE {{ ?s <{K}mentionedIn> ?o }}",
    "aliases": f"SELECT ?s ?o WHERE {{ ?s <{_SKOS_ALT}> ?o }}",
    "props": "SELECT ?s ?p ?o WHERE { VALUES ?p { " + " ".join(f"<{K}{n}>" for n in ("code", "pinyin", "latitude", "longitude"))
             + " } ?s ?p ?o }",
}


class PageIndex:
    """What region profiles and entity cards read besides evidence and labels: every entity's types, aliases,
    codes and kg: links both ways, the documents that mention it, and every observation by subject.

    Plain data, read in a few queries per store generation (beside the evidence index, in the same background
    thread): ``types`` (entity → type IRIs, in the store's order; provenance nodes left out), ``links`` (subject →
    sorted distinct ``(predicate, object)`` over every kg: predicate with IRI objects but the provenance ones),
    ``linked`` (object → sorted distinct ``(predicate, subject)``, the same links the other way), ``untyped``
    (subjects of links with no type at all: a card lists incoming links from typed subjects only), ``documents``
    and ``aliases`` (entity → sorted distinct), ``props`` (entity → ``(name, value)`` of code, pinyin, latitude,
    longitude in the store's order) and ``observations`` (subject → rows of ``kg.queries.observations``, as tuples
    in its order). Observations are read by the very query ``kg.queries.observations`` runs, with the subject
    left free.
    """

    __slots__ = ("types", "links", "linked", "untyped", "documents", "aliases", "props", "observations")

    def __init__(self, store: Store) -> None:
        from kg.queries import OBSERVATIONS, observation_key, observation_row

        pool: dict[Any, Any] = {}
        intern = lambda v: pool.setdefault(v, v)  # noqa: E731
        types: dict[str, list[str]] = defaultdict(list)
        for r in store.select(_PAGE_Q["types"]):
            types[intern(r["s"])].append(intern(r["t"]))
        self.types = {s: tuple(ts) for s, ts in types.items()}
        out: dict[str, set[tuple[str, str]]] = defaultdict(set)
        into: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for p in sorted(r["p"] for r in store.select(_PAGE_Q["predicates"])):
            if not p.startswith(K) or p in _PROVENANCE:
                continue
            p = intern(p)
            for r in store.select(_PAGE_Q["links"].format(p=p)):
                s, o = intern(r["s"]), intern(r["o"])
                out[s].add((p, o))
                into[o].add((p, s))
        self.links = {s: tuple(sorted(v)) for s, v in out.items()}
        self.linked = {o: tuple(sorted(v)) for o, v in into.items()}
        loose = sorted(s for s in out if s not in self.types)  # provenance nodes, or subjects without a type
        typed: set[str] = set()
        for i in range(0, len(loose), 500):
            values = " ".join(f"<{s}>" for s in loose[i:i + 500])
            typed |= {r["s"] for r in store.select(_PAGE_Q["typed"].format(subjects=values))}
        self.untyped = tuple(s for s in loose if s not in typed)
        self.documents = _grouped(store, "mentioned", intern)
        self.aliases = _grouped(store, "aliases", intern)
        props: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        for r in store.select(_PAGE_Q["props"]):
            props[intern(r["s"])].append((intern(r["p"].rsplit("#", 1)[-1]), r["o"]))
        self.props = {s: tuple(v) for s, v in props.items()}
        observations: dict[str, list[tuple]] = defaultdict(list)
        for r in store.select(OBSERVATIONS):
            observations[intern(r["subject"])].append(tuple(intern(v) if isinstance(v, str) else v for v in observation_row(r)))
        self.observations = {s: tuple(sorted(rows, key=observation_key)) for s, rows in observations.items()}


def _grouped(store: Store, query: str, intern) -> dict[str, tuple[str, ...]]:
    """Subject → its objects under one of ``_PAGE_Q``'s two-column queries, sorted and distinct."""
    found: dict[str, set[str]] = defaultdict(set)
    for r in store.select(_PAGE_Q[query]):
        found[intern(r["s"])].add(intern(r["o"]))
    return {s: tuple(sorted(v)) for s, v in found.items()}


@dataclass
class Indexes(saved.Saveable):
    """In-memory indexes built from one generation of a store.

    Saved beside an on-disk store and read back at the next start (kg/store/saved.py): every field but the
    ``TRANSIENT`` ones, so a field added here is saved with no more work. The evidence and page indexes are saved on their own.
    """

    TRANSIENT = ("generation", "closures", "_evidence", "_pages", "_store", "_evidence_lock")

    generation: int
    parents: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # predicate -> node -> its objects
    children: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # predicate -> node -> its subjects
    firm_set: set[str] = field(default_factory=set)
    region_set: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    closures: dict[tuple, frozenset[str]] = field(default_factory=dict, repr=False)
    _evidence: EvidenceIndex | None = field(default=None, repr=False)
    _pages: PageIndex | None = field(default=None, repr=False)  # built after the evidence index, in its thread
    _store: Any = field(default=None, repr=False)  # a weak reference: the cache below is keyed on the store
    _evidence_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def evidence_index(self) -> EvidenceIndex:
        """The evidence of this generation, read on first use (firm pages, region profiles, entity cards)."""
        return self._evidence if self._evidence is not None else self._read_once("_evidence", "evidence", EvidenceIndex)

    @property
    def page_index(self) -> PageIndex:
        """The page index of this generation, read on first use (``PageIndex``)."""
        return self._pages if self._pages is not None else self._read_once("_pages", "pages", PageIndex)

    def _read_once(self, attr: str, name: str, cls: type) -> Any:
        """The index in ``attr``, read from its saved file or built from the store, once, under the lock."""
        with self._evidence_lock:
            if getattr(self, attr) is None:
                store = self._store()
                if store is None:
                    raise StoreError("the store these indexes were built from is closed")
                setattr(self, attr, saved.read_or_build(store, name, cls, lambda: cls(store)))
        return getattr(self, attr)

    def evidence_ready(self) -> EvidenceIndex | None:
        """The evidence index if it is built; if not, start building it in a thread (reading the evidence of every
        assertion takes seconds at scale: a restart must not wait for it) and return None."""
        if (self._evidence is None or self._pages is None) and not self._evidence_lock.locked():
            threading.Thread(target=self._build_evidence, name="kg-evidence-index", daemon=True).start()
        return self._evidence

    def pages_ready(self) -> PageIndex | None:
        """The page index if it is built, with the evidence index (region profiles and entity cards read both);
        if not, start building them in the background (``evidence_ready``) and return None."""
        self.evidence_ready()
        return self._pages if self._evidence is not None else None

    def _build_evidence(self) -> None:
        """Build the evidence index, then the page index, in the background. A store that closed or cannot be
        reached meanwhile (a shutdown, a remote engine gone) leaves them unbuilt: pages keep reading from the
        store, and the next question tries again."""
        for index in ("evidence_index", "page_index"):  # the page index after the evidence index, in this order
            try:
                getattr(self, index)
            except StoreError as e:
                _log.warning("%s not built: %s", index.replace("_", " "), e)
                return
            except Exception:  # a bug: logged with its traceback, and the pages go on reading from the store
                _log.exception("%s not built", index.replace("_", " "))
                return

    def evidence(self, s: str, p: str, o: str) -> list[dict[str, Any]]:
        """``kg.queries.evidence(store, s, p, o)``, from the evidence index."""
        return self.evidence_index.evidence(s, p, o)

    def label(self, iri: str) -> str:
        """The entity's Chinese label, or its id."""
        from kg.iris import entity_id

        return self.labels.get(iri) or entity_id(iri)

    @classmethod
    def build(cls, store: Store) -> "Indexes":
        idx = cls(store.generation, _store=weakref.ref(store))
        pool: dict[str, str] = {}  # one string object per IRI, however many sets hold it (in memory and saved)
        one = lambda v: pool.setdefault(v, v)  # noqa: E731
        for name in ("located", "part", "category", "industry"):
            ups: dict[str, set[str]] = defaultdict(set)
            downs: dict[str, set[str]] = defaultdict(set)
            for r in store.select_iter(_Q[name]):
                if isinstance(r["o"], str) and r["o"].startswith("http"):
                    s, o = one(r["s"]), one(r["o"])
                    ups[s].add(o)
                    downs[o].add(s)
            idx.parents[name], idx.children[name] = dict(ups), dict(downs)
        idx.firm_set = {one(r["s"]) for r in store.select_iter(_Q["firm"])}
        idx.region_set = {one(r["s"]) for r in store.select_iter(_Q["region"])}
        for r in store.select_iter(_Q["label"]):
            idx.labels.setdefault(one(r["s"]), r["o"])
        return idx

    @classmethod
    def read_or_build(cls, store: Store) -> "Indexes":
        """The indexes of the store's current generation: read from their saved file if it was saved at the store's
        stamp, else built (and saved in the background)."""
        generation = store.generation  # first: a write during the build leaves the indexes older than the store
        idx = saved.read_or_build(store, "indexes", cls, lambda: cls.build(store))
        idx.generation, idx._store = generation, weakref.ref(store)
        return idx

    # -- closures and postings --
    def regions_under(self, region: str) -> frozenset[str]:
        return self._memo(("regions", region), lambda: _closure(self.children["located"], region))

    def industries_under(self, industry: str, categories: bool = False) -> frozenset[str]:
        def closure() -> set[str]:
            down = self.children["part"]
            if categories:  # (partOf|strategicCategory)*
                down = {k: v | self.children["category"].get(k, set()) for k, v in down.items()} | {
                    k: v for k, v in self.children["category"].items() if k not in down}
            return _closure(down, industry)

        return self._memo(("industries", industry, categories), closure)

    def firms(self, region: str | None = None, chain: str | None = None, industry: str | None = None) -> set[str]:
        """Firms located under ``region`` and in an industry under ``chain`` (and under ``industry``)."""
        postings = []
        if region:
            postings.append(self._posted("located", self.regions_under(region)))
        for top, cats in ((chain, False), (industry, True)):
            if top:
                postings.append(self._posted("industry", self.industries_under(top, cats)))
        if not postings:
            return set(self.firm_set)
        postings.sort(key=len)  # intersect from the smallest set
        return postings[0].intersection(self.firm_set, *postings[1:])

    def _posted(self, predicate: str, objects: frozenset[str]) -> frozenset[str]:
        """Every subject with ``predicate`` to one of ``objects``."""
        at = self.children[predicate]
        return self._memo(("posted", predicate, objects), lambda: set().union(*(at.get(o, ()) for o in objects)))

    def _memo(self, key: tuple, compute) -> frozenset[str]:
        """Closures and postings of this generation, computed once: the indexes never change after their build."""
        found = self.closures.get(key)
        if found is None:
            if len(self.closures) > 4096:  # bounded: a crawler walking every region must not grow it forever
                self.closures.clear()
            found = self.closures[key] = frozenset(compute())
        return found

    def firm_page(self, region: str | None = None, chain: str | None = None, industry: str | None = None,
                  limit: int | None = None, offset: int = 0, sort: str = "label", descending: bool = False,
                  store: Store | None = None) -> tuple[list[dict[str, Any]], int]:
        """``kg.indexes.firm_page`` over these indexes (``store`` is read only while the evidence index is built)."""
        return _firm_page(self, region, chain, industry, limit, offset, sort, descending, store)

    def chain_up(self, node: str, predicate: str, limit: int = 12) -> list[str]:
        """``kg.queries._chain_up``: the node's parents along ``predicate``, nearest first (the first if several)."""
        up = self.parents[predicate]
        out, cur = [], node
        while len(out) < limit:
            parents = sorted(o for o in up.get(cur, ()) if o not in out and o != node)
            if not parents:
                break
            cur = parents[0]
            out.append(cur)
        return out

    def hops(self, start: str, goal: str, predicate: str) -> list[tuple[str, str]] | None:
        """The edges start → … → goal along ``predicate`` (breadth first, sorted), [] if start == goal, None if none."""
        if start == goal:
            return []
        up = self.parents[predicate]
        seen: dict[str, str | None] = {start: None}
        frontier = [start]
        while frontier:
            nxt = []
            for node in frontier:
                for parent in sorted(up.get(node, ())):
                    if parent in seen:
                        continue
                    seen[parent] = node
                    if parent == goal:
                        path, cur = [], goal
                        while seen[cur] is not None:
                            path.append((seen[cur], cur))
                            cur = seen[cur]
                        return list(reversed(path))
                    nxt.append(parent)
            frontier = nxt
        return None

_cache: "weakref.WeakKeyDictionary[Store, Indexes]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def indexes_for(store: Store) -> Indexes:
    """The store's indexes, rebuilt first if the store was written since they were built."""
    with _lock:
        idx = _cache.get(store)
        if idx is None or idx.generation != store.generation:
            idx = _cache[store] = Indexes.read_or_build(store)
        return idx


def ready(store: Store) -> Indexes | None:
    """The store's indexes if they are built for its current generation, evidence and page indexes included;
    None otherwise. Never builds (for routes that answer on the event loop; the store path builds them)."""
    idx = _cache.get(store)
    if idx is None or idx.generation != store.generation or idx._evidence is None or idx._pages is None:
        return None
    return idx


def warm(store: Store) -> None:
    """Read whatever indexes were saved at the store's stamp (the derived ones, then the evidence), building none:
    started in a thread by ``kg serve`` so that a restart answers its first question from memory."""
    if saved.current(store, "indexes", Indexes):
        indexes_for(store)
    if saved.current(store, "evidence", EvidenceIndex):
        indexes_for(store).evidence_ready()  # the page index follows it in the same thread, read if it was saved


def status(store: Store) -> dict[str, Any]:
    """What is built for the store's current generation, without building anything (for /ready)."""
    idx = _cache.get(store)
    if idx is None or idx.generation != store.generation:
        return {"indexes": "absent", "evidence": "absent", "pages": "absent"}
    building = idx._evidence_lock.locked()
    evidence = "built" if idx._evidence is not None else "building" if building else "absent"
    pages = "built" if idx._pages is not None else "building" if building else "absent"
    return {"indexes": "built", "evidence": evidence, "pages": pages}


def firm_page(store: Store, region: str | None = None, chain: str | None = None, industry: str | None = None,
              limit: int | None = None, offset: int = 0, sort: str = "label",
              descending: bool = False) -> tuple[list[dict[str, Any]], int]:
    """``kg.queries.firm_page`` (without the designation filter) answered from the indexes: same items, same order."""
    return indexes_for(store).firm_page(region, chain, industry, limit, offset, sort, descending, store)


def _firm_page(idx: Indexes, region: str | None, chain: str | None, industry: str | None, limit: int | None,
               offset: int, sort: str, descending: bool, store: Store | None) -> tuple[list[dict[str, Any]], int]:
    """``firm_page`` over built indexes; ``store`` is read for evidence only while the evidence index is built."""
    from kg.iris import entity_id

    goals = {k: v for k, v in (("region", region), ("chain", chain), ("industry", industry)) if v}
    found = sorted(idx.firms(region, chain, industry))
    labels = idx.labels
    names = {f: label if (label := labels.get(f)) is not None else entity_id(f) for f in found}
    key = (lambda f: (names[f], f)) if sort == "label" else (lambda f: entity_id(f))
    found.sort(key=key, reverse=descending)
    page = found[offset: None if limit is None else offset + limit]
    # per goal, once for the page: the goal, the firm's own link to it, the walk up from there and its predicate
    specs = [(goal, K + "locatedIn", "located", idx.parents["located"], K + "locatedIn") if kind == "region" else
             (goal, K + "inIndustry", "part", idx.parents["industry"], K + "partOf") for kind, goal in goals.items()]
    plans: list[list[tuple[str, str, str]]] = []
    for firm in page:
        links: list[tuple[str, str, str]] = []
        for goal, own, walk, ups, step in specs:
            for direct in sorted(ups.get(firm, ())):
                hops = [] if direct == goal else idx.hops(direct, goal, walk)  # a firm of the page's region: no walk
                if hops is None:
                    continue
                links.append((firm, own, direct))
                links += [(a, step, b) for a, b in hops]
                break
        plans.append(links)
    index = idx.evidence_ready()
    if index is not None:
        evidence = index.evidence
    else:
        from kg.queries import evidence_many

        many = evidence_many(store, [link for links in plans for link in links])
        evidence = lambda s, p, o: many[(s, p, o)]  # noqa: E731
    local = {K + "locatedIn": "locatedIn", K + "inIndustry": "inIndustry", K + "partOf": "partOf"}
    out = []
    for firm, links in zip(page, plans):
        out.append({"iri": firm, "id": entity_id(firm), "label": names[firm], "links": [
            {"subject": s, "predicate": local.get(p) or p.rsplit("#", 1)[-1], "object": o,
             "object_label": label if (label := labels.get(o)) is not None else entity_id(o),
             "subject_label": None, "evidence": evidence(s, p, o)} for s, p, o in links]})
    return out, len(found)
