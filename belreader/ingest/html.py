"""Saved web pages (.html, .htm, .mhtml) -> Article, through trafilatura.

trafilatura (with htmldate for dates) is the reference for main-text extraction: in its
own and third-party benchmarks it beats readability-lxml, jusText alone and goose3 on
precision and recall, it reads the metadata a news page states (og:/article: tags,
JSON-LD, canonical link, author and site name), it is maintained, and it needs only
lxml. newspaper4k does similar work but pulls in nltk and more. Its import costs ~0.5 s,
so it is imported here, inside the function, and only when a page is read: never at
app start or for a search (tests/test_ingest_formats.py checks sys.modules).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from .dates import parse_date_time
from .decoding import decode, refuse_binary, sanitise
from .model import MAX_FILE_BYTES, Article, IngestError, _Meta
from .text import article_from_text

# A saved page carries scripts, styles and inline images that can be tens of MB around
# a few KB of story: those are cut before parsing, and the limit holds for the rest.
MAX_PAGE_BYTES = 64 * 1024 * 1024
_HEAVY_RE = re.compile(
    # scripts go, except JSON-LD, where news pages state their date and author
    rb"<(script|style|svg|noscript|template)\b(?![^>]*application/ld\+json)[^>]*>.*?</\1\s*>"
    rb"|\bsrc=[\"']data:[^\"']*[\"']"
    rb"|\burl\(data:[^)]*\)",
    re.I | re.S,
)
_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.I)
_TAG_RE = re.compile(r"<[^>]{0,500}>")


def strip_tags(text: str) -> str:
    """Markup in a metadata field (a feed's title, a JSON dump's HTML body) -> text."""
    import html as html_lib

    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    return " ".join(html_lib.unescape(text).split())


def decode_page(data: bytes) -> tuple[str, list[str]]:
    """The bytes of a page -> text. A page that is valid UTF-8 is UTF-8 whatever it
    declares; one that is not is read in its declared charset, and when that fails too
    (cp1251 labelled UTF-8, a common CMS fault) by the text file rules, with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), []
    m = _META_CHARSET_RE.search(data[:4096])
    declared = m.group(1).decode("ascii", "replace").lower() if m else None
    try:
        return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if declared and declared.replace("-", "").replace("_", "") not in ("utf8", "unicode"):
        try:
            return data.decode(declared), []
        except (LookupError, UnicodeDecodeError):
            pass
    text, warnings = decode(data)
    if declared:
        warnings = [
            f"labelled {declared} but is not: " + w.removeprefix("not UTF-8: ")
            if w.startswith("not UTF-8: ")
            else w
            for w in warnings
        ]
    return text, warnings


def _mhtml_html(data: bytes) -> bytes:
    """The HTML part of an MHTML ("web archive, single file") page."""
    import email
    from email import policy

    msg = email.message_from_bytes(data, policy=policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                charset = part.get_content_charset()
                if charset and charset.lower() not in ("utf-8", "utf8"):
                    # re-label the bytes so decode_page reads them in the part's charset
                    payload = f'<meta charset="{charset}">'.encode() + payload
                return payload
    raise IngestError("no HTML part in this MHTML file")


def parse_html(
    data: bytes,
    *,
    article_id: str,
    path: Path,
    url: str | None = None,
    anchor: date | None = None,
    catalogue_entry: dict[str, str] | None = None,
) -> Article:
    """Bytes of one page -> Article. ``url`` is where the page came from when known
    (a web archive's record); ``anchor`` a date known from outside (its capture date),
    used only when the page states no date, and then said so in a warning."""
    # Chrome puts From/Subject/Date (the page title: long) before MIME-Version
    if path.suffix.lower() in (".mhtml", ".mht") and b"mime-version" in data[:8192].lower():
        data = _mhtml_html(data)
    refuse_binary(data, "a web page")
    if not data.strip():
        raise IngestError("empty page")
    data = _HEAVY_RE.sub(b"", data)
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(
            f"page too large: {len(data) / 1048576:.1f} MB of text and markup without"
            f" scripts and styles (the limit is {MAX_FILE_BYTES / 1048576:.0f} MB)"
        )
    text, warnings = decode_page(data)
    # before parsing: lxml drops a bare ESC but keeps the "[31m" after it
    text = sanitise(text)
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # only dates the page's markup states: no guessing from copyright lines or
        # from the file's own time
        # with the time and offset in the format: htmldate keeps them when the markup
        # states them (article:published_time), and writes 00:00:00 when it does not,
        # which parse_date_time reads as a date alone
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        },
    )
    # bare_extraction returns a dict only when asked with as_dict=True
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise IngestError("no article text in the page (only scripts, navigation or markup)")
    entry = dict(catalogue_entry or {})
    dated = parse_date_time(entry.get("date") or doc.date or "")
    meta = _Meta(
        title=_field(entry.get("title") or doc.title),
        source=_field(entry.get("source") or doc.sitename or doc.hostname),
        date=dated.day if dated else None,
        time=dated.clock if dated else None,
        author=_field(entry.get("author") or doc.author),
        url=_field(entry.get("url") or doc.url or url),
        language=entry.get("language") or None,
        anchor=anchor,
    )
    blocks = [b for b in (sanitise(line).strip() for line in (doc.text or "").split("\n")) if b]
    article = article_from_text(
        "",
        blocks=blocks,
        article_id=article_id,
        path=path,
        meta=meta,
        warnings=warnings,
    )
    if meta.language is None:
        lang = _LANG_RE.search(text[:4096])
        # letters decide between Cyrillic languages (templates often say lang="ru" on a
        # Belarusian page); a declared Latin-script language beats our "en" for any Latin
        if lang and article.language == "en":
            article.language = lang.group(1).lower()
    if article.date is None and anchor is not None:
        article.date = anchor
        article.warnings.append(
            f"dated by its capture date {anchor.isoformat()}: the page states no date"
        )
    return article


def _field(value: str | None) -> str | None:
    """A metadata value as shown: no markup, no control characters, None when empty."""
    if not value:
        return None
    value = sanitise(strip_tags(value)).strip()
    return value or None


_BLOCK_END_RE = re.compile(
    r"</(?:p|div|h[1-6]|li|blockquote|tr|section|article)\s*>|<br\s*/?>", re.I
)


def html_to_text(fragment: str) -> str:
    """An HTML fragment (a dump's or feed's content field) -> text with one paragraph a
    line. Plain regex work: fragments are small and well-formed enough, and this keeps
    trafilatura for whole pages only."""
    fragment = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", fragment, flags=re.I | re.S)
    lines = _BLOCK_END_RE.sub("\n", fragment).split("\n")
    return "\n".join(t for t in (strip_tags(line) for line in lines) if t)
