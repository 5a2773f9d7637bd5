"""stories.sqlite3 in the index folder: every article's MinHash signature, its LSH
band keys, and the story (group of near-duplicate copies) it belongs to; and
the quotations of its claims with the group of identical or near-identical wordings
each belongs to (``quotes``).

Incremental: adding an article looks up its band keys and relinks only the stories it
touches; removing one relinks only what is left of its story. The first build (or a
change to most of the library) links everything at once, vectorised.

The boilerplate guard: a shingle that wins a signature slot in at least 5% of the
library and at least 20 articles (a newsletter footer, a standard disclaimer) is
boilerplate, and a slot two articles share only through such a shingle is not counted
when comparing them (``minhash.similarity``): a shared footer does not make unrelated
stories look alike. Counted on the signatures, not on every shingle: a shingle that
never wins a slot cannot make two signatures agree, and the counts stay small (per
hash bucket, ``minhash.SKETCH_BITS``). When the set of boilerplate buckets changes,
the stories of the articles whose signatures hold them are linked again. A library
that is mostly one story makes that story's own shingles boilerplate: its copies still
join at a stricter level counting every slot (UNGUARDED_JACCARD).
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
import time
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..published import clock_to_text
from ..sqlite_wal import enter_wal
from . import minhash as mh
from .reader import FORMAT, STORE_FILE, StoryReader, in_chunks

# two copies are the same story at this estimated Jaccard similarity, or when the
# smaller is this much inside the larger (benchmarks/stories_detect.py measures both)
JACCARD = 0.5
CONTAINMENT = 0.8
MIN_SHARE = 0.3  # ...while at least 30% of the larger's size
# ...or, boilerplate counted too, at these stricter levels: in a library where one story
# has many copies its own shingles reach the boilerplate share, and its copies must
# still find each other (a shared footer alone rarely makes texts this alike)
UNGUARDED_JACCARD = 0.65
UNGUARDED_CONTAINMENT = 0.9
# the boilerplate guard (see the module's docstring); a bucket stays boilerplate until
# it falls below HYSTERESIS of the threshold, so a phrase near the line does not
# flip (and re-sign its articles) at every sync
BOILERPLATE_SHARE = 0.05
BOILERPLATE_MIN = 20
HYSTERESIS = 0.8
# a band bucket with more members than this is linked as a star and a chain (a story
# of 500 copies), not all pairs
ALL_PAIRS_MAX = 24
# articles signed and stored per step of an update, and candidate pairs compared per
# numpy call: both bound the memory of a first build (100k articles: 693 MiB peak with
# 1000 and 200,000, over the build's 400 MiB budget)
INSERT_CHUNK = 250
LINK_CHUNK = 20_000
# signatures read back from the file per fetch
SIGNATURE_BATCH = 4096
# a change to more than this share of the library relinks everything at once
BATCH_SHARE = 0.3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value);
CREATE TABLE IF NOT EXISTS articles (
    n INTEGER PRIMARY KEY,           -- this store's number for the article
    id TEXT UNIQUE NOT NULL,
    hash TEXT NOT NULL,              -- the index's content hash: a change re-reads it
    title TEXT, source TEXT, path TEXT,
    day INTEGER NOT NULL,            -- yyyymmdd, 0 when undated
    clock TEXT,                      -- ISO time of day as stated, NULL when none
    size INTEGER NOT NULL,           -- distinct shingles
    sig BLOB,                        -- uint32[NUM_PERM], NULL when too short to sign
    story INTEGER NOT NULL           -- the smallest n of its story
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE TABLE IF NOT EXISTS bands (
    key INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, n)
) WITHOUT ROWID;
"""


@dataclass(slots=True)
class ArticleInput:
    """What grouping needs of an indexed article."""

    id: str
    content_hash: str
    title: str
    source: str | None
    path: str
    date: date | None
    body: str
    paragraphs: Sequence[tuple[int, int]] = ()
    claims: list[dict] = field(default_factory=list)  # Claim.to_dict() each
    time: dt.time | None = None  # of day, when the source states one


@dataclass(slots=True)
class UpdateReport:
    added: int = 0
    removed: int = 0
    boilerplate_changed: int = 0  # articles relinked after the boilerplate set changed
    relinked: int = 0  # articles whose story was worked out again
    batch: bool = False
    quotes: int = 0
    elapsed: float = 0.0


def _day(d: date | None) -> int:
    return d.year * 10000 + d.month * 100 + d.day if d else 0


class StoryStore(StoryReader):
    """The stories of one index (``index_dir/stories.sqlite3``), to update."""

    def __init__(self, index_dir: Path) -> None:
        self.path = Path(index_dir) / STORE_FILE
        self.db = sqlite3.connect(self.path, timeout=30)
        enter_wal(self.db, 30)
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._open_schema()

    def _open_schema(self) -> None:
        from . import quotes

        row = None
        with suppress(sqlite3.OperationalError):  # a new file has no meta yet
            row = self.db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        if row is not None and row[0] == FORMAT:
            return  # as this version writes it: open without writing (a reader may be one)
        if row is not None:
            # written by another version: start again (the next update refills it)
            for (name,) in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type='table'"
            ).fetchall():
                self.db.execute(f'DROP TABLE IF EXISTS "{name}"')
        self.db.executescript(_SCHEMA)
        quotes.create_schema(self.db)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
        self.db.commit()

    # -- meta ------------------------------------------------------------------------
    def set_meta(self, key: str, value) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _counts(self) -> np.ndarray:
        blob = self.meta("shingle_counts")
        if blob is None:
            return np.zeros(1 << mh.SKETCH_BITS, dtype=np.int32)
        return np.frombuffer(blob, dtype=np.int32).copy()

    def _boilerplate(self) -> np.ndarray:
        blob = self.meta("boilerplate")
        return np.zeros(0, np.int64) if blob is None else np.frombuffer(blob, dtype=np.int64)

    # -- updates ---------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything (the index was rebuilt)."""
        for table in ("articles", "bands", "quotes", "quote_wordings", "quote_keys"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("DELETE FROM meta WHERE key IN ('shingle_counts', 'boilerplate')")

    def update(
        self,
        added: Iterable[ArticleInput],
        removed: Iterable[str],
        aliases=None,
        *,
        fresh: bool = False,
    ) -> UpdateReport:
        """Remove ``removed`` (ids) and add ``added`` (a changed article is in both),
        then relink the stories and quote groups they touch, in one transaction.
        ``fresh``: the store is being filled from nothing (link everything at once)."""
        from . import quotes

        started = time.perf_counter()
        report = UpdateReport()
        removed = list(removed)
        db = self.db
        try:
            counts = self._counts()
            touched: set[int] = set()  # stories to relink
            removed_ns: list[int] = []
            for article_id in removed:
                row = db.execute(
                    "SELECT n, story, sig FROM articles WHERE id=?", (article_id,)
                ).fetchone()
                if row is None:
                    continue
                n, story, sig = row
                if sig is not None:
                    counts -= _bucket_counts([np.frombuffer(sig, np.uint32)])
                touched.add(story)
                removed_ns.append(n)
                report.removed += 1
            if removed_ns:
                self._delete(removed_ns)
            quotes.remove_articles(db, removed)
            # a chunk at a time: a first build reads 100k articles back from the index,
            # and only a chunk of their texts is ever in memory
            new_ns: list[int] = []
            new_qs: list[int] = []
            it = iter(added)
            while chunk := list(itertools.islice(it, INSERT_CHUNK)):
                ns, sigs = self._insert(chunk)
                new_ns += ns
                signed = [sig for sig in sigs if sig is not None]
                if signed:
                    counts += _bucket_counts(signed)
                new_qs += quotes.insert(db, chunk, aliases)
                del chunk
            report.added = len(new_ns)
            total = self.count()
            old_bp = self._boilerplate()
            threshold = max(BOILERPLATE_MIN, BOILERPLATE_SHARE * total)
            keep = old_bp[counts[old_bp] >= HYSTERESIS * threshold]
            bp = np.union1d(np.flatnonzero(counts >= threshold), keep).astype(np.int64)
            changed_bp = np.setxor1d(bp, old_bp)
            self.set_meta("shingle_counts", counts.tobytes())
            self.set_meta("boilerplate", bp.tobytes())
            holders = (
                self._holding(changed_bp, exclude=set(new_ns))
                if len(changed_bp) and not fresh
                else []
            )
            report.boilerplate_changed = len(holders)
            changed = new_ns + holders
            if fresh or len(changed) + len(removed_ns) > BATCH_SHARE * max(total, 1):
                report.batch = True
                report.relinked = self._link_all(bp)
            elif not touched and not holders:
                report.relinked = self._link_added(new_ns, bp)
            else:
                report.relinked = self._link_around(changed, touched, bp)
            quotes.relink(db, new_qs, fresh=report.batch)
            report.quotes = len(new_qs)
            db.commit()
        except BaseException:
            db.rollback()
            raise
        report.elapsed = time.perf_counter() - started
        return report

    def _delete(self, ns: list[int]) -> None:
        db = self.db
        for n in ns:
            (sig,) = db.execute("SELECT sig FROM articles WHERE n=?", (n,)).fetchone()
            if sig is not None:
                keys = mh.band_keys(np.frombuffer(sig, np.uint32)[None, :])[0]
                db.executemany("DELETE FROM bands WHERE key=? AND n=?", ((int(k), n) for k in keys))
        db.executemany("DELETE FROM articles WHERE n=?", ((n,) for n in ns))

    def _insert(self, added: list[ArticleInput]) -> tuple[list[int], list[np.ndarray | None]]:
        """Sign and store ``added``: their numbers and signatures."""
        if not added:
            return [], []
        db = self.db
        sets = mh.shingles_of_many([mh.paragraph_texts(a.body, a.paragraphs) for a in added])
        sigs = mh.signatures(sets)
        first = (db.execute("SELECT max(n) FROM articles").fetchone()[0] or 0) + 1
        ns = list(range(first, first + len(added)))
        db.executemany(
            "INSERT INTO articles (n, id, hash, title, source, path, day, clock, size, sig, story)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    n,
                    a.id,
                    a.content_hash,
                    a.title,
                    a.source,
                    a.path,
                    _day(a.date),
                    clock_to_text(a.time) if a.date else None,
                    len(sh),
                    None if sig is None else sig.tobytes(),
                    n,
                )
                for n, a, sh, sig in zip(ns, added, sets, sigs)
            ),
        )
        signed = [(n, sig) for n, sig in zip(ns, sigs) if sig is not None]
        if signed:
            keys = mh.band_keys(np.stack([sig for _, sig in signed]))
            numbers = np.repeat(np.array([n for n, _ in signed], dtype=np.int64), mh.BANDS)
            flat = keys.reshape(-1)
            order = np.argsort(flat, kind="stable")  # in key order: the B-tree grows at its end
            db.executemany(
                "INSERT OR IGNORE INTO bands VALUES (?, ?)",
                zip(flat[order].tolist(), numbers[order].tolist()),
            )
        return ns, sigs

    def _holding(self, changed_bp: np.ndarray, *, exclude: set[int]) -> list[int]:
        """The articles whose signatures hold a shingle whose boilerplate standing just
        changed (one read of the signatures; rare, thanks to HYSTERESIS)."""
        numbers, sigs, _ = self._signatures()
        if not len(numbers):
            return []
        hit = mh.in_buckets(sigs, changed_bp).any(axis=1)
        return [int(n) for n in numbers[hit] if int(n) not in exclude]

    def _signatures(self, ns: Iterable[int] | None = None):
        """(numbers, signature matrix, sizes) of the signed articles among ``ns`` (all
        when None), in number order. Read SIGNATURE_BATCH rows at a time into arrays
        sized beforehand: at 100k the rows as Python objects took twice the matrix."""
        db = self.db
        cursors: Iterable[sqlite3.Cursor]
        if ns is None:
            (bound,) = db.execute("SELECT count(*) FROM articles WHERE sig IS NOT NULL").fetchone()
            cursors = [
                db.execute("SELECT n, sig, size FROM articles WHERE sig IS NOT NULL ORDER BY n")
            ]
        else:
            wanted = sorted(set(ns))
            bound = len(wanted)
            cursors = (
                db.execute(
                    "SELECT n, sig, size FROM articles WHERE sig IS NOT NULL AND n IN "
                    f"({marks}) ORDER BY n",
                    part,
                )
                for marks, part in in_chunks(wanted)
            )
        numbers = np.empty(bound, dtype=np.int64)
        sigs = np.empty((bound, mh.NUM_PERM), dtype=np.uint32)
        sizes = np.empty(bound, dtype=np.int64)
        filled = 0
        for cursor in cursors:
            while rows := cursor.fetchmany(SIGNATURE_BATCH):
                end = filled + len(rows)
                numbers[filled:end] = [r[0] for r in rows]
                sigs[filled:end] = np.frombuffer(b"".join(r[1] for r in rows), np.uint32).reshape(
                    len(rows), mh.NUM_PERM
                )
                sizes[filled:end] = [r[2] for r in rows]
                filled = end
        return numbers[:filled], sigs[:filled], sizes[:filled]

    def _link_all(self, bp: np.ndarray) -> int:
        numbers, sigs, sizes = self._signatures()
        self.db.execute("UPDATE articles SET story=n")
        stories = link(numbers, sigs, sizes, bp)
        self._set_stories(stories)
        return len(numbers)

    def _band_keys_of(self, ns: list[int]) -> list[int]:
        """The LSH band keys of the signed articles among ``ns``, distinct and sorted
        (from their signatures: the bands table is indexed by key only)."""
        _, sigs, _ = self._signatures(ns)
        return sorted({int(k) for k in mh.band_keys(sigs).reshape(-1)}) if len(sigs) else []

    def _link_added(self, added: list[int], bp: np.ndarray) -> int:
        """Link articles just added, when nothing was removed and no boilerplate changed:
        an addition can only join stories, so only the added articles and their band
        neighbours are compared, and the stories they join are merged. (Relinking each
        neighbour's whole story, as ``_link_around`` does, took ~1 s per added file at
        100k, where one story holds 19,452 articles.)"""
        db = self.db
        keys = self._band_keys_of(added)
        if not keys:
            return 0  # none of them signed: each stays a story of its own
        members: set[int] = set()
        for marks, part in in_chunks(keys):
            members.update(
                n
                for (n,) in db.execute(f"SELECT DISTINCT n FROM bands WHERE key IN ({marks})", part)
            )
        new = set(added)
        story_of: dict[int, int] = {}
        for marks, part in in_chunks(sorted(members - new)):
            story_of.update(
                db.execute(f"SELECT n, story FROM articles WHERE n IN ({marks})", part).fetchall()
            )
        numbers, sigs, sizes = self._signatures(sorted(members))
        components: dict[int, list[int]] = {}
        for n, root in link(numbers, sigs, sizes, bp).items():
            components.setdefault(root, []).append(n)
        for component in components.values():
            joined = [n for n in component if n in new]
            if not joined:
                continue  # old articles only: their stories stand as they were
            stories = {story_of[n] for n in component if n not in new}
            # a story is numbered by its smallest member: the smallest of those it joins
            story = min(stories | set(joined))
            for marks, part in in_chunks(sorted(stories - {story})):
                db.execute(f"UPDATE articles SET story=? WHERE story IN ({marks})", (story, *part))
            for marks, part in in_chunks(joined):
                db.execute(f"UPDATE articles SET story=? WHERE n IN ({marks})", (story, *part))
        return len(members)

    def _link_around(self, changed: list[int], touched: set[int], bp: np.ndarray) -> int:
        """Relink the stories of ``changed`` articles' band neighbours, the changed
        articles themselves, and the ``touched`` stories (which lost a member)."""
        db = self.db
        stories = set(touched)
        for marks, part in in_chunks(self._band_keys_of(changed)):
            stories.update(
                s
                for (s,) in db.execute(
                    "SELECT DISTINCT a.story FROM bands b JOIN articles a ON a.n=b.n"
                    f" WHERE b.key IN ({marks})",
                    part,
                )
            )
        members = set(changed)
        for marks, part in in_chunks(sorted(stories)):
            members.update(
                n for (n,) in db.execute(f"SELECT n FROM articles WHERE story IN ({marks})", part)
            )
        if not members:
            return 0
        member_list = sorted(members)
        for marks, part in in_chunks(member_list):
            db.execute(f"UPDATE articles SET story=n WHERE n IN ({marks})", part)
        numbers, sigs, sizes = self._signatures(member_list)
        self._set_stories(link(numbers, sigs, sizes, bp))
        return len(member_list)

    def _set_stories(self, stories: dict[int, int]) -> None:
        self.db.executemany(
            "UPDATE articles SET story=? WHERE n=?", ((s, n) for n, s in stories.items() if s != n)
        )


def _bucket_counts(sigs: list[np.ndarray]) -> np.ndarray:
    """In how many of the signatures each sketch bucket occurs."""
    b = np.sort(mh.buckets(np.stack(sigs)), axis=1)
    first = np.ones(b.shape, dtype=bool)  # each bucket once per signature
    first[:, 1:] = b[:, 1:] != b[:, :-1]
    return np.bincount(b[first], minlength=1 << mh.SKETCH_BITS).astype(np.int32)


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct ``values`` (a sort: np.unique hashes, far slower on these)."""
    values = np.sort(values)
    if len(values):
        values = values[np.concatenate(([True], values[1:] != values[:-1]))]
    return values


@lru_cache(maxsize=ALL_PAIRS_MAX + 1)
def _pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j) with i < j < n (a bucket's pairs; a few sizes, asked thousands of times)."""
    return np.triu_indices(n, 1)


def link(
    numbers: np.ndarray, sigs: np.ndarray, sizes: np.ndarray, bp: np.ndarray
) -> dict[int, int]:
    """{article number: story (the smallest number of its component)} over the pairs
    that share an LSH band bucket and pass ``minhash.near_copies``."""
    m = len(numbers)
    if m < 2:
        return {int(n): int(n) for n in numbers}
    # the distinct candidate pairs as int64 keys (smaller * m + larger), merged band by
    # band, each band's keys made as it comes: the bands' pair lists together would
    # take tens of times the memory (and all bands' keys at once, 34 MB at 100k)
    distinct = np.zeros(0, dtype=np.int64)
    for b in range(mh.BANDS):
        col = mh.band_keys(sigs, slice(b, b + 1))[:, 0]
        order = np.argsort(col, kind="stable")
        sorted_keys = col[order]
        same = sorted_keys[1:] == sorted_keys[:-1]
        if not same.any():
            continue
        firsts: list[np.ndarray] = []
        seconds: list[np.ndarray] = []
        # runs of equal keys: [start, end) in ``order``
        edges = np.flatnonzero(np.diff(np.concatenate(([False], same, [False])).astype(np.int8)))
        for start, end in zip(edges[0::2], edges[1::2] + 1):
            members = order[start:end]
            if len(members) <= ALL_PAIRS_MAX:
                i, j = _pairs(len(members))
                firsts.append(members[i])
                seconds.append(members[j])
            else:  # a star on the first and a chain through the rest
                firsts.append(
                    np.concatenate((np.repeat(members[0], len(members) - 1), members[1:-1]))
                )
                seconds.append(np.concatenate((members[1:], members[2:])))
        a = np.concatenate(firsts).astype(np.int64)
        c = np.concatenate(seconds).astype(np.int64)
        distinct = _distinct(np.concatenate((distinct, np.minimum(a, c) * m + np.maximum(a, c))))
    if not len(distinct):
        return {int(n): int(n) for n in numbers}
    parent = list(range(m))
    boiler = mh.in_buckets(sigs, bp)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for chunk in range(0, len(distinct), LINK_CHUNK):
        # decoded a chunk at a time (as a (left, right) array the pairs took 16 bytes each)
        left, right = np.divmod(distinct[chunk : chunk + LINK_CHUNK], m)
        equal = sigs[left] == sigs[right]
        ok = mh.near_copies(
            mh.similarity(equal, boiler[left]),
            sizes[left],
            sizes[right],
            jaccard=JACCARD,
            containment=CONTAINMENT,
            min_share=MIN_SHARE,
        ) | mh.near_copies(
            equal.mean(axis=1),
            sizes[left],
            sizes[right],
            jaccard=UNGUARDED_JACCARD,
            containment=UNGUARDED_CONTAINMENT,
            min_share=MIN_SHARE,
        )
        for x, y in zip(left[ok].tolist(), right[ok].tolist()):
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)  # numbers are sorted: the root is the smallest
    return {int(numbers[i]): int(numbers[find(i)]) for i in range(m)}
