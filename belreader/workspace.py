"""One library folder at work: its search index, its bookmark store, and the lock the
index is used under.

A Whoosh searcher is not meant to be shared across threads, and the app searches,
syncs and re-anchors bookmarks from worker threads: every use of the index goes
through a method here, which takes the lock. Callers (the app's screens, its
workers) hold a Workspace, never the lock.

The search engine is imported only when first needed: the app draws its first
screen before that.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .library import Library

if TYPE_CHECKING:
    from .aliases import AliasTable
    from .article import Article
    from .bookmarks import BookmarkStore
    from .results import Results
    from .search import SearchIndex, SyncReport

Progress = Callable[[int, int, str], None]


@dataclass
class Opened:
    """What opening the index found. ``results`` is None when the kept first page
    (passed to `Workspace.open`) is still right; ``error`` says why nothing opened."""

    report: SyncReport | None
    results: Results | None
    error: str | None


@dataclass
class CaughtUp:
    """What a catch-up sync did (``report`` None: nothing had changed) and what went
    wrong, if anything."""

    report: SyncReport | None
    error: str | None


class Workspace:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.index: SearchIndex | None = None  # set once `open` has run
        self.store: BookmarkStore | None = None  # set once `open_bookmarks` has run
        self.store_error: str | None = None
        self._lock = threading.Lock()
        self._segments_checked = False
        self._aliases: AliasTable | None = None

    def aliases(self) -> AliasTable:
        """The spellings search folds (the library's own aliases file included): the
        open index's own table, so bookmarks filter with exactly what search folds; read
        from the file only while the index is not open yet."""
        from .aliases import load_table

        if self.index is not None:
            return self.index.aliases
        if self._aliases is None:
            self._aliases = load_table(self.library.aliases_file)
        return self._aliases

    @contextmanager
    def _locked(self, still_wanted: Callable[[], bool] | None) -> Iterator[bool]:
        """The lock, and whether the work it guards is still wanted once it is held
        (a newer request may have come in while this one waited)."""
        with self._lock:
            yield still_wanted is None or still_wanted()

    # -- opening and keeping up with the files ------------------------------------
    def open(
        self,
        *,
        kept: Results | None,
        rebuild: bool,
        limit: int,
        progress: Progress | None = None,
        on_wait: Callable[[], None] | None = None,
    ) -> Opened:
        """Open the index (building it first only when it is missing, or for a
        rebuild) and list the library's first ``limit`` articles, keeping that page
        for the next start unless ``kept`` already shows it. Runs in a worker."""
        from .search import SearchError, SearchIndex

        index: SearchIndex | None = None
        report = results = error = None
        try:
            index = SearchIndex(self.library)
            if not rebuild and index.exists():
                with self._lock:
                    results = index.search("", limit=limit)
                    fresh = not results.same_as(kept)
                    if fresh:
                        index.keep_first_page(results)
                self.index = index
                return Opened(None, results if fresh else None, None)
            with self._lock:
                report = index.sync(rebuild=rebuild, progress=progress, on_wait=on_wait)
                results = index.search("", limit=limit)
                index.keep_first_page(results)
        except SearchError as exc:
            error = str(exc)
        except OSError as exc:
            error = f"cannot open the index at {self.library.index_dir}: {exc.strerror or exc}"
        except Exception as exc:  # never a crash while indexing: the index is as it was
            error = f"indexing failed ({type(exc).__name__}: {exc})"
        self.index = index
        return Opened(report, results, error)

    def catch_up(
        self, *, progress: Progress | None = None, on_wait: Callable[[], None] | None = None
    ) -> CaughtUp:
        """Pick up files added, changed or deleted since the last sync (stat only when
        nothing changed); re-anchor bookmarks when anything changed. Runs in a worker."""
        from .search import SEGMENT_CHECK_BUDGET, SearchError

        index = self.index
        if index is None:
            return CaughtUp(None, None)
        report = error = None
        try:
            if index.needs_sync():
                with self._lock:
                    report = index.sync(progress=progress, on_wait=on_wait)
        except SearchError as exc:
            error = str(exc)
        except OSError as exc:
            error = f"cannot update the index ({exc.strerror or exc}): showing it as last synced"
        except Exception as exc:  # never a crash while indexing: the index is as it was
            error = (
                f"indexing failed ({type(exc).__name__}: {exc}): showing the index as last synced"
            )
        if error is None and not self._segments_checked:
            # once per session, in the background: garbage inside a segment file would
            # otherwise change results silently (a bounded share of the index per start)
            self._segments_checked = True
            damaged = index.damaged_segment_files(SEGMENT_CHECK_BUDGET)
            if damaged:
                error = (
                    f"the index file {damaged[0]} has changed since it was written (a disk error?), "
                    "so results may be wrong: ctrl+p → Rebuild the index"
                )
        store = self.store
        if report is not None and store is not None and not store.read_only and report.touched:
            try:
                store.reanchor(self.article)
            except Exception as exc:  # bookmarks stay as they were; say so
                error = f"bookmarks could not be re-anchored: {exc}"
        return CaughtUp(report, error)

    # -- bookmarks ------------------------------------------------------------------
    def open_bookmarks(self) -> dict | None:
        """Open the bookmark store (read-only when it cannot be written: it still lists
        and exports) and re-anchor its bookmarks to the index. Returns the anchoring
        counts; `store_error` says what went wrong. Runs in a worker."""
        from .bookmarks import BookmarkStore, BookmarkStoreError

        store: BookmarkStore | None = None
        error = None
        anchoring = None
        try:
            store = BookmarkStore(self.library.bookmarks_db)
        except BookmarkStoreError as exc:
            error = str(exc)
            try:
                store = BookmarkStore(self.library.bookmarks_db, read_only=True)
            except BookmarkStoreError:
                store = None
        if store is not None and not store.read_only and self.index is not None:
            try:
                anchoring = store.reanchor(self.article)
            except BookmarkStoreError as exc:
                error = str(exc)
        self.store, self.store_error = store, error
        return anchoring

    def provenance(self, marks: list) -> dict:
        """URL and speaker of each bookmark, read from the index (empty while it opens)."""
        from .bookmarks import provenance_of

        if self.index is None:
            return {}
        return provenance_of(marks, self.article)

    # -- reading the index ----------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        assert self.index is not None
        with self._lock:
            return self.index.article(article_id)

    def article_with_hits(
        self, article_id: str, query: str
    ) -> tuple[Article | None, list[tuple[int, int]]]:
        """An article and the spans ``query`` highlights in it, read together."""
        assert self.index is not None
        with self._lock:
            article = self.index.article(article_id)
            hits = (
                self.index.highlight_spans(article.body, query) if article and query.strip() else []
            )
        return article, hits

    def highlight_spans(self, body: str, query: str) -> list[tuple[int, int]]:
        assert self.index is not None
        if not query.strip():
            return []
        with self._lock:
            return self.index.highlight_spans(body, query)

    def sources(self) -> dict[str, int]:
        if self.index is None:
            return {}
        with self._lock:
            return self.index.sources()

    def search(
        self,
        text: str,
        *,
        source: str | None = None,
        limit: int,
        snippets: int | None = None,
        still_wanted: Callable[[], bool] | None = None,
    ) -> Results | None:
        """Search (None: ``still_wanted`` said no once the lock was held). The
        library's own listing is kept as the first page the next start shows."""
        assert self.index is not None
        extra: dict[str, Any] = {} if snippets is None else {"snippets": snippets}
        with self._locked(still_wanted) as wanted:
            if not wanted:
                return None
            results = self.index.search(text, source=source, limit=limit, **extra)
            if not text.strip() and source is None:
                self.index.keep_first_page(results)
            return results

    def matching_among(self, text: str, ids: list[str], *, source: str | None = None) -> set[str]:
        """Which of ``ids`` match the search (stories counted per source)."""
        assert self.index is not None
        with self._lock:
            return self.index.matching_among(text, ids, source=source)

    def date_source_counts(
        self,
        text: str,
        *,
        source: str | None = None,
        still_wanted: Callable[[], bool] | None = None,
    ) -> dict | None:
        """Matches per (date, source) (None: ``still_wanted`` said no)."""
        assert self.index is not None
        with self._locked(still_wanted) as wanted:
            if not wanted:
                return None
            return self.index.date_source_counts(text, source=source)

    def claims_by(self, speaker: str) -> list:
        """Every claim by ``speaker`` across the library, as (article, claim) rows."""
        from .claim_search import find_claims

        assert self.index is not None
        with self._lock:
            return list(find_claims(self.index, speaker=speaker))
