"""The footer: the keys of the pane in focus, with help and quit always first so that
a narrow terminal never loses them (lazygit keeps its help key in view the same way)."""

from __future__ import annotations

from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ALWAYS_SHOWN = ("help", "quit")


class KeyFooter(Footer):
    def compose(self):
        children = list(super().compose())
        first = [c for c in children if isinstance(c, FooterKey) and c.action in ALWAYS_SHOWN]
        first.sort(key=lambda c: ALWAYS_SHOWN.index(c.action))
        yield from first + [c for c in children if c not in first]
