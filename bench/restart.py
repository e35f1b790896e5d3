"""Restarts of ``kg serve`` on a store that is already built: ``python -m bench restart --store DIR --runs 5``.

``python -m bench run`` builds its data and store every time (minutes at 100k firms) and times one restart. This
times several on a store built once (``kg synth --firms 100000 --seed 42 --store DIR``), the same way: the process
is started, ``/ready`` polled, then the first question of the suite asked (``/firms``, the chain question), then the
evidence and page indexes awaited. A store without saved indexes is served once first to build and save them.
"""
from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from bench.load import once
from bench.questions import QUESTIONS
from bench.run import SAVED, free_port, peak_rss_mb, server, wait_for_evidence, wait_for_saved


def _serve(store: Path) -> tuple[list[str], str, dict]:
    port = free_port()
    env = {"KG_STORE": str(store), "KG_SEEDS": "", "KG_MAX_CONCURRENT_PER_CLIENT": "64", "KG_QUERY_WORKERS": "2"}
    return ([sys.executable, "-m", "kg.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            f"http://127.0.0.1:{port}", env)


def restarts(store: Path, runs: int, log: Path) -> str:
    first_path = QUESTIONS[0].rest
    lines = []
    if not all(store.with_name(f"{store.name}.saved.{n}").exists() for n in SAVED):
        args, base, env = _serve(store)
        with server(args, base + "/ready", env=env, log=log):
            once("GET", base + first_path)
            wait_for_evidence(base)
            wait_for_saved(store)
        lines.append("first start: indexes built and saved")
    rows = []
    for i in range(runs):
        load = os.getloadavg()[0]
        args, base, env = _serve(store)
        with server(args, base + "/ready", env=env, log=log) as (pid, ready_s):
            first_ms, r = once("GET", base + first_path)
            if r.status_code != 200:
                raise RuntimeError(f"{first_path} -> {r.status_code}")
            evidence_s = wait_for_evidence(base)
            rss, peak = peak_rss_mb(pid)
        rows.append((ready_s, first_ms / 1000, evidence_s))
        lines.append(f"run {i + 1}: /ready {ready_s:.2f} s after start; first answer {first_ms / 1000:.2f} s after "
                     f"that ({ready_s + first_ms / 1000:.2f} s from start); evidence and pages ready {evidence_s:.2f} s "
                     f"later; RSS {rss:.0f} MB, peak {peak:.0f}; load {load:.2f}")
    med = [statistics.median(c) for c in zip(*rows)]
    lines.append(f"median of {runs}: /ready {med[0]:.2f} s, first answer +{med[1]:.2f} s, evidence +{med[2]:.2f} s; "
                 f"start to first answer {statistics.median(a + b for a, b, _ in rows):.2f} s")
    return "\n".join(lines)


__all__ = ["restarts"]
