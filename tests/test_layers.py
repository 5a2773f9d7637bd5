"""The layering the brief asks for, checked two ways: each domain module imported alone
in a fresh interpreter (what start-up really loads), and every import statement and
attribute of the source read (what a function imports later, too).

- Domain code (everything but ``belreader/tui/`` and ``belreader/cli/app.py``) imports
  no Textual.
- Only ``belreader/search/`` imports Whoosh, and only its public modules.
- Only ``belreader/search/engine/`` touches Whoosh's private names: its private modules,
  ``from whoosh... import _name``, or an attribute ``._name`` that Whoosh defines and
  belreader does not (see ``engine/private_api.py``)."""

from __future__ import annotations

import ast
import subprocess
import sys
import warnings
from functools import cache
from pathlib import Path

import pytest
import whoosh

import belreader

PACKAGE = Path(belreader.__file__).parent
UI = ("tui/", "cli/app.py")
SEARCH = "search/"
ENGINE = "search/engine/"

# what belreader.search (outside engine/) may import from Whoosh
PUBLIC_WHOOSH = frozenset(
    {
        "whoosh",
        "whoosh.analysis",
        "whoosh.collectors",
        "whoosh.fields",
        "whoosh.formats",
        "whoosh.highlight",
        "whoosh.index",
        "whoosh.lang",
        "whoosh.qparser",
        "whoosh.query",
        "whoosh.scoring",
        "whoosh.searching",
        "whoosh.sorting",
    }
)

DOMAIN = [
    "article",
    "ingest",
    "claims",
    "aliases",
    "search",
    "results",
    "first_page",
    "bookmarks",
    "library",
    "claim_search",
    "settings",
    "workspace",
    "terminal",
    "cli",
]


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_module_imports_no_textual(module):
    code = (
        f"import sys, belreader.{module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('textual', 'whoosh')}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = eval(out)
    assert "textual" not in loaded
    if module != "search":
        assert "whoosh" not in loaded, f"belreader.{module} pulls in whoosh: only search/ may"


def sources() -> dict[str, ast.Module]:
    """Every module of the package by its path under ``belreader/`` (a new dict each
    time: a test may plant a module in it)."""
    return dict(_parsed())


@cache
def _parsed() -> dict[str, ast.Module]:
    return {
        path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text("utf-8"), str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def imported(tree: ast.Module) -> list[tuple[str, list[str], int]]:
    """(absolute module, names imported from it, line) for every import in ``tree``,
    wherever it stands."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, [], node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [a.name for a in node.names], node.lineno))
    return found


def top(module: str) -> str:
    return module.split(".")[0]


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def textual_imports(trees: dict[str, ast.Module]) -> list[str]:
    return [
        f"belreader/{path}:{line} imports {module}"
        for path, tree in trees.items()
        if not path.startswith(UI)
        for module, _, line in imported(tree)
        if top(module) == "textual"
    ]


def whoosh_imports_outside_search(trees: dict[str, ast.Module]) -> list[str]:
    return [
        f"belreader/{path}:{line} imports {module}"
        for path, tree in trees.items()
        if not path.startswith(SEARCH)
        for module, _, line in imported(tree)
        if top(module) == "whoosh"
    ]


def private_whoosh_imports_outside_engine(trees: dict[str, ast.Module]) -> list[str]:
    bad = []
    for path, tree in trees.items():
        if path.startswith(ENGINE):
            continue
        for module, names, line in imported(tree):
            if top(module) != "whoosh":
                continue
            private_names = [n for n in names if is_private(n)]
            if module not in PUBLIC_WHOOSH or any(map(is_private, module.split("."))):
                bad.append(f"belreader/{path}:{line} imports {module}, a private Whoosh module")
            elif private_names:
                bad.append(f"belreader/{path}:{line} imports {private_names} from {module}")
    return bad


def private_names_defined(trees) -> set[str]:
    """The single-underscore names ``trees`` define: functions, classes, module and
    class variables, and attributes they assign."""
    names = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = node.name
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                name = node.id
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                name = node.attr
            elif isinstance(node, ast.arg):
                name = node.arg
            else:
                continue
            if is_private(name):
                names.add(name)
    return names


@cache
def whoosh_private_names() -> frozenset[str]:
    root = Path(whoosh.__file__).parent
    with warnings.catch_warnings():  # old escapes in Whoosh's vendored pyparsing
        warnings.simplefilter("ignore")
        trees = [ast.parse(p.read_text("utf-8"), str(p)) for p in root.rglob("*.py")]
    return frozenset(private_names_defined(trees))


def private_whoosh_attributes_outside_engine(trees: dict[str, ast.Module]) -> list[str]:
    # names the engine assigns on Whoosh's objects (a patch, a writer's state) stay Whoosh's
    own = private_names_defined(t for path, t in trees.items() if not path.startswith(ENGINE))
    whoosh_only = whoosh_private_names() - own
    return [
        f"belreader/{path}:{node.lineno} reads Whoosh's private .{node.attr}"
        for path, tree in trees.items()
        if not path.startswith(ENGINE)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in whoosh_only
    ]


def test_domain_code_imports_no_textual_anywhere():
    assert textual_imports(sources()) == []


def test_only_search_imports_whoosh():
    assert whoosh_imports_outside_search(sources()) == []


def test_only_the_engine_imports_whoosh_internals():
    assert private_whoosh_imports_outside_engine(sources()) == []


def test_only_the_engine_reads_whoosh_private_attributes():
    assert "_btexts" in whoosh_private_names()  # the check sees Whoosh's names
    assert private_whoosh_attributes_outside_engine(sources()) == []


@pytest.mark.parametrize(
    "path, code, check",
    [
        ("ingest/x.py", "import textual.app\n", textual_imports),
        ("bookmarks/x.py", "def f():\n    from textual import on\n", textual_imports),
        ("library.py", "from whoosh import index\n", whoosh_imports_outside_search),
        (
            "search/query.py",
            "from whoosh.codec import whoosh3\n",
            private_whoosh_imports_outside_engine,
        ),
        ("search/index.py", "from whoosh.query import _a\n", private_whoosh_imports_outside_engine),
        (
            "search/sync.py",
            "def f(q, r):\n    return q._btexts(r)\n",
            private_whoosh_attributes_outside_engine,
        ),
    ],
)
def test_each_check_sees_a_breach(path, code, check):
    """A breach planted in one module is reported, where the real tree reports none."""
    trees = sources()
    trees[path] = ast.parse(code)
    assert check(trees) != []
    assert check(sources()) == []


def test_no_module_outside_the_engine_is_over_600_lines():
    """Issue 16: a newcomer reads a module whole; only search/engine/, which mirrors
    Whoosh's own internals, may run longer."""
    sizes = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
        if "search/engine/" not in path.relative_to(PACKAGE).as_posix()
    }
    assert {name: n for name, n in sizes.items() if n > 600} == {}
