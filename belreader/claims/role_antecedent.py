"""An office named without a name ("The minister said", "the Tory leader said") that
means the person the narration is about.

News style varies the name with an office: "Patricia Hewitt said ... The minister told
delegates ...". When the article never gave that person the office, the role index
cannot tie them; a reader still does, if the last sentence that names anyone in
narration names that person alone (or as its subject or speaker) and that person was
given no other role. Anything else (another role holder, an unnamed speaker, a deputy,
shadow or former holder, "the minister for X", two people) leaves the phrase as
written. Also here: "the leader" after the one opposition-kind leader with only staff
near (``contested_holder``), the rivals an epithet has (``named_near``), and "It" after
a one-word body that spoke (``it_speaker``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .described_names import body_after_description
from .en_countries import COUNTRY_NAMES
from .en_entity_words import (
    BODY_NOUNS,
    COMPANY_NOUNS,
    CONTESTED_ROLES,
    ORG_WORDS,
    ROLE_WORDS,
    STAFF_ROLES,
)
from .en_lexicon import COUNTRY_ADJ, EPITHET_PERSON, PERSON_COUNTRY, PREPS
from .entities import PERSON
from .gender import GENDERED_ROLES
from .role_fit import fitting_named_since, other_role
from .speaker_phrases import PERSON_NOUNS, POSTPOSED, ROLE, display_speaker, role_then_name
from .text import fold_word

if TYPE_CHECKING:
    from .entities import Entity, Mention
    from .resolve import Resolver

# offices a named politician or official holds, which news style swaps for the name
OFFICES = frozenset(
    {
        "minister",
        "secretary",
        "leader",
        "president",
        "premier",
        "chancellor",
        "mayor",
        "governor",
        "chairman",
        "chairwoman",
        "ambassador",
        "envoy",
    }
)
# words that make the office another one than the person's ("the former minister",
# "the acting president", "the opposition leader")
_OTHER = frozenset(CONTESTED_ROLES) | {"former", "acting", "interim", "new", "late", "outgoing"}
_MAX_UNITS_BACK = 4
_JOINS = frozenset({"and", "or", "&", "of", "for"})
_STAFF = STAFF_ROLES


def role_antecedent(res: Resolver, lows: list[str], pos: int) -> str | None:
    """The named person "the <office>" at ``pos`` refers to, or None (see module)."""
    if not 2 <= len(lows) <= 4 or lows[-1] not in OFFICES:
        return None  # (a preposition after the head, "the minister for Europe", too)
    if any(w in _OTHER or "-" in w for w in lows):
        return None
    quals = set(lows[1:-1])
    gender = GENDERED_ROLES.get(lows[-1])
    doc, ents = res.doc, res.entities
    res._sync_spoke()
    k = doc.unit_index(pos)
    for step in range(1, _MAX_UNITS_BACK + 1):  # (its own sentence names the content's people)
        if k - step < 0:
            return None
        us, ue = doc.units[k - step]
        if pos - us > res.WINDOW:
            return None
        ms = [m for m in ents.before(us, ue) if not res._quoted(m.start)]
        spoke = {e for p, e in res._spoke if us <= p < ue}
        if any(e.kind == ROLE for e in spoke):
            return None  # "A ministry spokesman said ...": they may be meant
        people = [m for m in ms if m.entity.kind == PERSON]
        said = {e for e in spoke if e.kind == PERSON}
        if not people and not said:
            continue
        if not people:
            cand = next(iter(said)) if len(said) == 1 else None
        else:
            cand = _first_named(res, people[0], ms, us, len({m.entity for m in people}) > 1)
            if said - {cand}:
                return None  # someone else spoke there
        if cand is None or not _fits(cand, quals, gender) or other_role(cand, lows[-1], lows):
            return None
        if people and not said and _after_preposition(res.t, us, people[0].start):
            return None  # "The rebate was secured by Margaret Thatcher": not whom it is about
        if cand.name.casefold() in COUNTRY_NAMES:
            return None  # "Poland says ... the interior minister": a country holds no office
        return None if _rivals(res, cand, lows[-1], pos) else cand.name
    return None


def _after_preposition(t: str, us: int, start: int) -> bool:
    """Does a preposition stand right before the name at ``start`` (an agent or an
    object: "secured by X", "a letter to X"), inside the sentence from ``us``?"""
    before = t[us:start].split()
    return bool(before) and fold_word(before[-1]) in PREPS


def _rivals(res: Resolver, cand: Entity, head: str, pos: int) -> bool:
    """Could a reader take the office for someone else? Another person named in the
    narration close before without a role ("Mr Blunkett was joined by Tony Blair ...
    The prime minister said": Blair, whom only world knowledge makes the prime
    minister), or the office already given to another speaker ("The prime minister
    said ..." before "Mr Bush was sworn in ... the prime minister said")."""
    for m in res.entities.before(max(0, pos - res.WINDOW), pos):
        e = m.entity
        if e.kind != PERSON or e is cand or e.roles or res._quoted(m.start):
            continue
        if fold_word(e.head) not in ROLE_WORDS:  # ("the Trade and Industry Secretary")
            return True
    for _, speaker, surface in res.history:
        low = (surface or "").lower().split()
        if low[:1] == ["the"] and head in low and speaker != cand.name:
            return True
    return False


def _first_named(res: Resolver, first: Mention, ms: list[Mention], us: int, others: bool):
    """The person ``first`` names when nothing capitalised outside a body's name comes
    before it but the sentence's first word ("Still, Reid would not say ... Sen. Ted
    Cruz": Reid, whom the scan did not see); with ``others`` it must open the sentence
    as its subject (four words at most before it, no comma)."""
    lead = res.t[us : first.start]
    spans = [(m.start - us, m.end - us) for m in ms if m.start < first.start]
    for w in re.finditer(r"\S+", lead):
        if w.start() == 0 or not w.group()[:1].isupper():
            continue
        if not any(a <= w.start() < b for a, b in spans):
            return None
    if others and (len(lead.split()) > 4 or "," in lead):
        return None
    return first.entity


def _fits(e: Entity, quals: set[str], gender: str | None) -> bool:
    if e.roles:
        return False  # given another role: "Tory MP X" is not "the minister"
    if gender and e.gender not in (None, gender):
        return False
    lands = quals & COUNTRY_ADJ
    return not (lands and e.countries and not lands & e.countries)


def unnamed_office(res: Resolver, lows: list[str], surface: str, pos: int) -> str | None:
    """``role_antecedent`` (or ``party_antecedent``), else the phrase as written."""
    toks = surface.split()[1:]
    if (
        role_then_name(toks)
        and not _JOINS & set(lows)
        and (person := res.entities.person_after_role(toks))
    ):
        # "the sociologist Andrei Vardomatsky": the name, as elsewhere (not "the prime
        # minister and his aide X", nor "the Secretary of Energy X": the scan may have
        # taken "Energy" into the name)
        return person
    if (body := body_after_description(toks)) is not None:
        return body  # "the human rights group Viasna" speaks as "Viasna" does
    if lows == ["the", "party"]:
        return party_antecedent(res, pos) or display_speaker(surface)
    if len(lows) == 2 and lows[0] == "the" and lows[1] in ORG_WORDS:
        return body_antecedent(res, lows[1], pos) or display_speaker(surface)
    found = (
        role_antecedent(res, lows, pos)
        or contested_holder(res, lows, pos)
        or same_office_before(res, lows)
    )
    return found or display_speaker(surface)


def same_office_before(res: Resolver, lows: list[str]) -> str | None:
    """The person an earlier "the <office>" of the article was resolved to, when every
    earlier one that was resolved went to that person: "Jack Straw said ... The foreign
    secretary told MPs ..." and, paragraphs on, "The foreign secretary said ..." again."""
    if not 2 <= len(lows) <= 4 or lows[0] != "the" or lows[-1] not in OFFICES:
        return None
    if any(w in _OTHER or "-" in w for w in lows):
        return None
    names = {
        speaker
        for _p, speaker, surface in res.history
        if surface
        and speaker
        and surface.lower().split() == lows
        and speaker.lower() != surface.lower()
    }
    return next(iter(names)) if len(names) == 1 else None


def contested_holder(res: Resolver, lows: list[str], pos: int) -> str | None:
    """A bare "the leader" at ``pos`` when the article made one person, named shortly
    before, a leader of a contested kind ("opposition leader Sviatlana Tsikhanouskaya")
    and names no one else near it but staff ("X, an adviser to her,"): that person.
    Another person in reach (Lukashenko, or anyone given no role) leaves it unnamed."""
    if lows != ["the", "leader"]:
        return None
    lo = max(0, pos - res.WINDOW)
    holders = {
        e
        for p, e in res.entities.role_holders().get("leader", [])
        if lo <= p < pos and any(f"{m} leader" in e.roles for m in CONTESTED_ROLES)
    }
    if len(holders) != 1:
        return None
    (holder,) = holders
    for m in res.entities.before(lo, pos):
        e = m.entity
        if e is not holder and e.kind == PERSON and epithet_fits(e, "leader"):
            return None  # (a person given no role, or another office, may be meant)
    res._sync_spoke()
    if any(e.kind == ROLE for p, e in res._spoke if lo <= p < pos):
        return None  # an unnamed person spoke
    return holder.name


# a party named as a body: "the Liberal Democrats", "the Tories", "Labour." (not the
# adjective in "Liberal Democrat leader X" or "Labour MPs")
_PARTY = re.compile(
    r"\b[Tt]he\s+((?:(?:Lib|Liberal)\s+)?(?:Dems|Democrats|Tories|Conservatives|Republicans|"
    r"Liberals))\b|\b(Labour|UKIP)(?=\s*[,.;:)]|\s+(?:has|had|is|was|says|said)\b)"
)


def party_antecedent(res: Resolver, pos: int) -> str | None:
    """The party "the party" at ``pos`` means: the one party the nearest sentence
    before it that names a party names in its narration (not in a quotation)."""
    doc = res.doc
    k = doc.unit_index(pos)
    for step in range(1, 3):
        if k - step < 0:
            return None
        us, ue = doc.units[k - step]
        found = {
            (m.group(1) and "the " + m.group(1)) or m.group(2)
            for m in _PARTY.finditer(res.t, us, ue)
            if not res._quoted(m.start())
        }
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def body_antecedent(res: Resolver, head: str, pos: int) -> str | None:
    """The body "the <head>" at ``pos`` means when the scan saw no named one: the one
    lower-case body of that head the nearest sentence before names ("Belarus's foreign
    ministry summoned ... The ministry said")."""
    doc = res.doc
    k = doc.unit_index(pos)
    pattern = re.compile(
        rf"\b(?:[A-Z][a-z]+[’']s|[Tt]he\s+[A-Z][a-z]+)(?:\s+[a-z]+){{0,2}}?\s+{head}\b"
    )
    for step in range(1, 3):
        if k - step < 0:
            return None
        us, ue = doc.units[k - step]
        found = {
            display_speaker(m.group())
            for m in pattern.finditer(res.t, us, ue)
            if not res._quoted(m.start())
        }
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def epithet_fits(e: Entity | None, head: str) -> bool:
    """May "the <head>" ("the leader", "the president") stand for ``e``? Not when every
    role the article gave ``e`` is a staff or trade one ("adviser Franak Viacorka" is
    not "the leader")."""
    if head not in EPITHET_PERSON or e is None:
        return True
    if not e.roles:
        return True
    # (a modifier the scan kept alone is no role: "chief" of "chief adviser")
    roles = [r for r in e.roles if not any(o.startswith(r + " ") for o in e.roles)]
    return not all(r.split()[-1] in _STAFF for r in roles)


# a pronoun and a verb of saying with a clause after it (a finite verb or "that"
# before the next punctuation): the attribution opens its sentence's main clause
_CONTENT_AFTER = re.compile(
    r"(?:he|she|they|it)\s+(?:also\s+)?(?:said|says|told|tells|added|adds)\s+"
    r"(?:(?:me|us|him|her|them|reporters)\s+)?(?:that\s|[^,.;:!?“”\"]*?\s(?:is|was|were|are|had|has|have|would|will|could|should|must)\s)",
    re.IGNORECASE,
)


_SUBORDINATE_LEAD = re.compile(r"(?:When|After|Before|Once|As|While|Although|Though|Since|If)\s")


def narration_end(res: Resolver, pos: int) -> int:
    """Where the names an epithet at ``pos`` may stand for end: its own sentence's start
    when the epithet follows its content ("Her husband, Ales Bialiatski, was free, the
    president told her": a name in the content is not who spoke), else ``pos``."""
    us = res.doc.units[res.doc.unit_index(pos)][0]
    if not POSTPOSED.search(res.t, max(us, pos - 3), pos):
        return pos
    if _SUBORDINATE_LEAD.match(res.t, us) and _CONTENT_AFTER.match(res.t, pos):
        # "When Babaryka appeared on TV, he said the party was united": a clause of
        # content follows, so the clause before the comma set the scene, and its
        # subject may be the one who speaks ("At a conference hosted by X, he said"
        # still skips: a name after a preposition is no such subject)
        return pos
    # "X suggested A - “B,” he said - and C": a quote in a dash aside; the narration
    # before the dash is no content of "he said", and its names may be meant
    qs = res.doc.quotes_in(us, pos)
    if qs and qs[-1].closed and qs[-1].end >= pos - 3:
        lead = res.t[us : qs[-1].start].rstrip()
        if lead.endswith((" -", "—", "–", "―")):
            return us + len(lead.rstrip("-—–― "))
    # "A Lithuanian diplomat disagrees: the plant, he argues, is ...": the content
    # starts after the colon; the narration before it may name the speaker
    c = res.t.rfind(": ", us, pos)
    if c > us and res.doc.quote_at(c) is None:
        return c
    return us


def named_near(res: Resolver, ms: list[tuple[int, str]], pos: int) -> set[str]:
    """The people an epithet at ``pos`` may stand for: the alias-table people of ``ms``
    (position, name) in reach, and any other person the scan found there in narration
    who is not only staff ("Lukashenko spoke with Karol Nawrocki. The president said":
    both, so neither)."""
    lo = pos - res.WINDOW
    out = {name for p, name in ms if p >= lo}
    if not out:
        return out
    for m in res.entities.before(max(0, lo), narration_end(res, pos)):
        e = m.entity
        if e.kind != PERSON or e.name in out or res._quoted(m.start):
            continue
        if epithet_fits(e, "leader"):  # (staff are no rivals)
            out.add(e.name)
    return out


def it_speaker(res: Resolver, pos: int) -> str | None:
    """ "It" at ``pos`` when the sentence before gave a claim to a one-word name the
    article knows as no person ("Viasna said ... It said"): that name. A person's name,
    a phrase, or another speaker after it leaves "It" unnamed."""
    if res.t[pos : pos + 3] not in ("It ", "it "):
        return None
    k = res.doc.unit_index(pos)
    if k < 1:
        return None
    us = res.doc.units[k - 1][0]
    spoken = [(p, sp, sf) for p, sp, sf in res.history if us <= p < pos]
    if not spoken:
        return None
    _, speaker, surface = spoken[-1]
    lows = (surface or "").lower().split()
    if 2 <= len(lows) <= 4 and lows[0] == "the" and lows[-1] in COMPANY_NOUNS:
        # "The firm said A. It added B": the company "the firm" was, if it was named
        return speaker if speaker[:1].isupper() else None
    if surface != speaker or " " in speaker or not speaker[:1].isupper():
        return None
    if res.aliases.people.get(speaker.casefold()):
        return None  # ("Lukashenko said ... It said")
    e = res.entities.named(speaker)
    # (a speaker is an entity once it spoke: a person only if the scan saw one)
    if (
        e is not None
        and e.kind == PERSON
        and (e.gender or e.roles or any(m.entity is e for m in res.entities.before(0, pos)))
    ):
        return None
    # a bare surname is no body ("Smith said the firm was doing well. It said ..." is
    # the firm): only a name the article calls a body ("the rights group Viasna",
    # "Allianz, the German insurer,") may be "It"
    return speaker if named_as_body(res.t, speaker, pos) else None


def named_as_body(t: str, name: str, pos: int) -> bool:
    """Does the text before ``pos`` call ``name`` a body: a body noun right before it,
    after it in a "the ..." phrase ("the Viasna human rights centre"), or an appositive
    with one right after it ("Allianz, the German insurer,")?"""
    for m in re.finditer(re.escape(name) + r"\b", t[:pos]):
        before = t[max(0, m.start() - 30) : m.start()].split()
        if before and before[-1].islower() and before[-1] in BODY_NOUNS:
            return True
        after = re.match(
            r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]+)[,.]", t[m.end() : m.end() + 60]
        )
        if after and after.group(1) in BODY_NOUNS:
            return True
        # "the Viasna human rights centre", "the Memorial rights group": body nouns after
        behind = re.match(r"(?:\s+[a-z]+){1,3}", t[m.end() : m.end() + 40])
        the = re.search(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}$", t[max(0, m.start() - 30) : m.start()])
        if behind and the and BODY_NOUNS & set(behind.group().split()):
            return True
    return False


# "... after he", "... when she": the pronoun at pos opens a subordinate clause
_SUBORDINATE_PRONOUN = re.compile(
    r"\b(?:after|before|when|since|because|until|while|once|although|though)\s+$",
    re.I,
)
_EMBEDDING = re.compile(r"\b(?:that|who|whom|which)\b", re.I)


def embedded_other(t: str, us: int, pos: int, ms: list[Mention]) -> bool:
    """Does a pronoun at ``pos`` open a subordinate clause ("after he") that comes
    after a "that" / "who" clause naming another person than the sentence's first?
    ("Lukashenka supports Putin's plan, although he ..." is not such a case: no
    embedded clause, the pronoun goes with the subject.)"""
    if not _SUBORDINATE_PRONOUN.search(t, us, pos):
        return False
    people = [m for m in ms if m.entity.kind == PERSON and m.start < pos]
    if len(people) < 2:
        return False
    m = _EMBEDDING.search(t, people[0].end, pos)
    return m is not None and any(
        p.start > m.start() and p.entity != people[0].entity for p in people
    )


TOP_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "leader"})


def antecedent_person(
    res: Resolver, pos: int, quals: set[str] | None = None, strict: bool = False
) -> str | None:
    """The named person the text is talking about at ``pos``: the most recent named
    speaker, else the only alias-table person mentioned recently."""

    def fits(name: str) -> bool:
        if not quals:
            return True
        e = res.entities.named(name)  # (the article's "Lithuanian President X": not
        # "Belarusian Foreign Minister X", who is no "Belarusian leader")
        c = PERSON_COUNTRY.get(name) or (e.countries if e and e.roles & TOP_OFFICES else None)
        if not c:
            return not strict
        return bool(quals & c)

    res._sync_spoke()
    for p, e in reversed(res._spoke):
        if pos - p > res.WINDOW:
            break
        if p >= pos:
            continue
        if e.kind == ROLE:
            return None  # an unnamed person spoke last: "the MP" may be them
        if e.kind == PERSON and (fits(e.name) or not e.countries or e.countries & (quals or set())):
            return (
                e.name
                if fits(e.name)
                else fitting_named_since(res, p, narration_end(res, pos), fits)
            )
        if e.kind == PERSON:
            break  # "Lithuanian minister X" spoke last: not "the opposition leader"
    # people named before pos, recently
    ms = res.mentions()
    k = bisect_right(ms, (narration_end(res, pos), "\uffff"))
    recent = named_near(res, ms[max(0, k - 20) : k], pos)
    if len(recent) == 1:
        name = next(iter(recent))
        return name if fits(name) else None
    if recent and quals:
        fitting = [n for n in recent if PERSON_COUNTRY.get(n) and quals & PERSON_COUNTRY[n]]
        if len(fitting) == 1:
            return fitting[0]
    return None


# someone met without a name: "a released prisoner", "an elderly woman", "one driver"
_UNNAMED = re.compile(r"\b(?:[Aa]n?|[Oo]ne)((?:\s+[a-z][\w-]*){1,4})")


def unnamed_before(t: str, s: int, e: int, gender: str | None) -> bool:
    """Does t[s:e], the pronoun's own sentence up to it, meet a person without a name
    whom the pronoun's gender fits ("When I spoke to a released prisoner in Vilnius,
    she told me ...")? Then no name from further back is meant."""
    for m in _UNNAMED.finditer(t, s, e):
        for w in m.group(1).split():
            if w in PREPS:
                break
            if w in PERSON_NOUNS and GENDERED_ROLES.get(w) in (None, gender):
                return True
    return False


# the reporter putting one person's words to another: "When I put Hurski's image to him"
_PUT_TO = {
    g: re.compile(rf"\bI\s+(?:put|read|showed|mentioned|quoted)\b[^.;]*\bto\s+{obj}\b")
    for g, obj in (("m", "him"), ("f", "her"))
}


def possessed_only(t: str, ms: list[Mention], cands: set[Entity], hi: int, gender: str) -> bool:
    """Is every candidate of a sentence before the pronoun named there only as a
    possessor while the reporter puts that person's words to someone else ("When I put
    Hurski's image to him, he did not dispute it"): then "he" is that someone else."""
    owned = {
        m.entity
        for m in ms
        if t[m.start : m.end].endswith(("'s", "’s")) or t.startswith(("'s", "’s"), m.end)
    }
    if not cands or not cands <= owned or gender not in _PUT_TO:
        return False
    lo = min(m.start for m in ms)
    return _PUT_TO[gender].search(t, max(0, lo - 40), hi) is not None


def person_lead(lead: re.Match[str], gender: str) -> bool:
    """Does a sentence open with an unnamed person a pronoun of ``gender`` may mean ("A
    Lithuanian diplomat disagrees", "The prime minister ...")?"""
    head = fold_word(lead.group("role") or "")
    return head in PERSON_NOUNS and GENDERED_ROLES.get(head) in (None, gender)
