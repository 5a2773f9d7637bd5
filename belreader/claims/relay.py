"""Words another source passed on, for any language: a candidate whose cue relays
("..., Belta reported", "according to Belta", "сообщает БелТА", "по данным БелТА")
and whose content holds a report of its own ("Lukashenko said A") gives that report
the source as its ``via``, and is dropped: the words are Lukashenko's, passed on by
Belta. A language says which cues relay, which verbs open a report whose words can be
passed on, and which sources only hold facts (a poll, a law). Runs before selection."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from .document import Document
from .model import Candidate, Span
from .text import skip_space, trim


def credit_relays(
    doc: Document,
    cands: list[Candidate],
    relays: Callable[[Candidate], bool],
    passes_on: Callable[[Candidate], bool],
    holds_facts: Callable[[str], bool] = lambda source: False,
    reread: Callable[[Document, Candidate], Candidate | None] | None = None,
) -> list[Candidate]:
    """``cands`` without the relays whose inner reports were credited to them.

    ``relays(c)``: does c's cue pass on what its content reports? ``passes_on(c)``:
    is c a report of words (a verb of saying, not an act the relay describes)?
    ``holds_facts(source)``: is the source a document or a finding rather than a
    reporter? ``reread(doc, relay)``: the report that opens the relay's content, read
    as a sentence of its own, where no shape found it there ("Belta reports X told a
    magazine: “...”"). The inner report must open the relay's content ("Tal reported
    that she had obtained a video in which X said ...": the video is Tal's claim). One
    that ran into the relay's own words ("A, Belta reported") ends where the relay's
    content ends."""
    t = doc.t
    sources = [r for r in cands if r.sp_start >= 0 and r.gap is None and relays(r)]
    if not sources:
        return cands
    inner = sorted((c for c in cands if c.sp_start >= 0), key=lambda c: c.sp_start)
    starts = [c.sp_start for c in inner]
    dropped: set[int] = set()
    added: list[Candidate] = []
    for r in sources:
        if holds_facts(t[r.sp_start : r.sp_end]):
            continue  # "said A, according to the ministerial code": the code is A's source
        opening = skip_space(t, r.start, r.end)
        found = [
            c
            for c in inner[bisect_left(starts, r.start) : bisect_left(starts, r.end)]
            if c is not r
            and c.via is None
            and c.cue_end <= r.end
            and min(c.start, c.sp_start, c.cue_start) <= opening
            and passes_on(c)
        ]
        if not found and reread is not None:
            c = reread(doc, r)
            if c is not None and passes_on(c):
                found = [c]
                added.append(c)
        for c in found:
            if c.start < r.end < c.end:
                c.end = trim(t, c.start, r.end)[1]
            c.via = Span(r.sp_start, r.sp_end)
            c.prio = min(c.prio, r.prio)
            dropped.add(id(r))
    if not dropped:
        return cands
    return [c for c in cands if id(c) not in dropped] + added
