"""Generic text helpers of the claims pipeline: trimming, spans, counting."""

from __future__ import annotations

from collections.abc import Sequence

# ASCII bytes that are not letters or digits, and every byte above ASCII
ASCII_NON_ALNUM = bytes(b for b in range(256) if b > 127 or not chr(b).isalnum())


def count_alnum(t: str, s: int, e: int) -> int:
    """How many characters of t[s:e] are letters or digits (str.isalnum)."""
    piece = t[s:e]
    if piece.isascii():
        return len(piece.encode("ascii").translate(None, ASCII_NON_ALNUM))
    return sum(map(str.isalnum, piece))


def spans_without(s: int, e: int, cuts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """[s, e) minus the (possibly empty or overlapping) spans ``cuts``, as sorted spans."""
    out = []
    pos = s
    for a, b in sorted(cuts):
        a, b = max(a, s), min(b, e)
        if b <= a:
            continue
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < e:
        out.append((pos, e))
    return out


def skip_space(t: str, i: int, e: int) -> int:
    while i < e and t[i].isspace():
        i += 1
    return i


TRIM_CHARS = " \t\r\n\u00a0,;:—–―-"


def trim(t: str, s: int, e: int) -> tuple[int, int]:
    while s < e and t[s] in TRIM_CHARS:
        s += 1
    while e > s and (t[e - 1] in TRIM_CHARS or t[e - 1] == "."):
        if t[e - 1] == "." and e - 2 >= s and t[e - 2] == ".":
            break  # an ellipsis stays
        e -= 1
    # a bracket the span does not close or open is the narration's: "(The minister
    # said the plan was dead.)"
    if s < e and t[s] == "(" and ")" not in t[s:e]:
        return trim(t, s + 1, e)
    if e > s and t[e - 1] == ")" and "(" not in t[s:e]:
        return trim(t, s, e - 1)
    return s, e


def fold_word(w: str) -> str:
    """A word folded for lookups: lower case, without edge periods and apostrophes."""
    return w.lower().strip(".’'")


def fold_token(w: str) -> str:
    """A word of a phrase split on spaces, folded: ``fold_word``, and without the comma
    that may cling to it ("the ministry," in "a report by the ministry, which ...")."""
    return w.lower().strip(".,’'")
