"""The ontology, the shapes and the reference data agree with each other and with kg.vocab."""
from __future__ import annotations

import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SKOS

from kg import refdata, regions
from kg.iris import entity_iri, entity_key, level_iri
from kg.vocab import KG, QB, RELATION_PREDICATES, SCHEMA, SH

SEI_2018 = (
    "新一代信息技术产业", "高端装备制造产业", "新材料产业", "生物产业", "新能源汽车产业",
    "新能源产业", "节能环保产业", "数字创意产业", "相关服务业",
)
TERMS = sorted(KG.__annotations__)


def labels(graph: Graph, node, lang: str) -> list[str]:
    return [str(o) for o in graph.objects(node, RDFS.label) if isinstance(o, Literal) and o.language == lang]


def validate(data: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=refdata.shapes_graph(), ont_graph=refdata.ontology_graph(),
        inference="none", advanced=False,
    )
    return conforms, report


def sh_in(shape_graph: Graph, path) -> set:
    """The sh:in list of the property shape on ``path``."""
    for prop in shape_graph.subjects(SH.path, path):
        listed = shape_graph.value(prop, SH["in"])
        if listed is not None:
            return set(Collection(shape_graph, listed))
    raise AssertionError(f"no sh:in on {path}")


# ---- ontology -------------------------------------------------------------

@pytest.mark.parametrize("term", TERMS)
def test_every_vocab_term_is_declared_with_zh_and_en_labels(term):
    onto, iri = refdata.ontology_graph(), KG[term]
    kinds = set(onto.objects(iri, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"{term} not declared"
    assert len(labels(onto, iri, "zh")) == 1 and len(labels(onto, iri, "en")) == 1
    assert onto.value(iri, RDFS.comment) is not None


def test_every_term_in_the_ontology_is_in_the_vocab():
    onto = refdata.ontology_graph()
    declared = {str(s)[len(str(KG._NS)):] for s in onto.subjects(RDF.type, None) if str(s).startswith(str(KG._NS))}
    assert declared == set(TERMS)


@pytest.mark.parametrize(
    "triple",
    [
        (KG.Firm, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Region, RDFS.subClassOf, SCHEMA.AdministrativeArea),
        (KG.Observation, RDFS.subClassOf, QB.Observation),
        (KG.ClusterTier, RDFS.subClassOf, SKOS.Concept),
        (KG.University, RDFS.subClassOf, KG.Organization),
        (KG.adjacentTo, RDF.type, OWL.SymmetricProperty),
        (KG.cooperatesWith, RDF.type, OWL.SymmetricProperty),
        (KG.partOf, RDF.type, OWL.TransitiveProperty),
        (KG.evidence, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")),
    ],
)
def test_alignment_axioms(triple):
    assert triple in refdata.ontology_graph()


# ---- reference data -------------------------------------------------------

def test_the_nine_strategic_emerging_industry_categories_exist():
    ref = refdata.reference_graph()
    scheme = URIRef("https://w3id.org/kg-cn/id/scheme/sei-2018")
    members = set(ref.subjects(SKOS.inScheme, scheme))
    assert members == {entity_iri("Industry", label) for label in SEI_2018}
    assert all((m, RDF.type, KG.Industry) in ref for m in members)


def test_strategic_category_shape_lists_the_nine_categories():
    assert sh_in(refdata.shapes_graph(), KG.strategicCategory) == {entity_iri("Industry", c) for c in SEI_2018}


def test_assertion_shape_allows_exactly_the_relation_predicates():
    assert sh_in(refdata.shapes_graph(), RDF.predicate) == {KG[p] for p in RELATION_PREDICATES}


@pytest.mark.parametrize("type_", ["Industry", "ClusterTier", "Designation"])
def test_reference_iris_follow_the_iri_rule(type_):
    ref = refdata.reference_graph()
    nodes = list(ref.subjects(RDF.type, KG[type_]))
    assert nodes
    for node in nodes:
        (label,) = labels(ref, node, "zh")
        assert node == entity_iri(type_, label)


def test_designation_alias_drops_quotes_in_the_key():
    ref = refdata.reference_graph()
    node = entity_iri("Designation", "专精特新“小巨人”企业")
    assert str(node).endswith("/designation/" + entity_key("专精特新小巨人企业"))
    assert Literal("国家级专精特新“小巨人”企业", lang="zh") in set(ref.objects(node, SKOS.altLabel))


def test_industry_chain_reaches_its_root_through_part_of():
    ref = refdata.reference_graph()
    battery, energy = entity_iri("Industry", "动力电池"), entity_iri("Industry", "新能源")
    assert energy in set(ref.transitive_objects(battery, KG.partOf))


def test_regions_become_rdf_with_parent_pinyin_and_former_names():
    ref = refdata.reference_graph()
    changxing = entity_iri("Region", "330522")
    assert (changxing, KG.locatedIn, entity_iri("Region", "330500")) in ref
    assert (changxing, KG.regionLevel, level_iri("county")) in ref
    assert labels(ref, changxing, "zh") == ["长兴县"] and labels(ref, changxing, "en") == ["Changxing"]
    assert {str(o) for o in ref.objects(changxing, KG.pinyin)} == {"changxingxian", "changxing"}
    assert Literal("长兴", lang="zh") in set(ref.objects(changxing, SKOS.altLabel))
    assert (entity_iri("Region", "341882"), KG.formerly, entity_iri("Region", "341822")) in ref
    assert (entity_iri("Region", "330000"), KG.locatedIn, entity_iri("Region", "100000")) in ref


def test_reference_graph_holds_every_gazetteer_place():
    ref = refdata.reference_graph()
    assert {entity_iri("Region", p.code) for p in regions.places()} <= set(ref.subjects(RDF.type, KG.Region))


def test_reference_data_conforms_to_the_shapes():
    """All of the reference data, all ~3300 regions included (about 7 s on this machine)."""
    conforms, report = validate(refdata.reference_graph())
    assert conforms, report.serialize(format="turtle")[:4000]


# ---- instance data --------------------------------------------------------

INSTANCE = """
@prefix kg: <https://w3id.org/kg-cn/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix doc: <https://w3id.org/kg-cn/doc/0123456789abcdef/> .

<https://w3id.org/kg-cn/id/firm/吉利> a kg:Firm ; rdfs:label "吉利"@zh ; skos:altLabel "吉利集团"@zh ;
    kg:pinyin "jili" ; kg:mentionedIn <https://w3id.org/kg-cn/doc/0123456789abcdef> ;
    kg:locatedIn <https://w3id.org/kg-cn/id/region/330522> ;
    kg:inIndustry <https://w3id.org/kg-cn/id/industry/汽车> .
<https://w3id.org/kg-cn/id/firm/吉利长兴基地> a kg:Firm ; rdfs:label "吉利长兴基地"@zh ;
    kg:partOf <https://w3id.org/kg-cn/id/firm/吉利> .
<https://w3id.org/kg-cn/id/region/330522> a kg:Region ; rdfs:label "长兴县"@zh , "Changxing"@en ;
    skos:altLabel "长兴"@zh ; kg:code "330522" ; kg:regionLevel <https://w3id.org/kg-cn/id/level/county> ;
    kg:locatedIn <https://w3id.org/kg-cn/id/region/330500> ; kg:latitude 30.95 ; kg:longitude 119.83 ;
    kg:pinyin "changxingxian" ;
    kg:hasDesignation <https://w3id.org/kg-cn/id/designation/全国综合实力百强县> ;
    kg:hasPriorityIndustry <https://w3id.org/kg-cn/id/industry/新能源> .
<https://w3id.org/kg-cn/id/org/长兴县人民政府> a kg:GovernmentBody ; rdfs:label "长兴县人民政府"@zh .
<https://w3id.org/kg-cn/id/policy/长兴县新能源产业发展规划> a kg:Policy ; rdfs:label "长兴县新能源产业发展规划"@zh ;
    kg:issuedBy <https://w3id.org/kg-cn/id/org/长兴县人民政府> .
<https://w3id.org/kg-cn/id/cluster/长兴新能源产业集群> a kg:Cluster ; rdfs:label "长兴新能源产业集群"@zh ;
    kg:hasTier <https://w3id.org/kg-cn/id/tier/省级产业集群> .
<https://w3id.org/kg-cn/doc/0123456789abcdef> a kg:Document ; dcterms:title "长兴县新能源产业观察" ;
    schema:datePublished "2023-12-07"^^xsd:date ; dcterms:source "民生网" ; dcterms:creator "马海涛" ;
    kg:sha256 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
    kg:path "seeds/000.txt" ; kg:encoding "utf-8" .
doc:s\\/12 a kg:Sentence ; kg:inDocument <https://w3id.org/kg-cn/doc/0123456789abcdef> ;
    kg:sentenceIndex 12 ; kg:text "吉利长兴基地位于浙江省长兴县。" ; kg:charStart 100 ; kg:charEnd 180 ;
    kg:quarantined false .
doc:a\\/abcd a kg:Assertion , rdf:Statement ; rdf:subject <https://w3id.org/kg-cn/id/firm/吉利> ;
    rdf:predicate kg:locatedIn ; rdf:object <https://w3id.org/kg-cn/id/region/330522> ;
    kg:evidence doc:s\\/12 ; prov:wasDerivedFrom <https://w3id.org/kg-cn/doc/0123456789abcdef> ;
    kg:contextual false .
doc:o\\/abcd a kg:Observation ; kg:observedEntity <https://w3id.org/kg-cn/id/region/330522> ;
    kg:indicator "产值"@zh ; kg:value "300.9"^^xsd:decimal ; kg:unit "亿元" ; kg:period "2022" ;
    kg:qualifier "lower-bound" ; kg:evidence doc:s\\/12 ;
    prov:wasDerivedFrom <https://w3id.org/kg-cn/doc/0123456789abcdef> .
"""

FIRM = URIRef("https://w3id.org/kg-cn/id/firm/吉利")
CHANGXING = entity_iri("Region", "330522")
OBSERVATION = URIRef("https://w3id.org/kg-cn/doc/0123456789abcdef/o/abcd")


@pytest.fixture(scope="module")
def context() -> Graph:
    """What the instance points at: the reference Turtle files, provinces, cities and macro-region members.

    Counties (but for the ones macro-regions list) and former divisions are left out to keep each
    validation quick.
    """
    graph = Graph()
    for name in refdata.reference_files():
        graph.parse(data=regions.ontology_file(name).read_text(encoding="utf-8"), format="turtle")
    members = {m for p in regions.places() for m in p.members}
    for place in regions.places():
        wanted = place.level in ("province", "city") or place.level == "county" and place.code in members
        if wanted and place.valid_until is None:
            refdata.region_triples(graph, place)
    return graph


def instance(context: Graph, turtle: str) -> Graph:
    graph = Graph()
    graph += context
    graph.parse(data=turtle, format="turtle")
    return graph


def test_instance_in_the_documented_shape_conforms(context):
    conforms, report = validate(instance(context, INSTANCE))
    assert conforms, report.serialize(format="turtle")[:4000]


BROKEN = {
    "missing label": ('rdfs:label "吉利"@zh ;', "", FIRM),
    "second zh label": ('rdfs:label "吉利"@zh ;', 'rdfs:label "吉利"@zh , "吉利控股"@zh ;', FIRM),
    "bad region code": ('kg:code "330522"', 'kg:code "33052"', CHANGXING),
    "locatedIn an industry": (
        "kg:locatedIn <https://w3id.org/kg-cn/id/region/330522> ;\n    kg:inIndustry",
        "kg:locatedIn <https://w3id.org/kg-cn/id/industry/汽车> ;\n    kg:inIndustry",
        FIRM,
    ),
    "observation without value": ('kg:value "300.9"^^xsd:decimal ;', "", OBSERVATION),
    "value not a decimal": ('kg:value "300.9"^^xsd:decimal', 'kg:value "300.9"', OBSERVATION),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_instance_is_reported_at_the_right_node(context, case):
    old, new, focus = BROKEN[case]
    assert old in INSTANCE
    conforms, report = validate(instance(context, INSTANCE.replace(old, new, 1)))
    assert not conforms
    assert focus in set(report.objects(None, SH.focusNode))


def test_sentence_ending_before_it_starts_is_reported(context):
    conforms, report = validate(instance(context, INSTANCE.replace("kg:charEnd 180", "kg:charEnd 90")))
    assert not conforms
    assert (None, SH.sourceConstraintComponent, SH.LessThanOrEqualsConstraintComponent) in report


def test_docstring_examples_run():
    import doctest

    assert doctest.testmod(refdata).failed == 0
