"""The main screen's first half: opening the library and keeping it in step with the
files on disk, and what that news changes on screen.

Start-up shows the library at once (the first page the last start kept), opens the
index in a thread worker, then catches up with changed files; a timer checks again
every SYNC_INTERVAL seconds. Workers work through the Workspace and post messages
(messages.py); the handlers here draw. MainScreen (main.py) builds on this class and
provides the searching and reading it calls on (run_search, open_article, ...).
"""

from __future__ import annotations

import functools
import threading
import time
from typing import Any

from textual import on, work
from textual.screen import Screen
from textual.timer import Timer

from ...terminal import inert
from ...vocabulary import plural
from ...workspace import Workspace
from ..messages import BookmarksReady, FirstPage, IndexProgress, LibraryReady, SyncDone
from ..widgets.article import ArticleView
from ..widgets.claims import ClaimsPane
from ..widgets.results import ResultsPane

RESULTS_LIMIT = 50  # hits listed for a search, and articles for the library
SYNC_INTERVAL = 30.0  # seconds between checks for added, changed or deleted files
# the article pane while the library is listed and nothing is open (benchmarks/bench.py
# watches a terminal for its first sentence: the first usable screen)
LIBRARY_HINT = "Choose an article and press enter. / searches; ? lists every key."
REBUILD_HINT = "ctrl+p → “Rebuild the index” rebuilds it from the corpus files; bookmarks are kept."


def while_running(handler):
    """For a handler of a worker's message: a worker can finish after the user quit, and
    its message then reaches a screen whose widgets are gone. Such late news is dropped."""

    @functools.wraps(handler)
    def handle(screen, event):
        if screen.is_running:
            return handler(screen, event)

    return handle


class LibraryScreen(Screen):
    # the main screen's state and drawing this half reads and calls on (main.py)
    query_text: str
    article: Any
    pending_open: str | None

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.skipped_files: list = []  # files the last sync could not index (skipped.py)
        self._sync_timer: Timer | None = None
        self.ready = threading.Event()  # the library is open: searches, articles
        self.first_screen = threading.Event()  # the library is listed
        self.first_screen_at: float | None = None

    @property
    def index(self):
        return self.workspace.index

    @property
    def store(self):
        return self.workspace.store

    @property
    def store_error(self) -> str | None:
        return self.workspace.store_error

    # -- loading --------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="library")
    def load_library(self, rebuild: bool = False) -> None:
        """Show the library at once: the first page kept from the last start, drawn
        before the search engine is even imported; then open the index, list the
        library from it (replacing the kept page only if it differs) and catch up with
        changed files (a stat of every file), so start-up never waits for the scan.
        Only a missing index (or a rebuild) is built first, with a progress bar."""
        from ...first_page import read_first_page

        kept = None if rebuild else read_first_page(self.workspace.library.index_dir)
        if kept is not None:
            self.post_message(FirstPage(kept))
        opened = self.workspace.open(
            kept=kept,
            rebuild=rebuild,
            limit=RESULTS_LIMIT,
            progress=self._progress_poster(),
            on_wait=self._waiting,
        )
        self.post_message(LibraryReady(opened.report, opened.results, opened.error))
        index = self.workspace.index
        if index is not None and index.aliases.file_error:  # searching goes on without it
            self.app.call_from_thread(
                self.app.notify,
                index.aliases.file_error,
                title="Your aliases file",
                severity="warning",
                timeout=15,
            )
        if opened.error is None and opened.report is None:  # opened as it was: catch up
            self.count_timeline(0, "", None)
            self._catch_up(announce=False)
        elif opened.results is not None:
            self.count_timeline(0, "", None)

    def _progress_poster(self):
        last = [0.0]

        def progress(done: int, total: int, _path: str) -> None:
            now = time.monotonic()
            if done == total or now - last[0] > 0.05:  # a few updates a second is plenty
                last[0] = now
                self.post_message(IndexProgress(done, total))

        return progress

    def _waiting(self) -> None:
        self.app.call_from_thread(
            self.app.notify,
            "Another belreader is indexing this library: waiting for it…",
            timeout=8,
        )

    @on(IndexProgress)
    @while_running
    def show_index_progress(self, event: IndexProgress) -> None:
        self.query_one(ResultsPane).show_progress(event.done, event.total)

    @on(FirstPage)
    @while_running
    def first_page(self, event: FirstPage) -> None:
        self._show_library(event.results)  # posted before LibraryReady, once

    def _show_skipped(self, *, announce: bool = False) -> None:
        """The skipped-files line on the library, from the list the last sync kept; a
        note when a sync changed it."""
        from ... import skipped

        files = skipped.load(self.workspace.library.index_dir)
        changed = files != self.skipped_files
        self.skipped_files = files
        self.query_one(ResultsPane).show_skipped(skipped.summary(files) if files else None)
        if announce and changed and files:
            self.app.notify(
                f"{skipped.summary(files)}: ctrl+p → “Skipped files” lists them",
                severity="warning",
                timeout=8,
            )

    def action_skipped_files(self) -> None:
        from .skipped import SkippedScreen

        if not self.skipped_files:
            self.app.notify("No files skipped: every file in the corpus folders is in the library.")
            return
        self.app.push_screen(SkippedScreen(self.skipped_files))

    def _show_library(self, results) -> None:
        self.show_results(results, browsing=True)
        self.query_one(ArticleView).clear(LIBRARY_HINT)
        if not self.first_screen.is_set():
            self.first_screen_at = time.perf_counter()
            self.first_screen.set()

    @on(LibraryReady)
    @while_running
    def library_ready(self, event: LibraryReady) -> None:
        pane = self.query_one(ResultsPane)
        pane.hide_progress()
        view = self.query_one(ArticleView)
        if event.error:
            view.clear(f"{inert(event.error)}\n\n{REBUILD_HINT}")
            self.app.notify(event.error, severity="error", timeout=10)
            self.first_screen.set()
            self.ready.set()
            return
        self._show_skipped()
        if event.results is not None:  # None: the kept first page on screen is right
            self._show_library(event.results)
        self.ready.set()
        self.open_bookmarks()
        if self._sync_timer is None:
            self._sync_timer = self.set_interval(SYNC_INTERVAL, self.sync_library)
        if self.query_text:
            self.run_search(self.query_text)
        if self.pending_open is not None:
            article_id, self.pending_open = self.pending_open, None
            self.open_article(article_id)

    @work(thread=True, exclusive=True, group="bookmarks")
    def open_bookmarks(self) -> None:
        self.post_message(BookmarksReady(self.workspace.open_bookmarks()))

    @on(BookmarksReady)
    @while_running
    def bookmarks_ready(self, event: BookmarksReady) -> None:
        if self.store_error:
            self.app.notify(f"Bookmarks: {self.store_error}", severity="error", timeout=10)
        if event.anchoring and event.anchoring.get("orphan"):
            lost = event.anchoring["orphan"]
            self.app.notify(
                f"{plural(lost, 'bookmark')} lost {'its' if lost == 1 else 'their'} place: see B",
                severity="warning",
            )
        if self.article is not None:
            self.refresh_bookmark_marks()

    # -- keeping up with the files --------------------------------------------------
    def action_sync(self) -> None:
        self.sync_library(announce=True)

    @work(thread=True, exclusive=True, group="sync")
    def sync_library(self, announce: bool = False) -> None:
        if self.index is not None:
            self._catch_up(announce=announce)

    def _catch_up(self, *, announce: bool) -> None:
        """Pick up changed files (in a worker thread), so an article edited on disk is
        shown fresh."""
        caught = self.workspace.catch_up(progress=self._progress_poster(), on_wait=self._waiting)
        self.post_message(SyncDone(caught.report, caught.error, announce))

    @on(SyncDone)
    @while_running
    def sync_done(self, event: SyncDone) -> None:
        self.query_one(ResultsPane).hide_progress()
        if event.error:
            self.app.notify(f"Sync: {event.error}", severity="warning")
        report = event.report
        if report is not None and report.resumed:
            self.app.notify("The last indexing run was interrupted; it has been completed now.")
        if report is not None and report.rebuilt_because:
            self.app.notify(report.rebuilt_because[:1].upper() + report.rebuilt_because[1:])
        for note in report.unavailable_notes() if report is not None else ():
            self.app.notify(note, severity="warning")
        if report is not None:
            self._show_skipped(announce=True)
        if report is None or not report.touched:
            if event.announce and not event.error:
                self.app.notify("The library is up to date")
            return
        self.app.notify(
            f"Library synced: {report.added} added, {report.changed} changed, {report.deleted} deleted"
        )
        self.run_search(self.query_text)
        if self.article is None:
            return
        fresh = self.workspace.article(self.article.id)
        view = self.query_one(ArticleView)
        if fresh is None:
            self.article = None
            view.clear("This article was removed from the library (its file was deleted).")
            self.query_one(ClaimsPane).show_hint()
        elif fresh.content_hash != self.article.content_hash:
            where = view.passage.start if view.passage else 0
            focused = self.focused
            self.open_article(fresh.id, focus=False)
            view.move_cursor_to_offset(min(where, len(fresh.body)), center=True)
            if focused is not None and focused.is_attached:
                focused.focus()
            self.app.notify("The article changed on disk: reloaded")
        else:
            self.refresh_bookmark_marks()
