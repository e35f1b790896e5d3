"""The store interface every backend implements: named by verbs, as Oxigraph's is."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

#: how long a query may run by default, in seconds
DEFAULT_QUERY_TIMEOUT_S = 30.0


class Store(ABC):
    """A dataset of named graphs that can be queried with SPARQL 1.1.

    ``generation`` grows with every write, so derived indexes know when to rebuild.

    Parameters in ``bindings`` are bound as RDF terms (SEP-0007 substitution or a VALUES
    block written by the backend), never spliced into the query text.
    """

    generation: int = 0

    @abstractmethod
    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Any] | None = None,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> Any:
        """Run a query with the union of all graphs as the default graph (unless ``default_graph``)."""

    @abstractmethod
    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a SELECT and return rows of Python values (str for IRIs and literals, int/float/Decimal for numbers)."""

    def select_iter(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """``select``'s rows one at a time: a backend that can streams them, so that a scan of the whole store (an
        index build) does not hold every row at once."""
        return iter(self.select(sparql, bindings))

    @abstractmethod
    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL 1.1 Update in one transaction (relative IRIs resolved against ``base_iri``)."""

    def replace_graph(self, graph: str, ntriples: str, drop: list[str] | None = None) -> None:
        """Atomically replace named graph ``graph`` by the N-Triples ``ntriples`` (and drop ``drop``)."""
        self.replace_graphs({graph: ntriples}, drop)

    @abstractmethod
    def replace_graphs(self, graphs: dict[str, str], drop: list[str] | None = None) -> None:
        """Atomically replace several named graphs (name → N-Triples) and drop others, in one transaction."""

    @abstractmethod
    def remove_graph(self, graph: str) -> None:
        """Atomically remove a named graph (nothing happens if it does not exist)."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """The names of the named graphs."""

    def iter_graphs(self) -> Iterator[str]:
        """The names of the named graphs in no set order, one at a time: a backend that can stops reading when
        the caller stops asking (``kg.loader.has_documents`` at start needs only one)."""
        return iter(self.graphs())

    @abstractmethod
    def has_graph(self, graph: str) -> bool: ...

    @abstractmethod
    def dump(self, format: str = "nquads", graph: str | None = None) -> bytes:
        """Serialise the whole dataset (or one graph) as N-Quads, TriG, N-Triples or Turtle."""

    @abstractmethod
    def load(self, data: bytes, format: str = "nquads", graph: str | None = None) -> None:
        """Add serialised RDF to the store (into ``graph`` for triple formats)."""

    @abstractmethod
    def count(self) -> int:
        """Number of quads."""

    def bulk_load(self, path: str | Path, format: str = "nquads") -> None:
        """Add a (large) RDF file without one transaction around it: fast, for offline loads only.

        Backends override it with their native bulk loader; this fallback reads the file whole.
        """
        self.load(Path(path).read_bytes(), format)

    def sidecar(self, name: str) -> Path | None:
        """A file beside the store for data derived from it and kept across restarts (``None``: no place on disk)."""
        return None

    def stamp(self) -> str | None:
        """A token that changes around every write to the store, from any process, and survives a restart: data
        derived from the store and saved beside it is valid while the stamp is the one it was built at
        (kg/store/stamp.py, kg/store/saved.py). ``None``: no durable stamp now (no place on disk, a read-only
        store, or a write under way), so nothing is read or saved."""
        return None

    def close(self) -> None:  # pragma: no cover - backends with resources override it
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
