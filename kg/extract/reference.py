"""What the reference data knows by name: industries, designations and cluster tiers.

Extraction maps a surface such as ``国家高新技术企业`` to the reference entity's key, so that the
same thing gets one IRI across documents.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from urllib.parse import unquote

from rdflib import RDF, RDFS, SKOS

from kg.iris import SEGMENT_TYPE, entity_id
from kg.vocab import KG


@dataclass(frozen=True)
class Lexicon:
    industries: dict[str, tuple[str, str]]  # surface -> (key, label)
    designations: dict[str, tuple[str, str]]
    tiers: dict[str, tuple[str, str]]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from kg import refdata

    graph = refdata.reference_vocabulary()  # the regions of the whole reference graph are never looked up here
    tables: dict[str, dict[str, tuple[str, str]]] = {"Industry": {}, "Designation": {}, "ClusterTier": {}}
    alts: dict[tuple[str, str], tuple[str, str]] = {}
    for cls, name in ((KG.Industry, "Industry"), (KG.Designation, "Designation"), (KG.ClusterTier, "ClusterTier")):
        for node in graph.subjects(RDF.type, cls):
            segment, _, key = entity_id(str(node)).partition("/")
            if SEGMENT_TYPE.get(segment) != name:
                continue
            zh = [str(l) for l in graph.objects(node, RDFS.label) if getattr(l, "language", None) == "zh"]
            if not zh:
                continue
            label = zh[0]
            key = unquote(key)
            tables[name][label] = (key, label)  # a label always names its own entity
            for alt in (str(a) for a in graph.objects(node, SKOS.altLabel) if getattr(a, "language", "zh") in ("zh", None)):
                if len(alt) >= 2:
                    alts.setdefault((name, alt), (key, label))
    for (name, alt), value in sorted(alts.items()):
        tables[name].setdefault(alt, value)
    return Lexicon(tables["Industry"], tables["Designation"], tables["ClusterTier"])


@lru_cache(maxsize=1)
def known_firms() -> dict[str, str]:
    """The short names of well-known firms (ontology/reference/known-firms.txt), each mapped to itself: the
    shape ``literals.occurrences`` reads."""
    from kg import regions

    text = regions.ontology_file("reference", "known-firms.txt").read_text(encoding="utf-8")
    names = (line.strip() for line in text.splitlines())
    return {name: name for name in names if name and not name.startswith("#")}


@lru_cache(maxsize=1)
def _known_firm_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(n) for n in known_firms()}, reverse=True))


def known_firm_at(text: str, pos: int) -> str | None:
    """The longest well-known firm's short name that ``text`` holds at ``pos``, else None (a few dictionary looks, not a
    walk through every name)."""
    names = known_firms()
    return next((text[pos:pos + n] for n in _known_firm_lengths() if text[pos:pos + n] in names and pos + n <= len(text)), None)
