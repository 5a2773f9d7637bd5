"""Terminal safety: text from files, notes, imports and queries must never reach a
terminal as a control sequence (ESC/CSI cursor moves, OSC 52 clipboard writes, bells,
C1 controls such as U+009B, which some terminals read as CSI), nor as characters that
change what is shown without being seen: bidi overrides and isolates that reorder a line
(``evil\u202etxt.exe``), zero-width characters that hide inside a word.
Everything the CLI prints or writes and the app draws from such text goes through one of
the three functions here, at the output boundary:

* ``inert`` for running text (newlines and tabs kept);
* ``one_line`` for a field shown on one line (a file name, a title, a message): line
  breaks are shown as ``\\n`` so a name cannot forge a line of output;
* ``inert_json`` for JSON: the same characters written as ``\\uXXXX`` escapes, so the
  output is inert on a terminal and still decodes to the exact original (a path with
  odd characters must still name its file).

Markup-looking text needs no escaping here: the CLI prints plain text and the app builds
``rich.text.Text`` from plain strings.
"""

from __future__ import annotations

import json
import re

# C0 but tab and newline, DEL and C1; zero-width space/joiners, LRM/RLM, ALM, word
# joiner and the invisible operators, BOM; bidi embeddings, overrides and isolates
_UNSAFE_CHARS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u061c\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069"
)
_UNSAFE = re.compile(f"[{_UNSAFE_CHARS}]")
_LINE_BREAKS = re.compile("[\n\r\t\x0b\x0c\x85\u2028\u2029]")
# json.dumps escapes C0 itself; the rest of the set, and the line separators JSON keeps raw
_UNSAFE_IN_JSON = re.compile(f"[{_UNSAFE_CHARS}\u2028\u2029]")
_SHOWN_BREAKS = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def inert(text: object) -> str:
    """``text`` with control, bidi-control and zero-width characters removed (newline
    and tab kept); line and paragraph separators become newlines."""
    return _UNSAFE.sub("", str(text)).replace("\u2028", "\n").replace("\u2029", "\n")


def one_line(text: object) -> str:
    """``text`` made inert and kept on one line: line breaks and tabs shown as escapes
    (``\\n``), so that what follows cannot pass for a line of its own."""
    text = str(text)
    if _LINE_BREAKS.search(text):
        text = _LINE_BREAKS.sub(lambda m: _SHOWN_BREAKS.get(m.group(), "\\n"), text)
    return inert(text)


def inert_json(data: object, **dumps_options) -> str:
    """``json.dumps(data, ensure_ascii=False, ...)`` with every unsafe character written
    as a ``\\uXXXX`` escape: readable Cyrillic, nothing a terminal acts on, lossless."""
    text = json.dumps(data, ensure_ascii=False, **dumps_options)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
