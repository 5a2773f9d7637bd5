"""Speakers on whole articles: a surname is not resolved to a "full name" glued from a
headline and the first words of the story, from a sentence-opening determiner or
conjunction ("Both", "Although") or from a possessive before the name."""

from __future__ import annotations

from belreader.claims import extract_claims


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text)]


def test_headline_and_first_line_make_no_name() -> None:
    text = (
        "Minsk court jails Kovalenko\n\n"
        "Anna Kovalenko was sentenced on Monday to three years.\n\n"
        "Kovalenko said the trial had been unfair to her family."
    )
    assert _speakers(text) == ["Anna Kovalenko"]


def test_headline_place_before_a_name_is_dropped() -> None:
    text = (
        "Opposition rally planned in Grodno\n\n"
        "Pavel Sevko has called a march for Saturday.\n\n"
        "Sevko said the police had been told of the route."
    )
    assert _speakers(text) == ["Pavel Sevko"]


def test_a_name_on_two_lines_is_still_one_name() -> None:
    text = "The opposition leader, Pavel\nSevko, spoke on Friday. Sevko said the vote was rigged."
    assert _speakers(text) == ["Pavel Sevko"]


def test_sentence_opening_both_is_no_first_name() -> None:
    text = (
        "The talks ended late. Both Belavia and the ministry declined to comment. "
        "Belavia said its flights would resume next week."
    )
    assert _speakers(text) == ["Belavia"]


def test_possessive_before_a_name_is_not_part_of_it() -> None:
    text = "Belarus's Ivan Petrov won the race. Petrov said the course had been hard."
    assert _speakers(text) == ["Ivan Petrov"]


def test_but_before_a_surname_still_mentions_the_person() -> None:
    text = (
        "Pavel Sevko and Ivan Petrov met on Monday. Petrov left early. "
        "But Sevko is not worried. "
        '"The talks will go on next week," he said.'
    )
    assert _speakers(text) == ["Pavel Sevko"]


def _claims(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.speaker_mention) for c in extract_claims(text)]


def test_with_before_the_subject_of_saying_is_dropped() -> None:
    text = (
        "The central bank raised rates on Monday, with analysts saying that "
        "inflation in Belarus would stay high this year."
    )
    assert [s for s, _ in _claims(text)] == ["analysts"]


def test_with_before_a_passive_names_nobody() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("with Ivan Petrov", "", "criticised for his remarks") is None


def test_a_fronted_time_is_not_part_of_the_speaker() -> None:
    text = "In 2004 Belavia said that its passenger numbers had doubled since 2000."
    assert [s for s, _ in _claims(text)] == ["Belavia"]


def test_the_event_before_came_as_is_not_the_speaker() -> None:
    text = (
        "Sanctions were widened on Friday. The move came as the foreign ministry said "
        "that talks with Vilnius had failed."
    )
    assert [s for s, _ in _claims(text)] == ["the foreign ministry"]


def test_a_trailing_date_is_not_part_of_the_speaker() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("opposition leader Pavel Sevko in July", "") == (
        "opposition leader Pavel Sevko"
    )
    assert speaker_words("The Mail on Sunday", "") == "The Mail on Sunday"


def test_a_name_before_from_the_body_is_the_speaker() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("from the teachers' union", "said Anna Kovalenko, ") == ("Anna Kovalenko")
    assert speaker_words("of individuals", "cases against owners and ") is None


def test_the_previous_sentence_is_not_part_of_the_speaker() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("his speech. But Foreign Minister Ivan Petrov", "") == (
        "Foreign Minister Ivan Petrov"
    )
    assert speaker_words("Mr. Petrov", "") == "Mr. Petrov"


def test_a_market_move_or_an_idea_is_no_speaker() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("the Belarusian rouble's rivals, the pound", "") is None
    assert speaker_words("Speculation", "") is None
    assert speaker_words("Belaruskali shares", "") is None
    assert speaker_words("Minsk's imports from and exports to Russia", "") is None
    assert speaker_words("Pound", "") == "Pound"  # a surname: "Pound said"
    assert speaker_words("the state company", "") == "the state company"


def test_a_share_of_voters_stays_the_speaker() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("about half of the voters polled", "") == (
        "about half of the voters polled"
    )
    assert speaker_words("At least half of voters in each region", "") == (
        "At least half of voters in each region"
    )


def test_while_before_a_surname_keeps_a_second_person_in_view() -> None:
    from belreader.aliases import AliasTable
    from belreader.claims.entities import Entities

    text = "While Sevko calls the plan a fraud, the minister defends it."
    names = [m.entity.name for m in Entities(text, AliasTable()).mentions]
    assert names == ["Sevko"]


def test_a_fronted_time_without_preposition_is_dropped() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("Last week the OSCE", "") == "the OSCE"
    assert speaker_words("Late last month Belaruskali", "") == "Belaruskali"
    assert speaker_words("Two weeks ago the group", "") is None  # "the group": a guess
    assert speaker_words("Last year's census figures", "") == "Last year's census figures"


def test_a_phrase_holding_a_clause_gives_its_last_subject_or_nobody() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("the union sued the ministry", "") is None
    assert speaker_words("The two sides met the mediator on Monday and Petrov", "") == "Petrov"
    assert speaker_words("Deputies who backed the bill", "") == "Deputies who backed the bill"


def test_a_source_document_read_as_a_cue_is_the_speaker() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("the OSCE", "", 'report says "Turnout was low"') == "the OSCE report"
    assert speaker_words("Said the UN", "", 'report "Prices rose"') == "the UN report"
    assert speaker_words("Observers in Minsk", "", "report that queues formed") == (
        "Observers in Minsk"
    )


def test_the_object_of_a_participle_is_no_speaker() -> None:
    from belreader.claims.speaker_phrases import speaker_words

    assert speaker_words("prompting the minister to", "", "resign") is None
    assert speaker_words("Lukashenko to", "", "visit Beijing") == "Lukashenko"


def test_a_capitalised_noun_before_a_first_name_is_no_part_of_the_name() -> None:
    text = (
        "Singer Anna Kovalenko left the band in May. "
        '"It was time," she said. Kovalenko said she would record alone.'
    )
    assert _speakers(text) == ["Anna Kovalenko", "Anna Kovalenko"]
