"""Bytes -> clean text: decoding, terminal sanitising, binary detection."""

from __future__ import annotations

import re
import unicodedata

from ..terminal import inert

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LETTER_RE = re.compile(r"[^\W\d_]")



def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes -> text: UTF-8 (with or without BOM), else cp1251 or latin-1, with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # cp1251 decodes nearly any byte string, so take it only when the result reads as
    # Cyrillic; otherwise latin-1, which never fails.
    try:
        text = data.decode("cp1251")
        letters = _LETTER_RE.findall(text[:20000])
        if letters and len(_CYRILLIC_RE.findall(text[:20000])) / len(letters) > 0.5:
            return text, ["not UTF-8: decoded as cp1251 (Cyrillic)"]
    except UnicodeDecodeError:
        pass
    return data.decode("latin-1"), ["not UTF-8: decoded as latin-1"]


# ANSI/VT sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other ESC pairs
_ESCAPE_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b[@-_]?"
)
# C0 and C1 controls except tab and newline, DEL, and bidi overrides/isolates that can
# make displayed text lie about its order.
_NONCHARACTERS_RE = re.compile(r"[\ufffe\uffff]")


def sanitise(text: str) -> str:
    """Strip terminal escape sequences and control characters; normalise newlines.

    Markup-looking text (``[bold]``) is content and is kept as typed: the app and the
    CLI print it literally.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # every escape sequence starts with ESC or CSI: most texts have neither, and the
    # substring tests are much cheaper than the regex scans
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_RE.sub("", text)
    text = inert(text)
    if "\ufffe" in text or "\uffff" in text:
        text = _NONCHARACTERS_RE.sub("", text)
    # lone surrogates (from surrogateescape'd input) cannot be encoded anywhere
    text = text.encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFC", text)


# Every byte value except the control characters that text files do not contain (tab,
# LF, VT, FF, CR and ESC are text): deleting these from a buffer leaves its controls, so
# bytes.translate counts them in C.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32 and b != 27))


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    # a stray NUL or two is damage in a text file (stripped later); many are a binary
    # file, or UTF-16, which is not an article format we accept
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    return head.count(0) / len(head) > 0.01 or controls / len(head) > 0.1
