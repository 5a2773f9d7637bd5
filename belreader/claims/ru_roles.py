"""Does a role noun fit the person a Russian article introduced? "Глава государства
заявил" three paragraphs after "Председатель ЦИК Игорь Карпенко" is not Karpenko: the
chair was introduced by another role. A role that names an office ("президент",
"министр", "председатель", "глава государства") resolves only to someone introduced
by no role, or by the same office; "глава", "лидер", "руководитель" of something else
introduce no office (they fit any); a relation noun ("советник", "представитель",
"адвокат") is an office of its own, which no other role fits. Also which government
body "ведомство" refers back to ("КГБ сообщает ... — говорится в сообщении ведомства")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .en_lexicon import PERSON_COUNTRY
from .ru_lexicon import COUNTRY_WORDS, FEMALE_NAMES, MALE_NAMES
from .ru_names import relation_noun
from .ru_text import fold

# office -> the starts of its nouns in any case (folded)
_OFFICES = (
    # a deputy holds no office of the one they stand in for: "Вице-премьер Леонид Заяц"
    # is no "глава государства", nor "Заместитель министра X" the minister
    ("deputy", ("вице-", "заместител", "замминистр", "зампред", "замглав", "намеснік")),
    ("head", ("президент", "прэзідэнт")),
    ("premier", ("премьер", "прэм'ер", "прэм’ер")),
    ("minister", ("министр", "міністр")),
    ("chair", ("председател", "старшын")),
    ("press", ("пресс-секретар", "прэс-сакратар")),
    ("speaker", ("спикер",)),
    ("chancellor", ("канцлер",)),
    ("secgen", ("генсек", "генеральн")),
    # "государственный секретарь Союзного государства X", then "госсекретарь"
    ("secretary", ("госсекретар", "секретар")),
    ("judge", ("судь", "судей")),
    # a region's or a city's head: "с губернатором области X" is no "Президент"
    ("governor", ("губернатор",)),
    ("mayor", ("мэр",)),
)
_STATE = ("государств", "страны", "дзяржав", "краіны")
# a minister's ministry, told by its noun or its short name: "министр иностранных дел",
# "глава МИД"
_MINISTRIES = (
    ("foreign", ("иностранн", "мид", "дипломати")),  # "глава литовской дипломатии"
    ("interior", ("внутренн", "мвд")),
    ("defence", ("оборон", "минобороны")),
    ("finance", ("финанс", "минфин")),
)

# words that keep a role about the person ("глава государства", "президент страны");
# any other ("глава МИД", "министр обороны") names another role: not resolved
ROLE_QUALIFIERS = frozenset(
    (
        "государства",
        "страны",
        "республики",
        "белорусский",
        "дзяржавы",
        "краіны",
        "российский",
        "украинский",
        "бывший",
        "действующий",
        "покойный",  # "— говорил покойный министр": the minister the article named
    )
)

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _office(words: list[str]) -> str | None:
    """The office a role phrase's folded words name; "глава государства" is the head."""
    for i, w in enumerate(words):
        heads = ("глава", "кіраўнік", "лидер", "руководитель")
        if w in heads and i + 1 < len(words) and words[i + 1].startswith(_STATE):
            return "head"
        if w.startswith(("глав", "руководител", "кіраўні")) and _ministry(words[i + 1 : i + 3]):
            return "minister"  # "глава МИД", "глава белорусского МИД"
        if w in heads and i + 1 < len(words) and words[i + 1].startswith("правительств"):
            return "premier"  # "глава правительства"
        for office, starts in _OFFICES:
            if w.startswith(starts):
                return office
    return None


# a mention followed by a given name and a surname: the mention is their owner
_OWNER_THEN_NAME = re.compile(r"[А-ЯЁІЎ][\w’'-]*\s+([А-ЯЁІЎ][а-яёіў]+)\s+[А-ЯЁІЎ]")
_GIVEN = MALE_NAMES | FEMALE_NAMES


# a name then its office in apposition: "Юрий Горлов, министр сельского хозяйства"
_APPOSED_ROLE = re.compile(r"(?:[А-ЯЁ][а-яё-]+ ){0,2}[А-ЯЁ][а-яё-]+, ([а-яё][а-яё -]{2,40})")


def role_fits(role_words: list[str], text: str, mention_pos: int) -> bool:
    """Does the role (folded words) fit the person whose mention starts at
    ``mention_pos``, judged by the words just before that mention in its sentence?"""
    want = _office(role_words)
    if want is None:
        return True
    m = _OWNER_THEN_NAME.match(text, mention_pos)
    if m and fold(m.group(1)) in _GIVEN:
        return True  # "Пресс-секретарь Лукашенко Наталья Эйсмонт": the office is hers
    lo = max(0, mention_pos - 80)
    cut = max(text.rfind(c, lo, mention_pos) for c in ".!?\n")
    raw = _WORD.findall(text[max(lo, cut + 1) : mention_pos])
    if len(raw) > 1 and raw[-1][:1].isupper() and raw[-2][:1].islower():
        raw = raw[:-1]  # a mention at the surname: the window ends before the given name
    before = [fold(w) for w in raw][-5:]
    have = _office(before)
    if have is None:
        after = _APPOSED_ROLE.match(text, mention_pos)  # "Юрий Горлов, министр ..."
        have = _office([fold(w) for w in _WORD.findall(after.group(1))]) if after else None
        if have is not None:
            return have == want  # "Юрий Горлов, министр сельского хозяйства:": a minister
    if have is None and any(relation_noun(w) for w in before):
        return False  # "Советник Тихановской Франак Вячорка ... Министр отметил": not him
    return have is None or have == want


def office_of(words: list[str]) -> str | None:
    """The office a role phrase names (folded words), or None."""
    return _office(words)


_SENT_END = ".!?…\n"


def opening_office(text: str, pos: int) -> tuple[str, list[str]] | None:
    """When the pronoun at ``pos`` opens its sentence and the sentence before opens with
    a role noun in the nominative ("Глава государства также коснулся ... Он назвал"):
    that office and the role's folded words. The narration is about that office holder,
    whoever was named last."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] not in _SENT_END:
        return None
    lo = max(0, j - 400)
    cut = max(text.rfind(c, lo, j - 1) for c in _SENT_END)
    if cut < 0 and lo > 0:
        return None
    words = [fold(w) for w in _WORD.findall(text[cut + 1 : cut + 60])][:3]
    if not words or words[0] not in _NOMINATIVE_HEADS:
        return None
    office = _office(words)
    return (office, words) if office else None


_NOMINATIVE_HEADS = frozenset(
    ("президент", "глава", "премьер-министр", "премьер", "министр", "председатель")
    + ("пресс-секретарь", "спикер", "канцлер", "прэзідэнт", "кіраўнік", "генсек")
)


def office_holder(
    holders: list[str], role: list[str], ant: str | None, fits: Callable[[list[str], str], bool]
) -> str | None:
    """Who "Он" is after a sentence opened by ``role``: the one person the article's
    phrases of that office named ("Президент Беларуси" after both Lukashenko and Putin
    were "президент": the country leaves one), else the antecedent if the role fits
    them, else None."""
    countries = {COUNTRY_WORDS[w] for w in role if w in COUNTRY_WORDS}
    if countries:
        holders = [h for h in holders if PERSON_COUNTRY.get(h, set()) & countries]
    if len(set(holders)) == 1:
        return holders[0]
    if holders or ant is None or not fits(role, ant):
        return None
    if countries and not PERSON_COUNTRY.get(ant, set()) & countries:
        return None
    return ant


def role_named(role_words: list[str], text: str, mention_pos: int) -> bool:
    """Was the person whose mention starts at ``mention_pos`` introduced with the very
    office the role names ("Президент Белоруссии Александр Лукашенко" for "Глава
    государства")?"""
    want = _office(role_words)
    if want is None:
        return False
    lo = max(0, mention_pos - 80)
    cut = max(text.rfind(c, lo, mention_pos) for c in ".!?\n")
    raw = _WORD.findall(text[max(lo, cut + 1) : mention_pos])
    if len(raw) > 1 and raw[-1][:1].isupper() and raw[-2][:1].islower():
        raw = raw[:-1]  # a mention at the surname: the window ends before the given name
    before = [fold(w) for w in raw][-5:]
    return _office(before) == want


def _ministry(words: list[str]) -> str | None:
    for key, starts in _MINISTRIES:
        if any(w.startswith(starts) for w in words):
            return key
    return None


def minister_named(role_words: list[str]) -> bool:
    """Does the role name a minister of one ministry ("глава МИД", "министр обороны")?"""
    return _office(role_words) == "minister" and _ministry(role_words) is not None


def introduced_as_minister(role_words: list[str], text: str, mention_pos: int) -> bool:
    """Was the person whose mention starts at ``mention_pos`` introduced as the
    minister of the ministry the role names ("Министр иностранных дел Беларуси Максим
    Рыженков" for "глава МИД")?"""
    lo = max(0, mention_pos - 80)
    cut = max(text.rfind(c, lo, mention_pos) for c in ".!?\n")
    raw = _WORD.findall(text[max(lo, cut + 1) : mention_pos])
    if len(raw) > 1 and raw[-1][:1].isupper() and raw[-2][:1].islower():
        raw = raw[:-1]  # a mention at the surname: the window ends before the given name
    before = [fold(w) for w in raw][-5:]
    return _office(before) == "minister" and _ministry(before) == _ministry(role_words)


# a government body named by its short name, in any case ("КГБ", "МИД Беларуси",
# "Минздрава"): what "ведомство" refers back to
_AGENCY = re.compile(
    r"(?<![\w-])(МИД(?: (?:Беларуси|Белоруссии|России|РФ|Литвы|Латвии|Польши|Украины))?|"
    r"КГБ|МВД|МЧС|МАРТ|ГПК|ГТК|Госпогранкомитет[а-я]*|Минобороны|"
    r"Государственн[а-я]+ (?:пограничн|таможенн)[а-я]+ комитет[а-я]*|"
    r"Мин(?:здрав|транс|фин|юст|энерго|торг|сельхозпрод)[а-я]*|"
    # a ministry by its full name: "Министерство здравоохранения", "Министерства по
    # чрезвычайным ситуациям"
    r"Министерств[оаеу]м? (?:здравоохранения|образования|обороны|юстиции|финансов|"
    r"экономики|энергетики|промышленности|культуры|информации|иностранных дел|"
    r"внутренних дел|по чрезвычайным ситуациям|сельского хозяйства и продовольствия|"
    r"труда и социальной защиты|транспорта и коммуникаций|связи и информатизации|"
    r"спорта и туризма|природных ресурсов и охраны окружающей среды|"
    r"архитектуры и строительства|жилищно-коммунального хозяйства|лесного хозяйства|"
    r"по налогам и сборам|антимонопольного регулирования и торговли))(?![\w-])"
)
# "ведомство" as a speaker, with "в" and a qualifier: "во внешнеполитическом ведомстве"
_AGENCY_NOUN = re.compile(
    r"(?:(?:в|во) )?(?:(внешнеполитическ[а-я]*|военн[а-я]*|эт[а-я]+|данн[а-я]*) )?"
    r"(ведомств|министерств)[а-я]*"
)
# what "министерство" may refer back to: a ministry, not a committee or a service
_MINISTRY_NAME = re.compile(r"Мин|МИД|МВД|МЧС|МАРТ")
_AGENCY_KIND = {"внешнеполитическ": "МИД", "военн": "Минобороны"}


def agency_before(text: str, pos: int, surface: str) -> str | None:
    """The body "ведомство" (``surface``, folded) at ``pos`` refers to: the one government
    body named by its short name in the 1,500 characters before ("КГБ сообщает ... —
    говорится в сообщении ведомства": КГБ), of the kind a qualifier asks for
    ("внешнеполитическое ведомство": МИД). None when the phrase is no such noun, or
    when none or two different bodies were named."""
    m = _AGENCY_NOUN.fullmatch(surface)
    if m is None:
        return None
    want = next((v for k, v in _AGENCY_KIND.items() if (m.group(1) or "").startswith(k)), None)
    found = [a.group(1) for a in _AGENCY.finditer(text, max(0, pos - 1500), pos)]
    if m.group(2) == "министерств":  # "сообщает министерство": a ministry only
        found = [a for a in found if _MINISTRY_NAME.match(a)]
    bodies = {_agency_key(a) for a in found}
    if want:
        found = [a for a in found if _agency_key(a) == want]
        bodies &= {want}
    if len(bodies) != 1 or not found:
        return None
    return max((a for a in found if _agency_key(a) in bodies), key=len)


def _agency_key(name: str) -> str:
    """ "МИД Беларуси" -> "МИД", "Минздрава" -> "Минздрав", "Министерства обороны" ->
    "Министерство обороны": one key per body."""
    first = name.split()[0]
    if first.startswith("Министерств"):
        return "Министерство " + name.split(" ", 1)[1]
    if first.startswith("Мин") and first != "Минобороны":
        for end in ("ом", "а", "у", "е"):
            if first.endswith(end) and first[-len(end) - 1] not in "аеёиоуыэюя":
                return first[: -len(end)]
    if first.startswith("Госпогранкомитет"):
        return "Госпогранкомитет"
    if first.startswith("Государственн"):  # "Государственного пограничного комитета"
        kind = "пограничный" if name.split()[1].startswith("погран") else "таможенный"
        return f"Государственный {kind} комитет"
    return first


def agency_nominative(name: str) -> str:
    """A body's short name in the nominative ("Минздрава" -> "Минздрав")."""
    key = _agency_key(name)
    return name if key == name.split()[0] or key == name else key


def neuter_body_before(text: str, lo: int, pos: int) -> str | None:
    """What "оно" refers to: the ministry that opens a sentence between ``lo`` (the
    paragraph's start) and ``pos`` ("Министерство по чрезвычайным ситуациям
    предупредило ... Оно также сообщило"), the last one; None when there is none."""
    last = None
    for m in _AGENCY.finditer(text, lo, pos):
        name = m.group(1)
        before = text[max(lo, m.start() - 3) : m.start()].strip()
        if name.startswith("Министерство ") and (m.start() == lo or before in ("", ".", "!", "?")):
            last = name
    return last


def is_agency(name: str) -> bool:
    """ "КГБ", "Минздрав", "МИД Беларуси": a government body by its short name."""
    return _AGENCY.fullmatch(name) is not None


# the offices whose holder a lone role names only when introduced with that very office
# ("Глава правительства" after "премьер-министр X", "госсекретарь", "Судья")
_NAMED_ONLY = frozenset(("premier", "secretary", "judge", "governor", "mayor"))
_ROLE_TAIL = ROLE_QUALIFIERS | {"правительства", "беларуси", "белоруссии", "россии"}


def office_named_only(low: list[str], role_heads: frozenset[str]) -> bool:
    """Is the phrase (folded words) a lone role of such an office, one the older rules
    leave as written ("глава правительства республики", "госсекретарь", "судья")?"""
    if not 1 <= len(low) <= 4 or (low[0] in role_heads and low[0] != "глава"):
        return False
    return _office(low) in _NAMED_ONLY and all(w in _ROLE_TAIL for w in low[1:])


# "представитель Кремля" for the Kremlin's spokesman, named before with his title:
# "пресс-секретарь президента РФ Дмитрий Песков" (folded, the given name optional)
_KREMLIN_VOICE = re.compile(r"(?:официальн[а-я]+ )?представител[а-я]* кремля")
_KREMLIN_TITLE = re.compile(
    r"(?:пресс-секретар|представител)[а-я]* (?:президента (?:рф|россии)|кремля)"
    r"(?: [а-яеё]+)?\s*$"
)


def kremlin_voice(
    text: str, mentions: Callable[[], list], phrase: str, pos: int, window: int
) -> str | None:
    """ "По словам представителя Кремля": the one person in the window introduced as the
    Russian president's press secretary or the Kremlin's representative; else None."""
    if not _KREMLIN_VOICE.fullmatch(phrase):
        return None
    names = {
        name
        for p, name, _g in mentions()
        if pos - window <= p < pos and _KREMLIN_TITLE.search(fold(text[max(0, p - 70) : p]))
    }
    return names.pop() if len(names) == 1 else None
