"""Shared by the browser tests: Debian's chromium driven by Playwright (never a downloaded browser), the app
served on 127.0.0.1 over the seeded store, and a guard that fails a test on any request to another host.

Use ``browser_page`` for a fresh page whose requests are checked, and ``live_url`` for the server's base URL.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def chromium_path() -> str | None:
    return CHROMIUM if shutil.which(CHROMIUM) else shutil.which("chromium")


@pytest.fixture(scope="session")
def live_url(seeded_store):
    """The app over the seeded store, served by uvicorn on a free loopback port for the whole session."""
    import uvicorn

    from api.main import create_app
    from kg.config import Settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Settings(store=":memory:", seeds=""), store=seeded_store)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    """A persistent context of Debian's chromium with a fresh profile (skips, saying why, when it is missing).

    Module-scoped: Playwright's sync API keeps an asyncio loop running while it is open, and a later test
    calling ``asyncio.run`` would fail."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    exe = chromium_path()
    if not exe:
        pytest.skip("Debian's chromium is not installed (scripts/setup installs it as root: apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=exe, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 860}, accept_downloads=True, locale="zh-CN")
        yield context
        context.close()


@pytest.fixture
def browser_page(chromium):
    """A new page; any request to a host other than loopback is aborted and fails the test, as does a page error."""
    foreign: list[str] = []
    errors: list[str] = []

    def is_foreign(url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https", "ws", "wss", "ftp") and parts.hostname not in LOOPBACK

    def guard(route):
        if is_foreign(route.request.url):
            foreign.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    page = chromium.new_page()
    page.route("**/*", guard)
    # requests that bypass routing (service workers, prefetch) are still seen here
    page.on("request", lambda r: foreign.append(r.url) if is_foreign(r.url) and r.url not in foreign else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    page.close()
    assert not foreign, f"requests left the machine: {foreign}"
    assert not errors, f"errors in the page: {errors}"
