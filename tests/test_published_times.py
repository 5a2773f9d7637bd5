"""The time of day an outlet states beside its date (issue 19: "republished sixteen
minutes later"): read by every ingest path, kept by the index and the stories file,
used to order a story's copies, shown in the folded copies line and in --json; and an
index made before times were kept is rebuilt, with a note, not misread."""

from __future__ import annotations

import json
from datetime import UTC, date, time, timedelta, timezone

import pytest

from belreader.cli import main
from belreader.ingest import read_articles
from belreader.ingest.dates import Dated, _dateline, find_clock, parse_date_time
from belreader.library import Library
from belreader.published import order_key, when_beside, when_text
from belreader.results import Hit
from belreader.stories.fold import copies_line, fold
from belreader.stories.reader import Copy
from belreader.stories.store import StoryStore
from tests.test_stories import COPIES, STORY, art

MSK = timezone(timedelta(hours=3))
EDT = timezone(timedelta(hours=-4))


# -- reading a stated time -------------------------------------------------------------
@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-08-27T16:04:00+03:00", Dated(date(2024, 8, 27), time(16, 4, tzinfo=MSK))),
        ("2024-08-27T16:04:00.250+0300", Dated(date(2024, 8, 27), time(16, 4, tzinfo=MSK))),
        ("2024-08-27T13:04:00Z", Dated(date(2024, 8, 27), time(13, 4, tzinfo=UTC))),
        ("2024-08-27 16:04", Dated(date(2024, 8, 27), time(16, 4))),
        ("Tue, 27 Aug 2024 16:04:00 +0300", Dated(date(2024, 8, 27), time(16, 4, tzinfo=MSK))),
        ("Tue, 27 Aug 2024 12:04:00 EDT", Dated(date(2024, 8, 27), time(12, 4, tzinfo=EDT))),
        ("15 сентября 2025, 14:30", Dated(date(2025, 9, 15), time(14, 30))),
        ("15 сентября 2025 г., 14:30 (МСК)", Dated(date(2025, 9, 15), time(14, 30, tzinfo=MSK))),
        ("27.08.2024 09:15", Dated(date(2024, 8, 27), time(9, 15))),
        # no time stated: none made up
        ("2024-08-27", Dated(date(2024, 8, 27), None)),
        ("August 27, 2024", Dated(date(2024, 8, 27), None)),
        ("15 сентября 2025 года", Dated(date(2025, 9, 15), None)),
        # what a system writes for a date alone (htmldate included) is a date alone
        ("2024-08-27T00:00:00", Dated(date(2024, 8, 27), None)),
        ("2024-08-27T00:00:00+03:00", Dated(date(2024, 8, 27), None)),
        # a time that cannot be one is no time; an ambiguous zone name gives no offset
        ("2024-08-27 25:04", Dated(date(2024, 8, 27), None)),
        ("Aug 27, 2024 4:19 PM CST", Dated(date(2024, 8, 27), time(16, 19))),
    ],
)
def test_a_date_value_keeps_the_time_it_states_and_invents_none(value, expected):
    assert parse_date_time(value) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("4:19 PM EDT, August 27, 2024", Dated(date(2024, 8, 27), time(16, 19, tzinfo=EDT))),
        ("Published 12:05 a.m. GMT on 27 August 2024", None),  # checked below
        ("August 27, 2024", Dated(date(2024, 8, 27), None)),
        (
            "Обновлено: 15 сентября 2025, 14:30 мск",
            Dated(date(2025, 9, 15), time(14, 30, tzinfo=MSK)),
        ),
    ],
)
def test_a_dateline_keeps_its_time(line, expected):
    if expected is None:
        assert _dateline(line) == Dated(date(2024, 8, 27), time(0, 5, tzinfo=UTC))
    else:
        assert _dateline(line) == expected


def test_twelve_oclock_am_and_pm():
    assert find_clock("12:05 AM") == time(0, 5)
    assert find_clock("12:05 PM") == time(12, 5)
    assert find_clock("13:05 PM") is None  # not a 12-hour time
    assert find_clock("no time here, 2024") is None


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def one_article(path, _root=None):
    (article,) = read_articles(path).articles
    return article


def test_front_matter_time_reaches_the_article(tmp_path):
    path = write(
        tmp_path,
        "a.md",
        "---\ntitle: T\ndate: 2024-08-27T16:04:00+03:00\n---\n\nBody text of the story here.\n",
    )
    article = one_article(path, tmp_path)
    assert (article.date, article.time) == (date(2024, 8, 27), time(16, 4, tzinfo=MSK))


def test_a_dateline_line_dates_and_times_the_article(tmp_path):
    path = write(
        tmp_path,
        "a.txt",
        "Workers down tools\n\n4:19 PM EDT, August 27, 2024\n\nThe workers stopped on Monday.\n",
    )
    article = one_article(path, tmp_path)
    assert (article.date, article.time) == (date(2024, 8, 27), time(16, 19, tzinfo=EDT))
    assert "4:19" not in article.body


def test_a_date_without_time_takes_the_time_of_a_dateline_of_that_day_only(tmp_path):
    same = write(
        tmp_path,
        "same.txt",
        "---\ndate: 2024-08-27\n---\n\nTitle line\n\n4:19 PM EDT, August 27, 2024\n\nBody here.\n",
    )
    other = write(
        tmp_path,
        "other.txt",
        "---\ndate: 2024-08-28\n---\n\nTitle line\n\n4:19 PM EDT, August 27, 2024\n\nBody here.\n",
    )
    assert one_article(same, tmp_path).time == time(16, 19, tzinfo=EDT)
    dated = one_article(other, tmp_path)
    assert (dated.date, dated.time) == (date(2024, 8, 28), None)  # never mixed


def test_a_date_alone_stays_without_time(tmp_path):
    path = write(tmp_path, "a.txt", "---\ndate: 2024-08-27\n---\n\nTitle\n\nBody here.\n")
    article = one_article(path, tmp_path)
    assert (article.date, article.time) == (date(2024, 8, 27), None)


PAGE = """<html><head><title>Walk-out</title>{meta}</head><body><article>
<h1>Walk-out at the Hrodna tractor plant</h1><p>{body}</p></article></body></html>"""


def test_a_page_keeps_the_time_its_metadata_states(tmp_path):
    body = "Workers at the Hrodna tractor plant stopped work on Tuesday. " * 12
    timed = write(
        tmp_path,
        "timed.html",
        PAGE.format(
            meta='<meta property="article:published_time" content="2024-08-27T16:04:00+03:00">',
            body=body,
        ),
    )
    untimed = write(
        tmp_path,
        "untimed.html",
        PAGE.format(
            meta='<meta property="article:published_time" content="2024-08-27">', body=body
        ),
    )
    a = one_article(timed, tmp_path)
    assert (a.date, a.time) == (date(2024, 8, 27), time(16, 4, tzinfo=MSK))
    b = one_article(untimed, tmp_path)
    assert (b.date, b.time) == (date(2024, 8, 27), None)


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Walk-out</title><link>https://wire.example/1</link>
<pubDate>Tue, 27 Aug 2024 00:30:00 +0300</pubDate>
<description>Workers at the Hrodna tractor plant stopped work on Tuesday.</description></item>
</channel></rss>"""


def test_a_feed_entry_keeps_its_stated_day_time_and_offset(tmp_path):
    # feedparser's parsed form is UTC: 26 August, 21:30. The feed says the 27th.
    path = write(tmp_path, "wire.rss", FEED)
    article = one_article(path, tmp_path)
    assert (article.date, article.time) == (date(2024, 8, 27), time(0, 30, tzinfo=MSK))


def test_a_dump_epoch_is_an_instant_in_utc(tmp_path):
    path = write(
        tmp_path,
        "dump.jsonl",
        json.dumps({"title": "T", "text": "Workers stopped work.", "date": 1724763840}) + "\n",
    )
    article = one_article(path, tmp_path)
    assert (article.date, article.time) == (date(2024, 8, 27), time(13, 4, tzinfo=UTC))


# -- ordering and display ---------------------------------------------------------------
def test_same_day_copies_are_ordered_by_time_utc_where_an_offset_is_stated():
    day = date(2024, 8, 27)
    keys = {
        "agency 15:48 MSK": order_key(day, time(15, 48, tzinfo=MSK)),  # 12:48 UTC
        "mail 16:04 MSK": order_key(day, time(16, 4, tzinfo=MSK)),  # 13:04 UTC
        "wire 14:30 UTC": order_key(day, time(14, 30, tzinfo=UTC)),
        "farm, no time": order_key(day, None),
        "blog, the day before": order_key(date(2024, 8, 26), time(23, 0)),
        "undated": order_key(None, None),
    }
    assert sorted(keys, key=keys.__getitem__) == [
        "blog, the day before",
        "agency 15:48 MSK",
        "mail 16:04 MSK",
        "wire 14:30 UTC",
        "farm, no time",  # after the day's timed copies: its time is not known
        "undated",
    ]
    # an offset that moves the moment to the day before orders it there
    assert order_key(date(2024, 8, 27), time(1, 0, tzinfo=MSK)) < order_key(
        date(2024, 8, 26), time(23, 0, tzinfo=UTC)
    )


def test_the_folded_line_names_each_copy_by_time_on_the_leads_day():
    lead = Hit(
        "a", "a", "Walk-out", "Agency", date(2024, 8, 27), 1.0, time=time(15, 48, tzinfo=MSK)
    )
    copies = [
        Copy("m", "Strike", "Daily Mail", date(2024, 8, 27), "m", time(16, 4, tzinfo=MSK)),
        Copy("w", "Strike", "Wire", date(2024, 8, 27), "w", time(14, 30, tzinfo=UTC)),
        Copy("f", "Strike", "Farm", date(2024, 8, 27), "f"),
        Copy("b", "Strike", "Blog", date(2024, 12, 5), "b", time(16, 4)),
        Copy("o", "Strike", "Old", date(2023, 12, 5), "o"),
        Copy("u", "Strike", "Undated", None, "u"),
    ]
    assert copies_line(copies, lead, shown=6) == (
        "+6 copies: Daily Mail 16:04, Wire 14:30 UTC, Farm 27 Aug, Blog 5 Dec 16:04,"
        " Old 5 Dec 2023, Undated (undated)"
    )
    assert copies_line(copies[:1], lead) == "+1 copy: Daily Mail 16:04"
    assert when_text(date(2024, 8, 27), time(16, 4, tzinfo=MSK)) == "2024-08-27 16:04 UTC+3"
    assert when_text(date(2024, 8, 27), None) == "2024-08-27"
    assert (
        when_beside(
            date(2024, 8, 27),
            time(9, 5, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            date(2024, 8, 27),
            None,
        )
        == "09:05 UTC+5:30"
    )


def test_fold_leads_with_the_earliest_copy_of_the_day_by_time(tmp_path):
    store = StoryStore(tmp_path)
    day = date(2025, 3, 4)
    store.update(
        [
            art("mail", COPIES["lead-in"], day=day, source="Daily Mail"),
            art("agency", STORY, day=day, source="Agency"),
            art("farm", COPIES["ending-cut"], day=day, source="Farm"),
        ],
        [],
        fresh=True,
    )
    # the store keeps the times given with the articles
    store.db.execute("UPDATE articles SET clock='16:04:00+03:00' WHERE id='mail'")
    store.db.execute("UPDATE articles SET clock='15:48:00+03:00' WHERE id='agency'")
    store.db.commit()

    def hit(aid, clock=None):
        return Hit(aid, aid, aid, aid, day, 1.0, time=clock)

    (folded,) = fold(
        [
            hit("mail", time(16, 4, tzinfo=MSK)),
            hit("farm"),
            hit("agency", time(15, 48, tzinfo=MSK)),
        ],
        store,
    )
    assert folded.hit.id == "agency"
    assert [c.id for c in folded.copies] == ["mail", "farm"]
    assert folded.copies[0].time == time(16, 4, tzinfo=MSK)
    store.close()


# -- the CLI end to end -------------------------------------------------------------------
def _write(folder, name, title, paragraphs, *, source, when=None):
    when_line = f"date: {when}\n" if when else ""
    text = f"---\ntitle: {title}\nsource: {source}\n{when_line}---\n\n" + "\n\n".join(paragraphs)
    (folder / name).write_text(text, "utf-8")


def timed_corpus(folder) -> None:
    """One story carried four times on one day: the agency's copy first (12:48 UTC),
    the Daily Mail's sixteen minutes later, a wire copy later still though its clock
    reads earlier (another zone), and a farm's that states no time."""
    _write(
        folder,
        "mail.txt",
        "Tractor workers down tools",
        COPIES["lead-in"],
        source="Daily Mail",
        when="2025-03-04T16:04:00+03:00",
    )
    _write(
        folder,
        "agency.txt",
        "Walk-out at the Hrodna tractor plant",
        STORY,
        source="Agency",
        when="2025-03-04T15:48:00+03:00",
    )
    _write(
        folder,
        "wire.txt",
        "Hrodna plant strike",
        COPIES["reordered"],
        source="Wire",
        when="2025-03-04T14:30:00Z",
    )
    _write(
        folder,
        "farm.txt",
        "Hrodna strike latest",
        COPIES["ending-cut"],
        source="Farm",
        when="2025-03-04",
    )


@pytest.fixture
def lib(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    timed_corpus(folder)
    library = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    library.save()
    return library


@pytest.fixture
def cli(lib, capsys):
    def run(*args: str):
        code = main([*args, "--index", str(lib.index_dir), "--data", str(lib.data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_search_json_gives_each_copy_its_time_earliest_first(cli):
    code, out, _ = cli("search", "Hrodna", "--json")
    assert code == 0
    (story,) = json.loads(out)["hits"]
    assert (story["source"], story["date"], story["time"]) == (
        "Agency",
        "2025-03-04",
        "15:48:00+03:00",
    )
    assert [(c["source"], c["time"]) for c in story["copies"]] == [
        ("Daily Mail", "16:04:00+03:00"),
        ("Wire", "14:30:00+00:00"),
        ("Farm", None),
    ]


def test_all_copies_gives_every_copy_its_time(cli):
    code, out, _ = cli("search", "Hrodna", "--json", "--all-copies")
    times = {h["source"]: h["time"] for h in json.loads(out)["hits"]}
    assert times == {
        "Agency": "15:48:00+03:00",
        "Daily Mail": "16:04:00+03:00",
        "Wire": "14:30:00+00:00",
        "Farm": None,
    }


def test_human_output_shows_the_times(cli):
    code, out, _ = cli("search", "Hrodna")
    assert "Agency · 2025-03-04 15:48 UTC+3 · " in out
    assert "+3 copies: Daily Mail 16:04, Wire 14:30 UTC, Farm 4 Mar" in out
    assert all(len(row) <= 80 for row in out.splitlines() if "copies" in row)


def test_an_index_made_before_times_were_kept_is_rebuilt_with_a_note(cli, lib, monkeypatch):
    """An index of the previous schema (no stored times) is rebuilt by the next sync,
    which says so once; nothing is lost and the times appear."""
    from belreader.search import manifest, schema

    # the previous version: its manifest says schema 2, and its documents hold no time
    monkeypatch.setattr(manifest, "SCHEMA_VERSION", schema.SCHEMA_VERSION - 1)
    monkeypatch.setattr(schema, "clock_to_text", lambda clock: None)
    code, _, err = cli("index")
    assert code == 0 and "was made by" not in err
    monkeypatch.undo()

    code, out, err = cli("search", "Hrodna", "--json")
    assert code == 0
    assert (
        f"the index was made by an older belreader (index format {schema.SCHEMA_VERSION - 1},"
        f" this one uses {schema.SCHEMA_VERSION}): it was rebuilt" in err
    )
    data = json.loads(out)
    assert data["total"] == 4 and data["hits"][0]["time"] == "15:48:00+03:00"
    code, _, err = cli("search", "Hrodna")  # said once, not at every search
    assert code == 0 and "was made by" not in err


def test_a_stories_file_of_the_previous_format_is_rebuilt_with_times(cli, lib):
    import sqlite3

    from belreader.stories.reader import FORMAT, STORE_FILE

    cli("index")
    path = lib.index_dir / STORE_FILE
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value=? WHERE key='format'", (FORMAT - 1,))
    db.execute("UPDATE articles SET clock=NULL")
    db.commit()
    db.close()
    code, out, _ = cli("search", "Hrodna", "--json")
    (story,) = json.loads(out)["hits"]
    assert [c["time"] for c in story["copies"]] == ["16:04:00+03:00", "14:30:00+00:00", None]


# -- the app ------------------------------------------------------------------------------
async def test_the_app_folds_copies_by_time_and_shows_the_time(lib):
    from belreader.tui.app import BelreaderApp
    from belreader.tui.widgets.article import ArticleView
    from belreader.tui.widgets.results import ResultList

    from .test_app import search, wait_ready

    app = BelreaderApp(lib)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        lst = app.query_one(ResultList)
        (row,) = [str(lst.get_option_at_index(i).prompt) for i in range(lst.option_count)]
        assert row.startswith(
            "Walk-out at the Hrodna tractor plant\nAgency · 2025-03-04 15:48 UTC+3"
        )
        assert "+3 copies: Daily Mail 16:04, Wire 14:30 UTC, Farm 4 Mar · e lists them" in row
        lst.highlighted = 0
        lst.focus()
        await pilot.press("e")
        await pilot.pause()
        copies = [str(lst.get_option_at_index(i).prompt) for i in range(1, lst.option_count)]
        assert copies == [
            "  ↳ Tractor workers down tools · Daily Mail · 2025-03-04 16:04 UTC+3",
            "  ↳ Hrodna plant strike · Wire · 2025-03-04 14:30 UTC",
            "  ↳ Hrodna strike latest · Farm · 2025-03-04",
        ]
        lst.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        head = app.query_one(ArticleView)._head_text().plain
        assert "Agency · 2025-03-04 15:48 UTC+3 · " in head
        app.save_screenshot("/tmp/times120.svg")


async def test_at_80_columns_the_one_line_rows_keep_the_time_and_the_title(lib):
    from belreader.tui.app import BelreaderApp
    from belreader.tui.widgets.results import ResultList

    from .test_app import search, wait_ready

    app = BelreaderApp(lib)
    async with app.run_test(size=(80, 30)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        lst = app.query_one(ResultList)
        lst.highlighted = 0
        lst.focus()
        await pilot.press("e")
        await pilot.pause()
        rows = [str(lst.get_option_at_index(i).prompt) for i in range(lst.option_count)]
        app.save_screenshot("/tmp/times80.svg")
        assert rows[0].endswith(" · Agency · 2025-03-04 15:48 · +3 (e folds)")
        # a copy's one-line row says when beside the lead, as the copies line does
        assert rows[1:] == [
            "  ↳ Tractor workers down tools · Daily Mail · 16:04",
            "  ↳ Hrodna plant strike · Wire · 14:30 UTC",
            "  ↳ Hrodna strike latest · Farm · 4 Mar",
        ]
        assert all(len(r) <= 78 for r in rows)  # the list's width less its padding
        assert rows[0].startswith("Walk-out at the Hrodna tracto…")


async def test_the_app_opens_an_old_index_then_rebuilds_it_and_says_so(cli, lib, monkeypatch):
    """The app shows an index of the previous schema at once (no times in it), the
    sync that follows rebuilds it, says so once, and the list then shows the times."""
    from belreader.search import manifest, schema
    from belreader.tui.app import BelreaderApp
    from belreader.tui.widgets.results import ResultList

    from .test_app import search, wait_ready
    from .test_app_indexing import wait_for

    monkeypatch.setattr(manifest, "SCHEMA_VERSION", schema.SCHEMA_VERSION - 1)
    monkeypatch.setattr(schema, "clock_to_text", lambda clock: None)
    cli("index")
    monkeypatch.undo()

    app = BelreaderApp(lib)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await wait_for(
            pilot,
            lambda: any("made by an older belreader" in n.message for n in app._notifications),
            timeout=30,
            what="the rebuild notice",
        )
        (notice,) = [n.message for n in app._notifications if "older belreader" in n.message]
        assert notice.startswith("The index was made by an older belreader (index format")
        assert not [n for n in app._notifications if n.severity == "error"]
        await app.workers.wait_for_complete()
        await search(app, pilot, "Hrodna")
        lst = app.query_one(ResultList)
        assert "Agency · 2025-03-04 15:48 UTC+3" in str(lst.get_option_at_index(0).prompt)


def test_promote_earliest_weighs_the_time_of_a_copy_beyond_the_page():
    from belreader.stories.fold import FoldedHit, promote_earliest

    day = date(2025, 3, 4)
    lead = Hit("mail", "mail", "Strike", "Daily Mail", day, 1.0, time=time(16, 4, tzinfo=MSK))
    copies = [
        Copy("farm", "Strike", "Farm", day, "farm"),
        Copy("agency", "Walk-out", "Agency", day, "agency", time(15, 48, tzinfo=MSK)),
    ]
    folded = [FoldedHit(lead, 1, copies)]

    def make_hit(aid):
        return Hit(aid, aid, "Walk-out", "Agency", day, 0.0, time=time(15, 48, tzinfo=MSK))

    promote_earliest(folded, {"farm", "agency"}, make_hit)
    assert folded[0].hit.id == "agency"
    assert [(c.id, c.time) for c in folded[0].copies] == [
        ("mail", time(16, 4, tzinfo=MSK)),
        ("farm", None),
    ]


def test_the_kept_first_page_keeps_the_times(tmp_path):
    from belreader.first_page import read_first_page, write_first_page
    from belreader.results import Results

    hits = [
        Hit("a", "a", "A", "Agency", date(2025, 3, 4), 1.0, time=time(15, 48, tzinfo=MSK)),
        Hit("b", "b", "B", "Farm", date(2025, 3, 4), 0.5),
    ]
    write_first_page(tmp_path, Results("", 2, hits, {"Agency": 1, "Farm": 1}))
    kept = read_first_page(tmp_path)
    assert kept is not None
    assert [h.time for h in kept.hits] == [time(15, 48, tzinfo=MSK), None]
