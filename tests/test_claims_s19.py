"""Round 19: a paragraph that is one quotation and names no speaker. The news convention
gives it to whoever closed the paragraph before ("“A,” he said.¶“B.”"); with no such
speaker it is still a quotation the reader should see, left unresolved. Titles, slogans
and subheadings in quotes are no claims."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim, only, speakers


# -- the speaker who closed the paragraph before ------------------------------------------
def test_a_quote_paragraph_continues_the_speaker_whose_quote_ended_the_paragraph_before():
    text = (
        "Pavel Latushko met reporters in Warsaw on Monday.\n\n"
        "“The sanctions are working, slowly but surely,” he said.\n\n"
        "“Minsk is running out of money for its security services, and it knows it.”"
    )
    claim = one_claim(text, "running out of money")
    assert claim.kind == "direct"
    assert (claim.speaker, claim.speaker_mention) == ("Pavel Latushko", "he")
    assert claim.cue == "said"


def test_the_speaker_carries_on_over_several_quote_paragraphs():
    text = (
        "“We will go back when it is safe,” said Maria Kalesnikava's sister Tatsiana.\n\n"
        "“Our parents are still in Minsk and they are afraid of every knock at the door.”\n\n"
        "“Nobody there speaks on the telephone about anything that matters any more.”"
    )
    assert [s for s, _m in speakers(text)] == ["Tatsiana"] * 3


def test_an_indirect_claim_that_closes_the_paragraph_hands_on_its_speaker():
    text = (
        "The opposition leader spoke after the vote. Turnout figures were invented, "
        "Sviatlana Tsikhanouskaya claims.\n\n"
        "“We have photographs of the empty polling stations in Gomel and in Brest.”"
    )
    claim = one_claim(text, "photographs")
    assert claim.speaker == "Sviatlana Tsikhanouskaya"


def test_narration_after_the_last_claim_breaks_the_chain():
    text = (
        "“The sanctions are working,” Latushko said. The talks ended without a "
        "statement.\n\n"
        "“Minsk is running out of money for its security services, and it knows it.”"
    )
    claim = one_claim(text, "running out of money")
    assert claim.speaker is None and claim.speaker_mention is None


# -- nobody named: still a quotation, never a guess ---------------------------------------
def test_a_paragraph_that_is_one_quotation_is_a_claim_with_no_speaker():
    claim = only(
        "“The border crossing at Kozlovichi was closed for six hours and nobody told the "
        "drivers why.”"
    )
    assert claim.kind == "direct"
    assert claim.speaker is None and claim.speaker_mention is None


def test_a_quote_paragraph_after_plain_narration_has_no_speaker():
    text = (
        "Belarusian lorries queued for two days at the Polish border this week.\n\n"
        "“We sleep in the cab and we eat what we brought from home, nothing else.”"
    )
    claim = only(text)
    assert claim.speaker is None


def test_a_quoted_title_or_slogan_is_no_claim():
    assert extract_claims("“Long live Belarus!”") == []  # three words: a slogan
    assert extract_claims("“Minsk sets new rules for foreign media”") == []  # no full stop
    assert extract_claims("“THE REGIME WILL FALL SOONER OR LATER.”") == []


def test_a_short_line_in_single_quotes_reads_as_a_subheading():
    assert extract_claims("'A long wait at the border.'") == []
    claim = only("'We have waited at this border for two days and nobody has told us a thing.'")
    assert claim.kind == "direct"


def test_a_quote_the_paragraph_then_talks_about_is_no_claim():
    text = (
        "“We are guests here who cannot leave and cannot stay.”\n\n"
        "“Nobody chose to live like this, and nobody will choose it again.” Some version "
        "of the phrase comes up in every conversation."
    )
    assert [c.text for c in extract_claims(text)] == [
        "“We are guests here who cannot leave and cannot stay.”"
    ]


# -- a reported clause without "that" whose subject holds a phrase of place or kind ------
def test_a_clause_without_that_may_have_phrases_inside_its_subject():
    claim = only(
        "The spokeswoman admitted the number of prisoners in the camps at Navapolatsk had risen."
    )
    assert claim.text == "the number of prisoners in the camps at Navapolatsk had risen"
    assert claim.speaker == "the spokeswoman"
    claim = only(
        "Lawyers for the two journalists argued the detention of reporters in Hrodna was unlawful."
    )
    assert claim.text == "the detention of reporters in Hrodna was unlawful"


def test_a_noun_after_the_phrase_is_no_verb_of_a_clause():
    # "brands" is no verb: "predicted a fall in sales" names what was predicted
    assert (
        extract_claims(
            "She predicted a fall in sales for some of the brewery's best-known brands, "
            "such as Lidskae."
        )
        == []
    )


def test_a_possessive_after_the_phrase_starts_the_clause_after_an_object():
    # "the Council of Europe" is whom she told; the clause is "her movement was ready"
    claims = extract_claims(
        "Tsikhanouskaya argued the Council of Europe her movement was ready to talk."
    )
    assert all(not c.text.startswith("the Council of Europe") for c in claims)


# -- an office the article already tied to a person keeps that person ---------------------
_STRAW = (
    "Britain will not renegotiate the rebate at next week's summit, Jack Straw said.\n\n"
    "The foreign secretary told MPs that the rebate was fully justified.\n\n"
    "The rebate was secured by Margaret Thatcher in 1984, and several net contributors "
    "have long resented it.\n\n"
    "The foreign secretary said that talks with Turkey could begin next year."
)


def test_the_same_office_later_in_the_article_is_the_same_person():
    assert speakers(_STRAW) == [
        ("Jack Straw", "Jack Straw"),
        ("Jack Straw", "The foreign secretary"),
        ("Jack Straw", "The foreign secretary"),
    ]


def test_an_office_never_tied_to_anyone_stays_as_written():
    text = _STRAW.replace("Jack Straw said", "ministers said").replace(
        "The foreign secretary told MPs that", "Officials told MPs that"
    )
    assert speakers(text)[-1] == ("the foreign secretary", "The foreign secretary")


# -- "it" is never a plural body -----------------------------------------------------------
def test_it_is_never_given_to_a_plural_body_named_before():
    text = (
        "The opposition parties say they want the full legal opinion published.\n\n"
        "But the Social Democrats and Greens say they want a vote first.\n\n"
        "A short summary of the opinion was handed to deputies on 12 March, just before the "
        "vote on the treaty. It said the agreement was compatible with the constitution."
    )
    claim = one_claim(text, "compatible with the constitution")
    assert claim.speaker_mention == "It"
    assert claim.speaker is None


# -- "he"/"she" after a sentence about a person described, not named -----------------------
_SOCHI = (
    "President Alexander Lukashenko met Vladimir Putin in Sochi on Friday to discuss gas "
    "prices and the union state.\n\n"
    "The Belarusian president is under pressure to cut costs at state factories. He told "
    "reporters that prices would not rise this winter."
)


def test_he_after_a_described_subject_is_whom_the_description_means():
    claim = one_claim(_SOCHI, "prices would not rise")
    assert (claim.speaker, claim.speaker_mention) == ("Alexander Lukashenko", "He")


def test_a_description_that_means_no_one_known_leaves_he_unresolved():
    text = _SOCHI.replace("President Alexander Lukashenko met", "Alexander Lukashenko met")
    text = text.replace("The Belarusian president", "The Kazakh president")
    assert one_claim(text, "prices would not rise").speaker is None


def test_a_description_of_the_other_gender_gives_she_nothing():
    text = _SOCHI.replace("He told reporters", "She told reporters")
    assert one_claim(text, "prices would not rise").speaker is None


# -- ", which said": a body or a document speaks ----------------------------------------------
def test_a_body_named_before_which_said_speaks():
    claim = only(
        "The arrests were condemned by the Belarusian Association of Journalists, which said "
        "the reporters had only been doing their jobs."
    )
    assert claim.speaker == "Belarusian Association of Journalists"
    assert claim.text == "the reporters had only been doing their jobs"


def test_a_statement_which_said_speaks_for_whoever_issued_it():
    claim = only(
        "The Interior Ministry issued a statement, which said that the protesters had been "
        "detained lawfully."
    )
    assert claim.speaker == "the Interior Ministry"


def test_a_which_clause_between_dashes_ends_at_the_second_dash():
    claim = only(
        'The IOC - which said it was "deeply concerned" by the ruling - is considering an '
        "appeal to the Court of Arbitration for Sport."
    )
    assert claim.text == 'it was "deeply concerned" by the ruling'
    assert claim.speaker == "the IOC"


def test_which_after_a_thing_that_cannot_speak_is_no_claim():
    assert extract_claims("They argued over the new tax, which said nothing about pensions.") == []
    assert (
        extract_claims("Police searched the flat, which said a lot about the family's wealth.")
        == []
    )


# -- whom a quote paragraph continues: the speaker of the sentence before, read closely ----
def test_a_noun_of_saying_before_a_quote_paragraph_names_no_speaker():
    text = (
        "Many of the accounts in the report describe the same routine: a search on arrival, "
        "then weeks without a doctor.\n\n"
        "“They took my glasses on the first day and I never saw them again.”"
    )
    claim = one_claim(text, "took my glasses")
    assert claim.speaker is None and claim.speaker_mention is None


def test_the_quote_after_someone_was_asked_is_not_the_askers():
    text = (
        "When I asked a Belarusian border guard at Brest what had changed since the summer, "
        "he laughed.\n\n"
        "“Nothing at all. The queues are longer and the cigarettes are cheaper than ever.”"
    )
    assert one_claim(text, "Nothing at all").speaker is None


def test_an_asker_who_answers_their_own_question_goes_on_speaking():
    text = (
        "“Can we win Vitebsk?” Mr Latushko asked the rally.\n\n"
        "“I don't know. But we can make them spend money there, and that is a start.”"
    )
    assert speakers(text)[-1][0] == "Mr Latushko"
    text = text.replace(" the rally.", ".")
    assert speakers(text)[-1][0] == "Mr Latushko"


def test_a_name_after_said_that_opens_the_reported_clause_is_not_the_speaker():
    text = (
        "Tatsiana Hlavachova, who coaches the Czech team, said Zhukava was the most "
        "improved player on the tour.\n\n"
        "“She hits very flat and very hard. I have to make her play one more ball.”"
    )
    assert speakers(text)[-1][0] == "Tatsiana Hlavachova"
    text2 = (
        "Prices will not rise this winter, said Lukashenko on Friday.\n\n"
        "“We will not let the speculators win this time, and they know it very well.”"
    )
    assert speakers(text2)[-1][0] == "Alexander Lukashenko"


# -- "the minister" is never the prime minister ---------------------------------------------
_KUZNICA = (
    "Prime Minister Donald Tusk and Interior Minister Agnieszka Lewandowska visited the "
    "crossing at Kuznica on Tuesday.\n\n"
    "Tusk said the government would reopen two crossings in March. The minister said "
    "attempts to cross the border illegally had fallen by half."
)


def test_the_minister_beside_the_prime_minister_is_the_other_minister():
    assert speakers(_KUZNICA)[-1] == ("Agnieszka Lewandowska", "The minister")


def test_the_minister_with_only_a_prime_minister_named_stays_as_written():
    text = _KUZNICA.replace(" and Interior Minister Agnieszka Lewandowska", "")
    assert speakers(text)[-1] == ("the minister", "The minister")


# -- a possessor before a name is not the sentence's subject -----------------------------------
def test_she_after_the_sisters_sentence_is_the_sister_not_the_possessor():
    text = (
        "Maria Kalesnikava was released from prison on Thursday after five years.\n\n"
        "Kalesnikava's sister Tatsiana Khomich spoke to reporters in Vilnius. She said her "
        'sister was "tired, thin and completely herself".'
    )
    assert speakers(text)[-1] == ("Tatsiana Khomich", "She")


def test_a_verb_after_the_possessor_keeps_the_possessor_the_subject():
    text = (
        "Maria Kalesnikava was released from prison on Thursday after five years.\n\n"
        "Kalesnikava's release surprised Tatsiana Khomich. She said her sister was "
        '"tired, thin and completely herself".'
    )
    assert speakers(text)[-1][0] != "Tatsiana Khomich"


# -- a transcript's interviewer asks; the guest's answers are the claims ---------------------
_PODCAST = (
    "Daniel Brenner spoke to the former diplomat Volha Drazdova for this week's episode.\n\n"
    "BRENNER: Let's start with the day you quit. What happened?\n\n"
    "DRAZDOVA: I was told to compile a list of Belarusian students in Warsaw who had been "
    "at the protests. I refused, and I left the same week.\n\n"
    "BRENNER: Your former colleagues say you were a junior official with no access to "
    "anything important.\n\n"
    "DRAZDOVA: They would say that. I had access to the lists, and that was enough.\n\n"
    "BRENNER: Would you go back?\n\n"
    "DRAZDOVA: Not while he is in power. But I keep my keys to the flat in Minsk."
)


def test_the_interviewers_turns_are_no_claims_of_the_interviewer():
    assert [s for s, _m in speakers(_PODCAST) if s and "Brenner" in s] == []
    assert [s for s, _m in speakers(_PODCAST)].count("Volha Drazdova") == 3


def test_what_the_interviewer_reports_others_saying_is_theirs_as_written():
    claim = one_claim(_PODCAST, "junior official")
    assert (claim.speaker, claim.speaker_mention) == (
        "your former colleagues",
        "Your former colleagues",
    )


def test_a_debate_transcript_keeps_both_speakers_turns():
    text = (
        "TSIKHANOUSKAYA: The regime is weaker than it looks. Its budget depends on Moscow.\n\n"
        "LATUSHKO: I agree, and the sanctions are the reason. Is that not obvious?\n\n"
        "TSIKHANOUSKAYA: It is obvious to us, but not yet to everyone in Brussels.\n\n"
        "LATUSHKO: Then we have to keep saying it until it is obvious to them too."
    )
    mentions = [m for _s, m in speakers(text)]
    assert mentions == ["TSIKHANOUSKAYA", "LATUSHKO", "TSIKHANOUSKAYA", "LATUSHKO"]


# -- a body known by its apposition; a document "published ... by" a body -----------------
_DOSSIER = (
    "Prison doctors in Belarus routinely deny care to political prisoners, according to a "
    "report published on Tuesday by Dossier Belarus, a Vilnius-based rights group.\n\n"
    "The report, based on interviews with 64 former prisoners, says doctors in at least "
    "five colonies were told to record injuries as old ones.\n\n"
    "The organisation said it checked each account against at least one other source."
)


def test_a_name_with_a_body_in_apposition_is_a_body_that_speaks_through_its_report():
    assert [s for s, _m in speakers(_DOSSIER)] == ["Dossier Belarus"] * 3


def test_a_person_described_by_their_firm_stays_a_person():
    text = (
        "Ales Hurski, a spokesman for the company, said the plant would close in May. He "
        "added that 300 jobs would go."
    )
    assert [s for s, _m in speakers(text)] == ["Ales Hurski", "Ales Hurski"]


# -- "One European ambassador": an unnamed subject, not a person called "European" --------
def test_he_after_one_unnamed_ambassador_is_that_ambassador():
    text = (
        "Alexander Lukashenko likes to call Belarus an island of stability.\n\n"
        "One European ambassador in Minsk expects the boom to end within two years. "
        '"When Russia catches a cold, Belarus gets pneumonia," he says.'
    )
    assert speakers(text) == [("one European ambassador", "he")]


def test_one_of_a_group_still_speaks_at_a_sentence_start():
    claim = only("One of the jilted bidders said it would welcome a new tender for the mill.")
    assert claim.speaker == "One of the jilted bidders"


# -- "told me, over coffee in Brussels, that ..." ------------------------------------------
def test_a_phrase_of_place_between_commas_after_the_person_told_keeps_the_claim():
    claim = only(
        'A senior EU diplomat told me, over coffee in Brussels, that Belarus was "a problem '
        'we can manage".'
    )
    assert claim.text == 'Belarus was "a problem we can manage"'
    assert claim.speaker == "a senior EU diplomat"


def test_a_clause_between_commas_after_the_person_told_is_no_such_phrase():
    # "who had waited for hours" is about the reporters, a clause of its own
    assert (
        extract_claims("She told reporters, who had waited for hours, that the talks were over.")
        == []
    )


def test_it_after_a_fronted_phrase_of_time_still_speaks():
    text = (
        "Belaruskali did not answer questions on Monday. In the past it has said that all "
        "its potash is sold in line with the law."
    )
    claim = one_claim(text, "in line with the law")
    assert claim.speaker_mention == "it"
    assert claim.speaker in (None, "Belaruskali")  # never anyone else


def test_which_with_any_reporting_verb_and_a_hyphenated_body_name():
    claim = only(
        "Growth was revised down by the Organisation for Economic Co-operation and "
        "Development, which argued that Belarus could only grow by freeing its prices."
    )
    assert claim.speaker == "Organisation for Economic Co-operation and Development"
    claim = only(
        'Latushko linked to a Belsat report, which notes, "More than 1,200 people remain '
        'behind bars."'
    )
    assert claim.kind == "direct" and claim.speaker_mention == "a Belsat report"


def test_which_asked_is_a_request_not_a_claim():
    assert (
        extract_claims(
            "Belaruskali, which has asked the authorities to approve its plan, may sell a mine."
        )
        == []
    )
