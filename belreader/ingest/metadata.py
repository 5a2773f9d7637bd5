"""Metadata that sits beside or above the text: catalogue files and front matter."""

from __future__ import annotations

import csv
from pathlib import Path

from .dates import parse_date_time
from .model import CATALOGUE_NAMES, _Meta


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``---`` key: value lines at the very top -> (meta, rest). Unknown keys are kept."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:60], start=1):
        if line.strip() in ("---", "..."):
            return meta, "\n".join(lines[i + 1 :])
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            if line.strip():
                return {}, text  # not front matter after all
            continue
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return {}, text


def load_catalogue(folder: Path) -> dict[str, dict[str, str]]:
    """A catalogue file next to the articles: CSV with a ``file`` (or ``path``) column and
    any of source, title, date, author, url, language. Missing or unreadable -> {}."""
    for name in CATALOGUE_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        out: dict[str, dict[str, str]] = {}
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.DictReader(f)
                for row in reader:
                    extra = row.pop(None, None)  # fields beyond the header's columns
                    row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
                    name_ = row.get("file") or row.get("path")
                    if not name_:
                        continue
                    if extra:
                        # an unquoted comma shifted the columns: none of them can be
                        # trusted, so the file imports without them, and says why
                        out[name_] = {
                            "_warning": (
                                f"{name}: line {reader.line_num} has {len(reader.fieldnames or []) + len(extra)}"
                                f" fields, the header {len(reader.fieldnames or [])} (an unquoted comma?):"
                                " its metadata is ignored"
                            )
                        }
                        continue
                    out[name_] = {k: v for k, v in row.items() if v}
        except (OSError, UnicodeDecodeError, csv.Error):
            return out
        return out
    return {}


def meta_from_entry(entry: dict[str, str], warnings: list[str]) -> _Meta:
    """Catalogue, front-matter or dump fields (already mapped to our names) -> _Meta;
    a problem with them becomes a warning in ``warnings``."""
    if entry.get("_warning"):
        warnings.append(entry["_warning"])
    dated = parse_date_time(entry["date"]) if entry.get("date") else None
    meta = _Meta(
        title=entry.get("title") or None,
        source=entry.get("source") or entry.get("outlet") or None,
        date=dated.day if dated else None,
        time=dated.clock if dated else None,
        author=entry.get("author") or None,
        url=entry.get("url") or None,
        language=entry.get("language") or entry.get("lang") or None,
    )
    if entry.get("date") and meta.date is None:
        warnings.append(f"unreadable date {entry['date']!r}: left unknown")
    return meta
