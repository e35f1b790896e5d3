"""Places named by their kind alone: ``全县``, ``该市``, ``本区``, ``我省``, ``全盟``.

An article about 应城市 says ``该市重点发展盐化工`` two sentences later; a statute of 景宁 says
``自治县``. The place meant is the article's own place when it is of that kind, else the one of its
parents that is, else the place of that kind named last. The statistics reader asks this for the
subject of a figure, the relation rules for the subject of a clause.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.mentions import Mention
from kg.regions import ancestors

# 全县, 该市, 本区, 我省; not 市场, 县民, 市长, 市委 (a body, found as an organisation), 区域
PLACE_WORD = re.compile(r"(?:全|本|该|我)(?P<kind>[县市区省镇村乡盟旗州])(?![场民委政级域内外属直县])|(?P<area>[县市])域(?=内)"
                        r"|(?<![\u4e00-\u9fff])(?P<here>[县市镇村乡])(?:里|上)(?![面程边头])"  # 村里还发展起乡村旅游
                        r"|(?:(?<=^)|(?<=[,，;；。]))(?P<local>当地)(?=[\u4e00-\u9fff])")  # ,当地依托…: the article's place
SELF_WORDS = "我本"  # 我市, 本县: the speaker's own place, whatever else the sentence names (作为株洲市唯一的县级市，我市…)
KINDS = "县市区省镇村乡盟旗州"  # 全盟, 本旗, 全州: a league, a banner, an autonomous prefecture


def kind_of(region: Mention) -> str | None:
    """The kind a region's name says it is (应城市 → 市, 景宁畲族自治县 → 县), as the text writes it (怀仁县, today's 怀仁市,
    is a 县 to a text that calls it so)."""
    if region.surface[-1:] in KINDS:
        return region.surface[-1]
    return region.label[-1] if region.label[-1:] in KINDS else None


def resolve(kind: str, focus: Mention | None, named: dict[str, Mention], sentence: int,
            earlier: list[Mention] = ()) -> Mention | None:
    """The place of ``kind`` in context: the last so named earlier in the sentence (``earlier``: 在安溪县，茶产业是全县的支柱产业),
    the focus, the focus's parent of that kind, or the last so named before."""
    found = next((r for r in sorted(earlier, key=lambda r: r.start, reverse=True) if r.type == "Region" and kind_of(r) == kind), None)
    if found is None and focus is not None:
        if focus.label.endswith(kind) or kind_of(focus) == kind:
            found = focus  # (我市 in 南康市's work report: 南康市, today's 南康区, as the text calls it)
        elif kind in "市省区" and focus.key.isdigit():  # 全区 in a text about 拉萨市: the autonomous region above it
            up = next((p for p in ancestors(focus.key) if p.name.endswith(kind)), None)
            if up is not None:
                found = Mention(sentence, 0, 0, up.name, "Region", up.code, up.name, up.level)
    found = found or named.get(kind)
    return None if found is None else replace(found, sentence=sentence)


def place_words(text: str, sentence: int, focus: Mention | None, named: dict[str, Mention],
                found: list[Mention] = ()) -> list[Mention]:
    """Each place word of ``text`` as a mention of the place it means, its surface the place's own label
    (so that it gives the place no alias); ``found`` are the sentence's own mentions."""
    out = []
    for m in PLACE_WORD.finditer(text):
        if text.startswith("长", m.end()) and not any(r.type == "Region" and r.start == m.end() for r in found):
            continue  # 我省长, 市长: a governor or a mayor, unless a place opens there (我省长沙县)
        earlier = [r for r in found if r.end <= m.start()] if m.group(0)[0] not in SELF_WORDS else []
        if m.group("local"):
            place = replace(focus, sentence=sentence) if focus is not None and focus.key.isdigit() else None
        else:
            place = resolve(m.group("kind") or m.group("area") or m.group("here"), focus, named, sentence, earlier)
        if place is not None:
            out.append(Mention(sentence, m.start(), m.end(), place.label, "Region", place.key, place.label, place.level))
    return out
