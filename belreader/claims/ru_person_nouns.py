"""Who a common noun is when the article introduced someone with it, or with a word of
the same meaning: "— признался 24-летний форвард" after "нападающий Никита Ладыко", "По
словам наставника" after "главный тренер Дмитрий Квартальнов", "как уточнила
официальный представитель МИД" after "официальный представитель МИД России Мария
Захарова". The one person in the window whose introduction (the words before the name
in its sentence) holds the noun; two such people, or none: None."""

from __future__ import annotations

import re
from bisect import bisect_left

from .ru_text import fold, genders_compatible, stem

# nouns of one meaning, by stem: a form of either finds the other
_SAME = (
    ("форвард", "нападающ"),
    ("наставник", "тренер"),
    ("бизнесмен", "предпринимател"),
    ("вратар", "голкипер"),
    ("защитник", "адвокат"),
    ("замминистр", "заместител"),  # "— уточнил замминистра" after "заместитель министра X"
    ("офицер", "подполковник", "полковник", "майор", "генерал", "лейтенант"),
)
# a body named by its kind ("представитель ведомства"): any body the intro named fits
_BODY_OF = frozenset("ведомства министерства комитета службы компании предприятия".split())
_AGE = re.compile(r"\d{1,3}-летн\w*")
_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d{1,3}-летн\w*")
_INTRO_STOP = re.compile(r"[.,!?;:\n—–]")
_INTRO_WORDS = 8


def _keys(word: str) -> tuple[str, ...]:
    s = stem(word)
    for group in _SAME:
        if any(s.startswith(g) for g in group):
            return group
    return (s,)


def intro_words(t: str, p: int) -> list[str]:
    """The folded words before the mention at ``p`` in its sentence (at most eight),
    without the given name just before a surname."""
    lo = max(0, p - 160)
    cut = max((m.end() for m in _INTRO_STOP.finditer(t, lo, p)), default=lo)
    words = _WORD.findall(t[cut:p])
    if words and words[-1][:1].isupper():
        words = words[:-1]  # "Никита" before "Ладыко"
    return [fold(w) for w in words[-_INTRO_WORDS:]]


def typed_person(
    t: str,
    mentions: list[tuple[int, str, str | None]],
    history: list[tuple[int, str, str | None, bool]],
    pos: int,
    window: int,
    surface: str,
    gender: str | None,
) -> str | None:
    """The one person named in ``window`` characters before ``pos`` (of a gender that
    fits) whose introduction holds every word of ``surface`` (a lower-case noun phrase,
    an age before it left out): a phrase of two words or more, or one noun found by a
    word of the same meaning (the noun itself is ``_named_with``'s). None when two fit,
    or when another person spoke since who was not introduced by another trade."""
    words = [w for w in _WORD.findall(surface) if not _AGE.fullmatch(w)]
    if not words or any(w[:1].isupper() and not w.isupper() for w in words):
        return None
    wanted = [
        _keys(fold(w)) for w in words if (len(w) > 2 or w.isupper()) and fold(w) not in _BODY_OF
    ]
    if not wanted or (len(words) == 1 and len(wanted[0]) == 1):
        return None
    near = mentions[bisect_left(mentions, (pos - window,)) : bisect_left(mentions, (pos,))]
    found: dict[str, int] = {}
    first: dict[str, int] = {}
    for p, name, g in near:
        first.setdefault(name, p)
        if not genders_compatible(gender, g):
            continue
        intro = [stem(w) for w in intro_words(t, p)]
        if all(any(i.startswith(k) for i in intro for k in keys) for keys in wanted):
            found.setdefault(name, p)
    if len(found) != 1:
        return None
    name, at = found.popitem()
    for hp, sp, hg, person in reversed(history):
        if hp < at - 2000:
            break  # (claims are noted nearly in text order)
        if at < hp < pos and sp != name and person and genders_compatible(gender, hg):
            other = [stem(w) for w in intro_words(t, first.get(sp, hp))]
            if not any(i.startswith(_TRADES) for i in other):
                return None  # someone else spoke since who might be meant
    return name


# trades that exclude one another: a coach who spoke is no "форвард"
_TRADES = ("тренер", "наставник", "нападающ", "форвард", "вратар", "голкипер", "капитан")


def trade_noun(word: str) -> bool:
    """Is the folded ``word`` in the nominative a noun of a trade this module knows
    ("тренер", "вратарь", "капитан")?"""
    return fold(word) in _TRADE_NOMINATIVES


_TRADE_NOMINATIVES = frozenset(
    "тренер наставник нападающий форвард вратарь голкипер капитан защитник адвокат".split()
)
