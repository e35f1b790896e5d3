"""Tables of designated firms: a header names the columns, each row one firm, its place, field and cluster.

Designation notices (``…关于公布第五批专精特新“小巨人”企业名单的通知``) list their firms in a table:
``序号 | 企业名称 | 所在地 | 所属行业``. The text pipeline keeps a row's cells together (each cell a
sentence, the row its paragraph, ``Sentence.cell`` the column), so a row says what no single cell
does: the firm in column 1 lies in the county of column 2. Relations that join two cells are
contextual: no one sentence names both ends.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.mentions import Mention
from kg.iris import entity_key
from kg.text.model import Sentence
from kg.text.sentences import NAME_HEADER

# header cells, matched whole: the column's role
_PLACE_HEADER = re.compile(r"所在(?:地|地区|地市|市|县|区|县\(市、区\)|区县|街镇|镇街|乡镇)|所属(?:地区|地市|区域|市|县区|街镇|镇街|乡镇|街道)|"
                           r"地区|区域|属地|城市|地市|县\(市、区\)|县\(市\)区|县市区|区县|市州|设区市|省份|省\(区、市\)|街镇|镇街|乡镇")
_INDUSTRY_HEADER = re.compile(r"所属(?:行业|领域|产业)|行业(?:类别|领域)?|产业(?:领域|类别)?|领域|主导产品|主营产品|主要产品|产品(?:名称)?|"
                              # a champion notice's 单项冠军产品, a 专精特新 list's 细分领域 or 主营业务
                              r"(?:单项冠军|冠军|核心|主打|拳头|特色|重点|专精特新)产品(?:名称)?|细分(?:行业|领域|市场)|主营业务")
_CLUSTER_HEADER = re.compile(r"所属(?:产业)?集群|(?:产业)?集群(?:名称)?")
# a column saying which title each row's firm holds (类别: 单项冠军示范企业 / 单项冠军产品)
_DESIGNATION_HEADER = re.compile(r"类别|类型|认定类别|认定类型|称号|荣誉称号|入选类别|认定称号")
_NOT_A_NAME = re.compile(r"^[\d.\s、()-]*$|^(?:合计|小计|总计|备注|无)$")


@dataclass(frozen=True)
class Columns:
    firm: int
    place: int | None
    industry: int | None
    cluster: int | None = None
    designation: int | None = None


def rows(sentences: list[Sentence]) -> list[list[Sentence]]:
    """The table rows of an article, each as its cells in column order."""
    out: dict[int, list[Sentence]] = {}
    for s in sentences:
        if s.cell is not None:
            out.setdefault(s.paragraph, []).append(s)
    return [out[p] for p in sorted(out)]


def header(row: list[Sentence]) -> Columns | None:
    """The columns a header row names, if it names a firm column."""
    def column(pattern: re.Pattern[str]) -> int | None:
        return next((s.cell for s in row if pattern.fullmatch(s.text.replace(" ", ""))), None)

    firm = column(NAME_HEADER)
    return None if firm is None else Columns(firm, column(_PLACE_HEADER), column(_INDUSTRY_HEADER), column(_CLUSTER_HEADER),
                                             column(_DESIGNATION_HEADER))


def table_rows(sentences: list[Sentence]) -> list[tuple[Columns, dict[int, Sentence]]]:
    """Each data row under a header row, as column → cell; a new header starts a new table."""
    out = []
    columns: Columns | None = None
    last_paragraph = None
    for row in rows(sentences):
        if last_paragraph is not None and row[0].paragraph != last_paragraph + 1:
            columns = None  # running text between two tables: the second needs its own header
        last_paragraph = row[0].paragraph
        named = header(row)
        if named is not None:
            columns = named
        elif columns is not None:
            out.append((columns, {s.cell: s for s in row}))
    return out


def firm_cell(cell: Sentence, found: list[Mention]) -> Mention | None:
    """The firm a name cell holds: the firm a finder read across the whole cell, or else the cell's text."""
    text = cell.text
    whole = [m for m in found if m.type == "Firm" and m.start == 0 and m.end == len(text)]
    if whole:
        return whole[0]
    if _NOT_A_NAME.match(text) or not 2 <= len(text) <= 40 or not re.search(r"[\u4e00-\u9fff]", text):
        return None
    return Mention(cell.index, 0, len(text), text, "Firm", entity_key(text), text)


def place_cell(cell: Sentence, found: list[Mention]) -> list[Mention]:
    """The places of the chain a place cell names, each a site of the row's firm (邯郸市曲周县 → 邯郸市, 曲周县)."""
    places = sorted((m for m in found if m.type == "Region" and m.level != "country"), key=lambda m: m.start)
    chain = places[:1]
    for m in places[1:]:
        if m.start == chain[-1].end:
            chain.append(m)
    return chain


def industry_cell(cell: Sentence, found: list[Mention], make) -> list[Mention]:
    """The industries a field cell names: those a finder read, or else the cell's text when it is a short name."""
    named = [m for m in found if m.type == "Industry"]
    text = cell.text
    one_name = not (_NOT_A_NAME.match(text) or not 2 <= len(text) <= 12 or re.search(r"[,;、。\s]", text))
    # 光伏电池片: a cell that is one name is that name, not the industry words a finder read inside it (光伏, 电池)
    if named and not (one_name and all(m.end - m.start < len(text) for m in named)):
        return named
    if one_name:
        return [make(cell.index, 0, len(text), text)]
    # 青稞米、青稞粉: a cell listing short names, each one
    items = re.split(r"、", text)
    if 2 <= len(items) <= 4 and all(2 <= len(i) <= 12 and not re.search(r"[,;。\s]", i) and not _NOT_A_NAME.match(i) for i in items):
        starts = [sum(len(x) + 1 for x in items[:k]) for k in range(len(items))]
        return [make(cell.index, a, a + len(i), i) for a, i in zip(starts, items)]
    return []
