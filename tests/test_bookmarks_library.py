"""Bookmarks against the real library: rebuilds and edited article files re-anchor
through ingest and the index, the way the app and CLI use them."""

from __future__ import annotations

import os
import time

from belreader.bookmarks import BookmarkStore
from belreader.search import SearchIndex

SEED = "001_3dea9605d3f69d5e.txt"
PASSAGE = "Lukashenko said his country is with Russia, but “as a sovereign and independent state”, adding that it controls its own territory."


def touch(path):
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))


def setup(library):
    ix = SearchIndex(library)
    ix.sync()
    art = next(a for a in ix.iter_articles() if a.path.endswith(SEED))
    start = art.body.index(PASSAGE)
    store = BookmarkStore(library.bookmarks_db)
    mark = store.add(art, start, start + len(PASSAGE), note="sovereignty", tags=["minsk"])
    return ix, store, mark


def body_of(ix, mark):
    return ix.article(mark.article_id).body


def test_rebuild_keeps_bookmarks_in_place(library):
    ix, store, mark = setup(library)
    ix.sync(rebuild=True)
    store.reanchor(ix.article)
    again = store.get(mark.id)
    assert again.anchor == "exact" and (again.start, again.end) == (mark.start, mark.end)


def test_paragraph_inserted_above(library, corpus):
    ix, store, mark = setup(library)
    path = corpus / SEED
    text = path.read_text("utf-8")
    path.write_text(
        text.replace(
            "Lukashenko made the comments",
            "A new paragraph about Minsk was added here.\n\nLukashenko made the comments",
        ),
        "utf-8",
    )
    touch(path)
    ix.sync()
    store.reanchor(ix.article)
    again = store.get(mark.id)
    assert again.start > mark.start
    assert body_of(ix, again)[again.start : again.end] == PASSAGE


def test_word_changed_inside(library, corpus):
    ix, store, mark = setup(library)
    path = corpus / SEED
    path.write_text(
        path.read_text("utf-8").replace("controls its own territory", "controls all its territory"),
        "utf-8",
    )
    touch(path)
    ix.sync()
    store.reanchor(ix.article)
    again = store.get(mark.id)
    assert again.anchor == "fuzzy"
    assert body_of(ix, again)[again.start : again.end].endswith("controls all its territory.")


def test_sentence_repeated_elsewhere(library, corpus):
    ix, store, mark = setup(library)
    path = corpus / SEED
    text = path.read_text("utf-8")
    # the same sentence appears again near the end, and the article changed above it
    text = text.replace("Leave a Reply", PASSAGE + "\n\nLeave a Reply").replace(
        "on Friday that the lack", "on Friday evening that the lack"
    )
    path.write_text(text, "utf-8")
    touch(path)
    ix.sync()
    store.reanchor(ix.article)
    again = store.get(mark.id)
    body = body_of(ix, again)
    assert body.count(PASSAGE) == 2
    assert again.start == body.index(PASSAGE)  # the original place, not the copy


def test_deleted_article_orphans_with_text(library, corpus):
    ix, store, mark = setup(library)
    (corpus / SEED).unlink()
    ix.sync()
    store.reanchor(ix.article)
    again = store.get(mark.id)
    assert again.anchor == "orphan" and again.exact == PASSAGE and again.note == "sovereignty"
    assert [m.id for m in store.list(orphans=True)] == [mark.id]


def test_mouse_selection_maps_to_body_offsets():
    from belreader.tui.widgets.article import _find_selection

    body = "First line here.\n\nSecond paragraph with words. Second paragraph with words."
    # the screen wraps lines: the selection's whitespace differs from the body's
    span = _find_selection(body, "Second paragraph\nwith   words.", near=len(body))
    assert body[span[0] : span[1]] == "Second paragraph with words."
    assert span[0] == body.rindex("Second paragraph")  # the occurrence nearest the cursor
    assert _find_selection(body, "   ", near=0) is None
