"""A library of mixed formats through sync, search and the CLI: many articles per file,
records re-indexed only when they change, removed records gone, urls on hits."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from belreader.cli import main
from belreader.library import Library
from belreader.search import SearchIndex

DATA = Path(__file__).parent / "data" / "formats"


@pytest.fixture
def mixed(tmp_path):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    for p in DATA.iterdir():
        if p.suffix != ".py":
            shutil.copy(p, corpus / p.name)
    (corpus / "note.txt").write_text("A note\n\nLukashenko spoke about the border.\n", "utf-8")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    lib.save()
    ix = SearchIndex(lib)
    yield lib, ix, corpus
    ix.close()


def test_mixed_folder(mixed):
    lib, ix, corpus = mixed
    report = ix.sync()
    # 2 pages, 3 JSONL + 2 CSV + 2 Telegram records, 2 RSS + 1 Atom entries, 2 WARC pages, 1 text
    assert ix.count() == 15
    skipped = dict(report.skipped)
    assert (
        "found columns: heading_text, page, story, when"
        in skipped[str(corpus / "scraped_unknown.json")]
    )
    assert str(corpus / "make_warc.py") not in skipped  # not an article format: not listed
    warned = [w for p, w in report.warnings if p == str(corpus / "news_please.jsonl")]
    assert warned == ["line 3: not valid JSON (Unterminated string starting at)"]
    hit = ix.search("делегацией").hits[0]
    assert hit.url == "https://vestnik-polesya.example/politics/2025/09/15/delegation.html"
    assert hit.source == "Вестник Полесья"
    stored = ix.article("mixed/belarus_feed.rss#https://polesie-weekly.example/storks")
    assert stored.url == "https://polesie-weekly.example/storks"
    assert stored.warnings == ["summary only: the feed carries no full text for this entry"]
    assert ix.search("Pinsk").hits[0].title == "Breaking: Pripyat floods two villages"
    # nothing changed: nothing read again
    again = ix.sync()
    assert again.touched == 0


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # a visible edit


def rec(n: int, text: str | None = None) -> dict:
    return {
        "title": f"Report {n}",
        "text": text or f"Grain harvest report number {n}.",
        "url": f"https://x.example/{n}",
    }


def test_changed_dump_reindexes_only_changed_records(tmp_path, monkeypatch):
    from belreader.search import indexing

    corpus = tmp_path / "c"
    corpus.mkdir()
    dump = corpus / "dump.jsonl"
    write_jsonl(dump, [rec(1), rec(2), rec(3)])
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    indexed: list[str] = []
    real = indexing.document
    monkeypatch.setattr(indexing, "document", lambda a, c: indexed.append(a.id) or real(a, c))
    try:
        first = ix.sync()
        assert (first.added, ix.count()) == (3, 3)

        indexed.clear()
        write_jsonl(dump, [rec(1), rec(2, "Flax harvest report, corrected."), rec(3)])
        report = ix.sync()
        assert (report.added, report.changed, report.deleted) == (0, 1, 0)
        assert indexed == ["c/dump.jsonl#https://x.example/2"]
        assert ix.count() == 3
        assert [h.id for h in ix.search("flax").hits] == ["c/dump.jsonl#https://x.example/2"]
        assert ix.search("grain number 2").total == 0

        indexed.clear()
        write_jsonl(
            dump, [rec(0), rec(1), rec(2, "Flax harvest report, corrected.")]
        )  # 3 gone, 0 new
        report = ix.sync()
        assert (report.added, report.changed, report.deleted) == (1, 0, 1)
        assert indexed == ["c/dump.jsonl#https://x.example/0"]
        assert ix.count() == 3
        assert ix.article("c/dump.jsonl#https://x.example/3") is None
        assert ix.article("c/dump.jsonl#https://x.example/1").title == "Report 1"  # same id

        # (another file keeps the folder from looking like an unmounted disk)
        (corpus / "note.txt").write_text("Note\n\nA note.\n", "utf-8")
        dump.unlink()
        report = ix.sync()
        assert report.deleted == 3  # articles, as the other counts
        assert ix.count() == 1
    finally:
        ix.close()


def test_changed_dump_in_parallel_workers(tmp_path, monkeypatch):
    """The worker path: new copies go to the workers' segments and the parent deletes
    the old copies of changed records only (no duplicates, nothing lost)."""
    from belreader.search import indexing

    monkeypatch.setenv("BELREADER_INDEX_PROCS", "2")
    monkeypatch.setattr(indexing, "PARALLEL_MIN_FILES", 10)
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(100):
        (corpus / f"t{i:03}.txt").write_text(
            f"Note {i}\n\nA short note about Minsk, number {i}.\n", "utf-8"
        )
    dump = corpus / "dump.jsonl"
    write_jsonl(dump, [rec(1), rec(2), rec(3)])
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    try:
        ix.sync()
        assert ix.count() == 103
        for i in range(100):  # touched, same text: the batch stays big enough for workers
            p = corpus / f"t{i:03}.txt"
            os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 1_000_000_000))
        write_jsonl(dump, [rec(1), rec(2, "Flax harvest report, corrected.")])
        report = ix.sync()
        assert (report.changed, report.deleted) == (1, 1)
        assert ix.count() == 102
        assert ix.search("flax").total == 1 and ix.search("grain number 2").total == 0
    finally:
        ix.close()


def test_cli_map_option(tmp_path, capsys):
    corpus = tmp_path / "dumps"
    corpus.mkdir()
    shutil.copy(DATA / "scraped_unknown.json", corpus)
    common = ["--index", str(tmp_path / "ix"), "--data", str(tmp_path / "d")]

    assert main(["add", str(corpus), *common]) == 0
    out, err = capsys.readouterr()
    assert "--map text=COLUMN" in out + err and "heading_text, page, story, when" in out + err

    assert (
        main(["add", str(corpus), "--map", "text=story,title=heading_text,url=page", *common]) == 0
    )
    capsys.readouterr()
    assert main(["search", "freight", "--json", *common]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [(h["title"], h["url"]) for h in hits] == [
        ("Rail freight grows", "https://rail.example/freight")
    ]

    assert main(["add", str(corpus), "--map", "body", *common]) == 2
    assert "--map wants FIELD=COLUMN" in capsys.readouterr().err
    assert main(["add", str(corpus), "--map", "words=story", *common]) == 2
    assert "unknown field 'words'" in capsys.readouterr().err


def test_search_json_url_null_for_text(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Talks\n\nLukashenko spoke.\n", "utf-8")
    common = ["--index", str(tmp_path / "ix"), "--data", str(tmp_path / "d")]
    assert main(["add", str(corpus), *common]) == 0
    capsys.readouterr()
    assert main(["search", "spoke", "--json", *common]) == 0
    hit = json.loads(capsys.readouterr().out)["hits"][0]
    assert "url" in hit and hit["url"] is None


async def test_app_shows_url_and_ingest_notes(tmp_path):
    from belreader.tui.app import BelreaderApp
    from belreader.tui.widgets.article import ArticleView

    from .test_app import wait_ready

    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(DATA / "belarus_feed.rss", corpus)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    app = BelreaderApp(lib)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        app.open_article("c/belarus_feed.rss#https://polesie-weekly.example/storks")
        await pilot.pause()
        head = app.query_one(ArticleView)._head_text().plain
        assert "Stork count reaches a record" in head
        assert "Polesie Weekly · 2025-04-15" in head
        assert "https://polesie-weekly.example/storks" in head
        assert "summary only: the feed carries no full text for this entry" in head


def test_russian_dump_record_has_its_claims(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    write_jsonl(
        corpus / "ru.jsonl",
        [
            {
                "title": "Встреча в Минске",
                "url": "https://ru.example/1",
                "language": "ru",
                "text": (
                    "Президент провёл встречу с делегацией.\n"
                    "«Мы всегда готовы к сотрудничеству», — сказал Лукашенко."
                ),
            }
        ],
    )
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    try:
        ix.sync()
        art = ix.article("c/ru.jsonl#https://ru.example/1")
        assert art.language == "ru"
        assert [c.text for c in art.claims] and "готовы к сотрудничеству" in art.claims[0].text
    finally:
        ix.close()
