"""Sync: bring an index in line with its library's corpus folders, touching only the
files added, changed or deleted since the last sync, and survive being killed at any
moment (the resume marker, the pending manifest, the clean-up of orphan segments).

Crash consistency: the index's table of contents (TOC) is the commit point. The
manifest for the new generation is written to ``manifest.pending`` before the TOC and
renamed over ``manifest.bin`` after it, so a run killed at any step leaves either the
old index with its manifest or the new index with a pending manifest that names its
generation. The next run settles that (``_settle``), removes segment files no TOC
lists, and finishes the work.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from .. import skipped
from ..first_page import forget_first_page
from ..library import LibraryError, Scan, gc_paused
from . import manifest as mf
from .engine import (
    WorkersFellBack,
    commit_in_steps,
    index_parallel,
    parallel_build_usable,
    remove_orphan_segments,
)
from .faults import fault_point
from .indexing import (
    RECORDS_MARK,
    Job,
    drop_old_records,
    entry_ids,
    index_jobs,
    index_procs,
)
from .lock import sync_lock
from .store import IndexStore
from .suggest import WordList
from .types import ManifestDelta, ProgressFn, SearchError, SyncReport

SYNC_MARKER = "sync.running"  # present while a sync writes; left behind by a killed one
# sync() right after needs_sync() reuses its scan when it is this fresh
RECENT_SCAN_SECONDS = 2.0


def _outdated_note(index_dir: Path) -> str | None:
    """A line saying the index was made by another version of belreader, when its
    manifest records another schema (None for any other reason to rebuild)."""
    recorded = mf.recorded_schema(index_dir)
    if recorded is None or recorded == mf.SCHEMA_VERSION:
        return None
    made_by = "an older" if recorded < mf.SCHEMA_VERSION else "a newer"
    return (
        f"the index was made by {made_by} belreader (index format {recorded}, this one "
        f"uses {mf.SCHEMA_VERSION}): it was rebuilt from the corpus folders"
    )


class Syncer:
    """The sync of one index store."""

    def __init__(self, store: IndexStore, words: WordList) -> None:
        self.store = store
        self.library = store.library
        self.index_dir = store.index_dir
        self.words = words
        # (when, scan, manifest or None, corpora, the manifest's stamp or None) of needs_sync
        self._recent: tuple[float, Scan, dict | None, tuple[Path, ...], str | None] | None = None
        self._lock_fd: int | None = None  # the sync lock's descriptor while it is held

    @property
    def fingerprint(self) -> str:
        return self.store.analysis.fingerprint

    def needs_sync(self) -> bool:
        """Cheap check (stat only) for whether ``sync`` would change anything."""
        self._reload_corpora()
        state = mf.read_state(self.index_dir)
        if state is not None and self.store.exists():
            scan = self.library.scan()
            if mf.state_matches(state, scan, self.fingerprint):
                self._recent = (time.monotonic(), scan, None, tuple(self.library.corpora), None)
                return False
        stamp = mf.manifest_stamp(self.index_dir)
        manifest = mf.read_manifest(self.index_dir)
        if stamp != mf.manifest_stamp(self.index_dir):
            stamp = None  # replaced while it was read: which one was read is not known
        if not manifest or not self.store.exists():
            return True
        if manifest.get("aliases") != self.fingerprint:
            return True
        scan = self.library.scan()
        # a sync() right after (the app's start: check, then sync) reuses this walk and
        # this manifest instead of stat-ing every file and parsing the manifest again
        self._recent = (time.monotonic(), scan, manifest, tuple(self.library.corpora), stamp)
        return bool(mf.changes(scan, manifest)[:3] != ([], [], []))

    def _forget_derived(self) -> None:
        """Before a sync changes the index: what describes the index as it was (the scan
        state, see _write_state, and the app's kept first page) is stale from here on."""
        mf.forget_state(self.index_dir)
        forget_first_page(self.index_dir)

    def _reload_corpora(self) -> None:
        """The folder list as saved now: `belreader add` in another terminal changes it."""
        try:
            self.library.reload_corpora()
        except LibraryError as exc:
            raise SearchError(str(exc)) from None

    def _take_recent(self):
        recent, self._recent = self._recent, None
        # only a walk of the same folder list (sync re-reads it under the lock)
        if (
            recent is not None
            and time.monotonic() - recent[0] < RECENT_SCAN_SECONDS
            and recent[3] == tuple(self.library.corpora)
        ):
            return recent[1], recent[2], recent[4]
        return None, None, None

    def sync(
        self,
        *,
        rebuild: bool = False,
        progress: ProgressFn | None = None,
        on_wait: Callable[[], None] | None = None,
        wait_timeout: float = 600.0,
    ) -> SyncReport:
        """Bring the index in line with the corpus folders (see ``_sync``).

        One process syncs a library at a time: another waits for it (``on_wait`` is
        called once when it starts waiting) and then works from the manifest that
        process left, so nothing is indexed twice. The library's folder list is read
        again under the lock: another process may have added a folder meanwhile.

        Crash consistency: the index's table of contents (TOC) is the commit point.
        The manifest for the new generation is written to ``manifest.pending`` before
        the TOC and renamed over ``manifest.bin`` after it, so a run killed at any step
        leaves either the old index with its manifest or the new index with a pending
        manifest that names its generation. The next run settles that (``_settle``),
        removes segment files no TOC lists, and finishes the work.
        """
        try:
            with sync_lock(self.index_dir, on_wait, wait_timeout) as (waited, fd):
                self._lock_fd = fd
                self._reload_corpora()
                if waited:
                    self._recent = None  # another process changed the index meanwhile
                    self.store.close()
                marker = self.index_dir / SYNC_MARKER
                resumed = marker.exists()
                if resumed:
                    # a killed run removes these before it writes; be sure of it anyway
                    self._forget_derived()
                self._settle(orphans=resumed)
                marker.write_text(str(os.getpid()), "utf-8")
                try:
                    report = self._sync(rebuild=rebuild, progress=progress)
                except BaseException:
                    # nothing half-written stays behind (a full disk needs the room);
                    # the marker stays: the next run knows this one did not finish
                    with suppress(Exception):
                        self.store.close()
                        self._settle(orphans=True)
                    raise
                finally:
                    self._lock_fd = None
                marker.unlink(missing_ok=True)

                skipped.record(self.index_dir, report.skipped)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise SearchError(
                    f"no space left on device while writing the index at {self.index_dir}; "
                    "the index is as it was before this run"
                ) from None
            raise
        report.resumed = resumed
        return report

    def _settle(self, *, orphans: bool) -> None:
        """Finish or undo what an interrupted sync left: adopt its pending manifest if
        its TOC was committed (else drop it), and with ``orphans`` (only an interrupted
        run leaves any) delete the files no TOC lists."""
        pending = self.index_dir / mf.PENDING_MANIFEST_FILE
        if pending.exists():
            orphans = True
            data = {}
            with suppress(OSError, Exception):
                data = mf.manifest_from_bytes(pending.read_bytes())
            generation = self.store.generation()
            if data and generation is not None and data.get("generation") == generation:
                os.replace(pending, self.index_dir / mf.MANIFEST_FILE)
            else:
                pending.unlink(missing_ok=True)
        if orphans and self.store.exists():
            self._remove_orphan_segments()
            # a run killed after its commit had not
            mf.record_segment_sums(self.index_dir, self.store.dir)

    def _remove_orphan_segments(self) -> None:
        """Delete segment files (and old TOCs) that the newest TOC does not list: what a
        killed indexer's workers had written but never committed. Whoosh's own
        clean-up, run on the committed generation."""
        try:
            ix = self.store.open()
        except SearchError:
            return  # damaged: a rebuild will clear the folder
        remove_orphan_segments(ix, self.store.dir)

    def _sync(self, *, rebuild: bool = False, progress: ProgressFn | None = None) -> SyncReport:
        """Bring the index in line with the corpus folders, touching only files that
        were added, changed or deleted since the last sync.

        Big batches (a first build, a folder added) are read, cleaned, claim-extracted
        and analysed by one worker process per core, each writing its own segment; the
        parent only deletes replaced documents and commits the segment list."""
        started = time.perf_counter()
        report = SyncReport()
        # the delta handed to the stories is relative to the stamp of the manifest read
        # (a cached one may predate another process's sync: its stamp says so)
        scan, manifest, stamp_before = self._take_recent()
        if manifest is None:
            stamp_before = mf.manifest_stamp(self.index_dir)
        fingerprint = self.fingerprint
        if not rebuild and self.store.exists():
            state = mf.read_state(self.index_dir)
            if state is not None:
                if scan is None:
                    scan = self.library.scan()
                if mf.state_matches(
                    state, scan, fingerprint
                ):  # nothing changed since the last sync
                    report.unchanged = state["indexed"]
                    report.skipped.extend(scan.skipped)
                    report.skipped.extend((p, reason) for p, reason in state["bad"])
                    report.elapsed = time.perf_counter() - started
                    return report
        if manifest is None:
            manifest = mf.read_manifest(self.index_dir)
        if not self._manifest_describes_index(manifest) or manifest.get("aliases") != fingerprint:
            if not rebuild and self.store.exists():
                report.rebuilt_because = _outdated_note(self.index_dir)
            rebuild = True
        if scan is None:
            scan = self.library.scan()
        report.skipped.extend(scan.skipped)
        if rebuild:
            self._forget_derived()
            self.store.create()
            fault_point("created")
            manifest = {}
            report.rebuilt = True
        files: dict[str, list] = dict(manifest.get("files", {}))
        bad: dict[str, list] = dict(manifest.get("bad", {}))
        with gc_paused():
            added, changed, deleted, unchanged, unavailable = mf.changes(
                scan, {"files": files, "bad": bad}
            )
        report.unchanged = unchanged + sum(unavailable.values())
        report.unavailable = unavailable
        redo = set(added) | set(changed)
        for path, reason in ((p, bad[p][2]) for p in bad if p in scan.files and p not in redo):
            report.skipped.append((path, reason))
        todo = added + changed
        if not todo and not deleted:
            if rebuild or manifest.get("legacy") or manifest.get("generation") is None:
                self._commit_manifest(files, bad, fingerprint, scan.fingerprint(), unavailable)
            elif unavailable:  # no state: every sync checks whether the folder is back
                mf.forget_state(self.index_dir)
            else:  # the state was missing or stale (e.g. a catalogue edit): renew it
                mf.write_state(self.index_dir, scan.fingerprint(), files, bad, fingerprint)
            report.elapsed = time.perf_counter() - started
            return report
        self._forget_derived()
        entries_before = {path: files.get(path) for path in (*deleted, *todo)}
        ix = self.store.open()
        writer = self.store.writer(ix)
        procs = index_procs(len(todo))
        if procs > 1 and not parallel_build_usable():
            procs = 1
        try:
            for path in deleted:
                entry = files.pop(path, None)
                bad.pop(path, None)
                if entry:
                    for article_id in entry_ids(entry):
                        writer.delete_by_term("id", article_id)
                        report.deleted += 1
            jobs = [
                Job(
                    path,
                    scan.files[path].id,
                    scan.files[path].mtime_ns,
                    scan.files[path].size,
                    scan.files[path].catalogue,
                    files[path][3] if path in files else None,
                )
                for path in todo
            ]
            # from here on only the scan's digest is needed: its entries go before the
            # workers start, and the manifest built after them reuses that memory
            scan_digest = scan.fingerprint()
            del scan, todo
            if procs > 1:
                # forked workers inherit the lock descriptors: they close them, so only
                # this process ever holds the locks
                locks = [
                    fd
                    for fd in (self._lock_fd, getattr(writer.writelock, "fd", None))
                    if fd is not None
                ]
                try:
                    outcomes, segments, words = index_parallel(
                        str(self.store.dir),
                        jobs,
                        self.store.analysis,
                        procs,
                        progress,
                        inherited_locks=locks,
                    )
                except WorkersFellBack:  # logged by the engine: Whoosh's writer, here
                    procs = 1
            if procs == 1:
                outcomes, words = index_jobs(
                    writer, jobs, self.store.analysis, progress, fresh=rebuild
                )
                segments = []
            for job, (kind, value, warnings) in zip(jobs, outcomes):
                path = job.path
                was_indexed = path in files
                if kind == "bad":
                    bad[path] = [job.mtime_ns, job.size, value]
                    report.skipped.append((path, value))
                    if was_indexed:
                        for article_id in entry_ids(files.pop(path)):
                            writer.delete_by_term("id", article_id)
                            report.deleted += 1
                    continue
                bad.pop(path, None)
                report.warnings.extend((path, w) for w in warnings)
                if kind == "same":
                    report.unchanged += 1
                elif value.startswith(RECORDS_MARK):
                    drop_old_records(
                        writer, files.get(path), value, report, replaced=bool(segments)
                    )
                else:
                    if was_indexed:
                        report.changed += 1
                        if segments and files[path][0]:
                            # replaced by a worker's segment: drop the old document
                            writer.delete_by_term("id", files[path][0])
                    else:
                        report.added += 1
                files[path] = [job.id, job.mtime_ns, job.size, value]
            fault_point("indexed")

            def write_pending(generation: int) -> None:
                mf.write_manifest(
                    self.index_dir,
                    mf.manifest_data(files, bad, fingerprint, generation),
                    pending=True,
                )

            commit_in_steps(writer, segments, write_pending)
        except BaseException:
            if not writer.is_closed:
                # its own failure (e.g. a second "no space left") must not hide the first
                with suppress(Exception):
                    writer.cancel()
            raise
        fault_point("index-committed")
        mf.adopt_pending_manifest(self.index_dir)
        fault_point("manifest-written")
        stamp_after = mf.manifest_stamp(self.index_dir)
        if stamp_before is not None and stamp_after is not None and not rebuild:
            report.delta = ManifestDelta(
                stamp_before,
                stamp_after,
                {path: (old, files.get(path)) for path, old in entries_before.items()},
            )
        mf.record_segment_sums(self.index_dir, self.store.dir)
        self.words.add(words, fresh=rebuild)
        if not unavailable:
            mf.write_state(self.index_dir, scan_digest, files, bad, fingerprint)
        fault_point("state-written")
        self.store.drop_searcher()  # reopened on next use
        report.elapsed = time.perf_counter() - started
        return report

    def _manifest_describes_index(self, manifest: dict) -> bool:
        """A manifest is trusted only for the index generation it was written with (a
        legacy one, which records none, for any): a run killed after it emptied the
        index for a rebuild, or between a commit and its manifest, leaves one that
        does not describe the index."""
        if not manifest or not self.store.exists():
            return False
        recorded = manifest.get("generation")
        return recorded is None or recorded == self.store.generation()

    def _commit_manifest(
        self,
        files: dict,
        bad: dict,
        fingerprint: str,
        scan_digest: bytes,
        unavailable: dict | None = None,
    ) -> None:
        """The manifest of the index as it stands (no index change pending), then the
        scan state unless a folder is unavailable (then every sync looks again)."""
        mf.forget_state(self.index_dir)
        mf.write_manifest(
            self.index_dir, mf.manifest_data(files, bad, fingerprint, self.store.generation())
        )
        if not unavailable:
            mf.write_state(self.index_dir, scan_digest, files, bad, fingerprint)
