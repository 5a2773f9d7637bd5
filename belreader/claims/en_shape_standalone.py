"""A quotation standing alone as a sentence or paragraph, its speaker named in the
sentence before: "Tsikhanouskaya said at the rally:¶“...”", "Lukashenko spoke to
reporters on Friday. “...”", "“A,” he said.¶“B.”" (the news convention: a new paragraph
that opens with a quote continues the last speaker).
"""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import is_auxiliary, is_speech_verb, is_verb
from .en_function_words import POSSESSIVE_DETS
from .en_lexicon import CONJ, PREPS, TELL
from .en_phrases import (
    np_ok,
    words_with_pos,
)
from .model import Candidate
from .text import fold_word

_SPEAK = frozenset({"spoke", "speaks", "speaking", "wrote", "writes", "tweeted", "posted"})
_ASKED = frozenset({"asked", "asks", "ask", "asking", "questioned"})
# how an answer begins: "she laughs. “...”", "He shrugged. “...”"
_MANNER = frozenset(
    "laughs laughed smiles smiled shrugs shrugged sighs sighed nods nodded grins grinned"
    " pauses paused chuckles chuckled".split()
)
# a word before a speech verb that makes it a noun: "the report", "their statement"
_NOUN_BEFORE = POSSESSIVE_DETS | {"the", "a", "an", "this", "that", "my"}


def standalone_quotes(doc: Document) -> list[Candidate]:
    t = doc.t
    out: list[Candidate] = []
    for k, (us, _ue) in enumerate(doc.units):
        q = doc.quote_starting(us)
        if q is None or not q.closed:
            continue
        # the quote is the whole unit (or runs on over the next paragraphs)
        end_unit = doc.units[doc.unit_index(q.end - 1)]
        if any(ch.isalnum() for ch in t[q.end : end_unit[1]]):
            continue
        if k == 0:
            out += _unattributed(doc, q, end_unit)
            continue
        ps, pe = doc.units[k - 1]
        if doc.quotes_in(ps, pe) and doc.para_of(ps) == doc.para_of(us):
            continue  # a quote after a quote in one paragraph: selection merges them
        if doc.para_of(ps) != doc.para_of(us) and _called_a_saying(doc, end_unit[1]):
            # "“We are guests who cannot leave.” Some version of the phrase comes up
            # in every conversation.": a saying, not the last paragraph's speaker's
            continue
        found = _speaker_before(doc, ps, pe)
        if found is None:
            if doc.para_of(ps) != doc.para_of(us):
                out += _unattributed(doc, q, end_unit)
            continue
        (cs, ce), (ss, se) = found
        if t[se - 1] == "." and se - ss > 2 and t[se - 3] != " ":
            se -= 1  # "said Pavone." (not an initial: "Robert J.")
        out.append(
            Candidate(q.start, q.end, t[cs:ce], cs, ce, ss, se, 4, kind="direct", role="pre")
        )
    return out


def _unattributed(doc: Document, q, end_unit: tuple[int, int]) -> list[Candidate]:
    """A paragraph that is one quotation and names no speaker before it: a claim whose
    speaker is left unresolved, as long as the quote is a sentence of some length (not a
    title or a slogan) and closes its paragraph."""
    t = doc.t
    if t[doc.para_of(q.start)[0] : q.start].strip():
        return []  # the quote does not open its paragraph
    if t[end_unit[1] : doc.para_of(end_unit[1] - 1)[1]].strip():
        return []  # nor does it close it
    inner = t[q.start + 1 : q.end - 1]
    # a sentence, not a title: "EU referendum could cost £80m" heads an article
    ends = inner.rstrip()[-1:] in ".?!…" or t[q.end : q.end + 1] in (".", "?", "!")
    # a short line in single quotes is as often a subheading as a quotation
    fewest = 8 if t[q.start] in "'‘" else 5
    if len(inner.split()) < fewest or inner.upper() == inner or not ends:
        return []
    return [Candidate(q.start, q.end, "", q.start, q.start, -1, -1, 5, kind="direct", role="alone")]


def _called_a_saying(doc: Document, end: int) -> bool:
    """Does the paragraph go on after ``end`` with a sentence that speaks of the quote as
    a saying, and holds no quote of its own?"""
    k = doc.unit_index(end)
    if k < 0 or k >= len(doc.units) or doc.units[k][0] < end:
        k += 1
    if k >= len(doc.units) or doc.para_of(doc.units[k][0]) != doc.para_of(end - 1):
        return False
    us, ue = doc.units[k]
    return (
        not doc.quotes_in(us, ue)
        and _ABOUT_THE_WORDS.search(doc.t, us, min(ue, us + 60)) is not None
    )


# the sentence after a quote speaks of it as a saying: "Some version of the phrase comes
# up in every conversation", "The refrain is familiar"
_ABOUT_THE_WORDS = re.compile(r"\b(?:phrase|refrain|slogan|saying|mantra|motto)s?\b")


def _speaker_before(doc: Document, ps: int, pe: int):
    """((cue start, end), (speaker start, end)) of the last speech verb in the sentence
    t[ps:pe] outside its quotes, with a noun phrase that can speak right before it
    ("Lukashenko said", "the minister told reporters") or a name right after ("said
    Lukashenko"); None when there is none."""
    t = doc.t
    words = words_with_pos(t, ps, pe)
    for i in range(len(words) - 1, 0, -1):
        w, s, e = words[i]
        if w.endswith(".") and i == len(words) - 1 and fold_word(w[:-1]) in _MANNER:
            # "Asked whether she would go back, she laughs. “Of course.”": how the
            # answer began; the one who laughs speaks (no content of her own before)
            j = i
            while j > 0 and not any(ch in t[words[j - 1][2] : words[j][1]] for ch in ',;:()“”"—–'):
                j -= 1
            np = words[j:i]
            if np and len(np) <= 4 and np_ok([x for x, _, _ in np]):
                return (s, e - 1), (np[0][1], np[-1][2])
            return None
        if w.endswith(".") and i == len(words) - 1:
            # "Petrov agreed.": the sentence's full stop; the speaker must open the
            # sentence ("A, Petrov said." has content of its own, which the quote
            # after it continues)
            lead = t[ps:s]
            if any(ch in lead for ch in ',;:()“”"—–') or "''" in lead:
                continue
            if not np_ok([x for x, _, _ in words[:i]]):
                continue
            w, e = w[:-1], e - 1
        if not w.islower() or not (is_speech_verb(w) or w in _SPEAK):
            continue
        if fold_word(words[i - 1][0]) in _NOUN_BEFORE:
            continue  # "the testimonies in the report describe": a noun, not the verb
        if w in _ASKED and i < len(words) - 1 and not doc.quotes_in(ps, s):
            # "When I asked a border guard ..., he laughed.¶“...”": the one asked answers
            # ("“...?” Mr Latushko asked (the rally). “...”" goes on with the asker)
            return None
        q = doc.quote_at(s)
        if q is not None and q.closed:
            continue
        # the noun phrase before: back to clause punctuation
        j = i
        while j > 0 and not any(ch in t[words[j - 1][2] : words[j][1]] for ch in ',;:()“”"—–'):
            j -= 1
        np = words[j:i]
        # "said Lukashenko" names the speaker only where "said" opens its clause:
        # in "A spokesman ... and said Mr Brown had a role", Mr Brown is the content
        inverted_ok = not np
        while np and fold_word(np[0][0]) in CONJ:
            np = np[1:]
        if np and len(np) <= 6 and np_ok([x for x, _, _ in np]):
            return (s, e), (np[0][1], np[-1][2])
        if fold_word(w) in TELL:
            return None  # "..., who lives in Vilnius, told the Daily Telegraph.": the listener
        # "said Lukashenko", "said the minister"
        after: list[tuple[str, int, int]] = []
        for x in words[i + 1 : i + 5]:
            if x[0][:1].isupper() or (not after and x[0] in ("the", "a")):
                after.append(x)
            else:
                break
        after = _role_then_name(t, words, i, after)
        if after and after[-1][0].endswith(("'s", "’s")):
            return None  # "said Maria Kalesnikava's sister Tatsiana": not Kalesnikava
        k = i + 1 + len(after)
        if (
            after
            and k < len(words)
            and not t[after[-1][2] : words[k][1]].strip()
            and (is_auxiliary(fold_word(words[k][0])) or is_verb(words[k][0]))
        ):
            return None  # "said Zhukava was the most improved": the name opens the content
        if inverted_ok and after and after[-1][0][:1].isupper() and np_ok([x for x, _, _ in after]):
            return (s, e), (after[0][1], after[-1][2])
        return None
    return None


def _role_then_name(t: str, words, i: int, after: list) -> list:
    """ "said Dinamo head coach Ihar Zhukouski.": the words after the verb run on through
    a role in lower case to a name that ends the sentence; the whole phrase is the
    speaker, not its first word. Otherwise ``after`` as it was."""
    k = i + 1 + len(after)
    if not after or k >= len(words) or not words[k][0].islower():
        return after
    run = list(after)
    for x in words[k : i + 9]:
        if any(ch in t[run[-1][2] : x[1]] for ch in ',;:()“”"—–'):
            break
        run.append(x)
        if x[0].endswith("."):
            break
    last = run[-1][0].rstrip(".")
    lowers = [x for x in run if x[0].islower()]
    if (
        len(run) > len(after)
        and last[:1].isupper()
        and all(x[0].isalpha() and fold_word(x[0]) not in PREPS for x in lowers)
    ):
        return run
    return after
