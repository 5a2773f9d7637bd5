"""The search bar: the query input and the line under it (errors, suggestions)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from ...terminal import inert
from ..messages import AcceptSuggestion, FocusResults

# the most useful first: a narrow terminal cuts the end
PLACEHOLDER = 'Search: words "a phrase" negotiat* speaker:putin date:2024-08'


class QueryInput(Input):
    BINDINGS = [
        Binding("down", "focus_results", "Results", show=False),
        # tab takes a "Did you mean" suggestion when there is one, else moves on
        Binding("tab", "accept_suggestion", "Accept suggestion", show=False),
    ]

    def action_focus_results(self) -> None:
        self.post_message(FocusResults())

    def action_accept_suggestion(self) -> None:
        self.post_message(AcceptSuggestion())


class SearchBar(Vertical):
    def compose(self):
        yield QueryInput(
            placeholder=PLACEHOLDER,
            id="query",
        )
        yield Static("", id="query-message")

    def say(self, message: str = "", *, error: bool = False) -> None:
        line = self.query_one("#query-message", Static)
        line.set_class(error, "-error")
        line.update(Text(inert(message)))
        line.display = bool(message)
