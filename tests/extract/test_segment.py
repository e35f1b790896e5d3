"""kg.extract.segment cuts a block as jieba does (HMM off), whatever route it takes to get there."""
import doctest

import jieba
import pytest

from kg.extract import segment

BLOCKS = [
    "浙江省长兴县新能源汽车产业产值达100亿元",
    "深入推进产业创强争先示范行动",
    "张江生物医药产业",
    "2023年GDP增长5.2%",
    "5G基站",
    "iPhone15Pro",
    "A+B#C&D",
    "智能汽车及关键零部件产业",
    "标准化工作",
    "中",
    "x",
    "龘龘龘",  # characters jieba's dictionary lacks
]


@pytest.mark.parametrize("block", BLOCKS)
def test_a_block_is_cut_as_jieba_cuts_it(block):
    expected = tuple(segment._tokenizer().cut(block, HMM=False))
    assert segment._cut_words(block) == expected


@pytest.mark.parametrize("text", ["在阳新县富池镇举行, 总投资12.5亿元。", "发展“1+4”主导产业集群 (2021—2025年)"])
def test_tokens_are_jiebas_over_mixed_text(text):
    segment.forget()
    assert segment.tokens(text) == list(jieba.cut(text, HMM=False))


@pytest.mark.parametrize("text", ["在阳新县富池镇举行", "发展“1+4”主导产业集群", ""])
def test_ends_at_token_walks_the_tokens(text):
    from kg.extract.spans import ends_at_token

    ends, pos = set(), 0
    for tok in jieba.cut(text, HMM=False):
        pos += len(tok)
        ends.add(pos)
    for end in range(-1, len(text) + 2):
        assert ends_at_token(text, end) == (end in ends or end == len(text))


@pytest.mark.parametrize("text", ["在阳新县富池镇举行, 总投资12.5亿元。", "发展“1+4”主导产业集群 (2021—2025年)",
                                  "标准化工作\r\n5G基站、iPhone15Pro", "中", ""])
def test_bounds_cut_per_block_are_the_whole_texts(text):
    # Bounds cuts only the block an offset falls in; asked about every offset, in any order, it must answer as
    # the boundaries of jieba's cut of the whole text do
    segment.forget()
    whole, pos = {0, len(text)}, 0
    for tok in jieba.cut(text, HMM=False):
        pos += len(tok)
        whole.add(pos)
    bounds = segment.token_bounds(text)
    for offset in [*range(len(text) + 2, -3, -1), *range(-2, len(text) + 3)]:
        assert (offset in bounds) == (offset in whole), offset


def test_segment_examples_run():
    assert doctest.testmod(segment).failed == 0
