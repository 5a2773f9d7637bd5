"""Scraper dumps: JSON (one article, a list, or a list under a key), JSONL and CSV, from
news-please, newspaper4k, Scrapy feeds, a Telegram export and the like.

Each record's fields are mapped to ours by their common names (FIELD_NAMES); where the
text field cannot be found, the file is refused with the columns it has and the
``--map`` option that names them, rather than a guess.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

from .decoding import decode, refuse_binary, sanitise
from .html import html_to_text, strip_tags
from .metadata import meta_from_entry
from .model import IngestError
from .records import FileArticles, RecordIds
from .text import article_from_text, title_from_story

# Our field -> the names scrapers give it, most specific first (lower case).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": (
        "maintext",
        "text",
        "content",
        "body",
        "article_text",
        "articlebody",
        "article_body",
        "full_text",
        "fulltext",
        "main_text",
        "article",
        "body_text",
        "content_text",
        "body_html",
        "content_html",
        "html",
    ),
    "title": ("title", "headline", "heading", "name"),
    "date": (
        "date_publish",
        "published",
        "published_at",
        "publish_date",
        "date_published",
        "datepublished",
        "pubdate",
        "pub_date",
        "date",
        "datetime",
        "created_at",
        "time",
    ),
    "source": (
        "source",
        "source_domain",
        "sitename",
        "site_name",
        "site",
        "outlet",
        "publisher",
        "domain",
        "source_name",
    ),
    "author": ("authors", "author", "byline", "creator", "from"),
    "url": ("url", "link", "canonical_url", "canonical_link", "article_url", "href", "source_url"),
    "language": ("language", "lang", "locale"),
}
MAP_FIELDS = tuple(FIELD_NAMES)
# A JSON object holding its records under one of these keys is a container, not an article.
_CONTAINER_KEYS = (
    "articles",
    "items",
    "records",
    "results",
    "data",
    "entries",
    "messages",
    "posts",
)
MAX_DUMP_BYTES = 1024 * 1024 * 1024
_FIELD_RE = re.compile(r"^\s*(\w+)\s*=\s*(.+?)\s*$")


def parse_field_map(text: str) -> dict[str, str]:
    """``"text=body_text,date=pub"`` -> {"text": "body_text", "date": "pub"}; ValueError
    with a one-line reason for anything else."""
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        m = _FIELD_RE.match(part)
        if not m:
            raise ValueError(f"--map wants FIELD=COLUMN, got {part!r}")
        name = m[1].lower()
        if name not in MAP_FIELDS:
            raise ValueError(
                f"--map: unknown field {name!r}; the fields are {', '.join(MAP_FIELDS)}"
            )
        out[name] = m[2]
    return out


def _mapping(columns: list[str], given: dict[str, str]) -> dict[str, str]:
    """Our field -> the record key holding it. Raises IngestError naming the columns
    when no text column can be found."""
    by_lower = {c.strip().lower(): c for c in columns if isinstance(c, str)}
    out: dict[str, str] = {}
    for name, candidates in FIELD_NAMES.items():
        if name in given:
            column = by_lower.get(given[name].strip().lower())
            if column is None:
                raise IngestError(
                    f"--map {name}={given[name]}: no such column; the columns are "
                    + ", ".join(sorted(by_lower.values()))
                )
            out[name] = column
            continue
        for candidate in candidates:
            if candidate in by_lower:
                out[name] = by_lower[candidate]
                break
    if "text" not in out:
        found = ", ".join(sorted(by_lower.values())[:40]) or "none"
        raise IngestError(
            f"cannot tell which field holds the article text; found columns: {found}."
            " Name it with: belreader add PATH --map text=COLUMN"
            " (also title=, date=, source=, author=, url=, language=)"
        )
    return out


def _as_text(value: Any) -> str:
    """A field value as text: lists joined (authors, Telegram text pieces), HTML reduced
    to its text with paragraphs kept."""
    if value is None:
        return ""
    if isinstance(value, list):
        if any(isinstance(item, dict) for item in value):
            # a Telegram message: text pieces and {"type": "link", "text": ...} entities
            return "".join(_as_text(item) for item in value)
        return ", ".join(p for p in (_as_text(item) for item in value) if p)  # authors
    if isinstance(value, dict):
        return _as_text(value.get("text") or value.get("name") or "")
    text = str(value)
    if "<" in text and re.search(r"</?(?:p|br|div|h\d|li|span|a|strong|em|b|i)\b", text, re.I):
        return html_to_text(text)
    return text


def _record_article(
    record: dict,
    mapping: dict[str, str],
    ids: RecordIds,
    number: int,
    path: Path,
    defaults: dict[str, str],
):
    text = sanitise(_as_text(record.get(mapping["text"]))).strip()
    if not text:
        raise IngestError("no text")
    entry = dict(defaults)
    for name in ("title", "date", "source", "author", "url", "language"):
        if name in mapping:
            value = record.get(mapping[name])
            if isinstance(value, (int, float)) and name == "date":
                value = _epoch_date(value)
            value = sanitise(strip_tags(_as_text(value))).strip()
            if value:
                entry[name] = value
    own_id = record.get("id")
    key = entry.get("url") or (
        str(own_id) if isinstance(own_id, (str, int)) and str(own_id).strip() else None
    )
    rid = ids.make(number, key)
    if rid is None:
        raise IngestError(f"the same URL as an earlier record ({entry['url']}): skipped")
    if not entry.get("title"):
        # a post without a headline (a Telegram message): its first sentence names it,
        # and the whole text stays the body
        entry["title"] = title_from_story(text.split("\n", 1)[0])
    warnings: list[str] = []
    meta = meta_from_entry(entry, warnings)
    return article_from_text(
        text,
        article_id=rid,
        path=path,
        meta=meta,
        warnings=warnings,
        fallback_title=f"{path.name} #{number}",
    )


def _epoch_date(value: float) -> str:
    from datetime import datetime

    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        # an instant: its UTC date and time of day
        return datetime.fromtimestamp(value, UTC).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return ""


def _collect(
    records: Iterator[tuple[str, Any]],
    path: Path,
    article_id: str,
    given: dict[str, str],
    defaults: dict[str, str],
) -> FileArticles:
    """(label, record) pairs -> FileArticles; the mapping comes from the first records."""
    result = FileArticles([], multi=True)
    ids = RecordIds(article_id)
    mapping: dict[str, str] | None = None
    seen_keys: list[str] = []
    number = 0
    for label, record in records:
        number += 1
        if isinstance(record, Exception):
            result.add_problem(f"{label}: {record}")
            continue
        if not isinstance(record, dict):
            result.add_problem(f"{label}: not an object with fields ({type(record).__name__})")
            continue
        if record.get("type") == "service":  # a Telegram join/pin notice: no article
            continue
        if mapping is None:
            seen_keys = [k for k in record if isinstance(k, str)]
            mapping = _mapping(seen_keys, given)
        try:
            result.articles.append(_record_article(record, mapping, ids, number, path, defaults))
        except IngestError as exc:
            result.add_problem(f"{label}: {exc}")
    if not result.articles:
        if result.problems:
            raise IngestError(f"no readable record; first: {result.problems[0]}")
        raise IngestError("no records")
    return result


# --------------------------------------------------------------------------- JSON


def _tolerant_array(text: str, start: int) -> Iterator[tuple[str, Any]]:
    """The elements of a JSON array that may hold malformed elements: each element is
    decoded on its own; after a bad one, decoding resumes at the next '{' that opens a
    line or follows '},' — the shapes dumps are written in."""
    decoder = json.JSONDecoder()
    pos, n, end = start + 1, 0, len(text)
    line, counted = 1, 0  # line number of ``counted``, advanced as we go (linear time)
    resume = re.compile(r"(?:\n[ \t]*|\},[ \t]*)(\{)")
    while pos < end:
        while pos < end and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= end or text[pos] == "]":
            return
        n += 1
        line += text.count("\n", counted, pos)
        counted = pos
        label = f"record {n} (line {line})"
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield label, IngestError(f"not valid JSON ({exc.msg})")
            m = resume.search(text, exc.pos if exc.pos > pos else pos + 1)
            if not m:
                return
            pos = m.start(1)
            continue
        yield label, value


def _json_records(text: str) -> Iterator[tuple[str, Any]]:
    stripped = text.lstrip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if stripped.startswith("["):
            yield from _tolerant_array(text, len(text) - len(stripped))
            return
        if stripped.startswith("{") and "\n{" in text:  # JSON Lines under a .json name
            yield from _jsonl_records(text)
            return
        raise IngestError(f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
    except RecursionError:
        raise IngestError("JSON nested too deeply") from None
    if isinstance(data, dict):
        for key in _CONTAINER_KEYS:
            if isinstance(data.get(key), list):
                records = data[key]
                break
        else:
            records = [data]
    elif isinstance(data, list):
        records = data
    else:
        raise IngestError("JSON holds no article records (neither an object nor a list)")
    for i, record in enumerate(records):
        yield f"record {i + 1}", record


def _jsonl_records(text: str) -> Iterator[tuple[str, Any]]:
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield f"line {lineno}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"line {lineno}", IngestError(f"not valid JSON ({exc.msg})")
        except RecursionError:
            yield f"line {lineno}", IngestError("JSON nested too deeply")


def _json_defaults(text: str) -> dict[str, str]:
    """Fields a container states once for all its records (a Telegram export's channel
    name is every message's source)."""
    head = text[:2000]
    m = re.search(r'^\s*\{\s*"name"\s*:\s*"([^"\\]{1,200})"', head)
    if m and '"messages"' in text[:100000]:
        return {"source": m.group(1)}
    return {}


# ---------------------------------------------------------------------------- CSV


def _csv_records(text: str) -> Iterator[tuple[str, Any]]:
    sample = text[:65536]
    try:
        dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0] + "\n", delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    old_limit = csv.field_size_limit()
    csv.field_size_limit(64 * 1024 * 1024)  # an article in one cell can be large
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise IngestError(f"unreadable CSV header: {exc}") from None
        header = [h.strip() for h in header]
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield f"line {reader.line_num}", IngestError(f"unreadable CSV row: {exc}")
                continue
            if not any(cell.strip() for cell in row):
                continue
            number += 1
            if len(row) > len(header):
                yield (
                    f"line {reader.line_num}",
                    IngestError(
                        f"{len(row)} fields, the header has {len(header)} (an unquoted delimiter?)"
                    ),
                )
                continue
            yield f"line {reader.line_num}", dict(zip(header, row))
    finally:
        csv.field_size_limit(old_limit)


# --------------------------------------------------------------------------- entry


def parse_dump(
    data: bytes, *, article_id: str, path: Path, catalogue_entry: dict[str, str] | None = None
) -> FileArticles:
    """A dump file's bytes -> its articles. ``catalogue_entry["_map"]`` holds the user's
    field map ("text=body_text,...")."""
    refuse_binary(data, "a JSON or CSV dump")
    if not data.strip():
        raise IngestError("empty file")
    text, warnings = decode(data)
    given = parse_field_map(catalogue_entry.get("_map", "")) if catalogue_entry else {}
    defaults = {
        k: v for k, v in (catalogue_entry or {}).items() if k in ("source", "language") and v
    }
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = text.lstrip("\ufeff")
        records = _csv_records(text)
    elif suffix in (".jsonl", ".ndjson"):
        records = _jsonl_records(text)
    else:
        records = _json_records(text)
        defaults = {**_json_defaults(text), **defaults}
    result = _collect(records, path, article_id, given, defaults)
    result.problems[:0] = warnings
    return result
