"""Start-up sync of a mixed-format library against a text-only one of the same size.

    python benchmarks/mixed_sync.py --n 10000 [--repeat 5]

Builds (once, cached under /tmp/belreader-bench) a text-only corpus and a ``--mixed``
one (make_corpus.py: 40% of articles as HTML pages, JSONL/CSV dumps, RSS feeds and
WARC.gz archives), indexes each, then times on fresh handles: the start-up sync with
nothing changed, needs_sync (the app's stat-only check), and one changed dump record
(re-read of its 500-record file, one article re-indexed). Medians of --repeat runs;
the machine is shared, so compare the two columns of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from make_corpus import cached_corpus  # noqa: E402

from belreader.library import Library  # noqa: E402
from belreader.search import SearchIndex  # noqa: E402


def measure(corpus: Path, index: Path, repeat: int) -> dict:
    lib = Library(index_dir=index, data_dir=index.with_name(index.name + "-data"), corpora=[corpus])
    lib.save()
    out: dict = {}
    t = time.perf_counter()
    SearchIndex(lib).sync(rebuild=True)
    out["build_s"] = time.perf_counter() - t
    out["articles"] = SearchIndex(lib).count()
    out["files"] = len(lib.scan().entries)
    times, checks = [], []
    for _ in range(repeat):
        ix = SearchIndex(lib)
        t = time.perf_counter()
        r = ix.sync()
        times.append(time.perf_counter() - t)
        assert r.touched == 0, r
        t = time.perf_counter()
        SearchIndex(lib).needs_sync()
        checks.append(time.perf_counter() - t)
    out["nochange_s"] = statistics.median(times)
    out["needs_sync_s"] = statistics.median(checks)
    dumps = sorted(corpus.rglob("*.jsonl"))
    if dumps:
        dump = dumps[0]
        original = dump.read_bytes()
        lines = original.decode("utf-8").split("\n")
        rec = json.loads(lines[0])
        rec["maintext"] += " An added sentence."
        changes = []
        try:
            for k in range(repeat):
                lines[0] = json.dumps(rec, ensure_ascii=False)
                rec["maintext"] += f" {k}"
                dump.write_text("\n".join(lines), "utf-8")
                t = time.perf_counter()
                r = SearchIndex(lib).sync()
                changes.append(time.perf_counter() - t)
                assert (r.changed, r.added, r.deleted) == (1, 0, 0), r
        finally:
            dump.write_bytes(original)
            SearchIndex(lib).sync()
        out["change_record_s"] = statistics.median(changes)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--mixed-only",
        action="store_true",
        help="skip the text-only library (its 100k figures are in RESULTS.md)",
    )
    args = ap.parse_args(argv)
    root = Path("/tmp/belreader-bench")
    rows = {}
    for label, mixed in (("text only", False), ("mixed formats", True))[args.mixed_only :]:
        corpus = cached_corpus(args.n, args.seed, root, mixed=mixed)
        index = root / f"mixed-sync-ix-{args.n}-{'mixed' if mixed else 'text'}"
        rows[label] = measure(corpus, index, args.repeat)
        print(label, rows[label], file=sys.stderr, flush=True)
    keys = [
        ("files", "files", "{:.0f}"),
        ("articles", "articles", "{:.0f}"),
        ("build_s", "full build (s)", "{:.1f}"),
        ("nochange_s", "start-up sync, nothing changed (s)", "{:.3f}"),
        ("needs_sync_s", "needs_sync (s)", "{:.3f}"),
        ("change_record_s", "one dump record changed + sync (s)", "{:.2f}"),
    ]
    print(f"| {args.n} articles (cpu {os.cpu_count()}) | " + " | ".join(rows) + " |")
    print("|---|" + "---|" * len(rows))
    for key, name, fmt in keys:
        print(
            f"| {name} | "
            + " | ".join(fmt.format(r[key]) if key in r else "—" for r in rows.values())
            + " |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
