"""Whole short articles in styles not imitated before (round 17: AFP and Euronews wires,
The Economist, The New York Times, BBC Monitoring, a Belsat feature in single quotes):
who a title, a pronoun, a role or a given name stands for. Written for these tests, not
taken from the held-out sets."""

from __future__ import annotations

from .claims_helpers import one_claim

# -- a title in capitals after a possessive is a role, never a name ----------------------
COMMISSION = (
    "Speaking in Strasbourg, Helena Marsh said the union would answer the incursions.\n\n"
    '"We will not be blackmailed by Minsk," the Council\'s Secretary General said. '
    '"Not this winter."'
)


def test_a_possessed_title_in_capitals_is_no_name():
    c = one_claim(COMMISSION, "blackmailed")
    assert c.speaker != "Secretary General"
    assert c.speaker in (None, "Helena Marsh", "the Council's Secretary General")


def test_a_possessed_name_after_a_role_still_speaks():
    text = "Lithuania's interior minister Rasa Kuliene said the crossing would stay shut."
    assert one_claim(text, "stay shut").speaker == "Rasa Kuliene"


# -- a role at the start of a quoted sentence is no antecedent of the next "he" ---------
VERDICT = (
    "Minsk (AFP) - A court in Vitsebsk jailed the blogger Olga Barysik for five years "
    "on Monday.\n\n"
    '"They read it in ten minutes," her husband Viktar Barysik said from Riga, where the '
    'couple\'s daughter now lives with him. "The prosecutor yawned the whole time."\n\n'
    "He said his wife had been refused a doctor."
)


def test_a_role_opening_a_quoted_sentence_does_not_take_the_pronoun():
    assert one_claim(VERDICT, "refused a doctor").speaker == "Viktar Barysik"


# -- a pronoun after a sentence whose subject is someone unnamed -------------------------
DEPOT = (
    "Transport minister Anton Kravets told reporters the rail budget was safe.\n\n"
    "At the depot in Lida, Iryna, a dispatcher who gave only her first name, said the "
    "trains were late again.\n\n"
    '"Nobody tells us anything," she told Euronews. Her colleague nodded. He said the '
    "drivers had not been paid since May."
)


def test_he_after_an_unnamed_colleague_is_not_the_minister_named_before():
    c = one_claim(DEPOT, "not been paid")
    assert c.speaker != "Anton Kravets"
    assert c.speaker in (None, "her colleague")


QUEUES = (
    "Olga Sidarenka, a seller of honey at the Lida market, said prices had doubled.\n\n"
    "A retired teacher, asked about the queues at the border, sighed. "
    '"It was never like this," she said.'
)


def test_she_after_an_unnamed_woman_asked_is_not_the_woman_named_before():
    c = one_claim(QUEUES, "never like this")
    assert c.speaker != "Olga Sidarenka"
    assert c.speaker in (None, "a retired teacher")


def test_an_unnamed_spokesman_who_spoke_is_still_the_next_he():
    text = 'A Labour spokesman denied the report. "It is nonsense," he said.'
    assert one_claim(text, "nonsense").speaker == "a Labour spokesman"


# -- "Mr." with a full stop tells the gender of a surname standing alone ----------------
PERMITS = (
    '"We have no quarrel with Belarusians," said Arnoldas Vaitkus, a deputy minister, '
    "adding that few had been refused.\n\n"
    "Egle Rimkute, a lawmaker from the opposition, said the checks were unfair. "
    '"It is a lottery," she said.\n\n'
    "Mr. Vaitkus dismissed that criticism. The security services, he said, had found "
    "four agents in two years."
)


def test_mr_with_a_full_stop_makes_the_surname_a_man_the_next_he_can_mean():
    assert one_claim(PERMITS, "four agents").speaker == "Arnoldas Vaitkus"


# -- a relative or neighbour known by a given name alone --------------------------------
COUSIN = (
    "A court in Hrodna on Monday jailed the blogger Anna Bortnik for four years, her "
    "brother told Belsat.\n\n"
    "Her cousin Marta, whose son is serving three years in Babruisk, says the last call "
    "she got was in June. 'He said he was reading a lot. Then silence,' she says."
)


def test_her_cousin_named_by_a_given_name_is_the_next_she():
    assert one_claim(COUSIN, "reading a lot").speaker == "Marta"


def test_her_cousin_with_a_given_name_speaks_by_that_name():
    assert one_claim(COUSIN, "last call").speaker == "Marta"


# -- a given name alone after the full name ---------------------------------------------
MOTHER = (
    "Tamara Lisouskaya, 61, from Brest, has not heard from her son Maksim since he was "
    "jailed in 2023.\n\n"
    "Asked about the letters on Friday, the prison's spokeswoman Inna Zhuk said she had "
    "'no information'.\n\n"
    "For Tamara, the words were a blow. She remembers her son as a boy who never lied.\n\n"
    "'He will not sign anything,' she says quietly."
)


def test_a_given_name_alone_after_the_full_name_is_that_person():
    assert one_claim(MOTHER, "sign anything").speaker == "Tamara Lisouskaya"


# -- claims the rules missed ------------------------------------------------------------
def test_its_spokeswoman_with_her_name_after_the_content_speaks():
    text = (
        "Latvia's border guard turned back 60 migrants at the Belarusian border overnight, "
        "its spokeswoman Ilze Berzina said on Tuesday."
    )
    c = one_claim(text, "turned back 60 migrants")
    assert c.speaker == "Ilze Berzina"


def test_its_head_after_a_report_of_the_body_stays_out():
    text = "The bank said that deposits fell in June, its chairman told reporters on Friday."
    assert one_claim(text, "deposits fell").speaker == "the bank"


def test_an_intensifier_after_the_subject_is_no_part_of_it():
    text = "Mr Navrotski himself says the army is ready for any provocation."
    c = one_claim(text, "army is ready")
    assert c.speaker_mention == "Mr Navrotski"


def test_a_name_right_after_a_date_in_a_fronted_phrase_speaks():
    text = "In a radio address on March 12 Nauseda warned that the border could close again."
    assert one_claim(text, "border could close").speaker_mention == "Nauseda"


def test_told_on_condition_of_anonymity_that():
    text = (
        "A former guard at the Navapolatsk colony told Zerkalo on condition of anonymity "
        "that parcels were thrown away unopened."
    )
    c = one_claim(text, "thrown away")
    assert c.text == "parcels were thrown away unopened"
    assert c.speaker == "a former guard at the Navapolatsk colony"


def test_an_inmate_of_a_colony_and_a_relative_are_speakers():
    text = (
        "A former inmate of the Hlybokaye colony said that letters were read aloud by guards.\n\n"
        "The relative, a man who asked not to be named, said his brother had lost weight."
    )
    assert one_claim(text, "read aloud").speaker == "a former inmate of the Hlybokaye colony"
    assert one_claim(text, "lost weight").speaker == "the relative"


def test_one_of_a_group_speaks_after_the_quote():
    text = (
        "Traders at the Zhdanovichy market are nervous. "
        '"Nobody buys anything since the border closed," says one, who has sold shoes '
        'there for twenty years. "We live on savings."'
    )
    c = one_claim(text, "Nobody buys anything")
    assert c.speaker_mention == "one"


# -- a transcript: each answer whole, under its speaker's full name ----------------------
BRIEFING = (
    "Minsk, 2 May. Transcript of the briefing by Foreign Minister Maksim Ryzhenkov and "
    "his Hungarian counterpart Peter Szijjarto. Edited.\n\n"
    "HOST (Olga Zhuk): Good morning. The ministers will speak first.\n\n"
    "RYZHENKOV: Thank you. Belarus is ready to buy more Hungarian medicine.\n\n"
    "QUESTION (Ivan Sidorau, Belta): Minister, what do you say to Vilnius?\n\n"
    "RYZHENKOV: I would say to our neighbours: open the border. Nobody gains from a wall.\n\n"
    "SZIJJARTO: I said it before: sanctions do not work. They hurt Europe more than Minsk."
)


def test_a_transcript_answer_is_its_speakers_own_words_whole():
    c = one_claim(BRIEFING, "open the border")
    assert c.text.startswith("I would say to our neighbours")
    assert c.speaker == "Maksim Ryzhenkov"
    assert c.kind == "direct"


def test_an_i_said_inside_a_transcript_answer_is_no_claim_of_its_own():
    c = one_claim(BRIEFING, "sanctions do not work")
    assert c.text.startswith("I said it before")
    assert c.speaker == "Peter Szijjarto"


# -- the source of "according to" is not the subject of the clause after it --------------
def test_a_second_verb_after_according_to_belongs_to_the_clause_subject():
    text = (
        "Lukashenko met his generals on Monday. According to the Belta news agency, he "
        'ordered the army to "stay alert" and told the defence minister to draft a plan.'
    )
    c = one_claim(text, "draft a plan")
    assert c.speaker == "Alexander Lukashenko"
    assert c.via == "the Belta news agency"


def test_a_time_after_the_person_told_is_no_part_of_the_claim():
    text = "Mr Navrotski told veterans in May that the army would grow by half."
    c = one_claim(text, "grow by half")
    assert c.text == "the army would grow by half"


# -- the speaker's next act after "and" ends the content --------------------------------
def test_referred_questions_and_advised_someone_to_are_the_speakers_next_acts():
    text = (
        'Peskov told journalists he had "no comment" and referred questions to Minsk. '
        "The prison chief said he knew of no such cases and advised relatives to write less."
    )
    assert one_claim(text, "no comment").text == 'he had "no comment"'
    assert one_claim(text, "no such cases").text == "he knew of no such cases"


def test_advice_inside_the_content_stays_in_it():
    text = "Olga said the doctor had examined her son and advised rest."
    assert one_claim(text, "examined").text.endswith("and advised rest")


# -- "her husband told AFP" with the husband named later by the family's name ---------------
FAMILY = (
    "Hrodna (AFP) - A court in Hrodna jailed the teacher Iryna Lapitskaya for four years "
    "on Tuesday, her husband told AFP.\n\n"
    "Lapitskaya, 44, was detained in March at the Bruzgi crossing.\n\n"
    '"The judge did not look at her once," Andrei Lapitski said by telephone from Warsaw.'
)


def test_her_husband_is_the_one_man_named_with_her_family_name():
    c = one_claim(FAMILY, "four years")
    assert c.speaker == "Andrei Lapitski"


def test_an_agency_dateline_in_title_case_is_no_part_of_the_claim():
    assert one_claim(FAMILY, "four years").text.startswith("A court in Hrodna")


def test_her_father_named_with_the_family_name_is_not_her_husband():
    text = (
        "Maryia Zhuk was moved to a prison in Homel, her husband told reporters. Her "
        "father, Aliaksandr Zhuk, said he had not seen her for a year."
    )
    assert one_claim(text, "moved to a prison").speaker == "her husband"


def test_his_brother_between_two_men_of_the_family_stays_unnamed():
    text = (
        "Siarhei Dubrouski is believed to be held in Zhodzina, according to his brother "
        "Ihar Dubrouski. Ihar Dubrouski called him a quiet man. He had just moved to a new "
        "flat, his brother added."
    )
    assert one_claim(text, "new flat").speaker == "his brother"


def test_a_second_cue_after_a_subject_with_an_intensifier():
    text = (
        "Mr Navrotski himself says he is in good health and told cadets in May that he "
        'would "serve to the end".'
    )
    c = one_claim(text, "serve to the end")
    assert c.speaker_mention == "Mr Navrotski"
    assert c.text == 'he would "serve to the end"'
