"""Claim search: who said what across the library, filtered by speaker, query or
article.

Shared by `belreader claims` and the app's "all claims by this speaker" view. Reads
only what the index stored at sync time: no extraction happens here (that is
belreader/claims/, which also resolves who each speaker is within one article).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .aliases import AliasTable
    from .article import Article
    from .claims import Claim
    from .search import SearchIndex


def speaker_matcher(aliases: AliasTable, name: str) -> Callable[[str | None], bool]:
    """Any spelling of a known person finds that person ("Lukashenka" finds claims by
    "Alexander Lukashenko"); otherwise a case-insensitive part of the speaker as
    written ("NATO official"). A Russian case form ("Путина") or Latin look-alike
    letters ("Лукашенкo") find the person too, and a name in the other script finds a
    person the table does not know ("Shraibman" finds "Артём Шрайбман")."""
    from belreader.claims.ru_resolve import person_any_form
    from belreader.claims.ru_text import same_name_across_scripts

    canonical = person_any_form(aliases, name)
    wanted = " ".join(name.split()).casefold()

    def match(speaker: str | None) -> bool:
        if not speaker:
            return False
        if canonical:
            return speaker == canonical or person_any_form(aliases, speaker) == canonical
        return wanted in speaker.casefold() or same_name_across_scripts(name, speaker)

    return match


def find_claims(
    index: SearchIndex,
    *,
    speaker: str | None = None,
    query: str | None = None,
    article: str | None = None,
) -> Iterator[tuple[Article, Claim]]:
    """(Article, Claim) pairs, newest article first, claims in text order.

    ``query`` restricts to articles matching it (QueryError propagates), ``article``
    to one article by path or id; ``speaker`` as in :func:`speaker_matcher`.
    Raises LookupError when ``article`` names nothing in the library.
    """
    if query:
        ids = [h.id for h in index.search(query, limit=1_000_000, snippets=0).hits]
        articles = [a for a in (index.article(i) for i in ids) if a is not None]
    else:
        articles = list(index.iter_articles())
    if article:
        wanted = str(Path(article).expanduser().absolute())
        articles = [a for a in articles if a.path == wanted or a.id == article]
        if not articles:
            raise LookupError(f"no article in the library at {article}")
    match = speaker_matcher(index.aliases, speaker) if speaker else None
    articles.sort(key=lambda a: (a.date is not None, a.date), reverse=True)
    for art in articles:
        for claim in art.claims:
            if match is None or match(claim.speaker):
                yield art, claim
