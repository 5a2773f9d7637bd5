"""The app folds a story's copies under one row (e lists them), shows under a claim
the other articles carrying its quotation, and opens the compare screen (m, or the
palette) whose Enter opens that article at the claim. Real key presses (Pilot)."""

from __future__ import annotations

import pytest

from belreader.library import Library
from belreader.tui.app import BelreaderApp
from belreader.tui.screens.compare import CompareScreen, VersionList
from belreader.tui.widgets.claims import ClaimsPane
from belreader.tui.widgets.results import ResultList

from .test_app import search, wait_ready
from .test_cli_stories import stories_corpus


@pytest.fixture
def app(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    stories_corpus(folder)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    return BelreaderApp(lib)


def rows(app) -> list[str]:
    lst = app.query_one(ResultList)
    return [str(lst.get_option_at_index(i).prompt) for i in range(lst.option_count)]


async def test_a_story_shows_once_with_its_copies_folded_and_e_lists_them(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        shown = rows(app)
        assert len(shown) == 2  # 4 articles, 2 stories
        lead = next(r for r in shown if "copies" in r)
        assert lead.startswith("Walk-out at the Hrodna tractor plant\nAgency · 2025-03-04")
        assert "+2 copies: Tabloid 5 Mar, Farm (undated) · e lists them" in lead
        assert not any(r.startswith("Tractor workers down tools") for r in shown)

        lst = app.query_one(ResultList)
        lst.highlighted = next(i for i, r in enumerate(shown) if "copies" in r)
        lst.focus()
        await pilot.press("e")
        await pilot.pause()
        shown = rows(app)
        assert len(shown) == 4
        copies = [r for r in shown if r.startswith("  ↳ ")]
        assert copies == [
            "  ↳ Tractor workers down tools · Tabloid · 2025-03-05",
            "  ↳ Hrodna strike latest · Farm · undated",
        ]
        # enter on a copy opens that copy
        lst.highlighted = next(i for i, r in enumerate(shown) if r.startswith("  ↳ Tractor"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.article is not None and app.article.title == "Tractor workers down tools"
        # e again folds them
        lst.focus()
        lst.highlighted = next(i for i, r in enumerate(rows(app)) if "copies" in r)
        await pilot.press("e")
        await pilot.pause()
        assert len(rows(app)) == 2


async def open_speech(app, pilot, source: str) -> ClaimsPane:
    await search(app, pilot, "destabilise")
    lst = app.query_one(ResultList)
    target = next(h for h in app.results.hits if h.source == source)
    lst.highlighted = lst.get_option_index(target.id)
    lst.focus()
    await pilot.press("enter")
    await pilot.pause()
    claims = app.query_one(ClaimsPane)
    claims.focus()
    await pilot.pause()
    return claims


async def test_a_carried_claim_says_where_else_and_m_compares(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        claims = await open_speech(app, pilot, "Agency")
        texts = [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]
        carried = next(t for t in texts if "also in" in t)
        assert "↔ also in 2 articles: " in carried
        assert "Tabloid" in carried and "Farm" in carried
        claims.highlighted = texts.index(carried)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        header = str(app.screen.query_one("#compare-header").content)
        assert "carried by 3 articles" in header
        assert "framing differs" in header and "distancing “claimed” in Tabloid" in header
        versions = app.screen.query_one(VersionList)
        lines = [str(versions.get_option_at_index(i).prompt) for i in range(versions.option_count)]
        assert [line.split(" · ")[1] for line in lines] == ["Agency", "Tabloid", "Farm"]
        assert "“claimed” · distancing" in lines[1]
        assert "⚠ reportedly" in lines[2]
        # the changed word is marked (reverse video) in the Farm version
        farm = versions.get_option_at_index(2).prompt
        marked = [farm.plain[s.start : s.end] for s in farm.spans if "reverse" in str(s.style)]
        assert marked == ["the"]
        # enter opens the Tabloid article at its claim
        versions.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
        assert app.article.source == "Tabloid"
        assert app.query_one(ClaimsPane).highlighted is not None


async def test_the_palette_opens_the_compare_screen_and_says_when_there_is_nothing(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        claims = await open_speech(app, pilot, "Farm")
        texts = [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]
        claims.highlighted = next(i for i, t in enumerate(texts) if "also in" in t)
        command = next(
            c for c in app.get_system_commands(app.screen) if c.title.startswith("Compare")
        )
        command.callback()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
        # an article whose claims nobody else carries: a notice, no screen
        await search(app, pilot, "Hrodna")
        await pilot.press("enter", "enter")  # to the results, then open the first
        await pilot.pause()
        assert app.article is not None and app.article.title.startswith("Walk-out")
        app.query_one(ClaimsPane).focus()
        await pilot.press("m")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


def test_compare_screen_snapshot(snap_compare, app):
    async def run_before(pilot):
        await wait_ready(app, pilot)
        claims = await open_speech(app, pilot, "Agency")
        texts = [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]
        claims.highlighted = next(i for i, t in enumerate(texts) if "also in" in t)
        await pilot.press("m")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 30), run_before=run_before)


async def test_the_results_header_counts_stories_and_labels_each_source_count(app):
    """Copies folded: the header counts stories as the list shows them, with the
    articles beside, and each source's facet says which number is which."""
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        header = str(app.query_one("#results-header").render())
        assert header.startswith("2 stories (4 articles) · "), header
        # each source's stories are its articles here: one number says both
        assert header.endswith("· Agency 2 · Farm 1 · Tabloid 1"), header
        # the search with no copies among its matches keeps the plain count
        await search(app, pilot, "destabilise")
        assert "match" in str(app.query_one("#results-header").render())


async def test_the_library_listing_counts_stories_when_copies_fold(app):
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "Hrodna")
        await search(app, pilot, "")
        header = str(app.query_one("#results-header").render())
        total = app.results.total
        assert header.startswith(f"{total - 2} stories ({total} articles) · newest first"), header


def test_a_source_whose_copies_fold_labels_both_its_numbers():
    from types import SimpleNamespace

    from belreader.stories.fold import StoryCounts
    from belreader.tui.widgets.results import _stories_header

    results = SimpleNamespace(total=520, facets={"BBC": 510, "Farm": 10})
    counts = StoryCounts(21, {"BBC": 11, "Farm": 10}, set())
    assert _stories_header(results, counts).plain == (
        "21 stories (520 articles) · BBC 11 stories (510 articles) · Farm 10"
    )

    # a narrow header keeps to two lines: the busiest sources, then how many more
    many = SimpleNamespace(total=700, facets={f"Outlet {i}": 100 for i in range(7)})
    folded = StoryCounts(7, {f"Outlet {i}": 1 for i in range(7)}, set())
    line = _stories_header(many, folded, width=48).plain
    assert line.startswith("7 stories (700 articles) · Outlet 0 1 story (100 articles)")
    assert line.endswith(" more sources") and len(line) <= 2 * 48, line
