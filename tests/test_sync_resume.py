"""A sync killed at each step of its commit, then resumed in the same way a user would
(the next sync): the index must answer exactly as a clean build of the same files does,
hold every article once, and keep no file its table of contents does not list.

The kill is real (SIGKILL at a fault point, in a forked child running the sync), and
it hits an *incremental* sync of an index that already has committed segments: the
orphan clean-up of the resume must delete what the killed run left, and nothing else.
Serial indexing keeps each case small and quick; test_durability covers the parallel
path through the CLI."""

from __future__ import annotations

import json
import marshal
import multiprocessing as mp
import os
import shutil
import signal
from pathlib import Path

import pytest

from belreader.library import Library
from belreader.search import FAULT_POINTS, SYNC_MARKER, SearchIndex
from belreader.search import manifest as mf

from .test_durability import unlisted_files
from .test_faults import answers, make_articles


def _sync_until(step: str, index_dir: str, data_dir: str) -> None:
    os.environ["BELREADER_FAULT"] = step
    os.environ["BELREADER_INDEX_PROCS"] = "1"
    SearchIndex(Library.locate(index=index_dir, data=data_dir)).sync()
    os._exit(0)  # never reached when the fault point fires


def killed_sync(lib: Library, step: str) -> None:
    """Run a sync in a forked child that dies (SIGKILL, no clean-up) at ``step``."""
    child = mp.get_context("fork").Process(
        target=_sync_until, args=(step, str(lib.index_dir), str(lib.data_dir))
    )
    child.start()
    child.join(300)
    assert child.exitcode == -signal.SIGKILL, f"fault point {step} never reached"


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A committed index of 40 articles, kept pristine: each test copies it."""
    root = tmp_path_factory.mktemp("resume-base")
    make_articles(root / "corpus", 40, seed=21)
    lib = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[root / "corpus"])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    assert ix.count() == 40
    ix.close()
    return root


def copy_with_changes(base: Path, dest: Path) -> Library:
    """The base index, synced where it now is, then its corpus edited: 8 files added,
    2 changed, 2 deleted."""
    shutil.copytree(base / "corpus", dest / "corpus")
    shutil.copytree(base / "ix", dest / "ix")
    lib = Library(index_dir=dest / "ix", data_dir=dest / "data", corpora=[dest / "corpus"])
    lib.save()
    # the manifest names the base's paths: settle the copy where it is first
    ix = SearchIndex(lib)
    ix.sync()
    ix.close()
    corpus = dest / "corpus"
    make_articles(dest / "new", 8, seed=22)
    for f in (dest / "new").iterdir():
        f.rename(corpus / f"new-{f.name}")
    for f in sorted(corpus.glob("a0000*.md"))[:2]:
        f.write_text(f.read_text("utf-8") + "\nA refinery strike about potash.\n", "utf-8")
    for f in sorted(corpus.glob("a0001*.md"))[:2]:
        f.unlink()
    return lib


def clean_answers(lib: Library, where: Path) -> tuple[int, dict]:
    clean = Library(index_dir=where / "ix", data_dir=where / "data", corpora=list(lib.corpora))
    ix = SearchIndex(clean)
    ix.sync()
    out = (ix.count(), answers(ix))
    ix.close()
    return out


@pytest.mark.parametrize("step", FAULT_POINTS)
def test_a_resumed_sync_answers_as_a_clean_build(base, tmp_path, step):
    lib = copy_with_changes(base, tmp_path / "lib")
    killed_sync(lib, step)
    assert (lib.index_dir / SYNC_MARKER).exists()
    if step == "pending-written":
        # the premise: the killed run wrote segment files that no TOC lists
        assert unlisted_files(lib), "the kill left no orphan: the test proves nothing"
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    report = ix.sync()
    assert report.resumed
    # finished from where it stopped (8 added, 2 changed, 2 deleted), not started over
    assert not report.rebuilt
    assert report.added <= 8 and report.changed <= 2 and report.deleted <= 2, report
    ids = [a.id for a in ix.iter_articles()]
    assert len(ids) == len(set(ids)) == 46
    assert (ix.count(), answers(ix)) == clean_answers(lib, tmp_path / "clean")
    ix.close()
    assert unlisted_files(lib) == [], "the resume kept files no TOC lists"
    assert not (lib.index_dir / SYNC_MARKER).exists()
    # and the next command still finds it all (nothing was deleted under it)
    again = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    assert again.count() == 46
    assert again.search("potash").total >= 2  # the two changed files carry the word
    again.close()


def test_a_resume_with_nothing_to_do_keeps_every_committed_segment(base, tmp_path):
    """A marker left by a run killed after its commit: the resume has no file to index,
    and its orphan clean-up must leave the committed index whole."""
    lib = copy_with_changes(base, tmp_path / "lib")
    killed_sync(lib, "state-written")
    before = {p.name for p in (lib.index_dir / "articles").iterdir()}
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    report = ix.sync()
    assert report.resumed and report.added == report.changed == report.deleted == 0
    assert ix.count() == 46
    assert (ix.count(), answers(ix)) == clean_answers(lib, tmp_path / "clean")
    ix.close()
    after = {p.name for p in (lib.index_dir / "articles").iterdir()}
    assert after == before  # nothing was an orphan: nothing deleted


def test_a_resume_removes_the_segment_files_a_killed_run_left(base, tmp_path):
    """Segment files no TOC lists (what a killed run's workers wrote), found by a
    resume that has nothing else to do: no commit of its own would clean them up."""
    lib = copy_with_changes(base, tmp_path / "lib")
    ix = SearchIndex(lib)
    ix.sync()
    ix.close()
    folder = lib.index_dir / "articles"
    for seg in sorted(folder.glob("articles_*.seg")) or sorted(folder.glob("articles_*.trm")):
        for part in folder.glob(seg.stem + ".*"):
            shutil.copy(part, folder / ("articles_" + "0" * 16 + part.suffix))
    left = unlisted_files(lib)
    assert left, "no stray segment made: the test proves nothing"
    (lib.index_dir / SYNC_MARKER).write_text("1")
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    report = ix.sync()
    assert report.resumed and report.added == report.changed == report.deleted == 0
    assert ix.count() == 46
    ix.close()
    assert unlisted_files(lib) == []


def test_a_manifest_of_another_generation_is_never_trusted(base, tmp_path):
    """The index folder put back from an older copy, beside the newer manifest (a lost
    or stale manifest looks the same): trusting the manifest would call the files
    indexed since then indexed, and lose them."""
    lib = copy_with_changes(base, tmp_path / "lib")
    folder = lib.index_dir / "articles"
    shutil.copytree(folder, tmp_path / "older")
    ix = SearchIndex(lib)
    ix.sync()
    assert ix.count() == 46
    ix.close()
    shutil.rmtree(folder)
    shutil.copytree(tmp_path / "older", folder)
    mf.forget_state(lib.index_dir)
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    ix.sync()
    ids = [a.id for a in ix.iter_articles()]
    assert len(ids) == len(set(ids)) == 46
    assert (ix.count(), answers(ix)) == clean_answers(lib, tmp_path / "clean")
    ix.close()


def _write_legacy_manifest(lib: Library, files: object) -> None:
    """The manifest as belreader wrote it before manifest.bin (JSON)."""
    data = mf.read_manifest(lib.index_dir)
    legacy = {
        "schema": data["schema"],
        "aliases": data["aliases"],
        "files": files if files is not None else {k: list(v) for k, v in data["files"].items()},
        "bad": {},
    }
    (lib.index_dir / mf.LEGACY_MANIFEST_FILE).write_text(json.dumps(legacy), "utf-8")
    (lib.index_dir / mf.MANIFEST_FILE).unlink()
    mf.forget_state(lib.index_dir)


def test_a_legacy_manifest_is_converted_without_indexing_again(base, tmp_path):
    lib = copy_with_changes(base, tmp_path / "lib")
    ix = SearchIndex(lib)
    ix.sync()
    ix.close()
    _write_legacy_manifest(lib, None)
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    report = ix.sync()
    assert not report.rebuilt and report.added == report.changed == 0
    assert report.unchanged == 46
    assert (lib.index_dir / mf.MANIFEST_FILE).exists()  # in the current format now
    assert not (lib.index_dir / mf.LEGACY_MANIFEST_FILE).exists()
    assert mf.read_manifest(lib.index_dir)["generation"] is not None
    ix.close()


def test_a_legacy_manifest_without_a_file_table_means_a_rebuild(base, tmp_path):
    lib = copy_with_changes(base, tmp_path / "lib")
    ix = SearchIndex(lib)
    ix.sync()
    ix.close()
    _write_legacy_manifest(lib, ["not", "a", "table"])
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    report = ix.sync()
    assert report.rebuilt
    assert (ix.count(), answers(ix)) == clean_answers(lib, tmp_path / "clean")
    ix.close()


def test_files_that_cannot_be_read_are_remembered_not_retried(tmp_path):
    """A file that is no article is recorded with its reason: the next syncs report it
    again without reading it, and without committing anything (the manifest, not only
    the scan state, remembers it)."""
    corpus = tmp_path / "corpus"
    make_articles(corpus, 5, seed=4)
    (corpus / "broken.json").write_text("{not json", "utf-8")
    (corpus / "empty.txt").write_text("", "utf-8")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[corpus])
    lib.save()
    ix = SearchIndex(lib)
    first = ix.sync()
    bad = {str(corpus / "broken.json"), str(corpus / "empty.txt")}
    assert {p for p, _ in first.skipped} == bad
    assert set(mf.read_manifest(lib.index_dir)["bad"]) == bad
    generation = ix._store.generation()
    mf.forget_state(lib.index_dir)  # the manifest decides from here
    assert not ix.needs_sync()
    again = ix.sync()
    assert sorted(again.skipped) == sorted(first.skipped)
    assert again.added == again.changed == 0 and ix.count() == 5
    assert ix._store.generation() == generation  # nothing re-read, nothing committed
    (corpus / "a00001.md").write_text("Edited\n\nA changed article about Minsk.\n", "utf-8")
    mf.forget_state(lib.index_dir)
    assert ix.needs_sync()
    ix.close()


def test_damaged_bookkeeping_files_are_read_as_missing(base, tmp_path):
    """A scan state, a segment-check record or a pending manifest that holds something
    else than belreader wrote (a damaged disk, another program) is ignored, never a
    crash: the sync and the segment check go on as without it."""
    lib = copy_with_changes(base, tmp_path / "lib")
    ix = SearchIndex(lib)
    ix.sync()
    ix.close()
    (lib.index_dir / mf.STATE_FILE).write_bytes(marshal.dumps(5))
    (lib.index_dir / mf.SEGMENT_CHECKED_FILE).write_text("[1, 2]", "utf-8")
    (lib.index_dir / mf.PENDING_MANIFEST_FILE).write_bytes(b"\x00garbage\xff" * 10)
    (lib.index_dir / SYNC_MARKER).write_text("1")
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    assert not ix.needs_sync()
    report = ix.sync()
    assert report.resumed and not report.rebuilt and ix.count() == 46
    assert ix.damaged_segment_files() == []
    ix.close()
    assert not (lib.index_dir / mf.PENDING_MANIFEST_FILE).exists()


def test_a_sync_that_fails_leaves_no_segment_behind(base, tmp_path, monkeypatch):
    """A sync that fails after writing its segments (here the pending manifest cannot
    be written, as on a full disk) removes them before it reports the error."""
    lib = copy_with_changes(base, tmp_path / "lib")
    real = mf.write_manifest

    def failing(index_dir, data, *, pending=False):
        if pending:
            raise OSError(5, "input/output error")
        real(index_dir, data, pending=pending)

    monkeypatch.setattr(mf, "write_manifest", failing)
    ix = SearchIndex(lib)
    with pytest.raises(OSError):
        ix.sync()
    ix.close()
    assert unlisted_files(lib) == []
    monkeypatch.setattr(mf, "write_manifest", real)
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    assert ix.sync().resumed and ix.count() == 46
    ix.close()
