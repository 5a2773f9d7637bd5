"""MinHash signatures over word shingles, LSH band keys, and the similarity of two
signatures, in numpy.

Why not datasketch: it imports scipy (~0.3 s) and hashes one shingle per Python call;
these few vectorised lines are all this needs. Shingles never cross a paragraph break,
so a copy with its paragraphs reordered keeps every shingle.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import numpy as np

SHINGLE_WORDS = 4  # words per shingle
NUM_PERM = 126  # signature slots: BANDS x ROWS
BANDS = 42
ROWS = 3
# a signature needs at least this many (non-boilerplate) shingles: a note of a dozen
# words matches too much by chance
MIN_SHINGLES = 8
# the shingle counts (for the boilerplate guard) are kept per bucket of hash values:
# 2**20 buckets, so a bucket's chance load stays far below 5% of any library
SKETCH_BITS = 20

_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(0x5709)  # fixed: signatures must agree across runs
# multiply-shift hashing (Dietzfelbinger): random odd 64-bit multipliers, the top bits
_A = _rng.integers(0, 2**64, NUM_PERM, dtype=np.uint64, endpoint=False) | np.uint64(1)
_B = _rng.integers(0, 2**64, NUM_PERM, dtype=np.uint64, endpoint=False)
# a*x + b is a bijection mod 2**64 (a odd): a slot's minimum maps back to its shingle
_A_INV = _A.copy()
with np.errstate(over="ignore"):
    for _ in range(6):  # Newton's iteration doubles the correct low bits each time
        _A_INV *= np.uint64(2) - _A * _A_INV
_EMPTY = np.zeros(0, dtype=np.uint32)


def paragraph_texts(body: str, paragraphs: Iterable[tuple[int, int]] | None) -> list[str]:
    """The body's paragraphs (its stored spans, else its lines)."""
    spans = list(paragraphs or ())
    if spans:
        return [body[a:b] for a, b in spans]
    return body.split("\n")


class _WordCodes(dict):
    """word -> its crc32, computed once per distinct word (a library has a few tens
    of thousands): the per-shingle work is then numpy's."""

    def __missing__(self, word: str) -> int:
        if len(self) > 500_000:
            self.clear()
        code = self[word] = zlib.crc32(word.encode("utf-8"))
        return code


_codes = _WordCodes()
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


def shingles(paragraphs: Iterable[str], k: int = SHINGLE_WORDS) -> np.ndarray:
    """The sorted distinct 32-bit hashes of the k-word shingles of each paragraph (a
    paragraph shorter than k words is one shingle)."""
    codes: list[int] = []
    para: list[int] = []
    get = _codes.__getitem__
    for p, text in enumerate(paragraphs):
        words = _WORD.findall(text.casefold())
        if words:
            codes.extend(map(get, words))
            para.extend([p] * len(words))
    n = len(codes)
    if not n:
        return _EMPTY
    c = np.array(codes, dtype=np.uint64)
    pid = np.array(para, dtype=np.int64)
    # every paragraph ends with k-1 zero codes, so a short paragraph still makes one
    # shingle and no shingle runs into the next paragraph
    last = np.flatnonzero(np.diff(pid, append=pid[-1] + 1))  # the last word of each
    ends = np.repeat(last + 1, k - 1)
    c = np.insert(c, ends, np.uint64(0))
    # a shingle starts at a word, and at least k words before its paragraph's padding
    # ends, unless the paragraph is shorter than k words (then at its first word only)
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
    keep = full | (starts_para[:m] & word[:m])
    return np.unique((h[keep] >> np.uint64(32)).astype(np.uint32))


def buckets(hashes: np.ndarray) -> np.ndarray:
    """The sketch bucket of each shingle hash."""
    return (hashes >> np.uint32(32 - SKETCH_BITS)).astype(np.int64)


def signature(hashes: np.ndarray) -> np.ndarray | None:
    """The MinHash signature of a set of shingle hashes, or None when there are too
    few to tell one text from another: for each of NUM_PERM hash functions, the
    shingle (its uint32 hash) that hashes lowest. Two signatures agree in a slot with
    probability equal to the sets' Jaccard similarity; keeping the shingle rather than
    its hashed value also tells which shingle won (for the boilerplate guard)."""
    return signatures([hashes])[0]


def signatures(sets: list[np.ndarray]) -> list[np.ndarray | None]:
    """``signature`` of each set, a few dozen sets per numpy call."""
    out: list[np.ndarray | None] = [None] * len(sets)
    batch: list[int] = []
    size = 0

    def flush() -> None:
        if not batch:
            return
        x = np.concatenate([sets[i] for i in batch]).astype(np.uint64)[:, None]
        with np.errstate(over="ignore"):
            h = x * _A[None, :]
            h += _B[None, :]
            starts = np.cumsum([0] + [len(sets[i]) for i in batch[:-1]])
            mins = np.minimum.reduceat(h, starts, axis=0)
            mins -= _B[None, :]
            mins *= _A_INV[None, :]  # back to the shingle that hashed lowest
        for row, i in zip(mins.astype(np.uint32), batch):
            out[i] = row
        batch.clear()

    for i, hashes in enumerate(sets):
        if len(hashes) < MIN_SHINGLES:
            continue
        batch.append(i)
        size += len(hashes)
        if size > 40_000:
            flush()
            size = 0
    flush()
    return out


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """One int64 key per band of each signature (rows of ``sigs``): the band's number
    and its rows hashed together. Shape (len(sigs), BANDS)."""
    rows = sigs.reshape(len(sigs), BANDS, ROWS).astype(np.uint64)
    with np.errstate(over="ignore"):
        key = np.broadcast_to(
            np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15), rows.shape[:2]
        ).copy()
        for r in range(ROWS):
            key = (key ^ rows[:, :, r]) * np.uint64(0xBF58476D1CE4E5B9)
            key ^= key >> np.uint64(29)
    return key.view(np.int64)


def similarity(sigs_a: np.ndarray, sigs_b: np.ndarray, bp_a: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of paired signature rows, boilerplate left out:
    a slot both won with the same boilerplate shingle (``bp_a`` marks the slots of
    ``sigs_a`` won by one) says nothing either way, so it is not counted. When under a
    quarter of the slots are left (the text is nearly all boilerplate, or the library
    nearly all this story), every slot counts."""
    equal = sigs_a == sigs_b
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
