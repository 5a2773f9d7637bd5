"""What an analyst meets walking through the app on a busy day (folded copies, the
timeline line, comparing a quotation), at the wide and the narrow size. Each test
stands for one rough edge found by using the app in a terminal; real key presses
(Pilot)."""

from __future__ import annotations

import pytest

from belreader.library import Library
from belreader.tui.app import BelreaderApp
from belreader.tui.widgets.results import ResultList

from .test_app import search, wait_ready
from .test_cli_stories import stories_corpus

SIZES = [(160, 45), (80, 24)]


@pytest.fixture
def app(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    stories_corpus(folder)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    return BelreaderApp(lib)


def is_lead(row: str) -> bool:
    """The row of a story with copies: "+2 copies: …" in full, "+2 (e lists)" compact."""
    return "copies" in row or "+2 (e" in row


def rows(app) -> list[str]:
    lst = app.query_one(ResultList)
    return [str(lst.get_option_at_index(i).prompt) for i in range(lst.option_count)]


def spark_range(app) -> str:
    return str(app.query_one("#spark-range").content)


async def wait_for_timeline(app, pilot) -> None:
    import time

    deadline = time.monotonic() + 10
    while not spark_range(app) and time.monotonic() < deadline:
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)


async def highlight_the_story_with_copies(app, pilot) -> ResultList:
    lst = app.query_one(ResultList)
    lst.focus()
    lst.highlighted = next(i for i, r in enumerate(rows(app)) if is_lead(r))
    await pilot.pause()
    return lst


@pytest.mark.parametrize("size", SIZES)
async def test_listing_copies_keeps_the_timeline_line(app, size):
    """Seen: pressing e under a search blanked the sparkline and its dates for good
    (the list was redrawn through the path that clears the timeline for a new query)."""
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        await wait_for_timeline(app, pilot)
        before = spark_range(app)
        assert "2025" in before
        await highlight_the_story_with_copies(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert any(r.startswith("  ↳ ") for r in rows(app))
        assert spark_range(app) == before
        await pilot.press("v")  # compact and back: the same redraw
        await pilot.press("v")
        await pilot.pause()
        assert spark_range(app) == before


@pytest.mark.parametrize("size", SIZES)
async def test_the_copies_line_says_e_folds_them_once_they_are_listed(app, size):
    """Seen: after e the lead still said "e lists them" with the copies listed under
    it; and the narrow (compact) row said only "+2", never what e does."""
    folds, lists = ("e folds them", "e lists them") if size[0] > 100 else ("(e folds)", "(e lists)")
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        await highlight_the_story_with_copies(app, pilot)
        assert lists in next(r for r in rows(app) if is_lead(r))
        await pilot.press("e")
        await pilot.pause()
        lead = next(r for r in rows(app) if is_lead(r))
        assert folds in lead and lists not in lead
        await pilot.press("e")
        await pilot.pause()
        assert lists in next(r for r in rows(app) if is_lead(r))


@pytest.mark.parametrize("size", [(80, 24), (50, 24)])
async def test_narrow_copies_are_one_line_rows_like_the_rest(app, size):
    """Seen at 80x24: the compact list's copy rows wrapped onto a second line that
    started at the left edge, under the other titles, reading as a separate result."""
    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        await highlight_the_story_with_copies(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        copies = [r for r in rows(app) if r.startswith("  ↳ ")]
        assert len(copies) == 2
        width = app.query_one(ResultList).scrollable_content_region.width - 2
        for row in copies:
            assert "\n" not in row and len(row) <= width
        assert "+2 (e" in rows(app)[rows(app).index(copies[0]) - 1]  # cut at 50 columns
