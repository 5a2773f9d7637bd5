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
# Belarusian outlets' names that Russian text leaves undeclined, on the folded text
# ("Об этом Радыё Свабода рассказала его владелица": the outlet was told)
_UNDECLINED = re.compile(r"(?:радые\s+свабода|еурарадые)(?![\w-])")
_CYR_WORD = re.compile(r"[а-яеіў][а-яеіў-]+")


def outlet_end(t: str, ft: str, i: int, e: int) -> int:
    """The end of an undeclined outlet's name that starts at ``i``, else -1."""
    for rx, text in ((_WIRE, ft), (_LATIN, t), (_QUOTED_ACRONYM, t), (_UNDECLINED, ft)):
        m = rx.match(text, i, e)
        if m is not None:
            return m.end()
    return -1


def is_outlet(t: str, ft: str, a: int, b: int) -> bool:
    """Is t[a:b] just an undeclined outlet's name?"""
    return outlet_end(t, ft, a, b) == b


def told_outlet(t: str, ft: str, i: int, e: int, plural: bool = False) -> int:
    """After a reporting verb: where the speaker phrase starts when an undeclined outlet
    at ``i`` is the one told ("сообщил Reuters источник", "заявил РИА Новости глава
    ..."), else -1. A Cyrillic word must follow that is no preposition or verb
    ("пишет The Guardian.", "сообщает ТАСС со ссылкой на ...": the outlet speaks), or,
    after a plural verb, "в" and a capitalised body ("рассказали Sputnik в Минтрансе")."""
    end = outlet_end(t, ft, i, e)
    if end < 0:
        return -1
    j = end
    while j < e and t[j] in " \u00a0":
        j += 1
    if j == end:
        return -1
    into = _INTO.match(ft, j, e)
    if (
        plural
        and into is not None
        and into.end() < e
        and (t[into.end()].isupper() or t[into.end()] == "«")
    ):
        return j  # the body after "в" speaks (the verb is plural, the outlet is not)
    m = _CYR_WORD.match(ft, j, e)
    if m is None:
        return -1
    w = m.group()
    if w in SPEAKER_STOP or w in SPEECH_VERBS:
        return -1
    return j


_INTO = re.compile(r"во?[ \u00a0]+")


# Cyrillic outlets in the dative, written without quotation marks (folded): always the
# one told, never the speaker ("рассказали Настоящему Времени в инициативе ...")
_DATIVE_OUTLET = re.compile(r"(?:настоящему\s+времени|белсату|онлайнеру)(?![\w-])")
# a quoted title right after an addressee: "корреспонденту «Ляховичского вестника»"
_ADDRESSEE_TITLE = re.compile(r"\s*«[^«»\n.!?:]{1,60}»")


def dative_outlet_end(ft: str, i: int, e: int) -> int:
    """The end of an unquoted outlet in the dative at ``i`` and the spaces after it,
    else -1."""
    m = _DATIVE_OUTLET.match(ft, i, e)
    if m is None:
        return -1
    j = m.end()
    while j < e and ft[j] in " \u00a0":
        j += 1
    return j


def past_addressee_title(t: str, i: int, e: int) -> int:
    """After an addressee ("корреспонденту"): past the outlet's quoted title that names
    whose it is ("«Ляховичского вестника»"), else ``i``."""
    m = _ADDRESSEE_TITLE.match(t, i, e)
    return m.end() if m is not None else i


def told_before_verb(t: str, ft: str, a: int, b: int) -> bool:
    """Is t[a:b], the end of a subject before its verb, the outlet told ("В МИД Литвы
    Reform.news ответили", "В райисполкоме Настоящему Времени ответили")?"""
    if t[a].isascii():
        return is_outlet(t, ft, a, b)
    m = _DATIVE_OUTLET.match(ft, a, b)
    return m is not None and m.end() == b


# a Latin-script outlet's name ending a phrase, before punctuation or the end
_LATIN_TOLD = re.compile(r"[A-Z][A-Za-z&-]*(?:\.[a-z]{2,4})?(?=[\s.,;:!?)]|$)")


def outlet_after_name(t: str, ft: str, prev: int, j: int, e: int) -> bool:
    """ "— сказала Хомич DW": a Latin outlet right after a capitalised word of the
    speaker phrase is the one told, no part of the name."""
    return t[prev].isupper() and not t[prev].isascii() and _LATIN_TOLD.match(t, j, e) is not None


def outlet_told_at(t: str, ft: str, j: int, e: int, plural: bool) -> int:
    """Where the speaker phrase starts past an outlet told at ``j`` (unquoted in the
    dative, or undeclined: ``told_outlet``), else -1."""
    return max(dative_outlet_end(ft, j, e), told_outlet(t, ft, j, e, plural))
