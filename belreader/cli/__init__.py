"""Command line: the app (no command) and scriptable commands, one module per group.

Adding a command is one module with ``register(commands, common)`` -- it adds its
parser(s) and sets ``run`` to the function that carries it out -- and one line in
``COMMANDS`` below.

Exit codes: 0 ok, 1 nothing found where that matters, 2 usage or input error, with a
one-line message on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

from .. import __version__
from . import bookmarks, claims, library, search, timeline
from .app import run_app
from .common import EXIT_OK, EXIT_USAGE, CliError, Parser, common_options, line

__all__ = ["CliError", "build_parser", "main"]

# in the order `belreader --help` lists them
COMMANDS = (search, library, claims, timeline, bookmarks)

# the domain's own errors carry a one-line message for the user (module, class); looked
# up in sys.modules so that main() need not import whoosh or sqlite to catch them
_DOMAIN_ERRORS = (
    ("belreader.search", "SearchError"),
    ("belreader.bookmarks", "BookmarkStoreError"),
    ("belreader.library", "LibraryError"),
    ("belreader.aliases", "AliasFileError"),
)


def build_parser() -> argparse.ArgumentParser:
    top = common_options(None)
    # on a command the options default to "not given", or `belreader --index X search`
    # would have the command's default (None) overwrite X
    common = common_options(argparse.SUPPRESS)
    parser = Parser(
        prog="belreader",
        description="Offline reader for news about Belarus: search across outlets and spellings, "
        "see who said what, keep passages. Without a command, opens the app.",
        parents=[top],
    )
    parser.add_argument("--version", action="version", version=f"belreader {__version__}")
    parser.set_defaults(run=run_app)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMANDS:
        module.register(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return int(args.run(args))
    except CliError as exc:
        print(f"belreader: {line(exc)}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("belreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `belreader search x | head`: the reader left; not an error worth a trace
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the promise: one line, never a traceback
        message = _message_for(exc)
        if message is None:
            if os.environ.get("BELREADER_DEBUG"):
                raise
            message = (
                f"unexpected error ({type(exc).__name__}: {exc}); "
                "run again with BELREADER_DEBUG=1 for the details and report it"
            )
        print(f"belreader: {line(message)}", file=sys.stderr)
        return EXIT_USAGE


def _message_for(exc: Exception) -> str | None:
    """The one line to show for an expected kind of error that reached main(), or None
    for a bug."""
    for module, name in _DOMAIN_ERRORS:
        cls = getattr(sys.modules.get(module), name, None)
        if cls is not None and isinstance(exc, cls):
            return str(exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return None
