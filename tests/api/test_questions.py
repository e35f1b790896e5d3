"""Issue 5, done when: the four analyst questions, each one request, on the seeds."""
from __future__ import annotations

from tests.api import questions as q


def test_little_giants_in_zhejiang(client):
    assert q.little_giants_in_zhejiang(client) == {"中德", "润阳", "中钢", "松德"}


def test_changxing_gdp_over_time(client):
    assert ("2021", 800.0, "lower-bound") in q.changxing_gdp(client)


def test_geely_to_zhejiang(client):
    assert ["吉利", "长兴县", "浙江省"] in q.geely_to_zhejiang(client)


def test_cited_policies_and_issuers(client):
    policies = q.cited_policies(client)
    assert policies["质量强国建设纲要"] == {"中共中央", "国务院"}
    assert policies["长兴县工业产业重点发展方向及指导目录"] == {"长兴县委", "长兴县政府"}
    assert "“十三五”国家战略性新兴产业发展规划" in policies


def test_cited_policy_documents_are_the_titled_ones(client):
    assert set(q.cited_policies(client)) == {
        "2023年全球创新指数", "“十三五”国家战略性新兴产业发展规划", "关于支持战略性新兴产业发展的合作协议",
        "国务院关于加快培育和发展战略性新兴产业的决定", "质量强国建设纲要", "长兴县工业产业重点发展方向及指导目录"}
