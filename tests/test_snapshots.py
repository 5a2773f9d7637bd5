"""Snapshots of the main screens (pytest-textual-snapshot). After an intended change
to the UI, review and refresh them with `pytest tests/test_snapshots.py --snapshot-update`."""

from __future__ import annotations

import pytest

from belreader.tui.app import BelreaderApp

from .test_app import search, wait_ready


async def settle(app, pilot) -> None:
    """Let the workers a key started (opening an article, claims) finish and the
    screen repaint before the snapshot: one frame's pause was not always enough."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


@pytest.fixture
def app(library):
    # the library's corpus is a copy of the seeds; article ids (not tmp paths) are shown
    return BelreaderApp(library)


def test_main_screen_with_query(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        await search(app, pilot, "Lukashenka")
        await pilot.press("enter")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=(140, 40), run_before=run_before)


def test_article_with_highlights_and_claims(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        await search(app, pilot, "sovereign")
        await pilot.press("enter", "enter")
        await pilot.pause()
        await pilot.press("n", "right_square_bracket")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=(160, 45), run_before=run_before)


def test_help_screen(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=(120, 50), run_before=run_before)


def test_narrow_terminal(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
