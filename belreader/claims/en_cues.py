"""The English cue finder: every reporting verb ("said", "pointed out", "according
to") in a text, found by a scan of its words and set lookups, plus the dash cue
("—said") and the verbs of describing ("called", "dubbed")."""

from __future__ import annotations

import re

from .en_lexicon import ALL_CUES, DESCRIBE

_CUE_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _c in sorted(ALL_CUES | {"according to"}, key=lambda c: -len(c.split())):
    _p = _c.split()
    _CUE_FIRST.setdefault(_p[0], []).append(tuple(_p[1:]))
_LETTERS = re.compile(r"[A-Za-z]+")


def trie_alternatives(words: list[str]) -> list[str]:
    """Regex alternatives matching exactly ``words``, one per first letter, each a trie
    of the rest: the engine then tries one branch per letter, not every word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return [re.escape(ch) + branch(trie[ch]) for ch in sorted(trie)]


# The first word of every cue the extractor keeps, as a whole run of ASCII letters: in
# lower case, or "according" in any case ("According to"); a cue in headline case
# ("States") is none. Case-sensitive, so that branches are told apart by one character.
_KEPT_CUE_FIRST = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(trie_alternatives(sorted(set(_CUE_FIRST) - {"according"})))
    + r"|[Aa][Cc][Cc][Oo][Rr][Dd][Ii][Nn][Gg])(?![A-Za-z])"
)


# a possessive right before a word: "opponents' ", "Labour's "
_POSSESSIVE_BEFORE = re.compile(r"(?:[A-Za-z][’']s|[a-z]s[’'])[ \t]+$")


def after_possessive(text: str, s: int) -> bool:
    """Does a possessive stand right before the word at text[s:] ("Labour's claims")?"""
    return _POSSESSIVE_BEFORE.search(text, max(0, s - 4), s) is not None


_NEGATION_BEFORE = re.compile(r"(?:\bnot|\bnever|n[’']t)\s+$")


def iter_cues(text: str, kept_only: bool = False, affirmed: bool = False):
    """(start, end) of every cue in text: a scan of the words and set lookups. With
    ``kept_only``, only cues whose first word is as ``_KEPT_CUE_FIRST`` wants, found by
    that regex (faster than looking at every word). With ``affirmed``, not a cue right
    after "not" / "never" / "n't": "The ministry has never confirmed ...", "she has not
    said that ..." report nothing said."""
    n = len(text)
    for m in (_KEPT_CUE_FIRST if kept_only else _LETTERS).finditer(text):
        w = m.group()
        conts = _CUE_FIRST.get(w.lower())
        if conts is None:
            continue
        s, e = m.span()
        if affirmed and _NEGATION_BEFORE.search(text, max(0, s - 7), s):
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "’'-_"):
            continue
        if e < n and (text[e].isalnum() or text[e] in "’'-_"):
            continue
        # "opponents' calls for": after a possessive, a phrasal cue is a noun; a single
        # word may still be one PolNeAR counts ("his campaign's claims that ...")
        possessive = after_possessive(text, s)
        for rest in conts:
            if possessive and rest:
                continue
            pos = e
            ok = True
            for r in rest:
                q = pos
                while q < n and text[q] in " \t\n":
                    q += 1
                if (
                    q == pos
                    or text[q : q + len(r)].lower() != r
                    or (
                        q + len(r) < n
                        and (text[q + len(r)].isalnum() or text[q + len(r)] in "’'-_")
                    )
                ):
                    ok = False
                    break
                pos = q + len(r)
            if ok:
                yield s, pos
                break


DASH_CUE_RE = re.compile(
    r"[—–―]\s*(?:said|says|added|adds|stated|declared|noted|stressed|emphasized|explained"
    r"|claimed|claims|insisted|insists|argued|argues|warned|warns|admitted|admits"
    r"|assured|assures|announced|announces)"
    r"(?![\w-])"
)


# \b(?:called|call|...)\b as a trie that starts with one character class (the "\b" in
# front becomes a look back after the first letter), so the engine skips ahead in C
DESCRIBE_RE = re.compile(
    "(?:"
    + "|".join(alt[0] + r"(?<!\w.)" + alt[1:] for alt in trie_alternatives(sorted(DESCRIBE)))
    + r")\b"
)
