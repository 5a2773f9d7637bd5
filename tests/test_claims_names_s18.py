"""Round 18: a speaker's name as the article writes it, without the words that describe
its bearer ("accountancy firm Ernst & Young" -> Ernst & Young, "Dairy firm Savushkin"
-> Savushkin, "Chelsea boss Jose Mourinho" -> Jose Mourinho), and names written with
"&", which the speaker scan did not read as names at all."""

from __future__ import annotations

from belreader.claims import extract_claims


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.speaker_mention) for c in extract_claims(text)]


def test_a_company_name_with_an_ampersand_speaks():
    assert speakers("Marks & Spencer said its sales had fallen in Minsk.") == [
        ("Marks & Spencer", "Marks & Spencer")
    ]
    assert speakers(
        "Earlier this month, accountancy firm Ernst & Young said that the forecasts "
        "were too optimistic."
    ) == [("Ernst & Young", "accountancy firm Ernst & Young")]


def test_a_description_capitalised_by_the_sentence_is_no_part_of_the_name():
    assert speakers("Dairy firm Savushkin said exports to Russia had doubled.") == [
        ("Savushkin", "Dairy firm Savushkin")
    ]
    assert speakers("Dinamo Minsk coach Sergei Gurenko said the team was tired.") == [
        ("Sergei Gurenko", "Dinamo Minsk coach Sergei Gurenko")
    ]
    assert speakers("Austrian lender Raiffeisen Bank said the ruling was unfair.") == [
        ("Raiffeisen Bank", "Austrian lender Raiffeisen Bank")
    ]


def test_a_capitalised_first_word_of_a_name_is_kept():
    assert speakers("Belarusian Railways said ticket prices would rise in March.") == [
        ("Belarusian Railways", "Belarusian Railways")
    ]


def test_research_from_a_body_is_the_body_and_so_is_the_organisation_after_it():
    text = (
        "New research from the Belarusian Institute for Strategic Studies (BISS) has "
        "found fewer young people plan to stay in the country. The organisation blames "
        "the closure of independent universities."
    )
    assert speakers(text) == [
        (
            "the Belarusian Institute for Strategic Studies (BISS)",
            "New research from the Belarusian Institute for Strategic Studies (BISS)",
        ),
        ("the Belarusian Institute for Strategic Studies (BISS)", "The organisation"),
    ]


def test_figures_for_a_month_are_not_a_body():
    claims = extract_claims(
        "Figures from the Statistics Committee for November showed exports down 2.3%."
    )
    assert [c.speaker for c in claims] != ["the Statistics Committee for November"]
