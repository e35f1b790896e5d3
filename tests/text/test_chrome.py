"""kg.text.chrome: page chrome and spam lines are dropped, body lines and headings are kept."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.text.chrome import chrome_lines, chrome_reason, is_heading
from kg.text.metadata import read_metadata
from kg.text.normalize import normalize_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("微博|微信", "list"),
        ("|客户端", "list"),
        ("佛学| 宜城市| 通化县| 皮山县| 平顺县| 丽江市|", "list"),
        ("京公网安备 11010502042254号 | 互联网新闻信息服务许可证:10120180029 | 京ICP备10053091号-5", "keyword ICP备"),
        ("京ICP备10053091号-5", "keyword ICP备"),
        ("当前位置:首页 > 实践探索", "keyword 当前位置"),
        ("中国西藏网 > 即时新闻 > 国内", "breadcrumb"),
        ("扫一扫,用微信浏览", "keyword 扫一扫"),
        ("民生网新闻热线:010-65363346 投稿邮箱:msweekly@sina.com", "keyword 新闻热线"),
        ("版权声明:凡注明“来源:中国西藏网”的所有作品,版权归高原(北京)文化传播有限公司。任何媒体转载须注明来源。", "keyword 版权声明"),
        ("Copyright © 娲石集团 All Rights Reserved.", "keyword Copyright"),
        ("《民生周刊》杂志社有限公司运营", "keyword 运营"),
        ("友情链接", "keyword 友情链接"),
        ("活动现场", "short"),
        ("---", "short"),
    ],
)
def test_chrome_lines(line: str, reason: str) -> None:
    assert chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "(一)求“实”,持之以恒夯实产业发展根基",
        "一、坚持实事求是,深刻把握长兴县战略性新兴产业集群发展现状",
        "(三)创新体系需增强",
        "## 第一章 总则",
        "2.3产业方向分析",
        "(2)广州市",
        "企业取得药品生产许可证后,应当在三十日内向部门报告。",  # a weak keyword inside a sentence
        "长兴县位于太湖西南岸,北与江苏宜兴、西与安徽广德交界。",
    ],
)
def test_body_lines_and_headings_are_kept(line: str) -> None:
    assert chrome_reason(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [("一、坚持", True), ("(四)打造", True), ("第三条 本市", True), ("# 标题", True), ("2022年,产值", False), ("长兴县", False)],
)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def _seed_lines(name: str) -> list[str]:
    text = normalize_text((SEEDS / name).read_text(encoding="utf-8"))
    return [line for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize(
    ("name", "dropped_count", "kept_first"),
    [
        ("000_6e6171ac0b97f2b3.txt", 17, "战略性新兴产业集群高质量发展对策及启示——基于长兴县产业发展的案例"),
        ("002_90c95b44a413019a.txt", 6, "加快建设具有引领力的质量卓越产业集群"),
    ],
)
def test_seed_chrome_dropped_and_no_body_line_lost(name: str, dropped_count: int, kept_first: str) -> None:
    lines = _seed_lines(name)
    dropped = chrome_lines(lines, read_metadata(lines, {}))
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    assert len(dropped) == dropped_count
    assert kept[0] == kept_first
    # No paragraph of the article is lost: the only dropped line with a full stop is the copyright notice.
    assert [lines[i][:4] for i in dropped if "。" in lines[i]] == ([] if name.startswith("000") else ["版权声明"])
    assert not any(re.search("宜城市|通化县|皮山县|ICP备|中国西藏网", line) for line in kept)


def test_lines_after_a_closing_rule_are_footer() -> None:
    lines = ["# 标题文字很长的一行", "正文第一段写了很多内容。", "正文第二段也写了很多内容。", "正文第三段还有很多内容。",
             "正文第四段还有很多内容。", "正文第五段还有很多内容。", "---", "请加入成为众新闻的月费订户,长期支持我们的工作。"]
    dropped = chrome_lines(lines, read_metadata(lines, {}))
    assert sorted(dropped) == [6, 7]


def test_a_closing_credit_does_not_put_the_title_above_it():
    """A credit after the first paragraph ((责任编辑:…) at the end) is no page header: the title is the headline, not
    the last paragraph above the credit (a dateline with no label is no provenance line to anchor the title)."""
    lines = ["宝鸡高新区:做强“钛”字号", "2024年02月21日 10:05 综合报道",
             "2023年,宝鸡高新区坚持“工业立区、产业强区”,全年实现规上工业总产值1168.3亿元,同比增长9.7%,规上工业企业达到287家,高新技术企业达到356家。",
             "今年,高新区将围绕钛产业高质量发展三年行动方案,力争规上工业总产值增长10%,钛产业产值达到600亿元,形成完整产业链。",
             "(责任编辑:李静)"]
    meta = read_metadata(lines, {})
    assert meta.title == "宝鸡高新区:做强“钛”字号"
    assert not {2, 3} & set(chrome_lines(lines, meta))


def test_no_paragraph_of_running_text_is_dropped_as_what_lies_before_the_title():
    from kg.text.metadata import Metadata

    lines = ["首页 > 新闻", "2023年,宝鸡高新区全年实现规上工业总产值1168.3亿元,同比增长9.7%,规上工业企业达到287家,高新技术企业达到356家,增势明显。",
             "宝鸡高新区:做强“钛”字号"]
    dropped = chrome_lines(lines, Metadata(title="宝鸡高新区:做强“钛”字号", title_line=2))
    assert 0 in dropped and 1 not in dropped


def test_an_accounts_end_mark_and_its_past_posts_are_footer_and_its_prompt_is_no_title():
    lines = ["👆点击上方蓝字 关注我们", "德化陶瓷产业产值突破500亿元", "2023年,德化县陶瓷产业实现产值505亿元,同比增长8.2%。",
             "德化县被誉为“世界陶瓷之都”,先后获评中国陶瓷历史文化名城。", "福建省德化县顺美陶瓷文化有限公司等龙头企业出口额超过10亿元。",
             "—— END ——", "往期推荐", "▶ 安溪铁观音产业产值突破300亿元", "编辑:小陶"]
    meta = read_metadata(lines, {})
    assert meta.title == "德化陶瓷产业产值突破500亿元"
    assert {5, 6, 7, 8} <= set(chrome_lines(lines, meta)) and not {2, 3, 4} & set(chrome_lines(lines, meta))


def test_past_posts_are_related_reading_without_an_end_mark():
    lines = ["德化陶瓷产业产值突破500亿元", "2023年,德化县陶瓷产业实现产值505亿元,同比增长8.2%。", "往期推荐",
             "▶ 安溪铁观音产业产值突破300亿元"]
    assert {2, 3} <= set(chrome_lines(lines, read_metadata(lines, {})))


def test_the_short_rows_of_a_table_written_as_lines_are_data_and_a_short_line_alone_is_not():
    lines = ["辽宁装备制造业运行分析", "表1 2018年全省装备制造业主要行业增加值增速(%)", "行业 增速", "汽车制造业 12.6",
             "通用设备制造业 7.4"]
    dropped = chrome_lines(lines, read_metadata(lines, {}))
    assert 3 not in dropped and 4 not in dropped and dropped.get(2) == "short"  # the header row names no figure
