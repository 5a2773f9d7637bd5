"""Russian claim shapes ``source_claims`` (``по словам X, ...``, ``по данным X``,
``паводле X`` at the start, in the middle or at the end of a sentence) and
``colon_claims`` (the headline style ``X: «...»``). Linear in the text.
"""

from __future__ import annotations

import re

from .document import Document
from .model import Candidate, Span
from .ru_lexicon import (
    PASSIVE_CUES,
    POSSESSIVES,
    ROLE_HEADS,
    SOURCE_PHRASES,
    SPEECH_VERBS,
)
from .ru_speakers import (
    _WORD,
    GIVEN_STEMS,
    _back_ws,
    _has_words,
    _skip_ws,
    cyrillic_para,
    speaker_after,
)
from .ru_text import folded, stem
from .text import trim

# ---------------------------------------------------------------------------------------
# "по словам X"
# ---------------------------------------------------------------------------------------
_SOURCE_RE = re.compile(
    r"(?<![\w-])(?:по\s+(?:(его|ее|их)\s+)?(?:словам|данным|информации|сведениям|утверждению|"
    r"версии|мнению|оценке|оценкам|прогнозу|подсчетам|расчетам)|"
    r"паводле\s+(яго|яе|іх)\s+слоў|паводле|па\s+(?:(яго|яе|іх)\s+)?(?:словах|дадзеных)|"
    # no source named: "По неподтвержденным данным, ..."
    r"по\s+(?P<bare>(?:неподтвержденн|неофициальн|предварительн)(?:ым|ой)|непроверенным)"
    r"\s+(?:данным|информации))"
    r"(?![\w-])"
)


def source_claims(doc: Document) -> list[Candidate]:
    ft = folded(doc)
    out: list[Candidate] = []
    if "по" not in ft and "па" not in ft:
        return out
    for m in _SOURCE_RE.finditer(ft):
        if not cyrillic_para(doc, m.start()):
            continue
        c = _from_source(doc, m)
        if c is not None:
            out.append(c)
    return out


# a dialogue line after the sentence, in the same unit: "... за тонну. — Это ..."
_DASH_LINE = re.compile(r"[.!?…]\s+[—–]\s")


# an unnamed source and the place it works in, up to the comma: "источника в силовых
# структурах", "собеседника в правительстве"
_SOURCE_NOUNS = ("источник", "собеседник", "сотрудник", "представител")
_SOURCE_PLACE = re.compile(r"\s+(?:в|во|на)\s+[^,.;:!?«»\n]{2,50}?(?=,)")


# where the speaker is from, after a name: "По словам Марины из Пинска, ..."
_FROM_PLACE = re.compile(r"\s+из\s+[А-ЯЁ][\w-]+(?=\s*[,.!?])")


# a body whose name goes on with "по": "Министерства по чрезвычайным ситуациям",
# "Комитета по делам молодежи" (folded)
_BODY_HEADS = ("министерства", "комитета", "управления", "департамента", "агентства")
_BODY_SCOPE = re.compile(r"\s+по\s+[а-яе-]+(?:\s+(?:и\s+)?[а-яе-]+){0,4}(?=\s*[,.!?])")


def _from_source(doc: Document, m: re.Match) -> Candidate | None:
    t, ft = doc.t, folded(doc)
    cs, ce = m.span()
    q = doc.quote_at(cs)
    if q is not None and q.closed:
        return None
    unit = doc.readable_unit(cs)
    if unit is None:
        return None
    us, ue = unit
    pron = next((g for g in (1, 2, 3) if m.group(g)), 0)
    if pron:  # "по его словам": the possessive is the speaker
        a, b = m.span(pron)
    elif m.group("bare"):
        a, b = -1, -1  # "По неподтвержденным данным, ...": reported by no one named
    else:
        a, b, _ = speaker_after(doc, ce, ue)
        if a < 0:
            return None
        if ft.startswith(_SOURCE_NOUNS, a):
            place = _SOURCE_PLACE.match(t, b, ue)
            if place is not None:
                b = place.end()  # "источника «Зеркала» в силовых структурах": where it is
    words = tuple(w for w in m.group().split() if w not in POSSESSIVES)
    hedged = SOURCE_PHRASES.get(words, False)
    extra = (" ".join(t[cs:ce].split()),) if hedged else ()
    cue = " ".join(t[cs:ce].split())
    lead = t[us:cs].strip()
    after = _skip_ws(t, max(b, ce), ue)
    origin = _FROM_PLACE.match(t, max(b, ce), ue) if a >= 0 else None
    if origin is not None:
        after = _skip_ws(t, origin.end(), ue)  # "По словам Андрея из Лиды, ...": his town
    scope = _BODY_SCOPE.match(ft, b, ue) if a >= 0 and ft[a:b].endswith(_BODY_HEADS) else None
    if scope is not None:
        b = scope.end()  # "по данным Министерства по чрезвычайным ситуациям": its name
        after = _skip_ws(t, b, ue)
    if not lead or ft[us:cs].strip() in ("и", "а", "но", "однако"):
        # "По словам X, CONTENT."
        if after >= ue or t[after] != ",":
            return None
        line = _DASH_LINE.search(t, after, ue)  # "..., X. — Это плата, — объясняет он."
        s, e = trim(t, after + 1, line.start() + 1 if line else ue)
        if not _has_words(t, s, e, 2):
            return None
        return Candidate(s, e, cue, cs, ce, a, b, 1, role="acc", hedge_extra=extra)
    if lead.endswith(","):
        comma = _back_ws(t, cs, us) - 1
        if after < ue and t[after] == ",":
            # "CONTENT, по словам X, CONTENT."
            s, e = trim(t, us, ue)
            return Candidate(
                s,
                e,
                cue,
                cs,
                ce,
                a,
                b,
                1,
                role="acc",
                gap=Span(comma, after + 1),
                hedge_extra=extra,
            )
        if after >= ue or t[after] in ".!?":
            # "CONTENT, по словам X."
            s, e = trim(t, us, comma)
            if not _has_words(t, s, e, 3):
                return None
            return Candidate(s, e, cue, cs, ce, a, b, 1, role="acc", hedge_extra=extra)
    return None


# ---------------------------------------------------------------------------------------
# "X: «...»"
# ---------------------------------------------------------------------------------------
def colon_claims(doc: Document) -> list[Candidate]:
    """The headline style: a name, a colon, a quote (no reporting verb); also the
    Telegram repost "Лукашенко о санкциях:" with the quote as the next paragraph."""
    t = doc.t
    out = []
    for us, _ue, qs in doc.quoted_units():
        q = qs[0]
        if not q.closed or t[q.start] not in '«„“"':
            continue
        head_end = _back_ws(t, q.start, us)
        if head_end <= us or t[head_end - 1] != ":":
            continue
        if not cyrillic_para(doc, us):
            continue
        c = _colon_head(doc, us, head_end, q.start, q.end)
        if c is not None:
            out.append(c)
    for k, (ps, pe) in enumerate(doc.paras[:-1]):
        head_end = _back_ws(t, pe, ps)
        if head_end - ps > 80 or head_end <= ps or t[head_end - 1] != ":":
            continue
        nps = doc.paras[k + 1][0]
        nq = doc.quote_starting(nps)
        if nq is None or not nq.closed or t[nps] not in "«„“" or not cyrillic_para(doc, ps):
            continue
        c = _colon_head(doc, ps, head_end, nq.start, nq.end)
        if c is not None:
            out.append(c)
    return out


def _colon_head(doc: Document, us: int, head_end: int, qs: int, qe: int) -> Candidate | None:
    """The candidate of "HEAD: «...»" when HEAD names someone: capitalised words (a name,
    a role and a name), or a name and "о" + the topic ("Лукашенко о санкциях")."""
    t, ft = doc.t, folded(doc)
    words = [(mm.group(), mm.start(), mm.end()) for mm in _WORD.finditer(ft, us, head_end - 1)]
    if not 0 < len(words) <= 8 or not t[words[0][1]].isupper():
        return None
    if any(x[0] in SPEECH_VERBS or x[0] in PASSIVE_CUES for x in words):
        return None
    topic = next((i for i, x in enumerate(words) if x[0] in _ABOUT), -1)
    occasion = next((i for i, x in enumerate(words) if x[0] in _AT), -1)
    if occasion > 0 and (topic < 0 or occasion < topic):
        # "Глава государства на совещании: «...»", "Лукашенко на форуме: «...»": the
        # one who speaks before the occasion, a person named or a role
        words = words[:occasion]
        if words[0][0] not in ROLE_HEADS and not _is_person_named(t[words[0][1] : words[-1][2]]):
            return None
    elif topic > 0:
        # "Лукашенко о санкциях": a person before the topic ("Новости о санкциях" is none)
        words = words[:topic]
        if not _is_person_named(t[words[0][1] : words[-1][2]]):
            return None
    elif len(words) > 1 and not any(t[s].isupper() for _, s, _ in words[1:]):
        return None
    return Candidate(
        qs, qe, ":", head_end - 1, head_end, words[0][1], words[-1][2], 2, role="colon"
    )


_ABOUT = frozenset(("о", "об", "про", "пра"))
_AT = frozenset(("на", "в", "во", "после", "перед", "при", "ў"))


def _is_person_named(name: str) -> bool:
    """A person of the bundled alias table in any case form, or a given name and a
    surname."""
    from belreader.aliases import default_table

    from .ru_resolve import person_any_form

    words = name.split()
    if person_any_form(default_table(), name):
        return True
    return 2 <= len(words) <= 3 and stem(words[0]) in GIVEN_STEMS and words[-1][:1].isupper()
