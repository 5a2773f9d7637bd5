""" "US" in a speaker's phrase is the country, not the pronoun "us".

The word lists fold words to lower case, and "US" folded is "us", an object pronoun
that ends a noun phrase. Before this guard every claim by "US officials", "the US
ambassador" or "US Secretary of State ..." was dropped, a large share of what news about
Belarus reports from Washington.
"""

import pytest

from belreader.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "US officials said the sanctions on Belaruskali would stay in place.",
            "US officials",
            "indirect",
        ),
        (
            "The US ambassador said the embassy in Minsk would not reopen this year.",
            "the US ambassador",
            "indirect",
        ),
        (
            "US Secretary of State Marco Rubio said the release of the prisoners was a first step.",
            "Marco Rubio",
            "indirect",
        ),
        (
            "“The release of the prisoners is a first step,” said US envoy John Coale.",
            "John Coale",
            "direct",
        ),
        (
            "“We will keep talking to Minsk,” US envoy John Coale told reporters in Vilnius.",
            "John Coale",
            "direct",
        ),
    ],
)
def test_us_in_a_speaker_phrase_keeps_the_claim(text, speaker, kind):
    claims = extract_claims(text)
    assert [(c.speaker, c.kind) for c in claims] == [(speaker, kind)]


def test_the_pronoun_us_still_ends_a_speaker_phrase():
    # "let us say" is the writer's voice: no speaker, no claim
    assert extract_claims("Let us say the sanctions would stay in place for a year.") == []
