"""A name in the text matched against the alias table's people, minding the given
name: "Eduard Babaryka" is not "Viktar Babaryka" though the table knows "Babaryka"."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..aliases import fold_key
from .gender import FEMALE_GIVEN, MALE_GIVEN, given_name_gender

if TYPE_CHECKING:
    from ..aliases import AliasTable

# id(table) -> (table, canonical -> the given names its spellings use)
_GIVEN: dict[int, tuple[AliasTable, dict[str, set[str]]]] = {}


def _given_names(aliases: AliasTable) -> dict[str, set[str]]:
    hit = _GIVEN.get(id(aliases))
    if hit is not None and hit[0] is aliases:
        return hit[1]
    out: dict[str, set[str]] = {}
    for key, canon in aliases.people.items():
        words = key.split()
        if len(words) > 1:
            out.setdefault(canon, set()).add(words[0])
    for canon in set(aliases.people.values()):
        words = fold_key(canon).split()
        if len(words) > 1:
            out.setdefault(canon, set()).add(words[0])
    _GIVEN[id(aliases)] = (aliases, out)
    return out


def _fold(word: str) -> str:
    w = fold_key(word).strip(".,;:")
    return w[:-2] if w.endswith("'s") else w


_GENERATION = frozenset(("younger", "elder", "older", "junior", "senior", "jr", "sr"))
# two capitalised names joined: "Maria Kalesnikava and Maxim Znak"
_TWO_PEOPLE = re.compile(r"[A-Z][\w’'-]+\s+(?:and|&)\s+[A-Z]")


def alias_person(
    aliases: AliasTable,
    surface: str,
    fullnames: Callable[[str], set[str]] | None = None,
) -> str | None:
    """The canonical person ``surface`` names, or None. A full name whose surname the
    table knows but whose given name is another known given name, not one the table
    writes for that person (nor a spelling of one: same initial, same gender), is
    someone else: a relative, a namesake ("Eduard Babaryka", "Dzmitry Protasevich").
    With ``fullnames`` (surname -> the full names the article writes), a bare surname
    ("Babaryka", "Mr Babaryka") is that person only if the article names nobody else
    of that surname instead of them ("Eduard Babaryka ... Babaryka said")."""
    name = aliases.person(surface)
    if name is None or _TWO_PEOPLE.search(surface):
        return None  # ("Maria Kalesnikava and Maxim Znak": both speak, not the first)
    words = surface.split()
    if _GENERATION.intersection(_fold(w) for w in words):
        return None  # "the younger Babaryka": which one of a family, the table cannot tell
    last = _fold(words[-1])
    prev = _fold(words[-2]) if len(words) > 1 else ""
    if aliases.people.get(last) != name or f"{prev} {last}" in aliases.people:
        return name  # not the surname alone that matched, or a listed full form
    if prev not in MALE_GIVEN and prev not in FEMALE_GIVEN:
        # a bare surname, or one after a title ("President Lukashenko")
        if fullnames is not None:
            full = fullnames(words[-1].strip(".,;:").removesuffix("'s").removesuffix("’s"))
            if full and all(alias_person(aliases, f) != name for f in full):
                return None
        return name
    givens = _given_names(aliases).get(name, set())
    if prev in givens:
        return name
    gender = given_name_gender(prev)
    if any(g[:1] == prev[:1] and given_name_gender(g) == gender for g in givens):
        return name  # "Dmitri Peskov": another spelling of the given name
    return None
