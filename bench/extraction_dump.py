"""Every article extraction sees, extracted and written out canonically: a guard for speed work on extraction.

``python -m bench.extraction_dump OUT`` writes two files in the folder OUT:

* ``records.txt``: per article, every record ``kg.extract.pipeline.extract`` returns, in the order it returns them
  (sets sorted), so that a change of order is seen too;
* ``graphs.nt``: per article, the rows of its named graph (``kg.rdf.extraction_ntriples``), sorted.

The articles are those of ``../shared/seeds``, ``../shared/corpus/dev`` (the articles the gold in
``../shared/corpus/seeds`` annotates are the ones in ``../shared/seeds``), the project's ``seeds/`` and the 200
synthetic articles of the ingestion bench (``bench.ingest.articles``). Each is named by a path relative to its
folder, so that two runs from different places write the same bytes. Diff two dumps with ``diff -r``.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from bench.ingest import COPIES, ROOT, articles

SHARED = ROOT.parent / "shared"
SUFFIXES = (".txt", ".html")


def sources(workdir: Path) -> list[tuple[str, Path]]:
    """(name, file) of every article to extract, in a fixed order."""
    folders = [("shared-seeds", SHARED / "seeds"), ("dev", SHARED / "corpus" / "dev"), ("seeds", ROOT / "seeds")]
    out = [(f"{tag}/{f.name}", f) for tag, folder in folders for f in sorted(folder.iterdir()) if f.suffix in SUFFIXES]
    bench, _, _ = articles(workdir, COPIES)
    out += [(f"bench/{f.name}", f) for f in sorted(bench.iterdir())]
    return out


def canonical(value) -> str:
    """A record as one line of text: dataclass fields in order, sets sorted, numbers as they are written."""
    if dataclasses.is_dataclass(value):
        fields = ", ".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({fields})"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(canonical(v) for v in value)) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{canonical(k)}: {canonical(v)}" for k, v in value.items()) + "}"
    if isinstance(value, Decimal):
        return f"Decimal({str(value)!r})"
    return repr(value)


def dump(out: Path, workdir: Path) -> int:
    from kg.loader import extract_bytes
    from kg.rdf import extraction_ntriples

    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out / "records.txt", "w", encoding="utf-8") as records, open(out / "graphs.nt", "w", encoding="utf-8") as graphs:
        for name, file in sources(workdir):
            ext = extract_bytes(file.read_bytes(), path=name)
            records.write(f"# {name}\n{canonical(ext.document)}\n")
            for kind in ("sentences", "entities", "relations", "observations"):
                for record in getattr(ext, kind):
                    records.write(canonical(record) + "\n")
            graphs.write(f"# {name}\n")
            graphs.writelines(sorted(extraction_ntriples(ext).splitlines(keepends=True)))
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.extraction_dump", description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path, help="folder for records.txt and graphs.nt")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        n = dump(args.out, Path(work))
    print(f"{n} articles → {args.out}/records.txt, {args.out}/graphs.nt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
