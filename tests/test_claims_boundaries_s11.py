"""Where reported content ends (round 11): claims that ran on past what the speaker
said into the writer's words - the occasion of a short object claim, a subordinate
clause with its own attribution, the writer's note on the last noun, the speaker's
next act."""

from __future__ import annotations

from belreader.claims import extract_claims

from .claims_helpers import one_claim


# -- "criticized X during a rally": the occasion, medium or time of a short object -----
def test_object_claim_ends_before_the_rally_it_was_made_at():
    text = "The opposition leader criticized the tax code during a rally Saturday in Grodno."
    c = one_claim(text, "tax code")
    assert c.text == "the tax code"


def test_object_claim_ends_before_the_medium():
    text = "The mayor blamed the utility company on Facebook before the meeting."
    c = one_claim(text, "utility")
    assert c.text == "the utility company"


def test_to_claim_ends_before_the_programme_and_day():
    text = "The minister declined to discuss the border closure on the radio Tuesday."
    c = one_claim(text, "border")
    assert c.text == "to discuss the border closure"


def test_object_claim_ends_before_the_interviews():
    text = "The deputy touted the new rail link in several interviews."
    c = one_claim(text, "rail")
    assert c.text == "the new rail link"


def test_declining_to_comment_for_this_article_is_no_claim():
    text = "The ministry declined to comment for this article."
    assert extract_claims(text) == []


def test_a_complement_after_comment_stays():
    text = "The minister declined to comment on the mayor's statement."
    c = one_claim(text, "mayor")
    assert c.text == "to comment on the mayor's statement"


# -- "... after the paper revealed ...": a subordinate clause with its own speaker -----
def test_content_ends_before_a_subordinate_clause_with_its_own_attribution():
    text = (
        "The union said the factory would close its second line after the regional "
        "newspaper revealed the plant had lost its main buyer."
    )
    c = one_claim(text, "second line")
    assert c.text == "the factory would close its second line"


def test_object_claim_ends_before_while_others_warned():
    text = (
        "Farmers accused the ministry of ignoring the drought while economists warned "
        "that grain prices would rise."
    )
    c = one_claim(text, "drought")
    assert c.text == "the ministry of ignoring the drought"


def test_the_speakers_own_pronoun_after_a_subordinator_stays():
    text = "The farmer says he knew little about the new party before he announced his vote."
    c = one_claim(text, "new party")
    assert c.text.endswith("before he announced his vote")


# -- ", the latter ...", ", one that ...": the writer's note on the last noun ----------
def test_parenthetical_content_ends_before_the_latter():
    text = (
        "Many of the delays, she said, have affected rural schools and district clinics, "
        "the latter a concern for older residents."
    )
    c = one_claim(text, "delays")
    assert c.text == (
        "Many of the delays, she said, have affected rural schools and district clinics"
    )


def test_content_ends_before_one_that():
    text = (
        "He said there is a long debate inside the party about the pension reform, one "
        "that will shape the spring congress."
    )
    c = one_claim(text, "debate")
    assert c.text == "there is a long debate inside the party about the pension reform"


def test_content_ends_before_for_whom():
    text = (
        "He said he supports the mayor of Brest and the governor of Gomel, for whom he "
        "organized a dinner in Minsk on Friday."
    )
    c = one_claim(text, "Brest")
    assert c.text == "he supports the mayor of Brest and the governor of Gomel"


# -- ", but cautioned ...", ", and has since ...": the speaker's next act ---------------
def test_content_ends_before_but_and_a_finite_verb():
    text = (
        "The governor said the new hospital would open in March, but cautioned that "
        "staffing remained a problem for the region."
    )
    c = one_claim(text, "hospital")
    assert c.text == "the new hospital would open in March"


def test_content_ends_before_and_to_date_has_only():
    text = (
        "The minister said the bridge would reopen by summer, and to date has only "
        "published a short note about the repairs."
    )
    c = one_claim(text, "bridge")
    assert c.text == "the bridge would reopen by summer"


def test_content_ends_before_and_has_appealed():
    text = (
        "The activist said the court ruling had been unfair to the farmers, and has "
        "appealed to the regional prosecutor for a new hearing."
    )
    c = one_claim(text, "court ruling")
    assert c.text == "the court ruling had been unfair to the farmers"


def test_content_ends_before_and_shes():
    text = (
        "The director agreed to fund the new school library, and she's even paying for "
        "the opening concert."
    )
    c = one_claim(text, "library")
    assert c.text == "to fund the new school library"


# -- the event it answered, the writer's gloss on the act ------------------------------
def test_content_ends_before_following_the_event():
    text = "The council called for a full review following the flooding in the southern districts."
    c = one_claim(text, "review")
    assert c.text == "a full review"


def test_following_inside_a_reported_clause_stays():
    # in a reported clause, "following ..." is mostly part of what was reported (the
    # curfew was lifted after the protests): cutting it lost the reason on BBC articles
    text = "The mayor said the curfew was lifted following the protests in the southern districts."
    c = one_claim(text, "curfew")
    assert c.text == "the curfew was lifted following the protests in the southern districts"


def test_content_ends_before_hoping_to():
    text = (
        "She rejected the ministry's offer of a new contract, hoping to delay the decision "
        "until after the elections in the autumn."
    )
    c = one_claim(text, "offer")
    assert c.text == "the ministry's offer of a new contract"
