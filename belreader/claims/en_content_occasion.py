"""Where reported content ends before the occasion, medium or time of the statement
that closes the sentence: "said A | at a rally in Ohio on Wednesday" (``occasion_end``,
for any reported clause) and "criticized the governor | during a visit Friday",
"declined to comment | for this story" (``adjunct_end``, for a short object or "to"
claim). A tail that goes on as a clause of its own stays in the content."""

from __future__ import annotations

import re

from .document import Document

# the occasion of the statement, which closes the sentence: "said A on Wednesday at a
# rally in Ohio", "threatened to B Thursday night in the final debate", "saying C in an
# interview with CNN"
OCCASION = re.compile(
    r",?\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?\s+)?"
    r"(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:rally|rallies|speech|interview|tweet|statement|debate|press conference|"
    r"news conference|town hall|op-ed|letter|Facebook post|appearance|address|"
    r"campaign stop|video|conference call|forum)\b"
)
# words that show the tail goes on as a clause of its own: "... in a closed-door
# interview were truthful", "... at a rally and is optimistic", "... by midday on Monday
# or face a strike"
OCCASION_STOP = frozenset(
    "and but that when who which where because while if is was were are has have had "
    "would will could or".split()
)


def occasion_end(doc: Document, s: int, e: int) -> int:
    """The content ends before the occasion of the statement (OCCASION) when that
    closes the sentence: a short tail (at most 14 words) with no clause of its own."""
    t = doc.t
    for m in OCCASION.finditer(t, s, e):
        c = m.start()
        if doc.quote_at(c) is not None or len(t[s:c].split()) < 4:
            continue
        tail = [w.strip(",").lower() for w in t[c:e].split()]
        if len(tail) > 14 or OCCASION_STOP.intersection(tail):
            return e
        return c
    return e


# where and when a short object was spoken, closing the sentence: "criticized the
# governor during a visit Friday", "blamed the ministry on Twitter", "declined to comment
# for this article", "touted the deal in other interviews" (a preposition, a few words
# and a noun of occasion, medium or time)
ADJUNCT = re.compile(
    r"\s+(?:for\s+(?:this|the)\s+(?:story|article|report)\b"
    r"|(?:following|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of)\s+(?:the|a|an|his|her|their|its)\b"
    r"|(?:on|in|at|during|before|after|following|through|amid)\s+"
    # the words up to the noun hold no other preposition ("the rise in the minimum
    # wage in October": the first "in" belongs to the object)
    r"(?:(?!(?:in|on|at|of|for|to|by|with|during)\s)[\w’'-]+\s+){0,4}?"
    r"(?:rall(?:y|ies)|speech(?:es)?|interviews?|debates?|debate\s+stage|stump|trail|"
    r"Twitter|Facebook|Instagram|page|posts?|tweets?|statements?|"
    r"events?|visit|television|TV|radio|show|broadcast|"
    # the medium of a denial: "denied the charges through his lawyer"
    r"spokes(?:man|woman|person)|lawyers?|attorneys?|representatives?|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"week|weekend|month|year|morning|afternoon|evening|night)\b(?![’']s|\s+[A-Z]))"
)
# a preposition after these words is their complement, not the occasion ("declined to
# comment on the visit", "the plan he outlined during the visit")
ADJUNCT_HOSTS = frozenset("comment comments remark remarks".split())
# a comma and a lower-case word inside the tail: it goes on as a clause
_CLAUSE_AFTER_COMMA = re.compile(r",\s+[a-z]")


def adjunct_end(doc: Document, s: int, e: int) -> int:
    """The end of a short object claim ("criticized the governor ...") before the
    occasion, medium or time of the statement (ADJUNCT) when that closes the sentence: a
    tail of at most 12 words with no clause of its own."""
    t = doc.t
    for m in ADJUNCT.finditer(t, s, e):
        c = m.start()
        if doc.quote_at(c) is not None or doc.quotes_in(c, e):
            return e
        before = t[s:c].split()
        last = before[-1].lower() if before else ""
        if (last in ADJUNCT_HOSTS and t[c:e].split()[0] != "for") or last.endswith("ed"):
            return e
        if _CLAUSE_AFTER_COMMA.search(t, c, e):
            return e
        tail = [w.strip(",").lower() for w in t[c:e].split()]
        if len(tail) > 12 or OCCASION_STOP.intersection(tail):
            return e
        return c
    return e
