"""A speech participle opening the sentence: "Claiming that A, Trump told ...", "Warning of
X, the minister said ...": the subject of the main clause speaks."""

from __future__ import annotations

from .document import Document
from .en_clauses import (
    clause_subject,
)
from .en_lexicon import CLAUSE_START_DETS, PRONOUNS, SPEECH_PARTICIPLES
from .en_phrases import (
    WORD_RE,
    verb_anchor,
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
        while c >= 0 and doc.quote_at(c) is not None and doc.quote_at(c)[1] < ue:
            c = t.find(",", doc.quote_at(c)[1], min(ue, s0 + 400))
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
