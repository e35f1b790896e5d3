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

    def __init__(self, sentence: int, start: int, end: int, surface: str, type: str, key: str, label: str,
                 level: str | None = None) -> None:
        # the generated __init__ of a frozen dataclass sets each field through object.__setattr__; extraction makes
        # thousands of mentions per article, and filling the instance dict directly takes under half the time
        # (dataclass keeps an __init__ the class defines; fields, defaults, eq, hash and replace are unchanged)
        d = self.__dict__
        d["sentence"], d["start"], d["end"], d["surface"] = sentence, start, end, surface
        d["type"], d["key"], d["label"], d["level"] = type, key, label, level
