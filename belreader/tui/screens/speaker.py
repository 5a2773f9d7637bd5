"""All claims by one speaker across the library, newest article first: what one
person is reported to have said, outlet by outlet."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...published import when_text
from ...terminal import inert
from ...timeline import describe
from ...vocabulary import plural
from ..messages import OpenClaim, SpeakerClaimsLoaded
from ..widgets.claims import claim_heading
from ..widgets.footer import KeyFooter
from ..widgets.results import LIST_NAVIGATION
from ..widgets.timeline import TimelineChart


class SpeakerClaimList(OptionList):
    BINDINGS = LIST_NAVIGATION + [
        Binding("enter", "select", "Open at claim"),
    ]


class SpeakerClaimsScreen(Screen):
    BINDINGS = [Binding("escape", "close", "Back")]

    def __init__(self, workspace, speaker: str) -> None:
        super().__init__()
        self.workspace, self.speaker = workspace, speaker
        self.rows: list = []

    def compose(self):
        with Vertical(id="speaker-box") as box:
            box.border_title = f"Claims by {inert(self.speaker)}"
            yield Static("Collecting claims…", id="speaker-header")
            yield SpeakerTimeline(id="speaker-timeline")
            yield SpeakerClaimList(id="speaker-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(SpeakerClaimList).focus()
        self.collect()

    @work(thread=True, exclusive=True)
    def collect(self) -> None:
        rows = self.workspace.claims_by(self.speaker)
        self.post_message(SpeakerClaimsLoaded(rows))

    @on(SpeakerClaimsLoaded)
    def show(self, event: SpeakerClaimsLoaded) -> None:
        self.rows = event.rows
        articles = {art.id for art, _ in event.rows}
        sources = {art.source or "unknown" for art, _ in event.rows}
        counts = Text(
            f"{plural(len(event.rows), 'claim')} in {plural(len(articles), 'article')}"
            f" from {plural(len(sources), 'source')}"
        )
        self.query_one("#speaker-header", Static).update(counts)
        options: list[Option] = []
        last = None
        for n, (art, claim) in enumerate(event.rows):
            if art.id != last:
                when = when_text(art.date, art.time)
                options.append(
                    Option(
                        Text(
                            inert(f"{art.title} · {art.source or 'unknown'} · {when}"), style="bold"
                        ),
                        disabled=True,
                    )
                )
                last = art.id
            # the claims pane's words (quote / reported / mixed), not faint: dim text falls below AA
            line = claim_heading(claim, "italic", "italic")
            line.append("\n" + inert(" ".join(claim.text.split())))
            options.append(Option(line, id=f"row-{n}"))
        lst = self.query_one(SpeakerClaimList)
        lst.clear_options()
        lst.add_options(options)
        if len(options) > 1:
            lst.highlighted = 1
        chart = self.query_one(SpeakerTimeline).show_claims(event.rows)
        if chart.total:
            summary = " · ".join([describe(chart)] + chart.notes())
            self.query_one("#speaker-header", Static).update(
                counts + Text("\n") + Text(inert(summary), style="dim")
            )

    @on(OptionList.OptionSelected, "#speaker-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        art, claim = self.rows[int(event.option.id.split("-")[1])]
        self.dismiss(OpenClaim(art.id, claim.start, claim.end))

    def action_close(self) -> None:
        self.app.pop_screen()

    @on(OptionList.OptionSelected, "#speaker-timeline")
    def period_chosen(self, event: OptionList.OptionSelected) -> None:
        """Enter on a bar: go to the first claim of that period in the list."""
        bucket = self.query_one(SpeakerTimeline).bucket_at(event.option_index)
        if bucket is None:
            return
        lst = self.query_one(SpeakerClaimList)
        for n, (art, _) in enumerate(self.rows):
            if art.date is not None and bucket.start <= art.date <= bucket.end:
                lst.highlighted = lst.get_option_index(f"row-{n}")
                lst.focus()
                return
        self.notify("No claims in that period.")


SPEAKER_CHART_ROWS = 7


class SpeakerTimeline(TimelineChart):
    """The speaker's claims over time, per outlet: a few rows above the list."""

    DEFAULT_CSS = """
    SpeakerTimeline, SpeakerTimeline:focus {
        height: auto; max-height: 8; border: none; border-bottom: solid $foreground 25%;
    }
    """

    BINDINGS = LIST_NAVIGATION + [Binding("enter", "select", "Go to period")]

    def show_claims(self, rows: list):
        from collections import Counter

        from ...timeline import build_fitting

        # a few rows above the list: the finest period that fits them
        chart = build_fitting(
            Counter((art.date, art.source) for art, _ in rows), SPEAKER_CHART_ROWS, noun="claim"
        )
        self.display = bool(chart.buckets)
        self.show(chart)
        self.scroll_home(animate=False)
        return chart
