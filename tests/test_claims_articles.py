"""Speakers across whole articles: the patterns the BBC article audit
(benchmarks/claims_article_audit.py) found wrong. Texts written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import speakers


def speaker_of(text: str, mention: str) -> str | None:
    hits = [c.speaker for c in extract_claims(text) if c.speaker_mention == mention]
    assert hits, f"no claim with the mention {mention!r}: {speakers(text)}"
    return hits[-1]


def test_title_before_name_does_not_hide_the_person():
    # "Mr Kellan" ties to the full name even when a long title came first
    text = (
        "Regional Transport Secretary Oswin Kellan said the line would reopen in May.\n\n"
        "Mr Kellan said the delay was regrettable.\n\n"
        "The repairs were mostly done, he said."
    )
    assert speaker_of(text, "Mr Kellan") == "Oswin Kellan"
    assert speaker_of(text, "he") == "Oswin Kellan"


def test_peerage_title_is_the_same_woman():
    text = (
        "Marta Quillon has said the chamber needs new rules.\n\n"
        "Baroness Quillon, a former speaker, said reform had stalled.\n\n"
        '"We cannot wait another decade," she said.\n\n'
        "Lady Quillon said she would table a motion."
    )
    assert speaker_of(text, "she") == "Marta Quillon"
    assert speaker_of(text, "Lady Quillon") == "Marta Quillon"


def test_letters_after_a_name_and_party_words_are_not_people():
    # "Bram Hollis MP" is Bram Hollis (a man: "Sir"); "Lib Dem" is no person of
    # unknown gender standing between the pronoun and him
    text = (
        "Senior Labour MP Sir Bram Hollis said the budget was timid.\n\n"
        "Lib Dem councillors were not consulted.\n\n"
        '"Nobody believes these numbers," he said.'
    )
    assert speaker_of(text, "he") == "Bram Hollis"


def test_postposed_pronoun_is_not_the_person_its_content_names():
    text = (
        "Edward Ferrant ran the dredging contract for six years.\n\n"
        "Harbour master Michael Dunmore said the port was ready for larger ships.\n\n"
        "But Mr Ferrant had misjudged the silt, he added."
    )
    assert speaker_of(text, "he") == "Michael Dunmore"


def test_a_pronoun_subject_carries_the_chain_past_names_in_its_sentence():
    text = (
        "Peter Hallam said the report was accurate.\n\n"
        "He was angered by a misreading from Mark Denby.\n\n"
        '"I stand by every line," he said.'
    )
    assert speaker_of(text, "he") == "Peter Hallam"


def test_an_unnamed_role_subject_leaves_the_pronoun_unresolved():
    text = (
        "Thomas Reyes said the vote would be close.\n\n"
        "The prime minister toured the north on Sunday.\n\n"
        "He said the date of the election was not yet fixed."
    )
    assert speaker_of(text, "He") is None


def test_an_unnamed_speaker_between_blocks_the_older_name_of_the_same_gender():
    text = (
        "Daniel Okoro said the poster was offensive.\n\n"
        "A party spokesman denied it was aimed at anyone.\n\n"
        '"It is a joke about budgets," he said.'
    )
    # not the older name: the spokesman himself (session 14: a gendered role alone)
    assert speaker_of(text, "he") == "a party spokesman"
    # a spokeswoman does not stand between "he" and the man
    assert speaker_of(text.replace("spokesman", "spokeswoman"), "he") == "Daniel Okoro"


def test_a_subject_of_unknown_gender_is_not_skipped_for_a_man_named_after_it():
    text = (
        "Sasha Morel said the statement by Lord Penrith was misleading.\n\n"
        '"Others certainly presented it as a summary," he said.'
    )
    assert speaker_of(text, "he") is None


def test_pronoun_with_no_antecedent_and_across_gender_stays_unresolved():
    text = (
        "The committee met on Tuesday.\n\n"
        '"We will publish in spring," she said.\n\n'
        "Michael Hart said the timetable was tight.\n\n"
        '"It is achievable," she said.'
    )
    assert [s for s, m in speakers(text) if m == "she"] == [None, None]


def test_the_mp_is_the_mp_who_spoke_last_named_with_titles_and_letters():
    text = (
        "The book by journalist Robert Ames said the pair had fallen out.\n\n"
        "Former housing minister Neil Garside MP said the plan was a mess.\n\n"
        '"Nobody asked the tenants," the Labour MP for Eastfield said.'
    )
    assert speaker_of(text, "the Labour MP for Eastfield") == "Neil Garside"


def test_an_unnamed_speaker_last_keeps_the_mp_as_written():
    text = (
        "Neil Garside said the plan was a mess.\n\n"
        "A party aide said the figures would be revised.\n\n"
        '"Nobody asked the tenants," the MP said.'
    )
    assert speaker_of(text, "the MP") == "the MP"


def test_a_common_british_given_name_gives_gender():
    # "Liam" marks a man, so "he" is not held back by a person of unknown gender
    text = (
        "Liam Orford refused to discuss reports that Lord Tanby had lent the party money.\n\n"
        '"We repay loans when they are due," he said.'
    )
    assert speaker_of(text, "he") == "Liam Orford"


def test_a_month_after_a_given_name_is_a_surname():
    # "Theresa May" is a woman named in the sentence before "She", not the month
    text = (
        "Patricia Hewitt said the plan was fair.\n\n"
        "Theresa May, the shadow family secretary, told the programme the plans were weak.\n\n"
        "She said a new government would reform the family courts."
    )
    assert speaker_of(text, "She") == "Theresa May"
    # and a month that opens a sentence is still no name
    assert speaker_of(text.replace("Theresa May, the", "In May the"), "She") != "May"


def test_a_name_after_and_said_is_content_not_the_next_quotes_speaker():
    text = (
        "Daniel Okafor chairs the campaign.\n\n"
        "A party spokesman played down the row and said Mr Okafor already had a big role.\n\n"
        '"This election is a choice between two futures."'
    )
    quote_start = text.index('"This')
    assert all(c.speaker != "Daniel Okafor" for c in extract_claims(text) if c.start >= quote_start)


def test_a_reporting_word_after_a_possessive_is_a_noun():
    text = "But the council ignored residents' calls for a new bridge."
    assert [c for c in extract_claims(text) if c.cue.startswith("call")] == []
    # the verb still counts
    said = extract_claims("The residents called for a new bridge, the council said.")
    assert said


def test_a_party_is_not_given_a_full_name():
    text = (
        "London's Labour councillors met on Monday.\n\nLabour said the poster had been withdrawn."
    )
    assert speaker_of(text, "Labour") == "Labour"


def test_a_party_word_before_a_name_is_a_title():
    text = (
        "Democrat Helen Marsh said the bill was unfair.\n\n"
        "Mrs Marsh said she would vote against it."
    )
    assert speaker_of(text, "Mrs Marsh") == "Helen Marsh"
