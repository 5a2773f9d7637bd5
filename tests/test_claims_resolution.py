"""The speaker's words as the extractor reads them: no half parenthesis, no party or
state tag in place of the name. Every sentence here is written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


def test_an_acronym_in_parentheses_keeps_its_closing_mark():
    text = (
        "The offensive has stalled near the river, the Centre for Eastern Studies (OSW) "
        "said in its morning report."
    )
    c = one_claim(text, "offensive has stalled")
    assert c.speaker_mention == "the Centre for Eastern Studies (OSW)"


def test_a_party_tag_in_parentheses_is_cut_from_the_name():
    text = "Sen. Jeanne Shaheen (D-N.H.) said the sanctions on Minsk should be widened."
    c = one_claim(text, "sanctions on Minsk")
    assert c.speaker_mention == "Sen. Jeanne Shaheen"


def test_a_closing_parenthesis_alone_is_dropped():
    text = "Lukashenko won the rural vote by a wide margin (according to exit polls)."
    c = one_claim(text, "rural vote")
    assert c.speaker_mention == "exit polls"


def test_a_party_tag_between_commas_is_not_the_speaker():
    text = "Sen. Jim Risch, R-Idaho, told reporters that the vote in Belarus had been rigged."
    c = one_claim(text, "had been rigged")
    assert c.speaker_mention == "Sen. Jim Risch"


def test_a_hometown_and_age_are_skipped_to_the_name():
    text = "Anna Ivanova, 34, a nurse from Toledo, Ohio., said the clinic had closed."
    c = one_claim(text, "clinic had closed")
    assert c.speaker_mention == "Anna Ivanova"


def test_a_state_tag_with_no_name_before_it_gives_no_speaker():
    text = "Workers at a plant in Erie, Pa., said the shifts had been cut in half."
    c = one_claim(text, "shifts had been cut")
    assert c.speaker_mention != "Pa."


def test_a_time_adverbial_is_not_part_of_the_speaker():
    text = "Gov. Ivan Petrov on Thursday blamed the opposition for the unrest in the capital."
    c = one_claim(text, "opposition")
    assert c.speaker_mention == "Gov. Ivan Petrov"


def test_a_fronted_participle_phrase_is_no_speaker():
    text = (
        "Holding signs calling Lukashenko “Belarus’s Last Dictator,” the students chanted "
        "“Go away” outside the embassy."
    )
    assert not any((c.speaker_mention or "").startswith("Holding") for c in extract_claims(text))


def test_a_cue_word_after_of_or_the_is_a_noun():
    text = "Clinton, a former secretary of state, attended the meeting in Vilnius alone."
    assert not any(c.cue == "state" for c in extract_claims(text))


def test_a_verb_phrase_is_no_speaker():
    text = (
        "Ihar Losik, the channel's administrator, released a statement confirming that he "
        "had started a hunger strike."
    )
    assert not any(c.speaker_mention == "released a statement" for c in extract_claims(text))
    text = "Reached by Nasha Niva, Bialiatski explained that the centre would keep working."
    assert not any((c.speaker_mention or "").startswith("Reached") for c in extract_claims(text))


def test_state_without_that_or_a_quote_is_a_noun():
    text = (
        "The campaign now moves to Western states this week that the opposition is "
        "counting on winning."
    )
    assert not any(c.cue == "states" for c in extract_claims(text))
    text = "The report states that the vote in Minsk was rigged."
    c = one_claim(text, "vote in Minsk")
    assert c.cue == "states"
