"""Search: aliases, query syntax, snippets, facets, suggestions and incremental sync."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from belreader.library import Library
from belreader.search import QueryError, SearchIndex

SPELLINGS = ["Lukashenko", "Lukashenka", "Лукашенко", "Лукашэнка", "lukashenko", "LUKASHENKA"]


def ids(results):
    return {h.id.split("/")[-1][:3] for h in results.hits}


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_finds_all_five_seeds(seed_index, spelling):
    assert ids(seed_index.search(spelling)) == {"000", "001", "002", "003", "004"}


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kiev", "Kyiv"),
        ("Byelorussia", "Belarus"),
        ("Belorussia", "Беларусь"),
        ("ОДКБ", "CSTO"),
        ("Путин", "Putin"),
    ],
)
def test_alias_pairs_find_the_same_articles(seed_index, a, b):
    ra, rb = seed_index.search(a), seed_index.search(b)
    assert ra.total > 0 and ids(ra) == ids(rb)


@pytest.mark.parametrize(
    "inflected, latin",
    [
        ("Путину", "Putin"),
        ("Путина", "Putin"),
        ("Путиным", "Putin"),
        ("Минске", "Minsk"),
        ("Киеве", "Kyiv"),
    ],
)
def test_inflected_russian_names_in_queries_find_every_spelling(seed_index, inflected, latin):
    # Query-side folding must stem a Cyrillic word before looking it up, as indexing
    # does: "Путину" (dative) is the same person as "Putin", "Путин" and "Poutine".
    ra, rb = seed_index.search(inflected), seed_index.search(latin)
    assert rb.total > 0 and ids(ra) == ids(rb)
    art = seed_index.article(rb.hits[0].id)
    marked = {art.body[s:e] for s, e in seed_index.highlight_spans(art.body, inflected)}
    assert marked and marked == {
        art.body[s:e] for s, e in seed_index.highlight_spans(art.body, latin)
    }


def test_alias_highlights_each_spelling(seed_index):
    art = seed_index.article(
        next(h.id for h in seed_index.search("Lukashenka").hits if "002" in h.id)
    )
    spans = seed_index.highlight_spans(art.body, "Lukashenko")
    words = {art.body[s:e] for s, e in spans}
    assert "Lukashenka" in words


def test_phrase(seed_index):
    r = seed_index.search('"sovereign and independent state"')
    assert ids(r) == {"001"}
    snippet = r.hits[0].snippets[0]
    marked = [snippet.text[s:e].lower() for s, e in snippet.highlights]
    assert "sovereign" in marked and "independent" in marked


def test_boolean_and_not(seed_index):
    assert ids(seed_index.search("NATO AND CNN")) == {"004"}
    assert "004" not in ids(seed_index.search("NATO NOT CNN"))
    assert ids(seed_index.search("Smolensk OR Akismet")) == {"000"}


def test_prefix_and_stemming(seed_index):
    assert ids(seed_index.search("negotiat*")) >= {"002"}
    # stemming: "negotiation" finds "negotiations" and "negotiate"
    assert "002" in ids(seed_index.search("negotiation"))


def test_field_queries(seed_index):
    assert ids(seed_index.search("title:counterweight")) == {"003"}
    assert ids(seed_index.search("date:2024-08")) == {"000"}
    assert ids(seed_index.search("date:[2024-10 to 2024-12]")) == {"002"}
    assert ids(seed_index.search("date:>2024-09-01")) == {"002"}
    assert ids(seed_index.search("NATO date:2024")) == {"000", "002"}


def test_speaker_field(seed_index):
    r = seed_index.search("speaker:lukashenka NATO")
    # exactly the NATO articles in which he is reported to speak (004 mentions NATO and
    # him, but quotes only others)
    expected = {
        h.id for h in seed_index.search("NATO").hits
        if any(c.speaker == "Alexander Lukashenko" for c in seed_index.article(h.id).claims)
    }  # fmt: skip
    assert r.total > 0 and {h.id for h in r.hits} == expected
    assert not any(h.id.split("/")[-1].startswith("004") for h in r.hits)


def test_title_boost(seed_index):
    # "Counterweight" is in 003's title; the ranking puts a title match first
    assert (
        seed_index.search("Counterweight OR Smolensk")
        .hits[0]
        .id.endswith("003_c8537fde2c730e8b.txt")
    )


def test_facets_and_source_filter(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    for n, src in enumerate(["Belsat", "Belsat", "Nasha Niva"]):
        (folder / f"{n}.md").write_text(f"---\nsource: {src}\n---\nTitle {n}\n\nMinsk news {n}.\n")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[folder])
    ix = SearchIndex(lib)
    ix.sync()
    r = ix.search("Minsk")
    assert r.facets == {"Belsat": 2, "Nasha Niva": 1}
    assert r.total == 3
    assert {h.source for h in ix.search("Minsk", source="Nasha Niva").hits} == {"Nasha Niva"}
    assert ix.search("source:belsat").total == 2


def test_snippet_highlight_offsets_point_at_matches(seed_index):
    hits = seed_index.search("sanctions").hits
    assert len(hits) == 3
    for hit in hits:
        assert hit.snippets, hit.id  # a hit in the body shows where
        for snip in hit.snippets:
            assert snip.highlights, snip.text  # a snippet is there because it matches
            for s, e in snip.highlights:
                assert snip.text[s:e].lower().startswith("sanction")
            assert "\n" not in snip.text


def test_browse_lists_newest_first(seed_index):
    r = seed_index.search("")
    assert r.total == 5
    dates = [h.date for h in r.hits]
    assert dates[:2] == sorted([d for d in dates if d], reverse=True)
    assert dates[2:] == [None, None, None]  # undated last


def test_did_you_mean(seed_index):
    r = seed_index.search("sovreign")
    assert r.total == 0 and r.suggestion == "sovereign"
    assert seed_index.search("zzzxqv").suggestion is None


@pytest.mark.parametrize(
    "query, message",
    [
        ("title:", "needs a value"),
        ("*", "wildcard"),
        ("nosuchfield:x", "unknown field"),
        ("x" * 10_000, "too long"),
        ("date:someday", "dates are written"),
    ],
)
def test_bad_queries_explain_themselves(seed_index, query, message):
    with pytest.raises(QueryError, match=message):
        seed_index.search(query)


@pytest.mark.parametrize(
    "query, message",
    [
        ('"unbalanced', 'unbalanced quote: a phrase opened with " is never closed'),
        ("(NATO", "unbalanced bracket: '(' is never closed"),
        ("NATO)", "unbalanced bracket: ')' closes nothing opened before it"),
        ("((((", "unbalanced bracket: '(' is never closed"),
        ("AND", "the query has no searchable words"),
        ("NOT", "the query has no searchable words"),
        ('""', "the query has no searchable words"),
        (
            "a:b:c",
            "unknown field 'a:' — fields are title:, body:, source:, speaker:, author:, date:, lang:",
        ),
        (
            "NOT NOT NOT minsk",
            "'NOT NOT' cannot be read: put NOT once, before the word to leave out (NATO NOT CNN)",
        ),
        (
            "minsk OR OR nato",
            "'OR OR' cannot be read: put one operator between two words (Minsk OR Kyiv)",
        ),
        (
            "minsk AND OR nato",
            "'AND OR' cannot be read: put one operator between two words (Minsk OR Kyiv)",
        ),
        ("title:*", "a lone wildcard matches everything: type a word (prefix* works)"),
        ("*:*", "a lone wildcard matches everything: type a word (prefix* works)"),
    ],
)
def test_odd_queries_say_exactly_why(seed_index, query, message):
    with pytest.raises(QueryError) as caught:
        seed_index.search(query)
    assert str(caught.value) == message


def test_a_dangling_operator_is_ignored(seed_index):
    assert seed_index.search("Лукашенко AND").total == seed_index.search("Лукашенко").total == 5


def test_brackets_and_operators_inside_a_phrase_are_not_checked(seed_index):
    for query in [
        '"NOT NOT" Lukashenko',
        '"OR OR" Lukashenko',
        '"(" Lukashenko',
        '"[a TO" Lukashenko',
    ]:
        assert seed_index.search(query).total == 5, query


def test_cyrillic_text_is_tokenised_and_stemmed(tmp_path):
    folder = tmp_path / "ru"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Переговоры в Минске\n\nЛукашенко провёл переговоры с Путиным в Минске.\n"
    )
    ix = SearchIndex(Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[folder]))
    ix.sync()
    assert ix.search("переговор").total == 1  # stem of переговоры
    assert ix.search("Putin").total == 1  # Путиным -> путин -> putin
    assert ix.search("Minsk").total == 1  # Минске -> минск -> minsk
    assert ix.search("Lukashenka").total == 1


# ---------------------------------------------------------------------------- sync


def test_sync_is_incremental(library, corpus):
    ix = SearchIndex(library)
    first = ix.sync()
    assert (first.added, first.rebuilt) == (5, True)
    again = ix.sync()
    assert (again.added, again.changed, again.deleted, again.unchanged) == (0, 0, 0, 5)

    # add one
    (corpus / "new.txt").write_text(
        "Minsk marathon\n\nThe Minsk marathon drew runners from Hrodna.\n"
    )
    r = ix.sync()
    assert (r.added, r.changed, r.deleted, r.unchanged) == (1, 0, 0, 5)
    assert ix.search("Grodno").total == 1  # alias of Hrodna

    # change one: only that file is re-read
    path = corpus / "new.txt"
    path.write_text("Minsk marathon\n\nThe Minsk marathon drew runners from Vitebsk.\n")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    r = ix.sync()
    assert (r.added, r.changed, r.deleted, r.unchanged) == (0, 1, 0, 5)
    assert ix.search("Hrodna").total == 0 and ix.search("Vitsebsk").total == 1

    # touched but identical content: not re-indexed
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
    r = ix.sync()
    assert (r.added, r.changed) == (0, 0)

    # delete one
    path.unlink()
    r = ix.sync()
    assert (r.added, r.changed, r.deleted, r.unchanged) == (0, 0, 1, 5)
    assert ix.search("marathon").total == 0
    assert ix.count() == 5


def test_start_with_nothing_changed_skips_the_manifest(library, corpus, monkeypatch):
    """A sync (or needs_sync) with nothing changed compares one digest of the scan
    with the state the last sync left, without loading the per-file manifest; any
    change to a file's size or mtime, a new or a deleted file takes the full path."""
    ix = SearchIndex(library)
    ix.sync()
    (corpus / "bad.txt").write_bytes(b"\x00" * 100)  # a skipped file is still reported
    ix.sync()

    from belreader.search import manifest

    def no_manifest(index_dir):
        raise AssertionError("the manifest was loaded")

    with monkeypatch.context() as m:
        m.setattr(manifest, "read_manifest", no_manifest)
        fresh = SearchIndex(library)
        assert not fresh.needs_sync()
        r = fresh.sync()
        assert (r.added, r.changed, r.deleted, r.unchanged) == (0, 0, 0, 5)
        assert [Path(p).name for p, _ in r.skipped] == ["bad.txt"]
        assert not SearchIndex(library).sync().touched

    seed = sorted(corpus.glob("0*.txt"))[0]
    text = seed.read_text("utf-8")
    seed.write_text(text.replace(" the ", " tha ", 1), "utf-8")  # same size, new words
    os.utime(seed, ns=(time.time_ns(), time.time_ns() + 10**9))
    fresh = SearchIndex(library)
    assert fresh.needs_sync()
    assert fresh.sync().changed == 1
    (corpus / "bad.txt").unlink()
    assert SearchIndex(library).sync().skipped == []


def test_interrupted_sync_never_trusts_the_old_state(library, corpus):
    """A run killed after it started writing leaves its marker; the next sync must not
    take "nothing changed" from the state of the sync before it."""
    from belreader.search import STATE_FILE, SYNC_MARKER

    ix = SearchIndex(library)
    ix.sync()
    assert (library.index_dir / STATE_FILE).exists()
    (library.index_dir / SYNC_MARKER).write_text("12345", "utf-8")
    r = SearchIndex(library).sync()
    assert r.resumed and r.unchanged == 5
    assert not (library.index_dir / SYNC_MARKER).exists()
    assert (library.index_dir / STATE_FILE).exists()  # written again by the full check


def test_rebuild_gives_the_same_answers(library):
    ix = SearchIndex(library)
    ix.sync()
    before = [h.id for h in ix.search("NATO").hits]
    r = ix.sync(rebuild=True)
    assert r.rebuilt and r.added == 5
    assert [h.id for h in ix.search("NATO").hits] == before


def test_missing_index_is_built_before_first_search(library):
    ix = SearchIndex(library)
    assert ix.needs_sync()
    ix.sync()
    assert not ix.needs_sync()


def test_alias_file_change_triggers_rebuild(library, corpus):
    ix = SearchIndex(library)
    ix.sync()
    library.data_dir.mkdir(parents=True, exist_ok=True)
    library.aliases_file.write_text('[terms]\nSmolensk = ["Smalensk"]\n', "utf-8")
    ix2 = SearchIndex(library)
    assert ix2.needs_sync()
    r = ix2.sync()
    assert r.rebuilt
    assert ix2.search("Smalensk").total == 1


def test_bad_files_are_skipped_and_reported(tmp_path, corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "bom.txt").write_bytes("\ufeffBOM title\n\nA text about Minsk.".encode())
    (corpus / "ru.txt").write_bytes("Новости\n\nЛукашенко заявил о мире.".encode("cp1251"))
    (corpus / "ansi.txt").write_bytes(
        b"\x1b[1mBold\x1b[0m\n\n[bold red]NATO[/] text \x1b]52;c;eA==\x07."
    )
    big = corpus / "big.txt"
    big.write_bytes(b"Big\n\n" + b"word " * 4_200_000)  # 21 MB
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "loop").symlink_to(sub, target_is_directory=True)
    (sub / "deep.txt").write_text("Deep\n\nMinsk deep article.")
    lib = Library(index_dir=tmp_path / "ix2", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    r = ix.sync()
    reasons = {Path(p).name: why for p, why in r.skipped}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "too large" in reasons["big.txt"]
    assert "loop" in reasons["loop"]
    assert r.added == 5 + 4  # seeds + bom, ru, ansi, deep
    assert ix.search("BOM").total == 1
    assert ix.search("Лукашенко мир").total == 1
    assert ix.search("deep").total == 1
    # skipped files are reported again on the next sync without being re-read
    assert {Path(p).name for p, _ in ix.sync().skipped} >= {"empty.txt", "binary.txt", "big.txt"}


def test_unreadable_file_is_skipped(tmp_path, corpus, monkeypatch):
    import belreader.ingest as ingest

    real_open = Path.open

    def guarded_open(self, *a, **k):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *a, **k)

    (corpus / "locked.txt").write_text("Locked\n\nSecret text.")
    monkeypatch.setattr(ingest.Path, "open", guarded_open)
    ix = SearchIndex(Library(index_dir=tmp_path / "ix3", data_dir=tmp_path / "d", corpora=[corpus]))
    r = ix.sync()
    assert "permission denied" in {Path(p).name: w for p, w in r.skipped}["locked.txt"]
    assert r.added == 5


def test_missing_corpus_folder_is_reported(tmp_path):
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[tmp_path / "gone"])
    r = SearchIndex(lib).sync()
    assert r.skipped and "not found" in r.skipped[0][1]


def test_filters_that_match_nothing(seed_index):
    assert seed_index.search("Belarus", source="nowhere").total == 0
    assert seed_index.search("Belarus date:1999").total == 0
    assert seed_index.search("", source="nowhere").total == 0


# -- the block evaluator against whoosh's matchers -------------------------------------

EVALUATOR_QUERIES = [
    "Lukashenko",
    "Лукашенко",
    "Putin AND Lukashenko",
    "Belarus OR Ukraine OR NATO",
    "(Putin OR Lavrov) AND war",
    "Lukashenko NOT Putin",
    "NOT Lukashenko",
    '"Alexander Lukashenko"',
    '"the war in Ukraine"',
    '"prime minister" OR Kyiv',
    "negotiat*",
    "Luka*",
    "mil*",
    "title:Lukashenko",
    "speaker:lukashenko",
    "source:belsat",
    "source:belsat AND war",
    "Belarus^3 army",
    "lang:en AND Minsk",
    "army date:>2024-06",
    "nothingatall",
    "Lukashenko AND nothingatall",
    '"Lukashenko nothingatall"',
    "body:[mil TO min]",
    "[army TO belarus] AND war",
    "title:{a TO c}",
    "Luka*^2",
]


@pytest.fixture(scope="module")
def many_segments(tmp_path_factory):
    """~300 articles recombined from the seeds' paragraphs, indexed in four syncs (several
    segments, worker-written ones among them), then some edited and deleted (deletions)."""
    import random

    from belreader.ingest import read_article
    from belreader.library import bundled_seeds

    tmp = tmp_path_factory.mktemp("segments")
    folder = tmp / "c"
    folder.mkdir()
    articles = [read_article(seed) for seed in sorted(bundled_seeds().glob("*.txt"))]
    paragraphs = [
        a.body[start:end] for a in articles for start, end in a.paragraphs if end - start > 60
    ]
    rng = random.Random(7)
    sources = ["Belsat", "Nasha Niva", "Zerkalo", "BBC News"]
    lib = Library(index_dir=tmp / "ix", data_dir=tmp / "d", corpora=[folder])
    ix = SearchIndex(lib)

    def write(n: int) -> None:
        body = "\n\n".join(rng.sample(paragraphs, 4))
        (folder / f"a{n:04d}.md").write_text(
            f"---\nsource: {rng.choice(sources)}\ndate: 2024-{rng.randint(1, 12):02d}-10\n---\n"
            f"Article {n}\n\n{body}\n",
            "utf-8",
        )

    for start, count in ((0, 220), (220, 30), (250, 30), (280, 20)):
        for n in range(start, start + count):
            write(n)
        ix.sync()
    for n in range(0, 300, 17):
        write(n)  # edited: the old documents are deleted in their segments
    for n in range(5, 300, 29):
        (folder / f"a{n:04d}.md").unlink()
    os.utime(folder)
    ix.sync()
    assert len(ix.searcher().reader().leaf_readers()) > 2
    yield ix
    ix.close()


@pytest.mark.parametrize("query", EVALUATOR_QUERIES)
def test_block_evaluator_agrees_with_whoosh(many_segments, monkeypatch, query):
    """Every hit, score, total and facet count as whoosh's own matchers give them, on
    an index of several segments with deletions, with and without filters."""
    from belreader.search.engine import evaluate

    def run(source=None):
        r = many_segments.search(query, limit=15, snippets=0, source=source)
        return r.total, r.facets, [(h.id, round(h.score, 9)) for h in r.hits]

    evaluated = []

    def spy(*args):
        evaluated.append(real(*args))
        return evaluated[-1]

    real = evaluate.evaluate
    for source in (None, "Belsat"):
        with monkeypatch.context() as m:
            m.setattr(evaluate, "evaluate", spy)
            fast = run(source)
        with monkeypatch.context() as m:
            m.setattr(evaluate, "evaluate", lambda *a: None)
            slow = run(source)
        assert fast == slow
    # the block evaluator ran (when a filter left anything to score), not the fallback
    assert evaluated and all(found is not None for found in evaluated)


def test_andnot_excludes_every_match_of_its_right_side(many_segments):
    """``a ANDNOT b`` is ``a NOT b`` (scored by ``a`` alone). Whoosh's own AndNotMatcher
    gets this wrong on this index: it keeps an edited article that contains NATO (a
    segment with deletions); the block evaluator does not."""
    import re

    andnot = many_segments.search("war ANDNOT NATO", limit=500, snippets=0)
    not_ = many_segments.search("war NOT NATO", limit=500, snippets=0)
    assert andnot.total == not_.total > 0
    assert {h.id for h in andnot.hits} == {h.id for h in not_.hits}
    for hit in andnot.hits:
        article = many_segments.article(hit.id)
        assert not re.search(r"\bNATO\b", article.title + " " + article.body)


def _segment_bytes(folder: Path) -> dict[str, bytes]:
    """A one-segment index's files by extension (their names hold the segment's id)."""
    files = {
        p.suffix: p.read_bytes()
        for p in folder.iterdir()
        if p.suffix in (".trm", ".pst", ".dcz", ".seg")
    }
    assert {".trm", ".pst"} <= set(files)
    return files


def test_worker_writer_writes_what_whoosh_writes(tmp_path):
    """The indexing workers' own writer (_CompactPool, _worker_add_document,
    _flush_compact) stands in for whoosh's SegmentWriter: it must write the same
    terms, postings, weights and values, byte for byte, including the cases it handles
    apart (several positions, weights float32 cannot hold, non-text fields, terms
    spread over several posting blocks)."""
    from datetime import datetime

    from whoosh import index
    from whoosh.writing import SegmentWriter

    from belreader import search
    from belreader.ingest import read_article
    from belreader.library import bundled_seeds
    from belreader.search.engine import writer as engine_writer

    engine_writer._FIELD_POSTINGS.clear()  # dates and sources repeat below: both sides of the cache
    articles = [read_article(seed) for seed in sorted(bundled_seeds().glob("*.txt"))]
    # each paragraph ten times over: common terms then fill several 128-posting blocks
    paragraphs = [a.body[s:e] for a in articles for s, e in a.paragraphs] * 10
    docs = []
    for n, text in enumerate(paragraphs):
        doc = {
            "id": f"d{n}",
            "title": text[:60],
            "body": text,
            "source": "Belsat News",
            "source_facet": "belsat",
            "lang": "en",
            "sort_date": 20240000 + n % 40,
            "date": datetime(2024, 1 + n % 12, 1 + n % 28),
        }
        if n % 7 == 0:
            doc["_body_boost"] = 0.1  # 0.1 * count is rarely exact in float32
        if n % 11 == 0:
            doc["speaker"] = "Alexander Lukashenko Lukashenko Лукашенко"
        docs.append(doc)
    docs.append({"id": "long", "body": "Minsk " * 300 + "Minsk."})  # many positions

    def build(folder: Path, worker: bool) -> dict[str, bytes]:
        folder.mkdir()
        ix = index.create_in(folder, search.make_schema(), indexname=search.INDEX_NAME)
        if worker:
            writer = engine_writer.worker_segment_writer(ix)
            assert writer.pool.text_fields == {"title", "body", "author", "speaker"}
        else:
            writer = SegmentWriter(ix, compound=False, codec=search.FastCodec())
        for doc in docs:
            if worker:
                engine_writer.worker_add_document(writer, dict(doc))
            else:
                writer.add_document(**doc)
        writer.commit()
        return _segment_bytes(folder)

    own = build(tmp_path / "whoosh", worker=False)
    fast = build(tmp_path / "worker", worker=True)
    assert own.keys() == fast.keys()
    for ext in own:
        assert own[ext] == fast[ext], ext
    # and the segment says something: the shared terms spread over many blocks
    ix = index.open_dir(tmp_path / "worker", indexname=search.INDEX_NAME)
    with ix.reader() as reader:
        assert reader.doc_frequency("body", "lukashenko") > 2 * 128
        assert reader.doc_frequency("speaker", "lukashenko") == len(range(0, len(paragraphs), 11))


def test_compact_pool_refuses_postings_out_of_order():
    from belreader.search.engine.writer import CompactPool

    pool = CompactPool({"body"})
    pool.add_positions("body", 3, {"minsk": [0]}, 1.0, 1.0, 10)
    with pytest.raises(ValueError):
        pool.add_positions("body", 3, {"minsk": [1]}, 1.0, 1.0, 10)
    pool.add(("id", b"x", 2, 1.0, b""))
    with pytest.raises(ValueError):
        pool.add(("id", b"x", 1, 1.0, b""))


def test_first_page_is_kept_until_a_sync_changes_the_index(seed_index, library, corpus):
    """The app's kept first page: read back as it was kept, still there after a sync
    that changed nothing, gone once a sync changes the index (never shown stale)."""
    import pickle

    from belreader.first_page import FIRST_PAGE_FILE, read_first_page

    page = seed_index.search("", limit=50)
    assert read_first_page(library.index_dir) is None
    seed_index.keep_first_page(page)
    kept = read_first_page(library.index_dir)
    assert (
        kept is not None
        and kept.same_as(page)
        and [h.title for h in kept.hits] == [h.title for h in page.hits]
    )
    assert seed_index.sync().touched == 0
    assert read_first_page(library.index_dir) is not None
    (corpus / "new.txt").write_text(
        "A new article\n\nLukashenko said nothing new today.\n", "utf-8"
    )
    assert seed_index.sync().added == 1
    assert read_first_page(library.index_dir) is None
    seed_index.keep_first_page(seed_index.search("", limit=50))
    assert read_first_page(library.index_dir).total == 6
    # unreadable or foreign: ignored, never an error
    for junk in (b"", b"\x80\x04not a pickle", pickle.dumps(("other", 1, None))):
        (library.index_dir / FIRST_PAGE_FILE).write_bytes(junk)
        assert read_first_page(library.index_dir) is None


def test_first_page_that_cannot_be_written_costs_nothing(seed_index, library):
    """Keeping the page is a convenience: where it cannot be written (here a folder
    stands in its place, which stops root too), nothing fails and nothing is left."""
    from belreader.first_page import FIRST_PAGE_FILE, read_first_page

    (library.index_dir / FIRST_PAGE_FILE).mkdir()
    seed_index.keep_first_page(seed_index.search("", limit=50))
    assert read_first_page(library.index_dir) is None
    assert not list(library.index_dir.glob("*.tmp"))


# ------------------------------------------------------------------------- aliases


def test_user_alias_file_extends_the_table_and_rebuilds_the_index(library, corpus):
    (corpus / "bobruisk.txt").write_text("Babruysk plant\n\nThe plant in Bobruisk reopened.\n")
    ix = SearchIndex(library)
    ix.sync()
    # not a known spelling yet (in lower case: the capitalised Бобруйск already finds
    # Bobruisk through the name key, see tests/test_spellings.py)
    assert ix.search("бобруйск").total == 0
    ix.close()
    library.aliases_file.parent.mkdir(parents=True, exist_ok=True)
    library.aliases_file.write_text(
        '[terms]\nBabruysk = ["Bobruisk", "Бобруйск", "Babrujsk"]\n'
        '[people]\n"Sviatlana Tsikhanouskaya" = "Tsikhanouskaya"\n',  # one spelling as a string
        "utf-8",
    )
    ix = SearchIndex(library)
    assert ix.needs_sync()  # a changed table changes what the index holds
    assert ix.sync().rebuilt
    assert ids(ix.search("Бобруйск")) == ids(ix.search("babrujsk")) == {"bob"}
    assert ix.search("Lukashenka").total == 5  # the bundled table is still there
    assert ix.aliases.person("Ms Tsikhanouskaya's") == "Sviatlana Tsikhanouskaya"
    ix.close()


@pytest.mark.parametrize(
    "text, reason",
    [
        ("[terms\n", "aliases.toml: "),
        ("people = 5\n", "[people] must be a table"),
        ("terms = [1]\n", "[terms] must be a table"),
        ("[terms]\nMinsk = [1, 2]\n", "terms.Minsk must be a list of spellings"),
        ('[people]\n"A B" = {x = 1}\n', "people.A B must be a list of spellings"),
        ('[terms]\n"  " = ["x"]\n', "terms has an empty name"),
    ],
)
def test_a_bad_user_alias_file_is_named_in_one_line_and_search_goes_on(library, text, reason):
    """Issue 17: a broken user file never breaks search over the bundled table."""
    library.aliases_file.parent.mkdir(parents=True, exist_ok=True)
    library.aliases_file.write_text(text, "utf-8")
    ix = SearchIndex(library)
    message = ix.aliases.file_error
    assert message is not None
    assert (
        reason in message and str(library.aliases_file) in message and "\n" not in message.strip()
    )
    ix.sync()
    # the bundled spellings still fold (the seeds write Lukashenka, Lukashenko, Лукашенко)
    assert ix.search("Лукашенко").total == ix.search("Lukashenka").total == 5
    ix.close()


def test_a_half_read_user_alias_file_leaves_nothing_behind(library):
    """An entry read before the file's shape error must not stay in the table
    ([people] is read before [terms])."""
    library.aliases_file.parent.mkdir(parents=True, exist_ok=True)
    library.aliases_file.write_text(
        '[people]\n"Ivan Pyatrouski" = ["Petrovsky"]\n[terms]\nMinsk = [1]\n', "utf-8"
    )
    ix = SearchIndex(library)
    assert ix.aliases.file_error and "terms.Minsk" in ix.aliases.file_error
    assert ix.aliases.person("Petrovsky") is None
    ix.close()


def test_alias_lookups():
    from belreader.aliases import default_table, fold_key

    table = default_table()
    assert table.person("Belarusian President Alexander Lukashenko") == "Alexander Lukashenko"
    assert table.person("Lukashenka's") == table.person("Лукашэнка") == "Alexander Lukashenko"
    assert table.person("President Putin said") == "Vladimir Putin"
    assert (
        table.person("a NATO official") is None
        and table.person("") is None
        and table.person(None) is None
    )
    assert {"lukashenka", "лукашенко", "lukashenko"} <= table.spellings("LUKASHENKA")
    assert table.spellings("Hrodna") == table.spellings("grodno")
    assert table.spellings("Zhlobin") == {"zhlobin"}  # unknown: just itself
    assert table.fold_term("lukashenka") == table.fold_term("лукашэнка") == "lukashenko"
    assert table.fold_term("bat’ka") == "lukashenko"  # curly apostrophe as typed
    assert table.fold_term("minsker") == "minsker"
    assert fold_key("  Bat’ka ") == "bat'ka" and fold_key("Е\u0308") == "ё"  # NFC, case, apostrophe


def test_index_terms_agree_with_the_analyzer():
    # Indexing takes a cached shortcut (index_terms) past the analyzer that parses
    # queries; both must give the same terms at the same positions, or a query misses
    # what was indexed: stop words dropped and renumbered, aliases folded (Latin and
    # inflected Cyrillic), English and Russian stemmed, one-letter words and digits kept.
    from belreader.search import Analysis

    analysis = Analysis()
    index_terms, text_analyzer = analysis.index_terms, analysis.analyzer

    text = ("The talks of Lukashenka and Putin in Minsk: a B-plan, 5 rounds, negotiations. "
            "Лукашенко встретился с Путиным в Минске, а переговоры шли 2 дня; Bat’ka smiled.")  # fmt: skip
    expected: dict[str, list[int]] = {}
    for token in text_analyzer()(text, positions=True, removestops=True):
        expected.setdefault(token.text, []).append(token.pos)
    for _ in range(2):  # the second time from the cache
        assert index_terms(text) == expected
    assert {"lukashenko", "putin", "minsk", "negoti", "переговор", "5", "b", "2"} <= set(expected)
    assert "the" not in expected and "and" not in expected
