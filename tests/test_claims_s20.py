"""Round 20: quotes handed over by a colon without a speech verb ("was unequivocal in its
findings:", "put it more sharply:", "had this to say about the talks:", "is shown
telling officials:"), and what must stay no claim next to them."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims

from .claims_helpers import one_claim, only


# -- a colon after how the speaker put it ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The electoral commission was unequivocal in its findings: “The count in "
            "Hrodna was neither free nor fair.”",
            "the electoral commission",
        ),
        (
            "The supreme court was brief in its ruling: “The conviction of the two "
            "journalists stands.”",
            "the supreme court",
        ),
        (
            "But Andrei Sannikov was far more cautious: “Nobody should expect miracles "
            "from a single meeting in Vilnius.”",
            "Andrei Sannikov",
        ),
    ],
)
def test_a_manner_placed_in_a_ruling_or_after_far_more_hands_over_the_quote(text, speaker):
    claim = only(text)
    assert (claim.kind, claim.speaker) == ("direct", speaker)


def test_put_it_hands_the_quote_to_the_subject():
    claim = only("The Coordination Council put it more sharply: “This is a show trial.”")
    assert claim.speaker == "the Coordination Council"
    assert claim.cue == "put it"


def test_had_this_to_say_about_a_topic_hands_the_quote_to_the_subject():
    claim = only(
        "Pavel Latushko had this to say about the border talks: “Nothing will change "
        "while the prisoners stay behind bars.”"
    )
    assert (claim.speaker, claim.cue) == ("Pavel Latushko", "had this to say")


def test_footage_of_someone_speaking_hands_the_quote_to_them():
    claim = only(
        "In the clip, Viktar Babaryka is shown telling his lawyers: “I will not sign "
        "anything they put in front of me.”"
    )
    assert (claim.speaker, claim.cue) == ("Viktar Babaryka", "telling")


@pytest.mark.parametrize(
    "text",
    [
        # being seen somewhere is no speaking: only "seen saying / telling" is
        "The foreign minister was seen at the airport: “The talks are over and nobody "
        "is coming back to the table.”",
        # a copula and a noun phrase is no manner either
        "The result was a clear message: “The regime is afraid of its own people.”",
    ],
)
def test_colon_quotes_after_a_thing_done_stay_no_claim_of_the_subject(text):
    named = {c.speaker.lower() for c in extract_claims(text) if c.speaker}
    assert not named & {"the foreign minister", "the result"}, named


# -- a phrase with a phrase inside after "said" / "told" ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The border crossings will reopen in January, the foreign minister said after a "
        "meeting with his Polish counterpart.",
        "The border crossings will reopen in January, the foreign minister told reporters "
        "at a news conference with the Lithuanian prime minister.",
        "The border crossings will reopen in January, the foreign minister said in talks "
        "on the future of the border.",
    ],
)
def test_an_attribution_ending_in_a_phrase_within_a_phrase_still_attributes(text):
    claim = only(text)
    assert claim.speaker == "the foreign minister"
    assert claim.text == "The border crossings will reopen in January"


def test_an_acronym_in_brackets_belongs_to_the_phrase_of_an_aside_attribution():
    text = (
        "The task of the opposition now, she said in a speech at the European Parliament "
        "(EP), was to keep the prisoners on the agenda."
    )
    claim = only(text)
    assert claim.text.startswith("The task of the opposition now")
    assert claim.text.endswith("keep the prisoners on the agenda")


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # "hinted at X on 16 March" holds the verb's object: the words before the comma
        # are a description of the subject, not what he hinted
        (
            "Long one of the president's closest aides, Uladzimir Makei hinted at a "
            "change of course on 16 March.",
            "Uladzimir Makei",
        ),
        # "recommended replacing A with B in C": no inverted speaker "replacing A"
        (
            "The former head of the exams board Mr Kuzmich, 61, has recommended replacing "
            "the old tests with a new diploma in a shake-up of the schools.",
            "replacing the old tests",
        ),
    ],
)
def test_a_verbs_object_with_phrases_is_no_attribution_tail(text, not_speaker):
    assert not_speaker not in {c.speaker for c in extract_claims(text)}, extract_claims(text)


# -- a plural subject with the present tense: "Officials insist the drills are ..." ----------
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Officials in Minsk insist the drills are purely defensive.",
            "Officials in Minsk",
            "insist",
        ),
        (
            "Economists at the central bank predict the rouble will fall again in spring.",
            "Economists at the central bank",
            "predict",
        ),
        ("Lithuania and Poland argue the fence has cut crossings by half.", None, "argue"),
        ("Critics claim the amnesty has freed fewer than forty people.", "Critics", "claim"),
    ],
)
def test_a_plural_subject_reports_a_bare_clause_in_the_present(text, speaker, cue):
    claim = only(text)
    assert claim.cue == cue
    assert claim.speaker == (speaker or claim.speaker_mention)
    assert claim.text.split()[-1].startswith(("defensive", "spring", "half", "people"))


@pytest.mark.parametrize(
    "text",
    [
        # things shown on a map or a chart say nothing
        "Red circles indicate the camps are full.",
        # a speaker phrase that runs over a clause is no subject
        "The government sees the drills as routine but critics claim the troops are massing.",
        # the base form after "to" is no present tense
        "The ministers plan to insist the drills are defensive.",
    ],
)
def test_a_base_form_after_a_thing_or_a_clause_reports_nothing(text):
    for c in extract_claims(text):
        assert c.speaker not in ("Red circles", "The ministers"), c
        assert "sees" not in (c.speaker or ""), c


# -- a quote paragraph after "“...,” X told the Daily Telegraph." ------------------------------
def test_a_quote_paragraph_goes_on_with_the_speaker_not_the_listener_told():
    text = (
        "Iryna Sauchuk, a former teacher from Brest, said she had only an hour to leave.\n\n"
        "“We took nothing but the children’s papers,” the mother-of-three, who now lives "
        "in Vilnius, told the Daily Telegraph.\n\n"
        "“At the border the guard looked at the papers for a long time, then waved us on.”"
    )
    first, second = (c for c in extract_claims(text) if c.kind == "direct")
    assert first.speaker == "the mother-of-three"
    assert second.speaker == first.speaker


def test_a_quote_paragraph_after_said_club_role_name_goes_to_the_name():
    text = (
        "“Three goals in ten minutes, and the season is over,” said Shakhtyor head coach "
        "Andrei Sidorov.\n\n"
        "“We were the better side for an hour. Then we stopped running, and you cannot "
        "stop against a team like that.”"
    )
    assert [c.speaker for c in extract_claims(text)] == ["Andrei Sidorov", "Andrei Sidorov"]


def test_said_a_body_on_a_day_keeps_the_body_as_the_speaker_of_the_next_quote():
    text = (
        "“We will appeal,” said Dinamo on Friday.\n\n"
        "“The decision was taken without hearing our side, and we think it will not stand.”"
    )
    assert [c.speaker_mention for c in extract_claims(text)] == ["Dinamo", "Dinamo"]


# -- who of a family, courts' people, and an unnamed voice that goes on -----------------------
def test_the_younger_of_a_family_is_no_alias_table_name():
    text = (
        "Eduard Babaryka was freed in September; his father, Viktar Babaryka, a month "
        "later.\n\n“We talked about football first,” the younger Babaryka said."
    )
    claim = one_claim(text, "football")
    assert claim.speaker != "Viktar Babaryka"


@pytest.mark.parametrize("noun", ["defendant", "accountant", "applicant", "plaintiff"])
def test_a_person_by_court_or_trade_with_an_aside_speaks(noun):
    claim = only(f"The {noun}, who spoke through an interpreter, said he never meant any harm.")
    assert claim.speaker == f"the {noun}"


def test_he_after_an_unnamed_persons_claim_is_not_the_lawyer_named_before():
    text = (
        "His lawyer, Pavel Sapelka, argued that the photographs showed only roads.\n\n"
        "In his last word, the defendant, who wore a grey jumper, said he “never meant "
        "any harm.”\n\n"
        "“I have two sons. I did it so that my brother would stay free,” he said."
    )
    last = one_claim(text, "two sons")
    assert last.speaker is None and last.speaker_mention == "he"


def test_he_after_a_reports_claim_still_finds_the_man_named_before():
    text = (
        "Anton Motolko, an economist in Vilnius, presented the paper on Monday. The "
        "economy would shrink by 2% next year, the report concluded. Exports would fall "
        "faster still, he added."
    )
    assert one_claim(text, "Exports").speaker == "Anton Motolko"


# -- when it was said: "said as he received ...", "said while visiting ..." -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Belarus will never become a buffer zone, Lukashenko said as he received the "
        "credentials of eight ambassadors.",
        "Belarus will never become a buffer zone, Lukashenko said while visiting a tractor "
        "plant in Minsk.",
        "Belarus will never become a buffer zone, Lukashenko told the ambassadors as they "
        "presented their credentials.",
        "MINSK, 11 December (BelTA) – Belarus will never become a buffer zone, Lukashenko said.",
    ],
)
def test_a_clause_of_when_it_was_said_is_no_content(text):
    claim = only(text)
    assert claim.speaker == "Alexander Lukashenko"
    assert claim.text == "Belarus will never become a buffer zone"


def test_a_that_clause_after_a_participle_phrase_is_the_content():
    claim = only(
        "Lukashenko said while visiting a tractor plant that Belarus would never become "
        "a buffer zone."
    )
    assert claim.text == "Belarus would never become a buffer zone"


def test_a_quote_after_a_clause_of_when_keeps_the_words_before_out():
    text = (
        "At the end of the day, however, Latushko warned as he introduced his wife, "
        "“Finally we are free to talk about ideas.”"
    )
    assert all("At the end of the day" not in c.text for c in extract_claims(text))


# -- "a charge X says ...", and what was never said -------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "He faces eight years - a charge Ms Sauchuk says stems from a single donation.",
            "Ms Sauchuk",
        ),
        (
            "He read a confession on camera, a practice rights groups say is used to "
            "humiliate prisoners.",
            "rights groups",
        ),
    ],
)
def test_the_noun_a_reduced_relative_hangs_on_is_not_the_speaker(text, speaker):
    assert only(text).speaker == speaker


def test_a_number_of_people_is_still_the_speaker():
    claim = only("A number of investors said the offer undervalued the bank.")
    assert claim.speaker_mention == "A number of investors"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has never confirmed that four diplomats left that year.",
        "Four diplomats left that year, a figure the ministry has not confirmed.",
        "The minister never said that the border would reopen.",
        "Tsikhanouskaya hasn't called for a boycott of the vote.",
    ],
)
def test_a_negated_report_is_no_claim(text):
    assert extract_claims(text) == []


# -- a goal added and a fact-check's rubrics are no claims ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Two goals before half-time turned the tie, and substitute Ivan Bakhar added a "
        "third with ten minutes left.",
        "Bakhar added a second goal late on.",
        "Hrodna added the cup to their league title.",
    ],
)
def test_adding_a_thing_is_no_claim(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Bakhar added the team would recover by spring.", "the team would recover by spring"),
        (
            "The bank added its bid for the Minsk lender, first made in May, was still "
            "being considered by the regulator.",
            "its bid for the Minsk lender",
        ),
    ],
)
def test_adding_a_clause_is_still_a_claim(text, content):
    assert only(text).text.startswith(content)


def test_a_fact_checks_rubrics_are_no_speakers():
    text = (
        "CLAIM: Lithuania has closed every crossing on its border with Belarus.\n\n"
        "VERDICT: False. Two crossings remain open to lorries and buses.\n\n"
        "FACTS: A video shared 4,000 times on Telegram showed a closed gate at "
        "Medininkai. The gate was shut for two hours."
    )
    assert all(c.speaker not in ("CLAIM", "VERDICT", "FACTS") for c in extract_claims(text))


# -- "It comes as X last week boasted on state television that ..." ---------------------------
def test_a_that_clause_after_a_short_phrase_makes_the_subject_a_speaker():
    claim = only(
        "It comes as Lukashenko last week boasted on state television that Belarus was "
        "‘the safest country in Europe’."
    )
    assert claim.speaker == "Alexander Lukashenko"
    assert claim.text.startswith("Belarus was")


def test_a_participle_before_another_nouns_that_is_no_report():
    text = "The border plan rejected on Monday was a proposal that Vilnius made three years ago."
    assert [c for c in extract_claims(text) if c.cue == "rejected"] == []


# -- "Viasna says more than 1,100 people remain ...", "she laughs. “...”" ----------------------
def test_a_figure_of_people_in_the_present_is_a_reported_clause():
    claim = only("The rights group Viasna says more than 1,100 people remain behind bars.")
    assert claim.speaker == "Viasna"
    assert claim.text == "more than 1,100 people remain behind bars"


def test_a_quote_after_she_laughs_is_hers():
    text = (
        "Nina Baginskaya was freed in May.\n\n"
        "Asked whether she would go back to Minsk, she laughs. “Of course. Not today, "
        "not tomorrow. But I will go home.”"
    )
    claim = one_claim(text, "Of course")
    assert (claim.speaker, claim.speaker_mention) == ("Nina Baginskaya", "she")


def test_a_quote_after_the_asked_one_laughed_is_no_askers():
    text = (
        "When I asked a customs officer at the crossing what had changed, he laughed. "
        "“Nothing. The queues are longer and the cigarettes are cheaper.”"
    )
    claim = one_claim(text, "queues")
    assert claim.speaker is None and claim.speaker_mention == "he"


# -- "The Pole said afterwards ...": a nationality for a name ----------------------------------
def test_a_nationality_epithet_is_the_one_person_the_sentence_before_names():
    text = (
        "Iga Swiatek reached her third final of the year. The Pole said afterwards that "
        "she had been tired all week."
    )
    claim = only(text)
    assert (claim.speaker, claim.speaker_mention) == ("Iga Swiatek", "The Pole")
    assert claim.text == "she had been tired all week"


def test_a_nationality_epithet_after_two_people_stays_as_written():
    text = (
        "Aryna Sabalenka beat Iga Swiatek in two sets. The Pole said afterwards that she "
        "had been tired."
    )
    assert only(text).speaker == "the Pole"


# -- a translator's "In his words," and "the center" for a rights centre ----------------------
def test_in_his_words_is_an_according_to():
    text = (
        "Lukashenko met the heads of the security agencies on Monday. In his words, many "
        "of those who left “want to come back but are afraid”."
    )
    claim = one_claim(text, "want to come back")
    assert (claim.speaker, claim.cue, claim.speaker_mention) == (
        "Alexander Lukashenko",
        "In his words",
        "his",
    )
    assert claim.text.startswith("many of those who left")


def test_in_the_words_of_names_its_source():
    claim = only("In the words of Ales Bialiatski, the country has become one large prison.")
    assert (claim.speaker, claim.cue) == ("Ales Bialiatski", "In the words of")


def test_in_her_words_with_no_named_woman_is_unresolved():
    claim = only(
        "The minister spoke for an hour. In her own words, the reform has only just begun."
    )
    assert claim.speaker is None and claim.speaker_mention == "her"


def test_a_centre_named_in_full_is_no_reference_to_the_body_before():
    # "the Center for Responsive Politics" is a name, not "the center" meaning the
    # body named just before it
    text = (
        "The anti-tax group Club for Growth was one of his biggest backers, spending more "
        "than $5 million on the race, according to the Center for Responsive Politics."
    )
    assert one_claim(text, "biggest backers").speaker == "the Center for Responsive Politics"


# -- held6's wrong names: an MP's party tag, a letter's "Sir,", "told its correspondent" -----
@pytest.mark.parametrize(
    "text",
    [
        "Fergus McBride, SNP, said that he had visited Belarus in 1998.",
        "Enter Fergus McBride, SNP, who informed the chamber that he had visited Belarus.",
    ],
)
def test_a_british_mps_party_tag_is_not_the_speaker(text):
    assert only(text).speaker == "Fergus McBride"


@pytest.mark.parametrize(
    "text",
    [
        "Sir, Ales Kruk (Letters, Dec 4) claims that exiles like me have no right to speak.",
        "Sir, Your correspondent (“Minsk bets on patience”, Dec 2) writes that Belarusians "
        "have made their peace with the regime.",
    ],
)
def test_a_letters_salutation_is_no_speaker(text):
    assert all(c.speaker != "Sir" for c in extract_claims(text)), extract_claims(text)


def test_told_its_correspondent_that_is_a_claim_of_the_teller():
    text = (
        "Dmitry Bashko watched the game from the stands. According to Pressball, he told "
        "its correspondent that a good team does not look for excuses."
    )
    claim = one_claim(text, "excuses")
    assert (claim.speaker, claim.cue) == ("Dmitry Bashko", "told")


# -- a newsletter's rubrics in capitals are no transcript -------------------------------------
NEWSLETTER = (
    "BORDER GAMBIT: Kaja Kallas wants a common EU line on the crossings before the summit.\n\n"
    "MEP CORNER: A Latvian MEP is drafting a letter, signed so far by eleven colleagues.\n\n"
    "BIRTHDAYS: Former Council official Heidi Lindqvist; Playbook's own Tomas Ferreira.\n\n"
    "SPOTTED: Two ambassadors sharing a taxi after the reception."
)


def test_rubrics_in_capitals_that_never_come_back_speak_no_claims():
    speakers = {c.speaker for c in extract_claims(NEWSLETTER)}
    assert not speakers & {"BORDER GAMBIT", "MEP CORNER", "BIRTHDAYS", "SPOTTED"}, speakers


def test_a_lone_transcript_turn_in_capitals_is_still_its_speakers():
    claim = only("KAVALIOU: I think the whole country needs to work together on this.")
    assert claim.speaker_mention == "KAVALIOU"


def test_a_transcript_label_may_carry_a_role_in_brackets():
    text = (
        "Post-match press conference. The transcript has been lightly edited.\n\n"
        "ANDREI SIDOROV (Shakhtyor head coach): We played well for fifty minutes. Then "
        "we stopped skating, simple as that.\n\n"
        "Question (Pressball): Was the second penalty deserved?\n\n"
        "SIDOROV: I am not going to talk about the referees tonight."
    )
    first = one_claim(text, "fifty minutes")
    assert first.speaker_mention == "ANDREI SIDOROV"
    assert first.text.startswith("We played well")


def test_the_other_of_two_just_named_speaks():
    text = (
        "Two former staff agreed to talk. One of them, a cook, said the guests never paid. "
        "The other, a driver, said he had twice collected guests from the airfield."
    )
    assert one_claim(text, "airfield").speaker_mention == "The other"


def test_adding_a_number_of_things_is_no_claim():
    text = "The authorities had added dozens of Belarusian-language titles to the banned list."
    assert extract_claims(text) == []


def test_put_it_to_me_like_this_hands_the_quote_over():
    claim = only("She put it to me like this: “Nobody here is waiting for Brussels any more.”")
    assert (claim.cue, claim.speaker_mention) == ("put it", "She")


@pytest.mark.parametrize(
    "text",
    [
        "“We will not give in,” Lukashenko can be heard saying.",
        "In the video, Lukashenko can be heard saying that the bridge was a disgrace.",
    ],
)
def test_the_one_heard_saying_speaks(text):
    assert only(text).speaker == "Alexander Lukashenko"


def test_a_role_of_a_long_named_body_before_an_aside_speaks():
    text = (
        "A representative of the International Federation for Human Rights, speaking on "
        "behalf of Viasna, said that at least 42 former prisoners had reported torture."
    )
    claim = only(text)
    assert claim.speaker == "a representative of the International Federation for Human Rights"


# -- the people around a person: "Her publisher says", "in 2003 her employers told her" ------
def test_her_publisher_speaks():
    text = (
        "Katsiaryna Lis wrote the memoir in exile. Her publisher says a Belarusian-language "
        "edition will follow in the spring."
    )
    assert one_claim(text, "edition").speaker_mention == "Her publisher"


def test_a_year_before_a_possessive_subject_is_no_part_of_it():
    text = "But in 2003 her employers told her she had no future with the bank."
    assert only(text).speaker_mention == "her employers"


# -- "Prof. X (University, City), who argued", "Ona in Ukmergė, who says" ---------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The keynote was given by Prof. Hanna Kaliada (Charles University, Prague), "
            "who argued that the diaspora had become a society in its own right.",
            "Hanna Kaliada",
        ),
        (
            "We also had a message from Ona in Ukmerge, who says her son's firm would "
            "close within a month.",
            "Ona",
        ),
    ],
)
def test_who_is_the_person_not_the_place_beside_her(text, speaker):
    assert only(text).speaker == speaker


def test_a_bracketed_party_tag_keeps_the_name_before_an_aside():
    text = (
        "On Sunday at a college in Dayton, OH, after winning Ohio in the primary, Gov. "
        "Tom Walsh (R-OH), said, “We will take this fight all the way to the convention.”"
    )
    assert only(text).speaker == "Gov. Tom Walsh"
