"""The main screen: search bar on top; results | article | claims; a footer of keys.

It orchestrates through message handlers: widgets post what the user asked for
(messages.py), workers post what they found. Slow work (opening and syncing the index,
searching, re-anchoring bookmarks) runs in thread workers, through the Workspace; the
UI thread only draws.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.binding import Binding
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Input, OptionList

from ...settings import save_settings
from ...vocabulary import plural
from ...workspace import Workspace
from .. import passages
from ..layout import NARROW_WIDTH, PaneLayout
from ..messages import (
    AcceptSuggestion,
    ArticleClaimSelected,
    ArticleCursorMoved,
    BookmarkPassage,
    ClaimSelected,
    CompareArticleClaim,
    CompareClaim,
    CopyPassage,
    FocusResults,
    OpenBookmark,
    OpenClaim,
    OpenSource,
    ReattachBookmark,
    SearchDone,
    ShowSpeakerClaims,
    TimelineCounted,
    ToggleResultsView,
)
from ..widgets.article import ArticleView
from ..widgets.claims import ClaimsPane
from ..widgets.footer import KeyFooter
from ..widgets.results import ResultList, ResultsPane
from ..widgets.search_bar import QueryInput, SearchBar
from .bookmarks import BookmarksScreen
from .library import RESULTS_LIMIT, LibraryScreen, while_running
from .speaker import SpeakerClaimsScreen

SEARCH_DEBOUNCE = 0.12  # seconds of quiet typing before a search runs


class MainScreen(LibraryScreen):
    BINDINGS = [
        # priority: handled as the key arrives, before keys typed right after it are
        # handed to the pane that had focus (they must land in the search bar)
        Binding("slash", "focus_search", "Search", key_display="/", priority=True),
        Binding("B", "bookmarks", "Bookmarks"),
        Binding("c", "toggle_claims", "Claims pane"),
        Binding("o", "open_source", "Open source", show=False),
    ]

    def __init__(self, workspace: Workspace, *, results_view: str | None) -> None:
        super().__init__(workspace)
        self.panes = PaneLayout(results_view)
        self._mounted = False  # resizes reach the app before this screen is composed
        self.query_text = ""
        self.results = None
        self.source_filter: str | None = None
        self.date_filter: tuple[str, str] | None = None  # (label, query fragment)
        self.search_seq = 0
        self.suggestion: str | None = None  # "Did you mean" for the query in the bar
        self._debounce: Timer | None = None
        self.article = None
        self.pending_reattach = None  # an orphan bookmark waiting for its new place
        self.pending_open: str | None = None  # chosen from the first page before the index opened
        self.timeline_counts = None  # (query, source, {(date, source): n}) of the last search

    def check_action(self, action: str, parameters) -> bool | None:
        # While a modal screen (help, a dialog) is on top, the footer seen through it
        # lists none of this screen's own keys: they would not reach it.
        return self.app.screen is self

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
        self.watch(self.query_one(ArticleView), "hit_status", self._show_hit_status)
        self.watch(self, "focused", self._focus_moved)
        self._mounted = True
        self.apply_width(self.app.size.width)
        self.query_one(ResultList).focus()
        self.load_library()

    def apply_width(self, width: int) -> None:
        """Called by the app on every resize, also while another screen is on top
        (before this screen is mounted, on_mount applies the width itself)."""
        if self._mounted:
            self.panes.apply(self, width)

    def _focus_moved(self, widget) -> None:
        """On a single-pane terminal the pane in focus is the one shown: the article
        (or claims) while reading, the list when back in it. The search bar keeps
        whichever is up until a new query lists results."""
        if isinstance(widget, (ArticleView, ClaimsPane)) and not self.panes.reading:
            self.panes.reading = True
        elif isinstance(widget, ResultList) and self.panes.reading:
            self.panes.reading = False
        else:
            return
        self.apply_width(self.app.size.width)

    def restyle(self) -> None:
        """Draw again the text styled when drawn (after a theme change)."""
        for widget in (
            self.query_one(ResultsPane),
            self.query_one(ClaimsPane),
            self.query_one(ArticleView),
        ):
            widget.restyle()

    def _show_hit_status(self, status: str) -> None:
        self.query_one("#article").border_subtitle = status

    # -- search ---------------------------------------------------------------------
    @on(Input.Changed, "#query")
    def query_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if self.panes.reading:  # a new query: show its results (single-pane terminals)
            self.panes.reading = False
            self.apply_width(self.app.size.width)
        self.suggestion = None  # it was for the query before this edit
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(SEARCH_DEBOUNCE, lambda: self.run_search(self.query_text))

    def _pending_suggestion(self) -> str | None:
        """The "Did you mean" on screen (cleared as soon as the query is edited)."""
        return self.suggestion

    @on(AcceptSuggestion)
    def action_accept_suggestion(self) -> None:
        suggestion = self._pending_suggestion()
        if suggestion is None:
            self.focus_next()
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
        from ...search import SearchError

        results = error = None
        try:
            results = self.workspace.search(
                text,
                source=source,
                limit=RESULTS_LIMIT,
                # a newer keystroke may already have asked for another search
                still_wanted=lambda: seq == self.search_seq,
            )
        except SearchError as exc:  # QueryError included: the bar says what is wrong
            error = str(exc)
        else:
            if results is None:
                return
        stories = None
        if results is not None and results.total and text.strip():
            stories = self._count_stories(text, source, results)
        self.post_message(SearchDone(seq, text, results, error, stories))
        if results is not None and results.total:
            self.count_timeline(seq, text, source)  # after the list is on screen

    def _count_stories(self, text: str, source: str | None, results):
        """The matches counted as stories (None: the library has no copies, or
        its stories cannot be read): for the results header and its facets."""
        from ...search import SearchError
        from ...stories.fold import count_stories
        from ...stories.reader import read_stories

        def count(reader):
            return count_stories(
                reader,
                results.total,
                results.facets,
                lambda ids: self.workspace.matching_among(text, ids, source=source),
            )

        try:
            counts = read_stories(self.workspace.library.index_dir, count, None)
        except SearchError:
            return None
        return counts if counts is not None and counts.stories != results.total else None

    @on(SearchDone)
    @while_running
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
            bar.say(results.also_matched_line())
        self.show_results(results, browsing=browsing, stories=event.stories)
        if self.article is not None:
            self._refresh_hits()

    def show_results(self, results, *, browsing: bool, stories=None) -> None:
        self.results = results
        filters = [f"source: {self.source_filter}"] if self.source_filter else []
        if self.date_filter is not None:
            filters.append(f"date: {self.date_filter[0]}")
        self.query_one(ResultsPane).show_results(
            results, browsing=browsing, filters=filters, stories=stories
        )

    def set_source_filter(self, source: str | None) -> None:
        self.source_filter = source
        self.app.notify(f"Source filter: {source}" if source else "Source filter cleared")
        self.run_search(self.query_text)

    def set_date_filter(self, label: str | None, fragment: str | None = None) -> None:
        self.date_filter = (label, fragment) if label and fragment else None
        self.app.notify(f"Date filter: {label}" if self.date_filter else "Date filter cleared")
        self.run_search(self.query_text)

    def search_for(self, text: str) -> None:
        self.query_one(QueryInput).value = text  # triggers the debounced search

    # -- timeline -------------------------------------------------------------------
    def count_timeline(self, seq: int, text: str, source: str | None) -> None:
        """In a worker, after its results were posted: the matches per (date, source)
        for the sparkline, unless a newer search has started meanwhile."""
        from ...search import SearchError
        from ...timeline import build

        try:
            counts = self.workspace.date_source_counts(
                text, source=source, still_wanted=lambda: seq == self.search_seq
            )
        except SearchError:
            return  # the list is shown and says what went wrong, if anything did
        if counts is None:
            return
        self.post_message(TimelineCounted(seq, text.strip(), source, counts, build(counts)))

    @on(TimelineCounted)
    @while_running
    def timeline_counted(self, event: TimelineCounted) -> None:
        if event.seq != self.search_seq:
            return
        self.timeline_counts = (event.query, event.source, event.counts)
        self.query_one(ResultsPane).show_timeline(event.timeline)

    def action_timeline(self) -> None:
        if self.app.screen is not self:
            return  # the chart is of the main screen's results
        if self.index is None:
            self.app.notify("The library is still opening.")
            return
        from .timeline import TimelineScreen

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
            from .timeline import with_period

            if self.date_filter is not None:  # the period in the bar replaces it
                self.date_filter = None
            self.search_for(with_period(self.query_text, fragment))
            self.query_one(ResultList).focus()

        self.app.push_screen(
            TimelineScreen(self.workspace, text, source=self.source_filter, counts=counts),
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
        from ...claims import split_sentences

        article, hits = self.workspace.article_with_hits(article_id, self.query_text)
        if article is None:
            self.app.notify(
                "That article is no longer in the library (deleted since the search).",
                severity="warning",
            )
            return False
        if not Path(article.path).exists():
            self.app.notify(
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
        hits = self.workspace.highlight_spans(self.article.body, self.query_text)
        self.query_one(ArticleView).set_hits(hits)

    def _bookmark_spans(self, article_id: str) -> list[tuple[int, int]]:
        if self.store is None:
            return []
        return [
            (m.start, m.end) for m in self.store.list(article_id=article_id) if m.anchor != "orphan"
        ]

    def refresh_bookmark_marks(self) -> None:
        self.query_one(ArticleView).set_bookmarks(self._bookmark_spans(self.article.id))

    @on(ClaimSelected)
    def claim_chosen(self, event: ClaimSelected) -> None:
        if self.app.size.width < NARROW_WIDTH and self.panes.claims_open_narrow:
            self.action_toggle_claims()  # narrow: back to the article, at the claim
        self.query_one(ArticleView).select_claim(event.claim_index)

    @on(ArticleClaimSelected)
    def article_claim_chosen(self, event: ArticleClaimSelected) -> None:
        self.query_one(ClaimsPane).mark(event.claim_index)

    @on(ArticleCursorMoved)
    def article_cursor_moved(self, event: ArticleCursorMoved) -> None:
        self.query_one(ClaimsPane).mark(event.claim_index)

    @on(OpenBookmark)
    def open_bookmark(self, event: OpenBookmark) -> None:
        mark = event.bookmark
        if self.open_article(mark.article_id):
            view = self.query_one(ArticleView)
            view.move_cursor_to_offset(mark.start, center=True)

    @on(ReattachBookmark)
    def start_reattach(self, event: ReattachBookmark) -> None:
        mark = event.bookmark
        if not self.open_article(mark.article_id):
            self.app.notify(
                "Its article is gone from the library: the bookmark can only be deleted (B, d).",
                severity="warning",
            )
            return
        self.pending_reattach = mark
        quote = " ".join(mark.exact.split())
        self.app.notify(
            f"Re-attaching “{quote[:120]}”: move to the passage (or select it) and press b; esc cancels.",
            timeout=15,
        )

    @on(CompareArticleClaim)
    def compare_article_claim(self, event: CompareArticleClaim) -> None:
        if event.claim_index is None:
            self.app.notify("Go to a claim first (] next claim): m compares it across outlets.")
            return
        self.query_one(ClaimsPane).compare(event.claim_index)

    @on(CompareClaim)
    def compare_quotation(self, event: CompareClaim) -> None:
        from .compare import CompareScreen  # stories are read only when asked for

        self.app.push_screen(CompareScreen(self.app.library.index_dir, event.group), self._follow)

    @on(OpenClaim)
    def open_claim_elsewhere(self, event: OpenClaim) -> None:
        if self.open_article(event.article_id):
            claims = self.article.claims
            index = next(
                (i for i, c in enumerate(claims) if (c.start, c.end) == (event.start, event.end)),
                None,
            )
            if index is not None:
                self.query_one(ArticleView).select_claim(index)
                self.query_one(ClaimsPane).mark(index)

    # -- passages: b, y, o ---------------------------------------------------------
    @on(BookmarkPassage)
    def bookmark_passage(self) -> None:
        passages.bookmark(self)

    @on(CopyPassage)
    def copy_passage(self) -> None:
        passages.copy(self)

    @on(OpenSource)
    def action_open_source(self) -> None:
        passages.open_source(self)

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
        self.set_focus(self.query_one(QueryInput))

    @on(FocusResults)
    def action_focus_results(self) -> None:
        self.query_one(ResultList).focus()

    def action_back(self) -> None:
        if self.pending_reattach is not None:
            self.pending_reattach = None
            self.app.notify("Re-attaching cancelled")
            return
        focused = self.focused
        if isinstance(focused, ClaimsPane):
            if self.app.size.width < NARROW_WIDTH and self.panes.claims_open_narrow:
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

    @on(ToggleResultsView)
    def action_toggle_view(self) -> None:
        pane = self.query_one(ResultsPane)
        self.panes.results_view = "full" if pane.compact else "compact"
        save_settings(self.workspace.library.settings_file, results_view=self.panes.results_view)
        self.apply_width(self.app.size.width)
        self.app.notify(f"Results: {self.panes.results_view} list (v switches; remembered)")

    def compare_claim(self) -> None:
        """The highlighted claim's quotation across outlets (the claims pane's m)."""
        self.query_one(ClaimsPane).action_compare()

    def action_toggle_claims(self) -> None:
        if self.app.size.width < NARROW_WIDTH:
            # narrow: the claims take the article's place rather than squeezing it
            self.panes.claims_open_narrow = not self.panes.claims_open_narrow
            self.apply_width(self.app.size.width)
            if self.panes.claims_open_narrow:
                self.query_one(ClaimsPane).focus()
            elif isinstance(self.focused, ClaimsPane) or self.focused is None:
                self.query_one(ArticleView).focus()
            return
        self.panes.claims_closed = not self.panes.claims_closed
        self.apply_width(self.app.size.width)

    def action_bookmarks(self) -> None:
        if self.store is None:
            self.app.notify(
                f"Bookmarks unavailable: {self.store_error or 'still opening'}", severity="error"
            )
            return
        self.app.push_screen(
            BookmarksScreen(self.workspace, export_dir=self.workspace.library.data_dir / "exports"),
            self._follow,
        )

    @on(ShowSpeakerClaims)
    def claims_of_highlighted_speaker(self) -> None:
        self.action_speaker_claims()

    def action_speaker_claims(self, speaker: str | None = None) -> None:
        if self.index is None:
            return
        if speaker is None:
            claims = self.query_one(ClaimsPane)
            index = claims.claim_at(claims.highlighted)
            if index is None or self.article is None:
                self.app.notify("Highlight a claim first: s lists everything its speaker said.")
                return
            speaker = self.article.claims[index].speaker
            if not speaker:
                self.app.notify("That claim has no named speaker.")
                return
        self.app.push_screen(SpeakerClaimsScreen(self.workspace, speaker), self._follow)

    def _follow(self, where) -> None:
        """Where a closing screen asked to go (a message), handled once it is gone."""
        if where is not None:
            self.post_message(where)

    def action_rebuild_index(self) -> None:
        self.query_one(ArticleView).clear("Rebuilding the index…")
        self.query_one(ClaimsPane).show_hint()
        self.article = None
        self.load_library(rebuild=True)
