"""Make a realistic, deterministic benchmark corpus of N article files.

    python benchmarks/make_corpus.py --n 10000 --out /tmp/corpus-10k [--seed 7]

Text comes from real articles: ``../shared/perf/data/bbc_news_2095.jsonl.gz`` (2,095 BBC
News articles, licensed for local benchmarking only: it is read from where it lies and
never copied into this repository) when present; otherwise the bundled seed articles
(``belreader.library.bundled_seeds()``). The first articles (up to 2,095) are the real
ones as written; above that, new articles are made by recombining real paragraphs
(an article's own opening, then paragraphs drawn from others) to a length like the
perf README's corpora (10k articles ~ 36 MB).

Every file gets front matter with a title, a source (one of a handful of outlets, with
a skewed distribution so source facets differ) and a date spread over 2015-2025, so
facets and date queries are exercised. A deterministic share of articles gets an extra
paragraph that names people and places with alias spellings (Lukashenka / Lukashenko /
Лукашенко, Kiev / Kyiv, Belorussia / Belarus) with reporting verbs, so alias queries
and claims have hits. Files go in sub-folders of 1,000 (like a real archive).

With ``--mixed``, 8 articles in 20 are written as people have them instead: HTML pages
(with navigation and furniture), news-please-style JSONL and CSV dumps of 500 records,
RSS feeds of 100 entries and WARC.gz archives of 100 pages (MIXED_FORMATS, PER_FILE).

Same (n, seed) -> byte-identical corpus. A ``.complete`` marker is written last, so a
half-written corpus is never mistaken for a cached one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "perf" / "data" / "bbc_news_2095.jsonl.gz"
MARKER = ".complete"
# (outlet, weight): a skewed spread so facet counts differ
SOURCES = [
    ("BBC News", 30),
    ("Belsat", 20),
    ("Nasha Niva", 15),
    ("Zerkalo", 12),
    ("Euroradio", 10),
    ("Meduza", 8),
    ("Reuters", 5),
]
AUTHORS = [
    "A. Writer",
    "Hanna Liubakova",
    "Ivan Petrov",
    "Maria Kalesnikava",
    "John Smith",
    None,
    None,
]
FIRST_DAY = date(2015, 1, 1)
DAYS = (date(2025, 10, 31) - FIRST_DAY).days

# Alias-bearing paragraphs: each alias spelling appears, with reporting verbs and hedges.
LUKA = ["Lukashenka", "Lukashenko", "Лукашенко", "Lukashenko", "Lukashenka"]
KYIV = ["Kyiv", "Kiev", "Kyiv"]
BELARUS = ["Belarus", "Belarus", "Belorussia", "Byelorussia"]
TEMPLATES = [
    "Alexander {luka} said on {weekday} that {belarus} would never join the war against {kyiv}.",
    "{luka} claimed that NATO troops were massing near the border with {belarus}, a statement "
    "officials in {kyiv} dismissed as propaganda.",
    "According to {luka}, the sanctions imposed on {belarus} have failed, although economists "
    "in {kyiv} allegedly see a sharp fall in exports.",
    '"We will defend our sovereignty," {luka} told reporters in Minsk, adding that talks with '
    "{kyiv} were possible.",
    "Opposition leader Sviatlana Tsikhanouskaya warned that {luka} was using the crisis to "
    "tighten his grip on {belarus}.",
    "Officials in {kyiv} said the drones had crossed from {belarus}; {luka} supposedly ordered "
    "an investigation.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def load_articles(data_path: Path | None) -> tuple[list[tuple[str, list[str]]], str]:
    """[(title, paragraphs)] of the real articles, and a label of where they came from."""
    if data_path is not None and data_path.is_file():
        out = []
        with gzip.open(data_path, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                title, _, body = text.partition("\n")
                paras = [p.strip() for p in body.split("\n") if p.strip()]
                if title.strip() and paras:
                    out.append((title.strip(), paras))
        return out, f"{data_path.name} ({len(out)} real articles)"
    sys.path.insert(0, str(HERE.parent))
    from belreader.library import bundled_seeds

    out = []
    for path in sorted(bundled_seeds().glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
        # keep prose lines only (the seeds' furniture is what ingest tests are about)
        paras = [ln for ln in lines[1:] if len(ln) > 80]
        if lines and paras:
            out.append((lines[0], paras))
    return out, f"bundled seeds ({len(out)} articles, recombined)"


def _meta(rng: random.Random) -> tuple[str, date, str | None]:
    source = rng.choices([s for s, _ in SOURCES], weights=[w for _, w in SOURCES])[0]
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    return source, day, rng.choice(AUTHORS)


def _front_matter(rng: random.Random, title: str) -> str:
    source, day, author = _meta(rng)
    lines = ["---", f"title: {title}", f"source: {source}", f"date: {day.isoformat()}"]
    if author:
        lines.append(f"author: {author}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _alias_paragraph(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        luka=rng.choice(LUKA),
        kyiv=rng.choice(KYIV),
        belarus=rng.choice(BELARUS),
        weekday=rng.choice(WEEKDAYS),
    )


def make_article(
    i: int, rng: random.Random, articles, all_paras: list[str]
) -> tuple[str, list[str]]:
    base_title, base_paras = articles[i % len(articles)]
    if i < len(articles):
        return base_title, list(base_paras)
    # recombined: the base's opening paragraphs, then real paragraphs from elsewhere, to a
    # length drawn around 4 KB (the perf README's 100k corpus averages 3.9 KB)
    target = int(rng.lognormvariate(8.08, 0.45))  # median ~3.2 KB, mean ~3.6 KB
    paras = list(base_paras[: rng.randint(1, 3)])
    size = sum(len(p) for p in paras)
    while size < target:
        p = all_paras[rng.randrange(len(all_paras))]
        paras.append(p)
        size += len(p) + 2
    if i < 2 * len(articles):
        title = base_title
    else:
        words = [w.strip(",.;:'\"()") for w in rng.choice(paras).split()]
        title = f"{base_title}: {rng.choice([w for w in words if len(w) > 5] or ['update'])}"
    return title, paras


# --mixed: the share of articles in each format, by i % 20 (text files keep 12 of 20)
MIXED_FORMATS = ["txt"] * 12 + ["html"] * 2 + ["jsonl"] * 2 + ["csv"] + ["rss"] * 2 + ["warc"]
# records per dump, feed and archive file
PER_FILE = {"jsonl": 500, "csv": 500, "rss": 100, "warc": 100}


class MixedWriter:
    """Writes articles as pages, dumps, feeds and web archives: a library as people
    have one. Many-article files are written when full (and at the end)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.pending: dict[str, list[dict]] = {k: [] for k in PER_FILE}
        self.files = 0

    def add(self, kind: str, i: int, title: str, paras: list[str], meta) -> None:
        source, day, author = meta
        rec = {
            "i": i,
            "title": title,
            "paras": paras,
            "source": source,
            "date": day.isoformat(),
            "author": author,
            "url": f"https://{source.lower().replace(' ', '-')}.example/a/{i}",
        }
        if kind == "html":
            self._write(f"page-{i:06d}.html", _page(rec).encode("utf-8"))
            return
        self.pending[kind].append(rec)
        if len(self.pending[kind]) >= PER_FILE[kind]:
            self.flush(kind)

    def flush(self, kind: str) -> None:
        recs, self.pending[kind] = self.pending[kind], []
        if not recs:
            return
        name = f"{kind}-{recs[0]['i']:06d}"
        if kind == "jsonl":
            self._write(
                name + ".jsonl",
                "".join(
                    json.dumps(
                        {
                            "title": r["title"],
                            "maintext": "\n".join(r["paras"]),
                            "date_publish": r["date"],
                            "source_domain": r["source"],
                            "authors": [r["author"]] if r["author"] else [],
                            "url": r["url"],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                    for r in recs
                ).encode("utf-8"),
            )
        elif kind == "csv":
            import csv
            import io

            buf = io.StringIO()
            w = csv.writer(buf)
            w.writerow(["title", "text", "date", "source", "url"])
            for r in recs:
                w.writerow([r["title"], "\n".join(r["paras"]), r["date"], r["source"], r["url"]])
            self._write(name + ".csv", buf.getvalue().encode("utf-8"))
        elif kind == "rss":
            from html import escape

            items = "".join(
                f"<item><title>{escape(r['title'])}</title><link>{r['url']}</link>"
                f"<pubDate>{_rfc822(r['date'])}</pubDate>"
                f"<description>{escape(r['paras'][0][:200])}</description>"
                f"<content:encoded><![CDATA[{''.join(f'<p>{escape(p)}</p>' for p in r['paras'])}]]>"
                "</content:encoded></item>"
                for r in recs
            )
            self._write(
                name + ".rss",
                (
                    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                    f"<title>{escape(recs[0]['source'])} feed</title><link>https://feed.example/</link>"
                    f"{items}</channel></rss>"
                ).encode(),
            )
        else:
            from io import BytesIO

            from warcio.statusandheaders import StatusAndHeaders
            from warcio.warcwriter import WARCWriter

            out = BytesIO()
            writer = WARCWriter(out, gzip=True)
            for r in recs:
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(
                        r["url"],
                        "response",
                        payload=BytesIO(_page(r).encode("utf-8")),
                        http_headers=headers,
                        warc_headers_dict={"WARC-Date": r["date"] + "T12:00:00Z"},
                    )
                )
            self._write(name + ".warc.gz", out.getvalue())

    def close(self) -> None:
        for kind in PER_FILE:
            self.flush(kind)

    def _write(self, name: str, data: bytes) -> None:
        folder = self.root / f"mixed-{self.files // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
        self.files += 1


def _rfc822(day: str) -> str:
    d = date.fromisoformat(day)
    return d.strftime("%a, %d %b %Y 12:00:00 GMT")


def _page(r: dict) -> str:
    from html import escape

    author = f'<meta name="author" content="{escape(r["author"])}">' if r["author"] else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in r["paras"])
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(r["title"])} | '
        f'{escape(r["source"])}</title><meta property="og:site_name" content="{escape(r["source"])}">'
        f'<meta property="article:published_time" content="{r["date"]}T08:00:00Z">{author}'
        f'<link rel="canonical" href="{r["url"]}"><script>var ads = [1, 2, 3];</script></head><body>'
        f'<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a></nav>'
        f"<article><h1>{escape(r['title'])}</h1>{body}</article>"
        f'<aside><h3>Related</h3><a href="/x">More stories</a></aside>'
        f"<footer>&copy; {escape(r['source'])}</footer></body></html>"
    )


def make_corpus(
    n: int, out: Path, seed: int = 7, data_path: Path | None = DEFAULT_DATA, mixed: bool = False
) -> str:
    articles, origin = load_articles(data_path)
    if not articles:
        raise SystemExit("no source text: neither the BBC data nor the bundled seeds were found")
    shuffled = list(articles)
    random.Random(seed).shuffle(shuffled)
    all_paras = [p for _, ps in shuffled for p in ps if len(p) > 60]
    tmp = out.with_name(out.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    mixed_writer = MixedWriter(tmp)
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        title, paras = make_article(i, rng, shuffled, all_paras)
        if rng.random() < 0.12:  # alias spellings and claims in ~12% of articles
            paras.insert(rng.randint(1, len(paras)), _alias_paragraph(rng))
            if rng.random() < 0.3:
                paras.append(_alias_paragraph(rng))
        kind = MIXED_FORMATS[i % len(MIXED_FORMATS)] if mixed else "txt"
        if kind != "txt":
            mixed_writer.add(kind, i, title, paras, _meta(rng))
            continue
        folder = tmp / f"{i // 1000:03d}"
        folder.mkdir(exist_ok=True)
        text = _front_matter(rng, title) + "\n" + title + "\n\n" + "\n\n".join(paras) + "\n"
        (folder / f"article-{i:06d}.txt").write_text(text, "utf-8")
    mixed_writer.close()
    (tmp / MARKER).write_text(json.dumps({"n": n, "seed": seed, "origin": origin}), "utf-8")
    if out.exists():
        shutil.rmtree(out)
    os.replace(tmp, out)
    return origin


def cached_corpus(
    n: int, seed: int = 7, root: Path = Path("/tmp/belreader-bench"), mixed: bool = False
) -> Path:
    """The corpus for (n, seed) under /tmp, made once and reused."""
    out = root / f"corpus-{n}-s{seed}{'-mixed' if mixed else ''}"
    if not (out / MARKER).is_file():
        make_corpus(n, out, seed, mixed=mixed)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--out", type=Path, required=True, help="folder to write (replaced)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="BBC jsonl.gz (default: ../shared/perf/data)",
    )
    ap.add_argument(
        "--mixed",
        action="store_true",
        help="write 40%% of the articles as HTML pages, JSONL/CSV dumps, RSS feeds and WARC.gz archives",
    )
    args = ap.parse_args(argv)
    origin = make_corpus(args.n, args.out, args.seed, args.data, mixed=args.mixed)
    files = [p for p in args.out.rglob("*") if p.is_file() and p.name != MARKER]
    size = sum(p.stat().st_size for p in files)
    print(
        f"{args.n} articles in {len(files)} files, {size / 1e6:.1f} MB in {args.out} from {origin}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
