"""One definition of a term (belreader.search.analysis): indexing, query parsing,
highlighting, snippets and suggestions must agree on every word, whatever its script,
case, apostrophe or normal form; and the alias table is an index's own."""

from __future__ import annotations

import unicodedata

import pytest
from whoosh import query as wq

from belreader.aliases import AliasTable, load_table
from belreader.library import Library
from belreader.search import Analysis, SearchIndex
from belreader.search.analysis import TOKEN_RE

# English, Russian inflections, Belarusian (ў, і), apostrophes straight and curly,
# dotted abbreviations, diacritics composed and decomposed, mixed-script words (a Latin
# "o" in Cyrillic, a Cyrillic "а" in Latin), full-width letters and a ligature.
WORDS = [
    "negotiations",
    "Lukashenka's",
    "Лукашенко",
    "Лукашенку",
    "переговорами",
    "Лукашэнка",
    "Беларусі",
    "ўрадам",
    "bat’ka",
    "o'clock",
    "U.S.",
    "Cichanoŭskaja",
    "café",
    "cafe\u0301s",
    "Лукашенкo",
    "Minsk\u0430",
    "ＮＡＴＯ",
    "ﬁnance",
    "Straße",
]
TEXT = (
    "The negotiations ended: Lukashenka's envoy met Лукашенко, then wrote to Лукашенку "
    "about переговорами. Лукашэнка and Беларусі, the ўрадам said at five o'clock; "
    "bat’ka smiled. The U.S. answered Cichanoŭskaja at a café, two cafe\u0301s on, "
    "as Лукашенкo (a Latin o) and Minsk\u0430 (a Cyrillic a) show; ＮＡＴＯ spoke of "
    "ﬁnance in the Straße."
)


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("analysis")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "sample.txt").write_text(
        f"---\ntitle: A multilingual sample\ndate: 2024-05-01\n---\n{TEXT}\n", "utf-8"
    )
    (corpus / "other.txt").write_text(
        "---\ntitle: Something else\ndate: 2024-05-02\n---\nA report on the harvest in Hrodna.\n",
        "utf-8",
    )
    lib = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[corpus])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    yield ix
    ix.close()


def test_index_terms_are_the_analyzer_terms_on_the_sample():
    analysis = Analysis()
    for mode in ("index", "query"):
        expected: dict[str, list[int]] = {}
        for token in analysis.analyzer()(TEXT, positions=True, mode=mode):
            expected.setdefault(token.text, []).append(token.pos)
        assert analysis.index_terms(TEXT) == expected, mode


@pytest.mark.parametrize("word", WORDS)
def test_query_highlight_and_snippet_agree_with_the_index(sample_index, word):
    analysis = sample_index.analysis
    r = sample_index.search(word)
    body = sample_index.article(r.hits[0].id).body  # as indexed: NFC
    # a query is read NFKC; "U.S." is the word "U.S"
    (token,) = TOKEN_RE.findall(unicodedata.normalize("NFKC", word))
    term = analysis.term(token)
    assert term, word
    # indexing: the word's term is in the sample's postings
    assert term in analysis.index_terms(body)
    # query parsing: the word typed alone becomes that term, in title and body
    q = sample_index.parse(word)
    leaves = {leaf.text for leaf in q.leaves() if isinstance(leaf, wq.Term)}
    assert leaves == {term}, (word, q)
    # search: it finds the sample
    assert [h.title for h in r.hits] == ["A multilingual sample"], word
    # highlighting: the words of that term in the body, and only those
    spans = sample_index.highlight_spans(body, word)
    assert spans and {analysis.term(body[s:e]) for s, e in spans} == {term}, word
    assert len(spans) == len(analysis.index_terms(body)[term])
    # snippets: the hit's snippets highlight words of that term
    marked = {
        analysis.term(snippet.text[s:e])
        for snippet in r.hits[0].snippets
        for s, e in snippet.highlights
    }
    assert marked == {term}, word


def test_every_spelling_of_a_word_is_highlighted_the_same(sample_index):
    """The alias table folds the spellings: querying one highlights all of them, the
    possessive "Lukashenka's", the dative "Лукашенку" and the mixed-script one included."""
    spans = sample_index.highlight_spans(TEXT, "Lukashenko")
    assert {TEXT[s:e] for s, e in spans} == {
        "Lukashenka's",
        "Лукашенко",
        "Лукашенку",
        "Лукашэнка",
        "bat’ka",
        "Лукашенкo",
    }
    assert sample_index.search("Lukashenka").total == sample_index.search("Лукашэнка").total == 1


@pytest.mark.parametrize("word", ["negotiations", "переговорами", "Cichanoŭskaja", "Беларусі"])
def test_suggestions_lead_back_to_the_indexed_term(sample_index, word):
    typo = word[:-2] + ("q" if word[-2] != "q" else "z") + word[-1]
    r = sample_index.search(typo)
    assert r.total == 0 and r.suggestion, typo
    assert sample_index.analysis.term(r.suggestion) == sample_index.analysis.term(word)
    assert sample_index.search(r.suggestion).total == 1


# --------------------------------------------------------- two tables in one process


def test_two_indexes_with_different_alias_tables_in_one_process(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("---\ntitle: Old name\n---\nA fair in Wilno today.\n", "utf-8")
    (corpus / "b.txt").write_text("---\ntitle: New name\n---\nA fair in Vilnius today.\n", "utf-8")
    folded = load_table(None)
    folded.merge_toml({"terms": {"Vilnius": ["Wilno"]}}, "test")
    plain = AliasTable()  # no aliases at all
    libs = [
        Library(index_dir=tmp_path / f"ix{n}", data_dir=tmp_path / f"d{n}", corpora=[corpus])
        for n in range(2)
    ]
    with_aliases = SearchIndex(libs[0], aliases=folded)
    without = SearchIndex(libs[1], aliases=plain)
    # built and searched interleaved: each keeps its own table
    with_aliases.sync()
    without.sync()
    for _ in range(2):
        assert with_aliases.search("Vilnius").total == 2
        assert without.search("Vilnius").total == 1
        assert with_aliases.highlight_spans("Wilno or Vilnius", "vilnius") == [(0, 5), (9, 16)]
        assert without.highlight_spans("Wilno or Vilnius", "vilnius") == [(9, 16)]
    # a later index with the first table does not change the second's answers
    again = SearchIndex(libs[0], aliases=folded)
    assert again.search("wilno").total == 2
    assert without.search("wilno").total == 1
    for ix in (with_aliases, without, again):
        ix.close()
