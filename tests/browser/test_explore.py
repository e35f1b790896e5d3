"""The explorer in a real browser (Debian's chromium, headless): search by pinyin, see the neighbourhood
coloured by type, click a node for details and evidence, expand it, filter by type, export the view, and
see the map, with no request leaving the machine (the ``browser_page`` guard)."""
from __future__ import annotations

import os
from pathlib import Path

SCREENSHOT = os.environ.get("KG_EXPLORER_SCREENSHOT")  # e.g. docs/explorer.png, to refresh the docs


def visible_nodes(page) -> int:
    return page.locator("#graph .node:visible").count()


def test_search_expand_click_filter_export_map(browser_page, live_url, tmp_path):
    page = browser_page
    page.goto(f"{live_url}/explore")
    page.wait_for_selector("body[data-ready=true]")

    page.fill("#q", "changxing")
    page.click('#results li[data-id="region/330522"]')
    page.wait_for_selector('#graph .node[data-id="region/330522"].selected')
    assert page.text_content("#details h2.title") == "长兴县"
    before = visible_nodes(page)
    assert before > 5
    colours = {page.get_attribute(f'#graph .node[data-type="{t}"] circle', "fill") for t in ("Firm", "Region")}
    assert len(colours) == 2  # coloured by type

    page.click('#graph .node[data-id="firm/吉利"]')
    page.wait_for_selector("#details h2.title:text-is('吉利')")
    evidence = page.locator("#details blockquote.evidence").first.text_content()
    assert "吉利" in evidence
    page_url = page.get_attribute("#entity-page", "href")
    assert page_url.startswith("/id/firm/")
    assert page.request.get(live_url + page_url, headers={"Accept": "text/html"}).ok

    page.click("#expand")
    page.wait_for_function(f"document.querySelectorAll('#graph .node').length > {before}")
    assert page.locator('#graph .node[data-id="firm/吉利"].expanded').count() == 1
    page.wait_for_timeout(1500)  # let the layout settle for the screenshot
    page.screenshot(path=str(tmp_path / "explorer.png"))
    if SCREENSHOT:
        Path(SCREENSHOT).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOT)

    page.uncheck('#types input[value="Firm"]')
    hidden = page.locator('#graph .node[data-type="Firm"]:not(.selected)')
    assert hidden.count() > 0 and all(not h.is_visible() for h in hidden.all())
    page.check('#types input[value="Firm"]')

    page.select_option("#export-format", "graphml")
    with page.expect_download() as download:
        page.click("#export")
    body = Path(download.value.path()).read_bytes()
    assert body.startswith(b"<?xml") and "吉利".encode() in body

    page.click("#tab-map")
    page.wait_for_selector('#map .region[data-id="region/330522"]')
    assert int(page.get_attribute('#map .region[data-id="region/330522"]', "data-firms")) > 0


def test_focus_in_the_url_opens_the_neighbourhood(browser_page, live_url):
    page = browser_page
    page.goto(f"{live_url}/explore?focus=吉利")
    page.wait_for_selector('#graph .node[data-id="firm/吉利"].selected')
    assert page.text_content("#details h2.title") == "吉利"
