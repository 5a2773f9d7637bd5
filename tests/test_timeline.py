"""The timeline: bucketing (pure), the index's per-(date, source) counts, and
`belreader timeline`. Bad input: future dates, 1900 datelines, one match, none,
nothing dated, every article on the same date."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from belreader import timeline as tl
from belreader.cli import main
from belreader.search import SearchIndex

from .timeline_corpus import ARTICLES, dated_library

D = date


# ------------------------------------------------------------------ periods


@pytest.mark.parametrize(
    "day, by, start, following",
    [
        (D(2024, 8, 27), "day", D(2024, 8, 27), D(2024, 8, 28)),
        (D(2024, 8, 27), "week", D(2024, 8, 26), D(2024, 9, 2)),  # ISO: Monday
        (D(2024, 9, 1), "week", D(2024, 8, 26), D(2024, 9, 2)),  # Sunday ends the week
        (D(2024, 12, 31), "month", D(2024, 12, 1), D(2025, 1, 1)),
        (D(2024, 2, 29), "month", D(2024, 2, 1), D(2024, 3, 1)),
        (D(2024, 8, 27), "year", D(2024, 1, 1), D(2025, 1, 1)),
    ],
)
def test_periods(day, by, start, following):
    assert tl.period_start(day, by) == start
    assert tl.next_start(start, by) == following


@pytest.mark.parametrize(
    "days, by",
    [
        (0, "day"),
        (61, "day"),
        (62, "week"),
        (400, "week"),
        (421, "month"),
        (1800, "month"),
        (1900, "year"),
    ],
)
def test_period_is_chosen_from_the_span(days, by):
    from datetime import timedelta

    first = D(2020, 1, 1)
    assert tl.choose_period(first, first + timedelta(days=days)) == by


def test_unknown_period_is_refused():
    with pytest.raises(ValueError, match="unknown period"):
        tl.build({(D(2024, 1, 1), "a"): 1}, "fortnight")


# ------------------------------------------------------------------ buckets


def test_buckets_are_contiguous_split_by_source_and_add_up():
    counts = {
        (D(2024, 1, 5), "A"): 3,
        (D(2024, 1, 20), "B"): 2,
        (D(2024, 3, 2), "A"): 1,
        (None, "B"): 4,
    }
    t = tl.build(counts, "month")
    assert [(b.start, b.end) for b in t.buckets] == [
        (D(2024, 1, 1), D(2024, 1, 31)),
        (D(2024, 2, 1), D(2024, 2, 29)),
        (D(2024, 3, 1), D(2024, 3, 31)),
    ]
    assert [b.by_source for b in t.buckets] == [{"A": 3, "B": 2}, {}, {"A": 1}]
    assert (t.dated, t.undated, t.total) == (6, 4, 10)
    assert t.sources == ["A", "B"]


def test_pairs_are_counted_like_a_mapping():
    pairs = [(D(2024, 1, 5), "A"), (D(2024, 1, 5), "A"), (None, None)]
    t = tl.build(pairs)
    assert [b.by_source for b in t.buckets] == [{"A": 2}]
    assert t.undated == 1


def test_a_missing_source_is_named_unknown():
    t = tl.build({(D(2024, 1, 5), None): 2})
    assert t.buckets[0].by_source == {"unknown": 2}


def test_no_matches():
    t = tl.build({})
    assert (t.buckets, t.outliers, t.total, t.span) == ([], [], 0, None)
    assert t.to_json("x") == {"query": "x", "by": "month", "buckets": [], "undated": 0}
    assert "nothing dated" in tl.render_text(t, title="x")


def test_nothing_dated_is_counted_apart_never_placed():
    t = tl.build({(None, "A"): 7, (None, "B"): 5})
    assert t.buckets == [] and t.undated == 12
    assert t.notes() == ["12 undated (not on the chart)"]
    assert t.to_json("q")["buckets"] == []


def test_one_match():
    t = tl.build({(D(2024, 8, 27), "A"): 1})
    assert t.by == "day"
    assert [(b.start, b.total) for b in t.buckets] == [(D(2024, 8, 27), 1)]
    assert t.stack(t.buckets[0], 40) == [(0, 40)]


def test_every_article_on_the_same_date_at_100k():
    t = tl.build({(D(2024, 8, 27), "A"): 60_000, (D(2024, 8, 27), "B"): 40_000})
    assert t.by == "day" and len(t.buckets) == 1 and t.outliers == []
    assert t.buckets[0].total == 100_000
    assert t.stack(t.buckets[0], 50) == [(0, 30), (1, 20)]
    assert tl.describe(t) == "100,000 dated, by day, 2024-08-27 to 2024-08-27"


def test_1900_datelines_are_kept_apart_and_noted_not_stretching_the_view():
    counts = Counter()
    for month in range(1, 13):
        counts[(D(2024, month, 10), "A")] += 10
    counts[(D(1900, 1, 1), "A")] += 2
    t = tl.build(counts)
    assert t.by == "week"  # 2024 by week, not 125 years by year
    assert t.span == (D(2024, 1, 8), D(2024, 12, 15))
    assert [(b.start, b.total) for b in t.outliers] == [(D(1900, 1, 1), 2)]
    assert t.dated == 122
    assert any("far before the rest" in n and "1900-01-01 (2)" in n for n in t.notes())
    # shown: every dated article is in a bucket of the JSON, the outlier first
    data = t.to_json("q")
    assert sum(b["total"] for b in data["buckets"]) == 122
    assert data["buckets"][0] == {
        "start": "1900-01-01",
        "end": "1900-01-07",
        "total": 2,
        "by_source": {"A": 2},
    }
    # and the whole span on request
    whole = tl.build(counts, whole_span=True)
    assert whole.by == "year" and whole.outliers == [] and whole.span[0] == D(1900, 1, 1)


def test_dates_far_apart_but_not_a_small_minority_are_not_outliers():
    # 40% in 2019 is part of the story, not a wrong dateline
    counts = {(D(2019, 3, 1), "A"): 40, (D(2024, 3, 1), "A"): 60}
    assert tl.build(counts).outliers == []
    # two articles a century apart: neither can be called the odd one
    assert tl.build({(D(1900, 1, 1), "A"): 1, (D(2024, 1, 1), "A"): 1}).outliers == []


def test_a_few_articles_with_one_misdated():
    t = tl.build({(D(2024, 1, 5), "A"): 1, (D(2024, 2, 5), "A"): 1, (D(1900, 6, 1), "A"): 1})
    assert t.span[0] >= D(2024, 1, 1) and t.outlier_count == 1


def test_future_dates_are_shown_and_noted():
    today = D(2024, 6, 1)
    counts = {(D(2024, m, 1), "A"): 5 for m in range(1, 6)} | {(D(2024, 7, 1), "A"): 2}
    t = tl.build(counts, today=today)
    assert t.future == 2 and t.outliers == []  # a month ahead: in the view
    assert t.span[1] == D(2024, 7, 7)  # by week
    assert "2 articles dated in the future (latest 2024-07-01)" in t.notes()
    far = tl.build(counts | {(D(2099, 1, 1), "A"): 1}, today=today)
    assert far.future == 3 and far.outlier_count == 1 and far.span[1] == D(2024, 7, 7)
    assert any("far after the rest" in n for n in far.notes())


def test_a_period_too_fine_for_the_span_is_refused_with_a_reason():
    with pytest.raises(tl.PeriodTooFine, match="longer period"):
        tl.build({(D(2000, 1, 1), "A"): 50, (D(2024, 1, 1), "A"): 50}, "day")


def test_stacks_add_up_to_the_bar_and_small_parts_are_not_lost():
    t = tl.build({(D(2024, 1, 1), "A"): 97, (D(2024, 1, 1), "B"): 3, (D(2024, 1, 2), "B"): 1})
    big, small = t.buckets
    assert sum(c for _, c in t.stack(big, 40)) == 40
    assert t.stack(big, 40) == [(0, 39), (1, 1)]
    assert t.stack(small, 40) == [(1, 1)]  # 1 of 100 still shows


def test_more_sources_than_glyphs_share_one_as_other_sources():
    counts = {(D(2024, 1, 1), name): n for name, n in zip("ABCDEF", (9, 8, 7, 6, 5, 4))}
    t = tl.build(counts)
    assert [name for _, name, _ in t.legend()] == ["A", "B", "C", tl.OTHER_SOURCES]
    assert t.legend()[-1][2] == 6 + 5 + 4
    assert t.bar_text(t.buckets[0], 39) == "█" * 9 + "▓" * 8 + "▒" * 7 + "░" * 15


def test_text_chart_folds_empty_runs_and_notes_what_it_leaves_out():
    counts = {(D(2024, 1, 1), "A"): 4, (D(2024, 1, 30), "B"): 2, (None, "A"): 3}
    text = tl.render_text(tl.build(counts, "day"), title="T", width=80)
    lines = text.splitlines()
    assert lines[0] == "T"
    assert lines[1].startswith("2024-01-01 │████") and lines[1].endswith(" 4")
    assert lines[2].endswith("28 days without articles (2024-01-02 to 2024-01-29)")
    assert lines[3].startswith("2024-01-30 │▓▓") and lines[3].endswith(" 2")
    assert "3 undated (not on the chart)" in lines
    assert all(len(line) <= 80 for line in lines[1:4])
    narrow = tl.render_text(tl.build(counts, "day"), title="T", width=40).splitlines()
    assert narrow[2].endswith("28 days without articles") and max(map(len, narrow[1:4])) <= 40


@pytest.mark.parametrize(
    "by, start, fragment",
    [
        ("day", D(2024, 3, 9), "date:2024-03-09"),
        ("week", D(2024, 3, 4), "date:[2024-03-04 to 2024-03-10]"),
        ("month", D(2024, 3, 1), "date:2024-03"),
        ("year", D(2024, 1, 1), "date:2024"),
    ],
)
def test_query_fragment_names_the_period(by, start, fragment):
    from datetime import timedelta

    bucket = tl.Bucket(start, tl.next_start(start, by) - timedelta(days=1), by)
    assert bucket.query_fragment() == fragment


# ------------------------------------------------------------------ the index


@pytest.fixture
def dated_index(tmp_path):
    ix = SearchIndex(dated_library(tmp_path))
    ix.sync()
    yield ix
    ix.close()


def _counts_from_stored(ix, query, source=None):
    hits = ix.search(query, source=source, limit=1000, snippets=0).hits
    return dict(Counter((h.date, h.source) for h in hits))


@pytest.mark.parametrize(
    "query, source",
    [
        ("", None),
        ("mobilisation", None),
        ("mobilisation", "East Wire"),
        ("mobilisation date:2024", None),
        ("mobilisation NOT officials", None),
        ("title:mobilisation OR minsk", None),
        ("nothingmatchesthis", None),
        ('"mobilisation notices"', None),
        ("mobilis*", "Minsk Daily"),
        ("date:2024-03", None),
    ],
)
def test_index_counts_match_the_search(dated_index, query, source):
    assert dated_index.date_source_counts(query, source=source) == _counts_from_stored(
        dated_index, query, source
    )


def test_index_counts_read_columns_not_stored_fields(dated_index, monkeypatch):
    s = dated_index.searcher()

    def refuse(*a, **k):
        raise AssertionError("stored fields were read")

    monkeypatch.setattr(s, "stored_fields", refuse, raising=False)
    monkeypatch.setattr(type(s.reader()), "stored_fields", refuse)
    from belreader.search import IndexDamaged

    with pytest.raises(IndexDamaged, match="AssertionError"):  # the trap is set: search reads them
        dated_index.search("mobilisation")
    counts = dated_index.date_source_counts("mobilisation")
    assert sum(counts.values()) == 14


def test_index_counts_after_a_deletion(dated_index, tmp_path):
    (tmp_path / "dated" / "article_00.md").unlink()
    dated_index.sync()
    counts = dated_index.date_source_counts("mobilisation")
    assert (D(2024, 1, 15), "Minsk Daily") not in counts
    assert counts == _counts_from_stored(dated_index, "mobilisation")


def test_every_bucket_filters_to_exactly_its_articles(dated_index):
    counts = dated_index.date_source_counts("mobilisation")
    for by in tl.PERIODS:
        t = tl.build(counts, by, whole_span=by == "year")
        for bucket in t.buckets + t.outliers:
            found = dated_index.search(f"mobilisation {bucket.query_fragment()}", limit=100).total
            assert found == bucket.total, (by, bucket.label)


def test_a_bad_query_is_a_query_error(dated_index):
    from belreader.search import QueryError

    with pytest.raises(QueryError):
        dated_index.date_source_counts("nosuchfield:x")


# ------------------------------------------------------------------ the CLI


@pytest.fixture
def dated_args(tmp_path):
    lib = dated_library(tmp_path)
    return ["--index", str(lib.index_dir), "--data", str(lib.data_dir)]


def test_cli_json_has_exactly_the_issue_shape(dated_args, capsys):
    assert main(["timeline", "mobilisation", "--json", *dated_args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["query", "by", "buckets", "undated"]
    assert data["query"] == "mobilisation" and data["by"] == "week" and data["undated"] == 2
    for b in data["buckets"]:
        assert list(b) == ["start", "end", "total", "by_source"]
        assert b["total"] == sum(b["by_source"].values())
    dated = sum(1 for d, _, t in ARTICLES if d is not None and "obilisation" in t)
    assert sum(b["total"] for b in data["buckets"]) == dated
    assert data["buckets"][0]["start"] == "1900-01-01"  # the outliers are in it, in order
    assert data["buckets"][-1]["start"] == "2099-04-27"


def test_cli_by_source_and_speaker(dated_args, capsys):
    assert (
        main(
            [
                "timeline",
                "mobilisation",
                "--by",
                "year",
                "--source",
                "East Wire",
                "--json",
                *dated_args,
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["by"] == "year"
    assert {s for b in data["buckets"] for s in b["by_source"]} == {"East Wire"}
    assert sum(b["total"] for b in data["buckets"]) == 4 and data["undated"] == 1


def test_cli_text_chart(dated_args, capsys):
    assert main(["timeline", "mobilisation", "--by", "month", *dated_args]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mobilisation: 14 articles; 10 dated, by month, 2024-01-01 to 2024-06-30")
    assert "\n2024-03 │" in out and "█ Border Watch" in out
    assert "dated far before the rest" in out and "dated in the future" in out
    assert "2 undated" in out


def test_cli_nothing_found_and_bad_input(dated_args, capsys):
    assert main(["timeline", "zzzznothing", *dated_args]) == 1
    assert "no articles match" in capsys.readouterr().out
    assert main(["timeline", "zzzznothing", "--json", *dated_args]) == 1
    assert json.loads(capsys.readouterr().out)["buckets"] == []
    assert main(["timeline", "nosuchfield:x", *dated_args]) == 2
    assert capsys.readouterr().err.startswith("belreader: bad query:")
    assert main(["timeline", "x", "--by", "fortnight", *dated_args]) == 2
    assert main(["timeline", "mobilisation", "--by", "day", "--all-dates", *dated_args]) == 2
    assert "longer period" in capsys.readouterr().err
    assert main(["timeline", "--speaker", '"', *dated_args]) == 2


def test_cli_speaker_counts_articles_quoting_them(tmp_path, capsys, library):
    args = ["--index", str(library.index_dir), "--data", str(library.data_dir)]
    assert main(["timeline", "--speaker", "Lukashenka", "--json", *args]) == 0
    spelled = json.loads(capsys.readouterr().out)
    assert spelled["query"] == 'speaker:"Lukashenka"'
    assert main(["timeline", "--speaker", "Alexander Lukashenko", "--json", *args]) == 0
    full = json.loads(capsys.readouterr().out)
    assert spelled["buckets"] == full["buckets"] and spelled["undated"] == full["undated"]
    total = sum(b["total"] for b in full["buckets"]) + full["undated"]
    assert total == SearchIndex(library).search('speaker:"Lukashenka"').total > 0
    assert main(["timeline", "NATO OR Russia", "--speaker", "Putin", "--json", *args]) == 0
    assert json.loads(capsys.readouterr().out)["query"] == '(NATO OR Russia) speaker:"Putin"'


def test_cli_nothing_dated(tmp_path, capsys):
    lib = dated_library(tmp_path, [(None, "A", "Undated one"), (None, "B", "Undated two")])
    args = ["--index", str(lib.index_dir), "--data", str(lib.data_dir)]
    assert main(["timeline", "undated", *args]) == 0
    out = capsys.readouterr().out
    assert "nothing dated to chart" in out and "2 undated" in out


def test_timeline_module_imports_neither_textual_nor_whoosh():
    import subprocess
    import sys

    code = (
        "import sys, belreader.timeline; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'whoosh'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_build_fitting_takes_the_finest_period_that_fits():
    counts = {(D(2024, 8, 27), "A"): 3, (D(2024, 10, 28), "A"): 2}
    assert tl.build(counts).by == "week"  # 10 weeks
    fitted = tl.build_fitting(counts, 7)
    assert fitted.by == "month" and [b.total for b in fitted.buckets] == [3, 0, 2]
    assert tl.build_fitting(counts, 10).by == "week"
    wide = {(D(1990, 1, 1), "A"): 50, (D(2024, 1, 1), "A"): 50}
    assert tl.build_fitting(wide, 3).by == "year"  # nothing fits: years, never an error


@pytest.mark.parametrize(
    "query, fragment, expected",
    [
        ("NATO", "date:2024-03", "NATO date:2024-03"),
        ("", "date:2024", "date:2024"),
        ("NATO date:2024", "date:2024-03", "NATO date:2024-03"),
        ("NATO date:[2024-01 to 2024-06] talks", "date:2024-03", "NATO talks date:2024-03"),
        (
            "date:>2024-09 NATO",
            "date:[2024-09-02 to 2024-09-08]",
            "NATO date:[2024-09-02 to 2024-09-08]",
        ),
        ("title:update NATO", "date:2024", "title:update NATO date:2024"),  # only date: terms go
    ],
)
def test_with_period_replaces_the_querys_own_dates(query, fragment, expected):
    from belreader.tui.screens.timeline import with_period

    assert with_period(query, fragment) == expected


def test_cli_a_library_all_on_one_date(tmp_path, capsys):
    lib = dated_library(
        tmp_path, [(D(2024, 8, 27), "ABCD"[n % 4], f"Report number {n}") for n in range(40)]
    )
    args = ["--index", str(lib.index_dir), "--data", str(lib.data_dir)]
    assert main(["timeline", "report", "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["by"] == "day" and data["undated"] == 0
    assert data["buckets"] == [
        {
            "start": "2024-08-27",
            "end": "2024-08-27",
            "total": 40,
            "by_source": {"A": 10, "B": 10, "C": 10, "D": 10},
        }
    ]
    assert main(["timeline", "report", *args]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("2024-08-27 │█") and out[1].endswith(" 40")


def test_cli_a_source_name_cannot_forge_chart_lines(dated_args, capsys, monkeypatch):
    forged = "Evil\n2031-01 │████████ 999\x1b[2J"
    monkeypatch.setattr(
        SearchIndex, "date_source_counts", lambda self, q, source=None: {(D(2024, 1, 5), forged): 2}
    )
    assert main(["timeline", "x", *dated_args]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert not any(line.startswith("2031-01") for line in out.splitlines())
    assert "Evil\\n2031-01" in out  # shown, on its own line's terms
    assert main(["timeline", "x", "--json", *dated_args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data["buckets"][0]["by_source"]) == [forged]  # JSON keeps it, escaped


@pytest.mark.parametrize("query", ["mobilisation", "date:[2024-01 to 2024-12] OR mobilisation"])
def test_index_counts_keep_the_search_deadline(dated_index, monkeypatch, query):
    from belreader.search import QueryError, limits
    from belreader.search.engine import evaluate

    assert sum(dated_index.date_source_counts(query).values()) > 0
    monkeypatch.setattr(limits, "QUERY_DEADLINE_SECONDS", -1.0)
    with pytest.raises(QueryError, match="stopped after"):
        dated_index.date_source_counts(query)
    monkeypatch.setattr(evaluate, "evaluate", lambda *args: None)  # whoosh's own matchers
    with pytest.raises(QueryError, match="stopped after"):
        dated_index.date_source_counts(query)
