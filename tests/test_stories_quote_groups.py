"""Quotation groups without chaining (issue 19): a version joins a group only when it
matches the group's common wording, so a quotation cut short, which matches two
different quotations that begin alike, does not pull them into one group; the groups
are the same however the library arrives (one at a time, in any order, or at once);
and a version that adds or drops a negation stays in its group, marked as differing
in meaning. Texts written here."""

from __future__ import annotations

import itertools
import json

import pytest

from belreader.library import Library
from belreader.stories import quotes as qmod
from belreader.stories.store import StoryStore
from belreader.stories.versions import meaning_label

from .test_stories import art, claim, soup

PREFIX = "The new rules on the border will come into force in spring"
LORRIES = PREFIX + " and apply to every lorry from Poland"
NOBODY = PREFIX + " but nobody could explain who pays"


def border_library():
    """Two outlets carry LORRIES, one carries NOBODY (another quotation that begins
    alike), and one quotes only their common beginning: it matches both."""
    return [
        art("agency", soup(21, 80), source="Agency", claims=[claim(LORRIES)]),
        art("daily", soup(22, 80), source="Daily", claims=[claim(LORRIES, cue="told")]),
        art("weekly", soup(23, 80), source="Weekly", claims=[claim(NOBODY)]),
        art("short", soup(24, 80), source="Short", claims=[claim(PREFIX)]),
    ]


def quote_groups(store: StoryStore) -> set[frozenset[str]]:
    by_group: dict[int, set[str]] = {}
    for aid, grp in store.db.execute("SELECT article, grp FROM quotes"):
        by_group.setdefault(grp, set()).add(aid)
    return {frozenset(m) for m in by_group.values()}


def crowd():
    """Articles quoting no one: enough that adding or removing one is an increment
    (a change to a large share of the library is grouped again at once)."""
    return [art(f"crowd{i}", soup(400 + i, 80)) for i in range(12)]


@pytest.fixture
def new_store(tmp_path):
    made: list[StoryStore] = []

    def make(name: str) -> StoryStore:
        (tmp_path / name).mkdir()
        made.append(StoryStore(tmp_path / name))
        return made[-1]

    yield make
    for s in made:
        s.close()


def test_a_version_cut_short_does_not_chain_two_quotations_that_begin_alike(new_store):
    # the premise: the pair rule joins the short version to each, never the two
    norm = qmod.normalise
    assert qmod.same_quotation(norm(PREFIX), norm(LORRIES))
    assert qmod.same_quotation(norm(PREFIX), norm(NOBODY))
    assert not qmod.same_quotation(norm(LORRIES), norm(NOBODY))
    store = new_store("one")
    store.update(border_library(), [], fresh=True)
    # the short version joins the wording most articles carry; the other stays apart
    assert quote_groups(store) == {frozenset({"agency", "daily", "short"}), frozenset({"weekly"})}


def test_any_order_of_additions_gives_the_groups_of_one_pass(new_store):
    library = border_library()
    whole = new_store("whole")
    whole.update(library, [], fresh=True)
    expected = quote_groups(whole)
    for n, order in enumerate(itertools.permutations(library)):
        store = new_store(f"order{n}")
        store.update(crowd(), [], fresh=True)
        for a in order:
            report = store.update([a], [])
            assert report.quotes == 1 and not report.batch  # incremental, not a full pass
        # e.g. "short" and "weekly" first: short is grouped with weekly until the two
        # carriers of LORRIES arrive, and must then move though it was not added again
        assert quote_groups(store) == expected, [a.id for a in order]


def test_removing_the_carriers_of_the_common_wording_regroups_what_matched_it(new_store):
    store = new_store("inc")
    store.update(crowd() + border_library(), [], fresh=True)
    assert not store.update([], ["agency"]).batch
    assert not store.update([], ["daily"]).batch
    fresh = new_store("fresh")
    fresh.update([a for a in border_library() if a.id in ("weekly", "short")], [], fresh=True)
    assert quote_groups(store) == quote_groups(fresh) == {frozenset({"weekly", "short"})}


NEGATED = "We will never let anyone destabilise the situation in our country"
AFFIRMED = "We will let anyone destabilise the situation in our country again"


def negation_library():
    return [
        art("agency", soup(31, 80), source="Agency", claims=[claim(NEGATED)]),
        art("daily", soup(32, 80), source="Daily", claims=[claim(NEGATED, cue="told")]),
        art("mill", soup(33, 80), source="Mill", claims=[claim(AFFIRMED)]),
    ]


def test_a_version_that_drops_the_negation_stays_in_the_group_marked(new_store):
    store = new_store("neg")
    store.update(negation_library(), [], fresh=True)
    ((g, n),) = qmod.shared_groups(store.db)
    assert n == 3
    (cmp,) = qmod.compare(store.db, [g])
    assert cmp.common == NEGATED
    assert {v.source: v.negation for v in cmp.versions} == {
        "Agency": "",
        "Daily": "",
        "Mill": "dropped",
    }
    assert cmp.meaning_differs and not cmp.framing_differs
    mill = next(v for v in cmp.versions if v.source == "Mill")
    assert meaning_label(mill, cmp.common) == "negation dropped (“never”)"
    data = cmp.to_json()
    assert data["meaning_differs"] is True
    assert [v["negation"] for v in data["versions"]] == [None, None, "dropped"]


def test_the_same_negations_written_otherwise_or_cut_off_are_no_difference_in_meaning():
    assert qmod.negation_change("we do not know", "we don't know") == ""
    assert qmod.negation_change("we cannot say", "we can not say") == ""
    assert qmod.negation_change("we will go", "we will not go") == "added"
    assert qmod.negation_change("it is true", "it is not true, not at all") == "added"
    assert qmod.negation_change("nobody saw it", "everybody saw it") == "dropped"
    assert qmod.negation_change("мы не уйдём", "мы уйдём") == "dropped"
    # a version cut short does not quote the negated end: nothing dropped
    assert (
        qmod.negation_change("it was not a hunt so we could not judge", "it was not a hunt") == ""
    )
    assert qmod.negation_change("it was not a hunt so we could not judge", "it was a hunt") == (
        "dropped"
    )


def negation_corpus(tmp_path) -> Library:
    """Two outlets carry NEGATED, a third AFFIRMED (the negation dropped), as files."""
    from .test_cli_stories import _write

    folder = tmp_path / "corpus"
    folder.mkdir()
    for i, (name, source, sentence) in enumerate(
        [
            ("a.txt", "Agency", f'"{NEGATED}," Alexander Lukashenko said on Monday.'),
            ("b.txt", "Daily", f'"{NEGATED}," Alexander Lukashenko told reporters.'),
            ("c.txt", "Mill", f'"{AFFIRMED}," Alexander Lukashenko said on Monday.'),
        ]
    ):
        _write(folder, name, f"Speech {i}", [sentence] + soup(60 + i, 120), source=source)
    lib = Library(index_dir=tmp_path / "ix", data_dir=tmp_path / "data", corpora=[folder])
    lib.save()
    return lib


def test_claims_compare_json_and_text_say_which_version_drops_the_negation(tmp_path, capsys):
    from belreader.cli import main

    lib = negation_corpus(tmp_path)
    where = ["--index", str(lib.index_dir), "--data", str(lib.data_dir)]

    assert main(["claims", "--compare", "--json", *where]) == 0
    (cmp,) = json.loads(capsys.readouterr().out)
    assert cmp["articles"] == 3 and cmp["meaning_differs"] is True
    assert {v["source"]: v["negation"] for v in cmp["versions"]} == {
        "Agency": None,
        "Daily": None,
        "Mill": "dropped",
    }

    assert main(["claims", "--compare", *where]) == 0
    out = capsys.readouterr().out
    assert "meaning differs from the common version: negation dropped (“never”) in Mill" in out
    (mill_line,) = [ln for ln in out.splitlines() if " · Mill · " in ln]
    assert mill_line.endswith("negation dropped (“never”)")
    assert sum("negation" in ln for ln in out.splitlines()) == 2  # the header and Mill


async def test_the_compare_screen_says_which_version_drops_the_negation(tmp_path):
    from belreader.tui.app import BelreaderApp
    from belreader.tui.screens.compare import CompareScreen, VersionList

    from .test_app import wait_ready

    lib = negation_corpus(tmp_path)
    app = BelreaderApp(lib)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_ready(app, pilot)
        store = StoryStore(lib.index_dir)
        ((group, _),) = qmod.shared_groups(store.db)
        store.close()
        app.push_screen(CompareScreen(lib.index_dir, group))
        await pilot.pause()
        header = str(app.screen.query_one("#compare-header").content)
        assert "meaning differs from the common version: negation dropped (“never”) in Mill" in (
            header
        )
        versions = app.screen.query_one(VersionList)
        lines = [str(versions.get_option_at_index(i).prompt) for i in range(versions.option_count)]
        assert [("negation dropped" in line) for line in lines] == [
            " · Mill · " in line for line in lines
        ]
        assert sum(" · Mill · " in line for line in lines) == 1
