"""Russian speakers that name no one new but the source that spoke just before: "Там
добавили" after "В университете ответили" (that body), "— уточнили в пресс-службе"
after "В пресс-службе завода сообщили" (that press service), and the outlet's
interlocutor, "собеседник РБК" / "по словам собеседника РБК", after "сообщил РБК
представитель компании" or "источник в отрасли" (that source). With no such source in
this paragraph or the one before, "Там" is unresolved (None), never a place."""

from __future__ import annotations

import re

from .ru_text import fold

# (position, speaker, surface in lower case) of the claims noted so far
Noted = list[tuple[int, str, str]]

_PRESS = frozenset(("пресс-служба", "пресс-службе", "в пресс-службе"))
# the outlet's unnamed interlocutor in any case: "собеседник агентства", "собеседника
# РБК", "собеседница «Зеркала»"
INTERLOCUTOR = re.compile(
    r"собеседни(?:к|ка|ца|цы) (?:агентства|издания|газеты|телеканала|портала|редакции|"
    r"«[^»]{1,30}»|“[^”]{1,30}”|рбк|тасс|риа новостей|интерфакса)"
)
# the unnamed sources an interlocutor may be: "источник в отрасли", "представитель
# компании", "собеседник"
_UNNAMED = ("источник", "собеседни", "представител")


def same_source(phrase: str, noted: Noted, start: int, pos: int) -> tuple[bool, str | None]:
    """(found, speaker) for the folded speaker ``phrase`` at ``pos``, looking back to
    ``start`` (the paragraph before); (False, None) when the phrase is none of these."""
    if phrase != "там" and phrase not in _PRESS:
        return False, None
    recent = _recent(noted, start, pos)
    if phrase == "там":
        bodies = [sp for _p, sp, sf in recent if sf.startswith(("в ", "во "))]
        return True, bodies[-1] if bodies else None
    if phrase in _PRESS:
        press = [sp for _p, sp, _sf in recent if fold(sp).startswith("пресс-служба ")]
        return (True, press[-1]) if press else (False, None)
    return False, None


def unnamed_before(noted: Noted, start: int, pos: int) -> str | None:
    """The unnamed source that spoke last between ``start`` and ``pos`` ("сообщил ТАСС
    источник в правительстве", "сообщил РБК представитель компании"), else None."""
    before = [sp for _p, sp, _sf in _recent(noted, start, pos)]
    if before and fold(before[-1]).startswith(_UNNAMED):
        return before[-1]
    return None


_DISORDER = 2000  # how far a noted claim may lie before an earlier noted one


def _recent(noted: Noted, start: int, pos: int) -> Noted:
    """The noted claims between ``start`` and ``pos``, in order, looking back only as
    far as claims can be out of order (a speaker after its quote): linear overall."""
    out = []
    for p, sp, sf in reversed(noted):
        if p < start - _DISORDER:
            break
        if start <= p < pos:
            out.append((p, sp, sf))
    out.reverse()
    return out
