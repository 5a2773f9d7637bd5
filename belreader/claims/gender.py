"""What a name tells about gender: given names, honorifics, gendered roles and Slavic
surname endings. Data compiled by hand for belreader (same licence as the project);
common English, Slavic and other given names in news about Belarus and its region.
A name that is on neither list, or on both, has no gender: the resolver then never
uses gender against it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .en_phrases import after_one_unnamed

if TYPE_CHECKING:  # pragma: no cover
    from .entities import Entity

MALE = "m"
FEMALE = "f"

_MALE_GIVEN = """
aaron abdul abraham adam adrian ahmed alan albert alec aleh aleksandr aleksandrs aleksei
alex alexander alexei alexey ales alexis ali aliaksandr aliaksei alyaksandr andrei andrej
andrew andriy andrzej andy anthony anton antony arkady arseniy artem artyom arthur ashton
barack ben benjamin bernie bill bob boris brad brian bruce carl carlos charles chris
christopher chuck colin craig dan daniel danny dave david denis dennis dmitri dmitrii
dmitry dmytro donald doug douglas dzmitry eduard edward emmanuel eric evgeny fedor fyodor
francis frank gary george gerhard grigory hassan henry hillel hugh ian igor ihar ilya
isaac ivan jack jacob jake james jamie jan jared jason javed jeb jeff jeffrey jens jeremy
jerzy jim jimmy joe joel john jonathan jordan jose joseph josh joshua juan justin kamal
karl keith ken kenneth kevin kirill konstantin kyle lars lawrence lee leonid lindsey
luis lukas marco marcus mark martin mateusz matt matthew maxim michael michel miguel
mike mikhail mikola mitch mohammed muhammad mykola nathan neil nicholas nick nikita
nikolai oleg oleksandr oleksiy olaf omar oscar pablo patrick paul pavel pavlo peter
petro petr philip pierre piotr rafal ralph ramzan raman randy ray richard rick robert
roman ron ronald rostislav ruslan ryan sam samuel scott sean sergei sergey serhiy
siarhei simon stanislav stefan stephen steve steven stuart syarhei taras ted thomas tim
timothy todd tom tony uladzimir vadim valery valentin vasily viktar viktor vitaly
vladimir vladislav volodymyr vyacheslav walter wayne william winston yaroslav yevgeny
yuri yury zbigniew
alastair derek gareth geoff geoffrey gerald gordon graham iain liam malcolm neil nigel norman
rhodri teddy trevor
anatol artsiom dzianis franak kanstantsin leanid maksim mikalai ryhor stsiapan uladzislau
vadzim valiantsin vasil yauhen zmitser
bartosz dariusz grzegorz jakub jaroslaw jarosław kazimierz krzysztof lukasz łukasz marcin
marek mariusz michal michał pawel paweł przemyslaw przemysław radoslaw radosław rafał
slawomir sławomir szymon tomasz wladyslaw władysław wojciech
algirdas andrius arvydas dainius gabrielius giedrius gitanas kestutis kęstutis laurynas
linas mindaugas saulius tomas valdas vytautas andris arturs artūrs edgars egils
krisjanis krišjānis alar hanno margus urmas heorhii mykhailo yevhen friedrich wolfgang
henadz kiryl mikita siamion stanislau viachaslau yahor
"""
_FEMALE_GIVEN = """
agnieszka alena alyona alexandra alice alina alla allison amanda amy ana angela angelina anna
anne annalena antonina barbara betsy beata carly caroline catherine cheryl christine
claire dana daria darya diana dorota elena elisabeth elizabeth ella ellen emily emma
eva evgenia galina hanna hannah heather helen hillary ilona inna irina iryna ivanka
jane janet jennifer jessica jill joanna judith julia julie karen katarzyna kate
katherine kathleen katya kristina larisa laura liliya linda lisa liz lyudmila margaret
maria marina marine marta mary maryna megan melania michelle mila nadezhda nadia
nancy natalia natalya nataliya nika nina nicola nicole oksana olena olga olha palina
patricia rachel rebecca roza ruth sarah sharon sofia sophie stephanie susan svetlana
sviatlana tatiana tatsiana tatyana teresa theresa ursula valentina valeria vera
veranika veronika victoria viktoria volha yelena yulia zoya
betty clare estelle harriet sandra hazel jacqui tessa
aliaksandra anastasia anastasiya halina katsiaryna ksenia kseniya larysa liudmila maryia
nadzeya nasta natallia raisa yuliya aryna arina iga
agata ewa magdalena malgorzata małgorzata monika agne agnė aurelija dalia inga ingrida
ruta rūta viktorija evika iveta laima kaja kersti
alesia anzhalika kryscina liubou tamara ulyana valiantsina viktoryia yauhenia zhanna
"""
MALE_GIVEN = frozenset(_MALE_GIVEN.split())
FEMALE_GIVEN = frozenset(_FEMALE_GIVEN.split())

HONORIFICS = {
    "mr": MALE,
    "mister": MALE,
    "sir": MALE,
    "lord": MALE,
    "mrs": FEMALE,
    "ms": FEMALE,
    "miss": FEMALE,
    "madam": FEMALE,
    "madame": FEMALE,
    "lady": FEMALE,
    "dame": FEMALE,
    # peerage titles ("Baroness Boothroyd" after "Betty Boothroyd")
    "baroness": FEMALE,
    "baron": MALE,
    "countess": FEMALE,
    "earl": MALE,
    "duchess": FEMALE,
    "duke": MALE,
    "viscount": MALE,
}

GENDERED_ROLES = {
    "spokesman": MALE,
    "spokeswoman": FEMALE,
    "chairman": MALE,
    "chairwoman": FEMALE,
    "congressman": MALE,
    "congresswoman": FEMALE,
    "businessman": MALE,
    "businesswoman": FEMALE,
    "king": MALE,
    "queen": FEMALE,
    "prince": MALE,
    "princess": FEMALE,
    "husband": MALE,
    "wife": FEMALE,
    "son": MALE,
    "daughter": FEMALE,
    "brother": MALE,
    "sister": FEMALE,
    "father": MALE,
    "mother": FEMALE,
    "man": MALE,
    "woman": FEMALE,
    "boy": MALE,
    "girl": FEMALE,
    "actress": FEMALE,
    "widow": FEMALE,
    "grandmother": FEMALE,
    "grandfather": MALE,
    "uncle": MALE,
    "aunt": FEMALE,
    "nephew": MALE,
    "niece": FEMALE,
    "boyfriend": MALE,
    "girlfriend": FEMALE,
    "patriarch": MALE,
    "pope": MALE,
    "priest": MALE,
    "nun": FEMALE,
    "duke": MALE,
    "duchess": FEMALE,
    "emperor": MALE,
    "empress": FEMALE,
    "tsar": MALE,
    "countrywoman": FEMALE,
    "countryman": MALE,
    "sportswoman": FEMALE,
    "sportsman": MALE,
    "policeman": MALE,
    "policewoman": FEMALE,
}

# Slavic surnames agree with their bearer: Tsikhanouskaya, Kalesnikava, Ivanova against
# Ivanov, Lavrov, Bialiatski
# (-ich and -ka are both; -in / -ina too often not Slavic)
_FEMALE_SURNAME_ENDINGS = (
    "ova",
    "eva",
    "ëva",
    "ska",
    "skaya",
    "skaja",
    "aya",
    "ava",
    "ouna",
    "ovna",
    "evna",
    # Lithuanian: a married woman's -ienė, an unmarried one's -aitė, -ytė, -ūtė
    "ienė",
    "aitė",
    "ytė",
    "ūtė",
    "iute",
    "iene",
    "aite",
)
_MALE_SURNAME_ENDINGS = (
    "ov",
    "ev",
    "ëv",
    "sky",
    "ski",
    "skiy",
    "skyi",
    "skii",
    # Lithuanian men's: Landsbergis is too like any -is; these are not
    "auskas",
    "evičius",
    "avičius",
    "evicius",
    "avicius",
    "inskas",
)

PRONOUN_GENDER = {
    "he": MALE,
    "him": MALE,
    "his": MALE,
    "himself": MALE,
    "she": FEMALE,
    "her": FEMALE,
    "hers": FEMALE,
    "herself": FEMALE,
}


def given_name_gender(word: str) -> str | None:
    w = word.lower().strip(".’'")
    male, female = w in MALE_GIVEN, w in FEMALE_GIVEN
    if male != female:
        return MALE if male else FEMALE
    return None


def surname_gender(word: str) -> str | None:
    """Gender from a Slavic or Lithuanian surname ending; None for anything else."""
    w = word.lower().strip(".’'")
    if len(w) < 5:
        return None
    if w.endswith(_FEMALE_SURNAME_ENDINGS):
        return FEMALE
    if w.endswith(_MALE_SURNAME_ENDINGS):
        return MALE
    return None


# given names of men in the region that end as women's do
_MALE_IN_A = frozenset("foma illia ilya kuzma luka misha mykola nikita pasha sasha zhenya".split())


# Ukrainian and Belarusian surnames that are the same for a man and a woman
_NEUTRAL_SURNAME_ENDINGS = ("enko", "enka", "chuk", "uk", "yk", "ich", "ych", "ets", "au")


def given_name_shape_gender(given: str, surname: str) -> str | None:
    """Gender from the ending of a given name on neither list, read only beside a
    surname of the region that does not tell. Beside a Ukrainian or Belarusian one
    (Kovalenko, Marchuk, Zaitsau) a woman's given name ends in -a (Kateryna, Halyna,
    Aksana) and -ii is a man's (Serhii, Andrii); beside a Latvian or Lithuanian man's
    (Briedis, Liepiņš, Valinskas) -ds, -rs, -ts, -ns, -us are a man's (Raimonds,
    Aivars, Marius). Elsewhere -a is no sign (Mahendra, Borussia), nor -s (Frances)."""
    w, last = given.lower().strip(".’'"), surname.lower().strip(".’'")
    if len(w) < 4 or not w.isalpha() or w in _MALE_IN_A:
        return None
    if last.endswith(_NEUTRAL_SURNAME_ENDINGS):
        if w.endswith("a"):
            return FEMALE
        if w.endswith(("ii", "iy")):
            return MALE
    if (
        w.endswith(_BALTIC_MALE_GIVEN)
        and last.endswith(_BALTIC_MALE_SURNAME)
        and len(last) > 4
        and not last.endswith(_SPANISH_PLURALS)  # "Aguas Argentinas": a company
    ):
        return MALE
    return None


_BALTIC_MALE_GIVEN = ("ds", "rs", "ts", "ns", "us")  # (not -as: Greek Kostas, Spanish Aguas)
_BALTIC_MALE_SURNAME = ("is", "ys", "us", "as", "š")
_SPANISH_PLURALS = ("inas", "anas", "adas", "icas", "osas", "idas")


def name_gender(tokens: list[str], honorific: str | None = None) -> str | None:
    """The gender a name shows: honorific first, then the given name, then (a name of
    one word, or a given name on no list) the surname's ending, then the given name's
    own ending."""
    if honorific and honorific in HONORIFICS:
        return HONORIFICS[honorific]
    if not tokens:
        return None
    if len(tokens) >= 2:
        g = given_name_gender(tokens[0])
        if g:
            return g
    g = surname_gender(tokens[-1])
    if g is None and len(tokens) == 2 and tokens[0][:1].isupper():
        g = given_name_shape_gender(tokens[0], tokens[1])
    return g


# given names that are more often places ("Jordan said", "Victoria station")
_PLACE_GIVEN = frozenset({"Jordan", "Victoria", "Sofia", "Douglas"})


def lone_given_name(t: str, w: str, end: int) -> bool:
    """Is ``w`` a known given name standing alone as a subject ("Pavel paused", "Olga,
    34, said"): a lower-case word or a comma after it? (The caller leaves out words
    that open sentences, "Will", "May".)"""
    nxt = t[end : end + 2].lstrip(" ")[:1]
    if not (nxt == "," or nxt.islower() or _NAME_CHANGED.match(t, end) is not None):
        return False
    return w not in _PLACE_GIVEN and (
        given_name_gender(w) is not None or kin_gender(t, w) is not None
    )


# "Maksim (his name has been changed), a 36-year-old tester": a person by a given name
_NAME_CHANGED = re.compile(
    r"\s*\((?:his|her|their|not (?:his|her) real|a pseudonym|names? (?:has been |have been )?changed)\b"
)


_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|tells|recalls|recalled|added|adds|asked|wrote)\b")


def speaks_somewhere(t: str, w: str) -> bool:
    """Does ``w`` stand before a verb of speaking somewhere in ``t``?"""
    return any(
        _SPEECH_AFTER.match(t, m.end()) for m in re.finditer(r"\b" + re.escape(w) + r"\b", t)
    )


def introduced_alone(t: str, w: str) -> bool:
    """Does ``t`` introduce the given name ``w`` as a person known by it alone: described
    in apposition ("Ihar, a 52-year-old engineer,", "Olga, 34, a nurse"), kept anonymous
    ("Alena, who asked that her surname not be used"), named so ("gave his name only
    as Dzmitry", "identified only as Pavel") or as someone's relative ("Zhuk's son,
    Mikhail,")? Such a person may speak only as "he"."""
    e = re.escape(w)
    # (cheap substring tests first: each pattern is built for one name and scans the
    # whole article, and most articles hold none of these phrasings)
    if w + "," in t and (
        re.search(rf"\b{e},\s+(?:\d{{1,3}},\s+)?an?\s+(?:\d{{1,3}}-year-old\s+)?[a-z]", t)
        or re.search(rf"(?:[’']s|\bhis|\bher|\btheir)\s+(?:{_KIN}),\s+{e},", t)
    ):
        return True
    # "Her neighbour Tamara, whose husband ...", "his cousin Marta says": no commas
    if re.search(rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:{_KIN}|{_NEAR})\s+{e}\b", t):
        return True
    if ("surname" in t or "last name" in t or "full name" in t) and re.search(
        rf"\b{e}\b[^.\n]{{0,150}}\b(?:surname|last name|full name)\b", t
    ):
        return True
    if "called " + w in t or "named " + w in t:
        # "a former engineer called Leanid", "an attendant named Pavel"
        found = re.finditer(rf"\b(?:called|named)\s+{e}\b", t)
        if any(after_one_unnamed(t, m.start()) for m in found):
            return True
    if w + " (" in t and any(_NAME_CHANGED.match(t, m.end()) for m in re.finditer(rf"\b{e}\b", t)):
        return True  # "Maksim (his name has been changed)"
    return "as" in t and bool(
        re.search(rf"\b(?:name|named|identified|known)\s+(?:only\s+)?as\s+{e}\b", t)
    )


# relatives an article names by a given name alone ("Zhuk's son, Mikhail,")
_KIN = "son|daughter|wife|husband|brother|sister|mother|father|partner|fiancée?|niece|nephew"
# people close to someone, named before a given name alone ("her neighbour Tamara")
_NEAR = "cousin|aunt|uncle|grand(?:mother|father|son|daughter)|neighbou?r|colleague|friend"


_DOTTED = re.compile(r"\b(Mr|Mrs|Ms)\.\s+$")


def dotted_title(t: str, pos: int, people: set[Entity]) -> Entity:
    """The one person of ``people``, given the gender of a title with a full stop just
    before ``pos`` ("Mr. Abramavicius", "Ms. Marozava": the run scan stops at the stop,
    so the surname comes alone)."""
    e = next(iter(people))
    m = _DOTTED.search(t, max(0, pos - 6), pos)
    if m and e.gender is None:
        e.gender = HONORIFICS[m.group(1).lower()]
    return e


def kin_gender(t: str, w: str) -> str | None:
    """The gender of the relative a given name alone is introduced as ("Ms Kearney's
    mother, Bríd, said", "her son Ales"), else None."""
    return _kin_names(t).get(w)


@lru_cache(maxsize=16)
def _kin_names(t: str) -> dict[str, str]:
    # (one pass of plain finds over the text for all its names: asked for many lone
    # capitalised words; a regex alternation over every word costs more)
    found: dict[str, str] = {}
    for kin, g in _KIN_GENDER.items():
        i = t.find(kin)
        while i >= 0:
            m = _NAME_AFTER_KIN.match(t, i + len(kin))
            if m is not None and (i == 0 or not t[i - 1].isalpha()):
                found.setdefault(m.group(1), g)
            i = t.find(kin, i + len(kin))
    return found


_KIN_GENDER = {k: GENDERED_ROLES[k] for k in _KIN.split("|") if k in GENDERED_ROLES}
_NAME_AFTER_KIN = re.compile(r",?\s+([A-Z][\w’'-]+)")
