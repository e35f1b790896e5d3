"""Indexes saved beside an on-disk store (kg/store/saved.py, kg/store/stamp.py): a restart reads them instead of
rebuilding, and never one that the store has moved past: a write in this process or another, a crash between the
stamp's two moves, a damaged file."""
from __future__ import annotations

import doctest
import gc
import logging
import subprocess
import sys
import threading
from dataclasses import dataclass, field

import pytest

from kg.store.saved import Saveable
from tests.conftest import ROOT

REGION = "https://w3id.org/kg-cn/id/region/330522"  # 长兴县
UPLOAD = "浙江长兴新能达电池有限公司位于长兴县，主营动力电池。"


def _saves_done() -> None:
    """Wait for the background work that holds the store: the evidence and page indexes' build, then the saves."""
    for prefix in ("kg-evidence-index", "kg-save-"):
        for t in threading.enumerate():
            if t.name.startswith(prefix):
                t.join()


def _open(path):
    from kg.store import open_store

    return open_store(str(path))


class Process:
    """The store as one process holds it: ``stop()`` drops it (the RocksDB lock goes with the last reference) once
    its saves are written, ``restart()`` opens it again."""

    def __init__(self, path) -> None:
        self.path = path
        self.store = _open(path)

    def stop(self) -> None:
        _saves_done()
        self.store = None
        gc.collect()

    def restart(self):
        self.stop()
        self.store = _open(self.path)
        return self


class Built:
    """Counts the builds of every saved index (a read of a saved file is not a build)."""

    def __init__(self, monkeypatch) -> None:
        from kg import evidence_index, indexes, resolve

        self.counts = {"indexes": 0, "names": 0, "evidence": 0}
        for name, owner, attr in (("indexes", indexes.Indexes, "build"), ("names", resolve.NameIndex, "build")):
            original = getattr(owner, attr).__func__

            def counted(cls, *a, _original=original, _name=name, **kw):
                self.counts[_name] += 1
                return _original(cls, *a, **kw)

            monkeypatch.setattr(owner, attr, classmethod(counted))
        original_init = evidence_index.EvidenceIndex.__init__

        def init(index, store):
            self.counts["evidence"] += 1
            original_init(index, store)

        monkeypatch.setattr(evidence_index.EvidenceIndex, "__init__", init)


def _answers(store) -> dict:
    """What the saved indexes answer: a firm page with its evidence, a name lookup, every evidence link."""
    from kg.indexes import firm_page, indexes_for
    from kg.resolve import Resolver

    idx = indexes_for(store)
    evidence = idx.evidence_index  # built (or read) here, not in the background
    page = firm_page(store, region=REGION)
    names = Resolver(store).index
    return {"page": page, "firms": sorted(idx.firm_set), "labels": dict(idx.labels),
            "candidates": [c.as_dict() for c in names.candidates("长兴")],
            "evidence": {link: evidence.evidence(*link) for link in sorted(evidence.by_link)},
            "reference": sorted(evidence.reference)}


@pytest.fixture()
def disk(tmp_path, seeded_store):
    """An on-disk store holding the seeds, whose indexes were built once and saved."""
    run = Process(tmp_path / "store")
    run.store.load(seeded_store.dump())
    _answers(run.store)
    run.stop()
    for name in ("indexes", "names", "evidence", "pages"):
        assert (tmp_path / f"store.saved.{name}").exists(), name
    return tmp_path / "store"


def test_a_restart_reads_the_saved_indexes_and_answers_as_a_rebuild(disk, monkeypatch, caplog):
    from kg.evidence_index import EvidenceIndex
    from kg.indexes import Indexes, indexes_for
    from kg.resolve import NameIndex, Resolver

    built = Built(monkeypatch)
    run = Process(disk)
    with caplog.at_level(logging.INFO, logger="kg.store.saved"):
        answers = _answers(run.store)
        # the page index is read by the evidence thread the firm page may start: wait for it (or read it) here, so
        # that its log line is counted whatever the machine's speed
        indexes_for(run.store).page_index
    assert built.counts == {"indexes": 0, "names": 0, "evidence": 0}
    assert sum("read store.saved." in r.getMessage() for r in caplog.records) == 4  # names, indexes, evidence, pages
    assert answers["page"][1] > 0 and answers["evidence"]
    # the same as indexes built afresh from the same store
    assert indexes_for(run.store).__getstate__() == Indexes.build(run.store).__getstate__()
    assert Resolver(run.store).index.__getstate__() == NameIndex.build(run.store).__getstate__()
    fresh = EvidenceIndex(run.store)
    assert answers["evidence"] == {link: fresh.evidence(*link) for link in sorted(fresh.by_link)}
    assert answers["reference"] == sorted(fresh.reference)
    from kg.indexes import PageIndex

    _saves_done()
    read_pages, fresh_pages = indexes_for(run.store).page_index, PageIndex(run.store)
    assert all(getattr(read_pages, n) == getattr(fresh_pages, n) for n in PageIndex.__slots__)
    run.stop()


def test_the_server_reads_the_saved_indexes_at_start(disk, monkeypatch):
    """``kg serve`` reads them in the background as it starts, and its first question builds nothing."""
    from fastapi.testclient import TestClient

    from api.main import create_app
    from kg.config import Settings

    built = Built(monkeypatch)
    with TestClient(create_app(Settings(store=str(disk), seeds=""))) as client:
        for name in ("kg-warm", "kg-evidence-index"):  # in turn: the warm thread starts the evidence thread
            for t in threading.enumerate():
                if t.name == name:
                    t.join()
        assert client.get("/ready").json()["evidence"] == "built"
        r = client.get("/firms", params={"region": "长兴县"})
        assert r.status_code == 200 and r.json()["total"] > 0
    assert built.counts == {"indexes": 0, "names": 0, "evidence": 0}
    gc.collect()


@pytest.mark.parametrize("write", ["upload", "delete"])
def test_after_a_write_the_saved_indexes_are_not_read(disk, write, monkeypatch):
    from kg.indexes import firm_page
    from kg.loader import document_graphs, load_document

    run = Process(disk)
    before = firm_page(run.store, region=REGION)[1]
    if write == "upload":
        load_document(run.store, UPLOAD.encode(), path="upload.txt")
    else:
        for graph in document_graphs(run.store):
            run.store.remove_graph(graph)
    run.stop()

    built = Built(monkeypatch)
    run.restart()
    items, total = firm_page(run.store, region=REGION)
    assert built.counts["indexes"] == 1
    evidence = _answers(run.store)["evidence"]
    if write == "upload":
        assert total == before + 1 and any("新能达" in f["label"] for f in items)
        assert any("新能达" in (ev["sentence"] or "") for found in evidence.values() for ev in found)
    else:
        assert total == 0 and not evidence
    assert built.counts == {"indexes": 1, "names": 1, "evidence": 1}
    run.stop()


def test_kg_load_from_another_process_moves_the_stamp(disk, tmp_path, monkeypatch):
    from kg.indexes import firm_page

    article = tmp_path / "upload.txt"
    article.write_text(UPLOAD, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "kg.cli", "load", "--quiet", "--store", str(disk), str(article)], cwd=ROOT,
                   check=True, capture_output=True)
    built = Built(monkeypatch)
    run = Process(disk)
    items, _total = firm_page(run.store, region=REGION)
    assert built.counts["indexes"] == 1 and any("新能达" in f["label"] for f in items)
    run.stop()


def test_an_older_copy_of_the_store_restored_in_place_does_not_read_newer_indexes(disk, monkeypatch):
    """The stamp lives in the store's folder and travels with a copy of it."""
    import shutil

    from kg.indexes import firm_page
    from kg.loader import load_document

    backup = disk.with_name("backup")
    shutil.copytree(disk, backup)
    run = Process(disk)
    load_document(run.store, UPLOAD.encode(), path="upload.txt")
    _answers(run.store)  # built and saved after the upload
    run.stop()
    shutil.rmtree(disk)
    shutil.copytree(backup, disk)
    built = Built(monkeypatch)
    run.restart()
    items, _total = firm_page(run.store, region=REGION)
    assert built.counts["indexes"] == 1 and not any("新能达" in f["label"] for f in items)
    run.stop()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_a_damaged_file_is_rebuilt_with_a_warning(disk, damage, monkeypatch, caplog):
    from kg.evidence_index import EvidenceIndex

    path = disk.with_name("store.saved.evidence")
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    elif damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"KGSAVED1" + b"{not json" + b"\0" * 5000)
    path.write_bytes(bytes(data))
    built = Built(monkeypatch)
    run = Process(disk)
    with caplog.at_level(logging.WARNING, logger="kg.store.saved"):
        answers = _answers(run.store)
    assert built.counts == {"indexes": 0, "names": 0, "evidence": 1}
    assert [r.levelname for r in caplog.records if "store.saved.evidence" in r.getMessage()] == ["WARNING"]
    fresh = EvidenceIndex(run.store)
    assert answers["evidence"] == {link: fresh.evidence(*link) for link in sorted(fresh.by_link)}
    run.stop()


def test_a_crash_between_the_stamp_moves_never_leaves_a_stale_index(disk, monkeypatch):
    """The write reached the store but the process died before the stamp's second move: the next start does not
    read what was saved before the write."""
    from kg.indexes import indexes_for

    run = Process(disk)
    run.store._stamp.begin()
    run.store._store.update("INSERT DATA { GRAPH <urn:crash> { <https://w3id.org/kg-cn/id/firm-crash> a "
                            "<https://w3id.org/kg-cn/ontology#Firm> } }")
    assert run.store.stamp() is None  # while dirty, nothing is read or saved
    run.store._stamp = None  # the process dies here: end() never runs
    built = Built(monkeypatch)
    run.restart()
    assert "https://w3id.org/kg-cn/id/firm-crash" in indexes_for(run.store).firm_set
    assert built.counts["indexes"] == 1
    run.stop()


def test_an_index_built_while_the_store_is_written_is_not_saved(tmp_path):
    """The stamp is read before the build; a write during it moves the stamp, so the file is not written (and,
    written, would never match)."""
    from kg.store import saved

    run = Process(tmp_path / "store")

    def build():
        run.store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
        return Thing()

    saved.read_or_build(run.store, "thing", Thing, build, background=False)
    assert not saved.path_of(run.store, "thing").exists()
    run.stop()


@dataclass
class Thing(Saveable):
    """An index of the kind another module may add: a dataclass, saved with no code of its own."""

    TRANSIENT = ("cache",)
    postings: dict[str, set[str]] = field(default_factory=dict)
    cache: dict = field(default_factory=dict)


@dataclass
class ThingWithAnotherField(Thing):
    per_region: dict = field(default_factory=dict)


def test_any_saveable_dataclass_is_saved_and_read_back(tmp_path):
    from kg.store import saved

    run = Process(tmp_path / "store")
    run.store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    made = saved.read_or_build(run.store, "thing", Thing, lambda: Thing({"r": {"f1", "f2"}}, {"x": 1}),
                               background=False)
    again = saved.read_or_build(run.store, "thing", Thing, lambda: pytest.fail("built again"))
    assert again is not made and again.postings == {"r": {"f1", "f2"}} and again.cache == {}
    # a class whose saved fields are others does not read the file
    assert saved.layout(Thing) != saved.layout(ThingWithAnotherField)
    assert saved.read(run.store, "thing", ThingWithAnotherField, run.store.stamp()) is None
    run.stop()


def test_a_read_only_or_in_memory_store_has_no_stamp(disk):
    from kg.store import open_store

    assert open_store(None).stamp() is None
    assert open_store(str(disk), read_only=True).stamp() is None


def test_stamp_doctests():
    from kg.store import stamp

    assert doctest.testmod(stamp).failed == 0
