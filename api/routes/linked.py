"""Entity IRIs dereference here: ``https://w3id.org/kg-cn/id/{path}`` is served at ``/id/{path}``.

The IRIs live under w3id.org, whose redirect rule for ``/kg-cn/id/*`` points at this server's ``/id/*``; a local
server answers the same path. Content negotiation on ``Accept`` (always with ``Vary: Accept``): a browser gets an
HTML page, RDF clients get Turtle (the default for ``*/*``), JSON-LD or N-Triples; anything else is a 406.
"""
from __future__ import annotations

from html import escape
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from api.deps import StoreDep
from api.errors import error_body
from api.models import ErrorPublic
from api.negotiation import negotiate
from kg import linked, queries
from kg._exceptions import NotFound
from kg.iris import entity_id
from kg.vocab import ID

router = APIRouter(tags=["linked data"])
HTML = "text/html"
OFFERED = ["text/turtle", HTML, "application/ld+json", "application/n-triples"]
_VARY = {"Vary": "Accept"}


@router.get("/id/{path:path}", summary="Dereference an entity IRI (content negotiation: HTML, Turtle, JSON-LD, N-Triples)",
            response_class=Response,
            responses={200: {"content": {m: {} for m in OFFERED}, "description": "the entity, in the format asked for"},
                       404: {"model": ErrorPublic}, 406: {"model": ErrorPublic}})
def dereference(request: Request, store: StoreDep,
                path: Annotated[str, Path(min_length=1, max_length=300, examples=["region/330522"])]) -> Response:
    iri = str(ID) + path
    media = negotiate(request.headers.get("accept"), OFFERED)
    if media is None:
        return JSONResponse(error_body("NotAcceptable", f"offered: {', '.join(OFFERED)}", offered=OFFERED),
                            status_code=406, headers=_VARY)
    if not linked.exists(store, iri):
        err = NotFound("entity", path)
        return JSONResponse(error_body("NotFound", str(err), kind="entity", name=path, nearest=[]), status_code=404, headers=_VARY)
    if media == HTML:
        return HTMLResponse(page(store, iri), headers=_VARY)
    return Response(linked.describe(store, iri, media), media_type=media, headers=_VARY)


def _href(iri: str) -> str:
    if iri.startswith(str(ID)):
        return "/id/" + quote(iri[len(str(ID)):], safe="/")
    if iri.startswith("https://w3id.org/kg-cn/doc/"):
        return "/documents/" + quote(iri.rsplit("/", 1)[-1])
    return iri


def _a(iri: str, text: str) -> str:
    return f'<a href="{escape(_href(iri))}">{escape(text)}</a>'


def _evidence(items: list[dict]) -> str:
    rows = []
    for ev in items:
        source = _a(ev["document"], ev.get("title") or ev["document"])
        if ev.get("sentence"):
            rows.append(f'<blockquote>{escape(ev["sentence"])}<br><small>{source}, characters {ev["start"]}–{ev["end"]}</small></blockquote>')
        else:
            rows.append(f"<small>{source}</small>")
    return "".join(rows)


def page(store: StoreDep, iri: str) -> str:
    """An HTML page for people: labels, type, relations as links with their sentences, observations, sources."""
    data = queries.entity(store, iri) or {"label": iri, "type": None, "relations": [], "incoming": [], "observations": [], "documents": []}
    title = escape(data["label"])
    parts = [f"<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>{title}</title>",
             f"</head><body><h1>{title}</h1>",
             f"<p><code>{escape(iri)}</code> · {escape(data.get('type') or '')}"
             f" · <a href='/explore?focus={quote(entity_id(iri), safe='/')}'>explore the neighbourhood</a>"]
    if data.get("aliases"):
        parts.append(" · also: " + escape("、".join(data["aliases"])))
    if data.get("code"):
        parts.append(f" · code {escape(str(data['code']))}")
    parts.append("</p><h2>Relations</h2><ul>")
    for link in data["relations"]:
        parts.append(f"<li>{escape(link['predicate'])} → {_a(link['object'], link['object_label'])}{_evidence(link['evidence'])}</li>")
    for link in data["incoming"]:
        parts.append(f"<li>{_a(link['subject'], link.get('subject_label') or link['subject'])} {escape(link['predicate'])} → this{_evidence(link['evidence'])}</li>")
    parts.append("</ul>")
    if data["observations"]:
        parts.append("<h2>Observations</h2><table><tr><th>indicator</th><th>period</th><th>value</th><th>unit</th><th>sentence</th></tr>")
        for o in data["observations"]:
            parts.append(f"<tr><td>{escape(o['indicator'])}</td><td>{escape(str(o['period'] or ''))}</td><td>{o['value']:g}</td>"
                         f"<td>{escape(o['unit'])}</td><td>{escape(o['evidence']['sentence'])}</td></tr>")
        parts.append("</table>")
    parts.append("<h2>Sources</h2><ul>")
    parts.extend(f"<li>{_a(d, d)}</li>" for d in data["documents"])
    parts.append("</ul><p>The same IRI gives Turtle, JSON-LD or N-Triples by <code>Accept</code>.</p></body></html>")
    return "".join(parts)
