"""A "who said ..." in mid-sentence: the person named right before its comma speaks,
and where another noun could be the one meant, nobody is named. Texts written for these
tests."""

from __future__ import annotations

from belreader.claims import extract_claims


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.speaker, c.speaker_mention, c.text) for c in extract_claims(text)]


def test_a_name_before_who_said_speaks():
    text = "The crowd in Grodno cheered for Lukashenko, who said the border would stay closed."
    assert _said(text) == [("Alexander Lukashenko", "Lukashenko", "the border would stay closed")]


def test_a_person_with_an_article_after_from_speaks():
    text = "The last question came from a young farmer, who said the new tax would ruin him."
    assert _said(text) == [("a young farmer", "a young farmer", "the new tax would ruin him")]


def test_who_added_after_a_denial_by_a_named_man_and_his_next_he():
    text = (
        "That charge was denied by Mr Tsikhanouski, who said the officials were afraid of "
        "the campaign. He warned the ministry that the arrests had cost it dearly before."
    )
    speakers = [c.speaker_mention for c in extract_claims(text)]
    assert speakers == ["Mr Tsikhanouski", "He"]
    first, second = extract_claims(text)
    assert first.speaker and second.speaker  # the "He" is the man of the "who"
    assert first.speaker.endswith("Tsikhanouski") and second.speaker.endswith("Tsikhanouski")


def test_the_son_of_a_man_who_said_names_nobody():
    # "who" may be the son or his father: a wrong name is the worst output
    text = "She met the son of Lukashenko, who said the border would stay closed."
    assert not any(c.speaker for c in extract_claims(text))


def test_a_place_after_on_is_no_speaker():
    text = "He was mocked by opponents on the left, who accused the minister of gloom."
    assert not any(c.speaker_mention == "the left" for c in extract_claims(text))
