"""Whole articles (session 13): who says what when "the president", "its chairman" or
a deputy's title meets a claim paragraphs after the name. Texts written for these
tests, in the style of wire coverage of Belarus and the region."""

from __future__ import annotations

from .claims_helpers import one_claim


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# -- "Its chairman, X, said": "its" opens a speaker phrase as "their" does -------------
def test_its_role_with_a_name_in_apposition_speaks():
    text = _article(
        "Belarus votes under tight control",
        "The Central Election Commission said turnout had reached 81 percent by evening.",
        "Its chairman, Igor Karpenko, said voting had been calm and orderly.",
    )
    c = one_claim(text, "voting had been calm")
    assert c.speaker == "Igor Karpenko"


def test_its_role_alone_is_a_person_not_the_body_a_later_it_means():
    text = _article(
        "The border committee met on Monday.",
        "Its deputy head said the queues at the crossing had grown.",
        "It said the checks would go on.",
    )
    c = one_claim(text, "the queues at the crossing")
    assert c.speaker == "its deputy head"
    assert one_claim(text, "the checks would go on").speaker != "its deputy head"


# -- "the president" only one person was titled so, but another spoke last ------------
def test_the_president_after_another_leader_spoke_is_not_the_titled_man():
    text = _article(
        "Minsk leader plans Moscow trip",
        "Belarusian leader Alexander Lukashenko said on Friday he would travel to Moscow "
        "for talks with Russian President Vladimir Putin.",
        "Speaking to officials in Minsk, Lukashenko said the union state was no threat.",
        "“Nobody will swallow Belarus,” the president said.",
    )
    assert one_claim(text, "Nobody will swallow").speaker != "Vladimir Putin"


def test_the_president_who_was_named_since_the_last_speaker_is_still_him():
    text = _article(
        "Poland tightens border",
        "Interior minister Tomasz Siemoniak said the fence would be raised.",
        "Polish President Andrzej Duda visited the border on Monday.",
        "“We will defend every metre,” the president said.",
    )
    assert one_claim(text, "every metre").speaker == "Andrzej Duda"


# -- a deputy's or shadow's title does not make them "the minister" --------------------
def test_a_deputy_foreign_minister_is_not_the_foreign_minister():
    text = _article(
        "Minsk and Vilnius talk",
        "Deputy Foreign Minister Ihar Nazaruk met the Lithuanian envoy on Monday.",
        "The foreign minister said the talks on the border queues would go on.",
    )
    c = one_claim(text, "the talks on the border queues")
    assert c.speaker == "the foreign minister"


def test_a_deputy_prime_minister_is_not_the_prime_minister():
    text = _article(
        "Cabinet talks",
        "Deputy Prime Minister Viktar Karankevich hosted the talks in Minsk.",
        "The prime minister said the reform would go ahead.",
    )
    assert one_claim(text, "the reform would go ahead").speaker == "the prime minister"


def test_the_office_a_vice_holds_is_not_given_to_the_last_speaker():
    text = _article(
        "US envoy in Vilnius",
        "Vice President James Carrow arrived in Vilnius on Tuesday.",
        "Analyst Artsiom Shraibman said Minsk wanted a deal on potash.",
        "The president said in Washington that sanctions would stay.",
    )
    c = one_claim(text, "sanctions would stay")
    assert c.speaker not in ("James Carrow", "Artsiom Shraibman")


# -- people by trade: "A teacher in Minsk, who ..., said" speaks, and keeps "she" -----
def test_a_teacher_with_a_place_and_an_aside_speaks_and_keeps_her_pronoun():
    text = _article(
        "Belarus votes with no real rivals",
        "Exiled opposition leader Sviatlana Tsikhanouskaya called the vote a farce. "
        "“There is no choice on the ballot, only fear,” she said.",
        "A 52-year-old teacher in Minsk, who asked not to be named, said staff at her "
        "school had been told to vote early. “Our director collects photos of the "
        "ballots,” she said.",
    )
    c = one_claim(text, "told to vote early")
    assert c.speaker == "a 52-year-old teacher in Minsk"
    assert one_claim(text, "Our director collects").speaker != "Sviatlana Tsikhanouskaya"


# -- "the 43-year-old": the one person the article gave that age ---------------------
def test_the_age_epithet_is_the_person_given_that_age():
    text = _article(
        "Freed prisoner describes isolation",
        "Maria Kalesnikava, 43, was released with 13 other prisoners. Her lawyer, "
        "Uladzimir Pylchanka, 51, met her at the border.",
        "The 43-year-old said she had lost 20 kilograms in prison.",
    )
    assert one_claim(text, "lost 20 kilograms").speaker == "Maria Kalesnikava"


def test_the_age_epithet_two_people_share_stays_unnamed():
    text = _article(
        "Two activists freed",
        "Maria Kalesnikava, 43, and Ihar Losik, 43, were released on Thursday.",
        "The 43-year-old said prison had been hard.",
    )
    assert one_claim(text, "prison had been hard").speaker not in (
        "Maria Kalesnikava",
        "Ihar Losik",
    )


# -- whole articles whose speakers were already right (kept as regression guards) -------
_BORDER = _article(
    "Poland to close another border crossing with Belarus",
    "WARSAW (AP) - Poland will close a second border crossing with Belarus next week, "
    "Interior Minister Tomasz Siemoniak said on Monday.",
    "The minister told reporters that more than 300 people had tried to climb the fence. "
    "He said Belarusian guards had helped the migrants cut through the wire.",
    "“We are dealing with a hybrid attack,” Siemoniak said. “Minsk is using these "
    "people as a weapon.”",
    "The Belarusian State Border Committee rejected the accusation. It said Polish "
    "guards had pushed migrants back into Belarus.",
    "Anna Michalska, a spokeswoman for the Polish border guard, said two officers had "
    "been injured. She said both were in stable condition.",
    "Lithuanian President Gitanas Nauseda said his country was ready to follow. “If we "
    "see the same pressure, we will act the same way,” he said.",
)


def test_already_right_border_article():
    # already right before session 13's article work: a guard against regressions
    want = {
        "a second border crossing": "Tomasz Siemoniak",
        "more than 300 people": "Tomasz Siemoniak",
        "Belarusian guards had helped": "Tomasz Siemoniak",
        "hybrid attack": "Tomasz Siemoniak",
        "pushed migrants back": "the Belarusian State Border Committee",
        "two officers": "Anna Michalska",
        "stable condition": "Anna Michalska",
        "ready to follow": "Gitanas Nauseda",
        "the same pressure": "Gitanas Nauseda",
    }
    for words, who in want.items():
        assert one_claim(_BORDER, words).speaker == who, words


_SANCTIONS = _article(
    "EU agrees new sanctions on Belarus",
    "BRUSSELS (Reuters) - EU foreign policy chief Kaja Kallas said the measures targeted "
    "25 people and eight companies.",
    "“People are not a tool of foreign policy,” Kallas told a news conference. “We will "
    "not accept this blackmail.”",
    "She said the bloc was also ready to act against airlines from third countries.",
    "A foreign ministry spokesman in Minsk, Anatol Hlaz, said Minsk would respond "
    "“in a mirror manner”.",
    "“The European Union is punishing ordinary Belarusians,” Hlaz said. He added that "
    "Belarus had done nothing wrong.",
)


def test_already_right_sanctions_article():
    # already right before session 13's article work: a guard against regressions
    want = {
        "25 people": "Kaja Kallas",
        "not a tool": "Kaja Kallas",
        "airlines from third countries": "Kaja Kallas",
        "mirror manner": "Anatol Hlaz",
        "punishing ordinary": "Anatol Hlaz",
        "done nothing wrong": "Anatol Hlaz",
    }
    for words, who in want.items():
        assert one_claim(_SANCTIONS, words).speaker == who, words


def test_already_right_freed_prisoner_article():
    # already right: a sister named after the freed woman keeps her own claims
    text = _article(
        "Freed prisoner speaks",
        "Maria Kalesnikava, 43, was released along with 13 other prisoners.",
        "“For months I did not know whether anyone remembered me,” Kalesnikava told reporters.",
        "Her sister, Tatsiana Khomich, said the family had learned of the release from the "
        "news. “We cried for an hour,” Khomich said.",
    )
    assert one_claim(text, "For months").speaker == "Maria Kalesnikava"
    assert one_claim(text, "learned of the release").speaker == "Tatsiana Khomich"
    assert one_claim(text, "We cried").speaker == "Tatsiana Khomich"
