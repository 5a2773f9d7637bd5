"""Spellings a search folds beyond one word: the long forms of the alias table, and
names across romanisations.

**Long forms.** An alias entry may list spellings of several words ("Collective
Security Treaty Organisation" for CSTO). Indexing puts the entry's term (``csto``) at
the position of each long form's first word, beside the long form's own words, as a
flattened synonym graph does in Lucene: the words keep their positions, so phrases
over them still match, and the entry's one term finds every article that writes any
of its spellings. A query that writes a long form is read as the entry's term (the
query rewrite, ``Spellings.expand``), so a long form finds the acronym's articles too.

Why at index time rather than by expanding queries: a query-time expansion of
``CSTO`` into every long form is an OR of phrase queries per entry (four phrases for
CSTO), each a positional match over every article with the phrase's words; the index
time graph costs one set lookup per token while indexing (measured:
benchmarks/search_quality.py prints both costs) and leaves one term to look up.

**Names.** A capitalised query word also matches the library's names that share its
romanisation key (``belreader.search.names``): ``Kavalenka`` finds ``Kovalenko``, at a
slightly lower score. A word the library also writes in lower case is a common word
and is never expanded; nor is a word of the alias table, whose spellings are data.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .. import aliases as aliases_mod
from ..results import describe_also
from . import names as names_mod

# a name's other spellings added to a query, at most (more are counted, and said)
MAX_NAME_SPELLINGS = 12
# the score of a match through another spelling of a name, against the typed one
NAME_SPELLING_BOOST = 0.8
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"})
_TEXT_FIELDS = frozenset({"title", "body", "author", "speaker"})


class PhraseGraph:
    """The long forms of an alias table as sequences of terms, and where they occur."""

    def __init__(self, table: aliases_mod.AliasTable, term_of: Callable[[str], str]) -> None:
        # first term -> [(the long form's terms, the entry's term)], longest first
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        # the entry's term -> (the word a query writes for it, its long forms as written)
        self.entries: dict[str, tuple[str, list[str]]] = {}
        for canon, forms in table.phrases.items():
            word = _entry_word(table, canon)
            entry = term_of(word)
            if not entry:
                continue
            shown: list[str] = []
            for form in sorted(forms):
                terms = tuple(t for t in map(term_of, form) if t)
                if len(terms) < 2:
                    continue
                self.by_first.setdefault(terms[0], []).append((terms, entry))
                shown.append(table.written.get(" ".join(form), " ".join(form)))
            self.entries[entry] = (word, shown)
        for options in self.by_first.values():
            options.sort(key=lambda o: -len(o[0]))
        self.firsts = frozenset(self.by_first)

    def matches(self, kept: list[str], starts: Iterable[int]) -> Iterator[tuple[str, list[int]]]:
        """(entry term, the indices in ``kept`` where one of its long forms starts)."""
        found: dict[str, list[int]] = {}
        for i in starts:
            for terms, entry in self.by_first[kept[i]]:
                if tuple(kept[i : i + len(terms)]) == terms:
                    found.setdefault(entry, []).append(i)
                    break
        yield from found.items()

    def matches_in(
        self, poses: dict[str, list[int]], starts: list[tuple[int, str]]
    ) -> list[tuple[str, list[int]]]:
        """(entry term, positions) of the long forms in a text whose term -> positions
        are ``poses``, for the (position, term) pairs where one may start."""
        found: dict[str, list[int]] = {}
        for pos, first in starts:
            for terms, entry in self.by_first[first]:
                for k in range(1, len(terms)):
                    plist = poses.get(terms[k])
                    if plist is None:
                        break
                    i = bisect_left(plist, pos + k)
                    if i == len(plist) or plist[i] != pos + k:
                        break
                else:
                    found.setdefault(entry, []).append(pos)
                    break
        return list(found.items())

    def add_to_tokens(self, kept: list) -> Iterator:
        """Whoosh tokens (copies, positions set) with each long form's entry token
        after its first word, at the same position."""
        texts = [t.text for t in kept]
        starts = [i for i, text in enumerate(texts) if text in self.firsts]
        extra: dict[int, list[str]] = {}
        for entry, at in self.matches(texts, starts):
            for i in at:
                extra.setdefault(i, []).append(entry)
        for i, token in enumerate(kept):
            yield token
            for entry in extra.get(i, ()):
                added = token.copy()
                added.text = entry
                yield added

    def long_form_at(self, terms: list[str], i: int) -> tuple[int, str] | None:
        """(how many terms, entry term) of the longest long form starting at ``i``."""
        for form, entry in self.by_first.get(terms[i], ()):
            if tuple(terms[i : i + len(form)]) == form:
                return len(form), entry
        return None


def _entry_word(table: aliases_mod.AliasTable, canon: str) -> str:
    """The one word a query writes for an entry: its canonical spelling when that is
    one word, else the entry's shortest one-word spelling, else its words joined by
    "_" (one token, which no text writes)."""
    if " " not in canon:
        return table.written.get(canon, canon)
    singles = sorted((s for s in table.groups.get(canon, ()) if " " not in s), key=len)
    if singles:
        return table.written.get(singles[0], singles[0])
    return canon.replace(" ", "_")


@dataclass(slots=True)
class AlsoMatched:
    """What a query word matched besides itself: shown under the results."""

    typed: str
    kind: str  # "spelling" (a name's other romanisations), "alias", "long form"
    matched: list[str]
    more: int = 0  # further spellings left out of the query (the cap)

    def to_json(self) -> dict:
        return {"typed": self.typed, "kind": self.kind, "matched": self.matched, "more": self.more}

    def describe(self) -> str:
        return describe_also(self.to_json())


@dataclass
class Expansion:
    """A query as rewritten for the parser, and what the rewrite added."""

    text: str
    also: list[AlsoMatched] = field(default_factory=list)


# words, quoted phrases, and the rest (operators, brackets, spaces) of a query
_PIECE = re.compile(r'"[^"]*"|[^\s()"]+|[\s()]+|"')
_FIELD_VALUE = re.compile(r"^([A-Za-z_]\w*):(.*)$")
_PLAIN_WORD = re.compile(r"\w+(?:[.'’]\w+)*")


class Spellings:
    """The query side of spellings for one index: its analysis (the alias table and
    the long forms) and its library's names and words."""

    def __init__(
        self,
        analysis,
        names: names_mod.NameIndex | None,
        is_library_word: Callable[[str], bool],
    ) -> None:
        self.analysis = analysis
        self.names = names
        self.is_library_word = is_library_word

    def expand(self, text: str) -> str:
        return self.expansion(text).text

    def expansion(self, text: str) -> Expansion:
        """``text`` with its long forms read as their entry, and each capitalised name
        with its other spellings ORed in; plus what was added, to show the user.
        (Not memoised: a sync between two searches changes the library's names, and a
        rewrite costs a few cached look-ups.)"""
        return self._expand(text)

    # -- the rewrite -------------------------------------------------------------------
    def _expand(self, text: str) -> Expansion:
        out = Expansion(text)
        pieces = _PIECE.findall(text)
        term_of = self.analysis.term
        graph = self.analysis.graph
        # a run of plain words (no operator, field or quote between) may hold a long form
        runs: list[list[int]] = [[]]
        for n, piece in enumerate(pieces):
            if _PLAIN_WORD.fullmatch(piece) and piece not in _OPERATORS:
                runs[-1].append(n)
            elif piece.isspace():
                continue
            else:
                runs.append([])
        replaced: dict[int, str] = {}
        for run in runs:
            terms = [term_of(pieces[n]) for n in run]
            i = 0
            while i < len(run):
                hit = graph.long_form_at(terms, i) if terms[i] else None
                if hit is None or len(run) - i < 2:
                    i += 1
                    continue
                size, entry = hit
                # the long form spans ``size`` terms; stop words between them go with it
                j, seen = i, 0
                while seen < size:
                    seen += bool(terms[j])
                    j += 1
                word, forms = graph.entries[entry]
                typed = " ".join(pieces[n] for n in run[i:j])
                replaced[run[i]] = word
                for n in run[i + 1 : j]:
                    replaced[n] = ""
                out.also.append(
                    AlsoMatched(
                        typed,
                        "long form",
                        [word, *[f for f in forms if f.lower() != typed.lower()]][:6],
                    )
                )
                i = j
        rewritten: list[str] = []
        for n, piece in enumerate(pieces):
            if n in replaced:
                rewritten.append(replaced[n])
                continue
            if piece.startswith('"') and piece.endswith('"') and len(piece) > 1:
                rewritten.append(self._phrase(piece, out))
                continue
            rewritten.append(self._word(piece, out))
        out.text = "".join(rewritten)
        # a long form replaced by one word leaves the spaces of its other words
        out.text = re.sub(r"  +", " ", out.text) if replaced else out.text
        return out

    def _phrase(self, piece: str, out: Expansion) -> str:
        """A quoted phrase that is exactly a long form is read as its entry."""
        inner = piece[1:-1]
        terms = [t for t in map(self.analysis.term, _PLAIN_WORD.findall(inner)) if t]
        if len(terms) >= 2:
            hit = self.analysis.graph.long_form_at(terms, 0)
            if hit is not None and hit[0] == len(terms):
                word, forms = self.analysis.graph.entries[hit[1]]
                out.also.append(AlsoMatched(inner, "long form", [word, *forms][:6]))
                return word
        return piece

    def _word(self, piece: str, out: Expansion) -> str:
        """A word (or field:word) with a name's other spellings ORed in."""
        field_name, value = "", piece
        m = _FIELD_VALUE.match(piece)
        if m:
            field_name, value = m.group(1).lower(), m.group(2)
            if field_name not in _TEXT_FIELDS:
                return piece
        if not _PLAIN_WORD.fullmatch(value) or value in _OPERATORS:
            return piece
        if self.analysis.fold(value) in self.analysis.table.groups:
            # the alias table knows this entity: its spellings are the table's (Viasna
            # is not весна, spring, though the key of Вясна in Russian is that word's)
            alias = self._alias_spellings(value)
            if alias:
                out.also.append(alias)
            return piece
        if self.names is None or not names_mod.looks_like_name(value):
            return piece
        candidates, is_name = self.names.spellings_of(value)
        if not is_name and self.is_library_word(value.lower()):
            return piece  # a common word of the library ("After", "Will")
        term_of = self.analysis.term
        own = term_of(value)
        others: list[str] = []
        seen_terms = {own}
        for name in candidates:
            term = term_of(name)
            if term and term not in seen_terms and _PLAIN_WORD.fullmatch(name):
                seen_terms.add(term)
                others.append(name)
        if not others:
            return piece
        used, more = others[:MAX_NAME_SPELLINGS], max(0, len(others) - MAX_NAME_SPELLINGS)
        out.also.append(AlsoMatched(value, "spelling", used, more))
        if not used:
            return piece
        alts = " OR ".join(f"{name}^{NAME_SPELLING_BOOST}" for name in used)
        prefix = f"{field_name}:" if field_name else ""
        return f"{prefix}({value} OR {alts})"

    def _alias_spellings(self, word: str) -> AlsoMatched | None:
        """The alias table's other spellings of ``word`` that the library writes."""
        table = self.analysis.table
        canon = self.analysis.fold(word)
        group = table.groups.get(canon)
        if not group or len(group) < 2:
            return None
        typed = aliases_mod.fold_key(word)
        shown = [
            table.written.get(s, s)
            for s in sorted(group)
            if s != typed and " " not in s and self.is_library_word(s)
        ]
        return AlsoMatched(word, "alias", shown[:6], max(0, len(shown) - 6)) if shown else None
