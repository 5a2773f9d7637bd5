"""Bookmarks: a SQLite store of passages the user kept, anchored W3C-style, with export.

A bookmark remembers its passage twice, as in the W3C Web Annotation model:

* a TextQuoteSelector -- the exact text plus ~32 characters of prefix and suffix;
* a TextPositionSelector -- start/end offsets into the article's cleaned body.

When the article changes (its content hash differs), :func:`locate` re-anchors the
bookmark the way Hypothesis does: trust the old offsets only if the text there is still
the quote; otherwise score every exact or approximate occurrence of the quote by quote
similarity, prefix/suffix similarity and closeness to the old position, and take the
best one that passes the thresholds below. A bookmark that cannot be placed becomes an
*orphan*: it keeps its saved text, is listed apart, and can be re-attached or deleted.
Bookmarks are the user's work: nothing here ever drops one silently.

Pure domain code: no Textual, no Whoosh.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
import sqlite3
import stat
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

__all__ = [
    "ANCHORS",
    "ArticleLike",
    "Bookmark",
    "BookmarkNotFoundError",
    "BookmarkSelectionError",
    "BookmarkStore",
    "BookmarkStoreError",
    "from_annotations",
    "locate",
    "normalize_tags",
    "to_annotations",
    "to_csv",
    "to_markdown",
]

ANCHORS = ("exact", "fuzzy", "orphan")
CONTEXT_LEN = 32  # characters of prefix/suffix kept, as Hypothesis does

# --- re-anchoring weights and thresholds -------------------------------------------
# Weights as in Hypothesis' match-quote: the quote dominates, context disambiguates,
# position only breaks ties between otherwise equal copies.
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POS_WEIGHT = 50.0, 20.0, 20.0, 2.0
# An approximate match must keep >= 75% of the quote (normalised Levenshtein), i.e. at
# most about a quarter of its characters edited; more than that is a different passage.
QUOTE_MIN = 0.75
# Context (mean of prefix and suffix similarity) that vouches for a match. Two unrelated
# 32-character snippets of the seed articles score 0.125 (median), 0.31 (99th pct), so 0.6 means "the surroundings are
# recognisably the same" (one side intact is enough: (1.0 + 0.2) / 2 = 0.6).
CONTEXT_MIN = 0.6
# Without supporting context, the quote alone is evidence only if it is long: an exact
# quote of >= 24 characters occurring exactly once, or a >= 48-character quote that is
# >= 90% intact. A short quote ("Minsk") found elsewhere is never trusted on its own.
DISTINCT_LEN = 24
STRONG_QUOTE, STRONG_LEN = 0.9, 48
# Search limits that keep locate() in the milliseconds on 100 KB articles.
_SEED_LEN = 12
_MAX_SEEDS = 32
_MAX_HITS_PER_SEED = 64  # a seed found more often than this carries no information
_MAX_FUZZY_CANDIDATES = 32
_MAX_EXACT_HITS = 5000
_SQLITE_INT_LIMIT = 2**63  # an imported offset at or above this cannot be stored
_MAX_FUZZY_LEN = 20_000  # longer passages re-anchor only when intact (else orphan)

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

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ARTICLE_URN = "urn:belreader:article:"


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

    @property
    def is_orphan(self) -> bool:
        return self.anchor == "orphan"


@runtime_checkable
class ArticleLike(Protocol):
    id: str
    path: Path | str
    title: str
    source: str | None
    date: _dt.date | None
    body: str
    content_hash: str


# ======================================================================================
# Helpers
# ======================================================================================


def _now() -> str:
    """UTC ISO 8601 with microseconds and 'Z'; fixed width, so it sorts as text."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _norm_time(value: Any) -> str | None:
    """Any ISO 8601 date-time -> our UTC form; None when unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        t = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if t.tzinfo is None:
            t = t.replace(tzinfo=_dt.UTC)
        # year 9999 at -01:00 or year 1 at +01:00 is outside what datetime can hold in UTC
        return t.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except (ValueError, OverflowError):
        return None


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text or None


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


def _norm_id(bookmark_id: str) -> str:
    text = str(bookmark_id).strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[9:]
    return text.replace("-", "").lower()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


# ======================================================================================
# Re-anchoring
# ======================================================================================


def _find_all(hay: str, needle: str, limit: int) -> list[int]:
    hits: list[int] = []
    i = hay.find(needle)
    while i != -1 and len(hits) < limit:
        hits.append(i)
        i = hay.find(needle, i + 1)
    return hits


def _sim(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


def _context(body: str, prefix: str, suffix: str, s: int, e: int) -> float | None:
    """Mean similarity of the saved prefix/suffix to the text around [s, e).

    An empty saved side (the passage was at the very start or end) is no evidence
    either way and is left out; None when there is no context at all.
    """
    parts = []
    if prefix:
        parts.append(_sim(prefix, body[max(0, s - len(prefix)) : s]))
    if suffix:
        parts.append(_sim(suffix, body[e : e + len(suffix)]))
    return sum(parts) / len(parts) if parts else None


def _score(
    body: str, prefix: str, suffix: str, old_start: int, s: int, e: int, q: float
) -> tuple[float, float | None]:
    """(weighted score in [0, 1], context similarity or None) of the candidate [s, e)."""
    parts = [
        (QUOTE_WEIGHT, q),
        (POS_WEIGHT, 1.0 - min(1.0, abs(s - old_start) / max(len(body), 1))),
    ]
    ctx = []
    if prefix:
        ctx.append(_sim(prefix, body[max(0, s - len(prefix)) : s]))
        parts.append((PREFIX_WEIGHT, ctx[-1]))
    if suffix:
        ctx.append(_sim(suffix, body[e : e + len(suffix)]))
        parts.append((SUFFIX_WEIGHT, ctx[-1]))
    score = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    return score, (sum(ctx) / len(ctx) if ctx else None)


def _acceptable(q: float, ctx: float | None, m: int, unique_exact: bool) -> bool:
    if q >= 1.0:
        if ctx is None:  # no context was saved (e.g. imported): a unique quote is all we have
            return unique_exact
        return ctx >= CONTEXT_MIN or (m >= DISTINCT_LEN and unique_exact)
    if q < QUOTE_MIN:
        return False
    return (ctx is not None and ctx >= CONTEXT_MIN) or (q >= STRONG_QUOTE and m >= STRONG_LEN)


def _fuzzy_starts(body: str, exact: str, prefix: str, suffix: str, old_start: int) -> list[int]:
    """Rough start positions where an edited copy of the quote may begin.

    Seed-and-extend: every occurrence of a 12-character chunk of the quote (or of the
    end of the prefix / start of the suffix) votes for the start it implies; the old
    position and rapidfuzz's best global alignment are added. Cheap on 100 KB bodies.
    """
    m, n = len(exact), len(body)
    votes: Counter[int] = Counter()
    if m > _SEED_LEN:
        step = max(_SEED_LEN, -(-(m - _SEED_LEN) // (_MAX_SEEDS - 1)))
        offsets = list(range(0, m - _SEED_LEN + 1, step))
        if offsets[-1] != m - _SEED_LEN:
            offsets.append(m - _SEED_LEN)
        for off in offsets:
            hits = _find_all(body, exact[off : off + _SEED_LEN], _MAX_HITS_PER_SEED + 1)
            if len(hits) <= _MAX_HITS_PER_SEED:
                for h in hits:
                    votes[h - off] += 1
    if len(prefix) >= _SEED_LEN:
        hits = _find_all(body, prefix[-_SEED_LEN:], _MAX_HITS_PER_SEED + 1)
        if len(hits) <= _MAX_HITS_PER_SEED:
            for h in hits:
                votes[h + _SEED_LEN] += 1
    if len(suffix) >= _SEED_LEN:
        hits = _find_all(body, suffix[:_SEED_LEN], _MAX_HITS_PER_SEED + 1)
        if len(hits) <= _MAX_HITS_PER_SEED:
            for h in hits:
                votes[h - m] += 1
    # Each candidate costs O(m^2) to align: look at fewer for very long quotes.
    ranked = [
        s for s, _ in votes.most_common(max(3, min(_MAX_FUZZY_CANDIDATES, 64_000 // max(m, 1))))
    ]
    ranked.append(old_start)
    # The global best alignment catches quotes whose every seed was edited. It gets slow
    # for long quotes, which have plenty of seeds anyway. (partial_ratio scores Indel
    # distance, a little laxer than Levenshtein: cut lower.)
    if m <= 2000 or not votes:
        best = fuzz.partial_ratio_alignment(exact, body, score_cutoff=QUOTE_MIN * 100 * 0.9)
        if best is not None:
            ranked.append(best.dest_start - best.src_start)
    out, seen = [], set()
    for s in ranked:
        s = min(max(s, 0), max(n - 1, 0))
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


_SOLID = 8  # an aligned run of this many equal characters is real, not a coincidence


def _refine(body: str, exact: str, prefix: str, suffix: str, s0: int) -> tuple[int, int]:
    """Boundaries of the (possibly edited) copy of the quote that starts near s0.

    Aligns the quote, with a little of its saved context either side, against a window
    around s0 wide enough for the drift an edit of <= 25% of the quote can cause.
    Levenshtein has many equally cheap alignments and may match stray letters of newly
    inserted text to the quote's first or last letters, so the alignment only proposes
    boundaries -- read off a solid run of matching text through the boundary, the edge
    of the context's run next to it, or extrapolated one-to-one from the nearest run
    inside the quote -- and the pair closest to the quote (edit distance) wins. Text
    inserted at a boundary therefore stays out of the span, edited words stay in.
    """
    n, m = len(body), len(exact)
    pre, suf = prefix[-8:], suffix[:8]
    drift = m // 4 + 8
    ws = max(0, s0 - drift - len(pre))
    we = min(n, s0 + m + drift + len(suf))
    pattern = pre + exact + suf
    k0, k1 = len(pre), len(pre) + m  # the quote is pattern[k0:k1]
    runs = [(o.src_start, o.src_end, ws + o.dest_start, ws + o.dest_end)
            for o in Levenshtein.opcodes(pattern, body[ws:we])
            if o.tag == "equal" and o.src_end - o.src_start >= _SOLID]  # fmt: skip

    starts, ends = {min(s0, n)}, set()
    inside = [r for r in runs if r[0] < k1 and r[1] > k0]
    for i1, i2, j1, j2 in runs:
        if i1 <= k0 < i2:
            starts.add(j1 + k0 - i1)
        if i1 < k1 <= i2:
            ends.add(j1 + k1 - i1)
    before = [r for r in runs if r[1] <= k0]
    after = [r for r in runs if r[0] >= k1]
    if before:  # the prefix matched up to here: the quote starts right after it
        i1, i2, j1, j2 = before[-1]
        starts.add(j2 + (k0 - i2))
        starts.add(j2)
    if after:
        i1, i2, j1, j2 = after[0]
        ends.add(j1 - (i1 - k1))
        ends.add(j1)
    if inside:
        i1, i2, j1, j2 = inside[0]
        starts.add(j1 - (i1 - k0))
        i1, i2, j1, j2 = inside[-1]
        ends.add(j2 + (k1 - i2))
    if not ends:
        ends = {s + m for s in starts}

    starts = {min(max(s, 0), n) for s in starts}
    ends = {min(max(e, 0), n) for e in ends}
    best: tuple[tuple[int, int], int, int] | None = None
    for s in sorted(starts):
        for e in sorted(ends):
            if e <= s:
                continue
            # The cutoff lets rapidfuzz stop early on pairs that cannot win.
            cutoff = best[0][0] if best else None
            d = Levenshtein.distance(exact, body[s:e], score_cutoff=cutoff)
            key = (d, e - s)  # closest to the quote, then tightest
            if best is None or key < best[0]:
                best = (key, s, e)
    if best is None:
        s = min(max(s0, 0), max(n - 1, 0))
        return s, min(n, s + m)
    return best[1], best[2]


def locate(
    body: str, exact: str, prefix: str, suffix: str, start: int, end: int
) -> tuple[str, int, int] | None:
    """Where the quote is in ``body`` now: ("exact" | "fuzzy", start, end), or None.

    None means "cannot be placed with confidence": the caller keeps the bookmark as an
    orphan rather than moving it somewhere it may not belong.
    """
    if not exact or not body:
        return None
    if 0 <= start <= end <= len(body) and body[start:end] == exact:
        return ("exact", start, end)
    m = len(exact)
    candidates: dict[tuple[int, int], float] = {}  # span -> quote similarity

    exact_hits = _find_all(body, exact, _MAX_EXACT_HITS)
    unique_exact = len(exact_hits) == 1
    for h in exact_hits:
        candidates[(h, h + m)] = 1.0
    # A copy with the whole quote and its whole context intact cannot be beaten by an
    # edited one; skip the fuzzy search then (the common "text moved" case).
    perfect = any(_context(body, prefix, suffix, s, e) in (None, 1.0) for s, e in candidates)
    if not perfect and m <= _MAX_FUZZY_LEN:
        for s0 in _fuzzy_starts(body, exact, prefix, suffix, start):
            s, e = _refine(body, exact, prefix, suffix, s0)
            # A span overlapping an intact copy of the quote is that copy plus some
            # neighbouring text: the exact copy already speaks for it.
            if (s, e) not in candidates and not any(h < e and s < h + m for h in exact_hits):
                q = _sim(exact, body[s:e])
                if q >= QUOTE_MIN:
                    candidates[(s, e)] = q

    best: tuple[float, int] | None = None
    best_span: tuple[int, int] | None = None
    for (s, e), q in candidates.items():
        score, ctx = _score(body, prefix, suffix, start, s, e, q)
        if not _acceptable(q, ctx, m, unique_exact):
            continue
        key = (score, -abs(s - start))
        if best is None or key > best:
            best, best_span = key, (s, e)
    if best_span is None:
        return None
    s, e = best_span
    return ("exact" if body[s:e] == exact else "fuzzy", s, e)


# ======================================================================================
# The store
# ======================================================================================


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
        self._enter_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")  # see the class docstring
        self._migrate(conn)
        return conn

    @staticmethod
    def _enter_wal(conn: sqlite3.Connection) -> None:
        """Switch to WAL. SQLite answers this pragma with SQLITE_BUSY at once, without
        its busy handler, while another connection holds a lock (e.g. a second process
        creating the same new database at the same moment): wait for it here as every
        other statement waits, up to BUSY_TIMEOUT_S."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                busy = getattr(exc, "sqlite_errorname", "").startswith(
                    ("SQLITE_BUSY", "SQLITE_LOCKED")
                )
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

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
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
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
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
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
            f"SELECT {_COLUMNS} FROM bookmarks WHERE id = ?", (_norm_id(bookmark_id),)
        ).fetchone()
        return self._row(row) if row else None

    def _must_get(self, conn: sqlite3.Connection, bookmark_id: str) -> Bookmark:
        b = self._get(conn, bookmark_id)
        if b is None:
            raise BookmarkNotFoundError(f"no bookmark with id {bookmark_id} (deleted elsewhere?)")
        return b

    # --- the API ---------------------------------------------------------------------

    @staticmethod
    def _selection(article: ArticleLike, start: int, end: int) -> tuple[int, int, str, str, str]:
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
        self, article: ArticleLike, start: int, end: int, note: str = "", tags: Iterable[str] = ()
    ) -> Bookmark:
        """Bookmark body[start:end] of ``article``; durable once this returns."""
        start, end, exact, prefix, suffix = self._selection(article, start, end)
        now = _now()
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
                updated=_now(),
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

    def reattach(self, bookmark_id: str, article: ArticleLike, start: int, end: int) -> Bookmark:
        """Give a bookmark (usually an orphan) a new passage; note, tags, id and created
        are kept, the selectors and article details are taken from the new place."""
        start, end, exact, prefix, suffix = self._selection(article, start, end)
        with self._write() as conn:
            b = self._must_get(conn, bookmark_id)
            new = replace(
                b, article_id=str(article.id), article_path=str(article.path), title=str(article.title),
                source=article.source, date=_iso_date(article.date), exact=exact, prefix=prefix,
                suffix=suffix, start=start, end=end, content_hash=article.content_hash,
                anchor="exact", updated=_now(),
            )  # fmt: skip
            conn.execute("DELETE FROM bookmarks WHERE id = ?", (b.id,))
            self._insert(conn, new, article.content_hash)
        return new

    def reanchor(self, lookup: Callable[[str], ArticleLike | None]) -> dict[str, int]:
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
        articles: dict[str, ArticleLike | Exception | None] = {}
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
                found = locate(art.body, exact, prefix, suffix, start, end)
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

    def import_annotations(self, data: Any) -> tuple[int, int, list[str]]:
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


# ======================================================================================
# Export / import
# ======================================================================================

_ANCHOR_NOTES = {
    "fuzzy": "the article's text has changed since this was marked",
    "orphan": "orphaned: the passage is no longer found in the article; saved text shown",
}


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _md_quote(text: str) -> str:
    return "\n".join(("> " + line) if line.strip() else ">" for line in text.splitlines() or [""])


def _md_tags(tags: Iterable[str]) -> str:
    # A hashtag stops at a space, so multi-word tags are shown hyphenated.
    return " ".join("#" + t.replace(" ", "-") for t in tags)


def _md_citation(b: Bookmark, origin: Provenance) -> str:
    parts = [f"*{_one_line(b.title) or 'Untitled'}*", _one_line(b.source) or "unknown source"]
    parts.append(b.date or "undated")
    if origin.url:
        parts.append(f"<{_one_line(origin.url)}>")
    return ", ".join(parts) + f" — `{b.article_path}`"


def _md_passage(b: Bookmark, *, cite: bool, origin: Provenance) -> list[str]:
    lines = [_md_quote(b.exact), ""]
    if origin.speaker:
        lines += [f"— said by {_one_line(origin.speaker)}", ""]
    if cite:
        lines += [f"— {_md_citation(b, origin)}", ""]
    if b.anchor in _ANCHOR_NOTES:
        lines += [f"*({_ANCHOR_NOTES[b.anchor]})*", ""]
    if b.note:
        lines += [b.note, ""]
    if b.tags:
        lines += [_md_tags(b.tags), ""]
    return lines


def to_markdown(
    bookmarks: Iterable[Bookmark],
    *,
    group_by: str = "article",
    provenance: Provenances | None = None,
) -> str:
    """Markdown with citations, grouped by article (a heading per article with title,
    source, date, link and file path, passages in reading order) or by tag (a heading
    per tag, each passage followed by its citation; untagged last). A claim's speaker
    follows its passage."""
    items = list(bookmarks)
    origin = _origins(provenance)
    out = ["# Bookmarks", ""]
    if group_by == "article":
        groups: dict[str, list[Bookmark]] = {}
        for b in items:
            groups.setdefault(b.article_id, []).append(b)
        for aid in sorted(groups, key=lambda a: (_one_line(groups[a][0].title).casefold(), a)):
            group = sorted(groups[aid], key=lambda b: (b.anchor == "orphan", b.start, b.created))
            first = group[0]
            out += [f"## {_one_line(first.title) or 'Untitled'}", ""]
            out += [f"- Source: {_one_line(first.source) or 'unknown'}"]
            out += [f"- Date: {first.date or 'undated'}"]
            if origin(first).url:
                out += [f"- URL: <{_one_line(origin(first).url)}>"]
            out += [f"- File: `{first.article_path}`", ""]
            for b in group:
                out += _md_passage(b, cite=False, origin=origin(b))
    elif group_by == "tag":
        by_tag: dict[str, list[Bookmark]] = {}
        names: dict[str, str] = {}
        untagged: list[Bookmark] = []
        for b in items:
            if not b.tags:
                untagged.append(b)
            for t in b.tags:
                names.setdefault(t.casefold(), t)
                by_tag.setdefault(t.casefold(), []).append(b)
        sections = [(f"#{names[k].replace(' ', '-')}", by_tag[k]) for k in sorted(by_tag)]
        if untagged:
            sections.append(("Untagged", untagged))
        for heading, group in sections:
            out += [f"## {heading}", ""]
            for b in sorted(
                group, key=lambda b: (_one_line(b.title).casefold(), b.article_id, b.start)
            ):
                out += _md_passage(b, cite=True, origin=origin(b))
    else:
        raise ValueError(f"group_by must be 'article' or 'tag', not {group_by!r}")
    return "\n".join(out).rstrip("\n") + "\n"


CSV_FIELDS = (
    "id", "created", "updated", "anchor", "article_id", "article_path", "title", "source",
    "date", "url", "speaker", "start", "end", "exact", "prefix", "suffix", "note", "tags", "content_hash",
)  # fmt: skip


def to_csv(bookmarks: Iterable[Bookmark], *, provenance: Provenances | None = None) -> str:
    """One row per bookmark; tags joined with "; "; url and speaker where known."""
    origin = _origins(provenance)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_FIELDS)
    for b in bookmarks:
        row = {f: getattr(b, f) for f in CSV_FIELDS if f not in ("tags", "url", "speaker")}
        row["tags"] = "; ".join(b.tags)
        row["url"], row["speaker"] = origin(b).url, origin(b).speaker
        writer.writerow(["" if row[f] is None else row[f] for f in CSV_FIELDS])
    return buf.getvalue()


def to_annotations(
    bookmarks: Iterable[Bookmark], *, provenance: Provenances | None = None
) -> list[dict]:
    """W3C Web Annotation JSON-LD objects, one per bookmark.

    ``target.source`` is the article's URL where its front matter gives one, else a
    stable URN of the article id (ids come from the path within the corpus, so they
    survive moving the corpus); path, title, the URN, a claim's speaker etc. ride along
    in a ``belreader`` extension object that other tools ignore.
    """
    origin = _origins(provenance)
    out = []
    for b in bookmarks:
        body: list[dict] = []
        if b.note:
            body.append(
                {
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "value": b.note,
                    "format": "text/plain",
                }
            )
        body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in b.tags]
        out.append(
            {
                "@context": ANNO_CONTEXT,
                "type": "Annotation",
                "id": f"urn:uuid:{uuid.UUID(hex=b.id)}",
                "created": b.created,
                "modified": b.updated,
                "motivation": "bookmarking",
                "body": body,
                "target": {
                    "source": origin(b).url or ARTICLE_URN + b.article_id,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": b.exact,
                            "prefix": b.prefix,
                            "suffix": b.suffix,
                        },
                        {"type": "TextPositionSelector", "start": b.start, "end": b.end},
                    ],
                    "belreader": {
                        "articleId": b.article_id,
                        "path": b.article_path,
                        "title": b.title,
                        "source": b.source,
                        "date": b.date,
                        "contentHash": b.content_hash,
                        "anchor": b.anchor,
                        "urn": ARTICLE_URN + b.article_id,
                        **({"speaker": origin(b).speaker} if origin(b).speaker else {}),
                    },
                },
            }
        )
    return out


class _Bad(Exception):
    """One annotation we cannot use; the message is the reason."""


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _opt_str(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"{what} is not text")
    return value


def _parse_annotation(item: Any) -> Bookmark:
    if not isinstance(item, dict):
        raise _Bad("not a JSON object")
    types = _as_list(item.get("type"))
    if types and "Annotation" not in types:
        raise _Bad(f"type is {item.get('type')!r}, not Annotation")

    targets = [t for t in _as_list(item.get("target")) if isinstance(t, dict)]
    if not targets:
        raise _Bad("no target with selectors")
    target = targets[0]
    quote = pos = None
    for sel in _as_list(target.get("selector")):
        if isinstance(sel, dict) and sel.get("type") == "TextQuoteSelector" and quote is None:
            quote = sel
        elif isinstance(sel, dict) and sel.get("type") == "TextPositionSelector" and pos is None:
            pos = sel
    if quote is None:
        raise _Bad("no TextQuoteSelector")
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact:
        raise _Bad("TextQuoteSelector has no exact text")
    prefix = _opt_str(quote.get("prefix"), "prefix") or ""
    suffix = _opt_str(quote.get("suffix"), "suffix") or ""

    ext = target.get("belreader") if isinstance(target.get("belreader"), dict) else {}
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    article_id = ext.get("articleId")
    if not isinstance(article_id, str) or not article_id:
        if not isinstance(source, str) or not source:
            raise _Bad("target has no source")
        article_id = source[len(ARTICLE_URN) :] if source.startswith(ARTICLE_URN) else source
    path = _opt_str(ext.get("path"), "path") or (
        source if isinstance(source, str) and not source.startswith(ARTICLE_URN) else article_id
    )

    if pos is not None:
        start, end = pos.get("start"), pos.get("end")
        if (
            type(start) is not int
            or type(end) is not int
            or not (0 <= start <= end < _SQLITE_INT_LIMIT)
        ):
            raise _Bad("TextPositionSelector start/end are not valid offsets")
        anchor = ext.get("anchor") if ext.get("anchor") in ANCHORS else "exact"
    else:
        start, end, anchor = 0, len(exact), "orphan"  # unplaced until the next reanchor

    note_parts, tags = [], []
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            continue  # a body given as a bare IRI carries neither note nor tag
        value = body.get("value")
        purposes = _as_list(body.get("purpose"))
        if "tagging" in purposes:
            if not isinstance(value, str):
                raise _Bad("a tag is not text")
            tags.append(value)
        elif value is not None:
            if not isinstance(value, str):
                raise _Bad("the note is not text")
            note_parts.append(value)

    raw_id = item.get("id")
    if raw_id is not None and not isinstance(raw_id, str):
        raise _Bad("id is not text")
    if raw_id:
        hexid = _norm_id(raw_id)
        try:
            bid = uuid.UUID(hex=hexid).hex
        except ValueError:
            bid = uuid.uuid5(uuid.NAMESPACE_URL, raw_id).hex  # foreign ids: stable too
    else:
        bid = uuid.uuid4().hex  # duplicates still caught by article + quote
    now = _now()
    created = _norm_time(item.get("created")) or now
    return Bookmark(
        id=bid, article_id=article_id, article_path=path,
        title=_opt_str(ext.get("title"), "title") or "", source=_opt_str(ext.get("source"), "source"),
        date=_opt_str(ext.get("date"), "date"), exact=exact, prefix=prefix, suffix=suffix,
        start=start, end=end, content_hash=_opt_str(ext.get("contentHash"), "contentHash") or "",
        note="\n\n".join(note_parts), tags=normalize_tags(tags), created=created,
        updated=_norm_time(item.get("modified")) or created, anchor=anchor,
    )  # fmt: skip


def from_annotations(data: Any) -> tuple[list[Bookmark], list[str]]:
    """Parse W3C annotations: a JSON string/bytes, a list, one annotation, or an
    AnnotationCollection/Page with ``items``. Returns (bookmarks, problems); a bad entry
    becomes a problem line, never an exception. Non-JSON raises BookmarkStoreError."""
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BookmarkStoreError(
                "cannot import bookmarks: the file is not UTF-8 JSON"
            ) from None
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise BookmarkStoreError(
                f"cannot import bookmarks: not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            ) from None
        except RecursionError:
            raise BookmarkStoreError(
                "cannot import bookmarks: the JSON is nested too deeply"
            ) from None
    if isinstance(data, dict):
        if "items" in data and isinstance(data["items"], list):
            data = data["items"]
        elif isinstance(data.get("first"), dict) and isinstance(data["first"].get("items"), list):
            data = data["first"]["items"]
        else:
            data = [data]
    if not isinstance(data, list):
        raise BookmarkStoreError("cannot import bookmarks: expected a list of annotations")
    bookmarks, problems = [], []
    for i, item in enumerate(data, 1):
        try:
            bookmarks.append(_parse_annotation(item))
        except (_Bad, TypeError, ValueError) as exc:
            label = (
                item.get("id")
                if isinstance(item, dict) and isinstance(item.get("id"), str)
                else None
            )
            problems.append(f"annotation {i}{f' ({label})' if label else ''}: {exc}")
    return bookmarks, problems


# -- where a passage comes from: the article's link and, for a claim, its speaker ------


@dataclass(frozen=True)
class Provenance:
    """What a citation needs beyond the stored bookmark: the article's URL (front
    matter ``url``) and, when the passage lies within a claim, who made it. Read from
    the index at export time, so a URL added to the file later is picked up."""

    url: str | None = None
    speaker: str | None = None


Provenances = dict[str, Provenance]  # bookmark id -> provenance
_NO_PROVENANCE = Provenance()


def _origins(provenance: Provenances | None) -> Callable[[Bookmark], Provenance]:
    table = provenance or {}
    return lambda b: table.get(b.id, _NO_PROVENANCE)


def passage_provenance(article: Any, start: int, end: int) -> Provenance:
    """The URL of ``article`` and the speaker of the claim holding [start, end)."""
    speaker = None
    for claim in getattr(article, "claims", None) or ():
        if claim.start <= start and end <= claim.end and claim.speaker:
            speaker = claim.speaker
            break
    return Provenance(url=getattr(article, "url", None) or None, speaker=speaker)


def provenance_of(bookmarks: Iterable[Bookmark], lookup: Callable[[str], Any]) -> Provenances:
    """Provenance of each placed bookmark, its article looked up once; orphans (whose
    passage is no longer in the article) get only the URL."""
    articles: dict[str, Any] = {}
    out: Provenances = {}
    for b in bookmarks:
        if b.article_id not in articles:
            articles[b.article_id] = lookup(b.article_id)
        article = articles[b.article_id]
        if article is None:
            continue
        found = passage_provenance(article, b.start, b.end)
        out[b.id] = found if b.anchor != "orphan" else Provenance(url=found.url)
    return out


EXPORT_FORMATS = ("md", "csv", "json")


def export_text(
    bookmarks: Iterable[Bookmark],
    fmt: str,
    *,
    group_by: str = "article",
    provenance: Provenances | None = None,
) -> str:
    """The text of an export file in ``fmt`` (md, csv or json), as the app and the CLI
    write it: inert (no control or bidi characters; JSON escapes them), so a file shown
    with `cat` is as safe as the terminal output."""
    from .terminal import inert, inert_json

    marks = list(bookmarks)
    if fmt == "md":
        return inert(to_markdown(marks, group_by=group_by, provenance=provenance))
    if fmt == "csv":
        return inert(to_csv(marks, provenance=provenance))
    if fmt == "json":
        return inert_json(to_annotations(marks, provenance=provenance), indent=2) + "\n"
    raise ValueError(f"export format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")


def citation_text(
    quote: str,
    *,
    title: str,
    source: str | None,
    date: str | None,
    origin: Provenance = _NO_PROVENANCE,
) -> str:
    """A passage with what a reader needs to find and credit it: who said it (for a
    claim), the title, the outlet, the date and the link, on one line."""
    said = f"{_one_line(origin.speaker)}, in " if origin.speaker else ""
    parts = [
        f"{said}{_one_line(title) or 'Untitled'}",
        _one_line(source) or "unknown source",
        date or "undated",
    ]
    if origin.url:
        parts.append(_one_line(origin.url))
    # a quoted claim brings its own quotation marks: do not double them
    text = " ".join(quote.split()).strip().strip('“”"«»„')
    return f"“{text}” — " + ", ".join(parts)


def filter_bookmarks(bookmarks: Iterable[Bookmark], text: str, table: Any = None) -> list[Bookmark]:
    """The bookmarks whose quote, note, tags, title or source (as shown: "unknown" when
    none) hold every word of ``text``, spellings folded as search folds them
    (``Lukashenka`` finds ``Lukashenko``, ``Киев`` finds ``Kyiv``); the last word may
    be a prefix, since the filter runs as the user types."""
    from .aliases import _words, default_table

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
