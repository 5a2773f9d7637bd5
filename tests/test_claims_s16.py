"""Round 16: quotes that follow an attribution with more words in between than the
usual "X said, “...”": a number with thousands separators in the adverbial, an
aside about what the speaker referred to, a colon after a described reply."""

from __future__ import annotations

from belreader.claims import Claim, extract_claims


def only(text: str) -> Claim:
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


# -- a number's thousands separator is no clause comma --------------------------------
def test_a_count_of_followers_does_not_split_the_attribution():
    claim = only(
        "Soon after the verdict was read in a Minsk courtroom on Friday, Tsikhanouskaya "
        "wrote to her 300,000 followers on X, “This is a day of shame for the regime,” "
        "and posted a photograph of Ales Bialiatski."
    )
    assert claim.kind == "direct"
    assert claim.text == "“This is a day of shame for the regime,”"
    assert claim.speaker == "Sviatlana Tsikhanouskaya"
