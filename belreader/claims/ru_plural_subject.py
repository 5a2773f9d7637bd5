"""Russian coreference for "они": the plural subject of the sentence before ("Родители
собрали подписи. Они пишут, что ..." -> Родители; "В «Вясне» проверили список. Они
отмечают ..." -> Вясна), within one paragraph or after a paragraph of one sentence; None
when the sentence opens otherwise."""

from __future__ import annotations

import re

from .document import Document
from .ru_lexicon import LOCATIVE_ORGS, SUBJECT_DROP
from .ru_text import fold

# a sentence opening with a plural subject and its plural verb ("Литовские власти
# поблагодарили", "Правозащитники «Вясны» называют", "Фермеры Ивьевского района
# обратились")
_PLURAL_SUBJECT = re.compile(
    r"\s*([А-ЯЁІЎ][а-яёіў-]+(?:\s+(?:[А-ЯЁІЎа-яёіў-]+|«[^«»]{1,30}»)){0,3}?)\s+"
    r"[а-яёіў]+(?:ли|лі|ют|ят|уць|яць)(?:сь|ся)?(?![\w-])"
)
# openings that are no subject: prepositions, pronouns, adverbs
_NOT_SUBJECT = frozenset(
    "в во на по с со у к о об за из при после перед накануне они яны вони мы вы также "
    "затем потом позже ранее сегодня вчера тогда однако поэтому".split()
)
# "В «Вясне» проверили", "В Кремле заявили": a body named by its place, then the verb
_BODIES = frozenset(("Кремль", "МИД", "Минобороны", "Пентагон", "Евросоюз", "ООН", "НАТО", "Вясна"))
_IN_BODY = re.compile(r"\s*[Вв]о?\s+«?([А-ЯЁа-яё-]+)»?\s+[а-яё]+(?:ли|ют|ят)(?:сь|ся)?(?![\w-])")


def _lead_then_opening(doc: Document, k: int) -> bool:
    """Does unit ``k`` open its paragraph right after a paragraph of one sentence
    ("Сотрудники Белгидромета предупредили о ветре.¶По их прогнозу, ...")?"""
    ps = doc.para_of(doc.units[k][0])[0]
    prev = doc.para_of(doc.units[k - 1][0])
    return (
        doc.units[k][0] <= ps + 2
        and doc.units[k - 1][0] <= prev[0] + 2
        and prev[1] <= ps
        and (k < 2 or doc.units[k - 2][1] <= prev[0])
    )


def plural_subject_before(doc: Document, pos: int) -> str | None:
    """ "Правозащитники опубликовали список. Они подчеркнули, что ...": the subject of
    the sentence before, when its verb is plural; a body named after "в" ("В Кремле
    заявили", "В «Вясне» проверили") is that body; else None."""
    k = doc.unit_index(pos)
    if k <= 0:
        return None
    us, ue = doc.units[k - 1]
    if doc.para_of(us) != doc.para_of(pos) and not _lead_then_opening(doc, k):
        return None  # within the paragraph, or after a one-sentence paragraph
    t = doc.t
    body = _IN_BODY.match(t, us, min(ue, us + 200))
    if body is not None:
        org = LOCATIVE_ORGS.get(fold(body.group(1)))
        # a city is a place there ("В Минске прошли задержания"), no body
        return org if org and (org.islower() or org in _BODIES) else None
    m = _PLURAL_SUBJECT.match(t, us, min(ue, us + 200))
    if m is None:
        return None
    words = m.group(1).split()
    while len(words) > 1 and fold(words[-1]) in SUBJECT_DROP:
        words.pop()  # "Родители уже собрали": Родители
    bare = [w for w in words if w[:1] != "«" and w[-1:] != "»"]
    plural = ("ы", "и", "а", "ія")
    if fold(bare[0]) in _NOT_SUBJECT or not (
        fold(bare[-1]).endswith(plural) or fold(bare[0]).endswith(plural)
    ):
        return None  # ("Водители маршруток": the head noun is plural)
    return " ".join(words)
