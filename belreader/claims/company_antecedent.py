"""The company a business noun means: "Krispy Kreme said ... The firm warned", "Shares
in Toyota rose ... the company says": the one name the article has shown to be a
company (shares in it, its chief executive, "X Inc") that was named or spoke last,
when no other such name comes between."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .en_countries import COUNTRY_NAMES
from .en_entity_words import COMPANY_NOUNS
from .en_function_words import MONTHS, WEEKDAYS
from .en_lexicon import CAP_STOP, COUNTRY_ADJ
from .entities import PERSON
from .role_antecedent import named_as_body
from .text import fold_word

if TYPE_CHECKING:
    from .resolve import Resolver

# up to four capitalised words; a full stop inside a word only ("J.P.", not "Tuesday. X")
_WORD = r"[A-Z](?:[\w&'’-]|\.(?!\s))*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
# what only a company has: its shares, its results, its executives
_COMPANY_SIGNS = (
    # "Shares in Belarusian potash miner Belaruskali": descriptions before the name
    r"\b[Ss]hares\s+(?:in|of)\s+(?:the\s+)?(?:(?:[a-z-]+|[A-Z][a-z]+(?:ian|ish|ese|an))\s+){{0,4}}({n})\b",
    r"\b({n})(?:'s|’s)\s+(?:shares|share\s+price|profits?|sales|revenues?|earnings"
    r"|results|chief\s+executive|chief\s+financial\s+officer|boss|chairman|chairwoman"
    r"|founder|board|shareholders|customers|subscribers|stores|shops|factories|plants)\b",
    r"\b({n})\s+(?:Inc|Corp|plc|Ltd|AG|SA|NV|GmbH)\b",
    r"\b({n})\s+shares\s+(?:rose|fell|jumped|slipped|dropped|climbed|closed|were)\b",
)
_SIGN_RES = [re.compile(p.format(n=_NAME)) for p in _COMPANY_SIGNS]
_SCOPE = 20_000  # characters back: longer than most articles, bounded for huge texts
_OPENING = 3000  # characters: a business story says what the company is at its top
_NAME_RE = re.compile(r"\b" + _NAME)
# "Swedish", "Anglo-Dutch", "South African": a nationality, no company
_DEMONYM = re.compile(r"(?:ish|ese|ian|ean|ican|ch)$")
# "flights to Kaliningrad", "trade in Warsaw": a place, no other company
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|near|across|around)\s+$")
_NOT_COMPANIES = COUNTRY_NAMES | WEEKDAYS | MONTHS
_DETERMINERS = frozenset("Its His Her Their Our My Your".split())


def _companies(t: str, lo: int, hi: int) -> set[str]:
    """The names the article's opening and t[lo:hi] show to be companies (bounded
    scans: the extractor stays linear in the length of the text)."""
    found: set[str] = set()
    for a, b in ((0, min(hi, _OPENING)), (max(lo, _OPENING), hi)):
        for rx in _SIGN_RES:
            for m in rx.finditer(t, a, b):
                name = _bare(m.group(1))
                if name:
                    found.add(name)
    return found


def _bare(name: str) -> str:
    """The name without the sentence's opening words ("Yesterday General Motors",
    "Its"), or "" when nothing is left or it is an adjective ("Anglo-Swedish")."""
    ws = re.sub(r"(?:'s|’s|'|’)$", "", name).split()
    while ws and (ws[0] in CAP_STOP or ws[0] in _DETERMINERS):
        ws = ws[1:]
    if not ws or fold_word(ws[-1].split("-")[-1]) in COUNTRY_ADJ or _DEMONYM.search(ws[-1]):
        return ""
    return " ".join(ws)


def company_meant(res: Resolver, head: str, quals: set[str], pos: int) -> str | None:
    """The company "the <head>" at ``pos`` means, or None: of the names shown to be a
    company or called one ("Ford, the US car company"), the one named last before
    ``pos`` (outside quotes, within reach), unless another was named in the same or the
    sentence before. A country word in the phrase ("the German company") is a fact we
    cannot check: None."""
    if head not in COMPANY_NOUNS or quals:
        return None
    t = res.t
    lo = max(0, pos - res.WINDOW)
    known = _companies(t, lo, pos)
    scope = t[max(0, pos - _SCOPE) : pos]  # where "Ford, the US car company" is looked for
    seen: dict[str, list[tuple[int, bool]]] = {}  # name -> (where, after a place word)
    for m in _NAME_RE.finditer(t, lo, pos):
        # "Microsoft's Windows": the possessor is the name
        name = _bare(re.split(r"['’]s\s", m.group(), maxsplit=1)[0])
        if not name or res._quoted(m.start()) or fold_word(name) in _NOT_COMPANIES:
            continue
        e = res.entities.named(name)
        if e is not None and e.kind == PERSON and (e.gender or e.roles):
            continue  # (two capitalised words read as a name, "Krispy Kreme", may be one)
        at = m.start() + m.group().find(name)
        seen.setdefault(name, []).append((at, bool(_PLACE_BEFORE.search(t, max(0, at - 8), at))))

    def company(name: str) -> bool:  # (asked of few names: the scan of the scope is dear)
        if name in known or any(k.startswith(name + " ") for k in known):
            return True  # ("Cairn" after "Shares in Cairn Energy")
        return named_as_body(scope, name, len(scope))

    found: tuple[str, int] | None = None
    # names from the last named back: the first company, any name after it, the next one
    for name, places in sorted(seen.items(), key=lambda kv: -kv[1][-1][0]):
        if found is not None and (name in found[0] or found[0] in name):
            continue  # "Krispy Kreme Doughnuts" and "Krispy Kreme"
        if not company(name):
            if found is None and any(not place for _, place in places):
                return None  # "In a statement from Lycos Europe, the company": another name
            continue
        if found is not None:
            last_unit = res.doc.unit_index(found[1])
            return None if res.doc.unit_index(places[-1][0]) >= last_unit - 1 else found[0]
        found = (name, places[-1][0])
    if found is None:
        return None
    # "Cairn" after "Cairn Energy": the whole name
    longer = [n for n in seen.keys() | known if n.startswith(found[0] + " ") and company(n)]
    return max(longer, key=len, default=found[0])
