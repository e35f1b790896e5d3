"""Reading a SPARQL 1.1 Protocol request: the operation text and its dataset parameters.

One function for /sparql and /update, so both refuse the same bad inputs the same way: a body over the
size limit (413), a wrong or missing media type or a charset other than UTF-8 (415), bytes that are
not UTF-8, a repeated operation parameter, or the other endpoint's operation (400). Parameters the
protocol does not define (SPARQLWrapper's ``format``, ``output``, ``results`` …) are ignored.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs

from fastapi import HTTPException, Request

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
#: the dataset parameters of each operation
DATASET_PARAMS = {"query": ("default-graph-uri", "named-graph-uri"),
                  "update": ("using-graph-uri", "using-named-graph-uri")}


#: the longest query or update text accepted, whatever the method (a named constant, as in Oxigraph's server)
MAX_OPERATION_CHARS = 100_000


@dataclass
class Operation:
    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def has_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def _media_type(request: Request) -> tuple[str, dict[str, str]]:
    header = request.headers.get("content-type", "")
    parts = [p.strip() for p in header.split(";")]
    params = {}
    for p in parts[1:]:
        k, _, v = p.partition("=")
        params[k.strip().lower()] = v.strip().strip('"').lower()
    return parts[0].lower(), params


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it is known to exceed ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body of {declared} bytes exceeds the {limit}-byte limit (KG_MAX_BODY_BYTES)")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body exceeds the {limit}-byte limit (KG_MAX_BODY_BYTES)")
        chunks.append(chunk)
    return b"".join(chunks)


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise HTTPException(400, f"{len(values)} '{name}' parameters: send exactly one")
    return values[0] if values else None


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HTTPException(400, f"{what} is not UTF-8: byte {e.start} ({data[e.start:e.start + 1]!r})") from None


async def read_operation(request: Request, kind: str, limit: int) -> Operation | None:
    """The ``kind`` ("query" or "update") operation of ``request``; None for a GET without one."""
    other = "update" if kind == "query" else "query"
    here, there = ("/sparql", "/update") if kind == "query" else ("/update", "/sparql")
    direct = QUERY_BODY if kind == "query" else UPDATE_BODY
    url = request.query_params
    params: dict[str, list[str]] = {k: url.getlist(k) for k in url.keys()}
    if request.method == "GET":
        if kind == "update":
            raise HTTPException(405, "SPARQL Update needs POST")
        text = None
    else:
        media, mparams = _media_type(request)
        charset = mparams.get("charset", "utf-8")
        if charset not in ("utf-8", "utf8"):
            raise HTTPException(415, f"charset {charset} is not supported: SPARQL requests are UTF-8")
        body = await read_body(request, limit)
        if media == FORM:
            try:
                form = parse_qs(_utf8(body, "the form body"), keep_blank_values=True, errors="strict")
            except UnicodeDecodeError as e:
                raise HTTPException(400, f"a form value is not UTF-8 once percent-decoded: {e.reason}") from None
            for k, v in form.items():
                params[k] = v + params.get(k, []) if k not in (kind, other) else v
            text = None
        elif media == direct:
            if kind in params:
                raise HTTPException(400, f"a '{kind}' parameter and a {direct} body: send one")
            text = _utf8(body, f"the {kind}")
        elif media in (QUERY_BODY, UPDATE_BODY):
            raise HTTPException(415 if kind == "query" else 400,
                                f"{media} goes to {there}; {here} takes {direct} or {FORM}")
        else:
            raise HTTPException(415, f"POST {here} takes {direct} or {FORM}, not {media or 'a body without Content-Type'}")
    if params.get(other):
        raise HTTPException(400, f"'{other}' is not accepted here: send a SPARQL {other} to {there}")
    if text is None:
        text = _one(params.get(kind, []), kind)
        if text is None:
            if request.method == "GET":
                return None
            raise HTTPException(400, f"missing '{kind}' parameter")
    if len(text) > MAX_OPERATION_CHARS:  # GET has no body limit to stop it: the text itself is bounded
        raise HTTPException(413, f"the {kind} has {len(text)} characters; the limit is {MAX_OPERATION_CHARS}")
    defaults, named = DATASET_PARAMS[kind]
    return Operation(text, params.get(defaults, []), params.get(named, []))
