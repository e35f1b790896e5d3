"""Text in: raw bytes to a normalised article with sentences that map back into the raw file."""
from __future__ import annotations

from kg.text.model import Article, Sentence

__all__ = ["Article", "Sentence", "prepare"]


def prepare(data: bytes, path: str | None = None, media_type: str | None = None) -> Article:
    """Decode, clean and normalise one article. Raises ``kg.DocumentError`` subclasses."""
    from kg.text.pipeline import prepare as _prepare

    return _prepare(data, path=path, media_type=media_type)
