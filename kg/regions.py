"""The gazetteer: China's regions as plain records, for matching place names in text.

Three sources, one list of :class:`Place`:

* current divisions from ``geotool-cn`` (GB/T 2260 codes, names, representative points), with the
  province / city / county chain fixed where geotool mirrors a municipality as its own city;
* former divisions from ``ontology/reference/region-changes.csv`` (e.g. 广德县 → 广德市), so that
  old articles still reach today's region through ``successor``;
* the country and macro-regions (长三角, 东部地区) from ``ontology/reference/macro-regions.ttl``,
  the one source for them. That file is Turtle because kg/refdata.py loads it as is; ``_macro``
  reads the few fields it needs with rdflib, the only RDF here, and the records stay plain.

>>> by_code("330522").name, by_code("330522").aliases
('长兴县', ('长兴',))
>>> [p.code for p in ancestors("330522")]
['330500', '330000', '100000']
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pypinyin import lazy_pinyin

COUNTRY = "100000"
#: geotool's province-level cities (直辖市) and SARs: their districts hang from the province itself
_MERGED_PREFIXES = frozenset({"11", "12", "31", "50", "81", "82"})


@dataclass(frozen=True)
class Place:
    """One region. ``code`` is the GB/T 2260 code, or an ASCII slug for a macro-region.

    ``aliases`` are names that safely mean this place on their own (the stem 长兴 for 长兴县);
    ``abbreviations`` are one-character province names (浙, 苏) that are safe only inside lists
    such as 浙苏皖 or 江浙沪. A former division has ``valid_until`` and a ``successor`` code.
    """

    code: str
    name: str
    level: str  # country, province, city, county, macro
    parent: str | None
    latitude: float | None = None
    longitude: float | None = None
    aliases: tuple[str, ...] = ()
    pinyin: str = ""  # toneless, lower case, no spaces: changxingxian
    pinyin_stem: str = ""  # changxing
    valid_from: str | None = None  # year
    valid_until: str | None = None
    abbreviations: tuple[str, ...] = ()
    successor: str | None = None
    members: tuple[str, ...] = ()  # for macro-regions: member codes or slugs
    name_en: str | None = None


# 56 ethnic groups, longest first, for stripping 自治县/自治州 names down to their place name
_ETHNIC = sorted(
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
    "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(),
    key=len,
    reverse=True,
)
# longest first: 特别行政区 before 区, 自治县 before 县
_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "矿区", "特区", "地区", "省", "市", "县", "区", "旗", "盟")
# stems that are ordinary words or directions, too risky to match on their own
_GENERIC_STEMS = frozenset({"市中", "城中", "城关", "城区", "新城", "郊区", "矿区"})

_ABBREVIATIONS = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
    "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
    "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川蜀", "52": "黔贵",
    "53": "滇云", "54": "藏", "61": "陕秦", "62": "甘陇", "63": "青", "64": "宁", "65": "新", "71": "台",
    "81": "港", "82": "澳",
}
# English names that pinyin of the stem gets wrong
_NAME_EN = {"150000": "Inner Mongolia", "610000": "Shaanxi", "810000": "Hong Kong", "820000": "Macao"}

# pypinyin reads these characters and names as in ordinary words; place names say otherwise
_PINYIN_CHAR = {"都": "du", "长": "chang", "朝": "chao", "蚌": "beng", "勒": "le"}
_PINYIN_WORD = {"长子": "zhangzi", "涡阳": "guoyang", "单县": "shanxian", "洪洞": "hongtong", "浚县": "xunxian"}


def stem(name: str) -> str | None:
    """The name without its administrative suffix and ethnic qualifiers, or None if under 2 characters.

    >>> [stem(n) for n in ("长兴县", "内蒙古自治区", "广西壮族自治区", "景宁畲族自治县", "忠县", "白云鄂博矿区")]
    ['长兴', '内蒙古', '广西', '景宁', None, '白云鄂博']
    """
    base = next((name[: -len(s)] for s in _SUFFIXES if name.endswith(s)), None)
    if base is None:
        return None
    stripped = True
    while stripped:  # drop trailing 畲族, 苗族, 维吾尔 ... while a place name of 2+ characters remains
        stripped = False
        for group in _ETHNIC:
            for tail in (group + "族", group):
                if base.endswith(tail) and len(base) - len(tail) >= 2:
                    base, stripped = base[: -len(tail)], True
                    break
            if stripped:
                break
    return base if len(base) >= 2 and base not in _GENERIC_STEMS else None


def to_pinyin(text: str) -> str:
    """Toneless lower-case pinyin without spaces, with place-name readings.

    >>> to_pinyin("长治市"), to_pinyin("成都"), to_pinyin("单县")
    ('changzhishi', 'chengdu', 'shanxian')
    """
    syllables = [s.lower() for s in lazy_pinyin(text)]
    if len(syllables) != len(text):  # non-Han characters: no place-name fixes to apply
        return "".join(syllables).replace(" ", "")
    for i, char in enumerate(text):
        if char in _PINYIN_CHAR:
            syllables[i] = _PINYIN_CHAR[char]
    for word, reading in _PINYIN_WORD.items():
        at = text.find(word)
        if at >= 0:
            syllables[at : at + len(word)] = [reading] + [""] * (len(word) - 1)
    return "".join(syllables)


def _place(code: str, name: str, level: str, parent: str | None, lat=None, lng=None, **extra) -> Place:
    short = stem(name)
    aliases = [short] if short else []
    if short and name.endswith("自治州"):
        aliases.append(short + "州")  # 恩施州, 延边州: how articles shorten autonomous prefectures
    if short and name.endswith(("自治县", "自治旗")):
        aliases.append(short + name[-1])  # 威宁县, 景宁县: and autonomous counties
    full = to_pinyin(name)
    stem_pinyin = to_pinyin(short) if short else full
    # an English name from pinyin only where it reads as a name: the stem, or a short full name (忠县)
    en = _NAME_EN.get(code) or (stem_pinyin.capitalize() if short or len(name) <= 3 else None)
    return Place(
        code=code, name=name, level=level, parent=parent, latitude=lat, longitude=lng,
        aliases=tuple(aliases), pinyin=full, pinyin_stem=stem_pinyin, name_en=en,
        abbreviations=tuple(_ABBREVIATIONS.get(code[:2], "")) if level == "province" else (),
        **extra,
    )


def _current() -> list[Place]:
    """Current divisions from geotool-cn, one Place per code."""
    import GeoToolCN as geo

    out: list[Place] = []
    for r in geo.list_regions("province"):
        out.append(_place(r.code, r.name, "province", COUNTRY, r.latitude, r.longitude))
    # Codes geotool lists at both city and district level: prefecture cities without counties
    # (东莞 441900) are cities; province-governed county-level divisions (仙桃 429004) are counties.
    cities = {r.code: r for r in geo.list_regions("city")}
    for r in cities.values():
        level = "city" if r.code.endswith("00") else "county"
        out.append(_place(r.code, r.name, level, r.code[:2] + "0000", r.latitude, r.longitude))
    for r in geo.list_regions("district"):
        if r.code in cities:
            continue
        chain = geo.lookup_adcode(r.code)
        province = r.code[:2] + "0000"
        parent = chain.city.code if chain and chain.city else province
        if parent == r.code or r.code[:2] in _MERGED_PREFIXES:
            parent = province  # municipalities: geotool mirrors the province as the city
        out.append(_place(r.code, r.name, "county", parent, r.latitude, r.longitude))
    return out


def ontology_file(*parts: str):
    """A file of the ``ontology`` package (a Traversable), installed or in a source checkout.

    kg/refdata.py finds its files through this too, so there is one rule for where they live.
    """
    try:
        return resources.files("ontology").joinpath(*parts)
    except ModuleNotFoundError:  # a checkout run from outside its root: ontology/ is not importable
        return Path(__file__).resolve().parent.parent.joinpath("ontology", *parts)


@lru_cache(maxsize=1)
def _changes() -> tuple[dict[str, str], ...]:
    """The rows of region-changes.csv."""
    with ontology_file("reference", "region-changes.csv").open(encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def _former(current: dict[str, Place]) -> list[Place]:
    """Former divisions from region-changes.csv, each pointing at its successor."""
    rows = _changes()
    codes = {row["code"] for row in rows}
    out = []
    for row in rows:
        code = row["code"]
        prefecture = code[:4] + "00"
        parent = prefecture if prefecture != code and (prefecture in current or prefecture in codes) else code[:2] + "0000"
        level = "city" if code.endswith("00") else "county"
        place = _place(code, row["name"], level, parent, valid_until=row["year"], successor=row["new_code"])
        # the stem of a former name (广德) now means its successor; only the full name is kept
        out.append(replace(place, aliases=()))
    return out


def _created() -> dict[str, str]:
    """Year each code was created by a change in region-changes.csv (merges into an older code excluded)."""
    years: dict[str, str] = {}
    for row in _changes():
        if row["kind"] != "merge":
            years[row["new_code"]] = min(row["year"], years.get(row["new_code"], row["year"]))
    return years


def _macro() -> list[Place]:
    """The country and macro-regions, read from macro-regions.ttl (see the module docstring)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDFS, SKOS

    from kg.iris import entity_id
    from kg.vocab import KG

    graph = Graph().parse(data=ontology_file("reference", "macro-regions.ttl").read_text(encoding="utf-8"), format="turtle")

    def key(iri) -> str:
        return entity_id(str(iri)).split("/", 1)[1]

    def label(node, lang: str) -> str | None:
        return next((str(o) for o in graph.objects(node, RDFS.label) if isinstance(o, Literal) and o.language == lang), None)

    out = []
    for node in graph.subjects(KG.regionLevel, None):
        level = str(graph.value(node, KG.regionLevel)).rsplit("/", 1)[1]
        name = label(node, "zh") or ""
        parent = graph.value(node, KG.locatedIn)
        out.append(
            Place(
                code=key(node), name=name, level=level, parent=key(parent) if isinstance(parent, URIRef) else None,
                aliases=tuple(sorted(str(o) for o in graph.objects(node, SKOS.altLabel))),
                pinyin=to_pinyin(name), pinyin_stem=to_pinyin(name), name_en=label(node, "en"),
                members=tuple(sorted(key(m) for m in graph.objects(node, KG.memberRegion))),
            )
        )
    return out


@lru_cache(maxsize=1)
def places() -> list[Place]:
    """Every place: current divisions, former divisions, the country and macro-regions.

    Built once per process (about 0.3 s); the list is shared, so do not mutate it.
    """
    current = _current()
    years = _created()
    current = [replace(p, valid_from=years[p.code]) if p.code in years else p for p in current]
    by = {p.code: p for p in current}
    return current + _former(by) + _macro()


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    return {p.code: p for p in places()}


@lru_cache(maxsize=1)
def _children() -> dict[str, tuple[Place, ...]]:
    kids: dict[str, list[Place]] = {}
    for p in places():
        if p.parent and p.valid_until is None:
            kids.setdefault(p.parent, []).append(p)
    return {k: tuple(v) for k, v in kids.items()}


def by_code(code: str) -> Place | None:
    """The place with this GB/T 2260 code (or macro-region slug), current or former."""
    return _index().get(code)


def children(code: str) -> tuple[Place, ...]:
    """The current places whose direct parent is ``code``."""
    return _children().get(code, ())


def ancestors(code: str) -> list[Place]:
    """Parents of ``code`` from the nearest up to the country; empty for unknown codes."""
    out: list[Place] = []
    place = by_code(code)
    while place is not None and place.parent and len(out) < 8:  # 8: a guard against a cycle in bad data
        place = by_code(place.parent)
        if place is not None:
            out.append(place)
    return out
