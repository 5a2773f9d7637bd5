"""Scoring: BM25F with each segment's length norms read once, the collector that
counts every match while it keeps the top hits, and phrase matching by position
arithmetic (a patch of Whoosh's SpanNear2 matcher, installed by ``install_fast_phrases``
when an index is opened, never at import)."""

from __future__ import annotations

import time

from whoosh import collectors, scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.columns import NumericColumn
from whoosh.query.spans import Span, SpanNear2
from whoosh.util.numeric import byte_to_length

from ..limits import TOO_SLOW
from ..types import QueryError


class TopAndMatched(collectors.TopCollector):
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


class CachedBM25F(scoring.BM25F):
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


def install_fast_phrases() -> None:
    """Phrase matching ("prime minister") by position arithmetic: a document matches
    where word k sits at p + k for every k. Whoosh's SpanNear2 matcher makes a Span
    object per position of every word and joins them pairwise in Python for every
    document holding all the words (~80% of a phrase query's time). Same matches and
    spans for what a Phrase builds (ordered, slop 1, mindist 1); any other use of
    SpanNear2 keeps whoosh's code."""

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
