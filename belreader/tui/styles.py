"""Rich styles for the app's component classes, resolved the way Textual draws widgets.

A widget's *partial* component style keeps colours as written: ``$text-muted`` (an
``auto`` colour) comes out as plain white and ``$warning 40%`` as full orange, which is
what made light themes unreadable. The *full* style has the colours blended over the
widget's real background; we take its colours, but only where the component sets
them, so a row's highlight still shows through text that sets no background.
"""

from __future__ import annotations

from rich.style import Style


def component_style(widget, name: str) -> Style:
    partial = widget.get_component_rich_style(name, partial=True)
    full = widget.get_component_rich_style(name)
    colours = Style(
        color=full.color if partial.color is not None else None,
        bgcolor=full.bgcolor if partial.bgcolor is not None else None,
    )
    return partial.without_color + colours
