"""Articles that mix languages paragraph by paragraph (an English report quoting a
Russian statement in full, a Russian article with an English summary): each paragraph
gets the rules of its own language. Language-neutral: any two registered languages."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .document import Document
from .hedges import HedgeWords
from .languages import LanguageRules, rules_for
from .model import Candidate
from .sentences import paragraph_spans

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable

# four words in a row in one script: a stray name or acronym in the other script
# ("Reuters", "ЕС") does not make a paragraph of another language. Written "[x][x]*",
# not "[x]+": a pattern that opens with a character class lets the regex engine skip
# to a candidate letter in C (these run over every article)
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff]*(?:[^\w\n]+[\u0400-\u04ff]+){3}")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z]*(?:[^\w\n]+[A-Za-z]+){3}")


def per_paragraph_rules(text: str, rules: LanguageRules) -> LanguageRules:
    """``rules`` when every paragraph is in its language (nearly always: one fast test),
    else rules that run each language's shapes over its own paragraphs only, resolve
    speakers with the resolver of the claim's paragraph and know both hedge lists."""
    if not _CYRILLIC_RUN.search(text) or not _LATIN_RUN.search(text):
        return rules
    langs: dict[int, LanguageRules] = {}
    for ps, pe in paragraph_spans(text):
        langs[ps] = rules_for(text[ps:pe])
    used = {r.code: r for r in langs.values()}
    if set(used) <= {rules.code}:
        return rules
    used.setdefault(rules.code, rules)
    para_code = {ps: r.code for ps, r in langs.items()}

    def only_in(code: str, shape):
        def run(doc: Document) -> list[Candidate]:
            return [
                c for c in shape(doc) if para_code.get(doc.para_of(c.start)[0], rules.code) == code
            ]

        return run

    shapes = tuple(only_in(code, shape) for code, r in used.items() for shape in r.shapes)
    hedges = [r.hedges for r in used.values()]
    merged = HedgeWords(
        frozenset().union(*(h.cues for h in hedges)),
        re.compile("|".join(f"(?:{h.pattern.pattern})" for h in hedges), re.IGNORECASE),
        tuple(s for h in hedges for s in h.stems),
    )

    def resolver(doc: Document, aliases: AliasTable):
        return _ByParagraph(
            {code: r.resolver(doc, aliases) for code, r in used.items()}, para_code, rules.code
        )

    relay_steps = [r.relays for r in used.values() if r.relays is not None]

    def relays(doc: Document, cands: list[Candidate]) -> list[Candidate]:
        for step in relay_steps:
            cands = step(doc, cands)
        return cands

    return LanguageRules(rules.code, shapes, merged, resolver, relays if relay_steps else None)


class _ByParagraph:
    """The resolver of the language of the paragraph a claim is in; every resolver
    hears of every claim, so a pronoun can refer to a speaker of the other language."""

    def __init__(self, resolvers: dict, para_code: dict[int, str], default: str) -> None:
        self.resolvers = resolvers
        self.starts = sorted(para_code)
        self.para_code = para_code
        self.default = default

    def _for(self, pos: int):
        k = bisect_right(self.starts, pos) - 1
        code = self.para_code[self.starts[k]] if k >= 0 else self.default
        return self.resolvers.get(code) or self.resolvers[self.default]

    def resolve(self, surface: str, pos: int) -> str | None:
        return self._for(pos).resolve(surface, pos)

    def source(self, surface: str, pos: int) -> str | None:
        return self._for(pos).source(surface, pos)

    def note(self, speaker: str | None, surface: str | None, pos: int) -> None:
        for r in self.resolvers.values():
            r.note(speaker, surface, pos)
