"""belreader's performance table, with a plain Whoosh baseline and fast references.

    python benchmarks/bench.py                    # 1k and 10k articles, 3 runs each
    python benchmarks/bench.py --100k             # and 100k (long: the baseline alone ~13 min)
    python benchmarks/bench.py --sizes 1000 --repeat 1 --engines belreader
    python benchmarks/bench.py --markdown out.md  # also write the table as Markdown

For each size it makes (or reuses) a corpus under /tmp (benchmarks/make_corpus.py,
cached by (n, seed)) and measures, every figure in a fresh subprocess so that one
measurement's caches and memory do not leak into the next:

* belreader: full build (``SearchIndex.sync(rebuild=True)``: ingest, claims, index),
  docs/s, index size, peak RSS of the build (the process tree: workers included);
  start-up sync with nothing changed, ``needs_sync``; add, change and delete of one
  article then sync; query p50/p95 over a fixed mix of ~30 queries with the first page
  (10 hits) of highlighted snippets and source facets; peak RSS of a process with the
  library open doing those queries; cold ``belreader search ... --json`` from process
  start to results; app start to first screen (``belreader.tui.app`` headless through
  ``App.run_test``; "n/a" when the app is not there), and the real ``belreader``
  command in a pseudo-terminal from launch to the library drawn on screen. Both
  also for the bundled seeds.
* whoosh: a plain Whoosh index of the same files (default ``StemmingAnalyzer``, one
  writer, body not stored; snippets are made from the file), the baseline.
* tantivy (when ``pip install tantivy`` is done) and SQLite FTS5 (stdlib sqlite3): the
  fast references. Queries they cannot express are left out of their mix (the count is
  shown).

Each belreader figure is printed with its ratio to the others (below 1: belreader is
faster or smaller). Times are medians of ``--repeat`` runs: the machine is shared and
noisy. Peak RSS needs psutil for process trees (falls back to getrusage).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the belreader source tree to measure (BELREADER_BENCH_SRC: e.g. a copy at an older
# commit, to measure "before" against "after" with the same script)
ROOT = Path(os.environ.get("BELREADER_BENCH_SRC") or HERE.parent).resolve()
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

WORK = Path(os.environ.get("BELREADER_BENCH_DIR", "/tmp/belreader-bench"))
PY = sys.executable

# ------------------------------------------------------------------------ query mix
# belreader's query, then its spelling for the others (None: cannot be expressed).
# fts5 entries are (MATCH expression, extra SQL condition on date or None).
QUERIES: list[dict] = [
    {"q": "NATO"},
    {"q": "election"},
    {"q": "broadband"},
    {"q": "oil prices", "tantivy": "+oil +prices", "fts5": ("oil prices", None)},
    {"q": "Lukashenka", "note": "alias"},
    {"q": "Лукашенко", "note": "alias"},
    {"q": "Kiev", "note": "alias"},
    {"q": "Belorussia", "note": "alias"},
    {
        "q": "Lukashenko AND sanctions",
        "tantivy": "+Lukashenko +sanctions",
        "fts5": ("Lukashenko AND sanctions", None),
    },
    {
        "q": "government AND economy",
        "tantivy": "+government +economy",
        "fts5": ("government AND economy", None),
    },
    {"q": "music OR film OR games", "fts5": ("music OR film OR games", None)},
    {
        "q": "(Putin OR Lavrov) AND talks",
        "tantivy": "+(Putin Lavrov) +talks",
        "fts5": ("(Putin OR Lavrov) AND talks", None),
    },
    {"q": "Kyiv OR Minsk", "fts5": ("Kyiv OR Minsk", None)},
    {
        "q": "minister NOT labour",
        "tantivy": "+minister -labour",
        "fts5": ("minister NOT labour", None),
    },
    {
        "q": "football NOT Chelsea",
        "tantivy": "+football -Chelsea",
        "fts5": ("football NOT Chelsea", None),
    },
    {"q": '"prime minister"'},
    {"q": '"interest rates"'},
    {"q": '"said the company"'},
    {"q": '"sovereign and independent state"'},
    {"q": "elect*", "tantivy": None, "fts5": ("elect*", None)},
    {"q": "tele*", "tantivy": None, "fts5": ("tele*", None)},
    {"q": "negotiat*", "tantivy": None, "fts5": ("negotiat*", None)},
    {"q": "compu*", "tantivy": None, "fts5": ("compu*", None)},
    {"q": "title:economy", "fts5": ("title:economy", None)},
    {"q": "source:belsat", "fts5": ("source:belsat", None)},
    {
        "q": "source:belsat AND election",
        "tantivy": "+source:belsat +election",
        "fts5": ("source:belsat AND election", None),
    },
    {
        "q": "date:2019",
        "tantivy": "date:[2019-01-01T00:00:00Z TO 2020-01-01T00:00:00Z}",
        "fts5": (None, ("2019-01-01", "2019-12-31")),
    },
    {
        "q": "market date:[2018-01 to 2018-06]",
        "tantivy": "+market +date:[2018-01-01T00:00:00Z TO 2018-07-01T00:00:00Z}",
        "fts5": ("market", ("2018-01-01", "2018-06-30")),
    },
    {
        "q": "sanctions date:>2024-06",
        "tantivy": "+sanctions +date:[2024-07-01T00:00:00Z TO *]",
        "fts5": ("sanctions", ("2024-07-01", "9999")),
    },
    {
        "q": "author:smith AND film",
        "tantivy": "+author:smith +film",
        "fts5": ("author:smith AND film", None),
    },
    {"q": "speaker:lukashenko", "whoosh": None, "tantivy": None, "fts5": None},
    {"q": "sovreign", "note": "no hits: suggestion"},
]


def query_for(engine: str, item: dict):
    if engine in item:
        return item[engine]
    if engine == "fts5":
        return (item["q"], None)
    return item["q"]


# ----------------------------------------------------------------------- measuring


class PeakRSS:
    """Peak resident memory of this process and its children, in MiB: sampled from the
    whole process tree with psutil when installed, else getrusage (self + largest child)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.peak = 0.0
        # the same tree's proportional set size (a page shared by n processes counts 1/n):
        # forked workers share the parent's pages, which the RSS sum counts once each
        self.peak_pss = 0.0
        self._stop = threading.Event()
        try:
            import psutil

            self._proc = psutil.Process()
        except ImportError:
            self._proc = None
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def _sample(self) -> None:
        import psutil

        total = pss = 0
        try:
            procs = [self._proc, *self._proc.children(recursive=True)]
        except psutil.Error:
            return
        for p in procs:
            try:
                total += p.memory_info().rss
                pss += getattr(p.memory_full_info(), "pss", 0)
            except psutil.Error:
                pass
        self.peak = max(self.peak, total / 1048576)
        self.peak_pss = max(self.peak_pss, pss / 1048576)

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self._sample()

    def __enter__(self):
        if self._proc is not None:
            self._sample()
            self._thread.start()
        return self

    def __exit__(self, *exc):
        if self._proc is not None:
            self._sample()
            self._stop.set()
            self._thread.join()
        import resource

        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if self._proc is None:
            self.peak = own + kids
        else:
            self.peak = max(self.peak, own)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def percentile(values: list[float], pct: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def split_front_matter(text: str) -> tuple[dict, str]:
    meta = {}
    if text.startswith("---\n"):
        head, sep, rest = text[4:].partition("\n---\n")
        if sep:
            for line in head.splitlines():
                k, _, v = line.partition(":")
                meta[k.strip()] = v.strip()
            return meta, rest
    return meta, text


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.txt"))


def _library(corpus: Path, index_dir: Path, data_dir: Path):
    from belreader.library import Library

    lib = Library(index_dir=index_dir, data_dir=data_dir, corpora=[corpus])
    lib.save()
    return lib


# ------------------------------------------------------------------------- workers
# Each worker runs in its own process and prints one JSON object on its last line.


def w_build_belreader(a: dict) -> dict:
    from belreader.search import SearchIndex

    shutil.rmtree(a["index"], ignore_errors=True)
    lib = _library(Path(a["corpus"]), Path(a["index"]), Path(a["data"]))
    with PeakRSS() as rss:
        t = time.perf_counter()
        report = SearchIndex(lib).sync(rebuild=True)
        elapsed = time.perf_counter() - t
    return {
        "seconds": elapsed,
        "docs": report.added,
        "rss": rss.peak,
        "pss": rss.peak_pss,
        "skipped": len(report.skipped),
        "size": dir_size(Path(a["index"])),
    }


def w_incremental_belreader(a: dict) -> dict:
    from belreader.library import Library
    from belreader.search import SearchIndex

    out = {}
    # start-up sync with nothing changed: a fresh handle, sync() alone (scan, manifest,
    # diff); then needs_sync() alone on another fresh handle (the app's start check)
    t = time.perf_counter()
    ix = SearchIndex(Library.locate(index=a["index"], data=a["data"]))
    report = ix.sync()
    out["nochange_s"] = time.perf_counter() - t
    assert report.touched == 0, report
    t = time.perf_counter()
    out["needs_sync"] = SearchIndex(Library.locate(index=a["index"], data=a["data"])).needs_sync()
    out["needs_sync_s"] = time.perf_counter() - t
    t = time.perf_counter()
    Library.locate(index=a["index"], data=a["data"]).scan()
    out["scan_s"] = time.perf_counter() - t
    corpus = Path(a["corpus"])
    extra = corpus / "zz-bench"
    extra.mkdir(exist_ok=True)
    path = extra / "bench-incremental.txt"
    text = (
        "---\ntitle: Benchmark marathon\nsource: Belsat\ndate: 2025-05-05\n---\n\nBenchmark marathon\n\n"
        "Lukashenka said the Minsk marathon drew runners from Hrodna and Kyiv. "
    ) * 3
    try:
        path.write_text(text, "utf-8")
        t = time.perf_counter()
        r = ix.sync()
        out["add_s"] = time.perf_counter() - t
        assert r.added == 1, r
        path.write_text(text.replace("Hrodna", "Vitebsk, Brest"), "utf-8")
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
        t = time.perf_counter()
        r = ix.sync()
        out["change_s"] = time.perf_counter() - t
        assert r.changed == 1, r
        path.unlink()
        t = time.perf_counter()
        r = ix.sync()
        out["delete_s"] = time.perf_counter() - t
        assert r.deleted == 1, r
    finally:
        if path.exists():
            path.unlink()
        shutil.rmtree(extra, ignore_errors=True)
    ix.sync()  # back to the corpus as generated
    return out


def _time_queries(run, items: list, rounds: int) -> tuple[list[float], int]:
    for item in items:  # warm-up round: first-touch costs belong to cold start
        run(item)
    times = []
    for _ in range(rounds):
        for item in items:
            t = time.perf_counter()
            run(item)
            times.append(time.perf_counter() - t)
    return times, len(items)


def w_query_belreader(a: dict) -> dict:
    from belreader.library import Library
    from belreader.search import QueryError, SearchIndex

    with PeakRSS() as rss:
        t = time.perf_counter()
        ix = SearchIndex(Library.locate(index=a["index"], data=a["data"]))
        ix.search("")
        open_s = time.perf_counter() - t
        items = [q["q"] for q in QUERIES]
        totals = {}
        slow = {}

        def run(q):
            try:
                r = ix.search(q, limit=10, snippets=2)
                totals[q] = r.total
            except QueryError as exc:
                totals[q] = f"error: {exc}"

        times, n = _time_queries(run, items, a["rounds"])
        for q, tm in zip(items * a["rounds"], times):
            slow.setdefault(q, []).append(tm)
    # each query's median over the rounds, slowest first (what sets p95)
    per_query = sorted(
        ((q, statistics.median(ts)) for q, ts in slow.items()), key=lambda kv: -kv[1]
    )
    return {
        "times": times,
        "n": n,
        "rss": rss.peak,
        "open_s": open_s,
        "totals": totals,
        "slowest": per_query[:6],
    }


# candidates for "a broad query that matches half the library": the one whose share is
# nearest one half is timed (the timeline target is for such a query)
BROAD_CANDIDATES = [
    "said",
    "year",
    "people",
    "new",
    "also",
    "time",
    "first",
    "last",
    "one",
    "government",
    "would",
]


def w_timeline_belreader(a: dict) -> dict:
    """A timeline (matches per date and source from the index's columns, then the
    buckets) of the candidate query nearest to half the library; the library is open
    and one search has run, as in the app."""
    from belreader import timeline
    from belreader.library import Library
    from belreader.search import SearchIndex

    ix = SearchIndex(Library.locate(index=a["index"], data=a["data"]))
    n = ix.count()
    shares = {q: ix.search(q, limit=1, snippets=0).total / n for q in BROAD_CANDIDATES}
    query = min(shares, key=lambda q: abs(shares[q] - 0.5))

    def run(q):
        timeline.build(ix.date_source_counts(q))

    times, _ = _time_queries(run, [query], max(a["rounds"], 5))
    return {"times": times, "query": query, "share": shares[query]}


def w_build_whoosh(a: dict) -> dict:
    from whoosh import fields, index
    from whoosh.analysis import StemmingAnalyzer

    shutil.rmtree(a["index"], ignore_errors=True)
    os.makedirs(a["index"])
    schema = fields.Schema(
        path=fields.ID(stored=True),
        title=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True),
        body=fields.TEXT(analyzer=StemmingAnalyzer()),
        source=fields.KEYWORD(lowercase=True, stored=True, commas=True),
        author=fields.TEXT(stored=True),
        date=fields.DATETIME(stored=True),
    )
    with PeakRSS() as rss:
        t = time.perf_counter()
        ix = index.create_in(a["index"], schema)
        w = ix.writer(limitmb=128)
        n = 0
        for path in corpus_files(Path(a["corpus"])):
            meta, body = split_front_matter(path.read_text("utf-8"))
            doc = {
                "path": str(path),
                "title": meta.get("title", ""),
                "body": body,
                "source": meta.get("source", "unknown").replace(" ", ""),
                "author": meta.get("author"),
            }
            if meta.get("date"):
                doc["date"] = datetime.fromisoformat(meta["date"])
            w.add_document(**{k: v for k, v in doc.items() if v is not None})
            n += 1
        w.commit()
        elapsed = time.perf_counter() - t
    return {"seconds": elapsed, "docs": n, "rss": rss.peak, "size": dir_size(Path(a["index"]))}


def w_query_whoosh(a: dict) -> dict:
    from whoosh import index
    from whoosh.highlight import ContextFragmenter
    from whoosh.qparser import GtLtPlugin, MultifieldParser
    from whoosh.sorting import FieldFacet

    with PeakRSS() as rss:
        ix = index.open_dir(a["index"])
        s = ix.searcher()
        parser = MultifieldParser(["title", "body"], ix.schema)
        parser.add_plugin(GtLtPlugin())
        items = [q for q in (query_for("whoosh", it) for it in QUERIES) if q]

        def run(text):
            q = parser.parse(text)
            r = s.search(q, limit=10, groupedby=FieldFacet("source"), terms=True)
            r.fragmenter = ContextFragmenter(maxchars=220, surround=70)
            r.groups("source")
            for hit in r[:10]:  # with groupedby, whoosh keeps every match: first page only
                body = Path(hit["path"]).read_text("utf-8")
                hit.highlights("body", text=body, top=2)
            len(r)

        times, n = _time_queries(run, items, a["rounds"])
    return {"times": times, "n": n, "rss": rss.peak}


def _tantivy_schema():
    import tantivy

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("path", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", stored=True, tokenizer_name="en_stem")
    sb.add_text_field("body", stored=True, tokenizer_name="en_stem")
    sb.add_text_field("source", stored=True)
    sb.add_text_field("author", stored=True)
    sb.add_date_field("date", stored=True, indexed=True, fast=True)
    return sb.build()


def w_build_tantivy(a: dict) -> dict:
    import tantivy

    shutil.rmtree(a["index"], ignore_errors=True)
    os.makedirs(a["index"])
    with PeakRSS() as rss:
        t = time.perf_counter()
        ix = tantivy.Index(_tantivy_schema(), path=a["index"])
        w = ix.writer(heap_size=128_000_000)
        n = 0
        for path in corpus_files(Path(a["corpus"])):
            meta, body = split_front_matter(path.read_text("utf-8"))
            doc = {
                "path": str(path),
                "title": meta.get("title", ""),
                "body": body,
                "source": meta.get("source", "unknown"),
                "author": meta.get("author", ""),
            }
            if meta.get("date"):
                doc["date"] = datetime.fromisoformat(meta["date"])
            w.add_document(tantivy.Document(**doc))
            n += 1
        w.commit()
        w.wait_merging_threads()
        elapsed = time.perf_counter() - t
    return {"seconds": elapsed, "docs": n, "rss": rss.peak, "size": dir_size(Path(a["index"]))}


def w_query_tantivy(a: dict) -> dict:
    import tantivy

    with PeakRSS() as rss:
        ix = tantivy.Index.open(a["index"])
        ix.reload()
        s = ix.searcher()
        items, bad = [], 0
        for it in QUERIES:
            text = query_for("tantivy", it)
            if text is None:
                continue
            try:
                ix.parse_query(text, ["title", "body"])
                items.append(text)
            except Exception:
                bad += 1

        def run(text):
            q = ix.parse_query(text, ["title", "body"])
            res = s.search(q, 10, count=True)
            gen = tantivy.SnippetGenerator.create(s, q, ix.schema, "body")
            for _score, addr in res.hits:
                doc = s.doc(addr)
                gen.snippet_from_doc(doc).to_html()

        times, n = _time_queries(run, items, a["rounds"])
    return {"times": times, "n": n, "rss": rss.peak, "unparsed": bad}


def w_build_fts5(a: dict) -> dict:
    import sqlite3

    db = Path(a["index"]) / "fts.sqlite3"
    shutil.rmtree(a["index"], ignore_errors=True)
    os.makedirs(a["index"])
    with PeakRSS() as rss:
        t = time.perf_counter()
        con = sqlite3.connect(db)
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute(
            "CREATE VIRTUAL TABLE articles USING fts5(title, body, source, author, "
            "path UNINDEXED, date UNINDEXED, tokenize='porter unicode61')"
        )
        rows = []
        for path in corpus_files(Path(a["corpus"])):
            meta, body = split_front_matter(path.read_text("utf-8"))
            rows.append(
                (
                    meta.get("title", ""),
                    body,
                    meta.get("source", "unknown"),
                    meta.get("author", ""),
                    str(path),
                    meta.get("date"),
                )
            )
            if len(rows) >= 1000:
                con.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?)", rows)
                rows = []
        con.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?)", rows)
        con.commit()
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.close()
        elapsed = time.perf_counter() - t
    return {"seconds": elapsed, "docs": n, "rss": rss.peak, "size": dir_size(Path(a["index"]))}


def w_query_fts5(a: dict) -> dict:
    import sqlite3

    with PeakRSS() as rss:
        con = sqlite3.connect(Path(a["index"]) / "fts.sqlite3")
        items = [q for q in (query_for("fts5", it) for it in QUERIES) if q]

        def run(item):
            match, dates = item
            where, args = [], []
            if match:
                where.append("articles MATCH ?")
                args.append(match)
            if dates:
                where.append("date BETWEEN ? AND ?")
                args.extend(dates)
            cond = " AND ".join(where)
            con.execute(
                f"SELECT source, count(*) FROM articles WHERE {cond} GROUP BY source", args
            ).fetchall()
            snip = "snippet(articles, 1, '[', ']', '…', 24)" if match else "substr(body, 1, 200)"
            order = "ORDER BY rank" if match else "ORDER BY date DESC"
            con.execute(
                f"SELECT path, title, {snip} FROM articles WHERE {cond} {order} LIMIT 10", args
            ).fetchall()

        times, n = _time_queries(run, items, a["rounds"])
    return {"times": times, "n": n, "rss": rss.peak}


def w_app_start(a: dict) -> dict:
    """The app, headless (App.run_test), from process start to its first screen: the
    library listed newest first."""
    import asyncio

    started = float(a["t0"])
    from belreader.library import Library
    from belreader.tui.app import BelreaderApp

    app = BelreaderApp(Library.locate(index=a["index"], data=a["data"]), watch_files=False)

    # the library listed (older trees have only "ready": the index open)
    listed = getattr(app, "first_screen", app.ready)

    async def go():
        async with app.run_test(size=(160, 48)) as pilot:
            while not listed.is_set():
                await pilot.pause(0.01)
            return time.time() - started, app.first_screen_at - app.started_at

    total, inside = asyncio.run(go())
    return {"seconds": total, "app_s": inside}


WORKERS = {name[2:]: fn for name, fn in globals().items() if name.startswith("w_")}


def run_worker(kind: str, args: dict, timeout: float = 7200) -> dict:
    proc = subprocess.run(
        [PY, str(Path(__file__).resolve()), "--worker", kind, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=str(ROOT),
    )
    lines = [ln for ln in proc.stdout.strip().splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    return json.loads(lines[-1])


# ------------------------------------------------------------------------ the table


def have(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def cold_search(index: Path, data: Path, repeat: int) -> float:
    times = []
    for _ in range(max(repeat, 3)):
        t = time.perf_counter()
        proc = subprocess.run(
            [
                PY,
                "-m",
                "belreader.cli",
                "search",
                "Lukashenka NATO",
                "--json",
                "--index",
                str(index),
                "--data",
                str(data),
            ],
            capture_output=True,
            text=True,
            cwd=str(ROOT),
        )
        times.append(time.perf_counter() - t)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"belreader search failed: {proc.stderr.strip()}")
    return statistics.median(times)


def app_start(index: Path, data: Path, repeat: int):
    if not have("belreader.tui.app"):
        return None
    try:
        from belreader.tui import app as app_mod  # noqa: F401
    except Exception:
        return None
    times = []
    for _ in range(max(repeat, 3)):
        res = run_worker(
            "app_start", {"index": str(index), "data": str(data), "t0": time.time()}, timeout=300
        )
        times.append(res["seconds"])
    return statistics.median(times)


def terminal_start(index: Path, data: Path, repeat: int, *, size=(160, 48)) -> float | None:
    """``belreader`` run as a person runs it, in a pseudo-terminal of ``size``: seconds
    from launching the command to the first screen drawn with the library listed (its
    hint text in the output). Everything counts: interpreter start, imports, terminal
    set-up, opening the index, the first paint. None where there are no ptys."""
    try:
        import fcntl
        import pty
        import struct
        import termios
    except ImportError:
        return None
    try:
        from belreader.tui.app import LIBRARY_HINT
    except ImportError:  # a tree without the app, or from before the hint was named
        return None

    # its first sentence: short enough to be drawn on one line at any width measured here
    first_screen_mark = LIBRARY_HINT.split(".")[0].encode()
    script = Path(PY).with_name("belreader")
    cmd = [str(script)] if script.exists() else [PY, "-m", "belreader.cli"]
    cmd += ["--index", str(index), "--data", str(data)]
    winsize = struct.pack("HHHH", size[1], size[0], 0, 0)

    def once() -> float | None:
        started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: the pty is its terminal, sized before the app starts
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
                os.environ["TERM"] = "xterm-256color"
                os.chdir(ROOT)
                os.execv(cmd[0], cmd)
            finally:
                os._exit(127)
        seen, out = None, b""
        try:
            while time.perf_counter() - started < 60:
                try:
                    chunk = os.read(fd, 1 << 16)
                except OSError:  # the child is gone
                    break
                if not chunk:
                    break
                out += chunk
                if first_screen_mark in out:
                    seen = time.perf_counter() - started
                    break
        finally:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            os.close(fd)
        return seen

    once()  # the first launch may index (the seeds) or warm the file cache
    times = [t for t in (once() for _ in range(max(repeat, 5))) if t is not None]
    return statistics.median(times) if times else None


def bench_seeds(args) -> dict:
    """The app on the bundled seeds, as a new user first sees it."""
    index, data = WORK / "index-seeds", WORK / "data-seeds"
    print("\n== the bundled seeds", file=sys.stderr)
    return {
        "n": "seeds",
        "belreader": {
            "terminal_start_s": terminal_start(index, data, args.repeat),
            "app_start_s": app_start(index, data, args.repeat),
        },
    }


def bench_size(n: int, args) -> dict:
    from make_corpus import cached_corpus

    corpus = cached_corpus(n, args.seed, WORK)
    size_mb = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6
    print(f"\n== {n:,} articles ({size_mb:.1f} MB) in {corpus}", file=sys.stderr)
    res: dict = {"n": n, "mb": size_mb}
    data = WORK / f"data-{n}"
    rounds = args.rounds
    for engine in args.engines:
        if engine == "tantivy" and not have("tantivy"):
            print("   tantivy not installed: skipped (pip install tantivy)", file=sys.stderr)
            continue
        index = WORK / f"index-{engine}-{n}"
        a = {"corpus": str(corpus), "index": str(index), "data": str(data), "rounds": rounds}
        builds = []
        for i in range(args.repeat):
            b = run_worker(f"build_{engine}", a)
            builds.append(b)
            print(
                f"   {engine} build {i + 1}/{args.repeat}: {b['seconds']:.1f}s, {b['rss']:.0f} MiB",
                file=sys.stderr,
            )
        r = {
            "build_s": statistics.median(b["seconds"] for b in builds),
            "docs": builds[-1]["docs"],
            "build_rss": statistics.median(b["rss"] for b in builds),
            "size": builds[-1]["size"],
        }
        r["docs_s"] = r["docs"] / r["build_s"]
        qs = [run_worker(f"query_{engine}", a) for _ in range(args.repeat)]
        r["p50"] = statistics.median(percentile(q["times"], 50) for q in qs)
        r["p95"] = statistics.median(percentile(q["times"], 95) for q in qs)
        r["query_rss"] = statistics.median(q["rss"] for q in qs)
        r["queries"] = qs[0]["n"]
        if engine == "belreader":
            r["slowest"] = qs[0]["slowest"]
            r["totals"] = qs[0]["totals"]
            incs = [run_worker("incremental_belreader", a) for _ in range(args.repeat)]
            for key in ("needs_sync_s", "nochange_s", "scan_s", "add_s", "change_s", "delete_s"):
                r[key] = statistics.median(x[key] for x in incs)
            tls = [run_worker("timeline_belreader", a) for _ in range(args.repeat)]
            r["timeline"] = statistics.median(statistics.median(t["times"]) for t in tls)
            r["timeline_query"] = f"{tls[0]['query']} ({tls[0]['share']:.0%} of the library)"
            r["cold_search_s"] = cold_search(index, data, args.repeat)
            r["app_start_s"] = app_start(index, data, args.repeat) if args.app else None
            r["terminal_start_s"] = terminal_start(index, data, args.repeat) if args.app else None
        print(
            f"   {engine}: {json.dumps({k: v for k, v in r.items() if k not in ('totals',)}, default=str)[:400]}",
            file=sys.stderr,
        )
        res[engine] = r
    return res


ROWS = [
    # key, label, unit, lower is better, target {n: value}
    ("build_s", "full build", "s", {10_000: 20}),
    ("docs_s", "build throughput", "docs/s", {}),
    ("size", "index size", "MB", {}),
    ("build_rss", "peak RSS, build", "MiB", {100_000: 400}),
    ("nochange_s", "start-up sync, nothing changed", "s", {100_000: 0.5}),
    ("needs_sync_s", "needs_sync (stat only)", "s", {}),
    ("scan_s", "  of which Library.scan (library.py)", "s", {}),
    ("add_s", "add one article + sync", "s", {100_000: 2}),
    ("change_s", "change one article + sync", "s", {100_000: 2}),
    ("delete_s", "delete one article + sync", "s", {100_000: 2}),
    ("p50", "query p50 (10 hits, snippets, facets)", "ms", {}),
    ("p95", "query p95 (10 hits, snippets, facets)", "ms", {10_000: 30, 100_000: 150}),
    ("query_rss", "peak RSS, library open + queries", "MiB", {100_000: 250}),
    ("timeline", "timeline of a query matching ~half the library", "ms", {100_000: 300}),
    ("cold_search_s", "cold `belreader search --json`", "s", {}),
    ("app_start_s", "app start to first screen (headless)", "s", {"seeds": 0.6, 100_000: 1.0}),
    (
        "terminal_start_s",
        "`belreader` in a terminal to first screen",
        "s",
        {"seeds": 0.6, 100_000: 1.0},
    ),
]


def fmt(key: str, value) -> str:
    if value is None:
        return "n/a"
    if key in ("p50", "p95", "timeline"):
        return f"{value * 1000:.1f}"
    if key == "size":
        return f"{value / 1e6:.1f}"
    if key in ("build_rss", "query_rss"):
        return f"{value:.0f}"
    if key == "docs_s":
        return f"{value:,.0f}"
    return f"{value:.3f}" if value < 1 else f"{value:.2f}"


def table(results: list[dict], engines: list[str]) -> str:
    others = [e for e in ("whoosh", "tantivy", "fts5") if e in engines]
    head = (
        ["articles", "metric", "unit", "belreader"] + [f"{e} (ratio)" for e in others] + ["target"]
    )
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for res in results:
        n = res["n"]
        mine = res.get("belreader", {})
        for key, label, unit, targets in ROWS:
            if key not in mine and not any(key in res.get(e, {}) for e in others):
                continue
            val = mine.get(key)
            cells = [f"{n:,}" if isinstance(n, int) else n, label, unit, fmt(key, val)]
            for e in others:
                ov = res.get(e, {}).get(key)
                if ov is None:
                    cells.append("—")
                    continue
                ratio = f" (×{val / ov:.2f})" if val not in (None, 0) and ov else ""
                cells.append(fmt(key, ov) + ratio)
            target = targets.get(n)
            if target is None:
                cells.append("")
            else:
                ok = val is not None and ((val * 1000 if unit == "ms" else val) <= target)
                cells.append(f"≤ {target} {unit} {'✅' if ok else '❌'}")
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)"
    )
    ap.add_argument(
        "--100k", dest="hundred_k", action="store_true", help="add 100,000 articles (long)"
    )
    ap.add_argument(
        "--repeat", type=int, default=3, help="runs per figure; medians are shown (default 3)"
    )
    ap.add_argument(
        "--rounds", type=int, default=3, help="timed passes over the query mix per run (default 3)"
    )
    ap.add_argument("--engines", default="belreader,whoosh,tantivy,fts5")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--no-app", dest="app", action="store_false", help="skip the app start measurement"
    )
    ap.add_argument("--markdown", type=Path, help="also write the table (Markdown) to this file")
    ap.add_argument("--json", type=Path, help="write the raw figures as JSON")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("worker_args", nargs="?", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](json.loads(args.worker_args))))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.hundred_k and 100_000 not in sizes:
        sizes.append(100_000)
    args.engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    WORK.mkdir(parents=True, exist_ok=True)
    results = ([bench_seeds(args)] if args.app and "belreader" in args.engines else []) + [
        bench_size(n, args) for n in sizes
    ]
    out = table(results, args.engines)
    stamp = f"{date.today().isoformat()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, repeat {args.repeat}"
    print(f"\n{stamp}\n\n{out}")
    for res in results:
        slow = res.get("belreader", {}).get("slowest")
        if slow:
            print(
                f"\n{res['n']:,}: slowest belreader queries: "
                + ", ".join(f"{q!r} {t * 1000:.0f} ms" for q, t in slow)
            )
    if args.markdown:
        args.markdown.write_text(f"{stamp}\n\n{out}\n", "utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
