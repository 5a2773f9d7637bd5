"""Russian claim shape ``interview_claims``: the answers of a question-and-answer
interview. Lines that open with a dash alternate: a question ("— Почему вы ...?") and
the answer after it ("— Потому что ..."). The answers are the interviewee's words,
and the interviewee is the one person the lines before the first question name with
a given name and a surname ("Екатерина Андреева провела ...", "Мы поговорили с Ириной
Халип"). Two people named there (an interviewer and a guest), an answer with its own
attribution ("— ..., — сказал он."), or fewer than two questions: no claims, since a
wrong speaker is worse than none."""

from __future__ import annotations

import re

from .document import Document
from .interview import guest_answers
from .model import Candidate
from .ru_lexicon import FEMALE_NAMES, MALE_NAMES, SPEECH_VERBS
from .ru_names import surname_like
from .ru_speakers import GIVEN_STEMS
from .ru_text import fold, stem
from .text import trim

_LINE = re.compile(r"[^\n]+")
# a dash opening a line; a question in bold ("**— ...?**", as transcripts mark it) too
_DASH_OPEN = re.compile(r"\s*(\*\*|__)?\s*[—–-]\s+")
# a given name and a surname, in any case ("Ириной Халип")
# (a lookahead, so "Журналист Сергей Дубовец" gives "Сергей Дубовец" too)
_PAIR = re.compile(r"(?<![\w-])(?=([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-]))")
# an attribution inside a line: ", — сказала она"
_OWN_CUE = re.compile(r"[,!?…]\s*[—–-]\s*([а-яё]+)")
_NOMINATIVE = MALE_NAMES | FEMALE_NAMES
_PAIR_NEXT = re.compile(r" [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]")  # another full name right after
_WORD_BEFORE = re.compile(r"[а-яё]+\s+$")  # the pair does not open the text
# the interviewer's noun in the dative just before their name ("в интервью корреспонденту
# “Ъ” Елене Черненко", "рассказал журналистке"); "Журналист X поговорил" stays a rival
_ASKER = re.compile(
    r"(?i)(?:корреспондент(?:у|ам)|журналист(?:у|ке|ам)|обозревател(?:ю|ям)|ведущ(?:ему|ей))"
    r"(?:\s+(?:“[^”]{1,30}”|«[^»]{1,30}»|\"[^\"]{1,30}\"|[A-ZА-ЯЁ][\w.-]*))?\s+$"
)


def interview_claims(doc: Document) -> list[Candidate]:
    t = doc.t
    if "?" not in t:
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(t) if m.group().strip()]
    first_q = -1
    answers: list[tuple[int, int, int]] = []  # (dash, start, end)
    questions = 0
    prev_q = False
    for ls, le in lines:
        m = _DASH_OPEN.match(t, ls, le)
        if m is None:
            if first_q >= 0:
                break  # the narration goes on: the interview is over
            continue
        s, e = trim(t, m.end(), le)
        while e > s and t[e - 1] in "*_":
            e -= 1  # the bold's closing marks
        if e <= s:
            continue
        if m.group(1) or t[e - 1] == "?" or t[min(e, le - 1)] == "?":
            questions += 1
            first_q = ls if first_q < 0 else first_q
            prev_q = True
            continue
        if first_q < 0:
            continue  # dash lines before any question: a quote, not an answer
        if any(fold(c.group(1)) in SPEECH_VERBS for c in _OWN_CUE.finditer(t, s, e)):
            return []  # a narrated dialogue ("— ..., — сказал он."), not an interview
        if not prev_q:
            # lines alternate: after an answer comes the next question, even one that
            # asks nothing ("— Но санкции продолжают вводить.")
            questions += 1
            prev_q = True
            continue
        answers.append((m.start() + len(m.group()) - len(m.group().lstrip()), s, e))
        prev_q = False
    out = guest_answers(t, questions, first_q, answers, _guest, "—")
    for c in out:
        c.holds_claims = True  # "— ... Светлана сказала мне: «...»": both are claims
    return out


def _guest(t: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the one person the intro names (in the nominative when it can), or
    None when it names nobody or more than one person."""
    found: dict[str, tuple[int, int]] = {}
    for m in _PAIR.finditer(t, lo, hi):
        if stem(m.group(1)) not in GIVEN_STEMS and not (
            surname_like(m.group(2)) and _WORD_BEFORE.search(t, max(lo, m.start() - 30), m.start())
        ):
            continue  # no known given name: a person still when a surname follows ("Лев")
        if _ASKER.search(t, max(lo, m.start() - 40), m.start()):
            continue  # "в интервью корреспонденту “Ъ” Елене Черненко": who asks
        if _PAIR_NEXT.match(t, m.end(2)):
            continue  # "Советник Светланы Тихановской Франак Вячорка": whose adviser he is
        key = stem(m.group(2))
        old = found.get(key)
        if old is None or (
            fold(m.group(1)) in _NOMINATIVE
            and fold(t[old[0] : old[1]].split()[0]) not in _NOMINATIVE
        ):
            found[key] = (m.start(1), m.end(2))  # the first, or the first in the nominative
    if len(found) != 1:
        return None
    return next(iter(found.values()))
