"""Russian claim shape ``called_claims``: a verb of naming with a quoted judgement,
"Лукашенко назвал санкции «экономической войной»", "Латушко назвал выборы
«спецоперацией»". The judgement is the speaker's claim about what was named, as in
English "called the sanctions “an economic war”" (en_shape_described). Without a quote
("назвал причины", "назвали сына Иваном") a naming verb is no claim."""

from __future__ import annotations

import re

from .document import Document
from .model import Candidate
from .ru_shape_cue import sentence_subject
from .ru_speakers import _WORD, cyrillic_para, subject_before
from .ru_text import folded

_CALLED = re.compile(
    r"(?<![\w-])(?:назвал|назвала|назвали|называет|называют|назваў|назвала|назвав)\s"
)
_PLURAL = frozenset(("назвали", "называют"))
_OPEN = '«„“"'
_RELATIVE = ("котор", "кто", "что", "где")  # "в которых назвала X «...»": no subject here
# the judgement is in the instrumental: "«войной»", "«узурпатором»", "«местью»"
_INSTRUMENTAL = ("ом", "ем", "ой", "ей", "ью", "ами", "ями", "ым", "им", "ыми", "ими")
_MAX_OBJECT = 60  # characters between the verb and the judgement's opening quote
_TAIL = re.compile(r"(?:\s+[а-яеіў-]+){1,4}(?=[.;!?])")  # "«войной» против Беларуси."


def called_claims(doc: Document) -> list[Candidate]:
    ft = folded(doc)
    out: list[Candidate] = []
    if "назва" not in ft and "называ" not in ft:
        return out
    t = doc.t
    for m in _CALLED.finditer(ft):
        vs, ve = m.start(), m.end() - 1
        if not cyrillic_para(doc, vs) or doc.quote_at(vs) is not None:
            continue
        unit = doc.readable_unit(vs)
        if unit is None:
            continue
        us, ue = unit
        # the judgement: a closed quote opening within a short object after the verb
        hi = min(ue, ve + _MAX_OBJECT)
        qpos = next((i for i in range(ve, hi) if t[i] in _OPEN), -1)
        q = doc.quote_at(qpos) if qpos > 0 else None
        if q is None or not q.closed or q.start != qpos or q.end > ue:
            continue
        if any(c in t[ve:qpos] for c in ",;:—–") or len(_WORD.findall(ft, ve, qpos)) > 6:
            continue
        first = _WORD.search(ft, qpos + 1, q.end)
        if first is not None and first.group().endswith("о"):
            first = _WORD.search(ft, first.end(), q.end)  # "«фискально бессмысленной»"
        if first is None or not first.group().endswith(_INSTRUMENTAL):
            continue  # "назвал «Беларуськалий» крупнейшим ...": the quote is the object
        plural = m.group().strip() in _PLURAL
        if m.group().strip() == "назвав":
            # "Лукашенко ... упомянул Латушко, назвав его «предателем»": the gerund's
            # subject is the sentence's, never the object before the comma
            if t[max(us, vs - 3) : vs].rstrip()[-1:] != ",":
                continue
            a, b = sentence_subject(doc, us, vs)
        else:
            a, b, _ = subject_before(doc, us, vs, plural)
        if a < 0 or ft[a:b].split()[0].startswith(_RELATIVE):
            continue
        if any(w.startswith(_RELATIVE) for w in ft[a:b].split()):
            continue
        if plural and _one_named(t[a:b]):
            continue  # "Ковальчук назвали «экстремисткой»": the one named, not the speaker
        e = q.end
        tail = _TAIL.match(ft, e, ue)
        if tail is not None:
            e = tail.end()
        s = ve + 1
        out.append(Candidate(s, e, t[vs:ve], vs, ve, a, b, 1, role="pre", kind="mixed"))
    return out


def _one_named(phrase: str) -> bool:
    """A subject of capitalised words that are no acronym and no list ("Ковальчук",
    "Ирину Ковальчук"): one person or thing, which a plural verb cannot have said."""
    words = phrase.split()
    if not words or words[-1].endswith(("ы", "и")):
        return False  # "Власти", "Чиновники", "Депутаты": a plural noun opening the sentence
    return all(w[:1].isupper() and not w.isupper() for w in words) and "и" not in words
