"""Where things live: corpus folders, the index directory, the user's data directory.

Precedence for each location: command-line flag, then environment variable
(``BELREADER_INDEX``, ``BELREADER_DATA``), then the default: ``index/`` in a source
checkout (else the platform's user cache dir) and the platform's user data dir.
The index directory records which corpus folders it covers in ``library.json``; a new
library covers the bundled seeds.
"""

from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import marshal
import os
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .ingest import (
    ARTICLE_SUFFIXES,
    CATALOGUE_NAMES,
    apply_field_maps,
    is_extra_article_name,
    load_catalogue,
)

APP_NAME = "belreader"
LIBRARY_FILE = "library.json"
LIBRARY_LOCK = "library.lock"  # held while library.json is read, changed and written
# Bounded walks: a folder nested deeper than this is a trap or a mistake.
MAX_DEPTH = 64


class LibraryError(Exception):
    """A library location that cannot be used; the message says why, in one line."""


def bundled_seeds() -> Path:
    """The five articles shipped with the package (a real folder in both a checkout and
    an installed wheel)."""
    return Path(str(resources.files("belreader.seeds")))


def _checkout_root() -> Path | None:
    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "index").is_dir():
        return root
    return None


def default_index_dir() -> Path:
    root = _checkout_root()
    if root is not None:
        return root / "index"
    from platformdirs import user_cache_path  # ~10 ms: only without a checkout, path or env

    return user_cache_path(APP_NAME) / "index"


def default_data_dir() -> Path:
    from platformdirs import user_data_path  # ~10 ms: only without a path or BELREADER_DATA

    return user_data_path(APP_NAME)


class CorpusFile:
    """One article file found by ``Library.scan``. ``path`` is a ``Path``, made on first
    use from the string the walk found (a ``Path`` per file is most of a walk's cost)."""

    __slots__ = ("_path", "catalogue", "id", "mtime_ns", "size")

    def __init__(
        self,
        id: str,
        path: Path | str,
        mtime_ns: int,
        size: int,
        catalogue: dict[str, str] | None = None,
    ) -> None:
        self.id = id
        self._path = path
        self.mtime_ns = mtime_ns
        self.size = size
        self.catalogue = catalogue

    @property
    def path(self) -> Path:
        path = self._path
        if not isinstance(path, Path):
            path = self._path = Path(path)
        return path

    @path.setter
    def path(self, value: Path | str) -> None:
        self._path = value

    def _key(self) -> tuple:
        return (self.id, str(self._path), self.mtime_ns, self.size, self.catalogue)

    # __eq__ without __hash__ leaves instances unhashable (Python sets __hash__ to
    # None): they are mutable, like the dataclass this class replaces
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CorpusFile):
            return NotImplemented
        return self._key() == other._key()

    def __repr__(self) -> str:
        return (
            f"CorpusFile(id={self.id!r}, path={self.path!r}, mtime_ns={self.mtime_ns!r}, "
            f"size={self.size!r}, catalogue={self.catalogue!r})"
        )


class Scan:
    """What a walk of the corpora found: ``entries`` (path, id, mtime_ns, size,
    catalogue entry) in walk order, ``files`` (a CorpusFile by path, built on first use)
    and ``skipped`` (path, reason).

    A start-up check with nothing changed needs only ``fingerprint()``: the tuples cost
    a fraction of a CorpusFile object each, and 100k of those objects were ~20% of a
    walk."""

    __slots__ = ("_digest", "_files", "entries", "skipped", "unavailable")

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, int, int, dict[str, str] | None]] = []
        self.skipped: list[tuple[str, str]] = []
        # corpus roots that are missing or hold no article file (an unmounted disk):
        # their indexed articles are kept, not deleted
        self.unavailable: list[str] = []
        self._files: dict[str, CorpusFile] | None = None
        self._digest: bytes | None = None

    @property
    def files(self) -> dict[str, CorpusFile]:
        if self._files is None:
            self._files = {e[0]: CorpusFile(e[1], e[0], e[2], e[3], e[4]) for e in self.entries}
        return self._files

    def fingerprint(self) -> bytes:
        """A digest of every file's path, id, mtime, size and catalogue entry: equal
        digests mean a sync would find nothing added, changed or deleted. (marshal
        version 2 writes no back-references, so the bytes do not depend on how objects
        happen to be shared.)"""
        if self._digest is None:
            self._digest = hashlib.blake2b(marshal.dumps(self.entries, 2), digest_size=16).digest()
        return self._digest


@dataclass
class Library:
    index_dir: Path
    data_dir: Path
    corpora: list[Path] = field(default_factory=list)

    # -- locating ------------------------------------------------------------------
    @classmethod
    def locate(cls, index: str | Path | None = None, data: str | Path | None = None) -> Library:
        index_dir = Path(index or os.environ.get("BELREADER_INDEX") or default_index_dir())
        data_dir = Path(data or os.environ.get("BELREADER_DATA") or default_data_dir())
        lib = cls(
            index_dir=index_dir.expanduser().absolute(), data_dir=data_dir.expanduser().absolute()
        )
        lib.corpora = lib._read_corpora()
        return lib

    @property
    def library_file(self) -> Path:
        return self.index_dir / LIBRARY_FILE

    @property
    def bookmarks_db(self) -> Path:
        return self.data_dir / "bookmarks.sqlite3"

    @property
    def aliases_file(self) -> Path:
        return self.data_dir / "aliases.toml"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def _read_corpora(self) -> list[Path]:
        try:
            data = json.loads(self.library_file.read_text("utf-8"))
            corpora = [Path(p) for p in data.get("corpora", [])]
        except FileNotFoundError:
            return [bundled_seeds()]
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            raise LibraryError(f"{self.library_file}: unreadable library file ({exc})") from None
        return corpora

    def save(self) -> None:
        """Write library.json atomically (a crash leaves the old or the new, never half),
        through a temporary file of this process's own: two processes saving at once
        each replace the whole file, never each other's half-written one."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.index_dir / f".{LIBRARY_FILE}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        try:
            tmp.write_text(
                json.dumps({"version": 1, "corpora": [str(p) for p in self.corpora]}, indent=2),
                "utf-8",
            )
            os.replace(tmp, self.library_file)
        finally:
            tmp.unlink(missing_ok=True)

    def reload_corpora(self) -> None:
        """Read the folder list again: another process (``belreader add`` in another
        terminal) may have changed it. A library never saved keeps its own list."""
        if self.library_file.exists():
            self.corpora = self._read_corpora()

    def add_corpora(self, paths: list[Path]) -> list[Path]:
        """Add folders or files to the saved library and return those that were new:
        read, changed and written under library.lock, so two ``add`` at one instant
        both land."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.index_dir / LIBRARY_LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # held for milliseconds
            self.corpora = self._read_corpora()
            new = [p for p in paths if self.add_corpus(p)]
            if new or not self.library_file.exists():
                self.save()
        finally:
            os.close(fd)
        return new

    def add_corpus(self, path: Path) -> bool:
        """Add a folder or a single file to the library; False when already covered,
        by this path or another one to the same place (``a/../a``, a symlink)."""
        path = path.expanduser().resolve()
        for existing in self.corpora:
            existing = existing.resolve()
            if path == existing or existing in path.parents:
                return False
        # a new folder that contains existing entries replaces them
        self.corpora = [p for p in self.corpora if path not in p.resolve().parents] + [path]
        return True

    # -- scanning --------------------------------------------------------------------
    def corpus_labels(self) -> dict[Path, str]:
        """A short, stable, unique label per corpus entry: the first part of article ids."""
        labels: dict[Path, str] = {}
        used: set[str] = set()
        for root in self.corpora:
            base = (
                root.parent.name if root.suffix.lower() in ARTICLE_SUFFIXES else root.name
            ) or "corpus"
            label, n = base, 2
            while label in used:
                label, n = f"{base}-{n}", n + 1
            used.add(label)
            labels[root] = label
        return labels

    def scan(self) -> Scan:
        """Every article file under the corpora, by stat only (nothing is read but
        catalogue files). Unreadable folders, symlink loops and missing corpora are
        reported in ``skipped``, never raised."""
        with gc_paused():
            return self._scan()

    def _scan(self) -> Scan:
        result = Scan()
        for root, label in self.corpus_labels().items():
            try:
                st = root.stat()
            except OSError as exc:
                result.skipped.append((str(root), f"corpus not found ({exc.strerror or exc})"))
                result.unavailable.append(str(root))
                continue
            if stat.S_ISREG(st.st_mode):
                catalogue = load_catalogue(root.parent).get(root.name)
                _add_file(result, root, f"{label}/{root.name}", catalogue)
                continue
            found = len(result.entries)
            _walk(result, root, label)
            if len(result.entries) == found:
                result.unavailable.append(str(root))
        apply_field_maps(result, self.index_dir)
        return result


@contextmanager
def gc_paused():
    """No cyclic garbage collection inside: building ~100k small objects (a scan, a
    manifest) otherwise triggers collections that walk all of them (~15% of a scan).
    Nothing made inside holds a reference cycle."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _add_file(result: Scan, path: Path, article_id: str, catalogue: dict[str, str] | None) -> None:
    try:
        st = path.stat()
    except OSError as exc:
        result.skipped.append((str(path), f"cannot stat ({exc.strerror or exc})"))
        return
    result.entries.append((str(path), article_id, st.st_mtime_ns, st.st_size, catalogue))


def _walk(result: Scan, root: Path, label: str) -> None:
    # Iterative depth-first walk on strings: the names of an open folder descriptor
    # (os.listdir: no DirEntry objects) and one fstatat per name relative to it (no
    # path lookup from /, symlinks followed), no pathlib per file (which was ~3x the
    # cost of the stats). The stat says folder or file. (device, inode) of each visited
    # folder breaks symlink loops, and MAX_DEPTH bounds pathological nesting.
    seen: set[tuple[int, int]] = set()
    add = result.entries.append
    skipped = result.skipped
    suffixes = ARTICLE_SUFFIXES
    is_dir, is_reg = stat.S_ISDIR, stat.S_ISREG
    stat_at = os.stat
    # stack of (folder path, its path relative to root with a trailing "/", depth)
    stack: list[tuple[str, str, int]] = [(str(root), "", 0)]
    while stack:
        folder, rel_dir, depth = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            skipped.append((folder, f"cannot open folder ({exc.strerror or exc})"))
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            skipped.append((folder, "symlink loop: folder already visited"))
            continue
        seen.add(key)
        if depth > MAX_DEPTH:
            skipped.append((folder, f"nested deeper than {MAX_DEPTH} folders"))
            continue
        try:
            fd = os.open(folder, _DIR_FLAGS)
        except OSError as exc:
            skipped.append((folder, f"cannot list folder ({exc.strerror or exc})"))
            continue
        try:
            try:
                names = sorted(os.listdir(fd))
            except OSError as exc:
                skipped.append((folder, f"cannot list folder ({exc.strerror or exc})"))
                continue
            catalogue = None
            base = folder if folder.endswith("/") else folder + "/"
            prefix = f"{label}/{rel_dir}"
            for name in names:
                if name[0] == ".":  # hidden files and folders
                    continue
                if not name.isascii() and not _utf8_name(name):
                    # bytes that are not UTF-8 (a cp1251 name from a zip) cannot be
                    # stored in the index: skip the file (or folder) and say why
                    skipped.append(
                        (
                            os.fsencode(base + name).decode("utf-8", "replace"),
                            "file name is not valid UTF-8; rename it to index it",
                        )
                    )
                    continue
                dot = name.rfind(".")
                article = dot > 0 and (
                    (name[dot:].lower() in suffixes and name not in CATALOGUE_NAMES)
                    or is_extra_article_name(name)
                )
                try:
                    est = stat_at(name, dir_fd=fd)
                except OSError as exc:
                    if article:
                        reason = (
                            "broken link or not a regular file"
                            if isinstance(exc, FileNotFoundError)
                            else f"cannot stat ({exc.strerror or exc})"
                        )
                        skipped.append((base + name, reason))
                    continue
                mode = est.st_mode
                if is_dir(mode):
                    stack.append((base + name, f"{rel_dir}{name}/", depth + 1))
                    continue
                if not article:
                    continue
                if not is_reg(mode):
                    skipped.append((base + name, "broken link or not a regular file"))
                    continue
                if catalogue is None:
                    catalogue = load_catalogue(Path(folder))
                if catalogue:
                    entry_cat = catalogue.get(rel_dir + name) or catalogue.get(name)
                else:
                    entry_cat = None
                add((base + name, prefix + name, est.st_mtime_ns, est.st_size, entry_cat))
        finally:
            os.close(fd)


def _utf8_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # surrogate escapes of undecodable bytes
        return False
    return True


_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
