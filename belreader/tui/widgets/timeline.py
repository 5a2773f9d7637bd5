"""The timeline's bar chart: one row per period, stacked by source.

The chart is drawn with block characters in an OptionList rather than with a plotting
library (textual-plotext): the list gives moving along the bars, highlighting and enter
for free, its colours come from the theme's variables, and the sources are told apart
by glyph (█ ▓ ▒ ░) as well as colour, so it reads the same under NO_COLOR, in a light
theme and at 80 columns. Imported when a timeline screen opens, not at start-up.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...terminal import one_line
from ...timeline import SOURCE_GLYPHS, Timeline
from .results import LIST_NAVIGATION

SERIES_CLASSES = [f"timeline--series-{n}" for n in range(len(SOURCE_GLYPHS))]


class TimelineChart(OptionList):
    """One option per period of ``timeline.buckets``: label, stacked bar, count."""

    BINDINGS = LIST_NAVIGATION + [Binding("enter", "select", "Filter to period")]
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "timeline--label",
        "timeline--count",
        *SERIES_CLASSES,
    }
    DEFAULT_CSS = """
    TimelineChart, TimelineChart:focus { background: transparent; border: none; height: 1fr; }
    TimelineChart > .timeline--label { color: $text-muted; }
    TimelineChart > .timeline--count { color: $text-muted; }
    TimelineChart > .timeline--series-0 { color: $primary; }
    TimelineChart > .timeline--series-1 { color: $accent; }
    TimelineChart > .timeline--series-2 { color: $success; }
    TimelineChart > .timeline--series-3 { color: $warning; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.timeline: Timeline | None = None
        self._drawn_width = 0

    def show(self, timeline: Timeline) -> None:
        keep = self.highlighted
        self.timeline = timeline
        self._draw()
        if timeline.buckets:
            # stay on the same bar when redrawn; start on the fullest otherwise
            if keep is None or keep >= len(timeline.buckets):
                keep = max(range(len(timeline.buckets)), key=lambda i: timeline.buckets[i].total)
            self.highlighted = keep

    def on_resize(self) -> None:
        if self.timeline is not None and self.scrollable_content_region.width != self._drawn_width:
            keep = self.highlighted
            self._draw()
            self.highlighted = keep

    def bucket_at(self, index: int | None):
        if self.timeline is None or index is None or not 0 <= index < len(self.timeline.buckets):
            return None
        return self.timeline.buckets[index]

    def _draw(self) -> None:
        timeline = self.timeline
        width = self.scrollable_content_region.width or 60
        self._drawn_width = width
        self.clear_options()
        if timeline is None or not timeline.buckets:
            return
        label_w = max(len(b.label) for b in timeline.buckets)
        peak = max(b.total for b in timeline.buckets)
        count_w = len(f"{peak:,}")
        bar_w = max(4, width - label_w - count_w - 4)
        label_style = self.get_component_rich_style("timeline--label", partial=True)
        count_style = self.get_component_rich_style("timeline--count", partial=True)
        series_styles = [self.get_component_rich_style(c, partial=True) for c in SERIES_CLASSES]
        options = []
        for bucket in timeline.buckets:
            line = Text(f"{bucket.label:<{label_w}} ", style=label_style)
            line.append("│")
            used = 0
            for series, cells in timeline.stack(bucket, bar_w, peak):
                line.append(SOURCE_GLYPHS[series] * cells, style=series_styles[series])
                used += cells
            line.append(" " * (bar_w - used + 1))
            line.append(
                f"{bucket.total:>{count_w},}" if bucket.total else " " * count_w, style=count_style
            )
            options.append(Option(line, id=f"bar-{bucket.start.isoformat()}"))
        self.add_options(options)


def legend_text(timeline: Timeline, chart: TimelineChart) -> Text:
    """The series of the stacked bars, in the chart's colours, with their counts."""
    text = Text()
    for n, (glyph, name, count) in enumerate(timeline.legend()):
        if n:
            text.append("   ")
        text.append(
            glyph * 2, style=chart.get_component_rich_style(SERIES_CLASSES[n], partial=True)
        )
        text.append(f" {one_line(name)} {count:,}")
    return text
