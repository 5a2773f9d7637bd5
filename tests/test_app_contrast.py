"""Every theme keeps the app's text readable: WCAG AA measured on the rendered cells
(belreader/tui/contrast.py; benchmarks/contrast.py prints the table for all themes)."""

from __future__ import annotations

import pytest

from belreader.tui.contrast import AA_TEXT, measure_themes, scenario_library

# dark, light, a low-contrast palette of each kind, and the terminal's own ANSI colours;
# switched in one run, so a list left in the previous theme's colours fails too
THEMES = [
    "textual-dark",
    "textual-light",
    "solarized-light",
    "solarized-dark",
    "catppuccin-latte",
    "ansi-dark",
]


def _failures(measured):
    return {
        (theme, where): (w.ratio, w.text, w.fg, w.bg)
        for theme, panes in measured.items()
        for where, w in panes.items()
        if w.ratio < AA_TEXT
    }


@pytest.fixture
def library(tmp_path):
    return scenario_library(tmp_path)  # the seeds and an unreadable file: every kind of line


async def test_every_theme_reaches_aa(library):
    measured = await measure_themes(library, THEMES)
    assert set(measured) == set(THEMES)
    assert all(len(panes) == 5 for panes in measured.values())  # every pane had text
    assert _failures(measured) == {}


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_no_color_reaches_aa_in_greys(library, monkeypatch, theme):
    monkeypatch.setenv("NO_COLOR", "1")
    measured = await measure_themes(library, [theme])
    assert len(measured[theme]) == 5
    assert _failures(measured) == {}
