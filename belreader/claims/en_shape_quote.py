"""The quote-driven family: a direct quote attributed with any speech verb, known to the
cue finder or not, wherever the quote shape makes the attribution unmistakable:

* after the quote: "“...?” he asks.", "“...,” the editorial read.", "“...?” Beck
  questioned." (the next sentence), "“...,” said X";
* before it: "She continued, “...”", and at the end of a lead of any length ("... so
  tense that X said, “...”", "..., saying, “...”", "a statement saying, “...”"), found
  by ``en_quote_lead`` and ``en_quote_object``.

The speaker is a whole noun phrase or nobody: where the quote and its cue are beyond
doubt but the subject is no phrase the rules trust ("An official who ... said,"), the
claim keeps the quote with no speaker rather than a piece of the phrase."""

from __future__ import annotations

import re

from .document import Document
from .en_bare_clause import is_speech_verb, is_verb
from .en_colon_lead import colon_after_verb_phrase
from .en_lexicon import (
    CONJ,
    DETS,
    NONSPEECH,
    NP_STOP,
    PREPS,
)
from .en_phrases import (
    function_word_name,
    name_after_title,
    np_ok,
    words_with_pos,
)
from .en_quote_lead import SPEAKING, cue_clause_before_quote, inverted_lead
from .en_quote_object import (
    artifact_quote,
    chant_quotes,
    message_object_quote,
    possessive_words_quote,
    reads_thing_after_quote,
)
from .en_shape_cue import determined_np
from .en_shape_postposed import extend_split_quote, owned_noun, owned_speaker
from .model import Candidate
from .quotes import closing_mark
from .text import fold_word


def quote_driven(doc: Document) -> list[Candidate]:
    """Direct quotes attributed with any speech verb, known or not:
    ``“...?” he asks.`` / ``“...,” Vitter demanded.`` / ``She continued, “...”``."""
    t = doc.t
    out = []
    for us, ue, qs in doc.quoted_units():
        out.extend(chant_quotes(doc, qs, us))
        q = qs[0]
        if q.closed and t[us : q.start].strip() == "" and not t[q.end : ue].strip():
            # “...?” Beck questioned. : the sentence ended inside the quote, its
            # attribution is the next sentence
            c = attribution_sentence(doc, q, ue)
            if c is not None:
                out.append(c)
                continue
        if q.closed and t[us : q.start].strip() == "" and q.end < ue:
            # “...,” NP VERB ... / “...,” VERB NP ...
            inner = closing_mark(t, q) if q.end - q.start > 2 else ""
            after = t[q.end : ue]
            if inner in ",?!—–…-" or after.lstrip()[:1] in ",—–":
                c = attr_after_quote(doc, q, us, ue)
                if c is not None:
                    out.append(c)
                    c2 = _second_quote_after_own_cue(doc, c, qs, us, ue)
                    if c2 is not None:
                        out.append(c2)
                    continue
        # ..., NP VERB “...” (the last quote ends the unit, the clause starts after a
        # comma: "On the form, in a box labeled “X,” a doctor had typed “Y.”")
        ql = qs[-1]
        if ql.closed and ql.start > us and not t[ql.end : ue].strip(' .,;!?”"’'):
            c = clause_quote(doc, ql, us)
            if c is not None:
                out.append(c)
                continue
        if len(qs) > 1 and ql.closed and not t[ql.end : ue].strip(' .,;!?”"’'):
            # “Were you told?” she was asked. He answered, “...” : the last quote of
            # a unit with several, after its own cue clause
            lead_e = ql.start
            while lead_e > us and t[lead_e - 1].isspace():
                lead_e -= 1
            punctuated = t[lead_e - 1] in ",:"
            c = cue_clause_before_quote(doc, ql, us, lead_e - punctuated, punctuated)
            if c is None and punctuated:
                c = as_clause_quote(doc, ql, us, lead_e - 1)
            if c is not None:
                out.append(c)
                continue
        # NP VERB[,:] “...” (the quote ends the unit)
        if q.closed and q.start > us:
            tail = t[q.end : ue].strip()
            if tail and any(ch.isalnum() for ch in tail):
                lead_e = q.start
                while lead_e > us and t[lead_e - 1].isspace():
                    lead_e -= 1
                listed = _quote_list_end(t, q, qs, ue)
                if _clause_goes_on(t, q, tail) or listed:
                    # "X cautioned, “...,” before predicting ...": the quote still
                    # closes the speech clause
                    punctuated = t[lead_e - 1] in ",:"
                    c = cue_clause_before_quote(doc, q, us, lead_e - punctuated, punctuated)
                    if c is not None:
                        if listed:
                            # "they chanted “A” and “B.”": the whole list, all quoted
                            c.end, c.kind = listed, "direct"
                        out.append(c)
                elif _time_tail(t, q, tail):
                    # "X tweeted, “...” on Friday.", "a message reading “...” moments
                    # after polls closed": only a short adverbial of time after the quote
                    punctuated = t[lead_e - 1] in ",:"
                    c = artifact_quote(doc, q, us, lead_e - punctuated)
                    if c is None and punctuated:
                        c = cue_clause_before_quote(doc, q, us, lead_e - 1, True)
                    if c is not None:
                        out.append(c)
                continue
            lead = t[us : q.start].rstrip()
            colon = lead.endswith((":", ","))
            if colon:
                lead = lead[:-1].rstrip()
                aside = _QUOTE_ASIDE.search(lead)
                if aside:
                    lead = lead[: aside.start()]  # "Trump said, and I quote, “...”"
            words = words_with_pos(t, us, us + len(lead))
            if colon and t[us + len(lead)] == ":" and (c := inverted_lead(q, words)):
                out.append(c)
                continue
            found = _subject_verb(words)
            if found is None and colon:
                found = _determined_subject_verb(words)
            if found is None and words and is_speech_verb(words[-1][0]):
                # "A woman asked for a photo and Clinton said, “...”": the subject of
                # the last clause
                found = _subject_verb(_last_clause(t, words))
            if found is None:
                c = None
                if colon and 2 <= len(words) <= 12 and t[us + len(lead)] == ":":
                    c = colon_after_verb_phrase(doc, q, us, us + len(lead))
                if c is None and colon:
                    c = message_object_quote(doc, q, us, us + len(lead))
                if c is None and colon:
                    c = possessive_words_quote(doc, q, us, us + len(lead))
                if c is None:
                    c = artifact_quote(doc, q, us, us + len(lead))
                if c is None:
                    c = cue_clause_before_quote(doc, q, us, us + len(lead), colon)
                if c is None and colon:
                    c = as_clause_quote(doc, q, us, us + len(lead))
                if c is not None:
                    out.append(c)
                continue
            np_words, verb = found
            if not colon and not (is_speech_verb(verb[0]) or fold_word(verb[0]) in SPEAKING):
                continue
            out.append(Candidate.quoted(q, verb, np_words[0][1], np_words[-1][2], "pre"))
    return out


Word = tuple[str, int, int]

# the speaker's own announcement of a verbatim quote between the verb and the quote
_QUOTE_ASIDE = re.compile(r",\s*(?:and\s+)?(?:I\s+)?quote\s*$", re.IGNORECASE)


def _second_quote_after_own_cue(doc: Document, c: Candidate, qs, us: int, ue: int):
    """ "“A,” Lukashenko said as a heckler yelled: “B!”", "“A,” she said, to which the
    judge replied: “B.”": after a quote attributed by the words that follow it, the
    unit's last quote, closing the unit after a colon or comma, with a clause of its
    own: "as" / "to which" / "while", a noun phrase and a verb of speaking."""
    t = doc.t
    ql = qs[-1]
    if len(qs) < 2 or not ql.closed or ql.start < max(c.end, c.cue_end):
        return None
    if t[ql.end : ue].strip(' .,;!?”"’'):
        return None
    lead_e = ql.start
    while lead_e > us and t[lead_e - 1].isspace():
        lead_e -= 1
    if t[lead_e - 1] not in ",:":
        return None
    return as_clause_quote(doc, ql, c.cue_end, lead_e - 1)


def as_clause_quote(doc: Document, q, s: int, lead_end: int) -> Candidate | None:
    """The clause before a quote after a colon or comma (``lead_end`` at the mark):
    "as" / "to which" / "while", a noun phrase and a verb of speaking, in the last
    ten words from ``s``."""
    t = doc.t
    words = words_with_pos(t, max(s, lead_end - 120), lead_end)
    if len(words) > 10:
        words = words[-10:]
    if len(words) < 3 or any(ch in t[words[0][1] : lead_end] for ch in '“”"();:'):
        return None
    v = len(words) - 1
    if fold_word(words[v][0]).endswith("ly") and v > 0:
        v -= 1  # "who responds enthusiastically:"
    verb = words[v]
    if not verb[0].islower() or not (is_speech_verb(verb[0]) or fold_word(verb[0]) in SPEAKING):
        return None
    b = max(
        (i for i in range(v) if fold_word(words[i][0]) in ("as", "which", "while")),
        default=-1,
    )
    np_words = words[b + 1 : v]
    if b < 0 or not np_words or not (determined_np(np_words) or np_ok([w for w, _, _ in np_words])):
        return None
    return Candidate.quoted(q, verb, np_words[0][1], np_words[-1][2], "pre")


def _subject_verb(words: list[Word]) -> tuple[list[Word], Word] | None:
    """(subject words, verb) when the words are a subject, maybe an -ly adverb, and a
    verb: "Lukashenko said", "The minister angrily replied"; else None."""
    if not 2 <= len(words) <= 12:
        return None
    verb = words[-1]
    k = len(words) - 1
    adv = k > 1 and fold_word(words[k - 1][0]).endswith("ly") and words[k - 1][0].islower()
    np_words = words[: k - 1] if adv else words[:k]
    while np_words and np_words[0][0].lower() in CONJ:
        np_words = np_words[1:]
    if not np_words or not is_verb(verb[0]) or not np_ok([w for w, _, _ in np_words]):
        return None
    return np_words, verb


def _determined_subject_verb(words: list[Word]) -> tuple[list[Word], Word] | None:
    """ "Another child responded, “...”", "A heckler yelled: “...”": the whole lead is a
    short noun phrase with a determiner and a lower-case verb of speaking, so the phrase
    speaks whatever its head noun (the quote right after the comma or colon leaves no
    other reading)."""
    if not 3 <= len(words) <= 6:
        return None
    verb = words[-1]
    if not verb[0].islower() or not is_speech_verb(verb[0]):
        return None
    np_words = words[:-1]
    if not determined_np(np_words):
        return None
    return np_words, verb


def _last_clause(t: str, words: list[Word]) -> list[Word]:
    """The words after the last comma or "and" / "but" among ``words`` (all of them
    when there is none)."""
    for j in range(len(words) - 1, 0, -1):
        if "," in t[words[j - 1][2] : words[j][1]] or fold_word(words[j - 1][0]) in CONJ:
            return words[j:]
    return words


def clause_quote(doc: Document, q, us: int) -> Candidate | None:
    t = doc.t
    lead_e = q.start
    while lead_e > us and t[lead_e - 1].isspace():
        lead_e -= 1
    if lead_e > us and t[lead_e - 1] in ":,":
        return None  # "X said: “...”" : the older rule
    b = lead_e - 1
    lo = max(us, lead_e - 120)
    while b >= lo and t[b] not in ',;:”"»(':
        b -= 1
    if b < lo:
        return None
    words = words_with_pos(t, b + 1, lead_e)
    if not 2 <= len(words) <= 7:
        return None
    verb = words[-1]
    np_words = words[:-1]
    while np_words and np_words[-1][0].lower() in ("had", "has", "have"):
        np_words = np_words[:-1]
    if not np_words or np_words[0][0].lower() not in ("a", "an", "the", "one"):
        return None
    if not is_speech_verb(verb[0]) or not np_ok([w for w, _, _ in np_words]):
        return None
    return Candidate.quoted(q, verb, np_words[0][1], np_words[-1][2], "pre")


def attr_after_quote(doc: Document, q, us, ue):
    t = doc.t
    words = words_with_pos(t, q.end, min(ue, q.end + 200))
    if not words:
        return None
    # NP VERB
    inner = closing_mark(t, q) in (",", "?", "!")
    if inner:
        c = _np_relative_clause_verb(doc, q, words)
        if c is not None:
            return c
    for k in range(1, min(len(words), 8)):
        w, ws_, we_ = words[k]
        if fold_word(words[k - 1][0]) in DETS or t[ws_ - 2 : ws_] == ", ":
            continue  # "the bespectacled, 71-year-old diplomat said": adjectives
        lw = fold_word(w)
        if (
            is_verb(w)
            or (k > 1 and inner and lw in ("read", "reads"))
            or (lw == "shot" and k + 1 < len(words) and fold_word(words[k + 1][0]) == "back")
        ) and w.islower():
            np_words = words[:k]
            if k >= 2 and fold_word(np_words[-1][0]).endswith("ly") and np_words[-1][0].islower():
                np_words = np_words[:-1]
            speaker_words = None
            if (
                np_words
                and (
                    np_ok([x for x, _, _ in np_words])
                    # "“...,” the editorial read.", "“...!” the audience screamed back.":
                    # between a quote and its verb, a determiner and a short noun
                    # phrase speak whatever their head noun
                    or (inner and determined_np(np_words))
                    or (  # "“...,” this source told the Post."
                        inner
                        and fold_word(np_words[0][0]) in ("this", "these")
                        and determined_np([("the", 0, 0), *np_words[1:]])
                    )
                    # "“...?” a reporter in the hall asked.": the phrase and a place
                    or (inner and _determined_np_with_place(np_words))
                    # "“...,” Will wrote.", "“...,” From said.": a one-word name
                    # spelled like a function word, between the quote and its verb
                    or (
                        inner
                        and len(np_words) == 1
                        and is_speech_verb(w.rstrip("."))
                        and function_word_name(np_words[0][0])
                    )
                )
                and t[q.end : np_words[0][1]].strip(" ,—–-") == ""
            ):
                speaker_words = np_words
            elif (
                inner
                and np_words
                and is_speech_verb(w.rstrip("."))
                and t[q.end : np_words[0][1]].strip(" ,—–-") == ""
            ):
                # "“...,” CBS This Morning co-anchor DeMarco Morgan said": a title that
                # is no speaker phrase, then a full name, which speaks
                speaker_words = name_after_title(np_words)
            if speaker_words:
                if w.lower() in NONSPEECH:
                    return None
                if w.endswith("."):
                    w, we_ = w[:-1], we_ - 1  # "Babaryka asks.": the sentence's period
                sp_s, sp_e = speaker_words[0][1], speaker_words[-1][2]
                c = Candidate(q.start, q.end, w, ws_, we_, sp_s, sp_e, 3, role="post")
                extend_split_quote(doc, c, we_)
                return c
            break
        if t[ws_ - 1 : ws_] in "(" or w[0] in "(":
            break
    # VERB NP
    if inner and (c := reads_thing_after_quote(doc, q, words)) is not None:
        extend_split_quote(doc, c, c.sp_end)  # “A,” read the email. “B.”
        return c
    w, ws_, we_ = words[0]
    if is_verb(w) and w.islower() and w.lower() not in NONSPEECH and len(words) > 1:
        c = _verb_partitive_speaker(doc, q, words, inner)
        if c is not None:
            return c
        np: list[tuple[str, int, int]] = []
        for x in words[1:6]:
            if x[0][0].isupper() or (not np and x[0].lower() in ("the", "a", "he", "she")):
                np.append(x)
            elif (
                np
                and fold_word(np[0][0]) in ("the", "a")
                and (noun := x[0].removesuffix(".")).isalpha()
                and noun.islower()
                and fold_word(noun) not in NP_STOP | PREPS
            ):
                # "“Shame!” shouted a woman in the gallery" (or "... a woman.")
                np.append((noun, x[1], x[1] + len(noun)))
                if noun != x[0]:
                    break
            else:
                break
            if t[x[2] : x[2] + 1] in (",", ";", "("):
                break  # "said Franak Viacorka, Tsikhanouskaya's adviser": the name speaks
        if owned_speaker(t, np):
            # "“...,” said Bialiatski's wife.": the possessor's relative or aide speaks
            owned = owned_noun(t, words[len(np) + 1 : len(np) + 5])
            if not owned:
                return None
            np = np + owned
        if np and np_ok([x for x, _, _ in np]):
            sp_e = np[-1][2]
            last = np[-1][0]
            if last.endswith(".") and len(last) > 3 and last[-2].islower():
                sp_e -= 1  # "said Thomas R. Nides.": the sentence's period, not an initial
            c = Candidate.quoted(q, (w, ws_, we_), np[0][1], sp_e, "post")
            extend_split_quote(doc, c, sp_e)  # “A,” said X, “B.”
            return c
    return None


def _np_relative_clause_verb(doc: Document, q, words: list[Word]) -> Candidate | None:
    """ "“...,” an aide, who asked not to be named, told the agency.": a speaker noun
    phrase of up to five words, a relative clause set off by commas, and a speech verb
    right after the second comma; the speaker is the phrase before the clause."""
    t = doc.t
    r = next(
        (i for i in range(1, min(len(words), 6)) if t[words[i][1] - 2 : words[i][1]] == ", "),
        -1,
    )
    if r < 1 or fold_word(words[r][0]) not in ("who", "which"):
        return None
    if t[q.end : words[0][1]].strip(" ,—–-"):
        return None
    for m in range(r + 2, min(len(words), r + 20)):
        gap = t[words[m - 1][2] : words[m][1]]
        if any(ch in gap for ch in ';:“”"()—–'):
            return None
        if "," not in gap:
            continue
        w, vs, ve = words[m]
        if not (w.islower() and is_speech_verb(w.rstrip("."))) or fold_word(w) in NONSPEECH:
            return None
        np_words = words[:r]
        if not (np_ok([x for x, _, _ in np_words]) or determined_np(np_words)):
            return None
        if w.endswith("."):
            w, ve = w[:-1], ve - 1
        return Candidate.quoted(q, (w, vs, ve), np_words[0][1], np_words[-1][2], "post")
    return None


def _determined_np_with_place(ws: list[Word]) -> bool:
    """ "a reporter in the hall", "a message on the website": a determined noun phrase
    and one short place phrase (a preposition of place, a determiner, up to three
    words)."""
    i = next((i for i in range(2, len(ws)) if fold_word(ws[i][0]) in PREPS), -1)
    if i < 0 or fold_word(ws[i][0]) not in ("in", "on", "at"):
        return False
    rest = ws[i + 1 :]
    if not 2 <= len(rest) <= 4 or fold_word(rest[0][0]) not in ("the", "a", "an"):
        return False
    return determined_np(ws[:i]) and determined_np(rest)


def _verb_partitive_speaker(doc: Document, q, words: list[Word], inner: bool) -> Candidate | None:
    """ "“...,” tweeted another.", "“...,” says one, who ...", "“...,” said one of the
    witnesses who ...": after a quote closed by a comma, a speech verb and "another",
    "one" or "one of" + a noun phrase."""
    if not inner:
        return None
    t = doc.t
    w, ws_, we_ = words[0]
    if not is_speech_verb(w) or t[q.end : ws_].strip(" ,—–-"):
        return None
    first = fold_word(words[1][0].rstrip(".,"))
    if first in ("another", "one") and (
        words[1][0].endswith(".") or t[words[1][2] : words[1][2] + 1] == ","
    ):
        # "“...,” says one, who has ...": one of the people the text just spoke of
        sp_e = words[1][2] - words[1][0].endswith(".")
        return Candidate.quoted(q, (w, ws_, we_), words[1][1], sp_e, "post")
    if first != "one" or len(words) < 4 or fold_word(words[2][0]) != "of":
        return None
    e = 3
    while e < min(len(words), 9):
        lw = fold_word(words[e][0])
        if lw in ("who", "that", "which") or not words[e - 1][0][-1:].isalnum():
            break
        e += 1
    np_words = words[1:e]
    last = np_words[-1]
    sp_e = last[2] - (0 if last[0][-1:].isalnum() else 1)
    if not np_ok([x.rstrip(".,") for x, _, _ in np_words]):
        return None
    return Candidate.quoted(q, (w, ws_, we_), np_words[0][1], sp_e, "post")


_GOES_ON = {"when", "before", "after", "as", "while", "and", "who", "then", "prompting"}


def _clause_goes_on(t: str, q, tail: str) -> bool:
    """Does the sentence go on after a quote that closes with a comma (or ! or ?) in a way that
    leaves the quote whole ("“...,” before predicting ...", "“...,” drawing jeers",
    "“...,” when asked whether ...")?"""
    if closing_mark(t, q) not in (",", "!", "?"):
        return False
    first = fold_word(tail.split()[0].strip(",;"))
    if closing_mark(t, q) == "!" and (first in PREPS or first == "towards"):
        return True  # a cry and where or at whom: "chanted “Go away!” outside the palace"
    return first in _GOES_ON or (first.endswith("ing") and len(first) > 5)


def _quote_list_end(t: str, q, qs, ue: int) -> int:
    """ "they chanted “A” and “B.”": when only more quotes joined by "and", "or" or
    commas follow the quote to the end of the sentence, the end of the last; else 0."""
    pos = q.end
    rest = [x for x in qs if x.start >= q.end]
    if not rest or not all(x.closed for x in rest):
        return 0
    for x in rest:
        gap = t[pos : x.start].replace(",", " ").split()
        if len(gap) > 1 or (gap and gap[0] not in ("and", "or")):
            return 0
        pos = x.end
    return 0 if t[pos:ue].strip(" .!?") else pos


# the first word of an adverbial of time after a quote: "on Friday", "moments after"
_TAIL_TIME = {"on", "in", "at", "during", "moments", "shortly", "minutes", "hours", "days"}
_TAIL_TIME |= {"last", "this", "earlier", "later", "soon", "just"}


def _time_tail(t: str, q, tail: str) -> bool:
    """ "X tweeted, “...” on Friday afternoon.": after a quote closed without a comma,
    only a short adverbial of time (two to six words) ends the sentence."""
    if closing_mark(t, q) == ",":
        return False
    ws = tail.split()
    if not 2 <= len(ws) <= 6 or fold_word(ws[0]) not in _TAIL_TIME:
        return False
    return tail.rstrip()[-1:] in ".!?" and not any(ch in tail for ch in ',;:“”"()')


_QUESTION_VERBS = {"pressed", "questioned", "wondered", "wonders", "mused", "muses"}


def attribution_sentence(doc: Document, q, ue: int) -> Candidate | None:
    """ "“What was the turning point?” Beck questioned.": a unit that is nothing but a
    quote ending with ? or ! (the sentence splitter ends the sentence there) and a
    short next sentence of the same paragraph that is only its attribution: a speaker
    noun phrase, a verb of speaking and at most a few words after it."""
    t = doc.t
    end_mark = closing_mark(t, q)
    if end_mark not in "?!.…":
        return None
    k = doc.unit_index(ue) + 1  # the unit after the quote's
    if not 0 < k < len(doc.units) or doc.para_of(doc.units[k][0]) != doc.para_of(q.start):
        return None
    ns, ne = doc.units[k]
    if ne - ns > 150 or t[ue:ns].strip() or doc.quotes_in(ns, ne):
        return None  # (an attribution is a short sentence)
    words = words_with_pos(t, ns, ne)
    for v in range(1, min(len(words), 6)):
        w = words[v][0].rstrip(".")
        if not w.islower() or not (is_speech_verb(w) or fold_word(w) in _QUESTION_VERBS):
            continue
        if len(words) - v > (5 if end_mark in "?!" else 3):
            # a sentence of its own, not an attribution (after a full stop, only the
            # verb and a short adverbial: "“...” Trump said on Friday.")
            return None
        np_words = words[:v]
        if not (np_ok([x for x, _, _ in np_words]) or determined_np(np_words)):
            return None
        ve = words[v][1] + len(w)
        return Candidate(
            q.start, q.end, w, words[v][1], ve, np_words[0][1], np_words[-1][2], 3, role="post"
        )
    return None
