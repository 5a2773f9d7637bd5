"""The app as a person meets it (issue 15): narrow terminals, escape, the source one
key away, suggestions, export, skipped files, the bookmarks screen. Real key presses
through Textual's Pilot."""

from __future__ import annotations

import json

import pytest

from belreader.settings import load_settings
from belreader.tui.app import BelreaderApp
from belreader.tui.export import export_bookmarks
from belreader.tui.screens.bookmarks import BookmarksScreen
from belreader.tui.screens.dialogs import ConfirmDialog, ExportDialog
from belreader.tui.widgets.article import ArticleView
from belreader.tui.widgets.claims import NO_ARTICLE_HINT, ClaimsPane
from belreader.tui.widgets.footer import KeyFooter
from belreader.tui.widgets.results import ResultList, ResultsPane

from .test_app import result_titles, search, wait_ready
from .test_app_bookmarks import add_bookmark, open_first

URL = "https://example.org/minsk-talks"
SOURCED = (
    "---\ntitle: Minsk talks stall again\nsource: Belsat\ndate: 2024-11-02\nurl: " + URL + "\n---\n"
    "Minsk talks stall again\n\n"
    "Foreign minister Maxim Ryzhenkov said: “We are ready for talks on equal terms.” "
    "Observers doubt it.\n"
)


@pytest.fixture
def sourced(corpus):
    (corpus / "minsk.md").write_text(SOURCED, "utf-8")
    return corpus


def footer_text(app) -> str:
    footer = app.screen.query_one(KeyFooter)
    return " ".join(str(key.render()) for key in footer.children)


def option_lines(lst, index: int) -> int:
    return lst._line_cache.heights[index]


async def open_sourced(app, pilot) -> ArticleView:
    await search(app, pilot, "Ryzhenkov")
    await pilot.press("enter", "enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    view = app.query_one(ArticleView)
    assert view.article is not None and view.article.url == URL
    return view


# -- escape ------------------------------------------------------------------------------


async def test_escape_from_a_query_clears_it_and_lists_the_library(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        newest_first = result_titles(app)
        await search(app, pilot, "CNN")
        assert app.results.total == 1
        await pilot.press("enter")  # to the results
        assert isinstance(app.focused, ResultList)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one("#query").value == ""
        assert result_titles(app) == newest_first
        assert "newest first" in str(app.query_one("#results-header").content)
        assert isinstance(app.focused, ResultList)
        # and from the search bar itself
        await search(app, pilot, "CNN")
        assert app.results.total == 1
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one("#query").value == "" and result_titles(app) == newest_first


# -- the source: header, o, y, exports -------------------------------------------------------


async def test_header_shows_the_url(library, sourced):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_sourced(app, pilot)
        head = str(app.query_one("#article-head").render())
        assert URL in head and "Belsat" in head


OVER_SSH = {"SSH_CONNECTION": "10.0.0.1 5000 10.0.0.2 22", "DISPLAY": None, "WAYLAND_DISPLAY": None}
ON_A_DESKTOP = {"SSH_CONNECTION": None, "SSH_TTY": None, "DISPLAY": ":0"}


@pytest.mark.parametrize(
    "env, keys, browser",
    [
        # over ssh a browser would start on the wrong machine, if at all: show the URL
        (OVER_SSH, ["o"], False),
        # on a desktop, from the claims pane too: o belongs to the open article
        (ON_A_DESKTOP, ["tab", "o"], True),
    ],
    ids=["over-ssh", "desktop"],
)
async def test_o_opens_the_source_or_shows_it(library, sourced, monkeypatch, env, keys, browser):
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_sourced(app, pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert opened == ([URL] if browser else [])
        if not browser:
            assert any(URL in n.message for n in app._notifications)
            assert app.last_copied == URL


async def test_o_without_a_url_says_so(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "Smolensk")
        await pilot.press("o")
        await pilot.pause()
        assert any("gives no url" in n.message for n in app._notifications)


async def test_y_cites_speaker_title_outlet_date_and_link(library, sourced):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_sourced(app, pilot)
        claims = app.query_one(ClaimsPane)
        assert claims.claims, "the seed sentence has a claim"
        claims.focus()
        await pilot.pause()
        await pilot.press("y")
        copied = app.last_copied
        assert copied.startswith("“We are ready for talks on equal terms.” — ")  # marks not doubled
        assert "Ryzhenkov, in Minsk talks stall again" in copied
        assert copied.endswith(f"Belsat, 2024-11-02, {URL}")


async def test_exports_carry_the_url_and_the_speaker(library, sourced, tmp_path):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_sourced(app, pilot)
        app.query_one(ClaimsPane).focus()
        await pilot.pause()
        await add_bookmark(app, pilot)  # the highlighted claim
        marks = app.store.list()
        assert len(marks) == 1
        for fmt in ("md", "csv", "json"):
            export_bookmarks(app, app.workspace, marks, fmt, "article", tmp_path / f"out.{fmt}")
        md = (tmp_path / "out.md").read_text("utf-8")
        assert f"- URL: <{URL}>" in md and "Maxim Ryzhenkov" in md.split("> ")[1]
        csv_text = (tmp_path / "out.csv").read_text("utf-8")
        assert URL in csv_text and "Maxim Ryzhenkov" in csv_text
        annotation = json.loads((tmp_path / "out.json").read_text("utf-8"))[0]
        assert annotation["target"]["source"] == URL
        assert annotation["target"]["belreader"]["speaker"].endswith("Maxim Ryzhenkov")


# -- narrow terminals -------------------------------------------------------------------------


async def test_help_and_quit_stay_in_the_footer_at_80_columns(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("enter")  # open an article: the footer fills with article keys
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _pane in range(3):
            keys = list(app.screen.query_one(KeyFooter).children)
            visible = [k for k in keys if k.region.width and k.region.right <= 80]
            actions = [k.action for k in visible]
            assert actions[:2] == ["help", "quit"], actions
            await pilot.press("tab")
            await pilot.pause(0.1)
            await pilot.pause()


async def test_compact_list_by_default_when_narrow_and_v_switches_and_is_remembered(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        pane, lst = app.query_one(ResultsPane), app.query_one(ResultList)
        assert pane.compact
        assert all(option_lines(lst, i) == 1 for i in range(lst.option_count))
        title = str(lst.get_option_at_index(0).prompt)
        assert "·" in title and title.rstrip().endswith(
            ("2024-10-28", "undated")
        )  # source and date kept
        await pilot.press("v")
        await pilot.pause()
        assert not pane.compact and option_lines(lst, 0) > 3
    assert load_settings(library.settings_file)["results_view"] == "full"
    app = BelreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        assert not app.query_one(ResultsPane).compact  # the choice beats the width


async def test_wide_terminal_lists_full_entries(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        assert not app.query_one(ResultsPane).compact
        assert option_lines(app.query_one(ResultList), 0) > 2


async def test_narrow_claims_take_the_articles_place(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "sovereign")
        article, claims = app.query_one("#article"), app.query_one("#claims")
        await pilot.press("c")
        await pilot.pause()
        assert claims.region.width > 40 and article.region.width == 0
        assert app.focused is claims
        await pilot.press("enter")  # a claim: back to the article, at that claim
        await pilot.pause()
        assert article.region.width > 40 and claims.region.width == 0
        assert app.query_one(ArticleView).passage.kind == "claim"


async def test_claims_keep_their_last_words_when_narrow(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "sovereign")
        await pilot.press("c")
        await pilot.pause()
        pane = app.query_one(ClaimsPane)
        width = pane.scrollable_content_region.width - 2
        from rich.console import Console

        console = Console(width=width)
        for i in range(pane.option_count):
            option = pane.get_option_at_index(i)
            wrapped = option.prompt.wrap(console, width)
            assert option_lines(pane, i) - option._divider >= len(wrapped), option.prompt.plain


async def test_placeholder_fits_at_80_columns(library):
    from belreader.tui.widgets.search_bar import PLACEHOLDER

    app = BelreaderApp(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        assert len(PLACEHOLDER) <= app.query_one("#query").content_region.width


# -- suggestions -------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["tab", "enter"])
async def test_did_you_mean_is_taken_with_one_key(library, key):
    app = BelreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "sovreign")
        assert "Did you mean: sovereign" in str(app.query_one("#query-message").content)
        await pilot.press(key)
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one("#query").value == "sovereign"
        assert app.results.total >= 1


async def test_tab_still_moves_on_without_a_suggestion(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "NATO")
        await pilot.press("tab")
        assert isinstance(app.focused, ResultList)


# -- export ------------------------------------------------------------------------------------


async def _export_dialog(app, pilot, tmp_path):
    await open_first(app, pilot, "Smolensk")
    await add_bookmark(app, pilot)
    await pilot.press("B")
    await pilot.pause()
    await pilot.press("x")
    await pilot.pause()
    assert isinstance(app.screen, ExportDialog)
    app.screen.query_one("#path").value = str(tmp_path / "out.md")


async def test_export_enter_from_the_format_list(library, tmp_path):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await _export_dialog(app, pilot, tmp_path)
        app.screen.query_one("#format").focus()
        await pilot.pause()
        await pilot.press("down", "down")  # to CSV (highlighted, not yet chosen)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
        assert (tmp_path / "out.csv").read_text("utf-8").startswith("id,created")
        assert not (tmp_path / "out.md").exists()


async def test_export_never_replaces_a_file_silently(library, tmp_path):
    from datetime import date

    existing = tmp_path / "out.md"
    existing.write_text("my earlier export\n", "utf-8")
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await _export_dialog(app, pilot, tmp_path)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # keep it: a dated name is offered instead
        await pilot.pause()
        assert existing.read_text("utf-8") == "my earlier export\n"
        dated = tmp_path / f"out-{date.today().isoformat()}.md"
        assert app.screen.query_one("#path").value == str(dated)
        await pilot.press("enter")
        await pilot.pause()
        assert dated.exists() and existing.read_text("utf-8") == "my earlier export\n"
        # and replacing is possible, when confirmed
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#path").value = str(existing)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "Smolensk" in existing.read_text("utf-8") or "NATO" in existing.read_text("utf-8")


# -- bookmarks screen ----------------------------------------------------------------------------


async def test_bookmarks_screen_title_own_footer_and_folded_filter(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "Smolensk")  # "More absurd words from Alexander Lukashenko."
        await add_bookmark(app, pilot)
        await pilot.press("B")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert screen.query_one("#bookmarks-box").border_title == "Bookmarks"
        footer = footer_text(app)
        assert "Filter" in footer and "Export" in footer and "Help" in footer
        assert "Claims pane" not in footer and "Search" not in footer
        for text, expected in (
            ("lukashenka", 1),
            ("LUKASHENKO", 1),
            ("Лукашенко", 1),
            ("unknown", 1),
            ("kyiv", 0),
        ):
            screen.query_one("#bookmark-filter").value = text
            await pilot.pause()
            assert sum(1 for m in screen.marks) == expected, text


# -- empty claims pane, skipped files ---------------------------------------------------------------


async def test_claims_pane_says_what_will_appear_before_an_article(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        pane = app.query_one(ClaimsPane)
        assert pane.option_count == 1
        assert str(pane.get_option_at_index(0).prompt) == NO_ARTICLE_HINT
        await open_first(app, pilot, "sovereign")
        assert pane.claims and NO_ARTICLE_HINT not in [
            str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)
        ]


async def test_skipped_files_are_listed_in_the_app(library, corpus):
    from belreader.tui.screens.skipped import SkippedScreen

    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (corpus / "empty.txt").write_text("", "utf-8")
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        line = app.query_one("#skipped-line")
        assert line.display and "2 files skipped" in str(line.render())
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Skipped")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SkippedScreen)
        shown = {f.path.rsplit("/", 1)[-1]: f.reason for f in app.screen.files}
        assert set(shown) == {"broken.txt", "empty.txt"}
        assert shown["empty.txt"] == "empty file"


async def test_meta_lines_are_plain_not_bold_like_the_title(library):
    """The muted source · date lines once inherited the title's bold (brighter than the
    body in the dark theme)."""
    from rich.console import Console

    console = Console()
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        prompt = app.query_one(ResultList).get_option_at_index(0).prompt
        head = app.query_one("#article-head").content  # the Text it was given
        for text in (prompt, head):
            meta_at = text.plain.index("unknown")
            assert text.get_style_at_offset(console, 0).bold
            assert not text.get_style_at_offset(console, meta_at).bold, text.plain


# -- words and marks ---------------------------------------------------------------------------


def test_relative_speakers_are_not_offered_across_the_library():
    from belreader.vocabulary import is_named_speaker, plural

    assert is_named_speaker("Alexander Lukashenko") and is_named_speaker("the BelTA news agency")
    for relative in (
        "his press service",
        "Her spokesman",
        "a spokesman",
        "the spokesman",
        "",
        None,
    ):
        assert not is_named_speaker(relative), relative
    assert (plural(1, "claim"), plural(3, "bookmark"), plural(2, "match", "matches")) == (
        "1 claim",
        "3 bookmarks",
        "2 matches",
    )


def test_claim_words_are_one_vocabulary():
    from belreader.vocabulary import KIND_LABEL, cue_text

    assert KIND_LABEL == {"direct": "quote", "indirect": "reported", "mixed": "mixed"}
    assert (
        cue_text("—said") == "said"
        and cue_text("said:") == "said"
        and cue_text("according to") == "according to"
    )


async def test_claims_pane_uses_the_words_and_no_stray_dashes(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await open_first(app, pilot, "sovereign")
        pane = app.query_one(ClaimsPane)
        cues = [
            str(pane.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(pane.option_count)
            if pane.get_option_at_index(i).id
        ]
        assert cues and all(
            c.split(" · ")[1].split()[0] in ("quote", "reported", "mixed") for c in cues
        )
        assert not any(c.startswith(("—", "-", "–")) for c in cues)


async def test_no_color_tells_the_current_claim_from_the_sentence_cursor(library, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    from belreader.tui.styles import component_style

    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        view = app.query_one(ArticleView)
        claim, cursor = (
            component_style(view, "article--claim-current"),
            component_style(view, "article--cursor"),
        )
        assert claim.reverse and not cursor.reverse and cursor.bold  # not two looks of one grey
        assert component_style(view, "article--title").bold


async def test_bookmarked_paragraph_has_a_margin_mark(library):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        view = await open_first(app, pilot, "Smolensk")
        marked = [p for p in view._paragraphs if p.has_class("-bookmarked")]
        assert marked == []
        await add_bookmark(app, pilot)
        marked = [p for p in view._paragraphs if p.has_class("-bookmarked")]
        assert len(marked) == 1 and marked[0].styles.border_left[0] != ""


def test_cli_search_wraps_snippets_at_word_boundaries(cli_env, monkeypatch, capsys):
    import json

    from belreader.cli import main

    main(["search", "sovereign", "--json", *cli_env])
    snippet_words = {
        w
        for h in json.loads(capsys.readouterr().out)["hits"]
        for s in h["snippets"]
        for w in s["text"].split()
    }
    monkeypatch.setenv("COLUMNS", "50")
    code = main(["search", "sovereign", *cli_env])
    out = capsys.readouterr().out
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("   ") and " · " not in line]
    assert len(lines) >= 4
    assert all(len(line) <= 50 for line in lines), lines
    shown = [w for line in lines for w in line.split() if w != "…"]
    assert shown and all(w in snippet_words for w in shown)  # whole words only, none cut


@pytest.fixture
def cli_env(library):
    return ["--index", str(library.index_dir), "--data", str(library.data_dir)]
