"""Direct quotes the extractor used to miss entirely (round 10): a quote whose speaker
the sentence names plainly, in shapes the rules did not read yet."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "Another child responded, “...”": a determiner's noun phrase and a speech verb ----
def test_determined_phrase_with_a_speech_verb_before_a_comma_and_quote():
    text = "Another engineer responded, “The bridge will not open this year.”"
    c = one_claim(text, "The bridge will not open")
    assert c.kind == "direct"
    assert c.text == "“The bridge will not open this year.”"
    assert c.speaker_mention == "Another engineer"


def test_determined_phrase_with_a_shout_before_a_colon_and_quote():
    text = "A tired farmer yelled: “Nobody asked us!”"
    c = one_claim(text, "Nobody asked us")
    assert c.speaker_mention == "A tired farmer"
