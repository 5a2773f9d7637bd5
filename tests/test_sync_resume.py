"""A sync killed at each step of its commit, then resumed in the same way a user would
(the next sync): the index must answer exactly as a clean build of the same files does,
hold every article once, and keep no file its table of contents does not list.

The kill is real (SIGKILL at a fault point, in a forked child running the sync), and
it hits an *incremental* sync of an index that already has committed segments: the
orphan clean-up of the resume must delete what the killed run left, and nothing else.
Serial indexing keeps each case small and quick; test_durability covers the parallel
path through the CLI."""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import signal
from pathlib import Path

import pytest

from belreader.library import Library
from belreader.search import FAULT_POINTS, SYNC_MARKER, SearchIndex

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
    """The base index, its corpus then edited: 8 files added, 2 changed, 2 deleted."""
    shutil.copytree(base / "corpus", dest / "corpus")
    shutil.copytree(base / "ix", dest / "ix")
    lib = Library(index_dir=dest / "ix", data_dir=dest / "data", corpora=[dest / "corpus"])
    lib.save()
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
