"""kg.text.sentences: the gold evidence convention for sentence boundaries."""
from __future__ import annotations

import pytest

from kg.text import prepare
from kg.text.sentences import split_spans


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一句。第二句!第三句?", ["第一句。", "第二句!", "第三句?"]),
        ("2022年,产值达300.9亿元;同比增长187.9%,成为新增长极。", ["2022年,产值达300.9亿元;同比增长187.9%,成为新增长极。"]),
        ("他说:“质量是生命。”随后离开。", ["他说:“质量是生命。”", "随后离开。"]),
        ("劉小鋒:「你好。應城很好」。60年間", ["劉小鋒:「你好。", "應城很好」。", "60年間"]),
        ("(为保证数据可比,下同。)本文如下。", ["(为保证数据可比,下同。)", "本文如下。"]),
        ("这是问题吗?!是的。", ["这是问题吗?!", "是的。"]),
        ("  前后有空格。  ", ["前后有空格。"]),
        ("没有句号的标题", ["没有句号的标题"]),
        ("", []),
    ],
)
def test_split_spans(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_damage_question_mark_does_not_end_a_sentence() -> None:
    text = "产业?发展很快。下一句。"
    spans = split_spans(text, keep=frozenset({2}))
    assert [text[a:b] for a, b in spans] == ["产业?发展很快。", "下一句。"]


def test_lines_are_boundaries_and_paragraphs_count() -> None:
    data = "标题行在这里很长\n\n第一段第一句。第一段第二句。\n第二段没有句号\n".encode()
    article = prepare(data, "t.txt")
    assert [(s.text, s.paragraph) for s in article.sentences] == [
        ("标题行在这里很长", 0),
        ("第一段第一句。", 1),
        ("第一段第二句。", 1),
        ("第二段没有句号", 2),
    ]
    assert [s.index for s in article.sentences] == [0, 1, 2, 3]


def test_unrepaired_damage_quarantines_its_sentence_only() -> None:
    data = "战略性新兴产业集群的发展对策\n\n长兴县的产业发展很快。推动?未知部地区发展质量提升。其余句子完好无损。\n".encode()
    article = prepare(data, "t.txt")
    flags = {s.text: s.quarantined for s in article.sentences}
    assert flags == {
        "战略性新兴产业集群的发展对策": False,
        "长兴县的产业发展很快。": False,
        "推动?未知部地区发展质量提升。": True,
        "其余句子完好无损。": False,
    }


def test_headings_are_flagged() -> None:
    data = "一、坚持实事求是,把握发展现状\n\n长兴县坚持工业立县,产业发展很快。\n\n第一条 为了促进产业发展,制定本条例。\n".encode()
    article = prepare(data, "t.txt")
    assert [(s.text[:4], s.heading) for s in article.sentences] == [("一、坚持", True), ("长兴县坚", False), ("第一条 ", False)]


def test_sentence_spans_index_article_text() -> None:
    article = prepare("第一段第一句。第一段第二句。\n第二段的句子也在这里。".encode(), "t.txt")
    for s in article.sentences:
        assert article.text[s.start:s.end] == s.text
        assert article.raw[s.raw_start:s.raw_end] == s.text
