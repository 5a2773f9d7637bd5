"""Command line: the app (no subcommand) and scriptable subcommands.

Exit codes: 0 ok, 1 nothing found where that matters, 2 usage or input error, with a
one-line message on stderr and no traceback. Textual is imported only when the app
starts, so subcommands stay quick.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .terminal import inert, inert_json, one_line
from .vocabulary import cue_text, kind_label

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2

# Everything printed comes from files and users: see terminal.py. Running text goes
# through safe, one-line fields (paths, titles, names, messages) through line, JSON
# through inert_json.
safe = inert
line = one_line
# the domain's own errors carry a one-line message for the user (module, class); looked
# up in sys.modules so that main() need not import whoosh or sqlite to catch them
_DOMAIN_ERRORS = (
    ("belreader.search", "SearchError"),
    ("belreader.bookmarks", "BookmarkStoreError"),
    ("belreader.library", "LibraryError"),
    ("belreader.aliases", "AliasFileError"),
)


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 2 unless given."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + error
        raise CliError(f"{message} (see `{self.prog} --help`)")


def _common_options(default) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
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


def build_parser() -> argparse.ArgumentParser:
    top = _common_options(None)
    # on a subcommand the options default to "not given", or `belreader --index X search`
    # would have the subcommand's default (None) overwrite X
    common = _common_options(argparse.SUPPRESS)
    parser = _Parser(
        prog="belreader",
        description="Offline reader for news about Belarus: search across outlets and spellings, "
        "see who said what, keep passages. Without a command, opens the app.",
        parents=[top],
    )
    parser.add_argument("--version", action="version", version=f"belreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "search",
        parents=[common],
        help="search the library",
        description='Search with the Whoosh query language: AND OR NOT, "phrases", prefix*, '
        "title: source: speaker: author: date:2024-08 date:[2024-01 to 2024-06].",
    )
    p.add_argument("query", help="the query (quote it for the shell)")
    p.add_argument("--source", help="only articles from this source (exact name)")
    p.add_argument("--limit", type=int, default=10, help="hits to show (default 10)")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser(
        "add", parents=[common], help="add files or folders to the library and index them"
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--map",
        metavar="FIELD=COLUMN[,...]",
        help="for JSON/CSV dumps under PATH: the column holding each field, e.g. text=body_text,date=pub"
        " (fields: text, title, date, source, author, url, language)",
    )

    p = sub.add_parser("index", parents=[common], help="sync the index with the corpus folders")
    p.add_argument("--rebuild", action="store_true", help="rebuild the index from scratch")

    p = sub.add_parser(
        "claims", parents=[common], help="who said what, across the library, by speaker"
    )
    p.add_argument("query", nargs="?", help="only articles matching this query")
    p.add_argument(
        "--speaker", help="only this speaker (any spelling: Lukashenka finds Lukashenko)"
    )
    p.add_argument(
        "--article", metavar="PATH", help="only the article at this path (or with this id)"
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")

    p = sub.add_parser(
        "timeline",
        parents=[common],
        help="matching articles over time, per source",
        description="A chart of the articles matching QUERY per day, week, month or year, "
        "stacked by source, read from the index's date column. Dates far from the rest "
        "(a misread 1900 dateline) are noted, not drawn; undated articles are counted apart.",
    )
    p.add_argument("query", nargs="?", default="", help="the query (default: the whole library)")
    p.add_argument(
        "--by",
        choices=("day", "week", "month", "year"),
        help="period of a bar (default: from the span)",
    )
    p.add_argument("--source", help="only articles from this source (exact name)")
    p.add_argument("--speaker", help="only articles quoting this person (any spelling)")
    p.add_argument(
        "--all-dates",
        action="store_true",
        help="stretch the chart over every date, far-off ones too",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("bookmarks", parents=[common], help="list, export or import bookmarks")
    bsub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    b = bsub.add_parser("list", parents=[common], help="list bookmarks")
    b.add_argument("--tag", help="only bookmarks with this tag")
    b.add_argument("--json", action="store_true", help="print JSON (W3C Web Annotations)")
    b = bsub.add_parser("export", parents=[common], help="export bookmarks with citations")
    b.add_argument("--format", choices=("md", "csv", "json"), default="md")
    b.add_argument(
        "--group-by", choices=("article", "tag"), default="article", help="Markdown grouping"
    )
    b.add_argument("--tag", help="only bookmarks with this tag")
    b.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    b = bsub.add_parser(
        "import", parents=[common], help="import W3C Web Annotation JSON (no duplicates)"
    )
    b.add_argument("file", metavar="FILE")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            return _run_app(args)
        handler = {
            "search": cmd_search,
            "add": cmd_add,
            "index": cmd_index,
            "claims": cmd_claims,
            "timeline": cmd_timeline,
            "bookmarks": cmd_bookmarks,
        }[args.command]
        return handler(args)
    except CliError as exc:
        print(f"belreader: {line(exc)}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("belreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `belreader search x | head`: the reader left; not an error worth a trace
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the promise: one line, never a traceback
        message = _message_for(exc)
        if message is None:
            if os.environ.get("BELREADER_DEBUG"):
                raise
            message = (
                f"unexpected error ({type(exc).__name__}: {exc}); "
                "run again with BELREADER_DEBUG=1 for the details and report it"
            )
        print(f"belreader: {line(message)}", file=sys.stderr)
        return EXIT_USAGE


def _message_for(exc: Exception) -> str | None:
    """The one line to show for an expected kind of error that reached main(), or None
    for a bug."""
    for module, name in _DOMAIN_ERRORS:
        cls = getattr(sys.modules.get(module), name, None)
        if cls is not None and isinstance(exc, cls):
            return str(exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return None


# ----------------------------------------------------------------------------- helpers


def _library(args):
    from .library import Library, LibraryError

    try:
        return Library.locate(index=args.index, data=args.data)
    except LibraryError as exc:
        raise CliError(str(exc)) from None


def _progress_printer():
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


def _open_index(args, *, sync: bool = True):
    """The library's index, synced first (built when missing, stale files refreshed)."""
    from .search import SearchError, SearchIndex

    lib = _library(args)
    try:
        ix = SearchIndex(lib)
        if sync:
            try:
                report = _sync(ix)
            except OSError as exc:
                if not ix.exists():
                    raise CliError(
                        f"cannot write the index at {lib.index_dir}: {exc.strerror or exc}"
                    ) from None
                # a read-only index (another user's, a read-only disk) still answers
                print(
                    f"belreader: cannot update the index at {line(lib.index_dir)} "
                    f"({line(exc.strerror or exc)}): searching it as last synced",
                    file=sys.stderr,
                )
            else:
                _report_problems(report)
    except SearchError as exc:
        raise CliError(str(exc)) from None
    return ix


def _sync(ix, *, rebuild: bool = False):
    """ix.sync with a progress line, a note while waiting for another indexer, and a
    note when it finished a run that had been killed."""

    def waiting() -> None:
        print(
            "belreader: another belreader is indexing this library; waiting for it…",
            file=sys.stderr,
        )

    from . import skipped

    before = skipped.load(ix.library.index_dir)
    report = ix.sync(rebuild=rebuild, progress=_progress_printer(), on_wait=waiting)
    _SKIPPED_BEFORE[id(report)] = before
    if report.resumed:
        print(
            "belreader: the last indexing run was interrupted; it has been completed now",
            file=sys.stderr,
        )
    return report


# what the skipped list was before each sync of this process (see _report_problems)
_SKIPPED_BEFORE: dict[int, list] = {}


def _report_problems(report, *, verbose: bool = False) -> None:
    """Skipped files are told once per change, not on every call: the list is kept next
    to the index (belreader/skipped.py). `add` and `index` (verbose) say in one line
    that the same files are still skipped, and why."""
    from . import skipped

    now = skipped.as_list(report.skipped)
    if now != _SKIPPED_BEFORE.pop(id(report), None):
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


def _wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` wrapped at spaces to ``width`` columns; a
    word longer than a line gets a line of its own rather than being split."""
    import re

    lines: list[tuple[int, int]] = []
    start = end = None
    for m in re.finditer(r"\S+", text):
        if start is None:
            start, end = m.start(), m.end()
        elif m.end() - start <= width:
            end = m.end()
        else:
            lines.append((start, end))
            start, end = m.start(), m.end()
    if start is not None:
        lines.append((start, end))
    return lines


def _bold(text: str, spans, enabled: bool, clean=safe) -> str:
    """``text`` made inert by ``clean``, with the ``spans`` in bold when ``enabled``."""
    if not enabled or not spans:
        return clean(text)
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            continue
        out.append(clean(text[pos:s]))
        out.append("\x1b[1;33m" + clean(text[s:e]) + "\x1b[0m")
        pos = e
    out.append(clean(text[pos:]))
    return "".join(out)


# ---------------------------------------------------------------------------- commands


def cmd_search(args) -> int:
    from .search import QueryError, SearchError

    if not args.query.strip():
        raise CliError("empty query: give words to search for, e.g. belreader search NATO")
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    ix = _open_index(args)
    try:
        results = ix.search(args.query, source=args.source, limit=args.limit)
    except QueryError as exc:
        raise CliError(f"bad query: {exc}") from None
    except SearchError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(inert_json(results.to_json(), indent=2))
        return EXIT_OK if results.total else EXIT_NOTHING
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    import shutil

    width = max(shutil.get_terminal_size((100, 24)).columns, 40)
    if not results.total:
        hint = f" — did you mean: {line(results.suggestion)}?" if results.suggestion else ""
        print(f"no articles match {line(repr(args.query))}{hint}")
        return EXIT_NOTHING
    per_source = ", ".join(f"{line(k)} {v}" for k, v in results.facets.items())
    print(f"{results.total} article{'s' * (results.total != 1)} ({per_source})")
    for n, hit in enumerate(results.hits, 1):
        when = hit.date.isoformat() if hit.date else "undated"
        print(f"\n{n}. {_bold(hit.title, hit.title_highlights, color, line)}")
        print(f"   {line(hit.source or 'unknown')} · {when} · {line(hit.path)}")
        for snip in hit.snippets:
            text = f"… {snip.text} …"
            spans = [(a + 2, b + 2) for a, b in snip.highlights]
            for start, end in _wrap_spans(text, width - 3):
                line_spans = [
                    (max(a, start) - start, min(b, end) - start)
                    for a, b in spans
                    if a < end and b > start
                ]
                print("   " + _bold(text[start:end], line_spans, color, line))
    return EXIT_OK


def cmd_add(args) -> int:
    from .search import SearchError, SearchIndex

    lib = _library(args)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise CliError(f"no such file or folder: {missing[0]}")
    if getattr(args, "map", None):
        _check_field_map(args.map)  # before anything is added or saved
    try:
        new = lib.add_corpora([Path(p) for p in args.paths])
        remap = _save_field_maps(lib, args, new)
        ix = SearchIndex(lib)
        # files already indexed are unchanged on disk: a new map is read by re-reading all
        report = _sync(ix, rebuild=remap)
    except SearchError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:  # read-only file system, no permission, disk full
        raise CliError(
            f"cannot write the index at {lib.index_dir}: {exc.strerror or exc}"
        ) from None
    _report_problems(report, verbose=True)
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
    from .ingest.dumps import parse_field_map

    try:
        parse_field_map(text)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _save_field_maps(lib, args, new: list[Path]) -> bool:
    """Keep ``--map`` for each PATH; True when a path already in the library got a new
    map (its dumps must be read again)."""
    if not getattr(args, "map", None):
        return False
    from .ingest.fieldmaps import save_field_map

    changed = [Path(p) for p in args.paths if save_field_map(lib.index_dir, Path(p), args.map)]
    return any(p not in new for p in changed)


def cmd_index(args) -> int:
    from .search import SearchError, SearchIndex

    lib = _library(args)
    try:
        ix = SearchIndex(lib)
        report = _sync(ix, rebuild=args.rebuild)
    except SearchError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:  # read-only file system, no permission, disk full
        raise CliError(
            f"cannot write the index at {lib.index_dir}: {exc.strerror or exc}"
        ) from None
    _report_problems(report, verbose=True)
    what = "rebuilt" if report.rebuilt else "synced"
    print(
        f"{what} in {report.elapsed:.2f}s: {report.added} added, {report.changed} changed, "
        f"{report.deleted} deleted, {report.unchanged} unchanged, {len(report.skipped)} skipped; "
        f"{ix.count()} articles"
    )
    return EXIT_OK


def cmd_claims(args) -> int:
    from .search import QueryError, SearchError
    from .speakers import find_claims

    ix = _open_index(args)
    try:
        rows = list(find_claims(ix, speaker=args.speaker, query=args.query, article=args.article))
    except LookupError as exc:
        raise CliError(str(exc.args[0])) from None
    except QueryError as exc:
        raise CliError(f"bad query: {exc}") from None
    except SearchError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(
            inert_json(
                [
                    {
                        "path": art.path,
                        "speaker": c.speaker,
                        "speaker_mention": c.speaker_mention,
                        "cue": c.cue,
                        "kind": c.kind,
                        "text": c.text,
                        "start": c.start,
                        "end": c.end,
                        "hedged": c.hedged,
                        "hedges": list(c.hedges),
                    }
                    for art, c in rows
                ],
                indent=2,
            )
        )
        return EXIT_OK if rows else EXIT_NOTHING
    if not rows:
        print("no claims found")
        return EXIT_NOTHING
    by_speaker: dict[str, list] = {}
    for art, c in rows:
        by_speaker.setdefault(c.speaker or "(unattributed)", []).append((art, c))
    for speaker, items in sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0].lower())):
        outlets = len({art.source or "unknown" for art, _ in items})
        articles = len({art.id for art, _ in items})
        print(
            f"\n{line(speaker)} — {len(items)} claim{'s' * (len(items) != 1)} in {articles} "
            f"article{'s' * (articles != 1)} from {outlets} source{'s' * (outlets != 1)}"
        )
        last = None
        for art, c in items:  # newest article first, claims in text order
            if art.id != last:
                when = art.date.isoformat() if art.date else "undated"
                print(f"  {line(art.title)} · {line(art.source or 'unknown')} · {when}")
                last = art.id
            hedge = f"  [hedged: {', '.join(c.hedges)}]" if c.hedged else ""
            said = f", as “{c.shown_mention}”" if c.shown_mention else ""
            print(
                f"    • {cue_text(c.cue)} ({kind_label(c.kind)}{line(said)}): {line(' '.join(c.text.split()))}{line(hedge)}"
            )
    return EXIT_OK


def cmd_timeline(args) -> int:
    import shutil

    from . import timeline
    from .search import QueryError, SearchError

    query = timeline_query(args.query, args.speaker)
    ix = _open_index(args)
    try:
        counts = ix.date_source_counts(query, source=args.source)
    except QueryError as exc:
        raise CliError(f"bad query: {exc}") from None
    except SearchError as exc:
        raise CliError(str(exc)) from None
    try:
        chart = timeline.build(counts, args.by, whole_span=args.all_dates)
    except timeline.PeriodTooFine as exc:
        raise CliError(str(exc)) from None
    found = EXIT_OK if chart.total else EXIT_NOTHING
    if args.json:
        print(inert_json(chart.to_json(query), indent=2))
        return found
    if not chart.total:
        print(f"no articles match {line(repr(query))}")
        return EXIT_NOTHING
    # source names label lines of the chart: each kept to one line
    chart = timeline.build(
        {(d, line(s) if s else s): n for (d, s), n in counts.items()},
        args.by,
        whole_span=args.all_dates,
    )
    what = line(query) if query.strip() else "the whole library"
    title = f"{what}: {chart.total:,} article{'s' * (chart.total != 1)}; {timeline.describe(chart)}"
    width = shutil.get_terminal_size((80, 24)).columns
    print(safe(timeline.render_text(chart, title=title, width=width)))
    return found


def timeline_query(query: str, speaker: str | None) -> str:
    """QUERY, narrowed to articles that quote ``speaker`` (the speaker: field folds
    every spelling of a known person)."""
    query = query.strip()
    if speaker is None:
        return query
    name = " ".join(speaker.replace('"', " ").split())
    if not name:
        raise CliError("--speaker needs a name, e.g. --speaker Lukashenko")
    clause = f'speaker:"{name}"'
    return f"({query}) {clause}" if query else clause


def cmd_bookmarks(args) -> int:
    from .bookmarks import BookmarkStore, BookmarkStoreError, export_text, to_annotations

    lib = _library(args)
    try:
        store = BookmarkStore(lib.bookmarks_db)
    except BookmarkStoreError as exc:
        if args.action == "import" or not lib.bookmarks_db.exists():
            raise CliError(str(exc)) from None
        try:  # a read-only database can still be listed and exported
            store = BookmarkStore(lib.bookmarks_db, read_only=True)
        except BookmarkStoreError:
            raise CliError(str(exc)) from None
    with store:
        if args.action == "import":
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
        try:
            marks = store.list(tag=args.tag)
        except BookmarkStoreError as exc:  # pages damaged past what opening checks
            raise CliError(str(exc)) from None
        if args.action == "list":
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


def _print_bookmark(m, *, full: bool = False) -> None:
    quote = " ".join(m.exact.split())
    if not full and len(quote) > 100:
        quote = quote[:99] + "…"
    tags = " ".join(f"#{t}" for t in m.tags)
    fuzzy = " (re-anchored approximately)" if m.anchor == "fuzzy" else ""
    print(f"{m.id[:8]}  “{line(quote)}”{fuzzy}")
    print(
        f"          {line(m.title)} · {line(m.source or 'unknown')} · {line(m.date or 'undated')} · {line(m.article_path)}"
    )
    if m.note or tags:
        print(f"          {line(m.note)} {line(tags)}".rstrip())


def _run_app(args) -> int:
    lib = _library(args)
    from .tui.app import run_app

    return run_app(lib)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def _export_provenance(lib, marks) -> dict:
    """URL and speaker of each exported bookmark, from the index; none without one."""
    from .bookmarks import provenance_of
    from .search import SearchError, SearchIndex

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
