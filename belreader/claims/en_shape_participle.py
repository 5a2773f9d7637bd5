"""A speech participle opening the sentence: "Claiming that A, Trump told ...", "Warning of
X, the minister said ...": the subject of the main clause speaks. And the question a
speaker was asked: "Asked whether A, Trump said ...", "..., he said when asked about A."
"""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import verb_anchor
from .en_clauses import (
    clause_subject,
)
from .en_lexicon import CLAUSE_START_DETS, PRONOUNS, SPEECH_PARTICIPLES
from .en_not_claims import verbless_label
from .en_phrases import (
    WORD_RE,
    words_with_pos,
)
from .model import Candidate
from .text import skip_space, trim


def fronted_participles(doc: Document) -> list[Candidate]:
    """``Claiming that A, Trump told Fox ...`` / ``Warning of X, the minister
    said ...``: a speech participle opening the sentence; the subject of the main
    clause after the comma speaks."""
    t = doc.t
    out = []
    for us, ue in doc.units:
        m = WORD_RE.match(t, us)
        if m is None or m.end() >= ue:
            continue
        w = m.group()
        if w in ("And", "But"):
            m = WORD_RE.match(t, skip_space(t, m.end(), ue))
            if m is None or m.end() >= ue:
                continue
            w = m.group()
        lw = w.lower()
        if not w[:1].isupper() or lw not in SPEECH_PARTICIPLES or lw == "telling":
            continue
        s0 = skip_space(t, m.end(), ue)
        that = t[s0 : s0 + 5].lower() == "that "
        if that:
            s0 += 5
        c = t.find(",", s0, min(ue, s0 + 400))
        qc = doc.quote_at(c) if c >= 0 else None
        while c >= 0 and qc is not None and qc.end < ue:
            c = t.find(",", qc.end, min(ue, s0 + 400))
            qc = doc.quote_at(c) if c >= 0 else None
        if c < 0 or doc.quote_at(c) is not None:
            continue
        subj = clause_subject(doc, c + 1, ue)
        if subj is None or t[c + 1 : subj[0]].strip():
            continue  # the subject follows the comma right away
        s1, e1 = trim(t, s0, c)
        cw = words_with_pos(t, s1, e1)
        if len(cw) < 3:
            continue
        if (
            not that
            and not (cw[0][0].lower() in CLAUSE_START_DETS | PRONOUNS or (cw[0][0][0].isupper()))
        ) or not any(cw[k][0].islower() and verb_anchor(cw, k) for k in range(1, min(7, len(cw)))):
            continue  # "Saying goodbye to his colleagues, he left": no clause
        out.append(Candidate(s1, e1, w, m.start(), m.end(), subj[0], subj[1], 2, role="pre"))
    return out


_WH = ("whether", "if", "why", "how", "what", "which", "who", "when", "where")
# "Asked whether ...," opening a unit; "when asked about ..." closing one
_ASKED_OPEN = re.compile(
    r"(?:When\s+|If\s+)?[Aa]sked\s+(?:(about)\s+|(?=(?:{})\s))".format("|".join(_WH))
)
_ASKED_CLOSE = re.compile(
    r"\b(?:when|after|as|if)\s+(?:he\s+was\s+|she\s+was\s+|they\s+were\s+)?asked\s+"
    r"(?:(about)\s+|(?=(?:{})\s))".format("|".join(_WH))
)
_ANSWER_VERBS = frozenset(("said", "says", "replied", "responded", "answered", "told", "added"))


def asked_questions(doc: Document) -> list[Candidate]:
    """The question put to a speaker, with no speaker of its own (the asker is not
    named): "Asked whether A, Trump said ..." -> "whether A"; "..., Christie said when
    asked about A." -> "A"."""
    t = doc.t
    out: list[Candidate] = []
    if "sked" not in t:
        return out
    for us, ue in doc.units:
        m = _ASKED_OPEN.match(t, us, ue)
        if m is not None:
            s0 = m.end()
            # the comma before the answering clause: "…, Ryan said", "…, he replied"
            c = t.find(",", s0, min(ue, s0 + 400))
            while c >= 0:
                if doc.quote_at(c) is None:
                    subj = clause_subject(doc, c + 1, ue)
                    if subj is not None and not t[c + 1 : subj[0]].strip():
                        verb = WORD_RE.match(t, subj[2])
                        if verb is not None and verb.group().lower() in _ANSWER_VERBS:
                            break
                c = t.find(",", c + 1, min(ue, s0 + 400))
            if c > s0:
                s1, e1 = trim(t, s0, c)
                if len(t[s1:e1].split()) >= 2 and not (m.group(1) and verbless_label(t[s1:e1])):
                    out.append(
                        Candidate(
                            s1,
                            e1,
                            t[m.start() : m.end()].strip(),
                            m.start(),
                            m.end(),
                            -1,
                            -1,
                            2,
                            role="pre",
                        )
                    )
            continue
        m = _ASKED_CLOSE.search(t, us, ue)
        if m is not None and doc.quote_at(m.start()) is None:
            e0 = ue
            c = t.find(",", m.end(), ue)
            while c >= 0 and doc.quote_at(c) is not None:
                c = t.find(",", c + 1, ue)
            if c >= 0:
                e0 = c  # "…, he said when asked about A, adding …"
            s1, e1 = trim(t, m.end(), e0)
            while e1 > s1 and t[e1 - 1] in ".!?":
                e1 -= 1
            if (
                len(t[s1:e1].split()) >= 2
                and not doc.quotes_in(s1, e1)
                # "when asked about the poster": a topic, no question and no claim
                and not (m.group(1) and verbless_label(t[s1:e1]))
            ):
                out.append(Candidate(s1, e1, "asked", m.start(), m.end(), -1, -1, 2, role="pre"))
    return out
