"""Find region mentions: official names, suffix-less stems, province + county pairs, abbreviations.

Measured on the seeds (nlp-toolchain.md §2.2): a stem or a two-character name is kept only where it
lines up with jieba's token boundaries and is not a common word (jieba tag not ``ns`` and frequency
≥ 200); otherwise ``新兴``, ``合作``, ``资源`` would all be counties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from kg.extract import literals, segment
from kg.extract.mentions import Mention
from kg.extract.segment import token_bounds, word_freq, word_tag

# names of natural features that are also county stems: never a region on their own
WATER_AFTER_STEM = set("湖荡泊湾峡")  # after a place's stem: a lake or a bay named for it
NATURAL_FEATURES = {"太湖", "巢湖", "洪泽", "微山", "黄山", "泰山", "普陀", "庐山", "钟山", "天目山", "南岸", "东海", "南海", "黄海",
                    "盐湖"}
_HAN_BEFORE = re.compile(r"(?![省市州盟])[\u4e00-\u9fff]")  # a character no address ends with
_PLACES_AFTER = re.compile(r"等(?:地|市|县|城市|地市)")  # 六安、安庆、黄山等地: the last of a list of places
# stems that read as common words in this genre whatever jieba says
COMMON_WORD_STEMS = {"新兴", "合作", "资源", "大城", "凤凰", "振兴", "新平", "和平", "城区", "市中", "郊区", "矿区",
                     "开发", "东方", "永安", "长安", "白云", "向阳", "红旗", "新华", "城中", "友好", "光明", "安全",
                     "和田", "新城", "中山", "青山", "高新", "经开", "新区", "平安", "阳光", "胜利", "前进", "团结",
                     "新建", "中西", "麒麟", "富民"}  # 富民强市: enriching the people, not Yunnan's 富民县
# prefecture stems that are common words too: 大同小异, 开封 (unseal), 日照 (sunshine), 阿里 (Alibaba), 白银 (silver)
AMBIGUOUS_CITY_STEMS = {"大同", "开封", "日照", "阿里", "白银", "和田", "保定"}
# macro-regions named by a direction, which after a province mean a part of that province
_PART_WORDS = ("东部", "西部", "中部", "南部", "北部", "东北", "西北", "东南", "西南")
#: texts remembered at most between two documents (a caller outside extraction may never start a new one)
_MEMO_TEXTS = 20_000
LEVEL_RANK = {"country": 0, "macro": 1, "province": 2, "city": 3, "county": 4, "town": 5, "village": 6}
_ABBREV_RUN = re.compile(r"[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台]{2,6}(?=[三四五六两]?省|[三四五]?地|等|一体化|地区|区域|交界|毗邻)")


@dataclass(frozen=True)
class _Entry:
    code: str
    name: str  # canonical label
    level: str
    exact: bool  # the surface is the official full name (not a stem)


# a surface found in a text: start, end, surface, its entries, the exact ones among them, the entry it stands for
# whatever the context (or None), whether it names prefectures only
_Candidate = tuple[int, int, str, tuple[_Entry, ...], tuple[_Entry, ...], _Entry | None, bool]


class Gazetteer:
    def __init__(self) -> None:
        from kg import regions

        self._regions = regions
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[_Entry]] = {}
        self.abbreviations: dict[str, str] = {}
        for place in regions.places():
            level = place.level
            names = [(place.name, True)] + [(a, False) for a in place.aliases if len(a) >= 2]
            for surface, exact in names:
                table.setdefault(surface, []).append(_Entry(place.code, place.name, level, exact))
            for abbr in getattr(place, "abbreviations", ()) or ():
                if len(abbr) == 1 and level == "province" and not getattr(place, "valid_until", None):
                    self.abbreviations.setdefault(abbr, place.code)
        # 怀仁县 in a text of 2012, 怀仁市 since 2018: a county-level city's name with 县 is its name before 撤县设市, where no
        # other place has that name (the changes region-changes.csv lists carry their own codes and years)
        for place in regions.places():
            if place.level == "county" and place.name.endswith("市") and len(place.name) >= 3 \
                    and not getattr(place, "valid_until", None) and place.name[:-1] + "县" not in table:
                table[place.name[:-1] + "县"] = [_Entry(place.code, place.name, place.level, True)]
            # 南康市 in a work report of 2013, 赣州市南康区 since: a district whose name with 市 the segmenter's lexicon
            # knows (番禺市, 淮阴市, 南康市) was a county-level city before 撤市设区
            elif place.level == "county" and place.name.endswith("区") and len(place.name) >= 3 \
                    and not getattr(place, "valid_until", None) and not place.name.endswith("市区") \
                    and place.name[:-1] + "市" not in table and word_freq(place.name[:-1] + "市") >= 2:
                table[place.name[:-1] + "市"] = [_Entry(place.code, place.name, place.level, True)]
        for surface, entries in table.items():
            # the official full names among the entries, picked out once here rather than at every match, the
            # entry _choose takes whatever the context when the current places among them share one code, and
            # whether the surface names prefectures only
            exact = tuple(e for e in entries if e.exact)
            current = [e for e in exact or entries if not self._former(e.code)] or list(exact or entries)
            only = current[0] if len({e.code for e in current}) == 1 else None
            city = len(surface) >= 2 and all(e.level == "city" for e in entries)
            self._automaton.add_word(surface, (surface, tuple(entries), exact, only, city))
        self._automaton.make_automaton()
        # pyahocorasick looks a character up among a node's children one by one, and the root has a child for
        # each of ~900 first characters: a character that starts no name costs a scan of them all. A name lies
        # within a run of characters that names use, so only those runs are fed to the automaton.
        chars = "".join(sorted(set("".join(table))))
        self._name_runs = re.compile(f"[{re.escape(chars)}]{{{min(map(len, table))},}}")
        # a former division's successor, followed once here for every code that has one
        self._successors = {p.code: s for p in regions.places() for s in [self._successor(p.code)] if s is not None}
        self._ancestors: dict[str, list[str]] = {}  # at most one entry per code of the reference data
        self._document = segment.document
        self._found: dict[tuple[int, str], tuple[Mention, ...]] = {}
        self._candidates: dict[str, list[_Candidate]] = {}
        self._runs: dict[str, list[re.Match[str]]] = {}  # _ABBREV_RUN's matches in each text of _candidates

    def place(self, code: str):
        return self._regions.by_code(code)

    def ancestors(self, code: str) -> list[str]:
        """Codes of the parents of ``code``, nearest first (the list is shared: do not change it)."""
        # the reference data never changes, and the finders ask for the same few codes over and over
        out = self._ancestors.get(code)
        if out is None:
            out = [p.code for p in self._regions.ancestors(code)]
            if out:  # a town's provisional key (its name) has none: the memo holds reference codes only
                self._ancestors[code] = out
        return out

    def find(self, sentence_index: int, text: str, context_codes: set[str] | None = None) -> list[Mention]:
        """Region mentions in one sentence, longest match first, ambiguous stems resolved by context."""
        if self._document != segment.document or len(self._candidates) > _MEMO_TEXTS:
            # the memos hold one document's texts (kg.extract.segment.forget), and no more than so many
            self._document = segment.document
            self._found.clear()
            self._candidates.clear()
            self._runs.clear()
        if context_codes:
            return self._find(sentence_index, text, context_codes)
        # without context the answer depends on the text alone, and the finders ask again for the same texts
        found = self._found.get((sentence_index, text))
        if found is None:
            found = self._found[(sentence_index, text)] = tuple(self._find(sentence_index, text, None))
        return list(found)

    def _find(self, sentence_index: int, text: str, context_codes: set[str] | None) -> list[Mention]:
        candidates = self._candidates.get(text)
        if candidates is None:
            candidates = []
            for run in self._name_runs.finditer(text):
                for end, (surface, entries, exact, only, city) in self._automaton.iter(text, run.start(), run.end()):
                    start = end - len(surface) + 1
                    candidates.append((start, end + 1, surface, entries, exact, only, city))
            candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
            self._candidates[text] = candidates
        mentions: list[Mention] = []
        taken_until = -1
        for start, end, surface, entries, exact, only, city in candidates:
            if start < taken_until:
                continue
            if not exact or len(surface) <= 2:
                # a stem whose full name the document uses elsewhere (黄石 beside 黄石市) is no common word
                # …or a county-level stem the segmenter reads as a person's name, of a province or city the document names
                # (文昌 in a text naming 海南; not 合作, 资源 or 新建, which are words)
                named = bool(context_codes) and any(
                    e.code in context_codes or e.level == "county" and context_codes.intersection(self.ancestors(e.code))
                    and word_tag(surface) == "nr" and not (text[start - 1:start] == "“" and "”" in text[end:end + 3])
                    for e in entries)  # (not “金山银山”, a quoted saying)
                if not self._stem_ok(surface, start, end, text, named, city):
                    continue
            entry = only if only is not None else self._choose(list(exact or entries), context_codes or set())
            if entry is None or self._inside_name(text, start, end):
                continue
            if entry.level == "macro" and surface.startswith(_PART_WORDS) and mentions and mentions[-1].end == start \
                    and mentions[-1].level in ("province", "city", "county"):
                continue  # 内蒙古东部地区: the east of a province, not the country's eastern region
            if not exact and mentions and mentions[-1].end == start and mentions[-1].level in ("province", "city") \
                    and entry.level in ("city", "county") and mentions[-1].key not in self.ancestors(entry.code):
                continue  # 宜宾三江新区: a stem after a place it is not in names something of that place, not Guangxi's 三江
            successor = self._successors.get(entry.code)
            if successor is not None:  # 广德县 (until 2019) is today's 广德市; the old name stays as the surface
                entry = _Entry(successor.code, successor.name, successor.level, entry.exact)
            mentions.append(Mention(sentence_index, start, end, surface, "Region", entry.code, entry.name, entry.level))
            taken_until = end
        abbreviations = self._abbreviation_runs(sentence_index, text, mentions)
        if not abbreviations:
            return mentions  # already in order: the candidates are walked by start, and none taken overlap
        mentions.extend(abbreviations)
        return sorted(mentions, key=lambda m: m.start)

    def _stem_ok(self, surface: str, start: int, end: int, text: str, named: bool = False,
                 city: bool = False) -> bool:
        """Whether a bare stem is a place here. A prefecture's stem is (合肥, 烟台, 孝感: jieba tags and counts
        them as common words), unless it is also a common word in this genre (大同, 开封, 阿里, 白银)."""
        city = city and surface not in AMBIGUOUS_CITY_STEMS
        if surface in NATURAL_FEATURES or surface in COMMON_WORD_STEMS:
            if not named and not (text[start - 1:start] == "、" and _PLACES_AFTER.match(text, end)):
                return False  # 南海 is the sea, unless the text names 南海区 (then it is the district's short name)
        if not named and surface[0] in "和与及" and _HAN_BEFORE.match(text[start - 1:start]):
            return False  # 市发改委和县商务局: the conjunction and a county's bodies, not Anhui's 和县
        if not named and text[end:end + 1] in WATER_AFTER_STEM:
            return False  # 祥符荡, 阳澄湖, 杭州湾: a lake's or a bay's name, not the place's
        if not named and text[end:end + 1] in ("路", "街", "巷") or text.startswith("大道", end):
            return False  # 银湖北路, 南京路: a road named after the place
        elif not named and word_tag(surface) != "ns" and word_freq(surface) >= 200 and not city:
            return False
        # a stem glued to a suffix-like character (长兴县 is matched whole; 长兴国家... is fine); asked last, as
        # the word checks above need no segmentation of the text and often settle it
        bounds = token_bounds(text)
        return start in bounds and end in bounds

    def _choose(self, entries: list[_Entry], context: set[str]) -> _Entry | None:
        current = [e for e in entries if not self._former(e.code)] or entries
        if len({e.code for e in current}) == 1:
            return current[0]
        in_context = [e for e in current if e.code in context or context.intersection(self.ancestors(e.code))]
        if len({e.code for e in in_context}) == 1:
            return in_context[0]
        # a bare name shared by a city and its own county-level seat: take the higher level
        ranked = sorted(current, key=lambda e: LEVEL_RANK.get(e.level, 9))
        if LEVEL_RANK.get(ranked[0].level, 9) < LEVEL_RANK.get(ranked[1].level, 9) and ranked[0].level in ("province", "city", "macro"):
            return ranked[0]
        return None  # truly ambiguous: better no region than a wrong one

    def _successor(self, code: str):
        place = self._regions.by_code(code)
        seen = 0
        while place is not None and getattr(place, "successor", None) and seen < 4:
            place, seen = self._regions.by_code(place.successor), seen + 1
        return place if seen else None

    @staticmethod
    def _inside_name(text: str, start: int, end: int) -> bool:
        """中国西藏网, 高原(北京)文化传播有限公司: a place inside a media or firm name is part of that name."""
        if text[end:end + 1] == "网":
            return True
        if text[start - 1:start] in "(（" and text[end:end + 1] in ")）" and start >= 2:
            return bool(re.match(r"[\u4e00-\u9fff]{1,12}?(?:有限公司|有限责任公司|股份|集团|公司)", text[end + 1:]))
        return False

    def _former(self, code: str) -> bool:
        place = self._regions.by_code(code)
        return bool(place and getattr(place, "valid_until", None))

    def _abbreviation_runs(self, sentence_index: int, text: str, found: list[Mention]) -> list[Mention]:
        out = []
        runs = self._runs.get(text)
        if runs is None:  # the same texts are read with and without context: scanned once per document
            runs = self._runs[text] = list(_ABBREV_RUN.finditer(text))
        for m in runs:
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            for i, ch in enumerate(m.group(0)):
                code = self.abbreviations.get(ch)
                if code:
                    place = self._regions.by_code(code)
                    out.append(Mention(sentence_index, m.start() + i, m.start() + i + 1, ch, "Region", code, place.name, "province"))
        return out


def named_codes(texts: list[str]) -> set[str]:
    """Codes of the regions a document names by their full official name (黄石市, 阳新县)."""
    gaz = gazetteer()
    codes = set()
    for text in texts:
        for m in gaz.find(0, text):
            if m.surface == m.label and len(m.surface) >= 3:
                codes.add(m.key)
    return codes


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


# Towns, townships, sub-districts and villages are not in GB/T 2260: they are read from their suffix,
# right after a region (阳新县富池镇, 黄滩镇刘垸村) or after a list separator (与大沥镇, 、乐从镇).
_TOWN = literals.Cued(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)(?![\u4e00-\u9fff]{0,1}(?:政府|人民政府|党委|村民|居民|企业|经济))",
                      ("镇", "乡", "街道"))
_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,3}?)(村|社区)(?!民|委|集体|级|两委|镇)")  # not 太阳村镇, a town
# verbs a place's name follows (依托河边镇民俗文化, 落户柳市镇): a town right after one opens at the verb's end
_PLACE_VERBS = ("依托", "位于", "地处", "落户", "走进", "来到", "走访", "坐落于", "坐落在", "考察", "调研", "前往", "赴", "以", "辐射",
                "覆盖", "涵盖", "包括",  # …以濮院镇为核心区，辐射洲泉镇、大麻镇
                "县城", "城区")  # 厂区位于县城威远镇: the county seat, then the town it is
_OPENERS = set("、,;:与和及在于至到(（ 从由及")
_NEIGHBOURS = re.compile(r"(?:邻近|附近|周边|毗邻|周围|相邻)的((?:[\u4e00-\u9fff]{2,3}?(?:镇|乡|村)[、和及与])*[\u4e00-\u9fff]{2,3}?(?:镇|乡|村))")
# stems that make a common word with the suffix (城镇, 乡镇, 特色小镇, 重镇)
_NOT_TOWN_STEM = re.compile(r"[城乡村小重集名古市县区省]$|^(特色|各|全|本|该|所在|每个|有关|相关|其他|辖区|农村|城市|街道|等)"
                            r"|^(?:周边|附近|周围|沿线|邻近|部分|多个|重点)$")  # 大麻镇等周边镇街: the towns around, none named


def subdivisions(sentence_index: int, text: str, regions: list[Mention]) -> list[Mention]:
    """Towns and villages of a sentence; ``key`` is provisional (the name), ``level`` town or village.

    >>> [(m.surface, m.level) for m in subdivisions(0, "在阳新县富池镇举行", gazetteer().find(0, "在阳新县富池镇举行"))]
    [('富池镇', 'town')]
    """
    ends = {m.end: m for m in regions}
    out: list[Mention] = []
    for m in _TOWN.finditer(text):
        start = _town_start(text, m, ends)
        if start is None:
            continue
        name = text[start:m.end()]
        out.append(Mention(sentence_index, start, m.end(), name, "Region", name, name, "town"))
        ends[m.end()] = out[-1]
    for near in _NEIGHBOURS.finditer(text):  # 附近的义和镇、新户镇; 邻近的孤岛村、新滩村
        for item in re.finditer(r"[\u4e00-\u9fff]{2,3}?(镇|乡|村)", near.group(1)):
            a, b = near.start(1) + item.start(), near.start(1) + item.end()
            if not any(o.start < b and a < o.end for o in out) and not _NOT_TOWN_STEM.search(item.group(0)[:-1]):
                out.append(Mention(sentence_index, a, b, item.group(0), "Region", item.group(0), item.group(0),
                                   "village" if item.group(1) == "村" else "town"))
    for pos, before in list(ends.items()):
        if before.level not in ("town", "county"):
            continue
        # 陈家港镇的王商村、立新村和双港村: the town's villages, after 的 and along a list
        m = _VILLAGE.match(text, pos + (text[pos:pos + 1] == "的"))
        while m is not None:
            name = m.group(0)
            if not any(o.start < m.end() and m.start() < o.end for o in out):
                out.append(Mention(sentence_index, m.start(), m.end(), name, "Region", name, name, "village"))
            joint = re.match(r"、|和|及|与|以及", text[m.end():])
            m = _VILLAGE.match(text, m.end() + joint.end()) if joint else None
    return out


def _verb_word(stem: str) -> bool:
    from kg.extract.segment import sole_tag

    return sole_tag(stem) in ("v", "p", "d", "c")


def _town_start(text: str, m: re.Match, region_ends: dict[int, Mention]) -> int | None:
    for start in range(m.start(), m.start(2) - 1):
        stem = text[start:m.start(2)]
        # 大集镇, 王集镇; 寿光市孙家集街道: a market town's name, right after its county
        market_town = stem[-1] == "集" and stem[0] not in "小城乡村各该本" and (len(stem) == 2 or start in region_ends)
        if len(stem) < 2 or stem[0] in _OPENERS or (_NOT_TOWN_STEM.search(stem) or
                                                     word_freq(text[m.start(2) - 1:m.end()]) >= 50) and not market_town:
            continue
        if stem[0] in "的是为" or _verb_word(stem):
            continue  # 永宁县的移民镇, 位于镇区: a word of the sentence, not a town's name
        prev = region_ends.get(start)
        if prev is not None and prev.level in ("county", "city", "town"):
            return start
        if start == 0 or text[start - 1] in _OPENERS or text.endswith(_PLACE_VERBS, 0, start):
            return start
    return None
