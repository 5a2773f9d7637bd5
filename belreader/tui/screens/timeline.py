"""The timeline screen (t): matching articles per period, stacked by source.

Moving along the bars shows the period's count per source and its best-matching
titles; enter closes the screen and puts the period in the search bar as a date: range,
where it can be edited like anything typed. d w m y change the period, a stretches the
view over far-off dates too.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static

from ... import timeline as tl
from ...published import when_text
from ...terminal import inert, one_line
from ..messages import PeriodTitlesLoaded, TimelineCountsLoaded
from ..widgets.timeline import TimelineChart, legend_text

TOP_TITLES = 3  # titles shown for the highlighted period
_DATE_TERM = re.compile(r"(?<![\w:])date:(\[[^\]]*\]?|\S*)", re.IGNORECASE)


def with_period(query: str, fragment: str) -> str:
    """``query`` filtered to a period: its own date: terms give way to ``fragment``."""
    rest = " ".join(_DATE_TERM.sub(" ", query).split())
    return f"{rest} {fragment}".strip()


class TimelineScreen(Screen):
    """Dismissed with the chosen period's date: fragment, or None."""

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("d", "period('day')", "Days"),
        Binding("w", "period('week')", "Weeks"),
        Binding("m", "period('month')", "Months"),
        Binding("y", "period('year')", "Years"),
        Binding("a", "toggle_span", "All dates"),
    ]
    DEFAULT_CSS = """
    #timeline-box { border: round $foreground 25%; border-title-color: $accent; border-title-style: bold; height: 1fr; }
    #timeline-header, #timeline-legend, #timeline-notes { color: $text-muted; padding: 0 1; height: auto; }
    #timeline-detail { height: auto; min-height: 2; max-height: 6; padding: 0 1; border-top: solid $foreground 25%; }
    """

    def __init__(
        self, workspace, query: str, *, source: str | None = None, counts: dict | None = None
    ) -> None:
        super().__init__()
        self.workspace, self.query_text, self.source = workspace, query, source
        self.counts = counts
        self.by: str | None = None  # None: chosen from the span
        self.whole_span = False
        self.timeline: tl.Timeline | None = None

    def compose(self):
        with Vertical(id="timeline-box") as box:
            what = one_line(self.query_text) if self.query_text.strip() else "the whole library"
            if self.source:
                what += f" · {one_line(self.source)}"
            box.border_title = Content(
                f"Timeline: {what}"
            )  # plain: a query's [brackets] are not markup
            yield Static("Counting…", id="timeline-header")
            yield TimelineChart(id="timeline-chart")
            yield Static("", id="timeline-legend")
            yield Static("", id="timeline-notes")
            yield Static("", id="timeline-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(TimelineChart).focus()
        if self.counts is None:
            self.count()
        else:
            self.redraw()

    @work(thread=True, exclusive=True, group="timeline-count")
    def count(self) -> None:
        from ...search import SearchError

        counts = error = None
        try:
            counts = self.workspace.date_source_counts(self.query_text, source=self.source)
        except SearchError as exc:
            error = str(exc)
        self.post_message(TimelineCountsLoaded(counts, error))

    @on(TimelineCountsLoaded)
    def counted(self, event: TimelineCountsLoaded) -> None:
        if event.error:
            self.query_one("#timeline-header", Static).update(Text(f"⚠ {inert(event.error)}"))
            return
        self.counts = event.counts
        self.redraw()

    def redraw(self) -> None:
        header = self.query_one("#timeline-header", Static)
        try:
            self.timeline = tl.build(self.counts, self.by, whole_span=self.whole_span)
        except tl.PeriodTooFine as exc:
            self.notify(inert(str(exc)), severity="warning")
            self.by = None
            self.timeline = tl.build(self.counts, None, whole_span=self.whole_span)
        timeline = self.timeline
        if not timeline.total:
            header.update("No articles match.")
        else:
            hint = " · a: all dates" if timeline.outliers else ""
            header.update(
                Text(
                    f"{timeline.total:,} article{'s' * (timeline.total != 1)} · {tl.describe(timeline)}{hint}"
                )
            )
        chart = self.query_one(TimelineChart)
        chart.show(timeline)
        self.query_one("#timeline-legend", Static).update(legend_text(timeline, chart))
        notes = timeline.notes()
        self.query_one("#timeline-notes", Static).update(Text(inert("\n".join(notes))))
        self.query_one("#timeline-notes").display = bool(notes)
        if not timeline.buckets:
            self.query_one("#timeline-detail", Static).update(
                "Nothing dated to chart." if timeline.total else ""
            )

    @on(OptionList.OptionHighlighted, "#timeline-chart")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        bucket = self.query_one(TimelineChart).bucket_at(event.option_index)
        if bucket is None:
            return
        self._show_detail(bucket, None)
        if bucket.total:
            self.titles(bucket)

    def _show_detail(self, bucket, titles: list[str] | None) -> None:
        what = f"{bucket.label}" if self.timeline.by != "week" else f"week of {bucket.label}"
        line = Text(f"{what}: ", style="bold")
        line.append(f"{bucket.total:,} {self.timeline._nouns(bucket.total)}")
        if bucket.by_source:
            parts = sorted(bucket.by_source.items(), key=lambda kv: (-kv[1], kv[0]))
            line.append(" · " + " · ".join(f"{one_line(name)} {n:,}" for name, n in parts))
        if bucket.total:
            line.append("  (enter: filter the results to it)", style="dim")
        for title in titles or []:
            line.append("\n• " + one_line(title))
        self.query_one("#timeline-detail", Static).update(line)

    @work(thread=True, exclusive=True, group="timeline-titles")
    def titles(self, bucket) -> None:
        from ...search import SearchError

        query = with_period(self.query_text, bucket.query_fragment())
        try:
            results = self.workspace.search(query, source=self.source, limit=TOP_TITLES, snippets=0)
            hits = results.hits if results is not None else []
        except SearchError:
            return  # the chart is still right; the titles are a courtesy
        self.post_message(
            PeriodTitlesLoaded(
                bucket.start,
                [
                    f"{h.title} · {h.source or 'unknown'} · {when_text(h.date, h.time)}"
                    for h in hits
                ],
            )
        )

    @on(PeriodTitlesLoaded)
    def show_titles(self, event: PeriodTitlesLoaded) -> None:
        bucket = self.query_one(TimelineChart).bucket_at(self.query_one(TimelineChart).highlighted)
        if bucket is not None and bucket.start == event.start:
            self._show_detail(bucket, event.lines)

    @on(OptionList.OptionSelected, "#timeline-chart")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        bucket = self.query_one(TimelineChart).bucket_at(event.option_index)
        if bucket is None:
            return
        self.dismiss(bucket.query_fragment())  # the app puts it in the search bar

    def action_period(self, by: str) -> None:
        if self.counts is None:
            return
        self.by = by
        self.query_one(TimelineChart).highlighted = None
        self.redraw()

    def action_toggle_span(self) -> None:
        if self.counts is None:
            return
        self.whole_span = not self.whole_span
        self.query_one(TimelineChart).highlighted = None
        self.redraw()

    def action_close(self) -> None:
        self.dismiss(None)
