"""The results pane: a header line with the hit count and hits per source, and the
list of articles (title, source, date, snippet with the matched words marked)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from ...terminal import inert
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
    ]
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "results--title",
        "results--meta",
        "results--snippet",
        "results--mark",
    }

    def action_toggle_view(self) -> None:
        self.post_message(ToggleResultsView())


class ResultsPane(Vertical):
    """Header + progress bar (while indexing) + result list. The list is full (title,
    source and date, a snippet) or compact (one line per article, as newsboat lists)."""

    compact = False

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

    def show_results(self, results, *, browsing: bool, filters: list[str]) -> None:
        self._shown = (results, browsing, filters)
        header = Text()
        if browsing:
            header.append(f"{results.total:,} article{'s' * (results.total != 1)}", style="bold")
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
        self.query_one(TimelineSpark).clear()  # until this query's timeline is counted
        lst = self.query_one(ResultList)
        lst.clear_options()
        options: list[Option | None] = []
        for hit in results.hits:
            options.append(self._option(hit, lst))
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
        self.show_results(shown[0], browsing=shown[1], filters=shown[2])
        if highlighted is not None and highlighted < lst.option_count:
            lst.highlighted = highlighted

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.restyle()

    def on_resize(self) -> None:
        if self.compact:
            self.restyle()  # one-line rows are cut to the width: cut them again

    def _option(self, hit, lst: ResultList) -> Option:
        if self.compact:
            return self._compact_option(hit, lst)
        title_style = component_style(lst, "results--title")
        meta_style = component_style(lst, "results--meta")
        snip_style = component_style(lst, "results--snippet")
        mark_style = component_style(lst, "results--mark")
        text = Text()  # parts styled one by one: a base style would run into the meta line
        text.append(inert(hit.title), style=title_style)
        for s, e in hit.title_highlights:
            text.stylize(mark_style, s, e)
        when = hit.date.isoformat() if hit.date else "undated"
        text.append(f"\n{inert(hit.source or 'unknown')} · {when}", style=meta_style)
        for snip in hit.snippets[:1]:
            snippet = Text("\n…" + inert(snip.text) + "…", style=snip_style)
            for s, e in snip.highlights:
                snippet.stylize(mark_style, s + 2, e + 2)
            text.append_text(snippet)
        return Option(text, id=hit.id)

    def _compact_option(self, hit, lst: ResultList) -> Option:
        """title · source · date on one line; a long title is cut with "…" so the source
        and date always show."""
        title_style = component_style(lst, "results--title")
        meta_style = component_style(lst, "results--meta")
        mark_style = component_style(lst, "results--mark")
        when = hit.date.isoformat() if hit.date else "undated"
        tail = Text(f" · {inert(hit.source or 'unknown')} · {when}", style=meta_style)
        width = max(lst.scrollable_content_region.width - 2, 20)  # 2: the row's padding
        title = Text()
        title.append(inert(hit.title), style=title_style)
        for s, e in hit.title_highlights:
            title.stylize(mark_style, s, e)
        room = max(width - tail.cell_len, 8)
        if title.cell_len > room:
            title.truncate(room - 1)
            title.append("…", style=title_style)
        title.append_text(tail)
        title.truncate(width, overflow="ellipsis")
        return Option(title, id=hit.id)

    def show_timeline(self, timeline) -> None:
        self.query_one(TimelineSpark).show(timeline)
