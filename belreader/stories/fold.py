"""A page of search hits folded into stories: each story once, led by its earliest
dated copy among the hits, by date and time of day (the highest ranked when none is
dated; ``published`` says how times in different zones, and a day without a time, are
ordered), its other copies listed under it; and source facets that count stories as
well as copies.

Works on ``results.Hit`` lists and plain counts: no search engine here. The caller
fetches more hits while the page has fewer stories than it wants (``want_more``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..published import order_key, when_beside
from ..results import Hit
from .reader import Copy, StoryReader

# fetch at most this many hits to fill a page of stories (a story of 500 copies folds
# into one row after one fetch of them all)
MAX_FETCH = 2000


@dataclass(slots=True)
class FoldedHit:
    hit: Hit  # the story's lead
    story: int | None  # None: the article is not grouped (yet)
    copies: list[Copy] = field(default_factory=list)  # the others, earliest dated first


def _lead(hits: Sequence[Hit]) -> Hit:
    """The earliest dated hit by date and time, or the highest ranked (first) when none
    is dated; among equals, the higher ranked."""
    dated = [h for h in hits if h.date is not None]
    if not dated:
        return hits[0]
    return min(dated, key=lambda h: order_key(h.date, h.time))


def fold(hits: Sequence[Hit], store: StoryReader) -> list[FoldedHit]:
    """``hits`` (in rank order) one row per story, in the rank of its best hit."""
    story_of = store.stories_of([h.id for h in hits])
    order: list[int | str] = []
    members: dict[int | str, list[Hit]] = {}
    for h in hits:
        key: int | str = story_of.get(h.id, h.id)
        if key not in members:
            order.append(key)
            members[key] = []
        members[key].append(h)
    stories = [k for k in order if isinstance(k, int)]
    copies_of = store.copies(stories)
    out = []
    for key in order:
        lead = _lead(members[key])
        if isinstance(key, int):
            others = [c for c in copies_of.get(key, []) if c.id != lead.id]
            out.append(FoldedHit(lead, key, others))
        else:
            out.append(FoldedHit(lead, None))
    return out


def promote_earliest(
    folded: list[FoldedHit], matched: set[str], make_hit: Callable[[str], Hit | None]
) -> None:
    """Where a story's earliest dated matching copy is not among the hits fetched, it
    leads instead (``make_hit`` builds its hit); the hit it replaces joins the copies."""
    for f in folded:
        if f.story is None:
            continue
        lead_key = order_key(f.hit.date, f.hit.time)
        earlier = [
            c
            for c in f.copies
            if c.id in matched and c.date is not None and order_key(c.date, c.time) < lead_key
        ]
        if not earlier:
            continue
        first = min(earlier, key=lambda c: c.order)
        hit = make_hit(first.id)
        if hit is None:
            continue
        old = Copy(f.hit.id, f.hit.title, f.hit.source, f.hit.date, f.hit.path, f.hit.time)
        others = [c for c in f.copies if c.id != first.id] + [old]
        others.sort(key=lambda c: c.order)
        f.hit, f.copies = hit, others


def copies_line(copies: Sequence[Copy], lead: Hit, shown: int = 3) -> str:
    """ "+2 copies: Daily Mail 16:04, Farm 26 Aug, Blog (undated)": each copy's time on
    the ``lead``'s day, its date and time on another (``published.when_beside``)."""
    listed = ", ".join(
        f"{c.source or 'unknown'} {when_beside(c.date, c.time, lead.date, lead.time)}"
        for c in copies[:shown]
    )
    more = f", … {len(copies) - shown} more" if len(copies) > shown else ""
    return f"+{len(copies)} cop{'ies' if len(copies) != 1 else 'y'}: {listed}{more}"


def want_more(folded: Sequence[FoldedHit], limit: int, fetched: int, total: int) -> int:
    """How many hits to fetch next to show ``limit`` stories (0: enough)."""
    if len(folded) >= limit or fetched >= total or fetched >= MAX_FETCH:
        return 0
    return min(total, max(fetched * 4, limit), MAX_FETCH)


def story_facets(
    article_facets: dict[str, int],
    grouped: Sequence[tuple[str, int, str | None]],
    matched: set[str],
) -> dict[str, int]:
    """{source: stories} for the matches whose per-source article counts are
    ``article_facets``: a story counts once per source however many of its copies
    from that source match. ``grouped`` is ``StoryStore.grouped_articles()``,
    ``matched`` those of them that match."""
    extra: Counter[str] = Counter()  # copies beyond the first, per source and story
    seen: set[tuple[str, int]] = set()
    for aid, story, source in grouped:
        if aid not in matched:
            continue
        name = source or "unknown"
        if (name, story) in seen:
            extra[name] += 1
        else:
            seen.add((name, story))
    out = {name: n - extra.get(name, 0) for name, n in article_facets.items()}
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass(slots=True)
class StoryCounts:
    """A search's matches counted as stories: in all, and per source."""

    stories: int
    by_source: dict[str, int]
    matched: set[str]  # the grouped articles that match


def count_stories(
    reader: StoryReader,
    total: int,
    article_facets: dict[str, int],
    matching_among: Callable[[list[str]], set[str]],
) -> StoryCounts:
    """How many stories the ``total`` matches (per source: ``article_facets``) make;
    ``matching_among(ids)`` says which of the grouped articles match."""
    grouped = reader.grouped_articles()
    matched = matching_among([g[0] for g in grouped]) if grouped else set()
    return StoryCounts(
        story_count(total, grouped, matched),
        story_facets(article_facets, grouped, matched),
        matched,
    )


def story_count(
    total: int, grouped: Sequence[tuple[str, int, str | None]], matched: set[str]
) -> int:
    """How many stories ``total`` matching articles make."""
    per_story = Counter(story for aid, story, _ in grouped if aid in matched)
    return total - sum(n - 1 for n in per_story.values())
