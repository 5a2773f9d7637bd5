"""Where a claim starts (round 11): the writer's words before the speaker's are left
out: a lead of only a link or a time before a parenthetical cue, a one-word phrase
after a lead dash, narration with a verb of saying of its own before a quote."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "And yet, her aides say, B": a lead of only a conjunction or a time ---------------
def test_conjunction_lead_before_a_parenthetical_cue_is_not_the_claim():
    text = "And yet, the mayor's aides say, the new bridge in Grodno remains a priority for her."
    c = one_claim(text, "remains a priority")
    assert c.text.startswith("the new bridge in Grodno remains a priority")
    assert "And yet" not in c.text


def test_time_lead_before_a_parenthetical_cue_is_not_the_claim():
    text = "Two years ago, the minister said, the farms near Brest had no water at all."
    c = one_claim(text, "had no water")
    assert c.text.startswith("the farms near Brest had no water")


def test_clause_lead_before_a_parenthetical_cue_stays_in_the_claim():
    text = "The new bridge, the minister said, will open in Vitebsk next spring."
    c = one_claim(text, "will open")
    assert c.text.startswith("The new bridge")


# -- "... - like, he says, the railway": one word after the lead dash -----------------
def test_one_word_after_a_lead_dash_starts_the_claim():
    text = (
        "Cheap loans let the city build the things it will need one day - like, "
        "he says, the railway and the schools - for less money than before."
    )
    c = one_claim(text, "the railway")
    assert c.text.startswith("like, he says, the railway")


# -- "X weighed in, telling a radio station, “...,” he said" ---------------------------
def test_narration_with_its_own_speech_verb_before_the_quote_is_not_the_claim():
    text = (
        "The former mayor weighed in as well, telling a Minsk radio station on Friday, "
        "“Both of them know the city very well,” he said."
    )
    c = one_claim(text, "know the city")
    assert c.text.startswith("“Both of them know the city")
    assert "weighed in" not in c.text


def test_a_title_after_the_narration_is_no_claim_start():
    text = (
        "The pastor attacked the charity for its spending on his weekly radio show, "
        "“Hours With The Pastor,” a local paper first reported."
    )
    c = one_claim(text, "attacked the charity")
    assert c.text.startswith("The pastor attacked the charity")


# -- "Despite a month of attacks, X has failed ..., a poll shows": the writer's frame ---
def test_fronted_concession_before_postposed_attribution_is_not_the_claim():
    text = (
        "Despite a month of sharp attacks, the opposition leader has failed to dent "
        "the mayor's lead in Gomel, a new poll shows."
    )
    c = one_claim(text, "has failed to dent")
    assert c.text.startswith("the opposition leader has failed")


def test_fronted_concession_before_according_to_is_not_the_claim():
    text = (
        "For all the talk of new factories, most workers in Mogilev still earn less "
        "than they did in 2019, according to the statistics office."
    )
    c = one_claim(text, "most workers")
    assert c.text.startswith("most workers in Mogilev still earn less")


def test_fronted_clause_with_a_verb_stays_in_the_claim():
    text = (
        "Despite what was promised, the bridge in Vitebsk will not open this year, officials said."
    )
    c = one_claim(text, "will not open")
    assert c.text.startswith("Despite what was promised")
