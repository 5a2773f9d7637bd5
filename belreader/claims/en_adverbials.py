"""The adverbials after a cue that are not its content: the time, the place, the
medium and how often ("said on Friday", "told reporters at the conference in Moscow",
"said in a statement", "has said many times that"). ``skip_adverbials`` gives where the
content can start."""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import QUANTITY_LEAD, is_verb, third_person_s
from .en_function_words import POSSESSIVE_DETS
from .en_lexicon import (
    ADV_PREPS,
    AUX,
    CLAUSE_START_DETS,
    DETS,
    NP_STOP,
    PREPS,
    SAY,
    TELL,
    TIME_WORDS,
    TO,
)
from .en_phrases import WORD_RE
from .text import fold_word, skip_space

_TIME_AFTER = TIME_WORDS | set("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_AFTER |= {"week", "month", "year"}


_THAT_NEXT = re.compile(r"\s+that\b")
# how often: "said many times that", "said more than once that"; how long ago: "told
# us a short while ago that", "said two hours ago that"
_TIMES = re.compile(
    r"(?:(?:many|several|numerous|countless|multiple)\s+times|more\s+than\s+once"
    r"|(?:a|an|a\s+short|a\s+few|\d+|two|three|four|five|several|some)\s+"
    r"(?:while|minutes?|hours?|days?|weeks?|moments?)\s+ago)\b"
)


def skip_adverbials(doc: Document, i: int, ue: int, cue_low: str) -> int:
    """Skip time / place adverbials after a cue ("on Friday", "at the conference in
    Moscow", "in a statement", "to reporters"). Returns the new offset."""
    t = doc.t
    n_words = 0
    pos = i
    cut = False
    while n_words < 14:
        m = WORD_RE.match(t, skip_space(t, pos, ue))
        if not m or m.start() >= ue:
            break
        w = m.group()
        lw = w.lower().strip(".")
        if cue_low in SAY and (m5 := _WHILE_DOING.match(t, m.start(), ue)) is not None:
            # "said while visiting a tractor plant in Minsk (, that ...)", "said after
            # she hung up": the whole phrase or clause is when it was said, up to a
            # comma or a "that"
            stop = _PHRASE_STOP.search(t, m5.end(), ue)
            pos = stop.start() if stop else ue
            break
        if lw in TIME_WORDS and lw not in ("in", "on", "this", "last", "next", "time"):
            pos = m.end()
            n_words += 1
            continue
        if lw in ("last", "this", "next", "earlier", "late", "early") or (
            lw in ("on", "in") and time_np(doc, m.end(), ue)
        ):
            # "last week", "this month", "on Friday", "earlier this week"
            m2 = WORD_RE.match(t, skip_space(t, m.end(), ue))
            pos = m.end()
            n_words += 1
            if m2 and m2.start() < ue and fold_word(m2.group()) in _TIME_AFTER:
                pos = m2.end()
                n_words += 1
            continue
        m6 = WORD_RE.match(t, skip_space(t, m.end(), ue)) if lw in ("more", "less") else None
        if m6 and m6.group().endswith("ly") and m6.group().islower():  # "adds more quietly"
            pos = m6.end()
            n_words += 2
            continue
        if (lw.endswith("ly") and len(lw) > 4 and w.islower() and lw not in ("only", "early")) or (
            lw == "only" and _THAT_NEXT.match(t, m.end())
        ):
            # "said publicly that"; "said only that" (before a figure "only" is the
            # content's: "said only 30 people came")
            pos = m.end()
            n_words += 1
            continue
        if (m3 := _TIMES.match(t, m.start(), ue)) is not None and _THAT_NEXT.match(t, m3.end()):
            pos, n_words = m3.end(), n_words + 2
            continue
        if lw == "to" and cue_low in TO:
            break  # "vowed to ...": the content, not an adverbial
        if QUANTITY_LEAD.match(t, m.start(), ue):
            break  # "said at least 30 people were detained": the content's subject
        if (lw in ADV_PREPS and lw not in ("of", "about", "for", "with")) or (
            lw in ("with", "for") and cue_low in SAY
        ):
            # a prepositional phrase: prep (det) up to 4 words, stopping before a
            # word that starts a clause
            p2 = m.end()
            k = 0
            last_end = p2
            limit = 5
            prev = lw
            while k < limit:
                m2 = WORD_RE.match(t, skip_space(t, p2, ue))
                if not m2 or m2.start() >= ue:
                    break
                w2 = m2.group()
                l2 = w2.lower()
                # "said after a meeting with his Polish counterpart": after a
                # preposition inside the phrase a determiner goes on with its noun
                # (only after say / tell / add: "hinted at a giveaway on 16 March",
                # "recommended replacing X with Y in Z" hold their verb's object)
                after_prep = k > 0 and prev in _NESTED_PREPS and cue_low in SAY
                if (
                    k > 0
                    and not (after_prep and l2 in _PHRASE_DETS)
                    and (l2 in CLAUSE_START_DETS or l2 in NP_STOP or l2 in ("said", "says"))
                    and l2 not in ("in", "of")
                ):
                    break
                if k > 0 and l2 in _NESTED_PREPS and limit < 11 and cue_low in SAY:
                    limit += 3
                prev = l2
                if l2 == "that" or (l2 in NP_STOP and l2 not in ("its",)):
                    break
                if k == 0 and l2 in DETS | {
                    "reporters",
                    "journalists",
                    "me",
                    "us",
                    "him",
                    "her",
                    "them",
                }:
                    pass
                # "to his 20,000 followers": a number's commas end no phrase
                p2 = m2.end()
                if (m4 := _ACRONYM.match(t, p2, ue)) is not None:
                    p2 = m4.end()  # "at the Consumer Electronics Show (CES), was ..."
                if w2[-1].isdigit() and (m3 := _THOUSANDS.match(t, p2)) is not None:
                    p2 = m3.end()
                last_end = p2
                k += 1
                # punctuation after this word ends the phrase
                if p2 < ue and t[p2] in ",.;:":
                    break
            if k == 0:
                break
            pos = last_end
            n_words += 1 + k
            cut = k == limit  # the phrase may go on: "in an interview broadcast on state | TV"
            continue
        break
    if pos > i and (cut or fold_word(t[i:pos].split()[-1]) in ADV_PREPS):
        # the phrase was cut after a preposition ("in a statement on | its website
        # that ...", "at a town hall in | Buffalo, New York, that ..."): the content
        # starts at the "that" after the rest of the phrase
        pos = _that_after_phrase(t, pos, ue)
    elif pos > i and (m := _PLACE_THEN_THAT.match(t, pos, ue)) is not None:
        pos = m.end() - 5  # "at a rally in Warsaw, Poland, | that ..."
    return pos


# a phrase inside an adverbial: "at a meeting with the minister", "in talks on the border"
_NESTED_PREPS = {"with", "of", "on", "at", "in", "for", "between", "from", "to", "by"}
_PHRASE_DETS = POSSESSIVE_DETS | {"the", "a", "an", "this", "these"}
_WHILE_DOING = re.compile(
    r"(?:while|whilst|when|after|before|upon|on)\s+[a-z]{3,}ing\b"
    r"|(?:while|whilst|when|after|before|as|once)\s+(?:he|she|they|we|I)\s+[a-z]{3,}\b"
)
# where the participle phrase ends: a comma, a "that", or a clause's pronoun subject
# ("said after meeting Tony Blair he had been left with ...")
_PHRASE_STOP = re.compile(r"[,;:.]|\s(?:that|he|she|they|we|it|I)\s")
_ACRONYM = re.compile(r" \([A-Z][A-Za-z0-9&.-]{1,9}\)")
_THOUSANDS = re.compile(r"(?:,\d{3}(?!\d))*")
# the rest of a place after the adverbial, then "that": ", Poland, that", ", N.H., that"
_CLAUSE_MARK = re.compile(r'[;:“”"()—–]')
_PLACE_THEN_THAT = re.compile(r",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2},\s+that\s")


def _that_after_phrase(t: str, i: int, ue: int) -> int:
    """The start of "that" within a few words after ``i`` when only a noun phrase (no
    verb, quote or clause mark) stands before it; else ``i``."""
    # only words before the first clause mark count
    limit = min(ue, i + 90)
    mark = _CLAUSE_MARK.search(t, i, limit)
    for m in WORD_RE.finditer(t, i, mark.start() if mark else limit):
        w = m.group()
        if w == "that":
            nxt = [x.group() for x in WORD_RE.finditer(t, m.end(), min(ue, m.end() + 40))][:2]
            if (
                nxt
                and nxt[0].islower()
                and (is_verb(nxt[0]) or third_person_s(nxt[0]))
                and not (len(nxt) > 1 and (fold_word(nxt[1]) in AUX or is_verb(nxt[1])))
            ):
                return i  # "a nonprofit center that works with ...": a relative clause
            return m.start()
        if w.islower() and w.endswith("ing"):
            return i  # "by recognizing that ...": a clause of its own
        lw = fold_word(w)
        if (
            (lw in NP_STOP and lw not in DETS)
            or (w.islower() and is_verb(w))
            or lw in ("which", "who")
        ):
            return i
    return i


def time_np(doc: Document, i: int, ue: int) -> bool:
    m = WORD_RE.match(doc.t, skip_space(doc.t, i, ue))
    return bool(
        m
        and m.start() < ue
        and fold_word(m.group())
        in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )


TOLD_PRONOUNS = {"me", "us", "him", "her", "them"}
# said or told on a condition of the speaker's, between the cue and "that"
_ANONYMITY = ("on", "condition", "of", "anonymity")


def object_words(words: list[tuple[str, int, int]], base: str) -> bool:
    """Are ``words``, between a cue and its "that", an object with its adverbials ("told
    reporters", "told them", "told Belsat on condition of anonymity", "told farmers in
    May"): no function word but a pronoun told, the speaker's condition of anonymity
    and a time or place after the object?"""
    lows = [w[0].lower() for w in words]
    skip: set[int] = set()
    for j in range(len(lows) - 3):
        if tuple(lows[j : j + 4]) == _ANONYMITY:
            skip.update(range(j, j + 4))
    for j in range(1, len(lows) - 1):
        nxt = words[j + 1][0]
        if lows[j] in ("in", "on") and (nxt[:1].isupper() or nxt.isdigit() or nxt in _TIME_AFTER):
            skip.update((j, j + 1))  # "told farmers in May that", "told AFP on Friday that"
        if lows[j] in ("this", "last", "earlier") and nxt in _TIME_AFTER:
            skip.update((j, j + 1))  # "told reporters this afternoon that"
    if len(lows) >= 3 and lows[-1] == "ago" and (m := _TIMES.search(" ".join(lows))):
        skip.update(range(len(" ".join(lows)[: m.start()].split()), len(lows)))
        # "told us a short while ago that"
    # "told its correspondent that", "told his aides that": a possessive opens the object
    if len(lows) >= 2 and lows[0] in _OWNERS:
        skip.add(0)
    return not any(
        lw in NP_STOP and j not in skip and not (j == 0 and base in TELL and lw in TOLD_PRONOUNS)
        for j, lw in enumerate(lows)
    )


_OWNERS = POSSESSIVE_DETS | {"my", "your"}


def object_then_aside(t: str, words: list, k: int) -> int:
    """The number of words before a phrase of place or time between commas that ends
    right before word ``k`` ("me, over coffee in Brussels, that"), or 0."""
    commas = [i for i in range(1, k) if t[words[i - 1][2] : words[i][1]].strip() == ","]
    if len(commas) != 1 or t[words[k - 1][2] : words[k][1]].strip() != ",":
        return 0
    j = commas[0]
    aside = [w[0].lower() for w in words[j:k]]
    return j if aside[0] in PREPS and len(aside) <= 6 and not set(aside) & AUX else 0
