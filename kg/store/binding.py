"""Bound parameters as a one-row ``VALUES`` block opening the query's outermost ``WHERE`` group.

Both backends bind this way. The terms are serialised by pyoxigraph (N-Triples syntax, escaped), so input is never
spliced into the query text. The embedded store binds this way too rather than through pyoxigraph's
``substitutions``: Oxigraph 0.5 plans a query before it substitutes, so a bound variable is planned as if it were
free and ``?a rdf:object ?o`` scans every assertion in the store (250 ms at 1M quads), where the same pattern after
``VALUES ?o { <…> }`` is a lookup (0.2 ms).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from kg._exceptions import QueryError
from kg.store.oxigraph import to_term

# tokens that may hold braces or keywords without being syntax: strings, IRIs, comments
_SKIP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'
                   r"'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_WORD = re.compile(r"[A-Za-z_]+")


def _tokens(text: str) -> Iterator[tuple[int, str]]:
    """(position, token) of the braces and bare words of ``text``, skipping strings, IRIs and comments."""
    i = 0
    while i < len(text):
        m = _SKIP.match(text, i)
        if m:
            i = m.end()
            continue
        c = text[i]
        if c in "{}":
            yield i, c
            i += 1
        elif c.isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "?$:_")):
            w = _WORD.match(text, i)
            yield i, w.group(0).upper()
            i = w.end()
        else:
            i += 1


def _where_brace(text: str) -> int:
    """Position of the ``{`` that opens the outermost WHERE group."""
    depth = 0
    first_open = None
    form = None
    after_where = False
    for pos, tok in _tokens(text):
        if tok == "{":
            if depth == 0:
                if after_where or (form in ("SELECT", "ASK", "DESCRIBE") and first_open is None):
                    return pos
                first_open = pos if first_open is None else first_open
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 0:
            if form is None and tok in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form = tok
            elif tok == "WHERE":
                after_where = True
    raise QueryError("cannot bind parameters: no WHERE group found in the query")


def term(value: Any) -> str:
    """A bound value as SPARQL term syntax, escaped by pyoxigraph (``IRI`` values become IRIs).

    >>> from kg.store.oxigraph import IRI
    >>> term(IRI("https://w3id.org/kg-cn/id/region/330522")), term('a "quoted"\\nline'), term(3)
    ('<https://w3id.org/kg-cn/id/region/330522>', '"a \\\\"quoted\\\\"\\\\nline"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    t = to_term(value)
    if isinstance(t, ox.BlankNode):
        raise QueryError("a blank node cannot be bound as a parameter")
    if isinstance(t, ox.NamedNode) and re.search(r"[<>\"{}|^`\\\s]", t.value):
        raise QueryError(f"not an IRI: {t.value!r}")
    return str(t)


def bind(sparql: str, bindings: Mapping[str, Any]) -> str:
    """The query with ``bindings`` as a one-row VALUES block opening its WHERE group.

    >>> bind("SELECT ?s WHERE { ?s ?p ?o }", {"o": "x"})
    'SELECT ?s WHERE { VALUES (?o) { ("x") } ?s ?p ?o }'
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"bad variable name {name!r}")
    at = _where_brace(sparql) + 1
    names = " ".join(f"?{n}" for n in bindings)
    values = " ".join(term(v) for v in bindings.values())
    return f"{sparql[:at]} VALUES ({names}) {{ ({values}) }}{sparql[at:]}"


def term_iri(value: str) -> str:
    """An IRI in SPARQL syntax, refused if it could break out of the brackets."""
    if re.search(r"[<>\"{}|^`\\\s]", value):
        raise QueryError(f"not an IRI: {value!r}")
    return f"<{value}>"
