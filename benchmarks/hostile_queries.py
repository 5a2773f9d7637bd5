"""Time queries built to make the engine work hard: ranges over text fields, many short
prefixes, deep nesting, long pastes. Every query must either answer or refuse with a
one-line reason, and none may hold the index for long (see search.QUERY_DEADLINE_SECONDS).

    python benchmarks/hostile_queries.py --n 2000 [--repeat 3] [--corpus /tmp/corpus-2k]

Builds (or reuses) a generated corpus with make_corpus.py and an index beside it, then
prints a table: query, outcome (hits or the refusal), median seconds over --repeat runs.
Numbers are wall-clock on a shared machine: compare within one run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from belreader.library import Library  # noqa: E402
from belreader.search import QueryError, SearchError, SearchIndex  # noqa: E402

TWO_LETTERS = [a + b for a in "abcdefghijklmnopqrst" for b in "ae"]

HOSTILE = [
    "[a TO z]",
    "body:[a TO zzzz]",
    "body:{aa TO zz}",
    "title:[a TO z] OR body:[b TO y]",
    " OR ".join(f"{p}*" for p in TWO_LETTERS[:40]),
    " OR ".join(f"{p}*" for p in TWO_LETTERS[:40]) + " OR [a TO z]",
    "*a*",
    "?e*",
    "NOT NOT NOT minsk",
    "(" * 200 + "minsk" + ")" * 200,
    " OR ".join(["minsk"] * 100),
    "x" * 990,
    '"' + " ".join(["the government said"] * 40) + '"',
    # broad but inside the caps: these run to the end, and set the time to beat
    "title:[a TO z]",
    "body:[ma TO mb]",
    "co* OR pr* OR re* OR st*",
    "NOT minsk",
    "NOT (belarus OR minsk OR russia OR government OR said)",
    "said OR people OR year OR government OR country OR new OR time OR police",
    "date:[2015 to 2025] OR said",
    '"the government" OR "prime minister" OR "police said"',
]


def run(n: int, repeat: int, corpus: Path | None) -> None:
    work = Path(tempfile.mkdtemp(prefix="hostile-"))
    if corpus is None:
        corpus = work / f"corpus-{n}"
        subprocess.run(
            [sys.executable, str(HERE / "make_corpus.py"), "--n", str(n), "--out", str(corpus)],
            check=True,
        )
    lib = Library(index_dir=work / "ix", data_dir=work / "data", corpora=[corpus])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    print(f"{ix.count()} articles\n")
    print("| query | outcome | median s |\n|---|---|---:|")
    slowest = (0.0, "")
    for text in HOSTILE:
        times, outcome = [], ""
        for _ in range(repeat):
            started = time.perf_counter()
            try:
                outcome = f"{ix.search(text, limit=20).total} hits"
            except QueryError as exc:
                outcome = f"refused: {exc}"
            except SearchError as exc:
                outcome = f"ERROR {exc}"
            except Exception as exc:  # the point of the script: show what escapes
                outcome = f"TRACEBACK {type(exc).__name__}: {exc}"
            times.append(time.perf_counter() - started)
        med = statistics.median(times)
        slowest = max(slowest, (med, text))
        shown = text if len(text) <= 60 else text[:57] + "..."
        print(f"| `{shown}` | {outcome[:90]} | {med:.3f} |", flush=True)
    print(f"\nslowest: {slowest[0]:.3f} s for {slowest[1][:60]!r}")
    ix.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles to generate (1k-10k)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="an existing corpus folder (skips generation)")
    args = ap.parse_args(argv)
    run(args.n, args.repeat, args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
