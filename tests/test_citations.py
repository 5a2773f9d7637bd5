"""Citations carry what a reader needs to find and credit a passage: speaker (for a
claim), title, outlet, date and link; so do the md/csv/json exports (issue 15)."""

from __future__ import annotations

import csv
import io
import json
from types import SimpleNamespace

from belreader.bookmarks import BookmarkStore, Provenance, citation_text, export_text, provenance_of
from belreader.cli import main

URL = "https://example.org/minsk-talks"
TEXT = (
    "---\ntitle: Minsk talks stall again\nsource: Belsat\ndate: 2024-11-02\nurl: " + URL + "\n---\n"
    "Minsk talks stall again\n\nForeign minister Maxim Ryzhenkov said: “We are ready for talks on equal terms.” "
    "Observers doubt it.\n"
)


def test_citation_text_orders_speaker_title_outlet_date_link():
    origin = Provenance(url=URL, speaker="Maxim Ryzhenkov")
    text = citation_text(
        " “We are  ready.” ", title="Talks", source="Belsat", date="2024-11-02", origin=origin
    )
    assert text == f"“We are ready.” — Maxim Ryzhenkov, in Talks, Belsat, 2024-11-02, {URL}"
    assert (
        citation_text("x", title="T", source=None, date=None) == "“x” — T, unknown source, undated"
    )


def test_provenance_finds_the_claim_holding_the_passage():
    claim = SimpleNamespace(start=10, end=40, speaker="Maxim Ryzhenkov")
    article = SimpleNamespace(url=URL, claims=[claim])
    marks = [
        SimpleNamespace(id="in", article_id="a", start=12, end=30, anchor="exact"),
        SimpleNamespace(id="out", article_id="a", start=41, end=50, anchor="exact"),
        SimpleNamespace(id="orphan", article_id="a", start=12, end=30, anchor="orphan"),
        SimpleNamespace(id="gone", article_id="b", start=0, end=5, anchor="exact"),
    ]
    seen = []
    found = provenance_of(marks, lambda aid: seen.append(aid) or (article if aid == "a" else None))
    assert seen == ["a", "b"]  # each article looked up once
    assert found == {
        "in": Provenance(URL, "Maxim Ryzhenkov"),
        "out": Provenance(URL, None),
        "orphan": Provenance(URL, None),  # its passage is no longer known to be the claim
    }


def test_cli_export_carries_the_url_and_speaker(library, corpus, capsys, tmp_path):
    from belreader.search import SearchIndex

    (corpus / "minsk.md").write_text(TEXT, "utf-8")
    ix = SearchIndex(library)
    ix.sync()
    article = ix.article(next(h.id for h in ix.search("Ryzhenkov").hits))
    claim = next(c for c in article.claims if "equal terms" in c.text)
    ix.close()
    with BookmarkStore(library.bookmarks_db) as store:
        store.add(article, claim.start, claim.end)
    args = ["--index", str(library.index_dir), "--data", str(library.data_dir)]
    outputs = {}
    for fmt in ("md", "csv", "json"):
        assert main(["bookmarks", "export", "--format", fmt, *args]) == 0
        outputs[fmt] = capsys.readouterr().out
    assert f"- URL: <{URL}>" in outputs["md"] and "— said by " in outputs["md"]
    row = next(csv.DictReader(io.StringIO(outputs["csv"])))
    assert row["url"] == URL and row["speaker"].endswith("Ryzhenkov")
    target = json.loads(outputs["json"])[0]["target"]
    assert target["source"] == URL and target["belreader"]["urn"].startswith(
        "urn:belreader:article:"
    )
    # and the export without an index still works, without the link
    assert export_text(store_list(library), "csv").splitlines()[0].startswith("id,created")


def store_list(library):
    with BookmarkStore(library.bookmarks_db) as store:
        return store.list()
