"""Speaker resolution: canonical names from the alias table, a surname to the full name
the article used, and cautious coreference for pronouns and epithets."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .en_lexicon import (
    CAP_STOP, COUNTRY_ADJ, EPITHET_PERSON, EPITHET_ROLE, OBJ_PRONOUNS, PERSON_COUNTRY,
    PREPS, PRONOUNS, SPEAKER_NOUNS, TITLES,
)
from .text import fold_word

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable

ACC_SRC_STRIP = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:latest|new|recent|official|preliminary|initial|"
    r"published|confidential)\s+)*(?:estimates?|reports?|analys[ie]s|data|figures|"
    r"statements?|surveys?|polls?|stud(?:y|ies)|assessments?|documents?|findings|"
    r"calculations|information|sources?|claims?|remarks|testimony|accounts?)\s+"
    r"(?:by|from|of|published\s+by|released\s+by)\s+",
    re.IGNORECASE,
)


# "\b[A-Z]..." written as "[A-Z](?<!\w[A-Z])...": the same matches, but a pattern that
# starts with a character class lets the regex engine skip to capitals in C
NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+)+")
# a character that no NAME_RUN match holds, and the last one of a span
NAME_BREAK = re.compile(r"[^\w\s’'.-]")
LAST_NAME_BREAK = re.compile(r"(?s:.*)[^\w\s’'.-]")


def add_full_names(t: str, lo: int, hi: int, out: dict[str, set[str]],
                    surname: str | None = None) -> None:
    """Add the full names of the NAME_RUN matches in t[lo:hi] to ``out`` (last word ->
    names), titles dropped; with ``surname``, only of the runs that end with it."""
    for m in NAME_RUN.finditer(t, lo, hi):
        if surname is not None and not t.endswith(surname, m.start(), m.end()):
            continue
        if t[max(0, m.start() - 4):m.start()].lower() == "the ":
            continue  # "the Washington Post Trump": an organisation first
        toks = m.group().split()
        # drop leading titles and nationality words
        while toks and toks[0].lower().strip(".") in TITLES:
            toks = toks[1:]
        if len(toks) < 2 or len(toks) > 4:
            continue
        if not CAP_STOP.isdisjoint(toks):
            continue
        out.setdefault(toks[-1], set()).add(" ".join(toks))


def display_speaker(surface: str) -> str:
    surface = " ".join(surface.split())
    first, _, rest = surface.partition(" ")
    if rest and first in ("The", "A", "An"):
        return first.lower() + " " + rest
    return surface


MENTION_WORD = re.compile(r"[^\W\d_][\w’'-]*")


class Resolver:
    """Canonical names, surname expansion and cautious coreference."""

    WINDOW = 2500  # characters back for pronoun / epithet antecedents

    def __init__(self, text: str, aliases: "AliasTable") -> None:
        self.t = text
        self.aliases = aliases
        self.history: list[tuple[int, str, str | None]] = []  # (pos, speaker, surface)
        self._fullnames: dict[str, set[str]] = {}  # surname -> full names, as asked
        self._fullnames_all = False  # _fullnames holds every surname of the text
        self._mentions: list[tuple[int, str]] | None = None

    def fullnames(self, surname: str) -> set[str]:
        """The full names in the text ("Artyom Shraibman") whose last word is ``surname``.

        No run of capitalised words holds a character that NAME_BREAK matches, so
        between two such characters a scan finds the runs that a scan of the whole text
        finds there: for a few surnames, only the stretches around their occurrences are
        scanned; when many are asked, the whole text once (the work stays linear)."""
        names = self._fullnames.get(surname)
        if names is not None:
            return names
        if self._fullnames_all:
            return set()
        t = self.t
        n = min(len(t), 2_000_000)  # the part of a huge text that is scanned
        if len(self._fullnames) >= 8:
            self._fullnames = {}
            add_full_names(t, 0, n, self._fullnames)
            self._fullnames_all = True
            return self._fullnames.get(surname, set())
        found: dict[str, set[str]] = {}
        hi = 0  # where the last stretch ended (at a break, or the start)
        i = t.find(surname, 0, n)
        while i >= 0:
            m = LAST_NAME_BREAK.match(t, hi, i)  # the last break before i (none: hi)
            lo = m.end() if m else hi
            m = NAME_BREAK.search(t, i, n)
            hi = m.start() if m else n
            add_full_names(t, lo, hi, found, surname)
            i = t.find(surname, max(hi, i + 1), n)  # the next stretch
        names = self._fullnames[surname] = found.get(surname, set())
        return names

    def mentions(self) -> list[tuple[int, str]]:
        """Alias-table people named in the text, in order (position, canonical)."""
        if self._mentions is None:
            out = []
            t = self.t
            people = self.aliases.people
            scan = t if len(t) < 2_000_000 else t[:2_000_000]
            # A word folded as below is a substring of the whole text folded the same way
            # (both steps map character by character), so a text that contains no key of
            # the table names nobody in it: most texts, told apart by a few substring
            # searches instead of folding every word.
            folded = scan.replace("’", "'").casefold()
            if any(key in folded for key in people):
                # single-word keys of the people table, matched as words
                for m in MENTION_WORD.finditer(scan):
                    w = m.group().replace("’", "'").casefold()
                    if w.endswith("'s"):
                        w = w[:-2]
                    hit = people.get(w)
                    if hit:
                        out.append((m.start(), hit))
            self._mentions = out
        return self._mentions

    def note(self, speaker: str | None, surface: str | None, pos: int) -> None:
        if speaker:
            self.history.append((pos, speaker, surface))

    def _is_person(self, speaker: str) -> bool:
        if speaker in self.aliases.people.values():
            return True
        toks = speaker.split()
        if not toks or toks[0].lower() in ("the", "a", "an"):
            return False
        if any(fold_word(w) in SPEAKER_NOUNS for w in toks):
            return False
        return all(w[0].isupper() for w in toks) and len(toks) <= 4 and speaker.upper() != speaker

    def _canon(self, surface: str) -> str | None:
        words = surface.split()
        # only a name at the head of the phrase: "the Lukashenka regime" is not him
        head = []
        for w in words:
            if fold_word(w) in PREPS and head:
                break
            head.append(w)
        if not head or not head[-1][:1].isupper():
            return None
        return self.aliases.person(" ".join(head))

    def resolve(self, surface: str, pos: int) -> str | None:
        low = surface.lower()
        canon = self._canon(surface)
        if canon:
            return canon
        if low in PRONOUNS or low in OBJ_PRONOUNS:
            if low in ("he", "she", "him", "his", "her"):
                ant = self._antecedent_person(pos)
                if ant:
                    return ant
            return surface
        toks = surface.split()
        lows = [fold_word(w) for w in toks]
        # a bare surname ("Ali", "Mr. Shraibman") -> the full name used earlier
        name_toks = [w for w in toks if fold_word(w) not in ("mr", "mrs", "ms", "dr")]
        if len(name_toks) == 1 and name_toks[0][:1].isupper() and lows[0] not in ("the", "a"):
            full = self.fullnames(name_toks[0].rstrip(".,"))
            if full and len(full) == 1:
                return next(iter(full))
            return display_speaker(surface)
        # epithets: "the dictator", "the Belarusian leader", "the official"
        if lows and lows[0] in ("the", "this"):
            head_i = len(lows)
            for i in range(1, len(lows)):
                if lows[i] in PREPS:
                    head_i = i
                    break
            head = lows[head_i - 1] if head_i - 1 >= 1 else ""
            quals = {w for w in lows[1:] if w in COUNTRY_ADJ}
            if head in EPITHET_PERSON and len(lows) <= 6:
                ant = self._antecedent_person(pos, quals, strict=bool(quals))
                if ant:
                    return ant
            elif head in EPITHET_ROLE and len(lows) <= 5:
                for p, sp, sf in reversed(self.history):
                    if pos - p > self.WINDOW:
                        break
                    if sf and head in [fold_word(w) for w in sf.split()] and not sf.lower().startswith(
                            ("the ", "this ")):
                        return sp
        return display_speaker(surface)

    def source(self, surface: str, pos: int) -> str | None:
        """The speaker of "according to SURFACE"."""
        low = surface.lower()
        if low in OBJ_PRONOUNS or low in PRONOUNS:
            return self.resolve(surface, pos)
        m = re.match(r"(his|her|their)\s+(?:own\s+)?(account|version|words|claims?|story|"
                     r"narrative|estimates?|statement|sources|calculations)\b", low)
        if m:
            ant = self.resolve(m.group(1), pos)
            return ant if ant and ant.lower() not in OBJ_PRONOUNS else surface
        stripped = ACC_SRC_STRIP.sub("", surface)
        if stripped and stripped != surface and len(stripped.split()) >= 1:
            return self.resolve(stripped, pos)
        return self.resolve(surface, pos)

    def _antecedent_person(self, pos: int, quals: set[str] | None = None,
                           strict: bool = False) -> str | None:
        """The named person the text is talking about at ``pos``: the most recent named
        speaker, else the only alias-table person mentioned recently."""
        def fits(name: str) -> bool:
            if not quals:
                return True
            c = PERSON_COUNTRY.get(name)
            if c is None:
                return not strict
            return bool(quals & c)

        for p, sp, _sf in reversed(self.history):
            if pos - p > self.WINDOW:
                break
            if p < pos and self._is_person(sp):
                return sp if fits(sp) else None
        # people named before pos, recently
        ms = self.mentions()
        k = bisect_right(ms, (pos, "\uffff"))
        recent = {name for p, name in ms[max(0, k - 20):k] if pos - p <= self.WINDOW}
        if len(recent) == 1:
            name = next(iter(recent))
            return name if fits(name) else None
        if recent and quals:
            fitting = [n for n in recent if PERSON_COUNTRY.get(n) and quals & PERSON_COUNTRY[n]]
            if len(fitting) == 1:
                return fitting[0]
        return None
