"""Writes crawl.warc.gz, the web archive the ingest tests read (run from this folder).

Three HTML responses (one page states its date, one states none so its capture date is
used, one is captured twice), an image response and a request record, which are not
articles."""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = [
    (
        "https://river-post.example/2025/dam",
        "2025-09-16T08:00:00Z",
        """<html lang="en"><head><title>Dam repairs finished</title>
<meta property="og:site_name" content="River Post">
<meta property="article:published_time" content="2025-09-12T06:00:00Z"></head>
<body><article><h1>Dam repairs finished</h1>
<p>Repairs on the dam above Svetlahorsk were finished three weeks early, the district council said.</p>
<p>The road across the dam reopens to traffic on Monday.</p></article></body></html>""",
    ),
    (
        "https://river-post.example/ferry",
        "2025-09-16T08:05:00Z",
        """<html lang="ru"><head><title>Паром снова ходит</title></head>
<body><article><h1>Паром снова ходит</h1>
<p>Паром через Березину снова перевозит машины после ремонта причала.</p>
<p>Первый рейс отправился в семь утра, сообщили в райисполкоме.</p></article></body></html>""",
    ),
    (
        "https://river-post.example/2025/dam",
        "2025-09-17T08:00:00Z",
        """<html lang="en"><head><title>Dam repairs finished</title>
<meta property="og:site_name" content="River Post">
<meta property="article:published_time" content="2025-09-12T06:00:00Z"></head>
<body><article><h1>Dam repairs finished</h1>
<p>Repairs on the dam above Svetlahorsk were finished three weeks early, the district council said.</p>
<p>The road across the dam reopens to traffic on Monday, a day later than first announced.</p>
</article></body></html>""",
    ),
]


def main() -> None:
    with Path("crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, when, html in PAGES:
            body = html.encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "request",
                    payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                    warc_headers_dict={"WARC-Date": when},
                )
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": when},
                )
            )
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://river-post.example/logo.png",
                "response",
                payload=BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                http_headers=png,
            )
        )


if __name__ == "__main__":
    main()
