"""The ``kg`` command. Thin: parse arguments, call one library function, print, exit.

A known error prints one line to stderr and exits 1 (2 for usage errors).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from kg._exceptions import KGError

DEFAULT_STORE = "data/store"


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default=None, help=f"store directory (env KG_STORE; default {DEFAULT_STORE})")


def _open(args, read_only: bool = False):
    from kg.store import open_store

    return open_store(args.store or os.environ.get("KG_STORE") or DEFAULT_STORE, read_only=read_only)


def cmd_load(args) -> int:
    from kg.loader import load_paths

    store = _open(args)

    def progress(n, total, item):
        if isinstance(item, KGError):
            print(f"[{n}/{total}] error: {item}", file=sys.stderr)
        else:
            counts = ", ".join(f"{k} {v}" for k, v in item.counts.items()) or "no change"
            print(f"[{n}/{total}] {item.status}: {item.path} ({counts})", file=sys.stderr)

    results, errors = load_paths(store, args.paths, progress=None if args.quiet else progress, workers=args.workers)
    store.close()
    added = sum(r.status != "unchanged" for r in results)
    print(f"{len(results)} documents loaded ({added} new or replaced, {len(results) - added} unchanged), {len(errors)} failed")
    if errors:
        for e in errors:
            print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


def cmd_synth(args) -> int:
    from kg import synth

    def progress(docs: int) -> None:
        print(f"synth: {docs} documents", file=sys.stderr)

    if args.no_load:
        if not args.output:
            print("kg synth: --no-load needs --output", file=sys.stderr)
            return 2
        quads, docs = synth.write(args.output, args.firms, args.seed, progress)
        print(f"wrote {args.output}: {quads} quads, {docs} documents, {args.firms} firms (seed {args.seed})")
        return 0
    store = _open(args)
    r = synth.synthesise(store, args.firms, args.seed, args.output, progress)
    store.close()
    print(f"{r.quads} quads in {r.documents} documents, {r.firms} firms (seed {r.seed}): "
          f"generated in {r.seconds_generate:.1f} s, loaded in {r.seconds_load:.1f} s ({r.quads / max(r.seconds_load, 1e-9):,.0f} quads/s)")
    return 0


def cmd_extract(args) -> int:
    from kg.loader import collect, extract_bytes, read_bytes
    from kg.report import extraction_json

    extractions = [extract_bytes(read_bytes(f), path=os.path.normpath(str(f))) for f in collect(args.paths)]
    print(json.dumps(extraction_json(extractions), ensure_ascii=False, indent=None if args.compact else 1))
    return 0


def cmd_query(args) -> int:
    import pyoxigraph as ox

    query = Path(args.query[1:]).read_text(encoding="utf-8") if args.query.startswith("@") else args.query
    store = _open(args, read_only=True)
    result = store.query(query)
    if args.format == "json":
        if isinstance(result, ox.QueryTriples):
            sys.stdout.write(result.serialize(format=ox.RdfFormat.N_TRIPLES).decode())
        else:
            sys.stdout.write(result.serialize(format=ox.QueryResultsFormat.JSON).decode() + "\n")
        return 0
    from kg.report import print_table

    print_table(result, sys.stdout)
    return 0


def cmd_export(args) -> int:
    from kg.export import export_files, selection, zip_files

    store = _open(args, read_only=True)
    sel = selection(store, args.focus, args.depth, args.types, args.predicates)
    data = export_files(store, args.format, sel)
    if isinstance(data, dict) and args.output not in (None, "-") and not args.output.endswith(".zip"):
        folder = Path(args.output)  # several files (neo4j, csv) go to a folder unless the name ends in .zip
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in data.items():
            (folder / name).write_bytes(content)
        print(f"wrote {', '.join(data)} to {folder}/", file=sys.stderr)
        return 0
    data = zip_files(data) if isinstance(data, dict) else data
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
    else:
        Path(args.output).write_bytes(data)
        print(f"wrote {args.output} ({len(data)} bytes)", file=sys.stderr)
    return 0


def cmd_analyze(args) -> int:
    from kg import analytics

    store = _open(args, read_only=True)
    result = analytics.answer(store, args.question, args.names, top=args.top)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else analytics.text(args.question, result))
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    if args.store:
        os.environ["KG_STORE"] = args.store
    import logging

    # the structured access log (logger kg.access) and errors with their stacks go to stderr
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # the web layer is loaded by name, so the library never imports it; uvicorn's own access log is off: it would
    # write query strings, which kg.access keeps out of the log, and cost time on every request
    uvicorn.run("api.main:create_app", factory=True, host=args.host, port=args.port, log_level="info",
                access_log=False)  # httptools and uvloop (dependencies) are picked up when installed
    return 0


def cmd_validate(args) -> int:
    from kg.validate import validate_store

    store = _open(args, read_only=True)
    report = validate_store(store)
    print(report.text)
    return 0 if report.conforms else 1


def cmd_eval(args) -> int:
    from kg.eval import evaluate, format_report

    total, per_doc = evaluate([Path(p) for p in args.gold])
    if args.per_document:
        for path, report in per_doc.items():
            print(f"== {path}")
            print(format_report(report))
            if args.misses:
                print("\n".join(report.misses))
    print(f"== all ({len(per_doc)} documents)")
    print(format_report(total))
    return 0


def cmd_verify(args) -> int:
    from kg.maintenance import verify

    report = verify(_open(args, read_only=True), shacl=not args.no_shacl)
    print(report.text())
    return 0 if report.ok else 1


def cmd_dump(args) -> int:
    from kg.maintenance import dump

    size = dump(_open(args, read_only=True), Path(args.output))
    print(f"wrote {args.output} ({size} bytes, N-Quads)", file=sys.stderr)
    return 0


def cmd_restore(args) -> int:
    from kg.maintenance import restore

    store = _open(args)
    n = restore(store, Path(args.input), replace=args.replace)
    store.close()
    print(f"restored {n} quads from {args.input}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graph of Chinese industrial policy")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("load", help="extract articles (files or folders) and store them, one named graph each")
    p.add_argument("paths", nargs="+")
    p.add_argument("--quiet", action="store_true", help="no per-file progress")
    p.add_argument("--workers", type=int, default=1, help="extraction processes (one writer; default 1)")
    _store_arg(p)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("synth", help="generate a synthetic graph (firms, documents, provenance) for scale tests")
    p.add_argument("--firms", type=int, required=True, help="number of firms (1k to 1M)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--output", "-o", help="also keep the N-Quads file here")
    p.add_argument("--no-load", action="store_true", help="only write --output, touch no store")
    _store_arg(p)
    p.set_defaults(func=cmd_synth)

    p = sub.add_parser("extract", help="print what the loader extracts, as JSON, without touching a store")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--compact", action="store_true")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("query", help="run a SPARQL query (text, or @file.rq)")
    p.add_argument("query")
    p.add_argument("--format", choices=["table", "json"], default="table")
    _store_arg(p)
    p.set_defaults(func=cmd_query)

    from kg.export import FORMATS

    p = sub.add_parser("export", help="export the graph (or a subgraph) for visualisation and RDF tools")
    p.add_argument("--format", default="graphml", choices=list(FORMATS))
    p.add_argument("--output", "-o", default=None,
                   help="file to write (default: standard output); for neo4j and csv a folder, or a .zip")
    p.add_argument("--focus", help="an entity by any name form (label, alias, pinyin, code, IRI): export its neighbourhood")
    p.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    p.add_argument("--types", help="keep only these entity types, e.g. Firm,Region")
    p.add_argument("--predicates", help="keep only these relations, e.g. locatedIn,inIndustry")
    _store_arg(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("analyze", help="graph analytics: central entities, communities, paths, a region's profile")
    p.add_argument("question", choices=["central", "communities", "path", "region"])
    p.add_argument("names", nargs="*", help="path: two entities; region: one region (any name form)")
    p.add_argument("--top", type=int, default=10, help="central: how many of each type")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    _store_arg(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("serve", help="run the HTTP service (REST, SPARQL, export)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    _store_arg(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="score extraction against gold files (precision, recall, F1)")
    p.add_argument("gold", nargs="+", help="gold JSON files; the annotated text lies beside each")
    p.add_argument("--per-document", action="store_true")
    p.add_argument("--misses", action="store_true", help="with --per-document: list misses and extras")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("verify", help="check the store: document graphs whole, provenance intact, SHACL valid")
    p.add_argument("--no-shacl", action="store_true", help="skip the SHACL part (faster)")
    _store_arg(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("dump", help="back up the whole dataset as N-Quads")
    p.add_argument("--output", "-o", required=True)
    _store_arg(p)
    p.set_defaults(func=cmd_dump)

    p = sub.add_parser("restore", help="restore an N-Quads backup into an empty store (or --replace)")
    p.add_argument("input")
    p.add_argument("--replace", action="store_true", help="overwrite a non-empty store")
    _store_arg(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("validate", help="check the store against the SHACL shapes")
    _store_arg(p)
    p.set_defaults(func=cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KGError as e:
        print(f"kg {args.command}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
