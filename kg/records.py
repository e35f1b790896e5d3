"""Plain records that extraction produces and that ``kg.rdf`` turns into triples.

No RDF library here: text in, records out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a sentence of a document, with its span in the raw file."""

    document: str  # document IRI
    sentence: int  # index of the sentence in the document
    text: str  # the sentence, normalised
    raw_start: int  # character offsets in the decoded raw file
    raw_end: int
    quarantined: bool = False


@dataclass
class Entity:
    """An entity the document mentions. ``key`` is the stable key its IRI is minted from."""

    type: str  # one of kg.vocab.ENTITY_TYPES
    key: str
    label: str
    aliases: set[str] = field(default_factory=set)
    subtype: str | None = None  # e.g. University, GovernmentBody, province, county
    code: str | None = None  # GB/T 2260 for regions
    evidence: list[Evidence] = field(default_factory=list)
    reference: bool = False  # also in the reference data, which holds its type, labels and code


@dataclass(frozen=True)
class Relation:
    subject: str  # entity key
    subject_type: str
    predicate: str  # local name in kg.vocab.RELATION_PREDICATES
    object: str
    object_type: str
    evidence: Evidence
    contextual: bool = False  # rests on the document's framing, not on the sentence alone


@dataclass(frozen=True)
class Observation:
    subject: str  # entity key
    subject_type: str
    indicator: str
    value: Decimal
    unit: str
    period: str | None
    evidence: Evidence
    qualifier: str | None = None  # lower-bound, approx, at-least, delta, rank...
    among: str | None = None  # a rank's peer set (环太湖五地); a rank's value is its position, unit ""


@dataclass
class DocumentMeta:
    iri: str
    path: str | None
    sha256: str
    title: str | None = None
    published: str | None = None  # ISO date, or YYYY-MM
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    encoding: str | None = None


@dataclass
class Extraction:
    """Everything read from one document."""

    document: DocumentMeta
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    sentences: list[Evidence] = field(default_factory=list)
