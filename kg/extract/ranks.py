"""Ranks: where a subject stands among its peers (``居环太湖五地第2``, ``均居七地末位``).

A rank is a position, not a value: it is recorded apart from the figures (kg:rank, with the peer
set in kg:rankAmong), never as ``2`` of some unit. The statistics reader calls :func:`find_rank` on
each clause and gives the rank the clause's subject and the indicator just stated.

>>> text = "长兴县一般公共预算收入占GDP比重为10.3%,居环太湖五地第2"
>>> r = find_rank(text, text.index("居"), len(text))
>>> r.positions, r.among, r.start == text.index("居")
([2], '环太湖五地', True)
>>> [find_rank(t, 0, len(t)).positions for t in ("城镇、农村居民人均可支配收入分别居五地第3、第1",
...                                               "经济密度、人均GDP均居七地末位", "数量居湖州市首位")]
[[3, 1], [7], [1]]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.numbers import parse_chinese_numeral

__all__ = ["Rank", "find_rank", "rank_indicators"]

_NUM = r"[\d一二三四五六七八九十两]++"  # possessive: 第二十批 is no 第二
_RANK = re.compile(
    rf"(?P<spread>分别|均|都)?\s*(?:位居|位列|名列|居于|居(?![民住家委室])|排名|排在|排行)"
    rf"(?P<among>[^,，;；。:：第前首末]{{0,12}}?)"
    # 分别排名第21位和第25位: a position word may close each ordinal of the list
    rf"(?:(?P<ords>第\s*{_NUM}(?:\s*(?:位|名)?\s*(?:[、和及]|和第|、第)\s*第?\s*{_NUM})*)(?![批届次期条章款节个年轮类季阶])\s*(?:位|名)?"
    r"|(?P<first>首位|榜首|第一位?)|(?P<last>末位|末尾|最后一位|倒数第一))"
)
# every _RANK match holds one of these (位居, 居于 and 居 hold 居; 排名, 排在 and 排行 hold 排)
_RANK_VERBS = ("居", "位列", "名列", "排")
# the size of a peer set named by count: 五地, 环太湖七地, 全省11个地市, 长三角27城
_SET_SIZE = re.compile(rf"(?P<n>{_NUM})\s*(?:个)?(?:地|市|县|区|省|城|国|强|家|个)")


@dataclass(frozen=True)
class Rank:
    """One rank phrase of a clause: ``positions`` in order (``分别居第3、第1`` gives two)."""

    start: int  # where the phrase starts in the sentence (the indicator ends there)
    positions: list[int]
    among: str  # the peer set as written (环太湖五地), "" when the text does not say
    spread: str  # 分别 (zip with the indicators), 均 (copy to each), or ""


def find_rank(text: str, cs: int, ce: int) -> Rank | None:
    """The rank phrase in ``text[cs:ce]``, or None. ``末位`` is a position only when the peer set
    says how many it holds (``七地`` → 7)."""
    for word in _RANK_VERBS:  # a plain substring test rules out the most clauses far faster than the pattern
        if word in text:
            break
    else:
        return None
    m = _RANK.search(text, cs, ce)
    if m is None:
        return None
    among = m.group("among").strip()
    size = _set_size(among)
    if m.group("ords"):
        positions = [_number(n) for n in re.findall(_NUM, m.group("ords"))]
    elif m.group("first"):
        positions = [1]
    else:
        positions = [size] if size else []
    positions = [p for p in positions if p and (size is None or p <= size)]
    if not positions:
        return None
    return Rank(start=m.start(), positions=positions, among=among, spread=m.group("spread") or "")


def rank_indicators(phrase: str) -> list[str]:
    """The indicators a rank is given for, from the words before it: ``城镇、农村居民人均可支配收入``
    names two (a short item borrows the rest of the last one), ``利润率、增加值率`` two as written."""
    items = [p for p in re.split(r"、|和|及|以及", phrase) if p]
    if len(items) < 2:
        return items
    whole = items[-1]
    return [p + whole[len(p):] if len(p) <= 2 and len(p) < len(whole) else p for p in items[:-1]] + [whole]


def _set_size(among: str) -> int | None:
    m = _SET_SIZE.search(among)
    return _number(m.group("n")) if m else None


def _number(s: str) -> int | None:
    value = int(s) if s.isdigit() else parse_chinese_numeral(s.replace("两", "二"))
    return int(value) if value else None
