"""Page chrome and spam: which lines of a page are not article text.

Pages copied from news sites carry menus, share buttons, breadcrumbs, footers with licence
and ICP numbers, and SEO lists of place names. Left in, they create false entities (a
county list mentions 38 regions the article never discusses; 中国西藏网 contains 西藏).
The rules work line by line on normalised text and were measured on the seeds: together
they drop the 15 chrome lines of seed 000 and the 5 of seed 002 and no body line.

A line is chrome when it is a provenance line (read by ``kg.text.metadata`` first), comes
before the title, after the editor's credit or after a closing Markdown rule, is a ``|``-separated list, a breadcrumb,
holds a chrome keyword, is a headline listed under 相关新闻/推荐阅读, or has fewer than ``MIN_CJK`` CJK characters
without being a heading.
"""
from __future__ import annotations

import re
from itertools import islice

from kg.text.metadata import END_MARK, Metadata, is_paragraph

MIN_CJK = 6
# Always chrome, wherever they occur on a line.
STRONG_KEYWORDS = (
    "ICP备", "ICP证", "公网安备", "版权所有", "版权声明", "Copyright", "copyright", "©", "All Rights Reserved",
    "举报电话", "举报邮箱", "举报中心", "新闻热线", "投稿邮箱", "扫一扫", "分享到", "当前位置", "信息服务许可证",
    "点击上方蓝字", "点击蓝字关注",
)
# Chrome only on a short line that is not a sentence (许可证 and 微信 also occur in body text).
WEAK_KEYWORDS = (
    "微信", "微博", "客户端", "许可证", "合作单位", "友情链接", "运营", "关注我们", "字体", "打印", "关闭窗口",
    "返回顶部", "上一篇", "下一篇", "责任编辑", "责编", "订户",
)
WEAK_MAX_LEN = 30
LIST_ITEM_MAX = 10  # items of a |-separated menu or SEO list are short names
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。!?]")
_BREADCRUMB = re.compile(r"[^\s>]\s*>\s*[^\s>=]")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")  # a Markdown horizontal rule
_EDITOR = re.compile(r"^[(\[【]?\s*(?:责任编辑|责编)\s*:")
# Headings kept however short: Markdown, 一、 (一) 第一章 第一条, 1. 2.3 (1).
HEADING = re.compile(
    r"^(?:#{1,6}\s|[一二三四五六七八九十百]+、|\([一二三四五六七八九十百]+\)|第[一二三四五六七八九十百零〇\d]+[章节编条]"
    r"|\d+(?:\.\d+)*\.?\s*[^\d\s.,%)]|\(\d+\)\s*[^\d\s])"
)


# a Markdown table row (| 1 | 宁波天生密封件有限公司 | 鄞州区 |) is data, unlike a |-separated menu or SEO list
_TABLE_ROW = re.compile(r"\|(?:[^|]*\|){2,}")


def cjk_count(line: str) -> int:
    return len(_CJK.findall(line))


def _has_cjk(line: str, n: int) -> bool:
    """``cjk_count(line) >= n``, stopping at the n-th character rather than listing them all."""
    return next(islice(_CJK.finditer(line), n - 1, None), None) is not None


def is_heading(line: str) -> bool:
    """A numbered or Markdown heading.

    >>> [is_heading(s) for s in ["一、坚持实事求是", "(一)求“实”", "## 第一章 总则", "2.3产业方向分析", "2022年,产值"]]
    [True, True, True, True, False]
    """
    return bool(HEADING.match(line)) and not re.match(r"^\d{4}\s*年", line)


def chrome_reason(line: str) -> str | None:
    """Why ``line`` is chrome on its own, or None if it may be article text.

    >>> chrome_reason("当前位置:首页 > 实践探索"), chrome_reason("微博|微信"), chrome_reason("一、坚持")
    ('keyword 当前位置', 'list', None)
    """
    if (line.count("|") >= 3 or ("|" in line and _is_list(line))) and not _TABLE_ROW.fullmatch(line.strip()):
        return "list"
    for keyword in STRONG_KEYWORDS:
        if keyword in line:
            return f"keyword {keyword}"
    if len(line) <= WEAK_MAX_LEN and not _SENTENCE_END.search(line):
        for keyword in WEAK_KEYWORDS:
            if keyword in line:
                return f"keyword {keyword}"
    if _BREADCRUMB.search(line) and not _SENTENCE_END.search(line) and _is_list(line, ">"):
        return "breadcrumb"
    if not _has_cjk(line, MIN_CJK) and not is_heading(line):
        return "short"
    return None


def chrome_lines(lines: list[str], meta: Metadata) -> dict[int, str]:
    """Index → reason for every line of ``lines`` that is not article text."""
    dropped: dict[int, str] = {i: "provenance" for i in meta.meta_lines}
    if meta.title_line is not None:
        # page furniture above the headline; never a paragraph of running text, which no header holds
        dropped.update({i: "before title" for i in range(meta.title_line) if lines[i].strip() and not is_paragraph(lines[i])})
    editor = max((i for i, line in enumerate(lines) if _EDITOR.match(line)), default=None)
    if editor is not None and editor > len(lines) // 2:
        dropped.update({i: "after editor" for i in range(editor, len(lines)) if lines[i].strip()})
    rule = max((i for i, line in enumerate(lines) if _RULE.match(line)), default=None)
    if rule is not None and rule >= len(lines) * 3 // 4:  # a closing rule: what follows is the site's footer
        dropped.update({i: "after rule" for i in range(rule, len(lines)) if lines[i].strip()})
    end = min((i for i, line in enumerate(lines) if END_MARK.fullmatch(line.strip())), default=None)
    if end is not None and end >= len(lines) // 2:  # —— END ——: an account's article closes; its footer follows
        dropped.update({i: "after end" for i in range(end, len(lines)) if lines[i].strip()})
    dropped.update(_related_reading(lines))
    for i, line in enumerate(lines):
        if i in dropped or not line.strip() or i == meta.title_line:
            continue
        reason = chrome_reason(line)
        if reason == "short" and _in_table(lines, i):
            continue  # 汽车制造业　　12.6 under 表1…增速(%): a row of a table written as lines, data however short
        if reason:
            dropped[i] = reason
    return dropped


# a table written as lines: its caption (表1 …) and rows of a label and one figure per column (汽车制造业　　12.6,
# 第一产业  103.2  3.5); kg.extract.statistics reads the figures of the same rows
_CAPTION = re.compile(r"^\s*表\s*\d+")
TABLE_LINE_ROW = re.compile(r"\s*([\u4e00-\u9fff、()（）]{2,40}?)((?:\s+[-+]?\d+(?:\.\d+)?%?)+)\s*")


def _in_table(lines: list[str], i: int) -> bool:
    """Line ``i`` is a row of a label and a figure next to another row or a table's caption."""
    if not TABLE_LINE_ROW.fullmatch(lines[i]):
        return False
    near = [line for line in lines[max(0, i - 2):i] + lines[i + 1:i + 2] if line.strip()]
    return any(TABLE_LINE_ROW.fullmatch(line) or _CAPTION.match(line) for line in near)


def _related_reading(lines: list[str]) -> dict[int, str]:
    """``相关新闻`` and the headlines listed under it: other articles' titles, not this one's text. The block
    runs while its lines are short and end no sentence."""
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        if not _RELATED.fullmatch(line.strip()):
            continue
        out[i] = "related reading"
        for j in range(i + 1, len(lines)):
            if not lines[j].strip():
                continue
            if len(lines[j]) > RELATED_ITEM_MAX or _SENTENCE_END.search(lines[j]):
                break
            out[j] = "related reading"
    return out


RELATED_ITEM_MAX = 40
_RELATED = re.compile(r"[【\[]?\s*(?:相关新闻|相关阅读|相关链接|相关文章|推荐阅读|延伸阅读|热点新闻|热点推荐|热门文章|猜你喜欢|精彩推荐|更多新闻|往期推荐|往期回顾|往期精选|历史文章)\s*[】\]]?\s*[:：]?")


def _is_list(line: str, separator: str = "|") -> bool:
    items = [item.strip() for item in line.split(separator)]
    return all(len(item) <= LIST_ITEM_MAX for item in items)
