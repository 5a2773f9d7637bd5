"""Search across spellings (issue 17): case forms of aliases, long forms and acronyms,
names across romanisations, the small surprises of a typed query, and what the
results say was folded. The articles are written here, each with one spelling only."""

from __future__ import annotations

import json

import pytest
from whoosh import query as wq

from belreader.aliases import MAX_ALIAS_WORDS, load_table
from belreader.library import Library, bundled_seeds
from belreader.search import Analysis, QueryError, SearchIndex
from belreader.search import analysis as analysis_mod
from belreader.search.analysis import TOKEN_RE

ARTICLES = {
    # case forms of aliased words, and nothing else of them
    "ru-genitive": "Визит\n\nДелегация прибыла из Белоруссии во вторник.",
    "ru-accusative": "Поездка\n\nДелегация отправилась в Белоруссию в среду.",
    "ru-putin": "Звонок\n\nПутину доложили об учениях. Встреча Путина с министром.",
    "ru-tikhanovskaya": "Встреча\n\nТихановской вручили премию в Вильнюсе.",
    # long forms with no acronym, and the acronyms with no long form
    "csto-long-uk": "Drills\n\nThe Collective Security Treaty Organisation held drills near Vitebsk.",
    "csto-long-ru": "Учения\n\nОрганизации Договора о коллективной безопасности провели учения.",
    "csto-short-ru": "ОДКБ\n\nОДКБ провела учения у границы.",
    "eu-long": "Sanctions\n\nThe European Union adopted a sixth package of sanctions.",
    "eu-short": "Visas\n\nThe EU suspended the visa deal.",
    "osce-long": "Monitors\n\nThe Organization for Security and Co-operation in Europe sent monitors.",
    # names romanised differently, none of them in the alias table
    "name-by": "Arrest\n\nPolice detained Ihar Kavalenka and Paval Sevyarynets in Zhodzina.",
    "name-ru": "Trial\n\nThe court heard Igor Kovalenko and Pavel Severinets in Zhodino.",
    "name-other": "Minister\n\nMinister Lukashevich met Ivan Petrov. Who cares?",
    "viasna": "Rights group\n\nViasna counted new political prisoners.",
    "ru-spring": "Погода\n\nВесна пришла рано.",  # spring: the Russian key of Вясна
    # the small surprises
    "possessive": "Speech\n\nLukashenka's speech was long. Lukashenka said who would pay.",
    "no-source": "Plain\n\nA note about Minsk with no outlet named.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("spellings")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    lib = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[corpus])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    yield ix
    ix.close()


def found(ix: SearchIndex, query: str) -> set[str]:
    return {h.id.split("/")[-1].removesuffix(".txt") for h in ix.search(query, limit=50).hits}


# ------------------------------------------------------------- inflected aliases


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Belarus", {"ru-genitive", "ru-accusative"}),
        ("Белоруссия", {"ru-genitive", "ru-accusative"}),
        ("Putin", {"ru-putin"}),
        ("Путин", {"ru-putin"}),
        ("Tsikhanouskaya", {"ru-tikhanovskaya"}),
    ],
)
def test_every_case_form_of_an_aliased_word_folds(index, query, expected):
    assert found(index, query) == expected


@pytest.mark.parametrize(
    "form, spelling",
    [
        ("Белоруссии", "Belarus"),
        ("Белоруссию", "Belarus"),
        ("Путина", "Putin"),
        ("Путину", "Putin"),
        ("Тихановской", "Tsikhanouskaya"),
        ("Колесниковой", "Kalesnikava"),
        ("Lukashenka’s", "Lukashenko"),
    ],
)
def test_a_case_form_has_the_term_of_its_alias(form, spelling):
    # the term itself, not only the search: the name key would find these too
    analysis = Analysis()
    assert analysis.term(form) == analysis.term(spelling)


def test_a_stem_two_entries_share_folds_nothing():
    # Беларусь (Belarus) and беларусы (Belarusians) both stem to беларус: the plural's
    # genitive беларусов is neither entry, rather than a guess at one
    analysis = Analysis()
    assert analysis.term("беларусов") == "беларус"
    assert analysis.term("Беларусь") == analysis.term("Belarus")  # the spellings still fold
    assert analysis.term("беларусы") == analysis.term("Belarusians")


# ----------------------------------------------------------------- long forms


@pytest.mark.parametrize(
    "query",
    [
        "CSTO",
        "ОДКБ",
        "Collective Security Treaty Organization",  # the other spelling than the text's
        '"Collective Security Treaty Organisation"',
        "Организация Договора о коллективной безопасности",
    ],
)
def test_an_acronym_and_its_long_forms_find_each_other(index, query):
    assert found(index, query) == {"csto-long-uk", "csto-long-ru", "csto-short-ru"}


def test_other_entries_find_their_long_forms(index):
    assert found(index, "EU") == {"eu-long", "eu-short"}
    assert found(index, "European Union") == {"eu-long", "eu-short"}
    assert found(index, "OSCE") == {"osce-long"}
    assert found(index, "ОБСЕ") == {"osce-long"}


def test_phrases_over_a_long_form_still_match(index):
    """The entry's term sits at the long form's first word: the words keep theirs."""
    assert found(index, '"Treaty Organisation held drills"') == {"csto-long-uk"}
    assert found(index, '"The Collective Security"') == {"csto-long-uk"}
    terms = index.analysis.index_terms("the Collective Security Treaty Organisation met")
    assert terms["csto"] == terms["collect"] == [1]
    assert terms["met"] == [5]


# ---------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Kavalenka", {"name-by", "name-ru"}),
        ("Kovalenko", {"name-by", "name-ru"}),
        ("Severinets", {"name-by", "name-ru"}),
        ("Zhodino", {"name-by", "name-ru"}),
        ("Ihar", {"name-by", "name-ru"}),
        ("Lukashevich", {"name-other"}),  # not Lukashenka's articles
        ("Petrov", {"name-other"}),
    ],
)
def test_a_name_finds_its_other_romanisations(index, query, expected):
    assert found(index, query) == expected


def test_another_spelling_scores_lower_and_is_said(index):
    r = index.search("Kavalenka")
    assert r.hits[0].id.split("/")[-1] == "name-by.txt"
    assert r.hits[0].score > r.hits[1].score
    assert {"typed": "Kavalenka", "kind": "spelling", "matched": ["Kovalenko"], "more": 0} in (
        r.also_matched
    )


def test_an_alias_table_entry_takes_its_spellings_from_the_table(index):
    # the name key of Вясна in Russian is весна, spring: the table's entry decides
    assert found(index, "Vyasna") == found(index, "Вясна") == {"viasna"}
    assert all(a["kind"] != "spelling" for a in index.search("Vyasna").also_matched)


def test_common_words_are_never_expanded(index):
    # "Who" starts a sentence, and the library also writes "who": a common word
    assert index.spellings.expand("Who cares") == "Who cares"
    assert index.spellings.expand("who") == "who"


def test_a_name_with_too_many_spellings_is_capped_and_said(index, monkeypatch):
    from belreader.search import spellings

    monkeypatch.setattr(spellings, "MAX_NAME_SPELLINGS", 0)
    expansion = index.spellings.expansion("Kavalenka")
    assert expansion.text == "Kavalenka"
    ((also,),) = [[a for a in expansion.also if a.kind == "spelling"]]
    assert also.more == 1 and "1 more not searched" in also.describe()


# ---------------------------------------------------------- the small surprises


def test_a_trailing_question_or_exclamation_mark_is_punctuation(index):
    assert found(index, "Lukashenka?") == found(index, "Lukashenka") == {"possessive"}
    assert found(index, "Who would pay?") == {"possessive"}
    assert found(index, "Lukashenka!") == {"possessive"}
    # inside a word, or with another wildcard, it is still a pattern
    assert not any(isinstance(n, wq.Wildcard) for n in index.parse("Lukashenka?").leaves())
    assert any(isinstance(n, wq.Wildcard) for n in index.parse("Luk?shenka").leaves())
    assert any(isinstance(n, (wq.Wildcard, wq.Prefix)) for n in index.parse("Lukash*?").leaves())


def test_a_possessive_is_the_word(index):
    assert found(index, "Lukashenka's") == found(index, "Lukashenka") == {"possessive"}
    assert found(index, "Lukashenka’s") == {"possessive"}


def test_source_unknown_is_what_the_facet_line_shows(index):
    r = index.search("Minsk")
    assert r.facets == {"unknown": 1}
    assert found(index, "source:unknown Minsk") == {"no-source"}
    assert index.search("source:unknown").total == len(ARTICLES)


@pytest.mark.parametrize("query", ["?", "!!", "...", "?!", "— ,"])
def test_a_query_of_punctuation_says_so(index, query):
    with pytest.raises(QueryError, match="only punctuation"):
        index.search(query)


# ----------------------------------------------------------- what was folded, shown


def test_json_says_what_else_was_matched(index):
    data = index.search("Kavalenka").to_json()
    assert data["also_matched"] == [
        {"typed": "Kavalenka", "kind": "spelling", "matched": ["Kovalenko"], "more": 0}
    ]
    json.dumps(data)
    long_form = index.search("Collective Security Treaty Organization").also_matched
    assert long_form[0]["kind"] == "long form" and long_form[0]["matched"][0] == "CSTO"


# ------------------------------------------------------------------ user aliases


def test_a_bad_user_entry_is_named_by_line_and_the_rest_still_works(tmp_path):
    user = tmp_path / "aliases.toml"
    long_form = " ".join(["word"] * 50)
    user.write_text(
        "[terms]\n"
        'Vilnius = ["Wilno"]\n'
        f'Longest = ["{long_form}"]\n'
        'Somebody = ["the"]\n'
        'Hrodna2 = ["Grodno"]\n',
        "utf-8",
    )
    table = load_table(user)
    assert table.terms["wilno"] == "vilnius"
    problems = "\n".join(table.problems)
    assert f"{user}:3: terms.Longest: a spelling of 50 words (at most {MAX_ALIAS_WORDS})" in (
        problems
    )
    assert f"{user}:4: terms.Somebody: 'the' is a common word" in problems
    assert f"{user}:5: terms.Hrodna2: 'Grodno' is already a spelling of 'Hrodna'" in problems
    assert table.terms["grodno"] == "hrodna" and "the" not in table.terms
    assert len(table.problems) == 3


def test_two_indexes_keep_their_own_long_forms(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Talks\n\nThe Eastern Partnership met in Brussels.\n")
    with_form = load_table(None)
    with_form.merge_toml({"terms": {"EaP": ["Eastern Partnership"]}}, "test")
    libs = [
        Library(index_dir=tmp_path / f"ix{n}", data_dir=tmp_path / f"d{n}", corpora=[corpus])
        for n in range(2)
    ]
    one, other = SearchIndex(libs[0], aliases=with_form), SearchIndex(libs[1])
    one.sync()
    other.sync()
    for _ in range(2):
        assert one.search("EaP").total == 1
        assert other.search("EaP").total == 0
    assert one.analysis.fingerprint != other.analysis.fingerprint


def test_changed_term_rules_rebuild_an_existing_index(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Talks\n\nLukashenka's envoy spoke.\n")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    ix.sync()
    ix.close()
    assert not SearchIndex(lib).needs_sync()
    monkeypatch.setattr(analysis_mod, "TERM_RULES", analysis_mod.TERM_RULES + "-next")
    ix = SearchIndex(lib)
    assert ix.needs_sync() and ix.sync().rebuilt
    ix.close()


# ------------------------------------------- one definition of a term, on the seeds


def test_the_analyzer_and_index_terms_agree_on_every_seed():
    """Indexing (index_terms) and Whoosh's analyzer (query parsing, Whoosh's own
    indexing) give the same terms at the same positions for every seed article, long
    forms included when indexing and left to the query rewrite when querying."""
    analysis = Analysis()
    for seed in sorted(bundled_seeds().glob("*.txt")):
        text = seed.read_text("utf-8")
        for mode, long_forms in (("index", True), ("query", False)):
            expected: dict[str, list[int]] = {}
            for token in analysis.analyzer()(text, positions=True, mode=mode):
                expected.setdefault(token.text, []).append(token.pos)
            assert analysis.index_terms(text, long_forms=long_forms) == expected, (seed, mode)


def test_query_highlight_and_suggest_use_the_term_of_indexing_on_the_seeds(tmp_path):
    """Every distinct word of the seeds: the parser reads it as the term indexing gave
    it, and highlighting marks that word for that term."""
    from belreader.search.snippets import match_spans

    analysis = Analysis()
    words = sorted(
        {w for seed in bundled_seeds().glob("*.txt") for w in TOKEN_RE.findall(seed.read_text())}
    )
    analyzer = analysis.analyzer()
    for word in words:
        term = analysis.term(word)
        parsed = [t.text for t in analyzer(word, mode="query")]
        assert parsed == ([term] if term else []), word
        if term:
            spans, _ = match_spans(f"x {word} y", {term}, (), analysis.term)
            assert spans == [(2, 2 + len(word))], word


def test_a_spelling_indexed_later_is_found_by_the_next_search(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Arrest\n\nIhar Kavalenka was detained.\n")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    ix.sync()
    assert ix.search("Kavalenka").total == 1
    (corpus / "b.txt").write_text("Trial\n\nIgor Kovalenko was tried.\n")
    ix.sync()  # names.txt gains Kovalenko: the same query, in the same process, finds it
    assert ix.search("Kavalenka").total == 2
    ix.close()
