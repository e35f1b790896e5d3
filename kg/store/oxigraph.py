"""The embedded Oxigraph backend: on disk by default, in memory for tests."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg._exceptions import QueryError, StoreError
from kg.store.base import Store
from kg.store.stamp import WriteStamp

XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nt": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def to_python(term: Any) -> Any:
    """An Oxigraph term as a plain Python value."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt == XSD + "integer" or dt == XSD + "int" or dt == XSD + "long":
            return int(term.value)
        if dt == XSD + "decimal":
            return Decimal(term.value)
        if dt in (XSD + "double", XSD + "float"):
            return float(term.value)
        if dt == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def to_term(value: Any) -> Any:
    """A Python value as an Oxigraph term: str starting with a scheme is an IRI only if wrapped by ``iri()``."""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, IRI):
        try:
            return ox.NamedNode(str(value))
        except ValueError as e:  # a name typed by a user that cannot be an IRI: bad input, not a crash
            raise QueryError(f"not a valid IRI: {str(value)[:200]!r} ({e})") from e
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, Decimal):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    return ox.Literal(str(value))


def _as_trig(graphs: dict[str, str]) -> str:
    """N-Triples per graph as one TriG text: each graph's text whole in its block, for the parser to read (N-Triples
    is TriG), with no line of it touched in Python."""
    return "".join(f"<{graph}> {{\n{nt}\n}}\n" for graph, nt in graphs.items())


class IRI(str):
    """Marks a bound parameter as an IRI rather than a string literal."""


class OxigraphStore(Store):
    def __init__(self, path: str | Path | None, *, read_only: bool = False) -> None:
        self.path = str(path) if path else None
        # the write stamp of a store on disk opened for writing (kg/store/stamp.py); a read-only store has none: it
        # neither reads nor saves derived indexes (Oxigraph does not promise what it sees while another process writes)
        self._stamp: WriteStamp | None = None
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
                # inside the store's folder, not beside it: a copy of the folder carries its stamp, so a copy restored
                # over a newer store does not match the indexes saved beside the newer one
                self._stamp = WriteStamp(Path(path) / "kg-write-stamp", Path(path))
                self._stamp.open()
        except OSError as e:
            raise StoreError(f"cannot open the store at {path}: {e}") from e

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Around every write: the stamp moves before and after it, and the generation after it (a failed write too:
        the bulk loader has no transaction, and a needless rebuild is harmless)."""
        if self._stamp is not None:
            self._stamp.begin()
        try:
            yield
        finally:
            self.generation += 1
            if self._stamp is not None:
                self._stamp.end()

    def stamp(self) -> str | None:
        return self._stamp.current() if self._stamp is not None else None

    def query(self, sparql, *, bindings=None, default_graph=None, named_graphs=None):
        kwargs: dict[str, Any] = {}
        if default_graph is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings:
            # a VALUES block, not pyoxigraph's substitutions: Oxigraph plans a query before substituting, so a
            # substituted variable is planned as free (a scan); see kg/store/binding.py
            from kg.store.binding import bind

            sparql = bind(sparql, bindings)
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as e:
            raise QueryError(f"malformed SPARQL query: {e}") from e

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        solutions = self.query(sparql, bindings=bindings)
        names = [v.value for v in solutions.variables]
        return [{n: to_python(row[n]) for n in names} for row in solutions]

    def select_iter(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        solutions = self.query(sparql, bindings=bindings)
        names = [v.value for v in solutions.variables]
        for row in solutions:
            yield {n: to_python(row[n]) for n in names}

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        with self._writing():
            try:
                self._store.update(sparql, base_iri=base_iri)
            except SyntaxError as e:
                raise QueryError(f"malformed SPARQL update: {e}") from e

    def replace_graphs(self, graphs: dict[str, str], drop: list[str] | None = None) -> None:
        # One update request is one transaction: readers see the old graphs or the new ones.
        if not drop and not any(self.has_graph(g) for g in graphs) and self._add_graphs(graphs):
            return
        drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in [*(drop or []), *graphs])
        inserts = "\n".join(f"GRAPH <{g}> {{\n{nt}\n}}" for g, nt in graphs.items())
        self.update(f"{drops}INSERT DATA {{\n{inserts}\n}}")

    def _add_graphs(self, graphs: dict[str, str]) -> bool:
        """New graphs as one TriG load: one transaction as well, without a SPARQL update to parse (the loader's
        common case). False, with nothing written, when the text does not parse."""
        with self._writing():
            try:
                self._store.load(_as_trig(graphs), format=ox.RdfFormat.TRIG)
            except SyntaxError:
                return False  # the update path reports it
        return True

    def remove_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def graphs(self) -> list[str]:
        return sorted(self.iter_graphs())

    def iter_graphs(self) -> Iterator[str]:
        return (g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph))

    def dump(self, format: str = "nquads", graph: str | None = None) -> bytes:
        fmt = _RDF_FORMATS[format]
        if graph is not None:
            return self._store.dump(format=fmt, from_graph=ox.NamedNode(graph))
        return self._store.dump(format=fmt)

    def load(self, data: bytes, format: str = "nquads", graph: str | None = None) -> None:
        kwargs: dict[str, Any] = {"format": _RDF_FORMATS[format]}
        if graph is not None:
            kwargs["to_graph"] = ox.NamedNode(graph)
        with self._writing():
            self._store.load(data, **kwargs)

    def count(self) -> int:
        return len(self._store)

    def bulk_load(self, path: str | Path, format: str = "nquads") -> None:
        # pyoxigraph's bulk loader: parallel parsing, no transaction (readers may see a partial load)
        with self._writing():
            self._store.bulk_load(path=str(path), format=_RDF_FORMATS[format])
            self.flush()

    def sidecar(self, name: str) -> Path | None:
        if not self.path:
            return None
        store = Path(self.path)
        return store.with_name(f"{store.name}.{name}")

    def flush(self) -> None:
        if self.path:
            self._store.flush()

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store, for the SPARQL endpoint's result serialisers."""
        return self._store
