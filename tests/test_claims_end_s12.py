"""Where reported content ends (round 12): a statement reported inside the sentence's
opening subordinate clause ends where the main clause begins."""

from __future__ import annotations

from .claims_helpers import claims_with, one_claim


# -- "While X said A, B ...": the opening clause's content ends before the main clause --
def test_opening_clause_with_a_participle_in_the_speaker_ends_at_the_main_clause():
    text = (
        "And while a survey released last week showed Tsikhanouskaya leading in Minsk, "
        "the race was close among older voters."
    )
    c = one_claim(text, "Tsikhanouskaya leading")
    assert c.text == "Tsikhanouskaya leading in Minsk"


def test_opening_clause_with_a_named_appositive_ends_at_the_main_clause():
    text = (
        "When the prosecutor, Ivan Petrov, said on Monday that his office had no record "
        "of the arrests, both lawyers and relatives understood his meaning."
    )
    c = one_claim(text, "his office had no record")
    assert c.text == "his office had no record of the arrests"


def test_main_clause_after_a_contraction_ends_the_opening_clause():
    text = (
        "The backing of the mayor matters, and while he said he’d hold a vote, "
        "it’s unlikely to pass without a new site."
    )
    c = one_claim(text, "hold a vote")
    assert c.text == "he’d hold a vote"


# -- "Three years after X vowed ...": a fronted time clause ------------------------------
def test_fronted_time_clause_gives_the_speaker_and_ends_the_content():
    text = (
        "Two years after the ministers vowed to reopen the border crossing at Brest, "
        "the queues of lorries have only grown longer."
    )
    c = one_claim(text, "to reopen the border")
    assert c.speaker_mention == "the ministers"
    assert c.text == "to reopen the border crossing at Brest"


def test_opening_perfect_participle_gives_no_claim_to_having():
    text = "Having announced that the plant would stay open, the director left for Gomel on Friday."
    assert all(c.speaker_mention != "Having" for c in claims_with(text, "plant"))


def test_comma_inside_the_content_of_a_main_clause_report_is_kept():
    text = (
        "After the vote, the minister said that Minsk, Brest and Grodno would get new "
        "hospitals by 2026."
    )
    c = one_claim(text, "new hospitals")
    assert c.text.startswith("Minsk, Brest and Grodno would get new hospitals")


# -- "vowed to A, didn't say B": a negated verb with no subject is the speaker's next act --
def test_negated_verb_after_a_comma_is_the_speakers_next_act():
    text = (
        "The ministry declined to comment on the fire at the plant, didn't respond to "
        "questions and posted only a short note."
    )
    c = one_claim(text, "to comment")
    assert c.text == "to comment on the fire at the plant"


def test_negated_verb_after_a_relative_clauses_report_is_the_main_clauses():
    text = (
        "The new wing, which officials said will open in the coming months, will not "
        "serve patients from abroad."
    )
    c = one_claim(text, "will open")
    assert c.text == "will open in the coming months"


def test_negated_verb_after_a_clause_with_its_own_subject_stays_in_the_content():
    text = (
        "Officials said the new rules will take effect in the coming weeks, will not "
        "cover students from abroad and may change later."
    )
    c = one_claim(text, "new rules")
    assert "will not cover students from abroad" in c.text


def test_main_verb_after_a_relative_clauses_report_ends_the_content():
    text = (
        "The new tariff, which the ministry says is needed to protect local farms, is "
        "little more than a tax on shoppers."
    )
    c = one_claim(text, "is needed")
    assert c.text == "is needed to protect local farms"


# -- a closing relative clause after an inner one that closed: the writer's note ---------
def test_closing_relative_after_a_closed_inner_relative_is_the_writers_note():
    text = (
        "The coach said a move to Dinamo, who badly need a striker, was more likely than "
        "a return to Shakhtyor, which also showed an interest."
    )
    c = one_claim(text, "a move to Dinamo")
    assert c.text.endswith("than a return to Shakhtyor")


def test_relative_nested_on_the_last_relatives_noun_stays():
    text = (
        "The report said young voters trust the mayor more than pensioners, who may "
        "remember the old plant, where wages were higher."
    )
    c = one_claim(text, "young voters")
    assert c.text.endswith("where wages were higher")
