"""How fast bookmarks re-anchor on long articles (the wall-clock limit that used to sit
inside tests/test_bookmarks.py, where a busy machine made it flaky).

    .venv/bin/python benchmarks/reanchor.py [--repeat 15]

A 100 KB article (words of the seed articles in random order) with a quote in the
middle; three changes: the text moved (found exactly), a word of the quote edited (found
fuzzily), the quote gone (an orphan). Prints median and worst milliseconds per case and
exits 1 when a median passes the budget (500 ms: re-anchoring runs for every bookmark
of a changed article while the app syncs).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from belreader.bookmarks import CONTEXT_LEN, locate
from belreader.library import bundled_seeds

BUDGET_MS = 500.0


def cases() -> tuple[tuple[str, int, int, str], dict[str, tuple[str, str | None]]]:
    rng = random.Random(7)
    words = [w for p in sorted(bundled_seeds().glob("*.txt")) for w in p.read_text("utf-8").split()]
    filler = " ".join(rng.choice(words) for _ in range(20_000))[:100_000]
    quote = "The minister's 2024 statement on the Ostrovets nuclear plant was clear."
    body = filler[:50_000] + " " + quote + " " + filler[50_000:]
    start = body.index(quote)
    end = start + len(quote)
    sel = (quote, body[max(0, start - CONTEXT_LEN) : start], body[end : end + CONTEXT_LEN])
    moved = "Preface.\n" * 50 + body
    changes = {
        "moved": (moved, "exact"),
        "edited": (moved.replace("was clear", "was plain"), "fuzzy"),
        "gone": (filler + filler[:1000], None),
    }
    return (*sel, start, end), changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    saved, changes = cases()
    print("| change | result | median ms | max ms |\n| --- | --- | ---: | ---: |")
    over = False
    for name, (new, expected) in changes.items():
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            found = locate(new, *saved)
            times.append((time.perf_counter() - t0) * 1000)
            if (found[0] if found else None) != expected:
                print(f"{name}: expected {expected}, got {found}", file=sys.stderr)
                return 2
        median = statistics.median(times)
        over |= median > BUDGET_MS
        print(f"| {name} | {expected or 'orphan'} | {median:.1f} | {max(times):.1f} |")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
