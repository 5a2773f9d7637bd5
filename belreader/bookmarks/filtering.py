"""The bookmarks screen's filter: every word typed, spellings folded as search folds
them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Bookmark


def filter_bookmarks(bookmarks: Iterable[Bookmark], text: str, table: Any = None) -> list[Bookmark]:
    """The bookmarks whose quote, note, tags, title or source (as shown: "unknown" when
    none) hold every word of ``text``, spellings folded as search folds them
    (``Lukashenka`` finds ``Lukashenko``, ``Киев`` finds ``Kyiv``); the last word may
    be a prefix, since the filter runs as the user types."""
    from ..aliases import _words, default_table

    table = table or default_table()
    wanted = [table.fold_term(w) for w in _words(text)]
    if not wanted:
        return list(bookmarks)
    out = []
    for b in bookmarks:
        fields = (b.exact, b.note, b.title, b.source or "unknown", " ".join(b.tags))
        words = {table.fold_term(w) for f in fields for w in _words(f or "")}
        *whole, last = wanted
        if all(w in words for w in whole) and any(
            w.startswith(last) or w == table.fold_term(last) for w in words
        ):
            out.append(b)
    return out
