"""A mention: where an entity is named in a sentence."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    sentence: int  # Sentence.index
    start: int  # offsets within Sentence.text
    end: int
    surface: str  # the text as it appears
    type: str  # one of kg.vocab.ENTITY_TYPES
    key: str  # the entity's stable key (region: GB/T 2260 code or macro-region slug)
    label: str  # the entity's canonical label
    level: str | None = None  # regions: province, city, county, town, village, macro
