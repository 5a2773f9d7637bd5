"""Every message the app's widgets, screens and workers post, in one place.

Widgets say what the user asked for (BookmarkPassage, ...) and the screen that owns
them decides what it means; workers post what they found. Screens handle them with
``@on(...)``. Each message is a dataclass, as in posting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

# -- from workers: news about the library -------------------------------------------


@dataclass
class IndexProgress(Message):
    done: int
    total: int


@dataclass
class FirstPage(Message):
    """The library's first page as the last start left it, before the index opens."""

    results: Any


@dataclass
class LibraryReady(Message):
    """The index is open (results None: the first page shown is still right)."""

    report: Any
    results: Any
    error: str | None


@dataclass
class BookmarksReady(Message):
    """The bookmark store is open; how re-anchoring went (None: it did not run)."""

    anchoring: dict | None


@dataclass
class SyncDone(Message):
    report: Any
    error: str | None
    announce: bool


@dataclass
class SearchDone(Message):
    seq: int
    query: str
    results: Any
    error: str | None
    stories: Any = None  # stories.fold.StoryCounts when copies fold, else None


@dataclass
class TimelineCounted(Message):
    """Matches per (date, source) of search ``seq``, for the sparkline and ``t``."""

    seq: int
    query: str
    source: str | None
    counts: dict
    timeline: Any


@dataclass
class SpeakerClaimsLoaded(Message):
    """(article, claim) rows of one speaker's claims across the library."""

    rows: list


@dataclass
class TimelineCountsLoaded(Message):
    counts: dict | None
    error: str | None


@dataclass
class PeriodTitlesLoaded(Message):
    """The best-matching titles of the timeline period starting at ``start``."""

    start: Any
    lines: list[str]


# -- from widgets: what the user asked for ----------------------------------------


@dataclass
class ClaimSelected(Message):
    """A claim was chosen in the claims pane: the article goes to it."""

    claim_index: int


@dataclass
class ArticleClaimSelected(Message):
    """The article moved to a claim (] and [): the claims pane marks it."""

    claim_index: int


@dataclass
class ArticleCursorMoved(Message):
    """The passage cursor moved; the claims pane marks the claim it is in."""

    offset: int
    claim_index: int | None


@dataclass
class BookmarkPassage(Message):
    """b: bookmark the passage under the cursor (or the highlighted claim)."""


@dataclass
class CopyPassage(Message):
    """y: copy the passage under the cursor with its citation."""


@dataclass
class OpenSource(Message):
    """o: the open article's URL in the browser."""


@dataclass
class ShowSpeakerClaims(Message):
    """s: everything the highlighted claim's speaker said, across the library."""


@dataclass
class CompareClaim(Message):
    """m on a claim carried elsewhere: its quotation across outlets (issue 19)."""

    group: int


@dataclass
class CompareArticleClaim(Message):
    """m in the article: the claim the reading cursor is on (None: not on one) across
    outlets, as m in the claims pane."""

    claim_index: int | None


@dataclass
class ToggleResultsView(Message):
    """v: a compact or full results list."""


@dataclass
class FocusResults(Message):
    """down in the search bar: to the results list."""


@dataclass
class AcceptSuggestion(Message):
    """tab in the search bar: take the "Did you mean", else move on."""


# -- from screens, as they close: where the main screen should go ----------------


@dataclass
class OpenBookmark(Message):
    bookmark: Any


@dataclass
class ReattachBookmark(Message):
    """Move an orphaned bookmark: its article opens, and b puts it at the cursor."""

    bookmark: Any


@dataclass
class OpenClaim(Message):
    """Open an article at the claim spanning ``start``..``end``."""

    article_id: str
    start: int
    end: int
