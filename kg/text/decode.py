"""Bytes to text: refuse what is not a text file, then find the encoding.

Chinese pages arrive as UTF-8, GB2312/GBK/GB18030 or Big5, and a page's own declaration
is sometimes wrong, so every guess is verified by a strict decode before it is accepted:
a lenient decode would turn a wrong guess into silent mojibake that no later stage can
detect.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from kg._exceptions import BinaryDocument, EmptyDocument, UndecodableDocument

# Leading bytes of formats that are sometimes uploaded by mistake.
MAGIC_NUMBERS: dict[bytes, str] = {
    b"%PDF-": "PDF",
    b"PK\x03\x04": "ZIP (or DOCX/XLSX)",
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
    b"\x1f\x8b": "gzip",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "OLE (DOC/XLS)",
    b"7z\xbc\xaf\x27\x1c": "7z",
    b"Rar!\x1a\x07": "RAR",
    b"\x7fELF": "ELF executable",
}
# Above this share of C0 control bytes (other than tab, newlines, form feed, escape) a file is binary.
MAX_CONTROL_SHARE = 0.05
BOM = b"\xef\xbb\xbf"
# Encodings we accept, keyed by family; within a family the narrower codec is tried first so that
# the reported encoding is the one the file really uses.
FAMILIES: dict[str, tuple[str, ...]] = {
    "gb18030": ("gbk", "gb18030"),
    "big5": ("big5", "cp950", "big5hkscs"),
}
_FAMILY_OF = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "cp936": "gb18030",
    "euc_cn": "gb18030", "euc-cn": "gb18030", "x-gbk": "gb18030",
    "big5": "big5", "cp950": "big5", "big5hkscs": "big5", "big5-hkscs": "big5",
}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_CONTROL_BYTES = [bytes([b]) for b in sorted(_CONTROL)]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # codec that decoded the bytes strictly: utf-8, utf-8-sig, gbk, gb18030, big5 …


def decode(data: bytes, path: str | None = None) -> Decoded:
    """Decode a text file, or raise a ``DocumentError`` naming ``path`` and the problem.

    >>> decode("产业集群".encode("gbk")).encoding
    'gbk'
    >>> decode(BOM + "产业".encode()).text
    '产业'
    """
    if not data.strip():
        raise EmptyDocument(path, "empty file" if not data else "file holds only whitespace")
    reject_binary(data, path)
    decoded = _decode_text(data, path)
    if not decoded.text.strip():
        raise EmptyDocument(path, "file holds only whitespace")
    return decoded


def reject_binary(data: bytes, path: str | None = None) -> None:
    """Raise ``BinaryDocument`` for known binary formats, NUL bytes or many control bytes."""
    for magic, name in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise BinaryDocument(path, f"binary file: looks like {name}")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryDocument(path, f"binary file: NUL byte at offset {nul}")
    sample = data[:65536]
    controls = sum(map(sample.count, _CONTROL_BYTES))  # counted in C, byte value by byte value
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise BinaryDocument(path, f"binary file: {controls} of {len(sample)} bytes are control characters")


def _decode_text(data: bytes, path: str | None) -> Decoded:
    """Strict UTF-8 first (the common case and never a false positive on CJK text), then the
    page's own declaration, then charset-normalizer's guess, then each remaining family."""
    if data.startswith(BOM):
        try:
            return Decoded(data[len(BOM):].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _undecodable(path, exc.start + len(BOM)) from exc
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    families = [f for f in (_declared_family(data), _guessed_family(data)) if f]
    families += [f for f in FAMILIES if f not in families]
    for family in families:
        decoded = _strict(data, FAMILIES[family])
        if decoded:
            return decoded
    raise _undecodable(path, first_bad)


def _strict(data: bytes, codecs: tuple[str, ...]) -> Decoded | None:
    for codec in codecs:
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    return None


def _declared_family(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return _FAMILY_OF.get(match.group(1).decode("ascii").lower()) if match else None


def _guessed_family(data: bytes) -> str | None:
    best = from_bytes(data[:65536]).best()
    return _FAMILY_OF.get(best.encoding.lower()) if best else None


def _undecodable(path: str | None, offset: int) -> UndecodableDocument:
    return UndecodableDocument(
        path, f"cannot decode: not UTF-8, GB18030 or Big5 (first bad byte at offset {offset})"
    )
