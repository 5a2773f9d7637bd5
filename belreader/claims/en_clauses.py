"""English clause rules shared by the claim shapes, read in the document around a cue:
the subject of a clause, objects and adverbials after a cue, the end of an attribution,
a quote next to a cue.

Words are (text, start, end) triples from ``words_with_pos``; ``doc`` is the
``Document`` being read.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .document import Document
from .en_bare_clause import is_verb, verb_anchor
from .en_content_tail import named_clause_after_comma
from .en_function_words import LY_NOUNS
from .en_lexicon import (
    ADV_PREPS,
    ADVERBS,
    ALL_CUES,
    AUX,
    CAP_STOP,
    CONJ,
    DETS,
    EVIDENCE_NOUNS,
    FRONT,
    IRREGULAR_PAST,
    NP_STOP,
    OBJ_WORDS,
    PARTICIPLE_TAIL,
    PREPS,
    PRONOUNS,
    SUBORD,
)
from .en_phrases import (
    WORD_RE,
    determined_np,
    np_ok,
    words_with_pos,
)
from .text import fold_word, skip_space

_DASH_WHICH = re.compile(r"\s(?:--|—|–|―|-)\s*which\s")
# the last clause punctuation of a span (greedy ".*" backtracks from its end, in C): a
# comma, colon, dash, parenthesis, quote mark, line break, " -", "''" or a straight single
# quote after punctuation ("'...,' she said": no apostrophe follows punctuation)
# (a comma right before a digit separates thousands: "50,000 people said")
LAST_CLAUSE_MARK = re.compile(
    r"(?s:.*)(?:,(?!\d)|[;:—–―()“”\"«»„\n]|(?<= )-|(?<=')'|(?<=[.,!?…])')"
)


# a dateline opening a story: a place in capitals, maybe a date and an agency, a dash
# and a capital ("NATO — the alliance — said" is a subject with an aside)
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+)*(?:, [A-Z][\w.]*\.? ?\d{0,2}|, \d{1,2} [A-Z][a-z]+)?"
    r"(?: \([A-Za-z ]{1,30}\))?"
    # "Vilnius (AFP) - ": a place in title case, then the agency in brackets
    r"|[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2} \([A-Z][A-Za-z]{1,12}\))"
    r"(?: ?[—–] ?| --? )(?=[A-Z“\"])"
)


_SELF = frozenset(("himself", "herself", "itself", "themselves"))


def clause_subject(doc: Document, s: int, limit: int):
    """The subject of the clause starting at s (after a fronted phrase with a comma
    and before an appositive between commas or dashes) when a verb follows it
    before ``limit``: (np_start, np_end, verb_start) or None. "On Monday, the
    European leaders, meeting in Brussels, backed ..." -> "the European leaders"."""
    t = doc.t
    m = DATELINE.match(t, s)
    if m is not None and m.end() < limit:
        s = m.end()  # "MINSK, Dec. 8 (Reuters) — ...": the place is no subject
    words = words_with_pos(t, s, min(limit, s + 400))
    n = len(words)
    i = 0
    while i < n and words[i][0].lower() in ("and", "but", "so", "yet"):
        i += 1
    if i < n:
        lw0 = words[i][0].lower()
        if (
            lw0 in FRONT
            or lw0 in SUBORD
            or lw0 in PREPS
            or lw0
            in (
                "according",
                "like",
                "unlike",
                "despite",
                "amid",
                "without",
                "however",
                "meanwhile",
                "still",
                "instead",
                "also",
            )
            or (lw0.endswith("ing") and words[i][0][0].isupper())
            or (lw0 == "other" and i + 1 < n and words[i + 1][0] == "than")
        ):
            for k in range(i, min(n, i + 15)):
                if t[words[k][2] : words[k][2] + 1] == ",":
                    i = k + 1
                    break
            else:
                return None
    np_end_k = -1
    k = i
    while k < n and k - i < 8:
        w = words[k][0]
        lw = fold_word(w)
        if k > i and w.islower() and verb_anchor(words, k):
            np_end_k = k
            break
        if k > i and w.islower() and (lw in ADVERBS or (lw.endswith("ly") and len(lw) > 4)):
            k += 1  # "He also expressed ...": an adverb before the verb
            continue
        if k > i and lw in _SELF:
            k += 1  # "Mr Lukashenko himself says ...": an intensifier before the verb
            continue
        we_ = words[k][2]
        if t[we_ : we_ + 1] == ")":
            we_ += 1  # "Roy Cooper (D), ..."
        nxt = t[we_ : we_ + 1]
        if nxt == "," or t[words[k][2] : words[k][2] + 3] in (" --", " —", " –"):
            # "NAME, APPOSITIVE, VERB" / "NAME -- APPOSITIVE -- VERB"
            if k + 1 >= n:
                return None
            a0 = fold_word(words[k + 1][0])
            if not (
                a0 in DETS
                or a0 in ("who", "whose", "like", "a", "an", "of")  # ", of the ECR group,"
                or words[k + 1][0][0].isupper()
                or a0[:1].isdigit()
                or (a0.endswith("ing") and len(a0) > 5)
                or (a0.endswith("ed") and k + 2 < n and fold_word(words[k + 2][0]) == "by")
            ):  # (", quoted by the daily Rzeczpospolita,")
                return None
            closer = "," if nxt == "," else t[words[k][2] + 1 : words[k][2] + 3].strip()
            ce_ = t.find(closer, words[k + 1][1], min(limit, words[k + 1][1] + 250))
            if ce_ < 0:
                return None
            j = k + 1
            while j < n and words[j][1] < ce_:
                j += 1
            while j < n and (
                fold_word(words[j][0]) in ADVERBS
                or (words[j][0].islower() and words[j][0].endswith("ly"))
            ):
                j += 1
            if (
                j < n
                and words[j][0].islower()
                and (verb_anchor(words, j) or fold_word(words[j][0]) in ALL_CUES)
            ):
                np_end_k = k + 1
                np = words[i : k + 1]
                while len(np) > 1 and t[np[-1][1] - 1] == "(":
                    np = np[:-1]  # "Roy Cooper (D)"
                if np_ok([x for x, _, _ in np]):
                    return np[0][1], np[-1][2], words[j][1]
            return None
        if lw in NP_STOP and lw not in PRONOUNS:
            return None
        k += 1
    if np_end_k <= i:
        return None
    np = words[i:np_end_k]
    while (
        np
        and np[-1][0].islower()
        and np[-1][0] not in LY_NOUNS
        and (np[-1][0].endswith("ly") or fold_word(np[-1][0]) in ADVERBS | _SELF)
    ):
        np = np[:-1]
    if not np or not (np_ok([x for x, _, _ in np]) or determined_np(np)):
        return None  # ("The New York businessman has praised ...": a noun with its article)
    if np[0][0].islower() and fold_word(np[0][0]) not in DETS and np[0][0] not in PRONOUNS:
        return None
    return np[0][1], np[-1][2], words[np_end_k][1]


def lead_subject(doc: Document, us: int, b: int):
    """The noun phrase opening the unit when an appositive (comma, dash or
    parenthesis) follows it right away: (start, end) or None."""
    t = doc.t
    words = words_with_pos(t, us, min(b, us + 120))
    if words and words[0][0] in ("And", "But"):
        words = words[1:]
    for k in range(min(7, len(words))):
        e = words[k][2]
        nxt = t[e : e + 3]
        if nxt[:1] in ",(—–―" or nxt in (" --", " - ") or nxt[:2] in (" (", " —", " –", " ―"):
            np = words[: k + 1]
            first = np[0][0]
            if not (first[0].isupper() and (first not in CAP_STOP or first in ("The", "A", "An"))):
                return None
            if (
                np_ok([w for w, _, _ in np])
                and fold_word(np[-1][0]) not in PRONOUNS
                and not _verb_inside(np)
            ):
                return np[0][1], np[-1][2]
            return None
        if t[e : words[k + 1][1]].strip() if k + 1 < len(words) else True:
            return None
    return None


def _verb_inside(np: list[tuple[str, int, int]]) -> bool:
    """Does a past tense with its complement stand inside ``np`` ("Norway's federation
    voted against readmitting them"): a clause, no noun phrase?"""
    for (w, _, _), (nxt, _, _) in pairwise(np[1:]):
        low = fold_word(nxt)
        if (
            w.islower()
            and (w.endswith("ed") or w in IRREGULAR_PAST)
            and nxt.islower()
            and (
                low in PREPS
                or low in ADV_PREPS
                or low in DETS
                or low in ("against", "to")
                or low.endswith("ing")
            )
        ):
            return True
    return False


def skip_object(doc: Document, i: int, ue: int) -> int:
    """After "told": the end of a short object ("reporters", "the BBC", "state
    television", "USA TODAY's weekly series"), else i."""
    t = doc.t
    p = i
    n = 0
    det = False
    while n < 7:
        m = WORD_RE.match(t, skip_space(t, p, ue))
        if not m or m.start() >= ue:
            break
        w = m.group().rstrip(".")
        if not w:
            break
        lw = w.lower()
        if n == 0 and lw in OBJ_WORDS:
            return m.start() + len(w)
        if lw in ("the", "a", "an", "his", "her", "their", "its", "our", "state"):
            if n > 0:
                break  # a new noun phrase: "told state television the talks ..."
            det = True
        elif (
            lw in NP_STOP
            or lw in ADV_PREPS
            or lw in ("that", "as", "while", "when", "whilst")
            or lw in ALL_CUES
            or not (w[0].isupper() or det or lw.endswith(("’s", "'s")))
        ):
            break
        if lw.endswith(("’s", "'s")):
            det = True
        p = m.start() + len(w)
        n += 1
        if p < ue and t[p] in ",.;:":
            break
    return p if n else i


def unit_subject(doc: Document, us: int, ue: int):
    """The subject at the start of a unit when it is a name or he/she followed by a
    verb ("Trump was similarly defensive ..."): (start, end) or None."""
    subj = words_with_pos(doc.t, us, min(ue, us + 80))
    k = 0
    while k < len(subj) and k < 4 and subj[k][0][0].isupper() and subj[k][0] not in CAP_STOP:
        k += 1
    if k == 0 and subj and subj[0][0].lower() in ("he", "she"):
        k = 1
    v = k
    if v < len(subj) and subj[v][0].islower() and subj[v][0].endswith("ly"):
        v += 1
    if (
        k > 0
        and v < len(subj)
        and (is_verb(subj[v][0]) or subj[k][0].lower() in ("was", "is", "has", "had"))
        and np_ok([w for w, _, _ in subj[:k]])
    ):
        return subj[0][1], subj[k - 1][2]
    return None


def quote_after(doc: Document, i: int, ue: int):
    """A closed quote that starts at i (after optional ":" / ",") and ends the unit."""
    t = doc.t
    p = skip_space(t, i, ue)
    marked = p < ue and t[p] in ":,"
    if marked:
        p = skip_space(t, p + 1, ue)
    if p >= ue:
        return None
    q = doc.quote_starting(p)
    if q is None:
        return None
    if (not marked and names_a_work(t, p)) or title_of_a_work(t, q.start, q.end):
        return None
    tail = t[q.end : ue].strip()
    if tail and any(ch.isalnum() for ch in tail):
        return None
    return q


def names_a_work(t: str, p: int) -> bool:
    """Does the quote at p follow a possessive or a preposition with no comma or colon:
    the name of a show or a paper ("said on NBC's “Meet the Press.”", "wrote in “The
    Nation”"), not the words said?"""
    before = t[max(0, p - 30) : p].split()
    if not before:
        return False
    last = before[-1]
    return last.endswith(("'s", "’s")) or last.lower() in PREPS


def title_like(quote: str) -> bool:
    """Is every word of the quote capitalised, bar the small joining words: the title
    of a show, an ad or a book ("told “Fox and Friends,” ..."), not a reported sentence?"""
    if quote.rstrip("\"”’', ")[-1:] in "!?":
        return False  # "What a Super Tuesday!": an exclamation
    words = [w for w in quote.split() if any(c.isalpha() for c in w)]
    return all(
        w.lstrip("\"“‘'([")[:1].isupper()
        or w.lower() in CONJ
        or w.lower() in PREPS
        or w.lower() in DETS
        for w in words
    )


# books, papers and shows, whose names follow them in quotes: "in his memoir, “X.”"
WORK_NOUNS = frozenset(
    "book memoir memoirs column op-ed essay article novel autobiography film movie "
    "documentary show program programme podcast album song newsletter".split()
)


def title_of_a_work(t: str, qs: int, qe: int) -> bool:
    """Is the title-like quote t[qs:qe] the name of the book, column or show named
    just before it ("she wrote in her memoir, “Tough Choices.”")?"""
    before = t[max(0, qs - 40) : qs].rstrip(" ,:").split()
    return bool(before) and fold_word(before[-1]) in WORK_NOUNS and title_like(t[qs:qe])


# a time adverbial at the end of a speaker phrase: "Gov. Mike Pence on Thursday",
# "The White House on Monday", "the board late last week"
_TIME_TAIL = re.compile(
    r"(?<=[\w.)])\s+(?:(?:on|late|early|earlier)\s+)?"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this)\s+(?:week|month|year|weekend))$"
)


def speaker_without_time(t: str, s: int, e: int) -> int:
    """The end of the speaker phrase t[s:e] without a time adverbial the verb took
    ("Donald Trump on Thursday" -> "Donald Trump"); a participle keeps its time ("a poll
    released on Thursday", "a survey taken last week"); nor an adverbial of time that
    leaves a preposition behind ("The Spanish Football Federation at first declined")."""
    if (m := _DANGLING.search(t, s, e)) is not None and m.start() > s:
        return m.start()
    if t[max(s, e - 3) : e] not in ("day", "eek", "nth", "ear", "end"):
        return e  # a fast test: no weekday, week, month, year or weekend at the end
    m = _TIME_TAIL.search(t, s, e)
    if m is None or m.start() == s:
        return e
    before = t[s : m.start()].split()
    if not before or (before[-1].endswith(("ed", "en")) and before[-1].islower()):
        return e
    return m.start()


_DANGLING = re.compile(r"\s+(?:at\s+first|at\s+last|at\s+once|in\s+turn|at|in|on|of)$")


def _prepositional_asides(t: str, i: int, k: int) -> bool:
    """Whether a longer attribution t[i:k] is short phrases whose later ones each open
    with a preposition ("said on state TV on Monday, in reference to the sanctions,
    “...”"): no room there for a clause of content."""
    chunks = [c.split() for c in t[i:k].split(",")]
    return (
        2 <= len(chunks) <= 3
        and sum(map(len, chunks)) <= 16
        and all(0 < len(c) <= 10 for c in chunks)
        and all(fold_word(c[0]) in ADV_PREPS for c in chunks[1:])
    )


def quote_after_words(doc: Document, i: int, ue: int):
    """A closed quote that ends the unit after a few words of attribution and a comma
    or colon: "acknowledged, however, “...”", "told the Washington Post in a written
    statement, “...”", "also stated a day earlier, “...”". None when the words hold a
    "that", another cue or a quote mark (the quote is then someone else's, or mixed)."""
    t = doc.t
    qs = doc.quotes_in(i, ue)
    if not qs:
        return None
    q = qs[0]
    if not q.closed or q.start - i > 90:
        return None
    k = q.start - 1
    while k > i and t[k] == " ":
        k -= 1
    if k <= i or t[k] not in ",:":
        return None
    words = words_with_pos(t, i, k)
    if (
        not words
        or (len(words) > 10 and not _prepositional_asides(t, i, k))
        or any(ch in t[i:k] for ch in '“”"«»„;()—–―')
        or " - " in t[i:k]
    ):
        return None
    if t[max(0, i - 6) : i].split()[-1:] in (["told"], ["tells"]):
        # "told the mayors who gathered in Vilnius, “...”": the people told, with a
        # relative clause of their own, are no other speaker
        who = next((j for j, (w, _, _) in enumerate(words[:4]) if w == "who"), -1)
        if who > 0 and all(fold_word(w) in DETS or w.isalpha() for w, _, _ in words[:who]):
            words = words[:who]
    prev = ""
    for w, _, _ in words:
        lw = fold_word(w)
        if (
            lw in ("that", "whether", "if", "who", "which", "but", "and", "as")
            or (lw in ALL_CUES and not (lw.isalpha() and lw + "s" in ALL_CUES))
            or lw in SUBORD
            or lw in PRONOUNS
            or (lw.endswith("ed") and prev not in DETS)
        ):
            # another clause: "X said as the heckler yelled: “...”", "X reported, his
            # wife whispered: “...”" ("in a prepared statement" is no verb)
            return None
        prev = lw
    if named_clause_after_comma(t, i, k) >= 0:
        # "criticized Poland, Tsikhanouskaya shot back, “...”": another clause, whose
        # speaker the quote is
        return None
    tail = t[q.end : ue].strip()
    if tail and any(ch.isalnum() for ch in tail):
        return None
    if title_of_a_work(t, q.start, q.end):
        return None
    return q


def quote_left(doc: Document, b: int, us: int) -> bool:
    """Is the text before the boundary b a quote that starts the unit?"""
    t = doc.t
    e = b + 1 if t[b] in "”\"»'" else b
    while e > us and t[e - 1] in " ,":
        e -= 1
    q = doc.quote_at(e - 1) if e > us else None
    return bool(q and q.closed and q.end == e and t[us : q.start].strip() == "")


def is_tail(doc: Document, i: int, ue: int) -> bool:
    """Is t[i:ue] only the end of an attribution (punctuation, ", adding ...",
    "according to ...", ", who ...")?"""
    t = doc.t
    r = t[i:ue].strip()
    if not r or all(not c.isalnum() for c in r):
        return True
    if r[0] == "(":
        return True
    if r[0] in ",;—–―" or r.startswith(("- ", "-- ")):  # (a spaced hyphen is a dash)
        nxt = r[1:].lstrip(" -")
        if not nxt:
            return True
        w = nxt.split()[0].lower().strip(",.")
        return w in PARTICIPLE_TAIL or w.endswith("ing") or WRITERS_ASIDE.match(nxt) is not None
    # "said as he received the credentials", "said while visiting a plant", "told them
    # when asked about it": a clause of the time the words were said
    # (not when a quote follows: "At day's end, Clinton said as he introduced his wife,
    # “...”" has its content there)
    return r.lower().startswith("according to") or (
        _TIME_CLAUSE.match(r) is not None and not any(ch in r for ch in '“"«„')
    )


_TIME_CLAUSE = re.compile(
    r"(?:as|while|whilst|when|before|after|upon|on)\s+(?:he|she|they|we|[a-z]+ing|asked)\b"
)


# the writer's words after the attribution's comma: the time of the event ("two days
# after the vote"), a note on the statement ("a debate that will come to a head ...")
WRITERS_ASIDE = re.compile(
    r"(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|hours?|months?|years?)"
    r"\s+(?:after|before|later|earlier)\b|(?:a|an)\s+[a-z]+\s+(?:that|which)\s"
)


def evidence_source(doc: Document, s: int, e: int) -> bool:
    """Is the speaker phrase a study / poll / report (whose "found X" is a claim)?"""
    words = [fold_word(w) for w in doc.t[s:e].split()]
    head = words
    for i in range(1, len(words)):
        if words[i] in PREPS:
            head = words[:i]
            break
    return bool(head) and head[-1] in EVIDENCE_NOUNS


def dash_which(doc: Document, s: int, e: int) -> int:
    """ "A question gets a long answer - which it often is, he said.": the claim is
    the relative clause after the dash, the rest is narration."""
    t = doc.t
    m = _DASH_WHICH.search(t, s, e)
    if m is None or doc.quote_at(m.start()) is not None:
        return s
    return m.end() - 6  # the match ends with "which" and one space


def clause_before_conjunction(words: list[tuple[str, int, int]]) -> bool:
    """ "Talks took place and the defender (said)": the words before the chunk's last
    "and" or "but" hold a verb of their own, so the words after it are a new clause's
    subject; "Tusk and Nauseda (said)", "The president and his wife" hold none."""
    lows = [fold_word(w) for w, _, _ in words]
    k = max((i for i, lw in enumerate(lows) if lw in ("and", "but")), default=-1)
    if k < 2 or k >= len(lows) - 1:
        return False
    return any(
        lw in IRREGULAR_PAST
        or lw in AUX
        or (words[i][0].islower() and lw.endswith("ed") and len(lw) > 4)
        for i, lw in enumerate(lows[:k])
    )
