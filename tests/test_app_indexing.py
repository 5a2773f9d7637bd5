"""The app's own indexing, above the parallel threshold (worker processes started from
the app's thread, under Textual's captured stderr), and a library changed by another
process while the app is open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from belreader.library import Library
from belreader.search import PARALLEL_MIN_FILES, SearchIndex
from belreader.tui.app import BelreaderApp

from .test_app import wait_ready
from .test_faults import make_articles

N = PARALLEL_MIN_FILES + 10  # enough for worker processes


def big_library(tmp_path, n: int = N) -> Library:
    corpus = tmp_path / "corpus"
    make_articles(corpus, n, seed=8)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[corpus])
    lib.save()
    return lib


def errors_shown(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


async def wait_for(pilot, condition, timeout: float = 120.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await pilot.pause(0.1)


async def test_first_launch_and_rebuild_index_above_the_parallel_threshold(tmp_path, monkeypatch):
    monkeypatch.setenv("BELREADER_INDEX_PROCS", "2")
    lib = big_library(tmp_path)
    app = BelreaderApp(lib)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot, timeout=180)
        assert errors_shown(app) == []
        assert app.index is not None and app.index.count() == N
        # the palette's "Rebuild the index"
        app.ready.clear()
        app.action_rebuild_index()
        await wait_ready(app, pilot, timeout=180)
        assert errors_shown(app) == []
        assert app.index.count() == N
    assert not (lib.index_dir / "sync.running").exists()


async def test_periodic_check_indexes_a_big_batch_copied_in(tmp_path, monkeypatch):
    monkeypatch.setenv("BELREADER_INDEX_PROCS", "2")
    lib = big_library(tmp_path, 5)
    app = BelreaderApp(lib)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        make_articles(tmp_path / "corpus" / "batch", N, seed=21)
        app.main.sync_library()  # what the 30-second timer runs
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert errors_shown(app) == []
        assert not [n.message for n in app._notifications if n.message.startswith("Sync:")]
        assert app.index.count() == N + 5
    assert not (lib.index_dir / "sync.running").exists()


async def test_folder_added_from_another_terminal_survives_the_apps_sync(tmp_path):
    lib = big_library(tmp_path, 5)
    extra = tmp_path / "extra"
    make_articles(extra, 7, seed=30)
    app = BelreaderApp(lib)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        env = {
            **os.environ,
            "BELREADER_INDEX": str(lib.index_dir),
            "BELREADER_DATA": str(lib.data_dir),
        }
        r = subprocess.run(
            [sys.executable, "-m", "belreader.cli", "add", str(extra)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert r.returncode == 0, r.stderr
        assert "; 12 articles" in r.stdout
        (tmp_path / "corpus" / "a00000.md").write_text(
            "Edited\n\nA changed article about Minsk.\n", "utf-8"
        )
        app.main.sync_library()  # the app's own sync, with the folder list it read at start
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.index.count() == 12  # the other terminal's folder is still there
    saved = json.loads((lib.index_dir / "library.json").read_text())["corpora"]
    assert str(extra.resolve()) in saved
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    assert ix.count() == 12


async def test_start_waits_for_another_indexer_and_says_so(library):
    """While another process holds the library's sync lock, the app says it is waiting
    (as plain text, like every notice) and opens the library once the lock is free."""
    from contextlib import ExitStack

    from belreader.search.lock import sync_lock

    waiting = "Another belreader is indexing this library: waiting for it…"
    app = BelreaderApp(library)
    with ExitStack() as other_indexer:
        other_indexer.enter_context(sync_lock(library.index_dir, None, 5))
        async with app.run_test(size=(160, 45)) as pilot:
            await wait_for(
                pilot,
                lambda: any(n.message == waiting for n in app._notifications),
                timeout=30,
                what="the waiting notice",
            )
            notice = next(n for n in app._notifications if n.message == waiting)
            assert notice.markup is False
            assert not app.ready.is_set()
            other_indexer.close()  # the other indexer is done
            await wait_ready(app, pilot)
            assert errors_shown(app) == [] and app.index.count() == 5
