"""The one rule for minting IRIs: from stable keys, never from positions or whole-sentence hashes.

>>> str(entity_iri("Region", "330522"))
'https://w3id.org/kg-cn/id/region/330522'
>>> str(entity_iri("Policy", "《“十三五”国家战略性新兴产业发展规划》"))
'https://w3id.org/kg-cn/id/policy/十三五国家战略性新兴产业发展规划'
>>> entity_key("专精特新“小巨人”企业")
'专精特新小巨人企业'
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.vocab import BASE, ID

TYPE_SEGMENT = {
    "Firm": "firm",
    "Region": "region",
    "Organization": "org",
    "Policy": "policy",
    "Industry": "industry",
    "Cluster": "cluster",
    "ClusterTier": "tier",
    "Designation": "designation",
}
SEGMENT_TYPE = {v: k for k, v in TYPE_SEGMENT.items()}

# punctuation that carries no identity: quotes, title marks, brackets, spaces
_DROP = re.compile(r"[\s“”\"'‘’《》〈〉「」『』【】]")
# characters an IRI path segment may not hold raw
_UNSAFE = re.compile(r"[<>\"{}|\\^`%#?/\s\[\]]")


def entity_key(label: str) -> str:
    """The stable key of a name: NFKC, identity-free punctuation dropped."""
    return _DROP.sub("", unicodedata.normalize("NFKC", label))


def _segment(key: str) -> str:
    return _UNSAFE.sub(lambda m: quote(m.group(0), safe=""), entity_key(key))


def entity_iri(type_: str, key: str) -> URIRef:
    """IRI of an entity of ``type_`` (one of ``TYPE_SEGMENT``) with stable ``key``.

    Regions use their GB/T 2260 code (or a macro-region slug) as key; other entities their
    canonical name.
    """
    return ID[f"{TYPE_SEGMENT[type_]}/{_segment(key)}"]


_ID = str(ID)  # once: str() of the namespace copies it, and every link of every page names two entities


def entity_id(iri: str) -> str:
    """The short id used in REST paths: ``region/330522`` for a region IRI."""
    return iri[len(_ID):] if iri.startswith(_ID) else iri


def level_iri(level: str) -> URIRef:
    return ID[f"level/{level}"]


def document_iri(sha256: str) -> URIRef:
    """A document is identified by the content it was loaded from (first 16 hex digits)."""
    return URIRef(f"{BASE}doc/{sha256[:16]}")


def sentence_iri(document: str, index: int) -> URIRef:
    return URIRef(f"{document}/s/{index}")


def assertion_iri(document: str, subject: str, predicate: str, object_: str, sentence: int) -> URIRef:
    digest = hashlib.sha1(f"{subject}|{predicate}|{object_}|{sentence}".encode()).hexdigest()[:16]
    return URIRef(f"{document}/a/{digest}")


def observation_iri(document: str, subject: str, indicator: str, value: str, unit: str, period: str | None, sentence: int) -> URIRef:
    digest = hashlib.sha1(f"{subject}|{indicator}|{value}|{unit}|{period}|{sentence}".encode()).hexdigest()[:16]
    return URIRef(f"{document}/o/{digest}")
