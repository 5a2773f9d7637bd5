"""Snippets and highlights: where a query's terms sit in a text, and the passages of
an article body that show the most of them.

Replaces whoosh's highlighter, which re-analyses the whole stored text of every hit
through the analyzer (~6 ms a hit): this is a regex pass and cached term lookups,
with the same terms (``Analysis.term``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from ..results import Snippet
from .analysis import TOKEN_RE

SNIPPET_CHARS = 220  # longest snippet
SNIPPET_SURROUND = 70  # context before the first and after the last match of a snippet


def match_spans(
    text: str, exact: set[str], prefixes: tuple[str, ...], term_of: Callable[[str], str]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(spans of the words of ``text`` whose term is in ``exact`` or starts with one of
    ``prefixes``, (start, end) of every word)."""
    spans: list[tuple[int, int]] = []
    words: list[tuple[int, int]] = []
    if not exact and not prefixes:
        return spans, words
    for m in TOKEN_RE.finditer(text):
        term = term_of(m.group(0))
        span = m.span()
        words.append(span)
        if term and (term in exact or (prefixes and term.startswith(prefixes))):
            spans.append(span)
    return spans, words


def best_snippets(
    body: str,
    exact: set[str],
    prefixes: tuple[str, ...],
    term_of: Callable[[str], str],
    *,
    top: int,
) -> list[Snippet]:
    """The ``top`` passages of ``body`` with the most matches (in text order), each at
    most SNIPPET_CHARS long, cut at word boundaries, matches as offsets."""
    if not body or top <= 0:
        return []
    spans, words = match_spans(body, exact, prefixes, term_of)
    if not spans:
        return []
    starts = [w[0] for w in words]
    ends = [w[1] for w in words]
    # group matches into fragments: a fragment grows while it stays within the limit
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and span[1] - groups[-1][0][0] <= SNIPPET_CHARS - 2 * 20:
            groups[-1].append(span)
        else:
            groups.append([span])
    best = sorted(
        groups, key=lambda g: (-len({body[s:e].lower() for s, e in g}), -len(g), g[0][0])
    )[:top]
    out = []
    for group in sorted(best, key=lambda g: g[0][0]):
        first, last = group[0][0], group[-1][1]
        room = max(SNIPPET_CHARS - (last - first), 0)
        before = min(
            SNIPPET_SURROUND, room // 2 if room < 2 * SNIPPET_SURROUND else SNIPPET_SURROUND
        )
        start = max(0, first - before)
        end = min(len(body), last + min(SNIPPET_SURROUND, room - before) if room else last)
        # snap to word boundaries: start at a word's start, end at a word's end
        i = bisect_left(ends, start + 1)
        start = min(starts[i], first) if i < len(starts) else first
        j = bisect_right(starts, end - 1) - 1
        end = max(ends[j], last) if j >= 0 else last
        rel = [(s - start, e - start) for s, e in group]
        out.append(trim_snippet(body[start:end], rel))
    return out


def trim_snippet(text: str, spans: list[tuple[int, int]]) -> Snippet:
    # Collapse paragraph breaks so a snippet is one line in a results list.
    out, mapping = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        mapping.append(i)
        out.append(ch)
    index_of = {orig: new for new, orig in enumerate(mapping)}

    def remap(pos: int) -> int:
        while pos not in index_of and pos < len(text):
            pos += 1
        return index_of.get(pos, len(out))

    spans = [(remap(s), remap(e - 1) + 1) for s, e in spans]
    return Snippet("".join(out).strip(), _shift_for_strip("".join(out), spans))


def _shift_for_strip(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    lead = len(text) - len(text.lstrip())
    return [(s - lead, e - lead) for s, e in spans]
