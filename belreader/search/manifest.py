"""What the index folder records beside the index itself: the manifest (which corpus
files the index holds, at which generation), the scan state (what the last sync saw,
in brief) and the digests of the segment files. Each is written whole (a temporary
file renamed) and read without ever crashing: what cannot be used means "rebuild"."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import time
from contextlib import suppress
from pathlib import Path

from ..library import gc_paused
from .schema import INDEX_NAME, SCHEMA_VERSION

# the corpus files the index holds: path -> (id, mtime_ns, size, content hash), and the
# files that could not be read. Stored as marshal'd columns (load ~0.03 s at 100k
# articles, against ~0.2 s for the JSON object it replaces); a manifest in the old
# JSON format (LEGACY_MANIFEST_FILE) is still read, and replaced by the next sync.
MANIFEST_FILE = "manifest.bin"
# what the last sync saw, in brief (see write_state): lets a start with nothing changed
# skip loading and comparing the per-file manifest
STATE_FILE = "scan-state.bin"
STATE_MAGIC = "belreader-scan-state"
LEGACY_MANIFEST_FILE = "manifest.json"
MANIFEST_MAGIC = "belreader-manifest"
MANIFEST_FORMAT = 2  # 2 records the index generation it describes
PENDING_MANIFEST_FILE = "manifest.pending"  # written before the TOC, renamed after it
# (size, blake2b) of every segment file as written: Whoosh keeps no checksums, and
# garbage inside a segment file otherwise changes results silently
SEGMENT_SUMS_FILE = "segments.sum"
SEGMENT_CHECKED_FILE = "segments.checked"  # when each file was last found intact
SEGMENT_CHECK_BUDGET = 256 << 20  # bytes the app reads per start to check segments


# -- the manifest ----------------------------------------------------------------------
def read_manifest(index_dir: Path) -> dict:
    """{"schema", "aliases", "files": {path: (id, mtime_ns, size, hash)},
    "bad": {path: (mtime_ns, size, reason)}, "generation"}, or {} when there is none or
    it cannot be used (then the next sync rebuilds: never a crash)."""
    try:
        data = (index_dir / MANIFEST_FILE).read_bytes()
    except OSError:
        return _read_legacy_manifest(index_dir)
    try:
        with gc_paused():
            return manifest_from_bytes(data)
    except Exception:  # damaged, or another Python's marshal format: rebuild
        return {}


def recorded_schema(index_dir: Path) -> int | None:
    """The index schema version the manifest records, even one this version cannot use
    (None when there is no readable manifest): says why a sync rebuilds."""
    try:
        data = marshal.loads((index_dir / MANIFEST_FILE).read_bytes())
        if isinstance(data, tuple) and data[:1] == (MANIFEST_MAGIC,) and len(data) > 2:
            return data[2] if isinstance(data[2], int) else None
    except (OSError, EOFError, ValueError, TypeError):
        pass
    try:
        schema = json.loads((index_dir / LEGACY_MANIFEST_FILE).read_text("utf-8")).get("schema")
        return schema if isinstance(schema, int) else None
    except (OSError, ValueError, AttributeError):
        return None


def _read_legacy_manifest(index_dir: Path) -> dict:
    try:
        data = json.loads((index_dir / LEGACY_MANIFEST_FILE).read_text("utf-8"))
        if (
            data.get("schema") == SCHEMA_VERSION
            and isinstance(data.get("files"), dict)
            and isinstance(data.get("bad", {}), dict)
        ):
            data["legacy"] = True  # the next sync writes it in the current format
            return data
    except (OSError, ValueError, AttributeError):
        pass
    return {}


def write_manifest(index_dir: Path, data: dict, *, pending: bool = False) -> None:
    """Write the manifest whole (a temporary file renamed), as ``manifest.bin`` or,
    before a commit, as the pending manifest of the generation being committed."""
    path = index_dir / (PENDING_MANIFEST_FILE if pending else MANIFEST_FILE)
    tmp = path.with_suffix(".tmp")
    with gc_paused():
        raw = manifest_to_bytes(data)
    tmp.write_bytes(raw)
    os.replace(tmp, path)
    if not pending:
        # an old-format manifest would be stale from now on
        (index_dir / LEGACY_MANIFEST_FILE).unlink(missing_ok=True)


def manifest_stamp(index_dir: Path) -> str | None:
    """Which manifest is on disk, by its file's change time and size (a stat, no read):
    what the stories store records to know whether it is in step; None without one."""
    try:
        st = (index_dir / MANIFEST_FILE).stat()
    except OSError:
        return None
    return f"{st.st_mtime_ns}:{st.st_size}"


def adopt_pending_manifest(index_dir: Path) -> None:
    """The pending manifest becomes the manifest (its generation is committed)."""
    os.replace(index_dir / PENDING_MANIFEST_FILE, index_dir / MANIFEST_FILE)
    (index_dir / LEGACY_MANIFEST_FILE).unlink(missing_ok=True)


def manifest_data(files: dict, bad: dict, fingerprint: str, generation: int | None) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "aliases": fingerprint,
        "files": files,
        "bad": bad,
        "generation": generation,
    }


def manifest_to_bytes(data: dict) -> bytes:
    files, bad = data.get("files", {}), data.get("bad", {})
    cols = [list(col) for col in zip(*files.values())] if files else [[], [], [], []]
    bad_cols = [list(col) for col in zip(*bad.values())] if bad else [[], [], []]
    return marshal.dumps(
        (
            MANIFEST_MAGIC,
            MANIFEST_FORMAT,
            data.get("schema"),
            data.get("aliases"),
            list(files),
            *cols,
            list(bad),
            *bad_cols,
            data.get("generation"),
        )
    )


def manifest_from_bytes(raw: bytes) -> dict:
    data = marshal.loads(raw)
    if not (
        isinstance(data, tuple)
        and data[:1] == (MANIFEST_MAGIC,)
        and (data[1], len(data)) in ((1, 13), (MANIFEST_FORMAT, 14))
    ):
        return {}
    if len(data) == 13:  # format 1 recorded no generation: trusted as before
        data = (*data, None)
    (
        _,
        _,
        schema,
        fingerprint,
        paths,
        ids,
        mtimes,
        sizes,
        hashes,
        bpaths,
        bmtimes,
        bsizes,
        reasons,
        gen,
    ) = data
    if schema != SCHEMA_VERSION:
        return {}
    if not (
        len(paths) == len(ids) == len(mtimes) == len(sizes) == len(hashes)
        and len(bpaths) == len(bmtimes) == len(bsizes) == len(reasons)
    ):
        return {}
    return {
        "schema": schema,
        "aliases": fingerprint,
        "files": dict(zip(paths, zip(ids, mtimes, sizes, hashes))),
        "bad": dict(zip(bpaths, zip(bmtimes, bsizes, reasons))),
        "generation": gen if isinstance(gen, int) else None,
    }


def _diff(scan, manifest: dict) -> tuple[list[str], list[str], list[str], int]:
    files = manifest.get("files", {})
    bad = manifest.get("bad", {})
    added, changed, unchanged = [], [], 0
    for path, cf in scan.files.items():
        old = files.get(path)
        if old is not None:
            if old[1] != cf.mtime_ns or old[2] != cf.size or old[0] != cf.id:
                changed.append(path)
            else:
                unchanged += 1
            continue
        old = bad.get(path)
        if old is None:
            added.append(path)
        elif old[0] != cf.mtime_ns or old[1] != cf.size:
            changed.append(path)
    current = scan.files
    deleted = [p for p in files if p not in current] + [p for p in bad if p not in current]
    return added, changed, deleted, unchanged


def changes(scan, manifest: dict) -> tuple[list[str], list[str], list[str], int, dict[str, int]]:
    """``_diff``, except that the articles of a corpus folder that is missing or has no
    article files left (an unmounted disk, its mount point empty) are kept, not
    deleted: the last item counts them by folder."""
    added, changed, deleted, unchanged = _diff(scan, manifest)
    if not deleted or not scan.unavailable:
        return added, changed, deleted, unchanged, {}
    roots = {root: root.rstrip("/") + "/" for root in scan.unavailable}
    unavailable: dict[str, int] = {}
    kept = set()
    files = manifest.get("files", {})
    for path in deleted:
        for root, prefix in roots.items():
            if path == root or path.startswith(prefix):
                kept.add(path)
                if path in files:
                    unavailable[root] = unavailable.get(root, 0) + 1
                break
    return added, changed, [p for p in deleted if p not in kept], unchanged, unavailable


# -- the scan state --------------------------------------------------------------------
def read_state(index_dir: Path) -> dict | None:
    try:
        data = marshal.loads((index_dir / STATE_FILE).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (
        isinstance(data, tuple)
        and len(data) == 6
        and data[0] == STATE_MAGIC
        and data[1] == SCHEMA_VERSION
    ):
        return None
    _, _, aliases, digest, indexed, bad = data
    return {"aliases": aliases, "digest": digest, "indexed": indexed, "bad": bad}


def state_matches(state: dict, scan, fingerprint: str) -> bool:
    """True when the corpus is file for file (path, id, mtime, size, catalogue) what
    the last sync left indexed, under the same aliases."""
    return state["aliases"] == fingerprint and state["digest"] == scan.fingerprint()


def write_state(
    index_dir: Path, scan_digest: bytes, files: dict, bad: dict, fingerprint: str
) -> None:
    """The digest of the scan a sync worked from, written after its manifest: the
    next start compares a fresh scan's digest with it (one small file) instead of
    loading the manifest and comparing 100k entries. Removed before a manifest is
    written, so a crash in between leaves no state, never a stale one."""
    path = index_dir / STATE_FILE
    tmp = path.with_suffix(".tmp")
    bad_now = [(p, entry[2]) for p, entry in bad.items()]
    tmp.write_bytes(
        marshal.dumps(
            (STATE_MAGIC, SCHEMA_VERSION, fingerprint, scan_digest, len(files), bad_now), 2
        )
    )
    os.replace(tmp, path)


def forget_state(index_dir: Path) -> None:
    (index_dir / STATE_FILE).unlink(missing_ok=True)


# -- segment digests -------------------------------------------------------------------
def segment_files(folder: Path) -> list[Path]:
    """The index's segment files (``articles_<id>.<ext>``; not the TOCs, the write
    lock or a writer's scratch folder)."""
    prefix = INDEX_NAME + "_"
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.name.startswith(prefix)
            and not p.name.endswith(("WRITELOCK", ".tmp"))
            and p.is_file()
        )
    except OSError:
        return []


def _file_digest(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=16)).hexdigest()


def record_segment_sums(index_dir: Path, folder: Path) -> None:
    """Digest the segment files of ``folder`` written since the last record (segment
    files are written once and never changed: a digest stays true while its file
    exists)."""
    old = read_segment_sums(index_dir)
    sums = {}
    for path in segment_files(folder):
        size = path.stat().st_size
        entry = old.get(path.name)
        sums[path.name] = entry if entry and entry[0] == size else [size, _file_digest(path)]
    target = index_dir / SEGMENT_SUMS_FILE
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(sums), "utf-8")
    os.replace(tmp, target)


def read_segment_sums(index_dir: Path) -> dict[str, list]:
    try:
        data = json.loads((index_dir / SEGMENT_SUMS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def damaged_segment_files(
    index_dir: Path, folder: Path, budget_bytes: int | None = None
) -> list[str]:
    """Segment files whose size or digest differs from what was recorded when they
    were written (garbage from a bad disk or an edit), by name. Files written
    before digests were kept are not checked.

    Reading is the cost (1.3-3.7 s for the 190 MB of a 10k index, ~2 GB at 100k):
    with ``budget_bytes`` it checks files never checked first, then those checked
    longest ago, until the budget is read, and remembers when it checked each one
    (``segments.checked``), so repeated calls (the app, once per start) cover the
    whole index in turn at a bounded cost each."""
    sums = read_segment_sums(index_dir)
    checked_path = index_dir / SEGMENT_CHECKED_FILE
    try:
        checked = json.loads(checked_path.read_text("utf-8"))
        checked = checked if isinstance(checked, dict) else {}
    except (OSError, ValueError):
        checked = {}
    files = [p for p in segment_files(folder) if sums.get(p.name)]
    files.sort(key=lambda p: (checked.get(p.name, 0), p.name))
    damaged, read, now = [], 0, time.time()
    for path in files:
        if budget_bytes is not None and read >= budget_bytes:
            break
        entry = sums[path.name]
        try:
            same = path.stat().st_size == entry[0] and _file_digest(path) == entry[1]
        except OSError:
            same = False
        read += entry[0]
        if same:
            checked[path.name] = now
        else:
            damaged.append(path.name)
    live = {p.name for p in files}
    with suppress(OSError):  # best effort: a read-only index is just checked again
        tmp = checked_path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({k: v for k, v in checked.items() if k in live}), "utf-8")
        os.replace(tmp, checked_path)
    return damaged
