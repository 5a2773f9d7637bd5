"""Direct quotes in every quotation style, read from whole articles.

All texts here are written for these tests. Each style the claims issue names has a
test on a multi-paragraph text: quotes over several paragraphs (the cue in the first or
in the last one), a quote paragraph after the sentence naming its speaker, colon quotes,
quotes split by their attribution, single quotes against apostrophes, «guillemets» and
„low-high“ marks; then bad input.
"""

from __future__ import annotations

import time

from belreader.claims import extract_claims

from .claims_helpers import one_claim

LUKA = "Alexander Lukashenko"
TSIKH = "Sviatlana Tsikhanouskaya"


# -- quotes over several paragraphs ----------------------------------------------------------
def test_a_quote_over_three_paragraphs_with_the_cue_in_the_first():
    text = (
        "Sviatlana Tsikhanouskaya addressed the Belarusian diaspora in Warsaw on Sunday.\n\n"
        "“We have waited a long time for this,” she said. “Every family in Hrodna knows "
        "someone who was taken away at night.\n\n"
        "“The regime is counting on us getting tired. We are not tired.\n\n"
        "“And our country will be free sooner than they think.”\n\n"
        "The meeting ended with the national anthem."
    )
    c = one_claim(text, "waited a long time")
    assert c.kind == "direct" and c.speaker == TSIKH
    assert "sooner than they think" in c.text and "regime is counting" in c.text
    assert "national anthem" not in c.text


def test_a_quote_over_two_paragraphs_with_the_cue_in_the_last():
    text = (
        "Alexander Lukashenko met district chiefs in Mogilev.\n\n"
        "“The flax must be in by the end of the month. I will forgive nobody for losses.\n\n"
        "“Each of you answers for his own fields,” Mr Lukashenko said.\n\n"
        "The chiefs took notes."
    )
    c = one_claim(text, "flax must be in")
    assert c.kind == "direct" and c.speaker == LUKA
    assert "answers for his own fields" in c.text
    assert "took notes" not in c.text


# -- the speaker named before the quote --------------------------------------------------
def test_a_quote_paragraph_after_a_sentence_ending_in_a_colon():
    text = (
        "Pavel Latushka spoke to journalists in Vilnius on Friday. He said:\n\n"
        "“The vote was neither free nor fair, and every embassy in Minsk knows it.”\n\n"
        "The foreign ministry in Minsk did not reply."
    )
    c = one_claim(text, "neither free nor fair")
    assert c.kind == "direct" and c.speaker == "Pavel Latushka"
    assert c.speaker_mention == "He"


def test_a_quote_sentence_after_the_sentence_that_names_its_speaker():
    text = (
        "Maria Kalesnikava's lawyer spoke to reporters outside the court in Minsk. "
        "“My client has not seen a letter from her family for months.”"
    )
    c = one_claim(text, "has not seen a letter")
    assert c.kind == "direct" and c.speaker_mention == "Maria Kalesnikava's lawyer"


def test_colon_quotes_in_guillemets_and_low_high_marks():
    for open_, close in (("«", "»"), ("„", "“")):
        text = (
            "Alexander Lukashenko spoke at the parade in Minsk.\n\n"
            f"He added: {open_}Belarus has never asked anybody for permission.{close}"
        )
        c = one_claim(text, "never asked anybody")
        assert c.kind == "direct" and c.speaker == LUKA and c.cue == "added"
        assert c.text.startswith(open_) and c.text.endswith(close)


def test_a_quote_after_the_last_clause_of_a_longer_sentence():
    text = (
        "Tsikhanouskaya visited the Belarusian school in Vilnius on Monday.\n\n"
        "At one point, a pupil asked for a photograph and Tsikhanouskaya said, "
        "“Only if you promise to learn the language.”\n\n"
        "Waving both hands at the crowd in the yard, Latushka shouted, “See you in Minsk!”"
    )
    c = one_claim(text, "learn the language")
    assert c.kind == "direct" and c.speaker == TSIKH and c.cue == "said"
    # the pupil, who only asked, is not the speaker
    assert c.speaker_mention == "Tsikhanouskaya"
    c = one_claim(text, "See you in Minsk")
    assert c.kind == "direct" and c.speaker_mention == "Latushka" and c.cue == "shouted"


# -- a quote split by its attribution -----------------------------------------------------
def test_a_single_quoted_sentence_split_by_its_attribution_is_one_claim():
    text = "'We will not give up,' Tsikhanouskaya said in Vilnius, 'not now, and not ever.'"
    c = one_claim(text, "We will not give up")
    assert c.kind == "direct" and c.speaker == TSIKH
    assert c.text.endswith("not ever.'")


def test_a_split_quote_whose_attribution_says_what_it_is_about():
    text = (
        "“To the extent that anyone in Minsk listens,” Latushka said of the regime, "
        "“they will hear the same demand every week.”"
    )
    c = one_claim(text, "anyone in Minsk listens")
    assert c.kind == "direct" and c.speaker_mention == "Latushka"
    assert c.text.endswith("every week.”")
    # a second clause between the parts may bring another speaker: the parts stay apart
    other = text.replace("Latushka said of the regime,", "Latushka said as the guard shouted,")
    first = one_claim(other, "anyone in Minsk listens")
    assert "every week" not in first.text


def test_a_split_quote_whose_speaker_is_unknown_stays_unresolved():
    text = "'We will not give up,' he said, 'not now, not ever.'"
    c = one_claim(text, "We will not give up")
    assert c.kind == "direct" and c.text.endswith("not ever.'")
    assert c.speaker is None and c.speaker_mention == "he"  # nobody to refer to


# -- single quotes and apostrophes ---------------------------------------------------------
def test_apostrophes_in_an_article_make_no_quotes():
    text = (
        "Belarus's '90s were the years of rock 'n' roll in Minsk's cellars.\n\n"
        "At eight o'clock the workers' clubs closed, and the Lukashenkas' era hadn't begun.\n\n"
        "The musicians' memories of it don't fade."
    )
    assert [c for c in extract_claims(text) if c.kind == "direct"] == []


def test_apostrophes_typeset_as_opening_marks_make_no_quotes():
    # word processors turn the apostrophe of '90s and 'n' into an opening mark
    for text in (
        "Belarus’s ‘90s were the years of rock ’n’ roll in Minsk’s cellars, Latushka said.",
        "Belarus’s 1990s were the years of rock ‘n’ roll in Minsk’s cellars, Latushka said.",
    ):
        claims = extract_claims(text)
        assert [c.kind for c in claims] == ["indirect"], claims
    # a real single-quoted quote in the same typesetting still is one
    c = one_claim("‘Our ‘90s are over,’ Latushka said.", "are over")
    assert c.kind == "direct" and c.text == "‘Our ‘90s are over,’"


def test_a_single_quote_that_never_closes_makes_no_direct_claim():
    text = (
        "Tsikhanouskaya spoke in Vilnius on Monday.\n\n"
        "She said 'the sanctions must stay until every prisoner is free, and nobody "
        "in the government doubts that.\n\n"
        "The ministry in Minsk did not comment."
    )
    claims = extract_claims(text)
    assert all(c.kind != "direct" for c in claims)
    assert all(not c.text.startswith("'") for c in claims)


# -- bad input -----------------------------------------------------------------------------
def test_fifty_paragraphs_opening_quotes_that_never_close():
    paras = [f"“Paragraph {i} of the appeal from Minsk goes on without an end" for i in range(50)]
    assert extract_claims("\n\n".join(paras)) == []  # nobody says any of it
    # with a speaker at the very end, the quote reaches back a bounded number of paragraphs
    paras[-1] = "“The last paragraph of the appeal,” Latushka said."
    text = "\n\n".join(paras)
    claims = extract_claims(text)
    assert claims and all(text[c.start : c.end] == c.text for c in claims)
    assert all(c.text.count("\n\n") <= 8 for c in claims)


def test_extraction_time_grows_linearly_with_the_article():
    article = (
        "Sviatlana Tsikhanouskaya spoke in Vilnius.\n\n"
        "“We will not give up,” she said, “not now.” It's Belarus's '90s again.\n\n"
        "“The regime counts on us getting tired.\n\n"
        "Lukashenko said: 'The sanctions will fail.\n\n"
    )

    def cpu(n: int) -> float:
        text = article * n
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            extract_claims(text)
            best = min(best, time.process_time() - t0)
        return best

    small, large = cpu(300), cpu(2400)  # ~60 KB against ~0.5 MB
    # eight times the text: linear is ~8x; quadratic would be ~64x
    assert large < 20 * max(small, 1e-3)
