"""From a prepared article to an ``Extraction``: mentions, entities, relations, observations."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from kg.extract import entities as find
from kg.extract import enumerations as enum
from kg.extract import lexicon as lx
from kg.extract import anaphora, literals, segment, statute, tables
from kg.extract.gazetteer import WATER_AFTER_STEM, gazetteer, named_codes, subdivisions
from kg.extract.mentions import Mention
from kg.extract.reference import known_firm_at, known_firms, lexicon
from kg.extract.relations import OPENING_WORDS, Context, chain_end, joined, opening_address, sentence_relations
from kg.iris import document_iri, entity_key
from kg.regions import ancestors
from kg.records import DocumentMeta, Entity, Evidence, Extraction, Relation
from kg.text.model import Article, Sentence

# when two mentions of different types overlap, the longer wins; on equal length, this order
TYPE_PRIORITY = {"Policy": 0, "Cluster": 1, "Designation": 2, "Organization": 3, "Firm": 4, "Industry": 5, "Region": 6}
# [8]作者.题名[N].报纸.2015-10-9; (1深圳大学图书馆,深圳,518060;…): a city between two commas before the postcode, as a
# stock code after its short name (云南铝业股份有限公司(云铝股份,000807)) never has
_CITATION = re.compile(r"^\s*\[\d+\].{0,120}\[(?:J|N|M|C|D|R|S|P|EB/OL|Z)\]|[,，][^,，()（）]{1,20}[,，]\s?\d{6}\s?[;；)）]")
_PLANT = re.compile(r"(基地|工厂|生产基地|研发中心)")


def extract(article: Article) -> Extraction:
    segment.forget()  # the token memo is per document
    doc = str(document_iri(article.sha256))
    meta = DocumentMeta(doc, article.path, article.sha256, article.title, article.published,
                        article.source, list(article.authors), article.encoding)
    sentences = [s for s in article.sentences if not s.quarantined]
    texts = {s.index: s.text for s in sentences}
    lex = lexicon()
    gaz = gazetteer()

    # pass 1: regions first (they give context to ambiguous stems), then the typed names
    region_context: set[str] = named_codes([s.text for s in sentences])
    raw: dict[int, list[Mention]] = {}
    worked_at: set[str] = set()
    known_names = tuple(known_firms())
    known: set[str] = set()  # well-known firms named by their short name (华为, 宁德时代)
    named: set[str] = set()  # firms named otherwise: a legal name, a brand and trade, a list
    for s in sentences:
        if _CITATION.search(s.text):
            raw[s.index] = []  # a reference list entry or an author's affiliation: the sources, not the article's subject
            continue
        regions = gaz.find(s.index, s.text, region_context)
        region_context.update(m.key for m in regions)
        regions += subdivisions(s.index, s.text, regions)
        regions += [a for a in find.named_areas(s.index, s.text) if not any(r.start <= a.start and a.end <= r.end for r in regions)]
        # a person's former employer, a partner in a cooperation: nothing places them in the article's region
        employers = find.employers(s.index, s.text) + find.firms_in_context(s.index, s.text, partners=True)
        worked_at.update(m.key for m in employers)
        employers += find.firms_in_context(s.index, s.text) + find.place_brand_firms(s.index, s.text)
        suffixed = find.firms_by_suffix(s.index, s.text)
        worked_at.update(find.foreign_firms(s.text, suffixed))  # 德国双立人公司: a foreign firm, not the region's
        # 潍柴动力 inside 潍柴动力股份有限公司 is that name, not a second firm's
        branded = [m for m in find.known_firms(s.index, s.text) + find.firms_by_brand(s.index, s.text, lex.industries)
                   if not any(f.start <= m.start and m.end <= f.end for f in suffixed)]
        known.update(m.key for m in branded if m.surface.startswith(known_names))  # 华为, 陶氏化学
        named.update(m.key for m in suffixed + employers + branded if not m.surface.startswith(known_names))
        own = statute.title_policy(s.index, s.text, article.title) or (statute.official_title(s.index, s.text) if s.heading else None)
        found = ([own] if own else []) + statute.congresses(s.index, s.text, regions) + (find.policies(s.index, s.text) + find.organizations(s.index, s.text)
                 + find.clusters(s.index, s.text) + find.designations(s.index, s.text, lex.designations)
                 + find.industries(s.index, s.text, lex.industries) + suffixed + branded + employers)
        raw[s.index] = regions + found
    raw = _recurring_towns(raw, sentences)
    raw, town_parents = _place_towns(raw, texts)
    report = _report_place(article.title, sentences, raw)
    focus = report or _focus(raw)

    # firm lists need the places and industries found so far, to tell a firm list from a place list
    list_classes: list[tuple[list[Mention], str, Sentence]] = []
    listed_elsewhere: set[str] = set(worked_at)  # firms named as patentees, customers…: nothing places them in the article's region
    for s in sentences:
        for items, cls in find.firm_lists(s.index, s.text, raw[s.index]):
            raw[s.index].extend(items)
            list_classes.append((items, cls, s))
            named.update(m.key for m in items)
        cued = find.firm_cue_lists(s.index, s.text, raw[s.index])
        raw[s.index].extend(cued)
        listed_elsewhere.update(m.key for m in cued)
    # a national firm the article names by its short name only (华为, 宁德时代) is where the text puts it, not in the
    # article's place; one it also lists among its firms or names in full (吉利、桐昆等大企业) is the place's own
    listed_elsewhere |= known - named

    industry_lists: list[tuple[list[Mention], Mention | None, Sentence]] = []
    headed_places: list[tuple[Mention, tuple[int, int], Sentence]] = []  # 新材料：A、B（武进区、新北区）
    for s in sentences:
        headed = find.headed_lists(s.index, s.text, lex.industries)
        for items, cls in find.industry_lists(s.index, s.text) if not headed else ():  # a headed line is read whole below
            items = [find.with_shared_head(s.index, s.text, m) for m in items]  # A、锰及锰加工等
            # 本条例所称乳业, 锂电产业链包括…: the statute's industry, the chain's
            defined = cls is not None and (s.text.endswith("所称", 0, cls.start) or _TRADE_OF_FIRMS.match(s.text, cls.end) is not None)
            if cls is not None and not (defined or cls.surface in lex.industries or industry_label(cls.surface) in lex.industries):
                cls = None  # 传统产业, 其他主导产业: a class phrase, not a named industry
            raw[s.index].extend(items + ([cls] if cls else []))
            industry_lists.append((items, cls, s))
        for items, head, places, (a, b) in headed:
            raw[s.index] = [m for m in raw[s.index] if not (m.type == "Industry" and a <= m.start and m.end <= b)]
            raw[s.index].extend(items + [head])
            industry_lists.append((items, head, s))
            if places is not None:
                headed_places.append((head, places, s))

    # 上游环节包括A、B和C: the stages of the chain named last before (the title's 潜江小龙虾全产业链)
    stages: list[tuple[list[Mention], Mention, Sentence]] = []
    chain = None
    for s in sentences:
        for items in find.stage_lists(s.index, s.text):
            # 将绿色铝产业链划分为三大环节:上游为A和B: a chain the sentence names before its stages
            here = find.chain_named(s.index, s.text[:items[0].start])
            whole = here or chain
            if whole is not None:
                raw[s.index].extend(items)
                raw[whole.sentence].append(whole)
                stages.append((items, whole, s))
        chain = find.chain_named(s.index, s.text) or chain

    # a brand, a place and 基地/工厂 name a firm's plant (吉利长兴基地): the brand is a firm
    for s in sentences:
        raw[s.index].extend(_plants(s, raw[s.index]))

    # pass 2: every mention of a firm name found anywhere, and its suffixed forms (吉利集团, 吉利汽车)
    firm_names = {m.surface for ms in raw.values() for m in ms if m.type == "Firm"}
    firm_names |= {m.label[: m.label.index(r.surface)] for ms in raw.values() for m in ms if m.type == "Firm"
                   for r in ms if r.type == "Region" and m.start < r.start < m.end and _PLANT.search(m.label)}
    firm_names |= {n[: -len(g)] for n in firm_names for g in ("控股集团", "集团公司", "集团") if n.endswith(g) and len(n) - len(g) >= 2}
    firm_names = {n for n in firm_names if not any(n != b and n.startswith(b) and _is_suffix(n[len(b):]) for b in firm_names)}
    # 比亚迪股份有限公司 … 比亚迪: a legal name's core, alone later, is that firm
    # a legal name read also without the place it opens with (天岳先进科技股份有限公司 of 山东天岳先进…) is one firm
    legal = [n for n in firm_names if n.endswith(("有限公司", "有限责任公司")) and not any(m != n and m.endswith(n) for m in firm_names)]
    cores = Counter(_firm_core(n) for n in legal)
    core_of = {c: n for n in legal for c in [_firm_core(n)] if cores[c] == 1 and _distinctive(c) and c not in firm_names}
    ordered_names = sorted(firm_names, key=lambda n: (-len(n), n))
    openings = [(name, _own_name(name)[1]) for name in legal]  # each legal name, and as it reads without group and places
    for s in sentences:
        raw[s.index].extend(_known_firms(s, ordered_names))
        raw[s.index].extend(_core_mentions(s, core_of, raw[s.index]))
        raw[s.index].extend(_listed_short_names(s, openings, raw[s.index]))
    # a zone named once with its province or city before it (贵州贵安新区) is that zone where the text names it without
    # and one named by its abbreviated kind (天津开发区 of 天津经济技术开发区, 滨海高新区 of 天津滨海高新技术产业开发区)
    for short, zone in _zone_short_names(raw).items():
        for s in sentences:
            found = [Mention(s.index, m.start(), m.end(), short, "Organization", zone.key, zone.label)
                     for m in literals.finditer(short, s.text)]
            spans = {(m.start, m.end) for m in found}
            raw[s.index] = [m for m in raw[s.index] if not (m.type == "Organization" and (m.start, m.end) in spans)] + found
    # a cluster named once where its tier is (成德高端能源装备集群入选…) is that cluster wherever the text names it
    cluster_names = sorted({m.surface for ms in raw.values() for m in ms if m.type == "Cluster" and len(m.surface) >= 6},
                           key=lambda n: (-len(n), n))
    for s in sentences:
        raw[s.index].extend(Mention(s.index, m.start(), m.end(), name, "Cluster", entity_key(name), name)
                            for name in cluster_names for m in literals.finditer(name, s.text))
    # …and by its name without the places it opens with (濮院针织毛衫产业集群 of 浙江省嘉兴市桐乡市濮院针织毛衫产业集群)
    unplaced = {}
    for name in cluster_names:
        place = opening_address(-1, name)
        rest = name[place.end:] if place is not None else ""
        if len(rest) >= 6 and opening_address(-1, rest) is None and rest not in cluster_names:
            unplaced.setdefault(rest, name)
    for s in sentences:
        for rest, name in unplaced.items():
            raw[s.index].extend(Mention(s.index, m.start(), m.end(), rest, "Cluster", entity_key(name), name)
                                for m in literals.finditer(rest, s.text)
                                if not s.text.endswith(name, 0, m.end()))

    # a firm found by its name only now (隆基绿能, 上汽红岩), a place and 基地/工厂: the firm's plant there
    for s in sentences:
        raw[s.index].extend(_named_firms_plants(s, raw[s.index]))
    # a plant named again by its place alone (射洪基地的锂盐年产能 after 天齐锂业射洪基地): the same plant
    plants = _plants_by_place(raw)
    for s in sentences:
        raw[s.index].extend(_plant_short_forms(s, raw[s.index], plants))

    # the country is the frame of every article, not an entity of it
    mentions = {i: [m for m in _resolve(ms) if m.level != "country"] for i, ms in raw.items()}
    # the places of the title frame the text: 省人民政府 in 河南省…条例 is Henan's
    bodies: dict[str, Mention] = {}  # 县政府 → the county it was read as
    recent: dict[str, Mention] = {m.level: m for m in gaz.find(-1, article.title or "") if m.level in ("county", "city", "province")}
    for i in sorted(mentions):
        places = dict(recent)
        mentions[i] = _canonical(mentions[i], focus, lex, places, bodies)
        recent.update({m.level: m for m in mentions[i] if m.type == "Region" and m.level in ("county", "city", "province")})
    mentions = _defined_abbreviations(_short_forms(mentions), texts)
    mentions = _kind_titles(mentions)
    mentions = _firm_short_names(mentions, gaz)
    mentions = _government_forms(mentions)
    mentions = _zones_with_boards(mentions)
    mentions = _cluster_short_forms(mentions, gaz)
    mentions = _place_led_names(mentions)
    mentions = _industry_suffix_forms(mentions)
    focus = report or _focus(mentions) or focus
    own = _TITLE_SELF.search(article.title or "")
    if own and focus is not None and focus.key.isdigit() and anaphora.kind_of(focus) != own.group(1):
        # 我省3个集群入选…, with 株洲 named most: the article speaks for the province 株洲 lies in
        focus = anaphora.resolve(own.group(1), focus, {}, focus.sentence) or focus
    elif own and focus is None:
        # 我省重大项目集中签约仪式在洋浦举行, then 海南省…签约仪式: the first place of the title's kind the text names
        focus = next((m for i in sorted(mentions) for m in sorted(mentions[i], key=lambda m: m.start)
                      if m.type == "Region" and m.key.isdigit() and anaphora.kind_of(m) == own.group(1)), None)

    def industry(sentence: int, start: int, end: int, surface: str) -> Mention:
        return _canonical([Mention(sentence, start, end, surface, "Industry", entity_key(surface), surface)], focus, lex)[0]

    # 二、重点发展方向 / （一）智能电网成套装备。: the industry each section of a plan or guide is about
    sections = _section_industries(sentences, mentions, industry)

    # 该市/全县 and 公司/该公司: words that stand for a place or a firm named before; edges resting on them are contextual
    anaphors = _place_words(sentences, mentions, focus)
    the_firm = _defined_firm(sentences, mentions)  # 公司 in an announcement that defines it (…(以下简称“公司”))
    firm_words = _firm_words(sentences, mentions, the_firm)
    for i, words in firm_words.items():
        anaphors[i] = sorted(anaphors[i] + words, key=lambda m: m.start)
    listed: list[tuple[Mention, str, Mention, bool, int]] = []
    for s in sentences:
        # in order of start from here on, so a rule that reads nothing new leaves the list as it is
        mentions[s.index] = sorted(mentions[s.index], key=lambda m: m.start)
        for rule in (enum.classified_parts, enum.mainly_of, enum.field_firms, enum.products, enum.chief_products,
                     enum.production_bases, enum.fields_worked, enum.capacities, enum.firm_classes, enum.pillars_before, enum.main_producers,
                     enum.developed, enum.dashed_chain, enum.wings, enum.place_lines, enum.made_of,
                     enum.among_whole, enum.firm_around):
            words = anaphors[s.index] if rule in (enum.products, enum.developed, enum.mainly_of, enum.capacities, enum.fields_worked) else []
            ms = sorted(mentions[s.index] + words, key=lambda m: m.start) if words else list(mentions[s.index])
            new, found = rule(s.index, s.text, ms, industry)
            found = [(a, p, b, c or a in words) for a, p, b, c in found]
            listed.extend((a, p, b, c, s.index) for a, p, b, c in found)
            if not new:
                continue
            # an industry word inside a product read whole (汽车 of 汽车安全气囊) is no mention of its own
            inside = {m for m in mentions[s.index] for x in new if m.type == "Industry" and x.start <= m.start and m.end <= x.end
                      and (m.start, m.end) != (x.start, x.end)}
            mentions[s.index] = sorted([m for m in mentions[s.index] if m not in inside] + new, key=lambda m: m.start)
        listed.extend((a, p, b, c, s.index) for a, p, b, c in enum.listed_parts(s.text, mentions[s.index]))
    # a production line's product is its firm's industry: the firm of the sentence, else the one firm the article is about
    firms = {m.key: m for ms in mentions.values() for m in ms if m.type == "Firm"}
    for s in sentences:
        lines = enum.product_lines(s.index, s.text, mentions[s.index], industry)
        if not lines:
            continue
        inside = {m for m in mentions[s.index] for x in lines if m.type == "Industry" and x.start <= m.start and m.end <= x.end and m != x}
        mentions[s.index] = sorted((set(mentions[s.index]) - inside) | set(lines), key=lambda m: (m.start, m.end, m.key))
        here = [m for m in mentions[s.index] if m.type == "Firm" and m.start < lines[0].start]
        holder = here[-1] if here else (next(iter(firms.values())) if len(firms) == 1 else None)
        if holder is not None:
            listed.extend((holder, "inIndustry", item, not here, s.index) for item in lines)

    lex_keys = {k for k, _ in lex.industries.values()}
    # an industry a rule read (汽车运输船) is that industry wherever the text names it again, not the word inside it (汽车)
    read = {m.surface: m for ms in mentions.values() for m in ms if m.type == "Industry" and len(m.surface) >= 3
            and m.key not in lex_keys}
    if read:
        mentions = _named_again(mentions, texts, read)
        # 盛产石膏 … 石膏产业是该市的支柱产业: a product a rule read is the industry its 产业 form names
        mentions = _industry_suffix_forms(mentions)

    listed.extend(_table_rows(sentences, mentions, industry))
    listed.extend(_listed_firms([s for s in sentences if s.cell is None], mentions, industry))

    ext = Extraction(document=meta)
    evidence = {s.index: Evidence(doc, s.index, s.text, s.raw_start, s.raw_end, s.quarantined) for s in article.sentences}
    ext.sentences = [evidence[s.index] for s in article.sentences]
    ents: dict[tuple[str, str], Entity] = {}
    for i, ms in mentions.items():
        for m in ms:
            e = ents.get((m.type, m.key))
            if e is None:
                e = ents[(m.type, m.key)] = Entity(m.type, m.key, m.label, subtype=_subtype(m), code=m.key if m.type == "Region" and m.key.isdigit() else None)
            if m.surface != e.label:
                e.aliases.add(m.surface)
            # evidence[i] goes in while sentence i is walked, so it is the last one if it is in at all
            if not e.evidence or e.evidence[-1] is not evidence[i]:
                e.evidence.append(evidence[i])
    ext.entities = list(ents.values())
    # the reference entities by type: a firm that shares an industry's key (动力电池) is still a firm of the text
    reference_keys = {(t, k) for t, table in (("Industry", lex.industries), ("Designation", lex.designations), ("Cluster", lex.tiers))
                      for k, _ in table.values()}

    # the list a ranking article is about: its most specific name (全国县域经济百强县 over the headline's 百强县)
    ranking = max((m for i in sorted(mentions) for m in mentions[i] if m.type == "Designation" and "百强" in m.surface),
                  key=lambda m: len(m.surface), default=None)
    ctx = Context(focus=focus, report=report is not None, ranking=ranking)
    triples: list[tuple[Mention, str, Mention, bool, int]] = []
    for i, ms in mentions.items():
        for m in ms:
            parent = town_parents.get(m.key) if m.type == "Region" and m.level in ("town", "village") else None
            if parent is not None and parent.sentence == i and not any(p.key == parent.key for p in ms if p.end == m.start):
                triples.append((m, "locatedIn", parent, False, i))
    # a village named with no town, in an article about one town (爆炸波及附近的杨家村): the article's town holds it
    towns = {m.key: m for ms in mentions.values() for m in ms if m.type == "Region" and m.level == "town"}
    if len(towns) == 1:
        town = next(iter(towns.values()))
        for i, ms in mentions.items():
            for m in ms:
                if m.type == "Region" and m.level == "village" and m.key not in town_parents:
                    triples.append((m, "locatedIn", town, True, i))
    # a town named with no county, in an article about one county (周庄镇、新桥镇地区生产总值…): the county holds it
    if focus is not None and focus.level == "county":
        for i, ms in mentions.items():
            for m in ms:
                if m.type == "Region" and m.level == "town" and m.key not in town_parents:
                    triples.append((m, "locatedIn", focus, True, i))
    provinces = {_province_of(m.key, gaz) for ms in mentions.values() for m in ms if m.type == "Region" and m.key.isdigit()}
    for s in sentences:
        words = anaphors[s.index]
        for a, p, b, contextual in sentence_relations(s.text, sorted(mentions[s.index] + words, key=lambda m: m.start), ctx):
            # a clause whose place is 该市 (or whose firm is 该公司) rests on the sentence that named it
            triples.append((a, p, b, contextual or a in words or b in words, s.index))
        triples.extend((a, p, b, c, s.index) for a, p, b, c in _name_relations(mentions[s.index], s, lex, provinces))
    triples.extend(listed)
    triples.extend(_listed_clusters(sentences, mentions))
    for i, ms in mentions.items():
        for m in ms:
            if m.type == "Organization" and m.key in bodies:
                place = bodies[m.key]
                triples.append((m, "locatedIn", Mention(i, 0, 0, place.surface, "Region", place.key, place.label, place.level), True, i))
    titled = _title_relations(sentences, mentions, lex)
    triples.extend(titled)
    triples.extend(_signed_notice(sentences, mentions))
    triples.extend(_policy_industries(mentions, lex))
    # a statute promoting a place's industry: what its articles tell bodies to develop, the place develops
    statute_place = next((t[0] for t in titled if t[1] == "hasPriorityIndustry"), None)
    if statute_place is not None:
        for s in sentences:
            for verb in _STATUTE_DEVELOPS.finditer(s.text):
                clause_end = min([j for j in (s.text.find(c, verb.end()) for c in ",;。，；") if j != -1] or [len(s.text)])
                last = None
                for m in sorted((m for m in mentions[s.index] if m.type == "Industry"), key=lambda m: m.start):
                    listed = last is not None and s.text[last.end:m.start] in ("、", "和", "及", "与", "以及")
                    if (verb.end() <= m.start <= verb.end() + 12 or listed) and m.end <= clause_end:
                        triples.append((statute_place, "hasPriorityIndustry", m, True, s.index))
                        last = m
    for s in sentences:
        for m in mentions[s.index]:
            # the document's own title, a heading, is _title_relations'; 按照《长垣市…行动方案》 is quoted
            if m.type == "Policy" and (m.start > 2 or m.surface.startswith("《")):
                triples.extend(_policy_place_industry(m, lex))
        triples.extend((a, p, b, c, s.index) for a, p, b, c in _placed_titles(mentions[s.index], s, gaz))
    triples.extend(_listed_industries(industry_lists, mentions, focus, anaphors))
    for head, (a, b), s in headed_places:
        whole = next((m for m in mentions[s.index] if m.type == "Industry" and (m.start, m.end) == (head.start, head.end)), None)
        triples.extend((r, "hasPriorityIndustry", whole, False, s.index) for r in mentions[s.index]
                       if whole and r.type == "Region" and a <= r.start and r.end <= b)
    for items, chain, s in stages:
        whole = next((m for m in mentions[chain.sentence] if m.type == "Industry" and m.start <= chain.start and chain.end <= m.end), None)
        kept = {(m.start, m.end): m for m in mentions[s.index] if m.type == "Industry"}
        triples.extend((kept[(i.start, i.end)], "partOf", whole, False, s.index) for i in items if whole and (i.start, i.end) in kept)
    triples.extend(_framing_parent(statute_place or focus, sentences, triples, gaz))
    for items, cls, s in list_classes:
        held = [m for m in mentions[s.index] if m.type == "Designation" and s.text.find(cls) <= m.start < s.text.find(cls) + len(cls) + 1]
        for d in held:
            for item in items:
                firm = next((m for m in mentions[s.index] if m.type == "Firm" and m.start == item.start), None)
                if firm:
                    triples.append((firm, "hasDesignation", d, False, s.index))
    if focus is not None and focus.level in ("county", "city"):
        within = {(t[0].key, t[2].key) for t in triples if t[1] == "locatedIn" and t[0].type == "Region"}
        builders = _builders(sentences, mentions)
        elsewhere = _signed_elsewhere(sentences, mentions, focus, gaz)
        for (type_, key), e in ents.items():
            if type_ != "Firm" or key in listed_elsewhere or key in elsewhere or _PLANT.search(e.label) and any(c in e.label for c in lx.COUNTRIES):
                continue  # …, and a plant abroad (宁德时代匈牙利工厂) is not in the article's place
            placed = [t[2].key for t in triples if t[0].key == key and t[1] == "locatedIn"]
            # 江苏天嘉宜化工有限公司 in an article about 响水: its name gives the province, the article the county
            # and one placed in a town of the article's county (富池镇 of 阳新县) is in that county too; a firm from
            # elsewhere that builds a project here (深圳市德方纳米…投资35亿元建设…项目) has a site here
            if key in builders or all(p in gaz.ancestors(focus.key) or focus.key in gaz.ancestors(p) or (p, focus.key) in within
                                      for p in placed):
                first = e.evidence[0].sentence
                triples.append((Mention(first, 0, 0, e.label, "Firm", key, e.label), "locatedIn", focus, True, first))
    for i, ms in mentions.items():
        for m in ms:
            if m.type == "Industry" and not any(d.type == "Designation" and d.start <= m.start and m.end <= d.end for d in ms):
                for key, label in compound_parts(m.label, lex):
                    part = Mention(i, m.start, m.end, label, "Industry", key, label)
                    triples.append((part, "partOf", m, False, i))
    triples.extend(_plants_trades(triples))
    triples.extend(_chain_leaders_trades(triples, mentions, texts))
    triples.extend(_member_firms_trades(triples, ents))
    triples.extend(_trades_in_names(mentions))
    triples = _within_sections(triples, sections, mentions)  # each section's industry is a mention of its heading
    triples = _the_one_singled_out(triples, texts)
    ext.relations = _relations(triples, ents, evidence)
    ext.entities = list(ents.values())
    for e in ext.entities:
        e.reference = (e.type == "Region" and gaz.place(e.key) is not None) or (e.type, e.key) in reference_keys
    # 公司 where an announcement defines it: that firm's figures (公司实现营业收入78.0亿元), not the firm named last; and its
    # numbered items' (2.注册资本:5亿元)
    observed = dict(mentions)
    for i, words in firm_words.items():
        if the_firm is not None and words and words[0].key == the_firm.key:
            observed[i] = sorted(observed[i] + words, key=lambda m: m.start)
    for i, firm in _record_items(sentences, mentions, the_firm).items():
        observed[i] = sorted(observed[i] + [firm], key=lambda m: m.start)
    ext.observations = _observations(article, sentences, observed, doc, focus)
    ext.entities += _observed_places(ext.observations, {(e.type, e.key) for e in ext.entities})
    ext.relations += _capacity_trades(ext)
    return _one_firm_per_name(ext)


# 电解铝产能, 多晶硅年产能, 原煤产量, 年产电石: a figure of what a firm makes
_CAPACITY_OF = re.compile(r"(.{2,10}?)(?:年|设计|总)?(?:产能|产量|生产能力)|年产(.{2,10})")


def _capacity_trades(ext: Extraction) -> list[Relation]:
    """``云铝股份…电解铝产能达到305万吨``: a firm works in the industry whose capacity or output it has, when the text
    names that industry."""
    industries = {n: e for e in ext.entities if e.type == "Industry" for n in (e.label, *e.aliases)}
    known = {(r.subject, r.object) for r in ext.relations if r.predicate == "inIndustry"}
    out = []
    for o in ext.observations:
        made = _CAPACITY_OF.fullmatch(o.indicator) if o.subject_type == "Firm" else None
        industry = industries.get(made.group(1) or made.group(2)) if made else None
        if industry is not None and (o.subject, industry.key) not in known:
            known.add((o.subject, industry.key))
            out.append(Relation(o.subject, "Firm", "inIndustry", industry.key, "Industry", o.evidence))
    return out


_STOCK_SHORT = re.compile(r"([\u4e00-\u9fff]{2,3})(?:股份|控股)")


def _one_firm_per_name(ext: Extraction) -> Extraction:
    """比亚迪股份有限公司 and a firm read as 比亚迪 from a plant's name (比亚迪合肥基地): one firm, the legal name, when
    the short one is the legal name's alias in the text or its core, and no other legal name's."""
    cores = [(_firm_core(e.label), e) for e in ext.entities if e.type == "Firm" and e.label.endswith(_LEGAL_ENDINGS)]
    legal: dict[str, list[Entity]] = {}
    for core, e in cores:
        for alias in e.aliases | {core, _firm_short_name(e.label)}:
            if e not in legal.setdefault(alias, []):
                legal[alias].append(e)
    same = {e.key: legal[e.label][0] for e in ext.entities
            if e.type == "Firm" and len(legal.get(e.label, [])) == 1 and legal[e.label][0] is not e}
    # 盐湖股份 of 青海盐湖工业股份有限公司: the stock short name, the core's opening and 股份
    for e in ext.entities:
        stock = _STOCK_SHORT.fullmatch(e.label) if e.type == "Firm" and e.key not in same else None
        # …of a company limited by shares (股份有限公司), not of its joint venture named after it
        owners = [f for core, f in cores if f is not e and core.startswith(stock.group(1)) and "股份" in f.label] if stock else []
        if len(owners) == 1:
            same[e.key] = owners[0]
    if not same:
        return ext
    for e in ext.entities:
        target = same.get(e.key) if e.type == "Firm" else None
        if target is not None:
            target.aliases.add(e.label)
            target.aliases.update(e.aliases)
            target.evidence.extend(ev for ev in e.evidence if ev not in target.evidence)
    ext.entities = [e for e in ext.entities if not (e.type == "Firm" and e.key in same)]

    def key(k: str, type_: str) -> str:
        return same[k].key if type_ == "Firm" and k in same else k

    relations = {}
    for r in ext.relations:
        r = replace(r, subject=key(r.subject, r.subject_type), object=key(r.object, r.object_type))
        if (r.subject, r.subject_type) != (r.object, r.object_type):
            relations.setdefault((r.subject, r.subject_type, r.predicate, r.object, r.object_type), r)
    ext.relations = list(relations.values())
    ext.observations = [replace(o, subject=key(o.subject, o.subject_type)) for o in ext.observations]
    return ext


# …支持乳品企业发展A、B等: what the statute has firms develop, its place develops
_STATUTE_DEVELOPS = re.compile(r"(?:培育发展|大力发展|积极发展|重点发展|发展壮大|开发推广|推广|培育|(?<=企业)发展)")
# (A和B是该县两大支柱产业: the place word between says whose)
_PRIORITY_CLASS = re.compile(r"(?:(?:是|为)(?:该|全|本|我)?[省市县区镇]?的?)?(?:等|[两二三四五六七八九十]大)[^,，;；。]{0,4}?(?:主导|支柱|特色|优势|首位|新兴|战略性新兴|重点)"
                             r"(?:产业|农业|服务业|制造业)|[两二三四五六七八九十]大产业基地")  # 建设A、B、C三大产业基地
_WHOLE_PLACE = re.compile(r"全(省|市|县)")
_LEVEL_OF_WHOLE = {"省": "province", "市": "city", "县": "county"}
_SPEAKER = re.compile(r"负责人(?:表示|介绍|指出|说)|(?:表示|介绍|指出)[,:]")
_PRIORITY_CUE = re.compile(r"(?:涵盖|覆盖|重点发展|发展|培育|打造|形成|构建|聚焦|围绕|布局|推进|推动|引进|主导产业|支柱产业|特色产业|优势产业)[了为是有:]*$")


def _signed_elsewhere(sentences: list[Sentence], mentions: dict[int, list[Mention]], focus: Mention, gaz) -> set[str]:
    """The firms that sign with a place, or a body of a place, other than the article's (奇瑞汽车股份有限公司与芜湖经济技术
    开发区签约建设…, in a report from 合肥): their project is there, and nothing puts them in the article's place."""
    out = set()
    for s in sentences:
        ms = sorted(mentions[s.index], key=lambda m: m.start)
        for firm, partner in zip(ms, ms[1:]):
            if firm.type != "Firm" or not _WITH.fullmatch(s.text, firm.end, partner.start) or not _SIGNS.match(s.text, partner.end):
                continue
            place = partner if partner.type == "Region" else opening_address(s.index, partner.label) if partner.type == "Organization" else None
            if place is not None and place.key.isdigit() and place.key != focus.key and focus.key not in gaz.ancestors(place.key):
                out.add(firm.key)
    return out


_WITH = re.compile(r"将?(?:与|和|同)")
_SIGNS = re.compile(r"(?:政府|管委会)?(?:签约|签订|签署|正式签约)")


def _builders(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> set[str]:
    """The firms a sentence says build a project, with no place named for it: in an article on a place, they build there."""
    out = set()
    for s in sentences:
        for m in mentions[s.index]:
            if m.type == "Firm" and _BUILDS_PROJECT.match(s.text, m.end):
                out.add(m.key)
    return out


# 投资35亿元建设年产8万吨…项目 (not 在深圳投资建设…: a place the sentence names is the site, kg.extract.relations' rule)
_BUILDS_PROJECT = re.compile(r"(?:将|拟|计划)?投资[^,;。在于]{0,12}?(?:建设|新建|扩建)[^,;。]{0,30}?项目")


# 锂电产业链包括…, 集聚锂电企业41家, 集聚青稞酒及上下游配套企业86家: a chain's or the firms' trade
_TRADE_OF_FIRMS = re.compile(r"(?:(?:及|和|与)?(?:上下游|配套|相关|关联)+)?(?:产业链|企业)")
_WHOLE_CHAIN = re.compile(r"的(?:完整|全|整条)?产业链")
_GOODS_CLASS = re.compile(r"等(?:系列)?(?:产品|制品)|等?业务")  # …等产品远销欧美, 做强A、B和C业务: what a firm makes


def _section_industries(sentences: list[Sentence], mentions: dict[int, list[Mention]], industry) -> dict[int, Mention]:
    """The industry of the section each sentence lies in: a heading that names one (#### 第一节　壮大新能源产业集群), or whose
    parent heading says its children are industries (二、重点发展方向 → （一）智能电网成套装备。, made an industry here).
    A section ends at the next heading of its level or above; a heading about something else (（四）区域布局。) has none."""
    out: dict[int, Mention] = {}
    stack: list[tuple[int, str, Mention | None]] = []
    for s in sentences:
        head = _heading(s.text)
        if head is None:
            if stack and stack[-1][2] is not None:
                out[s.index] = stack[-1][2]
            continue
        level, a, b = head
        while stack and stack[-1][0] >= level:
            stack.pop()
        body = s.text[a:b]
        # the heading names the industry and nothing else (壮大新能源产业集群), not what happened to it (白酒产业量质齐升)
        bare = _HEADING_VERB.sub("", _HEADING_KIND.sub("", body))
        whole = next((m for m in mentions[s.index] if m.type == "Industry" and m.label not in _CLASS_LABELS
                      and bare in (m.surface, _HEADING_KIND.sub("", m.surface))), None)
        # （一）汽车及零部件。 under 二、主导产业: the heading's words are one industry, the ones read inside it (汽车) part of it
        inner = [m for m in mentions[s.index] if m.start < b and a < m.end]
        if whole is None and stack and _INDUSTRIES_BELOW.search(stack[-1][1]) and _HAN_NAME.fullmatch(body) \
                and not _NOT_AN_INDUSTRY_HEAD.search(body) and not find._opens_with_verb(body) and not _COUNTED_HEAD.search(body) \
                and all(m.type == "Industry" and a <= m.start and m.end <= b for m in inner):
            whole = industry(s.index, a, b, body)
            mentions[s.index] = sorted([m for m in mentions[s.index] if m not in inner] + [whole], key=lambda m: m.start)
        stack.append((level, body, whole))
    return out


def _heading(text: str) -> tuple[int, int, int] | None:
    """A heading's level and its words' span: ``#``-headings by their marks, others by their numbering (一、 1; （一） 2; 1. 3;
    第…篇/章/节 1/2/3)."""
    m = _HEADING.fullmatch(text)
    if m is None or not (m.group(1) or m.group(2) or m.group(3)):
        return None
    if m.group(1):
        level = len(m.group(1))
    else:
        number = m.group(2) or m.group(3)
        level = 1 if number.endswith(("、", "篇")) and not number[0].isdigit() else 2 if number.endswith(("）", ")", "章")) else 3
    return level, m.start(4), m.end(4)


_HEADING = re.compile(r"\s*(#{1,6})?\s*((?:第[一二三四五六七八九十百]+[篇章节])?)\s*([（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])?"
                      r"\s*([^，,；;：:。]{2,24}?)[。.]?\s*")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
_HEADING_VERB = re.compile(r"^(?:壮大|提升|培育|做强|做大|发展|打造|加快发展|大力发展|推动|建设)")
_HEADING_KIND = re.compile(r"(?:产业集群|产业链|集群|产业|行业)$")
# a heading whose children are industries: it ends on the kind of list they make up (二、主导产业, 二、重点发展方向)
_INDUSTRIES_BELOW = re.compile(r"(?:主导|重点|优势|特色|支柱|新兴|首位)(?:产业|产业链|行业)$|(?:重点)?发展方向$|重点领域$|产业方向$|产业体系$")
_NOT_AN_INDUSTRY_HEAD = re.compile(r"(?:布局|现状|目标|措施|保障|概况|政策|支持|服务|资源|创新|开拓|机制|任务|要求|原则|思路|环境|建设|合作|管理|监督|附则)$")
_COUNTED_HEAD = re.compile(r"[两二三四五六七八九十]大|[0-9]+(?:个|大|条)")  # 培育四大新兴产业: the roles of a system, not one industry
_CLASS_LABELS = set(lx.INDUSTRY_CLASSES) | {"制造业", "工业", "先进制造业", "服务业", "现代服务业", "数字经济", "实体经济", "产业"}


def _the_one_singled_out(triples: list[tuple], texts: dict[int, str]) -> list[tuple]:
    """``邵东市、湘乡市和冷水江市也榜上有名,其中冷水江市以锑品加工和钢铁为支柱产业``: what the clause after 其中 says of the
    place it singles out is that place's alone, not the others' listed before it."""
    singled: dict[int, list[tuple[int, str]]] = {}  # sentence → (where 其中 is, the key of the place it names)
    for a, p, b, c, i in triples:
        if a.type == "Region" and i in texts and texts[i].endswith(("其中", "其中,", "其中，"), 0, a.start):
            singled.setdefault(i, []).append((texts[i].rfind("其中", 0, a.start), a.key))
    if not singled:
        return triples
    held = {(a.key, p, b.key, i) for a, p, b, c, i in triples}
    out = []
    for t in triples:
        a, p, b, c, i = t
        cut = next((key for at, key in singled.get(i, []) if a.type == "Region" and a.sentence == b.sentence == i
                    and a.start < at < b.start), None)
        # only where the edge was spread over the list that holds the singled-out place (全市…,其中阳新…涵盖了A、B is the city's)
        if p in ("hasPriorityIndustry", "hasDesignation") and cut is not None and a.key != cut and (cut, p, b.key, i) in held:
            continue
        out.append(t)
    return out


def _within_sections(triples: list[tuple], sections: dict[int, Mention], mentions: dict[int, list[Mention]]) -> list[tuple]:
    """What a place develops in a section on one industry, with the place not named there (the plan's own place): parts of
    the section's industry, which is the place's."""
    out = []
    for a, p, b, c, i in triples:
        whole = sections.get(i)
        if whole is not None and p == "hasPriorityIndustry" and a.type == "Region" and b.type == "Industry" and b.key != whole.key \
                and not any(m.type == "Region" and m.key == a.key for m in mentions[i]):
            out.append((b, "partOf", whole, False, i))
            out.append((a, "hasPriorityIndustry", whole, c, i))
        else:
            out.append((a, p, b, c, i))
    return out


def _listed_industries(lists, mentions: dict[int, list[Mention]], focus: Mention | None,
                       anaphors: dict[int, list[Mention]]) -> list[tuple]:
    """``(阳新)涵盖先进制造、现代服务业…等重点领域``: the place of the clause develops each listed industry; with none
    there, the place a word of the sentence means (在全省推行…,围绕A、B等23条重点产业链), else the article's."""
    out = []
    for items, cls, s in lists:
        first = items[0]
        kept = {(m.start, m.end): m for m in mentions[s.index] if m.type == "Industry"}
        # the class as read, or the mention that holds it (光伏 of 光伏产业链包括…)
        whole = (kept.get((cls.start, cls.end)) or next((k for (a, b), k in kept.items() if a == cls.start and b > cls.end), None)) \
            if cls else None
        if whole is None and s.text.endswith("从", 0, first.start) and _WHOLE_CHAIN.match(s.text, items[-1].end):
            # 集聚锂电企业41家,形成了从A、B到C的完整产业链: the stages of the industry the sentence names before them
            whole = max((k for (a, b), k in kept.items() if b < first.start - 1 and k not in items), key=lambda k: k.end, default=None)
            if whole is None:  # …的完整产业链,2025年信创产业营业收入突破3000亿元: or the industry of the clause right after
                after = _WHOLE_CHAIN.match(s.text, items[-1].end).end()
                clause = re.match(r"[,，][^,，;；。]{0,12}", s.text[after:])
                whole = min((k for (a, b), k in kept.items() if clause and after < a and b <= after + clause.end()),
                            key=lambda k: k.start, default=None)
        for item in items:
            ind = kept.get((item.start, item.end))
            if ind is not None and whole is not None:
                out.append((ind, "partOf", whole, False, s.index))
        cue = _PRIORITY_CUE.search(s.text[max(0, first.start - 8):first.start])
        if cue and re.search(r"(?:业务|产品)(?:范围)?$", s.text[:max(0, first.start - 8) + cue.start()]):
            cue = None  # 业务涵盖消费类电池、动力电池等领域: a firm's business (kg.extract.enumerations), no place's
        ranked = _PRIORITY_CLASS.match(s.text, items[-1].end)  # A、B两大主导产业: what the place leads with
        if not cue and not ranked:
            # 云南锡业股份有限公司…投产，锡焊料、锡基合金等产品远销欧美: the products of the one firm the sentence names
            firms = {m.key: m for m in mentions[s.index] if m.type == "Firm" and m.end <= first.start}
            if len(firms) == 1 and _GOODS_CLASS.match(s.text, items[-1].end):
                firm = next(iter(firms.values()))
                out.extend((firm, "inIndustry", kept[(i.start, i.end)], False, s.index) for i in items if (i.start, i.end) in kept)
            continue
        clause = max(s.text.rfind(c, 0, first.start) for c in ",;。:") + 1
        if cue is not None:
            owner = next((m for m in mentions[s.index] if m.type == "Industry" and 0 <= cue.start() + max(0, first.start - 8) - m.end <= 1
                          and m.start >= clause), None)
            if owner is not None:
                # 发电装备涵盖水电、火电等门类: the industry the clause opens with is made of the items, no place develops them
                out.extend((kept[(i.start, i.end)], "partOf", owner, False, s.index) for i in items if (i.start, i.end) in kept)
                continue
        regions = [m for m in mentions[s.index] if m.type == "Region" and clause <= m.start and m.end <= first.start]
        firms = [m for m in mentions[s.index] if m.type == "Firm" and clause <= m.start and m.end <= first.start]
        if cue is not None and cue.group(0).startswith("发展") and firms and not any(r.start > firms[-1].end for r in regions):
            # 兰花科创利用无烟煤和煤层气资源发展尿素、甲醇等煤化工产品: what a firm develops are its trades
            out.extend((firms[-1], "inIndustry", m, False, s.index) for m in [kept.get((i.start, i.end)) for i in items] + [whole] if m)
            continue
        # no place in the clause: the article's place, unless someone else is speaking
        # a project package (涵盖…) or the place's own leading industries with no place in the clause are the article's place's
        speaking = _SPEAKER.search(s.text, 0, first.start)  # …厅相关负责人表示,将围绕A、B六大优势产业: the body's place
        # …the sentence's own place when it opens the sentence (茶陵县依托…,培育壮大A、B等特色产业), else the article's
        opening = min((m for m in mentions[s.index] if m.type == "Region" and m.end <= clause), key=lambda m: m.start, default=None)
        if opening is not None and not OPENING_WORDS.fullmatch(s.text, 0, opening.start):
            opening = None
        said = [w for w in anaphors.get(s.index, []) if w.type == "Region" and w.end <= first.start]
        if ranked:  # …等我区重点产业领域: the place word inside the class says whose
            said = [w for w in anaphors.get(s.index, []) if w.type == "Region" and ranked.start() <= w.start < ranked.end()] or said
        # 当地 says whose with any cue (当地依托…逐步形成了A、B等产品体系); 全市 does not (全市…形成了A、B四大门类 are parts)
        local = [w for w in said if s.text.startswith("当地", w.start)]
        if regions:
            place = regions[-1]
        elif speaking:
            place = None
        elif local:
            place = local[-1]
        elif ranked or re.match("涵盖|覆盖", cue.group(0)):
            place = opening or (said[-1] if said else None) or focus
        else:
            place = None
        whole_place = ranked and _WHOLE_PLACE.search(ranked.group(0))
        if place is None and whole_place and not speaking:
            # …等全省重点产业领域, in an article whose title opens with 山东: the province the title names
            level = _LEVEL_OF_WHOLE[whole_place.group(1)]
            place = next((m for m in mentions.get(min(mentions), []) if m.type == "Region" and m.level == level), None)
        if place is None:
            continue
        # 成都、重庆两地正在协同推进A、B等产业链共建: every place listed
        places = joined(regions, s.text) if regions else [place]
        for item in items + ([cls] if cls else []):
            ind = kept.get((item.start, item.end))
            if ind is not None:
                out.extend((p, "hasPriorityIndustry", ind, not regions, s.index) for p in places)
    return out


_ZONE_ENDING = re.compile(r"(?:新区|开发区|高新区|经开区|工业园区|产业园区|产业园|工业园|保税区|试验区|综合试验区)$")


def _zone_short_names(raw: dict[int, list[Mention]]) -> dict[str, Mention]:
    """贵州贵安新区 → 贵安新区: the zones a text names with the place they lie in first, by the rest of their name (four
    characters at least, and no place of its own)."""
    out: dict[str, Mention] = {}
    abbreviated: dict[str, list[tuple[str, Mention]]] = {}
    for ms in raw.values():
        for m in ms:
            place = opening_address(m.sentence, m.surface) if m.type == "Organization" and _ZONE_ENDING.search(m.surface) else None
            rest = m.surface[place.end:] if place is not None else ""
            if len(rest) >= 4 and opening_address(m.sentence, rest) is None and not find.is_zone_class(rest):
                out.setdefault(rest, m)
            kind = _ABBREVIATED_ZONE.search(m.surface) if m.type == "Organization" else None
            if kind and m.surface not in abbreviated:
                stem = m.surface[:kind.start()]
                stems = [stem] + ([stem[place.end:]] if place is not None and len(stem) - place.end >= 2 else [])
                abbreviated[m.surface] = [(st + short, m) for st in stems for short in _ZONE_ABBREVIATIONS[kind.group(0)]]
    # an abbreviation two zones share names neither
    shorts = Counter(short for forms in abbreviated.values() for short, _ in forms)
    for forms in abbreviated.values():
        out.update((short, m) for short, m in forms if shorts[short] == 1 and short not in abbreviated)
    return out


_ZONE_ABBREVIATIONS = {"经济技术开发区": ("开发区", "经开区"), "高新技术产业开发区": ("高新区",), "高新技术产业园区": ("高新区",)}
_ABBREVIATED_ZONE = re.compile("|".join(_ZONE_ABBREVIATIONS) + "$")


def _named_again(mentions: dict[int, list[Mention]], texts: dict[int, str], read: dict[str, Mention]) -> dict[int, list[Mention]]:
    """Every other place a sentence names one of ``read``'s industries with a shorter industry read inside it
    (汽车 of 汽车运输船), and no other mention: the whole industry, which replaces the words inside."""
    names = sorted(read, key=len, reverse=True)
    out = {}
    for i, ms in mentions.items():
        text, found = texts[i], []
        for name in names:
            if name not in text:
                continue
            for m in literals.finditer(name, text):
                a, b = m.start(), m.end()
                if any(x.start < b and a < x.end and not (x.type == "Industry" and a <= x.start and x.end <= b) for x in ms + found):
                    continue
                if not any(x.type == "Industry" and a <= x.start and x.end <= b and (x.start, x.end) != (a, b) for x in ms):
                    continue  # named whole already, or with nothing inside to mend
                like = read[name]
                found.append(Mention(i, a, b, name, "Industry", like.key, like.label))
        if not found:
            out[i] = ms
            continue
        inside = {x for x in ms for f in found if x.type == "Industry" and f.start <= x.start and x.end <= f.end}
        out[i] = sorted([x for x in ms if x not in inside] + found, key=lambda m: m.start)
    return out


_NOTICE_TITLE = re.compile(r"(?:通知|决定|公告|通告|意见|批复|函|统计公报)$")
_DATE_LINE = re.compile(r"\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")


def _signed_notice(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> list[tuple]:
    """关于公布…名单的通知 … 湖北省经济和信息化厅 / 2024年8月12日: the body that signs a notice at its foot, on a line
    of its own (above the date, or last, the date read as the notice's), issued it; a statistical bulletin is signed
    the same way under its title (芜湖市统计局 国家统计局芜湖调查队 / 2024年3月29日)."""
    own = next((m for s in sentences[:3] for m in mentions[s.index] if m.type == "Policy" and m.start <= 2
                and _NOTICE_TITLE.search(m.label)), None)
    if own is None:
        return []
    out = []
    foot = list(zip(sentences[-3:], sentences[-2:] + [None]))
    for s, nxt in foot + [(s, None) for s in sentences[1:2] if (s, None) not in foot]:  # the line under the title, dated or not
        bodies = [m for m in mentions[s.index] if m.type == "Organization"]
        alone = "".join(m.surface for m in bodies) == re.sub(r"[\s、]", "", s.text)
        if bodies and alone and s.cell is None and (nxt is None or _DATE_LINE.fullmatch(nxt.text)):
            out.extend((own, "issuedBy", b, False, s.index) for b in bodies)
    return out


def _title_relations(sentences: list[Sentence], mentions: dict[int, list[Mention]], lex) -> list[tuple]:
    """A statute's own title: adopted by the congress in its header lines; ``X促进Y产业发展条例``
    says that X develops Y."""
    own = next((m for s in sentences for m in mentions[s.index] if m.type == "Policy" and m.surface.endswith(statute.TITLE_ENDINGS)
                and s.index <= 3 and m.start <= 2), None)
    if own is None:
        return []
    out = []
    for s in sentences[: 8]:
        for body in statute.adopting_bodies(s.text, [m for m in mentions[s.index] if m.type == "Organization"]):
            out.append((own, "issuedBy", body, False, s.index))
    return out + _policy_place_industry(own, lex)


def _policy_industries(mentions: dict[int, list[Mention]], lex) -> list[tuple]:
    """``“十三五”国家战略性新兴产业发展规划``, ``景宁畲族自治县促进惠明茶产业发展条例``: a policy whose title names an
    industry targets it (kg:inIndustry, as the ontology has it for policies); once per policy, at its first mention."""
    return [(m, "inIndustry", ind, False, m.sentence) for m in _first_mentions(mentions, "Policy") for ind in _title_industries(m, lex)]


def _first_mentions(mentions: dict[int, list[Mention]], type_: str) -> list[Mention]:
    """The first mention of each entity of a type, in text order."""
    seen: dict[str, Mention] = {}
    for i in sorted(mentions):
        for m in mentions[i]:
            if m.type == type_ and m.key not in seen:
                seen[m.key] = m
    return list(seen.values())


def _title_industries(policy: Mention, lex) -> list[Mention]:
    """The industries a policy's title names with 产业/行业, or as the reference lexicon has them."""
    out = []
    for ind in find.industries(policy.sentence, policy.label, lex.industries):
        surface = ind.surface
        places = [p for p in gazetteer().find(0, surface) if p.start == 0]
        surface = surface[places[0].end:] if places and len(surface) - places[0].end >= 2 else surface  # 禅城区生命健康产业
        if not (surface.endswith(("产业", "行业")) or surface in lex.industries):
            continue
        hit = lex.industries.get(surface) or lex.industries.get(industry_label(surface))
        key, label = hit if hit else (entity_key(industry_label(surface)), industry_label(surface))
        out.append(Mention(policy.sentence, policy.start, policy.end, surface, "Industry", key, label))
    if not out and (m := _PROMOTED_TRADE.search(policy.label)):  # 黑龙江省促进乳业高质量发展条例: a trade named by its 业
        out.append(Mention(policy.sentence, policy.start, policy.end, m.group(1), "Industry", entity_key(m.group(1)), m.group(1)))
    return out


_PROMOTED_TRADE = re.compile(rf"促进([{lx.CJK}]{{0,5}}[{lx.CJK}](?<!企|就|创|产|行|事|专|物)业)(?:高质量|健康|持续)?发展")


def _policy_place_industry(own: Mention, lex) -> list[tuple]:
    """``佛山市南海区促进生物医药产业发展扶持和奖励办法``: the place a document opens with develops the
    industry it promotes."""
    out = []
    title = own.label
    places = [p for p in gazetteer().find(own.sentence, title) if p.level != "country"]
    cue = re.search(r"促进|发展|保护|扶持|建设|打造|培育|壮大|做强", title)  # 加快建设X产业集聚区行动方案 too
    if places and cue and places[0].start == 0:
        place = places[0]
        for r in places[1:]:
            if r.start == place.end and r.level != "town":
                place = r
        region = Mention(own.sentence, own.start + place.start, own.start + place.end, place.surface, "Region", place.key, place.label, place.level)
        promoted = _title_industries(own, lex)[:1]  # the industry the title names first (the one the policy targets)
        out.extend((region, "hasPriorityIndustry", ind, False, own.sentence) for ind in promoted)
    return out


def _placed_titles(mentions: list[Mention], s: Sentence, gaz) -> list[tuple]:
    """A title written with its holder's name: 苏州工业园区国家自主创新示范区 (the place right before it),
    中国医疗器械(三水)产业基地 (the place in brackets)."""
    out = []
    for d in (m for m in mentions if m.type == "Designation"):
        before = next((r for r in mentions if r.type == "Region" and r.end == d.start and r.level != "country"), None)
        firm_title = d.label.endswith(("企业", "公司", "单位", "产品", "项目", "工厂"))  # 余姚市国家级…冠军企业: holders counted
        if before is not None and d.label.startswith(("国家", "省级", "省", "中国", "全国")) and not firm_title:
            out.append((before, "hasDesignation", d, False))
        for b in re.finditer(r"[(（]([^()（）]{2,8})[)）]", d.surface):
            for r in gaz.find(s.index, b.group(1)):
                r = Mention(s.index, d.start + b.start(1) + r.start, d.start + b.start(1) + r.end, r.surface, "Region", r.key, r.label, r.level)
                out.append((r, "hasDesignation", d, False))
    return out


def _recurring_towns(raw: dict[int, list[Mention]], sentences: list[Sentence]) -> dict[int, list[Mention]]:
    """A town or village found once under its county (东阳市南马镇花园村) is the same place wherever
    its name recurs alone (近年来,花园村又发展起…)."""
    named = {m.surface: m for ms in raw.values() for m in ms if m.type == "Region" and m.level in ("town", "village") and len(m.surface) >= 3}
    # 濮院镇 … 濮院被称为…: a town's name without 镇, when it is no common word
    named.update({m.surface[:-1]: m for m in list(named.values()) if m.level == "town" and m.surface[-1] in "镇乡"
                  and len(m.surface) >= 3 and segment.word_freq(m.surface[:-1]) < 50 and m.surface[:-1] not in named})
    if not named:
        return raw
    out = {}
    for s in sentences:
        ms = list(raw.get(s.index, []))
        for name, m in sorted(named.items()):
            for hit in literals.finditer(name, s.text):
                if not any(o.start < hit.end() and hit.start() < o.end for o in ms):
                    ms.append(Mention(s.index, hit.start(), hit.end(), s.text[hit.start():hit.end()], "Region", m.key, m.label, m.level))
        out[s.index] = ms
    return {**raw, **out}


_ELSEWHERE = re.compile(r"在|到|赴|落户|前往")


def _place_towns(raw: dict[int, list[Mention]], texts: dict[int, str]) -> tuple[dict[int, list[Mention]], dict[str, Mention]]:
    """Give each town or village one key per document: its name under the region it is written
    after (阳新县富池镇 → ``420222-富池镇``), else under a county named earlier in the same sentence."""
    parents: dict[str, Mention] = {}
    for ms in raw.values():
        regions = sorted((m for m in ms if m.type == "Region"), key=lambda m: m.start)
        for m in regions:
            if m.level not in ("town", "village"):
                continue
            adjacent = next((p for p in regions if p.end == m.start and p.level not in ("province", "macro", "country")), None)
            before = next((p for p in reversed(regions) if p.end <= m.start), None)
            if adjacent is None and m.level == "village" and before is not None and m.start - before.end <= 2:
                # 陈家港镇的王商村 (的), …王商村、立新村 (a list): the town named just before, or the list's town
                adjacent = before if before.level == "town" else parents.get(before.key) if before.level == "village" else None
            if adjacent is None and m.level == "town":
                adjacent = next((p for p in reversed(regions) if p.end <= m.start and p.level == "county"), None)
                if adjacent is not None and _ELSEWHERE.search(texts.get(m.sentence, ""), adjacent.end, m.start):
                    adjacent = None  # 晋江市的企业在闽宁镇设立车间: the town is where the county's firms go, not in it
            if adjacent is not None and (m.key not in parents or regions.index(adjacent) == regions.index(m) - 1):
                parents[m.key] = adjacent
    keyed: dict[str, str] = {}

    def key_of(name: str, seen: tuple[str, ...] = ()) -> str:
        if name in keyed:
            return keyed[name]
        parent = parents.get(name)
        if parent is None or name in seen:
            return name
        parent_key = key_of(parent.key, seen + (name,)) if parent.level in ("town", "village") else parent.key
        keyed[name] = f"{parent_key}-{name}"
        return keyed[name]

    out = {i: [Mention(m.sentence, m.start, m.end, m.surface, m.type, key_of(m.key), m.label, m.level)
               if m.type == "Region" and m.level in ("town", "village") else m for m in ms] for i, ms in raw.items()}
    by_new_key = {}
    for name, parent in parents.items():
        if parent.level in ("town", "village"):
            parent = Mention(parent.sentence, parent.start, parent.end, parent.surface, parent.type, key_of(parent.key), parent.label, parent.level)
        by_new_key[key_of(name)] = parent
    return out, by_new_key


_REPORT_HEARD = re.compile(r"在(.{2,14}?)第[一二三四五六七八九十]+届人民代表大会|(.{2,14}?)人民政府(?:代理)?(?:县长|市长|区长|省长|州长|旗长)")


def _report_place(title: str | None, sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> Mention | None:
    """``政府工作报告(摘要)`` … ``在嘉善县第十七届人民代表大会第四次会议上``: a government's work report speaks for
    the place whose congress hears it, or whose head delivers it, throughout."""
    if title and "政府工作报告" not in title:
        return _plan_place(title)
    if not title:
        return None
    for s in sentences[:5]:
        heard = _REPORT_HEARD.search(s.text)
        if heard:
            start, end = heard.span(1) if heard.group(1) else heard.span(2)
            places = [m for m in mentions.get(s.index, []) if m.type == "Region" and start <= m.start and m.end <= end
                      and m.level in ("county", "city", "province")]
            if places:
                return places[-1]  # 浙江省嘉善县: the county
    # 2019年永康市人民政府工作报告: the government the title names
    named = [r for r in gazetteer().find(0, title) if r.level in ("county", "city", "province")
             and title.startswith(("人民政府", "政府"), r.end)]
    return Mention(0, named[-1].start, named[-1].end, named[-1].surface, "Region", named[-1].key, named[-1].label, named[-1].level) \
        if named else None


_PLAN_TITLE = re.compile(r"(?:规划|行动方案|实施方案|工作方案|行动计划|实施意见|若干措施|若干政策|纲要|统计公报)(?:[(（][^()（）]*[)）])?$")
_TITLE_YEAR = re.compile(r"\d{4}年度?")
_LIST_NOTICE_TITLE = re.compile(r"名单的?(?:通知|公告|公示|通报)$")


def _plan_place(title: str) -> Mention | None:
    """``宜宾市加快建设动力电池产业集聚区行动方案``, ``2023年宜兴市国民经济和社会发展统计公报``: a place's own plan or
    statistical bulletin speaks for the place throughout, as a work report does (its clauses with no subject are the place's: 围绕正极材料、负极材料…); a cover letter's plan is the one it prints; a notice publishing a list
    (关于公布…贵州省专精特新中小企业名单的通知) speaks for the one place its title names."""
    printed = re.search(r"《([^《》]+)》", title)
    plan = printed.group(1) if printed else title
    if _LIST_NOTICE_TITLE.search(title):
        # 关于公布2023年度贵州省专精特新中小企业名单的通知: the place whose list it is, whichever city its firms name most
        places = [r for r in gazetteer().find(-1, title) if r.level in ("province", "city", "county")]
        return replace(places[0], start=0, end=0) if len(places) == 1 else None
    if not _PLAN_TITLE.search(plan):
        return None
    year = _TITLE_YEAR.match(plan)
    plan = plan[year.end():] if year else plan  # 2023年宜兴市国民经济和社会发展统计公报: the place after the year
    place = opening_address(-1, plan)
    return replace(place, start=0, end=0) if place is not None else None


_TITLE_SELF = re.compile(r"[我本](省|市|县|区)")


def _focus(mentions: dict[int, list[Mention]]) -> Mention | None:
    """The article's main place: the county or city named most, if it dominates."""
    counts = Counter(m.key for ms in mentions.values() for m in ms if m.type == "Region" and m.level in ("county", "city"))
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    if n < 3 or n < 0.4 * sum(counts.values()):
        return None
    return next(m for ms in mentions.values() for m in ms if m.key == key and m.type == "Region")


def _known_firms(s: Sentence, names: list[str]) -> list[Mention]:
    """Every mention of the firm ``names`` (in a fixed order, longest first: extraction must be repeatable)."""
    out = []
    for name in names:
        if name not in s.text:
            continue  # most are absent: spare the call
        for m in literals.finditer(name, s.text):
            end = m.end()
            suffix = _FIRM_SUFFIX_AFTER.match(s.text[end:])
            plant = _PLANT_AFTER.match(s.text[end:])
            if plant and ("的" in plant.group(0) or plant.group(0).startswith("中国") or plant.group(0)[-3:-2] == "新"):
                plant = None  # 梯瓦的中国工厂: the firm and its plant in China; 一汽解放新基地: its new base, no name
            site = _TRADE_SITE_AFTER.match(s.text[end:]) if not plant else None
            if site and not gazetteer().find(0, site.group(1)):
                # 一汽解放新能源智能制造基地: a site named for what it makes, the firm's own (kg.extract.pipeline._unit_owner)
                surface = s.text[m.start():end + site.end()]
                out.append(Mention(s.index, m.start(), end + site.end(), surface, "Organization", entity_key(surface), surface))
            if plant:
                out.append(Mention(s.index, m.start(), end + plant.end(), s.text[m.start():end + plant.end()], "Firm",
                                   entity_key(s.text[m.start():end + plant.end()]), s.text[m.start():end + plant.end()]))
            elif suffix and suffix.group(0) not in ("科技", "智能", "新能源", "材料") and not suffix.group(0).endswith(_LEGAL_ENDINGS):
                # 吉利集团 is 吉利; 比亚迪股份有限公司 is its own legal name, which the short name 比亚迪 joins later
                surface = s.text[m.start():end + suffix.end()]
                out.append(Mention(s.index, m.start(), end + suffix.end(), surface, "Firm", entity_key(name), name))
            else:
                out.append(Mention(s.index, m.start(), end, name, "Firm", entity_key(name), name))
    return out


_FIRM_SUFFIX_AFTER = re.compile(literals.alternatives(lx.FIRM_SUFFIXES))


def _trades_in_names(mentions: dict[int, list[Mention]]) -> list[tuple]:
    """``江苏国茂减速机股份有限公司`` in a text that names 减速机 as an industry: a firm named for its trade is in it."""
    industries = {m.label: m for ms in mentions.values() for m in ms
                  if m.type == "Industry" and len(m.label) >= 2 and m.label not in _BROAD_TRADES}
    out = []
    for m in _first_mentions(mentions, "Firm"):
        core = _NAME_TAIL.sub("", m.label)
        trade = next((t for t in sorted(industries, key=len, reverse=True) if core.endswith(t) and len(core) - len(t) >= 2), None)
        if trade is not None:
            out.append((m, "inIndustry", industries[trade], False, m.sentence))
    return out


# words a firm's name ends with for a wide field, not its trade (宁德时代新能源科技, 佛山体必康生物科技); 基地 is no trade
_BROAD_TRADES = {"新能源", "新材料", "生物", "能源", "材料", "电子", "智能", "基地", "技术", "信息"}
# what a legal name ends with after its trade: 股份有限公司, 集团, 科技…
_NAME_TAIL = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|集团|控股|股份|科技|实业|公司|[(（][^()（）]{2,6}[)）])+$")


def _plants_trades(triples: list[tuple]) -> list[tuple]:
    """``天齐锂业射洪基地主要生产碳酸锂``: what a firm's plant makes is the firm's industry too."""
    owner = {a.key: b for a, p, b, _, _ in triples if p == "partOf" and a.type == b.type == "Firm" and _PLANT.search(a.label)}
    return [(owner[a.key], "inIndustry", b, True, i) for a, p, b, _, i in triples if p == "inIndustry" and a.key in owner]


def _chain_leaders_trades(triples: list[tuple], mentions: dict[int, list[Mention]], texts: dict[int, str]) -> list[tuple]:
    """``航空产业链以中航西飞为“链主”``, ``以新能源汽车产业链为例,比亚迪…被确定为“链主”企业``: the leader of an industry's
    chain works in that industry: the chain named between the firm and its title (确定卫华集团有限公司为起重装备产业链
    “链主”企业), else the one its sentence names before the firm."""
    out = []
    for a, p, b, _, i in triples:
        if p != "hasDesignation" or b.label != "“链主”企业" or a.type != "Firm" or i not in texts:
            continue
        chains = [m for m in mentions[i] if m.type == "Industry" and (m.surface.endswith("产业链") or texts[i].startswith("产业链", m.end))]
        named = [m for m in chains if a.end <= m.start and m.end <= b.start] or [m for m in chains if m.end <= a.start]
        if named:
            out.append((a, "inIndustry", max(named, key=lambda m: m.start), False, i))
    return out


def _member_firms_trades(triples: list[tuple], ents: dict[tuple[str, str], Entity]) -> list[tuple]:
    """``包头市稀土新材料集群…集聚了北方稀土、金力永磁等一批骨干企业``: a firm of a cluster named for an industry the
    text names is in that industry."""
    industries = {n: (e.key, e.label) for (t, _), e in ents.items() if t == "Industry" for n in (e.label, *e.aliases)}
    # …and the industries the rules read into relations (轨道交通装备 of the cluster's own name), then the reference's
    industries.update({m.label: (m.key, m.label) for t in triples for m in (t[0], t[2]) if m.type == "Industry" and m.label not in industries})
    out = []
    for a, p, c, _, i in triples:
        if p != "memberOf" or a.type != "Firm" or c.type != "Cluster" or c.level == "tier":
            continue
        address = opening_address(i, c.label)
        words = c.label[address.end:] if address is not None else c.label
        for item in _name_trades(words):
            key, label = industries.get(item) or industries.get(item + "产业") or lexicon().industries.get(item, (None, None))
            if key is not None:
                out.append((a, "inIndustry", Mention(i, 0, 0, label, "Industry", key, label), True, i))
    return out


# 一汽解放新能源智能制造基地: a firm's site named for what it makes; not …股份有限公司等整车企业在区内建有生产基地
_TRADE_SITE_AFTER = re.compile(rf"(?!股份|有限|集团|公司|控股)((?:(?!建设|新建|扩建|建成|打造|投资|布局|落户|企业)[^\W\d_的等在有和及与、]){{3,10}}?)"
                               r"(?:智能制造|制造|生产|研发|产业)基地")
# 吉利长兴基地; not …公司建设基地, a verb and what it builds
_PLANT_AFTER = re.compile(rf"(?!建设|新建|扩建|建成|打造|投资|布局|落户|生产|研发)[{lx.CJK}]{{2,3}}?(?:基地|工厂)")


def _resolve(mentions: list[Mention]) -> list[Mention]:
    """Keep one reading of each stretch of text: longer spans win, then TYPE_PRIORITY.

    Organisations inside a policy title stay (``《国务院关于…》`` names its issuer), and so do
    the board and the industry a title names (太湖科技板挂牌企业, 浙江省X产业发展基地).
    """
    ordered = sorted(set(mentions), key=lambda m: (-(m.end - m.start), TYPE_PRIORITY[m.type], m.start, m.key, m.label, m.surface))
    kept: list[Mention] = []
    for m in ordered:
        clash = [k for k in kept if k.start < m.end and m.start < k.end]
        if not clash or all((k.type, m.type) in _NESTED and k.start <= m.start and m.end <= k.end and k.end - k.start > m.end - m.start
                            for k in clash):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


_LEVEL = re.compile(r"国家级|省级|市级|国家")
_NESTED = {("Policy", "Organization"), ("Policy", "Policy"), ("Designation", "Organization"), ("Designation", "Industry")}
_NAMED_BODY = re.compile(r"(?:委|政府)$")  # 赣州市委, 遵义市人民政府: a local body named with its place
_BODY_WORDS = ("自治县", "自治区", "县", "市", "省", "区")  # the kind of place a local body is named by, longest first
_BODY_LEVEL = {"自治县": "county", "自治区": "province", "县": "county", "区": "county", "市": "city", "省": "province"}


def _canonical(mentions: list[Mention], focus: Mention | None, lex, recent: dict[str, Mention] | None = None,
               bodies: dict[str, Mention] | None = None) -> list[Mention]:
    """Map surfaces onto reference entities and context: 县政府 → the government of the article's
    county, or else of the county named last before it."""
    out = []
    named_body: tuple[int, Mention] | None = None  # where the last body named with its place ends, and that place
    for m in mentions:
        level = _LEVEL.match(m.surface) if m.type == "Designation" else None
        if m.type == "Organization" and not _local_body(m.surface) and _NAMED_BODY.search(m.surface):
            place = opening_address(-1, m.surface)
            named_body = (m.end, place) if place is not None else named_body
        if m.type == "Designation" and m.surface not in lex.designations and level and m.surface[level.end():] in lex.designations:
            # 国家级制造业单项冠军企业: the national programme's own title, at the level it is granted
            key, label = lex.designations[m.surface[level.end():]]
            m = Mention(m.sentence, m.start, m.end, m.surface, m.type, key, label)
        elif m.type == "Designation" and m.surface in lex.designations:
            key, label = lex.designations[m.surface]
            m = Mention(m.sentence, m.start, m.end, m.surface, m.type, key, label)
        elif m.type == "Cluster" and _tier_name(m.surface, lex) is not None:
            key, label = lex.tiers[_tier_name(m.surface, lex)]
            m = Mention(m.sentence, m.start, m.end, m.surface, m.type, key, label, "tier")
        elif m.type == "Industry":
            hit = lex.industries.get(m.surface) or lex.industries.get(industry_label(m.label))
            label = hit[1] if hit else industry_label(m.label)
            key = hit[0] if hit else entity_key(label)
            m = Mention(m.sentence, m.start, m.end, m.surface, m.type, key, label)
        elif m.type == "Organization" and _local_body(m.surface) and not _body_place(m.surface, focus, recent):
            continue  # 市委 with no city in sight: no name can be given to it
        elif m.type == "Organization" and _local_body(m.surface) and _body_place(m.surface, focus, recent):
            word = next(w for w in _BODY_WORDS if m.surface.startswith(w))
            place = _body_place(m.surface, focus, recent)
            if named_body is not None and 0 <= m.start - named_body[0] <= 1 and anaphora.kind_of(named_body[1]) == word:
                place = named_body[1]  # 赣州市委、市政府和南康市委: the government of the place whose committee comes before
            # 市人民政府 of 南康市 (today's 南康区) in its report of 2013: the place as the text names it
            name = place.surface if place.surface.endswith(word) and not place.label.endswith(word) else place.label
            label = name + m.surface[len(word):] if name.endswith(word) else name + m.surface
            m = Mention(m.sentence, m.start, m.end, m.surface, m.type, entity_key(label), label)
            if bodies is not None and m.surface.endswith("人民政府"):
                bodies[m.key] = place  # the statute's formal 自治县人民政府 is the county's, and sits in it
        out.append(m)
    return out


def _tier_name(surface: str, lex) -> str | None:
    """The tier a cluster phrase names: as the reference data writes it, or with the level before it
    (国家中小企业特色产业集群)."""
    for name in (surface, re.sub(r"^(?:国家级|国家|全国)", "", surface)):
        if name in lex.tiers:
            return name
    return None


def _local_body(surface: str) -> bool:
    """县政府, 省科学技术厅: a body named by the kind of its place alone."""
    return surface in lx.LOCAL_BODIES or lx.LOCAL_DEPARTMENT.fullmatch(surface) is not None


def _body_place(surface: str, focus: Mention | None, recent: dict[str, Mention] | None) -> Mention | None:
    word = next(w for w in _BODY_WORDS if surface.startswith(w))
    level = _BODY_LEVEL[word]
    if focus is not None and (focus.level == level or word in ("市", "县", "区") and anaphora.kind_of(focus) == word):
        return focus  # 市人民政府 in a report on 晋江市, a county-level city: its own government
    place = (recent or {}).get(level)
    if place is None and level == "city":
        # 上海市人民政府 in a Shanghai text: the municipality is a province-level city
        province = (recent or {}).get("province")
        place = province if province is not None and province.key[:2] in ("11", "12", "31", "50") else None
    if place is None and focus is not None and focus.key.isdigit():
        # 在省委、省政府和市委的坚强领导下 in a text on 遵义: the province 遵义 lies in
        up = next((p for p in ancestors(focus.key) if p.level == level), None)
        place = None if up is None else Mention(focus.sentence, 0, 0, up.name, "Region", up.code, up.name, up.level)
    return place


_ORG_SUFFIX_KINDS = sorted(lx.ORG_SUFFIXES.items(), key=lambda kv: -len(kv[0]))  # longest suffix first


def _subtype(m: Mention) -> str | None:
    if m.type == "Region":
        return m.level
    if m.type == "Cluster" and m.level == "tier":
        return "tier"
    if m.type == "Organization":
        if m.label in lx.NAMED_ORGS:
            return lx.NAMED_ORGS[m.label]
        for suffix, kind in _ORG_SUFFIX_KINDS:
            if m.label.endswith(suffix):
                return kind
        for abbr, full in lx.ORG_ABBREVIATIONS.items():
            if m.label == full:
                return lx.NAMED_ORGS.get(abbr)
    return None


_SCHOOL = re.compile("大学|学院")  # 中山大学 is named for a man, not for 中山市


def _province_of(code: str, gaz) -> str:
    """The province a region lies in (itself for a province)."""
    return next((a for a in gaz.ancestors(code) if a.endswith("0000")), code)


def _name_relations(mentions: list[Mention], s: Sentence, lex, provinces: set[str] = frozenset()) -> list[tuple[Mention, str, Mention, bool]]:
    """What a name itself says: 吉利长兴基地 is part of 吉利 and in 长兴; 三众汽车部件 makes auto parts. A firm's name opening
    with a bare county stem of a province the text names nowhere (宝丰能源 in an article on 陕西) is no place's."""
    out = []
    gaz = gazetteer()
    for m in mentions:
        if m.type not in ("Firm", "Organization") or "人民代表大会" in m.label or "驻" in m.label:
            continue  # a congress is placed by its own edges; 黄石市驻汉办 sits in 武汉, not in 黄石
        # 中国药科大学: the country frames every article; 宁德时代, a brand, names no place
        # 宁德时代新能源科技股份有限公司: a well-known short name the legal name opens with places nothing (宁德 is the brand's)
        brand = (known_firm_at(m.surface, 0) or "") if m.type == "Firm" else ""
        inner = [r for r in gaz.find(s.index, m.surface) if r.level != "country" and r.start >= len(brand)]
        if m.type == "Firm" and inner and inner[0].start == 0 and inner[0].level == "county" and inner[0].surface != inner[0].label \
                and provinces and _province_of(inner[0].key, gaz) not in provinces:
            inner = []  # 宝丰能源: a brand that reads like Henan's 宝丰县, in a text that names no place of Henan
        if not inner and m.type == "Organization" and not _SCHOOL.search(m.surface):
            # 上海海关: the segmenter keeps the name one word, so the place it opens with is no token of its own
            inner = next(([r] for k in (3, 2) for r in gaz.find(s.index, m.surface[:k])
                          if r.start == 0 and r.end == k and r.level not in ("country", "town", "village")
                          and m.surface[k:k + 1] not in WATER_AFTER_STEM), [])  # 杭州湾新区: the bay's, not 杭州's
        opening = 2 if m.surface.startswith("中共") else 0
        dot = m.surface.find("·", 0, 6)
        if dot != -1:  # 北京·沧州渤海新区生物医药产业园: the co-builder's place before the dot places nothing
            opening, inner = dot + 1, [r for r in inner if r.start > dot]
        # 盐城市响水县陈家港镇化工园区: the places a name opens with sit in each other, and in the one before the name
        placed = [Mention(s.index, m.start + r.start, m.start + r.end, r.surface, "Region", r.key, r.label, r.level)
                  for r in inner if r.level in ("province", "city", "county")]
        outer = next((r for r in mentions if r.type == "Region" and r.end == m.start), None)
        for parent, child in zip(([outer] if outer else []) + placed, placed if outer else placed[1:]):
            if child.start != parent.end:
                break
            if parent.key in gaz.ancestors(child.key):
                out.append((child, "locatedIn", parent, False))
        for n, r in enumerate(inner):
            region = Mention(s.index, m.start + r.start, m.start + r.end, r.surface, "Region", r.key, r.label, r.level)
            if r.start == opening or (m.type == "Firm" and _PLANT.search(m.surface)):
                # 佛山市禅城区政府: the last place of the chain the name opens with
                while n + 1 < len(inner) and inner[n + 1].start == r.end and inner[n + 1].level not in ("town", "village") \
                        and r.key in gaz.ancestors(inner[n + 1].key):  # 浙江大丰实业: 大丰 is a brand, not Jiangsu's 大丰区
                    n, r = n + 1, inner[n + 1]
                    region = Mention(s.index, m.start + r.start, m.start + r.end, r.surface, "Region", r.key, r.label, r.level)
                out.append((m, "locatedIn", region, False))
                break
        owner = _unit_owner(m.surface) if m.type == "Organization" else None
        if owner:  # 吉利研究院, 正泰集团研究院, 立讯精密智能制造产业园: a firm's institute or park is part of the firm
            out.append((m, "partOf", Mention(s.index, m.start, m.start + len(owner), owner, "Firm", entity_key(owner), owner), False))
        if m.type == "Firm":
            plant = _PLANT.search(m.surface)
            if plant:
                parent_name = inner[0].surface if inner else None
                base = m.surface.split(parent_name)[0] if parent_name else m.surface[: plant.start()]
                abroad = next((c for c in lx.COUNTRIES if base.endswith(c) and len(base) - len(c) >= 2), "")
                base = base[: len(base) - len(abroad)]  # 宁德时代匈牙利工厂: 宁德时代's plant in Hungary
                if base:
                    out.append((m, "partOf", Mention(s.index, m.start, m.start + len(base), base, "Firm", entity_key(base), base), False))
            for surface in sorted({m.surface, m.label}, key=len):
                ind = _industry_in_name(surface, lex)
                if ind:
                    key, label = ind
                    out.append((m, "inIndustry", Mention(s.index, m.start, m.end, label, "Industry", key, label), False))
                    break
    return out


_FIRM_UNIT = re.compile(r"(?:研究院|研究所|研发中心|技术中心|工程中心|实验室|创新中心)$")
_FIRM_PARK = re.compile(r"(?:产业园|工业园|科技园|产业园区|制造基地|生产基地|研发基地|产业基地)$")


def _unit_owner(name: str) -> str | None:
    """The firm whose research unit or park ``name`` is (吉利研究院 → 吉利, 正泰集团研究院 → 正泰集团, 比亚迪股份有限公司研究院 → its
    legal name, 立讯精密智能制造产业园 → 立讯精密): a well-known firm's name, with 集团 or 公司 after it or not, or a name with
    a firm's legal ending; a park's only the well-known name."""
    if _FIRM_PARK.search(name):
        return known_firm_at(name, 0)  # 立讯精密智能制造产业园: a well-known firm's own park
    unit = _FIRM_UNIT.search(name)
    owner = name[: unit.start()] if unit else ""
    known = known_firm_at(owner, 0) if owner else None
    if known and re.fullmatch(r"(?:集团|公司|股份|控股)?", owner[len(known):]):
        return owner
    return owner if len(owner) >= 6 and owner.endswith(_LEGAL_ENDINGS) else None


def _framing_parent(place: Mention | None, sentences: list[Sentence], triples: list[tuple], gaz) -> list[tuple]:
    """The article's place lies in the nearest of its parents the text names anywhere, even inside a body's
    name (景宁's statute, approved by 浙江省第十三届人民代表大会常务委员会): one contextual edge, unless a sentence gave one."""
    if place is None or not place.key.isdigit() or any(t[0].key == place.key and t[1] == "locatedIn" for t in triples):
        return []
    named = {}  # every place the text names, with the sentence that names it first
    for s in sentences:
        for r in gaz.find(s.index, s.text):
            named.setdefault(r.key, (r, s.index))
    for code in gaz.ancestors(place.key):  # nearest first
        if code in named and getattr(gaz.place(code), "level", None) != "country":
            hit, index = named[code]
            return [(place, "locatedIn", hit, True, index)]
    return []


_LIST_NOTICE = re.compile(r"名单|入选|认定|确定|公布|公示|拟|评为|获评")


def _table_rows(sentences: list[Sentence], mentions: dict[int, list[Mention]], industry) -> list[tuple]:
    """A table of firms (kg.extract.tables): each row's firm lies in its place cell, works in its field
    cell, belongs to the cluster of its cluster cell, and holds the designation the notice lists (named before
    the table with 名单/入选/认定…)."""
    rows = tables.table_rows(sentences)
    if not rows:
        return []
    for row in tables.rows(sentences):
        if tables.header(row) is not None:
            for cell in row:
                mentions[cell.index] = []  # 所属行业 heads a column; it names no industry
    first = min(cell.index for _, cells in rows for cell in cells.values())
    designation = _notice_designation(sentences, mentions, first)
    tiers = {m.key: m for s in sentences if s.index < first for m in mentions[s.index] if m.type == "Cluster" and m.level == "tier"}
    tier = next(iter(tiers.values())) if len(tiers) == 1 else None
    out = []
    for columns, cells in rows:
        cell = cells.get(columns.firm)
        firm = tables.firm_cell(cell, mentions[cell.index]) if cell is not None else None
        if firm is None:
            continue
        if firm not in mentions[cell.index]:
            # a name with no suffix (华为): the cell is the name, whatever a finder read inside it
            mentions[cell.index] = [firm]
        place_at = cells.get(columns.place) if columns.place is not None else None
        places = tables.place_cell(place_at, mentions[place_at.index]) if place_at is not None else []
        out.extend((firm, "locatedIn", place, True, cell.index) for place in places)
        field_at = cells.get(columns.industry) if columns.industry is not None else None
        if field_at is not None:
            fields = tables.industry_cell(field_at, mentions[field_at.index], industry)
            kept = [m for m in mentions[field_at.index] if not (m.type == "Industry" and any(
                f.start <= m.start and m.end <= f.end and (f.start, f.end) != (m.start, m.end) for f in fields))]
            mentions[field_at.index] = sorted(set(kept) | set(fields), key=lambda m: (m.start, m.end, m.key))
            out.extend((firm, "inIndustry", f, True, cell.index) for f in fields)
        title_at = cells.get(columns.designation) if columns.designation is not None else None
        titles = [m for m in mentions[title_at.index] if m.type == "Designation"] if title_at is not None else []
        if titles:  # 类别: 单项冠军示范企业, the row's own title, not the notice's
            out.extend((firm, "hasDesignation", t, True, cell.index) for t in titles)
        elif designation is not None:
            out.append((firm, "hasDesignation", designation, True, cell.index))
        cluster_at = cells.get(columns.cluster) if columns.cluster is not None else None
        if cluster_at is not None:
            # 曲周县天然色素产业集群: the firm is a member and works in the cluster's trade; the cluster is of the
            # notice's tier (县域特色产业集群), where the text before the table names one
            named = [m for m in mentions[cluster_at.index] if m.type == "Cluster" and m.level != "tier"]
            trades = [m for m in mentions[cluster_at.index] if m.type == "Industry"]
            out.extend((firm, "memberOf", c, True, cell.index) for c in named)
            out.extend((firm, "inIndustry", t, True, cell.index) for t in trades if named)
            out.extend((c, "memberOf", tier, True, cluster_at.index) for c in named if tier is not None)
    return out


def _place_words(sentences: list[Sentence], mentions: dict[int, list[Mention]], focus: Mention | None) -> dict[int, list[Mention]]:
    """Per sentence, the places its 该市/全县/县域 words mean (kg.extract.anaphora), where no name was read."""
    out = {}
    named: dict[str, Mention] = {}  # 县/市/区… → the region so named last
    for s in sentences:
        found = mentions[s.index]
        out[s.index] = [w for w in anaphora.place_words(s.text, s.index, focus, named, found)
                        if not any(m.start < w.end and w.start < m.end for m in found)]
        named.update({anaphora.kind_of(m): m for m in found if m.type == "Region" and anaphora.kind_of(m)})
    return out


def _firm_words(sentences: list[Sentence], mentions: dict[int, list[Mention]], the_firm: Mention | None) -> dict[int, list[Mention]]:
    """Per sentence, the firm a clause opening with 公司/该公司/该企业 means: the one firm the last three
    sentences named, where the sentence names none (``公司先后获评…``); throughout, the firm an announcement defines
    as 公司 (多氟多新材料股份有限公司(以下简称“公司”)), wherever a clause opens with that word."""
    out: dict[int, list[Mention]] = {}
    recent: list[tuple[int, Mention]] = []
    for s in sentences:
        found = mentions[s.index]
        defined = the_firm if the_firm is not None and the_firm.sentence <= s.index else None
        if not any(m.type == "Firm" for m in found) or defined is not None:
            nearby = {m.key: m for i, m in recent if s.index - i <= 3}
            if defined is not None or len(nearby) == 1:
                firm = defined or next(iter(nearby.values()))
                out[s.index] = [Mention(s.index, w.start(), w.end(), firm.label, "Firm", firm.key, firm.label)
                                for w in _THE_FIRM_WORD.finditer(s.text)
                                if not any(m.start < w.end() and w.start() < m.end for m in found)]
        recent.extend((s.index, m) for m in found if m.type == "Firm")
    return out


def _record_items(sentences: list[Sentence], mentions: dict[int, list[Mention]], announcer: Mention | None) -> dict[int, Mention]:
    """An announcement's numbered items (2.注册资本:5亿元) speak of the firm its section's 公司名称 item names, or else
    of the announcing firm (三、投资项目的基本情况 … 3.建设内容及规模:项目规划用地约280亩): per item, that firm as a
    mention where the item's key opens, which the item's figures take as their subject."""
    out: dict[int, Mention] = {}
    firm = None
    for s in sentences:
        if _SECTION.match(s.text):
            firm = None
            continue
        item = _RECORD_ITEM.match(s.text)
        if item is None:
            continue
        if item.group(1) in ("公司名称", "企业名称", "名称"):
            firm = next((m for m in mentions[s.index] if m.type == "Firm" and m.start == item.end()), firm)
            continue
        subject = firm or announcer
        if subject is not None and not any(m.type == "Firm" for m in mentions[s.index]):
            out[s.index] = replace(subject, sentence=s.index, start=item.start(1), end=item.start(1), surface="")
    return out


_RECORD_ITEM = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*([\u4e00-\u9fff]{2,8})\s*[:：]\s*")


def _defined_firm(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> Mention | None:
    """The firm an announcement defines as 公司: 多氟多新材料股份有限公司(以下简称“公司”)."""
    return next((m for s in sentences for d in _DEFINED_AS_THE_FIRM.finditer(s.text) for m in mentions[s.index]
                 if m.type == "Firm" and m.end == d.start()), None)


_DEFINED_AS_THE_FIRM = re.compile(r"[(（](?:以下简称|下称|简称)[:：]?[“\"]?(?:本)?公司[”\"]?[)）]")
_THE_FIRM_WORD = re.compile(r"(?:^|(?<=[,，;；。]))(?:该公司|该企业|该集团|这家公司|这家企业|公司|集团)(?=[\u4e00-\u9fff])")


_PLACE_HONOUR = re.compile(r"(?:百强|强)(?:县|市|区|镇|县市)$|之乡$|之都$|名城$")


def _notice_designation(sentences: list[Sentence], mentions: dict[int, list[Mention]], before: int) -> Mention | None:
    """The designation a notice lists: the last one named, before sentence ``before``, in a sentence that
    publishes or announces a list (名单, 入选, 认定…)."""
    designation = listed = None
    for s in sentences:
        if s.index >= before:
            break
        # (神木市…连续多年入选全国县域经济百强县: a place's honour, which no firm of a table holds)
        held = [m for m in mentions[s.index] if m.type == "Designation" and not _PLACE_HONOUR.search(m.label)]
        if held and _LIST_NOTICE.search(s.text):
            designation = held[-1]
        # …专精特新中小企业名单予以公布: the title whose list it is, over one a later sentence only mentions
        listed = next((m for m in reversed(held) if s.text.startswith("名单", m.end)), listed)
    return listed or designation


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s*[.、．)]\s*")
_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")


def _listed_firms(sentences: list[Sentence], mentions: dict[int, list[Mention]], industry) -> list[tuple]:
    """A notice's list written as lines (``一、单项冠军示范企业(3家)`` then ``1.宁波伏尔肯科技股份有限公司(镇海区)``):
    each line that is only a firm holds its section's designation, or else the notice's, lies in the place in
    brackets after it, and makes the product a dash or colon names after that."""
    out = []
    current = None
    for s in sentences:
        ms = mentions[s.index]
        held = [m for m in ms if m.type == "Designation"]
        if held and (s.heading or _SECTION.match(s.text) or _LIST_NOTICE.search(s.text)):
            current = held[-1]  # a section of the list, or the notice's own sentence
            continue
        number = _ITEM_NUMBER.match(s.text)
        start = number.end() if number else 0
        firm = next((m for m in ms if m.type == "Firm" and m.start == start), None)
        if firm is None or current is None:
            continue
        rest = s.text[firm.end:]
        place = next((m for m in ms if m.type == "Region" and m.start == firm.end + 1), None) if rest[:1] == "(" else None
        bracket = re.match(r"\([^()]*\)", rest) if place is not None else None
        made = _MADE_AFTER.match(rest, bracket.end() if bracket else 0)
        if made is None and rest and not (bracket and re.fullmatch(r"[;,。]?", rest[bracket.end():])) \
                and not re.fullmatch(r"[;,。、]", rest):
            continue  # a sentence about the firm, not a line of the list
        out.append((firm, "hasDesignation", current, True, s.index))
        if place is not None:
            out.append((firm, "locatedIn", place, False, s.index))
        if made is not None:
            # 1.XX股份有限公司(长沙市)——工程机械用高强度钢: the product the firm is listed for
            at = firm.end + made.start(1)
            for item in re.split(r"、|和|及", made.group(1)):
                a = s.text.index(item, at)
                at = a + len(item)
                found = next((m for m in ms if m.type == "Industry" and m.start == a and m.end == at), None)
                product = found or industry(s.index, a, at, item)
                if found is None:
                    mentions[s.index] = [m for m in mentions[s.index] if not (m.type == "Industry" and a <= m.start and m.end <= at)]
                    mentions[s.index].append(product)
                out.append((firm, "inIndustry", product, False, s.index))
    return out


# what a list line names after its firm: ——产品, :产品 (a product in 2–16 characters, several with 、)
_MADE_AFTER = re.compile(r"\s*(?:——|—|－|-|:)\s*((?:[\u4e00-\u9fffA-Za-z0-9]{2,16}[、和及])*[\u4e00-\u9fffA-Za-z0-9]{2,16})[;,。]?$")


_CLUSTER_GOAL = re.compile(r"打造|形成|建设|培育|推动|争创|力争|建成|创建|目标")
_CLASS_CLUSTER = re.compile(r"(?:新兴|主导|特色|优势|支柱|重点)产业集群$")  # 长兴县战略性新兴产业集群: a class, no named cluster
_CLUSTER_LIST_CUE = re.compile(r"名单|入选|公布|认定|获批|之列|遴选|评选")


def _listed_clusters(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> list[tuple]:
    """A list of designated clusters named by their places (``45个国家先进制造业集群名单…包括无锡市物联网集群、
    南通市泰州市扬州市海工装备和高技术船舶集群``): each place is a member of its cluster, and each cluster of
    the tier the sentence names, or else the tier the sentence before it names (the list's framing)."""
    out = []
    gaz = gazetteer()
    tiers_before: list[Mention] = []  # the tier the list's framing sentence named, kept while the list goes on
    last_tier: Mention | None = None
    for s in sentences:
        ms = mentions[s.index]
        tiers = [m for m in ms if m.type == "Cluster" and m.level == "tier"]
        named = [m for m in ms if m.type == "Cluster" and m.level != "tier"]
        places_of = {c: _leading_places(c, gaz) for c in named}
        # 重庆市千亿级产业集群: a place's name and a kind, no trade: the place's own tier, which clusters enter
        place_tiers = [c for c in named if places_of[c] and not _name_trades(s.text[places_of[c][-1].end:c.end])]
        tiers += place_tiers
        listed = [c for c in named if places_of[c] and c not in place_tiers]
        for c in listed:
            out.extend(_cluster_name_facts(c, places_of[c], gaz, s))
        if listed and (tiers or tiers_before or _CLUSTER_LIST_CUE.search(s.text)):
            tier, contextual = (tiers[0], False) if tiers else (tiers_before[0] if tiers_before else None, True)
            for c in listed:
                out.extend((r, "memberOf", c, False, s.index) for r in places_of[c])
                if tier is not None:
                    out.append((c, "memberOf", tier, contextual, s.index))
        elif listed:
            # 清河县羊绒制品产业集群已形成…: a cluster named by its places has them as members, unless it is a goal
            for c in listed:
                clause = max(s.text.rfind(p, 0, c.start) for p in ",;。") + 1
                if not _CLUSTER_GOAL.search(s.text, clause, c.start) and not _CLASS_CLUSTER.search(c.label):
                    out.extend((r, "memberOf", c, False, s.index) for r in places_of[c])
        if tiers or not listed:
            tiers_before = tiers
        if tiers:
            last_tier = tiers[-1]
        elif not listed and last_tier is not None and _LIST_READ.match(s.text):
            tiers_before = [last_tier]  # 从入选名单看,不少集群…: the list the text named before goes on
    return out


_LIST_READ = re.compile(r"(?:从|在)?(?:入选|获批|公布的?)?名单(?:看|来看|中)")


def _cluster_name_facts(cluster: Mention, members: list[Mention], gaz, s: Sentence) -> list[tuple]:
    """What a cluster's name says besides its members: the address it is written with (河北省邢台市清河县…: 清河县 in
    邢台市, 邢台市 in 河北省) and the industry its places develop (清河县羊绒制品产业集群: 清河县 develops 羊绒制品)."""
    def in_sentence(r: Mention) -> Mention:
        return Mention(cluster.sentence, cluster.start + r.start, cluster.start + r.end, r.surface, "Region", r.key, r.label, r.level)

    chain = [r for r in gaz.find(cluster.sentence, cluster.surface) if r.level in ("province", "city", "county")]
    out = [(in_sentence(child), "locatedIn", in_sentence(parent), False, s.index) for child, parent in zip(chain[1:], chain)
           if child.start == parent.end and parent.key in gaz.ancestors(child.key)]
    if _CLASS_CLUSTER.search(cluster.label) or _CLUSTER_GOAL.search(cluster.label):
        return out
    industries = lexicon().industries
    at = members[-1].end
    for item in _name_trades(s.text[at:cluster.end]):
        a = s.text.index(item, at)
        at = a + len(item)
        key, label = industries.get(item) or industries.get(industry_label(item)) or (entity_key(item), item)
        industry = Mention(s.index, a, at, item, "Industry", key, label)
        out.extend((r, "hasPriorityIndustry", industry, False, s.index) for r in members)
    return out


def _name_trades(words: str) -> list[str]:
    """The trades a cluster's name gives after its places (海工装备和高技术船舶集群 → 海工装备, 高技术船舶; 钛及钛合金 and
    智能汽车及关键零部件 are one name each), without the kinds (战略性新兴产业集群 gives none)."""
    words = _ZONE_OPENING.sub("", re.sub(r"(?:产业)?集群$", "", words))  # 长寿经开区化工新材料产业集群: the zone's trade
    items = re.split(r"和|与|、", words)
    return [t for t in items if len(t) >= 2 and not _GENERIC_TRADE.fullmatch(t)]


# the kinds a cluster's name may give in place of a trade: 战略性新兴产业集群, 重庆市千亿级产业集群
_GENERIC_TRADE = re.compile(rf"(?:{'|'.join(lx.INDUSTRY_KIND_WORDS)}|新兴|先进制造|制造|万亿级)+(?:产业|业)?")
_ZONE_OPENING = re.compile(r"^(?:经开区|高新区|开发区|园区|新区|工业园区|产业园)")


def _place_led_names(mentions: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """响水县生态化工园区 … 响水生态化工园区, 江苏响水化工园区 … 响水化工园区: a body or park named again with its place
    written shorter, or without the places above it, is the same one (the same last place, the same words after it, a
    zone's short form read as its full one: 长寿经开区 … 重庆长寿经济技术开发区)."""
    def signature(m: Mention) -> tuple | None:
        if m.type != "Organization":
            return None
        last = opening_address(m.sentence, m.surface)
        if last is None:
            return None
        rest = m.surface[last.end:]
        rest = _FULL_BODY_ENDING.get(rest, rest)
        return (last.key, rest) if len(rest) >= 2 else None

    return _one_name_per_signature(mentions, signature)


def _cluster_short_forms(mentions: dict[int, list[Mention]], gaz) -> dict[int, list[Mention]]:
    """宁波市慈溪市小家电产业集群 … 慈溪小家电产业集群: a cluster named again with fewer of its places' names (the
    same member places, the same trade) is the same cluster."""
    def signature(c: Mention) -> tuple | None:
        places = _leading_places(c, gaz) if c.type == "Cluster" and c.level != "tier" else []
        if not places:
            return None
        return frozenset(r.key for r in places), c.surface[places[-1].end - c.start:]

    return _one_name_per_signature(mentions, signature)


def _one_name_per_signature(mentions: dict[int, list[Mention]], signature) -> dict[int, list[Mention]]:
    """Every mention under the longest name of those that share its signature (None: a mention left as it is)."""
    full: dict[tuple, Mention] = {}
    signed: dict[Mention, tuple] = {}
    for i in sorted(mentions):
        for m in mentions[i]:
            sig = signed[m] = signature(m)
            if sig is not None and (sig not in full or len(m.label) > len(full[sig].label)):
                full[sig] = m
    if not full:
        return mentions
    out = {}
    for i, ms in mentions.items():
        kept = []
        for m in ms:
            sig = signed[m]
            named = full.get(sig) if sig is not None else None
            if named is not None and named.key != m.key:
                m = Mention(m.sentence, m.start, m.end, m.surface, m.type, named.key, named.label, named.level)
            kept.append(m)
        out[i] = kept
    return out


def _leading_places(cluster: Mention, gaz) -> list[Mention]:
    """The places a cluster's name opens with, run together or joined by dashes or 、 (南通市泰州市扬州市…集群,
    广州—佛山—惠州超高清视频和智能家电集群, 南通市、泰州市、扬州市海工装备和高技术船舶集群)."""
    found = [r for r in gaz.find(cluster.sentence, cluster.surface) if r.level in ("province", "city", "county", "macro")]
    chain, end = [], 0
    for r in found:
        if r.start != end and not (chain and r.start == end + 1 and cluster.surface[end] in "—-、"):
            break
        end = r.end
        chain.append(Mention(cluster.sentence, cluster.start + r.start, cluster.start + r.end, r.surface, "Region", r.key, r.label, r.level))
    if not cluster.surface.endswith("集群") or len(cluster.surface) - end < 4:
        return []  # 北京 in 深圳—香港—广州、北京…集群: a place alone is no name of an industry's cluster
    # 长株潭先进轨道交通装备集群: a macro-region's member places (长沙, 株洲, 湘潭); one with none named is no member
    chain = [m for r in chain for m in ([r] if r.level != "macro" else
                                        [replace(r, surface=p.name, key=p.code, label=p.name, level=p.level)
                                         for p in map(gaz.place, gaz.place(r.key).members) if p is not None])]
    # 江苏省常州市武进区智能装备产业集群: the district is the member, not the province and city it is written in
    return [r for r, nxt in zip(chain, chain[1:] + [None]) if nxt is None or r.key not in gaz.ancestors(nxt.key)]


def _industry_in_name(name: str, lex) -> tuple[str, str] | None:
    for surface in sorted(lex.industries, key=len, reverse=True):
        if name.endswith(surface) and len(name) > len(surface):
            return lex.industries[surface]
    return None


def _relations(triples, ents: dict[tuple[str, str], Entity], evidence: dict[int, Evidence]) -> list[Relation]:
    seen: dict[tuple, Relation] = {}
    industries = {e.label: e for (t, _), e in ents.items() if t == "Industry"}
    for a, p, b, contextual, i in triples:
        a, b = (_known_industry(m, ents, industries) for m in (a, b))
        if a.key == b.key and a.type == b.type:
            continue
        for m in (a, b):
            if (m.type, m.key) not in ents:
                ents[(m.type, m.key)] = Entity(m.type, m.key, m.label, subtype=_subtype(m),
                                               code=m.key if m.type == "Region" and m.key.isdigit() else None,
                                               evidence=[evidence[i]])
                if m.surface and m.surface != m.label and m.surface in evidence[i].text:
                    ents[(m.type, m.key)].aliases.add(m.surface)  # 苏州 in 苏州艾杰: the place as the text writes it
        k = (a.type, a.key, p, b.type, b.key)
        if k not in seen:
            seen[k] = Relation(a.key, a.type, p, b.key, b.type, evidence[i], contextual)
    return list(seen.values())


def _known_industry(m: Mention, ents, industries: dict[str, Entity]) -> Mention:
    """An industry a rule names afresh (新材料产业 from a title) is the document's one of the same name (新材料)."""
    if m.type != "Industry" or (m.type, m.key) in ents:
        return m
    e = industries.get(m.label) or industries.get(_INDUSTRY_WORD.sub("", m.label))
    return Mention(m.sentence, m.start, m.end, m.surface, m.type, e.key, e.label, m.level) if e is not None else m


def _observations(article, sentences, mentions, doc, focus):
    try:
        from kg.extract.statistics import extract_observations
    except ImportError:  # the statistics extractor is optional while it is being built
        return []
    return extract_observations(sentences, mentions, doc_iri=doc, published=article.published, focus=focus,
                                title=article.title)


def _observed_places(observations, known):
    from kg.extract.statistics import subject_entities

    return subject_entities(observations, known)


_COMPOUND = re.compile(r"^(.{2,8}?)(?:及|和|与)(.{2,8}?)(?:产业|行业)?$")


def compound_parts(label: str, lex) -> list[tuple[str, str]]:
    """``智能汽车及关键零部件``: the reference industries a compound industry is made of."""
    m = _COMPOUND.match(label)
    if not m or label in lex.industries:
        return []  # a compound the reference data already places would loop back through its parts
    parts: list[tuple[str, str]] = []
    for part in m.groups():
        # the part itself (智能汽车 → 智能网联汽车) and its head noun (智能汽车 → 汽车): the chain spans both
        hits = {h for h in (lex.industries.get(part), _industry_in_name(part, lex)) if h}
        if not hits and _ANY_PARTS.fullmatch(part):
            # 关键零部件 after 智能汽车: the key parts of the trade named first (汽车零部件), no trade of their own
            hits = {lex.industries[label + "零部件"] for _, label in parts if label + "零部件" in lex.industries}
        if not hits:
            return []
        parts.extend(sorted(hits))
    return parts


_ANY_PARTS = re.compile(r"(?:关键|核心)(?:零部件|零配件)")


def industry_label(surface: str) -> str:
    """One label per industry whatever the suffix: ``新能源产业`` → ``新能源``; ``数字产业`` stays."""
    stem = _INDUSTRY_WORD.sub("", surface)
    if len(stem) >= 3 and not stem.endswith(("新兴", "性", "型", "的")) and "“" not in stem:
        return stem
    if len(stem) == 2 and surface.endswith(("行业", "产业")) and stem not in _KIND_STEMS:
        return stem  # 钽铌行业 → 钽铌: a trade of two characters named with 行业 (not 数字产业, a field)
    return surface


# words that say what kind of industry, not which (主导产业, 数字产业): an industry's head words, and a few fields
_KIND_STEMS = find._GENERIC_INDUSTRY_HEADS | {"数字", "未来", "绿色", "低碳", "中游", "全部", "当地"}


def _is_suffix(rest: str) -> bool:
    return rest in lx.FIRM_SUFFIXES


_TITLE_SCOPE = re.compile(r"(?:制造业|国家级|省级|市级|全国|中国|国家)+")


def _short_forms(mentions: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """A later, shorter name that ends an earlier organisation's name is that organisation
    (``长兴国家大学科技园`` … ``国家大学科技园``); a title named without its sector or level is the one named with it."""
    full = [m for i in sorted(mentions) for m in mentions[i] if m.type == "Organization"]
    titles = [m for i in sorted(mentions) for m in mentions[i] if m.type == "Designation"]
    out = {}
    for i in sorted(mentions):
        ms = []
        for m in mentions[i]:
            if m.type == "Designation" and len(m.label) >= 4:
                # 单项冠军示范企业 after 制造业单项冠军示范企业: the title without the sector or level it is named with
                longer = [f for f in titles if f.label.endswith(m.label) and _TITLE_SCOPE.fullmatch(f.label[: -len(m.label)])]
                if len({f.key for f in longer}) == 1:
                    f = longer[0]
                    m = Mention(m.sentence, m.start, m.end, m.surface, m.type, f.key, f.label, m.level)
            if m.type == "Organization":
                # the longest name that ends with this one, whether it comes before or after (茶文化研究会 … 惠明茶文化研究会)
                longer = [f for f in full if f.label != m.label and len(m.label) >= 4
                          and (f.label.endswith(m.label) or _abbreviates(m.label, f.label))]
                if len({f.key for f in longer}) == 1:
                    f = longer[0]
                    m = Mention(m.sentence, m.start, m.end, m.surface, m.type, f.key, f.label, m.level)
            ms.append(m)
        out[i] = ms
    return out


def _abbreviates(short: str, full: str) -> bool:
    """``中科院成都有机所`` for ``中国科学院成都有机化学研究所``: the parent's short name expanded, the rest of the
    short name's characters in order in the full one, and the same last character."""
    parent = next((a for a in lx.ORG_ABBREVIATIONS if short.startswith(a)), None)
    if parent is None or short[-1] != full[-1] or len(short) >= len(full):
        return False
    expanded = lx.ORG_ABBREVIATIONS[parent]
    if not full.startswith(expanded):
        return False
    rest = iter(full[len(expanded):])
    return all(ch in rest for ch in short[len(parent):])


_INDUSTRY_WORD = re.compile(r"(?:产业|行业)$")


def _industry_suffix_forms(mentions: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """``新能源`` and ``新能源产业`` in one document are one industry: the reference data may keep a
    category and a chain node apart, but an article writes both for the same thing. The bare form
    names it."""
    surfaces: dict[str, set[str]] = {}
    for ms in mentions.values():
        for m in ms:
            if m.type == "Industry":
                surfaces.setdefault(m.key, set()).add(_INDUSTRY_WORD.sub("", m.surface))
    # an industry the reference data already gathers several names under (中药: 中医药, 现代中药) takes no more
    bare = {m.label: m for ms in mentions.values() for m in ms
            if m.type == "Industry" and not _INDUSTRY_WORD.search(m.label) and surfaces[m.key] == {m.label}}
    out = {}
    for i, ms in mentions.items():
        kept = []
        for m in ms:
            short = bare.get(_INDUSTRY_WORD.sub("", m.label)) if m.type == "Industry" and _INDUSTRY_WORD.search(m.label) else None
            if short is not None and short.key != m.key:
                m = Mention(m.sentence, m.start, m.end, m.surface, m.type, short.key, short.label, m.level)
            kept.append(m)
        out[i] = kept
    return out


# (以下简称逸盛石化) is _DEFINED's; a stock code may follow the short name: (云铝股份,000807), (三一重工,股票代码600031.SH)
_BRACKETED_NAME = re.compile(r"[(（](?!以下|下称|简称)([\u4e00-\u9fff]{2,8})"
                             r"(?:[,，;；]\s?(?:股票|证券)?(?:代码)?[:：]?\s?\d{6}(?:\.[A-Z]{2})?)?[)）]")
# (以下简称“三一重工”，股票代码600031): more may follow the short name inside the brackets
_DEFINED = re.compile(r"[(（](?:以下|下文?)?(?:简称|称)[:：]?[“《]?([^“”《》()（）,，;；]{2,15})[”》]?(?:[,，;；][^()（）]{0,30})?[)）]")


_KIND_TITLE = re.compile(r"(?:实施|指导|若干)?(?:规划|意见|方案|纲要|条例|办法|通知|决定|计划|细则|规定|通告|公告|报告)")


def _kind_titles(mentions: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """``《规划》提出…`` after ``《新能源汽车产业发展规划(2021—2035年)》``: a title that is only a kind of document
    is the last document of that kind named before it; with none, it names nothing."""
    out = {}
    last: list[Mention] = []
    for i in sorted(mentions):
        kept = []
        for m in sorted(mentions[i], key=lambda m: m.start):
            if m.type == "Policy" and _KIND_TITLE.fullmatch(m.label):
                full = next((p for p in reversed(last) if re.sub(r"[(（][^()（）]*[)）]$", "", p.label).endswith(m.label)), None)
                if full is None:
                    continue
                m = Mention(m.sentence, m.start, m.end, m.surface, "Policy", full.key, full.label, full.level)
            elif m.type == "Policy":
                last.append(m)
            kept.append(m)
        out[i] = kept
    return out


# (以下简称“公司”): a word every firm is called, inside 子公司 too; 公司/该公司 anaphora (_firm_words) reads it
_GENERIC_SHORT_NAMES = {"公司", "本公司", "集团", "本集团", "上市公司", "企业"}
_QUOTED_DEFINITION = re.compile(r"[(（](?:以下简称|下称)?“([\u4e00-\u9fff]{2,12})”(?:[,，][^“”()（）]{0,16}“([\u4e00-\u9fff]{2,8})”)?[)）]")
_SITE_ENDINGS = ("基地", "工厂", "厂区", "园区", "产业园")
_FORMER_NAME = re.compile(rf"[(（]原(?:名|称)?[:：]?|{lx.FORMER_NAME_WORDS}")


def _defined_abbreviations(mentions: dict[int, list[Mention]], texts: dict[int, str]) -> dict[int, list[Mention]]:
    """``《佛山市禅城区生命健康产业促进办法实施细则》(下称《实施细则》)``: the short name defined in brackets is
    the entity named right before them, wherever it is used afterwards."""
    defined: dict[str, Mention] = {}
    for i in sorted(texts):
        for d in _DEFINED.finditer(texts[i]):
            full = max((m for m in mentions.get(i, []) if d.start() - 1 <= m.end <= d.start() and m.type != "Region"),
                       key=lambda m: m.end - m.start, default=None)
            if full is not None and len(d.group(1)) < len(full.label) and d.group(1) not in _GENERIC_SHORT_NAMES:
                defined[d.group(1)] = full
        # 中国第一汽车集团有限公司(一汽集团): a short name in brackets right after a firm's or a body's full name;
        # “南通市、泰州市、扬州市海工装备和高技术船舶集群”(通泰扬集群): after a cluster's, in quotes or not
        for d in _BRACKETED_NAME.finditer(texts[i]):
            closed = d.start() - (texts[i][d.start() - 1:d.start()] == "”")
            full = max((m for m in mentions.get(i, []) if m.end == d.start() and m.type in ("Firm", "Organization")
                        or m.end == closed and m.type == "Cluster" and d.group(1).endswith("集群")),
                       key=lambda m: m.end - m.start, default=None)
            short = d.group(1)
            if full is not None and len(short) < len(full.label) and short not in defined and not gazetteer().find(0, short):
                defined[short] = full
        # 国机重型装备集团股份有限公司(原中国第二重型机械集团公司), 长城汽车…前身为长城工业公司: a firm's former name
        for d in _FORMER_NAME.finditer(texts[i]):
            firms = [m for m in mentions.get(i, []) if m.type == "Firm" and m.end <= d.start()]
            if not firms and re.search(r"(?:^|[,，;；])(?:该|本)?公司$", texts[i][:d.start()]):
                # 公司原名一汽轿车股份有限公司: the firm the nearest sentence before naming firms is about (its first)
                before = [k for k in sorted(mentions) if k < i and any(m.type == "Firm" for m in mentions[k])]
                firms = [min((m for m in mentions[before[-1]] if m.type == "Firm"), key=lambda m: m.start)] if before else []
            former = next((m for m in mentions.get(i, []) if m.type == "Firm" and m.start == d.end()), None)
            if firms and former is not None and former.key != firms[-1].key and former.label not in defined:
                defined[former.label] = firms[-1]
        # 信义玻璃控股有限公司(“本公司”,连同其附属公司统称“本集团”), 生产基地(“江门新基地”): an announcement's defined terms
        for d in _QUOTED_DEFINITION.finditer(texts[i]):
            full = max((m for m in mentions.get(i, []) if m.end == d.start() and m.type in ("Firm", "Organization")),
                       key=lambda m: m.end - m.start, default=None)
            if full is None and d.group(1).endswith(_SITE_ENDINGS) and not d.group(2):
                full = Mention(i, d.start(1), d.end(1), d.group(1), "Organization", entity_key(d.group(1)), d.group(1))
            for short in filter(None, d.groups()):
                if full is not None and short not in defined and short not in _GENERIC_SHORT_NAMES - {"本公司", "本集团"} \
                        and not any(r.end == len(short) for r in gazetteer().find(0, short)):
                    defined[short] = full
    if not defined:
        return mentions
    out = {}
    for i, ms in mentions.items():
        kept = []
        for m in ms:
            full = defined.get(m.surface.strip("《》“”")) or defined.get(m.label)
            if full is not None and m.key != full.key:
                m = Mention(m.sentence, m.start, m.end, m.surface, full.type, full.key, full.label, full.level)
            kept.append(m)
        text = texts.get(i, "")
        for short, full in defined.items():
            for hit in re.finditer(re.escape(short), text):
                # 宁德 inside 宁德时代: a shorter name inside the defined one gives way to it
                kept = [k for k in kept if not (hit.start() <= k.start and k.end <= hit.end() and k.end - k.start < len(short))]
                if not any(k.start < hit.end() and hit.start() < k.end for k in kept):
                    kept.append(Mention(i, hit.start(), hit.end(), short, full.type, full.key, full.label, full.level))
        out[i] = sorted(kept, key=lambda m: m.start)
    return out


def _core_mentions(s: Sentence, core_of: dict[str, str], found: list[Mention]) -> list[Mention]:
    """Each bare occurrence of a legal name's core, as a mention of the legal name's firm."""
    out = []
    for core, legal in sorted(core_of.items()):
        key = entity_key(legal)
        for m in literals.finditer(core, s.text):
            # 天嘉宜公司, 比亚迪汽车: the core with a trade or legal ending is the firm too
            suffix = _FIRM_SUFFIX_AFTER.match(s.text[m.end():])
            end = m.end() + (suffix.end() if suffix else 0)
            inside_other = any(f.start <= m.start() and end <= f.end and f.type != "Firm" for f in found + out)
            already = any(f.start <= m.start() and m.end() <= f.end and f.key == key for f in found + out)
            if not inside_other and not already:
                out.append(Mention(s.index, m.start(), end, s.text[m.start():end], "Firm", key, legal))
    return out


def _listed_short_names(s: Sentence, openings: list[tuple[str, str]], found: list[Mention]) -> list[Mention]:
    """``飞腾、麒麟、曙光等龙头企业``: items of a list that each open one legal name of the article (飞腾信息技术有限公司,
    麒麟软件有限公司) are those firms, though alone they are common words or places; two such items make it a list of firms.
    ``openings`` pairs each legal name with the name as it reads without its group and places (kg.extract.pipeline._own_name)."""
    out = []
    for m in _SHORT_NAME_LIST.finditer(s.text) if openings else ():
        hits = []
        pos = m.start()
        for n, item in enumerate(m.group(0).split("、")):
            i = s.text.index(item, pos)
            pos = i + len(item)
            # the first item may carry words before it (集聚企业1200余家，飞腾): its shortest ending that opens a name
            starts = range(pos - 2, i - 1, -1) if n == 0 else (i,)
            for start in starts:
                owners = {name for name, own in openings if own.startswith(s.text[start:pos]) or name.startswith(s.text[start:pos])}
                if len(owners) == 1 and len(next(iter(owners))) > pos - start + 2:
                    hits.append((start, pos, owners.pop()))
                    break
        if len(hits) >= 2:
            out.extend(Mention(s.index, i, j, s.text[i:j], "Firm", entity_key(name), name) for i, j, name in hits
                       if not any(f.type == "Firm" and f.start <= i and j <= f.end for f in found))
    return out


_SHORT_NAME_LIST = re.compile(rf"(?:[{lx.CJK}A-Za-z]{{2,8}}、)+[{lx.CJK}A-Za-z]{{2,6}}(?=等|和|及|[,，。；;])")


def _distinctive(core: str) -> bool:
    """A core that names the firm alone wherever it occurs: not a common word (长城, 科技) and not a place."""
    from kg.extract.segment import word_freq

    return (len(core) >= 3 or word_freq(core) < 100) and len(core) >= 2 and core not in lx.FIRM_STOPWORDS \
        and not gazetteer().find(0, core) and not re.search(r"[0-9()]", core)


@lru_cache(maxsize=8192)
def _firm_core(label: str) -> str:
    """A firm's name without its place and legal or trade endings: 江苏天嘉宜化工有限公司 → 天嘉宜. A well-known
    short name is whole (宁德时代 is no place 宁德 and a core 时代, which 四川时代新能源科技有限公司 would share).
    The reference data alone decide it, so each name is worked out once per process."""
    known, label = _own_name(label)
    if known:
        return known
    while True:
        suffix = next((x for x in lx.FIRM_SUFFIXES if label.endswith(x) and len(label) > len(x) + 1), None)
        if suffix is None:
            return label
        label = label[: -len(suffix)]


@lru_cache(maxsize=8192)
def _firm_short_name(label: str) -> str:
    """A legal name without the group's name and the places it opens with, and its legal ending (中国石化集团重庆川维化工
    有限公司 → 川维化工): the short name a text gives it, trade word kept."""
    _, label = _own_name(label)
    return next((label[: -len(x)] for x in _LEGAL_ENDINGS[::-1] if label.endswith(x) and len(label) - len(x) >= 2), label)


def _own_name(label: str) -> tuple[str | None, str]:
    """A legal name's well-known short name (宁德时代 of 宁德时代新能源…, 正泰 of 浙江正泰电器…), else None, and the name
    without the group's name before it and, unless a well-known name opens it, the places it opens with."""
    group = label.find("集团")
    if 0 < group and len(label) - group - 2 >= 6 and label[group - 1] not in "(（" \
            and not label.startswith(("有限", "股份", "公司"), group + 2):
        label = label[group + 2:]  # 中国石化集团重庆川维化工有限公司: the group's firm, whose own name follows
    known = known_firm_at(label, 0)  # 宁德时代新能源科技股份有限公司 → 宁德时代
    if known:
        return known, label
    places = gazetteer().find(0, label)
    if places and places[0].start == 0:  # 中国贵州茅台酒厂…: the country too, which opening_address leaves
        end = places[0].end
        for p in places[1:]:
            end = p.end if p.start == end else end
        label = label[end:]
    # 浙江正泰电器股份有限公司 → 正泰, as 正泰新能科技股份有限公司 is: a well-known name after the place too
    return known_firm_at(label, 0), label


def _government_forms(mentions: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """贵州省人民政府 … 省政府 (read as 贵州省政府), 赣州经济技术开发区 … 赣州经开区: one body, under its full name
    when the text gives it."""
    orgs = {m.label: m for ms in mentions.values() for m in ms if m.type == "Organization"}
    target = {}
    for label, m in orgs.items():
        for short, full in _SHORT_BODY_ENDINGS:
            long = label[: -len(short)] + full
            if label.endswith(short) and not label.endswith(full) and long in orgs:
                target[m.key] = orgs[long]
    if not target:
        return mentions
    return {i: [replace(m, key=target[m.key].key, label=target[m.key].label) if m.type == "Organization" and m.key in target
                else m for m in ms] for i, ms in mentions.items()}


def _zones_with_boards(mentions: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """山西综改示范区管委会 … 山西综改示范区: a zone with its own management board is a body the text names, not a
    title (示范区 ends titles too: 国家自主创新示范区)."""
    boards = {m.label[: -len(b)] for ms in mentions.values() for m in ms if m.type == "Organization"
              for b in ("管委会", "管理委员会") if m.label.endswith(b)}
    if not boards:
        return mentions
    return {i: [replace(m, type="Organization", key=entity_key(m.label)) if m.type == "Designation" and m.label in boards
                else m for m in ms] for i, ms in mentions.items()}


# the short ending of a body's name, and the full one it stands for
_SHORT_BODY_ENDINGS = (("政府", "人民政府"), ("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"))
_FULL_BODY_ENDING = dict(_SHORT_BODY_ENDINGS)
_LEGAL_ENDINGS = ("有限公司", "有限责任公司", "股份有限公司")


def _same_trade(short: str, legal: str) -> bool:
    """天嘉宜公司 of 江苏天嘉宜化工有限公司, 比亚迪汽车 of 比亚迪股份有限公司, 正泰新能 of 正泰新能科技股份有限公司; not 正泰电器
    of 正泰新能科技股份有限公司: both open with the well-known 正泰, but each writes a trade after it, and not the same."""
    core = _firm_core(legal)
    bare = re.sub(r"(?:集团公司|有限公司|集团|公司|股份)$", "", short)
    mine, theirs = bare[len(core):] if bare.startswith(core) else "", _firm_short_name(legal)[len(core):]
    return not mine or not theirs or theirs.startswith(mine)


def _firm_short_names(mentions: dict[int, list[Mention]], gaz) -> dict[int, list[Mention]]:
    """Legal name and short name are one firm (江苏天嘉宜化工有限公司 … 天嘉宜公司 … 天嘉宜): mentions whose
    names share their core join the longest name with that core, when only one such name is in the text."""
    firms = {m.key: m for ms in mentions.values() for m in ms if m.type == "Firm"}
    by_core: dict[str, list[Mention]] = {}
    for m in firms.values():
        core = _firm_core(m.label)
        if len(core) >= 2 and not _PLANT.search(m.label):
            by_core.setdefault(core, []).append(m)
    # a group (神火集团控股的云南神火铝业有限公司) is not a firm whose legal name is no group's
    groups = {m.key for ms in mentions.values() for m in ms if m.type == "Firm" and m.surface.endswith("集团")}

    def joins(m: Mention, full: Mention) -> bool:
        return m.key != full.key and (m.key not in groups or "集团" in full.label)

    target: dict[str, Mention] = {}
    for group in by_core.values():
        if len(group) < 2:
            continue
        legal = [m for m in group if m.label.endswith(_LEGAL_ENDINGS)]
        if len(legal) > 1:
            continue  # two legal names with one core: two firms
        full = max(group, key=lambda m: (len(m.label), m.label))
        for m in group:
            # 正泰电器 and 正泰新能科技股份有限公司 share the well-known core 正泰, but the short name's trade is not the legal one's
            if joins(m, full) and (not legal or _same_trade(m.label, legal[0].label)):
                target[m.key] = full
    # 潍柴 … 潍柴动力股份有限公司: a short name that opens exactly one legal name's core is that firm
    legal_cores = {core: ms for core, ms in by_core.items() if any(m.label.endswith(_LEGAL_ENDINGS) for m in ms)}
    for core, group in by_core.items():
        if core in legal_cores or not _distinctive(core):
            continue
        longer = [c for c in legal_cores if c.startswith(core)]
        if len(longer) == 1:
            full = max(legal_cores[longer[0]], key=lambda m: (len(m.label), m.label))
            target.update({m.key: target.get(full.key, full) for m in group if joins(m, full)})
    # 长安汽车 … 重庆长安汽车股份有限公司: a brand and its trade, written inside exactly one legal name right at its core
    legal = [m for m in firms.values() if m.label.endswith(_LEGAL_ENDINGS)]
    for m in firms.values():
        if m.key in target or m.label.endswith(_LEGAL_ENDINGS) or not _distinctive(m.label):
            continue
        holders = [f for f in legal if m.label in f.label and f.label.find(m.label) == f.label.find(_firm_core(f.label))]
        if len(holders) == 1 and joins(m, holders[0]):
            target[m.key] = target.get(holders[0].key, holders[0])
    if not target:
        return mentions
    return {i: [Mention(m.sentence, m.start, m.end, m.surface, m.type, target[m.key].key, target[m.key].label, m.level)
                if m.type == "Firm" and m.key in target else m for m in ms] for i, ms in mentions.items()}


_PLANT_WORD = re.compile(r"(?:生产基地|制造基地|基地|超级工厂|工厂)")
_BRAND_BEFORE = re.compile(rf"[{lx.CJK}]{{2,4}}$")


def _named_firms_plants(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``隆基绿能鄂尔多斯基地``: a firm found by its short name, a place and 基地/工厂 name the firm's plant; kept
    where no plant was read there already."""
    out = []
    for r in mentions:
        word = _PLANT_WORD.match(s.text, r.end) if r.type == "Region" and r.level != "country" else None
        if word is None or any(m.type == "Firm" and m.start < r.start and m.end >= word.end() for m in mentions):
            continue
        firm = next((f for f in mentions if f.type == "Firm" and f.end == r.start), None)
        if firm is not None and not firm.label.endswith(_LEGAL_ENDINGS):
            label = s.text[firm.start:word.end()]
            out.append(Mention(s.index, firm.start, word.end(), label, "Firm", entity_key(label), label))
    return out


def _plants_by_place(raw: dict[int, list[Mention]]) -> dict[str, set[tuple[str, str]]]:
    """The article's plants by the place and plant word they end with (射洪基地 → {天齐锂业射洪基地})."""
    plants: dict[str, set[tuple[str, str]]] = {}
    for ms in raw.values():
        for m in ms:
            ending = _PLANT_WORD.search(m.label) if m.type == "Firm" else None
            place = next((r for r in ms if r.type == "Region" and m.start < r.start and r.end <= m.end), None) if ending else None
            if place is not None and m.label.endswith(place.surface + ending.group(0)):
                plants.setdefault(place.surface + ending.group(0), set()).add((m.key, m.label))
    return plants


def _plant_short_forms(s: Sentence, mentions: list[Mention], plants: dict[str, set[tuple[str, str]]]) -> list[Mention]:
    """``射洪基地`` after ``天齐锂业射洪基地``: a place and a plant word name the one plant of the article there."""
    out = []
    for r in mentions:
        word = _PLANT_WORD.match(s.text, r.end) if r.type == "Region" else None
        owners = plants.get(r.surface + word.group(0)) if word else None
        if owners and len(owners) == 1 and not any(m.type == "Firm" and m.start < r.start < m.end for m in mentions):
            key, label = next(iter(owners))
            out.append(Mention(s.index, r.start, word.end(), s.text[r.start:word.end()], "Firm", key, label))
    return out


def _plants(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    out = []
    for r in mentions:
        if r.type != "Region" or r.level == "country":
            continue  # 梯瓦的中国工厂: the country is no plant's place name
        tail = _PLANT_WORD.match(s.text[r.end:])
        brand = _BRAND_BEFORE.search(s.text[max(0, r.start - 4):r.start])
        if not tail or not brand:
            continue
        legal = next((f for f in mentions if f.type == "Firm" and f.end == r.start and f.label.endswith(_LEGAL_ENDINGS)), None)
        if legal is not None:
            # 比亚迪股份有限公司合肥基地: the firm's plant there, named with its legal name; labelled as the
            # short name writes it (比亚迪合肥基地), so both writings are one plant
            end = r.end + tail.end()
            label = _firm_core(legal.label) + s.text[r.start:end]
            out.append(Mention(s.index, legal.start, end, s.text[legal.start:end], "Firm", entity_key(label), label))
            continue
        start = find.left_boundary(s.text, r.start, max_chars=4, nouns_only=True)
        if r.start - start < 2 or "的" in s.text[start:r.start] or s.text[start:r.start] in lexicon().industries:
            continue  # 动力电池信丰生产基地: a base for an industry in a place, no firm's plant
        if any(p.type == "Region" and p.start <= start and p.end == r.start for p in mentions):
            continue  # 四川宜宾基地: a place and its city, no firm's name before them
        if any(f.type == "Firm" and f.start < start < f.end for f in mentions):
            continue  # 宁德时代加码福鼎基地: the walk stopped inside a firm's name, and 时代加码 names nothing
        end = r.end + tail.end()
        label = s.text[start:end]
        out.append(Mention(s.index, start, end, label, "Firm", entity_key(label), label))
    return out
