"""Bring stories.sqlite3 in line with the index after a sync: the articles added,
changed or removed since it was last brought in line, read back from the index (its
stored fields: no file is read or cleaned twice). Which articles those are comes from
the sync's own delta when the store followed the sync before it, else from comparing
the whole manifest with the store.

Called by ``SearchIndex.sync`` after its commit. A failure here never fails the sync:
it is added to the report's warnings and search works as before, without folding.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..search import SearchIndex, SyncReport
    from ..search.types import ManifestDelta
    from .store import UpdateReport

# a batch above this share of the library is read back in one pass over the stored
# fields; below it, article by article
READ_ALL_SHARE = 0.2


def articles_of(entry) -> dict[str, str]:
    """{article id: content or record hash} of one manifest entry (a dump file holds
    many records, another file one article)."""
    from ..search.indexing import records_of

    if entry is None:
        return {}
    records = records_of(entry[3])
    if records:
        return dict(records)
    return {entry[0]: entry[3]} if entry[0] else {}


def current_articles(index_dir) -> dict[str, str] | None:
    """{article id: content or record hash} of what the index holds, from its manifest;
    None when there is no manifest."""
    from ..search import manifest as mf

    manifest = mf.read_manifest(index_dir)
    if not manifest:
        return None
    out: dict[str, str] = {}
    for entry in manifest.get("files", {}).values():
        out.update(articles_of(entry))
    return out


def _up_to_date(index_dir, stamp: str) -> bool:
    """Does stories.sqlite3 describe the index as its manifest now stands? (SQLite
    alone: this runs at every start.)"""
    import sqlite3

    from .reader import FORMAT, StoryReader

    reader = StoryReader.open(index_dir)
    if reader is None:
        return False
    try:
        return reader.meta("format") == FORMAT and reader.meta("manifest") == stamp
    except sqlite3.Error:
        return False
    finally:
        reader.close()


def delta_changes(delta: ManifestDelta) -> tuple[list[str], dict[str, str]]:
    """(ids to remove, {id: hash} to add) for one sync's delta: what the full diff of
    ``refresh`` finds, for a store in step with the manifest before that sync. A
    changed article is in both; so is an added one (removing what is absent is a
    no-op, and it keeps an id from ever being stored twice)."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for old, new in delta.entries.values():
        before.update(articles_of(old))
        after.update(articles_of(new))
    removed = [i for i in before.keys() | after.keys() if before.get(i) != after.get(i)]
    wanted = {i: h for i, h in after.items() if before.get(i) != h}
    return removed, wanted


def refresh(
    index: SearchIndex, *, rebuild: bool = False, delta: ManifestDelta | None = None
) -> UpdateReport | None:
    """Update the stories of ``index``'s library; None when nothing changed.

    With ``delta`` (what the sync just did) and a store in step with the manifest as it
    stood before that sync, only the articles it touched are read: no library-wide read
    of the manifest or of the store. Otherwise (no store, an older one, a sync killed
    before the store followed it, a rebuild) the whole manifest is compared with the
    store."""
    from ..search import manifest as mf

    index_dir = index.library.index_dir
    stamp = mf.manifest_stamp(index_dir)
    if delta is None and stamp is not None and not rebuild and _up_to_date(index_dir, stamp):
        return None  # the start-up sync with nothing changed: no numpy imported
    from .store import ArticleInput, StoryStore

    store = StoryStore(index_dir)
    try:
        # the write lock first: another process syncing the same library at this moment
        # either did this work already (the stamp says so) or waits for us
        store.db.execute("BEGIN IMMEDIATE")
        in_step = store.meta("manifest")
        if stamp is not None and not rebuild and in_step == stamp:
            store.db.rollback()
            return None
        if delta is not None and not rebuild and stamp == delta.after and in_step == delta.before:
            removed, wanted = delta_changes(delta)
            library_size = store.count()
            fresh = False
        else:
            current = current_articles(index_dir) or {}
            known = {} if rebuild else store.known()
            removed = [i for i, h in known.items() if current.get(i) != h]
            wanted = {i: h for i, h in current.items() if known.get(i) != h}
            library_size = len(current)
            fresh = rebuild or not known
        if len(wanted) > READ_ALL_SHARE * max(library_size, 1):
            stored = (a for a in index.iter_articles() if a.id in wanted)
        else:
            stored = (a for a in map(index.article, wanted) if a is not None)
        # a generator: the store takes them a chunk at a time
        articles = (
            ArticleInput(
                id=a.id,
                content_hash=wanted[a.id],
                title=a.title,
                source=a.source,
                path=str(a.path),  # an indexed Article gives the stored str; str() for the type
                date=a.date,
                time=a.time,
                body=a.body,
                paragraphs=a.paragraphs,
                claims=a.claims,
            )
            for a in stored
        )
        if rebuild:
            store.clear()
            removed = []
        # in the update's own transaction: the stamp is never ahead of the groups
        store.set_meta("manifest", stamp)
        return store.update(articles, removed, index.aliases, fresh=fresh)
    finally:
        store.close()


def refresh_after_sync(index: SearchIndex, report: SyncReport) -> None:
    """The sync's hook: refresh, and on failure say so in ``report.warnings``."""
    import sqlite3

    from .reader import STORE_FILE

    started = time.perf_counter()
    path = index.library.index_dir / STORE_FILE
    try:
        try:
            refresh(index, rebuild=report.rebuilt, delta=report.delta)
        except sqlite3.DatabaseError as exc:
            if "malformed" not in str(exc) and "not a database" not in str(exc):
                raise
            # derived from the index alone: a damaged file is made again, nothing is lost
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
            refresh(index, rebuild=True)
            report.warnings.append(
                (str(path), f"was unreadable ({exc}); copies and quotes were grouped again")
            )
    except Exception as exc:  # grouping is an extra: the index itself is fine
        report.warnings.append(
            (
                str(index.library.index_dir / STORE_FILE),
                f"copies and shared quotes were not grouped ({type(exc).__name__}: {exc}); "
                "search works, without folding copies",
            )
        )
    report.elapsed += time.perf_counter() - started
