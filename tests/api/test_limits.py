"""Request limits: each is signalled with its own status, never silent."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from api.limits import LimitsMiddleware


def test_body_over_the_limit_is_413(client):
    limit = client.app.state.settings.max_body_bytes
    r = client.post("/sparql", content=b"x" * (limit + 1), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413 and r.json()["error"]["type"] == "PayloadTooLarge"


@pytest.mark.parametrize("declared", [False, True])
def test_streamed_body_over_the_limit_is_413(declared):
    async def app(scope, receive, send):
        while True:
            message = await receive()
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    guarded = LimitsMiddleware(app, max_body_bytes=10, max_concurrent_per_client=4)

    async def run():
        async def chunks():
            for _ in range(5):
                yield b"abcdef"

        transport = httpx.ASGITransport(app=guarded)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            content = b"abcdef" * 5 if declared else chunks()
            return await c.post("/", content=content)

    assert asyncio.run(run()).status_code == 413


def test_too_many_concurrent_requests_from_one_client_is_429():
    release = asyncio.Event()

    async def slow(scope, receive, send):
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    guarded = LimitsMiddleware(slow, max_body_bytes=100, max_concurrent_per_client=2)

    async def run():
        transport = httpx.ASGITransport(app=guarded, client=("10.1.2.3", 1234))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            first = [asyncio.create_task(c.get("/")) for _ in range(2)]
            await asyncio.sleep(0.05)
            third = await c.get("/")
            release.set()
            done = await asyncio.gather(*first)
            after = await c.get("/")
            return third, done, after

    third, done, after = asyncio.run(run())
    assert third.status_code == 429 and third.headers["retry-after"] == "1"
    assert [r.status_code for r in done] == [200, 200] and after.status_code == 200


def test_query_longer_than_the_limit_is_413_even_by_get(client):
    from api.sparql_protocol import MAX_OPERATION_CHARS

    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_OPERATION_CHARS
    r = client.post("/sparql", data={"query": long_query})
    assert r.status_code == 413 and "characters" in r.json()["error"]["message"]
