"""Small modal dialogs: bookmark note/tags, confirmation, export."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static
from ...terminal import inert


def parse_tags(text: str) -> list[str]:
    """"nato, minsk #talks" -> ["nato", "minsk", "talks"]: commas or spaces, # optional."""
    parts = text.replace(",", " ").split()
    return [p.lstrip("#") for p in parts if p.lstrip("#")]


class BookmarkDialog(ModalScreen[tuple[str, list[str]] | None]):
    """Asks for an optional note and tags; enter saves, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, quote: str, *, note: str = "", tags: tuple[str, ...] = (), title: str = "Bookmark passage") -> None:
        super().__init__()
        self.quote = quote
        self.note = note
        self.tags = tags
        self.dialog_title = title

    def compose(self):
        with Vertical(id="dialog", classes="dialog") as box:
            box.border_title = self.dialog_title
            box.border_subtitle = "enter save · escape cancel"
            quote = inert(" ".join(self.quote.split()))
            yield Static(Text("“" + (quote if len(quote) < 400 else quote[:397] + "…") + "”", style="italic"), id="dialog-quote")
            yield Label("Note")
            yield Input(self.note, placeholder="optional note", id="note")
            yield Label("Tags")
            yield Input(" ".join(self.tags), placeholder="optional tags, e.g. nato talks", id="tags")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    @on(Input.Submitted)
    def save(self) -> None:
        note = self.query_one("#note", Input).value
        tags = parse_tags(self.query_one("#tags", Input).value)
        self.dismiss((note, tags))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    BINDINGS = [Binding("escape,n", "answer(False)", "No"), Binding("y", "answer(True)", "Yes")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self):
        with Vertical(classes="dialog") as box:
            box.border_title = "Confirm"
            yield Static(Text(inert(self.question)))
            with Horizontal(classes="buttons"):
                yield Button("Yes (y)", id="yes", variant="error")
                yield Button("No (n)", id="no")

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class ExportDialog(ModalScreen[tuple[str, str, Path] | None]):
    """Format, grouping and file for an export."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    FORMATS = (("md", "Markdown by article"), ("md-tag", "Markdown by tag"), ("csv", "CSV"), ("json", "W3C Web Annotation JSON"))

    def __init__(self, folder: Path, count: int) -> None:
        super().__init__()
        self.folder = folder
        self.count = count

    def compose(self):
        with Vertical(classes="dialog") as box:
            box.border_title = f"Export {self.count} bookmark{'s' * (self.count != 1)}"
            box.border_subtitle = "enter export · escape cancel"
            with RadioSet(id="format"):
                for i, (_key, label) in enumerate(self.FORMATS):
                    yield RadioButton(label, value=i == 0)
            yield Label("File")
            yield Input(str(self.folder / "bookmarks.md"), id="path")

    @on(RadioSet.Changed)
    def format_changed(self, event: RadioSet.Changed) -> None:
        key = self.FORMATS[event.index][0]
        ext = {"md": "md", "md-tag": "md", "csv": "csv", "json": "json"}[key]
        path_input = self.query_one("#path", Input)
        path_input.value = str(Path(path_input.value).with_suffix("." + ext))

    @on(Input.Submitted)
    def export(self) -> None:
        index = self.query_one(RadioSet).pressed_index
        key = self.FORMATS[max(index, 0)][0]
        fmt, group = ("md", "tag") if key == "md-tag" else (key, "article")
        self.dismiss((fmt, group, Path(self.query_one("#path", Input).value).expanduser()))

    def action_cancel(self) -> None:
        self.dismiss(None)
