"""Russian full names whose given name the lists do not know ("Гитанас Науседа",
"Яцек Домбровский", "Инга Ругинене"), found where the text makes them a sentence's
subject: after a role or a country inside the sentence, two capitalised words and then,
past at most a few lower-case words, a past-tense verb ("Президент Литвы Гитанас Науседа
поддержал", "Премьер-министр Литвы Инга Ругинене заявила"). The verb gives the gender.
Without them "Он отметил" after such a sentence skipped the man to an earlier speaker."""

from __future__ import annotations

import re

from .ru_lexicon import ROLE_HEADS
from .ru_text import fold, stem

# the two names, up to four lower-case words (or a «title»: "в разговоре с «Зеркалом»"),
# a past-tense verb in -л / -ла (or -г, -к:
# "отверг", "пресек"), reflexive too ("встретился")
_SUBJECT_PAIR = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё-]+) ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"((?: [а-яё]+,?| «[^»\n]{1,30}»,?){0,4}?) ([а-яё]{2,}(л|ла|лся|лась|[гк]))(?![\w-])"
)
# case endings no given name in the nominative has ("Кремле Путин", "Беларуси Бабарико")
# nor an adjective ("Красный Крест сообщил") or "Наша Ніва"
_OBLIQUE_ENDS = ("е", "и", "ы", "у", "ю", "ом", "ем", "ой", "ым", "им", "ого", "ому", "ый", "ий")
_NOT_GIVEN = ("ое", "ша")
# a body's head noun in the genitive after an office: "Председатель Совета Республики
# заявила" names no "Совета Республики"
_BODY_HEADS = frozenset(
    "совета комитета суда банка союза собрания фонда центра штаба офиса парламента "
    "сената сейма кабинета министерства правительства палаты думы академии".split()
)


def verb_named_people(text: str, known_stems) -> dict[str, tuple[str, str, bool]]:
    """Surname stem -> (full name, "m" | "f", opens the sentence) for the pairs above;
    the surname must be no one the alias table knows (``known_stems``: its single-word
    spellings' stems). A pair that opens its sentence ("Радослав Сикорский отверг") may
    be a body's name ("Наша Ніва"): the resolver lets it only block a pronoun."""
    out: dict[str, tuple[str, str, bool]] = {}
    for m in _SUBJECT_PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        low = fold(given)
        if low.endswith(_OBLIQUE_ENDS + _NOT_GIVEN) or stem(surname) in known_stems:
            continue
        if low in _BODY_HEADS:
            continue
        if fold(surname) in ROLE_HEADS:
            continue  # "Отдельно Президент остановился": an adverb and a role, no name
        if len(low) > 4 and low.endswith(("ая", "яя")):
            continue  # "Новая Газета написала": an adjective
        lo = max(0, m.start() - 300)  # (bounded: the work stays linear in the text)
        start = max(lo - 1, *(text.rfind(c, lo, m.start()) for c in ".!?\n"))
        opens = not text[start + 1 : m.start()].strip(' «»"—–-')
        gender = "f" if m.group(5) in ("ла", "лась") else "m"
        out.setdefault(stem(surname), (f"{given} {surname}", gender, opens))
    return out
