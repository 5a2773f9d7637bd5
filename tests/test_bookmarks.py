"""Bookmark store: CRUD, tags, re-anchoring, export and import."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import random
import re
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from belreader.article import Article
from belreader.bookmarks import (
    CONTEXT_LEN,
    CSV_FIELDS,
    QUOTE_MIN,
    STRONG_QUOTE,
    Bookmark,
    BookmarkNotFoundError,
    BookmarkStore,
    BookmarkStoreError,
    from_annotations,
    locate,
    normalize_tags,
    to_annotations,
    to_csv,
    to_markdown,
)


def an_article(
    id: str,
    body: str,
    title: str = "Lukashenko claims NATO pleads for alliance against Russia",
    source: str | None = "WP Tech",
    date: dt.date | None = dt.date(2024, 8, 27),
    path: str = "",
) -> Article:
    return Article(
        id=id,
        path=path or f"/corpus/{id}.txt",
        title=title,
        source=source,
        date=date,
        body=body,
        paragraphs=[],
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        language="en",
    )


P1 = (
    "The war in Ukraine has been ongoing for two and a half years. During this time, the topic of "
    "Belarus's involvement in the conflict has not quieted down even for a moment."
)
P2 = (
    "Despite this, the media systematically reports on alleged provocations aimed at forcing "
    "Belarusians into full participation in armed actions."
)
P3 = (
    "It has reached the point where today I receive offers from all sides, 99% of which we cannot "
    "accept, said Alexander Lukashenko at the conference."
)
P4 = "Лукашенко заявил, что НАТО просит его о помощи. Минск не может позволить себе независимость от Москвы."
BODY = "\n".join([P1, P2, P3, P4])


def span(body: str, text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    return start, start + len(text)


def selectors(body: str, start: int, end: int) -> tuple[str, str, str]:
    return body[start:end], body[max(0, start - CONTEXT_LEN) : start], body[end : end + CONTEXT_LEN]


@pytest.fixture
def store(tmp_path):
    with BookmarkStore(tmp_path / "data" / "bookmarks.sqlite3") as s:
        yield s


@pytest.fixture
def article():
    return an_article("wp/001", BODY)


# --- basics ---------------------------------------------------------------------------


def test_add_records_selectors_metadata_and_times(store, article, tmp_path):
    start, end = span(BODY, P2)
    b = store.add(article, start, end, note="key passage", tags=["media", "provocation"])
    assert (tmp_path / "data" / "bookmarks.sqlite3").is_file()  # parent dirs created
    assert re.fullmatch(r"[0-9a-f]{32}", b.id)
    assert (b.exact, b.start, b.end) == (P2, start, end)
    assert b.prefix == BODY[start - 32 : start] and len(b.prefix) == 32
    assert b.suffix == BODY[end : end + 32] and len(b.suffix) == 32
    assert (b.article_id, b.article_path, b.title, b.source, b.date) == (
        "wp/001", "/corpus/wp/001.txt", article.title, "WP Tech", "2024-08-27",
    )  # fmt: skip
    assert b.content_hash == article.content_hash
    assert b.anchor == "exact"
    assert b.created == b.updated
    created = dt.datetime.fromisoformat(b.created.replace("Z", "+00:00"))
    assert created.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(minutes=1)
    assert store.get(b.id) == b


def test_times_are_utc_whatever_the_local_zone(store, article, monkeypatch):
    # On a machine in Minsk (UTC+3), created/updated and imported times still read UTC.
    monkeypatch.setenv("TZ", "Europe/Minsk")
    time.tzset()
    try:
        b = store.add(article, 0, 10)
        created = dt.datetime.strptime(b.created, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(minutes=1)
        sel = [{"type": "TextQuoteSelector", "exact": "x"}]
        item = {
            "created": "2024-05-01T09:30:00",
            "target": {"source": "urn:x", "selector": sel},
        }  # naive: UTC
        assert from_annotations([item])[0][0].created == "2024-05-01T09:30:00.000000Z"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    "date, stored",
    [(dt.date(2024, 8, 27), "2024-08-27"), (dt.datetime(2024, 8, 27, 23, 59), "2024-08-27"),
     (" 2024-08-27 ", "2024-08-27"), ("", None), ("   ", None), (None, None)],
)  # fmt: skip
def test_article_date_is_stored_as_an_iso_day(store, date, stored):
    b = store.add(an_article("d", BODY, date=date), 0, 10)
    assert b.date == stored and store.get(b.id).date == stored


def test_prefix_and_suffix_are_short_at_the_edges(store):
    art = an_article("edge", "Short article. Only two sentences.")
    b = store.add(art, 0, 14)
    assert (b.exact, b.prefix, b.suffix) == ("Short article.", "", " Only two sentences.")


def test_add_trims_whitespace_and_rejects_bad_ranges(store, article):
    start, end = span(BODY, P2)
    b = store.add(article, start - 1, end + 1)  # selection dragged over the newlines
    assert b.exact == P2 and (b.start, b.end) == (start, end)
    for bad in [(5, 5), (-1, 3), (0, len(BODY) + 1), (10, 4)]:
        with pytest.raises(ValueError):
            store.add(article, *bad)
    nl = BODY.index("\n")
    with pytest.raises(ValueError, match="whitespace") as info:
        store.add(article, nl, nl + 1)
    assert isinstance(info.value, BookmarkStoreError)  # a UI catching store errors shows it
    assert len(store.list()) == 1


def test_get_accepts_urn_and_hyphenated_ids_and_misses(store, article):
    b = store.add(article, 0, 7)
    import uuid

    assert store.get(f"urn:uuid:{uuid.UUID(hex=b.id)}") == b
    assert store.get(uuid.uuid4().hex) is None


def test_list_filters_and_newest_first(store):
    a1 = an_article("a1", BODY, title="First article", source="Belsat")
    a2 = an_article("a2", BODY, title="Second article", source="Nasha Niva")
    b1 = store.add(a1, *span(BODY, P1), tags=["War"])
    b2 = store.add(a1, *span(BODY, P3), note="Quote from the CONFERENCE", tags=["nato", "quotes"])
    b3 = store.add(a2, *span(BODY, P4), tags=["Cyrillic"])
    ids = lambda bs: [b.id for b in bs]  # noqa: E731
    assert ids(store.list()) == [b3.id, b2.id, b1.id]
    assert ids(store.list(article_id="a1")) == [b2.id, b1.id]
    assert ids(store.list(tag="war")) == [b1.id]  # tags match case-insensitively
    assert ids(store.list(tag="#NATO")) == [b2.id]
    assert ids(store.list(text="conference")) == [b2.id]  # quote and note
    assert ids(store.list(text="НАТО")) == [b3.id]  # Cyrillic, in the quote
    assert ids(store.list(text="минск")) == [b3.id]  # Cyrillic case folding (SQL LIKE cannot)
    assert ids(store.list(text="nasha")) == [b3.id]  # source
    assert ids(store.list(text="second ART")) == [b3.id]  # title
    assert ids(store.list(text="quotes")) == [b2.id]  # tags
    assert ids(store.list(orphans=True)) == []
    assert ids(store.list(orphans=False)) == [b3.id, b2.id, b1.id]
    assert store.list(text="no such thing anywhere") == []


@pytest.fixture
def ticking_clock(monkeypatch):
    """The store's clock moves one second per reading: 'updated after created' holds by
    construction, not because the test slept past the clock's resolution."""
    import datetime as _dt

    import belreader.bookmarks.store as store_mod

    start = _dt.datetime(2025, 3, 1, 12, 0, tzinfo=_dt.UTC)
    readings = iter(range(10_000))
    monkeypatch.setattr(
        store_mod,
        "utc_now",
        lambda: (start + _dt.timedelta(seconds=next(readings))).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    )


def test_update_changes_note_and_tags_only_when_given(store, article, ticking_clock):
    b = store.add(article, 0, 7, note="first", tags=["a"])
    u = store.update(b.id, note="second")
    assert (u.note, u.tags) == ("second", ("a",))
    assert u.created == b.created and u.updated > b.updated
    u2 = store.update(b.id, tags=["b", "c"])
    assert (u2.note, u2.tags) == ("second", ("b", "c"))
    assert store.get(b.id) == u2
    assert store.update(b.id, note="", tags=[]).note == ""
    assert store.get(b.id).tags == ()
    with pytest.raises(BookmarkNotFoundError):
        store.update("0" * 32, note="x")


def test_delete_returns_bookmark_and_restore_undoes_it(store, article):
    b = store.add(article, *span(BODY, P2), note="n", tags=["t"])
    other = store.add(article, *span(BODY, P1))
    gone = store.delete(b.id)
    assert gone == b
    assert store.get(b.id) is None
    assert [x.id for x in store.list()] == [other.id]
    store.restore(gone)
    assert store.get(b.id) == b
    assert [x.id for x in store.list()] == [other.id, b.id]  # back in its place by time
    store.restore(gone)  # a second undo is harmless
    assert len(store.list()) == 2
    with pytest.raises(BookmarkStoreError):
        store.delete("f" * 32)
    assert isinstance(BookmarkNotFoundError("x"), BookmarkStoreError)


# --- tags and exotic text --------------------------------------------------------------


def test_tag_normalisation():
    assert normalize_tags([" minsk ", "", "   ", "Minsk", "#NATO", "nato", "human   rights\n", "ОДКБ", "одкб"]) == (
        "minsk", "NATO", "human rights", "ОДКБ",
    )  # fmt: skip
    assert normalize_tags("media, war,, media") == ("media", "war")  # a bare string is a list
    assert normalize_tags(None) == ()
    with pytest.raises(TypeError):
        normalize_tags([1])


EXOTIC = [
    "[bold]x[/]",
    "[link=https://example.org]click[/link] [red]",
    "Лукашэнка 🇧🇾 сказаў «не»",
    "emoji 👩‍👩‍👧 and a ZWJ",
    "line one\nline two\r\n\ttabbed",
    "x" * 10_000,
    "é" + "😀" * 5000,
]


@pytest.mark.parametrize("text", EXOTIC)
def test_exotic_notes_and_tags_round_trip_exactly(tmp_path, article, text):
    db = tmp_path / "b.sqlite3"
    tag = text if "\n" not in text and "\t" not in text else "[bold]tag[/]"
    with BookmarkStore(db) as s:
        b = s.add(article, 0, 7, note=text, tags=[tag, "Беларусь"])
        assert b.note == text
    with BookmarkStore(db) as s:  # through the database, not just the returned object
        got = s.get(b.id)
        assert got.note == text
        assert got.tags == (tag, "Беларусь")
        assert s.list(tag=tag)[0].id == b.id
    parsed, problems = from_annotations(json.dumps(to_annotations([got])))
    assert problems == [] and parsed[0].note == text and parsed[0].tags == got.tags


# --- locate: the re-anchoring function ------------------------------------------------


def test_locate_unchanged_text_keeps_offsets():
    start, end = span(BODY, P3)
    assert locate(BODY, *selectors(BODY, start, end), start, end) == ("exact", start, end)


def test_locate_paragraph_inserted_above_moves_exactly():
    start, end = span(BODY, P3)
    sel = selectors(BODY, start, end)
    inserted = "A new paragraph the editors added later, with more background.\n"
    new = inserted + BODY
    assert locate(new, *sel, start, end) == ("exact", start + len(inserted), end + len(inserted))


def test_locate_paragraph_inserted_right_before_passage():
    # The prefix is destroyed; the intact suffix and the distinct quote still place it.
    start, end = span(BODY, P3)
    sel = selectors(BODY, start, end)
    new = BODY[:start] + "Inserted paragraph directly above.\n" + BODY[start:]
    found = locate(new, *sel, start, end)
    assert found is not None and found[0] == "exact" and new[found[1] : found[2]] == P3


def test_locate_word_changed_inside_is_fuzzy_and_covers_new_text():
    start, end = span(BODY, P2)
    sel = selectors(BODY, start, end)
    edited_p2 = P2.replace("systematically", "regularly")
    new = "Update: corrected.\n" + BODY.replace(P2, edited_p2)
    assert locate(new, *sel, start, end) == ("fuzzy", *span(new, edited_p2))


def test_locate_word_changed_at_start_and_end_of_passage():
    start, end = span(BODY, P2)
    sel = selectors(BODY, start, end)
    edited = P2.replace("Despite", "In spite of").replace("actions.", "action.")
    new = BODY.replace(P2, edited)
    kind, s, e = locate(new, *sel, start, end)
    # "spite of this" is nearer to "Despite this" than "In spite of this" (edit
    # distance), so the span may begin inside the rewritten phrase, never before it.
    assert kind == "fuzzy"
    assert e == span(new, edited)[1]
    assert span(new, edited)[0] <= s <= span(new, edited)[0] + len("In ")


def test_locate_transliteration_changed_throughout():
    # The outlet switches Lukashenko -> Lukashenka everywhere, quote and context alike.
    start, end = span(BODY, P3)
    sel = selectors(BODY, start, end)
    new = "Correction.\n" + BODY.replace("Lukashenko", "Lukashenka")
    found = locate(new, *sel, start, end)
    assert found == ("fuzzy", *span(new, P3.replace("Lukashenko", "Lukashenka")))


@pytest.mark.parametrize("which", [0, 1])
def test_locate_repeated_sentence_context_picks_the_right_copy(which):
    sentence = "NATO troops would be brought to the border near Smolensk."
    body = (
        f"In January the minister said: {sentence} Few believed him.\n"
        + P1 + "\n"
        + f"By August Lukashenko himself repeated it: {sentence} Then he laughed.\n"
        + P3
    )  # fmt: skip
    start, end = span(body, sentence, which)
    sel = selectors(body, start, end)
    # Rewrite the article so the old offsets are wrong and the copy closest to the old
    # position is the *other* one: only the context can decide.
    new = body.replace(P1, "Short.")
    found = locate(new, *sel, start, end)
    assert found == ("exact", *span(new, sentence, which))
    # Same with the copy edited: still the right one.
    new2 = new.replace("near Smolensk", "close to Smolensk")
    found2 = locate(new2, *sel, start, end)
    assert found2 == (
        "fuzzy",
        *span(new2, sentence.replace("near Smolensk", "close to Smolensk"), which),
    )


@pytest.mark.parametrize("which", [0, 1, 2])
def test_locate_identical_copies_with_identical_context_use_position(which):
    # Three copies of a paragraph, each between the same two sentences (longer than the
    # saved context), so quote and context cannot tell them apart: only the old
    # position can.
    unit = (
        "This sentence stands before every copy of it. "
        + P2
        + " And this sentence follows each copy.\n"
    )
    body = unit * 3
    copies = [span(body, P2, i) for i in range(3)]
    assert len({selectors(body, s, e) for s, e in copies}) == 1  # the premise: identical
    start, end = copies[which]
    new = "Lead.\n" + body  # the old offsets are now off by six characters
    assert locate(new, *selectors(body, start, end), start, end) == ("exact", *span(new, P2, which))


def test_locate_moved_passage_with_its_context_skips_the_fuzzy_search(monkeypatch):
    # The common case, text moved: an intact copy in intact surroundings cannot be
    # beaten, so the (costly) search for edited copies is not run. A copy whose
    # surroundings changed still needs it.
    import belreader.bookmarks.anchoring as anchoring

    calls = []
    real = anchoring._fuzzy_starts
    monkeypatch.setattr(anchoring, "_fuzzy_starts", lambda *a: calls.append(a) or real(*a))
    for quote in (P2, P4, "Минск"):  # context on both sides; at the very end; a short quote
        start, end = span(BODY, quote)
        moved = "A new first paragraph.\n" + BODY
        assert locate(moved, *selectors(BODY, start, end), start, end) == (
            "exact",
            *span(moved, quote),
        )
    assert calls == []
    start, end = span(BODY, P2)
    new = BODY.replace("\n" + P2, " and so on.\n" + P2)  # the prefix changed a little
    assert locate(new, *selectors(BODY, start, end), start, end) == ("exact", *span(new, P2))
    assert len(calls) == 1


def test_locate_prefers_edited_original_over_exact_copy_elsewhere():
    sentence = "The border with Poland will stay closed until further notice."
    body = f"Officials on Monday: {sentence} That was the news.\n{P1}\n{P3}"
    start, end = span(body, sentence)
    sel = selectors(body, start, end)
    edited = sentence.replace("Poland", "Lithuania")
    # The original is edited, and an unedited copy appears in an unrelated paragraph.
    new = f"Officials on Monday: {edited} That was the news.\n{P1}\nA reader wrote in: {sentence}\n{P3}"
    assert locate(new, *sel, start, end) == ("fuzzy", *span(new, edited))


def test_locate_long_quote_duplicated_without_its_context_is_an_orphan(store):
    # A long quote alone vouches for itself only when it occurs once. Here the article
    # was rewritten around it and now quotes it twice, neither time in its old
    # surroundings: which copy the user meant is unknowable, so it must not be placed.
    start, end = span(BODY, P3)
    sel = selectors(BODY, start, end)
    once = f"A new lead paragraph, written later.\n{P3}\nAn unrelated closing line."
    twice = f"Editors' summary first:\n{P3}\nThen the full report follows.\n{P3}\nEnd of report."
    assert locate(once, *sel, start, end) == ("exact", *span(once, P3))  # unique: placed
    assert locate(twice, *sel, start, end) is None
    b = store.add(an_article("a", BODY), start, end, note="kept")
    assert store.reanchor({"a": an_article("a", twice)}.get) == {
        "exact": 0,
        "fuzzy": 0,
        "orphan": 1,
    }
    kept = store.get(b.id)
    assert (kept.anchor, kept.exact, kept.note) == ("orphan", P3, "kept")


# The documented thresholds, each at its edge: QUOTE_MIN (75% of the quote intact),
# CONTEXT_MIN (mean context similarity 0.6), DISTINCT_LEN (a unique exact quote of 24
# characters needs no context), STRONG_LEN/STRONG_QUOTE (48 characters, 90% intact).
_PRE = "The statement was read out at noon in the hall: "
_POST = " and the room fell silent for a long while after."
_ELSEWHERE = "Completely different lead text here, nothing alike: {} totally other words follow this one now."


def _saved(quote: str, post: str = _POST) -> tuple[str, str, str, int, int]:
    body = _PRE + quote + post
    start = len(_PRE)
    return (*selectors(body, start, start + len(quote)), start, start + len(quote))


def test_locate_threshold_quote_min():
    saved = _saved("abcdefghijklmnopqrst")  # 20 characters, context intact around the edit
    five = "abXdeXghXjkXmnXpqrst"  # 5 of 20 edited: exactly 75% kept
    six = "abXdeXghXjkXmnXpqXst"
    assert Levenshtein.normalized_similarity(saved[0], five) == QUOTE_MIN
    new = "Inserted.\n" + _PRE + five + _POST
    assert locate(new, *saved) == ("fuzzy", *span(new, five))
    assert locate("Inserted.\n" + _PRE + six + _POST, *saved) is None


def test_locate_threshold_context_min():
    tail = "abcdefghijklmnopqrstuvwxyzABCD"  # the saved suffix: 30 characters
    saved = _saved("Minsk said no.", tail)  # short: only its context can place it
    for changed, found in ((24, True), (25, False)):  # prefix intact, suffix 1 - 24/30 = 0.2 alike
        new = "Lead.\n" + _PRE + "Minsk said no." + "#" * changed + tail[changed:]
        expected = ("exact", *span(new, "Minsk said no.")) if found else None
        assert locate(new, *saved) == expected, changed


@pytest.mark.parametrize("length, placed", [(23, False), (24, True)])
def test_locate_threshold_distinct_len(length, placed):
    quote = "Lukashenko met Putin in Sochi again today"[:length]
    new = _ELSEWHERE.format(quote)  # its only copy, in new surroundings
    assert locate(new, *_saved(quote)) == (("exact", *span(new, quote)) if placed else None)


@pytest.mark.parametrize("length, placed", [(47, False), (48, True)])
def test_locate_threshold_strong_quote(length, placed):
    quote = "Lukashenko met Putin in Sochi again today and they talked long"[:length]
    edited = (
        quote[:5] + "X" + quote[6:20] + "Y" + quote[21:30] + "Z" + quote[31:40] + "W" + quote[41:]
    )
    assert Levenshtein.normalized_similarity(quote, edited) >= STRONG_QUOTE
    new = _ELSEWHERE.format(edited)
    assert locate(new, *_saved(quote)) == (("fuzzy", *span(new, edited)) if placed else None)


def test_locate_edited_short_quote_in_new_surroundings_is_an_orphan():
    quote = "Lukashenko met Putin in Sochi"  # 29 characters: too short to vouch for itself edited
    edited = quote.replace("Sochi", "Minsk")
    assert locate(_ELSEWHERE.format(edited), *_saved(quote)) is None


@pytest.mark.parametrize("ends_edited", [False, True])
def test_locate_long_edited_passage_moves_with_exact_bounds(ends_edited):
    # Past 2,000 characters the global alignment is skipped: the seeds taken from the
    # quote (and, when its ends were edited, from the saved context) must find it.
    rng = random.Random(3)
    words = [
        "Lukashenko",
        "said",
        "the",
        "talks",
        "in",
        "Minsk",
        "would",
        "go",
        "on",
        "as",
        "planned",
        "with",
        "delegations",
        "from",
        "both",
        "sides",
    ]
    quote = " ".join(rng.choice(words) + str(rng.randint(0, 99)) for _ in range(600))[:3000]
    pre, post = (
        "Lead paragraph of the story, before the long quote: ",
        " After it the article goes on elsewhere.",
    )
    body = pre + quote + post
    start, end = len(pre), len(pre) + len(quote)
    edited = quote[:400] + "EDITED" + quote[406:1500] + "CHANGED" + quote[1507:]
    if ends_edited:
        edited = "X" * 15 + edited[15:-15] + "Y" * 15
    new = (
        "An inserted paragraph, long enough to move the passage out of reach.\n" * 80
        + pre
        + edited
        + post
    )
    assert locate(new, *selectors(body, start, end), start, end) == ("fuzzy", *span(new, edited))


def test_locate_article_rewritten_completely_is_none():
    start, end = span(BODY, P2)
    rewritten = (
        "Weather in Minsk: sunny spells with scattered showers in the afternoon. "
        "Temperatures will reach twenty degrees by Sunday, forecasters said.\n"
    ) * 30
    assert locate(rewritten, *selectors(BODY, start, end), start, end) is None
    assert locate("", *selectors(BODY, start, end), start, end) is None


def test_locate_short_quote_without_its_context_is_not_moved():
    # "Minsk" still occurs, but not in the sentence the user marked: an orphan, not a
    # silently wrong place.
    start, end = span(BODY, "Минск")
    sel = selectors(BODY, start, end)
    new = BODY.replace(P4, "Минск promised a reply.\nThe rest of the story is unrelated to Moscow.")
    assert locate(new, *sel, start, end) is None


def test_locate_heavily_edited_passage_is_none():
    start, end = span(BODY, P2)
    sel = selectors(BODY, start, end)
    new = BODY.replace(
        P2, "Despite this, nobody reports anything about Belarusians at all, it seems."
    )
    assert locate(new, *sel, start, end) is None


def test_locate_on_100kb_articles():
    # Correctness on long articles; the time it takes is measured by
    # benchmarks/reanchor.py (a wall-clock limit here would fail on a busy machine).
    rng = random.Random(7)
    words = [w for p in (P1, P2, P3, P4) for w in p.split()]
    filler = " ".join(rng.choice(words) for _ in range(16_000))[:100_000]
    quote = "The minister's 2024 statement on the Ostrovets nuclear plant was clear."
    body = filler[:50_000] + " " + quote + " " + filler[50_000:]
    start, end = span(body, quote)
    sel = selectors(body, start, end)
    cases = {
        "moved": ("Preface.\n" * 50 + body, "exact"),
        "edited": (("Preface.\n" * 50 + body).replace("was clear", "was plain"), "fuzzy"),
        "gone": (filler + filler[:1000], None),
    }
    for name, (new, expected) in cases.items():
        found = locate(new, *sel, start, end)
        assert (found[0] if found else None) == expected, name
        if found:
            assert new[found[1] : found[2]] == quote.replace(
                "was clear", "was plain" if expected == "fuzzy" else "was clear"
            )


# Property tests: text moved around is always found exactly; whatever locate returns is
# never far from the quote.
_alphabet = st.sampled_from(list("abcdefgh ., АБВ\n"))
_texts = st.text(alphabet=_alphabet, min_size=0, max_size=300)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=_texts, quote=st.text(alphabet=_alphabet, min_size=1, max_size=80), after=_texts,
       ins=_texts, where=st.floats(0, 1))  # fmt: skip
def test_property_insertions_away_from_the_passage_keep_it_exact(before, quote, after, ins, where):
    body = before + quote + after
    start, end = len(before), len(before) + len(quote)
    sel = selectors(body, start, end)
    # Insert somewhere that does not touch the passage or its saved context (the ends of
    # the body always qualify).
    allowed = [
        i
        for i in range(len(body) + 1)
        if i <= max(0, start - CONTEXT_LEN) or i >= end + CONTEXT_LEN
    ]
    allowed.append(len(body))
    at = allowed[int(where * (len(allowed) - 1))]
    new = body[:at] + ins + body[at:]
    found = locate(new, *sel, start, end)
    if not (sel[1] or sel[2]):
        # The quote was the whole body: no context to tell copies apart, so None is
        # allowed (ambiguous), a wrong answer is not.
        assert found is None or new[found[1] : found[2]] == quote
        return
    assert found is not None
    assert found[0] == "exact" and new[found[1] : found[2]] == quote


@st.composite
def _edited_body(draw):
    """A passage of the real body, then the body after a few small edits (insert, delete
    or replace a short run), anywhere: before, across or inside the passage. Returns the
    passage span in the old body, the new body, where the passage is now (with any edit
    made inside it), whether it is untouched, and whether its saved context is too."""
    words = [w for w in BODY.split(" ") if w]
    s = draw(st.integers(0, len(BODY) - 2))
    e = draw(st.integers(s + 1, min(len(BODY), s + 200)))
    new, ns, ne, intact, context_intact = BODY, s, e, True, True
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(new)))
        cut = draw(st.integers(0, 12)) if at < len(new) else 0
        text = draw(st.sampled_from(["", " ", "X", "the ", "Minsk ", "Лукашенко ", *words[:40]]))
        new = new[:at] + text + new[at + cut :]
        shift = len(text) - cut
        if at + cut <= ns:  # wholly before the passage: it shifts
            context_intact &= at + cut <= ns - CONTEXT_LEN
            ns, ne = ns + shift, ne + shift
        elif at >= ne:  # wholly after: nothing moves
            context_intact &= at >= ne + CONTEXT_LEN
        else:  # the passage itself was edited: it now spans the edit too
            intact = False
            ns, ne = min(ns, at), max(ne + shift, at + len(text))
    return s, e, new, (ns, ne), intact, intact and context_intact


def test_property_results_are_sound():
    """Whatever locate returns is the quote, or close to it and where the edited passage
    is now; the branches taken are counted (``event``, shown by
    --hypothesis-show-statistics) and must include the fuzzy path."""
    branches: Counter[str] = Counter()

    @settings(max_examples=300, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
    @given(case=_edited_body())
    def check(case):
        start, end, new, (now_s, now_e), intact, context_intact = case
        quote = BODY[start:end]
        found = locate(new, *selectors(BODY, start, end), start, end)
        kind = found[0] if found else "orphan"
        branch = (
            kind
            if kind != "exact"
            else ("exact, same place" if found[1] == start else "exact, moved")
        )
        event(branch)
        branches[branch] += 1
        if found is None:
            # A passage kept with its context is never lost.
            assert not context_intact
            return
        s, e = found[1:]
        assert 0 <= s < e <= len(new)
        if kind == "exact":
            assert new[s:e] == quote
            if intact and new.count(quote) == 1:
                assert (s, e) == (now_s, now_e)
        else:
            assert not intact  # an intact passage is found as it is
            assert Levenshtein.normalized_similarity(quote, new[s:e]) >= QUOTE_MIN
            assert s < now_e and now_s < e  # on the edited passage, not elsewhere

    check()
    assert branches["fuzzy"] >= 15, branches  # the fuzzy branch really runs
    assert branches["exact, moved"] >= 15 and branches["orphan"] >= 5, branches


# --- reanchor / orphans through the store ----------------------------------------------


def test_reanchor_records_exact_fuzzy_orphan_and_keeps_orphans(store):
    a = an_article("a", BODY)
    b = an_article("b", BODY, title="Other")
    c = an_article("c", BODY, title="Deleted later")
    d = an_article("d", BODY, title="Rewritten later")
    moved = store.add(a, *span(BODY, P3), note="moved")
    edited = store.add(b, *span(BODY, P2), note="edited")
    deleted = store.add(c, *span(BODY, P1), note="deleted", tags=["keep"])
    rewritten = store.add(d, *span(BODY, P4), note="rewritten")
    a2 = an_article("a", "Inserted paragraph.\n" + BODY)
    b2 = an_article("b", BODY.replace("systematically", "regularly"))
    d2 = an_article("d", "Completely new text about something else, nothing in common.\n" * 10)
    articles = {"a": a2, "b": b2, "d": d2}

    counts = store.reanchor(articles.get)
    assert counts == {"exact": 1, "fuzzy": 1, "orphan": 2}

    m = store.get(moved.id)
    assert (m.anchor, a2.body[m.start : m.end]) == ("exact", P3)
    assert m.exact == P3 and m.content_hash == a.content_hash  # the original stays on record
    assert m.updated == moved.updated  # re-anchoring is not a user edit
    e = store.get(edited.id)
    assert e.anchor == "fuzzy"
    assert b2.body[e.start : e.end] == P2.replace("systematically", "regularly")
    assert e.exact == P2  # saved text kept
    orphans = store.list(orphans=True)
    assert {o.id for o in orphans} == {deleted.id, rewritten.id}
    o = store.get(deleted.id)
    assert (o.exact, o.note, o.tags, o.title) == (P1, "deleted", ("keep",), "Deleted later")
    assert {x.id for x in store.list(orphans=False)} == {moved.id, edited.id}
    assert len(store.list()) == 4  # nothing dropped

    # The deleted article comes back unchanged: the orphan is placed again.
    assert store.reanchor({**articles, "c": c}.get) == {"exact": 2, "fuzzy": 1, "orphan": 1}
    assert store.get(deleted.id).anchor == "exact"

    # Re-attach the remaining orphan to a passage of its rewritten article, or delete it.
    start, end = span(d2.body, "Completely new text")
    r = store.reattach(rewritten.id, d2, start, end)
    assert (r.id, r.anchor, r.exact, r.note, r.created) == (
        rewritten.id, "exact", "Completely new text", "rewritten", rewritten.created,
    )  # fmt: skip
    assert r.content_hash == d2.content_hash and store.get(r.id) == r
    assert store.reanchor({**articles, "c": c}.get)["orphan"] == 0


def test_reattach_to_another_article_and_delete_orphan(store):
    a = an_article("a", BODY)
    b1 = store.add(a, *span(BODY, P1))
    b2 = store.add(a, *span(BODY, P2))
    store.reanchor(lambda _id: None)
    assert len(store.list(orphans=True)) == 2
    other = an_article("moved/elsewhere", "Prelude.\n" + P1, title="Moved", source=None, date=None)
    r = store.reattach(b1.id, other, *span(other.body, P1))
    assert (r.article_id, r.title, r.source, r.date, r.anchor) == (
        "moved/elsewhere",
        "Moved",
        None,
        None,
        "exact",
    )
    store.delete(b2.id)
    assert store.list(orphans=True) == []
    with pytest.raises(BookmarkNotFoundError):
        store.reattach(b2.id, other, 0, 5)


def test_reattach_takes_every_detail_of_the_new_passage(store, article, ticking_clock):
    b = store.add(article, *span(BODY, P1), note="mine", tags=["keep"])
    store.reanchor(lambda _id: None)  # an orphan now
    other = an_article("belsat/9", "Lead.\n" + P3 + "\nMore.", title="Elsewhere", source="Belsat",
                        date=dt.date(2025, 1, 2), path="/c/belsat/9.md")  # fmt: skip
    start, end = span(other.body, P3)
    r = store.reattach(b.id, other, start - 1, end + 1)  # the selection's newlines are trimmed
    fresh = store.add(other, start, end)  # what a new bookmark of the same passage records
    same = ("article_id", "article_path", "title", "source", "date", "exact", "prefix", "suffix",
            "start", "end", "content_hash", "anchor")  # fmt: skip
    assert {f: getattr(r, f) for f in same} == {f: getattr(fresh, f) for f in same}
    assert (r.id, r.note, r.tags, r.created) == (b.id, "mine", ("keep",), b.created)
    assert r.updated > b.updated  # a re-attach is the user's edit
    assert store.get(b.id) == r


def test_fuzzy_bookmark_follows_its_passage_through_later_edits(store):
    a = an_article("a", BODY)
    b = store.add(a, *span(BODY, P2))
    edited = P2.replace("systematically", "regularly")
    v2 = an_article("a", BODY.replace(P2, edited))
    assert store.reanchor({"a": v2}.get)["fuzzy"] == 1
    v3 = an_article("a", "A paragraph added on top.\n" + v2.body)  # the edited text moves
    assert store.reanchor({"a": v3}.get) == {"exact": 0, "fuzzy": 1, "orphan": 0}
    got = store.get(b.id)
    assert (got.anchor, v3.body[got.start : got.end]) == ("fuzzy", edited)


def test_reanchor_of_unchanged_articles_searches_nothing(store, monkeypatch):
    # The app re-anchors after every sync; articles whose text is as last time must not
    # be searched again (placed, moved and fuzzy bookmarks alike).
    import belreader.bookmarks.anchoring as anchoring

    a = an_article("a", BODY)
    for p in (P1, P2, P3):
        store.add(a, *span(BODY, p))
    a2 = an_article("a", "Inserted.\n" + BODY.replace("systematically", "regularly"))
    assert store.reanchor({"a": a2}.get) == {"exact": 2, "fuzzy": 1, "orphan": 0}
    calls = []
    real = anchoring.locate
    monkeypatch.setattr(anchoring, "locate", lambda *args: calls.append(args) or real(*args))
    assert store.reanchor({"a": a2}.get) == {"exact": 2, "fuzzy": 1, "orphan": 0}
    assert calls == []
    a3 = an_article("a", "Another.\n" + a2.body)  # changed again: all three are searched
    assert store.reanchor({"a": a3}.get) == {"exact": 2, "fuzzy": 1, "orphan": 0}
    assert len(calls) == 3


def test_reanchor_writes_only_rows_that_changed(tmp_path):
    import sqlite3

    db = tmp_path / "b.sqlite3"
    with BookmarkStore(db) as store:
        a = an_article("a", BODY)
        for p in (P1, P2, P3):
            store.add(a, *span(BODY, p))
        watcher = sqlite3.connect(db)
        version = lambda: watcher.execute("PRAGMA data_version").fetchone()[0]  # noqa: E731
        v0 = version()
        assert store.reanchor({"a": a}.get) == {"exact": 3, "fuzzy": 0, "orphan": 0}
        assert version() == v0  # same hash: nothing written at all
        a2 = an_article("a", BODY + "\nAppended paragraph at the end.")
        store.reanchor({"a": a2}.get)  # offsets still valid, only the hash is recorded
        v1 = version()
        assert store.reanchor({"a": a2}.get) == {"exact": 3, "fuzzy": 0, "orphan": 0}
        assert version() == v1
        watcher.close()


@pytest.mark.parametrize("same_offsets", [False, True])
def test_reanchor_never_overwrites_a_reattach_made_in_another_window(tmp_path, same_offsets):
    # Window 1 re-anchors; while it looks the articles up (between reading the rows and
    # writing the new places), window 2 re-attaches the bookmark elsewhere. The user's
    # re-attach must win. With same_offsets the new passage sits at the very offsets
    # the old one had, so only the passage itself shows that the row changed.
    db = tmp_path / "bookmarks.sqlite3"
    old = an_article("a", BODY)
    start, end = span(BODY, P2)
    other = an_article(
        "b", BODY.replace(P2, P2.upper()) if same_offsets else "Prelude.\n" + P2.upper()
    )
    with BookmarkStore(db) as window1, BookmarkStore(db) as window2:
        b = window1.add(old, start, end)
        moved = an_article("a", "An inserted first paragraph.\n" + BODY)  # P2 moves down

        def lookup(article_id):
            window2.reattach(b.id, other, *span(other.body, P2.upper()))
            return {"a": moved}.get(article_id)

        window1.reanchor(lookup)
        after = window2.get(b.id)
        assert (after.article_id, after.exact, after.anchor) == ("b", P2.upper(), "exact")
        assert other.body[after.start : after.end] == P2.upper()
        # The next run places the re-attached bookmark against its new article.
        assert window1.reanchor({"a": moved, "b": other}.get) == {
            "exact": 1,
            "fuzzy": 0,
            "orphan": 0,
        }
        assert window1.get(b.id) == after


def test_reanchor_lookup_failure_leaves_bookmarks_alone(store):
    a = an_article("a", BODY)
    b = store.add(a, *span(BODY, P2))

    def broken(_id):
        raise OSError("disk went away")

    assert store.reanchor(broken) == {"exact": 1, "fuzzy": 0, "orphan": 0}
    assert store.get(b.id) == b


def test_reanchor_calls_lookup_once_per_article(store):
    a = an_article("a", BODY)
    for p in (P1, P2, P3, P4):
        store.add(a, *span(BODY, p))
    calls = []
    store.reanchor(lambda aid: calls.append(aid) or a)
    assert calls == ["a"]


# --- export -------------------------------------------------------------------------


@pytest.fixture
def populated(store):
    a = an_article("wp/001", BODY, title="Lukashenko claims NATO pleads", source="WP Tech")
    b = an_article(
        "belsat/7", BODY, title="Минск и Москва", source=None, date=None, path="/c/belsat/7.md"
    )
    bs = [
        store.add(
            a,
            *span(BODY, P3),
            note="He says NATO asked.\n[bold]not markup[/]",
            tags=["NATO", "quotes"],
        ),
        store.add(a, *span(BODY, P1), note="", tags=["war"]),
        store.add(b, *span(BODY, P4), note="По-русски 🇧🇾", tags=["quotes", "human rights"]),
        store.add(b, *span(BODY, P2)),
    ]
    store.reanchor({"wp/001": a}.get)  # belsat/7 is gone: two orphans
    return store, [store.get(x.id) for x in bs]


def test_markdown_grouped_by_article(populated):
    store, (b1, b2, b3, b4) = populated
    md = to_markdown(store.list())
    assert md.startswith("# Bookmarks\n")
    assert "## Lukashenko claims NATO pleads\n" in md and "## Минск и Москва\n" in md
    assert (
        "- Source: WP Tech" in md
        and "- Date: 2024-08-27" in md
        and "- File: `/corpus/wp/001.txt`" in md
    )
    assert (
        "- Source: unknown" in md and "- Date: undated" in md and "- File: `/c/belsat/7.md`" in md
    )
    assert "> " + P3 in md and "> " + P4 in md
    assert "He says NATO asked.\n[bold]not markup[/]" in md
    assert "#NATO #quotes" in md and "#quotes #human-rights" in md
    # Passages in reading order under their article, orphans flagged.
    wp = md[md.index("## Lukashenko") : md.index("## Минск")]  # articles sorted by title
    assert wp.index(P1) < wp.index(P3)
    assert md.count("orphaned") == 2


def test_markdown_grouped_by_tag(populated):
    store, (b1, b2, b3, b4) = populated
    md = to_markdown(store.list(), group_by="tag")
    heads = re.findall(r"^## (.+)$", md, flags=re.M)
    assert heads == ["#human-rights", "#NATO", "#quotes", "#war", "Untagged"]
    quotes = md[md.index("## #quotes") : md.index("## #war")]
    assert P3 in quotes and P4 in quotes and P1 not in quotes
    assert "— *Lukashenko claims NATO pleads*, WP Tech, 2024-08-27 — `/corpus/wp/001.txt`" in quotes
    assert P2 in md[md.index("## Untagged") :]
    with pytest.raises(ValueError):
        to_markdown([], group_by="colour")


def _bm(i, aid, title, source, date, exact, start, anchor, note="", tags=()):
    stamp = f"2025-01-0{i}T00:00:00.000000Z"
    return Bookmark(
        id=f"{i:032x}", article_id=aid, article_path=f"/c/{aid}.txt", title=title, source=source, date=date,
        exact=exact, prefix="", suffix="", start=start, end=start + len(exact), content_hash="h", note=note,
        tags=tuple(tags), created=stamp, updated=stamp, anchor=anchor,
    )  # fmt: skip


# One article without title, one without source and date; a fuzzy bookmark, an orphan
# (listed after the placed ones), a multi-line quote, a multi-word tag.
EXPORT_SAMPLE = [
    _bm(1, "b", "Zebra  story", None, None, "Second passage.", 50, "exact"),
    _bm(
        2,
        "b",
        "Zebra  story",
        None,
        None,
        "Lost passage.",
        10,
        "orphan",
        note="check later",
        tags=["human rights"],
    ),
    _bm(3, "b", "Zebra  story", None, None, "First passage.", 20, "fuzzy"),
    _bm(
        4,
        "a",
        "",
        "Belsat",
        "2024-05-01",
        "Line one\n\nline two",
        0,
        "exact",
        note="a note",
        tags=["NATO", "Minsk"],
    ),
]
CHANGED = "*(the article's text has changed since this was marked)*"
ORPHANED = "*(orphaned: the passage is no longer found in the article; saved text shown)*"


def test_markdown_by_article_is_exactly_this():
    assert (
        to_markdown(EXPORT_SAMPLE)
        == f"""# Bookmarks

## Untitled

- Source: Belsat
- Date: 2024-05-01
- File: `/c/a.txt`

> Line one
>
> line two

a note

#NATO #Minsk

## Zebra story

- Source: unknown
- Date: undated
- File: `/c/b.txt`

> First passage.

{CHANGED}

> Second passage.

> Lost passage.

{ORPHANED}

check later

#human-rights
"""
    )


def test_markdown_by_tag_is_exactly_this():
    zebra = "— *Zebra story*, unknown source, undated — `/c/b.txt`"
    untitled = "— *Untitled*, Belsat, 2024-05-01 — `/c/a.txt`"
    line = "> Line one\n>\n> line two"
    assert (
        to_markdown(EXPORT_SAMPLE, group_by="tag")
        == f"""# Bookmarks

## #human-rights

> Lost passage.

{zebra}

{ORPHANED}

check later

#human-rights

## #Minsk

{line}

{untitled}

a note

#NATO #Minsk

## #NATO

{line}

{untitled}

a note

#NATO #Minsk

## Untagged

> First passage.

{zebra}

{CHANGED}

> Second passage.

{zebra}
"""
    )
    with pytest.raises(ValueError, match="group_by must be 'article' or 'tag'"):
        to_markdown(EXPORT_SAMPLE, group_by="source")


def test_csv_writes_missing_values_as_empty_cells():
    rows = list(csv.DictReader(io.StringIO(to_csv(EXPORT_SAMPLE))))
    assert [(r["source"], r["date"], r["tags"]) for r in rows] == [
        ("", "", ""), ("", "", "human rights"), ("", "", ""), ("Belsat", "2024-05-01", "NATO; Minsk"),
    ]  # fmt: skip
    assert rows[3]["exact"] == "Line one\n\nline two"


def test_markdown_multiline_quote_stays_in_blockquote(store):
    body = "First line of the quote\n\nsecond paragraph of it.\nAfter."
    b = store.add(an_article("m", body), 0, body.index("\nAfter"))
    md = to_markdown([b])
    assert "> First line of the quote\n>\n> second paragraph of it." in md


def test_csv_one_row_per_bookmark(populated):
    store, bs = populated
    rows = list(csv.DictReader(io.StringIO(to_csv(store.list()))))
    assert len(rows) == 4
    by_id = {r["id"]: r for r in rows}
    for b in bs:
        r = by_id[b.id]
        assert r["exact"] == b.exact and r["note"] == b.note and r["anchor"] == b.anchor
        assert r["tags"] == "; ".join(b.tags)
        assert (int(r["start"]), int(r["end"])) == (b.start, b.end)
        assert r["source"] == (b.source or "") and r["title"] == b.title
    assert to_csv([]).splitlines() == [",".join(CSV_FIELDS)]  # header only


def test_annotations_have_w3c_shape(populated):
    store, (b1, *_rest) = populated
    annos = to_annotations(store.list())
    json.dumps(annos)  # serialisable
    a = next(x for x in annos if x["id"].replace("-", "").endswith(b1.id))
    assert a["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert a["type"] == "Annotation"
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", a["id"])
    assert (a["created"], a["modified"]) == (b1.created, b1.updated)
    assert {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": b1.note,
        "format": "text/plain",
    } in a["body"]
    assert [x for x in a["body"] if x["purpose"] == "tagging"] == [
        {"type": "TextualBody", "purpose": "tagging", "value": v} for v in ("NATO", "quotes")
    ]
    assert a["motivation"] == "bookmarking"
    t = a["target"]
    assert t["source"] == "urn:belreader:article:wp/001"
    assert t["belreader"] == {
        "articleId": b1.article_id, "path": b1.article_path, "title": b1.title, "source": b1.source,
        "date": b1.date, "contentHash": b1.content_hash, "anchor": b1.anchor,
        "urn": "urn:belreader:article:wp/001",  # kept here when target.source is the article's URL
    }  # fmt: skip
    sels = {s["type"]: s for s in t["selector"]}
    assert sels["TextQuoteSelector"] == {
        "type": "TextQuoteSelector",
        "exact": b1.exact,
        "prefix": b1.prefix,
        "suffix": b1.suffix,
    }
    assert sels["TextPositionSelector"] == {
        "type": "TextPositionSelector",
        "start": b1.start,
        "end": b1.end,
    }
    untagged = next(x for x in annos if not x["body"])
    assert untagged["body"] == []  # no note, no tags: no bodies


def test_import_round_trip_is_idempotent(populated, tmp_path):
    store, bs = populated
    exported = json.dumps(to_annotations(store.list()), ensure_ascii=False)
    with BookmarkStore(tmp_path / "other.sqlite3") as other:
        assert other.import_annotations(exported) == (4, 0, [])
        for b in bs:
            got = other.get(b.id)
            assert got is not None
            assert (got.exact, got.prefix, got.suffix, got.note, got.tags, got.created, got.updated) == (
                b.exact, b.prefix, b.suffix, b.note, b.tags, b.created, b.updated,
            )  # fmt: skip
            assert (got.article_id, got.article_path, got.title, got.source, got.date, got.content_hash) == (
                b.article_id, b.article_path, b.title, b.source, b.date, b.content_hash,
            )  # fmt: skip
            assert (got.start, got.end, got.anchor) == (b.start, b.end, b.anchor)
        assert other.import_annotations(exported) == (0, 4, [])  # again: same ids
        assert len(other.list()) == 4
        # Same quote of the same article under a new id: also not duplicated.
        fresh = json.loads(exported)
        for a in fresh:
            a["id"] = "urn:uuid:12345678-1234-4234-8234-1234567890ab" if a is fresh[0] else a["id"]
        assert other.import_annotations(fresh) == (0, 4, [])
    # Into the same store it came from: nothing added.
    assert store.import_annotations(exported) == (0, 4, [])


def test_import_reports_bad_entries_and_keeps_good_ones(store, populated):
    good = to_annotations(populated[1][:1])
    store.delete(populated[1][0].id)
    bad = [
        42,
        {"type": "Annotation"},
        {"type": "Annotation", "target": "urn:x"},
        {"type": "Annotation", "target": {"source": "urn:x", "selector": {"type": "FragmentSelector"}}},
        {"type": "Annotation", "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": ""}}},
        {"type": "Annotation", "target": {"source": "urn:x", "selector": [
            {"type": "TextQuoteSelector", "exact": "x"}, {"type": "TextPositionSelector", "start": "a", "end": 3}]}},
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}},
        {"type": "Annotation", "body": {"purpose": "tagging", "value": 7},
         "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "x"}}},
        {"type": "Collection", "id": "http://example.org/c1"},
    ]  # fmt: skip
    added, skipped, problems = store.import_annotations(bad + good)
    assert (added, skipped) == (1, 0)
    assert len(problems) == len(bad)
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    assert problems[0].startswith("annotation 1:") and "not a JSON object" in problems[0]
    assert "no TextQuoteSelector" in problems[3]
    assert "http://example.org/c1" in problems[-1]


def _anno(**changes):
    """A minimal valid annotation; ``changes`` replace parts of it (None removes)."""
    quote = {
        "type": "TextQuoteSelector",
        "exact": "receive offers",
        "prefix": "today I ",
        "suffix": " from",
    }
    item = {"type": "Annotation", "id": "urn:uuid:" + "1" * 32, "body": [],
            "target": {"source": "urn:belreader:article:wp/001", "selector": [quote],
                       "belreader": {"articleId": "wp/001"}}}  # fmt: skip
    for key, value in changes.items():
        where, _, leaf = key.rpartition("__")
        node = item
        for part in where.split("__") if where else []:
            node = node[part] if part != "quote" else node["selector"][0]
        if value is None:
            node.pop(leaf, None)
        else:
            node[leaf] = value
    return item


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"type": "Collection"}, "type is 'Collection', not Annotation"),
        ({"type": ["Thing", "Other"]}, "type is ['Thing', 'Other'], not Annotation"),
        ({"target": "http://example.org/page"}, "no target with selectors"),
        ({"target__selector": [{"type": "TextPositionSelector", "start": 0, "end": 3}]}, "no TextQuoteSelector"),
        ({"target__quote__exact": ""}, "TextQuoteSelector has no exact text"),
        ({"target__quote__exact": 5}, "TextQuoteSelector has no exact text"),
        ({"target__quote__prefix": 5}, "prefix is not text"),
        ({"target__quote__suffix": ["x"]}, "suffix is not text"),
        ({"target__source": None, "target__belreader": None}, "target has no source"),
        ({"target__source": "", "target__belreader__articleId": 7}, "target has no source"),
        ({"target__belreader__path": 5}, "path is not text"),
        ({"target__belreader__title": 5}, "title is not text"),
        ({"target__belreader__source": 5}, "source is not text"),
        ({"target__belreader__date": 5}, "date is not text"),
        ({"target__belreader__contentHash": 5}, "contentHash is not text"),
        ({"body": [{"purpose": "tagging", "value": 7}]}, "a tag is not text"),
        ({"body": [{"purpose": "commenting", "value": 7}]}, "the note is not text"),
        ({"id": 7}, "id is not text"),
    ],
)  # fmt: skip
def test_import_names_what_is_wrong_with_each_annotation(changes, reason):
    bad = _anno(**changes)
    bs, problems = from_annotations([_anno(), bad])
    label = f" ({bad['id']})" if isinstance(bad.get("id"), str) else ""
    assert len(bs) == 1 and problems == [f"annotation 2{label}: {reason}"]


@pytest.mark.parametrize(
    "start, end",
    [(5, 3), (-1, 3), ("0", 3), (0, 3.0), (True, 3), (0, None)],
)
def test_import_rejects_positions_that_are_not_offsets(start, end):
    sel = [
        {"type": "TextQuoteSelector", "exact": "receive offers"},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]
    _bs, problems = from_annotations([_anno(target__selector=sel)])
    assert problems == [
        f"annotation 1 (urn:uuid:{'1' * 32}): TextPositionSelector start/end are not valid offsets"
    ]


def test_import_reads_each_part_of_a_foreign_annotation():
    sel = [
        {"type": "TextPositionSelector", "start": 4, "end": 9},
        {"type": "TextPositionSelector", "start": 50, "end": 60},  # the first of each kind counts
        {"type": "TextQuoteSelector", "exact": "quote", "prefix": None},
        {"type": "TextQuoteSelector", "exact": "second"},
    ]
    item = {
        "id": "urn:uuid:" + "2" * 32,  # no "type" at all: accepted
        "created": "2024-05-01T15:00:00+03:00", "modified": "2024-05-02T09:30:00",  # naive = UTC
        "body": ["http://example.org/iri-body", {"value": "first note"}, {"purpose": ["tagging"], "value": "#Minsk"},
                 {"purpose": "commenting", "value": "second note"}],
        "target": [{"source": {"id": "http://example.org/a.html"}, "selector": sel,
                    "belreader": {"anchor": "fuzzy", "title": "T", "source": "S", "date": "2024-05-01", "contentHash": "h"}}],
    }  # fmt: skip
    (b,), problems = from_annotations(item)
    assert problems == []
    assert (b.id, b.article_id, b.article_path) == (
        "2" * 32,
        "http://example.org/a.html",
        "http://example.org/a.html",
    )
    assert (b.exact, b.prefix, b.suffix, b.start, b.end, b.anchor) == (
        "quote",
        "",
        "",
        4,
        9,
        "fuzzy",
    )
    assert (b.title, b.source, b.date, b.content_hash) == ("T", "S", "2024-05-01", "h")
    assert (b.note, b.tags) == ("first note\n\nsecond note", ("Minsk",))
    assert (b.created, b.updated) == ("2024-05-01T12:00:00.000000Z", "2024-05-02T09:30:00.000000Z")


def test_import_defaults_for_what_an_annotation_leaves_out():
    sel = [
        {"type": "TextQuoteSelector", "exact": "quote"},
        {"type": "TextPositionSelector", "start": 0, "end": 5},
    ]
    item = {"type": ["Annotation"], "created": "not a date", "target": {"source": "urn:belreader:article:x/1",
            "selector": sel, "belreader": {"anchor": "weird"}}}  # fmt: skip
    (b,), problems = from_annotations([item])
    assert problems == []
    assert (b.article_id, b.article_path, b.anchor, b.title, b.source, b.content_hash) == (
        "x/1",
        "x/1",
        "exact",
        "",
        None,
        "",
    )
    assert (
        re.fullmatch(r"[0-9a-f]{32}", b.id) and b.created == b.updated and b.created.endswith("Z")
    )
    again = from_annotations([item])[0][0]
    assert again.id != b.id  # no id given: a new one each time (duplicates are caught by the quote)
    no_position = {"target": {"source": "urn:belreader:article:x/1", "selector": sel[:1]}}
    (o,), _ = from_annotations([no_position])
    assert (o.anchor, o.start, o.end) == ("orphan", 0, 5)


def test_import_foreign_annotation_without_position_or_ids(store):
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "http://example.org/anno/1",
        "body": [{"type": "TextualBody", "value": "plain note"}, {"type": "TextualBody", "purpose": "tagging", "value": " Minsk "}],
        "target": {"source": "http://example.org/article.html",
                   "selector": {"type": "TextQuoteSelector", "exact": "receive offers"}},
    }  # fmt: skip
    bs, problems = from_annotations([foreign])
    assert problems == []
    (b,) = bs
    assert (b.article_id, b.article_path, b.note, b.tags, b.anchor) == (
        "http://example.org/article.html", "http://example.org/article.html", "plain note", ("Minsk",), "orphan",
    )  # fmt: skip
    assert from_annotations([foreign])[0][0].id == b.id  # a foreign id maps to a stable uuid
    assert store.import_annotations({"type": "AnnotationCollection", "items": [foreign]}) == (
        1,
        0,
        [],
    )
    paged = {
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [foreign]},
    }
    assert [(x.id, x.exact) for x in from_annotations(paged)[0]] == [
        (b.id, b.exact)
    ]  # a paged collection
    assert store.import_annotations(foreign) == (0, 1, [])
    # Once the article is known, reanchor places the imported bookmark.
    art = an_article("http://example.org/article.html", BODY)
    assert store.reanchor({art.id: art}.get)["exact"] == 1
    got = store.get(b.id)
    assert BODY[got.start : got.end] == "receive offers"


@pytest.mark.parametrize("junk", ["not json at all {", b"\xff\xfe garbage", "", '{"a": 1'])
def test_import_non_json_raises_clear_error(store, junk):
    with pytest.raises(BookmarkStoreError, match="not (JSON|UTF-8)") as info:
        store.import_annotations(junk)
    assert "\n" not in str(info.value)
    assert store.list() == []


def test_import_prefers_the_belreader_article_id_and_names_bad_files(store):
    sel = [{"type": "TextQuoteSelector", "exact": "x"}]
    item = {
        "target": {
            "source": "urn:belreader:article:old/1",
            "selector": sel,
            "belreader": {"articleId": "new/2"},
        }
    }
    assert from_annotations([item])[0][0].article_id == "new/2"  # the extension wins over the URN
    with pytest.raises(BookmarkStoreError) as info:
        from_annotations(b"\xff\xfe not utf-8")
    assert str(info.value) == "cannot import bookmarks: the file is not UTF-8 JSON"
    with pytest.raises(BookmarkStoreError) as info:
        from_annotations("42")
    assert str(info.value) == "cannot import bookmarks: expected a list of annotations"


def test_import_wrong_top_level_shape_raises(store):
    with pytest.raises(BookmarkStoreError, match="expected a list"):
        store.import_annotations("42")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=st.text(max_size=200), tags=st.lists(st.text(max_size=20), max_size=5))
def test_property_json_round_trip_preserves_note_and_tags(note, tags):
    b = Bookmark(
        id="0" * 31 + "1", article_id="a", article_path="/a.txt", title="T", source=None, date=None,
        exact="quote", prefix="", suffix="", start=0, end=5, content_hash="h", note=note,
        tags=normalize_tags(tags), created="2024-01-01T00:00:00.000000Z",
        updated="2024-01-02T00:00:00.000000Z", anchor="exact",
    )  # fmt: skip
    (back,), problems = from_annotations(json.dumps(to_annotations([b])))
    assert problems == []
    assert back == b


def test_store_used_from_several_threads(store, article):
    import threading

    errors = []

    def worker(n):
        try:
            for i in range(25):
                store.add(article, 0, 7, note=f"{n}-{i}")
                store.list(text="7")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.list()) == 100


def test_closed_store_raises(tmp_path, article):
    s = BookmarkStore(tmp_path / "b.sqlite3")
    s.close()
    with pytest.raises(BookmarkStoreError, match="^bookmarks store is closed$"):
        s.add(article, 0, 3)
