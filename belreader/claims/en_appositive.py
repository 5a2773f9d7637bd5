"""Whether a noun phrase beside an aside between commas speaks: a name ("Artyom
Shraibman, a scholar at ..., said"), a role after a fronted phrase ("On Monday, the
minister, who was visiting Brest, said"), a role of a long-named body ("A
representative of the International Federation for Human Rights, speaking ..., said"),
or the aside itself when it is a name ("one of the family's attorneys, Justin Bamberg,
said"), never a place inside a bracket ("Kaliada (Charles University, Prague), who")."""

from __future__ import annotations

import re

from .en_cue_subject import (
    LEAD_ASIDES,
    appositive_after_name,
    ends_in_full_name,
    name_words,
    role_head,
)
from .en_function_words import DETS
from .en_lexicon import CAP_STOP, CONJ, FRONT, PREPS
from .en_phrases import fronted_subject, naming, np_ok, words_with_pos
from .en_speakers import SPEAKER_NOUNS
from .en_verbs import IRREGULAR_PAST
from .text import fold_word


def named_or_fronted_role(t: str, us: int, head: list, app: list, b3: int) -> bool:
    """Is ``head``, before an appositive ``app`` between commas, a speaker: a name
    ("Artyom Shraibman, a scholar at ..., said"), or a role after a fronted phrase ("On
    Monday, the minister, who was visiting Brest, said", "In his last word, the
    defendant, a driver from Brest, said")?"""
    last = head[-1][0]
    if b3 >= 0 and t[b3] == "(":
        return False  # "Kaliada (Charles University, Prague), who": inside a bracket
    if len(head) == 1 and last in ("Sir", "Madam", "Sirs", "Editor"):
        return False  # a letter's salutation: "Sir, Anna Kowalczyk (Letters, Dec 4) claims"
    if last[:1].isupper() and last not in CAP_STOP:
        return True
    lows = [fold_word(w) for w, _, _ in head]
    return (
        len(head) <= 5
        and lows[0] in ("the", "a", "an", "his", "her", "their", "its")
        and lows[-1] in SPEAKER_NOUNS
        and fold_word(app[0][0]) in ("who", "a", "an", "the", "one")
        and b3 > us
        and t[b3] == ","
        and fold_word(t[us:b3].split()[0]) in FRONT | PREPS
    )


def role_of_body(head: list) -> bool:
    """ "A representative of the International Federation for Human Rights": a role
    noun, "of", then a body's capitalised name of up to seven words."""
    lows = [fold_word(w) for w, _, _ in head]
    return (
        len(head) <= 11
        and lows[0] in ("a", "an", "the")
        and lows[1] in SPEAKER_NOUNS
        and lows[2] == "of"
        and all(
            w[:1].isupper() or fold_word(w) in ("the", "for", "of", "and") for w, _, _ in head[3:]
        )
    )


def named_aside(t: str, app: list, b: int) -> bool:
    """Is ``app``, the words between two commas before a cue at ``b``, a name in
    capitals ("one of the family's attorneys, Justin Bamberg, said"; with its tag, "Gov.
    John Kasich (R-OH), said"), and not the end of a bracket ("Prof. Hanna Kaliada
    (Charles University, Prague), who argued": the place is the bracket's)?"""
    seg = t[app[0][1] : b]
    if _closes_bracket(seg):
        return False
    words = _TAG_AT_END.sub("", seg).split()
    return bool(words) and all(w[0].isupper() and w not in CAP_STOP for w in words)


_TAG_AT_END = re.compile(r"\s*\([^()]{1,30}\)\s*$")


def _closes_bracket(seg: str) -> bool:
    """Does ``seg`` close a bracket it did not open ("Prague)" of "(Charles University,
    Prague)"; not "Gov. John Kasich (R-OH)")?"""
    return seg.count(")") > seg.count("(")


def speaker_beside_aside(
    t: str, us: int, b: int, relative: bool, cue_low: str
) -> tuple[list[tuple[str, int, int]], int] | None:
    """The speaker before a cue whose comma at ``b`` closes an aside: the noun phrase
    before the aside or the aside itself when it is a name, with the clause mark before
    them (-1 for none); None when no aside names a speaker."""
    c2 = b
    for _ in range(3):
        c2 = t.rfind(",", max(us, b - 250), c2)
        if c2 <= us:
            break
        app = words_with_pos(t, c2 + 1, b)
        b3 = -1
        for i in range(c2 - 1, max(us, c2 - 120) - 1, -1):
            if t[i] in ',;:—–―()“”"«»\n' or (t[i] == "'" and t[i - 1] == "'"):
                b3 = i
                break
        head = words_with_pos(t, b3 + 1 if b3 >= 0 else max(us, c2 - 120), c2)
        named = [i for i, w in enumerate(app) if w[0] in ("called", "named")]
        if (
            named
            and fold_word(app[0][0]) in ("a", "an", "one")  # (not "at a firm called X")
            and 0 < named[0] < len(app) - 1
            and naming(t, app[named[0]][1], app[named[0]][2])
            and b == t.find(",", c2 + 1)
        ):
            return app[named[0] + 1 :], b3  # "The owner, a former engineer called Leanid, says"
        while head and (
            head[0][0].lower() in CONJ
            or (
                len(head) > 1
                and fold_word(head[0][0]) in LEAD_ASIDES
                and head[1][0].lower() not in CONJ
            )
        ):
            head = head[1:]
        if (
            app
            and head
            and 1 <= len(app) <= 4
            and named_aside(t, app, b)
            # ('"...," its president, Erlandas Mikėnas, said': the name speaks)
            and (np_ok([w for w, _, _ in head]) or _its_role(head))
            and b == t.find(",", c2 + 1)
            # ("a teacher from Lida, Grodno Region, who said": the place's region)
            and not (relative and len(head) > 1 and fold_word(head[-2][0]) in PREPS)
        ) or (
            not relative
            and app
            and head
            and name_words([w for w, _, _ in app])
            and role_head([w for w, _, _ in head])
            and not ends_in_full_name([w for w, _, _ in head])
            and b == t.find(",", c2 + 1)
        ):
            # "one of the family's attorneys, Justin Bamberg, said"
            return app, b3
        if (
            app
            and head
            and (len(head) <= 6 or role_of_body(head))
            and named_or_fronted_role(t, us, head, app, b3)
            and np_ok([w for w, _, _ in head])
            and app[0][0].lower() not in ("which", "that", "and")
            # "whose founder, Ales Bialiatski, won the Nobel prize ..., says": a verb and
            # its object, the clause of a relative, no aside
            and not (
                not cue_low.endswith("ing")  # ("X, drew a contrast, saying": X's clause)
                and len(app) > 1
                and app[0][0].islower()
                and (app[0][0] in IRREGULAR_PAST or app[0][0].endswith("ed"))
                and fold_word(app[1][0]) in DETS
            )
            and not appositive_after_name(t, head, b3)
            # ("CONTENT, a source said, adding": the participle goes with "said")
            and not (cue_low.endswith("ing") and app[-1][0] in ("said", "says"))
        ):
            if fold_word(head[0][0]) in FRONT:
                # "At the time Lord Woolf, the Lord Chief Justice, had said": the
                # name after the fronted phrase ("In Minsk, police ..." has none)
                place = all(w[:1].isupper() for w, _, _ in head[1:])
                head = [] if place else (fronted_subject(head) or [])
                if not head:
                    return None
            return head, b3
    return None


def _its_role(head: list[tuple[str, int, int]]) -> bool:
    """Is ``head`` "its" and a role ("its president", "its chief executive")?"""
    return (
        1 < len(head) <= 3
        and head[0][0] == "its"
        and fold_word(head[-1][0]) in SPEAKER_NOUNS
        and all(w.islower() for w, _, _ in head)
    )
