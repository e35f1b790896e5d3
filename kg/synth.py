"""A synthetic knowledge graph at scale, in exactly the shape the loader writes.

``kg synth --firms N --seed S`` builds a graph for benchmarks and scale tests: the real region hierarchy
(kg/regions.py) and the reference industries, chains, designations and cluster tiers (ontology/reference/),
plus synthetic documents that each hold one named graph, as kg/rdf.py writes them:

* firm registers, one per county and batch of 200 firms: each firm ``locatedIn`` its county and ``inIndustry``
  one to three industries (60% from the county's own specialities), one sentence per firm;
* designation lists, one per province, designation and year, at realistic rates (高新技术企业 about 20% of
  firms, 专精特新“小巨人” 3%, 制造业单项冠军 0.4%, ...);
* policies, each in its own document, ``issuedBy`` a ministry or a province's, city's or county's government
  and ``inIndustry`` one to three target industries;
* clusters (国家先进制造业集群, 中小企业特色产业集群, 省级产业集群) with ``hasTier``, ``locatedIn``, ``inIndustry`` and
  member firms (``memberOf``);
* statistical bulletins, one per province and year (2019–2023): 地区生产总值 and 规模以上工业增加值 of every city
  and county as ``kg:Observation``.

Every relation is reified as a ``kg:Assertion`` pointing at its ``kg:Sentence``, entities carry ``kg:mentionedIn``,
and each document's graph ends with ``kg:tripleCount``, so ``kg verify`` accepts it.

Same firms and seed, same graph, byte for byte: every choice comes from one ``random.Random(seed)``, taken in a
fixed order over sorted inputs, and IRIs are minted by kg/iris.py from names and codes.

The output is N-Quads, streamed, so 1M firms never sit in memory as RDF. ``synthesise`` bulk-loads it.

>>> lines = list(nquads(firms=50, seed=1, reference=False))
>>> lines == list(nquads(firms=50, seed=1, reference=False))
True
>>> sum("<https://w3id.org/kg-cn/ontology#Firm>" in l for l in lines if " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " in l) >= 50
True
"""
from __future__ import annotations

import hashlib
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.iris import document_iri, entity_iri
from kg.rdf import pinyin
from kg.store.base import Store
from kg.vocab import BASE, ONTOLOGY_GRAPH, REFERENCE_GRAPH

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
K = BASE + "ontology#"
TYPE = f"<{RDF}type>"
PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
DCT_TITLE = "<http://purl.org/dc/terms/title>"
DCT_SOURCE = "<http://purl.org/dc/terms/source>"
DATE_PUBLISHED = "<https://schema.org/datePublished>"
FALSE = f'"false"^^<{XSD}boolean>'

#: the years the bulletins, lists and policies cover
YEARS = (2019, 2020, 2021, 2022, 2023)
#: firm designations and the share of firms that hold each (of all firms, over all years)
DESIGNATION_RATES = {
    "高新技术企业": 0.20, "科技型中小企业": 0.10, "专精特新中小企业": 0.06, "专精特新小巨人企业": 0.03,
    "瞪羚企业": 0.01, "制造业单项冠军企业": 0.004, "隐形冠军": 0.002, "独角兽企业": 0.0002,
}
#: the county the benchmarks ask about gets this share of all firms, so its answers grow with the graph
ANCHOR_COUNTY, ANCHOR_SHARE = "330522", 0.003
FIRMS_PER_REGISTER = 200
INDICATORS = (("地区生产总值", "亿元"), ("规模以上工业增加值", "亿元"))
_TRADE = "恒达华盛鑫源泰瑞新宏科创捷凯博诚信安顺德福嘉金锦隆美明能鹏启润升天通万伟祥星旭亚阳益永元远正志中众卓"
_FORMS = ("有限公司", "股份有限公司", "科技有限公司", "集团有限公司", "制造有限公司")
_MINISTRIES = ("工业和信息化部", "国家发展和改革委员会", "科学技术部", "财政部", "商务部")
_POLICY_FORMS = ("关于加快{}产业高质量发展的若干意见", "{}产业发展三年行动计划", "促进{}产业集群发展的实施方案",
                 "{}产业链提升工程实施方案", "支持{}产业创新发展的若干政策")


def _lit(text: str, lang: str | None = None) -> str:
    s = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'
    return f"{s}@{lang}" if lang else s


def _int(n: int) -> str:
    return f'"{n}"^^<{XSD}integer>'


def _k(local: str) -> str:
    return f"<{K}{local}>"


@lru_cache(maxsize=None)
def _py(text: str) -> str:
    return pinyin(text)


@dataclass
class Reference:
    """What the synthetic documents point at, read from the reference data."""

    counties: list[tuple[str, str, str]]  # (code, name, province code)
    cities: list[tuple[str, str, str]]
    provinces: list[tuple[str, str]]
    stems: dict[str, str]  # region code -> short name used in firm names
    industries: list[tuple[str, str]]  # (iri, label) of chain nodes below a top chain
    chains: list[str]  # top chain nodes

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Reference":
        from rdflib import RDF as R
        from rdflib.namespace import RDFS, SKOS

        from kg import regions
        from kg.refdata import reference_graph
        from kg.vocab import KG

        current = [p for p in regions.places() if p.valid_until is None and p.level in ("province", "city", "county")]
        counties = sorted((p.code, p.name, p.code[:2] + "0000") for p in current if p.level == "county")
        cities = sorted((p.code, p.name, p.code[:2] + "0000") for p in current if p.level == "city")
        provinces = sorted((p.code, p.name) for p in current if p.level == "province")
        stems = {p.code: (p.aliases[0] if p.aliases else p.name) for p in current}
        g = reference_graph()
        chain_scheme = f"{BASE}id/scheme/industry-chains"
        nodes = sorted(str(i) for i in g.subjects(R.type, KG.Industry) if str(g.value(i, SKOS.inScheme)) == chain_scheme)
        from rdflib import URIRef

        below = [i for i in nodes if g.value(URIRef(i), KG.partOf) is not None]
        labels = {i: next(str(o) for o in g.objects(URIRef(i), RDFS.label) if getattr(o, "language", None) == "zh")
                  for i in below}
        tops = [i for i in nodes if g.value(URIRef(i), KG.partOf) is None]
        return cls(counties, cities, provinces, stems, [(i, labels[i]) for i in below], tops)


@dataclass
class _Doc:
    """One synthetic document: its graph's lines, sentences and the entities it mentions."""

    kind: str
    key: str
    title: str
    published: str
    iri: str = ""
    lines: list[str] = field(default_factory=list)
    offset: int = 0
    sentences: int = 0
    mentioned: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        sha = hashlib.sha256(f"kg-synth/{self.kind}/{self.key}".encode()).hexdigest()
        self.iri = str(document_iri(sha))
        self.sha = sha
        d = f"<{self.iri}>"
        self._d = d
        self.lines += [f"{d} {TYPE} {_k('Document')}", f"{d} {_k('sha256')} {_lit(sha)}",
                       f"{d} {_k('path')} {_lit(f'synth/{self.kind}/{self.key}.txt')}", f"{d} {DCT_TITLE} {_lit(self.title)}",
                       f'{d} {DATE_PUBLISHED} "{self.published}"^^<{XSD}date>', f"{d} {DCT_SOURCE} {_lit('kg synth')}"]

    def sentence(self, text: str) -> str:
        s = f"<{self.iri}/s/{self.sentences}>"
        end = self.offset + len(text)
        self.lines += [f"{s} {TYPE} {_k('Sentence')}", f"{s} {_k('inDocument')} {self._d}",
                       f"{s} {_k('sentenceIndex')} {_int(self.sentences)}", f"{s} {_k('text')} {_lit(text)}",
                       f"{s} {_k('charStart')} {_int(self.offset)}", f"{s} {_k('charEnd')} {_int(end)}",
                       f"{s} {_k('quarantined')} {FALSE}"]
        self.offset = end
        self.sentences += 1
        return s

    def entity(self, iri: str, cls: str | None = None, label: str | None = None) -> None:
        """Mention an entity; ``cls`` and ``label`` for entities the reference data does not hold."""
        if iri in self.mentioned:
            return
        self.mentioned.add(iri)
        if cls:
            self.lines += [f"<{iri}> {TYPE} {_k(cls)}", f"<{iri}> {RDFS_LABEL} {_lit(label, 'zh')}",
                           f"<{iri}> {_k('pinyin')} {_lit(_py(label))}"]
        self.lines.append(f"<{iri}> {_k('mentionedIn')} {self._d}")

    def relation(self, s: str, p: str, o: str, sentence: str) -> None:
        pred = K + p
        index = sentence.rsplit("/", 1)[1].rstrip(">")
        digest = hashlib.sha1(f"{s}|{pred}|{o}|{index}".encode()).hexdigest()[:16]
        a = f"<{self.iri}/a/{digest}>"
        self.lines += [f"<{s}> <{pred}> <{o}>", f"{a} {TYPE} {_k('Assertion')}", f"{a} {TYPE} <{RDF}Statement>",
                       f"{a} <{RDF}subject> <{s}>", f"{a} <{RDF}predicate> <{pred}>", f"{a} <{RDF}object> <{o}>",
                       f"{a} {_k('evidence')} {sentence}", f"{a} {PROV_DERIVED} {self._d}", f"{a} {_k('contextual')} {FALSE}"]

    def observation(self, s: str, indicator: str, value: str, unit: str, period: str, sentence: str) -> None:
        index = sentence.rsplit("/", 1)[1].rstrip(">")
        digest = hashlib.sha1(f"{s}|{indicator}|{value}|{unit}|{period}|{index}".encode()).hexdigest()[:16]
        o = f"<{self.iri}/o/{digest}>"
        self.lines += [f"{o} {TYPE} {_k('Observation')}", f"{o} {_k('observedEntity')} <{s}>",
                       f"{o} {_k('indicator')} {_lit(indicator, 'zh')}", f'{o} {_k("value")} "{value}"^^<{XSD}decimal>',
                       f"{o} {_k('unit')} {_lit(unit)}", f"{o} {_k('period')} {_lit(period)}",
                       f"{o} {_k('evidence')} {sentence}", f"{o} {PROV_DERIVED} {self._d}"]

    def quads(self) -> Iterator[str]:
        unique = list(dict.fromkeys(self.lines))
        g = f"<{self.iri}>"
        for line in unique:
            yield f"{line} {g} .\n"
        yield f"{self._d} {_k('tripleCount')} {_int(len(unique) + 1)} {g} .\n"


def _region(code: str) -> str:
    return f"{BASE}id/region/{code}"


def _documents(firms: int, seed: int) -> Iterator[_Doc]:
    """The synthetic documents, in a fixed order."""
    rng = random.Random(seed)
    ref = Reference.load()
    counties = ref.counties
    # heavy-tailed county sizes; the anchor county gets a fixed share
    weights = [rng.lognormvariate(0, 1.2) for _ in counties]
    anchor = next(i for i, c in enumerate(counties) if c[0] == ANCHOR_COUNTY)
    weights[anchor] = 0
    total_w = sum(weights)
    weights = [w / total_w * (1 - ANCHOR_SHARE) for w in weights]
    weights[anchor] = ANCHOR_SHARE
    specialities = {c[0]: rng.sample(ref.industries, 3) for c in counties}
    specialities[ANCHOR_COUNTY] = [i for i in ref.industries if "汽车" in i[1] or "电池" in i[1]][:3] or specialities[ANCHOR_COUNTY]

    # firms: (iri, label, county code, industries)
    placed = rng.choices(range(len(counties)), weights=weights, k=firms)
    by_county: dict[int, list[int]] = {}
    for n, c in enumerate(placed):
        by_county.setdefault(c, []).append(n)
    names: set[str] = set()
    firm_rows: list[tuple[str, str, str, list[tuple[str, str]]]] = [("", "", "", [])] * firms
    for c in sorted(by_county):
        code, county_name, _prov = counties[c]
        for n in by_county[c]:
            k = rng.choice((1, 1, 1, 2, 2, 3))
            inds = list(dict.fromkeys(rng.choice(specialities[code]) if rng.random() < 0.6 else rng.choice(ref.industries)
                                      for _ in range(k)))
            while True:
                trade = rng.choice(_TRADE) + rng.choice(_TRADE)
                label = f"{ref.stems[code]}{trade}{inds[0][1]}{rng.choice(_FORMS)}"
                if label not in names:
                    break
                label = f"{ref.stems[code]}{trade}{rng.choice(_TRADE)}{inds[0][1]}{rng.choice(_FORMS)}"
                if label not in names:
                    break
            names.add(label)
            firm_rows[n] = (str(entity_iri("Firm", label)), label, code, inds)

    # registers: per county, batches of FIRMS_PER_REGISTER
    for c in sorted(by_county):
        code, county_name, _prov = counties[c]
        members = by_county[c]
        for b in range(0, len(members), FIRMS_PER_REGISTER):
            year = rng.choice(YEARS)
            doc = _Doc("register", f"{code}-{b // FIRMS_PER_REGISTER + 1}", f"{county_name}重点企业名录（第{b // FIRMS_PER_REGISTER + 1}批）",
                       f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            county = _region(code)
            doc.entity(county)
            for n in members[b: b + FIRMS_PER_REGISTER]:
                iri, label, _code, inds = firm_rows[n]
                s = doc.sentence(f"{label}位于{county_name}，主营{'、'.join(i[1] for i in inds)}。")
                doc.entity(iri, "Firm", label)
                doc.relation(iri, "locatedIn", county, s)
                for ind_iri, _l in inds:
                    doc.entity(ind_iri)
                    doc.relation(iri, "inIndustry", ind_iri, s)
            yield doc

    # designation lists: per province, designation and year
    by_province: dict[str, list[int]] = {}
    for n, row in enumerate(firm_rows):
        by_province.setdefault(row[2][:2] + "0000", []).append(n)
    prov_names = dict(ref.provinces)
    for des, rate in DESIGNATION_RATES.items():
        des_iri = str(entity_iri("Designation", des))
        des_label = "专精特新“小巨人”企业" if des == "专精特新小巨人企业" else des
        for prov in sorted(by_province):
            holders = [n for n in by_province[prov] if rng.random() < rate]
            per_year: dict[int, list[int]] = {}
            for n in holders:
                per_year.setdefault(rng.choice(YEARS), []).append(n)
            for year in sorted(per_year):
                pname = prov_names.get(prov, prov)
                doc = _Doc("designation", f"{des}-{prov}-{year}", f"{pname}{year}年度{des_label}名单", f"{year}-{rng.randint(1, 12):02d}-15")
                doc.entity(des_iri)
                for n in per_year[year]:
                    iri, label, _code, _inds = firm_rows[n]
                    s = doc.sentence(f"{label}入选{year}年度{des_label}名单。")
                    doc.entity(iri, "Firm", label)
                    doc.relation(iri, "hasDesignation", des_iri, s)
                yield doc

    # policies: issuers are ministries or regional governments
    n_policies = 500 + firms // 200
    regions_all = [(c[0], c[1]) for c in ref.provinces] + [(c[0], c[1]) for c in ref.cities] + [(c[0], c[1]) for c in counties]
    for p in range(n_policies):
        targets = rng.sample(ref.industries, rng.choice((1, 1, 2, 3)))
        year = rng.choice(YEARS)
        if rng.random() < 0.15:
            issuer_name = rng.choice(_MINISTRIES)
            issuer_region = "100000"
        else:
            issuer_region, rname = rng.choice(regions_all)
            issuer_name = f"{rname}人民政府"
        title = rng.choice(_POLICY_FORMS).format(targets[0][1])
        label = f"{issuer_name}{title}（{year}）"
        doc = _Doc("policy", f"{p}", label, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        policy = str(entity_iri("Policy", label))
        issuer = str(entity_iri("Organization", issuer_name))
        s = doc.sentence(f"{issuer_name}印发《{label}》。")
        doc.entity(policy, "Policy", label)
        doc.entity(issuer, "GovernmentBody", issuer_name)
        doc.entity(_region(issuer_region))
        doc.relation(policy, "issuedBy", issuer, s)
        doc.relation(issuer, "locatedIn", _region(issuer_region), s)
        s2 = doc.sentence(f"《{label}》重点支持{'、'.join(t[1] for t in targets)}等产业发展。")
        for t_iri, _l in targets:
            doc.entity(t_iri)
            doc.relation(policy, "inIndustry", t_iri, s2)
        yield doc

    # clusters: tiered, located in a city or county, with member firms from there and the industry
    firms_at: dict[str, list[int]] = {}
    for n, row in enumerate(firm_rows):
        firms_at.setdefault(row[2], []).append(n)
    tiers = (("国家先进制造业集群", 45, 300), ("中小企业特色产业集群", 100 + firms // 2000, 150), ("省级产业集群", 60 + firms // 1000, 100))
    for tier, count, cap in tiers:
        tier_iri = str(entity_iri("ClusterTier", tier))
        for k in range(count):
            code, rname, _prov = rng.choice(ref.cities if tier == "国家先进制造业集群" else counties)
            ind_iri, ind_label = rng.choice(ref.industries)
            label = f"{ref.stems[code]}{ind_label}产业集群"
            doc = _Doc("cluster", f"{tier}-{k}", f"{label}入选{tier}", f"{rng.choice(YEARS)}-11-{rng.randint(1, 28):02d}")
            cluster = str(entity_iri("Cluster", label))
            s = doc.sentence(f"{rname}{label}入选{tier}名单。")
            doc.entity(cluster, "Cluster", label)
            doc.entity(tier_iri)
            doc.entity(_region(code))
            doc.entity(ind_iri)
            doc.relation(cluster, "hasTier", tier_iri, s)
            doc.relation(cluster, "locatedIn", _region(code), s)
            doc.relation(cluster, "inIndustry", ind_iri, s)
            local = [n for c in ([code] if not code.endswith("00") else [c[0] for c in counties if c[0][:4] == code[:4]])
                     for n in firms_at.get(c, [])]
            members = [n for n in local if any(i[0] == ind_iri for i in firm_rows[n][3])] or local
            for n in members[:cap]:
                iri, flabel, _c, _i = firm_rows[n]
                s = doc.sentence(f"{flabel}是{label}的成员企业。")
                doc.entity(iri, "Firm", flabel)
                doc.relation(iri, "memberOf", cluster, s)
            yield doc

    # statistical bulletins: every city and county, two indicators, five years
    places_by_prov: dict[str, list[tuple[str, str]]] = {}
    for code, name, prov in ref.cities + counties:
        places_by_prov.setdefault(prov, []).append((code, name))
    base = {code: rng.uniform(50, 3000) for code, _n, _p in ref.cities + counties}
    for prov in sorted(places_by_prov):
        for year in YEARS:
            doc = _Doc("bulletin", f"{prov}-{year}", f"{prov_names.get(prov, prov)}{year}年国民经济和社会发展统计公报", f"{year + 1}-03-15")
            for code, name in sorted(places_by_prov[prov]):
                gdp = base[code] * (1.05 ** (year - YEARS[0])) * rng.uniform(0.97, 1.03)
                ind = gdp * rng.uniform(0.25, 0.45)
                gdp_s, ind_s = f"{gdp:.2f}", f"{ind:.2f}"
                s = doc.sentence(f"{year}年{name}实现地区生产总值{gdp_s}亿元，规模以上工业增加值{ind_s}亿元。")
                doc.entity(_region(code))
                doc.observation(_region(code), INDICATORS[0][0], gdp_s, INDICATORS[0][1], str(year), s)
                doc.observation(_region(code), INDICATORS[1][0], ind_s, INDICATORS[1][1], str(year), s)
            yield doc


def reference_nquads() -> Iterator[str]:
    """The ontology and reference graphs as N-Quads, as ``ensure_reference`` stores them."""
    from kg.loader import REFERENCE_VERSION, _VERSION_PRED
    from kg.refdata import ontology_graph, reference_graph
    from kg.rdf import to_ntriples

    for graph, nt in ((REFERENCE_GRAPH, to_ntriples(reference_graph()) +
                       f'<{REFERENCE_GRAPH}> <{_VERSION_PRED}> "{REFERENCE_VERSION}" .\n'),
                      (ONTOLOGY_GRAPH, to_ntriples(ontology_graph()))):
        for line in nt.splitlines():
            line = line.strip()
            if line:
                yield f"{line[:-1].rstrip()} <{graph}> .\n"


def nquads(firms: int, seed: int, reference: bool = True) -> Iterator[str]:
    """The whole synthetic dataset as N-Quads lines (with the reference graphs unless ``reference=False``)."""
    if reference:
        yield from reference_nquads()
    for doc in _documents(firms, seed):
        yield from doc.quads()


@dataclass
class SynthResult:
    firms: int
    seed: int
    quads: int
    documents: int
    seconds_generate: float
    seconds_load: float
    path: str | None = None


def write(path: str | os.PathLike, firms: int, seed: int,
          progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Write the dataset to an N-Quads file. Returns (quads, documents)."""
    quads = docs = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in reference_nquads():
            out.write(line)
            quads += 1
        for doc in _documents(firms, seed):
            for line in doc.quads():
                out.write(line)
                quads += 1
            docs += 1
            if progress and docs % 500 == 0:
                progress(docs)
    return quads, docs


def synthesise(store: Store, firms: int, seed: int, nq_path: str | os.PathLike | None = None,
               progress: Callable[[int], None] | None = None) -> SynthResult:
    """Generate the dataset and bulk-load it into ``store`` (reference data included)."""
    started = time.monotonic()
    keep = nq_path is not None
    path = Path(nq_path) if keep else Path(tempfile.mkstemp(prefix="kg-synth-", suffix=".nq")[1])
    try:
        quads, docs = write(path, firms, seed, progress)
        generated = time.monotonic()
        store.bulk_load(path, "nquads")
        loaded = time.monotonic()
    finally:
        if not keep:
            path.unlink(missing_ok=True)
    return SynthResult(firms, seed, quads, docs, generated - started, loaded - generated, str(path) if keep else None)
