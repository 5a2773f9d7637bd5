"""The seam for a second language: rules are chosen by the article's language, or by
its script, and fall back to English."""

from __future__ import annotations

import pytest

from belreader.claims import extract_claims, language_of, languages, rules_for
from belreader.claims.en import RULES as ENGLISH
from belreader.claims.model import Candidate


@pytest.fixture
def registry(monkeypatch):
    """An isolated registry: what a test registers is gone afterwards."""
    monkeypatch.setattr(languages, "_REGISTRY", dict(languages._REGISTRY))
    monkeypatch.setattr(languages, "_FALLBACK", dict(languages._FALLBACK))


def test_script_decides_when_the_language_is_unknown():
    assert language_of("The minister said the talks had failed.") == "en"
    assert language_of("Министр заявил, что переговоры провалились.") == "ru"
    assert language_of("Міністр заявіў, што перамовы праваліліся.") == "be"
    assert language_of("Міністр заявив, що переговори провалилися, і їх не буде.") == "uk"
    # a few Cyrillic words in an English article do not make it Russian
    assert language_of("He wrote «Беларусь» on the banner, the minister said.") == "en"


def test_a_language_without_rules_gets_the_english_ones(registry):
    languages._REGISTRY.pop("ru", None)  # as before any second language was registered
    languages._FALLBACK.clear()
    assert rules_for("Министр заявил, что переговоры провалились.") is ENGLISH
    assert rules_for("whatever", "ru") is ENGLISH
    assert rules_for("whatever", None) is ENGLISH


def test_registered_rules_are_used_for_their_language(registry):
    seen = []

    def one_claim_per_article(doc):
        seen.append(doc.t)
        return [Candidate(0, 7, "заявил", 8, 14, -1, -1, 0, role="pre")]

    ru = languages.LanguageRules("ru", (one_claim_per_article,), ENGLISH.hedges, ENGLISH.resolver)
    languages.register(ru, also_for=("be",))
    body = "Министр заявил это."
    assert rules_for(body) is ru
    assert rules_for("ignored", "be") is ru  # a close language borrows the rules
    assert rules_for("The minister said so.", "ru") is ru  # ingest's language wins
    claims = extract_claims(body)
    assert seen == [body]
    assert [(c.text, c.cue, c.speaker) for c in claims] == [("Министр", "заявил", None)]
    # an English article still gets the English rules
    assert rules_for("The minister said the talks had failed.") is ENGLISH
