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
    p.add_argument(
        "--compare",
        action="store_true",
        help="each quotation carried by several articles: every version (outlet, date, cue, "
        "hedges, wording), word-level differences and framing",
    )
    p.set_defaults(run=cmd_claims)


def cmd_claims(args: argparse.Namespace) -> int:
    from ..claim_search import find_claims
    from ..published import when_text
    from ..search import QueryError, SearchError

    ix = open_index(args)
    if args.compare:
        return cmd_compare(args, ix)
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
                        "via": c.via,
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
                when = when_text(art.date, art.time)
                print(f"  {line(art.title)} · {line(art.source or 'unknown')} · {when}")
                last = art.id
            hedge = f"  [hedged: {', '.join(c.hedges)}]" if c.hedged else ""
            said = f", as “{c.shown_mention}”" if c.shown_mention else ""
            said += f", via {c.via}" if c.via else ""
            print(
                f"    • {cue_text(c.cue)} ({kind_label(c.kind)}{line(said)}): "
                f"{line(' '.join(c.text.split()))}{line(hedge)}"
            )
    return EXIT_OK


# -- stories (issue 19): one quotation across the articles that carry it ------------------
# versions listed per quotation; a boilerplate one (a disclaimer in 5% of the library)
# is capped harder, with a notice
COMPARE_CAP = 50
BOILERPLATE_CAP = 10


def cmd_compare(args: argparse.Namespace, ix) -> int:
    from ..claim_search import find_claims
    from ..search import QueryError, SearchError
    from ..stories import quotes as qmod
    from ..stories.reader import StoryReader

    store = StoryReader.open(ix.library.index_dir)
    if store is None:
        raise CliError(
            "quotations have not been traced in this library yet: run `belreader index` first"
        )
    try:
        if args.speaker or args.query or args.article:
            try:
                rows = list(
                    find_claims(ix, speaker=args.speaker, query=args.query, article=args.article)
                )
            except LookupError as exc:
                raise CliError(str(exc.args[0])) from None
            except QueryError as exc:
                raise CliError(f"bad query: {exc}") from None
            except SearchError as exc:
                raise CliError(str(exc)) from None
            groups = qmod.groups_of_claims(
                store.db, [(art.id, art.claims.index(c)) for art, c in rows]
            )
        else:
            groups = [g for g, _ in qmod.shared_groups(store.db)]
        comparisons = [c for c in qmod.compare(store.db, groups, cap=COMPARE_CAP) if c.articles > 1]
        for c in comparisons:
            if c.boilerplate:
                c.versions = c.versions[:BOILERPLATE_CAP]
    finally:
        store.close()
    if args.json:
        print(inert_json([c.to_json() for c in comparisons], indent=2))
        return EXIT_OK if comparisons else EXIT_NOTHING
    if not comparisons:
        print("no quotation is carried by more than one article")
        return EXIT_NOTHING
    for c in comparisons:
        print(compare_text(c))
    return EXIT_OK


def _marked(diff) -> str:
    """The wording with its differences from the most common version marked in place:
    [changed] {+added+} [-left out-] (a run of left-out words in one bracket)."""
    out: list[str] = []
    run: list[str] = []
    for word, op in diff:
        if op == "left out":
            run.append(word)
            continue
        if run:
            out.append("[-" + " ".join(run) + "-]")
            run = []
        out.append(f"[{word}]" if op == "changed" else f"{{+{word}+}}" if op == "added" else word)
    if run:
        out.append("[-" + " ".join(run) + "-]")
    return " ".join(out)


def compare_text(c) -> str:
    """One quotation's comparison, as `belreader claims --compare` prints it."""
    from ..published import when_text
    from ..stories.versions import framing_label, meaning_label

    speakers = ", ".join(c.speakers) or "no speaker found"
    head = [
        f"\n“{line(c.common)}”",
        f"  carried by {c.articles} articles · said by: {line(speakers)}",
    ]
    if c.boilerplate:
        head.append(
            f"  boilerplate: in {c.articles} articles (a large share of the library); "
            f"the first {len(c.versions)} shown"
        )
    elif len(c.versions) < c.articles:
        head.append(f"  the first {len(c.versions)} of {c.articles} shown")
    if c.framing_differs:
        head.append(
            "  framing differs: "
            + "; ".join(f"{framing_label(v)} in {line(v.source or 'unknown')}" for v in c.versions)
        )
    if c.meaning_differs:
        head.append(
            "  meaning differs from the common version: "
            + "; ".join(
                f"{meaning_label(v, c.common)} in {line(v.source or 'unknown')}"
                for v in c.versions
                if v.negation
            )
        )
    body = []
    for v in c.versions:
        when = when_text(v.date, v.time)
        hedges = f" · hedges: {', '.join(v.shown_hedges)}" if v.shown_hedges else ""
        who = f" · {v.speaker}" if v.speaker else ""
        meaning = f" · {meaning_label(v, c.common)}" if v.negation else ""
        body.append(
            f"  {when} · {line(v.source or 'unknown')} · {line(v.cue)}{line(hedges)}{line(who)}"
            f"{line(meaning)}"
            f"\n      {line(_marked(v.diff))}"
        )
    return "\n".join(head + body)
