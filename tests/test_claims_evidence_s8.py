"""Evidence sources as speakers: a poll, study, report or video that shows, suggests,
reveals or indicates something."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims

from .claims_helpers import one_claim


# --- evidence sources ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "containing"),
    [
        (
            "Surveys suggest the mayor could lose the runoff by a wide margin.",
            "Surveys",
            "suggest",
            "the mayor could lose",
        ),
        (
            "The audit reveals that two contractors billed the city twice.",
            "The audit",
            "reveals",
            "two contractors billed",
        ),
        (
            "Early figures indicate turnout fell in every northern district.",
            "Early figures",
            "indicate",
            "turnout fell",
        ),
        (
            "The results also showed a sharp drop in support among young voters.",
            "The results",
            "showed",
            "a sharp drop in support",
        ),
        (
            "A video of the meeting shows the senator waving to the crowd from a truck.",
            "A video of the meeting",
            "shows",
            "the senator waving",
        ),
        (
            "Projections suggest the levy would raise $4 billion over ten years.",
            "Projections",
            "suggest",
            "the levy would raise",
        ),
    ],
)
def test_evidence_source_is_the_speaker(text, speaker, cue, containing):
    c = one_claim(text, containing)
    assert c.speaker_mention == speaker
    assert c.cue == cue
    assert c.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        # a thing that is no evidence source: its "revealed" / "indicated" is no claim
        "The old barn revealed a hidden cellar under its floor.",
        "Her frown indicated a long afternoon of meetings ahead.",
        "The curtain revealed a stage covered in red paint.",
        # a person or a company is no evidence source: "revealed X" is no "revealed that"
        "The minister revealed a new logo for the party.",
        "Microsoft revealed a new tablet on Monday.",
        "The driver suggested a shortcut through the park.",
    ],
)
def test_evidence_verb_after_other_subjects_gives_nothing(text):
    assert extract_claims(text) == []
