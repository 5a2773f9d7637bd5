"""Two people who speak together ("Polish Prime Minister Donald Tusk and Lithuanian
President Gitanas Nauseda said"): both names, "Donald Tusk and Gitanas Nauseda", never
the last one alone; a later "they" means the pair."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entities import PERSON

if TYPE_CHECKING:
    from .resolve import Resolver


def joined_people(res: Resolver, surface: str, pos: int) -> str | None:
    """Both people of "<A> and <B>" when each side names a person the article knows
    (with or without a role before the name); else None."""
    parts = surface.split(" and ")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    names = []
    for part, at in ((parts[0], pos), (parts[1], pos + len(parts[0]) + 5)):
        name = res.resolve(part.strip(), at)
        e = res.entities.named(name) if name else None
        if name is None or e is None or e.kind != PERSON or " " not in name:
            return None
        names.append(name)
    return None if names[0] == names[1] else f"{names[0]} and {names[1]}"


def pair_they_mean(res: Resolver, pos: int) -> str | None:
    """ "They" at ``pos`` right after a claim of two joined speakers ("Tusk and Nauseda
    said ... They said"): that pair, not a body the sentence names as an object ("in a
    letter to the European Commission")."""
    said = [(p, sp) for p, sp, _ in res.history if p < pos]
    if not said:
        return None
    p, speaker = said[-1]
    if " and " not in speaker or res.doc.unit_index(p) < res.doc.unit_index(pos) - 1:
        return None
    return speaker
