"""Quote spans that did not match (round 12): a quote that continues a quoted claim in
the next sentence while the writer's words follow it in that sentence."""

from __future__ import annotations

from .claims_helpers import one_claim


# -- "“A,” X said. “B,” which ...": the quote continues the claim, narration ends it ---
def test_continuing_quote_followed_by_a_relative_clause_joins_the_claim():
    text = (
        "“The harvest is late this year,” said Ivan Petrov, a farmer near Hrodna. "
        "“We lost two weeks of work to the rain,” which his neighbours also report."
    )
    c = one_claim(text, "The harvest is late")
    assert "We lost two weeks of work to the rain" in c.text
    assert "neighbours" not in c.text
    assert c.speaker_mention == "Ivan Petrov"


def test_continuing_quote_followed_by_the_writers_words_joins_the_claim():
    text = (
        "“Prices in the shops keep rising,” the economist told reporters in Minsk. "
        "“People now spend most of their income on food” and other basic needs."
    )
    c = one_claim(text, "Prices in the shops")
    assert "People now spend most of their income on food" in c.text
    assert "basic needs" not in c.text


def test_short_phrase_in_quotes_after_a_quoted_claim_stays_apart():
    text = "“We will not sign it,” the mayor said. “Never” was the word she used twice."
    c = one_claim(text, "We will not sign it")
    assert "Never" not in c.text
