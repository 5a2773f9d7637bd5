"""How well belreader/stories finds copies of one story, and what grouping costs.

    python benchmarks/stories_detect.py [--originals 300] [--negatives 135]
        [--index DIR --data DIR] [--cost-100k] [--markdown FILE]

The test set is made at run time from the perf corpus (``../shared/perf/data/
bbc_news_2095.jsonl.gz``, read where it lies, never copied): the 2,095 real articles
as a library, plus, for ``--originals`` of them (seeded), one copy per kind of edit:

- retitled: the same body under a new headline;
- lead-in: a republishing note and a dateline put before the text;
- ending-cut: the last 30% of the paragraphs (at least one) cut;
- reordered: the paragraphs shuffled;
- words-changed: 5% of the words replaced by other words of the corpus.

Negatives are genuinely different articles on the same subject: for ``--negatives``
originals, the other article of the same category whose content words overlap most
(the corpus's own duplicates excluded). None of them should join the original's story.
The corpus's own copies (articles sharing half their sentences: the BBC set has
reports and their updated versions) count as true copies.

Reported: recall and precision per kind of edit at several Jaccard thresholds (the
containment rule fixed), the negatives grouped, and the costs: linking this set,
a refresh of an indexed library from scratch and one article added or removed
(``--index``: a synced 10k index, e.g. from make_corpus.py), and with ``--cost-100k``
the grouping of 100k articles made by recombining real paragraphs (no claims: the
quotation part is not in that figure).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from belreader.stories import store as store_mod  # noqa: E402
from belreader.stories.store import ArticleInput, StoryStore  # noqa: E402

DATA = HERE.parent.parent / "shared" / "perf" / "data" / "bbc_news_2095.jsonl.gz"
KINDS = ["retitled", "lead-in", "ending-cut", "reordered", "words-changed"]
THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7]
LEAD_INS = [
    "This report first appeared on a partner site and is republished here with permission.",
    "Editor's note: this story has been updated with reactions from those involved.",
    "Our syndication partners sent us the following report, which we carry in full.",
]
DATELINES = ["LONDON (Agency) - ", "MINSK, 4 March (Wire) - ", "BRUSSELS (Newsroom) - "]
STOP = set(
    "the a an and or of to in on for at by with from as is was are were be been it its "
    "that this these those he she they we you i his her their our not but have has had "
    "will would can could said says say also more than which who what when there about".split()
)


def load_corpus(path: Path) -> list[dict]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rec = json.loads(line)
            title, _, body = rec["text"].partition("\n\n")
            paras = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
            out.append(
                {
                    "id": f"bbc{i:04d}",
                    "title": title.strip(),
                    "cat": rec["category"],
                    "paras": paras,
                }
            )
    return out


def make_input(aid: str, title: str, paras: list[str], day=None, source="BBC") -> ArticleInput:
    body = "\n\n".join(paras)
    spans, at = [], 0
    for p in paras:
        spans.append((at, at + len(p)))
        at += len(p) + 2
    return ArticleInput(aid, f"h{aid}", title, source, f"/bench/{aid}.txt", day, body, spans)


def _sentences(art: dict) -> set[str]:
    text = " ".join(art["paras"])
    return {s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5}


def corpus_duplicates(corpus: list[dict]) -> dict[str, set[str]]:
    """{id: the other corpus articles sharing at least half of its sentences (or half
    of theirs)}: the corpus's own copies and updated versions of one report."""
    sentences = {a["id"]: _sentences(a) for a in corpus}
    where = defaultdict(set)
    for aid, ss in sentences.items():
        for s in ss:
            where[s].add(aid)
    out: dict[str, set[str]] = defaultdict(set)
    for aid, ss in sentences.items():
        shared: dict[str, int] = defaultdict(int)
        for s in ss:
            for other in where[s]:
                if other != aid:
                    shared[other] += 1
        for other, n in shared.items():
            if n * 2 >= min(len(ss), len(sentences[other])):
                out[aid].add(other)
                out[other].add(aid)
    return out


def edit(kind: str, art: dict, rng: random.Random, vocab: list[str]) -> tuple[str, list[str]]:
    paras = list(art["paras"])
    title = art["title"]
    if kind == "retitled":
        return f"{rng.choice(['Revealed', 'Watch', 'Breaking'])}: {title.lower()}", paras
    if kind == "lead-in":
        return title, [rng.choice(LEAD_INS), rng.choice(DATELINES) + paras[0]] + paras[1:]
    if kind == "ending-cut":
        cut = max(1, round(len(paras) * 0.3))
        return title, paras[: len(paras) - cut]
    if kind == "reordered":
        shuffled = paras[:]
        while shuffled == paras:
            rng.shuffle(shuffled)
        return title, shuffled
    if kind == "words-changed":
        out = []
        for p in paras:
            words = p.split(" ")
            for i in range(len(words)):
                if rng.random() < 0.05:
                    words[i] = rng.choice(vocab)
            out.append(" ".join(words))
        return title, out
    raise ValueError(kind)


def content_words(art: dict) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z]+", " ".join(art["paras"]).lower())
        if w not in STOP and len(w) > 3
    }


def nearest_other(art: dict, corpus: list[dict], words_of: dict, dups: dict) -> str:
    mine = words_of[art["id"]]
    best, best_j = "", -1.0
    for other in corpus:
        if other["id"] == art["id"] or other["cat"] != art["cat"] or other["id"] in dups[art["id"]]:
            continue
        theirs = words_of[other["id"]]
        j = len(mine & theirs) / max(1, len(mine | theirs))
        if j > best_j:
            best, best_j = other["id"], j
    return best


def truth(original_of: dict[str, str], dups: dict[str, set[str]]):
    """A function telling whether two ids are truly one story."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for copy, orig in original_of.items():
        parent[find(copy)] = find(orig)
    for a, others in dups.items():
        for b in others:
            parent[find(a)] = find(b)
    return lambda a, b: find(a) == find(b)


def measure(store: StoryStore, kind_of: dict, original_of: dict, same, negatives) -> dict:
    stories = store.all_stories()
    members: dict[int, list[str]] = defaultdict(list)
    for aid, s in stories.items():
        members[s].append(aid)
    out = {}
    for kind in KINDS:
        copies = [c for c, k in kind_of.items() if k == kind]
        found = sum(stories[c] == stories[original_of[c]] for c in copies)
        tp = fp = 0
        for c in copies:
            for other in members[stories[c]]:
                if other != c:
                    if same(c, other):
                        tp += 1
                    else:
                        fp += 1
        out[kind] = {
            "recall": found / len(copies),
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "found": found,
            "copies": len(copies),
        }
    tp = fp = 0
    for group in members.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if same(a, b):
                    tp += 1
                else:
                    fp += 1
    out["all pairs"] = {"precision": tp / (tp + fp) if tp + fp else 1.0, "pairs": tp + fp}
    out["negatives grouped"] = sum(stories[a] == stories[b] for a, b in negatives)
    return out


def relink(store: StoryStore, jaccard: float) -> None:
    saved = store_mod.JACCARD
    store_mod.JACCARD = jaccard
    try:
        store._link_all(store._boilerplate())
        store.db.commit()
    finally:
        store_mod.JACCARD = saved


def cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def index_costs(index: Path, data: Path) -> dict:
    """A refresh from scratch of a synced library's stories, then one article added
    and removed again (each the median of 3)."""
    from belreader.library import Library
    from belreader.search import SearchIndex
    from belreader.stories.refresh import refresh

    lib = Library.locate(index=index, data=data)
    ix = SearchIndex(lib)
    out: dict = {"articles": ix.count()}
    t, c = time.perf_counter(), cpu()
    report = refresh(ix, rebuild=True)
    out["from scratch"] = (time.perf_counter() - t, cpu() - c)
    out["quotes"] = report.quotes if report else 0
    some = next(iter(ix.iter_articles()))
    store = StoryStore(lib.index_dir)
    adds, removes = [], []
    for i in range(3):
        copy = ArticleInput(
            f"bench-extra-{i}",
            "x",
            some.title,
            some.source,
            some.path,
            some.date,
            some.body,
            some.paragraphs,
            some.claims,
        )
        t = time.perf_counter()
        store.update([copy], [], ix.aliases)
        adds.append(time.perf_counter() - t)
        t = time.perf_counter()
        store.update([], [copy.id], ix.aliases)
        removes.append(time.perf_counter() - t)
    store.close()
    out["add one"] = statistics.median(adds)
    out["remove one"] = statistics.median(removes)
    refresh(ix, rebuild=True)  # leave the library's stories as its index describes them
    ix.close()
    return out


def cost_100k(corpus: list[dict], tmp: Path) -> dict:
    """Group 100k articles made like make_corpus.py makes them: each a real article's
    opening, then paragraphs drawn from others."""
    rng = random.Random(11)
    pool = [p for a in corpus for p in a["paras"]]
    arts = []
    for i in range(100_000):
        base = corpus[i % len(corpus)]
        paras = base["paras"][:1] + [rng.choice(pool) for _ in range(rng.randint(5, 12))]
        arts.append(make_input(f"s{i}", base["title"], paras))
    (tmp / "100k").mkdir()
    store = StoryStore(tmp / "100k")
    t, c = time.perf_counter(), cpu()
    report = store.update(arts, [], fresh=True)
    out: dict = {"from scratch": (time.perf_counter() - t, cpu() - c)}
    t = time.perf_counter()
    store.update([make_input("extra", "x", corpus[0]["paras"])], [])
    out["add one"] = time.perf_counter() - t
    t = time.perf_counter()
    store.update([], ["extra"])
    out["remove one"] = time.perf_counter() - t
    out["relinked"] = report.relinked
    out["size MB"] = store.path.stat().st_size / 1e6
    store.close()
    return out


def same_story(corpus: list[dict], tmp: Path, n: int) -> dict:
    """A library of ``n`` copies of one article (each with one word changed, every
    third undated) plus 200 others: sync it, then time `belreader search --json` for a
    word of the story, folded (one row and a count) and with --all-copies (median of 5)."""
    import contextlib
    import io

    from belreader.cli import main as cli_main
    from belreader.library import Library
    from belreader.search import SearchIndex

    rng = random.Random(5)
    base = next(a for a in corpus if len(a["paras"]) >= 6)
    folder = tmp / "same-story"
    folder.mkdir()
    for i in range(n):
        paras = [
            p.replace(" the ", " a ", 1) if j == i % len(base["paras"]) else p
            for j, p in enumerate(base["paras"])
        ]
        day = "" if i % 3 == 0 else f"date: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
        (folder / f"copy{i:04d}.txt").write_text(
            f"---\ntitle: {base['title']} ({i})\nsource: Outlet {i % 7}\n{day}---\n\n"
            + "\n\n".join(paras),
            "utf-8",
        )
    for a in rng.sample(corpus, 200):
        (folder / f"{a['id']}.txt").write_text(
            f"---\ntitle: {a['title']}\nsource: BBC\n---\n\n" + "\n\n".join(a["paras"]),
            "utf-8",
        )
    lib = Library(index_dir=tmp / "same-ix", data_dir=tmp / "same-data", corpora=[folder])
    lib.save()
    t = time.perf_counter()
    SearchIndex(lib).sync()
    out: dict = {"sync": time.perf_counter() - t}
    word = max(re.findall(r"[A-Z][a-z]{5,}", base["paras"][0]), key=len)
    for label, extra in (("folded", []), ("all copies", ["--all-copies"])):
        times = []
        for _ in range(5):
            buf = io.StringIO()
            t = time.perf_counter()
            with contextlib.redirect_stdout(buf):
                cli_main(
                    [
                        "search",
                        word,
                        "--json",
                        "--index",
                        str(lib.index_dir),
                        "--data",
                        str(lib.data_dir),
                        *extra,
                    ]
                )
            times.append(time.perf_counter() - t)
        data = json.loads(buf.getvalue())
        out[label] = (
            statistics.median(times),
            len(data["hits"]),
            data["stories"],
            data["total"],
            max((len(h["copies"]) for h in data["hits"]), default=0),
        )
    out["word"] = word
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", dest="corpus", type=Path, default=DATA)
    ap.add_argument("--originals", type=int, default=300)
    ap.add_argument("--negatives", type=int, default=135)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--index", type=Path, help="a synced library's index folder (10k costs)")
    ap.add_argument("--index-data", type=Path, help="that library's data folder")
    ap.add_argument("--cost-100k", action="store_true")
    ap.add_argument(
        "--same-story",
        type=int,
        default=0,
        metavar="N",
        help="also time search on a library of N copies of one story",
    )
    ap.add_argument("--markdown", type=Path)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"no perf corpus at {args.corpus}", file=sys.stderr)
        return 2
    corpus = load_corpus(args.corpus)
    dups = corpus_duplicates(corpus)
    rng = random.Random(args.seed)
    eligible = [a for a in corpus if len(a["paras"]) >= 4 and not dups[a["id"]]]
    originals = rng.sample(eligible, min(args.originals, len(eligible)))
    vocab = sorted(
        {w for a in corpus[:500] for p in a["paras"] for w in p.split(" ") if w.isalpha()}
    )
    inputs = [make_input(a["id"], a["title"], a["paras"]) for a in corpus]
    kind_of: dict[str, str] = {}
    original_of: dict[str, str] = {}
    for a in originals:
        for kind in KINDS:
            title, paras = edit(kind, a, rng, vocab)
            cid = f"{a['id']}-{kind}"
            inputs.append(make_input(cid, title, paras, source="Copy"))
            kind_of[cid] = kind
            original_of[cid] = a["id"]
    words_of = {a["id"]: content_words(a) for a in corpus}
    negatives = [
        (a["id"], nearest_other(a, corpus, words_of, dups)) for a in originals[: args.negatives]
    ]
    same = truth(original_of, dups)
    lines = [
        f"Test set: {len(corpus)} perf-corpus articles (of which "
        f"{sum(1 for a in corpus if dups[a['id']])} have a copy in the corpus itself), "
        f"{len(originals)} originals x {len(KINDS)} edited copies, {len(negatives)} "
        "same-subject negatives.",
        "",
    ]
    tmp = Path(tempfile.mkdtemp(prefix="stories-bench-"))
    try:
        store = StoryStore(tmp)
        t, c = time.perf_counter(), cpu()
        store.update(inputs, [], fresh=True)
        link_cost = (time.perf_counter() - t, cpu() - c)
        results = {}
        for j in THRESHOLDS:
            relink(store, j)
            results[j] = measure(store, kind_of, original_of, same, negatives)
        store.close()
        lines.append(
            "| Jaccard | " + " | ".join(KINDS) + " | precision (all pairs) | negatives grouped |"
        )
        lines.append("|---" * (len(KINDS) + 3) + "|")
        for j, r in results.items():
            mark = " (used)" if j == store_mod.JACCARD else ""
            cells = [f"{r[k]['recall']:.3f} / {r[k]['precision']:.3f}" for k in KINDS]
            lines.append(
                f"| {j}{mark} | "
                + " | ".join(cells)
                + f" | {r['all pairs']['precision']:.3f} ({r['all pairs']['pairs']} pairs)"
                + f" | {r['negatives grouped']}/{len(negatives)} |"
            )
        used = results[store_mod.JACCARD]
        recall = sum(used[k]["found"] for k in KINDS) / sum(used[k]["copies"] for k in KINDS)
        lines += [
            "",
            "Cells: recall / precision for that kind of copy. Containment rule fixed: "
            f"{store_mod.CONTAINMENT} of the smaller inside the larger, the smaller at least "
            f"{store_mod.MIN_SHARE} of its size.",
            f"At the threshold used ({store_mod.JACCARD}): recall {recall:.3f} over all copies, "
            f"precision {used['all pairs']['precision']:.3f}, negatives grouped "
            f"{used['negatives grouped']}/{len(negatives)}.",
            "",
            "| cost | wall s | CPU s |",
            "|---|---|---|",
            f"| link this set ({len(inputs)} articles, no claims) | {link_cost[0]:.2f} | "
            f"{link_cost[1]:.2f} |",
        ]
        if args.index:
            ic = index_costs(args.index, args.index_data or args.index.parent / "data")
            lines += [
                f"| refresh from scratch, {ic['articles']} indexed articles, {ic['quotes']} "
                f"quotations (read back, sign, link, quotes) | {ic['from scratch'][0]:.2f} | "
                f"{ic['from scratch'][1]:.2f} |",
                f"| add one article to it (median of 3) | {ic['add one']:.3f} | |",
                f"| remove one article (median of 3) | {ic['remove one']:.3f} | |",
            ]
        if args.cost_100k:
            c100 = cost_100k(corpus, tmp)
            lines += [
                f"| group 100k recombined articles from scratch (no claims; "
                f"{c100['size MB']:.0f} MB) | {c100['from scratch'][0]:.1f} | "
                f"{c100['from scratch'][1]:.1f} |",
                f"| add one article at 100k | {c100['add one']:.3f} | |",
                f"| remove one article at 100k | {c100['remove one']:.3f} | |",
            ]
        if args.same_story:
            ss = same_story(corpus, tmp, args.same_story)
            lines += [
                f"| sync a library of {args.same_story} copies of one story + 200 others "
                f"| {ss['sync']:.1f} | |",
            ]
            for label in ("folded", "all copies"):
                sec, hits, stories, total, copies = ss[label]
                lines.append(
                    f"| `belreader search {ss['word']} --json`"
                    f"{' --all-copies' if label == 'all copies' else ''} (median of 5): "
                    f"{hits} hits shown, {stories} stories of {total} articles, "
                    f"{copies} copies under one | {sec:.2f} | |"
                )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
