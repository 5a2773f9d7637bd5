"""The sync lock: one process syncs a library at a time."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from .types import SearchError

SYNC_LOCK = "sync.lock"
# A lock whose recorded owner has died is held by something it left behind (workers
# of an older version, a debugger): after this grace the waiter says so and stops.
DEAD_OWNER_GRACE_SECONDS = 5.0


@contextmanager
def sync_lock(
    index_dir: Path, on_wait: Callable[[], None] | None, timeout: float
) -> Iterator[tuple[bool, int]]:
    """An exclusive flock on index_dir/sync.lock: released by the kernel when its
    process dies, so a killed indexer never leaves a stale lock behind. The owner
    writes its pid into the file; worker processes close their inherited copy of
    the descriptor and die with their parent, so the lock is only ever held by a
    live owner. Should a lock still be held with its owner dead, the waiter says
    which processes hold it instead of waiting out its timeout."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / SYNC_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    waited = False
    try:
        deadline = time.monotonic() + timeout
        owner_dead_since = None
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waited and on_wait is not None:
                    on_wait()
                waited = True
                owner = _lock_owner(fd)
                if owner is not None and not _pid_alive(owner):
                    owner_dead_since = owner_dead_since or time.monotonic()
                    if time.monotonic() - owner_dead_since > DEAD_OWNER_GRACE_SECONDS:
                        holders = ", ".join(map(str, _flock_holders(fd))) or "unknown"
                        raise SearchError(
                            f"the indexer that locked this library (pid {owner}) has died, but the lock "
                            f"is still held (by pid {holders}); end that process and try again"
                        ) from None
                else:
                    owner_dead_since = None
                if time.monotonic() > deadline:
                    raise SearchError(
                        "another belreader process is indexing this library; "
                        "try again when it has finished"
                    ) from None
                time.sleep(0.2)
        with suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield waited, fd
    finally:
        os.close(fd)  # closing releases the lock


def _lock_owner(fd: int) -> int | None:
    """The pid the lock's owner wrote into the lock file, if any."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _flock_holders(fd: int) -> list[int]:
    """Pids holding a flock on ``fd``'s file, from /proc/locks (Linux; else [])."""
    st = os.fstat(fd)
    holders = []
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    for line in lines:
        parts = line.split()
        if len(parts) >= 6 and parts[1] == "FLOCK":  # a waiter's line has "->" there
            dev_ino = parts[5].split(":")
            if (
                len(dev_ino) == 3
                and dev_ino[2].isdigit()
                and int(dev_ino[2]) == st.st_ino
                and parts[4].isdigit()
            ):
                holders.append(int(parts[4]))
    return sorted(set(holders))
