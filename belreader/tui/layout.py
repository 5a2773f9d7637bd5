"""How the main screen's three panes share the width.

Wide: results | article | claims. Below NARROW_WIDTH the claims pane folds away (c
shows it in the article's place). Below COMPACT_WIDTH the results list is compact
unless the user chose (v), and one pane fills the width: the list, or the article once
one is open (as newsboat). The CSS (belreader.tcss) draws each state from the classes
set here on the screen.
"""

from __future__ import annotations

from textual.screen import Screen

NARROW_WIDTH = 110  # below this the claims pane folds away
COMPACT_WIDTH = 100  # below this one pane fills the width, and the list is compact
VIEWS = ("compact", "full")  # the results views v switches between


class PaneLayout:
    def __init__(self, results_view: str | None) -> None:
        # the results view the user chose with v; None: compact on narrow terminals
        self.results_view = results_view if results_view in VIEWS else None
        self.claims_closed = False  # wide terminals: c hid the claims pane
        self.reading = False  # single-pane terminals: the article (True) or the list
        self.claims_open_narrow = False  # narrow terminals: c showed the claims pane

    def compact(self, width: int) -> bool:
        return self.results_view == "compact" or (
            self.results_view is None and width < COMPACT_WIDTH
        )

    def apply(self, screen: Screen, width: int) -> None:
        from .widgets.results import ResultsPane

        screen.query_one(ResultsPane).set_compact(self.compact(width))
        narrow = width < NARROW_WIDTH
        screen.set_class(narrow, "-narrow")
        screen.set_class(width < COMPACT_WIDTH, "-single")
        screen.set_class(self.reading, "-reading")
        screen.set_class(narrow and self.claims_open_narrow, "-claims-open")
        screen.set_class(not narrow and self.claims_closed, "-claims-closed")

    def claims_shown_narrow(self, width: int) -> bool:
        """Whether the claims pane has taken the article's place (narrow terminals)."""
        return width < NARROW_WIDTH and self.claims_open_narrow
