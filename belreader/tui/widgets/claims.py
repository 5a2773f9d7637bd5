"""The claims pane: the article's claims grouped by speaker, each with its cue, kind and
a hedge marker. Choosing one scrolls the article to it."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...terminal import inert
from ...vocabulary import KIND_LABEL, cue_text
from ..messages import (
    BookmarkPassage,
    ClaimSelected,
    CompareClaim,
    CopyPassage,
    ShowSpeakerClaims,
)
from ..styles import component_style
from .results import LIST_NAVIGATION

NO_ARTICLE_HINT = (
    "Open an article to see who said what in it: each speaker's quotes, reported speech "
    "and mixed claims (a paraphrase with quoted words), with the reporting verb. "
    "enter on a claim jumps to it; s lists all by that speaker."
)


class ClaimsPane(OptionList):
    BINDINGS = LIST_NAVIGATION + [
        Binding("enter", "select", "Go to claim"),
        Binding("s", "speaker_claims", "All by speaker"),
        Binding("b", "bookmark", "Bookmark"),
        Binding("y", "copy_passage", "Copy"),
        Binding("m", "compare", "Compare outlets", show=False),  # the claim says "m compares"
    ]
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "claims--speaker",
        "claims--cue",
        "claims--hedge",
        "claims--quote",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.claims: list = []
        self._option_of_claim: dict[int, int] = {}
        # stories (issue 19): {claim index: Carried}, the claims other articles carry too
        self.carried: dict = {}
        self.article_id: str | None = None

    def show_hint(self) -> None:
        """Before an article is open: say what this pane will hold."""
        self.claims = []
        self.carried, self.article_id = {}, None
        self._option_of_claim = {}
        self.clear_options()
        self.add_option(Option(Text(NO_ARTICLE_HINT, style="italic"), disabled=True))

    def show_claims(self, claims: list, article_id: str | None = None) -> None:
        """``article_id`` (when given) looks up which claims other articles carry."""
        self.article_id = article_id
        self.carried = _carried(self.app, article_id) if article_id is not None else {}
        self.claims = list(claims)
        self.clear_options()
        self._option_of_claim = {}
        if not claims:
            self.add_option(
                Option(
                    Text("No attributed statements found in this article.", style="italic"),
                    disabled=True,
                )
            )
            return
        groups: dict[str, list[int]] = {}
        for i, c in enumerate(claims):
            groups.setdefault(c.speaker or "unattributed", []).append(i)
        speaker_style = component_style(self, "claims--speaker")
        cue_style = component_style(self, "claims--cue")
        hedge_style = component_style(self, "claims--hedge")
        quote_style = component_style(self, "claims--quote")
        options: list[Option | None] = []
        # speakers in order of first appearance in the article
        for speaker, members in groups.items():
            options.append(
                Option(
                    Text(f"{inert(speaker)} ({len(members)})", style=speaker_style), disabled=True
                )
            )
            for i in members:
                c = claims[i]
                line = claim_heading(c, cue_style, hedge_style)
                quote = inert(" ".join(c.text.split()))
                line.append(
                    "\n" + (quote if len(quote) <= 220 else quote[:217] + "…"), style=quote_style
                )
                if i in self.carried:
                    line.append("\n" + also_in(self.carried[i]), style=cue_style)
                self._option_of_claim[i] = sum(1 for o in options if o is not None)
                options.append(Option(line, id=f"claim-{i}"))
                options.append(None)  # a divider after each claim: entries never run together
        self.add_options(options)

    def restyle(self) -> None:
        """Draw the claims again in the current theme's colours, keeping the place."""
        if not self.claims:
            return  # the hint or "none found": plain text, nothing themed
        highlighted = self.highlighted
        self.show_claims(self.claims, self.article_id)
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def on_focus(self) -> None:
        # arriving in the pane lands on a claim, not on a speaker heading
        if self.claim_at(self.highlighted) is None and self._option_of_claim:
            self.highlighted = min(self._option_of_claim.values())

    def mark(self, claim_index: int | None) -> None:
        """Highlight the claim the article is on, without taking focus."""
        if claim_index is None or claim_index not in self._option_of_claim:
            return
        self.highlighted = self._option_of_claim[claim_index]

    def claim_at(self, option_index: int | None) -> int | None:
        for claim, opt in self._option_of_claim.items():
            if opt == option_index:
                return claim
        return None

    def action_compare(self) -> None:
        """The highlighted claim's quotation across the articles that carry it."""
        self.compare(self.claim_at(self.highlighted))

    def compare(self, index: int | None) -> None:
        """Claim ``index``'s quotation across the articles that carry it, or a notice
        saying why not."""
        if index is None:
            self.app.notify("Highlight a claim first: m compares it across outlets.")
            return
        carried = self.carried.get(index)
        if carried is None:
            self.app.notify("No other article in the library carries this quotation.")
            return
        self.post_message(CompareClaim(carried.group))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        claim = self.claim_at(event.option_index)
        if claim is not None:
            self.post_message(ClaimSelected(claim))

    def action_speaker_claims(self) -> None:
        self.post_message(ShowSpeakerClaims())

    def action_bookmark(self) -> None:
        self.post_message(BookmarkPassage())

    def action_copy_passage(self) -> None:
        self.post_message(CopyPassage())


def claim_heading(claim, cue_style, hedge_style) -> Text:
    """ "said · quote · as “He” · via Belta  ⚠ reportedly": the cue, the kind, the
    mention, the source that relayed the words, the hedges. A distancing cue
    ("claimed") is itself one of the hedges: it is marked where it stands (⚠ claimed ·
    quote) rather than named twice."""
    cue = cue_text(claim.cue)
    others = [h for h in claim.hedges if h.casefold() != cue.casefold()] if claim.hedged else []
    line = Text()
    if claim.hedged and len(others) < len(claim.hedges):
        line.append("⚠ ", style=hedge_style)
    line.append(f"{cue} · {KIND_LABEL.get(claim.kind, claim.kind)}", style=cue_style)
    if claim.shown_mention:
        line.append(f" · as “{inert(claim.shown_mention)}”", style=cue_style)
    if claim.via:
        line.append(f" · via {inert(claim.via)}", style=cue_style)
    if others:
        line.append("  ⚠ " + ", ".join(others), style=hedge_style)
    return line


# -- stories (issue 19) -----------------------------------------------------------------
def also_in(carried) -> str:
    """ "↔ also in 3 articles: Tabloid, Farm, Agency · m compares"."""
    outlets = ", ".join(carried.outlets[:3]) + (", …" if len(carried.outlets) > 3 else "")
    n = carried.articles
    note = " · boilerplate" if carried.boilerplate else ""
    return inert(f"↔ also in {n} article{'s' * (n != 1)}: {outlets}{note} · m compares")


def _carried(app, article_id: str) -> dict:
    """{claim index: Carried} from the library's stories.sqlite3 ({} when it has none)."""
    from ...stories.quotes import carried_elsewhere
    from ...stories.reader import read_stories

    library = getattr(app, "library", None)
    if library is None:
        return {}
    return read_stories(library.index_dir, lambda r: carried_elsewhere(r.db, article_id), {})
