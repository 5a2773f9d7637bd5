"""The name after the words that describe its bearer: "retired neurosurgeon Ben
Carson", "watchdog Ofcom", "the human rights group Viasna", "German investment bank
Deutsche Bank". A speaker is the name; the description is how the text called it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .en_entity_words import BODY_NOUNS, DOCUMENTS, ROLE_WORDS
from .en_function_words import DETS, MONTHS, PRONOUNS
from .en_lexicon import CAP_STOP, EVIDENCE_NOUNS, PREPS
from .en_phrases import AGE_WORD
from .en_speakers import SPEAKER_NOUNS
from .entities import ORG, stop_free
from .gender import given_name_gender
from .text import fold_token, fold_word

if TYPE_CHECKING:
    from .entities import Entities


def name_after_modifiers(toks: list[str]) -> str | None:
    """The name after lower-case words that describe its bearer: "retired neurosurgeon
    Ben Carson" -> "Ben Carson", "team-mate Chris Paterson", "watchdog Ofcom" ->
    "Ofcom"; None when the phrase is not such words and a name, when a word is part of
    the name ("de Blasio"), or when one capitalised word follows words that are no noun
    for a person or a body ("veteran Republicans", "fellow Democrats")."""
    if len(toks) < 2 or not any(w.islower() for w in toks):
        return None  # no describing word in lower case (most speakers: a bare name)
    k = 0
    while (
        k < min(3, len(toks) - 2)
        and toks[k][:1].isupper()
        and fold_word(toks[k]) not in DETS | PREPS | PRONOUNS
    ):
        k += 1  # the sentence's first word, a proper adjective, a club: "Dairy firm X",
    lead = k  # "US giant X", "Manchester United manager X"
    if lead and not toks[k].islower():
        return None
    while k < len(toks) and toks[k].islower() and fold_word(toks[k]) not in DETS | PREPS:
        k += 1
    name = toks[k:]
    if not 0 < k < len(toks) or len(name) > 4 or set(toks[:k]) & _NOT_MODIFIERS:
        return None
    last = fold_word(toks[k - 1])
    if lead > 1 and last not in ROLE_WORDS | BODY_NOUNS | SPEAKER_NOUNS | {"boss"}:
        return None  # ("World number one Roger Federer": a ranking, not a role)
    if not all(
        w == "&"
        or (w[:1].isupper() and w not in CAP_STOP and w[1:2].islower())
        or (last in BODY_NOUNS and _ACRONYM_NAME.fullmatch(w))
        for w in name
    ):
        return None  # (with "&": "accountancy firm Ernst & Young"; "advertising giant WPP")
    if (
        len(name) == 1
        and last not in ROLE_WORDS | BODY_NOUNS | {"seed"}
        and not AGE_WORD.fullmatch(last)
    ):
        return None  # ("27-year-old Ross" is one person)
    return " ".join(name)


_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&]+|[A-Z][a-z]*-[A-Z][a-z]+")  # "WPP", "F-Secure"


# lower-case words inside names ("de Blasio", "dos Santos", "van Rompuy") and words that
# join the name to others ("newspapers including El Watan")
_NOT_MODIFIERS = frozenset(
    "de del della da das dos du di van von der den ter ten le la bin al el"
    " including like such as and or plus notably especially".split()
)


def body_after_description(toks: list[str]) -> str | None:
    """The name that ends a body's description after "the" ("human rights group
    Viasna" -> "Viasna", "state news agency Belta" -> "Belta"): lower-case words ending
    in a body noun, then one to three capitalised words; else None."""
    k = 0
    while k < len(toks) and toks[k].islower():
        k += 1
    name = toks[k:]
    if not 1 <= k <= 4 or toks[k - 1] not in BODY_NOUNS or not 1 <= len(name) <= 3:
        return None
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
        return None
    return " ".join(name)


def name_after_description(t: str, s: int, e: int) -> int | None:
    """Where the name starts in a subject that describes it first ("German investment
    bank Deutsche Bank", "accountancy firm Ernst & Young"), else None."""
    words = list(re.finditer(r"\S+", t[s:e]))
    k = len(words)
    while k > 0 and (words[k - 1].group()[:1].isupper() or words[k - 1].group() == "&"):
        k -= 1
    if not 0 < k < len(words) or len(words) - k > 4 or words[k - 1].group() not in BODY_NOUNS:
        return None
    return s + words[k].start()


def body_behind_document(entities: Entities, toks: list[str]) -> str | None:
    """The body a document phrase comes from ("A statement from the Coordination
    Council", "a report by the interior ministry", "New research from the Royal
    Academy of Dance (RAD)", "Figures from the CML"), named as the article names it,
    so that "the statement" or "the organisation" later and this phrase give one
    speaker; else None."""
    k = 1 if toks and fold_token(toks[0]) in ("a", "an", "the") else 0
    if k < len(toks) and fold_token(toks[k]) in _FRESH:
        k += 1  # "New research from the Royal Academy of Dance"
    if len(toks) < k + 3 or not (k or toks[0][:1].isupper()):
        return None
    noun = fold_token(toks[k])
    by = next((j for j in range(k + 2, min(len(toks), k + 6)) if fold_token(toks[j]) == "by"), -1)
    if by > 0 and fold_token(toks[k + 1]).endswith("ed") and toks[k + 1].islower():
        toks = [*toks[: k + 1], *toks[by:]]  # "a report published on Tuesday by X"
    prep = fold_token(toks[k + 1])
    if len(toks) < k + 3:
        return None
    if not (
        (noun in DOCUMENTS and prep in ("from", "by", "of"))
        or (noun in EVIDENCE_NOUNS and prep in ("from", "by"))
    ):
        return None
    name = toks[k + 2 :]
    if fold_token(name[-1]) in MONTHS:
        return None  # ("Figures from the Commerce Department for November")
    e = entities.named(" ".join(name))
    if e is None and len(name) > 1 and fold_token(name[0]) == "the":
        e = entities.named(" ".join(name[1:]))
    words = name[1:-1] if fold_token(name[0]) == "the" else name[:-1]
    if (
        e is None
        and _ACRONYM.fullmatch(name[-1])
        and words
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in words)
        and stop_free(words)
    ):
        return " ".join(name)  # "the Royal Academy of Dance (RAD)": a body's name
    return e.name if e is not None and e.kind == ORG else None


# words for a document just out: "New research from X", "a fresh report by X"
_FRESH = frozenset(("new", "latest", "recent", "fresh", "separate", "further"))
_ACRONYM = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")


def person_before_tail(toks: list[str]) -> str | None:
    """A person's name followed by words that place or describe them: "Grant Wilson of
    Mellon Bank", "Dr Mike Watts head of exploration", "the BBC's David Willey in Rome"
    -> the name, without "Dr" or "Prof"; None unless a known given name opens it."""
    k = next((i + 1 for i, w in enumerate(toks[:4]) if w.endswith(("'s", "’s"))), 0)
    hon = fold_word(toks[k]) in _TITLES_KEPT if k < len(toks) else False
    g = k + hon
    if g >= len(toks) or given_name_gender(toks[g]) is None:
        return None
    e = g + 1
    while e < len(toks) and e - g <= 2 and toks[e][:1].isupper() and toks[e] not in CAP_STOP:
        e += 1
        if toks[e - 1].endswith(","):
            break  # "Emmanuel Ferry, from Exane": the comma ends the name
    if e == g + 1 or e >= len(toks) or not (toks[e].islower() or toks[e - 1].endswith(",")):
        return None  # a lone given name, or no tail: the phrase is the name already
    if toks[e - 1].endswith(("'", "’", "'s", "’s")) or toks[e] in ("and", "or", "&"):
        return None  # "Bernie Sanders’ campaign": the name owns the speaker; "X and Y"
    # the name as the article's person ("Dr Doug Williams of BT" is Doug Williams)
    return " ".join(toks[g:e]).rstrip(",")


_TITLES_KEPT = frozenset(("dr", "sir", "prof", "professor", "dame"))
