#!/usr/bin/env python3
"""Quality and speed of belreader's claims extractor: train, dev and seeds side by side.

1. Seeds: ``extract_claims`` on the five bundled articles, whole, against the hand
   annotation in ``tests/data/seed_claims_gold.json``: precision / recall / F1 of claims
   matched by overlap (|G ∩ P| / max(|G|, |P|) >= 0.5, one-to-one, greedy), speaker
   accuracy (same-name rule) and the whole-article speaker check (exact names: the
   speaker resolved across the article).
2. PolNeAR train and dev (``../shared/eval``, read in place, never copied): every
   paragraph through ``extract_claims``, scored by the evaluation's own
   ``score_quotes.py`` (imported from there): claims and direct quotes, speaker accuracy
   of the mention and of the resolved speaker, and the claim errors counted by class.
   Develop against train as a whole; dev is a check nobody tunes to.
3. Speed: ms per 3 KB on the seeds, and on the seeds joined 4 and 16 times (the figure
   must not grow: extraction is linear); ``--stress`` times pathological inputs.
4. Russian: the same scorer on ``benchmarks/data/ru_claims_{dev,held}.jsonl``, dev and
   held-out parts side by side (see benchmarks/README.md), and Russian against English
   CPU time per KB; ``--stress`` adds Russian pathological inputs.

Usage:
    python benchmarks/claims_quality.py [--eval-dir DIR] [--show-errors N] [--no-train]
                                        [--stress]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from belreader.claims import extract_claims, split_sentences  # noqa: E402

GOLD = ROOT / "tests" / "data" / "seed_claims_gold.json"
SEEDS = ROOT / "seeds"
DEFAULT_EVAL = ROOT / ".." / "shared" / "eval"
DEV_FILE = "quotes_polnear_dev.jsonl"
SCORER = "score_quotes.py"


def precision_recall_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of counts (0.0 where a ratio is empty)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------------------------------
# seeds
# ---------------------------------------------------------------------------------------


def seed_body(name: str) -> str:
    """A raw seed file without its title line (until ingest cleans bodies)."""
    raw = (SEEDS / name).read_text(encoding="utf-8")
    return raw.split("\n", 1)[1] if "\n" in raw else ""


def _name_tokens(x: str | None) -> list[str]:
    if not x:
        return []
    x = x.lower().replace("\u2019", "'")
    x = re.sub(r"'s\b", "", x)
    toks = [t.strip(".'-") for t in re.findall(r"[\w][\w'.-]*", x)]
    toks = [t for t in toks if t]
    while toks and toks[0] in ("the", "a", "an"):
        toks = toks[1:]
    return toks


def speaker_match(gold: str | None, pred: str | None) -> bool:
    """Same rule as the evaluation scorer: contiguous tokens either way, or same last token."""
    g, p = _name_tokens(gold), _name_tokens(pred)
    if not g or not p:
        return not g and not p

    def contiguous(a, b):
        return any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))

    return contiguous(g, p) or contiguous(p, g) or g[-1] == p[-1]


def locate(body: str, fragment: str) -> tuple[int, int] | None:
    i = body.find(fragment)
    return (i, i + len(fragment)) if i >= 0 else None


def match_spans(spans: list[tuple[int, int]], preds) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs whose overlap is at least half
    of the larger span, best first (the evaluation scorer's rule)."""
    pairs = []
    for i, (s, e) in enumerate(spans):
        for j, c in enumerate(preds):
            ov = min(e, c.end) - max(s, c.start)
            if ov > 0:
                r = ov / max(e - s, c.end - c.start)
                if r >= 0.5:
                    pairs.append((r, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _r, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def inside_optional(c, optional_spans: list[tuple[int, int]]) -> bool:
    """Does prediction ``c`` lie more than half inside an optional gold item (neutral)?"""
    return any(min(e, c.end) - max(s, c.start) > 0.5 * (c.end - c.start) for s, e in optional_spans)


def score_seeds(verbose: bool = False) -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["claims"]
    by_seed: dict[str, list[dict]] = {}
    for g in gold:
        by_seed.setdefault(g["seed"], []).append(g)
    tp = fp = fn = spk_ok = spk_exact = spk_n = kind_ok = 0
    errors: list[str] = []
    for name in sorted(p.name for p in SEEDS.glob("*.txt")):
        body = seed_body(name)
        preds = extract_claims(body)
        gs = []
        for g in by_seed.get(name, []):
            span = locate(body, g["text"])
            if span is None:
                errors.append(f"{name}: gold fragment not found: {g['text'][:60]!r}")
                continue
            gs.append((g, span))
        matched = match_spans([span for _, span in gs], preds)
        used_g, used_p = {i for i, _ in matched}, {j for _, j in matched}
        for i, j in matched:
            g = gs[i][0]
            if g.get("optional"):
                continue
            tp += 1
            spk_n += 1
            ok = speaker_match(g["speaker"], preds[j].speaker)
            spk_ok += ok
            spk_exact += (preds[j].speaker or "").casefold() == g["speaker"].casefold()
            kind_ok += g["kind"] == preds[j].kind
            if not ok:
                errors.append(
                    f"{name}: speaker {preds[j].speaker!r} != {g['speaker']!r}: {g['text'][:60]!r}"
                )
        for i, (g, _) in enumerate(gs):
            if i not in used_g and not g.get("optional"):
                fn += 1
                errors.append(
                    f"{name}: missed [{g['kind']}] {g['speaker']!r} {g['cue']!r}: "
                    f"{g['text'][:70]!r}"
                )
        for j, c in enumerate(preds):
            if j not in used_p:
                # a prediction lying inside an optional gold item is neutral
                if inside_optional(c, [span for g, span in gs if g.get("optional")]):
                    continue
                fp += 1
                errors.append(
                    f"{name}: spurious [{c.kind}] {c.speaker!r} {c.cue!r}: {c.text[:70]!r}"
                )
    p, r, f = precision_recall_f1(tp, fp, fn)
    res = {
        "precision": p,
        "recall": r,
        "f1": f,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "speaker_accuracy": spk_ok / spk_n if spk_n else None,
        "speaker_exact": spk_exact / spk_n if spk_n else None,
        "kind_accuracy": kind_ok / spk_n if spk_n else None,
        "errors": errors,
    }
    if verbose:
        for e in errors:
            print("   ", e)
    return res


# ---------------------------------------------------------------------------------------
# PolNeAR train and dev, scored by the evaluation's own scorer
# ---------------------------------------------------------------------------------------
SPLITS = {"train": "quotes_polnear_train.jsonl.gz", "dev": "quotes_polnear_dev.jsonl"}


def load_scorer(eval_dir: Path):
    """The evaluation's score_quotes.py, imported from where it lies (never copied)."""
    path = eval_dir / SCORER
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict_split(scorer, path: Path) -> tuple[dict, dict, dict, float, int]:
    """Gold, predictions with the words of the text as speaker (PolNeAR annotates the
    mention: "he", "the president") and predictions with the resolved speaker; the
    extraction time and the number of characters read."""
    gold = scorer.load_jsonl(str(path))
    by_mention, resolved = {}, {}
    elapsed = 0.0
    chars = 0
    for pid, g in gold.items():
        t0 = time.perf_counter()
        claims = extract_claims(g["text"])
        elapsed += time.perf_counter() - t0
        chars += len(g["text"])
        by_mention[pid] = {
            "quotes": [
                {
                    "quote": c.text,
                    "start": c.start,
                    "end": c.end,
                    "cue": c.cue,
                    "speaker": c.speaker_mention,
                    "kind": c.kind,  # the scorer ignores it; the labelled-direct row uses it
                }
                for c in claims
            ]
        }
        resolved[pid] = {
            "quotes": [
                dict(q, speaker=c.speaker) for q, c in zip(by_mention[pid]["quotes"], claims)
            ]
        }
    return gold, by_mention, resolved, elapsed, chars


def error_classes(gold: dict, errors: list, is_pronoun) -> Counter:
    """The scorer's errors counted by class: what was missed (by kind, and whether the
    speaker is named in the paragraph at all), what was spurious, and which speakers
    were wrong (gold pronoun, or a name)."""
    out: Counter = Counter()
    for kind, pid, quote, gold_speaker, _pred_speaker in errors:
        if kind == "missed":
            q = next((q for q in gold[pid]["quotes"] if q["quote"][:120] == quote), {})
            where = "" if q.get("speaker_in_paragraph", True) else ", speaker outside paragraph"
            cue = q.get("cue_class") or "?"
            out[f"missed {q.get('kind', '?')}{where}"] += 1
            out[f"missed, cue class {cue}"] += 1
        elif kind == "spurious":
            out["spurious"] += 1
        else:
            # the scorer's own test: "who", "which", "his" ... are pronouns too ("X, who
            # said": PolNeAR's speaker is "who", ours the name it stands for)
            pron = bool(gold_speaker) and is_pronoun(gold_speaker)
            out["wrong speaker (gold " + ("pronoun)" if pron else "names someone)")] += 1
    return out


# A plain regex over quotation marks: the baseline a quote finder must beat on recall.
QUOTE_MARKS = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|''(.{2,}?)''")


def regex_quotes(gold: dict) -> dict:
    """Every span between a pair of quotation marks, as predictions with no speaker."""
    preds = {}
    for pid, g in gold.items():
        found = []
        for m in QUOTE_MARKS.finditer(g["text"]):
            i = next(k for k in (1, 2, 3) if m.group(k) is not None)
            found.append({"quote": m.group(i), "start": m.start(i), "end": m.end(i)})
        preds[pid] = {"quotes": found}
    return preds


def score_split(scorer, name: str, path: Path, show_errors: int) -> dict | None:
    if not path.is_file():
        print(f"({name} skipped: {path} not found; pass --eval-dir)")
        return None
    gold, by_mention, resolved, elapsed, chars = predict_split(scorer, path)
    out: dict = {"paragraphs": len(gold), "ms_per_3kb": 1000 * elapsed / max(chars / 3000, 1e-9)}
    for subset in ("claims", "direct"):
        res, errs = scorer.score(gold, by_mention, subset, show_errors=10**9)
        res_r, _ = scorer.score(gold, resolved, subset)
        out[subset] = res["span_overlap50"]
        out[subset + "_exact"] = res["span_exact"]
        out[subset + "_spk_mention"] = res["speaker_accuracy"]
        out[subset + "_spk_resolved_named"] = res_r["speaker_accuracy_nonpronoun"]
        if subset == "direct":
            # The direct subset counts every prediction: an indirect claim with no gold item
            # at all is a false positive there too. Scoring only what the extractor labels
            # direct measures it as a quote finder, the way a regex over quote marks is.
            labelled = {
                pid: {"quotes": [q for q in p["quotes"] if q["kind"] == "direct"]}
                for pid, p in by_mention.items()
            }
            out["direct_labelled"] = scorer.score(gold, labelled, subset)[0]["span_overlap50"]
            out["direct_regex"] = scorer.score(gold, regex_quotes(gold), subset)[0][
                "span_overlap50"
            ]
        if subset == "claims":
            out["classes"] = error_classes(gold, errs, scorer.is_pronoun)
            if show_errors:
                print(f"-- {name}: first {show_errors} claim errors")
                for e in errs[:show_errors]:
                    print("   ", e)
    return out


# ---------------------------------------------------------------------------------------
# speed
# ---------------------------------------------------------------------------------------
def speed() -> list[tuple[str, float]]:
    """CPU ms per 3 KB on the seeds as they are and joined 4 and 16 times (linear:
    the figure should not grow with length); median of a few runs. CPU time, not wall
    time: on a shared machine the wall clock mostly measures the neighbours."""
    bodies = [seed_body(p.name) for p in sorted(SEEDS.glob("*.txt"))]
    rows = []
    for times in (1, 4, 16):
        texts = ["\n\n".join([b] * times) for b in bodies]
        chars = sum(map(len, texts))
        runs = []
        for _ in range(5):
            t0 = time.process_time()
            for b in texts:
                extract_claims(b)
            runs.append(time.process_time() - t0)
        rows.append(
            (
                f"seeds x{times} ({chars // len(texts)} chars each)",
                1000 * statistics.median(runs) / (chars / 3000),
            )
        )
    t0 = time.process_time()
    k = 0
    while time.process_time() - t0 < 1.0:
        for b in bodies:
            split_sentences(b)
            k += 1
    rows.append(("split_sentences per seed article (ms)", 1000 * (time.process_time() - t0) / k))
    return rows


def stress() -> None:
    base = "\n\n".join(seed_body(p.name) for p in sorted(SEEDS.glob("*.txt")))
    cases = {
        "20 MB article (seeds repeated)": (base + "\n\n") * (20_000_000 // (len(base) + 2)),
        "20 MB without punctuation or newlines": "word " * 4_000_000,
        "5 MB of unbalanced quotes": ("“He said that " * 10 + "\n\n") * 35_000,
        "5 MB of straight quotes": ('" said "a" ' * 500_000),
        "2 MB Cyrillic": (
            "Лукашенко заявил, что «Беларусь никогда не будет врагом России». " * 30_000
        ),
        "1 MB of cues": ("said that, according to, said, " * 35_000),
    }
    time_cases(cases)


def time_cases(cases: dict[str, str]) -> None:
    for name, text in cases.items():
        t0 = time.perf_counter()
        claims = extract_claims(text)
        dt = time.perf_counter() - t0
        assert all(text[c.start : c.end] == c.text for c in claims)
        print(
            f"  {name:42s} {len(text) / 1e6:6.1f} MB  {dt:6.2f} s  "
            f"{len(claims):7d} claims  ({dt / (len(text) / 1e6) * 1000:.0f} ms/MB)"
        )


# ---------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--eval-dir",
        type=Path,
        default=DEFAULT_EVAL,
        help="folder with the PolNeAR splits and score_quotes.py",
    )
    ap.add_argument(
        "--show-errors",
        type=int,
        default=0,
        help="print this many claim errors per split and all seed errors",
    )
    ap.add_argument("--no-train", action="store_true", help="skip the train split (slow)")
    ap.add_argument("--stress", action="store_true", help="also time pathological inputs")
    args = ap.parse_args(argv)

    seeds = score_seeds(verbose=bool(args.show_errors))
    eval_dir = args.eval_dir.resolve()
    splits: dict[str, dict | None] = {}
    if (eval_dir / SCORER).is_file():
        scorer = load_scorer(eval_dir)
        for name, fname in SPLITS.items():
            if name == "train" and args.no_train:
                continue
            splits[name] = score_split(scorer, name, eval_dir / fname, args.show_errors)
    else:
        print(f"(PolNeAR skipped: {eval_dir / SCORER} not found; pass --eval-dir)")
    train, dev = splits.get("train"), splits.get("dev")

    def f(x):
        return "     -" if x is None else f"{x:6.3f}"

    def get(split, *keys):
        v = split
        for k in keys:
            if v is None:
                return None
            v = v.get(k)
        return v

    rows = [
        (
            "claims P (overlap)",
            get(train, "claims", "precision"),
            get(dev, "claims", "precision"),
            seeds["precision"],
        ),
        (
            "claims R (overlap)",
            get(train, "claims", "recall"),
            get(dev, "claims", "recall"),
            seeds["recall"],
        ),
        ("claims F1 (overlap)", get(train, "claims", "f1"), get(dev, "claims", "f1"), seeds["f1"]),
        (
            "claims F1 (exact)",
            get(train, "claims_exact", "f1"),
            get(dev, "claims_exact", "f1"),
            None,
        ),
        (
            "direct P (overlap)",
            get(train, "direct", "precision"),
            get(dev, "direct", "precision"),
            None,
        ),
        ("direct R (overlap)", get(train, "direct", "recall"), get(dev, "direct", "recall"), None),
        ("direct F1 (overlap)", get(train, "direct", "f1"), get(dev, "direct", "f1"), None),
        (
            "direct P, labelled direct",
            get(train, "direct_labelled", "precision"),
            get(dev, "direct_labelled", "precision"),
            None,
        ),
        (
            "direct R, labelled direct",
            get(train, "direct_labelled", "recall"),
            get(dev, "direct_labelled", "recall"),
            None,
        ),
        (
            "direct F1, labelled direct",
            get(train, "direct_labelled", "f1"),
            get(dev, "direct_labelled", "f1"),
            None,
        ),
        (
            "direct R, regex baseline",
            get(train, "direct_regex", "recall"),
            get(dev, "direct_regex", "recall"),
            None,
        ),
        (
            "direct F1, regex baseline",
            get(train, "direct_regex", "f1"),
            get(dev, "direct_regex", "f1"),
            None,
        ),
        (
            "speaker acc (mention)",
            get(train, "claims_spk_mention"),
            get(dev, "claims_spk_mention"),
            None,
        ),
        (
            "speaker acc* (resolved)",
            get(train, "claims_spk_resolved_named"),
            get(dev, "claims_spk_resolved_named"),
            seeds["speaker_accuracy"],
        ),
        ("whole-article speaker (exact)", None, None, seeds["speaker_exact"]),
    ]
    print()
    print(f"{'metric':32s} {'train':>6s} {'dev':>6s} {'seeds':>6s}")
    for name, a, b, c in rows:
        print(f"{name:32s} {f(a)} {f(b)} {f(c)}")
    print(
        "speaker acc (mention): the speaker's words in the text against PolNeAR's speaker,\n"
        "  which is the mention too ('he', 'the president'). speaker acc*: the resolved\n"
        "  speaker, on gold that names someone (PolNeAR: non-pronoun gold; seeds: the\n"
        "  whole article, same-name rule). whole-article speaker (exact): the resolved\n"
        "  speaker equals the seed gold's name exactly.\n"
        "direct (overlap) scores every claim against the direct gold; 'labelled direct'\n"
        "  only the claims the extractor labels direct; the regex baseline takes every\n"
        "  span between quotation marks."
    )
    for name, split in (("train", train), ("dev", dev)):
        if split:
            cl = split["claims"]
            print(
                f"{name}: {split['paragraphs']} paragraphs, claims tp={cl['tp']} fp={cl['fp']} "
                f"fn={cl['fn']}, extraction {split['ms_per_3kb']:.2f} ms per 3 KB of paragraphs"
            )
    if train or dev:
        classes = sorted(set(get(train, "classes") or {}) | set(get(dev, "classes") or {}))
        print()
        print(f"{'claims errors by class':50s} {'train':>6s} {'dev':>6s}")
        for c in classes:
            print(
                f"{c:50s} {(get(train, 'classes') or {}).get(c, 0):6d} "
                f"{(get(dev, 'classes') or {}).get(c, 0):6d}"
            )
    print()
    print(f"seeds: tp={seeds['tp']} fp={seeds['fp']} fn={seeds['fn']}")
    for name, ms in speed():
        print(
            f"speed: {name:44s} {ms:6.2f} CPU ms per 3 KB"
            if "x" in name.split()[1]
            else f"speed: {name:44s} {ms:6.3f}"
        )
    if (eval_dir / SCORER).is_file():
        russian_report(load_scorer(eval_dir), args.show_errors)
    if args.stress:
        stress()
        russian_stress()
    return 0


# ---------------------------------------------------------------------------------------
# Russian
# ---------------------------------------------------------------------------------------
# the Russian sets of benchmarks/ru_claims_quality.py (its README section describes them)
RU_GOLD = [ROOT / "benchmarks" / "data" / f"ru_claims_{part}.jsonl" for part in ("dev", "held")]


def _ru_gold() -> list[dict]:
    return [
        json.loads(line)
        for path in RU_GOLD
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def russian_report(scorer, show_errors: int) -> None:
    """The Russian gold's parts scored like the PolNeAR splits, and the speed per KB."""
    gold = _ru_gold()
    parts = {}
    with tempfile.TemporaryDirectory(prefix="belreader-ru-") as tmp:
        for part in ("dev", "held"):
            path = Path(tmp) / f"{part}.jsonl"
            path.write_text(
                "".join(
                    json.dumps(g, ensure_ascii=False) + "\n"
                    for g in gold
                    if g["meta"]["split"] == part
                ),
                encoding="utf-8",
            )
            parts[part] = score_split(scorer, f"ru {part}", path, show_errors)
    print()
    print(f"{'Russian (benchmarks/data)':32s} {'dev':>6s} {'held':>6s}")
    for label, key, field in (
        ("claims P (overlap)", "claims", "precision"),
        ("claims R (overlap)", "claims", "recall"),
        ("claims F1 (overlap)", "claims", "f1"),
        ("direct F1 (overlap)", "direct", "f1"),
        ("speaker acc (resolved)", "claims_spk_resolved_named", None),
    ):
        vals = [parts[p][key] if field is None else parts[p][key][field] for p in ("dev", "held")]
        print(f"{label:32s} " + " ".join(f"{v:6.3f}" if v is not None else "     -" for v in vals))
    for part in ("dev", "held"):
        cl = parts[part]["claims"]
        print(
            f"ru {part}: {parts[part]['paragraphs']} paragraphs, claims tp={cl['tp']} "
            f"fp={cl['fp']} fn={cl['fn']}"
        )
    russian_speed(gold)


def russian_speed(gold: list[dict]) -> None:
    """CPU ms per KB of UTF-8, Russian (the gold paragraphs as one article) against
    English (the seeds), alternated, medians; with each text's claims per KB, since the
    cost follows the claims."""
    ru = "\n\n".join(g["text"] for g in gold)
    en = "\n\n".join(seed_body(p.name) for p in sorted(SEEDS.glob("*.txt")))
    runs: dict[str, list[float]] = {"ru": [], "en": []}
    for _ in range(7):
        for name, text in (("ru", ru), ("en", en)):
            t0 = time.process_time()
            extract_claims(text)
            runs[name].append((time.process_time() - t0) * 1000 / (len(text.encode()) / 1024))
    ru_ms, en_ms = statistics.median(runs["ru"]), statistics.median(runs["en"])

    def per_kb(text: str) -> float:
        return len(extract_claims(text)) / (len(text.encode()) / 1024)

    print(
        f"speed per KB: Russian {ru_ms:.3f} CPU ms, English {en_ms:.3f} (ratio "
        f"{ru_ms / en_ms:.2f}); claims per KB: Russian {per_kb(ru):.1f}, English {per_kb(en):.1f}"
    )


def russian_stress() -> None:
    para = "\n\n".join(g["text"] for g in _ru_gold())
    cases = {
        "5 MB Russian (gold paragraphs repeated)": (para + "\n\n") * (5_000_000 // (len(para) + 2)),
        "1 MB of Russian cues, no sentence end": "сказал, что заявил: по словам, " * 33_000,
        "2 MB of guillemets that never close": ("«Мы не уйдём, — сказал он " * 10 + "\n\n") * 7_500,
    }
    time_cases(cases)


if __name__ == "__main__":
    sys.exit(main())
