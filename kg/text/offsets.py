"""Text with an offset map: every character remembers where in the raw file it came from.

Every cleaning step (markup removal, pinyin stripping, repairs, simplification) rewrites the
text, but evidence spans must still point into the raw file. So each step consumes and
produces a ``Mapped`` text, and rewrites go through ``Mapped.sub``, which keeps the map.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Mapped:
    """``text[i]`` came from ``raw[offsets[i]]``; ``offsets[len(text)]`` is the end of the source."""

    text: str
    offsets: list[int]

    @classmethod
    def identity(cls, raw: str) -> Mapped:
        return cls(raw, list(range(len(raw) + 1)))

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> Mapped:
        """``pattern.sub`` that keeps the map.

        A replacement of the same length maps character for character; otherwise the
        replacement's characters are spread evenly over the source span, so the map stays
        monotonic and a deleted span simply disappears.

        >>> m = Mapped.identity("產(chǎn)業").sub(re.compile(r"\\(\\w+\\)"), "")
        >>> m.text, m.offsets
        ('產業', [0, 7, 8])
        """
        edits = []
        same_length = True
        for match in pattern.finditer(self.text):
            new = repl if isinstance(repl, str) else repl(match)
            if new == match.group(0):
                continue
            edits.append((match.start(), match.end(), new))
            same_length = same_length and len(new) == match.end() - match.start()
        if not edits:
            return self
        if same_length:
            # every character maps where the one it replaces did: the map is the same, only the text changes
            parts, pos = [], 0
            for start, end, new in edits:
                parts += (self.text[pos:start], new)
                pos = end
            parts.append(self.text[pos:])
            return Mapped("".join(parts), self.offsets)
        builder = Builder()
        pos = 0
        for start, end, new in edits:
            builder.take(self, pos, start)
            builder.spread(new, self.offsets[start:end] or [self.offsets[start]])
            pos = end
        builder.take(self, pos, len(self.text))
        return builder.build(self.offsets[-1])

    def replace_chars(self, chars: re.Pattern[str], table: dict[str, str]) -> Mapped:
        """Each character that ``chars`` matches replaced by ``table[char]``, one character: the map stays as it is.

        ``sub(chars, lambda m: table[m.group(0)])`` done with one ``str.replace`` per distinct character found.

        >>> Mapped.identity("产业，发展（一）").replace_chars(re.compile("[，（）]"), {"，": ",", "（": "(", "）": ")"}).text
        '产业,发展(一)'
        """
        text = self.text
        for char in set(chars.findall(text)):
            new = table[char]
            if len(new) != 1 or chars.fullmatch(new):  # one character, not itself replaced by a later pass
                raise ValueError(f"cannot replace {char!r} by {new!r}")
            text = text.replace(char, new)
        return self if text == self.text else Mapped(text, self.offsets)

    def map_chars(self, convert: Callable[[str], str]) -> Mapped:
        """Apply a length-preserving conversion (checked), keeping the map as it is."""
        new = convert(self.text)
        if len(new) != len(self.text):
            raise ValueError("conversion changed the text length")
        return Mapped(new, self.offsets)


class Builder:
    """Accumulates characters and their raw offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.last = ""

    def add(self, text: str, start: int) -> None:
        """Add raw text that starts at raw offset ``start`` and maps one to one."""
        if text:
            self.parts.append(text)
            self.offsets.extend(range(start, start + len(text)))
            self.last = text[-1]

    def char(self, char: str, at: int) -> None:
        self.parts.append(char)
        self.offsets.append(at)
        self.last = char

    def take(self, mapped: Mapped, start: int, end: int) -> None:
        """Copy ``mapped.text[start:end]`` with its offsets."""
        if end > start:
            self.parts.append(mapped.text[start:end])
            self.offsets.extend(mapped.offsets[start:end])
            self.last = mapped.text[end - 1]

    def add_mapped(self, text: str, offsets: list[int]) -> None:
        """Add ``text`` whose characters came from ``offsets`` (same length)."""
        if text:
            self.parts.append(text)
            self.offsets.extend(offsets)
            self.last = text[-1]

    def spread(self, text: str, sources: list[int]) -> None:
        """Add ``text`` as the replacement of characters whose offsets are ``sources``."""
        n = len(text)
        for i, char in enumerate(text):
            self.char(char, sources[i * len(sources) // n])

    def build(self, end: int) -> Mapped:
        return Mapped("".join(self.parts), self.offsets + [end])
