"""Selection and merging: the best of overlapping candidates wins, and a quote that
continues a claim (the next sentence, the next paragraphs, after one sentence of
narration about the speaker) joins it. Language-neutral."""

from __future__ import annotations

import re
from bisect import bisect_right

from .document import Document
from .model import Candidate, Span
from .quotes import MAX_QUOTE, OPEN_QUOTES
from .text import fold_word, trim


def select(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Best candidates first; a candidate overlapping a chosen claim is dropped (or,
    when it starts before it, cut short). Linear-ish: chosen claims are kept sorted
    by start and only neighbours within the longest claim length are compared."""
    cands.sort(key=lambda c: (c.prio, c.start))
    chosen: list[Candidate] = []
    starts: list[int] = []
    longest = 0
    t = doc.t
    own: set[int] = set()  # chosen claims of "I" inside a turn chosen after them
    for c in cands:
        if c.end <= c.start:
            continue
        ok = True
        lo = bisect_right(starts, c.start - longest - 1)
        hi = bisect_right(starts, c.end)
        for o in chosen[lo:hi]:
            ov = min(o.end, c.end) - max(o.start, c.start)
            if ov <= 0:
                continue
            if o.holds_claims and o.start <= c.start and c.end <= o.end and not _own(t, o, c):
                continue  # a claim inside an interview answer: both are claims
            if c.holds_claims and c.start <= o.start and o.end <= c.end:
                if _own(t, c, o):
                    own.add(id(o))
                continue
            if c.start < o.start and c.cue_end <= o.start and c.role in ("pre",):
                # "called on X to ... -- meddling he said is ..." : keep the part before
                # it, and before its cue ("rejected the comment, telling the BBC that
                # A": the rejected claim ends at "telling")
                cut = min(
                    (x for x in (o.cue_start, o.sp_start) if c.start < x < o.start),
                    default=o.start,
                )
                ns, ne = trim(t, c.start, cut)
                while ne > ns and t[ne - 1] in "-—– ":
                    ne -= 1
                ne = _without_dangling_link(t, ns, ne)
                # two words do when the cut falls before the next claim's own words
                # ("rejected the report, telling ...")
                least = 3 if cut == o.start else 2
                if len(t[ns:ne].split()) >= least and (c.gap is None or c.gap.end <= ne):
                    c.end = ne
                    continue
            if ov >= 0.3 * min(o.end - o.start, c.end - c.start):
                ok = False
                break
        if ok and c.end > c.start:
            k = bisect_right(starts, c.start)
            starts.insert(k, c.start)
            chosen.insert(k, c)
            longest = max(longest, c.end - c.start)
    return [c for c in chosen if id(c) not in own] if own else chosen


def _own(t: str, turn: Candidate, inner: Candidate) -> bool:
    """Is ``inner`` the turn's speaker speaking of themselves inside an English
    transcript turn or interview answer ("I would ask Europe to ...", "I tell them I
    believed ..."): the turn's words already, no second claim of "I"?"""
    words = t[inner.sp_start : inner.sp_end].split()
    return turn.cue in (":", "A:", "Q&A") and bool(words) and fold_word(words[0]) in _FIRST_PERSON


_FIRST_PERSON = frozenset(["i", "we", "я", "мы"])  # ("я бы тоже сказала, что ...")


# words that cannot end a claim cut short before the next claim's speaker: "the
# approach, and | X said", "the document, which | the Foreign Office says"
_DANGLING_LINKS = frozenset("and but which that when after as while because or".split())


def _without_dangling_link(t: str, s: int, e: int) -> int:
    """The end of t[s:e] without a trailing linking word and the comma before it."""
    words = t[s:e].rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in _DANGLING_LINKS:
        return trim(t, s, s + len(t[s:e].rstrip()) - len(words[1]))[1]
    return e


_DASH_THEN_CLAUSE = re.compile(r"\s(?:-|--|—|–|―)\s+(?:and|but)\s")
_CLOSE = frozenset("”\"»'")


def merge_continuations(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """A unit that is nothing but a quote, right after a claim in the same paragraph
    (or a quote continued into the next paragraphs), continues that claim."""
    if not chosen:
        return chosen
    t = doc.t
    taken = [(c.start, c.end) for c in chosen]  # sorted by start
    taken_starts = [x[0] for x in taken]
    # quotes a claim already took as its continuation, with where that claim ended
    # before: a later claim of the unit outside it leaves the quote to it
    joined: dict[int, int] = {}
    for i, c in enumerate(chosen):
        if c.role not in ("post", "pre", "paren", "dash"):
            continue
        if c.sp_start < 0 and c.speaker_override is None:
            continue  # no speaker whose words a following quote could continue
        k = doc.unit_index(max(c.end - 1, c.start))
        if k < 0:
            continue
        if _left_to_later(doc, chosen, i, k):
            continue
        para = doc.para_of(c.start)
        end0 = c.end
        n_merged = 0
        while k + 1 < len(doc.units) and n_merged < 6:
            ns, ne = doc.units[k + 1]
            if ns < c.end:
                k += 1
                continue
            if doc.para_of(ns) != para:
                break
            # only whitespace between the claim's unit and the next unit
            if t[doc.units[k][1] : ns].strip():
                break
            if doc.units[k][1] < c.end - 1 and t[c.end : doc.units[k][1]].strip(" .,"):
                break
            if n_merged == 0 and _DASH_THEN_CLAUSE.search(t, c.end, doc.units[k][1]):
                # "A - “B,” he said - and argued C. “D”": the aside closed, and the writer
                # went on with a clause of its own; the next quote is not B's
                break
            q = doc.quote_starting(ns)
            if (q is None or not q.closed) and n_merged == 0 and c.gap2 is None:
                # “...,” X said. He did not elaborate. “...” : one narration
                # sentence about the speaker between two quotes of the speaker
                q = _narration_skip(doc, c, k, para, taken_starts, taken)
                if q is not None:
                    c.gap2 = Span(ns, q.start)
                    c.end = q.end
                    k += 2
                    n_merged += 1
                    continue
                break
            if q is None or not q.closed or joined.get(q.start, c.start + 1) <= c.start:
                break
            tail = t[q.end : ne].strip()
            # “...” - the writer's aside after a dash: the quote still continues the
            # claim, and the aside ends it
            aside = tail[:1] in "-—–"
            if tail and any(ch.isalnum() for ch in tail) and not aside:
                # “A,” X said. “B,” which ... / “B” and other issues: the writer
                # goes on after a quote of some length that follows a quoted claim;
                # the quote still continues the claim, and the narration ends it
                if (
                    t[c.start] not in OPEN_QUOTES
                    or t[c.end - 1 : c.end] not in _CLOSE
                    or len(t[q.start : q.end].split()) < 4
                ):
                    break
                aside = True
            j = bisect_right(taken_starts, q.end) - 1
            if j >= 0 and taken[j][0] >= ns and taken[j] != (c.start, c.end):
                break  # another claim already lies in that quote
            c.end = q.end
            joined[q.start] = end0
            k += 1
            n_merged += 1
            if aside:
                break
    return chosen


def _left_to_later(doc: Document, chosen: list[Candidate], i: int, k: int) -> bool:
    """Whether a later claim of the unit ``k``, after claim ``i``, is the one that the
    quote after the unit continues: one that adds a statement ("“A,” he said, adding
    that B. “C.”"), or any one when claim ``i`` is no quote ("vowed to fight back,
    saying: “A. “B.”"). A claim that is a quote keeps it ("“A,” said X, who declined
    to B. “C.”"): the writer's note on its speaker comes between."""
    c = chosen[i]
    ue = doc.units[k][1]
    quoted = doc.t[c.start : c.start + 1] in OPEN_QUOTES
    for n in chosen[i + 1 : i + 4]:
        if n.start >= ue:
            break
        if n.start < c.end or n.role not in ("post", "pre", "paren", "dash"):
            continue
        if n.sp_start < 0 and n.speaker_override is None:
            continue
        if not quoted or n.cue.lower().startswith("add"):
            return True
    return False


def _narration_skip(doc: Document, c: Candidate, k: int, para, taken_starts, taken):
    """The quote unit after one short narration unit (k + 1) when the claim ``c``
    ends with a quote and the narration is about the same speaker: its first word is
    he / she / they or the speaker's surname, it has no quote and no claim."""
    t = doc.t
    if k + 2 >= len(doc.units) or t[c.end - 1 : c.end] not in "”\"»'" or c.sp_start < 0:
        return None
    ns, ne = doc.units[k + 1]
    n2s, n2e = doc.units[k + 2]
    if doc.para_of(n2s) != para or t[ne:n2s].strip():
        return None
    words = t[ns:ne].split()
    if not 2 <= len(words) <= 25 or doc.quotes_in(ns, ne):
        return None
    sp_words = [fold_word(w) for w in t[c.sp_start : c.sp_end].split()]
    first = fold_word(words[0])
    if not (
        first in ("he", "she", "they")
        or (sp_words and first == sp_words[-1] and words[0][:1].isupper())
    ):
        return None
    j = bisect_right(taken_starts, ne) - 1
    if j >= 0 and taken[j][0] >= ns:
        return None
    q = doc.quote_starting(n2s)
    if q is None or not q.closed or q.end - q.start > MAX_QUOTE:
        return None
    tail = t[q.end : n2e].strip()
    if tail and any(ch.isalnum() for ch in tail):
        return None
    j = bisect_right(taken_starts, q.start) - 1
    if j >= 0 and taken[j][0] == q.start:
        return None  # the quote is a claim of its own (“...?” Maddow repeated.)
    return q
