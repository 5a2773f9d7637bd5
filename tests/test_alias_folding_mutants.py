"""Alias folding behaviours that the mutation sample of 5 December (`aliases`, seed 3)
showed no test of its target pinned: where a refused user entry is said to be, that
one refused entry leaves the rest of its file in force, which one-word spellings are
refused as another entity's, the analysis a worker process rebuilds from a pickle, and
index and query analysis agreeing on long forms. Fast, no index: the mutation target
runs them per mutant."""

from __future__ import annotations

import pickle

from belreader.aliases import load_table
from belreader.search import Analysis
from belreader.search.analysis import suggestion_words


def test_a_refused_entry_is_named_by_its_line_however_its_key_is_quoted(tmp_path):
    user = tmp_path / "aliases.toml"
    user.write_text(
        "# my spellings\n"
        "[terms]\n"
        'Hrodna2 = ["Grodno"]\n'
        '"Two Words" = ["the"]\n'
        "\n"
        "'Single' = [\"and\"]\n"
        'Vilnius = ["Wilno"]\n',
        "utf-8",
    )
    table = load_table(user)
    assert table.file_error is None
    assert table.problems == [
        f"{user}:3: terms.Hrodna2: 'Grodno' is already a spelling of 'Hrodna'",
        f"{user}:4: terms.Two Words: 'the' is a common word; folding it would change every text",
        f"{user}:6: terms.Single: 'and' is a common word; folding it would change every text",
    ]
    # the entries after the refused ones still apply, the refused spellings fold as before
    assert table.fold_term("wilno") == "vilnius"
    assert table.fold_term("grodno") == "hrodna"
    assert "the" not in table.terms and "and" not in table.terms


def test_a_refusal_without_the_file_text_names_the_origin_alone():
    table = load_table(None)
    table.merge_toml({"people": {"Jan Kowalski": ["of"]}}, "settings")
    assert table.problems == [
        "settings: people.Jan Kowalski: 'of' is a common word; folding it would change every text"
    ]
    assert table.person("Jan Kowalski") is None


def test_only_a_one_word_spelling_can_be_another_entitys():
    table = load_table(None)
    # a long form may begin with a word that is another entity's spelling
    table.merge_toml({"terms": {"GRO": ["Grodno Regional Office"]}}, "test")
    assert table.problems == []
    assert ("grodno", "regional", "office") in table.phrases["gro"]
    # a one-word spelling of Hrodna cannot become another entity's
    table.merge_toml({"terms": {"Horodnia": ["Grodno"]}}, "test")
    assert table.problems == ["test: terms.Horodnia: 'Grodno' is already a spelling of 'Hrodna'"]
    assert table.fold_term("grodno") == "hrodna"


def test_a_pickled_analysis_keeps_its_own_alias_table():
    table = load_table(None)
    table.merge_toml({"terms": {"Vilnius": ["Wilno"]}}, "test")
    analysis = Analysis(table)
    assert analysis.term("Wilno") == analysis.term("Vilnius") != Analysis().term("Wilno")
    restored = pickle.loads(pickle.dumps(analysis))
    assert restored.table.terms == table.terms
    assert restored.term("Wilno") == analysis.term("Vilnius")
    assert restored.fingerprint == analysis.fingerprint


def test_index_and_query_analysis_agree_on_long_forms():
    """Indexing adds the entry's term at each long form; a query leaves long forms to
    the query rewrite. The fast path (index_terms) and Whoosh's analyzer agree on both."""
    analysis = Analysis()
    text = (
        "Members of the Collective Security Treaty Organisation met; the ОДКБ and the "
        "Организация Договора о коллективной безопасности did too."
    )
    by_mode = {}
    for mode in ("index", "query"):
        terms: dict[str, list[int]] = {}
        for token in analysis.analyzer()(text, positions=True, mode=mode):
            terms.setdefault(token.text, []).append(token.pos)
        by_mode[mode] = terms
    csto = analysis.term("CSTO")
    # "collective" at 1, ОДКБ at 6, "Организация" at 7
    assert by_mode["index"][csto] == [1, 6, 7]
    assert by_mode["query"][csto] == [6]
    assert analysis.index_terms(text) == by_mode["index"]
    assert analysis.index_terms(text, long_forms=False) == by_mode["query"]


def test_did_you_mean_keeps_words_of_three_letters_or_more():
    words = suggestion_words({"tax", "ox", "2024", "the", "Minsk"})
    assert {"tax", "minsk"} <= words
    assert not words & {"ox", "2024", "the"}
