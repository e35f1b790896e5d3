"""The benchmark suite, one command: ``python -m bench run --firms 100000``.

Everything runs in one go on the same synthetic data (``kg synth``) and prints one side-by-side table (Markdown):

1. bulk load: our ``Store.bulk_load`` against ``oxigraph load`` on the same N-Quads file;
2. article ingestion: ``kg load`` (one process), then ``kg load --workers 2``;
3. REST headline lookups over HTTP against ``kg serve``, at c=1 and c=8 (p50, p99, req/s);
4. the same questions as SPARQL on our /sparql, on ``oxigraph serve`` (straightforward and best hand-written form)
   and on rdflib-endpoint;
5. resources: peak RSS, disk per million quads, start-up time, time to first answer after a restart: the server is
   started once to build and save its indexes (kg/store/saved.py), stopped, and started again; the lookups and
   the figures of the restart are the ones that read the saved indexes.

Servers bind 127.0.0.1 and are stopped by PID. The load generator (bench/load.py) is a thin Python client (a socket
and a thread per connection, about 40 µs of CPU per request) that shares the cores with the server under test:
read the ratios more than the absolute numbers. ``--smoke`` is CI's pass: tiny data,
sub-second windows, no timing asserted anywhere.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.run import run


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run the whole suite and print the table")
    r.add_argument("--firms", type=int, default=100_000)
    r.add_argument("--seed", type=int, default=42)
    r.add_argument("--duration", type=float, default=10.0, help="seconds per load-generator window")
    r.add_argument("--workdir", default=None, help="where data and stores go (default: a temporary folder)")
    r.add_argument("--skip", default="", help="comma-separated parts to skip: ingest,oxigraph,rdflib,sparql,rest "
                                              "(rest: the REST lookups; the time series takes minutes at 100k firms)")
    r.add_argument("--smoke", action="store_true", help="CI: tiny windows, checks that every part runs")
    r.add_argument("--output", "-o", help="also write the table to this file")
    r = sub.add_parser("restart", help="time restarts of kg serve on a store built once (kg synth --store DIR)")
    r.add_argument("--store", required=True)
    r.add_argument("--runs", type=int, default=3)
    r.add_argument("--log", default=None, help="the server's log (default: <store>.bench-serve.log)")
    args = p.parse_args(argv)
    if args.command == "restart":
        from bench.restart import restarts

        store = Path(args.store).resolve()
        print(restarts(store, args.runs, Path(args.log) if args.log else store.with_name(store.name + ".bench-serve.log")))
        return 0
    table = run(args)
    print(table)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
