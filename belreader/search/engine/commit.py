"""Committing: Whoosh's ``commit`` taken apart so the pending manifest is written
before the table of contents (TOC), the merge policy, the clean-up of files no TOC
lists, and the check of a TOC's pickles before Whoosh loads them."""

from __future__ import annotations

import importlib
import io
import pickletools
import shutil
from collections.abc import Callable
from pathlib import Path

from whoosh import index
from whoosh.filedb.structfile import StructFile
from whoosh.reading import SegmentReader

from ..faults import fault_point
from ..schema import INDEX_NAME
from ..types import IndexDamaged, SearchError, damage_message
from .private_api import COMMIT, PRIVATE, TESTED_WHOOSH, TOC_CHECK, whoosh_version

# small segments (one-article syncs) are merged once there are this many
SMALL_SEGMENT_DOCS = 500
MAX_SMALL_SEGMENTS = 10


def _merge_small_segments(writer, segments: list) -> list:
    """Merge policy: merge the segments smaller than SMALL_SEGMENT_DOCS into the new one
    once there are MAX_SMALL_SEGMENTS of them; never touch bigger segments.

    Whoosh's default (MERGE_SMALL) compares running totals with Fibonacci numbers: with
    the ~20 segments of a 100k build it decides to merge *all* of them, rewriting the
    whole index through its pool on the next one-article sync (minutes)."""
    small = [seg for seg in segments if seg.doc_count_all() < SMALL_SEGMENT_DOCS]
    if len(small) < MAX_SMALL_SEGMENTS:
        return segments
    for seg in small:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg.doc_count_all() >= SMALL_SEGMENT_DOCS]


def commit_in_steps(writer, segments: list, write_pending: Callable[[int], None]) -> None:
    """Commit ``writer`` (its deletions, merges and documents, if any) together with
    segments that worker processes wrote, as one new generation of the index: Whoosh's
    ``commit`` taken apart so that the pending manifest is written before the TOC (the
    atomic step: Whoosh writes it to a temporary name and renames it)."""
    if not PRIVATE.usable(COMMIT):
        _commit_public(writer, segments, write_pending)
        return
    if not hasattr(writer, "_added"):  # set per instance: checked before anything is done
        PRIVATE.fell_back(COMMIT, "SegmentWriter has no _added")
        _commit_public(writer, segments, write_pending)
        return
    finalsegments = writer._merge_segments(_merge_small_segments, None, None)
    if writer._added:
        finalsegments.append(writer._finalize_segment())
    else:
        writer._close_segment()
    write_pending(writer.generation)
    fault_point("pending-written")
    finalsegments += segments
    index.TOC(writer.schema, finalsegments, writer.generation).write(
        writer.storage, writer.indexname
    )
    fault_point("toc-written")
    index.clean_files(writer.storage, writer.indexname, writer.generation, finalsegments)
    writer._finish()


def _commit_public(writer, segments: list, write_pending: Callable[[int], None]) -> None:
    """``commit_in_steps`` through ``SegmentWriter.commit``: the pending manifest still
    goes first (the generation the commit will write is known before it); the workers'
    segments join through the merge policy, so they come before the writer's own
    documents in the TOC, not after (only the order of equally scored hits can differ)."""
    write_pending(writer.generation)
    fault_point("pending-written")
    writer.commit(mergetype=lambda w, found: _merge_small_segments(w, found) + list(segments))


# What an index's table of contents may name when it is unpickled: classes of Whoosh
# and of belreader's search package, and a few harmless constructors. Anything else (os.system,
# subprocess, eval...) means the folder was crafted or is not an index.
_TOC_SAFE_GLOBALS = {
    ("re", "_compile"),
    ("copyreg", "_reconstructor"),
    ("copy_reg", "_reconstructor"),
    ("_codecs", "encode"),
    ("array", "array"),
    ("array", "_array_reconstructor"),
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "timedelta"),
    ("collections", "OrderedDict"),
    ("collections", "defaultdict"),
    *(
        (b, n)
        for b in ("builtins", "__builtin__")
        for n in (
            "set",
            "frozenset",
            "dict",
            "list",
            "tuple",
            "object",
            "int",
            "long",
            "float",
            "str",
            "unicode",
            "bytes",
            "bytearray",
            "bool",
            "complex",
            "slice",
            "range",
        )
    ),
}
# Classes the schema pickle of an index built before the search package named, and no
# longer exist: that pickle is skipped, never loaded (an index is always opened with
# belreader's own schema), so naming them is harmless.
_LEGACY_SCHEMA_NAMES = {
    ("belreader.search", "AliasFoldFilter"),
    ("belreader.search", "LanguageStemFilter"),
}
_PICKLE_STRINGS = {
    "SHORT_BINUNICODE",
    "BINUNICODE",
    "BINUNICODE8",
    "UNICODE",
    "SHORT_BINSTRING",
    "BINSTRING",
    "STRING",
}


def _pickle_globals(data: bytes) -> set[tuple[str, str]]:
    """Every (module, name) a pickle would import, read without unpickling it."""
    found: set[tuple[str, str]] = set()
    strings: list[str] = []
    for op, arg, _ in pickletools.genops(io.BytesIO(data)):
        if op.name in _PICKLE_STRINGS:
            strings.append(arg if isinstance(arg, str) else str(arg))
        elif op.name == "GLOBAL":
            assert isinstance(arg, str)  # pickletools reads GLOBAL's "module name" as one str
            module, _, name = arg.partition(" ")
            found.add((module, name))
        elif op.name == "STACK_GLOBAL":
            if len(strings) < 2:
                found.add(("?", "?"))  # names built some other way: not ours
            else:
                found.add((strings[-2], strings[-1]))
    return found


def _allowed_global(module: str, name: str) -> bool:
    if (module, name) in _TOC_SAFE_GLOBALS:
        return True
    if (module, name) in _LEGACY_SCHEMA_NAMES:
        return True
    if module in ("whoosh", "belreader.search") or module.startswith(
        ("whoosh.", "belreader.search.")
    ):
        try:
            obj = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError, ValueError):
            return False
        return isinstance(obj, type)  # a class, not a function like os.system
    return False


def check_toc(path: Path) -> None:
    """Whoosh unpickles the table of contents, and unpickling runs what it names: read
    the two pickles in it first, without loading them, and refuse one that names
    anything but Whoosh's and belreader's classes. (The segment files hold pickles
    too, read as they are searched: an index folder is still trusted like code, see
    the README.)"""
    if not PRIVATE.usable(TOC_CHECK):
        # not damage: this Whoosh reads the TOC another way, and it cannot be checked
        raise SearchError(
            f"cannot check the index at {path.parent} with Whoosh {whoosh_version()}: "
            f"belreader was checked with whoosh-reloaded {TESTED_WHOOSH}; install that"
        )
    try:
        with open(path, "rb") as raw:
            stream = StructFile(raw)
            for _ in range(3):  # the sizes of int, long and float
                stream.read_varint()
            stream.read_int()  # byte order check
            stream.read_int()  # TOC version
            for _ in range(3):  # release
                stream.read_varint()
            schema = stream.read_string()
            stream.read_int()  # generation
            stream.read_int()  # unused
            segments = raw.read()
        names = _pickle_globals(schema) | _pickle_globals(segments)
    except Exception as exc:  # not a TOC Whoosh could read either: say damaged
        raise IndexDamaged(damage_message(path.parent, exc)) from None
    bad = sorted(f"{m}.{n}" for m, n in names if not _allowed_global(m, n))
    if bad:
        raise IndexDamaged(
            f"the index at {path.parent} has a table of contents that would run {bad[0]} when "
            "loaded: not loaded; rebuild it with `belreader index --rebuild` (bookmarks are kept)"
        )


def remove_orphan_segments(ix, folder: Path) -> None:
    """Delete segment files (and old TOCs) that the newest TOC of ``ix`` does not list:
    what a killed indexer's workers had written but never committed. Whoosh's own
    clean-up, run on the committed generation."""
    if not PRIVATE.usable(COMMIT):
        return  # left to the next commit: Whoosh's own cleans the files its TOC does not list
    index.clean_files(ix.storage, INDEX_NAME, ix.latest_generation(), ix._segments())
    # a killed writer's scratch folder (a finished one destroys it)
    shutil.rmtree(folder / f"{INDEX_NAME}.tmp", ignore_errors=True)
