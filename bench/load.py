"""A small closed-loop HTTP/1.1 load generator: ``c`` keep-alive connections each send the next request when the
last answer has been read.

The client is kept thin because it shares the machine's two cores with the server under test: one socket and one
thread per connection, the request's bytes built once, each answer framed by its ``Content-Length`` or chunked
encoding and otherwise not parsed. httpx's async client, used before, spent 0.9 ms of CPU per request, as much as
our server does for a lookup, so at c=1 it doubled every round trip and at c=8 it capped every server near
900 req/s. Every server in a run is measured with this same client.
"""
from __future__ import annotations

import re
import socket
import string
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

import httpx

TIMEOUT = 120.0  # seconds one answer may take on a loaded machine before it counts as an error
_RECV = 1 << 16
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)
_CHUNKED = re.compile(rb"\r\ntransfer-encoding:[^\r]*chunked", re.IGNORECASE)
_CLOSE = re.compile(rb"\r\nconnection:[ \t]*close", re.IGNORECASE)


@dataclass
class Result:
    requests: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


class _Closed(Exception):
    """The server closed the connection before its answer was complete."""


@dataclass
class _Connection:
    """One keep-alive connection that sends the same request and reads each answer to its end."""

    address: tuple[str, int]
    request: bytes
    sock: socket.socket | None = None
    buffer: bytearray = field(default_factory=bytearray)

    def roundtrip(self) -> int:
        """Send the request, read the whole answer, return its status. Reconnects when the server closed."""
        if self.sock is None:
            self.sock = socket.create_connection(self.address, timeout=TIMEOUT)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.buffer.clear()
        self.sock.sendall(self.request)
        status, keep = self._answer()
        if not keep:
            self.close()
        return status

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def _fill(self) -> None:
        data = self.sock.recv(_RECV)
        if not data:
            raise _Closed
        self.buffer += data

    def _answer(self) -> tuple[int, bool]:
        buf = self.buffer
        while (end := buf.find(b"\r\n\r\n")) < 0:
            self._fill()
        head = bytes(buf[:end + 2])
        del buf[:end + 4]
        if not head.startswith(b"HTTP/1.") or not head[9:12].isdigit():
            raise ValueError(f"not an HTTP answer: {head[:40]!r}")
        status = int(head[9:12])
        keep = not _CLOSE.search(head)
        if length := _CONTENT_LENGTH.search(head):
            self._skip(int(length.group(1)))
        elif _CHUNKED.search(head):
            self._skip_chunks()
        elif status not in (204, 304):  # framed by the end of the connection
            try:
                while True:
                    self._fill()
            except _Closed:
                buf.clear()
            keep = False
        return status, keep

    def _skip(self, n: int) -> None:
        while len(self.buffer) < n:
            self._fill()
        del self.buffer[:n]

    def _skip_chunks(self) -> None:
        buf = self.buffer
        while True:
            while (eol := buf.find(b"\r\n")) < 0:
                self._fill()
            size = int(bytes(buf[:eol]).split(b";", 1)[0], 16)
            del buf[:eol + 2]
            if size == 0:  # the last chunk; then trailers, if any, up to an empty line
                while (eol := buf.find(b"\r\n")) != 0:
                    if eol < 0:
                        self._fill()
                    else:
                        del buf[:eol + 2]
                del buf[:2]
                return
            self._skip(size + 2)


def _request_bytes(method: str, url: str, headers: dict[str, str] | None) -> tuple[tuple[str, int], bytes]:
    parts = urlsplit(url)
    if parts.scheme != "http":
        raise ValueError(f"the load generator speaks plain http only, not {url[:80]}")
    port = parts.port or 80
    # what is not ASCII is percent-encoded, as httpx did (the prefix questions carry 长兴恒 raw)
    target = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=string.punctuation)
    lines = [f"{method} {target} HTTP/1.1", f"Host: {parts.hostname}:{port}", "Accept-Encoding: identity"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return (parts.hostname, port), ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def hammer(method: str, url: str, connections: int, duration: float, headers: dict[str, str] | None = None) -> Result:
    """Send ``method url`` over ``connections`` keep-alive connections for ``duration`` seconds."""
    address, request = _request_bytes(method, url, headers)
    per_thread: list[list[float]] = [[] for _ in range(connections)]
    errors = [0] * connections
    ready = threading.Barrier(connections + 1)
    stop = [0.0]

    def worker(k: int) -> None:
        conn = _Connection(address, request)
        latencies = per_thread[k]
        try:
            conn.roundtrip()  # one warm-up request per connection, not counted
        except (OSError, _Closed, ValueError):
            conn.close()
        ready.wait()
        ready.wait()  # the clock starts
        while time.perf_counter() < stop[0]:
            t = time.perf_counter()
            try:
                if conn.roundtrip() != 200:
                    errors[k] += 1
            except (OSError, _Closed, ValueError):  # a timeout on a loaded machine is an error, not the end of the run
                errors[k] += 1
                conn.close()
            latencies.append((time.perf_counter() - t) * 1000)
        conn.close()

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(connections)]
    for t in threads:
        t.start()
    ready.wait()
    started = time.perf_counter()
    stop[0] = started + duration
    ready.wait()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies = [ms for thread in per_thread for ms in thread]
    return Result(len(latencies), sum(errors), elapsed, _percentile(latencies, 0.5), _percentile(latencies, 0.99))


def once(method: str, url: str, **kwargs) -> tuple[float, httpx.Response]:
    t = time.perf_counter()
    r = httpx.request(method, url, timeout=600, **kwargs)
    return (time.perf_counter() - t) * 1000, r


__all__ = ["hammer", "once", "Result"]
