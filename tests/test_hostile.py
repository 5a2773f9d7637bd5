"""Hostile input: property-based tests for ingest, the query parser and claims, and
terminal safety of everything printed or drawn."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belreader.claims import extract_claims, split_sentences
from belreader.ingest import IngestError, parse_article, sanitise
from belreader.search import QueryError, SearchError
from belreader.terminal import inert, inert_json, one_line

# Text that looks like what breaks readers: controls, escapes, RTL marks, zero-width
# joiners, quotes of every kind, Cyrillic, markup, long runs without spaces.
NASTY = st.sampled_from(
    [
        "\x00",
        "\x1b[31m",
        "\x1b]52;c;ZXZpbA==\x07",
        "\x9b2J",
        "\u202e",
        "\u200f",
        "\u200d",
        "\ufeff",
        "“",
        "”",
        "«",
        "»",
        "„",
        '"',
        "'",
        "—",
        "–",
        "...",
        "U.S.",
        "Dr.",
        "\n\n",
        "\r\n",
        "\t",
        "[bold red]",
        "[/]",
        "[link=http://x]",
        "Лукашенко",
        "said",
        "according to",
        "claims that",
        "Lukashenka",
        "x" * 500,
        " ",
        ".",
        ":",
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
        st.sampled_from(
            [
                '"',
                "(",
                ")",
                "*",
                "?",
                ":",
                "AND",
                "OR",
                "NOT",
                "title:",
                "date:",
                "date:[",
                " to ",
                "]",
                "speaker:",
                "source:",
                "^",
                "~",
                "{",
                "}",
                "\\",
                "-",
                "+",
                "Лукашенко",
                "NATO",
                "nosuchfield:",
                "'",
                "2024",
                "date:>",
                "<",
                "=",
                "/",
                "!",
                "&&",
                "||",
            ]
        ),
    ),
    max_size=25,
).map(" ".join)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
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
    assert len(results.hits) == min(results.total, 20)  # the default page, all found
    for hit in results.hits:
        for snip in hit.snippets:
            for s, e in snip.highlights:
                assert 0 <= s <= e <= len(snip.text)


# ------------------------------------------------------------------ terminal safety

ESCAPES = [
    "\x1b[2J",
    "\x1b]52;c;cm0gLXJmIH4=\x07",
    "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\",
    "\x9b31m",
    "\x07",
    "\x1b",
]

# every character a terminal acts on or that changes what is shown without being seen
C0 = [chr(c) for c in range(0x20) if chr(c) not in "\n\t"]
C1 = [chr(c) for c in range(0x7F, 0xA0)]  # DEL, then C1 (U+009B is CSI on some terminals)
BIDI = [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]]
ZERO_WIDTH = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u2061",
    "\u2062",
    "\u2063",
    "\u2064",
    "\ufeff",
]
UNSAFE = C0 + C1 + BIDI + ZERO_WIDTH
HOSTILE = (
    "Evil\u202etxt.exe \x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x9b31m \u200bhid\u2066den\u2069 \x00\x7f"
)


def assert_inert(text: str) -> None:
    found = sorted({f"U+{ord(ch):04X}" for ch in text if ch in UNSAFE})
    assert not found, f"unsafe characters reach the output: {found}"


@pytest.mark.parametrize("seq", ESCAPES)
def test_inert_removes_every_escape(seq):
    out = inert(f"before{seq}after [link=x]y[/link]")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert out.startswith("before") and out.endswith("after [link=x]y[/link]")


@pytest.mark.parametrize("ch", UNSAFE, ids=lambda ch: f"U+{ord(ch):04X}")
def test_inert_removes_each_unsafe_character(ch):
    assert inert(f"a{ch}b") == "ab"
    assert one_line(f"a{ch}b") == "ab" or ch in "\r\x0b\x0c\x85"  # line breaks are shown


def test_inert_keeps_text_newlines_and_tabs():
    text = "Лукашенко said:\n\t“NATO” [bold]x[/bold] — Café ﬁnance 😀"
    assert inert(text) == text
    assert inert("a\u2028b\u2029c") == "a\nb\nc"  # separators are line breaks


def test_one_line_shows_line_breaks():
    assert one_line("odd\nname\r.txt\tx") == "odd\\nname\\r.txt\\tx"
    assert one_line("a\u2028b\x85c") == "a\\nb\\nc"
    assert "\n" not in one_line(HOSTILE + "\nforged") and one_line("plain") == "plain"


def test_inert_json_is_inert_and_lossless():
    data = {"path": "/x/odd\u202e\x9b\u200bname\nforged.txt", "note": HOSTILE, "ru": "Лукашенко"}
    text = inert_json(data, indent=2)
    assert_inert(text)
    assert "\u2028" not in text and "Лукашенко" in text  # Cyrillic stays readable
    assert json.loads(text) == data
    # the caller's options reach json.dumps (the CLI's --json is indented)
    assert text.startswith('{\n  "path": ') and inert_json([1], indent=None) == "[1]"


async def test_app_draws_hostile_notes_and_catalogue_fields_inertly(library, corpus):
    """Text that never passed the article sanitiser is drawn as plain text: a bookmark
    note and tag with escape sequences, and a catalogue title and source with C1, bidi
    and zero-width characters (shown in the results and the article header). A hostile
    file name is drawn by the test below (the app shows names only of skipped files)."""
    from belreader.bookmarks import BookmarkStore
    from belreader.search import SearchIndex
    from belreader.tui.app import BelreaderApp

    from .test_app import search, wait_ready

    (corpus / "odd\x1b[2Jname.txt").write_text("Odd name\n\nPlainword said things.\n")
    (corpus / "catalogue.csv").write_text(
        'file,source,title\n"odd\x1b[2Jname.txt","Evil\u202eSour\u200bce","Odd\x9b2J ti\u2066tle\x1b[31m here"\n',
        "utf-8",
    )
    ix = SearchIndex(library)
    ix.sync()
    art = ix.article(ix.search("Smolensk").hits[0].id)
    assert "\u202e" in ix.search("Plainword").hits[0].source  # the premise: raw in the index
    ix.close()
    library.data_dir.mkdir(parents=True, exist_ok=True)
    with BookmarkStore(library.bookmarks_db) as store:
        store.add(
            art, 0, 44, note="note \x1b]52;c;ZXZpbA==\x07 [bold]x[/bold]", tags=["t\x1b[31mag"]
        )
    app = BelreaderApp(library)

    def rendered() -> str:
        update = app.screen._compositor.render_full_update()
        return "\n".join("".join(seg.text for seg in strip) for strip in update.strips)

    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Plainword")
        await pilot.press("enter")
        await pilot.pause()
        shown = rendered()
        assert "Odd2J title[31m here" in shown and "EvilSource" in shown
        assert_inert(shown)
        await pilot.press("B")
        await pilot.pause()
        shown = rendered()
        assert "note" in shown and "[bold]x[/bold]" in shown and "#t[31mag" in shown
        assert_inert(shown)


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


# ---------------------------------------------- the output paths, text not from ingest

ODD_NAME = "odd\u202eevil\x9b\u200bname\nforged line.txt"


@pytest.fixture
def hostile_library(tmp_path):
    """A library whose file name and catalogue fields carry controls, bidi overrides and
    zero-width characters: text that reaches the output without passing through the
    article sanitiser."""
    from belreader.library import Library

    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / ODD_NAME).write_text("Odd file\n\nNATO and Minsk in a plain article body.\n")
    (folder / "catalogue.csv").write_text(
        "file,source,title,author\n"
        f'"{ODD_NAME}","Evil\u202eSource\x9b31m\u200b","Title\u2066x\u2069 \x1b[2J here","A\x85uthor"\n',
        "utf-8",
    )
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    return lib, folder / ODD_NAME


def run_cli(lib, capsys, *args):
    from belreader.cli import main

    code = main([*args, "--index", str(lib.index_dir), "--data", str(lib.data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_is_inert_and_keeps_the_real_path(hostile_library, capsys):
    lib, path = hostile_library
    code, out, err = run_cli(lib, capsys, "search", "Minsk", "--json")
    assert code == 0
    assert_inert(out)
    assert_inert(err)
    [hit] = json.loads(out)["hits"]
    assert hit["path"] == str(path) and Path(hit["path"]).is_file()  # lossless escapes
    assert "\u202e" in hit["source"]  # the catalogue's value, only escaped in the JSON text


def test_search_human_output_cannot_forge_lines(hostile_library, capsys):
    lib, path = hostile_library
    code, out, _ = run_cli(lib, capsys, "search", "Minsk")
    assert code == 0
    assert_inert(out)
    lines = out.splitlines()
    assert not any(line.startswith("forged line") for line in lines)
    [path_line] = [line for line in lines if "forged line.txt" in line]
    assert path_line.endswith("oddevilname\\nforged line.txt")


def test_claims_json_is_inert(hostile_library, capsys):
    lib, _ = hostile_library
    (lib.corpora[0] / "q.txt").write_text('Quote\n\n"We will win\u202e," Lukashenko said.\n')
    code, out, _ = run_cli(lib, capsys, "claims", "--json")
    assert code == 0 and json.loads(out)
    assert_inert(out)


def test_bookmark_list_and_exports_of_imported_notes_are_inert(hostile_library, capsys, tmp_path):
    """Notes and tags imported from someone else's file never went through ingest."""
    lib, path = hostile_library
    note = "note " + HOSTILE
    item = {
        "type": "Annotation",
        "id": "urn:uuid:6f1c1a3e-8f5e-4c55-9d7e-0b0e4b7f0a12",
        "body": [
            {"type": "TextualBody", "value": note, "purpose": "commenting"},
            {"type": "TextualBody", "value": "t\x1b[31mag\u202e", "purpose": "tagging"},
        ],
        "target": {
            "source": str(path),
            "belreader": {
                "articleId": "x",
                "path": str(path),
                "title": "T\x9b2J\u200b",
                "source": "S\u2067",
            },
            "selector": [{"type": "TextQuoteSelector", "exact": "NATO\x1b]52;c;ZXZpbA==\x07 and"}],
        },
    }
    dump = tmp_path / "in.json"
    dump.write_text(json.dumps([item]))
    code, out, err = run_cli(lib, capsys, "bookmarks", "import", str(dump))
    assert (code, err) == (0, "") and out.startswith("imported 1,")
    code, out, _ = run_cli(lib, capsys, "bookmarks", "list")
    assert code == 0 and "note Evil" in out
    assert_inert(out)
    code, out, _ = run_cli(lib, capsys, "bookmarks", "list", "--json")
    assert_inert(out)
    assert json.loads(out)[0]["body"][0]["value"] == note  # lossless
    for fmt in ("md", "csv", "json"):
        target = tmp_path / f"out.{fmt}"
        code, out, err = run_cli(
            lib, capsys, "bookmarks", "export", "--format", fmt, "-o", str(target)
        )
        assert code == 0 and err.startswith("exported 1 bookmarks to ")
        written = target.read_text("utf-8")
        assert "note Evil" in written
        assert_inert(written)
        code, out, _ = run_cli(lib, capsys, "bookmarks", "export", "--format", fmt)
        assert out == written  # the terminal and the file get the same inert text
    exported = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert exported[0]["body"][0]["value"] == note


# ------------------------------------------------------------- query normalisation

NORMALISED = [
    ("ўрад", "NFD"),
    ("ёлка", "NFD"),
    ("Café", "NFD"),
    ("Новый", "NFD"),
    ("Élysée", "NFD"),
    ("Войска", "NFD"),
    ("finance", "NFC"),
    ("FINANCE", "NFC"),
    ("STRASSE", "NFC"),
    ("Straße", "NFC"),
    ("ＮＡＴＯ", "NFC"),
]


@pytest.fixture(scope="module")
def unicode_index(tmp_path_factory):
    from belreader.library import Library
    from belreader.search import SearchIndex

    root = tmp_path_factory.mktemp("unicode")
    folder = root / "c"
    folder.mkdir()
    texts = {
        "by.txt": "Урад\n\nБеларускі ўрад заявіў пра новыя меры.\n",
        "ru.txt": "Праздник\n\nНовый год: в Минске поставили ёлка у ратуши.\n",
        "army.txt": "Учения\n\nВойска вернулись.\n",
        "fr.txt": "Coffee\n\nThe Café Society of Minsk opened near the Élysée.\n",
        "lig.txt": "Money\n\nThe ﬁnance ministry spoke about the Straße and NATO.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    ix = SearchIndex(Library(index_dir=root / "ix", data_dir=root / "d", corpora=[folder]))
    ix.sync()
    yield ix
    ix.close()


@pytest.mark.parametrize("word, form", NORMALISED)
def test_queries_are_normalised_like_the_index(unicode_index, word, form):
    query = unicodedata.normalize(form, word)
    assert unicode_index.search(query).total == 1, f"{query!r} ({form}) finds nothing"


def test_ligatures_and_case_fold_highlight(unicode_index):
    [hit] = unicode_index.search("finance strasse").hits
    spans = [hit.snippets[0].text[s:e] for s, e in hit.snippets[0].highlights]
    assert spans == ["ﬁnance", "Straße"]


# --------------------------------------------------------------- bounded queries


def test_ranges_over_text_fields_are_capped(module_index, monkeypatch):
    from belreader.search import limits

    monkeypatch.setattr(limits, "MAX_EXPANSION_TERMS", 40)
    for query, shown in [
        ("[a TO z]", "[a TO z]"),
        ("body:[a TO zzzz]", "[a TO zzzz]"),
        ("body:{aa TO zz}", "{aa TO zz}"),
        ("author:[a TO z]", None),
    ]:
        if shown is None:
            module_index.search(query)  # a handful of authors: under the cap, answered
            continue
        with pytest.raises(QueryError) as caught:
            module_index.search(query)
        assert (
            str(caught.value) == f"'{shown}' matches more than 40 different words: narrow the range"
        )


def test_expansions_are_capped_across_the_whole_query(module_index, monkeypatch):
    from belreader.search import limits

    reader = module_index.searcher().reader()
    prefixes = ["co", "pr", "re", "st", "ma", "mi", "de", "in"]
    # a prefix typed once counts once, by its larger field (title or body)
    per_prefix = [
        max(len(list(reader.expand_prefix(f, p))) for f in ("title", "body")) for p in prefixes
    ]
    cap = max(per_prefix)
    assert sum(per_prefix) > cap  # the premise: each alone fits, together they do not
    monkeypatch.setattr(limits, "MAX_EXPANSION_TERMS", cap)
    query = " OR ".join(f"{p}*" for p in prefixes)
    with pytest.raises(QueryError) as caught:
        module_index.search(query)
    assert str(caught.value) == (
        f"the wildcards and ranges of this query match more than {cap:,} different words together: "
        "use fewer of them, or more letters"
    )
    assert module_index.search(prefixes[0] + "*").total > 0
    # one prefix in both fields is one expansion, not two: at its own size it still runs
    biggest = prefixes[per_prefix.index(cap)]
    assert len(list(reader.expand_prefix("title", biggest))) > 0  # the premise: title adds to it
    assert module_index.search(biggest + "*").total > 0


@pytest.mark.parametrize(
    "query", ["Minsk", "body:[minsk TO minsz]", "date:[2024-01 to 2024-12] OR Minsk"]
)
def test_a_query_past_its_deadline_stops_and_says_why(module_index, monkeypatch, query):
    from belreader.search import limits
    from belreader.search.engine import evaluate

    s = module_index.searcher()
    fast = evaluate.evaluate(s, module_index.parse(query), None) is not None
    assert fast == (not query.startswith("date:"))  # both evaluation paths are covered
    assert module_index.search(query).total > 0
    monkeypatch.setattr(limits, "QUERY_DEADLINE_SECONDS", -1.0)
    with pytest.raises(QueryError) as caught:
        module_index.search(query)
    assert str(caught.value) == limits.TOO_SLOW
    assert "stopped after" in limits.TOO_SLOW
    # whoosh's own matchers (what runs when the block evaluator cannot) stop as well
    monkeypatch.setattr(evaluate, "evaluate", lambda *args: None)
    with pytest.raises(QueryError) as caught:
        module_index.search(query)
    assert str(caught.value) == limits.TOO_SLOW


async def test_app_draws_a_hostile_file_name_inertly(library, corpus):
    """The app names the files it skipped: a name with escape, C1, bidi and zero-width
    characters is drawn as plain text (it never passed the article sanitiser)."""
    from belreader.tui.app import BelreaderApp

    from .test_app import wait_ready

    (corpus / "odd\x1b[2J\x9b31m\u202e\u200bname.txt").write_text("")  # empty: skipped, named
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await wait_ready(app, pilot)
        await pilot.pause(0.3)
        # the library says how many were skipped; the palette's "Skipped files" names them
        assert "1 file skipped" in str(app.query_one("#skipped-line").render())
        from belreader.tui.screens.skipped import SkippedScreen

        app.action_skipped_files()
        shown = ""
        for _ in range(100):  # the screen is pushed and drawn on later ticks (slow under load)
            await pilot.pause(0.05)
            if isinstance(app.screen, SkippedScreen):
                update = app.screen._compositor.render_full_update()
                shown = "\n".join("".join(seg.text for seg in strip) for strip in update.strips)
                if "name.txt" in shown:
                    break
        assert "odd[2J31mname.txt" in shown
        assert_inert(shown)
