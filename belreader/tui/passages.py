"""What b, y and o do on the main screen: bookmark the passage under the cursor (or
re-attach an orphaned bookmark there), copy it with its citation, open the article's
source. The passage is the mouse selection, else the claim highlighted in the claims
pane (when it has focus), else the article's sentence cursor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clipboard import copy_citation, open_link
from .screens.dialogs import BookmarkDialog
from .widgets.article import ArticleView, Passage
from .widgets.claims import ClaimsPane

if TYPE_CHECKING:
    from .screens.main import MainScreen


def current_passage(main: MainScreen) -> Passage | None:
    view = main.query_one(ArticleView)
    if main.article is None:
        return None
    claims = main.query_one(ClaimsPane)
    if main.focused is claims:
        index = claims.claim_at(claims.highlighted)
        if index is not None:
            c = main.article.claims[index]
            return Passage(c.start, c.end, "claim")
    return view.selected_passage()


def bookmark(main: MainScreen) -> None:
    app = main.app
    passage = current_passage(main)
    if passage is None:
        app.notify("Open an article first: b bookmarks the passage under the cursor.")
        return
    store = main.workspace.store
    if store is None or store.read_only:
        reason = main.workspace.store_error or "the bookmarks database is not open yet"
        app.notify(f"Cannot bookmark: {reason}", severity="error")
        return
    article = main.article
    quote = article.body[passage.start : passage.end]
    if main.pending_reattach is not None:
        mark, main.pending_reattach = main.pending_reattach, None
        from ..bookmarks import BookmarkStoreError

        try:
            store.reattach(mark.id, article, passage.start, passage.end)
        except BookmarkStoreError as exc:
            app.notify(f"Not re-attached: {exc}", severity="error")
            return
        app.notify("Bookmark re-attached here")
        main.refresh_bookmark_marks()
        return

    def save(result) -> None:
        if result is None:
            return
        note, tags = result
        from ..bookmarks import BookmarkStoreError

        try:
            store.add(article, passage.start, passage.end, note=note, tags=tags)
        except BookmarkStoreError as exc:
            app.notify(f"Bookmark not saved: {exc}", severity="error")
            return
        app.notify("Bookmarked" + (f" with tags {', '.join(tags)}" if tags else ""))
        if main.article is article:
            main.refresh_bookmark_marks()

    app.push_screen(BookmarkDialog(quote), save)


def copy(main: MainScreen) -> None:
    passage = current_passage(main)
    if passage is None:
        main.app.notify("Open an article first: y copies the passage under the cursor.")
        return
    from ..bookmarks import citation_text, passage_provenance

    art = main.article
    date = art.date.isoformat() if art.date else None
    origin = passage_provenance(art, passage.start, passage.end)
    copy_citation(
        main.app,
        citation_text(
            art.body[passage.start : passage.end],
            title=art.title,
            source=art.source,
            date=date,
            origin=origin,
        ),
    )


def open_source(main: MainScreen) -> None:
    """newsboat's `o`: the article's URL in the browser, or on screen (and in the
    clipboard) where no browser can be started, as over ssh."""
    if main.article is None:
        main.app.notify("Open an article first: o opens its source in the browser.")
        return
    url = main.article.url
    if not url:
        main.app.notify(
            "This article's file gives no url: in its front matter.", severity="warning"
        )
        return
    open_link(main.app, url)
