"""Metadata that sits beside or above the text: catalogue files and front matter."""

from __future__ import annotations

import csv
from pathlib import Path

from .model import CATALOGUE_NAMES

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
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                rows = list(csv.DictReader(f))
        except (OSError, UnicodeDecodeError, csv.Error):
            return {}
        out: dict[str, dict[str, str]] = {}
        for row in rows:
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            name_ = row.get("file") or row.get("path")
            if name_:
                out[name_] = {k: v for k, v in row.items() if v}
        return out
    return {}
