"""Literal words in text, without building a regular expression per word per sentence.

The finders look for hundreds of dictionary words in every sentence; most are absent, and ``word in text``
answers that far faster than compiling and running ``re.escape(word)``. The matches are exactly those of
``re.finditer(re.escape(word), text)``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache


@lru_cache(maxsize=8192)
def _literal(word: str) -> re.Pattern[str]:
    return re.compile(re.escape(word))


def finditer(word: str, text: str) -> Iterator[re.Match[str]]:
    """``re.finditer(re.escape(word), text)``, skipping the pattern when ``word`` is not in ``text``.

    >>> [m.span() for m in finditer("产业", "新兴产业和传统产业")]
    [(2, 4), (7, 9)]
    """
    return _literal(word).finditer(text) if word in text else iter(())


@lru_cache(maxsize=256)
def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


def alternatives(words: Iterable[str]) -> str:
    """``"|".join(map(re.escape, words))``, escaped once per list of words (in the order given).

    >>> alternatives(["县委", "市委"])
    '县委|市委'
    """
    return _alternatives(tuple(words))


class _Words:
    """One Aho-Corasick automaton over a dictionary's words, each with its rank in the dictionary's order."""

    def __init__(self, words: Iterable[str]) -> None:
        import ahocorasick

        self.words = tuple(words)
        self.automaton = ahocorasick.Automaton()
        for rank, word in enumerate(self.words):
            self.automaton.add_word(word, (rank, len(word)))
        if self.words:
            self.automaton.make_automaton()


_automata: dict[int, tuple[object, _Words]] = {}


def _words(dictionary: Mapping[str, object]) -> _Words:
    # keyed by the dictionary object (kept alive beside its automaton, so its id is not reused) and checked
    # against its keys, so a dictionary changed since is indexed anew
    held = _automata.get(id(dictionary))
    if held is None or held[0] is not dictionary or len(held[1].words) != len(dictionary) or held[1].words != tuple(dictionary):
        if len(_automata) >= 64:
            _automata.clear()
        held = _automata[id(dictionary)] = (dictionary, _Words(dictionary))
    return held[1]


def occurrences(dictionary: Mapping[str, object], text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of every dictionary word in ``text``, in one pass over the text.

    The same matches, in the same order, as ``for word in dictionary: for m in finditer(word, text)``: words in the
    dictionary's order, each word's matches left to right and not overlapping one another.

    >>> occurrences({"化工": 1, "产业": 2, "工产": 3}, "化工产业产业")
    [('化工', 0, 2), ('产业', 2, 4), ('产业', 4, 6), ('工产', 1, 3)]
    """
    if "" in dictionary:  # the empty word matches everywhere: leave that to the regular expression
        return [(w, m.start(), m.end()) for w in dictionary for m in finditer(w, text)]
    words = _words(dictionary)
    if not words.words:
        return []
    hits = sorted((rank, end + 1 - size) for end, (rank, size) in words.automaton.iter(text))
    out: list[tuple[str, int, int]] = []
    last_rank, taken_until = -1, 0
    for rank, start in hits:
        if rank != last_rank:
            last_rank, taken_until = rank, 0
        if start >= taken_until:  # finditer resumes after its last match
            word = words.words[rank]
            out.append((word, start, start + len(word)))
            taken_until = start + len(word)
    return out


class Cued:
    """A regular expression whose every match holds certain words, run only on a text that holds them all.

    A pattern that opens on a character class (``[一-龥]{2,14}?生产线``) is tried at every position of a
    sentence, and most sentences cannot match it; ``word in text`` tells so far faster.
    Each need is a word, or a tuple of words any one of which will do.

    >>> line = Cued(r"[一-龥]{2,4}?生产线", "产线")
    >>> [m.group() for m in line.finditer("新建水泥生产线")], list(line.finditer("新建水泥厂"))
    (['新建水泥生产线'], [])
    """

    def __init__(self, pattern: str, *needs: str | tuple[str, ...]) -> None:
        self.pattern = re.compile(pattern)
        self.needs = tuple((need,) if isinstance(need, str) else need for need in needs)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text)``."""
        for need in self.needs:  # plain loops: generators here would cost as much as they save
            for word in need:
                if word in text:
                    break
            else:
                return iter(())
        return self.pattern.finditer(text)
