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


@pytest.mark.parametrize("size", SIZES)
async def test_m_in_the_article_compares_the_claim_the_reader_is_on(app, size):
    """Seen: ] moves through the claims in the article and the claims pane follows,
    showing "↔ also in 2 articles … · m compares" under the quotation; but m there did
    nothing (only the claims pane listened), with no word why."""
    from belreader.tui.screens.compare import CompareScreen
    from belreader.tui.widgets.article import ArticleView

    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "destabilise")
        lst = app.query_one(ResultList)
        target = next(h for h in app.results.hits if h.source == "Agency")
        lst.highlighted = lst.get_option_index(target.id)
        lst.focus()
        await pilot.press("enter")
        await pilot.pause()
        article = app.query_one(ArticleView)
        article.focus()
        carried = app.query_one("ClaimsPane").carried
        assert carried, "the Agency speech's quotation is carried by two more articles"
        for _ in range(len(article.claim_spans)):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            if article.claim_index in carried:
                break
        assert article.claim_index in carried
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


async def test_m_in_the_article_off_any_claim_says_how_to_get_to_one(app):
    from belreader.tui.screens.compare import CompareScreen
    from belreader.tui.widgets.article import ArticleView

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Bread")
        await pilot.press("enter", "enter")  # to the results, then open the first
        await pilot.pause()
        assert app.article is not None and app.article.title.startswith("Bread")
        app.query_one(ArticleView).focus()
        await pilot.press("m")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
        assert any("] next claim" in n.message for n in app._notifications)


@pytest.mark.parametrize("size", SIZES)
async def test_bookmarking_a_quotation_does_not_double_its_quotation_marks(app, size):
    """Seen: b on a quoted claim showed “"We will not …,"” in the dialog and in the
    bookmarks list: the claim keeps its own marks, and the display added a second pair."""
    from belreader.tui.screens.bookmarks import BookmarksScreen
    from belreader.tui.widgets.claims import ClaimsPane

    from .test_cli_stories import QUOTE

    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "destabilise")
        lst = app.query_one(ResultList)
        target = next(h for h in app.results.hits if h.source == "Agency")
        lst.highlighted = lst.get_option_index(target.id)
        lst.focus()
        await pilot.press("enter")
        await pilot.pause()
        claims = app.query_one(ClaimsPane)
        if not claims.display:  # narrow: the claims pane opens over the article
            await pilot.press("c")
        claims.focus()
        await pilot.pause()
        claims.highlighted = next(
            i
            for i in range(claims.option_count)
            if QUOTE[:30] in str(claims.get_option_at_index(i).prompt)
        )
        await pilot.press("b")
        await pilot.pause()
        shown = str(app.screen.query_one("#dialog-quote").content)
        assert shown.startswith("“" + QUOTE[:20]), shown
        assert '"' not in shown
        await pilot.press("enter")  # save
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        marks = app.screen.query_one("#bookmark-list")
        rows_ = [str(marks.get_option_at_index(i).prompt) for i in range(marks.option_count)]
        assert any(r.startswith("“" + QUOTE[:20]) for r in rows_), rows_
        assert not any('"' in r.split("\n")[0] for r in rows_)


@pytest.mark.parametrize("size", SIZES)
async def test_all_claims_by_a_speaker_counts_in_words_not_brackets(app, size):
    """Seen: s opened "Claims by Alexander Lukashenko" headed "44 claim(s) in 7
    article(s) from 3 source(s)": the line was written twice, the second time (once
    the chart was drawn) with "(s)" in place of the plurals the first one had."""
    from belreader.tui.screens.speaker import SpeakerClaimsScreen
    from belreader.tui.widgets.claims import ClaimsPane

    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "destabilise")
        await pilot.press("enter", "enter")
        await pilot.pause()
        claims = app.query_one(ClaimsPane)
        if not claims.display:
            await pilot.press("c")
        claims.focus()
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerClaimsScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        header = str(app.screen.query_one("#speaker-header").content)
        assert "(s)" not in header
        assert header.startswith("3 claims in 3 articles from 3 sources"), header


def help_text(app) -> str:
    from rich.console import Console

    console = Console(width=120, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(app.screen.query_one("#help-keys").content)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


@pytest.mark.parametrize("size", SIZES)
async def test_help_covers_every_screen_and_lists_a_key_once(app, size):
    """Seen: ? listed no keys for the timeline (d w m y a), the quotation comparison or
    a speaker's claims, though each is a screen with its own keys; the bookmarks section
    listed u twice ("Undo delete", "Undo"); and e was described as just "Copies"."""
    from belreader.tui.screens.help import HelpScreen

    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app)
        sections = text.split("\n\n")
        timeline = next(s for s in sections if "Timeline (t)" in s)
        for key, what in [("d", "Days"), ("w", "Weeks"), ("a", "All dates")]:
            assert any(line.split(None, 1) == [key, what] for line in timeline.splitlines())
        assert "Compare outlets (m)" in text and "Open at claim" in text
        assert "Speaker's claims (s)" in text
        marks = next(s for s in sections if "Bookmarks screen (B)" in s)
        keys = [line.split()[0] for line in marks.splitlines()[1:] if line.strip()]
        assert keys.count("u") == 1, marks
        assert "List or fold a story's copies" in text


@pytest.mark.parametrize("size", SIZES)
async def test_a_distancing_cue_is_marked_once_not_named_twice(app, size):
    """Seen: a claim reported with "claimed" read "claimed · quote  ⚠ claimed" in the
    claims pane and on the speaker's screen: the distancing cue is itself the hedge."""
    from belreader.tui.screens.speaker import SpeakerClaimsScreen
    from belreader.tui.widgets.claims import ClaimsPane

    async with app.run_test(size=size) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "destabilise")
        lst = app.query_one(ResultList)
        target = next(h for h in app.results.hits if h.source == "Tabloid")
        lst.highlighted = lst.get_option_index(target.id)
        lst.focus()
        await pilot.press("enter")
        await pilot.pause()
        claims = app.query_one(ClaimsPane)
        texts = [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]
        claimed = next(t for t in texts if "claimed" in t)
        assert claimed.startswith("⚠ claimed · quote"), claimed
        assert claimed.split("\n")[0].count("claimed") == 1
        if not claims.display:
            await pilot.press("c")
        claims.focus()
        claims.highlighted = texts.index(claimed)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerClaimsScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows_ = app.screen.query_one("#speaker-list")
        lines = [str(rows_.get_option_at_index(i).prompt) for i in range(rows_.option_count)]
        heads = [line.split("\n")[0] for line in lines if "claimed" in line.split("\n")[0]]
        assert heads and all(h.count("claimed") == 1 for h in heads), heads


def footer_keys_in_view(app) -> list[str]:
    """The footer's keys laid out within the screen (not cut off at the right edge)."""
    from textual.widgets._footer import FooterKey

    width = app.size.width
    return [
        key.key_display or key.key
        for key in app.screen.query(FooterKey)
        if key.region.width and key.region.right <= width
    ]


async def test_at_80_columns_the_article_footer_still_shows_bookmark(app):
    """Seen at 80x24: reading an article, the footer spent its room on n, N, ] and [
    (each pair one key and its reverse) and cut off b Bookmark, the key a reader needs."""
    from belreader.tui.widgets.article import ArticleView

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        await pilot.press("enter", "enter")
        await pilot.pause()
        app.query_one(ArticleView).focus()
        await pilot.pause()
        shown = footer_keys_in_view(app)
        assert "b" in shown, shown
        assert "n/N" in shown and "]/[" in shown
