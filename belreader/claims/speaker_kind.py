"""Whether a claim's speaker, as the resolver names it, is a person a later "he" or
"she" may mean, or a body ("Viasna", "the BAJ", "Reports") that "it" and "the group"
may mean."""

from __future__ import annotations

from collections.abc import Collection

from .en_countries import CAPITALS, COUNTRY_NAMES
from .en_lexicon import EVIDENCE_NOUNS, SPEAKER_NOUNS, TITLES
from .entities import ORG_WORDS
from .role_antecedent import named_as_body
from .text import fold_word


def person_speaker(speaker: str, people: Collection[str], t: str) -> bool:
    """Is ``speaker`` a person's name? ``people``: the alias table's canonical names;
    ``t``: the article."""
    if speaker in people:
        return True
    if speaker.casefold() in COUNTRY_NAMES or speaker.casefold() in CAPITALS:
        return False  # "India calls for ...", then "He also called for": not India
    toks = speaker.split()
    while toks and fold_word(toks[0]) in TITLES:
        toks = toks[1:]  # "Foreign Secretary David Lammy"
    if not toks or toks[0].lower() in ("the", "a", "an"):
        return False
    if any(fold_word(w) in SPEAKER_NOUNS or fold_word(w) in ORG_WORDS for w in toks):
        return False
    if fold_word(toks[-1]) in EVIDENCE_NOUNS:
        return False  # "Studies have shown ...", "Reports suggest ...": no "he" to take
    if any(w.isupper() and len(w) > 1 for w in toks):
        return False  # "the BAJ", "OSCE": an acronym names a body (as the entity scan says)
    if len(toks) == 1 and named_as_body(t, speaker, len(t)):
        return False  # "the rights group Viasna": "the group" and "it" may mean it
    return all(w[0].isupper() for w in toks) and len(toks) <= 4 and speaker.upper() != speaker
