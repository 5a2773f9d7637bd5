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

# quotation marks a passage may open or close with: a claim is kept with its own marks
QUOTE_MARKS = "\"'“”„«»‘’‚"


def quoted(passage: str, limit: int) -> str:
    """A kept passage on one line in “…”, cut to ``limit`` characters; its own
    quotation marks (a quoted claim keeps them) are not doubled: “"We will…,"”."""
    text = " ".join(passage.split())
    if len(text) > 1 and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS:
        text = text[1:-1].rstrip(",")  # the comma that led into "…," he said
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{text}”"


def parse_tags(text: str) -> list[str]:
    """ "nato, minsk #talks" -> ["nato", "minsk", "talks"]: commas or spaces, # optional."""
    parts = text.replace(",", " ").split()
    return [p.lstrip("#") for p in parts if p.lstrip("#")]


class BookmarkDialog(ModalScreen[tuple[str, list[str]] | None]):
    """Asks for an optional note and tags; enter saves, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        quote: str,
        *,
        note: str = "",
        tags: tuple[str, ...] = (),
        title: str = "Bookmark passage",
    ) -> None:
        super().__init__()
        self.quote = quote
        self.note = note
        self.tags = tags
        self.dialog_title = title

    def compose(self):
        with Vertical(id="dialog", classes="dialog") as box:
            box.border_title = self.dialog_title
            box.border_subtitle = "enter save · esc cancel"
            yield Static(Text(quoted(inert(self.quote), 400), style="italic"), id="dialog-quote")
            yield Label("Note")
            yield Input(self.note, placeholder="optional note", id="note")
            yield Label("Tags")
            yield Input(
                " ".join(self.tags), placeholder="optional tags, e.g. nato talks", id="tags"
            )

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
    """Format, grouping and file for an export. Enter exports from any field (on the
    format list it takes the highlighted format); an existing file is never replaced
    without asking."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "export", "Export", priority=True),
    ]
    FORMATS = (
        ("md", "Markdown by article"),
        ("md-tag", "Markdown by tag"),
        ("csv", "CSV"),
        ("json", "W3C Web Annotation JSON"),
    )
    SUFFIX = {"md": "md", "md-tag": "md", "csv": "csv", "json": "json"}

    def __init__(self, folder: Path, count: int) -> None:
        super().__init__()
        self.folder = folder
        self.count = count

    def compose(self):
        with Vertical(classes="dialog") as box:
            box.border_title = f"Export {self.count} bookmark{'s' * (self.count != 1)}"
            box.border_subtitle = "enter export · esc cancel"
            with RadioSet(id="format"):
                for i, (_key, label) in enumerate(self.FORMATS):
                    yield RadioButton(label, value=i == 0)
            yield Label("File")
            yield Input(str(self.folder / "bookmarks.md"), id="path")

    def _format_index(self) -> int:
        radios = self.query_one(RadioSet)
        if self.focused is radios and radios._selected is not None:
            return radios._selected  # the highlighted one: what enter on the list means
        return max(radios.pressed_index, 0)

    def _set_suffix(self, key: str) -> None:
        path_input = self.query_one("#path", Input)
        path = Path(path_input.value)
        if path.suffix.lstrip(".") in set(self.SUFFIX.values()) or not path.suffix:
            path_input.value = str(path.with_suffix("." + self.SUFFIX[key]))

    @on(RadioSet.Changed)
    def format_changed(self, event: RadioSet.Changed) -> None:
        self._set_suffix(self.FORMATS[event.index][0])

    def action_export(self) -> None:
        index = self._format_index()
        radios = self.query_one(RadioSet)
        if radios.pressed_index != index:
            radios._nodes[index].value = True
        key = self.FORMATS[index][0]
        self._set_suffix(key)
        fmt, group = ("md", "tag") if key == "md-tag" else (key, "article")
        raw = self.query_one("#path", Input).value.strip()
        if not raw:
            self.notify("Give a file name to export to.", severity="warning")
            return
        path = Path(raw).expanduser()
        if path.is_dir():
            self.notify(f"{path} is a folder: give a file name.", severity="warning")
            return
        if not path.exists():
            self.dismiss((fmt, group, path))
            return

        def answer(replace: bool | None) -> None:
            if replace:
                self.dismiss((fmt, group, path))
                return
            free = dated_name(path)
            self.query_one("#path", Input).value = str(free)
            self.notify(f"Kept {path.name}; enter exports to {free.name} instead.")

        self.app.push_screen(ConfirmDialog(f"{path} already exists. Replace it?"), answer)

    def action_cancel(self) -> None:
        self.dismiss(None)


def dated_name(path: Path, today=None) -> Path:
    """A name beside ``path`` that does not exist yet: bookmarks-2024-08-27.md, then -2, -3…"""
    from datetime import date

    stem = f"{path.stem}-{(today or date.today()).isoformat()}"
    candidate = path.with_name(stem + path.suffix)
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}-{n}{path.suffix}")
        n += 1
    return candidate
