"""Faults that really happen: a killed indexer, two indexers at once, a damaged index,
read-only places, files that vanish. Each test does the thing for real."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from belreader.library import Library
from belreader.search import SearchIndex

WORDS = [
    "minsk",
    "lukashenko",
    "protest",
    "election",
    "opposition",
    "sanctions",
    "border",
    "troops",
    "kyiv",
    "moscow",
    "talks",
    "economy",
    "factory",
    "potash",
    "refinery",
    "court",
    "verdict",
    "journalist",
    "arrest",
    "prison",
    "release",
    "amnesty",
    "embassy",
    "minister",
    "parliament",
    "referendum",
    "constitution",
    "army",
    "exercise",
    "drone",
    "missile",
    "grain",
    "railway",
    "pipeline",
    "oil",
    "gas",
    "price",
    "inflation",
    "ruble",
    "salary",
    "pension",
    "school",
    "university",
    "church",
]


def make_articles(folder: Path, n: int, seed: int = 3) -> None:
    """n small but varied article files (deterministic)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        paras = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))).capitalize() + "."
            for _ in range(rng.randint(3, 6))
        ]
        year = 2015 + i % 10
        (folder / f"a{i:05d}.md").write_text(
            f"---\nsource: Outlet {i % 7}\ndate: {year}-0{1 + i % 9}-1{i % 9}\n---\n"
            f"Report {i} {rng.choice(WORDS)}\n\n" + "\n\n".join(paras) + "\n",
            "utf-8",
        )


def run_cli(lib: Library, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "BELREADER_INDEX": str(lib.index_dir), "BELREADER_DATA": str(lib.data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "belreader.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def answers(ix: SearchIndex) -> dict:
    out = {}
    for q in (
        "minsk",
        "protest AND sanctions",
        '"border troops"',
        "prison NOT amnesty",
        "date:2019",
        "refin*",
    ):
        r = ix.search(q, limit=5)
        out[q] = (r.total, r.facets)
    return out


@pytest.fixture
def big_library(tmp_path) -> Library:
    corpus = tmp_path / "big"
    make_articles(corpus, 2500)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[corpus])
    lib.save()
    return lib


def test_sigkill_mid_import_then_resume(big_library, tmp_path):
    """A first build killed (the whole process group, SIGKILL) once its workers have
    written their segments but before anything is committed: a fault point, not a
    guess at timing."""
    env = {
        **os.environ,
        "BELREADER_INDEX": str(big_library.index_dir),
        "BELREADER_DATA": str(big_library.data_dir),
        "BELREADER_FAULT": "indexed",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "index"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert (big_library.index_dir / "sync.running").exists()

    resumed = run_cli(big_library, "index")
    assert resumed.returncode == 0, resumed.stderr
    assert "Traceback" not in resumed.stderr
    assert "interrupted" in resumed.stderr  # said, not a prompt to delete lock files
    assert "2500 articles" in resumed.stdout

    ix = SearchIndex(big_library)
    assert ix.count() == 2500  # nothing indexed twice, nothing missing
    ids = [a.id for a in ix.iter_articles()]
    assert len(ids) == len(set(ids)) == 2500

    clean = Library(
        index_dir=tmp_path / "clean", data_dir=tmp_path / "d2", corpora=big_library.corpora
    )
    clean_ix = SearchIndex(clean)
    clean_ix.sync()
    assert answers(ix) == answers(clean_ix)


def test_two_indexers_at_once(big_library, tmp_path):
    """`index` and `add` started while a third process holds the sync lock: both must
    wait (and say so), then run one after the other, each from what the other left."""
    import fcntl

    extra = tmp_path / "extra"
    make_articles(extra, 30, seed=9)
    env = {
        **os.environ,
        "BELREADER_INDEX": str(big_library.index_dir),
        "BELREADER_DATA": str(big_library.data_dir),
    }
    big_library.index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(big_library.index_dir / "sync.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "belreader.cli", *cmd],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for cmd in (["index"], ["add", str(extra)])
    ]
    try:
        for proc in procs:  # each is blocked on the held lock before it is released
            line = proc.stderr.readline()
            assert "waiting" in line, line
    finally:
        os.close(fd)
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    ix = SearchIndex(Library.locate(index=big_library.index_dir, data=big_library.data_dir))
    ids = [a.id for a in ix.iter_articles()]
    assert len(ids) == len(set(ids)) == 2530


@pytest.mark.parametrize("damage", ["truncate-segment", "delete-segment", "garbage-toc"])
def test_damaged_index_is_detected_and_rebuilt(library, damage):
    ix = SearchIndex(library)
    ix.sync()
    ix.close()
    from belreader.bookmarks import BookmarkStore

    with BookmarkStore(library.bookmarks_db) as store:
        art = SearchIndex(library).article(SearchIndex(library).search("Smolensk").hits[0].id)
        store.add(art, 0, 40, note="keep me")
    bookmarks_before = library.bookmarks_db.read_bytes()

    folder = library.index_dir / "articles"
    files = sorted(p for p in folder.iterdir() if p.is_file())
    if damage == "garbage-toc":
        toc = next(p for p in files if p.name.endswith(".toc"))
        toc.write_bytes(b"\x00garbage" * 20)
    else:
        segs = [
            p
            for p in files
            if not p.name.endswith(".toc") and "LOCK" not in p.name and p.stat().st_size > 64
        ]
        victim = max(segs, key=lambda p: p.stat().st_size)
        if damage == "truncate-segment":
            with victim.open("r+b") as f:
                f.truncate(victim.stat().st_size // 3)
        else:
            victim.unlink()

    broken = run_cli(library, "search", "NATO")
    assert broken.returncode == 2, broken.stdout + broken.stderr
    assert "damaged" in broken.stderr and "--rebuild" in broken.stderr
    assert broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr

    fixed = run_cli(library, "index", "--rebuild")
    assert fixed.returncode == 0, fixed.stderr
    again = run_cli(library, "search", "NATO", "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["total"] == 4
    assert library.bookmarks_db.read_bytes() == bookmarks_before  # untouched


async def test_app_offers_rebuild_for_a_damaged_index(library):
    from belreader.tui.app import BelreaderApp

    from .test_app import wait_ready

    ix = SearchIndex(library)
    ix.sync()
    ix.close()
    toc = next(p for p in (library.index_dir / "articles").iterdir() if p.name.endswith(".toc"))
    toc.write_bytes(b"garbage")
    app = BelreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        empty = app.query_one("#article-empty")
        assert "damaged" in str(empty.content) and "Rebuild" in str(empty.content)
        app.action_rebuild_index()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.results is not None and app.results.total == 5


def test_read_only_index_still_searches(library, monkeypatch, capsys):
    """An index that cannot be written (read-only disk, another user's folder) is
    searched as last synced, with a warning, instead of failing."""
    from belreader.cli import main

    ix = SearchIndex(library)
    ix.sync()
    ix.close()
    (library.corpora[0] / "new.txt").write_text("New\n\nA fresh article about Smolensk.\n")

    def refuse(self, *a, **k):
        raise PermissionError(13, "Permission denied", str(library.index_dir))

    monkeypatch.setattr(SearchIndex, "sync", refuse)
    code = main(
        [
            "search",
            "Smolensk",
            "--json",
            "--index",
            str(library.index_dir),
            "--data",
            str(library.data_dir),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["total"] == 1  # the old index answers
    assert "cannot update the index" in err and "as last synced" in err


@pytest.mark.unprivileged  # root writes through chmod 555: run as a user
def test_read_only_index_dir_for_real(library, capsys):
    from belreader.cli import main

    ix = SearchIndex(library)
    ix.sync()
    ix.close()
    (library.corpora[0] / "new.txt").write_text("New\n\nA fresh article about Smolensk.\n")
    for p in [library.index_dir, *library.index_dir.rglob("*")]:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        code = main(
            [
                "search",
                "Smolensk",
                "--json",
                "--index",
                str(library.index_dir),
                "--data",
                str(library.data_dir),
            ]
        )
        out, err = capsys.readouterr()
        assert code == 0 and json.loads(out)["total"] == 1
    finally:
        for p in [library.index_dir, *library.index_dir.rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)


def test_missing_corpus_folder_cli(library, tmp_path):
    gone = tmp_path / "gone"
    library.corpora.append(gone)
    library.save()
    r = run_cli(library, "index")
    assert r.returncode == 0
    assert "gone" in r.stderr and "not found" in r.stderr
    assert "5 articles" in r.stdout


async def test_file_deleted_between_search_and_open(library, corpus):
    from belreader.tui.app import BelreaderApp
    from belreader.tui.widgets.article import ArticleView

    from .test_app import search, wait_ready

    app = BelreaderApp(library)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Smolensk")
        (corpus / "000_ae8ef4b5fe4dbcca.txt").unlink()
        await pilot.press("enter", "enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.article is not None  # the indexed copy is shown
        assert any("gone from disk" in n.message for n in app._notifications)


def test_size_limits(tmp_path):
    """A 50 MB file, a 5,000-level deep folder and a symlink loop: bounded time, each
    reported with its reason, the good files indexed."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Good\n\nMinsk is fine.\n")
    with (corpus / "huge.txt").open("wb") as f:
        chunk = b"Lukashenko said things in Minsk. " * 32768
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    # 5,000 nested folders, made relative to an open folder (the full path is too long)
    fd = os.open(corpus, os.O_RDONLY)
    try:
        for _ in range(5000):
            os.mkdir("d", dir_fd=fd)
            nfd = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
        os.close(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    finally:
        os.close(fd)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    try:
        r = SearchIndex(lib).sync()  # the depth limit bounds the walk (no wall-clock assert)
    finally:
        _remove_chain(corpus, "d")
    reasons = " | ".join(f"{Path(p).name}: {why}" for p, why in r.skipped)
    assert "huge.txt: file too large" in reasons
    assert "loop" in reasons
    assert "nested deeper" in reasons
    assert r.added == 1


def _remove_chain(top: Path, name: str) -> None:
    """Remove a deeply nested chain of folders without recursion (pytest's own clean-up
    recurses and would overflow on 5,000 levels)."""
    fds = [os.open(top, os.O_RDONLY)]
    while True:
        try:
            fds.append(os.open(name, os.O_RDONLY, dir_fd=fds[-1]))
        except FileNotFoundError:
            break
    deepest = fds.pop()
    for entry in os.listdir(deepest):
        os.unlink(entry, dir_fd=deepest)
    os.close(deepest)
    while fds:
        parent = fds.pop()
        os.rmdir(name, dir_fd=parent)
        os.close(parent)


def test_twenty_thousand_small_files(tmp_path):
    corpus = tmp_path / "many"
    corpus.mkdir()
    for i in range(20_000):
        (corpus / f"n{i:05d}.txt").write_text(f"Note {i}\n\nShort note number {i} from Hrodna.\n")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    r = ix.sync()
    assert r.added == 20_000 and not r.skipped
    assert ix.search("Grodno").total == 20_000
    again = ix.sync()
    assert again.touched == 0
