"""Records to RDF, in one place. A document's facts go into one named graph (the document IRI).

Every relation is also reified as a ``kg:Assertion`` (an ``rdf:Statement``) that points at the
sentence it was read from; the sentence carries its character span in the raw file.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _quote_encode, _quoteLiteral  # how format="nt" writes a literal
from rdflib.term import Node
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.iris import assertion_iri, entity_iri, level_iri, observation_iri, sentence_iri
from kg.records import Entity, Extraction
from kg.vocab import DCT, KG, PROV, SCHEMA

_ORG_CLASSES = {"University", "ResearchInstitute", "GovernmentBody", "IndustrialPark", "ListingBoard", "IndustryAssociation"}


@lru_cache(maxsize=65536)
def pinyin(label: str) -> str:
    """Toneless pinyin without spaces: ``长兴县`` → ``changxingxian``. Non-Chinese text is kept, lower-cased."""
    # imported here: loading pypinyin's dictionaries costs 0.4-0.7 s, which a server restarted with its pinyin
    # memo (kg.resolve.PinyinMemo) never needs to pay
    from pypinyin import lazy_pinyin

    return re.sub(r"[^0-9a-z]", "", "".join(lazy_pinyin(label)).lower())


def entity_node(type_: str, key: str, subtype: str | None = None) -> URIRef:
    if type_ == "Cluster" and subtype == "tier":
        return entity_iri("ClusterTier", key)
    return entity_iri(type_, key)


def entity_class(e: Entity) -> URIRef:
    if e.type == "Cluster" and e.subtype == "tier":
        return KG.ClusterTier
    if e.type == "Organization" and e.subtype in _ORG_CLASSES:
        return KG[e.subtype]
    return KG[e.type]


def _date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.gYear) if re.fullmatch(r"\d{4}", value) else Literal(value)


class _Triples:
    """Collects a document's triples as rdflib terms; ``_Rows`` below takes the same calls and writes N-Triples."""

    def __init__(self) -> None:
        self.out: set = set()

    def add(self, s: URIRef, p: URIRef, o: Node) -> None:
        self.out.add((s, p, o))

    def literal(self, s: URIRef, p: URIRef, value, lang: str | None = None) -> None:
        self.out.add((s, p, Literal(value, lang=lang)))


class _Rows(_Triples):
    """N-Triples rows, each written as rdflib's row writer (``_nt_row``) writes the triple ``_Triples`` would hold.

    Two terms are equal exactly when their N-Triples forms are, so the set of rows is the set of triples, written.
    """

    def __init__(self) -> None:
        super().__init__()
        self._n3: dict[URIRef, str] = {}

    def _node(self, node: URIRef) -> str:
        out = self._n3[node] = node.n3()  # n3() refuses an IRI that is not valid, as the row writer does
        return out

    # the hot path of kg load: a dict look-up per node, the method call only for a node not seen before
    def add(self, s: URIRef, p: URIRef, o: Node) -> None:
        n3 = self._n3
        if type(o) is URIRef:
            obj = n3.get(o) or self._node(o)
        else:
            obj = _quoteLiteral(o) if isinstance(o, Literal) else self._node(o)
        self.out.add(f"{n3.get(s) or self._node(s)} {n3.get(p) or self._node(p)} {obj} .\n")

    def literal(self, s: URIRef, p: URIRef, value, lang: str | None = None) -> None:
        kind = type(value)
        if kind is str and (lang is None or lang == "zh"):
            # a plain or Chinese string: _quoteLiteral's form (_quote_encode's escapes, in its order)
            obj = '"%s"' % value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
            if lang:
                obj += "@zh"
        elif (kind is int or kind is bool) and lang is None:
            obj = _typed_row(kind, value)
        else:
            obj = _quoteLiteral(Literal(value, lang=lang))
        n3 = self._n3
        self.out.add(f"{n3.get(s) or self._node(s)} {n3.get(p) or self._node(p)} {obj} .\n")


@lru_cache(maxsize=4096)
def _typed_row(kind: type, value: int | bool) -> str:
    return _quoteLiteral(Literal(value))  # kind keeps True and 1 apart, which are equal keys


_TYPE, _LABEL, _ALT = RDF.type, RDFS.label, SKOS.altLabel
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_DERIVED = PROV.wasDerivedFrom
_DOCUMENT, _SENTENCE, _ASSERTION, _OBSERVATION = KG.Document, KG.Sentence, KG.Assertion, KG.Observation
_IN_DOCUMENT, _INDEX, _TEXT, _START, _END, _QUARANTINED = (KG.inDocument, KG.sentenceIndex, KG.text, KG.charStart,
                                                          KG.charEnd, KG.quarantined)
_PINYIN, _CODE, _LEVEL, _MENTIONED, _EVIDENCE, _CONTEXTUAL = (KG.pinyin, KG.code, KG.regionLevel, KG.mentionedIn,
                                                              KG.evidence, KG.contextual)
_OBSERVED, _INDICATOR, _RANK, _AMONG, _VALUE, _UNIT, _PERIOD, _QUALIFIER = (
    KG.observedEntity, KG.indicator, KG.rank, KG.rankAmong, KG.value, KG.unit, KG.period, KG.qualifier)


def extraction_triples(ext: Extraction) -> set[tuple[Node, Node, Node]]:
    """The triples of one document's named graph (a set, as a graph is: a triple stated twice counts once)."""
    return _build(ext, _Triples())


def _build(ext: Extraction, out: _Triples) -> set:
    add, literal = out.add, out.literal
    meta = ext.document
    doc = URIRef(meta.iri)
    add(doc, _TYPE, _DOCUMENT)
    literal(doc, KG.sha256, meta.sha256)
    if meta.path:
        literal(doc, KG.path, meta.path)
    if meta.title:
        literal(doc, DCT.title, meta.title)
    if meta.published:
        add(doc, SCHEMA.datePublished, _date_literal(meta.published))
    if meta.source:
        literal(doc, DCT.source, meta.source)
    if meta.encoding:
        literal(doc, KG.encoding, meta.encoding)
    for author in meta.authors:
        literal(doc, DCT.creator, author)

    for ev in ext.sentences:
        s = sentence_iri(meta.iri, ev.sentence)
        add(s, _TYPE, _SENTENCE)
        add(s, _IN_DOCUMENT, doc)
        literal(s, _INDEX, ev.sentence)
        literal(s, _TEXT, ev.text)
        literal(s, _START, ev.raw_start)
        literal(s, _END, ev.raw_end)
        literal(s, _QUARANTINED, ev.quarantined)

    types = {}
    for e in ext.entities:
        node = entity_node(e.type, e.key, e.subtype)
        types[(e.type, e.key)] = node
        if not e.reference:
            # the reference graph already holds these; repeating them would double rows in the union
            add(node, _TYPE, entity_class(e))
            literal(node, _LABEL, e.label, "zh")
            literal(node, _PINYIN, pinyin(e.label))
        for alias in sorted(e.aliases):
            if alias != e.label:
                literal(node, _ALT, alias, "zh")
        if e.type == "Region" and not e.reference:
            if e.code:
                literal(node, _CODE, e.code)
            if e.subtype:
                add(node, _LEVEL, level_iri(e.subtype))
        add(node, _MENTIONED, doc)

    for r in ext.relations:
        s = types.get((r.subject_type, r.subject)) or entity_node(r.subject_type, r.subject)
        o = types.get((r.object_type, r.object)) or entity_node(r.object_type, r.object)
        p = KG[r.predicate]
        add(s, p, o)
        a = assertion_iri(meta.iri, str(s), str(p), str(o), r.evidence.sentence)
        add(a, _TYPE, _ASSERTION)
        add(a, _TYPE, _STATEMENT)
        add(a, _SUBJECT, s)
        add(a, _PREDICATE, p)
        add(a, _OBJECT, o)
        add(a, _EVIDENCE, sentence_iri(meta.iri, r.evidence.sentence))
        add(a, _DERIVED, doc)
        literal(a, _CONTEXTUAL, r.contextual)

    for ob in ext.observations:
        s = types.get((ob.subject_type, ob.subject)) or entity_node(ob.subject_type, ob.subject)
        node = observation_iri(meta.iri, str(s), ob.indicator, str(ob.value), ob.unit, ob.period, ob.evidence.sentence)
        add(node, _TYPE, _OBSERVATION)
        add(node, _OBSERVED, s)
        literal(node, _INDICATOR, ob.indicator, "zh")
        if ob.qualifier == "rank":  # a position among peers, not a figure
            add(node, _RANK, Literal(int(ob.value), datatype=XSD.integer))
            if ob.among:
                literal(node, _AMONG, ob.among, "zh")
        else:
            add(node, _VALUE, Literal(ob.value, datatype=XSD.decimal))
            literal(node, _UNIT, ob.unit)
        if ob.period:
            literal(node, _PERIOD, ob.period)
        if ob.qualifier:
            literal(node, _QUALIFIER, ob.qualifier)
        add(node, _EVIDENCE, sentence_iri(meta.iri, ob.evidence.sentence))
        add(node, _DERIVED, doc)
    literal(doc, KG.tripleCount, len(out.out) + 1)  # lets kg verify tell a whole graph from a damaged one
    return out.out


def extraction_graph(ext: Extraction) -> Graph:
    """The named graph of one document."""
    g = Graph()
    for triple in extraction_triples(ext):
        g.add(triple)
    return g


def extraction_ntriples(ext: Extraction) -> str:
    """``to_ntriples(extraction_graph(ext))``, without building an rdflib graph first (the loader's hot path).

    The rows are written as rdflib's own N-Triples row writer writes them, so the text is the same line for line;
    strings, which most objects are, go straight to their row without an rdflib term in between.
    """
    return "".join(_build(ext, _Rows()))


def to_ntriples(g: Graph) -> str:
    return g.serialize(format="nt")


__all__ = ["extraction_graph", "extraction_ntriples", "extraction_triples", "to_ntriples", "pinyin", "entity_node"]
