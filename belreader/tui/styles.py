"""Rich styles for the app's component classes, resolved the way Textual draws widgets,
and kept readable in every theme.

Rich styles have no alpha: a component's *partial* style keeps colours as written, so
``$text-muted`` (an ``auto`` colour) came out as plain white and ``$warning 40%`` as
full orange, which is what made light themes unreadable. Here each colour is blended
over the pane's real background, ``auto`` is resolved against the colour under it, and
text that still falls short of WCAG AA there (or on a list's highlighted row) is moved
towards black or white until it reaches it: some themes' own muted tones are too faint.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color

from .contrast import ratio

AA_TARGET = 4.6  # 4.5:1 with a margin for rounding in the terminal
# a list's highlighted row (the same blends as in belreader.tcss)
ROW_TINTS = (("foreground", 0.10), ("accent", 0.22))


def component_style(widget, name: str) -> Style:
    rules = widget.get_component_styles(name)
    text_style = widget.get_component_rich_style(name, partial=True).without_color
    _, pane = widget.background_colors
    bgcolor = None
    if rules.has_rule("background") and rules.background.a > 0:
        bgcolor = rules.background if rules.background.ansi is not None else pane + rules.background
    color = None
    if rules.auto_color or (rules.has_rule("color") and rules.color.a > 0):
        under = bgcolor or pane
        colour = rules.color
        if colour.ansi is not None:
            color = colour  # the terminal's palette: nothing to blend
        elif rules.auto_color:
            color = under.get_contrast_text(colour.a)
        else:
            color = under + colour
        if color.ansi is None and under.ansi is None:
            color = readable(
                color, [under] if bgcolor else [under, *_row_backgrounds(widget, pane)]
            )
    return text_style + Style(
        color=color.rich_color if color is not None else None,
        bgcolor=bgcolor.rich_color if bgcolor is not None else None,
    )


def _row_backgrounds(widget, pane: Color) -> list[Color]:
    from textual.widgets import OptionList

    if not isinstance(widget, OptionList):
        return []
    variables = widget.app.theme_variables
    out = []
    for name, alpha in ROW_TINTS:
        try:
            tint = Color.parse(variables[name])
        except Exception:
            continue
        if tint.ansi is None:
            out.append(pane + tint.multiply_alpha(alpha))
    return out


def readable(color: Color, backgrounds: list[Color]) -> Color:
    """``color``, moved towards black or white just far enough to reach AA on each of
    ``backgrounds``."""
    for _ in range(20):
        worst = min(backgrounds, key=lambda bg: ratio(color, bg))
        if ratio(color, worst) >= AA_TARGET:
            break
        color = color.blend(worst.get_contrast_text(1.0), 0.1)
    return color
