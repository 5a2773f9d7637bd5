"""How a word becomes a term: the one definition, used by indexing, query parsing,
highlighting, snippets and suggestions.

A term is the word NFKC-normalised and case-folded (``fold_case``), folded to its
entity's canonical spelling by the alias table (``lukashenka`` -> ``lukashenko``; a
spelling's case forms through its stem: ``Белоруссии`` -> ``belarus``,
``Lukashenka's`` -> ``lukashenko``), and stemmed (English for Latin words, Russian for
Cyrillic ones: a possessive stems away); an English stop word has no term. Where the
text writes an entry's long form (``Collective Security Treaty Organisation``),
indexing also puts the entry's term (``csto``) at the long form's first word
(``spellings.PhraseGraph``).

``Analysis.term`` is that rule. Whoosh meets it through ``TermFilter`` (the query
parser's analyzer: the same ``term`` per token, with Whoosh's conventions for
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
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager

from whoosh.analysis import STOP_WORDS, Filter, RegexTokenizer
from whoosh.lang import stemmer_for_language

from .. import aliases as aliases_mod
from .names import names_in

# how words are cut from a text (and from a query's phrases): letters and digits, with
# the dots and apostrophes inside a word ("U.S.", "bat’ka", "o'clock") kept
TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
TOKEN_RE = re.compile(TOKEN_PATTERN)
# how words become terms besides the alias table: part of the fingerprint, so that an
# index built with other rules (before fold_case) is rebuilt rather than half-matching
# (bump it when a rule changes: every index made under the old rules rebuilds itself)
TERM_RULES = "nfkc-casefold;alias-stems;long-forms-1"
# an alias spelling's stem shorter than this folds only the exact spelling (short
# stems are shared by unrelated words)
MIN_ALIAS_STEM = 4

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
    data = json.dumps(
        [
            TERM_RULES,
            sorted(table.terms.items()),
            sorted((canon, sorted(forms)) for canon, forms in table.phrases.items()),
        ],
        ensure_ascii=False,
    ).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


class AliasStems:
    """The stems of the alias table's Cyrillic spellings, so that the case forms of a
    spelling fold with it (Белоруссии, Путина, Тихановской). A stem that two entries
    share (Беларусь and беларусы both stem to беларус) folds nothing: the exact
    spellings still do. (Latin case forms need no such table: the English stem of
    ``Lukashenka's`` is a spelling itself.)

    Built lazily: the Russian stemmer costs ~90 µs a word, so a spelling is stemmed only
    when a word with its stem's beginning is looked up (a Russian stem is a prefix of
    its word), not for every spelling when an index opens."""

    def __init__(self, table: aliases_mod.AliasTable) -> None:
        pairs = [*table.terms.items(), *((canon, canon) for canon in table.groups)]
        self._spellings = sorted(
            (fold_case(spelling), canon)
            for spelling, canon in pairs
            if " " not in spelling and _CYRILLIC.match(spelling)
        )
        self._keys = [spelling for spelling, _ in self._spellings]
        self._found: dict[str, str | None] = {}

    def canonical(self, key: str) -> str | None:
        """The entry whose spellings stem to ``key``, or None (none, or ambiguous)."""
        if key in self._found:
            return self._found[key]
        found: str | None = None
        if len(key) >= MIN_ALIAS_STEM:
            i = bisect_left(self._keys, key)
            terms: set[str] = set()
            while i < len(self._keys) and self._keys[i].startswith(key):
                spelling, canon = self._spellings[i]
                if stem(spelling) == key:
                    terms.add(stem(canon))
                    found = canon
                i += 1
            if len(terms) > 1:
                found = None
        if len(self._found) < _TERM_CACHE_MAX:
            self._found[key] = found
        return found


class Analysis:
    """The term rule under one alias table, with its caches."""

    def __init__(self, table: aliases_mod.AliasTable | None = None) -> None:
        self.table = table if table is not None else aliases_mod.default_table()
        self.fingerprint = aliases_fingerprint(self.table)
        self._terms = self.table.terms
        self._stems = AliasStems(self.table)
        self._cache: dict[str, str] = {}  # surface word -> term ("" for a stop word)
        self._recorded: set[str] | None = None  # see recording_words
        from .spellings import PhraseGraph  # it needs the term rule, defined here

        self.graph = PhraseGraph(self.table, self.term)

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
        if folded is None:
            # a case form of a spelling folds through its stem: the stem of a spelling
            # (Белоруссии, Путину), or a spelling itself (Киеве: Киев stems to "ки";
            # Lukashenka's: the English stemmer drops a possessive)
            key = stem(text)
            folded = self._terms.get(key)
            if folded is None and _CYRILLIC.match(text):
                folded = self._stems.canonical(key)
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

    def index_terms(self, value: str, *, long_forms: bool = True) -> dict[str, list[int]]:
        """term -> positions of ``value``, exactly as ``analyzer()`` indexes it (with
        ``long_forms``) or reads it in a query (without: a query's long forms are
        rewritten to their entry before parsing, see ``spellings``)."""
        term_of = self.term
        poses: dict[str, list[int]] = {}
        # like Whoosh's StopFilter(renumber=True): the first kept token keeps its
        # position in the token stream, the kept tokens after it are numbered on
        pos = None
        skipped = 0
        words = TOKEN_RE.findall(value)
        if self._recorded is not None:
            self._recorded.update(words)
        firsts = self.graph.firsts if long_forms else frozenset()
        starts: list[tuple[int, str]] = []  # (position, term) where a long form may start
        for word in words:
            term = term_of(word)
            if not term:
                skipped += 1
                continue
            if pos is None:
                pos = skipped
            else:
                pos += 1
            if term in firsts:
                starts.append((pos, term))
            plist = poses.get(term)
            if plist is None:
                poses[term] = [pos]
            else:
                plist.append(pos)
        if starts:
            # the rest of a long form is looked up in the positions just made: no list
            # of every token's term is kept for the few texts that write one
            for term, at in self.graph.matches_in(poses, starts):
                plist = poses.get(term)
                poses[term] = sorted({*plist, *at}) if plist else at
        return poses

    @contextmanager
    def recording_words(self) -> Iterator[set[str]]:
        """The words (as written) that ``index_terms`` sees inside the block: a sync
        collects them for "did you mean" (see ``suggestion_words``)."""
        recorded: set[str] = set()
        self._recorded = recorded
        try:
            yield recorded
        finally:
            self._recorded = None

    def analyzer(self):
        """This rule as a Whoosh analyzer (query parsing, and Whoosh's own indexing)."""
        return RegexTokenizer(TOKEN_PATTERN) | TermFilter(self)


def suggestion_words(seen: set[str]) -> set[str]:
    """The words worth keeping beside the index: lower-cased, 3 letters or more, no
    numbers or stop words, for "did you mean"; and, as written, the names among them
    (``names.names_in``: capitalised, never in lower case), for names across
    romanisations. ``suggest.WordList.add`` files each kind."""
    words = {w.lower() for w in seen if len(w) >= 3 and not w.isdigit()}
    words = {w for w in words if w not in STOP_WORDS and "\n" not in w}
    return words | names_in(seen)


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
        stream = self._terms(analysis, tokens)
        for t in stream:
            if t.mode != "index" or not t.positions or not analysis.graph.firsts:
                yield t
                yield from stream
                return
            # indexing: the long forms of the alias table get their entry's term too
            kept = [t.copy(), *(later.copy() for later in stream)]
            yield from analysis.graph.add_to_tokens(kept)
            return

    @staticmethod
    def _terms(analysis: Analysis, tokens):
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
