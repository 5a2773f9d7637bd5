"""Mutation testing of belreader's domain code, package by package.

    .venv/bin/pip install -e '.[test,mutation]'   # mutmut, pinned in the mutation extra
    .venv/bin/python benchmarks/mutation.py                 # every target
    .venv/bin/python benchmarks/mutation.py bookmarks aliases
    .venv/bin/python benchmarks/mutation.py --list          # targets, files, tests
    nice .venv/bin/python benchmarks/mutation.py --sample 60 --seed 1 query-checks
                                                            # 60 mutants drawn at random

Why mutmut 3: it mutates through "trampolines" (every mutant is compiled in once and
chosen by an environment variable in a forked worker), so a mutant costs a fork and the
tests that reach the mutated function -- no re-import, no file rewrite. cosmic-ray
rewrites the module and starts pytest per mutant: on this two-core machine that is
roughly ten times slower for the same tests.

Each target mutates only its own functions and runs only the tests that cover it (the
target's test files; inside them mutmut keeps, per function, just the tests that call
it). Every target gets its own scratch copy of the repository under .mutation/, so the
runs never touch the working tree and can be repeated.

The table printed at the end (and written to .mutation/summary.md) is what goes into
benchmarks/README.md. Survivors are listed by mutmut name; `mutmut show NAME` inside
.mutation/TARGET shows the diff. Mutants we judged equivalent (no behaviour can tell
them from the original) are listed in EQUIVALENT with a one-line reason each; they are
counted apart and left out of the score.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import json
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutation"
PYTHON = sys.executable


@dataclass(frozen=True)
class Target:
    files: tuple[str, ...]  # source files mutmut mutates (globs)
    mutants: tuple[str, ...]  # mutmut name patterns of the functions that belong here
    tests: tuple[str, ...]  # pytest arguments selecting the tests that cover them
    goal: float  # share of mutants that must be killed


def _fn(module: str, *names: str) -> tuple[str, ...]:
    """mutmut name patterns of module-level functions."""
    return tuple(f"{module}.x_{n}__mutmut_*" for n in names)


def _meth(module: str, cls: str, *names: str) -> tuple[str, ...]:
    """mutmut name patterns of methods (mutmut joins class and method with 'ǁ')."""
    return tuple(f"{module}.xǁ{cls}ǁ{n}__mutmut_*" for n in names)


TARGETS: dict[str, Target] = {
    "terminal": Target(
        files=("belreader/terminal.py",),
        mutants=("belreader.terminal.*",),
        # the app's hostile-name test waits on the app under load: it failed mutmut's
        # clean run, and the sanitiser's own tests reach every line without it
        tests=("tests/test_hostile.py", "tests/test_cli.py", "-k", "not app"),
        goal=0.85,
    ),
    "bookmarks": Target(
        files=("belreader/bookmarks/anchoring.py", "belreader/bookmarks/store.py"),
        mutants=("belreader.bookmarks.anchoring.*", "belreader.bookmarks.store.*"),
        tests=(
            "tests/test_reanchor_cases.py",
            "tests/test_bookmarks.py",
            "tests/test_bookmarks_reliability.py",
            "tests/test_bookmarks_library.py",
        ),
        goal=0.85,
    ),
    "aliases": Target(
        files=("belreader/aliases.py", "belreader/search/analysis.py"),
        mutants=("belreader.aliases.*", "belreader.search.analysis.*"),
        # the alias tests of test_search.py only: every test reaches fold_key, and
        # running the index-building ones per mutant would take hours
        tests=(
            "tests/test_alias_folding_mutants.py",
            "tests/test_search_analysis.py",
            "tests/test_search.py",
            "-k",
            "alias or spelling or inflected or cyrillic or lookups or analyzer or analysis",
        ),
        goal=0.85,
    ),
    "query-checks": Target(
        files=("belreader/search/query.py",),
        mutants=(
            *_fn(
                "belreader.search.query",
                "parse_query",
                "check_expansions",
                "_shown",
                "check_syntax",
                "check_fields",
                "stem_prefixes",
            ),
        ),
        tests=("tests/test_query_checks.py", "tests/test_search.py", "tests/test_cli.py"),
        goal=0.85,
    ),
    "index-sync": Target(
        files=(
            "belreader/search/sync.py",
            "belreader/search/manifest.py",
            "belreader/search/engine/commit.py",
        ),
        mutants=(
            "belreader.search.sync.*",
            "belreader.search.manifest.*",
            *_fn("belreader.search.engine.commit", "commit_in_steps", "remove_orphan_segments"),
        ),
        # in-process kills and resumes (fast), incremental syncs of every file kind;
        # test_durability's CLI-driven kills start an interpreter per case and would
        # take hours per mutant set
        tests=(
            "tests/test_sync_resume.py",
            "tests/test_ingest_sync.py",
            "tests/test_search.py",
            "tests/test_durability.py",
            "-k",
            "resume or ingest_sync or left_marker or empty_index or empty_library "
            "or missing_corpus or same_folder or garbage or budget or sync_is_incremental "
            "or nothing_changed or interrupted_sync or rebuild_gives or alias_file or first_page",
        ),
        goal=0.85,
    ),
    "claims-speakers": Target(
        files=(
            "belreader/claims/resolve.py",
            "belreader/claims/speaker_phrases.py",
            "belreader/claims/gender.py",
        ),
        mutants=(
            "belreader.claims.resolve.*",  # Resolver
            "belreader.claims.speaker_phrases.*",  # display and full names, mend_surface
            "belreader.claims.gender.*",  # "he"/"she" need the candidates' gender
        ),
        tests=(
            "tests/test_speaker_resolution.py",
            "tests/test_claims_speakers.py",
            "tests/test_claims.py",
        ),
        goal=0.70,
    ),
}

# Equivalent mutants: no behaviour can tell them from the original. Marked by a rule on
# the mutant's diff (each rule is its one-line reason), or by name below. They are
# listed with their reason and left out of the score.
_SQL_START = re.compile(
    r"\s*(SELECT|INSERT|UPDATE|DELETE|WHERE|CREATE|PRAGMA|BEGIN|COMMIT|ROLLBACK)\b", re.I
)


def _sql_case_only(before: list[str], after: list[str]) -> bool:
    """Only the letter case of SQL text without quoted values changed."""
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    return (
        len(before) == len(after)
        and bool(changed)
        and all(a.lower() == b.lower() and _SQL_START.match(a) and "'" not in a for a, b in changed)
    )


def _codec_case_only(before: list[str], after: list[str]) -> bool:
    """Only the letter case of a codec name changed ("utf-8" -> "UTF-8")."""
    import codecs

    changed = [(a, b) for a, b in zip(before, after) if a != b]
    if (
        len(before) != len(after)
        or len(changed) != 1
        or changed[0][0].lower() != changed[0][1].lower()
    ):
        return False
    try:
        return codecs.lookup(changed[0][0]).name == codecs.lookup(changed[0][1]).name
    except LookupError:
        return False


def _json_ascii_only(before: str, after: str) -> bool:
    """Only json.dumps' ensure_ascii changed."""
    return "ensure_ascii" in before and re.sub(r",?\s*ensure_ascii=\w+", "", before) == re.sub(
        r",?\s*ensure_ascii=\w+", "", after
    )


def _cache_only(diff: list[str]) -> bool:
    """A cache lookup skipped, a None stored (read back as a miss) or the cache's size
    cap moved by one: the value is recomputed the same way, only speed changes."""
    if len(diff) != 2 or not (diff[0].startswith("-") and diff[1].startswith("+")):
        return False
    before, after = diff[0][1:].strip(), diff[1][1:].strip()
    m = re.fullmatch(r"(\w+) = (\w*(?:cache|CACHE)\w*)\.get\((\w+)\)", before)
    if m:  # lookup skipped
        return after in (f"{m[1]} = None", f"{m[1]} = {m[2]}.get(None)")
    m = re.fullmatch(r"(\w*(?:cache|CACHE)\w*)\[(\w+)\] = \w+", before)
    if m:  # a None entry reads as a miss
        return after == f"{m[1]}[{m[2]}] = None"
    m = re.fullmatch(r"if len\((\w*(?:cache|CACHE)\w*)\) < ([\w_]+):", before)
    if m:  # size cap off by one
        limit = m[2].replace("_", "")
        bigger = str(int(limit) + 1) if limit.isdigit() else None
        return after in (f"if len({m[1]}) <= {m[2]}:", f"if len({m[1]}) < {bigger}:")
    return False


RULES: list[tuple[str, Callable[[str, str, list[str], list[str]], bool]]] = [
    ("SQL keywords and names are case-insensitive", lambda _b, _a, bs, as_: _sql_case_only(bs, as_)),
    ("codec names are case-insensitive", lambda _b, _a, bs, as_: _codec_case_only(bs, as_)),
    ("this SQLite reads 'file:' names as URIs whatever the flag (built with SQLITE_USE_URI=1); not portable",
     lambda b, a, _bs, _as: _uri_flag_only(_diff_lines(b, a))),
    ("ensure_ascii only changes how JSON escapes non-ASCII (None is False): every JSON reader gets the same values, a fingerprint still follows its table",  # noqa: E501
     lambda b, a, _bs, _as: _json_ascii_only(b, a)),
    ("a cache bypassed (value recomputed the same way): speed only, measured in benchmarks/",
     lambda b, a, _bs, _as: _cache_only(_diff_lines(b, a))),
]  # fmt: skip

# mutmut name -> reason, for equivalents no rule covers. One line each. (Names are
# numbered within a function: re-check them when that function changes.)
# The names recorded before the package split (belreader/bookmarks.py -> bookmarks/) no
# longer name the same mutants: re-add an entry only after `mutmut show NAME` confirms it.
_ASCII_JSON = "json.dumps escapes every non-ASCII character: the file is ASCII, which every locale codec reads and writes alike"  # noqa: E501
_GENERATION_DECIDES = "a rebuild empties the manifest and a legacy one records no generation: 'generation is None' holds in both, the terms before it decide nothing"  # noqa: E501
EQUIVALENT: dict[str, str] = {
    "belreader.search.sync.xǁSyncerǁ_settle__mutmut_8": "OSError is an Exception: suppress(OSError, Exception) and suppress(Exception) catch the same",  # noqa: E501
    "belreader.search.sync.xǁSyncerǁ_sync__mutmut_93": _GENERATION_DECIDES,
    "belreader.search.sync.xǁSyncerǁ_sync__mutmut_94": _GENERATION_DECIDES,
    "belreader.search.sync.xǁSyncerǁ_sync__mutmut_95": _GENERATION_DECIDES,
    "belreader.search.sync.xǁSyncerǁ_sync__mutmut_109": "the scan state gets a digest no scan has: it never matches and the manifest decides, as with no state (speed only)",  # noqa: E501
    "belreader.search.sync.xǁSyncerǁ_sync__mutmut_171": "whoosh's FileLock always has an fd attribute (None until acquired): getattr's default is never used",  # noqa: E501
    "belreader.search.manifest.x_damaged_segment_files__mutmut_7": _ASCII_JSON,
    "belreader.search.manifest.x_record_segment_sums__mutmut_24": _ASCII_JSON,
    "belreader.search.query.x_check_expansions__mutmut_10": "re.split(...)[0] is the text before the first match whatever maxsplit is",  # noqa: E501
    "belreader.claims.gender.x_surname_gender__mutmut_4": "the word is lower-cased before the strip: stripping 'X' as well changes nothing",  # noqa: E501
    "belreader.claims.resolve.xǁResolverǁ_nearest__mutmut_74": "Resolver._subject never reads its hi argument",
    "belreader.bookmarks.anchoring.x__fuzzy_starts__mutmut_3": "a 12-character quote's one seed is the quote: its hits are the exact copies, already candidates",  # noqa: E501
    "belreader.bookmarks.store.xǁBookmarkStoreǁlist__mutmut_29": "SQL keywords are case-insensitive (ORDER BY ... DESC)",  # noqa: E501
    "belreader.bookmarks.store.xǁBookmarkStoreǁ_migrate__mutmut_17": "at the current version the pragma writes the version it already holds",  # noqa: E501
    "belreader.bookmarks.store.xǁBookmarkStoreǁ_open_read_only__mutmut_7": "this SQLite reads 'file:' names as URIs whatever the flag (built with SQLITE_USE_URI=1); not portable",  # noqa: E501
    "belreader.bookmarks.store.xǁBookmarkStoreǁreanchor__mutmut_29": "an orphan anchored on this very text failed to be found there, so its old offsets never hold the quote",  # noqa: E501
    "belreader.search.manifest.x_damaged_segment_files__mutmut_52": _ASCII_JSON,
    "belreader.search.manifest.x_record_segment_sums__mutmut_9": "a recorded digest not reused is computed again from the same file: speed only",  # noqa: E501
    "belreader.search.sync.xǁSyncerǁ_take_recent__mutmut_5": "needs_sync's scan is not reused and sync scans again: speed only",  # noqa: E501
    "belreader.search.manifest.x_record_segment_sums__mutmut_6": "a recorded digest not reused is computed again from the same file: speed only",  # noqa: E501
    "belreader.search.analysis.xǁTermFilterǁ__hash____mutmut_2": "TermFilters are equal by type alone: any one constant hash keeps equal filters' hashes equal",  # noqa: E501
    "belreader.search.analysis.xǁTermFilterǁ__call____mutmut_11": "every field TermFilter analyses records positions (FastText), so an index-mode stream has them; with no long forms add_to_tokens yields the tokens unchanged",  # noqa: E501
}  # fmt: skip


def _uri_flag_only(diff: list[str]) -> bool:
    """Only sqlite3.connect's uri flag changed (for a 'file:' URI)."""
    if len(diff) != 2:
        return False
    before, after = diff[0][1:], diff[1][1:]
    return (
        "uri=True" in before
        and "?mode=ro" in before
        and re.sub(r",?\s*uri=\w+", "", before) == re.sub(r",?\s*uri=\w+", "", after)
    )


KILLED = {"killed", "timeout", "caught by type check", "segfault"}


def _status_by_code():
    from mutmut.stats import status_by_exit_code

    return status_by_exit_code


def _prepare(name: str, target: Target) -> Path:
    """A scratch copy of the repository with mutmut configured for this target."""
    where = WORK / name
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", "__snapshots__")
    for folder in ("belreader", "tests", "seeds"):
        shutil.copytree(ROOT / folder, where / folder, ignore=skip)
    lines = [
        (ROOT / "pyproject.toml").read_text("utf-8"),
        "",
        "[tool.mutmut]",
        'source_paths = ["belreader"]',
        'also_copy = ["seeds"]',  # tests read the seed articles from the checkout
        f"only_mutate = {json.dumps(list(target.files))}",
        f"pytest_add_cli_args_test_selection = {json.dumps(list(target.tests))}",
        'pytest_add_cli_args = ["-p", "no:randomly", "-q"]',
        "",
    ]
    (where / "pyproject.toml").write_text("\n".join(lines), "utf-8")
    return where


def _string_constants(src: str) -> list[str]:
    return [
        n.value
        for n in ast.walk(ast.parse(src))
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def _mutant_sources(where: Path, target: Target) -> dict[str, tuple[str, str]]:
    """mutmut name -> (original function source, mutant source), from mutmut's
    trampolined copies of the target files."""
    out: dict[str, tuple[str, str]] = {}
    for path in sorted({p for pattern in target.files for p in (where / "mutants").glob(pattern)}):
        rel = path.relative_to(where / "mutants").as_posix()
        src = path.read_text("utf-8")
        lines = src.splitlines()
        module = rel.removesuffix(".py").replace("/", ".")
        funcs = {}
        for node in ast.walk(ast.parse(src)):
            if (
                isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and "__mutmut_" in node.name
            ):
                funcs[node.name] = textwrap.dedent(
                    "\n".join(lines[node.lineno - 1 : node.end_lineno])
                )
        for name, body in funcs.items():
            base, _, tail = name.rpartition("__mutmut_")
            if tail.isdigit() and f"{base}__mutmut_orig" in funcs:
                orig = funcs[f"{base}__mutmut_orig"]
                out[f"{module}.{name}"] = (
                    orig.replace("__mutmut_orig", ""),
                    body.replace(f"__mutmut_{tail}", ""),
                )
    return out


def _diff_lines(orig: str, mutant: str) -> list[str]:
    import difflib

    return [
        line
        for line in difflib.unified_diff(orig.splitlines(), mutant.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _equivalence(name: str, orig: str, mutant: str) -> str | None:
    if name in EQUIVALENT:
        return EQUIVALENT[name]
    try:
        before, after = _string_constants(orig), _string_constants(mutant)
    except SyntaxError:
        return None
    for reason, rule in RULES:
        if rule(orig, mutant, before, after):
            return reason
    return None


def _results(where: Path, target: Target) -> dict[str, str]:
    status = _status_by_code()
    out: dict[str, str] = {}
    sampled = where / "sample.json"
    only = set(json.loads(sampled.read_text("utf-8"))) if sampled.exists() else None
    for meta in (where / "mutants").rglob("*.meta"):
        data = json.loads(meta.read_text("utf-8"))
        for key, code in data.get("exit_code_by_key", {}).items():
            if any(fnmatch.fnmatchcase(key, p) for p in target.mutants) and (
                only is None or key in only
            ):
                out[key] = status[code]
    return out


# mutmut's own first step (copy the sources, write every mutant and its .meta file),
# run alone so that a sample can be drawn from the names before any test runs
_GENERATE = """
import os
import mutmut.__main__ as m
from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths
m.set_mutant_under_test("mutant_generation")
os.makedirs("mutants", exist_ok=True)
copy_src_dir()
copy_also_copy_files()
setup_source_paths()
m.store_lines_covered_by_tests()
m.create_mutants(1)
"""


def _all_mutants(where: Path, target: Target) -> list[str]:
    names = set()
    for meta in (where / "mutants").rglob("*.meta"):
        data = json.loads(meta.read_text("utf-8"))
        names.update(
            key
            for key in data.get("exit_code_by_key", {})
            if any(fnmatch.fnmatchcase(key, p) for p in target.mutants)
        )
    return sorted(names)


def _sampled(where: Path, target: Target, sample: int, seed: int) -> list[str]:
    """``sample`` of the target's mutants drawn at random (``seed``): the score of a
    sample estimates the whole at a fraction of the cost."""
    proc = subprocess.run(
        [PYTHON, "-c", _GENERATE],
        stdin=subprocess.DEVNULL,
        cwd=where,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    names = _all_mutants(where, target)
    if proc.returncode != 0 or not names:
        raise SystemExit(f"mutant generation failed in {where}:\n{proc.stderr[-2000:]}")
    (where / "population.json").write_text(json.dumps(len(names)), "utf-8")
    return sorted(random.Random(seed).sample(names, min(sample, len(names))))


def run_target(
    name: str,
    target: Target,
    children: int,
    *,
    report_only: bool = False,
    sample: int | None = None,
    seed: int = 1,
) -> dict:
    where = WORK / name
    if report_only:  # score the last run again (e.g. after changing EQUIVALENT)
        log = where / "mutmut.log"
        if not log.exists():
            raise SystemExit(f"no earlier run of {name} in {where}")
        return _score(
            name,
            target,
            where,
            _results(where, target),
            seconds=json.loads((where / "seconds.json").read_text("utf-8"))
            if (where / "seconds.json").exists()
            else 0,
        )
    where = _prepare(name, target)
    started = time.monotonic()
    chosen = list(target.mutants)
    if sample:
        chosen = _sampled(where, target, sample, seed)
        (where / "sample.json").write_text(json.dumps(chosen), "utf-8")
    proc = subprocess.run(
        [PYTHON, "-m", "mutmut", "run", "--max-children", str(children), *chosen],
        stdin=subprocess.DEVNULL,
        cwd=where,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    (where / "mutmut.log").write_text(proc.stdout + proc.stderr, "utf-8")
    results = _results(where, target)
    if proc.returncode != 0 or not results:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise SystemExit(
            f"mutmut failed for {name} (exit {proc.returncode}); log in {where}/mutmut.log\n{tail}"
        )
    seconds = round(time.monotonic() - started)
    (where / "seconds.json").write_text(json.dumps(seconds), "utf-8")
    return _score(name, target, where, results, seconds)


def _score(name: str, target: Target, where: Path, results: dict[str, str], seconds: int) -> dict:
    sources = _mutant_sources(where, target)
    equivalent: dict[str, str] = {}
    for key, status in results.items():
        if status not in KILLED and key in sources:
            reason = _equivalence(key, *sources[key])
            if reason:
                equivalent[key] = reason
    counted = {k: v for k, v in results.items() if k not in equivalent}
    killed = sum(v in KILLED for v in counted.values())
    survivors = sorted(k for k, v in counted.items() if v not in KILLED)
    return {
        "target": name,
        "mutants": len(counted),
        "killed": killed,
        "survived": len(survivors),
        "equivalent": len(equivalent),
        "score": killed / len(counted) if counted else 1.0,
        "goal": target.goal,
        "survivors": {k: [counted[k], *_diff_lines(*sources.get(k, ("", "")))] for k in survivors},
        "equivalents": {k: [equivalent[k], *_diff_lines(*sources[k])] for k in sorted(equivalent)},
        "seconds": seconds,
        "population": json.loads((where / "population.json").read_text("utf-8"))
        if (where / "population.json").exists() and (where / "sample.json").exists()
        else None,
    }


def table(rows: list[dict]) -> str:
    lines = [
        "| area | mutants (sampled of all) | killed | survived | equivalent | score | target | time |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        mark = "" if r["score"] >= r["goal"] else " (below)"
        lines.append(
            f"| {r['target']} | {r['mutants']}"
            + (f" of {r['population']}" if r.get("population") else "")
            + f" | {r['killed']} | {r['survived']} | {r['equivalent']} "
            f"| {r['score']:.0%}{mark} | {r['goal']:.0%} | {r['seconds']} s |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", help=f"any of: {', '.join(TARGETS)} (default: all)")
    parser.add_argument(
        "--children", type=int, default=2, help="parallel mutant workers (default 2)"
    )
    parser.add_argument("--list", action="store_true", help="show the targets and exit")
    parser.add_argument(
        "--report", action="store_true", help="score the last runs again, run nothing"
    )
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="run N mutants per target drawn at random instead of all of them",
    )
    parser.add_argument("--seed", type=int, default=1, help="the sample's seed (default 1)")
    args = parser.parse_args(argv)
    unknown = [t for t in args.targets if t not in TARGETS]
    if unknown:
        parser.error(f"unknown target {unknown[0]!r}; choose from {', '.join(TARGETS)}")
    if args.list:
        for name, t in TARGETS.items():
            print(
                f"{name}: mutate {', '.join(t.mutants)}\n    tests {' '.join(t.tests)}  goal {t.goal:.0%}"
            )
        return 0
    rows = []
    for name in args.targets or list(TARGETS):
        print(f"{'scoring' if args.report else 'mutating'} {name} ...", flush=True)
        row = run_target(
            name,
            TARGETS[name],
            args.children,
            report_only=args.report,
            sample=args.sample,
            seed=args.seed,
        )
        rows.append(row)
        print(
            f"  {row['killed']}/{row['mutants']} killed ({row['score']:.0%}) in {row['seconds']} s",
            flush=True,
        )
    report = [table(rows), ""]
    for r in rows:
        for title, group in (("Survivors", r["survivors"]), ("Equivalent", r["equivalents"])):
            if group:
                report.append(f"{title} in {r['target']}:")
                for k, (why, *diff) in group.items():
                    report.append(
                        f"- {k.split('.', 2)[-1]} ({why}): "
                        + " / ".join(d.strip() for d in diff)[:300]
                    )
                report.append("")
    text = "\n".join(report)
    WORK.mkdir(exist_ok=True)
    (WORK / "summary.md").write_text(text, "utf-8")
    (WORK / "summary.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False), "utf-8")
    print(text)
    return 0 if all(r["score"] >= r["goal"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
