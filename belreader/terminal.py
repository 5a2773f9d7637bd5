"""Terminal safety: text from files, notes, imports and queries must never reach a
terminal as a control sequence (ESC/CSI cursor moves, OSC 52 clipboard writes, bells,
bidi overrides that reorder what is shown). Everything the CLI prints and the app
draws from such text goes through ``inert``. Markup-looking text needs no escaping
here: the CLI prints plain text and the app builds ``rich.text.Text`` from plain strings.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: object) -> str:
    """``text`` with control characters (except newline and tab) removed."""
    return _UNSAFE.sub("", str(text))
