"""The app's shape (issue 16): widgets post messages rather than naming app actions,
messages are dataclasses kept in tui/messages.py, the index lock stays inside the
Workspace, and no module grows past 600 lines."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from pathlib import Path

from textual.binding import Binding
from textual.message import Message
from textual.message_pump import MessagePump

import belreader.tui

TUI = Path(belreader.tui.__file__).parent


def tui_modules():
    for info in pkgutil.walk_packages([str(TUI)], "belreader.tui."):
        yield importlib.import_module(info.name)


def own_classes(module):
    return [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj) and obj.__module__ == module.__name__
    ]


def nested_classes(cls):
    return [obj for obj in vars(cls).values() if inspect.isclass(obj)]


def test_every_message_is_a_dataclass_in_messages_py():
    found = []
    for module in tui_modules():
        for cls in own_classes(module):
            for candidate in [cls, *nested_classes(cls)]:
                if issubclass(candidate, Message):
                    found.append((module.__name__, candidate))
    assert found
    elsewhere = [f"{m}.{c.__qualname__}" for m, c in found if m != "belreader.tui.messages"]
    assert elsewhere == [], "messages belong in belreader/tui/messages.py"
    not_dataclasses = [c.__qualname__ for _, c in found if not dataclasses.is_dataclass(c)]
    assert not_dataclasses == []


def test_widgets_and_screens_name_no_app_action():
    """A widget says what the user asked for (a message); which screen or app method
    does it is not the widget's business. Textual's own app actions are fine."""
    textual_own = {"app.focus_next", "app.focus_previous", "app.quit", "app.command_palette"}
    named = []
    for module in tui_modules():
        if module.__name__ == "belreader.tui.app":
            continue
        for cls in own_classes(module):
            if not issubclass(cls, MessagePump):
                continue
            for binding in vars(cls).get("BINDINGS", []):
                if (
                    isinstance(binding, Binding)
                    and binding.action.startswith("app.")
                    and binding.action.split("(")[0] not in textual_own
                ):
                    named.append(f"{cls.__qualname__}: {binding.key} → {binding.action}")
    assert named == []


def test_the_app_holds_no_lock():
    """The index lock lives in belreader/workspace.py; screens get the Workspace."""
    holders = [
        str(path.relative_to(TUI))
        for path in TUI.rglob("*.py")
        if "Lock(" in path.read_text("utf-8") or "index_lock" in path.read_text("utf-8")
    ]
    assert holders == []


def test_no_app_module_is_over_600_lines():
    sizes = {
        str(path.relative_to(TUI)): len(path.read_text("utf-8").splitlines())
        for path in TUI.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > 600} == {}
    assert sizes["app.py"] < 250  # the App only loads settings and shows screens
