"""Opening a SQLite file in WAL mode when another process may be opening it too."""

from __future__ import annotations

import sqlite3
import time


def enter_wal(conn: sqlite3.Connection, wait_s: float) -> None:
    """Switch ``conn`` to WAL. SQLite answers this pragma with SQLITE_BUSY at once,
    without its busy handler, while another connection holds a lock (two processes
    creating the same new file at the same moment): wait for it here as every other
    statement waits, up to ``wait_s`` seconds."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.01)
