"""Ingest of the formats people have: saved pages, scraper dumps, feeds, web archives,
each with its metadata, and each bad input skipped or imported with its reason."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from datetime import date
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from belreader.ingest import IngestError, read_article, read_articles
from belreader.ingest.feeds import SUMMARY_WARNING

DATA = Path(__file__).parent / "data" / "formats"


def one(name: str):
    return read_articles(DATA / name, article_id=f"c/{name}")


def paragraphs(article) -> list[str]:
    return [article.body[s:e] for s, e in article.paragraphs]


# ---------------------------------------------------------------------------- HTML


def test_russian_page_text_and_metadata():
    art = read_article(DATA / "zerkalo_ru.html", article_id="c/zerkalo_ru.html")
    assert art.title == "Лукашенко встретился с делегацией из Китая"
    assert art.source == "Вестник Полесья"  # og:site_name
    assert art.author == "Ирина Ковальчук"
    assert art.date == date(2025, 9, 15)
    assert art.url == "https://vestnik-polesya.example/politics/2025/09/15/delegation.html"
    assert art.language == "ru"
    paras = paragraphs(art)
    assert len(paras) == 3 and paras[0].startswith("Президент Беларуси")
    assert "«Мы всегда готовы к сотрудничеству" in paras[1]
    # navigation, cookie banner, related links, comments and footer are gone
    for furniture in (
        "Главная",
        "cookie",
        "Читайте также",
        "Урожай",
        "Комментарии",
        "Отличная новость",
        "Все права защищены",
        "dataLayer",
        "font-family",
    ):
        assert furniture not in art.body, furniture


def test_english_page_json_ld_and_byline():
    art = read_article(DATA / "minsk_en.htm")
    assert (art.title, art.source, art.author, art.date) == (
        "Border crossing reopens after two weeks",
        "Northern Ledger",
        "Tom Hollis",
        date(2024, 3, 2),
    )
    assert art.url == "https://northern-ledger.example/news/border-crossing-reopens"
    assert "newsletter" not in art.body and "Gdansk" not in art.body
    assert paragraphs(art)[0].startswith("The crossing between Poland and Belarus")


def test_mhtml_page(tmp_path):
    msg = MIMEMultipart("related")
    # as Chrome saves one: headers with the (long) page title before MIME-Version
    del msg["MIME-Version"]
    msg["From"] = "<Saved by Blink>"
    msg["Subject"] = "=?utf-8?Q?" + "=D0=9B" * 120 + "?="
    msg["MIME-Version"] = "1.0"
    msg.attach(MIMEText((DATA / "zerkalo_ru.html").read_text("utf-8"), "html", "utf-8"))
    path = tmp_path / "saved.mhtml"
    path.write_bytes(msg.as_bytes())
    art = read_article(path)
    assert art.title == "Лукашенко встретился с делегацией из Китая"
    assert "Президент Беларуси" in art.body


def test_page_mostly_scripts(tmp_path):
    path = tmp_path / "app.html"
    scripts = "".join(
        f"<script>var a{i} = {i} * 2; console.log(a{i});</script>" for i in range(5000)
    )
    path.write_text(
        f"<html><head>{scripts}</head><body><div id='root'></div>{scripts}</body></html>", "utf-8"
    )
    with pytest.raises(IngestError, match="no article text in the page"):
        read_article(path)


def test_fifty_megabyte_page_of_scripts_imports(tmp_path):
    story = (DATA / "minsk_en.htm").read_bytes()
    blob = b"<script>var x='" + b"A" * (50 * 1024 * 1024) + b"';</script>"
    path = tmp_path / "huge.html"
    path.write_bytes(story.replace(b"</head>", blob + b"</head>"))
    art = read_article(path)
    assert art.title == "Border crossing reopens after two weeks"
    assert "AAAA" not in art.body


def test_fifty_megabyte_page_of_text_is_refused(tmp_path):
    para = b"<p>" + b"Minsk news paragraph with words. " * 30 + b"</p>\n"
    path = tmp_path / "huge.html"
    path.write_bytes(b"<html><body>" + para * (50 * 1024 * 1024 // len(para)) + b"</body></html>")
    with pytest.raises(IngestError, match=r"page too large: 50\.\d MB of text and markup"):
        read_article(path)


def test_cp1251_page_labelled_utf8(tmp_path):
    html = (DATA / "zerkalo_ru.html").read_text("utf-8")
    path = tmp_path / "wrong.html"
    path.write_bytes(html.encode("cp1251"))  # still says <meta charset="utf-8">
    art = read_article(path)
    assert art.title == "Лукашенко встретился с делегацией из Китая"
    assert "Президент Беларуси" in art.body
    assert art.warnings == ["labelled utf-8 but is not: decoded as cp1251 (Cyrillic)"]


def test_page_in_its_declared_charset(tmp_path):
    html = (
        (DATA / "zerkalo_ru.html")
        .read_text("utf-8")
        .replace('charset="utf-8"', 'charset="windows-1251"')
    )
    path = tmp_path / "cp.html"
    path.write_bytes(html.encode("cp1251"))
    art = read_article(path)
    assert "Президент Беларуси" in art.body and art.warnings == []


@pytest.mark.parametrize(
    "head, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
    ],
)
@pytest.mark.parametrize("name", ["page.html", "dump.json", "feed.xml"])
def test_binary_named_as_page_dump_or_feed(tmp_path, head, what, name):
    path = tmp_path / name
    path.write_bytes(head + bytes(range(256)) * 20)
    with pytest.raises(IngestError, match=f"the file is {what}"):
        read_articles(path)


def test_escape_sequences_and_markup_never_survive(tmp_path):
    path = tmp_path / "evil.html"
    path.write_text(
        "<html><head><title>Talks\x1b[2J\x1b]52;c;aGk=\x07 <b>in</b> Minsk\u202e</title>"
        '<meta property="og:site_name" content="Evil\x9b31m Post"></head>'
        "<body><article><p>Lukashenko\x1b[31m said the talks\x07 went well.</p>"
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; was printed as text here, a second paragraph.</p>"
        "</article></body></html>",
        "utf-8",
    )
    art = read_article(path)
    for text in (art.title, art.source, art.body):
        assert not any(
            (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0 or c == "\u202e"
            for c in text
        ), repr(text)
    assert "<b>" not in art.title and "Minsk" in art.title
    assert "Lukashenko said the talks went well." in art.body


# ---------------------------------------------------------------------------- dumps


def test_jsonl_dump_with_a_broken_line():
    got = one("news_please.jsonl")
    assert [a.title for a in got.articles] == [
        "Потребительские цены выросли на 0,6%",
        "Minsk metro extends its third line",
        "Фермеры завершили уборку льна",
    ]
    first = got.articles[0]
    assert first.id == "c/news_please.jsonl#https://econom-vesti.example/prices-august"
    assert (first.source, first.date, first.author, first.language) == (
        "econom-vesti.example",
        date(2025, 9, 10),
        "Павел Гринь",
        "ru",
    )
    assert got.articles[1].author == "Anna Lis, Marek Duda"
    assert paragraphs(first) == [
        "Потребительские цены в Беларуси в августе выросли на 0,6% по сравнению с июлем, сообщил Белстат.",
        "Сильнее всего подорожали фрукты и услуги связи.",
    ]
    assert got.problems == ["line 3: not valid JSON (Unterminated string starting at)"]


def test_csv_with_bom_and_semicolons():
    got = one("semicolon_bom.csv")
    assert [a.title for a in got.articles] == ["Новая библиотека в Гродно", "A park in Brest"]
    lib = got.articles[0]
    assert (lib.date, lib.source, lib.url) == (
        date(2025, 9, 15),
        "grodno-city.example",
        "https://grodno-city.example/library",
    )
    assert paragraphs(lib) == [
        "В Гродно открылась новая библиотека.",
        "В ней сорок тысяч книг; читальный зал работает до полуночи.",
    ]
    assert got.problems == []


def test_telegram_export():
    got = one("telegram_result.json")
    assert [a.id for a in got.articles] == [
        "c/telegram_result.json#101",
        "c/telegram_result.json#103",
    ]
    post = got.articles[0]
    assert post.source == "Минская лента" and post.date == date(2025, 9, 14)
    assert "https://museum.example/posters" in post.body + post.title
    assert "до конца октября" in post.body
    assert got.articles[1].body == "Утром на МКАД затруднено движение из-за ремонта моста."


def test_unknown_fields_name_the_columns_and_the_option():
    with pytest.raises(IngestError) as err:
        one("scraped_unknown.json")
    message = str(err.value)
    assert "found columns: heading_text, page, story, when" in message
    assert "belreader add PATH --map text=COLUMN" in message


def test_field_map_given():
    got = read_articles(
        DATA / "scraped_unknown.json",
        article_id="c/s.json",
        catalogue_entry={"_map": "text=story,title=heading_text,date=when,url=page"},
    )
    art = got.articles[0]
    assert (art.title, art.date, art.url) == (
        "Rail freight grows",
        date(2025, 7, 1),
        "https://rail.example/freight",
    )
    with pytest.raises(IngestError, match="--map text=nope: no such column; the columns are"):
        read_articles(DATA / "scraped_unknown.json", catalogue_entry={"_map": "text=nope"})


def test_json_100k_records_one_malformed(tmp_path):
    records = [
        json.dumps(
            {
                "title": f"Report {i}",
                "text": f"Body of report number {i}.",
                "url": f"https://x.example/{i}",
            }
        )
        for i in range(100_000)
    ]
    records[54_321] = '{"title": "Broken", "text": "no closing quote}'
    path = tmp_path / "big.json"
    path.write_text("[\n" + ",\n".join(records) + "\n]\n", "utf-8")
    got = read_articles(path, article_id="c/big.json")
    assert len(got.articles) == 99_999
    assert len(got.problems) == 1
    assert got.problems[0].startswith("record 54322 (line 54323): not valid JSON (")
    assert got.articles[54_321].title == "Report 54322"


def test_json_record_that_is_not_an_object(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(
        json.dumps([{"title": "A", "text": "Alpha text."}, 42, {"title": "B"}]), "utf-8"
    )
    got = read_articles(path)
    assert [a.title for a in got.articles] == ["A"]
    assert got.problems == ["record 2: not an object with fields (int)", "record 3: no text"]


def test_dump_markup_and_escapes_cleaned(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(
        json.dumps(
            {
                "title": "<b>Bold</b> \x1b[31mred\x1b[0m &amp; more",
                "content": "<p>One\x07 paragraph.</p><p>Two paragraph.</p>",
            }
        )
        + "\n",
        "utf-8",
    )
    art = read_articles(path).articles[0]
    assert art.title == "Bold red & more"
    assert paragraphs(art) == ["One paragraph.", "Two paragraph."]


# ---------------------------------------------------------------------------- feeds


def test_rss_full_and_summary_entries():
    got = one("belarus_feed.rss")
    floods, storks = got.articles
    assert floods.title == "Breaking: Pripyat floods two villages"  # HTML in the title, as text
    assert (floods.source, floods.author, floods.date, floods.url) == (
        "Polesie Weekly",
        "Olga Reut",
        date(2025, 4, 14),
        "https://polesie-weekly.example/floods",
    )
    assert paragraphs(floods) == [
        "The Pripyat burst its banks near Pinsk on Sunday night, flooding two villages.",
        "Rescue services moved forty residents to a school in the district centre.",
    ]
    assert "alert" not in floods.body
    assert SUMMARY_WARNING not in floods.warnings
    assert storks.warnings == [SUMMARY_WARNING]
    assert storks.body.startswith("Ornithologists counted")


def test_atom_in_russian():
    art = one("minsk_ru.atom").articles[0]
    assert (art.title, art.author, art.source, art.date, art.language) == (
        "В Минске откроют новый парк",
        "Наталья Белова",
        "Городские новости",
        date(2025, 9, 15),
        "ru",
    )
    assert len(art.paragraphs) == 2


def test_xml_that_is_no_feed(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', "utf-8"
    )
    with pytest.raises(IngestError, match="a feed with no entries|not an RSS or Atom feed"):
        read_articles(path)


# ---------------------------------------------------------------------------- WARC


def test_warc_pages():
    got = one("crawl.warc.gz")
    assert got.problems == []
    by_url = {a.url: a for a in got.articles}
    assert set(by_url) == {
        "https://river-post.example/2025/dam",
        "https://river-post.example/ferry",
    }
    dam = by_url["https://river-post.example/2025/dam"]
    assert dam.date == date(2025, 9, 12)  # stated by the page: the capture date is not used
    assert dam.source == "River Post"
    assert "a day later than first announced" in dam.body  # the later capture wins
    ferry = by_url["https://river-post.example/ferry"]
    assert ferry.date == date(2025, 9, 16)
    assert ferry.warnings == ["dated by its capture date 2025-09-16: the page states no date"]
    assert ferry.language == "ru"


def test_truncated_warc(tmp_path):
    raw = gzip.decompress((DATA / "crawl.warc.gz").read_bytes())
    cut = raw.rfind("Паром снова".encode()) + 30  # inside the second page
    path = tmp_path / "cut.warc"
    path.write_bytes(raw[:cut])
    got = read_articles(path, article_id="c/cut.warc")
    assert [a.url for a in got.articles] == ["https://river-post.example/2025/dam"]
    assert got.problems == [
        "record 2 (https://river-post.example/ferry): truncated"
        " (280 bytes of the record missing): skipped"
    ]
    # compressed, cut inside the third page (the second capture of the dam story)
    from warcio.archiveiterator import ArchiveIterator

    data = (DATA / "crawl.warc.gz").read_bytes()
    with (DATA / "crawl.warc.gz").open("rb") as f:
        records = ArchiveIterator(f)
        spans = [
            (r.rec_type, records.get_record_offset(), records.get_record_length()) for r in records
        ]
    _, offset, length = [s for s in spans if s[0] == "response"][2]
    gz = tmp_path / "cut.warc.gz"
    gz.write_bytes(data[: offset + length // 2])
    got = read_articles(gz, article_id="c/cut.warc.gz")
    assert sorted(a.url for a in got.articles) == [
        "https://river-post.example/2025/dam",
        "https://river-post.example/ferry",
    ]
    assert "a day later" not in got.articles[0].body  # the first capture, whole
    assert len(got.problems) == 1 and got.problems[0].startswith("record 3")
    assert "truncated" in got.problems[0]


# ---------------------------------------------------------------------------- lazy


def test_app_start_and_search_load_no_extractor(tmp_path):
    """Nothing of trafilatura, htmldate, dateparser, feedparser, warcio or lxml loads
    when the app module is imported or a search runs; a sync of a page does load them
    (so the check can fail)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(DATA / "minsk_en.htm", corpus)
    code = f"""
import sys
from pathlib import Path
from belreader.library import Library
from belreader.search import SearchIndex
import belreader.tui.app, belreader.cli
heavy = ("trafilatura", "htmldate", "dateparser", "feedparser", "warcio", "lxml", "justext", "courlan")
lib = Library(index_dir=Path({str(tmp_path / "ix")!r}), data_dir=Path({str(tmp_path / "d")!r}),
              corpora=[Path({str(corpus)!r})])
ix = SearchIndex(lib)
if sys.argv[1] == "sync":
    ix.sync()
ix.search("border")
print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))
"""
    out = subprocess.run(
        [sys.executable, "-c", code, "sync"], capture_output=True, text=True, check=True
    )
    assert "trafilatura" in out.stdout
    out = subprocess.run(
        [sys.executable, "-c", code, "search"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout


# ------------------------------------------------------------------- hostile bytes

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Pieces that steer the parsers into their branches: markup, JSON, CSV, feed XML.
PIECES = st.sampled_from(
    [
        "<html>",
        "<p>",
        "</p>",
        "<script>",
        "</script>",
        '<meta charset="utf-8">',
        "<title>",
        "</title>",
        "{",
        "}",
        "[",
        "]",
        '"text": ',
        '"title": ',
        ",",
        ":",
        "\n",
        ";",
        '"',
        "\x1b[2J",
        "\u202e",
        "<rss><channel><item><title>",
        "</title></item></channel></rss>",
        "<![CDATA[",
        "]]>",
        "Лукашенко сказал",
        "15 сентября 2025",
        "maintext",
        "url",
        "\x00",
        "&amp;",
        "&#x1b;",
    ]
)
DOCS = st.lists(st.one_of(st.text(max_size=20), PIECES), max_size=50).map("".join)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(DOCS, st.sampled_from(["p.html", "d.json", "d.jsonl", "d.csv", "f.xml"]))
def test_formats_never_crash(tmp_path, doc, name):
    path = tmp_path / name
    path.write_bytes(doc.encode("utf-8", "surrogatepass"))
    try:
        got = read_articles(path)
    except IngestError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for art in got.articles:
        for text in (art.title, art.body, art.source or "", art.author or "", art.url or ""):
            assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text
    assert all("\n" not in p for p in got.problems)


def test_belarusian_page_dated_by_its_dateline(tmp_path):
    path = tmp_path / "be.html"
    path.write_text(
        '<html lang="ru"><head><meta charset="utf-8"><title>Новы мост праз Нёман</title></head><body>'
        "<nav><a href='/'>Галоўная</a> <a href='/n'>Навіны</a></nav><article><h1>Новы мост праз Нёман</h1>"
        "<p>Гродна, 15 верасня 2025 года — У Гродне адкрылі новы мост праз Нёман.</p>"
        "<p>Мост будавалі два гады, ён мае чатыры паласы для машын і дзве дарожкі для ровараў.</p>"
        "</article></body></html>",
        "utf-8",
    )
    art = read_article(path)
    assert art.title == "Новы мост праз Нёман"
    assert art.date == date(2025, 9, 15)  # from the text: the markup states none
    assert art.language == "be"  # by its letters, although the template says lang="ru"
    assert "Галоўная" not in art.body
