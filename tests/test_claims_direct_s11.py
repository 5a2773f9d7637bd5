"""Direct quotes the extractor used to miss entirely (round 11): a quote whose speaker
the sentence names plainly, in shapes the rules did not read yet."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "“...,” an aide, who asked not to be named, told ...": a relative clause ----------
def test_speaker_with_a_relative_clause_between_the_quote_and_the_verb():
    text = (
        "“The border will stay closed until spring,” a customs source, who was not "
        "authorized to speak publicly, told Nasha Niva."
    )
    c = one_claim(text, "The border will stay closed")
    assert c.kind == "direct"
    assert c.speaker_mention == "a customs source"


# -- "“...,” said one of the witnesses who ...", "“...,” wrote another." --------------
def test_verb_first_with_one_of_a_group():
    text = "“The potash trains are still running,” said one of three drivers who spoke to us."
    c = one_claim(text, "The potash trains")
    assert c.kind == "direct"
    assert c.speaker_mention == "one of three drivers"


def test_verb_first_with_another():
    text = "“Nobody will count these votes,” wrote another."
    c = one_claim(text, "Nobody will count")
    assert c.kind == "direct"
    assert c.speaker_mention == "another"


# -- "“...!” a banner on the bridge reads.": a determined phrase and a place ------------
def test_determined_phrase_with_a_place_after_the_quote():
    text = "“Vote for change!” a banner on the bridge reads."
    c = one_claim(text, "Vote for change")
    assert c.kind == "direct"
    assert c.speaker_mention == "a banner on the bridge"
