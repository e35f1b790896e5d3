"""Names as people type them → entity IRIs: Chinese name or alias, traditional or simplified,
pinyin with or without tones and spaces in any case, GB/T 2260 codes, and IRIs.

The index is derived from the store and rebuilt when the store's generation changes.
"""
from __future__ import annotations

import bisect
import difflib
import json
import logging
import os
import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg._exceptions import Ambiguous, NotFound
from kg.iris import entity_id
from kg.rdf import pinyin
from kg.store import saved
from kg.store.base import Store
from kg.vocab import BASE

log = logging.getLogger("kg.resolve")

#: the classes whose members have names people look up, in the order that decides an entity's type when it has several
_NAMED_CLASSES = ("Firm", "Region", "Organization", "University", "ResearchInstitute", "GovernmentBody", "IndustrialPark",
                  "ListingBoard", "IndustryAssociation", "Policy", "Industry", "Cluster", "ClusterTier", "Designation")
# one scan per predicate, joined here: one SPARQL query joining them took 2.1 s at 10k firms, these 0.8 s together
_SCANS = {
    "type": "PREFIX kg: <https://w3id.org/kg-cn/ontology#> SELECT ?e ?type WHERE { VALUES ?type { "
            + " ".join(f"kg:{c}" for c in _NAMED_CLASSES) + " } ?e a ?type }",
    "label": "SELECT ?e ?name (LANG(?name) AS ?lang) WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }",
    "alias": "SELECT ?e ?name WHERE { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?name }",
    "code": "SELECT ?e ?code WHERE { ?e <https://w3id.org/kg-cn/ontology#code> ?code }",
}
_ORG_SUBCLASSES = {"University", "ResearchInstitute", "GovernmentBody", "IndustrialPark", "ListingBoard", "IndustryAssociation"}
_ADMIN_SUFFIX = re.compile(r"(省|市|县|区|自治区|自治州|自治县|旗|盟|地区)$")
_EN_ADMIN_SUFFIX = re.compile(r"\s+(province|city|county|district|prefecture|autonomous region|region)$", re.I)
#: a name with Latin letters may be pinyin or English, which ``candidates`` looks up among the pinyin keys
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
# punctuation people type or leave out at will: quotes of every width, title marks, brackets, spaces
_LOOSE_DROP = re.compile(r"[\s“”\"'‘’《》〈〉「」『』【】()（）.,，、·-]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("tw2s")


def normalise(name: str) -> str:
    return _t2s().convert(unicodedata.normalize("NFKC", name).strip())


def pinyin_key(text: str) -> str:
    """``Chang Xing``, ``chángxīng``, ``CHANGXING`` → ``changxing``."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", stripped.lower().replace("ü", "v"))


def loose_key(name: str) -> str:
    """The name with quotes, brackets, spaces and case dropped: ``专精特新"小巨人"`` and
    ``专精特新“小巨人”`` meet, as do ``Intelligent Vehicles`` and ``intelligent vehicles``.

    >>> loose_key('专精特新"小巨人"') == loose_key("专精特新“小巨人”")
    True
    >>> loose_key(" New  Energy ")
    'newenergy'
    """
    return _LOOSE_DROP.sub("", normalise(name)).lower()


def entity_type(type_iri: str) -> str:
    local = type_iri.rsplit("#", 1)[-1]
    if local in _ORG_SUBCLASSES:
        return "Organization"
    if local == "ClusterTier":
        return "Cluster"
    return local


@dataclass
class Candidate:
    iri: str
    type: str
    label: str
    code: str | None = None

    def as_dict(self) -> dict:
        return {"iri": self.iri, "id": entity_id(self.iri), "type": self.type, "label": self.label, "code": self.code}

    def __reduce__(self):
        # pickled as its four strings (a saved name index, kg/store/saved.py): read back twice as fast as the default
        return (Candidate, (self.iri, self.type, self.label, self.code))


@dataclass
class NameIndex(saved.Saveable):
    """Saved beside an on-disk store and read back at the next start (kg/store/saved.py); what is built on first
    use (the search blob, the pinyin table, which the ``PinyinMemo`` makes cheap) is not saved."""

    TRANSIENT = ("_blob", "_pinyin_keys", "_pinyins", "_memo", "_lock")
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # name -> iris
    #: names (Chinese, aliases and English labels) by ``loose_key``
    loose: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    codes: dict[str, str] = field(default_factory=dict)
    info: dict[str, Candidate] = field(default_factory=dict)
    #: built on the first search: every name in one string, and the pinyin keys sorted (see ``search``)
    _blob: tuple[str, list[int], list[str]] | None = field(default=None, repr=False)
    _pinyin_keys: list[str] | None = field(default=None, repr=False)
    #: (iri, name, is a region) whose pinyin ``pinyins`` computes on first use
    _readings: list[tuple[str, str, bool]] = field(default_factory=list, repr=False)
    _pinyins: dict[str, set[str]] | None = field(default=None, repr=False)
    _memo: "PinyinMemo | None" = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(cls, store: Store, memo: "PinyinMemo | None" = None) -> "NameIndex":
        """The index of every named entity; pinyin keys are computed on first use (see ``pinyins``)."""
        idx = cls()
        idx._memo = memo
        types: dict[str, list[str]] = {}
        for row in store.select(_SCANS["type"]):
            types.setdefault(row["e"], []).append(row["type"].rsplit("#", 1)[-1])
        names: dict[str, list[str]] = defaultdict(list)
        zh: dict[str, str] = {}  # the label is the Chinese rdfs:label, not whichever alias came first
        for scan in ("label", "alias"):
            for row in store.select(_SCANS[scan]):
                if row["e"] in types and isinstance(row["name"], str):
                    names[row["e"]].append(row["name"])
                    if row.get("lang") == "zh":
                        zh[row["e"]] = row["name"]
        codes: dict[str, list[str]] = defaultdict(list)
        for row in store.select(_SCANS["code"]):
            if row["e"] in types and row["code"]:
                codes[row["e"]].append(str(row["code"]))
        readings: list[tuple[str, str, bool]] = []
        for iri in sorted(types):
            kinds = sorted(set(types[iri]), key=_NAMED_CLASSES.index)
            region = "Region" in kinds
            for name in names.get(iri, ()):
                idx.names[name].add(iri)
                if loose_key(name):
                    idx.loose[loose_key(name)].add(iri)
                readings.append((iri, name, region))
                for code in codes.get(iri, ()):
                    idx.codes[code] = iri
                if iri not in idx.info:
                    first = codes.get(iri)
                    idx.info[iri] = Candidate(iri, entity_type(kinds[0]), name, first[0] if first else None)
        idx._readings = readings
        for iri, label in zh.items():
            if iri in idx.info:
                idx.info[iri].label = label
        return idx

    @property
    def pinyins(self) -> dict[str, set[str]]:
        """Pinyin key → IRIs, for names not in Latin letters (and region names without 长兴县's 县).

        Computed on the first question that needs it, not with the rest of the index: a name in Chinese or a code
        never does, and ``pinyin()`` costs ~0.1 ms a name (2 s at 10k firms). A ``PinyinMemo`` keeps the
        readings across restarts.
        """
        with self._lock:
            if self._pinyins is None:
                table: dict[str, set[str]] = defaultdict(set)
                reading = self._memo or pinyin
                for iri, name, region in self._readings:
                    if not name.isascii():  # the pinyin of an English label is the label itself
                        table[reading(name)].add(iri)
                    stem = _ADMIN_SUFFIX.sub("", name) if region else name
                    if stem != name and len(stem) >= 2:
                        table[reading(stem)].add(iri)
                if self._memo is not None:
                    self._memo.save()
                self._pinyins = table
            return self._pinyins

    def candidates(self, name: str, types: set[str] | None = None) -> list[Candidate]:
        name = name.strip()
        if not name:
            return []
        if name.startswith(("http://", "https://")):
            hits = {name} if name in self.info else set()
        elif re.fullmatch(r"[0-9]{6}", name):
            hits = {self.codes[name]} if name in self.codes else set()
        elif name in self.info or BASE + "id/" + name in self.info:
            hits = {name if name in self.info else BASE + "id/" + name}
        else:
            simplified = normalise(name)
            hits = set(self.names.get(simplified, ()))
            if not hits and loose_key(name):
                hits = set(self.loose.get(loose_key(name), ()))
            if (not hits or name.isascii()) and re.fullmatch(r"[A-Za-z\u00C0-\u024F\s'’-]+", name):
                # Latin letters: an English label or pinyin, whichever names something
                hits |= set(self.pinyins.get(pinyin_key(name), ()))
            if not hits and _EN_ADMIN_SUFFIX.search(name):
                # "Zhejiang Province", "Changxing County": the English label is the stem
                stem = _EN_ADMIN_SUFFIX.sub("", name)
                hits = {i for i in self.loose.get(loose_key(stem), set()) | self.pinyins.get(pinyin_key(stem), set())
                        if self.info[i].type == "Region"}
        out = [self.info[i] for i in sorted(hits)]
        if types:
            out = [c for c in out if c.type in types]
        return out

    def search(self, q: str) -> dict[str, int]:
        """Autocomplete: IRI → rank (0 a name or pinyin equal to ``q``, 1 one that starts with it, 2 a name that
        contains it) for every name containing ``normalise(q)`` and every pinyin starting with ``pinyin_key(q)``.

        Names are searched as one string (``str.find`` runs in C) and pinyin by bisection over the sorted keys,
        instead of a Python loop over every name: 0.2 ms instead of 10 ms at 10k firms.

        >>> idx = NameIndex()
        >>> for name, iri in (("长兴县", "r"), ("长兴恒达", "f"), ("浙江长兴", "g")):
        ...     idx.names[name].add(iri); idx.pinyins[pinyin(name)].add(iri)
        >>> sorted(idx.search("长兴").items()), sorted(idx.search("changxingh").items())
        ([('f', 1), ('g', 2), ('r', 1)], [('f', 1)])
        """
        needle = normalise(q)
        hits: dict[str, int] = {}

        def hit(iris: set[str], rank: int) -> None:
            for iri in iris:
                if rank < hits.get(iri, 9):
                    hits[iri] = rank

        if not needle or "\n" in needle:  # every name matches "", and the blob separates names by newlines
            for name, iris in self.names.items():
                if needle in name:
                    hit(iris, 0 if name == needle else 1 if name.startswith(needle) else 2)
        else:
            blob, starts, names = self._name_blob()
            at = blob.find(needle)
            while at >= 0:
                i = bisect.bisect_right(starts, at) - 1
                name = names[i]
                hit(self.names[name], 0 if name == needle else 1 if at == starts[i] else 2)
                at = blob.find(needle, starts[i] + len(name) + 1)  # the next name
        py = pinyin_key(q)
        if py:
            keys = self._sorted_pinyin()
            at = bisect.bisect_left(keys, py)
            while at < len(keys) and keys[at].startswith(py):
                hit(self.pinyins[keys[at]], 0 if keys[at] == py else 1)
                at += 1
        return hits

    def searchable(self, q: str) -> bool:
        """Whether ``search(q)`` runs from memory alone: the structures it needs are built (cheap to ask)."""
        return self._blob is not None and (not pinyin_key(q) or self._pinyin_keys is not None)

    def _name_blob(self) -> tuple[str, list[int], list[str]]:
        if self._blob is None:
            names = sorted(n for n, iris in self.names.items() if iris)
            starts, pos = [], 0
            for name in names:
                starts.append(pos)
                pos += len(name) + 1
            self._blob = ("\n".join(names), starts, names)
        return self._blob

    def _sorted_pinyin(self) -> list[str]:
        if self._pinyin_keys is None:
            self._pinyin_keys = sorted(k for k, iris in self.pinyins.items() if iris)
        return self._pinyin_keys

    def nearest(self, name: str, types: set[str] | None = None, n: int = 5) -> list[str]:
        """Up to ``n`` names (labels, aliases or English labels) that look like ``name``."""
        pool = {label for label, iris in self.names.items()
                if not types or any(self.info[i].type in types for i in iris)}
        return difflib.get_close_matches(normalise(name)[:200], sorted(pool), n=n, cutoff=0.3)

    def resolve(self, name: str, kind: str, types: set[str] | None = None) -> Candidate:
        """Exactly one entity for ``name``, or ``NotFound`` (with the nearest names) or ``Ambiguous``."""
        found = self.candidates(name, types)
        one = _one(name, found)
        if one is not None:
            return one
        if not found:
            raise NotFound(kind, name, self.nearest(name, types))
        raise Ambiguous(kind, name, [c.as_dict() for c in found])

    def resolved(self, name: str, types: set[str] | None = None) -> Candidate | None:
        """``resolve``'s entity when finding it takes a few lookups in memory; None when it would not (a name in
        Latin letters before the pinyin is computed) or when ``resolve`` would raise (its nearest names are a scan).
        For routes that answer on the event loop: they resolve again in the thread pool on None.

        >>> idx = NameIndex()
        >>> idx.info["r"] = Candidate("r", "Region", "长兴县", "330522"); idx.codes["330522"] = "r"
        >>> idx.resolved("330522").label, idx.resolved("changxing"), idx.resolved("湖州")
        ('长兴县', None, None)
        """
        name = name.strip()
        lookup = name.startswith(("http://", "https://")) or name in self.info or BASE + "id/" + name in self.info
        if self._pinyins is None and not lookup and _LATIN.search(name):
            return None
        return _one(name, self.candidates(name, types))


def _one(name: str, found: list[Candidate]) -> Candidate | None:
    """The one candidate ``name`` means, if it means one: the only one, or the only one it names exactly."""
    exact = [c for c in found if c.label == normalise(name)]
    if len(exact) != 1:  # a name that is one candidate's label wins over others' aliases
        exact = [c for c in found if loose_key(c.label) == loose_key(name)]
    if len(found) == 1 or len(exact) == 1:
        return (exact or found)[0]
    return None


class PinyinMemo:
    """``pinyin(name)`` remembered in a JSON file, so that a restart does not compute every name's pinyin again.

    A name's pinyin depends on the name and the pypinyin version only, never on what the store holds, so the file
    cannot be stale: names added since are computed (and added to it), names gone are merely unused. The file
    records the pypinyin version and is ignored under another one.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.known: dict[str, str] | None = None  # read on first use: a start that needs no pinyin never reads it
        self.added = 0

    def _read(self) -> dict[str, str]:
        from importlib.metadata import version

        self.version = version("pypinyin")
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
            if saved.get("pypinyin") == self.version:
                return dict(saved["names"])
        except (OSError, ValueError, KeyError, AttributeError, TypeError):
            pass  # no file yet, or an unreadable one: start afresh
        return {}

    def __call__(self, name: str) -> str:
        if self.known is None:
            self.known = self._read()
        found = self.known.get(name)
        if found is None:
            found = self.known[name] = pinyin(name)
            self.added += 1
        return found

    def save(self) -> None:
        """Write the file (whole, then renamed into place) if new names were computed since it was read."""
        if not self.added:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_text(json.dumps({"pypinyin": self.version, "names": self.known}, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
            self.added = 0
        except OSError as e:  # a read-only place: the memo only saves time, the index is right without it
            log.warning("cannot save the pinyin memo %s: %s", self.path, e)


class Resolver:
    """A ``NameIndex`` kept in step with the store's generation counter.

    ``pinyin_memo``: a file where name readings are kept across restarts (see ``PinyinMemo``); none by default.
    """

    def __init__(self, store: Store, pinyin_memo: str | Path | None = None) -> None:
        self.store = store
        self._index: NameIndex | None = None
        self._generation = -1
        self._memo = PinyinMemo(pinyin_memo) if pinyin_memo else None
        self._lock = threading.Lock()  # one build (or read of the saved index) at a time

    def current(self) -> NameIndex | None:
        """The index if it is built for the store's current generation, else None (never builds)."""
        return self._index if self._index is not None and self._generation == self.store.generation else None

    @property
    def index(self) -> NameIndex:
        found = self.current()
        if found is not None:
            return found
        with self._lock:
            return self._build()

    def _build(self) -> NameIndex:
        generation = self.store.generation
        if self._index is None or self._generation != generation:
            # read the generation first: a write during the build leaves this index older than the store, so the
            # next question builds again
            index = saved.read_or_build(self.store, "names", NameIndex, lambda: NameIndex.build(self.store, self._memo))
            index._memo = self._memo
            self._index, self._generation = index, generation
        return self._index

    def resolve(self, name: str, kind: str, types: set[str] | None = None) -> Candidate:
        return self.index.resolve(name, kind, types)

    def resolved(self, name: str, types: set[str] | None = None) -> Candidate | None:
        """``NameIndex.resolved`` on the current index; None while it is not built (never builds)."""
        index = self.current()
        return index.resolved(name, types) if index is not None else None

    def warm(self) -> None:
        """Read the name index if it was saved at the store's stamp, building nothing (``kg serve`` at start)."""
        if saved.current(self.store, "names", NameIndex):
            self.index


__all__ = ["Resolver", "NameIndex", "PinyinMemo", "Candidate", "pinyin_key", "normalise", "loose_key"]
