"""The bookmark store: one SQLite file, safe with several windows and processes at
once, that never drops a bookmark silently (see BookmarkStore)."""

from __future__ import annotations

import builtins
import datetime as _dt
import json
import os
import sqlite3
import stat
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..article import Article
from ..sqlite_wal import enter_wal
from . import anchoring
from .annotations import from_annotations
from .model import (
    ANCHORS,
    CONTEXT_LEN,
    Bookmark,
    BookmarkNotFoundError,
    BookmarkSelectionError,
    BookmarkStoreError,
    normalize_id,
    normalize_tags,
    utc_now,
)

# --- storage --------------------------------------------------------------------------
BUSY_TIMEOUT_S = 15.0  # writers wait for each other (busy handler) instead of failing
_SQLITE_MAGIC = b"SQLite format 3\x00"

# Schema migrations, applied in order; PRAGMA user_version = number applied. Never edit
# a shipped entry: append a new one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE bookmarks (
        id            TEXT PRIMARY KEY,
        article_id    TEXT NOT NULL,
        article_path  TEXT NOT NULL,
        title         TEXT NOT NULL,
        source        TEXT,
        date          TEXT,
        exact         TEXT NOT NULL,
        prefix        TEXT NOT NULL,
        suffix        TEXT NOT NULL,
        start_pos     INTEGER NOT NULL,
        end_pos       INTEGER NOT NULL,
        content_hash  TEXT NOT NULL,          -- article hash when the bookmark was made
        anchored_hash TEXT NOT NULL DEFAULT '', -- article hash start/end were last computed on
        note          TEXT NOT NULL DEFAULT '',
        tags          TEXT NOT NULL DEFAULT '[]', -- JSON list
        created       TEXT NOT NULL,
        updated       TEXT NOT NULL,
        anchor        TEXT NOT NULL CHECK (anchor IN ('exact', 'fuzzy', 'orphan'))
    );
    CREATE INDEX bookmarks_article ON bookmarks(article_id);
    CREATE INDEX bookmarks_created ON bookmarks(created);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_COLUMNS = (
    "id, article_id, article_path, title, source, date, exact, prefix, suffix, "
    "start_pos, end_pos, content_hash, note, tags, created, updated, anchor"
)


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text or None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _is_read_only_file(path: Path) -> bool:
    # Root passes os.access() for anything, so also honour the mode bits: a user who
    # chmod'ed the file read-only means it, even when running as root.
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


class BookmarkStore:
    """Bookmarks in one SQLite file, safe with several windows/processes at once.

    Durability: WAL journal with ``synchronous=FULL``. In WAL mode a transaction is
    committed once its frames are written to the -wal file, and add() commits before it
    returns; the write() has reached the OS by then, so a killed process (SIGKILL, crash)
    loses nothing even with NORMAL. NORMAL, however, skips the fsync at commit, so a power
    loss or OS crash can roll back the last commits. Bookmarks are written at human speed
    and are the user's own work, so the fsync per commit is cheap insurance: FULL.
    """

    def __init__(self, db_path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(db_path).expanduser()
        self.read_only = read_only
        self._lock = threading.RLock()  # the app may call us from worker threads
        self._conn: sqlite3.Connection | None = None
        try:
            self._conn = self._open_read_only() if read_only else self._open_writable()
        except sqlite3.Error as exc:
            self._close_quietly()
            raise BookmarkStoreError(self._explain(exc)) from None
        except BookmarkStoreError:
            self._close_quietly()
            raise

    # --- opening ---------------------------------------------------------------------

    def _explain(self, exc: sqlite3.Error) -> str:
        text = _first_line(exc)
        low = text.lower()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_DIRECTORY":
            return f"the folder of bookmarks database {self.path} is read-only; open it read-only to list bookmarks"
        if "not a database" in low or "malformed" in low or "corrupt" in low:
            return f"bookmarks database {self.path} is damaged ({text}); it was left untouched"
        if "locked" in low or "busy" in low:
            return (
                f"bookmarks database {self.path} is busy (another belreader is writing); try again"
            )
        if "readonly" in low or "read-only" in low:
            return (
                f"bookmarks database {self.path} is read-only; open it read-only to list bookmarks"
            )
        if "unable to open" in low:
            return f"cannot open bookmarks database {self.path} ({text})"
        return f"bookmarks database {self.path}: {text}"

    def _check_existing_file(self) -> bool:
        """True if a database file exists; refuses anything that is not SQLite, by its
        first bytes, before SQLite is allowed near it (so it cannot be modified)."""
        p = self.path
        if not p.exists():
            return False
        if not p.is_file():
            raise BookmarkStoreError(f"bookmarks database {p} is not a file")
        try:
            with p.open("rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise BookmarkStoreError(
                f"cannot read bookmarks database {p}: {exc.strerror or exc}"
            ) from None
        if head and head != _SQLITE_MAGIC:
            raise BookmarkStoreError(
                f"{p} is not a bookmarks database (not SQLite, or damaged); it was left untouched"
            )
        return True

    def _check_version(self, conn: sqlite3.Connection) -> int:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails on garbage
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise BookmarkStoreError(
                f"bookmarks database {self.path} was made by a newer belreader (schema {version} > {SCHEMA_VERSION})"
            )
        return version

    def _connect(self, target: str, *, uri: bool = False) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves, so a write
        # takes the lock up front and waits (busy_timeout) rather than failing mid-way.
        conn = sqlite3.connect(
            target, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False, uri=uri
        )
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return conn

    def _open_writable(self) -> sqlite3.Connection:
        existed = self._check_existing_file()
        if existed and _is_read_only_file(self.path):
            raise BookmarkStoreError(
                f"bookmarks database {self.path} is read-only; open it read-only to list bookmarks"
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BookmarkStoreError(
                f"cannot create folder {self.path.parent}: {exc.strerror or exc}"
            ) from None
        conn = self._connect(str(self.path))
        self._conn = conn
        self._check_version(conn)
        if existed and self.path.stat().st_size > 0:
            # Catch damage before the first write (switching to WAL rewrites the header).
            row = conn.execute("PRAGMA quick_check(1)").fetchone()  # (1): the first problem only
            if row is None or row[0] != "ok":
                # "*** in database main ***\nOn tree page 61 cell 3: invalid page number..."
                found = row[0].replace("*** in database main ***", "").strip() if row else ""
                found = (found.splitlines() or ["check failed"])[0][:120]
                raise BookmarkStoreError(
                    f"bookmarks database {self.path} is damaged ({found}); it was left untouched"
                )
        enter_wal(conn, BUSY_TIMEOUT_S)
        conn.execute("PRAGMA synchronous = FULL")  # see the class docstring
        self._migrate(conn)
        return conn

    def _open_read_only(self) -> sqlite3.Connection:
        if not self._check_existing_file():
            return self._empty_memory_db()  # nothing saved yet: an empty, read-only list
        base = self.path.resolve().as_uri()
        try:
            self._conn = self._connect(base + "?mode=ro", uri=True)
            version = self._check_version(self._conn)
        except sqlite3.OperationalError as exc:
            name = getattr(exc, "sqlite_errorname", "")
            if not name.startswith(
                ("SQLITE_CANTOPEN", "SQLITE_READONLY")
            ) and "unable to open" not in str(exc):
                raise
            # A WAL database in a folder we cannot write to (no -shm can be made):
            # read the main file as immutable; not-yet-checkpointed writes are not seen.
            self._close_quietly()
            self._conn = self._connect(base + "?mode=ro&immutable=1", uri=True)
            version = self._check_version(self._conn)
        if version == 0:  # an empty SQLite file: no bookmarks yet
            self._close_quietly()
            return self._empty_memory_db()
        if version < SCHEMA_VERSION:
            raise BookmarkStoreError(
                f"bookmarks database {self.path} needs an upgrade; open it once without read-only"
            )
        return self._conn

    def _empty_memory_db(self) -> sqlite3.Connection:
        conn = self._connect(":memory:")
        self._migrate(conn)
        return conn

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        # Re-read the version inside the write lock: two processes may create the
        # database at the same moment, and only one may run each migration.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for i in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[i].split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if version < SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _close_quietly(self) -> None:
        if self._conn is not None:
            with suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    # --- plumbing --------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._close_quietly()

    def __enter__(self) -> BookmarkStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise BookmarkStoreError("bookmarks store is closed")
        return self._conn

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._db()
            except sqlite3.Error as exc:
                raise BookmarkStoreError(self._explain(exc)) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, committed before we return to the caller."""
        if self.read_only:
            raise BookmarkStoreError(
                f"bookmarks database {self.path} is open read-only; cannot change bookmarks"
            )
        with self._lock:
            conn = self._db()
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise BookmarkStoreError(self._explain(exc)) from None
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise BookmarkStoreError(self._explain(exc)) from None
                raise

    @staticmethod
    def _row(row: tuple) -> Bookmark:
        (bid, aid, path, title, source, date, exact, prefix, suffix, start, end,
         chash, note, tags, created, updated, anchor) = row  # fmt: skip
        return Bookmark(
            id=bid, article_id=aid, article_path=path, title=title, source=source, date=date,
            exact=exact, prefix=prefix, suffix=suffix, start=start, end=end,
            content_hash=chash, note=note, tags=tuple(json.loads(tags)),
            created=created, updated=updated, anchor=anchor,
        )  # fmt: skip

    @staticmethod
    def _insert(
        conn: sqlite3.Connection, b: Bookmark, anchored_hash: str, *, ignore: bool = False
    ) -> int:
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        cur = conn.execute(
            f"{verb} INTO bookmarks ({_COLUMNS}, anchored_hash) VALUES ({', '.join('?' * 18)})",
            (
                b.id, b.article_id, b.article_path, b.title, b.source, b.date, b.exact, b.prefix,
                b.suffix, b.start, b.end, b.content_hash, b.note,
                json.dumps(list(b.tags), ensure_ascii=False), b.created, b.updated, b.anchor,
                anchored_hash,
            ),
        )  # fmt: skip
        return cur.rowcount

    def _get(self, conn: sqlite3.Connection, bookmark_id: str) -> Bookmark | None:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM bookmarks WHERE id = ?", (normalize_id(bookmark_id),)
        ).fetchone()
        return self._row(row) if row else None

    def _must_get(self, conn: sqlite3.Connection, bookmark_id: str) -> Bookmark:
        b = self._get(conn, bookmark_id)
        if b is None:
            raise BookmarkNotFoundError(f"no bookmark with id {bookmark_id} (deleted elsewhere?)")
        return b

    # --- the API ---------------------------------------------------------------------

    @staticmethod
    def _selection(article: Article, start: int, end: int) -> tuple[int, int, str, str, str]:
        body = article.body
        if not (0 <= start < end <= len(body)):
            raise BookmarkSelectionError(
                f"selection {start}:{end} is outside the article (length {len(body)})"
            )
        # Mouse and sentence selections drag in surrounding whitespace; the quote should
        # not depend on it.
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start == end:
            raise BookmarkSelectionError("selection is only whitespace")
        return (
            start,
            end,
            body[start:end],
            body[max(0, start - CONTEXT_LEN) : start],
            body[end : end + CONTEXT_LEN],
        )

    def add(
        self, article: Article, start: int, end: int, note: str = "", tags: Iterable[str] = ()
    ) -> Bookmark:
        """Bookmark body[start:end] of ``article``; durable once this returns."""
        start, end, exact, prefix, suffix = self._selection(article, start, end)
        now = utc_now()
        b = Bookmark(
            id=uuid.uuid4().hex, article_id=str(article.id), article_path=str(article.path),
            title=str(article.title), source=article.source, date=_iso_date(article.date),
            exact=exact, prefix=prefix, suffix=suffix, start=start, end=end,
            content_hash=article.content_hash, note=str(note), tags=normalize_tags(tags),
            created=now, updated=now, anchor="exact",
        )  # fmt: skip
        with self._write() as conn:
            self._insert(conn, b, article.content_hash)
        return b

    def get(self, bookmark_id: str) -> Bookmark | None:
        with self._read() as conn:
            return self._get(conn, bookmark_id)

    def list(
        self,
        *,
        article_id: str | None = None,
        tag: str | None = None,
        text: str | None = None,
        orphans: bool | None = None,
    ) -> list[Bookmark]:
        """Bookmarks, newest first. ``tag`` matches a tag case-insensitively; ``text``
        is a case-insensitive substring of the quote, note, tags, title or source;
        ``orphans`` True = only orphans, False = only placed ones, None = all."""
        sql = f"SELECT {_COLUMNS} FROM bookmarks"
        where, args = [], []
        if article_id is not None:
            where.append("article_id = ?")
            args.append(article_id)
        if orphans is True:
            where.append("anchor = 'orphan'")
        elif orphans is False:
            where.append("anchor != 'orphan'")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY created DESC, rowid DESC"
        with self._read() as conn:
            result = [self._row(r) for r in conn.execute(sql, args)]
        # Case-insensitive matching in Python: SQLite's LIKE/lower() fold ASCII only,
        # and half of this corpus is Cyrillic.
        if tag is not None:
            wanted = normalize_tags([tag])
            key = wanted[0].casefold() if wanted else ""
            result = [b for b in result if any(t.casefold() == key for t in b.tags)]
        if text:
            needle = text.casefold()
            result = [
                b
                for b in result
                if any(needle in (f or "").casefold() for f in (b.exact, b.note, b.title, b.source))
                or any(needle in t.casefold() for t in b.tags)
            ]
        return result

    def update(
        self, bookmark_id: str, *, note: str | None = None, tags: Iterable[str] | None = None
    ) -> Bookmark:
        with self._write() as conn:
            b = self._must_get(conn, bookmark_id)
            new = replace(
                b,
                note=b.note if note is None else str(note),
                tags=b.tags if tags is None else normalize_tags(tags),
                updated=utc_now(),
            )
            conn.execute(
                "UPDATE bookmarks SET note = ?, tags = ?, updated = ? WHERE id = ?",
                (new.note, json.dumps(list(new.tags), ensure_ascii=False), new.updated, b.id),
            )
        return new

    def delete(self, bookmark_id: str) -> Bookmark:
        """Remove a bookmark and return it, so the UI can offer undo via restore()."""
        with self._write() as conn:
            b = self._must_get(conn, bookmark_id)
            conn.execute("DELETE FROM bookmarks WHERE id = ?", (b.id,))
        return b

    def restore(self, bookmark: Bookmark) -> None:
        """Undo a delete: put the bookmark back with the same id (no-op if present)."""
        with self._write() as conn:
            # Unknown anchored hash: the next reanchor() re-checks its position.
            self._insert(conn, bookmark, "", ignore=True)

    def reattach(self, bookmark_id: str, article: Article, start: int, end: int) -> Bookmark:
        """Give a bookmark (usually an orphan) a new passage; note, tags, id and created
        are kept, the selectors and article details are taken from the new place."""
        start, end, exact, prefix, suffix = self._selection(article, start, end)
        with self._write() as conn:
            b = self._must_get(conn, bookmark_id)
            new = replace(
                b, article_id=str(article.id), article_path=str(article.path), title=str(article.title),
                source=article.source, date=_iso_date(article.date), exact=exact, prefix=prefix,
                suffix=suffix, start=start, end=end, content_hash=article.content_hash,
                anchor="exact", updated=utc_now(),
            )  # fmt: skip
            conn.execute("DELETE FROM bookmarks WHERE id = ?", (b.id,))
            self._insert(conn, new, article.content_hash)
        return new

    def reanchor(self, lookup: Callable[[str], Article | None]) -> dict[str, int]:
        """Re-place every bookmark against the current articles.

        ``lookup(article_id)`` returns the article or None if it is gone. Returns how
        many bookmarks are now exact / fuzzy / orphan. Only rows whose placement changed
        are written (one transaction); ``updated`` is left alone, as it records the
        user's edits, not ours. If lookup raises for an article, its bookmarks are left
        as they were rather than orphaned on a transient error. A read-only store
        reports the counts but writes nothing.
        """
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id, article_id, exact, prefix, suffix, start_pos, end_pos, anchor, anchored_hash FROM bookmarks"
            ).fetchall()
        counts = dict.fromkeys(ANCHORS, 0)
        articles: dict[str, Article | Exception | None] = {}
        changes: list[tuple[str, int, int, str, str, str, str, str, int, int]] = []
        for bid, aid, exact, prefix, suffix, start, end, anchor, ahash in rows:
            if aid not in articles:
                try:
                    articles[aid] = lookup(aid)
                except Exception as exc:
                    articles[aid] = exc
            art = articles[aid]
            if isinstance(art, Exception):
                new = (anchor, start, end, ahash)
            elif art is None:
                new = ("orphan", start, end, "")  # keep the last known offsets as a hint
            elif (
                art.content_hash == ahash
                and anchor != "orphan"
                and (anchor == "fuzzy" or art.body[start:end] == exact)
            ):
                new = (anchor, start, end, ahash)  # same text as last time: nothing to do
            else:
                found = anchoring.locate(art.body, exact, prefix, suffix, start, end)
                if found is None:
                    new = ("orphan", start, end, art.content_hash)
                else:
                    new = (found[0], found[1], found[2], art.content_hash)
            counts[new[0]] += 1
            if new != (anchor, start, end, ahash):
                # Guard on the old values, the passage included (a re-attach may keep
                # the offsets): a row edited meanwhile by another window is left for
                # the next run instead of being overwritten with stale data.
                changes.append((*new, bid, aid, exact, anchor, start, end))
        if changes and not self.read_only:
            with self._write() as conn:
                conn.executemany(
                    "UPDATE bookmarks SET anchor = ?, start_pos = ?, end_pos = ?, anchored_hash = ? "
                    "WHERE id = ? AND article_id = ? AND exact = ? AND anchor = ? AND start_pos = ? AND end_pos = ?",
                    changes,
                )
        return counts

    def import_annotations(self, data: Any) -> tuple[int, int, builtins.list[str]]:
        """Import W3C annotations (as exported). Returns (added, skipped, problems).

        Idempotent: an annotation whose id is already stored is skipped, and so is one
        quoting the same text of the same article as a stored bookmark. Bad entries are
        reported in ``problems`` and the rest imported; non-JSON raises
        BookmarkStoreError.
        """
        parsed, problems = from_annotations(data)
        added = skipped = 0
        with self._write() as conn:
            for b in parsed:
                dup = conn.execute(
                    "SELECT 1 FROM bookmarks WHERE id = ? OR (article_id = ? AND exact = ?) LIMIT 1",
                    (b.id, b.article_id, b.exact),
                ).fetchone()
                if dup:
                    skipped += 1
                    continue
                self._insert(conn, b, "")  # placement re-checked by the next reanchor()
                added += 1
        return added, skipped, problems
