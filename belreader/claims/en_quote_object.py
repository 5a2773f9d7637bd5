"""The lead before a direct quote that names what carries the words: a thing
("released a statement saying, “...”", "signs that read “...”"), a message the subject
gives ("delivered a blunt message to Minsk: “...”", "issued a statement, “...”"), or
someone's words by name ("X's response was: “...”", "in X's words, “...”"), or a
crowd's chant ("their chants of “...”", "responded with chants of “...”"). Called by
the quote-driven shape (``en_shape_quote``); the subject rules are ``en_quote_lead``'s."""

from __future__ import annotations

from .document import Document
from .en_bare_clause import is_verb
from .en_clauses import clause_subject
from .en_entity_words import ORG_REFERENCES
from .en_lexicon import ADVERBS, CAP_STOP, CONJ, DETS, NP_STOP, PREPS, PRONOUNS, SUBORD
from .en_phrases import (
    np_ok,
    words_with_pos,
)
from .en_quote_lead import ARTIFACTS, subject_ending_at
from .model import Candidate
from .text import fold_word

Word = tuple[str, int, int]

# the verb whose subject speaks through the thing: "she released a statement saying"
_PUBLISH = {
    "released",
    "issued",
    "sent",
    "posted",
    "published",
    "tweeted",
    "put",
    "held",
    "hoisted",
    "emailed",
    "shared",
    "circulated",
    "distributed",
    "passed",
    "displayed",
    "wrote",
    "releases",
    "issues",
    "sends",
    "posts",
    "publishes",
}
_ARTIFACT_VERBS = {"saying", "reading", "asking", "stating"}
_RELATIVE_VERBS = {"said", "says", "read", "reads", "asked", "asks", "stated", "states"}


def artifact_quote(doc: Document, q, us: int, lead_end: int) -> Candidate | None:
    """ "she released a statement saying, “...”", "a message that said, “...”", "one
    of her ads asking, “...”": words carried by a written thing, right before the
    quote. Its speaker is the subject of the verb that released, sent or posted it,
    else the thing itself; never a person guessed from further away."""
    t = doc.t
    words = words_with_pos(t, max(us, lead_end - 200), lead_end)
    if len(words) < 2 or t[words[-1][2] : lead_end].strip(" ,:"):
        return None
    verb = words[-1]
    lv = fold_word(verb[0])
    h = len(words) - 2
    if lv in _RELATIVE_VERBS and fold_word(words[h][0]) in ("that", "which"):
        h -= 1
    elif lv not in _ARTIFACT_VERBS:
        return None
    # the thing: its head noun, maybe with a place or addressee after it ("a text
    # message to supporters saying", "a message on Twitter reading")
    for _ in range(4):
        if h < 0 or t[words[h][2] : words[h + 1][1]].strip():
            return None
        head = fold_word(words[h][0])
        if head in ARTIFACTS or head.rstrip("s") in ARTIFACTS:
            break
        h -= 1
    else:
        return None
    between = [
        fold_word(w) for w, _, _ in words[h + 1 : -1] if fold_word(w) not in ("that", "which")
    ]
    if between and (between[0] not in PREPS or between[0] == "by" or set(between) & PRONOUNS):
        return None  # "responded to one of Trump's messages by saying": not the message's words
    a = h
    while (
        a > 0
        and a > h - 3
        and words[a - 1][0].islower()
        and not t[words[a - 1][2] : words[a][1]].strip()
        and words[a - 1][0].isalpha()
        and fold_word(words[a - 1][0]) not in PREPS | CONJ | NP_STOP | _PUBLISH
        and not is_verb(words[a - 1][0])
        and not (
            # "a marketing video" (after a determiner) but not "carrying signs"
            words[a - 1][0].endswith("ing") and (a < 2 or fold_word(words[a - 2][0]) not in DETS)
        )
    ):
        a -= 1  # "a marketing video", "her ads", "water bottles"
    if (
        a >= 3
        and fold_word(words[a - 1][0]) == "of"
        and fold_word(words[a - 2][0]) in ("one", "some", "many")
    ):
        a -= 2  # "one of her ads"
    p = a - 1
    if p >= 0 and fold_word(words[p][0]) in ("out", "up"):
        p -= 1  # "sent out", "held up"
    if (
        p >= 1
        and fold_word(words[p][0]) in _PUBLISH
        and not t[words[p][2] : words[a][1]].strip(" ")
    ):
        j = p - 1
        while j >= 0 and (
            fold_word(words[j][0]) in ADVERBS
            or (words[j][0].islower() and fold_word(words[j][0]).endswith("ly"))
        ):
            j -= 1
        subj = subject_ending_at(t, words, j, us) if j >= 0 else None
        if subj is None:
            return None  # someone released it, and who is not clear
        sp_s, sp_e = subj
    else:
        sp_s, sp_e = words[a][1], words[h][2]
    return Candidate.quoted(q, verb, sp_s, sp_e, "pre")


# what a speaker delivers before a colon: "gave a blunt answer:", "issued a warning,"
_MESSAGE_NOUNS = {
    "statement",
    "message",
    "warning",
    "answer",
    "reply",
    "response",
    "retort",
    "compliment",
    "plea",
    "reminder",
    "promise",
    "vow",
    "verdict",
    "assessment",
    "prediction",
    "explanation",
    "rebuke",
    "apology",
    "assurance",
    "appeal",
    "greeting",
    "case",
    "advice",
    "ultimatum",
}
# verbs whose subject takes in the message rather than delivering it
_TAKING_VERBS = {
    "received",
    "receives",
    "got",
    "gets",
    "heard",
    "hears",
    "saw",
    "sees",
    "read",
    "reads",
    "found",
    "finds",
    "ignored",
    "rejected",
    "quoted",
    "cited",
    "welcomed",
    "dismissed",
    "needed",
    "needs",
    "wanted",
    "wants",
    "awaited",
}
# irregular verbs of delivering the general verb test does not know
_GIVING_VERBS = {"gave", "gives", "had", "has", "made", "makes", "sent", "sends", "put", "puts"}
_GIVING_VERBS |= {"wrote", "writes", "struck", "strikes", "left", "leaves"}
# words between a subject and its verb: "has since issued", "then gave"
_BEFORE_VERB = {"has", "have", "had", "also", "then", "later", "again", "since", "once", "just"}


def message_object_quote(doc: Document, q, us: int, lead_end: int) -> Candidate | None:
    """ "Lukashenko delivered a blunt message to Minsk: “...”", "the ministry issued a
    statement, “...”", "but he gave the mayor a backhanded compliment: “...”": a verb,
    its object whose head is a noun of a message (maybe "to" someone after it), a colon
    or comma and the quote. The speaker is the verb's subject."""
    t = doc.t
    if t[lead_end : lead_end + 1] not in ":,":
        return None
    words = words_with_pos(t, max(us, lead_end - 300), lead_end)
    n = len(words) - 1
    if n < 2:
        return None
    if n >= 2 and fold_word(words[n - 1][0]) in ("to", "for"):
        n -= 2  # "a message to Trump"
    elif n >= 3 and fold_word(words[n - 2][0]) in ("to", "for") and words[n][0][:1].isupper():
        n -= 3  # "a message to Vladimir Putin"
    if n < 2 or fold_word(words[n][0]) not in _MESSAGE_NOUNS or not words[n][0].islower():
        return None
    if any(ch in t[words[n][2] : lead_end] for ch in ',;:“”"()—–'):
        return None
    v = -1
    for k in range(n - 1, max(0, n - 6), -1):
        w = words[k][0]
        if any(ch in t[words[k][2] : words[k + 1][1]] for ch in ',;:“”"()—–'):
            return None
        lw = fold_word(w)
        if lw in SUBORD or lw in ("that", "who", "which", "and", "but", "or"):
            return None
        if (
            k < n - 1
            and w.islower()
            and (is_verb(w) or lw in _GIVING_VERBS)
            and fold_word(words[k - 1][0]) not in DETS
        ):
            v = k
            break
    if v < 1:
        return None
    verb = words[v]
    lv = fold_word(verb[0])
    if (
        lv in _TAKING_VERBS
        or lv in ("is", "was", "are", "were", "be", "been")
        or lv.endswith("ing")
    ):
        return None
    if fold_word(words[v + 1][0]) not in DETS | PRONOUNS | {"one", "another", "this", "that"}:
        return None
    j = v - 1
    while j >= 0 and (
        fold_word(words[j][0]) in _BEFORE_VERB
        or fold_word(words[j][0]) in ADVERBS
        or (words[j][0].islower() and fold_word(words[j][0]).endswith("ly"))
    ):
        j -= 1
    if j < 0:
        return None
    if t[words[j][2] : words[j + 1][1]].strip():
        subj = clause_subject(doc, us, lead_end)
        if subj is None or subj[2] != words[j + 1][1] or not np_ok(t[subj[0] : subj[1]].split()):
            return None
        sp = (subj[0], subj[1])
    else:
        found = subject_ending_at(t, words, j, us)
        if found is None:
            return None
        sp = found
    return Candidate.quoted(q, verb, sp[0], sp[1], "pre")


# what someone's words are called: "Clinton's response was: “...”"
_WORDS_NOUNS = _MESSAGE_NOUNS | {
    "words",
    "dictum",
    "motto",
    "slogan",
    "mantra",
    "reaction",
    "comment",
    "line",
    "question",
    "retort",
    "refrain",
    "credo",
}


def possessive_words_quote(doc: Document, q, us: int, lead_end: int) -> Candidate | None:
    """ "Clinton's response was: “...”", "the mayor's advice to them was, “...”", "in
    Forbes' words, “...”": a possessor's words named by a noun of speech, and the
    quote after a colon or comma; the speaker is the possessor."""
    t = doc.t
    words = words_with_pos(t, max(us, lead_end - 200), lead_end)
    if len(words) < 2:
        return None
    last = fold_word(words[-1][0])
    if last in ("was", "is"):
        end = len(words) - 1
    elif last == "words" and len(words) >= 3 and fold_word(words[-3][0]) == "in":
        end = len(words)  # "in Forbes' words,"
    else:
        return None
    for p in range(end - 1, max(-1, end - 7), -1):
        w = words[p][0]
        if any(ch in t[words[p][2] : words[min(p + 1, len(words) - 1)][1]] for ch in ';:“”"()'):
            return None
        if w[:1].isupper() and w.endswith(("'s", "’s", "s'", "s’")):
            head = [fold_word(x) for x, _, _ in words[p + 1 : end]]
            if not head or head[0] not in _WORDS_NOUNS:
                return None
            if p > 0 and fold_word(words[p - 1][0]) in DETS:
                return None  # "the Kremlin's response": a thing's, not a person's
            b = p
            while (
                b > 0
                and b > p - 3
                and words[b - 1][0][:1].isupper()
                and words[b - 1][0] not in CAP_STOP
                and not t[words[b - 1][2] : words[b][1]].strip()
            ):
                b -= 1
            cut = 2 if w.endswith(("'s", "’s")) else 1
            name = [x for x, _, _ in words[b : p + 1]]
            name[-1] = name[-1][:-cut]
            if not np_ok(name):
                return None
            return Candidate(
                q.start,
                q.end,
                words[p + 1][0],
                words[p + 1][1],
                words[p + 1][2],
                words[b][1],
                words[p][2] - cut,
                3,
                role="pre",
            )
    return None


# what a crowd calls out: "chants of “...”", "cries of “...”"
_CHANT_NOUNS = {"chant", "chants", "cry", "cries", "shout", "shouts", "calls", "chorus", "roars"}
# a verb whose subject answers with the chant: "supporters responded with chants of"
_CHANT_VERBS = {"responded", "replied", "answered", "greeted", "interrupted", "erupted"}
_CHANT_VERBS |= {"broke", "burst", "joined", "respond", "greet", "erupt", "break"}
_POSSESSIVES = {"their", "his", "her", "our"}


def chant_quote(doc: Document, q, us: int) -> Candidate | None:
    """ "their chants of “Long live Belarus” were cut short", "the crowd greeted her
    with chants of “...”", "to chants of “Sveta!”": the words a crowd calls out, named
    by a noun of crying out and "of" right before the quote. The speaker is the
    possessive before the noun, or the subject of a verb of answering with it ("X
    responded with chants of"), else nobody: never the one the chant greets ("he was
    greeted with chants of")."""
    t = doc.t
    if t[q.start - 4 : q.start].strip() != "of":
        return None
    words = words_with_pos(t, max(us, q.start - 200), q.start)
    n = len(words) - 1
    if n < 1 or fold_word(words[n - 1][0]) not in _CHANT_NOUNS or not words[n - 1][0].islower():
        return None
    noun = words[n - 1]
    h = n - 2
    while (
        h >= 0
        and words[h][0].islower()
        and (
            fold_word(words[h][0]) in _CHANT_ADJ | {"a", "an"}
            or (fold_word(words[h][0]).endswith("ous") and not is_verb(words[h][0]))
        )
    ):
        h -= 1  # "loud chants of", "a thunderous chant of"
    if h < 0 or t[words[h][2] : words[h + 1][1]].strip():
        return Candidate.quoted(q, noun, -1, -1, "pre")
    lw = fold_word(words[h][0])
    if lw in _POSSESSIVES:
        return Candidate.quoted(q, noun, words[h][1], words[h][2], "pre")
    if lw == "the":
        return None  # "the cries of “...”": chants someone else's sentence talks about
    if lw in ("to", "into") and h >= 3 and fold_word(words[h - 3][0]) in _ROUSING:
        # "roused the crowd to spontaneous chants of": the crowd chants
        if fold_word(words[h - 2][0]) in DETS and not t[words[h - 3][2] : words[h][1]].count(","):
            return Candidate.quoted(q, noun, words[h - 2][1], words[h - 1][2], "pre")
        return None
    if lw in ("with", "in", "into") and h >= 1:
        v = h - 1
        if v >= 1 and fold_word(words[v][0]) in ("her", "him", "them", "us", "me"):
            v -= 1  # "greeted her with chants of"
        if fold_word(words[v][0]) in _CHANT_VERBS and not t[words[v][2] : words[h][1]].count(","):
            j = v - 1
            while j >= 0 and words[j][0].islower() and fold_word(words[j][0]).endswith("ly"):
                j -= 1  # "reportedly erupted in"
            if (
                j >= 0
                and fold_word(words[j][0]) not in _BE
                and not t[words[j][2] : words[j + 1][1]].strip()
            ):
                subj = subject_ending_at(t, words, j, us)
                if subj is None:
                    cs = clause_subject(doc, us, words[v][2])
                    if (
                        cs is not None
                        and cs[2] == words[j + 1][1]
                        and np_ok(t[cs[0] : cs[1]].split())
                    ):
                        subj = (cs[0], cs[1])
                if subj is not None:
                    return Candidate.quoted(q, noun, subj[0], subj[1], "pre")
            return None  # a subject chants, one the rules cannot name
    return Candidate.quoted(q, noun, -1, -1, "pre")


_CHANT_ADJ = {"loud", "louder", "angry", "constant", "near-constant", "repeated", "rhythmic"}
_CHANT_ADJ |= {"frequent", "occasional", "spontaneous", "raucous", "defiant", "new", "more"}
_ROUSING = {"roused", "rouses", "stirred", "stirs", "whipped", "led", "leads", "moved", "drove"}
_BE = {"was", "were", "is", "are", "be", "been", "being"}


def chant_quotes(doc: Document, qs, us: int) -> list[Candidate]:
    """The crowd's chants among a unit's quotes (``chant_quote``), each with the quotes
    joined to it by "and" or "or" ("chants of “A” and “B” as he passed")."""
    out = []
    for i, x in enumerate(qs):
        c = chant_quote(doc, x, us) if x.closed else None
        if c is None:
            continue
        for y in qs[i + 1 :]:
            if not y.closed or doc.t[c.end : y.start].strip() not in ("and", "or", ","):
                break
            c.end, c.kind = y.end, "direct"
        out.append(c)
    return out


# written things that "read" a quote after it, beyond the artifacts a subject releases
_READING_THINGS = ARTIFACTS | {"editorial", "column", "article", "petition", "inscription"}
_READING_THINGS |= {"plaque", "website", "page", "report", "letter", "banner", "headline"}


def reads_thing_after_quote(doc: Document, q, words: list[Word]) -> Candidate | None:
    """ "“...,” reads a Wednesday editorial in the Minsk daily.", "“...,” read the
    email.": the verb "read(s)" right after the quote's closing comma and a short noun
    phrase with a determiner whose head is a written thing; the thing speaks."""
    t = doc.t
    if len(words) < 3 or fold_word(words[0][0]) not in ("read", "reads"):
        return None
    if t[q.end : words[0][1]].strip(" ,") or fold_word(words[1][0]) not in ("a", "an", "the"):
        return None
    for k in range(2, min(len(words), 6)):
        if t[words[k - 1][2] : words[k][1]].strip():
            return None
        if fold_word(words[k][0]) in _READING_THINGS and words[k][0].islower():
            if fold_word(words[1][0]) == "the" and fold_word(words[k][0]) in ORG_REFERENCES:
                return None  # "read the statement": the resolver would guess its author
            after = words[k + 1][0] if k + 1 < len(words) else ""
            if (
                after
                and fold_word(after) not in PREPS
                and not t[words[k][2] : words[k + 1][1]].strip()
            ):
                return None  # "read the email list ...": the head goes on
            end = words[k][2] - (t[words[k][2] - 1] == ".")  # "read the email."
            return Candidate.quoted(q, words[0], words[1][1], end, "post")
        if not words[k][0].isalpha() or fold_word(words[k][0]) in PREPS | NP_STOP:
            return None
    return None
