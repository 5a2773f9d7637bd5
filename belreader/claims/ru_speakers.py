"""Russian claims: the speaker phrases around a cue (``speaker_after``, ``subject_before``)
and the word helpers the Russian claim shapes share (``ru_shape_cue``,
``ru_shape_source``).

Words are matched on the folded text (``ru_text.fold``: same offsets, lower case, "ё"
as "е", Latin look-alike letters inside Cyrillic words made Cyrillic). Every scan is a
single pass or looks a bounded distance around a cue: linear in the text.
"""

from __future__ import annotations

import re

from .document import Document
from .ru_lexicon import (
    CITING,
    FEMALE_NAMES,
    MALE_NAMES,
    POSSESSIVES,
    PRONOUNS,
    RELAY_VERBS,
    SPEAKER_STOP,
    SPEECH_VERBS,
    SUBJECT_DROP,
    THAT,
)
from .ru_nominative import oblique_name
from .ru_outlets import outlet_after_name, outlet_told_at, past_addressee_title, told_before_verb
from .ru_subject import (
    apposed_name,
    aside_start,
    coordinated_subject,
    first_phrase,
    occasion_length,
)
from .ru_text import folded, is_cyrillic, stem

_CYR_WORD = re.compile(r"[а-яеіў][а-яеіў-]{2,}")  # on folded text: "ё" is "е"
_WORD = re.compile(r"[^\W_][\w’'-]*|[«»„“\"]")
_DASHES = "—–-"
_QUOTE_OPEN = '«„“"'
_QUOTE_CLOSE = '»“”"'
_SPEAKER_MAX_WORDS = 8
_ADDRESSEES = frozenset(
    (
        "журналистам",
        "мне",  # "— сказали мне в сервисном центре", "ответил ему X": the one told
        "нам",
        "им",
        "ему",
        "ей",
        "репортерам",
        "агентству",
        "изданию",
        "также",
        "телеканалу",
        "газете",
        "корреспонденту",
        # the accusative of "заверил/предупредил журналистов": an object, never a speaker
        "журналистов",
        "репортеров",
        "корреспондентов",
        "журналістаў",
        "внимание",  # "обратил внимание Президент": the verb's object, not the speaker
        "ситуацию",  # "Так прокомментировал ситуацию министр": the object
        "происходящее",
        "случившееся",
    )
)
# adverbs that end a speaker phrase after the verb (before it they may open it: "сказал
# еще один депутат")
_ADVERBS_AFTER = frozenset(("еще", "уже", "тогда", "тоже", "снова", "вновь", "позже"))
# outlets that do not decline, told by a source: "рассказал ТАСС собеседник"
_WIRE = frozenset(("рбк", "тасс", "риа", "интерфакс", "бела", "белта"))
_TOLD_WHO = ("источник", "собеседник", "представитель", "сотрудник")


def _told_wire(ft: str, j: int, plural: bool) -> bool:
    """Does a source noun follow the outlet, or (a plural verb) a body after "в"?"""
    return ft.startswith(_TOLD_WHO, j) or (plural and ft.startswith(("в ", "во "), j))


# "одна из ...", "один из ...": the speaker is the whole phrase
_PARTITIVE = frozenset(
    "один одна одно одни адзін адна некоторые многие каждый кто-то".split()
    + "одного одной одних некоторых многих".split()  # "по словам одного из них"
)
_WEEKDAY = re.compile(
    r"\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
    r"среду)\b"
)
_LOOKBACK = 400  # characters before a cue that may hold its subject
# words before a subject that are no part of it ("Как", "Об этом", "Когда X говорит",
# the one told: "А мне в сервисном центре сказали")
_LEAD_DROP = frozenset("как об этом это пра гэта когда если хотя пока мне нам".split())
# words of a time phrase between a subject and its verb ("Синявский ранее не раз
# предупреждал", "Костюгова ещё в прошлом году писала", "Лидер сам дал"), folded
_TIME_TAIL = frozenset(
    "еще не раз давно недавно прошлом позапрошлом этом том году годах годы прошлой этой "
    "неделе месяце свое время год назад лет сам сама сами".split()
)
_CONJ = ("и", "а", "і", "но")
_PREPS = frozenset(
    (
        "в",
        "во",
        "на",
        "после",
        "перед",
        "по",
        "с",
        "со",
        "у",
        "при",
        "к",
        "о",
        "об",
        "за",
        "из",
        "для",
        "накануне",
        "ў",
        "пасля",
    )
)


def cyrillic_para(doc: Document, i: int) -> bool:
    """Is the paragraph holding offset ``i`` written in Cyrillic (cached per paragraph)?"""
    cache = getattr(doc, "_ru_paras", None)
    if cache is None:
        cache = doc._ru_paras = {}  # type: ignore[attr-defined]
    ps, pe = doc.para_of(i)
    hit = cache.get(ps)
    if hit is None:
        hit = cache[ps] = is_cyrillic(doc.t, ps, pe)
    return hit


def _has_words(t: str, s: int, e: int, n: int) -> bool:
    """Does t[s:e] hold at least ``n`` words? (looks at a bounded prefix only)"""
    return len(t[s : min(e, s + 40 * n)].split()) >= n


def _skip_ws(t: str, i: int, e: int) -> int:
    while i < e and t[i].isspace():
        i += 1
    return i


def _back_ws(t: str, i: int, lo: int) -> int:
    """The index just past the last non-space character before ``i``."""
    while i > lo and t[i - 1].isspace():
        i -= 1
    return i


# ---------------------------------------------------------------------------------------
# speaker phrases
# ---------------------------------------------------------------------------------------
def _after_relay(ft: str, i: int) -> bool:
    """Does a relay verb ("сообщает", "передает") end just before ``i``?"""
    k = ft.rfind(" ", max(0, i - 14), i - 1)
    return ft[k + 1 : i].strip() in RELAY_VERBS


def speaker_after(
    doc: Document, i: int, e: int, plural: bool = False, depth: int = 0
) -> tuple[int, int, str | None]:
    """The speaker phrase that starts at or after ``i`` ("сказал Лукашенко на встрече":
    "Лукашенко"): words up to punctuation, a preposition or a dative like
    "журналистам". Returns (start, end, cue override), (-1, -1, None) for none; the cue
    override is "со ссылкой на" when the phrase cites a source (then the source is the
    speaker)."""
    t, ft = doc.t, folded(doc)
    e = min(e, i + 300)
    words: list[tuple[str, int, int]] = []
    j = i
    while j < e and len(words) < _SPEAKER_MAX_WORDS:
        j = _skip_ws(t, j, e)
        if j >= e:
            break
        past = outlet_told_at(t, ft, j, e, plural) if not words else -1
        if past > 0:
            j = past  # "сообщил Reuters источник", "заявил РБК глава ...": the outlet was told
            continue
        if words and outlet_after_name(t, ft, words[-1][1], j, e):
            break  # "— сказала Хомич DW": the outlet told
        m = _WORD.match(ft, j, e)
        if m is None:
            break
        w = m.group()
        if w in _QUOTE_OPEN or w in _QUOTE_CLOSE:
            past = _quoted_dative(t, ft, m.end(), e) if not words and w in _QUOTE_OPEN else -1
            if past > 0:
                j = past  # "рассказала «Зеркалу» сестра журналистки": the outlet is told
                continue
            closes = t[j] in '”“"' and any(t[x] in '“„"' for _, x, _ in words)
            if words and t[j] not in "«»" and not closes:
                break  # a quotation mark of another kind: the next quote begins
            # ("по информации “Ъ”": the mark closes the outlet's name)
            words.append((w, m.start(), m.end()))  # РИА «Новости», «Наша Ніва»
            j = m.end()
            continue
        if words and w in _ADVERBS_AFTER:
            break  # "говорил покойный министр еще в 2019 году"
        if not words and w in _ADDRESSEES:
            j = past_addressee_title(t, m.end(), e)
            continue  # "сообщил журналистам министр ...": skip the addressee
        if not words and w in _WIRE and _told_wire(ft, _skip_ws(ft, m.end(), e), plural):
            j = m.end()
            continue  # "сообщил РБК источник", "сообщили ТАСС в Минобороны": the outlet was told
        if not words and w == "радио" and t[j].isupper() and _after_relay(ft, i):
            words.append((w, m.start(), m.end()))  # "сообщает Радио Свобода": the outlet
            j = m.end()
            continue
        if w in SPEAKER_STOP and not words and w in ("в", "во", "на", "ў"):
            past = _past_occasion(doc, m.end(), e)
            if past > 0:
                j = past  # "рассказала в интервью «Зеркалу» жена политзаключенного"
                continue
        if w in SPEAKER_STOP:
            day = _WEEKDAY.match(ft, m.end()) if not words and w in ("в", "во") else None
            if day is not None:
                j = day.end()  # "сообщает в пятницу X"
                continue
            if not words and plural and w in ("в", "во", "ў") and _names_a_body(doc, m.end(), e):
                words.append((w, m.start(), m.end()))  # "заявили в Кремле": the body
                j = m.end()
                continue
            if not words and w in _OCCASION_PREPS and depth == 0:
                a, b = _speaker_past_occasion(doc, m.end(), e, plural)
                if a >= 0:  # "— заявила после заседания его жена Ольга."
                    return a, b, None
            if w in ("из", "з") and len(words) == 1 and words[0][0] in _PARTITIVE:
                words.append((w, m.start(), m.end()))  # "одна из участниц акции"
                j = m.end()
                continue
            if words and (w in ("из", "з", "по") or (w == "и" and t[words[-1][1]].islower())):
                name_end = _name_past_place(doc, m.end(), e)
                if name_end > 0:  # "водитель из Бреста Виктор Лось", "зам. по идеологии X",
                    # "министр труда и социальной защиты Алла Кошель"
                    return words[0][1], name_end, None
            if words and w == "со" and ft.startswith("со ссылкой на", m.start()):
                s2 = m.start() + len("со ссылкой на")
                a, b, _ = speaker_after(doc, s2, e)
                if a >= 0:  # "сообщает газета со ссылкой на источники": the source
                    return a, b, t[m.start() : s2]
            break
        words.append((w, m.start(), m.end()))
        j = m.end()
        if len(words) == 1 and w in PRONOUNS:
            break  # "сказал он военным": the pronoun is the whole speaker
    while words and words[-1][0] in _QUOTE_OPEN:
        words.pop()
    if not words:
        return -1, -1, None
    b = words[-1][2]
    opened = sum(t[x] in "“„" for _, x, _ in words) or sum(t[x] == '"' for _, x, _ in words) % 2
    if t[b : b + 1] in '”"' and opened:
        b += 1  # "по информации “Ъ”": the closing mark is no word, but ends the name
    return words[0][1], b, None


_OCCASION_PREPS = frozenset(("после", "перед", "в", "во", "на", "при", "ў", "пасля"))
# a short occasion: adjectives, then one noun ("после заседания", "в последнем слове",
# "на пресс-конференции"), on the folded text
_OCCASION_PHRASE = re.compile(
    r"\s+(?:[а-яеіў-]+(?:ом|ем|ой|ей|ых|их|ым|им|ем)\s+){0,2}[а-яеіў-]{3,}(?=\s)"
)


def _speaker_past_occasion(doc: Document, i: int, e: int, plural: bool) -> tuple[int, int]:
    """After a preposition that follows the verb: the speaker phrase past a short
    occasion, when it runs to the end of the sentence ("— заявила после заседания его
    жена Ольга.", "— сказал в последнем слове оператор."); else (-1, -1)."""
    t, ft = doc.t, folded(doc)
    m = _OCCASION_PHRASE.match(ft, i, e)
    if m is None:
        return -1, -1
    place = _OCCASION_PLACE.match(t, m.end(), e)  # "на форуме в Казани министр X"
    a, b, over = speaker_after(doc, place.end() if place else m.end(), e, plural, depth=1)
    if a < 0 or over or not t[a].isalpha():
        return -1, -1
    if t[b:e].strip()[:1] not in ("", ".", "!", "?", "…") and not _relay_tail(doc, b, e):
        return -1, -1
    words = t[a:b].split()
    if any(w[:1].isupper() for w in words):
        return a, b  # a name: "его жена Ольга", "министр Иван Жук"
    if (
        len(words) <= 2
        and not _OBLIQUE_END.search(folded(doc)[a:b])
        and not any(c.isdigit() for c in t[a:b])
    ):
        return a, b  # a noun in the nominative: "оператор"
    return -1, -1  # "настаивает на отсрочке платежей до 2030 года": the verb's object


_OCCASION_PLACE = re.compile(r"\s+(?:в|во|на)\s+[А-ЯЁ][а-яё-]+(?=\s)")


def _relay_tail(doc: Document, b: int, e: int) -> bool:
    """Does ", передает корреспондент ТАСС" (a relay verb after a comma) follow ``b``?"""
    m = re.match(r"\s*,\s*([а-яеіў]+)", folded(doc)[b:e])
    return m is not None and m.group(1) in RELAY_VERBS


_DATIVE_TITLE = re.compile(
    r"((?=[А-ЯЁ])(?:[\w-]+(?:ой|ей|ому|ему|ай|аму)\s+)?[\w-]*(?:у|ю|[бвгджзклмнпрстфхцчшщ]е|[ая]м))"
    r"([»“\"])\s+([А-ЯЁа-яё]+)"
)


def _quoted_dative(t: str, ft: str, i: int, e: int) -> int:
    """After an opening quote: the end of a quoted outlet in the dative followed by a
    word ("«Зеркалу» сестра", "«Интерфаксу» Добровольский"), where the
    speaker phrase starts; -1 otherwise. The title's last word must end in "-у"/"-ю" (or
    a feminine title's "-е" after a consonant: «Медиазоне», «Российской газете», or a
    plural's "-ам": «Известиям») and
    the next word must be no verb or preposition (the speaker follows the outlet)."""
    m = _DATIVE_TITLE.match(t, i, e)
    nxt = ft[m.start(3) : m.end(3)] if m is not None else ""
    if m is None or (nxt in SPEAKER_STOP and nxt not in ("в", "во")) or SPEECH_VERBS.get(nxt):
        return -1  # "сообщили «Интерфаксу» в окружении X": the body follows
    return m.start(3)


def _name_past_place(doc: Document, i: int, e: int) -> int:
    """After "из" in a speaker phrase: the end of a full name (a given name and a
    capitalised word) that follows a place or body of at most three words ("из Бреста
    Виктор Лось", "из правозащитного центра «Вясна» Павел Сапелко"), else -1."""
    t, ft = doc.t, folded(doc)
    found = list(_WORD.finditer(ft, i, min(e, i + 80)))
    for k, mm in enumerate(found[:5]):
        gap = t[i : mm.start()]
        if any(c in gap for c in ",.;:!?()—–\n"):
            return -1
        if k and t[mm.start()].isupper() and stem(mm.group()) in GIVEN_STEMS:
            nxt = found[k + 1] if k + 1 < len(found) else None
            if (
                nxt is not None
                and t[nxt.start()].isupper()
                and not t[mm.end() : nxt.start()].strip()
            ):
                return nxt.end()
            return -1
    return -1


_OCCASION_HEADS = frozenset(("интервью", "эфире", "комментарии", "беседе", "інтэрв'ю", "эфіры"))
_MEDIA = frozenset(
    (
        "телеканалу телеканала радиостанции радио агентству агентства изданию издания "
        "газете газеты порталу портала для телеканале телемарафона программы передачи"
    ).split()
)


def _past_occasion(doc: Document, i: int, e: int) -> int:
    """After "в" following a verb: the end of an occasion phrase ("в интервью
    «Зеркалу»", "в эфире телеканала ОНТ") when words follow it, else -1."""
    t, ft = doc.t, folded(doc)
    m = _WORD.match(ft, _skip_ws(t, i, e), e)
    if m is None or m.group() not in _OCCASION_HEADS:
        return -1
    j = m.end()
    med = _WORD.match(ft, _skip_ws(t, j, e), e)
    medium = med is not None and med.group() in _MEDIA
    if med is not None and medium:
        j = med.end()
    k = _skip_ws(t, j, e)
    if k < e and t[k] == "«":
        close = t.find("»", k, min(e, k + 60))
        j = close + 1 if close > 0 else j
    else:
        # an outlet named without guillemets ("ТАСС", "РИА Новости"): capitalised words,
        # only when more words follow for the speaker ("в интервью Лукашенко" is him)
        caps: list[re.Match] = []
        for mm in _WORD.finditer(ft, k, min(e, k + 60)):
            if not t[mm.start()].isupper() or ft[j : mm.start()].strip():
                break
            if caps and stem(mm.group()) in GIVEN_STEMS:
                break  # "ОНТ Виктор Хренин": the outlet ends where a name begins
            caps.append(mm)
            j = mm.end()
        if caps and not medium:  # after "телеканала" the capitals are the outlet's
            rest = _WORD.match(ft, _skip_ws(t, j, e), e)
            if rest is None:
                j = caps[0].start() if len(caps) == 1 else caps[-1].start()
    nxt = _WORD.match(ft, _skip_ws(t, j, e), e)
    return j if nxt is not None else -1


def _names_a_body(doc: Document, i: int, e: int) -> bool:
    """After "заявили в": a body ("Кремле", "МВД", "штабе Тихановской"), not an
    occasion or a medium ("в эфире телеканала", "в интервью", "в ходе встречи")."""
    t, ft = doc.t, folded(doc)
    m = _WORD.match(ft, _skip_ws(t, i, e), e)
    return m is not None and m.group() not in _OCCASIONS


_OCCASIONS = frozenset(
    (
        "эфире интервью ходе рамках время течение беседе разговоре комментарии соцсетях "
        "соцсети телеграм-канале telegram-канале итоге ответ частности конце начале этом "
        "том понедельник вторник среду четверг пятницу субботу воскресенье эфіры інтэрв'ю"
    ).split()
)


def subject_before(doc: Document, lo: int, vs: int, plural: bool) -> tuple[int, int, str | None]:
    """The subject of a reporting verb at ``vs``: the words of its clause before it,
    without adverbs and time phrases ("Ранее Лукашенко также заявил": "Лукашенко").
    ``lo`` is the start of the sentence. Returns (start, end, cue override) or -1s."""
    t, ft = doc.t, folded(doc)
    lo = max(lo, vs - _LOOKBACK)
    lo, vs = aside_start(t, ft, lo, vs)  # "Ольга (имя изменено) рассказала": an aside
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(ft, lo, vs)]
    # the clause: after the last comma / colon / dash that is not inside a name's quotes
    cut = 0
    for k in range(len(words) - 1, -1, -1):
        between = t[words[k][2] : words[k + 1][1] if k + 1 < len(words) else vs]
        if any(ch in between for ch in ",:;(") or " — " in between or " – " in between:
            cut = k + 1
            break
    clause = words[cut:]
    conj = len(clause) == 1 and clause[0][0] in _CONJ  # "..., и призывает", "..., но заметил"
    if cut and not conj and all(w[0] in SUBJECT_DROP for w in clause):
        clause = []  # "Колесникова, которую освободили в сентябре, ранее говорила"
    if not clause and cut:
        # "Лукашенко, выступая на совещании, заявил": the first phrase of the sentence
        # (a name in apposition to a description: "Один из них, студент Кирилл, сказал")
        clause = apposed_name(t, words) or first_phrase(t, words)
    if clause and clause[-1][0] in _CONJ:
        # "Она поблагодарила его и сказала": the subject opens the clause (or the
        # sentence: "X сказал, что ..., и добавил")
        clause = coordinated_subject(t, clause, words, cut, plural)
    # "Агентство Reuters со ссылкой на источники": the source is the speaker
    fw = [w for w, _, _ in clause]
    for k in range(len(fw) - 3):
        if tuple(fw[k : k + 3]) == CITING:
            src = clause[k + 3 :]
            while len(src) > 1 and src[-1][0] in SUBJECT_DROP:
                src = src[:-1]
            return src[0][1], src[-1][2], t[clause[k][1] : clause[k + 2][2]]
    # "Сергей Лавров в ходе переговоров с коллегой Максимом Рыженковым заявил": the
    # subject ends where a prepositional phrase follows a capitalised word
    named = _ends_in_full_name(t, clause)
    for k in range(1, len(clause)):  # "Министр на встрече с послом Борисом Грызловым"
        word, ws, _ = clause[k]
        prev = t[clause[k - 1][1]]  # a capital, or the end of a quoted name
        if word in _PREPS and t[ws].islower() and (prev.isupper() or prev in "»”"):
            if _leads(clause[: k + 2]):
                break  # "А в поликлинике", "Мне в банке": a capital that opens the sentence
            if k == 1 and word in ("из", "з") and clause[0][0] in _PARTITIVE:
                break  # "Один из адвокатов сообщил": the whole phrase
            if named:  # "посол России в Белоруссии Борис Грызлов": the phrase ends in him
                break
            if (
                k == 1
                and not _OBLIQUE_END.search(clause[-1][0])
                and t[clause[-1][1]].isupper()
                and not oblique_name(clause[-2][0], "")  # "с ... Юрием Шулейко": his case
            ):
                break  # "Посол в Минске Иванов": a nominative name ends the phrase
            clause = clause[:k]
            break
    # drop trailing adverbs and time phrases
    while clause:
        last = clause[-1][0]
        if (
            last in SUBJECT_DROP
            or (len(clause) > 1 and last in _OBJECT_THIS)
            or (len(clause) > 1 and (last in _TIME_TAIL or last in _PREPS or last.isdigit()))
        ):
            clause = clause[:-1]
        elif len(clause) >= 2 and clause[-2][0] in _PREPS and not (plural and _leads(clause)):
            if len(clause) >= 3 and clause[-3][0] in _PARTITIVE and clause[-2][0] in ("из", "з"):
                break  # "Один из отпущенных рассказал", "Директор одного из заводов": whole
            clause = clause[:-2]
        else:
            break
    if cut and len(clause) >= 2 and clause[0][0] in _PREPS and clause[1][0] in _OCCASIONS:
        clause = []  # "X, ..., в эфире «Белсата» рассказал": an occasion, no subject
    # drop leading connectives and time phrases ("В пятницу", "Однако", "Ранее")
    while clause:
        head = clause[0][0]
        if head in _PREPS and 2 <= len(clause) <= 3 and clause[-1][0] in PRONOUNS:
            clause = clause[-1:]  # "В нем они пишут": the pronoun, not a body "в нем"
            break
        if head in ("в", "во", "ў") and plural and len(clause) >= 2:
            break  # "В Кремле заявили": a body named by its place
        if head in _PREPS and len(clause) >= 3:
            clause = clause[occasion_length(t, clause) :]  # "В своем последнем слове Павел"
        elif head == "вот" and len(clause) > 2 and clause[1][0] == "что":
            clause = clause[2:]  # "Вот что она сказала:": she
        elif head in SUBJECT_DROP or head in _LEAD_DROP:
            clause = clause[1:]
        elif len(clause) >= 2 and (head in _TIME_HEAD or _YEAR.fullmatch(head)):
            clause = clause[1:]  # "в прошлом году Лукашенко", "Летом 2023-го Лукашенко"
        else:
            break
    if not clause and cut and cut < len(words) and words[cut][0] in _PREPS:
        # "Эдуард, также осуждённый ..., в письме из колонии написал": the occasion after
        # the aside is no subject; the first phrase of the sentence is
        clause = apposed_name(t, words) or first_phrase(t, words)
        while len(clause) > 1 and clause[-1][0] in SUBJECT_DROP:
            clause = clause[:-1]
        if clause[0][0] in _PREPS or clause[0][0] in SUBJECT_DROP:
            clause = []  # "В среду, выступая ..., в ответ заявил": no subject written
    if not clause:
        return -1, -1, None
    clause = _without_request(_without_told_title(t, clause))
    for k in range(len(clause) - 1, 0, -1):
        if told_before_verb(t, ft, clause[k][1], clause[-1][2]):
            clause = clause[:k]  # "В МИД Литвы Reform.news ответили": the outlet was told
            break
    if sum(w[0] not in _QUOTE_OPEN + _QUOTE_CLOSE for w in clause) > 6:
        # (quotation marks are no words: "Два источника «Новой газеты Европа»" is whole)
        caps: list[tuple[str, int, int]] = []
        for word, s, e in reversed(clause):
            if t[s : s + 1].isupper():
                caps.insert(0, (word, s, e))
            else:
                break
        clause = caps or clause[-3:]
    if clause[-1][0] in THAT or (len(clause) == 1 and clause[0][0] in POSSESSIVES):
        return -1, -1, None
    return clause[0][1], clause[-1][2], None


def _leads(clause: list) -> bool:
    """Are all words before the clause's last two lead words ("А нам в поликлинике")?"""
    return all(w[0] in SUBJECT_DROP or w[0] in _LEAD_DROP for w in clause[:-2])


# "это" as the verb's object before it: "В компании это подтвердили"
_OBJECT_THIS = frozenset(("это", "эту", "этого"))
# a time phrase's word opening a subject clause ("году Лукашенко" after "в прошлом")
_TIME_HEAD = frozenset("году годах месяце неделе летом зимой весной осенью недавно давно".split())
_YEAR = re.compile(r"\d{4}(?:-го|-м)?")
# a quoted title in the dative: "«Нашай Ніве»", "«Зеркалу»", "«Медиазоне»", a plural's
# "«Известиям»" (folded)
_DATIVE_WORD = re.compile(r"[а-яеіў-]+(?:у|ю|[бвгджзклмнпрстфхцчшщ]е|[ая]м)")


def _without_told_title(t: str, clause: list) -> list:
    """ "В отделе образования райисполкома «Нашай Ніве» ответили": the outlet in the
    dative before the verb was told; the subject is the words before it."""
    if len(clause) < 4 or clause[-1][0] not in _QUOTE_CLOSE:
        return clause
    k = max(i for i, w in enumerate(clause) if w[0] in _QUOTE_OPEN or i == 0)
    title = clause[k + 1 : -1]
    if clause[k][0] not in _QUOTE_OPEN or not 1 <= len(title) <= 2:
        return clause
    if not _DATIVE_WORD.fullmatch(title[-1][0]) or not t[title[0][1]].isupper():
        return clause
    before = [w for w in clause[:k] if w[0] not in _PREPS]
    return clause[:k] if before else clause


def _without_request(clause: list) -> list:
    """ "В Следственном комитете на запрос издания ответили": the request answered is no
    part of the subject."""
    for k in range(1, len(clause) - 1):
        if clause[k][0] == "на" and clause[k + 1][0] in ("запрос", "запросы", "вопрос"):
            return clause[:k]
    return clause


def _ends_in_full_name(t: str, clause: list) -> bool:
    """Do the clause's last two words make a full name in the nominative ("Борис
    Грызлов"), a given name and a capitalised word?"""
    if len(clause) < 4:
        return False
    g, ns = clause[-2][0], clause[-1][1]
    return g in _NOM_GIVEN and t[ns : ns + 1].isupper()


_NOM_GIVEN = MALE_NAMES | FEMALE_NAMES
_OBLIQUE_END = re.compile(r"(?:ым|им|ом|ем|ой|ей|у|ю|ых|их)$")
# given names, stemmed: a capitalised word with one of these stems starts a person's name
GIVEN_STEMS = frozenset(stem(n) for n in MALE_NAMES | FEMALE_NAMES)


_DASH_CUE = re.compile(r"[,!?…]\s*[—–-]\s*([а-яеіў]+)\s")


def attributed_speaker(doc: Document, us: int, vs: int) -> tuple[int, int]:
    """A sentence that opens with a quote: the speaker of its dash attribution
    ("«...», — отметил он, добавив, что ..."): (-1, -1) if there is none to read, (-2,
    -2) when the sentence does not open with a quote (then its subject is read)."""
    t, ft = doc.t, folded(doc)
    if t[us] not in _QUOTE_OPEN + _DASHES:
        return -2, -2
    m = next(reversed(list(_DASH_CUE.finditer(ft, us, vs))), None)
    if m is None or not SPEECH_VERBS.get(m.group(1)):
        return -1, -1
    a, b, _ = speaker_after(doc, m.end(1), vs)
    return a, b
