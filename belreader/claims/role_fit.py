"""Whether an entity fits a phrase the resolver reads: an office ("the president": not
when another spoke since, not a deputy's or a shadow's, not another office), a body
("the ministry": its country words), a lone role for a pronoun ("a spokeswoman ...
she said"), a pronoun's speaking subject. The tests ``resolve`` and ``role_antecedent``
apply to the article's ``entities``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .en_bare_clause import is_speech_verb, is_verb
from .en_clauses import clause_subject
from .en_entity_words import CONTESTED_ROLES, GENERIC_ORG_REFERENCES, OFFICE_MODIFIERS, ORG_WORDS
from .en_lexicon import COUNTRY_ADJ, OBJ_PRONOUNS, PERSON_COUNTRY, PRONOUNS
from .en_speakers import EVIDENCE_NOUNS, SPEAKER_NOUNS
from .entities import ORG, PERSON
from .gender import GENDERED_ROLES, HONORIFICS, given_name_gender
from .speaker_phrases import ACC_SRC_STRIP, SENTENCE_LEAD, TITLES
from .text import fold_word

if TYPE_CHECKING:
    from .entities import Entity, Mention
    from .resolve import Resolver


def role_taken_by_last_speaker(res, holder: Entity, pos: int, head: str) -> bool:
    """Is "the president" at ``pos`` better left unnamed although only ``holder`` was
    given that role? When the holder has not spoken yet and is not mentioned since
    another named person spoke last, close by, a reader takes the role for that speaker
    ("Lukashenko said ... “...,” the president said", with "Russian President Vladimir
    Putin" named only in the first paragraph). ``res``: the article's resolver."""
    last, who = -1, holder
    for p, e in res._spoke:
        if p >= pos:
            break
        if e is holder:
            return False
        if e.kind == PERSON and " " in e.name:  # (not a one-word source: "Variety")
            last, who = p, e
    if last < 0 or pos - last > res.WINDOW or who.roles - {head, "leader"}:
        return False  # ("Opposition leader X" or "Foreign Minister Y" spoke last: not them)
    said = res.t[last + 1 : pos]
    return not (
        any(m.entity is holder for m in res.entities.before(last + 1, pos))
        or (holder.head and re.search(rf"\b{re.escape(holder.head)}\b", said))
    )  # ("Stone expressed the hope ... “...,” said the director": the holder again)


def role_phrase(lows: list[str], head_i: int) -> str:
    """The last two words of a "the ..." role phrase ending before ``head_i``, with
    "former" kept before them ("the former prime minister" -> "former prime minister")."""
    phrase = " ".join(lows[max(1, head_i - 2) : head_i])
    if "former" in lows[1 : head_i - 2]:
        return "former " + phrase
    return phrase


def other_role(e: Entity | None, head: str, lows: list[str]) -> bool:
    """Is ``e`` known by another role of that head than ``lows`` names ("opposition
    leader" for "the Belarusian leader", "deputy minister" for "the minister"), or does
    ``lows`` name one ``e`` was never given ("the shadow chancellor" for a man only
    ever called "the chancellor")?"""
    if e is None:
        return False
    if lows == ["the", "leader"] and not e.roles and not e.countries:
        # a bare "the leader" nobody was made: "Viacorka said ... The leader said" (only
        # the article, or the known leaders' table, makes someone a leader)
        return True
    if f"former {head}" in e.roles and "former" not in lows:
        return True  # ("the former president" may stand as "the president" in phrase)
    if head == "minister" and "prime" not in lows and "prime minister" in e.roles:
        return True  # a prime minister is "the prime minister", never "the minister"
    return any(  # ("opposition" is kept with the countries: "the opposition" is a side)
        (m in lows) != (f"{m} {head}" in e.roles or m in e.countries) for m in CONTESTED_ROLES
    )


def speaking_subject(
    t: str, ms: list[Mention], subj: Entity | None, cands: set[Entity], spoke: list[Entity]
) -> str | None:
    """The sentence's subject, for a pronoun when other people of unknown gender share
    it: the subject if the pronoun fits it, or if its gender is unknown but it is the
    sentence's one speaker and every other person is named right after its speech verb
    ("Former foreign secretary Robin Cook said Lord Goldsmith's admission ..." then
    "“...,” he said": Cook goes on speaking; not "X said ... but Y rejected it");
    else None."""
    if subj is None:
        return None
    if subj in cands:
        return subj.name
    said = {e for e in spoke if e.kind == PERSON}
    if subj.kind != PERSON or subj.gender is not None or said != {subj} or not ms:
        return None
    first = ms[0]
    for m in ms[1:]:
        if m.entity is subj or m.entity.kind != PERSON:
            continue
        between = t[first.end : m.start].split()
        if not between or len(between) > 6 or not is_speech_verb(between[-1]):
            return None
    return subj.name


def understudy(e: Entity, head: str, lows: list[str]) -> bool:
    """Is ``e`` the deputy, vice or shadow of the role "the <head>" names ("Deputy Prime
    Minister X", "shadow chancellor Y")? Then the role's holder is someone else, whom
    the article may never title so: "the chancellor" is better left unnamed than given
    the last speaker."""
    return any(m not in lows and f"{m} {head}" in e.roles for m in ("deputy", "vice", "shadow"))


# a country word's short form in a body's name: "EU Commission" is European
_SHORT_COUNTRY = {"eu": "european", "us": "american", "u.s.": "american", "uk": "british"}


def body_fits(e: Entity, head: str, quals: set[str]) -> bool:
    """May ``e`` be the body that "the <quals> <head>" ("the ministry", "the Belarusian
    Foreign Ministry") refers to? A country word in the phrase must be one the body's
    own name shows: "the Belarusian Foreign Ministry" is not "the Foreign Ministry in
    Riga" nor "the Latvian Foreign Ministry" named before it."""
    if e.kind != ORG or _people_noun(e.name):
        return False  # ("Experts said A. “B,” read the statement.": no experts' statement)
    words = e.name.split()
    if len(words) >= 3 and given_name_gender(words[-2]) is not None:
        return False  # "Armed Forces Minister Adam Ingram": a person the scan took for a body
    if len(words) >= 2 and all(w.islower() for w in words[1:]):
        return False  # "Some firms", "Many unions": a sentence's opening, no body's name
    if quals and not quals & {_SHORT_COUNTRY.get(w, w) for w in map(fold_word, e.name.split())}:
        return False
    if head == "group" and e.head in _STATE_HEADS:
        return False  # a government is no "group"
    return e.head == head or head in GENERIC_ORG_REFERENCES or bool(e.acronym and head == "group")


_STATE_HEADS = frozenset("government administration parliament ministry kremlin cabinet".split())


def _people_noun(name: str) -> bool:
    """A plural noun of people written as a name at a sentence's start ("Experts",
    "Analysts", "Officials"): a group of people, no body that issues a statement."""
    low = fold_word(name)
    return " " not in name and low.endswith("s") and low in SPEAKER_NOUNS


def lone_role(unnamed: list[Entity], gender: str, cands, named: list[Entity]) -> str | None:
    """The unnamed speaker a pronoun of ``gender`` means ("The journalist's mother said
    …", then "she said"): the one role speaker of the sentence when its word shows that
    gender (mother, spokeswoman) and no named person there may be meant; else None."""
    if len(unnamed) != 1 or unnamed[0].gender != gender or cands:
        return None
    if any(e.kind == PERSON and e.gender in (None, gender) for e in named):
        return None
    return unnamed[0].name


def holder_who_spoke_last(res, fits: list[Entity], pos: int) -> str | None:
    """Of several people who hold the role "the minister" at ``pos`` names, the one
    meant: the only one who spoke close by, else the one whose words the sentence
    before (or this one) reported, when the paragraph names no other holder before
    ``pos`` ("Spruds said the fence had cut crossings by half. Asked about patrols, the
    minister said ..."). Holders speaking in turn in one paragraph ("X said A. Y said B.
    The minister said C") leave it unnamed. ``res``: the article's resolver."""
    near = {e for p, e in res._spoke if 0 <= pos - p <= res.WINDOW and e in fits}
    if len(near) == 1:
        return next(iter(near)).name
    before = [(p, e) for p, e in res._spoke if p < pos]
    if not before or before[-1][1] not in fits:
        return None
    p, last = before[-1]
    doc = res.doc
    para = res.t.rfind("\n", 0, pos) + 1
    if p < para or doc.unit_index(p) < doc.unit_index(pos) - 1:
        return None
    if any(m.entity in fits and m.entity is not last for m in res.entities.before(para, pos)):
        return None
    if any(e in fits and e is not last for q, e in before if q >= para):
        return None
    return last.name


def namesake_who_spoke_last(res, names: set[str], pos: int) -> str | None:
    """Of two people sharing the surname at ``pos`` ("Losik wrote" after Ihar and Darya
    Losik), the one whose words the sentence before reported, when the other has not
    been named since ("His wife, Darya Losik, wrote that ... “...,” Losik wrote").
    ``res``: the article's resolver."""
    res._sync_spoke()
    before = [(p, e) for p, e in res._spoke if p < pos]
    if not before or before[-1][1].name not in names:
        return None
    p, last = before[-1]
    if res.doc.unit_index(p) < res.doc.unit_index(pos) - 1:
        return None
    since = res.entities.before(p, pos)
    if any(m.entity.name in names and m.entity is not last for m in since):
        return None
    return last.name


def sentence_subject(t: str, us: int, ms: list[Mention]) -> Entity | None:
    """The entity named first in the sentence at ``us`` (``ms``: its mentions), near its
    start, when no other is joined to it ("X and Y met ..." has no single subject). A
    possessor with a name in apposition after it is not: "Tusk's deputy, Krzysztof
    Gawkowski, went further" and "Kalesnikava's sister Tatsiana Khomich spoke" are about
    the deputy and the sister."""
    if not ms:
        return None
    first = ms[0]
    if t[first.start : first.end].endswith(("'s", "’s")) and len(ms) > 1:
        nxt = ms[1]  # (a possessor alone stays: "Mr Brown's plan ... He said")
        between = t[first.end : nxt.start].split()
        if nxt.start - first.end <= 40 and (
            t[nxt.start - 2 : nxt.start] == ", "
            or (between and len(between) <= 3 and all(_noun_like(w) for w in between))
        ):
            first = nxt  # ("Kalesnikava's sister Tatsiana Khomich spoke": the sister)
    lead = t[us : first.start]
    words = [fold_word(w) for w in lead.split()]
    if len(words) > 4 or ("," in lead and words and not lead.rstrip().endswith(",")):
        return None
    if words and words[-1] in ("of", "with", "by", "from", "about", "against"):
        return None  # "Having worked with Mr Cantalupo, Mr Bell ...": an object
    after = t[first.end : first.end + 6].lower()
    if after.startswith((" and ", ", and", " or ")) and len(ms) > 1:
        return None
    return first.entity


def _noun_like(w: str) -> bool:
    """A lower-case word that can stand between a possessor and a name ("sister",
    "former adviser"): no verb, no third-person "-s" ("the decree also means X")."""
    return w.isalpha() and w.islower() and not is_verb(w) and not w.endswith(("s", "ly"))


# "commissioned by", "carried out by", "owned by": a participle and the agent after it,
# with no "was"/"were" before it (the agent of "The figures were prepared by Alva" is
# what the sentence is about)
_AGENT_BEFORE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:[a-z]+ed|[a-z]+en|run|led|made|held|built|set\s+up|carried\s+out)\s+by\s+(?:the\s+)?$"
)


_NAME_LINKS = frozenset("of the for and on in".split())


def proper_body(toks: list[str]) -> bool:
    """ "The Green Party", "The Electoral Reform Society": "the" and a capitalised name of
    a body with a word of its own before its organisation word (not "The Foreign
    Ministry", "The Commission": offices a role phrase resolves)."""
    words = toks[1:]
    if (
        len(words) >= 3
        and fold_word(words[0]) in ORG_WORDS
        and words[0][:1].isupper()
        and fold_word(words[1]) in ("of", "for")
        and all(w[:1].isupper() or w in _NAME_LINKS for w in words)
    ):
        return True  # "The Office of the Plenipotentiary for Religious Affairs in Minsk"
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    lows = [fold_word(w) for w in words]
    return lows[-1] in ORG_WORDS and any(
        w not in OFFICE_MODIFIERS and w not in COUNTRY_ADJ and w not in ORG_WORDS for w in lows
    )


def passive_agent(t: str, start: int) -> bool:
    """Whether the name at ``start`` is the agent of a participle that describes
    something else ("The study, commissioned by Pact and the Film Council, included
    interviews", "projects targeted by the agency"), or the one something was told or
    written to ("told the BBC News website", "wrote to the ministry"): it did or heard
    something about another thing, and a later "it" or "the group" is not about it."""
    return (
        _AGENT_BEFORE.search(t, max(0, start - 40), start) is not None
        or _TOLD_BEFORE.search(t, max(0, start - 20), start) is not None
    )


_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|wrote\s+to|writing\s+to)\s+(?:the\s+)?$")


def past_headline(doc, names: set[str]) -> set[str]:
    """Of full names sharing a surname, those the article uses after its headline: a
    headline's title case makes a name of the word before a surname ("Sprinter Walker
    quits athletics", "Classy Henman makes winning start"). All when none is."""
    t = doc.t
    if len(doc.paras) < 2:
        return names
    head_end = doc.paras[0][1]
    head = t[doc.paras[0][0] : head_end].strip()
    if len(head) > 150 or head[-1:] in '.!?"”»':
        return names  # a first paragraph, no headline
    return {n for n in names if t.find(n, head_end) >= 0} or names


def headline_person(res, toks: list[str], pos: int) -> str | None:
    """The person a headline's "Defiant Hrybau" means: the one full name with that
    surname the article gives after its headline, when the headline alone has this
    one ("Dogged Federer claims Dubai crown" -> Roger Federer)."""
    doc = res.doc
    if len(toks) != 2 or len(doc.paras) < 2 or pos >= doc.paras[0][1]:
        return None
    surface = " ".join(toks)
    if res.t.find(surface, doc.paras[0][1]) >= 0:
        return None  # the body names them so too
    full = past_headline(doc, res.fullnames(toks[1]) | {surface})
    return next(iter(full)) if len(full) == 1 and surface not in full else None


def fitting_named_since(res, lo: int, hi: int, fits) -> str | None:
    """The one alias-table person an epithet with a country ("the Russian leader") may
    mean, named in narration between ``lo`` (the last speaker's words, who does not
    fit) and ``hi``: "Putin, meanwhile, praised his host. “...,” the Russian leader
    said" after a Brussels spokesman spoke. ``fits``: the epithet's country test."""
    names = {
        m.entity.name
        for m in res.entities.before(lo, hi)
        if m.entity.kind == PERSON and not res._quoted(m.start) and m.entity.name in PERSON_COUNTRY
    }
    fitting = [n for n in names if fits(n)]
    return fitting[0] if len(fitting) == 1 else None


def named_in_apposition(t: str, lead: int, ms: list[Mention], fits) -> str | None:
    """The person named in apposition to a sentence's opening role ("The spokeswoman for
    the State Border Committee, Anastasia Bychkovskaya, called ..."): the subject a
    later pronoun means, if ``fits`` them; None for a role with no name after it ("The
    prime minister ...": someone unnamed)."""
    people = [m for m in ms if m.entity.kind == PERSON]
    if not people:
        return None
    m = people[0]
    if m.start - lead > 100 or t[m.start - 2 : m.start] != ", " or t[m.end : m.end + 1] != ",":
        return None
    return m.entity.name if fits(m.entity) else None


def narration_lead(res, body: int, hi: int) -> re.Match[str] | None:
    """The opening pronoun or role of the sentence at ``body`` (``SENTENCE_LEAD``), or
    None when that sentence is someone's quoted words: in '“..." X said. “The judge
    looked at his watch.”' and then "He said", the quote's judge is no antecedent."""
    lead = SENTENCE_LEAD.match(res.t, body, hi)
    if lead is None or res._quoted(lead.start("pron") if lead.group("pron") else lead.start("det")):
        return None
    return lead


def lead_phrase(
    t: str, lead: re.Match[str], ms: list[Mention], cands, unnamed: list[Entity]
) -> str | None:
    """The unnamed subject a pronoun means ("A pensioner in Gomel, asked ..., laughed.
    “...,” she said" -> "a pensioner in Gomel"; "Her colleague nodded. He said" -> "her
    colleague"; the subject's own name as a speaker when it spoke there, ``unnamed``):
    only after "a" or a possessive, with nobody named in the sentence who could be
    meant (no one of that gender, no one of unknown gender)."""
    if lead.group("det") == "One" and cands:
        # "One driver, who gave his name only as Maksim, ...": the one the sentence
        # names is that one
        return next(iter(cands)).name if len(cands) == 1 else None
    if (
        lead.group("the")
        or cands
        or any(m.entity.kind == PERSON and m.entity.gender is None for m in ms)
    ):
        return None
    if unnamed:  # "A Labour spokesman denied it. “...,” he said"
        return unnamed[0].name if len(unnamed) == 1 and lead.group("a") else None
    end = lead.end("role")
    if lead.group("a"):  # "A pensioner in Gomel, ...": with its place
        m = re.match(r"\s+(?:in|from|at|of)\s+[^,.;:“”\"]{2,40}?(?=,)", t[end:])
        end += m.end() if m else 0
    det = lead.group("det")
    return (det.lower() if det in ("A", "An", "One", "His", "Her") else det) + t[
        lead.end("det") : end
    ]


def near_given_name(ents, toks: list[str]) -> str | None:
    """ "Her cousin Marta", "his neighbour Ihar": the person known by that given name
    alone, when the article's scan has them; else None."""
    if not 3 <= len(toks) <= 4 or fold_word(toks[0]) not in ("his", "her", "their"):
        return None
    if not all(w.islower() for w in toks[1:-1]) or not toks[-1][:1].isupper():
        return None
    e = ents.named(toks[-1])
    return e.name if e is not None and e.kind == PERSON else None


def according_source(res, surface: str, pos: int) -> str | None:
    """The speaker of "according to SURFACE" (``res``: the article's resolver)."""
    low = surface.lower()
    if low in OBJ_PRONOUNS or low in PRONOUNS:
        return res.resolve(surface, pos)
    m = re.match(
        r"(his|her|their)\s+(?:own\s+)?(account|version|words|claims?|story|"
        r"narrative|estimates?|statement|sources|calculations)\b",
        low,
    )
    if m:
        ant = res.resolve(m.group(1), pos)
        return ant if ant and ant.lower() not in OBJ_PRONOUNS else surface
    stripped = ACC_SRC_STRIP.sub("", surface)
    if stripped and stripped != surface and len(stripped.split()) >= 1:
        return res.resolve(stripped, pos)
    return res.resolve(surface, pos)


def untied_speaker(res, us: int, hi: int, spoke: list[Entity], ms: list[Mention]) -> bool:
    """Did someone speak in the sentence [us, hi) whom the scan could not tie to a
    person, though the phrase names one by a title, two capitalised words and "of" a
    place ("“...,” said Gov. Terry E. Branstad of Iowa, who used Mr. Ailes ..." then
    "He added"), and no person the scan knows stands inside that phrase? A later
    pronoun may mean them, so no other person in the sentence is safe."""
    if any(e.kind != ORG for e in spoke):
        return False
    # (claims are noted in text order: the sentence's are at the end, and a scan from
    # the end that stops well before it keeps a long article linear)
    for p, _speaker, surface in reversed(res.history):
        if p < us - 2000:
            break
        words = (surface or "").split()
        title = fold_word(words[0]) if words else ""
        if us <= p < hi and title in TITLES and title not in HONORIFICS and "of" in words:
            inside = any(p <= m.start < p + len(surface) and m.entity.kind == PERSON for m in ms)
            return not inside and sum(w[:1].isupper() for w in words[1 : words.index("of")]) >= 2
    return False


# kin whose word tells the gender, and the endings a Slavic surname takes by gender
_KIN_NOUNS = frozenset("husband wife son daughter mother father brother sister".split())
_SURNAME_ENDS: tuple[str, ...] = ("skaya", "skaja", "ska", "skiy", "skyi", "sky", "ski", "ava")
_SURNAME_ENDS += ("ova", "eva", "ina", "yna", "au", "ov", "ev", "in", "yn", "a")


def family_stem(surname: str) -> str:
    """ "Savitskaya" / "Savitsky" -> "savit", "Kalesnikava" / "Kalesnikau" -> "kalesnik":
    what a Slavic surname keeps across genders."""
    low = surname.lower()
    for end in _SURNAME_ENDS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            return low[: -len(end)]
    return low


def kin_by_surname(res, toks: list[str], pos: int) -> str | None:
    """ "..., her husband told AFP" with "Pavel Savitsky said" later and "her" Irina
    Savitskaya: when the article names exactly two people of that family name (in either
    gender), the possessor just before and one of the kin's other gender, the other one;
    else None ("his brother" between two Osmans could be either's)."""
    if len(toks) != 2 or fold_word(toks[0]) not in ("his", "her") or toks[1] not in _KIN_NOUNS:
        return None
    g, kin_g = ("f" if fold_word(toks[0]) == "her" else "m"), GENDERED_ROLES[toks[1]]
    # the possessor: the last person of that gender named just before, in the content
    # too ("jailed Irina Savitskaya ..., her husband told AFP")
    near = [m.entity for m in res.entities.before(max(0, pos - 300), pos) if m.entity.gender == g]
    e = near[-1] if near else None
    if e is None or e.kind != PERSON or " " not in e.name or kin_g == g:
        return None
    stem = family_stem(e.head)
    family = [
        x
        for x in res.entities.by_name.values()
        if x.kind == PERSON and " " in x.name and family_stem(x.head) == stem
    ]
    if len(family) != 2 or {x.gender for x in family} != {g, kin_g}:
        return None
    x = family[0] if family[1] is e else family[1]
    # ("her father, Aliaksandr Kalesnikau," is not "her husband")
    other = _KIN_NOUNS - {toks[1]}
    for m in res.entities.mentions:
        if m.entity is x:
            near_text = res.t[max(0, m.start - 40) : m.end + 40].lower()
            if any(re.search(rf"\b{w}\b", near_text) for w in other):
                return None
    return x.name


def earlier_voice(res: Resolver, gender: str, pos: int, found: str) -> bool:
    """Does "he"/"she" at ``pos``, which the nearest search gives to ``found``, more
    likely continue an earlier voice? True when the last claim before it was another
    person's, given as the same pronoun ("“...,” he says" of Ihar), and ``found`` was
    named since only in narration, not in the sentence just before ("In September,
    Lukashenko signed a decree ... ¶ “...,” he says" is still Ihar's): two readings,
    so the pronoun stays unresolved."""
    for p, speaker, said in reversed(res.history):
        if speaker == found or pos - p > res.WINDOW:
            return False
        if said and said.lower() == ("he" if gender == "m" else "she"):
            break  # the voice: the last person's words given as the same pronoun
        e = res.entities.named(speaker)
        if e is None or e.kind == PERSON or (said or "").lower() in ("he", "she"):
            return False  # another person spoke last (bodies, "the authorities", do not count)
    else:
        return False
    doc = res.doc
    k = doc.unit_index(pos)
    near = doc.units[k - 1][0] if k > 0 else 0
    named = [m.start for m in res.entities.before(p, pos) if m.entity.name == found]
    surname = re.compile(r"\b" + re.escape(found.split()[-1]) + r"\b")
    return bool(named) and surname.search(res.t, max(near, p), pos) is None


def unnamed_subject_before(res: Resolver, gender: str, pos: int) -> bool:
    """Is the subject of the sentence before "he"/"she" at ``pos`` an unnamed person of
    that gender ("The second witness, a woman who testified by video link, described
    Sakovich ... She said")? Then the pronoun is hers, and no name fits."""
    doc = res.doc
    k = doc.unit_index(pos)
    if k < 1:
        return False
    us, ue = doc.units[k - 1]
    lead = res.t[doc.units[k][0] : pos].strip()
    if lead and lead[-1] not in "”\"’'":
        return False  # the pronoun is not first, nor after a quote: its own clause decides
    found = None if doc.quote_at(us) is not None else clause_subject(doc, us, ue)
    if found is None:
        return False  # (a quoted sentence's subject is the speaker's words, not narration)
    words = res.t[us : found[2]].replace(",", " ").split()
    if any(w[:1].isupper() for w in words[1:]):
        return False  # a name is there ("Judge Rasa Petrauskiene", "Sakovich's lawyer")
    return any(GENDERED_ROLES.get(fold_word(w)) == gender for w in words)


def doubtful_person(res: Resolver, gender: str, pos: int, found: str) -> bool:
    """Should "he"/"she" at ``pos`` stay unresolved although the search found
    ``found``: an earlier voice goes on (``earlier_voice``), an unnamed person of that
    gender is the subject just before ("The second witness, a woman who ..."), or the
    last claim was an unnamed person's (``role_voice_before``)?"""
    return (
        earlier_voice(res, gender, pos, found)
        or (found[:1].isupper() and unnamed_subject_before(res, gender, pos))
        or role_voice_before(res, gender, pos, found)
    )


def role_voice_before(res: Resolver, gender: str, pos: int, found: str) -> bool:
    """Was the last claim before "he"/"she" at ``pos``, in its paragraph or the one
    before, made by a person the article describes but did not name ("The defendant
    ... said he “never wanted ...”¶“...,” he said"), with ``found`` not named since?
    The pronoun goes on with that voice, which no name fits."""
    if not res.history:
        return False
    p, speaker, _said = res.history[-1]
    doc = res.doc
    ps = doc.para_of(pos)[0]
    before = doc.para_of(ps - 1)[0] if ps > 0 else ps
    if speaker == found or not speaker[:1].islower() or not before <= p < pos:
        return False
    lows = [fold_word(w) for w in speaker.split()]
    head = lows[-1]
    if (
        lows[0] not in ("the", "a", "an")
        or head not in SPEAKER_NOUNS
        or head in ORG_WORDS
        or head in EVIDENCE_NOUNS
        or head in _NOT_ONE_PERSON
        or (head.endswith("s") and not head.endswith("ss"))
    ):
        return False  # (a body, a document, a group: "the report concluded" is no "he")
    if GENDERED_ROLES.get(head) not in (None, gender):
        return False
    return not any(m.entity.name == found for m in res.entities.before(p, pos))


def owner_by_pronoun(res: Resolver, toks: list[str], pos: int) -> str | None:
    """ "Her office", "His lawyer" at ``pos``: the person "her"/"his" means, then the
    rest ("Sviatlana Tsikhanouskaya's office"), when the pronoun resolves to a name;
    else None (the phrase stays as written)."""
    if not 2 <= len(toks) <= 3 or toks[0].lower() not in ("his", "her") or not toks[-1].islower():
        return None  # (asked of every phrase: the cheap tests first)
    lows = [fold_word(w) for w in toks]
    if lows[-1] not in ORG_WORDS and lows[-1] not in _OWNED_STAFF:
        return None  # (never kin: "his brother added" of two brothers is either one's)
    owner = res.resolve(toks[0].lower(), pos)
    if not owner or not owner[:1].isupper() or " " not in owner:
        return None  # (a role phrase or a lone word: no name to own the office)
    mark = "’" if "’s" in res.t else "'"
    return f"{owner}{mark}s {' '.join(toks[1:])}"


# the people and offices that speak for a person ("her lawyer", "his spokesman")
_OWNED_STAFF = frozenset(
    "office team lawyer lawyers attorney attorneys campaign staff aide aides spokesman"
    " spokeswoman spokesperson secretary adviser advisers advisor advisors representative"
    " representatives report".split()
)


# speaker nouns that are no single person ("the report", "the crowd", "the team")
_NOT_ONE_PERSON = frozenset(
    "account airline automaker blog charity clip college document email firm fund insurer"
    " intelligence lab laboratory lender letter magazine media manufacturer military"
    " nonprofit outlet panel portal regime retailer site station statement tabloid team"
    " think-tank tweet unit website opposition leadership campaign delegation community"
    " family crowd couple pair children majority plurality percent audience".split()
)
