"""Speakers across whole articles: the patterns the BBC article audit
(benchmarks/claims_article_audit.py) found wrong. Texts written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.speaker_mention) for c in extract_claims(text)]


def speaker_of(text: str, mention: str) -> str | None:
    hits = [c.speaker for c in extract_claims(text) if c.speaker_mention == mention]
    assert hits, f"no claim with the mention {mention!r}: {speakers(text)}"
    return hits[-1]


def test_title_before_name_does_not_hide_the_person():
    # "Mr Kellan" ties to the full name even when a long title came first
    text = (
        "Regional Transport Secretary Oswin Kellan said the line would reopen in May.\n\n"
        "Mr Kellan said the delay was regrettable.\n\n"
        "The repairs were mostly done, he said."
    )
    assert speaker_of(text, "Mr Kellan") == "Oswin Kellan"
    assert speaker_of(text, "he") == "Oswin Kellan"


def test_peerage_title_is_the_same_woman():
    text = (
        "Marta Quillon has said the chamber needs new rules.\n\n"
        "Baroness Quillon, a former speaker, said reform had stalled.\n\n"
        '"We cannot wait another decade," she said.\n\n'
        "Lady Quillon said she would table a motion."
    )
    assert speaker_of(text, "she") == "Marta Quillon"
    assert speaker_of(text, "Lady Quillon") == "Marta Quillon"


def test_letters_after_a_name_and_party_words_are_not_people():
    # "Bram Hollis MP" is Bram Hollis (a man: "Sir"); "Lib Dem" is no person of
    # unknown gender standing between the pronoun and him
    text = (
        "Senior Labour MP Sir Bram Hollis said the budget was timid.\n\n"
        "Lib Dem councillors were not consulted.\n\n"
        '"Nobody believes these numbers," he said.'
    )
    assert speaker_of(text, "he") == "Bram Hollis"
