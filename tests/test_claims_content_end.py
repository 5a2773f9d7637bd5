"""Where the content of reported speech ends (issue 14): the writer's own words after
the reported clause stay out of the claim, and the speaker's own words stay in.
Sentences are written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


def _content(text: str, containing: str) -> str:
    return one_claim(text, containing).text


# a comma that closes a quote is the sentence's comma


def test_while_after_a_quote_closing_on_a_comma_is_the_writers():
    text = (
        "The opposition leader said the referendum was “a farce,” while the election "
        "commission in Minsk counted the ballots overnight."
    )
    assert _content(text, "referendum") == "the referendum was “a farce,”"


def test_although_after_a_quote_closing_on_a_comma_is_the_writers():
    text = (
        "Tsikhanouskaya said the verdict was “a message to every striker,” although the "
        "court in Gomel did not publish its reasoning."
    )
    assert _content(text, "verdict") == "the verdict was “a message to every striker,”"


def test_a_fronted_claim_ends_at_a_comma_inside_the_marks():
    text = (
        "Although the minister called the strike “illegal,” the miners of Soligorsk "
        "stayed at home on Monday."
    )
    claims = extract_claims(text)
    assert all("miners" not in c.text for c in claims), claims


# ", and/but" + a clause with its own subject


def test_and_a_possessive_subject_with_its_verb_is_the_writers():
    text = (
        "The union chairman said the miners would strike on Monday, and his deputy is "
        "already touring the pits in Soligorsk."
    )
    assert _content(text, "miners") == "the miners would strike on Monday"


def test_but_there_were_is_the_writers():
    text = (
        "The farmers said the harvest had been poor, but there were no shortages in the "
        "shops of Grodno that week."
    )
    assert _content(text, "harvest") == "the harvest had been poor"


def test_and_a_number_that_said_is_a_new_claim():
    text = (
        "The analyst said 60 percent of Belarusians supported neutrality, and "
        "three-quarters said the same of the war."
    )
    assert _content(text, "neutrality") == "60 percent of Belarusians supported neutrality"


def test_and_that_is_the_speakers_second_clause():
    text = (
        "The spokesman said the talks had stalled, and that Minsk would not send a "
        "delegation to Vilnius."
    )
    assert _content(text, "stalled") == (
        "the talks had stalled, and that Minsk would not send a delegation to Vilnius"
    )


def test_and_joining_two_objects_stays():
    text = (
        "The spokesman said the ministry had bought new buses, and trams for Vitebsk and Mogilev."
    )
    assert _content(text, "buses") == (
        "the ministry had bought new buses, and trams for Vitebsk and Mogilev"
    )


def test_and_inside_a_that_clause_subject_stays():
    text = "The spokesman said that Minsk and Warsaw agreed to reopen the crossing at Bruzgi."
    assert _content(text, "Warsaw") == ("Minsk and Warsaw agreed to reopen the crossing at Bruzgi")


# a relative clause after a complete reported clause


def test_a_closing_relative_clause_is_the_writers_note():
    text = (
        "The mayor said the tram line would open in the spring, which the city council "
        "approved in a late vote."
    )
    assert _content(text, "tram") == "the tram line would open in the spring"


def test_a_relative_clause_inside_the_subject_stays():
    text = (
        "The minister said the new tax, which takes effect in May, would hit small traders hardest."
    )
    assert _content(text, "tax") == (
        "the new tax, which takes effect in May, would hit small traders hardest"
    )


def test_a_relative_clause_quoting_the_speaker_stays():
    text = (
        "The activist said she had met the prosecutor, whom she called “a decent man "
        "trapped in a bad system.”"
    )
    assert "whom she called" in _content(text, "prosecutor")


# the writer's comparison after a reported figure


def test_compared_with_is_the_writers():
    text = (
        "The pollster said 40 percent of respondents trusted the state media, compared "
        "with 55 percent a year earlier."
    )
    assert _content(text, "respondents") == "40 percent of respondents trusted the state media"


def test_down_from_is_the_writers():
    text = (
        "The economist said exports to Poland had fallen by a third, down from a peak in "
        "2019 when the border was open."
    )
    assert _content(text, "exports") == "exports to Poland had fallen by a third"


# a lone dash that opens the writer's clause


def test_a_dash_and_a_new_clause_is_the_writers():
    text = (
        "The lawyer said the detainees had been moved to Zhodino -- and several relatives "
        "were waiting outside the prison gate."
    )
    assert _content(text, "detainees") == "the detainees had been moved to Zhodino"


def test_a_dash_and_that_is_the_speakers():
    text = (
        "The lawyer said the detainees had been moved to Zhodino - and that their "
        "families had not been told."
    )
    assert "their families had not been told" in _content(text, "detainees")


def test_a_paired_dash_aside_stays():
    text = (
        "The lawyer said the detainees from the Minsk march -- and there were at least "
        "forty of them -- had been moved to Zhodino."
    )
    assert _content(text, "detainees").endswith("had been moved to Zhodino")


# a second reporting verb of the same speaker, in the present tense


def test_but_insists_opens_the_speakers_next_claim():
    text = (
        "The governor says the factory will reopen in June, but insists the old managers "
        "must go first."
    )
    claims = extract_claims(text)
    assert [c.text for c in claims] == [
        "the factory will reopen in June",
        "the old managers must go first",
    ]


# a new attribution after a comma


def test_a_new_attribution_after_a_comma_ends_the_content():
    text = (
        "The mayor said the bridge would be repaired by autumn, at the council meeting on "
        "Tuesday she said the money had already been found."
    )
    assert [c.text for c in extract_claims(text)] == [
        "the bridge would be repaired by autumn",
        "the money had already been found",
    ]


def test_that_she_said_inside_the_content_stays():
    # a relative clause with its own "she said", after a comma: still the mayor's words
    text = (
        "The mayor said the repairs had been delayed by a contract signed on March 3, "
        "2021, that she said was drawn up in haste."
    )
    assert _content(text, "repairs").endswith("that she said was drawn up in haste")


# the writer's account of what the statement did


def test_a_participle_of_effect_is_the_writers():
    text = (
        "The rector said the university would not reopen its Vilnius branch, leaving "
        "hundreds of exiled students without a place to study."
    )
    assert _content(text, "Vilnius") == ("the university would not reopen its Vilnius branch")


def test_suggesting_that_is_the_speakers_reasoning():
    text = (
        "The rector said the university would not reopen its Vilnius branch, suggesting "
        "that the lease had become too expensive."
    )
    assert _content(text, "Vilnius").endswith("suggesting that the lease had become too expensive")


# a gerund after a preposition is part of the content, not a second cue


def test_for_saying_stays_in_the_content():
    text = (
        "The lawyer said the court in Brest had fined the blogger for saying the vote was rigged."
    )
    assert _content(text, "blogger") == (
        "the court in Brest had fined the blogger for saying the vote was rigged"
    )


def test_comma_saying_still_opens_the_next_claim():
    text = (
        "The lawyer said the court in Brest had fined the blogger, saying the fine would "
        "be appealed."
    )
    assert _content(text, "blogger") == "the court in Brest had fined the blogger"


# after a promise in the infinitive, "and" + a finite verb is the speaker's next act


def test_and_a_past_verb_after_an_infinitive_is_the_writers():
    text = "The governor vowed to keep the Grodno hospital open and then visited its wards."
    assert _content(text, "hospital") == "to keep the Grodno hospital open"


def test_two_infinitives_joined_by_and_stay():
    text = "The governor vowed to cut taxes for farmers and raise wages in the region."
    assert _content(text, "taxes") == "to cut taxes for farmers and raise wages in the region"


def test_a_that_clause_inside_the_infinitive_keeps_its_verbs():
    text = "The governor vowed to make sure that the bridge was repaired and reopened by May."
    assert _content(text, "bridge") == (
        "to make sure that the bridge was repaired and reopened by May"
    )
