"""Left boundaries of names: walk back over jieba tokens until a verb or function word.

Names in this genre end in a tell-tale word (产业, 集群, 战略, 大学…) but start wherever the verb
before them ends: ``深入推进产业创强争先示范行动`` → ``产业创强争先示范行动``.
"""
from __future__ import annotations

import re

from kg.extract.segment import tagged_from_right, token_bounds, tokens_from_right

# tokens that a name never starts with or contains on its left edge
STOP_TOKENS = {
    "落实", "实施", "制定", "推进", "深入", "深入推进", "出台", "开展", "坚持", "启动", "印发", "发布", "成为", "成长为",
    "入选", "打造", "构建", "培育", "推动", "加快", "支持", "依托", "围绕", "实现", "形成", "完善", "健全", "紧抓",
    "抓住", "利用", "通过", "认真", "全面", "全力", "积极", "大力", "不断", "持续", "进一步", "明确", "提出", "部署",
    "建成", "建立", "组建", "设立", "引进", "引导", "鼓励", "促进", "参与", "加入", "跻身", "列入", "获评", "荣获",
    "评为", "认定", "申报", "新增", "完成", "发挥", "带动", "借势", "聚焦", "瞄准", "对标", "依据", "按照", "根据",
    "贯彻", "学习", "遵循", "执行", "落地", "召开", "考察", "指出", "强调", "表示", "已", "已经", "正在", "将", "要",
    "和", "与", "及", "以及", "或", "等", "了", "是", "为", "对", "把", "以", "由", "从", "向", "在", "于", "中", "其中",
    "包括", "如", "即", "并", "且", "也", "还", "都", "均", "的", "之", "有", "共", "各", "该", "这", "此", "其",
    "一批", "一个", "一些", "多个", "分类分批", "分批", "分类", "打通", "扩大", "提升", "加强", "强化", "优化提升",
    "作为", "通知", "关于", "先后", "陆续", "分别", "同时", "还有", "开展", "面向", "服务", "融入", "用", "让",
    "积极参与", "积极培育", "新增申报", "重点", "着力", "全县", "全市", "全省", "全国", "我国", "二十届", "到", "通过", "立足",
    "反映", "出", "涵盖", "涵盖了", "重视", "高度重视", "政府", "人民政府", "内", "覆盖", "大力发展", "重点发展", "加快发展", "积极发展", "狠抓", "剖析", "影响", "推动", "申报", "新认定", "认定", "评价", "加大", "夯实", "谋篇布局", "调整", "紧跟", "准确", "把握", "涉及", "针对", "深刻", "理解",
    "建议", "突出", "可见", "探索", "特别是", "一些", "经", "落户", "位于", "坐落", "坐落于", "选址", "地处", "逐步", "演变成", "演变为", "变成", "转变为", "充分调动", "调动",
    "拥有", "则", "用好", "抓好", "管好",  # 株洲则拥有两个国家级集群, 用好中小企业特色产业集群
}
#: parts of speech a name is made of (nouns, verbal nouns, distinguishing words, adjectives)
NAME_TAGS = {"n", "nz", "ns", "nt", "nr", "nrt", "nrfg", "j", "vn", "an", "b", "a", "l", "eng", "ng", "s", "x"}
_DASH_RULE = re.compile(r"——|--|^—")  # a dash set off as punctuation (——湖北莱克…：), not the dash joining 深圳—香港
_PUNCT = re.compile(r"[^\u4e00-\u9fff“”0-9A-Za-z+.—\-]")
_COUNT = re.compile(r"[0-9.]+[家个项年]?")


def _stops_at(tok: str, stops: set[str]) -> bool:
    """``tok`` is a stop token or ends in one of two characters or more (shorter than itself)."""
    # the suffixes of tok looked up in the set: the same answer as scanning every stop token for tok.endswith
    return tok in stops or any(tok[i:] in stops for i in range(1, len(tok) - 1))


def left_boundary(text: str, end: int, *, max_chars: int = 16, min_start: int = 0,
                  stops: set[str] = STOP_TOKENS, nouns_only: bool = False, words: frozenset[str] = frozenset()) -> int:
    """Start of the name that ends at ``end``: tokens are taken right to left while allowed.

    A quoted run right before the start joins the name (``“1+4”主导产业集群``). With ``nouns_only``,
    a token whose part of speech is not noun-like ends the name too (``狠抓细分行业`` → ``细分行业``), unless it
    is one of ``words`` (制造 in 电子信息先进制造集群).
    """
    segment = text[min_start:end]
    # the walk stops within a few tokens of the end: only the blocks it reaches are cut
    toks = tagged_from_right(segment) if nouns_only else ((t, "n") for t in tokens_from_right(segment))
    start = end
    for tok, tag in toks:
        if _stops_at(tok, stops) or _PUNCT.search(tok) or _DASH_RULE.search(text, start - len(tok) - 1, start + 1):
            break
        if tok.isdigit() or _COUNT.fullmatch(tok) or ("“" in tok or "”" in tok):
            break
        if nouns_only and tag not in NAME_TAGS and tok != "及" and tok not in words:  # 智能汽车及关键零部件产业 is one name
            break
        if end - (start - len(tok)) > max_chars:
            break
        start -= len(tok)
    return _with_quote(text, start, min_start, max_chars, end)


def _with_quote(text: str, start: int, min_start: int, max_chars: int, end: int) -> int:
    if start > min_start and text[start - 1] == "”":
        open_ = text.rfind("“", min_start, start - 1)
        if open_ != -1 and end - open_ <= max_chars + 10 and "”" not in text[open_ + 1:start - 1]:
            return open_
    return start


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last , ; 。 or : before it)."""
    return max(text.rfind(c, 0, pos) for c in ",;。:") + 1


def ends_at_token(text: str, end: int) -> bool:
    """A jieba token of ``text`` ends at ``end`` (or ``end`` is the end of the text)."""
    # token_bounds holds 0, where no token ends, and every token's end, the text's own end among them
    return end == len(text) or end > 0 and end in token_bounds(text)
