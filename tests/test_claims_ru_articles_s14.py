"""Whole Russian articles (session 14): who said each claim across paragraphs, where a
wrong name is the worst output. Articles written for these tests, in the style of
Belarusian state and independent news sites and of wire copy."""

from __future__ import annotations

from belreader.claims import extract_claims

LUKASHENKO = "Alexander Lukashenko"


def found(text):
    return list(extract_claims(text, language="ru"))


def claims(text):
    return [(c.speaker, c.text) for c in found(text)]


def speaker_of(text, words):
    hits = [sp for sp, t in claims(text) if words in t]
    assert hits, words
    return hits[0]


# --- "X, в свою очередь, отметил рост ...": no claim, and the subject is no content ---
def test_parenthetical_between_subject_and_verb_is_no_attribution():
    text = (
        "Президенты провели переговоры в Сочи.\n\n"
        "Российский президент, в свою очередь, отметил рост товарооборота между странами."
    )
    for sp, t in claims(text):
        assert "товарооборота" not in (sp or "")
        assert "в свою очередь" not in t


# --- "Сама Славникова сказала": the person, without "Сама" ------------------------------
def test_self_word_is_not_part_of_the_name():
    text = (
        "Суд приговорил журналистку Ирину Славникову к трём годам колонии.\n\n"
        "Сама Славникова на суде сказала, что не считает себя виновной."
    )
    # session 15: the full name given in the accusative ("Ирину Славникову") is hers
    assert speaker_of(text, "не считает себя") == "Ирина Славникова"


# --- an outlet in guillemets between an unlisted name and its verb -----------------------
def test_unlisted_name_before_an_occasion_with_an_outlet():
    text = (
        "Аналитик Катерина Борнукова в разговоре с «Зеркалом» отметила, что такие меры "
        "уже применялись в 2011 году.\n\n"
        "«Тогда это закончилось пустыми полками», — напомнила она."
    )
    assert speaker_of(text, "меры уже применялись") == "Катерина Борнукова"
    assert speaker_of(text, "пустыми полками") == "Катерина Борнукова"


# --- "— цитирует министра агентство": the quoted role, not the agency --------------------
def test_quoting_verb_with_a_role_in_the_accusative():
    text = (
        "Министр обороны Беларуси Виктор Хренин выступил в Гродно.\n\n"
        "«Мы готовы ответить на любую провокацию», — цитирует министра агентство."
    )
    assert speaker_of(text, "любую провокацию") == "Viktar Khrenin"


# --- "«...», — уверен он": a quote attributed by a word of belief ------------------------
def test_belief_word_after_a_dash_attributes_the_quote():
    text = (
        "Командир литовской погранслужбы Рустамас Любаевас сказал, что нарушители летят "
        "в Минск по туристическим визам.\n\n"
        "«Это организованный поток, за ним стоят государственные структуры», — уверен он."
    )
    assert speaker_of(text, "организованный поток") == "Рустамас Любаевас"


def test_belief_word_with_that_is_no_claim():
    assert claims("Экономист Павел Лось уверен, что цены вырастут.") == []


# --- interviews: dash answers after dash questions are the guest's ----------------------
INTERVIEW = (
    "Бывшая политзаключённая Ольга Метлицкая вышла на свободу месяц назад. Мы поговорили "
    "с ней о колонии и о письмах.\n\n"
    "— Как вы узнали, что вас освобождают?\n\n"
    "— Никто ничего не объяснял. Утром велели собрать вещи.\n\n"
    "— Что было самым трудным?\n\n"
    "— Неизвестность. Не знаешь, доходят ли письма до родных."
)


def test_interview_answers_are_the_guests():
    assert speaker_of(INTERVIEW, "велели собрать вещи") == "Ольга Метлицкая"
    assert speaker_of(INTERVIEW, "доходят ли письма") == "Ольга Метлицкая"


def test_interview_with_two_people_in_the_intro_has_no_guest():
    text = INTERVIEW.replace("Мы поговорили с ней", "Журналист Сергей Дубовец поговорил с ней")
    assert all("велели собрать" not in t for _sp, t in claims(text))


def test_narrated_dialogue_is_no_interview():
    text = (
        "Судья Анна Кисель задала вопрос подсудимому Виталию Сидоренко.\n\n"
        "— Вы признаёте вину?\n\n"
        "— Нет, — ответил он.\n\n"
        "— Вы понимаете последствия?\n\n"
        "— Понимаю, но вину не признаю, — сказал Сидоренко."
    )
    for sp, _t in claims(text):
        assert sp != "Анна Кисель"


# --- outlets: "сообщает Радио Свобода", "со ссылкой на" ----------------------------------
def test_radio_outlet_after_a_relay_verb():
    text = "Число попыток пересечь границу выросло вдвое, сообщает Радио Свобода."
    assert speaker_of(text, "выросло вдвое") == "Радио Свобода"


def test_outlet_citing_a_source_is_the_via():
    text = "Задержаны трое журналистов, сообщает газета со ссылкой на правозащитников."
    (c,) = [c for c in found(text) if "Задержаны" in c.text]
    assert c.speaker == "правозащитников"
    assert c.via == "газета"


# --- promises and threats with an infinitive --------------------------------------------
def test_promise_and_threat_with_an_infinitive():
    text = "Лукашенко пригрозил закрыть границу с Литвой. Он пообещал ответить на санкции."
    assert speaker_of(text, "закрыть границу") == LUKASHENKO
    assert speaker_of(text, "ответить на санкции") == LUKASHENKO


# --- "Хренин, по его словам, доложил": "его" is not Хренин -----------------------------
def test_possessive_after_a_sentence_subject_is_someone_before():
    text = (
        "Александр Лукашенко посетил механизированную бригаду.\n\n"
        "Глава государства рассказал, что поручил проверить боеготовность частей. "
        "Хренин, по его словам, уже доложил о результатах."
    )
    assert speaker_of(text, "доложил о результатах") == LUKASHENKO


# --- "сказал он военным": the pronoun alone is the speaker ------------------------------
def test_pronoun_then_a_dative_addressee():
    text = (
        "Александр Лукашенко приехал в бригаду.\n\n"
        "«Мы ни на кого не собираемся нападать», — сказал он военным.\n\n"
        "Армия готова к любым проверкам, заявил он курсантам."
    )
    assert speaker_of(text, "не собираемся нападать") == LUKASHENKO
    assert speaker_of(text, "Армия готова") == LUKASHENKO


# --- "по его словам" next to a verb of the content --------------------------------------
def test_possessive_ignores_a_plural_verb_of_its_content():
    text = (
        "Замминистра иностранных дел Польши Марцин Пшидач отверг претензии Минска. "
        "По его словам, у Варшавы есть данные радаров, которые опровергают эту версию."
    )
    assert speaker_of(text, "данные радаров") == "Марцин Пшидач"


# --- a whole article: state agency style with several speakers --------------------------
def test_whole_article_border_incident():
    text = (
        "Минск вручил Варшаве ноту протеста\n\n"
        "МИД Беларуси вручил временному поверенному Польши ноту протеста.\n\n"
        "Как заявил пресс-секретарь министерства Анатолий Глаз, польский вертолёт "
        "залетел на территорию Беларуси.\n\n"
        "«Мы требуем объяснений», — добавил дипломат.\n\n"
        "Замминистра иностранных дел Польши Марцин Пшидач отверг претензии.\n\n"
        "По его словам, у Варшавы есть данные, которые опровергают белорусскую версию."
    )
    assert speaker_of(text, "залетел на территорию") == "Анатолий Глаз"
    assert speaker_of(text, "требуем объяснений") == "Анатолий Глаз"
    assert speaker_of(text, "опровергают белорусскую") == "Марцин Пшидач"


# --- "передала через отца, что ...": a message passed on -------------------------------
def test_message_passed_on_with_that():
    text = (
        "Сестра Марии Колесниковой Татьяна Хомич рассказала о свидании в колонии.\n\n"
        "Колесникова передала через отца, что много читает и занимается музыкой."
    )
    assert speaker_of(text, "много читает") == "Maria Kalesnikava"
    assert claims("Минск передал Москве ноту протеста.") == []


# --- a relative with the same surname: her own name, never his --------------------------
def test_wife_with_the_same_surname_is_her_own_name():
    text = (
        "В Минске задержан владелец сети автозаправок Олег Ковалёв.\n\n"
        "Жена бизнесмена Алла Ковалёва рассказала, что обыск продолжался шесть часов."
    )
    assert speaker_of(text, "обыск продолжался") == "Алла Ковалёва"
