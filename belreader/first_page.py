"""The library's first page kept on disk.

The app's first screen is the library, newest first. Opening a Whoosh index and
sorting it costs the start-up ~0.1 s on the seeds and more on a big library, so that
first page, as the app last listed it, is kept in the index folder and drawn before the
engine is even imported; the index opens behind it and replaces the page if it
differs. This module must stay free of Whoosh (and Textual) for that reason.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from datetime import date
from pathlib import Path

from .published import clock_from_text, clock_to_text
from .results import Hit, Results, Snippet

# JSON, not pickle: the index folder may come from someone else, and loading a pickle
# runs whatever code it names
FIRST_PAGE_FILE = "first-page.json"
_OLD_FIRST_PAGE_FILE = "first-page.bin"  # a pickle, from before: never read, removed
_FIRST_PAGE_MAGIC = "belreader-first-page"
_FIRST_PAGE_FORMAT = 3  # 3: hits carry their time of day


def read_first_page(index_dir: Path) -> Results | None:
    """The first page the app last showed for this library, or None (none kept, a sync
    has changed the index since, or the file is unreadable)."""
    try:
        data = json.loads((index_dir / FIRST_PAGE_FILE).read_text("utf-8"))
        if data.get("magic") != _FIRST_PAGE_MAGIC or data.get("format") != _FIRST_PAGE_FORMAT:
            return None
        return _results_from_json(data["page"])
    except Exception:  # missing, truncated, from another version, crafted: not worth a word
        return None


def _results_from_json(page: dict) -> Results:
    """The inverse of ``_results_to_json``, checking every type on the way."""

    def spans(items) -> list[tuple[int, int]]:
        out = [(int(a), int(b)) for a, b in items]
        return out

    def text(value, optional: bool = False):
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ValueError("not a string")
        return value

    hits = [
        Hit(
            id=text(h["id"]),
            path=text(h["path"]),
            title=text(h["title"]),
            source=text(h["source"], True),
            date=date.fromisoformat(h["date"]) if h["date"] is not None else None,
            score=float(h["score"]),
            snippets=[Snippet(text(s["text"]), spans(s["highlights"])) for s in h["snippets"]],
            title_highlights=spans(h["title_highlights"]),
            url=text(h.get("url"), True),
            time=clock_from_text(h.get("time")),
        )
        for h in page["hits"]
    ]
    facets = {text(k): int(v) for k, v in page["facets"].items()}
    return Results(
        query=text(page["query"]),
        total=int(page["total"]),
        hits=hits,
        facets=facets,
        suggestion=text(page["suggestion"], True),
    )


def _results_to_json(page: Results) -> dict:
    return {
        "query": page.query,
        "total": page.total,
        "facets": page.facets,
        "suggestion": page.suggestion,
        "hits": [
            {
                "id": h.id,
                "path": h.path,
                "title": h.title,
                "source": h.source,
                "date": h.date.isoformat() if h.date else None,
                "score": h.score,
                "snippets": [
                    {"text": s.text, "highlights": [list(x) for x in s.highlights]}
                    for s in h.snippets
                ],
                "title_highlights": [list(x) for x in h.title_highlights],
                "url": h.url,
                "time": clock_to_text(h.time),
            }
            for h in page.hits
        ],
    }


def write_first_page(index_dir: Path, page: Results) -> None:
    """Keep ``page`` (written whole or not at all); a failure to write costs nothing
    but a slower next start."""
    path = index_dir / FIRST_PAGE_FILE
    tmp = path.with_suffix(".tmp")
    try:
        data = {
            "magic": _FIRST_PAGE_MAGIC,
            "format": _FIRST_PAGE_FORMAT,
            "page": _results_to_json(page),
        }
        tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)
        (index_dir / _OLD_FIRST_PAGE_FILE).unlink(missing_ok=True)
    except OSError:  # e.g. a read-only index folder: the next start is just slower
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def forget_first_page(index_dir: Path) -> None:
    """Called before a sync changes the index: a page kept from before must not be
    shown after it."""
    (index_dir / FIRST_PAGE_FILE).unlink(missing_ok=True)
    (index_dir / _OLD_FIRST_PAGE_FILE).unlink(missing_ok=True)
