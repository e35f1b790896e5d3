"""The suite itself: build the data once, measure every part, return the table."""
from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

import httpx

from bench.ingest import ingestion
from bench.load import Result, hammer, once
from bench.questions import QUESTIONS, Question

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
JSON = "application/sparql-results+json"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def peak_rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident set size of a process, MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        k, _, v = line.partition(":")
        fields[k] = v.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


@contextmanager
def server(args: list[str], ready_url: str, env: dict | None = None, timeout: float = 900, method: str = "GET",
           data: dict | None = None, log: Path | None = None):
    """A server subprocess on 127.0.0.1; yields (pid, seconds until ready). Stopped by PID."""
    out = open(log, "wb") if log else subprocess.DEVNULL
    t = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{args[0]} exited with {proc.returncode}")
            try:
                r = httpx.request(method, ready_url, data=data, headers={"Accept": JSON}, timeout=5)
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{args[0]} not ready after {timeout} s")
            time.sleep(0.1)
        yield proc.pid, time.perf_counter() - t
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if log:
            out.close()


def sparql_measure(base: str, query: str, conns: list[int], duration: float) -> dict[int, Result]:
    return measure("GET", f"{base}?query={quote(query)}", conns, duration,
                   headers={"Accept": JSON + ", application/n-triples"})


def measure(method: str, url: str, conns: list[int], duration: float, **kw) -> dict[int, Result]:
    ms, r = once(method, url, **kw)
    if r.status_code != 200:
        raise RuntimeError(f"{url[:120]} -> {r.status_code}: {r.text[:300]}")
    return {c: hammer(method, url, c, duration, **kw) for c in conns}


def wait_for_evidence(base: str, timeout: float = 900) -> float:
    """Seconds until the server's evidence and page indexes (built in the background after the first question)
    are built."""
    t = time.perf_counter()
    while time.perf_counter() - t < timeout:
        ready = httpx.get(base + "/ready", timeout=30).json()
        if ready.get("evidence") == "built" and ready.get("pages", "built") == "built":
            break
        time.sleep(0.1)
    return time.perf_counter() - t


#: the indexes a server saves beside its store (kg/store/saved.py)
SAVED = ("names", "indexes", "evidence", "pages")


def wait_for_saved(store: Path, timeout: float = 900) -> float:
    """Seconds until the server has saved its indexes beside ``store`` (each file appears whole, renamed into place)."""
    t = time.perf_counter()
    while not all(store.with_name(f"{store.name}.saved.{n}").exists() for n in SAVED):
        if time.perf_counter() - t > timeout:
            raise RuntimeError(f"indexes not saved beside {store} after {timeout} s")
        time.sleep(0.1)
    return time.perf_counter() - t


def run(args) -> str:
    smoke = args.smoke
    duration = 0.3 if smoke else args.duration
    skip = set(filter(None, args.skip.split(",")))
    work = Path(args.workdir or tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    notes: list[str] = []
    load1 = os.getloadavg()

    # -- data --------------------------------------------------------------------------------------------------------
    from kg import synth
    from kg.store.oxigraph import OxigraphStore

    nq = work / f"kg_{args.firms}.nq"
    t = time.perf_counter()
    quads, docs = synth.write(nq, args.firms, args.seed)
    gen_s = time.perf_counter() - t

    # -- 1. bulk load ------------------------------------------------------------------------------------------------
    ours_dir, ox_dir = work / "store-kg", work / "store-oxigraph"
    shutil.rmtree(ours_dir, ignore_errors=True)
    shutil.rmtree(ox_dir, ignore_errors=True)
    for sidecar in work.glob(ours_dir.name + ".*"):  # stamp, saved indexes, pinyin memo of an earlier run
        sidecar.unlink()
    t = time.perf_counter()
    store = OxigraphStore(ours_dir)
    store.bulk_load(nq)
    store.close()
    ours_s = time.perf_counter() - t
    oxigraph = BIN / "oxigraph"
    ox_s = None
    if "oxigraph" not in skip and oxigraph.exists():
        t = time.perf_counter()
        subprocess.run([str(oxigraph), "load", "--location", str(ox_dir), "--file", str(nq)], check=True,
                       capture_output=True)
        ox_s = time.perf_counter() - t
    elif "oxigraph" not in skip:
        notes.append("`oxigraph` CLI not installed (scripts/services install oxigraph): no reference figures")
        skip.add("oxigraph")
    mq = quads / 1e6
    lines += ["## Bulk load", "", "| loader | seconds | quads/s | ratio to `oxigraph load` |", "|---|---:|---:|---:|",
              f"| kg (`Store.bulk_load`, pyoxigraph) | {ours_s:.1f} | {quads / ours_s:,.0f} | "
              f"{(ox_s / ours_s if ox_s else float('nan')):.2f}× |"]
    if ox_s:
        lines.append(f"| `oxigraph load` 0.5.13 | {ox_s:.1f} | {quads / ox_s:,.0f} | 1.00× |")
    lines.append("")

    # -- 2. ingestion ------------------------------------------------------------------------------------------------
    if "ingest" not in skip:
        lines += ingestion(work, smoke)

    # -- 3 and 4. HTTP -----------------------------------------------------------------------------------------------
    from kg.store import open_store

    store = open_store(str(ours_dir), read_only=True)
    # a firm of 长兴县 for the 2-hop question; a small synthetic graph may have none there, then any firm will do
    rows = store.select("""SELECT ?f WHERE { ?f <https://w3id.org/kg-cn/ontology#locatedIn> <https://w3id.org/kg-cn/id/region/330522> ;
        a <https://w3id.org/kg-cn/ontology#Firm> } ORDER BY ?f LIMIT 1""") or store.select(
        "SELECT ?f WHERE { ?f a <https://w3id.org/kg-cn/ontology#Firm> } ORDER BY ?f LIMIT 1")
    firm = rows[0]["f"]
    store.close()
    conns = [1, 8]
    results: dict[tuple[str, str], dict[int, Result]] = {}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {"KG_STORE": str(ours_dir), "KG_SEEDS": "", "KG_MAX_CONCURRENT_PER_CLIENT": "64", "KG_QUERY_WORKERS": "2"}
    serve = [sys.executable, "-m", "kg.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    first_path = QUESTIONS[0].rest.format(firm=firm.rsplit("/id/", 1)[1])
    # first start: builds the name, derived and evidence indexes and saves them beside the store
    with server(serve, base + "/ready", env=env, log=work / "kg-serve-first.log") as (pid, cold_start_s):
        cold_first_ms, _r = once("GET", base + first_path)
        cold_evidence_s = wait_for_evidence(base)
        saved_s = wait_for_saved(ours_dir)
        cold_rss, cold_peak = peak_rss_mb(pid)
    # the restart, which is what is timed: it reads the saved indexes instead of building them
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = [*serve[:-1], str(port)]
    with server(serve, base + "/ready", env=env, log=work / "kg-serve.log") as (pid, start_s):
        first_ms, _r = once("GET", base + first_path)
        evidence_s = wait_for_evidence(base)
        for q in QUESTIONS:
            if q.rest and "rest" not in skip:
                results[(q.key, "rest")] = measure("GET", base + q.rest.format(firm=firm.rsplit("/id/", 1)[1]), conns, duration)
        if "sparql" not in skip:
            for q in QUESTIONS:
                results[(q.key, "kg-sparql")] = sparql_measure(base + "/sparql", q.best(firm), conns, duration)
        rss, peak = peak_rss_mb(pid)
    log = (work / "kg-serve.log").read_text(encoding="utf-8", errors="replace")
    read = [n for n in SAVED if f"read {ours_dir.name}.saved.{n} " in log]
    rebuilt = [n for n in SAVED if f"saved {ours_dir.name}.saved.{n} " in log]  # only a build saves
    saved_mb = sum(f.stat().st_size for f in work.glob(ours_dir.name + ".saved.*")) / 1e6
    lines += [f"Server, first start (no saved indexes): ready (/ready) {cold_start_s:.1f} s after start; first answer "
              f"(/firms, building the name and derived indexes) {cold_first_ms / 1000:.1f} s after that; evidence index "
              f"built in the background {cold_evidence_s:.1f} s after the first answer; all four saved beside the store "
              f"{saved_s:.1f} s later; RSS {cold_rss:.0f} MB, peak {cold_peak:.0f} MB.", "",
              f"Server, restart (what is timed): ready {start_s:.1f} s after start; first answer {first_ms / 1000:.1f} s "
              f"after that; evidence and page indexes ready {evidence_s:.1f} s after the first answer; saved indexes read: "
              f"{', '.join(read) or 'none'} ({saved_mb:.0f} MB on disk); rebuilt: {', '.join(rebuilt) or 'none'} (kg-serve.log); RSS "
              f"{'with the evidence index ready' if 'rest' in skip else 'after the lookups'} {rss:.0f} MB, peak {peak:.0f} MB ({peak / mq:.0f} MB per million quads; the /sparql query "
              "workers are separate processes).", ""]

    if "oxigraph" not in skip:
        port = free_port()
        ox_url = f"http://127.0.0.1:{port}/query"
        with server([str(oxigraph), "serve", "--location", str(ox_dir), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                    ox_url, method="POST", data={"query": "ASK {}"}) as (pid, ox_start):
            for q in QUESTIONS:
                results[(q.key, "ox-natural")] = sparql_measure(ox_url, q.natural(firm), conns, duration)
                results[(q.key, "ox-best")] = sparql_measure(ox_url, q.best(firm), conns, duration)
            ox_rss, ox_peak = peak_rss_mb(pid)
        notes.append(f"`oxigraph serve` (on disk, union default graph): ready in {ox_start:.1f} s, RSS {ox_rss:.0f} MB.")

    if "rdflib" not in skip and (BIN / "rdflib-endpoint").exists():
        nt = work / f"kg_{args.firms}.nt"
        with open(nq, encoding="utf-8") as src, open(nt, "w", encoding="utf-8") as dst:
            for line in src:
                dst.write(line.rstrip().rsplit(" ", 2)[0] + " .\n")
        port = free_port()
        rl_url = f"http://127.0.0.1:{port}/"
        with server([str(BIN / "rdflib-endpoint"), "serve", str(nt), "--host", "127.0.0.1", "--port", str(port)],
                    rl_url + "?query=" + quote("ASK {}"), timeout=1800) as (pid, rl_start):
            for q in QUESTIONS:
                results[(q.key, "rdflib")] = sparql_measure(rl_url, q.natural(firm), [1], max(duration, 0.3))
            rl_rss, _ = peak_rss_mb(pid)
        notes.append(f"rdflib-endpoint 0.6.3 (in memory): ready in {rl_start:.1f} s, RSS {rl_rss:.0f} MB; c=1 only (it answers "
                     "one query at a time on its event loop).")
    elif "rdflib" not in skip:
        notes.append("rdflib-endpoint not installed (scripts/services install rdflib-endpoint): no figures")

    lines += table(results)
    load2 = os.getloadavg()
    head = [f"# Benchmark run: {args.firms:,} firms, seed {args.seed}", "",
            f"- command: `python -m bench run --firms {args.firms} --seed {args.seed} --duration {duration:g}"
            f"{' --smoke' if smoke else ''}{' --skip ' + args.skip if args.skip else ''}`",
            f"- date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}; load average {load1[0]:.1f} before, {load2[0]:.1f} after",
            f"- data: {quads:,} quads in {docs:,} document graphs (generated in {gen_s:.1f} s); store on disk "
            f"{du(ours_dir) / 1e6:.0f} MB ({du(ours_dir) / 1e6 / mq:.0f} MB per million quads)", ""]
    return "\n".join(head + lines + ["", *[f"- {n}" for n in notes]])


def _cell(r: Result | None) -> str:
    if r is None:
        return "—"
    return f"{r.p50_ms:.1f} / {r.p99_ms:.1f} / {r.rps:,.0f}" + (f" ({r.errors} err)" if r.errors else "")


def table(results: dict[tuple[str, str], dict[int, Result]]) -> list[str]:
    cols = [("rest", "REST"), ("kg-sparql", "kg /sparql"), ("ox-natural", "oxigraph natural"),
            ("ox-best", "oxigraph best"), ("rdflib", "rdflib-endpoint")]
    out = ["## Lookups over HTTP: p50 ms / p99 ms / req/s", ""]
    for c in (1, 8):
        out += [f"### c={c}", "", "| question | " + " | ".join(name for _k, name in cols) + " |",
                "|---|" + "---:|" * len(cols)]
        for q in QUESTIONS:
            out.append(f"| {q.title} | " + " | ".join(_cell(results.get((q.key, k), {}).get(c)) for k, _n in cols) + " |")
        out.append("")
    out += ["### Ratios (req/s)", "", "| question | REST ÷ oxigraph best (c=8) | REST ÷ rdflib-endpoint (c=1) | "
            "REST ÷ oxigraph natural (c=1) |", "|---|---:|---:|---:|"]
    for q in QUESTIONS:
        def ratio(a, b, c):
            ra, rb = results.get((q.key, a), {}).get(c), results.get((q.key, b), {}).get(c)
            return f"{ra.rps / rb.rps:.2f}×" if ra and rb and rb.rps else "—"
        out.append(f"| {q.title} | {ratio('rest', 'ox-best', 8)} | {ratio('rest', 'rdflib', 1)} | {ratio('rest', 'ox-natural', 1)} |")
    return out + [""]


__all__ = ["run", "Question"]
