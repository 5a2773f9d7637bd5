"""Where reported content ends, more rules for ``content_end`` (en_content_end): is the
statement reported inside a sentence's opening subordinate clause ("When X said A, B
..."), whose content then ends where the main clause begins?"""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import is_auxiliary
from .en_lexicon import ADVERBS, AUX, IRREGULAR_PAST, SUBORD

# words that may come before "after"/"before"/"since" in a fronted time clause: "Three
# years after X vowed ...", "Just hours before she said ...", "Shortly after ..."
_TIME_LEAD = frozenset(
    "just only shortly soon long moments minutes hours days weeks months years a few "
    "several one two three four five six seven eight nine ten a day week month year "
    "decade decades".split()
)
_LEADING_CONJ = frozenset("and but so yet".split())


def _opening_subordinator(words: list[str]) -> bool:
    """Do the first words open a subordinate clause: "When ...", "And while ...",
    "Having announced ...", "Three years after ...", "Even as ..."?"""
    i = 0
    while i < len(words) and words[i].lower() in _LEADING_CONJ:
        i += 1
    if i >= len(words):
        return False
    first = words[i].lower()
    if first in SUBORD or first == "having" or first == "once":
        return True
    if first == "even" and i + 1 < len(words) and words[i + 1].lower() in SUBORD:
        return True
    return time_clause_lead(words[i:]) > 0


def time_clause_lead(words: list[str]) -> int:
    """How many first words make a time clause's lead up to its subordinator: 3 for
    "Three years after (X vowed ...)", 2 for "Shortly before"; else 0."""
    for j in range(min(4, len(words))):
        w = words[j].lower()
        if w in ("after", "before", "since") and j > 0:
            return j + 1
        if w not in _TIME_LEAD and not w.isdigit():
            return 0
    return 0


def in_opening_clause(doc: Document, s: int) -> bool:
    """Is content starting at ``s`` reported inside the sentence's opening subordinate
    clause ("While he said A, B ...", "Having announced that A, the judge ...")? The
    words before it open with a subordinator and hold no comma of their own but a pair
    around a name ("When the director, John Smith, said ...")."""
    k = doc.unit_index(s)
    if k < 0:
        return False
    us = doc.units[k][0]
    if s - us > 200:
        return False
    prefix = doc.t[us:s]
    if not _opening_subordinator(prefix.split()[:6]):
        return False
    parts = prefix.split(",")
    if len(parts) == 1:
        return True
    if len(parts) != 3:
        return False
    inner = parts[1].split()
    return 1 <= len(inner) <= 5 and (inner[0][:1].isupper() or inner[0][:1].isdigit())


# "declined to comment, didn't respond to ...": after a comma, a negated auxiliary with
# no subject of its own is the speaker's next act (asyndeton), not more of the claim
NEXT_ACT = re.compile(
    r",\s+(?:(?:also|then|later|notably)\s+)?(?:didn[’']t|did\s+not|doesn[’']t|does\s+not|"
    r"wouldn[’']t|would\s+not|won[’']t|will\s+not|hasn[’']t|has\s+not|declined\s+to|"
    r"refused\s+to)\s"
)

# "(the vote, which she has said) was a mistake, was a major factor ...": after content
# that opens with its verb, a comma and a finite verb return to the main clause
MAIN_VERB = re.compile(
    r",\s+(?:is|was|are|were|has|have|had|will|would|can|could|remains|remained)\s"
)


def next_act_end(doc: Document, s: int, e: int) -> int:
    """The content ends before ", didn't ...", ", would not ...", ", declined to ...": the
    speaker's next act. Only for content with no subject of its own ("vowed to ...",
    "(which X said) will ..."): after a clause's own subject the verb may go on with it
    ("said the rules will take effect, will not cover ..."); and only at the content's
    first comma: after an earlier one the comma may close an aside."""
    t = doc.t
    first = t[s : s + 8].split()[:1]
    if not first or (first[0] != "to" and first[0] not in AUX):
        return e
    c = t.find(",", s, e)
    if c < 0:
        return e
    before = t[s:c].split()
    if len(before) < 2 or doc.quote_at(c) is not None:
        return e
    if NEXT_ACT.match(t, c) is None and not (first[0] in AUX and MAIN_VERB.match(t, c) is not None):
        return e
    return c


# "... but would not give details", "..., though she did not discuss their terms", "...,
# without providing evidence", "... but offered no proof": what the speaker would not
# or did not tell is the writer's report of the speaker's act (the verb after the
# negation is one of telling), not part of what the speaker said
_TELLING = (
    r"(?:say|give|offer|provide|discuss|elaborate|comment|specify|disclose|reveal|name|"
    r"identify|detail|explain|release|confirm|cite|present|produce|show)"
)
WITHHELD = re.compile(
    r"(?:\sbut|,\s+(?:but|though|although)\s+(?:he|she|it|they))\s+"
    r"(?:(?:would|did)\s+not|(?:wouldn|didn)[’']t|(?:declined|refused)\s+to)\s+" + _TELLING + r"\b"
    r"|,?\s+without\s+(?:providing|offering|giving|citing|presenting|producing|showing)\s+"
    r"(?:any\s+|further\s+)?(?:evidence|proof|details|specifics|examples|sources|figures|data)\b"
    r"|,\s+without\s+(?:saying|elaborating|specifying|explaining|naming|identifying)\b"
    r"|,?\s+(?:but|though|although)\s+(?:(?:he|she|it|they)\s+)?"
    r"(?:offered|gave|provided|presented|cited|produced|showed)\s+no\b"
)


def withheld_end(doc: Document, s: int, e: int) -> int:
    """The content ends before "but would not say ...", ", without providing evidence",
    "..., though he offered no proof": the writer's report of what the speaker did not
    tell. At least four words of content stay, and quoted words are left alone."""
    t = doc.t
    span = t[s:e]
    if " but " not in span and "though " not in span and " without " not in span:
        return e
    m = WITHHELD.search(t, s, e)
    if m is None or len(t[s : m.start()].split()) < 4 or doc.quote_at(m.start()) is not None:
        return e
    return m.start()


# the words before a finite verb that make it the content's own (its subject, a linking
# word, or an auxiliary before it), not the main clause returning
_NO_MAIN = (
    frozenset(
        "he she they it we i you there that which who what to not and or but also never "
        "still only".split()
    )
    | AUX
)


# nouns of speech whose content may open a sentence's subject ("Her vow that ...")
_SPEECH_NOUN = re.compile(
    r"(?:claim|vow|promise|pledge|assertion|argument|suggestion|contention|statement|"
    r"warning|prediction|threat)s?|insistence|belief"
)

_DETS = frozenset("the a an his her their its our my this".split())


def _noun_of_speech(words: list[str]) -> bool:
    """Do the words end with a noun of speech after a determiner or a possessive ("The
    Census' vow", "his promise"), not a verb ("the developers claim")?"""
    if len(words) < 2 or not _SPEECH_NOUN.fullmatch(words[-1].lower()):
        return False
    det = words[-2].lower()
    return det in _DETS or det.endswith(("'s", "’s", "'", "’"))


def subject_relative_end(doc: Document, s: int, e: int) -> int:
    """ "Voters who say the economy matters most were split between ...": content reported
    in a restrictive relative clause of the sentence's subject ends where the main
    clause's verb comes back: a finite auxiliary after the content's own verb that
    follows a noun, not a subject pronoun or a linking word. The sentence must open with
    the subject and "who" + the cue (no comma, no verb of its own before "who"); the
    content's first comma ends the search (", but that group was ...": a new clause)."""
    t = doc.t
    k = doc.unit_index(s)
    if k < 0:
        return e
    us = doc.units[k][0]
    prefix = t[us:s].split()
    if not 2 <= len(prefix) <= 12 or "," in t[us:s]:
        return e
    if "who" in prefix:
        w = prefix.index("who")
        if w < 1 or len(prefix) - w > 4:
            return e
    elif _noun_of_speech(prefix[:-1] if prefix[-1] == "that" else prefix):
        w = len(prefix) - 1  # "The ministry's promise (that) ...": a noun's content
    else:
        return e
    if any(x.lower() in AUX for x in prefix[:w]):
        return e
    # "His promise to build a wall was ...": the infinitive has no finite verb of its own
    seen = t.startswith("to ", s)
    prev = ""
    for m in re.finditer(r"\S+", t[s:e]):
        word = m.group().lower()
        if word in AUX:
            if seen and prev not in _NO_MAIN:
                cut = s + m.start()
                if len(t[s:cut].split()) >= 3 and doc.quote_at(cut) is None:
                    return cut - 1 if t[cut - 1] == " " else cut
                return e
            seen = True
        elif word.endswith("ed") and len(word) > 4 and prev:
            seen = True
        if word.endswith((",", ";", ":")):
            return e  # a new clause may follow with its own subject: not the main verb
        prev = word
    return e


# "Tsikhanouskaya, who said the sanctions must stay, met ...": the sentence's subject, a
# comma and an aside that reports speech ("who said", "though she said"), with nothing
# of the main clause before it
_ASIDE_OPENING = re.compile(
    r"[^,;:]{2,80},\s+(?:who|(?:though|although|while|after|when|as)\s+(?:he|she|it|they))\s"
    r"[^,;:]*$"
)


def aside_content_end(doc: Document, s: int, e: int) -> int:
    """The content of speech reported in an aside after the sentence's subject ends at
    the aside's closing comma, where the main clause's verb comes back: "X, who said A,
    met Y" (an auxiliary, a negated one, a past tense, after an adverb or two). The last
    such comma counts: "who said the border with Poland, Lithuania and Latvia must stay
    open, met ..." lists inside the content first."""
    t = doc.t
    k = doc.unit_index(s)
    if k < 0:
        return e
    us = doc.units[k][0]
    if s - us > 160 or _ASIDE_OPENING.match(t, us, s) is None:
        return e
    if len(t[us : t.find(",", us)].split()) > 8:
        return e
    cut = e
    c = t.find(",", s, e)
    while c >= 0:
        q = doc.quote_at(c)
        if q is not None and q.end == c + 2:
            # the closing comma inside the quote's mark: 'who said he would "go," is'
            if len(t[s:c].split()) >= 3 and _main_verb_after(t, c + 1):
                cut = c + 2
        elif len(t[s:c].split()) >= 3 and q is None and _main_verb_after(t, c):
            cut = c
        c = t.find(",", c + 1, e)
    return cut


def _main_verb_after(t: str, c: int) -> bool:
    """Does a finite verb follow the comma at ``c``, after an adverb or two?"""
    words = t[c + 1 : c + 60].split()
    i = 0
    while i < len(words) - 1 and (words[i] in ADVERBS or words[i].endswith("ly")):
        i += 1
    if not words:
        return False
    w = words[i]
    return (
        is_auxiliary(w)
        or w in IRREGULAR_PAST
        or (w.endswith("ed") and len(w) > 4 and w.isalpha() and w.islower())
    )


# after a comma, a name of up to three words and a lower-case word (with "back": "shot
# back", "hit back")
_NAMED_CLAUSE = re.compile(r",\s+(?:[A-Z][\w.-]*\s+){1,3}([a-z]+)\b(\s+back\b)?")


def named_clause_after_comma(t: str, s: int, e: int) -> int:
    """Where a comma in t[s:e] opens another clause with a named subject and its verb in
    the past ("..., Tsikhanouskaya shot back", "..., Makei replied"), or -1."""
    for m in _NAMED_CLAUSE.finditer(t, s, e):
        verb = m.group(1)
        if m.group(2) or verb in IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4):
            return m.start()
    return -1
