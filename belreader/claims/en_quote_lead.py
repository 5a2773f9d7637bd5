"""The lead before a direct quote: a speech verb at the end of a lead of any length
and its subject ("... so tense that X said, “...”", "As X, the minister's adviser, put
it: “...”", "..., saying, “...”" with the main clause's subject, "X, who declared,
“...”"). Called by the quote-driven shape (``en_shape_quote``) for a quote that closes
its sentence; words carried by a thing or named as a message are in ``en_quote_object``.

A subject is a whole noun phrase from the clause boundary to the verb, or nobody: a
piece cut out of a longer run would name the wrong speaker."""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import is_speech_verb, is_verb, verb_anchor
from .en_clauses import title_of_a_work
from .en_function_words import LY_NOUNS, WEEKDAYS
from .en_lexicon import (
    ADVERBS,
    CAP_STOP,
    CONJ,
    DETS,
    FRONT,
    NP_STOP,
    PREPS,
    PRONOUNS,
    SUBORD,
    TELL,
    TIME_WORDS,
)
from .en_not_claims import after_title
from .en_phrases import (
    fronted_subject,
    np_ok,
    words_with_pos,
)
from .en_shape_cue import determined_np
from .en_speakers import OPENING_PREPS
from .model import Candidate
from .text import fold_word

Word = tuple[str, int, int]

# words that cannot stand between a speech verb and the quote it introduces: another
# clause ("said that", "said as the crowd shouted"), or a subject of its own
_NOT_COMPLEMENT = {"that", "whether", "if", "who", "which", "but", "and", "as", "when", "while"}
# verbs of speaking aloud the shared speech-verb list leaves out (a crowd's chant)
SPEAKING = {"say", "says", "chanted", "chanting", "chant", "chants", "sang", "cheered"}
SPEAKING |= {"shouting", "yelling", "screaming", "interjecting", "interjects", "quipping"}
# modals and "only" between a subject and its verb of saying: "could only quip:"
_MODALS = {"could", "can", "might", "may", "should", "must", "only"}
# after "went on to say" / "began by saying": the verb that governs the speech verb
_LEAD_IN_VERBS = {
    "went",
    "goes",
    "go",
    "began",
    "begins",
    "continued",
    "continues",
    "started",
    "starts",
    "ended",
    "ends",
    "closed",
    "opened",
    "followed",
    "concluded",
}
# where the subject of a cue clause starts: the word before it ends another clause
_SUBJECT_BOUNDARY = CONJ | SUBORD | {"that", "so", "then", "where", "once"}


# verbs of striking whose past has no -ed, a retort with "back"
_STRUCK = frozenset(("shot", "hit", "struck", "fought", "shoots", "hits", "strikes"))


def _listener(word: str) -> bool:
    """Can ``word`` open the second of two listeners ("MPs and peers", "diplomats and
    journalists", "the BBC and the Guardian"): a determiner, a name, or a plural noun
    that is no verb?"""
    lw = fold_word(word)
    return lw in DETS or word[:1].isupper() or lw.endswith(_PEOPLE_PLURALS)


# plural nouns for people: "journalists", "reporters", "diplomats", "politicians"
_PEOPLE_PLURALS = ("ists", "ers", "ors", "ats", "ians", "ents", "ees", "ives", "ics")


def cue_clause_before_quote(
    doc: Document, q, us: int, lead_end: int, punctuated: bool = True
) -> Candidate | None:
    """ "... so heated that Gov. Chris Christie said, “...”", "In the spring, Clinton
    emphatically proclaimed at a press conference, “...”", "He went on to say, “...”":
    a speech verb in the last clause of a long lead, at most a short object or
    adverbial after it, a comma or colon, and a quote that ends the unit. The subject is
    the whole noun phrase between the clause boundary and the verb, or nothing: a noun
    phrase cut out of a longer run ("Fox News" in "a source speaking to Fox News
    said") would name the wrong speaker. Without the comma or colon (``punctuated``
    False: "they chanted “...”"), only a speech verb right before the quote."""
    t = doc.t
    if title_of_a_work(t, q.start, q.end):
        return None  # "she wrote in her memoir, “Tough Choices.”"
    words = words_with_pos(t, max(us, lead_end - 300), lead_end)
    if punctuated and len(words) >= 2 and words[0][1] == us and words[0][0] in ("Said", "Says"):
        # "Said Comey, “...”", "Said Dorothy Poynter, who grew up with him, “...”"
        name = [w for w in words[1:5] if w[0][:1].isupper() and w[0] not in CAP_STOP]
        if name and name == words[1 : 1 + len(name)] and np_ok([w for w, _, _ in name]):
            rest = t[name[-1][2] : lead_end]
            if not rest.strip() or rest.lstrip().startswith(", who "):
                v0 = words[0]
                return Candidate(
                    q.start, q.end, v0[0], v0[1], v0[2], name[0][1], name[-1][2], 3, role="pre"
                )
        return None
    v = -1
    for k in range(len(words) - 1, max(-1, len(words) - (10 if punctuated else 2)), -1):
        w = words[k][0]
        if any(ch in t[words[k][2] : lead_end] for ch in '“”"«»;()—–―'):
            return None  # a quote or another clause between the verb and the quote
        if k > 0 and fold_word(words[k - 1][0]) in DETS:
            continue  # "in a written statement": an adjective
        if k > 0 and w in _ASKED and fold_word(words[k - 1][0]) == "when":
            continue  # "told parliament when asked about ...:": the verb is before
        if w.islower() and fold_word(w) in ("went", "goes", "go"):
            return None  # "everywhere she went, “...”": a verb of saying only with "to say"
        if w == "it" and k > 1 and fold_word(words[k - 1][0]) in ("put", "puts"):
            v = k - 1  # "as the minister put it, “...”"
            break
        if w.islower() and (is_speech_verb(w) or fold_word(w) in SPEAKING):
            v = k
            break
        if (
            punctuated
            and fold_word(w) in _STRUCK
            and k + 1 < len(words)
            and fold_word(words[k + 1][0]) == "back"
        ):
            v = k  # "Tsikhanouskaya shot back, “...”": a retort, irregular in the past
            break
        if (
            punctuated
            and w.islower()
            and fold_word(w).endswith("ed")
            and is_verb(w)
            and (
                k + 1 == len(words)
                or fold_word(words[k + 1][0]) in PREPS | {"back", "out", "up"}
                or (k + 2 == len(words) and fold_word(words[k + 1][0]).endswith("ly"))
            )
        ):
            # any verb of saying: "emphatically proclaimed at a press conference,",
            # "fired back forcefully:"
            # (with only an adverbial after it, the quote is its object)
            v = k
            break
    if v < 1 or _CLAUSE_COMMA.search(t, words[v][2], lead_end):
        return None
    if after_title(doc, words[v][2], lead_end, q.end, "said") != lead_end:
        return None  # "he said in his 2012 book, “An American Son.”": a title
    prev = ""
    after_verb = [w for w, _, _ in words[v + 1 :]]
    for i, w in enumerate(after_verb):
        lw = fold_word(w)
        nxt = after_verb[i + 1] if i + 1 < len(after_verb) else ""
        if (
            lw in _TIME_PREPS
            or (lw == "when" and nxt in _ASKED)
            or (prev == "when" and w in _ASKED)
        ):
            # "told reporters after the vote:", "told parliament when asked about it:":
            # the time or occasion of the statement, no clause of its own
            prev = lw
            continue
        if lw == "and" and i > 0 and fold_word(words[v][0]) in TELL and _listener(nxt):
            prev = lw  # "told MPs and peers:", "told the BBC and the Guardian:": two listeners
            continue
        if (
            lw in _NOT_COMPLEMENT
            or lw in PRONOUNS
            or lw in SUBORD
            or ((is_speech_verb(w) or lw.endswith("ed")) and prev not in DETS)
        ):
            return None
        prev = lw
    verb = words[v]
    j = v - 1
    lead_in = j - 1
    if lead_in >= 0 and fold_word(words[lead_in][0]) in ("on", "up"):
        lead_in -= 1
    if (
        fold_word(words[j][0]) in ("to", "by")
        and lead_in >= 0
        and fold_word(words[lead_in][0]) in _LEAD_IN_VERBS
    ):
        # "went on to say", "began by saying": the verb that leads in
        j = lead_in - 1
    elif fold_word(verb[0]).endswith("ing") and (with_np := _with_subject(words, j)) is not None:
        # "..., with the crowd chanting “...”": the participle's own subject after "with"
        return Candidate.quoted(q, verb, with_np[0], with_np[1], "pre")
    elif fold_word(verb[0]).endswith("ing"):
        # "X did Y, saying, “...”", "X ended the speech by saying: “...”": the
        # participle's speaker is the subject of the main clause
        if not (
            "," in t[words[j][2] : verb[1]]
            or fold_word(words[j][0]) in ("by", "upon", "and", "while")
        ):
            return None
        subj = _main_clause_subject(doc, us, words[j][2])
        if subj is None:
            return None
        return Candidate.quoted(q, verb, subj[0], subj[1], "pre")
    # adverbs and auxiliaries before the verb: "also", "then", "emphatically", "later
    # Thursday"
    while j >= 0 and (
        fold_word(words[j][0]) in ADVERBS
        # "could only quip:", not "can add a new title to his resume:"
        or (words[j][0] in _MODALS and v == len(words) - 1)
        or (
            words[j][0].islower()
            and fold_word(words[j][0]).endswith("ly")
            and fold_word(words[j][0]) not in LY_NOUNS
        )
        or (fold_word(words[j][0]) in WEEKDAYS and j > 0)
    ):
        j -= 1
    if j >= 0 and t[words[j][2] : verb[1]].strip() == ",":
        # "As Cornyn, the No. 2 in the leadership, put it": a name, its appositive
        j = _name_before_appositive(t, words, j)
        if j < 0:
            return None
    elif j < 0 or any(ch in t[words[j][2] : verb[1]] for ch in ",;:"):
        return None  # "a film, entitled: “...”": the verb has no subject of its own
    if fold_word(words[j][0]) == "who" and j > 0 and words[j - 1][0][:1].isupper():
        # "from Mike Lee, who declared in the spin room, “...”": the name before "who"
        e = j - 1
        b = e
        while (
            b > 0
            and b > e - 4
            and words[b - 1][0][:1].isupper()
            and words[b - 1][0] not in CAP_STOP
            and not t[words[b - 1][2] : words[b][1]].strip()
        ):
            b -= 1
        name = words[b : e + 1]
        if name[0][0] in CAP_STOP or not np_ok([w for w, _, _ in name]):
            return None
        return Candidate.quoted(q, verb, name[0][1], name[-1][2], "pre")
    if fold_word(words[j][0]) in ("and", "but"):
        # "Mrs. Clinton shook her head and said, ''No.''": the verb's subject is the
        # main clause's
        subj = _main_clause_subject(doc, us, words[j][1])
    else:
        subj = subject_ending_at(t, words, j, us)
    if subj is None:
        if punctuated and v == len(words) - 1 and fold_word(verb[0]) in ("said", "says"):
            # "An official who spoke anonymously to discuss the talks said, “...”": a
            # quote and its cue beyond doubt, a speaker that cannot be named safely
            return Candidate.quoted(q, verb, -1, -1, "pre")
        return None
    return Candidate.quoted(q, verb, subj[0], subj[1], "pre")


# a comma between the verb and the quote, not one inside a figure ("his 5,000 followers")
_CLAUSE_COMMA = re.compile(r",(?!\d)")

# subordinators that are also prepositions of time: they set the time of the statement
# ("told reporters after the vote on Sunday: “...”"), the quote is still the verb's
_TIME_PREPS = {"after", "before", "since", "until"}
_ASKED = {"asked", "pressed", "questioned", "challenged"}


def _with_subject(words: list[Word], j: int) -> tuple[int, int] | None:
    """The noun phrase between "with" and a participle whose last word before it is
    words[j] ("with many marchers chanting", "with Trump reportedly yelling"), or None."""
    while j >= 0 and words[j][0].islower() and fold_word(words[j][0]).endswith("ly"):
        j -= 1
    for w in range(j - 1, max(-1, j - 7), -1):
        if fold_word(words[w][0]) == "with":
            np_words = words[w + 1 : j + 1]
            if np_words and np_ok([x for x, _, _ in np_words]):
                return np_words[0][1], np_words[-1][2]
            return None
    return None


def _name_before_appositive(t: str, words: list[Word], j: int) -> int:
    """The index of the last word of the name before the appositive that ends with
    words[j] ("Jeff Bechdel, chairman of America Rising, tweeted", "Trump, who has 9
    million followers, tweeted"), or -1: the appositive opens after a comma within ten
    words, and a capitalised name stands before that comma."""
    for a in range(j, max(0, j - 10), -1):
        gap = t[words[a - 1][2] : words[a][1]]
        if any(ch in gap for ch in ';:“”"«»'):
            return -1
        if "," in gap:
            name = words[a - 1][0]
            first = fold_word(words[a][0])
            if (
                gap.strip() == ","
                and name[:1].isupper()
                and name not in CAP_STOP
                and (
                    first in DETS or first == "who" or words[a][0].islower() or first[:1].isdigit()
                )
            ):
                return a - 1
            return -1
    return -1


def subject_ending_at(t: str, words: list[Word], j: int, us: int) -> tuple[int, int] | None:
    """The subject whose last word is words[j]: a pronoun, or the whole run of words
    back to a clause boundary (punctuation or a conjunction) when it is a speaker noun
    phrase; (start, end) or None."""
    if fold_word(words[j][0]) in PRONOUNS:
        return words[j][1], words[j][2]
    k = j
    while k > 0:
        if t[words[k - 1][2] : words[k][1]].strip():
            break
        if fold_word(words[k - 1][0]) in _SUBJECT_BOUNDARY:
            break  # (in any case: "As the minister put it, “...”")
        k -= 1
    if k == 0 and t[us : words[0][1]].strip():
        return None  # the window cut the subject
    np_words = words[k : j + 1]
    if len(np_words) > 1 and (
        fold_word(np_words[0][0]) in FRONT or np_words[0][0] in OPENING_PREPS
    ):
        # "On Monday the Coordination Council", "In an interview with CNN the
        # minister": the subject after a fronted phrase
        i = 1
        while i < len(np_words) - 1 and (
            fold_word(np_words[i][0]) in WEEKDAYS or fold_word(np_words[i][0]) in TIME_WORDS
        ):
            i += 1
        np_words = np_words[i:] if i > 1 else (fronted_subject(np_words) or [])
        if not np_words:
            return None
    first = np_words[0][0]
    if not 1 <= len(np_words) <= 8:
        return None
    if not np_ok([w for w, _, _ in np_words]) and not (
        # "The ad claims “...”", "The email went on to say, “...”": a written thing
        determined_np(np_words) and fold_word(np_words[-1][0]).rstrip("s") in ARTIFACTS
    ):
        return None
    if first.islower() and fold_word(first) not in DETS and not _titled_name(np_words):
        return None
    return np_words[0][1], np_words[-1][2]


def _titled_name(np_words: list[Word]) -> bool:
    """A name after lower-case words of title: "opposition deputy Pavel Sevyarynets",
    "retired general Ivan Petrov" (no verb, preposition or function word among them)."""
    if not np_words[-1][0][:1].isupper():
        return False
    return all(
        w[:1].isupper()
        or (w.isalpha() and not is_verb(w) and fold_word(w) not in PREPS | NP_STOP | DETS)
        for w, _, _ in np_words
    )


_APPOSITIVE_OPENERS = {"a", "an", "the", "herself", "himself", "themselves"}
_RELATIVES = {"who", "whom", "whose", "which", "that"}


def _main_clause_subject(doc: Document, us: int, end: int) -> tuple[int, int] | None:
    """The subject of the first clause of t[us:end] that opens with a noun phrase and
    its finite verb, after fronted phrases set off by commas ("On Thursday, after a
    long silence, Warren endorsed ..." -> "Warren"): (start, end) or None. A clause
    that opens with a preposition or a subordinator is a fronted phrase, not the main
    clause."""
    t = doc.t
    seg_s = us
    name = None  # a name that opens the sentence, before its appositive
    for _ in range(4):
        comma = t.find(",", seg_s, end)
        seg_e = comma if comma >= 0 else end
        words = words_with_pos(t, seg_s, min(seg_e, seg_s + 300))
        while words and fold_word(words[0][0]) in ("and", "but", "so", "then", "even"):
            words = words[1:]
        if not words:
            return None
        if name is None and seg_s == us and len(words) <= 4:
            lw = fold_word(words[0][0])
            if (
                all(w[:1].isupper() for w, _, _ in words)
                and lw not in FRONT | SUBORD | PREPS
                and words[0][0] not in CAP_STOP
                and np_ok([w for w, _, _ in words])
            ):
                name = (words[0][1], words[-1][2])
        elif name and words[0][0].islower() and verb_anchor(words, 0):
            # "Silverman, a Sanders supporter, incurred boos upon saying": the name
            # before the appositive is the subject
            return name
        elif name and comma >= 0 and fold_word(words[0][0]) in _APPOSITIVE_OPENERS:
            rel = next((k for k, w in enumerate(words) if fold_word(w[0]) in _RELATIVES), 99)
            if not any(
                w.islower() and verb_anchor(words, k) for k, (w, _, _) in enumerate(words[:rel])
            ):
                # "Kolesnikova, a flautist who led the protests, drew ...": the aside
                seg_s = comma + 1
                continue
        lw0 = fold_word(words[0][0])
        quoted = doc.quote_at(words[0][1]) is not None  # the words of a quote, not the clause
        verbless = not any(
            w.islower() and verb_anchor(words, k) for k, (w, _, _) in enumerate(words)
        )
        if not (
            lw0 in FRONT
            or lw0 in SUBORD
            or lw0 in PREPS
            or lw0.endswith("ing")
            or (  # "Asked on Monday whether ...", "Pressed by reporters"
                lw0.endswith("ed")
                and len(words) > 1
                and fold_word(words[1][0]) in PREPS | {"about", "whether", "if", "why"}
            )
            or verbless
            or quoted
        ):
            for k in range(1, min(len(words), 9)):
                if words[k][0].islower() and verb_anchor(words, k):
                    np_words = words[:k]
                    while np_words and (
                        fold_word(np_words[-1][0]) in ADVERBS
                        or (np_words[-1][0].islower() and np_words[-1][0].endswith("ly"))
                    ):
                        np_words = np_words[:-1]
                    if not np_words or fold_word(np_words[-1][0]).endswith(("'s", "’s")):
                        return None
                    first = np_words[0][0]
                    if first.islower() and fold_word(first) not in DETS | PRONOUNS:
                        return None
                    if not np_ok([w for w, _, _ in np_words]):
                        return None
                    return np_words[0][1], np_words[-1][2]
            return None
        if comma < 0:
            return None
        seg_s = comma + 1
    return None


# written or shown things that carry words: "a statement saying", "signs that read"
ARTIFACTS = {
    "statement",
    "message",
    "email",
    "e-mail",
    "letter",
    "sign",
    "headline",
    "banner",
    "ad",
    "advert",
    "note",
    "post",
    "tweet",
    "video",
    "release",
    "poster",
    "placard",
    "shirt",
    "t-shirt",
    "caption",
    "text",
    "memo",
    "bottle",
    "billboard",
    "leaflet",
    "flyer",
    "sticker",
    "slide",
}


def inverted_lead(q, words: list[tuple[str, int, int]]) -> Candidate | None:
    """ "Says one exile in Vilnius: “...”", "Adds Mr Shved: “...”": a capitalised verb of
    speaking opens the sentence, its speaker after it, then a colon and the quote."""
    if not 2 <= len(words) <= 9:
        return None
    v = words[0][0]
    if not (v[:1].isupper() and v[1:].islower() and is_speech_verb(v) and not is_verb(words[1][0])):
        return None
    if not np_ok([w for w, _, _ in words[1:]]):
        return None
    return Candidate.quoted(q, words[0], words[1][1], words[-1][2], "pre")
