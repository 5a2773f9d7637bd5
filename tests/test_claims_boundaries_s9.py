"""Where reported content starts and ends, third round. Sentences are written for these
tests."""

from __future__ import annotations

from .claims_helpers import one_claim


def _content(text: str, containing: str) -> str:
    return one_claim(text, containing).text


# a parenthetical cue: the writer's narration before a lone dash is not the claim


def test_a_parenthetical_claim_starts_after_the_writers_dash():
    text = (
        "The union had planned a march for Saturday - and the permit, the lawyers "
        "said, had been refused by the city hall."
    )
    assert _content(text, "permit").startswith("the permit, the lawyers said")


def test_a_parenthetical_claim_with_a_dash_aside_keeps_its_start():
    text = (
        "The new tariff - announced on Monday - will hurt exporters, the economist "
        "said, and the farms will suffer first."
    )
    assert _content(text, "tariff").startswith("The new tariff")
