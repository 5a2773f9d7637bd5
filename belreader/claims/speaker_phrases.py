"""The speaker phrase as written: its head noun (``person_role``), the form shown
(``display_speaker``), a cut parenthesis mended (``mend_surface``), full names written
in a span (``add_full_names``), and the patterns speaker resolution (``resolve``) reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .en_lexicon import (
    PREPS,
)
from .entities import (
    NAME_RUN,
    NOT_NAME_WORDS,
    PARTY_WORDS,
    ROLE_WORDS,
    split_titles,
    stop_free,
)
from .gender import GENDERED_ROLES
from .text import fold_word

if TYPE_CHECKING:  # pragma: no cover
    pass


ACC_SRC_STRIP = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:latest|new|recent|official|preliminary|initial|"
    r"published|confidential)\s+)*(?:estimates?|reports?|analys[ie]s|data|figures|"
    r"statements?|surveys?|polls?|stud(?:y|ies)|assessments?|documents?|findings|"
    r"calculations|information|sources?|claims?|remarks|testimony|accounts?)\s+"
    r"(?:by|from|of|published\s+by|released\s+by)\s+",
    re.IGNORECASE,
)


# a character that no NAME_RUN match holds, and the last one of a span
NAME_BREAK = re.compile(r"[^\w\s’'.-]")
LAST_NAME_BREAK = re.compile(r"(?s:.*)[^\w\s’'.-]")


def add_full_names(
    t: str, lo: int, hi: int, out: dict[str, set[str]], surname: str | None = None
) -> None:
    """Add the full names of the NAME_RUN matches in t[lo:hi] to ``out`` (last word ->
    names), titles dropped; with ``surname``, only of the runs that end with it."""
    for m in NAME_RUN.finditer(t, lo, hi):
        if surname is not None and not t.endswith(surname, m.start(), m.end()):
            continue
        if t[max(0, m.start() - 4) : m.start()].lower() == "the ":
            continue  # "the Washington Post Trump": an organisation first
        toks = m.group().split()
        # drop leading titles and nationality words
        toks = split_titles(toks)[1]
        while toks and (
            fold_word(toks[0]) in NOT_NAME_WORDS or toks[0].endswith(("’s", "'s", "'", "’"))
        ):
            # "Both Boeing and Airbus", "Although Diageo's": no first name; "Arsenal's
            # Sol Campbell": the club's, not his
            toks = toks[1:]
        if not PARTY_WORDS.isdisjoint(toks):
            continue  # "London's Labour": a party, not a person's full name
        if len(toks) < 2 or len(toks) > 4:
            continue
        if not stop_free(toks):
            continue
        out.setdefault(toks[-1], set()).add(" ".join(toks))


ROLE = "role"  # an unnamed person who spoke ("a Labour spokesman")
# nouns for one person ("the MP", "a spokesman"); plurals are not among them
PERSON_NOUNS = (
    ROLE_WORDS
    | GENDERED_ROLES.keys()
    | {
        "mp",
        "mep",
        "backbencher",
        "peer",
        "archbishop",
        "bishop",
        "source",
        "insider",
        "man",
        "woman",
        "co-chairman",
    }
)
# the first words of a sentence: a pronoun subject, or "the" + a person noun
SENTENCE_LEAD = re.compile(
    r"[\W]*(?:(?:But|And|Yet|So|However|Meanwhile|Then|Later|Earlier|Now|Still)\b,?\s+)?"
    r"(?:(?P<pron>[Hh]e|[Ss]he)\b|[Tt]he\s+(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+)\b(?=\s+(?:of\s|for\s|has\s|had\s|was\s|is\s|will\s|[a-z]+ed\b|[a-z]+s\b)))"
)
# a pronoun that follows its content: "..., he said", "..." he said
POSTPOSED = re.compile(r"[,”\"’'][ \t]*$")


def person_role(speaker: str) -> str | None:
    """The head noun of an unnamed one-person speaker ("a Labour spokesman",
    "the MP for Birkenhead"), else None."""
    words = speaker.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "the"):
        return None
    head = ""
    for w in words[1:]:
        f = fold_word(w)
        if f in PREPS:
            break
        head = f
    return head if head in PERSON_NOUNS else None


def display_speaker(surface: str) -> str:
    surface = " ".join(surface.split())
    first, _, rest = surface.partition(" ")
    if rest and first in ("The", "A", "An"):
        return first.lower() + " " + rest
    return surface


MENTION_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def mend_surface(surface: str) -> str:
    """Speaker words cut inside a parenthesis: "the Institute for the Study of War (ISW"
    -> "... (ISW)"; a stray closing one goes."""
    if surface.count("(") > surface.count(")"):
        i = surface.rfind("(")
        tail = surface[i + 1 :]
        if tail and len(tail) <= 10 and tail.replace(".", "").isalnum():
            return surface + ")"
        return surface[:i].rstrip(" ,")
    if surface.count(")") > surface.count("(") and surface.endswith(")"):
        return surface[:-1].rstrip()
    return surface
