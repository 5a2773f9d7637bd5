"""Russian speakers as a reader wants them (session 15): one person, one name, in the
nominative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims
from belreader.claims.ru_nominative import nominative_name

LUK = "Alexander Lukashenko"


def speakers(text):
    return [(c.speaker, c.speaker_mention) for c in extract_claims(text, language="ru")]


# --- the nominative of a name written in another case -------------------------------------
@pytest.mark.parametrize(
    ("given", "surname", "cases", "want"),
    [
        ("Дмитрия", "Крука", (), "Дмитрий Крук"),
        ("Дмитрием", "Круком", (), "Дмитрий Крук"),
        ("Юрию", "Шулейко", (), "Юрий Шулейко"),
        ("Анной", "Крук", (), "Анна Крук"),
        ("Никиты", "Золотарёва", (), "Никита Золотарёв"),
        ("Артёма", "Шрайбмана", (), "Артём Шрайбман"),
        ("Сергея", "Тихановского", (), "Сергей Тихановский"),
        ("Ольги", "Чемодановой", (), "Ольга Чемоданова"),
        ("Павла", "Латушко", ("gen",), "Павел Латушко"),
        # Евгения: Евгений's genitive or the woman Евгения; after "по словам", his
        ("Евгения", "Винокурова", ("gen",), "Евгений Винокуров"),
        ("Евгения", "Винокурова", (), None),
        ("Евгении", "Ворониной", (), "Евгения Воронина"),  # hers
        ("Юрию", "Шулейко", ("dat",), "Юрий Шулейко"),  # Юрия is no woman's name
        ("Евгенией", "Петровой", (), "Евгения Петрова"),
        ("Евгению", "Петрову", (), None),  # his dative or her accusative
        ("Александра", "Лукашенко", (), None),
        ("Толстого", "Льва", (), None),
        ("Ивана", "Толстого", (), None),  # Толстой or Толстый: unsure
    ],
)
def test_nominative_name(given, surname, cases, want):
    assert nominative_name(given, surname, cases) == want


def test_genitive_source_phrase_gives_the_person():
    text = (
        "По мнению экономиста Дмитрия Крука, инфляция в Беларуси ускорится к зиме.\n\n"
        "«Цены растут быстрее зарплат», — добавил Крук."
    )
    assert speakers(text) == [
        ("Дмитрий Крук", "экономиста Дмитрия Крука"),
        ("Дмитрий Крук", "Крук"),
    ]


def test_genitive_with_ambiguous_given_name_after_po_slovam():
    text = "По мнению главного аналитика банка Евгения Мороза, курс рубля останется стабильным."
    assert speakers(text)[0][0] == "Евгений Мороз"


def test_bare_surname_after_an_instrumental_full_name():
    text = (
        "Министр встретился в Гродно с фермером Степаном Лисом. "
        "Лис заявил, что урожай картофеля в этом году рекордный."
    )
    assert ("Степан Лис", "Лис") in speakers(text)


def test_she_after_a_woman_named_only_in_another_case():
    text = (
        "Суд в Витебске продлил арест журналистки Ирины Савицкой. Сама Савицкая вину не "
        "признала.\n\n«Я просто снимала митинг», — сказала она."
    )
    assert speakers(text)[-1] == ("Ирина Савицкая", "она")


def test_relation_noun_before_an_oblique_name_is_not_that_person():
    text = "Мать политзаключённого Никиты Орлова сказала, что сын болен."
    assert speakers(text)[0][0] == "Мать политзаключённого Никиты Орлова"
    text = "По словам адвоката Орлова, жалоба уже подана."
    assert speakers(text)[0][0] == "адвоката Орлова"


def test_outlet_in_guillemets_loses_them():
    text = "Как пишет «Медуза», белорусские власти готовят новую амнистию."
    assert speakers(text)[0] == ("Медуза", "«Медуза»")


# --- person nouns after the one person named --------------------------------------------
def test_expert_after_the_one_expert_named():
    text = (
        "Политолог Андрей Казакевич уверен, что выборы ничего не изменят. «Система "
        "закрыта для любых перемен», — говорит эксперт."
    )
    assert speakers(text)[-1] == ("Андрей Казакевич", "эксперт")


def test_pensioner_after_the_woman_named_before():
    text = (
        "Суд оштрафовал жительницу Пинска Наталью Гук за комментарий.\n\n"
        "«Я не думала, что за это судят», — сказала пенсионерка."
    )
    assert speakers(text)[-1] == ("Наталья Гук", "пенсионерка")


def test_woman_noun_stays_when_two_women_were_named():
    text = (
        "Ольга Шевчук и Ирина Левчук пришли на суд вместе.\n\n«Мы будем ждать», — сказала женщина."
    )
    assert speakers(text)[-1] == ("женщина", "женщина")


def test_expert_stays_when_the_named_person_is_no_expert():
    text = "Фермер Андрей Кот рассказал о неурожае. «Цены на зерно вырастут», — говорит эксперт."
    assert speakers(text)[-1] == ("эксперт", "эксперт")


def test_head_of_state_after_another_man_spoke():
    text = (
        "Лукашенко провёл совещание\n\n"
        "Президент Беларуси Александр Лукашенко встретился с губернатором Иваном Крупко. "
        "Крупко доложил, что урожай собран.\n\n"
        "Глава государства потребовал ускорить ремонт техники."
    )
    assert speakers(text)[-1] == (LUK, "Глава государства")


def test_a_genitive_mention_is_not_the_antecedent_of_her():
    text = (
        "Суд приговорил Галину Тарасевич к году ограничения свободы.\n\n"
        "Мать политзаключённого Никиты Орлова сказала, что поддерживает семью Тарасевич. "
        "По её словам, таких семей в городе много."
    )
    assert speakers(text)[-1] == ("Мать политзаключённого Никиты Орлова", "её")


def test_body_in_the_genitive_after_po_versii():
    text = "По версии обвинения, мужчина оскорбил в сети сотрудника милиции."
    assert speakers(text)[0] == ("обвинение", "обвинения")
