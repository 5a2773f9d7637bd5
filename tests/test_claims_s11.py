"""Openers and mentions found in session 11's reading of 2,095 BBC articles (own words)."""

from belreader.claims import extract_claims


def _claims(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.speaker, c.speaker_mention, c.text) for c in extract_claims(text)]


def test_having_said_that_is_no_report():
    # the idiom means "nevertheless": nobody says what follows it
    text = "The bridge is late. Having said that, the builders are working round the clock."
    assert _claims(text) == []


def test_having_said_that_leaves_the_real_claim_in_the_same_paragraph():
    text = (
        "Having said that, the road will reopen in May. "
        "Ivan Sadko said the road would reopen in June."
    )
    assert _claims(text) == [("Ivan Sadko", "Ivan Sadko", "the road would reopen in June")]


def test_a_participle_answering_claims_is_not_their_speaker():
    # "Dismissing claims that ...": "claims" is the participle's object, a noun; the
    # minister's words after the comma are the claim
    text = "Dismissing claims that the tax was unfair, the minister said it would stay."
    assert _claims(text) == [("the minister", "the minister", "it would stay")]


def test_a_surname_in_ing_still_claims():
    # "Manning", "Fleming": surnames, not participles of a verb
    text = "Fleming claims that the ballots were counted twice."
    assert _claims(text) == [("Fleming", "Fleming", "the ballots were counted twice")]


def test_a_cut_name_widens_its_mention_to_the_whole_name():
    # the pane shows the mention: "as 'Commission'" would be half a name
    text = "Last week the Central Election Commission said the count was complete."
    assert _claims(text) == [
        (
            "the Central Election Commission",
            "the Central Election Commission",
            "the count was complete",
        )
    ]


def test_a_sentence_opening_relative_clause_with_commas_keeps_its_subject():
    # the phrase before the last comma ("Belarus") sits inside the relative clause
    text = "Anna Petrova, who lost her son in Grodno, Belarus, in August 2020, said the police lied about the arrests."
    assert _claims(text) == [("Anna Petrova", "Anna Petrova", "the police lied about the arrests")]


def test_a_whose_clause_with_a_named_thing_keeps_its_subject():
    # "Brest" is the hometown named inside the clause, not the speaker
    text = "Ivan Sadko, whose hometown, Brest, sits on the border, argues that the fence will fail."
    assert _claims(text) == [("Ivan Sadko", "Ivan Sadko", "the fence will fail")]


def test_an_occasion_followed_by_an_alternative_stays_in_the_claim():
    # "or face a strike" is the demand's other half, not the time it was made
    text = (
        "The union called on the ministry to reverse the cuts by midday on Monday or face a strike."
    )
    assert [c.text for c in extract_claims(text)] == [
        "the ministry to reverse the cuts by midday on Monday or face a strike"
    ]


def test_a_possessive_day_is_part_of_the_object_not_its_occasion():
    # "Sunday's auction" is what the ministry took part in, not when it was accused
    text = "The opposition accused the ministry of illegally taking part in Sunday's auction."
    assert [c.text for c in extract_claims(text)] == [
        "the ministry of illegally taking part in Sunday's auction"
    ]


def test_an_occasion_cut_does_not_reach_back_across_another_preposition():
    # the first "in" belongs to the object ("the rise in the minimum wage")
    text = "The union called for a review of the rise in the minimum wage in October."
    assert [c.text for c in extract_claims(text)] == ["a review of the rise in the minimum wage"]


def test_the_sources_appositive_after_according_to_is_not_the_claim():
    text = (
        "According to Ivan Sadko, writing for Nasha Niva, the probe has widened to three regions."
    )
    assert _claims(text) == [("Ivan Sadko", "Ivan Sadko", "the probe has widened to three regions")]


def test_a_clause_after_according_to_stays_the_claim():
    # "a recession is likely" has its verb: the content, not a role of the source
    text = "According to the ministry, a recession is likely, and prices will rise."
    assert [c.text for c in extract_claims(text)] == ["a recession is likely, and prices will rise"]


def test_a_claim_cut_before_the_next_one_stops_before_its_cue():
    # the first claim used to keep "telling Belsat that", the second claim's cue
    text = (
        "Opposition leader Anna Petrova rejected the minister's comment, telling Belsat "
        'that the party was not "afraid". "We have a real fight ahead."'
    )
    assert extract_claims(text)[0].text == "the minister's comment"


def test_a_claim_cut_before_the_next_speaker_drops_the_link_word():
    # the first claim used to end in "when the minister had indicated", the next
    # claim's speaker and cue
    text = (
        "She questioned why there was such a hurry to pass the law when the minister "
        "had indicated it would be softened."
    )
    assert [c.text for c in extract_claims(text)] == [
        "why there was such a hurry to pass the law",
        "it would be softened",
    ]
