"""A remote SPARQL 1.1 engine as a Store: query and update endpoints over HTTP, for when one machine is not enough.

Selected by ``KG_STORE=sparql+http://host:port/path[?options]`` (``sparql+https://`` too). The path is the query
endpoint; options (all optional) are

* ``update=/path``: the update endpoint (default: ``/update`` beside a ``/query`` path, else the query URL);
* ``store=/path``: a Graph Store Protocol endpoint that accepts N-Quads (``POST``), used by ``bulk_load``
  (default: ``/store`` beside a ``/query`` path, as Oxigraph server has; none otherwise);
* ``maxinsert=N``: triples per ``INSERT DATA`` request (default 1000, or unlimited beside ``/query``); larger
  graph replacements are split, which makes them non-atomic on that engine;
* ``maxrows=N``: the engine's result cap (default 10000, Virtuoso's ``ResultSetMaxRows``); see below;
* ``graphs=PREFIX``: only named graphs whose IRI starts with PREFIX are this store's (default the kg base IRI),
  which hides an engine's own system graphs;
* ``timeout=S``: HTTP timeout in seconds (default 60).

Examples: Oxigraph server ``sparql+http://127.0.0.1:7878/query`` (run it with ``--union-default-graph``);
Virtuoso ``sparql+http://127.0.0.1:8890/sparql`` (updates need ``GRANT SPARQL_UPDATE TO "SPARQL"``).

The default graph is the union of the named graphs, as in the embedded store: Oxigraph server must be started with
``--union-default-graph``; Virtuoso's default graph is already the union of all graphs.

Bound parameters are written as a ``VALUES`` block at the start of the query's outermost ``WHERE`` group, from
terms serialised by pyoxigraph (N-Triples syntax, escaped): input is never spliced into the query text
(kg/store/binding.py, shared with the embedded store).

Result caps: a SELECT that comes back with exactly ``maxrows`` rows is fetched again page by page with
``LIMIT``/``OFFSET`` until a page comes back short, so callers see every row. A query with its own ``LIMIT`` or
``OFFSET`` cannot be paged that way; when it hits the cap, :class:`ResultTruncated` is raised rather than a cut
answer being returned.

``generation`` counts this process's writes only: writes made by other clients of the engine are not seen.
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from kg._exceptions import QueryError, StoreError
from kg.store.base import Store
from kg.store.binding import _tokens, bind, term_iri
from kg.store.oxigraph import _RDF_FORMATS, XSD
from kg.vocab import BASE

#: Virtuoso's default ResultSetMaxRows
DEFAULT_MAX_ROWS = 10_000
#: triples per INSERT DATA request when loading (engines refuse very large update requests)
INSERT_BATCH = 1_000
JSON_RESULTS = "application/sparql-results+json"


class ResultTruncated(StoreError):
    """The engine capped a result that cannot be paged (the query has its own LIMIT or OFFSET)."""


# --- query text: whether the query pages itself ----------------------------------------------------------------------

def _top_level_words(text: str) -> set[str]:
    """Keywords outside every group: LIMIT/OFFSET/ORDER of the query itself, not of a sub-select."""
    depth, words = 0, set()
    for _pos, tok in _tokens(text):
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 0:
            words.add(tok)
    return words


# --- results ---------------------------------------------------------------------------------------------------------

def _python(cell: dict[str, str] | None) -> Any:
    """A SPARQL JSON results cell as the same Python value the embedded store gives."""
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return value
    if kind == "bnode":
        return f"_:{value}"
    dt = cell.get("datatype")
    if dt in (XSD + "integer", XSD + "int", XSD + "long"):
        return int(value)
    if dt == XSD + "decimal":
        return Decimal(value)
    if dt in (XSD + "double", XSD + "float"):
        return float(value)
    if dt == XSD + "boolean":
        return value in ("true", "1")
    return value


def _normalise_json(doc: dict) -> dict:
    """Virtuoso still writes the pre-1.1 ``typed-literal`` cell type; pyoxigraph's parser wants ``literal``."""
    for row in doc.get("results", {}).get("bindings", []):
        for cell in row.values():
            if cell.get("type") == "typed-literal":
                cell["type"] = "literal"
    return doc


class Triples(list):
    """CONSTRUCT/DESCRIBE results: a list of pyoxigraph triples that serialises like ``QueryTriples``."""

    def serialize(self, output=None, format=ox.RdfFormat.N_TRIPLES):
        return ox.serialize(self, output, format=format)


class SparqlStore(Store):
    """A remote SPARQL 1.1 engine: see the module docstring for the URL form."""

    def __init__(self, location: str) -> None:
        parts = urlsplit(location)
        scheme = parts.scheme.removeprefix("sparql+")
        if scheme not in ("http", "https"):
            raise StoreError(f"not a sparql+http(s) URL: {location}")
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        origin = f"{scheme}://{parts.netloc}"
        self.query_url = urlunsplit((scheme, parts.netloc, parts.path or "/sparql", "", ""))
        beside = parts.path.endswith("/query")

        def at(path: str | None) -> str | None:
            return None if not path else path if path.startswith("http") else origin + path

        self.update_url = at(options.get("update")) or (self.query_url[:-len("query")] + "update" if beside else self.query_url)
        self.store_url = at(options.get("store")) or (self.query_url[:-len("query")] + "store" if beside else None)
        self.max_rows = int(options.get("maxrows", DEFAULT_MAX_ROWS))
        self.graph_prefix = options.get("graphs", BASE)
        #: triples per INSERT DATA request (default: unlimited beside /query, as Oxigraph takes any size)
        self.max_insert = int(options["maxinsert"]) if "maxinsert" in options else (None if beside else INSERT_BATCH)
        auth = (parts.username, parts.password or "") if parts.username else None
        self._http = httpx.Client(timeout=float(options.get("timeout", 60)), auth=auth)
        self.location = location

    # -- HTTP --
    def _post(self, url: str, data: dict | None = None, content: bytes | None = None, headers: dict | None = None) -> httpx.Response:
        try:
            r = self._http.post(url, data=data, content=content, headers=headers)
        except httpx.HTTPError as e:
            raise StoreError(f"cannot reach the SPARQL engine at {url}: {e}") from e
        if r.status_code == 400:
            raise QueryError(f"the SPARQL engine refused the request: {r.text[:500]}")
        if r.status_code >= 300:
            raise StoreError(f"the SPARQL engine at {url} answered {r.status_code}: {r.text[:500]}")
        return r

    def _run(self, sparql: str, accept: str, dataset: dict | None = None) -> httpx.Response:
        return self._post(self.query_url, data={"query": sparql, **(dataset or {})}, headers={"Accept": accept})

    # -- queries --
    def query(self, sparql, *, bindings=None, default_graph=None, named_graphs=None):
        text = bind(sparql, bindings or {})
        dataset: dict[str, Any] = {}
        if default_graph is not None:
            dataset["default-graph-uri"] = default_graph
        if named_graphs is not None:
            dataset["named-graph-uri"] = named_graphs
        r = self._run(text, f"{JSON_RESULTS}, text/turtle;q=0.9, application/n-triples;q=0.8", dataset)
        ctype = r.headers.get("content-type", "")
        if "json" in ctype:
            doc = _normalise_json(r.json())
            if "results" in doc and len(doc["results"]["bindings"]) >= self.max_rows:
                rows = self._select_all(text, doc)
                doc["results"]["bindings"] = rows
            import json

            return ox.parse_query_results(json.dumps(doc).encode(), format=ox.QueryResultsFormat.JSON)
        fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
        return Triples(q.triple for q in ox.parse(r.content, format=fmt))

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        text = bind(sparql, bindings or {})
        doc = _normalise_json(self._run(text, JSON_RESULTS).json())
        rows = doc["results"]["bindings"]
        if len(rows) >= self.max_rows:
            rows = self._select_all(text, doc)
        names = doc["head"]["vars"]
        return [{n: _python(row.get(n)) for n in names} for row in rows]

    def _select_all(self, text: str, first: dict) -> list[dict]:
        """Every row of a SELECT whose first answer came back at the engine's cap, fetched in pages."""
        if {"LIMIT", "OFFSET"} & _top_level_words(text):
            raise ResultTruncated(f"the SPARQL engine capped a result at {self.max_rows} rows and the query has its own "
                                  "LIMIT/OFFSET, so it cannot be paged; raise the engine's row cap (Virtuoso: "
                                  "ResultSetMaxRows) or narrow the query")
        rows: list[dict] = []
        while True:
            page = _normalise_json(self._run(f"{text}\nLIMIT {self.max_rows} OFFSET {len(rows)}", JSON_RESULTS).json())
            got = page["results"]["bindings"]
            rows.extend(got)
            if len(got) < self.max_rows:
                return rows

    def forward(self, sparql: str, accept: str, default_graph: list[str] | None = None,
                named_graphs: list[str] | None = None) -> tuple[str, bytes]:
        """Pass a SPARQL Protocol query through to the engine: (content type, body), as the engine wrote them.

        The engine's own time limit and row cap apply (see docs/remote-store.md).
        """
        dataset: dict[str, Any] = {}
        if default_graph is not None:
            dataset["default-graph-uri"] = default_graph
        if named_graphs is not None:
            dataset["named-graph-uri"] = named_graphs
        r = self._run(sparql, accept, dataset)
        return r.headers.get("content-type", "application/octet-stream"), r.content

    # -- writes --
    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        text = f"BASE <{base_iri}>\n{sparql}" if base_iri else sparql
        self._post(self.update_url, data={"update": text})
        self.generation += 1

    def replace_graphs(self, graphs: dict[str, str], drop: list[str] | None = None) -> None:
        drops = "".join(f"DROP SILENT GRAPH {term_iri(g)} ;\n" for g in [*(drop or []), *graphs])
        size = sum(nt.count("\n") for nt in graphs.values())
        if self.max_insert is None or size <= self.max_insert:
            # one request: engines that run an update request as one transaction (Oxigraph) make it atomic
            inserts = "\n".join(f"GRAPH {term_iri(g)} {{\n{nt}\n}}" for g, nt in graphs.items())
            self.update(f"{drops}INSERT DATA {{\n{inserts}\n}}")
            return
        # engines that refuse large updates (Virtuoso: "SPARQL compiler ... memory exhausted") get batches:
        # readers may see the graph half-written meanwhile
        self.update(drops.rstrip(" ;\n"))
        for g, nt in graphs.items():
            lines = [l for l in nt.splitlines() if l.strip()]
            plain = [l for l in lines if "_:" not in l]
            bnodes = [l for l in lines if "_:" in l]  # a blank node label means one node only within one request
            for batch in [plain[i:i + self.max_insert] for i in range(0, len(plain), self.max_insert)] + [bnodes]:
                if batch:
                    self.update(f"INSERT DATA {{ GRAPH {term_iri(g)} {{\n" + "\n".join(batch) + "\n} }")

    def remove_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH {term_iri(graph)}")

    def load(self, data: bytes, format: str = "nquads", graph: str | None = None) -> None:
        kwargs: dict[str, Any] = {"format": _RDF_FORMATS[format]}
        quads = list(ox.parse(data, **kwargs))
        self._insert(quads, graph)

    def bulk_load(self, path: str | Path, format: str = "nquads") -> None:
        if self.store_url and format == "nquads":
            self._post_store(Path(path))
        else:
            self._insert(ox.parse(path=str(path), format=_RDF_FORMATS[format]), None)
        self.generation += 1

    def _post_store(self, path: Path, lines_per_request: int = 200_000) -> None:
        """N-Quads to the Graph Store endpoint in pieces (each its own transaction on the engine)."""
        with path.open("rb") as f:
            while True:
                chunk = b"".join(line for _, line in zip(range(lines_per_request), f))
                if not chunk:
                    return
                self._post(self.store_url, content=chunk, headers={"Content-Type": "application/n-quads"})

    def _insert(self, quads, graph: str | None) -> None:
        """INSERT DATA in batches; a batch holds whole graphs' runs of quads in file order."""
        batch: list[Any] = []
        has_bnodes = False

        def flush() -> None:
            if not batch:
                return
            groups: dict[str | None, list[str]] = {}
            for q in batch:
                g = graph if graph is not None else (q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None)
                groups.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
            body = "\n".join(("\n".join(ts) if g is None else f"GRAPH {term_iri(g)} {{\n" + "\n".join(ts) + "\n}")
                             for g, ts in groups.items())
            self.update(f"INSERT DATA {{\n{body}\n}}")
            batch.clear()

        for q in quads:
            batch.append(q)
            has_bnodes = has_bnodes or isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)
            if len(batch) >= (self.max_insert or INSERT_BATCH) and not has_bnodes:  # blank nodes must stay in one request
                flush()
        flush()

    # -- the dataset --
    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows if isinstance(r["g"], str) and r["g"].startswith(self.graph_prefix))

    def has_graph(self, graph: str) -> bool:
        r = self._run(f"ASK {{ GRAPH {term_iri(graph)} {{ ?s ?p ?o }} }}", JSON_RESULTS)
        return bool(r.json().get("boolean"))

    def dump(self, format: str = "nquads", graph: str | None = None) -> bytes:
        # SELECT rather than CONSTRUCT: engines cap both, and only a SELECT can be paged
        pattern = "SELECT ?s ?p ?o WHERE {{ GRAPH {} {{ ?s ?p ?o }} }}"
        if graph is not None:
            rows = self.query(pattern.format(term_iri(graph)))
            return ox.serialize([ox.Triple(r["s"], r["p"], r["o"]) for r in rows], format=_RDF_FORMATS[format])
        quads = []
        for g in self.graphs():
            node = ox.NamedNode(g)
            quads.extend(ox.Quad(r["s"], r["p"], r["o"], node) for r in self.query(pattern.format(term_iri(g))))
        return ox.serialize(quads, format=_RDF_FORMATS[format])

    def count(self) -> int:
        total = 0
        for g in self.graphs():
            total += self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {term_iri(g)} {{ ?s ?p ?o }} }}")[0]["n"]
        return total

    def close(self) -> None:
        self._http.close()
