"""One firm, one IRI across documents: a firm a new document names the way a stored firm is named is that firm.

Within a document the extractor already joins a legal name and its short forms (宁德时代新能源科技股份有限公司 … 宁德时代).
Across documents a firm's IRI comes from its label, so an article that says only 宁德时代 would mint a second firm
beside the one an earlier article named in full. Before a document's graph is written, the loader asks the store
(and the documents queued in the same load) for firms that carry one of the new firm's names as a label or an alias;
when exactly one does, the new firm is written as that firm: its IRI is replaced in the document's rows, the name it
was read under becomes an alias (``skos:altLabel``), and the stored firm's label is repeated in the document's graph,
so the firm keeps its name whichever document is deleted later.

Only distinctive names link (two characters or more, not a generic word such as 公司); a name shared by two stored
firms, or two firms of the new document that would become one, links nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal

from kg.records import Extraction
from kg.rdf import entity_node
from kg.store.base import Store

_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_FIRM = "https://w3id.org/kg-cn/ontology#Firm"
_GENERIC = {"公司", "集团", "企业", "有限公司", "股份有限公司", "控股", "科技", "实业"}


@dataclass(frozen=True)
class FirmNames:
    """A firm a document names: its IRI there, its label and its other names."""

    iri: str
    label: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> set[str]:
        return {n for n in (self.label, *self.aliases) if len(n) >= 2 and n not in _GENERIC}


def firm_names(ext: Extraction) -> list[FirmNames]:
    """The firms of an extraction, with the names to link them by (what a worker hands the writer)."""
    return [FirmNames(str(entity_node(e.type, e.key, e.subtype)), e.label, tuple(sorted(e.aliases)))
            for e in ext.entities if e.type == "Firm" and not e.reference]


@dataclass
class FirmLinker:
    """Links the firms of the documents one load writes, in order, to the firms already stored or queued."""

    store: Store
    queued: dict[str, set[str]] = field(default_factory=dict)  # name → IRIs of firms queued in this load, not committed
    labels: dict[str, str] = field(default_factory=dict)  # IRI → label, of the firms queued

    def link(self, ntriples: str, firms: list[FirmNames]) -> str:
        """``ntriples`` with each firm that names a known firm written as that firm."""
        if not firms:
            return ntriples
        by_name, labels = self._known({n for f in firms for n in f.names})
        stored = {iri for found in by_name.values() for iri in found}
        targets: dict[str, tuple[str, str]] = {}  # new IRI → (IRI it is, that firm's label)
        for f in firms:
            if f.iri in stored:
                continue  # stored under this very IRI already
            matches = {iri for n in f.names for iri in by_name.get(n, ())} - {f.iri}
            if len(matches) == 1:
                iri = matches.pop()
                targets[f.iri] = (iri, labels[iri])
        # two firms of this document that would become one are two firms: leave both
        hits: dict[str, int] = {}
        for iri, _ in targets.values():
            hits[iri] = hits.get(iri, 0) + 1
        targets = {k: v for k, v in targets.items() if hits[v[0]] == 1}
        for f in firms:
            iri, label = targets.get(f.iri, (f.iri, f.label))
            self.labels.setdefault(iri, label)
            for n in f.names:
                self.queued.setdefault(n, set()).add(iri)
        return _rewrite(ntriples, targets) if targets else ntriples

    def _known(self, names: set[str]) -> tuple[dict[str, set[str]], dict[str, str]]:
        """Firms stored or queued under any of ``names``: their IRIs by name, and their labels."""
        by_name: dict[str, set[str]] = {}
        labels: dict[str, str] = {}
        for n in names:
            for iri in self.queued.get(n, ()):
                by_name.setdefault(n, set()).add(iri)
                labels[iri] = self.labels[iri]
        if names:
            # two small questions, each DISTINCT: every document graph repeats its entities' names, and the union
            # default graph gives a row per graph (a joined question without DISTINCT took ~20 ms a document)
            values = " ".join(Literal(n, lang="zh").n3() for n in sorted(names))
            named = self.store.select(f"SELECT DISTINCT ?e ?n WHERE {{ VALUES ?n {{ {values} }} ?e {_LABEL}|{_ALT} ?n }}")
            if named:
                iris = " ".join(f"<{iri}>" for iri in sorted({r["e"] for r in named}))
                firms = {r["e"]: r["l"] for r in self.store.select(
                    f"SELECT DISTINCT ?e ?l WHERE {{ VALUES ?e {{ {iris} }} ?e a <{_FIRM}> ; {_LABEL} ?l }}")}
                for r in named:
                    if r["e"] in firms:
                        by_name.setdefault(r["n"], set()).add(r["e"])
                        labels.setdefault(r["e"], firms[r["e"]])
        return by_name, labels


def _rewrite(ntriples: str, targets: dict[str, tuple[str, str]]) -> str:
    out = []
    for line in ntriples.splitlines(keepends=True):
        subject = line[1:line.find(">")] if line.startswith("<") else None
        if subject in targets:
            iri, label = targets[subject]
            if line.startswith(f"<{subject}> {_LABEL} "):  # the name it was read under: an alias now
                line = line.replace(f"<{subject}> {_LABEL} ", f"<{iri}> {_ALT} ", 1)
                line += f"<{iri}> {_LABEL} {Literal(label, lang='zh').n3()} .\n"
        for old, (iri, _) in targets.items():
            if f"<{old}>" in line:
                line = line.replace(f"<{old}>", f"<{iri}>")
        out.append(line)
    return "".join(out)


__all__ = ["FirmLinker", "FirmNames", "firm_names"]
