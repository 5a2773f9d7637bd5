"""Where an evidence source ("Press reports", "the analysis of ...") begins and whether a
bare "show" is a verb at all: cases met on business and culture news the rules were
not written against. Texts written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims


def _speakers(text: str) -> list[str | None]:
    return [c.speaker_mention for c in extract_claims(text)]


def test_a_singular_noun_before_bare_show_is_a_compound_not_a_source():
    text = "On the new chart show their jokes will frame every interview and competition."
    assert extract_claims(text) == []


def test_a_plural_source_before_bare_show_still_speaks():
    text = "Recent polls show the ruling party losing ground in the capital."
    assert _speakers(text) == ["Recent polls"]


def test_a_price_that_ends_the_last_sentence_is_not_part_of_the_source():
    text = (
        "Shares in the refinery were up 2.4% at $20.15. Press reports suggest that the "
        "two companies may agree on a price next week."
    )
    assert _speakers(text) == ["Press reports"]


def test_a_source_opens_at_its_article_after_a_name_with_no_comma():
    text = (
        "According to Gallup Europe the analysis of the regional bus market found only "
        "13% of travellers book their tickets online."
    )
    (speaker,) = _speakers(text)
    assert speaker == "the analysis of the regional bus market"


def test_an_article_inside_a_name_does_not_cut_the_source():
    text = "A new Rock the Vote survey of young voters shows a 62-32 split on the issue."
    (speaker,) = _speakers(text)
    assert speaker == "A new Rock the Vote survey of young voters"
