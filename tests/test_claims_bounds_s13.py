"""Where reported content ends or starts (round 13): the writer's words around a claim
are not the speaker's."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "X said A but would not say B": what the speaker would not tell is the writer's ----
def test_content_ends_before_but_would_not_give_details():
    text = (
        "The ministry confirmed that two border crossings would close on Monday "
        "but would not give details of the new checks."
    )
    c = one_claim(text, "two border crossings")
    assert c.text == "two border crossings would close on Monday"


def test_content_ends_before_but_declined_to_name():
    text = (
        "The Minsk firm said it had signed a deal with a Chinese partner "
        "but declined to name the buyer."
    )
    c = one_claim(text, "signed a deal")
    assert c.text.endswith("with a Chinese partner")


def test_a_refusal_with_could_not_stays_in_the_claim():
    # "could not" is what the speaker reports of himself: the claim goes on
    text = "The driver said he had reached the border but could not give the guards his papers."
    c = one_claim(text, "reached the border")
    assert c.text.endswith("his papers")
