"""Entity tracking: the people and bodies an article mentions, where, and what is known
about each (gender, roles, country). The speaker resolver reads it to tie "he", "the
president" or "the organisation" to a name.

One pass over (the first 2 MB of) the article: runs of capitalised words give full
names (titles before them become roles: "President Alexander Lukashenko", "Foreign
Secretary David Lammy"), runs holding an organisation word give bodies ("the
Coordination Council", "the Institute for the Study of War (ISW)"); a role phrase in
apposition ("Javed Ali, a former official,") adds a role; a lone surname or an
alias-table spelling ("Lukashenka") is a further mention of a person already named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .alias_names import alias_person
from .en_entity_words import (
    BODY_APPOSITIVE,
    CONTESTED_ROLES,
    NAME_TITLES,
    NATIONALITY_ENDINGS,
    OFFICE_MODIFIERS,
    ORG_WORDS,
    PARTY_WORDS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    VENUE_FIRST,
    VENUE_LAST,
    staff_aside,
)
from .en_function_words import CONJ, DETS, SUBORD
from .en_lexicon import CAP_STOP, COUNTRY_ADJ, PERSON_COUNTRY, TITLES
from .gender import (
    GENDERED_ROLES,
    HONORIFICS,
    dotted_title,
    given_name_gender,
    introduced_alone,
    kin_gender,
    lone_given_name,
    name_gender,
    speaks_somewhere,
)
from .text import fold_token

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable

PERSON = "person"
AGED_EPITHET = re.compile(r"the (\d{1,3})-year-old")  # a speaker phrase, folded
AGE_AFTER = re.compile(r",\s*(\d{1,3}),")  # "Maria Kalesnikava, 43, was ..."
_PREPS = frozenset("of for at in with from by to on".split())  # "spokesman for X Y": not Y
# roles that relate their holder to someone else: "the wife of X", "a spokesman for X"
_RELATIONS = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor wife husband son daughter "
    "mother father brother sister lawyer friend representative assistant".split()
)


def _title_of(role: list[str], i: int) -> bool:
    """Is role[i] the "of" of a title ("Secretary of State", "head of the KGB") rather
    than a relation to another person ("the wife of", "an aide to")?"""
    return role[i] == "of" and i > 0 and role[i - 1] in ROLE_WORDS and role[i - 1] not in _RELATIONS


ORG = "org"
SCAN_LIMIT = 2_000_000  # characters of a huge text that are read for entities

_CAP_WORD = r"[A-Z](?:\.|[\w’'-]*)"  # a word or an initial ("W.")
# a capitalised run, "of/for/on the" joining further capitalised words, an acronym in
# parentheses: "Institute for the Study of War (ISW)", "Ministry of Defence"
_ORG_RUN = re.compile(
    _CAP_WORD + r"(?:[ \u00a0]+" + _CAP_WORD + r")*"
    r"(?:[ \u00a0]+(?:of|for|on|and)[ \u00a0]+(?:the[ \u00a0]+)?"
    + _CAP_WORD
    + r"(?:[ \u00a0]+"
    + _CAP_WORD
    + r")*)*"
    r"(?:[ \u00a0]+\([A-Z][A-Za-z]{1,9}\))?"
)
# "\b[A-Z]..." written as "[A-Z](?<!\w[A-Z])...": the same matches, but a pattern that
# starts with a character class lets the regex engine skip to capitals in C
# (the words of a name may be on two lines, not in two paragraphs: a headline
# "Chelsea sack Mutu" and the story's first words make no name "Mutu Chelsea")
_NAME_GAP = r"(?=\s)[^\S\n]*\n?[^\S\n]*"
NAME_RUN = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w’'-]+(?:" + _NAME_GAP + r"(?:[A-Z]\.[^\S\n]*)*[A-Z][\w’'-]+)+"
)
# capitalised at a sentence's start, never a first name: "Both Boeing and Airbus",
# "Although Diageo's sales"; a name is cut after one (a run holding a CAP_STOP word,
# "But Band Aid", "If Anne Smith", stays no name: the run may be no name at all)
NOT_NAME_STARTS = frozenset(w for w in DETS | CONJ | SUBORD if w.capitalize() not in CAP_STOP)
_CAP_OPENERS = frozenset(("when", "after", "before", "since", "until", "if", "as", "and", "but"))
_TITLE_WORDS = (TITLES | HONORIFICS.keys() | ROLE_WORDS | NAME_TITLES) - {"the"}
# letters after a name: not part of it
POST_NOMINALS = frozenset(["MP", "MEP", "MSP", "AM", "MLA", "QC", "KC", "OBE", "MBE", "CBE"])
# a person inside a capitalised run: the words between connectors
_SEGMENT = re.compile(
    _CAP_WORD + r"(?:[ \u00a0]+(?!(?:of|for|on|and|the)[ \u00a0])" + _CAP_WORD + ")*"
)
_POSSESSIVE = re.compile(r"[’']s?$")


# months that are also surnames ("Theresa May", "Brian June")
_MONTH_SURNAMES = frozenset(["April", "May", "June", "August"])


def stop_free(toks: list[str]) -> bool:
    """No word of the run stops a name; a month may end one after a known given name
    ("Theresa May", not "In May")."""
    if CAP_STOP.isdisjoint(toks):
        return True
    return (
        len(toks) >= 2
        and toks[-1] in _MONTH_SURNAMES
        and given_name_gender(toks[0]) is not None
        and CAP_STOP.isdisjoint(toks[:-1])
    )


def split_titles(toks: list[str]) -> tuple[list[str], list[str]]:
    """(titles, name) of a capitalised run: the name follows the last title word
    ("UK Foreign Secretary Jack Straw", "Tory Treasurer Lord Ashcroft", "Conservative MP
    Sir Teddy Taylor"); letters after it are dropped ("Frank Field MP")."""
    while len(toks) > 2 and toks[-1] in POST_NOMINALS:
        toks = toks[:-1]
    k = max((i for i, w in enumerate(toks[:-1]) if fold_token(w) in _TITLE_WORDS), default=-1)
    while k + 2 < len(toks) and toks[k + 1] in PARTY_WORDS:
        k += 1  # "Democrat Hillary Clinton", "Tory Michael Howard"
    if k + 3 < len(toks) and _common_noun_before_name(toks[k + 1], toks[k + 2]):
        k += 1  # "Singer Alex Kapranos", "Tunisian-born Abdellatif Kechiche"
    return toks[: k + 1], toks[k + 1 :]


# endings of a capitalised word before a given name that make it a noun or adjective
# at a sentence's start, not a first name: "Singer", "Actor", "Novelist", "Paris-based"
_COMMON_ENDINGS = ("er", "or", "ist", "-born", "-based", "-half", "ian")


def _common_noun_before_name(first: str, second: str) -> bool:
    """``first`` heads a run "First Given Surname" as a word, not as a name: the next
    word is a known first name and ``first`` is none, but ends like a noun."""
    return (
        given_name_gender(second) is not None
        and given_name_gender(first) is None
        and first[1:].islower()
        and first.lower().endswith(_COMMON_ENDINGS)
    )


def _in_body_name(toks: list[str], role: list[str], i: int) -> bool:
    """Is the preposition role[i] inside a body's capitalised name, with the role word
    right before the person ("Fight for Freedom director Nikolai Khalezin"), not the
    person's relation ("a lawyer for ...")?"""
    return (
        role[-1] in ROLE_WORDS and toks[i + 1][:1].isupper() and i > 0 and toks[i - 1][:1].isupper()
    )


_CANON_CACHES: dict[int, tuple[object, dict[str, str]]] = {}


def _canon_cache(aliases) -> dict[str, str]:
    """A name -> canonical cache for one alias table, kept across articles (an index
    build asks the same names thousands of times); dropped when it grows large."""
    held = _CANON_CACHES.get(id(aliases))
    if held is None or held[0] is not aliases or len(held[1]) > 200_000:
        held = _CANON_CACHES[id(aliases)] = (aliases, {})
        if len(_CANON_CACHES) > 8:
            _CANON_CACHES.clear()
            _CANON_CACHES[id(aliases)] = held
    return held[1]


@dataclass(eq=False)
class Entity:
    name: str  # "Alexander Lukashenko", "the Coordination Council"
    kind: str  # PERSON or ORG
    gender: str | None = None  # "m", "f" or unknown
    roles: set[str] = field(default_factory=set)  # "president", "foreign secretary"
    countries: set[str] = field(default_factory=set)
    head: str = ""  # a body's last name word ("council"); a person's surname
    acronym: str = ""  # "ISW"

    def add_roles(self, words: Sequence[str]) -> None:
        """Roles and country from the words of a role phrase ("Belarusian", "foreign",
        "secretary"): the phrase, its last word and any gender it shows."""
        lows = [fold_token(w) for w in words]
        former = "former" in lows or "ex" in lows
        lows = [w for w in lows if w and w not in ("the", "a", "an", "of", "former", "ex")]
        self.countries.update(w for w in lows if w in COUNTRY_ADJ)
        roles = [w for w in lows if w in ROLE_WORDS]
        if not roles:
            return
        self.roles.update(roles)
        k = lows.index(roles[-1])
        if k > 0 and lows[k - 1] in ROLE_MODIFIERS and lows[k - 1] not in COUNTRY_ADJ:
            self.roles.add(lows[k - 1] + " " + roles[-1])
        # "Deputy Prime Minister X", "shadow home secretary X": not "the minister"
        self.roles.update(f"{m} {roles[-1]}" for m in CONTESTED_ROLES if m in lows[:k])
        if former:  # "Former prime minister X": not "the prime minister"
            self.roles.add(f"former {roles[-1]}")
        for r in roles:
            g = GENDERED_ROLES.get(r)
            if g and self.gender is None:
                self.gender = g


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: Entity


class Entities:
    """The entities of one article and their mentions, sorted by position."""

    def __init__(self, text: str, aliases: AliasTable) -> None:
        self.t = text
        self.aliases = aliases
        self.by_name: dict[str, Entity] = {}
        self.by_surname: dict[str, set[Entity]] = {}
        self.mentions: list[Mention] = []
        self.shared: list[tuple[int, frozenset[Entity]]] = []  # a surname two people share
        self._starts: list[int] = []
        self._canon = _canon_cache(aliases)  # name -> alias-table form, shared by articles
        self._seen: dict[Entity, int] = {}  # mentions by full name so far
        self._holders: dict[str, list[tuple[int, Entity]]] | None = None
        self._scan()

    # -- building ----------------------------------------------------------------------
    def entity(self, name: str, kind: str) -> Entity:
        e = self.by_name.get(name)
        if e is None:
            e = self.by_name[name] = Entity(name, kind)
            if kind == PERSON:
                toks = name.split()
                e.head = toks[-1]
                e.gender = name_gender(toks)
                e.countries.update(PERSON_COUNTRY.get(name, ()))
                self.by_surname.setdefault(toks[-1], set()).add(e)
            else:
                toks = [w for w in name.split() if not w.startswith("(")]
                e.head = fold_token(toks[-1]) if toks else ""
        return e

    def _scan(self) -> None:
        t = self.t
        n = min(len(t), SCAN_LIMIT)
        found: list[Mention] = []
        singles: list[tuple[int, str]] = []  # capitalised words standing alone
        for s, e, run in _runs(t, n):
            if " " not in run and "\u00a0" not in run:
                singles.append((s, run))
                continue
            if _names_a_body(run) or BODY_APPOSITIVE.match(t, e):
                pm = _PERSON_OF.match(run)
                if pm and name_gender(pm.group(1).split()) is not None:
                    # "Raimonds Briedis of the Union of Greens and Farmers": a person,
                    # then the body
                    person = self._person(pm.group(1), s, s + pm.end(1))
                    if person is not None:
                        found.append(person)
                        found.append(self._org(run[pm.start(2) :], s + pm.start(2), e))
                        continue
                found.append(self._org(run, s, e))
                continue
            # people: the parts between "and" / "of" / "for" / "on" / "the"
            for pm in _SEGMENT.finditer(run):
                seg = pm.group()
                words = seg.split()
                if len(words) == 2 and words[0] in CAP_STOP:
                    # "But Bailey said", "Both Boeing and Airbus": the surname alone
                    singles.append((s + pm.end() - len(words[1]), words[1]))
                elif " " in seg or "\u00a0" in seg:
                    mention = self._person(seg, s + pm.start(), s + pm.end())
                    if mention is not None:
                        found.append(mention)
                else:
                    singles.append((s + pm.start(), seg))
        self._add_singles(found, singles)
        found.sort(key=lambda x: x.start)
        self.mentions = found
        self._starts = [x.start for x in found]

    def _org(self, run: str, s: int, e: int) -> Mention:
        t = self.t
        acr = re.search(r"\(([A-Z][A-Za-z]{1,9})\)$", run)
        name_part = run[: acr.start()].rstrip() if acr else run
        if name_part.startswith("The "):
            name_part = name_part[4:]
        the = t[max(0, s - 4) : s].lower() == "the " or run.startswith("The ")
        name = ("the " if the else "") + name_part + (f" ({acr.group(1)})" if acr else "")
        ent = self.entity(name, ORG)
        if acr:
            ent.acronym = acr.group(1)
            self.by_name.setdefault(acr.group(1), ent)
        return Mention(s, e, ent)

    def _person(self, run: str, s: int, e: int) -> Mention | None:
        t = self.t
        parsed = _person_words(run)
        if parsed is None:
            return None
        titles, toks, opener, hon = parsed
        if t[max(0, s - 4) : s].lower() == "the " and not (
            titles and fold_token(titles[0]) in OFFICE_MODIFIERS  # "... of the Interior X Y"
        ):
            return None  # "the Washington Post": a body or a thing
        if len(toks) == 1:
            # "President Lukashenko", "Mr Ali": a surname with a title
            ents = self._known(toks[0])
            ent = ents[0] if len(ents) == 1 else None
            if ent is None:
                # "While Sullivan says": still someone the text speaks of
                if not (titles or opener) or len(ents) > 1:
                    return None
                ent = self.entity(toks[0], PERSON)
        else:
            name = " ".join(toks)
            canon = self._canon.get(name)
            if canon is None:
                canon = self._canon[name] = alias_person(self.aliases, name) or name
            ent = self.entity(canon, PERSON)
        if hon and ent.gender is None:
            ent.gender = HONORIFICS[hon]
        seen = self._seen[ent] = self._seen.get(ent, 0) + 1
        if seen <= 2:
            # an appositive role comes with the first mentions ("X, the Belarusian
            # leader,"): later ones are not read, to keep long articles cheap
            titles = (*titles, *self._role_before(s), *self._role_after(e))
        if titles:  # (no words, no roles: most mentions after the first two)
            ent.add_roles(titles)
        return Mention(s, e, ent)

    def _known(self, surname: str) -> list[Entity]:
        canon = self.aliases.person(surname)
        if canon:
            return [self.entity(canon, PERSON)]
        return sorted(self.by_surname.get(surname, ()), key=lambda x: x.name)

    def _role_before(self, s: int) -> list[str]:
        """Lower-case role words right before a name: "Belarusian opposition leader
        Sviatlana Tsikhanouskaya" -> [..., "leader"]; "the president, Alexander ..."."""
        t = self.t
        lo = max(0, s - 60)
        piece = t[lo:s]
        if piece.endswith(", "):
            piece = piece[:-2]
        words = piece.split()
        out: list[str] = []
        for w in reversed(words[-4:]):
            f = fold_token(w)
            if (
                f in ROLE_WORDS
                or f in ROLE_MODIFIERS
                or (f.endswith(("’s", "'s")) and (fold_token(f[:-2]) in COUNTRY_ADJ))
            ):
                out.insert(0, fold_token(f[:-2]) if f.endswith(("’s", "'s")) else w)
                continue
            break
        return out if any(fold_token(w) in ROLE_WORDS for w in out) else []

    def _role_after(self, e: int) -> list[str]:
        """An appositive role: "Alexander Lukashenko, the Belarusian leader," /
        "Javed Ali, a former US official,"."""
        t = self.t
        m = _APPOSITIVE_ROLE.match(t[e : e + 80])
        if not m:
            return []
        words = m.group(1).split()
        if staff := staff_aside(words):
            return staff  # "X, an adviser to Tsikhanouskaya," / "X, Y's chief adviser,"
        if len(words) > 6 or not any(fold_token(w) in ROLE_WORDS for w in words):
            return []
        if any(
            w[:1].isupper()
            and fold_token(w) not in COUNTRY_ADJ | ROLE_MODIFIERS
            and not fold_token(w).endswith(NATIONALITY_ENDINGS)
            for w in words
        ):
            return []  # another name, not a role
        return words

    def _add_singles(self, found: list[Mention], singles: list[tuple[int, str]]) -> None:
        """A capitalised word alone is a mention of an alias-table person
        ("Lukashenka") or of the one person named with that surname ("Ali" after
        "Javed Ali"); a surname two people share names nobody."""
        people = self.aliases.people
        given: dict[str, list[Entity]] | None = None  # given name -> full names, as needed
        first: dict[Entity, int] = {}
        speaks: dict[str, bool] = {}  # lone given name -> read as a person
        alone: set[str] = set()  # lone given names the article introduces as such
        for pos, word in singles:
            w = _POSSESSIVE.sub("", word)
            canon = people.get(w.replace("’", "'").casefold())
            if canon:
                found.append(Mention(pos, pos + len(word), self.entity(canon, PERSON)))
                continue
            es = self.by_surname.get(w)
            if es is not None and len(es) > 1:
                # "Zhuk takes the pancakes" after "Alena Zhuk" and before "her husband,
                # Pavel Zhuk": the one of them whose full name came before
                if not first:
                    for m in found:
                        first[m.entity] = min(first.get(m.entity, m.start), m.start)
                before = {e for e in es if first.get(e, pos) < pos}
                # (one the scan is sure is a person: "Swiss-based Xstrata" is none)
                sure = len(before) == 1 and next(iter(before)).gender is not None
                es = before if sure else es
            if es is not None and len(es) == 1:  # ("Mr. Shraibman": his gender too)
                found.append(Mention(pos, pos + len(word), dotted_title(self.t, pos, es)))
            elif es:
                self.shared.append((pos, frozenset(es)))  # (a pronoun's gender may tell)
            elif es is None and w not in CAP_STOP and lone_given_name(self.t, w, pos + len(word)):
                # "Pavel paused. “...,” he said": a person known by a given name alone
                # is the nearest "he", not the man named before him
                if given is None:
                    given = {}
                    for e in list(self.by_name.values()):
                        if e.kind == PERSON and " " in e.name:
                            given.setdefault(e.name.split()[0], []).append(e)
                    for m in found:  # (where each full name first stands)
                        first[m.entity] = min(first.get(m.entity, m.start), m.start)
                if len(given.get(w, ())) == 1 and first.get(given[w][0], pos) < pos:
                    # "For Halina, the words stung" after "Halina Kuzmich": her given name
                    found.append(Mention(pos, pos + len(word), given[w][0]))
                    continue
                if w not in speaks:
                    if introduced_alone(self.t, w):  # (then no surname: "Ihar" is "he")
                        alone.add(w)
                    speaks[w] = w not in given and (w in alone or speaks_somewhere(self.t, w))
                if speaks[w]:
                    # (no full name shares it, and the article gives it words of its own:
                    # "Pavel told Meduza"; a lone "David" beside "David Felgate" is not
                    # read, nor one who never speaks)
                    lone = self.entity(w, PERSON)
                    if w in alone:  # ("Henry said. She added": a surname, never "he")
                        lone.gender = lone.gender or given_name_gender(w) or kin_gender(self.t, w)
                    found.append(Mention(pos, pos + len(word), lone))

    # -- reading -----------------------------------------------------------------------
    def before(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start in [lo, hi)."""
        i = bisect_left(self._starts, lo)
        j = bisect_left(self._starts, hi)
        return self.mentions[i:j]

    def role_holders(self) -> dict[str, list[tuple[int, Entity]]]:
        """Role -> (first mention, person) of every person given it, by first mention."""
        if self._holders is None:
            first: dict[Entity, int] = {}
            for m in self.mentions:
                first.setdefault(m.entity, m.start)
            holders: dict[str, list[tuple[int, Entity]]] = {}
            for e, p in first.items():
                if e.kind == PERSON:
                    for r in e.roles:
                        holders.setdefault(r, []).append((p, e))
            for v in holders.values():
                v.sort(key=lambda x: x[0])
            self._holders = holders
        return self._holders

    def person_after_role(self, toks: list[str]) -> str | None:
        """The person a speaker phrase ends with, after its role ("Interior Minister
        Tomasz Siemoniak", "Lithuania's Prime Minister Inga Ruginiene"), named as the
        article names them, so one person's claims share one name; else None."""
        for k in range(1, len(toks) - 1):
            e = self.by_name.get(" ".join(toks[k:]))
            if e is not None and e.kind == PERSON:
                role = [fold_token(w) for w in toks[:k]]
                if any(w in ROLE_WORDS for w in role) and not any(
                    w in _PREPS and not _title_of(role, i) and not _in_body_name(toks, role, i)
                    for i, w in enumerate(role)
                ):
                    return e.name
        return None

    def with_surname(self, surname: str) -> list[Entity]:
        return sorted(self.by_surname.get(surname, ()), key=lambda x: x.name)

    def named(self, name: str) -> Entity | None:
        return self.by_name.get(name)

    def only_named_before(self, names: set[str], pos: int) -> str | None:
        """Of people sharing a surname, the one whose full name the article gave before
        ``pos`` when only one was ("Oleksandr Kovalenko, an analyst, ..." then
        "Kovalenko said", with "Olena Kovalenko" only further on); else None."""
        seen = {m.entity.name for m in self.before(0, max(0, pos)) if m.entity.name in names}
        return next(iter(seen)) if len(seen) == 1 else None


@lru_cache(maxsize=4096)
def _names_a_body(run: str) -> bool:
    """Does a capitalised run of several words name a body ("the Coordination Council",
    "The Ministry of Defence"): an organisation word, and no stop word opening it (save
    "The")? Memoised like ``_person_words``: runs repeat within and across articles."""
    words = run.split()
    return any(w in ORG_WORDS for w in map(fold_token, words)) and (
        words[0] not in CAP_STOP or words[0] == "The"
    )


@lru_cache(maxsize=4096)
def _person_words(
    run: str,
) -> tuple[tuple[str, ...], tuple[str, ...], bool, str | None] | None:
    """(titles, name words, opened by a function word, honorific) of a capitalised run
    read as a person ("Foreign Secretary David Lammy"), or None when it names nobody.
    A pure function of the run, memoised: an article names the same people again and
    again, and the index names them across articles."""
    toks = run.split()
    for k in range(len(toks) - 2, -1, -1):
        if toks[k].endswith(("’s", "'s")):
            toks = toks[k + 1 :]  # "HuffPost Live’s Alyona Minkovski": the name after
            break
    toks[-1] = _POSSESSIVE.sub("", toks[-1]) or toks[-1]
    if toks[0] == "The":
        return None  # "The West", "The Hague"
    # ("When Pavel Latushka appeared", "But Tatsiana Khomich said": a sentence's first
    # word joined to the name)
    opener = bool(toks) and fold_token(toks[0]) in NOT_NAME_STARTS | _CAP_OPENERS
    while toks and fold_token(toks[0]) in NOT_NAME_STARTS | _CAP_OPENERS:
        toks = toks[1:]
    if not toks or (len(toks) == 1 and fold_token(toks[0]) in COUNTRY_ADJ):
        return None  # ("One European ambassador": a nationality, no name)
    office = []
    while len(toks) > 2 and fold_token(toks[0]) in OFFICE_MODIFIERS:
        office.append(toks.pop(0))  # "(Minister of the) Interior Toomas Kask"
    titles, toks = split_titles(toks)
    titles = [*office, *titles]
    if not PARTY_WORDS.isdisjoint(toks):
        return None  # "Lib Dem", "Tory Party": a party, not a person
    if not toks or len(toks) > 4 or not stop_free(toks):
        return None
    if any(w.isupper() and len(w) > 1 for w in toks):
        return None  # "PM EDT", "AFP NATO": not a name
    if any(fold_token(w) in ORG_WORDS for w in toks):
        return None
    if fold_token(toks[0]) in VENUE_FIRST or (
        len(toks) > 1 and fold_token(toks[-1]) in VENUE_LAST and given_name_gender(toks[0]) is None
    ):
        return None  # "at Bar Prasowy, a milk bar", "Hotel Europa", "Kastrychnitskaya Square"
    hon = next((fold_token(w) for w in titles if fold_token(w) in HONORIFICS), None)
    return tuple(titles), tuple(toks), opener, hon


# ", the Belarusian leader,", ", a former US official,": a role in apposition after a name
_APPOSITIVE_ROLE = re.compile(
    r",\s+(?:the|a|an|Belarus[’']s|Russia[’']s)?\s*([a-zA-Z’' .-]{2,60}?)[,.;]"
)


# a given name and a surname, then the body: "Marta Zieleniewska of the Grupa Granica"
_PERSON_OF = re.compile(
    r"([A-Z][\w’'-]+[ \u00a0]+[A-Z][\w’'-]+)[ \u00a0]+(?:of|from)[ \u00a0]+(\S.*)"
)


# "Mr", "Dr" inside a capitalised run after its first word: a person follows a body
# ("to the Foreign Policy Centre Mr Straw said")
_INNER_HONORIFIC = re.compile(r"\s(?:Mr|Mrs|Ms|Miss|Dr)\.?\s")


def _runs(t: str, n: int):
    """(start, end, text) of each capitalised run, cut before an inner honorific."""
    for m in _ORG_RUN.finditer(t, 0, n):
        s, e = m.span()
        run = m.group()
        # (a substring test first: the search runs on every run of every article)
        h = _INNER_HONORIFIC.search(t, s, e) if (" M" in run or " D" in run) else None
        if h is None:
            yield s, e, run
            continue
        yield s, h.start(), t[s : h.start()]
        yield h.start() + 1, e, t[h.start() + 1 : e]
