"""A counted list of what was said: "he said three things: first, that A; second, that
B; and third, that C". The count and its noun are the writer's announcement, the items
are the content, all of them (not only the first, up to its semicolon). And the
shortest content: a two-word clause after "that" ("told Meduza that he refused")."""

from __future__ import annotations

import re

from .en_lexicon import IRREGULAR_PAST
from .text import trim

_COUNTED = re.compile(
    r"(?:two|three|four|five|several|a\s+few|a\s+number\s+of)\s+(?:\w+\s+)?"
    r"(?:things|points|messages|demands|conditions|reasons|promises|claims|warnings)\s*:\s*",
    re.IGNORECASE,
)
_NEXT_ITEM = re.compile(
    r"\s*[;,]\s*(?:and\s+)?(?:second|secondly|third|thirdly|fourth|next|finally|lastly)\b",
    re.IGNORECASE,
)


def counted_list(t: str, s: int, e: int, ue: int, ce: int) -> tuple[int, int]:
    """The content without the announcement of its count (after the cue ending at
    ``ce``: "said three things:", "told them two things:"), and to the last item."""
    colon = t.find(":", ce, min(ue, s + 60))
    if colon < 0 or colon - ce > 80:
        return s, e
    m = _COUNTED.search(t, ce, colon + 2)
    if m is None or (m.end() > max(s, m.start() + 1) and m.start() != s):
        return s, e
    if _NEXT_ITEM.match(t, e, ue) is not None:
        e = ue
    return trim(t, m.end(), e)


_SUBJECTS = frozenset("he she they we i it".split())


def short_that_clause(t: str, s: int, e: int) -> bool:
    """A whole clause of two words after an explicit "that": "told Meduza that he
    refused", "said that she agreed" (a subject pronoun and a past verb)."""
    words = t[s:e].split()
    if len(words) != 2 or not t.endswith("that ", 0, s):
        return False
    v = words[1]
    return (
        words[0].lower() in _SUBJECTS
        and v.isalpha()
        and v.islower()
        and (v in IRREGULAR_PAST or (v.endswith("ed") and len(v) > 4))
    )
