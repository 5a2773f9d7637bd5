"""An evidence source that "spoke" ("Studies have shown ...", "Reports suggest ...") is
never the antecedent of a later "he" or "she": the pronoun goes back past it to the
person, or stays unresolved. Texts written for these tests."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims


@pytest.mark.parametrize("source", ["Studies have shown", "Reports suggest", "Surveys found"])
def test_he_after_an_evidence_source_goes_back_to_the_man(source):
    text = (
        "Dr Anton Vasilevich, a researcher at the university in Grodno, said the "
        'filter was the next step. "It cannot stop everything," he said. '
        f"{source} that state agencies have tried to block the service for years. "
        'By contrast the volunteers kept the lists clean. "The volunteers are the '
        'difference," he said.'
    )
    claims = extract_claims(text)
    last = claims[-1]
    assert last.speaker_mention == "he"
    assert last.speaker == "Anton Vasilevich"
    assert not any(c.speaker_mention == "he" and c.speaker != "Anton Vasilevich" for c in claims)


def test_she_after_a_lone_evidence_source_stays_unresolved():
    text = (
        "Reports suggest the plant will close before the winter. "
        '"We have heard nothing from the ministry," she said.'
    )
    (quote,) = [c for c in extract_claims(text) if c.speaker_mention == "she"]
    assert quote.speaker is None
