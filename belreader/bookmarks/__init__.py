"""Bookmarks: passages the user kept, anchored W3C-style, in a SQLite store, with export.

The package, by job:

* ``model``       -- a ``Bookmark`` (the passage kept twice: a TextQuoteSelector with
  ~32 characters of context, and a TextPositionSelector), its errors, tags;
* ``anchoring``   -- ``locate``: where a quote is in an article's changed text, as
  Hypothesis does it, or None, which makes the bookmark an *orphan*;
* ``store``       -- ``BookmarkStore``: one SQLite file, several windows at once;
* ``annotations`` -- W3C Web Annotation JSON out and back in;
* ``provenance``  -- the article's link and a claim's speaker, for citations;
* ``export``      -- Markdown, CSV and JSON exports, and the one-line citation;
* ``filtering``   -- the bookmarks screen's filter.

Bookmarks are the user's work: nothing here ever drops one silently. Pure domain code:
no Textual, no Whoosh.
"""

from .anchoring import QUOTE_MIN, STRONG_QUOTE, locate
from .annotations import from_annotations, to_annotations
from .export import CSV_FIELDS, EXPORT_FORMATS, citation_text, export_text, to_csv, to_markdown
from .filtering import filter_bookmarks
from .model import (
    ANCHORS,
    CONTEXT_LEN,
    Bookmark,
    BookmarkNotFoundError,
    BookmarkSelectionError,
    BookmarkStoreError,
    normalize_tags,
)
from .provenance import Provenance, Provenances, passage_provenance, provenance_of
from .store import BUSY_TIMEOUT_S, SCHEMA_VERSION, BookmarkStore

__all__ = [
    "ANCHORS",
    "BUSY_TIMEOUT_S",
    "CONTEXT_LEN",
    "CSV_FIELDS",
    "EXPORT_FORMATS",
    "QUOTE_MIN",
    "SCHEMA_VERSION",
    "STRONG_QUOTE",
    "Bookmark",
    "BookmarkNotFoundError",
    "BookmarkSelectionError",
    "BookmarkStore",
    "BookmarkStoreError",
    "Provenance",
    "Provenances",
    "citation_text",
    "export_text",
    "filter_bookmarks",
    "from_annotations",
    "locate",
    "normalize_tags",
    "passage_provenance",
    "provenance_of",
    "to_annotations",
    "to_csv",
    "to_markdown",
]
