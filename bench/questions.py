"""The headline questions: the REST route that answers each, and the same question as SPARQL, written the
straightforward way and the best way we found for Oxigraph (property paths from their bound end)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

P = """PREFIX kg: <https://w3id.org/kg-cn/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
COUNTY = "<https://w3id.org/kg-cn/id/region/330522>"  # 长兴县, the anchor county of kg synth
CHAIN = "<https://w3id.org/kg-cn/id/industry/汽车>"


@dataclass
class Question:
    key: str
    title: str
    rest: str | None  # path and query; {firm} is the short id of a firm in the anchor county
    natural: Callable[[str], str]
    best: Callable[[str], str]


def _card(firm: str) -> str:
    return P + f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ <{firm}> ?p ?o . BIND(<{firm}> AS ?s) }} UNION {{ ?s ?p <{firm}> . BIND(<{firm}> AS ?o) }}
  UNION {{ <{firm}> ?p1 ?s . ?s ?p ?o . FILTER(isIRI(?s)) }} UNION {{ ?s ?p1 <{firm}> . ?s ?p ?o }} }}"""


QUESTIONS = [
    Question("chain", "firms in 长兴县's 汽车 chain (20)", "/firms?region=330522&chain=汽车&limit=20",
             lambda f: P + f"""SELECT DISTINCT ?firm ?name WHERE {{
  ?firm kg:locatedIn/kg:locatedIn* {COUNTY} . ?firm kg:inIndustry/kg:partOf* {CHAIN} .
  ?firm a kg:Firm ; rdfs:label ?name }} ORDER BY ?name LIMIT 20""",
             lambda f: P + f"""SELECT DISTINCT ?firm ?name WHERE {{
  ?loc kg:locatedIn* {COUNTY} . ?firm kg:locatedIn ?loc . ?firm kg:inIndustry ?ind . ?ind kg:partOf* {CHAIN} .
  ?firm a kg:Firm ; rdfs:label ?name }} ORDER BY ?name LIMIT 20"""),
    Question("prefix", "prefix search 长兴恒 (20)", "/entities?q=长兴恒&limit=20",
             lambda f: P + """SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(STRSTARTS(STR(?l), "长兴恒")) } ORDER BY ?l LIMIT 20""",
             lambda f: P + """SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(STRSTARTS(STR(?l), "长兴恒")) } ORDER BY ?l LIMIT 20"""),
    Question("pinyin", "prefix search changxingheng (20)", "/entities?q=changxingheng&limit=20",
             lambda f: P + """SELECT ?e ?p WHERE { ?e kg:pinyin ?p FILTER(STRSTARTS(?p, "changxingheng")) } ORDER BY ?p LIMIT 20""",
             lambda f: P + """SELECT ?e ?p WHERE { ?e kg:pinyin ?p FILTER(STRSTARTS(?p, "changxingheng")) } ORDER BY ?p LIMIT 20"""),
    Question("region", "region profile 长兴县", "/regions/330522",
             lambda f: P + f"""SELECT ?p ?o ?child ?firm WHERE {{ {{ {COUNTY} ?p ?o }} UNION {{ ?child kg:locatedIn {COUNTY} . ?child a kg:Region }}
  UNION {{ {{ SELECT ?firm WHERE {{ ?firm kg:locatedIn/kg:locatedIn* {COUNTY} ; a kg:Firm }} ORDER BY ?firm LIMIT 100 }} }} }}""",
             lambda f: P + f"""SELECT ?p ?o ?child ?firm WHERE {{ {{ {COUNTY} ?p ?o }} UNION {{ ?child kg:locatedIn {COUNTY} . ?child a kg:Region }}
  UNION {{ {{ SELECT ?firm WHERE {{ ?loc kg:locatedIn* {COUNTY} . ?firm kg:locatedIn ?loc ; a kg:Firm }} ORDER BY ?firm LIMIT 100 }} }} }}"""),
    Question("card", "2-hop neighbourhood of a firm", "/entities/{firm}", _card, _card),
    Question("series", "time series 地区生产总值 of 长兴县", "/observations?subject=330522&indicator=地区生产总值&exact=true",
             lambda f: P + f"""SELECT ?period ?value WHERE {{ ?o kg:observedEntity {COUNTY} ; kg:indicator "地区生产总值"@zh ;
  kg:period ?period ; kg:value ?value }} ORDER BY ?period""",
             lambda f: P + f"""SELECT ?period ?value WHERE {{ ?o kg:observedEntity {COUNTY} ; kg:indicator "地区生产总值"@zh ;
  kg:period ?period ; kg:value ?value }} ORDER BY ?period"""),
]
