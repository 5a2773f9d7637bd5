"""The search bar: the query input and the line under it (errors, suggestions)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static
from ...terminal import inert


class QueryInput(Input):
    BINDINGS = [Binding("down", "app.focus_results", "Results", show=False)]


class SearchBar(Vertical):
    def compose(self):
        yield QueryInput(
            placeholder="Search: Lukashenka NATO · \"exact phrase\" · negotiat* · speaker:putin · date:2024-08  (enter: results)",
            id="query",
        )
        yield Static("", id="query-message")

    def say(self, message: str = "", *, error: bool = False) -> None:
        line = self.query_one("#query-message", Static)
        line.set_class(error, "-error")
        line.update(Text(inert(message)))
        line.display = bool(message)
