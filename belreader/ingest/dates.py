"""Dates stated in text: datelines and metadata values, in English, Russian, Belarusian
and Ukrainian.

Rules, not dateparser: a dateline is a handful of fixed shapes, and the month names in
every case form are a small table, while dateparser costs its import plus a first-call
load of its language data in every index worker, and guesses at free text ("мая" in
"мая мама") where these rules only accept a day, a month and a year together.
"""

from __future__ import annotations

import re
from datetime import UTC, date, time, timedelta, timezone
from functools import cache
from typing import NamedTuple

from ..article import WORD_RE as _WORD_RE

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MON = (
    r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


@cache
def _date_patterns() -> list[re.Pattern]:
    """Compiled on first use: ~5 ms of regex compilation that the app's start-up, which
    imports this package for its file suffixes, never needs."""
    return [
        # 2024-08-27 (ISO)
        re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
        # August 27, 2024 / Aug. 27 2024 / October 28 – November 3, 2024 (start date)
        re.compile(
            _MON.format("mon") + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            r"(?:\s*[–—-]\s*(?:" + _MON.format("mon2") + r"\s+)?[0-3]?\d(?:st|nd|rd|th)?)?"
            r",?\s+(?P<y>(?:19|20)\d\d)\b",
            re.I,
        ),
        # 27 August 2024 / 28 October – 3 November 2024
        re.compile(
            r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+"
            + _MON.format("mon")
            + r"(?:\s*[–—-]\s*[0-3]?\d\s+(?:"
            + _MON.format("mon2")
            + r")?)?,?\s+(?P<y>(?:19|20)\d\d)\b",
            re.I,
        ),
        # 15 сентября 2025 года / 15 сент. 2025 / 15 верасня 2025 г.
        re.compile(
            r"\b(?P<d>[0-3]?\d)\s+(?P<mon>[а-яёіўґєї]{3,11})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I
        ),
        # 27.08.2024 (European numeric)
        re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b"),
    ]


def _cyrillic_month_forms() -> dict[str, int]:
    """Every case form and abbreviation of the month names -> month number."""
    stems = [
        # Russian: stem + endings of all six cases; abbreviations
        ("январ", "ь я ю ём ем е", "янв"),
        ("феврал", "ь я ю ём ем е", "фев февр"),
        ("март", " а у ом е", "мар"),
        ("апрел", "ь я ю ем е", "апр"),
        ("ма", "й я ю ем е", ""),
        ("июн", "ь я ю ем е", "июн"),
        ("июл", "ь я ю ем е", "июл"),
        ("август", " а у ом е", "авг"),
        ("сентябр", "ь я ю ём ем е", "сен сент"),
        ("октябр", "ь я ю ём ем е", "окт"),
        ("ноябр", "ь я ю ём ем е", "ноя нояб"),
        ("декабр", "ь я ю ём ем е", "дек"),
        # Belarusian
        ("студзен", "ь я ю ем і", "студз"),
        ("лют", "ы ага аму ым ым ым", "лют"),
        ("сакавік", " а у ом у", "сак"),
        ("красавік", " а у ом", "крас"),
        ("ма", "я і ем", ""),
        ("чэрвен", "ь я ю ем і", "чэрв"),
        ("ліпен", "ь я ю ем і", "ліп"),
        ("жні", "вень ўня ўню ўнем ўні", "жн"),
        ("вера", "сень сня сню снем сні", "вер"),
        ("кастрычнік", " а у ом у", "кастр"),
        ("лістапад", " а у ам зе", "ліст"),
        ("сне", "жань жня жню жнем жні", "снеж"),
        # Ukrainian
        ("січ", "ень ня ню нем ні", "січ"),
        ("лют", "ий ого ому им ому", "лют"),
        ("берез", "ень ня ню нем ні", "бер"),
        ("квіт", "ень ня ню нем ні", "квіт"),
        ("трав", "ень ня ню нем ні", "трав"),
        ("черв", "ень ня ню нем ні", "черв"),
        ("лип", "ень ня ню нем ні", "лип"),
        ("серп", "ень ня ню нем ні", "серп"),
        ("верес", "ень ня ню нем ні", "вер"),
        ("жовт", "ень ня ню нем ні", "жовт"),
        ("листопад", " а у ом і", "лист"),
        ("груд", "ень ня ню нем ні", "груд"),
    ]
    months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] * 3
    forms: dict[str, int] = {}
    for (stem, endings, abbreviations), month in zip(stems, months):
        for ending in endings.split(" "):
            forms[stem + ending] = month
        for abbreviation in abbreviations.split():
            forms.setdefault(abbreviation, month)
    return forms


_CYRILLIC_MONTHS = _cyrillic_month_forms()
_TIME_RE = re.compile(r"\b\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b", re.I)
# words that may stand beside a date on a dateline without making it a sentence
_DATELINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|on|at|by|edt|est|cet|cest|gmt|utc|msk|am|pm|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"года|г|год|опубликовано|обновлено|дата|публикации|в|от|апублікавана|абноўлена|"
    r"мск|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b",
    re.I,
)


def find_date(text: str) -> tuple[date, re.Match] | None:
    """The first valid date stated in ``text`` (for a range, its start)."""
    best: tuple[date, re.Match] | None = None
    for pattern in _date_patterns():
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month: int | None
            if groups.get("m"):
                month = int(groups["m"])
            else:
                name = groups["mon"].lower().rstrip(".")
                month = _MONTHS.get(name) or _MONTHS.get(name[:3]) or _CYRILLIC_MONTHS.get(name)
                if month is None:  # a Cyrillic word that is not a month
                    continue
            try:
                found = date(int(groups["y"]), month, int(groups["d"]))
            except ValueError:
                continue
            if best is None or m.start() < best[1].start():
                best = (found, m)
            break
    return best


class Dated(NamedTuple):
    """A date as a source states it, with the time of day when it states one too."""

    day: date
    # the stated local time, carrying the stated UTC offset (a fixed ``timezone``) when
    # there is one; None when the source gives no time (never a made-up midnight)
    clock: time | None = None


@cache
def _clock_re() -> re.Pattern:
    """A time of day: "16:04", "16:04:00.123", "4:19 PM", "4:19 p.m.", each with an
    optional zone: "Z", "+03:00", "+0300", "UTC+3", "GMT", or a name in _ZONE_OFFSETS.
    Compiled on first use, as _date_patterns (the app's start-up never needs it)."""
    return re.compile(
        r"(?<![\d:.])(?P<h>[012]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d+)?)?(?![\d:])"
        r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
        r"(?:\s*(?P<offset>Z\b|[+-]\d\d:?\d\d\b)"
        r"|\s*\(?(?P<zone>(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d\d)?)?|[A-Z]{3,4}\b|[Мм][Сс][Кк]\b))?",
        re.I,
    )


# zone names read as a fixed offset: only the unambiguous ones ("CST" is both
# China and the US, "IST" three countries: such a name leaves the time without offset)
_ZONE_OFFSETS = {
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "МСК": 180,
    "EST": -300,
    "EDT": -240,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
}
_ZONE_SHIFT = r"(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d\d))?"  # compiled by re's cache


def _offset(m: re.Match) -> timezone | None:
    """The fixed offset a clock match states, None when it states none (or an unknown
    or ambiguous zone name)."""
    raw = m["offset"]
    if raw:
        if raw.upper() == "Z":
            return UTC
        sign = -1 if raw[0] == "-" else 1
        digits = raw[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:])
        return timezone(timedelta(minutes=sign * minutes)) if minutes < 18 * 60 else None
    zone = m["zone"]
    if not zone:
        return None
    shift = re.fullmatch(_ZONE_SHIFT, zone, re.I)
    if shift:
        minutes = int(shift[2]) * 60 + int(shift[3] or 0)
        if minutes >= 18 * 60:
            return None
        return timezone(timedelta(minutes=minutes if shift[1] == "+" else -minutes))
    known = _ZONE_OFFSETS.get(zone.upper())
    return None if known is None else timezone(timedelta(minutes=known))


def find_clock(text: str) -> time | None:
    """The first time of day stated in ``text`` ("16:04", "4:19 PM EDT",
    "14:30 (МСК)"), with its UTC offset when one is stated beside it."""
    for m in _clock_re().finditer(text):
        hour, minute = int(m["h"]), int(m["mi"])
        if m["ampm"]:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
        if hour > 23:
            continue
        return time(hour, minute, int(m["s"] or 0), tzinfo=_offset(m))
    return None


def parse_date_time(value: str) -> Dated | None:
    """A front-matter, catalogue, feed or page-metadata date value -> the date and,
    when the value states one, the time of day ("2024-08-27T16:04:00+03:00",
    "2024-08-27 16:04", "Tue, 27 Aug 2024 16:04:00 +0300", "15 сентября 2025, 14:30").
    A machine value at exactly 00:00:00 is read as a date alone: it is what systems
    write for a date without a time (htmldate does so for a page that states none)."""
    value = value.strip()
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](.*))?", value)
    if m:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        clock = find_clock(m[4]) if m[4] else None
        if clock is not None and clock.replace(tzinfo=None) == time(0, 0):
            clock = None
        return Dated(day, clock)
    found = find_date(value)
    if not found:
        return None
    return Dated(found[0], find_clock(value[: found[1].start()] + " " + value[found[1].end() :]))


def parse_date_value(value: str) -> date | None:
    """A front-matter or catalogue date value -> date (None when it states none)."""
    found = parse_date_time(value)
    return found.day if found else None


def _dateline(line: str) -> Dated | None:
    """The date, and time when stated, of a line that is only a dateline
    ("4:19 PM EDT, August 27, 2024")."""
    found = find_date(line)
    if not found:
        return None
    rest = line[: found[1].start()] + " " + line[found[1].end() :]
    if len(_WORD_RE.findall(_DATELINE_WORDS.sub(" ", _TIME_RE.sub(" ", rest)))) > 2:
        return None
    return Dated(found[0], find_clock(rest))


# "Минск, 15 сентября — ..." / "МИНСК, 15 сентября 2025 года. ...": a place, a date and a
# dash or full stop at the very start of the first paragraph (Russian agency style)
_LEAD_DATELINE_RE = re.compile(
    r"^(?P<place>[A-ZА-ЯЁІЎ][\w.-]*(?:[ -][A-ZА-ЯЁІЎ][\w.-]*){0,2}),\s+"
    r"(?P<d>[0-3]?\d)\s+(?P<mon>[а-яёіўґєї]{3,11})\.?(?:\s+(?P<y>(?:19|20)\d\d)(?:\s+(?:года|г\.?|году))?)?"
    r"\s*(?:[—–-]|\.\s|\(|/)",
    re.I,
)
# relative words: today / yesterday / the day before, Russian, Belarusian, Ukrainian
_RELATIVE_DAYS = {
    "сегодня": 0,
    "сёння": 0,
    "сьогодні": 0,
    "вчера": 1,
    "учора": 1,
    "вчора": 1,
    "позавчера": 2,
    "заўчора": 2,
    "позавчора": 2,
}
_RELATIVE_RE = re.compile(r"(?<![\w])(" + "|".join(_RELATIVE_DAYS) + r")(?![\w])", re.I)


def _on_or_before(anchor: date, month: int, day: int) -> date | None:
    """The date with this month and day nearest at or before ``anchor``."""
    for year in (anchor.year, anchor.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= anchor:
            return found
    return None


def lead_dateline(paragraph: str, anchor: date | None = None) -> date | None:
    """The date of a dateline opening ``paragraph`` ("Минск, 15 сентября 2025 года — ...").
    A dateline without a year takes it from ``anchor`` (the date the page was captured
    or published elsewhere); with no anchor it gives None rather than a guessed year."""
    m = _LEAD_DATELINE_RE.match(paragraph[:120])
    if not m:
        return None
    month = _CYRILLIC_MONTHS.get(m["mon"].lower())
    if month is None:
        return None
    if m["y"]:
        try:
            return date(int(m["y"]), month, int(m["d"]))
        except ValueError:
            return None
    return _on_or_before(anchor, month, int(m["d"])) if anchor else None


def relative_date(line: str, anchor: date | None) -> date | None:
    """ "Сегодня, 14:30" / "вчера" on a dateline, resolved against a dated ``anchor``;
    None without one (a relative word alone dates nothing)."""
    if anchor is None or len(line) > 60:
        return None
    m = _RELATIVE_RE.search(line)
    if not m:
        return None
    rest = _DATELINE_WORDS.sub(" ", _TIME_RE.sub(" ", line[: m.start()] + " " + line[m.end() :]))
    if len(_WORD_RE.findall(rest)) > 2:
        return None
    return date.fromordinal(anchor.toordinal() - _RELATIVE_DAYS[m[1].lower()])
