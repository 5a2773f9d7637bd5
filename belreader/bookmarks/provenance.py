"""Where a passage comes from: the article's link and, for a claim, who made it. Read
from the index at export time, so a URL added to the file later is picked up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .model import Bookmark


@dataclass(frozen=True)
class Provenance:
    """What a citation needs beyond the stored bookmark: the article's URL (front
    matter ``url``) and, when the passage lies within a claim, who made it: the
    speaker's name and, where the article named them otherwise ("the president" for
    Alexander Lukashenko), its own words, so a reader can check the attribution."""

    url: str | None = None
    speaker: str | None = None
    speaker_mention: str | None = None
    via: str | None = None  # the source that relayed the speaker's words ("Belta")

    @property
    def speaker_said(self) -> str | None:
        """The speaker as a citation gives them: `Alexander Lukashenko (as “the
        president”, via Belta)`, or just the name."""
        if not self.speaker:
            return None
        notes = [f"as “{self.speaker_mention}”"] if self.speaker_mention else []
        if self.via:
            notes.append(f"via {self.via}")
        return f"{self.speaker} ({', '.join(notes)})" if notes else self.speaker


Provenances = dict[str, Provenance]  # bookmark id -> provenance
NO_PROVENANCE = Provenance()


def origins(provenance: Provenances | None) -> Callable[[Bookmark], Provenance]:
    table = provenance or {}
    return lambda b: table.get(b.id, NO_PROVENANCE)


def passage_provenance(article: Any, start: int, end: int) -> Provenance:
    """The URL of ``article`` and the speaker of the claim holding [start, end), with
    the claim's words for them where those differ from the name."""
    url = getattr(article, "url", None) or None
    for claim in getattr(article, "claims", None) or ():
        if claim.start <= start and end <= claim.end and claim.speaker:
            mention = claim.speaker_mention if claim.mention_differs else None
            return Provenance(
                url=url,
                speaker=claim.speaker,
                speaker_mention=mention,
                via=getattr(claim, "via", None),
            )
    return Provenance(url=url)


def provenance_of(bookmarks: Iterable[Bookmark], lookup: Callable[[str], Any]) -> Provenances:
    """Provenance of each placed bookmark, its article looked up once; orphans (whose
    passage is no longer in the article) get only the URL."""
    articles: dict[str, Any] = {}
    out: Provenances = {}
    for b in bookmarks:
        if b.article_id not in articles:
            articles[b.article_id] = lookup(b.article_id)
        article = articles[b.article_id]
        if article is None:
            continue
        found = passage_provenance(article, b.start, b.end)
        out[b.id] = found if b.anchor != "orphan" else Provenance(url=found.url)
    return out
