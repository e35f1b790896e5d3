"""Readers never see a half-written document: while a writer replaces document graphs over and over, every
read of every document graph sees exactly as many triples as the graph was written with."""
from __future__ import annotations

import threading
import time

from kg.loader import ensure_reference, load_document
from kg.store import open_store
from kg.vocab import BASE

ROOT_TEXT = "长兴县位于太湖西南岸,北与江苏宜兴、西与安徽广德交界。中德、润阳、中钢、松德等9家企业入选国家级专精特新“小巨人”企业。"
COUNTS = f"""SELECT ?g ?written (COUNT(*) AS ?n) WHERE {{
  GRAPH ?g {{ ?g <https://w3id.org/kg-cn/ontology#tripleCount> ?written . ?s ?p ?o }}
  FILTER(STRSTARTS(STR(?g), "{BASE}doc/"))
}} GROUP BY ?g ?written"""


def test_readers_see_whole_documents_only(tmp_path):
    store = open_store(str(tmp_path / "store"))
    ensure_reference(store)
    stop = time.monotonic() + 5
    errors: list[str] = []
    reads = {"n": 0, "graphs": 0}

    def writer():
        n = 0
        while time.monotonic() < stop:
            n += 1
            text = f"{ROOT_TEXT}\n2022年,长兴县智能汽车及关键零部件产业产值达{n}.5亿元。\n"
            load_document(store, text.encode(), path=f"doc{n % 3}.txt")  # replaces the graph of that path

    def reader():
        while time.monotonic() < stop:
            for row in store.select(COUNTS):
                reads["graphs"] += 1
                if int(row["n"]) != int(row["written"]):
                    errors.append(f"{row['g']}: saw {row['n']} of {row['written']} triples")
            reads["n"] += 1

    threads = [threading.Thread(target=writer), threading.Thread(target=reader), threading.Thread(target=reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    assert reads["graphs"] > 10, "the readers saw too few document graphs to prove anything"
