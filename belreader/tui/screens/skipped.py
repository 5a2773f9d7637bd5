"""The files the last sync could not index, each with its reason (belreader/skipped.py)."""

from __future__ import annotations

from pathlib import PurePath

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...terminal import inert
from ..widgets.results import LIST_NAVIGATION


class SkippedList(OptionList):
    BINDINGS = LIST_NAVIGATION


class SkippedScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "Close")]

    def __init__(self, files) -> None:
        super().__init__()
        self.files = list(files)

    def compose(self):
        from ...skipped import summary

        with Vertical(id="skipped-box", classes="dialog") as box:
            box.border_title = "Skipped files"
            box.border_subtitle = "esc close"
            yield Static(
                Text(
                    f"{summary(self.files)}. They are not in the library; fix or remove them "
                    "and they are picked up at the next sync (ctrl+p → Sync now)."
                ),
                id="skipped-intro",
            )
            # the file's name first, then its folder: a long path cut at the dialog's
            # edge would lose the name, which is what the reader looks for
            options = [
                Option(
                    Text.assemble(
                        (inert(PurePath(f.path).name), "bold"),
                        "\n" + inert(f.reason),
                        ("\nin " + inert(str(PurePath(f.path).parent)), "dim"),
                        overflow="ellipsis",
                    )
                )
                for f in self.files
            ]
            yield SkippedList(*options, id="skipped-list")

    def on_mount(self) -> None:
        self.query_one(SkippedList).focus()

    def action_close(self) -> None:
        self.dismiss(None)
