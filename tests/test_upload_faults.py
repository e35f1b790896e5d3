"""POST /documents with the server killed mid-request: every document graph is whole or absent after a
restart, and uploading again finishes the job with exactly the graph of a clean load."""
from __future__ import annotations

import gc
import os
import random
import signal
import threading
import time

import httpx

from kg.loader import load_document
from kg.maintenance import verify
from kg.store import open_store
from kg.vocab import BASE
from tests.live import ROOT, start

TOKEN = "upload-fault-token-01"
KILLS = 100 if os.environ.get("KG_LONG_TESTS") else 20


def articles(n: int = 6) -> list[bytes]:
    text = (ROOT / "seeds" / "000_6e6171ac0b97f2b3.txt").read_bytes()
    return [text + f"\n(第{i}稿)\n".encode() for i in range(n)]


def graphs(store) -> dict[str, frozenset[str]]:
    return {g: frozenset(store.dump("ntriples", graph=g).decode().splitlines())
            for g in store.graphs() if g.startswith(BASE + "doc/")}


def test_server_killed_mid_upload(tmp_path):
    docs = articles()
    clean_store = open_store(None)
    for d in docs:
        load_document(clean_store, d, path=None, media_type="text/plain")
    clean = graphs(clean_store)
    store_path = tmp_path / "store"
    env = {"KG_TOKEN": TOKEN}
    rng = random.Random(7)
    partial = 0
    for _ in range(KILLS):
        url, proc = start(store_path, env=env, seeds=False)

        def upload_all():
            with httpx.Client(base_url=url, timeout=30) as c:
                for d in docs:
                    try:
                        c.post("/documents", content=d, headers={"Content-Type": "text/plain", "Authorization": f"Bearer {TOKEN}"})
                    except httpx.HTTPError:
                        return

        sender = threading.Thread(target=upload_all)
        sender.start()
        time.sleep(rng.uniform(0.05, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        sender.join(timeout=60)
        store = open_store(str(store_path), read_only=True)
        present = graphs(store)
        del store
        gc.collect()
        for g, triples in present.items():
            assert triples == clean[g], f"{g} is not whole after a kill"
        partial += len(present) < len(clean)
    assert partial >= KILLS // 2, f"only {partial} of {KILLS} kills landed before every upload was stored"
    url, proc = start(store_path, env=env, seeds=False)
    try:
        with httpx.Client(base_url=url, timeout=120) as c:
            for d in docs:
                r = c.post("/documents", content=d, headers={"Content-Type": "text/plain", "Authorization": f"Bearer {TOKEN}"})
                assert r.status_code in (200, 201), r.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    store = open_store(str(store_path), read_only=True)
    assert graphs(store) == clean
    assert verify(store, shacl=False).ok
