"""Evidence sources as speakers (a poll, study, report or video that shows, suggests,
reveals or indicates something) and a quote followed by "according to X"."""

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


# --- a quote followed by "according to X" ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "“The bridge will reopen before the winter,” according to the transport office.",
            "the transport office",
            "“The bridge will reopen before the winter,”",
        ),
        (
            '"No decision has been taken on the new tariffs" according to a statement from '
            "the trade ministry.",
            "the trade ministry",
            '"No decision has been taken on the new tariffs"',
        ),
        (
            "The talks ended late. “We are further apart than ever,” according to a delegate.",
            "a delegate",
            "“We are further apart than ever,”",
        ),
    ],
)
def test_quote_then_according_to(text, speaker, quote):
    c = one_claim(text, quote)
    assert c.text == quote
    assert c.cue == "according to"
    assert c.kind == "direct"
    assert c.speaker_mention is not None and c.speaker_mention.endswith(speaker)


def test_unclosed_quote_before_according_to_gives_nothing():
    assert extract_claims("“The bridge will reopen soon according to the office.") == []
