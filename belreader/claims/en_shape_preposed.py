"""Attribution before the content: "X said (that) ...", "X told reporters ...", "X vowed to
...", "X said: “...”". Where that content ends is ``en_content_end``'s part."""

from __future__ import annotations

import re

from .document import Document
from .en_adverbials import object_then_aside, object_words, skip_adverbials
from .en_bare_clause import (
    QUANTITY_LEAD,
    bare_clause,
    is_auxiliary,
    negative_clause,
    plural_subject,
)
from .en_clauses import (
    evidence_source,
    names_a_work,
    quote_after,
    skip_object,
    title_like,
    title_of_a_work,
)
from .en_content_end import (
    content_end,
    drop_appositive,
    infinitive_end,
    writers_words_end,
)
from .en_content_list import counted_list, short_that_clause
from .en_content_occasion import adjunct_end
from .en_content_start import after_manner_participle, aside_before_that
from .en_content_tail import in_opening_clause, named_clause_after_comma
from .en_cues import after_possessive
from .en_lexicon import (
    AUX,
    BAD_CLAUSE_START,
    CAP_STOP,
    CLAUSE_START_DETS,
    CONJ,
    CUE_NOUNS,
    DENIED,
    DETS,
    EVIDENCE_VERBS,
    GERUND_CUES,
    NP_STOP,
    OBJ,
    OBJ_THAT,
    OBJ_WORDS,
    PARTICIPLE_TAIL,
    PREPS,
    REFUSED,
    SAY,
    TELL,
    THAT,
    TO,
)
from .en_not_claims import increases, increases_by
from .en_phrases import (
    NUMBER_WORDS,
    words_with_pos,
)
from .en_verbs import PRONOUN_OBJECT_CUES
from .model import Candidate
from .text import fold_word, skip_space, trim

# after a participle: "that" at once ("adding that") or after the aside's comma

# "would not say if ...", "didn't say if ...": a question left open, no conditional claim
# how many of a thing were added: "added dozens of titles to the list"
_COUNTED = NUMBER_WORDS | {"dozens", "hundreds", "thousands", "several", "many", "more", "another"}
NEGATED_CUE = re.compile(r"\b(?:not|never)\s+$|n[’']t\s+$")

# what "questioned" takes as a claim: a question ("whether ...") or a thing questioned
# ("the timing", "Mr. Trump's veracity"); after a participle ("those questioned thought",
# "voters questioned by pollsters") none of these follows
_QUESTIONED_OPENERS = frozenset(
    "whether why how what if who when the a an his her their its this these those our "
    "my your".split()
)


# a time clause that opens the sentence: "When I told him, ...", "After she tells them, ..."
_TIME_OPENER = re.compile(r"(?:When|After|Before|Once|Until|While)\s")


def preposed(
    doc: Document, cs, ce, rest, us, ue, cue_low, cue_text, sp_s, sp_e, speaker_override, subord
):
    t = doc.t
    p = skip_space(t, rest, ue)
    if p >= ue or increases(t, ce, cue_low):
        return None
    if not after_possessive(t, cs):  # "Congress's demand, in the bill, that": a noun's
        p = aside_before_that(doc, p, ue)
    title = doc.quote_starting(p)
    if title is not None and title.closed and names_a_work(t, p):
        # "told NBC's “Meet the Press” on Sunday that ...": the name of a show, an
        # adverbial like the rest; the content (if any) comes after it
        p = skip_space(t, skip_adverbials(doc, title.end, ue, cue_low), ue)
        if (
            t[p : p + 1] in ",;"
            or t[title.end - 2] == ","
            or not any(ch.isalnum() for ch in t[p:ue])
        ):
            return None  # (", adding ...": another cue's content)
    # "said: “...”", "said, “...”", "declared “...”"
    p2 = p
    if t[p2] in ":,":
        p2 = skip_space(t, p2 + 1, ue)
    if p2 < ue:
        q = doc.quote_starting(p2)
        if q is not None and title_of_a_work(t, q.start, q.end):
            return None  # "she wrote in her memoir, “Tough Choices.”"
        if q is not None:
            qe = q.end
            tail = t[qe:ue].strip()
            if (
                not tail
                or all(not c.isalnum() for c in tail)
                or q.end >= ue
                or quote_closes_sentence(t, q.start, qe)
            ):
                return Candidate(
                    q.start,
                    qe,
                    cue_text,
                    cs,
                    ce,
                    sp_s,
                    sp_e,
                    0,
                    speaker_override=speaker_override,
                    role="pre",
                )
            # a quote followed by more words: mixed content, handled below
    if cue_low.split()[0] in TELL:
        # "told me, “...”" / "told the BBC: “...”"
        o = skip_object(doc, p, ue)
        q = quote_after(doc, o, ue) if o > p else None
        if q is not None:
            return Candidate(
                q.start,
                q.end,
                cue_text,
                cs,
                ce,
                sp_s,
                sp_e,
                0,
                speaker_override=speaker_override,
                role="pre",
            )
        if subord and o > p and t[o : o + 1] == "," and _TIME_OPENER.match(t, us):
            return None  # "When I tell her, she says ...": what follows is the main clause
    if t[p] in ":" and p2 >= ue:
        return None
    words = words_with_pos(t, p, min(ue, p + 200))
    if not words:
        return None
    first = words[0][0].lower()
    if t[p] == "," and first.endswith("ing") and words[0][0].islower():
        # "said, smiling at the crowd": no content; "said, adding that ...": after "that"
        p = after_manner_participle(t, words, ue)
        if p < 0:
            return None
        words = words_with_pos(t, p, min(ue, p + 200))
        first = words[0][0].lower()
    content_s = -1
    # the claim is the verb's object, a noun phrase or gerund ("questioned the cost",
    # "proposed closing schools"): "and" + a finite verb is the speaker's next act
    object_claim = False
    base = cue_low.split()[0]
    if first == "that" and (cue_low in SAY or cue_low in THAT or cue_low in OBJ_THAT):
        # "suggesting that might not be enough": "that" before a finite auxiliary is the
        # clause's subject, not its conjunction, and stays in the claim ("that, had he
        # stayed, ...": a comma after it marks the conjunction)
        pronoun = len(words) > 1 and words[1][0].lower() in AUX and t[words[0][2]] == " "
        content_s = words[0][1] if pronoun else words[0][2]
    elif first == "that":
        return None  # "declined that assignment": a determiner
    elif first == "to" and cue_low in TO:
        if [w.lower().rstrip(",.") for w, _, _ in words[1:3]] in (
            ["be", "named"],
            ["be", "identified"],
        ):
            return None  # "who declined to be named": the speaker's anonymity, no claim
        if len(words) > 1 and words[1][0].lower() in DETS:
            return None  # "agreed to a moratorium": "to" is a preposition, an act, no claim
        content_s = words[0][1]
    elif first == "not" and len(words) > 1 and words[1][0] == "to" and cue_low in TO:
        content_s = words[0][1]  # "vowed not to repeat ..."
    elif first == "of" and base.startswith("warn") and len(words) > 2:
        # "warned of a provocation", "warned of “a third world war”": what he warned of
        content_s = words[1][1] - (t[words[1][1] - 1] in '“"‘«')
        object_claim = True
    elif (
        base in EVIDENCE_VERBS
        and sp_s >= 0
        and evidence_source(doc, sp_s, sp_e)
        and (
            first not in BAD_CLAUSE_START
            and first not in PREPS
            and first not in ("to", "so", "as", "and", "but", "or", "up", "off", "out", "itself")
        )
    ):
        content_s = words[0][1]  # "A 2014 study found 31 incidents of ..."
    elif cue_low in ("ask", "asks", "asked"):
        # "asked X to ..." / "asked whether ..."
        if first in ("whether", "if", "why", "how", "what"):
            content_s = words[0][1]
        else:
            for k in range(1, min(6, len(words))):
                wk = words[k][0]
                if any(w[0].lower() in NP_STOP for w in words[:k]):
                    break
                if wk == "to" and k < 5:
                    content_s = words[0][1]
                    break
                if wk in ("whether", "if", "why", "how", "what", "which", "about"):
                    # "asked Sanders whether ...", "asked the GOP frontrunner about ..."
                    content_s = words[k][1]
                    break
            if content_s < 0:
                return None
    elif cue_low in OBJ:
        if base in ("urging", "asking") and not any(w[0] == "to" for w in words[1:6]):
            return None  # "urging him toward ...": no call, a description
        if base.startswith("den") and (t[cs - 3 : cs] == "to " or not _disputed(t, words)):
            # "denied him entry", "the keeper denied Gerrard", "challenged X to deny": no
            # denial made
            return None
        if base in ("questioned", "questioning") and not (
            first in _QUESTIONED_OPENERS or words[0][0][:1].isupper()
        ):
            return None  # "Teenagers questioned for a survey", "those questioned thought"
        content_s = words[0][1]
        object_claim = True
    else:
        if base not in TELL and (cue_low in SAY or cue_low in THAT) and negative_clause(t, words):
            # "insisted no foreign troops were ...": "no" is the subject's, not an object's
            content_s = words[0][1]
        # an object before "that": "told reporters that", "warned Belarus that"
        elif cue_low in OBJ_THAT or base in ("told", "tell", "tells", "telling"):
            # the person told may be long ("told The Post and Courier newspaper of
            # Charleston on Saturday that"), and is often a pronoun ("told them that")
            reach = 12 if base in TELL else 7
            for k in range(1, min(reach, len(words))):
                if words[k][0].lower() == "that":
                    mid = t[words[0][1] : words[k][1]]
                    j = object_then_aside(t, words, k)  # "told me, over coffee in Brussels, that"
                    if ("," not in mid.strip().rstrip(",") or j) and object_words(
                        words[: j or k], base
                    ):
                        content_s = words[k][2]
                    break
            if content_s < 0 and base in ("told", "tells", "tell", "telling", "urged"):
                for k in range(1, min(5, len(words))):
                    if words[k][0] == "to" and not any(
                        contraction_head(w[0]) in NP_STOP for w in words[:k]
                    ):
                        content_s = words[0][1]
                        break
            if content_s < 0 and cue_low in SAY:
                # "told reporters he would ..." : skip a short object
                k = 0
                while (
                    k < len(words)
                    and k < 4
                    and (
                        words[k][0].lower()
                        in DETS
                        | {
                            "reporters",
                            "journalists",
                            "me",
                            "us",
                            "him",
                            "her",
                            "them",
                            "parliament",
                            "lawmakers",
                        }
                        or words[k][0][0].isupper()
                    )
                ):
                    k += 1
                if 0 < k < len(words) and contraction_head(words[k][0]) in CLAUSE_START_DETS - {
                    "that"
                } | {
                    "he",
                    "she",
                    "they",
                    "it",
                    "we",
                    "i",
                }:
                    content_s = words[k][1]
            if content_s < 0 and base in TELL:
                # "told USA TODAY's weekly series it is clear ..." : a longer object
                # and a clause with a subject and an auxiliary
                o = skip_object(doc, words[0][1], ue)
                rest_w = [w for w in words if w[1] >= o]
                if (
                    o > words[0][1]
                    and rest_w
                    and bare_clause(t, rest_w)
                    and (
                        rest_w[0][0].lower() in ("it", "he", "she", "they", "we", "i", "there")
                        or rest_w[0][0].lower() in DETS
                    )
                ):
                    content_s = rest_w[0][1]
            if content_s < 0 and base in TELL:
                content_s = told_clause(doc, words, ue, cue_low)
            if (
                content_s < 0
                and base not in TELL
                and cue_low in THAT
                and (base.endswith(("ed", "s", "ing")) or plural_subject(t, sp_s, sp_e, cs))
                and base not in CUE_NOUNS
                and (bare_clause(t, words) or negative_clause(t, words))
            ):
                # "warned the economy would shrink", "assured it would pay"
                content_s = words[0][1]
        elif (
            cue_low in SAY
            and first in ("if", "unless")
            and base not in TELL
            and not NEGATED_CUE.search(t, max(0, cs - 12), cs)
            and (_conditional_claim(t, words))
        ):
            content_s = words[0][1]  # "said if he were president, DACA would ..."
        elif cue_low in SAY:
            if (
                base in ("add", "adds", "added", "adding")
                and (first in DETS or first[:1].isdigit() or first in _COUNTED)
                and not any(ch in t[words[0][1] : ue] for ch in ':“”"‘«')
                and not (bare_clause(t, words) or negative_clause(t, words))
                and not any(is_auxiliary(fold_word(w)) for w, _, _ in words)
            ):
                # "added a third with ten minutes left": a goal, no words ("added its
                # bid, ..., was being considered" has a verb after an aside; "added a
                # caption which reads, “...”", "I'd add a reason: ..." hold some)
                return None
            if (
                first in BAD_CLAUSE_START
                or first in PREPS
                or first
                in (
                    "to",
                    "so",
                    "as",
                    "what",
                    "how",
                    "why",
                    "whether",
                    "if",
                    "about",
                    "and",
                    "but",
                    "or",
                    "nothing",
                    "anything",
                    "something",
                )
            ) and not (
                negative_clause(t, words)
                or (QUANTITY_LEAD.match(t, words[0][1]) and bare_clause(t, words))
            ):
                return None  # (but "said no order was ...", "said at least 30 people were")
            if (
                first[0].isalnum()
                and not first.endswith("ly")
                and (
                    len(words) >= 4
                    or (len(words) == 3 and (bare_clause(t, words) or pronoun_clause(words)))
                )
                and not (increases_by(words, cue_low) and not bare_clause(t, words))
            ):
                # three words only as a clause: "it was wrong", "she backed it"
                content_s = words[0][1]
        elif (
            contraction_head(first) in ("he", "she", "it", "they", "we", "i")
            and base not in PRONOUN_OBJECT_CUES
        ):
            content_s = words[0][1]
        elif (
            base in GERUND_CUES
            and first.endswith("ing")
            and len(first) > 5
            and (first not in PARTICIPLE_TAIL)
            and words[0][0].islower()
        ):
            # "denied receiving any money", "mentioned receiving many proposals"
            content_s = words[0][1]
            object_claim = True
        elif (
            cue_low in THAT
            and (
                base.endswith(("ed", "s", "ing"))
                or base in ("wrote", "written")
                or plural_subject(t, sp_s, sp_e, cs)
            )
            and base not in CUE_NOUNS
            and bare_clause(t, words)
        ):
            # "announced it had reached ...", "warned the economy would shrink"
            content_s = words[0][1]
        if content_s < 0:
            # "said that" may also follow "said on Friday, that" - nothing else
            return None
    if content_s < 0:
        return None
    e = content_end(doc, content_s, ue, subord)
    e = writers_words_end(doc, content_s, e)
    if object_claim:
        e = infinitive_end(doc, content_s, e)
        if subord or in_opening_clause(doc, content_s):
            # "When X criticized Poland, Y fired back: ...": the object ends where the
            # main clause's named subject and verb begin
            c = named_clause_after_comma(t, content_s, e)
            e = c if c >= 0 else e
        if base.startswith("den"):
            e = _denial_end(t, content_s, e)
    if object_claim or t.startswith(("to ", "not to "), content_s):
        e = adjunct_end(doc, content_s, e)
    s, e = counted_list(t, *trim(t, content_s, e), ue, ce)
    e = drop_appositive(doc, s, e)
    # a quote running past the unit end (multi-paragraph) extends the content
    q = doc.quote_at(e - 1) if e > s else None
    if q is not None and q.end > e and q.start >= s:
        e = q.end
    # a denial's object may be short: "denies any involvement", "denied wrongdoing"
    denial = object_claim and base.startswith("den") and e - s >= 8
    if not denial and (e - s < 10 or len(t[s:e].split()) < 3) and not short_that_clause(t, s, e):
        return None
    return Candidate(
        s,
        e,
        cue_text,
        cs,
        ce,
        sp_s,
        sp_e,
        1 if cue_low not in OBJ else 2,
        speaker_override=speaker_override,
        role="pre",
    )


# the writer's own clause after the reported one: "said A, while B ...", "said A,
# according to C", "said A; B ...", "said A, and/but he B", and the writer's summary at
# the end: "said A, a move that ...", "said A -- a play on ..." (", suggesting that B"
# stays: the speaker's own reasoning, as the seed gold reads it)
def told_clause(doc: Document, words: list, ue: int, cue_low: str) -> int:
    """ "told his audience they wouldn’t back him", "told host Sean Hannity a loss is
    likely", "tells voters she’s with them", "told The Star-Ledger last week she would
    ...": the person told (a role noun may open it), a time phrase, then a clause whose
    subject is a pronoun with its verb, or a noun phrase with its auxiliary. The start
    of the clause, or -1."""
    t = doc.t
    s = words[0][1]
    o = skip_object(doc, s, ue)
    if o == s and len(words) > 1 and words[0][0].islower() and words[1][0][:1].isupper():
        o = skip_object(doc, words[1][1], ue)  # "host Sean Hannity"
        if o == words[1][1]:
            return -1
    if o == s:
        return -1
    o2 = skip_adverbials(doc, o, ue, cue_low)
    if any(w[0].lower() in CONJ for w in words if s <= w[1] < o2):
        return -1  # "told his advisers as he labored over ...": the writer's clause
    rest_w = [w for w in words if w[1] >= o2]
    if len(rest_w) < 3 or t[o2 : rest_w[0][1]].strip():
        return -1
    first = rest_w[0][0]
    if contraction_head(first) in ("he", "she", "they", "we", "i") and first.lower() not in (
        "he",
        "she",
        "they",
        "we",
        "i",
    ):
        return rest_w[0][1]  # "she’s", "they’d"
    if pronoun_clause(rest_w) or (
        bare_clause(t, rest_w) and (first.lower() in DETS or first.lower() in ("it", "there"))
    ):
        return rest_w[0][1]
    if (
        o == words[0][2]
        and words[0][0].lower() in OBJ_WORDS
        and first[0].isupper()
        and first not in CAP_STOP
        and _aux_after_name(rest_w)
    ):
        # "told him Belarus was ready", "told reporters Minsk would not yield": after a
        # one-word object a name with its auxiliary opens the clause
        return rest_w[0][1]
    return -1


def _disputed(t: str, words: list) -> bool:
    """Does a denial's object name what is disputed: a gerund ("denied using drugs"),
    a clause ("denied there was a snub"), or a noun of claims within its first words
    ("the charges", "any wrongdoing", "reports that ..."), and nothing refused ("him
    entry", "the request")?"""
    lows = [fold_word(w[0]) for w in words[:4]]
    if any(w in REFUSED for w in lows[:3]):
        return False
    return (
        lows[0].endswith("ing")
        or (lows[0] in ("ever", "never") and len(lows) > 1 and lows[1].endswith("ing"))
        or any(w in DENIED for w in lows)
        or bare_clause(t, words)
    )


# where a denial's noun phrase ends: a comma, a dash or a bracket, or "and"/"but" before
# a verb or a new subject ("denied the charges and counter-accused her", "denied the
# reports and no bid materialized")
_DENIAL_END = re.compile(
    r"\s*(?:,(?!\s*\d)|[;(—–])|\s+-+\s|\s+(?:and|but)\s+(?=(?:no|he|she|they|it|we|critics|[a-z-]+ed)\b)"
)


def _denial_end(t: str, s: int, e: int) -> int:
    """The end of a denial's object ("denied the charges") before the writer goes on;
    a "that" clause ("denied reports that ...") keeps the end it has."""
    m = _DENIAL_END.search(t, s, e)
    if m is None or m.start() <= s or " that " in t[s : m.start()]:
        return e
    return m.start()


def _aux_after_name(words: list) -> bool:
    """A name of up to three capitalised words, then an auxiliary: "Belarus was",
    "Minsk wouldn't" ("Minsk stories" is a noun, no clause)."""
    k = 0
    while k < min(3, len(words)) and words[k][0][:1].isupper():
        k += 1
    return 0 < k < len(words) and is_auxiliary(words[k][0].lower())


def contraction_head(word: str) -> str:
    """The word before a contraction, in lower case: "he’s" and "he's" -> "he"."""
    return word.lower().replace("’", "'").split("'", 1)[0]


def pronoun_clause(words: list) -> bool:
    """A subject pronoun and a lower-case word that can be its verb: "she backed it",
    "they disagreed strongly"."""
    verb = words[1][0]
    return (
        words[0][0].lower() in ("he", "she", "they", "we", "i")
        and verb.islower()
        and verb not in NP_STOP
        and verb not in PREPS
    )


def _conditional_claim(t: str, words: list) -> bool:
    """ "if he were elected, taxes would fall": a condition, a comma, then a clause with
    a subject and an auxiliary (not "said if asked" or "said if so"). Without the comma,
    a subject pronoun with its auxiliary after the condition opens the clause: "if
    elected president he could work with them", "if he lost the state he’d quit"."""
    for k in range(2, min(len(words) - 2, 25)):
        if t[words[k][2] : words[k][2] + 1] == ",":
            return bare_clause(t, words[k + 1 :])
    for k in range(2, min(len(words) - 1, 20)):
        w = words[k][0]
        head = contraction_head(w)
        if head in ("he", "she", "they", "we", "i") and (
            head != w.lower() or words[k + 1][0] in AUX
        ):
            return True
    return False


def quote_closes_sentence(t: str, qs: int, qe: int) -> bool:
    """A quote right after its cue that ends on a comma (“...,” or “...”,) is the reported
    sentence whole: the words after it are the writer's ("said, “...,” and shared a
    link", "“...,” drawing jeers"), not more of the content."""
    if qe - qs < 3 or t[qs].isalnum() or title_like(t[qs:qe]):
        return False
    if t[qe - 2] == "," or (qe < len(t) and t[qe] == ","):
        return True
    return WRITER_AFTER_QUOTE.match(t, qe) is not None


WRITER_AFTER_QUOTE = re.compile(r"\s+(?:and|but|before|after|when|while)\s+(?!that\b)[a-z]")
