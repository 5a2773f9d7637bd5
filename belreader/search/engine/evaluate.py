"""Query evaluation: a block evaluator that scores whole posting blocks at once (the
fast path), Whoosh's own matchers and collector where it cannot (the slow path), and
the filters (date ranges, a source) read from the per-document columns."""

from __future__ import annotations

import heapq
import pickle
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate

from whoosh import collectors, scoring
from whoosh import query as wq
from whoosh.reading import SegmentReader

from .. import limits
from ..limits import TOO_SLOW
from ..types import QueryError
from .private_api import COLLECTOR, DATE_COLUMNS, EVALUATOR, FALLBACK_ERRORS, PRIVATE
from .scoring import TopAndMatched


def range_words(node: wq.TermRange, reader) -> list:
    """The words of the index a range over a field spans (as bytes)."""
    if node.fieldname not in reader.schema:
        return []
    return [btext for _, btext in node.expanded_terms(reader)]


def raw_source(source: str, sample: list):
    """``source`` as the source column stores it (bytes or str)."""
    for value in sample:
        if value is not None:
            return source.encode("utf-8") if isinstance(value, bytes) else source
    return source


def date_bounds(nr: wq.NumericRange) -> tuple[int, int]:
    """A range on the date field -> (first, last) day as yyyymmdd, inclusive: the same
    documents, since every stored date is a midnight."""
    datetime_to_long = PRIVATE.get("whoosh.util.times:datetime_to_long")
    long_to_datetime = PRIVATE.get("whoosh.util.times:long_to_datetime")

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


def split_dates(s, q: wq.Query, dates: list, live) -> tuple[wq.Query, set[int] | None]:
    """(the query without its top-level date ranges, the documents those allow or None).
    The allowed documents come from the date column; when this Whoosh does not convert
    dates as the column was written (``DATE_COLUMNS``), from Whoosh's own matching of
    the range (the same documents, more slowly)."""

    def is_date(node) -> bool:
        return type(node) is wq.NumericRange and node.fieldname == "date"

    def from_column(node) -> set[int]:
        lo, hi = date_bounds(node)
        return {d for d in live if lo <= dates[d] <= hi}

    def from_whoosh(node) -> set[int]:
        return set(s.docs_for_query(node))

    if not (is_date(q) or (type(q) is wq.And and any(is_date(c) for c in q.subqueries))):
        return q, None
    allowed_by = from_column
    if not PRIVATE.usable(DATE_COLUMNS):
        allowed_by = from_whoosh
    try:
        return _split_dates(q, is_date, allowed_by)
    except FALLBACK_ERRORS as exc:
        if allowed_by is from_whoosh:
            raise
        PRIVATE.fell_back(DATE_COLUMNS, exc)
        return _split_dates(q, is_date, from_whoosh)


def _split_dates(q: wq.Query, is_date, allowed_by) -> tuple[wq.Query, set[int] | None]:
    if is_date(q):
        return wq.Every(), allowed_by(q)
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

        if type(reader) is not SegmentReader:
            raise _NotFast("not a segment reader")
        self._leaf = PRIVATE.get("whoosh.codec.whoosh3:W3LeafMatcher")
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
                if vals is not None:
                    vals.extend(data[2])
                m._next_block()
        else:  # an inlined single posting, or a layout this loop does not know
            while m.is_active():
                ids.append(m.id())
                weights.append(m.weight())
                if vals is not None:
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
            found = self._union(
                [self.term(q.fieldname, t) for t in range_words(q, self.reader) if t]
            )
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
        field = self.schema[q.fieldname] if q.fieldname in self.schema else None  # noqa: SIM401
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
        assert total is not None  # a phrase that gets here has two or more words
        return dict(zip(matched, total))


def top(found: dict[int, float], limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (docnum, score), ties in whoosh's order (lower docnum first).
    The cut-off score comes from the bare floats (compared in C); only the few
    documents at or above it are sorted with a key."""

    if limit <= 0 or not found:
        return []
    cutoff = heapq.nlargest(limit, found.values())[-1]
    best = [(d, sc) for d, sc in found.items() if sc >= cutoff]
    best.sort(key=lambda kv: (-kv[1], kv[0]))
    return best[:limit]


def evaluate(s, q: wq.Query, allowed, deadline: float = float("inf")) -> dict[int, float] | None:
    """Global docnum -> score of every live match of ``q`` (within ``allowed``), or None
    when some node needs whoosh's own matchers, or this Whoosh no longer has what the
    block evaluator reads (logged once: ``private_api``). QueryError (TOO_SLOW) past
    ``deadline``."""
    if not PRIVATE.usable(EVALUATOR):
        return None
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
    except FALLBACK_ERRORS as exc:
        # a private name renamed or re-signed, not damage: Whoosh's own code answers
        # (and reports damage, if that is what it was)
        PRIVATE.fell_back(EVALUATOR, exc)
        return None
    return out


def filtered(s, q: wq.Query, dates: list, sources: list, live, source: str | None):
    """(the query to score, the documents the filters allow or None for all). Top-level
    date ranges and the source are read from the columns: whoosh would expand a date
    range into hundreds of trie terms."""
    scoring, allowed = split_dates(s, q, dates, live)
    if source is not None:
        want = raw_source(source, sources)
        allowed = {d for d in (allowed if allowed is not None else live) if sources[d] == want}
    return scoring, allowed


@dataclass(slots=True)
class Matches:
    """Every match of a query: scored by the block evaluator (``scores``: docnum ->
    score), or by Whoosh's matchers (``page``: the best (docnum, score), and
    ``matched``: every matching docnum)."""

    scores: dict[int, float] | None = None
    page: list[tuple[int, float]] = field(default_factory=list)
    matched: list[int] = field(default_factory=list)


def run(s, scoring: wq.Query, allowed, limit: int) -> Matches:
    """Every match of ``scoring`` among ``allowed``, within the query deadline: from the
    fast evaluator where it can, else from Whoosh's matchers."""
    deadline = time.monotonic() + limits.QUERY_DEADLINE_SECONDS
    found = evaluate(s, scoring, allowed, deadline)
    if found is not None:
        return Matches(scores=found)
    if PRIVATE.usable(COLLECTOR):
        try:
            collector = TopAndMatched(limit, deadline)
        except FALLBACK_ERRORS as exc:
            PRIVATE.fell_back(COLLECTOR, exc)
        else:
            try:
                if allowed is not None:
                    s.search_with_collector(
                        scoring, collectors.FilterCollector(collector, allow=allowed)
                    )
                else:
                    s.search_with_collector(scoring, collector)
            except FALLBACK_ERRORS as exc:
                # from TopAndMatched, or from Whoosh's matchers: _run_public tells them
                # apart (Whoosh's own code fails there too, and that is damage)
                PRIVATE.fell_back(COLLECTOR, exc)
            else:
                page = [(hit.docnum, float(hit.score or 0.0)) for hit in collector.results()]
                return Matches(page=page, matched=collector.matched)
    return _run_public(s, scoring, allowed, limit, deadline)


def _run_public(s, scoring: wq.Query, allowed, limit: int, deadline: float) -> Matches:
    """``run`` through Whoosh's public search calls only: every match from
    ``Searcher.docs_for_query`` (first: it keeps the deadline), then the top hits from
    a ``TopCollector``."""
    matched = []
    for n, docnum in enumerate(s.docs_for_query(scoring)):
        if not n % 1024 and time.monotonic() > deadline:
            raise QueryError(TOO_SLOW)
        if allowed is None or docnum in allowed:
            matched.append(docnum)
    page = []
    if limit > 0 and matched:
        # no pruning (replace, usequality): with FastCodec's missing length statistics the
        # score bounds it trusts are wrong, and it drops real top hits (see TopAndMatched)
        best = collectors.TopCollector(limit=limit, usequality=False, replace=0)
        if allowed is not None:
            s.search_with_collector(scoring, collectors.FilterCollector(best, allow=allowed))
        else:
            s.search_with_collector(scoring, best)
        page = [(hit.docnum, float(hit.score or 0.0)) for hit in best.results()]
    return Matches(page=page, matched=matched)


def matching_docs(s, q: wq.Query, dates: list, sources: list, live, source: str | None):
    """Global docnums of every live document matching ``q`` (from ``source`` only, when
    given), with the same filters as a search."""
    scoring, allowed = filtered(s, q, dates, sources, live, source)
    if allowed is not None and not allowed:
        return []
    if isinstance(scoring, wq.Every):
        return live if allowed is None else sorted(allowed)
    found = run(s, scoring, allowed, 0)
    return list(found.scores) if found.scores is not None else found.matched
