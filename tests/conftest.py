"""Shared fixtures. Every test runs with its own index and data directories, and with
HOME and the XDG dirs pointed into tmp, so no test can touch the real user dirs."""

from __future__ import annotations

import shutil
import sys
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
    # Process-wide caches outlive a test: a test must not pass on what an earlier test
    # computed (and under mutmut, whose workers fork from a process that ran the whole
    # suite, the code that fills them would never run, nor be linked to its tests).
    # (Term caches belong to each index's Analysis; the stem memo is shared.)
    analysis = sys.modules.get("belreader.search.analysis")
    if analysis is not None:
        analysis.clear_caches()
    aliases = sys.modules.get("belreader.aliases")
    if aliases is not None:
        aliases.default_table.cache_clear()
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


# --- tests that need an ordinary user -------------------------------------------------
# Permission tests mean nothing as root (root reads and writes through chmod). Marked
# `@pytest.mark.unprivileged`, such a test runs as itself when we are not root; as root
# it runs in a child pytest as the unprivileged user `nobody` (setpriv), and its result
# there is its result here. Where that is impossible it is skipped, saying why.

_CHILD_FLAG = "BELREADER_TEST_UNPRIVILEGED_CHILD"
_HITS_FILE = "BELREADER_TEST_MUTMUT_HITS"
_UNPRIVILEGED_USER = "nobody"


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "unprivileged: run this test as an unprivileged user (see conftest.py)"
    )


def _why_no_unprivileged_run(root: Path) -> str | None:
    import pwd

    if shutil.which("setpriv") is None:
        return "running as root and setpriv (util-linux) is not installed"
    try:
        user = pwd.getpwnam(_UNPRIVILEGED_USER)
    except KeyError:
        return f"running as root and there is no user {_UNPRIVILEGED_USER!r} to run as"
    # The child must be able to read the checkout and the interpreter's packages.
    import subprocess
    import sys

    probe = subprocess.run(
        ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups",
         sys.executable, "-c", "import belreader, pytest"],
        cwd=root, capture_output=True, text=True,
    )  # fmt: skip
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["?"])[-1]
        return f"running as root and user {_UNPRIVILEGED_USER!r} cannot run this checkout ({last})"
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    import os

    if pyfuncitem.get_closest_marker("unprivileged") is None or os.geteuid() != 0:
        return None
    if os.environ.get(_CHILD_FLAG):  # setpriv did not drop root: refuse to pretend
        pytest.fail("the unprivileged child is still root")
    import pwd
    import re
    import subprocess
    import sys

    root = Path(pyfuncitem.config.rootpath)
    reason = _why_no_unprivileged_run(root)
    if reason:
        pytest.skip(reason)
    user = pwd.getpwnam(_UNPRIVILEGED_USER)
    hits = Path(f"/tmp/belreader-unprivileged-hits-{os.getpid()}")
    hits.write_text("")
    hits.chmod(0o666)
    env = {
        **os.environ,
        _CHILD_FLAG: "1",
        _HITS_FILE: str(hits),
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": "/tmp",
    }
    proc = subprocess.run(
        ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups",
         sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--basetemp", f"/tmp/belreader-unprivileged-{os.getpid()}-{pyfuncitem.name[:40]}",
         pyfuncitem.nodeid],
        cwd=root, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    out = proc.stdout + proc.stderr
    _record_child_hits(hits)
    if proc.returncode != 0:
        pytest.fail(f"failed as user {_UNPRIVILEGED_USER}:\n{out}", pytrace=False)
    if not re.search(r"\b1 passed\b", out):
        pytest.skip(f"as user {_UNPRIVILEGED_USER}: {out.strip().splitlines()[-1]}")
    return True


# Under benchmarks/mutation.py, mutmut learns which tests reach which function by
# recording calls in its own process; calls made in the unprivileged child would be lost,
# and mutmut would never run these tests against the code only they reach. The child
# hands its recorded calls back through a file (mutmut 3.8, pinned in the mutation extra).


def _mutmut_stats_state():
    import os

    if os.environ.get("MUTANT_UNDER_TEST") != "stats":
        return None
    try:
        from mutmut.state import state
    except ImportError:
        return None
    return state()


def pytest_sessionfinish(session):
    import os

    target = os.environ.get(_HITS_FILE)
    st = _mutmut_stats_state() if target and os.environ.get(_CHILD_FLAG) else None
    if st is not None:
        Path(target).write_text("\n".join(sorted(st._stats)))


def _record_child_hits(hits: Path) -> None:
    try:
        names = [n for n in hits.read_text().split("\n") if n]
        hits.unlink()
    except OSError:
        return
    if names and _mutmut_stats_state() is not None:
        from mutmut.stats import record_trampoline_hit

        for name in names:
            record_trampoline_hit(name)
