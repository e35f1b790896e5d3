"""Provenance of an article: title, publication date, source and authors.

News pages print their provenance as lines of the body (``来源:民生网2023-12-07``,
``(责编:…)``); these lines are metadata, not text to mine, so they are read here and then
dropped by ``kg.text.chrome``. Markdown front matter and the HTML ``<title>`` are read first
where present. All functions work on normalised lines (simplified, half-width punctuation).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.text.normalize import normalize_text

# A line that carries provenance: it starts with one of these labels.
_META_LINE = re.compile(  # a dateline may come first: 2024年02月21日 10:05 来源:宝鸡日报 编辑:张文
    r"^[(\[【]?\s*(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
    r"(?:(?P<label>来源|稿源|发布时间|发稿时间|发布日期|作者|记者|责任编辑|责编|编辑|时间|日期)\s*:"
    r"|(?P<byline>文\s*[\\/]))\s*"
)
MAX_META_LINE = 100  # a provenance line is short; a long line that starts with 来源: is body text
_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*(?:[-/.月]\s*(?P<d>\d{1,2})\s*日?)?")
_SOURCE = re.compile(r"(?:来源|稿源)\s*:\s*(?P<name>[^\d\s:|,;()]{2,20})")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Lines after which a statute's preamble (title and adoption history) ends.
_STATUTE_BODY = re.compile(r"^(?:#+\s*)?第[一二三四五六七八九十百零〇\d]+[章条]|<!--|^(?:#+\s*)?目\s*录")
TITLE_WINDOW = 15  # the title sits among the first lines of a page
_STATUTE_ACT = re.compile(r"通过|批准|修正|修订|公布|施行")


@dataclass
class Metadata:
    title: str | None = None
    title_line: int | None = None  # index of the line that holds the title, if the body has one
    published: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    meta_lines: set[int] = field(default_factory=set)  # lines that are provenance, not body


def is_meta_line(line: str) -> bool:
    """True for ``来源:…``, ``发布时间:…``, ``作者:…``, ``(责编:…)``, ``(文\\…`` lines.

    >>> [is_meta_line(s) for s in ["来源:民生网2023-12-07", "(责编:陈蒙蒙)", "来源于实践的经验。"]]
    [True, True, False]
    """
    match = _META_LINE.match(line)
    if not match or len(line) > MAX_META_LINE:
        return False
    # "时间"/"日期" are also ordinary words: only a following date makes them labels.
    return match["label"] not in ("时间", "日期") or bool(_DATE.match(line, match.end()))


def is_paragraph(line: str) -> bool:
    """A line of running text: long, with a full stop (no headline, dateline or credit is)."""
    return len(line) > 60 and "。" in line


def read_metadata(lines: list[str], fields: dict[str, str]) -> Metadata:
    """Read provenance from front matter / ``<title>`` ``fields`` and the normalised body ``lines``."""
    meta = Metadata()
    for i, line in enumerate(lines):
        if is_meta_line(line):
            meta.meta_lines.add(i)
            _read_meta_line(line, meta)
    _find_title(lines, fields, meta)
    if fields.get("date"):
        meta.published = parse_date(fields["date"]) or meta.published
    if not meta.published:
        meta.published = _statute_date(lines) or _first_date(lines[:12])
    author = fields.get("author")
    if author and not meta.authors:
        meta.authors = [normalize_text(author)]
    return meta


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD`` (or ``YYYY-MM``).

    >>> parse_date("来源:民生网2023-12-07 19:29:11"), parse_date("2019年6月14日通过"), parse_date("2021/6/9")
    ('2023-12-07', '2019-06-14', '2021-06-09')
    """
    match = _DATE.search(text)
    return _iso(match) if match else None


def _iso(match: re.Match[str]) -> str | None:
    year, month, day = int(match["y"]), int(match["m"]), match["d"]
    if not 1 <= month <= 12 or (day and not 1 <= int(day) <= 31):
        return None
    return f"{year:04d}-{month:02d}-{int(day):02d}" if day else f"{year:04d}-{month:02d}"


def _read_meta_line(line: str, meta: Metadata) -> None:
    match = _META_LINE.match(line)
    assert match is not None
    label = match["label"] or "文"
    if label in ("来源", "稿源", "发布时间", "发稿时间", "发布日期", "时间", "日期"):
        meta.published = meta.published or parse_date(line)
    source = _SOURCE.search(line)
    if source and not meta.source:
        meta.source = source.group("name")
    if label in ("作者", "记者", "文"):
        meta.authors += _names(line[match.end():])


def _names(credit: str) -> list[str]:
    """Personal names in a credit: ``调研组 马海涛 张克均`` → the names; ``席强敏,系…`` → 席强敏."""
    credit = re.split(r"[,;)(]|系", credit)[0]
    return [token for token in credit.split() if _NAME.match(token)]


def _find_title(lines: list[str], fields: dict[str, str], meta: Metadata) -> None:
    """Find the title and the body line that holds it.

    A declared title (front matter, ``<title>``) wins; the body line that starts it is the title
    line (a ``<title>`` often appends the site name). Otherwise the title is a Markdown ``#``
    heading or, on a news page, the last substantial line above the first provenance line, or
    else the first substantial line.
    """
    declared = normalize_text(fields["title"]) if fields.get("title") else None
    # a credit after the first paragraph ((责任编辑:…) at the end) is no header: the title is not above it
    body = next((i for i, line in enumerate(lines) if is_paragraph(line)), len(lines))
    # …and an account's 编辑/审核 lines after its —— END —— are no header either
    end = next((i for i, line in enumerate(lines) if END_MARK.fullmatch(line.strip())), len(lines))
    first_meta = min((i for i in meta.meta_lines if i < min(body, end)), default=None)
    if first_meta is not None and first_meta < TITLE_WINDOW:
        window = range(first_meta - 1, -1, -1)
    else:
        window = range(min(len(lines), TITLE_WINDOW))
    for i in window:
        heading = lines[i].lstrip("#").strip()
        if declared:
            found = _squash(heading) and _squash(declared).startswith(_squash(heading)) and _substantial(heading)
        else:
            found = (lines[i].startswith("#") or _substantial(heading)) and "|" not in heading
        if found:
            meta.title, meta.title_line = clean_title(heading), i
            return
    meta.title = clean_title(declared) if declared else None


def clean_title(title: str) -> str:
    """Drop what follows the title on its line in converted papers (``$^1$`` footnotes, authors)."""
    return re.split(r"\s*\$", title)[0].strip()


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def _substantial(line: str) -> bool:
    """A line that may be a title: six CJK characters, no breadcrumb, no account's prompt (点击上方蓝字关注我们)."""
    return len(_CJK.findall(line)) >= 6 and ">" not in line and not _FOLLOW_PROMPT.search(line)


# —— END ——, (完): the close of an account's article; what follows is its footer (kg.text.chrome)
END_MARK = re.compile(r"[-—–_=\s]*(?:END|End|THE END|全文完|\(完\)|（完）)[-—–_=\s]*")
_FOLLOW_PROMPT = re.compile(r"点击上方|点击蓝字|关注我们|长按识别|扫码关注")


def _statute_date(lines: list[str]) -> str | None:
    """The latest date of a legislative act (通过/批准/修正 …) in the preamble before the articles."""
    dates = []
    for line in lines[:30]:
        if _STATUTE_BODY.search(line):
            return max(dates) if dates else None
        if _STATUTE_ACT.search(line):
            dates += [d for d in (_iso(m) for m in _DATE.finditer(line)) if d]
    return None  # no article opened: not a statute (``1994年2月经国务院批准设立`` in a news story is history)


def _first_date(lines: list[str]) -> str | None:
    """The date of a dateline near the top: a short line holding a date, or a prose line that opens with a full
    date (``2023年5月10日,…``). A date told inside a sentence (``1994年2月经国务院批准设立``) is history, not the
    day the article came out."""
    for line in lines:
        match = _DATE.search(line)
        if match is None or _iso(match) is None:
            continue
        if (len(line) <= _DATELINE_CHARS and "。" not in line) or (match["d"] and match.start() <= 2):
            return _iso(match)
    return None


_DATELINE_CHARS = 40
