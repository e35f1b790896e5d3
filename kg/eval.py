"""Score extraction against gold files (the format of ../shared/corpus/dev/, see docs/gold-format.md).

Entities match on type plus any name or alias; relations on predicate plus both ends (each end
matched by name or alias); statistics on subject plus value (with its magnitude, as printed) plus unit.
Matching is one-to-one: an extracted item can match one gold item only.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.iris import entity_key
from kg.records import Extraction


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


# edges the gold format has no place for, so a gold file can neither confirm nor refute them: a policy's target
# industry (kg:inIndustry from a Policy; the format's inIndustry is Firm → Industry only)
UNSCORED = {("inIndustry", "Policy"), ("partOf", "Organization")}


@dataclass
class Report:
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    relations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    statistics: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)
    unscored: int = 0  # relations of a kind the gold format does not annotate (UNSCORED)

    def total(self, table: dict[str, Score]) -> Score:
        out = Score()
        for s in table.values():
            out.add(s)
        return out

    def add(self, other: "Report") -> None:
        for k, s in other.entities.items():
            self.entities[k].add(s)
        for k, s in other.relations.items():
            self.relations[k].add(s)
        self.statistics.add(other.statistics)
        self.misses.extend(other.misses)
        self.unscored += other.unscored


def _names(label: str, aliases) -> frozenset[str]:
    return frozenset(entity_key(n) for n in [label, *aliases] if n)


def _match(gold: list, ours: list, same) -> tuple[Score, list, list]:
    used: set[int] = set()
    score = Score()
    missed = []
    for g in gold:
        hit = next((i for i, o in enumerate(ours) if i not in used and same(g, o)), None)
        if hit is None:
            score.fn += 1
            missed.append(g)
        else:
            used.add(hit)
            score.tp += 1
    extra = [o for i, o in enumerate(ours) if i not in used]
    score.fp = len(extra)
    return score, missed, extra


def score_document(gold: dict, ext: Extraction) -> Report:
    report = Report()
    ours_by_key = {(e.type, e.key): (e.type, _names(e.label, e.aliases)) for e in ext.entities}
    gold_names = {e["label"]: (e["type"], _names(e["label"], e.get("aliases", []))) for e in gold["entities"]}

    for type_ in sorted({e["type"] for e in gold["entities"]} | {e.type for e in ext.entities}):
        g = [n for t, n in gold_names.values() if t == type_]
        o = [n for t, n in ours_by_key.values() if t == type_]
        s, missed, extra = _match(g, o, lambda a, b: bool(a & b))
        report.entities[type_] = s
        report.misses += [f"entity miss {type_} {sorted(m)[0]}" for m in missed]
        report.misses += [f"entity extra {type_} {sorted(x)[0]}" for x in extra]

    def ends(key_type: tuple[str, str]) -> frozenset[str]:
        return ours_by_key.get(key_type, ("", frozenset({entity_key(key_type[1])})))[1]

    scored = [r for r in ext.relations if (r.predicate, r.subject_type) not in UNSCORED]
    report.unscored += len(ext.relations) - len(scored)
    for pred in sorted({r["p"] for r in gold["relations"]} | {r.predicate for r in scored}):
        g = [(gold_names[r["s"]][1], gold_names[r["o"]][1]) for r in gold["relations"] if r["p"] == pred]
        o = [(ends((r.subject_type, r.subject)), ends((r.object_type, r.object))) for r in scored if r.predicate == pred]
        s, missed, extra = _match(g, o, lambda a, b: bool(a[0] & b[0]) and bool(a[1] & b[1]))
        report.relations[pred] = s
        report.misses += [f"relation miss {sorted(a)[0]} {pred} {sorted(b)[0]}" for a, b in missed]
        report.misses += [f"relation extra {sorted(a)[0]} {pred} {sorted(b)[0]}" for a, b in extra]

    g = [(gold_names[f["subject"]][1], Decimal(str(f["value"])), f["unit"]) for f in gold["facts"]]
    # ranks are positions, not figures: the gold convention records no rank facts
    o = [(ends((ob.subject_type, ob.subject)), ob.value, ob.unit) for ob in ext.observations if ob.qualifier != "rank"]
    s, missed, extra = _match(g, o, lambda a, b: bool(a[0] & b[0]) and a[1] == b[1] and a[2] == b[2])
    report.statistics = s
    report.misses += [f"statistic miss {sorted(a)[0]} {v} {u}" for a, v, u in missed]
    report.misses += [f"statistic extra {sorted(a)[0]} {v} {u}" for a, v, u in extra]
    return report


def text_for(gold_path: Path, gold: dict) -> Path:
    """The article a gold file annotates: ``doc`` beside it, or in ../../seeds for the seed gold."""
    for candidate in (gold_path.parent / gold["doc"], gold_path.parent.parent.parent / "seeds" / gold["doc"]):
        if candidate.exists():
            return candidate
    from kg._exceptions import DocumentError

    raise DocumentError(str(gold_path), f"the annotated text {gold['doc']!r} is not beside the gold file")


def evaluate(gold_paths: list[Path]) -> tuple[Report, dict[str, Report]]:
    from kg.loader import extract_bytes, read_bytes

    total = Report()
    per_doc = {}
    for path in gold_paths:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
        text = text_for(Path(path), gold)
        report = score_document(gold, extract_bytes(read_bytes(text), path=str(text)))
        per_doc[str(path)] = report
        total.add(report)
    return total, per_doc


def format_report(report: Report) -> str:
    lines = [f"{'':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]

    def row(name: str, s: Score) -> None:
        lines.append(f"{name:24} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}")

    for t, s in sorted(report.entities.items()):
        row(f"entity {t}", s)
    row("ENTITIES", report.total(report.entities))
    for p, s in sorted(report.relations.items()):
        row(f"relation {p}", s)
    row("RELATIONS", report.total(report.relations))
    row("STATISTICS", report.statistics)
    if report.unscored:
        lines.append(f"not scored: {report.unscored} relation(s) the gold format does not annotate "
                     f"({', '.join(f'{p} from an {t}' if t[0] in 'AEIOU' else f'{p} from a {t}' for p, t in sorted(UNSCORED))})")
    return "\n".join(lines)
