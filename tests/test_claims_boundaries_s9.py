"""Where reported content starts and ends, third round. Sentences are written for these
tests."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


def _content(text: str, containing: str) -> str:
    return one_claim(text, containing).text


# a parenthetical cue: the writer's narration before a lone dash is not the claim


def test_a_parenthetical_claim_starts_after_the_writers_dash():
    text = (
        "The union had planned a march for Saturday - and the permit, the lawyers "
        "said, had been refused by the city hall."
    )
    assert _content(text, "permit").startswith("the permit, the lawyers said")


def test_a_parenthetical_claim_with_a_dash_aside_keeps_its_start():
    text = (
        "The new tariff - announced on Monday - will hurt exporters, the economist "
        "said, and the farms will suffer first."
    )
    assert _content(text, "tariff").startswith("The new tariff")


# a question put to the speaker opens the sentence: the claim is the quoted answer


def test_the_question_before_a_said_comma_quote_is_not_the_claim():
    text = (
        "When asked by a reporter whether the border would reopen, the minister said, "
        "“We will see in the spring,” before leaving the hall."
    )
    # the quote is the claim, with or without its marks; the question is not in it
    assert _content(text, "spring").lstrip("“").startswith("We will see in the spring")


def test_a_parenthetical_claim_without_a_question_keeps_its_first_part():
    text = (
        "When the border reopens, trade will recover, the minister said, and prices "
        "will fall by the summer."
    )
    assert _content(text, "trade").startswith("When the border reopens")


# the writer's word on the statement as a whole closes the claim


def test_a_sentiment_shared_by_the_crowd_is_the_writers_note():
    text = (
        "The opposition leader rejected the new tax code outright, a sentiment shared "
        "by the farmers in the hall, who cheered for a long time."
    )
    assert _content(text, "tax code") == "the new tax code outright"


def test_remarks_that_were_aired_later_are_not_the_claim():
    text = (
        "The minister said the harvest would break all records this year, remarks that "
        "were shown on state television the same evening."
    )
    assert _content(text, "harvest") == "the harvest would break all records this year"


def test_a_statement_noun_inside_the_claim_stays():
    text = "The minister said the protesters had ignored his warnings about the fines."
    assert _content(text, "protesters").endswith("his warnings about the fines")


# "while" between two figures compares two findings of the same statement


def test_a_second_figure_after_while_stays_in_the_claim():
    text = (
        "The survey found that 41 percent of voters in Minsk backed the mayor, while "
        "23 percent favored his rival."
    )
    assert _content(text, "41 percent").endswith("while 23 percent favored his rival")


def test_the_writers_while_clause_without_figures_still_ends_the_claim():
    text = (
        "The mayor said the new metro line would open in the spring, while critics "
        "doubt the city can pay for it."
    )
    assert _content(text, "metro") == "the new metro line would open in the spring"


# ", and the ..." alone does not end the content: a coordinated subject goes on to its verb


def test_a_coordinated_subject_after_a_comma_and_stays_in_the_claim():
    text = (
        "The economist said the low price of potash, and the weak demand for tractors "
        "in Russia, were the main reasons for the slowdown."
    )
    assert _content(text, "potash").endswith("were the main reasons for the slowdown")


def test_after_an_infinitive_a_comma_and_an_article_opens_the_writers_clause():
    text = (
        "The government pledged to hire 2,000 new teachers by next year, and an earlier "
        "plan to build schools was praised by parents."
    )
    assert _content(text, "teachers") == "to hire 2,000 new teachers by next year"


# a participle after a quote ("..., saying ...") is no inverted attribution


def test_a_participle_after_a_quote_takes_no_speaker_after_it():
    text = (
        "President Lukashenko angrily rebuked critics who say he should call the "
        'smugglers "enemies of the state," saying calling the Vilnius Group, also known '
        "as the cartel, by another name would do nothing to stop it."
    )
    claims = extract_claims(text)
    assert all(c.speaker != "calling the Vilnius Group" for c in claims)
    assert not any(c.text.startswith("President Lukashenko") for c in claims)


# a participle right after a noun, with no comma, modifies the noun


def test_leaflets_calling_for_a_strike_are_part_of_the_claim():
    text = (
        "The minister said the opposition leaflets calling for a general strike had "
        "been printed in Vilnius."
    )
    assert _content(text, "leaflets").endswith("had been printed in Vilnius")


def test_a_participle_after_a_pronoun_still_ends_the_claim():
    text = (
        "The mayor said the council had voted against the plan and criticized them "
        "saying the decision was rushed."
    )
    assert not _content(text, "council").endswith("rushed")


# a source vouches for the clause after the writer's colon


def test_an_according_to_claim_starts_after_the_writers_colon():
    text = (
        "The sanctions have not emptied the shops: Minsk imported more cars in 2021 "
        "than ever before, according to the customs service."
    )
    assert _content(text, "cars").startswith("Minsk imported more cars")


def test_a_list_after_the_colon_keeps_the_start():
    text = (
        "The ministry questioned three officials who ran the depot: Ivan Petrov, Oleg "
        "Sidorov and Pavel Orlov, according to the state news agency."
    )
    assert _content(text, "Petrov").startswith("The ministry questioned")


# the title of a show or a book in quote marks is no quotation


def test_the_title_of_a_show_after_the_cue_is_no_claim():
    text = "“We will not give up the plant,” the minister said on ONT’s “Evening Minsk.”"
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["“We will not give up the plant,”"]


def test_a_slogan_right_after_the_cue_is_still_quoted_speech():
    text = "The opposition leader declared “Long Live Belarus.”"
    assert _content(text, "Long Live").startswith("“Long Live Belarus")


# the writer's clause after a short claim of three words, and a verbless aside


def test_a_three_word_claim_ends_before_the_writers_though_clause():
    text = "The opposition criticized the new tax, though its leader said some reform was needed."
    assert _content(text, "new tax") == "the new tax"


def test_a_verbless_while_aside_stays_inside_the_claim():
    text = "The minister said the new law, while strict, was fair to every citizen."
    assert _content(text, "new law") == "the new law, while strict, was fair to every citizen"


def test_a_fronted_as_clause_before_a_said_comma_quote_is_narration():
    text = (
        "As the crowd began to chant, the candidate stepped onto the stage and joked, "
        "“You are too loud for Minsk,” drawing laughter."
    )
    assert _content(text, "too loud") == "“You are too loud for Minsk,”"


# after the attribution's comma, the writer's time of the event or note on the statement


def test_the_time_of_the_event_after_the_attribution_is_not_claimed():
    text = (
        "The opposition candidate won the district, the election commission announced on "
        "Friday, two days after voters went to the polls in a tight race."
    )
    assert _content(text, "district") == "The opposition candidate won the district"


def test_a_note_on_the_finding_after_the_attribution_is_not_claimed():
    text = (
        "Most Belarusians oppose the new tariff on used cars, a new poll finds, a debate "
        "that will come to a head in parliament this week."
    )
    assert _content(text, "tariff") == "Most Belarusians oppose the new tariff on used cars"


# "and others have said ..." opens another attribution


def test_and_others_have_said_ends_the_first_claim():
    text = (
        "Several ministers said they will not attend the congress and others have said "
        "they are not interested in speaking there."
    )
    assert _content(text, "congress") == "they will not attend the congress"


# after an infinitive among the first words, "and has ..." is the speaker's next act


def test_after_the_person_asked_and_an_infinitive_and_has_ends_the_claim():
    text = (
        "The mayor asked the ministers to reopen the border and has repeatedly "
        "criticized them for the delay."
    )
    assert _content(text, "border") == "the ministers to reopen the border"


def test_hatred_is_no_finite_verb_after_an_infinitive():
    text = "The priest urged his parish to reject fear and hatred in the coming election."
    assert _content(text, "parish").endswith("fear and hatred in the coming election")


# 'X said A. “B.”': the quote stays a direct claim of its own, so that the same words
# quoted by another outlet without the paraphrase group with it across outlets


def test_a_quote_after_reported_speech_stays_a_direct_claim_of_the_same_speaker():
    text = (
        "Minister Ivan Petrov said the new plant would open in May. “We have waited for "
        "this for ten years, and the workers deserve it.”"
    )
    claims = extract_claims(text)
    assert [(c.kind, c.speaker) for c in claims] == [
        ("indirect", "Ivan Petrov"),
        ("direct", "Ivan Petrov"),
    ]
    assert claims[0].speaker_mention == "Minister Ivan Petrov"
