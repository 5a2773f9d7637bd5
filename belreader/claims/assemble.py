"""From chosen candidates to claims: the speaker resolved, the kind (direct, indirect,
mixed) worked out from the quotes, the hedges found. Language-neutral."""

from __future__ import annotations

import re

from .document import Document
from .hedges import HedgeWords, find_hedges
from .languages import SpeakerResolver
from .model import Candidate, Claim
from .text import count_alnum, spans_without


def assemble(
    doc: Document, chosen: list[Candidate], resolver: SpeakerResolver, hedge_words: HedgeWords
) -> list[Claim]:
    """Claims from the chosen candidates, in text order: the speaker resolved (each
    claim's speaker is known to the resolver for the claims after it), the kind worked
    out from the quotes and the hedges found."""
    t = doc.t
    out = []
    last: Candidate | None = None
    for c in chosen:
        s, e = c.start, c.end
        if e <= s:
            continue
        if c.role == "alone" and last is not None and _closes_paragraph_before(doc, last, s):
            # “A,” he said.¶“B.”: the news convention, a paragraph that opens with a
            # quote and names no one continues the speaker who closed the paragraph before
            c.sp_start, c.sp_end = last.sp_start, last.sp_end
            c.cue, c.cue_start, c.cue_end = last.cue, last.cue_start, last.cue_end
            c.speaker_override = last.speaker_override
        last = c
        if c.sp_start >= 0:
            c.sp_start, c.sp_end = balanced_mention(t, c.sp_start, c.sp_end)
        surface = t[c.sp_start : c.sp_end] if c.sp_start >= 0 else None
        if surface is not None:
            surface = " ".join(surface.split())
        if c.role == "acc" and surface:
            speaker = resolver.source(surface, c.sp_start)
        elif c.speaker_override is not None:
            speaker = c.speaker_override
        else:
            speaker = resolver.resolve(surface, c.sp_start) if surface else None
        if speaker and surface and surface.lower() in _PERSON_PRONOUNS:
            speaker = None if _named_in_quotes(doc, s, e, speaker) else speaker
        c.speaker_override = speaker
        if speaker and surface and c.sp_start >= 0 and speaker != surface:
            c.sp_start, surface = _widened_mention(t, c.sp_start, surface, speaker)
            c.sp_start, surface = _without_fronted_phrase(c.sp_start, surface, speaker)
        via = (
            resolver.source(" ".join(t[c.via.start : c.via.end].split()), c.via.start)
            if c.via
            else None
        )
        kind = c.kind or claim_kind(doc, s, e, c)
        hedges = find_hedges(doc, c, s, e, hedge_words)
        out.append(
            Claim(
                speaker=speaker,
                cue=" ".join(c.cue.split()) if c.cue not in (":",) else ":",
                kind=kind,
                text=t[s:e],
                start=s,
                end=e,
                hedged=bool(hedges),
                hedges=hedges,
                speaker_mention=surface,
                via=via if via != speaker else None,
            )
        )
        resolver.note(speaker, surface, c.sp_start if c.sp_start >= 0 else s)
    return out


def _closes_paragraph_before(doc: Document, c: Candidate, s: int) -> bool:
    """Does the claim ``c``, with a speaker, end the paragraph right before offset ``s``
    (its content or its attribution the last words there)?"""
    if c.sp_start < 0 and not c.speaker_override:
        return False
    ps, _pe = doc.para_of(s)
    before = doc.para_of(ps - 1) if ps > 0 else None
    if before is None or before[0] == ps:
        return False
    end = max(c.end, c.cue_end, c.sp_end)
    if not before[0] <= end <= before[1]:
        return False
    if not any(ch.isalnum() for ch in doc.t[end : before[1]]):
        return True
    # "“A,” the mother-of-two, who lives in Warsaw, told the Daily Telegraph.": the rest
    # of the attribution's own sentence (a listener, a time, a place), with no quote
    k = doc.unit_index(end - 1)
    return (
        0 <= k < len(doc.units)
        and doc.units[k][1] >= before[1]
        and not doc.quotes_in(end, before[1])
    )


# a pronoun for one person: "he said", "она сказала"
_PERSON_PRONOUNS = frozenset(("he", "she", "он", "она"))


def _named_in_quotes(doc: Document, s: int, e: int, speaker: str) -> bool:
    """Does a quote of the claim name ``speaker`` (a word of the name, in the third
    person: "“He (Bridge) has no chance,” he said", "“Steven can play anywhere,” he
    added")? A speaker seldom names themselves so: the pronoun means someone else."""
    words = {w for w in speaker.split() if len(w) > 2 and w[:1].isupper()}
    if not words:
        return False
    t = doc.t
    return any(words & set(_WORD.findall(t, q.start, q.end)) for q in doc.quotes_in(s, e))


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _widened_mention(t: str, s: int, surface: str, speaker: str) -> tuple[int, str]:
    """The mention grown back to the whole name the speaker was read from, when the cut
    phrase kept only its last word ("Awards" of "the Brit Awards announced"): the
    mention is the words in the text, so it is widened only where the text before it
    spells the rest of the speaker."""
    if not speaker.endswith(" " + surface):
        return s, surface
    lead = speaker[: -len(surface)]
    start = s - len(lead)
    if start < 0 or t[start:s] != lead:
        return s, surface
    return start, speaker


# words that open a phrase fronted before the subject, with no comma to end it ("In a
# joint statement the firms said", "By contrast a preliminary report found")
_FRONTED_OPENERS = frozenset(
    "in on at for during after before by with instead similarly likewise meanwhile"
    " separately elsewhere however also indeed still".split()
)


def _without_fronted_phrase(s: int, surface: str, speaker: str) -> tuple[int, str]:
    """The mention without the fronted phrase the speaker was read after: the
    speaker's words are the end of the mention, and the rest opens with a preposition
    or a sentence adverb ("By contrast a preliminary Ofcom report" -> "a preliminary
    Ofcom report"; "Prime Minister Tony Blair" keeps its title)."""
    if not surface.endswith(" " + speaker):
        return s, surface
    lead = surface[: -len(speaker)]
    if lead.split()[0].lower() not in _FRONTED_OPENERS:
        return s, surface
    return s + len(lead), speaker


def balanced_mention(t: str, s: int, e: int) -> tuple[int, int]:
    """The speaker's words without half a parenthesis: "the Institute for the Study of
    War (ISW" gets its closing mark back, "Sen. Bernie Sanders (I-Vt." loses the party
    tag, "exit polls)" loses the closing mark."""
    op = t.find("(", s, e)
    if op >= 0 and t.find(")", op, e) < 0 and t[s:op].strip():
        if t[e : e + 1] == ")" and t[op + 1 : e].isupper() and t[op + 1 : e].isalpha():
            return s, e + 1  # an acronym: "(ISW)"
        e = op
    cl = t.find(")", s, e)
    if cl >= 0 and t.find("(", s, cl) < 0:
        if t[s:cl].strip():
            e = cl
        else:
            s = cl + 1
    while e > s and t[e - 1] in " ,":
        e -= 1
    while s < e and t[s] == " ":
        s += 1
    return s, e


def claim_kind(doc: Document, s: int, e: int, c: Candidate) -> str:
    t = doc.t
    qs = doc.quotes_in(s, e)
    if not qs:
        return "indirect"
    # Count the letters and digits of the claim outside its attribution (the gaps,
    # the speaker, the cue), and those of them inside quotes. The pieces are counted
    # whole rather than character by character; quotes never overlap.
    skipped: list[tuple[int, int]] = [(g[0], g[1]) for g in (c.gap, c.gap2) if g]
    skipped += [(c.sp_start, c.sp_end), (c.cue_start, c.cue_end)]
    covered = 0
    total = 0
    for a, b in spans_without(s, e, skipped):
        total += count_alnum(t, a, b)
        for qa, qb, _closed in qs:
            if qa < b and qb > a:
                covered += count_alnum(t, max(a, qa), min(b, qb))
    if total == 0:
        return "indirect"
    if covered == total:
        return "direct"
    # attribution words between two quotes of one claim ("... ,” X said. “...")
    if c.role in ("post", "paren") and t[s] in "“„«\"‘'" and _only_attr_outside(doc, s, e, qs, c):
        return "direct"
    return "mixed" if covered else "indirect"


def _only_attr_outside(doc: Document, s, e, qs, c) -> bool:
    t = doc.t
    pos = s
    pieces = []
    for q in qs:
        if q.start > pos:
            pieces.append((pos, q.start))
        pos = max(pos, q.end)
    if pos < e:
        pieces.append((pos, e))
    for a, b in pieces:
        txt = t[a:b]
        g2 = c.gap2
        if g2 and a <= g2[0] and g2[1] <= b:
            txt = t[a : g2[0]] + " " + t[g2[1] : b]
        if not any(ch.isalnum() for ch in txt):
            continue
        if not ((a <= c.cue_start and c.cue_end <= b) or a <= c.sp_start < b):
            return False
        if len(txt.split()) > 25:
            return False
    return True
