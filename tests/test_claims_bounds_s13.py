"""Where reported content ends or starts (round 13): the writer's words around a claim
are not the speaker's."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "X said A but would not say B": what the speaker would not tell is the writer's ----
def test_content_ends_before_but_would_not_give_details():
    text = (
        "The ministry confirmed that two border crossings would close on Monday "
        "but would not give details of the new checks."
    )
    c = one_claim(text, "two border crossings")
    assert c.text == "two border crossings would close on Monday"


def test_content_ends_before_but_declined_to_name():
    text = (
        "The Minsk firm said it had signed a deal with a Chinese partner "
        "but declined to name the buyer."
    )
    c = one_claim(text, "signed a deal")
    assert c.text.endswith("with a Chinese partner")


def test_a_refusal_with_could_not_stays_in_the_claim():
    # "could not" is what the speaker reports of himself: the claim goes on
    text = "The driver said he had reached the border but could not give the guards his papers."
    c = one_claim(text, "reached the border")
    assert c.text.endswith("his papers")


# -- "Farmers who say A were angry ...": content in the subject's relative clause ends
# where the main clause's verb comes back ---------------------------------------------
def test_subject_relative_content_ends_before_the_main_verb():
    text = "Farmers who say the new tariff is too high were angry about the delay in Minsk."
    c = one_claim(text, "the new tariff")
    assert c.text == "the new tariff is too high"


def test_subject_relative_with_that_ends_before_the_main_verb():
    text = (
        "Deputies who agree that the plant should be closed were silent about the "
        "jobs it would cost."
    )
    c = one_claim(text, "the plant should")
    assert c.text == "the plant should be closed"


def test_subject_relative_keeps_a_pronoun_clause_inside_the_content():
    text = (
        "The blogger who first revealed that the mayor used a state car while he was "
        "on leave was fined on Friday."
    )
    c = one_claim(text, "the mayor used")
    assert c.text == "the mayor used a state car while he was on leave"


def test_subject_relative_stops_at_a_comma_before_a_new_clause():
    text = (
        "Pensioners who said prices were rising backed the opposition in Grodno, "
        "but that group was smaller in Brest."
    )
    c = one_claim(text, "prices were rising")
    # no main verb found before the comma: the content is left as it was, never cut
    # after "but that group"
    assert not c.text.endswith("that group")


# -- "X said A and criticized/praised/bragged ...": a second verb of judgement with no
# subject of its own is the speaker's next act, not part of A ---------------------------
def test_content_ends_before_and_criticized():
    text = (
        "The opposition leader said the election in Vitebsk was rigged and criticized "
        "the observers for staying silent."
    )
    c = one_claim(text, "the election in Vitebsk")
    assert c.text == "the election in Vitebsk was rigged"


def test_content_ends_before_and_praised():
    text = (
        "The envoy said the prisoner release was “a first step” and praised the "
        "mediators in Vilnius."
    )
    c = one_claim(text, "the prisoner release")
    assert c.text.startswith("the prisoner release")
    assert "praised" not in c.text


# -- "saying A but suggesting B": a second participle of speech after "but", with no
# comma, opens the speaker's next statement ----------------------------------------------
def test_content_ends_before_but_suggesting():
    text = (
        "Her spokesman was saying the talks were “useful” but suggesting the sanctions "
        "would stay in place."
    )
    c = one_claim(text, "the talks were")
    assert c.text == "the talks were “useful”"


# -- "said that was a mistake": "that" before a finite auxiliary is the subject ----------
def test_demonstrative_that_before_an_auxiliary_stays_in_the_claim():
    text = "The rector said that was a mistake made by the previous dean."
    c = one_claim(text, "was a mistake")
    assert c.text == "that was a mistake made by the previous dean"


def test_conjunction_that_before_a_subject_is_dropped():
    text = "The rector said that the dean had made a mistake."
    c = one_claim(text, "had made a mistake")
    assert c.text == "the dean had made a mistake"


def test_conjunction_that_before_a_comma_and_inverted_clause_is_dropped():
    text = "The rector admitted that, had he known, he would have stopped the vote."
    c = one_claim(text, "he would have stopped")
    assert not c.text.startswith("that")


# -- "The ministry's promise that A is ...": a noun of speech opening the subject -------
def test_noun_of_speech_subject_content_ends_before_the_main_verb():
    text = (
        "The ministry's promise that the border will reopen is as reliable as its "
        "weather forecasts."
    )
    c = one_claim(text, "the border will reopen")
    assert c.text == "the border will reopen"


def test_noun_of_speech_subject_with_infinitive_ends_before_the_main_verb():
    text = "The governor's pledge to repair every school in Gomel was about more than buildings."
    c = one_claim(text, "to repair every school")
    assert c.text == "to repair every school in Gomel"


def test_a_verb_claim_after_a_plural_subject_is_no_noun_of_speech():
    text = "The engineers claim it is a step forward in the way grain is stored."
    c = one_claim(text, "a step forward")
    assert c.text.endswith("grain is stored")
