"""Per-language rules: what the pipeline needs from a language, and which rules an
article gets.

The pipeline itself (quotes, units, selection, merging, kinds, hedge finding) is
language-neutral. A language brings its claim shapes (functions that turn a
``Document`` into candidates), its hedge words and its speaker resolver. English lives
in ``en*.py``; a second language adds its own modules and calls ``register``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .document import Document
from .hedges import HedgeWords
from .model import Candidate

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable

DEFAULT_LANGUAGE = "en"


class SpeakerResolver(Protocol):
    """Turns the speaker words of each claim, in text order, into a speaker."""

    def resolve(self, surface: str, pos: int) -> str | None:
        """The speaker of the words ``surface`` at offset ``pos``."""

    def source(self, surface: str, pos: int) -> str | None:
        """The speaker of "according to SURFACE"."""

    def note(self, speaker: str | None, surface: str | None, pos: int) -> None:
        """A claim at ``pos`` was given ``speaker``: later pronouns may refer to it."""


Shape = Callable[[Document], list[Candidate]]


@dataclass(frozen=True)
class LanguageRules:
    code: str  # ISO 639-1, as ingest stores an article's language ("en", "ru")
    shapes: tuple[Shape, ...]  # candidates from all of them compete in selection
    hedges: HedgeWords
    resolver: Callable[[Document, AliasTable], SpeakerResolver]
    # before selection: reports passed on by another source read as the reporter's
    # own, with the source as their ``via`` (English: ``en_relay``)
    relays: Callable[[Document, list[Candidate]], list[Candidate]] | None = None


_REGISTRY: dict[str, LanguageRules] = {}
# a language without rules of its own borrows those of a close one
_FALLBACK: dict[str, str] = {}


def register(rules: LanguageRules, *, also_for: tuple[str, ...] = ()) -> None:
    """Make ``rules`` the rules of its language (and of the ``also_for`` languages
    that have no rules of their own)."""
    _REGISTRY[rules.code] = rules
    for code in also_for:
        _FALLBACK.setdefault(code, rules.code)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def language_of(text: str) -> str:
    """A guess from the script of the first 5,000 characters: "ru" (or "be", "uk" by
    their own letters) when most letters are Cyrillic, else "en"."""
    sample = text[:5000]
    if not _CYRILLIC.search(sample):
        return "en"
    cyr = len(_CYRILLIC.findall(sample))
    if cyr * 2 <= len(_LETTER.findall(sample)):
        return "en"
    if "ў" in sample or "Ў" in sample:
        return "be"
    if any(ch in sample for ch in "їєЇЄґҐ"):
        return "uk"
    return "ru"


def rules_for(text: str, language: str | None = None) -> LanguageRules:
    """The rules for an article: those of ``language`` (as ingest found it) when
    registered, else of the language its script suggests, else English."""
    for code in (language, language_of(text) if text else None):
        if not code:
            continue
        code = code.lower().split("-")[0]
        rules = _REGISTRY.get(code) or _REGISTRY.get(_FALLBACK.get(code, ""))
        if rules is not None:
            return rules
    return _REGISTRY[DEFAULT_LANGUAGE]
