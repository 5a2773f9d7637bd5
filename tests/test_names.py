"""The romanisation key of names (belreader.search.names) and the library's names file."""

from __future__ import annotations

import pytest

from belreader.search.names import NameIndex, looks_like_name, name_key, names_in

# the same person or place, romanised from Belarusian and from Russian, under
# different systems, or written in Cyrillic (in any case form). Only spellings with a
# mark of a Belarusian or Russian romanisation are folded (see NOT_FOLDED)
SAME = [
    ("Tsikhanouskaya", "Tikhanovskaya", "Тихановская", "Тихановской", "Cichanoŭskaja"),
    ("Kalesnikava", "Kolesnikova", "Калеснікава", "Колесниковой"),
    ("Lukashenka", "Lukashenko", "Лукашенко", "Лукашенку", "Łukaszenka", "Lukašenko"),
    ("Mahiliou", "Mogilev", "Mogilyov"),
    ("Siarhei", "Sergei", "Сергей"),
    ("Aliaksei", "Aleksei", "Alexei", "Алексей"),
    ("Viasna", "Vyasna", "Вясна"),
    ("Dzmitry", "Dmitry", "Dmitriy"),
    ("Latushka", "Latushko", "Латушко"),
    ("Kavalenka", "Kovalenko", "Коваленко"),
    ("Khrenin", "Хренин"),
    ("Zhodzina", "Zhodino", "Жодино"),
    ("Sevyarynets", "Severinets"),
    ("Yanukovich", "Yanukovych"),
]
# spellings with no such mark key as themselves (the alias table has these pairs):
# folding English names the same way merges Don and Dan, Mary and Mario
NOT_FOLDED = [("Hrodna", "Grodno"), ("Vitsebsk", "Vitebsk"), ("Ihar", "Igor")]
# close in the ordinary way, and different
DIFFERENT = [
    ("Lukashenko", "Lukashevich"),
    ("Ivanov", "Petrov"),
    ("Minsk", "Pinsk"),
    ("Brest", "Breslau"),
    ("Pavel", "Paval"),  # Belarusian and Russian forms of one name, but not a rule
]


@pytest.mark.parametrize("spellings", SAME, ids=lambda s: s[0])
def test_spellings_of_one_name_share_a_key(spellings):
    keys = {name_key(s) for s in spellings}
    assert len(keys) == 1, {s: name_key(s) for s in spellings}


@pytest.mark.parametrize("a, b", NOT_FOLDED)
def test_plain_latin_spellings_are_left_to_the_alias_table(a, b):
    from belreader.search import Analysis

    assert name_key(a) != name_key(b)
    analysis = Analysis()
    assert analysis.term(a) == analysis.term(b)


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_a_name_is_capitalised_and_never_written_in_lower_case():
    seen = {"After", "after", "Minsk", "Tsikhanouskaya", "NATO", "of", "Ab", "Lukashenka's"}
    assert names_in(seen) == {"Minsk", "Tsikhanouskaya", "Lukashenka's"}
    assert not looks_like_name("NATO") and not looks_like_name("Ab") and looks_like_name("Minsk")


def test_the_names_file_merges_and_answers_by_key(tmp_path):
    names = NameIndex(tmp_path)
    assert names.spellings_of("Kovalenko") == ([], False)
    names.add({"Kavalenka", "Minsk"}, fresh=True)
    assert names.spellings_of("Kovalenko") == (["Kavalenka"], False)
    names.add({"Kovalenko", "Коваленко"}, fresh=False)
    others, is_name = names.spellings_of("Kovalenko")
    assert sorted(others) == ["Kavalenka", "Коваленко"] and is_name
    assert names.spellings_of("Minsk") == ([], True)
    names.add({"Pinsk"}, fresh=True)  # a rebuild starts the file afresh
    assert names.spellings_of("Kovalenko") == ([], False)


def test_sorted_lines_finds_exactly_the_lines_of_the_file(tmp_path):
    """The binary search over the file's bytes against plain set membership, on random
    sorted files of Latin, Cyrillic and Polish letters (UTF-8 order is code point order)."""
    import random

    from belreader.search.names import SortedLines

    rng = random.Random(17)
    path = tmp_path / "lines.txt"
    letters = "abcдеż"
    for _ in range(200):
        words = sorted(
            {"".join(rng.choices(letters, k=rng.randint(1, 5))) for _ in range(rng.randint(0, 60))}
        )
        path.write_text("\n".join(words), "utf-8")
        lines = SortedLines(path)
        for _ in range(30):
            probe = "".join(rng.choices(letters, k=rng.randint(1, 5)))
            assert (lines.find(probe) is not None) == (probe in words)
            starting = [w for w in words if w.startswith(probe)]
            assert (lines.find(probe, prefix=True) is None) == (not starting)
        assert all(lines.find(w) == w for w in words)
