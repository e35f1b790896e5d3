"""Graphviz DOT, and SVG or PNG rendered from it by ``dot``.

Node ids are ``n0, n1…``: an IRI as a DOT id breaks at ``:`` (port syntax) and every node collapses into
one called ``https``, with only a warning. The IRI goes in ``URL`` (a link in SVG). Labels are Chinese, so
graph, nodes and edges name a CJK font; without one installed ``dot`` still exits 0 but draws boxes, which
is why :func:`render` checks ``fc-list :lang=zh`` first.
"""
from __future__ import annotations

import shutil
import subprocess

import networkx as nx

from kg._exceptions import KGError
from kg.export.projection import sorted_edges, sorted_nodes
from kg.export.style import colour

FONT = "Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif"
#: how long ``dot`` may take to lay out a graph, in seconds
RENDER_TIMEOUT_S = 60


class RenderError(KGError):
    """Graphviz is missing, has no CJK font, or failed to lay out the graph."""


def quote(text: str) -> str:
    """A DOT double-quoted string.

    >>> print(quote('say "长兴"'))
    "say \\"长兴\\""
    """
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write(g: nx.MultiDiGraph) -> bytes:
    lines = ["digraph kg {",
             f"  graph [fontname={quote(FONT)}, rankdir=LR, overlap=false, splines=true, charset=\"UTF-8\"];",
             f"  node [fontname={quote(FONT)}, shape=box, style=\"rounded,filled\", fontcolor=white, fontsize=11];",
             f"  edge [fontname={quote(FONT)}, fontsize=9, color=\"#777777\", fontcolor=\"#555555\"];"]
    ids = {}
    for n, (node, d) in enumerate(sorted_nodes(g)):
        ids[node] = f"n{n}"
        attrs = {"label": d["label"], "URL": d["iri"], "tooltip": f"{d['type']} {d['id']}", "fillcolor": colour(d["type"]),
                 "class": d["type"]}
        lines.append(f"  {ids[node]} [" + ", ".join(f"{k}={quote(v)}" for k, v in attrs.items()) + "];")
    for s, o, d in sorted_edges(g):
        lines.append(f"  {ids[s]} -> {ids[o]} [label={quote(d['predicate'])}, id={quote(d['id'])}];")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode()


def has_cjk_font() -> bool:
    fc = shutil.which("fc-list")
    if not fc:
        return False
    out = subprocess.run([fc, ":lang=zh", "family"], capture_output=True, text=True, timeout=30).stdout
    return bool(out.strip())


def render(dot_source: bytes, format: str) -> bytes:
    """``dot_source`` laid out by Graphviz as ``svg`` or ``png``."""
    exe = shutil.which("dot")
    if not exe:
        raise RenderError("Graphviz is not installed (no `dot` on PATH); install the graphviz package, or export --format dot")
    if not has_cjk_font():
        raise RenderError("no CJK font is installed (fc-list :lang=zh is empty), so Chinese labels would render as boxes; "
                          "install fonts-noto-cjk")
    try:
        done = subprocess.run([exe, f"-T{format}"], input=dot_source, capture_output=True, timeout=RENDER_TIMEOUT_S)
    except subprocess.TimeoutExpired as e:
        raise RenderError(f"dot -T{format} took longer than {RENDER_TIMEOUT_S} s") from e
    if done.returncode != 0:
        raise RenderError(f"dot -T{format} failed: {done.stderr.decode(errors='replace').strip()[:500]}")
    return done.stdout


def write_svg(g: nx.MultiDiGraph) -> bytes:
    return render(write(g), "svg")


def write_png(g: nx.MultiDiGraph) -> bytes:
    return render(write(g), "png")
