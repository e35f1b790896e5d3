"""The SPARQL 1.1 Service Description of /sparql and the VoID description of the dataset.

Both are built as Turtle from the store's current statistics (recomputed only when
``store.generation`` moves) and served in whatever RDF format the client negotiates.
"""
from __future__ import annotations

import threading

import pyoxigraph as ox

from api.sparql_formats import FORMAT_IRIS, RDF_INPUT_MEDIA_TYPES, RESULT_MEDIA_TYPES
from kg.store import Store
from kg.vocab import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH

PREFIXES = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ent: <http://www.w3.org/ns/entailment/> .
"""
TITLE = "kg: knowledge graph of Chinese industrial policy"
VOCABULARIES = [BASE + "ontology#", "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#",
                "http://purl.org/linked-data/cube#", "https://schema.org/", "http://purl.org/dc/terms/",
                "http://www.w3.org/ns/org#"]
_STATS = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"""
_DISTINCT = """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
  (COUNT(DISTINCT ?o) AS ?objects) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"""
_CLASSES = """SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c ORDER BY ?c"""

_lock = threading.Lock()
_cache: dict[tuple[int, int], dict] = {}


def statistics(store: Store) -> dict:
    """Triples per named graph, distinct totals of the union, and entities per class (cached per generation)."""
    key = (id(store), store.generation)
    with _lock:
        if key in _cache:
            return _cache[key]
    graphs = {r["g"]: r["n"] for r in store.select(_STATS)}
    totals = store.select(_DISTINCT)[0]
    classes = {r["c"]: r["n"] for r in store.select(_CLASSES) if not r["c"].startswith("_:")}
    stats = {"graphs": dict(sorted(graphs.items())), "classes": classes, **totals}
    with _lock:
        _cache.clear()
        _cache[key] = stats
    return stats


def _lit(n: int) -> str:
    return f'"{n}"^^xsd:integer'


def _dataset_turtle(subject: str, stats: dict, endpoint: str) -> str:
    lines = [f"<{subject}> a sd:Dataset, void:Dataset ;",
             f'    dct:title "{TITLE}" ;',
             f"    void:sparqlEndpoint <{endpoint}> ;",
             f'    void:uriSpace "{BASE}id/" ;',
             f"    void:triples {_lit(stats['triples'])} ;",
             f"    void:distinctSubjects {_lit(stats['subjects'])} ;",
             f"    void:properties {_lit(stats['properties'])} ;",
             f"    void:distinctObjects {_lit(stats['objects'])} ;",
             f"    void:classes {_lit(len(stats['classes']))} ;",
             "    void:vocabulary " + ", ".join(f"<{v}>" for v in VOCABULARIES) + " ;",
             # the default graph a query sees: the union of every named graph
             f"    sd:defaultGraph [ a sd:Graph ; void:triples {_lit(stats['triples'])} ;",
             '        dct:description "the union of every named graph: documents, reference data, ontology"@en ]']
    for g, n in stats["graphs"].items():
        role = ("reference data" if g == str(REFERENCE_GRAPH) else "ontology" if g == str(ONTOLOGY_GRAPH)
                else "one document" if g.startswith(BASE + "doc/") else "other")
        lines[-1] += " ;"
        lines.append(f"    sd:namedGraph [ a sd:NamedGraph ; sd:name <{g}> ; sd:graph [ a sd:Graph, void:Dataset ; "
                     f'void:triples {_lit(n)} ; dct:description "{role}"@en ] ]')
    for c, n in stats["classes"].items():
        lines[-1] += " ;"
        lines.append(f"    void:classPartition [ void:class <{c}> ; void:entities {_lit(n)} ]")
    return "\n".join(lines) + " .\n"


def service_description(store: Store, endpoint: str, update_endpoint: str, federation: bool) -> list[ox.Triple]:
    """The sd:Service of ``endpoint`` (and of ``update_endpoint``), with the default dataset and its graphs."""
    stats = statistics(store)
    dataset = endpoint + "#dataset"
    results = sorted({FORMAT_IRIS[m] for m in RESULT_MEDIA_TYPES if m in FORMAT_IRIS}
                     | {FORMAT_IRIS[m] for m in FORMAT_IRIS if not m.startswith(("application/sparql", "text/csv", "text/tab"))})
    inputs = sorted({FORMAT_IRIS[m] for m in RDF_INPUT_MEDIA_TYPES if m in FORMAT_IRIS})
    features = ["sd:UnionDefaultGraph", "sd:EmptyGraphs"] + (["sd:BasicFederatedQuery"] if federation else [])
    ttl = PREFIXES + f"""
<{endpoint}> a sd:Service ;
    dct:title "{TITLE}: SPARQL 1.1 query" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL10Query, sd:SPARQL11Query ;
    sd:resultFormat {", ".join(f"<{f}>" for f in results)} ;
    sd:feature {", ".join(features)} ;
    sd:defaultEntailmentRegime ent:Simple ;
    sd:defaultDataset <{dataset}> .

<{update_endpoint}> a sd:Service ;
    dct:title "{TITLE}: SPARQL 1.1 update (bearer token required)" ;
    sd:endpoint <{update_endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Update ;
    sd:inputFormat {", ".join(f"<{f}>" for f in inputs)} ;
    sd:feature sd:EmptyGraphs ;
    sd:defaultEntailmentRegime ent:Simple ;
    sd:defaultDataset <{dataset}> .

""" + _dataset_turtle(dataset, stats, endpoint)
    return list(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))


def void_description(store: Store, base_url: str) -> list[ox.Triple]:
    """The VoID description served at /.well-known/void."""
    stats = statistics(store)
    subject = base_url + "/.well-known/void#dataset"
    ttl = PREFIXES + f"""
<{base_url}/.well-known/void> a void:DatasetDescription ;
    dct:title "VoID description of {TITLE}" ;
    void:primaryTopic <{subject}> .
<{subject}> void:exampleResource <{BASE}id/region/330522> ;
    dct:description "Firms, regions, industries, clusters, policies and designations read from articles, every fact traced to its sentence."@en .
""" + _dataset_turtle(subject, stats, base_url + "/sparql")
    return list(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))
