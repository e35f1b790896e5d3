"""kg.text.prepare end to end: the seeds, the dev corpus and its gold evidence, speed."""
from __future__ import annotations

import doctest
import importlib
import json
import re
import time
from pathlib import Path

import pytest
from opencc import OpenCC

from kg.text import Article, prepare
from kg.text.normalize import REPAIRS, normalize_text, simplify
from kg.text.offsets import Mapped

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CORPUS = Path("/work/shared/corpus")
S0, S2 = "000_6e6171ac0b97f2b3.txt", "002_90c95b44a413019a.txt"
DEV_FILES = sorted(p.name for p in (CORPUS / "dev").glob("0*") if not p.name.endswith(".json"))
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
MIN_COVERAGE = 0.95


def _source(name: str) -> Path:
    return SEEDS / name if (SEEDS / name).exists() else CORPUS / "dev" / name


_CACHE: dict[str, Article] = {}


def article(name: str) -> Article:
    if name not in _CACHE:
        _CACHE[name] = prepare(_source(name).read_bytes(), str(_source(name)))
    return _CACHE[name]


def _ws(text: str) -> str:
    return re.sub(r"\s", "", text)


def _sentences(name: str) -> str:
    return "\n".join(s.text for s in article(name).sentences)


# --- the seeds -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "published", "source", "authors"),
    [
        (S0, "战略性新兴产业集群高质量发展对策及启示——基于长兴县产业发展的案例", "2023-12-07", "民生网",
         ["马海涛", "张克均", "杨金智", "高桦", "赵明", "陈若鹏"]),
        (S2, "加快建设具有引领力的质量卓越产业集群", "2023-12-22", "光明日报", ["席强敏"]),
    ],
)
def test_seed_provenance(name: str, title: str, published: str, source: str, authors: list[str]) -> None:
    a = article(name)
    assert (a.title, a.published, a.source, a.authors) == (title, published, source, authors)
    assert (a.encoding, a.media_type) == ("utf-8", "text/plain")


@pytest.mark.parametrize("name", [S0, S2])
def test_seed_text_is_clean(name: str) -> None:
    text = _sentences(name)
    assert not re.search(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔù][a-zü]*\)", text), "pinyin left"
    # t2s, not tw2s: tw2s would turn the (correct) 显著 into 显着 once 顯 is already simplified.
    assert OpenCC("t2s").convert(text) == text, "traditional characters left"
    assert not re.search("[產業發戰質]|隨著|随著", text)
    assert "产业" in text
    for chrome in ("宜城市", "通化县", "皮山县", "西乌珠穆沁旗", "中国西藏网", "京ICP备", "ICP备", "公网安备", "微信", "当前位置", "责编", "版权"):
        assert chrome not in text, chrome
    assert not re.search(r"\d{8,}", text), "phone/ICP/licence numbers left"
    assert not any(s.quarantined for s in article(name).sentences)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [(S0, "交通圈内。"), (S0, "县域内气候温和"), (S0, "不突出。"), (S0, "基础研究是科技创新的源头"), (S0, "随着"),
     (S2, "演变为创新链"), (S2, "推动东部地区"), (S2, "伴随着经济的平稳增长")],
)
def test_seed_repairs_and_simplification(name: str, fragment: str) -> None:
    assert fragment in _sentences(name)


def _repaired_spans(raw: str) -> list[tuple[int, int]]:
    return [m.span() for pattern, _, _ in REPAIRS for m in pattern.finditer(raw)]


@pytest.mark.parametrize("name", [S0, S2])
def test_seed_raw_slice_normalises_to_the_sentence(name: str) -> None:
    """A sentence's raw slice, normalised on its own, gives the sentence back. The exception is a
    sentence that ends or starts inside a repaired spot: the repair needs context beyond the slice."""
    a = article(name)
    repaired = _repaired_spans(a.raw)
    differing = [s for s in a.sentences if normalize_text(a.raw[s.raw_start:s.raw_end]) != s.text]
    for s in differing:
        assert any(s.raw_start <= end and start <= s.raw_end for start, end in repaired), s.text
    assert len(differing) <= 2 * len(repaired)


@pytest.mark.parametrize("name", [S0, S2, *DEV_FILES])
def test_raw_slice_starts_and_ends_where_the_sentence_does(name: str) -> None:
    a = article(name)
    repaired = _repaired_spans(a.raw)
    assert len(a.offsets) == len(a.text) + 1
    for s in a.sentences:
        assert a.text[s.start:s.end] == s.text
        ours = CJK.findall(s.text)
        theirs = CJK.findall(simplify(Mapped.identity(a.raw[s.raw_start:s.raw_end])).text)
        if not ours or any(s.raw_start <= end and start <= s.raw_end for start, end in repaired):
            continue
        assert (ours[0], ours[-1]) == (theirs[0], theirs[-1]), s.text


# --- the dev corpus and gold evidence -----------------------------------------------------------------------


def _gold_files() -> list[tuple[Path, str]]:
    seeds = [(p, p.name.replace(".gold.json", ".txt")) for p in sorted((CORPUS / "seeds").glob("*.gold.json"))]
    dev = [(p, json.loads(p.read_text(encoding="utf-8"))["doc"]) for p in sorted((CORPUS / "dev").glob("*.gold.json"))]
    return seeds + dev


def coverage(gold_path: Path, name: str) -> tuple[int, int, list[str]]:
    """Evidence strings equal to one of our sentences, compared without whitespace. Gold evidence is
    verbatim (traditional, full-width punctuation), so it is normalised the same way first."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    evidence = [r["evidence"] for r in gold["relations"]] + [f["evidence"] for f in gold["facts"]]
    ours = {_ws(s.text) for s in article(name).sentences}
    missing = [e for e in evidence if _ws(normalize_text(e)) not in ours]
    return len(evidence) - len(missing), len(evidence), missing


@pytest.mark.parametrize(("gold_path", "name"), _gold_files(), ids=[n for _, n in _gold_files()])
def test_gold_evidence_is_our_sentences(gold_path: Path, name: str) -> None:
    found, total, missing = coverage(gold_path, name)
    print(f"{name}: {found}/{total}")
    assert found >= MIN_COVERAGE * total, missing


def test_gold_evidence_overall() -> None:
    found = total = 0
    for gold_path, name in _gold_files():
        f, t, _ = coverage(gold_path, name)
        found, total = found + f, total + t
    assert found / total >= MIN_COVERAGE


@pytest.mark.parametrize(("gold_path", "name"), _gold_files(), ids=[n for _, n in _gold_files()])
def test_title_and_date_match_gold(gold_path: Path, name: str) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    a = article(name)
    assert _ws(a.title or "") == _ws(normalize_text(gold["title"]))
    if name.startswith("04"):  # the preprint's month is only in its identifier, not in the text
        assert a.published is None
    else:
        assert a.published == gold["published"]


@pytest.mark.parametrize(
    ("name", "encoding", "media_type"),
    [
        ("01_huangshi_wuhan_investment_fair.html", "gbk", "text/html"),
        ("03_yingcheng_chalk_village_trad.txt", "utf-8", "text/markdown"),
        ("04_foshan_biomedicine_patent_report.txt", "utf-8", "text/markdown"),
    ],
)
def test_dev_detection(name: str, encoding: str, media_type: str) -> None:
    assert (article(name).encoding, article(name).media_type) == (encoding, media_type)


def test_dev_html_chrome_is_gone() -> None:
    text = _sentences("01_huangshi_wuhan_investment_fair.html")
    for chrome in ("网站地图", "Copyright", "字体", "doZoom", "发稿时间", "&nbsp;"):
        assert chrome not in text


def test_markdown_front_matter_and_footer() -> None:
    a = article("08_xiangshui_chemical_park_blast_trad.txt")
    assert a.title == "【江苏大爆炸】化工厂区全毁 核心区现巨坑 47人死亡"
    assert a.published == "2019-03-22" and a.authors == ["众新闻记者"]
    text = _sentences(a.path and Path(a.path).name or "")
    assert "title:" not in text and "订户" not in text and "web.archive.org" not in text
    assert "化工厂核心区出现巨坑。" in text


def test_html_article_end_to_end() -> None:
    page = ("<html><head><title>长兴县产业集群发展报告_民生网</title><script>var a='不是正文。';</script></head><body>"
            "<nav>首页 | 新闻 | 图片</nav><h1>长兴县产业集群发展报告</h1>"
            "<p>发布时间：2023-12-07 来源：民生网</p>"
            "<p>长兴县&nbsp;坚持<span>工业立县</span>战略&amp;打造“1+4”集群。第二句在这里！</p></body></html>")
    a = prepare(page.encode("gb18030"), "page.txt")
    assert (a.media_type, a.encoding, a.published, a.source) == ("text/html", "gbk", "2023-12-07", "民生网")
    assert a.title == "长兴县产业集群发展报告"  # the <title> without the site name
    assert [s.text for s in a.sentences] == ["长兴县产业集群发展报告", "长兴县 坚持工业立县战略&打造“1+4”集群。", "第二句在这里!"]
    assert a.sentences[0].heading


# --- speed and doctests --------------------------------------------------------------------------------


def test_seeds_prepare_fast() -> None:
    data = [(SEEDS / S0).read_bytes(), (SEEDS / S2).read_bytes()]
    prepare(data[0])  # warm-up: OpenCC dictionaries, regex compilation
    start = time.perf_counter()
    for d in data:
        prepare(d)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("module", ["decode", "html", "normalize", "offsets", "metadata", "chrome", "sentences"])
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"kg.text.{module}"))
    assert result.failed == 0 and result.attempted > 0


def test_table_cells_are_sentences_of_one_row_with_their_columns():
    html = ("<html><body><p>现将名单公布如下。</p><table><tr><td>序号</td><td>企业名称</td><td>所在地</td></tr>"
            "<tr><td>1</td><td>宁波天生密封件有限公司</td><td>鄞州区</td></tr></table></body></html>")
    markdown = "现将名单公布如下。\n\n| 序号 | 企业名称 | 所在地 |\n|---|---|---|\n| 1 | 宁波天生密封件有限公司 | 鄞州区 |\n"
    tsv = "现将名单公布如下。\n序号\t企业名称\t所在地\n1\t宁波天生密封件有限公司\t鄞州区\n"
    for data, path in ((html, "list.html"), (markdown, "list.md"), (tsv, "list.txt")):
        article = prepare(data.encode(), path=path)
        cells = [(s.text, s.cell) for s in article.sentences if s.cell is not None]
        assert cells == [("序号", 0), ("企业名称", 1), ("所在地", 2), ("1", 0), ("宁波天生密封件有限公司", 1), ("鄞州区", 2)], path
        row = [s for s in article.sentences if s.text == "鄞州区"][0]
        assert article.raw[row.raw_start:row.raw_end] == "鄞州区"
        assert len({s.paragraph for s in article.sentences if s.cell is not None}) == 2
