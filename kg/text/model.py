"""The records that the text pipeline hands to extraction."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One sentence of the normalised body.

    ``text`` is normalised (pinyin stripped, simplified, damage repaired, NFKC punctuation as
    described in ``kg.text.normalize``). ``start``/``end`` index ``Article.text``;
    ``raw_start``/``raw_end`` index ``Article.raw`` (the decoded file), so that
    ``article.raw[raw_start:raw_end]`` is the source of this sentence.
    """

    index: int
    text: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    quarantined: bool = False  # holds an unrepaired damage marker: never build entities from it
    paragraph: int = 0  # index of the paragraph (block) the sentence is in
    heading: bool = False  # a heading / title line rather than running text
    cell: int | None = None  # the column of a table row's cell (the row is the paragraph); None in running text


@dataclass
class Article:
    path: str | None
    raw: str  # the decoded raw file, unchanged
    text: str  # normalised body, chrome and spam dropped; sentences index into it
    sentences: list[Sentence]
    offsets: list[int]  # offsets[i] = index in ``raw`` of ``text[i]``; len(offsets) == len(text) + 1
    sha256: str  # of the raw bytes
    encoding: str
    media_type: str  # "text/plain", "text/html" or "text/markdown" (detected by content)
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD (or YYYY-MM)
    source: str | None = None
    authors: list[str] = field(default_factory=list)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of ``raw`` it came from."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1
