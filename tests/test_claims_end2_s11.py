"""Where reported content ends (round 11, second pass): a quote that continues a split
quote after the writer's note on its speaker belongs to one claim only."""

from __future__ import annotations

from belreader.claims import Claim, extract_claims

from .claims_helpers import one_claim


def by_cue(text: str, cue: str) -> Claim:
    claims = [c for c in extract_claims(text) if c.cue == cue]
    assert len(claims) == 1, (cue, extract_claims(text))
    return claims[0]


# -- "“A,” said X, who declined to B. “C.”": C continues A, not X's own claim ----------
def test_quote_after_a_relative_clause_continues_the_first_quote():
    text = (
        "“The border will stay open this winter,” said a customs officer, who declined "
        "to give his name. “Nobody here expects a closure.”"
    )
    assert by_cue(text, "declined").text == "to give his name"
    first = by_cue(text, "said")
    assert "Nobody here expects" in first.text


def test_quote_after_a_participle_continues_the_first_quote():
    text = (
        "“Prices for fuel have doubled since spring,” the farmer said, noting that the "
        "harvest in the Gomel region was late. “We cannot plan anything now.”"
    )
    assert by_cue(text, "noting").text == "the harvest in the Gomel region was late"
    first = by_cue(text, "said")
    assert "We cannot plan" in first.text


# -- "“A,” he said, adding that B. “C.”": C goes on with what was added -----------------
def test_quote_after_adding_continues_the_added_statement():
    text = (
        "“The talks in Minsk went well,” the envoy said, adding that a second round "
        "would follow in March. “We have agreed on the agenda.”"
    )
    assert by_cue(text, "said").text == "“The talks in Minsk went well,”"
    added = by_cue(text, "adding")
    assert added.text.startswith("a second round would follow in March")
    assert added.text.endswith("We have agreed on the agenda.”")


# -- "rejected X, telling Y that A. “B.”": B goes on with the nearer claim ---------------
def test_quote_after_two_claims_continues_the_nearer_one():
    text = (
        "The minister rejected the report, telling reporters that the figures were "
        "“simply wrong”. “We will publish our own data next week.”"
    )
    assert "publish" not in by_cue(text, "rejected").text
    told = by_cue(text, "telling")
    assert told.text.endswith("our own data next week.”")


# -- "said A, but officials said B": after "but", another source's word ----------------
def test_content_ends_before_but_and_another_source():
    text = (
        "The ministry said the potash plant would reopen in May, but local officials "
        "said the repairs would take at least a year."
    )
    claims = extract_claims(text)
    assert [c.text for c in claims] == [
        "the potash plant would reopen in May",
        "the repairs would take at least a year",
    ]


def test_content_ends_before_but_and_a_report_that_reveals():
    text = (
        "The governor said the new hospital had cost less than planned, but several "
        "audits reveal the opposite."
    )
    c = one_claim(text, "hospital")
    assert c.text == "the new hospital had cost less than planned"


# -- "vowing A, and suggesting B": a second participle of speech ----------------------
def test_second_participle_of_speech_opens_its_own_claim():
    text = (
        "The governor has indicated he would rebuild the roads, vowing to reopen every "
        "bridge, and suggesting the army would help with the repairs."
    )
    assert by_cue(text, "vowing").text == "to reopen every bridge"
    assert by_cue(text, "suggesting").text == "the army would help with the repairs"
