"""How often the romanisation key of names (belreader.search.names) merges different names.

    python benchmarks/name_key_merges.py                 # the perf corpus, read in place
    python benchmarks/name_key_merges.py --show 50       # and list the merged groups

Over a real English corpus (../shared/perf/data/bbc_news_2095.jsonl.gz: BBC News,
2004-2005, with next to no Belarusian or Russian names) every group of names the key
puts together is a candidate false merge: the names are what indexing keeps
(``names.names_in``: capitalised words never written in lower case), and a group is
counted when its names also have different search terms (so Ivanov and Ivanov's, one
term, do not count). It also counts the names whose key is the key of one of the
corpus's common (lower-case) words: a query for such a name would pull in spellings
of the common word if the expansion did not refuse common words (it does; this is
the check that there is little to refuse).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from belreader.search.analysis import TOKEN_RE, Analysis  # noqa: E402
from belreader.search.names import name_key, names_in  # noqa: E402

PERF = HERE.parent.parent / "shared" / "perf" / "data" / "bbc_news_2095.jsonl.gz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=PERF, help="a .jsonl.gz of {'text': ...}")
    ap.add_argument("--show", type=int, default=20, help="merged groups to list")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    seen: set[str] = set()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for row in f:
            seen.update(TOKEN_RE.findall(json.loads(row)["text"]))
    names = names_in(seen)
    common = {w for w in seen if w == w.lower() and w.isalpha() and len(w) >= 3}
    started = time.perf_counter()
    by_key: dict[str, set[str]] = {}
    for name in names:
        by_key.setdefault(name_key(name), set()).add(name)
    elapsed = time.perf_counter() - started
    term = Analysis().term
    merged = [sorted(group) for group in by_key.values() if len({term(n) for n in group}) > 1]
    merged.sort(key=lambda g: (-len(g), g))
    common_by_key: dict[str, set[str]] = {}
    for w in common:
        common_by_key.setdefault(name_key(w), set()).add(term(w))
    # a name and a common word of another term under one key
    with_common = sorted(n for n in names if common_by_key.get(name_key(n), set()) - {term(n)})
    print(f"corpus: {args.corpus.name}: {len(seen):,} distinct words, {len(names):,} names")
    print(f"keys: {len(by_key):,} ({elapsed * 1e6 / max(len(names), 1):.1f} µs a name)")
    print(f"groups merging names of different terms: {len(merged)}")
    print(f"  names in them: {sum(len(g) for g in merged)}")
    print(f"names whose key is a common word's key: {len(with_common)}")
    for group in merged[: args.show]:
        print("  " + " = ".join(group))
    if with_common:
        print("names keyed like a common word (first 20): " + ", ".join(with_common[:20]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
