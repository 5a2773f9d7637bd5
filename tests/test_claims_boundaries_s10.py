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
