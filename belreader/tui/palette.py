"""The command palette's own commands (ctrl+p), after Textual's (theme, keys, quit):
what the main screen can do, filters for the sources and dates in the library, the
suggested spelling, the speakers of the open article and the listed articles."""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import SystemCommand

from ..published import when_text
from ..vocabulary import is_named_speaker, plural


def main_screen_commands(main) -> Iterator[SystemCommand]:
    yield SystemCommand("Bookmarks", "Open the bookmarks screen (B)", main.action_bookmarks)
    yield SystemCommand(
        "Toggle claims pane", "Show or hide the claims pane (c)", main.action_toggle_claims
    )
    yield SystemCommand(
        "Compact or full results list",
        "One line per article, or with snippets (v)",
        main.action_toggle_view,
    )
    yield SystemCommand(
        "Timeline",
        "Matches over time, per source; choose a period to filter (t)",
        main.action_timeline,
    )
    # stories (issue 19): the highlighted claim's quotation across outlets (m)
    yield SystemCommand(
        "Compare quotation across outlets",
        "Every article's version of the highlighted claim: wording, cue, hedges (m)",
        main.compare_claim,
    )
    yield SystemCommand(
        "Rebuild the index",
        "Re-read every article from scratch (bookmarks are kept)",
        main.action_rebuild_index,
    )
    if main.source_filter:
        yield SystemCommand(
            "Clear source filter",
            f"Show all sources again (now: {main.source_filter})",
            lambda: main.set_source_filter(None),
        )
    if main.date_filter:
        yield SystemCommand(
            "Clear date filter",
            f"Show every date again (now: {main.date_filter[0]})",
            lambda: main.set_date_filter(None),
        )
    for label, fragment in date_filters():
        yield SystemCommand(
            f"Filter by date: {label}",
            fragment,
            lambda lb=label, fr=fragment: main.set_date_filter(lb, fr),
        )
    yield SystemCommand(
        "Sync now", "Pick up added, changed and deleted article files", main.action_sync
    )
    if main.skipped_files:
        yield SystemCommand(
            f"Skipped files ({len(main.skipped_files)})",
            "Files that could not be indexed, and why",
            main.action_skipped_files,
        )
    if main.results is not None and main.results.suggestion:
        suggestion = main.results.suggestion
        yield SystemCommand(
            f"Search for {suggestion}",
            "The suggested spelling",
            lambda: main.search_for(suggestion),
        )
    if main.index is not None:
        for name, count in main.workspace.sources().items():
            yield SystemCommand(
                f"Filter by source: {name}",
                plural(count, "article"),
                lambda n=name: main.set_source_filter(n),
            )
    if main.article is not None:
        for speaker in sorted(
            {c.speaker for c in main.article.claims if is_named_speaker(c.speaker)}
        ):
            yield SystemCommand(
                f"All claims by {speaker}",
                "Across the library",
                lambda s=speaker: main.action_speaker_claims(s),
            )
    if main.results is not None:
        for hit in main.results.hits:
            yield SystemCommand(
                f"Open: {hit.title}",
                f"{hit.source or 'unknown'} · {when_text(hit.date, hit.time)}",
                lambda i=hit.id: main.open_article(i),
            )


def date_filters(today=None) -> list[tuple[str, str]]:
    """Date ranges offered in the palette, as query fragments (date:[a to b])."""
    from datetime import date, timedelta

    today = today or date.today()
    year = today.year
    return [
        ("last 7 days", f"date:[{(today - timedelta(days=7)).isoformat()} to]"),
        ("last 30 days", f"date:[{(today - timedelta(days=30)).isoformat()} to]"),
        (f"this year ({year})", f"date:{year}"),
        (f"last year ({year - 1})", f"date:{year - 1}"),
        (f"before {year - 1}", f"date:[to {year - 2}-12-31]"),
    ]
