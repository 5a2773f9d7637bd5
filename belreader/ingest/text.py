"""Plain text and Markdown files -> Article."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .boilerplate import _clean, _paragraph_blocks
from .dates import Dated
from .decoding import decode, looks_binary, sanitise
from .language import guess_language
from .metadata import meta_from_entry, split_front_matter
from .model import Article, IngestError, _Meta


def parse_article(
    data: bytes,
    *,
    article_id: str,
    path: Path,
    catalogue_entry: dict[str, str] | None = None,
) -> Article:
    """Bytes of one text or Markdown file -> Article. Raises IngestError with the
    reason when it is not one."""
    if not data.strip():
        raise IngestError("empty file")
    if looks_binary(data):
        raise IngestError("binary file, not text")
    text, warnings = decode(data)
    text = sanitise(text)
    front, text = split_front_matter(text)
    meta = meta_from_entry({**(catalogue_entry or {}), **front}, warnings)
    return article_from_text(text, article_id=article_id, path=path, meta=meta, warnings=warnings)


# No headline is this long: a first "line" longer than this is the story itself, in a
# file without line breaks.
MAX_TITLE_CHARS = 300
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=\S)")


def title_from_story(paragraph: str) -> str:
    """A title for a story with no title line: its first sentence, shortened at a word
    with an ellipsis when even that is too long."""
    first = _SENTENCE_END_RE.split(paragraph[:2000], maxsplit=1)[0].strip()
    if len(first) <= 150:
        return first
    cut = first[:150].rsplit(" ", 1)[0] or first[:150]
    return cut.rstrip(" ,;:—–-") + "…"


def article_from_text(
    text: str,
    *,
    article_id: str,
    path: Path,
    meta: _Meta,
    warnings: list[str],
    fallback_title: str | None = None,
    blocks: list[str] | None = None,
) -> Article:
    """Clean text (decoded, sanitised) of one article -> Article: boilerplate, title,
    dateline and byline found as for a text file. Every format ends here. ``blocks``:
    the paragraphs when the format already marks them (HTML), instead of ``text``."""
    title, text_date, author, paragraphs = _clean(
        blocks if blocks is not None else _paragraph_blocks(text), meta
    )
    if not paragraphs and not title:
        raise IngestError("no readable text")
    if meta.title is None and title and len(title) > MAX_TITLE_CHARS:
        # a one-line file: its only line is the story, not a title to hide it in
        paragraphs.insert(0, title)
        title = title_from_story(title)
        warnings.append("no title line: the title is the story's first sentence")
    elif not paragraphs and title:
        # the text is one short line: it is both the title and the story, not a title
        # over an empty page
        paragraphs = [title]
    return build_article(
        article_id=article_id,
        path=path,
        meta=meta,
        title=title or fallback_title or path.stem,
        text_date=text_date,
        author=author,
        paragraphs=paragraphs,
        warnings=warnings,
    )


def build_article(
    *,
    article_id: str,
    path: Path,
    meta: _Meta,
    title: str,
    text_date: Dated | None,
    author: str | None,
    paragraphs: list[str],
    warnings: list[str],
) -> Article:
    """Paragraphs and metadata -> Article (body, offsets, hash); metadata stated
    outside the text wins over what the text suggests."""
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
    # the date stated outside the text comes with its own time, never with a time
    # from the text's dateline, unless that dateline states the same day
    day, clock = meta.date, meta.time
    if day is None and text_date is not None:
        day, clock = text_date
    elif clock is None and text_date is not None and text_date.day == day:
        clock = text_date.clock
    return Article(
        id=article_id,
        path=path,
        title=title[:500],
        source=meta.source,
        date=day,
        time=clock,
        body=body,
        paragraphs=offsets,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        language=meta.language or guess_language(body),
        author=meta.author or author,
        url=meta.url,
        warnings=warnings,
    )
