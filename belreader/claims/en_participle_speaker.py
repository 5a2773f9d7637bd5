"""Who a participle of describing belongs to when it follows a postposed
attribution: "Drones were shot down, Prime Minister Donald Tusk said on Wednesday,
calling the incursion a “provocation”" -> the one who said, not the subject opening
the sentence (which is what the reported clause is about)."""

from __future__ import annotations

from .document import Document
from .en_bare_clause import is_speech_verb
from .en_function_words import WEEKDAYS
from .en_phrases import np_ok, words_with_pos

# words that may follow the verb of an attribution before its closing comma
_ADJUNCT_OPEN = {
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "late",
    "early",
    "last",
    "this",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "from",
    "via",
}
# "describing how her team works": an account, no judgement of anyone
ACCOUNT_OPENERS = {"how", "why", "where", "when", "whether"}  # "called what she saw …" judges


def _attribution_verb(w: str) -> bool:
    return w.islower() and is_speech_verb(w) and w.endswith(("said", "says", "told", "added"))


def attribution_speaker(doc: Document, us: int, vs: int) -> tuple[int, int] | None:
    """The speaker phrase of the attribution clause that ends with the comma right
    before the participle at ``vs`` ("…, X said on Monday, calling", "…, said X,
    calling"): (start, end) or None when the segment before is no attribution."""
    t = doc.t
    c = t.rfind(",", us, vs)
    if c < 0 or t[c + 1 : vs].strip():
        return None
    p = max(t.rfind(",", us, c), t.rfind("—", us, c), t.rfind("–", us, c))
    if p < 0:
        return None  # "Lukashenko said on Friday, calling …": the opening subject serves
    seg = p + 1
    if t[seg : seg + 1] in ("”", '"'):
        seg += 1  # "“A,” X said on Thursday, calling …": the comma closing the quote
    if any(ch in t[seg:c] for ch in '“”".'):
        return None
    words = words_with_pos(t, seg, c)
    if not 2 <= len(words) <= 12:
        return None
    k = next((k for k, (w, _, _) in enumerate(words) if _attribution_verb(w)), -1)
    if k < 0:
        return None
    rest = [w for w, _, _ in words[k + 1 :]]
    if k == 0:
        # "…, said Tusk, calling": the phrase after the verb, all of it
        if rest and np_ok(rest):
            return words[1][1], words[-1][2]
        return None
    if rest and rest[0].lower() not in _ADJUNCT_OPEN and rest[0].lower() not in WEEKDAYS:
        return None
    if np_ok([w for w, _, _ in words[:k]]):
        return words[0][1], words[k - 1][2]
    return None
