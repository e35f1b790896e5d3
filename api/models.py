"""Response models, named by role."""
from __future__ import annotations

from pydantic import BaseModel, Field


class EvidencePublic(BaseModel):
    sentence: str | None = Field(description="the sentence the fact was read from (None for reference data)")
    document: str = Field(description="IRI of the document (or of the reference-data graph)")
    title: str | None = None
    start: int | None = Field(None, description="character offset of the sentence in the raw file")
    end: int | None = None
    contextual: bool = Field(False, description="the fact rests on the document's framing, not on this sentence alone")


class LinkPublic(BaseModel):
    subject: str
    predicate: str
    object: str
    object_label: str
    subject_label: str | None = None
    evidence: list[EvidencePublic]


class FirmPublic(BaseModel):
    iri: str
    id: str
    label: str
    links: list[LinkPublic] = Field(description="each link that puts the firm in the answer, with its evidence")


class FirmsPublic(BaseModel):
    items: list[FirmPublic]
    total: int
    region: str | None = None
    chain: str | None = None


class EntitySummary(BaseModel):
    iri: str
    id: str
    type: str
    label: str
    code: str | None = None


class EntitiesPublic(BaseModel):
    items: list[EntitySummary]
    total: int
    limit: int
    offset: int


class ObservationPublic(BaseModel):
    indicator: str
    value: float
    unit: str
    period: str | None = None
    qualifier: str | None = None
    evidence: dict


class EntityPublic(BaseModel):
    iri: str
    id: str
    type: str | None
    label: str
    aliases: list[str] = []
    code: str | None = None
    pinyin: str | None = None
    relations: list[LinkPublic] = []
    incoming: list[LinkPublic] = []
    observations: list[ObservationPublic] = []
    documents: list[str] = []
