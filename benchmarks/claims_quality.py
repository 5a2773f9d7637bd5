#!/usr/bin/env python3
"""Quality and speed of belreader's claims extractor.

1. Seeds: scores ``extract_claims`` on the hand annotation of the five bundled articles
   (``tests/data/seed_claims_gold.json``): precision / recall / F1 of claims matched by
   overlap (|G ∩ P| / max(|G|, |P|) >= 0.5, one-to-one, greedy), speaker accuracy.
2. Dev set: runs ``extract_claims`` over every paragraph of the PolNeAR dev paragraphs in
   ``../shared/eval/quotes_polnear_dev.jsonl`` (read at run time, never copied), writes
   the predictions to a temporary directory, runs the evaluation's own ``score_quotes.py``
   on them and prints precision, recall, F1 for claims, direct quotes and all items.
3. Speed: milliseconds per typical article (the seeds), and optionally (``--stress``)
   a 20 MB article and pathological inputs.
4. Russian: the same scorer on ``benchmarks/data/ru_claims_gold.jsonl`` (dev and
   held-out parts side by side, see benchmarks/README.md), and Russian against English
   extraction time per KB.

Usage:
    python benchmarks/claims_quality.py [--eval-dir DIR] [--show-errors N] [--stress]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from belreader.claims import extract_claims, split_sentences  # noqa: E402

GOLD = ROOT / "tests" / "data" / "seed_claims_gold.json"
SEEDS = ROOT / "seeds"
DEFAULT_EVAL = ROOT / ".." / "shared" / "eval"
DEV_FILE = "quotes_polnear_dev.jsonl"
SCORER = "score_quotes.py"


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
        return any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))

    return contiguous(g, p) or contiguous(p, g) or g[-1] == p[-1]


def locate(body: str, fragment: str) -> tuple[int, int] | None:
    i = body.find(fragment)
    return (i, i + len(fragment)) if i >= 0 else None


def score_seeds(verbose: bool = False) -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["claims"]
    by_seed: dict[str, list[dict]] = {}
    for g in gold:
        by_seed.setdefault(g["seed"], []).append(g)
    tp = fp = fn = spk_ok = spk_n = kind_ok = 0
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
        pairs = []
        for i, (g, (s, e)) in enumerate(gs):
            for j, c in enumerate(preds):
                ov = min(e, c.end) - max(s, c.start)
                if ov > 0:
                    r = ov / max(e - s, c.end - c.start)
                    if r >= 0.5:
                        pairs.append((r, i, j))
        pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
        used_g, used_p = set(), set()
        for r, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            g = gs[i][0]
            if g.get("optional"):
                continue
            tp += 1
            spk_n += 1
            ok = speaker_match(g["speaker"], preds[j].speaker)
            spk_ok += ok
            kind_ok += g["kind"] == preds[j].kind
            if not ok:
                errors.append(f"{name}: speaker {preds[j].speaker!r} != {g['speaker']!r}: "
                              f"{g['text'][:60]!r}")
        for i, (g, _) in enumerate(gs):
            if i not in used_g and not g.get("optional"):
                fn += 1
                errors.append(f"{name}: missed [{g['kind']}] {g['speaker']!r} {g['cue']!r}: "
                              f"{g['text'][:70]!r}")
        for j, c in enumerate(preds):
            if j not in used_p:
                # a prediction lying inside an optional gold item is neutral
                if any(g.get("optional") and min(e, c.end) - max(s, c.start) > 0.5 * (c.end - c.start)
                       for g, (s, e) in gs):
                    continue
                fp += 1
                errors.append(f"{name}: spurious [{c.kind}] {c.speaker!r} {c.cue!r}: {c.text[:70]!r}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    res = {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn,
           "speaker_accuracy": spk_ok / spk_n if spk_n else None,
           "kind_accuracy": kind_ok / spk_n if spk_n else None, "errors": errors}
    if verbose:
        for e in errors:
            print("   ", e)
    return res


# ---------------------------------------------------------------------------------------
# dev set
# ---------------------------------------------------------------------------------------
def run_dev(eval_dir: Path, show_errors: int) -> list[dict] | None:
    dev = eval_dir / DEV_FILE
    scorer = eval_dir / SCORER
    if not dev.is_file() or not scorer.is_file():
        print(f"(dev set skipped: {dev} or {scorer} not found; pass --eval-dir)")
        return None
    n_par = 0
    elapsed = 0.0
    with tempfile.TemporaryDirectory(prefix="belreader-claims-") as tmp:
        pred_path = Path(tmp) / "preds.jsonl"
        json_path = Path(tmp) / "scores.json"
        with dev.open(encoding="utf-8") as fin, pred_path.open("w", encoding="utf-8") as fout:
            for line in fin:
                line = line.strip()
                if not line:
                    continue
                obj = json.loads(line)
                t0 = time.perf_counter()
                claims = extract_claims(obj["text"])
                elapsed += time.perf_counter() - t0
                n_par += 1
                fout.write(json.dumps({"id": obj["id"], "quotes": [
                    {"quote": c.text, "speaker": c.speaker, "start": c.start, "end": c.end,
                     "cue": c.cue} for c in claims]}, ensure_ascii=False) + "\n")
        cmd = [sys.executable, str(scorer), "--gold", str(dev), "--pred", str(pred_path),
               "--json", str(json_path)]
        if show_errors:
            cmd += ["--show-errors", str(show_errors)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print("scorer failed:", proc.stderr.strip())
            return None
        if show_errors:
            print(proc.stdout)
        results = json.loads(json_path.read_text(encoding="utf-8"))
    print(f"dev paragraphs: {n_par}, extraction {1000 * elapsed / max(n_par, 1):.3f} ms/paragraph")
    return results


# ---------------------------------------------------------------------------------------
# speed
# ---------------------------------------------------------------------------------------
def speed() -> None:
    bodies = [seed_body(p.name) for p in sorted(SEEDS.glob("*.txt"))]
    total_chars = sum(len(b) for b in bodies)
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 2.0:
        for b in bodies:
            extract_claims(b)
            n += 1
    dt = (time.perf_counter() - t0) / n
    per_kb = dt / (total_chars / len(bodies) / 1024)
    print(f"speed: {1000 * dt:.2f} ms per seed article (mean {total_chars // len(bodies)} chars),"
          f" {1000 * per_kb * 3:.2f} ms per 3 KB")
    t0 = time.perf_counter()
    k = 0
    while time.perf_counter() - t0 < 1.0:
        for b in bodies:
            split_sentences(b)
            k += 1
    print(f"split_sentences: {1000 * (time.perf_counter() - t0) / k:.3f} ms per seed article")


def stress() -> None:
    base = "\n\n".join(seed_body(p.name) for p in sorted(SEEDS.glob("*.txt")))
    cases = {
        "20 MB article (seeds repeated)": (base + "\n\n") * (20_000_000 // (len(base) + 2)),
        "20 MB without punctuation or newlines": "word " * 4_000_000,
        "5 MB of unbalanced quotes": ("“He said that " * 10 + "\n\n") * 35_000,
        "5 MB of straight quotes": ('" said "a" ' * 500_000),
        "2 MB Cyrillic": ("Лукашенко заявил, что «Беларусь никогда не будет врагом России». " * 30_000),
        "1 MB of cues": ("said that, according to, said, " * 35_000),
    }
    for name, text in cases.items():
        t0 = time.perf_counter()
        claims = extract_claims(text)
        dt = time.perf_counter() - t0
        assert all(text[c.start:c.end] == c.text for c in claims)
        print(f"  {name:42s} {len(text) / 1e6:6.1f} MB  {dt:6.2f} s  "
              f"{len(claims):7d} claims  ({dt / (len(text) / 1e6) * 1000:.0f} ms/MB)")


# ---------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL,
                    help="folder with quotes_polnear_dev.jsonl and score_quotes.py")
    ap.add_argument("--show-errors", type=int, default=0,
                    help="print this many scorer errors (dev) and all seed errors")
    ap.add_argument("--stress", action="store_true", help="also time pathological inputs")
    args = ap.parse_args(argv)

    rows = []
    seeds = score_seeds(verbose=bool(args.show_errors))
    rows.append(("seeds: claims (overlap)", seeds["precision"], seeds["recall"], seeds["f1"],
                 seeds["speaker_accuracy"], None,
                 f"tp={seeds['tp']} fp={seeds['fp']} fn={seeds['fn']}"))
    dev = run_dev(args.eval_dir.resolve(), args.show_errors)
    if dev:
        for res in dev:
            ov = res["span_overlap50"]
            rows.append((f"dev: {res['subset']} (overlap)", ov["precision"], ov["recall"], ov["f1"],
                         res["speaker_accuracy"], res["speaker_accuracy_nonpronoun"],
                         f"tp={ov['tp']} fp={ov['fp']} fn={ov['fn']}"))
            ex = res["span_exact"]
            rows.append((f"dev: {res['subset']} (exact)", ex["precision"], ex["recall"], ex["f1"],
                         None, None, f"tp={ex['tp']} fp={ex['fp']} fn={ex['fn']}"))

    rows += russian_rows(args.eval_dir.resolve(), args.show_errors)

    def f(x):
        return "   -  " if x is None else f"{x:6.3f}"

    print()
    print(f"{'set':28s} {'P':>6s} {'R':>6s} {'F1':>6s} {'spk':>6s} {'spk*':>6s}  counts")
    for name, p, r, f1, sa, sn, cnt in rows:
        print(f"{name:28s} {f(p)} {f(r)} {f(f1)} {f(sa)} {f(sn)}  {cnt}")
    print("spk = speaker accuracy on matched claims; spk* = the same without gold pronoun "
          "speakers (a resolving system names 'he' instead)")
    speed()
    russian_speed()
    if args.stress:
        stress()
        russian_stress()
    return 0


# ---------------------------------------------------------------------------------------
# Russian
# ---------------------------------------------------------------------------------------
RU_GOLD = ROOT / "benchmarks" / "data" / "ru_claims_gold.jsonl"


def _ru_gold(split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in RU_GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if split is None or r["meta"]["split"] == split]


def run_russian(eval_dir: Path, split: str, show_errors: int) -> list[dict] | None:
    """The eval's scorer on one part ("dev" / "held") of the Russian gold."""
    scorer = eval_dir / SCORER
    if not scorer.is_file() or not RU_GOLD.is_file():
        print(f"(Russian set skipped: {scorer} or {RU_GOLD} not found)")
        return None
    gold = _ru_gold(split)
    with tempfile.TemporaryDirectory(prefix="belreader-ru-") as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "preds.jsonl"
        json_path = Path(tmp) / "scores.json"
        gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold),
                             encoding="utf-8")
        with pred_path.open("w", encoding="utf-8") as fout:
            for g in gold:
                claims = extract_claims(g["text"], language=g["meta"]["language"])
                fout.write(json.dumps({"id": g["id"], "quotes": [
                    {"quote": c.text, "speaker": c.speaker, "start": c.start, "end": c.end,
                     "cue": c.cue} for c in claims]}, ensure_ascii=False) + "\n")
        cmd = [sys.executable, str(scorer), "--gold", str(gold_path), "--pred", str(pred_path),
               "--json", str(json_path)]
        if show_errors:
            cmd += ["--show-errors", str(show_errors)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            print("scorer failed:", proc.stderr.strip())
            return None
        if show_errors:
            print(f"Russian {split}:\n{proc.stdout}")
        return json.loads(json_path.read_text(encoding="utf-8"))


def russian_rows(eval_dir: Path, show_errors: int) -> list[tuple]:
    rows = []
    for split, label in (("dev", "ru dev"), ("held", "ru held-out")):
        for res in run_russian(eval_dir, split, show_errors) or ():
            if res["subset"] == "all":
                continue
            ov = res["span_overlap50"]
            rows.append((f"{label}: {res['subset']} (overlap)", ov["precision"], ov["recall"],
                         ov["f1"], res["speaker_accuracy"], res["speaker_accuracy_nonpronoun"],
                         f"tp={ov['tp']} fp={ov['fp']} fn={ov['fn']}"))
    return rows


def _ms_per_kb(text: str, rounds: int = 9) -> float:
    kb = len(text.encode("utf-8")) / 1024
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        extract_claims(text)
        times.append((time.perf_counter() - t0) * 1000 / kb)
    times.sort()
    return times[len(times) // 2]


def russian_speed() -> None:
    """Russian against English per KB of UTF-8, medians, alternated in one run: the
    Russian gold paragraphs as one article, and the seeds."""
    if not RU_GOLD.is_file():
        return
    ru = "\n\n".join(g["text"] for g in _ru_gold())
    en = "\n\n".join(seed_body(p.name) for p in sorted(SEEDS.glob("*.txt")))
    ru_t, en_t = [], []
    for _ in range(3):
        ru_t.append(_ms_per_kb(ru))
        en_t.append(_ms_per_kb(en))
    ru_m, en_m = sorted(ru_t)[1], sorted(en_t)[1]

    def density(text: str) -> float:
        return len(extract_claims(text)) / (len(text.encode("utf-8")) / 1024)

    print(f"speed per KB: Russian {ru_m:.3f} ms, English {en_m:.3f} ms "
          f"(ratio {ru_m / en_m:.2f}; medians); claims per KB: Russian {density(ru):.1f}, "
          f"English {density(en):.1f}")


def russian_stress() -> None:
    para = "\n\n".join(g["text"] for g in _ru_gold())
    cases = {
        "5 MB Russian (gold paragraphs repeated)": (para + "\n\n") * (5_000_000 // (len(para) + 2)),
        "1 MB of Russian cues, no sentence end": "сказал, что заявил: по словам, " * 33_000,
        "2 MB of guillemets that never close": ("«Мы не уйдём, — сказал он " * 10 + "\n\n") * 7_500,
    }
    for name, text in cases.items():
        t0 = time.perf_counter()
        claims = extract_claims(text)
        dt = time.perf_counter() - t0
        assert all(text[c.start:c.end] == c.text for c in claims)
        print(f"  {name:42s} {len(text) / 1e6:6.1f} MB  {dt:6.2f} s  "
              f"{len(claims):7d} claims  ({dt / (len(text) / 1e6) * 1000:.0f} ms/MB)")


if __name__ == "__main__":
    sys.exit(main())
