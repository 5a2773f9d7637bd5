"""The search engine: the only module that knows Whoosh.

It offers the rest of belreader a small interface (``SearchIndex``): sync a library
into the index incrementally, search with the Whoosh query language, list the library
newest first, fetch a stored article with its claims, and compute highlight spans.
Everything it returns is plain dataclasses, so the engine can change behind it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

from whoosh import fields, index, query as wq, scoring, sorting
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.highlight import ContextFragmenter, Formatter, Highlighter
from whoosh.index import LockError
from whoosh.lang import stemmer_for_language
from whoosh.qparser import AndGroup, GtLtPlugin, MultifieldParser, OrGroup

from . import aliases as aliases_mod
from .ingest import Article, IngestError, read_article
from .library import Library

SCHEMA_VERSION = 1
MANIFEST_FILE = "manifest.json"
INDEX_NAME = "articles"
MAX_QUERY_CHARS = 1000
QUERYABLE_FIELDS = ("title", "body", "source", "speaker", "author", "date", "lang")
FIELD_ALIASES = {"content": "body", "text": "body", "outlet": "source", "language": "lang"}


class SearchError(Exception):
    """Search could not run (index damaged, locked...); the message is one line."""


class QueryError(SearchError):
    """A query that cannot be run as typed; the message explains it to the user."""


# ---------------------------------------------------------------------- analysis

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class AliasFoldFilter(Filter):
    """Folds every spelling of an entity into one term (lukashenka -> lukashenko).

    The alias table is not pickled with the schema: it is the library's current table
    (set by ``use_aliases``), and the manifest records its hash so that a changed table
    triggers a rebuild.
    """

    is_morph = True  # spelling suggestions should see the words as written

    def __init__(self) -> None:
        pass

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        pass

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __call__(self, tokens):
        terms = _current_aliases().terms
        for t in tokens:
            folded = terms.get(t.text)
            if folded is None and _CYRILLIC.match(t.text):
                folded = terms.get(_stem_ru(t.text))
            if folded is not None:
                t.text = folded
            yield t


class LanguageStemFilter(Filter):
    """English stemming for Latin words, Russian stemming for Cyrillic ones, cached:
    a corpus repeats a small vocabulary, and stemming is the costliest filter."""

    is_morph = True

    def __init__(self) -> None:
        pass

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        pass

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __call__(self, tokens):
        cache = _STEM_CACHE
        for t in tokens:
            if not t.stopped:
                text = t.text
                stem = cache.get(text)
                if stem is None:
                    stem = _stem_ru(text) if _CYRILLIC.match(text) else _stem_en(text)
                    if len(cache) < 500_000:
                        cache[text] = stem
                t.text = stem
            yield t


_STEM_CACHE: dict[str, str] = {}
_stem_en = stemmer_for_language("en")
_stem_ru = stemmer_for_language("ru")
_ALIASES: aliases_mod.AliasTable | None = None


def use_aliases(table: aliases_mod.AliasTable) -> None:
    global _ALIASES
    _ALIASES = table


def _current_aliases() -> aliases_mod.AliasTable:
    return _ALIASES if _ALIASES is not None else aliases_mod.default_table()


def aliases_fingerprint(table: aliases_mod.AliasTable) -> str:
    data = json.dumps(sorted(table.terms.items()), ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def text_analyzer():
    return (
        RegexTokenizer(r"\w+(?:[.'’]\w+)*")
        | LowercaseFilter()
        | AliasFoldFilter()
        | StopFilter(minsize=1)
        | LanguageStemFilter()
    )


def make_schema() -> fields.Schema:
    analyzer = text_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        path=fields.STORED(),
        title=fields.TEXT(analyzer=analyzer, stored=True, field_boost=2.5, spelling=True),
        body=fields.TEXT(analyzer=analyzer, stored=True, spelling=True),
        source=fields.TEXT(analyzer=RegexTokenizer() | LowercaseFilter(), stored=True),
        source_facet=fields.ID(stored=False, sortable=True),
        author=fields.TEXT(analyzer=analyzer, stored=True),
        speaker=fields.TEXT(analyzer=analyzer, stored=True),
        date=fields.DATETIME(stored=True),
        # yyyymmdd, 0 when unknown: "newest first" puts undated articles last
        sort_date=fields.NUMERIC(bits=32, sortable=True, signed=False),
        lang=fields.ID(stored=True),
        paragraphs=fields.STORED(),
        claims=fields.STORED(),
        content_hash=fields.STORED(),
        warnings=fields.STORED(),
        url=fields.STORED(),
    )


# ------------------------------------------------------------------------ results


@dataclass(slots=True)
class Snippet:
    text: str
    highlights: list[tuple[int, int]]


@dataclass(slots=True)
class Hit:
    id: str
    path: str
    title: str
    source: str | None
    date: date | None
    score: float
    snippets: list[Snippet] = field(default_factory=list)
    title_highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Results:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, int]
    suggestion: str | None = None
    elapsed: float = 0.0

    def to_json(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [
                {
                    "id": h.id,
                    "path": h.path,
                    "title": h.title,
                    "source": h.source,
                    "date": h.date.isoformat() if h.date else None,
                    "score": round(h.score, 4),
                    "snippets": [
                        {"text": s.text, "highlights": [list(x) for x in s.highlights]}
                        for s in h.snippets
                    ],
                }
                for h in self.hits
            ],
            "facets": {"source": self.facets},
            "suggestion": self.suggestion,
        }


@dataclass(slots=True)
class StoredArticle:
    """An article as the index holds it: opening one costs no ingest or extraction."""

    id: str
    path: str
    title: str
    source: str | None
    date: date | None
    author: str | None
    language: str
    body: str
    paragraphs: list[tuple[int, int]]
    claims: list  # list[claims.Claim]
    content_hash: str
    warnings: list[str]
    url: str | None = None

    @property
    def word_count(self) -> int:
        return len(re.findall(r"\w+", self.body))


@dataclass(slots=True)
class SyncReport:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    rebuilt: bool = False
    elapsed: float = 0.0

    @property
    def touched(self) -> int:
        return self.added + self.changed + self.deleted


ProgressFn = Callable[[int, int, str], None]


# ------------------------------------------------------------------------ formatter


class _OffsetFormatter(Formatter):
    """Returns fragments as Snippets (text + highlight offsets) instead of markup."""

    def format_fragment(self, fragment, replace=False):
        text = fragment.text
        start, end = fragment.startchar, fragment.endchar
        spans = [
            (t.startchar - start, t.endchar - start)
            for t in fragment.matches
            if start <= t.startchar and t.endchar <= end
        ]
        return _trim_snippet(text[start:end], spans)

    def format(self, fragments, replace=False):
        return [self.format_fragment(f) for f in fragments]


def _trim_snippet(text: str, spans: list[tuple[int, int]]) -> Snippet:
    # Collapse paragraph breaks so a snippet is one line in a results list.
    out, mapping = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        mapping.append(i)
        out.append(ch)
    index_of = {orig: new for new, orig in enumerate(mapping)}

    def remap(pos: int) -> int:
        while pos not in index_of and pos < len(text):
            pos += 1
        return index_of.get(pos, len(out))

    spans = [(remap(s), remap(e - 1) + 1) for s, e in spans]
    return Snippet("".join(out).strip(), _shift_for_strip("".join(out), spans))


def _shift_for_strip(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lead = len(text) - len(text.lstrip())
    return [(s - lead, e - lead) for s, e in spans]


# ------------------------------------------------------------------------ index


def _date_to_dt(d: date | None) -> datetime | None:
    return datetime(d.year, d.month, d.day) if d else None


class SearchIndex:
    """One library's Whoosh index. Open it once and keep it: a searcher is reused
    between queries (a new one per query costs tens of milliseconds at 10k articles)."""

    def __init__(self, library: Library, *, aliases: aliases_mod.AliasTable | None = None) -> None:
        self.library = library
        self.dir = library.index_dir / INDEX_NAME
        if aliases is None:
            try:
                aliases = aliases_mod.load_table(library.aliases_file)
            except aliases_mod.AliasFileError as exc:
                raise SearchError(str(exc)) from None
        self.aliases = aliases
        use_aliases(aliases)
        self._ix: index.Index | None = None
        self._searcher = None

    # -- opening -------------------------------------------------------------------
    def _manifest_path(self) -> Path:
        return self.library.index_dir / MANIFEST_FILE

    def _read_manifest(self) -> dict:
        try:
            data = json.loads(self._manifest_path().read_text("utf-8"))
            if data.get("schema") == SCHEMA_VERSION:
                return data
        except (OSError, ValueError):
            pass
        return {}

    def _write_manifest(self, data: dict) -> None:
        path = self._manifest_path()
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)

    def exists(self) -> bool:
        return index.exists_in(str(self.dir), indexname=INDEX_NAME)

    def _open(self) -> index.Index:
        if self._ix is None:
            try:
                self._ix = index.open_dir(str(self.dir), indexname=INDEX_NAME)
            except Exception as exc:  # whoosh raises many kinds on damage
                raise SearchError(
                    f"the index at {self.dir} is damaged ({type(exc).__name__}); "
                    "run `belreader index --rebuild`"
                ) from None
        return self._ix

    def _create(self) -> index.Index:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.close()
        self._ix = index.create_in(str(self.dir), make_schema(), indexname=INDEX_NAME)
        return self._ix

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    def searcher(self):
        ix = self._open()
        if self._searcher is None:
            self._searcher = ix.searcher(weighting=scoring.BM25F(B=0.75, K1=1.2))
        else:
            self._searcher = self._searcher.refresh()
        return self._searcher

    # -- sync ------------------------------------------------------------------------
    def needs_sync(self) -> bool:
        """Cheap check (stat only) for whether ``sync`` would change anything."""
        manifest = self._read_manifest()
        if not manifest or not self.exists():
            return True
        if manifest.get("aliases") != aliases_fingerprint(self.aliases):
            return True
        return bool(_diff(self.library.scan(), manifest)[:3] != ([], [], []))

    def sync(self, *, rebuild: bool = False, progress: ProgressFn | None = None) -> SyncReport:
        """Bring the index in line with the corpus folders, touching only files that
        were added, changed or deleted since the last sync."""
        from .claims import extract_claims

        started = time.perf_counter()
        report = SyncReport()
        manifest = self._read_manifest()
        fingerprint = aliases_fingerprint(self.aliases)
        if not self.exists() or not manifest or manifest.get("aliases") != fingerprint:
            rebuild = True
        scan = self.library.scan()
        report.skipped.extend(scan.skipped)
        if rebuild:
            self._create()
            manifest = {}
            report.rebuilt = True
        files: dict[str, list] = dict(manifest.get("files", {}))
        bad: dict[str, list] = dict(manifest.get("bad", {}))
        added, changed, deleted, unchanged = _diff(scan, {"files": files, "bad": bad})
        report.unchanged = unchanged
        for path, reason in ((p, bad[p][2]) for p in bad if p in scan.files and p not in added + changed):
            report.skipped.append((path, reason))
        todo = added + changed
        if not todo and not deleted:
            if rebuild:
                self._commit_manifest(files, bad, fingerprint)
            report.elapsed = time.perf_counter() - started
            return report
        ix = self._open()
        writer = self._writer(ix)
        try:
            for path in deleted:
                entry = files.pop(path, None)
                bad.pop(path, None)
                if entry:
                    writer.delete_by_term("id", entry[0])
                    report.deleted += 1
            total = len(todo)
            for n, path in enumerate(todo, 1):
                cf = scan.files[path]
                if progress:
                    progress(n, total, path)
                was_indexed = path in files
                try:
                    article = read_article(cf.path, article_id=cf.id, catalogue_entry=cf.catalogue)
                except IngestError as exc:
                    bad[path] = [cf.mtime_ns, cf.size, str(exc)]
                    report.skipped.append((path, str(exc)))
                    if was_indexed:
                        writer.delete_by_term("id", files.pop(path)[0])
                        report.deleted += 1
                    continue
                bad.pop(path, None)
                for w in article.warnings:
                    report.warnings.append((path, w))
                if was_indexed and files[path][3] == article.content_hash:
                    files[path] = [cf.id, cf.mtime_ns, cf.size, article.content_hash]
                    report.unchanged += 1
                    continue
                writer.update_document(**_document(article, extract_claims(article.body, self.aliases)))
                files[path] = [cf.id, cf.mtime_ns, cf.size, article.content_hash]
                if was_indexed:
                    report.changed += 1
                else:
                    report.added += 1
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        self._commit_manifest(files, bad, fingerprint)
        if self._searcher is not None:
            self._searcher = self._searcher.refresh()
        report.elapsed = time.perf_counter() - started
        return report

    def _commit_manifest(self, files: dict, bad: dict, fingerprint: str) -> None:
        self._write_manifest(
            {"schema": SCHEMA_VERSION, "aliases": fingerprint, "files": files, "bad": bad}
        )

    def _writer(self, ix, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                return ix.writer(limitmb=128)
            except LockError:
                if time.monotonic() > deadline:
                    raise SearchError(
                        "another belreader process is writing the index; try again when it has finished"
                    ) from None
                time.sleep(0.25)

    # -- reading ---------------------------------------------------------------------
    def count(self) -> int:
        return self.searcher().doc_count()

    def article(self, article_id: str) -> StoredArticle | None:
        from .claims import Claim

        fields_ = self.searcher().document(id=article_id)
        if fields_ is None:
            return None
        return StoredArticle(
            id=fields_["id"],
            path=fields_["path"],
            title=fields_.get("title", ""),
            source=fields_.get("source"),
            date=fields_["date"].date() if fields_.get("date") else None,
            author=fields_.get("author"),
            language=fields_.get("lang", "und"),
            body=fields_.get("body", ""),
            paragraphs=[tuple(p) for p in fields_.get("paragraphs", [])],
            claims=[Claim.from_dict(c) for c in fields_.get("claims", [])],
            content_hash=fields_.get("content_hash", ""),
            warnings=list(fields_.get("warnings", [])),
            url=fields_.get("url"),
        )

    def sources(self) -> dict[str, int]:
        s = self.searcher()
        results = s.search(wq.Every(), groupedby=sorting.FieldFacet("source_facet"), limit=1)
        return _facet_counts(results)

    def iter_articles(self) -> Iterator[StoredArticle]:
        s = self.searcher()
        for fields_ in s.all_stored_fields():
            art = self.article(fields_["id"])
            if art is not None:
                yield art

    # -- queries ---------------------------------------------------------------------
    def parse(self, text: str, *, default_or: bool = False) -> wq.Query:
        """Whoosh query language -> Query, or QueryError with a user-facing reason."""
        text = text.strip()
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(
                f"query too long ({len(text):,} characters; the limit is {MAX_QUERY_CHARS:,})"
            )
        if not text:
            return wq.Every()
        if re.fullmatch(r"[*?\s]+", text):
            raise QueryError("a lone wildcard matches everything: type a word (prefix* works)")
        text = _check_fields(text)
        ix = self._open()
        parser = MultifieldParser(
            ["title", "body"], ix.schema, group=OrGroup if default_or else AndGroup
        )
        # field:>value and field:<=value, for dates above all
        parser.add_plugin(GtLtPlugin())
        try:
            q = parser.parse(text)
        except Exception as exc:  # whoosh's parser raises plain exceptions on odd input
            raise QueryError(f"cannot read the query: {exc}") from None
        if re.search(r"(?<![\w:])date:", text) and not any(
            isinstance(leaf, wq.NumericRange) and leaf.fieldname == "date" for leaf in q.leaves()
        ):
            raise QueryError(
                "dates are written date:2024, date:2024-08-27, date:>2024-09 "
                "or date:[2024-08 to 2024-10]"
            )
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            raise QueryError("the query has no searchable words")
        return q

    def search(
        self,
        text: str,
        *,
        source: str | None = None,
        limit: int = 20,
        snippets: int = 2,
    ) -> Results:
        started = time.perf_counter()
        q = self.parse(text)
        s = self.searcher()
        filter_q = wq.Term("source_facet", source) if source else None
        browsing = isinstance(q, wq.Every)
        try:
            results = s.search(
                q,
                limit=limit,
                filter=filter_q,
                groupedby=sorting.FieldFacet("source_facet"),
                sortedby=sorting.FieldFacet("sort_date", reverse=True) if browsing else None,
                terms=not browsing,
            )
        except Exception as exc:  # e.g. a wildcard that expands to too much
            raise QueryError(f"the query could not run: {exc}") from None
        facets = _facet_counts(results)
        hits: list[Hit] = []
        if not browsing:
            results.fragmenter = ContextFragmenter(maxchars=220, surround=70)
            results.formatter = _OffsetFormatter()
        for hit in results:
            stored = hit.fields()
            item = Hit(
                id=stored["id"],
                path=stored["path"],
                title=stored.get("title", ""),
                source=stored.get("source"),
                date=stored["date"].date() if stored.get("date") else None,
                score=float(hit.score or 0.0),
            )
            if not browsing and snippets:
                item.snippets = hit.highlights("body", top=snippets) or []
                item.title_highlights = self.highlight_spans(item.title, q)
            if not item.snippets:
                body = stored.get("body", "")
                item.snippets = [_trim_snippet(body[:200], [])] if body else []
            hits.append(item)
        suggestion = None
        if results.scored_length() == 0 and not browsing:
            suggestion = self._suggest(q, text)
        return Results(
            query=text,
            total=len(results),
            hits=hits,
            facets=facets,
            suggestion=suggestion,
            elapsed=time.perf_counter() - started,
        )

    def _suggest(self, q: wq.Query, text: str) -> str | None:
        s = self.searcher()
        try:
            corrected = s.correct_query(q, text, maxdist=2)
        except Exception:
            return None
        if corrected.query != q and corrected.string and corrected.string != text:
            return corrected.string
        return None

    def highlight_spans(self, text: str, q: wq.Query | str) -> list[tuple[int, int]]:
        """Character spans in ``text`` of the words that match the query's positive
        terms (any spelling: the same analyzer folds aliases and stems)."""
        if isinstance(q, str):
            try:
                q = self.parse(q)
            except QueryError:
                return []
        exact, prefixes = _positive_terms(q)
        if not exact and not prefixes:
            return []
        spans = []
        analyzer = _TEXT_ANALYZER
        for t in analyzer(text, chars=True, removestops=False):
            if t.text in exact or (prefixes and t.text.startswith(prefixes)):
                spans.append((t.startchar, t.endchar))
        return spans


_TEXT_ANALYZER = text_analyzer()


def _positive_terms(q: wq.Query) -> tuple[set[str], tuple[str, ...]]:
    """Terms of the body/title fields that a match contains (NOT branches skipped)."""
    exact: set[str] = set()
    prefixes: list[str] = []

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Phrase):
            if node.fieldname in ("body", "title"):
                exact.update(node.words)
            return
        if isinstance(node, (wq.Prefix, wq.Wildcard)):
            if node.fieldname in ("body", "title"):
                prefixes.append(node.text.split("*")[0].split("?")[0])
            return
        if isinstance(node, wq.Term):
            if node.fieldname in ("body", "title", "speaker"):
                exact.add(node.text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return exact, tuple(p for p in prefixes if p)


_FIELD_RE = re.compile(r'"[^"]*"|(?<![\w:])([A-Za-z_]\w*):')


def _check_fields(text: str) -> str:
    """Map field synonyms and reject unknown ``field:`` prefixes with a clear message."""

    def fix(m: re.Match) -> str:
        name = m.group(1)
        if name is None:
            return m.group(0)
        lower = name.lower()
        lower = FIELD_ALIASES.get(lower, lower)
        if lower not in QUERYABLE_FIELDS:
            raise QueryError(
                f"unknown field '{name}:' — fields are " + ", ".join(f"{f}:" for f in QUERYABLE_FIELDS)
            )
        return f"{lower}:"

    text = _FIELD_RE.sub(fix, text)
    if re.search(r"(?<![\w:])(\w+):\s*$", text) or re.search(r"(?<![\w:])(\w+):\s+(?=\S)", text):
        m = re.search(r"(\w+):", text)
        raise QueryError(f"'{m.group(1)}:' needs a value right after the colon, e.g. {m.group(1)}:nato")
    return text


def _facet_counts(results) -> dict[str, int]:
    try:
        groups = results.groups("source_facet")
    except Exception:
        return {}
    counts = {str(k): len(v) for k, v in groups.items()}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _diff(scan, manifest: dict) -> tuple[list[str], list[str], list[str], int]:
    files = manifest.get("files", {})
    bad = manifest.get("bad", {})
    added, changed, unchanged = [], [], 0
    for path, cf in scan.files.items():
        old = files.get(path) or bad.get(path)
        if old is None:
            added.append(path)
            continue
        mtime, size = (old[1], old[2]) if path in files else (old[0], old[1])
        if mtime != cf.mtime_ns or size != cf.size or (path in files and files[path][0] != cf.id):
            changed.append(path)
        elif path in files:
            unchanged += 1
    deleted = [p for p in list(files) + list(bad) if p not in scan.files]
    return added, changed, deleted, unchanged


def _document(article: Article, claims: list) -> dict:
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
        "sort_date": int(article.date.strftime("%Y%m%d")) if article.date else 0,
        "lang": article.language,
        "paragraphs": article.paragraphs,
        "claims": [c.to_dict() for c in claims],
        "content_hash": article.content_hash,
        "warnings": article.warnings,
        "url": article.url,
    }
    return {k: v for k, v in doc.items() if v is not None}
