"""Where a claim starts (round 12): the writer's clauses before a postposed "according
to X", and a note on the source after it, are not the source's claim."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "A, but B, with <figure>, according to X": the source vouches for the figure ------
def test_closing_with_phrase_after_two_clauses_is_the_sources_claim():
    text = (
        "Even if the plant loses money on paper, it is still the biggest employer in "
        "Grodno, with 12,000 workers on its payroll in 2024, according to the regional "
        "statistics office."
    )
    c = one_claim(text, "12,000 workers")
    assert c.text == "12,000 workers on its payroll in 2024"
    assert c.speaker_mention == "the regional statistics office"


def test_closing_with_phrase_after_one_clause_keeps_the_whole_sentence():
    text = (
        "Potash exports from Belarus fell 8 percent last year, with shipments to China "
        "down sharply, according to customs data."
    )
    c = one_claim(text, "shipments to China")
    assert c.text.startswith("Potash exports from Belarus fell 8 percent")


# -- "A, according to X, who ...": a note on the source, not the rest of the claim ----
def test_relative_clause_after_the_source_is_no_part_of_the_claim():
    text = (
        "The Brest crossing will reopen soon, according to two customs officers, who "
        "spoke on condition of anonymity."
    )
    c = one_claim(text, "Brest crossing")
    assert c.text == "The Brest crossing will reopen soon"
    assert "anonymity" not in c.text


def test_clause_after_a_parenthetical_source_still_continues_the_claim():
    text = "The new rules, according to the ministry, will take effect in March."
    c = one_claim(text, "new rules")
    assert "take effect in March" in c.text


# -- the writer's link word before a postposed attribution's content -------------------
def test_writers_link_word_is_no_part_of_a_postposed_claim():
    text = "However, potash exports to China rose in March, the ministry said."
    c = one_claim(text, "potash exports")
    assert c.text == "potash exports to China rose in March"


def test_writers_link_word_is_no_part_of_an_according_to_claim():
    text = "Meanwhile, fuel prices in Vitebsk climbed again, according to the station owners."
    c = one_claim(text, "fuel prices")
    assert c.text == "fuel prices in Vitebsk climbed again"
