"""jieba, loaded once and quietly: token boundaries and word statistics for the filters."""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    jieba.dt.initialize()
    # jieba tags these industry nouns as numerals ("mq"), which would cut 关键零部件 out of industry names
    for word in ("零部件", "关键零部件", "零配件"):
        jieba.dt.add_word(word, tag="n")
    return jieba.dt


def token_bounds(text: str) -> set[int]:
    """Offsets at which jieba puts a token boundary (HMM off: new words are not guessed)."""
    bounds = {0, len(text)}
    pos = 0
    for token in _tokenizer().cut(text, HMM=False):
        pos += len(token)
        bounds.add(pos)
    return bounds


def word_freq(word: str) -> int:
    return _tokenizer().FREQ.get(word, 0) or 0


def word_tag(word: str) -> str | None:
    _tokenizer()
    return jieba.posseg.dt.word_tag_tab.get(word)


def tokens(text: str) -> list[str]:
    return list(_tokenizer().cut(text, HMM=False))


def tagged(text: str) -> list[tuple[str, str]]:
    """(token, part-of-speech) pairs, HMM off."""
    _tokenizer()
    return [(w.word, w.flag) for w in jieba.posseg.dt.cut(text, HMM=False)]
