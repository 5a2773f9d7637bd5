"""The command line: output shapes, exit codes and one-line errors."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from belreader.cli import main


@pytest.fixture
def cli(library, capsys):
    """Run `belreader ARGS` in-process against the test library."""

    def run(*args: str):
        code = main([*args, "--index", str(library.index_dir), "--data", str(library.data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_search_json_lists_all_five_seeds(cli):
    code, out, err = cli("search", "Lukashenko", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "query",
        "total",
        "stories",
        "hits",
        "facets",
        "suggestion",
        "also_matched",
    }
    assert data["total"] == 5 and len(data["hits"]) == 5
    # the seeds also write Lukashenka, and the JSON says that it was matched too
    (also,) = data["also_matched"]
    assert also["typed"] == "Lukashenko" and "Lukashenka" in also["matched"]
    hit = data["hits"][0]
    assert set(hit) == {
        "id",
        "path",
        "title",
        "source",
        "date",
        "time",
        "url",
        "score",
        "snippets",
        "copies",
    }
    assert os.path.isfile(hit["path"])
    assert data["facets"] == {"source": {"unknown": 5}, "source_stories": {"unknown": 5}}
    marked = [
        snip["text"][s:e].lower()
        for h in data["hits"]
        for snip in h["snippets"]
        for s, e in snip["highlights"]
    ]
    # every hit shows where it matched, and only the name is marked (Batka: his nickname)
    assert all(any(snip["highlights"] for snip in h["snippets"]) for h in data["hits"])
    assert marked and all(w.startswith(("lukashenk", "batka")) for w in marked)


def test_phrase_search_finds_the_article(cli):
    code, out, _ = cli("search", '"sovereign and independent state"', "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1
    assert data["hits"][0]["title"].startswith("Putin ally admits")


def test_human_output(cli):
    code, out, _ = cli("search", "Smolensk")
    assert code == 0
    assert out.startswith("1 article (unknown 1)")
    assert "Lukashenko claims NATO pleads for alliance against Russia" in out
    assert "\x1b" not in out  # not a terminal: no colour


def test_no_hits_exit_1_with_suggestion(cli):
    code, out, _ = cli("search", "sovreign")
    assert code == 1 and "did you mean: sovereign?" in out
    code, out, _ = cli("search", "sovreign", "--json")
    assert code == 1 and json.loads(out)["suggestion"] == "sovereign"


@pytest.mark.parametrize(
    "query, message",
    [
        ("a*", "bad query: 'a*' is too short: type at least 2 letters before the wildcard"),
        ('""', "bad query: the query has no searchable words"),
        ("the", "bad query: the query has no searchable words"),
        ("AND", "bad query: the query has no searchable words"),
        (
            "nosuchfield:x",
            "bad query: unknown field 'nosuchfield:' — fields are title:, body:, source:, "
            "speaker:, author:, date:, lang:",
        ),
        ("*", "bad query: a lone wildcard matches everything: type a word (prefix* works)"),
        ("title:", "bad query: 'title:' needs a value right after the colon, e.g. title:nato"),
        ('"unbalanced', 'bad query: unbalanced quote: a phrase opened with " is never closed'),
        ("(NATO", "bad query: unbalanced bracket: '(' is never closed"),
        ("date:[2024-08 to 2024-10", "bad query: unbalanced bracket: '[' is never closed"),
        ("x" * 10_000, "bad query: query too long (10,000 characters; the limit is 1,000)"),
        (
            "NOT NOT NOT minsk",
            "bad query: 'NOT NOT' cannot be read: put NOT once, before the word to leave "
            "out (NATO NOT CNN)",
        ),
        ("", "empty query: give words to search for, e.g. belreader search NATO"),
    ],
)
def test_bad_queries_say_why_in_one_line_with_exit_2(cli, query, message):
    code, out, err = cli("search", query)
    assert (code, out, err) == (2, "", f"belreader: {message}\n")


def test_range_over_too_many_words_is_refused(cli, monkeypatch):
    from belreader.search import limits

    monkeypatch.setattr(limits, "MAX_EXPANSION_TERMS", 50)
    code, out, err = cli("search", "[a TO z]")
    assert (code, out) == (2, "")
    assert (
        err
        == "belreader: bad query: '[a TO z]' matches more than 50 different words: narrow the range\n"
    )


def test_source_and_limit(cli):
    code, out, _ = cli("search", "Belarus", "--limit", "2", "--json")
    assert len(json.loads(out)["hits"]) == 2
    code, out, _ = cli("search", "Belarus", "--source", "nowhere", "--json")
    assert code == 1 and json.loads(out)["total"] == 0
    code, _, err = cli("search", "Belarus", "--limit", "0")
    assert code == 2 and "limit" in err


def test_usage_errors_are_one_line(cli):
    code, _, err = cli("frobnicate")
    assert code == 2 and err.count("\n") == 1
    code, _, err = cli("add", "/no/such/path")
    assert code == 2 and "no such file" in err


def test_add_and_index(cli, tmp_path):
    extra = tmp_path / "extra"
    (extra / "sub").mkdir(parents=True)
    (extra / "sub" / "a.md").write_text(
        "---\nsource: Belsat\ndate: 2025-01-05\n---\nMinsk marathon\n\nRunners in Minsk.\n"
    )
    (extra / "empty.txt").write_text("")
    cli("index")
    code, out, err = cli("add", str(extra))
    assert code == 0
    assert "added 1" in out and "skipped 1" in out and "6 articles" in out
    assert "empty.txt: empty file" in err
    code, out, _ = cli("search", "marathon", "--json")
    assert json.loads(out)["hits"][0]["source"] == "Belsat"
    code, out, _ = cli("index")
    assert code == 0 and "0 added" in out and "6 articles" in out
    code, out, _ = cli("index", "--rebuild")
    assert code == 0 and out.startswith("rebuilt") and "6 articles" in out


def test_claims_json_and_speaker_filter(cli):
    code, out, _ = cli("claims", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert set(rows[0]) == {
        "path",
        "speaker",
        "speaker_mention",
        "via",
        "cue",
        "kind",
        "text",
        "start",
        "end",
        "hedged",
        "hedges",
    }
    code, out, _ = cli("claims", "--speaker", "Lukashenka", "--json")
    mine = json.loads(out)
    assert mine and {r["speaker"] for r in mine} == {"Alexander Lukashenko"}
    # every spelling is the same person
    code, out2, _ = cli("claims", "--speaker", "Лукашенко", "--json")
    assert json.loads(out2) == mine
    sources = {r["path"] for r in mine}
    assert len(sources) >= 3  # compare what he is reported to have said across articles


def test_claims_human_output_grouped_by_speaker(cli):
    code, out, _ = cli("claims", "NATO", "--speaker", "NATO official")
    assert code == 0
    assert "a NATO official" in out.splitlines()[1]
    assert "Belarus could soon join the war" in out


def test_claims_for_one_article(cli, corpus):
    code, out, _ = cli("claims", "--article", str(corpus / "003_c8537fde2c730e8b.txt"), "--json")
    rows = json.loads(out)
    assert rows and {r["path"] for r in rows} == {str(corpus / "003_c8537fde2c730e8b.txt")}
    code, _, err = cli("claims", "--article", "/nowhere.txt")
    assert code == 2 and "no article" in err


def test_speaker_search(cli):
    code, out, _ = cli("search", "speaker:lukashenka NATO", "--json")
    assert code == 0 and json.loads(out)["total"] >= 2


def test_bookmarks_commands(cli, library, tmp_path):
    from belreader.bookmarks import BookmarkStore
    from belreader.search import SearchIndex

    ix = SearchIndex(library)
    ix.sync()
    art = ix.article(ix.search("Smolensk").hits[0].id)
    with BookmarkStore(library.bookmarks_db) as store:
        store.add(art, 0, 44, note="lede [bold]x[/bold]", tags=["nato"])
        store.add(art, 46, 120, note="second", tags=["other"])
    code, out, _ = cli("bookmarks", "list", "--tag", "nato")
    assert (
        code == 0 and "More absurd words" in out and "[bold]x[/bold]" in out and "second" not in out
    )
    code, out, _ = cli("bookmarks", "export", "--format", "json")
    annotations = json.loads(out)
    assert len(annotations) == 2 and annotations[0]["type"] == "Annotation"
    code, out, _ = cli("bookmarks", "export", "--format", "md")
    assert code == 0 and out.startswith("# Bookmarks\n")
    assert (
        "\n## Lukashenko claims NATO pleads for alliance against Russia\n" in out
    )  # one heading per article
    code, out, _ = cli("bookmarks", "export", "--format", "csv", "-o", str(tmp_path / "b.csv"))
    with (tmp_path / "b.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert code == 0 and sorted((r["note"], r["tags"]) for r in rows) == [
        ("lede [bold]x[/bold]", "nato"),
        ("second", "other"),
    ]
    dump = tmp_path / "b.json"
    dump.write_text(json.dumps(annotations))
    code, out, _ = cli("bookmarks", "import", str(dump))
    assert code == 0 and "imported 0, skipped 2" in out  # nothing duplicated
    code, _, err = cli("bookmarks", "import", str(tmp_path / "missing.json"))
    assert code == 2 and "cannot read" in err


def test_version_and_help():
    out = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.startswith("belreader ")
    out = subprocess.run(
        [sys.executable, "-m", "belreader.cli", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0 and "search" in out.stdout and "bookmarks" in out.stdout


def test_subcommands_do_not_import_textual(library):
    code = (
        "import sys; from belreader.cli import main;"
        f"main(['search','NATO','--json','--index',{str(library.index_dir)!r},'--data',{str(library.data_dir)!r}]);"
        "sys.stderr.write(str('textual' in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().endswith("False")


def test_terminal_output_is_inert(cli, library, tmp_path):
    """Escape sequences never reach the terminal from the CLI: neither from article text
    (cleaned at ingest) nor from a catalogue's fields, which reach the output as given."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "h.txt").write_bytes(
        b"Hostile\x1b[2J title\n\nNATO text \x1b]52;c;cm0gLXJmIH4=\x07 and \x9b31m red [link=x]y[/link]."
    )
    (folder / "catalogue.csv").write_text(
        'file,source\nh.txt,"Out\x1b]52;c;eA==\x07let\x9b2J"\n', "utf-8"
    )
    cli("add", str(folder))
    code, out, _ = cli("search", "hostile")
    assert code == 0
    for bad in ("\x1b", "\x07", "\x9b"):
        assert bad not in out
    assert "[link=x]y[/link]" in out
    assert "Out]52;c;eA==let2J" in out  # the catalogue's source, shown inert


def test_claims_json_carries_the_speakers_words(cli):
    code, out, _ = cli("claims", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert all("speaker_mention" in r for r in rows)
    assert any(
        r["speaker"] == "Alexander Lukashenko" and r["speaker_mention"] in ("He", "he")
        for r in rows
    )


def test_search_names_the_user_alias_entries_it_left_out_and_still_answers(cli, library):
    library.data_dir.mkdir(parents=True, exist_ok=True)
    aliases = library.data_dir / "aliases.toml"
    aliases.write_text('[terms]\nVilnius = ["Wilno"]\nNobody = ["the"]\n', "utf-8")
    code, out, err = cli("search", "Lukashenko")
    assert code == 0 and out.startswith("5 articles")
    assert f"belreader: alias left out: {aliases}:3: terms.Nobody: 'the' is a common word" in err
    assert "Also matched: " in out
