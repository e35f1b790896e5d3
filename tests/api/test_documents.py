"""POST/GET/DELETE /documents on a copy of the seeded store: uploads add, deletes remove exactly what they added."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api import questions as q

TOKEN = "test-token-1234"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = """长兴县加快培育专精特新企业

来源：湖州日报 2024-03-01

2023年，长兴县GDP达到950亿元，同比增长6.5%。
长兴县的天能控股集团有限公司、中德等企业入选国家级专精特新“小巨人”企业。吉利汽车在长兴县建设新基地。
2024年1月，长兴县人民政府印发《长兴县专精特新企业培育三年行动计划》。
""".encode()


@pytest.fixture(scope="module")
def writable(seeded_store):
    from api.main import create_app
    from kg.config import Settings
    from kg.store import open_store

    store = open_store(None)
    store.load(seeded_store.dump("nquads"), "nquads")
    app = create_app(Settings(store=":memory:", seeds="", token=TOKEN, max_upload_bytes=50_000,
                              cors_origins=["https://analyst.example"]), store=store)
    with TestClient(app) as c:
        c.store = store
        yield c


def answers(client):
    return (q.little_giants_in_zhejiang(client), q.changxing_gdp(client), q.geely_to_zhejiang(client), q.cited_policies(client))


def test_upload_then_delete_answers_all_four_questions(writable):
    before = answers(writable)
    quads = writable.store.count()
    r = writable.post("/documents", content=ARTICLE, headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"})
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["status"] == "added" and created["counts"]["Firm"] >= 1 and created["counts"]["relations"] >= 1
    assert r.headers["location"] == f"/documents/{created['id']}"

    giants, gdp, paths, policies = answers(writable)
    assert before[0] < giants and all(g.startswith("天能") for g in giants - before[0])
    assert ("2023", 950.0, None) in gdp and set(before[1]) <= set(gdp)
    assert paths == before[2]
    assert policies["长兴县专精特新企业培育三年行动计划"] == {"长兴县人民政府"}
    assert created["id"] in {d["id"] for d in writable.get("/documents").json()["items"]}
    detail = writable.get(f"/documents/{created['id']}").json()
    assert any(f["predicate"] == "hasDesignation" and f["subject_label"].startswith("天能") for f in detail["facts"])

    assert writable.delete(f"/documents/{created['id']}", headers=AUTH).status_code == 204
    assert answers(writable) == before  # 中德 keeps its honour: the seeds support it too
    assert writable.store.count() == quads
    assert writable.get(f"/documents/{created['id']}").status_code == 404
    assert writable.delete(f"/documents/{created['id']}", headers=AUTH).status_code == 404


def test_same_bytes_again_change_nothing(writable):
    first = writable.post("/documents", content=ARTICLE, headers={**AUTH, "Content-Type": "text/plain"})
    quads = writable.store.count()
    again = writable.post("/documents", content=ARTICLE, headers={**AUTH, "Content-Type": "text/plain"})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert again.json()["counts"] == first.json()["counts"] and writable.store.count() == quads
    writable.delete(f"/documents/{first.json()['id']}", headers=AUTH)


def test_html_and_multipart_uploads(writable):
    html = "<html><head><title>示例</title></head><body><p>".encode() + ARTICLE + b"</p></body></html>"
    r = writable.post("/documents", content=html, headers={**AUTH, "Content-Type": "text/html"})
    assert r.status_code == 201, r.text
    writable.delete(f"/documents/{r.json()['id']}", headers=AUTH)
    r = writable.post("/documents", files={"file": ("article.txt", ARTICLE, "text/plain")}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json()["counts"]["Firm"] >= 1
    writable.delete(f"/documents/{r.json()['id']}", headers=AUTH)


@pytest.mark.parametrize("body,ctype,status", [
    (b"", "text/plain", 400),
    (b"   \n\t ", "text/plain", 400),
    (b"%PDF-1.7 binary", "text/plain", 415),
    (b"\x00\x01\x02\x03" * 100, "text/plain", 415),
    (b"\xff\xfe\xfa\x80\x81" * 200, "text/plain", 415),
    ("长".encode() * 20_000, "text/plain", 413),
    (ARTICLE, "application/pdf", 415),
    (ARTICLE, "image/png", 415),
])
def test_bad_uploads_are_4xx_and_change_nothing(writable, body, ctype, status):
    quads, graphs = writable.store.count(), writable.store.graphs()
    r = writable.post("/documents", content=body, headers={**AUTH, "Content-Type": ctype})
    assert r.status_code == status, r.text
    assert set(r.json()) == {"error"} and r.json()["error"]["message"]
    assert writable.store.count() == quads and writable.store.graphs() == graphs


def test_multipart_without_a_file_is_400(writable):
    r = writable.post("/documents", data={"note": "no file"}, files={"other": ("", b"", "text/plain")}, headers=AUTH)
    assert r.status_code in (400, 415)


@pytest.mark.parametrize("headers,status", [({}, 401), ({"Authorization": "Bearer wrong-token-999"}, 403),
                                            ({"Authorization": "Basic abc"}, 401)])
def test_writes_need_the_token(writable, headers, status):
    assert writable.post("/documents", content=ARTICLE, headers={**headers, "Content-Type": "text/plain"}).status_code == status
    doc = writable.get("/documents").json()["items"][0]["id"]
    assert writable.delete(f"/documents/{doc}", headers=headers).status_code == status
    assert writable.get("/documents").json()["total"] == 2


def test_writes_refused_without_a_configured_token(client):
    assert client.post("/documents", content=ARTICLE, headers={**AUTH, "Content-Type": "text/plain"}).status_code == 403


def test_cors_opens_for_configured_origins_only(writable):
    ok = writable.get("/firms", headers={"Origin": "https://analyst.example"})
    assert ok.headers["access-control-allow-origin"] == "https://analyst.example"
    other = writable.get("/firms", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_several_files_in_one_upload_are_refused_not_truncated():
    from fastapi.testclient import TestClient

    from api.main import create_app
    from kg.config import Settings
    from kg.store import open_store

    store = open_store(None)
    with TestClient(create_app(Settings(store=":memory:", seeds="", token="multi-file-token"), store=store)) as c:
        files = [("file", ("a.txt", "长兴县地处长三角。".encode(), "text/plain")),
                 ("file", ("b.txt", "武进区位于常州市。".encode(), "text/plain"))]
        r = c.post("/documents", files=files, headers={"Authorization": "Bearer multi-file-token"})
        assert r.status_code == 413 and "one document per request" in r.json()["error"]["message"]
        assert not [g for g in store.graphs() if "/doc/" in g]  # neither file was stored
