"""Russian claims quality: the extractor on the hand-written Russian gold, dev and
held-out side by side, and its speed per KB against English.

Sets (described in benchmarks/README.md): ``benchmarks/data/ru_claims_dev.jsonl`` (tune
against it) and ``benchmarks/data/ru_claims_held.jsonl`` (report only), with three more
columns: the earlier set ``ru_claims_gold.jsonl`` (a regression check),
``ru_claims_held2.jsonl``, ``ru_claims_held3.jsonl``, ``ru_claims_held4.jsonl``,
``ru_claims_held5.jsonl``, ``ru_claims_held6.jsonl``, ``ru_claims_held7.jsonl``,
``ru_claims_held8.jsonl``, ``ru_claims_held9.jsonl`` and ``ru_claims_held10.jsonl`` (more
held-out sets, report only). Each line is a paragraph,
or a whole article, with its attributions: ``quote``, ``start``, ``end``, ``segments``
(a quote split by its attribution), ``speaker`` (the alias table's canonical name, else
the source as the text names it, or null where the text gives no one: "Сообщается,
что", a pronoun with no compatible antecedent), ``cue``, ``kind`` and ``hedged``.

Scoring follows the definitions of the shared evaluation's ``score_quotes.py`` (written
again here so the Russian sets score with no shared files): spans are trimmed of
whitespace, quotation marks and edge punctuation; a prediction matches a gold item
when their characters overlap by at least half of the larger (a split quote counts
only its segments, and predicted characters in the gap between them are ignored);
matching is one-to-one, greedy by best overlap. Then

* claims P / R / F1: every gold item;
* direct F1: gold items that are fully quoted; a prediction over a gold item of another
  kind is neither right nor wrong there;
* speaker accuracy: over matched claims, the predicted speaker names the gold speaker
  (case-insensitive tokens, "ё" as "е", one contained in the other or the same last
  word), and a gold null wants no speaker: the "no compatible antecedent means
  unresolved" rule is scored, not skipped;
* hedge accuracy: over matched claims, ``hedged`` as the gold says.

Speed: CPU ms per KB of UTF-8 (``time.process_time``, medians of 7 alternated runs) of
the Russian gold paragraphs joined into one text, against the English seeds and,
when ``../shared/eval`` is there (read in place), as many PolNeAR dev paragraphs.

Usage:
    python benchmarks/ru_claims_quality.py [--show-errors] [--no-speed] [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from belreader.claims import extract_claims  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
PARTS = {"dev": DATA / "ru_claims_dev.jsonl", "held": DATA / "ru_claims_held.jsonl"}
# the earlier set (both its parts), written by a previous session and developed against:
# a check that later rules keep what it pinned, not a held-out figure
EARLIER = DATA / "ru_claims_gold.jsonl"
# a second held-out set (session 16), in the styles of outlets the first sets did not
# imitate, with whole articles; scored once before any rule was changed for it
HELD2 = DATA / "ru_claims_held2.jsonl"
# a third, written after the fixes that held2's errors pointed to, to measure them on
# text they were not made from; scored once, never tuned on
HELD3 = DATA / "ru_claims_held3.jsonl"
# a fourth (session 17), written by another helper in styles none of the others
# imitated (court reports, live blogs, MFA and KGB releases, interviews, columns);
# its first run is the blind figure recorded in benchmarks/README.md
HELD4 = DATA / "ru_claims_held4.jsonl"
# a fifth (session 18), by another helper again, in styles none of the others imitated
# (RBC business news, TASS with long titles, a Meduza explainer, the Supreme Court,
# sports, a Svaboda transcript, Ukrainian outlets, "Пул Первого", a regional paper);
# its first run is the blind figure recorded in benchmarks/README.md
HELD5 = DATA / "ru_claims_held5.jsonl"
# a sixth (session 19), by another helper again (Izvestia, Rossiyskaya Gazeta, Fontanka,
# Lenta.ru, Kommersant-FM, a YouTube-show and a radio transcript, a parliament session,
# a sports press conference, a verdict, ministries' Telegram channels, a long read);
# its first run is the blind figure recorded in benchmarks/README.md
HELD6 = DATA / "ru_claims_held6.jsonl"
# a seventh (session 20), by another helper again (Zerkalo and Nasha Niva with told
# outlets, Meduza, Interfax and TASS wire, BelTA and "Пул Первого", RBC, a Viasna court
# report, a Sport-Express interview, a TV talk show, a forum post);
# its first run is the blind figure recorded in benchmarks/README.md
HELD7 = DATA / "ru_claims_held7.jsonl"
# an eighth (session 20), by another helper again (a Belsat investigation with documents,
# DW, Current Time, Onliner, a district paper and its phone-in, ministries' Telegram
# channels, a Kommersant business report, a sports federation, a Euroradio Q&A
# interview, a Mediazona live court text, a parliament debate, letters and comments);
# its first run is the blind figure recorded in benchmarks/README.md
HELD8 = DATA / "ru_claims_held8.jsonl"
# a ninth (session 21), by another helper again (Reform.by, Salidarnasc, Radio Svaboda,
# Novaya Gazeta Europe, Sputnik, a Belarus 1 script, SB, officials' and opposition
# Telegram posts, a verdict, a YouTube interview, a press conference, a sports press
# conference, Brest and Grodno news, a reader's letter);
# its first run is the blind figure recorded in benchmarks/README.md
HELD9 = DATA / "ru_claims_held9.jsonl"
# a tenth (session 21), by another helper again (Interfax-Zapad wire, Novaya Gazeta Europe
# reportage and analytics, Kommersant, Belarusy i rynok, Vitebsk and Brest news sites,
# Zvyazda/SB, a sports.ru match report, a Viasna court report, an opposition Telegram
# digest, a Radio Svoboda summary, a TV talk-show transcript, a Q&A interview, a reader's
# letter, ministries' press releases); its first run is the blind figure recorded in
# benchmarks/README.md
HELD10 = DATA / "ru_claims_held10.jsonl"
SEEDS = ROOT / "seeds"
DEFAULT_EVAL = ROOT / ".." / "shared" / "eval"

_TRIM = set(" \t\r\n\u00a0\"'`.,;:!?…—–-()[]«»„“”‘’‚")
_TOKEN = re.compile(r"\w[\w'.-]*")


def load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    a, b = s, e
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return (a, b) if a < b else (s, e)


class Span:
    """The characters a gold item or a prediction covers, after trimming."""

    def __init__(self, text: str, start: int, end: int, segments=None) -> None:
        s, e = trimmed(text, start, end)
        whole = set(range(s, e))
        if segments:
            chars = {i for a, b in segments for i in range(a, b)} & whole
            self.chars = chars or whole
        else:
            self.chars = whole
        self.gaps = whole - self.chars


def overlap(gold: Span, pred: Span) -> float:
    p = pred.chars - gold.gaps
    if not gold.chars or not p:
        return 0.0
    return len(gold.chars & p) / max(len(gold.chars), len(p))


def match(golds: list[Span], preds: list[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold, prediction) pairs overlapping by half or more, best first."""
    pairs = sorted(
        (-o, i, j)
        for i, g in enumerate(golds)
        for j, p in enumerate(preds)
        if (o := overlap(g, p)) >= 0.5
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def tokens(name: str | None) -> list[str]:
    return [t.strip(".'-") for t in _TOKEN.findall((name or "").casefold().replace("ё", "е"))]


def same_speaker(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return pred is None
    g, p = tokens(gold), tokens(pred)
    if not g or not p:
        return False

    def inside(a: list[str], b: list[str]) -> bool:
        return any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))

    return inside(g, p) or inside(p, g) or g[-1] == p[-1]


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def score(records: list[dict], errors: list[str] | None = None) -> dict:
    """Claims and direct P/R/F1, speaker and hedge accuracy over a part."""
    n = dict.fromkeys(("tp", "fp", "fn", "dtp", "dfp", "dfn", "spk", "spk_ok", "hdg", "hdg_ok"), 0)
    for rec in records:
        text = rec["text"]
        claims = extract_claims(text)
        golds = [Span(text, q["start"], q["end"], q.get("segments")) for q in rec["quotes"]]
        preds = [Span(text, c.start, c.end) for c in claims]
        pairs = match(golds, preds)
        n["tp"] += len(pairs)
        n["fp"] += len(preds) - len(pairs)
        n["fn"] += len(golds) - len(pairs)
        for i, j in pairs:
            g, c = rec["quotes"][i], claims[j]
            ok = same_speaker(g["speaker"], c.speaker)
            n["spk"] += 1
            n["spk_ok"] += ok
            if "hedged" in g:  # (the earlier set does not annotate hedges)
                n["hdg"] += 1
                n["hdg_ok"] += c.hedged == g["hedged"]
            if errors is not None and not ok:
                errors.append(f"{rec['id']} speaker {c.speaker!r} want {g['speaker']!r}: {c.text}")
            if errors is not None and c.hedged != g.get("hedged", c.hedged):
                errors.append(f"{rec['id']} hedged={c.hedged} {c.hedges}: {c.text}")
        if errors is not None:
            got = {i for i, _ in pairs}
            errors += [
                f"{rec['id']} missed ({q['kind']}, {q['cue']}): {q['quote']}"
                for i, q in enumerate(rec["quotes"])
                if i not in got
            ]
            hit = {j for _, j in pairs}
            errors += [
                f"{rec['id']} spurious ({c.cue}, {c.speaker}): {c.text}"
                for j, c in enumerate(claims)
                if j not in hit
            ]
        # direct quotes only; a prediction over a gold item of another kind is neutral
        direct = [k for k, q in enumerate(rec["quotes"]) if q["kind"] == "direct"]
        others = [golds[k] for k, q in enumerate(rec["quotes"]) if q["kind"] != "direct"]
        dpairs = match([golds[k] for k in direct], preds)
        hit = {j for _, j in dpairs}
        neutral = sum(
            1
            for j, p in enumerate(preds)
            if j not in hit
            and p.chars
            and any(len(p.chars & o.chars) / len(p.chars) >= 0.5 for o in others)
        )
        n["dtp"] += len(dpairs)
        n["dfp"] += len(preds) - len(dpairs) - neutral
        n["dfn"] += len(direct) - len(dpairs)
    return {
        "paragraphs": len(records),
        "gold": sum(len(r["quotes"]) for r in records),
        "claims": prf(n["tp"], n["fp"], n["fn"]),
        "direct": prf(n["dtp"], n["dfp"], n["dfn"]),
        "speaker": n["spk_ok"] / n["spk"] if n["spk"] else None,
        "hedge": n["hdg_ok"] / n["hdg"] if n["hdg"] else None,
    }


def quality_table(show_errors: bool) -> dict[str, dict]:
    results = {}
    columns = dict(PARTS)
    if EARLIER.is_file():
        columns["earlier"] = EARLIER
    for name, path in (
        ("held2", HELD2),
        ("held3", HELD3),
        ("held4", HELD4),
        ("held5", HELD5),
        ("held6", HELD6),
        ("held7", HELD7),
        ("held8", HELD8),
        ("held9", HELD9),
        ("held10", HELD10),
    ):
        if path.is_file():
            columns[name] = path
    for part, path in columns.items():
        errors: list[str] | None = [] if show_errors and part == "dev" else None
        results[part] = score(load(path), errors)
        for e in errors or ():
            print("  dev:", e)
    print(f"{'Russian claims (benchmarks/data)':34s} " + " ".join(f"{c:>7s}" for c in columns))
    rows = (
        ("paragraphs / gold claims", lambda r: f"{r['paragraphs']}/{r['gold']}"),
        ("claims P", lambda r: f"{r['claims']['p']:.3f}"),
        ("claims R", lambda r: f"{r['claims']['r']:.3f}"),
        ("claims F1", lambda r: f"{r['claims']['f1']:.3f}"),
        ("direct F1", lambda r: f"{r['direct']['f1']:.3f}"),
        ("speaker accuracy", lambda r: f"{r['speaker']:.3f}"),
        ("hedge accuracy", lambda r: "-" if r["hedge"] is None else f"{r['hedge']:.3f}"),
        ("claims tp/fp/fn", lambda r: "{tp}/{fp}/{fn}".format(**r["claims"])),
    )
    for label, cell in rows:
        print(f"{label:34s} " + " ".join(f"{cell(results[p]):>7s}" for p in columns))
    return results


def cpu_ms_per_kb(text: str, runs: int = 7) -> float:
    out = []
    for _ in range(runs):
        t0 = time.process_time()
        extract_claims(text)
        out.append((time.process_time() - t0) * 1000 / (len(text.encode()) / 1024))
    return statistics.median(out)


def speed_table(eval_dir: Path) -> None:
    ru = "\n\n".join(r["text"] for p in PARTS.values() for r in load(p))
    texts = {"Russian gold paragraphs": ru}
    seeds = sorted(SEEDS.glob("*.txt"))
    if seeds:
        texts["English seeds (whole articles)"] = "\n\n".join(
            p.read_text(encoding="utf-8").split("\n", 1)[-1] for p in seeds
        )
    polnear = eval_dir / "quotes_polnear_dev.jsonl"
    if polnear.is_file():  # read in place, never copied
        paras = [json.loads(x)["text"] for x in polnear.read_text(encoding="utf-8").splitlines()]
        size, picked = 0, []
        for p in paras:
            if size >= len(ru.encode()):
                break
            picked.append(p)
            size += len(p.encode())
        texts["English PolNeAR dev paragraphs"] = "\n\n".join(picked)
    extract_claims(ru)  # warm caches (stem index, compiled patterns) before timing
    print()
    print(f"{'claims extraction speed':34s} {'KB':>7s} {'ms/KB':>7s} {'claims/KB':>9s}")
    for name, text in texts.items():
        kb = len(text.encode()) / 1024
        ms = cpu_ms_per_kb(text)
        print(f"{name:34s} {kb:7.1f} {ms:7.3f} {len(extract_claims(text)) / kb:9.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-errors", action="store_true", help="list the dev set's errors")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    args = ap.parse_args(argv)
    quality_table(args.show_errors)
    if not args.no_speed:
        speed_table(args.eval_dir.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
