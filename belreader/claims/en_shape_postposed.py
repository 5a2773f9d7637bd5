"""Attribution after the content: "..., X said." / "“...,” said X" / a quote split by its
attribution ("“A,” X said, “B.”")."""

from __future__ import annotations

import re
from itertools import pairwise

from .document import Document
from .en_adverbials import skip_adverbials
from .en_clauses import (
    dash_which,
    is_tail,
    quote_after,
    quote_after_words,
    quote_left,
    title_like,
)
from .en_content_start import after_colon, fronted_lead_end
from .en_cues import after_possessive
from .en_function_words import POSSESSIVE_DETS
from .en_lexicon import (
    ADV_PREPS,
    ALL_CUES,
    CAP_STOP,
    CONJ,
    DETS,
    EVIDENCE_NOUNS,
    NP_STOP,
    PARTICIPLE_TAIL,
    PREPS,
    PRONOUNS,
    SUBORD,
    TELL,
)
from .en_not_claims import after_title, phrase_only, subordinate_only
from .en_phrases import (
    AGE_WORD,
    WORD_RE,
    np_ok,
    words_with_pos,
)
from .en_speakers import SPEAKER_NOUNS
from .model import Candidate, Span
from .quotes import OPEN_QUOTES
from .text import fold_word, skip_space, trim


def paren_open(t: str, start: int, end: int, after: int) -> int:
    """A content and its attribution inside parentheses ("(“They were polite,” he
    recalls.)", "calm (“It is late,” he notes)") start after the opening bracket that
    the attribution closes."""
    p = t.rfind("(", start, end)
    if p < 0 or ")" in t[p:end]:
        return start
    c = t.find(")", after, after + 200)
    if c < 0 or "(" in t[after:c]:
        return start
    return p + 1


def postposed(doc: Document, us, b, cs, ce, sp_s, sp_e, cue_text, speaker_override):
    t = doc.t
    if after_possessive(t, cs):
        return None  # "…, praised Clinton's remarks.": a noun, no report of what went before
    if fold_word(cue_text) in _SHOW and not _shows_things(t[sp_s:sp_e] if sp_s >= 0 else ""):
        return None  # "…, delegates at the gadget show …": figures show, people do not
    if (
        fold_word(cue_text) in _NOUN_CUES
        and t[b] in '”"»'
        and t[b - 1 : b].isalnum()
        and not quote_left(doc, b, us)
    ):
        # "Labour criticised “extravagant” Tory promises on policing": a quoted word
        # inside the sentence, then a noun, is no attribution
        return None
    end = b + 1 if t[b] in "”\"»'" else b
    if t[b] == "," and t[b + 1 : b + 2] in ("’", "'"):
        q = doc.quote_at(b)
        if q is not None and q.end == b + 2:
            end = b + 2  # "‘…,’ she said": a single quote closes after the comma
    start = us
    # a quote that closes at the boundary may have opened before the unit
    q = doc.quote_at(end - 1) if end > us else None
    if q is not None and q.start < start:
        start = q.start
    elif (
        q is not None
        and q.closed
        and q.end == end
        and t[us : q.start].rstrip().endswith((":", " -", "—", "–", "―"))
    ):
        # "Trump asserted that ...: “France is no longer France,” he claimed.": the
        # attribution after the quote is the quote's; the narration before the colon
        # (or the dash of an aside: "A - “B,” he said - and C") is not its content
        start = q.start
    elif (
        q is not None
        and q.closed
        and q.end == end
        and q.start > us
        and t[us : q.start].rstrip().endswith(",")
        and ALL_CUES.intersection(fold_word(w.strip(",")) for w in t[us : q.start].split())
        and not title_like(t[q.start : q.end])
    ):
        # "Biden weighed in, telling Mic in an interview, “...,” he said.": the
        # narration before the quote has a verb of saying of its own, and tells how the
        # words came; the claim is the quote
        start = q.start
    start = paren_open(t, start, end, max(ce, sp_e))
    s, e = trim(t, start, end)
    if t[s] not in OPEN_QUOTES and fold_word(cue_text) in _APPROVAL:
        return None  # "When X said A, the crowd applauded loudly.": no report of A
    if t[s] not in OPEN_QUOTES:
        s = fronted_lead_end(doc, after_colon(doc, dash_which(doc, s, e), e), e)
    else:
        q0 = doc.quote_starting(s)
        if (
            q0 is not None
            and q0.closed
            and q0.end < e
            and t[q0.end - 2 : q0.end - 1] in ",?!"
            and len(t[q0.end : e].split()) <= 3
            and not doc.quotes_in(q0.end, e)
        ):
            # "“...,” the bespectacled, 68-year-old diplomat said": the words between
            # the quote and the comma before the speaker describe the speaker
            e = q0.end
    if e - s < 12 or len(t[s:e].split()) < 3:
        if (
            t[s] in OPEN_QUOTES
            or t[b + 1 : min(cs, sp_s) if sp_s >= 0 else cs].strip()
            or (0 <= sp_s < cs and t[sp_e:cs].strip())
        ):
            # (not "All three, who have denied the allegations, have ..." nor "The
            # relative, a woman who asked to remain anonymous, said ...")
            return None
        # "As a result, says the committee, the government ...", "That, says Mr
        # Shraibman, is the problem": a short lead, the content after the attribution
        return scene_then_content(doc, s, b, cs, ce, sp_s, sp_e, cue_text, speaker_override)
    if phrase_only(t, s, e) or subordinate_only(t, s, e):
        # "On a larger scale, said Mr Trainor, improvements ...": the scene, then the
        # content after the attribution; "In a speech last July, he said:" has none;
        # "While the talks went on, she added, the army massed": the same
        return scene_then_content(doc, s, b, cs, ce, sp_s, sp_e, cue_text, speaker_override)
    if t[s] not in OPEN_QUOTES and _VERB_NEXT.match(t, max(ce, sp_e)):
        # "What needs to happen now, agree analysts, is for speeds to rise": the words
        # before the attribution are the subject of the verb after it
        return scene_then_content(doc, s, b, cs, ce, sp_s, sp_e, cue_text, speaker_override)
    c = Candidate(
        s, e, cue_text, cs, ce, sp_s, sp_e, 0, speaker_override=speaker_override, role="post"
    )
    extend_split_quote(doc, c, max(ce, sp_e))
    return c


_VERB_NEXT = re.compile(
    r",\s+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|does"
    r"|did)\s+[a-z]"
)


def scene_then_content(doc: Document, s, b, cs, ce, sp_s, sp_e, cue_text, speaker_override):
    """The claim of "SCENE, X said, CONTENT." whose part before the attribution only
    sets the scene: the whole sentence with the attribution as its gap, as in
    "CONTENT, X said, CONTENT."; None when no clause follows the attribution."""
    t = doc.t
    ue = doc.units[doc.unit_index(b)][1]
    a = skip_space(t, skip_adverbials(doc, max(ce, sp_e), ue, "said"), ue)
    if a >= ue or t[a] != "," or len(t[a + 1 : ue].split()) < 3:
        return None
    head = t[a + 1 : ue].split()[0].lower()
    if (head in PARTICIPLE_TAIL and head.endswith("ing")) or head in TELL:
        return None  # "..., X wrote to investors, telling them ...": the attribution's
    s1, e1 = trim(t, s, ue)
    return Candidate(
        s1,
        e1,
        cue_text,
        cs,
        ce,
        sp_s,
        sp_e,
        1,
        gap=Span(b, a + 1),
        speaker_override=speaker_override,
        role="paren",
    )


def extend_split_quote(doc: Document, c: Candidate, attr_end: int) -> None:
    """“A,” X said on Wednesday, “B.” : one quote split by its attribution."""
    t = doc.t
    if t[c.end - 1 : c.end] not in "”\"»'":
        return
    k = doc.unit_index(c.end - 1)
    ue = doc.units[k][1]
    p = skip_space(t, attr_end, ue)
    # an object of the verb ("told Capital Download"), then adverbials
    for _ in range(4):
        m = WORD_RE.match(t, p)
        if (
            not m
            or m.start() >= ue
            or not (
                m.group()[0].isupper()
                or m.group().lower() in ("me", "us", "reporters", "journalists")
            )
        ):
            break
        p = skip_space(t, m.end(), ue)
    p = skip_adverbials(doc, p, ue, "told")
    p = skip_space(t, p, ue)
    if after_title(doc, attr_end, p, ue, "told") != p:
        return  # “A,” she wrote in her memoir, “Hard Choices.”: a title, no second part
    if p < ue and t[p] == ",":
        p2 = skip_space(t, p + 1, ue)
        if t[p2 : p2 + 4] == "and ":
            p = p2 + 3
        q = quote_after(doc, p, ue)
        if q is not None:
            if t[c.start] not in OPEN_QUOTES and q.start - c.end > (c.end - c.start) + (
                q.end - q.start
            ):
                # 'Oz is “smart,” X wrote in a long email to ..., and “...”' : a
                # mixed claim whose attribution outweighs its content stays short
                return
            c.gap = Span(c.end, q.start)
            c.end = q.end
            return
    if t[c.end - 2 : c.end - 1] == "," and t[c.start] in OPEN_QUOTES:
        # “A,” he said of the campaign, “B.” / “A,” X tweeted last January, “B.”: the
        # comma inside the first part says the sentence goes on; a few more words of
        # attribution (no clause, cue or quote of their own) before the second part
        q = quote_after_words(doc, attr_end, ue) or _after_appositive(doc, attr_end, ue)
        if q is not None:
            c.gap = Span(c.end, q.start)
            c.end = q.end


def _after_appositive(doc: Document, attr_end: int, ue: int):
    """“A,” said X, an economist who runs the forecast, “is B.” / “A,” X wrote in a
    statement explaining why he came, “but B.”: more words of attribution (an
    appositive, an occasion; no quote, no finite cue, no dash, brackets or sentence
    end) and, after a comma, a second part that starts in lower case, so it goes on
    with the first part's sentence. The quote, or None."""
    t = doc.t
    qs = doc.quotes_in(attr_end, ue)
    if not qs or not qs[0].closed or qs[0].start - attr_end > 200:
        return None
    q = qs[0]
    first = t[q.start + 1 : q.start + 2]
    if not first.islower() or t[q.start - 2 : q.start].strip() != ",":
        return None
    mid = t[attr_end : q.start - 2]
    if any(ch in mid for ch in '“”"«»„;()—–―!?') or ". " in mid or t[q.end : ue].strip(" .”\"’'"):
        return None
    for w in mid.split():
        lw = fold_word(w.strip(","))
        if (lw in ALL_CUES and not lw.endswith("ing")) or lw in ("that", "but") or lw in SUBORD:
            return None  # another clause, maybe another speaker ("as the guard shouted")
    return q


def _title_then_name(np: list[tuple[str, int, int]]) -> bool:
    """A lower-case title with "of" before a capitalised name of two or more words:
    "former secretary of state Hillary Clinton", "master of ceremonies Ales Bely"."""
    k = next((i for i, (w, _, _) in enumerate(np) if w[:1].isupper()), len(np))
    name = [w for w, _, _ in np[k:]]
    return (
        k > 0
        and any(w == "of" for w, _, _ in np[:k])
        and len(name) >= 2
        and all(w[:1].isupper() for w in name)
        and np_ok(name)
    )


# verbs of approval with no words of their own after unquoted content ("“Yes!” she
# cheered" still reports a cry)
_APPROVAL = frozenset(("applauded", "applauds", "cheered", "cheers", "clapped", "booed"))
# cue words that are also plural nouns ("Tory promises", "his claims")
_NOUN_CUES = frozenset(("promises", "claims", "reports", "pledges", "vows", "threats"))
_SHOW = frozenset(("show", "shows", "showed"))


def _shows_things(speaker: str) -> bool:
    """Can what the speaker phrase names "show" something: records, figures, a poll, the
    minutes of a meeting ("Election Commission records compiled by X show")?"""
    return any(fold_word(w) in EVIDENCE_NOUNS or fold_word(w) == "minutes" for w in speaker.split())


_OF_DETS = {"the", "those", "these", "his", "her", "their", "its", "our"}


def owned_speaker(t: str, np: list[tuple[str, int, int]]) -> bool:
    """Does the speaker phrase stop at a possessive that owns the real speaker ("said
    Bialiatski's wife")? Not after a comma ("said Roy Verley, HP's former spokesman":
    the name speaks) nor after "of" ("said X of Novo's punishment")."""
    return bool(
        np
        and np[-1][0].endswith(("'s", "’s"))
        and not any(fold_word(w) in ("of", "for") for w, _, _ in np)
        and not any(t[a[2] : b[1]].strip() for a, b in pairwise(np))
    )


def owned_noun(t: str, after: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The lower-case words after a possessive, up to the end of the phrase ("wife",
    "elderly mother"); none when a preposition or a determiner comes first."""
    out: list[tuple[str, int, int]] = []
    for k, x in enumerate(after):
        w = x[0].rstrip(".")
        if (
            not (w.replace("-", "").isalpha() and w.islower())  # "daughter-in-law"
            or fold_word(w) in PREPS
            or fold_word(w) in DETS
        ):
            return []
        out.append(x)
        if x[0].endswith(".") or k + 1 == len(after) or t[x[2] : after[k + 1][1]].strip():
            return out
    return []


def _name_after_role(t: str, np: list, words: list) -> list:
    """ "said its chairman, Sir Anthony Greener", "said her lawyer, Maksim Znak": a role
    with a possessive determiner, then the name in apposition (two to four capitalised
    words that end the phrase): the role and the name."""
    if not (2 <= len(np) <= 4 and fold_word(np[0][0]) in POSSESSIVE_DETS):
        return np
    k = next(i for i, x in enumerate(words) if x[1] == np[-1][1]) + 1
    if t[np[-1][2] : np[-1][2] + 2] != ", ":
        return np
    name = []
    for w, s, e in words[k : k + 4]:
        if not (w[:1].isupper() and w not in CAP_STOP):
            break
        name.append((w, s, e))
        if t[e : e + 1] in ",.;":
            break
    if len(name) >= 2 and t[name[-1][2] : name[-1][2] + 1] in (",", ".", ";", ""):
        return np + name
    return np


def inverted(doc: Document, cs, ce, us, ue, cue_text, b, ws):
    """ ", said the official" / "” said Shraibman, who ..." / "“...” says X"."""
    t = doc.t
    if ws:  # words between the boundary and the cue that are not a speaker
        return None
    if fold_word(cue_text.split()[0]) in TELL:
        return None  # "…, told Belsat.": the one told, never the speaker
    if b < 0 or (t[b] not in ',”"»—–―' and not (t[b] == "'" and t[b - 1 : b] in "'.,!?…")):
        return None  # (a straight single quote closes after punctuation: "'…,' said X")
    words = words_with_pos(t, ce, min(ue, ce + 160))
    np: list[tuple[str, int, int]] = (
        _bare_plural(t, words, ue) if fold_word(cue_text) in _INVERTED_PLURAL_CUES else []
    )
    for k, (w, s, e) in enumerate([] if np else words):
        lw = fold_word(w)
        if k == 0 and lw in POSSESSIVE_DETS and words[1:2] and words[1][0].islower():
            np.append((w, s, e))  # "said its chairman, X": a role, its name after it
            continue
        if k == 0 and (lw in PRONOUNS or lw in ("the", "a", "an", "one", "another")):
            np.append((w, s, e))
            if lw in PRONOUNS:
                break
            continue
        if s > 0 and t[s - 1] == "(":
            break
        if w[0].isupper() and w not in CAP_STOP:
            np.append((w, s, e))
        elif (
            len(np) == k < 5
            # "team-mate", "27-year-old": hyphenated words of a title or an age
            and (w.replace("-", "").isalpha() or AGE_WORD.fullmatch(w) is not None)
            and w.islower()
            and (
                # "secretary of state", "master of ceremonies": a title in lower case
                # ("David Rubin of administrators David Rubin & Partners" is a name)
                (lw == "of" and 0 < k < 3 and all(x[0].islower() for x in np))
                or (lw not in NP_STOP and lw not in ADV_PREPS and lw not in PREPS)
            )
            and not lw.endswith("ly")
            and any(x[0][:1].isupper() and x[0] not in CAP_STOP for x in words[k + 1 : 5])
        ):
            # "said retired neurosurgeon Ben Carson", "says conservative activist X",
            # "said former tech executive Carly Fiorina", "said former secretary of
            # state Hillary Clinton"
            np.append((w, s, e))
        elif (
            (
                np
                and np[0][0].lower() in ("the", "a", "an", "one", "another")
                and (
                    lw not in NP_STOP
                    and lw not in ADV_PREPS
                    and lw not in PREPS
                    and not (lw.endswith("ly") and len(lw) > 4)
                )
                and len(np) < 6
            )
            or (
                lw in ("of", "for")
                and np
                and k + 1 < len(words)
                and (words[k + 1][0][0].isupper() or words[k + 1][0].lower() in _OF_DETS)
            )
            # "said one of those advisers", "said one of his aides"
            or (lw in _OF_DETS and np and np[-1][0].lower() in ("of", "for"))
        ):
            np.append((w, s, e))
        else:
            break
        if (e < ue and t[e] in ",(;") or (
            e < ue and t[e] == "." and w[-1:] != "." and not (len(w) <= 3 and w[0].isupper())
        ):
            break
    while np and fold_word(np[-1][0]) in ("of", "for", "the"):
        np.pop()
    named = _name_after_role(t, np, words)  # "said its chairman, Sir Anthony Greener"
    appositive, np = len(named) > len(np), named
    if owned_speaker(t, np):
        # "“...,” said Bialiatski's wife.": the possessor's relative or aide speaks
        k = next(i for i, x in enumerate(words) if x[1] == np[-1][1])
        owned = owned_noun(t, words[k + 1 : k + 5])
        if not owned:
            return None
        np += owned
    if not np:
        return None
    if (
        not np_ok([w for w, _, _ in np])
        and not _title_then_name(np)
        and not appositive
        and not (
            # "“...,” said another leading court advocate, ...": after a quote, a
            # determiner and a short noun phrase speak whatever their head noun
            2 <= len(np) <= 6
            and fold_word(np[0][0]) in ("the", "a", "an", "another", "one")
            and any(ch.isalpha() for ch in np[-1][0])
            and fold_word(np[-1][0]) not in NP_STOP
            and quote_left(doc, b, us)
        )
    ):
        return None
    sp_s, sp_e = np[0][1], np[-1][2]
    last = np[-1][0]
    if last.endswith(".") and len(last) > 3 and last[-2].islower():
        sp_e -= 1  # "said Pavel Lebedko.": the sentence's period, not an abbreviation
    r0 = t[sp_e:ue].lstrip()
    if not (
        r0[:1] in ",("
        or is_tail(doc, sp_e, ue)
        # "said a spokesman who asked not to be named": the speaker's relative clause
        or (r0.startswith("who ") and fold_word(np[0][0]) in ("the", "a", "an", "one", "another"))
    ):
        # "said Shraibman at the conference." : adverbials are fine too
        # (the real cue: "recommended replacing X with Y in Z" is its object, no phrase)
        r = skip_adverbials(doc, sp_e, ue, fold_word(cue_text.split()[0]))
        if not is_tail(doc, r, ue) and not quote_left(doc, b, us):
            return None
    return postposed(doc, us, b, cs, ce, sp_s, sp_e, cue_text, None)


# cues that put a bare plural after them ("..., say analysts."; not "a majority of
# regular, pledged delegates")
_INVERTED_PLURAL_CUES = frozenset(
    "say says said add added warn warned agree agreed argue argued insist insisted note"
    " noted claim claimed suggest suggested predict predicted admit admitted".split()
)


def _bare_plural(t: str, words, ue: int) -> list:
    """ "..., said police.", "..., say industry analysts, ...": one or two lower-case
    words ending in people who speak, in the plural, closing the attribution."""
    for k, (w, s, e) in enumerate(words[:2]):
        w = w.rstrip(".")  # ("police." at the sentence's end is one word)
        e = s + len(w)
        if not w.isalpha() or not w.islower() or fold_word(w) in NP_STOP:
            return []
        lw = fold_word(w)
        if lw in SPEAKER_NOUNS and (lw.endswith("s") or lw == "police"):
            return [*words[:k], (w, s, e)] if e >= ue or t[e] in ",.;" else []
    return []


_INVERTED_DETS = frozenset(("the", "a", "an"))


def inverted_after_clause(doc: Document, cs, ce, us, ue, cue_text, b):
    """ "In nearby Minsk, the plant is hanging on, but it is under pressure, said the
    company's chief executive": a determiner after ", said" opens the speaker, and the
    clause before the comma is the claim, not a subject with asides ("Smith, a scholar
    at X, said the plan ..."). Only when the sentence does not open with a name or a
    noun phrase before its first comma ("But Alain Terzian, president of X, ..., said
    the changes ..."), and no name stands in commas right before the cue ("X's
    manager, Corey Smith, said the aide who ...")."""
    t = doc.t
    if fold_word(t[skip_space(t, ce, ue) : ce + 8].split(" ", 1)[0]) not in _INVERTED_DETS:
        return None
    aside = t[t.rfind(",", us, b) + 1 : b].split()
    if 1 <= len(aside) <= 4 and all(w[0].isupper() and w not in CAP_STOP for w in aside):
        return None
    first = t[us : t.find(",", us, b + 1)].split()
    while first and fold_word(first[0]) in CONJ:
        first = first[1:]
    if first and np_ok(first) and fold_word(first[0]) not in PREPS:
        return None
    return inverted(doc, cs, ce, us, ue, cue_text, b, [])
