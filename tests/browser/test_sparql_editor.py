"""The SPARQL editor at /sparql in headless chromium: it loads from this server alone and runs a query."""
from __future__ import annotations

import json

import pytest

from api.routes.sparql import YASGUI_BUILD


@pytest.fixture
def editor(browser_page, live_url):
    if not (YASGUI_BUILD / "yasgui.min.js").is_file():
        pytest.skip("the editor is not installed: scripts/setup runs npm ci in api/static (npm needed)")
    browser_page.goto(live_url + "/sparql")
    browser_page.wait_for_function("window.kgYasgui !== undefined", timeout=20_000)
    return browser_page


def test_editor_is_served_for_html_and_prefilled_with_examples(editor):
    tabs = editor.locator(".tabsList").inner_text()
    for name in ("Firms in a chain", "Policies by issuer", "A region's observations over time", "Evidence for a fact"):
        assert name in tabs
    assert "kg:inIndustry" in editor.evaluate("window.kgYasgui.getTab().getQuery()")


def test_runs_a_query_and_shows_rows(editor):
    with editor.expect_response(lambda r: r.url.endswith("/sparql") and r.request.method == "POST") as answer:
        editor.evaluate("window.kgYasgui.getTab().query()")
    assert answer.value.status == 200
    body = json.loads(answer.value.body())
    assert body["results"]["bindings"], "the example query found no firm"
    editor.wait_for_selector(".yasr table tbody tr", timeout=20_000)
    assert "长兴县" in editor.locator(".yasr").inner_text()
