"""A live `kg serve` subprocess on a free loopback port, for tests that need real HTTP or real crashes."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(store: Path | str, *, env: dict[str, str] | None = None, seeds: bool = True, timeout: float = 120) -> tuple[str, subprocess.Popen]:
    port = free_port()
    full_env = dict(os.environ, KG_STORE=str(store), **(env or {}))
    if not seeds:
        full_env["KG_SEEDS"] = ""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve exited with {proc.returncode}")
        try:
            if httpx.get(url + "/ready", timeout=2).status_code == 200:
                return url, proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("kg serve did not become ready")


@contextmanager
def serving(store: Path | str, **kwargs):
    url, proc = start(store, **kwargs)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
