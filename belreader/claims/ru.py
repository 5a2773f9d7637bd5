"""Russian (with cheap Belarusian cues): the claim shapes, the hedge words and the
speaker resolver. Also used for Belarusian and Ukrainian articles, which have no rules
of their own: their cues mostly do not match, which gives fewer claims, not wrong ones."""

from __future__ import annotations

from .hedges import HedgeWords
from .languages import LanguageRules, register
from .ru_announced import announced_claims
from .ru_dialogue import interview_claims
from .ru_lexicon import HEDGE_RE, HEDGE_STEMS, HEDGE_VERB_STEMS, PASSIVE_CUES, SPEECH_VERBS
from .ru_nested import relayed_and_nested
from .ru_resolve_names import RuNamesResolver
from .ru_shape_called import called_claims
from .ru_shape_cue import cue_claims
from .ru_shape_headline import headline_claims
from .ru_shape_source import colon_claims, source_claims
from .ru_transcript import transcript_claims

_HEDGE_VERBS = [w for w in (*SPEECH_VERBS, *PASSIVE_CUES) if w.startswith(HEDGE_VERB_STEMS)]
# "Как утверждает X, ...": the cue of the source shape keeps its "как"
HEDGE_CUES = frozenset((*_HEDGE_VERBS, *(f"{a} {w}" for a in ("как", "як") for w in _HEDGE_VERBS)))

RULES = LanguageRules(
    code="ru",
    shapes=(
        cue_claims,
        source_claims,
        colon_claims,
        headline_claims,
        interview_claims,
        transcript_claims,
        called_claims,
        announced_claims,
    ),
    hedges=HedgeWords(HEDGE_CUES, HEDGE_RE, HEDGE_STEMS),
    resolver=RuNamesResolver,
    relays=relayed_and_nested,
)
register(RULES, also_for=("be", "uk"))
