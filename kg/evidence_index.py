"""The evidence index: every assertion's sentences and every reference triple, in a few flat arrays.

``EvidenceIndex.evidence(s, p, o)`` answers as ``kg.queries.evidence(store, s, p, o)`` does, from memory. It was a
dict of (s, p, o) → tuples of tuples of strings: ~430 MB at 100k firms, most of it Python object headers. Here:

- every IRI (subjects, predicates, objects, documents) is stored once in a pool, every sentence text and title once
  in another; a pool is one string and the end offset of each item (``_Strings``), an item is a slice of it;
- a link is found by a 64-bit hash of its (s, p, o) in a sorted array (bisection), then checked against its three
  pool ids (so a hash collision is never a wrong answer);
- its sentences are rows of parallel arrays (text, document, title, start, end, contextual), the link's rows
  contiguous and ordered by document and start, as the query orders them.

A row that does not fit the arrays (a literal object, a non-integer offset) keeps the old dict form in ``_odd``:
the same answer, whatever the data.

The index is saved beside an on-disk store and read back at a restart (kg/store/saved.py): its arrays and pools
pickle as a handful of buffers, read in a fraction of a second.
"""
from __future__ import annotations

import bisect
import hashlib
from array import array
from collections.abc import Iterator, Mapping, Set
from typing import Any

from kg.store.base import Store

_REFERENCE_ALL = "SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o FILTER(isIRI(?o)) }} }}"
_INT32 = range(-(2**31), 2**31)


def _key(s: str, p: str, o: str) -> int:
    """A stable 64-bit hash of a triple (Python's ``hash`` of a str changes with every process)."""
    data = f"{s}\0{p}\0{o}".encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=True)


class _Strings:
    """Strings in one string: item ``i`` is ``blob[ends[i - 1]:ends[i]]``."""

    __slots__ = ("blob", "ends")

    def __init__(self, items: list[str]) -> None:
        self.ends = array("q")
        at = 0
        for item in items:
            at += len(item)
            self.ends.append(at)
        self.blob = "".join(items)

    def __getitem__(self, i: int) -> str:
        return self.blob[self.ends[i - 1] if i else 0: self.ends[i]]

    def __len__(self) -> int:
        return len(self.ends)


class _Pool:
    """Assigns ids to strings while an index is built; ``freeze()`` gives the compact ``_Strings``."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.items: list[str] = []

    def __call__(self, value: str) -> int:
        found = self.ids.get(value)
        if found is None:
            found = self.ids[value] = len(self.items)
            self.items.append(value)
        return found

    def freeze(self) -> _Strings:
        return _Strings(self.items)


class _Triples:
    """A set of (s, p, o) of pooled IRIs: their hashes sorted and, in the same order, the three ids of each."""

    __slots__ = ("keys", "spo", "order")

    def __init__(self, triples: list[tuple[int, int, int]], terms: _Strings) -> None:
        keyed = sorted(((_key(terms[s], terms[p], terms[o]), i) for i, (s, p, o) in enumerate(triples)))
        self.keys = array("q", (k for k, _i in keyed))
        self.spo = array("I", (t for _k, i in keyed for t in triples[i]))
        self.order = [i for _k, i in keyed]  # the position in ``triples`` of each triple here, while packing

    def find(self, s: str, p: str, o: str, terms: _Strings) -> int:
        """The position of (s, p, o), or -1."""
        k = _key(s, p, o)
        keys, spo = self.keys, self.spo
        i = bisect.bisect_left(keys, k)
        # ``terms[j]`` written out (a method call per term was a third of a lookup, and a page makes a hundred)
        blob, ends = terms.blob, terms.ends
        while i < len(keys) and keys[i] == k:
            j, m, n = spo[3 * i], spo[3 * i + 1], spo[3 * i + 2]
            if (blob[ends[j - 1] if j else 0: ends[j]] == s and blob[ends[m - 1] if m else 0: ends[m]] == p
                    and blob[ends[n - 1] if n else 0: ends[n]] == o):
                return i
            i += 1
        return -1

    def triple(self, i: int, terms: _Strings) -> tuple[str, str, str]:
        return terms[self.spo[3 * i]], terms[self.spo[3 * i + 1]], terms[self.spo[3 * i + 2]]

    def __len__(self) -> int:
        return len(self.keys)

    def __getstate__(self):
        return self.keys, self.spo

    def __setstate__(self, state) -> None:
        self.keys, self.spo = state


class EvidenceIndex:
    """Every assertion's evidence (sentence, document, title, span) and every reference triple, read in two queries.

    ``by_link`` and ``reference`` are read-only views in the shape of the former dict and set: (s, p, o) → tuple of
    ``(text, document, title, start, end, contextual)``, and the set of the reference graph's (s, p, o).
    """

    SAVED_FORMAT = 2
    __slots__ = ("_terms", "_texts", "_links", "_first", "_text", "_doc", "_title", "_start", "_end", "_contextual",
                 "_odd", "_reference", "reference_graph")

    def __init__(self, store: Store) -> None:
        from kg.queries import EVIDENCE_FROM
        from kg.vocab import REFERENCE_GRAPH

        terms, texts = _Pool(), _Pool()
        link_ids: dict[tuple[int, int, int], int] = {}
        # one row per sentence of a link, in the query's order: link, text, document, title (-1: none), start, end,
        # contextual
        rows = tuple(array(code) for code in "IIIiiib")
        odd: dict[tuple, list[tuple]] = {}  # rows that do not fit the arrays: (s, p, o) → [(order, item)]
        for r in store.select_iter(EVIDENCE_FROM):
            s, p, o, text, doc, title, start, end = (r["s"], r["p"], r["o"], r["text"], r["doc"], r.get("title"),
                                                      r["start"], r["end"])
            contextual = bool(r.get("contextual"))
            if (isinstance(s, str) and isinstance(p, str) and isinstance(o, str) and isinstance(text, str)
                    and isinstance(doc, str) and (title is None or isinstance(title, str))
                    and type(start) is int and type(end) is int and start in _INT32 and end in _INT32):
                link = link_ids.setdefault((terms(s), terms(p), terms(o)), len(link_ids))
                for column, value in zip(rows, (link, texts(text), terms(doc), -1 if title is None else texts(title),
                                                start, end, contextual)):
                    column.append(value)
            else:
                # ordered after the rows already read: (rows before it, 0, k) sorts before row n's (n, 1, 0)
                found = odd.setdefault((s, p, o), [])
                found.append(((len(rows[0]), 0, len(found)), (text, doc, title, start, end, contextual)))
        self.reference_graph = str(REFERENCE_GRAPH)
        reference = [(terms(r["s"]), terms(r["p"]), terms(r["o"]))
                     for r in store.select_iter(_REFERENCE_ALL.format(graph=self.reference_graph))
                     if isinstance(r["s"], str) and isinstance(r["p"], str) and isinstance(r["o"], str)]
        term_ids = terms.ids
        self._terms, self._texts = terms.freeze(), texts.freeze()
        del terms, texts
        # a link with an odd row keeps all its rows in the odd form
        moved: set[int] = set()
        for key, items in odd.items():
            ids = tuple(term_ids.get(t, -1) if isinstance(t, str) else -1 for t in key)
            link = link_ids.get(ids)  # type: ignore[arg-type]
            if link is not None:
                moved.add(link)
                items += [((row, 1, 0), self._row(row, rows)) for row in range(len(rows[0])) if rows[0][row] == link]
        del term_ids
        self._odd = {key: tuple(item for _order, item in sorted(items, key=lambda i: (i[1][1], i[1][3], i[0])))
                     for key, items in odd.items()}
        self._reference = _Triples(reference, self._terms)
        del self._reference.order
        self._pack(list(link_ids), rows, moved)

    def _row(self, row: int, rows) -> tuple:
        _link, text, doc, title, start, end, contextual = (column[row] for column in rows)
        return (self._texts[text], self._terms[doc], None if title < 0 else self._texts[title], start, end,
                bool(contextual))

    def _pack(self, links: list[tuple[int, int, int]], rows: tuple[array, ...], moved: set[int]) -> None:
        """The rows grouped by link in the links' hash order, each link's rows ordered by (document, start) as the
        evidence query orders them (a stable sort: ties keep the query's order)."""
        link_of, *columns = rows
        first = array("I", bytes(4 * (len(links) + 1)))
        for link in link_of:
            first[link + 1] += 1
        for i in range(len(links)):
            first[i + 1] += first[i]
        place = array("I", first)
        grouped = array("I", bytes(4 * len(link_of)))
        for row, link in enumerate(link_of):  # a counting sort by link, stable
            grouped[place[link]] = row
            place[link] += 1
        del place
        kept = [t for i, t in enumerate(links) if i not in moved] if moved else links
        link_number = [i for i in range(len(links)) if i not in moved] if moved else None
        self._links = _Triples(kept, self._terms)
        doc_of, start_of = columns[1], columns[3]
        out = tuple(array(c.typecode) for c in columns)
        self._first = array("I", [0])
        for position in self._links.order:
            link = link_number[position] if link_number is not None else position
            mine = grouped[first[link]:first[link + 1]]
            if len(mine) > 1:
                mine = sorted(mine, key=lambda row: (self._terms[doc_of[row]], start_of[row]))
            for column, packed in zip(columns, out):
                packed.extend(column[row] for row in mine)
            self._first.append(len(out[0]))
        del self._links.order
        self._text, self._doc, self._title, self._start, self._end, self._contextual = out

    def _items(self, i: int) -> tuple[tuple, ...]:
        texts, terms = self._texts, self._terms
        return tuple((texts[self._text[r]], terms[self._doc[r]], None if self._title[r] < 0 else texts[self._title[r]],
                      self._start[r], self._end[r], bool(self._contextual[r]))
                     for r in range(self._first[i], self._first[i + 1]))

    def items(self, s: Any, p: Any, o: Any) -> tuple[tuple, ...]:
        """The link's ``(text, document, title, start, end, contextual)``, ordered by document and start; () if none."""
        if isinstance(s, str) and isinstance(p, str) and isinstance(o, str):
            i = self._links.find(s, p, o, self._terms)
            if i >= 0:
                return self._items(i)
        return self._odd.get((s, p, o), ())

    def _evidence(self, i: int) -> list[dict[str, Any]]:
        """``evidence`` of the link at position ``i``: ``_items`` written straight into the dicts, the pools' items
        sliced out here (the region profile looks up a hundred links: this is most of its time)."""
        text_blob, text_ends = self._texts.blob, self._texts.ends
        term_blob, term_ends = self._terms.blob, self._terms.ends
        texts, docs, titles = self._text, self._doc, self._title
        starts, ends, contextual = self._start, self._end, self._contextual
        out = []
        for r in range(self._first[i], self._first[i + 1]):
            t, d, ti = texts[r], docs[r], titles[r]
            out.append({"sentence": text_blob[text_ends[t - 1] if t else 0: text_ends[t]],
                        "document": term_blob[term_ends[d - 1] if d else 0: term_ends[d]],
                        "title": None if ti < 0 else text_blob[text_ends[ti - 1] if ti else 0: text_ends[ti]],
                        "start": starts[r], "end": ends[r], "contextual": bool(contextual[r])})
        return out

    def evidence(self, s: str, p: str, o: str) -> list[dict[str, Any]]:
        """``kg.queries.evidence(store, s, p, o)``, from memory."""
        if isinstance(s, str) and isinstance(p, str) and isinstance(o, str):
            i = self._links.find(s, p, o, self._terms)
            found = self._evidence(i) if i >= 0 else None
            if found:
                return found
        found = self._odd.get((s, p, o), ())
        if found:
            return [{"sentence": t, "document": d, "title": ti, "start": a, "end": b, "contextual": c}
                    for t, d, ti, a, b, c in found]
        if (s, p, o) in self.reference:
            from kg.queries import REFERENCE_EVIDENCE

            return [dict(REFERENCE_EVIDENCE)]
        return []

    @property
    def by_link(self) -> "_Links":
        return _Links(self)

    @property
    def reference(self) -> "_Reference":
        return _Reference(self)


class _Links(Mapping):
    """The evidence index as a read-only mapping (s, p, o) → items."""

    def __init__(self, index: EvidenceIndex) -> None:
        self.index = index

    def __getitem__(self, link: tuple) -> tuple[tuple, ...]:
        found = self.index.items(*link)
        if not found:
            raise KeyError(link)
        return found

    def __iter__(self) -> Iterator[tuple]:
        index = self.index
        for i in range(len(index._links)):
            yield index._links.triple(i, index._terms)
        yield from index._odd

    def __len__(self) -> int:
        return len(self.index._links) + len(self.index._odd)


class _Reference(Set):
    """The reference triples as a read-only set."""

    def __init__(self, index: EvidenceIndex) -> None:
        self.index = index

    def __contains__(self, link: object) -> bool:
        if not (isinstance(link, tuple) and len(link) == 3 and all(isinstance(t, str) for t in link)):
            return False
        return self.index._reference.find(*link, self.index._terms) >= 0

    def __iter__(self) -> Iterator[tuple]:
        index = self.index
        return (index._reference.triple(i, index._terms) for i in range(len(index._reference)))

    def __len__(self) -> int:
        return len(self.index._reference)
