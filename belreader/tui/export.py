"""Writing bookmarks out (Markdown, JSON, W3C annotations: bookmarks/export.py makes the
text), with each one's URL and speaker read from the index."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from ..vocabulary import plural
from ..workspace import Workspace


def export_bookmarks(
    app: App, workspace: Workspace, marks: list, fmt: str, group: str, path: Path
) -> None:
    from ..bookmarks import export_text

    out = export_text(marks, fmt, group_by=group, provenance=workspace.provenance(marks))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out, "utf-8")
    except OSError as exc:
        app.notify(f"Export failed: {exc.strerror or exc}", severity="error")
        return
    app.notify(f"Exported {plural(len(marks), 'bookmark')} to {path}")
