"""The nominative of a Russian full name written in another case: "Дмитрия Крука" and
"Дмитрием Круком" are Дмитрий Крук. A given name and a surname must agree on one
gender and one case; a form that fits two readings ("Евгения Винокурова": Евгений's
genitive, or the woman Евгения) gives None unless the caller knows the case (after
"по словам" it is the genitive, so Евгений Винокуров). Unsure: None, never a guess."""

from __future__ import annotations

import re
from functools import lru_cache

from .ru_lexicon import FEMALE_NAMES, MALE_NAMES
from .ru_text import fold

_CASES = ("gen", "dat", "acc", "ins", "pre")
_HUSH = "гкхжшчщц"


def _given_forms(name: str, g: str) -> dict[str, str]:
    """case -> form of a (folded) given name."""
    if name.endswith("ия"):
        b = name[:-1]
        return {"gen": b + "и", "dat": b + "и", "acc": b + "ю", "ins": b + "ей", "pre": b + "и"}
    if name.endswith(("а", "я")):
        b, soft = name[:-1], name.endswith("я") or name[-2] in _HUSH
        return {
            "gen": b + ("и" if soft else "ы"),
            "dat": b + "е",
            "acc": b + ("ю" if name.endswith("я") else "у"),
            "ins": b + ("ей" if name.endswith("я") else "ой"),
            "pre": b + "е",
        }
    if g != "m":
        return {}
    if name.endswith("ий"):
        b = name[:-1]
        return {"gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем", "pre": b + "и"}
    if name.endswith(("й", "ь")):
        b = name[:-1]
        return {"gen": b + "я", "dat": b + "ю", "acc": b + "я", "ins": b + "ем", "pre": b + "е"}
    b = _FLEETING.get(name, name)
    return {"gen": b + "а", "dat": b + "у", "acc": b + "а", "ins": b + "ом", "pre": b + "е"}


_FLEETING = {"павел": "павл", "лев": "льв", "павал": "паўл"}


# men's names whose genitive is also a woman's name (Александра, Евгения, Яна, Алеся)
_TWINS = frozenset(
    "александр аляксандр станислав ярослав владислав мирослав богдан ян алесь евгений "
    "валерий виталий юлий вениамин".split()
)


@lru_cache(maxsize=1)
def _given_index() -> dict[str, list[tuple[str, str, str]]]:
    """oblique form -> [(nominative, gender, case)] over the known given names."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for names, g in ((MALE_NAMES, "m"), (FEMALE_NAMES, "f")):
        for n in names:
            for case, form in _given_forms(n, g).items():
                out.setdefault(form, []).append((n, g, case))
            out.setdefault(n, []).append((n, g, "nom"))
    for n in MALE_NAMES:  # Евгения, Александра, Валерия: a woman's name too
        twin = _given_forms(n, "m").get("gen", "")
        if n not in _TWINS:
            continue
        if not any(g == "f" for _n, g, _c in out.get(twin, ())):
            out.setdefault(twin, []).append((twin, "f", "nom"))
            for case, form in _given_forms(twin, "f").items():  # Евгении: hers
                out.setdefault(form, []).append((twin, "f", case))
    return out


# (case, gender) -> (ending of the form, ending of the nominative), longest first
_SURNAME = {
    # a soft stem: "Коваля", "Ковалю" (Коваль), "Зуя" (Зуй)
    ("gen", "m"): (("ского", "ский"), ("цкого", "цкий"), ("а", ""), ("я", "ь")),
    ("acc", "m"): (("ского", "ский"), ("цкого", "цкий"), ("а", ""), ("я", "ь")),
    ("dat", "m"): (("скому", "ский"), ("цкому", "цкий"), ("у", ""), ("ю", "ь")),
    ("ins", "m"): (
        ("ским", "ский"),
        ("цким", "цкий"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("иным", "ин"),
        ("ыным", "ын"),
        ("ом", ""),
    ),
    ("pre", "m"): (("ском", "ский"), ("цком", "цкий"), ("е", "")),
}
_FEMALE_OBLIQUE = (
    # a patronymic after a given name: "со Светланой Георгиевной"
    ("овной", "овна"),
    ("евной", "евна"),
    ("ичной", "ична"),
    ("ской", "ская"),
    ("цкой", "цкая"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("иной", "ина"),
    ("ыной", "ына"),
)
_INDECLINABLE = ("о", "е", "и", "у", "ю", "ых", "их")
_VOWELS = "аеёиоуыэюяіў"
# how a surname may end in the nominative, beyond a consonant (Крук, Ковальчук)
_NOMINATIVE = {
    "m": ("ий", "ый", "ой") + _INDECLINABLE,
    "f": ("ова", "ева", "ина", "ына", "ая", "яя") + _INDECLINABLE,
}


def _surname_nominative(word: str, case: str, g: str) -> str | None:
    """The nominative of a (folded) surname in ``case`` for gender ``g``; None unsure."""
    if case == "nom":
        if word.endswith(("ого", "его")):
            return None
        return word if word.endswith(_NOMINATIVE[g]) or word[-1] not in _VOWELS else None
    if word.endswith(("ого", "его")) and not word.endswith(("ского", "цкого")):
        return None  # Толстого: Толстой or Толстый
    if g == "f":
        if case == "acc":
            for end, nom in (
                ("овну", "овна"),
                ("евну", "евна"),
                ("скую", "ская"),
                ("цкую", "цкая"),
                ("ову", "ова"),
                ("еву", "ева"),
                ("ину", "ина"),
            ):
                if word.endswith(end):
                    return word[: -len(end)] + nom
        else:
            for end, nom in _FEMALE_OBLIQUE:
                if word.endswith(end):
                    return word[: -len(end)] + nom
        # a woman's surname ending in a consonant does not change ("Анны Крук")
        return word if word.endswith(_INDECLINABLE) or word[-1] not in _VOWELS + "ь" else None
    for end, nom in _SURNAME[(case, g)]:
        if word.endswith(end) and len(word) - len(end) >= 2:
            base = word[: -len(end)]
            if nom == "ь":
                if base[-1] in "йьжшчщц":
                    return None
                return base + ("й" if base[-1] in _VOWELS else nom)
            if nom or (base[-1] not in _VOWELS and base[-1] not in "йь"):
                return base + nom
    return word if word.endswith(_INDECLINABLE) else None


def _cap(word: str, like: str) -> str:
    """``word`` (folded) spelt as ``like`` was: its capital and its ё kept."""
    low = fold(like)
    k = 0
    while k < min(len(word), len(low)) and word[k] == low[k]:
        k += 1
    return (like[:k] + word[k:]).capitalize() if k else word.capitalize()


def nominative_name(given: str, surname: str, cases: tuple[str, ...] = ()) -> str | None:
    """ "Дмитрия", "Крука" -> "Дмитрий Крук"; None when the two words are no given name
    and surname that agree, or when they fit two people. ``cases`` narrows the cases
    the phrase may be in (("gen",) after "по словам")."""
    if not (given[:1].isupper() and surname[:1].isupper()) or "-" in given:
        return None
    fg, fs = fold(given), fold(surname)
    if patronymic(surname):
        # "Валентина Ивановна", "Александр Николаевич": a given name and a patronymic,
        # written so in the nominative; their other cases are left alone
        return f"{given} {surname}" if patronymic(surname) == _given_gender(fg) else None
    readings = set()
    for nom, g, case in _given_index().get(fg, ()):
        if cases and case not in cases:
            continue
        sn = _surname_nominative(fs, case, g)
        if sn:
            readings.add((nom, sn))
    if len(readings) != 1:
        return None
    nom, sn = readings.pop()
    return f"{_cap(nom, given)} {_cap(sn, surname)}"


def given_nominative(word: str, cases: tuple[str, ...]) -> str | None:
    """A given name alone in one of ``cases`` in the nominative ("Андрея" after "по
    словам": Андрей), when the form has one reading; else None."""
    if not word[:1].isupper():
        return None
    noms = {nom for nom, _g, case in _given_index().get(fold(word), ()) if case in cases}
    return _cap(noms.pop(), word) if len(noms) == 1 else None


def oblique_name(given: str, surname: str) -> bool:
    """Is ``given`` a case form other than the nominative of a known given name (and no
    listed given name itself)?"""
    f = fold(given)
    if f in MALE_NAMES or f in FEMALE_NAMES:
        return False
    return any(c != "nom" for _n, _g, c in _given_index().get(f, ()))


def oblique_pair(given: str, surname: str) -> bool:
    """Is the pair a full name in another case than the nominative: ``oblique_name``, or
    a woman's name that is also a man's genitive before a man's surname in that case
    ("Алеся Михалевича" is Алесь Михалевич's genitive, not the woman Алеся)?"""
    if oblique_name(given, surname):
        return True
    if fold(given) not in FEMALE_NAMES:
        return False
    nom = nominative_name(given, surname)
    return nom is not None and fold(nom.split()[0]) != fold(given)


_HARD = "кгхжшчщ"


# bodies' head nouns in the genitive with no adjective before: "Офиса Светланы
# Тихановской", "Штаба Виктора Бабарико"
_BODY_GEN = frozenset("офиса штаба центра комитета совета фонда союза".split())


def genitive_body_nominative(phrase: str) -> str | None:
    """A body named in the genitive ("Государственного пограничного комитета",
    "Следственного комитета", "Государственной пограничной службы") in the nominative;
    words after the head noun stay as they are ("Министерства обороны"). None when
    the phrase does not open with adjectives and a noun of a known ending."""
    words = phrase.split()
    k = 0
    while k < len(words) and fold(words[k]).endswith(("ого", "его", "ой", "ей")):
        k += 1
    if k >= len(words) or (
        k == 0 and not fold(words[0]).endswith("ства") and fold(words[0]) not in _BODY_GEN
    ):
        return None
    head, f = words[k], fold(words[k])
    if f.endswith("ства"):
        noun, g = head[:-1] + "о", "n"
    elif f.endswith("ии"):
        noun, g = head[:-1] + "я", "f"
    elif f.endswith("ы") and f[-2:-1] not in _HARD:
        noun, g = head[:-1] + "а", "f"
    elif f.endswith("а") and f[-2:-1] not in _VOWELS:
        noun, g = head[:-1], "m"
    else:
        return None
    adjs = []
    for w in words[:k]:
        fw, base = fold(w), w[:-3] if fold(w).endswith(("ого", "его")) else w[:-2]
        soft = fw.endswith(("его", "ей")) or base[-1:].lower() in _HARD
        if g == "f" and fw.endswith(("ой", "ей")):
            adjs.append(base + ("яя" if fw.endswith("ей") else "ая"))
        elif g == "m" and fw.endswith(("ого", "его")):
            adjs.append(base + ("ий" if soft else "ый"))
        elif g == "n" and fw.endswith(("ого", "его")):
            adjs.append(base + ("ее" if fw.endswith("его") else "ое"))
        else:
            return None
    return " ".join([*adjs, noun, *words[k + 1 :]])


# bodies named by their place ("в Минздраве", "в Госпогранкомитете"): masculine nouns
# whose locative adds "-е"; "в пресс-службе X": the press office
_MASC_BODY = re.compile(
    r"(?:Мин[а-яё]+|[А-ЯЁ][а-яё]*(?:комитет|исполком|банк|стат))[бвгджзклмнпрстфхцчшщ]?е"
)
_MASC_LOCATIVE = frozenset(
    "офисе штабе центре комитете аппарате департаменте совете секретариате отделе "
    "райисполкоме горисполкоме облисполкоме исполкоме суде профкоме горсовете райсовете "
    "университете институте комбинате заводе театре".split()
)
# a place's adjective before the body: "в Борисовском райисполкоме", "в Речицком"
# (or its kind: "в Следственном комитете", "в польском МИД")
_PLACE_ADJ = re.compile(r"[А-ЯЁа-яё][а-яё]+(?:ск|цк|н)ом")


def locative_body_nominative(name: str) -> str:
    """A body named after "в" in the nominative: "Минздраве" Минздрав, "пресс-службе
    МВД" пресс-служба МВД, "ведомстве" ведомство, "Борисовском райисполкоме"
    Борисовский райисполком, "управлении образования" управление образования."""
    words = name.split(" ")
    adjs = 0
    while adjs < len(words) - 1 and _PLACE_ADJ.fullmatch(words[adjs]):
        adjs += 1
    first, rest = words[adjs], words[adjs + 1 :]
    if not adjs:
        fem = _fem_locative(words)
        if fem:
            return fem  # "в Белорусской железной дороге": Белорусская железная дорога
    if fold(first).endswith("стве") and first[:1].isupper():
        first = first[:-1] + "о"  # "в Министерстве транспорта": Министерство транспорта
    elif _MASC_BODY.fullmatch(first) and first[-2] not in "аеёиоуыэюяь":
        first = first[:-1]
    elif fold(first) == "пресс-службе":
        first = first[:-1] + "а"
    elif fold(first).endswith("стве") and not rest:
        first = first[:-1] + "о"  # "в ведомстве": ведомство
    elif fold(first) in _MASC_LOCATIVE:
        first = first[:-1]  # "В офисе Тихановской": офис Тихановской
    elif fold(first) == "управлении":
        first = first[:-1] + "е"
    elif adjs and not (first.isupper() and len(first) > 1):  # (МИД does not decline)
        return name  # "в Минском облисполкоме" is handled; an unknown noun stays as is
    # "Борисовском" -> "Борисовский", "Следственном" -> "Следственный"
    lead = [w[:-2] + ("ый" if w.endswith("ном") else "ий") for w in words[:adjs]]
    return " ".join([*lead, first, *rest])


_FEM_ADJ = re.compile(r"[А-ЯЁа-яё][а-яё]+[^аеёиоуыэюяьй]ой")
_FEM_NOUN = re.compile(r"[а-яё]+[^аеёиоуыэюяьй](?:е|ии)")


def _fem_locative(words: list[str]) -> str | None:
    """Adjectives in "-ой" then a noun in "-е"/"-ии", the first capitalised ("Белорусской
    железной дороге", "Национальной академии"): the feminine nominative, else None."""
    k = 0
    while k < len(words) - 1 and _FEM_ADJ.fullmatch(words[k]):
        k += 1
    if not k or not words[0][:1].isupper() or not _FEM_NOUN.fullmatch(words[k]):
        return None
    noun = words[k][:-1] + ("я" if words[k].endswith("ии") else "а")
    return " ".join([*(w[:-2] + "ая" for w in words[:k]), noun, *words[k + 1 :]])


_PATRONYMIC = re.compile(r"(.+?)(ович|евич|овна|евна|ична)")


def patronymic(word: str) -> str | None:
    """ "m" or "f" when ``word`` is a patronymic in the nominative, made from a known
    given name ("Николаевич" from Николай, "Ивановна", "Юрьевич"); else None (so the
    surnames "Мисевич", "Шушкевич" are none)."""
    m = _PATRONYMIC.fullmatch(fold(word))
    if m is None:
        return None
    base = m.group(1)
    forms = (base, base + "й", base[:-1] + "ий" if base.endswith("ь") else "")
    if not any(f in MALE_NAMES for f in forms if f):
        return None
    return "m" if m.group(2) in ("ович", "евич") else "f"


def _given_gender(given: str) -> str | None:
    """The gender of a (folded) given name in the nominative: "валентина" is hers."""
    if given in MALE_NAMES:
        return "m"
    if given in FEMALE_NAMES or given.endswith(("а", "я")):
        return "f"
    return None
