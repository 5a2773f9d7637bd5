#!/usr/bin/env python3
"""Whole English articles held out from development: claims and their speakers.

Scores ``extract_claims`` on eleven sets of whole articles, ``held``
(``benchmarks/data/en_articles_held.jsonl``, session 16), ``held2``
(``en_articles_held2.jsonl``, session 17), ``held3`` (``en_articles_held3.jsonl``,
session 18), ``held4`` (``en_articles_held4.jsonl``, session 19), ``held5``
(``en_articles_held5.jsonl``, session 20), ``held6`` (``en_articles_held6.jsonl``,
session 20), ``held7`` (``en_articles_held7.jsonl``, session 20), ``held8``
(``en_articles_held8.jsonl``, session 21), ``held9`` (``en_articles_held9.jsonl``,
session 21), ``held10`` (``en_articles_held10.jsonl``, session 21) and ``held11``
(``en_articles_held11.jsonl``, session 21; see
benchmarks/README.md): each line is one
article with its hand-made gold claims (text fragment, kind, speaker, optionally
``optional``). Claims are matched as in
``claims_quality.py`` (|G ∩ P| / max(|G|, |P|) >= 0.5, one-to-one, greedy; a prediction
inside an optional gold claim is neutral). Over the matched required claims:

* speaker accuracy: the predicted speaker names the gold one (the tokens of one run
  contiguously inside the other, so "Kondratovic" matches "Vladislav Kondratovic" and
  "the foreign ministry" matches "Belarus's foreign ministry"); a null gold wants a null
  prediction. Unlike the PolNeAR rule, a shared last token is not enough: "Oksana
  Poczobut" is not "Andrzej Poczobut".
* wrong names: a mismatched prediction that is a name (a capitalised first word), the
  worst error; a role phrase kept as written ("her sister", "the Estonian") or no
  speaker counts as unresolved instead.

Usage: python benchmarks/en_articles_quality.py [--show] [--set held|held2|...|held11] [--file PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# one name-token rule and one span matching for every benchmark; this set's speaker
# match is stricter than the scorer's (no "same last word": two Losiks are two people)
from claims_quality import (  # noqa: E402
    _name_tokens,
    inside_optional,
    match_spans,
    precision_recall_f1,
)

from belreader.claims import extract_claims  # noqa: E402

HELD = ROOT / "benchmarks" / "data" / "en_articles_held.jsonl"
HELD2 = ROOT / "benchmarks" / "data" / "en_articles_held2.jsonl"
HELD3 = ROOT / "benchmarks" / "data" / "en_articles_held3.jsonl"
HELD4 = ROOT / "benchmarks" / "data" / "en_articles_held4.jsonl"
HELD5 = ROOT / "benchmarks" / "data" / "en_articles_held5.jsonl"
HELD6 = ROOT / "benchmarks" / "data" / "en_articles_held6.jsonl"
HELD7 = ROOT / "benchmarks" / "data" / "en_articles_held7.jsonl"
HELD8 = ROOT / "benchmarks" / "data" / "en_articles_held8.jsonl"
HELD9 = ROOT / "benchmarks" / "data" / "en_articles_held9.jsonl"
HELD10 = ROOT / "benchmarks" / "data" / "en_articles_held10.jsonl"
HELD11 = ROOT / "benchmarks" / "data" / "en_articles_held11.jsonl"
SETS = {
    "held": HELD,
    "held2": HELD2,
    "held3": HELD3,
    "held4": HELD4,
    "held5": HELD5,
    "held6": HELD6,
    "held7": HELD7,
    "held8": HELD8,
    "held9": HELD9,
    "held10": HELD10,
    "held11": HELD11,
}


def same_speaker(gold: str | None, pred: str | None) -> bool:
    g, p = _name_tokens(gold), _name_tokens(pred)
    if not g or not p:
        return not g and not p

    def inside(a: list[str], b: list[str]) -> bool:
        return any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))

    return inside(g, p) or inside(p, g)


# words that open a role phrase kept as written ("the Estonian", "her sister"), not a name
ROLE_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our", "one"}


def is_name(pred: str | None) -> bool:
    if not pred:
        return False
    words = pred.split()
    return words[0].lower() not in ROLE_OPENERS and words[0][:1].isupper()


def score(path: Path = HELD, show: bool = False) -> dict:
    tp = fp = fn = spk_ok = wrong = unresolved = kind_ok = 0
    lines: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        art = json.loads(raw)
        text, gold = art["text"], art["claims"]
        preds = extract_claims(text)
        spans = []
        for g in gold:
            i = text.find(g["text"])
            if i < 0:
                raise SystemExit(f"{art['id']}: gold fragment not found: {g['text'][:60]!r}")
            spans.append((i, i + len(g["text"])))
        matched = match_spans(spans, preds)
        used_g, used_p = {gi for gi, _ in matched}, {pj for _, pj in matched}
        for gi, pj in matched:
            g, c = gold[gi], preds[pj]
            if g.get("optional"):
                continue
            tp += 1
            kind_ok += g["kind"] == c.kind
            if same_speaker(g["speaker"], c.speaker):
                spk_ok += 1
                continue
            if is_name(c.speaker):
                wrong += 1
                tag = "WRONG NAME"
            else:
                unresolved += 1
                tag = "unresolved"
            lines.append(
                f"{art['id']}: {tag} {c.speaker!r} (mention {c.speaker_mention!r}) "
                f"!= {g['speaker']!r}: {g['text'][:60]!r}"
            )
        for gi, g in enumerate(gold):
            if gi not in used_g and not g.get("optional"):
                fn += 1
                lines.append(
                    f"{art['id']}: missed [{g['kind']}] {g['speaker']!r}: {g['text'][:70]!r}"
                )
        for pj, c in enumerate(preds):
            if pj in used_p:
                continue
            if inside_optional(c, [span for g, span in zip(gold, spans) if g.get("optional")]):
                continue
            fp += 1
            lines.append(
                f"{art['id']}: spurious [{c.kind}] {c.speaker!r} {c.cue!r}: {c.text[:70]!r}"
            )
    p, r, f = precision_recall_f1(tp, fp, fn)
    if show:
        for line in lines:
            print("   ", line)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": f,
        "speaker_accuracy": spk_ok / tp if tp else None,
        "wrong_names": wrong,
        "unresolved": unresolved,
        "kind_accuracy": kind_ok / tp if tp else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every error")
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="one set (default: all)")
    ap.add_argument("--file", type=Path, help="score this file instead of the sets")
    args = ap.parse_args(argv)
    runs = [("file", args.file)] if args.file else [(k, SETS[k]) for k in args.set or sorted(SETS)]
    for name, path in runs:
        res = score(path, args.show)
        print(
            f"[{name}] claims tp/fp/fn {res['tp']}/{res['fp']}/{res['fn']}  "
            f"P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}"
        )
        print(
            f"[{name}] speaker accuracy {res['speaker_accuracy']:.3f} over {res['tp']} matched; "
            f"wrong names {res['wrong_names']}, unresolved {res['unresolved']}; "
            f"kind accuracy {res['kind_accuracy']:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
