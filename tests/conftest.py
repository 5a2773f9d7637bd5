"""Shared fixtures. Every test runs with its own index and data directories, and with
HOME and the XDG dirs pointed into tmp, so no test can touch the real user dirs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from belreader.library import Library, bundled_seeds

SEEDS = sorted(bundled_seeds().glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("BELREADER_INDEX", str(home / "index"))
    monkeypatch.setenv("BELREADER_DATA", str(home / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A writable copy of the five seed articles."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture
def library(tmp_path, corpus) -> Library:
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[corpus])
    lib.save()
    return lib


@pytest.fixture
def seed_index(library):
    from belreader.search import SearchIndex

    ix = SearchIndex(library)
    ix.sync()
    yield ix
    ix.close()
