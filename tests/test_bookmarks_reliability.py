"""Bookmark store reliability: concurrent writers, SIGKILL, damaged and read-only files."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pytest

from belreader.bookmarks import BUSY_TIMEOUT_S, SCHEMA_VERSION, BookmarkStore, BookmarkStoreError

ROOT = Path(__file__).resolve().parents[1]
BODY = (
    "Lukashenko said NATO asked him for help against Russia. Nobody in Brussels confirmed it.\n"
    "Минск не может позволить себе независимость от Москвы."
)


@dataclass
class Art:
    id: str = "a"
    body: str = BODY
    path: str = "/corpus/a.txt"
    title: str = "Title"
    source: str | None = "Outlet"
    date: object = None
    content_hash: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.content_hash = hashlib.sha256(self.body.encode()).hexdigest()


# A child process that adds bookmarks; shares the fake article with the tests.
CHILD = textwrap.dedent(
    f"""
    import hashlib, os, sys, time
    from pathlib import Path
    sys.path.insert(0, {str(ROOT)!r})
    from belreader.bookmarks import BookmarkStore

    class Art:
        id = "a"; path = "/corpus/a.txt"; title = "Title"; source = "Outlet"; date = None
        body = {BODY!r}
        content_hash = hashlib.sha256(body.encode()).hexdigest()

    db, label, count, go, partner = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
    Path(go + "." + label).touch()  # ready: imported and waiting
    while not os.path.exists(go):  # start together, to collide
        time.sleep(0.001)
    with BookmarkStore(Path(db)) as store:
        i = 0
        while count < 0 or i < count:
            if partner and i == count // 2:
                # Half-way, wait for the partner's first bookmark, so the two really
                # write at the same time however the machine schedules them.
                deadline = time.monotonic() + 120
                while not store.list(tag=partner):
                    if time.monotonic() > deadline:
                        sys.exit("the partner process never wrote")
                    time.sleep(0.001)
            b = store.add(Art(), 0, 10, note=f"{{label}}-{{i}}", tags=[label])
            print(b.id, flush=True)  # printed only after add() returned
            i += 1
    """
)


def spawn(
    tmp_path: Path, db: Path, label: str, count: int, go: Path, partner: str = ""
) -> subprocess.Popen:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    return subprocess.Popen(
        [sys.executable, str(script), str(db), label, str(count), str(go), partner],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def one_line(exc: pytest.ExceptionInfo) -> str:
    msg = str(exc.value)
    assert msg and "\n" not in msg
    return msg


# --- concurrency and durability ----------------------------------------------------------


def test_two_processes_adding_at_once_keep_everything(tmp_path):
    db = tmp_path / "new" / "bookmarks.sqlite3"  # both also race to create it
    go = tmp_path / "go"
    n = 300
    procs = [
        spawn(tmp_path, db, label, n, go, partner)
        for label, partner in (("left", "right"), ("right", "left"))
    ]
    deadline = time.monotonic() + 120
    while not all(Path(f"{go}.{label}").exists() for label in ("left", "right")):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), (
            "children did not start"
        )
        time.sleep(0.01)
    go.touch()
    printed = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        printed += out.split()
    assert len(printed) == 2 * n
    with BookmarkStore(db) as store:
        kept = store.list()
        assert {b.id for b in kept} == set(printed)
        for label in ("left", "right"):
            notes = {b.note for b in store.list(tag=label)}
            assert notes == {f"{label}-{i}" for i in range(n)}
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        order = [
            json.loads(t)[0] for (t,) in conn.execute("SELECT tags FROM bookmarks ORDER BY rowid")
        ]
    switches = sum(a != b for a, b in pairwise(order))
    assert switches >= 2, "the two writers never overlapped"  # the premise of the test


def test_bookmark_survives_sigkill_right_after_add(tmp_path):
    db = tmp_path / "bookmarks.sqlite3"
    go = tmp_path / "go"
    go.touch()
    proc = spawn(tmp_path, db, "doomed", -1, go)  # adds forever
    ids = []
    try:
        while len(ids) < 25:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            ids.append(line.strip())
        os.kill(proc.pid, signal.SIGKILL)  # no close(), no checkpoint, no atexit
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with BookmarkStore(db) as store:
        present = {b.id for b in store.list()}
    assert set(ids) <= present  # every add() that returned is on disk
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_durability_pragmas(tmp_path):
    db = tmp_path / "b.sqlite3"
    with BookmarkStore(db) as store:
        store.add(Art(), 0, 10)
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # Committed before returning: another connection sees it straight away.
        with sqlite3.connect(db) as other:
            assert other.execute("SELECT count(*) FROM bookmarks").fetchone()[0] == 1


def test_writer_waits_for_a_lock_instead_of_failing(tmp_path):
    db = tmp_path / "b.sqlite3"
    with BookmarkStore(db) as store:
        blocker = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        blocker.execute("BEGIN IMMEDIATE")  # another window in the middle of a write
        blocker.execute("INSERT INTO bookmarks (id, article_id, article_path, title, exact, prefix, suffix, "
                        "start_pos, end_pos, content_hash, created, updated, anchor) "
                        "VALUES ('x', 'a', 'p', 't', 'e', '', '', 0, 1, 'h', 'c', 'u', 'exact')")  # fmt: skip
        # The lock is held until we commit, so "still waiting" cannot depend on timing:
        # a writer that gave up on the lock would have finished (with an error) already.
        outcome: list = []
        done = threading.Event()

        def add():
            try:
                outcome.append(store.add(Art(), 0, 10))
            except Exception as exc:
                outcome.append(exc)
            done.set()

        writer = threading.Thread(target=add)
        writer.start()
        assert not done.wait(0.5), outcome  # blocked behind the other window's write
        blocker.execute("COMMIT")
        writer.join(BUSY_TIMEOUT_S)
        assert done.is_set() and not isinstance(outcome[0], Exception), outcome
        assert len(store.list()) == 2
        blocker.close()


def test_reopen_migrates_nothing_twice_and_keeps_data(tmp_path):
    db = tmp_path / "b.sqlite3"
    with BookmarkStore(db) as store:
        b = store.add(Art(), 0, 10, note="keep")
    for _ in range(3):
        with BookmarkStore(db) as store:
            assert store.get(b.id).note == "keep"


# --- damaged files -------------------------------------------------------------------------


GARBAGE = bytes((i * 7919 + 13) % 256 for i in range(8192))


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize(
    "content",
    [GARBAGE, b"hello, this is a text file, not a database\n", b"SQLite format 3\x00" + GARBAGE],
    ids=["garbage", "text", "sqlite-header-then-garbage"],
)
def test_corrupt_file_raises_and_is_not_touched(tmp_path, content, read_only):
    db = tmp_path / "bookmarks.sqlite3"
    db.write_bytes(content)
    before = snapshot(db)
    with pytest.raises(BookmarkStoreError) as info:
        BookmarkStore(db, read_only=read_only)
    msg = one_line(info)
    assert str(db) in msg and ("damaged" in msg or "not a bookmarks database" in msg)
    assert snapshot(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bookmarks.sqlite3"]  # no -wal/-shm left


def test_damaged_real_database_raises_and_is_not_touched(tmp_path):
    db = tmp_path / "bookmarks.sqlite3"
    with BookmarkStore(db) as store:
        for i in range(200):
            store.add(Art(), 0, 10, note=f"note {i} " + "x" * 500)
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * 4096
    data[4096 * 2 : 4096 * 3] = GARBAGE[:4096]  # wreck a page in the middle
    db.write_bytes(bytes(data))
    before = snapshot(db)
    with pytest.raises(BookmarkStoreError) as info:
        BookmarkStore(db)
    assert "damaged" in one_line(info)
    assert snapshot(db) == before


def test_newer_schema_is_refused_untouched(tmp_path):
    db = tmp_path / "b.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = snapshot(db)
    for read_only in (False, True):
        with pytest.raises(BookmarkStoreError, match="newer belreader") as info:
            BookmarkStore(db, read_only=read_only)
        one_line(info)
    assert snapshot(db) == before


def test_directory_in_place_of_database(tmp_path):
    (tmp_path / "b.sqlite3").mkdir()
    with pytest.raises(BookmarkStoreError, match="not a file") as info:
        BookmarkStore(tmp_path / "b.sqlite3")
    one_line(info)


def test_empty_file_is_initialised(tmp_path):
    db = tmp_path / "b.sqlite3"
    db.touch()  # e.g. created by `touch` or an interrupted first run
    with BookmarkStore(db) as store:
        store.add(Art(), 0, 10)
        assert len(store.list()) == 1


# --- read-only ---------------------------------------------------------------------------


@pytest.fixture
def readonly_db(tmp_path):
    db = tmp_path / "bookmarks.sqlite3"
    with BookmarkStore(db) as store:
        ids = [store.add(Art(), 0, 10, note="ro", tags=["kept"]).id for _ in range(3)]
    db.chmod(0o444)
    yield db, ids
    db.chmod(0o644)


def test_read_only_file_refuses_writable_open_untouched(readonly_db):
    db, _ids = readonly_db
    before = snapshot(db)
    with pytest.raises(BookmarkStoreError, match="read-only") as info:
        BookmarkStore(db)
    assert str(db) in one_line(info)
    assert snapshot(db) == before


def test_read_only_store_lists_but_never_writes(readonly_db):
    db, ids = readonly_db
    before = snapshot(db)
    with BookmarkStore(db, read_only=True) as store:
        assert store.read_only
        assert {b.id for b in store.list()} == set(ids)
        assert store.list(tag="KEPT") and store.get(ids[0]).note == "ro"
        for attempt in (
            lambda: store.add(Art(), 0, 10),
            lambda: store.update(ids[0], note="x"),
            lambda: store.delete(ids[0]),
            lambda: store.import_annotations("[]"),
        ):
            with pytest.raises(BookmarkStoreError, match="read-only") as info:
                attempt()
            one_line(info)
        # reanchor still reports, but writes nothing.
        assert store.reanchor(lambda _id: None) == {"exact": 0, "fuzzy": 0, "orphan": 3}
        assert all(b.anchor == "exact" for b in store.list())
    assert snapshot(db) == before


def test_read_only_open_of_missing_database_is_empty_and_creates_nothing(tmp_path, monkeypatch):
    db = tmp_path / "nowhere" / "bookmarks.sqlite3"
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # nor a stray file in the current folder (an in-memory list)
    with BookmarkStore(db, read_only=True) as store:
        assert store.list() == []
        assert store.get("0" * 32) is None
    assert not db.parent.exists() and list(cwd.iterdir()) == []


@pytest.mark.unprivileged  # root ignores directory permissions: run as a user
def test_read_only_directory_can_still_be_listed(tmp_path):
    folder = tmp_path / "ro"
    db = folder / "bookmarks.sqlite3"
    with BookmarkStore(db) as store:
        b = store.add(Art(), 0, 10)
    folder.chmod(0o555)
    try:
        before = snapshot(db)
        with pytest.raises(BookmarkStoreError) as info:
            BookmarkStore(db)  # WAL needs to create files next to the database
        one_line(info)
        with BookmarkStore(db, read_only=True) as store:
            assert [x.id for x in store.list()] == [b.id]
        assert snapshot(db) == before
    finally:
        folder.chmod(0o755)


# --- what the user is told ----------------------------------------------------------------


def _sqlite_error(message: str, errorname: str = "") -> sqlite3.Error:
    exc = sqlite3.OperationalError(message)
    if errorname:
        exc.sqlite_errorname = errorname
    return exc


@pytest.mark.parametrize(
    "message, errorname, told",
    [
        ("file is not a database", "", "bookmarks database {db} is damaged (file is not a database); it was left untouched"),
        ("database disk image is malformed", "", "bookmarks database {db} is damaged (database disk image is malformed); it was left untouched"),
        ("database corruption at line 5", "", "bookmarks database {db} is damaged (database corruption at line 5); it was left untouched"),
        ("database is locked", "", "bookmarks database {db} is busy (another belreader is writing); try again"),
        ("database table is busy", "", "bookmarks database {db} is busy (another belreader is writing); try again"),
        ("attempt to write a readonly database", "", "bookmarks database {db} is read-only; open it read-only to list bookmarks"),
        ("the file is read-only", "", "bookmarks database {db} is read-only; open it read-only to list bookmarks"),
        ("attempt to write a readonly database", "SQLITE_READONLY_DIRECTORY",
         "the folder of bookmarks database {db} is read-only; open it read-only to list bookmarks"),
        ("unable to open database file", "", "cannot open bookmarks database {db} (unable to open database file)"),
        ("disk I/O error", "", "bookmarks database {db}: disk I/O error"),
        ("", "", "bookmarks database {db}: OperationalError"),  # no text: name the kind of error
    ],
)  # fmt: skip
def test_database_errors_are_explained_in_one_line(tmp_path, message, errorname, told):
    db = tmp_path / "bookmarks.sqlite3"
    with BookmarkStore(db) as store:
        text = store._explain(
            _sqlite_error(message + "\nsecond line" if message else "", errorname)
        )
    assert text == told.format(db=db)


def test_missing_bookmark_is_named_in_the_error(tmp_path):
    with BookmarkStore(tmp_path / "b.sqlite3") as store:
        for attempt in (
            store.delete,
            lambda i: store.update(i, note="x"),
            lambda i: store.reattach(i, Art(), 0, 5),
        ):
            with pytest.raises(BookmarkStoreError, match="no bookmark with id 0123abcd"):
                attempt("0123abcd")
