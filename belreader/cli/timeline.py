"""`belreader timeline [QUERY]`: matching articles per day, week, month or year, stacked
by source, as a text chart or JSON; counted from the index's date and source columns."""

from __future__ import annotations

import argparse
import shutil

from ..terminal import inert_json
from .common import EXIT_NOTHING, EXIT_OK, CliError, Parser, line, open_index, safe


def register(commands: argparse._SubParsersAction, common: Parser) -> None:
    p = commands.add_parser(
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
    p.set_defaults(run=cmd_timeline)


def cmd_timeline(args: argparse.Namespace) -> int:
    from .. import timeline
    from ..search import QueryError, SearchError

    query = timeline_query(args.query, args.speaker)
    ix = open_index(args)
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
