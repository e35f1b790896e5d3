"""kg: a knowledge graph of Chinese industrial policy.

Text in, records out (``kg.text``, ``kg.extract``); records become RDF in one place
(``kg.rdf``); storage knows nothing about extraction (``kg.store``).
"""
from __future__ import annotations

__version__ = "0.1.0"
