"""Vocabularies as code: a misspelt term raises instead of minting a wrong IRI.

``KG`` is this project's ontology (``ontology/kg.ttl``); the others are the standard
vocabularies it aligns with.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg-cn/"
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")

#: the named graphs that are not documents
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")


class KG(DefinedNamespace):
    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Firm: URIRef
    Region: URIRef
    Organization: URIRef
    University: URIRef
    ResearchInstitute: URIRef
    GovernmentBody: URIRef
    IndustrialPark: URIRef
    ListingBoard: URIRef
    IndustryAssociation: URIRef
    Industry: URIRef
    Policy: URIRef
    Cluster: URIRef
    ClusterTier: URIRef
    Designation: URIRef
    Observation: URIRef
    Document: URIRef
    Sentence: URIRef
    Assertion: URIRef
    RegionLevel: URIRef

    # object properties (local names fixed by issue 2)
    locatedIn: URIRef
    inIndustry: URIRef
    hasDesignation: URIRef
    issuedBy: URIRef
    hasPriorityIndustry: URIRef
    memberOf: URIRef
    adjacentTo: URIRef
    partOf: URIRef
    cooperatesWith: URIRef
    # further object properties
    hasTier: URIRef
    regionLevel: URIRef
    formerly: URIRef
    mentionedIn: URIRef
    evidence: URIRef
    inDocument: URIRef
    observedEntity: URIRef
    strategicCategory: URIRef
    memberRegion: URIRef  # macro-region -> member province or city (kg/refdata.py)

    # datatype properties
    code: URIRef
    pinyin: URIRef
    latitude: URIRef
    longitude: URIRef
    validFrom: URIRef
    validUntil: URIRef
    text: URIRef
    sentenceIndex: URIRef
    charStart: URIRef
    charEnd: URIRef
    quarantined: URIRef
    indicator: URIRef
    value: URIRef
    unit: URIRef
    period: URIRef
    qualifier: URIRef
    rank: URIRef
    rankAmong: URIRef
    sha256: URIRef
    path: URIRef
    encoding: URIRef
    contextual: URIRef
    tripleCount: URIRef


SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
QB = Namespace("http://purl.org/linked-data/cube#")
DCT = Namespace("http://purl.org/dc/terms/")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: entity types that ``kg extract`` reports, in the order the JSON contract lists them
ENTITY_TYPES = ("Firm", "Region", "Organization", "Policy", "Industry", "Cluster", "Designation")

#: object properties an extractor may emit
RELATION_PREDICATES = (
    "locatedIn",
    "inIndustry",
    "hasDesignation",
    "issuedBy",
    "hasPriorityIndustry",
    "memberOf",
    "adjacentTo",
    "partOf",
    "cooperatesWith",
)
