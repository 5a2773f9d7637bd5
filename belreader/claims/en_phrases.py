"""English word and noun-phrase rules shared by the claim shapes: the words of a span,
noun phrases that can speak. Verbs and bare clauses are in ``en_bare_clause``; the
rules that walk a document around a cue are in ``en_clauses``.

Words are (text, start, end) triples from ``words_with_pos``; ``doc`` is the
``Document`` being read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .en_entity_words import ROLE_PREFIXES, ROLE_WORDS
from .en_function_words import WEEKDAYS
from .en_lexicon import (
    ALL_CUES,
    CAP_STOP,
    CONJ,
    DESCRIBE,
    DETS,
    EVIDENCE_NOUNS,
    NP_STOP,
    OPENING_PREPS,
    PARTITIVE,
    PERSON_TITLES,
    PREPS,
    PRONOUNS,
    SPEAKER_NOUNS,
    SUBORD,
    TIME_WORDS,
)
from .en_speakers import GIVEN_STOPS, SURNAME_STOPS, capitalised_name_word
from .text import fold_word

# a word: a run without spaces and clause punctuation (apostrophes inside are kept)
WORD_RE = re.compile(r"[^\s,;:()\[\]“”\"«»„']+(?:'+[^\s,;:()\[\]“”\"«»„']+)*")


def words_with_pos(text: str, s: int, e: int):
    # (m[0], not m.group(): one method call less per word of every cue's window)
    return [(m[0], m.start(), m.end()) for m in WORD_RE.finditer(text, s, e)]


# the word before a rank's figure: "No 1", "No. 2", "number 3"
_RANK = frozenset({"no", "no.", "number"})


def np_ok(words: Sequence[str]) -> bool:
    """Does this run of words look like a speaker noun phrase?"""
    return _np_ok(tuple(words))


# np_ok is a pure function of its words, and one cue asks it several times about the
# same phrase (and articles share "he", "the spokesman"): a bounded memo
@lru_cache(maxsize=8192)
def _np_ok(words: tuple[str, ...]) -> bool:
    if not words or len(words) > 12:
        return False
    if "&" in words:  # "Ernst & Young", "Marks & Spencer": read as "and"
        words = tuple("and" if w == "&" else w for w in words)
    if len(words) == 1 and words[0].lower() in _SPEAK_ALONE:
        return True  # "he said", "some note that", "others argue"
    if len(words) == 2 and (words[0].lower(), words[1].lower()) in _ONE_OF_TWO:
        return True  # "The other, a driver, said": one of people just named
    lows = [fold_word(w) for w in words]
    if poll_share(lows):
        return True  # "26 percent", "About 4 in 10" ("About" also opens a phrase)
    if lows[0] in ("who", "which") or words[0] in OPENING_PREPS:
        return False
    if len(words) > 1 and words[0].islower() and lows[0] in DESCRIBE:
        return False  # "calling Minsk's (claims)": a verb and its object, no speaker
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and lows[0].endswith("ing")
        and words[1].islower()
        and lows[1] not in PREPS
        and lows[1] not in ("of", "by", "about")
    ):
        return False  # "Holding signs calling Christie a loser": a participle, no speaker
    if (
        len(words) > 2
        and words[0][:1].isupper()
        and lows[0].endswith("ing")
        and len(lows[0]) > 5
        and words[1].islower()
        and lows[1] in PREPS
    ):
        return False  # "Responding to the plans": a fronted participle, no speaker
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
    if (
        len(words) >= 3
        and any(
            prev[:1].isupper()
            and lprev not in DETS
            and w.islower()
            and w.endswith("ed")
            and "-" not in w  # "Ukrainian state-owned Naftohaz": an adjective
            and len(w) > 4
            and nxt[:1].isupper()
            for prev, lprev, w, nxt in zip(words, lows, words[1:], words[2:])
        )
    ):
        # "Putin named Lukashenko": a name, its verb and its object ("A miffed Bush": an
        # adjective)
        return False
    if len(words) >= 2 and lows[0] in ("some", "many", "most", "several"):
        # "Some Arizona officials", "some party strategists", "some delegates at the
        # convention"
        plural_end = next((i for i in range(2, len(words)) if lows[i] in PREPS), len(words))
        if np_ok(words[1:]) or (
            plural_people(words[1:plural_end]) and not set(lows[plural_end:]) & _CLAUSE_WORDS
        ):
            return True
    if len(words) == 2 and lows[0] == "those" and lows[1] in _POLLED:
        return True  # "those surveyed say"
    if 2 <= len(words) <= 4 and lows[0] in ("these", "those") and lows[1] not in NP_STOP:
        # "these supporters", "those Democrats", "these people": read as with "the"
        return lows[-1] == "people" or (
            np_ok(["the", *words[1:]]) and (lows[-1].endswith("s") or words[-1][:1].isupper())
        )
    if len(words) > 2 and lows[0] in ("a", "the") and "of" in lows[1:4]:
        # "a significant number of Democrats", "a handful of senators"
        i = lows.index("of", 1)
        if lows[i - 1] in _GROUP_NOUNS and (np_ok(words[i + 1 :]) or plural_people(words[i + 1 :])):
            return True
    if len(words) > 2 and lows[1] == "of" and lows[0] in PARTITIVE:
        # "one of the family's attorneys", "some of his aides", "most of them"
        return np_ok(words[2:]) or (len(words) == 3 and lows[2] in ("them", "us"))
    # head noun phrase: up to the first preposition (after the first word)
    head_end = len(words)
    for i in range(1, len(words)):
        if lows[i] in PREPS:
            head_end = i
            break
    head = words[:head_end]
    for i, (w, lw) in enumerate(zip(words, lows)):
        if (
            lw in NP_STOP
            and not (i == 0 and w == "Its")  # "Its chairman" opening a sentence (after a
            # clause, "..., its head told reporters" stays out: the clause may be a report;
            # "..., its spokeswoman Anna Michalska said" names who spoke)
            and not (i == 0 and w == "its" and _role_then_name(words, lows))
            # "Theresa May", "Will Vernon"
            and not ((w in SURNAME_STOPS or w in GIVEN_STOPS) and capitalised_name_word(words, i))
            and not (i >= head_end and (lw in PREPS or lw in DETS) and lows[head_end] in PREPS)
            # "a person close to him", "people familiar with them": the one it is about
            and not (i > head_end and lw in ("him", "them") and lows[i - 1] in PREPS)
            and not (w == "US" and not all(x.isupper() for x in words))
        ):
            # ("US" in a mixed-case phrase is the country, not "us": "US officials";
            # "IT" stays out: "Cara Diemont of IT analysts" is not a speaker's end)
            return False  # (after the head: "Aides to Clinton", "sources close to her")
        if (
            lw in ALL_CUES
            and w.islower()
            and not (0 < i == head_end - 1 and (lw in SPEAKER_NOUNS or lw in EVIDENCE_NOUNS))
            # "state media", "the state news agency", "the head of state": a noun
            and not (lw == "state" and (i < head_end - 1 or lows[i - 1] == "of"))
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
    prefix, _, tail = ll.rpartition("-")
    if prefix in ROLE_PREFIXES and (tail in SPEAKER_NOUNS or tail.rstrip("s") in SPEAKER_NOUNS):
        return True  # "co-founder", "ex-minister", "vice-chairs": the role with a prefix
    if ll.endswith("-in-law") and ll[:-7] in SPEAKER_NOUNS:
        return True  # "her mother-in-law", "Lukashenko's daughter-in-law"
    if capitalised_name_word(head, len(head) - 1):
        # a name: every word of the head must be capitalised or a determiner /
        # connector / adjective in lower case
        return True
    if (
        2 <= len(head) <= 5
        and last.islower()
        and ll.endswith("s")
        and len(ll) > 3
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


# words that speak alone: "some note that", "others argue", "another says", "most said"
_LONE_SPEAKERS = {"some", "many", "others", "it", "another", "both", "most", "several", "few"}
_SPEAK_ALONE = PRONOUNS | _LONE_SPEAKERS  # built once: np_ok runs on every cue
_ONE_OF_TWO = frozenset(
    ("the", w)
    for w in ("other", "first", "second", "third", "former", "latter", "elder", "younger")
)
_POLLED = {"surveyed", "polled", "questioned", "interviewed", "asked", "sampled"}
_GROUP_NOUNS = {"number", "handful", "group", "majority", "minority", "couple", "dozen", "few"}
# words that make a verb phrase of what follows a noun: "some of them have said"
_CLAUSE_WORDS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "that", "who"}


def plural_people(words: Sequence[str]) -> bool:
    """A bare plural of up to three lower-case words: "strategists", "hacking
    specialists", "security experts" (only after a quantifier: "some party
    strategists")."""
    if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
        return False
    lows = [fold_word(w) for w in words]
    last = lows[-1]
    return (
        last.endswith("s")
        and len(last) > 4
        and not last.endswith(("ss", "us", "is", "ous", "ness", "wards"))
        and last not in _S_ADVERBS
        and not any(
            w in NP_STOP or w in PREPS or w in ALL_CUES or w.endswith(("ly", "ed")) for w in lows
        )
    )


# adverbs that end like a plural: "..., afterwards said:" names nobody
_S_ADVERBS = frozenset(
    "perhaps always sometimes nowadays besides whereas nevertheless nonetheless "
    "regardless thus meanwhile".split()
)


def coordinated_speakers(words: list[str]) -> bool:
    """Two speaker noun phrases joined by "and" / "or": "lobbyists and former foes",
    "private companies and ordinary traders", "Politicians and even some technologists"
    (a bare plural is a speaker here: the other half makes it a list of people)."""
    lows = [fold_word(w) for w in words]
    if not 3 <= len(words) <= 10 or not ("and" in lows or "or" in lows):
        return False
    i = lows.index("and") if "and" in lows else lows.index("or")
    left, right = words[:i], words[i + 1 :]
    if right and fold_word(right[0]) == "even":
        right = right[1:]
    return bool(left and right) and all(
        np_ok(part)
        or plural_people(part)
        or (len(part) > 1 and plural_people(part[1:]) and fold_word(part[0]) in _QUALIFIERS)
        for part in (left, right)
    )


# adjectives before a bare plural: "former foes", "ordinary traders"
_QUALIFIERS = {"former", "ordinary", "private", "local", "other", "senior", "top", "some", "many"}


# participles that follow a noun without "-ed": "exit polls taken in Grodno"
_IRREGULAR_PARTICIPLES = {"taken", "given", "written", "held", "known", "seen", "shown", "sent"}
# participles whose particle comes first: "set up by", "drawn up in"
_PHRASAL_PARTICIPLES = {"set", "drawn", "put", "made"}


def postmodified_speaker(words: list[str]) -> bool:
    """A noun that can speak with a participle phrase after it, all before the cue: "A
    news report published Wednesday", "people briefed on the talks", "exit polls taken
    in Grodno", "a person familiar with the plans", "voters going to the polls on
    Sunday". A finite verb with its object ("the ministry released a statement") is not
    one: the participle must be followed by a preposition, "by" or a day."""
    n = len(words)
    for i in range(1, min(n - 1, 7)):
        w = words[i]
        lw = fold_word(w)
        if not w.isalpha() or not w.islower():
            continue
        if not (
            (lw.endswith("ed") and len(lw) > 4)
            or lw in _IRREGULAR_PARTICIPLES
            or lw in _PHRASAL_PARTICIPLES
            or lw in ("familiar", "privy")
            or (lw.endswith("ing") and len(lw) > 5)
        ):
            continue
        head, tail = words[:i], words[i + 1 :]
        if lw in _PHRASAL_PARTICIPLES and len(tail) > 1 and tail[0] == "up":
            tail = tail[1:]  # "a commission set up in 2022", "a list drawn up by"
        nxt = fold_word(tail[0])
        if not (nxt in PREPS or nxt in TIME_WORDS or nxt in WEEKDAYS or nxt == "about"):
            return False
        last = fold_word(head[-1])
        if not (
            last in SPEAKER_NOUNS
            or last in EVIDENCE_NOUNS
            or (last.endswith("s") and last[:-1] in SPEAKER_NOUNS)
            or (last.endswith("ies") and last[:-3] + "y" in SPEAKER_NOUNS)
            or (
                # a group in the plural: "Democrats trying to regain the Senate" (an
                # -ing form only: "Sanders appeared to" is a name and its verb)
                len(head) == 1
                and head[0].isalpha()
                and head[0][:1].isupper()
                and last.endswith("s")
                and len(last) > 4
                and lw.endswith("ing")
            )
        ):
            return False
        if not (np_ok(head) or plural_people(head)) or len(tail) > 12 or tail[-1] == "to":
            return False  # (a verb chain before the cue: "people hoping to see")
        return all(
            not (fold_word(x) in NP_STOP and fold_word(x) not in PREPS)
            and not (x.islower() and fold_word(x) in ALL_CUES)
            and any(c.isalnum() for c in x)
            for x in tail
        )
    return False


def determined_np(ws: list[tuple[str, int, int]]) -> bool:
    """A short noun phrase with a determiner before "said" / "says" / "told", whatever
    its head noun: "The NFL legend said", "a retired teacher told"."""
    if len(ws) >= 3 and ws[-1][0].isdigit() and fold_word(ws[-2][0]) in _RANK:
        # "the world No 1", "the Belarusian No. 2": a rank stands for its holder
        ws = [*ws[:-2], ("holder", ws[-2][1], ws[-1][2])]
    if not 2 <= len(ws) <= 5 or fold_word(ws[0][0]) not in ("the", "a", "an", "another"):
        return False
    head = fold_word(ws[-1][0])
    if not ws[-1][0].islower() or head.endswith("ly"):
        return False
    # "the 43-year-old asked"; "the voice-over says", "a co-founder told"
    if not head.replace("-", "").isalpha() and not AGE_WORD.fullmatch(head):
        return False
    return all(
        fold_word(w) not in NP_STOP
        and fold_word(w) not in PREPS
        and fold_word(w) not in TIME_WORDS
        and fold_word(w) not in CONJ
        for w, _, _ in ws[1:]
    )


AGE_WORD = re.compile(r"\d+-year-old")  # "27-year-old": an age, one word


# a share of the people polled: "26 percent", "more than 4 in 10", "two in three",
# "half of GOP primary voters", "a majority of Democrats", "nearly two-thirds"
_APPROX = ("some", "about", "around", "nearly", "almost", "roughly", "only", "just", "over")
_SHARE = re.compile(
    r"\d[\d.,]*%|(?:\d[\d.,]*%?|\w+)(?: percent| per cent| in (?:\d+|ten|\w+))"
    r"|half|a third|a quarter|(?:two|three)-(?:thirds|quarters)|(?:a|the) majority"
    r"|majorities"
)


def poll_share(lows: list[str]) -> bool:
    first = lows[0]
    if not (first[:1].isdigit() or first in _SHARE_START):
        return False  # a fast test: a share opens the phrase
    k = 0
    if lows[:2] == ["at", "least"]:
        k = 2  # "At least half of voters"
    while k < len(lows) and lows[k] in _APPROX:
        k += 1
    if lows[k : k + 2] in (["more", "than"], ["fewer", "than"], ["less", "than"]):
        k += 2
    rest = lows[k:]
    if rest[1:3] == ["out", "of"]:
        rest = [rest[0], "in"] + rest[3:]  # "four out of 10 voters" as "four in 10"
    if rest and rest[-1] == "overall":
        rest = rest[:-1]  # "eight in 10 Democratic voters overall"
    if "of" in rest:
        i = rest.index("of")
        share, whom = rest[:i], rest[i + 1 :]
    elif rest[:1] == ["majorities"]:
        share, whom = rest[:1], []  # "majorities in all five"
    elif len(rest) > 3 and rest[1] == "in" and rest[-1].endswith("s"):
        share, whom = rest[:3], rest[3:]  # "four in 10 Republican primary voters"
    else:
        share, whom = rest, []
    if not share or len(share) > 3 or len(whom) > 6 or not _SHARE.fullmatch(" ".join(share)):
        return False
    return (
        not share[0].isalpha()
        or share[0] in NUMBER_WORDS
        or share[0] in ("half", "a", "the", "majorities")
    )


NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_SHARE_START = (
    frozenset(_APPROX)
    | NUMBER_WORDS
    | {"more", "fewer", "less", "half", "a", "the", "two-thirds", "three-quarters"}
    | {"at", "majorities"}
)


def fronted_subject(ws: list[tuple[str, int, int]]):
    """The subject at the end of a fronted phrase without a comma: "In a meeting with
    the board Trump" -> "Trump", "During a visit to Minsk the minister" -> "the
    minister", "In an interview with CNN President Obama" -> "President Obama"."""
    n = len(ws)
    last = ws[-1][0]
    ll = fold_word(last)
    if ll in PRONOUNS or ll == "it":  # ("In the past it has said": a body's "it")
        return ws[-1:]
    if capitalised_name_word([w for w, _, _ in ws], n - 1):
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
            if len(run) > 1:
                return run[-1:]
            # "In his address on Nov. 15 Zelensky", "on Sunday Lukashenko": the name
            # right after a date or a day
            timed = prev not in PREPS and (prev in TIME_WORDS or prev.isdigit())
            return run if timed else None
        return run
    for k in range(n - 1, max(0, n - 7), -1):
        if fold_word(ws[k][0]) in ("the", "a", "an", "his", "her", "their", "its"):
            cand = ws[k:]
            if (ll in SPEAKER_NOUNS or ll.rstrip("s") in SPEAKER_NOUNS) and np_ok(
                [w for w, _, _ in cand]
            ):
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


def name_after_title(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """The full name that ends a title phrase ("Fight for $15 organizing director Kendall
    Fells", "CBS This Morning co-anchor DeMarco Morgan"): two or three capitalised words
    after a lower-case or hyphenated word, or None."""
    for n in (2, 3):
        if len(words) <= n:
            return None
        name = words[-n:]
        before = words[-n - 1][0]
        if not (before.islower() or "-" in before):
            continue
        if all(
            w[:1].isupper() and w not in CAP_STOP and w.replace("-", "").isalpha()
            for w, _, _ in name
        ) and np_ok([w for w, _, _ in name]):
            return name
    return None


def function_word_name(w: str) -> bool:
    """A capitalised word that np_ok refuses as a function word but that stands alone
    before a verb of speaking as a surname or given name ("Will", "From", "May")."""
    lw = fold_word(w)
    return (
        w[:1].isupper()
        and w[1:].islower()
        and w.isalpha()
        and len(w) >= 3
        and lw not in PRONOUNS
        and lw not in DETS
        and lw not in CONJ
        and lw not in SUBORD
        and lw not in ("there", "here", "then", "now", "this", "that", "these", "those")
    )


def _role_then_name(words: tuple[str, ...], lows: list[str]) -> bool:
    """ "its spokeswoman Anna Michalska": a role word, then two or three capitalised
    words and nothing else."""
    return (
        4 <= len(words) <= 5
        and lows[1] in ROLE_WORDS
        and words[1].islower()
        and all(x[:1].isupper() for x in words[2:])
    )


# "a former engineer called Leanid,", "a village named Bobrowniki.": one unnamed before,
# the name after, then the sentence goes on
_NAMED_ONE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+$")
_NAME_THEN = re.compile(
    r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=[,.;:)]|\s+(?:who|and|in|from)\b)"
)


def after_one_unnamed(t: str, cs: int) -> bool:
    """Does someone met without a name stand right before ``cs`` ("a former engineer |
    called Leanid", "an attendant | named Aliaksandr")?"""
    return _NAMED_ONE.search(t, max(0, cs - 40), cs) is not None


def naming(t: str, cs: int, ce: int) -> bool:
    """Does "called" at t[cs:ce] give the name of someone just met ("a former engineer
    called Leanid, says"), not a judgement ("called Tsikhanouskaya a traitor")?"""
    return after_one_unnamed(t, cs) and bool(_NAME_THEN.match(t, ce))
