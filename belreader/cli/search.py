"""`belreader search QUERY`: the matching articles with their snippets, the matched
words in bold on a terminal; or one JSON object."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterable

from ..terminal import inert_json
from .common import EXIT_NOTHING, EXIT_OK, CliError, Parser, line, open_index, safe


def register(commands: argparse._SubParsersAction, common: Parser) -> None:
    p = commands.add_parser(
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
    p.set_defaults(run=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from ..search import QueryError, SearchError

    if not args.query.strip():
        raise CliError("empty query: give words to search for, e.g. belreader search NATO")
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    ix = open_index(args)
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
    width = max(shutil.get_terminal_size((100, 24)).columns, 40)
    if not results.total:
        hint = f" — did you mean: {line(results.suggestion)}?" if results.suggestion else ""
        print(f"no articles match {line(repr(args.query))}{hint}")
        return EXIT_NOTHING
    per_source = ", ".join(f"{line(k)} {v}" for k, v in results.facets.items())
    print(f"{results.total} article{'s' * (results.total != 1)} ({per_source})")
    if results.also_matched:
        print(line(results.also_matched_line()))
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


def _wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` wrapped at spaces to ``width`` columns; a
    word longer than a line gets a line of its own rather than being split."""
    lines: list[tuple[int, int]] = []
    for m in re.finditer(r"\S+", text):
        if lines and m.end() - lines[-1][0] <= width:
            lines[-1] = (lines[-1][0], m.end())
        else:
            lines.append((m.start(), m.end()))
    return lines


def _bold(
    text: str,
    spans: Iterable[tuple[int, int]],
    enabled: bool,
    clean: Callable[[str], str] = safe,
) -> str:
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
