"""When Whoosh changes under the engine: a private name renamed or re-signed makes the
fast path give way to Whoosh's own code (the same hits), says so once in the log, and
never reports the index as damaged (``engine.private_api``)."""

from __future__ import annotations

import logging
import os
import random
import types

import pytest
from whoosh import collectors, columns, writing
from whoosh.codec import whoosh3
from whoosh.query import spans

from belreader.ingest import read_article
from belreader.library import Library, bundled_seeds
from belreader.search import SearchIndex
from belreader.search.engine import PRIVATE, evaluate, private_api, scoring

QUERIES = [
    "Lukashenko",
    "Putin AND Lukashenko",
    "Belarus OR Ukraine OR NATO",
    "(Putin OR Lavrov) AND war",
    "Lukashenko NOT Putin",
    '"Alexander Lukashenko"',
    '"the war in Ukraine"',
    "Luka*",
    "title:Lukashenko",
    "source:belsat AND war",
    "army date:>2024-06",
    "[army TO belarus] AND war",
]


def write_corpus(folder, count: int, seed: int = 11):
    """``count`` articles recombined from the seeds' paragraphs; a function that
    (re)writes article ``n``."""
    folder.mkdir(parents=True)
    articles = [read_article(seed) for seed in sorted(bundled_seeds().glob("*.txt"))]
    paragraphs = [
        a.body[start:end] for a in articles for start, end in a.paragraphs if end - start > 60
    ]
    rng = random.Random(seed)
    sources = ["Belsat", "Nasha Niva", "Zerkalo"]

    def write(n: int) -> None:
        body = "\n\n".join(rng.sample(paragraphs, 4))
        (folder / f"a{n:04d}.md").write_text(
            f"---\nsource: {rng.choice(sources)}\ndate: 2024-{rng.randint(1, 12):02d}-10\n---\n"
            f"Article {n}\n\n{body}\n",
            "utf-8",
        )

    for n in range(count):
        write(n)
    return write


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """~120 articles in three segments, some edited (deletions)."""
    tmp = tmp_path_factory.mktemp("changes")
    folder = tmp / "c"
    write = write_corpus(folder, 80)
    lib = Library(index_dir=tmp / "ix", data_dir=tmp / "d", corpora=[folder])
    ix = SearchIndex(lib)
    ix.sync()
    for start in (80, 100):
        for n in range(start, start + 20):
            write(n)
        ix.sync()
    for n in range(0, 120, 13):
        write(n)
    os.utime(folder)
    ix.sync()
    ix.close()
    return lib


def answers(lib: Library) -> dict:
    """Every query's total, facets, hits and scores, and the timeline counts, from a
    freshly opened index."""
    ix = SearchIndex(lib)
    try:
        out = {}
        for q in QUERIES:
            r = ix.search(q, limit=15, snippets=0)
            out[q] = (r.total, r.facets, [(h.id, round(h.score, 9)) for h in r.hits])
            out[q, "counts"] = ix.date_source_counts(q)
        return out
    finally:
        ix.close()


@pytest.fixture(scope="module")
def expected(library):
    PRIVATE.reset()
    return answers(library)


@pytest.fixture
def fresh(monkeypatch):
    """The names looked up again once Whoosh is changed, and Whoosh's phrase matcher
    as it was afterwards."""
    PRIVATE.reset()
    scoring.uninstall_fast_phrases()
    yield
    scoring.uninstall_fast_phrases()  # before Whoosh's own methods are put back
    monkeypatch.undo()
    PRIVATE.reset()


def engine_warnings(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "belreader.search.engine" and r.levelno == logging.WARNING
    ]


def test_nothing_is_logged_with_the_whoosh_the_engine_was_checked_with(
    library, expected, fresh, caplog
):
    assert all(PRIVATE.usable(path) for path in private_api.FAST_PATHS)
    assert answers(library) == expected
    assert engine_warnings(caplog) == []


def rename(monkeypatch, classes, old: str, new: str) -> None:
    """What a Whoosh release that renames the private ``old`` to ``new`` in ``classes``
    looks like: a method moves to its new name, and every method of those classes that
    used the old name (a method or an instance attribute) uses the new one. Whoosh's
    own code keeps working; code that reaches in by the old name does not."""
    for cls in classes:
        if old in vars(cls):
            monkeypatch.setattr(cls, new, vars(cls)[old], raising=False)
            monkeypatch.delattr(cls, old)
        for name, fn in list(vars(cls).items()):
            code = getattr(fn, "__code__", None)
            if code is None or old not in code.co_names:
                continue
            names = tuple(new if n == old else n for n in code.co_names)
            clone = types.FunctionType(
                code.replace(co_names=names),
                fn.__globals__,
                fn.__name__,
                fn.__defaults__,
                fn.__closure__,
            )
            monkeypatch.setattr(cls, name, clone)


def whoosh_classes(module) -> list[type]:
    """The classes ``module`` defines, and the classes defined in them."""
    found = [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type) and obj.__module__ == module.__name__
    ]
    return found + [
        inner for cls in found for inner in vars(cls).values() if isinstance(inner, type)
    ]


def _read_data_renamed(monkeypatch):
    rename(monkeypatch, [whoosh3.W3LeafMatcher], "_read_data", "_load_block")


def _blocklength_renamed(monkeypatch):
    # an attribute set per instance: only met when the block evaluator reads it
    rename(monkeypatch, [whoosh3.W3LeafMatcher], "_blocklength", "_block_length")


def _cached_reader_renamed(monkeypatch):
    rename(monkeypatch, [whoosh3.W3PerDocReader], "_cached_reader", "_column_reader")


def _fixedlen_renamed(monkeypatch):
    rename(monkeypatch, whoosh_classes(columns), "_fixedlen", "_width")


def _long_to_datetime_moved(monkeypatch):
    from whoosh.util import times

    monkeypatch.delattr(times, "long_to_datetime")


@pytest.mark.parametrize(
    "change, fast_path",
    [
        (_read_data_renamed, "block evaluator"),
        (_blocklength_renamed, "block evaluator"),
        (_cached_reader_renamed, "BM25F length norms"),
        (_fixedlen_renamed, "BM25F length norms"),
        (_long_to_datetime_moved, "date filter from the date column"),
    ],
)
def test_a_changed_private_name_falls_back_to_whoosh(
    library, expected, fresh, monkeypatch, caplog, change, fast_path
):
    change(monkeypatch)
    assert answers(library) == expected  # and no IndexDamaged
    warnings = engine_warnings(caplog)
    assert len(warnings) == 1, warnings  # once, for every query after it
    assert fast_path in warnings[0] and "whoosh-reloaded >=2.7.5,<2.8" in warnings[0]


def test_phrases_fall_back_to_whoosh_s_matcher(library, expected, fresh, monkeypatch, caplog):
    """Without the block evaluator, phrases go through Whoosh's SpanNear2 matcher. When
    its attributes are renamed, the phrase patch runs Whoosh's own ``_get_spans``."""
    monkeypatch.setattr(evaluate, "evaluate", lambda *a, **k: None)
    rename(monkeypatch, [spans.SpanNear2.SpanNear2Matcher], "mindist", "min_distance")
    assert answers(library) == expected
    warnings = engine_warnings(caplog)
    assert len(warnings) == 1 and "phrase positions" in warnings[0]


def test_phrases_are_left_to_whoosh_when_a_name_is_gone(
    library, expected, fresh, monkeypatch, caplog
):
    monkeypatch.setattr(evaluate, "evaluate", lambda *a, **k: None)
    rename(monkeypatch, whoosh_classes(spans), "_get_spans", "_matching_spans")
    assert answers(library) == expected
    assert getattr(spans.SpanNear2.SpanNear2Matcher, "_belreader_original", None) is None
    warnings = engine_warnings(caplog)
    assert len(warnings) == 1 and "phrase positions" in warnings[0]


def test_a_renamed_collector_attribute_falls_back_to_whoosh_s_search(
    library, expected, fresh, monkeypatch, caplog
):
    monkeypatch.setattr(evaluate, "evaluate", lambda *a, **k: None)
    rename(monkeypatch, whoosh_classes(collectors), "offset", "docoffset")
    assert answers(library) == expected
    warnings = engine_warnings(caplog)
    assert len(warnings) == 1 and "top-and-count collector" in warnings[0]


def test_a_build_with_a_changed_writer_uses_whoosh_s_own(tmp_path, fresh, monkeypatch, caplog):
    """A Whoosh whose SegmentWriter renamed what the workers' writer and the commit in
    steps reach into: the sync indexes in one process and commits with Whoosh's own
    ``commit``; the index answers as one built the fast way."""
    monkeypatch.setenv("BELREADER_INDEX_PROCS", "2")

    def build(where):
        write_corpus(where / "c", 210)
        lib = Library(index_dir=where / "ix", data_dir=where / "d", corpora=[where / "c"])
        ix = SearchIndex(lib)
        report = ix.sync()
        ix.close()
        assert report.added == 210
        return lib

    fast = answers(build(tmp_path / "fast"))
    assert engine_warnings(caplog) == []
    rename(monkeypatch, whoosh_classes(writing), "_check_fields", "_check_names")
    rename(monkeypatch, whoosh_classes(writing), "_merge_segments", "_apply_merge_policy")
    PRIVATE.reset()
    assert answers(build(tmp_path / "slow")) == fast
    warnings = engine_warnings(caplog)
    assert len(warnings) == 2, warnings
    assert "parallel build" in warnings[0] and "commit in steps" in warnings[1]
