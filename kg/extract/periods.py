"""Periods of figures: what year or span a figure refers to, read as the text goes along.

A period is set by a clause that opens with one (``2022年,``, ``今年以来,``) for the rest of its
sentence, and for the paragraph when it opens the sentence; a section may set a default
(``采用2021年数据,下同``); a year can be bound to one number (``从2021年82.6%提升至87.9%``).
Relative expressions resolve against the publication year, and ``较2017年`` is a baseline, never the
period. Periods are written ``2021``, ``2021Q2``, ``2009H2``, ``2021-01/2021-05``, ``2011-2015``, ``1990s``.

>>> p = Periods(published=2023)
>>> open_period("今年以来,完成企业34家", 0, 4, p, opens_sentence=True); period_of("今年以来,完成企业34家", 5, 9, p)
'2023'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["BASELINE", "BOUND_YEAR", "DEFAULT_PERIOD", "LEAD", "PERIOD", "Periods", "open_period", "period_of"]

# conjunctions and prepositions a clause may open with before its subject or period
LEAD = re.compile(r"(?:\s|但是|但|而且|而|并且|并|且|同时|其中|甚至|此外|另外|相比之下|反观|早在|截至|截止|根据|据|在(?!建|校|岗|职|册|营|线)|于|到(?!位|期|岗)|从(?!业|事)|自(?!主|营|有|治|然|动))*")
BOUND_YEAR = re.compile(r"(\d{4})\s*年(?:底|末)?\s*(?:的|[(（])?\s*$")
SPEAKER = re.compile(r"[^\d,，;；。:：“”]{2,16}[:：]\s*")
BASELINE = re.compile(r"(?:较|比|与|同|相比|对比)\s*$")
DEFAULT_PERIOD = re.compile(r"(\d{4})\s*年[^。]{0,12}下同")


@dataclass
class Periods:
    """The periods in force while reading a document (see the module docstring for their precedence)."""

    published: int | None
    default: str | None = None  # section default (下同)
    paragraph: int | None = None
    paragraph_period: str | None = None
    sentence: str | None = None


_CN_SMALL = "一二三四五六七八九十"
PERIOD = re.compile(
    r"(?P<year>\d{4})\s*年\s*(?:(?P<half>上半年|下半年)|(?P<q3>前三季度)"
    r"|(?:第?(?P<quarter>[一二三四1-4])季度)|(?P<m1>\d{1,2})\s*[-~～—–至到]\s*(?P<m2>\d{1,2})\s*月"
    r"|(?P<month>\d{1,2})\s*月(?:底|末|份)?)?(?:以来|全年|年底|年末|底|末)?"
    r"|(?P<rm1>\d{1,2})\s*[-~～—–至到]\s*(?P<rm2>\d{1,2})\s*月"
    r"|(?P<now>今年以来|今年|目前|截至目前|截止目前|当前|如今|现阶段|至今|近年来)"
    r"|(?P<last>去年|上年|上一年|过去一年|过去的一年)"
    rf"|近(?P<recent>\d+|[{_CN_SMALL}]+)年(?:来)?"
    r"|(?P<decade>\d0)\s*年代"
    r"|(?P<ago>\d+)\s*年前"
)


def open_period(text: str, cs: int, ce: int, periods: Periods, *, opens_sentence: bool) -> None:
    """A clause that opens with a period sets it for the rest of the sentence (and, if it opens the
    sentence, for the rest of the paragraph)."""
    pos = LEAD.match(text, cs, ce).end()
    speaker = SPEAKER.match(text, pos, ce)
    if speaker:  # 市经济信息委副主任:2023年,全市…: a transcript's speaker, then the period the answer opens with
        pos = LEAD.match(text, speaker.end(), ce).end()
    m = PERIOD.match(text, pos, ce)
    if not m or m.end() == pos or BASELINE.search(text[cs: m.start()]):
        return
    value = _resolve(m, periods)
    if value is None:
        return
    periods.sentence = value
    if opens_sentence:
        periods.paragraph_period = value


def period_of(text: str, cs: int, start: int, periods: Periods) -> str | None:
    """Bound year > period named earlier in the clause > sentence > paragraph > section > published."""
    bound = BOUND_YEAR.search(text[cs: start])
    if bound:
        return bound.group(1)
    latest = None
    for m in PERIOD.finditer(text, cs, start):
        if m.end() == m.start() or BASELINE.search(text[cs: m.start()]):
            continue
        if BOUND_YEAR.search(text[cs: m.end()]) and re.match(r"\s*(?:的\s*)?[\d$]", text[m.end():]):
            continue  # bound to another number: 从2021年82.6%
        latest = _resolve(m, periods) or latest
    return latest or periods.sentence or periods.paragraph_period or periods.default or (
        str(periods.published) if periods.published else None)


def _resolve(m: re.Match[str], periods: Periods) -> str | None:
    """ISO-ish period for a matched expression: 2023, 2023H1, 2023Q2, 2021-01/2021-05, 1990s."""
    now = periods.published
    context = periods.sentence or periods.paragraph_period or periods.default
    year = int(m.group("year")) if m.group("year") else int(context[:4]) if context else now
    if m.group("year"):
        if m.group("half"):
            return f"{year}H{1 if m.group('half') == '上半年' else 2}"
        if m.group("q3"):
            return f"{year}-01/{year}-09"
        if m.group("quarter"):
            return f"{year}Q{'一二三四1234'.index(m.group('quarter')) % 4 + 1}"
        if m.group("m1"):
            return f"{year}-{int(m.group('m1')):02d}/{year}-{int(m.group('m2')):02d}"
        if m.group("month"):
            return f"{year}-{int(m.group('month')):02d}"
        return str(year)
    if year is None:
        return None
    if m.group("rm1"):
        return f"{year}-{int(m.group('rm1')):02d}/{year}-{int(m.group('rm2')):02d}"
    if m.group("now"):
        return str(now) if now else None
    if m.group("last"):
        return str(now - 1) if now else None
    if m.group("recent"):
        n = m.group("recent")
        span = int(n) if n.isdigit() else _CN_SMALL.index(n[-1]) + 1 if len(n) == 1 else 10
        return f"{year - span}-{year}"
    if m.group("decade"):
        d = int(m.group("decade"))
        return f"{1900 + d if d >= 30 else 2000 + d}s"
    if m.group("ago"):
        return str((now or year) - int(m.group("ago")))
    return None
