"""The search engine: the only module that knows Whoosh.

It offers the rest of belreader a small interface (``SearchIndex``): sync a library
into the index incrementally, search with the Whoosh query language, list the library
newest first, fetch a stored article with its claims, and compute highlight spans.
Everything it returns is plain dataclasses, so the engine can change behind it.
"""

from __future__ import annotations

import errno
import fcntl
import functools
import gc
import hashlib
import json
import marshal
import operator
import os
import pickle
import re
import shutil
import signal
import struct
import sys
import threading
import time
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import accumulate
from pathlib import Path

from whoosh import collectors, fields, formats, index, scoring
from whoosh import query as wq
from whoosh.analysis import STOP_WORDS, Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import LockError
from whoosh.lang import stemmer_for_language
from whoosh.qparser import AndGroup, GtLtPlugin, MultifieldParser

from . import aliases as aliases_mod
from .ingest import Article, IngestError, read_articles, record_hash
from .library import Library, LibraryError, gc_paused
from .results import FIRST_PAGE_FILE, Hit, Results, Snippet, forget_first_page, write_first_page

SCHEMA_VERSION = 2
# the corpus files the index holds: path -> (id, mtime_ns, size, content hash), and the
# files that could not be read. Stored as marshal'd columns (load ~0.03 s at 100k
# articles, against ~0.2 s for the JSON object it replaces); a manifest in the old
# JSON format (LEGACY_MANIFEST_FILE) is still read, and replaced by the next sync.
MANIFEST_FILE = "manifest.bin"
# what the last sync saw, in brief (see _write_state): lets a start with nothing changed
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
# the library's words as written (lower case), for "did you mean"; kept beside the index
WORDS_FILE = "words.txt"
INDEX_NAME = "articles"
MAX_QUERY_CHARS = 1000
# prefix*/wild?card: at least this many letters before the first wildcard, and at most
# this many words of the library matched. Expansions are what sets query p95 at 100k
# articles (every expanded word is a posting list to score); beyond the cap the user is
# asked for more letters instead of waiting.
MIN_PREFIX_CHARS = 2
MAX_EXPANSION_TERMS = 1500
# a query still running after this long is stopped and the user told why: the caps above
# bound what can be foreseen, this bounds the rest (the app holds the index meanwhile)
QUERY_DEADLINE_SECONDS = 3.0
TOO_SLOW = (
    f"the query was stopped after {QUERY_DEADLINE_SECONDS:g} s: "
    "make it narrower (more words, fewer wildcards, ranges and ORs)"
)
# Segments are written as separate files (compound=False): opening the index then maps
# them instead of copying them whole into memory (~0.3 s and ~1 GiB at 100k articles).
WRITER_LIMIT_MB = 64
# an indexing worker's in-memory postings (see _CompactPool) before it starts a new
# segment. Both workers can be at their budget at once: at 64 a 100k build peaked at 419
# MiB (RSS summed over the process tree), at 48 at 367, with 20 segments instead of 14
WORKER_SEGMENT_MB = 48
# Below this many files to (re)index, one process does it all; above, one worker per core.
PARALLEL_MIN_FILES = 200
# small segments (one-article syncs) are merged once there are this many
SMALL_SEGMENT_DOCS = 500
MAX_SMALL_SEGMENTS = 10
# sync() right after needs_sync() reuses its scan when it is this fresh
RECENT_SCAN_SECONDS = 2.0
MAX_INDEX_PROCS = 4
QUERYABLE_FIELDS = ("title", "body", "source", "speaker", "author", "date", "lang")
FIELD_ALIASES = {"content": "body", "text": "body", "outlet": "source", "language": "lang"}


SYNC_LOCK = "sync.lock"
SYNC_MARKER = "sync.running"  # present while a sync writes; left behind by a killed one
# A lock whose recorded owner has died is held by something it left behind (workers
# of an older version, a debugger): after this grace the waiter says so and stops.
DEAD_OWNER_GRACE_SECONDS = 5.0

# The steps of a sync's commit sequence, in order. ``BELREADER_FAULT=<step>`` kills
# the process (SIGKILL, no clean-up) when it reaches that step, so tests and
# benchmarks/kill_trials.py can interrupt a sync exactly there.
FAULT_POINTS = (
    "indexed",
    "pending-written",
    "toc-written",
    "index-committed",
    "manifest-written",
    "state-written",
)
# Also: "created" (a rebuild's empty index made) and "workers-started".


def _fault_point(step: str) -> None:
    if os.environ.get("BELREADER_FAULT") == step:
        os.kill(os.getpid(), signal.SIGKILL)


class SearchError(Exception):
    """Search could not run (index damaged, locked...); the message is one line."""


class IndexDamaged(SearchError):
    """The index files are unreadable; ``belreader index --rebuild`` recovers."""


def _damage_message(where: Path, exc: BaseException) -> str:
    return (
        f"the index at {where} is damaged ({type(exc).__name__}); "
        "run `belreader index --rebuild` (bookmarks are kept)"
    )


def _reads_index(method):
    """Whoosh raises whatever its file reading hits (struct.error, EOFError, IndexError,
    OSError, "Block tag error"...) when segment files are truncated, missing or garbage.
    Every method that reads the index turns those into one clear IndexDamaged."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except SearchError:
            raise
        except Exception as exc:
            raise IndexDamaged(_damage_message(self.dir, exc)) from None

    return wrapper


class QueryError(SearchError):
    """A query that cannot be run as typed; the message explains it to the user."""


# ---------------------------------------------------------------------- analysis

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class _StatelessFilter(Filter):
    """A filter whose behaviour comes from module state (the alias table, the stem
    cache), not from attributes: it pickles into the index schema as nothing, and two
    instances are always equal."""

    is_morph = True  # spelling suggestions should see the words as written

    def __init__(self) -> None:
        pass

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        pass

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)


class AliasFoldFilter(_StatelessFilter):
    """Folds every spelling of an entity into one term (lukashenka -> lukashenko).

    The alias table is not pickled with the schema: it is the library's current table
    (set by ``use_aliases``), and the manifest records its hash so that a changed table
    triggers a rebuild.
    """

    def __call__(self, tokens):
        terms = _current_aliases().terms
        for t in tokens:
            # the query side of fold_case (indexing goes through _term_of): this filter
            # sits in the schema pickled into existing indexes, a new one would not
            t.text = fold_case(t.text)
            folded = terms.get(t.text)
            if folded is None and _CYRILLIC.match(t.text):
                folded = terms.get(_stem_ru(t.text))
            if folded is not None:
                t.text = folded
            yield t


class LanguageStemFilter(_StatelessFilter):
    """English stemming for Latin words, Russian stemming for Cyrillic ones, cached:
    a corpus repeats a small vocabulary, and stemming is the costliest filter."""

    def __call__(self, tokens):
        cache = _STEM_CACHE
        for t in tokens:
            if not t.stopped:
                text = t.text
                stem = cache.get(text)
                if stem is None:
                    stem = _stem_ru(text) if _CYRILLIC.match(text) else _stem_en(text)
                    if len(cache) < 500_000:
                        cache[text] = stem
                t.text = stem
            yield t


_STEM_CACHE: dict[str, str] = {}
_stem_en = stemmer_for_language("en")
_stem_ru = stemmer_for_language("ru")
_ALIASES: aliases_mod.AliasTable | None = None


def use_aliases(table: aliases_mod.AliasTable) -> None:
    global _ALIASES
    if table is not _ALIASES:
        _TERM_CACHE.clear()
    _ALIASES = table


def _current_aliases() -> aliases_mod.AliasTable:
    return _ALIASES if _ALIASES is not None else aliases_mod.default_table()


# how words become terms besides the alias table: part of the fingerprint, so that an
# index built with other rules (before fold_case) is rebuilt rather than half-matching
TERM_RULES = "nfkc-casefold"


def aliases_fingerprint(table: aliases_mod.AliasTable) -> str:
    data = json.dumps([TERM_RULES, sorted(table.terms.items())], ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def text_analyzer():
    return (
        RegexTokenizer(r"\w+(?:[.'’]\w+)*")
        | LowercaseFilter()
        | AliasFoldFilter()
        | StopFilter(minsize=1)
        | LanguageStemFilter()
    )


# One pass over a text for indexing: the same terms and positions as ``text_analyzer``
# (tokenize, lower-case, fold aliases, drop stop words and renumber, stem), but with the
# whole word -> term chain cached per distinct surface word, so each token costs a dict
# lookup instead of five generator steps. Query parsing and highlighting still use the
# analyzer itself; tests check that both agree.
_TOKEN_RE = re.compile(r"\w+(?:[.'’]\w+)*")
_TERM_CACHE: dict[str, str] = {}  # surface word -> term ("" for a stop word)
_TERM_CACHE_MAX = 1_000_000
# while indexing, the words seen are collected here (for WORDS_FILE)
_WORD_SINK: set[str] | None = None


def fold_case(word: str) -> str:
    """A word as indexed and as queried: NFKC (``ﬁ`` -> ``fi``, composed accents, full-width
    letters) and case-folded (``ß`` -> ``ss``), so both sides compare the same string."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", word).casefold())


def _term_of(word: str) -> str:
    text = fold_case(word)
    terms = _current_aliases().terms
    folded = terms.get(text)
    if folded is None and _CYRILLIC.match(text):
        folded = terms.get(_stem_ru(text))
    if folded is not None:
        text = folded
    if text in STOP_WORDS:
        return ""
    stem = _STEM_CACHE.get(text)
    if stem is None:
        stem = _stem_ru(text) if _CYRILLIC.match(text) else _stem_en(text)
    return stem


def index_terms(value: str) -> dict[str, list[int]]:
    """term -> positions, exactly as ``text_analyzer`` would index ``value``."""
    cache = _TERM_CACHE
    poses: dict[str, list[int]] = {}
    # like StopFilter(renumber=True): the first kept token keeps its position in the
    # token stream, the kept tokens after it are numbered consecutively
    pos = None
    skipped = 0
    words = _TOKEN_RE.findall(value)
    if _WORD_SINK is not None:
        _WORD_SINK.update(words)
    for word in words:
        term = cache.get(word)
        if term is None:
            term = _term_of(word)
            if len(cache) < _TERM_CACHE_MAX:
                cache[word] = term
        if not term:
            skipped += 1
            continue
        if pos is None:
            pos = skipped
        else:
            pos += 1
        plist = poses.get(term)
        if plist is None:
            poses[term] = [pos]
        else:
            plist.append(pos)
    return poses


class FastText(fields.TEXT):
    """A TEXT field (positions, our analyzer) that indexes through ``index_terms``."""

    def index(self, value, **kwargs):
        if not isinstance(value, str) or type(self.format) is not formats.Positions:
            yield from super().index(value, **kwargs)
            return
        fb = self.format.field_boost
        encode = self.format.encode
        for term, plist in index_terms(value).items():
            n = len(plist)
            yield term.encode("utf-8"), n, n * fb, encode(plist)


class _TopAndMatched(collectors.TopCollector):
    """The ``limit`` best-scored documents, and the number of every match (for the total
    and the source counts) from the same pass.

    Whoosh's pruning (``replace`` of sub-matchers below the current minimum score and
    block-quality skipping) is off: on this schema it drops real top hits of AND
    queries (e.g. ``source:belsat AND election`` loses its best two at 10k articles),
    and with every match needed for the facets it saves nothing."""

    def __init__(self, limit: int, deadline: float = float("inf")) -> None:
        super().__init__(limit=max(limit, 1), usequality=False)
        self.replace = 0
        self.matched: list[int] = []
        self.deadline = deadline

    def collect(self, sub_docnum):
        matched = self.matched
        if not len(matched) % 1024 and time.monotonic() > self.deadline:
            raise QueryError(TOO_SLOW)
        matched.append(self.offset + sub_docnum)
        return super().collect(sub_docnum)


class _CachedBM25F(scoring.BM25F):
    """BM25F with each segment's field lengths read once into a list of BM25 length
    norms: whoosh's scorer looks the length up per posting through three layers of
    column readers (~40% of a broad OR query's time). Scores are the same floats."""

    def scorer(self, searcher, fieldname, text, qf=1):
        if not searcher.schema[fieldname].scorable:
            return scoring.WeightScorer.for_(searcher, fieldname, text)
        B = self._field_B.get(fieldname, self.B)
        return _CachedBM25FScorer(searcher, fieldname, text, B, self.K1, qf=qf)


class _CachedBM25FScorer(scoring.BM25FScorer):
    def __init__(self, searcher, fieldname, text, B, K1, qf=1):
        super().__init__(searcher, fieldname, text, B, K1, qf=qf)
        try:
            norms = _length_norms(searcher.reader(), fieldname, self.avgfl, B, K1)
        except Exception:  # an unexpected reader: whoosh's own per-posting lookup
            norms = None
        if norms is not None:
            self._norms = norms
            self._k1p1 = K1 + 1
            self.score = self._score_cached

    def _score_cached(self, matcher):
        tf = matcher.weight()
        # bm25() with K1 * ((1 - B) + B * fl / avgfl) precomputed per document
        return self.idf * ((tf * self._k1p1) / (tf + self._norms[matcher.id()]))


def _length_norms(reader, fieldname: str, avgfl: float, B: float, K1: float) -> list | None:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
    from whoosh.columns import NumericColumn
    from whoosh.util.numeric import byte_to_length

    cache = reader.__dict__.setdefault("_belreader_norms", {})
    key = (fieldname, avgfl, B, K1)
    norms = cache.get(key)
    if norms is None:
        col = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if not isinstance(col, NumericColumn.Reader) or col._fixedlen != 1:
            return None
        n = reader.doc_count_all()
        raw = col._dbfile.get(col._basepos, min(col._count, n)) if col._count else b""
        raw = bytes(raw) + bytes([col._default & 0xFF]) * (n - len(raw))
        table = [K1 * ((1 - B) + B * byte_to_length(b) / avgfl) for b in range(256)]
        norms = cache[key] = [table[b] for b in raw]
    return norms


def _install_fast_phrases() -> None:
    """Phrase matching ("prime minister") by position arithmetic: a document matches
    where word k sits at p + k for every k. Whoosh's SpanNear2 matcher makes a Span
    object per position of every word and joins them pairwise in Python for every
    document holding all the words (~80% of a phrase query's time). Same matches and
    spans for what a Phrase builds (ordered, slop 1, mindist 1); any other use of
    SpanNear2 keeps whoosh's code."""
    from whoosh.query.spans import Span, SpanNear2

    cls = SpanNear2.SpanNear2Matcher
    if getattr(cls, "_belreader_original", None) is not None:
        return
    original = cls._get_spans

    def _get_spans(self):
        ms = self.ms
        fast = self.__dict__.get("_belreader_fast")
        if fast is None:  # decided once per matcher: the sub-matchers do not change kind
            fast = self._belreader_fast = (
                self.slop == 1
                and self.ordered
                and self.mindist == 1
                and len(ms) >= 2
                and all(m.supports("positions") and not m.supports("characters") for m in ms)
            )
        if not fast:
            return original(self)
        starts = set(ms[0].value_as("positions"))
        for k in range(1, len(ms)):
            if not starts:
                return []
            starts.intersection_update([q - k for q in ms[k].value_as("positions")])
        last = len(ms) - 1
        return [Span(p, p + last) for p in sorted(starts)]

    cls._get_spans = _get_spans
    cls._belreader_original = original


_install_fast_phrases()


class _CompactPool:
    """Postings of a segment being written, grouped by field and term as they arrive.

    Stands in for whoosh's PostingPool in the indexing workers, where documents are
    only ever added in document-number order: each term's postings are then already
    sorted, so the pool needs no sort of millions of tuples and no spill to pickled run
    files merged back in Python (what made whoosh's commit ~45% of a build).

    ``fields`` maps a field name to {term: postings}. A text field's terms are the str
    objects ``index_terms`` returns (shared with its cache; encoded to UTF-8 at flush,
    which sorts them the same), other fields' are whoosh's bytes. A term's postings are
    a bytearray of 12-byte records (_POSTING: document number, weight, value tag), the
    weight as float32, the precision whoosh writes. Most postings hold one position:
    the tag is that position, and the value (its ``Positions`` encoding) is made at
    flush. Any other value is kept in ``values`` (its length, then its bytes) and the
    tag is _VALUE_AT + its offset there; _NO_VALUE stands for an empty one. A weight
    that float32 does not hold exactly is kept in ``exact_weights`` too, so the flush
    writes what whoosh would.

    That is ~13 bytes a posting and ~150 a term (against ~30 and ~500 for a dict of
    arrays per (field, term) key); ``size`` counts them (within a few % of the memory
    the pool takes), and the worker starts a new segment when it passes the budget."""

    def __init__(self, text_fields=frozenset()) -> None:
        self.text_fields = frozenset(text_fields)  # fields whose terms are str
        self.fields: dict[str, dict] = {}
        self.values = bytearray()
        self.exact_weights: dict[tuple[str, str | bytes], dict[int, float]] = {}
        self.size = 0
        self._last_docnum: dict[str, int] = {}  # per field, for add_positions

    def _terms(self, fieldname: str) -> dict:
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        return terms

    def add_positions(
        self,
        fieldname: str,
        docnum: int,
        poses: dict[str, list[int]],
        field_boost: float,
        boost: float,
        max_count: int,
    ) -> None:
        """Add a text field's postings for document ``docnum``: ``poses`` maps each term
        to its positions (as ``index_terms`` returns them), each weighted as
        FastText.index weighs it, ``len(positions) * field_boost * boost``. No term has
        more than ``max_count`` positions, nor a position past it (the text's length
        bounds both)."""
        if docnum <= self._last_docnum.get(fieldname, -1):
            raise ValueError("postings must arrive in document order")
        self._last_docnum[fieldname] = docnum
        terms = self._terms(fieldname)
        if max_count >= _exact_counts(field_boost, boost):
            # a weight float32 might round, or a position too big for a tag: the slow way
            for term, plist in poses.items():
                weight = len(plist) * field_boost * boost
                self._add(fieldname, terms, term, docnum, weight, _positions_encode(plist))
            return
        pack = _POSTING.pack
        pack_length = _VALUE_LENGTH.pack
        values = self.values
        values_before = len(values)
        one = field_boost * boost  # the weight of a one-position posting
        new_terms = 0
        for term, plist in poses.items():
            postings = terms.get(term)
            if postings is None:
                postings = terms[term] = bytearray()
                new_terms += 1
            if len(plist) == 1:
                postings += pack(docnum, one, plist[0])
            else:
                postings += pack(docnum, len(plist) * field_boost * boost, _VALUE_AT + len(values))
                value = _positions_encode(plist)
                values += pack_length(len(value))
                values += value
        if len(values) >= _NO_VALUE - _VALUE_AT:
            raise ValueError("too many postings for one segment")
        self.size += (
            len(poses) * _POSTING_BYTES + new_terms * _TERM_BYTES + len(values) - values_before
        )

    def add(self, item) -> None:
        """Add one posting, given as whoosh's PostingPool.add takes it."""
        fieldname, tbytes, docnum, weight, vbytes = item
        key = tbytes.decode("utf-8") if fieldname in self.text_fields else tbytes
        self._add(fieldname, self._terms(fieldname), key, docnum, weight, vbytes)

    def _add(
        self, fieldname: str, terms: dict, key, docnum: int, weight: float, vbytes: bytes
    ) -> None:
        postings = terms.get(key)
        if postings is None:
            postings = terms[key] = bytearray()
            self.size += _TERM_BYTES + (0 if type(key) is str else len(key) + 33)
        elif docnum <= _POSTING.unpack_from(postings, len(postings) - _POSTING.size)[0]:
            raise ValueError("postings must arrive in document order")
        weight32 = array("f", (weight,))[0]
        if weight32 != weight:  # (or NaN)
            self.exact_weights.setdefault((fieldname, key), {})[docnum] = weight
            weight32 = 0.0  # not used
        if vbytes:
            values = self.values
            tag = _VALUE_AT + len(values)
            if tag >= _NO_VALUE:
                raise ValueError("too many postings for one segment")
            values += _VALUE_LENGTH.pack(len(vbytes))
            values += vbytes
            self.size += _VALUE_LENGTH.size + len(vbytes)
        else:
            tag = _NO_VALUE
        postings += _POSTING.pack(docnum, weight32, tag)
        self.size += _POSTING_BYTES

    def term_postings(self, fieldname: str, key) -> tuple:
        """A term's postings as whoosh's posting writer takes them: (document numbers
        as array('I'), weights as array('f'), their exact values as a list of floats
        (None when float32 holds them all), encoded values as a list of bytes with b""
        for an empty one)."""
        raw = self.fields[fieldname][key]
        records = array("I")  # document, weight bits, tag; three per posting
        records.frombytes(raw)
        weights = array("f")
        weights.frombytes(raw)
        weights = weights[1::3]
        exact = None
        overrides = self.exact_weights.get((fieldname, key))
        docs = records[0::3]
        if overrides:
            exact = [overrides.get(docnum, w) for docnum, w in zip(docs, weights)]
            weights = array("f", exact)
        values = self.values
        one_position = _ONE_POSITION_VALUE
        encoded = []
        append = encoded.append
        for tag in records[2::3]:
            if tag < _VALUE_AT:
                value = one_position.get(tag)
                if value is None:
                    value = one_position[tag] = bytearray(_positions_encode([tag]))
                # a new bytes object each time: whoosh pickles a block's values, and
                # pickle writes an object it has seen before as a reference to it
                append(bytes(value))
            elif tag == _NO_VALUE:
                append(b"")
            else:
                at = tag - _VALUE_AT + _VALUE_LENGTH.size
                end = at + _VALUE_LENGTH.unpack_from(values, tag - _VALUE_AT)[0]
                append(bytes(values[at:end]))
        return docs, weights, exact, encoded

    def cleanup(self) -> None:
        self.fields = {}
        self.values = bytearray()
        self.exact_weights = {}


# a _CompactPool posting: document number, weight, value tag; in native byte order, so
# that a term's records read back as array('I') and array('f') at flush
_POSTING = struct.Struct("=IfI")
_VALUE_LENGTH = struct.Struct("=I")
_VALUE_AT = 1 << 31  # tags from here on: a value at (tag - _VALUE_AT) in the pool's values
_NO_VALUE = (1 << 32) - 1
# what a posting and a term take in a _CompactPool, allocator overheads included
# (measured: a term is a dict entry and a bytearray; its records grow by ~1/16 slack)
_POSTING_BYTES = 13
_TERM_BYTES = 150
# the Positions encoding of [p], by p: made once, copied for each posting at flush
_ONE_POSITION_VALUE: dict[int, bytearray] = {}
_positions_encode = formats.Positions().encode


@functools.lru_cache(maxsize=16)
def _exact_counts(field_boost: float, boost: float) -> int:
    """How many positions a text posting may have for its weight (count * field_boost *
    boost) to be exact in float32, and its position to fit in a _CompactPool tag."""
    try:
        num1, den1 = float(field_boost).as_integer_ratio()
        num2, den2 = float(boost).as_integer_ratio()
    except (OverflowError, ValueError):  # inf, nan
        return 0
    num, den = abs(num1 * num2), den1 * den2  # den: a power of 2
    if den > 1 << 100:  # too small for a normal float32
        return 0
    # count * num / den is exact while count * num fits float32's 24-bit mantissa
    return min((1 << 24) // num if num else _VALUE_AT, _VALUE_AT)


def _worker_add_document(writer, fields_: dict) -> None:
    """``SegmentWriter.add_document`` for an indexing worker's writer (whose pool is a
    _CompactPool): a FastText field's ``index_terms`` go to the pool whole, with no
    generator, posting tuple or method call per posting. The same postings, weights,
    stored values and columns as whoosh's own code."""
    writer._check_state()
    perdocwriter = writer.perdocwriter
    schema = writer.schema
    docnum = writer.docnum
    pool = writer.pool
    add_post = pool.add
    docboost = writer._doc_boost(fields_)
    fieldnames = sorted(name for name in fields_ if not name.startswith("_"))
    writer._check_fields(schema, fieldnames)
    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields_.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                fieldboost = writer._field_boost(fields_, fieldname, docboost)
                scorable = field.scorable
                if (
                    type(field) is FastText
                    and isinstance(value, str)
                    and type(field.format) is formats.Positions
                ):
                    poses = index_terms(value)
                    pool.add_positions(
                        fieldname, docnum, poses, field.format.field_boost, fieldboost, len(value)
                    )
                    if scorable:
                        length = sum(map(len, poses.values()))
                else:
                    for tbytes, freq, weight, vbytes in _field_postings(field, fieldname, value):
                        weight *= fieldboost
                        if scorable:
                            length += freq
                        add_post((fieldname, tbytes, docnum, weight, vbytes))
            if field.separate_spelling() or field.vector:
                raise ValueError("spelling fields and vectors are not supported here")
            customval = fields_.get("_stored_%s" % fieldname, value)
            sv = customval if field.stored else None
            perdocwriter.add_field(fieldname, field, sv, length)
            column = field.column_type
            if column and customval is not None:
                cv = field.to_column_value(customval)
                perdocwriter.add_column_value(fieldname, column, cv)
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    writer._added = True
    writer.docnum += 1


# field.index(value) of the other indexed fields, by value: sources, languages and dates
# repeat from article to article, and whoosh's analysers and numeric encodings cost tens
# of microseconds a value
_FIELD_POSTINGS: dict[tuple, list] = {}
_FIELD_POSTINGS_MAX = 20_000


def _field_postings(field, fieldname: str, value) -> list:
    if field.unique or type(value) not in (str, int, datetime):
        return list(field.index(value))
    key = (fieldname, type(field), type(value), value)
    postings = _FIELD_POSTINGS.get(key)
    if postings is None:
        postings = list(field.index(value))  # (bytes, int, float, bytes) tuples: immutable
        if len(_FIELD_POSTINGS) < _FIELD_POSTINGS_MAX:
            _FIELD_POSTINGS[key] = postings
    return postings


def _worker_segment_writer(ix):
    """A SegmentWriter for an indexing worker: no lock (the parent holds it), postings
    in a _CompactPool (for the FastText fields that index positions) flushed by
    ``_flush_compact``; documents go in through ``_worker_add_document``."""
    from whoosh.writing import SegmentWriter

    writer = SegmentWriter(
        ix, _lk=False, limitmb=WRITER_LIMIT_MB, compound=False, codec=FastCodec()
    )
    writer.pool = _CompactPool(
        name
        for name, field in ix.schema.items()
        if type(field) is FastText and type(field.format) is formats.Positions
    )
    writer._flush_segment = functools.partial(_flush_compact, writer)
    return writer


def _flush_compact(writer) -> None:
    """``SegmentWriter._flush_segment`` for a _CompactPool: each term's postings go
    straight to the postings file as whoosh's W3PostingsWriter would write them (see
    ``_term_blocks``), with no posting-writer object, term info object or method call
    a block. Same bytes: the worker-writer test compares the segment files."""
    writer.perdocwriter.close()
    fw = writer.fieldwriter
    schema = writer.schema
    pool = writer.pool
    postfile = fw._postfile
    add_term = fw._tindex.add
    for fieldname in sorted(pool.fields):
        fw.start_field(fieldname, schema[fieldname])
        pw = fw._postwriter
        if pw._inlinelimit > 1 or pw._compression or pw._byteids:
            raise ValueError("_flush_compact writes FastCodec's postings only")
        limit = pw._blocklimit
        value_size = fw._format.fixed_value_size()
        field_key = _FIELD_ID.pack(fw._fieldid)
        text = fieldname in pool.text_fields
        terms = pool.fields[fieldname]
        for key in sorted(terms):
            # str terms sort as their UTF-8 bytes do: code point order
            offset = postfile.tell()
            blocks, info = _term_blocks(*pool.term_postings(fieldname, key), limit, value_size)
            postfile.write(blocks)
            add_term(
                field_key + (key.encode("utf-8") if text else key),
                info + _EXTENT.pack(offset, len(blocks)),
            )
        # the pool's terms are done with: free them as the flush goes
        terms.clear()
        fw.finish_field()
    fw.close()
    pool.cleanup()


def _term_blocks(
    docs: array,
    weights: array,
    exact: list | None,
    encoded: list[bytes],
    limit: int,
    value_size: int | None,
) -> tuple[bytes, bytes]:
    """One term's postings as whoosh's W3PostingsWriter (compression 0, no inlining,
    no length statistics) writes them: its posting blocks, and the start of its
    W3TermInfo bytes (the extent follows). Each block is its length (negative for the
    last), the pickled (count, last document, top weight, 0, 0, 0), then the pickled
    (document deltas from 0, weights, values) -- weights None when all are 1.0, one
    float when all are the same; values a tuple, or for a format whose values have a
    fixed ``value_size`` None (size 0) or their bytes joined."""
    out = [_BLOCKS_MAGIC]
    n = len(docs)
    total_weight = 0  # W3TermInfo sums each block's float32 weights into an int 0
    top_weight = 0
    for i in range(0, n, limit):
        j = i + limit
        ids = docs[i:j]
        block_weights = weights[i:j]
        # whoosh compares the weights it was given, not their float32 copies
        block_top = max(0, max(exact[i:j] if exact else block_weights))
        total_weight += sum(block_weights)
        top_weight = max(top_weight, block_top)
        count = len(ids)
        deltas = (ids[0], *map(operator.sub, ids[1:], ids))
        if block_weights.count(1.0) == count:
            mini_weights = None
        elif block_weights.count(block_weights[0]) == count:
            mini_weights = block_weights[0]
        else:
            mini_weights = tuple(block_weights)
        values = [v for v in encoded[i:j] if v]
        if value_size is None or value_size < 0:
            values = tuple(values)
        else:
            values = b"".join(values) if value_size else None
        data = pickle.dumps((deltas, mini_weights, values), 2)
        info = pickle.dumps((count, ids[-1], block_top, 0, 0, 0), 2)
        length = len(info) + len(data)
        out.append(_BLOCK_LENGTH.pack(-length if j >= n else length))
        out.append(info)
        out.append(data)
    info = _TERM_INFO.pack(0, total_weight, n, 0, 0, top_weight, docs[0], docs[-1])
    return b"".join(out), info


# what W3PostingsWriter, W3TermInfo and W3FieldWriter write (whoosh.codec.whoosh3)
_BLOCKS_MAGIC = b"W3Bl"
_BLOCK_LENGTH = struct.Struct("!i")
_TERM_INFO = struct.Struct("!BfIBBfII")  # not inlined, weight, df, lengths, top, ids
_EXTENT = struct.Struct("!qi")
_FIELD_ID = struct.Struct("!H")


class FastCodec(W3Codec):
    """whoosh's default codec, minus two costs of writing a segment (-40% commit time):
    per-block length statistics (one column lookup a posting; they only tighten
    score bounds for early termination, which faceted searches never use) and zlib
    on posting blocks (the index is ~50% bigger, reading it is a little quicker)."""

    length_stats = False

    def __init__(self, blocklimit: int = 128, compression: int = 0, inlinelimit: int = 1) -> None:
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)


def make_schema() -> fields.Schema:
    analyzer = text_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        path=fields.STORED(),
        # no spelling=True: whoosh would analyse every text a second time and index every
        # word again (45% of build time); "did you mean" uses WORDS_FILE instead
        title=FastText(analyzer=analyzer, stored=True, field_boost=2.5),
        body=FastText(analyzer=analyzer, stored=True),
        source=fields.TEXT(analyzer=RegexTokenizer() | LowercaseFilter(), stored=True),
        source_facet=fields.ID(stored=False, sortable=True),
        author=FastText(analyzer=analyzer, stored=True),
        speaker=FastText(analyzer=analyzer, stored=True),
        date=fields.DATETIME(stored=True),
        # yyyymmdd, 0 when unknown: "newest first" puts undated articles last
        sort_date=fields.NUMERIC(bits=32, sortable=True, signed=False),
        lang=fields.ID(stored=True),
        paragraphs=fields.STORED(),
        claims=fields.STORED(),
        content_hash=fields.STORED(),
        warnings=fields.STORED(),
        url=fields.STORED(),
    )


# ------------------------------------------------------------------------ results


@dataclass(slots=True)
class StoredArticle:
    """An article as the index holds it: opening one costs no ingest or extraction."""

    id: str
    path: str
    title: str
    source: str | None
    date: date | None
    author: str | None
    language: str
    body: str
    paragraphs: list[tuple[int, int]]
    claims: list  # list[claims.Claim]
    content_hash: str
    warnings: list[str]
    url: str | None = None

    @property
    def word_count(self) -> int:
        return len(re.findall(r"\w+", self.body))


@dataclass(slots=True)
class SyncReport:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    rebuilt: bool = False
    resumed: bool = False  # the previous sync was interrupted; this one finished it
    # corpus folders missing or empty (an unmounted disk): {folder: articles kept}
    unavailable: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.deleted

    def unavailable_notes(self) -> list[str]:
        """One line per corpus folder that is missing or empty while its articles are kept."""
        return [
            f"{folder} is missing or empty (an unmounted disk?): its {n} article"
            f"{'s are' if n != 1 else ' is'} kept, marked unavailable, until it is back"
            for folder, n in self.unavailable.items()
        ]


ProgressFn = Callable[[int, int, str], None]


# ------------------------------------------------------------------------ formatter


def _trim_snippet(text: str, spans: list[tuple[int, int]]) -> Snippet:
    # Collapse paragraph breaks so a snippet is one line in a results list.
    out, mapping = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        mapping.append(i)
        out.append(ch)
    index_of = {orig: new for new, orig in enumerate(mapping)}

    def remap(pos: int) -> int:
        while pos not in index_of and pos < len(text):
            pos += 1
        return index_of.get(pos, len(out))

    spans = [(remap(s), remap(e - 1) + 1) for s, e in spans]
    return Snippet("".join(out).strip(), _shift_for_strip("".join(out), spans))


def _shift_for_strip(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lead = len(text) - len(text.lstrip())
    return [(s - lead, e - lead) for s, e in spans]


# ------------------------------------------------------------------------ index


def _date_to_dt(d: date | None) -> datetime | None:
    return datetime(d.year, d.month, d.day) if d else None


class SearchIndex:
    """One library's Whoosh index. Open it once and keep it: a searcher is reused
    between queries (a new one per query costs tens of milliseconds at 10k articles)."""

    def __init__(self, library: Library, *, aliases: aliases_mod.AliasTable | None = None) -> None:
        self.library = library
        self.dir = library.index_dir / INDEX_NAME
        if aliases is None:
            try:
                aliases = aliases_mod.load_table(library.aliases_file)
            except aliases_mod.AliasFileError as exc:
                raise SearchError(str(exc)) from None
        self.aliases = aliases
        use_aliases(aliases)
        self._ix: index.Index | None = None
        self._searcher = None
        self._recent = None
        self._kept_page: Results | None = None  # the first page last kept (keep_first_page)
        self._lock_fd: int | None = None  # the sync lock's descriptor while it is held

    # -- opening -------------------------------------------------------------------
    def _manifest_path(self) -> Path:
        return self.library.index_dir / MANIFEST_FILE

    def _read_manifest(self) -> dict:
        """{"schema", "aliases", "files": {path: (id, mtime_ns, size, hash)},
        "bad": {path: (mtime_ns, size, reason)}}, or {} when there is none or it cannot
        be used (then the next sync rebuilds: never a crash)."""
        try:
            data = self._manifest_path().read_bytes()
        except OSError:
            return self._read_legacy_manifest()
        try:
            with gc_paused():
                return _manifest_from_bytes(data)
        except Exception:  # damaged, or another Python's marshal format: rebuild
            return {}

    def _read_legacy_manifest(self) -> dict:
        try:
            data = json.loads((self.library.index_dir / LEGACY_MANIFEST_FILE).read_text("utf-8"))
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

    def _write_manifest(self, data: dict, *, pending: bool = False) -> None:
        """Write the manifest whole (a temporary file renamed), as ``manifest.bin`` or,
        before a commit, as the pending manifest of the generation being committed."""
        path = self.library.index_dir / PENDING_MANIFEST_FILE if pending else self._manifest_path()
        tmp = path.with_suffix(".tmp")
        with gc_paused():
            raw = _manifest_to_bytes(data)
        tmp.write_bytes(raw)
        os.replace(tmp, path)
        if not pending:
            # an old-format manifest would be stale from now on
            (self.library.index_dir / LEGACY_MANIFEST_FILE).unlink(missing_ok=True)

    def exists(self) -> bool:
        # by its table of contents, without opening it: a damaged index "exists" (and
        # then says it is damaged) rather than being silently rebuilt over
        return self.dir.is_dir() and any(self.dir.glob(f"_{INDEX_NAME}_*.toc"))

    def _open(self) -> index.Index:
        if self._ix is None:
            generation = self._generation()
            if generation is not None:
                _check_toc(self.dir / f"_{INDEX_NAME}_{generation}.toc")
            try:
                self._ix = index.open_dir(str(self.dir), indexname=INDEX_NAME)
            except Exception as exc:  # whoosh raises many kinds on damage
                raise IndexDamaged(_damage_message(self.dir, exc)) from None
        return self._ix

    def _create(self) -> index.Index:
        self.close()
        # first what describes the old index: a run killed from here on must find no
        # manifest (and so rebuild), never the old one beside an empty index
        for name in (
            PENDING_MANIFEST_FILE,
            MANIFEST_FILE,
            LEGACY_MANIFEST_FILE,
            STATE_FILE,
            SEGMENT_SUMS_FILE,
        ):
            (self.library.index_dir / name).unlink(missing_ok=True)
        # start from an empty folder: a damaged index leaves segment files that a new
        # table of contents would never clean up
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._ix = index.create_in(str(self.dir), make_schema(), indexname=INDEX_NAME)
        return self._ix

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    @_reads_index
    def searcher(self):
        ix = self._open()
        if self._searcher is not None and not self._searcher.up_to_date():
            # not Searcher.refresh(): it reuses the readers of unchanged segments, and
            # with them their old deletion sets (a changed article would match twice)
            self._searcher.close()
            self._searcher = None
        if self._searcher is None:
            self._searcher = ix.searcher(weighting=_CachedBM25F(B=0.75, K1=1.2))
        return self._searcher

    # -- sync ------------------------------------------------------------------------
    def needs_sync(self) -> bool:
        """Cheap check (stat only) for whether ``sync`` would change anything."""
        self._reload_corpora()
        state = self._read_state()
        if state is not None and self.exists():
            scan = self.library.scan()
            if self._state_matches(state, scan):
                self._recent = (time.monotonic(), scan, None, tuple(self.library.corpora))
                return False
        manifest = self._read_manifest()
        if not manifest or not self.exists():
            return True
        if manifest.get("aliases") != aliases_fingerprint(self.aliases):
            return True
        scan = self.library.scan()
        # a sync() right after (the app's start: check, then sync) reuses this walk and
        # this manifest instead of stat-ing every file and parsing the manifest again
        self._recent = (time.monotonic(), scan, manifest, tuple(self.library.corpora))
        return bool(_changes(scan, manifest)[:3] != ([], [], []))

    def _state_path(self) -> Path:
        return self.library.index_dir / STATE_FILE

    def _read_state(self) -> dict | None:
        try:
            data = marshal.loads(self._state_path().read_bytes())
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

    def _state_matches(self, state: dict, scan) -> bool:
        """True when the corpus is file for file (path, id, mtime, size, catalogue) what
        the last sync left indexed, under the same aliases."""
        return (
            state["aliases"] == aliases_fingerprint(self.aliases)
            and state["digest"] == scan.fingerprint()
        )

    def _write_state(self, scan_digest: bytes, files: dict, bad: dict, fingerprint: str) -> None:
        """The digest of the scan a sync worked from, written after its manifest: the
        next start compares a fresh scan's digest with it (one small file) instead of
        loading the manifest and comparing 100k entries. Removed before a manifest is
        written, so a crash in between leaves no state, never a stale one."""
        path = self._state_path()
        tmp = path.with_suffix(".tmp")
        bad_now = [(p, entry[2]) for p, entry in bad.items()]
        tmp.write_bytes(
            marshal.dumps(
                (STATE_MAGIC, SCHEMA_VERSION, fingerprint, scan_digest, len(files), bad_now), 2
            )
        )
        os.replace(tmp, path)

    def _forget_derived(self) -> None:
        """Before a sync changes the index: what describes the index as it was (the scan
        state, see _write_state, and the app's kept first page) is stale from here on."""
        self._state_path().unlink(missing_ok=True)
        forget_first_page(self.library.index_dir)

    def keep_first_page(self, page: Results) -> None:
        """Keep ``page`` (the library newest first, as the app shows it on start) for the
        next start to draw before the index opens. Not while a sync is writing: the page
        may already be out of date. (A sync in another process that starts and ends
        between the search and this write leaves a stale page; the app replaces a kept
        page that differs from the index as soon as the index is open.)"""
        if page.same_as(self._kept_page) and (self.library.index_dir / FIRST_PAGE_FILE).exists():
            return
        if not (self.library.index_dir / SYNC_MARKER).exists():
            write_first_page(self.library.index_dir, page)
            self._kept_page = page

    def _reload_corpora(self) -> None:
        """The folder list as saved now: `belreader add` in another terminal changes it."""
        try:
            self.library.reload_corpora()
        except LibraryError as exc:
            raise SearchError(str(exc)) from None

    def _take_recent(self):
        recent, self._recent = getattr(self, "_recent", None), None
        # only a walk of the same folder list (sync re-reads it under the lock)
        if (
            recent is not None
            and time.monotonic() - recent[0] < RECENT_SCAN_SECONDS
            and recent[3] == tuple(self.library.corpora)
        ):
            return recent[1], recent[2]
        return None, None

    def sync(
        self,
        *,
        rebuild: bool = False,
        progress: ProgressFn | None = None,
        on_wait: Callable[[], None] | None = None,
        wait_timeout: float = 600.0,
    ) -> SyncReport:
        """Bring the index in line with the corpus folders (see ``_sync``).

        One process syncs a library at a time: another waits for it (``on_wait`` is
        called once when it starts waiting) and then works from the manifest that
        process left, so nothing is indexed twice. The library's folder list is read
        again under the lock: another process may have added a folder meanwhile.

        Crash consistency: the index's table of contents (TOC) is the commit point.
        The manifest for the new generation is written to ``manifest.pending`` before
        the TOC and renamed over ``manifest.bin`` after it, so a run killed at any step
        leaves either the old index with its manifest or the new index with a pending
        manifest that names its generation. The next run settles that (``_settle``),
        removes segment files no TOC lists, and finishes the work.
        """
        try:
            with self._sync_lock(on_wait, wait_timeout) as waited:
                self._reload_corpora()
                if waited:
                    self._recent = None  # another process changed the index meanwhile
                    self.close()
                marker = self.library.index_dir / SYNC_MARKER
                resumed = marker.exists()
                if resumed:
                    # a killed run removes these before it writes; be sure of it anyway
                    self._forget_derived()
                self._settle(orphans=resumed)
                marker.write_text(str(os.getpid()), "utf-8")
                try:
                    report = self._sync(rebuild=rebuild, progress=progress)
                except BaseException:
                    # nothing half-written stays behind (a full disk needs the room);
                    # the marker stays: the next run knows this one did not finish
                    with suppress(Exception):
                        self.close()
                        self._settle(orphans=True)
                    raise
                marker.unlink(missing_ok=True)
                from . import skipped  # the skipped files and their reasons, for app and CLI

                skipped.record(self.library.index_dir, report.skipped)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise SearchError(
                    f"no space left on device while writing the index at {self.library.index_dir}; "
                    "the index is as it was before this run"
                ) from None
            raise
        report.resumed = resumed
        return report

    def _settle(self, *, orphans: bool) -> None:
        """Finish or undo what an interrupted sync left: adopt its pending manifest if
        its TOC was committed (else drop it), and with ``orphans`` (only an interrupted
        run leaves any) delete the files no TOC lists."""
        pending = self.library.index_dir / PENDING_MANIFEST_FILE
        if pending.exists():
            orphans = True
            data = {}
            with suppress(OSError, Exception):
                data = _manifest_from_bytes(pending.read_bytes())
            generation = self._generation()
            if data and generation is not None and data.get("generation") == generation:
                os.replace(pending, self._manifest_path())
            else:
                pending.unlink(missing_ok=True)
        if orphans and self.exists():
            self._remove_orphan_segments()
            self._record_segment_sums()  # a run killed after its commit had not

    def _generation(self) -> int | None:
        """The generation of the newest TOC in the index folder (None: no index)."""
        gens = (
            [
                int(m.group(1))
                for p in self.dir.glob(f"_{INDEX_NAME}_*.toc")
                if (m := _TOC_NAME.fullmatch(p.name))
            ]
            if self.dir.is_dir()
            else []
        )
        return max(gens) if gens else None

    @contextmanager
    def _sync_lock(self, on_wait, timeout: float):
        """An exclusive flock on index_dir/sync.lock: released by the kernel when its
        process dies, so a killed indexer never leaves a stale lock behind. The owner
        writes its pid into the file; worker processes close their inherited copy of
        the descriptor and die with their parent, so the lock is only ever held by a
        live owner. Should a lock still be held with its owner dead, the waiter says
        which processes hold it instead of waiting out its timeout."""
        self.library.index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(
            self.library.index_dir / SYNC_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644
        )
        waited = False
        try:
            deadline = time.monotonic() + timeout
            owner_dead_since = None
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not waited and on_wait is not None:
                        on_wait()
                    waited = True
                    owner = _lock_owner(fd)
                    if owner is not None and not _pid_alive(owner):
                        owner_dead_since = owner_dead_since or time.monotonic()
                        if time.monotonic() - owner_dead_since > DEAD_OWNER_GRACE_SECONDS:
                            holders = ", ".join(map(str, _flock_holders(fd))) or "unknown"
                            raise SearchError(
                                f"the indexer that locked this library (pid {owner}) has died, but the lock "
                                f"is still held (by pid {holders}); end that process and try again"
                            ) from None
                    else:
                        owner_dead_since = None
                    if time.monotonic() > deadline:
                        raise SearchError(
                            "another belreader process is indexing this library; "
                            "try again when it has finished"
                        ) from None
                    time.sleep(0.2)
            with suppress(OSError):
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            self._lock_fd = fd
            yield waited
        finally:
            self._lock_fd = None
            os.close(fd)  # closing releases the lock

    def _remove_orphan_segments(self) -> None:
        """Delete segment files (and old TOCs) that the newest TOC does not list: what a
        killed indexer's workers had written but never committed. Whoosh's own
        clean-up, run on the committed generation."""
        try:
            ix = self._open()
            segments = ix._segments()
            generation = ix.latest_generation()
        except SearchError:
            return  # damaged: a rebuild will clear the folder
        index.clean_files(ix.storage, INDEX_NAME, generation, segments)
        # a killed writer's scratch folder (a finished one destroys it)
        shutil.rmtree(self.dir / f"{INDEX_NAME}.tmp", ignore_errors=True)

    def _sync(self, *, rebuild: bool = False, progress: ProgressFn | None = None) -> SyncReport:
        """Bring the index in line with the corpus folders, touching only files that
        were added, changed or deleted since the last sync.

        Big batches (a first build, a folder added) are read, cleaned, claim-extracted
        and analysed by one worker process per core, each writing its own segment; the
        parent only deletes replaced documents and commits the segment list."""
        started = time.perf_counter()
        report = SyncReport()
        scan, manifest = self._take_recent()
        fingerprint = aliases_fingerprint(self.aliases)
        if not rebuild and self.exists():
            state = self._read_state()
            if state is not None:
                if scan is None:
                    scan = self.library.scan()
                if self._state_matches(state, scan):  # nothing changed since the last sync
                    report.unchanged = state["indexed"]
                    report.skipped.extend(scan.skipped)
                    report.skipped.extend((p, reason) for p, reason in state["bad"])
                    report.elapsed = time.perf_counter() - started
                    return report
        if manifest is None:
            manifest = self._read_manifest()
        if not self._manifest_describes_index(manifest) or manifest.get("aliases") != fingerprint:
            rebuild = True
        if scan is None:
            scan = self.library.scan()
        report.skipped.extend(scan.skipped)
        if rebuild:
            self._forget_derived()
            self._create()
            _fault_point("created")
            manifest = {}
            report.rebuilt = True
        files: dict[str, list] = dict(manifest.get("files", {}))
        bad: dict[str, list] = dict(manifest.get("bad", {}))
        with gc_paused():
            added, changed, deleted, unchanged, unavailable = _changes(
                scan, {"files": files, "bad": bad}
            )
        report.unchanged = unchanged + sum(unavailable.values())
        report.unavailable = unavailable
        redo = set(added) | set(changed)
        for path, reason in ((p, bad[p][2]) for p in bad if p in scan.files and p not in redo):
            report.skipped.append((path, reason))
        todo = added + changed
        if not todo and not deleted:
            if rebuild or manifest.get("legacy") or manifest.get("generation") is None:
                self._commit_manifest(files, bad, fingerprint, scan.fingerprint(), unavailable)
            elif unavailable:  # no state: every sync checks whether the folder is back
                self._state_path().unlink(missing_ok=True)
            else:  # the state was missing or stale (e.g. a catalogue edit): renew it
                self._write_state(scan.fingerprint(), files, bad, fingerprint)
            report.elapsed = time.perf_counter() - started
            return report
        self._forget_derived()
        ix = self._open()
        writer = self._writer(ix)
        procs = _index_procs(len(todo))
        try:
            for path in deleted:
                entry = files.pop(path, None)
                bad.pop(path, None)
                if entry:
                    for article_id in _entry_ids(entry):
                        writer.delete_by_term("id", article_id)
                        report.deleted += 1
            jobs = [
                _Job(
                    path,
                    scan.files[path].id,
                    scan.files[path].mtime_ns,
                    scan.files[path].size,
                    scan.files[path].catalogue,
                    files[path][3] if path in files else None,
                )
                for path in todo
            ]
            # from here on only the scan's digest is needed: its entries go before the
            # workers start, and the manifest built after them reuses that memory
            scan_digest = scan.fingerprint()
            del scan, todo
            if procs > 1:
                # forked workers inherit the lock descriptors: they close them, so only
                # this process ever holds the locks
                locks = [
                    fd
                    for fd in (self._lock_fd, getattr(writer.writelock, "fd", None))
                    if fd is not None
                ]
                outcomes, segments, words = _index_parallel(
                    str(self.dir), jobs, self.aliases, procs, progress, inherited_locks=locks
                )
            else:
                outcomes, segments = (
                    _index_jobs(writer, jobs, self.aliases, progress, fresh=rebuild),
                    [],
                )
                words = _take_words()
            for job, (kind, value, warnings) in zip(jobs, outcomes):
                path = job.path
                was_indexed = path in files
                if kind == "bad":
                    bad[path] = [job.mtime_ns, job.size, value]
                    report.skipped.append((path, value))
                    if was_indexed:
                        for article_id in _entry_ids(files.pop(path)):
                            writer.delete_by_term("id", article_id)
                            report.deleted += 1
                    continue
                bad.pop(path, None)
                report.warnings.extend((path, w) for w in warnings)
                if kind == "same":
                    report.unchanged += 1
                elif value.startswith(RECORDS_MARK):
                    _drop_old_records(
                        writer, files.get(path), value, report, replaced=bool(segments)
                    )
                else:
                    if was_indexed:
                        report.changed += 1
                        if segments and files[path][0]:
                            # replaced by a worker's segment: drop the old document
                            writer.delete_by_term("id", files[path][0])
                    else:
                        report.added += 1
                files[path] = [job.id, job.mtime_ns, job.size, value]
            _fault_point("indexed")

            def write_pending(generation: int) -> None:
                self._write_manifest(
                    self._manifest_data(files, bad, fingerprint, generation), pending=True
                )

            _commit_in_steps(writer, segments, write_pending)
        except BaseException:
            if not writer.is_closed:
                # its own failure (e.g. a second "no space left") must not hide the first
                with suppress(Exception):
                    writer.cancel()
            raise
        _fault_point("index-committed")
        os.replace(self.library.index_dir / PENDING_MANIFEST_FILE, self._manifest_path())
        (self.library.index_dir / LEGACY_MANIFEST_FILE).unlink(missing_ok=True)
        _fault_point("manifest-written")
        self._record_segment_sums()
        self._add_words(words, fresh=rebuild)
        if not unavailable:
            self._write_state(scan_digest, files, bad, fingerprint)
        _fault_point("state-written")
        if self._searcher is not None:  # reopened on next use (see ``searcher``)
            self._searcher.close()
            self._searcher = None
        report.elapsed = time.perf_counter() - started
        return report

    def _record_segment_sums(self) -> None:
        """Digest the segment files written since the last record (segment files are
        written once and never changed: a digest stays true while its file exists)."""
        old = self._read_segment_sums()
        sums = {}
        for path in _segment_files(self.dir):
            size = path.stat().st_size
            entry = old.get(path.name)
            sums[path.name] = entry if entry and entry[0] == size else [size, _file_digest(path)]
        target = self.library.index_dir / SEGMENT_SUMS_FILE
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(sums), "utf-8")
        os.replace(tmp, target)

    def _read_segment_sums(self) -> dict[str, list]:
        try:
            data = json.loads((self.library.index_dir / SEGMENT_SUMS_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def damaged_segment_files(self, budget_bytes: int | None = None) -> list[str]:
        """Segment files whose size or digest differs from what was recorded when they
        were written (garbage from a bad disk or an edit), by name. Files written
        before digests were kept are not checked.

        Reading is the cost (1.3-3.7 s for the 190 MB of a 10k index, ~2 GB at 100k):
        with ``budget_bytes`` it checks files never checked first, then those checked
        longest ago, until the budget is read, and remembers when it checked each one
        (``segments.checked``), so repeated calls (the app, once per start) cover the
        whole index in turn at a bounded cost each."""
        sums = self._read_segment_sums()
        checked_path = self.library.index_dir / SEGMENT_CHECKED_FILE
        try:
            checked = json.loads(checked_path.read_text("utf-8"))
            checked = checked if isinstance(checked, dict) else {}
        except (OSError, ValueError):
            checked = {}
        files = [p for p in _segment_files(self.dir) if sums.get(p.name)]
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

    def _manifest_describes_index(self, manifest: dict) -> bool:
        """A manifest is trusted only for the index generation it was written with (a
        legacy one, which records none, for any): a run killed after it emptied the
        index for a rebuild, or between a commit and its manifest, leaves one that
        does not describe the index."""
        if not manifest or not self.exists():
            return False
        recorded = manifest.get("generation")
        return recorded is None or recorded == self._generation()

    def _words_path(self) -> Path:
        return self.library.index_dir / WORDS_FILE

    def _read_words(self) -> set[str]:
        try:
            return set(self._words_path().read_text("utf-8").split("\n")) - {""}
        except (OSError, UnicodeDecodeError):
            return set()

    def _add_words(self, words: set[str], *, fresh: bool) -> None:
        """Merge the words just indexed into WORDS_FILE (words of deleted articles stay:
        a suggestion is checked against the index before it is offered)."""
        old = set() if fresh else self._read_words()
        if not fresh and words <= old:
            return
        path = self._words_path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text("\n".join(sorted(old | words)), "utf-8")
        os.replace(tmp, path)

    def _commit_manifest(
        self,
        files: dict,
        bad: dict,
        fingerprint: str,
        scan_digest: bytes,
        unavailable: dict | None = None,
    ) -> None:
        """The manifest of the index as it stands (no index change pending), then the
        scan state unless a folder is unavailable (then every sync looks again)."""
        self._state_path().unlink(missing_ok=True)
        self._write_manifest(self._manifest_data(files, bad, fingerprint, self._generation()))
        if not unavailable:
            self._write_state(scan_digest, files, bad, fingerprint)

    @staticmethod
    def _manifest_data(files: dict, bad: dict, fingerprint: str, generation: int | None) -> dict:
        return {
            "schema": SCHEMA_VERSION,
            "aliases": fingerprint,
            "files": files,
            "bad": bad,
            "generation": generation,
        }

    def _writer(self, ix, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                return ix.writer(limitmb=WRITER_LIMIT_MB, compound=False, codec=FastCodec())
            except LockError:
                if time.monotonic() > deadline:
                    raise SearchError(
                        "another belreader process is writing the index; try again when it has finished"
                    ) from None
                time.sleep(0.25)

    # -- reading ---------------------------------------------------------------------
    @_reads_index
    def count(self) -> int:
        return self.searcher().doc_count()

    @_reads_index
    def article(self, article_id: str) -> StoredArticle | None:
        fields_ = self.searcher().document(id=article_id)
        if fields_ is None:
            return None
        return _stored_article(fields_)

    @_reads_index
    def sources(self) -> dict[str, int]:
        return self._browse(self.searcher(), 0, None)[2]

    def iter_articles(self) -> Iterator[StoredArticle]:
        """Every stored article (for claims across the library)."""
        try:
            for fields_ in self.searcher().all_stored_fields():
                yield _stored_article(fields_)
        except SearchError:
            raise
        except Exception as exc:
            raise IndexDamaged(_damage_message(self.dir, exc)) from None

    # -- per-document columns, read once per searcher ----------------------------------
    def _columns(self, s) -> tuple[list, list, list[int] | range]:
        """(sort dates, raw source values, live docnums) for every document of the
        searcher's reader: a list each, so browsing and facet counts are list lookups
        instead of whoosh's sorting and grouping machinery (which scores and sorts
        every match: ~0.5 s at 100k articles for the first screen)."""
        cached = self.__dict__.get("_cols")
        if cached is not None and cached[0] is s:
            return cached[1]
        reader = s.reader()
        if not reader.doc_count_all():  # an empty library: whoosh's EmptyReader has no columns
            cols = ([], [], range(0))
            self.__dict__["_cols"] = (s, cols)
            return cols
        dates = list(reader.column_reader("sort_date", translate=False))
        sources = list(reader.column_reader("source_facet", translate=False))
        live = (
            list(reader.all_doc_ids()) if reader.has_deletions() else range(reader.doc_count_all())
        )
        cols = (dates, sources, live)
        self.__dict__["_cols"] = (s, cols)
        return cols

    def _browse(self, s, limit: int, source: str | None):
        """The library newest first (undated last): (page of (docnum, 0.0), total, facets)."""
        import heapq
        from collections import Counter

        dates, sources, live = self._columns(s)
        if source is not None:
            want = _raw_source(source, sources)
            live = [d for d in live if sources[d] == want]
        counts = Counter(sources[d] for d in live)
        top = heapq.nlargest(limit, live, key=lambda d: (dates[d], -d)) if limit else []
        return [(d, 0.0) for d in top], len(live), _named_counts(counts)

    def _query(self, s, q: wq.Query, limit: int, source: str | None):
        """(page of (docnum, score), total, facets) for a parsed query."""
        from collections import Counter

        dates, sources, live = self._columns(s)
        scoring, allowed = _filtered(q, dates, sources, live, source)
        if allowed is not None and not allowed:
            # nothing passes the filters; an empty allow set would mean "no filter" to whoosh
            return [], 0, {}
        found, collector = _run(s, scoring, allowed, limit)
        if found is not None:
            counts = Counter(map(sources.__getitem__, found))
            return _top(found, limit), len(found), _named_counts(counts)
        page = [(hit.docnum, float(hit.score or 0.0)) for hit in collector.results()]
        docs = collector.matched
        counts = Counter(sources[d] for d in docs)
        return page, sum(counts.values()), _named_counts(counts)

    # -- queries ---------------------------------------------------------------------
    @_reads_index
    def parse(self, text: str) -> wq.Query:
        """Whoosh query language -> Query, or QueryError with a user-facing reason."""
        # the indexed text is NFC and its terms NFKC + case-folded (fold_case): a query
        # typed or pasted decomposed (NFD), with ligatures or full-width letters, must
        # meet them; NFKC leaves the operators and the syntax characters as they are
        text = unicodedata.normalize("NFKC", text).strip()
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(
                f"query too long ({len(text):,} characters; the limit is {MAX_QUERY_CHARS:,})"
            )
        if not text:
            return wq.Every()
        if re.fullmatch(r"[*?\s]+", text):
            raise QueryError(LONE_WILDCARD)
        _check_syntax(text)
        text = _check_fields(text)
        ix = self._open()
        parser = MultifieldParser(["title", "body"], ix.schema, group=AndGroup)
        # field:>value and field:<=value, for dates above all
        parser.add_plugin(GtLtPlugin())
        try:
            q = parser.parse(text)
        except Exception:  # whoosh's parser raises plain exceptions on odd input
            raise QueryError(
                "cannot read the query: check its operators (AND OR NOT), quotes and brackets"
            ) from None
        if re.search(r"(?<![\w:])date:", text) and not any(
            isinstance(leaf, wq.NumericRange) and leaf.fieldname == "date" for leaf in q.leaves()
        ):
            raise QueryError(
                "dates are written date:2024, date:2024-08-27, date:>2024-09 "
                "or date:[2024-08 to 2024-10]"
            )
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            raise QueryError("the query has no searchable words")
        if any(isinstance(node, wq.Every) for node in _nodes(q)):
            raise QueryError(LONE_WILDCARD)  # `*:*`, `title:*`
        reader = self.searcher().reader()
        _check_expansions(q, reader)
        return _stem_prefixes(q, reader, self._words_from)

    @_reads_index
    def search(
        self,
        text: str,
        *,
        source: str | None = None,
        limit: int = 20,
        snippets: int = 2,
    ) -> Results:
        started = time.perf_counter()
        q = self.parse(text)
        s = self.searcher()
        browsing = isinstance(q, wq.Every)
        try:
            if browsing:
                page, total, facets = self._browse(s, limit, source)
            else:
                # top hits only (whoosh can skip blocks of postings that cannot reach
                # the first page); the total and the per-source counts come from one
                # unscored pass over the matches (whoosh's groupedby would score and
                # sort every match, and keep them all)
                page, total, facets = self._query(s, q, limit, source)
        except SearchError:
            raise
        except Exception as exc:  # query limits raise QueryError first: this is the files
            raise IndexDamaged(_damage_message(self.dir, exc)) from None
        hits: list[Hit] = []
        exact, prefixes = _positive_terms(q) if not browsing else (set(), ())
        for docnum, score in page:
            stored = s.stored_fields(docnum)
            item = Hit(
                id=stored["id"],
                path=stored["path"],
                title=stored.get("title", ""),
                source=stored.get("source"),
                date=stored["date"].date() if stored.get("date") else None,
                score=score,
                url=stored.get("url"),
            )
            if not browsing and snippets:
                item.snippets = _snippets(stored.get("body", ""), exact, prefixes, top=snippets)
                item.title_highlights = _match_spans(item.title, exact, prefixes)[0]
            if not item.snippets:
                body = stored.get("body", "")
                item.snippets = [_trim_snippet(body[:200], [])] if body else []
            hits.append(item)
        suggestion = None
        if total == 0 and not browsing:
            suggestion = self._suggest(q, text)
        return Results(
            query=text,
            total=total,
            hits=hits,
            facets=facets,
            suggestion=suggestion,
            elapsed=time.perf_counter() - started,
        )

    def _suggest(self, q: wq.Query, text: str) -> str | None:
        """ "Did you mean": each word of the query that matches nothing, replaced by the
        closest word of the library (at most 2 edits, same first letter; ties go to the
        more frequent word). Whoosh's own corrector compares every word of the lexicon
        in pure Python (seconds at 100k articles); this asks rapidfuzz (C) to compare
        the words with the same first letter, read once per index generation."""
        try:
            from rapidfuzz import process
            from rapidfuzz.distance import Levenshtein
        except ImportError:  # pragma: no cover - a runtime dependency
            return None
        s = self.searcher()
        reader = s.reader()
        out, pos, changed = [], 0, False
        for m in _TOKEN_RE.finditer(text):
            word = m.group(0)
            if (
                len(word) < 4
                or word in ("AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE")
                or text[m.end() : m.end() + 1] == ":"
                or word.isdigit()
            ):
                continue
            term = _term_of(word)
            if not term or any(reader.doc_frequency(f, term) for f in ("body", "title")):
                continue
            lower = word.lower()
            choices = self._words_from(lower[0])
            found = process.extract(
                lower, choices, scorer=Levenshtein.distance, score_cutoff=2, limit=12
            )
            ranked = sorted(
                (
                    c[1],
                    -reader.doc_frequency("body", _term_of(c[0]))
                    - reader.doc_frequency("title", _term_of(c[0])),
                    c[0],
                )
                for c in found
                if c[0] != lower
            )
            ranked = [r for r in ranked if r[1] < 0]  # still in the index
            if not ranked:
                continue
            best = ranked[0][2]
            out.append(text[pos : m.start()])
            out.append(best)
            pos, changed = m.end(), True
        if not changed:
            return None
        out.append(text[pos:])
        return "".join(out)

    def _sorted_words(self) -> list[str]:
        """WORDS_FILE as a sorted list, read again only when the file changes."""
        path = self._words_path()
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            return []
        cache = self.__dict__.get("_words_cache")
        if cache is None or cache[0] != stamp:
            cache = self.__dict__["_words_cache"] = (stamp, sorted(self._read_words()))
        return cache[1]

    def _words_from(self, prefix: str) -> list[str]:
        """The words seen while indexing that start with ``prefix`` (lower case)."""
        import bisect

        words = self._sorted_words()
        start = bisect.bisect_left(words, prefix)
        end = bisect.bisect_left(words, prefix + "\U0010ffff", start)
        return words[start:end]

    def highlight_spans(self, text: str, q: wq.Query | str) -> list[tuple[int, int]]:
        """Character spans in ``text`` of the words that match the query's positive
        terms (any spelling: the same analyzer folds aliases and stems)."""
        if isinstance(q, str):
            try:
                q = self.parse(q)
            except QueryError:
                return []
        exact, prefixes = _positive_terms(q)
        if not exact and not prefixes:
            return []
        return _match_spans(text, exact, prefixes)[0]

    @_reads_index
    def date_source_counts(self, text: str, *, source: str | None = None) -> dict:
        """{(date or None, source or None): number of documents matching ``text``}, for
        timelines. Read from the per-document date and source columns, never from
        stored fields: ~50k matches at 100k articles cost one pass over two lists."""
        from collections import Counter

        q = self.parse(text)
        s = self.searcher()
        dates, sources, live = self._columns(s)
        try:
            docs = _matching_docs(s, q, dates, sources, live, source)
        except SearchError:
            raise
        except Exception as exc:
            raise IndexDamaged(_damage_message(self.dir, exc)) from None
        pairs = Counter(zip(map(dates.__getitem__, docs), map(sources.__getitem__, docs)))
        # a library has a few thousand distinct days and a few sources: convert each once
        days = {
            ymd: date(ymd // 10000, ymd // 100 % 100, ymd % 100) if ymd else None
            for ymd in {ymd for ymd, _ in pairs}
        }
        names = {
            raw: (raw.decode("utf-8") if isinstance(raw, bytes) else raw) or None
            for raw in {raw for _, raw in pairs}
        }
        out: dict = {}
        for (ymd, raw), n in pairs.items():
            key = (days[ymd], names[raw])
            out[key] = out.get(key, 0) + n
        return out


_TEXT_ANALYZER = text_analyzer()
SNIPPET_CHARS = 220  # longest snippet
SNIPPET_SURROUND = 70  # context before the first and after the last match of a snippet


def _match_spans(text: str, exact: set[str], prefixes: tuple[str, ...]):
    """(spans of the words of ``text`` whose term is in ``exact`` or starts with one of
    ``prefixes``, (start, end) of every word). Same terms as the analyzer gives, from
    the indexing cache: no token objects, no generator chain."""
    cache = _TERM_CACHE
    spans: list[tuple[int, int]] = []
    words: list[tuple[int, int]] = []
    if not exact and not prefixes:
        return spans, words
    for m in _TOKEN_RE.finditer(text):
        word = m.group(0)
        term = cache.get(word)
        if term is None:
            term = _term_of(word)
            if len(cache) < _TERM_CACHE_MAX:
                cache[word] = term
        span = m.span()
        words.append(span)
        if term and (term in exact or (prefixes and term.startswith(prefixes))):
            spans.append(span)
    return spans, words


def _snippets(body: str, exact: set[str], prefixes: tuple[str, ...], *, top: int) -> list[Snippet]:
    """The ``top`` passages of ``body`` with the most matches (in text order), each at
    most SNIPPET_CHARS long, cut at word boundaries, matches as offsets.

    Replaces whoosh's highlighter, which re-analyses the whole stored text of every hit
    through the analyzer (~6 ms a hit); this is a regex pass and dict lookups."""
    if not body or top <= 0:
        return []
    spans, words = _match_spans(body, exact, prefixes)
    if not spans:
        return []
    from bisect import bisect_left, bisect_right

    starts = [w[0] for w in words]
    ends = [w[1] for w in words]
    # group matches into fragments: a fragment grows while it stays within the limit
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and span[1] - groups[-1][0][0] <= SNIPPET_CHARS - 2 * 20:
            groups[-1].append(span)
        else:
            groups.append([span])
    best = sorted(
        groups, key=lambda g: (-len({body[s:e].lower() for s, e in g}), -len(g), g[0][0])
    )[:top]
    out = []
    for group in sorted(best, key=lambda g: g[0][0]):
        first, last = group[0][0], group[-1][1]
        room = max(SNIPPET_CHARS - (last - first), 0)
        before = min(
            SNIPPET_SURROUND, room // 2 if room < 2 * SNIPPET_SURROUND else SNIPPET_SURROUND
        )
        start = max(0, first - before)
        end = min(len(body), last + min(SNIPPET_SURROUND, room - before) if room else last)
        # snap to word boundaries: start at a word's start, end at a word's end
        i = bisect_left(ends, start + 1)
        start = min(starts[i], first) if i < len(starts) else first
        j = bisect_right(starts, end - 1) - 1
        end = max(ends[j], last) if j >= 0 else last
        rel = [(s - start, e - start) for s, e in group]
        out.append(_trim_snippet(body[start:end], rel))
    return out


_STEMMED_FIELDS = frozenset({"title", "body", "author", "speaker"})


def _nodes(q: wq.Query) -> Iterator[wq.Query]:
    """``q`` and every query below it."""
    yield q
    for child in q.children():
        yield from _nodes(child)


def _check_expansions(q: wq.Query, reader) -> None:
    """QueryError for a prefix or wildcard that is too short, or for prefixes, wildcards
    and ranges over words that together match more than MAX_EXPANSION_TERMS words:
    each matched word is a posting list to read and score, so this bounds the work of
    ``[a TO z]`` or forty two-letter prefixes joined by OR before any of it is done."""
    expanding = [
        node for node in _nodes(q) if isinstance(node, (wq.Prefix, wq.Wildcard, wq.TermRange))
    ]
    for node in expanding:
        if isinstance(node, wq.TermRange):
            continue
        literal = re.split(r"[*?]", node.text, maxsplit=1)[0]
        if len(literal) < MIN_PREFIX_CHARS:
            raise QueryError(
                f"'{_shown(node)}' is too short: type at least {MIN_PREFIX_CHARS} letters before the wildcard"
            )
    # the same prefix or range typed once expands in title and body: it counts once (its
    # larger field), so a single prefix is held to MAX_EXPANSION_TERMS as before
    typed: dict[str, int] = {}
    for node in expanding:
        if isinstance(node, wq.TermRange):
            words = node._btexts(reader) if node.fieldname in reader.schema else ()
        else:
            literal = re.split(r"[*?]", node.text, maxsplit=1)[0]
            words = reader.expand_prefix(node.fieldname, literal)
        n = 0
        for _ in words:
            n += 1
            if n > MAX_EXPANSION_TERMS:
                raise QueryError(
                    f"'{_shown(node)}' matches more than {MAX_EXPANSION_TERMS:,} different words: "
                    + (
                        "narrow the range"
                        if isinstance(node, wq.TermRange)
                        else "type a few more letters"
                    )
                )
        shown = _shown(node)
        typed[shown] = max(typed.get(shown, 0), n)
    if sum(typed.values()) > MAX_EXPANSION_TERMS:
        raise QueryError(
            f"the wildcards and ranges of this query match more than {MAX_EXPANSION_TERMS:,} "
            "different words together: use fewer of them, or more letters"
        )


def _shown(node: wq.Query) -> str:
    """A prefix, wildcard or range as the user typed it (near enough)."""
    if isinstance(node, wq.TermRange):
        opening = "{" if node.startexcl else "["
        closing = "}" if node.endexcl else "]"
        field = "" if node.fieldname in ("title", "body") else f"{node.fieldname}:"
        return f"{field}{opening}{node.start or ''} TO {node.end or ''}{closing}"
    return node.text if isinstance(node, wq.Wildcard) else node.text + "*"


LONE_WILDCARD = "a lone wildcard matches everything: type a word (prefix* works)"
_OPENERS = {"(": ")", "[": "]}", "{": "]}"}


def _check_syntax(text: str) -> None:
    """QueryError for an unclosed phrase or bracket and for doubled operators, which
    whoosh's parser either reads as something else than typed (``"sovereign and``
    searches the words) or fails on without a reason (``NOT NOT``)."""
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: a phrase opened with " is never closed')
    stack: list[str] = []
    # brackets and operators inside a phrase are words: each phrase stands as one word
    outside = re.sub(r'"[^"]*"', " phrase ", text)
    for ch in outside:
        if ch in _OPENERS:
            stack.append(ch)
        elif ch in ")]}":
            if not stack or ch not in _OPENERS[stack[-1]]:
                raise QueryError(f"unbalanced bracket: '{ch}' closes nothing opened before it")
            stack.pop()
    if stack:
        raise QueryError(f"unbalanced bracket: '{stack[-1]}' is never closed")
    m = re.search(r"(?<![\w:])NOT\s+(NOT|AND|OR)\b", outside)
    if m:
        raise QueryError(
            f"'NOT {m.group(1)}' cannot be read: put NOT once, before the word to leave out (NATO NOT CNN)"
        )
    m = re.search(
        r"(?<![\w:])(AND|OR)\s+(AND|OR)\b", outside
    )  # whoosh reads `a OR OR b` as a AND b
    if m:
        raise QueryError(
            f"'{m.group(1)} {m.group(2)}' cannot be read: put one operator between two words (Minsk OR Kyiv)"
        )


def _stem_prefixes(q: wq.Query, reader, words_from: Callable[[str], list[str]]) -> wq.Query:
    """``negotiat*`` must find "negotiations", indexed as the stem ``negoti``: a prefix
    on a stemmed field also matches the terms that the words starting with it were
    indexed as (from WORDS_FILE, the words seen while indexing), when those terms do
    not start with the prefix themselves. So ``compu*`` finds "computer" (``comput``)
    but not "com", and ``лукашенк*`` finds the folded ``lukashenko``.

    Prefix terms are scored like any other term (BM25F), not whoosh's constant score:
    ``elect*`` ranks the articles about elections first, not in file order. So are the
    words of a range over a text field, which also lets the block evaluator run it
    (through whoosh's matchers ``body:[ma TO mb]`` took 1 s at 10k articles)."""
    if type(q) is wq.TermRange:
        return wq.TermRange(
            q.fieldname, q.start, q.end, q.startexcl, q.endexcl, boost=q.boost, constantscore=False
        )
    if isinstance(q, wq.Prefix):
        prefix = wq.Prefix(q.fieldname, q.text, boost=q.boost, constantscore=False)
        if q.fieldname not in _STEMMED_FIELDS:
            return prefix
        text = q.text
        stems = sorted(
            {
                term
                for term in (_cached_term(w) for w in words_from(text))
                if term and not term.startswith(text) and (q.fieldname, term) in reader
            }
        )
        if not stems:
            return prefix
        return wq.Or([prefix, *(wq.Term(q.fieldname, t, boost=q.boost) for t in stems)])
    return q.apply(lambda node: _stem_prefixes(node, reader, words_from))


def _cached_term(word: str) -> str:
    term = _TERM_CACHE.get(word)
    return term if term is not None else _term_of(word)


def _positive_terms(q: wq.Query) -> tuple[set[str], tuple[str, ...]]:
    """Terms of the body/title fields that a match contains (NOT branches skipped)."""
    exact: set[str] = set()
    prefixes: list[str] = []

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Phrase):
            if node.fieldname in ("body", "title"):
                exact.update(node.words)
            return
        if isinstance(node, (wq.Prefix, wq.Wildcard)):
            if node.fieldname in ("body", "title"):
                prefixes.append(node.text.split("*")[0].split("?")[0])
            return
        if isinstance(node, wq.Term):
            if node.fieldname in ("body", "title", "speaker"):
                exact.add(node.text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return exact, tuple(p for p in prefixes if p)


_FIELD_RE = re.compile(r'"[^"]*"|(?<![\w:])([A-Za-z_]\w*):')


def _check_fields(text: str) -> str:
    """Map field synonyms and reject unknown ``field:`` prefixes with a clear message."""

    def fix(m: re.Match) -> str:
        name = m.group(1)
        if name is None:
            return m.group(0)
        lower = name.lower()
        lower = FIELD_ALIASES.get(lower, lower)
        if lower not in QUERYABLE_FIELDS:
            raise QueryError(
                f"unknown field '{name}:' — fields are "
                + ", ".join(f"{f}:" for f in QUERYABLE_FIELDS)
            )
        return f"{lower}:"

    text = _FIELD_RE.sub(fix, text)
    if re.search(r"(?<![\w:])(\w+):\s*$", text) or re.search(r"(?<![\w:])(\w+):\s+(?=\S)", text):
        m = re.search(r"(\w+):", text)
        raise QueryError(
            f"'{m.group(1)}:' needs a value right after the colon, e.g. {m.group(1)}:nato"
        )
    return text


def _date_bounds(nr: wq.NumericRange) -> tuple[int, int]:
    """A range on the date field -> (first, last) day as yyyymmdd, inclusive: the same
    documents, since every stored date is a midnight."""
    from datetime import timedelta

    from whoosh.util.times import datetime_to_long, long_to_datetime

    def midnight(d: date) -> int:
        return datetime_to_long(datetime(d.year, d.month, d.day))

    def ymd(d: date) -> int:
        return d.year * 10000 + d.month * 100 + d.day

    lo, hi = 1, 99991231
    try:
        if nr.start is not None:
            day = long_to_datetime(nr.start).date()
            m = midnight(day)
            if m < nr.start or (nr.startexcl and m == nr.start):
                day += timedelta(days=1)
            lo = ymd(day)
        if nr.end is not None:
            day = long_to_datetime(nr.end).date()
            m = midnight(day)
            if m > nr.end or (nr.endexcl and m == nr.end):
                day -= timedelta(days=1)
            hi = ymd(day)
    except (OverflowError, ValueError):
        pass
    return max(lo, 1), hi


def _split_dates(q: wq.Query, dates: list, live) -> tuple[wq.Query, set[int] | None]:
    """(the query without its top-level date ranges, the documents those allow or None)."""

    def is_date(node) -> bool:
        return type(node) is wq.NumericRange and node.fieldname == "date"

    def allowed_by(node) -> set[int]:
        lo, hi = _date_bounds(node)
        return {d for d in live if lo <= dates[d] <= hi}

    if is_date(q):
        return wq.Every(), allowed_by(q)
    if type(q) is wq.And and any(is_date(c) for c in q.subqueries):
        allowed: set[int] | None = None
        rest = []
        for c in q.subqueries:
            if is_date(c):
                docs = allowed_by(c)
                allowed = docs if allowed is None else allowed & docs
            else:
                rest.append(c)
        scoring = rest[0] if len(rest) == 1 else (wq.And(rest) if rest else wq.Every())
        return scoring, allowed
    return q, None


# ------------------------------------------------------------ query evaluation


class _NotFast(Exception):
    """A query node the block evaluator does not handle: whoosh's matchers run it."""


def _positions(value: bytes):
    """``formats.Positions.decode_positions`` as an iterator: a 4-byte count, then a
    pickled list of position deltas."""
    return accumulate(pickle.loads(value[4:] if value.endswith(b".") else value[4:] + b"."))


class _SegmentEval:
    """Scores a query on one segment from whole posting blocks: docnum -> score.

    Whoosh's matchers make several Python calls per posting (next, id, weight, score
    through a tree of union and intersection matchers): ~85% of a broad query's time at
    100k articles. Here each block of postings is unpickled once, its ids and weights
    become lists, a term is scored with one list comprehension (the same BM25F formula
    and floats as ``_CachedBM25FScorer``) and boolean nodes are dict and set operations.
    Scores agree with whoosh's to the last bits of a float (sums may add up in another
    order); ``tests/test_search.py`` checks both give the same hits."""

    def __init__(self, searcher, reader, deadline: float = float("inf")) -> None:
        from whoosh.codec.whoosh3 import W3LeafMatcher
        from whoosh.reading import SegmentReader

        if type(reader) is not SegmentReader:
            raise _NotFast("not a segment reader")
        self._leaf = W3LeafMatcher
        self.searcher = searcher
        self.reader = reader
        self.schema = reader.schema
        self.weighting = searcher.weighting
        self.deadline = deadline

    def _in_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise QueryError(TOO_SLOW)

    # -- postings ---------------------------------------------------------------------
    def _postings(self, fieldname: str, tbytes: bytes, values: bool):
        """(ids, weights, values or None) of a term, all blocks read at once."""
        m = self.reader._terms.matcher(fieldname, tbytes, self.schema[fieldname].format)
        ids: list[int] = []
        weights: list[float] = []
        vals: list | None = [] if values else None
        if type(m) is self._leaf and not m._byteids and m._fixedsize is None:
            while not m._atend:
                m._read_data()
                data, n = m._data, m._blocklength
                ids.extend(accumulate(data[0]))
                w = data[1]
                if w is None:
                    weights.extend([1.0] * n)
                elif isinstance(w, float):
                    weights.extend([w] * n)
                else:
                    weights.extend(w)
                if values:
                    vals.extend(data[2])
                m._next_block()
        else:  # an inlined single posting, or a layout this loop does not know
            while m.is_active():
                ids.append(m.id())
                weights.append(m.weight())
                if values:
                    vals.append(m.value())
                m.next()
        return ids, weights, vals

    def _term_scores(self, fieldname: str, tbytes: bytes, ids, weights) -> list[float]:
        scorer = self.weighting.scorer(self.searcher, fieldname, tbytes)
        norms = getattr(scorer, "_norms", None)
        if norms is not None:
            idf, k1p1 = scorer.idf, scorer._k1p1
            return [idf * ((w * k1p1) / (w + norms[d])) for d, w in zip(ids, weights)]
        if isinstance(scorer, scoring.WeightScorer):
            return list(weights)
        raise _NotFast("scorer")

    def _tbytes(self, fieldname: str, text) -> bytes | None:
        if fieldname not in self.schema:
            return None
        try:
            tbytes = self.schema[fieldname].to_bytes(text)
        except ValueError:
            return None
        return tbytes if (fieldname, tbytes) in self.reader else None

    def term(self, fieldname: str, tbytes: bytes) -> dict[int, float]:
        self._in_time()
        ids, weights, _ = self._postings(fieldname, tbytes, False)
        return dict(zip(ids, self._term_scores(fieldname, tbytes, ids, weights)))

    # -- nodes ------------------------------------------------------------------------
    def eval(self, q: wq.Query) -> dict[int, float]:
        self._in_time()
        kind = type(q)
        if kind is wq.Term:
            tbytes = self._tbytes(q.fieldname, q.text)
            found = self.term(q.fieldname, tbytes) if tbytes is not None else {}
        elif kind is wq.Or:
            if q.minmatch or q.scale:
                raise _NotFast("Or options")
            found = self._union([self.eval(sub) for sub in q.subqueries])
        elif kind is wq.And:
            found = self._and(q.subqueries)
        elif kind is wq.AndNot:
            found = self.eval(q.a)
            if found:
                for d in self.eval(q.b):
                    found.pop(d, None)
        elif kind is wq.Not:
            return self._not(q)
        elif kind is wq.Phrase:
            found = self._phrase(q)
        elif kind in (wq.Prefix, wq.Wildcard) or (kind is wq.TermRange and not q.constantscore):
            if q.fieldname not in self.schema:
                return {}
            found = self._union([self.term(q.fieldname, t) for t in q._btexts(self.reader) if t])
        elif q is wq.NullQuery or kind is type(wq.NullQuery):
            return {}
        else:
            raise _NotFast(kind.__name__)
        boost = getattr(q, "boost", 1.0)
        if boost != 1.0 and found:
            found = {d: sc * boost for d, sc in found.items()}
        return found

    @staticmethod
    def _union(parts: list[dict[int, float]]) -> dict[int, float]:
        parts = [p for p in parts if p]
        if not parts:
            return {}
        parts.sort(key=len, reverse=True)
        acc = dict(parts[0])
        get = acc.get
        for part in parts[1:]:
            for d, sc in part.items():
                acc[d] = get(d, 0.0) + sc
        return acc

    def _not_docs(self, q: wq.Not) -> set[int]:
        return set(self.eval(q.query))

    def _not(self, q: wq.Not) -> dict[int, float]:
        # whoosh's InverseMatcher: every document the child misses, scored 1.0 (boost)
        excluded = self._not_docs(q)
        return {d: 1.0 for d in range(self.reader.doc_count_all()) if d not in excluded}

    def _and(self, subs) -> dict[int, float]:
        positives = [sub for sub in subs if not isinstance(sub, wq.Not)]
        negatives = [sub for sub in subs if isinstance(sub, wq.Not)]
        if not positives:  # only NOT branches: the intersection of the inverses
            found = self._not(negatives[0])
            for neg in negatives[1:]:
                drop = self._not_docs(neg)
                found = {d: sc + 1.0 for d, sc in found.items() if d not in drop}
            return found
        parts = [self.eval(sub) for sub in positives]
        if not all(parts):
            return {}
        order = sorted(range(len(parts)), key=lambda i: len(parts[i]))
        found = dict(parts[order[0]])
        for i in order[1:]:
            part = parts[i]
            found = {d: sc + part[d] for d, sc in found.items() if d in part}
            if not found:
                return {}
        for neg in negatives:
            # an InverseMatcher in whoosh's intersection tree adds its score (1.0)
            drop = self._not_docs(neg)
            found = {d: sc + 1.0 for d, sc in found.items() if d not in drop}
        return found

    def _phrase(self, q: wq.Phrase) -> dict[int, float]:
        """Documents where word k of the phrase sits at position p + k (what whoosh's
        ordered, slop-1 SpanNear2 matches), scored as the sum of the words' scores."""
        if q.slop != 1 or not q.words:
            raise _NotFast("phrase slop")
        field = self.schema[q.fieldname] if q.fieldname in self.schema else None
        if field is None:
            return {}
        if (
            not field.format
            or not field.format.supports("positions")
            or field.format.supports("characters")
        ):
            raise _NotFast("phrase format")
        words = []
        for word in q.words:
            tbytes = self._tbytes(q.fieldname, word)
            if tbytes is None:
                return {}
            words.append(tbytes)
        if len(words) == 1:
            return self.term(q.fieldname, words[0])
        # a pasted phrase repeats its words: read and map each distinct word once
        read: dict[bytes, tuple] = {}
        for w in words:
            if w not in read:
                ids, weights, vals = self._postings(q.fieldname, w, True)
                read[w] = (ids, weights, vals, dict(zip(ids, vals)))
        postings = [read[w][:3] for w in words]
        values = [read[w][3] for w in words]
        # candidates: the documents holding every word; then word k must sit at p + k
        candidates = sorted(set(values[0]).intersection(*values[1:]))
        first, rest = values[0], list(enumerate(values[1:], 1))
        matched = []
        for n, d in enumerate(candidates):
            if not n % 512:
                self._in_time()
            starts = set(_positions(first[d]))
            for k, vk in rest:
                starts.intersection_update([p - k for p in _positions(vk[d])])
                if not starts:
                    break
            else:
                matched.append(d)
        if not matched:
            return {}
        total = None
        for (ids, weights, _), tbytes in zip(postings, words):
            weight_of = dict(zip(ids, weights))
            ws = [weight_of[d] for d in matched]
            scores = self._term_scores(q.fieldname, tbytes, matched, ws)
            total = scores if total is None else [a + b for a, b in zip(total, scores)]
        return dict(zip(matched, total))


def _top(found: dict[int, float], limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (docnum, score), ties in whoosh's order (lower docnum first).
    The cut-off score comes from the bare floats (compared in C); only the few
    documents at or above it are sorted with a key."""
    import heapq

    if limit <= 0 or not found:
        return []
    cutoff = heapq.nlargest(limit, found.values())[-1]
    best = [(d, sc) for d, sc in found.items() if sc >= cutoff]
    best.sort(key=lambda kv: (-kv[1], kv[0]))
    return best[:limit]


def _evaluate(s, q: wq.Query, allowed, deadline: float = float("inf")) -> dict[int, float] | None:
    """Global docnum -> score of every live match of ``q`` (within ``allowed``), or None
    when some node needs whoosh's own matchers. QueryError (TOO_SLOW) past ``deadline``."""
    subs = s.subsearchers if not s.is_atomic() else [(s, 0)]
    out: dict[int, float] = {}
    try:
        for sub, offset in subs:
            reader = sub.reader()
            found = _SegmentEval(sub, reader, deadline).eval(q)
            if not found:
                continue
            deleted = reader.deleted_docs_set if reader.has_deletions() else None
            if deleted or allowed is not None:
                for d, sc in found.items():
                    if deleted and d in deleted:
                        continue
                    g = d + offset
                    if allowed is None or g in allowed:
                        out[g] = sc
            elif offset:
                out.update(zip([d + offset for d in found], found.values()))
            else:
                out.update(found)
    except _NotFast:
        return None
    return out


def _stored_article(fields_: dict) -> StoredArticle:
    from .claims import Claim

    return StoredArticle(
        id=fields_["id"],
        path=fields_["path"],
        title=fields_.get("title", ""),
        source=fields_.get("source"),
        date=fields_["date"].date() if fields_.get("date") else None,
        author=fields_.get("author"),
        language=fields_.get("lang", "und"),
        body=fields_.get("body", ""),
        paragraphs=[tuple(p) for p in fields_.get("paragraphs", [])],
        claims=[Claim.from_dict(c) for c in fields_.get("claims", [])],
        content_hash=fields_.get("content_hash", ""),
        warnings=list(fields_.get("warnings", [])),
        url=fields_.get("url"),
    )


def _raw_source(source: str, sample: list):
    """``source`` as the source column stores it (bytes or str)."""
    for value in sample:
        if value is not None:
            return source.encode("utf-8") if isinstance(value, bytes) else source
    return source


def _named_counts(counts) -> dict[str, int]:
    named = {}
    for key, n in counts.items():
        if not key:
            continue
        name = key.decode("utf-8") if isinstance(key, bytes) else str(key)
        named[name] = named.get(name, 0) + n
    return dict(sorted(named.items(), key=lambda kv: (-kv[1], kv[0])))


def _manifest_to_bytes(data: dict) -> bytes:
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


def _manifest_from_bytes(raw: bytes) -> dict:
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


def _changes(scan, manifest: dict) -> tuple[list[str], list[str], list[str], int, dict[str, int]]:
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


def _document(article: Article, claims: list) -> dict:
    speakers = sorted({c.speaker for c in claims if c.speaker})
    doc = {
        "id": article.id,
        "path": str(article.path),
        "title": article.title,
        "body": article.body,
        "source": article.source,
        "source_facet": article.source or "unknown",
        "author": article.author,
        "speaker": " | ".join(speakers),
        "date": _date_to_dt(article.date),
        "sort_date": int(article.date.strftime("%Y%m%d")) if article.date else 0,
        "lang": article.language,
        "paragraphs": article.paragraphs,
        "claims": [c.to_dict() for c in claims],
        "content_hash": article.content_hash,
        "warnings": article.warnings,
        "url": article.url,
    }
    return {k: v for k, v in doc.items() if v is not None}


# ------------------------------------------------------------------- indexing work


@dataclass(slots=True)
class _Job:
    path: str
    id: str
    mtime_ns: int
    size: int
    catalogue: dict | None
    old_hash: str | None  # content hash in the manifest, when the file was indexed


# an outcome per job: ("ok" | "same", content_hash, warnings) or ("bad", reason, [])
_Outcome = tuple[str, str, list]


def _index_procs(n_files: int) -> int:
    """How many worker processes to index ``n_files`` with (1: in this process)."""
    env = os.environ.get("BELREADER_INDEX_PROCS", "").strip()
    if env.isdigit() and int(env) > 0:
        procs = int(env)
    else:
        procs = min(os.cpu_count() or 1, MAX_INDEX_PROCS)
    if n_files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(procs, n_files // 50))


def _index_jobs(
    writer,
    jobs: Iterable[_Job],
    table,
    progress: ProgressFn | None,
    *,
    fresh: bool,
    tick: Callable[[int], None] | None = None,
) -> list[_Outcome]:
    """Read, clean, extract claims and add each job's file to ``writer``. ``progress``
    needs ``jobs`` to be a list (its length is the total)."""
    from .claims import extract_claims

    global _WORD_SINK
    outcomes: list[_Outcome] = []
    add = writer.add_document if fresh else writer.update_document
    _WORD_SINK = set()
    total = len(jobs) if progress else 0
    n = 0
    for n, job in enumerate(jobs, 1):
        if progress:
            progress(n, total, job.path)
        if tick and n % 20 == 0:
            tick(20)
        try:
            got = read_articles(Path(job.path), article_id=job.id, catalogue_entry=job.catalogue)
        except IngestError as exc:
            outcomes.append(("bad", str(exc), []))
            continue
        if got.multi:
            outcomes.append(_index_records(got, job.old_hash, add, table))
            continue
        article = got.articles[0]
        if job.old_hash == article.content_hash:
            outcomes.append(("same", article.content_hash, list(article.warnings)))
            continue
        add(**_document(article, extract_claims(article.body, table, article.language)))
        outcomes.append(("ok", article.content_hash, list(article.warnings)))
    if tick:
        tick(n % 20)
    return outcomes


# A file of many articles (a dump, a feed, a web archive) keeps, where a text file
# keeps its content hash, this mark and one "<article id>\t<record hash>" line per
# article: a changed dump re-indexes only the records that changed, and deletes those
# no longer in it.
RECORDS_MARK = "records:"


def _records_of(value: str | None) -> dict[str, str]:
    if not value or not value.startswith(RECORDS_MARK):
        return {}
    return dict(line.split("\t", 1) for line in value[len(RECORDS_MARK) :].split("\n") if line)


def _entry_ids(entry) -> list[str]:
    """The article ids a manifest entry stands for."""
    records = _records_of(entry[3])
    return list(records) if records else [entry[0]]


def _index_records(got, old_value: str | None, add, table) -> _Outcome:
    """Index the articles of a many-article file that are new or changed since
    ``old_value``; the outcome's value lists them all (see RECORDS_MARK)."""
    from .claims import extract_claims

    old = _records_of(old_value)
    new: dict[str, str] = {}
    for article in got.articles:
        new[article.id] = digest = record_hash(article)
        if old.get(article.id) != digest:
            add(**_document(article, extract_claims(article.body, table, article.language)))
    value = RECORDS_MARK + "\n".join(f"{k}\t{v}" for k, v in new.items())
    return ("same" if new == old else "ok", value, list(got.problems))


def _drop_old_records(writer, old_entry, value: str, report, *, replaced: bool) -> None:
    """After a many-article file was re-read: delete its records that are gone, and,
    when workers wrote the new copies in segments of their own (``replaced``), the old
    copies of those that changed. Counts articles, not files, in ``report``."""
    old = _records_of(old_entry[3]) if old_entry else {}
    if old_entry and not old:  # the file was indexed as one article before
        writer.delete_by_term("id", old_entry[0])
    new = _records_of(value)
    for article_id, digest in old.items():
        if article_id not in new:
            writer.delete_by_term("id", article_id)
            report.deleted += 1
        elif digest != new[article_id]:
            if replaced:
                writer.delete_by_term("id", article_id)
            report.changed += 1
    report.added += sum(1 for article_id in new if article_id not in old)


# Jobs go to a worker as marshalled batches, unpacked as it reaches them: 50,000 _Job
# objects are ~26 MB in each worker for its whole run, their batches ~7 MB
_JOB_BATCH = 256


_job_fields = operator.attrgetter(*_Job.__slots__)  # in _Job(...)'s argument order


def _pack_jobs(jobs: list[_Job]) -> list[bytes]:
    return [
        marshal.dumps([_job_fields(j) for j in jobs[i : i + _JOB_BATCH]], 2)
        for i in range(0, len(jobs), _JOB_BATCH)
    ]


def _unpack_jobs(batches: list[bytes | None]) -> Iterator[_Job]:
    """The jobs of ``batches``, in order; each batch is dropped once unpacked."""
    for i, blob in enumerate(batches):
        batches[i] = None
        for fields_ in marshal.loads(blob):
            yield _Job(*fields_)


def _take_words() -> set[str]:
    """The words the indexing since the last call saw, lower-cased, as suggestions."""
    global _WORD_SINK
    seen, _WORD_SINK = _WORD_SINK or set(), None
    words = {w.lower() for w in seen if len(w) >= 3 and not w.isdigit()}
    return {w for w in words if w not in STOP_WORDS and "\n" not in w}


def _index_worker(
    chunk_no: int,
    index_dir: str,
    batches: list[bytes],
    table,
    out,
    parent_pid: int | None = None,
    inherited_locks: tuple[int, ...] = (),
) -> None:
    """A worker process: index the jobs of ``batches`` (see _pack_jobs) into new
    segments of its own (the parent holds the lock and commits the segment list), and
    send back the outcomes. It dies with its parent, and closes the lock descriptors a
    fork gave it so that only the parent holds the locks."""
    for fd in inherited_locks:
        with suppress(OSError):
            os.close(fd)
    if parent_pid is not None:
        _die_with_parent(parent_pid)
    try:
        use_aliases(table)
        ix = index.open_dir(index_dir, indexname=INDEX_NAME)
        segments: list = []
        state = {"writer": None, "added": 0}

        def new_writer():
            writer = _worker_segment_writer(ix)
            state["writer"], state["added"] = writer, 0
            return writer

        def finish(writer) -> None:
            if state["added"]:
                segments.append(writer._finalize_segment())
            else:
                writer._close_segment()  # its files are cleaned up by the parent's commit

        class _Rolling:
            """add_document on the current segment; a new segment past the budget."""

            def add_document(self, **doc):
                writer = state["writer"]
                _worker_add_document(writer, doc)
                state["added"] += 1
                if writer.pool.size > WORKER_SEGMENT_MB * 1048576:
                    finish(writer)
                    writer = new_writer()  # nothing holds the old one now
                    _return_freed_memory()

        new_writer()
        outcomes = _index_jobs(
            _Rolling(),
            _unpack_jobs(batches),
            table,
            None,
            fresh=True,
            tick=lambda k: out.put(("tick", k)),
        )
        finish(state["writer"])
        words = _take_words()
        out.put(("done", (chunk_no, outcomes, segments, words)))
    except BaseException as exc:  # reported to the parent, which cancels the sync
        out.put(("error", (getattr(exc, "errno", None), f"{type(exc).__name__}: {exc}")))


def _return_freed_memory() -> None:
    """Give the heap's free pages back to the system (glibc only; elsewhere nothing).
    A flushed pool's postings were large buffers from malloc, and glibc keeps freed
    ones for reuse: without this a worker's RSS grows by the scattered free space each
    segment leaves behind, and the next pool comes on top of it."""
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # not glibc
        pass


def _balanced_chunks(jobs: list[_Job], procs: int) -> list[list[_Job]]:
    """``procs`` contiguous runs of ``jobs`` (none empty while there are enough jobs)
    with about equal total file size."""
    total = sum(max(job.size, 1) for job in jobs)
    chunks: list[list[_Job]] = []
    start, acc = 0, 0
    for i, job in enumerate(jobs):
        acc += max(job.size, 1)
        left = procs - len(chunks) - 1  # chunks still to make after this one
        rest = len(jobs) - (i + 1)
        if left and rest >= left and (rest == left or acc * procs >= total * (len(chunks) + 1)):
            chunks.append(jobs[start : i + 1])
            start = i + 1
    chunks.append(jobs[start:])
    while len(chunks) < procs:
        chunks.append([])
    return chunks


def _index_parallel(
    index_dir: str,
    jobs: list[_Job],
    table,
    procs: int,
    progress: ProgressFn | None,
    *,
    inherited_locks: Iterable[int] = (),
) -> tuple[list[_Outcome], list, set[str]]:
    import multiprocessing as mp
    import queue as queue_mod
    import threading

    # fork is quickest, but only safe while this process runs a single thread (the app
    # syncs from a worker thread): spawn otherwise, and where fork does not exist
    method = (
        "fork"
        if threading.active_count() == 1 and "fork" in mp.get_all_start_methods()
        else "spawn"
    )
    ctx = mp.get_context(method)
    if method != "fork":
        _start_resource_tracker()
    out = ctx.Queue()
    # contiguous chunks, in scan order: document numbers (and so the order of equally
    # scored hits) come out as a one-process build would give them. The chunks hold
    # equal shares of the bytes to read, not of the files: the work (cleaning, claims,
    # postings) follows the text's length, and equal file counts left one worker
    # running alone for the last ~10% of a build
    chunks = _balanced_chunks(jobs, procs)
    # only a forked worker has the parent's descriptors (a spawned one must not close
    # whatever its own descriptors with those numbers are)
    locks = tuple(inherited_locks) if method == "fork" else ()
    workers = [
        ctx.Process(
            target=_index_worker,
            args=(n, index_dir, _pack_jobs(chunk), table, out, os.getpid(), locks),
            daemon=True,
        )
        for n, chunk in enumerate(chunks)
    ]
    # forked workers inherit the parent's heap (the scan, the job list) as shared pages;
    # frozen, their garbage collector never walks it, so it is not copied into each
    frozen = method == "fork"
    if frozen:
        gc.freeze()
    try:
        for w in workers:
            w.start()
    finally:
        if frozen:
            gc.unfreeze()
    _fault_point("workers-started")
    results: dict[int, tuple] = {}
    new_words: set[str] = set()
    done_count, total = 0, len(jobs)
    try:
        while len(results) < len(workers):
            try:
                kind, payload = out.get(timeout=0.5)
            except queue_mod.Empty:
                if any(w.exitcode not in (None, 0) for w in workers):
                    raise SearchError(
                        "an indexing worker stopped unexpectedly; nothing was changed"
                    ) from None
                continue
            if kind == "tick":
                done_count += payload
                if progress and payload:
                    progress(min(done_count, total), total, "")
            elif kind == "done":
                chunk_no, outcomes, segs, words = payload
                results[chunk_no] = (outcomes, segs)
                new_words |= words
            else:
                code, message = payload
                if code == errno.ENOSPC:
                    raise OSError(code, os.strerror(code))
                raise SearchError(f"indexing failed: {message}")
    except BaseException:
        for w in workers:  # interrupted or failed: stop the others now
            if w.is_alive():
                w.terminate()
        raise
    finally:
        for w in workers:
            w.join(timeout=5)
            if w.is_alive():
                w.terminate()
    ordered = [outcome for i in range(procs) for outcome in results[i][0]]
    segments = [seg for i in range(procs) for seg in results[i][1]]
    return ordered, segments, new_words


def _merge_small_segments(writer, segments: list) -> list:
    """Merge policy: merge the segments smaller than SMALL_SEGMENT_DOCS into the new one
    once there are MAX_SMALL_SEGMENTS of them; never touch bigger segments.

    Whoosh's default (MERGE_SMALL) compares running totals with Fibonacci numbers: with
    the ~20 segments of a 100k build it decides to merge *all* of them, rewriting the
    whole index through its pool on the next one-article sync (minutes)."""
    from whoosh.reading import SegmentReader

    small = [seg for seg in segments if seg.doc_count_all() < SMALL_SEGMENT_DOCS]
    if len(small) < MAX_SMALL_SEGMENTS:
        return segments
    for seg in small:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg.doc_count_all() >= SMALL_SEGMENT_DOCS]


def _commit_in_steps(writer, segments: list, write_pending: Callable[[int], None]) -> None:
    """Commit ``writer`` (its deletions, merges and documents, if any) together with
    segments that worker processes wrote, as one new generation of the index: Whoosh's
    ``commit`` taken apart so that the pending manifest is written before the TOC (the
    atomic step: Whoosh writes it to a temporary name and renames it)."""
    finalsegments = writer._merge_segments(_merge_small_segments, None, None)
    if writer._added:
        finalsegments.append(writer._finalize_segment())
    else:
        writer._close_segment()
    write_pending(writer.generation)
    _fault_point("pending-written")
    finalsegments += segments
    index.TOC(writer.schema, finalsegments, writer.generation).write(
        writer.storage, writer.indexname
    )
    _fault_point("toc-written")
    index.clean_files(writer.storage, writer.indexname, writer.generation, finalsegments)
    writer._finish()


# What an index's table of contents may name when it is unpickled: classes of Whoosh
# and of this module, and a few harmless constructors. Anything else (os.system,
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
    import io
    import pickletools

    found: set[tuple[str, str]] = set()
    strings: list[str] = []
    for op, arg, _ in pickletools.genops(io.BytesIO(data)):
        if op.name in _PICKLE_STRINGS:
            strings.append(arg if isinstance(arg, str) else str(arg))
        elif op.name == "GLOBAL":
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
    if module == __name__ or module == "whoosh" or module.startswith("whoosh."):
        import importlib

        try:
            obj = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError, ValueError):
            return False
        return isinstance(obj, type)  # a class, not a function like os.system
    return False


def _check_toc(path: Path) -> None:
    """Whoosh unpickles the table of contents, and unpickling runs what it names: read
    the two pickles in it first, without loading them, and refuse one that names
    anything but Whoosh's and belreader's classes. (The segment files hold pickles
    too, read as they are searched: an index folder is still trusted like code, see
    the README.)"""
    from whoosh.filedb.structfile import StructFile

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
        raise IndexDamaged(_damage_message(path.parent, exc)) from None
    bad = sorted(f"{m}.{n}" for m, n in names if not _allowed_global(m, n))
    if bad:
        raise IndexDamaged(
            f"the index at {path.parent} has a table of contents that would run {bad[0]} when "
            "loaded: not loaded; rebuild it with `belreader index --rebuild` (bookmarks are kept)"
        )


def _segment_files(folder: Path) -> list[Path]:
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


_TOC_NAME = re.compile(rf"_{INDEX_NAME}_(\d+)\.toc")


def _lock_owner(fd: int) -> int | None:
    """The pid the lock's owner wrote into the lock file, if any."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _flock_holders(fd: int) -> list[int]:
    """Pids holding a flock on ``fd``'s file, from /proc/locks (Linux; else [])."""
    st = os.fstat(fd)
    holders = []
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    for line in lines:
        parts = line.split()
        if len(parts) >= 6 and parts[1] == "FLOCK":  # a waiter's line has "->" there
            dev_ino = parts[5].split(":")
            if (
                len(dev_ino) == 3
                and dev_ino[2].isdigit()
                and int(dev_ino[2]) == st.st_ino
                and parts[4].isdigit()
            ):
                holders.append(int(parts[4]))
    return sorted(set(holders))


def _die_with_parent(parent_pid: int) -> None:
    """A worker process must not outlive the sync that started it (it would go on
    writing segments nobody commits): on Linux the kernel kills it when its parent
    dies (PR_SET_PDEATHSIG); elsewhere, and for a parent that died before that was
    set, a watchdog thread sees the parent gone and exits."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError, TypeError):
        pass
    if os.getppid() != parent_pid:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watchdog").start()


def _start_resource_tracker() -> None:
    """multiprocessing's resource tracker (started by the first spawn-context queue or
    worker) passes ``sys.stderr.fileno()`` to its process; under Textual that is -1
    and the start fails ("bad value(s) in fds_to_keep"). Start it here with the
    process's real stderr (or /dev/null) in place for that moment."""
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, ValueError, OSError):
        usable = False
    if usable:
        return
    saved = sys.stderr
    devnull = None
    try:
        real = sys.__stderr__
        try:
            real_ok = real is not None and real.fileno() >= 0
        except (AttributeError, ValueError, OSError):
            real_ok = False
        if not real_ok:
            real = devnull = open(os.devnull, "w")
        sys.stderr = real
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved
        if devnull is not None:
            devnull.close()


def _filtered(q: wq.Query, dates: list, sources: list, live, source: str | None):
    """(the query to score, the documents the filters allow or None for all). Top-level
    date ranges and the source are read from the columns: whoosh would expand a date
    range into hundreds of trie terms."""
    scoring, allowed = _split_dates(q, dates, live)
    if source is not None:
        want = _raw_source(source, sources)
        allowed = {d for d in (allowed if allowed is not None else live) if sources[d] == want}
    return scoring, allowed


def _run(s, scoring: wq.Query, allowed, limit: int):
    """Every match of ``scoring`` among ``allowed``, within the query deadline: (the fast
    evaluator's {docnum: score}, None), or (None, whoosh's collector) where it cannot."""
    deadline = time.monotonic() + QUERY_DEADLINE_SECONDS
    found = _evaluate(s, scoring, allowed, deadline)
    if found is not None:
        return found, None
    collector = _TopAndMatched(limit, deadline)
    if allowed is not None:
        s.search_with_collector(scoring, collectors.FilterCollector(collector, allow=allowed))
    else:
        s.search_with_collector(scoring, collector)
    return None, collector


def _matching_docs(s, q: wq.Query, dates: list, sources: list, live, source: str | None):
    """Global docnums of every live document matching ``q`` (from ``source`` only, when
    given), with the same filters as a search."""
    scoring, allowed = _filtered(q, dates, sources, live, source)
    if allowed is not None and not allowed:
        return []
    if isinstance(scoring, wq.Every):
        return live if allowed is None else sorted(allowed)
    found, collector = _run(s, scoring, allowed, 0)
    return list(found) if found is not None else collector.matched
