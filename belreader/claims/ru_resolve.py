"""Russian speakers: names in any case form to the alias table's canonical person,
surnames to the full name the article used, and cautious coreference for он/она/они and
role nouns ("глава государства"), with gender taken from verb endings (заявил /
заявила) and names (-ова / -ская, given names). No compatible antecedent: None."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise
from typing import TYPE_CHECKING

from . import ru_names
from .document import Document
from .en_lexicon import PERSON_COUNTRY
from .ru_lexicon import (
    COUNTRY_WORDS,
    FEMALE_NAMES,
    LOCATIVE_ORGS,
    MALE_NAMES,
    POSSESSIVES,
    PRONOUNS,
    RELAY_VERBS,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from .ru_names import bearer_of_form, given_only, other_given_name, owner_not_speaker
from .ru_plural_subject import plural_subject_before
from .ru_roles import ROLE_QUALIFIERS, office_holder, office_of, opening_office, role_fits
from .ru_speakers import GIVEN_STEMS
from .ru_text import (
    fold,
    fold_lookalikes,
    folded,
    genders_compatible,
    lookalikes_fixed,
    name_gender,
    stem,
    surname_form_gender,
)
from .ru_unnamed_subject import opening_subject, unnamed_topic_start
from .ru_verb_names import verb_named_people

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CAP_CYR = re.compile(r"[А-ЯЁІЎ][а-яёіў’'-]+")
# two or three capitalised Cyrillic words: a person's full name ("Артём Шрайбман")
# (up to four: "Пресс-секретарь Лукашенко Наталья Эйсмонт" holds one at its end)
_NAME_RUN = re.compile(r"[А-ЯЁІЎ][а-яёіў’'-]+(?:\s+[А-ЯЁІЎ][а-яёіў’'-]+){1,3}")
_MAX_SCAN = 2_000_000
_GIVEN = MALE_NAMES | FEMALE_NAMES
_CAP_NEXT = re.compile(r"\s+[А-ЯЁІЎ]")


class _StemIndex:
    """The alias table's people keyed by the stems of their Cyrillic spellings."""

    def __init__(self, aliases: AliasTable) -> None:
        self.by_stems: dict[tuple[str, ...], str] = {}
        self.gender: dict[str, str] = {}
        self.longest = 1
        for key, canon in aliases.people.items():
            words = key.split()
            if any(re.search(r"[\u0400-\u04ff]", w) for w in words):
                stems = tuple(stem(w) for w in words)
                self.by_stems.setdefault(stems, canon)
                self.longest = max(self.longest, len(stems))
            g = name_gender(words)
            if g and canon not in self.gender:
                self.gender[canon] = g
        for canon in set(aliases.people.values()):
            g = name_gender(canon.split())
            if g:
                self.gender[canon] = g  # the canonical given name decides
        self.single = {s[0]: c for s, c in self.by_stems.items() if len(s) == 1}
        # the spellings as the table writes them: the nominative ("путин", not "путина")
        self.nominative = {fold(k) for k in aliases.people if " " not in k}

    def person(self, words: list[str]) -> str | None:
        """The person named by the longest run of ``words`` whose stems are a spelling."""
        return self.person_at(words)[0]

    def person_at(self, words: list[str]) -> tuple[str | None, int]:
        """(person, index of the run's first word), or (None, -1)."""
        stems = [stem(w) for w in words]
        for size in range(min(len(stems), self.longest), 0, -1):
            for start in range(len(stems) - size, -1, -1):
                hit = self.by_stems.get(tuple(stems[start : start + size]))
                if hit and self.same_gender(hit, words[start + size - 1]):
                    if (
                        size == 1
                        and start
                        and self.other_given(words[start - 1], hit, words[start])
                    ):
                        continue  # "Эдуард Бабарико": a relative, not Viktar
                    return hit, start
        return None, -1

    def other_given(self, given: str, person: str, surname: str = "") -> bool:
        return other_given_name(given, person, self.gender.get(person), GIVEN_STEMS, surname)

    def same_gender(self, person: str, surname: str) -> bool:
        """Can ``surname`` in its case form be ``person``? (Тихановский is not
        Sviatlana Tsikhanouskaya, though the stems agree.)"""
        g = surname_form_gender(surname)
        return g is None or self.gender.get(person) in (None, g)


_INDEXES: dict[int, tuple[AliasTable, _StemIndex]] = {}


def stem_index(aliases: AliasTable) -> _StemIndex:
    """The stem index of a table, built once (keyed by identity; tables are not hashable)."""
    hit = _INDEXES.get(id(aliases))
    if hit is not None and hit[0] is aliases:
        return hit[1]
    if len(_INDEXES) > 8:
        _INDEXES.clear()
    idx = _StemIndex(aliases)
    _INDEXES[id(aliases)] = (aliases, idx)
    return idx


def person_any_form(aliases: AliasTable, name: str | None) -> str | None:
    """The canonical person of ``name`` in any spelling the table knows, in any Russian
    case form ("Путина", "Тихановской"), with Latin look-alike letters folded."""
    if not name:
        return None
    name = fold_lookalikes(name)
    return aliases.person(name) or stem_index(aliases).person(_WORD.findall(name))


_CYR_LOWER_WORD = re.compile(r"[а-яеіў][а-яеіў-]{2,}")  # on folded text


def verb_positions(folded: str) -> tuple[list[int], list[str], list[str]]:
    """The offsets of the reporting verbs of a folded text, their genders and forms."""
    pos, genders, forms = [], [], []
    for m in _CYR_LOWER_WORD.finditer(folded):
        g = SPEECH_VERBS.get(m.group())
        if g:
            pos.append(m.start())
            genders.append(g)
            forms.append(m.group())
    return pos, genders, forms


_ADJ_END = ("ий", "ый", "ой", "ая", "яя", "ое", "ые", "ие", "кі", "ская")


def _names_the_speaker(words: list[str], low: list[str], at: int) -> bool:
    """Is the name at ``at`` the head of the phrase, not a genitive after a common noun
    ("офис Тихановской" is the office, "министр обороны Виктор Хренин" is the man)?"""
    if at <= 0 or (set(low[:2]) & ROLE_HEADS):
        return True
    return all(
        w[:1].isupper() or lw.endswith(_ADJ_END)
        for w, lw in zip(words[:at], low[:at])
        if lw not in ("в", "во", "ў")
    )


# "Так Павел Латушка ответил на вопрос ...": who said the words just quoted
_SO_ANSWERED = re.compile(
    r"\s*(?:Так|Гэтак)\s+(\w[\w -]{1,60}?)\s+((?:ответил|прокомментировал|отреагировал)а?|"
    r"адказаў|адказала|пракаментаваў|пракаментавала|адрэагаваў|адрэагавала)(?![\w-])"
)


def _full_name_after(words: list[str], at: int) -> bool:
    """Does a given name and a surname follow the person found at ``at`` ("Пресс-секретарь
    Лукашенко Наталья Эйсмонт": the known person is whose press secretary she is)?"""
    rest = words[at + 1 :]
    return any(
        w[:1].isupper() and stem(w) in GIVEN_STEMS and nxt[:1].isupper()
        for w, nxt in pairwise(rest)
    )


_ROLE_STEMS = frozenset(stem(w) for w in ROLE_HEADS)


# a sentence opening with a name and ", по" before a possessive ("Хренин, по его словам")
_SUBJECT_THEN_PO = re.compile(r"\s*([А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+)?),\s+по\s+")
_SELF = frozenset(("сам", "сама", "сами", "само"))


def _after_data_lead(ft: str, pos: int) -> bool:
    return ft[max(0, pos - 16) : pos].rstrip().endswith(_DATA_LEADS)


_DATA_LEADS = ("по данным", "по информации", "по сведениям", "паводле")


def _oblique_role(word: str) -> bool:
    """A role noun in a case other than the nominative ("президента", "главы")."""
    return word not in ROLE_HEADS and stem(word) in _ROLE_STEMS


def _role_head(word: str) -> bool:
    """A role noun in any case ("президента" as in "по словам президента")."""
    return word in ROLE_HEADS or stem(word) in _ROLE_STEMS


class RuResolver:
    """Speakers of Russian claims (see the module docstring)."""

    WINDOW = 2500  # characters back for antecedents

    def __init__(self, doc: Document, aliases: AliasTable) -> None:
        self.doc = doc
        self.t = doc.t
        self.ft = folded(doc)
        self.aliases = aliases
        self.index = stem_index(aliases)
        # (pos, speaker, gender, is_person) of the claims so far
        self.history: list[tuple[int, str, str | None, bool]] = []
        self._mentions: list[tuple[int, str, str | None]] | None = None
        self._full: dict[str, str] | None = None
        self._learnt: dict[str, str] = {}  # unlisted given names: gender from the verb
        self._blockers: dict[str, tuple[str, str]] = {}  # such names opening a sentence
        self._oblique: set[int] = set()  # mentions in a case other than the nominative
        self._verbs: tuple[list[int], list[str], list[str]] | None = None  # verb_positions
        self._owners: list[tuple[int, int]] = []  # speaker phrases naming whose they are
        self._holders: dict[str, list[str]] = {}  # office -> the people its phrases named

    # -- what the article names ----------------------------------------------------------
    def mentions(self) -> list[tuple[int, str, str | None]]:
        """(pos, person, gender) of each person the text names: alias-table people in any
        case form, and full names ("Артём Шрайбман") under their nominative form."""
        if self._mentions is None:
            out = []
            scan = lookalikes_fixed(self.doc)[:_MAX_SCAN]
            single = self.index.single
            full = self.full_names()
            prev = None
            for m in _CAP_CYR.finditer(scan):
                s = stem(m.group())
                canon = single.get(s)
                word = fold(m.group())
                if canon and not self.index.same_gender(canon, m.group()):
                    canon = None
                if (
                    canon
                    and prev
                    and not scan[prev.end() : m.start()].strip()
                    and self.index.other_given(prev.group(), canon, m.group())
                ):
                    canon = None  # "Эдуард Бабарико": his own full name, if given so
                    if full.get(s, "").split()[:1] != [prev.group()]:
                        s = ""
                prev = m
                if canon:
                    self._oblique.update(() if word in self.index.nominative else (m.start(),))
                    out.append((m.start(), canon, self.index.gender.get(canon)))
                elif s in full:
                    name = full[s]
                    if word != fold(name.split()[-1]):
                        self._oblique.add(m.start())
                    out.append((m.start(), name, self._gender_of(name)))
                elif s in self._blockers:  # someone unlisted: "он" may be them, so None
                    name, g = self._blockers[s]
                    out.append((m.start(), name, g))
                elif word in _GIVEN and not _CAP_NEXT.match(scan, m.end()):
                    # "Ольга работает ... Она говорит": the one Ольга the article named in
                    # full, or no one ("Она" is then unresolved) when two share the name
                    named = given_only(full.values(), m.group(), scan, m.start())
                    gg = name_gender([m.group()])
                    out.append((m.start(), named or m.group(), gg))
                    if not named and any(n.split()[0] == m.group() for n in full.values()):
                        # (a given name no full name shares is someone named so alone:
                        # "Тамара (имя изменено)" is "она")
                        self._blockers["=" + word] = (m.group(), gg or "")
            self._mentions = out
        return self._mentions

    def full_names(self) -> dict[str, str]:
        """Surname stem -> the full name the text gives, in its shortest (most likely
        nominative) form: "Артёма Шрайбмана" and "Артём Шрайбман" give the latter."""
        if self._full is None:
            found: dict[str, str] = {}
            scan = lookalikes_fixed(self.doc)[:_MAX_SCAN]
            for m in _NAME_RUN.finditer(scan):
                words = m.group().split()
                # a given name and the word after it ("Политолог Артём Шрайбман");
                # no given name: "Министр Обороны", "Наша Ніва" are not people
                at = next(
                    (
                        i
                        for i, w in enumerate(words[:-1])
                        if name_gender([w]) is not None and fold(w) in _GIVEN
                    ),
                    -1,
                )
                if at < 0 or at + 1 >= len(words):
                    continue
                words = words[at : at + 2]
                key = stem(words[-1])
                cur = found.get(key)
                name = " ".join(words)
                if cur is None or len(name) < len(cur):
                    found[key] = name
            for key, (name, g, opens) in verb_named_people(scan, self.index.single).items():
                if opens and key not in found:
                    self._blockers[key] = (name, g)
                elif not opens:
                    self._learnt[found.setdefault(key, name)] = g
            self._full = found
        return self._full

    # -- the SpeakerResolver protocol -----------------------------------------------------
    def note(self, speaker: str | None, surface: str | None, pos: int) -> None:
        j = self._verb_near(pos)
        if j >= 0 and self._verb_table()[2][j] in RELAY_VERBS:
            return  # "передает корреспондент БЕЛТА": the outlet is no one "он" refers to
        if speaker and not self._is_person(speaker) and _after_data_lead(self.ft, pos):
            return  # "по данным LRT": a source of facts is no one "он" refers to
        if speaker:
            person = self._is_person(speaker)
            self.history.append((pos, speaker, self._verb_gender(pos), person))
            office = office_of([fold(w) for w in _WORD.findall(surface or "")][:3])
            if person and office and speaker != surface:
                self._holders.setdefault(office, []).append(speaker)  # "Глава государства"

    def resolve(self, surface: str, pos: int) -> str | None:
        surface = fold_lookalikes(" ".join(surface.split()))
        words = _WORD.findall(surface)
        if not words:
            return None
        low = [fold(w) for w in words]
        if len(low) > 1 and low[0] in _SELF:
            words, low = words[1:], low[1:]  # "Сама Славникова сказала": Славникова
            surface = surface.split(None, 1)[1]
        gender = self._verb_gender(pos)
        at0 = pos
        if len(low) == 1 and (low[0] in PRONOUNS or low[0] in POSSESSIVES):
            g = PRONOUNS.get(low[0]) or POSSESSIVES.get(low[0])
            if low[0] in POSSESSIVES:
                # "по его словам, X, которые опровергают ...": a verb near a possessive
                # is the content's, not the owner's, so its gender says nothing
                pos, gender = self._past_own_subject(pos), None
            ant = self._antecedent(pos, g if genders_compatible(g, gender) else "x")
            opened = opening_office(self.t, pos) if low[0] in PRONOUNS else None
            if opened:  # "Глава государства коснулся ... Он назвал": that office's holder
                return office_holder(self._holders.get(opened[0], []), opened[1], ant, self._fits)
            if g == "pl" and genders_compatible(g, gender) and (ant is None or low[0] in PRONOUNS):
                # "Родители собрали подписи. В нем они пишут": the subject just before
                # wins over a speaker of the paragraph before
                ant = plural_subject_before(self.doc, pos) or ant
            if ant is None and g in ("m", "f") and genders_compatible(g, gender):
                ant = self._named_after(pos, g)
            return self._past_topic(ant, low[0], at0, g)
        canon, at = self.index.person_at(words)
        if canon and _names_the_speaker(words, low, at) and not _full_name_after(words, at):
            if not owner_not_speaker(words, low, at, GIVEN_STEMS, _oblique_role):
                return canon
            self._owners.append((pos, pos + len(surface)))  # "Адвокат Бабарико": not "он"
        if low[0] in ("в", "во", "ў"):  # "в Кремле заявили": the body, not a place
            words, low = words[1:], low[1:]
            if not words:
                return None
            if len(words) == 1 and low[0] in LOCATIVE_ORGS:
                return LOCATIVE_ORGS[low[0]]
            surface = surface.split(None, 1)[1]
        if (_role_head(low[0]) or (len(low) > 1 and _role_head(low[1]))) and all(
            _role_head(w) or w in COUNTRY_WORDS or w in ROLE_QUALIFIERS for w in low
        ):
            ant = self._role_antecedent(low, pos, gender)
            if ant:
                return ant
            return surface
        # a surname alone, in any case: the full name the article gave
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) == 1 and len(words) <= 2:
            full = bearer_of_form(self.full_names().get(stem(caps[0])), caps[0], self.t)
            if full or fold(caps[0]) in _GIVEN:  # "— признаётся Ольга": Ольга Савченко
                return (
                    full or given_only(self.full_names().values(), caps[0], self.t, pos) or surface
                )
        if len(caps) >= 2:
            full = self.full_names().get(stem(caps[-1]))
            if full and stem(full.split()[0]) == stem(caps[-2]):
                # "вице-премьер Алексей Резников": the person; the mention keeps the role
                return full
            if full and words[-2:] == caps[-2:] and stem(caps[-2]) in GIVEN_STEMS:
                # "Жена бизнесмена Алла Ковалёва" after "Олег Ковалёв": a relative with
                # the same surname is her own given name and surname, not the phrase
                return " ".join(words[-2:])
        return surface

    def _past_topic(self, ant: str | None, word: str, at: int, g: str | None) -> str | None:
        """See ``ru_unnamed_subject``: "Дарья, по ее словам" opening a paragraph that
        named no ``ant`` is Дарья; "он" after "Юрист ..., считает" is no one named before."""
        if word in POSSESSIVES and g in ("m", "f"):
            subj = opening_subject(self.doc, at)
            if subj and (ant is None or not self._named_in(ant, self.doc.para_of(at)[0], at)):
                who = self.resolve(*subj)
                ok = who and self._is_person(who) and self._gender_of(who) == g
                return who if ok else None
        start = unnamed_topic_start(self.doc, at) if ant else None  # (also "По его словам")
        return None if start is not None and not self._named_in(ant, start, at) else ant

    def _named_in(self, name: str | None, a: int, b: int) -> bool:
        marks = [(p, sp) for p, sp, _g, _x in self.history] + [
            (p, n) for p, n, _ in self.mentions()
        ]
        return any(sp == name and a <= p < b for p, sp in marks)

    def _past_own_subject(self, pos: int) -> int:
        """ "Хренин, по его словам, доложил": "его" is not the sentence's own subject
        (that would be "по своим словам"), so look back from before the subject."""
        k = self.doc.unit_index(pos)
        if k < 0:
            return pos
        us = self.doc.units[k][0]
        m = _SUBJECT_THEN_PO.fullmatch(self.t, us, pos)
        return m.start(1) if m else pos

    def source(self, surface: str, pos: int) -> str | None:
        """The speaker of "по словам SURFACE"."""
        words = _WORD.findall(surface)
        if words and fold(words[0]) in POSSESSIVES and len(words) > 1:
            return surface  # "её адвоката": someone else, named by relation
        return self.resolve(surface, pos)

    def _verb_gender(self, pos: int) -> str | None:
        """The gender of the reporting verb nearest to ``pos`` (within 80 characters):
        заявила gives "f"."""
        j = self._verb_near(pos)
        return self._verb_table()[1][j] if j >= 0 else None

    def _verb_table(self) -> tuple[list[int], list[str], list[str]]:
        if self._verbs is None:
            self._verbs = verb_positions(self.ft)
        return self._verbs

    def _verb_near(self, pos: int) -> int:
        at = self._verb_table()[0]
        k = bisect_right(at, pos)
        best, best_d = -1, 81
        for j in (k - 1, k):
            if 0 <= j < len(at) and abs(at[j] - pos) < best_d:
                if "\n" in self.t[min(at[j], pos) : max(at[j], pos)]:
                    continue  # a verb of another paragraph ("— написала она.\n\nX уточнил")
                best, best_d = j, abs(at[j] - pos)
        return best

    # -- coreference ---------------------------------------------------------------------
    def _named_after(self, pos: int, gender: str) -> str | None:
        """ "«...», — адзначыў ён. Так Павел Латушка адказаў на пытанне": the person the
        next sentence names as having answered so (same paragraph, same gender)."""
        doc = self.doc
        k = doc.unit_index(pos)
        if k < 0 or k + 1 >= len(doc.units):
            return None
        us, ue = doc.units[k + 1]
        if doc.para_of(us) != doc.para_of(pos):
            return None
        m = _SO_ANSWERED.match(self.t, us, min(ue, us + 160))
        if m is None or not m.group(1)[:1].isupper():
            return None
        if ("f" if m.group(2).endswith("а") else "m") != gender:
            return None
        return self.resolve(m.group(1), m.start(1))

    def _is_person(self, speaker: str) -> bool:
        if speaker in self.index.gender or speaker in self.aliases.people.values():
            return True
        if speaker in self._learnt:
            return True
        words = speaker.split()
        return (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and name_gender(words[:1]) is not None
        )

    def _gender_of(self, name: str) -> str | None:
        return self.index.gender.get(name) or name_gender(name.split()) or self._learnt.get(name)

    def _antecedent(
        self, pos: int, gender: str | None, person_only: bool = False, surnames: bool = False
    ) -> str | None:
        """The most recent speaker or named person before ``pos`` of a compatible gender;
        None when there is none, or when two people of that gender were named together
        (the same sentence) with no claim to tell them apart."""
        if gender == "x":
            return None
        cands: list[tuple[int, str, bool]] = []  # (pos, name, from history)
        for p, sp, g, _person in reversed(self.history):
            if pos - p > self.WINDOW:
                break
            if person_only and not (_person or (surnames and ru_names.surname_like(sp))):
                continue
            if not _person and gender in ("m", "f") and g != gender and ru_names.neuter_body(sp):
                continue  # "По версии обвинения ... — сказала она": no body is "она"
            if (
                p < pos
                and genders_compatible(gender, g)
                and genders_compatible(gender, self._gender_of(sp) if _person else None)
            ):
                cands.append((p, sp, True))
                break
        ms = self.mentions()
        k = bisect_right(ms, (pos, "")) - 1
        seen = 0
        while k >= 0 and seen < 30:
            p, name, g = ms[k]
            k -= 1
            seen += 1
            if pos - p > self.WINDOW:
                break
            if p >= pos:
                continue
            if gender == "pl" or not genders_compatible(gender, g):
                continue
            if cands and p in self._oblique:
                continue  # "с Путиным" is not the subject: the last speaker is
            if any(a <= p < b for a, b in self._owners):
                continue  # "Адвокат Бабарико сообщил ... Он добавил": the lawyer
            q = self.doc.quote_at(p)
            if q is not None and q.closed:
                continue  # "«Я говорил и Путину ...», — отметил он": quoted, not narrated
            cands.append((p, name, False))
            # a second compatible person in the same sentence: ambiguous
            for p2, name2, g2 in ms[max(0, k - 5) : k + 1]:
                if p2 in self._oblique and p not in self._oblique:
                    continue  # "Сестра Колесниковой Татьяна Хомич": the genitive is no rival
                q2 = self.doc.quote_at(p2)
                if q2 is not None and q2.closed:
                    continue  # "«Светлана Георгиевна не ...», — сказала X": quoted, no rival
                if (
                    name2 != name
                    and genders_compatible(gender, g2)
                    and not re.search(r"[.!?]", self.t[p2:p])
                    and p - p2 < 200
                ):
                    cands.append((p2, name2, False))
            break
        if not cands:
            return None
        cands.sort(reverse=True)
        best = cands[0]
        if not best[2] and any(best[1] == b[0] for b in self._blockers.values()):
            return None
        if len({c[1] for c in cands if not c[2] and c[0] >= best[0] - 200}) > 1 and not best[2]:
            return None
        return best[1]

    def _role_antecedent(self, low: list[str], pos: int, gender: str | None) -> str | None:
        """ "глава государства", "белорусский лидер", "министр": the most recent named
        person the article was about, when the role's country (if any) fits."""
        countries = {COUNTRY_WORDS[w] for w in low if w in COUNTRY_WORDS}
        # "Латушко заявил ... — добавил политик": a noun that names no office may follow
        # a speaker named by the surname alone
        generic = len(low) == 1 and low[0] in ru_names.GENERIC_PERSON
        ant = self._antecedent(pos, gender if gender != "pl" else "x", True, generic)
        if ant is None:
            # "Путин и Лукашенко обсудили ... Белорусский лидер сказал": two people, but
            # the country leaves one
            return self._only_one_of(countries, pos) if countries else None
        known = PERSON_COUNTRY.get(ant)
        if countries:
            if not known or not countries & known or not self._fits(low, ant):
                # the nearest fits no country or role: try the people named recently
                ms = self.mentions()
                for p, name, _g in reversed(ms[: bisect_right(ms, (pos, ""))]):
                    if p >= pos:
                        continue
                    if pos - p > self.WINDOW:
                        break
                    if countries & PERSON_COUNTRY.get(name, set()) and self._fits(low, name):
                        return name
                return None
        elif not (self._is_person(ant) or generic) or not self._fits(low, ant):
            return None  # "Председатель ЦИК X ... Глава государства заявил": not X
        return ant

    def _fits(self, low: list[str], name: str) -> bool:
        """Does the role fit the office ``name`` was introduced with (first mention)?"""
        first = next((p for p, n, _g in self.mentions() if n == name), -1)
        return first < 0 or role_fits(low, self.t, first)

    def _only_one_of(self, countries: set[str], pos: int) -> str | None:
        """The one person of ``countries`` named in the window before ``pos``; None
        when there are none or several."""
        ms = self.mentions()
        fits = set()
        for k in range(bisect_right(ms, (pos, "")) - 1, -1, -1):
            p, name, _g = ms[k]
            if pos - p > self.WINDOW:
                break
            if countries & PERSON_COUNTRY.get(name, set()):
                fits.add(name)
        return fits.pop() if len(fits) == 1 else None
