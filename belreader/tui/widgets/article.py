"""The article pane: the cleaned body with query hits, claims, bookmarks and a passage
cursor drawn over it, one widget per paragraph so a redraw touches only what changed.

Text is always built as ``rich.text.Text`` from plain strings, never parsed as markup:
an article that says ``[bold]`` shows ``[bold]``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.reactive import reactive
from textual.widgets import Static

from ...published import when_text
from ...terminal import inert
from ..messages import (
    ArticleClaimSelected,
    ArticleCursorMoved,
    BookmarkPassage,
    CompareArticleClaim,
    CopyPassage,
    OpenSource,
)
from ..styles import component_style


@dataclass(slots=True)
class Passage:
    """A span of the body the user points at: what `b` bookmarks and `y` copies."""

    start: int
    end: int
    kind: str  # "sentence" | "selection" | "claim"


class Paragraph(Static):
    """One paragraph of the body; its text is rendered by the ArticleView."""

    def __init__(self, index: int, start: int, end: int, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.index = index
        self.start = start
        self.end = end

    def on_click(self, event: events.Click) -> None:
        # A click puts the passage cursor on the sentence under the mouse.
        view = self.parent
        if isinstance(view, ArticleView):
            offset = view.offset_at(self, event.x, event.y)
            if offset is not None:
                view.move_cursor_to_offset(offset)


class ArticleView(VerticalScroll, can_focus=True):
    """Scrollable article with a sentence cursor, hit and claim navigation."""

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Next sentence", show=False),
        Binding("k,up", "cursor(-1)", "Prev sentence", show=False),
        Binding("g,home", "edge('top')", "Top", show=False),
        Binding("G,end", "edge('bottom')", "Bottom", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        # one footer entry per pair: at 80 columns four took the room of b, y and o
        Binding("n", "hit(1)", "Next/prev hit", key_display="n/N"),
        Binding("N", "hit(-1)", "Prev hit", show=False),
        Binding("right_square_bracket", "claim(1)", "Next/prev claim", key_display="]/["),
        Binding("left_square_bracket", "claim(-1)", "Prev claim", key_display="[", show=False),
        Binding("b", "bookmark", "Bookmark"),
        Binding("y", "copy_passage", "Copy"),
        Binding("o", "open_source", "Open source"),
        Binding("m", "compare", "Compare outlets", show=False),  # the claim says "m compares"
    ]
    COMPONENT_CLASSES = {
        "article--title",
        "article--meta",
        "article--hit",
        "article--hit-current",
        "article--cursor",
        "article--claim",
        "article--claim-current",
        "article--bookmark",
    }
    DEFAULT_CSS = """
    ArticleView > Paragraph { margin-bottom: 1; }
    ArticleView > #article-head { margin-bottom: 1; }
    """

    hit_status: reactive[str] = reactive("")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article = None
        self.hits: list[tuple[int, int]] = []
        self.hit_index: int | None = None
        self.claim_spans: list[tuple[int, int]] = []
        self.claim_index: int | None = None
        self.bookmark_spans: list[tuple[int, int]] = []
        self.sentences: list[tuple[int, int]] = []
        self._sentence_starts: list[int] = []
        self.cursor: int = 0
        self.passage_kind = "sentence"
        self._paragraphs: list[Paragraph] = []
        self._para_starts: list[int] = []
        self._styles: dict = {}  # component name -> rich Style, for the current theme

    # -- content -----------------------------------------------------------------
    def show_article(
        self,
        article,
        *,
        hits: list[tuple[int, int]],
        sentences: list[tuple[int, int]],
        bookmarks: list[tuple[int, int]],
    ) -> None:
        self.article = article
        self.hits = sorted(hits)
        self.hit_index = None
        self.claim_spans = [(c.start, c.end) for c in article.claims]
        self.claim_index = None
        self.bookmark_spans = sorted(bookmarks)
        self.sentences = sentences or [(s, e) for s, e in article.paragraphs]
        self._sentence_starts = [s for s, _ in self.sentences]
        self.cursor = 0
        self.passage_kind = "sentence"
        self.query(Paragraph).remove()
        head = self.query_one("#article-head", Static)
        head.update(self._head_text())
        head.display = True
        self.query_one("#article-empty", Static).display = False
        paragraphs = [Paragraph(i, s, e) for i, (s, e) in enumerate(article.paragraphs)]
        self._paragraphs = paragraphs
        self._para_starts = [p.start for p in paragraphs]
        self.mount_all(paragraphs)
        self.scroll_home(animate=False)
        self._redraw_all()
        self._update_hit_status()

    def clear(self, message: str = "") -> None:
        self.article = None
        self.hits, self.claim_spans, self.bookmark_spans, self.sentences = [], [], [], []
        self._paragraphs, self._para_starts = [], []
        self.query(Paragraph).remove()
        self.query_one("#article-head", Static).display = False
        empty = self.query_one("#article-empty", Static)
        empty.update(Text(message, style="italic"))
        empty.display = bool(message)
        self.hit_status = ""

    def compose(self):
        yield Static("", id="article-head")
        yield Static("", id="article-empty")

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        self.hits = sorted(hits)
        self.hit_index = None
        self._redraw_all()
        self._update_hit_status()

    def set_bookmarks(self, spans: list[tuple[int, int]]) -> None:
        self.bookmark_spans = sorted(spans)
        self._redraw_all()

    def _head_text(self) -> Text:
        art = self.article
        title_style = component_style(self, "article--title")
        meta_style = component_style(self, "article--meta")
        text = Text()  # parts styled one by one: a base style would run into the meta lines
        text.append(inert(art.title), style=title_style)
        when = when_text(art.date, art.time)
        meta = f"{art.source or 'unknown'} · {when} · {art.word_count:,} words"
        if art.author:
            meta += f" · {art.author}"
        text.append("\n" + inert(meta), style=meta_style)
        if art.url:
            text.append("\n" + inert(art.url), style=meta_style + Style(underline=True))
            text.append("  o opens", style=meta_style)
        text.append("\n" + inert(art.id), style=meta_style)
        # where it was published, and what ingest wants known ("summary only", a date
        # taken from the capture): absent for plain text files, so their view is unchanged
        for line in ([art.url] if art.url else []) + list(art.warnings or []):
            text.append("\n" + inert(line), style=meta_style)
        return text

    # -- drawing -------------------------------------------------------------------
    def _render_paragraph(self, para: Paragraph) -> Text:
        body = self.article.body
        s0, e0 = para.start, para.end
        text = Text(body[s0:e0])

        def paint(spans, style) -> None:
            for s, e in spans:
                if e > s0 and s < e0:
                    text.stylize(style, max(s, s0) - s0, min(e, e0) - s0)

        def style(name: str):
            # resolved once per theme: a long article redraws many paragraphs at a time
            if name not in self._styles:
                self._styles[name] = component_style(self, name)
            return self._styles[name]

        paint(self.claim_spans, style("article--claim"))
        paint(self.bookmark_spans, style("article--bookmark"))
        if self.claim_index is not None and self.passage_kind == "claim":
            paint([self.claim_spans[self.claim_index]], style("article--claim-current"))
        cursor = self.passage
        if cursor is not None and cursor.kind == "sentence":
            paint([(cursor.start, cursor.end)], style("article--cursor"))
        paint(self.hits, style("article--hit"))
        if self.hit_index is not None:
            paint([self.hits[self.hit_index]], style("article--hit-current"))
        # a bar in the margin beside a paragraph holding a bookmark: visible without colour
        para.set_class(any(e > s0 and s < e0 for s, e in self.bookmark_spans), "-bookmarked")
        return text

    def restyle(self) -> None:
        """Draw again with the current theme's colours (after a theme change)."""
        self._styles.clear()
        if self.article is not None:
            self.query_one("#article-head", Static).update(self._head_text())
            self._redraw_all()

    def _redraw_all(self) -> None:
        for para in self._paragraphs:
            para.update(self._render_paragraph(para))

    def _redraw_span(self, start: int, end: int) -> None:
        for para in self._paragraphs_in(start, end):
            para.update(self._render_paragraph(para))

    def _paragraphs_in(self, start: int, end: int) -> list[Paragraph]:
        if not self._paragraphs:
            return []
        first = max(bisect_right(self._para_starts, start) - 1, 0)
        out = []
        for para in self._paragraphs[first:]:
            if para.start > end:
                break
            out.append(para)
        return out

    def _paragraph_at(self, offset: int) -> Paragraph | None:
        if not self._paragraphs:
            return None
        return self._paragraphs[max(bisect_right(self._para_starts, offset) - 1, 0)]

    # -- passage -------------------------------------------------------------------
    @property
    def passage(self) -> Passage | None:
        if self.article is None or not self.sentences:
            return None
        if self.passage_kind == "claim" and self.claim_index is not None:
            s, e = self.claim_spans[self.claim_index]
            return Passage(s, e, "claim")
        s, e = self.sentences[min(self.cursor, len(self.sentences) - 1)]
        return Passage(s, e, "sentence")

    def selected_passage(self) -> Passage | None:
        """The mouse selection within the body, if any, else the cursor passage."""
        if self.article is None:
            return None
        selected = self.screen.get_selected_text() if self.screen is not None else None
        if selected and selected.strip():
            span = _find_selection(self.article.body, selected, near=self._cursor_offset())
            if span is not None:
                return Passage(span[0], span[1], "selection")
        return self.passage

    def _cursor_offset(self) -> int:
        p = self.passage
        return p.start if p else 0

    def move_cursor_to_offset(self, offset: int, *, center: bool = False) -> None:
        if not self.sentences:
            return
        old = self.passage
        self.cursor = max(bisect_right(self._sentence_starts, offset) - 1, 0)
        self.passage_kind = "sentence"
        self._after_cursor_move(old, center=center)

    def _after_cursor_move(self, old: Passage | None, *, center: bool = False) -> None:
        new = self.passage
        if old is not None:
            self._redraw_span(old.start, old.end)
        if new is not None:
            self._redraw_span(new.start, new.end)
            self.scroll_to_offset(new.start, new.end, center=center)
            claim = self._claim_containing(new.start, new.end)
            self.post_message(ArticleCursorMoved(new.start, claim))

    def _claim_containing(self, start: int, end: int) -> int | None:
        for i, (s, e) in enumerate(self.claim_spans):
            if s < end and start < e:
                return i
        return None

    # -- scrolling -----------------------------------------------------------------
    def line_of_offset(self, para: Paragraph, offset: int) -> int:
        """Which wrapped line of ``para`` holds ``offset`` (0 when unknown)."""
        width = para.content_region.width or para.size.width
        if width <= 0:
            return 0
        text = Text(self.article.body[para.start : para.end])
        lines = text.wrap(self.app.console, width)
        pos = 0
        rel = offset - para.start
        for i, line in enumerate(lines):
            pos_end = pos + len(line.plain)
            # wrapping drops the space at a break; count it back
            if rel < pos_end + 1:
                return i
            pos = pos_end + 1
        return max(len(lines) - 1, 0)

    def offset_at(self, para: Paragraph, x: int, y: int) -> int | None:
        """Body offset of a click at (x, y) inside ``para``."""
        width = para.content_region.width or para.size.width
        if width <= 0 or self.article is None:
            return None
        lines = Text(self.article.body[para.start : para.end]).wrap(self.app.console, width)
        pos = 0
        for i, line in enumerate(lines):
            if i == y:
                return para.start + pos + min(x, len(line.plain))
            pos += len(line.plain) + 1
        return para.end

    def scroll_to_offset(self, start: int, end: int | None = None, *, center: bool = False) -> None:
        para = self._paragraph_at(start)
        if para is None:
            return

        def do_scroll() -> None:
            first = self.line_of_offset(para, start)
            last = self.line_of_offset(para, end if end is not None else start)
            region = para.virtual_region
            target = Region(0, region.y + first, region.width, max(last - first + 1, 1))
            self.scroll_to_region(target, animate=False, center=center, immediate=True)

        # before the first layout the paragraphs have no size yet
        if para.size.width:
            do_scroll()
        else:
            self.call_after_refresh(do_scroll)

    # -- actions -------------------------------------------------------------------
    def action_cursor(self, step: int) -> None:
        if not self.sentences:
            return
        old = self.passage
        if self.passage_kind != "sentence":
            # leaving a claim or selection: continue from where it starts
            self.cursor = max(bisect_right(self._sentence_starts, old.start) - 1, 0) if old else 0
            self.passage_kind = "sentence"
            step = 0 if step > 0 else step
        self.cursor = max(0, min(len(self.sentences) - 1, self.cursor + step))
        self._after_cursor_move(old)

    def action_edge(self, where: str) -> None:
        if not self.sentences:
            return
        old = self.passage
        self.passage_kind = "sentence"
        self.cursor = 0 if where == "top" else len(self.sentences) - 1
        self._after_cursor_move(old)
        if where == "top":
            self.scroll_home(animate=False)
        else:
            self.scroll_end(animate=False)

    def action_page(self, direction: int) -> None:
        if direction > 0:
            self.scroll_page_down(animate=False)
        else:
            self.scroll_page_up(animate=False)

    def action_hit(self, step: int) -> None:
        if not self.hits:
            self.app.bell()
            self.hit_status = "no hits in this article" if self.article else ""
            return
        old = self.hits[self.hit_index] if self.hit_index is not None else None
        if self.hit_index is None:
            self.hit_index = 0 if step > 0 else len(self.hits) - 1
        else:
            self.hit_index = (self.hit_index + step) % len(self.hits)
        s, e = self.hits[self.hit_index]
        if old:
            self._redraw_span(*old)
        # the cursor follows the hit, so `b` after `n` bookmarks the hit's sentence
        self.move_cursor_to_offset(s, center=True)
        self._update_hit_status()

    def _update_hit_status(self) -> None:
        if not self.article or not self.hits:
            self.hit_status = ""
        elif self.hit_index is None:
            self.hit_status = f"{len(self.hits)} hit{'s' * (len(self.hits) != 1)} · n next"
        else:
            self.hit_status = f"hit {self.hit_index + 1} of {len(self.hits)}"

    def action_claim(self, step: int) -> None:
        if not self.claim_spans:
            self.app.bell()
            return
        if self.claim_index is None:
            here = self._cursor_offset()
            if step > 0:
                nxt = [i for i, (s, _) in enumerate(self.claim_spans) if s >= here]
                index = nxt[0] if nxt else 0
            else:
                prev = [i for i, (s, _) in enumerate(self.claim_spans) if s < here]
                index = prev[-1] if prev else len(self.claim_spans) - 1
        else:
            index = (self.claim_index + step) % len(self.claim_spans)
        self.select_claim(index)
        self.post_message(ArticleClaimSelected(index))

    def action_bookmark(self) -> None:
        self.post_message(BookmarkPassage())

    def action_copy_passage(self) -> None:
        self.post_message(CopyPassage())

    def action_open_source(self) -> None:
        self.post_message(OpenSource())

    def action_compare(self) -> None:
        index = self.claim_index if self.passage_kind == "claim" else None
        passage = self.passage
        if index is None and passage is not None:  # a sentence inside a claim counts
            index = self._claim_containing(passage.start, passage.end)
        self.post_message(CompareArticleClaim(index))

    def select_claim(self, index: int) -> None:
        """Highlight claim ``index`` and scroll the article to it."""
        old = self.passage
        self.claim_index = index
        self.passage_kind = "claim"
        s, e = self.claim_spans[index]
        self.cursor = max(bisect_right(self._sentence_starts, s) - 1, 0)
        if old:
            self._redraw_span(old.start, old.end)
        self._redraw_span(s, e)
        self.scroll_to_offset(s, e, center=True)


def _find_selection(body: str, selected: str, near: int) -> tuple[int, int] | None:
    """Where the selected text stands in the body (whitespace may differ: the screen
    wraps lines), choosing the occurrence nearest the cursor."""
    import re

    words = selected.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    best = None
    for m in pattern.finditer(body):
        if best is None or abs(m.start() - near) < abs(best[0] - near):
            best = (m.start(), m.end())
    return best
