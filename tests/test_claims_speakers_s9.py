"""Speakers on whole articles: a surname is not resolved to a "full name" glued from a
headline and the first words of the story, from a sentence-opening determiner or
conjunction ("Both", "Although") or from a possessive before the name."""

from __future__ import annotations

from belreader.claims import extract_claims


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text)]


def test_headline_and_first_line_make_no_name() -> None:
    text = (
        "Minsk court jails Kovalenko\n\n"
        "Anna Kovalenko was sentenced on Monday to three years.\n\n"
        "Kovalenko said the trial had been unfair to her family."
    )
    assert _speakers(text) == ["Anna Kovalenko"]


def test_headline_place_before_a_name_is_dropped() -> None:
    text = (
        "Opposition rally planned in Grodno\n\n"
        "Pavel Sevko has called a march for Saturday.\n\n"
        "Sevko said the police had been told of the route."
    )
    assert _speakers(text) == ["Pavel Sevko"]


def test_a_name_on_two_lines_is_still_one_name() -> None:
    text = "The opposition leader, Pavel\nSevko, spoke on Friday. Sevko said the vote was rigged."
    assert _speakers(text) == ["Pavel Sevko"]


def test_sentence_opening_both_is_no_first_name() -> None:
    text = (
        "The talks ended late. Both Belavia and the ministry declined to comment. "
        "Belavia said its flights would resume next week."
    )
    assert _speakers(text) == ["Belavia"]


def test_possessive_before_a_name_is_not_part_of_it() -> None:
    text = "Belarus's Ivan Petrov won the race. Petrov said the course had been hard."
    assert _speakers(text) == ["Ivan Petrov"]


def test_but_before_a_surname_still_mentions_the_person() -> None:
    text = (
        "Pavel Sevko and Ivan Petrov met on Monday. Petrov left early. "
        "But Sevko is not worried. "
        '"The talks will go on next week," he said.'
    )
    assert _speakers(text) == ["Pavel Sevko"]
