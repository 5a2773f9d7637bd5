"""The words the app, the CLI and the README use for claims and counts, in one place.

Claim kinds as stored (``direct``, ``indirect``, ``mixed``) read to people as *quote*
(the speaker's own words in quotation marks), *reported* (reported speech: "said that
…") and *mixed* (a paraphrase that quotes some words). JSON output keeps the stored
names: it is for programs.
"""

from __future__ import annotations

from .terminal import inert

KIND_LABEL = {"direct": "quote", "indirect": "reported", "mixed": "mixed"}
KIND_HELP = (
    "quote: their own words in quotation marks · reported: reported speech (said that …) · "
    "mixed: a paraphrase quoting some of their words"
)


def kind_label(kind: str) -> str:
    return KIND_LABEL.get(kind, kind)


# cues that are marks, not words: a label's colon ("Lukashenko: ..."), a dash, an
# interview's answer marker ("A: ...")
_MARK_CUES = {"": "said", "a": "answered"}


def cue_text(cue: str) -> str:
    """The reporting cue as shown: without punctuation the extractor kept at its edges
    ("—said", "said:"); a cue that is only a mark reads as the word it stands for."""
    word = inert(cue).strip(" \t—–-,:;.")
    return _MARK_CUES.get(word.casefold(), word)


# first words that make a speaker a description relative to someone else ("his press
# service", "a spokesman"): not a name to list "all claims by" across the library
_RELATIVE = frozenset({"his", "her", "its", "their", "our", "my", "your", "a", "an"})


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1 claim", "3 claims", "2 matches" (``many`` where -s is wrong)."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def is_named_speaker(speaker: str | None) -> bool:
    """A speaker that names someone (Alexander Lukashenko, the BelTA news agency), not
    one described relative to another person ("his press service")."""
    words = (speaker or "").split()
    if not words or words[0].lower() in _RELATIVE:
        return False
    return any(w[:1].isupper() for w in words)
