"""The results pane: a header line with the hit count and hits per source, and the
list of articles (title, source, date, snippet with the matched words marked)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from ...published import when_beside, when_text
from ...terminal import inert
from ...vocabulary import plural
from ..messages import ToggleResultsView
from ..styles import component_style
from .timeline_spark import TimelineSpark

# vi-style movement shared by every list in the app
LIST_NAVIGATION = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "Top", show=False),
    Binding("G", "last", "Bottom", show=False),
]


class ResultList(OptionList):
    BINDINGS = LIST_NAVIGATION + [
        Binding("enter", "select", "Open"),
        Binding("v", "toggle_view", "Compact/full"),
        Binding(
            "e", "expand_copies", "List or fold a story's copies", show=False
        ),  # the row says "e lists them"
    ]
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "results--title",
        "results--meta",
        "results--snippet",
        "results--mark",
    }

    def action_toggle_view(self) -> None:
        self.post_message(ToggleResultsView())

    def action_expand_copies(self) -> None:
        """Show (or fold again) the copies of the highlighted story."""
        if self.highlighted is None:
            return
        option = self.get_option_at_index(self.highlighted)
        pane = next((a for a in self.ancestors if isinstance(a, ResultsPane)), None)
        if pane is not None and option.id:
            pane.toggle_copies(option.id)


class ResultsPane(Vertical):
    """Header + progress bar (while indexing) + result list. The list is full (title,
    source and date, a snippet) or compact (one line per article, as newsboat lists)."""

    compact = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # stories (issue 19): the hits as (lead, its other copies), and the leads whose
        # copies are listed under them (e)
        self._folded: list[tuple] = []
        self._expanded: set[str] = set()

    def compose(self):
        yield Static("", id="results-header")
        yield Static("", id="skipped-line")
        yield TimelineSpark(id="results-timeline")
        yield ProgressBar(id="index-progress", show_eta=False)
        yield ResultList(id="results-list")

    def show_progress(self, done: int, total: int) -> None:
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done)
        self.query_one("#results-header", Static).update(
            f"indexing {done:,} of {total:,} articles…"
        )

    def show_skipped(self, summary: str | None) -> None:
        """A line while files are skipped, so they are never invisible."""
        line = self.query_one("#skipped-line", Static)
        line.update(Text(f"⚠ {inert(summary)} · ctrl+p → Skipped files") if summary else "")
        line.display = bool(summary)

    def hide_progress(self) -> None:
        self.query_one(ProgressBar).display = False

    def show_results(self, results, *, browsing: bool, filters: list[str], stories=None) -> None:
        """``stories`` (a ``StoryCounts``) when copies fold: the header counts stories,
        and each source's stories and articles."""
        # the library's story count is read once per listing, not at every redraw (v, e,
        # a theme change): an aggregate over the whole stories file
        library_stories = (
            _library_stories(self.app, results.total) if browsing and not filters else None
        )
        self._shown = (results, browsing, filters, stories, library_stories)
        self.query_one(TimelineSpark).clear()  # until this query's timeline is counted
        self._draw_results()

    def _draw_results(self) -> None:
        """Header and list for the results shown; the timeline line is left as it is
        (a redraw for the theme, v or e must not blank a timeline already counted)."""
        results, browsing, filters, stories, library_stories = self._shown
        header = Text()
        if stories is not None and not browsing:
            width = self.query_one("#results-header", Static).content_region.width
            header.append(_stories_header(results, stories, width))
        elif browsing:
            if library_stories is not None:
                header.append(plural(library_stories, "story", "stories"), style="bold")
                header.append(f" ({plural(results.total, 'article', 'articles')})")
            else:
                header.append(plural(results.total, "article", "articles"), style="bold")
            header.append(" · newest first")
        else:
            header.append(f"{results.total:,} match{'es' * (results.total != 1)}", style="bold")
            if results.facets:
                header.append(
                    " · " + " · ".join(f"{inert(k)} {v}" for k, v in results.facets.items())
                )
        if filters:
            header.append("  [" + inert(", ".join(filters)) + "]", style="italic")
        self.query_one("#results-header", Static).update(header)
        lst = self.query_one(ResultList)
        lst.clear_options()
        options: list[Option | None] = []
        self._folded = _fold(self.app, results)
        for hit, copies in self._folded:
            options.append(self._option(hit, lst, copies, expanded=hit.id in self._expanded))
            if hit.id in self._expanded:
                options += [self._copy_option(c, hit, lst) for c in copies]
            if not self.compact:
                options.append(None)  # a divider line between multi-line entries
        lst.add_options(options)
        if results.hits:
            lst.highlighted = 0

    def restyle(self) -> None:
        """Draw the list again in the current theme's colours, keeping the place."""
        shown = getattr(self, "_shown", None)
        if shown is None:
            return
        lst = self.query_one(ResultList)
        highlighted = lst.highlighted
        self._draw_results()
        if highlighted is not None and highlighted < lst.option_count:
            lst.highlighted = highlighted

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.restyle()

    def on_resize(self) -> None:
        if self.compact:
            self.restyle()  # one-line rows are cut to the width: cut them again

    def toggle_copies(self, option_id: str) -> None:
        """Expand or fold the copies of the story whose lead (or copy) is ``option_id``."""
        lead = next(
            (
                hit.id
                for hit, copies in self._folded
                if hit.id == option_id or any(c.id == option_id for c in copies)
            ),
            None,
        )
        if lead is None:
            return
        if not any(copies for hit, copies in self._folded if hit.id == lead):
            self.app.notify("This article has no copies in the library.")
            return
        self._expanded ^= {lead}
        lst = self.query_one(ResultList)
        self.restyle()
        lst.highlighted = lst.get_option_index(lead)

    def _copy_option(self, copy, lead, lst: ResultList) -> Option:
        """A copy under its story's lead: `↳ title · outlet · date` (enter opens it); a
        one-line row says when beside the lead, as the copies line does ("16:04" on the
        lead's day), to leave the title its room."""
        meta_style = component_style(lst, "results--meta")
        if self.compact:
            when = when_beside(copy.date, copy.time, lead.date, lead.time)
        else:
            when = when_text(copy.date, copy.time)
        title = Text(inert(copy.title), style=component_style(lst, "results--title"))
        tail = Text(f" · {inert(copy.source or 'unknown')} · {when}", style=meta_style)
        if self.compact:  # one line like every other compact row
            return Option(
                self._one_line(lst, title, tail, Text("  ↳ ", style=meta_style)), id=copy.id
            )
        text = Text("  ↳ ", style=meta_style)
        text.append_text(title)
        text.append_text(tail)
        return Option(text, id=copy.id)

    def _option(self, hit, lst: ResultList, copies=(), *, expanded: bool = False) -> Option:
        if self.compact:
            return self._compact_option(hit, lst, copies, expanded=expanded)
        title_style = component_style(lst, "results--title")
        meta_style = component_style(lst, "results--meta")
        snip_style = component_style(lst, "results--snippet")
        mark_style = component_style(lst, "results--mark")
        text = Text()  # parts styled one by one: a base style would run into the meta line
        text.append(inert(hit.title), style=title_style)
        for s, e in hit.title_highlights:
            text.stylize(mark_style, s, e)
        meta = f"{inert(hit.source or 'unknown')} · {when_text(hit.date, hit.time)}"
        if len(meta) > lst.scrollable_content_region.width - 2:  # 2: the row's padding
            # the offset alone would wrap onto a line of its own: the header shows it
            meta = f"{inert(hit.source or 'unknown')} · {when_text(hit.date, hit.time, zone=False)}"
        text.append(f"\n{meta}", style=meta_style)
        if copies:
            from ...stories.fold import copies_line

            what_e_does = "e folds them" if expanded else "e lists them"
            text.append(f"\n{inert(copies_line(copies, hit))} · {what_e_does}", style=meta_style)
        for snip in hit.snippets[:1]:
            snippet = Text("\n…" + inert(snip.text) + "…", style=snip_style)
            for s, e in snip.highlights:
                snippet.stylize(mark_style, s + 2, e + 2)
            text.append_text(snippet)
        return Option(text, id=hit.id)

    def _compact_option(self, hit, lst: ResultList, copies=(), *, expanded: bool = False) -> Option:
        """title · source · date on one line; a long title is cut with "…" so the source
        and date always show. A story's copies: "+2 (e lists)", the only place a
        one-line row can say that e does something here."""
        title_style = component_style(lst, "results--title")
        meta_style = component_style(lst, "results--meta")
        mark_style = component_style(lst, "results--mark")
        when = when_text(hit.date, hit.time, zone=False)  # as for a copy's one-line row
        more = ""
        if copies:
            more = f" · +{len(copies)} (e {'folds' if expanded else 'lists'})"
        tail = Text(f" · {inert(hit.source or 'unknown')} · {when}{more}", style=meta_style)
        title = Text(inert(hit.title), style=title_style)
        for s, e in hit.title_highlights:
            title.stylize(mark_style, s, e)
        return Option(self._one_line(lst, title, tail), id=hit.id)

    @staticmethod
    def _one_line(lst: ResultList, title: Text, tail: Text, lead: Text | None = None) -> Text:
        """lead + title + tail cut to the list's width, the title shortened first."""
        width = max(lst.scrollable_content_region.width - 2, 20)  # 2: the row's padding
        line = lead.copy() if lead is not None else Text()
        room = max(width - tail.cell_len - line.cell_len, 8)
        if title.cell_len > room:
            title.truncate(room - 1)
            title.append("…")
        line.append_text(title)
        line.append_text(tail)
        line.truncate(width, overflow="ellipsis")
        return line

    def show_timeline(self, timeline) -> None:
        self.query_one(TimelineSpark).show(timeline)


# -- stories (issue 19): a story once, its copies folded under it ---------------------------
def _library_stories(app, total: int) -> int | None:
    """How many stories the library's ``total`` articles make (None: no copies, or no
    stories file): one aggregate query, as the list it heads is folded."""
    from ...stories.reader import read_stories

    library = getattr(app, "library", None)
    if library is None:
        return None
    sizes = read_stories(library.index_dir, lambda reader: reader.story_sizes(), {})
    folded = total - sum(n - 1 for n in sizes.values())
    return folded if sizes and 0 < folded < total else None


def _stories_header(results, stories, width: int = 0) -> Text:
    """ "21 stories (520 articles) · Agency 3 stories (9 articles) · Farm 1": stories
    first, as the list shows them; a source whose copies fold says both numbers, each
    labelled, one whose stories are its articles one number (both at once)."""
    header = Text()
    header.append(plural(stories.stories, "story", "stories"), style="bold")
    header.append(f" ({plural(results.total, 'article', 'articles')})")
    parts = []
    for name, articles in results.facets.items():
        n = stories.by_source.get(name, articles)
        if n == articles:
            parts.append(f" · {inert(name)} {n:,}")
        else:
            parts.append(
                f" · {inert(name)} {plural(n, 'story', 'stories')}"
                f" ({plural(articles, 'article', 'articles')})"
            )
    # at most two lines (the list below is what matters); the busiest sources first
    room = 2 * width - header.cell_len - 24 if width > 0 else None
    shown = 0
    for part in parts:
        if room is not None and len(part) > room:
            break
        header.append(part)
        room = None if room is None else room - len(part)
        shown += 1
    if shown < len(parts):
        more = len(parts) - shown
        header.append(f" · {more} more source{'s' * (more != 1)}", style="italic")
    return header


def _fold(app, results) -> list[tuple]:
    """(lead hit, its other copies) per story among ``results.hits``, read from the
    library's stories.sqlite3 (SQLite alone: no numpy on the start path); each hit
    alone when the library has none."""
    from ...stories.reader import read_stories

    alone: list[tuple] = [(hit, []) for hit in results.hits]
    library = getattr(app, "library", None)
    if library is None:
        return alone

    def folded(reader) -> list[tuple]:
        from ...stories.fold import fold

        return [(f.hit, f.copies) for f in fold(results.hits, reader)]

    return read_stories(library.index_dir, folded, alone)
