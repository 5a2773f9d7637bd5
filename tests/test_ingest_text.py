"""Ingest of text files: Russian and Belarusian dates, language, one-line articles and
catalogue rows that do not fit their header."""

from __future__ import annotations

from datetime import date

import pytest

from belreader.ingest import load_catalogue, parse_article, read_article
from belreader.ingest.dates import lead_dateline, parse_date_value, relative_date
from belreader.ingest.language import guess_language


def article(tmp_path, text: str, name: str = "a.txt", **kw):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_article(path, **kw)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("15 сентября 2025 года", date(2025, 9, 15)),
        ("15 сент. 2025", date(2025, 9, 15)),
        ("15.09.2025", date(2025, 9, 15)),
        ("1 января 2024 г.", date(2024, 1, 1)),
        ("3 марта 2023", date(2023, 3, 3)),
        ("9 мая 2022", date(2022, 5, 9)),
        ("21 декабря 2021", date(2021, 12, 21)),
        ("15 верасня 2025", date(2025, 9, 15)),
        ("2 кастрычніка 2024 г.", date(2024, 10, 2)),
        ("12 лютага 2023", date(2023, 2, 12)),
        ("5 жніўня 2020", date(2020, 8, 5)),
        ("9 снежня 2021", date(2021, 12, 9)),
        ("7 студзеня 2025", date(2025, 1, 7)),
        ("24 лютого 2022", date(2022, 2, 24)),  # Ukrainian
        ("31 сентября 2025", None),  # no such day
        ("15 мальчиков 2025", None),  # a Cyrillic word that is no month
    ],
)
def test_cyrillic_date_values(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    "dateline",
    [
        "Минск, 15 сентября 2025 года",
        "Опубликовано: 15 сентября 2025, 14:30",
        "15 сентября 2025 г. 14:30 МСК",
        "15.09.2025",
    ],
)
def test_russian_dateline_line_dates_the_article(tmp_path, dateline):
    art = article(
        tmp_path,
        f"Лукашенко провёл встречу\n{dateline}\nПрезидент Беларуси провёл встречу с делегацией.\n",
    )
    assert art.date == date(2025, 9, 15)
    assert dateline not in art.body
    assert art.title == "Лукашенко провёл встречу"


def test_dateline_opening_the_story(tmp_path):
    text = "Лукашенко провёл встречу\n\nМИНСК, 15 сентября 2025 года — Президент провёл встречу.\n"
    art = article(tmp_path, text)
    assert art.date == date(2025, 9, 15)
    assert art.body.startswith("МИНСК, 15 сентября")  # the story keeps its first words


def test_dateline_without_year_needs_an_anchor():
    line = "Минск, 15 сентября — Президент провёл встречу."
    assert lead_dateline(line) is None  # no year and no anchor: undated, never guessed
    assert lead_dateline(line, date(2025, 10, 1)) == date(2025, 9, 15)
    # an anchor early in the year: the dateline is of the year before
    assert lead_dateline("Минск, 15 декабря — Встреча.", date(2026, 1, 10)) == date(2025, 12, 15)
    assert lead_dateline("Лукашенко, как и 15 сентября 2025 года, сказал") is None


def test_relative_days_only_with_an_anchor():
    anchor = date(2025, 9, 15)
    assert relative_date("Сегодня, 14:30", anchor) == anchor
    assert relative_date("вчера в 18:05", anchor) == date(2025, 9, 14)
    assert relative_date("Сёння", anchor) == anchor
    assert relative_date("учора", anchor) == date(2025, 9, 14)
    assert relative_date("Сегодня", None) is None
    assert relative_date("Вчера президент сказал, что встреча прошла хорошо.", anchor) is None


def test_relative_dateline_without_anchor_stays_undated(tmp_path):
    art = article(tmp_path, "Встреча в Минске\nСегодня, 14:30\nПрезидент провёл встречу.\n")
    assert art.date is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Президент Беларуси заявил, что страна готова к переговорам с Украиной и Западом.", "ru"),
        ("Прэзідэнт Беларусі заявіў, што краіна гатовая да перамоваў з Украінай і Захадам.", "be"),
        ("Президент Білорусі заявив, що країна готова до переговорів з Україною та Заходом.", "uk"),
        ("The president said the country was ready for talks with Ukraine.", "en"),
        ("12345 — 67890", "und"),
    ],
)
def test_language(text, lang):
    assert guess_language(text) == lang


def test_one_line_article_keeps_its_body(tmp_path):
    sentence = "Lukashenko met the delegation in Minsk and spoke about the border. "
    text = sentence * 50  # ~3 KB, no line break at all
    art = article(tmp_path, text)
    assert art.title == sentence.strip()
    assert art.body == text.strip()
    assert "no title line" in art.warnings[0]


def test_five_megabyte_single_line(tmp_path):
    text = ("слово " * 460_000).strip()  # ~5 MB of UTF-8, one line, no sentence end
    art = article(tmp_path, text)
    assert len(art.body) == len(text)
    assert len(art.title) <= 151 and art.title.endswith("…")


def test_catalogue_row_with_extra_field(tmp_path):
    (tmp_path / "catalogue.csv").write_text(
        "file,title,source\n"
        "a.txt,Talks in Minsk, part two,Belsat\n"  # unquoted comma: one field too many
        "b.txt,Border news,Zerkalo\n",
        "utf-8",
    )
    cat = load_catalogue(tmp_path)
    assert cat["b.txt"] == {"file": "b.txt", "title": "Border news", "source": "Zerkalo"}
    art = article(tmp_path, "Talks\n\nLukashenko spoke.\n", catalogue_entry=cat["a.txt"])
    assert art.source is None and art.title == "Talks"
    assert any("line 2 has 4 fields, the header 3" in w for w in art.warnings)


def test_catalogue_row_with_extra_field_through_sync(tmp_path):
    """The whole path: the folder indexes, the bad row's file imports with a warning."""
    from belreader.library import Library
    from belreader.search import SearchIndex

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "catalogue.csv").write_text("file,title\na.txt,One, two\nb.txt,Fine\n", "utf-8")
    (corpus / "a.txt").write_text("Alpha\n\nLukashenko spoke.\n", "utf-8")
    (corpus / "b.txt").write_text("Beta\n\nTsikhanouskaya spoke.\n", "utf-8")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    try:
        report = ix.sync()
        assert report.added == 2
        assert any("catalogue.csv: line 2" in w for _, w in report.warnings)
        assert {h.title for h in ix.search("spoke").hits} == {"Alpha", "Fine"}
    finally:
        ix.close()


def test_parse_article_front_matter_date_in_russian(tmp_path):
    text = "---\ndate: 15 сентября 2025\n---\nЗаголовок\n\nТекст статьи.\n"
    art = parse_article(text.encode(), article_id="x", path=tmp_path / "a.md")
    assert art.date == date(2025, 9, 15)


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path):
    text = "Лукашенко провёл встречу\n\nПрезидент Беларуси провёл встречу с делегацией из Китая.\n"
    data = text.encode("utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(data[:60] + b"\xff" + data[60:])  # one byte of damage
    art = read_article(path)
    assert art.title == "Лукашенко провёл встречу"
    assert "делегацией из Китая" in art.body
    assert art.warnings == ["not valid UTF-8: 1 damaged byte sequence(s) replaced with \ufffd"]
    # real cp1251 is still read as cp1251
    path.write_bytes(text.encode("cp1251"))
    assert read_article(path).warnings == ["not UTF-8: decoded as cp1251 (Cyrillic)"]


def test_short_latin1_is_not_taken_for_damaged_utf8(tmp_path):
    path = tmp_path / "l.txt"
    path.write_bytes("Café talks\n\nThe café in Minsk reopened.\n".encode("latin-1"))
    art = read_article(path)
    assert art.title == "Café talks"
    assert art.warnings == ["not UTF-8: decoded as latin-1"]
