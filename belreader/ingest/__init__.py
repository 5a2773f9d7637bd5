"""File -> Article: decoding, sanitising, metadata, boilerplate removal, paragraphs.

Scraped articles arrive messy: captions, image file names, newsletter blocks, comment
prompts, breadcrumbs and a second copy of the title. This package turns one file into
clean ``Article``s whose ``body`` is what the reader shows and the index searches; the
file on disk is never touched. It never invents metadata: what the file does not state
stays None. One module per job: decoding, dates, boilerplate, language, metadata
(catalogue, front matter), and one per file format.
"""

from __future__ import annotations

from pathlib import Path

from .dates import find_date, parse_date_value
from .decoding import decode, looks_binary, sanitise
from .fieldmaps import apply_field_maps, is_extra_article_name, load_field_maps, save_field_map
from .metadata import load_catalogue, split_front_matter
from .model import (
    ARTICLE_SUFFIXES,
    CATALOGUE_NAMES,
    FORMAT_BY_SUFFIX,
    MAX_FILE_BYTES,
    Article,
    IngestError,
)
from .records import FileArticles, record_hash
from .text import parse_article

__all__ = [
    "ARTICLE_SUFFIXES",
    "CATALOGUE_NAMES",
    "FORMAT_BY_SUFFIX",
    "MAX_FILE_BYTES",
    "Article",
    "FileArticles",
    "IngestError",
    "Path",
    "apply_field_maps",
    "decode",
    "find_date",
    "format_of",
    "is_extra_article_name",
    "load_catalogue",
    "load_field_maps",
    "looks_binary",
    "parse_article",
    "parse_date_value",
    "read_article",
    "read_articles",
    "record_hash",
    "sanitise",
    "save_field_map",
    "split_front_matter",
]


def format_of(path: Path | str) -> str | None:
    """ "text", "html", "dump", "feed" or "warc" by the file's name; None: not ours."""
    name = str(path).lower()
    if name.endswith(".warc.gz"):
        return "warc"
    dot = name.rfind(".")
    return FORMAT_BY_SUFFIX.get(name[dot:]) if dot >= 0 else None


def _read_bytes(path: Path, max_bytes: int, what: str = "file") -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                f"{what} too large ({size / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB)"
            )
        with path.open("rb") as f:
            return f.read(max_bytes + 1)
    except PermissionError:
        raise IngestError("permission denied") from None
    except FileNotFoundError:
        raise IngestError("file not found") from None
    except IsADirectoryError:
        raise IngestError("is a directory") from None
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror or exc}") from None


def read_article(
    path: Path,
    *,
    article_id: str | None = None,
    catalogue_entry: dict[str, str] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Article:
    """Read and parse one text, Markdown or HTML file. Raises IngestError (with the
    reason) for a file that cannot be read or is not an article."""
    article_id = article_id or path.name
    if format_of(path) == "html":
        from .html import MAX_PAGE_BYTES, parse_html

        data = _read_bytes(path, max(max_bytes, MAX_PAGE_BYTES), "page")
        return parse_html(data, article_id=article_id, path=path, catalogue_entry=catalogue_entry)
    data = _read_bytes(path, max_bytes)
    return parse_article(data, article_id=article_id, path=path, catalogue_entry=catalogue_entry)


def read_articles(
    path: Path,
    *,
    article_id: str | None = None,
    catalogue_entry: dict[str, str] | None = None,
) -> FileArticles:
    """Every article in one file of any format we read: one for a text file or a page,
    one per record for dumps, feeds and web archives (ids ``<article_id>#<url or
    record number>``). Raises IngestError when the file gives no article at all; a bad
    record among good ones is a line in ``problems``."""
    article_id = article_id or path.name
    kind = format_of(path)
    if kind == "dump":
        from .dumps import MAX_DUMP_BYTES, parse_dump

        return parse_dump(
            _read_bytes(path, MAX_DUMP_BYTES, "dump"),
            article_id=article_id,
            path=path,
            catalogue_entry=catalogue_entry,
        )
    if kind == "feed":
        from .feeds import parse_feed
        from .html import MAX_PAGE_BYTES

        return parse_feed(
            _read_bytes(path, MAX_PAGE_BYTES, "feed"),
            article_id=article_id,
            path=path,
            catalogue_entry=catalogue_entry,
        )
    if kind == "warc":
        from .warc import parse_warc

        return parse_warc(path, article_id=article_id)
    return FileArticles(
        [read_article(path, article_id=article_id, catalogue_entry=catalogue_entry)]
    )
