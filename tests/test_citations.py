"""Citations carry what a reader needs to find and credit a passage: speaker (for a
claim), title, outlet, date and link; so do the md/csv/json exports (issue 15)."""

from __future__ import annotations

import csv
import io
import json
from types import SimpleNamespace

from belreader.bookmarks import BookmarkStore, Provenance, citation_text, export_text, provenance_of
from belreader.claims import Claim
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
    claim = claim_by("Maxim Ryzhenkov", start=10, end=40, mention="Ryzhenkov")
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


def claim_by(speaker, *, start, end, mention):
    return Claim(speaker, "said", "direct", "x" * (end - start), start, end, False, (), mention)


def test_provenance_keeps_the_articles_words_for_the_speaker_only_where_they_differ():
    named_otherwise = claim_by("Maxim Ryzhenkov", start=0, end=10, mention="the minister")
    by_surname = claim_by("Maxim Ryzhenkov", start=20, end=30, mention="Ryzhenkov")
    unresolved = claim_by(None, start=40, end=50, mention="he")  # no name: no speaker at all
    article = SimpleNamespace(url=None, claims=[named_otherwise, by_surname, unresolved])
    marks = [
        SimpleNamespace(id=str(s), article_id="a", start=s, end=s + 5, anchor="exact")
        for s in (2, 22, 42)
    ]
    found = provenance_of(marks, lambda aid: article)
    assert found == {
        "2": Provenance(None, "Maxim Ryzhenkov", "the minister"),
        "22": Provenance(None, "Maxim Ryzhenkov", None),
        "42": Provenance(None, None, None),
    }
    assert found["2"].speaker_said == "Maxim Ryzhenkov (as “the minister”)"
    assert citation_text("q", title="T", source="S", date=None, origin=found["2"]) == (
        "“q” — Maxim Ryzhenkov (as “the minister”), in T, S, undated"
    )


def test_exports_say_how_the_article_named_the_speaker(library, corpus, capsys):
    """Issue 14: where the article names the speaker otherwise ("the minister" for
    Maxim Ryzhenkov), the bookmark exports carry those words beside the name."""
    from belreader.search import SearchIndex

    (corpus / "vienna.md").write_text(
        "---\ntitle: Vienna talks\nsource: Belsat\ndate: 2024-11-03\n---\n"
        "Foreign minister Maxim Ryzhenkov arrived in Vienna on Monday.\n\n"
        "“We are ready for talks on equal terms,” the minister said. Observers doubt it.\n",
        "utf-8",
    )
    ix = SearchIndex(library)
    ix.sync()
    article = ix.article(next(h.id for h in ix.search("Vienna").hits))
    claim = next(c for c in article.claims if "equal terms" in c.text)
    assert (claim.speaker, claim.speaker_mention) == ("Maxim Ryzhenkov", "the minister")
    ix.close()
    with BookmarkStore(library.bookmarks_db) as store:
        store.add(article, claim.start, claim.end)
    args = ["--index", str(library.index_dir), "--data", str(library.data_dir)]
    outputs = {}
    for fmt in ("md", "csv", "json"):
        assert main(["bookmarks", "export", "--format", fmt, *args]) == 0
        outputs[fmt] = capsys.readouterr().out
    assert "— said by Maxim Ryzhenkov (as “the minister”)" in outputs["md"]
    row = next(csv.DictReader(io.StringIO(outputs["csv"])))
    assert (row["speaker"], row["speaker_mention"]) == ("Maxim Ryzhenkov", "the minister")
    extension = json.loads(outputs["json"])[0]["target"]["belreader"]
    assert extension["speaker"] == "Maxim Ryzhenkov"
    assert extension["speakerMention"] == "the minister"


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
    assert row["speaker_mention"] == ""  # named in full where the claim is: nothing to add
    target = json.loads(outputs["json"])[0]["target"]
    assert "speakerMention" not in target["belreader"]
    assert target["source"] == URL and target["belreader"]["urn"].startswith(
        "urn:belreader:article:"
    )
    # and the export without an index still works, without the link
    assert export_text(store_list(library), "csv").splitlines()[0].startswith("id,created")


def store_list(library):
    with BookmarkStore(library.bookmarks_db) as store:
        return store.list()
