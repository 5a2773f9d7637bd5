"""Speaker resolution: canonical names from the alias table, a surname to the full name
the article used, and cautious coreference for pronouns and epithets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .aged_antecedent import aged_antecedent, aged_named
from .alias_names import alias_person
from .body_pronoun import body_pronoun_subject, fitting_body
from .company_antecedent import company_meant
from .described_names import body_behind_document, name_after_modifiers, person_before_tail
from .described_subject import described_subject
from .document import Document
from .en_entity_words import OFFICE_MODIFIERS, ORG_REFERENCES, PLURAL_PEOPLE
from .en_function_words import POSSESSIVE_DETS
from .en_lexicon import COUNTRY_ADJ, EPITHET_PERSON, EPITHET_ROLE, PREPS, PRONOUNS
from .entities import ORG, ORG_WORDS, PERSON, ROLE_WORDS, Entities, Entity, Mention
from .gender import GENDERED_ROLES, HONORIFICS, PRONOUN_GENDER
from .joined_speakers import joined_people, pair_they_mean
from .role_antecedent import (
    antecedent_person,
    embedded_other,
    epithet_fits,
    it_speaker,
    narration_end,
    person_lead,
    possessed_only,
    unnamed_before,
    unnamed_office,
)
from .role_fit import (
    according_source,
    body_fits,
    doubtful_person,
    headline_person,
    holder_who_spoke_last,
    kin_by_surname,
    lead_phrase,
    lone_role,
    named_in_apposition,
    namesake_who_spoke_last,
    narration_lead,
    near_given_name,
    other_role,
    owner_by_pronoun,
    passive_agent,
    past_headline,
    proper_body,
    role_phrase,
    role_taken_by_last_speaker,
    sentence_subject,
    speaking_subject,
    understudy,
    untied_speaker,
)
from .speaker_kind import person_speaker
from .speaker_phrases import (
    KIN_OF,
    LAST_NAME_BREAK,
    MENTION_WORD,
    NAME_BREAK,
    OWNED_NAME,
    POSSESSIVE_WORD,
    ROLE,
    ROLE_COMMA_NAME,
    add_full_names,
    appositive_person,
    body_speaker,
    caps_full_names,
    display_speaker,
    mend_surface,
    past_opener,
    person_role,
    role_then_name,
    role_word_before_name,
    speaker_words,
)
from .text import fold_word

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable


class Resolver:
    """Speakers for the claims of one article, asked in text order.

    A name goes to its alias-table form; a surname (with or without "Mr") to the one
    full name the article gives it; he / she to the nearest person of that gender,
    they / it to the body the clause before is about (``body_pronoun``), "the president"
    to the one person the article gave that role, "the organisation" to the nearest
    body. Nearest: the closest sentence back with a compatible candidate, preferring its
    subject and a claim's speaker there. Where nothing is compatible, or two candidates
    are equally likely, the speaker is None: a wrong name is the worst answer."""

    WINDOW = 2500  # characters back for pronoun / epithet antecedents
    MAX_UNITS_BACK = 6  # sentences back for a pronoun's antecedent

    def __init__(self, doc: Document, aliases: AliasTable) -> None:
        self.doc = doc
        self.t = doc.t
        self.aliases = aliases
        self.history: list[tuple[int, str, str | None]] = []  # (pos, speaker, surface)
        self.unnamed: list[tuple[int, str]] = []  # (pos, gender) of a he / she left None
        self._fullnames: dict[str, set[str]] = {}  # surname -> full names, as asked
        self._fullnames_all = False  # _fullnames holds every surname of the text
        self._mentions: list[tuple[int, str]] | None = None
        self._entities: Entities | None = None
        self._spoke: list[tuple[int, Entity]] = []  # claim speakers as entities, in order
        self._spoke_pos: list[int] = []  # their positions, for bisection
        self._spoke_synced = 0  # how much of history _spoke holds

    @property
    def entities(self) -> Entities:
        if self._entities is None:
            self._entities = Entities(self.t, self.aliases)
        return self._entities

    def fullnames(self, surname: str) -> set[str]:
        """The full names in the text ("Artyom Shraibman") whose last word is ``surname``.

        No run of capitalised words holds a character that NAME_BREAK matches, so
        between two such characters a scan finds the runs that a scan of the whole text
        finds there: for a few surnames, only the stretches around their occurrences are
        scanned; when many are asked, the whole text once (the work stays linear)."""
        names = self._fullnames.get(surname)
        if names is not None:
            return names
        if self._fullnames_all:
            return set()
        t = self.t
        n = min(len(t), 2_000_000)  # the part of a huge text that is scanned
        if len(self._fullnames) >= 8:
            self._fullnames = {}
            add_full_names(t, 0, n, self._fullnames)
            self._fullnames_all = True
            return self._fullnames.get(surname, set())
        found: dict[str, set[str]] = {}
        hi = 0  # where the last stretch ended (at a break, or the start)
        i = t.find(surname, 0, n)
        while i >= 0:
            m = LAST_NAME_BREAK.match(t, hi, i)  # the last break before i (none: hi)
            lo = m.end() if m else hi
            m = NAME_BREAK.search(t, i, n)
            hi = m.start() if m else n
            add_full_names(t, lo, hi, found, surname)
            i = t.find(surname, max(hi, i + 1), n)  # the next stretch
        names = self._fullnames[surname] = found.get(surname, set())
        return names

    def mentions(self) -> list[tuple[int, str]]:
        """Alias-table people named in the text, in order (position, canonical)."""
        if self._mentions is None:
            out = []
            t = self.t
            people = self.aliases.people
            scan = t if len(t) < 2_000_000 else t[:2_000_000]
            # A word folded so is a substring of the text folded the same way (both map
            # character by character): a text that contains no key of the table names
            # nobody in it, told apart by a few substring searches, no word folded.
            folded = scan.replace("’", "'").casefold()
            if any(key in folded for key in people):
                # single-word keys of the people table, matched as words
                for m in MENTION_WORD.finditer(scan):
                    w = m.group().replace("’", "'").casefold()
                    if w.endswith("'s"):
                        w = w[:-2]
                    hit = people.get(w)
                    if hit:
                        out.append((m.start(), hit))
            self._mentions = out
        return self._mentions

    def note(self, speaker: str | None, surface: str | None, pos: int) -> None:
        """The claim at ``pos`` was given ``speaker``: later pronouns may refer to it."""
        if speaker:
            self.history.append((pos, speaker, surface))
        elif surface and surface.lower() in PRONOUN_GENDER and self._closes_unit(pos):
            self.unnamed.append((pos, PRONOUN_GENDER[surface.lower()]))

    def _closes_unit(self, pos: int) -> bool:
        """Is the pronoun at ``pos`` a postposed attribution ending its sentence ("A, he
        said.")? A later "he" of the same voice is then that unknown man, not a name in A."""
        ue = self.doc.units[self.doc.unit_index(pos)][1]
        return narration_end(self, pos) < pos and "," not in self.t[pos:ue] and ue - pos < 60

    def _sync_spoke(self) -> None:
        """Claim speakers noted since the last call, as entities."""
        ents = self.entities
        for pos, speaker, surface in self.history[self._spoke_synced :]:
            ent = ents.named(speaker)
            if surface and surface.lower() not in PRONOUN_GENDER:
                # the person named in the speaker's own words ("senior Conservative MP
                # Sir Teddy Taylor" is the Teddy Taylor the scan found there)
                end = pos + len(surface)
                at = ents.before(pos, end)
                if (
                    at
                    and at[-1].entity.kind == PERSON
                    and at[-1].end >= end - 3  # the head of the phrase, not "... for X"
                    and not any(fold_word(w) in PREPS for w in self.t[pos : at[-1].start].split())
                ):
                    ent = at[-1].entity
            if ent is None:
                if self._is_person(speaker):
                    ent = ents.entity(speaker, PERSON)
                elif head := person_role(speaker, self.t[max(0, pos - 40) : pos].rstrip()):
                    # "a Labour spokesman", "the MP for Birkenhead": nobody to name, but
                    # a later "he" most likely means them
                    ent = Entity(speaker, ROLE, gender=GENDERED_ROLES.get(head))
                elif body_speaker(speaker):
                    ent = ents.entity(speaker, ORG)
                else:
                    continue  # "officials": nothing to refer back to
            low = (surface or "").lower()
            if ent.kind == PERSON and ent.gender is None and low in PRONOUN_GENDER:
                ent.gender = PRONOUN_GENDER[low]  # a pronoun tied to a name
            k = bisect_right(self._spoke_pos, pos)  # claims come in text order: k is the end
            self._spoke.insert(k, (pos, ent))
            self._spoke_pos.insert(k, pos)
        self._spoke_synced = len(self.history)

    def _is_person(self, speaker: str) -> bool:
        return person_speaker(speaker, self.aliases.people.values(), self.t)

    def _canon(self, surface: str) -> str | None:
        words = surface.split()
        # only a name at the head of the phrase: "the Lukashenka regime" is not him
        head: list[str] = []
        for w in words:
            if fold_word(w) in PREPS and head:
                break
            head.append(w)
        if not head or not head[-1][:1].isupper():
            return None
        return alias_person(self.aliases, " ".join(head), self.fullnames)

    def resolve(self, surface: str, pos: int) -> str | None:
        surface = mend_surface(surface)
        t = self.t
        end = pos + len(surface)
        words = speaker_words(surface, t[max(0, pos - 60) : pos], t[end : end + 30].lstrip())
        if not words:
            return None
        surface = words
        if (after := appositive_person(self.entities, surface, t, end)) is not None:
            return after  # '“…,” said one driver, Tomas Petrauskas.': the name speaks
        named = ROLE_COMMA_NAME.fullmatch(surface)
        if named and surface.split(" ", 1)[0].lower() in ("the", "a", "an", *POSSESSIVE_DETS):
            # "The Shadow Secretary for the Family, Theresa May, said": the name speaks
            return self._canon(named.group(1)) or named.group(1)
        owned = OWNED_NAME.fullmatch(surface)
        two_owned = " and " in surface and len(POSSESSIVE_WORD.findall(surface)) > 1
        if (
            owned
            and not two_owned
            and not any(fold_word(w) in PREPS for w in owned.group(1).split())
        ):
            # "Lukashenko's spokeswoman Natalya Eismont": the name, never the possessor
            name = owned.group(3)
            if fold_word(name.split()[-1]) in ROLE_WORDS and not self.entities.named(name):
                # "the EU's High Representative", "Belarus's Foreign Minister": a title
                # in capitals is a role, never a name
                return self.entities.person_after_role(surface.split()) or display_speaker(surface)
            if (
                fold_word(name.split()[-1]) in ORG_WORDS
                and owned.group(1).split()[-1][:1].isupper()
            ):
                return display_speaker(surface)  # "St Mary's High School": one name
            if " " not in name and not owned.group(2):
                # "France's Peugeot", "Brown's Britain" (a book), "the Information
                # Commissioner's Office" stay whole unless the word is a known person's
                return self._canon(name) or self._surname(name, None, surface)
            # "Labour's Mr Livingstone", "Nogar's son Stephen": the name as if alone
            return self.resolve(name, pos + max(0, surface.rfind(name)))
        if POSSESSIVE_WORD.search(surface):  # "Lukashenko's press secretary": not him
            if (inside := person_before_tail(surface.split())) is not None:
                return self.resolve(inside, pos)  # "the BBC's David Willey in Rome"
            return self.entities.person_after_role(surface.split()) or display_speaker(surface)
        low = surface.lower()
        kin = KIN_OF.match(t, end)  # "Clinton, the daughter of Bill Clinton": not him
        relatives = kin.group(1) if kin else ""
        canon = self._canon(surface)
        if canon and not (relatives and surface.split()[-1] in relatives):
            return canon
        if low in PRONOUN_GENDER:
            return self._person_pronoun(PRONOUN_GENDER[low], pos)
        if low in ("they", "them", "their") and (pair := pair_they_mean(self, pos)):
            return pair
        if low in ("they", "them", "their", "it", "its"):
            return self._body_pronoun(pos)
        if low in PRONOUNS:
            return surface  # "I", "we": the quoted speaker speaks of themselves
        toks = surface.split()
        if (owned_by := owner_by_pronoun(self, toks, pos)) is not None:
            return owned_by  # "Her office" -> "Sviatlana Tsikhanouskaya's office"
        lows = [fold_word(w) for w in toks]
        # a bare surname ("Ali", "Mr. Shraibman") -> the full name the article gave it
        hon = lows[0] if (len(lows) == 2 and lows[0] in HONORIFICS) or lows[0] == "dr" else None
        name_toks = toks[1:] if hon else toks
        if len(name_toks) == 1 and name_toks[0][:1].isupper() and lows[0] not in ("the", "a"):
            return self._surname(name_toks[0].rstrip(".,"), hon, surface, relatives, pos)
        if lows and lows[0] in ("the", "this"):
            if proper_body(toks):  # "The Green Party said": itself, never the party named before
                return self._canon(surface[4:]) or display_speaker(surface)
            return body_behind_document(self.entities, toks) or self._definite(lows, surface, pos)
        if 3 <= len(toks) <= 4 and role_word_before_name(toks):
            # a role word glued to a whole name: "Coach Ivan Petrov" -> "Ivan Petrov"
            name = " ".join(toks[1:])
            if any(e.name == name for e in self.entities.with_surname(toks[-1])):
                return name
        if " and " in surface and (pair := joined_people(self, surface, pos)):
            return pair
        person = self.entities.person_after_role(toks) if role_then_name(toks) else None
        person = person or near_given_name(self.entities, toks) or kin_by_surname(self, toks, pos)
        # "retired neurosurgeon Ben Carson", "Grant Wilson of Mellon Bank"
        tail = name_after_modifiers(toks) or person_before_tail(toks)
        person = person or headline_person(self, toks, pos) or (tail and self.resolve(tail, pos))
        return person or body_behind_document(self.entities, toks) or display_speaker(surface)

    def _surname(
        self, surname: str, hon: str | None, surface: str, relatives: str = "", pos: int = -1
    ) -> str | None:
        if surname.isupper() and len(surname) > 3:
            surname = surname.capitalize()  # a transcript's "RYZHENKOV:"
        if surname.lower() in PLURAL_PEOPLE:
            return display_speaker(surface)  # "Officials here admit": no surname
        full = self.fullnames(surname)
        if not full:
            # a name the run scan does not see whole ("former official Javed Ali"), or
            # in capitals only ("Presenting her report, NILUFAR RASHIDOVA, ...")
            full = {e.name for e in self.entities.with_surname(surname) if " " in e.name}
            full = full or caps_full_names(self.t, surname)
        if relatives:
            # "Clinton, the daughter of Bill Clinton": her father is not who spoke
            full = {name for name in full if name not in relatives}
        if hon in HONORIFICS:
            # "Mrs Kovalenko": the one of that gender ("Mr Jackson" is never Katherine)
            g = HONORIFICS[hon]
            full = {n for n in full if getattr(self.entities.named(n), "gender", None) in (None, g)}
        if len(full) > 1:  # ("Sprinter Walker" in the headline is Dougie Walker)
            full = past_headline(self.doc, full)
        if len(full) == 1:
            return next(iter(full))
        if len(full) > 1:  # two people share it: the one named before, or who just spoke
            return self.entities.only_named_before(full, pos) or namesake_who_spoke_last(
                self, full, pos
            )
        return display_speaker(surface)

    def _definite(self, lows: list[str], surface: str, pos: int) -> str | None:
        """ "the president", "the Belarusian leader", "the foreign secretary", "the
        organisation", "the statement", "the official"."""
        if lows[-1] == "pm":  # "the PM", "the Polish PM": the prime minister
            lows = [*lows[:-1], "prime", "minister"]
        head_i = len(lows)
        for i in range(1, len(lows)):
            if lows[i] in PREPS:
                head_i = i
                break
        head = lows[head_i - 1] if head_i - 1 >= 1 else ""
        phrase = role_phrase(lows, head_i)
        quals = {w for w in lows[1:head_i] if w in COUNTRY_ADJ}
        if head_i <= 5 and head in ROLE_WORDS | GENDERED_ROLES.keys():
            found = self._by_role(head, phrase, quals, pos)
            if found is not _NOTHING:
                return unnamed_office(self, lows, surface, pos) if found == "" else found
        # (``lows`` may hold one word more than ``surface``: "PM" read as "prime minister")
        after = surface.split()[head_i + 1 : head_i + 2] if head_i < len(lows) else []
        place = (
            lows[head_i : head_i + 1] in (["in"], ["from"])
            and bool(after)
            and after[0][:1].isupper()
        )
        if head_i <= 4 and head in ORG_REFERENCES and not place:  # ("the central bank in Moscow")
            found = self._nearest(pos, lambda e: body_fits(e, head, quals), ORG)
            if found is not _NOTHING:
                return found
        if head_i == len(lows) <= 4 and (firm := company_meant(self, head, quals, pos)):
            return firm  # "Shares in Krispy Kreme sank ... The firm said"
        if head in EPITHET_PERSON and len(lows) <= 6:
            ant = antecedent_person(self, pos, quals, strict=bool(quals))
            if ant and not self._holds_other_role(ant, head, lows):
                return ant
        elif head in EPITHET_ROLE and len(lows) <= 5:
            for p, sp, sf in reversed(self.history):
                if pos - p > self.WINDOW:
                    break
                if (
                    sf
                    and head in [fold_word(w) for w in sf.split()]
                    and not sf.lower().startswith(("the ", "this "))
                ):
                    return sp
        aged = aged_named(self.entities, lows, pos) or aged_antecedent(self, lows, pos)
        return aged or unnamed_office(self, lows, surface, pos)

    def _holds_other_role(self, name: str, head: str, lows: list[str]) -> bool:
        """Is ``name`` known by another role of that head (see ``other_role``)?"""
        return other_role(e := self.entities.named(name), head, lows) or not epithet_fits(e, head)

    def _by_role(self, head: str, phrase: str, quals: set[str], pos: int):
        """The one person named before ``pos`` whose role fits; None when several
        fit; _NOTHING when none does."""
        self._sync_spoke()
        gender = GENDERED_ROLES.get(head)
        roles = self.entities.role_holders()
        fits, office = [], False  # office: held by another than a deputy / shadow
        for p, e in roles.get(head, []) + roles.get(phrase, []):
            if p >= pos or e in fits:
                continue
            if quals and not quals & e.countries:
                continue
            if phrase.split()[0] in OFFICE_MODIFIERS and phrase not in e.roles:
                continue  # "the prime minister" is not "Foreign Minister X"
            if self._holds_other_role(e.name, head, phrase.split()):
                office = office or understudy(e, head, phrase.split())
                continue  # "the Belarusian leader" is not "opposition leader Tsikhanouskaya"
            if gender and e.gender not in (None, gender):
                continue
            fits.append(e)
        if not fits:
            return "" if office else _NOTHING  # "": the office's words, no name
        if len(fits) == 1:
            lone = role_taken_by_last_speaker(self, fits[0], pos, head)
            return None if lone else fits[0].name
        if len(phrase.split()) > 1:
            exact = [e for e in fits if phrase in e.roles]
            if len(exact) == 1:
                return exact[0].name
        # several hold the role: the one of them who spoke close by, or who spoke last
        return holder_who_spoke_last(self, fits, pos)

    def _person_pronoun(self, gender: str, pos: int) -> str | None:
        def fits(e: Entity) -> bool:
            return e.kind == PERSON and e.gender == gender

        found = self._nearest(pos, fits, PERSON, gender)
        if found is _NOTHING or not found or doubtful_person(self, gender, pos, found):
            return described_subject(self, gender, pos)  # ("The 23-year-old ... he said")
        us = self.doc.units[self.doc.unit_index(pos)][0]
        if found[:1].islower() and self.t[us:pos].lower().rstrip(" ,").endswith(found.lower()):
            return None  # "...; her mother, she says, never asks": not her mother
        return found

    def _body_pronoun(self, pos: int) -> str | None:
        if (subject := body_pronoun_subject(self, pos)) != "":
            return subject  # the clause before is about something else, or a body spoke
        found = self._nearest(pos, lambda e: e.kind == ORG, ORG)
        return it_speaker(self, pos) if found is _NOTHING else fitting_body(self, pos, found)

    def _nearest(self, pos: int, fits, kind: str | None = None, gender: str | None = None):
        """The candidate that ``fits`` in the closest sentence before ``pos`` (or
        earlier in its own sentence) that has one: the only one there, else that
        sentence's subject or claim speaker. None when that sentence holds two equally
        likely candidates; _NOTHING when no sentence in reach holds one."""
        doc = self.doc
        k = doc.unit_index(pos)
        ents = self.entities
        self._sync_spoke()
        steps = 0
        while k >= 0 and steps < self.MAX_UNITS_BACK:
            us, ue = doc.units[k]
            if pos - us > self.WINDOW and steps:
                break
            hi = min(ue, pos) if steps else narration_end(self, pos)
            if hi == us and pos > us:
                # "But Mr Blair had been hurt, he added": the content names not the speaker
                k -= 1
                steps += 1
                continue
            # names inside a quotation are the quoted speaker's words, not narration
            body = past_opener(self.t, us, hi)  # ("Asked about X, the activist said": not X)
            ms = [m for m in ents.before(body, hi) if not self._quoted(m.start)]
            if kind == ORG:  # "it", "the group": not X of "The study, commissioned by X"
                ms = [m for m in ms if not passive_agent(self.t, m.start)]
            spoke = [
                e
                for _, e in self._spoke[
                    bisect_left(self._spoke_pos, us) : bisect_left(self._spoke_pos, hi)
                ]
            ]
            cands = {m.entity for m in ms if fits(m.entity)} | {e for e in spoke if fits(e)}
            if not steps and cands and (turn := _TURN.match(self.t, doc.para_of(pos)[0])):
                # "Dr Kuzniatsova: ... a released prisoner ..., she told me": inside her
                # own turn the speaker is "I", never "she"
                cands = {e for e in cands if e.name.split()[-1] not in turn.group(1)}
            for p, es in ents.shared:  # "Sidarenka shrugged" (Alena and Andrei): "she" tells
                fit = {e for e in es if fits(e)} if body <= p < hi else set()
                if len(fit) == 1:
                    cands |= fit
                elif fit and not cands:
                    return None  # "Savitskaya's rival" (mother and daughter): either
            if (
                kind == PERSON
                and gender
                and steps
                and possessed_only(self.t, ms, cands, hi, gender)
            ):
                k, steps = k - 1, steps + 1  # "When I put Hurski's image to him, he ...":
                continue  # the sentence's "he" is another man, not Hurski
            if kind == PERSON and gender and steps:
                if any(us <= p < hi and g == gender for p, g in self.unnamed):
                    return None  # "A, he said." (he unknown), "“B,” he added": still him
                said = {e for e in spoke if fits(e)}
                if len(said) == 1:
                    return next(iter(said)).name
                if untied_speaker(self, us, hi, spoke, ms):
                    return None  # "“...,” said Gov. Terry E. Branstad of Iowa, who ..."
                lead = narration_lead(self, body, hi)
                if (
                    lead
                    and lead.group("pron")
                    and PRONOUN_GENDER[lead.group("pron").lower()] == gender
                ):
                    # "He suggested the claim that Lord X ...": the sentence is about
                    # the man a pronoun already meant, not about X
                    k -= 1
                    steps += 1
                    continue
                unnamed = [e for e in spoke if e.kind == ROLE and e.gender in (None, gender)]
                if lead is not None and person_lead(lead, gender):
                    # "The prime minister ...", "Earlier the Archbishop of Canterbury
                    # wrote ...": an unnamed person is the subject; the pronoun means them
                    named = named_in_apposition(self.t, lead.start(), ms, fits)
                    return named or lead_phrase(self.t, lead, ms, cands, unnamed)
                if unnamed and not said:
                    # "A Labour spokesman denied ...", then "he said": him only when his
                    # word tells the gender and no one else of it is in the sentence
                    return lone_role(unnamed, gender, cands, [m.entity for m in ms])
                unknown = {
                    e
                    for e in [m.entity for m in ms] + spoke
                    if e.kind == PERSON and e.gender is None and e not in cands
                }
                if cands and unknown:
                    # someone of unknown gender shares the sentence: only its subject
                    # is safe ("Robin Cook said Lord Goldsmith's ..." then "he said")
                    return speaking_subject(self.t, ms, self._subject(us, hi, ms), cands, spoke)
            if not (steps or cands) and kind == PERSON and gender:
                lead = narration_lead(self, body, hi)
                if lead is not None and person_lead(lead, gender):
                    # "A Lithuanian diplomat disagrees: the plant, he argues, is ...": the
                    # unnamed subject of the pronoun's own sentence, never a name before
                    return lead_phrase(self.t, lead, ms, cands, [])
            if not (steps or cands) and kind == PERSON and unnamed_before(self.t, body, hi, gender):
                return None  # "When I spoke to a released prisoner, she told me": hers
            if not cands and kind == PERSON and gender:
                # a person of unknown gender who spoke, alone in the sentence (but for
                # people of the other gender, next door): a pronoun ties their gender
                others = {m.entity for m in ms if m.entity.kind == PERSON}
                others = {e for e in others if e.gender is None} if steps < 2 else others
                unknown = {e for e in spoke if e.kind == PERSON and e.gender is None}
                if len(unknown) == 1 and others <= unknown:
                    e = next(iter(unknown))
                    e.gender = gender
                    return e.name
                if others and any(e.gender is None for e in others):
                    return None  # someone of unknown gender may be meant
            if steps == 0 and kind == PERSON and embedded_other(self.t, us, pos, ms):
                # "X refused to discuss reports that the party repaid Y after he said
                # ...": the pronoun may belong to the embedded clause's person or to X
                return None
            if cands:
                if len(cands) == 1:
                    return next(iter(cands)).name
                sp = {e for e in spoke if e in cands}
                if len(sp) == 1:
                    return next(iter(sp)).name
                subj = self._subject(us, hi, ms)
                if subj is not None and subj in cands:
                    return subj.name
                return None
            k -= 1
            steps += 1
        return _NOTHING

    def _quoted(self, i: int) -> bool:
        # (a quote left open up to the next one is speech too: '"A ... "B ..."')
        q = self.doc.quote_at(i)
        return q is not None and (q.closed or self.doc.quote_starting(q.end + 1) is not None)

    def _subject(self, us: int, hi: int, ms: list[Mention]) -> Entity | None:
        return sentence_subject(self.t, us, ms)

    def source(self, surface: str, pos: int) -> str | None:
        """The speaker of "according to SURFACE"."""
        return according_source(self, surface, pos)


# a transcript turn's label: "Dr Kuzniatsova:", "Q41 Chair:", "MARSH:"
_TURN = re.compile(r"(?:Q\d+\s+)?([A-Z][\w.’' -]{1,40}?):\s")
_NOTHING = object()  # no candidate at all (None: candidates, but none chosen)
