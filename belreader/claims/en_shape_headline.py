"""Headlines that attribute: "Lukashenko Says Belarus Will Not Join the War",
"Tsikhanouskaya warns of new arrests" (a short paragraph without a sentence end, or
in title case, whose speaker is named explicitly before the verb). "Name: “...”"
headlines are in en_shape_dash."""

from __future__ import annotations

import re

from .document import Document
from .en_lexicon import CAP_STOP, EVIDENCE_NOUNS
from .en_phrases import (
    words_with_pos,
)
from .model import Candidate
from .text import fold_word

_HEADLINE_CUES = frozenset(
    {
        "says",
        "say",
        "tells",
        "warns",
        "claims",
        "insists",
        "admits",
        "denies",
        "vows",
        "urges",
        "accuses",
        "predicts",
        "promises",
        "argues",
        "suggests",
        "threatens",
        "declares",
        "announces",
    }
)
_CUE_RE = re.compile(r"\b(?:" + "|".join(sorted(_HEADLINE_CUES)) + r")\b", re.IGNORECASE)
MAX_HEADLINE_WORDS = 20
# capitalised headline words that are no part of a name
_NOT_A_NAME = EVIDENCE_NOUNS | {
    "new",
    "top",
    "former",
    "senior",
    "latest",
    "local",
    "official",
    "officials",
    "expert",
    "experts",
    "source",
    "sources",
    "report",
    "analyst",
    "analysts",
    "critics",
    "people",
    "voters",
}


def headlines(doc: Document) -> list[Candidate]:
    t = doc.t
    out: list[Candidate] = []
    for ps, pe in doc.paras:
        if pe - ps > 200 or not _CUE_RE.search(t, ps, pe):
            continue
        words = words_with_pos(t, ps, pe)
        if not 3 <= len(words) <= MAX_HEADLINE_WORDS:
            continue
        caps = sum(1 for w, _, _ in words if w[:1].isupper())
        headline = t[pe - 1] not in ".!?”\"'" or caps * 10 >= len(words) * 6
        if not headline:
            continue
        for k in range(1, min(6, len(words) - 1)):
            w = words[k][0]
            if w.lower() not in _HEADLINE_CUES:
                continue
            speaker = words[:k]
            # the speaker: an explicit name, every word capitalised ("Hillary Clinton")
            if not all(x[0][:1].isupper() and x[0] not in CAP_STOP for x in speaker):
                break
            if any(fold_word(x[0]) in _NOT_A_NAME for x in speaker):
                break  # "New Poll Says", "Top Official Says": no name
            if any(ch in t[speaker[0][1] : words[k][1]] for ch in ',:;()“”"—–'):
                break
            s, e = words[k + 1][1], pe
            while e > s and t[e - 1] in " .":
                e -= 1
            if len(t[s:e].split()) >= 2:
                out.append(
                    Candidate(
                        s,
                        e,
                        w,
                        words[k][1],
                        words[k][2],
                        speaker[0][1],
                        speaker[-1][2],
                        3,
                        role="pre",
                    )
                )
            break
    return out
