"""RSS and Atom feed files -> one article per entry, through feedparser (the reference
parser: every RSS version, Atom, broken XML, entities, and it sanitises embedded HTML).

An entry with full content becomes a full article; one with only a summary becomes a
short article marked as a summary in its warnings, so nobody takes it for the story.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .dates import parse_date_time
from .decoding import refuse_binary, sanitise
from .html import html_to_text, strip_tags
from .metadata import meta_from_entry
from .model import IngestError
from .records import FileArticles, RecordIds
from .text import article_from_text

SUMMARY_WARNING = "summary only: the feed carries no full text for this entry"


def parse_feed(
    data: bytes, *, article_id: str, path: Path, catalogue_entry: dict[str, str] | None = None
) -> FileArticles:
    refuse_binary(data, "a feed")
    if not data.strip():
        raise IngestError("empty file")
    import feedparser

    # the bytes, not decoded text: feedparser honours the XML encoding declaration
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.bozo and not parsed.feed:
            reason = str(getattr(parsed, "bozo_exception", "") or "not XML").split("\n")[0]
            raise IngestError(f"not an RSS or Atom feed ({reason[:120]})")
        raise IngestError("a feed with no entries")
    feed = parsed.feed
    defaults = {
        "source": _plain(feed.get("title")) or (catalogue_entry or {}).get("source", ""),
        "language": (feed.get("language") or "")[:2].lower(),
    }
    result = FileArticles([], multi=True)
    ids = RecordIds(article_id)
    for number, entry in enumerate(parsed.entries, 1):
        label = f"entry {number}"
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        full = max(contents, key=len) if contents else ""
        summary = entry.get("summary", "") or ""
        body_html = full if len(strip_tags(full)) >= len(strip_tags(summary)) else summary
        text = sanitise(html_to_text(body_html)).strip()
        if not text:
            text = _plain(entry.get("title"))
            if not text:
                result.add_problem(f"{label}: no title and no text")
                continue
        link = _plain(entry.get("link"))
        rid = ids.make(number, link or _plain(entry.get("id")))
        if rid is None:
            result.add_problem(f"{label}: the same link as an earlier entry: skipped")
            continue
        warnings: list[str] = []
        if not full:
            warnings.append(SUMMARY_WARNING)
        # the date as the feed writes it ("Tue, 27 Aug 2024 16:04:00 +0300"): its local
        # day, time and offset; feedparser's parsed form is converted to UTC (another
        # day near midnight) and serves only when the text cannot be read
        stated = _plain(entry.get("published") or entry.get("updated"))
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        fields = {
            **{k: v for k, v in defaults.items() if v},
            "title": _plain(entry.get("title")),
            "author": _plain(entry.get("author")),
            "url": link,
            "date": stated
            if parse_date_time(stated)
            else (date(*when[:3]).isoformat() if when else ""),
        }
        meta = meta_from_entry({k: v for k, v in fields.items() if v}, warnings)
        try:
            result.articles.append(
                article_from_text(
                    text,
                    article_id=rid,
                    path=path,
                    meta=meta,
                    warnings=warnings,
                    fallback_title=f"{path.name} {label}",
                )
            )
        except IngestError as exc:
            result.add_problem(f"{label}: {exc}")
    if not result.articles:
        raise IngestError(
            f"no readable entry; first: {result.problems[0]}" if result.problems else "no entries"
        )
    return result


def _plain(value) -> str:
    return sanitise(strip_tags(str(value or ""))).strip()
