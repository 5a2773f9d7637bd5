"""Everything of belreader that touches Whoosh's private code, behind one door.

The rest of ``belreader.search`` uses Whoosh's public API (``whoosh.index``,
``fields``, ``analysis``, ``qparser``, ``query``, ``scoring``, ``collectors``,
``lang``, ``formats``) and what this package exports. ``tests/test_layers.py``
enforces that.

Checked against whoosh-reloaded **>=2.7.5,<2.8** (pinned in pyproject.toml, tested
with 2.7.5). Each fast path falls back to Whoosh's own code for a query when it meets
an AttributeError or TypeError (``evaluate.run``), logs it once, and never calls the
index damaged for it; ``.ci/whoosh-dev`` runs the search tests against the newest
Whoosh on PyPI.

Private Whoosh APIs relied on, by module:

``scoring`` (BM25F length norms, the top-and-count collector, fast phrases)
  - ``whoosh.codec.whoosh3.LENGTHS_COLUMN``, ``_lenfield``; a segment reader's
    ``_perdoc._cached_reader``; ``whoosh.columns.NumericColumn.Reader`` internals
    ``_fixedlen``, ``_dbfile``, ``_basepos``, ``_count``, ``_default``;
    ``whoosh.util.numeric.byte_to_length`` (the one-byte length encoding)
  - ``scoring.BM25F._field_B``; ``BM25FScorer.idf`` / ``avgfl``
  - ``collectors.TopCollector``'s ``replace``, ``offset`` and ``usequality``
  - ``whoosh.query.spans.SpanNear2.SpanNear2Matcher._get_spans`` (patched by
    ``install_fast_phrases``, called when an index is opened) and its ``ms``,
    ``slop``, ``ordered``, ``mindist``; ``Span``

``evaluate`` (the block evaluator, date filters)
  - ``whoosh.reading.SegmentReader``; a reader's ``_terms.matcher`` and
    ``deleted_docs_set``
  - ``whoosh.codec.whoosh3.W3LeafMatcher`` internals ``_byteids``, ``_fixedsize``,
    ``_atend``, ``_read_data``, ``_data``, ``_blocklength``, ``_next_block``
  - the block layout (ids as deltas, weights None / one float / a list, values)
  - ``query.TermRange._btexts``; ``whoosh.util.times.datetime_to_long`` /
    ``long_to_datetime`` (how DATETIME fields are stored)
  - the ``Positions`` value layout (a 4-byte count, then pickled deltas)

``writer`` (the indexing workers' segment writer)
  - ``whoosh.writing.SegmentWriter`` (``_lk``) and its ``_check_state``,
    ``_doc_boost``, ``_field_boost``, ``_check_fields``, ``perdocwriter``, ``docnum``,
    ``pool``, ``_added``, ``_flush_segment``, ``fieldwriter`` (``_postfile``,
    ``_tindex``, ``_postwriter`` with ``_inlinelimit``, ``_compression``,
    ``_byteids``, ``_blocklimit``; ``_format``, ``_fieldid``)
  - ``whoosh.codec.whoosh3.W3Codec`` (``length_stats``) and the W3 on-disk format
    written by ``term_blocks``: the ``W3Bl`` magic, block headers, W3TermInfo

``parallel`` and ``commit`` (the parallel build, the commit taken apart)
  - ``SegmentWriter._finalize_segment``, ``_close_segment``, ``_merge_segments``,
    ``_finish``, ``generation``, ``writelock``; ``whoosh.index.TOC`` and
    ``clean_files``; ``FileIndex._segments``
  - ``whoosh.filedb.structfile.StructFile`` and the TOC layout (``check_toc``)
"""

from .codec import FastCodec
from .commit import check_toc, commit_in_steps, remove_orphan_segments
from .evaluate import matching_docs, range_words, raw_source, run, top
from .parallel import index_parallel
from .scoring import CachedBM25F, install_fast_phrases

TESTED_WHOOSH = ">=2.7.5,<2.8"

__all__ = [
    "TESTED_WHOOSH",
    "CachedBM25F",
    "FastCodec",
    "check_toc",
    "commit_in_steps",
    "index_parallel",
    "install_fast_phrases",
    "matching_docs",
    "range_words",
    "raw_source",
    "remove_orphan_segments",
    "run",
    "top",
]
