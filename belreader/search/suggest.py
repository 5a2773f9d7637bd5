""" "Did you mean": the library's words as written (kept beside the index, since
Whoosh's spelling field would analyse and index every text twice), and the closest
of them to a query word that matches nothing."""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable
from pathlib import Path

from .analysis import TOKEN_RE
from .names import NameIndex, SortedLines

# the library's words as written (lower case), for "did you mean"; kept beside the index
WORDS_FILE = "words.txt"
_OPERATORS = ("AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE")


class WordList:
    """The words file of one index folder, read again only when it changes."""

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / WORDS_FILE
        self._sorted: tuple[int, list[str]] | None = None  # (mtime_ns, words)
        self._lines = SortedLines(self.path)

    def read(self) -> set[str]:
        try:
            return set(self.path.read_text("utf-8").split("\n")) - {""}
        except (OSError, UnicodeDecodeError):
            return set()

    def add(self, words: set[str], *, fresh: bool) -> None:
        """Merge the words just indexed (``analysis.suggestion_words``) into the file,
        and the names among them into the names file (words of deleted articles stay:
        a suggestion is checked against the index before it is offered)."""
        names = {w for w in words if w != w.lower()}
        if names or fresh:
            NameIndex(self.path.parent).add(names, fresh=fresh)
        words = words - names
        old = set() if fresh else self.read()
        if not fresh and words <= old:
            return
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("\n".join(sorted(old | words)), "utf-8")
        os.replace(tmp, self.path)

    def _sorted_words(self) -> list[str]:
        try:
            stamp = self.path.stat().st_mtime_ns
        except OSError:
            return []
        if self._sorted is None or self._sorted[0] != stamp:
            self._sorted = (stamp, sorted(self.read()))
        return self._sorted[1]

    def has(self, word: str) -> bool:
        """Whether the library writes ``word`` (lower case) somewhere: a binary search
        of the file (sorted), so a query need not load every word."""
        return self._lines.find(word) is not None

    def starting_with(self, prefix: str) -> list[str]:
        """The words seen while indexing that start with ``prefix`` (lower case)."""
        words = self._sorted_words()
        start = bisect.bisect_left(words, prefix)
        end = bisect.bisect_left(words, prefix + "\U0010ffff", start)
        return words[start:end]


def suggest(
    text: str,
    reader,
    term_of: Callable[[str], str],
    words_from: Callable[[str], list[str]],
) -> str | None:
    """ "Did you mean": each word of the query that matches nothing, replaced by the
    closest word of the library (at most 2 edits, same first letter; ties go to the
    more frequent word). Whoosh's own corrector compares every word of the lexicon
    in pure Python (seconds at 100k articles); this asks rapidfuzz (C) to compare
    the words with the same first letter, read once per index generation."""
    try:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein
    except ImportError:  # pragma: no cover - a runtime dependency
        return None
    out, pos, changed = [], 0, False
    for m in TOKEN_RE.finditer(text):
        word = m.group(0)
        if (
            len(word) < 4
            or word in _OPERATORS
            or text[m.end() : m.end() + 1] == ":"
            or word.isdigit()
        ):
            continue
        term = term_of(word)
        if not term or any(reader.doc_frequency(f, term) for f in ("body", "title")):
            continue
        lower = word.lower()
        choices = words_from(lower[0])
        found = process.extract(
            lower, choices, scorer=Levenshtein.distance, score_cutoff=2, limit=12
        )
        ranked = sorted(
            (
                c[1],
                -reader.doc_frequency("body", term_of(c[0]))
                - reader.doc_frequency("title", term_of(c[0])),
                c[0],
            )
            for c in found
            if c[0] != lower
        )
        ranked = [r for r in ranked if r[1] < 0]  # still in the index
        if not ranked:
            continue
        best = ranked[0][2]
        out.append(text[pos : m.start()])
        out.append(best)
        pos, changed = m.end(), True
    if not changed:
        return None
    out.append(text[pos:])
    return "".join(out)
