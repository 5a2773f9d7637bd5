"""Web furniture removal, title and byline finding, paragraph blocks."""

from __future__ import annotations

import re

from ..article import WORD_RE as _WORD_RE
from .dates import Dated, _dateline, find_clock, lead_dateline, relative_date
from .model import _Meta


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
    r"(?:share|tweet|email|print|copy link)"
    r"(?: +(?:share|tweet|email|print|copy link|facebook|twitter|telegram|whatsapp))*|"
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
    (
        "a an the of to in on at for and or but with from by as is are was were be been that "
        "this these those it its his her their our your my we you they he she i not no"
    ).split()
)


def _is_tag_line(line: str) -> bool:
    """ "Putin Lukashenko Russia Ukraine Belarus War Allies": a keyword strip, not prose."""
    # punctuation first: it rules out prose, the common case, without splitting it
    if any(c in line for c in '.,;:!?"“”()'):
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


_BYLINE_RE = re.compile(
    r"(?:by|written by|author:)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})", re.I
)


def _clean(
    blocks: list[str], meta: _Meta
) -> tuple[str | None, Dated | None, str | None, list[str]]:
    """Blocks of a file -> (title, dateline's date and time, author, story paragraphs)."""
    # Cut the tail at a comment form or newsletter block.
    for i, block in enumerate(blocks):
        if i > 2 and _TAIL_START_RE.match(block.strip()):
            blocks = blocks[:i]
            break

    head = blocks[:8]
    found_date: Dated | None = None
    author: str | None = None
    drop: set[int] = set()
    for i, block in enumerate(head):
        if found_date is None and len(block) < 120:
            d = _dateline(block)
            if d is None:
                relative = relative_date(block, meta.anchor)
                d = Dated(relative, find_clock(block)) if relative else None
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
        crumbs = {_key(re.split(r"\s[»›>|]\s", b)[-1]) for b in head if _BREADCRUMB_RE.match(b)}
        # a breadcrumb ends with the headline ("Home » World » Belarus could soon...")
        named = [i for i in candidates if keys[i] in crumbs]
        # a headline printed twice near the top, apart, is the title (a caption printed
        # twice in a row is not)
        repeated = [
            i
            for i in candidates[:4]
            if 15 < len(keys[i]) < 250
            and keys.count(keys[i]) > 1
            and keys[i + 1 : i + 2] != [keys[i]]
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
    if found_date is None and paragraphs:
        # a Russian-style dateline opens the story itself: the date, not a line to drop
        lead = lead_dateline(paragraphs[0], meta.anchor)
        found_date = Dated(lead) if lead else None
    return title, found_date, author, paragraphs
