"""Re-anchoring: where a bookmarked quote is in an article's changed text, found the
way Hypothesis does.

Trust the old offsets only if the text there is still the quote; otherwise score every
exact or approximate occurrence of the quote by quote similarity, prefix/suffix
similarity and closeness to the old position, and take the best one that passes the
thresholds below. None -- "cannot be placed with confidence" -- makes the bookmark an
orphan rather than moving it somewhere it may not belong.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

# --- re-anchoring weights and thresholds -------------------------------------------
# Weights as in Hypothesis' match-quote: the quote dominates, context disambiguates,
# position only breaks ties between otherwise equal copies.
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POS_WEIGHT = 50.0, 20.0, 20.0, 2.0
# An approximate match must keep >= 75% of the quote (normalised Levenshtein), i.e. at
# most about a quarter of its characters edited; more than that is a different passage.
QUOTE_MIN = 0.75
# Context (mean of prefix and suffix similarity) that vouches for a match. Two unrelated
# 32-character snippets of the seed articles score 0.125 (median), 0.31 (99th pct), so 0.6 means "the surroundings are
# recognisably the same" (one side intact is enough: (1.0 + 0.2) / 2 = 0.6).
CONTEXT_MIN = 0.6
# Without supporting context, the quote alone is evidence only if it is long: an exact
# quote of >= 24 characters occurring exactly once, or a >= 48-character quote that is
# >= 90% intact. A short quote ("Minsk") found elsewhere is never trusted on its own.
DISTINCT_LEN = 24
STRONG_QUOTE, STRONG_LEN = 0.9, 48
# Search limits that keep locate() in the milliseconds on 100 KB articles.
_SEED_LEN = 12
_MAX_SEEDS = 32
_MAX_HITS_PER_SEED = 64  # a seed found more often than this carries no information
_MAX_FUZZY_CANDIDATES = 32
_MAX_EXACT_HITS = 5000
_MAX_FUZZY_LEN = 20_000  # longer passages re-anchor only when intact (else orphan)


def _find_all(hay: str, needle: str, limit: int) -> list[int]:
    hits: list[int] = []
    i = hay.find(needle)
    while i != -1 and len(hits) < limit:
        hits.append(i)
        i = hay.find(needle, i + 1)
    return hits


def _sim(a: str, b: str) -> float:
    return Levenshtein.normalized_similarity(a, b)


def _context(body: str, prefix: str, suffix: str, s: int, e: int) -> float | None:
    """Mean similarity of the saved prefix/suffix to the text around [s, e).

    An empty saved side (the passage was at the very start or end) is no evidence
    either way and is left out; None when there is no context at all.
    """
    parts = []
    if prefix:
        parts.append(_sim(prefix, body[max(0, s - len(prefix)) : s]))
    if suffix:
        parts.append(_sim(suffix, body[e : e + len(suffix)]))
    return sum(parts) / len(parts) if parts else None


def _score(
    body: str, prefix: str, suffix: str, old_start: int, s: int, e: int, q: float
) -> tuple[float, float | None]:
    """(weighted score in [0, 1], context similarity or None) of the candidate [s, e)."""
    parts = [
        (QUOTE_WEIGHT, q),
        (POS_WEIGHT, 1.0 - min(1.0, abs(s - old_start) / max(len(body), 1))),
    ]
    ctx = []
    if prefix:
        ctx.append(_sim(prefix, body[max(0, s - len(prefix)) : s]))
        parts.append((PREFIX_WEIGHT, ctx[-1]))
    if suffix:
        ctx.append(_sim(suffix, body[e : e + len(suffix)]))
        parts.append((SUFFIX_WEIGHT, ctx[-1]))
    score = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    return score, (sum(ctx) / len(ctx) if ctx else None)


def _acceptable(q: float, ctx: float | None, m: int, unique_exact: bool) -> bool:
    if q >= 1.0:
        if ctx is None:  # no context was saved (e.g. imported): a unique quote is all we have
            return unique_exact
        return ctx >= CONTEXT_MIN or (m >= DISTINCT_LEN and unique_exact)
    if q < QUOTE_MIN:
        return False
    return (ctx is not None and ctx >= CONTEXT_MIN) or (q >= STRONG_QUOTE and m >= STRONG_LEN)


def _fuzzy_starts(body: str, exact: str, prefix: str, suffix: str, old_start: int) -> list[int]:
    """Rough start positions where an edited copy of the quote may begin.

    Seed-and-extend: every occurrence of a 12-character chunk of the quote (or of the
    end of the prefix / start of the suffix) votes for the start it implies; the old
    position and rapidfuzz's best global alignment are added. Cheap on 100 KB bodies.
    """
    m, n = len(exact), len(body)
    votes: Counter[int] = Counter()
    if m > _SEED_LEN:
        step = max(_SEED_LEN, -(-(m - _SEED_LEN) // (_MAX_SEEDS - 1)))
        offsets = list(range(0, m - _SEED_LEN + 1, step))
        if offsets[-1] != m - _SEED_LEN:
            offsets.append(m - _SEED_LEN)
        for off in offsets:
            hits = _find_all(body, exact[off : off + _SEED_LEN], _MAX_HITS_PER_SEED + 1)
            if len(hits) <= _MAX_HITS_PER_SEED:
                for h in hits:
                    votes[h - off] += 1
    if len(prefix) >= _SEED_LEN:
        hits = _find_all(body, prefix[-_SEED_LEN:], _MAX_HITS_PER_SEED + 1)
        if len(hits) <= _MAX_HITS_PER_SEED:
            for h in hits:
                votes[h + _SEED_LEN] += 1
    if len(suffix) >= _SEED_LEN:
        hits = _find_all(body, suffix[:_SEED_LEN], _MAX_HITS_PER_SEED + 1)
        if len(hits) <= _MAX_HITS_PER_SEED:
            for h in hits:
                votes[h - m] += 1
    # Each candidate costs O(m^2) to align: look at fewer for very long quotes.
    ranked = [
        s for s, _ in votes.most_common(max(3, min(_MAX_FUZZY_CANDIDATES, 64_000 // max(m, 1))))
    ]
    ranked.append(old_start)
    # The global best alignment catches quotes whose every seed was edited. It gets slow
    # for long quotes, which have plenty of seeds anyway. (partial_ratio scores Indel
    # distance, a little laxer than Levenshtein: cut lower.)
    if m <= 2000 or not votes:
        best = fuzz.partial_ratio_alignment(exact, body, score_cutoff=QUOTE_MIN * 100 * 0.9)
        if best is not None:
            ranked.append(best.dest_start - best.src_start)
    out, seen = [], set()
    for s in ranked:
        s = min(max(s, 0), max(n - 1, 0))
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


_SOLID = 8  # an aligned run of this many equal characters is real, not a coincidence


def _refine(body: str, exact: str, prefix: str, suffix: str, s0: int) -> tuple[int, int]:
    """Boundaries of the (possibly edited) copy of the quote that starts near s0.

    Aligns the quote, with a little of its saved context either side, against a window
    around s0 wide enough for the drift an edit of <= 25% of the quote can cause.
    Levenshtein has many equally cheap alignments and may match stray letters of newly
    inserted text to the quote's first or last letters, so the alignment only proposes
    boundaries -- read off a solid run of matching text through the boundary, the edge
    of the context's run next to it, or extrapolated one-to-one from the nearest run
    inside the quote -- and the pair closest to the quote (edit distance) wins. Text
    inserted at a boundary therefore stays out of the span, edited words stay in.
    """
    n, m = len(body), len(exact)
    pre, suf = prefix[-8:], suffix[:8]
    drift = m // 4 + 8
    ws = max(0, s0 - drift - len(pre))
    we = min(n, s0 + m + drift + len(suf))
    pattern = pre + exact + suf
    k0, k1 = len(pre), len(pre) + m  # the quote is pattern[k0:k1]
    runs = [(o.src_start, o.src_end, ws + o.dest_start, ws + o.dest_end)
            for o in Levenshtein.opcodes(pattern, body[ws:we])
            if o.tag == "equal" and o.src_end - o.src_start >= _SOLID]  # fmt: skip

    starts, ends = {min(s0, n)}, set()
    inside = [r for r in runs if r[0] < k1 and r[1] > k0]
    for i1, i2, j1, _j2 in runs:
        if i1 <= k0 < i2:
            starts.add(j1 + k0 - i1)
        if i1 < k1 <= i2:
            ends.add(j1 + k1 - i1)
    before = [r for r in runs if r[1] <= k0]
    after = [r for r in runs if r[0] >= k1]
    if before:  # the prefix matched up to here: the quote starts right after it
        i1, i2, j1, j2 = before[-1]
        starts.add(j2 + (k0 - i2))
        starts.add(j2)
    if after:
        i1, i2, j1, j2 = after[0]
        ends.add(j1 - (i1 - k1))
        ends.add(j1)
    if inside:
        i1, i2, j1, j2 = inside[0]
        starts.add(j1 - (i1 - k0))
        i1, i2, j1, j2 = inside[-1]
        ends.add(j2 + (k1 - i2))
    if not ends:
        ends = {s + m for s in starts}

    starts = {min(max(s, 0), n) for s in starts}
    ends = {min(max(e, 0), n) for e in ends}
    best: tuple[tuple[int, int], int, int] | None = None
    for s in sorted(starts):
        for e in sorted(ends):
            if e <= s:
                continue
            # The cutoff lets rapidfuzz stop early on pairs that cannot win.
            cutoff = best[0][0] if best else None
            d = Levenshtein.distance(exact, body[s:e], score_cutoff=cutoff)
            key = (d, e - s)  # closest to the quote, then tightest
            if best is None or key < best[0]:
                best = (key, s, e)
    if best is None:
        s = min(max(s0, 0), max(n - 1, 0))
        return s, min(n, s + m)
    return best[1], best[2]


def locate(
    body: str, exact: str, prefix: str, suffix: str, start: int, end: int
) -> tuple[str, int, int] | None:
    """Where the quote is in ``body`` now: ("exact" | "fuzzy", start, end), or None.

    None means "cannot be placed with confidence": the caller keeps the bookmark as an
    orphan rather than moving it somewhere it may not belong.
    """
    if not exact or not body:
        return None
    if 0 <= start <= end <= len(body) and body[start:end] == exact:
        return ("exact", start, end)
    m = len(exact)
    candidates: dict[tuple[int, int], float] = {}  # span -> quote similarity

    exact_hits = _find_all(body, exact, _MAX_EXACT_HITS)
    unique_exact = len(exact_hits) == 1
    for h in exact_hits:
        candidates[(h, h + m)] = 1.0
    # A copy with the whole quote and its whole context intact cannot be beaten by an
    # edited one; skip the fuzzy search then (the common "text moved" case).
    perfect = any(_context(body, prefix, suffix, s, e) in (None, 1.0) for s, e in candidates)
    if not perfect and m <= _MAX_FUZZY_LEN:
        for s0 in _fuzzy_starts(body, exact, prefix, suffix, start):
            s, e = _refine(body, exact, prefix, suffix, s0)
            # A span overlapping an intact copy of the quote is that copy plus some
            # neighbouring text: the exact copy already speaks for it.
            if (s, e) not in candidates and not any(h < e and s < h + m for h in exact_hits):
                q = _sim(exact, body[s:e])
                if q >= QUOTE_MIN:
                    candidates[(s, e)] = q

    best: tuple[float, int] | None = None
    best_span: tuple[int, int] | None = None
    for (s, e), q in candidates.items():
        score, ctx = _score(body, prefix, suffix, start, s, e, q)
        if not _acceptable(q, ctx, m, unique_exact):
            continue
        key = (score, -abs(s - start))
        if best is None or key > best:
            best, best_span = key, (s, e)
    if best_span is None:
        return None
    s, e = best_span
    return ("exact" if body[s:e] == exact else "fuzzy", s, e)
