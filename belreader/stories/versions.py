"""A quotation's versions and how they differ: the words each outlet wrote against
the most common version, how each attributes them (framing: neutral, distancing,
hedged), and a negation one of them adds or drops. Described, never judged."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from ..published import clock_to_text

_WORD = re.compile(r"\w+(?:['’]\w+)*")

NEUTRAL_CUES = frozenset(
    "said says say saying told tells tell added adds stated states wrote writes noted "
    "notes explained explains according : — -".split()
)
# words that negate what they stand in: "not" added to a quotation reverses it
NEGATIONS = frozenset(
    "not no never nobody nothing none neither nor nowhere cannot "
    "не ни нет никогда ничего никто ніколі нічога ніхто няма".split()
)
DISTANCING_CUES = frozenset(
    "claimed claims claim claiming admitted admits admit admitting alleged alleges "
    "allege alleging insisted insists insist purported purports asserted asserts "
    "maintained maintains".split()
)


def words(text: str) -> list[str]:
    return _WORD.findall(text.replace("’", "'"))


def cue_class(cue: str) -> str:
    """ "neutral", "distancing" or "other", from the cue as written."""
    ws = words(cue.casefold()) or [cue.strip()]
    if any(w in DISTANCING_CUES for w in ws):
        return "distancing"
    if any(w in NEUTRAL_CUES for w in ws) or cue.strip() in NEUTRAL_CUES:
        return "neutral"
    return "other"


def framing(cue: str, hedges: Sequence[str]) -> str:
    """How a version attributes the words: "distancing" (its cue: claimed, admitted,
    alleged...), else "hedged" (a hedge such as reportedly; the extractor also lists a
    distancing cue among the hedges, which is not counted twice), else "neutral" or
    "other" by its cue."""
    kind = cue_class(cue)
    if kind == "distancing":
        return kind
    if any(h.casefold() != cue.casefold() and cue_class(h) != "distancing" for h in hedges):
        return "hedged"
    if any(cue_class(h) == "distancing" for h in hedges):
        return "distancing"
    return kind


@dataclass(slots=True)
class Version:
    """One article's version of a quotation."""

    article: str
    title: str
    source: str | None
    date: date | None
    path: str
    speaker: str | None
    cue: str
    hedges: tuple[str, ...]
    kind: str
    wording: str
    start: int
    end: int
    framing: str = ""
    time: time | None = None  # of day, when the source states one
    # the words, each marked "same", "changed" or "added" against the most common
    # version, with the common version's words it leaves out in place, "left out"
    diff: list[tuple[str, str]] = field(default_factory=list)
    # "added" or "dropped": more or fewer negating words than the common version
    negation: str = ""

    @property
    def missing(self) -> list[str]:
        """The common version's words this version leaves out (marked in ``diff``)."""
        return [w for w, op in self.diff if op == "left out"]

    @property
    def shown_hedges(self) -> tuple[str, ...]:
        """The hedges, less the cue itself (the extractor lists "claimed" as both)."""
        return tuple(h for h in self.hedges if h.casefold() != self.cue.casefold())

    def to_json(self) -> dict:
        return {
            "article": self.article,
            "title": self.title,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "time": clock_to_text(self.time),
            "path": self.path,
            "speaker": self.speaker,
            "cue": self.cue,
            "hedges": list(self.hedges),
            "kind": self.kind,
            "wording": self.wording,
            "start": self.start,
            "end": self.end,
            "framing": self.framing,
            "diff": [[w, op] for w, op in self.diff],
            "missing": self.missing,
            "negation": self.negation or None,
        }


@dataclass(slots=True)
class Comparison:
    """Every version of one quotation across the library."""

    group: int
    articles: int  # how many articles carry it
    versions: list[Version]  # earliest first; capped (``shown`` of ``articles``)
    common: str  # the most common wording
    speakers: list[str]  # every speaker named, as folded through the alias table
    framing_differs: bool
    boilerplate: bool = False
    meaning_differs: bool = False  # a version adds or drops a negation

    def to_json(self) -> dict:
        return {
            "group": self.group,
            "articles": self.articles,
            "shown": len(self.versions),
            "common": self.common,
            "speakers": self.speakers,
            "framing_differs": self.framing_differs,
            "meaning_differs": self.meaning_differs,
            "boilerplate": self.boilerplate,
            "versions": [v.to_json() for v in self.versions],
        }


def bare(wording: str) -> str:
    """A quotation without its own quote marks and closing comma or full stop."""
    text = " ".join(wording.split())
    while text and text[0] in "\"“”„«»'‘’":
        text = text[1:]
    while text and text[-1] in "\"“”„«»'‘’,.":
        text = text[:-1]
    return text


def word_diff(base: str, wording: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The words of ``wording``, each "same", "changed" or "added" against ``base``,
    with the words of ``base`` it leaves out in their place, "left out" (a reader sees
    where "to us" went missing, not a list at the end); and those left-out words alone.
    Compared case-folded."""
    theirs = words(wording)
    mine = words(base)
    sm = difflib.SequenceMatcher(
        a=[w.casefold() for w in mine], b=[w.casefold() for w in theirs], autojunk=False
    )
    marked: list[tuple[str, str]] = []
    missing: list[str] = []
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            marked += [(w, "same") for w in theirs[b0:b1]]
        elif op == "replace":
            marked += [(w, "changed") for w in theirs[b0:b1]]
            if a1 - a0 > b1 - b0:
                dropped = mine[a0 + (b1 - b0) : a1]
                marked += [(w, "left out") for w in dropped]
                missing += dropped
        elif op == "insert":
            marked += [(w, "added") for w in theirs[b0:b1]]
        else:
            marked += [(w, "left out") for w in mine[a0:a1]]
            missing += mine[a0:a1]
    return marked, missing


def framing_label(v: Version) -> str:
    """`neutral "said"`, `distancing "claimed"`, `hedged "said" (reportedly)`."""
    if v.framing == "hedged":
        return f"hedged “{v.cue}” ({', '.join(v.shown_hedges)})"
    return f"{v.framing} “{v.cue}”"


def negations(text: str | Sequence[str]) -> Counter[str]:
    """The negating words of a wording (or of its words), case-folded; "don't" and
    "cannot" count as "not" (so "do not" against "don't" is no difference)."""
    out: Counter[str] = Counter()
    for w in words(text.casefold()) if isinstance(text, str) else (w.casefold() for w in text):
        if w.endswith("n't") or w == "cannot":
            out["not"] += 1
        elif w in NEGATIONS:
            out[w] += 1
    return out


def _quoted_part(common: str, wording: str) -> list[str]:
    """The words of ``common`` less those ``wording`` leaves out at its start or end: a
    version cut short does not quote the rest, so cannot have dropped its "not" (a
    word replaced there is still quoted, differently)."""
    mine = [w.casefold() for w in words(common)]
    ops = difflib.SequenceMatcher(
        a=mine, b=[w.casefold() for w in words(wording)], autojunk=False
    ).get_opcodes()
    start, end = 0, len(mine)
    if ops and ops[0][0] == "delete":
        start = ops[0][2]
    if ops and ops[-1][0] == "delete":
        end = ops[-1][1]
    return mine[start:end]


def negation_change(common: str, wording: str) -> str:
    """ "added" or "dropped" when ``wording`` has more or fewer negating words than the
    part of the ``common`` version it quotes, else "". Counted, not matched: "never"
    for "not" keeps the sense negative and is shown as a changed word like any other."""
    mine = negations(wording).total()
    theirs = negations(_quoted_part(common, wording)).total()
    return "added" if mine > theirs else "dropped" if mine < theirs else ""


def meaning_label(v: Version, common: str) -> str:
    """`negation added (“not”)` / `negation dropped (“never”)`: which words, described,
    never judged."""
    mine, theirs = negations(v.wording), negations(_quoted_part(common, v.wording))
    differing = (mine - theirs) if v.negation == "added" else (theirs - mine)
    shown = ", ".join(sorted(differing)) or ", ".join(sorted(mine | theirs))
    return f"negation {v.negation} (“{shown}”)"


def framing_differs(versions: Iterable[Version]) -> bool:
    """A neutral, unhedged cue in one version against a distancing cue or a hedge in
    another."""
    kinds = {v.framing for v in versions}
    return "neutral" in kinds and bool(kinds & {"distancing", "hedged"})
