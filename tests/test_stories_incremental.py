"""Stories kept incremental (issue 19): a sync hands the stories its own delta, and a
store in step with the index before that sync follows it without a library-wide read;
anything else (a sync killed before the store followed, a store of another manifest)
falls back to the full comparison, and both end in the groups of a refresh from
scratch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from belreader.library import Library
from belreader.search import SearchIndex
from belreader.stories import refresh as refresh_mod
from belreader.stories.store import StoryStore

from .test_stories import COPIES, STORY, _write, soup
from .test_sync_resume import killed_sync

QUOTE = (
    '"We will not let anyone destabilise the situation in the country," '
    "Alexander Lukashenko said on Tuesday."
)


def groups(index_dir: Path) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """(copies grouped, quotations grouped), each a set of groups of article ids."""
    store = StoryStore(index_dir)
    try:
        stories: dict[int, set[str]] = {}
        for aid, story in store.db.execute("SELECT id, story FROM articles"):
            stories.setdefault(story, set()).add(aid)
        quotes: dict[int, set[str]] = {}
        for aid, grp in store.db.execute("SELECT article, grp FROM quotes"):
            quotes.setdefault(grp, set()).add(aid)
    finally:
        store.close()
    return {frozenset(m) for m in stories.values()}, {frozenset(m) for m in quotes.values()}


def from_scratch(lib: Library, where: Path) -> tuple[set, set]:
    """The groups a refresh from nothing gives for the index as it stands."""
    shutil.copytree(lib.index_dir, where)
    for leftover in where.glob("stories.sqlite3*"):
        leftover.unlink()
    other = Library(index_dir=where, data_dir=lib.data_dir, corpora=lib.corpora)
    ix = SearchIndex(other)
    refresh_mod.refresh(ix, rebuild=True)
    ix.close()
    return groups(where)


@pytest.fixture
def lib(tmp_path) -> Library:
    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "a.txt", "Walk-out at the tractor plant", [*STORY, QUOTE], source="Agency")
    _write(folder, "b.txt", "Hrodna workers strike", COPIES["lead-in"], source="Tabloid")
    _write(folder, "c.txt", "Something else", [*soup(1, 200), QUOTE])
    for i in range(2, 8):
        _write(folder, f"s{i}.txt", f"Soup {i}", soup(i, 200))
    library = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    library.save()
    ix = SearchIndex(library)
    assert ix.sync().warnings == []
    ix.close()
    return library


def no_full_diff(monkeypatch) -> None:
    def refused(*a, **k):
        raise AssertionError("the incremental path read the whole manifest or store")

    monkeypatch.setattr(refresh_mod, "current_articles", refused)
    monkeypatch.setattr(StoryStore, "known", refused)


def test_a_sync_updates_the_stories_from_its_own_delta_as_a_full_refresh_would(
    lib, tmp_path, monkeypatch
):
    folder = lib.corpora[0]
    _write(folder, "d.txt", "Plant strike, reprinted", COPIES["retitled"], source="Daily")
    _write(folder, "c.txt", "Something else, now a copy", [*STORY[:6], QUOTE])  # changed
    (folder / "s3.txt").unlink()
    _write(folder, "s4.txt", "Soup 2 again", soup(2, 200))  # a copy of s2
    ix = SearchIndex(lib)
    no_full_diff(monkeypatch)
    report = ix.sync()
    assert (report.added, report.changed, report.deleted) == (1, 2, 1)
    assert report.warnings == []
    ix.close()
    monkeypatch.undo()
    stories, quotes = groups(lib.index_dir)
    assert (stories, quotes) == from_scratch(lib, tmp_path / "scratch")
    # and the groups are the ones the changes make
    ids = {p.name: f"corpus/{p.name}" for p in folder.iterdir()}
    assert frozenset({ids["a.txt"], ids["b.txt"], ids["c.txt"], ids["d.txt"]}) in stories
    assert frozenset({ids["s2.txt"], ids["s4.txt"]}) in stories
    assert not any("corpus/s3.txt" in g for g in stories)
    assert frozenset({ids["a.txt"], ids["c.txt"]}) in quotes


def test_a_sync_killed_before_the_stories_followed_is_caught_up_by_the_next(
    lib, tmp_path, monkeypatch
):
    folder = lib.corpora[0]
    _write(folder, "d.txt", "Plant strike, reprinted", COPIES["retitled"], source="Daily")
    (folder / "s3.txt").unlink()
    # SIGKILL after the index and its manifest are committed, before the stories run
    killed_sync(lib, "state-written")
    _write(folder, "e.txt", "Soup 5 again", soup(5, 200))
    ix = SearchIndex(lib)
    report = ix.sync()
    assert report.added == 1 and report.warnings == []
    ix.close()
    stories, quotes = groups(lib.index_dir)
    assert (stories, quotes) == from_scratch(lib, tmp_path / "scratch")
    ids = {p.name: f"corpus/{p.name}" for p in folder.iterdir()}
    assert frozenset({ids["a.txt"], ids["b.txt"], ids["d.txt"]}) in stories
    assert not any("corpus/s3.txt" in g for g in stories)


def test_a_store_of_another_manifest_is_compared_in_full(lib, monkeypatch):
    """The delta is trusted only from the manifest the store last followed."""
    folder = lib.corpora[0]
    store = StoryStore(lib.index_dir)
    store.set_meta("manifest", "0:0")  # as a store left by an older sync would say
    store.db.commit()
    store.close()
    _write(folder, "d.txt", "Plant strike, reprinted", COPIES["retitled"], source="Daily")
    full = []
    original = refresh_mod.current_articles
    monkeypatch.setattr(refresh_mod, "current_articles", lambda d: full.append(d) or original(d))
    ix = SearchIndex(lib)
    assert ix.sync().added == 1
    ix.close()
    assert full, "a store out of step was updated from the delta alone"


def test_a_sync_right_after_needs_sync_follows_its_delta_too(lib, monkeypatch):
    """The app's start: needs_sync() reads the manifest, sync() reuses it."""
    _write(lib.corpora[0], "d.txt", "Plant strike, reprinted", COPIES["retitled"])
    ix = SearchIndex(lib)
    assert ix.needs_sync()
    no_full_diff(monkeypatch)
    report = ix.sync()
    assert report.added == 1 and report.warnings == []
    ix.close()
