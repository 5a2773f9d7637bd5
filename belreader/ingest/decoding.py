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
    # UTF-8 with a few damaged bytes (a cut multi-byte character, a stray byte) is still
    # UTF-8: read as cp1251 it would turn every Cyrillic letter into two wrong ones
    text = data.decode("utf-8", "replace")
    damaged = text.count("\ufffd")
    # characters that did decode as multi-byte UTF-8: a latin-1 or cp1251 file has none
    valid = len(text) - len(text.encode("ascii", "ignore")) - damaged
    if valid >= 10 * damaged and damaged <= max(3, valid // 200):
        return text, [f"not valid UTF-8: {damaged} damaged byte sequence(s) replaced with \ufffd"]
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
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 9 or (13 < b < 32 and b != 27)))


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    # a stray NUL or two is damage in a text file (stripped later); many are a binary
    # file, or UTF-16, which is not an article format we accept
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    return head.count(0) / len(head) > 0.01 or controls / len(head) > 0.1


# Files that are not text whatever their name says, by their first bytes.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)


def sniff_binary(data: bytes) -> str | None:
    """What a binary file really is ("a PDF document"), or None for anything else."""
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[4:12] in (b"ftypavif", b"ftypheic", b"ftypmif1"):
        return "an AVIF/HEIC image"
    return None


def refuse_binary(data: bytes, kind: str) -> None:
    """Raise IngestError when ``data`` is a known binary format or reads as binary."""
    from .model import IngestError

    what = sniff_binary(data)
    if what:
        raise IngestError(f"not {kind}: the file is {what}")
    if looks_binary(data):
        raise IngestError(f"not {kind}: binary data")
