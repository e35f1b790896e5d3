"""Records to RDF, in one place. A document's facts go into one named graph (the document IRI).

Every relation is also reified as a ``kg:Assertion`` (an ``rdf:Statement``) that points at the
sentence it was read from; the sentence carries its character span in the raw file.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
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


def extraction_graph(ext: Extraction) -> Graph:
    """The named graph of one document."""
    g = Graph()
    meta = ext.document
    doc = URIRef(meta.iri)
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, KG.sha256, Literal(meta.sha256)))
    if meta.path:
        g.add((doc, KG.path, Literal(meta.path)))
    if meta.title:
        g.add((doc, DCT.title, Literal(meta.title)))
    if meta.published:
        g.add((doc, SCHEMA.datePublished, _date_literal(meta.published)))
    if meta.source:
        g.add((doc, DCT.source, Literal(meta.source)))
    if meta.encoding:
        g.add((doc, KG.encoding, Literal(meta.encoding)))
    for author in meta.authors:
        g.add((doc, DCT.creator, Literal(author)))

    for ev in ext.sentences:
        s = sentence_iri(meta.iri, ev.sentence)
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.inDocument, doc))
        g.add((s, KG.sentenceIndex, Literal(ev.sentence)))
        g.add((s, KG.text, Literal(ev.text)))
        g.add((s, KG.charStart, Literal(ev.raw_start)))
        g.add((s, KG.charEnd, Literal(ev.raw_end)))
        g.add((s, KG.quarantined, Literal(ev.quarantined)))

    types = {}
    for e in ext.entities:
        node = entity_node(e.type, e.key, e.subtype)
        types[(e.type, e.key)] = node
        if not e.reference:
            # the reference graph already holds these; repeating them would double rows in the union
            g.add((node, RDF.type, entity_class(e)))
            g.add((node, RDFS.label, Literal(e.label, lang="zh")))
            g.add((node, KG.pinyin, Literal(pinyin(e.label))))
        for alias in sorted(e.aliases):
            if alias != e.label:
                g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        if e.type == "Region" and not e.reference:
            if e.code:
                g.add((node, KG.code, Literal(e.code)))
            if e.subtype:
                g.add((node, KG.regionLevel, level_iri(e.subtype)))
        g.add((node, KG.mentionedIn, doc))

    for r in ext.relations:
        s = types.get((r.subject_type, r.subject)) or entity_node(r.subject_type, r.subject)
        o = types.get((r.object_type, r.object)) or entity_node(r.object_type, r.object)
        p = KG[r.predicate]
        g.add((s, p, o))
        a = assertion_iri(meta.iri, str(s), str(p), str(o), r.evidence.sentence)
        g.add((a, RDF.type, KG.Assertion))
        g.add((a, RDF.type, RDF.Statement))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, KG.evidence, sentence_iri(meta.iri, r.evidence.sentence)))
        g.add((a, PROV.wasDerivedFrom, doc))
        g.add((a, KG.contextual, Literal(r.contextual)))

    for ob in ext.observations:
        s = types.get((ob.subject_type, ob.subject)) or entity_node(ob.subject_type, ob.subject)
        node = observation_iri(meta.iri, str(s), ob.indicator, str(ob.value), ob.unit, ob.period, ob.evidence.sentence)
        g.add((node, RDF.type, KG.Observation))
        g.add((node, KG.observedEntity, s))
        g.add((node, KG.indicator, Literal(ob.indicator, lang="zh")))
        g.add((node, KG.value, Literal(ob.value, datatype=XSD.decimal)))
        g.add((node, KG.unit, Literal(ob.unit)))
        if ob.period:
            g.add((node, KG.period, Literal(ob.period)))
        if ob.qualifier:
            g.add((node, KG.qualifier, Literal(ob.qualifier)))
        g.add((node, KG.evidence, sentence_iri(meta.iri, ob.evidence.sentence)))
        g.add((node, PROV.wasDerivedFrom, doc))
    g.add((doc, KG.tripleCount, Literal(len(g) + 1)))  # lets kg verify tell a whole graph from a damaged one
    return g


def to_ntriples(g: Graph) -> str:
    return g.serialize(format="nt")


__all__ = ["extraction_graph", "to_ntriples", "pinyin", "entity_node"]
