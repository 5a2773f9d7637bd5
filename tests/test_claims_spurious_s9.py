"""Claims where nothing was said: a cue word in another sense ("adding to her lead",
"battleground states", "Lukashenko's remarks"), a markup tag, a show's title after
"said on", a scene-setting phrase before "he said:". Each test keeps a real claim of the
same shape beside it. Sentences are written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import claims_with, one_claim

# "add" in the sense of "increase"


def test_adding_to_a_lead_is_no_claim():
    text = (
        "Tsikhanouskaya won the vote in Grodno on Sunday, adding to her lead over "
        "the other candidates in the western regions."
    )
    assert extract_claims(text) == []


def test_adding_up_to_a_sum_is_no_claim():
    text = "By evening, the delays at the Brest crossing had added up to a queue of forty trucks."
    assert extract_claims(text) == []


def test_adding_an_amount_is_no_claim():
    text = "In the past three years, the Minsk tractor plant has added 2,000 workers to its lines."
    assert extract_claims(text) == []
    text = "The rouble added around 3 percent against the dollar in March."
    assert extract_claims(text) == []


def test_adding_a_clause_is_still_a_claim():
    text = "The mayor added that the square would reopen in May."
    assert one_claim(text, "square").speaker_mention == "The mayor"
    text = "The mayor added two more buses would run on Sundays."
    assert one_claim(text, "buses").cue == "added"


# a title in quotation marks after "said on ..." is no quote of the speaker


def test_a_show_named_after_said_on_is_no_quote():
    text = (
        "“We will not leave the talks,” the foreign minister said on Belarus 1's “Main Broadcast.”"
    )
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["“We will not leave the talks,”"]
    assert claims[0].speaker == "the foreign minister"


def test_a_memoir_named_after_wrote_in_is_no_quote():
    text = "“The border was never closed to us,” she wrote in her memoir, “Years of Silence.”"
    assert [c.text for c in extract_claims(text)] == ["“The border was never closed to us,”"]


def test_a_claim_after_the_show_title_is_found():
    text = (
        "The senator said on ABC's “This Week” on Sunday that the sanctions had "
        "failed to change anything in Minsk."
    )
    claim = one_claim(text, "sanctions")
    assert claim.text == "the sanctions had failed to change anything in Minsk"


def test_a_short_quote_after_said_is_still_a_claim():
    text = "Asked whether he would run again, the mayor said, “Probably.”"
    assert one_claim(text, "Probably").cue == "said"


# a scene-setting phrase before "he said:" is not what was said


def test_a_fronted_phrase_before_said_colon_is_no_claim():
    text = "The minister spoke to the farmers in Pinsk in April. In a speech last July, he said:"
    assert extract_claims(text) == []


def test_a_fronted_phrase_with_a_clause_is_still_a_claim():
    text = "In Minsk the queues were longer than ever, he said."
    assert one_claim(text, "queues").speaker_mention == "he"


# a cue word that is a noun or a tag name


def test_counted_states_are_no_cue():
    text = "Strong results in the four states that voted on Tuesday gave her campaign new hope."
    assert extract_claims(text) == []


def test_the_verb_states_is_still_a_cue():
    text = "The new law states that every rally needs a permit."
    assert one_claim(text, "permit").cue == "states"


def test_a_markup_tag_is_no_cue():
    text = '<tweet id="672" author="@minsk_news" datetime="2020-08-09">#BRIDGE OPEN</tweet>'
    assert extract_claims(text) == []


def test_remarks_after_a_possessive_report_nothing():
    text = (
        "Andrei Sannikov of Minsk, a former candidate who spent two years in prison, "
        "denounced Mr. Lukashenko's remarks."
    )
    assert claims_with(text, "Sannikov") == []
    text = (
        "Olga Karach, the director of a rights group in Vilnius, praised "
        "Tsikhanouskaya's remarks on Thursday, but also used them to ask for more."
    )
    assert claims_with(text, "Karach") == []


def test_a_possessive_before_claims_that_still_reports():
    text = "The ministry's claims that the border was calm were false, the observers said."
    assert claims_with(text, "border")


def test_a_book_named_after_a_narrated_sentence_is_no_quote():
    text = (
        "His family's plans to return to Grodno were dashed by the war, the economist "
        "said in his 2019 book, “A Country Apart.”"
    )
    assert claims_with(text, "Country Apart") == []


def test_after_a_fronted_phrase_the_claim_is_the_sentence_around_the_attribution():
    text = (
        "On a larger scale, said Ms. Kovalenko, the new border rules will cost the "
        "region's farmers a third of their exports."
    )
    claim = one_claim(text, "border rules")
    assert claim.speaker_mention == "Ms. Kovalenko"
    assert claim.text.startswith("On a larger scale")
    assert claim.text.endswith("a third of their exports")


def test_claims_after_have_are_a_noun():
    text = (
        "Besides Russia, Poland, Lithuania and Latvia have claims on the old railway "
        "depot, and talks have stalled."
    )
    assert extract_claims(text) == []


def test_a_thousands_comma_is_no_clause_boundary():
    text = (
        "Though the marches in Minsk drew large crowds, they fell short of the 80,000 a "
        "day city officials estimated before the vote."
    )
    assert claims_with(text, "80") == []
    text = "At the union congress, 1,409 teachers said they wanted a strike in the spring."
    assert one_claim(text, "strike").speaker_mention == "1,409 teachers"
