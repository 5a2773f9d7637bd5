"""Direct quotes the extractor used to miss entirely (round 11): a quote whose speaker
the sentence names plainly, in shapes the rules did not read yet."""

from __future__ import annotations

from .claims_helpers import claims_with, one_claim


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


# -- "X delivered a blunt message to Y: “...”": a verb and a message as its object ------
def test_message_object_before_a_colon():
    text = (
        "Prime Minister Ivan Petrov, the head of the cabinet, delivered a blunt message "
        "to Moscow: “We will not sign this treaty.”"
    )
    c = one_claim(text, "We will not sign")
    assert c.kind == "direct"
    assert c.speaker_mention == "Prime Minister Ivan Petrov"


def test_message_object_after_an_earlier_clause():
    text = (
        "Tsikhanouskaya praised the strikers, but she gave the unions a stern warning: "
        "“Do not trust the promises of the regime.”"
    )
    c = one_claim(text, "Do not trust")
    assert c.speaker_mention == "she"


def test_issued_a_statement_before_a_comma():
    text = "The Belarusian foreign ministry issued a statement, “The embassy will remain open.”"
    c = one_claim(text, "The embassy will remain open")
    assert c.speaker_mention == "The Belarusian foreign ministry"


def test_a_received_message_is_not_the_subjects():
    text = "The teacher received a message: “Stay home tomorrow.”"
    assert all(c.speaker_mention != "The teacher" for c in claims_with(text, "Stay home"))


# -- a digest item: "TITLE - Name: “...”", the title's words are no cue of the quote ----
def test_digest_item_whose_title_has_a_cue_word():
    text = (
        "But the surveys did predict the turnout - Andrei Vardomatski: “Our surveys show a "
        "stable core of support outside Minsk.”"
    )
    c = one_claim(text, "Our surveys show")
    assert c.kind == "direct"
    assert c.speaker_mention == "Andrei Vardomatski"


# -- "..., with NP chanting “...”": the participle's subject after "with" --------------
def test_with_phrase_names_the_participles_speaker():
    text = "Police detained the students, with one officer reportedly shouting: “Get in the van!”"
    c = one_claim(text, "Get in the van")
    assert c.kind == "direct"
    assert c.speaker_mention == "one officer"


# -- "they chanted “A” and “B.”": a list of quotes after one cue -------------------------
def test_list_of_chanted_quotes_is_one_direct_claim():
    text = "Outside the court, the strikers chanted “Leave!” and “Free our prisoners.”"
    c = one_claim(text, "Leave!")
    assert c.kind == "direct"
    assert c.text == "“Leave!” and “Free our prisoners.”"
    assert c.speaker_mention == "the strikers"


# -- "X then appears ..., saying, “...”": an adverb between the subject and its verb ---
def test_adverb_between_subject_and_present_verb_before_a_participle():
    text = "Lukashenko then appears in a clip from a rally, saying, “We will win.”"
    c = one_claim(text, "We will win")
    assert c.kind == "direct"
    assert c.speaker_mention == "Lukashenko"


# -- "X's response was: “...”": the possessor of a noun of speech ----------------------
def test_possessors_response_before_a_colon():
    text = "Tsikhanouskaya’s response was: “We will not negotiate under threat.”"
    c = one_claim(text, "We will not negotiate")
    assert c.kind == "direct"
    assert c.speaker_mention == "Tsikhanouskaya"


# -- a digest's pointer to its source: "... - From the report: “...”" -----------------
def test_digest_pointer_from_a_source():
    text = (
        "What the survey shows - From the report: “Trust in state media fell by half since August.”"
    )
    c = one_claim(text, "Trust in state media")
    assert c.kind == "direct"
    assert c.speaker_mention == "the report"


def test_digest_pointer_more_from_after_a_bare_dash():
    text = (
        "Support is shifting -More from Andrei Vardomatski and Hanna Vasilevich: “The "
        "middle is shrinking fast.”"
    )
    c = one_claim(text, "The middle is shrinking")
    assert c.speaker_mention == "Andrei Vardomatski and Hanna Vasilevich"


# -- "..., as a heckler yelled: “...”", "..., to which the judge replied: “...”" --------
def test_second_quote_after_an_as_clause():
    text = (
        "“There is a young man with some problems here,” Lukashenko said as a heckler "
        "yelled: “You lie!”"
    )
    c = one_claim(text, "You lie")
    assert c.kind == "direct"
    assert c.speaker_mention == "a heckler"


def test_quote_after_a_to_which_clause():
    text = "The lawyer said the case was closed, to which the judge replied: “Sit down.”"
    c = one_claim(text, "Sit down")
    assert c.speaker_mention == "the judge"


# -- "X tweeted, “...” on Friday afternoon.": a short adverbial of time after the quote --
def test_short_time_adverbial_after_the_quote():
    text = (
        "Kalesnikava, who also spoke in Hrodna this week, tweeted, “Thank you Hrodna” on "
        "Friday afternoon."
    )
    c = one_claim(text, "Thank you Hrodna")
    assert c.kind == "direct"
    assert c.speaker_mention == "Kalesnikava"


def test_message_reading_a_quote_then_a_time_adverbial():
    text = "The ministry posted a message on Telegram reading “Stay calm” moments after the blast."
    c = one_claim(text, "Stay calm")
    assert c.speaker_mention == "The ministry"


# -- "“...,” Will wrote.": a one-word name spelled like a function word -----------------
def test_one_word_name_like_a_modal_after_the_quote():
    text = "“The strike at the tractor plant is over,” Will wrote."
    c = one_claim(text, "The strike at the tractor plant")
    assert c.kind == "direct"
    assert c.speaker_mention == "Will"


def test_a_determiner_is_no_name_after_the_quote():
    text = "“We will see,” These said."
    assert all(c.speaker_mention != "These" for c in claims_with(text, "We will see"))
