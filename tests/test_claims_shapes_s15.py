"""Claim shapes from English styles not read before (session 15): the Economist's
"reckons", factbox bullets, inverted "Says X:" leads, quotes inside parentheses, counted
lists of points, habits before the verb, double appositives and short "that" clauses."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import claims_with, one_claim


# -- "reckons": an opinion reported as the speaker's ----------------------------------
def test_reckons_reports_a_claim():
    text = "The mill's director reckons the new tariff will halve exports to Lithuania."
    c = one_claim(text, "tariff")
    assert c.text == "the new tariff will halve exports to Lithuania"
    assert c.speaker_mention == "The mill's director"


# -- a relative aside whose closing comma is inside the quote mark ----------------------
def test_aside_content_ends_at_comma_inside_the_quote_mark():
    text = (
        'The governor, who once said the harvest was "the best in a decade," '
        "is now blaming the weather for empty shelves."
    )
    c = one_claim(text, "harvest")
    assert c.text == 'the harvest was "the best in a decade,"'
    assert "blaming" not in c.text


# -- parentheses around a quote and its attribution ------------------------------------
def test_parenthesised_quote_does_not_start_with_the_bracket():
    text = "The guards searched his bag. (“They were bored, not angry,” he recalls.) Then he left."
    c = one_claim(text, "bored")
    assert c.text == "“They were bored, not angry,”"


def test_parenthesised_quote_after_narration_starts_at_the_quote():
    text = "The minister looked calm (“We expected worse,” she admits)."
    c = one_claim(text, "expected worse")
    assert c.text == "“We expected worse,”"


def test_bracketed_sentence_claim_drops_the_closing_bracket():
    text = "(The mayor of Hrodna said the bridge would reopen in May.)"
    c = one_claim(text, "bridge")
    assert c.text == "the bridge would reopen in May"


# -- a factbox bullet --------------------------------------------------------------------
def test_bullet_before_a_described_quote():
    text = '* Latvian Prime Minister Evika Silina called the drills "a provocation".'
    c = one_claim(text, "provocation")
    assert c.speaker == "Evika Silina"


# -- "Says X: “...”": an inverted lead ---------------------------------------------------
def test_inverted_says_lead_before_colon_and_quote():
    text = "Few returned. Says one exile in Warsaw: “They would arrest me at the station.”"
    c = one_claim(text, "arrest me")
    assert c.kind == "direct"
    assert c.speaker_mention == "one exile in Warsaw"


def test_inverted_adds_lead_with_a_name():
    text = "The strike ended on Monday. Adds Ms Kovalenko: “Nobody got what they wanted.”"
    c = one_claim(text, "Nobody got")
    assert c.speaker_mention == "Ms Kovalenko"


# -- habits before the verb are not the speaker ----------------------------------------
def test_likes_to_is_not_part_of_the_speaker():
    text = "Mr Karpenka likes to boast that his region never missed a harvest target."
    c = one_claim(text, "harvest target")
    assert c.speaker_mention == "Mr Karpenka"


# -- two appositives after a name --------------------------------------------------------
def test_name_before_two_appositives_is_the_speaker():
    text = (
        "Alena Marozava, an economist at BEROC, a think-tank now based in Vilnius, "
        "says trust in the state media is falling."
    )
    c = one_claim(text, "trust in the state media")
    assert c.speaker_mention == "Alena Marozava"


# -- a counted list of points ------------------------------------------------------------
def test_counted_list_keeps_every_item_and_drops_the_count():
    text = (
        "He told the officers two things: first, that the border would stay shut; "
        "and second, that no leave would be granted before spring."
    )
    c = one_claim(text, "border would stay shut")
    assert not c.text.startswith("two things")
    assert c.text.endswith("no leave would be granted before spring")


# -- the speaker's next act in the present tense -----------------------------------------
def test_but_blames_ends_the_content():
    text = 'The minister concedes that prices are "a little high", but blames it on traders.'
    c = claims_with(text, "prices")[0]
    assert c.text == 'prices are "a little high"'


# -- a two-word clause after "that" ------------------------------------------------------
def test_short_that_clause_is_a_claim():
    text = "Ales told the court that he resigned."
    assert [c.text for c in extract_claims(text)] == ["he resigned"]


# -- a body with a participle after it -------------------------------------------------
def test_panel_appointed_by_speaks():
    text = "A panel appointed by the governor said the dam had been inspected twice."
    c = one_claim(text, "dam had been inspected")
    assert c.speaker_mention == "A panel appointed by the governor"


def test_commission_set_up_in_a_year_speaks():
    text = "A commission set up in 2021 said returning students would not be questioned."
    c = one_claim(text, "returning students")
    assert c.speaker_mention == "A commission set up in 2021"
