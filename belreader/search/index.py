"""``SearchIndex``: the one object the rest of belreader holds for a library's index
(see docs/scaling.md for the calls and what each would map to in OpenSearch).

It opens the index with the library's alias table (``analysis``), syncs it
(``sync.Syncer``), and answers searches: a query parsed and checked (``query``), its
matches scored (``engine``: the fast block evaluator, else Whoosh's own matchers),
facets and browsing from the per-document columns, snippets (``snippets``) and
"did you mean" (``suggest``). Everything it returns is plain dataclasses."""

from __future__ import annotations

import heapq
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from whoosh import query as wq

from .. import aliases as aliases_mod
from ..article import Article
from ..first_page import FIRST_PAGE_FILE, write_first_page
from ..library import Library
from ..published import clock_from_text
from ..results import Hit, Results
from . import manifest as mf
from .analysis import Analysis
from .engine import matching_docs, raw_source, run, top
from .engine.evaluate import filtered
from .names import NameIndex
from .query import parse_query, positive_terms
from .schema import stored_article
from .snippets import best_snippets, match_spans, trim_snippet
from .spellings import Spellings
from .store import IndexStore
from .suggest import WordList, suggest
from .sync import SYNC_MARKER, Syncer
from .types import (
    IndexDamaged,
    ProgressFn,
    QueryError,
    SearchError,
    SyncReport,
    damage_message,
    reads_index,
)


class SearchIndex:
    """One library's index. Open it once and keep it: its searcher is reused between
    queries, and its alias table (``aliases``) is its own."""

    def __init__(self, library: Library, *, aliases: aliases_mod.AliasTable | None = None) -> None:
        if aliases is None:  # a broken user file leaves the bundled table (file_error)
            aliases = aliases_mod.load_table(library.aliases_file)
        self.library = library
        self.aliases = aliases
        self.analysis = Analysis(aliases)
        self._store = IndexStore(library, self.analysis)
        self.dir = self._store.dir
        self._words = WordList(library.index_dir)
        # long forms and names across romanisations, at query time
        self.spellings = Spellings(self.analysis, NameIndex(library.index_dir), self._words.has)
        self._syncer = Syncer(self._store, self._words)
        self._kept_page: Results | None = None  # the first page last kept (keep_first_page)
        self._columns_of: tuple[object, tuple] | None = None  # (searcher, its columns)

    # -- the index ---------------------------------------------------------------------
    def exists(self) -> bool:
        return self._store.exists()

    def close(self) -> None:
        self._store.close()

    @reads_index
    def searcher(self):
        return self._store.searcher()

    # -- sync --------------------------------------------------------------------------
    def needs_sync(self) -> bool:
        """Cheap check (stat only) for whether ``sync`` would change anything."""
        return self._syncer.needs_sync()

    def sync(
        self,
        *,
        rebuild: bool = False,
        progress: ProgressFn | None = None,
        on_wait: Callable[[], None] | None = None,
        wait_timeout: float = 600.0,
    ) -> SyncReport:
        """Bring the index in line with the corpus folders (see ``sync.Syncer.sync``):
        one process at a time, crash-consistent, touching only what changed."""
        report = self._syncer.sync(
            rebuild=rebuild, progress=progress, on_wait=on_wait, wait_timeout=wait_timeout
        )
        # stories (issue 19): copies and shared quotes grouped in stories.sqlite3, imported
        # only here; a failure there lands in report.warnings and the sync stands
        from ..stories.refresh import refresh_after_sync

        refresh_after_sync(self, report)
        return report

    def damaged_segment_files(self, budget_bytes: int | None = None) -> list[str]:
        """Segment files whose digest differs from the one recorded when they were
        written (see ``manifest.damaged_segment_files``)."""
        return mf.damaged_segment_files(self.library.index_dir, self.dir, budget_bytes)

    def keep_first_page(self, page: Results) -> None:
        """Keep ``page`` (the library newest first, as the app shows it on start) for the
        next start to draw before the index opens. Not while a sync is writing: the page
        may already be out of date. (A sync in another process that starts and ends
        between the search and this write leaves a stale page; the app replaces a kept
        page that differs from the index as soon as the index is open.)"""
        if page.same_as(self._kept_page) and (self.library.index_dir / FIRST_PAGE_FILE).exists():
            return
        if not (self.library.index_dir / SYNC_MARKER).exists():
            write_first_page(self.library.index_dir, page)
            self._kept_page = page

    # -- reading ---------------------------------------------------------------------
    @reads_index
    def count(self) -> int:
        return self.searcher().doc_count()

    @reads_index
    def article(self, article_id: str) -> Article | None:
        fields_ = self.searcher().document(id=article_id)
        if fields_ is None:
            return None
        return stored_article(fields_)

    @reads_index
    def sources(self) -> dict[str, int]:
        return self._browse(self.searcher(), 0, None)[2]

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article (for claims across the library)."""
        try:
            for fields_ in self.searcher().all_stored_fields():
                yield stored_article(fields_)
        except SearchError:
            raise
        except Exception as exc:
            raise IndexDamaged(damage_message(self.dir, exc)) from None

    # -- per-document columns, read once per searcher ----------------------------------
    def _columns(self, s) -> tuple[list, list, list[int] | range]:
        """(sort dates, raw source values, live docnums) for every document of the
        searcher's reader: a list each, so browsing and facet counts are list lookups
        instead of whoosh's sorting and grouping machinery (which scores and sorts
        every match: ~0.5 s at 100k articles for the first screen)."""
        cached = self._columns_of
        if cached is not None and cached[0] is s:
            return cached[1]
        reader = s.reader()
        if not reader.doc_count_all():  # an empty library: whoosh's EmptyReader has no columns
            cols: tuple = ([], [], range(0))
            self._columns_of = (s, cols)
            return cols
        dates = list(reader.column_reader("sort_date", translate=False))
        sources = list(reader.column_reader("source_facet", translate=False))
        live = (
            list(reader.all_doc_ids()) if reader.has_deletions() else range(reader.doc_count_all())
        )
        cols = (dates, sources, live)
        self._columns_of = (s, cols)
        return cols

    def _browse(self, s, limit: int, source: str | None):
        """The library newest first (undated last): (page of (docnum, 0.0), total, facets)."""
        dates, sources, live = self._columns(s)
        if source is not None:
            want = raw_source(source, sources)
            live = [d for d in live if sources[d] == want]
        counts = Counter(sources[d] for d in live)
        top = heapq.nlargest(limit, live, key=lambda d: (dates[d], -d)) if limit else []
        return [(d, 0.0) for d in top], len(live), _named_counts(counts)

    def _query(self, s, q: wq.Query, limit: int, source: str | None):
        """(page of (docnum, score), total, facets) for a parsed query."""
        dates, sources, live = self._columns(s)
        scoring, allowed = filtered(s, q, dates, sources, live, source)
        if allowed is not None and not allowed:
            # nothing passes the filters; an empty allow set would mean "no filter" to whoosh
            return [], 0, {}
        matches = run(s, scoring, allowed, limit)
        found = matches.scores
        if found is not None:
            counts = Counter(map(sources.__getitem__, found))
            return top(found, limit), len(found), _named_counts(counts)
        counts = Counter(sources[d] for d in matches.matched)
        return matches.page, sum(counts.values()), _named_counts(counts)

    # -- queries ---------------------------------------------------------------------
    @reads_index
    def parse(self, text: str) -> wq.Query:
        """Whoosh query language -> Query, or QueryError with a user-facing reason."""
        return parse_query(
            text,
            self._store.schema,
            self.searcher().reader(),
            self._words.starting_with,
            self.analysis.term,
            self.spellings.expand,
        )

    @reads_index
    def search(
        self,
        text: str,
        *,
        source: str | None = None,
        limit: int = 20,
        snippets: int = 2,
    ) -> Results:
        started = time.perf_counter()
        q = self.parse(text)
        s = self.searcher()
        browsing = isinstance(q, wq.Every)
        try:
            if browsing:
                page, total, facets = self._browse(s, limit, source)
            else:
                # top hits only (whoosh can skip blocks of postings that cannot reach
                # the first page); the total and the per-source counts come from one
                # unscored pass over the matches (whoosh's groupedby would score and
                # sort every match, and keep them all)
                page, total, facets = self._query(s, q, limit, source)
        except SearchError:
            raise
        except Exception as exc:  # query limits raise QueryError first: this is the files
            raise IndexDamaged(damage_message(self.dir, exc)) from None
        hits: list[Hit] = []
        exact, prefixes = positive_terms(q) if not browsing else (set(), ())
        term_of = self.analysis.term
        for docnum, score in page:
            stored = s.stored_fields(docnum)
            item = Hit(
                id=stored["id"],
                path=stored["path"],
                title=stored.get("title", ""),
                source=stored.get("source"),
                date=stored["date"].date() if stored.get("date") else None,
                time=clock_from_text(stored.get("time")),
                score=score,
                url=stored.get("url"),
            )
            if not browsing and snippets:
                item.snippets = best_snippets(
                    stored.get("body", ""), exact, prefixes, term_of, top=snippets
                )
                item.title_highlights = match_spans(item.title, exact, prefixes, term_of)[0]
            if not item.snippets:
                body = stored.get("body", "")
                item.snippets = [trim_snippet(body[:200], [])] if body else []
            hits.append(item)
        suggestion = None
        if total == 0 and not browsing:
            suggestion = suggest(text, s.reader(), self.analysis.term, self._words.starting_with)
        return Results(
            query=text,
            total=total,
            hits=hits,
            facets=facets,
            suggestion=suggestion,
            elapsed=time.perf_counter() - started,
            also_matched=[a.to_json() for a in self.spellings.expansion(text).also],
        )

    # stories (issue 19): which of some articles match, for facets that count a story once
    @reads_index
    def matching_among(
        self, text: str, ids: Iterable[str], *, source: str | None = None
    ) -> set[str]:
        """Which of ``ids`` match ``text`` (with the ``source`` filter, as a search)."""
        q = self.parse(text)
        s = self.searcher()
        dates, sources, live = self._columns(s)
        try:
            docs = set(matching_docs(s, q, dates, sources, live, source))
            found = set()
            for article_id in ids:
                docnum = s.document_number(id=article_id)
                if docnum is not None and docnum in docs:
                    found.add(article_id)
        except SearchError:
            raise
        except Exception as exc:
            raise IndexDamaged(damage_message(self.dir, exc)) from None
        return found

    def highlight_spans(self, text: str, q: wq.Query | str) -> list[tuple[int, int]]:
        """Character spans in ``text`` of the words that match the query's positive
        terms (any spelling: the same analyzer folds aliases and stems)."""
        if isinstance(q, str):
            try:
                q = self.parse(q)
            except QueryError:
                return []
        exact, prefixes = positive_terms(q)
        if not exact and not prefixes:
            return []
        return match_spans(text, exact, prefixes, self.analysis.term)[0]

    @reads_index
    def date_source_counts(self, text: str, *, source: str | None = None) -> dict:
        """{(date or None, source or None): number of documents matching ``text``}, for
        timelines. Read from the per-document date and source columns, never from
        stored fields: ~50k matches at 100k articles cost one pass over two lists."""
        q = self.parse(text)
        s = self.searcher()
        dates, sources, live = self._columns(s)
        try:
            docs = matching_docs(s, q, dates, sources, live, source)
        except SearchError:
            raise
        except Exception as exc:
            raise IndexDamaged(damage_message(self.dir, exc)) from None
        pairs = Counter(zip(map(dates.__getitem__, docs), map(sources.__getitem__, docs)))
        # a library has a few thousand distinct days and a few sources: convert each once
        days = {
            ymd: date(ymd // 10000, ymd // 100 % 100, ymd % 100) if ymd else None
            for ymd in {ymd for ymd, _ in pairs}
        }
        names = {
            raw: (raw.decode("utf-8") if isinstance(raw, bytes) else raw) or None
            for raw in {raw for _, raw in pairs}
        }
        out: dict = {}
        for (ymd, raw), n in pairs.items():
            key = (days[ymd], names[raw])
            out[key] = out.get(key, 0) + n
        return out


def _named_counts(counts) -> dict[str, int]:
    named: dict[str, int] = {}
    for key, n in counts.items():
        if not key:
            continue
        name = key.decode("utf-8") if isinstance(key, bytes) else str(key)
        named[name] = named.get(name, 0) + n
    return dict(sorted(named.items(), key=lambda kv: (-kv[1], kv[0])))
