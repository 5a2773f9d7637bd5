"""Recall of the English claim shapes on patterns of real news writing, each pinned by a
sentence written for this test: doubled single quotes (''...'') ending in a word that
looks passive or like an adverb, poll shares and quantified groups as speakers.
"""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


# -- the words before the cue belong to it only when joined by spaces ---------------------
def test_a_quote_ending_in_be_is_not_a_passive_before_said():
    text = "''The talks were hard, and they will be,'' said Pavel Sapelka, a lawyer in Minsk."
    c = one_claim(text, "talks were hard")
    assert c.speaker == "Pavel Sapelka"
    assert c.kind == "direct"


def test_an_adverb_ending_a_quote_is_not_skipped_as_part_of_the_attribution():
    text = (
        "''We will treat every one of these cases seriously,'' said Maria Kalesnikava, "
        "a leader of the protest movement."
    )
    c = one_claim(text, "every one of these cases")
    assert c.speaker == "Maria Kalesnikava"


def test_is_said_to_stays_passive():
    text = "The minister is said to have left the country on Friday."
    assert extract_claims(text) == []


# -- poll shares and quantified groups -----------------------------------------------------
def test_a_share_of_those_polled_speaks():
    text = "In the survey, 41 percent of Belarusians said they followed the news from abroad."
    c = one_claim(text, "followed the news")
    assert c.speaker_mention == "41 percent of Belarusians"


def test_more_than_n_in_ten_speaks():
    text = "More than 6 in 10 said the economy was their main worry."
    c = one_claim(text, "main worry")
    assert c.speaker_mention == "More than 6 in 10"


def test_some_before_a_speaker_noun():
    text = "Some Lithuanian officials said the border would stay closed until spring."
    c = one_claim(text, "border would stay closed")
    assert c.speaker_mention == "Some Lithuanian officials"


def test_a_number_that_is_not_a_share_does_not_speak():
    text = "Some time ago said the border would stay closed."
    assert extract_claims(text) == []


# -- a quote after a few words of attribution ----------------------------------------------
def test_quote_after_an_adverb_between_commas():
    text = "Kalesnikava admitted, however, “Nobody expected the strikes to last this long.”"
    c = one_claim(text, "strikes to last")
    assert (c.speaker_mention, c.kind) == ("Kalesnikava", "direct")


def test_quote_after_an_object_and_a_time_phrase():
    text = "The minister told state television on Sunday evening, “The border stays open.”"
    c = one_claim(text, "border stays open")
    assert c.speaker_mention == "The minister"
    assert c.kind == "direct"


def test_quote_after_another_clause_is_not_given_to_the_first_speaker():
    text = "Lukashenko said nothing as a protester shouted: “Go away!”"
    assert not any(
        "Go away" in c.text and c.speaker_mention == "Lukashenko" for c in extract_claims(text)
    )
    text = "The ministry reported, his wife whispered to him: “They are still with you.”"
    assert not any(
        "still with you" in c.text and c.speaker_mention == "The ministry"
        for c in extract_claims(text)
    )


# -- the speaker after the quote -----------------------------------------------------------
def test_the_sentence_period_is_not_part_of_the_name():
    text = "“We will count every vote, and we will be seen counting,” quipped Anna K. Krasulina."
    c = one_claim(text, "count every vote")
    assert c.speaker_mention == "Anna K. Krasulina"


def test_one_and_a_noun_phrase_speak_after_a_quote():
    text = "“Nobody in Minsk expected this,” said one veteran Belarusian campaigner."
    c = one_claim(text, "Nobody in Minsk")
    assert c.speaker_mention == "one veteran Belarusian campaigner"


# -- where reported content ends --------------------------------------------------------
def test_a_while_clause_of_the_writer_is_not_part_of_the_claim():
    text = (
        "Tsikhanouskaya said the sanctions were working, while the government in Minsk "
        "announced new trade deals with Moscow the same week."
    )
    c = one_claim(text, "sanctions were working")
    assert c.text == "the sanctions were working"


def test_a_trailing_according_to_is_not_part_of_the_reported_content():
    text = (
        "The minister said the plant would close in spring, according to two people "
        "who attended the meeting."
    )
    c = one_claim(text, "plant would close")
    assert c.text == "the plant would close in spring"


# -- more reporting verbs ------------------------------------------------------------------
def test_blamed_takes_its_object_as_the_claim():
    text = "Lukashenko blamed Western intelligence services for the protests in Minsk."
    c = one_claim(text, "Western intelligence")
    assert c.speaker_mention == "Lukashenko"


def test_rejected_takes_its_object_as_the_claim():
    text = "The opposition rejected the official results of the August vote as a fraud."
    c = one_claim(text, "official results")
    assert c.speaker_mention == "The opposition"


def test_reiterated_that():
    text = "Tsikhanouskaya reiterated that the exiled council would not negotiate in secret."
    c = one_claim(text, "would not negotiate")
    assert c.text == "the exiled council would not negotiate in secret"


# -- a paragraph labelled with its speaker -------------------------------------------------
def test_a_headline_labelled_with_a_name():
    text = "Sviatlana Tsikhanouskaya: Belarus Will Be Free Within a Year.\n\nThe rest follows."
    c = one_claim(text, "Will Be Free")
    assert c.speaker_mention == "Sviatlana Tsikhanouskaya"
    assert c.cue == ":"


def test_a_transcript_line_in_capitals():
    text = "KATSIARYNA ANDREYEVA: We filmed the square until the police took the camera."
    c = one_claim(text, "filmed the square")
    assert c.speaker_mention == "KATSIARYNA ANDREYEVA"


def test_rubric_labels_and_single_letters_are_no_speakers():
    for label in ("Update", "BREAKING", "Editor's note", "Poll", "Q", "The result"):
        text = f"{label}: the vote in Minsk was moved to Monday by the commission."
        assert extract_claims(text) == [], label


def test_a_capitalised_preposition_does_not_open_a_speaker():
    text = "Alongside Viasna calls for the release of prisoners, the embassy stayed silent."
    assert not any(c.speaker_mention == "Alongside Viasna" for c in extract_claims(text))


def test_the_writers_summary_after_the_content_is_cut():
    text = (
        "The ministry announced it would close three more border crossings, a move that "
        "will cut trade with Lithuania by a third."
    )
    c = one_claim(text, "border crossings")
    assert c.text == "it would close three more border crossings"


def test_a_new_subject_after_and_ends_the_content():
    text = "Babaryka said the trial had been staged from the start, and he asked for a retrial."
    c = one_claim(text, "staged")
    assert c.text == "the trial had been staged from the start"


def test_suggesting_that_stays_the_speakers_reasoning():
    text = (
        "Shraibman said the trade figures showed closer ties between Minsk and Moscow, "
        "suggesting that the Kremlin is giving in to Lukashenko's demands."
    )
    c = one_claim(text, "trade figures")
    assert "suggesting that the Kremlin" in c.text


# -- British single quotes -----------------------------------------------------------------
def test_straight_single_quote_then_said_and_the_speaker():
    text = (
        "'It's the country's worst crisis since the '90s,' said one Minsk resident, "
        "who asked not to be named."
    )
    c = one_claim(text, "worst crisis")
    assert c.speaker_mention == "one Minsk resident"
    assert c.kind == "direct"


def test_curly_single_quote_keeps_its_closing_mark():
    text = "‘We will not give up,’ said Maria Kalesnikava."
    c = one_claim(text, "not give up")
    assert c.text == "‘We will not give up,’"


# -- questions ----------------------------------------------------------------------------
def test_asked_an_object_whether():
    text = "A BBC reporter asked Lukashenko whether he would ever hand over power."
    c = one_claim(text, "hand over power")
    assert c.text == "whether he would ever hand over power"
    assert c.speaker_mention == "A BBC reporter"


def test_the_question_before_the_answer_has_no_speaker_of_its_own():
    text = "Asked whether the talks would resume, Tsikhanouskaya said she was not going to guess."
    q = one_claim(text, "talks would resume")
    assert q.text == "whether the talks would resume"
    assert q.speaker is None and q.speaker_mention is None
    a = one_claim(text, "not going to guess")
    assert a.speaker_mention == "Tsikhanouskaya"


def test_when_asked_about_after_a_quote_ends_at_the_comma():
    text = (
        "“We will see,” the minister said when asked about the new sanctions, before "
        "leaving the room."
    )
    q = one_claim(text, "new sanctions")
    assert q.text == "the new sanctions"
    assert q.speaker is None


def test_a_determiner_and_any_noun_speak_before_said():
    text = "The retired schoolteacher said the polling station had closed an hour early."
    c = one_claim(text, "polling station")
    assert c.speaker_mention == "The retired schoolteacher"


def test_that_said_is_no_speaker():
    text = "That said, the polling station had closed an hour early."
    assert extract_claims(text) == []


def test_according_to_inside_the_sentence_takes_both_sides():
    text = (
        "At the heart of the dispute, according to two former diplomats, was a promise "
        "Minsk never meant to keep."
    )
    c = one_claim(text, "heart of the dispute")
    assert "a promise Minsk never meant to keep" in c.text
    assert c.speaker_mention == "two former diplomats"


# -- verbs of describing -------------------------------------------------------------------
def test_called_with_a_long_object_before_the_quote():
    text = (
        "Kalesnikava called the decision of the regional election commission in Hrodna "
        "“a mockery of the law.”"
    )
    c = one_claim(text, "mockery")
    assert c.speaker_mention == "Kalesnikava"


def test_called_after_who_takes_the_name_before_the_comma():
    text = (
        "The verdict drew a sharp reaction from EU foreign policy chief Josep Borrell, who "
        "called the trial “a farce.”"
    )
    c = one_claim(text, "farce")
    assert c.speaker_mention == "Josep Borrell"


def test_calling_after_a_clause_takes_its_subject():
    text = "Tsikhanouskaya attacked the verdict on Friday, calling it “revenge, not justice.”"
    c = one_claim(text, "revenge")
    assert c.speaker_mention == "Tsikhanouskaya"


def test_an_adverb_opening_the_sentence_is_no_speaker():
    text = "Privately, the minister’s aides, speaking off the record, called it “a disaster.”"
    assert not any(c.speaker_mention == "Privately" for c in extract_claims(text))


# -- a quote introduced by a colon after any verb phrase -----------------------------------
def test_colon_after_a_verb_phrase_with_an_adverb():
    text = "Kalesnikava fired back at once: “If they put us on trial, they will lose.”"
    c = one_claim(text, "put us on trial")
    assert c.speaker_mention == "Kalesnikava"
    assert c.kind == "direct"


def test_colon_after_a_copula_is_no_attribution():
    text = "The message on the banner was simple: “Leave now.”"
    assert extract_claims(text) == []


def test_but_and_a_new_subject_end_the_content():
    text = (
        "Lukashenko said the opposition leaders were nobodies in exile, but he offered "
        "one of them a back-handed compliment."
    )
    c = one_claim(text, "nobodies")
    assert c.text == "the opposition leaders were nobodies in exile"


def test_a_speaker_with_a_prepositional_phrase_after_its_head():
    text = "Aides to Tsikhanouskaya say she will travel to Warsaw and Berlin next month."
    c = one_claim(text, "travel to Warsaw")
    assert c.speaker_mention == "Aides to Tsikhanouskaya"
    text = "Sources close to the ministry say the decree will be signed before the summit."
    c = one_claim(text, "decree will be signed")
    assert c.speaker_mention == "Sources close to the ministry"
