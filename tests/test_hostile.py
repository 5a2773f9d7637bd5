"""Hostile input: property-based tests for ingest, the query parser and claims, and
terminal safety of everything printed or drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belreader.claims import extract_claims, split_sentences
from belreader.ingest import IngestError, parse_article, sanitise
from belreader.search import QueryError, SearchError
from belreader.terminal import inert

# Text that looks like what breaks readers: controls, escapes, RTL marks, zero-width
# joiners, quotes of every kind, Cyrillic, markup, long runs without spaces.
NASTY = st.sampled_from(
    [
        "\x00", "\x1b[31m", "\x1b]52;c;ZXZpbA==\x07", "\x9b2J", "\u202e", "\u200f", "\u200d",
        "\ufeff", "“", "”", "«", "»", "„", '"', "'", "—", "–", "...", "U.S.", "Dr.", "\n\n",
        "\r\n", "\t", "[bold red]", "[/]", "[link=http://x]", "Лукашенко", "said", "according to",
        "claims that", "Lukashenka", "x" * 500, " ", ".", ":",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), NASTY), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_ingest_never_raises_on_bytes(data):
    try:
        art = parse_article(data, article_id="x", path=Path("x.txt"))
    except IngestError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    _check_article(art)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_ingest_never_raises_on_text(text):
    # lone surrogates cannot be encoded: escape them as a scraper's surrogateescape would
    data = text.encode("utf-8", "surrogatepass")
    try:
        art = parse_article(data, article_id="x", path=Path("x.md"))
    except IngestError:
        return
    _check_article(art)


def test_ingest_100k_character_line():
    data = ("Title\n\n" + "Lukashenko said " * 7000 + "\u200d" * 100 + "\n").encode()
    art = parse_article(data, article_id="x", path=Path("x.txt"))
    assert len(art.body) > 100_000
    _check_article(art)


def _check_article(art) -> None:
    for field in (art.title, art.body, art.source or "", art.author or ""):
        assert inert(field) == field  # no control characters survive
        assert "\x1b" not in field
    for s, e in art.paragraphs:
        assert 0 <= s < e <= len(art.body)
        assert art.body[s:e].strip() == art.body[s:e]
    if art.paragraphs:
        assert art.paragraphs[-1][1] == len(art.body)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_claims_offsets_always_match(text):
    text = sanitise(text)
    for claim in extract_claims(text):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind in ("direct", "indirect", "mixed")
        assert claim.hedged == bool(claim.hedges)
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)


@pytest.fixture(scope="module")
def module_index(tmp_path_factory):
    import shutil

    from belreader.library import Library, bundled_seeds
    from belreader.search import SearchIndex

    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "c"
    corpus.mkdir()
    for seed in bundled_seeds().glob("*.txt"):
        shutil.copy(seed, corpus / seed.name)
    ix = SearchIndex(Library(index_dir=root / "ix", data_dir=root / "d", corpora=[corpus]))
    ix.sync()
    yield ix
    ix.close()


QUERY = st.lists(
    st.one_of(
        st.text(max_size=20),
        st.sampled_from(['"', "(", ")", "*", "?", ":", "AND", "OR", "NOT", "title:", "date:", "date:[",
                         " to ", "]", "speaker:", "source:", "^", "~", "{", "}", "\\", "-", "+", "Лукашенко",
                         "NATO", "nosuchfield:", "'", "2024", "date:>", "<", "=", "/", "!", "&&", "||"]),
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERY)
def test_search_never_raises_anything_but_a_query_error(module_index, text):
    try:
        results = module_index.search(text)
    except QueryError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message
        return
    except SearchError as exc:  # pragma: no cover - would be a damaged index
        pytest.fail(f"search failed: {exc}")
    assert results.total >= 0
    for hit in results.hits:
        for snip in hit.snippets:
            for s, e in snip.highlights:
                assert 0 <= s <= e <= len(snip.text)


# ------------------------------------------------------------------ terminal safety

ESCAPES = ["\x1b[2J", "\x1b]52;c;cm0gLXJmIH4=\x07", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "\x9b31m", "\x07", "\x1b"]


@pytest.mark.parametrize("seq", ESCAPES)
def test_inert_removes_every_escape(seq):
    out = inert(f"before{seq}after [link=x]y[/link]")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert out.startswith("before") and "[link=x]y[/link]" in out


async def test_app_draws_hostile_notes_and_paths_inertly(library, corpus):
    """A bookmark imported with escape sequences in its note and tags, and an article
    file whose name holds control characters, are drawn as plain text."""
    from belreader.bookmarks import BookmarkStore
    from belreader.search import SearchIndex
    from belreader.tui.app import BelreaderApp

    from .test_app import wait_ready

    (corpus / "odd\x1b[2Jname.txt").write_text("Odd name\n\nNATO said things.\n")
    ix = SearchIndex(library)
    ix.sync()
    art = ix.article(ix.search("Smolensk").hits[0].id)
    ix.close()
    library.data_dir.mkdir(parents=True, exist_ok=True)
    with BookmarkStore(library.bookmarks_db) as store:
        store.add(art, 0, 44, note="note \x1b]52;c;ZXZpbA==\x07 [bold]x[/bold]", tags=["t\x1b[31mag"])
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("B")
        await pilot.pause()
        update = app.screen._compositor.render_full_update()
        rendered = "\n".join("".join(seg.text for seg in strip) for strip in update.strips)
        assert "note" in rendered and "[bold]x[/bold]" in rendered and "#tag" in rendered
        for bad in ("\x1b]52", "\x1b[31m", "\x07"):
            assert bad not in rendered


def damage_bookmark_pages(db) -> None:
    """Overwrite the middle of every page after the schema's (page 1) and the first
    table page: the database still opens read-only and fails when its rows are read."""
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) // page > 4, "the test needs a database of several pages"
    for p in range(2, len(data) // page):
        data[p * page + 100 : p * page + 400] = b"\xff" * 300
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def fill_bookmarks(library, n: int = 200) -> None:
    from belreader.bookmarks import BookmarkStore
    from belreader.search import SearchIndex

    ix = SearchIndex(library)
    ix.sync()
    art = ix.article(ix.search("Smolensk").hits[0].id)
    ix.close()
    library.data_dir.mkdir(parents=True, exist_ok=True)
    with BookmarkStore(library.bookmarks_db) as store:
        for i in range(n):
            store.add(art, i, i + 40, note="n" * 500 + str(i), tags=["t"])


async def test_app_bookmarks_on_a_page_damaged_database_do_not_crash(library):
    """README: a corrupt bookmarks file is reported and the app still opens for reading.
    Pages damaged past what opening checks used to raise inside the bookmarks screen."""
    from belreader.tui.app import BelreaderApp

    from .test_app import wait_ready

    fill_bookmarks(library)
    damage_bookmark_pages(library.bookmarks_db)
    before = library.bookmarks_db.read_bytes()
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("B")
        await pilot.pause()
        await pilot.pause()
        assert app.is_running and app.return_code is None
        messages = [n.message for n in app._notifications]
        assert any("damaged" in m for m in messages), messages
        await pilot.press("escape")
        await pilot.press("slash")
        await pilot.pause()
        assert app.is_running
    assert app.return_code in (None, 0)
    assert library.bookmarks_db.read_bytes() == before  # left untouched
