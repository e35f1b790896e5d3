"""Raw bytes to an ``Article``: decode → markup to text → normalise → provenance → chrome → sentences.

Each stage is a pure function in its own module; this one only wires them and keeps the
offset map from the article text back into the decoded raw string.
"""
from __future__ import annotations

import hashlib
import re

from kg.text.chrome import chrome_lines, is_heading
from kg.text.decode import decode
from kg.text.html import detect_media_type, extract
from kg.text.metadata import Metadata, read_metadata
from kg.text.model import Article
from kg.text.normalize import damage_markers, normalize
from kg.text.offsets import Builder, Mapped
from kg.text.sentences import Line, split_sentences

_LINE = re.compile(r"[^\n]+")
_CLAUSE_PUNCT = re.compile(r"[。!?;:,]")
HEADLINE_MAX = 30  # a short line with no punctuation at all reads as a headline


def prepare(data: bytes, path: str | None = None, media_type: str | None = None) -> Article:
    """Decode, clean and normalise one article.

    ``media_type`` is a hint only: the content decides (a ``.txt`` that holds HTML is HTML).
    Raises ``kg.DocumentError`` subclasses naming ``path``.
    """
    decoded = decode(data, path)
    kind = detect_media_type(decoded.text, media_type)
    extracted = extract(decoded.text, kind)
    mapped = normalize(extracted.mapped)
    spans = [(m.start(), m.end()) for m in _LINE.finditer(mapped.text)]
    texts = [mapped.text[a:b] for a, b in spans]
    meta = read_metadata(texts, extracted.meta)
    dropped = chrome_lines(texts, meta)
    kept = [i for i in range(len(spans)) if i not in dropped]
    body, lines = _assemble(mapped, spans, kept, meta, extracted.headings)
    sentences = split_sentences(body, lines, damage_markers(body, decoded.text))
    return Article(
        path=path,
        raw=decoded.text,
        text=body.text,
        sentences=sentences,
        offsets=body.offsets,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        media_type=kind,
        title=meta.title,
        published=meta.published,
        source=meta.source,
        authors=meta.authors,
    )


def _assemble(
    mapped: Mapped, spans: list[tuple[int, int]], kept: list[int], meta: Metadata, headings: list[tuple[int, int]]
) -> tuple[Mapped, list[Line]]:
    """Join the kept lines with newlines; each newline maps to the end of its source line."""
    builder = Builder()
    lines: list[Line] = []
    for paragraph, i in enumerate(kept):
        a, b = spans[i]
        if paragraph:
            builder.char("\n", mapped.offsets[spans[kept[paragraph - 1]][1]])
        start = len(builder.offsets)
        builder.take(mapped, a, b)
        text = mapped.text[a:b]
        heading = i == meta.title_line or _is_headline(text) or _in_spans(mapped.offsets[a], headings)
        lines.append(Line(start, len(builder.offsets), paragraph, heading))
    end = mapped.offsets[spans[kept[-1]][1]] if kept else 0
    return builder.build(end), lines


def _is_headline(text: str) -> bool:
    if is_heading(text) and not re.match(r"^第\S+条", text):
        return not re.search(r"[。!?]$", text)
    return len(text) <= HEADLINE_MAX and not _CLAUSE_PUNCT.search(text)


def _in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)
