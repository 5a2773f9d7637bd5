"""Whom "he"/"she" means when the sentence before is about a person described, not
named: "The prime minister ratcheted up the campaign ... He insisted", "The confident
23-year-old is undaunted ... “...,” he said". The pronoun is that description's, so it
gets what the description resolves to, a name or nothing; never a person named further
back, whom the nearest search would find."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .en_clauses import clause_subject
from .en_lexicon import EPITHET_PERSON
from .gender import GENDERED_ROLES
from .role_antecedent import OFFICES
from .text import fold_word

if TYPE_CHECKING:
    from .resolve import Resolver


def described_subject(res: Resolver, gender: str, pos: int) -> str | None:
    """The name the described subject of the sentence before ``pos`` resolves to, when
    the pronoun opens its clause (or follows a quote) and the description fits a person
    of ``gender``; None otherwise."""
    doc = res.doc
    k = doc.unit_index(pos)
    if k < 1:
        return None
    lead = res.t[doc.units[k][0] : pos].strip()
    if lead and lead[-1] not in "”\"’'":
        return None  # the pronoun is not first, nor after a quote: its own clause decides
    us, ue = doc.units[k - 1]
    if doc.quote_at(us) is not None:
        return None  # a quoted sentence's subject is the speaker's words, not narration
    found = clause_subject(doc, us, ue)
    if found is None:
        return None
    s, e = found[0], found[1]
    words = res.t[s:e].split()
    if not 2 <= len(words) <= 4 or fold_word(words[0]) != "the":
        return None
    head = fold_word(words[-1])
    role_gender = GENDERED_ROLES.get(head)
    if not (head in OFFICES or head in EPITHET_PERSON or head.endswith("-year-old")):
        return None
    if role_gender not in (None, gender):
        return None
    name = res.resolve(" ".join(words), s)
    if not name or not name[:1].isupper():
        return None
    person = res.entities.named(name)
    if person is None or person.gender not in (None, gender):
        return None
    # only a description the article itself tied to the person (a title it gave them,
    # an age): "the prime minister" after a sentence naming someone else is a reader's
    # guess already, and "he" after it would be a guess on a guess
    return name if head in person.roles or head.endswith("-year-old") else None
