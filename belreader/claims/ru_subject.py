"""Russian subjects before a reporting verb: the pieces of ``ru_speakers.subject_before``
that cut a clause down to its subject. An aside in brackets before the verb, even with
an adverb after it ("Игорь (Ларионов, тренер. — Прим. ред.) потом признался"); an
occasion opening the clause ("В своем последнем слове Павел сказал"); the first noun
phrase of a sentence whose verb is coordinated ("Министр его выслушал, но заметил");
and a name in apposition to a descriptive phrase ("Один из задержанных, 27-летний
программист Кирилл, рассказал").

``words`` are (folded word, start, end) triples as ``ru_speakers`` finds them.
"""

from __future__ import annotations

import re

from .ru_lexicon import (
    FEMALE_NAMES,
    MALE_NAMES,
    POSSESSIVES,
    PRONOUNS,
    ROLE_HEADS,
    SPEECH_VERBS,
    SUBJECT_DROP,
    THAT,
)
from .ru_person_nouns import trade_noun
from .ru_text import stem

Word = tuple[str, int, int]

_GIVEN_STEMS = frozenset(stem(n) for n in MALE_NAMES | FEMALE_NAMES)
# adverbs between an aside and its verb: "(... — Прим. «СЭ») тогда сказал"
_AFTER_ASIDE = SUBJECT_DROP | {"сразу", "тут", "потом"}
_ADVERB_BACK = re.compile(r"([а-яеіў]+)\s*$")


def aside_start(t: str, ft: str, lo: int, vs: int) -> tuple[int, int]:
    """Where a bracketed aside before the verb at ``vs`` starts, past up to two adverbs
    after it ("Ольга (имя изменено) рассказала", "Игорь (Ларионов, тренер. — Прим.
    ред.) потом признался"): the subject is the words before the bracket. Returns the
    sentence's start and the subject's end: (``lo``, the bracket), or from the sentence
    before when the aside held a full stop ("Мой агент (Олег. — Прим. «X») сказал");
    (``lo``, ``vs``) when there is no aside."""
    end = vs
    for _ in range(3):
        j = end
        while j > lo and t[j - 1].isspace():
            j -= 1
        if j > lo and t[j - 1] == ")":
            start = t.rfind("(", max(0, lo - 200), j)
            if start < 0 or ")" in t[start : j - 1] or "\n" in t[start:j]:
                return lo, vs
            if start >= lo:
                return (lo, start) if start > lo else (lo, vs)
            back = max(t.rfind(c, 0, start) for c in ".!?\n") + 1
            return (back, start) if t[back:start].strip() else (lo, vs)
        m = _ADVERB_BACK.search(ft, max(lo, j - 16), j)
        if m is None or m.group(1) not in _AFTER_ASIDE or t[m.start(1)].isupper():
            return lo, vs
        end = m.start(1)
    return lo, vs


# a word of an occasion's adjectives after its preposition: "в своем последнем слове"
_PREP_ADJ = re.compile(r"[а-яеіў-]+(?:ом|ем|ой|ей|ых|их|ым|им)")
_OWN = frozenset(("своем", "своей", "своих", "моем", "моей", "нашем", "нашей"))


def occasion_length(t: str, clause: list[Word]) -> int:
    """How many words a phrase opening the clause with a preposition takes: the
    preposition, its adjectives and one noun ("в своем последнем слове Павел": 4),
    leaving at least one word; 2 at least."""
    k = 1
    while (
        k < len(clause) - 2
        and t[clause[k][1]].islower()
        and t[clause[k + 1][1]].islower()  # a noun follows ("об этом «Зеркалу»": no)
        and (
            clause[k][0] in POSSESSIVES or clause[k][0] in _OWN or _PREP_ADJ.fullmatch(clause[k][0])
        )
    ):
        k += 1
    j = k + 1
    name = next(
        (i for i, w in enumerate(clause) if i >= j and (t[w[1]].isupper() or w[0] in ROLE_HEADS)),
        -1,
    )
    last = len(clause) - 1
    if (
        j < name < last
        and (clause[last][0] in ROLE_HEADS or trade_noun(clause[last][0]))
        and any(t[clause[i][1]].isupper() for i in range(name, last))
    ):
        return last  # "На вопрос о травме капитана Шаранговича тренер": the role last
    if (
        name > j
        and (stem(clause[name][0]) in _GIVEN_STEMS or clause[name][0] in ROLE_HEADS)
        and all(t[clause[i][1]].islower() for i in range(j, name))
    ):
        # "на последнем заседании суда Игорь", "В ходе встречи президент Беларуси": the
        # noun's complement, then the name or the role
        return name
    return j


# object pronouns after the subject: "Министр его выслушал", "Врач ее осмотрела"
_OBJECT_PRONOUNS = frozenset("его ее их ему ей им него нее них меня тебя нас вас".split())


def leading_np(t: str, clause: list[Word]) -> list[Word]:
    """The clause's first noun phrase: its words up to a verb, an object pronoun or
    after a subject pronoun ("Она поблагодарила его и сказала": "Она")."""
    out: list[Word] = []
    for w, s, e in clause:
        if out and (
            SPEECH_VERBS.get(w)
            or w in _OBJECT_PRONOUNS
            or (re.search(r"(?:ла|ли|ил|ал|ел|ет|ит|ют|ят)$", w) and not t[s : s + 1].isupper())
        ):
            break
        out.append((w, s, e))
        if w in PRONOUNS:
            break
    return out


# discourse words set off by commas after a subject ("Премьер, однако, ...")
_DISCOURSE = frozenset(
    "однако впрочем правда напротив в свою очередь со своей стороны тем не менее же".split()
)


def coordinated_subject(
    t: str, clause: list[Word], words: list[Word], cut: int, plural: bool
) -> list[Word]:
    """The subject of "... и <verb>": the clause's first noun phrase, or, when a negated
    verb precedes "и" after a discourse aside ("Премьер, однако, доводов министра не
    принял и напомнил"), the sentence's first phrase: "Премьер"; "X сказал, что ... и
    добавил": X, the sentence's first noun phrase, not the content."""
    if cut and clause[0][0] in THAT:
        return leading_np(t, words)
    if cut and len(clause) > 2 and any(w[0] == "не" for w in clause[1:-1]):
        first = first_phrase(t, words)
        aside = words[len(first) : cut]
        if first and len(first) < cut and aside and all(w[0] in _DISCOURSE for w in aside):
            return first
    np = leading_np(t, clause if len(clause) > 1 else words)
    k = 0
    while k + 1 < len(np) and np[k][0] in _PLACE_PREPS:
        k += 2  # (a time or a place: "В среду министр выступил ... и заявил")
    if np and k >= max(len(np), 4):  # (one: "В Кремле выслушали и заявили", the body)
        return []  # "в мае в школу пришли инспекторы и потребовали": no subject before
    if plural and len(np) - k == 1 and not np[k][0].endswith(("ы", "и", "а", "я")):
        return []  # "в сентябре магазин посетили ... и потребовали": an object, singular
    return np


_PLACE_PREPS = frozenset("в во на с со по о об к у за из при после".split())


def first_phrase(t: str, words: list[Word]) -> list[Word]:
    """The sentence's words up to its first comma."""
    first = []
    for w in words:
        first.append(w)
        if t[w[2] : w[2] + 1] == ",":
            break
    return first


def apposed_name(t: str, words: list[Word]) -> list[Word]:
    """ "Один из задержанных, 27-летний программист Кирилл, рассказал", "Еще один
    эксперт, Игорь Тышкевич, в эфире ... отметил": when the sentence opens with a
    descriptive phrase of two or more words (no capital after its first) and the phrase
    between its first two commas ends in a name (a given name, perhaps a surname), that
    name; else []."""
    first = first_phrase(t, words)
    if len(first) < 2 or len(first) >= len(words) or any(t[s].isupper() for _, s, _ in first[1:]):
        return []
    if first[0][0] in PRONOUNS or stem(first[0][0]) in _GIVEN_STEMS:
        return []
    second = first_phrase(t, words[len(first) :])
    if not 1 <= len(second) <= 5 or t[second[-1][2] : second[-1][2] + 1] != ",":
        return []
    caps = [i for i, (_, s, _) in enumerate(second) if t[s].isupper()]
    if not caps or caps[-1] != len(second) - 1:
        return []
    at = caps[-2] if len(caps) >= 2 and caps[-2] == len(second) - 2 else caps[-1]
    if stem(second[at][0]) not in _GIVEN_STEMS:
        return []
    return second[at:]


# a given name and a surname that end the sentence: "... юрист Дмитрий Лабкович."
_FINAL_NAME = re.compile(r"([А-ЯЁ][а-яё]+)\s+[А-ЯЁ][а-яё-]+(?=\s*[.!?…]?\s*$)")
# after "Так": an outlet told, in the dative ("Так «Белсату» прокомментировал")
_SO_TOLD = re.compile(r"так\s+«[^«»]{1,30}(?:у|ю|е|ам)»")


def final_name(t: str, i: int, e: int) -> tuple[int, int]:
    """The span of the full name (a given name and a surname) that ends t[i:e], else
    (-1, -1)."""
    m = _FINAL_NAME.search(t, i, e)
    if m is None or stem(m.group(1).lower()) not in _GIVEN_STEMS:
        return -1, -1
    return m.start(), m.end()


def told_after_so(lead: str) -> bool:
    """Is the lead "так" and an outlet told ("Так «Зеркалу» прокомментировал")?"""
    return _SO_TOLD.fullmatch(lead) is not None
