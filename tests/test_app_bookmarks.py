"""Bookmarks in the app: b, the note/tags dialog, the bookmarks screen, copy, export,
and a process killed right after a bookmark is confirmed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

from belreader.bookmarks import BookmarkStore
from belreader.tui.app import BelreaderApp
from belreader.tui.screens.bookmarks import BookmarksScreen
from belreader.tui.screens.dialogs import BookmarkDialog
from belreader.tui.widgets.article import ArticleView

from .test_app import search, wait_ready


async def open_first(app, pilot, query: str) -> ArticleView:
    await search(app, pilot, query)
    await pilot.press("enter", "enter")
    await pilot.pause()
    return app.query_one(ArticleView)


async def add_bookmark(app, pilot, note: str = "", tags: str = "") -> None:
    await pilot.press("b")
    await pilot.pause()
    assert isinstance(app.screen, BookmarkDialog)
    app.screen.query_one("#note").value = note
    app.screen.query_one("#tags").value = tags
    await pilot.press("enter")
    await pilot.pause()


async def test_b_bookmarks_the_cursor_sentence_with_note_and_tags(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        view = await open_first(app, pilot, "Smolensk")
        await pilot.press("j", "j")  # third sentence
        sentence = view.article.body[view.passage.start : view.passage.end]
        note = "[bold]not markup[/bold] 🇧🇾 Лукашэнка " + "x" * 50
        await add_bookmark(app, pilot, note=note, tags="nato, #talks")
        marks = app.store.list()
        assert len(marks) == 1
        assert marks[0].exact == sentence
        assert marks[0].note == note and set(marks[0].tags) == {"nato", "talks"}
        assert (marks[0].start, marks[0].end) in view.bookmark_spans  # marked in the article


async def test_escape_cancels_the_dialog(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "Smolensk")
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BookmarkDialog)
        assert app.store.list() == []


async def test_bookmark_a_claim_from_the_claims_pane(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        view = await open_first(app, pilot, "sovereign")
        await pilot.press("tab")  # to the claims pane
        pane = app.focused
        claim = view.article.claims[pane.claim_at(pane.highlighted)]
        await add_bookmark(app, pilot, note="claim")
        assert app.store.list()[0].exact == claim.text


async def test_bookmarks_screen_filter_open_delete_undo(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        view = await open_first(app, pilot, "Smolensk")
        await add_bookmark(app, pilot, note="first", tags="alpha")
        await pilot.press("j", "j", "j")
        await add_bookmark(app, pilot, note="second", tags="beta")
        target = app.store.list(tag="alpha")[0]

        await pilot.press("B")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert len(screen.marks) == 2
        await pilot.press("slash", *"#alpha")
        await pilot.pause()
        assert [m.note for m in screen.marks] == ["first"]
        await pilot.press("enter")  # from the filter to the list
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")  # confirm
        await pilot.pause()
        assert app.store.get(target.id) is None
        await pilot.press("u")
        await pilot.pause()
        assert app.store.get(target.id) is not None
        # enter opens the article scrolled to the passage
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, BookmarksScreen)
        assert view.passage.start <= target.start < view.passage.end


async def test_edit_note_and_tags(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "Smolensk")
        await add_bookmark(app, pilot, note="old")
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#note").value = "new note"
        app.screen.query_one("#tags").value = "minsk"
        await pilot.press("enter")
        await pilot.pause()
        mark = app.store.list()[0]
        assert (mark.note, mark.tags) == ("new note", ("minsk",))


async def test_copy_passage_with_citation(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "Smolensk")
        await pilot.press("y")
        copied = app.last_copied
        assert copied.startswith("“More absurd words from Alexander Lukashenko.”")
        assert "Lukashenko claims NATO pleads for alliance against Russia" in copied
        assert "2024-08-27" in copied and "unknown source" in copied


async def test_export_from_bookmarks_screen(library, tmp_path):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "Smolensk")
        await add_bookmark(app, pilot, note="for the report", tags="nato")
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        out = tmp_path / "out.md"
        app.screen.query_one("#path").value = str(out)
        app.screen.query_one("#path").focus()
        await pilot.press("enter")
        await pilot.pause()
        text = out.read_text("utf-8")
        assert "Lukashenko claims NATO pleads for alliance against Russia" in text
        assert "> More absurd words from Alexander Lukashenko." in text
        assert "#nato" in text and "for the report" in text


async def test_corrupt_bookmarks_db_still_opens_for_reading(library):
    library.data_dir.mkdir(parents=True, exist_ok=True)
    garbage = b"this is not a database" * 100
    library.bookmarks_db.write_bytes(garbage)
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        assert (
            app.store_error and "damaged" in app.store_error
        ) or "not a bookmarks database" in app.store_error
        await open_first(app, pilot, "NATO")  # reading works
        await pilot.press("b")  # bookmarking explains itself instead of crashing
        await pilot.pause()
        assert not isinstance(app.screen, BookmarkDialog)
    assert library.bookmarks_db.read_bytes() == garbage


KILL_SCRIPT = textwrap.dedent(
    """
    import asyncio, sys, time
    from pathlib import Path
    from belreader.library import Library
    from belreader.tui.app import BelreaderApp

    async def main():
        lib = Library(index_dir=Path(sys.argv[1]), data_dir=Path(sys.argv[2]), corpora=[Path(sys.argv[3])])
        app = BelreaderApp(lib)
        async with app.run_test(size=(140, 40)) as pilot:
            while not app.ready.is_set():
                await pilot.pause(0.05)
            await app.workers.wait_for_complete()
            while app.store is None:
                await pilot.pause(0.05)
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("b")
            await pilot.pause()
            app.screen.query_one("#note").value = "survives SIGKILL"
            await pilot.press("enter")
            await pilot.pause()
            print("confirmed", flush=True)
            time.sleep(60)  # killed here, with the app still running

    asyncio.run(main())
    """
)


def test_sigkill_right_after_bookmark_keeps_it(library, corpus, tmp_path):
    script = tmp_path / "kill_me.py"
    script.write_text(KILL_SCRIPT)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(library.index_dir), str(library.data_dir), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.strip() == "confirmed" or not line:
                break
        assert line.strip() == "confirmed", proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    with BookmarkStore(library.bookmarks_db) as store:
        marks = store.list()
    assert [m.note for m in marks] == ["survives SIGKILL"]


def test_app_and_cli_adding_at_once_keep_everything(library, corpus, tmp_path):
    """The CLI importing while another process adds: both sets are kept."""
    from belreader.search import SearchIndex

    ix = SearchIndex(library)
    ix.sync()
    article = ix.article(next(iter(h.id for h in ix.search("Smolensk").hits)))
    annotations = []
    with BookmarkStore(tmp_path / "other.sqlite3") as other:
        for i in range(40):
            other.add(article, i * 50, i * 50 + 30, note=f"imported {i}")  # distinct quotes
        from belreader.bookmarks import to_annotations

        annotations = to_annotations(other.list())
    dump = tmp_path / "in.json"
    dump.write_text(json.dumps(annotations))
    env = {
        **os.environ,
        "BELREADER_INDEX": str(library.index_dir),
        "BELREADER_DATA": str(library.data_dir),
    }
    cli = subprocess.Popen(
        [sys.executable, "-m", "belreader.cli", "bookmarks", "import", str(dump)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with BookmarkStore(library.bookmarks_db) as store:
        for i in range(40):
            store.add(article, 30 + i, 90 + i, note=f"local {i}")
    out, err = cli.communicate(timeout=60)
    assert cli.returncode == 0, err
    with BookmarkStore(library.bookmarks_db) as store:
        notes = {m.note for m in store.list()}
    assert {f"imported {i}" for i in range(40)} <= notes
    assert {f"local {i}" for i in range(40)} <= notes


async def test_orphan_is_listed_apart_and_can_be_reattached(library, corpus):
    import os as _os
    import time as _time

    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        view = await open_first(app, pilot, "Smolensk")
        await pilot.press("j", "j", "j", "j")
        await add_bookmark(app, pilot, note="will be orphaned")
        # rewrite the article completely: the passage cannot be found any more
        path = corpus / "000_ae8ef4b5fe4dbcca.txt"
        path.write_text(
            "Lukashenko claims NATO pleads for alliance against Russia\n\n"
            "Entirely new text about Smolensk.\n\nAnother sentence here.\n"
        )
        _os.utime(path, ns=(_time.time_ns(), _time.time_ns() + 10**9))
        app.main.action_sync()
        await app.workers.wait_for_complete()
        await pilot.pause()
        mark = app.store.list()[0]
        assert mark.anchor == "orphan" and mark.note == "will be orphaned"  # kept, with its text
        await pilot.press("B")
        await pilot.pause()
        screen = app.screen
        lst = screen.query_one("#bookmark-list")
        assert lst.get_option_at_index(0).disabled  # the "Orphaned" heading
        lst.highlighted = 1
        await pilot.press("a")
        await pilot.pause()
        assert app.main.pending_reattach is not None
        await pilot.press("j")  # second sentence of the new text
        await pilot.press("b")
        await pilot.pause()
        mark = app.store.get(mark.id)
        assert mark.anchor != "orphan"
        assert view.article.body[mark.start : mark.end] == "Another sentence here."
