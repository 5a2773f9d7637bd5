"""The belreader app: search bar on top; results | article | claims; a footer of keys.

Slow work (opening and syncing the index, searching, re-anchoring bookmarks) runs in
thread workers that post messages back; the UI thread only draws. The index is used
under one lock because a Whoosh searcher is not meant to be shared across threads.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from pathlib import Path

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, OptionList

from ..library import Library
from ..settings import load_settings, save_settings
from ..terminal import inert
from ..vocabulary import is_named_speaker, plural
from .screens.bookmarks import BookmarksScreen
from .screens.dialogs import BookmarkDialog
from .screens.help import HelpScreen
from .screens.speaker import SpeakerClaimsScreen
from .widgets.article import ArticleView
from .widgets.claims import ClaimsPane
from .widgets.footer import KeyFooter
from .widgets.results import ResultList, ResultsPane
from .widgets.search_bar import QueryInput, SearchBar

SEARCH_DEBOUNCE = 0.12  # seconds of quiet typing before a search runs
RESULTS_LIMIT = 50  # hits listed for a search, and articles for the library
SYNC_INTERVAL = 30.0  # seconds between checks for added, changed or deleted files
NARROW_WIDTH = 110  # below this the claims pane folds away (c shows it in the article's place)
COMPACT_WIDTH = 100  # below this the results list is compact unless the user chose (v),
# and one pane fills the width: the list, or the article once one is open (as newsboat)
VIEWS = ("compact", "full")
# the article pane while the library is listed and nothing is open (benchmarks/bench.py
# watches a terminal for its first sentence: the first usable screen)
LIBRARY_HINT = "Choose an article and press enter. / searches; ? lists every key."


def _while_running(handler):
    """For a handler of a worker's message: a worker can finish after the user quit, and
    its message then reaches an app whose widgets are gone. Such late news is dropped."""

    @functools.wraps(handler)
    def handle(app, event):
        if app.is_running:
            return handler(app, event)

    return handle


class BelreaderApp(App):
    CSS_PATH = "belreader.tcss"
    TITLE = "belreader"
    BINDINGS = [
        # priority: handled as the key arrives, before keys typed right after it are
        # handed to the pane that had focus (they must land in the search bar)
        Binding("slash", "focus_search", "Search", key_display="/", priority=True),
        Binding("B", "bookmarks", "Bookmarks"),
        Binding("c", "toggle_claims", "Claims pane"),
        Binding("o", "open_source", "Open source", show=False),
        Binding("t", "timeline", "Timeline"),
        Binding("escape", "back", "Back", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
        # in the search bar ? and q are text: these keep help and quit in its footer
        Binding("f1", "help", "Help", key_display="F1"),
        Binding("ctrl+q", "quit", "Quit", key_display="^q"),
    ]

    # -- messages from workers ------------------------------------------------------
    class IndexProgress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done, self.total = done, total

    class FirstPage(Message):
        """The library's first page as the last start left it, before the index opens."""

        def __init__(self, results) -> None:
            super().__init__()
            self.results = results

    class LibraryReady(Message):
        """The index is open (results None: the first page shown is still right)."""

        def __init__(self, index, report, results, error: str | None) -> None:
            super().__init__()
            self.index, self.report, self.results, self.error = index, report, results, error

    class BookmarksReady(Message):
        def __init__(self, store, error: str | None, anchoring: dict | None) -> None:
            super().__init__()
            self.store, self.error, self.anchoring = store, error, anchoring

    class SyncDone(Message):
        def __init__(self, report, error: str | None, announce: bool) -> None:
            super().__init__()
            self.report, self.error, self.announce = report, error, announce

    class TimelineCounted(Message):
        """Matches per (date, source) of search ``seq``, for the sparkline and ``t``."""

        def __init__(
            self, seq: int, query: str, source: str | None, counts: dict, timeline
        ) -> None:
            super().__init__()
            self.seq, self.query, self.source, self.counts = seq, query, source, counts
            self.timeline = timeline

    class SearchDone(Message):
        def __init__(self, seq: int, query: str, results, error: str | None) -> None:
            super().__init__()
            self.seq, self.query, self.results, self.error = seq, query, results, error

    def __init__(self, library: Library, *, watch_files: bool = True) -> None:
        super().__init__()
        self.library = library
        self.index = None
        self.store = None
        self.store_error: str | None = None
        self.index_lock = threading.Lock()
        self.query_text = ""
        self.results = None
        self.source_filter: str | None = None
        self.date_filter: tuple[str, str] | None = None  # (label, query fragment)
        self.search_seq = 0
        self.suggestion: str | None = None  # "Did you mean" for the query in the bar
        self._aliases = None
        self.skipped_files: list = []  # files the last sync could not index (skipped.py)
        self._debounce: Timer | None = None
        self._sync_timer: Timer | None = None
        self.article = None
        self.last_copied: str | None = None
        self.pending_reattach = None  # an orphan bookmark waiting for its new place
        self.pending_open: str | None = None  # chosen from the first page before the index opened
        self.timeline_counts = None  # (query, source, {(date, source): n}) of the last search
        self.ready = threading.Event()  # the library is open: searches, articles
        self.first_screen = threading.Event()  # the library is listed
        self.started_at = time.perf_counter()
        self.first_screen_at: float | None = None
        self._claims_closed = False
        self._reading = False  # single-pane terminals: the article (True) or the list
        self._claims_open_narrow = False
        settings = load_settings(library.settings_file)
        # the results view the user chose with v; None: compact on narrow terminals
        self.results_view = (
            settings.get("results_view") if settings.get("results_view") in VIEWS else None
        )
        if isinstance(settings.get("theme"), str) and settings["theme"] in self.available_themes:
            self.theme = settings["theme"]

    # keys of the main screen that mean nothing on the bookmarks or speaker screens:
    # hidden from their footers there, and the key goes to the screen's own binding
    MAIN_SCREEN_ONLY = frozenset({"toggle_claims", "bookmarks", "open_source", "focus_search"})

    def check_action(self, action: str, parameters) -> bool | None:
        if action in self.MAIN_SCREEN_ONLY and self.screen is not self.screen_stack[0]:
            return False
        return True

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

    # -- layout ---------------------------------------------------------------------
    def compose(self):
        yield SearchBar(id="search-bar")
        with Horizontal(id="panes"):
            yield ResultsPane(id="results")
            yield ArticleView(id="article")
            yield ClaimsPane(id="claims")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#search-bar").border_title = "belreader"
        self.query_one("#results").border_title = "Results"
        self.query_one("#article").border_title = "Article"
        self.query_one("#claims").border_title = "Claims"
        self.query_one(SearchBar).say("")
        self.query_one(ArticleView).clear("Opening the library…")
        self.query_one(ClaimsPane).show_hint()
        self.query_one(ResultsPane).hide_progress()
        self.watch(self, "theme", self._remember_theme, init=False)
        self.watch(self.query_one(ArticleView), "hit_status", self._show_hit_status)
        self.watch(self.screen, "focused", self._focus_moved)
        self._apply_width(self.size.width)
        self.query_one(ResultList).focus()
        self.load_library()

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        main = self.screen_stack[0]  # a resize can arrive while another screen is on top
        compact = self.results_view == "compact" or (
            self.results_view is None and width < COMPACT_WIDTH
        )
        main.query_one(ResultsPane).set_compact(compact)
        narrow = width < NARROW_WIDTH
        main.set_class(narrow, "-narrow")
        main.set_class(width < COMPACT_WIDTH, "-single")
        main.set_class(self._reading, "-reading")
        main.set_class(narrow and self._claims_open_narrow, "-claims-open")
        main.set_class(not narrow and self._claims_closed, "-claims-closed")

    def _focus_moved(self, widget) -> None:
        """On a single-pane terminal the pane in focus is the one shown: the article
        (or claims) while reading, the list when back in it. The search bar keeps
        whichever is up until a new query lists results."""
        if isinstance(widget, (ArticleView, ClaimsPane)) and not self._reading:
            self._reading = True
        elif isinstance(widget, ResultList) and self._reading:
            self._reading = False
        else:
            return
        self._apply_width(self.size.width)

    def _remember_theme(self, theme: str) -> None:
        save_settings(self.library.settings_file, theme=theme)
        # lists and the article hold text styled when drawn: draw them again once the
        # new theme's CSS is in place
        self.call_after_refresh(self._restyle)

    def _restyle(self) -> None:
        main = self.screen_stack[0]  # the palette may still be on top
        for widget in (
            main.query_one(ResultsPane),
            main.query_one(ClaimsPane),
            main.query_one(ArticleView),
        ):
            widget.restyle()

    def _show_hit_status(self, status: str) -> None:
        self.query_one("#article").border_subtitle = status

    # -- loading --------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="library")
    def load_library(self, rebuild: bool = False) -> None:
        """Show the library at once: the first page kept from the last start, drawn
        before the search engine is even imported; then open the index, list the
        library from it (replacing the kept page only if it differs) and catch up with
        changed files (a stat of every file), so start-up never waits for the scan.
        Only a missing index (or a rebuild) is built first, with a progress bar."""
        from ..results import read_first_page

        kept = None if rebuild else read_first_page(self.library.index_dir)
        if kept is not None:
            self.post_message(self.FirstPage(kept))
        from ..search import SearchError, SearchIndex

        index = report = results = error = None
        try:
            index = SearchIndex(self.library)
            if not rebuild and index.exists():
                with self.index_lock:
                    results = index.search("", limit=RESULTS_LIMIT)
                    fresh = not results.same_as(kept)
                    if fresh:
                        index.keep_first_page(results)
                self.post_message(self.LibraryReady(index, None, results if fresh else None, None))
                self._count_timeline(index, 0, "", None)
                self._catch_up(index, announce=False)
                return
            with self.index_lock:
                report = index.sync(
                    rebuild=rebuild, progress=self._progress_poster(), on_wait=self._waiting
                )
                results = index.search("", limit=RESULTS_LIMIT)
                index.keep_first_page(results)
        except SearchError as exc:
            error = str(exc)
        except OSError as exc:
            error = f"cannot open the index at {self.library.index_dir}: {exc.strerror or exc}"
        except Exception as exc:  # never a crash while indexing: the index is as it was
            error = f"indexing failed ({type(exc).__name__}: {exc})"
        self.post_message(self.LibraryReady(index, report, results, error))
        if results is not None:
            self._count_timeline(index, 0, "", None)

    def _progress_poster(self):
        last = [0.0]

        def progress(done: int, total: int, _path: str) -> None:
            now = time.monotonic()
            if done == total or now - last[0] > 0.05:  # a few updates a second is plenty
                last[0] = now
                self.post_message(self.IndexProgress(done, total))

        return progress

    def _waiting(self) -> None:
        self.call_from_thread(
            self.notify, "Another belreader is indexing this library: waiting for it…", timeout=8
        )

    @on(IndexProgress)
    @_while_running
    def show_index_progress(self, event: IndexProgress) -> None:
        self.query_one(ResultsPane).show_progress(event.done, event.total)

    @on(FirstPage)
    @_while_running
    def first_page(self, event: FirstPage) -> None:
        self._show_library(event.results)  # posted before LibraryReady, once

    def _show_skipped(self, *, announce: bool = False) -> None:
        """The skipped-files line on the library, from the list the last sync kept; a
        note when a sync changed it."""
        from .. import skipped

        files = skipped.load(self.library.index_dir)
        changed = files != self.skipped_files
        self.skipped_files = files
        self.query_one(ResultsPane).show_skipped(skipped.summary(files) if files else None)
        if announce and changed and files:
            self.notify(
                f"{skipped.summary(files)}: ctrl+p → “Skipped files” lists them",
                severity="warning",
                timeout=8,
            )

    def action_skipped_files(self) -> None:
        from .screens.skipped import SkippedScreen

        if not self.skipped_files:
            self.notify("No files skipped: every file in the corpus folders is in the library.")
            return
        self.push_screen(SkippedScreen(self.skipped_files))

    def _show_library(self, results) -> None:
        self._show_results(results, browsing=True)
        self.query_one(ArticleView).clear(LIBRARY_HINT)
        if not self.first_screen.is_set():
            self.first_screen_at = time.perf_counter()
            self.first_screen.set()

    @on(LibraryReady)
    @_while_running
    def library_ready(self, event: LibraryReady) -> None:
        pane = self.query_one(ResultsPane)
        pane.hide_progress()
        view = self.query_one(ArticleView)
        if event.error:
            self.index = event.index
            view.clear(
                f"{inert(event.error)}\n\nctrl+p → “Rebuild the index” rebuilds it from the corpus files; bookmarks are kept."
            )
            self.notify(event.error, severity="error", timeout=10)
            self.first_screen.set()
            self.ready.set()
            return
        self.index = event.index
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
        from ..bookmarks import BookmarkStore, BookmarkStoreError

        store = error = anchoring = None
        try:
            store = BookmarkStore(self.library.bookmarks_db)
        except BookmarkStoreError as exc:
            error = str(exc)
            try:  # a read-only database still lists and exports
                store = BookmarkStore(self.library.bookmarks_db, read_only=True)
            except BookmarkStoreError:
                store = None
        if store is not None and not store.read_only and self.index is not None:

            def lookup(article_id: str):
                with self.index_lock:
                    return self.index.article(article_id)

            try:
                anchoring = store.reanchor(lookup)
            except BookmarkStoreError as exc:
                error = str(exc)
        self.post_message(self.BookmarksReady(store, error, anchoring))

    @on(BookmarksReady)
    @_while_running
    def bookmarks_ready(self, event: BookmarksReady) -> None:
        self.store, self.store_error = event.store, event.error
        if event.error:
            self.notify(f"Bookmarks: {event.error}", severity="error", timeout=10)
        if event.anchoring and event.anchoring.get("orphan"):
            lost = event.anchoring["orphan"]
            self.notify(
                f"{plural(lost, 'bookmark')} lost {'its' if lost == 1 else 'their'} place: see B",
                severity="warning",
            )
        if self.article is not None:
            self._refresh_bookmark_marks()

    # -- keeping up with the files --------------------------------------------------
    def action_sync(self) -> None:
        self.sync_library(announce=True)

    @work(thread=True, exclusive=True, group="sync")
    def sync_library(self, announce: bool = False) -> None:
        if self.index is not None:
            self._catch_up(self.index, announce=announce)

    def _catch_up(self, index, *, announce: bool) -> None:
        """Pick up files added, changed or deleted since the last sync (stat only when
        nothing changed), so an article edited on disk is shown fresh; re-anchor
        bookmarks when anything changed. Runs in a worker thread."""
        from ..search import SearchError

        report = error = None
        try:
            if index.needs_sync():
                with self.index_lock:
                    report = index.sync(progress=self._progress_poster(), on_wait=self._waiting)
        except SearchError as exc:
            error = str(exc)
        except OSError as exc:
            error = f"cannot update the index ({exc.strerror or exc}): showing it as last synced"
        except Exception as exc:  # never a crash while indexing: the index is as it was
            error = (
                f"indexing failed ({type(exc).__name__}: {exc}): showing the index as last synced"
            )
        if error is None and not getattr(self, "_segments_checked", False):
            # once per session, in the background: garbage inside a segment file would
            # otherwise change results silently (a bounded share of the index per start)
            self._segments_checked = True
            from ..search import SEGMENT_CHECK_BUDGET

            damaged = index.damaged_segment_files(SEGMENT_CHECK_BUDGET)
            if damaged:
                error = (
                    f"the index file {damaged[0]} has changed since it was written (a disk error?), "
                    "so results may be wrong: ctrl+p → Rebuild the index"
                )
        if (
            report is not None
            and self.store is not None
            and not self.store.read_only
            and report.touched
        ):

            def lookup(article_id: str):
                with self.index_lock:
                    return index.article(article_id)

            try:
                self.store.reanchor(lookup)
            except Exception as exc:  # bookmarks stay as they were; say so
                error = f"bookmarks could not be re-anchored: {exc}"
        self.post_message(self.SyncDone(report, error, announce))

    @on(SyncDone)
    @_while_running
    def sync_done(self, event: SyncDone) -> None:
        self.query_one(ResultsPane).hide_progress()
        if event.error:
            self.notify(f"Sync: {event.error}", severity="warning")
        report = event.report
        if report is not None and report.resumed:
            self.notify("The last indexing run was interrupted; it has been completed now.")
        for note in report.unavailable_notes() if report is not None else ():
            self.notify(note, severity="warning")
        if report is not None:
            self._show_skipped(announce=True)
        if report is None or not report.touched:
            if event.announce and not event.error:
                self.notify("The library is up to date")
            return
        self.notify(
            f"Library synced: {report.added} added, {report.changed} changed, {report.deleted} deleted"
        )
        self.run_search(self.query_text)
        if self.article is None:
            return
        with self.index_lock:
            fresh = self.index.article(self.article.id)
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
            self.notify("The article changed on disk: reloaded")
        else:
            self._refresh_bookmark_marks()

    # -- search ---------------------------------------------------------------------
    @on(Input.Changed, "#query")
    def query_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if self._reading:  # a new query: show its results (single-pane terminals)
            self._reading = False
            self._apply_width(self.size.width)
        self.suggestion = None  # it was for the query before this edit
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(SEARCH_DEBOUNCE, lambda: self.run_search(self.query_text))

    def _pending_suggestion(self) -> str | None:
        """The "Did you mean" on screen (cleared as soon as the query is edited)."""
        return self.suggestion

    def action_accept_suggestion(self) -> None:
        suggestion = self._pending_suggestion()
        if suggestion is None:
            self.screen.focus_next()
            return
        self.search_for(suggestion)
        self.query_one(QueryInput).cursor_position = len(suggestion)

    @on(Input.Submitted, "#query")
    def query_submitted(self, event: Input.Submitted) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        if self._pending_suggestion() is not None:
            self.action_accept_suggestion()
            return
        if self.results is None or self.results.query != event.value.strip():
            self.run_search(event.value)
        self.query_one(ResultList).focus()

    def run_search(self, text: str) -> None:
        if self.index is None:
            return  # the library is still opening; it searches when ready
        self.search_seq += 1
        if self.date_filter is not None:
            text = f"{text} {self.date_filter[1]}".strip()
        self._search_worker(self.search_seq, text, self.source_filter)

    @work(thread=True, exclusive=True, group="search")
    def _search_worker(self, seq: int, text: str, source: str | None) -> None:
        from ..search import QueryError, SearchError

        results = error = None
        try:
            with self.index_lock:
                if seq != self.search_seq:
                    return  # a newer keystroke already asked for another search
                results = self.index.search(text, source=source, limit=RESULTS_LIMIT)
                if not text.strip() and source is None:  # the library, as the next start shows it
                    self.index.keep_first_page(results)
        except QueryError as exc:
            error = str(exc)
        except SearchError as exc:
            error = str(exc)
        self.post_message(self.SearchDone(seq, text, results, error))
        if results is not None and results.total:
            self._count_timeline(self.index, seq, text, source)  # after the list is on screen

    @on(SearchDone)
    @_while_running
    def search_done(self, event: SearchDone) -> None:
        if event.seq != self.search_seq:
            return  # stale: results of an older query never overwrite newer ones
        bar = self.query_one(SearchBar)
        if event.error:
            bar.say(f"⚠ {event.error}", error=True)
            return
        results = event.results
        browsing = not event.query.strip()
        self.suggestion = results.suggestion if results.total == 0 else None
        if results.total == 0 and results.suggestion:
            bar.say(
                f"No matches. Did you mean: {results.suggestion}?  (tab or enter searches for it)"
            )
        elif results.total == 0:
            bar.say("No matches.")
        else:
            bar.say("")
        self._show_results(results, browsing=browsing)
        if self.article is not None:
            self._refresh_hits()

    def _show_results(self, results, *, browsing: bool) -> None:
        self.results = results
        filters = [f"source: {self.source_filter}"] if self.source_filter else []
        if self.date_filter is not None:
            filters.append(f"date: {self.date_filter[0]}")
        self.query_one(ResultsPane).show_results(results, browsing=browsing, filters=filters)

    def set_source_filter(self, source: str | None) -> None:
        self.source_filter = source
        self.notify(f"Source filter: {source}" if source else "Source filter cleared")
        self.run_search(self.query_text)

    def set_date_filter(self, label: str | None, fragment: str | None = None) -> None:
        self.date_filter = (label, fragment) if label and fragment else None
        self.notify(f"Date filter: {label}" if self.date_filter else "Date filter cleared")
        self.run_search(self.query_text)

    def search_for(self, text: str) -> None:
        self.query_one(QueryInput).value = text  # triggers the debounced search

    # -- timeline -------------------------------------------------------------------
    def _count_timeline(self, index, seq: int, text: str, source: str | None) -> None:
        """In a worker, after its results were posted: the matches per (date, source)
        for the sparkline, unless a newer search has started meanwhile."""
        from ..search import SearchError
        from ..timeline import build

        try:
            with self.index_lock:
                if seq != self.search_seq:
                    return
                counts = index.date_source_counts(text, source=source)
        except SearchError:
            return  # the list is shown and says what went wrong, if anything did
        self.post_message(self.TimelineCounted(seq, text.strip(), source, counts, build(counts)))

    @on(TimelineCounted)
    @_while_running
    def timeline_counted(self, event: TimelineCounted) -> None:
        if event.seq != self.search_seq:
            return
        self.timeline_counts = (event.query, event.source, event.counts)
        self.query_one(ResultsPane).show_timeline(event.timeline)

    def action_timeline(self) -> None:
        if self.screen is not self.screen_stack[0]:
            return  # the chart is of the main screen's results
        if self.index is None:
            self.notify("The library is still opening.")
            return
        from .screens.timeline import TimelineScreen

        text = self.query_text.strip()
        if self.date_filter is not None:
            text = f"{text} {self.date_filter[1]}".strip()
        counts = None
        if self.timeline_counts is not None and self.timeline_counts[:2] == (
            text,
            self.source_filter,
        ):
            counts = self.timeline_counts[2]

        def filter_to(fragment: str | None) -> None:
            if fragment is None:
                return
            from .screens.timeline import with_period

            if self.date_filter is not None:  # the period in the bar replaces it
                self.date_filter = None
            self.search_for(with_period(self.query_text, fragment))
            self.query_one(ResultList).focus()

        self.push_screen(
            TimelineScreen(
                self.index, self.index_lock, text, source=self.source_filter, counts=counts
            ),
            filter_to,
        )

    # -- article --------------------------------------------------------------------
    @on(OptionList.OptionSelected, "#results-list")
    def result_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_article(event.option.id)

    def open_article(self, article_id: str, *, focus: bool = True) -> bool:
        if self.index is None:  # chosen from the kept first page: it opens when the index does
            self.pending_open = article_id
            return False
        from ..claims import split_sentences

        with self.index_lock:
            article = self.index.article(article_id)
            hits = (
                self.index.highlight_spans(article.body, self.query_text)
                if article and self.query_text.strip()
                else []
            )
        if article is None:
            self.notify(
                "That article is no longer in the library (deleted since the search).",
                severity="warning",
            )
            return False
        if not Path(article.path).exists():
            self.notify(
                "The article's file is gone from disk: showing the indexed copy.",
                severity="warning",
            )
        self.article = article
        view = self.query_one(ArticleView)
        view.show_article(
            article,
            hits=hits,
            sentences=split_sentences(article.body),
            bookmarks=self._bookmark_spans(article.id),
        )
        # stories (issue 19): the article's id, for "also in 3 articles" under its claims
        self.query_one(ClaimsPane).show_claims(article.claims, article_id=article.id)
        self.query_one("#claims").border_subtitle = plural(len(article.claims), "claim")
        if focus:
            view.focus()
        return True

    def _refresh_hits(self) -> None:
        with self.index_lock:
            hits = (
                self.index.highlight_spans(self.article.body, self.query_text)
                if self.query_text.strip()
                else []
            )
        self.query_one(ArticleView).set_hits(hits)

    def _bookmark_spans(self, article_id: str) -> list[tuple[int, int]]:
        if self.store is None:
            return []
        return [
            (m.start, m.end) for m in self.store.list(article_id=article_id) if m.anchor != "orphan"
        ]

    def _refresh_bookmark_marks(self) -> None:
        self.query_one(ArticleView).set_bookmarks(self._bookmark_spans(self.article.id))

    @on(ClaimsPane.Chosen)
    def claim_chosen(self, event: ClaimsPane.Chosen) -> None:
        if self.size.width < NARROW_WIDTH and self._claims_open_narrow:
            self.action_toggle_claims()  # narrow: back to the article, at the claim
        self.query_one(ArticleView).select_claim(event.claim_index)

    @on(ArticleView.ClaimChosen)
    def article_claim_chosen(self, event: ArticleView.ClaimChosen) -> None:
        self.query_one(ClaimsPane).mark(event.claim_index)

    @on(ArticleView.CursorMoved)
    def article_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.query_one(ClaimsPane).mark(event.claim_index)

    @on(BookmarksScreen.Open)
    def open_bookmark(self, event: BookmarksScreen.Open) -> None:
        mark = event.bookmark
        if self.open_article(mark.article_id):
            view = self.query_one(ArticleView)
            view.move_cursor_to_offset(mark.start, center=True)

    @on(BookmarksScreen.Reattach)
    def start_reattach(self, event: BookmarksScreen.Reattach) -> None:
        mark = event.bookmark
        if not self.open_article(mark.article_id):
            self.notify(
                "Its article is gone from the library: the bookmark can only be deleted (B, d).",
                severity="warning",
            )
            return
        self.pending_reattach = mark
        quote = " ".join(mark.exact.split())
        self.notify(
            f"Re-attaching “{quote[:120]}”: move to the passage (or select it) and press b; escape cancels.",
            timeout=15,
        )

    @on(SpeakerClaimsScreen.Open)
    def open_claim_elsewhere(self, event: SpeakerClaimsScreen.Open) -> None:
        if self.open_article(event.article_id):
            claims = self.article.claims
            index = next(
                (i for i, c in enumerate(claims) if (c.start, c.end) == (event.start, event.end)),
                None,
            )
            if index is not None:
                self.query_one(ArticleView).select_claim(index)
                self.query_one(ClaimsPane).mark(index)

    # -- passages: bookmark and copy ------------------------------------------------
    def current_passage(self):
        """What `b` and `y` act on: the mouse selection, else the claim highlighted in
        the claims pane (when it has focus), else the article's passage cursor."""
        view = self.query_one(ArticleView)
        if self.article is None:
            return None
        claims = self.query_one(ClaimsPane)
        if self.focused is claims:
            index = claims.claim_at(claims.highlighted)
            if index is not None:
                c = self.article.claims[index]
                from .widgets.article import Passage

                return Passage(c.start, c.end, "claim")
        return view.selected_passage()

    def action_bookmark(self) -> None:
        passage = self.current_passage()
        if passage is None:
            self.notify("Open an article first: b bookmarks the passage under the cursor.")
            return
        if self.store is None or self.store.read_only:
            reason = self.store_error or "the bookmarks database is not open yet"
            self.notify(f"Cannot bookmark: {reason}", severity="error")
            return
        article = self.article
        quote = article.body[passage.start : passage.end]
        if self.pending_reattach is not None:
            mark, self.pending_reattach = self.pending_reattach, None
            from ..bookmarks import BookmarkStoreError

            try:
                self.store.reattach(mark.id, article, passage.start, passage.end)
            except BookmarkStoreError as exc:
                self.notify(f"Not re-attached: {exc}", severity="error")
                return
            self.notify("Bookmark re-attached here")
            self._refresh_bookmark_marks()
            return

        def save(result) -> None:
            if result is None:
                return
            note, tags = result
            from ..bookmarks import BookmarkStoreError

            try:
                self.store.add(article, passage.start, passage.end, note=note, tags=tags)
            except BookmarkStoreError as exc:
                self.notify(f"Bookmark not saved: {exc}", severity="error")
                return
            self.notify("Bookmarked" + (f" with tags {', '.join(tags)}" if tags else ""))
            if self.article is article:
                self._refresh_bookmark_marks()

        self.push_screen(BookmarkDialog(quote), save)

    def action_copy_passage(self) -> None:
        passage = self.current_passage()
        if passage is None:
            self.notify("Open an article first: y copies the passage under the cursor.")
            return
        from ..bookmarks import citation_text, passage_provenance

        art = self.article
        date = art.date.isoformat() if art.date else None
        origin = passage_provenance(art, passage.start, passage.end)
        self.copy_citation(
            citation_text(
                art.body[passage.start : passage.end],
                title=art.title,
                source=art.source,
                date=date,
                origin=origin,
            )
        )

    def action_open_source(self) -> None:
        """newsboat's `o`: the article's URL in the browser, or on screen (and in the
        clipboard) where no browser can be started, as over ssh."""
        if self.article is None:
            self.notify("Open an article first: o opens its source in the browser.")
            return
        url = self.article.url
        if not url:
            self.notify(
                "This article's file gives no url: in its front matter.", severity="warning"
            )
            return
        if _browser_reachable():
            import webbrowser

            try:
                if webbrowser.open(url):
                    self.notify(f"Opened in the browser: {url}")
                    return
            except Exception:  # a broken browser setup: fall back to printing the URL
                pass
        self.copy_to_clipboard(url)
        self.last_copied = url
        self.notify(
            f"{url}\n(no browser can be started here; the link is in the clipboard via OSC 52)",
            title="Source",
            timeout=20,
        )

    def provenance(self, marks) -> dict:
        """URL and speaker of each bookmark, read from the index (empty while it opens)."""
        from ..bookmarks import provenance_of

        if self.index is None:
            return {}

        def lookup(article_id: str):
            with self.index_lock:
                return self.index.article(article_id)

        return provenance_of(marks, lookup)

    def copy_citation(self, text: str) -> None:
        self.last_copied = text
        self.copy_to_clipboard(text)
        caveat = _clipboard_caveat()
        if caveat:
            self.notify(
                f"Sent to the clipboard with OSC 52, but {caveat}", severity="warning", timeout=8
            )
        else:
            self.notify("Copied the passage with its citation")

    def export_bookmarks(self, marks, fmt: str, group: str, path: Path) -> None:
        from ..bookmarks import export_text

        out = export_text(marks, fmt, group_by=group, provenance=self.provenance(marks))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(out, "utf-8")
        except OSError as exc:
            self.notify(f"Export failed: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Exported {plural(len(marks), 'bookmark')} to {path}")

    # -- actions --------------------------------------------------------------------
    def on_key(self, event) -> None:
        # Keys typed in a burst right after `/` were queued for the pane that had focus
        # before the search bar took it; they bubble up here unhandled: type them into
        # the bar instead of dropping them.
        if event.is_printable and event.character and isinstance(self.focused, QueryInput):
            self.focused.insert_text_at_cursor(event.character)
            event.stop()

    def action_focus_search(self) -> None:
        focused = self.focused
        if isinstance(focused, Input):
            focused.insert_text_at_cursor("/")  # a "/" typed in any text field is text
            return
        # set at once, not via Widget.focus() (deferred)
        self.screen.set_focus(self.query_one(QueryInput))

    def action_focus_results(self) -> None:
        self.query_one(ResultList).focus()

    def action_back(self) -> None:
        if self.pending_reattach is not None:
            self.pending_reattach = None
            self.notify("Re-attaching cancelled")
            return
        focused = self.focused
        if isinstance(focused, ClaimsPane):
            if self.size.width < NARROW_WIDTH and self._claims_open_narrow:
                self.action_toggle_claims()  # narrow: close the claims, back to the article
            else:
                self.query_one(ArticleView).focus()
        elif isinstance(focused, ArticleView):
            self.query_one(ResultList).focus()
        elif isinstance(focused, (ResultList, QueryInput)) and self.query_text.strip():
            self.clear_query()
        elif isinstance(focused, ResultList):
            self.query_one(QueryInput).focus()
        elif isinstance(focused, QueryInput):
            self.query_one(ResultList).focus()

    def clear_query(self) -> None:
        """Escape from a search: the query goes and the library is listed, newest first
        (source and date filters stay: they are cleared from the palette)."""
        if self._debounce is not None:
            self._debounce.stop()
        bar = self.query_one(QueryInput)
        with bar.prevent(Input.Changed):
            bar.value = ""
        self.query_text = ""
        self.query_one(SearchBar).say("")
        self.run_search("")
        self.query_one(ResultList).focus()

    def action_toggle_view(self) -> None:
        pane = self.screen_stack[0].query_one(ResultsPane)
        self.results_view = "full" if pane.compact else "compact"
        save_settings(self.library.settings_file, results_view=self.results_view)
        self._apply_width(self.size.width)
        self.notify(f"Results: {self.results_view} list (v switches; remembered)")

    def action_toggle_claims(self) -> None:
        if self.size.width < NARROW_WIDTH:
            # narrow: the claims take the article's place rather than squeezing it
            self._claims_open_narrow = not self._claims_open_narrow
            self._apply_width(self.size.width)
            if self._claims_open_narrow:
                self.query_one(ClaimsPane).focus()
            elif isinstance(self.focused, ClaimsPane) or self.focused is None:
                self.query_one(ArticleView).focus()
            return
        self._claims_closed = not self._claims_closed
        self._apply_width(self.size.width)

    def action_help(self) -> None:
        from .screens.bookmarks import BookmarkList

        sections = [
            (
                "Everywhere",
                self.BINDINGS
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
        ]
        self.push_screen(HelpScreen(sections))

    def action_bookmarks(self) -> None:
        if self.store is None:
            self.notify(
                f"Bookmarks unavailable: {self.store_error or 'still opening'}", severity="error"
            )
            return
        self.push_screen(BookmarksScreen(self.store, export_dir=self.library.data_dir / "exports"))

    def alias_table(self):
        """The spellings search folds (the library's own aliases file included)."""
        from ..aliases import AliasFileError, default_table, load_table

        if self._aliases is None:
            try:
                self._aliases = load_table(self.library.aliases_file)
            except AliasFileError:
                self._aliases = default_table()
        return self._aliases

    def action_speaker_claims(self, speaker: str | None = None) -> None:
        if self.index is None:
            return
        if speaker is None:
            claims = self.query_one(ClaimsPane)
            index = claims.claim_at(claims.highlighted)
            if index is None or self.article is None:
                self.notify("Highlight a claim first: s lists everything its speaker said.")
                return
            speaker = self.article.claims[index].speaker
            if not speaker:
                self.notify("That claim has no named speaker.")
                return
        self.push_screen(SpeakerClaimsScreen(self.index, self.index_lock, speaker))

    def action_rebuild_index(self) -> None:
        self.query_one(ArticleView).clear("Rebuilding the index…")
        self.query_one(ClaimsPane).show_hint()
        self.article = None
        self.load_library(rebuild=True)

    def get_system_commands(self, screen):
        yield from super().get_system_commands(screen)
        yield SystemCommand("Bookmarks", "Open the bookmarks screen (B)", self.action_bookmarks)
        yield SystemCommand(
            "Toggle claims pane", "Show or hide the claims pane (c)", self.action_toggle_claims
        )
        yield SystemCommand(
            "Compact or full results list",
            "One line per article, or with snippets (v)",
            self.action_toggle_view,
        )
        yield SystemCommand(
            "Timeline",
            "Matches over time, per source; choose a period to filter (t)",
            self.action_timeline,
        )
        # stories (issue 19): the highlighted claim's quotation across outlets (m)
        yield SystemCommand(
            "Compare quotation across outlets",
            "Every article's version of the highlighted claim: wording, cue, hedges (m)",
            lambda: self.screen_stack[0].query_one(ClaimsPane).action_compare(),
        )
        yield SystemCommand(
            "Rebuild the index",
            "Re-read every article from scratch (bookmarks are kept)",
            self.action_rebuild_index,
        )
        if self.source_filter:
            yield SystemCommand(
                "Clear source filter",
                f"Show all sources again (now: {self.source_filter})",
                lambda: self.set_source_filter(None),
            )
        if self.date_filter:
            yield SystemCommand(
                "Clear date filter",
                f"Show every date again (now: {self.date_filter[0]})",
                lambda: self.set_date_filter(None),
            )
        for label, fragment in _date_filters():
            yield SystemCommand(
                f"Filter by date: {label}",
                fragment,
                lambda lb=label, fr=fragment: self.set_date_filter(lb, fr),
            )
        yield SystemCommand(
            "Sync now", "Pick up added, changed and deleted article files", self.action_sync
        )
        if self.skipped_files:
            yield SystemCommand(
                f"Skipped files ({len(self.skipped_files)})",
                "Files that could not be indexed, and why",
                self.action_skipped_files,
            )
        if self.results is not None and self.results.suggestion:
            suggestion = self.results.suggestion
            yield SystemCommand(
                f"Search for {suggestion}",
                "The suggested spelling",
                lambda: self.search_for(suggestion),
            )
        if self.index is not None:
            with self.index_lock:
                sources = self.index.sources()
            for name, count in sources.items():
                yield SystemCommand(
                    f"Filter by source: {name}",
                    plural(count, "article"),
                    lambda n=name: self.set_source_filter(n),
                )
        if self.article is not None:
            for speaker in sorted(
                {c.speaker for c in self.article.claims if is_named_speaker(c.speaker)}
            ):
                yield SystemCommand(
                    f"All claims by {speaker}",
                    "Across the library",
                    lambda s=speaker: self.action_speaker_claims(s),
                )
        if self.results is not None:
            for hit in self.results.hits:
                yield SystemCommand(
                    f"Open: {hit.title}",
                    f"{hit.source or 'unknown'} · {hit.date or 'undated'}",
                    lambda i=hit.id: self.open_article(i),
                )


def _date_filters(today=None) -> list[tuple[str, str]]:
    """Date ranges offered in the palette, as query fragments (date:[a to b])."""
    from datetime import date, timedelta

    today = today or date.today()
    year = today.year
    return [
        ("last 7 days", f"date:[{(today - timedelta(days=7)).isoformat()} to]"),
        ("last 30 days", f"date:[{(today - timedelta(days=30)).isoformat()} to]"),
        (f"this year ({year})", f"date:{year}"),
        (f"last year ({year - 1})", f"date:{year - 1}"),
        (f"before {year - 1}", f"date:[to {year - 2}-12-31]"),
    ]


def _browser_reachable() -> bool:
    """Whether a graphical browser can be started from here. Over ssh, or on a Linux
    console without a display, webbrowser would pick a text browser that takes over
    this terminal (or fail): print the URL instead."""
    import sys

    if os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"):
        return False
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _clipboard_caveat() -> str | None:
    """Why OSC 52 may not reach the system clipboard here, when we can tell."""
    if os.environ.get("TERM_PROGRAM") == "Apple_Terminal":
        return "Terminal.app ignores OSC 52: the clipboard was not changed."
    if os.environ.get("TMUX"):
        return "inside tmux it only arrives with `set -g set-clipboard on`."
    if os.environ.get("STY"):
        return "GNU screen does not pass OSC 52 on: the clipboard was probably not changed."
    if os.environ.get("TERM", "") in ("linux", "dumb"):
        return "this terminal has no clipboard support: the clipboard was not changed."
    return None


def run_app(library: Library) -> int:
    BelreaderApp(library).run()
    return 0
