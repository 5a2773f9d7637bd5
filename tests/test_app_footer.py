"""The footer at 80 columns: in the article, the keys a reader needs (search, claims,
bookmarks, open source) are shown whole, after help and quit, instead of running off
the edge; wide terminals keep the full labels. Real key presses (Pilot)."""

from __future__ import annotations

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
