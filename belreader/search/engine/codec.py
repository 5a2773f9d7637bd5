"""``FastCodec`` and the W3 postings it writes: Whoosh's default codec without
per-block length statistics and compression, and ``term_blocks``, which writes one
term's postings exactly as W3PostingsWriter would (the worker-writer test compares the
segment files byte for byte)."""

from __future__ import annotations

import operator
import pickle
import struct
from array import array

from whoosh.codec.whoosh3 import W3Codec


def term_blocks(
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
        present = [v for v in encoded[i:j] if v]
        values: tuple[bytes, ...] | bytes | None
        if value_size is None or value_size < 0:
            values = tuple(present)
        else:
            values = b"".join(present) if value_size else None
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
TERM_EXTENT = struct.Struct("!qi")
FIELD_ID = struct.Struct("!H")


class FastCodec(W3Codec):
    """whoosh's default codec, minus two costs of writing a segment (-40% commit time):
    per-block length statistics (one column lookup a posting; they only tighten
    score bounds for early termination, which faceted searches never use) and zlib
    on posting blocks (the index is ~50% bigger, reading it is a little quicker)."""

    length_stats = False

    def __init__(self, blocklimit: int = 128, compression: int = 0, inlinelimit: int = 1) -> None:
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)
