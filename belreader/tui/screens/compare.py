"""One quotation across the articles that carry it (issue 19): every version, one per
article, with its outlet, date, the cue as written, the hedges and the wording, the
words that differ from the most common version marked; and where outlets attribute
the same words differently (said against claimed, or a hedge), or where a version
adds or drops a negation, a line that says so. Descriptive, never a verdict. Enter
opens that article at the claim."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...terminal import inert
from ..messages import OpenClaim
from ..widgets.footer import KeyFooter
from ..widgets.results import LIST_NAVIGATION

# versions listed; a boilerplate quotation (a disclaimer in 5% of the library) fewer
VERSIONS_CAP = 200
BOILERPLATE_CAP = 20


class VersionList(OptionList):
    BINDINGS = LIST_NAVIGATION + [Binding("enter", "select", "Open at claim")]


def version_text(v, common: str) -> Text:
    """`date · outlet · cue · hedges · speaker`, and where it adds or drops a negation
    against the most common version (``common``), which; then the wording with the
    words that differ from the most common version in reverse video (added ones
    underlined too) and the words it leaves out, in their place, struck through."""
    from ...published import when_text
    from ...stories.versions import meaning_label

    when = when_text(v.date, v.time)
    head = Text(f"{when} · {inert(v.source or 'unknown')} · ", style="bold")
    head.append(f"“{inert(v.cue)}”", style="bold")
    if v.framing in ("distancing", "hedged"):
        head.append(f" · {v.framing}", style="bold italic")
    if v.shown_hedges:
        head.append(" · ⚠ " + inert(", ".join(v.shown_hedges)), style="italic")
    if v.speaker:
        head.append(f" · {inert(v.speaker)}")
    if v.negation:
        head.append(f" · {inert(meaning_label(v, common))}", style="bold italic")
    wording = Text("\n")
    for n, (word, op) in enumerate(v.diff):
        if n:
            wording.append(" ")
        if op == "changed":
            wording.append(inert(word), style="reverse")
        elif op == "added":
            wording.append(inert(word), style="reverse underline")
        elif op == "left out":
            wording.append(inert(word), style="strike italic")
        else:
            wording.append(inert(word))
    return head + wording


class CompareScreen(Screen):
    """The versions of one quotation group (see ``stories.quotes.compare``)."""

    BINDINGS = [Binding("escape", "close", "Back")]
    # as the speaker screen's box (belreader.tcss); the header in the body colour:
    # muted greys fall below AA in some themes
    DEFAULT_CSS = """
    #compare-box {
        border: round $accent;
        border-title-color: $foreground;
        border-title-style: bold;
        padding: 0 1;
    }
    #compare-header { padding: 0 1; height: auto; max-height: 12; }
    #compare-list { height: 1fr; background: transparent; border: none; }
    """

    def __init__(self, index_dir: Path, group: int) -> None:
        super().__init__()
        self.index_dir, self.group = index_dir, group
        self.comparison = None

    def compose(self):
        with Vertical(id="compare-box") as box:
            box.border_title = "Quotation across outlets"
            yield Static("", id="compare-header")
            yield VersionList(id="compare-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        from ...stories import quotes
        from ...stories.reader import read_stories

        # a file being rebuilt or damaged reads as "no longer in the library", never a crash
        found = read_stories(
            self.index_dir, lambda r: quotes.compare(r.db, [self.group], cap=VERSIONS_CAP), []
        )
        lst = self.query_one(VersionList)
        if not found:
            self.query_one("#compare-header", Static).update(
                "This quotation is no longer in the library (synced since?)."
            )
            return
        c = self.comparison = found[0]
        if c.boilerplate:
            c.versions = c.versions[:BOILERPLATE_CAP]
        header = Text()
        header.append(f"“{inert(c.common)}”\n", style="bold")
        header.append(
            f"carried by {c.articles} articles · said by: "
            + inert(", ".join(c.speakers) or "no speaker found")
        )
        if c.boilerplate:
            header.append(
                f"\nboilerplate: in {c.articles} articles, a large share of the library;"
                f" the first {len(c.versions)} shown",
                style="italic",
            )
        elif len(c.versions) < c.articles:
            header.append(f"\nthe first {len(c.versions)} of {c.articles} shown", style="italic")
        if c.framing_differs:
            from ...stories.versions import framing_label

            header.append("\nframing differs: ", style="bold")
            header.append(
                inert(
                    "; ".join(f"{framing_label(v)} in {v.source or 'unknown'}" for v in c.versions)
                )
            )
        if c.meaning_differs:
            from ...stories.versions import meaning_label

            header.append("\nmeaning differs from the common version: ", style="bold")
            header.append(
                inert(
                    "; ".join(
                        f"{meaning_label(v, c.common)} in {v.source or 'unknown'}"
                        for v in c.versions
                        if v.negation
                    )
                )
            )
        self.query_one("#compare-header", Static).update(header)
        lst.add_options(
            [Option(version_text(v, c.common), id=f"version-{n}") for n, v in enumerate(c.versions)]
        )
        lst.highlighted = 0
        lst.focus()

    @on(OptionList.OptionSelected, "#compare-list")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        v = self.comparison.versions[int(event.option.id.split("-")[1])]
        # the main screen opens the article at the claim, as for the speaker screen
        self.dismiss(OpenClaim(v.article, v.start, v.end))

    def action_close(self) -> None:
        self.dismiss(None)
