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


def test_match_report_rubrics_are_not_speakers():
    # a team sheet's "Subs:" and a score line's "Result:" label lists, nobody speaks
    text = (
        "Minsk win the derby\n\n"
        "Subs: Ostrov, Kalina, Ryabov, Yanuk, Sadko.\n\n"
        "Result: Dinamo 3-1 (2-0) Torpedo\n\n"
        "Ivan Melnik said the team had earned the win."
    )
    assert [c.speaker for c in extract_claims(text)] == ["Ivan Melnik"]


def test_a_label_before_a_list_of_names_is_no_speaker_even_if_it_looks_like_one():
    # any capitalised label before a bare list of names with commas is a team sheet
    text = "Forwards: Petrov, Sidorov, Ivanov, Orlov\n\nThe coach said nothing."
    assert all(c.speaker != "Forwards" for c in extract_claims(text))


def test_a_named_label_before_a_title_case_headline_still_speaks():
    text = "Alena Voranava: Belarus Is Not a Prison\n\nShe wrote the letter in May."
    claims = extract_claims(text)
    assert [(c.speaker, c.text) for c in claims][:1] == [
        ("Alena Voranava", "Belarus Is Not a Prison")
    ]


def test_a_common_noun_before_a_headline_verb_is_no_speaker():
    # "Row threatens ...": the body says "a row", never "Row" as a name
    text = (
        "Row threatens museum plan\n\n"
        "A row between the city and the owners of the house has put the plan at risk."
    )
    assert all(c.speaker != "Row" for c in extract_claims(text))


def test_a_one_word_headline_speaker_named_in_the_body_still_speaks():
    text = (
        "Tsikhanouskaya warns of new arrests in the regions\n\n"
        "The opposition leader Sviatlana Tsikhanouskaya spoke in Vilnius on Monday."
    )
    claims = extract_claims(text)
    assert claims and claims[0].speaker_mention == "Tsikhanouskaya"
    assert claims[0].text == "new arrests in the regions"  # what she warns of


def test_a_phrase_cut_inside_a_bodys_name_gets_the_whole_name():
    # the subject finder stopped at "Awards"; the name is "the Brit Awards"
    text = "Last month the Minsk Film Awards announced that the prize would go."
    assert [c.speaker for c in extract_claims(text)] == ["the Minsk Film Awards"]


def test_a_bodys_name_after_a_preposition_is_not_the_speaker():
    # "a detainee in Valozhyn Prison said": the prison is where he is, not who speaks
    text = "In a statement, detainee 'A' in Valozhyn Prison said: \"We are not allowed to write home.\""
    claims = extract_claims(text)
    assert len(claims) == 1 and claims[0].speaker is None


def test_a_bodys_name_opening_the_sentence_still_speaks():
    text = "Valozhyn Prison said the inmates were safe and well."
    assert [c.speaker for c in extract_claims(text)] == ["Valozhyn Prison"]


def test_a_prefixed_role_refers_back_to_the_person_given_it():
    text = (
        "Party co-chairman Oleg Rudak spoke in Hrodna on Monday. Ivan Maisak listened.\n\n"
        "The party co-chairman said the list of candidates would be published in May."
    )
    claims = extract_claims(text)
    assert [(c.speaker, c.speaker_mention) for c in claims] == [
        ("Oleg Rudak", "The party co-chairman")
    ]


def test_a_surname_that_is_also_a_month_speaks_after_a_given_name():
    text = "Theresa May said the new rules for child support were inadequate."
    assert [(c.speaker, c.text) for c in extract_claims(text)] == [
        ("Theresa May", "the new rules for child support were inadequate")
    ]
    # the month alone is still a date: "In May the minister said ..."
    text = "In May the minister said the bridge would reopen in the autumn."
    assert [c.speaker for c in extract_claims(text)] == ["the minister"]


def test_a_role_with_the_name_in_apposition_is_that_person_not_an_earlier_holder():
    # "Secretary" matches Hewitt's role too; the name given in apposition decides
    text = (
        "Trade Secretary Anna Hewel said the plan was fair. "
        "The Shadow Secretary of State for the Family, Olga May, said: "
        '"These plans were announced in December and are being recycled."\n\n'
        "She said the opposition would publish its own plan before the election."
    )
    speakers = [c.speaker for c in extract_claims(text)]
    assert speakers == ["Anna Hewel", "Olga May", "Olga May"]


def test_a_quote_that_runs_on_with_its_paragraph_breaks_lost_reopens():
    # the source dropped the breaks of a two-paragraph quote: '... weeks. "We ...'
    # opens a new quote, so the next speaker's quote is paired the right way round
    text = (
        'Ms Baran said: "We have already doubled the grant. "We are going to extend it '
        'by 2007." She said the rules were clear. Opposition leader Pavel Lis said: '
        '"These plans were announced last year and are being recycled."\n\n'
        "He said his party would publish its own plan."
    )
    claims = extract_claims(text)
    direct = [(c.speaker_mention, c.text) for c in claims if c.kind == "direct"]
    assert (
        "Opposition leader Pavel Lis",
        '"These plans were announced last year and are being recycled."',
    ) in direct
    assert [c.speaker for c in claims][-1] == "Pavel Lis"


def test_a_role_after_a_titled_full_name_is_not_the_speakers_name():
    text = (
        "Party policy co-ordinator Ivan Sidorchik, MP for Pinsk, added: "
        '"If it were not so serious it would be funny."'
    )
    # (the words that describe him, capitalised by the sentence, are no part either)
    assert [c.speaker for c in extract_claims(text)] == ["Ivan Sidorchik"]


def test_a_region_after_a_town_in_an_aside_is_not_the_speaker():
    # "Anna Kruk, a student from Lida, Hrodna said ...": the region ends the aside
    text = "Anna Kruk, a student from Lida, Hrodna said the buses had stopped running."
    claims = extract_claims(text)
    assert [c.speaker for c in claims] == [None]
    # a fronted phrase with a place still leaves its subject speaking
    text = "Speaking in Minsk, Lukashenko said the vote had been fair."
    assert [c.speaker_mention for c in extract_claims(text)] == ["Lukashenko"]
