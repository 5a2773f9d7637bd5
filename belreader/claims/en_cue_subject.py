"""The subject before a cue, beyond the noun phrase rules of ``en_phrases``: words
beside it that are not part of it; whether a noun with its article before any cue is a
speaker (an object or a clause follows the cue); the subject of the clause before a cue
that follows another clause; ", who said ...": whom "who" stands for and where its
clause ends; the head before a subject relative ("the official who relayed it"); and the
name a party or state tag belongs to ("Sen. Rand Paul, R-Ky.")."""

from __future__ import annotations

import re

from .document import Document
from .en_adverbials import skip_adverbials
from .en_bare_clause import is_verb
from .en_clauses import (
    LAST_CLAUSE_MARK,
    clause_subject,
    is_tail,
)
from .en_entity_words import DOCUMENTS
from .en_lexicon import ALL_CUES, AUX, CAP_STOP, CONJ, FRONT_ADVERBS, NP_STOP, PREPS
from .en_phrases import (
    determined_np,
    np_ok,
    words_with_pos,
)
from .en_speakers import SPEAKER_NOUNS, capitalised_name_word
from .text import fold_word, skip_space

# words around a subject that are not part of it: "Even the organizer said", "Carter
# however said", "Her campaign workers here said", "Clinton defenders today argue"
LEAD_ASIDES = {"even", "still"}
_TAIL_ASIDES = {"however", "here", "today", "too", "though", "meanwhile", "instead", "now"}
# "Mr Tusk himself says": an intensifier after the subject
_TAIL_ASIDES |= {"himself", "herself", "themselves", "itself"}
_TIME_TAIL_WORDS = {"week", "month", "year", "weekend", "night"}
_ASIDE_ENDS = _TAIL_ASIDES | _TIME_TAIL_WORDS


def without_asides(ws: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The subject words before a cue without a trailing "however", "here", "today",
    "last week", ... (not in a relative clause: "who last year threatened")."""
    if len(ws) < 2 or fold_word(ws[-1][0]) not in _ASIDE_ENDS:
        return ws  # the common case, decided by the last word alone
    if any(fold_word(w) in ("who", "which", "that") for w, _, _ in ws):
        return ws
    while len(ws) > 1:
        lw = fold_word(ws[-1][0])
        if lw in _TAIL_ASIDES and ws[-1][0].islower():
            ws = ws[:-1]
        elif (
            len(ws) > 2
            and lw in _TIME_TAIL_WORDS
            and fold_word(ws[-2][0]) in ("last", "this")
            and ws[-2][0].islower()
            and not ws[-3][0].endswith(("ed", "en"))  # "a poll conducted last week"
        ):
            ws = ws[:-2]
        else:
            break
    return ws


def without_lead_adverb(ws: list[tuple[str, int, int]], us: int) -> list[tuple[str, int, int]]:
    """The subject before a cue without words before it that are not part of it: the
    adverb of time that opens the sentence at ``us`` ("Earlier he told reporters",
    "Later Kalesnikava said"; longer leads, "Earlier this week he said", are the fronted
    phrases of ``fronted_subject``), or the noun a reduced relative clause hangs on ("a
    charge Mrs Kavaliova says stems from ...", "a practice rights groups say is ...")."""
    opens = len(ws) == 2 and ws[0][1] == us and ws[0][0][:1].isupper()
    if opens and fold_word(ws[0][0]) in FRONT_ADVERBS:
        return ws[1:]
    if (
        len(ws) >= 3
        and fold_word(ws[0][0]) in ("a", "an", "the", "this", "that")
        and ws[1][0] in _SAID_OF_NOUNS
        and fold_word(ws[2][0]) not in PREPS
        and np_ok([w for w, _, _ in ws[2:]])
        and (ws[2][0][:1].isupper() or fold_word(ws[-1][0]).rstrip("s") in SPEAKER_NOUNS)
    ):
        return ws[2:]
    return ws


# nouns a claim is made about, before a reduced relative clause: "a charge X denies"
_SAID_OF_NOUNS = frozenset(
    "charge charges accusation accusations claim claims allegation allegations practice"
    " figure number move step decision policy plan measure law rule tactic sum deal"
    " case crime offence offense idea view version account story scenario".split()
)


# adverb particles after a verb: "applauding along with the audience", "backing away"
_PARTICLES = {"along", "away", "back", "off", "out", "up", "down", "again", "together"}


def object_follows(doc: Document, ws: list[tuple[str, int, int]], b: int, ce: int, ue: int) -> bool:
    """After "The star noted", "the filing cites", "The book accuses": an object or a
    clause follows the cue, not a preposition of a participle phrase ("a practice
    criticized by ...", "an American contractor accused of spying") nor "to" (a plan
    that "threatened to" or "promised to" is no speaker)."""
    t = doc.t
    nxt = words_with_pos(t, ce, min(ue, ce + 40))
    if not nxt or t[ce : nxt[0][1]].strip(" ,:"):
        return False
    lw = fold_word(nxt[0][0])
    if lw in PREPS or lw in ("to", "by", "of") or lw in _PARTICLES:
        return False
    if is_tail(doc, skip_adverbials(doc, ce, ue, ""), ue):
        return False  # "..., the crowd applauded loudly.": no report after the cue
    # "…, an allegation rejected …": an indefinite noun in apposition, not a subject
    return not (b >= 0 and t[b] == "," and fold_word(ws[0][0]) in ("a", "an"))


# lower-case words inside a name: "David Woodard of Clemson University"
_NAME_LINKS = {"of", "for", "at", "the", "de", "van", "von", "and"}
_ROLE_DETS = {"a", "an", "another", "one", "the", "his", "her", "their", "its", "our"}


def name_words(words: list[str]) -> bool:
    """A capitalised name of up to six words, with "of" / "at" ... inside it: "Jim
    Poolman", "Agriculture Secretary Tom Vilsack", "David Woodard of Clemson
    University"."""
    return (
        1 <= len(words) <= 6
        and capitalised_name_word(words, 0)
        and capitalised_name_word(words, len(words) - 1)
        and all(capitalised_name_word(words, i) or w in _NAME_LINKS for i, w in enumerate(words))
    )


def role_head(words: list[str]) -> bool:
    """The role before a name in apposition: "Another pollster", "One Republican
    presidential hopeful", "Bloomberg's pollster", "Another delegate on the Cruz slate"
    (a noun phrase with a determiner, a possessive or a capital, no verb in it)."""
    if not 1 <= len(words) <= 7:
        return False
    if all(w[:1].isupper() for w in words) and not any(w.endswith(("'s", "’s")) for w in words):
        # "Tim Crawford, Group Economist at Halifax, said": capitals alone are a name,
        # and the name, not the role after it, speaks
        return False
    lows = [fold_word(w) for w in words]
    if not (
        lows[0] in _ROLE_DETS
        or words[0].endswith(("'s", "’s"))
        or (words[0][:1].isupper() and words[0] not in CAP_STOP)
    ):
        return False
    return all(
        (lw not in NP_STOP or (w is words[0] and w == "Its"))  # "Its chairman, X, said"
        and lw not in CONJ
        and not (w.islower() and (lw in ALL_CUES or lw in AUX or lw.endswith(("ed", "ly"))))
        and any(c.isalpha() for c in w)
        for w, lw in zip(words, lows)
    )


# what a subject issues, sends or signs, before a participle: "issued a statement saying"
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def document_before(ws: list[tuple[str, int, int]]) -> bool:
    """Do the words before a participle end with a document the subject put out ("issued
    a statement (Wednesday) saying", "started a petition calling on") or "as" ("quoted X
    as saying"), with no subordinate clause before it?"""
    lows = [fold_word(w) for w, _, _ in ws]
    if any(lw in CONJ for lw in lows[:-1]):
        return False  # "as more Republicans have begun urging": another subject
    k = len(lows) - 1
    while k > 0 and (lows[k] in _DAYS or lows[k] in ("later", "that", "on")):
        k -= 1
    return lows[k] in DOCUMENTS or lows[k] == "as"


_LONE_QUANTIFIERS = {"some", "most", "many", "several", "few", "both", "all", "another"}


def plain_subject(words: list[str]) -> bool:
    """A subject that may speak through any cue after "as" / "when" / "after": not a
    gerund phrase ("after using his blog to criticise"), not a lone quantifier ("while
    some touts simply offered": "touts" is a noun there)."""
    lows = [fold_word(w) for w in words]
    return (
        bool(lows)
        and lows[-1] != "to"
        and not (words[0].endswith("ing") and words[0].islower())  # not "the mining group"
        and not (len(lows) == 1 and lows[0] in _LONE_QUANTIFIERS)
    )


# a short bracketed reference: "(Letters, Dec 4)", "(“Minsk bets on patience”, Dec 2)"
_REFERENCE = re.compile(r"[^()]{1,40}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})")


def clause_mark_before(doc: Document, win_s: int, end: int) -> int:
    """The last clause punctuation in t[win_s:end] (a comma, a dash, a quote mark ...),
    or -1; a short parenthesis without a comma belongs to the noun phrase around it."""
    t = doc.t
    i = end  # t[win_s:i] is still to scan, from its end
    while i > win_s:
        m = LAST_CLAUSE_MARK.match(t, win_s, i)
        if m is None:
            return -1
        j = m.end() - 1
        if t[j] == ")":
            op = t.rfind("(", max(win_s, j - 40), j)
            # (also a short reference with a comma: "Anna Kowalczyk (Letters, Dec 4) claims")
            if op >= 0 and ("," not in t[op:j] or _REFERENCE.fullmatch(t, op + 1, j)):
                i = op
                continue
        return j
    return -1


def last_clause_subject(doc: Document, us: int, b: int) -> tuple[int, int] | None:
    """The subject of the clause that ends at b, after the clause punctuation before it
    and an opening conjunction or subordinator ("..., as Mrs. Clinton echoed the
    criticism" -> "Mrs. Clinton"), when a verb follows it; else None."""
    t = doc.t
    m = LAST_CLAUSE_MARK.match(t, max(us, b - 300), b)
    s = m.end() if m is not None else max(us, b - 300)
    words = words_with_pos(t, s, b)
    k = 0
    while k < len(words) and (fold_word(words[k][0]) in CONJ or fold_word(words[k][0]) == "even"):
        k += 1
    if k >= len(words):
        return None
    subj = clause_subject(doc, words[k][1], b)
    return subj[:2] if subj is not None else None


# prepositions whose object is the person a "who" goes on about: "a question from a
# young child, who", "denied by a spokesman, who"
_PERSON_PREPS = {"from", "by", "to", "with", "for"}


def that_follows(t: str, ce: int, ue: int) -> bool:
    """Does "that" open the words after the cue ("found that ...", maybe after a short
    phrase: "boasted on state television that ...")? The cue is then a verb with its
    clause, and a noun phrase before it is its subject."""
    m = _THAT_NEXT.match(t, skip_space(t, ce, ue), ue)
    # (a phrase of a few words with no verb: "rejected on Monday was similar to a
    # proposal that ..." is a participle, its "that" another noun's)
    return m is not None and not any(fold_word(w) in AUX for w in (m.group(1) or "").split())


_THAT_NEXT = re.compile(
    r"((?:on|in|at|to|during|last|this|earlier|later)(?:\s[\w’'-]+){1,4}\s)?that\s"
)


def speaking_antecedent(doc: Document, us: int, b: int) -> list[tuple[str, int, int]]:
    """The antecedent of ", which said" before the comma at ``b`` when it can speak: a
    body's name, with its "of" and "for" ("the National Council for Adoption, which
    said"), or a document ("issued a statement, which said"); else []."""
    words = words_with_pos(doc.t, max(us, b - 100), b)
    if not words or words[-1][2] != b:
        return []
    k = len(words)
    while k > 0 and len(words) - k < 8:
        w = words[k - 1][0]
        capitalised = w[:1].isupper() and w not in CAP_STOP and _WORDY.fullmatch(w) is not None
        # a link between two capitalised words: "Institute for the Study of War"
        linked = w in _NAME_LINKS and any(x[0][:1].isupper() for x in words[max(0, k - 3) : k - 1])
        if not (capitalised or linked):
            break
        k -= 1
    while k < len(words) and words[k][0] in _NAME_LINKS:
        k += 1
    if k < len(words):
        return words[k:] if k > 0 else []  # (opening the clause: the subject rules read it)
    run = relative_antecedent(doc, us, b)
    if not run or fold_word(run[-1][0]) not in DOCUMENTS:
        return []
    before = [w for w in words if w[2] <= run[0][1]]
    if before and fold_word(before[-1][0]) in _ISSUED and (found := clause_subject(doc, us, b)):
        # "The ministry issued a statement, which said": the ministry speaks
        subject = words_with_pos(doc.t, found[0], found[1])
        if subject and subject[-1][2] <= before[-1][1]:
            return subject
    return run


_ISSUED = frozenset({"issued", "released", "published", "posted", "sent", "put"})


_WORDY = re.compile(r"[^\W\d_][\w'’-]*")  # "Bankers'", "O'Brien"; not "2014,"


def relative_antecedent(doc: Document, us: int, b: int) -> list[tuple[str, int, int]]:
    """The speaker of "..., who said" in mid-sentence: the noun phrase right before
    the comma at ``b`` ("The crowd cheered for Lukashenko, who said ...", "a question
    from a young child, who said ..."), a name or a short phrase with its article; []
    where another noun could be meant ("the son of Lukashenko, who": of whom?)."""
    t = doc.t
    if t[b - 1 : b] == ")" and (op := t.rfind("(", max(us, b - 80), b)) > us:
        # "Prof. Hanna Kaliada (Charles University, Prague), who argued": the name
        # before the bracket, not the place inside it
        b = op
        while b > us and t[b - 1] == " ":
            b -= 1
    words = words_with_pos(t, max(us, b - 80), b)
    if not words or words[-1][2] != b:
        return []
    k = len(words)
    while k > 0 and len(words) - k < 4:
        w = words[k - 1][0]
        if not (w[:1].isupper() and w not in CAP_STOP and w.isalpha()):
            break
        k -= 1
    if k < len(words):
        run = words[k:]  # a name
    else:
        dets = [
            i
            for i in range(max(0, len(words) - 4), len(words))
            if fold_word(words[i][0]) in ("a", "an", "the")
        ]
        if not dets:
            return []
        k = dets[-1]
        run = words[k:]
        if not (2 <= len(run) <= 4 and run[-1][0].islower() and run[-1][0].isalpha()):
            return []
        if any(fold_word(w) in NP_STOP or fold_word(w) in PREPS for w, _, _ in run[1:]):
            return []
        if k > 0 and fold_word(words[k - 1][0]) in PREPS - _PERSON_PREPS:
            return []  # "opponents on the left, who": the phrase is a place, not the people
    if k == 0:
        return []  # the phrase opens the clause: the subject rules already read it
    before = fold_word(words[k - 1][0])
    if before in ("in", "from") and k >= 2 and words[k - 2][0][:1].isupper():
        # "a message from Ona in Ukmergė, who says": the person, not her town
        j = k - 2
        while j > 0 and words[j - 1][0][:1].isupper() and words[j - 1][0] not in CAP_STOP:
            j -= 1
        if words[j][0] not in CAP_STOP and fold_word(words[j - 1][0]) not in ("of",):
            return words[j : k - 1]
        return []
    if before in ("of", "and", "or") or before.endswith(("’s", "'s")):
        return []  # "the son of Lukashenko, who", "Putin and Lukashenko, who"
    return run


# a sentence that opens with a name and its relative clause: "Anna Petrova, who ..."
_OPENING_RELATIVE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+(?:who|whose)\s")


def opening_relative_subject(doc: Document, us: int, b: int) -> list[tuple[str, int, int]]:
    """The subject of a sentence that opens with a name and its relative clause, when
    the cue follows the clause's last comma: "Anna Petrova, who lost her son in Grodno,
    Belarus, in 2020, said" -> "Anna Petrova", not "Belarus" (the phrase just before
    that comma sits inside the clause); [] for any other opening."""
    t = doc.t
    m = _OPENING_RELATIVE.match(t, skip_space(t, us, b), b)
    if m is None or t.find(",", m.end(), b) < 0:
        return []  # no comma inside the clause: the plain rules read it
    words = words_with_pos(t, m.start(1), m.end(1))
    if any(w in CAP_STOP for w, _, _ in words):
        return []  # "But Petrova, who ...", "The Petrovs, who ...": left to those rules
    if any(ch in t[m.end() : b] for ch in ';:—()“”"'):
        return []  # a quote or a break inside: the clause may have ended earlier
    return words


def who_clause_end(doc: Document, ce: int, ue: int) -> int:
    """The end of "who said ..." inside a sentence: the first comma or dash outside
    quotes followed by a lower-case verb ("..., spoke on Friday", "..., has also", "The
    IAAF - which said ... - is deciding"), else ue."""
    t = doc.t
    for m in _ASIDE_CLOSE.finditer(t, ce, ue):
        c = m.start()
        if doc.quote_at(c) is None:
            nxt = words_with_pos(t, m.end(), min(ue, m.end() + 30))
            if nxt and nxt[0][0].islower() and (fold_word(nxt[0][0]) in AUX or is_verb(nxt[0][0])):
                return c
    return ue


# what closes a relative clause inside a sentence: a comma, or a dash between spaces
_ASIDE_CLOSE = re.compile(r",|\s[-–—]\s")


def participle_of_object(t: str, us: int, cs: int) -> bool:
    """In "X unveiled an ad, featuring voters telling their stories and criticizing Y",
    the participle at cs pairs with an earlier participle right after a plural or a
    name ("voters telling"): those people speak, not the subject of the sentence. Is
    there such a participle in the clause (from the last comma or dash) before cs?"""
    c = max(t.rfind(", ", us, cs), t.rfind(";", us, cs), t.rfind("—", us, cs))
    if c < 0:
        return False
    words = t[c + 1 : cs].split()
    return any(
        w.endswith("ing")
        and w.isalpha()
        and w.islower()
        and (words[i - 1][:1].isupper() or words[i - 1].endswith("s"))
        for i, w in enumerate(words[:-1])
        if i > 0
    )


# a party or state tag set off by commas: "R-Ky.", "D-N.Y.", "Calif.", "N.H."
PLACE_TAG = re.compile(
    r"[RDI]-[A-Z][A-Za-z.]*|(?:[A-Z][a-z]{0,4}\.\s?)+"
    # a British MP's party after the name: "Fergus McBride, SNP, said"
    r"|SNP|DUP|SDLP|UUP|Lab|Con|LD|Lib Dem|Plaid Cymru|Alba|Reform UK"
)


def name_before_tag(doc: Document, us: int, tag_s: int) -> tuple[int, int]:
    """The name the tag at tag_s belongs to: the capitalised phrase between the clause
    boundary before it and its comma ("Sen. Rand Paul, R-Ky."), skipping an age, a
    hometown and a description ("Cecelia Purner, 67, a retired teacher in Allentown,
    Pa."); (-1, -1) when there is none."""
    t = doc.t
    end = t.rfind(",", us, tag_s)
    for _ in range(4):
        if end < 0:
            return -1, -1
        start = max(t.rfind(ch, us, end) for ch in ',;:“”"()—\n') + 1
        start = max(start, us)
        words = words_with_pos(t, start, end)
        seg = [w for w, _, _ in words]
        if seg and (seg[0] in ("of", "from") or seg[0].isdigit() or seg[0].islower()):
            end = start - 1  # "of Flint", "22", "a retired teacher in Allentown"
            continue
        if len(seg) > 2 and seg[0] == "Enter":
            words, seg = words[1:], seg[1:]  # "Enter Fergus McBride, SNP, who ..."
        if seg and seg[0][0].isupper() and seg[0] not in CAP_STOP and np_ok(seg):
            return words[0][1], words[-1][2]
        return -1, -1
    return -1, -1


def relative_head(ws: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "One Democratic official who relayed the exchange" -> "One Democratic official":
    the noun phrase before "who" / "that" when a verb follows the pronoun (a subject
    relative, not "the plan that Carson" whose subject is Carson) and the relative
    clause holds no cue of its own; else ws unchanged."""
    for i in range(1, min(len(ws) - 1, 7)):
        lw = fold_word(ws[i][0])
        if lw not in ("who", "that"):
            continue
        head = [w for w, _, _ in ws[:i]]
        verb = ws[i + 1][0]
        clause = [fold_word(w) for w, _, _ in ws[i + 1 :]]
        if (
            verb.islower()
            and (fold_word(verb) in AUX or is_verb(verb))
            and len(clause) <= 10
            and not any(w in ALL_CUES or w in ("who", "that", "which") for w in clause)
            and (np_ok(head) or determined_np(ws[:i]))
        ):
            return ws[:i]
        break
    return ws


# verbs of going on with an act: "went on to say", "continued to insist", "proceeded to
# argue". The act happened, and the subject is the one who spoke ("goes to show" is an
# idiom: "go" needs its "on")
_GO_ON = frozenset("went goes go".split())
_CONTINUE = frozenset(
    # and habits: "likes to boast that", "tends to say" ("used to" lost on train: "Where
    # he used to boast that A, on Tuesday he said B" ran A into B)
    "continued continues continue proceeded proceeds likes liked loves loved tends tended".split()
)


def aspect_before_cue(before: list[tuple[str, int, int]], cue_low: str) -> int:
    """The index in ``before`` where "went on to" / "continued to" starts when it is
    right before the base form of the cue, else -1."""
    n = len(before)
    if n < 3 or before[-1][0] != "to" or cue_low.endswith(("s", "ed", "ing")):
        return -1
    if before[-2][0] == "on":
        return n - 3 if n > 3 and before[-3][0] in _GO_ON else -1
    return n - 2 if before[-2][0] in _CONTINUE else -1


# auxiliaries and adverbs between the subject and "quoted": "was widely quoted as saying"
BEFORE_QUOTED = frozenset("is was were are been has have had widely also can could be".split())
_HEARD = frozenset(("heard", "seen", "filmed", "recorded"))
_BE = frozenset(("be", "is", "was", "are", "were", "been"))


def quoted_as_saying(
    t: str, before: list[tuple[str, int, int]], cue_low: str
) -> tuple[int, tuple[int, int] | None]:
    """For "saying" after "as": the index in ``before`` of "quoted" when the subject
    before it made the report ("X was quoted (by Interfax) as saying", "State TV quoted
    Y as saying"), else -1; and the one quoted when "quoted" has an object ("Y"), who
    then speaks: the agency only relayed the words. Without "as", a verb that shows or
    quotes someone speaking ("State TV showed Lukashenko telling officials", "Interfax
    quoted him saying") gives its object the same way."""
    j = len(before)
    if cue_low not in ("saying", "telling") or j < 2:
        return -1, None
    has_as = before[j - 1][0] == "as"
    if cue_low == "telling" and has_as:
        return -1, None
    obj_end = j - 1 if has_as else j
    for k in range(obj_end - 1, max(-1, j - 8), -1):
        w = before[k][0]
        if w == "quoted" and (k == obj_end - 1 or before[k + 1][0] in ("by", "in")):
            # "X was quoted (in the Herald) (as) saying": X speaks
            return k, None
        if w in _HEARD and k == obj_end - 1 and not has_as and k > 0 and before[k - 1][0] in _BE:
            # "“...,” Lukashenko can be heard saying": the one heard speaks
            return k, None
        if (w in QUOTING_VERBS or (not has_as and w in SHOWING_VERBS)) and k < obj_end - 1:
            obj = before[k + 1 : obj_end]
            words = [x for x, _, _ in obj]
            # nothing between the one quoted and "as" / the participle
            e = obj[-1][2]
            close = not t[e : before[obj_end][1]].strip(" ") if has_as else t[e : e + 1] == " "
            if (np_ok(words) or words in (["him"], ["her"], ["them"])) and close:
                return k, (obj[0][1], obj[-1][2])
            return -1, None
    return -1, None


QUOTING_VERBS = {"quoted", "quotes", "quoting"}
# verbs that show someone speaking: "State TV showed Lukashenko telling officials"
SHOWING_VERBS = {"showed", "shows", "showing", "shown", "filmed", "captured"}


def ends_in_full_name(words: list[str]) -> bool:
    """Does a phrase end in a full name after a lower-case role: "Conservative policy
    co-ordinator David Cameron" (then "MP for Witney" after the comma is his role, not
    his name)?"""
    k = 0
    while k < len(words) and words[-1 - k][:1].isupper() and words[-1 - k] not in CAP_STOP:
        k += 1
    return 2 <= k < len(words) and words[-1 - k].islower()


def appositive_after_name(t: str, head: list[tuple[str, int, int]], b3: int) -> bool:
    """Is ``head`` (after a comma at ``b3``) an indefinite appositive of a name before
    that comma, so that a second appositive follows: "Kateryna Bornukova, an economist
    at BEROC, a think-tank in Kyiv, says" (the speaker is the name, not "an economist")?"""
    if b3 < 1 or t[b3] != "," or head[0][0] not in ("a", "an"):
        return False
    w = t[max(0, b3 - 40) : b3].split()
    return bool(w) and w[-1][:1].isupper() and w[-1] not in CAP_STOP
