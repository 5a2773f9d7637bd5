"""Russian claim shape ``cue_claims``: a reporting verb in any gender and number, wherever
it stands: ``X заявил, что ...`` / ``X подчеркнул: «...»`` / ``«...», — сказал X.`` /
``«..., — сказал X. — ...»`` (a quote split by its attribution) / a dialogue dash
``— ..., — заявила она. — ...`` / ``..., заявил X.`` / ``Как сообщает X, ...`` /
``Об этом сообщил X.`` (the sentence before) / ``Сообщается, что ...`` (no speaker) /
``«...», — говорится в заявлении X``. Linear in the text, as ``ru_speakers`` says.
"""

from __future__ import annotations

import re

from .document import MAX_UNIT, Document
from .model import Candidate, Span
from .ru_content import THAT_AFTER, colon_after, content_after, coordinated_cue, that_after
from .ru_lexicon import (
    DASH_BELIEF,
    FEMALE_NAMES,
    GERUND_CUES,
    HABIT_BEFORE,
    INFINITIVE_CUES,
    MALE_NAMES,
    PASSIVE_CUES,
    PRONOUNS,
    QUOTING_VERBS,
    RELAY_VERBS,
    ROLE_HEADS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from .ru_outlets import is_outlet
from .ru_shape_dash import post_dash, so_after_dash, statement_source
from .ru_speakers import (
    _CYR_WORD,
    _DASHES,
    _PREPS,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _WORD,
    GIVEN_STEMS,
    _back_ws,
    _has_words,
    _skip_ws,
    attributed_speaker,
    cyrillic_para,
    speaker_after,
    subject_before,
)
from .ru_subject import final_name, told_after_so
from .ru_text import folded, stem
from .text import trim


# ---------------------------------------------------------------------------------------
# reporting verbs
# ---------------------------------------------------------------------------------------
def cue_claims(doc: Document) -> list[Candidate]:
    ft = folded(doc)
    out: list[Candidate] = []
    for m in _CYR_WORD.finditer(ft):
        w = m.group()
        if w in INFINITIVE_CUES:
            h = HABIT_BEFORE.search(ft, max(0, m.start() - 30), m.start())
            if h is not None and cyrillic_para(doc, m.start()):
                # "Чиновники любят повторять, что ...": the habit verb's subject speaks
                plural = h.group(1).endswith(("ют", "ли", "ят"))
                c = _from_verb(doc, h.start(1), m.end(), "говорят" if plural else "говорит")
                if c is not None:
                    out.append(c)
            continue
        if w in _MADE and _MADE_LEAD.search(ft, max(0, m.start() - 30), m.start()):
            # "Такое заявление сделал журналистам X": as "Об этом заявил X"
            if cyrillic_para(doc, m.start()):
                c = _from_verb(doc, m.start(), m.end(), _MADE[w])
                if c is not None:
                    out.append(c)
            continue
        if (
            w not in SPEECH_VERBS
            and w not in PASSIVE_CUES
            and w not in GERUND_CUES
            and w not in QUOTING_VERBS
            and w not in DASH_BELIEF
        ):
            continue
        if not cyrillic_para(doc, m.start()):
            continue
        c = _from_verb(doc, m.start(), m.end(), w)
        if c is not None:
            out.append(c)
    return out


def _from_verb(doc: Document, vs: int, ve: int, w: str) -> Candidate | None:
    t, ft = doc.t, folded(doc)
    k = doc.unit_index(vs)
    if k < 0:
        return None
    us, ue = doc.units[k]
    if ue - us > MAX_UNIT:
        return None  # scraped text without sentence ends
    ps, pe = doc.para_of(vs)
    cue = t[vs:ve]
    if ft.startswith(" внимание", ve):
        cue = t[vs : ve + len(" внимание")]  # "обратил внимание": the cue as BelTA writes it
    gender = SPEECH_VERBS.get(w) or DASH_BELIEF.get(w)
    plural = gender == "pl"
    before = _back_ws(t, vs, us)
    adverb = _DASH_ADVERB.search(ft, max(us, vs - 24), vs)
    if adverb is not None:
        before = _back_ws(t, adverb.start(1), us)  # "«...», — коротко ответил он"
    prev = t[before - 1] if before > us else ""
    q_in = doc.quote_at(vs)
    if q_in is not None and not q_in.closed:
        q_in = None
    so = so_after_dash(doc, us, vs, ve, ue, cue, plural) if prev and w in SPEECH_VERBS else None
    if so is not None:
        return so  # "«...», — так в МИД прокомментировали ..."
    # --- "«...», — сказал X." / "— ..., — сказала она. — ..." -------------------------
    if prev and prev in _DASHES:
        dash = before - 1
        j = _back_ws(t, dash, ps)
        if not (j > ps and t[j - 1] in ",!?…" + _QUOTE_CLOSE):
            return None
        c = post_dash(doc, dash, j, vs, ve, cue, w, q_in, ps, pe)
        if c is not None or w not in RELAY_VERBS or t[j - 1] != ",":
            return c
        before, prev = j, ","  # "..., — сообщает БелТА.": as "..., сообщает БелТА."
    if w in DASH_BELIEF and not (vs - us < 12 and ft[us:vs].strip() in ("как", "як")):
        return None  # but "Как считает X, ...": X's view, as "по мнению X"
    if w in PASSIVE_CUES:
        return _passive(doc, vs, ve, cue, w, us, ue, prev)
    if q_in is not None or w in QUOTING_VERBS:
        return None  # a verb inside someone's quoted words; "цитирует" after a dash only
    if w in GERUND_CUES:
        return _from_gerund(doc, vs, ve, cue, us, ue, prev)
    # --- "Как сообщает X, ..." ------------------------------------------------------
    lead = ft[us:vs].strip() if vs - us < 80 else ""
    if lead in ("как", "как уже", "як", "як ужо"):
        a, b, over = speaker_after(doc, ve, ue, plural)
        if a < 0:
            a, b = _speaker_after_place(doc, ve, ue)
        if a < 0:
            return None
        comma = t.find(",", b, ue)
        if comma >= 0 and _name_tail(t, b, comma):
            b = comma  # "Как сообщил министр сельского хозяйства и продовольствия X, ..."
        elif comma >= 0 and _REGION_TAIL.fullmatch(t, b, comma):
            b = comma  # "Как сообщили в пресс-службе ГУ МВД по Петербургу и Ленобласти, ..."
        if comma < 0 or (t[b:comma].strip(" »") and not _OCCASION.fullmatch(ft, b, comma)):
            return None
        s, e = trim(t, comma + 1, ue)
        if not _has_words(t, s, e, 3):
            return None
        # prio 1 and not cut short: a claim reported inside ("Как передает ТАСС, X
        # сказал, что ...") wins
        via = _outlet_citing(t, ve, a, over)
        return Candidate(s, e, t[us:ve], us, ve, a, b, 1, role="acc", via=via)
    # --- "X, как сообщает Y, REST" : Y's report of the whole sentence -----------------
    if vs - us < 200 and prev and w not in GERUND_CUES:
        mid = _MID_AS.search(ft, max(us, vs - 12), vs)
        if mid is not None and mid.end() == vs and _has_words(t, us, mid.start(), 1):
            if ft[us : mid.start()].strip() in ("об этом", "пра гэта"):
                return None  # "Об этом, как передает X, заявил Y": Y's claim, the relay's
            return _mid_source(doc, us, ue, mid.start(), ve, cue, plural)
    # --- "«...». Так прокомментировал ситуацию X." : the quote before ------------------
    if (lead == "так" or told_after_so(lead)) and k > 0:
        return _so_said(doc, k, vs, ve, cue, ue, plural)  # (also "Так «Белсату» ...")
    # --- "Об этом сообщил X." : the sentence before ---------------------------------
    if lead.startswith(("об этом", "пра гэта", *_STATEMENT_LEADS)) and vs - us < 80:
        # "Об этом он заявил рабочим": a speaker before the verb; else after it
        a, b, over = subject_before(doc, us, vs, plural)
        if lead.startswith(_STATEMENT_LEADS) and a >= 0 and ft[a:b].startswith(_STATEMENT_LEADS):
            a = -1  # "Такое заявление сделал X": the statement is no speaker
        if a < 0 or not (t[a].isupper() or ft[a:b] in PRONOUNS) or is_outlet(t, ft, a, b):
            # "Об этом РБК сообщили два источника": an outlet before the verb was told
            a2, b2, over2 = speaker_after(doc, ve, ue, plural)
            if a2 >= 0 or a < 0 or not is_outlet(t, ft, a, b):
                a, b, over = a2, b2, over2
        if a < 0 or k == 0:
            return None
        pus, pue = doc.units[k - 1]
        s, e = trim(t, pus, pue)
        if not _has_words(t, s, e, 2) or _opens_with_quote(doc, s, e):
            return None
        return Candidate(s, pue, over or cue, vs, ve, a, b, 1, role="post")
    # --- "..., заявил президент X." ---------------------------------------------------
    if prev == "," and not that_after(ft, ve, ue) and not colon_after(t, ve, ue):
        a, b, over = speaker_after(doc, ve, ue, plural)
        if a < 0:
            return None
        rest = t[b:ue].strip()
        split = _split_by_cue(doc, us, ue, before, b, w)
        if split is not None:
            s, e, s2 = split  # "Вопрос об экстрадиции, уточнили в ведомстве, будет решать ..."
            return Candidate(
                s, e, over or cue, vs, ve, a, b, 0, gap=Span(before - 1, s2), role="paren"
            )
        if (
            rest
            and rest[0] not in ".!?"
            and not _only_modifiers(ft, b, ue)
            and not _RELATIVE_AFTER.match(ft, b)
        ):
            return None
        s, e = trim(t, us, before - 1)
        dateline = _DATELINE.match(t, s, e)
        if dateline is not None:
            s = dateline.end()  # "ИНТЕРФАКС - Власти освободили ...": the wire's dateline
        if not _has_words(t, s, e, 2) or t[s] in _DASHES:
            return None
        if _PARENTHETICAL.fullmatch(ft, t.rfind(",", s, e) + 1, e):
            return None  # "Президент, в свою очередь, отметил рост ...": the subject, no claim
        if _SOURCE_ASIDE.match(ft, t.rfind(",", s, e) + 1, e):
            return None  # "Посол, по словам министра, пообещал содействие": an aside
        via = _outlet_citing(t, ve, a, over)
        return Candidate(s, e, over or cue, vs, ve, a, b, 0, role="post", via=via)
    # --- "X заявил, что ..." / "X подчеркнул: «...»" / "X призвал Y ..." ---------------
    content = content_after(doc, ve, ue, ps, pe, w)
    if content is None:
        return None
    s, e, kind = content
    sv = vs
    if ft[max(us, vs - 3) : vs] == "не " and (vs - 3 == us or not ft[vs - 4].isalpha()):
        sv = vs - 3  # "Министр не исключил, что": the subject ends before "не", the cue has it
        cue = t[sv:ve]
    a, b, over = subject_before(doc, us, sv, plural)
    if a >= 0 and w.startswith(_ACCUSE) and plural and ft.startswith(("в ", "во "), s):
        # "Журналиста обвинили в экстремизме": the accused stands first, no accuser named
        return None
    if a < 0 and not ft[us:sv].strip():
        return _verb_first(doc, s, e, kind, cue, vs, ve, plural)
    if a < 0:
        return None
    return Candidate(s, e, over or cue, vs, ve, a, b, 0, role="pre", kind=kind)


_ACCUSE = ("обвини", "обвиня", "абвінава")
# "Такое заявление сделал X", "С таким заявлением выступила X": the sentence before is X's
_MADE = {"сделал": "заявил", "сделала": "заявила", "сделали": "заявили"}
_MADE.update({"выступил": "заявил", "выступила": "заявила", "выступили": "заявили"})
_STATEMENT_LEADS = ("такое заявление", "такие заявления", "с таким заявлением", "это заявление")
_MADE_LEAD = re.compile(
    r"(?:^|(?<=[\s.]))(?:такое заявление|такие заявления|с таким заявлением)\s+$"
)
# an adverb of manner between the dash and the verb: "— скромно заметил", "— коротко ответил"
_DASH_ADVERB = re.compile(r"[,!?…]\s*[—–-]\s+([а-яе]{4,}о)\s+$")


def _opens_with_quote(doc: Document, s: int, e: int) -> bool:
    """Does the sentence t[s:e] open with someone's quoted words (its own claim), not
    with a short quoted name that more words follow ("«Гродно Азот» остановит ...")?"""
    q = doc.quote_at(s)
    if q is None:
        return False
    return not q.closed or q.end - q.start > _TITLE_MAX or not _has_words(doc.t, q.end, e, 2)


_TITLE_MAX = 40  # characters of a quoted name: a firm, a paper, a party


# "Сказала им главное: ...": only the one told and what was said, no speaker written
_WHAT_ONLY = re.compile(r"\s*(?:(?:им|ему|ей|нам|мне|всем)\s+)?(?:главное|следующее)\s*")


def _verb_first(
    doc: Document, s: int, e: int, kind: str | None, cue: str, vs: int, ve: int, plural: bool
) -> Candidate | None:
    """A sentence that opens with its reporting verb: "Пишет читатель: «...»" (the
    speaker after the verb, before the colon), or "Пишут, что ..." / "Говорят, что ..."
    (a plural with no subject: no one is named)."""
    t, ft = doc.t, folded(doc)
    colon = t.find(":", ve, s)
    if colon >= 0:
        a, b, over = speaker_after(doc, ve, colon, plural)
        if a < 0 and _WHAT_ONLY.fullmatch(ft, ve, colon):
            return Candidate(s, e, cue, vs, ve, -1, -1, 0, role="post", kind=kind)  # unnamed
        if a < 0 or t[b:colon].strip():
            return None
        return Candidate(s, e, over or cue, vs, ve, a, b, 0, role="post", kind=kind)
    if plural and re.match(r"\s*,\s*(?:что|што)\b", ft[ve : ve + 12]):
        return Candidate(s, e, cue, vs, ve, -1, -1, 0, role="pre", kind=kind)
    return None


def _outlet_citing(t: str, ve: int, a: int, over: str | None) -> Span | None:
    """ "сообщает Радио Свобода со ссылкой на погранслужбу": the outlet's words, which
    pass on the cited source's report (the claim's ``via``)."""
    if not over or not over.startswith("со ссылкой"):
        return None
    s, e = trim(t, ve, t.rfind("со ссылкой", ve, a))
    return Span(s, e) if e > s else None


# what may not open the sentence's second part after "X, сказал Y, ...": a clause of
# the speaker's own ("..., добавив, что", ", который ...")
_NOT_RESUMED = frozenset("что который которая которое которые где когда как и а но".split())


def _split_by_cue(
    doc: Document, us: int, ue: int, before: int, b: int, w: str
) -> tuple[int, int, int] | None:
    """ "Вопрос об экстрадиции, уточнили в ведомстве, будет решать прокуратура": one
    sentence split by its attribution. (start, end, start of the second part) or None."""
    t, ft = doc.t, folded(doc)
    comma = _skip_ws(t, b, ue)
    if comma >= ue or t[comma] != "," or w in GERUND_CUES or _RELATIVE_AFTER.match(ft, b):
        return None  # (", слова которого приводит агентство": the speaker described)
    s, e = trim(t, us, before - 1)
    s2, e2 = trim(t, comma + 1, ue)
    first = _WORD.match(ft, s2, e2)
    if first is None or first.group() in _NOT_RESUMED or first.group() in GERUND_CUES:
        return None
    if not 1 <= len(_WORD.findall(ft, s, e)) <= 8 or not _has_words(t, s2, e2, 2):
        return None
    if t[s] in _DASHES + _QUOTE_OPEN or doc.quotes_in(s, e2) or "," in t[s:e]:
        return None  # a quote has its own rules; a first part with a clause of its own
    return s, e2, s2


# a parenthetical word between a subject and its verb: "X, в свою очередь, отметил"
_PARENTHETICAL = re.compile(
    r"\s*(?:в свою очередь|со своей стороны|в частности|в ответ|однако|впрочем|при этом"
    r"|кроме того|между тем|тем не менее|вместе с тем|также|наконец|в том числе|например"
    r"|в то же время|напротив|тем временем|в свою чаргу|у сваю чаргу|аднак)\s*"
)
# "X, по словам Y, VERB ...": the comma before the verb closes an attribution aside
_SOURCE_ASIDE = re.compile(r"\s*(?:по\s+(?:его\s+|ее\s+|их\s+)?(?:словам|данным|мнению)|как\s)")
# ", как сообщает" after the sentence's subject
_MID_AS = re.compile(r",\s*(?:как|як)\s+$")
# "так, как сказал", "то, как": "как" comparing, not citing
_NOT_CITING = re.compile(r"(?:так|такой|такая|таким|то|тем|именно|там)\s*,\s*(?:как|як)\s+$")


def _mid_source(
    doc: Document, us: int, ue: int, comma: int, ve: int, cue: str, plural: bool
) -> Candidate | None:
    """ "Анатолий Лебедько, как сообщает Reform.by, вышел на свободу": the sentence
    (its source phrase a gap) is the source's, when a named source or a noun phrase
    stands between the verb and the closing comma."""
    t, ft = doc.t, folded(doc)
    if _NOT_CITING.search(ft, max(us, comma - 12), ve - len(cue)):
        return None
    a, b, over = speaker_after(doc, ve, ue, plural)
    if a < 0:
        return None
    close = t.find(",", b, ue)
    if close > 0 and re.fullmatch(r"\.[a-z]{2,6}", t[b:close]):
        b = close  # "Reform.by", "Zerkalo.io": the outlet's domain
    if close > 0 and _name_tail(t, b, close):
        b = close  # "министр сельского хозяйства и продовольствия Юрий Горлов,"
    if close < 0 or (t[b:close].strip(" »") and not _OCCASION.fullmatch(ft, b, close)):
        return None
    if not _has_words(t, close + 1, ue, 2):
        return None
    s, e = trim(t, us, ue)
    return Candidate(
        s, e, t[comma + 1 : ve].strip(), comma, ve, a, b, 0, gap=Span(comma, close + 1), role="acc"
    )


# the rest of a title cut at "и" and the name that ends it: "и продовольствия Юрий Горлов"
_NAME_TAIL = re.compile(r"\s+(?:и|по)\s+(?:[а-яё-]+\s+){1,4}([А-ЯЁ][а-яё]+)\s+[А-ЯЁ][а-яё-]+\s*")


# a body's territory after its name: "по Петербургу и Ленобласти", "по Минской области"
_REGION_TAIL = re.compile(r"\s+по\s+[А-ЯЁ][\w-]*(?:\s+(?:и\s+)?[А-ЯЁа-яё][\w-]*){0,3}\s*")


def _name_tail(t: str, b: int, comma: int) -> bool:
    """Does t[b:comma] finish a title and name a person ("и продовольствия Юрий Горлов")?"""
    m = _NAME_TAIL.fullmatch(t, b, comma)
    return m is not None and stem(m.group(1)) in GIVEN_STEMS


def _speaker_after_place(doc: Document, ve: int, ue: int) -> tuple[int, int]:
    """ "Как заявил в эфире телеканала ОНТ министр обороны Виктор Хренин, ...": the
    speaker after a phrase of place, from its role noun or given name to the comma."""
    t, ft = doc.t, folded(doc)
    comma = t.find(",", ve, min(ue, ve + 200))
    if comma < 0:
        return -1, -1
    words = list(_WORD.finditer(ft, ve, comma))
    if not words or words[0].group() not in _PREPS:
        return -1, -1
    for m in words[2:]:
        w = m.group()
        if w in ROLE_HEADS or (t[m.start()].isupper() and stem(w) in GIVEN_STEMS):
            return m.start(), words[-1].end()
    return -1, -1


def _only_modifiers(ft: str, b: int, ue: int) -> bool:
    """After a speaker phrase, only "на встрече с ...", "в интервью ..." up to the end."""
    rest = ft[b:ue].strip(" ,")
    return (
        (
            bool(
                re.match(
                    r"(?:в|во|на|после|перед|по|с|со|у|при|журналистам|накануне|"
                    r"ў|пасля)\b",
                    rest,
                )
            )
            and "," not in rest.rstrip(".!?")[:-1]
        )
        or not rest.strip(".!?")
        or bool(_DATIVE_ONLY.fullmatch(rest))
    )


# one dative plural after the speaker, up to the end: "заявил он военным."
_DATIVE_ONLY = re.compile(r"[а-яеіў]+(?:ам|ям|ым|им)\s*[.!?]*")


# "Как заявила X на суде, ...": a short phrase of occasion between the speaker and the comma
_OCCASION = re.compile(r"\s+(?:на|в|во|ў|после|перед|при|пасля)(?:\s+[а-яеіў-]+){1,3}\s*")
# "..., заявил президент, слова которого приводит ТАСС."
_RELATIVE_AFTER = re.compile(
    r"\s*,\s*(?:слова\s+которого|слова\s+которой|котор|передает|"
    r"сообщает|пишет|"
    # a source described by a participle: "сообщил источник, знакомый с ходом переговоров"
    r"знаком(?:ый|ая|ые)\s|близк(?:ий|ая|ие)\s|пожелавш|попросивш)"
)
# a finite verb of the main clause, past or present ("отметил", "подверг" aside)
_FINITE = re.compile(r"[а-яеіў]{2,}(?:ил|ал|ел|ял|ул|ыл|ла|ли|ет|ит|ют|ят|ут|ат)|дал|был")
# a gerund or participle opening a sentence ("Выступая на форуме, ...")
_OPENING_GERUND = re.compile(r"[а-яеіў]+(?:я|ясь|ав|ив|ев|вшись)")


def _from_gerund(
    doc: Document, vs: int, ve: int, cue: str, us: int, ue: int, prev: str
) -> Candidate | None:
    """ "X отметил, что ..., добавив, что CONTENT" / "X подверг критике ...,
    подчеркнув, что CONTENT": the gerund's subject is the sentence's."""
    t, ft = doc.t, folded(doc)
    if prev != ",":
        return None
    m = THAT_AFTER.match(ft, ve, min(ue, ve + 200))  # "заявив на совещании, что"
    if m is None:
        return None
    s, e = trim(t, m.end(), coordinated_cue(ft, m.end(), ue))
    if not _has_words(t, s, e, 2):
        return None
    a, b = attributed_speaker(doc, us, vs)
    if a == -2:
        a, b = sentence_subject(doc, us, vs)
        if a >= 0 and _told_only(t, ft, a, b):
            # "Об этом РБК сообщили в пресс-службе компании, уточнив, что": the outlet
            # was told; the speaker follows the sentence's verb
            verb = _CYR_WORD.match(ft, _skip_ws(t, b, vs), vs)
            if verb is None or verb.group() not in SPEECH_VERBS:
                return None
            end = t.rfind(",", verb.end(), vs) + 1 or vs
            a, b, _ = speaker_after(doc, verb.end(), end, SPEECH_VERBS[verb.group()] == "pl")
    if a < 0:
        return None
    return Candidate(s, e, cue, vs, ve, a, b, 0, role="pre")


def _told_only(t: str, ft: str, a: int, b: int) -> bool:
    """Is t[a:b] only an outlet that was told: an undeclined one ("РБК") or a quoted
    title in the dative ("«Интерфаксу»")?"""
    phrase = ft[a:b].strip('«»“”" ')
    return is_outlet(t, ft, a, b) or (
        t[a] in '«“"' and " " not in phrase and bool(_DATIVE_TITLE_WORD.fullmatch(phrase))
    )


_DATIVE_TITLE_WORD = re.compile(r"[а-яеіў-]+(?:у|ю|[бвгджзклмнпрстфхцчшщ]е)")


def sentence_subject(doc: Document, us: int, vs: int) -> tuple[int, int]:
    """The subject of the sentence's main clause: the words before its first finite
    verb (within the clause), else its first run of capitalised words."""
    t, ft = doc.t, folded(doc)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(ft, us, vs)]
    start = 0
    if words and _OPENING_GERUND.fullmatch(words[0][0]) and words[0][0] not in _GIVEN_NAMES:
        comma = t.find(",", us, vs)
        if comma < 0:
            return -1, -1
        start = next((k for k, w in enumerate(words) if w[1] > comma), len(words))
    for w, ws, _we in words[start:]:
        if t[ws].islower() and (SPEECH_VERBS.get(w) or _FINITE.fullmatch(w)):
            a, b, _ = subject_before(doc, words[start][1], ws, SPEECH_VERBS.get(w) == "pl")
            return a, b
    run = []
    for w, ws, we in words[start:]:
        if not (t[ws].isupper() or w in PRONOUNS):
            break
        run.append((ws, we))
    return (run[0][0], run[-1][1]) if run else (-1, -1)


_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES


# a wire's name opening the first sentence: "ИНТЕРФАКС - ", "БЕЛТА — "
_DATELINE = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z-]{2,}\s+[—–-]\s+(?=[А-ЯЁA-Z])")


# what may stand before "сообщается, что": nothing, or "Ранее сообщалось, что"
_PASSIVE_LEADS = frozenset(("", "ранее", "также", "уже", "недавно", "раней"))


def _passive(
    doc: Document, vs: int, ve: int, cue: str, w: str, us: int, ue: int, prev: str
) -> Candidate | None:
    """ "Сообщается, что ..." (no speaker); "..., говорится в заявлении X"."""
    t, ft = doc.t, folded(doc)
    if w == "говорится":
        a, b, over = statement_source(doc, ve, ue)
        if a < 0:
            return _document_first(doc, vs, ve, cue, us, ue)
        k = doc.unit_index(vs)
        if ft[us:vs].strip() in ("как", "як"):
            # "Как говорится в заявлении X, CONTENT."
            comma = t.find(",", b, ue)
            if comma < 0 or t[b:comma].strip(" »"):
                return None
            s, e = trim(t, comma + 1, ue)
            if not _has_words(t, s, e, 3):
                return None
            return Candidate(s, e, over or cue, vs, ve, a, b, 1, role="acc")
        if ft[us:vs].strip() == "об этом" and k > 0:
            # "... Об этом говорится в сообщении МВД.": the sentence before
            s, e = trim(t, *doc.units[k - 1])
            if _has_words(t, s, e, 2) and not _opens_with_quote(doc, s, e):
                return Candidate(s, e, over or cue, vs, ve, a, b, 1, role="post")
            return None
        if prev == ",":
            s, e = trim(t, us, _back_ws(t, vs, us) - 1)
            if _has_words(t, s, e, 3):
                return Candidate(s, e, over or cue, vs, ve, a, b, 0, role="post")
        return None
    m = re.compile(r"\s*,\s*(?:что|што)\b").match(ft, ve, ue)
    if m is None or ft[us:vs].strip() not in _PASSIVE_LEADS:
        return None
    s, e = trim(t, m.end(), ue)
    if not _has_words(t, s, e, 2):
        return None
    return Candidate(s, e, cue, vs, ve, -1, -1, 0, role="pre")


# "В письменном ответе продавца, ..., говорится, что": the document opens the sentence
_DOC_FIRST = re.compile(r"\s*(?:в|во)\s+(?:[а-я-]+(?:ом|ем|ой|ей)\s+){0,2}([а-я-]+)\s+")
_THAT_AFTER = re.compile(r"(?:\s+(?:лишь|только|также))?\s*,\s*что\s+")


def _document_first(
    doc: Document, vs: int, ve: int, cue: str, us: int, ue: int
) -> Candidate | None:
    """ "В сообщении ведомства говорится лишь, что ...": the content after "что", said
    by the document's owner (the words after the noun, up to a comma)."""
    t, ft = doc.t, folded(doc)
    m, th = _DOC_FIRST.match(ft, us, vs), _THAT_AFTER.match(ft, ve, ue)
    if m is None or th is None or m.group(1) not in STATEMENT_NOUNS:
        return None
    a, b, _ = speaker_after(doc, m.end(), vs)
    s, e = trim(t, th.end(), ue)
    if a < 0 or not _has_words(t, s, e, 2):
        return None
    return Candidate(s, e, cue, vs, ve, a, b, 0, role="pre")


def _so_said(
    doc: Document, k: int, vs: int, ve: int, cue: str, ue: int, plural: bool
) -> Candidate | None:
    """ "«...». Так прокомментировал ситуацию министр X.": the sentence before, all one
    quote, is X's."""
    t = doc.t
    a, b, over = speaker_after(doc, ve, ue, plural)
    fa, fb = final_name(t, a, ue) if a >= 0 and t[b:ue].strip(" .!?…") else (-1, -1)
    if fa >= 0:
        # "Так прокомментировал решение Латвии ... юрист Дмитрий Лабкович": the object
        # came first; the full name that ends the sentence speaks
        a, b = fa, fb
    if a < 0:
        return None
    pus, pue = doc.units[k - 1]
    q = doc.quote_starting(_skip_ws(t, pus, pue))
    if q is None or not q.closed or t[q.end : pue].strip() not in ("", ".", "!", "?", "…"):
        return None
    return Candidate(q.start, q.end, over or cue, vs, ve, a, b, 1, role="post", kind="direct")
