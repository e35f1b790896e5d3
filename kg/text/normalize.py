"""Normalisation with an offset map: NFC, width, known damage, pinyin, simplification, spaces.

The steps, in order, and why:

1. NFC, so that a tone mark is one code point and pinyin can be recognised.
2. Full-width ASCII forms to half-width (``，``→``,`` ``（``→``(`` ``１``→``1``): the seeds print ASCII
   punctuation and other pages full-width, and the extractors should see one form. The
   Chinese-only marks ``、。“”《》—`` have no ASCII form and stay.
3. Repair of known source damage (mojibake left by the publishing site), from ``REPAIRS``.
   The patterns are written against the raw text, so this runs before pinyin stripping.
4. Pinyin annotations such as ``產(chǎn)`` are removed (see ``is_pinyin_annotation``).
5. OpenCC ``tw2s``: Taiwan-standard traditional to simplified, character level. Unlike ``t2s``
   it turns 著 into 着 in 随着/着力 while keeping 显著; it never rewrites phrases as ``tw2sp``
   does. It maps one character to one character, which keeps the offset map. A text it changed then
   goes through ``hk2s`` (Hong Kong forms such as 衞) and 矽 → 硅, one character to one as well.
6. Corner brackets ``「」『』`` (Hong Kong and Taiwan quotes) become ``“”‘’``, the quotes the extractors
   read names in: 有「中國竹編之鄉」之稱 is the same title as 有“中国竹编之乡”之称. One character each.
7. Spaces: U+3000 and NBSP used as indents are deleted, other runs of spaces become one space.

Damage that no repair covers is reported by ``damage_markers`` so that sentences holding it
can be quarantined rather than mined for entities.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

from kg.text.offsets import Builder, Mapped

# Source damage whose repair is certain from context: (pattern on the raw text, replacement, where seen).
# Each match holds a "?" (normalize skips them all on a text without one).
REPAIRS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"(?<=內\(nèi\))\?\?h(?=域)"), "。縣", "seed 000: 交通圈內(nèi)??h域內 → 交通圈内。县域内"),
    (re.compile(r"(?<=突出)\?;\ue2a6A(?=\(chǔ\)研究)"), "。基礎", "seed 000: 不突出?;\\ue2a6A(chǔ)研究 → 不突出。基础研究"),
    (re.compile(r"(?<=演變)\?yōu\)閯\?chuàng\)(?=新鏈)"), "為創", "seed 002: 演變?yōu)閯?chuàng)新鏈 → 演变为创新链"),
    (re.compile(r"(?<=推動)\?xùn\)\|(?=部地區)"), "東", "seed 002: 推動?xùn)|部地區 → 推动东部地区"),
]

TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_UNTONED = str.maketrans(TONE_LETTERS, "aaaaeeeeiiiioooouuuuüüüünnnm")
_TONED = re.compile(f"[{TONE_LETTERS}]")
_INITIALS = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = (
    "a o e ê ai ei ao ou an en ang eng ong er i ia ie iao iu iou ian in iang ing iong "
    "u ua uo uai ui uei uan un uen uang ueng ü üe üan ün ue n ng m"
).split()
_SYLLABLE = re.compile(rf"{_INITIALS}(?:{'|'.join(sorted(_FINALS, key=len, reverse=True))})")
_ANNOTATION = re.compile(rf"\(([a-zü{TONE_LETTERS}]{{1,7}})\)")
_ORPHAN = re.compile(rf"(?<![(a-zü{TONE_LETTERS}])[a-zü{TONE_LETTERS}]{{1,6}}\)")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_MARKER = re.compile(rf"(?<=[{_CJK}])\?+(?=[{_CJK}])|[\ue000-\uf8ff\ufffd]")
_MARKER_CHARS = re.compile("[?\ue000-\uf8ff\ufffd]")  # a character every match of _MARKER holds
_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
# 二○三五年: a circle typed for the numeral zero 〇 between Chinese numerals
_ZERO_LOOKALIKE = re.compile("(?<=[〇一二三四五六七八九])[○◯]|[○◯](?=[〇一二三四五六七八九])")
_CORNER_QUOTES = re.compile("[「」『』]")
_CORNER = dict(zip("「」『』", "“”‘’"))
_EDGE_SPACE = re.compile(r"^[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+$|\r", re.M)
# a tab separates the cells of a table row (kg.text.html puts one between cells; TSV has them): it stays, one per gap
_CELL_GAP = re.compile(r"[ \u00a0\u3000]*\t[ \t\u00a0\u3000]*")
_INNER_SPACE = re.compile(r"[ \u00a0\u3000]{2,}|[\u00a0\u3000]")
_COMBINING = re.compile(r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]+", re.S)


class _Simplifier:
    """``tw2s``; then, in a text that had traditional characters, ``hk2s`` for the Hong Kong forms ``tw2s`` keeps
    (水暖厨衞 → 水暖厨卫) and the mainland character for silicon (多晶矽 → 多晶硅). All three map one character to one."""

    def __init__(self) -> None:
        self._tw, self._hk = OpenCC("tw2s"), OpenCC("hk2s")

    def convert(self, text: str) -> str:
        simplified = self._tw.convert(text)
        if simplified == text:
            return text  # a simplified text (most are): nothing for the other two to do
        return self._hk.convert(simplified).translate(_MAINLAND)


_MAINLAND = str.maketrans({"矽": "硅"})


@lru_cache(maxsize=1)
def _converter() -> _Simplifier:
    """One converter per process: creating it loads the dictionaries (tens of ms)."""
    return _Simplifier()


def normalize(mapped: Mapped) -> Mapped:
    """Run all steps, keeping the map into the raw text.

    >>> normalize(Mapped.identity("產(chǎn)業(yè)發(fā)展，隨著")).text
    '产业发展,随着'
    """
    mapped = nfc(mapped)
    mapped = mapped.replace_chars(_FULLWIDTH, _WIDTH)
    if "?" in mapped.text:  # every repair mends a "?" the damage left (each pattern opens on a lookbehind, slow to scan)
        for pattern, replacement, _ in REPAIRS:
            mapped = mapped.sub(pattern, replacement)
    mapped = mapped.sub(_ANNOTATION, lambda m: "" if is_pinyin_annotation(m.group(1)) else m.group(0))
    mapped = simplify(mapped)
    mapped = mapped.replace_chars(_CORNER_QUOTES, _CORNER)
    if "○" in mapped.text or "◯" in mapped.text:
        mapped = mapped.sub(_ZERO_LOOKALIKE, "〇")
    return mapped.sub(_EDGE_SPACE, "").sub(_CELL_GAP, "\t").sub(_INNER_SPACE, " ")


def normalize_text(text: str) -> str:
    """``normalize`` for a plain string (gold evidence, queries, test fixtures)."""
    return normalize(Mapped.identity(text)).text


def nfc(mapped: Mapped) -> Mapped:
    """NFC, composing only where needed; combined characters map to their first source."""
    if unicodedata.is_normalized("NFC", mapped.text):
        return mapped
    mapped = mapped.sub(_COMBINING, lambda m: unicodedata.normalize("NFC", m.group(0)))
    return mapped.sub(re.compile(r".", re.S), lambda m: unicodedata.normalize("NFC", m.group(0)))


def is_pinyin_annotation(inner: str) -> bool:
    """True for the inside of ``(chǎn)``: a tone-marked letter and a valid syllable without tones.

    >>> [is_pinyin_annotation(s) for s in ["chǎn", "lǜ", "lüè", "ńg", "café", "fa", "ABC", "xyz"]]
    [True, True, True, True, False, False, False, False]
    """
    if not _TONED.search(inner):
        return False
    return _SYLLABLE.fullmatch(inner.translate(_UNTONED)) is not None


def simplify(mapped: Mapped) -> Mapped:
    """Traditional to simplified (``_Simplifier``); if a conversion ever changes length, realign line by line."""
    convert = _converter().convert
    new = convert(mapped.text)
    if len(new) == len(mapped.text):
        return Mapped(new, mapped.offsets)
    builder = Builder()
    pos = 0
    for line in mapped.text.splitlines(keepends=True):
        converted = convert(line)
        if len(converted) == len(line):
            builder.add_mapped(converted, mapped.offsets[pos:pos + len(line)])
        else:
            builder.spread(converted, mapped.offsets[pos:pos + len(line)])
        pos += len(line)
    return builder.build(mapped.offsets[-1])


def damage_markers(mapped: Mapped, raw: str) -> list[int]:
    """Positions in ``mapped.text`` of damage no repair covered.

    A marker is an ASCII ``?`` between CJK characters (a full-width ``？`` in the raw text is a
    real question mark), a private-use character, U+FFFD, or a pinyin syllable closed by ``)``
    that has lost its ``(``.
    """
    text = mapped.text
    found = []
    # each pattern opens on a lookbehind, slow to scan: a text without the characters a match needs is not scanned
    if _MARKER_CHARS.search(text):
        found += [m.start() for m in _MARKER.finditer(text)
                  if text[m.start()] != "?" or raw[mapped.offsets[m.start()]] == "?"]
    if _TONED.search(text):
        found += [m.start() for m in _ORPHAN.finditer(text) if _TONED.search(m.group(0))]
    return sorted(found)
