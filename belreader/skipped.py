"""Files a sync could not index, each with its true reason, kept next to the index.

Every finished sync reports the full set of files it had to skip (unreadable, not
text, too large, a folder that cannot be listed…). It is written here so that the app
can show it (palette, library line) without a sync of its own, and so that the CLI can
tell the user once when the set changes instead of repeating it on every call.
Plain JSON, written atomically; an unreadable file counts as "none recorded".
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "skipped.json"


@dataclass(frozen=True, order=True)
class SkippedFile:
    path: str
    reason: str


def _file(index_dir: Path) -> Path:
    return Path(index_dir) / FILE_NAME


def load(index_dir: Path) -> list[SkippedFile]:
    """The files the last finished sync skipped, sorted by path."""
    try:
        data = json.loads(_file(index_dir).read_text("utf-8"))
        return sorted(SkippedFile(str(e["path"]), str(e["reason"])) for e in data["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return []


def as_list(pairs) -> list[SkippedFile]:
    """A sync report's (path, reason) pairs, without repeats, sorted by path."""
    return sorted({SkippedFile(str(p), str(r)) for p, r in pairs})


def record(index_dir: Path, pairs) -> bool:
    """Keep the set a sync just reported; True when it differs from the one kept."""
    files = as_list(pairs)
    if files == load(index_dir):
        return False
    target = _file(index_dir)
    tmp = target.with_suffix(".tmp")
    try:
        tmp.write_text(
            json.dumps({"files": [f.__dict__ for f in files]}, ensure_ascii=False, indent=1),
            "utf-8",
        )
        os.replace(tmp, target)
    except OSError:
        return False  # a read-only index: the list is a convenience, the sync stands
    return True


def summary(files: list[SkippedFile]) -> str:
    """ "3 files skipped (binary file, not text: 2; empty file: 1)": reasons counted, most first."""
    from collections import Counter

    if not files:
        return "no files skipped"
    counts = Counter(_reason_kind(f.reason) for f in files)
    kinds = "; ".join(f"{kind}: {n}" for kind, n in counts.most_common())
    return f"{len(files)} file{'s' * (len(files) != 1)} skipped ({kinds})"


def _reason_kind(reason: str) -> str:
    # reasons carry details after a colon or a parenthesis ("cannot open folder (…)")
    return reason.split(":")[0].split(" (")[0].strip() or reason
