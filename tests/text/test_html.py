"""kg.text.html: markup to lines of text whose characters map back into the raw string."""
from __future__ import annotations

import pytest

from kg.text import prepare
from kg.text.html import HTML, MARKDOWN, PLAIN, detect_media_type, extract, read_front_matter

PAGE = """<!DOCTYPE html>
<html><head><title>产业集群 - 某某网</title>
<style>p { color: red; } .x::after { content: "样式文字不是正文"; }</style>
<script>var s = "<p>脚本里的段落不是正文</p>";</script></head>
<body>
<nav><a href="/">首页</a> <a href="/news">新闻中心栏目</a></nav>
<div class="breadcrumb">当前位置：首页 &gt; 新闻</div>
<!-- 注释里的文字也不是正文 -->
<h1>长兴县加快建设产业集群</h1>
<p>魏华山表示，在各级领导支持下，<strong><span style="x">投资40亿元</span></strong>，建设生产线&amp;配套设施。&nbsp;&nbsp;</p>
<p>第二段&#x4E00;句话写在这里。第二句话紧随其后！</p>
<div id="share-bar">分享到微信朋友圈</div>
<footer><p>Copyright &copy; 某某集团 All Rights Reserved.</p></footer>
</body></html>"""

MARKDOWN_DOC = """---
title: "【粉筆養活一條村】湖北應城年產三千噸粉筆"
date: "2021-04-07"
author: "眾新聞中國組"
---

# 【粉筆養活一條村】湖北應城年產三千噸粉筆

{{< video src="https://example.org/v" >}}

在湖北應城市黃灘鎮劉垸村，公路邊到處晾曬著粉筆。詳見[眾新聞報道](https://hkcnews.com/a/1)。

![](images/chalk.jpg)

<figure>
<img src="https://example.org/a.png" alt="">
<figcaption>應城有「膏都鹽海」之稱，石膏開採歷史400多年。</figcaption>
</figure>
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAGE, HTML),
        ("<html><body><p>产业</p></body></html>", HTML),  # a .txt that is really HTML
        ("<div><p>一段</p><p>二段</p><p>三段</p></div>", HTML),  # fragment, dense markup
        (MARKDOWN_DOC, MARKDOWN),
        ("长兴县位于太湖西南岸,自古被称为三省通衢。\n\n<figure>\n<figcaption>图片说明文字。</figcaption>\n</figure>\n", MARKDOWN),
        ("# 河南省促进高新技术产业发展条例\n\n第一条 为促进发展。", MARKDOWN),
        ("来源:民生网2023-12-07\n\n长兴县位于太湖西南岸。", PLAIN),
        ("a<b 且 c>d 的比较不是标签。", PLAIN),
    ],
    ids=["page", "txt-html", "fragment", "front-matter", "figure-in-text", "md-heading", "plain", "angle-brackets"],
)
def test_detects_media_type_by_content(text: str, expected: str) -> None:
    assert detect_media_type(text) == expected


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_html_drops_script_style_nav_comments_and_chrome_elements() -> None:
    extracted = extract(PAGE, HTML)
    text = extracted.mapped.text
    for absent in ("样式文字", "脚本里", "首页", "新闻中心", "当前位置", "注释里", "分享到", "Copyright", "某某网"):
        assert absent not in text
    assert _lines(text) == [
        "长兴县加快建设产业集群",
        "魏华山表示，在各级领导支持下，投资40亿元，建设生产线&配套设施。",
        "第二段一句话写在这里。第二句话紧随其后！",
    ]
    assert extracted.meta["title"] == "产业集群 - 某某网"


def test_html_offsets_point_into_raw() -> None:
    mapped = extract(PAGE, HTML).mapped
    assert len(mapped.offsets) == len(mapped.text) + 1
    for char, offset in zip(mapped.text, mapped.offsets):
        if char not in "\n &\xa0一":  # block breaks, collapsed spaces and entities map to their token
            assert PAGE[offset] == char
    amp = mapped.text.index("&")
    assert PAGE.startswith("&amp;", mapped.offsets[amp])
    assert PAGE.startswith("&#x4E00;", mapped.offsets[mapped.text.index("一句")])


def test_inline_tags_do_not_split_a_sentence() -> None:
    article = prepare(PAGE.encode("utf-8"), "page.html")
    texts = [s.text for s in article.sentences]
    assert "魏华山表示,在各级领导支持下,投资40亿元,建设生产线&配套设施。" in texts
    sentence = next(s for s in article.sentences if s.text.startswith("魏华山"))
    raw = article.raw[sentence.raw_start:sentence.raw_end]
    assert raw.startswith("魏华山表示") and "<strong><span" in raw and raw.endswith("配套设施。")


def test_heading_elements_are_recorded() -> None:
    extracted = extract(PAGE, HTML)
    assert [PAGE[a:b] for a, b in extracted.headings] == ["长兴县加快建设产业集群"]


def test_markdown_front_matter_is_metadata_not_body() -> None:
    extracted = extract(MARKDOWN_DOC, MARKDOWN)
    assert extracted.meta["title"] == "【粉筆養活一條村】湖北應城年產三千噸粉筆"
    assert extracted.meta["date"] == "2021-04-07"
    assert "title:" not in extracted.mapped.text and "眾新聞中國組" not in extracted.mapped.text


def test_markdown_drops_shortcodes_images_and_link_syntax() -> None:
    lines = _lines(extract(MARKDOWN_DOC, MARKDOWN).mapped.text)
    assert lines == [
        "# 【粉筆養活一條村】湖北應城年產三千噸粉筆",
        "在湖北應城市黃灘鎮劉垸村，公路邊到處晾曬著粉筆。詳見眾新聞報道。",
        "應城有「膏都鹽海」之稱，石膏開採歷史400多年。",
    ]


def test_markdown_link_text_maps_to_its_raw_position() -> None:
    mapped = extract(MARKDOWN_DOC, MARKDOWN).mapped
    at = mapped.text.index("眾新聞報道")
    assert MARKDOWN_DOC[mapped.offsets[at]:mapped.offsets[at] + 5] == "眾新聞報道"


def test_plain_text_is_identity() -> None:
    raw = "来源:民生网\n\n长兴县位于太湖西南岸。"
    mapped = extract(raw, PLAIN).mapped
    assert mapped.text == raw and mapped.offsets == list(range(len(raw) + 1))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('title: "产业"\ndate: 2021-04-07', {"title": "产业", "date": "2021-04-07"}),
        ("title = '产业'\ndate = 2021-04-07", {"title": "产业", "date": "2021-04-07"}),
        ("tags:\n  - \"x\"\nauthor: 记者", {"tags": "", "author": "记者"}),
    ],
)
def test_read_front_matter(body: str, expected: dict[str, str]) -> None:
    assert read_front_matter(body) == expected


def test_a_table_row_keeps_its_cells_on_one_line_with_tabs_and_empty_cells_keep_their_column():
    raw = "<table><tr><td>1</td><td>宁波天生密封件有限公司</td><td>鄞州区</td></tr><tr><td>2</td><td></td><td>余姚市</td></tr></table>"
    text = extract(raw, "text/html").mapped.text
    assert text.splitlines() == ["1\t宁波天生密封件有限公司\t鄞州区", "2\t\t余姚市"]


def test_a_layout_table_whose_cells_hold_paragraphs_is_not_a_row():
    raw = "<table><tr><td><p>第一段。</p><p>第二段。</p></td><td>导航</td></tr></table>"
    assert "\t" not in extract(raw, "text/html").mapped.text


def test_a_front_matter_title_the_body_does_not_repeat_is_the_first_line_mapped_to_its_raw_span() -> None:
    raw = '---\ntitle: "走進「中國竹編之鄉」"\ndate: 2019-05-12\n---\n\n記者來到花園村。\n'
    mapped = extract(raw, MARKDOWN).mapped
    assert _lines(mapped.text) == ["走進「中國竹編之鄉」", "記者來到花園村。"]
    assert raw[mapped.offsets[0]:mapped.offsets[0] + 2] == "走進"
