"""Where reported content starts: the writer's narration that opens the sentence is not
the speaker's ("He had a rally that night - and the permit, his aides said, was hard to
get": the claim starts after the dash; "When asked ..., she said, “...”": the claim is
the quote; "A: B, according to X": the claim is B). A title in quote marks after the cue
is no content at all: ``en_not_claims`` and ``en_clauses.title_like`` tell it."""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import bare_clause
from .en_lexicon import ALL_CUES, AUX
from .en_phrases import words_with_pos
from .text import skip_space

# a lone dash between words, and an "and"/"but" right after it
_LEAD_DASH = re.compile(r"\s(?:-|--|—|–|―)\s+(?:(?:and|but)\s+)?")


def paren_lead_start(doc: Document, s: int, b: int) -> int:
    """The start of the content before a parenthetical cue ("A, he said, B") that runs
    from ``s`` to the comma at ``b``: after the last lone dash of the sentence before the
    cue, which joins the writer's narration to the speaker's words; a pair of dashes is
    an aside inside the content and changes nothing, and so does a cue before the dash
    ("X said that was fair — no different, he said, from ...": one statement)."""
    t = doc.t
    c = t.find(": ", s, b)
    m = _SUBJECT_VERB.search(t, s, c) if c > s and doc.quote_at(c) is None else None
    if m and m.end() == c and (m.start() == s or t[m.start() - 2] in '.!?”"'):
        return c + 2  # "A Lithuanian diplomat disagrees: the plant, he argues, is ..."
    dashes = [m for m in _LEAD_DASH.finditer(t, s, b) if doc.quote_at(m.start()) is None]
    if len(dashes) != 1:
        return s
    m = dashes[0]
    before = t[s : m.start()].lower().split()
    if len(t[m.end() : b].split()) < 1 or len(before) < 3 or ALL_CUES.intersection(before):
        return s
    return m.end()


# a person and a verb alone before a colon: the writer's narration ("A Lithuanian
# diplomat disagrees:", "His wife sees it differently:"), not the speaker's words
_SUBJECT_VERB = re.compile(
    r"(?:An?|One|The|His|Her|Their)\s+(?:[A-Za-z-]+\s+){0,3}[a-z]+\s+"
    r"(?:disagrees|agrees|objects|demurs|differs|dissents|sees it differently|is blunter"
    r"|is less sure|is unconvinced|is more cautious|goes further)"
)


# the words that end a lead of time ("Six months ago, he said, ...")
_TIME_END = frozenset({"ago", "earlier", "later"})


def adverbial_lead(lead: str) -> bool:
    """Is ``lead``, the words before a parenthetical cue ("LEAD, he said, B"), only the
    writer's link or time: a conjunction ("And yet", "But now") or a phrase of time
    ("Six months ago", "Two days later"), no clause? Then the claim is B alone ("And yet,
    her aides say, Syria remains a priority": "Syria remains a priority")."""
    words = lead.lower().split()
    if not words or len(words) > 4 or any(w in AUX or w.endswith(("ed", "n't")) for w in words):
        return False
    return words[0] in ("and", "but", "yet") or words[-1] in _TIME_END


# "When asked about the strike, ...", "Asked whether ...": the question put to the
# speaker, in the writer's words; or the time of the statement
_NARRATION_LEAD = re.compile(
    r"(?:(?:When|After|Upon|If)\s+)?(?:being\s+)?[Aa]sked\b"
    # "After the minister left, he warned, “...”", "As the crowd cheered, she joked, “...”"
    r"|(?:As|After|Before|When|While|Once)\s"
)


def narration_lead(doc: Document, s: int, rest: int, ue: int) -> bool:
    """Does the sentence at ``s`` open with the question put to the speaker or a clause
    of time, and a quote follow the cue's comma at ``rest`` ("When asked by reporters
    whether ..., the minister said, “...”", "As the crowd cheered, she joked, “...”")?
    Then the words before the cue are the writer's, not a first part of the speaker's
    claim: the claim is the quote."""
    t = doc.t
    if _NARRATION_LEAD.match(t, s) is None:
        return False
    p = skip_space(t, rest, ue)
    if t[p : p + 1] == ",":
        p = skip_space(t, p + 1, ue)
    q = doc.quote_at(p)
    return q is not None and q.start == p


def after_colon(doc: Document, s: int, e: int) -> int:
    """ "The tax has not hurt the banks: London was still the financial capital, according
    to ...": the source vouches for the clause after the writer's colon (a list after
    the colon is no clause: "three people: A, B and C")."""
    t = doc.t
    c = t.rfind(": ", s, e)
    if c < 0 or doc.quote_at(c) is not None:
        return s
    after = [w.strip(",;").lower() for w in t[c + 2 : e].split()]
    if len(after) < 3 or not any(w in AUX or (w.endswith("ed") and len(w) > 4) for w in after):
        return s
    return c + 2


# a fronted phrase of concession or of the speaker's past: "Despite a month of attacks,
# ...", "For all the talk of walls, ...", "Then a student in Minsk, ..."
_FRONTED = re.compile(r"(?:For all|Despite|In spite of|Unlike|Then)\s[^,;:“”\"]{8,200}?,\s")


# the writer's link to the sentence before, opening a sentence whose attribution comes
# after its content ("And the border will stay shut, he said"; "Still, ...")
_LINK = re.compile(r"(?:And|Still,|However,|Meanwhile,)\s+")


def fronted_lead_end(doc: Document, s: int, e: int) -> int:
    """Where the claim starts after a fronted phrase of concession or of the subject's
    past that opens the content at ``s`` ("Despite a month of attacks, Sanders has failed
    to dent her lead, a poll shows": the writer's frame; the claim is "Sanders has
    failed ..."); ``s`` when there is none, or the phrase holds a verb of its own. The
    writer's link to the sentence before ("And", "Still,", "However,", "Meanwhile,")
    goes first: "However, exports fell, the ministry said" -> "exports fell" ("But" stays:
    PolNeAR keeps it about as often as it drops it)."""
    t = doc.t
    k = _LINK.match(t, s, e)
    if k is not None and len(t[k.end() : e].split()) >= 3:
        s = k.end()
    m = _FRONTED.match(t, s, e)
    if m is None or doc.quote_at(m.end() - 2) is not None or len(t[m.end() : e].split()) < 4:
        return s
    if any(w in AUX for w in t[s : m.end()].lower().split()):
        return s
    return m.end()


def closing_with_phrase(doc: Document, s: int, e: int) -> int:
    """ "Fox is a cash machine for the company, with $1.6 billion in profit last year,
    according to an analyst": the source vouches for the figure in the closing "with"
    phrase, the clause before it is the writer's; the claim starts after "with". Only a
    phrase with no verb of its own and no comma, after two clauses (a concession or a
    first clause of the writer's, then the one the phrase closes); ``s`` else. After a
    single clause ("Revenue rose 3 percent, with online betting up, according to ...")
    the source vouches for the whole sentence."""
    t = doc.t
    w = t.rfind(", with ", s, e)
    if w < 0 or len(t[s:w].split()) < 4 or doc.quote_at(w) is not None:
        return s
    c = t.find(", ", s, w)
    if c < 0 or len(t[s:c].split()) < 3:
        return s  # one clause before the phrase: the source vouches for all of it
    rest = t[w + 7 : e].lower().split()
    if len(rest) < 3 or ", " in t[w + 7 : e] or any(x in AUX for x in rest):
        return s
    return w + 7


# an aside between commas after the cue, then "that": "said, however, that", "said, in a
# post on Telegram, that", "wrote on X, formerly Twitter, that"
_ASIDE_THEN_THAT = re.compile(r",\s*([^,;:()“”\"«»„]{1,60}?),\s*(?=that\s)")


def aside_before_that(doc: Document, p: int, ue: int) -> int:
    """Where "that" opens the content after a short aside between commas at ``p`` (a
    link word or a phrase with no verb of its own: "however", "in a statement"); ``p``
    when there is none."""
    t = doc.t
    m = _ASIDE_THEN_THAT.match(t, p, ue)
    if m is None:
        return p
    words = m.group(1).lower().split()
    if len(words) > 8 or any(w in AUX or w in ALL_CUES or w.endswith(("ing", "ed")) for w in words):
        return p  # ", adding, that", ", as he had promised, that": a clause of its own
    return m.end()


# after a participle: "that" at once ("adding that") or after the aside's comma
_PARTICIPLE_THEN_THAT = re.compile(r"(?:[^,;.:]{0,80},)?\s+that\s")
_QUOTE_OR_DASH = frozenset("“”\"'«»—–-")


def after_manner_participle(t: str, words: list[tuple[str, int, int]], ue: int) -> int:
    """Where the content starts after "said," and a participle (``words`` open with it):
    "said, pointing to the map, that A" and "said, adding that A" -> at "that"; "said,
    citing a report, A" -> at A (a clause); "said, smiling at the crowd" -> -1, no
    content. A gerund that is a clause's subject ("said, winning the title is hard")
    is the content itself: its start."""
    if _gerund_subject(t, words):
        return words[0][1]
    m = _PARTICIPLE_THEN_THAT.match(t, words[0][2], ue)
    if m is not None:
        return m.end() - 5
    c = t.find(",", words[0][2], min(ue, words[0][2] + 80))
    if c > 0 and any(ch in t[words[0][2] : c] for ch in _QUOTE_OR_DASH):
        return -1  # "painting X as ... - ''If A,'' an ad declared": no aside
    after = words_with_pos(t, c + 1, min(ue, c + 200)) if c > 0 else []
    return after[0][1] if after and bare_clause(t, after) else -1


def _gerund_subject(t: str, words: list[tuple[str, int, int]]) -> bool:
    """Is the -ing word the subject of a clause: an auxiliary before the next comma or
    "that" (an aside closes, or the participle's own clause opens)?"""
    for k in range(1, min(12, len(words))):
        w = words[k][0]
        if "," in t[words[k - 1][2] : words[k][1]] or w == "that":
            return False
        if w in AUX:
            return True
    return False
