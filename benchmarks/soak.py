"""Soak: a long run of everything a busy day does, looking for exceptions and leaks.

A 10,000-article library (benchmarks/make_corpus.py), 5,000 random queries made from
the corpus vocabulary with random operators, every 10th hit opened and its claims
extracted again, bookmarks added and removed. Passes when nothing raised but
QueryError (a query the parser explains) and RSS after the run is within 20% of RSS
after the first 500 queries.

    python benchmarks/soak.py [--n 10000] [--queries 5000] [--seed 11]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_corpus import cached_corpus

from belreader.bookmarks import BookmarkStore
from belreader.claims import extract_claims
from belreader.library import Library
from belreader.search import QueryError, SearchIndex

OPERATORS = [
    "{a}",
    "{a} {b}",
    "{a} AND {b}",
    "{a} OR {b}",
    "{a} NOT {b}",
    '"{a} {b}"',
    "{p}*",
    "title:{a}",
    "({a} OR {b}) AND {c}",
    "speaker:{a}",
    "date:20{y}",
    "date:[20{y} to 20{z}]",
    "{a}~",
    '"{a}',
    "({a}",
    "{a}:",
    "source:{a}",
    "{a} -{b}",
    "NOT {a}",
]


def rss_mb() -> float:
    """Current resident set size (Linux /proc), in MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def vocabulary(folder: Path, rng: random.Random, limit: int = 5000) -> list[str]:
    words: Counter = Counter()
    files = sorted(folder.rglob("*.md")) + sorted(folder.rglob("*.txt"))
    for path in rng.sample(files, min(300, len(files))):
        words.update(
            w.lower() for w in re.findall(r"[A-Za-z]{3,}", path.read_text("utf-8", "replace"))
        )
    return [w for w, _ in words.most_common(limit)]


def make_query(rng: random.Random, vocab: list[str]) -> str:
    pick = lambda: rng.choice(vocab)  # noqa: E731
    y = rng.randint(0, 24)
    return rng.choice(OPERATORS).format(
        a=pick(),
        b=pick(),
        c=pick(),
        p=pick()[: rng.randint(2, 5)],
        y=f"{y:02d}",
        z=f"{min(y + rng.randint(0, 3), 26):02d}",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=5_000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    corpus = cached_corpus(args.n)
    work = Path(tempfile.mkdtemp(prefix="belreader-soak-"))
    lib = Library(index_dir=work / "index", data_dir=work / "data", corpora=[corpus])
    lib.save()
    t0 = time.perf_counter()
    ix = SearchIndex(lib)
    report = ix.sync()
    build_s = time.perf_counter() - t0
    vocab = vocabulary(corpus, rng)
    store = BookmarkStore(lib.bookmarks_db)

    errors: list[str] = []
    explained = opened = claims_seen = added = removed = 0
    latencies: list[float] = []
    rss_500 = None
    live_marks: list[str] = []
    for n in range(1, args.queries + 1):
        q = make_query(rng, vocab)
        try:
            started = time.perf_counter()
            results = ix.search(q, limit=10)
            latencies.append(time.perf_counter() - started)
            for i, hit in enumerate(results.hits):
                if (n * 10 + i) % 10:
                    continue  # every 10th hit is opened
                art = ix.article(hit.id)
                opened += 1
                claims_seen += len(extract_claims(art.body))
                if art.body and rng.random() < 0.5:
                    start = rng.randrange(0, max(1, len(art.body) - 80))
                    mark = store.add(
                        art,
                        start,
                        min(len(art.body), start + rng.randint(20, 200)),
                        note=q,
                        tags=["soak"],
                    )
                    live_marks.append(mark.id)
                    added += 1
                if live_marks and rng.random() < 0.4:
                    store.delete(live_marks.pop(rng.randrange(len(live_marks))))
                    removed += 1
        except QueryError:
            explained += 1
        except Exception:  # the soak's job is to find these
            errors.append(f"{q!r}: {traceback.format_exc(limit=3)}")
        if n == 500:
            rss_500 = rss_mb()
    rss_end = rss_mb()
    store.close()
    ix.close()

    latencies.sort()
    p = lambda f: latencies[int(f * (len(latencies) - 1))] * 1000 if latencies else float("nan")  # noqa: E731
    growth = (rss_end - rss_500) / rss_500 * 100 if rss_500 else float("nan")
    rows = [
        ("articles", f"{ix_count(lib):,}"),
        ("build (s)", f"{build_s:.1f} ({report.added:,} added)"),
        ("queries run", f"{args.queries:,}"),
        ("explained as bad queries", f"{explained:,}"),
        ("exceptions", f"{len(errors)}"),
        ("query p50 / p95 / max (ms)", f"{p(0.5):.1f} / {p(0.95):.1f} / {p(1.0):.1f}"),
        ("articles opened + claims extracted", f"{opened:,} ({claims_seen:,} claims)"),
        ("bookmarks added / removed", f"{added:,} / {removed:,}"),
        ("RSS after 500 queries (MiB)", f"{rss_500:.0f}"),
        ("RSS after the run (MiB)", f"{rss_end:.0f} ({growth:+.1f}%)"),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"{'soak':<{width}}  result")
    print(f"{'-' * width}  {'-' * 30}")
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    for e in errors[:5]:
        print("\n" + e)
    ok = not errors and growth <= 20
    print(
        f"\n{'PASS' if ok else 'FAIL'}: {len(errors)} exceptions, RSS growth {growth:+.1f}% (limit +20%)"
    )
    return 0 if ok else 1


def ix_count(lib: Library) -> int:
    ix = SearchIndex(lib)
    try:
        return ix.count()
    finally:
        ix.close()


if __name__ == "__main__":
    sys.exit(main())
