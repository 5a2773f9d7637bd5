"""Russian claims: the content a reporting verb introduces ("заявил, что ...", "заявил:
«...»", "призвал X сделать Y", "пообещал ответить ..."), and where a second verb of the
same subject ends it ("..., и добавил", "..., добавив, что ...")."""

from __future__ import annotations

import re

from .document import Document
from .ru_lexicon import GERUND_CUES, OBJECT_VERB_STEMS, ROLE_HEADS, SPEECH_VERBS
from .ru_speakers import _DASHES, _QUOTE_OPEN, _has_words, _skip_ws
from .ru_text import folded
from .text import trim

# a sentence end, then a line of dialogue after a dash: a new speaker's turn begins
_DASH_TURN = re.compile(r"[.!?…]\s+[—–]\s+[А-ЯЁ«]")


_PARTICIPLE = re.compile(r"[а-яё]+(?:вш|ющ|ящ|ащ|ущ)(?:ий|ая|ие|ее)(?![\w-])")
_OBJECT_COLON = re.compile(r" ([а-яё]+)(?: [а-яё]+){1,4}: ?[«„“]")


def colon_after(t: str, ve: int, ue: int) -> bool:
    """Does a colon follow the verb ("X, в свою очередь, заявил: «...»")? Then the
    speaker stands before it, never after."""
    if t[ve : ve + 1] == ":" or t[ve : ve + 2] == " :":
        return True
    # "X, попросивший ..., объяснил задержку санкциями: «...»": an object, then the quote
    m = _OBJECT_COLON.match(t, ve, min(ue, ve + 80))
    if m is None or m.group(1).lower() in ROLE_HEADS:
        return False
    k = t.rfind(",", max(0, ve - 60), ve)  # the comma that closes an aside before the verb
    j = t.rfind(",", max(0, k - 160), k) if k > 0 else -1
    return j >= 0 and _PARTICIPLE.match(t, _skip_ws(t, j + 1, k)) is not None


def that_after(ft: str, ve: int, ue: int) -> bool:
    """Does ", что" follow the verb within a few words ("сказал журналистам, что")?"""
    m = THAT_AFTER.match(ft, ve, min(ue, ve + 200))
    return m is not None


def content_after(
    doc: Document, ve: int, ue: int, ps: int, pe: int, w: str
) -> tuple[int, int, str | None] | None:
    t, ft = doc.t, folded(doc)
    m = THAT_AFTER.match(ft, ve, min(ue, ve + 200))
    if m is not None:
        s, e = trim(t, m.end(), coordinated_cue(ft, m.end(), ue))
        turn = _DASH_TURN.search(t, s, e)
        if turn is not None:  # "..., что ... соседи. — Нам носили ..., — вспоминает он"
            s, e = trim(t, s, turn.start() + 1)
        if "?" in t[max(s, e - 1) : e + 1]:
            return None  # "— Вас предупреждали, что так будет?": a question reports nothing
        q = doc.quote_starting(s)
        if (
            q is not None
            and q.closed
            and t[q.end : q.end + 1] == ","
            and q.end < e
            and not ft.startswith(", а ", q.end)  # "что «...», а списки ...": one content
        ):
            # "Когда X говорит, что «...», в зале никто не смеётся": the quote, not the
            # main clause after it
            return s, q.end, None
        return (s, e, None) if _has_words(t, s, e, 2) else None
    m = _COLON_AFTER.match(ft, ve, min(ue, ve + 120))
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
        if t[ve:ue].lstrip()[:1] in ("?", "!", "."):
            return None  # "в чём вас обвиняют?": the sentence ends with the verb
        s, e = trim(t, ve, ue)
        return (s, e, None) if _has_words(t, s, e, 2) else None
    if w.startswith(_PROMISE_STEMS):
        m = _INFINITIVE.match(ft, ve, ue)  # "пообещал ответить на санкции": the promise
        if m is not None:
            s, e = trim(t, m.start(1), ue)
            return (s, e, None) if _has_words(t, s, e, 2) else None
    return None


# a colon a few words after the verb; a quoted phrase is one word ("ответил Путину на
# слова о «братском народе»: «...»")
_COLON_AFTER = re.compile(r"(?:\s+(?:«[^«»\n]{1,40}»|[^\s,.:;!?«»]+)){0,5}?\s*:")


# promises and threats whose content is an infinitive, as "promised to" / "threatened to"
_PROMISE_STEMS = ("пообеща", "пригрози", "паабяца")
_INFINITIVE = re.compile(r"\s+((?:не\s+)?[а-яеіў-]+(?:ть|ти|чь|ться|тись|ць|цца))(?![\w-])")


# ", что" a few words after a verb ("сказал журналистам, что", "заявил о том, что",
# "рассказал «Зеркалу», что": an outlet's name in guillemets is one word)
THAT_AFTER = re.compile(
    r"(?:\s+(?:«[^«»\n]{1,40}»|[^\s,.:;!?«»]+)){0,6}?\s*,\s*(?:о\s+том,\s*)?(?:что|што)\b"
)


_COORD = re.compile(r",?\s+(?:и|а\s+также|а|і)\s+([а-яеіў]+)|,\s+([а-яеіў]+)\s*,\s*(?:что|што)\b")


# the speaker's next act, a refusal: "..., но от подробностей отказалась", "..., но
# извиняться не стал" (only an object or an infinitive before the verb: no new subject)
_REFUSED = re.compile(
    r",\s+(?:но|однако|а)\s+(?:(?:от|о|об)\s+[а-яеіў-]+\s+|[а-яеіў-]+(?:ть|ться)\s+|"
    r"(?:пока|сразу|публично|подробно)\s+)?(?:отказал(?:ся|ась|ось|ись)|"
    r"воздержал(?:ся|ась|ось|ись)|уклонил(?:ся|ась|ось|ись)|не\s+стал[аои]?)(?![\w-])"
)


def coordinated_cue(ft: str, s: int, e: int) -> int:
    """Where "..., и добавил: ..." or "..., добавив, что ..." starts a second claim of
    the same subject, or "..., но от комментариев отказался" its next act (else e)."""
    for m in _COORD.finditer(ft, s, e):
        if m.group(1) in SPEECH_VERBS or m.group(2) in GERUND_CUES:
            e = m.start()
            break
    refused = _REFUSED.search(ft, s, e)
    return refused.start() if refused is not None else e
