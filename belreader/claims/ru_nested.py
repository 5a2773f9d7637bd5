"""Russian quotes inside quotes: «Следователь мне сказал: „Подпишешь — поедешь домой“. Я
подписала», — вспоминает она. The inner words, brought in by a verb of saying and a colon
inside someone's quoted words, are a claim of their own: the subject before the verb
speaks ("Следователь"), and for "я" / "мы" the speaker of the outer quote ("«Я Путину
сказал: „...“», — рассказал Лукашенко"). A pronoun of the third person inside a quote
("Он мне сказал: „...“") gives no claim: whom it means is the quoted speaker's story.
Runs on the candidates before selection, after ``ru_relay``; an outer quote that holds
such a claim is marked ``holds_claims`` so that selection keeps both."""

from __future__ import annotations

import re

from .document import Document
from .model import Candidate
from .ru_lexicon import PRONOUNS, SPEECH_VERBS, SUBJECT_DROP
from .ru_relay import relayed
from .ru_text import folded

# a colon, then an inner quote in „лапки“, inside an outer quote (on the folded text)
_INNER = re.compile(r":\s*„[^„“”«»\n]{2,400}?[“”]")
_WORD = re.compile(r"[а-яеіў][а-яеіў-]*")
# words after the subject inside a quote: "Следователь мне сказал", "Я тогда сказал"
_NOT_SUBJECT = SUBJECT_DROP | {"мне", "нам", "ему", "ей", "им", "прямо", "сразу"}
_FIRST_PERSON = frozenset(("я", "мы"))


def relayed_and_nested(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """``ru_relay.relayed``, then the claims of quotes inside quoted claims."""
    cands = relayed(doc, cands)
    t = doc.t
    if "„" not in t:
        return cands
    ft = folded(doc)
    added: list[Candidate] = []
    for o in cands:
        if t[o.start] != "«" or o.end - o.start < 12 or "„" not in t[o.start : o.end]:
            continue
        for m in _INNER.finditer(ft, o.start + 1, o.end):
            c = _inner_claim(t, ft, o, m.start(), m.end())
            if c is not None:
                added.append(c)
                o.holds_claims = True
    return cands + added


def _inner_claim(t: str, ft: str, o: Candidate, colon: int, end: int) -> Candidate | None:
    """The claim of the inner quote after the colon at ``colon`` (ending at ``end``)
    inside the outer candidate ``o``, or None."""
    lo = max(o.start + 1, *(t.rfind(c, o.start, colon) + 1 for c in ".!?…"))
    words = [(w.group(), w.start(), w.end()) for w in _WORD.finditer(ft, lo, colon)]
    k = max((i for i, w in enumerate(words) if w[0] in SPEECH_VERBS), default=-1)
    if k < 1 or len(words) - k > 2:
        return None  # no verb of saying before the colon ("сказал прямо:" at most)
    vs, ve = words[k][1], words[k][2]
    subject: list[tuple[str, int, int]] = []
    for w in words[:k]:
        if w[0] in _NOT_SUBJECT:
            if subject:
                break
            continue  # "Мне врач сказал": the subject after the object
        subject.append(w)
    if not subject or len(subject) > 4 or subject[0][0] in PRONOUNS:
        return None
    if subject[0][0] in _FIRST_PERSON:
        if o.sp_start < 0:
            return None
        a, b = o.sp_start, o.sp_end  # "Я Путину сказал": the outer quote's speaker
    else:
        a, b = subject[0][1], subject[-1][2]
    qs = t.index("„", colon)
    return Candidate(qs, end, t[vs:ve], vs, ve, a, b, 3, role="colon", kind="direct")
