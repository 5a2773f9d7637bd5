"""The results pane: a header line with the hit count and hits per source, and the
list of articles (title, source, date, snippet with the matched words marked)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from ...terminal import inert
from .timeline_spark import TimelineSpark


# vi-style movement shared by every list in the app
LIST_NAVIGATION = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "Top", show=False),
    Binding("G", "last", "Bottom", show=False),
]


class ResultList(OptionList):
    BINDINGS = LIST_NAVIGATION + [Binding("enter", "select", "Open")]
    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {"results--title", "results--meta", "results--snippet", "results--mark"}


class ResultsPane(Vertical):
    """Header + progress bar (while indexing) + result list."""

    def compose(self):
        yield Static("", id="results-header")
        yield TimelineSpark(id="results-timeline")
        yield ProgressBar(id="index-progress", show_eta=False)
        yield ResultList(id="results-list")

    def show_progress(self, done: int, total: int) -> None:
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=total, progress=done)
        self.query_one("#results-header", Static).update(f"indexing {done:,} of {total:,} articles…")

    def hide_progress(self) -> None:
        self.query_one(ProgressBar).display = False

    def show_results(self, results, *, browsing: bool, filters: list[str]) -> None:
        header = Text()
        if browsing:
            header.append(f"{results.total:,} article{'s' * (results.total != 1)}", style="bold")
            header.append(" · newest first")
        else:
            header.append(f"{results.total:,} match{'es' * (results.total != 1)}", style="bold")
            if results.facets:
                header.append(" · " + " · ".join(f"{inert(k)} {v}" for k, v in results.facets.items()))
        if filters:
            header.append("  [" + inert(", ".join(filters)) + "]", style="italic")
        self.query_one("#results-header", Static).update(header)
        self.query_one(TimelineSpark).clear()  # until this query's timeline is counted
        lst = self.query_one(ResultList)
        lst.clear_options()
        options: list[Option | None] = []
        for hit in results.hits:
            options += [self._option(hit, lst), None]  # None: a divider line
        lst.add_options(options)
        if results.hits:
            lst.highlighted = 0

    def _option(self, hit, lst: ResultList) -> Option:
        title_style = lst.get_component_rich_style("results--title", partial=True)
        meta_style = lst.get_component_rich_style("results--meta", partial=True)
        snip_style = lst.get_component_rich_style("results--snippet", partial=True)
        mark_style = lst.get_component_rich_style("results--mark", partial=True)
        text = Text(inert(hit.title), style=title_style)
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

    def show_timeline(self, timeline) -> None:
        self.query_one(TimelineSpark).show(timeline)
