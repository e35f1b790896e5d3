"""The gazetteer: codes, parents, aliases, former names and macro-regions."""
from __future__ import annotations

import doctest

import pytest

from kg import regions
from kg.regions import ancestors, by_code, children, places


def named(name: str) -> regions.Place:
    (place,) = [p for p in places() if p.name == name and p.valid_until is None]
    return place


def test_changxing_is_330522_under_huzhou_and_zhejiang():
    place = by_code("330522")
    assert (place.name, place.level, place.parent) == ("长兴县", "county", "330500")
    assert [(p.code, p.name) for p in ancestors("330522")] == [
        ("330500", "湖州市"), ("330000", "浙江省"), ("100000", "中国"),
    ]


def test_changxing_pinyin_full_and_stem():
    place = by_code("330522")
    assert (place.pinyin, place.pinyin_stem, place.name_en) == ("changxingxian", "changxing", "Changxing")


@pytest.mark.parametrize(
    "name, alias",
    [
        ("长兴县", "长兴"), ("宜兴市", "宜兴"), ("武进区", "武进"), ("浙江省", "浙江"), ("内蒙古自治区", "内蒙古"),
        ("广西壮族自治区", "广西"), ("景宁畲族自治县", "景宁"), ("湖州市", "湖州"), ("神农架林区", "神农架"),
    ],
)
def test_stem_without_the_administrative_suffix_is_an_alias(name, alias):
    assert alias in named(name).aliases


def test_autonomous_prefecture_is_also_known_by_stem_and_zhou():
    assert named("恩施土家族苗族自治州").aliases == ("恩施", "恩施州")


def test_one_character_stem_is_not_an_alias():
    assert named("忠县").aliases == ()


def test_province_abbreviations_are_kept_apart_from_aliases():
    zhejiang, sichuan = by_code("330000"), by_code("510000")
    assert zhejiang.abbreviations == ("浙",) and "浙" not in zhejiang.aliases
    assert sichuan.abbreviations == ("川", "蜀")
    assert all(p.abbreviations == () for p in places() if p.level != "province")


@pytest.mark.parametrize("name, reading", [("长治市", "changzhishi"), ("成都市", "chengdushi"), ("朝阳区", "chaoyangqu"), ("单县", "shanxian")])
def test_place_name_readings_of_heteronyms(name, reading):
    assert regions.to_pinyin(name) == reading


def test_guangde_county_is_a_former_name_of_guangde_city():
    former, current = by_code("341822"), by_code("341882")
    assert (former.name, former.valid_until, former.successor) == ("广德县", "2019", "341882")
    assert former.aliases == ()  # 广德 now means the city
    assert (current.name, current.valid_from, current.valid_until) == ("广德市", "2019", None)
    assert "广德" in current.aliases


def test_laiwu_city_was_merged_into_jinan():
    assert by_code("371200").successor == "370116"
    assert by_code("370116").parent == "370100"


def test_every_change_points_at_a_current_division():
    for row in regions._changes():
        successor = by_code(row["new_code"])
        assert successor is not None and successor.valid_until is None, row
        assert by_code(row["code"]).valid_until == row["year"], row


def test_municipalities_have_no_self_parent():
    assert all(p.parent != p.code for p in places())
    assert by_code("110000").parent == "100000"
    assert by_code("110108").parent == "110000"
    assert by_code("500151").parent == "500000"


def test_city_and_county_coded_alike_are_one_place():
    assert (by_code("441900").level, by_code("441900").parent) == ("city", "440000")  # 东莞
    assert (by_code("429004").level, by_code("429004").parent) == ("county", "420000")  # 仙桃


def test_codes_are_unique_and_every_parent_exists():
    codes = [p.code for p in places()]
    assert len(codes) == len(set(codes))
    assert all(by_code(p.parent) is not None for p in places() if p.parent)


def test_children_are_current_places_only():
    kids = {p.code for p in children("320900")}  # 盐城市
    assert "320904" in kids and "320982" not in kids  # 大丰区, not the former 大丰市


def test_macro_region_yangtze_river_delta():
    place = by_code("yangtze-river-delta")
    assert (place.name, place.level, place.parent) == ("长三角", "macro", "100000")
    assert "长三角地区" in place.aliases
    assert place.members == ("310000", "320000", "330000", "340000")


def test_country_is_the_root():
    assert (by_code("100000").name, by_code("100000").level, by_code("100000").parent) == ("中国", "country", None)


def test_counts_cover_the_whole_country():
    levels = [p.level for p in places() if p.valid_until is None]
    assert levels.count("province") == 34
    assert levels.count("city") > 330 and levels.count("county") > 2800


def test_docstring_examples_run():
    assert doctest.testmod(regions).failed == 0
