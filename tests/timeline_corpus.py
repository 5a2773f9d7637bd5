"""A small dated library for the timeline tests: three outlets over 2024, one article
misdated 1900 (a wrong dateline), one dated 2099 (in the future) and two undated."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from belreader.library import Library

# (date or None, source, title): written, not copied from any corpus
ARTICLES = [
    (date(2024, 1, 15), "Minsk Daily", "Parliament debates the new mobilisation law"),
    (date(2024, 2, 3), "Minsk Daily", "Reservists called up for training near the border"),
    (date(2024, 2, 20), "Border Watch", "Mobilisation drills reported in Grodno region"),
    (date(2024, 3, 1), "Border Watch", "Families describe the mobilisation notices"),
    (date(2024, 3, 9), "Minsk Daily", "Ministry explains mobilisation exemptions"),
    (date(2024, 3, 28), "East Wire", "Analysts weigh the scale of the mobilisation"),
    (date(2024, 4, 2), "East Wire", "Mobilisation notices reach university students"),
    (date(2024, 4, 18), "Minsk Daily", "Harvest season and the mobilisation calendar"),
    (date(2024, 5, 5), "Border Watch", "Checkpoints tighten as the mobilisation widens"),
    (date(2024, 6, 12), "Minsk Daily", "Officials say the mobilisation has ended"),
    (date(2024, 6, 12), "East Wire", "Mobilisation over, officials say; doubts remain"),
    (date(1900, 1, 1), "East Wire", "Mobilisation rumours in the capital"),
    (date(2099, 5, 1), "Border Watch", "Mobilisation anniversary planned"),
    (None, "Minsk Daily", "Undated notes on the mobilisation"),
    (None, "East Wire", "An undated mobilisation explainer"),
    (date(2024, 2, 10), "Minsk Daily", "Weather: a cold February in Minsk"),
]


def write_corpus(folder: Path, articles=ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, (day, source, title) in enumerate(articles):
        front = ["---", f"title: {title}", f"source: {source}"]
        if day is not None:
            front.append(f"date: {day.isoformat()}")
        front.append("---")
        body = (
            f"{title}.\n\nThe report from {source} describes events in Belarus "
            f"in some detail, with comments from residents and officials (item {n})."
        )
        (folder / f"article_{n:02d}.md").write_text("\n".join(front) + "\n" + body + "\n", "utf-8")
    return folder


def dated_library(tmp_path: Path, articles=ARTICLES) -> Library:
    corpus = write_corpus(tmp_path / "dated", articles)
    lib = Library(
        index_dir=tmp_path / "dated-ix", data_dir=tmp_path / "dated-data", corpora=[corpus]
    )
    lib.save()
    return lib
