"""Left boundaries of names: walk back over jieba tokens until a verb or function word.

Names in this genre end in a tell-tale word (产业, 集群, 战略, 大学…) but start wherever the verb
before them ends: ``深入推进产业创强争先示范行动`` → ``产业创强争先示范行动``.
"""
from __future__ import annotations

import re

from kg.extract.segment import tokens

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
    "积极参与", "积极培育", "重点", "着力", "全县", "全市", "全省", "全国", "我国", "二十届",
}
_PUNCT = re.compile(r"[^\u4e00-\u9fff“”0-9A-Za-z+.—\-]")


def left_boundary(text: str, end: int, *, max_chars: int = 16, min_start: int = 0,
                  stops: set[str] = STOP_TOKENS, allow_quotes: bool = True) -> int:
    """Start of the name that ends at ``end``: tokens are taken right to left while allowed."""
    toks = tokens(text[min_start:end])
    start = end
    for tok in reversed(toks):
        if tok in stops or _PUNCT.search(tok) or (not allow_quotes and ("“" in tok or "”" in tok)):
            break
        if tok.isdigit() or re.fullmatch(r"[0-9.]+[家个项年]?", tok):
            break
        if end - (start - len(tok)) > max_chars:
            break
        start -= len(tok)
    return start


def ends_at_token(text: str, end: int) -> bool:
    pos = 0
    for tok in tokens(text):
        pos += len(tok)
        if pos == end:
            return True
        if pos > end:
            return False
    return end == len(text)
