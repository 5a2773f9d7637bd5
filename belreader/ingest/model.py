"""What ingest produces: the Article, the error, the limits shared by every format."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date

from ..article import Article as Article  # the one article record, re-exported for ingest

# The formats by file name (ingest.format_of). Feeds are often saved as .xml: a .xml
# that is no feed is skipped with that reason. ".warc.gz" ends in ".gz": the folder walk
# checks for it by the whole name.
FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "html",
    ".mht": "html",
    ".json": "dump",
    ".jsonl": "dump",
    ".ndjson": "dump",
    ".csv": "dump",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}
ARTICLE_SUFFIXES = frozenset(FORMAT_BY_SUFFIX)
CATALOGUE_NAMES = ("catalogue.csv", "catalog.csv")
# Articles are a few KB; a file this big is a dump or a mistake, not one article, and
# would cost seconds of analysis and megabytes of index for nothing readable.
MAX_FILE_BYTES = 8 * 1024 * 1024


class IngestError(Exception):
    """A file that cannot become an article; the message is the reason, one line."""


@dataclass(slots=True)
class _Meta:
    title: str | None = None
    source: str | None = None
    date: date | None = None
    time: dt.time | None = None  # stated beside the date, with its offset when stated
    author: str | None = None
    url: str | None = None
    language: str | None = None
    # a date known from outside the text (a web archive's capture date): resolves
    # "вчера" and a dateline without a year, never used as the date by itself
    anchor: dt.date | None = None
