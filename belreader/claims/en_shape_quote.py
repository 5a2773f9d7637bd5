"""The quote-driven family: a direct quote attributed with any speech verb, known to the
cue finder or not ("“...?” he asks.", "She continued, “...”")."""

from __future__ import annotations

from itertools import pairwise

from .document import Document
from .en_clauses import clause_subject
from .en_lexicon import CONJ, DETS, NONSPEECH, PRONOUNS, SUBORD
from .en_phrases import (
    is_speech_verb,
    is_verb,
    np_ok,
    words_with_pos,
)
from .en_shape_postposed import extend_split_quote
from .model import Candidate
from .text import fold_word


def quote_driven(doc: Document) -> list[Candidate]:
    """Direct quotes attributed with any speech verb, known or not:
    ``“...?” he asks.`` / ``“...,” Vitter demanded.`` / ``She continued, “...”``."""
    t = doc.t
    out = []
    for us, ue, qs in doc.quoted_units():
        q = qs[0]
        if q.closed and t[us : q.start].strip() == "" and q.end < ue:
            # “...,” NP VERB ... / “...,” VERB NP ...
            inner = t[q.end - 2 : q.end - 1] if q.end - q.start > 2 else ""
            after = t[q.end : ue]
            if inner in ",?!—–…-" or after.lstrip()[:1] in ",—–":
                c = attr_after_quote(doc, q, us, ue)
                if c is not None:
                    out.append(c)
                    continue
        # ..., NP VERB “...” (the last quote ends the unit, the clause starts after a
        # comma: "On the form, in a box labeled “X,” a doctor had typed “Y.”")
        ql = qs[-1]
        if ql.closed and ql.start > us and not t[ql.end : ue].strip(' .,;!?”"’'):
            c = clause_quote(doc, ql, us)
            if c is not None:
                out.append(c)
                continue
        # NP VERB[,:] “...” (the quote ends the unit)
        if q.closed and q.start > us:
            tail = t[q.end : ue].strip()
            if tail and any(ch.isalnum() for ch in tail):
                continue
            lead = t[us : q.start].rstrip()
            colon = lead.endswith((":", ","))
            if colon:
                lead = lead[:-1].rstrip()
            words = words_with_pos(t, us, us + len(lead))
            found = _subject_verb(words)
            if found is None and words and is_speech_verb(words[-1][0]):
                # "A woman asked for a photo and Clinton said, “...”": the subject of
                # the last clause
                found = _subject_verb(_last_clause(t, words))
            if found is None:
                if colon and 2 <= len(words) <= 12 and t[us + len(lead)] == ":":
                    c = colon_after_verb_phrase(doc, q, us, us + len(lead))
                    if c is not None:
                        out.append(c)
                continue
            np_words, verb = found
            if not colon and not is_speech_verb(verb[0]):
                continue
            out.append(
                Candidate(
                    q.start,
                    q.end,
                    verb[0],
                    verb[1],
                    verb[2],
                    np_words[0][1],
                    np_words[-1][2],
                    3,
                    role="pre",
                )
            )
    return out


Word = tuple[str, int, int]


def _subject_verb(words: list[Word]) -> tuple[list[Word], Word] | None:
    """(subject words, verb) when the words are a subject, maybe an -ly adverb, and a
    verb: "Lukashenko said", "The minister angrily replied"; else None."""
    if not 2 <= len(words) <= 12:
        return None
    verb = words[-1]
    k = len(words) - 1
    adv = k > 1 and fold_word(words[k - 1][0]).endswith("ly") and words[k - 1][0].islower()
    np_words = words[: k - 1] if adv else words[:k]
    while np_words and np_words[0][0].lower() in CONJ:
        np_words = np_words[1:]
    if not np_words or not is_verb(verb[0]) or not np_ok([w for w, _, _ in np_words]):
        return None
    return np_words, verb


def _last_clause(t: str, words: list[Word]) -> list[Word]:
    """The words after the last comma or "and" / "but" among ``words`` (all of them
    when there is none)."""
    for j in range(len(words) - 1, 0, -1):
        if "," in t[words[j - 1][2] : words[j][1]] or fold_word(words[j - 1][0]) in CONJ:
            return words[j:]
    return words


def colon_after_verb_phrase(doc: Document, q, us: int, colon: int) -> Candidate | None:
    """ "Rubio fired back forcefully: “...”", "She went on to say: “...”": a subject, a
    verb phrase of up to five words with no comma and no second clause, a colon and a
    quote that ends the unit; the verb is the phrase's first word."""
    t = doc.t
    subj = clause_subject(doc, us, colon)
    if subj is None:
        return None
    np_s, np_e, verb_s = subj
    vp = words_with_pos(t, verb_s, colon)
    if not 1 <= len(vp) <= 5 or any(ch in t[verb_s:colon] for ch in ',;“”"()—–'):
        return None
    verb = vp[0]
    if not verb[0].islower() or fold_word(verb[0]) in NONSPEECH | {"is", "was", "are", "were"}:
        return None
    for prev, (w, _, _) in pairwise(vp):
        lw = fold_word(w)
        if (
            lw in SUBORD
            or lw in PRONOUNS
            or lw in ("as", "and", "but", "that", "who", "which", "while", "when")
            or (lw.endswith("ed") and fold_word(prev[0]) not in DETS)
        ):
            return None  # "said nothing as a protester shouted: “...”": another clause
    if not np_ok(t[np_s:np_e].split()):
        return None
    return Candidate(q.start, q.end, verb[0], verb[1], verb[2], np_s, np_e, 3, role="pre")


def clause_quote(doc: Document, q, us: int) -> Candidate | None:
    t = doc.t
    lead_e = q.start
    while lead_e > us and t[lead_e - 1].isspace():
        lead_e -= 1
    if lead_e > us and t[lead_e - 1] in ":,":
        return None  # "X said: “...”" : the older rule
    b = lead_e - 1
    lo = max(us, lead_e - 120)
    while b >= lo and t[b] not in ',;:”"»(':
        b -= 1
    if b < lo:
        return None
    words = words_with_pos(t, b + 1, lead_e)
    if not 2 <= len(words) <= 7:
        return None
    verb = words[-1]
    np_words = words[:-1]
    while np_words and np_words[-1][0].lower() in ("had", "has", "have"):
        np_words = np_words[:-1]
    if not np_words or np_words[0][0].lower() not in ("a", "an", "the", "one"):
        return None
    if not is_speech_verb(verb[0]) or not np_ok([w for w, _, _ in np_words]):
        return None
    return Candidate(
        q.start, q.end, verb[0], verb[1], verb[2], np_words[0][1], np_words[-1][2], 3, role="pre"
    )


def attr_after_quote(doc: Document, q, us, ue):
    t = doc.t
    words = words_with_pos(t, q.end, min(ue, q.end + 200))
    if not words:
        return None
    # NP VERB
    for k in range(1, min(len(words), 8)):
        w, ws_, we_ = words[k]
        if is_verb(w) and w.islower():
            np_words = words[:k]
            if k >= 2 and fold_word(np_words[-1][0]).endswith("ly") and np_words[-1][0].islower():
                np_words = np_words[:-1]
            if (
                np_words
                and np_ok([x for x, _, _ in np_words])
                and t[q.end : np_words[0][1]].strip(" ,—–-") == ""
            ):
                if w.lower() in NONSPEECH:
                    return None
                c = Candidate(
                    q.start, q.end, w, ws_, we_, np_words[0][1], np_words[-1][2], 3, role="post"
                )
                extend_split_quote(doc, c, we_)
                return c
            break
        if t[ws_ - 1 : ws_] in "(" or w[0] in "(":
            break
    # VERB NP
    w, ws_, we_ = words[0]
    if is_verb(w) and w.islower() and w.lower() not in NONSPEECH and len(words) > 1:
        np: list[tuple[str, int, int]] = []
        for x in words[1:6]:
            if x[0][0].isupper() or (not np and x[0].lower() in ("the", "a", "he", "she")):
                np.append(x)
            else:
                break
        if np and np_ok([x for x, _, _ in np]):
            sp_e = np[-1][2]
            last = np[-1][0]
            if last.endswith(".") and len(last) > 3 and last[-2].islower():
                sp_e -= 1  # "said Thomas R. Nides.": the sentence's period, not an initial
            return Candidate(q.start, q.end, w, ws_, we_, np[0][1], sp_e, 3, role="post")
    return None
