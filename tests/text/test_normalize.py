"""kg.text.normalize: each step, and the offset map that survives all of them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.text.normalize import (
    REPAIRS,
    damage_markers,
    is_pinyin_annotation,
    normalize,
    normalize_text,
)
from kg.text.offsets import Mapped

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
S0 = (SEEDS / "000_6e6171ac0b97f2b3.txt").read_text(encoding="utf-8")
S2 = (SEEDS / "002_90c95b44a413019a.txt").read_text(encoding="utf-8")
PINYIN_LEFT = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*\)")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("戰(zhàn)略性新興產(chǎn)業(yè)", "战略性新兴产业"),
        ("綠(lǜ)色", "绿色"),
        ("女(nǚ)工", "女工"),
        ("策略(lüè)", "策略"),
        ("嗯(ńg)", "嗯"),
        ("基礎A(chǔ)研究", "基础A研究"),  # no CJK predecessor required
        ("咖啡(café)館", "咖啡(café)馆"),
        ("單位(ABC)", "单位(ABC)"),
        ("發(fa)展", "发(fa)展"),  # toneless: not an annotation
        ("研究(Development)", "研究(Development)"),
        ("(149家)(常住)(一)", "(149家)(常住)(一)"),
    ],
)
def test_pinyin_annotations(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [("chǎn", True), ("zhuàng", True), ("ǎi", True), ("nǚ", True), ("ḿ", True),
     ("café", False), ("xyzà", False), ("fa", False)],
)
def test_is_pinyin_annotation(inner: str, expected: bool) -> None:
    assert is_pinyin_annotation(inner) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("90分鐘交通圈內(nèi)??h域內(nèi)氣候溫和", "90分钟交通圈内。县域内气候温和"),
        ("基礎(chǔ)能力不突出?;\ue2a6A(chǔ)研究是科技創(chuàng)新的源頭", "基础能力不突出。基础研究是科技创新的源头"),
        ("全球競爭演變?yōu)閯?chuàng)新鏈的競爭", "全球竞争演变为创新链的竞争"),
        ("推動?xùn)|部地區(qū)發(fā)揮", "推动东部地区发挥"),
    ],
)
def test_known_damage_is_repaired(raw: str, expected: str) -> None:
    mapped = normalize(Mapped.identity(raw))
    assert mapped.text == expected
    assert damage_markers(mapped, raw) == []


def test_every_repair_documents_its_case() -> None:
    assert len(REPAIRS) == 4
    assert all(note and "→" in note for _, _, note in REPAIRS)


def test_every_repair_mends_a_question_mark() -> None:
    # normalize runs the repairs only on a text with a "?" in it
    assert all(r"\?" in re.sub(r"\(\?<?[=!].*?\)(?=\\|$)", "", pattern.pattern) for pattern, _, _ in REPAIRS)


@pytest.mark.parametrize(
    ("raw", "marker"),
    [
        ("產業?發展", "?"),
        ("產業\ue123發展", "\ue123"),
        ("產業\ufffd發展", "\ufffd"),
        ("推動xùn)部地區", "xùn)"),
    ],
)
def test_unknown_damage_is_reported(raw: str, marker: str) -> None:
    mapped = normalize(Mapped.identity(raw))
    positions = damage_markers(mapped, raw)
    assert positions and mapped.text[positions[0]:].startswith(marker)


def test_full_width_question_mark_is_not_damage() -> None:
    raw = "这是问题吗？是的"
    mapped = normalize(Mapped.identity(raw))
    assert mapped.text == "这是问题吗?是的"
    assert damage_markers(mapped, raw) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("隨著經濟發展", "随着经济发展"),
        ("著力、著眼、著手", "着力、着眼、着手"),
        ("成效顯著,著作等身", "成效显著,著作等身"),
        ("產業集群", "产业集群"),
        # Hong Kong forms tw2s keeps, and the Taiwan and Hong Kong character for silicon
        ("水暖廚衞產業集群", "水暖厨卫产业集群"),
        ("多晶矽、矽片產能", "多晶硅、硅片产能"),
        # a simplified text is left as it is, 矽 included
        ("矽肺病防治", "矽肺病防治"),
    ],
)
def test_tw2s_character_level(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("产业，集群：发展；（一）１２３ＡＢｃ％～！？", "产业,集群:发展;(一)123ABc%~!?"),
        ("、。“”《》——", "、。“”《》——"),
        ("\u3000\u3000第一段正文。", "第一段正文。"),
        ("\xa0\xa0\xa0第一段正文。\xa0", "第一段正文。"),
        ("三千吨粉笔\u3000出口逾百国", "三千吨粉笔 出口逾百国"),
        ("1-5月，   22个项目", "1-5月, 22个项目"),
        ("第一行\r\n第二行", "第一行\n第二行"),
    ],
)
def test_width_and_spaces(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_offsets_follow_every_step() -> None:
    raw = "\u3000產(chǎn)業，隨著發(fā)展"
    mapped = normalize(Mapped.identity(raw))
    assert mapped.text == "产业,随着发展"
    assert [raw[o] for o in mapped.offsets[:-1]] == list("產業，隨著發展")
    assert len(mapped.offsets) == len(mapped.text) + 1


def test_decomposed_tone_marks_are_composed_first() -> None:
    assert normalize_text("產(cha\u030cn)業") == "产业"


@pytest.mark.parametrize(("raw", "count"), [(S0, 953), (S2, 578)], ids=["S0", "S2"])
def test_seed_pinyin_all_stripped(raw: str, count: int) -> None:
    assert len(PINYIN_LEFT.findall(raw)) == count
    text = normalize(Mapped.identity(raw)).text
    assert PINYIN_LEFT.findall(text) == []


@pytest.mark.parametrize(
    ("raw", "present", "absent"),
    [
        (S0, ["交通圈内。县域内", "不突出。基础研究", "随着"], ["產", "業", "發", "??"]),
        (S2, ["演变为创新链", "推动东部地区", "伴随着", "体现着"], ["產", "業", "?xùn", "?yōu"]),
    ],
    ids=["S0", "S2"],
)
def test_seed_normalised(raw: str, present: list[str], absent: list[str]) -> None:
    mapped = normalize(Mapped.identity(raw))
    for fragment in present:
        assert fragment in mapped.text
    for fragment in absent:
        assert fragment not in mapped.text
    assert damage_markers(mapped, raw) == []


def test_a_circle_typed_for_zero_between_chinese_numerals_is_the_numeral_zero():
    from kg.text.normalize import normalize_text

    assert normalize_text("二○三五年远景目标,二◯二三年,第○项") == "二〇三五年远景目标,二〇二三年,第○项"
