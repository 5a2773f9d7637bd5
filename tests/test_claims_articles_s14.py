"""Whole articles (session 14): wire, RFE/RL and Kyiv Independent styles of Belarus
and regional coverage, each probed for who said what. Texts written for these tests."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# -- "…, X said on Wednesday, calling …": the participle is the one who said it ---------
def test_a_participle_after_a_postposed_attribution_belongs_to_its_speaker():
    text = _article(
        "Poland says drones violated its airspace",
        "WARSAW, Poland — Polish forces shot down several drones overnight, Prime Minister "
        'Donald Tusk said on Wednesday, calling the incursion a "large-scale provocation".',
    )
    c = one_claim(text, "large-scale provocation")
    assert c.speaker == "Donald Tusk"


def test_a_participle_after_said_and_a_name_belongs_to_that_name():
    text = "Troops shot down four drones, said Kosiniak-Kamysz, calling it “a test”."
    assert one_claim(text, "a test").speaker == "Kosiniak-Kamysz"


def test_a_participle_describing_how_is_no_judgement():
    text = (
        "Orders doubled this year, the manager said on Friday, describing how her team "
        "sews “winter boots” by hand in a workshop near Hrodna."
    )
    assert not [c for c in extract_claims(text) if c.cue == "describing"]


# -- a country word in "the Belarusian Foreign Ministry" keeps it apart ----------------
def test_a_ministry_with_a_country_word_is_not_another_countrys_ministry():
    text = _article(
        "Latvia expels Belarusian diplomat",
        "Latvia has expelled a Belarusian diplomat, the Foreign Ministry in Riga said on Monday.",
        "Belarus responded within hours. The Belarusian Foreign Ministry said it would "
        "take adequate measures.",
        "The ministry said it had summoned Latvia's charge d'affaires.",
    )
    assert one_claim(text, "adequate measures").speaker == "the Belarusian Foreign Ministry"
    assert one_claim(text, "summoned Latvia").speaker == "the Belarusian Foreign Ministry"


def test_a_ministry_named_by_its_country_is_not_the_neighbours():
    text = _article(
        "Latvia expelled a diplomat, the Latvian Foreign Ministry said.",
        "The Belarusian Foreign Ministry said it would respond in kind.",
    )
    assert one_claim(text, "respond in kind").speaker == "the Belarusian Foreign Ministry"


def test_the_eu_commission_is_the_european_commission():
    text = _article(
        "The EU Commission said the budget would rise.",
        "The European Commission said talks with Minsk were frozen.",
    )
    assert one_claim(text, "talks with Minsk").speaker == "the EU Commission"


# -- a presenter, a columnist: people by a media trade speak with a place after them ----
def test_a_presenter_on_a_channel_speaks():
    text = _article(
        "Belarusian state television mocked the dispute.",
        'A presenter on the ONT channel said the exiles "cannot even agree on who speaks '
        'for them".',
    )
    assert one_claim(text, "cannot even agree").speaker == "a presenter on the ONT channel"


def test_a_columnist_for_a_paper_speaks():
    text = "A columnist for the Minsk daily SB said the talks had been a victory."
    assert one_claim(text, "a victory").speaker == "a columnist for the Minsk daily SB"


# -- "has since said": "since" after a perfect's auxiliary is an adverb ----------------
def test_has_since_said_is_a_report():
    text = _article(
        "Syarhei Tsikhanouski was freed in June after five years in prison.",
        "He has since said he wants to return to active politics.",
    )
    assert one_claim(text, "return to active politics").speaker == "Syarhei Tsikhanouski"


def test_since_a_name_said_is_still_a_report_of_that_name():
    text = "Nothing has changed since Lukashenko said he would stay in power."
    assert one_claim(text, "stay in power").speaker_mention == "Lukashenko"


# -- "The journalist's mother said …", then "she said": the one unnamed speaker --------
def test_she_after_an_unnamed_mother_is_the_mother():
    text = _article(
        "Belarus sentences journalist to eight years",
        "The journalist's mother said her daughter had been calm during the hearing.",
        "“She smiled at me. She told me not to cry,” she said.",
    )
    assert one_claim(text, "She smiled at me").speaker == "the journalist's mother"


def test_he_after_an_unnamed_spokesman_is_the_spokesman():
    text = _article(
        "A spokesman for the border committee said the queues had grown overnight.",
        "“We are working around the clock,” he added.",
    )
    assert one_claim(text, "around the clock").speaker == "a spokesman for the border committee"


def test_she_after_a_spokeswoman_who_named_someone_stays_open():
    text = _article(
        "A ministry spokeswoman said Sasha Brix had been moved to a hospital.",
        "“Her condition is stable,” she said.",
    )
    assert one_claim(text, "Her condition is stable").speaker is None


def test_she_after_a_gender_blind_role_stays_open():
    text = _article(
        "A ministry official said the talks had been postponed.",
        "“We will set a new date,” she said.",
    )
    assert one_claim(text, "a new date").speaker is None


# -- "said one driver, Tomas Petrauskas": the name in apposition speaks ------------------
def test_a_name_after_a_postposed_role_speaks():
    text = _article(
        "Lithuanian truck drivers stranded at the border said they had waited for days.",
        "“Nobody tells us anything,” said one driver, Tomas Petrauskas. “We sleep in the cab.”",
    )
    c = one_claim(text, "Nobody tells us")
    assert c.speaker == "Tomas Petrauskas"
    assert c.speaker_mention == "one driver"


def test_a_name_after_a_possessed_role_speaks_not_the_possessor():
    text = (
        "“Minsk is not theirs to sell,” said Maryia Kalesnikava's sister, Tatsiana "
        "Khomich, who led the rally."
    )
    assert one_claim(text, "not theirs to sell").speaker == "Tatsiana Khomich"


def test_a_body_after_a_role_is_no_appositive_name():
    text = "“We keep working,” said the director, Minsk Tractor Works."
    assert one_claim(text, "keep working").speaker != "Minsk Tractor Works"


# -- a surname two people share: the one the article named before it -------------------
def test_a_shared_surname_before_the_second_is_named_is_the_first():
    text = _article(
        "Oleksandr Kovalenko, a military analyst, was more cautious.",
        "“It is plausible, but I would like to see more,” Kovalenko told the Kyiv Independent.",
        "“We have candles. We will survive,” said Olena Kovalenko, a pensioner in Lutsk.",
    )
    assert one_claim(text, "It is plausible").speaker == "Oleksandr Kovalenko"
    assert one_claim(text, "We will survive").speaker == "Olena Kovalenko"


def test_a_shared_surname_after_both_were_named_stays_open():
    text = _article(
        "Oleksandr Kovalenko, a military analyst, and Olena Kovalenko, a pensioner in "
        "Lutsk, both spoke at the hearing.",
        "“It is plausible, but I would like to see more,” Kovalenko said.",
    )
    assert one_claim(text, "It is plausible").speaker is None


# -- a man named beside her does not keep "she" from the woman who spoke ---------------
def test_she_after_a_wife_named_by_her_given_name_is_her():
    text = _article(
        "Belarusian activist detained in Georgia",
        "Andrei Hnyot's wife, Volha, said officers had come to the flat at dawn.",
        "“They did not show any documents. They just took him,” she said.",
    )
    assert one_claim(text, "They just took him").speaker == "Volha"


def test_he_three_sentences_on_past_a_spokesman_stays_open():
    text = _article(
        "Zmicier Bely, who runs the youth club, told Volha Kavaleva it would stay open.",
        "The city council has said the lease will not be renewed.",
        "A spokesman for the Ministry of Sport, Culture and Tourism said there were no "
        "plans to sell the building.",
        "He added that a new tenant would be found.",
    )
    assert one_claim(text, "a new tenant").speaker != "Zmicier Bely"


# -- "a summit that Lukashenko called “…”": "that" is a relative pronoun like "which" ---
def test_a_that_relative_with_a_describing_verb_is_a_mixed_claim():
    text = (
        "Leaders of the Eurasian Economic Union gathered in Minsk for a summit that "
        "Lukashenko called “a celebration of real integration”."
    )
    c = one_claim(text, "celebration of real integration")
    assert c.speaker_mention == "Lukashenko"
    assert c.kind == "mixed"


# -- "Its chairman, X, said A, Belta reported": X says A, via Belta ---------------------
def test_a_relay_of_a_role_and_name_in_apposition_credits_the_name():
    text = _article(
        "The Belarusian State Border Committee welcomed the move.",
        "Its chairman, Konstantin Molostov, said Minsk had “always been ready” for "
        "dialogue, Belta reported.",
    )
    c = one_claim(text, "always been ready")
    assert c.speaker == "Konstantin Molostov"
    assert c.via == "Belta"
    assert not c.text.startswith("Its chairman")


# -- a two-city dateline is no part of the report ---------------------------------------
def test_a_two_city_dateline_is_not_content():
    text = (
        "MINSK/WARSAW, Nov 17 (Reuters) - Poland will reopen two border crossings with "
        "Belarus on Monday, the Polish Interior Ministry said."
    )
    c = one_claim(text, "reopen two border crossings")
    assert c.text.startswith("Poland will reopen")


# -- "Ukraine's Foreign Ministry spokesman Heorhii Tykhyi": one person, one name --------
def test_a_possessor_role_and_name_is_the_name():
    text = _article(
        "In Kyiv, Ukraine's Foreign Ministry spokesman Heorhii Tykhyi said the deployment "
        "showed that Belarus had given up its sovereignty.",
        "“Minsk is a platform, not a state,” Tykhyi said.",
    )
    assert one_claim(text, "given up its sovereignty").speaker == "Heorhii Tykhyi"
    assert one_claim(text, "a platform").speaker == "Heorhii Tykhyi"


def test_a_possessor_and_a_role_without_a_name_stays_the_phrase():
    text = "Lukashenko's press secretary said no date had been set."
    assert one_claim(text, "no date").speaker == "Lukashenko's press secretary"
