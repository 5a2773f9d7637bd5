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
            "Footage from the scene showed the bus lying on its side in a ditch.",
            "Footage from the scene",
            "showed",
            "the bus lying on its side",
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


# --- evidence sources with a modifier, an auxiliary or a participle --------------------
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "A poll released on Sunday showed the governor ahead by six points in the state.",
            "A poll",
            "showed",
            "the governor ahead by six points in the state",
        ),
        (
            "Early results are showing that turnout in the capital was unusually low.",
            "Early results",
            "showing",
            "turnout in the capital was unusually low",
        ),
        (
            "A poll of likely voters last month found that the measure has broad support.",
            "A poll of likely voters",
            "found",
            "the measure has broad support",
        ),
        (
            "Leaked emails showed party staff favoring one candidate over the other.",
            "Leaked emails",
            "showed",
            "party staff favoring one candidate over the other",
        ),
        (
            "The results have shown a steady decline in support for the incumbent.",
            "The results",
            "shown",
            "a steady decline in support for the incumbent",
        ),
        (
            # in an adverbial opening the sentence, the content ends at the comma
            "Despite polls showing her far behind, the candidate toured every county.",
            "polls",
            "showing",
            "her far behind",
        ),
    ],
)
def test_evidence_source_with_modifier_or_auxiliary(text, speaker, cue, content):
    c = one_claim(text, content)
    assert c.text == content
    assert c.speaker_mention == speaker
    assert c.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        "The car showed signs of rust along both doors and the roof.",
        # passive: the report is what was found, not who found
        "The report was found on a desk in the office of the mayor.",
        "The video was found hidden in a drawer of the old desk.",
        "The data showed up late in the afternoon on Friday.",
    ],
)
def test_evidence_shape_needs_an_evidence_noun_and_active_verb(text):
    assert extract_claims(text) == []


def test_question_word_is_not_part_of_the_source():
    c = one_claim("Did the inquiry find any payments to the firm in Cyprus?", "payments")
    assert c.speaker_mention == "the inquiry"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said his survey showed the plan was popular with farmers.",
        # the outer claim is not found here, but the survey must not speak for it
        "The union revealed its polling shows the mayor trailing badly in the west.",
        "A spokesman called a report suggesting donors got special access “absurd.”",
    ],
)
def test_source_inside_someone_elses_words_does_not_speak(text):
    assert all(
        c.speaker_mention in ("The minister", "The union", "A spokesman")
        for c in extract_claims(text)
    )


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


def test_according_to_a_long_source_with_a_relative_clause():
    text = (
        "The inquiry has been widened to the port contracts, according to two officials "
        "who spoke on condition of anonymity because they were not allowed to discuss "
        "the case in public."
    )
    c = one_claim(text, "widened to the port contracts")
    assert c.speaker_mention == "two officials"
    assert c.cue == "according to"


def test_according_to_a_long_source_without_a_relative_clause_gives_nothing():
    text = (
        "The inquiry has been widened to the port contracts, according to two officials "
        "in the office of the regional governor of the northern province and its capital "
        "city council."
    )
    assert [c for c in extract_claims(text) if c.cue == "according to"] == []


def test_unclosed_quote_before_according_to_gives_nothing():
    assert extract_claims("“The bridge will reopen soon according to the office.") == []


# --- "questioned whether ..." -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The senator questioned whether the budget figures were accurate at all.",
            "The senator",
            "whether the budget figures were accurate at all",
        ),
        (
            "Party leaders are openly questioning how the rivals handled the campaign.",
            "Party leaders",
            "how the rivals handled the campaign",
        ),
        (
            "The mayor has questioned the wisdom of closing the bridge in winter.",
            "The mayor",
            "the wisdom of closing the bridge in winter",
        ),
    ],
)
def test_questioned_is_a_claim(text, speaker, content):
    c = one_claim(text, content)
    assert c.text == content
    assert c.speaker_mention == speaker


@pytest.mark.parametrize(
    "text",
    [
        # the one questioned says nothing
        "The suspect was questioned by police for six hours on Monday.",
        "The driver questioned by police was later released without charge.",
        # a participle after a group polled: those questioned did the thinking
        "And 4% of those questioned thought the Conservatives were still in power.",
        "Pensioners questioned for the survey showed little interest in the reform.",
        # the noun is no cue
        "Budget questions are likely to dominate the next session of parliament.",
    ],
)
def test_questioned_passive_or_noun_gives_nothing(text):
    assert extract_claims(text) == []


# --- "disclosed that ..." -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The company disclosed that it had paid the fine in March.",
            "The company",
            "it had paid the fine in March",
        ),
        (
            "The ministry disclosed it had asked the embassy for the files.",
            "The ministry",
            "it had asked the embassy for the files",
        ),
    ],
)
def test_disclosed_that_is_a_claim(text, speaker, content):
    c = one_claim(text, content)
    assert c.text == content
    assert c.speaker_mention == speaker


@pytest.mark.parametrize(
    "text",
    [
        # what is disclosed is no claim without a clause
        "The official spoke for an hour without disclosing more details of the plan.",
        "The company disclosed the fine in its annual report.",
        "The undisclosed sum was paid in cash by the club.",
    ],
)
def test_disclosed_without_a_clause_gives_nothing(text):
    assert extract_claims(text) == []


# --- the source's name may hold "and"; "continue to show"; "a review of the records" ------
@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "A national poll released Sunday by the Daily Courier and City Radio shows "
            "the mayor trailing by nine points.",
            "A national poll",
            "shows",
            "the mayor trailing by nine points",
        ),
        (
            "Surveys continue to show that most farmers oppose the new water levy.",
            "Surveys",
            "show",
            "most farmers oppose the new water levy",
        ),
        (
            "A Gallup poll, conducted jointly with two universities, shows the mayor with "
            "a narrow lead.",
            "A Gallup poll",
            "shows",
            "the mayor with a narrow lead",
        ),
        (
            "A review of the records seems to show that the permit was never signed.",
            "A review of the records",
            "show",
            "the permit was never signed",
        ),
    ],
)
def test_evidence_source_names_and_raising_verbs(text, speaker, cue, content):
    c = one_claim(text, content)
    assert c.text == content
    assert c.speaker_mention == speaker
    assert c.cue == cue


def test_and_before_a_clause_still_ends_the_source():
    # "and" + lower-case words is a second clause, not part of the poll's name
    text = "The rally was loud and the polls showed the governor ahead in the north."
    c = one_claim(text, "the governor ahead")
    assert c.speaker_mention == "the polls"
