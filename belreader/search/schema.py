"""The index's fields, and an article as a document of them (and back)."""

from __future__ import annotations

from datetime import date, datetime

from whoosh import fields, formats
from whoosh.analysis import LowercaseFilter, RegexTokenizer

from ..article import Article
from ..published import clock_from_text, clock_to_text
from .analysis import Analysis

# bump when the fields change: an index made with another version is rebuilt at the next
# sync (the manifest and scan state record it). 3: the stored time of day.
SCHEMA_VERSION = 3
INDEX_NAME = "articles"


class FastText(fields.TEXT):
    """A TEXT field (positions, the analysis's analyzer) that indexes through
    ``Analysis.index_terms``: one pass per text instead of a generator chain per token."""

    def __init__(self, analysis: Analysis, **kwargs) -> None:
        super().__init__(analyzer=analysis.analyzer(), **kwargs)
        self.analysis: Analysis | None = analysis

    # pickled into the index's table of contents without the analysis (see TermFilter)
    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "analysis"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.analysis = None

    def index(self, value, **kwargs):
        analysis = self.analysis
        if (
            analysis is None
            or not isinstance(value, str)
            or type(self.format) is not formats.Positions
        ):
            yield from super().index(value, **kwargs)
            return
        fb = self.format.field_boost
        encode = self.format.encode
        for term, plist in analysis.index_terms(value).items():
            n = len(plist)
            yield term.encode("utf-8"), n, n * fb, encode(plist)


def make_schema(analysis: Analysis | None = None) -> fields.Schema:
    """The schema, its text fields analysed by ``analysis`` (the bundled aliases when
    None). Every index is opened with the schema made here, not the one pickled in its
    table of contents: that one has no alias table."""
    analysis = analysis if analysis is not None else Analysis()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        path=fields.STORED(),
        # no spelling=True: whoosh would analyse every text a second time and index every
        # word again (45% of build time); "did you mean" uses the words file instead
        title=FastText(analysis, stored=True, field_boost=2.5),
        body=FastText(analysis, stored=True),
        source=fields.TEXT(analyzer=RegexTokenizer() | LowercaseFilter(), stored=True),
        source_facet=fields.ID(stored=False, sortable=True),
        author=FastText(analysis, stored=True),
        speaker=FastText(analysis, stored=True),
        date=fields.DATETIME(stored=True),
        # the time of day as stated, ISO with its offset ("16:04:00+03:00"); absent when
        # the source states none (``date`` stays the day, which date: queries match)
        time=fields.STORED(),
        # yyyymmdd, 0 when unknown: "newest first" puts undated articles last
        sort_date=fields.NUMERIC(bits=32, sortable=True, signed=False),
        lang=fields.ID(stored=True),
        paragraphs=fields.STORED(),
        claims=fields.STORED(),
        content_hash=fields.STORED(),
        warnings=fields.STORED(),
        url=fields.STORED(),
    )


def _date_to_dt(d: date | None) -> datetime | None:
    return datetime(d.year, d.month, d.day) if d else None


def document(article: Article, claims: list) -> dict:
    """The fields an article is indexed with."""
    speakers = sorted({c.speaker for c in claims if c.speaker})
    doc = {
        "id": article.id,
        "path": str(article.path),
        "title": article.title,
        "body": article.body,
        "source": article.source,
        "source_facet": article.source or "unknown",
        "author": article.author,
        "speaker": " | ".join(speakers),
        "date": _date_to_dt(article.date),
        "time": clock_to_text(article.time) if article.date else None,
        "sort_date": int(article.date.strftime("%Y%m%d")) if article.date else 0,
        "lang": article.language,
        "paragraphs": article.paragraphs,
        "claims": [c.to_dict() for c in claims],
        "content_hash": article.content_hash,
        "warnings": article.warnings,
        "url": article.url,
    }
    return {k: v for k, v in doc.items() if v is not None}


def stored_article(fields_: dict) -> Article:
    """A document's stored fields as the article they hold: opening one costs no
    ingest or extraction."""
    from ..claims import Claim  # off the start-up path: ~120 ms to import

    return Article(
        id=fields_["id"],
        path=fields_["path"],
        title=fields_.get("title", ""),
        source=fields_.get("source"),
        date=fields_["date"].date() if fields_.get("date") else None,
        time=clock_from_text(fields_.get("time")),
        author=fields_.get("author"),
        language=fields_.get("lang", "und"),
        body=fields_.get("body", ""),
        paragraphs=[tuple(p) for p in fields_.get("paragraphs", [])],
        claims=[Claim.from_dict(c) for c in fields_.get("claims", [])],
        content_hash=fields_.get("content_hash", ""),
        warnings=list(fields_.get("warnings", [])),
        url=fields_.get("url"),
    )
