"""A small closed-loop HTTP load generator: ``c`` connections each send the next request when the last one ends."""
from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass

import httpx


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


async def _hammer(request: httpx.Request, connections: int, duration: float) -> Result:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=120) as client:
        # one warm-up request per connection, not counted
        await asyncio.gather(*(client.send(request) for _ in range(connections)), return_exceptions=True)
        stop = time.perf_counter() + duration
        started = time.perf_counter()

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                t = time.perf_counter()
                try:
                    r = await client.send(request)
                    await r.aread()
                    if r.status_code != 200:
                        errors += 1
                except httpx.HTTPError:  # a request that timed out on a loaded machine is an error, not the end of the run
                    errors += 1
                latencies.append((time.perf_counter() - t) * 1000)

        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    return Result(len(latencies), errors, elapsed, _percentile(latencies, 0.5), _percentile(latencies, 0.99))


def hammer(method: str, url: str, connections: int, duration: float, **kwargs) -> Result:
    """Send ``method url`` over ``connections`` keep-alive connections for ``duration`` seconds."""
    request = httpx.Request(method, url, **kwargs)
    return asyncio.run(_hammer(request, connections, duration))


def once(method: str, url: str, **kwargs) -> tuple[float, httpx.Response]:
    t = time.perf_counter()
    r = httpx.request(method, url, timeout=600, **kwargs)
    return (time.perf_counter() - t) * 1000, r


__all__ = ["hammer", "once", "Result", "statistics"]
