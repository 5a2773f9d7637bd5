"""`belreader claims`: who said what across the library, grouped by speaker, each claim
with its cue, kind, the words that named the speaker and any hedge; or a JSON list."""

from __future__ import annotations

import argparse

from ..terminal import inert_json
from ..vocabulary import cue_text, kind_label
from .common import EXIT_NOTHING, EXIT_OK, CliError, Parser, line, open_index


def register(commands: argparse._SubParsersAction, common: Parser) -> None:
    p = commands.add_parser(
        "claims", parents=[common], help="who said what, across the library, by speaker"
    )
    p.add_argument("query", nargs="?", help="only articles matching this query")
    p.add_argument(
        "--speaker", help="only this speaker (any spelling: Lukashenka finds Lukashenko)"
    )
    p.add_argument(
        "--article", metavar="PATH", help="only the article at this path (or with this id)"
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(run=cmd_claims)


def cmd_claims(args: argparse.Namespace) -> int:
    from ..claim_search import find_claims
    from ..search import QueryError, SearchError

    ix = open_index(args)
    try:
        rows = list(find_claims(ix, speaker=args.speaker, query=args.query, article=args.article))
    except LookupError as exc:
        raise CliError(str(exc.args[0])) from None
    except QueryError as exc:
        raise CliError(f"bad query: {exc}") from None
    except SearchError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(
            inert_json(
                [
                    {
                        "path": art.path,
                        "speaker": c.speaker,
                        "speaker_mention": c.speaker_mention,
                        "cue": c.cue,
                        "kind": c.kind,
                        "text": c.text,
                        "start": c.start,
                        "end": c.end,
                        "hedged": c.hedged,
                        "hedges": list(c.hedges),
                    }
                    for art, c in rows
                ],
                indent=2,
            )
        )
        return EXIT_OK if rows else EXIT_NOTHING
    if not rows:
        print("no claims found")
        return EXIT_NOTHING
    by_speaker: dict[str, list] = {}
    for art, c in rows:
        by_speaker.setdefault(c.speaker or "(unattributed)", []).append((art, c))
    for speaker, items in sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0].lower())):
        outlets = len({art.source or "unknown" for art, _ in items})
        articles = len({art.id for art, _ in items})
        print(
            f"\n{line(speaker)} — {len(items)} claim{'s' * (len(items) != 1)} in {articles} "
            f"article{'s' * (articles != 1)} from {outlets} source{'s' * (outlets != 1)}"
        )
        last = None
        for art, c in items:  # newest article first, claims in text order
            if art.id != last:
                when = art.date.isoformat() if art.date else "undated"
                print(f"  {line(art.title)} · {line(art.source or 'unknown')} · {when}")
                last = art.id
            hedge = f"  [hedged: {', '.join(c.hedges)}]" if c.hedged else ""
            said = f", as “{c.shown_mention}”" if c.shown_mention else ""
            print(
                f"    • {cue_text(c.cue)} ({kind_label(c.kind)}{line(said)}): "
                f"{line(' '.join(c.text.split()))}{line(hedge)}"
            )
    return EXIT_OK
