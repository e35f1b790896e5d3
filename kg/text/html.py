"""Markup to text: HTML pages and Markdown files become lines of text with an offset map.

The conversion is a small tokenizer over the decoded string rather than an lxml tree walk,
because a tree does not say where each character of its text sits in the source, and
evidence spans must point into the raw file. The tokenizer recognises comments, tags and
entities (and, in Markdown, front matter, Hugo shortcodes, images and links); everything
between tokens is copied with its offsets. lxml reads the ``<title>`` of HTML pages.

Block-level tags end a line, inline tags vanish without splitting, and elements that are
page chrome (scripts, styles, navigation, headers, footers, share bars …) are skipped whole.
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field

import lxml.html

from kg.text.offsets import Builder, Mapped

HTML, MARKDOWN, PLAIN = "text/html", "text/markdown", "text/plain"

BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol table tr td th figure figcaption center section article "
    "main blockquote pre dl dt dd hr tbody thead tfoot caption address".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements whose text is never article text.
RAW_TEXT_TAGS = frozenset({"script", "style"})  # content is not markup: jump to the end tag
SKIP_TAGS = frozenset("head title nav header footer aside noscript template select iframe button form".split())
CONTAINER_TAGS = frozenset("html body main article".split())
# class/id values that mark chrome. "nav" must start a word ("unavailable" is not navigation).
CHROME_ATTR = re.compile(r"(?:^|[\s_-])nav|menu|footer|breadcrumb|crumb|share|copyright|sidebar|related|recommend|xgxw|xiangguan", re.I)

_TAG = r"</?(?P<name>[A-Za-z][A-Za-z0-9]*)(?P<attrs>\s(?:\"[^\"]*\"|'[^']*'|[^'\">])*)?/?>"
_HTML_TOKEN = rf"(?P<comment><!--.*?(?:-->|\Z))|(?P<decl><![^>]*>|<\?[^>]*>)|(?P<tag>{_TAG})"
_ENTITY = r"(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)"
_MD_TOKEN = (
    r"(?P<shortcode>\{\{[<%].*?[>%]\}\})|(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<label>[^\]\n]*)\]\((?P<url>[^)\n]*)\))"
    # **卫星制造**: strong emphasis, and a list item's bullet (- 上游：…), are marks around the text, not text
    r"|(?P<strong>\*\*|__)|(?P<bullet>(?:(?<=\n)|\A)[ \t]*[-*+][ \t]+)"
)
HTML_TOKENS = re.compile(f"{_HTML_TOKEN}|{_ENTITY}", re.S | re.I)
# Markdown may embed HTML (<figure> blocks, converted tables, comments), so it gets both.
MARKDOWN_TOKENS = re.compile(f"{_HTML_TOKEN}|{_ENTITY}|{_MD_TOKEN}", re.S | re.I)
_ATTR = re.compile(r"""\b(class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_HTML_START = re.compile(r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|table|tr|td|li|figure|figcaption|h[1-6])\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)\r?\n(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S
)
_FRONT_TITLE = re.compile(r"^title[ \t]*[:=][ \t]*([\"']?)(?P<value>[^\n]+?)\1[ \t]*$", re.M)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$", re.M)
_MD_SIGNAL = re.compile(r"^#{1,6}\s|!\[[^\]\n]*\]\(|\]\([^)\n]+\)|\{\{[<%]", re.M)
_CJK = re.compile(r"[\u3400-\u9fff]")
_SPACE_RUN = re.compile(r"[ \t\r\n\f]+")


@dataclass
class Extracted:
    """The text of a document, before normalisation."""

    mapped: Mapped  # lines of text ("\n" between blocks) mapped into the raw string
    media_type: str
    meta: dict[str, str] = field(default_factory=dict)  # front matter fields, HTML <title>
    headings: list[tuple[int, int]] = field(default_factory=list)  # raw spans of <h1>–<h6>


def detect_media_type(raw: str, hint: str | None = None) -> str:
    """Say what a document is by its content; a ``hint`` only separates Markdown from plain text.

    >>> detect_media_type("<!DOCTYPE html><html><body><p>产业</p></body></html>")
    'text/html'
    >>> detect_media_type("---\\ntitle: x\\n---\\n正文")
    'text/markdown'
    >>> detect_media_type("来源:民生网\\n正文。")
    'text/plain'
    """
    head = raw[:4096]
    if _HTML_START.match(head):
        return HTML
    if _FRONT_MATTER.match(raw) or _MD_SIGNAL.search(raw):
        return MARKDOWN
    if _BLOCK_TAG.search(raw):
        return MARKDOWN if _mostly_loose_text(raw) else HTML
    return MARKDOWN if hint == MARKDOWN else PLAIN


def _mostly_loose_text(raw: str) -> bool:
    """True for text with embedded HTML blocks (a <figure> in Markdown, a converted table):
    paragraphs separated by blank lines, and most CJK text on lines that hold no tag."""
    if "\n\n" not in raw:
        return False
    loose = total = 0
    for line in raw.splitlines():
        cjk = len(_CJK.findall(line))
        total += cjk
        loose += cjk if not _ANY_TAG.search(line) else 0
    return loose > total / 2


def extract(raw: str, media_type: str) -> Extracted:
    """Turn ``raw`` into lines of text with offsets, reading front matter and ``<title>``."""
    meta: dict[str, str] = {}
    start = 0
    title = None
    if media_type == MARKDOWN:
        front = _FRONT_MATTER.match(raw)
        if front:
            meta = read_front_matter(front.group("body"))
            start = front.end()
            title = _FRONT_TITLE.search(raw, front.start("body"), front.end("body"))
            if title is not None and title.group("value").strip() in raw[start:start + 2000]:
                title = None  # the body repeats it as its heading: that line is the title sentence
    if media_type == PLAIN:
        return Extracted(Mapped.identity(raw), media_type, meta)
    if media_type == HTML:
        meta.update(_html_meta(raw))
    walker = _Walker(raw, markdown=media_type == MARKDOWN)
    if title is not None:
        # the headline in front matter is a sentence of the article (the gold convention), its first line
        walker.out.add(title.group("value"), title.start("value"))
        walker.out.char("\n", title.end("value"))
    mapped = walker.run(start)
    return Extracted(mapped, media_type, meta, walker.headings)


def read_front_matter(body: str) -> dict[str, str]:
    """Top-level ``key: value`` (YAML) or ``key = value`` (TOML) fields, quotes removed.

    >>> read_front_matter('title: "产业集群"\\ndate: 2021-04-07\\ntags:\\n  - "x"')
    {'title': '产业集群', 'date': '2021-04-07', 'tags': ''}
    """
    fields = {}
    for match in _FRONT_FIELD.finditer(body):
        value = match.group("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[match.group("key").lower()] = value
    return fields


def _html_meta(raw: str) -> dict[str, str]:
    """The page ``<title>``, read with lxml (which copes with any head markup)."""
    try:
        tree = lxml.html.fromstring(raw.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return {}
    title = " ".join((tree.findtext(".//title") or "").split())
    return {"title": title} if title else {}


class _Walker:
    """One pass over the markup, emitting text and tracking which elements to skip."""

    def __init__(self, raw: str, *, markdown: bool) -> None:
        self.raw = raw
        self.token = MARKDOWN_TOKENS if markdown else HTML_TOKENS
        self.collapse = not markdown  # HTML: source newlines are spaces; block tags make the lines
        self.out = Builder()
        self.skip_name: str | None = None
        self.skip_depth = 0
        self.heading_start: int | None = None
        self.headings: list[tuple[int, int]] = []
        self.row: bool = False  # inside a table row whose cells still share one line
        self.cells = 0  # cells opened so far in that row

    def run(self, start: int) -> Mapped:
        pos = start
        while True:
            match = self.token.search(self.raw, pos)
            end = match.start() if match else len(self.raw)
            if self.skip_name is None:
                self._text(pos, end)
            if match is None:
                return self.out.build(len(self.raw))
            pos = self._token(match)

    def _text(self, start: int, end: int) -> None:
        if not self.collapse:
            self.out.add(self.raw[start:end], start)
            return
        pos = start
        for space in _SPACE_RUN.finditer(self.raw, start, end):
            self.out.add(self.raw[pos:space.start()], pos)
            if self.out.last not in ("", " ", "\n"):
                self.out.char(" ", space.start())
            pos = space.end()
        self.out.add(self.raw[pos:end], pos)

    def _token(self, match: re.Match[str]) -> int:
        kind = match.lastgroup  # the outermost group closes last, so this is the token kind
        if kind == "tag":
            return self._tag(match)
        if self.skip_name is None:
            if kind == "entity":
                self.out.spread(_html.unescape(match.group(0)), [match.start()])
            elif kind == "link":
                self.out.add(match.group("label"), match.start("label"))
        return match.end()

    def _tag(self, match: re.Match[str]) -> int:
        name = match.group("name").lower()
        closing = match.group(0).startswith("</")
        if self.skip_name is not None:
            if name == self.skip_name and name not in VOID_TAGS:
                self.skip_depth += -1 if closing else 1
                if self.skip_depth == 0:
                    self.skip_name = None
            return match.end()
        if name in RAW_TEXT_TAGS and not closing:
            end = re.compile(rf"</{name}\s*>", re.I).search(self.raw, match.end())
            return end.end() if end else len(self.raw)
        if not closing and name not in VOID_TAGS and self._is_chrome(name, match.group("attrs") or ""):
            self.skip_name, self.skip_depth = name, 1
            return match.end()
        if name in BLOCK_TAGS and self._row_cells(name, closing, match.start()):
            return match.end()
        if name in BLOCK_TAGS and self.out.last not in ("", "\n"):
            self.out.char("\n", match.start())
        if name in HEADING_TAGS:
            self._heading(closing, match)
        return match.end()

    def _row_cells(self, name: str, closing: bool, at: int) -> bool:
        """A table row's cells stay on one line, a tab between each two, so that the row holds together
        (a designation list's firm and its county); other blocks inside a cell break the row into lines.
        True when the tag is handled here."""
        if name == "tr":
            self.row, self.cells = not closing, 0
            return False
        if not self.row:
            return False
        if name in ("td", "th"):
            if not closing:
                if self.cells:
                    self.out.char("\t", at)  # an empty cell keeps its column
                self.cells += 1
            return True
        self.row = False  # a paragraph or a nested table inside a cell: a layout table, not a row of data
        return False

    def _heading(self, closing: bool, match: re.Match[str]) -> None:
        if not closing:
            self.heading_start = match.end()
        elif self.heading_start is not None:
            self.headings.append((self.heading_start, match.start()))
            self.heading_start = None

    @staticmethod
    def _is_chrome(name: str, attrs: str) -> bool:
        if name in SKIP_TAGS:
            return True
        if name in CONTAINER_TAGS:  # <body class="has-nav"> must not hide the whole page
            return False
        return any(CHROME_ATTR.search(next(v for v in m.groups()[1:] if v is not None) or "")
                   for m in _ATTR.finditer(attrs))
