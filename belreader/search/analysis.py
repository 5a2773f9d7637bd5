"""How a word becomes a term: the one definition, used by indexing, query parsing,
highlighting, snippets and suggestions.

A term is the word NFKC-normalised and case-folded (``fold_case``), folded to its
entity's canonical spelling by the alias table (``lukashenka`` -> ``lukashenko``), and
stemmed (English for Latin words, Russian for Cyrillic ones); an English stop word has
no term. ``Analysis.term`` is that rule. Whoosh meets it through ``TermFilter`` (the
query parser's analyzer: the same ``term`` per token, with Whoosh's conventions for
stop words and positions), and indexing through ``Analysis.index_terms`` (the same
terms and positions as that analyzer, in one pass with a per-word cache).

The alias table travels with its ``Analysis``: an index has its own, so two indexes
with different tables can live in one process.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from whoosh.analysis import STOP_WORDS, Filter, RegexTokenizer
from whoosh.lang import stemmer_for_language

from .. import aliases as aliases_mod

# how words are cut from a text (and from a query's phrases): letters and digits, with
# the dots and apostrophes inside a word ("U.S.", "bat’ka", "o'clock") kept
TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
TOKEN_RE = re.compile(TOKEN_PATTERN)
# how words become terms besides the alias table: part of the fingerprint, so that an
# index built with other rules (before fold_case) is rebuilt rather than half-matching
TERM_RULES = "nfkc-casefold"

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_stem_en = stemmer_for_language("en")
_stem_ru = stemmer_for_language("ru")
# word -> stem: stemming is the costliest step and a corpus repeats a small
# vocabulary. A pure function's memo (no alias table in it), shared by every index.
_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_MAX = 500_000
_TERM_CACHE_MAX = 1_000_000


def fold_case(word: str) -> str:
    """A word as indexed and as queried: NFKC (``ﬁ`` -> ``fi``, composed accents, full-width
    letters) and case-folded (``ß`` -> ``ss``), so both sides compare the same string."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", word).casefold())


def stem(word: str) -> str:
    """English stemming for Latin words, Russian for Cyrillic ones (memoised)."""
    found = _STEM_CACHE.get(word)
    if found is None:
        found = _stem_ru(word) if _CYRILLIC.match(word) else _stem_en(word)
        if len(_STEM_CACHE) < _STEM_CACHE_MAX:
            _STEM_CACHE[word] = found
    return found


def clear_caches() -> None:
    """Forget the stem memo (tests: no test may pass on what an earlier one computed)."""
    _STEM_CACHE.clear()


def aliases_fingerprint(table: aliases_mod.AliasTable) -> str:
    data = json.dumps([TERM_RULES, sorted(table.terms.items())], ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


class Analysis:
    """The term rule under one alias table, with its caches."""

    def __init__(self, table: aliases_mod.AliasTable | None = None) -> None:
        self.table = table if table is not None else aliases_mod.default_table()
        self.fingerprint = aliases_fingerprint(self.table)
        self._terms = self.table.terms
        self._cache: dict[str, str] = {}  # surface word -> term ("" for a stop word)
        self._recorded: set[str] | None = None  # see recording_words

    # the cache and a recording are this process's: a spawned worker starts afresh
    def __getstate__(self) -> dict:
        return {"table": self.table}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["table"])  # type: ignore[misc]

    def fold(self, word: str) -> str:
        """``word`` case-folded and alias-folded, not stemmed: what a stop word is
        checked as (and what Whoosh keeps of a stop word it does not remove)."""
        text = fold_case(word)
        folded = self._terms.get(text)
        if folded is None and _CYRILLIC.match(text):
            # an inflected Cyrillic spelling (Лукашенку) folds through its stem
            folded = self._terms.get(_stem_ru(text))
        return text if folded is None else folded

    def term(self, word: str) -> str:
        """The term ``word`` is indexed and searched as; "" for a stop word."""
        found = self._cache.get(word)
        if found is None:
            folded = self.fold(word)
            found = "" if folded in STOP_WORDS else stem(folded)
            if len(self._cache) < _TERM_CACHE_MAX:
                self._cache[word] = found
        return found

    def index_terms(self, value: str) -> dict[str, list[int]]:
        """term -> positions of ``value``, exactly as ``analyzer()`` indexes it."""
        term_of = self.term
        poses: dict[str, list[int]] = {}
        # like Whoosh's StopFilter(renumber=True): the first kept token keeps its
        # position in the token stream, the kept tokens after it are numbered on
        pos = None
        skipped = 0
        words = TOKEN_RE.findall(value)
        if self._recorded is not None:
            self._recorded.update(words)
        for word in words:
            term = term_of(word)
            if not term:
                skipped += 1
                continue
            if pos is None:
                pos = skipped
            else:
                pos += 1
            plist = poses.get(term)
            if plist is None:
                poses[term] = [pos]
            else:
                plist.append(pos)
        return poses

    @contextmanager
    def recording_words(self) -> Iterator[set[str]]:
        """The words (as written) that ``index_terms`` sees inside the block: a sync
        collects them for "did you mean" (see ``suggestion_words``)."""
        self._recorded = recorded = set()
        try:
            yield recorded
        finally:
            self._recorded = None

    def analyzer(self):
        """This rule as a Whoosh analyzer (query parsing, and Whoosh's own indexing)."""
        return RegexTokenizer(TOKEN_PATTERN) | TermFilter(self)


def suggestion_words(seen: set[str]) -> set[str]:
    """The words worth offering as "did you mean": lower-cased, 3 letters or more, no
    numbers or stop words."""
    words = {w.lower() for w in seen if len(w) >= 3 and not w.isdigit()}
    return {w for w in words if w not in STOP_WORDS and "\n" not in w}


class TermFilter(Filter):
    """``Analysis.term`` on each token, with Whoosh's stop-word conventions: a stop word
    is dropped and the positions after it renumbered (StopFilter(renumber=True)), or,
    where Whoosh asks to keep stop words (ranges), kept alias-folded and marked stopped.

    It is pickled into the index's schema without its analysis: belreader always opens
    an index with a schema of its own (``schema.make_schema``), never the pickled one."""

    is_morph = True  # spelling suggestions should see the words as written

    def __init__(self, analysis: Analysis | None = None) -> None:
        self.analysis = analysis

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self.analysis = None

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens):
        analysis = self.analysis
        if analysis is None:
            raise RuntimeError(
                "an index schema read from disk has no alias table: open it with make_schema"
            )
        term_of = analysis.term
        pos = None
        for t in tokens:
            term = term_of(t.text)
            if term:
                if t.positions:
                    if pos is None:
                        pos = t.pos
                    else:
                        pos += 1
                        t.pos = pos
                t.text = term
                t.stopped = False
                yield t
            elif not t.removestops:
                t.text = analysis.fold(t.text)
                t.stopped = True
                yield t
