"""Round 18: an attribution whose verb comes before its speaker, in mid-sentence ("As a
result, says the committee, the government ...", "That, says Mr Shraibman, is the
problem") or closing the sentence with a bare plural ("..., said police.", "..., say
analysts."). These were missed, or gave the words before the comma as the speaker."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import only, speakers


def test_a_short_lead_then_an_inverted_attribution_is_one_claim():
    assert [
        (c.speaker, c.speaker_mention, c.text)
        for c in extract_claims(
            "As a result, says the committee, the government may need to rewrite the law."
        )
    ] == [
        (
            "the committee",
            "the committee",
            "As a result, says the committee, the government may need to rewrite the law",
        )
    ]
    claim = only("That, says Mr Shraibman, is precisely the problem for the Kremlin.")
    assert (claim.speaker, claim.text) == (
        "Mr Shraibman",
        "That, says Mr Shraibman, is precisely the problem for the Kremlin",
    )


def test_words_before_a_comma_and_the_cue_are_no_speaker():
    claim = only("The reforms, says the committee, will fail to cut the deficit.")
    assert claim.speaker == "the committee"
    assert claim.text == "The reforms, says the committee, will fail to cut the deficit"


def test_the_subject_before_an_inverted_attribution_keeps_its_verb_after_it():
    claim = only(
        "What needs to happen now, agree analysts, is for the border to reopen to lorries."
    )
    assert claim.speaker == "analysts"
    assert claim.text.endswith("is for the border to reopen to lorries")


def test_a_bare_plural_after_the_cue_speaks():
    assert speakers("The road to the Polish border was closed, said police.") == [
        ("police", "police")
    ]
    assert speakers("Potash prices will rise again, say industry analysts, despite the ban.") == [
        ("industry analysts", "industry analysts")
    ]


def test_a_verb_and_its_object_or_a_relative_clause_are_no_inverted_attribution():
    assert (
        extract_claims(
            "All three, who have repeatedly denied the allegations, have also been charged "
            "by a prosecutor in Grodno."
        )
        == []
    )
    assert extract_claims("She won a majority of regular, pledged delegates in the east.") == []
    claims = extract_claims(
        "The relative, a woman who asked to remain anonymous, said he had been "
        "“simply in the wrong car park”."
    )
    assert [(c.speaker, c.text) for c in claims] == [
        ("the relative", "he had been “simply in the wrong car park”")
    ]
