"""The Workspace: one library's index, bookmark store and the lock they are used under.
Screens hold a Workspace and never the lock, so the lock's rules are tested here."""

from __future__ import annotations

import threading

from belreader.workspace import Workspace


def opened(library) -> Workspace:
    workspace = Workspace(library)
    result = workspace.open(kept=None, rebuild=False, limit=50)
    assert result.error is None
    return workspace


def test_open_builds_a_missing_index_and_keeps_the_first_page(library):
    from belreader.first_page import read_first_page

    workspace = Workspace(library)
    assert workspace.index is None
    result = workspace.open(kept=None, rebuild=False, limit=50)
    assert result.error is None and result.report is not None  # built: there was none
    assert workspace.index is not None and result.results.total == 5
    kept = read_first_page(library.index_dir)
    assert kept is not None and kept.same_as(result.results)
    # opened again with that page on screen: nothing to redraw, nothing built
    again = Workspace(library).open(kept=kept, rebuild=False, limit=50)
    assert again.error is None and again.report is None and again.results is None


def test_open_says_why_the_index_cannot_open_and_a_rebuild_mends_it(library):
    opened(library).index.close()
    toc = next(p for p in (library.index_dir / "articles").iterdir() if p.name.endswith(".toc"))
    toc.write_bytes(b"garbage")
    workspace = Workspace(library)
    result = workspace.open(kept=None, rebuild=False, limit=50)
    assert result.error and "damaged" in result.error and result.results is None
    rebuilt = workspace.open(kept=None, rebuild=True, limit=50)
    assert rebuilt.error is None and rebuilt.results.total == 5


def test_a_search_no_longer_wanted_once_the_lock_is_held_does_not_run(library):
    workspace = opened(library)
    calls = []
    real = workspace.index.search
    workspace.index.search = lambda *a, **k: calls.append(a) or real(*a, **k)
    assert workspace.search("Minsk", limit=5, still_wanted=lambda: False) is None
    assert workspace.date_source_counts("Minsk", still_wanted=lambda: False) is None
    assert calls == []
    assert workspace.search("Minsk", limit=5, still_wanted=lambda: True) is not None
    assert len(calls) == 1


def test_index_use_waits_for_the_lock(library):
    """A search asked for while another thread holds the index (a sync, say) runs only
    once that thread is done: a Whoosh searcher is not shared across threads."""
    workspace = opened(library)
    inside = threading.Event()
    release = threading.Event()
    real = workspace.index.sources

    def slow_sources():
        inside.set()
        release.wait(10)
        return real()

    workspace.index.sources = slow_sources
    holder = threading.Thread(target=workspace.sources)
    holder.start()
    assert inside.wait(10)
    done = threading.Event()
    searcher = threading.Thread(target=lambda: (workspace.search("", limit=5), done.set()))
    searcher.start()
    assert not done.wait(0.3)  # still waiting for the lock
    release.set()
    holder.join(10)
    searcher.join(10)
    assert done.is_set()


def test_open_bookmarks_reanchors_through_the_index(library):
    workspace = opened(library)
    anchoring = workspace.open_bookmarks()
    assert workspace.store is not None and workspace.store_error is None
    assert anchoring is not None
    art = workspace.article(workspace.search("", limit=1).hits[0].id)
    workspace.store.add(art, 0, 10)
    provenance = workspace.provenance(workspace.store.list())
    assert set(provenance) == {m.id for m in workspace.store.list()}


def test_a_damaged_bookmarks_file_opens_read_only_with_its_reason(library):
    library.bookmarks_db.parent.mkdir(parents=True, exist_ok=True)
    library.bookmarks_db.write_bytes(b"this is not a database" * 100)
    workspace = opened(library)
    workspace.open_bookmarks()
    assert workspace.store_error  # said, not raised
    assert workspace.store is None or workspace.store.read_only


def test_catch_up_picks_up_a_changed_file(library, corpus):
    workspace = opened(library)
    workspace.open_bookmarks()
    first = workspace.catch_up()
    assert first.error is None and first.report is None  # nothing changed
    (corpus / "new.txt").write_text("A new article\n\nAbout Hrodna and its river.\n", "utf-8")
    caught = workspace.catch_up()
    assert caught.error is None and caught.report is not None and caught.report.added == 1
    assert workspace.search("Hrodna", limit=5).total == 1


def test_bookmarks_filter_with_the_table_search_folds_with(library):
    """One alias table per library: once the index is open, the workspace's table is
    the index's own, not a second reading of the aliases file."""
    workspace = Workspace(library)
    before = workspace.aliases()  # the index is not open yet: read from the file
    assert before.person("Lukashenka") == "Alexander Lukashenko"
    workspace = opened(library)
    assert workspace.aliases() is workspace.index.aliases
