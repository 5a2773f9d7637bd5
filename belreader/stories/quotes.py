"""Quote provenance: the same quotation carried by several articles, grouped on its
normalised wording (exactly, or by fuzzy alignment with rapidfuzz), each version kept
as its outlet wrote it: the cue verb, the hedges, the wording, the speaker.

Speakers are folded through the alias table only to show them consistently; a group
is made by wording alone, so a slogan chanted by protesters and quoted by officials
is one group with both speakers shown, never one speaker.

Framing is described, never judged: a version is "neutral" (said, told, according
to), "distancing" (claimed, admitted, alleged, insisted) or "hedged" (reportedly,
allegedly...), and a group whose versions differ that way is flagged. So is meaning
where a version adds or drops a negation ("not", "never"...) against the common
version: one word apart, it stays in the group (the reader wants to see that an
outlet's version says the opposite), and the comparison says so.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .reader import in_chunks
from .versions import (
    Comparison,
    Version,
    bare,
    framing,
    framing_differs,
    negation_change,
    word_diff,
    words,
)

if TYPE_CHECKING:
    from .store import ArticleInput

MIN_WORDS = 6  # a shorter quotation ("a terrorist act") is too common to trace
KINDS = ("direct", "mixed")
# fuzzy alignment: the same quotation with a word or two changed, dropped or added
SAME_RATIO = 85.0
# or one version cut short: all of it found in the other, and most of the other's length
PARTIAL_RATIO = 96.0
PARTIAL_LENGTH = 0.6
KEYS_PER_QUOTE = 6  # the smallest hashes of its word trigrams, for finding candidates
ALL_PAIRS_MAX = 24
# a quotation carried by this share of the library (and at least BOILERPLATE_MIN
# articles) is boilerplate: a disclaimer, a slogan
BOILERPLATE_SHARE = 0.05
BOILERPLATE_MIN = 20


_SCHEMA = """
CREATE TABLE IF NOT EXISTS quotes (
    q INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    idx INTEGER NOT NULL,           -- the claim's place among its article's claims
    speaker TEXT, speaker_key TEXT,
    kind TEXT NOT NULL, cue TEXT NOT NULL, hedges TEXT NOT NULL,
    wording TEXT NOT NULL, norm TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    w INTEGER NOT NULL,             -- its normalised wording (quote_wordings)
    grp INTEGER NOT NULL            -- its group: the w of the group's head wording
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE INDEX IF NOT EXISTS quotes_grp ON quotes(grp);
CREATE INDEX IF NOT EXISTS quotes_w ON quotes(w);
-- each distinct wording once: how many articles carry it and the head it is grouped
-- under; keys per wording, not per quotation (a slogan in 5,000 articles: 6 keys)
CREATE TABLE IF NOT EXISTS quote_wordings (
    w INTEGER PRIMARY KEY,
    norm TEXT UNIQUE NOT NULL,
    articles INTEGER NOT NULL,
    head INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS quote_keys (
    key INTEGER NOT NULL, w INTEGER NOT NULL, PRIMARY KEY (key, w)
) WITHOUT ROWID;
"""


def create_schema(db: sqlite3.Connection) -> None:
    db.executescript(_SCHEMA)


def normalise(text: str) -> str:
    """The wording compared: words only, case-folded, apostrophes straightened."""
    return " ".join(words(text.casefold()))


@lru_cache(maxsize=65536)  # each wording's keys are wanted when stored and when linked
def _keys(norm: str) -> tuple[int, ...]:
    ws = norm.split()
    grams = {" ".join(ws[i : i + 3]) for i in range(max(1, len(ws) - 2))}
    hashes = sorted(zlib.crc32(g.encode("utf-8")) for g in grams)
    return tuple(hashes[:KEYS_PER_QUOTE])


def _claim_fields(claim) -> dict:
    return claim if isinstance(claim, dict) else claim.to_dict()


# -- updates -------------------------------------------------------------------------
def remove_articles(db: sqlite3.Connection, ids: Sequence[str]) -> None:
    """Drop the quotations of ``ids``, and a wording no article carries any more; the
    wordings they carried are regrouped by the next ``relink`` (the temp table
    remembers them: each is now carried by fewer articles, which can change the group
    of a wording that matches it)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS quote_norms_touched (norm TEXT PRIMARY KEY)")
    for article_id in ids:
        ws = [w for (w,) in db.execute("SELECT w FROM quotes WHERE article=?", (article_id,))]
        db.execute("DELETE FROM quotes WHERE article=?", (article_id,))
        for w in ws:
            norm, carried = db.execute(
                "SELECT norm, articles FROM quote_wordings WHERE w=?", (w,)
            ).fetchone()
            left = carried - 1
            db.execute("UPDATE quote_wordings SET articles=? WHERE w=?", (left, w))
            db.execute("INSERT OR IGNORE INTO quote_norms_touched VALUES (?)", (norm,))
            if left <= 0:
                db.execute("DELETE FROM quote_wordings WHERE w=?", (w,))
                db.executemany(
                    "DELETE FROM quote_keys WHERE key=? AND w=?", ((k, w) for k in _keys(norm))
                )


def insert(db: sqlite3.Connection, added: Sequence[ArticleInput], aliases) -> list[int]:
    """Store the quotations of ``added`` articles, each in the group its wording is in
    (a new wording its own) until ``relink``: their numbers."""
    first = (db.execute("SELECT max(q) FROM quotes").fetchone()[0] or 0) + 1
    rows_in: list[tuple] = []
    carried: Counter[str] = Counter()  # wording -> articles among ``added`` carrying it
    folded: dict[str, str] = {}  # speaker as written -> as the alias table names them
    for art in added:
        seen_norms: set[str] = set()
        for idx, claim in enumerate(art.claims):
            c = _claim_fields(claim)
            if c.get("kind") not in KINDS:
                continue
            norm = normalise(c.get("text", ""))
            # an article that quotes itself twice carries the quotation once
            if len(norm.split()) < MIN_WORDS or norm in seen_norms:
                continue
            seen_norms.add(norm)
            carried[norm] += 1
            speaker = c.get("speaker")
            key = None
            if speaker:
                key = folded.get(speaker)
                if key is None:
                    key = folded[speaker] = (
                        aliases.person(speaker) if aliases is not None else None
                    ) or speaker
            rows_in.append(
                (
                    first + len(rows_in),
                    art.id,
                    idx,
                    speaker,
                    key,
                    c["kind"],
                    c.get("cue", ""),
                    json.dumps(list(c.get("hedges", ()))),
                    c.get("text", ""),
                    norm,
                    int(c.get("start", 0)),
                    int(c.get("end", 0)),
                )
            )
    # each wording's number and head: a new one is its own head
    known: dict[str, tuple[int, int]] = {}
    for marks, part in in_chunks(sorted(carried)):
        known.update(
            (n, (w, head))
            for n, w, head in db.execute(
                f"SELECT norm, w, head FROM quote_wordings WHERE norm IN ({marks})", part
            )
        )
    db.executemany(
        "UPDATE quote_wordings SET articles=articles+? WHERE w=?",
        ((carried[n], w) for n, (w, _) in known.items()),
    )
    next_w = (db.execute("SELECT max(w) FROM quote_wordings").fetchone()[0] or 0) + 1
    new_wordings: list[tuple[int, str, int, int]] = []
    keys_in: list[tuple[int, int]] = []
    for n in sorted(set(carried) - set(known)):
        known[n] = (next_w, next_w)
        new_wordings.append((next_w, n, carried[n], next_w))
        keys_in += [(k, next_w) for k in _keys(n)]
        next_w += 1
    db.executemany("INSERT INTO quote_wordings VALUES (?, ?, ?, ?)", new_wordings)
    keys_in.sort()
    db.executemany("INSERT INTO quote_keys VALUES (?, ?)", keys_in)
    db.executemany(
        "INSERT INTO quotes (q, article, idx, speaker, speaker_key, kind, cue, hedges,"
        " wording, norm, start, end, w, grp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row + known[row[9]] for row in rows_in),
    )
    return [r[0] for r in rows_in]


def relink(db: sqlite3.Connection, new_qs: list[int], *, fresh: bool) -> None:
    """Group the quotations ``new_qs`` (just inserted) and regroup around the wordings
    the articles removed before (``remove_articles``) carried; ``fresh``: every
    wording at once.

    A wording's group depends only on the wordings it shares a trigram key with and
    how many articles carry each (``heads``), so an update regroups just the wordings
    it added or removed and those sharing a key with them: the same groups as a
    ``fresh`` pass, in any order or batch size, without a library-wide read."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS quote_norms_touched (norm TEXT PRIMARY KEY)")
    if fresh:
        wordings = {
            n: (w, count, head)
            for w, n, count, head in db.execute(
                "SELECT w, norm, articles, head FROM quote_wordings"
            )
        }
        buckets: dict[int, set[str]] = {}
        for n in wordings:
            for k in _keys(n):
                buckets.setdefault(k, set()).add(n)
        regroup: Iterable[str] = wordings
    else:
        changed = {n for (n,) in db.execute("SELECT norm FROM quote_norms_touched")}
        for marks, part in in_chunks(new_qs):
            changed.update(
                n for (n,) in db.execute(f"SELECT norm FROM quotes WHERE q IN ({marks})", part)
            )
        # a wording whose count changed can become (or stop being) the head of any
        # wording it shares a key with: those are regrouped, each against all its own
        # key neighbours
        regroup = {n for members in _by_key(db, _keys_of(changed)).values() for n in members}
        by_key = _by_key(db, _keys_of(regroup))
        buckets = {k: set(members) for k, members in by_key.items()}
        wordings = {}
        for members in by_key.values():
            wordings.update(members)
    head = heads(regroup, {n: count for n, (_, count, _) in wordings.items()}, buckets)
    db.execute("DELETE FROM quote_norms_touched")
    moved = [
        (wordings[head[n]][0], wordings[n][0])
        for n in regroup
        if wordings[head[n]][0] != wordings[n][2]
    ]
    moved.sort(key=lambda m: m[1])
    db.executemany("UPDATE quote_wordings SET head=? WHERE w=?", moved)
    db.executemany("UPDATE quotes SET grp=? WHERE w=?", moved)


def _keys_of(norms: Iterable[str]) -> list[int]:
    return sorted({k for n in norms for k in _keys(n)})


def _by_key(db: sqlite3.Connection, keys: list[int]) -> dict[int, dict[str, tuple[int, int, int]]]:
    """{key: {wording: (w, articles carrying it, head)}} of the wordings holding one of
    ``keys``."""
    out: dict[int, dict[str, tuple[int, int, int]]] = {}
    for marks, part in in_chunks(keys):
        for k, n, w, count, head in db.execute(
            "SELECT k.key, x.norm, x.w, x.articles, x.head FROM quote_keys k"
            f" JOIN quote_wordings x ON x.w=k.w WHERE k.key IN ({marks})",
            part,
        ):
            out.setdefault(k, {})[n] = (w, count, head)
    return out


def _rank(norm: str, count: int) -> tuple[int, int, str]:
    """Best first: the wording more articles carry, then the longer (a whole version
    before one cut short), then by the words themselves (never by arrival order)."""
    return (-count, -norm.count(" "), norm)


def heads(
    wanted: Iterable[str], counts: dict[str, int], buckets: dict[int, set[str]]
) -> dict[str, str]:
    """{wording: its head}: the best-ranked wording (``_rank``) that shares a trigram
    key with it and is the same quotation (``same_quotation``), or itself when none
    ranks above it. A group is the wordings of one head: every version matches the
    group's common wording itself, so a version that only resembles another version
    (a quotation cut short, or one that keeps the first 80% of the words and ends
    differently) cannot chain a different quotation into the group. A key shared by
    more than ALL_PAIRS_MAX wordings offers only its ALL_PAIRS_MAX best ranked."""
    rank = {n: _rank(n, c) for n, c in counts.items()}
    offered: dict[int, list[str]] = {}
    out: dict[str, str] = {}
    for norm in wanted:
        mine = rank[norm]
        candidates: set[str] = set()
        for k in _keys(norm):
            if k not in offered:
                offered[k] = sorted(buckets.get(k, ()), key=rank.__getitem__)[:ALL_PAIRS_MAX]
            candidates.update(offered[k])
        out[norm] = next(
            (
                c
                for c in sorted(candidates, key=rank.__getitem__)
                if rank[c] < mine and same_quotation(norm, c)
            ),
            norm,
        )
    return out


def same_quotation(a: str, b: str) -> bool:
    """Are two normalised wordings one quotation (a word changed, dropped, or one cut
    short)? Cut short: counted in words, as a reader would (the cut end of a quotation
    can hold its long words)."""
    from rapidfuzz import fuzz

    if a == b:
        return True
    if fuzz.ratio(a, b, score_cutoff=SAME_RATIO):
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # words counted by their separators (normalised: one space between words)
    return short.count(" ") + 1 >= PARTIAL_LENGTH * (long_.count(" ") + 1) and bool(
        fuzz.partial_ratio(short, long_, score_cutoff=PARTIAL_RATIO)
    )


# -- reading -------------------------------------------------------------------------
def boilerplate_threshold(library_size: int) -> float:
    return max(BOILERPLATE_MIN, BOILERPLATE_SHARE * library_size)


_VERSION_SQL = (
    "SELECT q.grp, q.article, a.title, a.source, a.day, a.path, q.speaker, q.speaker_key,"
    " q.cue, q.hedges, q.kind, q.wording, q.start, q.end, a.clock"
    " FROM quotes q LEFT JOIN articles a ON a.id=q.article"
)


def compare(db: sqlite3.Connection, groups: Iterable[int], *, cap: int = 50) -> list[Comparison]:
    """The comparison of each group (in the order given), its versions earliest
    first by date and time (``published.order_key``; the one that was first matters to
    a fact-checker) and at most ``cap`` of them."""
    from ..published import clock_from_text, order_key
    from .reader import day_date

    library_size = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    limit = boilerplate_threshold(library_size)
    out = []
    for g in groups:
        rows = db.execute(
            _VERSION_SQL + " WHERE q.grp=? ORDER BY q.article, q.idx", (g,)
        ).fetchall()
        if not rows:
            continue
        versions = [
            Version(
                article=r[1],
                title=r[2] or "",
                source=r[3],
                date=day_date(r[4] or 0),
                path=r[5] or "",
                speaker=r[7] or r[6],
                cue=r[8],
                hedges=tuple(json.loads(r[9])),
                kind=r[10],
                wording=r[11],
                start=r[12],
                end=r[13],
                time=clock_from_text(r[14]) if r[4] else None,
            )
            for r in rows
        ]
        versions.sort(key=lambda v: order_key(v.date, v.time))  # stable: then article, idx
        n_articles = len({v.article for v in versions})
        norm_counts = Counter(normalise(v.wording) for v in versions)
        common_norm = max(norm_counts.items(), key=lambda kv: (kv[1], -len(kv[0])))[0]
        common = bare(next(v.wording for v in versions if normalise(v.wording) == common_norm))
        for v in versions:
            v.framing = framing(v.cue, v.hedges)
            v.diff, _ = word_diff(common, v.wording)
            v.negation = negation_change(common, v.wording)
        speakers = sorted({v.speaker for v in versions if v.speaker})
        out.append(
            Comparison(
                group=g,
                articles=n_articles,
                versions=versions[:cap],
                common=common,
                speakers=speakers,
                framing_differs=framing_differs(versions),
                boilerplate=n_articles >= limit,
                meaning_differs=any(v.negation for v in versions),
            )
        )
    return out


def groups_of_claims(db: sqlite3.Connection, claims: Iterable[tuple[str, int]]) -> list[int]:
    """The quotation groups of (article id, claim index) pairs, first seen first."""
    out: dict[int, None] = {}
    for article_id, idx in claims:
        row = db.execute(
            "SELECT grp FROM quotes WHERE article=? AND idx=?", (article_id, idx)
        ).fetchone()
        if row is not None:
            out.setdefault(row[0], None)
    return list(out)


def shared_groups(db: sqlite3.Connection, min_articles: int = 2) -> list[tuple[int, int]]:
    """(group, articles carrying it) for every quotation in ``min_articles`` or more
    articles, most carried first."""
    return db.execute(
        "SELECT grp, count(DISTINCT article) AS n FROM quotes GROUP BY grp HAVING n >= ?"
        " ORDER BY n DESC, grp",
        (min_articles,),
    ).fetchall()


@dataclass(slots=True)
class Carried:
    """For one claim of an article: the other articles carrying its quotation."""

    group: int
    articles: int  # other articles
    outlets: list[str]  # their outlets, most frequent first
    boilerplate: bool


def carried_elsewhere(db: sqlite3.Connection, article_id: str) -> dict[int, Carried]:
    """{claim index: Carried} for the claims of ``article_id`` whose quotation other
    articles carry too ("also in 3 articles: BBC, Reuters, ...")."""
    library_size = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    limit = boilerplate_threshold(library_size)
    out: dict[int, Carried] = {}
    for idx, g in db.execute("SELECT idx, grp FROM quotes WHERE article=?", (article_id,)):
        others = db.execute(
            "SELECT q.article, a.source FROM quotes q LEFT JOIN articles a ON a.id=q.article"
            " WHERE q.grp=? AND q.article<>? GROUP BY q.article",
            (g, article_id),
        ).fetchall()
        if not others:
            continue
        outlets = Counter(s or "unknown" for _, s in others)
        out[idx] = Carried(
            group=g,
            articles=len(others),
            outlets=[name for name, _ in outlets.most_common()],
            boilerplate=len(others) + 1 >= limit,
        )
    return out
