"""Russian claims: the attribution after a dash, ``post_dash`` (called by
``ru_shape_cue`` for a reporting verb right after a dash): of the quote before it
("«...», — сказал X."), of a dialogue line ("— ..., — сказала она. — ..."), or splitting
one quote ("«..., — сказал он. — ...»"); "— цитирует X агентство" quotes X; "—
говорится в заявлении X" is X's statement; "— говорят в кулуарах" names no one."""

from __future__ import annotations

import re
from bisect import bisect_right

from .document import MAX_UNIT, Document
from .model import Candidate, Role, Span
from .ru_lexicon import (
    DASH_BELIEF,
    PASSIVE_CUES,
    POSSESSIVES,
    QUOTING_VERBS,
    ROLE_HEADS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from .ru_nominative import oblique_name
from .ru_speakers import (
    _DASHES,
    _QUOTE_CLOSE,
    _WORD,
    GIVEN_STEMS,
    _back_ws,
    _has_words,
    _skip_ws,
    speaker_after,
    subject_before,
)
from .ru_subject import final_name
from .ru_text import folded, stem
from .text import trim

_ROLE_STEMS = frozenset(stem(w) for w in ROLE_HEADS)


def _quoted_person(doc: Document, ve: int, pe: int) -> tuple[int, int]:
    """The object of "цитирует": a name (a given name and a surname, or one word) or
    "его"/"её", before the outlet that quotes."""
    t, ft = doc.t, folded(doc)
    j = _skip_ws(t, ve, pe)
    first = _WORD.match(ft, j, pe)
    while first is not None and first.group() in _ADVERBS:
        first = _WORD.match(ft, _skip_ws(t, first.end(), pe), pe)  # "цитировала тогда его"
    if first is None:
        return -1, -1
    if first.group() in POSSESSIVES:
        return first.span()
    nxt = _WORD.match(ft, _skip_ws(t, first.end(), pe), pe)
    if not t[first.start()].isupper():
        if stem(first.group()) not in _ROLE_STEMS:
            return _name_after_outlet(doc, first.start(), pe)
        # "цитирует министра агентство": the role (and the name after it) is quoted
        return first.start(), nxt.end() if nxt and t[nxt.start()].isupper() else first.end()
    if nxt and t[nxt.start()].isupper() and stem(first.group()) in GIVEN_STEMS:
        return first.start(), nxt.end()  # "Александра Лукашенко"
    return first.span()


_ADVERBS = frozenset(("тогда", "также", "ранее", "позже", "вновь", "снова"))
# "белорусское агентство БелТА", "телеканал ОНТ": the outlet that quotes, first
_OUTLET_FIRST = re.compile(
    r"(?:[а-яё]+(?:ое|ий|ый|ая)\s+)?(?:агентство|издание|телеканал|газета|портал|сайт)"
    r"\s+(?:«[^«»]{1,30}»|[А-ЯЁA-Z][\w.-]*)\s+"
)
# a full name in the accusative at the end of the object ("... Антона Бычковского")
_NAME_PAIR = re.compile(r"([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё-]+)(?=\s*[.,!?]|\s*$)")


def _name_after_outlet(doc: Document, i: int, pe: int) -> tuple[int, int]:
    """ "— цитирует белорусское агентство БелТА начальника пресс-службы X Антона
    Бычковского": past the outlet, the person's full name that ends the sentence."""
    t = doc.t
    m = _OUTLET_FIRST.match(t, i, pe)
    if m is None:
        return -1, -1
    end = min(pe, *(k for k in (t.find(c, m.end(), pe) for c in ".!?") if k >= 0), pe)
    for pair in _NAME_PAIR.finditer(t, m.end(), end + 1):
        given = stem(pair.group(1)) in GIVEN_STEMS or oblique_name(pair.group(1), pair.group(2))
        if given and len(t[m.end() : pair.start()].split()) <= 6:
            return pair.start(), pair.end()
    return -1, -1


# from the end of the speaker phrase to the dash that resumes the quote: a short tail of
# the attribution may come first ("— сказал Олег из Пинска. — ...", "— признался “Ъ”
# собеседник в правительстве. — ...", "в разговоре с «Зеркалом»"), but no clause of its
# own (no comma) and no quote but an outlet's short title
_TAIL_TO_DASH = re.compile(
    r"(?:[^.,!?«»\"“”„—–\n]|«[^«»\n]{1,30}»|“[^“”\n]{1,30}”){0,60}?"
    # a participle's clause after the speaker: "— ответила женщина, попросившая не
    # называть ее имени. — ..."
    r"(?:,\s*[а-яё]+(?:вш|ющ|ящ|ущ|ащ)[а-яё]*[^.,!?«»\"“”„—–\n]{0,50})?"
    r"[.,]\s*[—–-]\s*"
)


def post_dash(
    doc: Document, dash: int, j: int, vs: int, ve: int, cue: str, w: str, q_in, ps: int, pe: int
) -> Candidate | None:
    """The attribution after a dash: of the quote before it, of a dialogue line, or
    splitting one quote ("«..., — сказал он. — ...»")."""
    t = doc.t
    if w in PASSIVE_CUES:
        a, b, over = statement_source(doc, ve, pe) if w == "говорится" else (-1, -1, None)
        b_end = b if a >= 0 else ve
        if w == "говорится" and a < 0:
            m = _OWNERLESS.match(folded(doc), ve, pe)
            if m is None or m.group(1) not in STATEMENT_NOUNS:
                return None
            over, b_end = t[vs : m.end(1)], m.end(1)  # "«...», — говорится в сообщении."
            a, b = _message_author(doc, m.group(1), vs)
    elif w in QUOTING_VERBS:
        a, b = _quoted_person(doc, ve, pe)
        if a < 0:
            return None
        over, b_end = None, b
    else:
        a, b, over = speaker_after(doc, ve, pe, (SPEECH_VERBS.get(w) or DASH_BELIEF.get(w)) == "pl")
        if SPEECH_VERBS.get(w) == "pl" and (
            _RUMOUR.match(folded(doc), ve, pe) or _TOLD_THEM.match(folded(doc), ve, pe)
        ):
            # "— говорят в кулуарах министерства", "— говорят в деревне", "— сообщили
            # им": where it is said or who was told, no one named
            a, b, over = -1, -1, None
        elif a < 0:
            return None
        b_end = b if a >= 0 else ve
    cand_cue = over or cue

    def claim(s: int, e: int, gap: Span | None, role: Role, kind: str | None) -> Candidate:
        return Candidate(s, e, cand_cue, vs, ve, a, b, 0, gap=gap, role=role, kind=kind)

    # the quote split by its attribution: the attribution lies inside one quote
    if q_in is not None and q_in.start < dash:
        m = _TAIL_TO_DASH.match(t, b_end, q_in.end)
        if m is None:
            return None
        return claim(q_in.start, q_in.end, Span(dash, m.end()), "paren", "direct")
    # the quote just before the dash ("«...», —", "«...?» —")
    qe = _back_ws(t, j - 1, ps) if t[j - 1] == "," else j
    if qe > ps and t[qe - 1] in _QUOTE_CLOSE:
        q = doc.quote_at(qe - 1)
        if q is None or not q.closed or q.end != qe:
            return None
        end, gap = q.end, None
        m = _TO_NEXT_QUOTE.match(t, b_end, pe)
        if m is not None:
            q2 = doc.quote_starting(m.end())
            if q2 is not None and q2.closed and not _OWN_ATTRIBUTION.match(t, q2.end):
                end, gap = q2.end, Span(q.end, q2.start)  # "«...», — сказал он. — «...»"
        return claim(q.start, end, gap, "post", "direct" if gap else None)
    # a dialogue line: the paragraph, or a sentence after the narration, opens with a
    # dash ("Латушка выступіў у Варшаве. — Мы не здамося, — сказаў ён.")
    ps = _dialogue_start(doc, ps, j)
    if t[ps] in _DASHES and ps + 1 < j < ps + MAX_UNIT:
        s, e = trim(t, ps + 1, j)
        m = _TAIL_TO_DASH.match(t, b_end, pe)
        goes_on = m is not None and m.end() < pe and "\n" not in t[b_end : m.end()]
        if not _has_words(t, s, e, 1 if goes_on else 2):
            return None  # (one word if the line goes on: "— Мы, — сказал он, — ...")
        if m is not None and goes_on:
            # the line goes on after its attribution: up to the next attribution or the end
            nxt = _NEXT_ATTRIBUTION.search(t, m.end(), min(pe, m.end() + MAX_UNIT))
            end = nxt.start() if nxt else pe
            _, e2 = trim(t, m.end(), end)
            if e2 > m.end():
                return claim(s, e2, Span(j, m.end()), "paren", "direct")
        return claim(s, e, None, "post", "direct")
    return None


# after the attribution, the next quote of the same speaker: "«...», — сказал он. — «...»"
_TO_NEXT_QUOTE = re.compile(r"\s*[.,]\s*[—–-]?\s*(?=[«„“\"])")
# a dialogue line's next attribution: ", — "
_NEXT_ATTRIBUTION = re.compile(r",\s*[—–-]\s")


# where rumours are heard, not who says them: "— говорят в кулуарах X"
_RUMOUR = re.compile(
    r"\s+(?:в|во|на)\s+(?:кулуарах|коридорах|деревне|деревнях|селе|поселке|городке|"
    r"агрогородке|микрорайоне|округе|районе|рынке|улицах|соцсетях)(?![\w-])"
)
# the indefinite "сообщили им", "объяснили нам": the ones told, nobody who tells
_TOLD_THEM = re.compile(r"\s+(?:им|нам|мне|ему|ей|вам)(?=\s*[.,!?;]|\s*$)")
# a quote followed by its own dash attribution ("«...», — сказал X"): not a continuation
_OWN_ATTRIBUTION = re.compile(r"[,!?…]?\s*[—–-]\s*[^\W\d_]")


def _dialogue_start(doc: Document, ps: int, j: int) -> int:
    """Where the dialogue line ending at ``j`` opens: the paragraph start, or the last
    dash after a finished sentence before ``j`` (looked for within one unit's length)."""
    t = doc.t
    nl = t.rfind("\n", ps, j)
    if nl >= 0 and t[nl + 1 : j].lstrip(" ")[:1] in tuple(_DASHES):
        return nl + 1 + len(t[nl + 1 : j]) - len(t[nl + 1 : j].lstrip(" "))  # a line's own dash
    if t[ps] in _DASHES:
        return ps
    last = None
    for m in _DIALOGUE_OPEN.finditer(t, max(ps, j - MAX_UNIT), j):
        last = m
    return last.start(1) if last is not None else ps


_DIALOGUE_OPEN = re.compile(r"[.!?…]\s+([—–])\s")


# "говорится в сообщении." with no owner: the statement's words, its speaker unnamed
_OWNERLESS = re.compile(r"\s+(?:в|во|ў)\s+([\w-]+)(?=\s*[.!?]|\s*$)")


def statement_source(doc: Document, ve: int, pe: int) -> tuple[int, int, str | None]:
    """ "говорится в заявлении X": the phrase X."""
    ft = folded(doc)
    m = re.compile(r"\s+(?:в|во|ў)\s+([\w-]+)\s+").match(ft, ve, pe)
    if m is None or m.group(1) not in STATEMENT_NOUNS:
        return -1, -1, None
    a, b, over = speaker_after(doc, m.end(), pe)
    if a < 0:
        return -1, -1, None
    return a, b, doc.t[ve - len("говорится") : m.end(1)]


# "X обратился к верующим с рождественским посланием": who made the message
_MADE_WITH = re.compile(
    r"(?<![\w-])([а-яё]+(?:л|лся|ла|лась))\s+(?:[^.!?\n]{0,60}?\s)?с\s+(?:[а-яё]+\s+){0,2}"
    r"(посланием|обращением|заявлением|письмом)(?![\w-])"
)
_MESSAGE_OF = {
    "послании": "посланием",
    "обращении": "обращением",
    "заявлении": "заявлением",
    "письме": "письмом",
}


def _message_author(doc: Document, noun: str, vs: int) -> tuple[int, int]:
    """ "«...», — говорится в послании." after "X обратился к верующим с посланием"
    (the sentence before, in this paragraph or the one before): X; else (-1, -1)."""
    want = _MESSAGE_OF.get(noun)
    k = doc.unit_index(vs)
    if noun == "сообщении" and k >= 1:
        return _press_service_before(doc, k)
    if want is None or k < 1:
        return -1, -1
    for j in (k - 1, k):
        us, ue = doc.units[j]
        if j == k - 1 and k >= 2 and ue - us < 3:
            continue
        m = _MADE_WITH.search(folded(doc), us, min(ue, vs))
        if m is not None and m.group(2) == want:
            a, b, _ = subject_before(doc, us, m.start(1), False)
            return (a, b) if a >= 0 and doc.t[a].isupper() else (-1, -1)
    return -1, -1


# "Об этом сообщила пресс-служба Кремля.": whose the message is (folded text)
_PRESS_SAID = re.compile(
    r"(?<![\w-])(?:сообщил[аои]?|заявил[аои]?|сообщает|сообщают)\s+"
    r"(пресс-служб[аеы]\s+[^\s.,;:!?]+(?:\s+[^\s.,;:!?]+){0,3})\s*[.!]"
)


def _press_service_before(doc: Document, k: int) -> tuple[int, int]:
    """ "«...», — говорится в сообщении." after "Об этом сообщила пресс-служба X." in
    the unit before (or the one before it, in the paragraph before at most): that press
    service; else (-1, -1)."""
    pk = bisect_right(doc.para_starts, doc.units[k][0])
    for j in (k - 1, k - 2):
        if j < 0 or bisect_right(doc.para_starts, doc.units[j][0]) < pk - 1:
            break
        us, ue = doc.units[j]
        m = _PRESS_SAID.search(folded(doc), us, ue)
        if m is not None:
            return m.start(1), m.end(1)
    return -1, -1


# "«...», — так в МИД прокомментировали ...": a dash, "так", then the subject, if any
_DASH_SO = re.compile(r"[,!?…]\s*[—–-]\s+так((?:\s+[^\s,.:;!?«»—–]+){0,5})\s+$")


def so_after_dash(
    doc: Document, us: int, vs: int, ve: int, ue: int, cue: str, plural: bool
) -> Candidate | None:
    """ "«Это провокация», — так в МИД прокомментировали задержание": the quote before
    the dash, said by the subject after "так" or, with none, the name after the verb
    ("— так прокомментировал решение министр X")."""
    t, ft = doc.t, folded(doc)
    m = _DASH_SO.search(ft, max(us, vs - 80), vs)
    if m is None or m.group(1).split()[:1] in (["и"], ["же"]):
        return None  # ("— так и сказал": a manner, not this shape)
    q = doc.quote_at(_back_ws(t, m.start() + (t[m.start()] != ","), us) - 1)
    if q is None or not q.closed or q.start < us or t[q.end : m.start() + 1].strip(",!?…"):
        return None
    if m.group(1).strip():
        a, b = _skip_ws(t, m.start(1), vs), _back_ws(t, vs, us)
    else:
        a, b, _ = speaker_after(doc, ve, ue, plural)
        fa, fb = final_name(t, a, ue) if a >= 0 and t[b:ue].strip(" .!?…") else (-1, -1)
        a, b = (fa, fb) if fa >= 0 else (a, b)
    if a < 0:
        return None
    return Candidate(q.start, q.end, cue, vs, ve, a, b, 1, role="post", kind="direct")
