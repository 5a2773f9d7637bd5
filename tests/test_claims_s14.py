"""Round 14: clause shapes found reading PolNeAR train errors by class and probing
sentences in the style of news about Belarus. A name after the person told opens the
claim; a fronted subordinate clause is no claim of its own; "agreed to" a noun is an
act; a name, a verb and another name is no speaker; a describing verb after "and"
shares the sentence's subject."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import only


# -- "told him Belarus was ready": a name opens the clause after a one-word object -------
def test_a_name_after_a_pronoun_object_opens_the_told_clause():
    claim = only("Lukashenko told him Belarus was ready to defend itself.")
    assert claim.text == "Belarus was ready to defend itself"
    assert claim.speaker == "Alexander Lukashenko"


def test_a_name_after_reporters_opens_the_told_clause():
    claim = only("Makei told reporters Minsk would never accept the sanctions.")
    assert claim.text == "Minsk would never accept the sanctions"


def test_telling_him_with_a_named_subject_is_the_claim_after_a_letter():
    claim = only("Lukashenko wrote to Putin on Monday, telling him Belarus was ready to help.")
    assert claim.text == "Belarus was ready to help"


def test_a_name_after_told_without_an_auxiliary_is_not_read_as_a_clause():
    # "told them Minsk stories": no auxiliary after the name, so no clause to report
    assert extract_claims("The guide told them Minsk stories for an hour.") == []


# -- a fronted subordinate clause is the scene, not the claim ---------------------------
def test_a_fronted_subordinate_clause_alone_is_no_claim():
    claims = extract_claims(
        "On Tuesday, even as protests were growing, Lukashenko wrote to the governors, "
        "telling them the army was ready."
    )
    assert [c.text for c in claims] == ["the army was ready"]


def test_a_subordinate_clause_then_the_attribution_then_the_main_clause_is_one_claim():
    claim = only(
        "While some officials could get a warning, she added, jailing them would be "
        "“really very aggressive.”"
    )
    assert claim.text.startswith("While some officials could get a warning")
    assert claim.text.endswith("“really very aggressive.”")
    assert claim.speaker_mention == "she"


def test_because_of_then_the_attribution_then_the_quote_is_one_claim():
    claim = only(
        "Because of how the vote was run, explained Kavaleuski, “the result means nothing.”"
    )
    assert claim.speaker == "Kavaleuski"
    assert claim.text.endswith("“the result means nothing.”")


def test_a_subordinate_clause_holding_its_main_clause_stays_the_claim():
    # no comma, but a second auxiliary: the main clause is inside
    claim = only(
        "When the results were announced the protests were already under way, the observers said."
    )
    assert claim.text == ("When the results were announced the protests were already under way")


def test_a_conditional_with_its_main_clause_after_a_comma_stays_the_claim():
    claim = only("If Russia attacks, Belarus will respond, Lukashenko said.")
    assert claim.text == "If Russia attacks, Belarus will respond"


# -- "agreed to" a noun phrase is an act ------------------------------------------------
def test_agreed_to_a_noun_phrase_is_no_claim():
    assert extract_claims("Minsk agreed to a prisoner exchange with Vilnius in March.") == []


def test_agreed_to_a_verb_is_still_a_commitment():
    claim = only("The authorities agreed to release 52 political prisoners.")
    assert claim.text == "to release 52 political prisoners"


# -- a name, a verb and another name is a clause, not a speaker -------------------------
def test_a_clause_before_when_asked_is_never_the_speaker():
    claims = extract_claims(
        "Vladimir Putin named Alexander Lukashenko, when asked to pick his closest "
        "ally, if he had to choose one."
    )
    assert all(c.speaker != "Alexander Lukashenko" for c in claims)
    assert all("named" not in (c.speaker_mention or "") for c in claims)


def test_a_hyphenated_participle_inside_a_title_is_still_a_speaker():
    claim = only(
        "The head of the Ukrainian state-owned Naftohaz company, Yury Boyko, said he "
        "was happy with the deal."
    )
    assert claim.speaker == "Yury Boyko"


def test_an_adjective_after_a_determiner_is_still_a_speaker():
    claim = only("A flabbergasted Makei quipped: “It is like a comedy.”")
    assert claim.speaker_mention == "A flabbergasted Makei"


# -- "X did A and called Y ...": the sentence's subject describes ----------------------
def test_called_after_and_goes_to_the_subject_not_the_object():
    claim = only('Lukashenko knocked Tsikhanouskaya on sanctions and called her a "traitor."')
    assert claim.speaker == "Alexander Lukashenko"
    assert claim.kind == "mixed"


def test_called_after_and_inside_a_reported_clause_names_no_one():
    claims = extract_claims(
        'She noted that Babaryka has criticized the president and called him "weak."'
    )
    # the one who called him weak is Babaryka, not "She": no describing claim is given
    assert all("weak" not in c.text for c in claims)


# -- "said only that": the adverb before "that" is the cue's -----------------------------
def test_said_only_that_reports_the_clause():
    claim = only("Peskov said only that contacts with Minsk were continuing.")
    assert claim.text == "contacts with Minsk were continuing"
    assert claim.speaker == "Dmitry Peskov"


def test_saying_only_that_after_a_refusal_is_a_claim_of_its_own():
    claims = extract_claims(
        "Peskov declined to comment on the report, saying only that contacts were continuing."
    )
    assert "contacts were continuing" in [c.text for c in claims]


# -- "said, in a post on Telegram, that": an aside between commas before "that" --------
def test_a_phrase_between_commas_before_that_leaves_the_clause_the_claim():
    claim = only("Viacorka said, in a post on Telegram, that the release was a ploy.")
    assert claim.text == "the release was a ploy"
    assert claim.speaker == "Viacorka"


def test_a_link_word_between_commas_is_not_part_of_the_claim():
    claim = only("Makei said, however, that Minsk would not recall its ambassador.")
    assert claim.text == "Minsk would not recall its ambassador"


def test_a_place_named_with_its_old_name_before_that():
    claim = only("Viacorka wrote on X, formerly Twitter, that the release was a ploy.")
    assert claim.text == "the release was a ploy"


def test_an_aside_with_a_verb_of_its_own_is_not_skipped():
    # ", as he had promised," is a clause: the reading of "said" does not jump over it
    claims = extract_claims("Makei said, as he had promised, that the embassy would reopen.")
    assert all(c.speaker_mention != "Makei" or c.text != "the embassy would reopen" for c in claims)


# -- "Earlier he told reporters": one adverb of time before a one-word subject ---------
def test_an_opening_adverb_before_a_pronoun_leaves_the_pronoun_the_speaker():
    claim = only("Earlier he told reporters that the talks had stalled.")
    assert claim.text == "the talks had stalled"
    assert claim.speaker_mention == "he"


def test_an_opening_adverb_before_a_quote_with_an_aside():
    claim = only("Recently she announced on her channel, in capital letters, “We are leaving!”")
    assert claim.text == "“We are leaving!”"
    assert claim.speaker_mention == "she"


def test_an_opening_adverb_is_not_part_of_the_name():
    claim = only("Later Kalesnikava said the verdict was unjust.")
    assert claim.speaker_mention == "Kalesnikava"


# -- "went on to say", "continued to insist": the subject spoke -------------------------
def test_went_on_to_say_is_the_subjects_report():
    claim = only("Lukashenko went on to say that the West was preparing for war.")
    assert claim.text == "the West was preparing for war"
    assert claim.speaker == "Alexander Lukashenko"


def test_continued_to_insist_is_the_subjects_report():
    claim = only("The commission continued to insist that the count had been fair.")
    assert claim.text == "the count had been fair"
    assert claim.speaker_mention == "The commission"


def test_went_on_to_with_a_quote_gives_the_subject_not_the_phrase():
    claim = only("Makei goes on to criticise “the so-called democratic forces” abroad.")
    assert claim.speaker_mention == "Makei"


def test_goes_to_show_is_an_idiom_not_a_report():
    assert extract_claims("It just goes to show that nobody in Minsk reads the polls.") == []


# -- "A statement from the Coordination Council": the body speaks ----------------------
def test_a_statement_from_a_body_and_the_statement_later_share_one_speaker():
    claims = extract_claims(
        "A statement from the Coordination Council said the sentences were illegal. "
        "The statement added that sanctions should follow."
    )
    assert [c.speaker for c in claims] == ["the Coordination Council"] * 2
    assert claims[0].speaker_mention == "A statement from the Coordination Council"


def test_a_report_by_a_body_not_named_elsewhere_keeps_its_phrase():
    # "a report by a local group": no body the article names, so the phrase stays
    claim = only("A report by a local group said 30 people were held in Hrodna.")
    assert claim.speaker == "a report by a local group"


# -- "Lukashenko, asked whether ..., said": the one asked did not ask -------------------
def test_the_subject_of_a_passive_asked_is_not_the_asker():
    claims = extract_claims("Lukashenko, asked whether he would run again, said: “We will see.”")
    assert [(c.speaker, c.text) for c in claims] == [("Alexander Lukashenko", "“We will see.”")]


def test_an_active_asked_after_an_appositive_keeps_its_asker():
    claim = only(
        "Hanna Liubakova, a journalist with the Atlantic Council, asked Makei whether "
        "the embassy would reopen."
    )
    assert claim.speaker == "Hanna Liubakova"


# -- "said the ministry's spokesman, Anatol Hlaz": the name after the role speaks --------
def test_a_name_in_commas_after_an_inverted_role_is_the_speaker():
    claim = only("“It’s a farce,” said Tsikhanouskaya’s adviser, Franak Viacorka.")
    assert claim.speaker == "Franak Viacorka"


def test_a_name_after_a_role_and_before_a_time_is_the_speaker():
    claim = only("“The border stays shut,” said a ministry spokesman, Anatol Hlaz, on Monday.")
    assert claim.speaker == "Anatol Hlaz"


def test_a_region_after_a_place_is_not_a_name():
    claim = only("“The roads are closed,” said the mayor of Hrodna, Minsk Region.")
    assert claim.speaker == "the mayor of Hrodna"


# -- "Interview: Kalesnikava on prison": the kind of piece is no speaker ----------------
def test_the_kind_of_piece_before_a_colon_is_not_a_speaker():
    text = (
        "Interview: Kalesnikava on prison, exile and what comes next\n\n"
        "Kalesnikava said she planned to return to Belarus."
    )
    claims = extract_claims(text)
    assert [c.speaker_mention for c in claims] == ["Kalesnikava"]


def test_an_explainer_label_is_not_a_speaker():
    assert extract_claims("Explainer: Why Minsk is moving its troops to the border") == []


# -- "has said many times that": how often is not the content ---------------------------
def test_how_often_before_that_is_not_part_of_the_claim():
    claim = only("Tsikhanouskaya has said many times that she will return to Belarus.")
    assert claim.text == "she will return to Belarus"


def test_more_than_once_before_that_is_not_part_of_the_claim():
    claim = only("Lukashenko said more than once that the West was to blame.")
    assert claim.text == "the West was to blame"


# -- denials: what is denied is the claim ---------------------------------------------
def test_a_denial_of_involvement_is_a_claim():
    claim = only("Belarus denies any involvement.")
    assert (claim.speaker, claim.text) == ("Belarus", "any involvement")


def test_a_denial_ends_before_the_medium_and_the_next_verb():
    claims = extract_claims(
        "Minsk denied the charges through a spokesman and accused Vilnius of lying."
    )
    assert [c.text for c in claims] == ["the charges", "Vilnius of lying"]


def test_a_denial_of_reports_keeps_their_clause():
    claim = only("The ministry denied reports that troops had crossed the border.")
    assert claim.text == "reports that troops had crossed the border"


def test_denying_someone_something_is_a_refusal_not_a_claim():
    assert extract_claims("The border guards denied him entry.") == []
    assert extract_claims("The keeper denied Gerrard with a late save.") == []
    assert extract_claims("A hamstring injury denied Luscombe the chance to start.") == []


# -- an office is its own role; an honorific's gender binds ---------------------------
def test_the_prime_minister_is_not_the_foreign_minister_named_before():
    claims = extract_claims(
        "Both men spoke with Foreign Minister Maxim Ryzhenkov. "
        "The prime minister said the claims were false."
    )
    assert [c.speaker for c in claims] == ["the prime minister"]


def test_the_office_named_with_its_holder_still_resolves():
    claims = extract_claims(
        "Prime Minister Roman Golovchenko met Foreign Minister Maxim Ryzhenkov. "
        "The foreign minister said the talks were useful. "
        "The prime minister said they would continue."
    )
    assert [c.speaker for c in claims] == ["Maxim Ryzhenkov", "Roman Golovchenko"]


def test_a_portfolio_before_a_title_is_part_of_the_role():
    claims = extract_claims(
        "Home Secretary Charles Clarke visited Minsk. The home secretary said the visit was useful."
    )
    assert [c.speaker for c in claims] == ["Charles Clarke"]


def test_mr_with_only_a_woman_of_that_surname_stays_unresolved():
    claims = extract_claims(
        "His mother Katherine Jackson told reporters she was certain. "
        "Mr Jackson denies the charges."
    )
    assert [c.speaker for c in claims if c.speaker_mention == "Mr Jackson"] == ["Mr Jackson"]


def test_a_denial_ends_before_a_new_clause_after_and():
    claim = only("Makei denied the reports and no talks took place.")
    assert claim.text == "the reports"


def test_a_denial_asked_for_is_not_made():
    text = "Lord Kavalenka, a former MP, challenged Makei to deny reports that he had resigned."
    assert all(c.cue != "deny" for c in extract_claims(text))


def test_a_name_the_scan_missed_after_a_possessive_role_speaks():
    claim = only(
        "The plant is under pressure, said the company's chief executive, John J. Ferriola."
    )
    assert (claim.speaker, claim.speaker_mention) == (
        "John J. Ferriola",
        "the company's chief executive",
    )


def test_a_title_before_the_appositive_name_is_dropped():
    claim = only("“We will look again,” said the committee chairman, MP Edward Leigh.")
    assert claim.speaker == "Edward Leigh"


def test_an_appositive_name_stops_at_the_sentence_end():
    text = (
        "“A decision is expected in March,” said one of their lawyers, Michalis "
        "Dimitrakopoulos. Kenteris did not attend."
    )
    assert extract_claims(text)[0].speaker == "Michalis Dimitrakopoulos"
