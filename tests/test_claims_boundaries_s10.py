"""Span boundaries of reported (indirect) claims, session 10: where the reported words
give way to the writer's next sentence."""

from belreader.claims import extract_claims


def texts(text: str) -> list[str]:
    return [c.text for c in extract_claims(text)]


def test_and_when_opens_the_writers_next_sentence():
    got = texts(
        "The mayor said she had never visited the old harbour district, and when asked "
        'whether she would go there next month, she said, "Perhaps."'
    )
    assert "she had never visited the old harbour district" in got


def test_and_as_opens_the_writers_next_sentence():
    got = texts(
        "A new survey shows 40% of farmers expect a poor harvest this autumn, and as the "
        "drought spreads to the southern valleys, water prices are climbing fast."
    )
    assert got == ["40% of farmers expect a poor harvest this autumn"]


def test_colon_then_new_attribution_ends_the_content():
    got = texts(
        "Moreno distrusts the league and cites the empty seats as an example: He says the "
        "owners hide the real ticket sales."
    )
    assert "the empty seats as an example" in got
    assert "the owners hide the real ticket sales" in got


def test_object_claim_ends_before_the_speakers_next_act():
    got = texts(
        "Several senators have questioned the cost of the new bridge and criticized the mayor."
    )
    assert got == ["the cost of the new bridge"]
    got = texts(
        "The senator accused the minister of lying to parliament and praised the new auditor."
    )
    assert got == ["the minister of lying to parliament"]


def test_gerund_claim_ends_before_the_speakers_next_act():
    got = texts(
        "The governor has proposed closing three rural schools and signaled support for a "
        "new fuel tax."
    )
    assert "closing three rural schools" in got


def test_object_claim_keeps_a_coordinated_object():
    got = texts("The union condemned the pay cuts and the longer shifts.")
    assert got == ["the pay cuts and the longer shifts"]


def test_and_with_a_new_speaker_ends_the_first_claim():
    got = texts(
        "In the survey, one in five nurses said they plan to quit within a year and two in "
        "five said their wards are understaffed."
    )
    assert got == ["they plan to quit within a year", "their wards are understaffed"]
    got = texts(
        "The mayor said the tunnel will open in May and the engineers say it is already "
        "over budget."
    )
    assert got == ["the tunnel will open in May", "it is already over budget"]


def test_quantifier_opens_the_main_clause_after_a_subordinate_cue():
    got = texts(
        "When the mayor pledged to rebuild the old library, many in the crowd began to cheer."
    )
    assert got == ["to rebuild the old library"]
    got = texts(
        "As the minister promised to lower fuel prices, several of the drivers started "
        "their engines."
    )
    assert got == ["to lower fuel prices"]
