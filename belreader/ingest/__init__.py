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
from .metadata import load_catalogue, split_front_matter
from .model import (
    ARTICLE_SUFFIXES,
    CATALOGUE_NAMES,
    FRONT_MATTER_KEYS,
    MAX_FILE_BYTES,
    Article,
    IngestError,
)
from .text import parse_article

__all__ = [
    "ARTICLE_SUFFIXES", "CATALOGUE_NAMES", "FRONT_MATTER_KEYS", "MAX_FILE_BYTES", "Article",
    "IngestError", "Path", "decode", "find_date", "load_catalogue", "looks_binary",
    "parse_article", "parse_date_value", "read_article", "sanitise", "split_front_matter",
]


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
