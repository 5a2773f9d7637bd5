"""Scoring: BM25F with each segment's length norms read once, the collector that
counts every match while it keeps the top hits, and phrase matching by position
arithmetic (a patch of Whoosh's SpanNear2 matcher, installed by ``install_fast_phrases``
when an index is opened, never at import)."""

from __future__ import annotations

import time
import weakref

from whoosh import collectors, scoring

from ..limits import TOO_SLOW
from ..types import QueryError
from .private_api import FALLBACK_ERRORS, LENGTH_NORMS, PHRASES, PRIVATE, resolve


class TopAndMatched(collectors.TopCollector):
    """The ``limit`` best-scored documents, and the number of every match (for the total
    and the source counts) from the same pass.

    Whoosh's pruning (``replace`` of sub-matchers below the current minimum score and
    block-quality skipping) is off: on this schema it drops real top hits of AND
    queries (e.g. ``source:belsat AND election`` loses its best two at 10k articles),
    and with every match needed for the facets it saves nothing."""

    def __init__(self, limit: int, deadline: float = float("inf")) -> None:
        super().__init__(limit=max(limit, 1), usequality=False, replace=0)
        self.matched: list[int] = []
        self.deadline = deadline

    def collect(self, sub_docnum):
        matched = self.matched
        if not len(matched) % 1024 and time.monotonic() > self.deadline:
            raise QueryError(TOO_SLOW)
        matched.append(self.offset + sub_docnum)
        return super().collect(sub_docnum)


class CachedBM25F(scoring.BM25F):
    """BM25F with each segment's field lengths read once into a list of BM25 length
    norms: whoosh's scorer looks the length up per posting through three layers of
    column readers (~40% of a broad OR query's time). Scores are the same floats."""

    def __init__(self, B: float = 0.75, K1: float = 1.2, **field_B) -> None:
        super().__init__(B=B, K1=K1, **field_B)
        # segment reader -> {(field, avgfl, B, K1): its documents' length norms}
        self.norms_of: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def scorer(self, searcher, fieldname, text, qf=1):
        if searcher.schema[fieldname].scorable and PRIVATE.usable(LENGTH_NORMS):
            try:
                B = self._field_B.get(fieldname, self.B)
                return _CachedBM25FScorer(
                    searcher, fieldname, text, B, self.K1, qf=qf, norms_of=self.norms_of
                )
            except FALLBACK_ERRORS as exc:
                PRIVATE.fell_back(LENGTH_NORMS, exc)
        return super().scorer(searcher, fieldname, text, qf=qf)


class _CachedBM25FScorer(scoring.BM25FScorer):
    def __init__(self, searcher, fieldname, text, B, K1, qf=1, *, norms_of) -> None:
        super().__init__(searcher, fieldname, text, B, K1, qf=qf)
        try:
            reader = searcher.reader()
            cache = norms_of.get(reader)
            if cache is None:
                cache = norms_of[reader] = {}
            norms = _length_norms(cache, reader, fieldname, self.avgfl, B, K1)
        except FALLBACK_ERRORS as exc:
            PRIVATE.fell_back(LENGTH_NORMS, exc)
            norms = None
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


def _length_norms(
    cache: dict, reader, fieldname: str, avgfl: float, B: float, K1: float
) -> list | None:
    key = (fieldname, avgfl, B, K1)
    norms = cache.get(key)
    if norms is None:
        lenfield = resolve("whoosh.codec.whoosh3:_lenfield")
        lengths_column = resolve("whoosh.codec.whoosh3:LENGTHS_COLUMN")
        byte_to_length = resolve("whoosh.util.numeric:byte_to_length")
        col = reader._perdoc._cached_reader(lenfield(fieldname), lengths_column)
        if (
            not isinstance(col, resolve("whoosh.columns:NumericColumn.Reader"))
            or col._fixedlen != 1
        ):
            return None
        n = reader.doc_count_all()
        raw = col._dbfile.get(col._basepos, min(col._count, n)) if col._count else b""
        raw = bytes(raw) + bytes([col._default & 0xFF]) * (n - len(raw))
        table = [K1 * ((1 - B) + B * byte_to_length(b) / avgfl) for b in range(256)]
        norms = cache[key] = [table[b] for b in raw]
    return norms


def install_fast_phrases() -> None:
    """Phrase matching ("prime minister") by position arithmetic: a document matches
    where word k sits at p + k for every k. Whoosh's SpanNear2 matcher makes a Span
    object per position of every word and joins them pairwise in Python for every
    document holding all the words (~80% of a phrase query's time). Same matches and
    spans for what a Phrase builds (ordered, slop 1, mindist 1); any other use of
    SpanNear2 keeps whoosh's code, and so does every use once this Whoosh's matcher
    turns out not to have what the patch reads (``PHRASES``, logged once).

    A patch of Whoosh's class (Phrase builds its matcher inside Whoosh), installed
    explicitly by the engine's ``IndexStore`` when it opens or creates an index, never
    at import; ``uninstall_fast_phrases`` takes it out."""
    if not PRIVATE.usable(PHRASES):
        return
    cls = resolve("whoosh.query.spans:SpanNear2.SpanNear2Matcher")
    if getattr(cls, "_belreader_original", None) is not None:
        return
    original = cls._get_spans
    span = resolve("whoosh.query.spans:Span")

    def _get_spans(self):
        try:
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
        except FALLBACK_ERRORS as exc:
            PRIVATE.fell_back(PHRASES, exc)
            fast = False
        if not fast:
            return original(self)
        starts = set(ms[0].value_as("positions"))
        for k in range(1, len(ms)):
            if not starts:
                return []
            starts.intersection_update([q - k for q in ms[k].value_as("positions")])
        last = len(ms) - 1
        return [span(p, p + last) for p in sorted(starts)]

    cls._get_spans = _get_spans
    cls._belreader_original = original


def uninstall_fast_phrases() -> None:
    """Give Whoosh's SpanNear2 matcher its own ``_get_spans`` back."""
    try:
        cls = resolve("whoosh.query.spans:SpanNear2.SpanNear2Matcher")
    except FALLBACK_ERRORS:
        return
    original = getattr(cls, "_belreader_original", None)
    if original is not None:
        cls._get_spans = original
        cls._belreader_original = None
