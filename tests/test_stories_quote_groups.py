"""Quotation groups without chaining (issue 19): a version joins a group only when it
matches the group's common wording, so a quotation cut short, which matches two
different quotations that begin alike, does not pull them into one group; and the
groups are the same however the library arrives (one at a time, in any order, or at
once). Texts written here."""

from __future__ import annotations

import itertools

import pytest

from belreader.stories import quotes as qmod
from belreader.stories.store import StoryStore

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
