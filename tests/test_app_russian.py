"""A Russian article in the app (issue 18): it is dated by its dateline and sorts among
the English ones, its claims pane shows speakers, cues as written and hedges, the
speaker's name in Cyrillic is not shown as a different mention, and "all claims by
this speaker" lists the Russian report beside the English ones. Real key presses
through Textual's Pilot."""

from __future__ import annotations

import pytest

from belreader.tui.app import BelreaderApp
from belreader.tui.widgets.article import ArticleView
from belreader.tui.widgets.claims import ClaimsPane

from .test_app import result_titles, search, wait_ready

TITLE = "Лукашенко провёл совещание с военными"
BELTA = (
    f"{TITLE}\n\n"
    "Минск, 15 сентября 2025 года. Президент Беларуси Александр Лукашенко провёл совещание "
    "с военными.\n\n"
    "«Мы всегда готовы защитить свою страну», — сказал Лукашенко. Глава государства "
    "подчеркнул, что Запад якобы готовит провокации на границе.\n\n"
    "Светлана Тихановская заявила, что учения — это давление на соседей.\n"
)


@pytest.fixture
def russian(corpus):
    (corpus / "belta.txt").write_text(BELTA, "utf-8")
    return corpus


def pane_lines(pane: ClaimsPane) -> list[str]:
    return [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]


async def test_russian_article_shows_its_date_and_claims(library, russian):
    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        # dated 2025-09-15 by its dateline: newest of the library, first in the list
        assert result_titles(app)[0] == TITLE
        await search(app, pilot, "совещание")
        await pilot.press("enter", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.title == TITLE
        assert str(view.article.date) == "2025-09-15"
        lines = pane_lines(app.query_one(ClaimsPane))
        text = "\n".join(lines)
        assert "No attributed statements" not in text
        assert "Alexander Lukashenko (2)" in lines
        assert "Sviatlana Tsikhanouskaya (1)" in lines
        assert "сказал · quote" in text and "подчеркнул · reported" in text
        assert "заявила · reported" in text
        assert "⚠ якобы" in text
        # the surname in Cyrillic is the speaker, not another mention; a role noun is
        assert "as “Лукашенко”" not in text and "as “Светлана Тихановская”" not in text
        assert "as “Глава государства”" in text


async def test_all_claims_by_lukashenko_lists_russian_and_english_reports(library, russian):
    from belreader.tui.screens.speaker import SpeakerClaimsScreen

    app = BelreaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "совещание")
        await pilot.press("enter", "enter", "tab")
        await pilot.pause()
        await pilot.press("s")  # all claims by the highlighted claim's speaker
        await pilot.pause()
        assert isinstance(app.screen, SpeakerClaimsScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = app.screen.rows
        assert {c.speaker for _, c in rows} == {"Alexander Lukashenko"}
        cues = {c.cue for _, c in rows}
        assert {"сказал", "подчеркнул"} <= cues and "said" in cues
        titles = [art.title for art, _ in rows]
        assert titles[0] == TITLE  # newest first: the Russian report leads
        assert len(set(titles)) >= 3
