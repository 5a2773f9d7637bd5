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


# -- a known surname with another given name is someone else ------------------------
def test_a_relative_with_another_given_name_keeps_his_own_name():
    text = "“My father did nothing wrong,” said Eduard Babaryka before his arrest."
    c = one_claim(text, "My father did nothing wrong")
    assert c.speaker == "Eduard Babaryka"


def test_a_father_is_not_resolved_to_his_famous_son():
    text = "Dzmitry Protasevich said his son had been forced to read a confession."
    c = one_claim(text, "forced to read a confession")
    assert c.speaker == "Dzmitry Protasevich"


def test_a_bare_surname_goes_to_the_namesake_the_article_names():
    text = (
        "Eduard Babaryka was detained in June 2020. In a letter from prison, Babaryka "
        "said he had been denied visits for months."
    )
    c = one_claim(text, "denied visits")
    assert c.speaker == "Eduard Babaryka"


def test_another_spelling_of_the_given_name_still_resolves():
    text = "Dmitri Peskov said the Kremlin had no information about the arrests."
    c = one_claim(text, "no information about the arrests")
    assert c.speaker == "Dmitry Peskov"


def test_a_bare_surname_alone_still_resolves_to_the_known_person():
    text = "Alexander Lukashenko met the governors. Lukashenko said prices must not rise."
    c = one_claim(text, "prices must not rise")
    assert c.speaker == "Alexander Lukashenko"


# -- "said no such order had been issued": a denial whose subject is negated --------
def test_said_with_a_negated_subject_clause_is_a_claim():
    text = "The defence ministry said no troops had crossed the border overnight."
    c = one_claim(text, "no troops had crossed")
    assert c.text == "no troops had crossed the border overnight"
    assert c.speaker == "the defence ministry"


def test_said_nothing_with_a_clause_is_a_claim():
    text = "Peskov said nothing had been agreed about the new base."
    c = one_claim(text, "nothing had been agreed")
    assert c.speaker == "Dmitry Peskov"


def test_denial_with_saying_and_a_negated_subject():
    text = "The KGB denied the reports, saying no journalists were being held in Gomel."
    c = one_claim(text, "no journalists were being held")
    assert c.text == "no journalists were being held in Gomel"


def test_said_no_to_a_plan_is_no_claim():
    from belreader.claims import extract_claims

    assert extract_claims("Lukashenko said no to the plan for a new constitution.") == []
    assert extract_claims("Tsikhanouskaya said nothing about the talks in Vilnius.") == []


# -- "“...,” said Bialiatski's wife.": the speaker is the wife, never the possessor ----
def test_inverted_said_with_a_possessive_relative_keeps_the_relative():
    text = "“The verdict was written in advance,” said Bialiatski's wife."
    c = one_claim(text, "written in advance")
    assert c.speaker == "Bialiatski's wife"


def test_inverted_said_with_a_possessive_aide_and_adjective():
    text = "“Nobody has seen him for months,” said Babaryka's longtime lawyer."
    c = one_claim(text, "Nobody has seen him")
    assert c.speaker == "Babaryka's longtime lawyer"


def test_inverted_said_with_a_name_then_a_possessive_appositive_keeps_the_name():
    # (the quote is kept, the name speaks; the possessive after the comma is an
    # appositive, not the head of the speaker phrase)
    text = (
        "“It is over,” remembered Roy Petrov, Belneftekhim's longtime former chief corporate "
        "spokesman. “And then it got worse.”"
    )
    c = one_claim(text, "It is over")
    assert c.speaker is not None and c.speaker.startswith("Roy Petrov")


# -- Belarusian spellings of given names carry their gender -------------------------
def test_belarusian_spelling_of_a_womans_name_takes_she():
    text = (
        "Ales Bialiatski's wife Natallia Pinchuk said she had last seen him in court. "
        "“He looked thin and tired,” she said."
    )
    c = one_claim(text, "He looked thin")
    assert c.speaker == "Natallia Pinchuk"


def test_belarusian_spelling_of_a_mans_name_takes_he():
    text = (
        "Maria Kalesnikava and her lawyer Uladzislau Kuzmenka left the court together. "
        "He said the appeal would be filed on Monday."
    )
    c = one_claim(text, "appeal would be filed")
    assert c.speaker == "Uladzislau Kuzmenka"


# -- "her mother-in-law said": a kin noun with "-in-law" is a speaker ----------------
def test_in_law_relative_before_said_is_a_speaker():
    text = "Babaryka's sister-in-law said the family had not been told of the transfer."
    c = one_claim(text, "family had not been told")
    assert c.speaker == "Babaryka's sister-in-law"


def test_in_law_relative_after_an_inverted_said_is_the_speaker():
    text = "“Nobody warned us about the transfer,” said Babaryka's sister-in-law."
    c = one_claim(text, "Nobody warned us")
    assert c.speaker == "Babaryka's sister-in-law"


def test_insisted_with_a_negated_subject_clause_is_a_claim():
    text = "Lukashenko insisted no foreign troops were stationed in Belarus."
    c = one_claim(text, "no foreign troops were stationed")
    assert c.text == "no foreign troops were stationed in Belarus"
    assert c.speaker == "Alexander Lukashenko"


# -- "who declined to be named": the speaker's anonymity is no claim ----------------
def test_declined_to_be_named_is_no_claim():
    from belreader.claims import extract_claims

    text = (
        "A diplomat in Minsk, who declined to be named, said the ambassador would not "
        "return before spring."
    )
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["the ambassador would not return before spring"]
    assert claims[0].speaker_mention.startswith("A diplomat")
