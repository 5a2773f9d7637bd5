"""The "according to" family: "According to X, ...", "..., according to X.", and its
translator's twin "In his words, ..." / "In the words of X, ..." ("по его словам")."""

from __future__ import annotations

import re

from .document import Document
from .en_clauses import (
    dash_which,
    quote_after,
)
from .en_content_start import after_colon, closing_with_phrase, fronted_lead_end
from .en_lexicon import AUX, CONJ, HEDGE_RE, PASSIVE, TIME_OR_CAUSE_OPENERS
from .en_phrases import (
    clean_np,
)
from .model import Candidate, Span
from .text import skip_space, trim

_RELATIVE = re.compile(r" (?:who|which|that|whose) ")


def _after_source_appositive(t: str, p: int, ue: int) -> int:
    """Past the source's appositive after "According to X," when one follows: a
    participle phrase or an indefinite role with no verb, closed by a comma ("According
    to Ivan Sadko, writing for Nasha Niva, the probe ...", "..., a lawyer in Minsk,
    ..."); else ``p``. What follows that comma is the content."""
    c = t.find(",", p, min(ue, p + 120))
    if c < 0:
        return p
    words = t[p:c].split()
    if not words or len(words) > 10 or any(ch in t[p:c] for ch in "“”\"'‘’()"):
        return p
    first = words[0]
    if not (first.islower() and (first.endswith("ing") or first in ("a", "an"))):
        return p
    if any(w.lower() in AUX or w.lower() in PASSIVE for w in words):
        return p  # "a recession is likely, ...": a clause, the content itself
    return c + 1 if len(t[c + 1 : ue].split()) >= 3 else p


# the words that open a note on the source after its comma ("according to the aides, who
# spoke on condition of anonymity", "according to Ivan Sadko, a lawyer in Minsk")
_NOTE_WORDS = frozenset({"who", "whose", "which", "a", "an"})


def _source_note(after: str) -> bool:
    """Do the words after the source's comma, ``after``, open a note on the source (a
    relative clause or an indefinite role) that runs to the sentence end, not the rest
    of the content ("Rubio's time is running out, according to his own supporters, who
    are offering candid assessments": the claim is the clause before the source)?"""
    words = after.split()
    return bool(words) and words[0].lower() in _NOTE_WORDS and "," not in after.rstrip(" .,")


# subordinators whose clause an "according to X" right after them is about
# a clause of time, cause or concession that "according to" may follow at its start
_CLAUSE_OPENERS = TIME_OR_CAUSE_OPENERS | {"although", "though", "whereas"}


# a verb of saying inside the source phrase: a clause of its own, no source
_CLAUSE_VERBS = frozenset(("said", "says", "told", "tells", "added", "wrote"))


def according(doc: Document, cs, ce, us, ue):
    t = doc.t
    # the source: up to the next comma / end of unit
    p = skip_space(t, ce, ue)
    stop = ue
    for i in range(p, min(ue, p + 200)):
        if t[i] in ",;:(—–―" or (t[i] == "." and i + 1 >= ue):
            stop = i
            break
    else:
        if ue > p + 200:
            return None
    src_s, src_e = clean_np(t, p, stop)
    if src_e <= src_s:
        return None
    src_words = t[src_s:src_e].split()
    if any(w.rstrip(".,") in _CLAUSE_VERBS for w in src_words):
        return None  # "According to Mr X the minister said: “...”": no comma, a clause
    if len(src_words) > 14:
        # "according to three intelligence sources who spoke to Fox News but were not
        # authorized to ...": the source is the noun phrase before its relative clause
        rel = _RELATIVE.search(t, src_s, src_e)
        if rel is None or len(t[src_s : rel.start()].split()) > 14:
            return None
        src_e = rel.start()
    lead = t[us:cs].strip()
    lead_words = lead.split()
    hedge_extra: tuple[str, ...] = ()
    hm = HEDGE_RE.match(t, cs, min(ue, src_e + 1))
    if hm and hm.start() == cs:
        hedge_extra = (t[hm.start() : hm.end()],)
    # "According to X, CONTENT."
    if not lead or (len(lead_words) <= 2 and all(w.lower().strip(",") in CONJ for w in lead_words)):
        if stop >= ue or not (
            t[stop] == "," or (t[stop] == ":" and quote_after(doc, stop, ue) is not None)
        ):
            return None  # ("According to Viasna: “...”": a colon before a whole quote)
        content_s = stop + 1
        if t[stop] == ",":
            content_s = _after_source_appositive(t, skip_space(t, stop + 1, ue), ue)
        s, e = trim(t, content_s, ue)
        if len(t[s:e].split()) < 3:
            return None
        return Candidate(
            s, e, t[cs:ce], cs, ce, src_s, src_e, 2, hedge_extra=hedge_extra, role="acc"
        )
    # "CONTENT, according to X."
    b = cs - 1
    while b > us and t[b].isspace():
        b -= 1
    quoted = None
    if t[b] not in ",—–―(":
        # "“...,” according to CNN." / "\"...\" according to a statement from X."
        quoted = doc.quote_at(b)
        if quoted is None or not quoted.closed or quoted.end != b + 1 or quoted.start < us:
            return None
        b += 1
    tail = t[stop:ue].strip()
    left = t[us:b].split()
    if quoted is None and tail[:1] == "," and left and left[-1].lower() in _CLAUSE_OPENERS:
        # "He left Belarus after, according to him, the KGB threatened his family": the
        # source speaks for the clause after it; the writer's main clause is not theirs
        s, e = trim(t, skip_space(t, stop + 1, ue), ue)
        if len(t[s:e].split()) < 3:
            return None
        return Candidate(
            s, e, t[cs:ce], cs, ce, src_s, src_e, 2, hedge_extra=hedge_extra, role="acc"
        )
    if (
        quoted is None
        and tail
        and tail[0] == ","
        and not _source_note(tail[1:])
        and (
            len(left) < 9
            or left[-1].lower() in ("which", "that", "who", "it", "this")
            or tail[1:].split()[:1] in (["and"], ["but"])
        )
    ):
        # "which, according to him, eroded ..." / "X, according to Y, is ..."
        s0 = us
        wk = t.rfind(" which", us, b + 1)
        if wk >= 0 and wk + 6 >= b:
            s0 = wk + 1
        s, e = trim(t, s0, ue)
        return Candidate(
            s,
            e,
            t[cs:ce],
            cs,
            ce,
            src_s,
            src_e,
            2,
            gap=Span(b, stop + 1),
            hedge_extra=hedge_extra,
            role="acc",
        )
    end = b
    q = doc.quote_at(end - 1) if end > us else None
    start = us
    if q is not None and q.start < start:
        start = q.start
    s, e = trim(t, start, end)
    s = fronted_lead_end(doc, after_colon(doc, dash_which(doc, s, e), e), e)
    s = closing_with_phrase(doc, s, e)
    if len(t[s:e].split()) < 3:
        return None
    return Candidate(s, e, t[cs:ce], cs, ce, src_s, src_e, 2, hedge_extra=hedge_extra, role="acc")


# "In his words, ...", "In the words of Ales Bialiatski, ...": a translator's "по его
# словам", the source before the comma, the content after it to the sentence end
_IN_WORDS = re.compile(
    r"(?:(?:And|But)\s+)?[Ii]n\s+(?:(his|her|their|its)\s+(?:own\s+)?words"
    r"|the\s+words\s+of\s+([^,;:“”\"]{2,60}?)),\s+"
)


def in_their_words(doc: Document) -> list[Candidate]:
    """A sentence that opens with "In his words," or "In the words of X,": the rest of
    the sentence is the source's claim."""
    t = doc.t
    out = []
    for us, ue in doc.units:
        m = _IN_WORDS.match(t, us, ue)
        if m is None:
            continue
        g = 1 if m.group(1) else 2
        s, e = trim(t, m.end(), ue)
        if len(t[s:e].split()) < 3:
            continue
        # the cue is the words around the source: "In his words", "In the words of"
        cs, ce = m.start(), (m.end() - 1 if g == 1 else m.start(2) - 1)
        cue = " ".join(t[cs:ce].split()).rstrip(",")
        out.append(Candidate(s, e, cue, cs, ce, m.start(g), m.end(g), 2, role="acc"))
    return out
