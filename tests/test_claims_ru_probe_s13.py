"""Russian speakers that must not be a wrong name (session 13 probe): a relation noun's
owner ("Адвокат Виктора Бабарико", "Мать Протасевича") is not the speaker, and a
relative under another given name ("Эдуард Бабарико") is not the known person.
Sentences written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

BABARYKA = "Viktar Babaryka"
PESKOV = "Dmitry Peskov"


def speakers(text):
    return [c.speaker for c in extract_claims(text, language="ru")]


# --- a relation noun before a known name: the owner, not the speaker --------------------
def test_lawyer_of_a_known_person_in_the_genitive():
    text = "Адвокат Виктора Бабарико сообщил, что его подзащитный болен и нуждается в лечении."
    assert speakers(text) == ["Адвокат Виктора Бабарико"]


def test_mother_with_indeclinable_or_genitive_surname():
    assert speakers("Мать Протасевича сказала, что сын сломлен и напуган.") == ["Мать Протасевича"]
    assert speakers("Сын Бабарико заявил, что не получает писем от отца.") == ["Сын Бабарико"]


def test_press_secretary_of_the_president_is_not_the_president():
    text = "Пресс-секретарь Лукашенко сообщил, что встреча состоится в пятницу в Минске."
    assert speakers(text) == ["Пресс-секретарь Лукашенко"]


def test_relation_then_pronoun_keeps_the_relation():
    text = (
        "Адвокат Бабарико сообщил, что его подзащитный болен. "
        "Он добавил, что жалоба уже подана в суд."
    )
    assert speakers(text) == ["Адвокат Бабарико", "Адвокат Бабарико"]


def test_role_with_genitive_then_apposed_name_is_still_the_person():
    # "Кремля" is the owner of the role, Песков stands in apposition: Peskov speaks
    text = "Пресс-секретарь Кремля Дмитрий Песков заявил, что контакты с Минском продолжаются."
    assert speakers(text) == [PESKOV]


# --- another given name before a known surname: a relative ----------------------------
def test_son_with_own_given_name_is_not_the_known_person():
    text = "Эдуард Бабарико сообщил, что отец жив и держится."
    assert speakers(text) == ["Эдуард Бабарико"]


def test_relative_then_pronoun():
    text = "Эдуард Бабарико рассказал о письме. Он сообщил, что отец жив и держится."
    assert speakers(text) == ["Эдуард Бабарико"]


def test_same_given_name_is_still_the_known_person():
    assert speakers("Виктор Бабарико заявил, что не признает своей вины.") == [BABARYKA]


# --- denials and questions are claims; an accusative addressee is not the speaker -------
def claims(text):
    return [(c.speaker, c.cue, c.text) for c in extract_claims(text, language="ru")]


def test_denial_with_that():
    assert claims("Адвокат Ольга Ковалёва отрицает, что ее клиент давал показания.") == [
        ("Ольга Ковалёва", "отрицает", "ее клиент давал показания")
    ]


def test_denial_of_a_report_about_that():
    text = "Министерство обороны опровергло сообщения о том, что под Брестом стоят танки."
    assert claims(text) == [("Министерство обороны", "опровергло", "под Брестом стоят танки")]


def test_question_after_a_colon_and_before_a_dash():
    text = "Министр спросил у губернатора: «Где обещанные квартиры?»"
    assert claims(text) == [("Министр", "спросил", "«Где обещанные квартиры?»")]
    assert claims("«Почему молчит прокуратура?» — спросила журналистка.") == [
        ("журналистка", "спросила", "«Почему молчит прокуратура?»")
    ]


def test_question_in_belarusian():
    assert claims("«Хто адкажа за гэта?» — спытаў старшыня камісіі.") == [
        ("старшыня камісіі", "спытаў", "«Хто адкажа за гэта?»")
    ]


def test_accusative_addressee_before_the_speaker():
    text = "«Ситуация под контролем», — заверил журналистов министр Иван Петрович Кубраков."
    (c,) = extract_claims(text, language="ru")
    assert c.speaker_mention.startswith("министр")


# --- "Как заявил X на ...," and "X, как сообщает Y, ..." ------------------------------
def test_as_said_with_an_occasion_before_the_comma():
    text = "Как заявила Колесникова на суде, она ни о чем не жалеет."
    assert claims(text) == [("Maria Kalesnikava", "Как заявила", "она ни о чем не жалеет")]


def test_as_said_in_belarusian_with_an_occasion():
    text = "Як заявіў Лукашэнка на нарадзе, краіна гатовая да ўсяго."
    assert claims(text) == [("Alexander Lukashenko", "Як заявіў", "краіна гатовая да ўсяго")]


def test_source_in_the_middle_of_the_sentence():
    text = "Бывший депутат, как сообщает «Зеркало», вышел на свободу после трех лет."
    (c,) = extract_claims(text, language="ru")
    assert (c.speaker, c.text) == (
        "Зеркало",
        text[:-1],
    )  # session 15: the outlet without its quotation marks


def test_source_in_the_middle_with_an_outlet_domain():
    text = "Задержанных активистов, как сообщает Reform.by, отпустили под подписку."
    assert [c.speaker for c in extract_claims(text, language="ru")] == ["Reform.by"]


def test_as_comparing_is_no_source():
    assert claims("Он поступил так, как сказал ему отец, и уехал в Гродно.") == []


# --- "..., — сообщает БелТА." and "одна из ..." ---------------------------------------
def test_relay_after_a_dash_is_cut_off_and_credited():
    text = "Министр признал, что цены на хлеб вырастут, — сообщает БелТА."
    (c,) = extract_claims(text, language="ru")
    assert (c.speaker, c.text, c.via) == ("Министр", "цены на хлеб вырастут", "БелТА")


def test_one_of_the_group_is_the_whole_phrase():
    text = "«Нас держали в холодной камере», — рассказала одна из задержанных в Гомеле."
    (c,) = extract_claims(text, language="ru")
    assert c.speaker == "одна из задержанных"


def test_mum_friend_and_colleague_are_relations_too():
    assert speakers("Мама Колесниковой сказала, что дочь держится и шлет всем привет.") == [
        "Мама Колесниковой"
    ]
    assert speakers("Коллега Бабарико рассказал, что тот держится молодцом.") == [
        "Коллега Бабарико"
    ]
