"""Headlines that attribute: "Lukashenko Says Belarus Will Not Join the War",
"Tsikhanouskaya warns of new arrests" (a short paragraph without a sentence end, or
in title case, whose speaker is named explicitly before the verb), and paragraphs
labelled with their speaker: "Lukashenko: Belarus Will Not Join the War", "TAPPER: Why
not debate?". "Name: “...”" headlines are in en_shape_dash."""

from __future__ import annotations

import re

from .document import Document
from .en_lexicon import CAP_STOP, EVIDENCE_NOUNS
from .en_not_claims import verbless_label
from .en_phrases import np_ok, words_with_pos
from .gender import given_name_gender
from .model import Candidate
from .text import fold_word, trim

_HEADLINE_CUES = frozenset(
    {
        "says",
        "say",
        "tells",
        "warns",
        "claims",
        "insists",
        "admits",
        "denies",
        "vows",
        "urges",
        "accuses",
        "predicts",
        "promises",
        "argues",
        "suggests",
        "threatens",
        "declares",
        "announces",
    }
)
_CUE_RE = re.compile(r"\b(?:" + "|".join(sorted(_HEADLINE_CUES)) + r")\b", re.IGNORECASE)
MAX_HEADLINE_WORDS = 20
# capitalised headline words that are no part of a name
_NOT_A_NAME = EVIDENCE_NOUNS | {
    "new",
    "top",
    "former",
    "senior",
    "latest",
    "local",
    "official",
    "officials",
    "expert",
    "experts",
    "source",
    "sources",
    "report",
    "analyst",
    "analysts",
    "critics",
    "people",
    "voters",
}


# a paragraph that opens with a name and a colon: "Joe Scarborough: ...", "TRUMP: ..."
# Words that make a label the writer's rubric rather than a speaker:
_RUBRIC = frozenset(
    (
        "update updated breaking revealed exclusive contributing wow look boom bombshell "
        "watch listen read note editor editor's correction clarification disclosure notice "
        "photo photos video audio live email newsletter daily recap summary highlights "
        "analysis opinion review background context timeline transcript question answer "
        "verdict rating fact check bottom line headline headlines caption credit credits busted "
        "advertisement sponsored warning spoiler ps p.s "
        # the kind of piece: "Interview: Kalesnikava on prison", "Explainer: ..."
        "interview explainer explained profile obituary factbox comment editorial feature "
        "podcast dispatch diary essay reaction reactions investigation pictures gallery "
        # a match report's rubrics: "Subs: Marshall, Henchoz, ...", "Result: Nadal 6-7 ..."
        "subs substitutes result results score scores scorer scorers goals bookings booked "
        "referee attendance venue squad line-up lineup teams team fixtures standings "
        # a fact-check's rubrics: "CLAIM: ...", "VERDICT: False.", "FACTS: ..."
        "claim claims facts myth reality truth conclusion ruling assessment explanation "
        # a newsletter's rubrics: "POLITICO Brussels Playbook:", "SPOTTED:"
        "playbook spotted transitions birthdays agenda scoop digest roundup briefing"
    ).split()
)
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def _names_or_score(content: str) -> bool:
    """A label's "content" that is a list of names or a score line, not a statement: no
    word of three lower-case letters ("Marshall, Henchoz, Juninho Paulista", "Nadal 6-7
    (6/8) 6-2"), and commas or digits (a title-case headline, "Donald Trump Is a
    ‘Proven Failure’", has neither)."""
    if _LOWER_WORD.search(content):
        return False
    return content.count(",") >= 2 or sum(ch.isdigit() for ch in content) >= 3


# (a role in brackets may follow the name: "GARY THORNBURY (Dinamo Minsk head coach):"; a
# broadcast transcript puts it in capitals after a comma, "OLIVER BRANDT, CNN SENIOR
# CORRESPONDENT:", and how one is heard in brackets, "BRANDT (voice-over):")
_LABEL_RE = re.compile(
    r"([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})"
    r"(?:,[ \t]+[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,6}(?=[ \t]*[:(]))?"
    r"(?:[ \t]+\([^()\n]{2,60}\))?[ \t]*:[ \t]+(?=\S)"
)


def labelled(doc: Document) -> list[Candidate]:
    """A paragraph whose speaker is its label: "Elizabeth Warren: Donald Trump Is a
    ‘Proven Failure’", "KATE BOLDUAN: Why not debate?". The label must be a name (two
    letters or more, no evidence noun such as "Poll" or "Report", no stop word such as
    "The"); the claim is the rest of the paragraph."""
    t = doc.t
    out: list[Candidate] = []
    for ps, pe in doc.paras:
        if t.find(":", ps, min(pe, ps + 60)) < 0:
            continue  # a fast test: most paragraphs open with no label
        m = _LABEL_RE.match(t, ps, pe)
        if m is None:
            continue
        if m.group(1) in _SCRIPT_CUES:
            out.extend(_sound_bite(doc, m, pe))
            continue
        words = words_with_pos(t, m.start(1), m.end(1))
        if (
            len(m.group(1)) < 3
            or any(
                w in CAP_STOP
                or fold_word(w) in _NOT_A_NAME
                or fold_word(w) in _RUBRIC
                # "BUSTED:", "BREAKING:" (a transcript's "UNIDENTIFIED MALE:" speaks)
                or (w.isupper() and w.endswith(("ED", "ING")) and w != "UNIDENTIFIED")
                for w, _, _ in words
            )
            or not np_ok([w for w, _, _ in words])
            or doc.quote_starting(m.end()) is not None  # "Name: “...”" is en_shape_dash's
        ):
            continue
        s, e = m.end(), pe
        while e > s and t[e - 1] in " .":
            e -= 1
        if len(t[s:e].split()) < 3 or _names_or_score(t[s:e]) or verbless_label(t[s:e]):
            continue
        colon = t.index(":", m.end(1))
        out.append(Candidate(s, e, ":", colon, colon + 1, m.start(1), m.end(1), 3, role="colon"))
    # an outlet's questions in an interview ("Kyiv Post: Why Ukraine?" three times and
    # more): the interviewer asks and claims nothing
    labels = [t[c.sp_start : c.sp_end] for c in out]
    asker = {x for x in _interviewers(t, out) if labels.count(x) >= 3}
    out = [c for c in out if t[c.sp_start : c.sp_end] not in asker]
    caps = [c for c in out if t[c.sp_start : c.sp_end].isupper()]
    said = [t[c.sp_start : c.sp_end] for c in caps]
    if len(doc.paras) >= 3 and not any(said.count(x) > 1 for x in said):
        # an article whose labels never come back is no transcript: a newsletter's
        # rubrics ("BORDER GAMBIT:", "MEP CORNER:", "BIRTHDAYS:") unless one reads as a
        # person's name ("KATE BOLDUAN: Why not debate?"); a lone paragraph may be one
        # turn of a transcript ("TAPPER: Do you think ...?")
        out = [c for c in out if c not in caps or _person_label(t[c.sp_start : c.sp_end])]
        caps = []
    if len(caps) >= 2:
        # a transcript ("RYZHENKOV: I would say to our neighbours: ..."): each answer
        # is its speaker's own words, whole, before any "I said" inside it
        _as_turns(caps)
        asker = _interviewers(t, caps)
        out = [c for c in out if c not in caps or t[c.sp_start : c.sp_end] not in asker]
    return _hearing(t, out, caps)


# a hearing's numbered questions ("Q41 Chair:", "Q44 Priya Sandhu:") and the labels of
# its front matter and chair ("Witnesses:", "Members present:", "Chair:")
_QUESTION_NO = re.compile(r"Q\d+\s")
_HEARING_LABELS = frozenset(["Witnesses", "Members present", "Present", "Chair", "In attendance"])


def _hearing(t: str, out: list[Candidate], caps: list[Candidate]) -> list[Candidate]:
    """A transcript whose labels are names as written ("Dr Kuzniatsova: I would not say
    ...", "Michael Halloran: Broadly, yes."): with numbered questions, or a label in
    lower case that comes back, each turn is its speaker's own words, whole; the
    members' numbered questions, the chair and the front matter claim nothing."""
    numbered = [c for c in out if _QUESTION_NO.match(t, c.sp_start)]
    if numbered:
        out = [
            c for c in out if c not in numbered and t[c.sp_start : c.sp_end] not in _HEARING_LABELS
        ]
    labels = [t[c.sp_start : c.sp_end] for c in out if c not in caps]
    turns = [c for c in out if c not in caps and labels.count(t[c.sp_start : c.sp_end]) > 1]
    if numbered or len(turns) >= 3:
        _as_turns(turns)
    return out


def _as_turns(cs: list[Candidate]) -> None:
    """Make labelled paragraphs a transcript's turns: each its speaker's own words,
    whole, holding what it reports others said ("Poland says ...")."""
    for c in cs:
        c.prio, c.kind, c.holds_claims = 0, "direct", True


# a broadcast script's directions: a sound bite names its speaker after the colon
# ("SOT: Ona Jurgaitienė, pensioner" and her words on the next line); the anchor's and
# the reporter's lines are the programme's own narration
_SCRIPT_CUES = frozenset(
    "SOT SYNC GRAB BITE SOUNDBITE CLIP PTC VO ANCHOR INTRO TAG OUTRO STANDUP".split()
    + ["ANCHOR INTRO", "ANCHOR TAG", "ANCHOR VO", "ANCHOR OUTRO", "ANCHOR LINK"]
)
_BITE_CUES = frozenset("SOT SYNC GRAB BITE SOUNDBITE CLIP".split())


def _sound_bite(doc: Document, m: re.Match[str], pe: int) -> list[Candidate]:
    """The words of a sound bite: its speaker is the name before the first comma or
    bracket of the direction line, its words the lines after it."""
    t = doc.t
    nl = t.find("\n", m.end(), pe)
    if m.group(1) not in _BITE_CUES or nl < 0:
        return []
    name = re.match(r"[^,(\n]+", t[m.end() : nl])
    s, e = trim(t, nl + 1, pe)
    if name is None or e <= s or not np_ok(name.group().split()):
        return []
    a = m.end()
    b = a + len(name.group().rstrip())
    colon = t.index(":", m.start(1))
    return [Candidate(s, e, ":", colon, colon + 1, a, b, 0, role="colon", kind="direct")]


def _person_label(label: str) -> bool:
    """Does a label in capitals open with a given name or a title ("KATE BOLDUAN", "MR
    TUSK")?"""
    first = label.split()[0].strip(".").lower()
    return given_name_gender(first) is not None or first in _LABEL_TITLES


_LABEL_TITLES = frozenset("mr mrs ms dr prof sen rep gen president minister".split())


def _interviewers(t: str, turns: list[Candidate]) -> set[str]:
    """The labels of a transcript whose turns are mostly questions ("BRENNER: What
    happened?"): the interviewer, whose turns ask or prompt and claim nothing."""
    asked: dict[str, list[bool]] = {}
    for c in turns:
        asked.setdefault(t[c.sp_start : c.sp_end], []).append(t[c.end - 1] == "?")
    return {label for label, qs in asked.items() if 2 * sum(qs) > len(qs)}


def headlines(doc: Document) -> list[Candidate]:
    t = doc.t
    out: list[Candidate] = []
    for ps, pe in doc.paras:
        if pe - ps > 200 or not _CUE_RE.search(t, ps, pe):
            continue
        words = words_with_pos(t, ps, pe)
        if not 3 <= len(words) <= MAX_HEADLINE_WORDS:
            continue
        caps = sum(1 for w, _, _ in words if w[:1].isupper())
        headline = t[pe - 1] not in ".!?”\"'" or caps * 10 >= len(words) * 6
        if not headline:
            continue
        for k in range(1, min(6, len(words) - 1)):
            w = words[k][0]
            if w.lower() not in _HEADLINE_CUES:
                continue
            speaker = words[:k]
            # the speaker: an explicit name, every word capitalised ("Hillary Clinton")
            if not all(x[0][:1].isupper() and x[0] not in CAP_STOP for x in speaker):
                break
            if any(fold_word(x[0]) in _NOT_A_NAME for x in speaker):
                break  # "New Poll Says", "Top Official Says": no name
            if any(ch in t[speaker[0][1] : words[k][1]] for ch in ',:;()“”"—–'):
                break
            if len(speaker) == 1 and _common_noun_in_body(t, speaker[0][0], pe):
                break  # "Row threatens museum plan" over "a row between ...": no name

            s, e = words[k + 1][1], pe
            if w.lower() == "warns" and fold_word(words[k + 1][0]) == "of" and k + 2 < len(words):
                s = words[k + 2][1]  # "Tsikhanouskaya warns of new arrests": what she warns of
            while e > s and t[e - 1] in " .":
                e -= 1
            if w.lower() == "claims" and _prize(t[s:e]):
                break  # "Federer claims Dubai crown": a prize won, no statement
            if len(t[s:e].split()) >= 2:
                out.append(
                    Candidate(
                        s,
                        e,
                        w,
                        words[k][1],
                        words[k][2],
                        speaker[0][1],
                        speaker[-1][2],
                        3,
                        role="pre",
                    )
                )
            break
    return out


# what a sports or business headline "claims" when it wins it: "Federer claims Dubai
# crown", "Isinbayeva claims new world best", "Rebels claim seat"
_PRIZES = frozenset(
    "crown title titles victory win gold silver bronze medal medals best record prize"
    " trophy place seat seats lead double treble hat-trick scalp cup championship pole"
    " spot points point stake majority".split()
)


def _prize(content: str) -> bool:
    """Is a headline's "claims ..." a prize won, not a statement: its last word a prize?"""
    ws = content.split()
    return bool(ws) and len(ws) <= 5 and fold_word(ws[-1]) in _PRIZES


def _common_noun_in_body(t: str, word: str, after: int) -> bool:
    """Is a one-word headline "speaker" a common noun: the body after the headline uses
    it in lower case ("a row over the plan") and never capitalised inside a sentence
    ("... said Lukashenko")? A name the body never repeats gives no evidence either way."""
    body = t[after:]
    if not re.search(r"\b" + re.escape(word.lower()) + r"s?\b", body):
        return False
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", body):
        # the last character before the word, spaces and tabs skipped (a backward scan:
        # copying the body up to each match made a long article quadratic)
        i = m.start()
        while i > 0 and body[i - 1] in " \t":
            i -= 1
        if i > 0 and body[i - 1] not in ".!?\n:“\"‘'—–-":
            return False
    return True
