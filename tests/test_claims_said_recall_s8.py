"""Recall of "SUBJECT <cue> CLAUSE" without "that" (session 8): subjects the cue family
used to refuse although the report is plain, and the look-alikes that must still give
no claim or no speaker. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims

from .claims_helpers import claims_with, one_claim


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker_mention) for c in extract_claims(text)]


# -- a noun with its article before any cue, when an object follows --


def test_a_determined_noun_before_noted_is_a_speaker():
    text = "The brochure noted prices would keep rising through the winter."
    claim = one_claim(text, "prices would keep rising")
    assert claim.speaker_mention == "The brochure"


def test_a_document_that_accuses_someone_is_a_speaker():
    text = "The indictment accuses the former mayor of hiding money in Cyprus."
    claim = one_claim(text, "the former mayor of hiding money")
    assert claim.speaker_mention == "The indictment"


def test_a_noun_in_apposition_with_a_participle_is_no_speaker():
    text = (
        "Officials froze the deal last year, a decision criticized by the opposition "
        "as a gift to the mining companies."
    )
    assert claims_with(text, "the opposition") == []


def test_a_noun_before_threatened_to_is_no_speaker():
    text = "The looming strike threatened to halt exports for a month."
    assert extract_claims(text) == []


def test_a_noun_after_the_content_with_no_report_is_no_speaker():
    text = (
        'When the mayor spoke about the strike and said he would "protect our miners," '
        "the audience applauded loudly."
    )
    assert _said(text) == [('he would "protect our miners,"', "the mayor")]


# -- words beside the subject that are not part of it --


def test_even_before_the_subject_is_not_part_of_it():
    text = "Even the factory director said the new quotas could not be met."
    assert _said(text) == [("the new quotas could not be met", "the factory director")]


def test_however_after_a_name_is_not_part_of_it():
    text = "Kowalski however said the border crossing would stay open over the holidays."
    claim = one_claim(text, "the border crossing would stay open")
    assert claim.speaker_mention == "Kowalski"


def test_a_time_phrase_after_the_subject_is_not_part_of_it():
    text = "The union's lawyers last week said the dismissals broke the labour code."
    claim = one_claim(text, "the dismissals broke the labour code")
    assert claim.speaker_mention == "The union's lawyers"


def test_a_participle_keeps_its_time_phrase():
    text = "A survey conducted last week found that most farmers expect a poor harvest."
    claim = one_claim(text, "most farmers expect a poor harvest")
    assert claim.speaker_mention == "A survey conducted last week"


def test_even_after_opens_a_subordinate_clause_not_a_subject():
    text = (
        "His standing, even after he criticized the old party leadership, shows how far "
        "the mood has shifted."
    )
    assert claims_with(text, "the old party leadership") == []


# -- a role, then a name in apposition, then the cue --


def test_a_role_then_a_name_between_commas_speaks():
    text = "Another analyst, Katsiaryna Novik of the Minsk Institute, said the rouble would fall."
    claim = one_claim(text, "the rouble would fall")
    assert claim.speaker_mention == "Katsiaryna Novik of the Minsk Institute"


def test_a_possessive_role_then_a_name_speaks():
    text = "Lukashenko's pollster, Pavel Lis, says the bridge will reopen in May."
    claim = one_claim(text, "the bridge will reopen in May")
    assert claim.speaker_mention == "Pavel Lis"


def test_even_before_a_name_with_an_appositive_is_not_part_of_it():
    text = "Even Nowak, a longtime ally of the mayor, said the budget was out of control."
    claim = one_claim(text, "the budget was out of control")
    assert claim.speaker_mention == "Nowak"


def test_a_place_before_who_said_is_no_speaker():
    text = (
        "The protest was peaceful, said Ivan Zhuk, a teacher from Lida, Grodno Region, "
        "who said he had marched with his students."
    )
    assert all(c.speaker_mention != "Grodno Region" for c in extract_claims(text))


# -- reported clauses without "that" the content gate used to refuse --


def test_a_contracted_pronoun_opens_the_reported_clause():
    text = "Asked about the strike, the governor said he’s not worried."
    claim = one_claim(text, "not worried")
    assert (claim.text, claim.speaker_mention) == ("he’s not worried", "the governor")


def test_a_contracted_pronoun_after_suggested_opens_a_clause():
    text = "Several deputies suggested she'd resign before the end of the session."
    claim = one_claim(text, "resign before the end")
    assert claim.speaker_mention == "Several deputies"


def test_a_negated_auxiliary_ends_the_subject():
    text = "The auditor noted the ministry hadn’t published its accounts for two years."
    claim = one_claim(text, "the ministry hadn’t published")
    assert claim.speaker_mention == "The auditor"


def test_a_country_name_ending_in_states_is_no_cue_in_the_clause():
    text = "Tsikhanouskaya suggested the United States should widen the sanctions."
    claim = one_claim(text, "the United States should widen the sanctions")
    assert claim.speaker_mention == "Tsikhanouskaya"


def test_a_noun_object_after_announced_is_still_no_clause():
    text = "The company announced its plans for a new plant in Brest."
    assert extract_claims(text) == []


def test_a_past_verb_after_a_short_subject_opens_a_clause():
    text = "The state news agency reported the convoy reached Minsk before dawn."
    claim = one_claim(text, "the convoy reached Minsk")
    assert claim.speaker_mention == "The state news agency"


def test_a_present_verb_after_a_short_subject_opens_a_clause():
    text = "Sviridov noted the bank holds most of its reserves in yuan."
    claim = one_claim(text, "the bank holds most of its reserves")
    assert claim.speaker_mention == "Sviridov"


def test_a_gerund_before_a_plural_is_no_subject():
    text = "In 2019 the economist warned the bank against buying bonds, without success."
    assert claims_with(text, "buying bonds") == []


# -- the subject of a first verb speaks through a second one --


def test_an_adverb_between_the_subject_and_its_first_verb():
    text = (
        "She also criticised the new tax on small shops and said it would push traders "
        "into the shadow economy."
    )
    claim = one_claim(text, "it would push traders")
    assert claim.speaker_mention == "She"


def test_an_adverb_before_a_participle_cue():
    text = "He also visited the border crossing, saying the queues had become shorter."
    claim = one_claim(text, "the queues had become shorter")
    assert claim.speaker_mention == "He"


def test_an_adverb_before_a_verb_that_is_no_report_gives_no_claim():
    text = "The plan also angered farmers, prompting protests in Brest and Grodno."
    assert extract_claims(text) == []


def test_the_subject_speaks_through_by_saying():
    text = "The rector calmed the students by saying the exams would not be moved."
    claim = one_claim(text, "the exams would not be moved")
    assert claim.speaker_mention == "The rector"


def test_the_subject_speaks_through_before_explaining():
    text = "Kasperovich thanked the volunteers before explaining that the shelter had closed."
    claim = one_claim(text, "the shelter had closed")
    assert claim.speaker_mention == "Kasperovich"


def test_by_with_a_participle_that_is_no_report_gives_no_claim():
    text = "The council saved money by closing two libraries in the old town."
    assert extract_claims(text) == []


# -- the subject after a subordinator, before any cue with its object --


def test_the_subject_after_as_speaks_through_urges():
    text = "The opposition leader toured Grodno on Sunday as he urges voters to boycott the poll."
    claim = one_claim(text, "voters to boycott the poll")
    assert claim.speaker_mention == "he"


def test_the_subject_after_when_speaks_through_revealed():
    text = "The session ended abruptly when the minister revealed the plant would close in March."
    claim = one_claim(text, "the plant would close in March")
    assert claim.speaker_mention == "the minister"


def test_a_condition_before_a_cue_is_no_report():
    text = "Aides studied what would happen if their candidate announced a boycott of the vote."
    assert extract_claims(text) == []


# -- shares of the people polled --


def test_at_least_half_of_voters_is_a_speaker():
    text = "At least half of voters in each region say the economy is getting worse."
    claim = one_claim(text, "the economy is getting worse")
    assert claim.speaker_mention == "At least half of voters in each region"


def test_majorities_in_all_regions_is_a_speaker():
    text = "But majorities in all six regions say they want the border reopened."
    claim = one_claim(text, "they want the border reopened")
    assert claim.speaker_mention == "majorities in all six regions"


def test_at_least_alone_is_no_share():
    text = "At least some of the cash said to be missing was later found in a safe."
    assert all(c.speaker_mention != "At least some of the cash" for c in extract_claims(text))


# -- "these" / "those" before people, and bare plurals in a parenthesis --


def test_these_people_is_a_speaker():
    text = "The mayor, these people said, would be open to a second vote."
    claim = one_claim(text, "would be open to a second vote")
    assert claim.speaker_mention == "these people"


def test_those_with_a_capitalised_group_is_a_speaker():
    text = "Those Greens have blamed the new quota for the rise in food prices."
    claim = one_claim(text, "the new quota for the rise")
    assert claim.speaker_mention == "Those Greens"


def test_these_days_before_the_speaker_is_no_speaker():
    text = "These days, officials say the border is calm."
    assert _said(text) == [("the border is calm", "officials")]


def test_a_bare_plural_in_a_parenthesis_is_a_speaker():
    text = "To win the vote, strategists said, the party must court the farmers."
    claim = one_claim(text, "the party must court the farmers")
    assert claim.speaker_mention == "strategists"


def test_a_bare_plural_before_would_add_is_no_speaker():
    text = "Over ten years, deficits would add up to a trillion roubles more than planned."
    assert extract_claims(text) == []


def test_another_alone_is_a_speaker():
    text = "One adviser says the talks will fail, while another says the deal is close."
    claim = one_claim(text, "the deal is close")
    assert claim.speaker_mention == "another"


def test_most_alone_is_a_speaker():
    text = "Nine in ten farmers were worried about the harvest; most said they would sell early."
    claim = one_claim(text, "they would sell early")
    assert claim.speaker_mention == "most"


def test_both_alone_saying_nothing_gives_no_claim():
    text = "The two rivals met in Minsk, and both said nothing about the vote."
    assert extract_claims(text) == []


# -- any participle with its object after a main clause and a comma --


def test_the_subject_speaks_through_a_participle_with_an_object():
    text = (
        "The minister defended the budget on Tuesday, criticizing the opposition for its silence."
    )
    claim = one_claim(text, "the opposition for its silence")
    assert claim.speaker_mention == "The minister"


def test_a_participle_with_a_preposition_after_it_is_no_report():
    text = "The deputy sat quietly at the back of the hall, applauding along with the audience."
    assert extract_claims(text) == []


# -- a document the subject put out, then a participle --


def test_a_statement_saying_reports_its_issuer():
    text = "The embassy issued a statement on Friday saying the consulate would stay open."
    claim = one_claim(text, "the consulate would stay open")
    assert claim.speaker_mention == "The embassy"


def test_quoted_as_saying_gives_the_person_quoted_not_the_publisher():
    # PolNeAR credits the publisher; a reader tracking what the aide is reported to have
    # said needs the aide (the publisher only relayed it), as with "X was quoted by Y"
    text = "The newspaper quoted a senior aide as saying the reshuffle was already agreed."
    claim = one_claim(text, "the reshuffle was already agreed")
    assert claim.speaker_mention == "a senior aide"


def test_a_participle_after_another_subject_is_not_the_first_subjects():
    text = "The meeting went ahead as the deputies issued a statement urging the speaker to quit."
    assert all(c.speaker_mention != "The meeting" for c in extract_claims(text))


def test_a_second_participle_after_and_has_the_same_speaker():
    text = (
        "The mayor defended the plan, praising the builders and warning that the "
        "bridge would close for a year."
    )
    claim = one_claim(text, "the bridge would close for a year")
    assert claim.speaker_mention == "The mayor"


# -- a name, then its role between commas: the name speaks, not the role --


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tim Crawford, Group Economist at Halifax, said the housing stock kept growing.",
            "Tim Crawford",
        ),
        ("But Tony Banks, Labour MP for West Ham, said the issue would soon fade.", "Tony Banks"),
        (
            "Peter Hain, Leader of the Commons, told the BBC that the stance put lives at risk.",
            "Peter Hain",
        ),
    ],
)
def test_a_name_before_its_role_in_commas_speaks(text, speaker):
    (claim,) = extract_claims(text)
    assert claim.speaker_mention == speaker


# -- look-alikes met on news the rules were not written against: no speaker made up --


@pytest.mark.parametrize(
    "text",
    [
        # a gerund phrase after "after" is no subject, "criticise" an infinitive
        "The blogger was arrested after using his site to criticise the arrest of others.",
        # "touts" is a noun after a lone quantifier
        "Some fans came early while some touts simply offered to forge the bills.",
        # "Even" opens a preposition phrase, not the subject
        "Even without new rules the commission does urge parties to seek small donations.",
    ],
)
def test_no_speaker_is_made_of_a_gerund_a_quantifier_or_a_preposition_phrase(text):
    assert extract_claims(text) == []


def test_an_adverb_ending_in_s_is_no_bare_plural_of_people():
    text = (
        "The singer, having gained just 5% of the public vote, afterwards said: "
        '"I am so happy to be out."'
    )
    assert [c.speaker_mention for c in extract_claims(text)] == [None]


def test_a_noun_in_ing_inside_the_subject_after_after_still_speaks():
    text = "Shares fell after the mining group reported losses had deepened again."
    assert [c.speaker_mention for c in extract_claims(text)] == ["the mining group"]


def test_the_clause_after_a_subordinator_holds_the_speaker_even_when_np_ok_passes():
    text = "A few weeks after Lukashenko announced that the border would stay shut, trade fell."
    assert [c.speaker_mention for c in extract_claims(text)] == ["Lukashenko"]
