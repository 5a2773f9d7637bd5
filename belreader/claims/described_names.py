"""The name after the words that describe its bearer: "retired neurosurgeon Ben
Carson", "watchdog Ofcom", "the human rights group Viasna", "German investment bank
Deutsche Bank". A speaker is the name; the description is how the text called it."""

from __future__ import annotations

import re

from .en_entity_words import BODY_NOUNS, ROLE_WORDS
from .en_function_words import DETS, PRONOUNS
from .en_lexicon import CAP_STOP, PREPS
from .en_phrases import AGE_WORD
from .text import fold_word


def name_after_modifiers(toks: list[str]) -> str | None:
    """The name after lower-case words that describe its bearer: "retired neurosurgeon
    Ben Carson" -> "Ben Carson", "team-mate Chris Paterson", "watchdog Ofcom" ->
    "Ofcom"; None when the phrase is not such words and a name, when a word is part of
    the name ("de Blasio"), or when one capitalised word follows words that are no noun
    for a person or a body ("veteran Republicans", "fellow Democrats")."""
    k = 0
    if (
        len(toks) > 2
        and toks[0][:1].isupper()
        and toks[1].islower()
        and fold_word(toks[0]) not in DETS | PREPS | PRONOUNS
    ):
        k = 1  # a sentence's first word, or a proper adjective: "Dairy firm X", "US giant X"
    while k < len(toks) and toks[k].islower() and fold_word(toks[k]) not in DETS | PREPS:
        k += 1
    name = toks[k:]
    if not 0 < k < len(toks) or len(name) > 4 or set(toks[:k]) & _NOT_MODIFIERS:
        return None
    if not all(
        w == "&" or (w[:1].isupper() and w not in CAP_STOP and w[1:2].islower()) for w in name
    ):
        return None  # (with "&": "accountancy firm Ernst & Young")
    last = fold_word(toks[k - 1])
    if (
        len(name) == 1
        and last not in ROLE_WORDS | BODY_NOUNS | {"seed"}
        and not AGE_WORD.fullmatch(last)
    ):
        return None  # ("27-year-old Ross" is one person)
    return " ".join(name)


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
