"""The parallel build: one worker process per core, each indexing a contiguous share
of the files into segments of its own (``writer.worker_segment_writer``); the parent
holds the lock and commits the segments (``commit.commit_in_steps``)."""

from __future__ import annotations

import errno
import gc
import os
import queue as queue_mod
import signal
import sys
import threading
import time
from collections.abc import Iterable
from contextlib import suppress

from whoosh import index

from ..analysis import Analysis
from ..faults import fault_point
from ..indexing import Job, Outcome, index_jobs, pack_jobs, unpack_jobs
from ..schema import INDEX_NAME, make_schema
from ..types import ProgressFn, SearchError
from .private_api import FALLBACK_ERRORS, PRIVATE, WORKER_WRITER
from .writer import worker_add_document, worker_segment_writer

# an indexing worker's in-memory postings (see CompactPool) before it starts a new
# segment. Both workers can be at their budget at once: at 64 a 100k build peaked at 419
# MiB (RSS summed over the process tree), at 48 at 367, with 20 segments instead of 14
WORKER_SEGMENT_MB = 48


def _index_worker(
    chunk_no: int,
    index_dir: str,
    batches: list[bytes],
    analysis: Analysis,
    out,
    parent_pid: int | None = None,
    inherited_locks: tuple[int, ...] = (),
) -> None:
    """A worker process: index the jobs of ``batches`` (see _pack_jobs) into new
    segments of its own (the parent holds the lock and commits the segment list), and
    send back the outcomes. It dies with its parent, and closes the lock descriptors a
    fork gave it so that only the parent holds the locks."""
    for fd in inherited_locks:
        with suppress(OSError):
            os.close(fd)
    if parent_pid is not None:
        _die_with_parent(parent_pid)
    try:
        ix = index.open_dir(index_dir, indexname=INDEX_NAME, schema=make_schema(analysis))
        segments: list = []
        state = {"writer": None, "added": 0}

        def new_writer():
            writer = worker_segment_writer(ix)
            state["writer"], state["added"] = writer, 0
            return writer

        def finish(writer) -> None:
            if state["added"]:
                segments.append(writer._finalize_segment())
            else:
                writer._close_segment()  # its files are cleaned up by the parent's commit

        class _Rolling:
            """add_document on the current segment; a new segment past the budget."""

            def add_document(self, **doc):
                writer = state["writer"]
                worker_add_document(writer, doc)
                state["added"] += 1
                if writer.pool.size > WORKER_SEGMENT_MB * 1048576:
                    finish(writer)
                    writer = new_writer()  # nothing holds the old one now
                    _return_freed_memory()

        new_writer()
        outcomes, words = index_jobs(
            _Rolling(),
            unpack_jobs(batches),
            analysis,
            None,
            fresh=True,
            tick=lambda k: out.put(("tick", k)),
        )
        finish(state["writer"])
        out.put(("done", (chunk_no, outcomes, segments, words)))
    except FALLBACK_ERRORS as exc:  # Whoosh changed under the segment writer (or a bug)
        out.put(("changed", f"{type(exc).__name__}: {exc}"))
    except BaseException as exc:  # reported to the parent, which cancels the sync
        out.put(("error", (getattr(exc, "errno", None), f"{type(exc).__name__}: {exc}")))


def _return_freed_memory() -> None:
    """Give the heap's free pages back to the system (glibc only; elsewhere nothing).
    A flushed pool's postings were large buffers from malloc, and glibc keeps freed
    ones for reuse: without this a worker's RSS grows by the scattered free space each
    segment leaves behind, and the next pool comes on top of it."""
    try:
        import ctypes  # here: not every Python build has it, and this is optional

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc
        pass


def _balanced_chunks(jobs: list[Job], procs: int) -> list[list[Job]]:
    """``procs`` contiguous runs of ``jobs`` (none empty while there are enough jobs)
    with about equal total file size."""
    total = sum(max(job.size, 1) for job in jobs)
    chunks: list[list[Job]] = []
    start, acc = 0, 0
    for i, job in enumerate(jobs):
        acc += max(job.size, 1)
        left = procs - len(chunks) - 1  # chunks still to make after this one
        rest = len(jobs) - (i + 1)
        if left and rest >= left and (rest == left or acc * procs >= total * (len(chunks) + 1)):
            chunks.append(jobs[start : i + 1])
            start = i + 1
    chunks.append(jobs[start:])
    while len(chunks) < procs:
        chunks.append([])
    return chunks


class WorkersFellBack(SearchError):
    """A worker's segment writer met an AttributeError, TypeError or ImportError (a
    Whoosh that changed what it reaches into): the sync indexes in its own process
    instead, with Whoosh's writer (``PRIVATE`` has logged it and turned the path off).
    Whatever the workers wrote is left to the commit's clean-up."""


def parallel_build_usable() -> bool:
    """Whether this Whoosh has what the workers' segment writer needs (``WORKER_WRITER``;
    logged once when not: the sync then indexes in one process with Whoosh's writer)."""
    return PRIVATE.usable(WORKER_WRITER)


def index_parallel(
    index_dir: str,
    jobs: list[Job],
    analysis: Analysis,
    procs: int,
    progress: ProgressFn | None,
    *,
    inherited_locks: Iterable[int] = (),
) -> tuple[list[Outcome], list, set[str]]:
    import multiprocessing as mp  # off the start-up path: only big builds need it

    # fork is quickest, but only safe while this process runs a single thread (the app
    # syncs from a worker thread): spawn otherwise, and where fork does not exist
    method = (
        "fork"
        if threading.active_count() == 1 and "fork" in mp.get_all_start_methods()
        else "spawn"
    )
    # a literal start method per call: typeshed gives only the named contexts a Process
    ctx = mp.get_context("fork") if method == "fork" else mp.get_context("spawn")
    if method != "fork":
        _start_resource_tracker()
    out = ctx.Queue()
    # contiguous chunks, in scan order: document numbers (and so the order of equally
    # scored hits) come out as a one-process build would give them. The chunks hold
    # equal shares of the bytes to read, not of the files: the work (cleaning, claims,
    # postings) follows the text's length, and equal file counts left one worker
    # running alone for the last ~10% of a build
    chunks = _balanced_chunks(jobs, procs)
    # only a forked worker has the parent's descriptors (a spawned one must not close
    # whatever its own descriptors with those numbers are)
    locks = tuple(inherited_locks) if method == "fork" else ()
    workers = [
        ctx.Process(
            target=_index_worker,
            args=(n, index_dir, pack_jobs(chunk), analysis, out, os.getpid(), locks),
            daemon=True,
        )
        for n, chunk in enumerate(chunks)
    ]
    # forked workers inherit the parent's heap (the scan, the job list) as shared pages;
    # frozen, their garbage collector never walks it, so it is not copied into each
    frozen = method == "fork"
    if frozen:
        gc.freeze()
    try:
        for w in workers:
            w.start()
    finally:
        if frozen:
            gc.unfreeze()
    fault_point("workers-started")
    results: dict[int, tuple] = {}
    new_words: set[str] = set()
    done_count, total = 0, len(jobs)
    try:
        while len(results) < len(workers):
            try:
                kind, payload = out.get(timeout=0.5)
            except queue_mod.Empty:
                if any(w.exitcode not in (None, 0) for w in workers):
                    raise SearchError(
                        "an indexing worker stopped unexpectedly; nothing was changed"
                    ) from None
                continue
            if kind == "tick":
                done_count += payload
                if progress and payload:
                    progress(min(done_count, total), total, "")
            elif kind == "done":
                chunk_no, outcomes, segs, words = payload
                results[chunk_no] = (outcomes, segs)
                new_words |= words
            elif kind == "changed":
                PRIVATE.disable(WORKER_WRITER, payload)
                raise WorkersFellBack(payload)
            else:
                code, message = payload
                if code == errno.ENOSPC:
                    raise OSError(code, os.strerror(code))
                raise SearchError(f"indexing failed: {message}")
    except BaseException:
        for w in workers:  # interrupted or failed: stop the others now
            if w.is_alive():
                w.terminate()
        raise
    finally:
        for w in workers:
            w.join(timeout=5)
            if w.is_alive():
                w.terminate()
    ordered = [outcome for i in range(procs) for outcome in results[i][0]]
    segments = [seg for i in range(procs) for seg in results[i][1]]
    return ordered, segments, new_words


def _die_with_parent(parent_pid: int) -> None:
    """A worker process must not outlive the sync that started it (it would go on
    writing segments nobody commits): on Linux the kernel kills it when its parent
    dies (PR_SET_PDEATHSIG); elsewhere, and for a parent that died before that was
    set, a watchdog thread sees the parent gone and exits."""
    try:
        import ctypes  # here: not every Python build has it, and this is optional

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):
        pass
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watchdog").start()


def _start_resource_tracker() -> None:
    """multiprocessing's resource tracker (started by the first spawn-context queue or
    worker) passes ``sys.stderr.fileno()`` to its process; under Textual that is -1
    and the start fails ("bad value(s) in fds_to_keep"). Start it here with the
    process's real stderr (or /dev/null) in place for that moment."""
    from multiprocessing import resource_tracker  # off the start-up path (see above)

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, ValueError, OSError):
        usable = False
    if usable:
        return
    saved = sys.stderr
    devnull = None
    try:
        real = sys.__stderr__
        try:
            real_ok = real is not None and real.fileno() >= 0
        except (AttributeError, ValueError, OSError):
            real_ok = False
        if not real_ok:
            real = devnull = open(os.devnull, "w")  # noqa: SIM115 - closed in finally
        sys.stderr = real
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved
        if devnull is not None:
            devnull.close()
