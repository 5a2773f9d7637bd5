"""Spurious claims (round 12): words the extractor took for a claim that report nothing,
or a speaker read as the content of its own cue."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


# -- ", said the company's director": the speaker after the cue, not an aside's subject --
def test_speaker_after_said_when_the_sentence_opens_with_a_place_phrase():
    text = (
        "In nearby Grodno, the old glass works is still running, but it is losing "
        "orders to cheaper imports, said the factory's general director, Ivan Petrov."
    )
    c = one_claim(text, "losing orders")
    assert c.speaker_mention == "the factory's general director"
    assert c.text.startswith("In nearby Grodno, the old glass works")
    assert not [x for x in extract_claims(text) if x.text.startswith("the factory")]


def test_speaker_with_a_relative_clause_after_said():
    text = (
        "Minsk asked Moscow, in a closed meeting last week, to delay the gas payments, "
        "said a Belarusian official who attended the talks."
    )
    c = one_claim(text, "delay the gas payments")
    assert c.speaker_mention == "a Belarusian official"


def test_a_plain_speaker_with_a_relative_clause_after_said():
    text = "The border crossing will reopen on Monday, said a customs officer who asked not to be named."
    c = one_claim(text, "will reopen")
    assert c.speaker_mention == "a customs officer"


def test_a_name_in_commas_before_said_keeps_its_claim():
    text = (
        "The party's former leader, Anna Kovalenko, said the deputy who replaced her, "
        "Oleg Sidorov, should resign over the scandal."
    )
    c = one_claim(text, "should resign")
    assert c.speaker_mention == "Anna Kovalenko"


def test_a_name_with_asides_before_said_keeps_its_claim():
    text = (
        "But Pavel Ivanov, head of the union, the largest in the region, said the "
        "changes in the law, which affect miners, were made in secret."
    )
    c = one_claim(text, "were made in secret")
    assert c.speaker_mention == "Pavel Ivanov"


# -- "Name: a verbless phrase": a label that names or sums up, no statement ----------
def test_a_short_verbless_phrase_after_a_name_label_is_no_claim():
    for text in ("Tsikhanouskaya: A quiet return.", "Lukashenko: The last dictator"):
        assert extract_claims(text) == [], text


def test_a_label_with_a_verb_a_pronoun_or_a_question_keeps_its_claim():
    assert one_claim("Lukashenko: Talks Have Failed", "Talks").speaker_mention == "Lukashenko"
    assert (
        one_claim("Tsikhanouskaya: We stay united.", "united").speaker_mention == "Tsikhanouskaya"
    )
    assert one_claim("SMITH: Why not vote?", "Why not").speaker_mention == "SMITH"


# -- "a group called “X”": a naming participle with a quoted name, nobody speaking -----
def test_a_name_in_quotes_after_called_is_no_claim():
    text = "A Minsk news site called “The Bridge” reported the arrests first."
    assert not [c for c in extract_claims(text) if "The Bridge" in c.text]


def test_a_name_after_the_and_dubbed_is_no_claim():
    text = "Two students from Hrodna, dubbed the “Hrodna Two”, were released on Friday."
    assert not [c for c in extract_claims(text) if "Hrodna Two" in c.text]


def test_calling_someone_something_keeps_its_claim():
    text = "The opposition leader called the verdict “a disgrace” on Monday."
    c = one_claim(text, "disgrace")
    assert c.speaker_mention == "The opposition leader"


# -- "when asked about the poster": a bare topic is no question and no claim ---------
def test_a_bare_topic_after_asked_about_is_no_claim():
    text = "The minister declined to comment when asked about the new border rules."
    assert not [c for c in extract_claims(text) if c.text == "the new border rules"]
    text = "Asked about the Minsk agreement, Makei said the deal would hold."
    assert not [c for c in extract_claims(text) if c.text == "the Minsk agreement"]


def test_a_question_after_asked_keeps_its_claim():
    text = "Asked whether the plant would close, the director said no decision had been made."
    c = one_claim(text, "the plant would close")
    assert c.speaker is None


# -- "her favourite TV show": the noun of a programme, no verb of showing ------------
def test_show_after_a_kind_of_programme_is_a_noun():
    text = "The Belarusian president, for example, named “Panorama” as his favourite TV show."
    assert not [c for c in extract_claims(text) if c.cue == "show"]


def test_show_after_a_title_before_a_preposition_is_a_noun():
    text = (
        "On December 3, Belsat Evening Live show on Channel 5 from 6PM to 9PM, host and "
        "editor Ivan Sidorov will interview a number of guests."
    )
    assert not [c for c in extract_claims(text) if c.cue == "show"]


def test_figures_from_a_named_body_still_show():
    text = "Records from the Belarusian PEN show that nine writers were detained last year."
    c = one_claim(text, "nine writers")
    assert c.cue == "show"


# -- "He told [his audience]:": the lead-in before a closing colon, what was said follows
def test_the_one_addressed_before_a_closing_colon_is_no_claim():
    text = "The opposition leader told the crowd in Vilnius, to long applause:"
    assert extract_claims(text) == []


def test_a_note_on_the_source_before_a_closing_colon_is_no_claim():
    text = "According to Ales Bialiatski, writing for the Nasha Niva weekly:"
    assert extract_claims(text) == []


def test_a_clause_before_a_closing_colon_keeps_its_claim():
    text = "But as one observer noted, the minister didn’t even fill the hall:"
    c = one_claim(text, "fill the hall")
    assert c.speaker_mention == "one observer"


# -- "if X says ...": what someone would say or agree to is no report ----------------
def test_a_cue_inside_a_condition_is_no_claim():
    text = "The key is if the coach comes out and says that he is staying."
    assert not [c for c in extract_claims(text) if "staying" in c.text]
    text = "Unless the ministry agrees to lift the ban, the farms will close."
    assert not [c for c in extract_claims(text) if c.cue == "agrees"]


def test_asked_if_and_a_clause_inside_the_condition_keep_their_claims():
    text = "If we read the plan right when Makei says he wants talks, the talks are near."
    assert one_claim(text, "wants talks").speaker_mention == "Makei"
    text = "When asked if it would be Minsk if he returned Petrov said: “I have not decided.”"
    assert one_claim(text, "not decided").speaker_mention == "Petrov"
