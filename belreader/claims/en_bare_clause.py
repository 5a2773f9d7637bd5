"""Is there a verb here, and does a clause begin? The tests that tell a bare reported
clause ("said the economy would shrink", "told him Belarus was ready") from a noun
phrase ("said the economy", "told them Minsk stories"), shared by the claim shapes.

Words are (text, start, end) triples from ``en_phrases.words_with_pos``.
"""

from __future__ import annotations

import re

from .en_function_words import POSSESSIVE_DETS
from .en_lexicon import (
    ADVERBS,
    ALL_CUES,
    AUX,
    CONJ,
    DESCRIBE,
    DETS,
    EVIDENCE_NOUNS,
    IRREGULAR_PAST,
    IRREGULAR_SPEECH,
    NONSPEECH,
    NP_STOP,
    PREPS,
)
from .en_phrases import NUMBER_WORDS
from .text import fold_word

# a figure's qualifier before the figure: "at least 30", "more than 200", "up to a
# dozen", "nearly 1,000" (a clause's subject, not an adverbial)
QUANTITY_LEAD = re.compile(
    r"(?:at\s+(?:least|most)|(?:more|fewer|less)\s+than|up\s+to|over|around|about|nearly|"
    r"almost|under|some)\s+(?=\d|a\s+(?:dozen|hundred|thousand|million)\b|(?:two|three|four|"
    r"five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)",
    re.IGNORECASE,
)


# a name, a relative clause between commas, then an auxiliary
_NAME_ASIDE_AUX = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+(?:who|which)\s[^,;:“”\"]{3,120},\s+"
    r"(?:will|would|could|should|must|can|may|might|is|was|has|had|have|are|were)\s"
)


# bare nouns of people that open a reported clause with no determiner
_PEOPLE_NOUNS = frozenset(
    "staff officials police officers soldiers troops workers employees doctors guards "
    "investigators prosecutors protesters students voters residents".split()
)


def bare_clause(t: str, words: list[tuple[str, int, int]]) -> bool:
    """Do the words start a clause without "that": a short subject and an auxiliary
    ("it had", "the economy would", "Russian troops were", "funding was", "at least 30
    people were")?"""
    if words and (m := QUANTITY_LEAD.match(t, words[0][1])) is not None:
        # "at least 30 people were detained": the figure opens the subject
        return _figure_clause(t, [w for w in words if w[1] >= m.end()])
    if len(words) >= 3 and _PRONOUN_CONTRACTION.fullmatch(words[0][0]):
        return True  # "he'd be competitive", "they’re ready", "it's over"
    if words and _NAME_ASIDE_AUX.match(t, words[0][1]):
        return True  # "Gerrard, who has been linked with Chelsea, will have the final say"
    # five words of subject, or up to twelve once a phrase of place or kind is in it
    base = limit = min(5, len(words))
    k = -1
    while (k := k + 1) < limit:
        w, ws_, _we = words[k]
        lw = w.lower()
        if k > 0 and t[words[k - 1][2] : ws_].strip():
            return False  # punctuation inside the subject
        if k > 0 and w.islower() and _NEGATED_AUX.fullmatch(lw):
            lw = "would"  # "Trump hadn't meant", "the deal won't pass": an auxiliary
        if k > 0 and lw in AUX and w.islower():
            first = words[0][0]
            return (
                first[0].isupper()
                or first.lower() in DETS
                or first.lower() in ("it", "they", "he", "she", "we", "i")
                or k == 1
            )
        in_phrase = limit != base
        if in_phrase and lw in _POSSESSIVES:
            return False  # "told the World at One his concern was": an object, then a clause
        if (
            k > 0
            and not in_phrase  # after the phrase only an auxiliary ("shows" is a noun there)
            and w.islower()
            and lw not in NP_STOP
            and not is_speech_verb(lw)  # "his wife whispered: ...": another report
            and _finite_verb(t, words, k)
            and ":" not in t[words[k][2] : words[min(k + 4, len(words) - 1)][2]]
        ):
            # (a name or a noun with its determiner: a pronoun with its verb is
            # pronoun_clause's part; "his wife whispered to him: ..." is another report;
            # a bare plural of people speaks too: "claimed staff took photographs")
            first = words[0][0]
            return (
                first[0].isupper()
                or first.lower() in DETS
                or (k == 1 and fold_word(first) in _PEOPLE_NOUNS)
            )
        if lw in NP_STOP and not (k == 0 and lw in ("it", "they", "he", "she", "we", "i")):
            return False
        if lw in _SUBJECT_PREPS and k > 0 and w.islower():
            # "some countries in the newly enlarged EU still had", "the number of
            # prisoners in the camps had": phrases of place or kind inside the subject
            limit = min(max(limit, k + 7), len(words), 12)
            continue
        if lw in PREPS or not any(c.isalpha() for c in w):
            return False
        if lw in ALL_CUES and w.islower() and not _report_noun_subject(words, k):
            return False  # ("the United States should": a name, not the cue "states")
    return False


_SUBJECT_PREPS = frozenset({"in", "of", "from", "at", "across"})
_POSSESSIVES = POSSESSIVE_DETS | {"my"}


# the words that open a figure: "five", "a hundred", "thousands"
_FIGURES = NUMBER_WORDS | {"a", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands"}


def _figure_clause(t: str, words: list[tuple[str, int, int]]) -> bool:
    """A figure, a few words of its noun and an auxiliary or a verb in -ed: "30
    people had been detained", "1,000 people remained" (not "five million new
    customers in 2004": an object)."""
    if not words or not (words[0][0][0].isdigit() or words[0][0].lower() in _FIGURES):
        return False
    for k in range(1, min(9, len(words))):
        w, ws_, _we = words[k]
        lw = w.lower()
        if w.isdigit() and t[words[k - 1][2] : ws_] == ",":
            continue  # "1,000"
        if t[words[k - 1][2] : ws_].strip() or not (w.islower() or w.isdigit()):
            return False
        if lw in PREPS and not (lw == "of" and k + 1 < len(words)):
            return False  # ("111 of the detainees were": the figure's own noun)
        if is_auxiliary(lw) or (k > 1 and lw.endswith("ed")):
            return True
        if k > 1 and lw in _PLURAL_PRESENT:
            return True  # "more than 1,100 people remain behind bars"
    return False


# verbs a figure of people does in the present: "1,100 people remain", "40 face trial"
_PLURAL_PRESENT = frozenset(
    "remain live stay face await languish serve lack need work die suffer continue".split()
)


def negative_clause(t: str, words: list[tuple[str, int, int]]) -> bool:
    """Do the words start a clause whose subject is negated, with no "that" ("no such
    order had been issued", "nothing had been decided", "no Russian troops were ...")?
    ("said no", "said no to the plan", "said nothing about it" are no such clause.)"""
    if len(words) < 3:
        return False
    first = words[0][0].lower()
    if first not in ("no", "nothing", "nobody"):
        return False
    for k in range(1, min(2 if first != "no" else 5, len(words))):
        w, ws_, _we = words[k]
        if t[words[k - 1][2] : ws_].strip():
            return False  # "said no, ..."
        lw = w.lower()
        if w.islower() and is_auxiliary(lw):
            return True
        if lw in PREPS or (lw in ALL_CUES and w.islower()) or not w.isalpha():
            return False
    return False


def third_person_s(lw: str) -> bool:
    """Could this lower-case word be a verb in -s ("gives", "says"), not "boss", "bonus",
    "crisis", "famous"?"""
    return lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous"))


def _finite_verb(t: str, words: list[tuple[str, int, int]], k: int) -> bool:
    """Is the lower-case word k a verb in the past or the third person after its
    subject: "the system gives", "the email came", "Clinton won"?"""
    lw = fold_word(words[k][0])
    if k > 3 or any(w.islower() and w.endswith(("ing", "ly")) for w, _, _ in words[:k]):
        return False  # "the Fed against buying bonds": no subject
    if lw in IRREGULAR_PAST:
        return True
    if not lw.isalpha() or len(lw) < 5:
        return False
    if k + 1 >= len(words):
        # "said the sanctions failed.": a past tense that ends the sentence after a
        # noun (no word after it to test, so only the past, never "the plans.")
        end = words[k][2]
        return (
            lw.endswith("ed")
            and (words[k][0][-1] in ".!?;" or t[end : end + 1] in (".", "!", "?", ";"))
            and fold_word(words[k - 1][0]) not in DETS
        )
    nxt = fold_word(words[k + 1][0])
    if nxt in AUX or nxt in CONJ or (nxt in PREPS and nxt not in ("to", "in", "on", "for", "at")):
        return False  # "the company's shares are", "the rules of", "his advisers as"
    prev = fold_word(words[k - 1][0])
    if lw.endswith("ed"):
        return prev not in DETS
    return third_person_s(lw) and prev not in DETS


# a subject pronoun with its auxiliary in one word, and an auxiliary with "not"
_PRONOUN_CONTRACTION = re.compile(r"(?i:he|she|it|they|we|i|there)['’](?:d|ll|s|re|ve|m)")
_NEGATED_AUX = re.compile(
    r"(?:is|are|was|were|has|have|had|does|do|did|would|could|should|must)n['’]t"
    r"|won['’]t|can['’]t"
)


def is_auxiliary(lw: str) -> bool:
    """Is the lower-case word an auxiliary, negated or not ("was", "wasn't", "won't")?"""
    return lw in AUX or _NEGATED_AUX.fullmatch(lw) is not None


def verb_anchor(words: list[tuple[str, int, int]], k: int) -> bool:
    """Is the lower-case word k the finite verb after a subject noun phrase?"""
    lw = fold_word(words[k][0])
    if (
        lw in AUX
        or _NEGATED_AUX.fullmatch(lw)  # "Weaver didn't seem ..., telling reporters"
        or lw in ALL_CUES
        or lw in DESCRIBE
        or lw in IRREGULAR_SPEECH
        or (lw in IRREGULAR_PAST)
    ):
        return True
    prev = fold_word(words[k - 1][0]) if k > 0 else ""
    if lw.endswith("ed") and len(lw) > 4 and prev not in DETS:
        return True
    p = k - 1
    while p > 0 and fold_word(words[p][0]) in ADVERBS:
        p -= 1  # "Trump then appears", "She also writes"
    if (
        third_person_s(lw)
        and len(lw) > 3
        and (words[p][0][:1].isupper() or fold_word(words[p][0]) in ("he", "she", "it"))
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
    return (lw.endswith("ed") and len(lw) > 4) or (third_person_s(lw) and len(lw) > 3)


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


# plural nouns for what people say, which are cue words too ("claims", "reports"): a
# bare one with an auxiliary after it is a subject ("said claims were exaggerated")
_REPORT_NOUNS = frozenset(
    "claims reports allegations accusations statements remarks comments rumours rumors"
    " estimates demands promises threats warnings findings assurances denials"
    " suggestions predictions forecasts tweets notes".split()
)


def _report_noun_subject(words: list, k: int) -> bool:
    """Is words[k] a bare report noun opening the clause before its auxiliary?"""
    return k == 0 and len(words) > 2 and words[0][0] in _REPORT_NOUNS and words[1][0] in AUX


_PLURAL_PRONOUNS = frozenset(("they", "we", "i", "you"))
_CLAUSE_JOINS = frozenset(("but", "while", "as", "because", "when", "after"))
_MEASURES = frozenset(("measures", "views", "signs", "indications", "indicators", "trends"))
# plural heads of people and bodies: "officials", "analysts", "Democrats", "critics",
# "the unions" (not "Black circles show the islands", "the primaries conclude")
_PEOPLE_ENDINGS = (
    "ers", "ors", "sts", "ants", "ents", "ians", "ans", "als", "ats", "ics", "ives", "ees",
    "ies",
)  # fmt: skip
_GROUPS = frozenset(
    "experts unions groups fans people police staff men women chiefs sources aides allies "
    "judges bosses firms companies banks states nations candidates delegates advocates "
    "outlets".split()
)


def plural_subject(t: str, sp_s: int, sp_e: int, cs: int) -> bool:
    """Is the speaker a plural (or I / we / you) right before the cue, so that a base
    form is a present tense ("Officials insist the drills are ...", "Analysts at the
    bank argue the rouble will ...") and not an infinitive or a noun ("to insist",
    "the claim")? Not after a thing ("Red circles indicate") or a clause ("when the
    primaries conclude")."""
    if sp_s < 0 or any(
        not (w.endswith("ly") or fold_word(w) in ADVERBS) for w in t[sp_e:cs].split()
    ):
        return False
    words = [fold_word(w) for w in t[sp_s:sp_e].split()]
    if len(words) > 6 or "," in t[sp_s:sp_e] or _CLAUSE_JOINS.intersection(words):
        return False  # "Labour sees X as an issue but critics": a clause, no subject
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in PREPS), words[-1])
    if head in EVIDENCE_NOUNS or head in _MEASURES:
        return False  # "some measures suggest", "polls suggest": no one speaking
    if "and" in words[1:-1]:
        return True  # "Lithuania and Poland argue": two make a plural
    return head in _PLURAL_PRONOUNS or head in _GROUPS or head.endswith(_PEOPLE_ENDINGS)
