"""The sparkline under the results header: the current results over time, and the
dates it covers (t opens the full chart)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.widgets import Sparkline, Static

if TYPE_CHECKING:
    from ...timeline import Timeline


class TimelineSpark(Horizontal):
    """A sparkline of the current results over time and the dates it covers, under the
    results header. Blank (not hidden: the list must not jump) until it is computed."""

    DEFAULT_CSS = """
    TimelineSpark { height: 1; padding: 0 1; }
    TimelineSpark > Sparkline { width: 2fr; min-width: 6; max-width: 40; }
    TimelineSpark > #spark-range {
        width: 3fr; color: $text-muted; padding-left: 1; text-wrap: nowrap; text-overflow: ellipsis;
    }
    TimelineSpark > #spark-range.-alone { padding-left: 0; }
    """

    def compose(self):
        yield Sparkline([], id="spark")
        yield Static("", id="spark-range")

    def clear(self) -> None:
        self._draw([], "")

    def show(self, timeline: Timeline) -> None:
        span = timeline.span
        if span is None:  # no line at all rather than a flat one: nothing is dated
            self._draw([], f"{timeline.undated:,} undated" if timeline.undated else "")
            return
        extra = []
        if timeline.outlier_count:
            extra.append(f"+{timeline.outlier_count} far off")
        if timeline.undated:
            extra.append(f"{timeline.undated:,} undated")
        self._draw(
            [b.total for b in timeline.buckets],
            " · ".join([span_label(*span, timeline.by)] + extra),
        )

    def _draw(self, data: list[int], label: str) -> None:
        line = self.query_one(Sparkline)
        line.data = data
        line.display = bool(data)  # the row keeps its height: the list below never jumps
        text = self.query_one("#spark-range", Static)
        text.set_class(not data, "-alone")
        text.update(label)


def span_label(first, last, by: str) -> str:
    """A short "from–to" for a narrow header: "2019–2024", "Aug–Oct 2024", "27 Aug 2024"."""
    if by == "year" or (first.year != last.year and by != "day"):
        return f"{first.year}" if first.year == last.year else f"{first.year}–{last.year}"
    if by == "day":
        if first == last:
            return f"{first.day} {first:%b %Y}"
        if first.year != last.year:
            return f"{first.day} {first:%b %Y}–{last.day} {last:%b %Y}"
        return f"{first.day} {first:%b}–{last.day} {last:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%b %Y}"
    return f"{first:%b}–{last:%b %Y}"
