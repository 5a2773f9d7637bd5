"""Coverage over time: matching articles (or claims) counted per day, week, month or
year, split by source.

Pure: it takes counts per (date, source), from the index's columns or from a list of
claims, and returns buckets. No engine, no UI. The default view covers the bulk of
the dates: a few articles far from the rest (1900 from a misread dateline, 2099 from
a typo) are kept in their own buckets and noted, not allowed to stretch the chart to a
century of empty bars. Undated articles are counted apart, never put on a date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

PERIODS = ("day", "week", "month", "year")
UNKNOWN_SOURCE = "unknown"
# stacked bars tell sources apart by glyph as well as colour (NO_COLOR, colour-blind
# readers); more sources than glyphs share the last one as "other sources"
SOURCE_GLYPHS = "█▓▒░"
OTHER_SOURCES = "other sources"
# more bars than this is not a chart (ten years by day): ask for a coarser period
MAX_BUCKETS = 2000
# the text chart folds this many empty periods in a row into one line
EMPTY_RUN_FOLD = 4
# a date is an outlier only when it stands further from the rest than this...
MIN_OUTLIER_GAP = timedelta(days=365)
# ...and than the rest's own span, and when outliers stay a small minority
MAX_OUTLIER_SHARE = 0.05


class PeriodTooFine(ValueError):
    """The chosen period would draw more than MAX_BUCKETS bars."""


def period_start(day: date, by: str) -> date:
    if by == "day":
        return day
    if by == "week":  # ISO weeks: Monday to Sunday
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return date(day.year, 1, 1)
    raise ValueError(f"unknown period {by!r}: choose one of {', '.join(PERIODS)}")


def next_start(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    if by == "year":
        return date(start.year + 1, 1, 1)
    raise ValueError(f"unknown period {by!r}: choose one of {', '.join(PERIODS)}")


def choose_period(first: date, last: date) -> str:
    """The period that draws the span in roughly 60 bars or fewer."""
    days = (last - first).days + 1
    if days <= 62:
        return "day"
    if days <= 7 * 60:
        return "week"
    if days <= 366 * 5:
        return "month"
    return "year"


@dataclass(slots=True)
class Bucket:
    start: date
    end: date  # inclusive: the last day of the period
    by: str
    by_source: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_source.values())

    @property
    def label(self) -> str:
        if self.by == "year":
            return f"{self.start.year}"
        if self.by == "month":
            return f"{self.start:%Y-%m}"
        return self.start.isoformat()  # a day, or the Monday of a week

    def query_fragment(self) -> str:
        """The same period as a query filter: what typing it in the search bar does."""
        if self.by in ("day", "month", "year"):
            return f"date:{self.label}"
        return f"date:[{self.start.isoformat()} to {self.end.isoformat()}]"

    def to_json(self) -> dict:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "total": self.total,
            "by_source": dict(sorted(self.by_source.items(), key=lambda kv: (-kv[1], kv[0]))),
        }


@dataclass(slots=True)
class Timeline:
    by: str
    buckets: list[Bucket]  # the view: every period from its first to its last, empty ones too
    outliers: list[Bucket]  # periods outside the view that hold articles (non-empty only)
    undated: int
    sources: list[str]  # most articles first
    future: int = 0  # dated after today
    latest: date | None = None  # the latest date of all, outliers included
    noun: str = "article"  # what is counted: articles, or a speaker's claims

    @property
    def dated(self) -> int:
        return sum(b.total for b in self.buckets) + self.outlier_count

    @property
    def total(self) -> int:
        return self.dated + self.undated

    @property
    def outlier_count(self) -> int:
        return sum(b.total for b in self.outliers)

    @property
    def span(self) -> tuple[date, date] | None:
        """First and last day the view covers."""
        if not self.buckets:
            return None
        return self.buckets[0].start, self.buckets[-1].end

    def to_json(self, query: str) -> dict:
        every = sorted(self.buckets + self.outliers, key=lambda b: b.start)
        return {
            "query": query,
            "by": self.by,
            "buckets": [b.to_json() for b in every],
            "undated": self.undated,
        }

    def notes(self) -> list[str]:
        """What the chart does not show on its own, one short line each."""
        lines = []
        if self.outliers:
            span = self.span
            before = [b for b in self.outliers if span and b.end < span[0]]
            after = [b for b in self.outliers if span and b.start > span[1]]
            for side, group in (("before", before), ("after", after)):
                if group:
                    n = sum(b.total for b in group)
                    where = ", ".join(f"{b.label} ({b.total})" for b in group[:4])
                    more = f" and {len(group) - 4} more periods" if len(group) > 4 else ""
                    lines.append(
                        f"{n} {self._nouns(n)} dated far {side} the rest, left out of the view: "
                        f"{where}{more}"
                    )
        if self.future:
            lines.append(
                f"{self.future} {self._nouns(self.future)} dated in the future (latest {self.latest})"
            )
        if self.undated:
            lines.append(f"{self.undated} undated (not on the chart)")
        return lines

    def _nouns(self, n: int) -> str:
        return self.noun if n == 1 else self.noun + "s"

    def legend(self) -> list[tuple[str, str, int]]:
        """(glyph, name, count) for each series of the stacked bars."""
        counts: Counter[int] = Counter()
        for b in self.buckets:
            for name, n in b.by_source.items():
                counts[self.series_of(name)] += n
        out = []
        for i, name in enumerate(self.series_names()):
            out.append((SOURCE_GLYPHS[i], name, counts[i]))
        return out

    def series_names(self) -> list[str]:
        if len(self.sources) <= len(SOURCE_GLYPHS):
            return list(self.sources)
        return self.sources[: len(SOURCE_GLYPHS) - 1] + [OTHER_SOURCES]

    def series_of(self, source: str) -> int:
        names = self.series_names()
        if source in names:
            return names.index(source)
        return len(names) - 1

    def stack(self, bucket: Bucket, width: int, peak: int | None = None) -> list[tuple[int, int]]:
        """(series, cells) of one bar, ``width`` cells for the view's fullest period
        (or ``peak``). Cells are cut at cumulative boundaries so the parts always add
        up to the bar; a period with any article gets at least one cell."""
        peak = peak if peak is not None else max((b.total for b in self.buckets), default=0)
        if not peak or not bucket.total:
            return []
        per_series: Counter[int] = Counter()
        for name, n in bucket.by_source.items():
            per_series[self.series_of(name)] += n
        out, cum, used = [], 0, 0
        for series in sorted(per_series):
            cum += per_series[series]
            edge = round(cum * width / peak)
            if edge > used:
                out.append((series, edge - used))
                used = edge
        if not out:
            out = [(min(per_series), 1)]
        return out

    def bar_text(self, bucket: Bucket, width: int, peak: int | None = None) -> str:
        return "".join(
            SOURCE_GLYPHS[series] * cells for series, cells in self.stack(bucket, width, peak)
        )


def build(
    counts: Mapping[tuple[date | None, str | None], int] | Iterable[tuple[date | None, str | None]],
    by: str | None = None,
    *,
    whole_span: bool = False,
    today: date | None = None,
    noun: str = "article",
) -> Timeline:
    """Buckets for ``counts``: {(date or None, source or None): articles}, or an iterable
    of (date, source) pairs, one per article. ``by`` None chooses the period from the
    span; ``whole_span`` puts the outliers inside the view instead of apart."""
    if by is not None and by not in PERIODS:
        raise ValueError(f"unknown period {by!r}: choose one of {', '.join(PERIODS)}")
    if not isinstance(counts, Mapping):
        counts = Counter(counts)
    today = today or date.today()
    per_day: Counter = Counter()
    per_source: Counter = Counter()
    undated = 0
    for (day, source), n in counts.items():
        if n <= 0:
            continue
        if day is None:
            undated += n
            continue
        per_day[day] += n
        per_source[source or UNKNOWN_SOURCE] += n
    sources = [name for name, _ in sorted(per_source.items(), key=lambda kv: (-kv[1], kv[0]))]
    if not per_day:
        return Timeline(by or "month", [], [], undated, sources, noun=noun)
    days = sorted(per_day)
    first, last = (days[0], days[-1]) if whole_span else bulk_range([(d, per_day[d]) for d in days])
    by = by or choose_period(first, last)
    view_start, view_end = period_start(first, by), period_start(last, by)
    buckets: dict[date, Bucket] = {}
    start = view_start
    while start <= view_end:
        if len(buckets) >= MAX_BUCKETS:
            raise PeriodTooFine(
                f"by {by} the chart would have more than {MAX_BUCKETS:,} bars "
                f"({first} to {last}): choose a longer period"
            )
        following = next_start(start, by)
        buckets[start] = Bucket(start, following - timedelta(days=1), by)
        start = following
    outliers: dict[date, Bucket] = {}
    start_of = {day: period_start(day, by) for day in days}  # once a day, not once a pair
    for (day, source), n in counts.items():
        if day is None or n <= 0:
            continue
        start = start_of[day]
        bucket = buckets.get(start)
        if bucket is None:
            bucket = outliers.get(start)
            if bucket is None:
                bucket = outliers[start] = Bucket(
                    start, next_start(start, by) - timedelta(days=1), by
                )
        name = source or UNKNOWN_SOURCE
        bucket.by_source[name] = bucket.by_source.get(name, 0) + n
    future = sum(n for d, n in per_day.items() if d > today)
    return Timeline(
        by,
        list(buckets.values()),
        sorted(outliers.values(), key=lambda b: b.start),
        undated,
        sources,
        future=future,
        latest=days[-1],
        noun=noun,
    )


def build_fitting(counts, bars: int, **kwargs) -> Timeline:
    """:func:`build` with the finest period (from the span's own choice up) that draws
    the view in at most ``bars`` bars, or by year when nothing does."""
    chart = build(counts, **kwargs)
    while len(chart.buckets) > bars and chart.by != "year":
        chart = build(counts, PERIODS[PERIODS.index(chart.by) + 1], **kwargs)
    return chart


def bulk_range(day_counts: list[tuple[date, int]]) -> tuple[date, date]:
    """First and last date of the bulk of ``day_counts`` (sorted by date): dates at
    either end are dropped while they stand apart from the rest by more than a year
    and more than the rest's own span, and while what is dropped stays a small
    minority (at most 5%, or two articles of a few, and never half)."""
    total = sum(n for _, n in day_counts)
    allowed = max(2, int(total * MAX_OUTLIER_SHARE))
    lo, hi = 0, len(day_counts) - 1
    dropped = 0

    def droppable(end: int, gap: timedelta, rest_span: timedelta) -> bool:
        n = day_counts[end][1]
        return (
            gap > MIN_OUTLIER_GAP
            and gap > rest_span
            and dropped + n <= allowed
            and (dropped + n) * 2 < total
        )

    while lo < hi:
        low_gap = day_counts[lo + 1][0] - day_counts[lo][0]
        high_gap = day_counts[hi][0] - day_counts[hi - 1][0]
        # the wider gap first: it is the more obvious outlier
        sides = ("low", "high") if low_gap >= high_gap else ("high", "low")
        for side in sides:
            if side == "low" and droppable(lo, low_gap, day_counts[hi][0] - day_counts[lo + 1][0]):
                dropped += day_counts[lo][1]
                lo += 1
                break
            if side == "high" and droppable(
                hi, high_gap, day_counts[hi - 1][0] - day_counts[lo][0]
            ):
                dropped += day_counts[hi][1]
                hi -= 1
                break
        else:
            break
    return day_counts[lo][0], day_counts[hi][0]


def render_text(timeline: Timeline, *, title: str, width: int = 80) -> str:
    """A compact chart for a terminal or a pipe: one line per period, bars stacked by
    source (told apart by glyph), the count at the end, a legend and notes."""
    lines = [title]
    if not timeline.buckets:
        lines.append("nothing dated to chart")
        lines += timeline.notes()
        return "\n".join(lines)
    label_width = max(len(b.label) for b in timeline.buckets)
    peak = max(b.total for b in timeline.buckets)
    count_width = len(f"{peak:,}")
    bar_width = max(10, width - label_width - count_width - 4)
    # a long run of empty periods is one line, so a sparse chart stays on a screen
    for run in _runs(timeline.buckets):
        if len(run) >= EMPTY_RUN_FOLD and not run[0].total:
            fold = f"{'┆':<{label_width}} ┆ {len(run)} {timeline.by}s without {timeline.noun}s"
            span = f" ({run[0].label} to {run[-1].label})"
            lines.append(fold + span if len(fold + span) <= width else fold)
            continue
        for bucket in run:
            bar = timeline.bar_text(bucket, bar_width, peak)
            count = f"{bucket.total:,}" if bucket.total else ""
            lines.append(
                f"{bucket.label:<{label_width}} │{bar:<{bar_width}} {count:>{count_width}}".rstrip()
            )
    lines.append("  ".join(f"{glyph} {name} {n:,}" for glyph, name, n in timeline.legend()))
    lines += timeline.notes()
    return "\n".join(lines)


def _runs(buckets: list[Bucket]) -> list[list[Bucket]]:
    """Consecutive buckets grouped by whether they are empty."""
    runs: list[list[Bucket]] = []
    for b in buckets:
        if runs and bool(runs[-1][-1].total) == bool(b.total):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def describe(timeline: Timeline) -> str:
    """One line: how many, by what period, over which span."""
    if timeline.span is None:
        return f"no dated {timeline.noun}s"
    first, last = timeline.span
    n = timeline.dated - timeline.outlier_count
    return f"{n:,} dated, by {timeline.by}, {first} to {last}"
