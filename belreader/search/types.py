"""What the search package hands the rest of belreader, besides the result types of
``belreader.results``: its errors, the sync report, and the ``Backend`` protocol that
``SearchIndex`` implements (see docs/scaling.md for a second backend on paper)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..article import Article
    from ..results import Results


class SearchError(Exception):
    """Search could not run (index damaged, locked...); the message is one line."""


class IndexDamaged(SearchError):
    """The index files are unreadable; ``belreader index --rebuild`` recovers."""


class QueryError(SearchError):
    """A query that cannot be run as typed; the message explains it to the user."""


def damage_message(where: Path, exc: BaseException) -> str:
    return (
        f"the index at {where} is damaged ({type(exc).__name__}); "
        "run `belreader index --rebuild` (bookmarks are kept)"
    )


def reads_index(method):
    """Whoosh raises whatever its file reading hits (struct.error, EOFError, IndexError,
    OSError, "Block tag error"...) when segment files are truncated, missing or garbage.
    Every method that reads the index turns those into one clear IndexDamaged."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except SearchError:
            raise
        except Exception as exc:
            raise IndexDamaged(damage_message(self.dir, exc)) from None

    return wrapper


@dataclass(slots=True)
class ManifestDelta:
    """One sync's change to the manifest: its stamp (``manifest.manifest_stamp``) before
    and after, and for each file touched its entry before and after (None: absent)."""

    before: str
    after: str
    entries: dict[str, tuple[list | None, list | None]]


@dataclass(slots=True)
class SyncReport:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    rebuilt: bool = False
    # why a sync that was not asked to rebuild did (the index was made by another
    # version of belreader): one line to show, None otherwise
    rebuilt_because: str | None = None
    resumed: bool = False  # the previous sync was interrupted; this one finished it
    # corpus folders missing or empty (an unmounted disk): {folder: articles kept}
    unavailable: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0
    # what an incremental sync changed, for the stories store to follow without a
    # library-wide diff (None: rebuilt, nothing changed, or the change is not known)
    delta: ManifestDelta | None = None

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.deleted

    def unavailable_notes(self) -> list[str]:
        """One line per corpus folder that is missing or empty while its articles are kept."""
        return [
            f"{folder} is missing or empty (an unmounted disk?): its {n} article"
            f"{'s are' if n != 1 else ' is'} kept, marked unavailable, until it is back"
            for folder, n in self.unavailable.items()
        ]


ProgressFn = Callable[[int, int, str], None]


class Backend(Protocol):
    """The calls the rest of belreader makes on a search backend (docs/scaling.md maps
    each to OpenSearch). ``SearchIndex`` is the one implementation."""

    def exists(self) -> bool: ...
    def close(self) -> None: ...
    def needs_sync(self) -> bool: ...
    def sync(self, *, rebuild: bool = False, progress: ProgressFn | None = None) -> SyncReport: ...
    def search(
        self, text: str, *, source: str | None = None, limit: int = 20, snippets: int = 2
    ) -> Results: ...
    def article(self, article_id: str) -> Article | None: ...
    def iter_articles(self) -> Iterator[Article]: ...
    def sources(self) -> dict[str, int]: ...
    def date_source_counts(self, text: str, *, source: str | None = None) -> dict: ...
    def count(self) -> int: ...
    def keep_first_page(self, page: Results) -> None: ...
    def highlight_spans(self, text: str, q: str) -> list[tuple[int, int]]: ...
