"""`belreader` with no command: open the app. Textual is imported only here, when the
app starts, so every other command stays quick."""

from __future__ import annotations

import argparse

from .common import open_library


def run_app(args: argparse.Namespace) -> int:
    lib = open_library(args)
    from ..tui.app import run_app as run

    return run(lib)
