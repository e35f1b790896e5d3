"""What the head of a law, regulation or plan says: its own title, the body that adopted it, and
the place and industry a ``促进X产业发展条例`` is about.

Statutes open with their title as a heading and lines such as
``2019年2月24日 景宁畲族自治县第九届人民代表大会第三次会议审议通过``; approval by a higher body
(``…会议批准``) is not issuing.
"""
from __future__ import annotations

import re

from kg.extract.mentions import Mention
from kg.iris import entity_key

# endings that make a document title a policy document of its own
TITLE_ENDINGS = ("条例", "规定", "办法", "规划", "纲要", "决定", "意见", "方案", "细则", "计划", "通知", "规则", "标准", "统计公报")
_CONGRESS = re.compile(r"第[一二三四五六七八九十百]+届人民代表大会(?:常务委员会)?")
_ADOPTED = re.compile(r"^第[一二三四五六七八九十百]+次(?:全体)?会议(?:审议)?(?:通过|修正|修订)")
_DATE_TAIL = re.compile(r"[(（](?:[^()（）]*\d{4}[^()（）]*|摘要|节选|全文)[)）]$")  # (2022年修正), (摘要)


def title_policy(index: int, text: str, title: str | None) -> Mention | None:
    """The sentence that is the document's own title, as a Policy, when the title names a document.

    >>> title_policy(0, "# 河南省促进高新技术产业发展条例", "河南省促进高新技术产业发展条例").label
    '河南省促进高新技术产业发展条例'
    """
    if not title:
        return None
    name = _DATE_TAIL.sub("", title.strip()).strip("《》 ")
    if not name.endswith(TITLE_ENDINGS) or len(name) < 6 or _COVERING.search(name):
        return None
    body = text.lstrip("#＃ ").rstrip()
    if entity_key(body) != entity_key(title.strip()) and entity_key(body) != entity_key(name):
        return None
    start = text.index(body[0])
    end = start + len(body) - (len(body) - len(name) if body.startswith(name) else 0)
    return Mention(index, start, end, text[start:end], "Policy", entity_key(name), name)


# 宁波市经济和信息化局关于公布…名单的通知: the form of every official document's title, its issuer before 关于
_OFFICIAL_TITLE = re.compile(r"(?:[^\s,;:。关]{2,40}?)?关于[^。;]{2,80}?的(?:通知|意见|实施意见|指导意见|决定|批复|公告|通报|函|报告|复函)")


# 宜宾市人民政府办公室关于印发《…行动方案》的通知: the cover letter of the document it issues, which is the policy
_COVERING = re.compile(r"关于(?:印发|转发|发布|颁布)《[^》]+》的通知$")


def official_title(index: int, text: str) -> Mention | None:
    """A line that is an official document's title (``X关于Y的通知``), as a Policy named by the whole line.

    >>> official_title(0, "宁波市经济和信息化局关于公布第五批专精特新“小巨人”企业名单的通知").start
    0
    """
    body = text.lstrip("#＃ ").rstrip()
    if not body or not _OFFICIAL_TITLE.fullmatch(body) or _COVERING.search(body):
        return None
    start = text.index(body[0])
    return Mention(index, start, start + len(body), body, "Policy", entity_key(body), body)


def congresses(index: int, text: str, regions: list[Mention]) -> list[Mention]:
    """``浙江省第十三届人民代表大会常务委员会``: a people's congress, named with its place and term."""
    out = []
    ends = {m.end: m for m in regions}
    for m in _CONGRESS.finditer(text):
        start = m.start()
        while start in ends:  # 浙江省杭州市第…: the whole chain of places
            start = ends[start].start
        if start == m.start():
            continue
        label = text[start:m.end()]
        out.append(Mention(index, start, m.end(), label, "Organization", entity_key(label), label))
    return out


def adopted_by(text: str, orgs: list[Mention]) -> Mention | None:
    """The body whose session adopted the document: ``…常务委员会第三十八次会议通过``."""
    for o in orgs:
        if _CONGRESS.search(o.label) and _ADOPTED.match(text[o.end:]):
            return o
    return None


def adopting_bodies(text: str, orgs: list[Mention]) -> list[Mention]:
    """Every body whose session adopted, amended or revised the document in its header
    (``…第十一届…常务委员会第十八次会议通过 … 第十三届…常务委员会第十四次会议修订``)."""
    return [o for o in orgs if _CONGRESS.search(o.label) and _ADOPTED.match(text[o.end:])]
