"""Round 17: who a later "they" or "it" can mean. The agent of a participle that
describes something else ("a study commissioned by X") did something to that thing and
is not what the next sentence is about; the agent of the sentence's own passive verb
("The figures were compiled by X") is. A company's legal form ends its name."""

from __future__ import annotations

from belreader.claims import Claim, extract_claims


def only(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


def test_they_after_a_study_commissioned_by_two_bodies_is_not_them():
    claim = only(
        "The survey, commissioned by Viasna and the Helsinki Committee, drew on "
        "interviews with 300 former detainees. They said that beatings in the first "
        "days of arrest were routine."
    )
    assert claim.text == "beatings in the first days of arrest were routine"
    assert claim.speaker_mention == "They"
    assert claim.speaker is None  # the detainees, or the survey: never its sponsors


def test_it_after_projects_targeted_by_an_agency_is_the_company_named_next():
    claim = only(
        "Only five of the twelve outlets fined by the Information Ministry have paid. "
        "The Minsk Printing Corp could now lose its licence. On Monday, it denied that "
        "its presses had printed opposition leaflets."
    )
    assert claim.speaker_mention == "it"
    assert claim.speaker == "the Minsk Printing Corp"


def test_the_agent_of_the_sentences_own_passive_verb_is_still_what_it_means():
    claim = only(
        "The figures were compiled by the Belarusian Association of Journalists (BAJ). "
        "It found that 33 reporters were behind bars at the end of the year."
    )
    assert claim.speaker_mention == "It"
    assert claim.speaker == "the Belarusian Association of Journalists (BAJ)"


# -- the words of a speaker fronted by a phrase with no comma ------------------------------
def test_a_fronted_phrase_is_no_part_of_the_speakers_words():
    claims = extract_claims(
        "In a joint statement the two unions said the strike would go ahead.\n\n"
        "By contrast a leaked ministry report found that wages had fallen by a fifth."
    )
    assert [(c.speaker, c.speaker_mention) for c in claims] == [
        ("the two unions", "the two unions"),
        ("a leaked ministry report", "a leaked ministry report"),
    ]


def test_a_sentence_adverb_with_no_comma_is_no_part_of_the_speaker():
    claim = only("Instead the Belarusian Football Federation said it would appeal the ban.")
    assert claim.speaker == "the Belarusian Football Federation"
    assert claim.speaker_mention == "the Belarusian Football Federation"


def test_a_title_before_a_name_stays_in_the_mention():
    claim = only("Foreign Minister Maxim Ryzhenkov said the talks would resume in March.")
    assert claim.speaker_mention == "Foreign Minister Maxim Ryzhenkov"
