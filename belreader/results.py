"""What a search returns (engine-neutral), and the library's first page kept on disk.

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
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

# JSON, not pickle: the index folder may come from someone else, and loading a pickle
# runs whatever code it names
FIRST_PAGE_FILE = "first-page.json"
_OLD_FIRST_PAGE_FILE = "first-page.bin"  # a pickle, from before: never read, removed
_FIRST_PAGE_MAGIC = "belreader-first-page"
_FIRST_PAGE_FORMAT = 2


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
    # what query words matched besides themselves: {"typed", "kind", "matched", "more"}
    also_matched: list[dict] = field(default_factory=list)

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
            "also_matched": self.also_matched,
        }

    def also_matched_line(self) -> str:
        """ "Also matched: …" for the app's search bar, or "" when nothing else was."""
        if not self.also_matched:
            return ""
        return "Also matched: " + "; ".join(map(describe_also, self.also_matched))

    def same_as(self, other: Results | None) -> bool:
        """The same results, however long each search took."""
        return other is not None and replace(self, elapsed=0.0) == replace(other, elapsed=0.0)


def describe_also(also: dict) -> str:
    """One line for an entry of ``Results.also_matched``: "Alexei, Алексей (spellings
    of Aliaksei)"."""
    shown = ", ".join(also["matched"])
    more = ""
    if also.get("more"):
        more = f" and {also['more']} more" + (" not searched" if also["kind"] == "spelling" else "")
    of = "forms of" if also["kind"] == "long form" else "spellings of"
    return f"{shown}{more} ({of} {also['typed']})"


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
