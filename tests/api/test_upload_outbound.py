"""Uploaded HTML never makes the server fetch its images, scripts, styles, frames or links."""
from __future__ import annotations

from kg.store import open_store
from tests.api.test_sparql_safety import app_client, listener  # noqa: F401 (the loopback listener fixture)

TOKEN = "outbound-test-token"


def test_uploaded_html_fetches_nothing(listener):  # noqa: F811
    url, hits = listener
    page = f"""<!doctype html><html><head><title>长兴县新闻</title>
      <link rel="stylesheet" href="{url}/style.css"><script src="{url}/app.js"></script>
      <meta http-equiv="refresh" content="0; url={url}/refresh"></head>
      <body><img src="{url}/logo.png"><iframe src="{url}/frame"></iframe>
      <p>浙江省长兴县的<a href="{url}/link">吉利长兴基地</a>全年生产整车超18万辆。</p>
      <object data="{url}/object"></object><video poster="{url}/poster.jpg"></video></body></html>"""
    with app_client(open_store(None), token=TOKEN) as client:
        r = client.post("/documents", content=page.encode(), headers={"Content-Type": "text/html",
                                                                      "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
        assert r.json()["counts"]
    assert hits == []
