"""Speaker phrases found in session 10's reading of missed quotes (own words)."""

from belreader.claims import extract_claims


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker_mention, c.text) for c in extract_claims(text)]


def test_hyphenated_role_noun_after_the_quote_speaks():
    # "co-founder" is "founder" with a prefix: the same speaker noun
    text = "“The archive stays open,” the co-founder says."
    assert _speakers(text) == [("the co-founder", "“The archive stays open,”")]


def test_hyphenated_noun_with_a_determiner_before_the_verb_speaks():
    # "the voice-over" is a determined noun phrase like "the narrator"
    text = "“Every vote will count this time,” the voice-over says."
    assert [s for s, _ in _speakers(text)] == ["the voice-over"]


def test_prefixed_role_noun_opens_reported_speech():
    text = "The ex-minister said the new tariffs would hurt farmers in the east."
    claims = extract_claims(text)
    assert [(c.speaker_mention, c.text) for c in claims] == [
        ("The ex-minister", "the new tariffs would hurt farmers in the east")
    ]
