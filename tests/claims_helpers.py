"""What the claims tests share: the claims of a text that contain some words."""

from __future__ import annotations

from belreader.claims import Claim, extract_claims


def claims_with(text: str, containing: str) -> list[Claim]:
    return [c for c in extract_claims(text) if containing in c.text]


def one_claim(text: str, containing: str) -> Claim:
    """The one claim of ``text`` that contains ``containing`` (fails on none or two)."""
    claims = claims_with(text, containing)
    assert len(claims) == 1, (containing, extract_claims(text))
    return claims[0]


def only(text: str) -> Claim:
    """The one claim of ``text`` (fails on none or two)."""
    claims = extract_claims(text)
    assert len(claims) == 1, claims
    return claims[0]


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker_mention) of each claim of ``text``, in order."""
    return [(c.speaker, c.speaker_mention) for c in extract_claims(text)]


def ru_claims(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker, speaker_mention, text, kind) of each claim of a Russian ``text``."""
    return [
        (c.speaker, c.speaker_mention, c.text, c.kind) for c in extract_claims(text, language="ru")
    ]


def ru_speakers(text: str) -> list[str | None]:
    return [s for s, _, _, _ in ru_claims(text)]


def ru_texts(text: str) -> list[str]:
    return [x for _, _, x, _ in ru_claims(text)]
