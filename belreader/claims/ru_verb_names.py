"""Russian full names whose given name the lists do not know ("Гитанас Науседа",
"Яцек Домбровский", "Инга Ругинене"), found where the text makes them a sentence's
subject: after a role or a country inside the sentence, two capitalised words and then,
past at most a few lower-case words, a past-tense verb ("Президент Литвы Гитанас Науседа
поддержал", "Премьер-министр Литвы Инга Ругинене заявила"). The verb gives the gender.
Without them "Он отметил" after such a sentence skipped the man to an earlier speaker."""

from __future__ import annotations

import re

from .ru_text import fold, stem

# word before, the two names, up to four lower-case words, a past-tense verb in -л / -ла
_SUBJECT_PAIR = re.compile(
    r"(?<=[\w»\"-] )([А-ЯЁ][а-яё-]+) ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"((?: [а-яё]+,?){0,4}?) ([а-яё]{2,}(л|ла))(?![\w-])"
)
# case endings no given name in the nominative has ("Кремле Путин", "Беларуси Бабарико")
_OBLIQUE_ENDS = ("е", "и", "ы", "у", "ю", "ом", "ем", "ой", "ым", "им", "ого", "ому")


def verb_named_people(text: str, known_stems) -> dict[str, tuple[str, str]]:
    """Surname stem -> (full name, "m" | "f") for the pairs above; the surname must be
    no one the alias table knows (``known_stems``: its single-word spellings' stems)."""
    out: dict[str, tuple[str, str]] = {}
    for m in _SUBJECT_PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        if fold(given).endswith(_OBLIQUE_ENDS) or stem(surname) in known_stems:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
        if not text[start + 1 : m.start()].strip():
            continue  # the sentence's first words: "Белорусский Красный Крест сообщил"
        gender = "f" if m.group(5) == "ла" else "m"
        out.setdefault(stem(surname), (f"{given} {surname}", gender))
    return out
