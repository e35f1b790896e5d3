"""jieba, loaded once and quietly: token boundaries and word statistics for the filters.

jieba cuts a text block by block (runs of Han characters and the like, split at punctuation), and a block's
tokens depend on that block alone. The finders ask for the tokens of many overlapping pieces of the same
sentence, so each block is cut once per document and remembered, as are a sentence's token boundaries, which
cut only the blocks asked about (``forget`` starts a new document).
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, repeat
from math import log

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)

#: jieba's own block patterns: ``jieba.cut`` (HMM off) and ``jieba.posseg.cut`` split a text by these first
_BLOCK = jieba.re_han_default
_TAGGED_BLOCK = jieba.posseg.re_han_internal
_HAN_ONLY = re.compile("[\u4E00-\u9FD5]+")  # jieba's Han range
_ENG = jieba.re_eng
_ENG_CHARS = frozenset(c for c in map(chr, range(128)) if _ENG.match(c))  # what _ENG matches in one character
_cut: dict[str, tuple[str, ...]] = {}
_tags: dict[str, tuple[tuple[str, str], ...]] = {}
_bounds: dict[str, Bounds] = {}  # a sentence's token boundaries, asked for by several finders
#: counts the documents begun (``forget``), so that other per-document memos know when to start afresh
document = 0


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    jieba.dt.initialize()
    # jieba tags these industry nouns as numerals ("mq"), which would cut 关键零部件 out of industry names, and cuts
    # 智能网联 (connected vehicles) as 智能网/联 with 联 a verb, which would cut it out of cluster and industry names
    for word in ("零部件", "关键零部件", "零配件", "智能网联"):
        jieba.dt.add_word(word, tag="n")
    return jieba.dt


def forget() -> None:
    """Drop the remembered blocks: called once per document, so memory stays bounded by one document."""
    global document
    _cut.clear()
    _tags.clear()
    _bounds.clear()
    document += 1


def _blocks(text: str, pattern) -> list[str]:
    return list(filter(None, pattern.split(text)))  # the non-empty pieces


def _cut_block(blk: str) -> tuple[str, ...]:
    out = _cut.get(blk)
    if out is None:
        if _BLOCK.fullmatch(blk):
            out = _cut[blk] = _cut_words(blk)
        else:
            out = _cut[blk] = tuple(_tokenizer().cut(blk, HMM=False))
    return out


def _cut_words(blk: str) -> tuple[str, ...]:
    """``jieba.cut(blk, HMM=False)`` for one block that jieba's block pattern matches whole, computed the same way
    (its word graph, then the most probable route from the right, then single Latin letters and digits glued),
    with one dictionary look-up per fragment and the graph scored as it is walked, never stored."""
    tk = _tokenizer()
    get = tk.FREQ.get
    logtotal = log(tk.total)
    n = len(blk)
    unknown = log(1) - logtotal  # a character the dictionary lacks: frequency 1
    # jieba's get_DAG and calc in one pass from the right: each start's words (every dictionary word there, ends
    # ascending) are scored as soon as the scores after them are known; on equal scores the later end wins,
    # as jieba's max((score, end)) has it
    score = [0.0] * (n + 1)
    route = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best = best_end = None
        i = k
        frag = blk[k]
        while i < n:
            f = get(frag)
            if f is None:
                break
            if f:
                cand = log(f) - logtotal + score[i + 1]
                if best is None or cand >= best:
                    best, best_end = cand, i
            i += 1
            frag = blk[k:i + 1]
        if best is None:
            best, best_end = unknown + score[k + 1], k
        score[k], route[k] = best, best_end
    out: list[str] = []
    x = 0
    buf = ""
    while x < n:  # jieba's __cut_DAG_NO_HMM: runs of single Latin letters or digits are one token
        y = route[x] + 1
        word = blk[x:y]
        if y - x == 1 and word in _ENG_CHARS:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
    return tuple(out)


def _tag_block(blk: str) -> tuple[tuple[str, str], ...]:
    out = _tags.get(blk)
    if out is None:
        _tokenizer()
        posseg = jieba.posseg.dt
        posseg.makesure_userdict_loaded()
        if _HAN_ONLY.fullmatch(blk):
            # posseg takes the same route over a block as jieba.cut and looks each word's tag up; with no Latin letter
            # or digit in the block it has no English run to glue, so the words are jieba.cut's, already cut
            words = _cut_block(blk)
            out = tuple(zip(words, map(posseg.word_tag_tab.get, words, repeat("x"))))
        else:
            out = tuple((w.word, w.flag) for w in posseg.cut(blk, HMM=False))
        _tags[blk] = out
    return out


class Bounds:
    """The offsets at which jieba puts a token boundary in a text, ``0`` and the text's end among them: ask with
    ``offset in bounds``.

    The finders ask about an offset or two near a name, mostly in one block of a long sentence, so a block is
    cut only when an offset inside it is asked about (a block's own edges are boundaries: no token spans two).

    >>> bounds = Bounds("浙江省长兴县新能源汽车")  # 浙江省 长兴县 新能源 汽车
    >>> 3 in bounds, 2 in bounds
    (True, False)
    """

    __slots__ = ("_text", "_starts", "_inside")

    def __init__(self, text: str) -> None:
        self._text = text
        # where each block starts, then the text's end: the blocks tokens() cuts, in order
        self._starts = [0, *accumulate(map(len, _blocks(text, _BLOCK)))]
        self._inside: dict[int, frozenset[int]] = {}  # a cut block's boundaries, by the block's number

    def __contains__(self, offset: int) -> bool:
        starts = self._starts
        if not 0 <= offset <= starts[-1]:
            return False
        i = bisect_right(starts, offset) - 1
        if starts[i] == offset:
            return True
        inside = self._inside.get(i)
        if inside is None:
            start = starts[i]
            words = _cut_block(self._text[start:starts[i + 1]])
            inside = self._inside[i] = frozenset(accumulate(map(len, words), initial=start))
        return offset in inside


def token_bounds(text: str) -> Bounds:
    """Offsets at which jieba puts a token boundary (HMM off: new words are not guessed)."""
    out = _bounds.get(text)
    if out is None:
        out = _bounds[text] = Bounds(text)
    return out


def word_freq(word: str) -> int:
    return _tokenizer().FREQ.get(word, 0) or 0


def word_tag(word: str) -> str | None:
    _tokenizer()
    return jieba.posseg.dt.word_tag_tab.get(word)


def tokens(text: str) -> list[str]:
    """``jieba.cut(text, HMM=False)``, block by block."""
    return [tok for blk in _blocks(text, _BLOCK) for tok in _cut_block(blk)]


def tokens_from_right(text: str) -> Iterator[str]:
    """``reversed(tokens(text))``, cutting a block only when the walk reaches it."""
    for blk in reversed(_blocks(text, _BLOCK)):
        yield from reversed(_cut_block(blk))


def tagged_from_right(text: str) -> Iterator[tuple[str, str]]:
    """``reversed(tagged(text))``, tagging a block only when the walk reaches it."""
    for blk in reversed(_blocks(text, _TAGGED_BLOCK)):
        yield from reversed(_tag_block(blk))


def tagged(text: str) -> list[tuple[str, str]]:
    """(token, part-of-speech) pairs, HMM off: ``jieba.posseg.cut(text, HMM=False)``, block by block."""
    return [pair for blk in _blocks(text, _TAGGED_BLOCK) for pair in _tag_block(blk)]


def sole_tag(phrase: str) -> str | None:
    """The part of speech of ``phrase`` when the tagger reads it as one word, else None (巩固 → v, 汽车零部件 → None)."""
    toks = tagged(phrase)
    return toks[0][1] if len(toks) == 1 else None


def clause_words(words: str) -> bool:
    """Words with a preposition, an adverb, a conjunction, a pronoun or a modal verb: a clause, not a name."""
    return any(tag in ("p", "d", "c", "r", "t", "uj", "ul") or tok in ("可以", "应当", "能够", "达到") for tok, tag in tagged(words))
