"""kg.extract.periods: a clause in, the period of its figure out."""
from __future__ import annotations

import doctest

import pytest

import kg.extract.periods as periods
from kg.extract.periods import Periods, open_period, period_of


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("2022年,产值达300.9亿元", 2023, "2022"),
    ("2023年上半年,产值437.2亿元", 2023, "2023H1"),
    ("2021年二季度,开工项目23个", 2021, "2021Q2"),
    ("1-5月,完成投资47.7亿元", 2021, "2021-01/2021-05"),
    ("1—5月,完成投资47.7亿元", 2021, "2021-01/2021-05"),
    ("今年以来,完成企业34家", 2023, "2023"),
    ("目前,企业243家", 2023, "2023"),
    ("去年,产值400亿元", 2021, "2020"),
    ("近五年来,年均增长20%", 2015, "2010-2015"),
    ("较2019年提高5.5个百分点", 2023, "2023"),
])
def test_period_of_a_figure(text: str, published: int, expected: str):
    p = Periods(published=published)
    first = text.index(",") if "," in text else len(text)
    open_period(text, 0, first, p, opens_sentence=True)
    number = next(i for i, c in enumerate(text) if c.isdigit() and i > first) if "," in text else text.index("5.5")
    assert period_of(text, first + 1 if "," in text else 0, number, p) == expected


def test_doctests():
    assert doctest.testmod(periods).failed == 0
