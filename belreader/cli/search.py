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
    p.add_argument(
        "--all-copies",
        action="store_true",
        help="list every copy of a story as a hit of its own (by default a story shows once, "
        "its copies folded under it)",
    )
    p.set_defaults(run=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from ..published import when_text
    from ..search import QueryError, SearchError
    from ..stories.fold import copies_line

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
    folded = _fold(ix, args, results)
    if folded.stories is not None:
        results = folded.results
    if args.json:
        print(inert_json(folded.to_json(results), indent=2))
        return EXIT_OK if results.total else EXIT_NOTHING
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    width = max(shutil.get_terminal_size((100, 24)).columns, 40)
    if not results.total:
        hint = f" — did you mean: {line(results.suggestion)}?" if results.suggestion else ""
        print(f"no articles match {line(repr(args.query))}{hint}")
        return EXIT_NOTHING
    print(folded.headline(results))
    if results.also_matched:
        print(line(results.also_matched_line()))
    for n, (hit, copies) in enumerate(folded.rows(results), 1):
        when = when_text(hit.date, hit.time)
        print(f"\n{n}. {_bold(hit.title, hit.title_highlights, color, line)}")
        print(f"   {line(hit.source or 'unknown')} · {when} · {line(hit.path)}")
        if copies:
            print(f"   {line(copies_line(copies, hit, shown=4))}")
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


# -- stories (issue 19): copies folded under their story's lead ---------------------------
class _Folded:
    """The search's hits as stories (``stories`` None: not grouped, or --all-copies)."""

    def __init__(self) -> None:
        self.results = None
        self.stories: list | None = None  # [FoldedHit]
        self.story_of: dict[str, int] = {}  # --all-copies: each hit's story
        self.story_total: int | None = None
        self.source_stories: dict[str, int] | None = None

    def rows(self, results) -> list[tuple]:
        if self.stories is None:
            return [(h, []) for h in results.hits]
        return [(f.hit, f.copies) for f in self.stories]

    def headline(self, results) -> str:
        total = results.total
        text = f"{total} article{'s' * (total != 1)}"
        if self.story_total is None or self.story_total == total or not self.source_stories:
            per_source = ", ".join(f"{line(k)} {v}" for k, v in results.facets.items())
            return f"{text} ({per_source})"
        n = self.story_total
        per_source = ", ".join(
            f"{line(k)} {v} article{'s' * (v != 1)} in {self.source_stories.get(k, v)} "
            f"stor{'ies' if self.source_stories.get(k, v) != 1 else 'y'}"
            for k, v in results.facets.items()
        )
        return f"{text} in {n} stor{'ies' if n != 1 else 'y'} ({per_source})"

    def to_json(self, results) -> dict:
        data = results.to_json()
        if self.stories is not None:
            shown = type(results)(
                query=results.query,
                total=results.total,
                hits=[f.hit for f in self.stories],
                facets=results.facets,
                suggestion=results.suggestion,
            ).to_json()
            data["hits"] = shown["hits"]
            for item, f in zip(data["hits"], self.stories):
                item["copies"] = [c.to_json() for c in f.copies]
        else:
            for item in data["hits"]:
                item["copies"] = []
                if self.story_of:
                    item["story"] = self.story_of.get(item["id"])
        data["stories"] = self.story_total if self.story_total is not None else results.total
        # "source" counts articles (every copy), "source_stories" each story once
        data["facets"]["source_stories"] = (
            self.source_stories if self.source_stories is not None else dict(results.facets)
        )
        return data


def _fold(ix, args: argparse.Namespace, results) -> _Folded:
    """Fold ``results`` into stories (fetching more hits while the page has fewer
    stories than --limit), and count stories per source. Without a grouped library
    (stories.sqlite3 missing or unreadable) the hits stay as they are."""
    import sqlite3

    from ..stories.reader import StoryReader

    out = _Folded()
    out.results = results
    store = StoryReader.open(ix.library.index_dir)
    if store is None:  # never grouped (or unreadable): the hits as they are
        return out
    try:
        from ..stories.fold import count_stories, fold, promote_earliest, want_more

        counts = count_stories(
            store,
            results.total,
            results.facets,
            lambda ids: ix.matching_among(args.query, ids, source=args.source),
        )
        matched = counts.matched
        out.story_total = counts.stories
        out.source_stories = counts.by_source
        if args.all_copies:
            out.story_of = store.stories_of([h.id for h in results.hits])
            return out
        folded = fold(results.hits, store)
        fetched = len(results.hits)
        first_page = {h.id: h for h in results.hits}
        while more := want_more(folded, args.limit, fetched, results.total):
            # without snippets: most of these hits fold away; the leads get theirs below
            results = ix.search(args.query, source=args.source, limit=more, snippets=0)
            fetched = len(results.hits)
            folded = fold(results.hits, store)
        out.results = results
        out.stories = folded[: args.limit]
        if fetched > len(first_page):
            for f in out.stories:
                hit = first_page.get(f.hit.id) or _hit_of(ix, f.hit.id, args.query)
                if hit is not None:
                    hit.score = f.hit.score
                    f.hit = hit
        promote_earliest(out.stories, matched, lambda aid: _hit_of(ix, aid, args.query))
        return out
    except sqlite3.Error:
        return out
    finally:
        store.close()


def _hit_of(ix, article_id: str, query: str):
    """A hit for an article that was not among those fetched: its first match as the
    snippet."""
    from ..results import Hit
    from ..search.snippets import trim_snippet

    stored = ix.article(article_id)
    if stored is None:
        return None
    spans = ix.highlight_spans(stored.body, query)
    body = stored.body
    start = max(0, spans[0][0] - 80) if spans else 0
    end = min(len(body), start + 240)
    # whole words only
    if start > 0 and " " in body[start : start + 30]:
        start = body.index(" ", start) + 1
    if end < len(body) and " " in body[end - 30 : end]:
        end = body.rindex(" ", end - 30, end)
    window = [(a - start, b - start) for a, b in spans if a >= start and b <= end]
    return Hit(
        id=stored.id,
        path=stored.path,
        title=stored.title,
        source=stored.source,
        date=stored.date,
        time=stored.time,
        score=0.0,
        snippets=[trim_snippet(body[start:end], window)] if body else [],
        title_highlights=ix.highlight_spans(stored.title, query),
        url=stored.url,
    )


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
