"""The app says what else a search matched (issue 17), under the search bar."""

from __future__ import annotations

from belreader.tui.app import BelreaderApp

from .test_app import search, wait_ready


async def test_the_search_bar_says_what_else_was_matched(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Lukashenka")
        message = str(app.query_one("#query-message").content)
        assert message.startswith("Also matched: ") and "(spellings of Lukashenka)" in message
        assert "Lukashenko" in message
        await search(app, pilot, "sovereign")  # a word with no other spelling
        assert not app.query_one("#query-message").display
