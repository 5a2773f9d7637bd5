"""Re-anchoring cases at the edges of locate()'s search: a passage edited so evenly
that none of its 12-character seeds survives (only the global alignment can find it),
short and past the 2,000 characters where the search changes; the context threshold
itself; a store in a folder that does not exist yet. Texts written for these tests."""

from __future__ import annotations

import random

import pytest
from rapidfuzz.distance import Levenshtein

from belreader.bookmarks import BookmarkStore
from belreader.bookmarks.anchoring import CONTEXT_MIN, QUOTE_MIN, _acceptable, locate

from .test_bookmarks import an_article, selectors, span

WORDS = ("minsk border talks potash grain railway court verdict embassy minister "
         "parliament referendum pension salary ruble factory refinery").split()  # fmt: skip


def prose(n_chars: int, seed: int) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < n_chars:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:n_chars]


def every_seed_edited(text: str, every: int = 11) -> str:
    """``text`` with one letter in every ``every`` changed: no 12-character stretch of
    it survives, yet it keeps about 1 - 1/every of its characters."""
    chars = list(text)
    for i in range(every // 2, len(chars), every):
        chars[i] = "#"
    return "".join(chars)


@pytest.mark.parametrize("length", [300, 2400], ids=["short", "past-2000"])
def test_a_passage_whose_every_seed_was_edited_is_still_found(length):
    quote = prose(length, seed=length)
    before, after = prose(200, seed=1), prose(200, seed=2)
    body = f"{before}\n{quote}\n{after}"
    start, end = span(body, quote)
    sel = selectors(body, start, end)
    # the passage and its surroundings edited alike, and moved far from where it was
    # by new paragraphs (words the passage never uses, so nothing points at it)
    edited = every_seed_edited(quote)
    lead = " ".join(["Autumn weather reports follow."] * (2 * length // 30 + 30))
    new = lead + "\n" + every_seed_edited(before) + "\n" + edited + "\n"
    new += every_seed_edited(after)
    assert all(edited[i : i + 12] not in body for i in range(len(edited) - 11))  # premise
    assert Levenshtein.normalized_similarity(quote, edited) >= 0.9
    found = locate(new, *sel, start, end)
    assert found is not None, "an evenly edited passage was orphaned"
    kind, s, e = found
    now_s, now_e = span(new, edited)
    assert kind == "fuzzy"
    assert Levenshtein.normalized_similarity(quote, new[s:e]) >= QUOTE_MIN
    assert s < now_e and now_s < e  # on the edited passage, not elsewhere


def test_context_exactly_at_the_threshold_vouches_for_an_edited_quote():
    # "one side intact is enough": (1.0 + 0.2) / 2 = CONTEXT_MIN, and it must pass
    assert _acceptable(0.8, CONTEXT_MIN, 30, unique_exact=False)
    assert not _acceptable(0.8, CONTEXT_MIN - 0.01, 30, unique_exact=False)


def test_a_store_in_folders_that_do_not_exist_yet_is_created(tmp_path):
    db = tmp_path / "new" / "data" / "dir" / "bookmarks.sqlite3"
    body = "Lead.\n" + prose(200, seed=5)
    with BookmarkStore(db) as store:
        b = store.add(an_article("a", body), 6, 40, note="kept")
    with BookmarkStore(db) as store:
        assert store.get(b.id).note == "kept"
