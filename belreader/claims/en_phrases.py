"""English word and noun-phrase rules shared by the claim shapes: the words of a span,
noun phrases that can speak, verbs and speech verbs, bare clauses. The rules that walk
a document around a cue are in ``en_clauses``.

Words are (text, start, end) triples from ``words_with_pos``; ``doc`` is the
``Document`` being read.
"""

from __future__ import annotations

import re

from .en_lexicon import (
    ALL_CUES,
    AUX,
    CAP_STOP,
    DESCRIBE,
    DETS,
    EVIDENCE_NOUNS,
    IRREGULAR_PAST,
    IRREGULAR_SPEECH,
    NONSPEECH,
    NP_STOP,
    OPENING_PREPS,
    PARTITIVE,
    PERSON_TITLES,
    PREPS,
    PRONOUNS,
    SPEAKER_NOUNS,
    TIME_WORDS,
)
from .text import fold_word

# a word: a run without spaces and clause punctuation (apostrophes inside are kept)
WORD_RE = re.compile(r"[^\s,;:()\[\]“”\"«»„']+(?:'+[^\s,;:()\[\]“”\"«»„']+)*")


def words_with_pos(text: str, s: int, e: int):
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text, s, e)]


def np_ok(words: list[str]) -> bool:
    """Does this run of words look like a speaker noun phrase?"""
    if not words or len(words) > 12:
        return False
    if len(words) == 1 and words[0].lower() in PRONOUNS | {"some", "many", "others", "it"}:
        return True  # "he said", "some note that", "others argue"
    lows = [fold_word(w) for w in words]
    if lows[0] in ("who", "which") or words[0] in OPENING_PREPS:
        return False
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and lows[0].endswith("ing")
        and words[1].islower()
        and lows[1] not in PREPS
        and lows[1] not in ("of", "by", "about")
    ):
        return False  # "Holding signs calling Christie a loser": a participle, no speaker
    if len(words) > 1 and (
        (words[0].islower() and lows[0].endswith("ed") and lows[1] in DETS)
        or (words[0][:1].isupper() and lows[0].endswith("ed") and lows[1] == "by")
        or lows[0] in ("known", "called", "dubbed", "named")
    ):
        return False  # "released a statement", "Reached by POLITICO", "known as ISIS"
    if any(
        w.islower() and lw.endswith("ed") and len(lw) > 4 and nxt in ("a", "an", "the")
        for w, lw, nxt in zip(words[1:], lows[1:], lows[2:])
    ):
        return False  # "the Council released a statement": a clause, not a noun phrase
    if poll_share(lows):
        return True  # "26 percent", "more than 4 in 10", "half of GOP primary voters"
    if len(words) >= 2 and lows[0] in ("some", "many", "most", "several") and np_ok(words[1:]):
        return True  # "Some Arizona officials"
    if len(words) > 2 and lows[1] == "of" and lows[0] in PARTITIVE:
        # "one of the family's attorneys", "some of his aides"
        return np_ok(words[2:])
    # head noun phrase: up to the first preposition (after the first word)
    head_end = len(words)
    for i in range(1, len(words)):
        if lows[i] in PREPS:
            head_end = i
            break
    head = words[:head_end]
    for i, (w, lw) in enumerate(zip(words, lows)):
        if lw in NP_STOP and not (
            i >= head_end and (lw in PREPS or lw in DETS) and lows[head_end] in PREPS
        ):
            return False  # (after the head: "Aides to Clinton", "sources close to her")
        if (
            lw in ALL_CUES
            and w.islower()
            and not (0 < i == head_end - 1 and (lw in SPEAKER_NOUNS or lw in EVIDENCE_NOUNS))
        ):
            return False  # "the report found": a noun that is also a cue, at the head
        if not (w[:1].isalpha() or any(c.isalpha() for c in w)) and not w.isdigit():
            return False
    last = head[-1]
    ll = fold_word(last)
    if last.startswith("@"):
        return True
    if ll in SPEAKER_NOUNS or ll.rstrip("s") in SPEAKER_NOUNS:
        return True
    if last[0].isupper() and last not in CAP_STOP:
        # a name: every word of the head must be capitalised or a determiner /
        # connector / adjective in lower case
        return True
    if (
        2 <= len(head) <= 5
        and last.islower()
        and ll.endswith("s")
        and len(ll) > 4
        and (not ll.endswith(("ss", "us", "is", "ous", "ness")))
    ):
        # people in the plural after a determiner, a possessive, a number or a name:
        # "Romney's associates", "some families", "Clinton advisers", "six in 10 voters"
        first = head[0]
        return (
            fold_word(first) in DETS
            or first.endswith(("’s", "'s"))
            or first[0].isdigit()
            or (first[0].isupper() and first not in CAP_STOP)
        )
    return False


# a share of the people polled: "26 percent", "more than 4 in 10", "two in three",
# "half of GOP primary voters", "a majority of Democrats", "nearly two-thirds"
_APPROX = ("some", "about", "around", "nearly", "almost", "roughly", "only", "just", "over")
_SHARE = re.compile(
    r"(?:\d[\d.,]*%?|\w+)(?: percent| per cent| in (?:\d+|ten|\w+))"
    r"|half|a third|a quarter|(?:two|three)-(?:thirds|quarters)|(?:a|the) majority"
)


def poll_share(lows: list[str]) -> bool:
    first = lows[0]
    if not (first[:1].isdigit() or first in _SHARE_START):
        return False  # a fast test: a share opens the phrase
    k = 0
    while k < len(lows) and lows[k] in _APPROX:
        k += 1
    if lows[k : k + 2] in (["more", "than"], ["fewer", "than"], ["less", "than"]):
        k += 2
    rest = lows[k:]
    if "of" in rest:
        i = rest.index("of")
        share, whom = rest[:i], rest[i + 1 :]
    else:
        share, whom = rest, []
    if not share or len(share) > 3 or len(whom) > 6 or not _SHARE.fullmatch(" ".join(share)):
        return False
    return not share[0].isalpha() or share[0] in _NUMBER_WORDS or share[0] in ("half", "a", "the")


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_SHARE_START = (
    frozenset(_APPROX)
    | _NUMBER_WORDS
    | {"more", "fewer", "less", "half", "a", "the", "two-thirds", "three-quarters"}
)


def fronted_subject(ws: list[tuple[str, int, int]]):
    """The subject at the end of a fronted phrase without a comma: "In a meeting with
    the board Trump" -> "Trump", "During a visit to Minsk the minister" -> "the
    minister", "In an interview with CNN President Obama" -> "President Obama"."""
    n = len(ws)
    last = ws[-1][0]
    ll = fold_word(last)
    if ll in PRONOUNS:
        return ws[-1:]
    if last[0].isupper() and last not in CAP_STOP:
        k = n - 1
        while k - 1 >= 1 and ws[k - 1][0][0].isupper() and ws[k - 1][0] not in CAP_STOP:
            k -= 1
        run = ws[k:]
        prev = fold_word(ws[k - 1][0])
        if prev in PREPS or prev in ("the", "a", "an") or prev in TIME_WORDS or prev.isdigit():
            # "with the Washington Post Trump", "with CNN President Obama": the name
            # after an organisation or place is the last word, or starts with a title
            for i, w in enumerate(run):
                if fold_word(w[0]) in PERSON_TITLES:
                    return run[i:]
            return run[-1:] if len(run) > 1 else None
        return run
    for k in range(n - 1, max(0, n - 7), -1):
        if fold_word(ws[k][0]) in ("the", "a", "an", "his", "her", "their", "its"):
            cand = ws[k:]
            if ll in SPEAKER_NOUNS and np_ok([w for w, _, _ in cand]):
                return cand
            break
    return None


def clean_np(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim whitespace and edge punctuation of a noun phrase span."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


def bare_clause(t: str, words: list[tuple[str, int, int]]) -> bool:
    """Do the words start a clause without "that": a short subject and an auxiliary
    ("it had", "the economy would", "Russian troops were", "funding was")?"""
    for k in range(min(5, len(words))):
        w, ws_, _we = words[k]
        lw = w.lower()
        if k > 0 and t[words[k - 1][2] : ws_].strip():
            return False  # punctuation inside the subject
        if k > 0 and lw in AUX and w.islower():
            first = words[0][0]
            return (
                first[0].isupper()
                or first.lower() in DETS
                or first.lower() in ("it", "they", "he", "she", "we", "i")
                or k == 1
            )
        if lw in NP_STOP and not (k == 0 and lw in ("it", "they", "he", "she", "we", "i")):
            return False
        if lw in PREPS or lw in ALL_CUES or not any(c.isalpha() for c in w):
            return False
    return False


def verb_anchor(words: list[tuple[str, int, int]], k: int) -> bool:
    """Is the lower-case word k the finite verb after a subject noun phrase?"""
    lw = fold_word(words[k][0])
    if (
        lw in AUX
        or lw in ALL_CUES
        or lw in DESCRIBE
        or lw in IRREGULAR_SPEECH
        or (lw in IRREGULAR_PAST)
    ):
        return True
    prev = fold_word(words[k - 1][0]) if k > 0 else ""
    if lw.endswith("ed") and len(lw) > 4 and prev not in DETS:
        return True
    if (
        lw.endswith("s")
        and not lw.endswith(("ss", "us", "is", "ous"))
        and len(lw) > 3
        and (words[k - 1][0][:1].isupper() or prev in ("he", "she", "it"))
    ):
        nxt = fold_word(words[k + 1][0]) if k + 1 < len(words) else ""
        return nxt not in AUX and not nxt.endswith("ed")
    return False


def is_verb(w: str) -> bool:
    lw = w.lower().strip(".,")
    if not lw.isalpha() or lw in NONSPEECH or lw in NP_STOP:
        return False
    if lw in IRREGULAR_SPEECH or lw in ALL_CUES:
        return True
    return (lw.endswith("ed") and len(lw) > 4) or (
        lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous")) and len(lw) > 3
    )


def is_speech_verb(w: str) -> bool:
    lw = w.lower()
    return (
        lw in ALL_CUES
        or lw in IRREGULAR_SPEECH
        or lw
        in {
            "continued",
            "continues",
            "declared",
            "declares",
            "asked",
            "asks",
            "replied",
            "exclaimed",
            "shouted",
            "yelled",
            "quipped",
            "joked",
            "wrote",
            "tweeted",
            "posted",
            "responded",
            "answered",
            "concluded",
            "remarked",
            "interjected",
            "retorted",
            "typed",
            "texted",
            "scrawled",
            "emailed",
            "messaged",
        }
    )
