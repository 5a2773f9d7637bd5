"""English claim shape ``interview_answers``: the answers of a question-and-answer
interview. Paragraphs open with "Q:" (the interviewer's question) and "A:" (the
answer); the answers are the interviewee's own words, and the interviewee is the one
person the text before the first question names with a given name and a surname
("Maria Kalesnikava spent five years in prison ... We spoke to her in Berlin"), or of
several named there the one it says was spoken to ("X spoke to Maria Kalesnikava").
Two people named otherwise, an answer with its own attribution
("A: ..., she said"), or fewer than two questions: no claims, since a wrong speaker is
worse than none. The Russian dash interview is ``ru_dialogue``."""

from __future__ import annotations

import re

from .document import Document
from .en_lexicon import ALL_CUES, CAP_STOP
from .gender import given_name_gender
from .interview import guest_answers
from .model import Candidate
from .text import fold_word, trim

_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
# a given name and a surname: "Maria Kalesnikava", "Franak Viacorka"
_NAME_PAIR = re.compile(r"\b([A-Z][a-z’'-]+)\s+([A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?)\b")


def interview_answers(doc: Document) -> list[Candidate]:
    t = doc.t
    if "Q" not in t:
        return _labelled_questions(doc)
    first_q = -1
    questions = 0
    answers: list[tuple[int, int, int]] = []  # the marker's start; the answer's start, end
    for ps, pe in doc.paras:
        if _QUESTION.match(t, ps, pe):
            questions += 1
            first_q = ps if first_q < 0 else first_q
            continue
        m = _ANSWER.match(t, ps, pe)
        if m is None or first_q < 0:
            continue
        s, e = trim(t, m.end(), pe)
        if e <= s:
            continue
        if any(fold_word(w.strip(",.")) in ALL_CUES for w in t[s:e].split()[-4:]):
            return []  # "A: ..., she said": a narrated exchange, not a transcript
        answers.append((ps, s, e))
    if not questions:
        return _labelled_questions(doc)
    return guest_answers(t, questions, first_q, answers, _guest, "A:")


# "..., she said.": a paragraph that is the writer's account, no answer
_NARRATED = re.compile(
    r",[”\"’']?\s+(?:he|she|they|[A-Z]\w+)\s+(?:said|says|added|adds|recalls)\.?$"
)
# an interviewer's label: "Kyiv Post:", "DW:", "Meduza:" (one to three words)
_ASKER = re.compile(r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2}):[ \t]+")


def _labelled_questions(doc: Document) -> list[Candidate]:
    """The answers of an interview whose questions carry the outlet's label and whose
    answers none ("Kyiv Post: Why Ukraine?" then "I was already in Warsaw ..."): one
    label opens at least three paragraphs, each a question, and the paragraphs after
    each question up to the next are the guest's answer."""
    t = doc.t
    labels: dict[str, list[int]] = {}
    for i, (ps, pe) in enumerate(doc.paras):
        m = _ASKER.match(t, ps, pe)
        if m is not None:
            labels.setdefault(m.group(1), []).append(i)
    asked = [
        ix
        for ix in labels.values()
        if len(ix) >= 3 and sum(t[doc.paras[i][1] - 1] == "?" for i in ix) * 2 > len(ix)
    ]
    if len(asked) != 1 or len(labels) > 1:
        return []  # (labels of two people: a transcript, ``labelled``'s)
    qs = set(asked[0])
    answers = []
    for i in range(min(qs) + 1, len(doc.paras)):
        ps, pe = doc.paras[i]
        if i in qs or i - max(q for q in qs if q < i) > 3:
            continue  # (three paragraphs after a question at most: then the article)
        s, e = trim(t, ps, pe)
        if e > s and not _NARRATED.search(t, s, e):
            answers.append((s, s, e))
    first_q = doc.paras[min(qs)][0]
    return guest_answers(t, len(qs), first_q, answers, _guest, "Q&A")


def _guest(t: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the guest the text between ``lo`` and ``hi`` introduces: the one
    person it says was spoken to ("We talked with Melnikava"), else the one person it
    names with a given name and a surname; None when it names nobody or more than one
    person."""
    found: dict[str, tuple[int, int]] = {}
    every: dict[str, tuple[int, int]] = {}  # (given names on no list too: "Anzhalika")
    for m in _NAME_PAIR.finditer(t, lo, hi):
        given, surname = m.group(1), m.group(2)
        if given in CAP_STOP or surname in CAP_STOP:
            continue
        every.setdefault(surname, (m.start(1), m.end(2)))
        if given_name_gender(given) is not None:
            found.setdefault(surname, (m.start(1), m.end(2)))
    told = set(_SPOKEN_TO.findall(t, lo, hi)) & every.keys()  # (not "spoke to Reuters")
    if told:
        # "Our correspondent X spoke to Maria Kalesnikava": the one spoken to
        return every[told.pop()] if len(told) == 1 else None
    return next(iter(found.values())) if len(found) == 1 else None


# "spoke to X", "talked with Maria X", "interviewed X", "in an interview with X"
_SPOKEN_TO = re.compile(
    r"\b(?:(?:spoke|talked|speaks|talks)\s+(?:to|with)|interviewed|interview\s+with)"
    r"\s+(?:[A-Z][a-z’'-]+\s+)?([A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?)\b"
)
