"""MinHash signatures over word shingles, LSH band keys, and the similarity of two
signatures, in numpy.

Why not datasketch: it imports scipy (~0.3 s) and hashes one shingle per Python call;
these few vectorised lines are all this needs. Shingles never cross a paragraph break,
so a copy with its paragraphs reordered keeps every shingle.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

SHINGLE_WORDS = 4  # words per shingle
NUM_PERM = 126  # signature slots: BANDS x ROWS
BANDS = 42
ROWS = 3
# a signature needs at least this many (non-boilerplate) shingles: a note of a dozen
# words matches too much by chance
MIN_SHINGLES = 8
# the shingle counts (for the boilerplate guard) are kept per bucket of hash values:
# 2**18 buckets (1 MB of counts): a bucket's chance load stays far below 5% of any library
SKETCH_BITS = 18
# signature rows looked up at a time in ``in_buckets``
BUCKET_ROWS = 8192

# one-permutation MinHash (Li, Owen & Zhang 2012): each shingle is hashed once, to a
# slot and a rank; a slot keeps its lowest-ranked shingle. O(shingles), where NUM_PERM
# hash functions cost O(shingles x NUM_PERM) (3x slower at 10k articles). The rank is a
# bijection of the shingle's hash, so the winner is known, not just its rank.
_M1, _M2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)
_M1_INV, _M2_INV = np.uint32(pow(0x85EBCA6B, -1, 2**32)), np.uint32(pow(0xC2B2AE35, -1, 2**32))
_SLOT_MUL = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.zeros(0, dtype=np.uint32)


def paragraph_texts(body: str, paragraphs: Iterable[tuple[int, int]] | None) -> list[str]:
    """The body's paragraphs (its stored spans, else its lines)."""
    spans = list(paragraphs or ())
    if spans:
        return [body[a:b] for a, b in spans]
    return body.split("\n")


# word hashes: a polynomial over the word's UTF-8 bytes, read off prefix sums (powers
# of an odd base and of its inverse mod 2**64, grown as longer texts come)
_BASE = 0x100000001B3
_BASE_INV = pow(_BASE, -1, 2**64)
_pow: np.ndarray = np.ones(1, dtype=np.uint64)
_pow_inv: np.ndarray = np.ones(1, dtype=np.uint64)


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    global _pow, _pow_inv
    if len(_pow) < n:
        size = max(n, 2 * len(_pow), 1 << 16)
        with np.errstate(over="ignore"):
            _pow = np.cumprod(np.full(size, _BASE, dtype=np.uint64)) * np.uint64(_BASE_INV)
            _pow_inv = np.cumprod(np.full(size, _BASE_INV, dtype=np.uint64)) * np.uint64(_BASE)
    return _pow[:n], _pow_inv[:n]


# odd 64-bit multipliers, one per position in a shingle
_MIX = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
        0xC4CEB9FE1A85EC53,
    ],
    dtype=np.uint64,
)


def words(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(a uint64 hash per word, its line number) of ``text`` case-folded, in numpy:
    words are runs of ASCII letters, digits and _ and of non-ASCII letters (UTF-8
    punctuation such as curly quotes, dashes, « » and no-break spaces separates them)."""
    b = np.frombuffer(text.casefold().encode("utf-8"), dtype=np.uint8)
    n = len(b)
    if not n:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    word = ((b >= 97) & (b <= 122)) | ((b >= 48) & (b <= 57)) | (b == 95) | (b >= 0x80)
    nxt = np.empty(n, dtype=np.uint8)
    nxt[:-1], nxt[-1] = b[1:], 0
    # U+2000-U+203F (E2 80 xx: spaces, dashes, quotes, ellipsis) and U+00A0-U+00BF
    # (C2 xx: no-break space, « », ©)
    for lead, low, high, width in ((0xE2, 0x80, 0x80, 3), (0xC2, 0xA0, 0xBF, 2)):
        at = np.flatnonzero((b == lead) & (nxt >= low) & (nxt <= high))
        for k in range(width):
            word[np.minimum(at + k, n - 1)] = False
    edges = np.flatnonzero(np.diff(np.concatenate(([False], word, [False])).astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2]
    if not len(starts):
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    pw, pw_inv = _powers(n + 1)
    with np.errstate(over="ignore"):
        pre = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum((b.astype(np.uint64) + np.uint64(1)) * pw[:n], out=pre[1:])
        hashes = (pre[ends] - pre[starts]) * pw_inv[starts]
    line = np.cumsum(b == 10)[starts]
    return hashes, line


def shingles(paragraphs: Iterable[str], k: int = SHINGLE_WORDS) -> np.ndarray:
    """The sorted distinct 32-bit hashes of the k-word shingles of each paragraph (a
    paragraph shorter than k words is one shingle)."""
    return shingles_of_many([list(paragraphs)], k)[0]


def shingles_of_many(texts: Sequence[Sequence[str]], k: int = SHINGLE_WORDS) -> list[np.ndarray]:
    """``shingles`` of each text (a list of paragraphs), all in one numpy pass: the
    texts are joined line by line, and each shingle goes back to the text of its line."""
    lines = ["\n".join(paras) for paras in texts]
    per_text = np.array([text.count("\n") + 1 for text in lines], dtype=np.int64)
    owner_of_line = np.repeat(np.arange(len(lines), dtype=np.int64), per_text)
    c, pid = words("\n".join(lines))
    n = len(c)
    if not n:
        return [_EMPTY] * len(texts)
    # every paragraph ends with k-1 zero codes, so a short paragraph still makes one
    # shingle and no shingle runs into the next paragraph (or text)
    last = np.flatnonzero(np.diff(pid, append=pid[-1] + 1))  # the last word of each
    ends = np.repeat(last + 1, k - 1)
    c = np.insert(c, ends, np.uint64(0))
    line = np.insert(pid, ends, 0)
    word = np.insert(np.ones(n, dtype=bool), ends, False)
    starts_para = np.zeros(len(c), dtype=bool)
    starts_para[0] = True
    pad_end = np.flatnonzero(~word)
    # positions right after the k-1 zeros of a paragraph start the next one
    after = pad_end[(k - 2) :: (k - 1)] + 1 if k > 1 else np.zeros(0, np.int64)
    starts_para[after[after < len(c)]] = True
    m = len(c) - k + 1
    with np.errstate(over="ignore"):
        h = np.zeros(m, dtype=np.uint64)
        for i in range(k):
            h += (c[i : i + m] + np.uint64(i + 1)) * _MIX[i]
        h ^= h >> np.uint64(31)
    full = np.ones(m, dtype=bool)
    for i in range(k):
        full &= word[i : i + m]
    # a shingle is k words of one paragraph, or the first words of a shorter one
    keep = np.flatnonzero(full | (starts_para[:m] & word[:m]))
    owner = owner_of_line[line[keep]].astype(np.uint64)
    # distinct per text: one sort of (text, hash)
    key = np.sort((owner << np.uint64(32)) | (h[keep] >> np.uint64(32)))
    if len(key):  # (np.unique hashes these: 20x slower than a sort here)
        key = key[np.concatenate(([True], key[1:] != key[:-1]))]
    owners = (key >> np.uint64(32)).astype(np.int64)
    hashes = (key & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    bounds = np.searchsorted(owners, np.arange(len(texts) + 1))
    return [hashes[bounds[i] : bounds[i + 1]] for i in range(len(texts))]


def buckets(hashes: np.ndarray) -> np.ndarray:
    """The sketch bucket of each shingle hash."""
    return (hashes >> np.uint32(32 - SKETCH_BITS)).astype(np.int64)


def in_buckets(sigs: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """Which slots of the signatures (rows of ``sigs``) hold a shingle of a ``chosen``
    bucket: looked up in a table of all buckets, BUCKET_ROWS rows at a time (np.isin
    on 100k signatures at once took 140 MB, its int64 buckets and their sort)."""
    table = np.zeros(1 << SKETCH_BITS, dtype=bool)
    table[chosen] = True
    out = np.empty(sigs.shape, dtype=bool)
    for start in range(0, len(sigs), BUCKET_ROWS):
        rows = sigs[start : start + BUCKET_ROWS]
        out[start : start + BUCKET_ROWS] = table[rows >> np.uint32(32 - SKETCH_BITS)]
    return out


def signature(hashes: np.ndarray) -> np.ndarray | None:
    """The MinHash signature of a set of shingle hashes, or None when there are too
    few to tell one text from another: for each of NUM_PERM slots, the shingle (its
    uint32 hash) of lowest rank among those hashed to it. Two signatures agree in a
    slot about as often as the sets' Jaccard similarity; keeping the shingle rather
    than its rank also tells which shingle won (for the boilerplate guard)."""
    return signatures([hashes])[0]


def _rank(x: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        v = x * _M1
        v ^= v >> np.uint32(16)
        v *= _M2
    return v


def _unrank(v: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        x = v * _M2_INV
        x ^= x >> np.uint32(16)
        x *= _M1_INV
    return x


def signatures(sets: list[np.ndarray]) -> list[np.ndarray | None]:
    """``signature`` of each set: all of them in a few numpy calls. A slot no shingle
    fell in takes the winner of the next slot that has one (rotation densification,
    Shrivastava & Li 2014), so short texts still fill every slot."""
    out: list[np.ndarray | None] = [None] * len(sets)
    keep = [i for i, sh in enumerate(sets) if len(sh) >= MIN_SHINGLES]
    for start in range(0, len(keep), 2048):
        chunk = keep[start : start + 2048]
        x = np.concatenate([sets[i] for i in chunk])
        owner = np.repeat(np.arange(len(chunk), dtype=np.uint64), [len(sets[i]) for i in chunk])
        with np.errstate(over="ignore"):
            slot = ((x.astype(np.uint64) * _SLOT_MUL) >> np.uint64(32)) * np.uint64(NUM_PERM)
            slot >>= np.uint64(32)
        # one sort by (article, slot, rank): the first of each (article, slot) wins
        key = (owner << np.uint64(40)) | (slot << np.uint64(32)) | _rank(x).astype(np.uint64)
        key.sort()
        cell = key >> np.uint64(32)
        first = np.ones(len(key), dtype=bool)
        first[1:] = cell[1:] != cell[:-1]
        won = key[first]
        rows = (won >> np.uint64(40)).astype(np.int64)
        cols = ((won >> np.uint64(32)) & np.uint64(0xFF)).astype(np.int64)
        sig = np.zeros((len(chunk), NUM_PERM), dtype=np.uint32)
        sig[rows, cols] = _unrank((won & np.uint64(0xFFFFFFFF)).astype(np.uint32))
        filled = np.zeros((len(chunk), NUM_PERM), dtype=bool)
        filled[rows, cols] = True
        if not filled.all():
            # the next filled slot to the right, circularly: look along the row twice
            idx = np.where(np.tile(filled, 2), np.arange(2 * NUM_PERM), 2 * NUM_PERM)
            nxt = np.minimum.accumulate(idx[:, ::-1], axis=1)[:, ::-1][:, :NUM_PERM]
            sig = np.take_along_axis(np.tile(sig, 2), nxt, axis=1)
        for row, i in zip(sig, chunk):
            out[i] = row
    return out


def band_keys(sigs: np.ndarray, bands: slice = slice(None)) -> np.ndarray:
    """One int64 key per band of each signature (rows of ``sigs``): the band's number
    and its rows hashed together. Shape (len(sigs), number of ``bands``): a first
    build asks one band at a time (all 42 of 100k signatures: 34 MB)."""
    rows = sigs.reshape(len(sigs), BANDS, ROWS)[:, bands].astype(np.uint64)
    with np.errstate(over="ignore"):
        key = np.broadcast_to(
            np.arange(BANDS, dtype=np.uint64)[bands] * np.uint64(0x9E3779B97F4A7C15),
            rows.shape[:2],
        ).copy()
        for r in range(ROWS):
            key = (key ^ rows[:, :, r]) * np.uint64(0xBF58476D1CE4E5B9)
            key ^= key >> np.uint64(29)
    return key.view(np.int64)


def similarity(equal: np.ndarray, bp_a: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of paired signature rows (``equal``: the slots in
    which the two agree), boilerplate left out: a slot both won with the same
    boilerplate shingle (``bp_a`` marks the slots of the first won by one) says nothing
    either way, so it is not counted. When under a quarter of the slots are left (the
    text is nearly all boilerplate, or the library nearly all this story), every slot
    counts."""
    shared_bp = (equal & bp_a).sum(axis=1)
    informative = NUM_PERM - shared_bp
    guarded = (equal.sum(axis=1) - shared_bp) / np.maximum(informative, 1)
    return np.where(informative * 4 >= NUM_PERM, guarded, equal.mean(axis=1))


def near_copies(
    j: np.ndarray, size_a, size_b, *, jaccard: float, containment: float, min_share: float
):
    """Which pairs count as the same story: estimated Jaccard at least ``jaccard``, or
    the smaller text at least ``containment`` inside the larger (a copy with a lead-in
    added or its ending cut) while being at least ``min_share`` of its size (a short
    piece inside a long round-up is not a copy of it)."""
    a = np.asarray(size_a, dtype=np.float64)
    b = np.asarray(size_b, dtype=np.float64)
    small = np.minimum(a, b)
    large = np.maximum(a, b)
    # |A∩B| = J·|A∪B| and |A∪B| = (|A|+|B|)/(1+J)
    inter = j * (a + b) / (1.0 + j)
    contained = (inter / np.maximum(small, 1.0) >= containment) & (small >= min_share * large)
    return (j >= jaccard) | contained
