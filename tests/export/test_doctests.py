"""The examples in the export and analytics docstrings run."""
from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["kg.export", "kg.export.projection", "kg.export.style", "kg.export.dot",
                                    "kg.export.tables", "kg.analytics"])
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
