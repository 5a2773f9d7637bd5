"""Snapshots of the timeline screen at 80x24 and 160x45, in a dark theme, a light theme
and under NO_COLOR (where the sources are told apart by glyph alone). Refresh after an
intended change with `pytest tests/test_timeline_snapshots.py --snapshot-update`."""

from __future__ import annotations

import pytest

from belreader.tui.app import BelreaderApp

from .test_app import search, wait_ready
from .timeline_corpus import dated_library

SIZES = [(80, 24), (160, 45)]
LOOKS = ["dark", "light", "no-color"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("look", LOOKS)
def test_timeline_screen(snap_compare, tmp_path, monkeypatch, look, size):
    if look == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")  # read (and removed) by the App when it is made
    app = BelreaderApp(dated_library(tmp_path), watch_files=False)
    app.theme = "textual-light" if look == "light" else "textual-dark"

    async def run_before(pilot):
        await wait_ready(app, pilot)
        await search(app, pilot, "mobilisation")
        await pilot.press("enter", "t")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("m", "j")  # by month, on a bar with two outlets
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
