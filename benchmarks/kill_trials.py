"""Kill trials: incremental syncs killed at random moments, then resumed.

Each trial copies a committed two-segment index of the base articles, changes the
corpus (files added, changed and deleted), starts `belreader index`, kills it after a
random delay drawn over the run's usual length, and runs `belreader index` again. The
resumed library must hold every article of the corpus exactly once and answer a set of
queries as a clean build of the same files does. Two ways to kill: the whole process
group (kill -9 of a terminal's job) and the main process alone (its workers must die
with it and not hold the lock).

    python benchmarks/kill_trials.py [--trials 20] [--base 300] [--add 260] [--seed 1]

Prints a table: trials, interrupted (killed before it finished), articles expected and
found, duplicates, answers differing from a clean build, failed resumes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from belreader.library import Library
from belreader.search import SearchError, SearchIndex
from tests.test_faults import answers, make_articles


def env_for(index_dir: Path, data_dir: Path) -> dict:
    return {
        **os.environ,
        "BELREADER_INDEX": str(index_dir),
        "BELREADER_DATA": str(data_dir),
        "BELREADER_INDEX_PROCS": os.environ.get("BELREADER_INDEX_PROCS", "2"),
    }


def cli(args: list[str], env: dict, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "belreader.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def change_corpus(corpus: Path, staged: Path, rng: random.Random) -> int:
    """Add the staged files, change a few, delete a few; return the file count."""
    for f in staged.iterdir():
        shutil.copy(f, corpus / f"new-{f.name}")
    existing = sorted(corpus.glob("a*.md"))
    for f in rng.sample(existing, 5):
        f.write_text(f.read_text("utf-8") + "\nA paragraph about potash added later.\n", "utf-8")
    for f in rng.sample(list(existing), 5):
        f.unlink(missing_ok=True)
    return len(list(corpus.glob("*.md")))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--base", type=int, default=300)
    ap.add_argument(
        "--add", type=int, default=260, help="files added per trial (>= 200: worker processes)"
    )
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = Path(tempfile.mkdtemp(prefix="belreader-kill-"))
    try:
        base = root / "base"
        make_articles(base / "corpus", args.base, seed=5)
        make_articles(root / "staged", args.add, seed=11)
        lib = Library(index_dir=base / "ix", data_dir=base / "data", corpora=[base / "corpus"])
        lib.save()
        r = cli(["index"], env_for(lib.index_dir, lib.data_dir))
        assert r.returncode == 0, r.stderr
        # how long an uninterrupted incremental sync takes: the range of kill delays
        probe = root / "probe"
        shutil.copytree(base, probe)
        Library(index_dir=probe / "ix", data_dir=probe / "data", corpora=[probe / "corpus"]).save()
        change_corpus(probe / "corpus", root / "staged", random.Random(0))
        t0 = time.perf_counter()
        r = cli(["index"], env_for(probe / "ix", probe / "data"))
        assert r.returncode == 0, r.stderr
        full = time.perf_counter() - t0
        print(
            f"an uninterrupted incremental sync takes {full:.2f} s; kills drawn in [0, {full * 1.1:.2f}] s"
        )

        rows = []
        for trial in range(args.trials):
            work = root / f"t{trial}"
            shutil.copytree(base, work)
            trial_lib = Library(
                index_dir=work / "ix", data_dir=work / "data", corpora=[work / "corpus"]
            )
            trial_lib.save()
            expected = change_corpus(work / "corpus", root / "staged", rng)
            env = env_for(trial_lib.index_dir, trial_lib.data_dir)
            how = "group" if trial % 2 == 0 else "main only"
            delay = rng.uniform(0, full * 1.1)
            proc = subprocess.Popen(
                [sys.executable, "-m", "belreader.cli", "index"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            time.sleep(delay)
            interrupted = proc.poll() is None
            try:  # the whole job, or the main process alone (its workers must follow)
                if how == "group":
                    os.killpg(proc.pid, signal.SIGKILL)
                else:
                    proc.kill()
            except ProcessLookupError:  # it had finished
                pass
            proc.wait()
            t1 = time.perf_counter()
            resumed = cli(["index"], env, timeout=300)
            resume_s = time.perf_counter() - t1
            ok = resumed.returncode == 0 and "Traceback" not in resumed.stderr
            clean = Library(
                index_dir=work / "clean-ix", data_dir=work / "clean-data", corpora=[work / "corpus"]
            )
            clean_ix = SearchIndex(clean)
            clean_ix.sync()
            ix = SearchIndex(Library.locate(index=trial_lib.index_dir, data=trial_lib.data_dir))
            try:
                ids = [a.id for a in ix.iter_articles()]
                same = answers(ix) == answers(clean_ix)
            except SearchError:  # the index did not survive
                ids, same, ok = [], False, False
            ix.close()
            clean_ix.close()
            rows.append(
                (
                    trial,
                    how,
                    delay,
                    interrupted,
                    expected,
                    len(ids),
                    len(ids) - len(set(ids)),
                    same,
                    ok,
                    resume_s,
                    "rebuilt" if resumed.stdout.startswith("rebuilt") else "synced",
                )
            )
            print(
                f"trial {trial:2d} ({how:9s}) kill at {delay:5.2f}s interrupted={interrupted!s:5} "
                f"expected={expected} found={len(ids)} duplicates={len(ids) - len(set(ids))} "
                f"same-answers={same} resume-ok={ok} ({resume_s:.1f}s, {rows[-1][-1]})",
                flush=True,
            )
            shutil.rmtree(work, ignore_errors=True)

        interrupted = sum(r[3] for r in rows)
        print()
        print(
            "| trials | interrupted | articles expected | articles found | duplicates "
            "| answers differ | failed resumes | resumes that rebuilt |"
        )
        print("|---|---|---|---|---|---|---|---|")
        print(
            f"| {len(rows)} | {interrupted} | {sum(r[4] for r in rows)} | {sum(r[5] for r in rows)} "
            f"| {sum(r[6] for r in rows)} | {sum(not r[7] for r in rows)} | {sum(not r[8] for r in rows)} "
            f"| {sum(r[10] == 'rebuilt' for r in rows)} |"
        )
        bad = [r for r in rows if r[4] != r[5] or r[6] or not r[7] or not r[8]]
        return 1 if bad else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
