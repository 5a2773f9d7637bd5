"""Many articles in one file (dumps, feeds, web archives): what every such format
shares — the result type, record ids and the record hash that incremental sync uses."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .model import Article

# A file holding many articles yields at most this many problems by name; the rest are
# counted, so a dump with 10,000 bad records does not bury the report.
MAX_NAMED_PROBLEMS = 20


@dataclass(slots=True)
class FileArticles:
    """What one file gave: its articles, and one line per record that could not be read
    (the file's other records are imported all the same)."""

    articles: list[Article]
    problems: list[str] = field(default_factory=list)
    multi: bool = False  # a dump/feed/archive: ids are file id + "#" + record key

    def add_problem(self, problem: str) -> None:
        if len(self.problems) < MAX_NAMED_PROBLEMS:
            self.problems.append(problem)
        elif len(self.problems) == MAX_NAMED_PROBLEMS:
            self.problems.append("more records could not be read (only the first are named)")


def record_hash(article: Article) -> str:
    """Of everything a record shows (not only its body, as ``content_hash``): a record
    whose title or date changed in the dump is re-indexed too."""
    h = hashlib.blake2b(digest_size=16)
    for part in (
        article.content_hash,
        article.title,
        article.source,
        article.author,
        article.url,
        article.language,
        article.date and article.date.isoformat(),
        article.time and article.time.isoformat(),
        "\x1f".join(article.warnings),
    ):
        h.update((part or "").encode("utf-8", "replace") + b"\x1e")
    return h.hexdigest()


class RecordIds:
    """Stable ids for the records of one file: ``<file id>#<url>`` where a record has a
    URL of its own (it survives records being added before it), else
    ``<file id>#<record number>``."""

    def __init__(self, file_id: str) -> None:
        self.file_id = file_id
        self.used: set[str] = set()

    def make(self, number: int, key: str | None) -> str | None:
        """The id, or None when ``key`` was already used in this file (a duplicate)."""
        rid = f"{self.file_id}#{key}" if key else f"{self.file_id}#{number}"
        if rid in self.used:
            return None
        self.used.add(rid)
        return rid
