"""Epithets and role nouns on whole short articles (round 15): "the leader", "the
president" and the like name someone only when the article makes them that; staff
("an adviser to X") never become "the leader", and two possible holders leave the
epithet unnamed. A wrong name is worse than none."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "X, an adviser to Y," / "X, Y's chief adviser,": staff are never "the leader" ------
def test_adviser_to_someone_is_not_the_leader():
    text = (
        "Franak Viacorka, an adviser to Tsikhanouskaya, said the Vilnius meeting had been "
        "useful. The leader said she would fly to Brussels on Friday."
    )
    c = one_claim(text, "fly to Brussels")
    assert c.speaker is None or c.speaker == "the leader"


def test_possessive_chief_adviser_is_not_the_leader():
    text = (
        "Mr Viacorka, Tsikhanouskaya's chief adviser, said the Vilnius meeting had been "
        "useful. The leader said she would fly to Brussels on Friday."
    )
    c = one_claim(text, "fly to Brussels")
    assert c.speaker is None or c.speaker == "the leader"


def test_adviser_to_someone_is_the_adviser():
    text = (
        "Franak Viacorka, an adviser to Tsikhanouskaya, arrived in Riga on Tuesday. The "
        "adviser said the sanctions list would grow."
    )
    assert one_claim(text, "sanctions list").speaker == "Franak Viacorka"


# -- a bare "the leader" needs someone the article (or the known-leaders table) made one -
def test_bare_leader_is_not_a_person_given_no_role():
    text = (
        "Viacorka said the Vilnius meeting had been useful. The leader said she would fly "
        "to Brussels on Friday."
    )
    c = one_claim(text, "fly to Brussels")
    assert c.speaker is None or c.speaker == "the leader"


def test_bare_leader_is_the_opposition_leader_with_only_staff_near():
    text = (
        "Opposition leader Sviatlana Tsikhanouskaya met diplomats in Vilnius. Franak "
        "Viacorka, an adviser to Tsikhanouskaya, said the meeting had been useful. The "
        "leader said she would fly to Brussels on Friday."
    )
    assert one_claim(text, "fly to Brussels").speaker == "Sviatlana Tsikhanouskaya"


def test_bare_leader_is_unnamed_when_another_person_is_near():
    text = (
        "Opposition leader Sviatlana Tsikhanouskaya spoke in Warsaw. Pavel Latushko said "
        "the talks were over. The leader said she would fly to Brussels on Friday."
    )
    c = one_claim(text, "fly to Brussels")
    assert c.speaker is None or c.speaker == "the leader"


# -- two possible presidents: none --------------------------------------------------------
def test_president_after_two_presidents_is_unnamed():
    text = (
        "Alexander Lukashenko spoke by phone with Karol Nawrocki on Monday. The president "
        "said the crossing at Kuznica would stay shut."
    )
    c = one_claim(text, "Kuznica")
    assert c.speaker is None or c.speaker == "the president"


def test_president_after_one_named_is_him():
    text = (
        "Alexander Lukashenko received the Russian envoy in Minsk. The president said the "
        "talks had been useful."
    )
    assert one_claim(text, "talks had been").speaker == "Alexander Lukashenko"


def test_adviser_to_someone_is_not_the_president():
    text = (
        "Franak Viacorka, an adviser to Tsikhanouskaya, said the Vilnius meeting had been "
        "useful. The president said the border would stay open."
    )
    c = one_claim(text, "border would stay open")
    assert c.speaker is None or c.speaker == "the president"


def test_possessive_chief_adviser_is_not_the_president():
    text = (
        "Mr Viacorka, Tsikhanouskaya's chief adviser, said the Vilnius meeting had been "
        "useful. The president said the border would stay open."
    )
    c = one_claim(text, "border would stay open")
    assert c.speaker is None or c.speaker == "the president"


# -- "It said" after a one-word body that spoke in the sentence before --------------------
def test_it_after_a_one_word_body_that_spoke():
    text = (
        "The count comes from the rights group Viasna. Viasna said 1,100 people remained "
        "behind bars in Belarus. It said two more had been detained in Hrodna on Monday."
    )
    assert one_claim(text, "two more had").speaker == "Viasna"


def test_it_after_a_bare_surname_is_unnamed():
    # "Smith" may be a person: "It" is the firm, or something else, never Smith
    text = "Smith said the firm was doing well. It said profits had risen by five percent."
    assert one_claim(text, "profits had risen").speaker is None


def test_it_after_a_known_person_is_unnamed():
    text = (
        "Lukashenko said 1,100 people remained behind bars in Belarus. It said two more "
        "had been detained in Hrodna on Monday."
    )
    assert one_claim(text, "two more had").speaker is None


# -- several holders of the role: "the minister" only when one of them spoke near ---------
def test_minister_after_two_ministers_who_both_spoke_is_unnamed():
    text = (
        "Foreign Minister Maxim Ryzhenkov met Polish Foreign Minister Radoslaw Sikorski in "
        "Minsk. Ryzhenkov said the talks had been frank. Sikorski said nothing had "
        "changed. The minister said the crossing at Kuznica would reopen."
    )
    c = one_claim(text, "Kuznica")
    assert c.speaker is None or c.speaker == "the minister"


def test_minister_after_two_ministers_one_of_whom_spoke_is_him():
    text = (
        "Foreign Minister Maxim Ryzhenkov met Polish Foreign Minister Radoslaw Sikorski in "
        "Minsk. Sikorski said nothing had changed. The minister said the crossing at "
        "Kuznica would stay shut."
    )
    assert one_claim(text, "Kuznica").speaker == "Radoslaw Sikorski"
