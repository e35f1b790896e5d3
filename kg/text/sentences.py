"""Sentence splitting by the convention the gold evidence uses.

Every line (block) is a boundary; inside a line a sentence ends after 。 ! ? (``！？`` are
half-width by now), and closing quotes or brackets that follow stay with it (``…客户”。``,
``…」。``). ``;`` and ``,`` never end a sentence: a claim and its figures often span clauses.
Headings, captions, table cells and front-matter lines are sentences too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.text.model import Sentence
from kg.text.offsets import Mapped

_END = re.compile(r"[。!?]+[”’」』)\]】》\"']*")


@dataclass(frozen=True)
class Line:
    """A kept line of the article text."""

    start: int  # into the article text
    end: int
    paragraph: int
    heading: bool = False


def split_spans(
    text: str, start: int = 0, end: int | None = None, keep: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]``, stripped of surrounding whitespace.

    A terminator at a position in ``keep`` (a damage ``?``) does not end a sentence.

    >>> t = "他说:“好。”然后走了!再见"
    >>> [t[a:b] for a, b in split_spans(t)]
    ['他说:“好。”', '然后走了!', '再见']
    """
    end = len(text) if end is None else end
    spans = []
    pos = start
    for match in _END.finditer(text, start, end):
        if match.start() in keep:
            continue
        spans.append(_strip(text, pos, match.end()))
        pos = match.end()
    spans.append(_strip(text, pos, end))
    return [(a, b) for a, b in spans if b > a]


def split_sentences(body: Mapped, lines: list[Line], damage: list[int]) -> list[Sentence]:
    """The sentences of the article ``body`` (kept lines joined by newlines), mapped into the raw text.

    A sentence that holds a position of ``damage`` is quarantined.
    """
    damaged = frozenset(damage)
    sentences: list[Sentence] = []
    columns = 0  # the width of the space-separated table whose header or row the line before was
    for line in lines:
        cells = row_cells(body.text, line.start, line.end)
        if cells is None:
            cells, columns = spaced_cells(body.text, line.start, line.end, columns)
        else:
            columns = 0
        for column, (a, b) in enumerate(cells or [(line.start, line.end)]):
            for start, end in split_spans(body.text, a, b, damaged):
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        text=body.text[start:end],
                        start=start,
                        end=end,
                        raw_start=body.offsets[start],
                        raw_end=body.offsets[end - 1] + 1,
                        quarantined=any(start <= d < end for d in damage),
                        paragraph=line.paragraph,
                        heading=line.heading,
                        cell=column if cells else None,
                    )
                )
    return sentences


_MARKDOWN_ROW = re.compile(r"\|(?:[^|\n]*\|){2,}")


def row_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of a table row: tab-separated (an HTML row, TSV) or a Markdown ``| a | b |`` row.

    >>> t = "1\\t宁波天生密封件有限公司\\t鄞州区"
    >>> [t[a:b] for a, b in row_cells(t, 0, len(t))]
    ['1', '宁波天生密封件有限公司', '鄞州区']
    """
    if "\t" in text[start:end]:
        bounds = [start] + [i + 1 for i in range(start, end) if text[i] == "\t"]
        return [(a, (b - 1 if b != end else b)) for a, b in zip(bounds, bounds[1:] + [end])]
    if _MARKDOWN_ROW.fullmatch(text, start, end):
        bounds = [i for i in range(start, end) if text[i] == "|"]
        return [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    return None


_FIELD = re.compile(r"\S+")
_HEADER_FIELD = re.compile(r"[\u4e00-\u9fff()（）、]{2,10}")
# a table's name column, in any of the ways designation lists head it (kg.extract.tables reads the same header)
NAME_HEADER = re.compile(r"(?:企业|公司|单位|申报单位|申报企业|企业\(单位\))(?:名称|全称)?|名称")


def spaced_cells(text: str, start: int, end: int, columns: int) -> tuple[list[tuple[int, int]] | None, int]:
    """A table flattened to lines of fields between spaces (a notice's ``<p>1 山西钢科碳材料有限公司 太原市 高性能碳纤维</p>``):
    a header line names a name column among three or more short fields, and each line after it with as many fields is
    a row. Returns the line's cells (``None`` when it is running text) and the width of the table it continues.

    >>> t = "序号 企业名称 所在地"
    >>> spaced_cells(t, 0, len(t), 0)
    ([(0, 2), (3, 7), (8, 11)], 3)
    >>> t = "1 宁波天生密封件有限公司 鄞州区"
    >>> [t[a:b] for a, b in spaced_cells(t, 0, len(t), 3)[0]]
    ['1', '宁波天生密封件有限公司', '鄞州区']
    """
    fields = [m.span() for m in _FIELD.finditer(text, start, end)]
    if len(fields) < 3 or "。" in text[start:end]:
        return None, 0
    if columns and len(fields) == columns:
        return fields, columns
    words = [text[a:b] for a, b in fields]
    if all(_HEADER_FIELD.fullmatch(w) for w in words) and any(NAME_HEADER.fullmatch(w) for w in words):
        return fields, len(fields)
    return None, 0


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
