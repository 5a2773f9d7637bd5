"""Speakers a reader plainly knows but the resolver left unnamed (session 14): an office
named without a name ("The minister said") right after the person the narration is
about, and the distractors that must keep it unnamed."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "X did Y. The prime minister said ...": the office means the person just named ----
def test_office_after_a_person_never_given_it_names_that_person():
    text = (
        "Inga Ruginiene criticised Minsk on Monday over the smuggling balloons. "
        "The prime minister said the border crossings would stay closed."
    )
    c = one_claim(text, "crossings would stay closed")
    assert c.speaker == "Inga Ruginiene"
    assert c.speaker_mention == "The prime minister"


def test_office_names_the_person_a_few_sentences_back_and_pronouns_follow():
    text = (
        "Anna Kanopatskaya visited a textile plant in Vitebsk on Tuesday. "
        "Workers there had not been paid since the spring. "
        "The minister told the managers that the wages would be paid within a week. "
        "“Nobody will be left without money,” she said."
    )
    assert one_claim(text, "wages would be paid").speaker == "Anna Kanopatskaya"
    assert one_claim(text, "Nobody will be left").speaker == "Anna Kanopatskaya"


def test_office_after_a_body_and_a_person_whose_name_runs_on_from_it():
    # "the Minsk Dialogue Council Mr Ryzhenkov": the honorific starts a person
    text = (
        "Maxim Ryzhenkov arrived in Vienna for the talks. "
        "In a speech to the Minsk Dialogue Council Mr Ryzhenkov said sanctions had failed. "
        "The minister told reporters the door to talks remained open."
    )
    assert one_claim(text, "door to talks remained open").speaker == "Maxim Ryzhenkov"


def test_person_after_a_body_name_is_seen_so_an_earlier_one_is_not_taken():
    # unseen, Mr Ryzhenkov would leave Latushko as the last person named
    text = (
        "Pavel Latushko criticised the talks on Sunday. "
        "In a speech to the Minsk Dialogue Council Mr Ryzhenkov spoke of sanctions at length. "
        "The minister told reporters the door to talks remained open."
    )
    assert one_claim(text, "door to talks remained open").speaker == "the minister"


# -- distractors: the office stays as written ------------------------------------------
def test_office_after_two_people_stays_unnamed():
    text = (
        "Maxim Ryzhenkov met Wang Yi in Beijing on Monday. "
        "The minister said the talks had been useful."
    )
    assert one_claim(text, "talks had been useful").speaker == "the minister"


def test_office_after_a_deputy_stays_unnamed():
    text = (
        "Deputy Foreign Minister Igor Sekreta arrived in Beijing on Monday. "
        "The minister said the talks had been useful."
    )
    assert one_claim(text, "talks had been useful").speaker == "the minister"


def test_shadow_office_is_not_the_person_called_by_the_office():
    text = (
        "Rachel Reeves unveiled the budget on Wednesday. "
        "The chancellor said the economy had turned a corner. "
        "The shadow chancellor said the figures did not add up."
    )
    assert one_claim(text, "turned a corner").speaker == "Rachel Reeves"
    assert one_claim(text, "did not add up").speaker == "the shadow chancellor"


def test_former_or_qualified_office_stays_unnamed():
    for office in ("The former minister", "The minister for trade"):
        text = f"Maxim Ryzhenkov arrived in Beijing. {office} said the talks had been useful."
        assert one_claim(text, "talks had been useful").speaker == office[0].lower() + office[1:]


def test_office_after_an_unnamed_speaker_stays_unnamed():
    text = (
        "A ministry spokesman said Maxim Ryzhenkov would travel to Beijing. "
        "The minister said the talks had been useful."
    )
    assert one_claim(text, "talks had been useful").speaker == "the minister"


def test_office_with_another_roleless_person_named_before_stays_unnamed():
    text = (
        "Pavel Latushko was joined by Franak Viacorka at a rally in Warsaw. "
        "Mr Viacorka said the exiles would not go home yet. "
        "The minister said the opposition would keep campaigning."
    )
    assert one_claim(text, "keep campaigning").speaker == "the minister"


def test_office_after_someone_with_another_role_stays_unnamed():
    text = (
        "Opposition activist Pavel Latushko arrived in Vilnius on Monday. "
        "The minister said the talks had been useful."
    )
    assert one_claim(text, "talks had been useful").speaker == "the minister"


# -- "X said Y's ..." then "“...,” he said": X, whose name shows no gender, goes on -----
def test_pronoun_after_a_speaker_of_unknown_gender_who_named_a_man_in_the_content():
    text = (
        "Analyst Kim Kovalchuk said Viktar Babaryka's new sentence showed the courts "
        "were not independent. “Nobody in Minsk expected anything else,” he said."
    )
    assert one_claim(text, "Nobody in Minsk").speaker == "Kim Kovalchuk"


def test_pronoun_stays_unnamed_when_the_other_man_opens_his_own_clause():
    text = (
        "Kim Kovalchuk said it was unfair but Viktar Babaryka disagreed. "
        "“Nobody in Minsk expected anything else,” he said."
    )
    assert one_claim(text, "Nobody in Minsk").speaker is None


# -- "An all-party committee said ... It blamed ...": an unnamed body is still "it" ---
def test_it_after_an_unnamed_body_that_spoke_means_that_body():
    text = (
        "A parliamentary commission said it was not sure the schools would be ready. "
        "It blamed the education ministry for a lack of planning."
    )
    assert one_claim(text, "lack of planning").speaker == "a parliamentary commission"


# -- "... by the Conservatives. The party says ...": the one party just named ----------
def test_the_party_after_one_party_named_means_that_party():
    text = (
        "Farmers near the Belarusian border were promised compensation by the "
        "Conservatives on Monday. The party says the closures have cost them a harvest."
    )
    assert one_claim(text, "cost them a harvest").speaker == "the Conservatives"


def test_the_party_after_two_parties_or_a_party_adjective_stays_unnamed():
    for first in (
        "The Conservatives and the Liberals met farmers on Monday.",
        "Conservative leader Ingrida Simonyte met farmers on Monday.",
    ):
        text = f"{first} The party says the closures have cost them a harvest."
        assert one_claim(text, "cost them a harvest").speaker == "the party"


# -- "Belarus's foreign ministry summoned ... The ministry said": the body just named --
def test_the_ministry_after_one_lower_case_ministry_means_that_ministry():
    text = (
        "Belarus's foreign ministry summoned the Lithuanian envoy on Tuesday. "
        "The ministry said the balloons had violated Belarusian airspace."
    )
    assert one_claim(text, "balloons had violated").speaker == "Belarus's foreign ministry"


def test_the_ministry_after_two_ministries_stays_unnamed():
    text = (
        "Belarus's foreign ministry and Lithuania's interior ministry traded notes. "
        "The ministry said the balloons had violated Belarusian airspace."
    )
    assert one_claim(text, "balloons had violated").speaker == "the ministry"


# -- a former holder is not "the minister", but is "the former (foreign) minister" -----
def test_former_holder_is_not_the_office_but_is_the_former_office():
    first = "Former foreign minister Uladzimir Makei was named in the report. "
    rest = " said the report was a forgery."
    assert one_claim(first + "The minister" + rest, "forgery").speaker == "the minister"
    for office in ("The former minister", "The former foreign minister"):
        assert one_claim(first + office + rest, "forgery").speaker == "Uladzimir Makei"
