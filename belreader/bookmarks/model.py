"""What a bookmark is: the passage kept twice, as in the W3C Web Annotation model --
a TextQuoteSelector (the exact text with ~32 characters of prefix and suffix) and a
TextPositionSelector (start/end offsets into the article's cleaned body) -- with the
article it came from, a note and tags; the store's errors; and the shape of an article
a bookmark can be made in.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass

ANCHORS = ("exact", "fuzzy", "orphan")
CONTEXT_LEN = 32  # characters of prefix/suffix kept, as Hypothesis does


class BookmarkStoreError(Exception):
    """A store problem the user can act on; the message is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class BookmarkNotFoundError(BookmarkStoreError):
    """No bookmark with that id (e.g. deleted from another window)."""


class BookmarkSelectionError(BookmarkStoreError, ValueError):
    """The selection to bookmark is empty, blank or outside the article. Also a
    ValueError (it is bad input), and a BookmarkStoreError so a UI that catches store
    errors shows it instead of crashing."""


@dataclass(frozen=True)
class Bookmark:
    id: str  # uuid4 hex, stable across export/import
    article_id: str
    article_path: str
    title: str
    source: str | None
    date: str | None  # ISO date or None
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    content_hash: str
    note: str
    tags: tuple[str, ...]
    created: str
    updated: str
    anchor: str  # "exact" | "fuzzy" | "orphan"


def utc_now() -> str:
    """UTC ISO 8601 with microseconds and 'Z'; fixed width, so it sorts as text."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def normalize_tags(tags: Iterable[str] | str | None) -> tuple[str, ...]:
    """Tags as stored.

    Decisions: a tag is one line of text -- outer whitespace stripped, runs of inner
    whitespace (including newlines) collapsed to one space, one leading '#' dropped
    (people type "#minsk"); empties dropped; duplicates compared case-insensitively
    (casefold, so Cyrillic works) and the first spelling's case is kept, because case
    carries meaning ("NATO", "ОДКБ"). Order of first appearance is kept. A bare string
    is taken as a comma-separated list, so ``tags="a, b"`` does not become letters.
    """
    if tags is None:
        return ()
    if isinstance(tags, str):
        tags = tags.split(",")
    out: list[str] = []
    seen: set[str] = set()
    for raw in tags:
        if not isinstance(raw, str):
            raise TypeError(f"tag must be a string, not {type(raw).__name__}")
        tag = " ".join(raw.split())
        if tag.startswith("#"):
            tag = tag[1:].strip()
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out)


def normalize_id(bookmark_id: str) -> str:
    text = str(bookmark_id).strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[9:]
    return text.replace("-", "").lower()
