"""Whole Russian articles (session 15): shapes a Russian-reading analyst saw wrong or
missing on new articles in the style of Belarusian independent and state media, wire
copy, a Telegram digest and a court report. Sentences written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

LUKASHENKO = "Alexander Lukashenko"


def found(text):
    return list(extract_claims(text, language="ru"))


def with_text(text, words):
    hits = [c for c in found(text) if words in c.text]
    assert hits, words
    return hits[0]


# --- "Глава государства коснулся ... Он назвал": the office holder, not the last man -----
def test_pronoun_after_a_sentence_opened_by_an_office_is_that_office_holder():
    text = (
        "Президент Беларуси Александр Лукашенко провёл совещание в Гродно. Глава государства "
        "заявил, что урожай в этом году хороший.\n\n"
        "Председатель облисполкома Владимир Караник доложил, что техника готова к зиме.\n\n"
        "Глава государства затем перешёл к внешней политике. Он отметил, что Минск готов "
        "торговать с любыми соседями."
    )
    assert with_text(text, "торговать с любыми").speaker == LUKASHENKO


def test_pronoun_after_an_office_never_named_before_stays_unresolved():
    text = (
        "Председатель облисполкома Владимир Караник заявил, что техника готова к зиме.\n\n"
        "Министр провёл встречу с фермерами. Он отметил, что цены на зерно вырастут."
    )
    assert with_text(text, "цены на зерно").speaker is None


# --- "X, в свою очередь, заявил: «...»" ---------------------------------------------------
def test_aside_between_subject_and_colon_verb():
    text = (
        "Министры встретились в Риге.\n\n"
        "Ландсбергис, в свою очередь, заявил: «Мы не откроем границу, пока летят шары»."
    )
    c = with_text(text, "не откроем границу")
    assert c.kind == "direct"
    assert c.speaker_mention == "Ландсбергис"


# --- "рассказала «Зеркалу» сестра": the dative outlet is no part of the speaker ----------
def test_quoted_dative_outlet_before_the_speaker_is_skipped():
    text = "«Брат держится, но очень устал», — рассказала «Зеркалу» сестра политзаключённого."
    c = with_text(text, "Брат держится")
    assert c.speaker_mention == "сестра политзаключённого"


def test_quoted_dative_outlet_before_a_name_is_skipped():
    text = '"Переговоры будут долгими", - заявил "Интерфаксу" Игорь Ильяш.'
    c = with_text(text, "Переговоры будут")
    assert c.speaker == "Игорь Ильяш"


# --- "по мнению X", "как считает X" ---------------------------------------------------------
def test_po_mneniyu_is_the_view_of_the_named_person():
    text = "По мнению экономиста Ольги Ивановой, калийный экспорт не восстановится до 2028 года."
    c = with_text(text, "калийный экспорт")
    assert "Ивановой" in (c.speaker_mention or "")


def test_po_ego_mneniyu_is_the_last_speaker():
    text = (
        "Политолог Артём Шрайбман сказал, что переговоры идут медленно. По его мнению, "
        "Минск ждёт уступок от Вашингтона."
    )
    assert with_text(text, "ждёт уступок").speaker == "Артём Шрайбман"


def test_kak_schitaet_opens_a_view():
    text = "Как считает правозащитник Павел Сапелко, давление на семьи стало системным."
    assert with_text(text, "давление на семьи").speaker == "Павел Сапелко"


def test_schitaet_chto_stays_no_claim():
    text = "Правозащитник Павел Сапелко считает, что давление на семьи стало системным."
    assert not found(text)


# --- "назвал X «Y»" -------------------------------------------------------------------------
def test_named_with_a_quoted_judgement_is_a_claim():
    text = "Павел Латушко назвал местные выборы «спектаклем для одного зрителя»."
    c = with_text(text, "спектаклем")
    assert c.speaker == "Павел Латушко"
    assert c.text.startswith("местные выборы")


def test_named_judgement_relayed_by_an_outlet():
    text = 'Лукашенко назвал западные санкции "удавкой" для экономики, сообщает БелТА.'
    c = with_text(text, "удавкой")
    assert c.speaker == LUKASHENKO
    assert c.via == "БелТА"


def test_named_without_a_quote_or_with_a_quoted_object_is_no_claim():
    assert not found("Родители назвали сына Янкой.")
    assert not found("Журнал назвал «Гродно Азот» крупнейшим работодателем области.")


# --- "В Варшаве пообещали не ...": the capital, in the nominative -------------------------
def test_capital_standing_for_its_government_with_a_negated_promise():
    text = "В Варшаве пообещали не снимать ограничения, пока в Беларуси остаются политзаключённые."
    c = with_text(text, "не снимать ограничения")
    assert c.speaker == "Варшава"


def test_capital_after_the_verb():
    text = "Граница останется закрытой до весны, объяснили в Вильнюсе."
    assert with_text(text, "Граница останется").speaker == "Вильнюс"


# --- "признаётся", a relative aside -------------------------------------------------------
def test_priznaetsya_in_the_present_after_a_dash():
    text = "„Я до сих пор вздрагиваю от звонка в дверь“, — признаётся Наталья."
    c = with_text(text, "вздрагиваю")
    assert c.kind == "direct"
    assert c.speaker_mention == "Наталья"


def test_relative_aside_and_adverb_before_the_verb():
    text = (
        "Мария Колесникова, которую освободили в сентябре, ранее говорила, что почти не "
        "получала писем в колонии."
    )
    assert with_text(text, "не получала писем").speaker_mention == "Мария Колесникова"


# --- a role with a place before the full name; a preposition right after the role ------
def test_role_with_a_place_then_the_full_name_is_the_person():
    text = "Ранее посол России в Белоруссии Борис Грызлов заявил, что товарооборот вырастет."
    assert with_text(text, "товарооборот").speaker == "Борис Грызлов"


def test_name_inside_a_phrase_after_a_bare_role_is_not_the_speaker():
    text = "Министр на встрече с послом Борисом Грызловым заявил, что поставки продолжатся."
    c = with_text(text, "поставки")
    assert c.speaker_mention == "Министр"
    assert "Грызлов" not in (c.speaker or "")


# --- "сообщил РБК источник, знакомый с ...", "сообщили «Интерфаксу» в окружении X" -------
def test_wire_outlet_told_by_a_source_described_by_a_participle():
    text = "Калийщики поднимут цены для Китая, сообщил РБК источник, знакомый с переговорами."
    c = with_text(text, "Калийщики поднимут")
    assert c.speaker_mention == "источник"


def test_quoted_dative_outlet_before_a_body_named_by_its_place():
    text = 'Из колоний вышли 52 человека, сообщили "Интерфаксу" в окружении Светланы Тихановской.'
    c = with_text(text, "52 человека")
    assert "окружении" in (c.speaker_mention or "")


# --- "«...», — говорится в сообщении." with no owner; a wire's dateline --------------------
def test_statement_with_no_owner_keeps_the_quote_without_a_speaker():
    text = "«Стороны обсудили поставки нефти», — говорится в сообщении."
    c = with_text(text, "поставки нефти")
    assert c.kind == "direct"
    assert c.speaker is None


def test_wire_dateline_is_not_content():
    text = "Минск. 2 марта. ИНТЕРФАКС - Из колонии вышел Игорь Лосик, сообщили в его семье."
    c = with_text(text, "Игорь Лосик")
    assert c.text.startswith("Из колонии")


def test_office_holder_pronoun_is_chosen_by_country_or_left_unresolved():
    two = (
        "Президент Беларуси Александр Лукашенко заявил, что переговоры идут хорошо. "
        "Президент России Владимир Путин сказал, что Москва поддержит Минск. "
        "{opener} затем коснулся экономики. Он отметил, что торговля растёт."
    )
    belarus = with_text(two.format(opener="Президент Беларуси"), "торговля растёт")
    assert belarus.speaker == LUKASHENKO
    either = with_text(two.format(opener="Президент"), "торговля растёт")
    assert either.speaker is None


def test_plural_naming_verb_after_a_name_has_the_name_as_its_object():
    assert not found("Журналистку Ковальчук назвали «экстремисткой» в приговоре.")
    assert not found("Лукашенко назвали «последним диктатором Европы».")
    c = with_text("Власти назвали протест «провокацией».", "провокацией")
    assert c.speaker_mention == "Власти"


def test_role_place_and_a_nominative_surname_keep_the_whole_phrase():
    c = with_text("Посол в Минске Иванов заявил, что визы подешевеют.", "визы")
    assert c.speaker_mention == "Посол в Минске Иванов"


# --- a gerund after a dash attribution; a data source is no "он"; asides ------------------
def test_gerund_after_a_dash_attribution_is_the_attributed_speaker():
    text = (
        "Лукашенко признал ошибки. «Кое-где мы провалились», — отметил он, добавив, что "
        "виновные будут наказаны."
    )
    c = with_text(text, "виновные будут наказаны")
    assert c.speaker == LUKASHENKO
    assert c.speaker_mention == "он"


def test_a_data_source_is_not_the_antecedent_of_on():
    text = (
        "Министр Кондратович, по данным LRT, предложил продлить режим охраны границы. "
        "Он подчеркнул, что решение примет правительство."
    )
    assert with_text(text, "решение примет").speaker != "LRT"


def test_source_aside_before_the_verb_is_no_postposed_attribution():
    text = "Посол, по словам министра, пообещал содействие."
    for c in found(text):
        assert c.speaker != "содействие"


def test_wire_outlet_told_by_a_body():
    text = "Как сообщили ТАСС в Минобороны Белоруссии, учения пройдут в марте."
    assert with_text(text, "учения пройдут").speaker == "Минобороны Белоруссии"


# --- a bare given name: the one person of that name, or no one ----------------------------
def test_bare_given_name_is_the_one_full_name_before_it():
    text = (
        "Ольга Савченко рассказала, что её вызывали на допросы. "
        "«Я до сих пор боюсь звонков», — признаётся Ольга."
    )
    assert with_text(text, "боюсь звонков").speaker == "Ольга Савченко"


def test_pronoun_after_a_given_name_two_people_share_is_unresolved():
    text = (
        "Ольга Савченко рассказала, что её вызывали на допросы. Пресс-секретарь МВД Ольга "
        "Чемоданова заявила, что всё законно. Сейчас Ольга работает в Варшаве. Она "
        "говорит, что дети привыкают к школе."
    )
    assert with_text(text, "дети привыкают").speaker is None
