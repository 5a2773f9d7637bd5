"""Small wording helpers shared by the app's screens."""

from __future__ import annotations

# first words that make a speaker a description relative to someone else ("his press
# service", "a spokesman"): not a name to list "all claims by" across the library
_RELATIVE = frozenset({"his", "her", "its", "their", "our", "my", "your", "a", "an"})


def plural(n: int, word: str, many: str | None = None) -> str:
    """"1 claim", "3 claims", "2 matches" (``many`` where -s is wrong)."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def is_named_speaker(speaker: str | None) -> bool:
    """A speaker that names someone (Alexander Lukashenko, the BelTA news agency), not
    one described relative to another person ("his press service")."""
    words = (speaker or "").split()
    if not words or words[0].lower() in _RELATIVE:
        return False
    return any(w[:1].isupper() for w in words)
