"""Round 17: who a later "they" or "it" can mean. The agent of a participle that
describes something else ("a study commissioned by X") did something to that thing and
is not what the next sentence is about; the agent of the sentence's own passive verb
("The figures were compiled by X") is. A company's legal form ends its name."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import only


def test_they_after_a_study_commissioned_by_two_bodies_is_not_them():
    claim = only(
        "The survey, commissioned by Viasna and the Helsinki Committee, drew on "
        "interviews with 300 former detainees. They said that beatings in the first "
        "days of arrest were routine."
    )
    assert claim.text == "beatings in the first days of arrest were routine"
    assert claim.speaker_mention == "They"
    assert claim.speaker is None  # the detainees, or the survey: never its sponsors


def test_it_after_projects_targeted_by_an_agency_is_the_company_named_next():
    claim = only(
        "Only five of the twelve outlets fined by the Information Ministry have paid. "
        "The Minsk Printing Corp could now lose its licence. On Monday, it denied that "
        "its presses had printed opposition leaflets."
    )
    assert claim.speaker_mention == "it"
    assert claim.speaker == "the Minsk Printing Corp"


def test_the_agent_of_the_sentences_own_passive_verb_is_still_what_it_means():
    claim = only(
        "The figures were compiled by the Belarusian Association of Journalists (BAJ). "
        "It found that 33 reporters were behind bars at the end of the year."
    )
    assert claim.speaker_mention == "It"
    assert claim.speaker == "the Belarusian Association of Journalists (BAJ)"


# -- the words of a speaker fronted by a phrase with no comma ------------------------------
def test_a_fronted_phrase_is_no_part_of_the_speakers_words():
    claims = extract_claims(
        "In a joint statement the two unions said the strike would go ahead.\n\n"
        "By contrast a leaked ministry report found that wages had fallen by a fifth."
    )
    assert [(c.speaker, c.speaker_mention) for c in claims] == [
        ("the two unions", "the two unions"),
        ("a leaked ministry report", "a leaked ministry report"),
    ]


def test_a_sentence_adverb_with_no_comma_is_no_part_of_the_speaker():
    claim = only("Instead the Belarusian Football Federation said it would appeal the ban.")
    assert claim.speaker == "the Belarusian Football Federation"
    assert claim.speaker_mention == "the Belarusian Football Federation"


def test_a_title_before_a_name_stays_in_the_mention():
    claim = only("Foreign Minister Maxim Ryzhenkov said the talks would resume in March.")
    assert claim.speaker_mention == "Foreign Minister Maxim Ryzhenkov"


# -- "the company", "the firm", "the airline": the company the article named --------------
def test_the_firm_is_the_company_whose_shares_the_story_is_about_and_so_is_it():
    claims = extract_claims(
        "Shares in Belarusian potash miner Belaruskali slid 6% in Warsaw after the "
        "sanctions were announced. The firm said the new rules would not hit its exports. "
        "It added that talks with buyers in China were going well."
    )
    assert [(c.speaker_mention, c.speaker) for c in claims] == [
        ("The firm", "Belaruskali"),
        ("It", "Belaruskali"),
    ]


def test_the_airline_called_so_in_an_appositive():
    claim = only(
        "Belavia, the national airline, cancelled all flights to Kaliningrad on Monday. "
        "The airline said passengers would get their money back."
    )
    assert claim.speaker == "Belavia"
    assert claim.speaker_mention == "The airline"


def test_two_companies_in_reach_leave_the_company_unnamed():
    claim = extract_claims(
        "Shares in Orlen rose after the refiner agreed to buy a stake in the pipeline "
        "operator run by Lotos. The company said the deal would close in June."
    )[-1]
    assert claim.speaker_mention == "The company"
    assert claim.speaker == "the company"


def test_a_company_named_after_the_one_shown_to_be_a_company_leaves_it_unnamed():
    claim = only(
        "Analysts cut their forecasts for Grodno Azot's profits. In a statement issued by "
        "Belneftekhim, the company said the plant would reopen in May."
    )
    assert claim.speaker == "the company"


def test_a_country_word_in_the_phrase_is_not_checked_so_the_company_stays_unnamed():
    claim = only(
        "Shares in Ignitis rose 2% after the power cut. The Lithuanian company said "
        "the grid had been restored."
    )
    assert claim.speaker == "the Lithuanian company"


def test_two_companies_whose_shares_moved_together_leave_the_company_unnamed():
    claim = only(
        "Shares in Orlen rose 4% and shares in Lotos fell 2% after the merger was "
        "approved. The company said the two refineries would keep their names."
    )
    assert claim.speaker == "the company"


# -- a headline's title case makes no second person of a surname ----------------------------
def test_a_word_capitalised_by_the_headline_is_no_given_name():
    claims = extract_claims(
        "Defiant Hrybau vows to fight on\n\n"
        "The activist Pavel Hrybau lost his appeal in Minsk on Tuesday. "
        "\u201cI will not stop,\u201d Hrybau told reporters. He added that his lawyers "
        "would go to the Supreme Court."
    )
    assert [(c.speaker_mention, c.speaker) for c in claims] == [
        ("Defiant Hrybau", "Pavel Hrybau"),  # the headline's "vows to fight on"
        ("Hrybau", "Pavel Hrybau"),
        ("He", "Pavel Hrybau"),
    ]


def test_two_people_sharing_a_surname_in_the_body_stay_apart():
    claims = extract_claims(
        "Hrybau verdict upheld\n\n"
        "Pavel Hrybau and his sister Alena Hrybau both spoke after the hearing. "
        "\u201cWe expected nothing else,\u201d Hrybau said."
    )
    assert claims[-1].speaker is None


def test_a_headline_that_claims_a_prize_reports_no_statement():
    claims = extract_claims(
        "Sabalenka claims Australian Open crown\n\n"
        "Aryna Sabalenka beat Coco Gauff in three sets on Saturday. \u201cI never gave "
        "up,\u201d Sabalenka said."
    )
    assert [(c.cue, c.speaker) for c in claims] == [("said", "Aryna Sabalenka")]


def test_a_headline_that_claims_something_is_so_still_reports_it():
    claim = extract_claims(
        "Lukashenko claims West plotting coup\n\nThe Belarusian leader spoke on Friday."
    )[0]
    assert claim.cue == "claims"
    assert claim.text == "West plotting coup"


# -- "<a clause> and <a new subject> said": the subject after the conjunction speaks -------
def test_a_new_subject_after_and_speaks_not_the_whole_clause():
    claims = extract_claims(
        "The hearing took place behind closed doors and the lawyer said that her client "
        "had been beaten.\n\n"
        "Talks have been held in Vilnius and the defender told reporters that he would "
        "stay.\n\n"
        "Talks took place and the minister said the border would reopen."
    )
    assert [(c.speaker_mention, c.text) for c in claims] == [
        ("the lawyer", "her client had been beaten"),
        ("the defender", "he would stay"),
        ("the minister", "the border would reopen"),  # was "Talks took place and the minister"
    ]


def test_two_speakers_joined_by_and_stay_one_subject():
    claim = only("The foreign minister and his deputy said the border would stay open.")
    assert claim.speaker_mention == "The foreign minister and his deputy"


# -- a speaker after "said" with words that describe them ----------------------------------
def test_said_its_chairman_and_the_name_in_apposition():
    claim = only("\u201cThe verdict changes nothing,\u201d said its chairman, Aleh Hulak.")
    assert claim.speaker == "Aleh Hulak"
    assert claim.speaker_mention == "its chairman, Aleh Hulak"


def test_hyphenated_and_age_words_before_a_name_are_found_and_left_out_of_the_name():
    claims = extract_claims(
        "\u201cWe will appeal,\u201d said team-mate Ilya Shkurin.\n\n"
        "\u201cI was never afraid,\u201d says 24-year-old Hanna Sharko.\n\n"
        "\u201cThe border is calm,\u201d said retired colonel Uladzimir Borodach."
    )
    assert [(c.speaker, c.speaker_mention) for c in claims] == [
        ("Ilya Shkurin", "team-mate Ilya Shkurin"),
        ("Hanna Sharko", "24-year-old Hanna Sharko"),
        ("Uladzimir Borodach", "retired colonel Uladzimir Borodach"),
    ]


def test_describing_words_before_a_plural_or_a_name_with_particles_stay():
    claims = extract_claims(
        "\u201cIt is over,\u201d said veteran Democrats.\n\n"
        "\u201cWe will help,\u201d said newspapers including Nasha Niva."
    )
    assert [c.speaker for c in claims] == [
        "veteran Democrats",
        "newspapers including Nasha Niva",
    ]


def test_told_two_listeners_then_a_colon_and_the_quote():
    claims = extract_claims(
        "Tsikhanouskaya told diplomats and journalists in Vilnius: \u201cWe will not "
        "stop.\u201d\n\n"
        "The minister told MPs and senators: \u201cThe border stays closed.\u201d"
    )
    assert [(c.speaker_mention, c.kind) for c in claims] == [
        ("Tsikhanouskaya", "direct"),
        ("The minister", "direct"),
    ]


# -- nouns for people in parliament, sport and markets ------------------------------------
def test_backbenchers_traders_and_campaigners_speak():
    claims = extract_claims(
        "As one disgruntled backbencher said before the vote: \u201cThe leadership has "
        "lost the room.\u201d\n\n"
        "\u201cThe rouble will fall again before spring,\u201d one Minsk trader said.\n\n"
        "Anti-war campaigners said the arrests had been planned for weeks."
    )
    assert [c.speaker_mention for c in claims] == [
        "one disgruntled backbencher",
        "one Minsk trader",
        "Anti-war campaigners",
    ]


def test_people_at_a_show_do_not_show_anything():
    claims = extract_claims(
        "Demand for potash will grow next year, delegates at the region's largest "
        "fertiliser show, in Minsk, have been told."
    )
    assert [c.cue for c in claims if c.cue == "show"] == []


# -- a pronoun's speaker is not the person the quote speaks of ------------------------------
def test_he_is_not_the_man_his_own_quote_names():
    claim = extract_claims(
        "Viktar Kalesnikau has again been refused a visit to his daughter in the Homel "
        "prison.\n\n"
        "\u201cHe (Kalesnikau) has not seen her for two years and may not see her "
        "before spring,\u201d he said."
    )[-1]
    assert claim.speaker_mention == "he"
    assert claim.speaker is None  # whoever spoke, not the man he speaks of


def test_he_who_quotes_himself_in_the_first_person_keeps_his_name():
    claim = extract_claims(
        "Ihar Losik was freed on Monday after five years in prison. \u201cI did not "
        "expect to walk out alive,\u201d he said."
    )[-1]
    assert claim.speaker == "Ihar Losik"


def test_a_manner_of_speaking_placed_in_the_reply_before_a_colon():
    claims = extract_claims(
        "Lukashenko was defiant in his reply: \u201cWe will not kneel.\u201d\n\n"
        "Tsikhanouskaya was more guarded in her assessment: \u201cIt is too early to "
        "say.\u201d"
    )
    assert [(c.speaker, c.kind) for c in claims] == [
        ("Alexander Lukashenko", "direct"),
        ("Sviatlana Tsikhanouskaya", "direct"),
    ]


def test_a_participle_before_a_colon_is_still_no_manner():
    claims = extract_claims("The minister was asked: \u201cWill the border reopen?\u201d")
    assert all(c.speaker != "the minister" for c in claims)


# -- "it" and "they": the body the clause before is about, or nobody -----------------------
def test_it_after_a_committee_is_the_committee_not_the_agency_named_before():
    claims = extract_claims(
        "The State Control Committee audited the Belarusian Railways ministry in June. "
        "Its chairman said: \u201cThe railway cannot be saved as it is.\u201d\n\n"
        "The parliamentary commission reached its verdict after it found that half the "
        "trains were older than forty years."
    )
    assert claims[-1].speaker_mention == "it"
    assert claims[-1].speaker == "the parliamentary commission"


def test_they_after_analysts_said_is_the_analysts():
    claim = extract_claims(
        "The National Bank raised its main rate to 12% on Wednesday. The rouble is "
        "falling and analysts said the bank had little choice. They predicted that "
        "prices would rise by a fifth this year."
    )[-1]
    assert (claim.speaker_mention, claim.speaker) == ("They", "analysts")


def test_it_after_a_study_is_not_a_body_the_study_names():
    claim = extract_claims(
        "Belstat published its spring figures on Monday. His Majesty's Treasury was "
        "not consulted. The research was carried out by students for the Ministry of "
        "Labour. It also found that one family in five had cut spending on food."
    )[-1]
    assert claim.speaker_mention == "It"
    assert claim.speaker == "the research"  # not the ministry it was done for


def test_it_after_a_statement_said_continues_the_statement():
    claims = extract_claims(
        "Ales Bialiatski was freed in May. Mr Bialiatski's statement said: \u201cTwelve "
        "people were detained.\u201d It added: \u201cAll were beaten.\u201d"
    )
    assert [c.speaker_mention for c in claims] == ["Mr Bialiatski's statement", "It"]
    assert claims[1].speaker == "Mr Bialiatski's statement"  # a thing of his: "it"


def test_they_is_never_a_single_body_found_by_the_usual_search():
    claim = extract_claims(
        "The National Statistical Committee (Belstat) published the November figures on "
        "Friday. Economists had expected a fall. They say the rise in wages will not last."
    )[-1]
    assert claim.speaker_mention == "They"
    assert claim.speaker is None  # the economists, most likely: not Belstat


def test_a_party_named_in_full_is_itself_never_the_party_named_before():
    claims = extract_claims(
        "Liberal Democratic Party leader Aleh Haidukevich praised the budget. The United "
        "Civil Party said the budget was \u201ca wasted year\u201d for pensioners."
    )
    assert claims[-1].speaker == "the United Civil Party"


def test_the_group_is_never_a_minister_the_name_scan_took_for_a_body():
    claims = extract_claims(
        "Save the Belarusian Schools will field a candidate against Armed Forces "
        "Minister Viktar Khrenin in Barysau. The group said it had 300 volunteers."
    )
    assert claims[-1].speaker_mention == "The group"
    assert claims[-1].speaker != "Armed Forces Minister Viktar Khrenin"


def test_a_sentence_opening_such_as_some_firms_is_no_body_for_the_organisation():
    claims = extract_claims(
        "The Belarusian Congress of Democratic Trade Unions published its report on "
        "Monday. Some firms said the new safety rules cost too much. Accidents are "
        "rarely investigated, the union organisation claimed."
    )
    assert claims[-1].speaker_mention == "the union organisation"
    assert claims[-1].speaker != "Some firms"
