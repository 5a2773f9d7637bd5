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
from .en_verbs import SPEECH_PARTICIPLES
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
    r"in (?:his|her|their|its) (?:assessment|reply|response|answer|remarks|comments|verdict|view"
    r"|findings|ruling|judgment|judgement|statement|letter|speech|testimony)"
).fullmatch
_DEGREE = {"more", "less", "even", "equally", "just", "as", "most", "quite", "very", "far", "much"}
_PUT = {"put", "puts", "putting", "make", "makes", "made", "making"}
# "put it more sharply:", "put it plain:", "put it to me like this:"
_MANNER = _DEGREE | frozenset(
    "plain clear plainer clearer best well this way to me us like so thus".split()
)
# "is shown telling officials:", "can be heard saying:": footage of someone speaking
_SHOWN = {"shown", "seen", "heard", "filmed", "recorded", "pictured", "caught"}


def _idiom(vp: list[Word]) -> Word | None:
    """How a writer hands over to a quote without a speech verb: "put it more
    sharply:", "made this plain:", "had this to say about the talks:", "is shown
    telling officials:". The cue is the idiom's words up to the manner or the topic."""
    words = [fold_word(w) for w, _, _ in vp]
    # only a manner after "put it": "more sharply", "plain", "this way"; "put it on the
    # table" is putting a thing somewhere
    if (
        3 <= len(words) <= 6
        and words[0] in _PUT
        and words[1] in ("it", "this", "that")
        and all(w in _MANNER or w.endswith("ly") for w in words[2:])
    ):
        return (f"{vp[0][0]} {vp[1][0]}", vp[0][1], vp[1][2])
    if words[:4] in (["had", "this", "to", "say"], ["has", "this", "to", "say"]) and (
        len(words) == 4 or (words[4] in ("about", "on", "of") and len(words) <= 9)
    ):
        return (f"{vp[0][0]} this to say", vp[0][1], vp[3][2])
    if (
        3 <= len(words) <= 5
        and words[0] in _COPULA
        and words[1] in _SHOWN
        and words[2] in SPEECH_PARTICIPLES
    ):
        return vp[2]
    return None


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
    if not 1 <= len(vp) <= 9 or any(ch in t[verb_s:colon] for ch in ',;“”"()—–'):
        return None
    verb = vp[0]
    idiom = _idiom(vp)
    manner = _manner_of_speaking(vp) if fold_word(verb[0]) in _COPULA and not idiom else None
    if idiom is not None:
        verb = idiom
    elif manner is not None:
        # "The foreign minister, X, was blunt: “...”": how the subject put it
        verb = manner
    elif len(vp) > 5 or not verb[0].islower() or fold_word(verb[0]) in NONSPEECH | _NOT_SAYING:
        return None
    for prev, (w, _, _) in pairwise(vp if manner is None and idiom is None else []):
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
