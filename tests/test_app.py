"""The app, driven by real key presses through Textual's Pilot."""

from __future__ import annotations

import pytest

from belreader.tui.app import BelreaderApp
from belreader.tui.widgets.article import ArticleView
from belreader.tui.widgets.claims import ClaimsPane
from belreader.tui.widgets.results import ResultList


async def wait_ready(app, pilot, timeout: float = 20.0) -> None:
    """Wait for the library to open and for workers (search, bookmarks) to settle."""
    import time

    deadline = time.monotonic() + timeout
    while not app.ready.is_set():
        assert time.monotonic() < deadline, "library did not open"
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def search(app, pilot, text: str) -> None:
    await pilot.press("slash")
    app.query_one("#query").value = ""
    if len(text) < 40:
        await pilot.press(*text)  # typed for real
    else:
        app.query_one("#query").value = text  # long pastes: set at once
    await pilot.pause(0.3)  # past the debounce
    await app.workers.wait_for_complete()
    # on a loaded machine the debounce timer can fire after that pause: wait until the
    # results (or a message about the query) belong to this text
    import time

    deadline = time.monotonic() + 5
    message = app.query_one("#query-message")
    while time.monotonic() < deadline and not message.has_class("-error"):
        if app.results is not None and app.results.query == text.strip():
            break
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
    await pilot.pause()


def result_titles(app) -> list[str]:
    lst = app.query_one(ResultList)
    return [str(lst.get_option_at_index(i).prompt).split("\n")[0] for i in range(lst.option_count)]


@pytest.fixture
def app(library):
    return BelreaderApp(library)


async def test_opens_on_library_newest_first(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        titles = result_titles(app)
        assert len(titles) == 5
        assert titles[0].startswith("Lukashenka Advocates")  # 2024-10-28
        assert titles[1].startswith("Lukashenko claims NATO")  # 2024-08-27
        assert "5 articles" in str(app.query_one("#results-header").content)


async def test_typing_a_query_shows_count_and_sources(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Lukashenka")
        header = str(app.query_one("#results-header").content)
        assert "5 matches" in header and "unknown 5" in header
        await search(app, pilot, "CNN")
        assert app.results.total == 1
        assert "1 match" in str(app.query_one("#results-header").content)


async def test_open_article_and_step_through_hits(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "NATO")
        await pilot.press("enter")  # from the search bar to the results
        assert isinstance(app.focused, ResultList)
        await pilot.press("enter")  # open the first result
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert app.focused is view and view.article is not None
        total = len(view.hits)
        assert total >= 2
        assert all(view.article.body[s:e].lower().startswith("nato") for s, e in view.hits)
        await pilot.press("n")
        assert view.hit_status == f"hit 1 of {total}"
        await pilot.press("n")
        assert view.hit_status == f"hit 2 of {total}"
        await pilot.press("N", "N")
        assert view.hit_status == f"hit {total} of {total}"  # wraps around
        # the passage cursor followed the hit
        s, _ = view.hits[view.hit_index]
        assert view.passage.start <= s < view.passage.end


async def test_select_claim_scrolls_article_to_its_span(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 30)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Shraibman")
        await pilot.press("enter", "enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        claims = view.article.claims
        # the last claim sits far down a long article
        target = max(range(len(claims)), key=lambda i: claims[i].start)
        await pilot.press("tab")
        pane = app.query_one(ClaimsPane)
        assert app.focused is pane
        pane.highlighted = pane._option_of_claim[target]
        await pilot.press("enter")
        await pilot.pause()
        assert view.claim_index == target
        assert view.passage.kind == "claim"
        assert (view.passage.start, view.passage.end) == (claims[target].start, claims[target].end)
        # scrolled: the paragraph holding the claim is inside the visible window
        para = view._paragraph_at(claims[target].start)
        top, bottom = view.scroll_y, view.scroll_y + view.scrollable_content_region.height
        line = para.virtual_region.y + view.line_of_offset(para, claims[target].start)
        assert view.scroll_y > 0 and top <= line < bottom


async def test_brackets_step_through_claims_from_article(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "sovereign")
        await pilot.press("enter", "enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        pane = app.query_one(ClaimsPane)
        await pilot.press("right_square_bracket")
        assert view.claim_index == 0
        await pilot.press("right_square_bracket")
        assert view.claim_index == 1
        assert pane.claim_at(pane.highlighted) == 1  # the pane marks it as you move
        await pilot.press("left_square_bracket")
        assert view.claim_index == 0


async def test_bad_query_shows_message_not_crash(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "nosuchfield:x")
        message = app.query_one("#query-message")
        assert message.display and "unknown field" in str(message.content)
        assert "-error" in message.classes
        await search(app, pilot, "title:")
        assert "needs a value" in str(message.content)
        await search(app, pilot, "x" * 2000)
        assert "too long" in str(message.content)
        # and a good query clears it
        await search(app, pilot, "Minsk")
        assert not message.display


async def test_did_you_mean(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "sovreign")
        assert "Did you mean: sovereign" in str(app.query_one("#query-message").content)


async def test_narrow_terminal_shows_one_pane_at_a_time(app):
    """Below 100 columns the list fills the width, then the article once opened, and
    c shows the claims in the article's place (never squeezed beside it)."""
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        results, article, claims = (
            app.query_one(f"#{p}") for p in ("results", "article", "claims")
        )
        assert results.region.width == 80 and article.region.width == 0 and claims.region.width == 0
        await pilot.press("enter")  # open the first article
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert article.region.width == 80 and results.region.width == 0
        await pilot.press("c")
        await pilot.pause()
        assert claims.region.width == 80 and article.region.width == 0
        await pilot.press("c")
        await pilot.pause()
        assert article.region.width == 80 and claims.region.width == 0
        await pilot.press("escape")  # back to the list
        await pilot.pause()
        assert results.region.width == 80 and article.region.width == 0


async def test_wide_terminal_shows_three_panes(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        widths = [app.query_one(f"#{p}").region.width for p in ("results", "article", "claims")]
        assert all(w > 25 for w in widths)
        await pilot.press("c")
        await pilot.pause()
        assert app.query_one("#claims").region.width == 0


async def test_help_screen_lists_every_binding(app):
    from belreader.tui.screens.help import HelpScreen

    async with app.run_test(size=(120, 45)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-keys").content.columns[1]._cells)
        for action in (
            "Next/prev hit",
            "Prev hit",
            "Next/prev claim",
            "Bookmark",
            "Bookmarks",
            "Claims pane",
            "Quit",
            "Copy",
            "Command palette",
        ):
            assert action in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_article_markup_is_shown_literally(tmp_path):
    from belreader.library import Library

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "m.txt").write_text(
        "Markup test\n\nThe text says [bold red]not bold[/bold red] and [link=http://x]no link[/link].\n"
    )
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[folder])
    app = BelreaderApp(lib)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        para = app.query_one(ArticleView)._paragraphs[0]
        rendered = para.render()
        plain = rendered.plain if hasattr(rendered, "plain") else str(rendered)
        assert "[bold red]not bold[/bold red]" in plain and "[link=http://x]no link[/link]" in plain


async def test_tab_moves_between_panes(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("enter")  # open the first article
        await pilot.pause()
        order = []
        for _ in range(4):
            order.append(type(app.focused).__name__)
            await pilot.press("tab")
        assert order == ["ArticleView", "ClaimsPane", "QueryInput", "ResultList"]
        # escape walks back out: article -> results -> search bar
        await pilot.press("escape")
        assert app.focused.id == "results-list"
        await pilot.press("escape")
        assert app.focused.id == "query"


async def test_theme_is_remembered(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    again = BelreaderApp(library)
    assert again.theme == "nord"


async def test_article_replaced_on_disk_refreshes_on_sync(library, corpus):
    import os
    import time as _time

    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Smolensk")
        await pilot.press("enter", "enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        path = corpus / "000_ae8ef4b5fe4dbcca.txt"
        text = path.read_text("utf-8").replace("Smolensk", "Smolensk and Vitebsk")
        path.write_text(text, "utf-8")
        os.utime(path, ns=(_time.time_ns(), _time.time_ns() + 10**9))
        app.main.action_sync()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Smolensk and Vitebsk" in view.article.body
        # deleting it clears the view instead of showing stale text
        path.unlink()
        app.main.action_sync()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.article is None and app.article is None


async def test_date_filter_from_palette_logic(app):
    from datetime import date

    from belreader.tui.palette import date_filters as _date_filters

    filters = dict(_date_filters(date(2024, 11, 20)))
    assert filters["this year (2024)"] == "date:2024"
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        app.main.set_date_filter("2024", "date:2024")
        await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.results.total == 2  # the two dated seeds
        assert "date: 2024" in str(app.query_one("#results-header").content)
        app.main.set_date_filter(None)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.results.total == 5


async def test_palette_opens_all_claims_by_speaker(app):
    from belreader.tui.screens.speaker import SpeakerClaimsScreen

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Smolensk")
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"All claims by Alexander")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerClaimsScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = app.screen.rows
        assert len({art.id for art, _ in rows}) >= 3  # across outlets and articles
        assert {c.speaker for _, c in rows} == {"Alexander Lukashenko"}
        # enter opens the article at that claim
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        art, claim = rows[0]
        assert view.article.id == art.id and view.passage.start == claim.start


async def test_s_in_claims_pane_lists_speaker_claims(app):
    from belreader.tui.screens.speaker import SpeakerClaimsScreen

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "sovereign")
        await pilot.press("enter", "enter", "tab")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerClaimsScreen)
        assert app.screen.speaker == "Alexander Lukashenko"


async def test_keys_typed_in_a_burst_after_slash_reach_the_search_bar(app):
    """A fast typist's `/nato` arrives before the focus moves: nothing may be lost."""
    from textual import events

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        for key, char in [("slash", "/"), ("n", "n"), ("a", "a"), ("t", "t"), ("o", "o")]:
            app.post_message(events.Key(key, char))  # as the driver does, without waiting
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one("#query").value == "nato"
        assert app.results.total == 4


async def test_slash_inside_a_text_field_is_text(library):
    from belreader.tui.screens.dialogs import BookmarkDialog

    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Smolensk")
        await pilot.press("enter", "enter", "b")
        await pilot.pause()
        assert isinstance(app.screen, BookmarkDialog)
        await pilot.press(*"BE/RU")
        assert app.screen.query_one("#note").value == "BE/RU"


async def test_worker_news_arriving_while_the_app_quits_is_dropped(app):
    """A sync, search or bookmarks worker may finish after q: its message then reaches
    an app whose widgets are gone, and must not end the session with a traceback."""
    from belreader.search import SyncReport
    from belreader.tui.messages import (
        BookmarksReady,
        IndexProgress,
        LibraryReady,
        SearchDone,
        SyncDone,
    )

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        index, seq = app.index, app.main.search_seq
        results = index.search("Lukashenko")
        await pilot.press("q")
    assert not app.is_running
    report = SyncReport()
    report.added = 1
    app.main.sync_done(SyncDone(report, None, False))
    app.main.search_done(SearchDone(seq, "Lukashenko", results, None))
    app.main.show_index_progress(IndexProgress(1, 2))
    app.main.bookmarks_ready(BookmarksReady(None))
    app.main.library_ready(LibraryReady(None, results, None))


async def test_kept_first_page_is_drawn_before_the_index_opens(library, monkeypatch):
    """Start-up draws the library from the page the last start kept, before the search
    engine opens the index; an article chosen meanwhile opens once the index is there."""
    import threading

    from belreader import search as search_mod

    first = BelreaderApp(library)
    async with first.run_test(size=(160, 45)) as pilot:
        await wait_ready(first, pilot)
        expected = result_titles(first)

    gate = threading.Event()
    real_init = search_mod.SearchIndex.__init__

    def slow_init(self, *args, **kwargs):
        gate.wait(20)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(search_mod.SearchIndex, "__init__", slow_init)
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(250):  # 5 s: the index stays shut for 20
            if app.first_screen.is_set():
                break
            await pilot.pause(0.02)
        await pilot.pause()
        assert app.index is None and not app.ready.is_set()
        assert result_titles(app) == expected
        assert "5 articles" in str(app.query_one("#results-header").content)
        await pilot.press("enter")  # the first article, chosen before the index is open
        assert app.article is None
        gate.set()
        await wait_ready(app, pilot)
        assert app.article is not None and app.article.title == expected[0]


async def test_a_stale_kept_page_is_replaced_when_the_index_opens(library):
    from belreader.first_page import write_first_page
    from belreader.results import Hit, Results

    first = BelreaderApp(library)
    async with first.run_test(size=(160, 45)) as pilot:
        await wait_ready(first, pilot)
        expected = result_titles(first)
    # e.g. left by a sync in another process between the app's search and its write
    stale = Results(
        query="",
        total=1,
        facets={},
        hits=[
            Hit(
                id="gone",
                path="/nowhere.txt",
                title="An article deleted long ago",
                source=None,
                date=None,
                score=0.0,
            )
        ],
    )
    write_first_page(library.index_dir, stale)
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        assert result_titles(app) == expected
        assert "5 articles" in str(app.query_one("#results-header").content)
