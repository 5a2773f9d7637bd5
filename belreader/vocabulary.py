"""The words the app, the CLI and the README use for claims, in one place.

Claim kinds as stored (``direct``, ``indirect``, ``mixed``) read to people as *quote*
(the speaker's own words in quotation marks), *reported* (reported speech: "said that
…") and *mixed* (a paraphrase that quotes some words). JSON output keeps the stored
names: it is for programs.
"""

from __future__ import annotations

from .terminal import inert

KIND_LABEL = {"direct": "quote", "indirect": "reported", "mixed": "mixed"}
KIND_HELP = "quote: their own words in quotation marks · reported: reported speech (said that …) · mixed: a paraphrase quoting some of their words"


def kind_label(kind: str) -> str:
    return KIND_LABEL.get(kind, kind)


def cue_text(cue: str) -> str:
    """The reporting cue as shown: without punctuation the extractor kept at its edges
    ("—said", "said:")."""
    return inert(cue).strip(" \t—–-,:;")
