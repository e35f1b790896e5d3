"""Records to RDF, in one place. A document's facts go into one named graph (the document IRI).

Every relation is also reified as a ``kg:Assertion`` (an ``rdf:Statement``) that points at the
sentence it was read from; the sentence carries its character span in the raw file.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _nt_row  # the row writer of format="nt"
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


def extraction_triples(ext: Extraction) -> set[tuple[Node, Node, Node]]:
    """The triples of one document's named graph (a set, as a graph is: a triple stated twice counts once)."""
    triples: set[tuple[Node, Node, Node]] = set()
    add = triples.add
    meta = ext.document
    doc = URIRef(meta.iri)
    add((doc, RDF.type, KG.Document))
    add((doc, KG.sha256, Literal(meta.sha256)))
    if meta.path:
        add((doc, KG.path, Literal(meta.path)))
    if meta.title:
        add((doc, DCT.title, Literal(meta.title)))
    if meta.published:
        add((doc, SCHEMA.datePublished, _date_literal(meta.published)))
    if meta.source:
        add((doc, DCT.source, Literal(meta.source)))
    if meta.encoding:
        add((doc, KG.encoding, Literal(meta.encoding)))
    for author in meta.authors:
        add((doc, DCT.creator, Literal(author)))

    for ev in ext.sentences:
        s = sentence_iri(meta.iri, ev.sentence)
        add((s, RDF.type, KG.Sentence))
        add((s, KG.inDocument, doc))
        add((s, KG.sentenceIndex, Literal(ev.sentence)))
        add((s, KG.text, Literal(ev.text)))
        add((s, KG.charStart, Literal(ev.raw_start)))
        add((s, KG.charEnd, Literal(ev.raw_end)))
        add((s, KG.quarantined, Literal(ev.quarantined)))

    types = {}
    for e in ext.entities:
        node = entity_node(e.type, e.key, e.subtype)
        types[(e.type, e.key)] = node
        if not e.reference:
            # the reference graph already holds these; repeating them would double rows in the union
            add((node, RDF.type, entity_class(e)))
            add((node, RDFS.label, Literal(e.label, lang="zh")))
            add((node, KG.pinyin, Literal(pinyin(e.label))))
        for alias in sorted(e.aliases):
            if alias != e.label:
                add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        if e.type == "Region" and not e.reference:
            if e.code:
                add((node, KG.code, Literal(e.code)))
            if e.subtype:
                add((node, KG.regionLevel, level_iri(e.subtype)))
        add((node, KG.mentionedIn, doc))

    for r in ext.relations:
        s = types.get((r.subject_type, r.subject)) or entity_node(r.subject_type, r.subject)
        o = types.get((r.object_type, r.object)) or entity_node(r.object_type, r.object)
        p = KG[r.predicate]
        add((s, p, o))
        a = assertion_iri(meta.iri, str(s), str(p), str(o), r.evidence.sentence)
        add((a, RDF.type, KG.Assertion))
        add((a, RDF.type, RDF.Statement))
        add((a, RDF.subject, s))
        add((a, RDF.predicate, p))
        add((a, RDF.object, o))
        add((a, KG.evidence, sentence_iri(meta.iri, r.evidence.sentence)))
        add((a, PROV.wasDerivedFrom, doc))
        add((a, KG.contextual, Literal(r.contextual)))

    for ob in ext.observations:
        s = types.get((ob.subject_type, ob.subject)) or entity_node(ob.subject_type, ob.subject)
        node = observation_iri(meta.iri, str(s), ob.indicator, str(ob.value), ob.unit, ob.period, ob.evidence.sentence)
        add((node, RDF.type, KG.Observation))
        add((node, KG.observedEntity, s))
        add((node, KG.indicator, Literal(ob.indicator, lang="zh")))
        if ob.qualifier == "rank":  # a position among peers, not a figure
            add((node, KG.rank, Literal(int(ob.value), datatype=XSD.integer)))
            if ob.among:
                add((node, KG.rankAmong, Literal(ob.among, lang="zh")))
        else:
            add((node, KG.value, Literal(ob.value, datatype=XSD.decimal)))
            add((node, KG.unit, Literal(ob.unit)))
        if ob.period:
            add((node, KG.period, Literal(ob.period)))
        if ob.qualifier:
            add((node, KG.qualifier, Literal(ob.qualifier)))
        add((node, KG.evidence, sentence_iri(meta.iri, ob.evidence.sentence)))
        add((node, PROV.wasDerivedFrom, doc))
    add((doc, KG.tripleCount, Literal(len(triples) + 1)))  # lets kg verify tell a whole graph from a damaged one
    return triples


def extraction_graph(ext: Extraction) -> Graph:
    """The named graph of one document."""
    g = Graph()
    for triple in extraction_triples(ext):
        g.add(triple)
    return g


def extraction_ntriples(ext: Extraction) -> str:
    """``to_ntriples(extraction_graph(ext))``, without building an rdflib graph first (the loader's hot path).

    Each line is written by rdflib's own N-Triples row writer, so the text is the same line for line.
    """
    return "".join(map(_nt_row, extraction_triples(ext)))


def to_ntriples(g: Graph) -> str:
    return g.serialize(format="nt")


__all__ = ["extraction_graph", "extraction_ntriples", "extraction_triples", "to_ntriples", "pinyin", "entity_node"]
