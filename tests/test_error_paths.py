"""Paths that used to end in a traceback where the README promises one line on stderr
and exit code 2: a damaged index, a read-only file system, a page-damaged bookmarks
database, hostile annotation imports, deeply nested alias and settings files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from belreader.cli import main

from .test_cli import cli  # noqa: F401 - the fixture
from .test_hostile import damage_bookmark_pages, fill_bookmarks


def one_line_error(code: int, err: str) -> str:
    """The message of a failed command, after checking it is exactly one line, exit 2."""
    assert code == 2, err
    assert err.startswith("belreader: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err[len("belreader: ") : -1]


# ----------------------------------------------------------------------- the index


def garble_toc(library) -> None:
    tocs = list((library.index_dir / "articles").glob("*.toc"))
    assert tocs, "no table of contents to damage"
    for toc in tocs:
        toc.write_bytes(b"garbage")


def test_index_on_a_damaged_index_is_one_line_then_rebuild_recovers(cli, library):
    assert cli("index")[0] == 0
    garble_toc(library)
    code, out, err = cli("index")
    message = one_line_error(code, err)
    assert "is damaged" in message and "belreader index --rebuild" in message
    assert out == ""
    code, out, _ = cli("index", "--rebuild")
    assert code == 0 and out.startswith("rebuilt") and out.rstrip().endswith("5 articles")


def test_options_before_the_command_are_kept(library, capsys, tmp_path):
    code = main(["--index", str(library.index_dir), "--data", str(library.data_dir), "index"])
    out, _ = capsys.readouterr()
    assert code == 0 and out.rstrip().endswith("5 articles")
    assert (library.index_dir / "articles").is_dir()
    # and not the defaults (the isolated BELREADER_INDEX of conftest)
    assert not Path(os.environ["BELREADER_INDEX"]).exists()


def _read_only_runner(tmp_path: Path):
    """A way to run the CLI where the library's folder cannot be written: a read-only
    bind mount in a private mount namespace when root (root ignores permissions), else
    a folder without write permission. None with the reason when neither is possible."""
    if os.geteuid() != 0:
        return "chmod", None
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return None, "root without unshare/mount: cannot make a read-only file system"
    probe = subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            f"mount --bind {tmp_path} {tmp_path} && mount -o remount,bind,ro {tmp_path}",
        ],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        return None, f"cannot mount read-only here ({probe.stderr.strip()[:80]})"
    return "mount", None


def run_cli_read_only(folder: Path, how: str, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "belreader.cli", *args]
    if how == "mount":
        script = (
            f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && exec "
            + " ".join(f"'{a}'" for a in command)
        )
        return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    mode = folder.stat().st_mode
    writable = [p for p in [folder, *folder.rglob("*")] if p.is_dir()]
    for p in writable:
        p.chmod(0o555)
    try:
        return subprocess.run(command, capture_output=True, text=True)
    finally:
        for p in writable:
            p.chmod(mode)


@pytest.mark.parametrize("command", ["index", "add"])
def test_index_and_add_on_a_read_only_file_system(tmp_path, corpus, command):
    from belreader.library import Library

    lib_dir = tmp_path / "lib"
    library = Library(index_dir=lib_dir / "ix", data_dir=lib_dir / "data", corpora=[corpus])
    library.save()
    assert main(["index", "--index", str(library.index_dir), "--data", str(library.data_dir)]) == 0
    how, reason = _read_only_runner(tmp_path)
    if how is None:
        pytest.skip(reason)
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text("New article\n\nMinsk news of the day.\n")
    shutil.copy(extra / "new.txt", corpus / "changed.txt")  # `index` has work to write
    args = ["add", str(extra)] if command == "add" else ["index"]
    r = run_cli_read_only(
        lib_dir, how, *args, "--index", str(library.index_dir), "--data", str(library.data_dir)
    )
    message = one_line_error(r.returncode, r.stderr)
    assert message.startswith(f"cannot write the index at {library.index_dir}: ")
    assert message.endswith(("Read-only file system", "Permission denied"))


# ------------------------------------------------------------------- bookmarks


@pytest.mark.parametrize(
    "action",
    [["list"], ["list", "--json"], ["export", "--format", "md"], ["export", "--format", "json"]],
)
def test_bookmarks_on_a_page_damaged_database(cli, library, action):
    fill_bookmarks(library)
    damage_bookmark_pages(library.bookmarks_db)
    before = library.bookmarks_db.read_bytes()
    code, out, err = cli("bookmarks", *action)
    message = one_line_error(code, err)
    assert message.startswith(f"bookmarks database {library.bookmarks_db} is damaged (")
    assert message.endswith("); it was left untouched") and len(message) < 300
    assert out == "" and library.bookmarks_db.read_bytes() == before


def annotation(**changes) -> dict:
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "urn:uuid:6f1c1a3e-8f5e-4c55-9d7e-0b0e4b7f0a11",
        "created": "2024-09-01T10:00:00Z",
        "body": [{"type": "TextualBody", "value": "a note", "purpose": "commenting"}],
        "target": {
            "source": "urn:belreader:article:abc",
            "selector": [
                {"type": "TextQuoteSelector", "exact": "Minsk", "prefix": "", "suffix": ""},
                {"type": "TextPositionSelector", "start": 0, "end": 5},
            ],
        },
    }
    item.update(changes)
    return item


def _import(cli, tmp_path, data) -> tuple[int, str, str]:
    path = tmp_path / "in.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), "utf-8")
    return cli("bookmarks", "import", str(path))


@pytest.mark.parametrize("offset", [2**63, 2**64 + 5])
def test_import_with_an_offset_beyond_sqlite_is_one_problem(cli, tmp_path, offset):
    bad = annotation()
    bad["target"]["selector"][1] = {"type": "TextPositionSelector", "start": 0, "end": offset}
    good = annotation(id="urn:uuid:00000000-0000-4000-8000-000000000001")
    good["target"]["selector"][0]["exact"] = "Kyiv"
    code, out, err = _import(cli, tmp_path, [bad, good])
    assert code == 0 and out == "imported 1, skipped 0 already there, 1 unreadable\n"
    assert err == (
        "belreader: annotation 1 (urn:uuid:6f1c1a3e-8f5e-4c55-9d7e-0b0e4b7f0a11): "
        "TextPositionSelector start/end are not valid offsets\n"
    )


@pytest.mark.parametrize("created", ["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00"])
def test_import_with_a_created_date_outside_utc_keeps_the_bookmark(cli, tmp_path, created):
    code, out, err = _import(cli, tmp_path, [annotation(created=created)])
    assert (code, err) == (0, "")
    assert out == "imported 1, skipped 0 already there, 0 unreadable\n"
    code, out, _ = cli("bookmarks", "list", "--json")
    [item] = json.loads(out)
    assert item["body"][0]["value"] == "a note"
    assert item["created"][:4] not in ("9999", "0001")  # unreadable as UTC: the import time


def test_import_of_json_nested_100k_deep(cli, tmp_path):
    code, out, err = _import(cli, tmp_path, "[" * 100_000 + "]" * 100_000)
    assert one_line_error(code, err) == "cannot import bookmarks: the JSON is nested too deeply"
    assert out == ""


def test_import_of_a_file_that_is_not_json(cli, tmp_path):
    code, out, err = _import(cli, tmp_path, "{nope")
    assert one_line_error(code, err).startswith("cannot import bookmarks: not JSON (")


# ------------------------------------------------------------- aliases, settings


def test_aliases_toml_nested_5000_deep_is_one_line(cli, library):
    library.data_dir.mkdir(parents=True, exist_ok=True)
    aliases = library.data_dir / "aliases.toml"
    aliases.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    code, out, err = cli("search", "Lukashenka")
    # named in one line on stderr, and the search goes on over the bundled table
    assert code == 0 and "5 articles" in out
    (message,) = err.strip().splitlines()
    assert message.startswith(f"belreader: {aliases}: nested too deeply to be an alias table")


def test_settings_nested_200k_deep_are_ignored(tmp_path):
    from belreader.settings import load_settings, save_settings

    path = tmp_path / "settings.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    assert load_settings(path) == {}
    assert save_settings(path, theme="nord")  # replaced by a readable file
    assert load_settings(path) == {"theme": "nord"}


async def test_app_starts_with_settings_nested_200k_deep(library):
    from belreader.tui.app import BelreaderApp

    from .test_app import wait_ready

    library.data_dir.mkdir(parents=True, exist_ok=True)
    (library.data_dir / "settings.json").write_text(
        '{"theme": ' + "[" * 200_000 + "]" * 200_000 + "}"
    )
    app = BelreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        assert app.is_running and app.index is not None


async def test_app_reports_aliases_nested_5000_deep_and_keeps_running(library):
    from belreader.tui.app import BelreaderApp

    library.data_dir.mkdir(parents=True, exist_ok=True)
    aliases = library.data_dir / "aliases.toml"
    aliases.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n")
    app = BelreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        # said in a warning toast, in one line (the toast wraps it on screen)
        (note,) = [n for n in app._notifications if "aliases" in n.title.lower()]
        assert note.severity == "warning"
        assert str(aliases) in note.message and "nested too deeply" in note.message
        assert "\n" not in note.message
        # and the library is searchable over the bundled spellings
        assert app.index is not None and app.index.search("Лукашенко").total == 5


def test_bookmarks_on_a_read_only_file_system_list_and_refuse_import(tmp_path, library):
    """README: a read-only bookmarks file is reported and left untouched, and still read.
    Run on a real read-only mount where root (a chmod does not stop root)."""
    fill_bookmarks(library, n=3)
    how, reason = _read_only_runner(tmp_path)
    if how is None:
        pytest.skip(reason)
    before = library.bookmarks_db.read_bytes()
    options = ["--index", str(library.index_dir), "--data", str(library.data_dir)]
    r = run_cli_read_only(library.data_dir, how, "bookmarks", "list", "--json", *options)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)) == 3
    dump = tmp_path / "in.json"
    dump.write_text(r.stdout)
    r = run_cli_read_only(library.data_dir, how, "bookmarks", "import", str(dump), *options)
    message = one_line_error(r.returncode, r.stderr)
    assert "read-only" in message and str(library.bookmarks_db) in message
    assert library.bookmarks_db.read_bytes() == before
