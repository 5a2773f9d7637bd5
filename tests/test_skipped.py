"""Skipped files: kept with their true reasons next to the index, told by the CLI once
per change, and said truthfully when a folder is added again (issue 15)."""

from __future__ import annotations

import pytest

from belreader import skipped

from .test_cli import cli  # noqa: F401  (the in-process `belreader` fixture)


@pytest.fixture
def bad_files(corpus):
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (corpus / "empty.txt").write_text("", "utf-8")
    return corpus


def test_record_keeps_the_set_and_says_when_it_changed(tmp_path):
    assert skipped.load(tmp_path) == []
    pairs = [
        ("/c/b.txt", "empty file"),
        ("/c/a.txt", "binary file, not text"),
        ("/c/b.txt", "empty file"),
    ]
    assert skipped.record(tmp_path, pairs) is True
    assert skipped.load(tmp_path) == [
        skipped.SkippedFile("/c/a.txt", "binary file, not text"),
        skipped.SkippedFile("/c/b.txt", "empty file"),
    ]
    assert skipped.record(tmp_path, list(reversed(pairs))) is False  # same set: no change
    assert skipped.record(tmp_path, []) is True and skipped.load(tmp_path) == []


def test_an_unreadable_list_counts_as_none(tmp_path):
    (tmp_path / skipped.FILE_NAME).write_text("{not json", "utf-8")
    assert skipped.load(tmp_path) == []
    (tmp_path / skipped.FILE_NAME).write_text('{"files": [{"path": 1}]}', "utf-8")
    assert skipped.load(tmp_path) == []


def test_summary_counts_reasons():
    files = skipped.as_list(
        [("a", "empty file"), ("b", "binary file, not text"), ("c", "empty file")]
    )
    assert skipped.summary(files) == "3 files skipped (empty file: 2; binary file, not text: 1)"
    assert (
        skipped.summary(files[1:2]) == "1 file skipped (binary file, not text: 1)"
    )  # sorted by path: b


def test_a_sync_records_what_it_skipped(seed_index, bad_files, library):
    seed_index.sync()
    names = {f.path.rsplit("/", 1)[-1]: f.reason for f in skipped.load(library.index_dir)}
    assert names == {"broken.txt": "binary file, not text", "empty.txt": "empty file"}
    (bad_files / "empty.txt").write_text("Now it has words.\n\nLukashenko said so.\n", "utf-8")
    seed_index.sync()
    assert [f.path.rsplit("/", 1)[-1] for f in skipped.load(library.index_dir)] == ["broken.txt"]


def test_cli_tells_skipped_files_once_per_change(cli, bad_files):
    code, _, err = cli("search", "NATO")
    assert code == 0
    assert err.count("belreader: skipped") == 2 and "broken.txt: binary file, not text" in err
    code, _, err = cli("search", "NATO")
    assert "skipped" not in err  # the same two: not repeated on every call
    (bad_files / "another.txt").write_text("", "utf-8")
    code, _, err = cli("search", "NATO")
    assert err.count("belreader: skipped") == 3  # changed: the whole list again
    code, _, err = cli("index")
    assert "belreader: skipped" not in err and "still 3 files skipped" in err


def test_readding_a_folder_gives_the_true_reason(cli, bad_files):
    cli("index")
    code, out, err = cli("add", str(bad_files))
    assert code == 0
    assert "skipped 2 that cannot be read" in out
    assert f"{bad_files} already in the library" in out
    assert "still 2 files skipped (binary file, not text: 1; empty file: 1)" in err
