"""Round 16: quotes that follow an attribution with more words in between than the
usual "X said, “...”": a number with thousands separators in the adverbial, an
aside about what the speaker referred to, a colon after a described reply."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import only


# -- a number's thousands separator is no clause comma --------------------------------
def test_a_count_of_followers_does_not_split_the_attribution():
    claim = only(
        "Soon after the verdict was read in a Minsk courtroom on Friday, Tsikhanouskaya "
        "wrote to her 300,000 followers on X, “This is a day of shame for the regime,” "
        "and posted a photograph of Ales Bialiatski."
    )
    assert claim.kind == "direct"
    assert claim.text == "“This is a day of shame for the regime,”"
    assert claim.speaker == "Sviatlana Tsikhanouskaya"


# -- an aside on what the quote refers to stands between the cue and the quote ----------
def test_a_quote_after_an_aside_on_what_it_refers_to():
    claim = only(
        "Makei said on state television on Monday, in reference to the new sanctions, "
        '"Belarus will find other markets."'
    )
    assert claim.kind == "direct"
    assert claim.text == '"Belarus will find other markets."'
    assert claim.speaker_mention == "Makei"


def test_a_quote_after_two_prepositional_asides():
    claim = only(
        "Tsikhanouskaya said in an interview with Belsat in Warsaw on Tuesday, with the "
        "verdict in mind, “We will bring every one of them home.”"
    )
    assert claim.kind == "direct"
    assert claim.text == "“We will bring every one of them home.”"
    assert claim.speaker == "Sviatlana Tsikhanouskaya"


# -- a bracketed quote with a long description of its writer ---------------------------
def test_a_bracketed_quote_whose_writer_is_described_at_length():
    claim = only(
        'The strike committee faced blowback from its own members ("We want our jobs '
        'back," wrote Ihar Kazlou, a fitter at the tractor works in Minsk, Belarus, on '
        "the union's Telegram channel), and the strike was called off."
    )
    assert claim.kind == "direct"
    assert claim.text == '"We want our jobs back,"'
    assert claim.speaker == "Ihar Kazlou"


# -- a quote in a dash aside: its own claim, and the end of the claim around it ----------
ASIDE = (
    'Lukashenko suggested that the protests had been organised from abroad {d} "Again, '
    'they are puppets," he said {d} and charged that Poland was paying for them.'
)


def test_a_quoted_aside_between_hyphens_ends_the_claim_before_it_and_is_its_own():
    claims = extract_claims(ASIDE.format(d="-"))
    assert [(c.kind, c.text) for c in claims] == [
        ("indirect", "the protests had been organised from abroad"),
        ("direct", '"Again, they are puppets,"'),
    ]
    assert claims[1].speaker == "Alexander Lukashenko"


def test_a_quoted_aside_between_em_dashes_is_read_the_same():
    hyphens = [(c.kind, c.text) for c in extract_claims(ASIDE.format(d="-"))]
    assert [(c.kind, c.text) for c in extract_claims(ASIDE.format(d="—"))] == hyphens


def test_the_quote_after_an_aside_the_writer_went_on_from_is_not_its_continuation():
    claims = extract_claims(
        'Makei praised the farmers\' "deep loyalty" - "loyalty that shows itself in '
        'the harvest, not in words," he said - and argued for more state support. "All '
        'the slogans in the world do not feed anyone."'
    )
    aside = next(c for c in claims if c.text.startswith('"loyalty'))
    assert aside.text == '"loyalty that shows itself in the harvest, not in words,"'


def test_a_spaced_hyphen_after_the_attribution_is_a_dash():
    claim = only(
        "The deficit target for next year will be 4.3%, the finance minister said - "
        "falling short of what the new law requires."
    )
    assert claim.text == "The deficit target for next year will be 4.3%"


# -- what a crowd chants or shouts -----------------------------------------------------
def test_a_crowd_that_shouts_a_quote_is_its_speaker():
    claim = only('The crowd shouted "Long live Belarus!" and marched towards the centre.')
    assert (claim.kind, claim.text, claim.speaker_mention) == (
        "direct",
        '"Long live Belarus!"',
        "The crowd",
    )


def test_a_cry_followed_by_where_it_was_shouted():
    claim = only('The students chanted "Long live Belarus!" outside the university.')
    assert (claim.text, claim.speaker_mention) == ('"Long live Belarus!"', "The students")


def test_a_crowd_that_applauds_reports_nothing():
    claims = extract_claims(
        'When Tsikhanouskaya said she would "bring every prisoner home," the crowd '
        "applauded loudly."
    )
    assert [c.speaker for c in claims] == ["Sviatlana Tsikhanouskaya"]


# -- a colon after how the speaker put it, or after what a text reads ------------------
def test_a_speaker_described_as_blunt_before_a_colon():
    claim = only(
        "The Lithuanian foreign minister, Gabrielius Landsbergis, was blunt: "
        '"Minsk is a co-aggressor."'
    )
    assert claim.kind == "direct"
    assert claim.speaker == "Gabrielius Landsbergis"


def test_a_body_more_cautious_before_a_colon():
    claim = only('The ministry was more cautious: "We are studying the decision."')
    assert claim.speaker_mention == "The ministry"


def test_a_passive_before_a_colon_names_no_speaker():
    # the one asked does not say the question
    assert extract_claims('Lukashenko was asked: "Will you run again?"') == []


def test_what_a_statement_from_a_body_read():
    claim = only(
        "The statement from the Coordination Council read: "
        '"We call on the international community to act now."'
    )
    assert claim.speaker == "the Coordination Council"
    assert claim.cue == "read"


def test_the_statement_from_a_body_speaks_for_the_body():
    claim = only("The statement from the Coordination Council said the vote was rigged.")
    assert claim.speaker == "the Coordination Council"


# -- a quote left open until the next one is still speech ------------------------------
def test_a_name_in_a_quote_left_open_is_no_antecedent():
    text = (
        "Alexander Lukashenko spoke at a ceremony in honour of the poet Yanka Kupala.\n\n"
        'He said the poet was "a giant of our culture". "Vyazynka, the birthplace of '
        'Yanka Kupala, is a place of pilgrimage. "Every Belarusian should go there." '
        'He continued: "Kupala saw further than anyone of his time."'
    )
    claim = next(c for c in extract_claims(text) if c.cue == "continued")
    assert claim.speaker == "Alexander Lukashenko"


# -- the name after an inverted verb ends at its comma ---------------------------------
def test_an_inverted_speaker_ends_before_the_possessor_of_his_role():
    # the aide speaks, not the leader whose aide he is
    claim = only('"Sanctions work," said Franak Viacorka, Tsikhanouskaya\'s chief adviser.')
    assert claim.speaker == "Franak Viacorka"
    assert claim.speaker_mention == "Franak Viacorka"


# -- a participle of judging after a quote and its attribution --------------------------
STOLTENBERG = (
    '"Nobody is going to attack Belarus," NATO Secretary General Jens Stoltenberg said '
    'on Thursday, calling Minsk\'s claims "absurd."'
)


def test_a_judgement_after_a_quote_belongs_to_the_attribution_speaker():
    claims = extract_claims(STOLTENBERG)
    assert [(c.cue, c.speaker) for c in claims] == [
        ("said", "Jens Stoltenberg"),
        ("calling", "Jens Stoltenberg"),
    ]


def test_a_verb_and_its_object_are_no_speaker():
    # "calling Minsk's" before the noun "claims" once spoke the word "absurd"
    assert all(
        not (c.speaker_mention or "").startswith("calling") for c in extract_claims(STOLTENBERG)
    )


# -- an inverted speaker with a determiner and a common noun ---------------------------
def test_a_cry_and_an_unnamed_inverted_speaker():
    claim = only('"Shame!" shouted a woman from the back of the courtroom.')
    assert (claim.text, claim.speaker_mention, claim.cue) == ('"Shame!"', "a woman", "shouted")


def test_an_unnamed_inverted_speaker_before_the_full_stop():
    claim = only('"Go home," said the old man.')
    assert claim.speaker_mention == "the old man"


# -- a plural of people is no body -----------------------------------------------------
def test_experts_do_not_issue_the_statement_read_later():
    claims = extract_claims(
        "Experts said the new rules might tempt other firms to follow.\n\n"
        "In a statement on Monday Belaruskali said the accounts had been closed. "
        '"The method was easy to trace," read the statement.'
    )
    read = next(c for c in claims if c.cue == "read")
    assert read.speaker != "Experts"


def test_a_group_named_after_critics_speaks_for_itself():
    claims = extract_claims(
        "Critics said the land had been taken illegally. The Belaruskali Group said it "
        "had owned the mine since 1958."
    )
    assert claims[-1].speaker == "the Belaruskali Group"


# -- phrases that only looked like speakers --------------------------------------------
def test_a_fronted_participle_is_no_speaker():
    claims = extract_claims(
        "Responding to the verdict, the Belarusian Association of Journalists, which "
        "represents independent reporters, said the trial had been a farce."
    )
    assert all(c.speaker != "Responding to the verdict" for c in claims)


def test_a_quoted_adjective_before_a_noun_is_no_attribution():
    claims = extract_claims(
        "The opposition said the plan would hand the police to the KGB, while Moscow "
        'mocked "generous" Lithuanian promises on energy.'
    )
    assert all(c.speaker != "Lithuanian" for c in claims)
    assert claims[0].text == "the plan would hand the police to the KGB"


def test_according_to_without_a_comma_runs_into_no_source():
    claims = extract_claims(
        'According to Mr Shraibman the president said: "Give me one more year."'
    )
    assert [c.speaker_mention for c in claims] == [None]


# -- a pronoun after a fronted clause ---------------------------------------------------
def speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text)]


def test_the_subject_of_an_opening_when_clause_is_the_pronouns_antecedent():
    assert speakers(
        "Ivan Petrov told Belsat on Monday that the party would split. When Pavel "
        "Latushka appeared on the same channel two days later, he said the party was "
        "united."
    ) == ["Ivan Petrov", "Pavel Latushka"]


def test_a_name_after_a_preposition_in_an_opening_phrase_is_no_antecedent():
    # the host of the conference did not speak; the man of the sentence before did
    assert (
        speakers(
            "Pavel Latushka spoke in Vilnius on Thursday. At a conference hosted by "
            "Lithuanian Foreign Minister Gabrielius Landsbergis on Friday, he said that "
            "sanctions were working."
        )[-1]
        == "Pavel Latushka"
    )


def test_a_name_in_a_speakers_words_is_not_his_next_he():
    # "he" is the campaign chief both times; Lukashenko is only talked about
    claims = extract_claims(
        "Nobody, he claimed, could picture the opposition in power. And Alexander "
        'Lukashenko would be in the front line of that campaign, he said. "The '
        'president will spend more time in the regions than in Minsk," he promised.'
    )
    assert claims[-1].cue == "promised"
    assert claims[-1].speaker != "Alexander Lukashenko"


def test_a_name_after_but_at_a_sentence_start_is_a_person():
    assert (
        speakers(
            "The ministry refused to comment. But Tatsiana Khomich of the Free Belarus "
            'campaign urged the EU to act. "Silence is no answer," she said.'
        )[-1]
        == "Tatsiana Khomich"
    )


# -- a country speaks as a body, never as "he" ------------------------------------------
def test_a_country_in_a_headline_is_no_he():
    claims = extract_claims(
        "Lithuania calls for fair energy rules\n\n"
        "Lithuania, which hosts the summit on Friday, is unlikely to back down.\n\n"
        "In Brussels on Thursday, the country's foreign minister, criticised the slow "
        "pace of the EU. He also called for a ban on Belarusian potash."
    )
    assert claims[0].speaker == "Lithuania"
    assert claims[-1].speaker != "Lithuania"


# -- a quote inside a quote closes with it -----------------------------------------------
def test_a_quote_ending_with_a_nested_one_word_quote_keeps_its_attribution():
    claim = only("“The sentence was unprecedented in its ‘cruelty,’” the lawyer mused.")
    assert claim.kind == "direct"
    assert claim.speaker_mention == "the lawyer"


def test_a_quote_ending_with_nested_reported_words():
    claim = only(
        "“He keeps saying, ‘Let’s wait a little,’ and we keep saying, ‘There is no "
        "time,’” Latushka continued."
    )
    assert claim.speaker_mention == "Latushka"
    assert claim.text.endswith("time,’”")


def test_two_people_speaking_together_stay_two():
    claim = only('"We will not leave," said Maria Kalesnikava and Maxim Znak in a statement.')
    assert claim.speaker == "Maria Kalesnikava and Maxim Znak"


# -- a name in an opening phrase is an object, not the subject ---------------------------
def test_a_name_after_with_in_an_opening_phrase_is_not_the_subject():
    claims = extract_claims(
        "Having worked closely with Mr Makei, who came back from retirement to run the "
        "ministry, Mr Ryzhenkov focused on China. He had promised to keep the ministry "
        '"lean and quiet."'
    )
    assert claims[-1].speaker not in ("Makei", "Vladimir Makei")


def test_a_relative_clause_inside_reported_content():
    claim = only(
        "Latushka also admits Tsikhanouskaya, who has been linked with the new "
        "council, will have the final say on its leadership."
    )
    assert claim.text == (
        "Tsikhanouskaya, who has been linked with the new council, will have the final "
        "say on its leadership"
    )


# -- pairs and families speak; bare plurals of people open a reported clause ------------
def test_a_couple_described_in_a_relative_clause_speaks():
    claims = extract_claims(
        "The couple, who married in Minsk last September, claimed staff took "
        "photographs of them which were later sold.\n\n"
        "They said they had allowed the pictures only for a private album."
    )
    assert [c.speaker for c in claims] == ["the couple", "the couple"]


def test_a_bare_plural_of_people_opens_the_reported_clause():
    claim = only("The ministry claimed police detained 30 people near the square.")
    assert claim.text == "police detained 30 people near the square"
