"""The footer: the keys of the pane in focus, with help and quit always first so that
a narrow terminal never loses them (lazygit keeps its help key in view the same way).
Below ``COMPACT_WIDTH`` columns the keys are drawn compact with one-word labels, search
right after help and quit, and the keys that still do not fit are left out whole from
the end (the palette hint first, then the app's own keys such as the timeline): an
80-column article shows / c B o instead of cutting them off mid-word. ``?`` lists every
key."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from ..layout import COMPACT_WIDTH

ALWAYS_SHOWN = ("help", "quit")
# after help and quit in a narrow footer: search is one key away from every pane
NARROW_FIRST = ("focus_search",)

# the label a key gets in a narrow footer (the help screen keeps the full words)
SHORT_LABELS = {
    "Next/prev hit": "hit",
    "Next/prev claim": "claim",
    "Bookmark": "mark",
    "Bookmarks": "marks",
    "Open source": "link",
    "Claims pane": "claims",
    "Compact/full": "view",
    "Go to claim": "go",
    "Open at claim": "open",
    "All by speaker": "speaker",
    "Filter to period": "filter",
    "Go to period": "go",
    "All dates": "all",
}


class KeyFooter(Footer):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._narrow: bool | None = None

    def compose(self):
        narrow = self.app.size.width < COMPACT_WIDTH
        self._narrow = narrow
        self.compact = narrow
        children = list(super().compose())
        first = [c for c in children if isinstance(c, FooterKey) and c.action in ALWAYS_SHOWN]
        first.sort(key=lambda c: ALWAYS_SHOWN.index(c.action))
        if not narrow:
            yield from first + [c for c in children if c not in first]
            return
        keys = [c for c in children if isinstance(c, FooterKey)]
        for key in keys:
            key.description = SHORT_LABELS.get(key.description, key.description.lower())
        first += [c for c in keys if c.action in NARROW_FIRST]
        palette = [c for c in keys if c.has_class("-command-palette")]
        rest = [c for c in children if c not in first and c not in palette]
        yield from _fitting(first + rest + palette, self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        if self._narrow is not None and (self.app.size.width < COMPACT_WIDTH) != self._narrow:
            self.call_after_refresh(self.recompose)


def _width(key) -> int:
    """Cells a compact key takes: "k label" and the gap after it (the palette hint
    has a separator too)."""
    if not isinstance(key, FooterKey):
        return 0
    extra = 2 if key.has_class("-command-palette") else 1
    return Text(f"{key.key_display} {key.description}").cell_len + extra


def _fitting(keys: list, width: int) -> list:
    """``keys`` (most important first) without those from the end that overflow."""
    kept, used = [], 0
    for key in keys:
        used += _width(key)
        if used > width:
            break
        kept.append(key)
    return kept
