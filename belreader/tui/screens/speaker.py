"""All claims by one speaker across the library, newest article first: what one
person is reported to have said, outlet by outlet."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from ...terminal import inert
from ..widgets.results import LIST_NAVIGATION


class SpeakerClaimList(OptionList):
    BINDINGS = LIST_NAVIGATION + [
        Binding("enter", "select", "Open at claim"),
    ]


class SpeakerClaimsScreen(Screen):
    BINDINGS = [Binding("escape", "close", "Back")]

    class Open(Message):
        def __init__(self, article_id: str, start: int, end: int) -> None:
            super().__init__()
            self.article_id, self.start, self.end = article_id, start, end

    class Loaded(Message):
        def __init__(self, rows: list) -> None:
            super().__init__()
            self.rows = rows

    def __init__(self, index, lock, speaker: str) -> None:
        super().__init__()
        self.index, self.lock, self.speaker = index, lock, speaker
        self.rows: list = []

    def compose(self):
        with Vertical(id="speaker-box") as box:
            box.border_title = f"Claims by {inert(self.speaker)}"
            yield Static("Collecting claims…", id="speaker-header")
            yield SpeakerClaimList(id="speaker-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SpeakerClaimList).focus()
        self.collect()

    @work(thread=True, exclusive=True)
    def collect(self) -> None:
        from ...speakers import find_claims

        with self.lock:
            rows = list(find_claims(self.index, speaker=self.speaker))
        self.post_message(self.Loaded(rows))

    @on(Loaded)
    def show(self, event: Loaded) -> None:
        self.rows = event.rows
        articles = {art.id for art, _ in event.rows}
        sources = {art.source or "unknown" for art, _ in event.rows}
        self.query_one("#speaker-header", Static).update(
            Text(f"{len(event.rows)} claim(s) in {len(articles)} article(s) from {len(sources)} source(s)")
        )
        options: list[Option] = []
        last = None
        for n, (art, claim) in enumerate(event.rows):
            if art.id != last:
                when = art.date.isoformat() if art.date else "undated"
                options.append(Option(Text(inert(f"{art.title} · {art.source or 'unknown'} · {when}"), style="bold"), disabled=True))
                last = art.id
            line = Text(inert(f"{claim.cue} · {claim.kind}"), style="dim")
            if claim.shown_mention:
                line.append(inert(f" · as “{claim.shown_mention}”"), style="dim")
            if claim.hedged:
                line.append("  ⚠ " + ", ".join(claim.hedges), style="italic")
            line.append("\n" + inert(" ".join(claim.text.split())))
            options.append(Option(line, id=f"row-{n}"))
        lst = self.query_one(SpeakerClaimList)
        lst.clear_options()
        lst.add_options(options)
        if len(options) > 1:
            lst.highlighted = 1

    @on(OptionList.OptionSelected, "#speaker-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        art, claim = self.rows[int(event.option.id.split("-")[1])]
        self.app.pop_screen()
        self.app.post_message(self.Open(art.id, claim.start, claim.end))

    def action_close(self) -> None:
        self.app.pop_screen()
