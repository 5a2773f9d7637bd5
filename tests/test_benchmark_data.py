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


EN_SETS = sorted(DATA.glob("en_articles_held*.jsonl"))


def test_every_english_article_set_is_scored_by_the_benchmark():
    import sys

    sys.path.insert(0, str(DATA.parent))
    from en_articles_quality import SETS

    assert len(EN_SETS) >= 8
    assert {p.name for p in EN_SETS} == {p.name for p in SETS.values()}


@pytest.mark.parametrize("path", EN_SETS, ids=lambda p: p.name)
def test_every_english_article_says_what_it_is_and_its_gold_is_its_words(path):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        art = json.loads(line)
        assert art["id"] and art["style"] and art["text"], (path.name, n)
        for c in art["claims"]:
            assert c["kind"] in ("direct", "indirect", "mixed"), (path.name, art["id"], c)
            assert "speaker" in c and c["text"] in art["text"], (path.name, art["id"], c)
