"""The bookmarks screen: every kept passage with its article, source, date, note and
tags; filter as you type; open, edit, delete (with undo), copy and export. Orphans —
passages whose article changed beyond recognition or was deleted — are listed apart,
with their saved text."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ...bookmarks import BookmarkStoreError
from ...terminal import inert
from ..clipboard import copy_citation
from ..export import export_bookmarks
from ..messages import OpenBookmark, ReattachBookmark
from ..widgets.footer import KeyFooter
from ..widgets.results import LIST_NAVIGATION
from .dialogs import BookmarkDialog, ConfirmDialog, ExportDialog, quoted


class BookmarkList(OptionList):
    BINDINGS = LIST_NAVIGATION + [
        Binding("enter", "select", "Open"),
        # short words: at 80 columns the footer has room for about eight keys
        Binding("x", "screen.export", "Export"),
        Binding("e", "screen.edit", "Edit"),
        Binding("d", "screen.delete", "Delete"),
        Binding("u", "screen.undo", "Undo"),
        Binding("y", "screen.copy", "Copy"),
        Binding("a", "screen.reattach", "Re-attach"),
    ]


class BookmarksScreen(Screen):
    """Dismissed with where to go next (OpenBookmark, ReattachBookmark), or None."""

    BINDINGS = [
        Binding("escape,B", "close", "Back"),
        Binding("slash", "focus_filter", "Filter", key_display="/"),
        Binding("u", "undo", "Undo delete", show=False),
        Binding("x", "export", "Export", show=False),
    ]

    def __init__(self, workspace, *, export_dir) -> None:
        super().__init__()
        self.workspace = workspace
        self.store = workspace.store
        self.export_dir = export_dir
        self.marks: list = []
        self.deleted: list = []

    def compose(self):
        with Vertical(id="bookmarks-box") as box:
            box.border_title = "Bookmarks"
            box.border_subtitle = "enter open · / filter · esc back"
            yield Input(placeholder="Filter by text, note, #tag or source", id="bookmark-filter")
            yield Static("", id="bookmarks-header")
            yield BookmarkList(id="bookmark-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.refresh_list()
        self.query_one(BookmarkList).focus()

    # -- listing ---------------------------------------------------------------------
    def refresh_list(self, keep: str | None = None) -> None:
        text = self.query_one("#bookmark-filter", Input).value.strip()
        tag = text[1:] if text.startswith("#") and " " not in text else None
        try:
            if tag:
                marks = self.store.list(tag=tag)
            else:
                from ...bookmarks import filter_bookmarks

                marks = filter_bookmarks(self.store.list(), text, self.workspace.aliases())
        except BookmarkStoreError as exc:  # pages damaged past what opening checks
            self.notify(inert(str(exc)), severity="error")
            marks = []
        placed = [m for m in marks if m.anchor != "orphan"]
        orphans = [m for m in marks if m.anchor == "orphan"]
        self.marks = placed + orphans
        lst = self.query_one(BookmarkList)
        lst.clear_options()
        options: list[Option] = []
        for m in placed:
            options.append(self._option(m))
        if orphans:
            options.append(
                Option(
                    Text(f"Orphaned — article changed or deleted ({len(orphans)})", style="bold"),
                    disabled=True,
                )
            )
            options.extend(self._option(m) for m in orphans)
        lst.add_options(options)
        header = f"{len(placed)} bookmark{'s' * (len(placed) != 1)}"
        if not marks and not text:
            header += " · in an article, b keeps the passage under the cursor"
        if orphans:
            header += f" · {len(orphans)} orphaned"
        if text:
            header += f" · filter: {inert(text)}"
        if self.store.read_only:
            header += " · read-only"
        self.query_one("#bookmarks-header", Static).update(Text(header))
        if options:
            index = 0
            if keep:
                for i, opt in enumerate(options):
                    if opt.id == keep:
                        index = i
            lst.highlighted = (
                index if not options[index].disabled else min(index + 1, len(options) - 1)
            )

    def _option(self, m) -> Option:
        text = Text()
        text.append(quoted(inert(m.exact), 200))
        when = m.date or "undated"
        text.append(inert(f"\n{m.title} · {m.source or 'unknown'} · {when}"), style="italic")
        if m.note or m.tags:
            line = Text("\n")
            if m.note:
                line.append(inert(" ".join(m.note.split())[:200]), style="italic")
            if m.tags:
                line.append(inert("  " + " ".join(f"#{t}" for t in m.tags)), style="bold")
            text.append_text(line)
        return Option(text, id=m.id)

    def _current(self):
        lst = self.query_one(BookmarkList)
        if lst.highlighted is None:
            return None
        option = lst.get_option_at_index(lst.highlighted)
        return next((m for m in self.marks if m.id == option.id), None)

    @on(Input.Changed, "#bookmark-filter")
    def filter_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#bookmark-filter")
    def filter_done(self) -> None:
        self.query_one(BookmarkList).focus()

    @on(OptionList.OptionSelected, "#bookmark-list")
    def open_bookmark(self, event: OptionList.OptionSelected) -> None:
        mark = next((m for m in self.marks if m.id == event.option.id), None)
        if mark is None:
            return
        if mark.anchor == "orphan":
            self.notify(
                "This passage lost its place (article changed or deleted): a re-attaches it, d deletes it.",
                severity="warning",
            )
            return
        self.dismiss(OpenBookmark(mark))

    # -- actions ---------------------------------------------------------------------
    def action_close(self) -> None:
        self.app.pop_screen()

    def action_focus_filter(self) -> None:
        self.query_one("#bookmark-filter", Input).focus()

    def _writable(self) -> bool:
        if self.store.read_only:
            self.notify(
                "The bookmarks database is read-only: changes are not possible.", severity="error"
            )
            return False
        return True

    def action_edit(self) -> None:
        mark = self._current()
        if mark is None or not self._writable():
            return

        def done(result) -> None:
            if result is None:
                return
            note, tags = result
            self.store.update(mark.id, note=note, tags=tags)
            self.refresh_list(keep=mark.id)
            self.notify("Bookmark updated")

        self.app.push_screen(
            BookmarkDialog(mark.exact, note=mark.note, tags=mark.tags, title="Edit bookmark"), done
        )

    def action_delete(self) -> None:
        mark = self._current()
        if mark is None or not self._writable():
            return

        def done(yes: bool | None) -> None:
            if yes:
                self.deleted.append(self.store.delete(mark.id))
                self.refresh_list()
                self.notify("Bookmark deleted — u to undo")

        self.app.push_screen(ConfirmDialog(f"Delete the bookmark {quoted(mark.exact, 80)}?"), done)

    def action_undo(self) -> None:
        if not self.deleted:
            self.notify("Nothing to undo")
            return
        if not self._writable():
            return
        mark = self.deleted.pop()
        self.store.restore(mark)
        self.refresh_list(keep=mark.id)
        self.notify("Bookmark restored")

    def action_reattach(self) -> None:
        mark = self._current()
        if mark is None:
            return
        if mark.anchor != "orphan":
            self.notify("Only orphaned bookmarks need re-attaching.")
            return
        if not self._writable():
            return
        self.dismiss(ReattachBookmark(mark))

    def action_copy(self) -> None:
        from ...bookmarks import Provenance, citation_text

        mark = self._current()
        if mark is not None:
            origin = self.workspace.provenance([mark]).get(mark.id, Provenance())
            copy_citation(
                self.app,
                citation_text(
                    mark.exact, title=mark.title, source=mark.source, date=mark.date, origin=origin
                ),
            )

    def action_export(self) -> None:
        if not self.marks:
            self.notify("No bookmarks to export")
            return

        def done(result) -> None:
            if result is None:
                return
            fmt, group, path = result
            export_bookmarks(self.app, self.workspace, self.marks, fmt, group, path)

        self.app.push_screen(ExportDialog(self.export_dir, len(self.marks)), done)
