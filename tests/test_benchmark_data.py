"""The benchmark gold sets are data other sessions and helpers add to: each line must
say what it is (split, language, source, licence) and each gold span must be the words
at its offsets, or a benchmark silently scores against the wrong text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
RU_SETS = sorted(DATA.glob("ru_claims_*.jsonl"))


def test_the_russian_sets_are_there():
    assert len(RU_SETS) >= 9


@pytest.mark.parametrize("path", RU_SETS, ids=lambda p: p.name)
def test_every_russian_gold_line_says_what_it_is_and_its_spans_are_its_words(path):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        item = json.loads(line)
        meta = item.get("meta") or {}
        assert meta.get("split") and meta.get("licence") and meta.get("source"), (path.name, n)
        for q in item["quotes"]:
            assert item["text"][q["start"] : q["end"]] == q["quote"], (path.name, n, q)
