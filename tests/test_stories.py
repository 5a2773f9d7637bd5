"""Stories (issue 19): near-duplicate copies grouped, incrementally, with a boilerplate
guard; quotations traced across the articles that carry them. The texts are written
here (a made-up story, and word soup from a fixed seed for the crowd around it)."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date

import pytest

from belreader.stories import quotes as qmod
from belreader.stories.store import ArticleInput, StoryStore

STORY = [
    "Workers at the Hrodna tractor plant walked out on Tuesday morning after the "
    "management announced that the spring bonus would be cancelled for the second year.",
    "Around four hundred people gathered at the main gate, holding hand-written signs "
    "about unpaid overtime and the closure of the plant's kindergarten last autumn.",
    "The regional executive committee sent two officials to the gate by noon, and they "
    "promised that a commission would look into the accounts of the plant before Friday.",
    "Several workers said the bonus had been part of their pay for a decade and that "
    "prices in the town's shops had risen sharply since the winter.",
    "By the evening most of the crowd had gone home, but a group of welders stayed "
    "inside the assembly hall and refused to start the night shift.",
    "The plant, which employs about three thousand people, supplies tractors to farms "
    "across the region and exports a share of them to neighbouring countries.",
    "Local journalists who tried to film the gathering were asked to leave the car park "
    "by security guards, who did not give their names.",
    "A spokesperson for the ministry of industry declined to comment on the dispute when "
    "reached by telephone late on Tuesday.",
]
SAME_EVENT = [  # another outlet's own report of the same walk-out: not a copy
    "A strike broke out in Hrodna on Tuesday when tractor plant staff heard their spring "
    "bonus was gone again.",
    "Our correspondent counted several hundred protesters; the crowd thinned after dark.",
    "Officials from the regional authorities arrived at midday and spoke of a commission.",
    "Welders at the plant stayed in the assembly hall overnight, according to relatives.",
    "The ministry did not answer questions sent by email.",
    "It is the first open labour dispute at a state factory in the region this year, "
    "and trade union activists expect others to follow if the commission finds nothing.",
]

_VOCAB = (
    "river field market council winter summer bridge school hospital railway harvest "
    "factory village museum library theatre election budget tax border forest lake road "
    "bus tram station airport festival concert exhibition football hockey match team "
    "coach player season price bread milk petrol salary pension teacher doctor nurse "
    "student court judge lawyer police officer mayor minister report study survey "
    "weather storm snow rain flood fire smoke engine tractor truck ship port grain "
    "potato apple cherry garden park street square tower church castle wall gate"
).split()


def soup(seed: int, n_words: int, per_para: int = 40) -> list[str]:
    """Paragraphs of random words: unrelated to any other seed's."""
    rng = random.Random(seed)
    words = [rng.choice(_VOCAB) for _ in range(n_words)]
    return [" ".join(words[i : i + per_para]) + "." for i in range(0, n_words, per_para)]


def art(
    aid: str,
    paragraphs: list[str],
    *,
    source: str = "Outlet",
    day: date | None = None,
    title: str = "",
    claims: list[dict] | None = None,
) -> ArticleInput:
    body = "\n\n".join(paragraphs)
    spans, at = [], 0
    for p in paragraphs:
        spans.append((at, at + len(p)))
        at += len(p) + 2
    return ArticleInput(
        id=aid,
        content_hash=f"h-{aid}-{len(body)}",
        title=title or aid,
        source=source,
        path=f"/lib/{aid}.txt",
        date=day,
        body=body,
        paragraphs=spans,
        claims=claims or [],
    )


def change_words(paragraphs: list[str], share: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for p in paragraphs:
        words = p.split()
        for i in range(len(words)):
            if rng.random() < share:
                words[i] = rng.choice(_VOCAB)
        out.append(" ".join(words))
    return out


COPIES = {
    "retitled": STORY,
    "lead-in": ["Republished from our partners at an independent newsroom in Hrodna."]
    + ["Editor's note: this report was updated with the plant's reply."]
    + STORY,
    "ending-cut": STORY[:6],
    "reordered": STORY[4:] + STORY[:4],
    "words-changed": change_words(STORY, 0.05, 3),
}


@pytest.fixture
def store(tmp_path):
    s = StoryStore(tmp_path)
    yield s
    s.close()


def story_of(store: StoryStore, aid: str) -> int:
    return store.stories_of([aid])[aid]


def test_each_kind_of_copy_joins_the_original(store):
    articles = [art("original", STORY, day=date(2025, 3, 4))]
    articles += [art(kind, text, title=f"New headline {kind}") for kind, text in COPIES.items()]
    articles.append(art("same-event", SAME_EVENT))
    articles += [art(f"other{i}", soup(i, 200)) for i in range(10)]
    store.update(articles, [], fresh=True)
    original = story_of(store, "original")
    for kind in COPIES:
        assert story_of(store, kind) == original, kind
    assert story_of(store, "same-event") != original
    assert len({story_of(store, f"other{i}") for i in range(10)}) == 10
    assert store.story_sizes() == {original: 1 + len(COPIES)}


def test_copies_list_the_earliest_dated_first(store):
    store.update(
        [
            art("late", STORY, day=date(2025, 3, 5), source="Tabloid"),
            art("undated", STORY, source="Farm"),
            art("early", STORY, day=date(2025, 3, 4), source="Agency"),
        ],
        [],
        fresh=True,
    )
    copies = store.copies([story_of(store, "late")])[story_of(store, "late")]
    assert [c.id for c in copies] == ["early", "late", "undated"]
    assert copies[0].source == "Agency" and copies[0].date == date(2025, 3, 4)


FOOTER = [
    "Subscribe to our newsletter to receive the most important news of the day in your "
    "inbox every morning, and follow us on every social network where we publish our "
    "reports, photographs and videos from all regions of the country, free of charge.",
    "If you have seen something that should be reported, write to our editors through "
    "the secure form on the website; we protect our sources and never publish a name "
    "without consent. Reprinting our materials is allowed only with an active link.",
]


def test_shared_boilerplate_does_not_merge_unrelated_articles(store):
    # 30 unrelated short articles (40 words each) ending in the same 80-word footer:
    # without the guard the footer alone makes them look alike
    articles = [art(f"a{i}", soup(100 + i, 40) + FOOTER) for i in range(30)]
    articles += [art(f"b{i}", soup(200 + i, 200)) for i in range(10)]
    store.update(articles, [], fresh=True)
    assert store.story_sizes() == {}
    # ... while a real copy of one of them (footer and all) still joins it
    store.update([art("a0-copy", soup(100, 40) + FOOTER)], [])
    assert story_of(store, "a0-copy") == story_of(store, "a0")


def test_the_guard_is_what_keeps_them_apart(store, monkeypatch):
    from belreader.stories import store as store_mod

    monkeypatch.setattr(store_mod, "BOILERPLATE_MIN", 10**9)
    articles = [art(f"a{i}", soup(100 + i, 40) + FOOTER) for i in range(30)]
    store.update(articles, [], fresh=True)
    assert store.story_sizes()  # merged: the test above means something


def _groups(store: StoryStore) -> set[frozenset[str]]:
    by_story: dict[int, set[str]] = {}
    for aid, story in store.all_stories().items():
        by_story.setdefault(story, set()).add(aid)
    return {frozenset(m) for m in by_story.values()}


def _library() -> list[ArticleInput]:
    out = [art("original", STORY)]
    out += [art(kind, text) for kind, text in COPIES.items()]
    out += [art(f"other{i}", soup(i, 200)) for i in range(12)]
    out.append(art("other0-copy", soup(0, 200)[:-1]))
    return out


def test_adding_one_at_a_time_gives_the_groups_of_one_batch(tmp_path):
    (tmp_path / "batch").mkdir()
    (tmp_path / "inc").mkdir()
    batch = StoryStore(tmp_path / "batch")
    batch.update(_library(), [], fresh=True)
    one_by_one = StoryStore(tmp_path / "inc")
    reports = [one_by_one.update([a], []) for a in _library()]
    assert not any(r.batch for r in reports[5:])  # incremental, not a library-wide relink
    assert _groups(one_by_one) == _groups(batch)
    assert frozenset({"original", *COPIES}) in _groups(batch)


def test_a_first_build_read_and_compared_a_few_rows_at_a_time_groups_as_in_one_go(
    tmp_path, monkeypatch
):
    # the memory bounds of a first build (signatures read back SIGNATURE_BATCH rows at
    # a time, candidate pairs compared LINK_CHUNK at a time, boilerplate slots looked
    # up BUCKET_ROWS signatures at a time) must not change a group: here every bound
    # falls inside the library, and the boilerplate guard has work to do
    from belreader.stories import minhash as mh_mod
    from belreader.stories import store as store_mod

    library = _library() + [art(f"footer{i}", soup(100 + i, 40) + FOOTER) for i in range(30)]
    (tmp_path / "whole").mkdir()
    (tmp_path / "bits").mkdir()
    whole = StoryStore(tmp_path / "whole")
    whole.update(library, [], fresh=True)
    monkeypatch.setattr(store_mod, "SIGNATURE_BATCH", 3)
    monkeypatch.setattr(store_mod, "LINK_CHUNK", 2)
    monkeypatch.setattr(mh_mod, "BUCKET_ROWS", 5)
    bits = StoryStore(tmp_path / "bits")
    bits.update(library, [], fresh=True)
    assert len(whole._boilerplate())  # the footer is boilerplate: the guard was used
    assert _groups(bits) == _groups(whole)
    assert frozenset({"original", *COPIES}) in _groups(whole)
    assert frozenset({"other0", "other0-copy"}) in _groups(whole)
    assert not any(len(g) > 1 and any(a.startswith("footer") for a in g) for g in _groups(bits))


def test_adding_an_article_relinks_only_its_neighbours(store):
    store.update(_library(), [], fresh=True)
    report = store.update([art("late-copy", STORY[1:])], [])
    assert not report.batch
    # the new copy and the story it joins (6 copies), not the 13 other articles
    assert report.relinked == 7
    assert story_of(store, "late-copy") == story_of(store, "original")


def test_removing_and_changing_articles_updates_their_groups(store):
    store.update(_library(), [], fresh=True)
    store.update([], ["retitled", "lead-in"])
    assert frozenset({"original", "ending-cut", "reordered", "words-changed"}) in _groups(store)
    # a changed article (removed, then added with its new text) leaves its story
    store.update([art("reordered", soup(999, 200))], ["reordered"])
    assert frozenset({"original", "ending-cut", "words-changed"}) in _groups(store)
    assert frozenset({"reordered"}) in _groups(store)
    # removing the article two copies share splits nothing that still matches
    store.update([], ["original"])
    assert frozenset({"ending-cut", "words-changed"}) in _groups(store)


def test_a_library_of_500_copies_of_one_story_is_one_group(store):
    # every shingle is in every article: the boilerplate guard must not eat the story
    # (its speed is measured in benchmarks/stories_detect.py)
    articles = [art(f"c{i}", STORY, day=date(2025, 1, 1 + i % 28)) for i in range(500)]
    store.update(articles, [], fresh=True)
    assert list(store.story_sizes().values()) == [500]
    store.update([art("c500", COPIES["words-changed"])], [])
    assert list(store.story_sizes().values()) == [501]


# -- quotations -----------------------------------------------------------------------
QUOTE = "We will not let anyone destabilise the situation in our country"


def claim(text: str, *, speaker="Alexander Lukashenko", cue="said", hedges=(), kind="direct"):
    return {
        "speaker": speaker,
        "cue": cue,
        "kind": kind,
        "text": text,
        "start": 0,
        "end": len(text),
        "hedged": bool(hedges),
        "hedges": list(hedges),
        "speaker_mention": None,
    }


def _quote_library(store: StoryStore, extra: list[ArticleInput] = ()) -> None:
    from belreader.aliases import default_table

    articles = [
        art("agency", soup(1, 80), source="Agency", day=date(2025, 3, 4), claims=[claim(QUOTE)]),
        art(
            "tabloid",
            soup(2, 80),
            source="Tabloid",
            day=date(2025, 3, 5),
            claims=[claim(QUOTE, cue="claimed", speaker="Lukashenka")],
        ),
        art(
            "farm",
            soup(3, 80),
            source="Farm",
            day=date(2025, 3, 6),
            claims=[
                claim(
                    "We will not let anyone destabilise the situation in the country",
                    cue="said",
                    hedges=("reportedly",),
                )
            ],
        ),
        art("short", soup(4, 80), claims=[claim("a terrorist act")]),
        art(
            "lonely", soup(5, 80), claims=[claim("Nobody else ever printed these eight words here")]
        ),
        *extra,
    ]
    store.update(articles, [], default_table(), fresh=True)


def test_a_quotation_is_traced_across_articles_with_its_framing(store):
    _quote_library(store)
    groups = qmod.shared_groups(store.db)
    assert [n for _, n in groups] == [3]
    (cmp,) = qmod.compare(store.db, [groups[0][0]])
    assert [v.source for v in cmp.versions] == ["Agency", "Tabloid", "Farm"]
    assert [v.cue for v in cmp.versions] == ["said", "claimed", "said"]
    assert [v.framing for v in cmp.versions] == ["neutral", "distancing", "hedged"]
    assert cmp.framing_differs
    assert cmp.speakers == ["Alexander Lukashenko"]  # Lukashenka folded through the aliases
    assert cmp.common == QUOTE
    farm = cmp.versions[2]
    assert ("the", "changed") in farm.diff and farm.missing == []
    assert all(op == "same" for _, op in cmp.versions[0].diff)


def test_framing_is_only_flagged_when_it_differs(store):
    _quote_library(store)
    ((g, _),) = qmod.shared_groups(store.db)
    store.update([], ["tabloid", "farm"])
    store.update([art("copy", soup(6, 80), claims=[claim(QUOTE, cue="told")])], [])
    (cmp,) = qmod.compare(store.db, [g])
    assert [v.article for v in cmp.versions] == ["agency", "copy"]
    assert not cmp.framing_differs


def test_two_speakers_with_the_same_words_are_one_group_two_speakers(store):
    slogan = "Long live Belarus and freedom for every political prisoner"
    _quote_library(
        store,
        [
            art("rally", soup(7, 80), claims=[claim(slogan, speaker="protesters", cue="chanted")]),
            art(
                "official",
                soup(8, 80),
                claims=[claim(slogan, speaker="Natalia Kochanova", cue="quoted")],
            ),
        ],
    )
    (cmp,) = [
        c
        for c in qmod.compare(store.db, [g for g, _ in qmod.shared_groups(store.db)])
        if c.common == slogan
    ]
    assert cmp.speakers == ["Natalia Kochanova", "protesters"]
    assert [v.speaker for v in cmp.versions] == ["protesters", "Natalia Kochanova"] or [
        v.speaker for v in cmp.versions
    ] == ["Natalia Kochanova", "protesters"]


def test_an_article_quoting_itself_twice_is_one_version(store):
    _quote_library(store, [art("twice", soup(9, 80), claims=[claim(QUOTE), claim(QUOTE)])])
    ((g, n),) = qmod.shared_groups(store.db)
    assert n == 4
    (cmp,) = qmod.compare(store.db, [g])
    assert [v.article for v in cmp.versions].count("twice") == 1


def test_short_and_indirect_claims_are_not_traced(store):
    _quote_library(
        store,
        [
            art("short2", soup(10, 80), claims=[claim("a terrorist act")]),
            art("indirect", soup(11, 80), claims=[claim(QUOTE, kind="indirect")]),
        ],
    )
    assert [n for _, n in qmod.shared_groups(store.db)] == [3]


def test_a_quotation_in_a_large_share_of_the_library_is_boilerplate(store):
    disclaimer = "The views expressed here do not necessarily reflect the position of the editors"
    crowd = [
        art(f"d{i}", soup(300 + i, 80), claims=[claim(disclaimer, speaker=None, cue=":")])
        for i in range(25)
    ]
    _quote_library(store, crowd)
    groups = qmod.shared_groups(store.db)
    assert groups[0][1] == 25
    (cmp,) = qmod.compare(store.db, [groups[0][0]], cap=10)
    assert cmp.boilerplate and cmp.articles == 25 and len(cmp.versions) == 10
    (normal,) = qmod.compare(store.db, [groups[1][0]])
    assert not normal.boilerplate
    carried = qmod.carried_elsewhere(store.db, "agency")
    assert carried[0].articles == 2
    assert sorted(carried[0].outlets) == ["Farm", "Tabloid"]


def test_quote_groups_follow_incremental_updates(store):
    _quote_library(store)
    store.update([art("late", soup(12, 80), claims=[claim(QUOTE, cue="admitted")])], [])
    assert [n for _, n in qmod.shared_groups(store.db)] == [4]
    store.update([], ["agency", "tabloid", "farm"])
    assert qmod.shared_groups(store.db) == []


# -- wired into sync ------------------------------------------------------------------
def _write(folder, name, title, paragraphs, *, source="Outlet", day="2025-03-04"):
    text = f"---\ntitle: {title}\nsource: {source}\ndate: {day}\n---\n\n" + "\n\n".join(paragraphs)
    (folder / name).write_text(text, "utf-8")


def test_sync_groups_copies_and_a_failure_there_does_not_fail_the_sync(tmp_path, monkeypatch):
    from belreader.library import Library
    from belreader.search import SearchIndex
    from belreader.stories import store as store_mod
    from belreader.stories.store import StoryStore as Store

    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "a.txt", "Walk-out at the tractor plant", STORY, source="Agency")
    _write(
        folder,
        "b.txt",
        "Hrodna workers strike",
        COPIES["lead-in"],
        source="Tabloid",
        day="2025-03-05",
    )
    _write(folder, "c.txt", "Something else", soup(1, 200))
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    ix = SearchIndex(lib)
    report = ix.sync()
    assert report.warnings == []
    s = Store(lib.index_dir)
    by_path = {a.path.rsplit("/", 1)[-1]: a.id for a in ix.iter_articles()}
    stories = s.stories_of(list(by_path.values()))
    assert stories[by_path["a.txt"]] == stories[by_path["b.txt"]] != stories[by_path["c.txt"]]
    s.close()

    def broken(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_mod.StoryStore, "update", broken)
    _write(folder, "d.txt", "Another", soup(2, 200))
    report = ix.sync()
    assert report.added == 1
    assert any("disk on fire" in w for _, w in report.warnings)
    assert ix.count() == 4
    ix.close()


def test_nothing_imports_stories_or_numpy_on_the_start_path():
    code = (
        "import sys, belreader.search, belreader.cli, belreader.results;"
        "print('numpy' in sys.modules, 'belreader.stories' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
    # what the app's results list and claims pane read with stays free of numpy
    code = (
        "import sys, belreader.stories.reader, belreader.stories.fold, belreader.stories.quotes;"
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


def test_removing_the_article_that_bridged_two_copies_splits_them(store):
    # A and C are each mostly inside B, but share too little with each other
    store.update(
        [art("A", STORY[:6]), art("B", STORY), art("C", STORY[3:]), *_library()[6:]],
        [],
        fresh=True,
    )
    assert story_of(store, "A") == story_of(store, "B") == story_of(store, "C")
    store.update([], ["B"])
    assert story_of(store, "A") != story_of(store, "C")


def test_fold_leads_with_the_earliest_dated_hit_else_the_first(store):
    from belreader.results import Hit
    from belreader.stories.fold import fold

    store.update(
        [
            art("late", STORY, day=date(2025, 3, 5)),
            art("early", STORY, day=date(2025, 3, 4)),
            art("undated1", soup(1, 200)),
            art("undated1-copy", soup(1, 200)),
            art("alone", soup(2, 200)),
        ],
        [],
        fresh=True,
    )

    def hit(aid, d=None):
        return Hit(id=aid, path=aid, title=aid, source="S", date=d, score=1.0)

    folded = fold(
        [
            hit("undated1-copy"),
            hit("late", date(2025, 3, 5)),
            hit("alone"),
            hit("early", date(2025, 3, 4)),
            hit("undated1"),
        ],
        store,
    )
    assert [f.hit.id for f in folded] == ["undated1-copy", "early", "alone"]
    assert [c.id for c in folded[1].copies] == ["late"]
    assert [c.id for c in folded[0].copies] == ["undated1"]
    assert folded[2].copies == []


def test_a_distancing_cue_with_a_hedge_is_distancing_and_a_hedge_alone_hedged():
    assert qmod.framing("claimed", ("claimed", "reportedly")) == "distancing"
    assert qmod.framing("said", ("reportedly",)) == "hedged"
    assert qmod.framing("said", ()) == "neutral"
    assert qmod.framing("told", ()) == "neutral"
    assert qmod.framing("according to", ()) == "neutral"
    assert qmod.framing("alleged", ()) == "distancing"
    assert qmod.framing("chanted", ()) == "other"


def test_a_sync_with_nothing_changed_does_not_import_numpy(tmp_path):
    from belreader.library import Library
    from belreader.search import SearchIndex

    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "a.txt", "Walk-out", STORY)
    _write(folder, "b.txt", "Copy", COPIES["retitled"])
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    SearchIndex(lib).sync()
    code = (
        "import sys\n"
        "from belreader.library import Library\n"
        "from belreader.search import SearchIndex\n"
        f"lib = Library.locate(index={str(lib.index_dir)!r}, data={str(lib.data_dir)!r})\n"
        "report = SearchIndex(lib).sync()\n"
        "print(report.touched, report.warnings, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "[]", "False"]


def test_a_damaged_stories_file_is_made_again_and_said(tmp_path):
    from belreader.library import Library
    from belreader.search import SearchIndex
    from belreader.stories.store import StoryStore as Store

    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "a.txt", "Walk-out", STORY)
    _write(folder, "b.txt", "Copy", COPIES["retitled"])
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    ix = SearchIndex(lib)
    ix.sync()
    for leftover in lib.index_dir.glob("stories.sqlite3-*"):
        leftover.unlink()
    (lib.index_dir / "stories.sqlite3").write_bytes(b"this is not a database" * 100)
    _write(folder, "c.txt", "Other", soup(3, 200))
    report = ix.sync()
    assert report.added == 1
    assert any("grouped again" in w for _, w in report.warnings)
    s = Store(lib.index_dir)
    assert s.count() == 3 and list(s.story_sizes().values()) == [2]
    s.close()
    ix.close()


def test_a_store_opened_while_another_process_creates_the_file_waits_for_it(tmp_path):
    # CI saw "database is locked" when two syncs created stories.sqlite3 together: the
    # switch to WAL fails at once, without SQLite's busy wait, while another connection
    # holds the write lock of the new file
    import sqlite3
    import threading
    import time

    other = sqlite3.connect(tmp_path / "stories.sqlite3", isolation_level=None)
    other.execute("CREATE TABLE scratch (a)")
    other.execute("BEGIN IMMEDIATE")
    errors: list[Exception] = []

    def open_store() -> None:
        try:
            StoryStore(tmp_path).close()
        except Exception as exc:  # reported below
            errors.append(exc)

    opener = threading.Thread(target=open_store)
    opener.start()
    time.sleep(0.3)
    other.execute("COMMIT")
    other.close()
    opener.join()
    assert errors == []
    store = StoryStore(tmp_path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_two_processes_refreshing_at_once_do_the_work_once(tmp_path, monkeypatch):
    import threading
    import time

    from belreader.library import Library
    from belreader.search import SearchIndex
    from belreader.stories import refresh as refresh_mod
    from belreader.stories.refresh import refresh
    from belreader.stories.store import StoryStore as Store

    folder = tmp_path / "corpus"
    folder.mkdir()
    _write(folder, "a.txt", "Walk-out", STORY)
    _write(folder, "b.txt", "Copy", COPIES["lead-in"])
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    SearchIndex(lib).sync()
    for leftover in lib.index_dir.glob("stories.sqlite3*"):
        leftover.unlink()
    results, errors = [], []
    reading = refresh_mod.current_articles

    def slow_reading(index_dir):  # both would read the same state without the lock
        time.sleep(0.3)
        return reading(index_dir)

    monkeypatch.setattr(refresh_mod, "current_articles", slow_reading)

    def run() -> None:
        try:
            results.append(refresh(SearchIndex(lib)))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(r is None for r in results) == [False, True]
    s = Store(lib.index_dir)
    assert s.count() == 2 and list(s.story_sizes().values()) == [2]
    s.close()


def test_read_stories_gives_the_default_when_the_file_is_missing_or_unreadable(tmp_path):
    """The app's readers of stories (results folding, "also in", the compare screen)
    show nothing rather than crash when stories.sqlite3 is absent or fails mid-read."""
    import sqlite3

    from belreader.stories.reader import STORE_FILE, read_stories

    assert read_stories(tmp_path, lambda r: "read", "none") == "none"  # never grouped
    db = sqlite3.connect(tmp_path / STORE_FILE)
    db.execute("CREATE TABLE articles (n INTEGER)")
    db.commit()
    db.close()
    assert read_stories(tmp_path, lambda r: "read", "none") == "read"

    def fails(reader):
        reader.db.execute("SELECT nothing FROM nowhere")

    assert read_stories(tmp_path, fails, "none") == "none"


def test_an_added_article_that_bridges_two_stories_merges_them_without_relinking_either(
    store, monkeypatch, tmp_path
):
    # A and C share too little to be one story; B, added later, holds both
    store.update([art("A", STORY[:6]), art("C", STORY[3:]), *_library()[6:]], [], fresh=True)
    assert story_of(store, "A") != story_of(store, "C")
    first = min(story_of(store, "A"), story_of(store, "C"))

    # an addition can only join stories: their members are not compared again
    def no_relink(*args, **kwargs):
        raise AssertionError("an addition relinked whole stories")

    monkeypatch.setattr(StoryStore, "_link_around", no_relink)
    report = store.update([art("B", STORY)], [])
    assert not report.batch
    assert story_of(store, "A") == story_of(store, "B") == story_of(store, "C") == first
    # the same groups as all of them in one batch
    (tmp_path / "batch").mkdir()
    batch = StoryStore(tmp_path / "batch")
    batch.update(
        [art("A", STORY[:6]), art("C", STORY[3:]), *_library()[6:], art("B", STORY)],
        [],
        fresh=True,
    )
    assert _groups(store) == _groups(batch)


def test_versions_of_one_day_are_ordered_by_their_time_and_show_it(store):
    from dataclasses import replace
    from datetime import time, timedelta, timezone

    from belreader.aliases import default_table

    day = date(2025, 3, 4)
    minsk = timezone(timedelta(hours=3))
    # ids in the opposite order of the times: the order must come from the clock
    articles = [
        replace(art("a-untimed", soup(1, 80), source="Weekly", day=day), claims=[claim(QUOTE)]),
        replace(
            art("b-evening", soup(2, 80), source="Tabloid", day=day),
            time=time(16, 4),
            claims=[claim(QUOTE, cue="claimed")],
        ),
        replace(
            art("c-morning", soup(3, 80), source="Agency", day=day),
            time=time(10, 15, tzinfo=minsk),  # 07:15 UTC: the first, though its id is last
            claims=[claim(QUOTE)],
        ),
    ]
    store.update(articles, [], default_table(), fresh=True)
    (cmp,) = qmod.compare(store.db, [qmod.shared_groups(store.db)[0][0]])
    assert [v.article for v in cmp.versions] == ["c-morning", "b-evening", "a-untimed"]
    assert cmp.versions[0].time == time(10, 15, tzinfo=minsk)
    assert cmp.versions[0].to_json()["time"] == "10:15:00+03:00"
    assert cmp.versions[2].time is None and cmp.versions[2].to_json()["time"] is None


def test_words_a_version_leaves_out_are_marked_where_they_were():
    from belreader.stories.versions import word_diff

    diff, missing = word_diff(
        "We will never allow anyone to dictate to us how to guard our own border",
        "We will never allow anyone to dictate how to guard our border",
    )
    assert [w for w, op in diff if op == "left out"] == ["to", "us", "own"] == missing
    ops = [op for _, op in diff]
    # "to us" between "dictate" and "how", "own" between "our" and "border"
    assert diff[6:10] == [
        ("dictate", "same"),
        ("to", "left out"),
        ("us", "left out"),
        ("how", "same"),
    ]
    assert diff[-3:] == [("our", "same"), ("own", "left out"), ("border", "same")]
    assert ops.count("same") == 12
