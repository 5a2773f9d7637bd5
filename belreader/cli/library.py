"""`belreader add PATH...` and `belreader index`: what the library holds, and keeping
its index in step with the files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import (
    EXIT_OK,
    CliError,
    Parser,
    line,
    open_library,
    report_alias_problems,
    report_problems,
    sync_index,
)

if TYPE_CHECKING:
    from ..library import Library


def register(commands: argparse._SubParsersAction, common: Parser) -> None:
    p = commands.add_parser(
        "add", parents=[common], help="add files or folders to the library and index them"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--map",
        metavar="FIELD=COLUMN[,...]",
        help="for JSON/CSV dumps under PATH: the column holding each field, e.g. text=body_text,date=pub"
        " (fields: text, title, date, source, author, url, language)",
    )
    p.set_defaults(run=cmd_add)

    p = commands.add_parser(
        "index", parents=[common], help="sync the index with the corpus folders"
    )
    p.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")
    p.set_defaults(run=cmd_index)


def cmd_add(args: argparse.Namespace) -> int:
    from ..search import SearchError, SearchIndex

    lib = open_library(args)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CliError(f"no such file or folder: {missing[0]}")
    if args.map:
        _check_field_map(args.map)  # before anything is added or saved
    try:
        new = lib.add_corpora([Path(p) for p in args.paths])
        remap = _save_field_maps(lib, args, new)
        ix = SearchIndex(lib)
        report_alias_problems(ix.aliases)
        # files already indexed are unchanged on disk: a new map is read by re-reading all
        report, skipped_before = sync_index(ix, rebuild=remap)
    except SearchError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:  # read-only file system, no permission, disk full
        raise CliError(
            f"cannot write the index at {lib.index_dir}: {exc.strerror or exc}"
        ) from None
    report_problems(report, skipped_before, verbose=True)
    # say why files were skipped: unreadable is not "already in the library"
    unreadable = f", skipped {len(report.skipped)} that cannot be read" if report.skipped else ""
    known = [line(p) for p in args.paths if Path(p) not in new]
    again = f"; {', '.join(known)} already in the library" if known else ""
    print(
        f"added {report.added}, updated {report.changed}, removed {report.deleted}{unreadable}{again}; "
        f"{ix.count()} articles in the library"
    )
    return EXIT_OK


def _check_field_map(text: str) -> None:
    from ..ingest.dumps import parse_field_map

    try:
        parse_field_map(text)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _save_field_maps(lib: Library, args: argparse.Namespace, new: list[Path]) -> bool:
    """Keep ``--map`` for each PATH; True when a path already in the library got a new
    map (its dumps must be read again)."""
    if not args.map:
        return False
    from ..ingest.fieldmaps import save_field_map

    changed = [Path(p) for p in args.paths if save_field_map(lib.index_dir, Path(p), args.map)]
    return any(p not in new for p in changed)


def cmd_index(args: argparse.Namespace) -> int:
    from ..search import SearchError, SearchIndex

    lib = open_library(args)
    try:
        ix = SearchIndex(lib)
        report_alias_problems(ix.aliases)
        report, skipped_before = sync_index(ix, rebuild=args.rebuild)
    except SearchError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:  # read-only file system, no permission, disk full
        raise CliError(
            f"cannot write the index at {lib.index_dir}: {exc.strerror or exc}"
        ) from None
    report_problems(report, skipped_before, verbose=True)
    what = "rebuilt" if report.rebuilt else "synced"
    print(
        f"{what} in {report.elapsed:.2f}s: {report.added} added, {report.changed} changed, "
        f"{report.deleted} deleted, {report.unchanged} unchanged, {len(report.skipped)} skipped; "
        f"{ix.count()} articles"
    )
    return EXIT_OK
