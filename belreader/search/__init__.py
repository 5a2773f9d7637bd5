"""Search: the only package that knows Whoosh (its private code only in ``engine/``).

``SearchIndex`` is what the rest of belreader holds; the modules, by job:

- ``index`` — the ``SearchIndex`` facade; ``store`` — opening, creating, searching one
  library's Whoosh index; ``types`` — errors, ``SyncReport``, the ``Backend`` protocol
- ``analysis`` — how a word becomes a term (one definition for indexing, queries,
  highlights and suggestions), with the index's own alias table
- ``schema`` — the fields, an article as a document and back (``belreader.article``)
- ``query`` — the query language: parsing, checks with one-line reasons, stemmed
  prefixes; ``limits`` — the bounds on a query's work
- ``snippets`` — highlights and best passages; ``suggest`` — "did you mean"
- ``sync`` — bringing the index in line with the corpus, crash-consistent;
  ``indexing`` — the per-file work; ``manifest`` — what the folder records beside the
  index; ``lock`` — one syncing process at a time; ``faults`` — kill points for tests
- ``engine/`` — scoring, the block evaluator, the segment writer and codec, the
  parallel build and the commit: everything that relies on Whoosh's internals
"""

from .analysis import Analysis, fold_case
from .engine import FastCodec  # a TOC pickled before this package names it here
from .faults import FAULT_POINTS
from .index import SearchIndex
from .indexing import PARALLEL_MIN_FILES
from .limits import TOO_SLOW
from .manifest import SEGMENT_CHECK_BUDGET, STATE_FILE
from .schema import INDEX_NAME, SCHEMA_VERSION, FastText, make_schema
from .sync import SYNC_MARKER
from .types import Backend, IndexDamaged, QueryError, SearchError, SyncReport

__all__ = [
    "FAULT_POINTS",
    "INDEX_NAME",
    "PARALLEL_MIN_FILES",
    "SCHEMA_VERSION",
    "SEGMENT_CHECK_BUDGET",
    "STATE_FILE",
    "SYNC_MARKER",
    "TOO_SLOW",
    "Analysis",
    "Backend",
    "FastCodec",
    "FastText",
    "IndexDamaged",
    "QueryError",
    "SearchError",
    "SearchIndex",
    "SyncReport",
    "fold_case",
    "make_schema",
]
