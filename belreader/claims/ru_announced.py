"""Russian claim shape ``announced_claims``: a quotation the paragraph before announces,
"Приводим ее выступление с сокращениями." / "Приводим слова министра полностью:" /
"Вот что он сказал:", followed by a paragraph that opens with a quote (often over
several paragraphs, each opening with «, only the last closing). The quote is a direct
claim of the one whose words were announced: a possessive ("ее") resolved as any
pronoun, or a name or role in the genitive ("слова министра", "обращение Тихановской").
Linear: one look at each paragraph's end."""

from __future__ import annotations

import re

from .document import Document
from .model import Candidate
from .ru_speakers import cyrillic_para
from .ru_text import folded

_SPEECH_NOUN = r"(?P<noun>слова|выступление|заявление|обращение|ответ|пост|письмо|речь)"
_TAIL = r"(?:\s+(?:с\s+(?:небольшими\s+)?сокращениями|полностью|дословно|целиком))?\s*[.:]\s*$"
_VERB = r"(?P<noun>сказал[аи]?|заявил[аи]?|написал[аи]?|ответил[аи]?)"
_WHO = r"(?P<who>[а-яеіў-]+(?:\s+(?!полностью|дословно|целиком|с\s)[а-яеіў-]+)?)"
_OWN = r"(?P<who>его|ее|их)"
# the announcements, on the folded text, each ending the paragraph: "Приводим ее
# выступление с сокращениями.", "Публикуем обращение Тихановской полностью:", "Вот что
# он сказал:", "Вот что написала Тихановская:"
_ANNOUNCE = tuple(
    re.compile(rx)
    for rx in (
        r"(?:приводим|публикуем|цитируем)\s+" + _OWN + r"\s+" + _SPEECH_NOUN + _TAIL,
        r"(?:приводим|публикуем|цитируем)\s+" + _SPEECH_NOUN + r"\s+" + _WHO + _TAIL,
        r"вот\s+что\s+" + _WHO + r"\s+" + _VERB + r"\s*[.:]\s*$",
        r"вот\s+что\s+" + _VERB + r"\s+" + _WHO + r"\s*[.:]\s*$",
    )
)
_FIND_FROM = 160  # characters before a paragraph's end that may hold the announcement


def announced_claims(doc: Document) -> list[Candidate]:
    t, ft = doc.t, folded(doc)
    out: list[Candidate] = []
    for k, (ps, pe) in enumerate(doc.paras[:-1]):
        nps = doc.paras[k + 1][0]
        if t[nps] != "«":
            continue
        q = doc.quote_starting(nps)
        if q is None or not q.closed or not cyrillic_para(doc, ps):
            continue
        lo = max(ps, pe - _FIND_FROM)
        lo = max(lo, *(t.rfind(c, lo, pe - 1) + 1 for c in ".!?\n"))
        start = lo + len(ft[lo:pe]) - len(ft[lo:pe].lstrip())
        m = next((m for rx in _ANNOUNCE if (m := rx.match(ft, start, pe))), None)
        if m is None:
            continue  # (the announcement must be the paragraph's last sentence)
        a, b = m.span("who")
        if not t[a].isupper() and ft[a:b] not in _POSSESSIVE and not _role(ft[a:b]):
            continue  # "Приводим слова из письма": whose words, not said
        cs, ce = m.span("noun")
        out.append(Candidate(q.start, q.end, t[cs:ce], cs, ce, a, b, 2, role="post", kind="direct"))
    return out


_POSSESSIVE = frozenset(("его", "ее", "их", "он", "она", "они"))
_ROLE_GENITIVES = ("министра", "президента", "главы", "председателя", "посла", "министр")


def _role(phrase: str) -> bool:
    """ "слова министра", "выступление главы государства": a role, not a thing."""
    return phrase.split()[0] in _ROLE_GENITIVES
