"""Recall of reported speech without quotation marks: shapes the extractor used to drop
although the attribution is plain (issue 14). Sentences are written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker_mention) for c in extract_claims(text)]


def test_curly_contraction_opens_a_reported_clause():
    # "it’s" with a typographic apostrophe is a subject and its verb, as "it's" is
    text = "Tsikhanouskaya said it’s too early to speak of talks with Minsk."
    assert _claims(text) == [("it’s too early to speak of talks with Minsk", "Tsikhanouskaya")]


def test_much_of_opens_a_reported_clause():
    text = "The economist said much of the potash trade now goes through Russian ports."
    assert _claims(text) == [
        ("much of the potash trade now goes through Russian ports", "The economist")
    ]


def test_some_plus_a_plural_is_a_speaker():
    text = "Some Belarusians said they had not been paid for the harvest since August."
    assert _claims(text) == [
        ("they had not been paid for the harvest since August", "Some Belarusians")
    ]


def test_three_word_clause_after_a_pronoun_subject():
    text = "She said she opposed them."
    assert _claims(text) == [("she opposed them", "She")]


def test_three_words_without_a_pronoun_subject_stay_out():
    # "the next day" is no clause: nothing is claimed
    assert _claims("The minister said the next day.") == []


def test_that_makes_any_noun_phrase_with_a_determiner_a_source():
    text = "The inspection found that the Grodno plant had overstated its output for years."
    assert _claims(text) == [
        ("the Grodno plant had overstated its output for years", "The inspection")
    ]


def test_and_vowed_ends_the_first_claim_and_starts_a_second():
    text = (
        "The opposition leader said the vote had been stolen and vowed to keep "
        "organising protests in Minsk."
    )
    assert _claims(text) == [
        ("the vote had been stolen", "The opposition leader"),
        ("to keep organising protests in Minsk", "The opposition leader"),
    ]


def test_progressive_of_a_two_word_cue_is_a_report_not_a_passive():
    # "is calling for": "is" before an -ing cue makes it progressive, also when the
    # cue has a particle after the verb
    text = "Lukashenko is calling for new elections in the spring."
    assert _claims(text) == [("new elections in the spring", "Lukashenko")]


def test_two_word_participle_after_a_comma_takes_no_clause_as_speaker():
    # ", calling for ..." is a participle like ", calling ...": the words before the
    # comma are a clause, not a speaker noun phrase
    text = "The ministry issued a statement on Friday, calling for calm at the border."
    assert all(c.speaker_mention != "The ministry issued a statement" for c in extract_claims(text))


def test_told_a_long_object_then_that():
    text = (
        "Tsikhanouskaya told the Lithuanian parliament in Vilnius on Tuesday that the "
        "regime would not last."
    )
    assert _claims(text) == [("the regime would not last", "Tsikhanouskaya")]


def test_told_them_that():
    text = "The mayor of Brest told them that the bridge would reopen in May."
    assert _claims(text) == [("the bridge would reopen in May", "The mayor of Brest")]


def test_told_an_outlet_then_a_contracted_pronoun():
    # "he’s" is a subject: the claim starts there, and "to" later in it is no sign of
    # "told X to do"
    text = "Lukashenko told reporters he’s ready to meet the protesters."
    assert _claims(text) == [("he’s ready to meet the protesters", "Lukashenko")]


def test_contracted_pronoun_opens_a_clause_after_a_report_verb():
    text = "The ministry insisted they’re closing two more border crossings."
    assert _claims(text) == [("they’re closing two more border crossings", "The ministry")]


def test_relative_clause_with_its_own_speaker():
    text = "Lukashenko praised the new potash deal, which he said would keep the plants busy."
    assert _claims(text) == [("would keep the plants busy", "he")]


def test_description_runs_on_through_a_second_quoted_fragment():
    text = 'The minister called the report "one-sided" and a "gift to our enemies."'
    assert _claims(text) == [
        ('the report "one-sided" and a "gift to our enemies."', "The minister")
    ]


def test_description_stops_at_a_quote_joined_by_more_than_a_few_words():
    text = (
        'The minister called the report "one-sided" and then left the hall before the '
        '"questions" began.'
    )
    assert [c.text for c in extract_claims(text)] == ['the report "one-sided"']
