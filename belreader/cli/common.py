"""What every command shares: exit codes, the one-line error, the parser class and the
common options, and opening the library and its index (synced, with a progress line).

Everything printed comes from files and users (see belreader/terminal.py): running
text goes through ``line`` (one line, inert) and JSON through ``inert_json``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ..terminal import inert, one_line

if TYPE_CHECKING:
    from ..library import Library
    from ..search import SearchIndex, SyncReport
    from ..skipped import SkippedFile

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2

safe = inert
line = one_line

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 2 unless given."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not usage + error
        raise CliError(f"{message} (see `{self.prog} --help`)")


def common_options(default: Any) -> Parser:
    """--index and --data, taken by the program and by every command."""
    common = Parser(add_help=False)
    common.add_argument(
        "--index",
        metavar="DIR",
        default=default,
        help="index directory (env BELREADER_INDEX; default: index/ in a checkout, else the user cache dir)",
    )
    common.add_argument(
        "--data",
        metavar="DIR",
        default=default,
        help="user data directory: bookmarks, aliases, settings (env BELREADER_DATA)",
    )
    return common


def open_library(args: argparse.Namespace) -> Library:
    from ..library import Library, LibraryError

    try:
        return Library.locate(index=args.index, data=args.data)
    except LibraryError as exc:
        raise CliError(str(exc)) from None


def _progress_printer() -> Callable[[int, int, str], None] | None:
    """A progress line on stderr when it is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int, path: str) -> None:
        pct = done * 100 // max(total, 1)
        if pct != last[0] or done == total:
            last[0] = pct
            name = line(Path(path).name)[:40]
            sys.stderr.write(f"\rindexing {done}/{total} ({pct}%) {name:<40}")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show


def report_alias_problems(aliases) -> None:
    """On stderr: a user aliases file that is not used at all, or its entries left out."""
    if aliases.file_error:
        print(f"belreader: {line(aliases.file_error)}", file=sys.stderr)
    for problem in aliases.problems:
        print(f"belreader: alias left out: {line(problem)}", file=sys.stderr)


def open_index(args: argparse.Namespace) -> SearchIndex:
    """The library's index, synced first (built when missing, stale files refreshed).
    An index that cannot be written (another user's, a read-only disk) still answers,
    as last synced, with a note."""
    from ..search import SearchError, SearchIndex

    lib = open_library(args)
    try:
        ix = SearchIndex(lib)
        report_alias_problems(ix.aliases)
        try:
            report, skipped_before = sync_index(ix)
        except OSError as exc:
            if not ix.exists():
                raise CliError(
                    f"cannot write the index at {lib.index_dir}: {exc.strerror or exc}"
                ) from None
            print(
                f"belreader: cannot update the index at {line(lib.index_dir)} "
                f"({line(exc.strerror or exc)}): searching it as last synced",
                file=sys.stderr,
            )
        else:
            report_problems(report, skipped_before)
    except SearchError as exc:
        raise CliError(str(exc)) from None
    return ix


def sync_index(ix: SearchIndex, *, rebuild: bool = False) -> tuple[SyncReport, list[SkippedFile]]:
    """ix.sync with a progress line, a note while waiting for another indexer, and a
    note when it finished a run that had been killed. Returns the report and the
    skipped files as they were before (see report_problems)."""

    def waiting() -> None:
        print(
            "belreader: another belreader is indexing this library; waiting for it…",
            file=sys.stderr,
        )

    from .. import skipped

    before = skipped.load(ix.library.index_dir)
    report = ix.sync(rebuild=rebuild, progress=_progress_printer(), on_wait=waiting)
    if report.resumed:
        print(
            "belreader: the last indexing run was interrupted; it has been completed now",
            file=sys.stderr,
        )
    return report, before


def report_problems(
    report: SyncReport, skipped_before: list[SkippedFile], *, verbose: bool = False
) -> None:
    """Skipped files are told once per change, not on every call: the list is kept next
    to the index (belreader/skipped.py). `add` and `index` (verbose) say in one line
    that the same files are still skipped, and why."""
    from .. import skipped

    if report.rebuilt_because:
        print(f"belreader: {line(report.rebuilt_because)}", file=sys.stderr)
    now = skipped.as_list(report.skipped)
    if now != skipped_before:
        for f in now:
            print(f"belreader: skipped {line(f.path)}: {line(f.reason)}", file=sys.stderr)
    elif verbose and now:
        print(
            f"belreader: still {line(skipped.summary(now))}; each is listed again when that changes",
            file=sys.stderr,
        )
    for note in report.unavailable_notes():
        print(f"belreader: {line(note)}", file=sys.stderr)
    if verbose:
        for path, warning in report.warnings:
            print(f"belreader: {line(path)}: {line(warning)}", file=sys.stderr)
