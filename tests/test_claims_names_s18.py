"""Round 18: a speaker's name as the article writes it, without the words that describe
its bearer ("accountancy firm Ernst & Young" -> Ernst & Young, "Dairy firm Savushkin"
-> Savushkin, "Chelsea boss Jose Mourinho" -> Jose Mourinho), and names written with
"&", which the speaker scan did not read as names at all."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import speakers


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


def test_a_club_or_a_country_before_the_role_is_part_of_the_description():
    assert speakers("Dinamo Brest head coach Sergei Kovalchuk said his side had been unlucky.") == [
        ("Sergei Kovalchuk", "Dinamo Brest head coach Sergei Kovalchuk")
    ]
    assert speakers("Finnish security firm F-Secure said the virus was spreading.") == [
        ("F-Secure", "Finnish security firm F-Secure")
    ]
    assert speakers("Lithuanian fertiliser maker LIFOSA said exports had resumed.") == [
        ("LIFOSA", "Lithuanian fertiliser maker LIFOSA")
    ]
    # a ranking is no role: the phrase stays as written
    assert speakers("World number two Aryna Sabalenka said she was tired.") == [
        ("World number two Aryna Sabalenka", "World number two Aryna Sabalenka")
    ]


def test_a_person_before_the_words_that_place_them_is_the_person():
    assert speakers(
        "“The sanctions are working,” said Anna Kovalenko of the Centre for Eastern Studies."
    ) == [("Anna Kovalenko", "Anna Kovalenko of the Centre for Eastern Studies")]
    assert speakers("Maria Novik from the Minsk Business School said wages would fall.") == [
        ("Maria Novik", "Maria Novik from the Minsk Business School")
    ]
    assert speakers("The BBC's Sarah Rainsford in Warsaw said the talks had stalled.") == [
        ("Sarah Rainsford", "The BBC's Sarah Rainsford in Warsaw")
    ]
    assert speakers("Dr Andrei Yeliseyeu head of research said the data were thin.") == [
        ("Andrei Yeliseyeu", "Dr Andrei Yeliseyeu head of research")
    ]


def test_a_name_that_owns_the_speaker_is_not_the_speaker():
    claims = extract_claims("Sviatlana Tsikhanouskaya’s office said the letter was a fake.")
    assert [c.speaker for c in claims] != ["Sviatlana Tsikhanouskaya"]


def test_two_people_with_their_outlets_are_not_the_first_alone():
    claims = extract_claims(
        "Belsat’s Anna Kovalenko and Zerkalo’s Maria Novik said the trial was closed."
    )
    # (the pair as written: never one of them alone)
    assert [(c.speaker, c.speaker_mention) for c in claims] == [
        (
            "Belsat’s Anna Kovalenko and Zerkalo’s Maria Novik",
            "Belsat’s Anna Kovalenko and Zerkalo’s Maria Novik",
        )
    ]
