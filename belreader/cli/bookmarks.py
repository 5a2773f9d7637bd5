"""`belreader bookmarks list|export|import`: the kept passages, exports with citations
(Markdown, CSV, W3C Web Annotation JSON) and imports of that JSON without duplicates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..terminal import inert_json
from .common import EXIT_NOTHING, EXIT_OK, CliError, Parser, line, open_library

if TYPE_CHECKING:
    from ..bookmarks import Bookmark, BookmarkStore, Provenances
    from ..library import Library


def register(commands: argparse._SubParsersAction, common: Parser) -> None:
    p = commands.add_parser("bookmarks", parents=[common], help="list, export or import bookmarks")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    b = actions.add_parser("list", parents=[common], help="list bookmarks")
    b.add_argument("--tag", help="only bookmarks with this tag")
    b.add_argument("--json", action="store_true", help="print JSON (W3C Web Annotations)")
    b.set_defaults(run=cmd_list)
    b = actions.add_parser("export", parents=[common], help="export bookmarks with citations")
    b.add_argument("--format", choices=("md", "csv", "json"), default="md")
    b.add_argument(
        "--group-by", choices=("article", "tag"), default="article", help="Markdown grouping"
    )
    b.add_argument("--tag", help="only bookmarks with this tag")
    b.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    b.set_defaults(run=cmd_export)
    b = actions.add_parser(
        "import", parents=[common], help="import W3C Web Annotation JSON (no duplicates)"
    )
    b.add_argument("file", metavar="FILE")
    b.set_defaults(run=cmd_import)


def _open_store(lib: Library, *, writing: bool) -> BookmarkStore:
    """The bookmarks database; one that cannot be written is opened read-only for
    listing and exporting."""
    from ..bookmarks import BookmarkStore, BookmarkStoreError

    try:
        return BookmarkStore(lib.bookmarks_db)
    except BookmarkStoreError as exc:
        if writing or not lib.bookmarks_db.exists():
            raise CliError(str(exc)) from None
        try:
            return BookmarkStore(lib.bookmarks_db, read_only=True)
        except BookmarkStoreError:
            raise CliError(str(exc)) from None


def cmd_import(args: argparse.Namespace) -> int:
    from ..bookmarks import BookmarkStoreError

    with _open_store(open_library(args), writing=True) as store:
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
        try:  # decoding and parsing are the store's: one set of messages for bad JSON
            added, skipped, problems = store.import_annotations(data)
        except BookmarkStoreError as exc:
            raise CliError(str(exc)) from None
    for problem in problems:
        print(f"belreader: {line(problem)}", file=sys.stderr)
    print(f"imported {added}, skipped {skipped} already there, {len(problems)} unreadable")
    return EXIT_OK


def _listed(lib: Library, tag: str | None) -> list[Bookmark]:
    from ..bookmarks import BookmarkStoreError

    with _open_store(lib, writing=False) as store:
        try:
            return store.list(tag=tag)
        except BookmarkStoreError as exc:  # pages damaged past what opening checks
            raise CliError(str(exc)) from None


def cmd_list(args: argparse.Namespace) -> int:
    from ..bookmarks import to_annotations

    marks = _listed(open_library(args), args.tag)
    if args.json:
        print(inert_json(to_annotations(marks), indent=2))
    elif marks:
        placed = [m for m in marks if m.anchor != "orphan"]
        orphans = [m for m in marks if m.anchor == "orphan"]
        for m in placed:
            _print_bookmark(m)
        if orphans:
            print(
                f"\nOrphaned — their article changed beyond recognition or was deleted ({len(orphans)}):"
            )
            for m in orphans:
                _print_bookmark(m, full=True)
    else:
        print("no bookmarks")
    return EXIT_OK if marks else EXIT_NOTHING


def cmd_export(args: argparse.Namespace) -> int:
    from ..bookmarks import export_text

    lib = open_library(args)
    marks = _listed(lib, args.tag)
    # inert text (export_text), the same on the terminal and in a file, which `cat` shows as well
    out = export_text(
        marks, args.format, group_by=args.group_by, provenance=_export_provenance(lib, marks)
    )
    if args.output:
        try:
            Path(args.output).write_text(out, "utf-8")
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror}") from None
        print(f"exported {len(marks)} bookmarks to {line(args.output)}", file=sys.stderr)
    else:
        sys.stdout.write(out)
    return EXIT_OK


def _print_bookmark(m: Bookmark, *, full: bool = False) -> None:
    quote = " ".join(m.exact.split())
    if not full and len(quote) > 100:
        quote = quote[:99] + "…"
    tags = " ".join(f"#{t}" for t in m.tags)
    fuzzy = " (re-anchored approximately)" if m.anchor == "fuzzy" else ""
    print(f"{m.id[:8]}  “{line(quote)}”{fuzzy}")
    print(
        f"          {line(m.title)} · {line(m.source or 'unknown')} · "
        f"{line(m.date or 'undated')} · {line(m.article_path)}"
    )
    if m.note or tags:
        print(f"          {line(m.note)} {line(tags)}".rstrip())


def _export_provenance(lib: Library, marks: list[Bookmark]) -> Provenances:
    """URL and speaker of each exported bookmark, from the index; none without one."""
    from ..bookmarks import provenance_of
    from ..search import SearchError, SearchIndex

    try:
        index = SearchIndex(lib)
        if not index.exists():
            return {}
        try:
            return provenance_of(marks, index.article)
        finally:
            index.close()
    except (SearchError, OSError):
        return {}  # the export still has everything the bookmarks keep
