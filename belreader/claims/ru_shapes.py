"""Russian claim shapes: functions ``Document -> [Candidate]`` for the ways Russian news
attributes what was said.

* ``cue_claims``: a reporting verb in any gender and number, wherever it stands:
  ``X заявил, что ...`` / ``X подчеркнул: «...»`` / ``«...», — сказал X.`` /
  ``«..., — сказал X. — ...»`` (a quote split by its attribution) / a dialogue dash
  ``— ..., — заявила она. — ...`` / ``..., заявил X.`` / ``Как сообщает X, ...`` /
  ``Об этом сообщил X.`` (the sentence before) / ``Сообщается, что ...`` (no speaker) /
  ``«...», — говорится в заявлении X``;
* ``source_claims``: ``по словам X, ...``, ``по данным X``, ``паводле X`` at the start,
  in the middle or at the end of a sentence;
* ``colon_claims``: the headline style ``X: «...»``.

Words are matched on the folded text (``ru_text.fold``: same offsets, lower case, "ё"
as "е", Latin look-alike letters inside Cyrillic words made Cyrillic). Every scan is a
single pass or looks a bounded distance around a cue: linear in the text.
"""

from __future__ import annotations

import re

from .document import MAX_UNIT, Document
from .model import Candidate, Span
from .ru_lexicon import (
    CITING,
    FEMALE_NAMES,
    GERUND_CUES,
    MALE_NAMES,
    OBJECT_VERB_STEMS,
    PASSIVE_CUES,
    POSSESSIVES,
    PRONOUNS,
    QUOTING_VERBS,
    ROLE_HEADS,
    SOURCE_PHRASES,
    SPEAKER_STOP,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    SUBJECT_DROP,
    THAT,
)
from .ru_text import folded, is_cyrillic, stem
from .text import trim

_CYR_WORD = re.compile(r"[а-яеіў][а-яеіў-]{2,}")  # on folded text: "ё" is "е"
_WORD = re.compile(r"[^\W_][\w’'-]*|[«»„“\"]")
_DASHES = "—–-"
_QUOTE_OPEN = '«„“"'
_QUOTE_CLOSE = '»“”"'
_SPEAKER_MAX_WORDS = 8
_ADDRESSEES = frozenset(
    (
        "журналистам",
        "репортерам",
        "агентству",
        "изданию",
        "также",
        "телеканалу",
        "газете",
        "корреспонденту",
        "внимание",  # "обратил внимание Президент": the verb's object, not the speaker
    )
)
_WEEKDAY = re.compile(
    r"\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
    r"среду)\b"
)
_LOOKBACK = 400  # characters before a cue that may hold its subject
_PREPS = frozenset(
    (
        "в",
        "во",
        "на",
        "после",
        "перед",
        "по",
        "с",
        "со",
        "у",
        "при",
        "к",
        "о",
        "об",
        "за",
        "из",
        "для",
        "накануне",
        "ў",
        "пасля",
    )
)


def cyrillic_para(doc: Document, i: int) -> bool:
    """Is the paragraph holding offset ``i`` written in Cyrillic (cached per paragraph)?"""
    cache = getattr(doc, "_ru_paras", None)
    if cache is None:
        cache = doc._ru_paras = {}  # type: ignore[attr-defined]
    ps, pe = doc.para_of(i)
    hit = cache.get(ps)
    if hit is None:
        hit = cache[ps] = is_cyrillic(doc.t, ps, pe)
    return hit


def _has_words(t: str, s: int, e: int, n: int) -> bool:
    """Does t[s:e] hold at least ``n`` words? (looks at a bounded prefix only)"""
    return len(t[s : min(e, s + 40 * n)].split()) >= n


def _skip_ws(t: str, i: int, e: int) -> int:
    while i < e and t[i].isspace():
        i += 1
    return i


def _back_ws(t: str, i: int, lo: int) -> int:
    """The index just past the last non-space character before ``i``."""
    while i > lo and t[i - 1].isspace():
        i -= 1
    return i


# ---------------------------------------------------------------------------------------
# speaker phrases
# ---------------------------------------------------------------------------------------
def speaker_after(
    doc: Document, i: int, e: int, plural: bool = False
) -> tuple[int, int, str | None]:
    """The speaker phrase that starts at or after ``i`` ("сказал Лукашенко на встрече":
    "Лукашенко"): words up to punctuation, a preposition or a dative like
    "журналистам". Returns (start, end, cue override), (-1, -1, None) for none; the cue
    override is "со ссылкой на" when the phrase cites a source (then the source is the
    speaker)."""
    t, ft = doc.t, folded(doc)
    e = min(e, i + 300)
    words: list[tuple[str, int, int]] = []
    j = i
    while j < e and len(words) < _SPEAKER_MAX_WORDS:
        j = _skip_ws(t, j, e)
        if j >= e:
            break
        m = _WORD.match(ft, j, e)
        if m is None:
            break
        w = m.group()
        if w in _QUOTE_OPEN or w in _QUOTE_CLOSE:
            if words and t[j] not in "«»":
                break  # a quotation mark of another kind: the next quote begins
            words.append((w, m.start(), m.end()))  # РИА «Новости», «Наша Ніва»
            j = m.end()
            continue
        if not words and w in _ADDRESSEES:
            j = m.end()
            continue  # "сообщил журналистам министр ...": skip the addressee
        if w in SPEAKER_STOP and not words and w in ("в", "во", "на", "ў"):
            past = _past_occasion(doc, m.end(), e)
            if past > 0:
                j = past  # "рассказала в интервью «Зеркалу» жена политзаключенного"
                continue
        if w in SPEAKER_STOP:
            day = _WEEKDAY.match(ft, m.end()) if not words and w in ("в", "во") else None
            if day is not None:
                j = day.end()  # "сообщает в пятницу X"
                continue
            if not words and plural and w in ("в", "во", "ў") and _names_a_body(doc, m.end(), e):
                words.append((w, m.start(), m.end()))  # "заявили в Кремле": the body
                j = m.end()
                continue
            if words and w == "со" and ft.startswith("со ссылкой на", m.start()):
                s2 = m.start() + len("со ссылкой на")
                a, b, _ = speaker_after(doc, s2, e)
                if a >= 0:  # "сообщает газета со ссылкой на источники": the source
                    return a, b, t[m.start() : s2]
            break
        words.append((w, m.start(), m.end()))
        j = m.end()
    while words and words[-1][0] in _QUOTE_OPEN:
        words.pop()
    if not words:
        return -1, -1, None
    return words[0][1], words[-1][2], None


_OCCASION_HEADS = frozenset(("интервью", "эфире", "комментарии", "беседе", "інтэрв'ю", "эфіры"))
_MEDIA = frozenset(
    (
        "телеканалу телеканала радиостанции радио агентству агентства изданию издания "
        "газете газеты порталу портала для телеканале"
    ).split()
)


def _past_occasion(doc: Document, i: int, e: int) -> int:
    """After "в" following a verb: the end of an occasion phrase ("в интервью
    «Зеркалу»", "в эфире телеканала ОНТ") when words follow it, else -1."""
    t, ft = doc.t, folded(doc)
    m = _WORD.match(ft, _skip_ws(t, i, e), e)
    if m is None or m.group() not in _OCCASION_HEADS:
        return -1
    j = m.end()
    med = _WORD.match(ft, _skip_ws(t, j, e), e)
    medium = med is not None and med.group() in _MEDIA
    if med is not None and medium:
        j = med.end()
    k = _skip_ws(t, j, e)
    if k < e and t[k] == "«":
        close = t.find("»", k, min(e, k + 60))
        j = close + 1 if close > 0 else j
    else:
        # an outlet named without guillemets ("ТАСС", "РИА Новости"): capitalised words,
        # only when more words follow for the speaker ("в интервью Лукашенко" is him)
        caps: list[re.Match] = []
        for mm in _WORD.finditer(ft, k, min(e, k + 60)):
            if not t[mm.start()].isupper() or ft[j : mm.start()].strip():
                break
            if caps and stem(mm.group()) in _GIVEN_STEMS:
                break  # "ОНТ Виктор Хренин": the outlet ends where a name begins
            caps.append(mm)
            j = mm.end()
        if caps and not medium:  # after "телеканала" the capitals are the outlet's
            rest = _WORD.match(ft, _skip_ws(t, j, e), e)
            if rest is None:
                j = caps[0].start() if len(caps) == 1 else caps[-1].start()
    nxt = _WORD.match(ft, _skip_ws(t, j, e), e)
    return j if nxt is not None else -1


def _names_a_body(doc: Document, i: int, e: int) -> bool:
    """After "заявили в": a body ("Кремле", "МВД", "штабе Тихановской"), not an
    occasion or a medium ("в эфире телеканала", "в интервью", "в ходе встречи")."""
    t, ft = doc.t, folded(doc)
    m = _WORD.match(ft, _skip_ws(t, i, e), e)
    return m is not None and m.group() not in _OCCASIONS


_OCCASIONS = frozenset(
    (
        "эфире интервью ходе рамках время течение беседе разговоре комментарии соцсетях "
        "соцсети телеграм-канале telegram-канале итоге ответ частности конце начале этом "
        "том понедельник вторник среду четверг пятницу субботу воскресенье эфіры інтэрв'ю"
    ).split()
)


def subject_before(doc: Document, lo: int, vs: int, plural: bool) -> tuple[int, int, str | None]:
    """The subject of a reporting verb at ``vs``: the words of its clause before it,
    without adverbs and time phrases ("Ранее Лукашенко также заявил": "Лукашенко").
    ``lo`` is the start of the sentence. Returns (start, end, cue override) or -1s."""
    t, ft = doc.t, folded(doc)
    lo = max(lo, vs - _LOOKBACK)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(ft, lo, vs)]
    # the clause: after the last comma / colon / dash that is not inside a name's quotes
    cut = 0
    for k in range(len(words) - 1, -1, -1):
        between = t[words[k][2] : words[k + 1][1] if k + 1 < len(words) else vs]
        if any(ch in between for ch in ",:;(") or " — " in between or " – " in between:
            cut = k + 1
            break
    clause = words[cut:]
    if not clause and cut:
        # "Лукашенко, выступая на совещании, заявил": the first phrase of the sentence
        first = []
        for w in words:
            if t[w[2] : w[2] + 1] == ",":
                first.append(w)
                break
            first.append(w)
        clause = first
    if clause and clause[-1][0] in ("и", "а", "і"):
        # "Она поблагодарила его и сказала": the subject opens the clause (or the
        # sentence: "X сказал, что ..., и добавил")
        clause = _leading_np(t, clause if len(clause) > 1 else words)
    # "Агентство Reuters со ссылкой на источники": the source is the speaker
    fw = [w for w, _, _ in clause]
    for k in range(len(fw) - 3):
        if tuple(fw[k : k + 3]) == CITING:
            src = clause[k + 3 :]
            while len(src) > 1 and src[-1][0] in SUBJECT_DROP:
                src = src[:-1]
            return src[0][1], src[-1][2], t[clause[k][1] : clause[k + 2][2]]
    # "Сергей Лавров в ходе переговоров с коллегой Максимом Рыженковым заявил": the
    # subject ends where a prepositional phrase follows a capitalised word
    for k in range(2, len(clause)):
        word, ws, _ = clause[k]
        if word in _PREPS and t[ws].islower() and t[clause[k - 1][1]].isupper():
            clause = clause[:k]
            break
    # drop trailing adverbs and time phrases
    while clause:
        last = clause[-1][0]
        if last in SUBJECT_DROP:
            clause = clause[:-1]
        elif len(clause) >= 2 and clause[-2][0] in _PREPS and not (plural and len(clause) == 2):
            clause = clause[:-2]
        else:
            break
    # drop leading connectives and time phrases ("В пятницу", "Однако", "Ранее")
    while clause:
        head = clause[0][0]
        if head in ("в", "во", "ў") and plural and len(clause) >= 2:
            break  # "В Кремле заявили": a body named by its place
        if head in _PREPS and len(clause) >= 3:
            clause = clause[2:]
        elif head in SUBJECT_DROP or head in ("как", "об", "этом", "это", "пра", "гэта"):
            clause = clause[1:]
        else:
            break
    if not clause:
        return -1, -1, None
    if len(clause) > 6:
        caps: list[tuple[str, int, int]] = []
        for word, s, e in reversed(clause):
            if t[s : s + 1].isupper():
                caps.insert(0, (word, s, e))
            else:
                break
        clause = caps or clause[-3:]
    if clause[-1][0] in THAT or (len(clause) == 1 and clause[0][0] in POSSESSIVES):
        return -1, -1, None
    return clause[0][1], clause[-1][2], None


def _leading_np(t: str, clause: list) -> list:
    out: list[tuple[str, int, int]] = []
    for w, s, e in clause:
        if out and (
            SPEECH_VERBS.get(w)
            or (re.search(r"(?:ла|ли|ил|ал|ел|ет|ит|ют|ят)$", w) and not t[s : s + 1].isupper())
        ):
            break
        out.append((w, s, e))
        if w in PRONOUNS:
            break
    return out


# ---------------------------------------------------------------------------------------
# reporting verbs
# ---------------------------------------------------------------------------------------
def cue_claims(doc: Document) -> list[Candidate]:
    ft = folded(doc)
    out: list[Candidate] = []
    for m in _CYR_WORD.finditer(ft):
        w = m.group()
        if (
            w not in SPEECH_VERBS
            and w not in PASSIVE_CUES
            and w not in GERUND_CUES
            and w not in QUOTING_VERBS
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
    gender = SPEECH_VERBS.get(w)
    plural = gender == "pl"
    before = _back_ws(t, vs, us)
    prev = t[before - 1] if before > us else ""
    q_in = doc.quote_at(vs)
    if q_in is not None and not q_in.closed:
        q_in = None
    # --- "«...», — сказал X." / "— ..., — сказала она. — ..." -------------------------
    if prev and prev in _DASHES:
        dash = before - 1
        j = _back_ws(t, dash, ps)
        if j > ps and t[j - 1] in ",!?…" + _QUOTE_CLOSE:
            return _post_dash(doc, dash, j, vs, ve, cue, w, q_in, ps, pe)
        return None
    if w in PASSIVE_CUES:
        return _passive(doc, vs, ve, cue, w, us, ue, prev)
    if q_in is not None or w in QUOTING_VERBS:
        return None  # a verb inside someone's quoted words; "цитирует" after a dash only
    if w in GERUND_CUES:
        return _from_gerund(doc, vs, ve, cue, us, ue, prev)
    # --- "Как сообщает X, ..." ------------------------------------------------------
    lead = ft[us:vs].strip() if vs - us < 40 else ""
    if lead in ("как", "как уже", "як", "як ужо"):
        a, b, over = speaker_after(doc, ve, ue, plural)
        if a < 0:
            a, b = _speaker_after_place(doc, ve, ue)
        if a < 0:
            return None
        comma = t.find(",", b, ue)
        if comma < 0 or t[b:comma].strip(" »"):
            return None
        s, e = trim(t, comma + 1, ue)
        if not _has_words(t, s, e, 3):
            return None
        # prio 1 and not cut short: a claim reported inside ("Как передает ТАСС, X
        # сказал, что ...") wins
        return Candidate(s, e, t[us:ve], us, ve, a, b, 1, role="acc")
    # --- "Об этом сообщил X." : the sentence before ---------------------------------
    if lead.startswith(("об этом", "пра гэта")) and vs - us < 40:
        # "Об этом он заявил рабочим": a speaker before the verb; else after it
        a, b, over = subject_before(doc, us, vs, plural)
        if a < 0 or not (t[a].isupper() or ft[a:b] in PRONOUNS):
            a, b, over = speaker_after(doc, ve, ue, plural)
        if a < 0 or k == 0:
            return None
        pus, pue = doc.units[k - 1]
        s, e = trim(t, pus, pue)
        if not _has_words(t, s, e, 2) or doc.quote_at(s) is not None:
            return None
        return Candidate(s, pue, over or cue, vs, ve, a, b, 1, role="post")
    # --- "..., заявил президент X." ---------------------------------------------------
    if prev == "," and not _that_after(ft, ve, ue):
        a, b, over = speaker_after(doc, ve, ue, plural)
        if a < 0:
            return None
        rest = t[b:ue].strip()
        if (
            rest
            and rest[0] not in ".!?"
            and not _only_modifiers(ft, b, ue)
            and not _RELATIVE_AFTER.match(ft, b)
        ):
            return None
        s, e = trim(t, us, before - 1)
        if not _has_words(t, s, e, 2) or t[s] in _DASHES:
            return None
        return Candidate(s, e, over or cue, vs, ve, a, b, 0, role="post")
    # --- "X заявил, что ..." / "X подчеркнул: «...»" / "X призвал Y ..." ---------------
    content = _content_after(doc, ve, ue, ps, pe, w)
    if content is None:
        return None
    s, e, kind = content
    a, b, over = subject_before(doc, us, vs, plural)
    if a < 0:
        return None
    return Candidate(s, e, over or cue, vs, ve, a, b, 0, role="pre", kind=kind)


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
        if w in ROLE_HEADS or (t[m.start()].isupper() and stem(w) in _GIVEN_STEMS):
            return m.start(), words[-1].end()
    return -1, -1


def _that_after(ft: str, ve: int, ue: int) -> bool:
    """Does ", что" follow the verb within a few words ("сказал журналистам, что")?"""
    m = _THAT_AFTER.match(ft, ve, min(ue, ve + 200))
    return m is not None


def _only_modifiers(ft: str, b: int, ue: int) -> bool:
    """After a speaker phrase, only "на встрече с ...", "в интервью ..." up to the end."""
    rest = ft[b:ue].strip(" ,")
    return (
        bool(
            re.match(
                r"(?:в|во|на|после|перед|по|с|со|у|при|журналистам|накануне|"
                r"ў|пасля)\b",
                rest,
            )
        )
        and "," not in rest.rstrip(".!?")[:-1]
    ) or not rest.strip(".!?")


def _content_after(
    doc: Document, ve: int, ue: int, ps: int, pe: int, w: str
) -> tuple[int, int, str | None] | None:
    t, ft = doc.t, folded(doc)
    m = _THAT_AFTER.match(ft, ve, min(ue, ve + 200))
    if m is not None:
        s, e = trim(t, m.end(), _coordinated_cue(ft, m.end(), ue))
        return (s, e, None) if _has_words(t, s, e, 2) else None
    m = re.compile(r"(?:\s+[^\s,.:;!?«»]+){0,4}?\s*:").match(ft, ve, min(ue, ve + 120))
    if m is not None:
        s = _skip_ws(t, m.end(), pe)
        if s >= pe or s >= ue:
            # "X заявил:" ending the paragraph: the next paragraph is the quote
            k = doc.paras.index((ps, pe)) if (ps, pe) in doc.paras else -1
            if 0 <= k < len(doc.paras) - 1:
                nps, npe = doc.paras[k + 1]
                if t[nps] in _DASHES + _QUOTE_OPEN:
                    s2, e2 = trim(t, nps, npe)
                    return (s2, e2, "direct") if s2 < e2 else None
            return None
        q = doc.quote_starting(s)
        if q is not None and q.closed:
            return q.start, q.end, None
        s, e = trim(t, s, ue)
        return (s, e, None) if _has_words(t, s, e, 2) else None
    if w.startswith(OBJECT_VERB_STEMS):
        s, e = trim(t, ve, ue)
        return (s, e, None) if _has_words(t, s, e, 2) else None
    return None


# ", что" a few words after a verb ("сказал журналистам, что", "заявил о том, что",
# "рассказал «Зеркалу», что": an outlet's name in guillemets is one word)
_THAT_AFTER = re.compile(
    r"(?:\s+(?:«[^«»\n]{1,40}»|[^\s,.:;!?«»]+)){0,6}?\s*,\s*(?:о\s+том,\s*)?(?:что|што)\b"
)
# "..., заявил президент, слова которого приводит ТАСС."
_RELATIVE_AFTER = re.compile(
    r"\s*,\s*(?:слова\s+которого|слова\s+которой|котор|передает|"
    r"сообщает|пишет)"
)
_COORD = re.compile(r",?\s+(?:и|а\s+также|а|і)\s+([а-яеіў]+)|,\s+([а-яеіў]+)\s*,\s*(?:что|што)\b")


def _coordinated_cue(ft: str, s: int, e: int) -> int:
    """Where "..., и добавил: ..." or "..., добавив, что ..." starts a second claim of
    the same subject (else e)."""
    for m in _COORD.finditer(ft, s, e):
        if m.group(1) in SPEECH_VERBS or m.group(2) in GERUND_CUES:
            return m.start()
    return e


# a finite verb of the main clause, past or present ("отметил", "подверг" aside)
_FINITE = re.compile(r"[а-яеіў]{2,}(?:ил|ал|ел|ял|ул|ыл|ла|ли|ет|ит|ют|ят|ут|ат)")
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
    m = re.compile(r"\s*,\s*(?:что|што)\b").match(ft, ve, ue)
    if m is None:
        return None
    s, e = trim(t, m.end(), _coordinated_cue(ft, m.end(), ue))
    if not _has_words(t, s, e, 2):
        return None
    a, b = _sentence_subject(doc, us, vs)
    if a < 0:
        return None
    return Candidate(s, e, cue, vs, ve, a, b, 0, role="pre")


def _sentence_subject(doc: Document, us: int, vs: int) -> tuple[int, int]:
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


def _quoted_person(doc: Document, ve: int, pe: int) -> tuple[int, int]:
    """The object of "цитирует": a name (a given name and a surname, or one word) or
    "его"/"её", before the outlet that quotes."""
    t, ft = doc.t, folded(doc)
    words = [m for m in (_WORD.match(ft, _skip_ws(t, ve, pe), pe),) if m]
    if not words:
        return -1, -1
    first = words[0]
    if first.group() in POSSESSIVES:
        return first.span()
    if not t[first.start()].isupper():
        return -1, -1
    nxt = _WORD.match(ft, _skip_ws(t, first.end(), pe), pe)
    if nxt and t[nxt.start()].isupper() and stem(first.group()) in _GIVEN_STEMS:
        return first.start(), nxt.end()  # "Александра Лукашенко"
    return first.span()


_GIVEN_STEMS = frozenset(stem(n) for n in MALE_NAMES | FEMALE_NAMES)


def _post_dash(
    doc: Document, dash: int, j: int, vs: int, ve: int, cue: str, w: str, q_in, ps: int, pe: int
) -> Candidate | None:
    """The attribution after a dash: of the quote before it, of a dialogue line, or
    splitting one quote ("«..., — сказал он. — ...»")."""
    t = doc.t
    if w in PASSIVE_CUES:
        a, b, over = _statement_source(doc, ve, pe) if w == "говорится" else (-1, -1, None)
        if w == "говорится" and a < 0:
            return None
        b_end = b if a >= 0 else ve
    elif w in QUOTING_VERBS:
        a, b = _quoted_person(doc, ve, pe)
        if a < 0:
            return None
        over, b_end = None, b
    else:
        a, b, over = speaker_after(doc, ve, pe, SPEECH_VERBS.get(w) == "pl")
        if a < 0:
            return None
        b_end = b
    cand_cue = over or cue
    # the quote split by its attribution: the attribution lies inside one quote
    if q_in is not None and q_in.start < dash:
        m = re.compile(r"\s*[,.]\s*[—–-]\s*").match(t, b_end, q_in.end)
        if m is None:
            return None
        return Candidate(
            q_in.start,
            q_in.end,
            cand_cue,
            vs,
            ve,
            a,
            b,
            0,
            gap=Span(dash, m.end()),
            role="paren",
            kind="direct",
        )
    # the quote just before the dash ("«...», —", "«...?» —")
    qe = _back_ws(t, j - 1, ps) if t[j - 1] == "," else j
    if qe > ps and t[qe - 1] in _QUOTE_CLOSE:
        q = doc.quote_at(qe - 1)
        if q is None or not q.closed or q.end != qe:
            return None
        end, gap = q.end, None
        m = re.compile(r"\s*[.,]\s*[—–-]?\s*(?=[«„“\"])").match(t, b_end, pe)
        if m is not None:
            q2 = doc.quote_starting(m.end())
            if q2 is not None and q2.closed and not _OWN_ATTRIBUTION.match(t, q2.end):
                end, gap = q2.end, Span(q.end, q2.start)  # "«...», — сказал он. — «...»"
        return Candidate(
            q.start,
            end,
            cand_cue,
            vs,
            ve,
            a,
            b,
            0,
            gap=gap,
            role="post",
            kind="direct" if gap else None,
        )
    # a dialogue line: the paragraph, or a sentence after the narration, opens with a
    # dash ("Латушка выступіў у Варшаве. — Мы не здамося, — сказаў ён.")
    ps = _dialogue_start(doc, ps, j)
    if t[ps] in _DASHES and ps + 1 < j < ps + MAX_UNIT:
        s, e = trim(t, ps + 1, j)
        if not _has_words(t, s, e, 2):
            return None
        m = re.compile(r"\s*[.,]\s*[—–-]\s*").match(t, b_end, pe)
        if m is not None and m.end() < pe:
            # the line goes on after its attribution: up to the next attribution or the end
            nxt = re.compile(r",\s*[—–-]\s").search(t, m.end(), min(pe, m.end() + MAX_UNIT))
            end = nxt.start() if nxt else pe
            _, e2 = trim(t, m.end(), end)
            if e2 > m.end():
                return Candidate(
                    s,
                    e2,
                    cand_cue,
                    vs,
                    ve,
                    a,
                    b,
                    0,
                    gap=Span(j, m.end()),
                    role="paren",
                    kind="direct",
                )
        return Candidate(s, e, cand_cue, vs, ve, a, b, 0, role="post", kind="direct")
    return None


# a quote followed by its own dash attribution ("«...», — сказал X"): not a continuation
_OWN_ATTRIBUTION = re.compile(r"[,!?…]?\s*[—–-]\s*[^\W\d_]")


def _dialogue_start(doc: Document, ps: int, j: int) -> int:
    """Where the dialogue line ending at ``j`` opens: the paragraph start, or the last
    dash after a finished sentence before ``j`` (looked for within one unit's length)."""
    t = doc.t
    if t[ps] in _DASHES:
        return ps
    last = None
    for m in _DIALOGUE_OPEN.finditer(t, max(ps, j - MAX_UNIT), j):
        last = m
    return last.start(1) if last is not None else ps


_DIALOGUE_OPEN = re.compile(r"[.!?…]\s+([—–])\s")


def _statement_source(doc: Document, ve: int, pe: int) -> tuple[int, int, str | None]:
    """ "говорится в заявлении X": the phrase X."""
    ft = folded(doc)
    m = re.compile(r"\s+(?:в|во|ў)\s+([\w-]+)\s+").match(ft, ve, pe)
    if m is None or m.group(1) not in STATEMENT_NOUNS:
        return -1, -1, None
    a, b, over = speaker_after(doc, m.end(), pe)
    if a < 0:
        return -1, -1, None
    return a, b, doc.t[ve - len("говорится") : m.end(1)]


def _passive(
    doc: Document, vs: int, ve: int, cue: str, w: str, us: int, ue: int, prev: str
) -> Candidate | None:
    """ "Сообщается, что ..." (no speaker); "..., говорится в заявлении X"."""
    t, ft = doc.t, folded(doc)
    if w == "говорится":
        a, b, over = _statement_source(doc, ve, ue)
        if a < 0:
            return None
        if prev == ",":
            s, e = trim(t, us, _back_ws(t, vs, us) - 1)
            if _has_words(t, s, e, 3):
                return Candidate(s, e, over or cue, vs, ve, a, b, 0, role="post")
        return None
    m = re.compile(r"\s*,\s*(?:что|што)\b").match(ft, ve, ue)
    if m is None or ft[us:vs].strip():
        return None
    s, e = trim(t, m.end(), ue)
    if not _has_words(t, s, e, 2):
        return None
    return Candidate(s, e, cue, vs, ve, -1, -1, 0, role="pre")


# ---------------------------------------------------------------------------------------
# "по словам X"
# ---------------------------------------------------------------------------------------
_SOURCE_RE = re.compile(
    r"(?<![\w-])(?:по\s+(?:(его|ее|их)\s+)?(?:словам|данным|информации|сведениям|утверждению|"
    r"версии)|"
    r"паводле\s+(яго|яе|іх)\s+слоў|паводле|па\s+(?:(яго|яе|іх)\s+)?(?:словах|дадзеных))"
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


def _from_source(doc: Document, m: re.Match) -> Candidate | None:
    t, ft = doc.t, folded(doc)
    cs, ce = m.span()
    q = doc.quote_at(cs)
    if q is not None and q.closed:
        return None
    k = doc.unit_index(cs)
    if k < 0:
        return None
    us, ue = doc.units[k]
    if ue - us > MAX_UNIT:
        return None
    pron = next((g for g in (1, 2, 3) if m.group(g)), 0)
    if pron:  # "по его словам": the possessive is the speaker
        a, b = m.span(pron)
    else:
        a, b, _ = speaker_after(doc, ce, ue)
    if a < 0:
        return None
    words = tuple(w for w in m.group().split() if w not in POSSESSIVES)
    hedged = SOURCE_PHRASES.get(words, False)
    extra = (" ".join(t[cs:ce].split()),) if hedged else ()
    cue = " ".join(t[cs:ce].split())
    lead = t[us:cs].strip()
    after = _skip_ws(t, max(b, ce), ue)
    if not lead or ft[us:cs].strip() in ("и", "а", "но", "однако"):
        # "По словам X, CONTENT."
        if after >= ue or t[after] != ",":
            return None
        s, e = trim(t, after + 1, ue)
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
    if topic > 0:
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


def _is_person_named(name: str) -> bool:
    """A person of the bundled alias table in any case form, or a given name and a
    surname."""
    from belreader.aliases import default_table

    from .ru_resolve import person_any_form

    words = name.split()
    if person_any_form(default_table(), name):
        return True
    return 2 <= len(words) <= 3 and stem(words[0]) in _GIVEN_STEMS and words[-1][:1].isupper()
