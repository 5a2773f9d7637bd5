"""Which firm "компания" is: "Об этом сообщили в пресс-службе компании", "В компании
заявили", "По данным предприятия" after "«Гродно Азот» остановит линию ..." name the one
firm the article named in the window before (a quoted name after a firm's noun, or
opening a sentence); two firms named, or none: None, and the phrase stays as written.
Media outlets in quotes ("«Зеркало» пишет") are no firm here."""

from __future__ import annotations

import re

from .ru_lexicon import SPEECH_VERBS
from .ru_text import fold, stem

# the phrases that stand for "the firm" (folded, "в" dropped)
_NOUNS = {
    "компания": ("компания", "компании"),
    "предприятие": ("предприятие", "предприятия", "предприятии"),
    "холдинг": ("холдинг", "холдинга", "холдинге"),
    "концерн": ("концерн", "концерна", "концерне"),
    "авиакомпания": ("авиакомпания", "авиакомпании"),
    "банк": ("банк", "банка", "банке"),
}
_FIRM_PHRASES = frozenset(
    form
    for forms in _NOUNS.values()
    for noun in forms
    for form in (noun, f"пресс-служба {noun}", f"пресс-службе {noun}")
)
# a quoted name of one to three words, no clause ("«Гродно Азот»", "«Савушкин продукт»"),
# and the word after it
_NAME = re.compile(r"«([А-ЯЁA-Z][^«»\n.,!?:;]{0,40}?)»(?=\s*([^\s]*))")
# media outlets, by the stem of their first word: a sentence opening with one is a report
_MEDIA = frozenset(
    stem(w)
    for w in (
        "зеркало медуза медиазона белсат еврорадио свобода хартия наша нашай онлайнер "
        "белта тасс рбк интерфакс коммерсант известия ведомости новая флагшток позірк "
        "спутник sputnik reform"
    ).split()
)
_WINDOW = 2500


def _key(name: str) -> str:
    return " ".join(stem(fold(w)) for w in name.split())


def firm_before(t: str, pos: int, surface: str) -> str | None:
    """The one firm named in the window before ``pos`` when ``surface`` stands for the
    firm ("пресс-служба компании"); else None."""
    phrase = fold(" ".join(surface.split()))
    if phrase.startswith(("в ", "во ")):
        phrase = phrase.split(" ", 1)[1]
    if phrase not in _FIRM_PHRASES:
        return None
    found: dict[str, str] = {}
    for m in _NAME.finditer(t, max(0, pos - _WINDOW), pos):
        name = m.group(1).strip()
        nxt = fold(m.group(2))
        if len(name.split()) > 3 or nxt[:1] in (",", "—", "–", "-"):
            continue  # someone's words, attributed: "«Мы готовы», — сказал он"
        if stem(fold(name.split()[0])) in _MEDIA or nxt.strip("»") in SPEECH_VERBS:
            continue  # "«Зеркало» пишет": an outlet
        found.setdefault(_key(name), name)
    return next(iter(found.values())) if len(found) == 1 else None
