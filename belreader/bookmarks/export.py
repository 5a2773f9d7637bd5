"""Exports with citations: Markdown (by article or by tag), CSV and W3C JSON as the
app and the CLI write them, and the one-line citation `y` copies."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from .annotations import to_annotations
from .model import Bookmark
from .provenance import NO_PROVENANCE, Provenance, Provenances, origins

_ANCHOR_NOTES = {
    "fuzzy": "the article's text has changed since this was marked",
    "orphan": "orphaned: the passage is no longer found in the article; saved text shown",
}


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _md_quote(text: str) -> str:
    return "\n".join(("> " + line) if line.strip() else ">" for line in text.splitlines() or [""])


def _md_tags(tags: Iterable[str]) -> str:
    # A hashtag stops at a space, so multi-word tags are shown hyphenated.
    return " ".join("#" + t.replace(" ", "-") for t in tags)


def _md_citation(b: Bookmark, origin: Provenance) -> str:
    parts = [f"*{_one_line(b.title) or 'Untitled'}*", _one_line(b.source) or "unknown source"]
    parts.append(b.date or "undated")
    if origin.url:
        parts.append(f"<{_one_line(origin.url)}>")
    return ", ".join(parts) + f" — `{b.article_path}`"


def _md_passage(b: Bookmark, *, cite: bool, origin: Provenance) -> list[str]:
    lines = [_md_quote(b.exact), ""]
    if origin.speaker_said:
        lines += [f"— said by {_one_line(origin.speaker_said)}", ""]
    if cite:
        lines += [f"— {_md_citation(b, origin)}", ""]
    if b.anchor in _ANCHOR_NOTES:
        lines += [f"*({_ANCHOR_NOTES[b.anchor]})*", ""]
    if b.note:
        lines += [b.note, ""]
    if b.tags:
        lines += [_md_tags(b.tags), ""]
    return lines


def to_markdown(
    bookmarks: Iterable[Bookmark],
    *,
    group_by: str = "article",
    provenance: Provenances | None = None,
) -> str:
    """Markdown with citations, grouped by article (a heading per article with title,
    source, date, link and file path, passages in reading order) or by tag (a heading
    per tag, each passage followed by its citation; untagged last). A claim's speaker
    follows its passage."""
    items = list(bookmarks)
    origin = origins(provenance)
    out = ["# Bookmarks", ""]
    if group_by == "article":
        groups: dict[str, list[Bookmark]] = {}
        for b in items:
            groups.setdefault(b.article_id, []).append(b)
        for aid in sorted(groups, key=lambda a: (_one_line(groups[a][0].title).casefold(), a)):
            group = sorted(groups[aid], key=lambda b: (b.anchor == "orphan", b.start, b.created))
            first = group[0]
            out += [f"## {_one_line(first.title) or 'Untitled'}", ""]
            out += [f"- Source: {_one_line(first.source) or 'unknown'}"]
            out += [f"- Date: {first.date or 'undated'}"]
            if origin(first).url:
                out += [f"- URL: <{_one_line(origin(first).url)}>"]
            out += [f"- File: `{first.article_path}`", ""]
            for b in group:
                out += _md_passage(b, cite=False, origin=origin(b))
    elif group_by == "tag":
        by_tag: dict[str, list[Bookmark]] = {}
        names: dict[str, str] = {}
        untagged: list[Bookmark] = []
        for b in items:
            if not b.tags:
                untagged.append(b)
            for t in b.tags:
                names.setdefault(t.casefold(), t)
                by_tag.setdefault(t.casefold(), []).append(b)
        sections = [(f"#{names[k].replace(' ', '-')}", by_tag[k]) for k in sorted(by_tag)]
        if untagged:
            sections.append(("Untagged", untagged))
        for heading, group in sections:
            out += [f"## {heading}", ""]
            for b in sorted(
                group, key=lambda b: (_one_line(b.title).casefold(), b.article_id, b.start)
            ):
                out += _md_passage(b, cite=True, origin=origin(b))
    else:
        raise ValueError(f"group_by must be 'article' or 'tag', not {group_by!r}")
    return "\n".join(out).rstrip("\n") + "\n"


CSV_FIELDS = (
    "id", "created", "updated", "anchor", "article_id", "article_path", "title", "source",
    "date", "url", "speaker", "speaker_mention", "via", "start", "end", "exact", "prefix",
    "suffix", "note", "tags", "content_hash",
)  # fmt: skip
# not stored as they are shown
_CSV_COMPUTED = ("tags", "url", "speaker", "speaker_mention", "via")


def to_csv(bookmarks: Iterable[Bookmark], *, provenance: Provenances | None = None) -> str:
    """One row per bookmark; tags joined with "; "; url, speaker and the speaker's
    words in the text (where they differ from the name) where known."""
    origin = origins(provenance)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_FIELDS)
    for b in bookmarks:
        row = {f: getattr(b, f) for f in CSV_FIELDS if f not in _CSV_COMPUTED}
        row["tags"] = "; ".join(b.tags)
        found = origin(b)
        row["url"], row["speaker"] = found.url, found.speaker
        row["speaker_mention"] = found.speaker_mention
        row["via"] = found.via
        writer.writerow(["" if row[f] is None else row[f] for f in CSV_FIELDS])
    return buf.getvalue()


EXPORT_FORMATS = ("md", "csv", "json")


def export_text(
    bookmarks: Iterable[Bookmark],
    fmt: str,
    *,
    group_by: str = "article",
    provenance: Provenances | None = None,
) -> str:
    """The text of an export file in ``fmt`` (md, csv or json), as the app and the CLI
    write it: inert (no control or bidi characters; JSON escapes them), so a file shown
    with `cat` is as safe as the terminal output."""
    from ..terminal import inert, inert_json

    marks = list(bookmarks)
    if fmt == "md":
        return inert(to_markdown(marks, group_by=group_by, provenance=provenance))
    if fmt == "csv":
        return inert(to_csv(marks, provenance=provenance))
    if fmt == "json":
        return inert_json(to_annotations(marks, provenance=provenance), indent=2) + "\n"
    raise ValueError(f"export format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")


def citation_text(
    quote: str,
    *,
    title: str,
    source: str | None,
    date: str | None,
    origin: Provenance = NO_PROVENANCE,
) -> str:
    """A passage with what a reader needs to find and credit it: who said it (for a
    claim), the title, the outlet, the date and the link, on one line."""
    said = f"{_one_line(origin.speaker_said)}, in " if origin.speaker_said else ""
    parts = [
        f"{said}{_one_line(title) or 'Untitled'}",
        _one_line(source) or "unknown source",
        date or "undated",
    ]
    if origin.url:
        parts.append(_one_line(origin.url))
    # a quoted claim brings its own quotation marks: do not double them
    text = " ".join(quote.split()).strip().strip('“”"«»„')
    return f"“{text}” — " + ", ".join(parts)
