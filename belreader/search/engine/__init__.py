"""Everything of belreader that touches Whoosh's private code, behind one door.

The rest of ``belreader.search`` uses Whoosh's public API (``whoosh.index``,
``fields``, ``analysis``, ``qparser``, ``query``, ``scoring``, ``collectors``,
``lang``, ``formats``) and what this package exports. ``tests/test_layers.py``
enforces that.

Checked against whoosh-reloaded **>=2.7.5,<2.8** (pinned in pyproject.toml, tested
with 2.7.5). ``private_api`` lists every private Whoosh name relied on, by the fast
path that uses it, and checks them at first use. A fast path that finds one missing,
or meets an AttributeError, TypeError or ImportError from its own code (a name renamed
or re-signed), gives way to Whoosh's own public code for that query or build and logs
one warning; it never calls the index damaged for it (``tests/test_search_engine_changes.py``).
Private Whoosh modules and names are imported only here (``tests/test_layers.py``).

The fast paths (see ``private_api.FAST_PATHS`` for their names and fallbacks):

- ``scoring``: BM25F length norms read once per segment (``LENGTH_NORMS``); the
  top-and-count collector (``COLLECTOR``); phrases by position arithmetic, a patch of
  ``SpanNear2Matcher._get_spans`` installed when an index is opened (``PHRASES``)
- ``evaluate``: the block evaluator (``EVALUATOR``) and date filters read from the
  date column (``DATE_COLUMNS``)
- ``writer`` and ``codec``: the indexing workers' segment writer and the W3 postings it
  writes byte for byte as Whoosh would (``WORKER_WRITER``); ``parallel``: the build
- ``commit``: Whoosh's commit taken apart so the pending manifest goes before the TOC
  (``COMMIT``), and the TOC's pickles checked before Whoosh loads them
"""

from .codec import FastCodec
from .commit import check_toc, commit_in_steps, remove_orphan_segments
from .evaluate import Matches, matching_docs, range_words, raw_source, run, top
from .parallel import index_parallel, parallel_build_usable
from .private_api import FAST_PATHS, PRIVATE, TESTED_WHOOSH
from .scoring import CachedBM25F, install_fast_phrases, uninstall_fast_phrases

__all__ = [
    "FAST_PATHS",
    "PRIVATE",
    "TESTED_WHOOSH",
    "CachedBM25F",
    "FastCodec",
    "Matches",
    "check_toc",
    "commit_in_steps",
    "index_parallel",
    "install_fast_phrases",
    "matching_docs",
    "parallel_build_usable",
    "range_words",
    "raw_source",
    "remove_orphan_segments",
    "run",
    "top",
    "uninstall_fast_phrases",
]
