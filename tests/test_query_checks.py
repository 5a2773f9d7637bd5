"""The query checks' exact words: what a too-wide range, a wildcard or several prefixes
are told, shown as typed; what a phrase next to operators leaves for the checks; and
what stemmed prefixes add to a query (only the terms the prefix would miss, only terms
the index holds). test_search and test_cli pin the other messages and the exit code."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from belreader.library import Library
from belreader.search import QueryError, SearchIndex, limits

from .test_faults import make_articles


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("query-checks")
    make_articles(root / "corpus", 30, seed=4)
    lib = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[root / "corpus"])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    yield ix
    ix.close()


def message(ix: SearchIndex, query: str) -> str:
    with pytest.raises(QueryError) as caught:
        ix.search(query)
    return str(caught.value)


@pytest.mark.parametrize(
    "query, shown",
    [
        ("[a TO z]", "[a TO z]"),
        ("{a TO z}", "{a TO z}"),  # exclusive bounds keep their braces
        ("{a TO z]", "{a TO z]"),
        ("[m TO]", "[m TO ]"),  # an open end stays open, nothing made up
        ("[TO m]", "[ TO m]"),
        ("title:[a TO z]", "[a TO z]"),  # title and body are the default fields
        ("source:[0 TO z]", "source:[0 TO z]"),  # other fields are named ("outlet", 0-6)
    ],
)
def test_a_too_wide_range_is_shown_as_typed(index, monkeypatch, query, shown):
    monkeypatch.setattr(limits, "MAX_EXPANSION_TERMS", 3)
    assert (
        message(index, query) == f"'{shown}' matches more than 3 different words: narrow the range"
    )


def test_a_wildcard_is_bounded_by_the_words_of_its_literal_start(index, monkeypatch):
    # "re?*" expands over the words starting with "re" (refinery, referendum, release,
    # report...): the part before the first wildcard character is what is looked up
    monkeypatch.setattr(limits, "MAX_EXPANSION_TERMS", 2)
    assert (
        message(index, "re?*")
        == "'re?*' matches more than 2 different words: type a few more letters"
    )


def test_prefixes_too_wide_together_say_so(index, monkeypatch):
    # each prefix alone stays within the limit (3 words each), together they do not
    monkeypatch.setattr(limits, "MAX_EXPANSION_TERMS", 3)
    assert index.search("pr*").total > 0 and index.search("mi*").total > 0
    assert message(index, "pr* OR mi*") == (
        "the wildcards and ranges of this query match more than 3 different words "
        "together: use fewer of them, or more letters"
    )


def test_a_phrase_glued_to_doubled_operators_is_still_checked(index):
    # a phrase stands for one word in the checks: `"minsk"OR OR` is a word and two ORs
    assert message(index, '"minsk"OR OR nato') == (
        "'OR OR' cannot be read: put one operator between two words (Minsk OR Kyiv)"
    )
    assert message(index, '"minsk"AND AND nato').startswith("'AND AND' cannot be read")


def test_a_boosted_range_keeps_its_boost(index):
    q = index.parse("body:[ma TO mb]^3")
    ranges = [n for n in _nodes(q) if isinstance(n, wq.TermRange)]
    assert ranges and all(n.boost == 3.0 for n in ranges)
    assert all(not n.constantscore for n in ranges)  # scored like words, not constant


def _nodes(q):
    yield q
    for child in q.children():
        yield from _nodes(child)


@pytest.mark.parametrize("prefix", ["universit", "refin", "minist", "referend"])
def test_a_stemmed_prefix_adds_only_terms_it_would_miss(index, prefix):
    """``universit*`` must find "university", indexed as ``univers``: the prefix gets the
    stems of the words it starts, but only those it does not match itself and only
    those the field holds (anything else is dead weight in every search)."""
    q = index.parse(f"{prefix}*")
    reader = index.searcher().reader()
    prefixes = [n for n in _nodes(q) if isinstance(n, wq.Prefix)]
    added = [n for n in _nodes(q) if type(n) is wq.Term]
    assert {n.fieldname for n in prefixes} == {"title", "body"}
    for term in added:
        assert not term.text.startswith(prefix), term
        assert (term.fieldname, term.text) in reader, term
    if prefix == "universit":  # the premise: a stem the prefix misses is added
        assert ("body", "univers") in {(t.fieldname, t.text) for t in added}
    assert index.search(f"{prefix}*").total > 0


def test_exclusive_range_bounds_stay_exclusive(index):
    for query, excl in (("{minist TO minsk]", (True, False)), ("[minist TO minsk}", (False, True))):
        ranges = [n for n in _nodes(index.parse(query)) if isinstance(n, wq.TermRange)]
        assert ranges and {(n.startexcl, n.endexcl) for n in ranges} == {excl}, query
    assert message(index, "{minsk TO minsk]") == "the query has no searchable words"


def test_capital_letters_are_words_not_brackets(index):
    assert index.search("Xi OR minsk").total > 0
    assert index.search("XX minsk").total == 0  # searched as a word, found nowhere


def test_a_query_of_exactly_the_limit_is_read(index):
    at_limit = ("minsk " * limits.MAX_QUERY_CHARS)[: limits.MAX_QUERY_CHARS - 1] + "x"
    assert len(at_limit) == limits.MAX_QUERY_CHARS
    index.search(at_limit)  # no QueryError
    assert message(index, at_limit + "y").startswith("query too long (1,001 characters")


@pytest.mark.parametrize(
    "query, said",
    [
        # only punctuation (issue 17: a trailing ? or ! is punctuation, not a wildcard)
        ("> >", "'> >' is only punctuation: type a word to search for (NATO, Minsk)"),
        ("< NOT 2024", "cannot read the query: check its operators (AND OR NOT), quotes and brackets"),
        ("date:someday", "dates are written date:2024, date:2024-08-27, date:>2024-09 or date:[2024-08 to 2024-10]"),
        ("date:2024-13", "dates are written date:2024, date:2024-08-27, date:>2024-09 or date:[2024-08 to 2024-10]"),
        ("? ?", "'? ?' is only punctuation: type a word to search for (NATO, Minsk)"),
        ("*?", "a lone wildcard matches everything: type a word (prefix* works)"),
    ],
)  # fmt: skip
def test_unreadable_queries_dates_and_lone_wildcards_say_exactly_why(index, query, said):
    assert message(index, query) == said


def test_a_punctuation_only_query_over_lines_is_named_on_one_line(index):
    # found by test_hostile's property test: ":\n'" put a newline into the message
    assert (
        message(index, ":\n'")
        == "': '' is only punctuation: type a word to search for (NATO, Minsk)"
    )
