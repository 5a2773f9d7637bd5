"""A quote after a colon that closes a subject and a short verb phrase: "Rubio fired
back forcefully: “...”", "She went on to say: “...”", "The foreign minister was blunt:
“...”" (how the speaker put it)."""

from __future__ import annotations

import re
from itertools import pairwise

from .document import Document
from .en_clauses import clause_subject
from .en_lexicon import ADVERBS, DETS, NONSPEECH, PRONOUNS, SUBORD
from .en_phrases import np_ok, words_with_pos
from .model import Candidate
from .text import fold_word

Word = tuple[str, int, int]

# between an auxiliary and its verb: "has since warned", "had also told"
_AUX_ADVERBS = ADVERBS | {"since"}
# "The teacher received a message: “...”": the quote is what the subject got, not said
_NOT_SAYING = {"is", "was", "are", "were", "received", "receives", "got", "gets", "obtained"}
# "X was blunt:": how the subject put it (a copula, maybe a degree word, an adjective)
_COPULA = {"was", "is", "were", "are"}
# how a manner of speaking is placed: "in his assessment", "in her reply"
_HOW_SAID = re.compile(
    r"in (?:his|her|their|its) (?:assessment|reply|response|answer|remarks|comments|verdict|view)"
).fullmatch
_DEGREE = {"more", "less", "even", "equally", "just", "as", "most", "quite", "very"}


def _manner_of_speaking(vp: list[Word]) -> Word | None:
    """The words "was blunt", "was more cautious", "were unequivocal" as one cue: a
    copula and a lone adjective (maybe after a word of degree). A participle ("was
    asked:", "was quoted:") or a noun phrase ("was the answer:") is no manner."""
    rest = vp[1:]
    while len(rest) > 1 and fold_word(rest[0][0]) in _DEGREE:
        rest = rest[1:]
    placed = len(rest) == 4 and _HOW_SAID(" ".join(fold_word(w) for w, _, _ in rest[1:]))
    if placed:
        rest = rest[:1]  # "was more restrained in his assessment:", "defiant in her reply:"
    if len(rest) != 1:
        return None
    adj = rest[0][0]
    if not adj.isalpha() or not adj.islower() or (adj.endswith(("ed", "ing")) and not placed):
        return None
    if fold_word(adj) in DETS or fold_word(adj) in PRONOUNS or fold_word(adj) in NONSPEECH:
        return None
    return (
        f"{vp[0][0]} {' '.join(w for w, _, _ in vp[1 : vp.index(rest[0]) + 1])}",
        vp[0][1],
        rest[0][2],
    )


def colon_after_verb_phrase(doc: Document, q, us: int, colon: int) -> Candidate | None:
    """ "Rubio fired back forcefully: “...”", "She went on to say: “...”": a subject, a
    verb phrase of up to five words with no comma and no second clause, a colon and a
    quote that ends the unit; the verb is the phrase's first word."""
    t = doc.t
    subj = clause_subject(doc, us, colon)
    if subj is None:
        return None
    np_s, np_e, verb_s = subj
    vp = words_with_pos(t, verb_s, colon)
    # "has since warned", "had repeatedly told": the verb after its auxiliary and adverb
    k = 0
    while k + 1 < len(vp) and (
        (k == 0 and fold_word(vp[0][0]) in ("has", "have", "had"))
        or (k > 0 and (fold_word(vp[k][0]) in _AUX_ADVERBS or vp[k][0].endswith("ly")))
    ):
        k += 1
    vp = vp[k:] if k and vp[k][0].endswith("ed") else vp
    if not 1 <= len(vp) <= 7 or any(ch in t[verb_s:colon] for ch in ',;“”"()—–'):
        return None
    verb = vp[0]
    manner = _manner_of_speaking(vp) if fold_word(verb[0]) in _COPULA else None
    if manner is not None:
        # "The foreign minister, X, was blunt: “...”": how the subject put it
        verb = manner
    elif len(vp) > 5 or not verb[0].islower() or fold_word(verb[0]) in NONSPEECH | _NOT_SAYING:
        return None
    for prev, (w, _, _) in pairwise(vp if manner is None else []):
        lw = fold_word(w)
        if (
            lw in SUBORD
            or lw in PRONOUNS
            or lw in ("as", "and", "but", "that", "who", "which", "while", "when")
            or (lw.endswith("ed") and fold_word(prev[0]) not in DETS)
        ):
            return None  # "said nothing as a protester shouted: “...”": another clause
    if not np_ok(t[np_s:np_e].split()):
        return None
    return Candidate.quoted(q, verb, np_s, np_e, "pre")
