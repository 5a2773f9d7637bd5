"""Bring stories.sqlite3 in line with the index after a sync: the articles added,
changed or removed since it was last brought in line, read back from the index (its
stored fields: no file is read or cleaned twice).

Called by ``SearchIndex.sync`` after its commit. A failure here never fails the sync:
it is added to the report's warnings and search works as before, without folding.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..search import SearchIndex, SyncReport
    from .store import UpdateReport

# a batch above this share of the library is read back in one pass over the stored
# fields; below it, article by article
READ_ALL_SHARE = 0.2


def current_articles(index_dir) -> dict[str, str] | None:
    """{article id: content or record hash} of what the index holds, from its manifest;
    None when there is no manifest."""
    from ..search import manifest as mf
    from ..search.indexing import records_of

    manifest = mf.read_manifest(index_dir)
    if not manifest:
        return None
    out: dict[str, str] = {}
    for entry in manifest.get("files", {}).values():
        records = records_of(entry[3])
        if records:
            out.update(records)
        elif entry[0]:
            out[entry[0]] = entry[3]
    return out


def _manifest_stamp(index_dir) -> str | None:
    from ..search import manifest as mf

    try:
        st = (index_dir / mf.MANIFEST_FILE).stat()
    except OSError:
        return None
    return f"{st.st_mtime_ns}:{st.st_size}"


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


def refresh(index: SearchIndex, *, rebuild: bool = False) -> UpdateReport | None:
    """Update the stories of ``index``'s library; None when nothing changed."""
    index_dir = index.library.index_dir
    stamp = _manifest_stamp(index_dir)
    if stamp is not None and not rebuild and _up_to_date(index_dir, stamp):
        return None  # the start-up sync with nothing changed: no numpy imported
    from .store import ArticleInput, StoryStore

    store = StoryStore(index_dir)
    try:
        # the write lock first: another process syncing the same library at this moment
        # either did this work already (the stamp says so) or waits for us
        store.db.execute("BEGIN IMMEDIATE")
        if stamp is not None and not rebuild and store.meta("manifest") == stamp:
            store.db.rollback()
            return None
        current = current_articles(index_dir) or {}
        known = {} if rebuild else store.known()
        removed = [i for i, h in known.items() if current.get(i) != h]
        wanted = {i: h for i, h in current.items() if known.get(i) != h}
        if len(wanted) > READ_ALL_SHARE * max(len(current), 1):
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
                body=a.body,
                paragraphs=a.paragraphs,
                claims=a.claims,
            )
            for a in stored
        )
        if rebuild:
            store.clear()
            removed = []
        report = store.update(articles, removed, index.aliases, fresh=rebuild or not known)
        store.set_meta("manifest", stamp)
        store.db.commit()
        return report
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
            refresh(index, rebuild=report.rebuilt)
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
