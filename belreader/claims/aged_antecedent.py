""" "The 49-year-old said": the person the narration is about, when the article never
wrote that age after a name.

Wire copy swaps a name for its owner's age ("Sevyarynets crossed into Lithuania. “...,”
the 49-year-old told reporters") without ever writing "Sevyarynets, 49,". A reader
takes the epithet for the one person the closest sentence before it names (or the one
who spoke there). Sports and arts copy names several people a sentence, and the scan
takes some titles and places for people ("Tootsie", "Old Trafford"), so the rule is
strict: that sentence must name one person only, one the scan is sure of (a given name
that tells the gender, a role, or words of their own). When the age was given to
someone unnamed ("a 49-year-old man", "the driver, 49,"), or the person found was given
another age, the phrase stays as written: it may be theirs.

The same holds for a descriptive epithet ("The Nobel laureate said", "the rights
defender told journalists"), which must also not be someone else's: not "an
activist" met before, nor a person the article gave an office ("Police chief X")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entities import AGE_AFTER, AGED_EPITHET, PERSON
from .role_antecedent import narration_end

if TYPE_CHECKING:
    from .entities import Entities, Entity
    from .resolve import Resolver

_UNITS_BACK = 2
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


# words that describe a person without an office ("the Nobel laureate", "the activist")
DESCRIPTIVE = frozenset(
    "laureate defender dissident activist campaigner journalist blogger writer poet artist"
    " musician singer founder exile prisoner".split()
    # a nationality for a name, common in sport and in profiles: "The Dutchman, who took
    # charge in the summer, admitted ...", "the Pole said"
    + "dutchman frenchman englishman scotsman irishman welshman pole lithuanian latvian"
    " estonian belarusian ukrainian russian german briton swede dane finn norwegian"
    " spaniard italian czech slovak georgian serb croat austrian belgian hungarian"
    " american canadian australian".split()
    # a person by their part in a trial or a story: "the defendant told the court",
    # "said the grandmother", "the pensioner recalled"
    + "defendant pensioner teenager student grandmother grandfather unionist translator"
    " veteran".split()
)


def aged_antecedent(res: Resolver, lows: list[str], pos: int) -> str | None:
    m = AGED_EPITHET.fullmatch(" ".join(lows))
    if m is None:
        return _described(res, lows, pos)
    age = m.group(1)
    if re.search(rf"(?<!the )(?<!The )\b{age}-year-old\b|,\s*{age},", res.t[:pos]):
        return None  # the age is someone's already ("a 49-year-old man"; a name's own
        # "Sevyarynets, 49," is read by ``Entities.aged``); "the 49-year-old" is the epithet
    return _sentence_person(res, pos, None)


def _described(res: Resolver, lows: list[str], pos: int) -> str | None:
    head = lows[-1] if 2 <= len(lows) <= 4 and lows[0] == "the" else ""
    if head not in DESCRIPTIVE:
        return None
    if re.search(rf"\b(?:an?|one|another)\s+(?:[\w-]+\s+){{0,2}}{head}\b", res.t[:pos], re.I):
        return None  # an unnamed one was met: "an activist who saw the arrest said"
    return _sentence_person(res, pos, head)


def _sentence_person(res: Resolver, pos: int, head: str | None) -> str | None:
    """The one person the closest sentence before ``pos`` names (or who spoke there),
    when the scan is sure of them and, for ``head``, the article gave them no office."""
    res._sync_spoke()
    k = res.doc.unit_index(pos)
    for step in range(_UNITS_BACK):
        if k - step < 0:
            return None
        us, ue = res.doc.units[k - step]
        hi = narration_end(res, pos) if step == 0 else min(ue, pos)
        named = [
            x
            for x in res.entities.before(us, hi)
            if x.entity.kind == PERSON and not res._quoted(x.start)
        ]
        people = {x.entity for x in named}
        spoke = {e for p, e in res._spoke if us <= p < hi and e.kind == PERSON}
        # (a sentence's speakers count when it names nobody: "“...,” he said"; a source
        # such as "according to BelTA" is no rival of the person it reports on)
        people = people or spoke
        if not people:
            continue
        first = min((x.start for x in named), default=us)  # (a speaker alone: no check)
        if len(people) > 1 or _PRONOUN.search(res.t, us, first):
            return None  # ("He made a cameo, in which his role was played by Steve Coogan":
            # the sentence is about the man a pronoun before the name means)
        e = next(iter(people))
        sure = e.gender is not None or bool(e.roles) or e in spoke
        if head is not None:
            offices = {r for r in e.roles if r.split()[-1] not in DESCRIPTIVE}
            return e.name if sure and not offices else None
        return e.name if sure and not _aged_otherwise(res, e) else None
    return None


def _aged_otherwise(res: Resolver, e: Entity) -> bool:
    """Was ``e``'s age written after one of their mentions ("Kalesnikava, 43,")?"""
    return any(
        x.entity is e and AGE_AFTER.match(res.t, x.end, x.end + 8) for x in res.entities.mentions
    )


def aged_named(ents: Entities, lows: list[str], pos: int) -> str | None:
    """ "the 43-year-old" -> the one person named before ``pos`` with that age after the
    name ("Maria Kalesnikava, 43, was released"), else None."""
    m = AGED_EPITHET.fullmatch(" ".join(lows))
    if m is None:
        return None
    found = set()
    for x in ents.mentions:
        if x.start < pos and x.entity.kind == PERSON:
            age = AGE_AFTER.match(ents.t, x.end, x.end + 8)
            if age and age.group(1) == m.group(1):
                found.add(x.entity)
    return next(iter(found)).name if len(found) == 1 else None
