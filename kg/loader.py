"""Load articles into a store: one named graph per document, replaced atomically.

Re-runs change nothing (a document is named by its content); an edited file replaces the graph
that was loaded from the same path.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg._exceptions import DocumentError, EmptyDocument
from kg.iris import document_iri
from kg.linking import FirmLinker, FirmNames, firm_names
from kg.rdf import extraction_ntriples, to_ntriples
from kg.records import Extraction
from kg.store.base import Store
from kg.vocab import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".md", ".markdown", ".xhtml"}
#: bump when the reference data or ontology changes, so stores reload them
REFERENCE_VERSION = "3"
_VERSION_PRED = "http://www.w3.org/2002/07/owl#versionInfo"


@dataclass
class LoadResult:
    path: str | None
    iri: str
    title: str | None
    status: str  # "added", "replaced" or "unchanged"
    counts: dict[str, int] = field(default_factory=dict)


def collect(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files named, and article files found under folders named (sorted, so loads are repeatable)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES))
        elif p.exists():
            out.append(p)
        else:
            raise DocumentError(str(p), "no such file or folder")
    return out


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(str(path), f"cannot read: {e.strerror}") from e
    if not data.strip():
        raise EmptyDocument(str(path), "the file is empty")
    return data


def extract_bytes(data: bytes, path: str | None = None, media_type: str | None = None) -> Extraction:
    """Prepare and extract one document without touching any store."""
    from kg.extract.pipeline import extract
    from kg.text import prepare

    return extract(prepare(data, path=path, media_type=media_type))


def counts(ext: Extraction) -> dict[str, int]:
    c = Counter(e.type for e in ext.entities)
    out = {t: c[t] for t in sorted(c)}
    out["relations"] = len(ext.relations)
    out["observations"] = len(ext.observations)
    return out


def load_document(store: Store, data: bytes, path: str | None = None, media_type: str | None = None) -> LoadResult:
    """Extract one document and store it as its own named graph, in one transaction."""
    sha = hashlib.sha256(data).hexdigest()
    iri = str(document_iri(sha))
    previous = _graphs_loaded_from(store, path) if path else []
    if store.has_graph(iri) and not [g for g in previous if g != iri]:
        title = _title(store, iri)
        return LoadResult(path, iri, title, "unchanged")
    ext = extract_bytes(data, path=path, media_type=media_type)
    nt = FirmLinker(store).link(extraction_ntriples(ext), firm_names(ext))
    stale = [g for g in previous if g != iri]
    store.replace_graph(iri, nt, drop=stale)
    return LoadResult(path, iri, ext.document.title, "replaced" if stale else "added", counts(ext))


def load_paths(store: Store, paths: Iterable[str | os.PathLike],
               progress: Callable[[int, int, LoadResult | DocumentError], None] | None = None,
               workers: int = 1) -> tuple[list[LoadResult], list[DocumentError]]:
    """Load every article under ``paths``. A bad file is reported and skipped; it changes nothing.

    Extraction runs in ``workers`` processes when more than one (this process is the one writer). Documents are
    written a batch per transaction (kg.batch), each graph whole or absent; results, errors and progress come in
    file order, and a document is reported once its transaction is committed.
    """
    from kg.batch import Batch
    from kg.workers import extractor

    with extractor(workers) as extract_all:
        ensure_reference(store)
        files = collect(paths)
        plan = _plan(store, files)
        extracted = extract_all([(str(job.file), job.path) for job in plan if isinstance(job, _Job)])
        batch = Batch(store)
        linker = FirmLinker(store)
        results: list[LoadResult] = []
        errors: list[DocumentError] = []
        for n, job in enumerate(plan, 1):
            item = _write(batch, linker, job, extracted) if isinstance(job, _Job) else job
            for m, done in batch.hold(n, item):
                _report(m, done, len(files), results, errors, progress)
        for m, done in batch.commit():
            _report(m, done, len(files), results, errors, progress)
    return results, errors


@dataclass
class _Job:
    """A document that needs extracting.

    The file is read again where it is extracted, so a long load never holds every article in memory.
    """
    file: Path
    path: str
    iri: str
    stale: list[str]


def _plan(store: Store, files: list[Path]) -> list[_Job | LoadResult | DocumentError]:
    """What each file needs: nothing (unchanged), an error, or extracting; in file order."""
    read: list[tuple[Path, str, str] | DocumentError] = []
    for f in files:
        name = os.path.normpath(str(f))
        try:
            read.append((f, name, str(document_iri(hashlib.sha256(read_bytes(f)).hexdigest()))))
        except DocumentError as e:
            read.append(e)
    # the store is asked once per _PLAN_CHUNK files, not once or twice per file
    loaded = _graphs_loaded_from_many(store, [r[1] for r in read if not isinstance(r, DocumentError)])
    plan: list[_Job | LoadResult | DocumentError] = []
    for r in read:
        if isinstance(r, DocumentError):
            plan.append(r)
            continue
        f, name, iri = r
        stale = [g for g in loaded.get(name, ()) if g != iri]
        if store.has_graph(iri) and not stale:
            plan.append(LoadResult(name, iri, None, "unchanged"))
        else:
            plan.append(_Job(f, name, iri, stale))
    titles = _titles(store, [job.iri for job in plan if isinstance(job, LoadResult)])
    for job in plan:
        if isinstance(job, LoadResult):
            job.title = titles.get(job.iri)
    return plan


def _write(batch, linker: FirmLinker, job: _Job, extracted: Iterator) -> LoadResult | DocumentError:
    """Queue one extracted document in the batch (a file whose content came earlier in this run is unchanged), its
    firms linked to the firms stored or queued before it (kg.linking)."""
    out = next(extracted)
    if isinstance(out, DocumentError):
        return out
    iri, nt, title, found, firms = out
    if iri in batch.titles and not job.stale:
        return LoadResult(job.path, iri, batch.titles[iri], "unchanged")
    batch.add(iri, linker.link(nt, firms), job.stale, title)
    return LoadResult(job.path, iri, title, "replaced" if job.stale else "added", found)


def _report(n: int, item: LoadResult | DocumentError, total: int, results: list[LoadResult],
            errors: list[DocumentError], progress: Callable | None) -> None:
    (errors if isinstance(item, DocumentError) else results).append(item)
    if progress:
        progress(n, total, item)


def extract_job(job: tuple[str, str]) -> tuple[str, str, str | None, dict[str, int], list[FirmNames]] | DocumentError:
    """Read and extract one file and write its graph as N-Triples, with its firms' names for the writer to link
    (no store here; in a worker process or not)."""
    file, path = job
    try:
        ext = extract_bytes(read_bytes(Path(file)), path=path)
        return ext.document.iri, extraction_ntriples(ext), ext.document.title, counts(ext), firm_names(ext)
    except DocumentError as e:
        return e


def warm_up() -> None:
    """Build what extraction needs once (jieba's dictionary, the lexicon, the gazetteer, the patterns)."""
    extract_bytes("2023年,浙江省长兴县新能源汽车产业产值达100亿元。".encode(), path="warm-up.txt")


def ensure_reference(store: Store) -> bool:
    """Load the ontology and reference data unless this version is already there. Returns True if loaded."""
    rows = store.select(f"SELECT ?v WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ <{REFERENCE_GRAPH}> <{_VERSION_PRED}> ?v }} }}")
    if rows and rows[0]["v"] == REFERENCE_VERSION:
        return False
    from kg.refdata import ontology_graph, reference_graph

    ref = reference_graph()
    nt = to_ntriples(ref) + f'\n<{REFERENCE_GRAPH}> <{_VERSION_PRED}> "{REFERENCE_VERSION}" .\n'
    store.replace_graphs({str(REFERENCE_GRAPH): nt, str(ONTOLOGY_GRAPH): to_ntriples(ontology_graph())})
    return True


def document_graphs(store: Store) -> list[str]:
    return [g for g in store.graphs() if g.startswith(BASE + "doc/")]


def has_documents(store: Store) -> bool:
    """Whether the store holds a document graph: the first one found ends the search (listing every graph of a
    store of 100k firms is ~0.1 s at start, read cold from disk)."""
    return any(g.startswith(BASE + "doc/") for g in store.iter_graphs())


def _graphs_loaded_from(store: Store, path: str) -> list[str]:
    return _graphs_loaded_from_many(store, [path]).get(path, [])


#: paths or graphs named in one question of the plan (a VALUES block)
_PLAN_CHUNK = 500


def _graphs_loaded_from_many(store: Store, paths: list[str]) -> dict[str, list[str]]:
    """``_graphs_loaded_from`` for many paths: path → the graphs loaded from it, in as few questions as chunks."""
    from kg.store.binding import term

    out: dict[str, list[str]] = {}
    unique = list(dict.fromkeys(paths))
    for i in range(0, len(unique), _PLAN_CHUNK):
        values = " ".join(term(p) for p in unique[i:i + _PLAN_CHUNK])
        for r in store.select("SELECT ?doc ?path WHERE { VALUES ?path { " + values + " } "
                              "GRAPH ?doc { ?doc <https://w3id.org/kg-cn/ontology#path> ?path } }"):
            out.setdefault(r["path"], []).append(r["doc"])
    return out


def _titles(store: Store, iris: list[str]) -> dict[str, str]:
    """``_title`` for many graphs: IRI → its title (graphs without one are left out)."""
    from kg.store.binding import term

    out: dict[str, str] = {}
    unique = list(dict.fromkeys(iris))
    for i in range(0, len(unique), _PLAN_CHUNK):
        values = " ".join(term(_iri(g)) for g in unique[i:i + _PLAN_CHUNK])
        for r in store.select("SELECT ?doc ?t WHERE { VALUES ?doc { " + values + " } "
                              "GRAPH ?doc { ?doc <http://purl.org/dc/terms/title> ?t } }"):
            out.setdefault(r["doc"], r["t"])
    return out


def _title(store: Store, iri: str) -> str | None:
    return _titles(store, [iri]).get(iri)


def _iri(value: str):
    from kg.store.oxigraph import IRI

    return IRI(value)
