"""The user's field maps for dumps (``belreader add PATH --map text=body_text``): which
record field holds which of ours, kept per folder or file in the index folder.

A map reaches the ingest of a file as ``"_map"`` in the file's catalogue entry, so it
is part of the scan's fingerprint and goes to index workers with the job.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

FIELD_MAPS_FILE = "field-maps.json"


def is_extra_article_name(name: str) -> bool:
    """Article files whose last suffix alone does not say so: web archives (.warc.gz)."""
    return name[-8:].lower() == ".warc.gz"


def load_field_maps(index_dir: Path) -> dict[str, str]:
    """{absolute path: "text=body_text,..."}; {} when none was ever given or the file
    is unreadable (then dumps are read with the inferred mapping, as before)."""
    try:
        data = json.loads((index_dir / FIELD_MAPS_FILE).read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def save_field_map(index_dir: Path, path: Path, field_map: str) -> bool:
    """Keep ``field_map`` for everything under ``path``; True when it changed."""
    maps = load_field_maps(index_dir)
    # under the path as typed and as resolved: the library may keep either
    keys = {str(path.expanduser().absolute()), str(path.expanduser().resolve())}
    if all(maps.get(key) == field_map for key in keys):
        return False
    maps.update(dict.fromkeys(keys, field_map))
    index_dir.mkdir(parents=True, exist_ok=True)
    tmp = index_dir / (FIELD_MAPS_FILE + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(maps, ensure_ascii=False, indent=1), "utf-8")
    os.replace(tmp, index_dir / FIELD_MAPS_FILE)
    return True


def apply_field_maps(scan, index_dir: Path) -> None:
    """Put each map into the catalogue entry of the dumps under its path (the nearest
    mapped folder wins). Nothing to do, and no cost but a failed open, without maps."""
    maps = load_field_maps(index_dir)
    if not maps:
        return
    prefixes = sorted(maps, key=len, reverse=True)
    entries = scan.entries
    for i, entry in enumerate(entries):
        path = entry[0]
        for prefix in prefixes:
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                entries[i] = (*entry[:4], {**(entry[4] or {}), "_map": maps[prefix]})
                break
