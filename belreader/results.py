"""What a search returns (engine-neutral), and the library's first page kept on disk.

The app's first screen is the library, newest first. Opening a Whoosh index and
sorting it costs the start-up ~0.1 s on the seeds and more on a big library, so that
first page, as the app last listed it, is kept in the index folder and drawn before the
engine is even imported; the index opens behind it and replaces the page if it
differs. This module must stay free of Whoosh (and Textual) for that reason.
"""

from __future__ import annotations

import os
import pickle
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

FIRST_PAGE_FILE = "first-page.bin"
_FIRST_PAGE_MAGIC = "belreader-first-page"
_FIRST_PAGE_FORMAT = 2  # 2: Hit.url


@dataclass(slots=True)
class Snippet:
    text: str
    highlights: list[tuple[int, int]]


@dataclass(slots=True)
class Hit:
    id: str
    path: str
    title: str
    source: str | None
    date: date | None
    score: float
    snippets: list[Snippet] = field(default_factory=list)
    title_highlights: list[tuple[int, int]] = field(default_factory=list)
    url: str | None = None  # where the article was published, when known


@dataclass(slots=True)
class Results:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, int]
    suggestion: str | None = None
    elapsed: float = 0.0

    def to_json(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [
                {
                    "id": h.id,
                    "path": h.path,
                    "title": h.title,
                    "source": h.source,
                    "date": h.date.isoformat() if h.date else None,
                    "url": h.url,
                    "score": round(h.score, 4),
                    "snippets": [
                        {"text": s.text, "highlights": [list(x) for x in s.highlights]}
                        for s in h.snippets
                    ],
                }
                for h in self.hits
            ],
            "facets": {"source": self.facets},
            "suggestion": self.suggestion,
        }

    def same_as(self, other: Results | None) -> bool:
        """The same results, however long each search took."""
        return other is not None and replace(self, elapsed=0.0) == replace(other, elapsed=0.0)


def read_first_page(index_dir: Path) -> Results | None:
    """The first page the app last showed for this library, or None (none kept, a sync
    has changed the index since, or the file is unreadable)."""
    try:
        magic, version, page = pickle.loads((index_dir / FIRST_PAGE_FILE).read_bytes())
    except Exception:  # missing, truncated, from another version: not worth a word
        return None
    if magic != _FIRST_PAGE_MAGIC or version != _FIRST_PAGE_FORMAT or not isinstance(page, Results):
        return None
    return page


def write_first_page(index_dir: Path, page: Results) -> None:
    """Keep ``page`` (written whole or not at all); a failure to write costs nothing
    but a slower next start."""
    path = index_dir / FIRST_PAGE_FILE
    tmp = path.with_suffix(".tmp")
    try:
        tmp.write_bytes(pickle.dumps((_FIRST_PAGE_MAGIC, _FIRST_PAGE_FORMAT, replace(page, elapsed=0.0))))
        os.replace(tmp, path)
    except OSError:  # e.g. a read-only index folder: the next start is just slower
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def forget_first_page(index_dir: Path) -> None:
    """Called before a sync changes the index: a page kept from before must not be
    shown after it."""
    (index_dir / FIRST_PAGE_FILE).unlink(missing_ok=True)
