"""Words around a cue that say it reports nothing, or that what looks like its content
is none: the cue word in another sense ("adding to her lead", "added 1 million jobs",
"the four states that voted", a "</tweet>" tag), a title in quotation marks after the
cue ("said on ABC's “This Week”"), a scene-setting phrase before it ("In a speech last
July, he said:"). Each test reads only a few words next to the cue or the content."""

from __future__ import annotations

import re

from .document import Document
from .en_adverbials import skip_adverbials
from .en_bare_clause import is_verb
from .en_clauses import (
    title_like,
)
from .en_lexicon import (
    ALL_CUES,
    AUX,
    DETS,
    GERUND_CUES,
    PREPOSITIONAL_SUBORD,
    PRONOUNS,
    SAY,
    SUBORD,
)
from .en_phrases import naming
from .en_verbs import IRREGULAR_PAST, NONSPEECH
from .quotes import OPEN_QUOTES
from .text import skip_space

_ADD = frozenset(("add", "adds", "added", "adding"))
# "adding to her lead", "adds to the drama", "added up to a series of ...": to add is
# to increase, not to speak
_ADD_TO = re.compile(r"\s+(?:up\b|to\s+(?:" + "|".join(sorted(DETS)) + r")\b)", re.I)


def increases(t: str, ce: int, cue_low: str) -> bool:
    """Is the cue at t[..ce] "add" in the sense of "increase" ("adding to his lead over
    X", "added up to")?"""
    return cue_low in _ADD and _ADD_TO.match(t, ce) is not None


# what is added when a quantity is: "added 1 million jobs", "added around 292,000 jobs",
# "has added another facet to his job"
_QUANTITY_OPENERS = frozenset(("another", "around", "nearly", "roughly", "almost", "about"))


def increases_by(words: list[tuple[str, int, int]], cue_low: str) -> bool:
    """Does the cue "add" take an amount as its object ("added 1 million jobs", "added
    another facet")? The caller checks that no clause follows."""
    if cue_low not in _ADD or not words:
        return False
    first = words[0][0]
    return first[0].isdigit() or first[0] == "$" or first.lower() in _QUANTITY_OPENERS


_WORK_PREPS = frozenset(("in", "on", "with", "at", "to", "during"))


def after_title(doc: Document, ce: int, rest: int, ue: int, cue_low: str) -> int:
    """Where the attribution after the cue ends when it names a show, a book or a paper in
    quotation marks ("said on CBS's “Face the Nation.”", "wrote in her memoir, “Hard
    Choices.”"): past the title, which is no quote of the speaker; else ``rest``. A
    title follows a preposition among the words after the cue, and is a few words in
    title case."""
    t = doc.t
    between = t[ce:rest].split()
    if not between or between[0].lower() not in _WORK_PREPS:
        return rest
    p = skip_space(t, rest, ue)
    if p < ue and t[p] == ",":
        p = skip_space(t, p + 1, ue)
    q = doc.quote_starting(p) if p < ue else None
    if q is None or not q.closed:
        return rest
    quote = t[q.start : q.end]
    if len(quote.split()) > 6 or not title_like(quote):
        return rest
    return skip_adverbials(doc, q.end, ue, cue_low)  # "on ABC's “This Week” on Sunday"


_PHRASE_OPENERS = frozenset(
    "in on at during after before since by for from with without amid despite besides "
    "following throughout".split()
)


def phrase_only(t: str, s: int, e: int) -> bool:
    """Is t[s:e] a fronted phrase and nothing more ("In a speech last July", "At one
    point on Sunday", "Besides China, Vietnam, the Philippines"): a capitalised
    preposition, no verb, no quote? Before ", he said:" it sets the scene for the
    words that follow the cue; it is not what was said."""
    words = t[s:e].split()
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    if words[0].lower() not in _PHRASE_OPENERS or any(ch in t[s:e] for ch in OPEN_QUOTES):
        return False
    return not any(w.islower() and (w in AUX or is_verb(w)) for w in words[1:])


# conjunctions that open a subordinate clause and nothing else ("As a result the economy
# shrank" holds its main clause)
_SUBORDINATE_OPENER = re.compile(
    r"(?:even\s+)?(?:" + "|".join(sorted(SUBORD - PREPOSITIONAL_SUBORD)) + r")\b"
    r"|even\s+(?:as|after|before|since)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-{1,2}\s|--")


def subordinate_only(t: str, s: int, e: int) -> bool:
    """Is t[s:e] a fronted subordinate clause and nothing more, perhaps after a scene
    ("While the talks went on", "On Tuesday, even as shares were tumbling")? Before
    ", X said" its main clause, if any, follows the attribution."""
    x = t[s:e]
    if any(ch in x for ch in OPEN_QUOTES):
        return False
    k = x.find(", ")
    if k > 0 and phrase_only(t, s, s + k):
        s = skip_space(t, s + k + 1, e)
        x = t[s:e]
    # a comma or a dash may close the subordinate clause before its main clause
    if _SUBORDINATE_OPENER.match(x) is None or _CLAUSE_BREAK.search(x) is not None:
        return False
    # a second auxiliary is the main clause's, even with no comma before it: "When
    # big files were being shared moderation systems were key"
    return sum(w in AUX for w in x.split()) <= 1


# words after which a cue word is a noun: "secretary of state", "the report",
# "battleground states", "the four states that voted", "a dozen states"
_NOUN_BEFORE = frozenset(("of", "the", "a", "an", "in", "battleground", "swing"))
_COUNT_BEFORE = frozenset(
    "one two three four five six seven eight nine ten dozen several many other these "
    "those all both few".split()
)


# verbs whose gerund opens a sentence with "claims" or "reports" as its object
# ("Addressing claims that the law was unenforceable, Mr Michael told ...")
_ANSWERING = frozenset(
    "addressing answering countering dismissing disputing investigating rebutting "
    "refuting rejecting".split()
)
# the object of "Having said" that makes the idiom "nevertheless"
_HAVING_SAID_OBJECTS = re.compile(r"\s+(?:that|this|so)\s*,")


def _opens_sentence(t: str, s: int) -> bool:
    before = t[max(0, s - 3) : s].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n\"”’'"


def after_opening_participle(t: str, cs: int, ce: int, cue_low: str, joined: str | None) -> bool:
    """Does a participle that opens the sentence make the cue no report? "Having said
    that, ..." means "nevertheless"; in "Addressing claims that ..." or "Denying reports
    that ..." the cue word is the object of the participle, a noun. Surnames in -ing
    ("Manning claims", "Rowling said") are neither: the participle must be a verb's."""
    if joined is None or not joined[:1].isupper() or not _opens_sentence(t, cs - len(joined) - 1):
        return False
    if joined == "Having":
        return cue_low in SAY and _HAVING_SAID_OBJECTS.match(t, ce) is not None
    low = joined.lower()
    return (
        cue_low in ("claims", "reports", "suggestions", "allegations")
        and low.endswith("ing")
        and (low in _ANSWERING or low in GERUND_CUES or low in ALL_CUES)
    )


# the kinds of show on air: "her guilty-pleasure TV show", "a talk show"
_SHOW_KINDS = frozenset(
    "tv television radio talk chat game news morning breakfast comedy reality cooking "
    "quiz variety late-night".split()
)


def _show_name(t: str, cs: int, joined: str, low: str) -> bool:
    """Is "show" the noun of a programme: after a kind of show ("TV show") or a title's
    last word in mid-sentence before a preposition or a stop ("the Breitbart News Daily
    show on Sirius")? A plural before it is the verb's subject ("Polls show"), and
    the verb takes a clause or an object ("files from NGP VAN show that")."""
    if low in _SHOW_KINDS:
        return True
    return (
        joined[:1].isupper()
        and not joined.endswith("s")
        and joined.isalpha()
        and not _opens_sentence(t, cs - len(joined) - 1)
        and _AFTER_SHOW_NAME.match(t, cs + 4) is not None
    )


_AFTER_SHOW_NAME = re.compile(r"\s*(?:[,.;]|(?:on|in|at|with|host)\b)")


def cue_is_noun(t: str, cs: int, cue_low: str, joined: str | None) -> bool:
    """Is the cue word at t[cs:] a noun or a markup tag name, by what stands right before
    it (``joined``: the word joined to it by spaces, or None)? "<tweet id=...>" is a tag;
    "the report", "battleground states" and "the four states that voted" are nouns."""
    if t[max(0, cs - 2) : cs].endswith(("<", "</")):
        return True
    if joined is None:
        return False
    low = joined.lower()
    return (
        low in _NOUN_BEFORE
        or (cue_low in ("state", "states") and (low in _COUNT_BEFORE or joined.isdigit()))
        or (cue_low == "show" and _show_name(t, cs, joined, low))
        # "pirate radio shows", "TV shows": a noun after the kind of show
        or (cue_low == "shows" and low in _SHOW_KINDS)
        # "have claims in the area", "has reports of": no verb in -s after "have"
        or (low in ("have", "has", "had") and cue_low.endswith("s") and " " not in cue_low)
        # "denied reports that", "rejected claims that": the object of a verb of saying
        or (low in ALL_CUES and low.endswith("ed") and cue_low.endswith("s") and " " not in cue_low)
        or (cue_low in ("called", "named") and naming(t, cs, cs + len(cue_low)))
    )


def verbless_label(content: str) -> bool:
    """Is the text after a "Name:" label a short phrase with no verb and no quote ("Win
    in a walk", "A closing surge", "The acting outlaw", "Now or never")? It names or
    sums up; it is no statement of the one named ("Lukashenko: Talks Have Failed",
    "Campbell: E-mail row 'silly fuss'", a question, "I" or "we" speaking are)."""
    words = content.split()
    return (
        len(words) <= 6
        and not content.endswith("?")
        and not any(w.lower() in PRONOUNS for w in words)
        and not any(ch in content for ch in OPEN_QUOTES)
        and "'" not in content
        and not any(_may_be_verb(w) for w in words)
    )


# words in -s that the list of non-speech verbs holds but that are no verbs
_NOT_VERBS_IN_S = frozenset("news its his this thus less towards perhaps unless always".split())


def _may_be_verb(w: str) -> bool:
    """Any verb, not only one that can report: "wants", "needs", "fears" count too
    ("Lukashenko: West wants new Maidan" is a statement)."""
    lw = w.lower().strip(".,!")
    return (
        lw in AUX
        or is_verb(w)
        or (lw in NONSPEECH and lw not in _NOT_VERBS_IN_S)
        or lw in IRREGULAR_PAST
    )


_NAMING = frozenset(("called", "dubbed", "named", "labeled", "labelled", "branded", "nicknamed"))


def names_in_quotes(t: str, ce: int, ue: int, cue_low: str) -> bool:
    """Does the naming verb at t[..ce] take a name in quotation marks and nothing else (a
    group called “The Local”, a blog, called the “Feed,”, originally dubbed “Jerry's
    Guide”)? It is a participle that names; calling someone something takes the one
    named first ("called it “shameful”", "called that “preposterous”")."""
    if cue_low not in _NAMING:
        return False
    p = skip_space(t, ce, ue)
    if t.startswith(("the ", "The "), p):
        p = skip_space(t, p + 4, ue)
    return p < ue and (t[p] in OPEN_QUOTES or t[p] == "'")


def lead_in_to_colon(t: str, s: int, e: int) -> bool:
    """Is the content t[s:e] the lead-in of words that come after a colon closing the
    paragraph ("He told [his audience, to loud applause]:", "According to X, [writing for
    Y]:")? With no verb it is the one addressed or a note on the source; what was said
    follows."""
    p = e
    while p < len(t) and t[p] in " \t”\"’'":
        p += 1
    if p >= len(t) or t[p] != ":" or t[p + 1 : p + 80].lstrip(" \t")[:1] not in ("", "\n"):
        return False
    words = t[s:e].split()
    return not any(ch in t[s:e] for ch in OPEN_QUOTES) and not any(
        w.lower() in PRONOUNS
        or "n’t" in w
        or "n't" in w
        or (w.islower() and not w.endswith("ing") and (w in AUX or is_verb(w)))
        for w in words
    )


_CONDITION = re.compile(r"\b(?:if|unless)\s", re.I)


def conditional(t: str, us: int, cs: int, ce: int) -> bool:
    """Does the cue at t[cs:] stand in a condition ("The key is if Gerrard comes out and
    says that ...", "Unless the authorities agree to ...", "If the Council agrees on
    ...")? What someone would say or agree to is no report of what they said. The
    condition opens a few words before the cue, with no clause punctuation between
    ("as if" compares, it sets no condition). A colon after the cue opens words
    really said ("When asked if he returned Owen said: ...")."""
    if t[us : us + 1] in _MODAL_INITIALS and _modal_question(t, us, cs, ce):
        return True
    seg = t[max(us, cs - 70) : cs]
    if "f " not in seg and "ess " not in seg:
        return False
    m = max(_CONDITION.finditer(seg), key=lambda x: x.start(), default=None)
    if m is None or t[ce : ce + 2].lstrip()[:1] == ":":
        return False
    tail = seg[m.end() :]
    if len(tail.split()) > 7 or any(ch in tail for ch in ',;:—–()“”"«»'):
        return False
    if any(w in _CLAUSE_WORDS for w in tail.lower().split()):
        return False  # "If we read him right when he says ...": the cue's own clause
    before = seg[: m.start()].split()
    return not (before and before[-1].lower() in _NO_CONDITION)


# a question opened by a modal: "Will Lukashenko admit that ...?" (the given name "Will"
# otherwise reads as "Will Vernon")
_MODALS = frozenset("Will Would Can Could Should Did Does Do May Might Must Shall".split())
_MODAL_INITIALS = frozenset(w[0] for w in _MODALS)


def _modal_question(t: str, us: int, cs: int, ce: int) -> bool:
    """Does the sentence at ``us`` ask, with a modal and its subject before a cue in the
    base form ("Will Lukashenko admit ...", "Could the ministry confirm ...")? What
    someone may say is no report of what they said."""
    head = t[us:cs].split()
    if not 2 <= len(head) <= 5 or head[0] not in _MODALS:
        return False
    cue = t[cs:ce].split()[0].lower()
    return not cue.endswith(("s", "ed")) and cue not in ("said", "told", "wrote", "spoke")


# a clause of its own between the condition and the cue
_CLAUSE_WORDS = frozenset("when while as after before because since who which that where".split())
# "if" after these compares or asks: "as if", "even if" (a concession), "asked if" = whether
_NO_CONDITION = frozenset(
    "as what even asked ask asks asking wondered wonder wonders know knows see unclear "
    "clear decide sure".split()
)
