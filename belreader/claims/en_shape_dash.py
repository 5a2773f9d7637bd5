"""Claims attributed by punctuation: a dash cue, a headline colon, a trailing dash."""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import is_speech_verb
from .en_cues import DASH_CUE_RE, iter_cues
from .en_lexicon import ADV_PREPS, AUX, CAP_STOP, NP_STOP
from .en_phrases import (
    determined_np,
    np_ok,
    words_with_pos,
)
from .model import Candidate, Quote
from .text import fold_word, trim


def dash_claims(doc: Document) -> list[Candidate]:
    """ "...—said X" (an unquoted direct quote closed by a dash cue), "X: “...”"
    (headline style) and "“...” — X"."""
    t = doc.t
    out: list[Candidate] = []
    if "—" in t or "–" in t or "―" in t:  # a fast test: most texts have no dash cue
        for m in DASH_CUE_RE.finditer(t):
            c = from_dash(doc, m)
            if c is not None:
                out.append(c)
    out.extend(colon_and_trailing_dash(doc))
    return out


def from_dash(doc: Document, m: re.Match) -> Candidate | None:
    """ "...currently living in—said Alexander Lukashenko at the conference.": an
    unquoted direct quote closed by a dash and a reporting verb."""
    t = doc.t
    ds, de = m.span()
    q_at = doc.quote_at(ds)
    if q_at is not None and q_at.closed:
        return None
    k = doc.unit_index(ds)
    if k < 0:
        return None
    ue = doc.units[k][1]
    ps, _ = doc.para_of(ds)
    line_s = t.rfind("\n", ps, ds) + 1 or ps
    line_s = max(line_s, ps, ds - 3000)
    words = words_with_pos(t, de, min(ue, de + 160))
    np: list[tuple[str, int, int]] = []
    for w, s, e in words:
        if (
            (w[0].isupper() and w not in CAP_STOP)
            or (not np and w.lower() in ("the", "a"))
            or (
                np
                and np[0][0].lower() in ("the", "a")
                and w.islower()
                and len(np) < 5
                and w.lower() not in ADV_PREPS
                and w.lower() not in NP_STOP
            )
        ):
            np.append((w, s, e))
            if e < ue and t[e] in ",(;.":
                break
        else:
            break
    if not np or not np_ok([w for w, _, _ in np]):
        return None
    after = t[np[-1][2] : np[-1][2] + 12].split()
    if after and fold_word(after[0]) in AUX:
        # "Mr X – who has ruled since 1994 – said the protesters were ...": the noun
        # phrase is the reported clause's subject, the dash closes an aside
        return None
    s, e = trim(t, line_s, ds)
    if len(t[s:e].split()) < 4:
        return None
    return Candidate(
        s, e, t[ds:de].replace(" ", ""), ds, de, np[0][1], np[-1][2], 0, kind="direct", role="dash"
    )


def text_verb(w: str) -> bool:
    """A lower-case verb that tells what a text or a speaker says: "read", "continues"."""
    return w.islower() and (fold_word(w) in ("read", "reads") or is_speech_verb(w))


def _colon_item(q: Quote, colon: int, sp_start: int, sp_end: int) -> Candidate:
    """The quote of a "Name: “...”" item, its colon at ``colon``."""
    return Candidate(q.start, q.end, ":", colon, colon + 1, sp_start, sp_end, 1, role="colon")


def colon_and_trailing_dash(doc: Document) -> list[Candidate]:
    """``Name: “quote”`` (headline style) and ``“quote” — Name`` at a unit end."""
    t = doc.t
    out = []
    for us, ue, qs in doc.quoted_units():
        q = qs[0]
        # Name: “...”
        head = t[us : q.start]
        hs = head.rstrip()
        if hs.endswith(":") and q.start > us:
            # a digest's item: "VOTERS CARE MORE ABOUT ... - Frank Newport: “...”"
            hs_ = us
            for dash in (" - ", " — ", " – "):
                d = hs.rfind(dash)
                if d >= 0:
                    hs_ = max(hs_, us + d + len(dash))
            d = hs.rfind(" -")
            if d >= 0 and hs[d + 2 : d + 3].isupper():
                hs_ = max(hs_, us + d + 2)  # "... all along -More from X:"
            words = words_with_pos(t, hs_, us + len(hs) - 1)
            # "From the report: “...”", "More from Blumenthal and Cohen: “...”": a
            # digest's pointer to its source
            k = 1 if words[:1] and words[0][0] == "From" else 0
            if words[:2] and words[0][0] == "More" and words[1][0] == "from":
                k = 2
            if (
                k
                and len(words) > k
                and (words[k][0][:1].isupper() or words[k][0] in ("the", "a", "an"))
            ):
                src = words[k:]
                if 0 < len(src) <= 6 and (np_ok([w for w, _, _ in src]) or determined_np(src)):
                    out.append(_colon_item(q, us + len(hs) - 1, src[0][1], src[-1][2]))
                continue
            # "The statement from the council read: “...”", "Isaiah 45:1 reads:": the
            # verb is the cue, the words before it the speaker
            verb = words[-1] if words and text_verb(words[-1][0]) else None
            if verb is not None:
                words = words[:-1]
            if (
                0 < len(words) <= 8
                and words[0][0][0].isupper()
                and np_ok(
                    [w for w, _, _ in words[:4]]
                    if len(words) > 4 and verb is None
                    else [w for w, _, _ in words]
                )
                # (a digest item's title before the dash is no cue clause of the quote)
                and not any(True for _ in iter_cues(t[hs_ : q.start]))
                # "The foreign minister, X, was blunt: “...”": a sentence, not an item
                and not any(w.islower() and fold_word(w) in AUX for w, _, _ in words)
            ):
                sp = words[:2] if len(words) > 4 and verb is None else words
                c = _colon_item(q, us + len(hs) - 1, sp[0][1], sp[-1][2])
                if verb is not None:
                    c.cue, c.cue_start, c.cue_end = verb
                out.append(c)
        # “...” — Name
        last = qs[-1]
        if last.closed and t[us : last.start].strip() == "":
            after = t[last.end : ue]
            a = after.lstrip()
            if a[:1] in "—–―" and 1 <= len(a[1:].split()) <= 6:
                ds = last.end + (len(after) - len(a))
                words = words_with_pos(t, ds + 1, ue)
                if (
                    words
                    and all(w[0][0].isupper() for w in words[:2])
                    and np_ok([w for w, _, _ in words])
                ):
                    out.append(
                        Candidate(
                            last.start,
                            last.end,
                            t[ds],
                            ds,
                            ds + 1,
                            words[0][1],
                            words[-1][2],
                            0,
                            kind="direct",
                            role="dash",
                        )
                    )
    return out
