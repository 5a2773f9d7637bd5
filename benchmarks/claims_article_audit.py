"""Whole-article speaker audit of the claims extractor on real BBC news articles.

PolNeAR scores single paragraphs, so it cannot see a "he said" given to the wrong man
three paragraphs later, or "Mr Brown" not tied to "Gordon Brown". This script runs
``extract_claims`` on whole articles and checks the speakers against verdicts a person
recorded by reading the articles.

The articles are read in place from ``/work/shared/perf/data/bbc_news_2095.jsonl.gz``
(the BBC owns the text; it is never copied into the project). The verdict file
``benchmarks/data/claims_article_audit.jsonl`` holds only ids, offsets, a short hash
of the judged speaker and the verdict, one line per claim::

    {"file": "<article file id>", "start": <claim start>, "speaker_sha": "<8 hex>",
     "verdict": "right" | "wrong name" | "should be unresolved" | "unresolved but clear"}

Usage::

    python benchmarks/claims_article_audit.py            # score all three parts
    python benchmarks/claims_article_audit.py --part both  # dev and held only
    python benchmarks/claims_article_audit.py --show --part held   # claims to judge
    python benchmarks/claims_article_audit.py --show --only-unjudged

Three disjoint samples: ``dev`` (28 politics articles, the fixes were made against it),
``held`` (12 politics articles, judged only once the fixes were done) and ``mixed`` (5
articles each from business, tech, sport and entertainment, judged once in session 16:
how rules made on politics carry over to other news).

A claim whose speaker changed since it was judged (the hash differs) or that is new
is reported as "to re-judge" rather than silently scored with a stale verdict.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

from belreader.claims import extract_claims, split_sentences

CORPUS = Path("/work/shared/perf/data/bbc_news_2095.jsonl.gz")
VERDICTS = Path(__file__).parent / "data" / "claims_article_audit.jsonl"
CATEGORY = "politics"
SEED = 14  # the issue number; fixed so the sample never changes
SAMPLE = 28
# a second, disjoint sample, judged only after the fixes were made against the first
HELD_SEED = 15
HELD_SAMPLE = 12
# a third sample from outside politics, judged once, to see how the rules carry over
MIXED_CATEGORIES = ("business", "tech", "sport", "entertainment")
MIXED_SEED = 16
MIXED_PER_CATEGORY = 5
PARTS = ("dev", "held", "mixed")
PART_GROUPS = {"both": ("dev", "held"), "all": PARTS}
VERDICT_NAMES = ("right", "wrong name", "should be unresolved", "unresolved but clear")


def speaker_sha(speaker: str | None) -> str:
    return hashlib.sha1(str(speaker).encode("utf-8")).hexdigest()[:8]


def sample_articles(corpus: Path = CORPUS, part: str = "dev") -> list[dict]:
    """A fixed random sample of the corpus, in sample order: ``dev`` and ``held``
    (disjoint politics samples) or ``mixed`` (each of MIXED_CATEGORIES in turn)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]

    def of(category: str) -> list[dict]:
        return sorted((r for r in rows if r.get("category") == category), key=lambda r: r["file"])

    if part == "mixed":
        return [
            art
            for category in MIXED_CATEGORIES
            for art in random.Random(MIXED_SEED).sample(of(category), MIXED_PER_CATEGORY)
        ]
    politics = of(CATEGORY)
    dev = random.Random(SEED).sample(politics, SAMPLE)
    if part == "dev":
        return dev
    taken = {r["file"] for r in dev}
    rest = [r for r in politics if r["file"] not in taken]
    return random.Random(HELD_SEED).sample(rest, HELD_SAMPLE)


def load_verdicts(path: Path = VERDICTS) -> dict[tuple[str, int], dict]:
    if not path.exists():
        return {}
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("verdict") not in VERDICT_NAMES:
            sys.exit(f"{path}:{n}: unknown verdict {row.get('verdict')!r}")
        out[(row["file"], int(row["start"]))] = row
    return out


def sentence_of(text: str, start: int) -> str:
    for s, e in split_sentences(text):
        if s <= start < e:
            return text[s:e]
    return text[start : start + 200]


def show(articles: list[dict], verdicts: dict, only_unjudged: bool) -> None:
    for art in articles:
        text = art["text"]
        claims = extract_claims(text)
        print(f"=== {art['file']}  ({len(text)} chars, {len(claims)} claims)")
        for c in claims:
            v = verdicts.get((art["file"], c.start))
            state = "unjudged"
            if v is not None:
                state = v["verdict"] if v["speaker_sha"] == speaker_sha(c.speaker) else "RE-JUDGE"
            if only_unjudged and state not in ("unjudged", "RE-JUDGE"):
                continue
            print(
                f"  [{c.start}] {state:>10} | speaker={c.speaker!r} mention={c.speaker_mention!r}"
                f" cue={c.cue!r} sha={speaker_sha(c.speaker)}"
            )
            print(f"      {' '.join(sentence_of(text, c.start).split())}")


def score(articles: list[dict], verdicts: dict) -> Counter:
    tally: Counter = Counter()
    for art in articles:
        for c in extract_claims(art["text"]):
            v = verdicts.get((art["file"], c.start))
            if v is None:
                tally["unjudged"] += 1
            elif v["speaker_sha"] != speaker_sha(c.speaker):
                tally["to re-judge"] += 1
            else:
                tally[v["verdict"]] += 1
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="print each claim to judge")
    ap.add_argument("--only-unjudged", action="store_true")
    ap.add_argument("--part", choices=(*PARTS, *PART_GROUPS), default="all")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        sys.exit(f"corpus not found: {CORPUS}")
    verdicts = load_verdicts()
    for part in PART_GROUPS.get(args.part, (args.part,)):
        articles = sample_articles(part=part)
        if args.show:
            show(articles, verdicts, args.only_unjudged)
        else:
            report(part, articles, verdicts)
    return 0


def report(part: str, articles: list[dict], verdicts: dict) -> None:
    tally = score(articles, verdicts)
    judged = sum(tally[v] for v in VERDICT_NAMES)
    if part == "mixed":
        drawn = f"{MIXED_PER_CATEGORY} each of {', '.join(MIXED_CATEGORIES)}, seed {MIXED_SEED}"
    else:
        drawn = f"{CATEGORY}, seed {SEED if part == 'dev' else HELD_SEED}"
    print(f"{part}: {len(articles)} articles ({drawn})")
    print(
        f"claims judged: {judged}  (unjudged {tally['unjudged']}, to re-judge {tally['to re-judge']})"
    )
    for v in VERDICT_NAMES:
        print(f"  {v:<22} {tally[v]:>4}")
    if judged:
        wrong = tally["wrong name"] + tally["should be unresolved"]
        print(f"wrong-name rate (wrong name + should be unresolved): {wrong / judged:.3f}")
        print(f"  of which wrong name: {tally['wrong name'] / judged:.3f}")
        print(f"unresolved-but-clear rate: {tally['unresolved but clear'] / judged:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
