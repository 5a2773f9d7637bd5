"""Words relayed by another source: "Lukashenko said A, Belta reported", "According to
Belta, Lukashenko said A", "State TV quoted Lukashenko as saying A".

The person whose words they are is the speaker; the agency, paper or channel that
passed them on is the claim's ``via``. A reader who follows what Lukashenko is
reported to have said finds the claim under his name, and still sees who reported it.
Runs on the candidates of every shape, before selection."""

from __future__ import annotations

import re

from .document import Document
from .en_clauses import lead_subject
from .en_cue_subject import QUOTING_VERBS, SHOWING_VERBS, clause_mark_before
from .en_cues import iter_cues
from .en_lexicon import CONJ, EVIDENCE_NOUNS, SAY
from .en_phrases import np_ok, words_with_pos
from .model import Candidate, Span
from .relay import credit_relays
from .text import fold_word, skip_space

# cues by which a source passes on what someone else said
_RELAY_CUES = frozenset(["reported", "reports", "according to"])
# the verbs of a report whose words a relay passes on ("X slammed Y", "X cites Y",
# "X asked Y to" are acts the relay describes: they stay the relay's claim)
_INNER_VERBS = frozenset(w for w in SAY if not w.endswith("ing")) | frozenset(
    "stated declared insisted claimed warned stressed noted wrote announced "
    "says states declares insists claims warns stresses notes writes announces".split()
)
# words of a source that holds or finds facts rather than passing words on
_DOCUMENTS = (EVIDENCE_NOUNS - {"report", "reports", "report’s", "paper"}) | frozenset(
    "code rules law laws guidelines constitution treaty charter benchmark accounts".split()
)
_BY_SOURCE = re.compile(
    r"\s+(?:(?:was|were|is|are|has been|had been)\s+)?(?:\w+ly\s+)?(?:quoted|cited)\s+by\s+"
    r"((?:the\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:as\s+)?$"
)
# "quoted X as saying": the subject before the verb relayed X's words
# (the verbs the cue shape reads "X quoted / showed Y (as) saying" with: one list)
_QUOTED_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(QUOTING_VERBS | SHOWING_VERBS)) + r")\s+$"
)


def relayed(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each relay's inner report credited to its source and the
    relay dropped ("X said A, Belta reported" -> X says A, via Belta); a "quoted ... as
    saying" claim gets the source that quoted."""
    out = credit_relays(doc, cands, _relay_cue, _inner_verb, _not_a_relay, _opening_report)
    for c in out:
        if c.via is None and c.cue in ("saying", "telling") and c.sp_start >= 0:
            c.via = _quoting_subject(doc, c) or _quoted_by(doc, c)
    return out


def _inner_verb(c: Candidate) -> bool:
    return fold_word(c.cue.split()[0]) in _INNER_VERBS


def _not_a_relay(source: str) -> bool:
    """A document, a rule or a finding ("the ministerial code", "data provided by the
    Liberians", "a new poll"): the source of what was said, not of the saying."""
    if source.endswith(("'s", "’s")):
        return True  # "Mr Blair's reported treaty": an adjective, no report
    return any(fold_word(w) in _DOCUMENTS for w in source.split())


def _relay_cue(c: Candidate) -> bool:
    return " ".join(c.cue.split()).lower() in _RELAY_CUES


def _opening_report(doc: Document, relay: Candidate) -> Candidate | None:
    """The report that opens the relay's content ("Anelka told a French magazine:
    “...”" in "The News of the World reports Anelka told ..."), read by the cue shape
    as if the content were a sentence of its own; None when it opens with none."""
    from .en_shape_cue import from_cue  # (en_shape_cue imports the shapes' helpers)

    t = doc.t
    s = skip_space(t, relay.start, relay.end)
    first = next(iter_cues(t[s : min(relay.end, s + 160)], kept_only=True), None)
    if first is None:
        return None
    c = from_cue(doc, s + first[0], s + first[1], s, relay.end, [])
    if c is None or c.role != "pre":
        return None
    # "Its chairman, Konstantin Molostov, said ...": a role before the name, in apposition
    return c if c.sp_start == s or _role_before(t, s, c.sp_start) else None


def _role_before(t: str, s: int, e: int) -> bool:
    """Is t[s:e] a short noun phrase and a comma ("Its chairman, ")?"""
    gap = t[s:e].rstrip()
    if not gap.endswith(",") or "," in gap[:-1]:
        return False
    words = [w for w, _, _ in words_with_pos(t, s, s + len(gap) - 1)]
    return 1 <= len(words) <= 6 and np_ok(words)


def _quoting_subject(doc: Document, c: Candidate) -> Span | None:
    """ "State TV quoted Lukashenko as saying": the subject before "quoted"."""
    t = doc.t
    m = _QUOTED_BEFORE.search(t, max(0, c.sp_start - 12), c.sp_start)
    if m is None:
        return None
    k = doc.unit_index(m.start())
    if k < 0:
        return None
    # the noun phrase after the last mark ("“...,” the Interfax news agency quoted Mr
    # Khodorkovsky as saying")
    us = doc.units[k][0]
    b = clause_mark_before(doc, us, m.start())
    words = words_with_pos(t, b + 1 if b >= 0 else us, m.start())
    while words and fold_word(words[0][0]) in CONJ:
        words = words[1:]
    if not words and b > us and t[b] == ",":
        # "Belta, the state news agency, quoted Lukashenko as saying": the name that
        # opens the sentence, before its appositive
        subj = lead_subject(doc, us, b)
        return Span(*subj[:2]) if subj is not None else None
    if not 1 <= len(words) <= 6 or not np_ok([w for w, _, _ in words]):
        return None
    return Span(words[0][1], words[-1][2])


def _quoted_by(doc: Document, c: Candidate) -> Span | None:
    """ "Lukashenko was quoted by Belta as saying": the source after "by"."""
    m = _BY_SOURCE.match(doc.t, c.sp_end, c.cue_start)
    return Span(m.start(1), m.end(1)) if m else None
