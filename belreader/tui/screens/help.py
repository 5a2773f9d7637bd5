"""The help screen: every key binding, by pane, read from the widgets themselves so the
list cannot drift from what the keys do."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ...vocabulary import KIND_HELP


def _key_label(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    names = {
        "right_square_bracket": "]",
        "left_square_bracket": "[",
        "question_mark": "?",
        "slash": "/",
        "ctrl+p": "ctrl+p",
        "shift+tab": "shift+tab",
        "escape": "esc",  # as the footer writes it
    }
    return ", ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))


def bindings_table(sections: list[tuple[str, list]]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2), expand=True)
    table.add_column("key", style="bold", no_wrap=True)
    table.add_column("action")
    for title, bindings in sections:
        table.add_row(Text(title, style="bold underline"), "")
        seen = set()  # descriptions and keys: a screen and its list may bind one key twice
        for b in bindings:
            if not isinstance(b, Binding) or not b.description:
                continue
            label = _key_label(b)
            if b.description in seen or label in seen:
                continue
            seen.update((b.description, label))
            table.add_row(label, b.description)
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, sections: list[tuple[str, list]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self):
        with VerticalScroll(id="help-box") as box:
            box.border_title = "belreader · keys"
            box.border_subtitle = "esc to close"
            yield Static(
                Text(
                    "Search across outlets and spellings, read with hits highlighted, see who "
                    'said what, keep passages.\nQueries: AND OR NOT · "phrase" · prefix* · '
                    "title: source: speaker: author: · date:2024-08 · date:[2024-01 to 2024-06]\n"
                    f"Claims are marked {KIND_HELP}."
                ),
                id="help-intro",
            )
            yield Static(bindings_table(self.sections), id="help-keys")
