"""Round 21: classes of error found on whole articles nobody here wrote.

A given name on neither list, beside a Ukrainian or Belarusian surname that is the
same for both sexes, tells the gender by its ending; elsewhere an ending in -a tells
nothing (Indian given names, clubs, papers)."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims
from belreader.claims.gender import FEMALE, MALE, name_gender

from .claims_helpers import one_claim


# -- a given name's ending beside a surname that does not tell ----------------------------------
@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Halyna Bondarchuk", FEMALE),
        ("Yevheniya Marchenko", FEMALE),
        ("Aksinya Zaitsau", FEMALE),
        ("Mykhailii Shevchuk", MALE),
        ("Andrii Karpenko", MALE),
        # the men of the region whose names end in -a
        ("Kuzma Tkachenko", None),
        ("Illia Ponomarenko", None),
        # -a elsewhere is no sign of a woman
        ("Suranga Chandratillake", None),
        ("Borussia Dortmund", None),
        ("Nasha Niva", None),
        ("Novaya Gazeta", None),
    ],
)
def test_a_given_names_ending_tells_only_beside_a_neutral_slavic_surname(name, gender):
    assert name_gender(name.split()) == gender


def test_she_goes_to_the_analyst_whose_given_name_ends_in_a():
    # the think tank and the paper she told are names too: without her gender, "she"
    # could be any of three
    text = (
        "Halyna Bondarchuk, an analyst at the Lviv-based think tank Eastern Watch, told "
        "the Kyiv Post that the drills were a feint.\n\n"
        "“They want our brigades kept in the north,” she said."
    )
    claim = one_claim(text, "brigades")
    assert (claim.speaker, claim.speaker_mention) == ("Halyna Bondarchuk", "she")


@pytest.mark.parametrize(
    "text",
    [
        "According to Karpenko, the units had come from Homiel. Andrii Karpenko is a "
        "spokesman for the Border Watch group.\n\n“We counted forty trucks in one night,” "
        "he said.",
        "“We counted forty trucks in one night,” Andrii Karpenko, the service's "
        "spokesperson, said on national television.\n\nAccording to Karpenko, Belarus has "
        "moved artillery to Brest Oblast. Some of the units came from Vitebsk, he said.",
    ],
)
def test_he_goes_to_the_spokesman_whose_given_name_ends_in_ii(text):
    claim = extract_claims(text)[-1]
    assert (claim.speaker, claim.speaker_mention) == ("Andrii Karpenko", "he")


# -- a person by their part in a trial or a story, or by a nationality ------------------------
@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        (
            "Ales Kruk, a 58-year-old engineer from Hrodna, is accused of passing railway "
            "timetables to a foreign service.\n\nKruk, who sat in a metal cage throughout "
            "the hearing, asked to address the court.\n\n"
            '"I am an engineer, not a spy," the defendant told the court.',
            "not a spy",
            "Ales Kruk",
        ),
        (
            "Tennis star Jessica Pegula has criticised the tournament over its scheduling."
            '\n\nSpeaking after her win, the American said: "We were told at midnight that '
            'we would play at ten the next morning."',
            "midnight",
            "Jessica Pegula",
        ),
        (
            "Hanna Zhuk spent three days in the forest with her two grandsons.\n\n"
            '"We ate berries and slept under a fir tree," said the grandmother.',
            "berries",
            "Hanna Zhuk",
        ),
    ],
)
def test_a_described_person_is_the_one_the_sentence_before_names(text, containing, speaker):
    assert one_claim(text, containing).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two people in the sentence before: either may be the defendant
        "Ales Kruk and Ihar Lis sat in a metal cage throughout the hearing.\n\n"
        '"I am an engineer, not a spy," the defendant told the court.',
        # an unnamed defendant was met before
        "A defendant in a second case was also heard. Ales Kruk watched from the gallery."
        '\n\n"I am an engineer, not a spy," the defendant told the court.',
    ],
)
def test_a_described_person_stays_as_written_when_another_may_be_meant(text):
    assert one_claim(text, "not a spy").speaker == "the defendant"


# -- a participle after a postposed report, and a telling inside a time clause ------------------
def test_adding_after_a_postposed_source_goes_to_that_source_not_to_the_named_plant():
    text = (
        "The second plant, Belshina in Babruisk, was working at half its capacity in "
        "November, a source close to the firm said, adding that it was “in no "
        "shape” to take on new export orders."
    )
    claim = one_claim(text, "in no")
    assert claim.speaker == "a source close to the firm"


@pytest.mark.parametrize(
    ("text", "containing", "mention"),
    [
        (
            "A pensioner on the train asks where I am going. When I tell her, she says her "
            "nephew lives in Vilnius.",
            "nephew",
            "she",
        ),
        ("When we told him, he said the crossing had been closed since May.", "crossing", "he"),
    ],
)
def test_telling_inside_an_opening_time_clause_reports_nothing(text, containing, mention):
    claims = extract_claims(text)
    assert [c.cue for c in claims] != [] and all(c.cue not in ("tell", "told") for c in claims)
    assert one_claim(text, containing).speaker_mention == mention


def test_a_time_clause_after_telling_someone_is_no_claim():
    assert extract_claims("After the minister told reporters, the talks resumed.") == []


# -- a broadcast transcript: roles after the name, how a turn is heard, reports inside turns ----
_NEWSROOM = """BBC WORLD TONIGHT

ANNA REID, PRESENTER: Good evening. Lithuania has closed its border crossings with Belarus again. Our correspondent Tom Marsh is in Vilnius. Tom, what is happening?

TOM MARSH, BBC EUROPE CORRESPONDENT: Anna, the queues of lorries here stretch for miles. The customs service told us this afternoon that 600 trucks are stuck on the Belarusian side.

MARSH (voice-over): Drivers have been waiting since Friday. The government says the balloons are a hybrid attack.

UNIDENTIFIED MALE (through translator): We sleep in the cabin. Nobody tells us anything. I would ask the ministers to come here and look.

REID: And what does Minsk say?

MARSH: Minsk calls the closure a provocation. That is all we have heard so far.

REID: Tom Marsh, thank you."""


def test_a_transcript_label_with_a_role_in_capitals_or_a_bracket_names_the_speaker():
    claim = one_claim(_NEWSROOM, "We sleep in the cabin")
    assert (claim.kind, claim.speaker) == ("direct", "UNIDENTIFIED MALE")
    # the turn's own "I would ask ..." is no second claim of "I"
    assert all(c.speaker_mention != "I" for c in extract_claims(_NEWSROOM))


@pytest.mark.parametrize(
    ("containing", "speaker"),
    [
        ("600 trucks are stuck", "The customs service"),
        ("the balloons are a hybrid attack", "The government"),
    ],
)
def test_what_a_correspondents_turn_reports_others_said_is_theirs(containing, speaker):
    claims = [c for c in extract_claims(_NEWSROOM) if c.kind != "direct"]
    found = [c for c in claims if containing in c.text]
    assert len(found) == 1 and (found[0].speaker_mention or "").lower() == speaker.lower()


@pytest.mark.parametrize(
    "text",
    [
        "The customs service told reporters this afternoon that 600 lorries were stuck.",
        "The customs service told us a short while ago that 600 lorries were stuck.",
        "The customs service said two hours ago that 600 lorries were stuck.",
    ],
)
def test_a_time_phrase_between_the_person_told_and_that_is_skipped(text):
    claim = one_claim(text, "lorries")
    assert (claim.text, claim.speaker) == ("600 lorries were stuck", "the customs service")


# -- "a former engineer called Leanid": a name given, nobody describing ------------------------
def test_a_person_named_in_an_appositive_with_called_speaks_and_called_reports_nothing():
    text = (
        "The landlady, a retired nurse called Halina, says the guests from Warsaw "
        "'drink tea like it is vodka'."
    )
    claims = extract_claims(text)
    assert [(c.cue, c.speaker) for c in claims] == [("says", "Halina")]


def test_a_firm_called_something_beside_a_named_speaker_leaves_him_the_speaker():
    text = (
        "But Piotr Nowak, at a consultancy called Eastbridge Partners, argues that the "
        "border will stay shut until spring."
    )
    assert one_claim(text, "border").speaker == "Piotr Nowak"


def test_a_man_known_by_a_given_name_alone_is_never_she():
    text = (
        "The owner, a former engineer called Leanid, says the Poles who come at weekends "
        "'eat like they are going to war'.\n\n"
        "In Hrodna the next day, a woman at a bus stop asks where I am from. When I tell "
        "her, she says she has a son in Leeds."
    )
    claim = one_claim(text, "son in Leeds")
    assert claim.speaker_mention == "she" and claim.speaker != "Leanid"


# -- a place named by its kind is nobody ----------------------------------------------------
@pytest.mark.parametrize(
    "venue",
    ["Bar Mleczny Pod Wiatrakiem", "Hotel Viktoria", "Cafe Zhyrovichy", "Niamiha Street"],
)
def test_she_is_not_a_bar_a_hotel_or_a_street(venue):
    text = (
        f"Alena Lis is late. When she arrives at {venue}, she is carrying a script.\n\n"
        "“Everybody here thinks a Belarusian is starving,” she says, sitting down."
    )
    claim = one_claim(text, "starving")
    assert (claim.speaker, claim.speaker_mention) == ("Alena Lis", "she")


# -- a surname two people share, before the second is named ------------------------------------
def test_a_shared_surname_before_the_second_bearer_is_named_is_the_first_ones():
    text = (
        "Volha Sidorchuk is late for lunch.\n\n"
        "The 48-year-old ran a puppet theatre in Minsk for nine years until 2021, when "
        "a comedy of hers about a family that stops talking was closed after three "
        "performances. She left for Vilnius the following month, then for Warsaw, and "
        "has staged eleven plays there since.\n\n"
        "We order. The soup here is clear, almost pink; Sidorchuk takes the potato "
        "pancakes. I ask whether exile has changed what she writes. She thinks about it "
        "for a long time.\n\n"
        "“In Minsk I wrote against something,” she says.\n\n"
        "Her husband, Mikhail Sidorchuk, a set designer, sees it differently."
    )
    claim = one_claim(text, "In Minsk")
    assert (claim.speaker, claim.speaker_mention) == ("Volha Sidorchuk", "she")


# -- held9's wrong names, by class --------------------------------------------------------------
def test_a_charge_someone_denies_is_not_their_claim():
    text = (
        "The committee said in a statement that Polish guards had pushed migrants back "
        "across the border, a charge Warsaw denies."
    )
    assert [c.speaker for c in extract_claims(text)] == ["the committee"]


def test_the_body_whose_founder_is_named_in_a_relative_clause_speaks():
    text = (
        "Dissent, the rights group whose founder, Anatol Lebedzka, won a European prize "
        "in exile, says the number of prisoners has not fallen."
    )
    assert one_claim(text, "number of prisoners").speaker == "Dissent"


def test_a_participle_after_the_main_clause_with_its_object_stays_the_subjects():
    text = (
        "The other candidate, former minister Andrei Sannikov, drew a contrast, saying "
        "that sanctions must stay until every prisoner is free."
    )
    assert one_claim(text, "sanctions must stay").speaker == "Andrei Sannikov"


def test_a_person_whose_name_was_changed_is_the_he_of_his_story():
    text = (
        "In 2024, Alexander Lukashenko set up a commission for returning emigrants.\n\n"
        "Dzianis (his name has been changed), a 36-year-old tester, spent two years in "
        "Georgia before he applied. A week later, he says, a man from the KGB called him."
    )
    claim = one_claim(text, "KGB called him")
    assert (claim.speaker, claim.speaker_mention) == ("Dzianis", "he")


def test_a_latvian_name_before_of_and_a_party_is_a_man_who_is_he():
    text = (
        "Aivars Liepiņš said his faction supported the extension. Raimonds Briedis of "
        "the Union of Greens and Farmers said people in Latgale felt abandoned. He told "
        "the chamber about a farmer who, he said, had lost her meadow to the fence."
    )
    claim = one_claim(text, "lost her meadow")
    assert (claim.speaker, claim.speaker_mention) == ("Raimonds Briedis", "he")


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Raimonds Briedis", MALE), ("Edgars Rinkēvičs", MALE), ("Frances Lewis", None)],
)
def test_baltic_mens_given_names_tell_only_beside_a_baltic_surname(name, gender):
    assert name_gender(name.split()) == gender


def test_an_unnamed_person_before_a_colon_is_the_he_after_it():
    text = (
        "The question is whether the plant gives Alexander Lukashenko something to "
        "bargain with. A Polish diplomat disagrees: the factory, he argues, is “a "
        "hostage, not an asset”."
    )
    claim = one_claim(text, "hostage")
    assert claim.text.startswith("the factory")
    assert (claim.speaker, claim.speaker_mention) == ("a Polish diplomat", "he")


def test_the_narration_before_a_colon_names_who_he_is():
    text = (
        "Coach Mikhail Markhel has warned Ivan Mayeuski not to play down the club's cup "
        "ambitions.\n\nMayeuski told the BBC the team were unlikely to win the cup this "
        "year. Markhel responded: \"I spoke to Ivan and said to him that in future it's "
        'better to think we can win the cup. Why not?" He said: "We need winners here."'
    )
    claim = one_claim(text, "winners")
    assert (claim.speaker, claim.speaker_mention) == ("Mikhail Markhel", "He")


# -- an interview whose questions carry the outlet's label and whose answers none ---------------
_QA = """'I still send my mother photos of Warsaw': a Belarusian nurse at the front

A 41-year-old nurse from Homiel, Iryna Shved joined a Ukrainian army medical unit in 2023. Her family does not know. The Lviv Herald spoke to her during a short leave.

Lviv Herald: Why did you go?

I was working in a hospital in Warsaw. A Polish colleague said to me: "You are a nurse, nobody expects anything from you." That is exactly why I went.

Lviv Herald: What does your family think?

My mother thinks I still work in Poland. My brother works for the railway. He would lose his job if anyone found out.

Lviv Herald: What will you do when the war ends?

I want to go home, to Homiel. People ask me if Belarus will be free. I tell them I believed Kyiv would stand, too."""


def test_unlabelled_answers_after_an_outlets_questions_are_the_guests():
    answers = [c for c in extract_claims(_QA) if c.speaker == "Iryna Shved"]
    assert [c.text.split(".")[0] for c in answers] == [
        "I was working in a hospital in Warsaw",
        "My mother thinks I still work in Poland",
        "I want to go home, to Homiel",
    ]


def test_an_answer_keeps_what_others_told_the_guest_but_not_her_own_i():
    claims = extract_claims(_QA)
    assert any(c.speaker == "a Polish colleague" for c in claims)
    assert not any(c.speaker_mention == "I" for c in claims)
    assert not any(c.speaker == "Lviv Herald" for c in claims)  # the questions


# -- anonymous sources close to someone; "its president, NAME, said" after a quote -------------
def test_a_person_close_to_him_speaks():
    text = (
        "Ihar Losik, 33, declined to be interviewed. A person close to him said he had "
        "been warned not to speak to foreign media."
    )
    claim = one_claim(text, "warned not to speak")
    assert claim.speaker == "a person close to him"


def test_its_president_named_in_an_aside_after_a_quote_speaks():
    text = (
        "The hauliers' union said its members had lost millions since the closure. "
        "'Every week costs us a lorry,' its president, Vytautas Mikalauskas, said."
    )
    claim = one_claim(text, "costs us a lorry")
    assert (claim.kind, claim.speaker) == ("direct", "Vytautas Mikalauskas")


# -- a body named in full, or qualified by its place, is no body named before ---------------------
def test_a_body_named_in_full_is_itself_and_its_it():
    text = (
        "The Vatican press office declined to comment on the meeting.\n\n"
        "The Office of the Commissioner for Religious Affairs in Minsk said in a statement "
        "that the pilgrimage had passed calmly. It added that no priest had been detained."
    )
    claim = one_claim(text, "no priest")
    assert claim.speaker == "the Office of the Commissioner for Religious Affairs in Minsk"


def test_a_central_bank_in_another_capital_is_not_the_bank_named_before():
    text = (
        "Credit rose by a fifth, the National Bank said in its review.\n\n"
        "The Russian slowdown is no secret. The central bank in Moscow has warned for "
        "months that the economy is overheating."
    )
    assert one_claim(text, "overheating").speaker == "the central bank in Moscow"


def test_the_one_a_parenthetical_speaks_of_is_not_its_speaker():
    text = (
        "Alena Zhuk laughs. Her mother, who is 78, still lives in Baranavichy. They speak "
        "every Sunday; her mother, she says, never asks about the theatre."
    )
    assert one_claim(text, "never asks").speaker != "her mother"


def test_a_surname_a_wife_and_husband_share_is_hers_for_she():
    text = (
        "Alena Sidarenka, a journalist freed in September, testified on Tuesday. Her "
        "husband, Andrei Sidarenka, a photographer, is still in prison. A spokeswoman for "
        "the committee said a second hearing was planned.\n\n"
        "Sidarenka, asked about the minister's remark by a reporter, shrugged. “He is "
        "right about one thing,” she said."
    )
    claim = one_claim(text, "right about one thing")
    assert (claim.speaker, claim.speaker_mention) == ("Alena Sidarenka", "she")


# -- a broadcast script's sound bites; a pronoun inside a witness's own turn ---------------------
_SCRIPT = """BELARUS/BORDER DRILL
Package - 1'50" - Reporter: Anne Dubois, Vilnius

ANCHOR INTRO: Lithuania has rehearsed closing its border with Belarus. Anne Dubois reports.

[VO] Sirens at nine in the morning. Buses wait outside a school in Pilaitė.

SOT: Daiva Petrauskienė, teacher (in Lithuanian, voice-over translation)
The children thought it was real. Nobody told the parents until the night before.

SOT: Ihar Zaitsau, spokesman, Belarusian interior ministry
This is theatre. Our border is open and calm.

PTC: Anne Dubois, Vilnius
Officials here admit that no drill can really test a closure of this size."""


def test_a_sound_bite_is_its_named_speakers_and_the_script_labels_speak_not():
    claims = extract_claims(_SCRIPT)
    assert [(c.speaker, c.text.split(".")[0]) for c in claims] == [
        ("Daiva Petrauskienė", "The children thought it was real"),
        ("Ihar Zaitsau", "This is theatre"),
        # (the reporter's line only relays; "Vilnius" ends the line above, no name)
        ("Officials", "no drill can really test a closure of this size"),
    ]


def test_she_after_a_person_met_without_a_name_inside_a_witnesss_turn_is_not_the_witness():
    text = (
        "Q12 Chair: Dr Marozava, is the UK being left behind?\n\n"
        "Dr Marozava: I would not say so. Minsk has learned that prisoners are a "
        "currency. When I spoke to a freed prisoner in Warsaw last week, she told me that "
        "the guards joked about her price.\n\n"
        "Q13 Chair: Mr Hale, do you agree?"
    )
    claim = one_claim(text, "guards joked")
    assert claim.speaker_mention == "she" and claim.speaker != "Marozava"
    assert "Marozava" not in (claim.speaker or "")


# -- families: a relative named by a given name alone; a surname mother and daughter share -------
def test_a_mother_introduced_by_her_given_name_is_the_she_after_her():
    text = (
        "Niamh Kearney, an aid worker, was expelled from Belarus on Tuesday.\n\n"
        "Ms Kearney’s mother, Bríd, said the family had not slept since Tuesday. Her "
        "daughter, she added, would be home for Christmas."
    )
    claim = one_claim(text, "home for Christmas")
    assert (claim.speaker, claim.speaker_mention) == ("Bríd", "she")


def test_she_after_a_surname_mother_and_daughter_share_is_left_open():
    text = (
        "Iryna Savitskaya is standing for the council's chair. Their daughter, Marta "
        "Savitskaya, 19, runs her mother's social media. “Mum reads none of them,” she "
        "says.\n\n"
        "Savitskaya's main rival, the former diplomat Pavel Krauchanka, has said she "
        "lacks contacts. Asked about this, she shrugs. “Pavel is a good diplomat,” she "
        "says."
    )
    assert one_claim(text, "good diplomat").speaker is None


# -- trade and audience nouns speak ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Klaipėda's container terminal operator said in a statement that it had "
            "“spare capacity” for Belarusian potash.",
            "Klaipėda's container terminal operator",
        ),
        (
            "One attendee, a second-year law student who asked not to be named, said the "
            "men left before the discussion.",
            "One attendee",
        ),
        (
            "One London shipbroker said charterers were paying more for the route.",
            "One London shipbroker",
        ),
    ],
)
def test_an_operator_an_attendee_and_a_shipbroker_speak(text, speaker):
    assert extract_claims(text)[0].speaker.lower() == speaker.lower()


# -- a committee hearing: numbered questions, witnesses' turns; "half joking" -------------------
_HEARING = """Foreign Affairs Committee
Oral evidence: Belarus, HC 700

Witnesses: Dr Olga Marozava, Research Fellow, University of Leeds; Peter Hale, former diplomat.

Q7 Chair: Good afternoon. Dr Marozava, is the UK being left behind?

Dr Marozava: I would not say left behind. I would say it has chosen to stand somewhere else.

Q8 Chair: Mr Hale, do you agree?

Peter Hale: Broadly, yes. But I would add that the UK has little to trade.

Q9 Anna Price: Should we talk to Minsk at all?

Peter Hale: Someone should. Whether it is us is another matter.

Dr Marozava: May I add something? The opposition has written to the Committee."""


def test_a_hearing_gives_each_witness_turn_whole_and_the_members_questions_nothing():
    claims = extract_claims(_HEARING)
    assert [(c.speaker, c.kind, c.text.split(".")[0]) for c in claims] == [
        ("Olga Marozava", "direct", "I would not say left behind"),
        ("Peter Hale", "direct", "Broadly, yes"),
        ("Peter Hale", "direct", "Someone should"),
        (
            "Olga Marozava",
            "direct",
            "May I add something? The opposition has written to the Committee",
        ),
    ]


def test_half_joking_is_how_it_was_said_not_a_speaker():
    text = "My counterpart said to me, half joking, that London remembers Minsk once a year."
    assert all(c.speaker != "half" for c in extract_claims(text))


# -- a clause is no speaker ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The union voted against the new contract, and one driver, speaking on condition "
        "of anonymity, said it was a betrayal.",
        "Clinton released her medical records in July, which showed she was fit for duty.",
    ],
)
def test_a_clause_before_an_aside_is_no_speaker(text):
    for c in extract_claims(text):
        assert c.speaker is None or (" voted " not in c.speaker and " released " not in c.speaker)


# -- held11: a name given in a relative clause; the reporter putting one's words to another ----
def test_the_name_an_unnamed_resident_gave_is_the_speaker():
    text = (
        "Another resident, who gave his name only as Tadeusz, said he had nothing "
        "against Belarusians but feared “trouble with Minsk”."
    )
    assert one_claim(text, "nothing against").speaker == "Tadeusz"


def test_he_after_the_reporter_put_one_mans_words_to_another_is_the_other():
    text = (
        "Ihar Lis, a lawyer in Warsaw, put it to me bluntly: “It is a revolving door.”\n\n"
        "Not everyone agrees. Pavel Sapega, a researcher in Berlin, has written that "
        "purity has “a body count.” When I put Lis's image to him, he did not dispute it. "
        "“Of course it is a revolving door,” he said."
    )
    claim = one_claim(text, "Of course")
    assert (claim.speaker, claim.speaker_mention) == ("Pavel Sapega", "he")


def test_he_after_a_mans_own_possessive_is_still_him():
    text = (
        "The Tories have pledged to raise pensions. Mr Kazlou's speech comes after he "
        "unveiled plans last week. This would be based on fairer pensions for women, he "
        "said."
    )
    assert one_claim(text, "fairer pensions").speaker != "the Tories"


# -- a tabloid's "fumed"; a developer; "said more quietly that" ---------------------------------
@pytest.mark.parametrize(
    ("text", "containing", "speaker"),
    [
        (
            "“They jailed a grandfather for a thumbs-up,” Olga Marozava, 23, fumed on Instagram.",
            "thumbs-up",
            "Olga Marozava",
        ),
        (
            "One 30-year-old software developer in Vilnius wrote that she would visit but "
            "never move back.",
            "never move back",
            "One 30-year-old software developer in Vilnius",
        ),
        (
            "The minister said more quietly that the talks had failed.",
            "talks had failed",
            "the minister",
        ),
    ],
)
def test_fumed_a_developer_and_more_quietly(text, containing, speaker):
    assert one_claim(text, containing).speaker == speaker


# -- Russian: a surname a sister and brother share, told apart by its form ----------------------
def test_a_russian_surname_in_the_mans_form_is_the_brothers():
    text = (
        "На первом этапе Елена Шабанова допустила три промаха.\n\n"
        "Ее брат Максим Шабанов бежал последний этап. «Винить некого, кроме себя», — "
        "сказал Шабанов."
    )
    claims = extract_claims(text, language="ru")
    assert [(c.speaker, c.speaker_mention) for c in claims] == [("Максим Шабанов", "Шабанов")]


def test_a_russian_talk_show_with_labels_in_capitals_gives_each_turn_to_its_guest():
    text = (
        "«Открытый формат». Фрагмент расшифровки\n\n"
        "ВЕДУЩИЙ: Сегодня говорим о молодежи. Ирина Викторовна, вы это видите?\n\n"
        "ИРИНА СТАРОВОЙТОВА: Вижу. Но я бы не драматизировала.\n\n"
        "ВЕДУЩИЙ: Алексей, а у вас другие данные?\n\n"
        "АЛЕКСЕЙ ДЗЕРМАНТ: Да. Каждый пятый студент думает об отъезде.\n\n"
        "СТАРОВОЙТОВА: Опросы — вещь лукавая. Я бы тоже сказала, что хочу в Париж.\n\n"
        "ДЗЕРМАНТ: При всем уважении, цифра тревожная."
    )
    claims = extract_claims(text, language="ru")
    assert [c.speaker for c in claims] == [
        "Ирина Старовойтова",
        "Алексей Дзермант",
        "Ирина Старовойтова",
        "Алексей Дзермант",
    ]


def test_a_name_written_only_in_capitals_is_found_for_its_surname():
    text = (
        "Presenting her report, DILNOZA KARIMOVA, Special Rapporteur, said the situation "
        "had worsened.\n\n"
        "Responding to questions, Ms. KARIMOVA said she was ready to visit Minsk."
    )
    assert one_claim(text, "ready to visit").speaker == "Dilnoza Karimova"
