"""Dates stated in text: datelines, metadata values."""

from __future__ import annotations

import re
from datetime import date

from .model import _WORD_RE

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MON = r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = [
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
        r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MON.format("mon")
        + r"(?:\s*[–—-]\s*[0-3]?\d\s+(?:" + _MON.format("mon2") + r")?)?,?\s+(?P<y>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 27.08.2024 (European numeric)
    re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b"),
]
_TIME_RE = re.compile(r"\b\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b", re.I)
# words that may stand beside a date on a dateline without making it a sentence
_DATELINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|on|at|by|edt|est|cet|cest|gmt|utc|msk|am|pm|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


def find_date(text: str) -> tuple[date, re.Match] | None:
    """The first valid date stated in ``text`` (for a range, its start)."""
    best: tuple[date, re.Match] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("m"):
                month = int(groups["m"])
            else:
                name = groups["mon"].lower().rstrip(".")
                month = _MONTHS.get(name) or _MONTHS[name[:3]]
            try:
                found = date(int(groups["y"]), month, int(groups["d"]))
            except ValueError:
                continue
            if best is None or m.start() < best[1].start():
                best = (found, m)
            break
    return best


def parse_date_value(value: str) -> date | None:
    """A front-matter or catalogue date value -> date (None when it states none)."""
    value = value.strip()
    m = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ].*)?", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    found = find_date(value)
    return found[0] if found else None


def _dateline(line: str) -> date | None:
    """The date of a line that is only a dateline ("4:19 PM EDT, August 27, 2024")."""
    found = find_date(line)
    if not found:
        return None
    rest = line[: found[1].start()] + " " + line[found[1].end() :]
    rest = _DATELINE_WORDS.sub(" ", _TIME_RE.sub(" ", rest))
    return found[0] if len(_WORD_RE.findall(rest)) <= 2 else None
