"""WCAG contrast of what the app actually draws, theme by theme.

The screen is rendered by Textual's compositor (the same strips a terminal receives);
every cell of text inside the app's own panes is checked: its foreground against its
background, ``dim`` counted as half-way to the background, and under NO_COLOR after the
greyscale filter Textual applies. Box-drawing characters are borders, not text.
Used by benchmarks/contrast.py (the table) and tests/test_app_contrast.py (the gate).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import Color as RichColor
from textual.color import Color

AA_TEXT = 4.5
# the panes whose text is ours to keep readable (the footer and palette are Textual's)
CHECKED = ("#search-bar", "#results", "#article", "#claims", "#bookmarks-box")


def luminance(c: Color) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def ratio(a: Color, b: Color) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@dataclass
class Worst:
    ratio: float
    text: str
    where: str
    fg: str
    bg: str


def _colour(rich: RichColor | None, default: Color, terminal, *, foreground: bool) -> Color:
    if rich is None or rich.is_default:
        return default
    # ANSI colours are the terminal's; judge them by the palette Textual assumes
    return Color.from_rich_color(rich, terminal, foreground=foreground, ansi=False)


def _is_text(ch: str) -> bool:
    return not ch.isspace() and not ("\u2500" <= ch <= "\u259f") and ch not in "▶▁▂▃▄▅▆▇█"


def screen_contrast(app, *, monochrome: bool = False) -> dict[str, Worst]:
    """The lowest contrast found in each checked pane of the app's current screen."""
    theme = app.current_theme
    terminal = app.ansi_theme
    default_fg = Color.from_rich_color(RichColor.from_triplet(terminal.foreground_color))
    default_bg = Color.from_rich_color(RichColor.from_triplet(terminal.background_color))
    if not (theme.foreground or "").startswith("ansi"):
        default_fg = Color.parse(theme.foreground) if theme.foreground else default_fg
    if not (theme.background or "").startswith("ansi"):
        default_bg = Color.parse(theme.background) if theme.background else default_bg
    update = app.screen._compositor.render_update(full=True)
    rows = [[seg for strip in line for seg in strip] for line in update.strips]
    out: dict[str, Worst] = {}
    for selector in CHECKED:
        try:
            region = app.screen.query_one(selector).region
        except Exception:
            continue
        if not region.width or not region.height:
            continue
        worst: Worst | None = None
        for y in range(region.y, min(region.bottom, len(rows))):
            x = 0
            for seg in rows[y]:
                text, style = seg.text, seg.style
                start, x = x, x + len(text)
                if x <= region.x or start >= region.right or style is None:
                    continue
                visible = text[max(region.x - start, 0) : region.right - start]
                if not any(_is_text(ch) for ch in visible):
                    continue
                fg = _colour(style.color, default_fg, terminal, foreground=True)
                bg = _colour(style.bgcolor, default_bg, terminal, foreground=False)
                if style.reverse:
                    fg, bg = bg, fg
                if style.dim:
                    fg = bg.blend(fg, 0.5)
                if monochrome:
                    fg, bg = fg.monochrome, bg.monochrome
                r = ratio(fg, bg)
                if worst is None or r < worst.ratio:
                    worst = Worst(r, visible.strip()[:30], selector, fg.hex, bg.hex)
        if worst is not None:
            out[selector] = worst
    return out


def scenario_library(tmp):
    """A library of the bundled seeds in a throwaway folder, plus a file that cannot be
    read (so the skipped-files line is drawn)."""
    import shutil
    from pathlib import Path

    from ..library import Library, bundled_seeds

    root = Path(tmp)
    corpus = root / "corpus"
    corpus.mkdir()
    for seed in bundled_seeds().glob("*.txt"):
        shutil.copy(seed, corpus / seed.name)
    (corpus / "empty.txt").write_text("", "utf-8")
    library = Library(index_dir=root / "ix", data_dir=root / "data", corpora=[corpus])
    library.save()
    return library


async def show_everything(app, pilot) -> None:
    """Drive the app to a screen that shows every kind of styled text: a query with
    hits in the list, an article with the current hit, a bookmarked passage, a current
    claim, and the sentence cursor."""
    import time

    deadline = time.monotonic() + 30
    while not app.ready.is_set() and time.monotonic() < deadline:
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.press("slash", *"sovereign")
    await pilot.pause(0.3)
    await app.workers.wait_for_complete()
    await pilot.press("enter", "enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    if (
        app.store is not None
        and app.article is not None
        and not app.store.list(article_id=app.article.id)
    ):
        s, e = app.article.paragraphs[-1]
        app.store.add(app.article, s, min(e, s + 60))
        app.main.refresh_bookmark_marks()
    await pilot.press("n", "right_square_bracket")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def measure_themes(library, themes, *, size=(160, 45)) -> dict[str, dict[str, Worst]]:
    from .app import BelreaderApp

    app = BelreaderApp(library, watch_files=False)
    results = {}
    async with app.run_test(size=size) as pilot:
        await show_everything(app, pilot)
        article = app.query_one("#article")
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            await pilot.pause()
            seen = screen_contrast(app, monochrome=app.no_color)  # the current claim
            article.action_cursor(1)  # and the sentence cursor
            await pilot.pause()
            for where, worst in screen_contrast(app, monochrome=app.no_color).items():
                if where not in seen or worst.ratio < seen[where].ratio:
                    seen[where] = worst
            article.action_claim(1)
            await pilot.pause()
            await pilot.press("B")  # the bookmarks screen: its list and highlighted row
            await pilot.pause()
            seen.update(
                {
                    w: v
                    for w, v in screen_contrast(app, monochrome=app.no_color).items()
                    if w == "#bookmarks-box"
                }
            )
            await pilot.press("escape")
            await pilot.pause()
            results[theme] = seen
    return results
