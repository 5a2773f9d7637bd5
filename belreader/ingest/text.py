"""Plain text and Markdown files -> Article."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .boilerplate import _clean, _paragraph_blocks
from .dates import parse_date_value
from .decoding import decode, looks_binary, sanitise
from .language import _guess_language
from .metadata import split_front_matter
from .model import Article, IngestError, _Meta

def parse_article(
    data: bytes,
    *,
    article_id: str,
    path: Path,
    catalogue_entry: dict[str, str] | None = None,
) -> Article:
    """Bytes of one file -> Article. Raises IngestError with the reason when it is not one."""
    if not data.strip():
        raise IngestError("empty file")
    if looks_binary(data):
        raise IngestError("binary file, not text")
    text, warnings = decode(data)
    text = sanitise(text)
    front, text = split_front_matter(text)
    entry = {**(catalogue_entry or {}), **front}
    meta = _Meta(
        title=entry.get("title") or None,
        source=entry.get("source") or entry.get("outlet") or None,
        date=parse_date_value(entry["date"]) if entry.get("date") else None,
        author=entry.get("author") or None,
        url=entry.get("url") or None,
        language=entry.get("language") or entry.get("lang") or None,
    )
    if entry.get("date") and meta.date is None:
        warnings.append(f"unreadable date {entry['date']!r}: left unknown")
    title, text_date, author, paragraphs = _clean(_paragraph_blocks(text), meta)
    if not paragraphs and not title:
        raise IngestError("no readable text")
    body_parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for para in paragraphs:
        if body_parts:
            pos += 2  # the "\n\n" between paragraphs
        offsets.append((pos, pos + len(para)))
        body_parts.append(para)
        pos += len(para)
    body = "\n\n".join(body_parts)
    return Article(
        id=article_id,
        path=path,
        title=(title or path.stem)[:500],
        source=meta.source,
        date=meta.date or text_date,
        body=body,
        paragraphs=offsets,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        language=meta.language or _guess_language(body),
        author=meta.author or author,
        url=meta.url,
        warnings=warnings,
    )
