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
