"""Where reported content ends, second round: asides between two dashes stay in the
claim, the occasion of a statement closing the sentence ("at a rally in Ohio") stays
out. Sentences are written for these tests."""

from __future__ import annotations

from .claims_helpers import claims_with, one_claim


def _content(text: str, containing: str) -> str:
    return one_claim(text, containing).text


# an aside between two dashes is part of the reported clause


def test_a_dash_aside_opened_by_an_article_stays_in_the_claim():
    text = (
        "The weekly Nasha Niva reported that Ivan Petrov, head of the Minsk tractor "
        "union — a body with 40,000 members — was preparing a strike for the spring."
    )
    assert _content(text, "Petrov").endswith("was preparing a strike for the spring")


def test_a_single_dash_summary_by_the_writer_still_ends_the_claim():
    text = (
        "The minister said the plant would stay open until next year — a promise the "
        "workers in Zhodino have heard many times before."
    )
    assert _content(text, "plant") == "the plant would stay open until next year"


# the occasion of the statement that closes the sentence is the writer's


def test_a_rally_after_the_weekday_is_the_occasion_not_the_claim():
    text = "Lukashenko said the opposition was paid from abroad on Tuesday at a rally in Brest."
    assert _content(text, "opposition") == "the opposition was paid from abroad"


def test_an_interview_closing_the_sentence_is_the_occasion():
    text = (
        "The mayor vowed to rebuild the old market square in an interview with the city newspaper."
    )
    assert _content(text, "market") == "to rebuild the old market square"


def test_an_occasion_followed_by_a_clause_stays_in_the_claim():
    text = (
        "Observers noted that the answers she gave in a closed-door interview were "
        "consistent with her earlier testimony."
    )
    assert "were consistent" in _content(text, "answers")


def test_an_occasion_and_a_second_verb_stay_in_the_claim():
    text = (
        "The senator said the party did well in the last televised debate and is "
        "confident about the vote in Grodno next week."
    )
    assert "is confident" in _content(text, "did well")


# a participle of speech after a comma opens the speaker's next statement


def test_vowing_after_a_comma_ends_the_first_statement():
    text = (
        "The governor said the region would cut its budget, vowing to protect the "
        "hospitals in Vitebsk from any closures."
    )
    assert _content(text, "budget") == "the region would cut its budget"


def test_stating_after_a_comma_ends_the_first_statement():
    text = (
        "The spokesman said the talks had gone well, stating that a second round would "
        "follow in Minsk in May."
    )
    assert _content(text, "talks") == "the talks had gone well"


def test_a_participle_without_a_comma_is_part_of_the_content():
    text = (
        "The candidate said she was angered by the state television declaring the "
        "result before the polls had closed."
    )
    assert "before the polls had closed" in _content(text, "angered")


# a description with quoted words runs on through the phrase tied to them


def test_a_description_runs_on_through_a_because_clause():
    text = (
        "The economist called the new border terminal “a mistake” because so few "
        "lorries cross the frontier near Grodno."
    )
    claim = one_claim(text, "mistake")
    assert claim.text.endswith("so few lorries cross the frontier near Grodno")


def test_a_description_runs_on_through_a_long_prepositional_phrase():
    text = (
        "Her campaign manager calls the programme a “blueprint” for how she would bring "
        "new factories to the small towns of the east."
    )
    claim = one_claim(text, "blueprint")
    assert claim.text.endswith("the small towns of the east")


def test_a_relative_clause_with_quoted_words_closes_with_its_marks():
    text = (
        "The opposition leader called the judge a “servant of the regime” who had "
        "“buried the case,” and left the courtroom."
    )
    claim = one_claim(text, "servant")
    assert claim.text.endswith("who had “buried the case,”")


def test_the_writers_next_clause_after_a_description_stays_out():
    text = (
        "The minister called the strike “a provocation” and then flew to Moscow for "
        "talks on the price of gas."
    )
    claim = one_claim(text, "provocation")
    assert "Moscow" not in claim.text


# a concession after reported speech is the speaker's own reservation


def test_an_although_clause_after_reported_speech_stays_in_the_claim():
    text = (
        "The teacher says she votes for the opposition, although she is still registered "
        "with the ruling party in Mogilev."
    )
    assert _content(text, "opposition").endswith("with the ruling party in Mogilev")


def test_an_even_though_clause_after_reported_speech_stays_in_the_claim():
    text = (
        "The mayor said he was not ready to back the plan, even though he is the last "
        "official in the city who has not signed it."
    )
    assert "the last official" in _content(text, "not ready")


def test_a_concession_with_its_own_cue_ends_the_claim():
    text = (
        "The union leader said the strike would go on, though the director said the "
        "plant had no money for higher wages."
    )
    assert _content(text, "strike") == "the strike would go on"


def test_a_concession_after_closing_quote_marks_ends_the_claim():
    text = (
        "The minister said the protest was “a foreign plot,” although the crowds in "
        "Minsk had gathered without any leaders."
    )
    assert _content(text, "plot") == "the protest was “a foreign plot,”"


def test_a_description_runs_on_through_quoted_words_with_a_comma_inside():
    text = (
        "The opposition leader called the president a “frightened man” who is ruling "
        "“as if he were a tsar, as if the country were his estate.”"
    )
    claim = one_claim(text, "frightened")
    assert claim.text.endswith("as if the country were his estate.”")


def test_a_description_runs_on_through_a_second_person_described():
    text = (
        "The campaign chief called the governor “the harshest choice in a decade” and "
        "someone who had “closed the last free newspaper” in the region."
    )
    claim = one_claim(text, "harshest")
    assert claim.text.endswith("in the region")


def test_a_description_stops_at_the_comma_inside_the_marks():
    text = (
        "After he blasted the hit film “Kupala“ and the books for being too "
        "“pro-Western,” Pastor Ivan has now set his sights on the scouts of Brest."
    )
    claim = one_claim(text, "Kupala")
    assert claim.text.endswith("too “pro-Western,”")


def test_the_occasion_after_a_description_stays_out():
    text = "The opposition leader called the new law “shameful” in a tweet on Sunday."
    claim = one_claim(text, "shameful")
    assert claim.text == "the new law “shameful”"


def test_a_short_phrase_after_a_description_stays_in():
    text = "The minister called the reform “a necessity” for the farms of Polesie."
    claim = one_claim(text, "necessity")
    assert claim.text.endswith("for the farms of Polesie")


# "what X called “...”": a description in a relative clause


def test_what_the_speaker_called_is_a_claim_of_its_own():
    text = (
        "The election commission prepared for what Tsikhanouskaya called “the most "
        "shameless vote count in our history,” and the police closed the square."
    )
    claim = one_claim(text, "shameless")
    assert claim.text.startswith("what Tsikhanouskaya called “the most shameless")
    assert claim.speaker_mention == "Tsikhanouskaya"
    assert claim.cue == "called"


def test_whom_a_source_described_as_is_a_claim():
    text = "His closest adviser is Pavel Latushko, whom one diplomat described as “his shield.”"
    claim = one_claim(text, "shield")
    assert claim.text == "whom one diplomat described as “his shield.”"
    assert claim.speaker_mention == "one diplomat"


def test_what_we_call_is_the_writers_usage_not_a_claim():
    text = "The plan pays for roads, bridges and what we call “infrastructure” in the east."
    assert claims_with(text, "infrastructure") == []


def test_a_passive_which_is_called_is_not_a_claim():
    text = "The square, which is called “the square of change” by the locals, was empty."
    assert claims_with(text, "square of change") == []


# the writer's gloss after the reported clause: ", referring to", ", meaning that"


def test_referring_to_after_the_closing_marks_is_the_writers_gloss():
    text = (
        "Lukashenko said the matter “should be settled by the autumn,” referring to the "
        "talks on the price of Russian gas."
    )
    assert _content(text, "settled") == "the matter “should be settled by the autumn,”"


def test_meaning_that_after_a_promise_is_the_writers_inference():
    text = (
        "The deputies vowed to block the new budget, meaning that the schools in Gomel "
        "will stay closed for another month."
    )
    assert _content(text, "budget") == "to block the new budget"


def test_referring_without_a_comma_stays_in_the_claim():
    text = (
        "The teacher said she was tired of officials referring to her pupils as a "
        "problem for the district."
    )
    assert _content(text, "tired").endswith("a problem for the district")


# after an infinitive, "and" + a new subject with its own verb is the writer's clause


def test_a_new_subject_after_an_infinitive_ends_the_claim():
    text = (
        "The bank declined to renew its loan to the factory and the ministry could not "
        "find another lender in time."
    )
    assert _content(text, "renew") == "to renew its loan to the factory"


def test_two_infinitives_joined_by_and_stay_together():
    text = (
        "The governor promised to repair the bridge and build a new school in the village of Ivye."
    )
    assert _content(text, "repair").endswith("a new school in the village of Ivye")


# a claim in a subordinate clause ends where the main clause starts with a figure


def test_a_figure_opening_the_main_clause_ends_a_subordinate_claim():
    text = (
        "While only 9 percent said they had not decided, 31 percent of the others were "
        "ready to change their vote before the election in Grodno."
    )
    assert _content(text, "not decided") == "they had not decided"


def test_a_thousands_separator_does_not_end_a_subordinate_claim():
    text = (
        "Although the ministry said the tractor plant had lost 12,500 workers this year, "
        "the factories in Minsk kept hiring."
    )
    assert _content(text, "workers") == "the tractor plant had lost 12,500 workers this year"


def test_asserting_after_a_dash_ends_the_first_statement():
    text = (
        "The candidate said her rival had taken money from the banks and “there is "
        "nothing wrong with that” — asserting that the donations never changed his votes."
    )
    assert _content(text, "rival") == (
        "her rival had taken money from the banks and “there is nothing wrong with that”"
    )
