"""Web archives (.warc, .warc.gz) -> one article per HTML page captured, through warcio
(the Webrecorder library that writes and reads them for pywb and Browsertrix).

Each HTML response goes through the same path as a saved page, with its target URL and
its capture date as an anchor: that date is used only where the page states none, and
then named as such in the article's warnings.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from .decoding import sanitise
from .html import MAX_PAGE_BYTES, parse_html
from .model import Article, IngestError
from .records import FileArticles, RecordIds


def parse_warc(path: Path, *, article_id: str) -> FileArticles:
    """Read the archive at ``path`` as a stream (archives are often gigabytes)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    result = FileArticles([], multi=True)
    ids = RecordIds(article_id)
    pages: dict[str, Article] = {}  # by URL: a later capture of a page replaces an earlier
    number = 0
    try:
        with path.open("rb") as f:
            records = ArchiveIterator(f, arc2warc=True)
            try:
                for record in records:
                    if record.rec_type not in ("response", "resource"):
                        continue
                    number += 1
                    _read_record(record, number, path, ids, pages, result)
                size = os.fstat(f.fileno()).st_size
                if records.offset < size and not result.problems:
                    # a cut gzip member ends the iteration without an error
                    result.add_problem(
                        f"record {number + 1} at byte {records.offset}: truncated or damaged,"
                        f" the last {size - records.offset} bytes of the archive are unreadable"
                    )
            except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
                offset = getattr(records, "offset", None)
                where = f" at byte {offset}" if offset is not None else ""
                result.add_problem(
                    f"record {number + 1}{where}: truncated or damaged, the rest of the archive"
                    f" is unreadable ({str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__})"
                )
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror or exc}") from None
    result.articles = list(pages.values())
    if not result.articles:
        if result.problems:
            raise IngestError(f"no readable page; first: {result.problems[0]}")
        raise IngestError("no HTML pages in this archive")
    return result


def _read_record(
    record, number: int, path: Path, ids: RecordIds, pages: dict[str, Article], result: FileArticles
) -> None:
    url = sanitise(record.rec_headers.get_header("WARC-Target-URI") or "").strip()
    label = f"record {number} ({url[:100]})" if url else f"record {number}"
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower():
        while record.raw_stream.read(1 << 16):  # what the iterator would skip anyway
            pass
        if getattr(record.raw_stream, "limit", 0) > 0:
            result.add_problem(f"{label}: truncated ({ctype or 'not a page'}): skipped")
        return
    data = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        result.add_problem(f"{label}: page larger than {MAX_PAGE_BYTES // 1048576} MB: skipped")
        return
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:  # the record ends before the length its header states
        result.add_problem(f"{label}: truncated ({missing} bytes of the record missing): skipped")
        return
    captured = _capture_date(record.rec_headers.get_header("WARC-Date") or "")
    rid = f"{ids.file_id}#{url}" if url else ids.make(number, None)
    if rid is None:  # the same record number twice in one file
        result.add_problem(f"{label}: a duplicate record: skipped")
        return
    try:
        article = parse_html(data, article_id=rid, path=path, url=url or None, anchor=captured)
    except IngestError as exc:
        result.add_problem(f"{label}: {exc}")
        return
    pages[rid] = article


def _capture_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
