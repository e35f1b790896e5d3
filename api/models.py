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
    limit: int | None = None
    offset: int = 0
    region: str | None = None
    chain: str | None = None
    industry: str | None = None
    designation: str | None = None


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
    among: str | None = Field(None, description="a rank's peer set (环太湖五地); the value is then a position")
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


# --- issue 5: one model per role for every REST route --------------------------------------------------------------

class EntityRef(BaseModel):
    iri: str
    id: str = Field(description="short id, usable in REST paths and every entity-naming parameter")
    label: str


class Page(BaseModel):
    total: int = Field(description="how many items match, over all pages")
    limit: int
    offset: int


class LinkTyped(LinkPublic):
    object_type: str | None = None


class RegionPublic(EntityRef):
    code: str | None = None
    parents: list[EntityRef] = Field(description="the regions above, nearest first")
    children: list[EntityRef]
    firms: list[FirmPublic] = Field(description="firms in the region or below it (first 100)")
    firms_total: int
    priority_industries: list[LinkPublic]
    designations: list[LinkPublic]
    clusters: list[LinkPublic]
    policies: list[LinkPublic] = Field(description="policies the region issued")
    observations: list[ObservationPublic]


class IndustryNode(EntityRef):
    children: list["IndustryNode"] = []


class CitationPublic(EvidencePublic):
    pass


class PolicyPublic(EntityRef):
    titled: bool = Field(False, description="cited by its title between 《》: a policy document, not a programme or strategy")
    issuers: list[LinkTyped] = Field(description="kg:issuedBy links, with the sentence that says so")
    years: list[int] = Field(description="years named in the title or in a sentence that cites the policy")
    citations: list[CitationPublic] = Field(description="the sentences that cite the policy")
    documents: list[str]


class PoliciesPublic(Page):
    items: list[PolicyPublic]


class IndustryPublic(EntityRef):
    broader: list[EntityRef] = Field(description="the chain above (kg:partOf), nearest first")
    categories: list[EntityRef] = Field(description="strategic emerging industry categories (2018)")
    narrower: list[IndustryNode] = Field(description="the chain tree below")
    firms: list[FirmPublic]
    firms_total: int
    regions: list[LinkPublic] = Field(description="regions with the industry (or a narrower one) as a priority")
    policies: list[PolicyPublic]


class ClusterSummary(EntityRef):
    tiers: list[EntityRef]


class ClustersPublic(Page):
    items: list[ClusterSummary]
    tier: str | None = None


class ClusterPublic(EntityRef):
    tiers: list[LinkPublic]
    members: list[LinkPublic]
    located_in: list[LinkPublic]
    industries: list[LinkPublic]
    documents: list[str]


class HolderPublic(EntityRef):
    type: str | None
    designation: str = Field(description="IRI of the designation held (the one asked for or a narrower one)")
    evidence: list[EvidencePublic]


class HoldersPublic(Page):
    designation: EntityRef
    items: list[HolderPublic]


class ObservationPoint(BaseModel):
    subject: str
    indicator: str
    unit: str
    period: str | None
    value: float
    qualifier: str | None = Field(None, description="lower-bound, upper-bound, delta … when the value is not a level; "
                                                   "rank when it is a position among peers (unit \"\")")
    among: str | None = Field(None, description="a rank's peer set as written (环太湖五地)")
    evidence: EvidencePublic


class SeriesPublic(BaseModel):
    subject: EntityRef
    indicator: str
    unit: str
    periods: list[str | None] = Field(description="x values, in order")
    values: list[float] = Field(description="y values, aligned with periods")
    points: list[ObservationPoint]


class ObservationsPublic(Page):
    series: list[SeriesPublic] = Field(description="one series per subject, indicator and unit, ready to plot (all pages)")
    items: list[ObservationPoint] = Field(description="this page of the points")


class HopPublic(BaseModel):
    subject: str
    subject_label: str
    predicate: str
    object: str
    object_label: str
    direction: str = Field(description="'forward' when the path runs subject→object, 'backward' when it runs against it")
    evidence: list[EvidencePublic]


class PathPublic(BaseModel):
    length: int
    nodes: list[EntityRef]
    hops: list[HopPublic]


class PathsPublic(BaseModel):
    source: EntityRef
    target: EntityRef
    max_hops: int
    items: list[PathPublic]
    total: int


class StatementPublic(BaseModel):
    kind: str = Field(description="relation or observation")
    subject: str
    subject_label: str
    predicate: str = Field(description="relation name, or the indicator of an observation")
    object: str | None
    object_label: str | None
    value: float | None
    unit: str | None
    period: str | None
    sentence: str
    document: str
    title: str | None
    start: int
    end: int
    contextual: bool


class StatementsPublic(Page):
    entity: EntityRef
    items: list[StatementPublic]


class DocumentCreated(BaseModel):
    id: str = Field(description="short id: doc/{first 16 hex digits of the SHA-256}")
    iri: str
    title: str | None
    status: str = Field(description="added, or unchanged when the same bytes were already loaded")
    counts: dict[str, int] = Field(description="entities by type, relations and observations")


class DocumentSummary(BaseModel):
    id: str
    iri: str
    title: str | None
    published: str | None = None
    source: str | None = None
    path: str | None = None
    sha256: str | None = None
    counts: dict[str, int]


class DocumentsPublic(Page):
    items: list[DocumentSummary]


class DocumentPublic(DocumentSummary):
    authors: list[str] = []
    entities: list[EntitySummary]
    facts: list[StatementPublic] = Field(description="every relation and observation taken from the document")


class ErrorDetail(BaseModel):
    type: str = Field(examples=["NotFound"])
    message: str = Field(examples=["unknown region '长兴州'; nearest: 长兴县"])
    kind: str | None = Field(None, description="what was being named (region, chain …)")
    name: str | None = None
    nearest: list[str] | None = Field(None, description="404: the nearest known names")
    candidates: list[EntitySummary] | None = Field(None, description="409: the entities the name could mean")
    hint: str | None = Field(None, description="409: how to choose")
    problems: list[dict] | None = Field(None, description="422: each bad parameter")


class ErrorPublic(BaseModel):
    """The one error body every route answers with."""
    error: ErrorDetail
