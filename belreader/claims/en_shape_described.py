"""Verbs of describing with a quoted fragment: "X called Y a “champion”", "X described Y as
“a disgrace”" (mixed claims)."""

from __future__ import annotations

import re
from bisect import bisect_right

from .document import MAX_UNIT, Document
from .en_clauses import clause_subject, lead_subject, unit_subject
from .en_content_occasion import OCCASION
from .en_cues import DESCRIBE_RE
from .en_lexicon import ADVERBS, CAP_STOP, CONJ, DESCRIBE, FRONT
from .en_not_claims import names_in_quotes
from .en_participle_speaker import ACCOUNT_OPENERS, attribution_speaker
from .en_phrases import (
    fronted_subject,
    naming,
    np_ok,
    words_with_pos,
)
from .model import Candidate
from .text import fold_word, trim

# the words between two quoted fragments of one description: " and a ", ", ", " or "
JOINED_QUOTE = re.compile(r",?\s+(?:and|or)\s+(?:(?:a|an|the|as|even)\s+){0,2}|,\s+")


# a longer rest of the phrase after the quoted words, opened by a preposition or a
# conjunction that ties it to them: "called her record a “blueprint” for how she would
# create jobs", "called the town “a mistake” because so few people live there"
PHRASE_TAIL = re.compile(
    r",?\s+(?:for|because|than|about|over|amid|amidst|who|who’s|who's|that|when|in|on|with|to|"
    r"and (?:someone|a|an|the))\s"
)
TAIL_STOP = ",.;:!?—–()"


def phrase_tail_end(doc: Document, i: int, ue: int) -> int:
    """The end of the rest of a description (PHRASE_TAIL) that starts at ``i``: the
    next clause punctuation outside quotes, at most 160 characters on; -1 when the
    phrase runs on past that or into the next clause."""
    t = doc.t
    m = PHRASE_TAIL.match(t, i)
    if m is None:
        return -1
    j = m.end()
    limit = min(ue, i + 160)
    while j < limit:
        q = doc.quote_starting(j)
        if q is not None:
            if not q.closed or q.end > ue:
                return -1
            j = q.end  # 'who’s acting “as if he is a king, as if he is a dictator.”'
            if t[j - 2 : j - 1] in (",", "."):
                return j  # “too pro-gay,” Pastor X …: the sentence's comma in the marks
            continue
        if t[j] in TAIL_STOP:
            return j if t[j] in ",.;" else -1
        j += 1
    if j >= ue:
        return ue
    return j if t[j - 1] in "”\"'’" and doc.quote_at(j - 1) is not None else -1


def described(doc: Document) -> list[Candidate]:
    """``X called Y a “champion”`` / ``X described Y as “a disgrace”``: a quoted
    fragment after a verb of describing or judging (a mixed claim)."""
    t = doc.t
    out = []
    for q in doc.quotes:
        if not q.closed or q.end - q.start > 400:
            continue
        k = doc.unit_index(q.start)
        if k < 0:
            continue
        us, ue = doc.units[k]
        if q.start <= us or ue - us > MAX_UNIT:
            continue
        if not DESCRIBE_RE.search(t, max(us, q.start - 120), q.start):
            continue
        words = words_with_pos(t, max(us, q.start - 120), q.start)
        for i in range(len(words) - 1, max(-1, len(words) - 14), -1):
            w = words[i][0]
            if w.lower() in DESCRIBE and w.islower():
                break
            if any(
                ch in t[words[i][2] : words[i + 1][1] if i + 1 < len(words) else q.start]
                for ch in ".;:!?—–"
            ):
                i = -1
                break
        else:
            continue
        if i < 0:
            continue
        vw, vs, ve = words[i]
        if (
            len(words) - i - 1 > 12
            or t[vs - 1 : vs] == "-"
            or names_in_quotes(t, ve, ue, vw)
            or naming(t, vs, ve)  # "a former engineer called Leanid, says ... “...”"
        ):
            continue  # "a group called “The Local”": a name, nobody describing
        if i + 1 < len(words) and words[i + 1][0].lower() in ACCOUNT_OPENERS:
            continue  # "describing how her team sews “winter boots”": an account
        sp = speaker_before_verb(doc, us, vs, vw)
        if sp is None:
            continue
        s0, e0 = trim(t, ve, q.end)
        if e0 - s0 < 4:
            continue
        if t[ve : q.start].rstrip().endswith(","):
            # "called them in an article last week, “...”": the quote alone
            s0 = q.start
        # "called it a “new low” and a “bizarre attempt”": the phrase runs on through
        # further quoted words joined to the first by a few plain ones
        last = q
        n = bisect_right(doc.q_starts, last.end)
        while n < len(doc.quotes) and doc.quotes[n].start < ue and doc.quotes[n].closed:
            link = t[last.end : doc.quotes[n].start]
            if not JOINED_QUOTE.fullmatch(link) or doc.quotes[n].end - q.start > 400:
                break
            last = doc.quotes[n]
            e0 = last.end
            n += 1
        # "called Clinton a “champion” for its constituency": the rest of the phrase
        m = re.compile(r"[^,.;:!?—–“”\"()]{1,60}").match(t, last.end)
        if OCCASION.match(t, last.end):
            pass  # "called the KKK “abhorrent” in a tweet on Sunday": the occasion
        elif m and m.end() < ue and t[m.end()] in ",.;" and 0 < len(m.group().split()) <= 5:
            e0 = m.end()
        else:
            pe = phrase_tail_end(doc, last.end, ue)
            if pe > last.end:
                e0 = pe
                q2 = doc.quote_at(e0)
                if q2 is not None and q2.start < e0 and q2.closed and q2.end <= ue:
                    e0 = q2.end  # 'who "saved the company,"': the quoted words close
        out.append(Candidate(s0, e0, vw, vs, ve, sp[0], sp[1], 4, role="desc"))
    out.extend(relative_described(doc))
    return out


# "what Newt Gingrich called “the loudest election”", "the marchers, whom he described
# as “peaceful”", "a summit that Lukashenko called “…”": a relative pronoun, the
# speaker, a verb of describing, then the quote
RELATIVE_DESCRIBED = re.compile(
    r"\b(?:[Ww]hat|whom|which|who|that)\s+((?:[\w’'.-]+\s+){1,5}?)"
    r"(called|calls|call|described|describes|describe|termed|terms|dubbed|dubs|labeled|"
    r"labelled|labels|branded|brands)\s+(?:as\s+)?\Z"
)


# a verb of describing right before a quote: where relative_described looks back
DESCRIBED_QUOTE = re.compile(
    r"\b(?:called|calls|call|described|describes|describe|termed|terms|dubbed|dubs|labeled|"
    r"labelled|labels|branded|brands)\s+(?:as\s+)?\Z"
)


def relative_described(doc: Document) -> list[Candidate]:
    """``what X called “...”`` / ``whom X described as “...”``: the claim runs from the
    relative pronoun to the end of the quote (the speaker's words and the verb lie
    inside it, as in the annotated news corpora). Only the words before a quote that
    follows a verb of describing are read."""
    t = doc.t
    out = []
    # the text before each quote, not a scan of the whole text: an article holds few
    # quotes, and the scan was a third of this shape's cost
    for q in doc.quotes:
        if not q.closed or q.end - q.start > 400:
            continue
        if DESCRIBED_QUOTE.search(t, max(0, q.start - 24), q.start) is None:
            continue
        m = RELATIVE_DESCRIBED.search(t, max(0, q.start - 90), q.start)
        if m is None:
            continue
        k = doc.unit_index(m.start())
        if k < 0 or q.end > doc.units[k][1] + 1:
            continue
        np = words_with_pos(t, m.start(1), m.end(1))
        if not np or not np_ok([w for w, _, _ in np]) or np[0][0].lower() in ("we", "i", "you"):
            continue  # "what we call “infrastructure”": the writer's own usage
        if any(w.lower() in ("is", "was", "are", "were", "has", "have", "had") for w, _, _ in np):
            continue
        out.append(
            Candidate(
                m.start(),
                q.end,
                m.group(2),
                m.start(2),
                m.end(2),
                np[0][1],
                np[-1][2],
                4,
                role="desc",
            )
        )
    return out


_ONE_CLAUSE = re.compile(r"[,;:()“”\"—–]|\b(?:that|who|whom|which|whose|when|while|as|if)\b", re.I)


def speaker_before_verb(doc: Document, us: int, vs: int, vw: str) -> tuple[int, int] | None:
    """The one who describes with the verb ``vw`` at ``vs`` in the unit starting at
    ``us``: the noun phrase right before it, else the subject opening the sentence
    ("Stuart Stevens, who served as …, called …", "Trump attacked Obama, calling him
    …"); None when there is none."""
    t = doc.t
    left = words_with_pos(t, max(us, vs - 150), vs)
    j = len(left)
    while (
        j > 0
        and left[j - 1][0].islower()
        and (left[j - 1][0].endswith("ly") or (left[j - 1][0] in ADVERBS))
    ):
        j -= 1
    np: list[tuple[str, int, int]] = []
    while j > 0 and len(np) < 8:
        w, a, e = left[j - 1]
        if any(ch in t[e : (np[0][1] if np else vs)] for ch in ',;:()“”"—–'):
            break
        np.insert(0, left[j - 1])
        j -= 1
    while np and np[0][0].lower() in CONJ:
        np = np[1:]
    sp = None
    if np and np[-1][0].lower() in ("and", "but"):
        # "Lukashenko knocked Tsikhanouskaya on sanctions and called her ...": the verb
        # shares the subject opening the sentence, not the object before "and"; after a
        # comma, a quote or a clause of its own ("She noted that Sanders has criticized
        # ... and called ...") the verb's subject may be another, and none is given
        if _ONE_CLAUSE.search(t, us, np[-1][1]) is not None:
            return None
        return unit_subject(doc, us, np[-1][1])
    if len(np) >= 3 and np[0][0].lower() in FRONT and not np_ok([w for w, _, _ in np]):
        # "In an interview with RT he blasted ..."
        np = fronted_subject(np) or np
    if np and np_ok([w for w, _, _ in np]):
        sp = (np[0][1], np[-1][2])
    elif (
        np
        and np[-1][0].lower() in ("what", "who")
        and len(np) >= 2
        and np_ok([w for w, _, _ in np[-1:]] if False else [np[-1][0]])
    ):
        sp = None
    if sp is None and (not np or fold_word(np[-1][0]) == "who"):
        # "Stuart Stevens, who served as …, called …", "Obama, who called …",
        # "Trump attacked Obama, calling him …": the subject opening the sentence
        if vw.lower().endswith("ing"):
            sp = attribution_speaker(doc, us, vs)
            if sp is None:
                cs_ = clause_subject(doc, us, vs)
                # (never a word of a quote: "“Nobody …,” X said, calling …")
                sp = cs_[:2] if cs_ is not None and doc.quote_at(cs_[0]) is None else None
        elif np:
            # the name right before ", who": its capitalised words
            c = t.rfind(",", us, np[-1][1])
            run: list[tuple[str, int, int]] = []
            for w in reversed(words_with_pos(t, max(us, c - 80), c) if c > us else []):
                if not w[0][:1].isupper() or w[0] in CAP_STOP:
                    break
                run.insert(0, w)
            if run and np_ok([w for w, _, _ in run]):
                sp = (run[0][1], run[-1][2])
        else:
            sp = lead_subject(doc, us, vs)
        if sp is not None and fold_word(t[sp[0] : sp[1]]).endswith("ly"):
            sp = None  # "Domestically, …": an adverb, no speaker
    return sp
