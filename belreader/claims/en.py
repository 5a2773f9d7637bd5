"""English: the claim shapes in the order their candidates are offered to selection
(ties in priority go to the earlier shape), the hedge words and the speaker resolver."""

from __future__ import annotations

from .en_lexicon import HEDGE_CUES, HEDGE_RE, HEDGE_STEMS
from .en_relay import relayed
from .en_shape_according import in_their_words
from .en_shape_called import called_claims
from .en_shape_cue import cue_claims
from .en_shape_dash import dash_claims
from .en_shape_described import described
from .en_shape_evidence import evidence_claims
from .en_shape_headline import headlines, labelled
from .en_shape_interview import interview_answers
from .en_shape_participle import asked_questions, fronted_participles
from .en_shape_quote import quote_driven
from .en_shape_standalone import standalone_quotes
from .hedges import HedgeWords
from .languages import LanguageRules, register
from .resolve import Resolver

RULES = LanguageRules(
    code="en",
    shapes=(
        cue_claims,
        dash_claims,
        quote_driven,
        described,
        called_claims,
        fronted_participles,
        standalone_quotes,
        headlines,
        labelled,
        asked_questions,
        evidence_claims,
        in_their_words,
        interview_answers,
    ),
    hedges=HedgeWords(frozenset(HEDGE_CUES), HEDGE_RE, HEDGE_STEMS),
    resolver=Resolver,
    relays=relayed,
)
register(RULES)
