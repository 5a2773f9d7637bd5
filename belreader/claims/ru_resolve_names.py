"""Russian speakers as a reader wants them: one person, one name, in the nominative.
The resolver of ``ru_resolve`` plus: a full name written only in another case
("по мнению банкира Дмитрия Крука", "встретился с Дмитрием Круком") gives the person
in the nominative (Дмитрий Крук), for that phrase and for the bare surname later; an
outlet in quotation marks («Медуза») loses them. A phrase that names whose the speaker
is ("Мать ... Никиты Золотарёва") stays as written."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from .ru_company import firm_before
from .ru_heads import one_head_of_state
from .ru_lexicon import (
    COUNTRY_WORDS,
    FEMALE_NAMES,
    MALE_NAMES,
    OUTLET_GENITIVES,
    POSSESSIVES,
    PRONOUNS,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from .ru_names import given_only, named_later, relation_noun
from .ru_nominative import (
    genitive_body_nominative,
    given_nominative,
    locative_body_nominative,
    nominative_name,
    oblique_name,
    oblique_pair,
    patronymic,
)
from .ru_person_nouns import intro_words, typed_person
from .ru_resolve import _MAX_SCAN, _NAME_RUN, RuResolver, person_any_form
from .ru_roles import (
    agency_before,
    agency_nominative,
    introduced_as_minister,
    kremlin_voice,
    minister_named,
    neuter_body_before,
    office_named_only,
    office_of,
    role_named,
)
from .ru_same_source import INTERLOCUTOR, Noted, same_source, unnamed_before
from .ru_text import fold, genders_compatible, lookalikes_fixed, stem

_IN = ("в ", "во ", "ў ")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]+)[»\"”“]")


def _name_at_end(surface: str, cases: tuple[str, ...]) -> str | None:
    """The nominative of the full name ending ``surface`` when every word before it can
    be its apposition (no relation noun: "банкира", "главного экономиста ЕАБР")."""
    words = _WORD.findall(surface)
    if len(words) < 2 or not surface.rstrip()[-1:].isalpha():
        return None
    low = [fold(w) for w in words]
    if any(relation_noun(w) or w in POSSESSIVES for w in low[:-2]):
        return None
    if len(words) > 2 and not cases and not low[0][:1].islower():
        return None  # a phrase in the nominative: its head is the speaker, not the name
    return nominative_name(words[-2], words[-1], cases)


def _title_nominative(title: str) -> str:
    """A quoted title in the genitive after "по данным" back in the nominative, where
    every word has the feminine ending that says so ("Вясны": Вясна, "Новой газеты":
    Новая газета, Belarusian "Нашай Нівы": Наша Ніва); else the title as written
    ("Зеркала" may be Зеркало or a masculine's genitive)."""
    if fold(title) in OUTLET_GENITIVES:
        return OUTLET_GENITIVES[fold(title)]  # "по данным «Зеркала»": Зеркало
    out = []
    for w in title.split():
        if w.endswith("ой") and len(w) > 3:
            out.append(w[:-2] + "ая")
        elif w.endswith("ай") and len(w) > 3:
            out.append(w[:-2] + "а")
        elif w.endswith("ы") and len(w) > 2 and w[-2] not in "гкхжшчщ":
            out.append(w[:-1] + "а")
        else:
            return title
    return " ".join(out)


def _owned(surface: str, speaker: str) -> bool:
    """Does a relation noun stand before the name ``speaker`` that ends ``surface``?"""
    words = _WORD.findall(surface)
    if len(words) < 2 or stem(words[-1]) != stem(speaker.split()[-1]):
        return False
    given = len(words) > 2 and oblique_name(words[-2], words[-1])
    if not given and fold(words[-1]) == fold(speaker.split()[-1]):
        return False  # "Пресс-секретарь МИД Павел Врублевский": the name is the head
    return any(relation_noun(fold(w)) for w in words[: -2 if given else -1])


# bodies named in the genitive after "по версии", "по данным": their nominative
_BODIES = {
    "обвинения": "обвинение",
    "следствия": "следствие",
    "защиты": "защита",
    "прокуратуры": "прокуратура",
    "милиции": "милиция",
    "полиции": "полиция",
    # people in the plural genitive: "По словам очевидцев": очевидцы
    "очевидцев": "очевидцы",
    "свидетелей": "свидетели",
    "жителей": "жители",
    "местных жителей": "местные жители",
    "родственников": "родственники",
    "правозащитников": "правозащитники",
    # after a possessive: "По словам ее соседей": ее соседи
    "соседей": "соседи",
    "коллег": "коллеги",
    "друзей": "друзья",
    "родителей": "родители",
    "знакомых": "знакомые",
    "близких": "близкие",
    "адвокатов": "адвокаты",
}
# an unnamed source in the genitive after "по данным", "по словам"
_SOURCE_GENITIVE = {
    "источника": "источник",
    "собеседника": "собеседник",
    "сотрудника": "сотрудник",
    "источников": "источники",
    "собеседников": "собеседники",
}
# a body of one word in the genitive after "по данным": "Белстата", "Нацбанка"
_GENITIVE_BODY = re.compile(r"[А-ЯЁ][а-яё]*(?:стат|банк|комитет|исполком|суд|штаб|фонд)а")
# nouns for a person the article named just before: gender (None: either) and whether
# they are an expert's (the person must have been introduced as one)
_PERSON_NOUNS: dict[str, tuple[str | None, bool]] = {
    **dict.fromkeys(("женщина", "пенсионерка", "девушка", "собеседница"), ("f", False)),
    **dict.fromkeys(("мужчина", "пенсионер", "собеседник"), ("m", False)),
    **dict.fromkeys(("эксперт", "аналитик", "экономист", "политолог", "социолог"), (None, True)),
    **dict.fromkeys(("врач", "медик"), (None, True)),
    # nouns of a trade, a rank or a nationality: the one person named in this paragraph
    # or the one before, never the last speaker by default ("— признался 24-летний
    # форвард" after the coach spoke is no coach)
    **dict.fromkeys(
        ("спортсменка", "белоруска", "бизнесменка", "активистка", "предпринимательница"),
        ("f", False),
    ),
    **dict.fromkeys(
        ("спортсмен", "белорус", "бизнесмен", "генерал", "активист", "предприниматель"),
        ("m", False),
    ),
}
_NO_FALLBACK = frozenset(
    "спортсменка белоруска бизнесменка активистка спортсмен белорус бизнесмен генерал "
    "активист предприниматель предпринимательница".split()
)
# an age before the noun: "52-летний бизнесмен", "24-летняя спортсменка"
_AGE = re.compile(r"\d{1,3}-летн(?:ий|яя)\s+")
# their genitive after "по словам" ("По словам женщины, ..."); not read as subjects,
# where "женщины" would be a plural
# "говорится в заявлении X": X is in the genitive
# (or opening the sentence: "В письменном ответе продавца, ..., говорится, что")
_STATEMENT_OF = re.compile(
    r"(?i)(?:(?:говорится|сказано)\s+в\s+[а-яё]+|(?:^|[.!?…»]\s+|\n)во?\s+"
    r"(?:[а-яё-]+(?:ом|ем|ой|ей)\s+){0,2}(?:ответе|письме|записке|сообщении|заявлении|приказе))"
    r"\s+$"
)
# "По оценке ведомства": a source of figures keeps its words (dev's annotation)
_PO_LEAD = re.compile(r"(?i)(?<![\w-])по\s+\w+\s+$")
# "по данным правозащитного центра «Вясна»": a body's kind in the genitive, then its
# title in the nominative (in apposition): the title
_KIND_THEN_TITLE = re.compile(
    r"(?:[а-яё-]+(?:ого|его|ой|ей) )?(?:центра|организации|издания|агентства|портала|"
    r"фонда|движения|партии|телеканала|канала|газеты|сайта|проекта|инициативы|"
    r"объединения) «[^«»]{1,40}»"
)
# a role's genitive after "говорится в приказе": the role in the nominative
_ROLE_GENITIVE = {
    f"{w}а": w for w in ("министр", "ректор", "директор", "президент", "губернатор", "мэр")
} | {"председателя": "председатель", "главы": "глава", "руководителя": "руководитель"}
_ROLE_GENITIVE |= {"продавца": "продавец", "инженера": "инженер", "начальника": "начальник"}
_PERSON_GENITIVE = {
    "женщины": "женщина",
    "девушки": "девушка",
    "собеседницы": "собеседница",
    "пенсионерки": "пенсионерка",
    "мужчины": "мужчина",
    "пенсионера": "пенсионер",
    "собеседника": "собеседник",
    **{f"{w}а": w for w in ("эксперт", "аналитик", "экономист", "политолог", "социолог")},
}
# "один из них", "одна из нас": one of a group, not a person the reader can name
_ONE_OF = re.compile(r"(?:один|одна|одно|одного|одной|адзін|адна) (?:из|з) (?:них|нас|вас|іх)")
# a surname followed by another person joined with "и" ("Александров и Игорь Ильяш")
_AND_NAME = re.compile(r"[^\W\d_][\w’'-]*\s+(?:и|і)\s+[А-ЯЁІЎ]")
# nouns that introduce someone as an expert ("Аналитик «Финама» Ольга Белова")
_EXPERT = re.compile(
    r"(?<![\w-])(?:эксперт|аналитик|экономист|политолог|социолог|"
    # a doctor, for "— напоминает врач": "инфекционист министерства Ирина Карабан"
    r"врач|инфекционист|эпидемиолог|терапевт|педиатр|хирург|главврач|медик|больниц|поликлиник)"
    r"\w*[^.!?]*$"
)


_GIVEN_NOM = MALE_NAMES | FEMALE_NAMES
# how far a noted claim's position may lie before an earlier one's (a speaker after its
# quote, the next claim's before its content): history is scanned back this far past
_DISORDER = 2000
_HEAD_HINT = re.compile(r"(?i)президент|прэзідэнт|глав|лидер|кіраўні|руководител")


class RuNamesResolver(RuResolver):
    """``RuResolver`` with names in the nominative (see the module docstring)."""

    def __init__(self, doc, aliases) -> None:
        super().__init__(doc, aliases)
        self._from_oblique: set[str] = set()  # full names learnt from another case
        self._heads: list[tuple[int, str, str | None]] | None = None
        self._noted: Noted = []  # (pos, speaker, folded surface) of every claim noted

    def note(self, speaker: str | None, surface: str | None, pos: int) -> None:
        super().note(speaker, surface, pos)
        if speaker:
            self._noted.append((pos, speaker, (surface or "").lower()))

    def _para_before(self, pos: int) -> int:
        """The start of the paragraph before the one holding ``pos``."""
        k = bisect_right(self.doc.para_starts, pos) - 1
        return self.doc.paras[max(k - 1, 0)][0]

    def full_names(self) -> dict[str, str]:
        if self._full is None:
            found = super().full_names()
            for key, known in list(found.items()):
                pair = known.split()
                if len(pair) == 2 and oblique_pair(pair[0], pair[1]):
                    # "Вадима Храпова" learnt from its verb: Вадим Храпов, or no one
                    nom = nominative_name(pair[0], pair[1])
                    if nom:
                        found[key] = nom
                        self._from_oblique.add(nom)
                    else:
                        del found[key]
            scan = lookalikes_fixed(self.doc)[:_MAX_SCAN]
            for m in _NAME_RUN.finditer(scan):
                words = m.group().split()
                for given, surname in pairwise(words):
                    if not oblique_pair(given, surname):
                        continue
                    name = nominative_name(given, surname)
                    if name and found.setdefault(stem(surname), name) == name:
                        self._from_oblique.add(name)
                    break
        return self._full or {}

    def mentions(self) -> list[tuple[int, str, str | None]]:
        """Also marks as not the subject a mention of someone named only in another case
        when a lower-case word stands before it ("семью Тарасевич", "с Круком")."""
        if self._mentions is None:
            out = super().mentions()
            t = self.t
            for p, name, _g in out:
                if name in self._from_oblique and p not in self._oblique:
                    before = t[max(0, p - 30) : p].split()
                    if before and before[-1][:1].islower() and fold(before[-1]) not in SPEECH_VERBS:
                        self._oblique.add(p)
        return self._mentions or []

    def resolve(self, surface: str, pos: int) -> str | None:
        if _ONE_OF.fullmatch(fold(" ".join(surface.split()))):
            return None  # "— говорит одна из них": unresolved, never the group's first name
        phrase = fold(" ".join(surface.split()))
        found, who = same_source(phrase, self._noted, self._para_before(pos), pos)
        if found:
            return who  # "Там добавили", "— уточнили в пресс-службе": the source before
        firm = firm_before(self.t, pos, surface)
        if firm:
            return firm  # "в пресс-службе компании" after "«Гродно Азот» остановит ..."
        words = _WORD.findall(surface)
        low = [fold(w) for w in words]
        if len(words) == 2 and patronymic(words[1]) and low[0] in _GIVEN_NOM:
            # "— подчеркнул Александр Николаевич": the one Александр named in full before
            return self._by_given(words[0], pos) or surface
        named = any(
            w[:1].isupper() and not w.isupper() and lw not in COUNTRY_WORDS
            for w, lw in zip(words[1:], low[1:], strict=True)
        )
        if minister_named(low) and not named:  # the role alone, no name in it
            return self._minister(low, surface, pos)
        agency = agency_before(self.t, pos, fold(" ".join(surface.split())))
        if agency and not _PO_LEAD.search(self.t, max(0, pos - 14), pos):
            return agency_nominative(agency)  # "говорится в сообщении ведомства": КГБ
        if _STATEMENT_OF.search(self.t, max(0, pos - 40), pos):
            body = genitive_body_nominative(" ".join(surface.split()))
            if body:
                return body  # "говорится в заявлении Следственного комитета"
            if phrase in _ROLE_GENITIVE:  # "говорится в приказе министра": the minister
                return self.resolve(_ROLE_GENITIVE[phrase], pos)
        voice = kremlin_voice(self.t, self.mentions, phrase, pos, self.WINDOW)
        if voice:
            return voice  # "представитель Кремля" after "пресс-секретарь президента РФ X"
        if INTERLOCUTOR.fullmatch(phrase):  # "собеседник РБК": the source that told it
            return unnamed_before(self._noted, self._para_before(pos), pos) or surface
        if not named and office_named_only(low, ROLE_HEADS):
            return self._office_holder(low, surface, pos)  # "Судья" after "судья Наталья Жук"
        speaker = super().resolve(surface, pos)
        pair = (speaker or "").split()
        if speaker != surface and len(pair) == 2 and patronymic(pair[1]):
            # "Она" after "со Светланой Георгиевной", who was "Светланы Тихановской"
            speaker = self._by_given(pair[0], pos) or speaker
        if speaker is None and low == ["оно"]:
            # "Министерство ... предупредило о ветре. Оно также сообщило, что ...": the body
            return neuter_body_before(self.t, self.doc.para_of(pos)[0], pos)
        later = self._headline_person(surface, pos)
        if later:
            return later  # "Сестра Марии Колесниковой: «...»", then "её сестра Татьяна Хомич"
        if speaker and speaker != surface and _owned(surface, speaker):
            # "Мать политзаключённого Никиты Золотарёва": the mother, as written
            return surface.split(None, 1)[1] if fold(surface).startswith(_IN) else surface
        if speaker and speaker == surface and not surface[:1].isupper():
            speaker = (
                self._person_noun(surface, pos)
                or self._named_with(surface, pos)
                or self._introduced_as(surface, pos)
                or speaker
            )
        if speaker and fold(surface).startswith(_IN):
            speaker = locative_body_nominative(speaker)  # "В Минздраве отметили": Минздрав
        two = (speaker or "").split()
        if len(two) == 2 and speaker != surface and all(w[:1].isupper() for w in two):
            # "Светлана сказала" after "Светланы Тихановской", "разговора Колесникова"
            # after "Мария Колесникова": the person the table knows
            canon = person_any_form(self.aliases, speaker)
            speaker = canon if canon and same_given(two[0], canon) else speaker
        return self._nominative(speaker, surface, ())

    def _headline_person(self, surface: str, pos: int) -> str | None:
        """In a headline (a first paragraph of one line with no full stop), a relation
        noun the body then gives a name ("её сестра Татьяна Хомич"): that person."""
        if not self.doc.paras or len(self.doc.paras) < 2:
            return None
        ps, pe = self.doc.paras[0]
        if not ps <= pos < pe or pe - ps > 160 or self.t[ps:pe].rstrip().endswith("."):
            return None
        return named_later(self.t, pe, surface)

    def source(self, surface: str, pos: int) -> str | None:
        firm = firm_before(self.t, pos, surface)
        if firm:
            return firm  # "по данным компании": the firm the story named
        noun = _PERSON_GENITIVE.get(fold(" ".join(surface.split())))
        who = self._person_noun(noun, pos) if noun else None
        if who:
            return who  # "По словам женщины": the one woman named just before
        speaker = self._nominative(super().source(surface, pos), surface, ("gen",))
        m = _QUOTED.fullmatch(" ".join(surface.split()))
        if speaker and m and speaker == m.group(1).strip():
            return _title_nominative(speaker)  # "по данным «Вясны»": Вясна
        m = _KIND_THEN_TITLE.fullmatch(fold(" ".join(surface.split())))
        if speaker and m:
            return _QUOTED.search(surface).group(1).strip()  # type: ignore[union-attr]
        return speaker

    def _role_antecedent(self, low: list[str], pos: int, gender: str | None) -> str | None:
        """Also: "Глава государства" after someone else spoke, when exactly one person in
        the window was introduced with that office ("Президент ... Александр Лукашенко
        встретился с ... Иваном Крупко. Крупко доложил ... Глава государства ...")."""
        ant = super()._role_antecedent(low, pos, gender)
        if ant is not None and ant not in self._from_oblique:
            return ant  # only where a name learnt here could have taken the role
        if ant is None and any(w in COUNTRY_WORDS for w in low):
            # "Министр иностранных дел Беларуси Максим Рыженков ... Белорусский министр"
            return self._country_introduced(low, pos, gender)
        if any(w in COUNTRY_WORDS for w in low) or office_of(low) != "head":
            return ant
        if self._heads is None:  # the mentions introduced as head of state, once
            self._heads = [
                (p, name, g)
                for p, name, g in self.mentions()
                if _HEAD_HINT.search(self.t, max(0, p - 80), p)  # cheap test first
                and role_named(low, self.t, p)
                and self._is_person(name)
            ]
        fits = {
            name
            for p, name, g in self._heads
            if pos - self.WINDOW <= p < pos and genders_compatible(gender, g)
        }
        if ant is not None and (ant in fits or not fits):
            return ant
        if ant is None and not fits:
            # "Лукашенко провел совещание. Вице-премьер X доложил ... Глава государства":
            # no one introduced with the office; the one head of state named
            return one_head_of_state(
                self.t,
                self.mentions(),
                self._oblique,
                pos,
                self.WINDOW,
                lambda phrase: person_any_form(self.aliases, phrase),
            )
        # "Президент ... Лукашенко встретился с губернатором Иваном Крупко. Крупко
        # доложил ... Глава государства": the one introduced with the office, not Крупко
        return fits.pop() if len(fits) == 1 else None

    def _person_noun(self, surface: str, pos: int) -> str | None:
        """ "— говорит эксперт", "— сказала пенсионерка": the one person of that gender
        named in this paragraph or the one before (an expert: introduced with an
        expert's noun), when no one else spoke since; else None."""
        low = fold(surface)
        aged = _AGE.match(low)
        if aged:
            low = low[aged.end() :]  # "52-летний бизнесмен": the noun; the age is no rival
        if low not in _PERSON_NOUNS:
            return None
        g, expert = _PERSON_NOUNS[low]
        verb = self._verb_gender(pos)
        if g and verb in ("m", "f") and verb != g:
            return None
        g = g or (verb if verb in ("m", "f") else None)
        doc = self.doc
        k = bisect_right(doc.para_starts, pos) - 1
        start = doc.paras[max(k - 1, 0)][0]
        names: dict[str, int] = {}
        for p, name, mg in self.mentions():
            if start <= p < pos and mg in ("m", "f") and (g is None or mg == g):
                q = doc.quote_at(p)
                if q is None or not q.closed:
                    names.setdefault(name, p)
        if not names and not expert and not aged and low not in _NO_FALLBACK:
            return self._last_speaker(start, pos, g)
        last = self.history[-1] if self.history else None
        if (
            len(names) > 1
            and last
            and last[1] in names
            and doc.para_of(last[0]) == doc.para_of(pos)
        ):
            # "Другой политолог, X, отметил ... По словам эксперта": the one of them who
            # spoke last in this paragraph
            names = {last[1]: names[last[1]]}
        if len(names) != 1:
            return None
        name, first = names.popitem()
        if expert and not _EXPERT.search(fold(self.t[max(0, first - 60) : first])):
            return None  # "эксперт" after someone not introduced as one
        if any(first < hp < pos and sp != name and p for hp, sp, _g, p in self.history):
            return None  # someone else spoke in between (a body speaking is no rival)
        return name

    def _country_introduced(self, low: list[str], pos: int, gender: str | None) -> str | None:
        """The one person in the window introduced with the role's country and an office
        the role fits ("Министр иностранных дел Беларуси Максим Рыженков" for
        "Белорусский министр"), else None."""
        countries = {COUNTRY_WORDS[w] for w in low if w in COUNTRY_WORDS}
        found = set()
        ms = self.mentions()
        for p, name, g in ms[bisect_left(ms, (pos - self.WINDOW,)) : bisect_left(ms, (pos,))]:
            if not genders_compatible(gender, g):
                continue
            intro = {COUNTRY_WORDS[w] for w in intro_words(self.t, p) if w in COUNTRY_WORDS}
            if intro & countries and self._is_person(name) and self._fits(low, name):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def _introduced_as(self, surface: str, pos: int) -> str | None:
        """ "— признался 24-летний форвард" after "нападающий Никита Ладыко" (see
        ``ru_person_nouns``); a verb's gender must fit."""
        gender = self._verb_gender(pos)
        g = gender if gender in ("m", "f") else None
        return typed_person(self.t, self.mentions(), self.history, pos, self.WINDOW, surface, g)

    def _named_with(self, surface: str, pos: int) -> str | None:
        """ "— подчеркнул журналист" after "журналиста Андрея Александрова": the one
        person of the verb's gender in the window whose name came right after that
        noun, in any case."""
        words = _WORD.findall(surface)
        if len(words) != 1 or fold(words[0]) in PRONOUNS:
            return None
        want, gender = stem(fold(words[0])), self._verb_gender(pos)
        found, first = set(), pos
        ms = self.mentions()
        for p, name, g in ms[bisect_left(ms, (pos - self.WINDOW,)) : bisect_left(ms, (pos,))]:
            if gender in ("m", "f") and g != gender:
                continue
            before = _WORD.findall(self.t[max(0, p - 60) : p])
            if before and before[-1][:1].isupper():
                before = before[:-1]  # the given name before the surname
            if not before or stem(fold(before[-1])) != want:
                continue
            if fold(before[-1]).endswith(("ы", "и", "ов", "ев")) or _AND_NAME.match(self.t, p):
                return None  # "Журналисты X и Y": the noun names both, "журналист" either
            found.add(name)
            first = p
        if len(found) != 1:
            return None
        name = found.pop()
        for hp, sp, hg, _person in reversed(self.history):
            if hp < first - _DISORDER:
                break  # (claims are noted nearly in text order)
            if first < hp < pos and sp != name and (hg == gender or hg not in ("m", "f")):
                return None  # another speaker who could be "журналист" came in between
        return name

    def _by_given(self, given: str, pos: int) -> str | None:
        """The one person named in full before with this given name (the alias table's
        canonical name where it knows them), else None."""
        names = [n for n in self.full_names().values() if not patronymic(n.split()[-1])]
        full = given_only(names, given, self.t, pos)
        return person_any_form(self.aliases, full) or full

    def _office_holder(self, low: list[str], surface: str, pos: int) -> str:
        """ "Глава правительства", "госсекретарь", "Судья": the one person of the verb's
        gender in the window introduced with that office, else the role as written."""
        gender = self._verb_gender(pos)
        names = {
            name
            for p, name, g in self.mentions()
            if pos - self.WINDOW <= p < pos
            and (gender not in ("m", "f") or g == gender)
            and role_named(low, self.t, p)
        }
        return names.pop() if len(names) == 1 else surface

    def _minister(self, low: list[str], surface: str, pos: int) -> str:
        """ "глава МИД", "Министр иностранных дел": the one person in the window
        introduced as that ministry's minister, else the role as written (anyone else,
        even the last speaker, would be a guess)."""
        names = {
            name
            for p, name, _g in self.mentions()
            if pos - self.WINDOW <= p < pos and introduced_as_minister(low, self.t, p)
        }
        return names.pop() if len(names) == 1 else surface

    def _last_speaker(self, start: int, pos: int, g: str | None) -> str | None:
        """ "Анна Кот вышла ... «...», — сказала она. По словам женщины, ...": with no one
        named in this paragraph or the one before (from ``start``), the person who spoke
        last there, when of that gender (told by her name or the verb of her claim)."""
        before = [h for h in self.history if start <= h[0] < pos]
        if not before or g is None:
            return None
        _hp, name, verb_g, person = before[-1]
        own = self._gender_of(name)
        return name if person and (own or verb_g) == g else None

    def _nominative(self, speaker: str | None, surface: str, cases: tuple[str, ...]) -> str | None:
        if not speaker or speaker != " ".join(surface.split()):
            return speaker
        m = _QUOTED.fullmatch(speaker)
        if m:
            return m.group(1).strip()  # «Медуза»: Медуза
        pair = speaker.split()
        if len(pair) == 2 and oblique_pair(pair[0], pair[1]):
            return nominative_name(pair[0], pair[1]) or speaker  # "цитирует ... Андрея Ходюка"
        if cases and fold(speaker) in _BODIES:
            return _BODIES[fold(speaker)]  # "По версии обвинения": обвинение
        own = speaker.split(None, 1)
        if cases and len(own) == 2 and fold(own[0]) in POSSESSIVES and fold(own[1]) in _BODIES:
            return f"{own[0]} {_BODIES[fold(own[1])]}"  # "По словам ее соседей": ее соседи
        if cases and _GENITIVE_BODY.fullmatch(speaker):
            return speaker[:-1]  # "По данным Белстата": Белстат
        body = genitive_body_nominative(speaker) if cases and speaker[:1].isupper() else None
        if body:
            return body  # "По данным Государственного таможенного комитета"
        first = speaker.split(None, 1)
        if cases and fold(first[0]) in _SOURCE_GENITIVE:
            # "По данным источника «Зеркала» в силовых структурах": источник «Зеркала» ...
            return " ".join([_SOURCE_GENITIVE[fold(first[0])], *first[1:]])
        if cases and len(pair) == 1:
            return given_nominative(speaker, cases) or speaker  # "по словам Андрея": Андрей
        if surface[:1].islower() or cases:
            return _name_at_end(surface, cases) or speaker
        return speaker


_LATIN_OF = dict(zip("абвгдеёжзийклмнопрстуфхцчшщыэюяі", "abvgdeezziiklmnoprstufhccss_eaai"))


def same_given(given: str, canon: str) -> bool:
    """Do a Cyrillic given name and the alias table's canonical (Latin) name begin
    alike ("Мария" and Maria, "Светлана" and Sviatlana; not "Эдуард" and Viktar)?"""
    lat = "".join(_LATIN_OF.get(c, c) for c in fold(given)[:2])
    return canon[:2].lower() == lat or not canon[:1].isascii()
