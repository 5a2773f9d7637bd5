"""Direct quotes the extractor used to miss entirely (session 13): words a crowd calls
out, named by a noun of crying out and "of" right before the quote ("chants of “...”")."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


# -- "their chants of “...”": the possessive chants ------------------------------------
def test_possessive_before_chants_of_a_quote_is_the_speaker():
    text = "In Hrodna the students marched past the court, and their chants of “Free them all” carried across the square."
    c = one_claim(text, "Free them all")
    assert c.kind == "direct"
    assert c.text == "“Free them all”"
    assert c.speaker_mention == "their"


# -- "X responded with chants of “...”": the subject of the answering verb ------------
def test_subject_of_a_verb_answering_with_chants_is_the_speaker():
    text = "Factory workers responded with chants of “Go away” until the director left the stage."
    c = one_claim(text, "Go away")
    assert c.kind == "direct"
    assert c.text == "“Go away”"
    assert c.speaker_mention == "Factory workers"


def test_roused_crowd_chants():
    text = "Kalesnikava roused the crowd to spontaneous chants of “Long live Belarus!”"
    c = one_claim(text, "Long live Belarus")
    assert c.speaker_mention == "the crowd"


# -- no chanter named: the quote without a speaker, never the one greeted --------------
def test_chants_greeting_someone_do_not_make_him_the_speaker():
    text = "The governor was met with loud chants of “Resign!” outside the plant in Zhodzina."
    c = one_claim(text, "Resign")
    assert c.kind == "direct"
    assert c.speaker is None


def test_chants_joined_by_and_make_one_claim():
    text = "There were constant calls of “Free Babaryka” and “Shame” as the van drove off."
    c = one_claim(text, "Free Babaryka")
    assert c.kind == "direct"
    assert c.text == "“Free Babaryka” and “Shame”"


# -- what the rule leaves alone ---------------------------------------------------------
def test_the_cries_of_inside_someone_elses_sentence_are_no_chant_claim():
    text = "The dispute now sits somewhere between the cries of “ban it all” and a shrug."
    assert not [c for c in extract_claims(text) if "ban it all" in c.text]


def test_a_chanting_subject_the_rules_cannot_name_leaves_no_speakerless_claim():
    text = "A mix of pensioners, students and retired teachers joined in a thunderous chant of “Long live Belarus!”"
    assert all(c.speaker_mention for c in extract_claims(text) if "Long live" in c.text)


# -- "“...,” reads a statement from X": the written thing after the quote speaks --------
def test_reads_a_written_thing_after_the_quote():
    text = "“Nobody will be forgotten,” reads a Monday editorial in a Hrodna weekly."
    c = one_claim(text, "Nobody will be forgotten")
    assert c.kind == "direct"
    assert c.text == "“Nobody will be forgotten,”"
    assert c.speaker_mention == "a Monday editorial"


def test_read_the_email_joins_the_split_quote():
    text = "“The campaign has changed the debate,” read the email. “And it is not over yet.”"
    c = one_claim(text, "changed the debate")
    assert c.speaker_mention == "the email"
    assert c.text.endswith("“And it is not over yet.”")


def test_read_the_statement_is_not_given_to_analysts():
    # "the statement" was once resolved to the nearest organisation-like speaker, so
    # the shape was left out; since session 16 a plural of people ("Analysts") is no
    # body a statement comes from, and the quote is read with "the statement" as it is
    text = "Analysts said the ban might spread. “We traced every account,” read the statement."
    read = [c for c in extract_claims(text) if "traced every" in c.text]
    assert [c.speaker for c in read] == ["the statement"]


# -- "could only quip:": a modal between the subject and a bare verb of saying ---------
def test_modal_before_a_bare_speech_verb_keeps_the_subject():
    text = "The hearing was so short that a lawyer for the family could only quip: “We barely sat down.”"
    c = one_claim(text, "We barely sat down")
    assert c.kind == "direct"
    assert c.speaker_mention == "a lawyer for the family"


def test_modal_before_a_verb_with_an_object_is_no_lead():
    text = "After the vote, Tsikhanouskaya can add a new line to her list of titles: “leader in exile.”"
    assert not [c for c in extract_claims(text) if "leader in exile" in c.text]


def test_capitalised_may_is_a_name_not_a_modal():
    text = "Guitarist Ivan May has said the tour will go ahead. May said: “We start in Brest.”"
    c = one_claim(text, "We start in Brest")
    assert c.kind == "direct"


# -- "by interjecting, “...”": the participle of "interject" -----------------------------
def test_interjecting_participle_takes_the_main_clause_subject():
    text = "Lukashenko tried to laugh it off by interjecting, “Only the West wants this.”"
    c = one_claim(text, "Only the West wants this")
    assert c.speaker_mention == "Lukashenko"
