"""The layering the brief asks for: domain modules never import Textual, and only
search.py knows Whoosh. Each module is imported alone in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

DOMAIN = [
    "ingest",
    "claims",
    "aliases",
    "search",
    "results",
    "bookmarks",
    "library",
    "claim_search",
    "settings",
    "workspace",
    "terminal",
    "cli",
]


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_module_imports_no_textual(module):
    code = (
        f"import sys, belreader.{module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('textual', 'whoosh')}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = eval(out)
    assert "textual" not in loaded
    if module != "search":
        assert "whoosh" not in loaded, f"belreader.{module} pulls in whoosh: only search.py may"
