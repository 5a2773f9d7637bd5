"""When an article was published, as its source states it: a date, and the time of day
when the source states one (``Article.time``, ``Hit.time``, ``Copy.time``); how such
moments are ordered, stored as text and shown.

Time zones: the time is kept as stated, local to the outlet, with the UTC offset the
source gives beside it ("16:04 +03:00", "4:19 PM EDT") and none when it gives none.
Shown as stated (the reader sees the time the outlet printed, with its offset), ordered
by UTC where an offset is known: "16:04 +03:00" is before "14:00 +00:00". A time with
no offset is ordered as if it were UTC: nothing better is known, and copies compared
this way mostly come from outlets of one zone.

A copy dated a day with no time, beside one with a time on the same day, comes after
it: its time is unknown, the timed copy's is stated, and a date alone is never read
as midnight.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def order_key(day: date | None, clock: time | None) -> tuple:
    """A sort key, earliest first: by the UTC moment where a time is stated (its day
    then its time), a day's untimed copies after its timed ones, undated last."""
    if day is None:
        return (1, date.max, 1, time.min)
    if clock is None:
        return (0, day, 1, time.min)
    moment = datetime.combine(day, clock)
    if clock.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (0, moment.date(), 0, moment.time())


def clock_to_text(clock: time | None) -> str | None:
    """ISO text of a time ("16:04:00+03:00"), as the index and the stories file keep it."""
    return clock.isoformat() if clock is not None else None


def clock_from_text(value: object) -> time | None:
    """A stored time back (None for a missing or unreadable value: never a crash)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        return None


def offset_text(clock: time) -> str:
    """ "UTC+3", "UTC-4", "UTC+5:30", "UTC"; "" when the time states no offset."""
    delta = clock.utcoffset()
    if delta is None:
        return ""
    minutes = int(delta / timedelta(minutes=1))
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def clock_text(clock: time, *, zone: bool = True) -> str:
    """ "16:04", with " UTC+3" when the time states an offset (and ``zone``)."""
    shown = f"{clock.hour:02d}:{clock.minute:02d}"
    offset = offset_text(clock) if zone else ""
    return f"{shown} {offset}" if offset else shown


def when_text(day: date | None, clock: time | None, *, zone: bool = True) -> str:
    """ "2024-08-27 16:04 UTC+3", "2024-08-27" (no time stated) or "undated"."""
    if day is None:
        return "undated"
    if clock is None:
        return day.isoformat()
    return f"{day.isoformat()} {clock_text(clock, zone=zone)}"


def when_beside(
    day: date | None, clock: time | None, lead_day: date | None, lead_clock: time | None
) -> str:
    """A copy's date and time beside its story's lead, compact: "16:04" on the lead's
    day, "26 Aug 16:04" or "26 Aug" on another (with the year when that differs),
    "(undated)". The offset shows only where it differs from the lead's, so that two
    times in different zones are never read as one clock."""
    if day is None:
        return "(undated)"
    shown = ""
    if clock is not None:
        zone = clock.utcoffset() is not None and (
            lead_clock is None or lead_clock.utcoffset() != clock.utcoffset()
        )
        shown = clock_text(clock, zone=zone)
    if day == lead_day and shown:
        return shown
    on = f"{day.day} {_MONTH_ABBR[day.month - 1]}"
    if lead_day is None or lead_day.year != day.year:
        on += f" {day.year}"
    return f"{on} {shown}" if shown else on
