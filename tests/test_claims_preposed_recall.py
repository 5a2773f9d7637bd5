"""Recall of "SUBJECT <cue> <clause>" (issue 14): subjects and cue positions the
extractor used to drop although the attribution is plain, and the look-alikes that must
still give no claim or no speaker. Sentences are written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import claims_with, one_claim


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker_mention) for c in extract_claims(text)]


# -- subjects np_ok used to refuse --


def test_quantifier_before_a_bare_plural_is_a_speaker():
    text = (
        "Some opposition strategists said none of the sanctions will work unless "
        "Lithuania and Poland close their borders."
    )
    claim = one_claim(text, "none of the sanctions will work")
    assert claim.speaker_mention == "Some opposition strategists"


def test_quantifier_plural_with_a_prepositional_phrase():
    text = "Some delegates at the congress in Minsk said they had been told how to vote."
    assert _said(text) == [
        ("they had been told how to vote", "Some delegates at the congress in Minsk")
    ]


def test_most_of_them_is_a_speaker():
    text = "Most of them said they had enjoyed working at the Belaruskali mine."
    assert _said(text) == [("they had enjoyed working at the Belaruskali mine", "Most of them")]


def test_a_number_of_people_is_a_speaker():
    text = "A significant number of teachers said they had been ordered to vote early."
    assert _said(text) == [
        ("they had been ordered to vote early", "A significant number of teachers")
    ]


def test_poll_share_opened_by_about_or_written_with_a_percent_sign():
    assert _said("About 4 in 10 say the government should raise pensions first.") == [
        ("the government should raise pensions first", "About 4 in 10")
    ]
    assert _said("38% say the border with Poland should stay open for trucks.") == [
        ("the border with Poland should stay open for trucks", "38%")
    ]


def test_those_surveyed_is_a_speaker():
    text = "Those surveyed say the economy should come before the constitutional reform."
    assert _said(text) == [
        ("the economy should come before the constitutional reform", "Those surveyed")
    ]


def test_short_plural_after_a_name_is_a_speaker():
    text = "Exiled Belsat fans told Reuters that the raids had been planned for weeks."
    assert _said(text) == [("the raids had been planned for weeks", "Exiled Belsat fans")]


def test_speaker_noun_with_a_participle_phrase():
    text = "People briefed on the talks said the Kremlin had offered Minsk a new loan."
    assert _said(text) == [
        ("the Kremlin had offered Minsk a new loan", "People briefed on the talks")
    ]
    text = "A court document filed Tuesday says the blogger will stay in custody until trial."
    claim = one_claim(text, "the blogger will stay in custody")
    assert claim.speaker_mention == "A court document filed Tuesday"


def test_a_name_and_its_past_verb_is_no_postmodified_speaker():
    # "claims" is the noun here; "Reuters reported on Tuesday" is a name and its verb,
    # not a noun with a participle phrase (a capitalised plural takes an -ing form only)
    text = "Reuters reported on Tuesday claims that the potash plant had been sold."
    assert all(c.speaker_mention != "Reuters reported on Tuesday" for c in extract_claims(text))


def test_a_verb_chain_ending_in_to_is_no_postmodified_speaker():
    # "Officials struggled to" is no speaker of "say"
    text = "Officials struggled to say the potash plant would close before the winter."
    assert all(c.speaker_mention != "Officials struggled to" for c in extract_claims(text))


def test_a_bare_plural_without_a_quantifier_stays_out():
    # "uniting liberals" is a participle and its object: no bare plural is a speaker
    # unless a quantifier, a determiner or a name opens it
    text = (
        "The reform was a rare convergence, uniting liberals who decried rote testing "
        "regimes, conservatives who wanted less federal control and unions angry about "
        "mandates."
    )
    assert all(c.speaker_mention != "uniting liberals" for c in extract_claims(text))


# -- the clause of the cue opens inside the chunk --


def test_subordinate_clause_without_a_comma():
    text = (
        "Tsikhanouskaya was applauded in Vilnius when she said the regime could not "
        "survive another winter of strikes."
    )
    assert _said(text) == [("the regime could not survive another winter of strikes", "she")]


def test_subordinate_clause_with_a_cue_that_is_no_speech_stays_out():
    # "agreed" is a cue only for some shapes; a subordinate clause does not make it one
    text = "The plant closed in March when the workers agreed to a smaller severance payment."
    assert _said(text) == []


def test_emphatic_did_before_the_cue():
    text = "He did tell Belsat that in prison he was never allowed to see a lawyer."
    assert _said(text) == [("in prison he was never allowed to see a lawyer", "He")]


def test_did_not_tell_gives_no_claim():
    text = "He did not tell Belsat that the guards had beaten him in the cell at night."
    assert _said(text) == []


# -- a speech participle after a clause --


def test_participle_after_a_clause_whose_subject_has_an_article():
    text = "The former banker has praised the strikers, saying they were braver than the exiles."
    assert _said(text) == [("they were braver than the exiles", "The former banker")]


def test_participle_after_a_dash():
    text = (
        "The opposition leader changed her plan at the last minute – saying she would "
        "fly to Warsaw instead of Berlin."
    )
    assert _said(text) == [("she would fly to Warsaw instead of Berlin", "The opposition leader")]


def test_participle_speaks_for_the_nearest_clause_subject():
    # not "The protesters": the minister's clause stands right before "saying"
    text = (
        "The protesters were dispersed within an hour, as the interior minister "
        "addressed parliament, saying the rally had been illegal."
    )
    claims = claims_with(text, "the rally had been illegal")
    assert [(c.text, c.speaker_mention) for c in claims] == [
        ("the rally had been illegal", "the interior minister")
    ]


# -- content after the cue: a condition without a comma, the person told --


def test_condition_without_a_comma_before_the_clause():
    text = "Babaryka said if elected president he would free every political prisoner."
    assert _said(text) == [
        ("if elected president he would free every political prisoner", "Babaryka")
    ]


def test_negated_say_if_is_an_open_question():
    text = "The campaign would not say if it was true that he had resigned in March."
    assert _said(text) == []


def test_told_an_object_then_a_pronoun_clause():
    text = "Lukashenko told his audience they would not get a single rouble from the West."
    assert _said(text) == [("they would not get a single rouble from the West", "Lukashenko")]
    text = "Tsikhanouskaya tells voters she’s with them until the end."
    assert _said(text) == [("she’s with them until the end", "Tsikhanouskaya")]


def test_told_a_role_noun_and_a_name_then_a_clause():
    text = "Tsikhanouskaya told host Jane Smith a peaceful transition is still possible."
    assert _said(text) == [("a peaceful transition is still possible", "Tsikhanouskaya")]


def test_told_someone_as_the_writer_goes_on_is_no_told_clause():
    # "as he worked ..." is the writer's scene, not what the advisers were told
    text = (
        "This is not about me, the president told his closest advisers as he worked on "
        "the last address of his term."
    )
    assert claims_with(text, "he worked on") == []


# -- a relative "who said" inside the sentence --


def test_who_said_ends_where_the_main_verb_comes_back():
    text = (
        "Labour Minister Ivan Petrov, who said he expects the agreement to be signed "
        "soon, spoke on Friday in Minsk."
    )
    assert _said(text) == [
        ("he expects the agreement to be signed soon", "Labour Minister Ivan Petrov")
    ]


def test_who_said_keeps_a_list_with_commas():
    text = (
        "The miners, who said they were paid late in August, September and October, "
        "blocked the gate of the plant."
    )
    assert _said(text) == [("they were paid late in August, September and October", "The miners")]


# -- a speaker with a subject relative clause --


def test_speaker_with_a_subject_relative_clause():
    text = "One opposition official who relayed the exchange said the talks had collapsed."
    assert _said(text) == [("the talks had collapsed", "One opposition official")]


def test_object_relative_keeps_its_own_subject():
    # "an event that Ivanova says ...": Ivanova speaks, not "an event"
    text = (
        "The paper mocked her story about the raid, an event that Ivanova says changed "
        "her whole life and work."
    )
    assert all(c.speaker_mention != "an event" for c in extract_claims(text))


def test_two_groups_joined_by_and_are_one_speaker():
    text = (
        "Private Belarusian companies and ordinary traders say the new customs rules are ruinous."
    )
    assert _said(text) == [
        ("the new customs rules are ruinous", "Private Belarusian companies and ordinary traders")
    ]


def test_speaker_noun_privy_to_something():
    text = "Multiple sources privy to the negotiations say the loan will be signed next week."
    assert _said(text) == [
        ("the loan will be signed next week", "Multiple sources privy to the negotiations")
    ]


def test_poll_share_out_of_and_without_of():
    text = "About four out of 10 voters said they would not take part in the referendum."
    assert _said(text) == [
        ("they would not take part in the referendum", "About four out of 10 voters")
    ]
    text = "About four in 10 Minsk pensioners say that prices matter more than the constitution."
    assert _said(text) == [
        ("prices matter more than the constitution", "About four in 10 Minsk pensioners")
    ]
