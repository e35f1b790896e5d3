"""Extraction scored against gold: the seeds, the tuning part of the dev corpus and the held-out part.

The split and its reasons are in docs/evaluation.md. Targets (issue 3): seeds entities ≥ 0.95,
relations ≥ 0.85, statistics ≥ 0.85; held-out entities ≥ 0.85, relations ≥ 0.60, statistics ≥ 0.60.
Where a target is not reached yet, the floor asserted is the score reached (so a regression fails)
and an ``xfail(strict=True)`` test holds the target (so reaching it is noticed).
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kg.eval import Report, evaluate

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SEEDS = sorted((SHARED / "seeds").glob("*.gold.json"))
DEV = SHARED / "dev"
TUNING = ("01", "02", "04", "05", "07")
HELD_OUT = ("03", "06", "08")
# articles of the genre written for the project, with gold (tests/corpus/synthetic/README.md)
SYNTHETIC = Path(__file__).resolve().parents[1] / "corpus" / "synthetic"


def _synthetic(first: str, last: str) -> list[Path]:
    return sorted(p for p in SYNTHETIC.glob("*.gold.json") if first <= p.name[:3] <= last)


# Nine sets, each written by helpers who did not read the extractor: n01–n16 (session 5), n17–n24 (session 6),
# n25–n32 (session 7), n33–n40 (session 8), n41–n48 (session 9), n49–n56 (session 10), n57–n64 (session 11), n65–n72
# (session 12) and n73–n80 (session 13). n73–n80 are kept aside (only their scores are read); the others have been tuned
# on, each first scored blind and kept aside for a session, its misses read in a later session: docs/evaluation.md
SYNTHETIC_SETS = {"synthetic-n01-n08": ("n01", "n08"), "synthetic-n09-n16": ("n09", "n16"), "synthetic-n17-n20": ("n17", "n20"),
                  "synthetic-n21-n24": ("n21", "n24"), "synthetic-n25-n32": ("n25", "n32"), "synthetic-n33-n40": ("n33", "n40"),
                  "synthetic-n41-n48": ("n41", "n48"), "synthetic-n49-n56": ("n49", "n56"),
                  "synthetic-n57-n64": ("n57", "n64"), "synthetic-n65-n72": ("n65", "n72"), "synthetic-n73-n80": ("n73", "n80")}


def _gold(prefixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in DEV.glob("*.gold.json") if p.name[:2] in prefixes)


@cache
def _score(name: str) -> Report:
    paths = {"seeds": SEEDS, "tuning": _gold(TUNING), "held-out": _gold(HELD_OUT),
             **{set_: _synthetic(*bounds) for set_, bounds in SYNTHETIC_SETS.items()}}[name]
    if not paths:
        pytest.skip(f"no gold files for {name}: ../shared/corpus/ is not mounted beside the project")
    total, _ = evaluate(paths)
    return total


def _f1(report: Report) -> tuple[float, float, float]:
    return report.total(report.entities).f1, report.total(report.relations).f1, report.statistics.f1


# (corpus, entities, relations, statistics): the F1 floors reached, as `kg eval` measures them
FLOORS = [
    ("seeds", 0.96, 0.92, 0.99),
    # 0.833: 雅来公司 inIndustry 仿制药 and 深圳 hasPriorityIndustry 生物, unannotated readings; 0.868: a two-character trade
    # named with 产业 is that trade (中药产业 → 中药, which 04's gold keeps apart; 01's 能量产业 → 能量)
    ("tuning", 0.86, 0.83, 0.80),
    ("held-out", 0.76, 0.77, 0.76),
    ("synthetic-n01-n08", 0.87, 0.78, 0.89),
    ("synthetic-n09-n16", 0.88, 0.72, 0.85),
    # 0.868: n20's 隆基绿能鄂尔多斯基地 is read as the firm's plant, typed Firm as the seed gold types 吉利长兴基地 (n20's gold: Organization)
    ("synthetic-n17-n20", 0.86, 0.79, 0.90),
    # 0.747: n23's 光伏产业链“链主”企业 are read as in 光伏, as n13/n45/n60's golds have chain leaders (n23's leaves them out)
    ("synthetic-n21-n24", 0.90, 0.74, 0.86),
    # n25's 以蔬菜、水果为主的高原特色农业 is read as parts (and the place's priorities), which its gold leaves unannotated
    ("synthetic-n25-n32", 0.89, 0.76, 0.90),
    ("synthetic-n33-n40", 0.92, 0.79, 0.86),
    ("synthetic-n41-n48", 0.87, 0.78, 0.89),
    ("synthetic-n49-n56", 0.84, 0.73, 0.80),  # tuned on since session 11: blind 0.686 / 0.422 / 0.674
    ("synthetic-n57-n64", 0.81, 0.74, 0.77),  # tuned on since session 12: blind 0.748 / 0.597 / 0.690
    ("synthetic-n65-n72", 0.83, 0.71, 0.85),  # tuned on since session 13: blind 0.775 / 0.561 / 0.667
    ("synthetic-n73-n80", 0.73, 0.59, 0.65),  # held out: blind 0.725 / 0.502 / 0.656, now 0.740 / 0.595 / 0.656
]
_NOT_YET = pytest.mark.xfail(strict=True, reason="not reached yet: see docs/evaluation.md for the scores and the errors left")
TARGETS = [
    pytest.param("seeds", 0.95, 0.85, 0.85, id="seeds"),
    pytest.param("held-out", 0.85, 0.60, 0.60, id="held-out", marks=_NOT_YET),
    pytest.param("synthetic-n73-n80", 0.85, 0.60, 0.60, id="synthetic-held-out", marks=_NOT_YET),
]


@pytest.mark.parametrize(("corpus", "entities", "relations", "statistics"), FLOORS, ids=[f[0] for f in FLOORS])
def test_scores_do_not_fall_below_what_was_reached(corpus, entities, relations, statistics):
    e, r, s = _f1(_score(corpus))
    assert e >= entities and r >= relations and s >= statistics, (e, r, s)


def test_seed_relation_and_statistic_targets_hold():
    e, r, s = _f1(_score("seeds"))
    assert r >= 0.85 and s >= 0.85, (r, s)


def test_held_out_relation_and_statistic_targets_hold():
    _, r, s = _f1(_score("held-out"))
    assert r >= 0.60 and s >= 0.60, (r, s)


@pytest.mark.parametrize(("corpus", "entities", "relations", "statistics"), TARGETS)
def test_issue_targets(corpus, entities, relations, statistics):
    e, r, s = _f1(_score(corpus))
    assert e >= entities and r >= relations and s >= statistics, (e, r, s)


def test_nothing_from_chrome_or_the_seo_list_becomes_an_entity():
    if not SEEDS:
        pytest.skip("no seed gold: ../shared/corpus/seeds is not mounted")
    from kg.loader import extract_bytes, read_bytes

    seed = Path(__file__).resolve().parents[2] / "seeds" / "002_90c95b44a413019a.txt"
    ext = extract_bytes(read_bytes(seed), path=str(seed))
    chrome = [s for s in ext.sentences if s.quarantined]
    quarantined = {s.sentence for s in chrome}
    assert not [e.label for e in ext.entities if e.evidence and all(ev.sentence in quarantined for ev in e.evidence)]


def test_every_dev_article_keeps_the_graph_shacl_valid():
    if not DEV.exists() or not SEEDS:
        pytest.skip("../shared/corpus/dev is not mounted beside the project")
    from kg.loader import load_paths
    from kg.store import open_store
    from kg.validate import validate_store

    store = open_store(None)
    texts = [p for p in DEV.iterdir() if p.suffix in (".txt", ".html")]
    results, errors = load_paths(store, [Path(__file__).resolve().parents[2] / "seeds", *texts])
    assert not errors and len(results) == 2 + len(texts)
    report = validate_store(store)
    assert report.conforms, report.text[:2000]


def test_every_synthetic_article_keeps_the_graph_shacl_valid():
    """All eighty synthetic articles in one store (HTML with chrome, Markdown, GBK, Big5): still SHACL-valid. A
    firm named like a reference industry once left the graph invalid."""
    from kg.loader import load_paths
    from kg.store import open_store
    from kg.validate import validate_store

    store = open_store(None)
    texts = sorted(p for p in SYNTHETIC.iterdir() if p.suffix in (".txt", ".html", ".md") and p.name != "README.md")
    results, errors = load_paths(store, texts)
    assert not errors and len(results) == len(texts) == 80
    report = validate_store(store)
    assert report.conforms, report.text[:2000]
