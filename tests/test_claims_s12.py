"""Round 12: a claim must not carry another source's words. Where a second source and its
verb of saying follow inside what the first speaker reported, with no comma, after a dash,
or after a comma with a clause of its own, the first claim ends and the second source gets
its own claim."""

from __future__ import annotations

from belreader.claims import Claim, extract_claims


def by_speaker(text: str, speaker: str) -> Claim:
    claims = [c for c in extract_claims(text) if (c.speaker or "").lower() == speaker.lower()]
    assert len(claims) == 1, (speaker, extract_claims(text))
    return claims[0]


# -- "A but the opposition says B": no comma before "but" ---------------------------------
def test_but_and_another_source_without_a_comma():
    text = (
        "The minister said the new border rules would ease trade with Lithuania but the "
        "opposition says they will hurt small traders."
    )
    assert by_speaker(text, "The minister").text == (
        "the new border rules would ease trade with Lithuania"
    )
    assert by_speaker(text, "the opposition").text == "they will hurt small traders"


# -- "A while the unions say B" --------------------------------------------------------------
def test_while_and_another_source():
    text = (
        "Officials said the plant in Grodno would reopen in March while the unions say "
        "most of its workers have already left the city."
    )
    assert by_speaker(text, "Officials").text == "the plant in Grodno would reopen in March"
    assert by_speaker(text, "the unions").text.startswith("most of its workers")


# -- "A - others say B" ----------------------------------------------------------------------
def test_a_hyphen_dash_and_another_source():
    text = (
        "Some farmers say the harvest in the Brest region was the best in a decade - others "
        "say the rains ruined half of it."
    )
    assert by_speaker(text, "Some farmers").text == (
        "the harvest in the Brest region was the best in a decade"
    )
    assert by_speaker(text, "others").text == "the rains ruined half of it"


# -- "A, 39 have said B": a figure as the next source, with "have" ---------------------------
def test_a_figure_with_have_opens_the_next_claim():
    text = (
        "Already, 120 deputies have said they back the budget, 39 have said they oppose it "
        "and the rest gave no answer."
    )
    first = by_speaker(text, "120 deputies")
    assert first.text == "they back the budget"


# -- "A, observers said they B": a noun subject and a clause of its own ---------------------
def test_comma_noun_source_and_a_clause_of_its_own():
    text = (
        "The company said in a statement that it would keep monitoring the market, "
        "observers said they expected it to leave the country by summer."
    )
    assert by_speaker(text, "The company").text == "it would keep monitoring the market"
    assert by_speaker(text, "observers").text == ("they expected it to leave the country by summer")


def test_comma_source_told_reporters_ends_the_content():
    text = (
        "The ministry said that exports to Russia rose in May, its head told reporters in "
        "Minsk on Friday."
    )
    assert by_speaker(text, "The ministry").text == "exports to Russia rose in May"


# -- what the new cuts must leave alone ----------------------------------------------------------
# These two pin behaviour that other rules give (the parenthetical cue takes the clause;
# "think" is no verb the cuts look for). Mutating the cuts' own guards ("(?![,.])",
# "(?!I\s)") does not make them fail: they are regression tests, not guards of those.
def test_a_parenthetical_cue_with_a_time_does_not_cut():
    # "the governor said last week," is an aside inside the reported clause: the
    # parenthetical cue reads the whole clause
    text = (
        "Aides insisted that the new road, the governor said last week, would be finished "
        "before the elections in the autumn."
    )
    claims = extract_claims(text)
    assert any("would be finished" in c.text for c in claims), claims
    assert not any(c.text == "the new road" for c in claims), claims


def test_but_and_the_speakers_own_words_stays_one_claim():
    text = (
        "The ambassador said the talks had been difficult but I think they were useful, "
        "according to the notes of the meeting."
    )
    claims = [c for c in extract_claims(text) if c.cue == "said"]
    assert claims and "they were useful" in claims[0].text, claims


# -- a time or "when asked" between the verb and a colon quote ----------------------------
def test_colon_quote_after_a_time_with_after():
    text = "Lukashenko told reporters after the vote on Sunday: “Nobody will take this from us.”"
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    assert claims[0].kind == "direct"
    assert claims[0].speaker_mention == "Lukashenko"
    assert "Nobody will take this" in claims[0].text


def test_colon_quote_after_when_asked():
    text = "The minister told reporters when asked about the sanctions: “We will survive this.”"
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    assert claims[0].kind == "direct"
    assert (claims[0].speaker or "").lower() == "the minister"


# -- a possessor before the speaker is not the speaker --------------------------------------
def speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text)]


def test_the_named_aide_speaks_not_the_leader_who_owns_the_role():
    text = "Lukashenko's spokeswoman Natalya Eismont said the president was at work as usual."
    assert speakers(text) == ["Natalya Eismont"]


def test_the_named_adviser_speaks_not_the_opposition_leader():
    text = (
        "Ms Tsikhanouskaya's adviser Franak Viačorka told the BBC that the regime was "
        "terrified of the strikes."
    )
    assert speakers(text) == ["Franak Viačorka"]


def test_a_possessive_role_without_a_name_stays_unowned():
    text = "Lukashenko's press secretary said the meeting would go ahead on Friday."
    assert speakers(text) == ["Lukashenko's press secretary"]


def test_a_country_before_the_title_and_name_still_gives_the_person():
    text = "Belarus's President Alexander Lukashenko said the protests were over."
    assert speakers(text) == ["Alexander Lukashenko"]


def test_a_party_before_an_honorific_and_surname_gives_the_full_name():
    text = (
        "Ivan Kravtsov was arrested in June. Later, the council's Mr Kravtsov said "
        "through his lawyers that the charges were invented."
    )
    assert speakers(text) == ["Ivan Kravtsov"], extract_claims(text)


def test_a_possessive_inside_a_body_name_stays_whole():
    text = (
        "The Information Commissioner's Office said the leak of voter data was being investigated."
    )
    assert speakers(text) == ["the Information Commissioner's Office"]


def test_a_single_word_after_a_country_stays_whole_unless_it_is_a_person():
    text = "Belarus's Belaruskali said exports of potash had fallen by a fifth."
    assert speakers(text) == ["Belarus's Belaruskali"]


def test_a_possessive_role_is_not_resolved_to_an_earlier_holder_of_the_role():
    # the president's spokesman is not the opposition's spokesman named before
    text = (
        "Ivan Petrov, a spokesman for the opposition, criticised the plan. The "
        "president's spokesman said the plan was sound."
    )
    assert speakers(text)[-1] == "the president's spokesman"


def test_a_possessive_after_a_preposition_does_not_cut_the_speaker():
    text = "Ivan Petrov of Minsk's Belarusian State University said the figures were wrong."
    assert speakers(text) != ["Belarusian State University"]
    assert speakers(text)[0].startswith("Ivan Petrov")


def test_a_possessive_inside_a_school_name_stays_whole():
    text = "St Mary's High School said the pupils had been sent home early."
    assert speakers(text) == ["St Mary's High School"]


# -- a speaker, an aside between hyphens, the verb ("Lord X - a senior judge - said") -------
def test_speaker_before_an_aside_between_spaced_hyphens():
    text = (
        "Andrei Sannikov - then a deputy foreign minister - told a press conference that "
        "the talks had failed."
    )
    claims = extract_claims(text)
    assert [c.speaker for c in claims] == ["Andrei Sannikov"], claims
    assert claims[0].text == "the talks had failed"


def test_a_dash_that_closes_an_aside_is_not_a_dash_cue():
    # "– said the protesters were": the noun phrase after "said" is the subject of the
    # reported clause, so this is no "...—said X" quote
    text = (
        "Mr Lukashenko – who has ruled Belarus since 1994 – said the protesters were "
        "bandits paid from abroad."
    )
    claims = extract_claims(text)
    assert [c.speaker for c in claims] == ["Alexander Lukashenko"], claims
    assert claims[0].kind == "indirect"


# -- "X quoted Y as saying": Y said it, X relayed it ---------------------------------------
def test_the_person_quoted_speaks_not_the_agency_that_quoted_him():
    text = "State television quoted Lukashenko as saying that the West had declared a hybrid war."
    claims = extract_claims(text)
    assert [c.speaker for c in claims] == ["Alexander Lukashenko"], claims
    assert claims[0].text == "the West had declared a hybrid war"


def test_a_quoted_pronoun_is_resolved_like_any_other():
    text = (
        "Lukashenko met regional governors on Monday. The agency quoted him as saying the "
        "border would stay closed."
    )
    claims = extract_claims(text)
    assert [(c.speaker, c.speaker_mention) for c in claims] == [("Alexander Lukashenko", "him")]


def test_quoted_by_an_agency_still_gives_the_person():
    text = "Peskov was quoted by Interfax as saying Moscow saw no reason to intervene."
    assert [c.speaker for c in extract_claims(text)] == ["Dmitry Peskov"]


# -- state media, state television, the head of state ----------------------------------------
def test_state_media_speak():
    text = "Belarusian state media said that the West had declared a hybrid war."
    assert speakers(text) == ["Belarusian state media"]


def test_state_television_speaks():
    text = "State television said the opposition had planned the riots from Warsaw."
    assert speakers(text) == ["State television"]


def test_the_state_news_agency_with_its_name_speaks():
    text = "The state news agency Belta said the president had signed the decree."
    assert [c.text for c in extract_claims(text)] == ["the president had signed the decree"]


def test_the_head_of_state_speaks():
    text = "The head of state said the border with Poland would stay closed."
    assert speakers(text) == ["the head of state"]


def test_radio_shows_are_no_cue():
    text = "He grew up in Vitebsk, where he hosted illegal, pirate radio shows in the city."
    assert extract_claims(text) == []


# -- a labelled headline whose only verb cannot report is still a statement -----------------
def test_a_label_headline_with_a_verb_of_wanting_is_a_claim():
    claims = extract_claims("Lukashenko: The West wants a new Maidan")
    assert [(c.speaker, c.text) for c in claims] == [
        ("Alexander Lukashenko", "The West wants a new Maidan")
    ]


# -- "called X Y" with no quote: the speaker's judgement --------------------------------------
def test_called_with_an_unquoted_judgement_is_a_claim():
    text = "Lukashenko called the sanctions an act of economic war."
    claims = extract_claims(text)
    assert [(c.speaker, c.text) for c in claims] == [
        ("Alexander Lukashenko", "the sanctions an act of economic war")
    ]


def test_called_with_a_pronoun_and_a_list_of_adjectives():
    text = "Her lawyer called her a brave, honest and stubborn woman."
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["her a brave, honest and stubborn woman"], claims


def test_calling_someone_on_the_telephone_is_no_claim():
    for text in (
        "She called her service provider twice.",
        "The minister called the embassy a day later.",
        "Lukashenko called Putin to discuss the gas price.",
        "A group called Honest People filed the complaint.",
        "The so-called opposition council met in Vilnius.",
    ):
        assert extract_claims(text) == [], text


# -- a setting cut after its preposition: the content starts at "that" ----------------------
def test_a_statement_on_a_website_is_the_setting_not_the_content():
    text = (
        "The Viasna centre said in a statement on its website that 12 people had been "
        "detained in Grodno."
    )
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["12 people had been detained in Grodno"], claims


def test_a_place_with_commas_is_the_setting_not_the_content():
    text = "Latushko said at a rally in Warsaw, Poland, that the regime would fall within a year."
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["the regime would fall within a year"], claims


def test_a_relative_that_after_the_setting_is_not_the_content_start():
    # "a centre that works with ...": "that" opens a relative clause, no reported content
    text = "Officials reported at least 20 injured at a clinic in Brest that works with refugees."
    assert all(not c.text.startswith("works") for c in extract_claims(text))


def test_a_thousands_comma_between_the_verb_and_the_quote_is_no_clause_comma():
    text = (
        "Petrov wrote to his 5,000 followers, “The strike starts on Monday,” and shared a "
        "photo of the plant."
    )
    claims = [c for c in extract_claims(text) if c.kind == "direct"]
    assert [(c.speaker, c.text) for c in claims] == [
        ("Petrov", "“The strike starts on Monday,”")
    ], extract_claims(text)
