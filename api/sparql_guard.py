"""What a query or update would fetch from elsewhere, read from its tokens before it runs.

Oxigraph fetches ``SERVICE`` endpoints and ``LOAD`` sources over HTTP by itself; ``FROM`` and ``USING``
only name graphs of the store. This module finds the ``SERVICE`` and ``LOAD`` IRIs (prefixed names and
``BASE`` resolved) so the endpoint can refuse any that is not allow-listed before Oxigraph sees the
text. It also finds the dataset clauses (``FROM``, ``USING``, ``WITH``) that decide which default graph a
request gets. Strings, IRIs, comments, variables and prefixed names are whole tokens, so a keyword inside
them (``"SERVICE"``, ``ex:load``, ``?service``) is never mistaken for the keyword itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    | (?P<bnode>_:[\w.\-]+)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w.\-:%]|\\.)*)
    | (?P<word>[^\W\d][\w\-]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL | re.UNICODE,
)


@dataclass
class Analysis:
    """The outbound targets and dataset clauses of one request text."""

    services: list[str] = field(default_factory=list)  # resolved IRIs; "?var" for a variable endpoint
    loads: list[str] = field(default_factory=list)
    has_from: bool = False  # FROM or FROM NAMED
    has_using: bool = False  # USING, USING NAMED or WITH


def tokens(text: str) -> list[tuple[str, str, int]]:
    """``(kind, text, offset)`` for every token that is not space or a comment."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind not in ("ws", "comment"):
            out.append((kind, m.group(), m.start()))
    return out


def analyse(text: str) -> Analysis:
    """Find SERVICE/LOAD targets and dataset clauses.

    >>> a = analyse('PREFIX ex: <http://example.org/> SELECT * { SERVICE SILENT ex:sparql { ?s ?p "SERVICE" } }')
    >>> a.services, a.has_from
    (['http://example.org/sparql'], False)
    >>> analyse('LOAD <http://h/x.ttl> INTO GRAPH <urn:g>').loads
    ['http://h/x.ttl']
    >>> analyse('SELECT ?service FROM <urn:g> { ?service ex:load ?o }').services
    []
    """
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    base = ""
    a = Analysis()

    def resolve(tok: tuple[str, str, int]) -> str:
        kind, value, _ = tok
        if kind == "iri":
            return urljoin(base, value[1:-1]) if base else value[1:-1]
        if kind == "pname":
            prefix, _, local = value.partition(":")
            return prefixes.get(prefix, value) + re.sub(r"\\(.)", r"\1", local)
        return value  # a variable, or something the parser will refuse anyway

    i = 0
    while i < len(toks):
        kind, value, _ = toks[i]
        word = value.upper() if kind == "word" else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ("", "", 0)
        if word == "PREFIX" and nxt[0] == "pname" and i + 2 < len(toks) and toks[i + 2][0] == "iri":
            prefixes[nxt[1].rstrip(":").partition(":")[0]] = resolve(toks[i + 2])
            i += 3
            continue
        if word == "BASE" and nxt[0] == "iri":
            base = resolve(nxt)
            i += 2
            continue
        if word in ("SERVICE", "LOAD"):
            j = i + 1
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].upper() == "SILENT":
                j += 1
            target = resolve(toks[j]) if j < len(toks) else ""
            (a.services if word == "SERVICE" else a.loads).append(target)
        elif word == "FROM":
            a.has_from = True
        elif word in ("USING", "WITH"):
            a.has_using = True
        i += 1
    return a


def refused_targets(a: Analysis, allow: list[str]) -> list[str]:
    """The SERVICE and LOAD targets that no allow-list entry (an IRI prefix) covers; a variable is never covered.

    >>> refused_targets(Analysis(services=["http://a/sparql", "?s"]), ["http://a/"])
    ['?s']
    """
    return [t for t in [*a.services, *a.loads]
            if t.startswith(("?", "$")) or not any(t.startswith(p) for p in allow)]


def add_using(update: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """Insert ``USING``/``USING NAMED`` clauses before the ``WHERE`` of every DELETE/INSERT operation.

    This is how the protocol's ``using-graph-uri`` and ``using-named-graph-uri`` reach Oxigraph, whose
    update API takes no dataset. ``DELETE WHERE`` and ``DELETE DATA``/``INSERT DATA`` have no WHERE to scope.

    >>> add_using('INSERT { GRAPH <urn:o> { ?s ?p ?o } } WHERE { ?s ?p ?o }', ['urn:g'], [])
    'INSERT { GRAPH <urn:o> { ?s ?p ?o } } USING <urn:g> WHERE { ?s ?p ?o }'
    >>> add_using('DELETE WHERE { ?s ?p ?o }', ['urn:g'], [])
    'DELETE WHERE { ?s ?p ?o }'
    """
    clause = "".join(f"USING <{g}> " for g in default_graphs) + "".join(f"USING NAMED <{g}> " for g in named_graphs)
    depth = 0
    modify = False
    cuts = []
    prev = ""
    for kind, value, offset in tokens(update):
        previous, prev = prev, value.upper()
        if kind == "other" and value == "{":
            depth += 1
        elif kind == "other" and value == "}":
            depth -= 1
        elif kind == "other" and value == ";" and depth == 0:
            modify = False
        elif kind == "word" and depth == 0:
            word = value.upper()
            if word in ("INSERT", "DELETE"):
                modify = True
            elif word == "WHERE" and previous == "DELETE":
                modify = False  # DELETE WHERE: no dataset clause allowed
            elif word == "WHERE" and modify:
                cuts.append(offset)
                modify = False
            elif word == "DATA":
                modify = False
    for offset in reversed(cuts):
        update = update[:offset] + clause + update[offset:]
    return update
