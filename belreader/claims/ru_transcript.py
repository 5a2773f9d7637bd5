"""Russian claim shape ``transcript_claims``: the turns of a transcript, lines that open
with their speaker's label and a colon: "Латушко: Признаю. Но ...", "А. ЕГОРОВ: Это
повторяется ..." (a radio transcript's initial and surname in capitals). A turn is its
speaker's words (a direct claim), and a claim reported inside it ("Она сказала, что
...") stays a claim of its own. Only where the text is a transcript (three labelled
lines or more, one label used twice) and only labels that name a person: the alias
table's, or a surname the text gives with a given name ("Ведущий — Максим Ракович").
Rubrics ("Фото:", "Вопрос:") and headlines ("Лукашенко: ...") give nothing here."""

from __future__ import annotations

import re

from belreader.aliases import default_table

from .document import Document
from .model import Candidate
from .ru_resolve import person_any_form
from .ru_speakers import GIVEN_STEMS, cyrillic_para
from .ru_text import stem
from .text import trim

# a line's label: "Ракович: ", "А. ЕГОРОВ: ", "Павел Латушко: "
# (the first label may give the host's role: "Ведущая Ольга Ляшкевич: ")
_LABEL = re.compile(
    r"(?m)^[ \t]*(?:(?:Ведущ(?:ий|ая)|Корреспондент|Гость|Гостья)[ \t]+)?(?:[А-ЯЁ]\.[ \t]*)?"
    r"([А-ЯЁ][А-ЯЁа-яё-]+)(?:[ \t]+([А-ЯЁ][А-ЯЁа-яё-]+))?:[ \t]+"
)
_FULL_NAME = re.compile(r"(?<![\w-])(?=([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё-]+))")
_MIN_TURNS = 3


def transcript_claims(doc: Document) -> list[Candidate]:
    t = doc.t
    if t.count(":") < _MIN_TURNS:
        return []
    turns = []
    for m in _LABEL.finditer(t):
        end = t.find("\n", m.end())
        s, e = trim(t, m.end(), len(t) if end < 0 else end)
        if e - s < 2:
            continue
        surname = m.group(2) or m.group(1)
        turns.append((m, surname, s, e))
    if len(turns) < _MIN_TURNS:
        return []
    # a first label in capitals gives the name in full ("ИРИНА СТАРОВОЙТОВА:", then
    # "СТАРОВОЙТОВА:"): the speaker is that name as written in a sentence
    in_caps = {
        stem(m.group(2)): f"{m.group(1).capitalize()} {m.group(2).capitalize()}"
        for m, _, _, _ in turns
        if m.group(2) and m.group(2).isupper() and stem(m.group(1)) in GIVEN_STEMS
    }
    names = _full_names(t) | in_caps.keys()
    labels: dict[str, int] = {}
    people = []
    for m, surname, s, e in turns:
        if not cyrillic_para(doc, s) or not _names_person(surname, m, names):
            continue
        key = stem(surname)
        labels[key] = labels.get(key, 0) + 1
        people.append((m, surname, s, e))
    if len(people) < _MIN_TURNS or max(labels.values(), default=0) < 2:
        return []
    out = []
    for m, surname, s, e in people:
        a = m.start(2) if m.group(2) else m.start(1)
        colon = m.end() - len(m.group()) + len(m.group().rstrip(" \t")) - 1
        out.append(
            Candidate(
                s,
                e,
                ":",
                colon,
                colon + 1,
                a,
                a + len(surname),
                2,
                role="colon",
                kind="direct",
                holds_claims=True,
                speaker_override=in_caps.get(stem(surname)) if surname.isupper() else None,
            )
        )
    return out


def _full_names(t: str) -> set[str]:
    """The stems of the surnames the text writes after a given name."""
    return {stem(m.group(2)) for m in _FULL_NAME.finditer(t) if stem(m.group(1)) in GIVEN_STEMS}


def _names_person(surname: str, m: re.Match, names: set[str]) -> bool:
    """Does the label name a person: a given name and a surname, a surname the text
    gives in full elsewhere, or someone of the alias table?"""
    if m.group(2) and stem(m.group(1)) in GIVEN_STEMS:
        return True
    return stem(surname) in names or person_any_form(default_table(), surname) is not None
