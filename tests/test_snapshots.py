"""Snapshots of the main screens (pytest-textual-snapshot), at 80x24 and 160x45, in a
dark theme, a light theme and under NO_COLOR. After an intended change to the UI,
review and refresh them with `pytest tests/test_snapshots.py --snapshot-update`."""

from __future__ import annotations

import pytest

from belreader.tui.app import BelreaderApp

from .test_app import search, wait_ready

WIDE, NARROW = (160, 45), (80, 24)


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


@pytest.fixture
def no_color_app(library, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")  # read when the app is made
    return BelreaderApp(library)


def reading(query: str, *, theme: str | None = None, claims_key: bool = False):
    """Search, open the first hit, step to the first hit and the next claim."""

    async def run_before(pilot):
        app = pilot.app
        await wait_ready(app, pilot)
        if theme:
            app.theme = theme
            await pilot.pause()
        await search(app, pilot, query)
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        await pilot.press("n", "right_square_bracket")
        if claims_key:
            await pilot.press("c")
        await settle(app, pilot)

    return run_before


def test_main_screen_with_query(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        await search(app, pilot, "Lukashenka")
        await pilot.press("enter")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=WIDE, run_before=run_before)


def test_article_with_highlights_and_claims(snap_compare, app):
    # every claim in the pane ends with its last word (or "…" where cut on purpose)
    assert snap_compare(app, terminal_size=WIDE, run_before=reading("sovereign"))


def test_article_light_theme(snap_compare, app):
    assert snap_compare(
        app, terminal_size=WIDE, run_before=reading("sovereign", theme="textual-light")
    )


def test_article_no_color(snap_compare, no_color_app):
    assert snap_compare(no_color_app, terminal_size=WIDE, run_before=reading("sovereign"))


def test_help_screen(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=(120, 50), run_before=run_before)


def test_narrow_terminal(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=NARROW, run_before=run_before)


def test_narrow_article(snap_compare, app):
    assert snap_compare(app, terminal_size=NARROW, run_before=reading("sovereign"))


def test_narrow_claims_light_theme(snap_compare, app):
    assert snap_compare(
        app,
        terminal_size=NARROW,
        run_before=reading("sovereign", theme="textual-light", claims_key=True),
    )


def test_narrow_list_no_color(snap_compare, no_color_app):
    async def run_before(pilot):
        await wait_ready(no_color_app, pilot)
        await search(no_color_app, pilot, "Lukashenka")
        await pilot.press("enter")  # to the list: the search bar's blinking cursor made this flaky
        await settle(no_color_app, pilot)

    assert snap_compare(no_color_app, terminal_size=NARROW, run_before=run_before)
