"""An indexed file that can no longer be read leaves the index on the next sync, and
comes back when it is mended (a branch of Syncer._sync that branch coverage showed
no test reaching, 5 December)."""

from __future__ import annotations

from belreader.library import Library
from belreader.search import SearchIndex


def test_an_indexed_file_that_turns_unreadable_leaves_the_index_until_mended(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "flax.txt").write_text("Flax\n\nThe flax harvest in Vitebsk was early.\n", "utf-8")
    (corpus / "grain.txt").write_text("Grain\n\nGrain prices rose in Hrodna.\n", "utf-8")
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "d", corpora=[corpus])
    ix = SearchIndex(lib)
    try:
        assert ix.sync().added == 2
        assert [h.id for h in ix.search("flax").hits] == ["c/flax.txt"]

        (corpus / "flax.txt").write_bytes(b"\x00\x01\x02\xff" * 64)  # now binary
        report = ix.sync()
        assert report.deleted == 1
        assert [path for path, _why in report.skipped] == [str(corpus / "flax.txt")]
        assert ix.count() == 1
        assert ix.search("flax").total == 0
        assert ix.article("c/flax.txt") is None
        assert [h.id for h in ix.search("grain").hits] == ["c/grain.txt"]

        (corpus / "flax.txt").write_text("Flax\n\nThe flax harvest, mended.\n", "utf-8")
        report = ix.sync()
        assert (report.added, report.deleted) == (1, 0)
        assert [h.id for h in ix.search("flax").hits] == ["c/flax.txt"]
    finally:
        ix.close()
