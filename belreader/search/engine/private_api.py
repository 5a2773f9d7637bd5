"""Every private Whoosh name the engine relies on, in one place, by the fast path that
uses it, and what runs instead when Whoosh no longer has it.

A fast path asks ``PRIVATE.usable(path)`` before it runs: the first time, the names
it lists are looked up (module attributes and class attributes; what Whoosh sets per
instance can only be met when the code runs). When one is missing, or the fast code
meets an AttributeError, TypeError or ImportError (``FALLBACK_ERRORS``: a name
renamed, a signature changed), the query or build runs Whoosh's own public code
instead, and ``PRIVATE.fell_back`` logs one warning per fast path. Such a failure is
never reported as a damaged index: only what Whoosh's own code fails on is.

Checked against whoosh-reloaded ``TESTED_WHOOSH`` (pinned in pyproject.toml)."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import Any

TESTED_WHOOSH = ">=2.7.5,<2.8"

# what a renamed or re-signed private name raises in the fast code
FALLBACK_ERRORS = (AttributeError, TypeError, ImportError)

log = logging.getLogger("belreader.search.engine")


@dataclass(frozen=True)
class FastPath:
    name: str
    # "module:Qualified.name", looked up at first use
    names: tuple[str, ...]
    # set by Whoosh per instance: met only when the fast code runs
    instance_names: tuple[str, ...]
    fallback: str  # what runs instead


EVALUATOR = FastPath(
    "block evaluator",
    (
        "whoosh.reading:SegmentReader.deleted_docs_set",
        "whoosh.codec.whoosh3:W3LeafMatcher",
        "whoosh.codec.whoosh3:W3LeafMatcher._read_data",
        "whoosh.codec.whoosh3:W3LeafMatcher._next_block",
    ),
    (
        "SegmentReader._terms (.matcher)",
        "W3LeafMatcher._byteids, _fixedsize, _atend, _data, _blocklength",
        "the W3 block layout: ids as deltas; weights None, one float or a list; values",
        "the Positions value layout: a 4-byte count, then pickled deltas",
    ),
    "Whoosh's matchers and collector",
)

LENGTH_NORMS = FastPath(
    "BM25F length norms",
    (
        "whoosh.codec.whoosh3:LENGTHS_COLUMN",
        "whoosh.codec.whoosh3:_lenfield",
        "whoosh.codec.whoosh3:W3PerDocReader._cached_reader",
        "whoosh.columns:NumericColumn.Reader",
        "whoosh.util.numeric:byte_to_length",
    ),
    (
        "BM25F._field_B",
        "BM25FScorer.idf, avgfl",
        "SegmentReader._perdoc",
        "NumericColumn.Reader._fixedlen, _dbfile, _basepos, _count, _default",
    ),
    "BM25F's own per-posting length lookup",
)

PHRASES = FastPath(
    "phrase positions",
    (
        "whoosh.query.spans:SpanNear2.SpanNear2Matcher._get_spans",
        "whoosh.query.spans:Span",
    ),
    ("SpanNear2Matcher.ms, slop, ordered, mindist",),
    "Whoosh's SpanNear2 matcher",
)

COLLECTOR = FastPath(
    "top-and-count collector",
    ("whoosh.collectors:TopCollector",),
    ("TopCollector(usequality=...), .replace, .offset",),
    "Searcher.search and Searcher.docs_for_query",
)

DATE_COLUMNS = FastPath(
    "date filter from the date column",
    ("whoosh.util.times:datetime_to_long", "whoosh.util.times:long_to_datetime"),
    (),
    "Whoosh's own matching of the date range",
)

WORKER_WRITER = FastPath(
    "parallel build",
    (
        "whoosh.writing:SegmentWriter._check_state",
        "whoosh.writing:SegmentWriter._doc_boost",
        "whoosh.writing:SegmentWriter._field_boost",
        "whoosh.writing:SegmentWriter._check_fields",
        "whoosh.writing:SegmentWriter._flush_segment",
        "whoosh.writing:SegmentWriter._finalize_segment",
        "whoosh.writing:SegmentWriter._close_segment",
        "whoosh.codec.whoosh3:W3Codec.length_stats",
    ),
    (
        "SegmentWriter(_lk=...), .perdocwriter, .docnum, .pool, ._added",
        "SegmentWriter.fieldwriter._postfile, _tindex, _format, _fieldid, _postwriter",
        "W3PostingsWriter._inlinelimit, _compression, _byteids, _blocklimit",
        "the W3 on-disk format (W3Bl magic, block headers, W3TermInfo), see codec.py",
    ),
    "indexing in this process with Whoosh's own writer",
)

COMMIT = FastPath(
    "commit in steps",
    (
        "whoosh.writing:SegmentWriter._merge_segments",
        "whoosh.writing:SegmentWriter._finalize_segment",
        "whoosh.writing:SegmentWriter._close_segment",
        "whoosh.writing:SegmentWriter._finish",
        "whoosh.index:TOC",
        "whoosh.index:clean_files",
        "whoosh.index:FileIndex._segments",
    ),
    ("SegmentWriter._added",),
    "SegmentWriter.commit with belreader's merge policy",
)

FAST_PATHS = (EVALUATOR, LENGTH_NORMS, PHRASES, COLLECTOR, DATE_COLUMNS, WORKER_WRITER, COMMIT)


def resolve(spec: str) -> Any:
    """The object ``"module:Qualified.name"`` names (ImportError, AttributeError)."""
    module, _, qualname = spec.partition(":")
    obj: Any = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def whoosh_version() -> str:
    try:
        return ".".join(map(str, importlib.import_module("whoosh").__version__))
    except (ImportError, AttributeError, TypeError):
        return "?"


class PrivateApi:
    """Which fast paths this Whoosh still supports (looked up once each), and which
    have been warned about (once each)."""

    def __init__(self) -> None:
        self._usable: dict[str, bool] = {}
        self._warned: set[str] = set()

    def usable(self, path: FastPath) -> bool:
        ok = self._usable.get(path.name)
        if ok is None:
            missing = []
            for spec in path.names:
                try:
                    resolve(spec)
                except FALLBACK_ERRORS:
                    missing.append(spec)
            ok = self._usable[path.name] = not missing
            if missing:
                self.fell_back(path, f"Whoosh has no {', '.join(missing)}")
        return ok

    def fell_back(self, path: FastPath, why: BaseException | str) -> None:
        """Log, once per fast path, that Whoosh's own code ran instead of it."""
        if path.name in self._warned:
            return
        self._warned.add(path.name)
        if isinstance(why, BaseException):
            why = f"{type(why).__name__}: {why}"
        log.warning(
            "Whoosh %s does not match belreader's %s (%s); using %s instead: same "
            "results, slower. belreader was checked with whoosh-reloaded %s.",
            whoosh_version(),
            path.name,
            why,
            path.fallback,
            TESTED_WHOOSH,
        )

    def reset(self) -> None:
        """Look the names up again, and warn again (for tests that change Whoosh)."""
        self._usable.clear()
        self._warned.clear()


PRIVATE = PrivateApi()
