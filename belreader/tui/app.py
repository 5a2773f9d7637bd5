"""The belreader app: it loads the settings, opens the library's Workspace and shows
the main screen; everything else happens on the screens (screens/), which orchestrate
through messages (messages.py).

Keys bound here work on every screen: help, quit, and the two the main screen takes
(t, escape) but other screens leave alone or bind themselves.
"""

from __future__ import annotations

import time

from textual.app import App
from textual.binding import Binding

from ..library import Library
from ..settings import load_settings, save_settings
from ..terminal import inert
from ..workspace import Workspace
from .palette import main_screen_commands
from .screens.bookmarks import BookmarkList, BookmarksScreen
from .screens.help import HelpScreen
from .screens.library import LIBRARY_HINT
from .screens.main import MainScreen
from .widgets.article import ArticleView
from .widgets.claims import ClaimsPane
from .widgets.results import ResultList

# LIBRARY_HINT: benchmarks/bench.py watches a terminal for it (the first usable screen)
__all__ = ["LIBRARY_HINT", "BelreaderApp", "run_app"]


class BelreaderApp(App):
    CSS_PATH = "belreader.tcss"
    TITLE = "belreader"
    BINDINGS = [
        Binding("t", "timeline", "Timeline"),
        Binding("escape", "back", "Back", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
        # in the search bar ? and q are text: these keep help and quit in its footer
        Binding("f1", "help", "Help", key_display="F1"),
        Binding("ctrl+q", "quit", "Quit", key_display="^q"),
    ]

    def __init__(self, library: Library, *, watch_files: bool = True) -> None:
        super().__init__()
        self.library = library
        self.workspace = Workspace(library)
        self.started_at = time.perf_counter()
        self.last_copied: str | None = None  # what y, o or the bookmarks screen copied
        self._settings = load_settings(library.settings_file)
        theme = self._settings.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self.main = MainScreen(self.workspace, results_view=self._settings.get("results_view"))

    def get_default_screen(self) -> MainScreen:
        return self.main

    def on_mount(self) -> None:
        self.watch(self, "theme", self._remember_theme, init=False)

    def on_resize(self, event) -> None:
        self.main.apply_width(event.size.width)  # also while another screen is on top

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity="information",
        timeout=None,
        markup: bool = False,
    ) -> None:
        # Messages quote paths, queries and notes: plain text, never markup or escapes.
        super().notify(
            inert(message), title=inert(title), severity=severity, timeout=timeout, markup=markup
        )

    def _remember_theme(self, theme: str) -> None:
        save_settings(self.library.settings_file, theme=theme)
        # lists and the article hold text styled when drawn: draw them again once the
        # new theme's CSS is in place (the palette may still be on top)
        self.call_after_refresh(self.main.restyle)

    def get_system_commands(self, screen):
        yield from super().get_system_commands(screen)
        yield from main_screen_commands(self.main)

    # -- keys of every screen ---------------------------------------------------------
    def action_timeline(self) -> None:
        self.main.action_timeline()  # the chart is of the main screen's results

    def action_back(self) -> None:
        if self.screen is self.main:  # other screens bind escape themselves
            self.main.action_back()

    def action_help(self) -> None:
        # the screens the help also covers, read only when it is asked for
        from .screens.compare import CompareScreen, VersionList
        from .screens.speaker import SpeakerClaimList, SpeakerClaimsScreen
        from .screens.timeline import TimelineScreen
        from .widgets.timeline import TimelineChart

        sections = [
            (
                "Everywhere",
                MainScreen.BINDINGS
                + self.BINDINGS
                + [
                    Binding("tab", "", "Next pane"),
                    Binding("shift+tab", "", "Previous pane"),
                    Binding("ctrl+p", "", "Command palette: open, filter by source, theme…"),
                ],
            ),
            (
                "Search bar",
                [Binding("enter", "", "Show results"), Binding("down", "", "Go to results")],
            ),
            ("Results", ResultList.BINDINGS),
            (
                "Article",
                ArticleView.BINDINGS
                + [Binding("mouse", "", "Select text, then b / y act on the selection")],
            ),
            ("Claims", ClaimsPane.BINDINGS),
            ("Bookmarks screen (B)", BookmarksScreen.BINDINGS + BookmarkList.BINDINGS),
            # titles short: a section title sits in (and widens) the key column
            ("Timeline (t)", TimelineScreen.BINDINGS + TimelineChart.BINDINGS),
            ("Compare outlets (m)", CompareScreen.BINDINGS + VersionList.BINDINGS),
            ("Speaker's claims (s)", SpeakerClaimsScreen.BINDINGS + SpeakerClaimList.BINDINGS),
        ]
        self.push_screen(HelpScreen(sections))

    # -- what tests and benchmarks/bench.py read and drive: the main screen's --------
    @property
    def index(self):
        return self.workspace.index

    @property
    def store(self):
        return self.workspace.store

    @property
    def store_error(self) -> str | None:
        return self.workspace.store_error

    @property
    def ready(self):
        return self.main.ready

    @property
    def first_screen(self):
        return self.main.first_screen

    @property
    def first_screen_at(self) -> float | None:
        return self.main.first_screen_at

    @property
    def results(self):
        return self.main.results

    @property
    def article(self):
        return self.main.article

    @property
    def timeline_counts(self):
        return self.main.timeline_counts

    def open_article(self, article_id: str) -> bool:
        return self.main.open_article(article_id)

    def action_rebuild_index(self) -> None:
        self.main.action_rebuild_index()

    def action_skipped_files(self) -> None:
        self.main.action_skipped_files()

    def set_source_filter(self, source: str | None) -> None:
        self.main.set_source_filter(source)

    def action_speaker_claims(self, speaker: str | None = None) -> None:
        self.main.action_speaker_claims(speaker)


def run_app(library: Library) -> int:
    BelreaderApp(library).run()
    return 0
