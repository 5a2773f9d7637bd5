"""An article body cut into what every claim shape looks at: paragraphs, quotes and
units (sentences, fused where a quote runs over a sentence end), with fast look-ups by
offset. Language-neutral."""

from __future__ import annotations

from bisect import bisect_right

from .model import Quote, QuotedUnit, Span
from .quotes import MAX_QUOTE, find_quotes
from .sentences import paragraph_spans, split_paragraph
from .text import skip_space

# a unit longer than this is scraped text without sentence ends: no claim is looked for
MAX_UNIT = 6000
# list bullets that open a sentence (a factbox's "* Putin said ..."): not its words
_BULLETS = "*•·▪"


class Document:
    def __init__(self, text: str) -> None:
        self.t = text
        self.paras = paragraph_spans(text)
        self.para_starts = [p[0] for p in self.paras]
        self.quotes = find_quotes(text, self.paras)
        self.q_starts = [q.start for q in self.quotes]
        sents: list[tuple[int, int]] = []
        for ps, pe in self.paras:  # split_sentences(text), reusing the paragraphs
            split_paragraph(text, ps, pe, sents)
        self.units = self._fuse_units(sents)
        self.unit_starts = [u[0] for u in self.units]
        self._quoted: list[QuotedUnit] | None = None  # see quoted_units

    def quote_at(self, i: int) -> Quote | None:
        """The quote containing offset i (start <= i < end), or None."""
        k = bisect_right(self.q_starts, i) - 1
        if k >= 0:
            q = self.quotes[k]
            if q.start <= i < q.end:
                return q
        return None

    def quote_starting(self, i: int) -> Quote | None:
        k = bisect_right(self.q_starts, i) - 1
        if k >= 0 and self.quotes[k].start == i:
            return self.quotes[k]
        return None

    def quotes_in(self, s: int, e: int) -> list[Quote]:
        k = bisect_right(self.q_starts, s) - 1
        k = max(k, 0)
        out = []
        while k < len(self.quotes) and self.quotes[k].start < e:
            q = self.quotes[k]
            if q.end > s:
                out.append(q)
            k += 1
        return out

    def para_of(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.para_starts, i) - 1
        return self.paras[max(k, 0)]

    def unit_index(self, i: int) -> int:
        """The index of the unit that starts at or before offset i (-1: none)."""
        return bisect_right(self.unit_starts, i) - 1

    def readable_unit(self, i: int) -> tuple[int, int] | None:
        """The unit holding offset i, or None when there is none or it is longer than
        MAX_UNIT (scraped text without sentence ends, where no claim is looked for)."""
        k = self.unit_index(i)
        if k < 0:
            return None
        us, ue = self.units[k]
        return None if ue - us > MAX_UNIT else (us, ue)

    def _fuse_units(self, sents: list[tuple[int, int]]) -> list[Span]:
        """Sentences, fused where a sentence boundary falls inside a closed quote of one
        paragraph (so a multi-sentence quote and its attribution form one unit)."""
        units: list[list[int]] = []
        for s, e in sents:
            if units:
                ps, pe = units[-1]
                q = self.quote_at(pe - 1)
                if (
                    q is not None
                    and q.closed
                    and q.start < pe
                    and q.end > pe
                    and q.end - q.start <= MAX_QUOTE
                    and s < q.end
                    and self.para_of(ps) == self.para_of(s)
                    and e - ps <= 2 * MAX_QUOTE
                ):
                    units[-1][1] = e
                    continue
            if self.t[s] in _BULLETS and self.t[s + 1 : s + 2] == " ":
                s = skip_space(self.t, s + 1, e)  # "* X said ...": the words after it
            units.append([s, e])
        return [Span(s, e) for s, e in units]

    def quoted_units(self) -> list[QuotedUnit]:
        """Each unit that holds quotes; very long units are skipped (scraped text
        without sentence ends, where quotes cannot be attributed). Computed once: two
        claim shapes read it."""
        if self._quoted is None:
            self._quoted = []
            if self.quotes:
                for us, ue in self.units:
                    if ue - us > MAX_UNIT:
                        continue
                    qs = self.quotes_in(us, ue)
                    if qs:
                        self._quoted.append(QuotedUnit(us, ue, qs))
        return self._quoted
