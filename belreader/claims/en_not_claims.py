"""Words around a cue that say it reports nothing: the cue word used in another sense
("adding to her lead", "added 1 million jobs", "the four states that ..."). Each test
looks only at the few words next to the cue."""

from __future__ import annotations

import re

from .en_lexicon import DETS

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
