"""Content negotiation as one function over a table of formats."""
from __future__ import annotations


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``text/csv;q=0.5, application/json`` → [("application/json", 1.0), ("text/csv", 0.5)]."""
    if not header:
        return [("*/*", 1.0)]
    out = []
    for n, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((media, q, -n))
    out.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def negotiate(header: str | None, offered: list[str]) -> str | None:
    """The first offered media type the client accepts best; ``offered[0]`` for ``*/*``; None if none fit."""
    for media, _q in parse_accept(header):
        if media == "*/*":
            return offered[0]
        if media.endswith("/*"):
            major = media[:-1]
            hit = next((o for o in offered if o.startswith(major)), None)
            if hit:
                return hit
        elif media in offered:
            return media
    return None
