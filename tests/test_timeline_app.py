"""The timeline in the app: the sparkline under the results header, `t` and the palette
open the chart, moving along it shows the period, enter filters the results to it by a
date: range in the search bar, and the speaker screen charts that person's claims."""

from __future__ import annotations

import threading

import pytest

from belreader.tui.app import BelreaderApp

from .test_app import search, wait_ready
from .timeline_corpus import dated_library


@pytest.fixture
def app(tmp_path):
    return BelreaderApp(dated_library(tmp_path), watch_files=False)


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def spark(app):
    return list(app.query_one("#spark").data), str(app.query_one("#spark-range").render())


async def test_sparkline_follows_the_query(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        data, label = spark(app)  # the library
        assert sum(data) == 12 and "+2 far off" in label and "2 undated" in label
        await search(app, pilot, "mobilisation")
        await settle(app, pilot)
        data, label = spark(app)
        assert sum(data) == 10 and label.startswith("Jan–Jun 2024")
        await search(app, pilot, "zzzznothing")
        await settle(app, pilot)
        assert spark(app) == ([], "")


async def test_sparkline_never_delays_the_list(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(app, pilot)
        await settle(app, pilot)
        release = threading.Event()
        counting = app.index.date_source_counts

        def slow(*args, **kwargs):
            release.wait(10)
            return counting(*args, **kwargs)

        app.index.date_source_counts = slow
        await pilot.press("slash", *"mobilisation")
        await pilot.pause(0.6)
        # the list is on screen while the timeline is still being counted
        assert (
            app.results is not None
            and app.results.query == "mobilisation"
            and app.results.total == 14
        )
        assert spark(app) == ([], "")
        release.set()
        await settle(app, pilot)
        assert sum(spark(app)[0]) == 10


async def test_t_opens_the_chart_and_enter_filters_to_the_period(app):
    from belreader.tui.screens.timeline import TimelineScreen

    async with app.run_test(size=(100, 36)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "mobilisation")
        await pilot.press("enter")  # to the results
        await settle(app, pilot)
        assert app.timeline_counts[0] == "mobilisation"
        counted = []
        app.index.date_source_counts = lambda *a, **k: counted.append(a) or {}
        await pilot.press("t")
        await settle(app, pilot)
        del app.index.date_source_counts  # the real method again
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert counted == []  # the sparkline's counts, not counted again
        assert screen.timeline.by == "week" and screen.timeline.total == 14
        await pilot.press("m")
        await settle(app, pilot)
        assert screen.timeline.by == "month"
        chart = screen.query_one("#timeline-chart")
        assert [b.label for b in screen.timeline.buckets] == [f"2024-0{m}" for m in range(1, 7)]
        await pilot.press("g", "j", "j")  # March
        await settle(app, pilot)
        detail = str(screen.query_one("#timeline-detail").render())
        assert detail.startswith("2024-03: 3 articles") and "Border Watch 1" in detail
        assert "Analysts weigh the scale of the mobilisation" in detail  # the period's titles
        assert chart.highlighted == 2
        await pilot.press("enter")
        await pilot.pause(0.4)
        await settle(app, pilot)
        assert not isinstance(app.screen, TimelineScreen)
        assert app.query_one("#query").value == "mobilisation date:2024-03"
        assert app.results.total == 3
        assert {h.date.month for h in app.results.hits} == {3}
        # again from a query with a date: the new period replaces it, still editable
        await pilot.press("t")
        await settle(app, pilot)
        await pilot.press("d", "G", "enter")
        await pilot.pause(0.4)
        await settle(app, pilot)
        assert app.query_one("#query").value == "mobilisation date:2024-03-28"
        assert [h.title for h in app.results.hits] == [
            "Analysts weigh the scale of the mobilisation"
        ]


async def test_escape_changes_nothing_and_all_dates_shows_the_outliers(app):
    from belreader.tui.screens.timeline import TimelineScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "mobilisation")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        screen = app.screen
        notes = str(screen.query_one("#timeline-notes").render())
        assert (
            "far before the rest" in notes
            and "1900" in notes
            and "a: all dates" in str(screen.query_one("#timeline-header").render())
        )
        await pilot.press("a")
        await settle(app, pilot)
        assert screen.timeline.by == "year" and screen.timeline.outliers == []
        assert screen.timeline.buckets[0].label == "1900"
        await pilot.press("t")  # t on the chart opens no second chart
        assert app.screen is screen
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, TimelineScreen)
        assert app.query_one("#query").value == "mobilisation"


async def test_palette_command_and_a_query_with_nothing_dated(tmp_path):
    from belreader.tui.screens.timeline import TimelineScreen

    app = BelreaderApp(dated_library(tmp_path), watch_files=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "undated")
        await settle(app, pilot)
        assert spark(app)[1] == "2 undated"
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert "Timeline" in commands
        app.action_timeline()
        await settle(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert str(app.screen.query_one("#timeline-detail").render()) == "Nothing dated to chart."
        assert "2 undated" in str(app.screen.query_one("#timeline-notes").render())
        await pilot.press("enter")  # nothing to choose: stays
        assert isinstance(app.screen, TimelineScreen)


async def test_the_source_filter_carries_into_the_chart(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "mobilisation")
        await pilot.press("enter")
        app.set_source_filter("East Wire")
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        t = app.screen.timeline
        assert t.sources == ["East Wire"] and t.total == 5


async def test_speaker_screen_charts_their_claims(library):
    from belreader.tui.screens.speaker import SpeakerClaimsScreen

    app = BelreaderApp(library, watch_files=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        app.action_speaker_claims("Lukashenka")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SpeakerClaimsScreen)
        chart = screen.query_one("#speaker-timeline")
        dated = [art for art, _ in screen.rows if art.date is not None]
        assert chart.display and chart.timeline.noun == "claim"
        assert chart.timeline.dated == len(dated) > 0
        assert chart.timeline.undated == len(screen.rows) - len(dated)
        header = str(screen.query_one("#speaker-header").render())
        assert f"{len(dated)} dated, by" in header and "undated" in header
        chart.focus()
        chart.highlighted = len(chart.timeline.buckets) - 1
        await pilot.press("enter")
        await pilot.pause()
        lst = screen.query_one("#speaker-list")
        assert app.focused is lst
        art, _ = screen.rows[int(lst.get_option_at_index(lst.highlighted).id.split("-")[1])]
        last = chart.timeline.buckets[-1]
        assert last.start <= art.date <= last.end


async def test_a_query_with_brackets_is_shown_as_typed_not_as_markup(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(app, pilot)
        await search(app, pilot, "mobilisation [b]x date:[2024-01 to 2024-04]")
        await pilot.press("enter")  # to the results; escape now clears the query (issue 15)
        app.action_timeline()
        await settle(app, pilot)
        from textual.content import Content

        title = app.screen.query_one("#timeline-box").border_title  # kept as markup text
        assert (
            Content.from_markup(title).plain
            == "Timeline: mobilisation [b]x date:[2024-01 to 2024-04]"
        )
