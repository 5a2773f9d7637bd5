"""User settings (the theme, for now): a small JSON file in the data directory.

Plain Python, no Textual: the app reads and writes it through these two functions.
Unreadable settings are ignored rather than fatal: they are a preference, not work.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def load_settings(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested too deep
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(path: Path, **changes: object) -> bool:
    """Merge ``changes`` into the file atomically. False when it cannot be written."""
    data = load_settings(path)
    data.update(changes)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), "utf-8")
        os.replace(tmp, path)
    except OSError:
        return False
    return True
