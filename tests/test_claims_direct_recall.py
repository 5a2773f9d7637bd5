"""Direct quotes whose speaker is explicit in the sentence, in the shapes the extractor
used to miss (issue 14): each shape, and the look-alikes that must stay without a
speaker or without a claim."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import claims_with, one_claim


# -- a speech verb at the end of a long lead, then a comma or colon and the quote ------
def test_cue_clause_after_that():
    text = (
        "The hearing in Minsk grew so tense over the new border rules that opposition "
        'deputy Pavel Sevyarynets said, "Nobody in this room is listening to anyone."'
    )
    c = one_claim(text, "Nobody in this room")
    assert c.kind == "direct"
    assert c.speaker_mention == "opposition deputy Pavel Sevyarynets"


def test_cue_with_adverb_and_place_after_a_fronted_phrase():
    text = (
        "In the spring, after the verdict was read out, Tsikhanouskaya firmly proclaimed at "
        "a briefing in Vilnius, “We will not stop until every prisoner is free.”"
    )
    c = one_claim(text, "every prisoner is free")
    assert c.kind == "direct"
    assert c.speaker_mention == "Tsikhanouskaya"


def test_went_on_to_say():
    text = (
        "The customs chief spoke about the queues for ten minutes. Afterwards he went on "
        "to say, “The checkpoint at Kozlovichi will stay open for lorries.”"
    )
    c = one_claim(text, "Kozlovichi")
    assert c.speaker_mention == "he"


def test_participle_after_comma_takes_the_main_clause_subject():
    text = (
        "Latushka also wrote the officials knew about the raids in advance, telling "
        "listeners, “Nobody in Belarus voted for this.”"
    )
    c = one_claim(text, "Nobody in Belarus")
    assert c.kind == "direct"
    assert c.speaker_mention == "Latushka"


def test_participle_after_a_time_phrase_and_a_second_verb():
    text = (
        "On Friday, after weeks of silence, Kalesnikava's sister met reporters in Berlin "
        "and read out a letter, saying, “She asked me to tell you she is not afraid.”"
    )
    c = one_claim(text, "not afraid")
    assert c.speaker_mention == "Kalesnikava's sister"


# -- look-alikes: no speaker, or the right one, never a part of a longer phrase --------
def test_passive_question_is_not_the_subjects_words():
    # "was asked": the question is the interviewer's, not the minister's
    text = "At the briefing, the minister was asked, “When will the prisoners be released?”"
    assert all(c.speaker_mention != "the minister" for c in extract_claims(text))


def test_subject_is_never_cut_out_of_a_longer_phrase():
    text = (
        "Another border official speaking to Belsat TV said, “The "
        "order to close the crossing came from Minsk.”"
    )
    for c in claims_with(text, "came from Minsk"):
        assert c.speaker_mention != "Belsat TV"


def test_title_in_quotes_is_no_claim():
    text = "State television showed a film called “The Hidden Threat” on Sunday evening."
    assert claims_with(text, "Hidden Threat") == []
    text = "The state channel aired a new film, entitled: “The Hidden Threat.”"
    assert claims_with(text, "Hidden Threat") == []


def test_quote_without_a_cue_stays_unattributed():
    text = "Outside the court in the freezing rain, the crowd and “Long live Belarus!”"
    assert all(c.speaker is None for c in claims_with(text, "Long live"))


# -- after the quote: a determiner and a short noun phrase, whatever their head ------
def test_quote_then_determined_noun_phrase_and_verb():
    text = "“Whoever wrote this law has never run a business,” the editorial read."
    c = one_claim(text, "never run a business")
    assert (c.kind, c.speaker_mention, c.cue) == ("direct", "the editorial", "read")
    text = "“Free them all!” the young crowd screamed back."
    assert one_claim(text, "Free them all").speaker_mention == "the young crowd"


def test_quote_then_phrase_without_a_verb_is_no_attribution():
    text = "“Free them all,” the slogan of the summer of 2020, is still banned in Minsk."
    assert all(c.speaker is None for c in claims_with(text, "Free them all"))


# -- a speech verb right before the quote, no comma ------------------------------------
def test_bare_speech_verb_before_quote_after_a_fronted_clause():
    text = (
        "The column grew so loud near the KGB building on Independence Avenue that the "
        "students shouted “Long live Belarus!”"
    )
    c = one_claim(text, "Long live Belarus")
    assert c.speaker_mention == "the students"


def test_scare_quotes_are_no_claim():
    text = "The so-called “elections” of August passed without independent observers."
    assert claims_with(text, "elections") == []


# -- "as X put it", an adjective participle, the last of several quotes ----------------
def test_as_x_put_it():
    text = (
        "The new rules hit small traders hardest. As the opposition newspaper Nasha Niva "
        "put it, “The market stalls of Zhdanovichi are emptier every month.”"
    )
    c = one_claim(text, "Zhdanovichi")
    assert c.speaker_mention == "the opposition newspaper Nasha Niva"


def test_object_with_a_participle_adjective_before_the_quote():
    text = (
        "Babaryka's lawyer told the court in a written statement, “My client has not "
        "seen his family for three years.”"
    )
    c = one_claim(text, "three years")
    assert c.speaker_mention == "Babaryka's lawyer"


def test_answer_after_a_question_in_the_same_sentence_group():
    text = (
        "The judge asked, “Do you admit your guilt?” Kalesnikava answered, “I have "
        "nothing to admit.”"
    )
    c = one_claim(text, "nothing to admit")
    assert c.speaker_mention == "Kalesnikava"


def test_participle_after_a_quote_takes_the_attribution_not_the_quote():
    text = (
        "''We have opened all the files,'' the prosecutor said, adding of the case, "
        "''Nothing will be hidden from the public.''"
    )
    assert one_claim(text, "Nothing will be hidden").speaker_mention == "the prosecutor"


# -- narration, a colon, then a quote with its own attribution -------------------------
def test_quote_after_a_colon_keeps_its_attribution_and_drops_the_narration():
    text = (
        "At the briefing, the interior minister insisted the checks were routine: "
        "“Nobody is stopped without a reason,” he told state television."
    )
    c = one_claim(text, "Nobody is stopped")
    assert c.kind == "direct"
    assert c.text == "“Nobody is stopped without a reason,”"
    assert c.speaker_mention == "he"


# -- words carried by a thing: its publisher speaks, else the thing, never a guess -----
def test_statement_released_by_a_named_body():
    text = (
        "On Monday the Coordination Council released a statement saying, “The vote was "
        "neither free nor fair.”"
    )
    c = one_claim(text, "neither free nor fair")
    assert (c.kind, c.speaker_mention) == ("direct", "the Coordination Council")


def test_thing_without_a_publisher_is_the_source():
    text = (
        "By noon the ministry's page had been replaced by a message that said, “This "
        "page is no longer available.”"
    )
    assert one_claim(text, "no longer available").speaker_mention == "a message"
    text = (
        "Outside the embassy in Warsaw, hundreds of people stood in the rain carrying "
        "banners reading, “Free all political prisoners.”"
    )
    assert one_claim(text, "political prisoners").speaker_mention == "banners"


def test_reply_to_a_post_is_the_replier_not_the_post():
    text = "Tsikhanouskaya answered one of the ministry's posts by saying, “Stop lying.”"
    assert one_claim(text, "Stop lying").speaker_mention == "Tsikhanouskaya"


def test_quote_then_speaker_with_adjectives_and_an_age():
    text = (
        "“From the first day I made the release of prisoners my priority,” the "
        "bespectacled, 68-year-old diplomat said in a long interview with Belsat."
    )
    c = one_claim(text, "release of prisoners")
    assert c.kind == "direct"
    assert c.text.endswith("my priority,”")  # the speaker's adjectives are not content
    assert c.speaker_mention is not None and c.speaker_mention.endswith("diplomat")


def test_quote_then_this_source_and_shot_back():
    text = "“The order came from the very top,” this source told Nasha Niva."
    assert one_claim(text, "very top").speaker_mention == "this source"
    text = "“You will answer for this in court,” Latushka shot back."
    assert one_claim(text, "answer for this").speaker_mention == "Latushka"


# -- the quote and its cue beyond doubt, the speaker not safe to name: speaker None ----
def test_said_with_a_speaker_too_long_to_name_gives_an_unattributed_quote():
    text = (
        "Another diplomat who took part in the closed talks in Minsk on Friday and asked "
        "not to be named said, “Nobody expects the prisoners to be freed this year.”"
    )
    c = one_claim(text, "Nobody expects")
    assert c.kind == "direct"
    assert c.speaker is None


# -- a name and its appositive before the verb; a second verb of the subject -----------
def test_name_and_appositive_before_put_it():
    text = (
        "Few expected a thaw. As Franak Viačorka, the chief adviser to the opposition "
        "leader, put it: “The regime only understands pressure.”"
    )
    assert one_claim(text, "only understands").speaker_mention == "Franak Viačorka"


def test_second_verb_of_the_main_clause_subject():
    text = (
        "When reporters asked about the pardons, Lukashenko laughed, waved his hand and "
        "said, “Let them write petitions first.”"
    )
    assert one_claim(text, "petitions first").speaker_mention == "Lukashenko"


def test_weekday_between_subject_and_verb():
    text = "Pavel Latushka later Thursday told Euroradio: “The talks are a performance.”"
    assert one_claim(text, "a performance").speaker_mention == "Pavel Latushka"


# -- “...?” NAME VERB. : the sentence ends inside the quote ----------------------------
def test_question_then_its_attribution_as_the_next_sentence():
    text = "“Who will answer for these fifteen years?” Babaryka wondered. Nobody replied."
    c = one_claim(text, "fifteen years")
    assert (c.kind, c.speaker_mention, c.text) == (
        "direct",
        "Babaryka",
        "“Who will answer for these fifteen years?”",
    )


def test_question_then_an_unrelated_sentence_is_not_attributed():
    text = "“Is this the end of the protests?” Analysts in Vilnius disagree about the answer."
    assert all(c.speaker is None for c in claims_with(text, "end of the protests"))


# -- "NAME, who VERB, “...”", "Said NAME, “...”", "... and adding, “...”" --------------
def test_name_before_who_speaks():
    text = (
        "The council won its first endorsement from abroad, from Gabrielius "
        "Landsbergis, who declared in Vilnius, “Lithuania stands with the people of "
        "Belarus.”"
    )
    c = one_claim(text, "Lithuania stands")
    assert c.speaker_mention == "Gabrielius Landsbergis"


def test_inverted_said_name_at_sentence_start():
    text = (
        "The old house in Hrodna became a museum this spring. Said Hanna Kuzmich, who "
        "has lived on the street for forty years, “We all waited for him to come home.”"
    )
    c = one_claim(text, "come home")
    assert c.speaker_mention == "Hanna Kuzmich"


def test_participle_after_and():
    text = (
        "The minister spoke about the harvest, praised the farmers of the Brest region "
        "and adding, “Nobody will go hungry this winter.”"
    )
    assert one_claim(text, "go hungry").speaker_mention == "The minister"


# -- a crowd's chant, also after an earlier quote in the sentence ----------------------
def test_crowd_chant_after_a_title_in_quotes():
    text = (
        "Waving copies of the banned newspaper “Nasha Niva,” the students chanted "
        "“Long live Belarus!”"
    )
    c = one_claim(text, "Long live")
    assert c.speaker_mention == "the students"
    assert "Nasha Niva" not in c.text  # the title is no part of the chant


def test_according_to_with_a_colon_before_a_whole_quote():
    text = "According to Viasna: “More than a thousand people remain behind bars.”"
    c = one_claim(text, "behind bars")
    assert (c.kind, c.speaker_mention) == ("direct", "Viasna")


def test_verb_with_a_particle_and_an_adverb_before_a_colon():
    text = (
        "When the minister suggested the sanctions would soon be lifted, Latushka fired "
        "back sharply: “Nothing will be lifted while people sit in prison.”"
    )
    assert one_claim(text, "sit in prison").speaker_mention == "Latushka"


# -- the sentence goes on after the quote's comma ---------------------------------------
def test_quote_closed_by_a_comma_before_the_sentence_goes_on():
    text = (
        "At the end of the hearing the judge turned to the defendant and Babaryka "
        "cautioned “let us not get ahead of ourselves,” before thanking his lawyers."
    )
    c = one_claim(text, "ahead of ourselves")
    assert (c.kind, c.speaker_mention) == ("direct", "Babaryka")


def test_title_in_quotes_before_a_participle_stays_unattributed():
    text = "The regime's film “Thirty Years,” showing the president at work, aired on Sunday."
    assert all(c.speaker is None for c in claims_with(text, "Thirty Years"))


def test_inverted_said_before_three_lower_case_words_and_a_name():
    text = (
        "“The sanctions hurt ordinary families first,” said former economy minister "
        "Ivan Kazlou at the forum in Warsaw."
    )
    assert one_claim(text, "ordinary families").speaker_mention == (
        "former economy minister Ivan Kazlou"
    )


def test_inverted_said_one_of_those_advisers():
    text = (
        "“There is no path back to the old arrangement,” said one of those advisers, who "
        "asked not to be named."
    )
    assert one_claim(text, "no path back").speaker_mention == "one of those advisers"


def test_a_written_thing_as_the_subject_of_the_cue():
    text = (
        "The campaign spent its last money on television. The new ad claims “Only one "
        "candidate can stop the decline of the regions.”"
    )
    c = one_claim(text, "decline of the regions")
    assert (c.kind, c.speaker_mention) == ("direct", "The new ad")
