"""Speakers on Belarus coverage nobody tuned on (session 13 probe): a wrong name is
the worst answer, so a relative, an aide or a namesake must never take the name of
the famous person they are tied to."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "X's sister said ... 'Y,' she said": the pronoun is the sister, never X ----------
def test_pronoun_after_a_possessors_relative_is_not_the_possessor():
    text = (
        "Maria Kolesnikova's sister said the family had finally received a letter. "
        "“We still cannot be sure she is well,” she said."
    )
    c = one_claim(text, "We still cannot be sure")
    assert c.speaker_mention == "she"
    assert c.speaker is None


def test_pronoun_after_his_lawyer_is_not_the_client():
    text = (
        "Viktar Babaryka was moved to a prison hospital in May. His lawyer said the "
        "transfer had not been explained. “He has the right to see a doctor,” he said."
    )
    c = one_claim(text, "right to see a doctor")
    assert c.speaker is None


def test_pronoun_after_a_possessive_aide_is_not_the_leader():
    text = (
        "Tony Blair's press secretary refused to say whether the plan was agreed. "
        "He said: “Let us wait for the review to finish.”"
    )
    c = one_claim(text, "Let us wait for the review")
    assert c.speaker is None


def test_an_aide_named_after_the_possessive_still_takes_the_pronoun():
    text = (
        "Lukashenko's spokeswoman, Natalya Eismont, said no meeting was planned. "
        "“There is nothing to discuss,” she said."
    )
    c = one_claim(text, "nothing to discuss")
    assert c.speaker == "Natalya Eismont"


def test_a_name_before_a_possessive_appositive_still_takes_the_pronoun():
    text = (
        "Ivan Petrov, Belarusbank's chief economist said rates would fall. "
        "“Inflation is slowing,” he said."
    )
    c = one_claim(text, "Inflation is slowing")
    assert c.speaker == "Ivan Petrov"
