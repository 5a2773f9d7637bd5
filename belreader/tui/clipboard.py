"""Copying to the system clipboard (OSC 52, through the terminal) and opening links,
with a word on where either cannot work: Terminal.app, tmux, screen, ssh."""

from __future__ import annotations

import os
import sys

from textual.app import App


def copy_citation(app: App, text: str) -> None:
    """A passage with its citation to the clipboard; the app keeps it as last_copied."""
    app.last_copied = text  # type: ignore[attr-defined]
    app.copy_to_clipboard(text)
    caveat = clipboard_caveat()
    if caveat:
        app.notify(
            f"Sent to the clipboard with OSC 52, but {caveat}", severity="warning", timeout=8
        )
    else:
        app.notify("Copied the passage with its citation")


def open_link(app: App, url: str) -> None:
    """newsboat's `o`: the URL in the browser, or on screen (and in the clipboard)
    where no browser can be started, as over ssh."""
    if browser_reachable():
        import webbrowser

        try:
            if webbrowser.open(url):
                app.notify(f"Opened in the browser: {url}")
                return
        except Exception:  # a broken browser setup: fall back to printing the URL
            pass
    app.copy_to_clipboard(url)
    app.last_copied = url  # type: ignore[attr-defined]
    app.notify(
        f"{url}\n(no browser can be started here; the link is in the clipboard via OSC 52)",
        title="Source",
        timeout=20,
    )


def browser_reachable() -> bool:
    """Whether a graphical browser can be started from here. Over ssh, or on a Linux
    console without a display, webbrowser would pick a text browser that takes over
    this terminal (or fail): print the URL instead."""
    if os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"):
        return False
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def clipboard_caveat() -> str | None:
    """Why OSC 52 may not reach the system clipboard here, when we can tell."""
    if os.environ.get("TERM_PROGRAM") == "Apple_Terminal":
        return "Terminal.app ignores OSC 52: the clipboard was not changed."
    if os.environ.get("TMUX"):
        return "inside tmux it only arrives with `set -g set-clipboard on`."
    if os.environ.get("STY"):
        return "GNU screen does not pass OSC 52 on: the clipboard was probably not changed."
    if os.environ.get("TERM", "") in ("linux", "dumb"):
        return "this terminal has no clipboard support: the clipboard was not changed."
    return None
