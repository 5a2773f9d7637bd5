"""Ingest: each seed's metadata and clean body, decoding, sanitising, bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from belreader.ingest import IngestError, parse_article, read_article, split_front_matter

from .conftest import SEEDS


def seed(prefix: str):
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return read_article(path)


EXPECTED = {
    "000": ("Lukashenko claims NATO pleads for alliance against Russia", date(2024, 8, 27)),
    "001": (
        "Putin ally admits friendly relationship that saved country from Russian invasion",
        None,
    ),
    "002": (
        "Lukashenka Advocates for Negotiations with Ukraine but Is Ready to Lend Military "
        "Support to Russia Again if Necessary",
        date(2024, 10, 28),
    ),
    "003": ("“Counterweight to NATO”: Lukashenko wants to upgrade the Eastern Alliance", None),
    "004": ("Belarus could soon join the war, according to NATO and US officials", None),
}

# Web furniture of the five seeds, each a whole line that must not survive in a body.
FURNITURE = [
    "Leave a Reply",
    "Leave a Replay",
    "Leave a Comment",
    "Your email address will not be published. Required fields are marked *",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "You have been successfully subscribed",
    "Subscribe to our newsletter",
    "Subscribe",
    "Subscribe to us",
    "Read more",
    "View all",
    "EN",
    "BE/RU",
    "Situation in Belarus",
    "November 11 – November 17",
    "OTHERS ARE READING NOW",
    "RELATED ARTICLES",
    "Themes",
    "d29d35c3089ae77d7eae12d3fc8956d9.jpg",
    "(Photo: IMAGO / ITAR-TASS)",
    "Photo-LETA/AFP",
    "photo: elements.envato.com",
    "Contributor/Getty Images; Contributor/fake images",
    "Putin Lukashenko Russia Ukraine Belarus War Allies",
    "by",
    "Belarus-West relations",
    "Home » today » World » Belarus could soon join the war, according to NATO and US officials",
    "4:19 PM EDT, August 27, 2024",
    "October 28 – November 3, 2024",
]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_title_and_date(prefix):
    art = seed(prefix)
    title, when = EXPECTED[prefix]
    assert art.title == title
    assert art.date == when
    assert art.source is None  # the seeds state no outlet: never invented
    assert art.language == "en"
    assert art.warnings == []


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_boilerplate_removed(path):
    art = read_article(path)
    lines = {art.body[s:e] for s, e in art.paragraphs}
    for line in FURNITURE:
        assert line not in lines, f"furniture kept: {line!r}"
    # the title is shown once, as the title, not again as the first line of the body
    assert art.title not in lines
    assert "newsletter" not in art.body.lower()
    assert "akismet" not in art.body.lower()


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_no_story_sentence_dropped(path):
    """Every line of the raw file that reads as a sentence of the story survives."""
    art = read_article(path)
    raw = path.read_text("utf-8")
    tail_markers = ("Leave a Re", "Leave a Comment", "You have been successfully subscribed")
    for marker in tail_markers:
        if marker in raw:
            raw = raw[: raw.index(marker)]
    for line in raw.splitlines():
        line = line.strip()
        if len(line) > 80 and line != art.title and not line.startswith("Home »"):
            assert line in art.body, f"story line dropped: {line[:60]!r}"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_paragraph_offsets_tile_the_body(path):
    art = read_article(path)
    assert art.paragraphs[0][0] == 0 and art.paragraphs[-1][1] == len(art.body)
    for (_s1, e1), (s2, _e2) in zip(art.paragraphs, art.paragraphs[1:]):
        assert art.body[e1:s2] == "\n\n"
    for s, e in art.paragraphs:
        para = art.body[s:e]
        assert para and para == para.strip() and "\n" not in para


def test_specific_paragraphs_kept():
    assert "Lukashenko on absurd talks with NATO" in seed("000").body  # a subheading
    assert "Putin shows Lukashenko his place for the group photo" in seed("003").body  # caption
    body = seed("004").body
    assert body.count("Alexander Lukashenko (from left) and Vladimir Putin.") == 1  # printed twice
    assert "The situation has not changed" in seed("002").body


def test_stable_id_and_hash(tmp_path):
    """Ids come from the path, so an edit keeps the id (bookmarks stay on the article)
    while the content hash follows the text; two files never share an id."""
    from belreader.library import Library

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("Minsk talks\n\nLukashenko said it.\n", "utf-8")
    (corpus / "sub" / "a.txt").write_text("Minsk talks\n\nLukashenko said it.\n", "utf-8")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])

    def articles():
        return {p: read_article(Path(p), article_id=i) for p, i, *_ in lib.scan().entries}

    before = articles()
    top, nested = str(corpus / "a.txt"), str(corpus / "sub" / "a.txt")
    assert before[top].id != before[nested].id  # same name, same text, other folder
    assert before[top].content_hash == before[nested].content_hash  # the hash is of the text
    (corpus / "a.txt").write_text("Minsk talks\n\nLukashenko said it again.\n", "utf-8")
    after = articles()
    assert after[top].id == before[top].id
    assert after[top].content_hash != before[top].content_hash
    assert after[nested].content_hash == before[nested].content_hash
    assert len(after[top].content_hash) == 64


def test_front_matter_wins(tmp_path):
    text = (
        "---\ntitle: Minsk talks\nsource: Belsat\ndate: 2023-05-09\nauthor: A. Writer\n"
        "url: https://example.org/x\nlanguage: en\n---\nMinsk talks\n\nLukashenko said it.\n"
    )
    art = parse_article(text.encode(), article_id="x/a.md", path=tmp_path / "a.md")
    assert (art.title, art.source, art.date, art.author, art.url) == (
        "Minsk talks",
        "Belsat",
        date(2023, 5, 9),
        "A. Writer",
        "https://example.org/x",
    )
    assert art.body == "Lukashenko said it."


def test_front_matter_needs_closing_fence():
    meta, rest = split_front_matter("---\nnot: closed\n\nbody")
    assert meta == {} and rest.startswith("---")


def test_catalogue_gives_source(tmp_path):
    from belreader.ingest import load_catalogue

    (tmp_path / "catalogue.csv").write_text("file,source,date\na.txt,Nasha Niva,2024-01-02\n")
    (tmp_path / "a.txt").write_text("Title\n\nSome text.\n")
    entry = load_catalogue(tmp_path)["a.txt"]
    art = read_article(tmp_path / "a.txt", catalogue_entry=entry)
    assert art.source == "Nasha Niva" and art.date == date(2024, 1, 2)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("4:19 PM EDT, August 27, 2024", date(2024, 8, 27)),
        ("October 28 – November 3, 2024", date(2024, 10, 28)),
        ("Published 3 March 2023", date(2023, 3, 3)),
        ("2022-02-24", date(2022, 2, 24)),
        ("24.02.2022 10:15", date(2022, 2, 24)),
        ("Sept. 5, 2021", date(2021, 9, 5)),
    ],
)
def test_datelines(tmp_path, line, expected):
    data = f"A headline\n{line}\nLukashenko spoke in Minsk on Friday about the talks.\n".encode()
    assert parse_article(data, article_id="a", path=tmp_path / "a.txt").date == expected


def test_date_in_a_sentence_is_not_the_publication_date(tmp_path):
    data = b"A headline\nPutin launched his invasion of Ukraine on February 24, 2022, and more.\n"
    assert parse_article(data, article_id="a", path=tmp_path / "a.txt").date is None


def test_impossible_date_is_unknown(tmp_path):
    data = b"A headline\nFebruary 30, 2024\nText of the story goes on here.\n"
    assert parse_article(data, article_id="a", path=tmp_path / "a.txt").date is None


# ------------------------------------------------------------------------ bad input


def test_empty_file(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    with pytest.raises(IngestError, match="empty"):
        read_article(tmp_path / "e.txt")
    (tmp_path / "w.txt").write_bytes(b" \n\n\t ")
    with pytest.raises(IngestError, match="empty"):
        read_article(tmp_path / "w.txt")


def test_binary_file(tmp_path):
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 20)
    with pytest.raises(IngestError, match="binary"):
        read_article(tmp_path / "b.txt")


def test_cp1251_russian_article(tmp_path):
    text = "Лукашенко заявил о переговорах\n\nАлександр Лукашенко заявил, что Беларусь готова к диалогу."
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    art = read_article(tmp_path / "ru.txt")
    assert art.title == "Лукашенко заявил о переговорах"
    assert "Беларусь готова" in art.body
    assert art.language == "ru"
    assert any("cp1251" in w for w in art.warnings)


def test_latin1_fallback(tmp_path):
    (tmp_path / "l.txt").write_bytes(
        "Café in Minsk\n\nThe café served crème brûlée.".encode("latin-1")
    )
    art = read_article(tmp_path / "l.txt")
    assert "crème brûlée" in art.body and any("latin-1" in w for w in art.warnings)


def test_utf8_bom(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffTitle with BOM\n\nBody text here.".encode("utf-8"))
    art = read_article(tmp_path / "bom.txt")
    assert art.title == "Title with BOM" and art.warnings == []


def test_large_file_reported(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"Title\n\n")
        f.write((b"Lukashenko said many things in Minsk. " * 1000 + b"\n") * 540)  # ~20 MB
    with pytest.raises(IngestError, match="too large"):
        read_article(big)


def test_escape_sequences_and_markup(tmp_path):
    raw = (
        b"\x1b[31mRed title\x1b[0m\n\n"
        b"Text \x1b]52;c;ZXZpbA==\x07with an OSC 52 clipboard write, a bell\x07, "
        b"[bold red]markup[/bold red] and [link=http://x]a link[/link].\x9b2J\x00\n"
    )
    (tmp_path / "esc.txt").write_bytes(raw)
    art = read_article(tmp_path / "esc.txt")
    assert art.title == "Red title"
    for bad in ("\x1b", "\x07", "\x9b", "\x00"):
        assert bad not in art.body and bad not in art.title
    # markup-looking text is content
    assert "[bold red]markup[/bold red]" in art.body and "[link=http://x]a link[/link]" in art.body


@pytest.mark.unprivileged  # root reads through chmod 0: run as a user
def test_unreadable_file(tmp_path):
    import os

    p = tmp_path / "secret.txt"
    p.write_text("Title\n\nBody")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as a user who can read anything (root)")
        with pytest.raises(IngestError, match="permission"):
            read_article(p)
    finally:
        p.chmod(0o644)


def test_hard_wrapped_markdown_joins_lines(tmp_path):
    para = (
        "Lukashenko said on Friday that the talks in Minsk would go on as planned, and\n"
        "that the delegations from both sides were already on their way to the capital\n"
        "for the first round, which is to start on Monday morning at the latest.\n"
    )
    text = "# Talks in Minsk\n\n" + para + "\n" + para + "\n" + para
    art = parse_article(text.encode(), article_id="a", path=Path("a.md"))
    assert art.title == "Talks in Minsk"
    assert len(art.paragraphs) == 3
    assert "as planned, and that the delegations" in art.body
