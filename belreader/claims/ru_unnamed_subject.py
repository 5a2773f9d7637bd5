"""Russian sentences that make an unnamed person the topic, so that a later "он"/"она"
of the paragraph is that person, not someone named earlier: "Юрист по санкционному
праву, с которым поговорил «Белсат», считает, что ... «...», — сказал он" (the lawyer,
whom the text never names: the pronoun stays unresolved); and "Дарья, по ее словам,
..." opening a paragraph, where the possessive is the subject's own words."""

from __future__ import annotations

import re

from .document import Document
from .ru_text import fold

# common nouns for a person the text describes instead of naming, nominative singular
_UNNAMED_NOUNS = frozenset(
    """юрист юристка эксперт экспертка аналитик экономист политолог социолог историк
    собеседник собеседница источник сотрудник сотрудница работник работница адвокат
    врач медик свидетель свидетельница очевидец очевидица житель жительница знакомый
    знакомая сосед соседка коллега активист активистка правозащитник правозащитница
    чиновник чиновница преподаватель преподавательница учитель учительница инженер
    водитель предприниматель бизнесмен фермер пенсионер пенсионерка студент студентка
    военный офицер дипломат журналист журналистка""".split()
)
# words before the noun that name no one: "Второй собеседник", "Бывший сотрудник"
_LEAD_ADJ = frozenset("второй третий другой бывший вторая третья другая бывшая".split())
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CAP = re.compile(r"\b[А-ЯЁІЎ][а-яёіў’'-]+")
_QUOTED = re.compile(r"«[^»]*»|„[^“]*“|“[^”]*”|\"[^\"]*\"")
_SUBJECT_SPAN = 120  # characters of a sentence's opening that must name no one


def unnamed_topic_start(doc: Document, pos: int) -> int | None:
    """The start of the last sentence of ``pos``'s paragraph, before ``pos``, that opens
    with a bare person noun ("Юрист по ...", "Один эксперт" is left out) and names no
    one in its first words; None when there is none."""
    ps, _pe = doc.para_of(pos)
    k = doc.unit_index(pos)
    t = doc.t
    while k >= 0:
        us, ue = doc.units[k]
        if us < ps:
            return None
        m = _WORD.match(t, us)
        if m and fold(m.group()) in _LEAD_ADJ:  # "Третий собеседник редакции, ..."
            m = _WORD.match(t, m.end() + 1) if t[m.end() : m.end() + 1] == " " else None
        elif m and not m.group()[:1].isupper():
            m = None
        if m and fold(m.group()) in _UNNAMED_NOUNS:
            head = t[m.end() : min(ue, pos, m.end() + _SUBJECT_SPAN)]
            # (up to the content: "..., считает, что Минск ..." names no one in the subject)
            head = _QUOTED.sub(" ", re.split(r"[:—–]|,\s+что\s", head, maxsplit=1)[0])
            if not _CAP.search(head):
                return us
        k -= 1
    return None


_SUBJECT_THEN_PO = re.compile(r"\s*([А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?),\s+по\s+")


def opening_subject(doc: Document, pos: int) -> tuple[str, int] | None:
    """ "Дарья, по ее словам, ..." as the paragraph's first words, with ``pos`` at the
    possessive: the subject and where it starts."""
    ps, _pe = doc.para_of(pos)
    m = _SUBJECT_THEN_PO.match(doc.t, ps)
    if m is None or m.end() > pos or doc.t[m.end() : pos].strip() not in ("", "ее", "её", "его"):
        return None
    return m.group(1), m.start(1)
