"""The shapes of data that flow through the claims pipeline.

``Claim`` is the public result. ``Quote`` is a quotation found in the text, ``Span`` a
stretch of it, ``Candidate`` a possible claim before selection: every offset is an
index into the article body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Claim:
    speaker: str | None  # canonical ("Alexander Lukashenko") / surface ("a NATO official") / None
    cue: str  # as written: "said", "according to", "claims", "—said", ":"
    kind: str  # "direct" | "indirect" | "mixed"
    text: str  # == body[start:end]
    start: int
    end: int
    hedged: bool
    hedges: tuple[str, ...]
    speaker_mention: str | None = None  # the speaker's words in the text ("the president")
    via: str | None = None  # the source that relayed the words ("Belta" in "..., Belta reported")

    def to_dict(self) -> dict:
        return {
            "speaker": self.speaker,
            "cue": self.cue,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "hedged": self.hedged,
            "hedges": list(self.hedges),
            "speaker_mention": self.speaker_mention,
            "via": self.via,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Claim:
        return cls(
            speaker=d.get("speaker"),
            cue=d["cue"],
            kind=d["kind"],
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            hedged=bool(d.get("hedged", False)),
            hedges=tuple(d.get("hedges", ())),
            # indexes written before the field was renamed hold "speaker_surface"
            speaker_mention=d.get("speaker_mention", d.get("speaker_surface")),
            via=d.get("via"),
        )

    @property
    def mention_differs(self) -> bool:
        """Do the words in the text name the speaker otherwise ("the president" or "He"
        for Alexander Lukashenko)? A surname, or a title before the name, does not; nor
        does the name in another script or case ("Лукашенко", "Тихановской" for the
        Latin canonical, "Шрайбмана" for "Артём Шрайбман")."""
        if not self.speaker_mention or not self.speaker:
            return False
        said = set(_WORD.findall(self.speaker_mention.casefold()))
        if any(w in said for w in _WORD.findall(self.speaker.casefold())):
            return False
        return not (_CYRILLIC.search(self.speaker_mention) and _names_in_cyrillic(self))

    @property
    def shown_mention(self) -> str | None:
        """The speaker's words to show beside the name (the pane's `· as "the
        president"`): when they name the speaker otherwise, or when no speaker was
        found ("he" with no antecedent)."""
        if self.speaker is None:
            return self.speaker_mention
        return self.speaker_mention if self.mention_differs else None


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _names_in_cyrillic(claim: Claim) -> bool:
    """Does the Cyrillic mention name the speaker: the bundled alias table's person in
    any case form, or a word with the stem of one of the speaker's words?"""
    from belreader.aliases import default_table

    from .ru_resolve import person_any_form
    from .ru_text import stem

    mention = claim.speaker_mention or ""
    if person_any_form(default_table(), mention) == claim.speaker:
        return True
    spoken = {stem(w) for w in _WORD.findall(claim.speaker or "") if len(w) > 2}
    return any(stem(w) in spoken for w in _WORD.findall(mention) if len(w) > 2)


class Span(NamedTuple):
    """text[start:end]."""

    start: int
    end: int


class Quote(NamedTuple):
    """A quotation: ``start`` is the offset of the opening mark, ``end`` the offset just
    past the closing mark, or the end of the paragraph where the quote never closes."""

    start: int
    end: int
    closed: bool


class QuotedUnit(NamedTuple):
    """A unit (sentence, or sentences fused by a quote) and the quotes inside it."""

    start: int
    end: int
    quotes: list[Quote]


# How a candidate's attribution stands to its content:
#   pre     "X said (that) CONTENT" / "X said: “...”"
#   post    "CONTENT, X said." / "“...,” said X"
#   paren   "CONTENT, X said, CONTENT."
#   acc     "according to X"
#   dash    "...—said X" / "“...” — X"
#   colon   "X: “...”" (headline style)
#   desc    "X called Y a “...”"
#   alone   "¶“...”¶": a paragraph that is one quotation, no speaker named before it
Role = Literal["pre", "post", "paren", "acc", "dash", "colon", "desc", "alone"]


@dataclass(slots=True)
class Candidate:
    """A possible claim found by one claim shape, before selection."""

    start: int  # the content
    end: int
    cue: str  # the cue as written
    cue_start: int
    cue_end: int
    sp_start: int  # the speaker's words, -1 when there are none
    sp_end: int
    prio: int  # lower wins when candidates overlap
    gap: Span | None = None  # attribution words inside [start, end)
    gap2: Span | None = None  # a narration sentence inside [start, end)
    kind: str | None = None  # set by shapes that know it; else worked out from the quotes
    speaker_override: str | None = None  # e.g. inherited from the previous claim
    hedge_extra: tuple[str, ...] = ()
    role: Role = "pre"
    via: Span | None = None  # the words of a source that relayed the claim
    # an answer or a turn of a transcript: a claim inside it stays a claim of its own
    # (set by the Russian shapes only)
    holds_claims: bool = False

    @classmethod
    def quoted(
        cls, q: Quote, verb: tuple[str, int, int], sp_start: int, sp_end: int, role: Role
    ) -> Candidate:
        """A quote's claim with its verb of speaking (a word and its offsets) and the
        speaker's words: the shape most quote rules build."""
        return cls(q.start, q.end, verb[0], verb[1], verb[2], sp_start, sp_end, 3, role=role)
