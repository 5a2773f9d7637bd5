"""What a search returns, engine-neutral: ``Results`` of ``Hit``s with ``Snippet``s.
Free of Whoosh (and Textual): ``first_page`` reads a kept page of them before the
search engine is imported."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time

from .published import clock_to_text


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
    time: time | None = None  # of day, when the source states one (see ``published``)


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
                    # ISO time of day with its offset when stated ("16:04:00+03:00")
                    "time": clock_to_text(h.time),
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
