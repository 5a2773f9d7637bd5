"""Whom "it" or "they" means, cautiously: the body that is the subject of the clause
before it, or that spoke there. A clause whose subject is something else ("The
committee reached its conclusions after it found", "The study ... found. It also
found", "analysts said ... They have predicted") leaves the pronoun unresolved: the
nearest body named anywhere in reach was the wrong one in 10 of 25 BBC claims read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .described_names import name_after_description
from .en_clauses import clause_subject
from .en_entity_words import COMPANY_NOUNS, DOCUMENTS, ORG_WORDS, ROLE_WORDS
from .en_function_words import ADVERBS, CONJ, FRONT_ADVERBS
from .en_lexicon import EVIDENCE_NOUNS
from .en_speakers import SPEAKER_NOUNS
from .entities import ORG, PERSON
from .gender import HONORIFICS, given_name_gender
from .role_antecedent import named_as_body
from .speaker_phrases import PERSON_NOUNS
from .text import fold_word

if TYPE_CHECKING:
    from .resolve import Resolver

_BODY_PRONOUNS = frozenset(("it", "its", "they", "their", "them"))


def clause_before(res: Resolver, pos: int) -> tuple[int, int] | None:
    """The stretch of text the pronoun at ``pos`` follows: the sentence before when the
    pronoun opens its own ("But it said", "“...,” it said", "Last week, it said"),
    else its own sentence up to it ("..., although it warned"); None at the article's
    start."""
    doc = res.doc
    k = doc.unit_index(pos)
    if k < 0:
        return None
    us, _ = doc.units[k]
    lead = res.t[us:pos]
    q = doc.quote_at(us)
    words = [fold_word(w).strip(",") for w in lead.split()]
    if (q is not None and q.end <= pos and not lead[q.end - us :].strip(" ,")) or all(
        w in CONJ or w in FRONT_ADVERBS for w in words
    ):
        return doc.units[k - 1] if k > 0 else None
    if lead.rstrip().endswith(",") and k > 0 and clause_subject(doc, us, pos) is None:
        if words and words[0] in _CONCESSIVE and len(words) > 2 and words[1] not in _PRONOUNS:
            # "Although the White House still backs ..., it has indicated": the
            # subordinate clause's own subject
            return us + lead.index(" ") + 1, pos
        # "Last week, it denied", "As a result, they say", "Limiting spending will cost
        # jobs, they counter": a fronted phrase or the claim itself, with no subject to
        # tell; the sentence before does
        return doc.units[k - 1]
    return us, pos


_CONCESSIVE = frozenset(("although", "though", "while", "whilst"))
_PRONOUNS = _BODY_PRONOUNS | {"he", "she", "we", "i", "you"}


def _loose_subject(t: str, a: int, b: int) -> tuple[int, int, int] | None:
    """The subject of a clause the speaker-phrase scan does not read, as (start, end,
    verb): one set off from its verb by an aside ("GM, whose brands include Buick, is
    due", "The commission, an independent body including two judges, had been asked"),
    or the owner in "Heineken's net income fell" (the verb: the owner's end)."""
    m = _OWNER_SUBJECT.match(t, a, b) or _ASIDE_SUBJECT.match(t, a, b)
    if m is None:
        return None
    return m.start(1), m.end(1), m.start(2) if m.re is _ASIDE_SUBJECT else m.end(1)


_NAME_RUN = r"(?:[A-Z][\w&.-]*)(?:\s+(?:of|and|&|for|the|[A-Z][\w&.-]*))*"
_OWNER_SUBJECT = re.compile(
    r"(?:(?:And|But|Yet|So)\s+)?((?:The\s+)?" + _NAME_RUN + r")['’]s\s+[a-z]"
)
_ASIDE_SUBJECT = re.compile(
    r"(?:(?:And|But|Yet|So)\s+)?((?:[Tt]he\s+[a-z]+|" + _NAME_RUN + r")),\s+"
    r"(?:who|whose|which|an?|the|one)\b[^.;:“”\"]{1,200}?,\s+(?:[a-z]+ly\s+)?"
    r"((?:is|was|has|had|are|were|will|would|does|did|can|could|may|might|must|[a-z]+ed)\b)"
)


def _a_name(res: Resolver, s: int, e: int) -> bool:
    """ "GM", "the FAO", "The Association of British insurers": a body the entity scan
    knows, or every word capitalised after an optional "the"."""
    if any(m.entity.kind == ORG for m in res.entities.before(s, e)):
        return True
    words = [w.strip("(),") for w in res.t[s:e].split()]
    if words and fold_word(words[0]) == "the":
        words = words[1:]
    return bool(words) and all(w[:1].isupper() for w in words if w)


def body_pronoun_subject(res: Resolver, pos: int) -> str | None:
    """What the clause before says of "it"/"they" at ``pos``: the speaker of a claim
    there ("The airline said A. It added B", "analysts said ... They predicted"), ""
    (resolve as usual: its subject is a body's name or itself a pronoun), or None (its
    subject is something else: leave the pronoun unresolved)."""
    t = res.t
    span = clause_before(res, pos)
    if span is None:
        return ""
    a, b = span
    if res.doc.quote_at(a) is not None and res.doc.unit_index(a) > 0:
        a = res.doc.units[res.doc.unit_index(a) - 1][0]  # a quote's sentence: and its lead
    plural = fold_word(t[pos : pos + 5].split(" ", 1)[0]) in ("they", "their", "them")
    for p, speaker, surface in reversed([h for h in res.history if a <= h[0] < b]):
        if _a_person(res, speaker, p, surface):
            break  # a person spoke there: the usual search decides
        words = (surface or speaker).split()
        first = fold_word(words[0])
        said_plural = first == "they" if first in _BODY_PRONOUNS else _plural(words)
        if not (plural == said_plural or (plural and _collective(words))):
            break
        if (
            not plural
            and " " not in speaker
            and speaker[:1].isupper()
            and not _known_body(res, speaker, surface or speaker, pos)
        ):
            return None  # "Smith said the firm ... It said": a surname, or the firm?
        return speaker  # "analysts said ... They predicted", "Barclays cautioned ... It"
    found = clause_subject(res.doc, a, b) or _loose_subject(t, a, b)
    if found is None:
        # a clause whose subject is not found: the nearest body was right for "it" in 12
        # of 20 BBC claims read, for "they" in none of 5
        return None if plural else ""
    s, e = found[0], found[1]
    words = t[s:e].split()
    if fold_word(words[-1]) in _BODY_PRONOUNS:
        return ""  # "It said ... It added": the chain goes on
    if _PASSIVE_BY.search(t, e, b):
        return ""  # "The figures were prepared by Alva. It found": the agent
    if (named := name_after_description(t, s, e)) is not None:
        return _subject_name(res, named, e, found[2], plural, pos)
    if _a_name(res, s, e):
        return _subject_name(res, s, e, found[2], plural, pos)
    return _body_phrase(res, words, s, plural)


def _subject_name(res: Resolver, s: int, e: int, verb: int, plural: bool, pos: int) -> str | None:
    """The body a capitalised subject of the clause before names, for "it"/"they" at
    ``pos``: "Wimpey said ... “...,” it added", "Yukos called the sale illegal ... It
    also has vowed". The nearest body named anywhere before was another in 11 of 32 BBC
    claims read ("B&B", "the Court of Appeal on Wednesday"). "" (the usual search) for a
    word capitalised only because it opens the sentence ("Revenues", "Two years
    before ..."); None for a person ("Mr McConnell", "He"), a thing ("IPTV"), a subject
    cut short ("The Russian government's argument") or of the other number."""
    t = res.t
    surface = t[s:e]
    words = [w.strip("(),") for w in surface.split()]
    lows = [fold_word(w) for w in words]
    head = words[1:] if lows[0] == "the" else words
    known = res.entities.named(surface) or res.entities.named(" ".join(head))
    spoke = [
        speaker
        for p, speaker, said in res.history
        if surface in (speaker, said) and not _a_person(res, speaker, p, said)
    ]
    a_body = (known is not None and known.kind == ORG) or bool(spoke)
    if lows[0] in _PERSON_PRONOUNS:
        return None  # "He will not talk about ... They would argue": not him
    if len(head) == 1 and lows[0] != "the" and not a_body and not _a_proper_word(t, head[0]):
        # "Revenues", "Pupils", "More": a subject that says nothing of the pronoun (the
        # nearest body was right in the 4 BBC claims read)
        return ""
    if not _whole_subject(t, e, verb, plural):
        return None
    if lows[0] in ("a", "an"):
        return None
    if (
        not head
        or fold_word(head[0]) in HONORIFICS
        or (not spoke and any(given_name_gender(w) is not None for w in head))
    ):
        return None  # "Mr McConnell", "Treasury Secretary John Snow": a person
    if known is not None and known.kind == PERSON and (known.gender or known.roles):
        return None
    if not a_body and not _known_body(res, " ".join(head), surface, pos):
        return None  # "But IPTV could be used ... It even suggests": a thing, not a body
    verb_plural = fold_word(t[verb : verb + 6].split(" ", 1)[0]) in _PLURAL_VERBS
    many = _plural(words) or " and " in surface or verb_plural
    if plural != many and not (plural and _collective(words)):
        return None
    if spoke:
        return spoke[-1]
    if len(head) == 1:  # "The Demos report" after "UK think-tank Demos said": that name
        same = [sp for _, sp, _ in res.history if sp.split()[-1] == head[0]]
        if same:
            return same[-1]
    return res.resolve(surface, s) or None


def _whole_subject(t: str, e: int, verb: int, plural: bool) -> bool:
    """Does the name ending at ``e`` stand alone before its verb: with only adverbs, an
    aside, or the word for its report between ("The Demos report looked at")? Not "The
    Russian government's argument ... was"."""
    if verb == e:
        return True  # the owner of the subject ("Heineken's net income fell"), as meant
    if re.match(r"\S*['’]s\b", t[verb : verb + 40]):
        return False
    between = [fold_word(w) for w in t[e:verb].split()]
    if len(between) == 1 and between[0] in _NAMED_WORKS and not plural:
        return True
    return t[e:verb].lstrip().startswith(("(", ",", "-", "–", "—")) or all(
        w in ADVERBS or w.endswith("ly") for w in between
    )


_PERSON_PRONOUNS = frozenset(("he", "she", "i", "we", "you"))
_NAMED_WORKS = DOCUMENTS | EVIDENCE_NOUNS
_PLURAL_VERBS = frozenset(("are", "were", "have", "do", "say"))


def _a_proper_word(t: str, word: str) -> bool:
    """Is a sentence-opening capitalised word a name: written capitalised where no
    sentence starts, and never in lower case ("Wimpey", "Qantas"; not "Revenues")?"""
    low = word.lower()
    if re.search(r"\b" + re.escape(low) + r"\b", t):
        return False
    return bool(re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", t))


_PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been)\s+[a-z]+(?:ed|en)\s+by\s+(?:the\s+)?[A-Z]")


def _known_body(res: Resolver, name: str, surface: str, pos: int) -> bool:
    """Is ``name`` a body: "the ..." ("the Tories"), the entity scan's, called one before
    ``pos``, or owner of an "its" in a sentence it opens ("Sony has promised to have a
    million units ready for its US launch")?"""
    e = res.entities.named(name)
    if fold_word(surface.split()[0]) == "the" or (e is not None and e.kind == ORG):
        return True
    t = res.t
    lo = max(0, pos - res.WINDOW)
    return named_as_body(t, name, pos) or bool(
        re.search(re.escape(name) + r"\b[^.!?\"“”]{0,80}?\bits\b", t[lo:pos])
    )


def _a_person(res: Resolver, speaker: str, p: int, surface: str | None) -> bool:
    """Is the claim's speaker a person: a name the scan knows with a gender or a role,
    or a person's name inside the speaker's words ("Pop star Britney Spears")?"""
    e = res.entities.named(speaker)
    if e is not None and e.kind == PERSON and (e.gender or e.roles):
        return True
    head = fold_word((surface or speaker).split()[-1])
    if head in ROLE_WORDS or head in PERSON_NOUNS:
        return True  # "Its deputy head said": a person, though unnamed
    t = res.t
    return any(
        m.entity.kind == PERSON
        and (m.entity.gender or m.entity.roles)
        and "'s" not in t[m.end - 2 : m.end + 2].replace("’", "'")  # "Mr Crosby's statement"
        for m in res.entities.before(p, p + len(surface or speaker))
    )


def _plural(words: list[str]) -> bool:
    """ "analysts", "the MPs", "the tobacco companies", "the Tories": a plural head (a
    capitalised one only after "the": "Britney Spears" is one person)."""
    cut = next((k for k, w in enumerate(words) if k and w == "of"), len(words))
    words = words[:cut]  # "The Association of British insurers": its head is before "of"
    if not words:
        return False
    last = words[-1]
    head = fold_word(last)
    if not head.endswith("s") or head.endswith(("ss", "us")):
        return False
    if last.islower() or last[:-1].isupper() or fold_word(words[0]) in _QUANTIFIERS:
        return True  # (and "Several Democrats", "Many Tories")
    if fold_word(words[0]) == "the":
        # "the Tories", "the Liberal Democrats"; not "the Financial Times"
        return head in _MEMBERS or head.endswith(("ans", "ists"))
    return len(words) == 1 and head in SPEAKER_NOUNS  # "Correspondents say"


_QUANTIFIERS = frozenset("several many some most few two three four five other both all".split())
# plural names for a party's or a movement's members
_MEMBERS = frozenset("democrats dems conservatives tories greens liberals".split())


def _collective(words: list[str]) -> bool:
    """ "The couple", "the band", "the government": one word for several, "they"."""
    return fold_word(words[-1]) in _COLLECTIVES or fold_word(words[-1]) in ORG_WORDS


_COLLECTIVES = frozenset("couple pair family band team crowd audience jury panel".split())


def _body_phrase(res: Resolver, words: list[str], s: int, plural: bool) -> str | None:
    """The speaker a subject such as "The committee", "The research", "the Venezuelan
    government", "Belarus's foreign ministry" gives the pronoun: the body it resolves to, else the phrase itself;
    None for a phrase that names no body or document, or of the other number."""
    lows = [fold_word(w) for w in words]
    head = lows[-1]
    owned = words[0][:1].isupper() and words[0].endswith(("'s", "’s"))  # "Belarus's"
    if ((lows[0] != "the" and not owned) or len(words) > 6 or plural != _plural(words)) and not (
        plural and _collective(words)
    ):  # ("the government ... they said")
        return None
    if head.rstrip("s") not in _BODY_HEADS and head not in _BODY_HEADS:
        return None
    return res.resolve(" ".join(words), s) or None


# heads of a subject that can be "it" or "they": bodies, firms, documents and studies
_BODY_HEADS = ORG_WORDS | COMPANY_NOUNS | EVIDENCE_NOUNS | DOCUMENTS


def fitting_body(res: Resolver, pos: int, found: str | None) -> str | None:
    """The body the usual search found for "it"/"they" at ``pos``, if it can be that
    pronoun: "they" a plural or collective name ("the Tories", "Labour and the Lib
    Dems", "the government"), never a lone "the US Securities and Exchange Commission";
    neither a name that opens with a person's given name ("Brian Taylor of Wells
    Fargo"); "it" never a plural ("the Conservatives and Liberal Democrats")."""
    if found is None:
        return None
    words = found.split()
    if given_name_gender(words[0]) is not None:
        return None
    they = fold_word(res.t[pos : pos + 5].split(" ", 1)[0]) in ("they", "their", "them")
    if they and not (_plural(words) or _collective(words) or " and " in found):
        return None
    if not they and _plural(words):
        return None  # "It said" is not "the Conservatives and Liberal Democrats"
    return found
