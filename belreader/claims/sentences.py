"""Paragraphs and sentences. ``split_sentences`` is also the app's passage cursor.

Sentence ends are told apart from abbreviations (Mr., U.S., Jan. 5, a.m.), initials and
closing quotation marks; "“...?” he asked" stays one sentence.
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_NONSPACE = re.compile(r"\S")

_CLOSERS = "”\"’'»)]“›"
_OPENERS = "“„«\"'‘([‚‹"

# a run of terminal punctuation (plus closing quotes / brackets) followed by whitespace,
# or a single line break. Written to start with one character class so that the regex
# engine skips ahead to candidates in C: "\n" alone, or ".", "!", "?", "…" and the rest
# of the run.
_CAND = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[”\"’'»)\]“›]*(?=\s))")

# abbreviations after which a period never ends a sentence
_ABBR_NEVER = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "maj",
    "rep",
    "sen",
    "gov",
    "rev",
    "hon",
    "fr",
    "pres",
    "supt",
    "insp",
    "vs",
    "v",
    "e.g",
    "i.e",
    "cf",
    "approx",
    "dept",
    "est",
    "fig",
    "no",
    "nos",
    "vol",
    "pp",
    "art",
    "sec",
    "ch",
    "mt",
    "ft",
    "ave",
    "blvd",
    "rd",
    "atty",
    "messrs",
    "sr",
    "jr",
}
# abbreviations that may end a sentence: split only before a typical sentence opener
_ABBR_MAYBE = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "corp",
    "ltd",
    "co",
    "bros",
    "etc",
    "al",
    "govt",
    "mln",
    "bln",
    "min",
}
_STARTERS = {
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "as",
    "after",
    "before",
    "when",
    "while",
    "if",
    "however",
    "meanwhile",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "one",
    "some",
    "many",
    "most",
    "all",
    "no",
    "according",
    "since",
    "during",
    "despite",
    "although",
    "though",
    "what",
    "who",
    "why",
    "how",
    "still",
    "thus",
    "then",
    "now",
    "also",
    "last",
    "earlier",
    "later",
    "today",
    "yesterday",
}
_TIMEZONES = {"et", "est", "edt", "gmt", "utc", "cet", "cest", "msk", "pst", "pdt", "cst", "cdt"}
_WORD_AFTER = re.compile(r"[\w’'\-]+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blank-line separated), whitespace trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _BLANK_LINE.finditer(text):
        _add_trimmed(text, pos, m.start(), out)
        pos = m.end()
    if pos < n:
        _add_trimmed(text, pos, n, out)
    return out


def _add_trimmed(text: str, s: int, e: int, out: list) -> None:
    m = _NONSPACE.search(text, s, e)
    if not m:
        return
    s = m.start()
    while e > s and text[e - 1].isspace():
        e -= 1
    out.append((s, e))


def _word_before(text: str, lo: int, hi: int) -> str:
    """The run of word characters, periods, apostrophes and hyphens that ends text[lo:hi]
    (or ends just before a final line break of it), else "". A backward scan: a regex
    anchored at the end would try every start position of the window."""
    e = hi
    if e > lo and text[e - 1] == "\n":
        e -= 1
    k = e
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "_.’'-"):  # \w is alnum or _
        k -= 1
    return text[k:e]


def _is_boundary(text: str, ps: int, pe: int, m: re.Match) -> int:
    """The end offset of the sentence when match ``m`` ends one, else -1."""
    i = m.end()
    nm = _NONSPACE.search(text, i, pe)
    if nm is None:
        return -1  # paragraph end: handled by the caller
    j = nm.start()
    nxt = text[j]
    tok = m.group()
    if tok == "\n":
        # a single line break: a new line that starts like a sentence starts one
        if nxt.islower() or nxt in ",;:)]":
            return -1
        k = m.start()
        while k > ps and text[k - 1] in " \t\r":
            k -= 1
        if k > ps and text[k - 1] in ",;(-–":
            return -1
        return k
    # punctuation run: the next character must open a sentence
    if nxt.islower() or nxt in ",;:-–—)]}%":
        return -1
    # caseless scripts (CJK, Arabic ...) start sentences too
    if not (
        nxt.isupper()
        or nxt.isdigit()
        or nxt in _OPENERS
        or nxt in "¿¡*•#@"
        or (nxt.isalpha() and not nxt.islower())
    ):
        return -1
    end = m.end()
    if tok[-1] in "”\"»’'" and any(c in tok for c in "?!") and _attribution_follows(text, j, pe):
        return -1
    if tok[0] == "." and not tok.startswith("..") and len(tok.rstrip(_CLOSERS)) == 1:
        word = _word_before(text, max(ps, m.start() - 40), m.start())
        low = word.lower().strip("’'-")
        if low:
            if low in _ABBR_NEVER:
                return -1
            if len(low) == 1 and word[-1].isupper() and tok == ".":
                # an initial ("J. Smith") unless a sentence opener follows
                return end if _next_word(text, j) in _STARTERS else -1
            if low in _ABBR_MAYBE:
                if nxt.isdigit():
                    return -1
                return end if _next_word(text, j) in _STARTERS else -1
            if "." in low:  # U.S., U.K., a.m., D.C.
                if low in ("a.m", "p.m"):
                    return -1 if _next_word(text, j) in _TIMEZONES or nxt.isdigit() else end
                return end if _next_word(text, j) in _STARTERS or nxt in _OPENERS else -1
    return end


def _next_word(text: str, j: int) -> str:
    """The word at offset j in lower case, else "" (asked only after an abbreviation)."""
    nw = _WORD_AFTER.match(text, j)
    return nw.group().lower() if nw else ""


_ATTR_VERBS = {
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "added",
    "adds",
    "wrote",
    "writes",
    "replied",
    "continued",
    "declared",
    "demanded",
    "insisted",
    "explained",
    "noted",
    "stressed",
    "warned",
    "argued",
    "recalled",
    "tweeted",
    "answered",
    "responded",
    "shouted",
    "yelled",
    "yells",
    "cried",
    "quipped",
    "joked",
    "claimed",
    "claims",
    "stated",
    "admitted",
    "acknowledged",
    "conceded",
    "concluded",
    "remarked",
    "boasted",
    "exclaimed",
    "urged",
    "observed",
    "announced",
    "suggested",
    "pointed",
    "went",
    "interjected",
    "retorted",
}


def _attribution_follows(text: str, j: int, pe: int) -> bool:
    """After “...?” does "Trump said" / "he asks" follow (so no new sentence)?"""
    words = text[j : min(pe, j + 80)].split()[:5]
    for k, w in enumerate(words):
        lw = w.lower().strip(".,;:!?")
        if lw in _ATTR_VERBS:
            return k > 0
        if k >= 4 or not (w[:1].isupper() or lw in ("the", "a", "an")):
            return False
        if w[-1:] in ",.;:":
            return False
    return False


# a live blog's entry time ("10:15 ", "09.40 GMT - ", "10.15am"): a unit of its own, so
# that no speaker phrase or content starts with it ("12.50 Belarusian roubles" is a sum:
# a dotted time needs a zone, am / pm or a dash)
_ZONE = r"\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|EET|EEST|MSK|UTC)"
_ENTRY_TIME = re.compile(
    rf"(?:[01]?\d|2[0-3])(?::[0-5]\d(?:{_ZONE})?(?:\s*[-\u2013\u2014|])?"
    rf"|\.[0-5]\d(?:{_ZONE}(?:\s*[-\u2013\u2014|])?|\s*[-\u2013\u2014|]))"
    r"[ \t]+(?=[A-Z\u0410-\u042f\u0401\u201c\u00ab\"'])"
)


def split_paragraph(text: str, ps: int, pe: int, out: list) -> None:
    start = ps
    if text[ps : ps + 1].isdigit() and (m := _ENTRY_TIME.match(text, ps, pe)):
        _add_trimmed(text, ps, m.end(), out)
        start = m.end()
    for m in _CAND.finditer(text, ps, pe):
        if m.start() < start:
            continue
        end = _is_boundary(text, ps, pe, m)
        if end < 0:
            continue
        _add_trimmed(text, start, end, out)
        start = end
    if start < pe:
        _add_trimmed(text, start, pe, out)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) with offsets into ``text``, in order.

    Sentences never cross a blank line; a single line break ends a sentence when the
    next line starts like one (headings, captions, list items). Abbreviations (Mr.,
    Dr., U.S., Jan. 5, a.m.), initials ("J. Smith"), closing quotation marks after the
    period and ellipses are handled. Spans are trimmed of surrounding whitespace and
    cover every non-blank character of the text.
    """
    if not text:
        return []
    out: list[tuple[int, int]] = []
    for ps, pe in paragraph_spans(text):
        split_paragraph(text, ps, pe, out)
    return out
