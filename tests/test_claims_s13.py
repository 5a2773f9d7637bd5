"""Round 13: speakers and quotes found by probing sentences in the style of news about
Belarus. A relative named beside the speaker is not the speaker; a verbatim marker, a
name's appositive or a title's quote mark between the speaker and the quote does not
hide the quote; a fronted place is never a speaker."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import only


# -- a kinship aside names a relative, not the speaker -----------------------------------
def test_a_surname_is_not_resolved_to_the_relative_named_in_its_aside():
    claim = only(
        "Babaryka, the son of jailed banker Viktar Babaryka, told reporters: "
        "“My father is innocent.”"
    )
    assert claim.speaker == "Babaryka"
    assert claim.speaker != "Viktar Babaryka"


def test_a_surname_with_age_and_kinship_aside_keeps_its_own_name():
    claim = only(
        "Kovalenko, 35, the daughter of former minister Pavel Kovalenko, said on "
        "Monday: “We were never told why he was arrested.”"
    )
    assert claim.speaker == "Kovalenko"


def test_the_relative_is_dropped_but_another_full_name_still_resolves():
    text = (
        "Chelsea Clinton spoke first. Clinton, the daughter of Bill Clinton, said: "
        "“I know the land.”"
    )
    assert only(text).speaker == "Chelsea Clinton"


def test_a_biographical_aside_without_a_named_relative_still_resolves():
    claim = only("Lukashenko, the son of a collective farm worker, said: “I know the land.”")
    assert claim.speaker == "Alexander Lukashenko"


# -- "said, and I quote, “...”" ------------------------------------------------------------
def test_and_i_quote_between_the_verb_and_the_quote():
    claim = only('The minister said, and I quote, "We will not kneel before Brussels."')
    assert claim.text == '"We will not kneel before Brussels."'
    assert (claim.speaker or "").lower() == "the minister"


def test_bare_quote_marker_between_the_verb_and_the_quote():
    claim = only('Lukashenko said, quote, "We will not kneel."')
    assert claim.speaker == "Alexander Lukashenko"


# -- a name and its appositive before "upon saying" ------------------------------------------
def test_a_participle_after_upon_takes_the_name_before_the_appositive():
    claim = only(
        "Kolesnikova, a flautist who led the protests, drew applause upon saying, "
        "“Belarus will be free.”"
    )
    assert claim.speaker == "Maria Kalesnikava"
    assert claim.text == "“Belarus will be free.”"


# -- a fronted place is no speaker -------------------------------------------------------------
def test_a_fronted_place_is_not_the_speaker_of_a_participle():
    claims = extract_claims(
        "In Minsk, the police detained dozens of people, saying: “They broke the law.”"
    )
    assert [c.speaker for c in claims] == ["the police"]


def test_a_fronted_place_before_a_bare_plural_gives_no_speaker_at_all():
    claims = extract_claims(
        "In Minsk, officers detained dozens of people, saying: “They broke the law.”"
    )
    assert all(c.speaker_mention != "In Minsk" for c in claims)


# -- a title's comma inside its quote mark ----------------------------------------------------
def test_adding_after_a_programme_title_keeps_the_second_quote():
    text = (
        '“The sanctions will not work,” Shraibman said on Belsat\'s "Morning Show," '
        "adding, “The regime has learned to live with them.”"
    )
    claims = extract_claims(text)
    assert [c.text for c in claims] == [
        "“The sanctions will not work,”",
        "“The regime has learned to live with them.”",
    ]
    assert {c.speaker for c in claims} == {"Artyom Shraibman"} or {c.speaker for c in claims} == {
        "Shraibman"
    }


def test_a_fronted_city_is_not_the_antecedent_of_who():
    claims = extract_claims(
        "In Mexico City, the minister endured a lecture from the Russian ambassador, who "
        "said that the new pipeline would be finished on time."
    )
    assert [(c.speaker or "").lower() for c in claims] == ["the russian ambassador"]


def test_the_name_after_a_fronted_time_phrase_speaks_before_its_appositive():
    claims = extract_claims(
        "At the time Lord Woolf, the Lord Chief Justice, had said the reduction would be rare."
    )
    assert [c.speaker for c in claims] == ["Woolf"]


# -- an auxiliary and an adverb before the verb of a colon quote ------------------------------
def test_has_since_warned_before_a_colon_quote():
    claim = only('Lukashenko has since warned the West: "We will respond to any provocation."')
    assert claim.speaker == "Alexander Lukashenko"
    assert claim.text == '"We will respond to any provocation."'


def test_had_repeatedly_told_before_a_colon_quote():
    # (a regression test: the cue shape reads "told" here even without the colon rule)
    claim = only('Peskov had repeatedly told reporters: "There are no talks with Minsk."')
    assert claim.speaker == "Dmitry Peskov"


# -- "after, according to X, ..." ---------------------------------------------------------------
def test_according_to_after_a_subordinator_speaks_for_the_clause_after_it():
    claim = only(
        "She was detained in Hrodna because, according to her lawyer, she had posted a "
        "photo of the protest."
    )
    assert claim.text == "she had posted a photo of the protest"
    assert claim.speaker == "her lawyer"


def test_according_to_between_commas_after_a_subject_keeps_the_whole_clause():
    # (a guard: the new rule must not take a subject for a subordinator)
    claim = only("The plant, according to the ministry, is safe and will reopen in March.")
    assert claim.text.startswith("The plant")


# -- a figure's qualifier opens the content ---------------------------------------------------
def test_at_least_a_figure_is_the_subject_of_the_report():
    claim = only("Viasna said at least 30 people had been detained in Minsk on Sunday.")
    assert claim.text == "at least 30 people had been detained in Minsk on Sunday"


def test_more_than_over_and_of_after_a_figure():
    texts = {
        "The ministry said more than 1,200 people had been released.": "more than 1,200",
        "Viasna said over 1,000 people remained behind bars.": "over 1,000",
        "Viasna said at least 111 of the detainees had been freed.": "at least 111 of",
    }
    for text, start in texts.items():
        assert only(text).text.startswith(start), text


def test_a_figure_object_of_an_act_is_no_claim():
    # (a guard: "added" is an increase here, not a report; the figure has no verb)
    assert extract_claims("Belavia added more than five new routes to Russia in 2024.") == []


# -- a role with a contesting modifier is another role ---------------------------------------
def test_the_belarusian_leader_is_not_the_opposition_leader():
    text = (
        "Opposition leader Sviatlana Tsikhanouskaya welcomed the releases in Vilnius.\n\n"
        "The Belarusian leader has denied holding political prisoners."
    )
    denial = next(c for c in extract_claims(text) if "political prisoners" in c.text)
    assert denial.speaker != "Sviatlana Tsikhanouskaya"
    assert (denial.speaker or "").lower() == "the belarusian leader"


def test_the_opposition_leader_is_still_her():
    text = (
        "Opposition leader Sviatlana Tsikhanouskaya spoke in Vilnius. The opposition "
        "leader said the vote was a farce."
    )
    assert only(text).speaker == "Sviatlana Tsikhanouskaya"


def test_the_mayor_is_not_the_deputy_mayor():
    text = (
        "Deputy mayor Nicky Gavron chaired the meeting. The mayor accused the newspaper of "
        "doorstepping him at a private event."
    )
    claims = [c for c in extract_claims(text) if "doorstepping" in c.text]
    assert claims and claims[0].speaker != "Nicky Gavron"


# -- one person, one name ------------------------------------------------------------------------
def test_a_title_before_a_name_gives_the_persons_name_so_their_claims_group():
    text = (
        "Poland will close its last crossing with Belarus, Interior Minister Tomasz "
        "Siemoniak said on Thursday.\n\n"
        "“Our airspace is violated every night,” the minister told reporters in Warsaw."
    )
    claims = extract_claims(text)
    assert [c.speaker for c in claims] == ["Tomasz Siemoniak", "Tomasz Siemoniak"]
    assert claims[0].speaker_mention == "Interior Minister Tomasz Siemoniak"


def test_a_possessive_country_and_role_before_a_name():
    text = (
        "Lithuania's Prime Minister Inga Ruginiene said her government was considering "
        "similar steps. She told LRT radio: “Our patience is not endless.”"
    )
    assert {c.speaker for c in extract_claims(text)} == {"Inga Ruginiene"}


def test_a_name_after_a_preposition_in_the_phrase_is_not_the_speaker():
    # (a guard: "a spokesman for Prime Minister X" is the spokesman, not X)
    text = (
        "Prime Minister Inga Ruginiene arrived in Minsk. A spokesman for Prime Minister "
        "Inga Ruginiene said the talks would continue."
    )
    assert all(c.speaker != "Inga Ruginiene" for c in extract_claims(text))


# -- a noun in -ly is no adverb ------------------------------------------------------------------
def test_a_lawyer_for_the_family_keeps_family():
    for text in (
        'A lawyer for the family said: "We will appeal the verdict."',
        "A lawyer for the family said the verdict would be appealed.",
        '"We will appeal," a lawyer for the family said.',
    ):
        assert (only(text).speaker or "").lower() == "a lawyer for the family", text


def test_the_organiser_of_a_rally_keeps_rally():
    claim = only("The organiser of a pro-Lukashenko rally said the square would be closed.")
    assert (claim.speaker or "").lower() == "the organiser of a pro-lukashenko rally"


# -- a long setting between the verb and "that" -------------------------------------------------
def test_a_setting_cut_at_its_word_limit_still_ends_at_that():
    claim = only(
        "The minister said in an interview broadcast on state TV that the harvest was the "
        "best in a decade."
    )
    assert claim.text == "the harvest was the best in a decade"


def test_noted_in_a_guest_column_in_a_paper_that():
    claim = only(
        "Pavel Latushko noted in a guest column in Monday's Gazeta Wyborcza that the "
        "sanctions were working."
    )
    assert claim.text == "the sanctions were working"


# -- British single quotes over several paragraphs ----------------------------------------------
MULTI = (
    "Lukashenko said: {o}We will not hand over Belarus to anyone. We have built this "
    "country with our own hands.\n\n"
    "{o}Those who sit in Vilnius and Warsaw will not decide our fate.{c}"
)


def test_a_straight_single_quote_over_two_paragraphs_is_one_quote():
    claim = only(MULTI.format(o="'", c="'"))
    assert claim.kind == "direct" and claim.speaker == "Alexander Lukashenko"
    assert claim.text.startswith("'We will not") and claim.text.endswith("our fate.'")


def test_a_curly_single_quote_over_two_paragraphs_is_one_quote():
    claim = only(MULTI.format(o="‘", c="’"))
    assert claim.text.startswith("‘We will not") and claim.text.endswith("our fate.’")


def test_apostrophes_at_a_paragraph_end_do_not_open_a_quote():
    # (a guard: no straight single opens a quote in the first paragraph)
    text = (
        "He was born in the '50s and joined the party's youth wing in Hrodna.\n\n"
        "'Nobody expected him to rise so fast,' his sister said."
    )
    claim = only(text)
    assert claim.text == "'Nobody expected him to rise so fast,'"


def test_a_single_quote_opened_after_a_closed_one_continues_into_the_next_paragraph():
    text = (
        "“We are ready,” Lukashenko said on Friday. He added: 'We will not hand over "
        "Belarus to anyone. We have built this country.\n\n"
        "'Those who sit in Vilnius will not decide our fate.'"
    )
    last = extract_claims(text)[-1]
    assert last.text.endswith("our fate.'") and "hand over" in last.text
