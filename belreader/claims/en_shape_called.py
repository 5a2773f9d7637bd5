"""Verbs of naming with no quote: "Lukashenko called the sanctions an act of war", "They
called him a political opportunist", "Others call it the nerd prom". The judgement is
the speaker's claim about the one named. (The quoted form, "called Y a “champion”", is
en_shape_described's.)"""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import is_verb
from .en_lexicon import AUX, CONJ, PREPS
from .en_phrases import (
    words_with_pos,
)
from .en_shape_described import speaker_before_verb
from .model import Candidate
from .text import trim

# \b(?:called|calls|call|branded|brands|labelled|labeled|labels|dubbed|dubs)\s+(?=\w),
# written as one branch per first letter with the word boundary looked back at after that
# letter ("c(?<!\w.)" is "\bc"): a pattern whose branches open with letters lets the
# regex engine skip ahead in C (it runs over every article; about 40% faster)
CALLED_RE = re.compile(
    r"(?:c(?<!\w.)(?:alled|alls|all)|b(?<!\w.)(?:randed|rands)"
    r"|l(?<!\w.)(?:abelled|abeled|abels)|d(?<!\w.)(?:ubbed|ubs))\s+(?=\w)"
)
_OBJECT_PRONOUNS = frozenset("him her it them this that us me".split())
_OBJECT_DETS = frozenset("the his her their its these those our my".split())
# what opens the judgement after a noun object: "called the vote a farce"
_JUDGEMENT_DETS = frozenset("a an the his her their its our my".split())
# "called him on Monday", "called them to account", "called it off", "called it quits"
_NOT_JUDGEMENT = PREPS | CONJ | AUX | frozenset("to off up out back quits for on in".split())
# "called the police a day later": a time, no judgement
_TIME_WORDS = frozenset(
    "day days week weeks month months year years minute minutes hour hours time moment "
    "night morning evening afternoon second decade few".split()
)
_END = re.compile(r"[,;:!?—–()“”\"«»]|\s--?\s|\s(?:and|but|while|after|before|because|as)\s")


def _judgement_end(t: str, i: int, ue: int) -> int:
    """Where the judgement after the verb ends: at clause punctuation or a conjunction,
    but not at a comma inside a list of adjectives ("a kind, loving and admirable
    person")."""
    while (m := _END.search(t, i, ue)) is not None:
        nxt = t[m.end() : m.end() + 30].split()
        if (
            m.group() == ","
            and nxt
            and nxt[0].isalpha()
            and nxt[0].islower()
            and (nxt[0] not in _CLAUSE_OPENERS and " and " in t[m.end() : m.end() + 40])
        ):
            i = m.end()
            continue
        if m.group() == " and " and nxt and _list_word(nxt[0]):
            i = m.end()  # "a kind, loving and admirable person"
            continue
        return m.start()
    return ue


def _list_word(w: str) -> bool:
    """Can ``w`` after "and" go on a list of adjectives ("honest and stubborn") rather
    than open the speaker's next act ("and accused him")?"""
    lw = w.lower()
    return (
        w.isalpha()
        and w.islower()
        and not is_verb(w)
        and lw not in _JUDGEMENT_DETS
        and lw not in _OBJECT_PRONOUNS
        and lw not in _NOT_JUDGEMENT
    )


_ADJECTIVE = ("able", "ible", "ful", "ous", "ive", "al", "ic", "less", "ent", "ant")
_CLAUSE_OPENERS = frozenset(
    "especially which who that and but or while because although though as if".split()
)


def called_claims(doc: Document) -> list[Candidate]:
    t = doc.t
    out: list[Candidate] = []
    for m in CALLED_RE.finditer(t):
        vs, ve = m.start(), m.end()
        c = _judgement(doc, vs, ve)
        if c is not None:
            out.append(c)
    return out


def _judgement(doc: Document, vs: int, ve: int) -> Candidate | None:
    t = doc.t
    unit = doc.readable_unit(vs)
    if unit is None or doc.quote_at(vs) is not None:
        return None
    us, ue = unit
    if doc.quotes_in(ve, ue):
        return None  # (a quoted judgement is en_shape_described's)
    words = words_with_pos(t, ve, trim(t, ve, _judgement_end(t, ve, ue))[1])
    if len(words) < 2 or len(words) > 12:
        return None
    first = words[0][0]
    if first.lower() in _OBJECT_PRONOUNS and first.islower():
        j = 1  # "called him ..."
    elif first.lower() in _OBJECT_DETS or (first[:1].isupper() and first.isalpha()):
        # "called the sanctions an act of war", "called Tsikhanouskaya a puppet": the
        # object runs up to the article of the judgement
        name = first[:1].isupper() and first.lower() not in _OBJECT_DETS
        j = next(
            (i for i in range(2, min(len(words), 6)) if words[i][0] in _JUDGEMENT_DETS),
            -1,
        )
        if j < 0:
            return None
        inner = [w for w, _, _ in words[1:j]]
        if name and not all(w[:1].isupper() for w in inner):
            return None  # "called Putin to discuss the deal"
        if any(w.lower() in _NOT_JUDGEMENT for w in inner):
            return None
    else:
        return None
    judgement = [w for w, _, _ in words[j:]]
    if not judgement or judgement[0].lower() in _NOT_JUDGEMENT:
        return None
    if any(w.lower() in _TIME_WORDS for w in judgement[:3]):
        return None
    lead = judgement[0].lower()
    if j == 1 and not (
        lead in _JUDGEMENT_DETS
        or lead.endswith(_ADJECTIVE)
        or (len(judgement) == 1 and lead.endswith("s"))
    ):
        # "called her service provider": a possessive, a telephone call; "called him
        # Sasha": a name
        return None
    vw = t[vs:ve].strip()
    sp = speaker_before_verb(doc, us, vs, vw)
    if sp is None:
        return None
    s0, e0 = trim(t, words[0][1], words[-1][2])
    return Candidate(s0, e0, vw, vs, vs + len(vw), sp[0], sp[1], 4, kind="indirect", role="desc")
