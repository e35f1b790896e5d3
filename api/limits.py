"""Request limits applied to every route, each signalled with its own status, never silent:

- a body larger than ``max_body_bytes`` → 413 (checked on Content-Length and while streaming);
- more than ``max_concurrent_per_client`` requests in flight from one client address → 429.

Route-specific limits (query length, result rows, timeouts, upload size) live with their routes.
"""
from __future__ import annotations

import asyncio
import json
from collections import defaultdict

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def _reject(status: int, type_: str, message: str):
    body = json.dumps({"error": {"type": type_, "message": message}}).encode()

    async def respond(send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if status == 429:
            headers.append((b"retry-after", b"1"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return respond


class _TooLarge(Exception):
    pass


class LimitsMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_concurrent_per_client: int) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.max_concurrent = max_concurrent_per_client
        self.in_flight: dict[str, int] = defaultdict(int)
        self.lock = asyncio.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await _reject(413, "PayloadTooLarge", f"request body over {self.max_body} bytes")(send)
            return
        async with self.lock:
            if self.in_flight[client] >= self.max_concurrent:
                busy = True
            else:
                busy = False
                self.in_flight[client] += 1
        if busy:
            await _reject(429, "TooManyRequests", f"more than {self.max_concurrent} requests in flight from this client")(send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _TooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _reject(413, "PayloadTooLarge", f"request body over {self.max_body} bytes")(send)
        finally:
            async with self.lock:
                self.in_flight[client] -= 1
                if not self.in_flight[client]:
                    del self.in_flight[client]
