"""Who "глава государства" is when no one in the window was introduced with that office:
the one head of state the article names there (Lukashenko in a "Пул Первого" report
that calls him "Лукашенко" only). Two heads named: the one not in an oblique case ("...
провел разговор с Владимиром Путиным. Глава государства ..." is Lukashenko), else None;
a president of another country introduced in the window: None."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .ru_nominative import oblique_name

# the people who are a head of state whatever words introduce them (canonical names)
HEADS_OF_STATE = frozenset(("Alexander Lukashenko", "Vladimir Putin", "Volodymyr Zelensky"))
# a president introduced by name: "Президент Казахстана Касым-Жомарт Токаев"
_PRESIDENT_NAMED = re.compile(
    r"(?:[Пп]резидент|[Гг]лав[аыеу] государства|[Лл]идер)[а-яё]*\s+(?:[А-ЯЁ][а-яё]+\s+)?"
    r"([А-ЯЁ][\w-]+\s+[А-ЯЁ][\w-]+)"
)


def one_head_of_state(
    t: str,
    mentions: list[tuple[int, str, str | None]],
    oblique: set[int],
    pos: int,
    window: int,
    person: Callable[[str], str | None],
) -> str | None:
    """The one head of state named in ``window`` characters before ``pos``, preferring
    one named in the nominative; None when none, several, or another president was
    introduced by name there. ``person`` gives a phrase's canonical person."""
    lo = max(0, pos - window)
    heads: dict[str, bool] = {}  # name -> named in the nominative somewhere
    for p, name, _g in mentions[bisect_left(mentions, (lo,)) : bisect_left(mentions, (pos,))]:
        if name in HEADS_OF_STATE:
            before = t[max(0, p - 30) : p].split()
            given_oblique = bool(before) and oblique_name(before[-1], t[p : p + 20])
            heads[name] = heads.get(name, False) or (p not in oblique and not given_oblique)
    if len(heads) > 1:
        heads = {n: nom for n, nom in heads.items() if nom}
    if len(heads) != 1:
        return None
    head = next(iter(heads))
    for m in _PRESIDENT_NAMED.finditer(t, lo, pos):
        if person(m.group(1)) != head:
            return None  # "Президент Казахстана Касым-Жомарт Токаев": he may be the one
    return head
