"""File -> Article: decoding, sanitising, metadata, boilerplate removal, paragraphs.

Scraped articles arrive messy: captions, image file names, newsletter blocks, comment
prompts, breadcrumbs and a second copy of the title. This module turns one file into a
clean ``Article`` whose ``body`` is what the reader shows and the index searches; the
file on disk is never touched. It never invents metadata: what the file does not state
stays None.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from .terminal import inert

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
CATALOGUE_NAMES = ("catalogue.csv", "catalog.csv")
# Articles are a few KB; a file this big is a dump or a mistake, not one article, and
# would cost seconds of analysis and megabytes of index for nothing readable.
MAX_FILE_BYTES = 8 * 1024 * 1024
FRONT_MATTER_KEYS = ("title", "source", "url", "date", "author", "language")


class IngestError(Exception):
    """A file that cannot become an article; the message is the reason, one line."""


@dataclass(slots=True)
class Article:
    id: str  # stable: derived from the path relative to the corpus folder
    path: Path
    title: str
    source: str | None
    date: date | None
    body: str
    paragraphs: list[tuple[int, int]]  # (start, end) offsets into body
    content_hash: str  # of the cleaned body: what bookmarks anchor against
    language: str
    author: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        return len(_WORD_RE.findall(self.body))


# --------------------------------------------------------------------------- decoding

_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_WORD_RE = re.compile(r"\w+")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes -> text: UTF-8 (with or without BOM), else cp1251 or latin-1, with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    # cp1251 decodes nearly any byte string, so take it only when the result reads as
    # Cyrillic; otherwise latin-1, which never fails.
    try:
        text = data.decode("cp1251")
        letters = _LETTER_RE.findall(text[:20000])
        if letters and len(_CYRILLIC_RE.findall(text[:20000])) / len(letters) > 0.5:
            return text, ["not UTF-8: decoded as cp1251 (Cyrillic)"]
    except UnicodeDecodeError:
        pass
    return data.decode("latin-1"), ["not UTF-8: decoded as latin-1"]


# ANSI/VT sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other ESC pairs
_ESCAPE_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b[@-_]?"
)
# C0 and C1 controls except tab and newline, DEL, and bidi overrides/isolates that can
# make displayed text lie about its order.
_NONCHARACTERS_RE = re.compile(r"[\ufffe\uffff]")


def sanitise(text: str) -> str:
    """Strip terminal escape sequences and control characters; normalise newlines.

    Markup-looking text (``[bold]``) is content and is kept as typed: the app and the
    CLI print it literally.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # every escape sequence starts with ESC or CSI: most texts have neither, and the
    # substring tests are much cheaper than the regex scans
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_RE.sub("", text)
    text = inert(text)
    if "\ufffe" in text or "\uffff" in text:
        text = _NONCHARACTERS_RE.sub("", text)
    # lone surrogates (from surrogateescape'd input) cannot be encoded anywhere
    text = text.encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFC", text)


# Every byte value except the control characters that text files do not contain (tab,
# LF, VT, FF, CR and ESC are text): deleting these from a buffer leaves its controls, so
# bytes.translate counts them in C.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32 and b != 27))


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    # a stray NUL or two is damage in a text file (stripped later); many are a binary
    # file, or UTF-16, which is not an article format we accept
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    return head.count(0) / len(head) > 0.01 or controls / len(head) > 0.1


# ------------------------------------------------------------------------ front matter


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``---`` key: value lines at the very top -> (meta, rest). Unknown keys are kept."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:60], start=1):
        if line.strip() in ("---", "..."):
            return meta, "\n".join(lines[i + 1 :])
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            if line.strip():
                return {}, text  # not front matter after all
            continue
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return {}, text


# ------------------------------------------------------------------------------ dates

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


# ------------------------------------------------------------------------ boilerplate

def _key(line: str) -> str:
    """Comparison key of a line: letters and digits only, lower case."""
    return " ".join(_WORD_RE.findall(line.casefold()))


# Lines that are web furniture wherever they stand (whole-line, case-insensitive).
_FURNITURE_RE = re.compile(
    r"^(?:"
    r"leave a (?:reply|replay|comment|response)|"
    r"your email address will not be published\b.*|"
    r"required fields are marked.*|"
    r"this site uses akismet to reduce spam\b.*|"
    r"(?:you have been )?successfully subscribed!?|"
    r"subscribe(?: to (?:us|our newsletter|the newsletter))?!?|"
    r"sign up (?:for|to) (?:our|the) newsletter.*|"
    r"others are reading now|related articles?|read (?:more|also|next)|see also|"
    r"more on (?:this|the) (?:story|topic)|recommended(?: for you)?|"
    r"themes?|tags?|topics?|view all|share(?: this(?: article)?)?(?: on \w+)?|"
    r"(?:share|tweet|email|print|copy link)(?: +(?:share|tweet|email|print|copy link|facebook|twitter|telegram|whatsapp))*|"
    r"advertisement|sponsored|comments?|\d+ comments?|by|"
    r"(?:en|ru|be|be/ru|en/ru|ru/en)|"
    r"(?:photo|image|picture|source|credit)s?\s*[:/-].{0,80}|"
    r"\((?:photo|image|picture)s?\s*[:/-].{0,80}\)"
    r")$",
    re.I,
)
# A comment form or newsletter block ends the story: what follows is not the article.
_TAIL_START_RE = re.compile(
    r"^(?:leave a (?:reply|replay|comment|response)|(?:you have been )?successfully subscribed!?|"
    r"subscribe to (?:our|the) newsletter|sign up (?:for|to) (?:our|the) newsletter.*)$",
    re.I,
)
_IMAGE_NAME_RE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:\?\S*)?$", re.I)
# Photo credits: "Photo-LETA/AFP", "Contributor/Getty Images; Contributor/fake images"
_CREDIT_RE = re.compile(
    r"^(?:(?:photo|foto|image)\s*[-:]\s*)?[\w .&'-]{2,40}/[\w .&'-]{2,40}(?:;\s*[\w .&'-]{2,40}/[\w .&'-]{2,40})*$"
    r"|^.*\b(?:getty images|reuters|afp|ap photo|epa|imago|itar-tass|shutterstock)\b.{0,20}$",
    re.I,
)
_BREADCRUMB_RE = re.compile(r"^\s*\S[^»›>|]{0,40}(?:\s[»›>|]\s[^»›>|]{1,200}){2,}$")
_STOPWORDS = frozenset(
    "a an the of to in on at for and or but with from by as is are was were be been that "
    "this these those it its his her their our your my we you they he she i not no".split()
)


def _is_tag_line(line: str) -> bool:
    """"Putin Lukashenko Russia Ukraine Belarus War Allies": a keyword strip, not prose."""
    # punctuation first: it rules out prose, the common case, without splitting it
    if any(c in line for c in ".,;:!?\"“”()"):
        return False
    words = line.split()
    if len(words) < 4:
        return False
    return all(w[:1].isupper() for w in words) and not any(w.lower() in _STOPWORDS for w in words)


def _is_furniture(line: str) -> bool:
    s = line.strip()
    return bool(
        _FURNITURE_RE.match(s)
        or _IMAGE_NAME_RE.match(s)
        or (len(s) < 90 and _CREDIT_RE.match(s) and not s.endswith("."))
        or _BREADCRUMB_RE.match(s)
        or _is_tag_line(s)
    )


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """True when prose lines were wrapped at a fixed width (Markdown style), so a
    paragraph is a block of lines; scraped text has one paragraph per line instead."""
    text_lines = [ln for ln in lines if ln.strip()]
    if len(text_lines) < 6:
        return False
    longest = max(len(ln) for ln in text_lines)
    wrapped = sum(1 for ln in text_lines if 40 <= len(ln.rstrip()) <= 100)
    return longest <= 120 and wrapped / len(text_lines) > 0.6


def _paragraph_blocks(text: str) -> list[str]:
    lines = text.split("\n")
    if _looks_hard_wrapped(lines):
        blocks, current = [], []
        for ln in lines:
            if ln.strip():
                current.append(ln.strip())
            elif current:
                blocks.append(" ".join(current))
                current = []
        if current:
            blocks.append(" ".join(current))
        return blocks
    return [ln.strip() for ln in lines if ln.strip()]


_HEADING_MARK_RE = re.compile(r"^#{1,6}\s+")


def _strip_markdown_heading(line: str) -> str:
    return _HEADING_MARK_RE.sub("", line).strip()


# ------------------------------------------------------------------------------- main


@dataclass(slots=True)
class _Meta:
    title: str | None = None
    source: str | None = None
    date: date | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None


_BYLINE_RE = re.compile(r"(?:by|written by|author:)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})", re.I)


def _clean(blocks: list[str], meta: _Meta) -> tuple[str | None, date | None, str | None, list[str]]:
    """Blocks of a file -> (title, date, author, story paragraphs)."""
    # Cut the tail at a comment form or newsletter block.
    for i, block in enumerate(blocks):
        if i > 2 and _TAIL_START_RE.match(block.strip()):
            blocks = blocks[:i]
            break

    head = blocks[:8]
    found_date: date | None = None
    author: str | None = None
    drop: set[int] = set()
    for i, block in enumerate(head):
        if found_date is None and len(block) < 120:
            d = _dateline(block)
            if d:
                found_date = d
                drop.add(i)
                continue
        m = _BYLINE_RE.fullmatch(block.strip())
        if m and len(block) < 60:
            author = m.group(1)
            drop.add(i)

    # The title: front matter, else the first line that is not furniture, a dateline
    # or a short rubric directly above a repeated headline.
    keys = [_key(b) for b in blocks]
    title_index: int | None = None
    if meta.title is None:
        candidates = [i for i, b in enumerate(head) if i not in drop and not _is_furniture(b)]
        crumbs = {
            _key(re.split(r"\s[»›>|]\s", b)[-1]) for b in head if _BREADCRUMB_RE.match(b)
        }
        # a breadcrumb ends with the headline ("Home » World » Belarus could soon...")
        named = [i for i in candidates if keys[i] in crumbs]
        # a headline printed twice near the top, apart, is the title (a caption printed
        # twice in a row is not)
        repeated = [
            i for i in candidates[:4]
            if 15 < len(keys[i]) < 250 and keys.count(keys[i]) > 1 and keys[i + 1 : i + 2] != [keys[i]]
        ]
        heading = [i for i in candidates[:1] if blocks[i].startswith("#")]
        if candidates:
            title_index = (named or heading or repeated or candidates)[0]
        title = _strip_markdown_heading(blocks[title_index]) if title_index is not None else None
    else:
        title = meta.title

    title_key = _key(title) if title else ""
    paragraphs: list[str] = []
    seen_short: set[str] = set()
    for i, block in enumerate(blocks):
        if i in drop or i == title_index:
            continue
        k = keys[i]
        if not k or _is_furniture(block):
            continue
        if i < 10 and title_key:
            # a second copy of the title, whole or split over lines (kicker + headline)
            if k == title_key or (len(k) > 8 and k in title_key and i < 6):
                continue
            # rubric lines ("Belarus-West relations") standing above the repeated title
            if title_index is not None and i < title_index and len(block.split()) <= 4:
                continue
        # captions and subheads printed twice in a row: keep the first
        if len(block) < 200:
            if k in seen_short and paragraphs and _key(paragraphs[-1]) == k:
                continue
            seen_short.add(k)
        paragraphs.append(_strip_markdown_heading(block) if block.startswith("#") else block)
    return title, found_date, author, paragraphs


def _guess_language(body: str) -> str:
    sample = body[:5000]
    if not _CYRILLIC_RE.search(sample):
        # no Cyrillic at all: any letter makes it English; no need to count them
        return "en" if _LETTER_RE.search(sample) else "und"
    letters = _LETTER_RE.findall(sample)
    if not letters:
        return "und"
    cyr = _CYRILLIC_RE.findall(sample)
    if len(cyr) / len(letters) > 0.5:
        # Belarusian uses ў and і, which Russian lacks
        return "be" if re.search(r"[ўЎ]", sample) or sample.count("і") > 5 else "ru"
    return "en"


def load_catalogue(folder: Path) -> dict[str, dict[str, str]]:
    """A catalogue file next to the articles: CSV with a ``file`` (or ``path``) column and
    any of source, title, date, author, url, language. Missing or unreadable -> {}."""
    for name in CATALOGUE_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                rows = list(csv.DictReader(f))
        except (OSError, UnicodeDecodeError, csv.Error):
            return {}
        out: dict[str, dict[str, str]] = {}
        for row in rows:
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            name_ = row.get("file") or row.get("path")
            if name_:
                out[name_] = {k: v for k, v in row.items() if v}
        return out
    return {}


def parse_article(
    data: bytes,
    *,
    article_id: str,
    path: Path,
    catalogue_entry: dict[str, str] | None = None,
) -> Article:
    """Bytes of one file -> Article. Raises IngestError with the reason when it is not one."""
    if not data.strip():
        raise IngestError("empty file")
    if looks_binary(data):
        raise IngestError("binary file, not text")
    text, warnings = decode(data)
    text = sanitise(text)
    front, text = split_front_matter(text)
    entry = {**(catalogue_entry or {}), **front}
    meta = _Meta(
        title=entry.get("title") or None,
        source=entry.get("source") or entry.get("outlet") or None,
        date=parse_date_value(entry["date"]) if entry.get("date") else None,
        author=entry.get("author") or None,
        url=entry.get("url") or None,
        language=entry.get("language") or entry.get("lang") or None,
    )
    if entry.get("date") and meta.date is None:
        warnings.append(f"unreadable date {entry['date']!r}: left unknown")
    title, text_date, author, paragraphs = _clean(_paragraph_blocks(text), meta)
    if not paragraphs and not title:
        raise IngestError("no readable text")
    body_parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for para in paragraphs:
        if body_parts:
            pos += 2  # the "\n\n" between paragraphs
        offsets.append((pos, pos + len(para)))
        body_parts.append(para)
        pos += len(para)
    body = "\n\n".join(body_parts)
    return Article(
        id=article_id,
        path=path,
        title=(title or path.stem)[:500],
        source=meta.source,
        date=meta.date or text_date,
        body=body,
        paragraphs=offsets,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        language=meta.language or _guess_language(body),
        author=meta.author or author,
        url=meta.url,
        warnings=warnings,
    )


def read_article(
    path: Path,
    *,
    article_id: str | None = None,
    catalogue_entry: dict[str, str] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Article:
    """Read and parse one file. Raises IngestError (with the reason) for a file that
    cannot be read or is not an article."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                f"file too large ({size / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB)"
            )
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError:
        raise IngestError("permission denied") from None
    except FileNotFoundError:
        raise IngestError("file not found") from None
    except IsADirectoryError:
        raise IngestError("is a directory") from None
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror or exc}") from None
    return parse_article(
        data, article_id=article_id or path.name, path=path, catalogue_entry=catalogue_entry
    )
