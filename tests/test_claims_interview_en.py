"""English question-and-answer interviews: the answers ("A: ...") are the words of the
one person the introduction names; with two people named, an answer that carries its
own attribution, or a single question, nobody is guessed."""

from __future__ import annotations

from belreader.claims import extract_claims

INTRO = (
    "Interview: Kalesnikava on prison and exile\n\n"
    "Maria Kalesnikava spent five years in a Belarusian prison. We spoke to her in Berlin.\n\n"
)
EXCHANGE = (
    "Q: How did you survive the years in isolation?\n\n"
    "A: I counted days. I wrote letters that nobody received.\n\n"
    "Q: Will Lukashenko negotiate?\n\n"
    "A: He negotiates only when he has no choice.\n"
)


def answers(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in extract_claims(text) if c.cue == "A:"]


def test_each_answer_is_a_quote_of_the_one_person_the_introduction_names():
    found = extract_claims(INTRO + EXCHANGE)
    assert [(c.speaker, c.kind) for c in found] == [("Maria Kalesnikava", "direct")] * 2
    assert found[0].text == "I counted days. I wrote letters that nobody received"
    assert found[1].text == "He negotiates only when he has no choice"


def test_questions_are_not_claims_of_the_guest():
    assert all("survive" not in text for _, text in answers(INTRO + EXCHANGE))


def test_two_people_named_with_nobody_said_to_be_spoken_to_leave_the_answers_unclaimed():
    intro = "Hanna Liubakova and Maria Kalesnikava both left Belarus in 2020.\n\n"
    assert answers(intro + EXCHANGE) == []


def test_of_two_people_named_the_one_spoken_to_is_the_guest():
    intro = "Our correspondent Hanna Liubakova spoke to Maria Kalesnikava in Berlin.\n\n"
    assert [s for s, _ in answers(intro + EXCHANGE)] == ["Maria Kalesnikava"] * 2


def test_an_answer_with_its_own_attribution_is_a_narrated_exchange():
    exchange = EXCHANGE.replace(
        "A: He negotiates only when he has no choice.",
        "A: He negotiates only when he has no choice, she said.",
    )
    assert answers(INTRO + exchange) == []


def test_one_question_is_not_an_interview():
    one = "Q: Will Lukashenko negotiate?\n\nA: He negotiates only when he has no choice.\n"
    assert answers(INTRO + one) == []
