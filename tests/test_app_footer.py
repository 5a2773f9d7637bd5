"""The footer at 80 columns: in the article, the keys a reader needs (search, claims,
bookmarks, open source) are shown whole, after help and quit, instead of running off
the edge; wide terminals keep the full labels. Real key presses (Pilot)."""

from __future__ import annotations

import io

from textual.widgets._footer import FooterKey

from belreader.tui.widgets.footer import KeyFooter
from belreader.tui.widgets.results import ResultList

from .test_app import app, search, wait_ready  # noqa: F401  (app: the fixture)


def shown_keys(app) -> list[tuple[str, str]]:
    """(key, label) of the footer keys drawn wholly inside the screen."""
    footer = app.screen.query_one(KeyFooter)
    width = app.size.width
    return [
        (k.key_display, k.description)
        for k in footer.query(FooterKey)
        if k.region.width and k.region.right <= width
    ]


async def open_first_article(app, pilot) -> None:
    await search(app, pilot, "Lukashenko")
    app.query_one(ResultList).focus()
    await pilot.press("enter")
    await pilot.pause(0.3)


async def test_an_article_at_80_columns_shows_its_keys_whole(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await open_first_article(app, pilot)
        keys = dict(shown_keys(app))
        for key in ("?", "/", "c", "B", "o", "b", "y"):
            assert key in keys, (key, keys)
        assert keys["o"] == "link" and keys["B"] == "marks"
        # help and quit stay first, search right after them
        assert [k for k, _ in shown_keys(app)][:3] == ["?", "^q", "/"]


async def test_a_wide_footer_keeps_the_full_labels(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first_article(app, pilot)
        keys = dict(shown_keys(app))
        assert keys["o"] == "Open source" and keys["B"] == "Bookmarks"


async def test_the_app_names_one_key_and_one_missing_outlet_the_same_way_everywhere(app):
    """The footer writes escape "esc": the help screen and the boxes' hints too; an
    article without an outlet says "unknown" in its head as in the results list."""
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first_article(app, pilot)
        head = app.query_one("#article-head").content.plain
        row = str(app.query_one(ResultList).get_option_at_index(0).prompt)
        assert "\nunknown · " in row and "\nunknown · " in head, head
        await pilot.press("B")
        await pilot.pause(0.3)
        box = app.screen.query_one("#bookmarks-box")
        assert "esc back" in str(box.border_subtitle)
        await pilot.press("escape")
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        from belreader.tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=160, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-keys").content)
        listed = console.export_text()
        assert "esc" in listed and "escape" not in listed
        assert "esc to close" in str(app.screen.query_one("#help-box").border_subtitle)
