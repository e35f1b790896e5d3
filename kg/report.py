"""Presenting results: the ``kg extract`` JSON contract and the ``kg query`` table."""
from __future__ import annotations

from decimal import Decimal
from typing import IO, Any

from kg.rdf import entity_node
from kg.records import Extraction


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def extraction_json(extractions: list[Extraction]) -> dict[str, Any]:
    """``{"documents", "entities", "relations", "observations"}`` exactly as issue 2 specifies."""
    out: dict[str, list] = {"documents": [], "entities": [], "relations": [], "observations": []}
    seen: dict[str, dict] = {}
    for ext in extractions:
        d = ext.document
        out["documents"].append({"iri": d.iri, "path": d.path, "title": d.title, "published": d.published})
        iris = {}
        for e in ext.entities:
            iri = str(entity_node(e.type, e.key, e.subtype))
            iris[(e.type, e.key)] = iri
            if iri in seen:
                seen[iri]["aliases"] = sorted(set(seen[iri]["aliases"]) | e.aliases)
                continue
            seen[iri] = {"iri": iri, "type": e.type, "label": e.label, "aliases": sorted(e.aliases - {e.label})}
            out["entities"].append(seen[iri])
        for r in ext.relations:
            out["relations"].append({
                "subject": iris.get((r.subject_type, r.subject)) or str(entity_node(r.subject_type, r.subject)),
                "predicate": r.predicate,
                "object": iris.get((r.object_type, r.object)) or str(entity_node(r.object_type, r.object)),
                "evidence": r.evidence.text, "document": d.iri,
            })
        for o in ext.observations:
            out["observations"].append({
                "subject": iris.get((o.subject_type, o.subject)) or str(entity_node(o.subject_type, o.subject)),
                "indicator": o.indicator, "value": _number(o.value), "unit": o.unit, "period": o.period,
                "evidence": o.evidence.text, "document": d.iri,
            })
    return out


def print_table(result: Any, out: IO[str]) -> None:
    """SELECT rows as an aligned text table; ASK as true/false; CONSTRUCT as N-Triples."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        out.write(("true" if bool(result) else "false") + "\n")
        return
    if isinstance(result, ox.QueryTriples):
        out.write(result.serialize(format=ox.RdfFormat.N_TRIPLES).decode())
        return
    names = [v.value for v in result.variables]
    rows = [[_cell(sol[n]) for n in names] for sol in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    out.write("  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} rows)\n")


def _cell(term: Any) -> str:
    if term is None:
        return ""
    return getattr(term, "value", str(term))
