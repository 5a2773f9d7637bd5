"""The indexing work of a sync: a job per file to (re)index, read and cleaned by
ingest, its claims extracted, its articles added to a writer. Run in this process for
a few files, by ``engine.parallel`` workers for many."""

from __future__ import annotations

import marshal
import operator
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..ingest import IngestError, read_articles, record_hash
from .analysis import Analysis, suggestion_words
from .schema import document
from .types import ProgressFn

# Below this many files to (re)index, one process does it all; above, one worker per core.
PARALLEL_MIN_FILES = 200
MAX_INDEX_PROCS = 4


@dataclass(slots=True)
class Job:
    path: str
    id: str
    mtime_ns: int
    size: int
    catalogue: dict | None
    old_hash: str | None  # content hash in the manifest, when the file was indexed


# an outcome per job: ("ok" | "same", content_hash, warnings) or ("bad", reason, [])
Outcome = tuple[str, str, list]


def index_procs(n_files: int) -> int:
    """How many worker processes to index ``n_files`` with (1: in this process)."""
    env = os.environ.get("BELREADER_INDEX_PROCS", "").strip()
    if env.isdigit() and int(env) > 0:
        procs = int(env)
    else:
        procs = min(os.cpu_count() or 1, MAX_INDEX_PROCS)
    if n_files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(procs, n_files // 50))


def index_jobs(
    writer,
    jobs: Iterable[Job],
    analysis: Analysis,
    progress: ProgressFn | None,
    *,
    fresh: bool,
    tick: Callable[[int], None] | None = None,
) -> tuple[list[Outcome], set[str]]:
    """Read, clean, extract claims and add each job's file to ``writer``: an outcome
    per job, and the words seen (for "did you mean"). ``progress`` needs ``jobs`` to be
    a list (its length is the total). ``writer``'s schema analyses with ``analysis``."""
    with analysis.recording_words() as seen:
        outcomes = _index_each(writer, jobs, analysis, progress, fresh=fresh, tick=tick)
    return outcomes, suggestion_words(seen)


def _index_each(
    writer,
    jobs: Iterable[Job],
    analysis: Analysis,
    progress: ProgressFn | None,
    *,
    fresh: bool,
    tick: Callable[[int], None] | None,
) -> list[Outcome]:
    from ..claims import extract_claims  # off the start-up path: ~120 ms to import

    table = analysis.table
    outcomes: list[Outcome] = []
    add = writer.add_document if fresh else writer.update_document
    total = len(jobs) if progress else 0  # type: ignore[arg-type]
    n = 0
    for n, job in enumerate(jobs, 1):
        if progress:
            progress(n, total, job.path)
        if tick and n % 20 == 0:
            tick(20)
        try:
            got = read_articles(Path(job.path), article_id=job.id, catalogue_entry=job.catalogue)
        except IngestError as exc:
            outcomes.append(("bad", str(exc), []))
            continue
        if got.multi:
            outcomes.append(_index_records(got, job.old_hash, add, table))
            continue
        article = got.articles[0]
        if job.old_hash == article.content_hash:
            outcomes.append(("same", article.content_hash, list(article.warnings)))
            continue
        add(**document(article, extract_claims(article.body, table, article.language)))
        outcomes.append(("ok", article.content_hash, list(article.warnings)))
    if tick:
        tick(n % 20)
    return outcomes


# A file of many articles (a dump, a feed, a web archive) keeps, where a text file
# keeps its content hash, this mark and one "<article id>\t<record hash>" line per
# article: a changed dump re-indexes only the records that changed, and deletes those
# no longer in it.
RECORDS_MARK = "records:"


def records_of(value: str | None) -> dict[str, str]:
    if not value or not value.startswith(RECORDS_MARK):
        return {}
    return dict(line.split("\t", 1) for line in value[len(RECORDS_MARK) :].split("\n") if line)


def entry_ids(entry) -> list[str]:
    """The article ids a manifest entry stands for."""
    records = records_of(entry[3])
    return list(records) if records else [entry[0]]


def _index_records(got, old_value: str | None, add, table) -> Outcome:
    """Index the articles of a many-article file that are new or changed since
    ``old_value``; the outcome's value lists them all (see RECORDS_MARK)."""
    from ..claims import extract_claims  # off the start-up path: ~120 ms to import

    old = records_of(old_value)
    new: dict[str, str] = {}
    for article in got.articles:
        new[article.id] = digest = record_hash(article)
        if old.get(article.id) != digest:
            add(**document(article, extract_claims(article.body, table, article.language)))
    value = RECORDS_MARK + "\n".join(f"{k}\t{v}" for k, v in new.items())
    return ("same" if new == old else "ok", value, list(got.problems))


def drop_old_records(writer, old_entry, value: str, report, *, replaced: bool) -> None:
    """After a many-article file was re-read: delete its records that are gone, and,
    when workers wrote the new copies in segments of their own (``replaced``), the old
    copies of those that changed. Counts articles, not files, in ``report``."""
    old = records_of(old_entry[3]) if old_entry else {}
    if old_entry and not old:  # the file was indexed as one article before
        writer.delete_by_term("id", old_entry[0])
    new = records_of(value)
    for article_id, digest in old.items():
        if article_id not in new:
            writer.delete_by_term("id", article_id)
            report.deleted += 1
        elif digest != new[article_id]:
            if replaced:
                writer.delete_by_term("id", article_id)
            report.changed += 1
    report.added += sum(1 for article_id in new if article_id not in old)


# Jobs go to a worker as marshalled batches, unpacked as it reaches them: 50,000 _Job
# objects are ~26 MB in each worker for its whole run, their batches ~7 MB
_JOB_BATCH = 256


_job_fields = operator.attrgetter(*Job.__slots__)  # in _Job(...)'s argument order


def pack_jobs(jobs: list[Job]) -> list[bytes]:
    return [
        marshal.dumps([_job_fields(j) for j in jobs[i : i + _JOB_BATCH]], 2)
        for i in range(0, len(jobs), _JOB_BATCH)
    ]


def unpack_jobs(batches: list[bytes]) -> Iterator[Job]:
    """The jobs of ``batches``, in order; each batch is dropped (left empty) once
    unpacked."""
    for i, blob in enumerate(batches):
        batches[i] = b""
        for fields_ in marshal.loads(blob):
            yield Job(*fields_)
