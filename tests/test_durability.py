"""The index survives every interruption: kills at each step of the commit sequence,
interrupted rebuilds, orphaned workers, concurrent writers, folders that vanish, names
that are not UTF-8. Faults are triggered deterministically (fault points, barriers,
held locks), never by timing."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from belreader.library import Library
from belreader.search import FAULT_POINTS, SYNC_MARKER, SearchError, SearchIndex
from belreader.search.manifest import read_segment_sums

from .test_faults import answers, make_articles, run_cli


def cli_env(lib: Library, **extra: str) -> dict:
    return {
        **os.environ,
        "BELREADER_INDEX": str(lib.index_dir),
        "BELREADER_DATA": str(lib.data_dir),
        **extra,
    }


def ids_of(ix: SearchIndex) -> list[str]:
    return [a.id for a in ix.iter_articles()]


def unlisted_files(lib: Library) -> list[str]:
    """Files in the index folder that its newest TOC does not account for (segments a
    killed run left, older TOCs): disk filled for nothing."""
    from whoosh import index as whoosh_index

    ix = whoosh_index.open_dir(str(lib.index_dir / "articles"), indexname="articles")
    live = {seg.segment_id() for seg in ix._segments()}
    toc = f"_articles_{ix.latest_generation()}.toc"
    ix.close()
    return sorted(
        p.name
        for p in (lib.index_dir / "articles").iterdir()
        if p.name != toc and not p.name.endswith("WRITELOCK") and p.name.split(".")[0] not in live
    )


def assert_same_as_clean_build(lib: Library, tmp_path: Path, expected: int) -> None:
    assert unlisted_files(lib) == []
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    ids = ids_of(ix)
    assert len(ids) == expected, f"{len(ids)} articles, expected {expected}"
    assert len(set(ids)) == len(ids), "duplicates in the index"
    assert ix.damaged_segment_files() == []
    assert {p.name for p in (lib.index_dir / "articles").glob("articles_*") if p.suffix} <= set(
        read_segment_sums(lib.index_dir)
    )
    clean = Library(
        index_dir=tmp_path / "clean-ix",
        data_dir=tmp_path / "clean-data",
        corpora=list(ix.library.corpora),
    )
    clean_ix = SearchIndex(clean)
    clean_ix.sync()
    assert clean_ix.count() == expected
    assert answers(ix) == answers(clean_ix)
    ix.close()
    clean_ix.close()


# ------------------------------------------------------------ the orphan-cleanup bug


def test_left_marker_does_not_delete_the_committed_index(library, tmp_path):
    """A sync.running left by a killed incremental sync: the next run must keep every
    committed segment (it used to delete them all and call the job completed)."""
    ix = SearchIndex(library)
    ix.sync()
    before = answers(ix)
    assert ix.count() == 5
    ix.close()
    (library.index_dir / SYNC_MARKER).write_text("1")
    ix = SearchIndex(library)
    report = ix.sync()
    assert report.resumed
    assert ix.count() == 5
    assert answers(ix) == before
    ix.close()
    ix.close()
    again = SearchIndex(library)
    assert again.count() == 5  # and it stays usable for the next command


# ------------------------------------------------ crash at every step of the commit


@pytest.fixture(scope="module")
def base_index(tmp_path_factory):
    """A two-segment index of 240 articles (built by two workers), kept pristine: each
    test copies it."""
    root = tmp_path_factory.mktemp("base")
    corpus = root / "corpus"
    make_articles(corpus, 240, seed=5)
    lib = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[corpus])
    lib.save()
    r = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "index"],
        env=cli_env(lib, BELREADER_INDEX_PROCS="2"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    segs = list((lib.index_dir / "articles").glob("*.seg")) or list(
        (lib.index_dir / "articles").glob("*.trm")
    )
    assert len(segs) >= 2, "the base index must have several segments"
    return root


def copy_base(base: Path, dest: Path) -> Library:
    shutil.copytree(base / "corpus", dest / "corpus")
    shutil.copytree(base / "ix", dest / "ix")
    lib = Library(index_dir=dest / "ix", data_dir=dest / "data", corpora=[dest / "corpus"])
    lib.save()  # the copy points at its own corpus
    return lib


@pytest.mark.parametrize("mode", ["parallel", "serial"])
@pytest.mark.parametrize("step", FAULT_POINTS)
def test_kill_at_every_commit_step(base_index, tmp_path, step, mode):
    """An incremental sync (added, changed and deleted files) on a multi-segment index,
    killed with SIGKILL at one step of its commit sequence; the next run must leave
    exactly the corpus, once each, answering as a clean build does."""
    lib = copy_base(base_index, tmp_path)
    corpus = lib.corpora[0]
    # add enough for worker processes in parallel mode, a few in serial mode
    make_articles(tmp_path / "new", 210 if mode == "parallel" else 12, seed=11)
    for f in (tmp_path / "new").iterdir():
        f.rename(corpus / f"new-{f.name}")
    for f in sorted(corpus.glob("a0000*.md"))[:3]:  # changed
        f.write_text(f.read_text("utf-8") + "\nAn added paragraph about potash.\n", "utf-8")
    for f in sorted(corpus.glob("a0001*.md"))[:4]:  # deleted
        f.unlink()
    expected = len(list(corpus.glob("*.md")))
    killed = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "index"],
        env=cli_env(lib, BELREADER_FAULT=step, BELREADER_INDEX_PROCS="2"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert killed.returncode == -signal.SIGKILL, (
        f"fault point {step} never reached: {killed.stderr}"
    )
    resumed = run_cli(lib, "index")
    assert resumed.returncode == 0, resumed.stderr
    assert "Traceback" not in resumed.stderr
    assert "interrupted" in resumed.stderr  # an honest word about it
    assert f"; {expected} articles" in resumed.stdout
    # finished from where it stopped, not by re-reading everything
    assert resumed.stdout.startswith("synced in"), resumed.stdout
    assert_same_as_clean_build(lib, tmp_path, expected)


def test_kill_during_rebuild_is_finished_by_the_next_sync(base_index, tmp_path):
    """`index --rebuild` killed after the empty index was made: the next plain sync must
    rebuild it, not call an empty index complete (the old manifest used to survive)."""
    lib = copy_base(base_index, tmp_path)
    killed = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "index", "--rebuild"],
        env=cli_env(lib, BELREADER_FAULT="created"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    r = run_cli(lib, "index")
    assert r.returncode == 0, r.stderr
    assert "; 240 articles" in r.stdout
    assert_same_as_clean_build(lib, tmp_path, 240)


def test_empty_index_from_a_killed_rebuild_is_not_trusted(library):
    """The same without fault points: an index emptied as a rebuild starts, then the
    process dies."""
    ix = SearchIndex(library)
    ix.sync()
    ix._store.create()  # what a rebuild does first
    (library.index_dir / SYNC_MARKER).write_text("1")
    ix.close()
    ix = SearchIndex(library)
    ix.sync()
    assert ix.count() == 5


# ---------------------------------------------------------------- orphaned workers


def _processes_for(index_dir: Path) -> list[int]:
    """Live processes started with this index directory in their environment."""
    needle = f"BELREADER_INDEX={index_dir}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().split(") ")[1].split()[0]
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != "Z":
            pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_workers_die_with_their_parent_and_free_the_lock(tmp_path):
    corpus = tmp_path / "corpus"
    make_articles(corpus, 400, seed=2)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[corpus])
    lib.save()
    # the parent kills itself (SIGKILL: no clean-up) while its workers are indexing
    killed = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "index"],
        env=cli_env(lib, BELREADER_FAULT="workers-started", BELREADER_INDEX_PROCS="2"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    deadline = time.monotonic() + 15
    while _processes_for(lib.index_dir) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_for(lib.index_dir) == [], "workers outlived their parent"
    r = run_cli(lib, "index", timeout=120)  # it used to wait 600 s for the dead run's lock
    assert r.returncode == 0, r.stderr
    assert "; 400 articles" in r.stdout


def test_lock_held_by_a_dead_owner_is_named(library, tmp_path):
    """A lock whose owner died but is held by a process it left behind: the waiting run
    says so at once instead of waiting its full timeout."""
    import fcntl

    lock = library.index_dir / "sync.lock"
    library.index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{dead.pid}\n".encode(), 0)
    try:
        ix = SearchIndex(library)
        # waiting out the timeout would end in "another belreader process is
        # indexing": only the dead-owner check names the pid and says it died
        with pytest.raises(SearchError) as err:
            ix.sync(wait_timeout=60)
        assert "died" in str(err.value) and str(dead.pid) in str(err.value)
    finally:
        os.close(fd)


# ------------------------------------------------------------- concurrent writers


def _add_at_barrier(barrier, index_dir: str, data_dir: str, folder: str, out) -> None:
    os.environ["BELREADER_INDEX"], os.environ["BELREADER_DATA"] = index_dir, data_dir
    from belreader import cli

    barrier.wait()
    try:
        out.put((folder, cli.main(["add", folder])))
    except BaseException as exc:  # reported, so the test shows it
        out.put((folder, repr(exc)))


def test_two_adds_started_at_one_instant_keep_both_folders(tmp_path):
    ctx = mp.get_context("fork")
    for round_no in range(3):
        root = tmp_path / f"r{round_no}"
        folders = []
        for k in range(2):
            folder = root / f"folder{k}"
            make_articles(folder, 15, seed=round_no * 10 + k)
            folders.append(folder)
        lib = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[])
        lib.save()
        barrier, out = ctx.Barrier(2), ctx.Queue()
        procs = [
            ctx.Process(
                target=_add_at_barrier,
                args=(barrier, str(lib.index_dir), str(lib.data_dir), str(f), out),
            )
            for f in folders
        ]
        for p in procs:
            p.start()
        results = dict(out.get(timeout=300) for _ in procs)
        for p in procs:
            p.join(60)
        assert results == {str(f): 0 for f in folders}
        saved = json.loads((lib.index_dir / "library.json").read_text())["corpora"]
        assert sorted(saved) == sorted(str(f.resolve()) for f in folders)
        ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
        ids = ids_of(ix)
        assert len(ids) == len(set(ids)) == 30
        ix.close()
        assert not list(lib.index_dir.glob("*.tmp")), "temporary files left behind"


def test_sync_waits_for_a_held_lock_and_then_uses_its_work(library, tmp_path):
    """A second indexer started while the first holds the lock waits, then works from
    what the first left (nothing indexed twice): the held lock is the gate, not a
    sleep."""
    import fcntl

    ix = SearchIndex(library)
    ix.sync()
    extra = tmp_path / "extra"
    make_articles(extra, 10, seed=4)
    lock = library.index_dir / "sync.lock"
    fd = os.open(lock, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    proc = subprocess.Popen(
        [sys.executable, "-m", "belreader.cli", "add", str(extra)],
        env=cli_env(library),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:  # it says it is waiting: it is blocked on our lock
            line = proc.stderr.readline()
            assert line, "the second indexer ended without waiting"
            if "waiting" in line:
                break
            assert time.monotonic() < deadline
        assert proc.poll() is None
    finally:
        os.close(fd)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "; 15 articles" in out


# --------------------------------------------------------------- odd libraries


def test_non_utf8_file_name_is_skipped_and_reported(library, corpus):
    name = "Пресс-релиз.txt".encode("cp1251")
    with open(os.path.join(os.fsencode(corpus), name), "wb") as f:
        f.write(b"Title\n\nBody text about Minsk.\n")
    ix = SearchIndex(library)
    report = ix.sync()
    assert ix.count() == 5
    assert any("UTF-8" in reason for _, reason in report.skipped)
    assert not (library.index_dir / SYNC_MARKER).exists()
    assert ix.search("minsk").total >= 1
    r = run_cli(library, "search", "minsk")
    assert r.returncode == 0, r.stderr
    # the CLI tells skipped files once per change (issue 15): the sync above recorded
    # this one, so a search is quiet and `index` says it is still skipped, and why
    assert "not valid UTF-8" not in r.stderr
    r = run_cli(library, "index")
    assert "still 1 file skipped" in r.stderr and "not valid UTF-8" in r.stderr


def test_same_folder_by_another_path_is_indexed_once(library, corpus, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(corpus)
    for other in (corpus, corpus.parent / ".." / corpus.parent.name / corpus.name, link):
        r = run_cli(library, "add", str(other))
        assert r.returncode == 0, r.stderr
        assert "already in the library" in r.stdout
    ix = SearchIndex(Library.locate(index=library.index_dir, data=library.data_dir))
    assert ix.count() == 5
    assert ix.search("lukashenko").total == len({h.id for h in ix.search("lukashenko").hits})


def test_empty_library_is_not_damaged(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[empty])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    assert ix.count() == 0
    assert ix.search("minsk").total == 0
    assert ix.search("").total == 0
    r = run_cli(lib, "index")
    assert r.returncode == 0, r.stderr
    assert "0 articles" in r.stdout
    r = run_cli(lib, "search", "minsk")
    assert r.returncode == 1, r.stderr
    assert "damaged" not in r.stderr


def test_missing_corpus_folder_keeps_its_articles(library, corpus, tmp_path):
    ix = SearchIndex(library)
    ix.sync()
    assert ix.count() == 5
    ix.close()
    away = tmp_path / "unmounted"
    corpus.rename(away)
    ix = SearchIndex(library)
    report = ix.sync()
    assert report.deleted == 0
    assert ix.count() == 5  # kept
    assert report.unavailable == {str(corpus): 5}
    r = run_cli(library, "search", "lukashenko")
    assert r.returncode == 0
    assert "unavailable" in r.stderr and "kept" in r.stderr
    away.rename(corpus)
    report = ix.sync()
    assert report.touched == 0 and not report.unavailable
    assert ix.count() == 5


# --------------------------------------------------------------------- security


def test_crafted_first_page_runs_no_code(library, tmp_path):
    from belreader.first_page import FIRST_PAGE_FILE, read_first_page

    ix = SearchIndex(library)
    ix.sync()
    page = ix.search("", limit=10)
    ix.keep_first_page(page)
    kept = read_first_page(library.index_dir)
    assert kept is not None and kept.same_as(page) and kept.hits  # round trip, dates and all
    witness = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {witness}",))

    import pickle

    (library.index_dir / FIRST_PAGE_FILE).write_bytes(pickle.dumps(Evil()))
    assert read_first_page(library.index_dir) is None
    assert not witness.exists()


# --------------------------------------------------------------------- full disk


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs for the index (needs root and mount(2); skipped elsewhere)."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the full-disk path is untested here")
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        pytest.skip(
            f"cannot mount a tmpfs here ({r.stderr.strip()}); the full-disk path is untested"
        )
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.mark.parametrize("n_files", [60, 260], ids=["serial", "parallel"])
def test_full_disk_during_add_says_so_and_leaves_nothing_behind(
    small_disk, tmp_path, corpus, n_files
):
    lib = Library(index_dir=small_disk / "ix", data_dir=tmp_path / "data", corpora=[corpus])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    before = answers(ix)
    ix.close()
    used_before = shutil.disk_usage(small_disk).used
    big = tmp_path / "big"
    make_articles(big, n_files, seed=12)
    for f in big.iterdir():  # long articles: more than the disk holds
        f.write_text(f.read_text("utf-8") * 12, "utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "add", str(big)],
        env=cli_env(lib, BELREADER_INDEX_PROCS="2"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    assert "no space left on device" in r.stderr.lower()
    assert len(r.stderr.strip().splitlines()) <= 3, r.stderr  # a message, not a dump
    assert unlisted_files(lib) == []  # half-written segments removed
    assert shutil.disk_usage(small_disk).used <= used_before + 64 * 1024
    # the index is as it was (the folder is in the library but not yet indexed)
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    assert ix.count() == 5
    assert answers(ix) == before
    ix.close()


def test_crafted_table_of_contents_runs_no_code(library, tmp_path):
    """Whoosh unpickles the TOC: one that names os.system must be refused unread."""
    from belreader.search import IndexDamaged, make_schema

    ix = SearchIndex(library)
    ix.sync()
    ix.close()
    toc = max((library.index_dir / "articles").glob("_articles_*.toc"))
    witness = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {witness}",))

    from whoosh import index as whoosh_index

    # a newer generation whose segment list unpickles into a shell command
    storage = whoosh_index.open_dir(str(toc.parent), indexname="articles").storage
    gen = int(toc.stem.rsplit("_", 1)[1]) + 1
    whoosh_index.TOC(make_schema(), [Evil()], gen).write(storage, "articles")
    assert not witness.exists()
    ix = SearchIndex(library)
    with pytest.raises(IndexDamaged, match="posix.system|os.system"):
        ix.search("minsk")
    assert not witness.exists()
    r = run_cli(library, "search", "minsk")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert not witness.exists()
    r = run_cli(library, "index", "--rebuild")  # and the way out works
    assert r.returncode == 0, r.stderr
    assert not witness.exists()


# ------------------------------------------------------------ segment digests


def corrupt_middle(path: Path) -> None:
    """Change bytes in the middle of a file, keeping its size (a bad sector)."""
    raw = bytearray(path.read_bytes())
    mid = len(raw) // 2
    raw[mid : mid + 16] = bytes(b ^ 0x5A for b in raw[mid : mid + 16])
    path.write_bytes(bytes(raw))


def test_garbage_inside_a_segment_file_is_detected(library, corpus):
    ix = SearchIndex(library)
    ix.sync()
    assert ix.damaged_segment_files() == []
    make_articles(corpus / "more", 12, seed=6)  # a second commit: new files recorded too
    ix.sync()
    assert ix.damaged_segment_files() == []
    files = sorted(
        (library.index_dir / "articles").glob("articles_*"), key=lambda p: p.stat().st_size
    )
    assert files, "no segment files"
    victim = files[-1]
    corrupt_middle(victim)
    assert ix.damaged_segment_files() == [victim.name]


async def test_app_says_when_a_segment_file_changed(library):
    from belreader.tui.app import BelreaderApp

    from .test_app import wait_ready

    ix = SearchIndex(library)
    ix.sync()
    ix.close()
    victim = max(
        (library.index_dir / "articles").glob("articles_*"), key=lambda p: p.stat().st_size
    )
    corrupt_middle(victim)
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(
            "has changed since it was written" in m and victim.name in m for m in messages
        ), messages


def test_segment_check_with_a_budget_covers_the_index_in_turn(library, corpus):
    ix = SearchIndex(library)
    ix.sync()
    make_articles(corpus / "more", 12, seed=6)
    ix.sync()
    files = sorted(p for p in (library.index_dir / "articles").glob("articles_*") if p.suffix)
    assert len(files) >= 4
    victim = max(files, key=lambda p: p.stat().st_size)
    corrupt_middle(victim)
    found, calls = [], 0
    while not found:  # one byte of budget: one file per call
        found = ix.damaged_segment_files(budget_bytes=1)
        calls += 1
        assert calls <= len(files), "the rotation never reached the damaged file"
    assert found == [victim.name]
