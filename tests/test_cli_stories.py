"""`belreader search` folds a story's copies under one hit (`--all-copies` lists them
flat) and counts stories per source; `belreader claims --compare` shows each quotation
across the articles that carry it. Texts written here (see test_stories)."""

from __future__ import annotations

import json

import pytest

from belreader.cli import main
from belreader.library import Library
from tests.test_stories import COPIES, STORY, soup

QUOTE = "We will not let anyone destabilise the situation in our country"


def _write(folder, name, title, paragraphs, *, source, day=None):
    date_line = f"date: {day}\n" if day else ""
    text = f"---\ntitle: {title}\nsource: {source}\n{date_line}---\n\n" + "\n\n".join(paragraphs)
    (folder / name).write_text(text, "utf-8")


def stories_corpus(folder) -> None:
    """One story from three outlets (the agency's copy the earliest), an unrelated
    article that also matches "Hrodna", and a quotation carried three times, framed
    three ways."""
    _write(
        folder,
        "tabloid.txt",
        "Tractor workers down tools",
        COPIES["lead-in"],
        source="Tabloid",
        day="2025-03-05",
    )
    _write(
        folder,
        "agency.txt",
        "Walk-out at the Hrodna tractor plant",
        STORY,
        source="Agency",
        day="2025-03-04",
    )
    _write(folder, "farm.txt", "Hrodna strike latest", COPIES["ending-cut"], source="Farm")
    _write(
        folder,
        "agency2.txt",
        "Bread prices and the tractor plant",
        ["Bread prices rose in Hrodna this week."] + soup(1, 200),
        source="Agency",
        day="2025-03-06",
    )
    # a quotation carried three times, framed three ways
    quotes = [
        ("q1.txt", "Agency", "2025-04-01", f'"{QUOTE}," Alexander Lukashenko said on Monday.'),
        ("q2.txt", "Tabloid", "2025-04-02", f'"{QUOTE}," Lukashenka claimed on Monday.'),
        (
            "q3.txt",
            "Farm",
            "2025-04-03",
            f'Lukashenko reportedly said: "{QUOTE.replace("our country", "the country")}."',
        ),
    ]
    for i, (name, source, day, sentence) in enumerate(quotes):
        _write(folder, name, f"Speech {i}", [sentence] + soup(50 + i, 120), source=source, day=day)


@pytest.fixture
def cli(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    stories_corpus(folder)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()

    def run(*args: str):
        code = main([*args, "--index", str(lib.index_dir), "--data", str(lib.data_dir)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_search_json_folds_copies_under_the_earliest(cli):
    code, out, _ = cli("search", "Hrodna", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 4 and data["stories"] == 2
    assert len(data["hits"]) == 2
    story = next(h for h in data["hits"] if h["copies"])
    assert story["source"] == "Agency" and story["date"] == "2025-03-04"
    assert [(c["source"], c["date"]) for c in story["copies"]] == [
        ("Tabloid", "2025-03-05"),
        ("Farm", None),
    ]
    other = next(h for h in data["hits"] if not h["copies"])
    assert other["title"] == "Bread prices and the tractor plant"
    # every copy counted under "source", each story once per outlet under "source_stories"
    assert data["facets"]["source"] == {"Agency": 2, "Farm": 1, "Tabloid": 1}
    assert data["facets"]["source_stories"] == {"Agency": 2, "Farm": 1, "Tabloid": 1}


def test_source_stories_count_a_story_once_per_outlet(cli, tmp_path):
    _write(
        tmp_path / "corpus",
        "agency-again.txt",
        "Walk-out (updated)",
        COPIES["reordered"],
        source="Agency",
        day="2025-03-07",
    )
    code, out, _ = cli("search", "Hrodna", "--json")
    data = json.loads(out)
    assert data["total"] == 5 and data["stories"] == 2
    assert data["facets"]["source"]["Agency"] == 3
    assert data["facets"]["source_stories"]["Agency"] == 2


def test_all_copies_lists_every_copy_flat(cli):
    code, out, _ = cli("search", "Hrodna", "--json", "--all-copies")
    data = json.loads(out)
    assert len(data["hits"]) == 4 and data["stories"] == 2
    stories = {h["source"] + str(h["date"]): h["story"] for h in data["hits"]}
    assert stories["Agency2025-03-04"] == stories["Tabloid2025-03-05"] == stories["FarmNone"]
    assert stories["Agency2025-03-06"] != stories["Agency2025-03-04"]


def test_human_output_shows_the_copies_line(cli):
    code, out, _ = cli("search", "Hrodna")
    assert code == 0
    assert out.startswith("4 articles in 2 stories (")
    assert "+2 copies: Tabloid 5 Mar, Farm (undated)" in out
    assert out.count("Walk-out at the Hrodna tractor plant") == 1
    assert "Tractor workers down tools" not in out  # folded


def test_the_lead_is_the_earliest_copy_even_beyond_the_page(cli):
    code, out, _ = cli("search", "Hrodna", "--json", "--limit", "1")
    data = json.loads(out)
    (hit,) = data["hits"]
    # the top hit is the story with copies (its premise), and its lead is the earliest
    assert hit["copies"]
    assert hit["date"] == "2025-03-04"


def test_claims_compare_shows_every_version_with_framing(cli):
    code, out, _ = cli("claims", "--compare", "--json")
    assert code == 0
    (cmp,) = json.loads(out)
    assert cmp["articles"] == 3
    assert [v["source"] for v in cmp["versions"]] == ["Agency", "Tabloid", "Farm"]
    assert [v["cue"] for v in cmp["versions"]] == ["said", "claimed", "said"]
    assert [v["framing"] for v in cmp["versions"]] == ["neutral", "distancing", "hedged"]
    assert cmp["versions"][2]["hedges"] == ["reportedly"]
    assert cmp["framing_differs"] is True
    assert cmp["speakers"] == ["Alexander Lukashenko"]
    assert ["the", "changed"] in cmp["versions"][2]["diff"]

    code, out, _ = cli("claims", "--compare")
    assert code == 0
    assert f"“{QUOTE}”" in out
    assert "carried by 3 articles" in out
    assert "framing differs: neutral “said” in Agency; distancing “claimed” in Tabloid" in out
    assert "[the]" in out


def test_claims_compare_filters_by_speaker_and_says_when_nothing(cli):
    code, out, _ = cli("claims", "--compare", "--speaker", "Lukashenka", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, _ = cli("claims", "--compare", "--speaker", "Nobody Atall")
    assert code != 0
    assert "no quotation is carried by more than one article" in out


def test_claims_compare_orders_a_days_versions_by_time_and_marks_left_out_words_in_place(
    tmp_path, capsys
):
    folder = tmp_path / "corpus"
    folder.mkdir()
    said = "We will never allow anyone to dictate to us how to guard our own border"
    cut = "We will never allow anyone to dictate how to guard our border"
    versions = [  # file names in the opposite order of the times
        ("a.txt", "Daily Mail", "2025-04-01T16:04", f'"{cut}," Lukashenko claimed.'),
        ("b.txt", "Reuters", "2025-04-01T12:30", f'"{said}," Alexander Lukashenko said.'),
        ("c.txt", "BelTA", "2025-04-01T10:15", f'"{said}," Alexander Lukashenko said.'),
    ]
    for i, (name, source, when, sentence) in enumerate(versions):
        _write(folder, name, f"Border {i}", [sentence] + soup(70 + i, 120), source=source, day=when)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    args = ["--index", str(lib.index_dir), "--data", str(lib.data_dir)]

    assert main(["claims", "--compare", "--json", *args]) == 0
    (cmp,) = json.loads(capsys.readouterr().out)
    assert [v["source"] for v in cmp["versions"]] == ["BelTA", "Reuters", "Daily Mail"]
    assert [v["time"] for v in cmp["versions"]] == ["10:15:00", "12:30:00", "16:04:00"]

    assert main(["claims", "--compare", *args]) == 0
    out = capsys.readouterr().out
    assert "2025-04-01 10:15 · BelTA · said" in out
    assert "2025-04-01 16:04 · Daily Mail · claimed" in out
    assert "to dictate [-to us-] how to guard our [-own-] border" in out
