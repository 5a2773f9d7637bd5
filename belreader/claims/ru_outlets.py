"""Russian claims: outlets that do not decline ("РБК", "ТАСС", "РИА Новости", "Reuters",
"“Ъ”") next to a reporting verb. Russian news puts the outlet that was told between the
verb and the speaker ("заявил РБК глава комитета", "сообщил Reuters источник", "Об этом
Bloomberg рассказали двое чиновников"); with no speaker phrase after it the outlet is the
speaker ("пишет Politico.", "сообщает РИА Новости")."""

from __future__ import annotations

import re

from .ru_lexicon import SPEAKER_STOP, SPEECH_VERBS

# a Latin-script name of one or more capitalised words ("Reuters", "The Guardian",
# "Reform.by", "Reform.news"), on the original text
_LATIN = re.compile(r"[A-Z][A-Za-z&'-]*(?:\.[a-z]{2,4})?(?:\s+[A-Z][A-Za-z&'-]*)*(?![\w.])")
# wire agencies that do not decline, on the folded text
_WIRE = re.compile(r"(?:рбк|тасс|риа(?:\s+новости)?|интерфакс|белта|бела)(?![\w-])")
# an outlet written as a quoted acronym or letter: "“Ъ”", "«РБК»"
_QUOTED_ACRONYM = re.compile(r"[«“„\"][А-ЯЁA-Z]{1,6}[»“”\"]")
_CYR_WORD = re.compile(r"[а-яеіў][а-яеіў-]+")


def outlet_end(t: str, ft: str, i: int, e: int) -> int:
    """The end of an undeclined outlet's name that starts at ``i``, else -1."""
    for rx, text in ((_WIRE, ft), (_LATIN, t), (_QUOTED_ACRONYM, t)):
        m = rx.match(text, i, e)
        if m is not None:
            return m.end()
    return -1


def is_outlet(t: str, ft: str, a: int, b: int) -> bool:
    """Is t[a:b] just an undeclined outlet's name?"""
    return outlet_end(t, ft, a, b) == b


def told_outlet(t: str, ft: str, i: int, e: int) -> int:
    """After a reporting verb: where the speaker phrase starts when an undeclined outlet
    at ``i`` is the one told ("сообщил Reuters источник", "заявил РИА Новости глава
    ..."), else -1. A Cyrillic word must follow that is no preposition or verb
    ("пишет The Guardian.", "сообщает ТАСС со ссылкой на ...": the outlet speaks)."""
    end = outlet_end(t, ft, i, e)
    if end < 0:
        return -1
    j = end
    while j < e and t[j] in " \u00a0":
        j += 1
    m = _CYR_WORD.match(ft, j, e)
    if j == end or m is None:
        return -1
    w = m.group()
    if w in SPEAKER_STOP or w in SPEECH_VERBS:
        return -1
    return j
