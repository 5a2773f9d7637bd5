"""Speakers on whole articles: a pronoun's contraction ("I'd", "It's") is no name, a
fronted adverb before an inverted cue gives way to the subject after the verb, and a
phrase with an unbalanced editorial bracket (a cue inside someone's quote) is nobody."""

from __future__ import annotations

from belreader.claims import extract_claims
from belreader.claims.speaker_phrases import speaker_words


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text)]


def test_contraction_gives_the_pronoun() -> None:
    text = (
        "Belarus opposition plans march\n\n"
        "Protests are planned for the weekend in Minsk.\n\n"
        "We've called for the prisoners to be freed before the summer session begins."
    )
    assert _speakers(text) == ["We"]


def test_impersonal_contraction_is_nobody() -> None:
    text = (
        "Potash exports climb\n\n"
        "Trade through the Baltic ports has grown.\n\n"
        "It's predicted that exports will double by the end of next year."
    )
    assert _speakers(text) == [None]


def test_fronted_adverb_before_inverted_cue() -> None:
    text = (
        "Minsk retail sales slow\n\n"
        "Shops reported fewer customers in March.\n\n"
        "Worryingly, said the ministry, small traders were closing their doors faster than ever."
    )
    assert _speakers(text) == ["the ministry"]


def test_appositive_name_is_no_inversion() -> None:
    text = (
        "Grodno teacher dismissed\n\n"
        "The school's head, Olga, said the inspectors had found nothing wrong in her classes."
    )
    assert _speakers(text) == ["Olga"]


def test_unbalanced_bracket_is_nobody() -> None:
    # the phrase before a cue inside a quotation, cut inside the editor's bracket
    assert speaker_words("Everyone in the government [of Belarus", "will ") is None
    assert speaker_words("the head [of the army] Ivan Petrov", "") is not None


def test_role_word_glued_to_a_name_is_dropped() -> None:
    text = (
        "Dinamo Minsk keep their coach\n\n"
        "Dinamo Minsk have agreed a new deal with Sergei Volkov.\n\n"
        "Manager Sergei Volkov said the squad would stay together for the next season."
    )
    assert _speakers(text) == ["Sergei Volkov"]


def test_title_before_a_name_stays() -> None:
    text = (
        "Minsk hospital opens ward\n\n"
        "A new ward has opened under Dr Irina Sokol.\n\n"
        "Dr Irina Sokol said the ward would treat children from across the region."
    )
    assert _speakers(text) == ["Dr Irina Sokol"]


def test_belief_verb_ends_the_speaker() -> None:
    assert speaker_words("Many believe the figure", "") == "Many"
    assert speaker_words("the veteran striker thinks Volkov", "") == "the veteran striker"
    assert speaker_words("the Minsk-based think tank", "") == "the Minsk-based think tank"


def test_market_move_before_as_gives_the_speaker() -> None:
    phrase = "Bonds issued by Minsk weakened as bankers"
    assert speaker_words(phrase, "") == "bankers"


def test_participle_is_nobody() -> None:
    assert speaker_words("Having", "", "said that, the talks went well") is None
