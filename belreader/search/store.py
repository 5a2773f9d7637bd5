"""One library's index folder: opened, created, searched, closed. Shared by the
facade (``index.SearchIndex``) and the sync (``sync.Syncer``)."""

from __future__ import annotations

import re
import shutil
import time

from whoosh import index

from ..library import Library
from .analysis import Analysis
from .engine import CachedBM25F, FastCodec, check_toc, install_fast_phrases
from .engine.writer import WRITER_LIMIT_MB
from .manifest import (
    LEGACY_MANIFEST_FILE,
    MANIFEST_FILE,
    PENDING_MANIFEST_FILE,
    SEGMENT_SUMS_FILE,
    STATE_FILE,
)
from .schema import INDEX_NAME, make_schema
from .types import IndexDamaged, SearchError, damage_message

_TOC_NAME = re.compile(rf"_{INDEX_NAME}_(\d+)\.toc")


class IndexStore:
    """The Whoosh index of one library, opened with a schema that carries the
    library's alias table (``analysis``), and the searcher reused between queries (a
    new one per query costs tens of milliseconds at 10k articles)."""

    def __init__(self, library: Library, analysis: Analysis) -> None:
        self.library = library
        self.index_dir = library.index_dir
        self.dir = library.index_dir / INDEX_NAME
        self.analysis = analysis
        self.schema = make_schema(analysis)
        self._ix: index.Index | None = None
        self._searcher = None

    def exists(self) -> bool:
        # by its table of contents, without opening it: a damaged index "exists" (and
        # then says it is damaged) rather than being silently rebuilt over
        return self.dir.is_dir() and any(self.dir.glob(f"_{INDEX_NAME}_*.toc"))

    def generation(self) -> int | None:
        """The generation of the newest TOC in the index folder (None: no index)."""
        gens = (
            [
                int(m.group(1))
                for p in self.dir.glob(f"_{INDEX_NAME}_*.toc")
                if (m := _TOC_NAME.fullmatch(p.name))
            ]
            if self.dir.is_dir()
            else []
        )
        return max(gens) if gens else None

    def open(self) -> index.Index:
        if self._ix is None:
            generation = self.generation()
            if generation is not None:
                check_toc(self.dir / f"_{INDEX_NAME}_{generation}.toc")
            install_fast_phrases()
            try:
                self._ix = index.open_dir(str(self.dir), indexname=INDEX_NAME, schema=self.schema)
            except Exception as exc:  # whoosh raises many kinds on damage
                raise IndexDamaged(damage_message(self.dir, exc)) from None
        return self._ix

    def create(self) -> index.Index:
        """A new, empty index in place of whatever was there."""
        self.close()
        # first what describes the old index: a run killed from here on must find no
        # manifest (and so rebuild), never the old one beside an empty index
        for name in (
            PENDING_MANIFEST_FILE,
            MANIFEST_FILE,
            LEGACY_MANIFEST_FILE,
            STATE_FILE,
            SEGMENT_SUMS_FILE,
        ):
            (self.index_dir / name).unlink(missing_ok=True)
        # start from an empty folder: a damaged index leaves segment files that a new
        # table of contents would never clean up
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        install_fast_phrases()
        self._ix = index.create_in(str(self.dir), self.schema, indexname=INDEX_NAME)
        return self._ix

    def writer(self, ix: index.Index, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                return ix.writer(limitmb=WRITER_LIMIT_MB, compound=False, codec=FastCodec())
            except index.LockError:
                if time.monotonic() > deadline:
                    raise SearchError(
                        "another belreader process is writing the index; try again when it has finished"
                    ) from None
                time.sleep(0.25)

    def searcher(self):
        ix = self.open()
        if self._searcher is not None and not self._searcher.up_to_date():
            # not Searcher.refresh(): it reuses the readers of unchanged segments, and
            # with them their old deletion sets (a changed article would match twice)
            self._searcher.close()
            self._searcher = None
        if self._searcher is None:
            self._searcher = ix.searcher(weighting=CachedBM25F(B=0.75, K1=1.2))
        return self._searcher

    def drop_searcher(self) -> None:
        """The index changed: the next ``searcher()`` opens a new one."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def close(self) -> None:
        self.drop_searcher()
        if self._ix is not None:
            self._ix.close()
            self._ix = None
