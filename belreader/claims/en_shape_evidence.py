"""Evidence sources the cue shape misses: a poll, report or set of results that shows,
finds, suggests, reveals or indicates something, where the source carries a modifier
("A poll released Sunday showed ...", "a CNN/ORC poll last month showed ..."), the verb
an auxiliary or an adverb ("are showing that", "has shown", "also showed"), or the verb
follows the noun as a participle ("a new poll showing ..."). The subject must end in an
evidence noun: "the car showed" gives nothing."""

from __future__ import annotations

import re

from .document import Document
from .en_content_end import content_end, drop_appositive, writers_words_end
from .en_lexicon import (
    ALL_CUES,
    AUX,
    BAD_CLAUSE_START,
    CONJ,
    DESCRIBE,
    EVIDENCE_NOUNS,
    PREPS,
)
from .model import Candidate
from .text import fold_word, skip_space, trim

# the verb; then, looking back, an optional auxiliary and adverb before it
# \b(?:show(?:s|ed|n|ing)?|f(?:ound|inds?|inding)|suggest(?:s|ed|ing)?|reveal(?:s|ed|ing)?|
# indicat(?:es|ed|ing|e))\b, written as one branch per first letter with the word
# boundary looked back at after that letter ("s(?<!\w.)" is "\bs"), so that the regex
# engine skips ahead in C (it runs over every article)
_VERB = re.compile(
    r"(?:s(?<!\w.)(?:how(?:s|ed|n|ing)?|uggest(?:s|ed|ing)?)|f(?<!\w.)(?:ound|inds?|inding)"
    r"|r(?<!\w.)eveal(?:s|ed|ing)?|i(?<!\w.)ndicat(?:es|ed|ing|e))\b"
)
_AUX_BEFORE = re.compile(
    r"(?:\b(is|are|was|were|has|have|had)\s+)?"
    r"(?:\b(?:also|actually|consistently|clearly|now|still|already|even)\s+)?"
    r"(?:\b(?:continue|continues|continued|seem|seems|seemed|appear|appears|appeared)"
    r"\s+to\s+)?$"
)
_TOKEN = re.compile(r"[\w’'./&-]+|[^\w\s]")
_WORDS = re.compile(r"[a-z]+(?: (?:out|for|on|against|clear|it clear))?")
_NOT_PRE = {
    "despite",
    "amid",
    "given",
    "without",
    "unlike",
    "like",
    "than",
    "did",
    "does",
    "do",
    "will",
    "would",
    "can",
    "could",
    "should",
    "how",
    "why",
    "what",
}
# a source in an adverbial opening the sentence: "With polls showing A, she ..."
_FRONTED = {
    "with",
    "despite",
    "amid",
    "given",
    "after",
    "before",
    "as",
    "while",
    "since",
    "because",
}
_BE = {"is", "are", "was", "were"}
# a verb in its bare form agrees with a plural source ("polls show", "data suggest")
_BARE = {"show", "find", "suggest", "reveal", "indicate"}
_DETERMINERS = {"a", "an", "the", "this", "these", "those"}
_ABBREVIATIONS = {"inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "st.", "bros."}
# words that may open what follows the evidence noun before its verb: "of", "by",
# "released Sunday", "published Tuesday", "conducted by", "out this week", "last month"
_POST_OPEN = {
    "of",
    "by",
    "for",
    "from",
    "among",
    "in",
    "on",
    "released",
    "published",
    "conducted",
    "taken",
    "issued",
    "commissioned",
    "obtained",
    "out",
    "last",
    "this",
    "earlier",
}
# words no modifier of the source holds: a clause or a list has begun
_POST_STOP = {
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "and",
    "but",
    "or",
    "said",
    "says",
    "say",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
}
# words before the evidence noun that belong to it: "the latest", "early exit"
_PRE = {
    "a",
    "an",
    "the",
    "this",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "new",
    "newest",
    "latest",
    "recent",
    "early",
    "earlier",
    "initial",
    "preliminary",
    "final",
    "exit",
    "entrance",
    "national",
    "state",
    "statewide",
    "public",
    "internal",
    "leaked",
    "several",
    "multiple",
    "some",
    "most",
    "many",
    "other",
    "previous",
    "separate",
    "independent",
    "online",
    "little",
    "two",
    "three",
    "both",
    "court",
    "campaign",
    "news",
    "opinion",
    "government",
    "federal",
    "official",
}
# what may stand between the verb and its content: a time phrase
_TIME_AFTER = re.compile(
    r"(?:last\s+(?:week|month|year)|this\s+(?:week|month|year)|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+"
)
_BAD_FIRST = (
    BAD_CLAUSE_START
    | PREPS
    | {
        "to",
        "so",
        "as",
        "and",
        "but",
        "or",
        "up",
        "off",
        "out",
        "itself",
        "themselves",
        "how",
        "why",
        "what",
        "whether",
        "if",
    }
)


def evidence_claims(doc: Document) -> list[Candidate]:
    """``A poll released Sunday showed A``, ``results are showing that A``, ``a new
    poll showing A``: the evidence source is the speaker, A the claim."""
    t = doc.t
    out: list[Candidate] = []
    for v in _VERB.finditer(t):
        verb = v.group()
        m = _AUX_BEFORE.search(t, max(0, v.start() - 32), v.start())
        aux = m.group(1) if m else None
        vs = m.start() if m else v.start()
        if aux and aux.lower() in _BE and not verb.endswith("ing"):
            continue  # "was shown", "were found": passive
        if verb == "shown" and not aux:
            continue
        if doc.quote_at(vs) is not None:
            continue
        unit = doc.readable_unit(vs)
        if unit is None:
            continue
        us, ue = unit
        sp = _source(t, max(us, vs - 240), _before_appositive(t, us, vs))
        if sp is None:
            continue
        if (
            vs == v.start()
            and verb in _BARE
            and not _plural(t[sp[0] : sp[1]])
            and fold_word((t[max(us, sp[0] - 12) : sp[0]].split() or [""])[-1]) not in AUX
        ):
            # "the revamped chart show their banter": a compound noun, no verb (after an
            # auxiliary the bare verb is right: "Did the inquiry find ...")
            continue
        if any(
            w in ALL_CUES or w in DESCRIBE for w in _WORDS.findall(t, max(us, sp[0] - 40), sp[0])
        ):
            continue  # "X said his survey showed A": A is X's claim, the survey inside it
        lead = t[us : sp[0]].split()
        if lead and "," not in t[us : sp[0]] and fold_word(lead[0]) in _FRONTED:
            # "Despite polls showing her behind, she campaigned ...": the main clause
            # after the comma is the writer's
            comma = t.find(",", v.end(), ue)
            while comma >= 0 and doc.quote_at(comma) is not None:
                comma = t.find(",", comma + 1, ue)
            if comma >= 0:
                ue = comma
        content = _content(doc, v.end(), ue)
        if content is None:
            continue
        s, e = content
        out.append(Candidate(s, e, verb, v.start(), v.end(), sp[0], sp[1], 2, role="pre"))
    return out


def _source(t: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The evidence source ending right before ``hi`` (its noun, perhaps followed by a
    short modifier), as (start, end), or None."""
    toks = [(x.group(), x.start(), x.end()) for x in _TOKEN.finditer(t, lo, hi)]
    if not toks:
        return None
    head = -1
    for i in range(len(toks) - 1, max(-1, len(toks) - 14), -1):
        w = fold_word(toks[i][0])
        if w in EVIDENCE_NOUNS:
            head = i
            break
        if w == "and" and i + 1 < len(toks) and _named(toks, i + 1):
            continue  # "a poll by The Post and ABC News", "by X and the Y Institute"
        if w in _POST_STOP or not (toks[i][0][:1].isalnum() or toks[i][0] in "()"):
            return None
    if head < 0:
        return None
    post = toks[head + 1 :]
    if post and fold_word(post[0][0]) not in _POST_OPEN:
        return None
    start = _np_start(toks, head)
    if (
        start >= 2
        and toks[start - 1][0] == "of"
        and fold_word(toks[start - 2][0]) in EVIDENCE_NOUNS
    ):
        start = _np_start(toks, start - 2)  # "A review of the emails", "results of a poll"
    end = toks[head][2]
    if post and fold_word(post[0][0]) in ("of", "by", "for", "from"):
        # "A poll of likely voters": the source with its complement, up to a participle
        for w, _s, e in post[1:]:
            lw = fold_word(w)
            if lw in _POST_OPEN - {"of", "by", "for", "from"} or lw.endswith("ed"):
                break
            end = e
    return toks[start][1], end


_APPOSITIVE = re.compile(
    r",\s+(?:\w+ly\s+)?(?:conducted|released|taken|published|commissioned|carried out)\b"
)


def _before_appositive(t: str, us: int, vs: int) -> int:
    """ "A poll, conducted by X for Y, shows ...": where the source ends before a
    participle phrase set off by commas (``vs`` when there is none)."""
    b = vs
    while b > us and t[b - 1].isspace():
        b -= 1
    if b <= us or t[b - 1] != ",":
        return vs
    c = t.rfind(",", max(us, b - 200), b - 1)
    if c < 0 or _APPOSITIVE.match(t, c) is None:
        return vs
    return c


def _np_start(toks: list, head: int) -> int:
    """The first token of the noun phrase whose head is token ``head``."""
    start = head
    while start > 0 and head - start < 6:
        w = toks[start - 1][0]
        lw = fold_word(w)
        if w.endswith(".") and (
            any(ch.isdigit() for ch in w) or ("." not in w[:-1] and lw not in _ABBREVIATIONS)
        ):
            break  # "... were up 2.4% at $20.15. Press reports suggest": a sentence end
        if (
            lw in _PRE
            or (w[:1].isupper() and lw not in CONJ and lw not in PREPS and lw not in _NOT_PRE)
            or any(ch.isdigit() for ch in w)
            or "/" in w
            or lw.endswith(("’s", "'s"))
        ):
            start -= 1
            if lw in _DETERMINERS and not toks[start + 1][0][:1].isupper():
                # "According to Jupiter Research the analysis of ...": the phrase opens
                # here (but "a USA TODAY/Rock the Vote survey" goes on through a name)
                break
            continue
        break
    return start


def _plural(source: str) -> bool:
    """Is the head of an evidence source plural ("Recent polls", "the data", "Figures for
    the 2001 election")? The head is its first evidence noun: "A review of the emails" is
    a review."""
    words = [fold_word(w) for w in re.findall(r"[\w’']+", source)]
    heads = [w for w in words if w in EVIDENCE_NOUNS]
    head = heads[0] if heads else (words[-1] if words else "")
    return head.endswith("s") or head in ("data", "footage", "polling", "evidence", "research")


def _named(toks: list, i: int) -> bool:
    """Does a name start at token i ("ABC News", "the Pennsylvania State University")?"""
    if fold_word(toks[i][0]) == "the" and i + 1 < len(toks):
        i += 1
    return toks[i][0][:1].isupper()


def _content(doc: Document, p: int, ue: int) -> tuple[int, int] | None:
    t = doc.t
    p = skip_space(t, p, ue)
    m = _TIME_AFTER.match(t, p, ue)
    if m:
        p = m.end()
    if t[p : p + 5].lower() == "that ":
        p = skip_space(t, p + 5, ue)
    w = re.match(r"[\w’'$“\"]+", t[p:ue])
    if w is None or fold_word(w.group()) in _BAD_FIRST:
        return None
    e = content_end(doc, p, ue, False)
    e = writers_words_end(doc, p, e)
    s, e = trim(t, p, e)
    e = drop_appositive(doc, s, e)
    if e - s < 10 or len(t[s:e].split()) < 3:
        return None
    return s, e
