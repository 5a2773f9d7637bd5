"""How well belreader/stories/quotes.py groups one quotation carried by several
articles, and how it labels their framing.

    python benchmarks/stories_quotes.py [--bases 150] [--seed 7] [--json]

A labelled set made at run time, end to end through the real claim extractor
(``belreader.claims.extract_claims``) and the real grouping (``quotes.insert`` and
``quotes.relink`` on an in-memory store), one quotation per article:

- wordings: ``--bases`` sentences of 8 to 30 words from the perf corpus
  (``../shared/perf/data/bbc_news_2095.jsonl.gz``, read where it lies, never copied)
  used as things a person said, each given a speaker;
- positives, each a version of a base in another article: ``exact`` (another outlet),
  ``word-dropped`` (one word left out), ``claimed`` (the cue said -> claimed),
  ``allegedly`` (the hedge added), ``punctuation-case`` (commas dropped, lower case,
  an exclamation mark), ``speaker-spelling`` (the speaker spelled another way:
  Lukashenka, Tikhanovskaya...), ``cut-short`` (the first 70% of the words);
- hard negatives, a different quotation in its own article: ``shared-words`` (the
  base's first 60% of words, then the second half of another sentence),
  ``shared-words-80`` (its first 80%, then another sentence's last fifth),
  ``negated`` ("not" put in: the same words saying the opposite);
- slogans (``benchmarks/data/quote_slogans.txt``, written for this): each carried by
  protesters and by an official: one group by wording, two speakers never merged.

Reported: pairwise precision and recall of the groups (a pair of versions is true when
both come from one base or one slogan), counted two ways: with *negated* a different
quotation, and with it the same quotation whose version the compare screen marks
"negation dropped/added" (``quotes.compare``: how many negated versions get that
mark, and how many other versions get it); recall per edit, the hard negatives
wrongly joined per kind (in the groups, and by the pair rule ``same_quotation`` alone:
until 5 December 2026 a group was the transitive closure of the pairs, so one wrong
pair could pull in more; now a version must match its group's head wording), versions
the extractor did not yield, the framing label per version (neutral / distancing /
hedged as expected) and the groups flagged "framing differs".
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from belreader.aliases import default_table  # noqa: E402
from belreader.claims import extract_claims  # noqa: E402
from belreader.stories import quotes  # noqa: E402
from belreader.stories.store import ArticleInput  # noqa: E402

DATA = HERE.parent.parent / "shared" / "perf" / "data" / "bbc_news_2095.jsonl.gz"
SLOGANS = HERE / "data" / "quote_slogans.txt"
# (as the base writes the speaker, another spelling the alias table folds to the same)
SPEAKERS = [
    ("Alexander Lukashenko", "Alyaksandr Lukashenka"),
    ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"),
    ("Vladimir Putin", "Vladimir Vladimirovich Putin"),
]
POSITIVES = [
    "exact",
    "word-dropped",
    "claimed",
    "allegedly",
    "punctuation-case",
    "speaker-spelling",
    "cut-short",
]
NEGATIVES = ["shared-words", "shared-words-80", "negated"]
EXPECTED_FRAMING = {"claimed": "distancing", "allegedly": "hedged"}  # others: neutral
FILLER = "The remarks were made at a meeting in the capital on Tuesday, reporters present said."
_AUX = re.compile(r"\b(is|are|was|were|will|would|can|could|should|has|have|had|do|does|did)\b")


def base_sentences(n: int, rng: random.Random) -> list[str]:
    """``n`` sentences of 8-30 words, no quotation marks of their own, from distinct
    articles of the perf corpus."""
    found: list[str] = []
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            body = json.loads(line)["text"].partition("\n\n")[2]
            sentences = [
                s.strip()
                for s in re.split(r"(?<=[.!?])\s+", body)
                if 8 <= len(s.split()) <= 30 and not re.search(r"[\"“”‘’']", s)
            ]
            if sentences:
                found.append(rng.choice(sentences).rstrip(".!?"))
    rng.shuffle(found)
    return found[:n]


def article(speaker: str, cue: str, wording: str, end: str = ".") -> str:
    """One paragraph of filler, one carrying the quotation: '"…," Speaker said.'"""
    return f'{FILLER}\n\n"{wording}{"," if end == "." else end}" {speaker} {cue}.'


def versions_of(base: str, other: str, speakers: tuple[str, str], rng: random.Random):
    """(kind, article text) for the base and each edit of it."""
    speaker, spelled = speakers
    ws = base.split()
    dropped = ws[:]
    del dropped[rng.randrange(1, len(ws))]
    other_ws = other.split()
    shared = ws[: max(1, int(len(ws) * 0.6))] + other_ws[len(other_ws) // 2 :]
    shared_80 = ws[: max(1, int(len(ws) * 0.8))] + other_ws[-max(2, len(ws) // 5) :]
    negated = _AUX.sub(lambda m: m.group(0) + " not", base, count=1)
    if negated == base:
        negated = "It is not true that " + base[0].lower() + base[1:]
    yield "base", article(speaker, "said", base)
    yield "exact", article(speaker, "said", base)
    yield "word-dropped", article(speaker, "said", " ".join(dropped))
    yield "claimed", article(speaker, "claimed", base)
    yield "allegedly", article(speaker, "allegedly said", base)
    yield "punctuation-case", article(speaker, "said", base.replace(",", "").lower(), end="!")
    yield "speaker-spelling", article(spelled, "said", base)
    yield "cut-short", article(speaker, "said", " ".join(ws[: max(6, int(len(ws) * 0.7))]))
    yield "shared-words", article(speaker, "said", " ".join(shared))
    yield "shared-words-80", article(speaker, "said", " ".join(shared_80))
    yield "negated", article(speaker, "said", negated)


def build(bases: int, seed: int):
    """The articles, and each one's label: (set name, kind)."""
    rng = random.Random(seed)
    sentences = base_sentences(bases * 2, rng)
    texts: list[tuple[str, str, tuple[str, str]]] = []  # (id, text, (set, kind))
    for i in range(bases):
        base, other = sentences[i], sentences[bases + i]
        for kind, text in versions_of(base, other, SPEAKERS[i % len(SPEAKERS)], rng):
            label = f"b{i}" if kind not in NEGATIVES else f"b{i}-{kind}"
            texts.append((f"b{i}-{kind}", text, (label, kind)))
    for i, line in enumerate(SLOGANS.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        texts.append((f"s{i}-crowd", article("Protesters", "chanted", line), (f"s{i}", "slogan")))
        texts.append(
            (f"s{i}-official", article("Alexander Lukashenko", "said", line), (f"s{i}", "slogan"))
        )
    return texts


def run(bases: int, seed: int) -> dict:
    aliases = default_table()
    texts = build(bases, seed)
    db = sqlite3.connect(":memory:")
    quotes.create_schema(db)
    # what quotes.compare reads of the store's articles table (empty: no outlet or date)
    db.execute(
        "CREATE TABLE articles (id TEXT, title TEXT, source TEXT, day INTEGER, clock TEXT, path TEXT)"
    )
    inputs = []
    for aid, text, _ in texts:
        claims = [c.to_dict() for c in extract_claims(text, aliases)]
        inputs.append(ArticleInput(aid, aid, aid, aid, aid, None, text, (), claims))
    new = quotes.insert(db, inputs, aliases)
    quotes.relink(db, new, fresh=True)
    rows = db.execute("SELECT article, grp, speaker_key, cue, hedges FROM quotes").fetchall()
    got = {aid: (grp, key, cue, json.loads(h)) for aid, grp, key, cue, h in rows}
    label = {aid: lab for aid, _, lab in texts}

    missing = Counter(label[aid][1] for aid in label if aid not in got)
    ids = sorted(got)
    # the other way: a negated version is its base's quotation, flagged on the screen
    same_words = {aid: (lab.removesuffix("-negated"), kind) for aid, (lab, kind) in label.items()}
    tp = fp = fn = 0
    tp2 = fp2 = fn2 = 0
    for a, b in combinations(ids, 2):
        said = got[a][0] == got[b][0]
        truth = label[a][0] == label[b][0]
        tp += truth and said
        fp += said and not truth
        fn += truth and not said
        truth = same_words[a][0] == same_words[b][0]
        tp2 += truth and said
        fp2 += said and not truth
        fn2 += truth and not said
    # recall per edit: the variant in its base's group; negatives: wrongly joined
    # and by the pair rule alone (same_quotation on the two wordings, no chaining
    # through other versions of the group)
    norm = dict(db.execute("SELECT article, norm FROM quotes"))
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for aid, (_, kind) in label.items():
        if kind in ("base", "slogan"):
            continue
        base_id = f"{aid.split('-')[0]}-base"
        both = aid in got and base_id in got
        per_kind[kind][0] += both and got[aid][0] == got[base_id][0]
        per_kind[kind][1] += both and quotes.same_quotation(norm[aid], norm[base_id])
        per_kind[kind][2] += 1
    slogans = defaultdict(set)
    for aid, (setname, kind) in label.items():
        if kind == "slogan" and aid in got:
            slogans[setname].add((got[aid][0], got[aid][1]))
    slogan_grouped = sum(len({g for g, _ in v}) == 1 for v in slogans.values())
    slogan_apart = sum(len({k for _, k in v}) == 2 for v in slogans.values())
    spelled_folded = sum(
        1
        for aid, (_, kind) in label.items()
        if kind == "speaker-spelling"
        and aid in got
        and got.get(f"{aid.split('-')[0]}-base", (None, None))[1] == got[aid][1]
    )
    framing: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for aid, (_, kind) in label.items():
        if aid not in got or kind in NEGATIVES or kind == "slogan":
            continue
        _, _, cue, hedges = got[aid]
        want = EXPECTED_FRAMING.get(kind, "neutral")
        framing[kind][0] += quotes.framing(cue, hedges) == want
        framing[kind][1] += 1
    # "framing differs" on each base's group, as the compare screen flags it
    members: dict[int, list] = defaultdict(list)
    for grp, _, cue, hedges in got.values():
        members[grp].append(SimpleNamespace(framing=quotes.framing(cue, hedges)))
    base_groups = {got[f"b{i}-base"][0] for i in range(bases) if f"b{i}-base" in got}
    flagged = sum(quotes.framing_differs(members[g]) for g in base_groups)
    # "negation differs" on the compare screen, per version of each base's group
    negation_marked: Counter[str] = Counter()
    in_base_groups: Counter[str] = Counter()
    for c in quotes.compare(db, sorted(base_groups), cap=len(texts)):
        for v in c.versions:
            kind = label[v.article][1]
            in_base_groups[kind] += 1
            negation_marked[kind] += bool(v.negation)
    return {
        "versions": len(texts),
        "not_extracted": dict(missing),
        "pairs": {"tp": tp, "fp": fp, "fn": fn},
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "negated_as_same": {
            "pairs": {"tp": tp2, "fp": fp2, "fn": fn2},
            "precision": tp2 / (tp2 + fp2) if tp2 + fp2 else 1.0,
            "recall": tp2 / (tp2 + fn2) if tp2 + fn2 else 1.0,
        },
        "negation_marked": {
            "negated": f"{negation_marked['negated']}/{per_kind['negated'][2]}",
            "other_versions": f"{sum(negation_marked.values()) - negation_marked['negated']}"
            f"/{sum(in_base_groups.values()) - in_base_groups['negated']}",
        },
        "joined_to_base": {k: f"{v[0]}/{v[2]}" for k, v in sorted(per_kind.items())},
        "pair_rule_alone": {k: f"{v[1]}/{v[2]}" for k, v in sorted(per_kind.items())},
        "slogans": {
            "count": len(slogans),
            "one_group": slogan_grouped,
            "two_speakers_kept": slogan_apart,
        },
        "speaker_spellings_folded": f"{spelled_folded}/{per_kind['speaker-spelling'][2]}",
        "framing_as_expected": {k: f"{v[0]}/{v[1]}" for k, v in sorted(framing.items())},
        "groups_flagged_framing_differs": f"{flagged}/{bases}",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bases", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    out = run(args.bases, args.seed)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{out['versions']} versions (one quotation per article), seed {args.seed}")
    p = out["pairs"]
    print(
        f"pairs: precision {out['precision']:.3f}  recall {out['recall']:.3f}"
        f"  (tp {p['tp']}, fp {p['fp']}, fn {p['fn']})"
    )
    s2 = out["negated_as_same"]
    p2 = s2["pairs"]
    print(
        f"negated counted as the same quotation (marked 'negation differs'): precision "
        f"{s2['precision']:.3f}  recall {s2['recall']:.3f}"
        f"  (tp {p2['tp']}, fp {p2['fp']}, fn {p2['fn']})"
    )
    m = out["negation_marked"]
    print(
        f"'negation differs' on the compare screen: negated versions {m['negated']},"
        f" other versions in the base groups {m['other_versions']}"
    )
    print("joined to the base's group (positives should be, negatives not); by the pair")
    print("rule alone, without chaining through the group's other versions:")
    for kind, v in out["joined_to_base"].items():
        alone = out["pair_rule_alone"][kind]
        print(f"  {kind:18} {v:>9}  {alone:>9}{'   <- hard negative' if kind in NEGATIVES else ''}")
    s = out["slogans"]
    print(
        f"slogans: {s['one_group']}/{s['count']} one group, "
        f"{s['two_speakers_kept']}/{s['count']} with both speakers kept apart"
    )
    print(f"speaker spellings folded to the base's speaker: {out['speaker_spellings_folded']}")
    print("framing label as expected:")
    for kind, v in out["framing_as_expected"].items():
        print(f"  {kind:18} {v}")
    print(f"base groups flagged 'framing differs': {out['groups_flagged_framing_differs']}")
    if out["not_extracted"]:
        print(f"versions the extractor did not yield: {out['not_extracted']}")


if __name__ == "__main__":
    main()
