"""Whole short articles in the styles of wire copy, features and live blogs (round 16):
who an epithet, a role or a pronoun stands for when the article swaps names for them."""

from __future__ import annotations

from .claims_helpers import one_claim

# -- "the 49-year-old": the one person the sentence before names ------------------------
RELEASE = (
    "MINSK, June 2 - Belarusian opposition activist Pavel Sevyarynets was freed on "
    "Monday after five years in prison, his supporters said.\n\n"
    "Sevyarynets, a writer and former youth leader, crossed into Lithuania at dawn. "
    '"I did not expect to see the sun today," the 49-year-old told reporters at the border.\n\n'
    "Speaking later in Vilnius, the 49-year-old said he would return to politics."
)


def test_an_age_epithet_is_the_one_person_the_sentence_before_names():
    assert one_claim(RELEASE, "see the sun").speaker == "Pavel Sevyarynets"


def test_an_age_epithet_used_twice_is_the_same_person():
    assert one_claim(RELEASE, "return to politics").speaker == "Pavel Sevyarynets"


def test_an_age_given_to_someone_unnamed_is_theirs():
    text = (
        "Police in Hrodna detained a 49-year-old man on Friday. Viktar Sidorau, a local "
        "councillor, called the arrest unlawful. The 49-year-old said he had done nothing."
    )
    assert one_claim(text, "done nothing").speaker == "the 49-year-old"  # (not Sidorau)


def test_an_age_epithet_after_a_sentence_naming_two_people_stays_unnamed():
    text = (
        "Ihar Losik and Andrei Aliaksandrau were moved to a prison in Hrodna. "
        '"We were not told why," the 34-year-old said in a letter.'
    )
    assert one_claim(text, "not told why").speaker == "the 34-year-old"


def test_an_age_epithet_after_a_sentence_relayed_by_an_agency_is_its_subject():
    text = (
        "Belarusian leader Alexander Lukashenko visited a tractor plant in Minsk on "
        "Friday, according to the state agency BelTA.\n\n"
        '"Nobody will close this factory," the 71-year-old told workers.'
    )
    assert one_claim(text, "close this factory").speaker == "Alexander Lukashenko"
