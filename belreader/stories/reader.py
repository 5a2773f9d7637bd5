"""Reading stories.sqlite3 (see ``store``): which story an article belongs to, its
copies, the quotations' groups. Plain SQLite, no numpy: the app's results list and
claims pane read it while they draw."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import TypeVar

from ..published import clock_from_text, clock_to_text, order_key

T = TypeVar("T")

STORE_FILE = "stories.sqlite3"
# bump when shingling, hashing or the schema changes: an older file is rebuilt
# (4: articles.clock, the time of day; quote_wordings, one row per distinct wording)
FORMAT = 4


# values bound to one statement at most: under SQLite's oldest limit (999) for an IN list
IN_CHUNK = 500


def in_chunks(values: Iterable) -> Iterator[tuple[str, list]]:
    """``values`` cut for ``IN (...)`` lists: (the "?,?,…" marks, the values), at most
    ``IN_CHUNK`` at a time."""
    values = list(values)
    for i in range(0, len(values), IN_CHUNK):
        part = values[i : i + IN_CHUNK]
        yield ",".join("?" * len(part)), part


@dataclass(slots=True)
class Copy:
    """One copy of a story."""

    id: str
    title: str
    source: str | None
    date: date | None
    path: str
    time: time | None = None  # of day, when the source states one (see ``published``)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            # ISO time of day with its offset when stated ("16:04:00+03:00")
            "time": clock_to_text(self.time),
            "path": self.path,
        }

    @property
    def order(self) -> tuple:
        """Earliest first by date and time (``published.order_key``), then by id."""
        return (*order_key(self.date, self.time), self.id)


def day_date(day: int) -> date | None:
    return date(day // 10000, day // 100 % 100, day % 100) if day else None


class StoryReader:
    """A library's stories, read only (``open``: None when never grouped)."""

    path: Path
    db: sqlite3.Connection

    @classmethod
    def open(cls, index_dir: Path) -> StoryReader | None:
        path = Path(index_dir) / STORE_FILE
        if not path.exists():
            return None
        reader = cls.__new__(cls)
        reader.path = path
        try:
            reader.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
            reader.db.execute("SELECT 1 FROM articles LIMIT 1").fetchall()
        except sqlite3.Error:
            return None
        return reader

    def close(self) -> None:
        self.db.close()

    def meta(self, key: str, default=None):
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return default if row is None else row[0]

    def known(self) -> dict[str, str]:
        """{article id: content hash} of every article grouped."""
        return dict(self.db.execute("SELECT id, hash FROM articles"))

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- reading ---------------------------------------------------------------------
    def stories_of(self, ids: Sequence[str]) -> dict[str, int]:
        """{article id: story} for the ids grouped (others are missing)."""
        out: dict[str, int] = {}
        for marks, part in in_chunks(ids):
            out.update(
                self.db.execute(f"SELECT id, story FROM articles WHERE id IN ({marks})", part)
            )
        return out

    def copies(self, stories: Iterable[int]) -> dict[int, list[Copy]]:
        """Every copy of each story, earliest first by date and time (``Copy.order``:
        undated last, then by id)."""
        out: dict[int, list[Copy]] = {}
        for marks, part in in_chunks(sorted(set(stories))):
            for story, aid, title, source, day, clock, path in self.db.execute(
                "SELECT story, id, title, source, day, clock, path FROM articles WHERE story IN "
                f"({marks})",
                part,
            ):
                out.setdefault(story, []).append(
                    Copy(
                        aid, title or "", source, day_date(day), path or "", clock_from_text(clock)
                    )
                )
        for copies in out.values():
            copies.sort(key=lambda c: c.order)
        return out

    def story_sizes(self) -> dict[int, int]:
        """{story: number of copies} for the stories of more than one copy."""
        return dict(
            self.db.execute(
                "SELECT story, count(*) FROM articles GROUP BY story HAVING count(*) > 1"
            )
        )

    def grouped_articles(self) -> list[tuple[str, int, str | None]]:
        """(id, story, source) of every article in a story of more than one copy."""
        return self.db.execute(
            "SELECT id, story, source FROM articles WHERE story IN"
            " (SELECT story FROM articles GROUP BY story HAVING count(*) > 1)"
            " ORDER BY story, day=0, day, id"
        ).fetchall()

    def all_stories(self) -> dict[str, int]:
        """{article id: story} for the whole library (facet counts)."""
        return dict(self.db.execute("SELECT id, story FROM articles"))


def read_stories(index_dir: Path, read: Callable[[StoryReader], T], default: T) -> T:
    """``read`` on the library's stories file; ``default`` when the library has none or
    it cannot be read (never grouped, damaged, being rebuilt): a reader of stories
    never fails because of them."""
    reader = StoryReader.open(index_dir)
    if reader is None:
        return default
    try:
        return read(reader)
    except sqlite3.Error:
        return default
    finally:
        reader.close()
