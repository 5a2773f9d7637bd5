"""Direct quotes the extractor used to miss or stretch (round 9): a quote right after its
cue that is the whole reported sentence, with the writer's words after it."""

from __future__ import annotations

from belreader.claims import extract_claims
from belreader.claims.en_clauses import title_of_a_work

from .claims_helpers import claims_with, one_claim


# -- "said, “...,” and ...": the comma closes the reported sentence ---------------------
def test_quote_ending_on_comma_stops_before_the_writers_clause():
    text = (
        "Babaryka wrote to his followers, “The campaign will go on without me,” and "
        "shared a link to the appeal."
    )
    c = one_claim(text, "The campaign will go on")
    assert c.kind == "direct"
    assert c.text == "“The campaign will go on without me,”"
    assert c.speaker_mention == "Babaryka"


def test_quote_ending_on_comma_before_a_participle():
    text = 'The minister said: "Prices will stay where they are," drawing laughter from the hall.'
    c = one_claim(text, "Prices will stay")
    assert c.text == '"Prices will stay where they are,"'


# -- "said “...” and <verb>": a coordinated predicate is the writer's --------------------
def test_quote_then_and_with_a_verb_is_the_writers():
    text = (
        "The senator emailed voters saying “The struggle continues” and vowed to stay in the race."
    )
    c = one_claim(text, "The struggle continues")
    assert c.kind == "direct"
    assert c.text == "“The struggle continues”"


def test_quote_inside_a_longer_clause_stays_mixed():
    text = 'Kolesnikova said "the old system" had collapsed in a single summer.'
    c = one_claim(text, "the old system")
    assert c.kind == "mixed"
    assert "collapsed" in c.text


def test_a_show_title_after_told_is_no_quote_of_the_speaker():
    text = (
        '"The border must stay open," Tsikhanouskaya told "Good Morning Europe," reminding '
        "the hosts that trade had collapsed."
    )
    assert not claims_with(text, "Good Morning Europe")


def test_an_exclamation_in_capitals_is_still_speech():
    text = "She declared “What a Great Sunday!” and said the campaign would go on."
    c = one_claim(text, "What a Great Sunday")
    assert c.text == "“What a Great Sunday!”"


# -- "X didn't seem ..., telling reporters, “...”": a negated auxiliary is a verb -------
def test_negated_auxiliary_before_a_speech_participle():
    text = (
        "Latushka didn’t seem impressed by the offer, telling reporters, “Nobody asked "
        "the people of Belarus.”"
    )
    c = one_claim(text, "Nobody asked")
    assert c.kind == "direct"
    assert c.speaker_mention == "Latushka"


# -- "said on Belsat's “Morning Talk.”": the name of a show is no content -----------------
def test_show_name_after_said_on_is_not_a_second_claim():
    text = (
        '"The minister is a fraud," Latushka said Sunday on Belsat\'s "Morning Talk." '
        '"Listening to him talk about the economy is painful."'
    )
    claims = extract_claims(text)
    assert len(claims) == 1
    assert claims[0].text.startswith('"The minister is a fraud,"')
    assert claims[0].text.endswith('is painful."')


def test_content_after_a_show_name_starts_after_it():
    text = (
        'Kolesnikova said on Euroradio\'s "Open Studio" on Sunday that the vote had been '
        "rigged in every district."
    )
    c = one_claim(text, "rigged in every district")
    assert c.kind == "indirect"
    assert c.text.startswith("the vote had been")
    assert "Open Studio" not in c.text


# -- "“A,” said X, an appositive, “b ...”": one quote split by its attribution -----------
def test_split_quote_after_said_name_and_appositive():
    text = (
        '"The danger," said Ales Bialiatski, a rights advocate who heads the Viasna '
        'centre, "is that nobody will count the prisoners any more."'
    )
    claims = extract_claims(text)
    assert len(claims) == 1
    c = claims[0]
    assert c.kind == "direct"
    assert c.speaker_mention == "Ales Bialiatski"
    assert c.text.endswith('any more."')


def test_split_quote_after_said_name():
    text = '"The danger," said Ales Bialiatski, "is that nobody will count the prisoners."'
    c = one_claim(text, "The danger")
    assert c.text.endswith('the prisoners."')


def test_capitalised_second_quote_after_an_appositive_stays_apart():
    text = (
        '"Our members are tired," said Ivan Petrov, a spokesman for the farmers\' union. '
        '"We will strike on Monday."'
    )
    c = one_claim(text, "Our members are tired")
    assert c.speaker_mention == "Ivan Petrov"


def test_split_quote_after_an_occasion_with_a_participle():
    text = (
        "“Many people are unsure this year,” Latushka wrote in a letter to Nasha Niva "
        "explaining why he had left, “but most agree that the country is on the wrong track.”"
    )
    claims = extract_claims(text)
    assert len(claims) == 1
    assert claims[0].speaker_mention == "Latushka"
    assert claims[0].text.endswith("wrong track.”")


def test_split_quote_after_said_of():
    text = (
        "“They have every reason to find common ground,” he said of the premier and the speaker, "
        "“because neither can win alone.”"
    )
    c = one_claim(text, "every reason")
    assert c.text.endswith("win alone.”")


# -- a continuing quote followed by the writer's aside after a dash ----------------------
def test_continuing_quote_before_a_dash_aside_joins_the_claim():
    text = (
        '"The key group is young voters," said Pavel Latushka, a former minister. '
        '"The opposition has to keep them" - by registering them and then getting them out.'
    )
    claims = extract_claims(text)
    assert len(claims) == 1
    assert claims[0].text.endswith('keep them"')
    assert claims[0].speaker_mention == "Pavel Latushka"


# -- "“....” Petrov said.": a full stop inside the quote, the attribution after it -------
def test_attribution_sentence_after_a_full_stop():
    text = "“If you are listening, release the prisoners.” Tsikhanouskaya said."
    c = one_claim(text, "release the prisoners")
    assert c.kind == "direct"
    assert c.speaker_mention == "Tsikhanouskaya"


def test_a_sentence_of_its_own_after_a_full_stop_is_no_attribution():
    text = "“We will win.” Tsikhanouskaya said nothing else about the vote in Minsk that day."
    assert not claims_with(text, "We will win")


# -- a curly quote inside a curly quote of the same style --------------------------------
def test_curly_quote_nested_in_a_curly_quote():
    text = (
        "Andrei Smith of Nasha Niva wrote, “If you care about the prisoners, you have to "
        "say so even when “your side” locked them up. Otherwise it sounds hollow.” His "
        "column was shared widely."
    )
    c = one_claim(text, "If you care about the prisoners")
    assert c.kind == "direct"
    assert c.text.endswith("sounds hollow.”")
    assert c.speaker_mention == "Andrei Smith of Nasha Niva"


# -- ", X joked, “It ...”": a quote after the attribution is its content ------------------
def test_quote_after_a_mid_sentence_attribution_is_the_content():
    text = (
        "As the crowd began to chant, Kolesnikova was joined on stage by Latushka and "
        "joked, “Opposition people, you are being ridiculous,” drawing loud jeers."
    )
    c = one_claim(text, "you are being ridiculous")
    assert c.kind == "direct"
    assert c.text == "“Opposition people, you are being ridiculous,”"
    assert c.speaker_mention == "Kolesnikova"


def test_lower_case_quote_after_a_parenthetical_attribution_stays_mixed():
    text = (
        "These and other rulings, the lawyers said, “all point to the same answer” that "
        "the candidate may stand."
    )
    c = one_claim(text, "all point to the same answer")
    assert c.kind == "mixed"


# -- "Petrov agreed. “...”": the verb ends the sentence before a standalone quote --------
def test_quote_after_a_sentence_ending_with_the_speech_verb():
    text = (
        "The farmers in Hrodna were worried. Economist Lev Marholin agreed. "
        '"The state farms are running out of money to pay anyone."'
    )
    c = one_claim(text, "running out of money")
    assert c.kind == "direct"
    assert c.speaker_mention == "Economist Lev Marholin"


def test_content_then_says_then_quote_stays_one_claim():
    text = (
        "Or maybe the old minister, analyst Artyom Shraibman says. "
        '"Several surveys suggest a second look at him in the regions."'
    )
    claims = extract_claims(text)
    assert len(claims) == 1
    assert claims[0].text.startswith("Or maybe")


# -- "“...?” the 43-year-old asked": an age as the head of the speaker ------------------
def test_an_age_heads_the_speaker_after_a_quote():
    text = "“Who will pay for the new stadium?” the 58-year-old asked at the meeting."
    c = one_claim(text, "Who will pay")
    assert c.kind == "direct"
    assert c.speaker_mention == "the 58-year-old"


def test_attribution_sentence_after_an_ellipsis_and_the_next_speakers_question():
    text = (
        '"Well, yes. I am going to look at a lot of different people…" Kolesnikova said. '
        '"Even the old ministers?" Shraibman repeated.'
    )
    first = one_claim(text, "a lot of different people")
    assert first.speaker_mention == "Kolesnikova"
    assert "old ministers" not in first.text
    second = one_claim(text, "Even the old ministers")
    assert second.speaker_mention == "Shraibman"


# -- "said former secretary of state X": a lower-case title with "of" before the name ----
def test_lower_case_title_with_of_before_the_name():
    text = (
        '"The first defence against radicalism is in the community," said former '
        "secretary of state Maria Petrova, who praised her predecessor."
    )
    c = one_claim(text, "first defence")
    assert c.speaker_mention == "former secretary of state Maria Petrova"


def test_longer_title_between_institution_and_name():
    text = (
        '"It was never meant to be," said Minsk University political scientist Ales Bely, '
        "who follows the campaign."
    )
    c = one_claim(text, "never meant to be")
    assert c.speaker_mention == "Minsk University political scientist Ales Bely"


# -- a dateline is no speaker and no content ---------------------------------------------
def test_dateline_is_not_the_speaker_of_a_participle():
    text = (
        "MINSK, Dec. 8 (Reuters) — In response to the new law, Latushka rallied "
        "supporters, saying: “We have to be ready to stop it.”"
    )
    c = one_claim(text, "ready to stop it")
    assert c.speaker_mention == "Latushka"


def test_dateline_stays_out_of_the_content():
    text = (
        "VILNIUS (AP) — The opposition will hold a congress in the spring, Tsikhanouskaya "
        "said on Monday."
    )
    c = one_claim(text, "hold a congress")
    assert not c.text.startswith("VILNIUS")


def test_hyphenated_capitals_are_no_dateline():
    from belreader.claims.en_clauses import DATELINE

    assert DATELINE.match("UK-EU talks resumed") is None
    assert DATELINE.match("NATO — the alliance — said") is None


def test_participle_paired_with_the_people_of_an_earlier_participle():
    text = (
        "Kolesnikova unveiled her first campaign ad, featuring workers telling their "
        "stories and criticizing the new labour law."
    )
    assert not [c for c in extract_claims(text) if c.speaker_mention == "Kolesnikova"]
    # a participle of the subject's own still speaks for the subject
    other = "The leaders backed the plan, warning that the deal was fragile."
    assert one_claim(other, "the deal was fragile").speaker_mention == "The leaders"


# -- "she wrote in her memoir, “Tough Choices.”": the title of a work is no quote --------
def test_title_of_a_book_after_the_attribution_is_no_claim():
    text = (
        "The plan was doomed from the start, Babaryka wrote in his memoir, "
        '"Prison Notes." He never changed his mind.'
    )
    assert not claims_with(text, "Prison Notes")
    assert title_of_a_work(text, text.index('"'), text.rindex('"') + 1)


def test_title_case_speech_after_a_statement_is_still_a_quote():
    text = 'Tsikhanouskaya wrote in a statement, "We Will Not Give Up Now!"'
    assert one_claim(text, "We Will Not Give Up").kind == "direct"


# -- "…, told Belsat.": the one told never speaks ----------------------------------------
def test_the_addressee_after_told_is_never_the_speaker():
    text = (
        "“The guards are under a lot of pressure,” a prison source, who was not allowed "
        "to speak on the record, told Belsat."
    )
    assert not [c for c in extract_claims(text) if c.speaker_mention == "Belsat"]


def test_content_ends_before_a_reply_introduced_by_to_which():
    text = (
        "She said that experts had found her plan effective and strong, to which "
        'Latushka interjected: "It is just not true."'
    )
    c = one_claim(text, "experts had found")
    assert "not true" not in c.text


# -- "X chanted, “...!” as they had before": the exclamation closes the speech clause -----
def test_exclamation_before_the_writers_clause():
    text = (
        'As Latushka walked onto the stage, the students chanted, "Free them all!" as '
        "they had at every rally."
    )
    c = one_claim(text, "Free them all")
    assert c.kind == "direct"
    assert c.speaker_mention == "the students"


# -- "said X of administrators X & Partners": "of" after a name is no title -------------
def test_of_after_a_capitalised_name_does_not_make_a_title():
    text = (
        "“The sale of the two plants saves forty jobs,” said Ivan Petrou of "
        "administrators Ivan Petrou & Partners."
    )
    assert one_claim(text, "forty jobs").speaker == "Ivan Petrou"
