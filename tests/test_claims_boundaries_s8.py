"""Where reported content ends, second round: asides between two dashes stay in the
claim. Sentences are written for these tests."""

from __future__ import annotations

from .claims_helpers import one_claim


def _content(text: str, containing: str) -> str:
    return one_claim(text, containing).text


# an aside between two dashes is part of the reported clause


def test_a_dash_aside_opened_by_an_article_stays_in_the_claim():
    text = (
        "The weekly Nasha Niva reported that Ivan Petrov, head of the Minsk tractor "
        "union — a body with 40,000 members — was preparing a strike for the spring."
    )
    assert _content(text, "Petrov").endswith("was preparing a strike for the spring")


def test_a_single_dash_summary_by_the_writer_still_ends_the_claim():
    text = (
        "The minister said the plant would stay open until next year — a promise the "
        "workers in Zhodino have heard many times before."
    )
    assert _content(text, "plant") == "the plant would stay open until next year"
