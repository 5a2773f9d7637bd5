"""WCAG contrast of the app's text in every built-in Textual theme and under NO_COLOR.

    python benchmarks/contrast.py            # table of the lowest ratio per pane; exit 1 below AA

Renders the real app (headless, 160x45, on the bundled seeds in a temporary folder) on
a screen with a query, hits, the current hit, a bookmark, the current claim and the
sentence cursor, and computes the ratio of every drawn cell of text (see
belreader/tui/contrast.py). AA for body text is 4.5:1.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile


def main() -> int:
    from textual.theme import BUILTIN_THEMES

    from belreader.tui.contrast import AA_TEXT, CHECKED, measure_themes, scenario_library

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BELREADER_INDEX"] = os.path.join(tmp, "ix")
        os.environ["BELREADER_DATA"] = os.path.join(tmp, "data")
        library = scenario_library(tmp)
        for name, worst in asyncio.run(measure_themes(library, list(BUILTIN_THEMES))).items():
            rows.append((name, worst))
        os.environ["NO_COLOR"] = "1"
        for name, worst in asyncio.run(
            measure_themes(library, ["textual-dark", "textual-light"])
        ).items():
            rows.append((f"NO_COLOR {name}", worst))
    failed = 0
    print("| theme | " + " | ".join(CHECKED) + " | lowest (text) |")
    print("|---|" + "---|" * (len(CHECKED) + 1))
    for name, worst in rows:
        cells = [f"{worst[w].ratio:.1f}" if w in worst else "–" for w in CHECKED]
        low = min(worst.values(), key=lambda w: w.ratio)
        bad = low.ratio < AA_TEXT
        failed += bad
        print(
            f"| {name} | "
            + " | ".join(cells)
            + f" | {low.ratio:.2f} {'FAIL ' if bad else ''}“{low.text}” {low.fg} on {low.bg} |"
        )
    if "-v" in sys.argv:
        for name, worst in rows:
            for w in worst.values():
                print(f"{name:24} {w.where:12} {w.ratio:5.2f} {w.fg} on {w.bg} “{w.text}”")
    print(f"\n{len(rows) - failed} of {len(rows)} pass AA ({AA_TEXT}:1)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
