"""W3C Web Annotation JSON-LD: bookmarks out (``to_annotations``) and back in
(``from_annotations``), where a bad entry becomes a problem line, never an exception."""

from __future__ import annotations

import datetime as _dt
import json
import uuid
from collections.abc import Iterable
from typing import Any

from .model import ANCHORS, Bookmark, BookmarkStoreError, normalize_id, normalize_tags, utc_now
from .provenance import Provenances, origins

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ARTICLE_URN = "urn:belreader:article:"
_SQLITE_INT_LIMIT = 2**63  # an imported offset at or above this cannot be stored


def _norm_time(value: Any) -> str | None:
    """Any ISO 8601 date-time -> our UTC form; None when unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        t = _dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if t.tzinfo is None:
            t = t.replace(tzinfo=_dt.UTC)
        # year 9999 at -01:00 or year 1 at +01:00 is outside what datetime can hold in UTC
        return t.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except (ValueError, OverflowError):
        return None


def to_annotations(
    bookmarks: Iterable[Bookmark], *, provenance: Provenances | None = None
) -> list[dict]:
    """W3C Web Annotation JSON-LD objects, one per bookmark.

    ``target.source`` is the article's URL where its front matter gives one, else a
    stable URN of the article id (ids come from the path within the corpus, so they
    survive moving the corpus); path, title, the URN, a claim's speaker etc. ride along
    in a ``belreader`` extension object that other tools ignore.
    """
    origin = origins(provenance)
    out = []
    for b in bookmarks:
        body: list[dict] = []
        if b.note:
            body.append(
                {
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "value": b.note,
                    "format": "text/plain",
                }
            )
        body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in b.tags]
        found = origin(b)
        extension: dict[str, Any] = {
            "articleId": b.article_id,
            "path": b.article_path,
            "title": b.title,
            "source": b.source,
            "date": b.date,
            "contentHash": b.content_hash,
            "anchor": b.anchor,
            "urn": ARTICLE_URN + b.article_id,
        }
        if found.speaker:
            extension["speaker"] = found.speaker
            if found.speaker_mention:  # the article's words, where they name them otherwise
                extension["speakerMention"] = found.speaker_mention
            if found.via:  # the agency or outlet that relayed the words
                extension["via"] = found.via
        out.append(
            {
                "@context": ANNO_CONTEXT,
                "type": "Annotation",
                "id": f"urn:uuid:{uuid.UUID(hex=b.id)}",
                "created": b.created,
                "modified": b.updated,
                "motivation": "bookmarking",
                "body": body,
                "target": {
                    "source": found.url or ARTICLE_URN + b.article_id,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": b.exact,
                            "prefix": b.prefix,
                            "suffix": b.suffix,
                        },
                        {"type": "TextPositionSelector", "start": b.start, "end": b.end},
                    ],
                    "belreader": extension,
                },
            }
        )
    return out


class _Bad(Exception):
    """One annotation we cannot use; the message is the reason."""


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _opt_str(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"{what} is not text")
    return value


def _parse_annotation(item: Any) -> Bookmark:
    if not isinstance(item, dict):
        raise _Bad("not a JSON object")
    types = _as_list(item.get("type"))
    if types and "Annotation" not in types:
        raise _Bad(f"type is {item.get('type')!r}, not Annotation")

    targets = [t for t in _as_list(item.get("target")) if isinstance(t, dict)]
    if not targets:
        raise _Bad("no target with selectors")
    target = targets[0]
    quote = pos = None
    for sel in _as_list(target.get("selector")):
        if isinstance(sel, dict) and sel.get("type") == "TextQuoteSelector" and quote is None:
            quote = sel
        elif isinstance(sel, dict) and sel.get("type") == "TextPositionSelector" and pos is None:
            pos = sel
    if quote is None:
        raise _Bad("no TextQuoteSelector")
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact:
        raise _Bad("TextQuoteSelector has no exact text")
    prefix = _opt_str(quote.get("prefix"), "prefix") or ""
    suffix = _opt_str(quote.get("suffix"), "suffix") or ""

    ext = target.get("belreader")
    if not isinstance(ext, dict):
        ext = {}
    source = target.get("source")
    if isinstance(source, dict):
        source = source.get("id")
    article_id = ext.get("articleId")
    if not isinstance(article_id, str) or not article_id:
        if not isinstance(source, str) or not source:
            raise _Bad("target has no source")
        article_id = source[len(ARTICLE_URN) :] if source.startswith(ARTICLE_URN) else source
    path = _opt_str(ext.get("path"), "path") or (
        source if isinstance(source, str) and not source.startswith(ARTICLE_URN) else article_id
    )

    if pos is not None:
        start, end = pos.get("start"), pos.get("end")
        if (
            type(start) is not int
            or type(end) is not int
            or not (0 <= start <= end < _SQLITE_INT_LIMIT)
        ):
            raise _Bad("TextPositionSelector start/end are not valid offsets")
        saved_anchor = ext.get("anchor")
        anchor = saved_anchor if saved_anchor in ANCHORS else "exact"
    else:
        start, end, anchor = 0, len(exact), "orphan"  # unplaced until the next reanchor

    note_parts, tags = [], []
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            continue  # a body given as a bare IRI carries neither note nor tag
        value = body.get("value")
        purposes = _as_list(body.get("purpose"))
        if "tagging" in purposes:
            if not isinstance(value, str):
                raise _Bad("a tag is not text")
            tags.append(value)
        elif value is not None:
            if not isinstance(value, str):
                raise _Bad("the note is not text")
            note_parts.append(value)

    raw_id = item.get("id")
    if raw_id is not None and not isinstance(raw_id, str):
        raise _Bad("id is not text")
    if raw_id:
        hexid = normalize_id(raw_id)
        try:
            bid = uuid.UUID(hex=hexid).hex
        except ValueError:
            bid = uuid.uuid5(uuid.NAMESPACE_URL, raw_id).hex  # foreign ids: stable too
    else:
        bid = uuid.uuid4().hex  # duplicates still caught by article + quote
    now = utc_now()
    created = _norm_time(item.get("created")) or now
    return Bookmark(
        id=bid, article_id=article_id, article_path=path,
        title=_opt_str(ext.get("title"), "title") or "", source=_opt_str(ext.get("source"), "source"),
        date=_opt_str(ext.get("date"), "date"), exact=exact, prefix=prefix, suffix=suffix,
        start=start, end=end, content_hash=_opt_str(ext.get("contentHash"), "contentHash") or "",
        note="\n\n".join(note_parts), tags=normalize_tags(tags), created=created,
        updated=_norm_time(item.get("modified")) or created, anchor=anchor,
    )  # fmt: skip


def from_annotations(data: Any) -> tuple[list[Bookmark], list[str]]:
    """Parse W3C annotations: a JSON string/bytes, a list, one annotation, or an
    AnnotationCollection/Page with ``items``. Returns (bookmarks, problems); a bad entry
    becomes a problem line, never an exception. Non-JSON raises BookmarkStoreError."""
    if isinstance(data, (bytes, bytearray)):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BookmarkStoreError(
                "cannot import bookmarks: the file is not UTF-8 JSON"
            ) from None
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise BookmarkStoreError(
                f"cannot import bookmarks: not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
            ) from None
        except RecursionError:
            raise BookmarkStoreError(
                "cannot import bookmarks: the JSON is nested too deeply"
            ) from None
    if isinstance(data, dict):
        if "items" in data and isinstance(data["items"], list):
            data = data["items"]
        elif isinstance(data.get("first"), dict) and isinstance(data["first"].get("items"), list):
            data = data["first"]["items"]
        else:
            data = [data]
    if not isinstance(data, list):
        raise BookmarkStoreError("cannot import bookmarks: expected a list of annotations")
    bookmarks, problems = [], []
    for i, item in enumerate(data, 1):
        try:
            bookmarks.append(_parse_annotation(item))
        except (_Bad, TypeError, ValueError) as exc:
            label = (
                item.get("id")
                if isinstance(item, dict) and isinstance(item.get("id"), str)
                else None
            )
            problems.append(f"annotation {i}{f' ({label})' if label else ''}: {exc}")
    return bookmarks, problems
