"""Concurrency trials: belreader commands started at one instant on one library.

Each round starts processes from a multiprocessing barrier (they leave it within
microseconds of each other) on a fresh library:

* ``add+add``: two ``belreader add`` of different folders;
* ``add+index``: ``belreader add`` of a folder while ``belreader index`` rebuilds;
* ``add+add+add``: three adds.

Afterwards the library must list every folder, hold every article exactly once, and
have left no temporary file. Prints one table row per kind.

    python benchmarks/concurrency_trials.py [--rounds 10] [--files 40]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belreader.library import Library
from belreader.search import SearchIndex
from tests.test_faults import make_articles


def _run_at_barrier(barrier, index_dir: str, data_dir: str, argv: list[str], out) -> None:
    os.environ["BELREADER_INDEX"], os.environ["BELREADER_DATA"] = index_dir, data_dir
    from belreader import cli

    err = io.StringIO()
    barrier.wait()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(argv)
    except BaseException as exc:  # a crash: reported, counted
        code = f"{type(exc).__name__}: {exc}"
    out.put((" ".join(argv), code, "Traceback" in err.getvalue()))


def one_round(root: Path, kind: str, files: int, seed: int) -> dict:
    ctx = mp.get_context("fork")
    folders, commands = [], []
    n_adds = {"add+add": 2, "add+index": 1, "add+add+add": 3}[kind]
    base = root / "base"
    make_articles(base, files, seed=seed)
    lib = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[base])
    lib.save()
    if kind == "add+index":
        commands.append(["index", "--rebuild"])
    for k in range(n_adds):
        folder = root / f"folder{k}"
        make_articles(folder, files, seed=seed * 10 + k + 1)
        folders.append(folder)
        commands.append(["add", str(folder)])
    barrier, out = ctx.Barrier(len(commands)), ctx.Queue()
    procs = [
        ctx.Process(
            target=_run_at_barrier, args=(barrier, str(lib.index_dir), str(lib.data_dir), c, out)
        )
        for c in commands
    ]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(60)
    crashes = sum(1 for _, code, tb in results if code != 0 or tb)
    saved = set(json.loads((lib.index_dir / "library.json").read_text())["corpora"])
    lost = sum(1 for f in [base, *folders] if str(f.resolve()) not in saved and str(f) not in saved)
    ix = SearchIndex(Library.locate(index=lib.index_dir, data=lib.data_dir))
    ids = [a.id for a in ix.iter_articles()]
    ix.close()
    leftovers = [p.name for p in lib.index_dir.glob("*.tmp")] + [
        p.name for p in lib.index_dir.glob(".*.tmp")
    ]
    return {
        "crashes": crashes,
        "lost": lost,
        "expected": files * (1 + n_adds),
        "found": len(ids),
        "duplicates": len(ids) - len(set(ids)),
        "leftovers": len(leftovers),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--files", type=int, default=40)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="belreader-conc-"))
    failed = False
    print(
        "| trial | rounds | commands crashed | folders lost | articles expected | articles found "
        "| duplicates | temporary files left |"
    )
    print("|---|---|---|---|---|---|---|---|")
    try:
        for kind in ("add+add", "add+index", "add+add+add"):
            totals = {
                "crashes": 0,
                "lost": 0,
                "expected": 0,
                "found": 0,
                "duplicates": 0,
                "leftovers": 0,
            }
            for r in range(args.rounds):
                work = root / f"{kind}-{r}"
                row = one_round(work, kind, args.files, seed=r + 1)
                for k in totals:
                    totals[k] += row[k]
                shutil.rmtree(work, ignore_errors=True)
            print(
                f"| {kind} | {args.rounds} | {totals['crashes']} | {totals['lost']} | {totals['expected']} "
                f"| {totals['found']} | {totals['duplicates']} | {totals['leftovers']} |",
                flush=True,
            )
            failed |= bool(
                totals["crashes"]
                or totals["lost"]
                or totals["duplicates"]
                or totals["leftovers"]
                or totals["expected"] != totals["found"]
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
