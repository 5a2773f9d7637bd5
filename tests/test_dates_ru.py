"""Russian and Belarusian dates: every month in the genitive a dateline uses, the
abbreviations, numeric dates, agency datelines opening the story, "сегодня"/"сёння"
only against a dated anchor; and, end to end, a Russian article dated by its dateline
is found by `date:`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from belreader.ingest import read_article
from belreader.ingest.dates import lead_dateline, parse_date_value, relative_date

RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
BE_MONTHS = (
    "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка "
    "лістапада снежня"
)


@pytest.mark.parametrize("language, months", [("ru", RU_MONTHS), ("be", BE_MONTHS)])
def test_every_month_in_the_genitive(language, months):
    for number, name in enumerate(months.split(), start=1):
        assert parse_date_value(f"3 {name} 2025 г.") == date(2025, number, 3), name


@pytest.mark.parametrize(
    "value, expected",
    [
        ("15 сентября 2025 года", date(2025, 9, 15)),
        ("15 СЕНТЯБРЯ 2025", date(2025, 9, 15)),
        ("15 сент. 2025", date(2025, 9, 15)),
        ("3 окт 2025", date(2025, 10, 3)),
        ("15 ноя. 2025", date(2025, 11, 15)),
        ("15.09.2025", date(2025, 9, 15)),
        ("03.10.2025 14:30", date(2025, 10, 3)),
        ("Пятница, 3 октября 2025 г.", date(2025, 10, 3)),
        ("Аўторак, 15 верасня 2025", date(2025, 9, 15)),
        ("15 верасня 2025 г., 12:05", date(2025, 9, 15)),
        ("29 февраля 2024", date(2024, 2, 29)),
        ("29 февраля 2025", None),  # no such day
        ("15 мая мама 2025", None),  # a Cyrillic word that is no month
        ("сентября 2025", None),  # no day
    ],
)
def test_date_values(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    "paragraph, anchored, unanchored",
    [
        # a year in the dateline: dated with or without an anchor
        (
            "Минск, 15 сентября 2025 года. Президент провёл совещание.",
            date(2025, 9, 15),
            date(2025, 9, 15),
        ),
        (
            "Мінск, 3 кастрычніка 2025 года. Прэзідэнт сустрэўся з паслом.",
            date(2025, 10, 3),
            date(2025, 10, 3),
        ),
        # no year: only against a dated anchor, never a guessed year
        ("МИНСК, 3 октября. /БЕЛТА/. – Президент провёл совещание.", date(2025, 10, 3), None),
        ("МИНСК, 3 октября (БЕЛТА) – Президент провёл совещание.", date(2025, 10, 3), None),
        ("Минск, 15 сент. — Президент провёл совещание.", date(2025, 9, 15), None),
        ("ВИЛЬНЮС, 3 кастрычніка — Ціханоўская сустрэлася з міністрам.", date(2025, 10, 3), None),
        # a date inside the story is no dateline
        ("Президент напомнил, что 15 сентября 2025 года прошли учения.", None, None),
    ],
)
def test_agency_datelines_opening_the_story(paragraph, anchored, unanchored):
    assert lead_dateline(paragraph, date(2025, 10, 20)) == anchored
    assert lead_dateline(paragraph) == unanchored


def test_today_and_yesterday_in_russian_and_belarusian_need_an_anchor():
    anchor = date(2025, 10, 20)
    assert relative_date("Сёння, 12:00", anchor) == anchor
    assert relative_date("Учора ў 18:05", anchor) == date(2025, 10, 19)
    assert relative_date("Вчера, 18:05", anchor) == date(2025, 10, 19)
    assert relative_date("Позавчера", anchor) == date(2025, 10, 18)
    for line in ("Сёння, 12:00", "Вчера, 18:05"):
        assert relative_date(line, None) is None


def test_text_file_with_a_russian_dateline_is_dated(tmp_path):
    path = tmp_path / "belta.txt"
    path.write_text(
        "Лукашенко провёл совещание\n\nМинск, 15 сентября 2025 года. Президент Беларуси "
        "провёл совещание с военными.\n",
        encoding="utf-8",
    )
    art = read_article(path)
    assert art.date == date(2025, 9, 15)
    assert art.body.startswith("Минск, 15 сентября 2025 года.")


def test_date_query_finds_russian_articles_and_they_sort_by_date(corpus, tmp_path, capsys):
    from belreader.cli import main
    from belreader.library import Library

    (corpus / "belta.txt").write_text(
        "Лукашенко провёл совещание\n\nМинск, 15 сентября 2025 года. «Мы готовы», — сказал "
        "Лукашенко.\n",
        encoding="utf-8",
    )
    (corpus / "nn.txt").write_text(
        "Ціханоўская ў Вільні\n\nВільня, 3 кастрычніка 2025 года. «Санкцыі працуюць», — "
        "сказала Святлана Ціханоўская.\n",
        encoding="utf-8",
    )
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[corpus])
    lib.save()
    args = ["--index", str(lib.index_dir), "--data", str(lib.data_dir)]
    assert main(["index", *args]) == 0
    capsys.readouterr()

    def titles(query):
        assert main(["search", query, "--json", *args]) == 0
        return [h["title"] for h in json.loads(capsys.readouterr().out)["hits"]]

    assert titles("date:2025-09") == ["Лукашенко провёл совещание"]
    assert titles("date:2025-10-03") == ["Ціханоўская ў Вільні"]
    assert set(titles("date:[2025-09 to 2025-10]")) == {
        "Ціханоўская ў Вільні",
        "Лукашенко провёл совещание",
    }
    # "newest first" over the whole library (seeds of 2024 and undated ones): the two
    # Russian-dated articles lead
    assert main(["claims", "--json", *args]) == 0
    paths = [r["path"] for r in json.loads(capsys.readouterr().out)]
    first = list(dict.fromkeys(paths))[:2]
    assert [p.rsplit("/", 1)[-1] for p in first] == ["nn.txt", "belta.txt"]
