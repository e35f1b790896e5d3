"""The error tree of kg. Every error names what failed and where.

    KGError
    ├── DocumentError            a document cannot be read (names the file)
    │   ├── EmptyDocument
    │   ├── BinaryDocument
    │   ├── UndecodableDocument
    │   └── DocumentTooLarge
    ├── QueryError               malformed SPARQL (parser message and position)
    ├── NotFound                 a named entity, region or chain is unknown (with nearest names)
    ├── Ambiguous                a name matches several entities (with the candidates)
    ├── StoreError               the store cannot be opened or written
    └── ConfigError              a setting is unsafe or invalid
"""
from __future__ import annotations


class KGError(Exception):
    """Base of every error kg raises on purpose."""


class DocumentError(KGError):
    def __init__(self, path: str | None, problem: str) -> None:
        self.path = path or "<input>"
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class EmptyDocument(DocumentError):
    pass


class BinaryDocument(DocumentError):
    pass


class UndecodableDocument(DocumentError):
    pass


class DocumentTooLarge(DocumentError):
    pass


class QueryError(KGError):
    pass


class NotFound(KGError):
    def __init__(self, kind: str, name: str, nearest: list[str] | None = None) -> None:
        self.kind = kind
        self.name = name
        self.nearest = nearest or []
        hint = f"; nearest: {', '.join(self.nearest)}" if self.nearest else ""
        super().__init__(f"unknown {kind} {name!r}{hint}")


class Ambiguous(KGError):
    def __init__(self, kind: str, name: str, candidates: list[dict]) -> None:
        self.kind = kind
        self.name = name
        self.candidates = candidates
        super().__init__(
            f"{kind} {name!r} is ambiguous: {len(candidates)} candidates; pass one of their IRIs or codes"
        )


class StoreError(KGError):
    pass


class ConfigError(KGError):
    pass
