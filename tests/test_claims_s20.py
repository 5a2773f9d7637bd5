"""Round 20: quotes handed over by a colon without a speech verb ("was unequivocal in its
findings:", "put it more sharply:", "had this to say about the talks:", "is shown
telling officials:"), and what must stay no claim next to them."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims

from .claims_helpers import only


# -- a colon after how the speaker put it ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The electoral commission was unequivocal in its findings: “The count in "
            "Hrodna was neither free nor fair.”",
            "the electoral commission",
        ),
        (
            "The supreme court was brief in its ruling: “The conviction of the two "
            "journalists stands.”",
            "the supreme court",
        ),
        (
            "But Andrei Sannikov was far more cautious: “Nobody should expect miracles "
            "from a single meeting in Vilnius.”",
            "Andrei Sannikov",
        ),
    ],
)
def test_a_manner_placed_in_a_ruling_or_after_far_more_hands_over_the_quote(text, speaker):
    claim = only(text)
    assert (claim.kind, claim.speaker) == ("direct", speaker)


def test_put_it_hands_the_quote_to_the_subject():
    claim = only("The Coordination Council put it more sharply: “This is a show trial.”")
    assert claim.speaker == "the Coordination Council"
    assert claim.cue == "put it"


def test_had_this_to_say_about_a_topic_hands_the_quote_to_the_subject():
    claim = only(
        "Pavel Latushko had this to say about the border talks: “Nothing will change "
        "while the prisoners stay behind bars.”"
    )
    assert (claim.speaker, claim.cue) == ("Pavel Latushko", "had this to say")


def test_footage_of_someone_speaking_hands_the_quote_to_them():
    claim = only(
        "In the clip, Viktar Babaryka is shown telling his lawyers: “I will not sign "
        "anything they put in front of me.”"
    )
    assert (claim.speaker, claim.cue) == ("Viktar Babaryka", "telling")


@pytest.mark.parametrize(
    "text",
    [
        # being seen somewhere is no speaking: only "seen saying / telling" is
        "The foreign minister was seen at the airport: “The talks are over and nobody "
        "is coming back to the table.”",
        # a copula and a noun phrase is no manner either
        "The result was a clear message: “The regime is afraid of its own people.”",
    ],
)
def test_colon_quotes_after_a_thing_done_stay_no_claim_of_the_subject(text):
    named = {c.speaker.lower() for c in extract_claims(text) if c.speaker}
    assert not named & {"the foreign minister", "the result"}, named
