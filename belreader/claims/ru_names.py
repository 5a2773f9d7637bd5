"""Russian speaker phrases that name a known person who is NOT the speaker: the owner
after a relation noun ("Адвокат Виктора Бабарико", "Мать Протасевича", "Пресс-секретарь
Лукашенко": the lawyer, the mother, the press secretary speak), and a relative under
another given name ("Эдуард Бабарико" is not Viktar Babaryka). Such a phrase stays as
written: no name is better than a wrong one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .ru_lexicon import FEMALE_NAMES, MALE_NAMES
from .ru_text import fold, name_gender, stem, surname_form_gender

# nouns whose genitive is the person they belong to (kin, counsel, spokespeople, staff),
# in any case form (the start of the word); Belarusian forms too
_RELATION_STARTS = (
    "адвокат",
    "адвакат",
    "защитник",
    "абаронц",
    "юрист",
    "пресс-секретар",
    "прэс-сакратар",
    "пресс-служб",
    "прэс-служб",
    "представител",
    "прадстаўні",
    "помощник",
    "памочні",
    "советник",
    "дарадц",
    "соратни",
    "паплечні",
    "сторонни",
    "прыхільні",
    "родственни",
    "сваяк",
    "родны",
    "родные",
    "близкие",
    "блізкія",
    "мать",
    "мам",
    "пап",
    "вдов",
    "дяд",
    "тет",
    "бабушк",
    "дедушк",
    "внук",
    "внучк",
    "племянни",
    "друг",
    "подруг",
    "коллег",
    "матер",
    "маці",
    "отец",
    "отц",
    "бацьк",
    "сын",
    "дочь",
    "дочер",
    "дачк",
    "жена",
    "жены",
    "жене",
    "жену",
    "женой",
    "жонк",
    "супруг",
    "муж",
    "сестр",
    "сяст",
    "брат",
    "семья",
    "семьи",
    "сям'",
    "сям’",
    "офис",
    "офіс",
    "штаб",
    "окружени",
)


def relation_noun(word: str) -> bool:
    """A relation noun above, in any case ("советника", "представитель")."""
    return word.startswith(_RELATION_STARTS)


def owner_not_speaker(words: list[str], low: list[str], at: int, given_stems, oblique_role) -> bool:
    """Does a relation noun stand just before the person found at ``at`` (``low``: the
    phrase's folded words), past a given name and roles in the genitive ("Мать Романа
    Протасевича", "пресс-секретарь президента Лукашенко")? Then that person owns the
    speaker, and is not it ("Пресс-секретарь Кремля Дмитрий Песков" is Peskov)."""
    k = at - 1
    while k >= 0 and (
        (words[k][:1].isupper() and stem(words[k]) in given_stems) or oblique_role(low[k])
    ):
        k -= 1
    return k >= 0 and low[k].startswith(_RELATION_STARTS)


# Cyrillic initial -> the Latin initials a transliteration may give
_INITIALS = {
    "а": "a",
    "б": "b",
    "в": "vw",
    "г": "gh",
    "д": "d",
    "е": "ey",
    "ж": "z",
    "з": "z",
    "и": "iy",
    "і": "iy",
    "й": "yi",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "uw",
    "ф": "f",
    "х": "kh",
    "ц": "tc",
    "ч": "c",
    "ш": "s",
    "щ": "s",
    "э": "e",
    "ю": "yi",
    "я": "yi",
}


def other_given_name(
    given: str, canon: str, canon_gender: str | None, given_stems, surname: str = ""
) -> bool:
    """Is ``given`` (a capitalised word before a known surname) another person's given
    name: a given name whose initial or gender does not fit ``canon``'s ("Эдуард" before
    "Бабарико" for Viktar Babaryka)? "Алеся" before a masculine "Беляцкого" is the
    genitive of Алесь, not the woman's name Алеся."""
    if not given[:1].isupper() or stem(given) not in given_stems:
        return False
    first = canon.split()[0][:1].lower() if " " in canon else ""
    if not first:
        return False
    g = name_gender([given])
    if g == "f" and surname_form_gender(surname) == "m" and fold(given)[:-1] + "ь" in MALE_NAMES:
        g = "m"
    if g and canon_gender and g != canon_gender:
        return True
    return first not in _INITIALS.get(fold(given)[:1], first)


def given_only(full_names: Iterable[str], given: str, text: str, pos: int) -> str | None:
    """The one full name ("Ольга Савченко") whose given name is ``given`` ("Ольга"),
    written in ``text`` before ``pos``; None when several share the given name (any
    where in the text) or the one was not named before."""
    hits = {n for n in full_names if n.split()[0] == given}
    one = hits.pop() if len(hits) == 1 else None
    if not one:
        return None
    if 0 <= text.find(one) < pos:
        return one
    # written before only in another case ("офисом Светланы Тихановской"): its surname's stem
    root = stem(one.split()[-1])
    return one if text.find(root[:1].upper() + root[1:], 0, pos) >= 0 else None


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CAP_CYR = re.compile(r"[А-ЯЁІЎ][а-яёіў’'-]+")

# neuter nouns that name a body or a source ("обвинение", "следствие", "ведомство"):
# never "он" or "она"
_NEUTER_ENDS = ("ние", "тие", "ствие", "ство", "тво")
# how a Russian or Belarusian surname written alone may end ("Латушко заявил")
_SURNAME_ENDS = ("ко", "ук", "юк", "ич", "ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ова", "ева")
GENERIC_PERSON = frozenset(("политик", "оппозиционер"))  # role heads that are no office


def surname_like(speaker: str) -> bool:
    """A speaker named by a surname alone ("Латушко"), not a body ("Минздрав")."""
    return (
        " " not in speaker
        and len(speaker) >= 4
        and speaker[:1].isupper()
        and not speaker[1:].isupper()
        and bool(_CAP_CYR.fullmatch(speaker))
        and fold(speaker).endswith(_SURNAME_ENDS)
    )


def neuter_body(speaker: str) -> bool:
    """A speaker named by a neuter noun ("обвинение", "следствие"): a body, not "она"."""
    words = _WORD.findall(speaker)
    return bool(words) and words[0][:1].islower() and fold(words[0]).endswith(_NEUTER_ENDS)


# relation nouns that are bodies or groups, not one person ("офис", "семья")
_GROUP_RELATIONS = ("офис", "офіс", "штаб", "пресс-служб", "прэс-служб", "окружени", "сем", "сям")
_GIVEN = re.compile(r"[А-ЯЁ][а-яё]+")


def named_later(text: str, start: int, surface: str) -> str | None:
    """ "Сестра Марии Колесниковой: «...»" as a headline, then "её сестра Татьяна Хомич"
    in the body (from ``start``): the one person the same relation noun introduces by a
    given name and a surname; None when none or several."""
    words = _WORD.findall(surface)
    if (
        not words
        or not relation_noun(fold(words[0]))
        or fold(words[0]).startswith(_GROUP_RELATIONS)
    ):
        return None
    rx = re.compile(
        rf"(?i:{re.escape(fold(words[0])[:4])})[а-яё]*\s+(?:[а-яё]+\s+)?"
        r"([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё-]+)"
    )
    found = {
        f"{m.group(1)} {m.group(2)}"
        for m in rx.finditer(text, start, start + 3000)
        if fold(m.group(1)) in MALE_NAMES | FEMALE_NAMES
    }
    return found.pop() if len(found) == 1 else None


_GIVEN_SURNAME = re.compile(r"([А-ЯЁІЎ][а-яёіў’'-]+)\s+([А-ЯЁІЎ][а-яёіў’'-]+)")


def bearer_of_form(full: str | None, surname: str, text: str) -> str | None:
    """The one of a family a surname alone means, by its form: "— сказал Вараксин"
    after "Елена Вараксина" and "Максим Вараксин" is Максим (the stem is theirs both);
    ``full`` when its gender fits the form, else the text's bearer who fits, or None."""
    g = surname_form_gender(surname)
    if full is None or g is None or name_gender(full.split()) in (None, g):
        return full
    for m in _GIVEN_SURNAME.finditer(text):
        if stem(m.group(2)) == stem(surname) and name_gender([m.group(1)]) == g:
            return m.group(0)
    return None
