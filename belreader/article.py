"""The one article record: what ingest reads from a file, the index stores and gives
back, bookmarks anchor to, and the app and the CLI show."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path


@dataclass(slots=True)
class Article:
    id: str  # stable: derived from the path relative to the corpus folder
    # the file's Path when ingest read it; the str the index stored when read back
    path: Path | str
    title: str
    source: str | None
    date: date | None
    body: str
    paragraphs: list[tuple[int, int]]  # (start, end) offsets into body
    content_hash: str  # of the cleaned body: what bookmarks anchor against
    language: str
    author: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    # list[claims.Claim]: empty as ingest reads an article (indexing extracts them),
    # the stored claims when the index gives it back
    claims: list = field(default_factory=list)
    # the time of day the source states beside the date (with its UTC offset when it
    # states one); None when it states none. Never set without a date.
    time: time | None = None

    @property
    def word_count(self) -> int:
        return len(WORD_RE.findall(self.body))


WORD_RE = re.compile(r"\w+")  # a word, as word counts and ingest's heuristics count them
