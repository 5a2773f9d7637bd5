"""Speaker resolution at its edges: names of four words, a name followed by "of
<country>", possessives, short Slavic surnames, a man named beside someone whose gender
the text does not show, groups and bodies that spoke. All texts are written for these
tests; test_claims_speakers covers the main classes (gender, recency, roles, ties)."""

from __future__ import annotations

from belreader.claims import extract_claims

LUKA = "Alexander Lukashenko"


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    claims = extract_claims(text)
    assert claims, "no claim found: the test proves nothing"
    return [(c.speaker, c.speaker_mention) for c in claims]


def test_a_surname_gets_a_full_name_of_four_words():
    text = (
        "Maria Elena Kovacs Varga chaired the hearing on Monday.\n\n"
        "Varga said that the vote would be postponed."
    )
    assert speakers(text) == [("Maria Elena Kovacs Varga", "Varga")]


def test_a_name_followed_by_of_and_a_country_is_that_person():
    text = "“The border stays open,” Lukashenko of Belarus said on Monday."
    assert speakers(text) == [(LUKA, "Lukashenko of Belarus")]


def test_he_never_refers_to_a_group_that_spoke():
    # "officials" spoke, but a group is nobody's "he": unresolved, not "officials"
    text = "“The border is closed,” officials said on Monday.\n\n“Nobody will cross it,” he added."
    assert speakers(text) == [("officials", "officials"), (None, "he")]


def test_he_goes_to_the_one_man_named_beside_someone_of_unknown_gender():
    # Kim Jung's gender is not shown, Ivan Petrov's is: only he fits "he"
    text = "Ivan Petrov met Kim Jung at the border on Monday. “We agreed on nothing,” he said."
    assert speakers(text) == [("Ivan Petrov", "he")]


def test_it_goes_to_the_body_named_with_the_that_spoke_before():
    text = "“Prices will rise,” the ministry said on Monday.\n\nIt added that wages would follow."
    assert speakers(text) == [("the ministry", "the ministry"), ("the ministry", "It")]


def test_a_possessive_names_the_person_an_epithet_refers_to():
    text = (
        "Lukashenko's government raised prices on Monday.\n\n"
        "“Prices are fair,” the Belarusian leader said."
    )
    assert speakers(text) == [(LUKA, "the Belarusian leader")]


def test_a_five_letter_slavic_surname_shows_its_gender():
    # neither given name is on a list: the surnames' endings (-ova, -ov) decide
    text = (
        "Zlata Lvova and Bogdan Orlov waited at the border crossing on Monday.\n\n"
        "She said that the guards had taken their passports."
    )
    assert speakers(text) == [("Zlata Lvova", "She")]
    assert speakers(text.replace("She said", "He said")) == [("Bogdan Orlov", "He")]


def test_he_never_refers_to_an_acronym_that_spoke():
    # an unknown acronym in capitals is a body, not a man
    text = "“Journalists are in danger,” BAJ said on Monday.\n\n“Nobody is safe,” he added."
    assert speakers(text) == [("BAJ", "BAJ"), (None, "he")]


def test_he_never_refers_to_a_body_named_with_the():
    text = "“Journalists are in danger,” the BAJ said on Monday.\n\n“Nobody is safe,” he added."
    assert speakers(text) == [("the BAJ", "the BAJ"), (None, "he")]


def test_a_name_inside_an_organisation_s_name_is_not_the_full_name():
    # "the Anna Varga gallery" names a place: the surname goes to the curator
    text = (
        "Visitors of the Anna Varga gallery met curator Olga Varga on Monday.\n\n"
        "Varga said that the paintings were stolen."
    )
    assert speakers(text) == [("Olga Varga", "Varga")]


def test_an_epithet_for_a_person_never_goes_to_a_body_that_spoke():
    text = (
        "“Prices will rise,” the ministry said on Monday.\n\n"
        "“Prices are fair,” the Belarusian leader said."
    )
    assert speakers(text) == [
        ("the ministry", "the ministry"),
        ("the Belarusian leader", "the Belarusian leader"),
    ]


def test_pronouns_with_nobody_to_refer_to_stay_unresolved():
    assert speakers("“Prices will rise,” it said on Monday.") == [(None, "it")]
    text = "“Prices will rise,” the ministry said on Monday.\n\n“Wages will follow,” he added."
    assert speakers(text) == [("the ministry", "the ministry"), (None, "he")]


def test_a_speaker_named_in_four_words_is_a_person_she_refers_to():
    text = (
        "“The vote is postponed,” Maria Elena Kovacs Varga said on Monday.\n\n"
        "“Nobody objected,” she added."
    )
    assert speakers(text) == [
        ("Maria Elena Kovacs Varga", "Maria Elena Kovacs Varga"),
        ("Maria Elena Kovacs Varga", "she"),
    ]


def test_two_men_joined_by_or_leave_he_unresolved():
    text = "Ivan Petrov or Oleg Sidorov will lead the delegation. “We are ready,” he said."
    assert speakers(text) == [(None, "he")]


def test_according_to_estimates_by_a_surname_is_that_person():
    text = "Prices will rise by ten percent this year, according to estimates by Lukashenko."
    assert speakers(text) == [(LUKA, "estimates by Lukashenko")]


def test_he_after_a_clause_naming_another_man_stays_unresolved():
    # "after he said" may belong to the man of the embedded clause or to the subject
    text = (
        "Pavel Latushko spoke in Vilnius. Latushko refused to discuss reports that the "
        "council repaid Andrei Sannikov after he said the campaign could not win the "
        "election."
    )
    assert (None, "he") in speakers(text)


def test_he_after_although_still_goes_to_the_subject():
    # no embedded clause: the subordinate clause belongs to the main one
    text = (
        "Alexander Lukashenko also backs Vladimir Putin's plan for talks in Minsk, "
        "although he said the conditions had changed."
    )
    assert (LUKA, "he") in speakers(text)
