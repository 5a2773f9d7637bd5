"""Round 15: where reported content ends when the writer goes on. Speech reported in
an aside after the sentence's subject ("X, who said A, met Y") ends where the main
clause comes back; what the speaker did not tell ("without providing evidence",
"though she did not discuss ...") is the writer's report, not the speaker's words."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import only


# -- an aside that reports speech closes before the main clause's verb ------------------
def test_a_relative_aside_ends_before_the_main_verb():
    claim = only("Tsikhanouskaya, who said the sanctions must stay, met the German chancellor.")
    assert claim.text == "the sanctions must stay"
    assert claim.speaker == "Sviatlana Tsikhanouskaya"


def test_a_relative_aside_ends_before_an_auxiliary():
    claim = only("Lukashenko, who has said he will not step down, is expected to run again.")
    assert claim.text == "he will not step down"


def test_a_relative_aside_ends_before_an_adverb_and_a_past_tense():
    claim = only(
        "The opposition leader, who told reporters the vote was rigged, later moved abroad."
    )
    assert claim.text == "the vote was rigged"


def test_a_concessive_aside_ends_before_the_main_verb():
    claim = only(
        "Lukashenko, though he praised the farmers and said Belarus would feed itself, "
        "notably stopped short of promising higher prices."
    )
    assert claim.text == "Belarus would feed itself"


def test_a_list_inside_the_aside_stays_in_the_content():
    # ", Lithuania and Latvia": the list goes on inside the content; the main verb comes
    # back only after the last comma
    claim = only(
        "Tsikhanouskaya, who said the border with Poland, Lithuania and Latvia must stay open, "
        "met the German chancellor."
    )
    assert claim.text == "the border with Poland, Lithuania and Latvia must stay open"


def test_an_aside_that_closes_the_sentence_keeps_its_content():
    claim = only(
        "The talks were led by Makei, who said the sides had agreed on trade, energy and visas."
    )
    assert claim.text == "the sides had agreed on trade, energy and visas"


# -- what the speaker did not tell is the writer's report -------------------------------
def test_without_providing_evidence_is_the_writers_note():
    claim = only("Lukashenko said the West was plotting a coup, without providing evidence.")
    assert claim.text == "the West was plotting a coup"


def test_without_offering_any_proof_with_no_comma():
    claim = only("Lukashenko claimed the West was plotting a coup without offering any proof.")
    assert claim.text == "the West was plotting a coup"


def test_without_saying_where_after_a_comma():
    claim = only("The ministry said 40 people were detained, without saying where.")
    assert claim.text == "40 people were detained"


def test_a_concession_that_the_speaker_did_not_discuss_is_the_writers():
    claim = only(
        "The spokesman said all detainees had lawyers, though he did not discuss their terms."
    )
    assert claim.text == "all detainees had lawyers"


def test_though_she_offered_no_figures_is_the_writers():
    claim = only(
        "Kalesnikava's sister said the prison had cut her visits, though she offered no dates."
    )
    assert claim.text == "the prison had cut her visits"


def test_without_and_an_act_that_is_no_telling_stays_in_the_claim():
    # crossing without a passport is what he said he would do
    claim = only("He said he would cross the border without showing his passport.")
    assert claim.text == "he would cross the border without showing his passport"


def test_a_concession_of_the_speakers_own_stays():
    claim = only("Makei said the talks went well, although the sides still disagree on trade.")
    assert claim.text == "the talks went well, although the sides still disagree on trade"


# -- a retort: "shot back", "hit back" ---------------------------------------------------
def test_shot_back_before_a_quote_is_a_verb_of_saying():
    claim = only("Tsikhanouskaya shot back, “He is afraid of his own people.”")
    assert claim.speaker == "Sviatlana Tsikhanouskaya"
    assert claim.text == "“He is afraid of his own people.”"


def test_a_retort_after_an_opening_clause_is_the_retorting_persons():
    # the quote was given to Lukashenko, who criticized, not to the one who shot back
    claims = extract_claims(
        "After Lukashenko criticized Poland during the meeting, "
        "Tsikhanouskaya shot back, “He is afraid of his own people.”"
    )
    quote = [c for c in claims if c.kind == "direct"]
    assert [c.speaker for c in quote] == ["Sviatlana Tsikhanouskaya"]


def test_a_colon_retort_after_an_opening_clause_is_the_retorting_persons():
    claim = only("When Lukashenko criticized Poland, Tsikhanouskaya fired back: “He is afraid.”")
    assert claim.speaker == "Sviatlana Tsikhanouskaya"
    assert claim.text == "“He is afraid.”"


def test_an_appositive_with_a_possessive_before_the_quote_is_no_clause():
    # "Belarus's state agency" is the agency's description, not a subject and its verb
    claim = only("Lukashenko told Belta, Belarus's state agency, “We will not give up.”")
    assert claim.speaker == "Alexander Lukashenko"


def test_a_list_of_names_after_an_opening_criticism_stays_its_object():
    claims = extract_claims(
        "When Lukashenko criticized Poland, Lithuania and Latvia for the drills, the EU said nothing."
    )
    assert [c.text for c in claims] == ["Poland, Lithuania and Latvia for the drills"]


# -- a three-word clause whose past tense ends the sentence ------------------------------
def test_a_short_clause_ending_in_a_past_tense_is_a_claim():
    claim = only("Shraibman said the sanctions failed.")
    assert claim.text == "the sanctions failed"


def test_a_noun_in_plural_at_the_end_is_no_clause():
    # "the new sanctions" is a noun phrase, not a subject and its verb
    assert extract_claims("He signed the new sanctions.") == []
    assert extract_claims("He said the new sanctions.") == []


# -- a surname takes the full name even when the sentence opens before it -----------------
def test_a_surname_takes_the_full_name_after_but():
    claims = extract_claims(
        'But Artyom Shraibman, an analyst, said the rhetoric worked well. "He needs an enemy," '
        "Shraibman said."
    )
    assert [c.speaker for c in claims] == ["Artyom Shraibman", "Artyom Shraibman"]
    assert claims[1].speaker_mention == "Shraibman"


def test_a_surname_takes_the_full_name_after_an_outlets_possessive():
    claims = extract_claims(
        "But Radio Svaboda's Ihar Ilyash reported from the court. Ilyash said the verdict took five minutes."
    )
    assert claims[-1].speaker == "Ihar Ilyash"


# -- "Will" as a given name, and as the modal that asks ----------------------------------
def test_will_before_a_surname_is_a_given_name_after_the_quote():
    claim = only('"The queue is ten kilometres long," said Will Vernon, the BBC correspondent.')
    assert claim.speaker == "Will Vernon"


def test_will_before_a_surname_is_a_given_name_before_the_cue():
    claim = only("Will Vernon reported that the border had been closed overnight.")
    assert claim.speaker == "Will Vernon"
    assert claim.text == "the border had been closed overnight"


def test_a_question_opened_by_will_is_no_claim():
    # what Lukashenko may admit is the writer's question, not his claim
    assert extract_claims("Will Lukashenko admit that the vote was rigged?") == []
    assert extract_claims("Could the ministry confirm that the border is closed?") == []


# -- a full name after a title that is no speaker phrase --------------------------------
def test_a_full_name_after_a_title_with_a_function_word_speaks_the_quote():
    # "Belsat This Week co-host": a title no speaker phrase can hold ("This")
    claim = only("“The queues are back,” Belsat This Week co-host Ales Lipai said.")
    assert claim.speaker == "Ales Lipai"
    assert claim.text == "“The queues are back,”"


def test_a_preposition_inside_a_bodys_name_keeps_the_person_after_the_role():
    claim = only("“We will keep going,” Fight for Freedom director Nikolai Khalezin said.")
    assert claim.speaker == "Nikolai Khalezin"
    assert claim.speaker_mention == "Fight for Freedom director Nikolai Khalezin"


def test_a_lawyer_for_a_person_is_not_that_person():
    claim = only("“He is innocent,” a lawyer for Nikolai Khalezin said.")
    assert claim.speaker != "Nikolai Khalezin"


# -- the people told may have a relative clause of their own -----------------------------
def test_a_relative_clause_on_the_people_told_keeps_the_quote():
    claim = only(
        "Tsikhanouskaya told the mayors who gathered in Vilnius, “Nobody should doubt us.”"
    )
    assert claim.speaker == "Sviatlana Tsikhanouskaya"
    assert claim.text == "“Nobody should doubt us.”"


# -- British single quotes read as double ones do ----------------------------------------
def test_a_single_quote_before_an_appositive_speaker_keeps_its_marks():
    claim = only(
        "'We have found new markets,' Ivan Golovaty, the director general, told state television."
    )
    assert claim.text == "'We have found new markets,'"
    assert claim.kind == "direct"


def test_a_single_quote_split_by_its_attribution_is_direct():
    claim = only("'The volumes are back,' she told reporters. 'Every tonne now pays a toll.'")
    assert claim.kind == "direct"
    assert claim.text.endswith("'Every tonne now pays a toll.'")


# -- a participle of manner after "said," is no content ----------------------------------
def test_said_and_a_participle_of_manner_is_no_claim():
    assert extract_claims("Lukashenko said, smiling at the crowd.") == []


def test_the_content_after_a_participle_aside_and_that():
    claim = only("The minister said, pointing to the map, that the border would stay closed.")
    assert claim.text == "the border would stay closed"


def test_the_content_after_adding_that():
    claim = only("Makei said, adding that nothing would change.")
    assert claim.text == "nothing would change"


def test_the_content_after_a_participle_aside_without_that():
    claim = only("Lukashenko said, speaking at a meeting in Minsk, the harvest was a record.")
    assert claim.text == "the harvest was a record"


def test_a_gerund_subject_after_said_stays_the_content():
    claim = only("Tsikhanouskaya said, winning the sanctions fight is the hardest task of all.")
    assert claim.text == "winning the sanctions fight is the hardest task of all"


def test_a_participle_with_its_own_that_clause_is_not_a_gerund_subject():
    claims = extract_claims("Makei has denied this, telling French media that there is no plan.")
    assert [c.text for c in claims] == ["there is no plan"]


# -- "warned of" + what he warned of -------------------------------------------------------
def test_warned_of_gives_what_was_warned_of():
    claim = only("Lukashenko warned of a provocation on the Polish border.")
    assert claim.text == "a provocation on the Polish border"
    assert claim.speaker == "Alexander Lukashenko"


def test_warned_of_keeps_an_opening_quote_mark():
    claim = only("Lukashenko warned of “a third world war” if Nato troops entered Ukraine.")
    assert claim.text == "“a third world war” if Nato troops entered Ukraine"
    assert claim.kind == "mixed"


def test_a_headline_that_warns_of_gives_what_is_warned_of():
    claims = extract_claims("Tsikhanouskaya Warns Of New Arrests Before The Vote")
    assert [c.text for c in claims] == ["New Arrests Before The Vote"]


# -- one body, one name ---------------------------------------------------------------------
def test_a_body_after_its_description_is_named_as_itself():
    claims = extract_claims(
        "The human rights group Viasna said 30 people were detained. "
        "Viasna said the trial was closed."
    )
    assert [c.speaker for c in claims] == ["Viasna", "Viasna"]
    assert claims[0].speaker_mention == "The human rights group Viasna"


def test_a_person_after_a_role_is_not_read_as_a_body():
    claim = only("The opposition leader Sviatlana Tsikhanouskaya said the vote was rigged.")
    assert claim.speaker == "Sviatlana Tsikhanouskaya"


# -- a person known by a given name alone -------------------------------------------------
PAVEL = (
    "A man we will call Pavel returned to Belarus to bury his father. Pavel told us that "
    "he refused the offer. The commission's chairman, Andrei Shved, said that no one who "
    "comes back honestly has anything to fear. Asked whether he regretted going back, "
    "Pavel paused. “My father would have wanted me there,” he said."
)


def test_he_after_a_man_known_by_his_given_name_is_not_the_man_before():
    # the quote was given to Andrei Shved, the man named before Pavel; Pavel, or nobody
    claim = next(c for c in extract_claims(PAVEL) if "My father" in c.text)
    assert claim.speaker in (None, "Pavel")


def test_a_country_that_spoke_holds_no_office():
    text = (
        "Poland says it will keep Belarus border crossings closed\n\n"
        "Poland will keep its crossings with Belarus closed for the foreseeable future, "
        "the interior minister has announced."
    )
    claim = next(c for c in extract_claims(text) if c.speaker_mention == "the interior minister")
    assert claim.speaker != "Poland"
