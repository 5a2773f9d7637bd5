"""Hedges: the words that distance a claim from fact ("allegedly", "so-called", a
"claimed" cue). The finder is language-neutral; each language gives its words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document
from .model import Candidate


@dataclass(frozen=True)
class HedgeWords:
    cues: frozenset[str]  # reporting verbs that distance in themselves ("claimed")
    pattern: re.Pattern  # distancing words inside a claim ("allegedly")
    stems: tuple[str, ...]  # every pattern match holds one, in str.lower case


def may_hold_hedge(piece: str, words: HedgeWords) -> bool:
    """Can ``words.pattern`` match inside ``piece``? Most claims hold no stem, and a few
    substring tests are much faster than the regex, which has to try every position.
    str.lower maps each character that re.IGNORECASE equates with an ASCII letter to
    that letter, except "İ", "ı" and "ſ" (the Kelvin sign becomes "k", in no stem):
    with those, let the regex decide."""
    if "İ" in piece or "ı" in piece or "ſ" in piece:
        return True
    low = piece.lower()
    return any(stem in low for stem in words.stems)


def find_hedges(doc: Document, c: Candidate, s: int, e: int, words: HedgeWords) -> tuple[str, ...]:
    """The hedges of the claim ``c`` with content t[s:e], in order of appearance: not
    inside the speaker's own quoted words, nor in narration between two quotes."""
    t = doc.t
    found: list[str] = list(c.hedge_extra)
    cue_low = " ".join(c.cue.lower().split())
    if cue_low in words.cues:
        found.append(" ".join(c.cue.split()))
    lo = min(s, c.cue_start, c.sp_start if c.sp_start >= 0 else s)
    hi = max(e, c.cue_end, c.sp_end)
    if not may_hold_hedge(t[lo:hi], words):
        lo = hi  # no hedge word in the span: nothing for the regex to find
    for m in words.pattern.finditer(t, lo, hi):
        q = doc.quote_at(m.start())
        if q is not None and q.closed:
            continue  # the speaker's own words
        if c.gap2 and c.gap2.start <= m.start() < c.gap2.end:
            continue  # narration between two quotes
        w = " ".join(m.group().split())
        if w not in found:
            found.append(w)
    # keep order of appearance, no duplicates (case-insensitive)
    seen = set()
    res = []
    for w in found:
        if w.lower() not in seen:
            seen.add(w.lower())
            res.append(w)
    return tuple(res)
