"""Operating a store: integrity checks, backups and restores."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg._exceptions import StoreError
from kg.store.base import Store
from kg.vocab import BASE, KG, ONTOLOGY_GRAPH, REFERENCE_GRAPH

_DOC_FACTS = f"""PREFIX kg: <{KG}>
SELECT ?doc ?count ?sha WHERE {{ GRAPH ?doc {{ ?doc a kg:Document . OPTIONAL {{ ?doc kg:tripleCount ?count }} OPTIONAL {{ ?doc kg:sha256 ?sha }} }} }}"""
_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
# provenance: every assertion and observation points at a sentence and the document of its own graph
_BROKEN_PROVENANCE = f"""PREFIX kg: <{KG}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?g ?node ?problem WHERE {{
  GRAPH ?g {{
    {{ ?node a kg:Assertion . FILTER NOT EXISTS {{ ?node kg:evidence ?s . ?s a kg:Sentence ; kg:inDocument ?g }}
       BIND("assertion without a sentence of this document" AS ?problem) }}
    UNION {{ ?node a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . FILTER NOT EXISTS {{ ?s ?p ?o }}
       BIND("assertion whose triple is missing" AS ?problem) }}
    UNION {{ ?node a kg:Observation . FILTER NOT EXISTS {{ ?node kg:evidence ?s . ?s a kg:Sentence }}
       BIND("observation without a sentence" AS ?problem) }}
    UNION {{ ?node prov:wasDerivedFrom ?d . FILTER(?d != ?g) BIND("derived from another document" AS ?problem) }}
  }}
  FILTER(STRSTARTS(STR(?g), "{BASE}doc/"))
}} LIMIT 1000"""


@dataclass
class VerifyReport:
    documents: int = 0
    problems: list[str] = field(default_factory=list)
    shacl_violations: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and not self.shacl_violations

    def text(self) -> str:
        lines = [f"{self.documents} document graphs checked"]
        lines += [f"problem: {p}" for p in self.problems]
        lines.append(f"SHACL: {self.shacl_violations} violations")
        lines.append("OK" if self.ok else f"NOT OK: {len(self.problems) + self.shacl_violations} problems")
        return "\n".join(lines)


def verify(store: Store, *, shacl: bool = True) -> VerifyReport:
    """Every document graph whole (its triple count matches), provenance intact, SHACL valid."""
    report = VerifyReport()
    sizes = {r["g"]: int(r["n"]) for r in store.select(_SIZES)}
    docs = {r["doc"]: r for r in store.select(_DOC_FACTS)}
    for g in (g for g in store.graphs() if g.startswith(BASE + "doc/")):
        report.documents += 1
        fact = docs.get(g)
        if fact is None:
            report.problems.append(f"{g}: graph has no kg:Document node for itself")
            continue
        if fact.get("count") is None:
            report.problems.append(f"{g}: no kg:tripleCount")
        elif int(fact["count"]) != sizes.get(g, 0):
            report.problems.append(f"{g}: holds {sizes.get(g, 0)} triples, its kg:tripleCount says {fact['count']}")
        if not fact.get("sha") or not g.endswith(str(fact["sha"])[:16]):
            report.problems.append(f"{g}: kg:sha256 does not match the graph name")
    for r in store.select(_BROKEN_PROVENANCE):
        report.problems.append(f"{r['g']}: {r['node']}: {r['problem']}")
    for name in (REFERENCE_GRAPH, ONTOLOGY_GRAPH):
        if not store.has_graph(str(name)):
            report.problems.append(f"{name}: missing (run kg load or kg serve once to restore it)")
    if shacl:
        from kg.validate import validate_store

        result = validate_store(store)
        report.shacl_violations = result.violations
    return report


def dump(store: Store, path: Path) -> int:
    """Write the whole dataset (every named graph) as N-Quads. Returns the number of bytes."""
    data = store.dump("nquads")
    tmp = path.with_name(path.name + ".partial")
    tmp.write_bytes(data)
    tmp.replace(path)  # a crash never leaves a half-written backup under the final name
    return len(data)


def restore(store: Store, path: Path, *, replace: bool = False) -> int:
    """Load an N-Quads backup into ``store``. Refuses a non-empty store unless ``replace``."""
    if store.count() and not replace:
        raise StoreError(f"the store is not empty ({store.count()} quads); pass --replace to overwrite it")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise StoreError(f"{path}: cannot read the backup: {e.strerror}") from e
    import pyoxigraph as ox

    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as e:
        raise StoreError(f"{path}: not a valid N-Quads backup: {e}") from e
    graphs: dict[str, list[str]] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            raise StoreError(f"{path}: backup has triples in the default graph; kg keeps everything in named graphs")
        graphs.setdefault(q.graph_name.value, []).append(f"{q.subject} {q.predicate} {q.object} .")
    store.replace_graphs({g: "\n".join(lines) for g, lines in graphs.items()},
                         drop=[g for g in store.graphs() if g not in graphs] if replace else None)
    return len(quads)
