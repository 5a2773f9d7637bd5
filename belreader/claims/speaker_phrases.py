"""The speaker phrase as written: its head noun (``person_role``), the form shown
(``display_speaker``), a cut parenthesis mended (``mend_surface``), full names written
in a span (``add_full_names``), the speaker's own words in a phrase cut at the wrong
place (``speaker_words``), and the patterns speaker resolution (``resolve``) reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .en_entity_words import ORG_WORDS, PARTY_WORDS
from .en_function_words import DETS, PRONOUNS
from .en_lexicon import (
    CAP_STOP,
    PREPS,
    TITLES,
)
from .en_phrases import poll_share, words_with_pos
from .en_verbs import IRREGULAR_PAST
from .entities import (
    NAME_RUN,
    NOT_NAME_STARTS,
    PERSON,
    ROLE_WORDS,
    Entities,
    split_titles,
    stop_free,
)
from .gender import GENDERED_ROLES, HONORIFICS, given_name_gender
from .text import fold_word

if TYPE_CHECKING:  # pragma: no cover
    pass


ACC_SRC_STRIP = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:latest|new|recent|official|preliminary|initial|"
    r"published|confidential)\s+)*(?:estimates?|reports?|analys[ie]s|data|figures|"
    r"statements?|surveys?|polls?|stud(?:y|ies)|assessments?|documents?|findings|"
    r"calculations|information|sources?|claims?|remarks|testimony|accounts?)\s+"
    r"(?:by|from|of|published\s+by|released\s+by)\s+",
    re.IGNORECASE,
)


# a character that no NAME_RUN match holds, and the last one of a span
NAME_BREAK = re.compile(r"[^\w\s’'.-]")
LAST_NAME_BREAK = re.compile(r"(?s:.*)[^\w\s’'.-]")


def add_full_names(
    t: str, lo: int, hi: int, out: dict[str, set[str]], surname: str | None = None
) -> None:
    """Add the full names of the NAME_RUN matches in t[lo:hi] to ``out`` (last word ->
    names), titles dropped; with ``surname``, only of the runs that end with it."""
    for m in NAME_RUN.finditer(t, lo, hi):
        if surname is not None and not t.endswith(surname, m.start(), m.end()):
            continue
        if t[max(0, m.start() - 4) : m.start()].lower() == "the ":
            continue  # "the Washington Post Trump": an organisation first
        toks = m.group().split()
        # drop leading titles and nationality words
        toks = split_titles(toks)[1]
        while toks and (
            fold_word(toks[0]) in NOT_NAME_STARTS
            or toks[0].endswith(("’s", "'s", "'", "’"))
            or (len(toks) > 2 and toks[0] in CAP_STOP)
        ):
            # "Both Boeing and Airbus", "Although Diageo's": no first name; "Arsenal's
            # Sol Campbell": the club's, not his; "But Artyom Shraibman": the sentence's
            # first word
            toks = toks[1:]
        for k in range(len(toks) - 2, 0, -1):
            if toks[k].endswith(("’s", "'s")):
                toks = toks[k + 1 :]  # "Entertainment Weekly's Dave Karger": his name after
                break
        if not PARTY_WORDS.isdisjoint(toks):
            continue  # "London's Labour": a party, not a person's full name
        if len(toks) < 2 or len(toks) > 4:
            continue
        if not stop_free(toks):
            continue
        out.setdefault(toks[-1], set()).add(" ".join(toks))


ROLE = "role"  # an unnamed person who spoke ("a Labour spokesman")
# nouns for one person ("the MP", "a spokesman"); plurals are not among them
PERSON_NOUNS = (
    ROLE_WORDS
    | GENDERED_ROLES.keys()
    | {
        "mp",
        "mep",
        "backbencher",
        "peer",
        "archbishop",
        "bishop",
        "source",
        "insider",
        "man",
        "woman",
        "co-chairman",
        *"manager lawyer lawyers attorney attorneys".split(),
        # people by trade or lot ("a teacher in Minsk ... said", then "she said")
        *"teacher student pensioner retiree farmer driver engineer miner survivor".split(),
        *"shopkeeper businessman businesswoman entrepreneur demonstrator villager".split(),
        *"neighbour neighbor priest veteran refugee migrant volunteer widow".split(),
        *"colleague friend relative inmate prisoner presenter resident passenger".split(),
    }
)
# the first words of a sentence: a pronoun subject, or "the" + a person noun
SENTENCE_LEAD = re.compile(
    r"[\W]*(?:(?:But|And|Yet|So|However|Meanwhile|Then|Later|Earlier|Now|Still)\b,?\s+)?"
    r"(?:(?P<pron>[Hh]e|[Ss]he)\b|"
    # "Tony Blair's press secretary refused ...", "His lawyer was ...": someone unnamed
    # too, but not before "of" / "for" ("Labour's minister for women Jacqui Smith")
    r"(?P<det>(?P<the>[Tt]he)|(?P<a>[Aa]n?|One)|[Hh]is|[Hh]er|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s)"
    r"\s+(?:[\w-]+\s+){0,3}?(?P<role>[\w-]+)\b(?=\s+(?:(?(the)(?:of|for)\s|(?(a)(?:in|from|at|of)\s"
    r"|(?!)))|has\s|had\s|was\s|is\s|will\s|[a-z]+ed\b|[a-z]+s\b)|"
    # "His mother, who is 80, has not ...": a relative clause or an age after a
    # possessed role ("The businessman, whose ..." may be the man named before); "A
    # pensioner, asked ..., laughed": the one asked
    r"(?(the)(?!)|,\s+(?:who|whose|aged|asked|\d))))"
)
# a pronoun that follows its content: "..., he said", "..." he said
POSTPOSED = re.compile(r"[,”\"’'][ \t]*$")


# "John Connors, " just before "Microsoft's chief financial officer": a name the
# phrase is an appositive to ("On Monday, " is no name: it opens with a preposition)
_NAME_COMMA = re.compile(
    r"(?<![\w’'])(?!(?:On|In|At|By|For|From|After|Before|The|A|An)\b)"
    r"[A-Z][\w’'-]+ [A-Z][\w’'-]+,$"
)


def body_speaker(speaker: str) -> bool:
    """Is a claim's speaker a body a later "it" / "they" may mean: a name, "the ...",
    or an unnamed body ("an all-party committee said ... It blamed ...")?"""
    low = speaker.lower()
    if speaker[:1].isupper() or low.startswith("the "):
        return True
    words = low.split()
    return words[0] in ("a", "an") and len(words) <= 4 and fold_word(words[-1]) in ORG_WORDS


def person_role(speaker: str, before: str = "") -> str | None:
    """The head noun of an unnamed one-person speaker ("a Labour spokesman",
    "the MP for Birkenhead", "Kolesnikova's lawyer"), else None. ``before``: the text
    just before the phrase."""
    words = speaker.split()
    if len(words) < 2:
        return None
    start = 1 if words[0].lower() in ("a", "an", "the", "his", "her", "their", "its") else 0
    if not start:
        # "Kolesnikova's sister", "Roman Protasevich's father": a possessor's relative
        # or aide is someone else, unnamed (a later "she" is not the possessor)
        # ("John Connors, Microsoft's chief financial officer" and "Labour's minister
        # for women Jacqui Smith" name who spoke; so may a name just before the phrase)
        own = [i for i, w in enumerate(words[:3]) if w.endswith(("'s", "’s"))]
        if not own or any(w.endswith(",") for w in words[: own[0]]) or _NAME_COMMA.search(before):
            return None
        start = own[0] + 1
        if any(w[:1].isupper() for w in words[start:]):
            return None
    head = ""
    for w in words[start:]:
        f = fold_word(w)
        if f in PREPS:
            break
        head = f
    return head if head in PERSON_NOUNS else None


def display_speaker(surface: str) -> str:
    surface = " ".join(surface.split())
    first, _, rest = surface.partition(" ")
    if rest and first in ("The", "A", "An", "Its", "Your", "Our", "My"):
        return first.lower() + " " + rest
    return surface


MENTION_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def mend_surface(surface: str) -> str:
    """Speaker words cut inside a parenthesis: "the Institute for the Study of War (ISW"
    -> "... (ISW)"; a stray closing one goes."""
    if surface.count("(") > surface.count(")"):
        i = surface.rfind("(")
        tail = surface[i + 1 :]
        if tail and len(tail) <= 10 and tail.replace(".", "").isalnum():
            return surface + ")"
        return surface[:i].rstrip(" ,")
    if surface.count(")") > surface.count("(") and surface.endswith(")"):
        return surface[:-1].rstrip()
    return surface


# what a speaker phrase cut at the wrong place starts or ends with
_SENTENCE_BREAK = re.compile(
    r"^.*(?:^|\s)(?:[a-z][\w-]*|\S*\d\S*)\.\s+(?:(?:But|And|Yet|So|However)\s+)?(?=[A-Z])"
)
_EVENT_AS = re.compile(
    r"^.*?\b(?:came|comes|come|follows|followed|(?:fell|rose|[a-z]{3,}ed)(?=\s+(?:as|after)\s))"
    r"\s+(?:as|after)\s+(?=\S)"
)
_TRAILING_TIME = re.compile(
    r"\s+(?:in|on|at)\s+(?:(?:early|late|mid-)\s*)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|(?:19|20)\d\d)$"
)
_TIME_PREP = re.compile(r" (?:in|on|at) ")
_LEAD_WITH = re.compile(
    r"^(?:[Ww]ith|by|(?:[Bb]y|[Ii]n)\s+contrast,?"
    # a sentence adverb with no comma after it: "Instead the RFU", "Similarly the firm"
    r"|(?:Instead|Similarly|Likewise|Meanwhile|Separately|Elsewhere|However|Also),?)\s+(?=\S)"
)
# things that cannot say anything: a market move ("the pound added"), a quantity,
# an event or an idea is no speaker ("Speculation suggests", "The key says")
_MUTE_HEADS = frozenset(
    [
        "pound",
        "dollar",
        "euro",
        "yen",
        "shares",
        "stocks",
        "prices",
        "imports",
        "exports",
        "profits",
        "output",
        "growth",
        "inflation",
        "demand",
        "economy",
        "speculation",
        "triumph",
        "key",
        "trouble",
        "money",
        "name",
        "trend",
        "upgrade",
        "wishes",
        "move",
        "deal",
        "news",
    ]
)


def _mute_head(surface: str) -> bool:
    """The phrase's head noun (its last word before a preposition) cannot speak."""
    if _MUTE_HEADS.isdisjoint(surface.lower().split()):
        return False  # (most phrases: no such word at all)
    head = ""
    for w in surface.split():
        f = fold_word(w)
        if f in PREPS and head:
            break
        head = w
    low = fold_word(head)
    if head[:1].islower():
        return low in _MUTE_HEADS
    # capitalised: only a sentence's first word that is no surname ("Speculation")
    return head == surface and low in _MUTE_HEADS and low not in ("pound", "key", "name")


_FRONT_TIME = re.compile(
    r"(?:(?:(?:Late|Early)\s+)?(?:[Ll]ast|[Tt]his)\s+(?:week|month|year|night|weekend)"
    r"|[Ss]hortly\s+(?:before|after)|\w+\s+(?:days|weeks|months|years)[’']?\s+ago)\s+(?=\S)"
)
_BELIEF_VERBS = frozenset(["believe", "believes", "think", "thinks", "fear", "fears"])
_SOURCE_DOCS = frozenset(["report", "study", "survey", "poll"])
_FRONTING = frozenset(["In", "On", "At", "During", "After", "Before", "For"])
_NAME_BEFORE = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s*$")


def speaker_words(surface: str, before: str, after: str = "") -> str | None:
    """The speaker's own words in a phrase cut at the wrong place, or None when it
    holds no speaker: "with analysts" (saying) -> "analysts", "his talk. But Lord
    Falconer" -> "Lord Falconer", "The move came as the minister" -> "the minister",
    "Dr Petrov in July" -> "Dr Petrov", "Ivan Petrov, from the union" -> "Ivan Petrov"
    (``before``: the text just before the phrase); "of individuals", "about
    promises": a prepositional phrase, nobody."""
    if " " not in surface:  # most speakers: "he", "Lukashenko", "Speculation"
        return _one_word_speaker(surface, before, after)
    if surface.count("[") != surface.count("]"):
        return None  # editorial brackets live inside quotations: a cue in someone's quote
    if surface[:6].lower() in ("about ", "at lea") and poll_share(
        [fold_word(w) for w in surface.split()]
    ):
        return surface  # "about half of voters", "At least half of voters": a share
    m = _SENTENCE_BREAK.match(surface) if ". " in surface else None
    if m:
        surface = surface[m.end() :]
    m = _EVENT_AS.match(surface) if " as " in surface or " after " in surface else None
    if m:
        surface = surface[m.end() :]
        if any(w.endswith("ed") and w.islower() for w in surface.split()):
            return None  # "The action comes after the star sued a woman": a clause
    ws = surface.split()
    k = next((i for i, w in enumerate(ws) if w in _BELIEF_VERBS), 0)
    if 0 < k < len(ws) - 1 and ws[k - 1].isalpha() and ws[k + 1] != "tank":
        surface = " ".join(ws[:k])  # "Many believe the figure": the believers speak
        ws = ws[:k]
    if len(ws) > 1 and ws[0] in ("Said", "Says", "Added"):
        surface = " ".join(ws[1:])  # "Said the Pew report": inverted
    if surface.endswith(" to"):
        ws = surface.split()[:-1]
        if ws and ws[0].islower() and ws[0].endswith("ing"):
            return None  # "calling the paper to", "prompting the Queen to": who acts?
        if 1 <= len(ws) <= 3 and ws[0][:1].isupper() and all(w[:1].isupper() for w in ws):
            surface = " ".join(ws)  # a headline's "Kinnock to (urge ...)"
    nxt = after.split(" ", 1)[0].rstrip(",;:")
    if (
        nxt in _SOURCE_DOCS
        and not surface.endswith("s")
        and surface[:1] in "tT"
        and len(surface.split()) <= 4
    ):
        return surface + " " + nxt  # "the ADB report" (said): the report, read as a cue
    m = _FRONT_TIME.match(surface)
    if m:
        # "Last week the SEC", "Last month Australia's watchdog"; a bare "the group"
        # there is left unresolved (the nearest body is a guess)
        rest = surface[m.end() :]
        return None if rest.islower() else rest
    clause = _clause_subject(surface)
    if clause is not None:
        return clause or None
    m = _LEAD_WITH.match(surface)
    if m:
        nxt = after.split(" ", 1)[0]
        if surface[:1] in "Ww" and nxt.endswith("ed") and nxt.islower():
            return None  # "with Ivanov criticised for ...": he is spoken of
        surface = surface[m.end() :]
    m = _TRAILING_TIME.search(surface) if _TIME_PREP.search(surface) else None
    if m and not (m.group().endswith(" on Sunday") and surface[: m.start()].istitle()):
        surface = surface[: m.start()]  # not a paper's name: "The Mail on Sunday"
    first = surface.split(" ", 1)[0]
    if first in _FRONTING and " " in surface:
        return _after_fronted(surface)
    if first in ("from", "of"):
        m = _NAME_BEFORE.search(before)
        return m.group(1) if m and stop_free(m.group(1).split()) else None
    if _mute_head(surface):
        return None
    if first in ("about", "for", "after", "against", "over"):
        return None
    return surface


# a place named just before, with a comma: "in Badminton, " (then "Gloucestershire"),
# inside an aside after a name ("Sarah Mukherjee, with the Hunt in Badminton, "), not a
# fronted phrase ("Speaking in Minsk, Lukashenko said", "After the talks, held in Minsk, ")
_PLACE_BEFORE = re.compile(
    r"([A-Z][\w’'-]+),\s+(?![A-Za-z]+ing\b)[^,.!?]*\b(?:in|at|near|from|outside)\s+[A-Z][\w’'-]*,\s*$"
)
# heads of a body's name that a cut phrase can keep alone ("Awards" of "the Brit Awards")
_NAME_HEADS = ORG_WORDS | frozenset(
    "prison awards museum festival theatre trust fund prize academy orchestra gallery "
    "society institution unit".split()
)
# the capitalised words just before a cut phrase, and the word before them
_CAPITALISED_BEFORE = re.compile(r"(?:(?<![\w’'])([A-Za-z]+)\s+)?((?:[A-Z][\w&’'.-]*\s)+)$")
_OBJECT_PREPS = PREPS | {"into"}
# capitalised words that open a sentence or a date rather than a name
_NOT_NAME_PARTS = CAP_STOP | {"Last", "He", "She", "They"}

# "I'd", "We've", "It's": a pronoun with its verb glued on
_CONTRACTION = re.compile(r"([A-Za-z]+)['’](?:s|d|ve|re|ll|m)")
# "Locally, too, say analysts, ...", "Often, said Mr Pearson, ...": an inverted cue
# after a fronted adverb; its subject follows the verb and ends at a comma
_INVERTED_AFTER = re.compile(
    r",\s*(?:too,\s*|also,\s*)?(?:say|says|said|added|adds)\s+((?:[\w’'.-]+\s+){0,4}?[\w’'.-]+),"
)


def _one_word_speaker(surface: str, before: str, after: str) -> str | None:
    """A one-word speaker, or None: a pronoun's contraction gives the pronoun ("I'd"
    -> "I"; "It's predicted" -> nobody); a fronted word before an inverted cue gives
    the subject after the verb ("Worryingly, said the firm," -> "the firm")."""
    if surface in ("Having", "Being"):
        return None  # "Having said that, ...": a participle, nobody speaks
    place = (
        _PLACE_BEFORE.search(before)
        if surface[:1].isupper() and before.rstrip(" ").endswith(",")
        else None
    )
    if place and place.group(1) not in CAP_STOP:
        return None  # "in Badminton, Gloucestershire said": a place's county, not a speaker
    if fold_word(surface) in _NAME_HEADS and surface[:1].isupper():
        m = _CAPITALISED_BEFORE.search(before)
        if m and not set(m.group(2).split()) & _NOT_NAME_PARTS:
            # "the Brit Awards announced", "detainee 'A' in Woodhill Prison said": the
            # phrase was cut inside a name; a name after a preposition is no subject
            lead = fold_word(m.group(1) or "")
            if lead in _OBJECT_PREPS:
                return None
            name = m.group(2) + surface
            return ("the " + name) if lead == "the" else name
    if "'" in surface or "’" in surface:
        m = _CONTRACTION.fullmatch(surface)
        if m and fold_word(m.group(1)) in ("it", "that", "there", "what", "who"):
            return None
        if m and fold_word(m.group(1)) in PRONOUNS:
            return m.group(1)
    # at a sentence's start only: "his mother, Giselle, said her son ..." is no inversion
    if after[:1] == "," and surface[:1].isupper() and before.rstrip()[-1:] in ("", ".", "!", "?"):
        m = _INVERTED_AFTER.match(after)
        if m:
            subject = m.group(1)
            return subject if _subject_start(subject.split(" ", 1)[0]) else None
    return None if _mute_head(surface) else surface


def _after_fronted(surface: str) -> str | None:
    """The subject after a fronted phrase: "In 2004 IBM" -> "IBM", "At the time Mr
    Smith" -> "Mr Smith", "In a statement the RSPCA" -> "the RSPCA"."""
    ws = words_with_pos(surface, 0, len(surface))
    if len(ws) < 3:
        return None
    k = len(ws)
    while k > 1 and ws[k - 1][0][:1].isupper() and ws[k - 1][0] not in CAP_STOP:
        k -= 1
    if k < len(ws) and fold_word(ws[k - 1][0]) not in ("the", "of", "and", "for"):
        return surface[ws[k][1] :]  # a name after the phrase
    for j in range(len(ws) - 1, 1, -1):
        if fold_word(ws[j][0]) in ("the", "a", "an"):
            return surface[ws[j][1] :]
    return None


def _clause_subject(surface: str) -> str | None:
    """A phrase that holds a clause ("the firm sued the state", "The clubs met the FA
    and Ivanov"): the speaker after its "as" / "and" ("Ivanov"), or "" (nobody);
    None when the phrase holds no clause."""
    ws = surface.split()
    for i in range(1, len(ws) - 1):
        w = ws[i]
        if not (w.islower() and ws[i + 1] in ("the", "a", "an")):
            continue
        if not ((w.endswith("ed") and len(w) > 3) or w in IRREGULAR_PAST):
            continue
        if fold_word(ws[i - 1]) in ("the", "a", "an"):
            continue  # "the revised the ...": no verb after a determiner
        if not {"who", "that", "which"}.isdisjoint(ws[:i]):
            return None  # "Republicans who backed the bill": a noun phrase
        for j in range(len(ws) - 2, i, -1):
            if ws[j] in ("as", "and") and _subject_start(ws[j + 1]):
                return " ".join(ws[j + 1 :])
        return ""
    return None


def _subject_start(w: str) -> bool:
    return w[:1].isupper() or fold_word(w) in DETS or (w.islower() and w.endswith("s"))


# a role phrase that ends in the name it was given: "The Shadow Secretary for the
# Family, Theresa May" (the name speaks)
ROLE_COMMA_NAME = re.compile(r"[^,]+,\s+((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)")
# a possessor before the speaker: "Putin's spokesman Dmitry Peskov", "the BBC's Steve
# Rosenberg" (group 1: the possessor, group 2: a role between, group 3: the name at the
# end, one to four capitalised words)
OWNED_NAME = re.compile(
    r"(.*?\S)(?:'s|’s)\s+((?:[a-z][\w-]*\s+){1,3})?((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)"
)
POSSESSIVE_WORD = re.compile(r"\S(?:'s|’s)\s+\S")
# a kinship aside after the speaker ("Clinton, 35, the daughter of Bill Clinton, said")
# names a relative who shares the surname and is not the speaker (group 1: the relative)
KIN_OF = re.compile(
    r"\s*,\s*(?:\d{1,3},\s*)?(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:grand|step|great-grand)?(?:daughter|son|mother|father|child)|(?:ex-)?(?:wife|husband)"
    r"|widow(?:er)?|brother|sister|niece|nephew|cousin|uncle|aunt|fianc[ée]e?|spouse|twin)s?"
    r"\s+of\s+([^,;:.”\"]{1,80})"
)


def role_then_name(toks: list[str]) -> bool:
    """Could the phrase be a role and then a name ("Interior Minister Tomasz
    Siemoniak")? A cheap test before the article's people are looked at."""
    return (
        len(toks) >= 3
        and toks[-1][:1].isupper()
        and toks[-2][:1].isupper()
        and any(fold_word(w) in ROLE_WORDS for w in toks[:-2])
    )


def role_word_before_name(toks: list[str]) -> bool:
    """ "Coach Ivan Petrov": a capitalised common word (no title such as "Dr", "Sir",
    "Captain", no first name, no possessive) before a first name."""
    first = toks[0]
    low = fold_word(first)
    return (
        all(w[:1].isupper() for w in toks)
        and first[1:].islower()
        and "'" not in first
        and "’" not in first
        and low not in TITLES
        and low not in HONORIFICS
        and given_name_gender(first) is None
        and given_name_gender(toks[1]) is not None
    )


# a person's name set off by commas right after a speaker phrase, closing the sentence
# or followed by another comma ("said one driver, Tomas Petrauskas." / ", who …")
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'-]+)(?=[,.;]|\s*$)")


# words of a body or a place a name scan may take for a person's
_NOT_PERSON = ORG_WORDS | set(
    "works plant factory mill mine port airport station region district oblast city".split()
)


# the name an unnamed speaker gave: ", who gave his name only as Henryk,", ", who
# asked to be identified only as Olga,"
_GAVE_NAME = re.compile(
    r",\s+who\s+(?:gave\s+(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as"
    r"|asked\s+to\s+be\s+(?:identified|named)\s+only\s+as)\s+([A-Z][\w’'-]+)\b"
)


def appositive_person(ents: Entities, surface: str, t: str, end: int) -> str | None:
    """The person named in apposition after a speaker phrase that is only a role
    ("one driver", "Maryia Kalesnikava's sister", "the company's director"): the name
    the article's scan knows as a person, else None."""
    words = surface.split()
    # the head before a phrase of its own: "a former spokesman for Ukraine's Foreign
    # Ministry", "one of their lawyers"
    k = next((i for i, w in enumerate(words) if i and fold_word(w) in ("for", "at")), len(words))
    head = words[k - 1] if words else ""
    if not head.islower() or fold_word(head) not in PERSON_NOUNS:
        return None
    if (given := _GAVE_NAME.match(t, end)) is not None:
        return given.group(1)  # "Another resident, who gave his name only as Henryk,"
    m = _APPOSITIVE_NAME.match(t, end)
    if m is None:
        return None
    found = m.group(1).split()
    for i, w in enumerate(found):
        if w.endswith(".") and len(w) > 3:  # "Dimitrakopoulos. Kenteris": the sentence ends
            found = found[:i] + [w[:-1]]
            break
    if len(found) > 2 and fold_word(found[0]) in PERSON_NOUNS:
        found = found[1:]  # "the committee chairman, MP Edward Leigh"
    e = ents.named(" ".join(found))
    if e is not None and e.kind != PERSON:
        return None
    # "said the director, Minsk Tractor Works": a body's words make it no person (a name
    # the scan missed, "John J. Ferriola", is taken as written)
    if any(fold_word(w) in _NOT_PERSON for w in found):
        return None
    return e.name if e is not None else " ".join(found)


# "Asked about Lukashenko, the activist ...", "Speaking of Putin, she ...": an opening
# phrase whose people are the topic, not the sentence's subject
_OPENER = re.compile(
    r"[\W]*(?:(?:But|And|Later|When)\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Ss]peaking|"
    r"[Tt]alking|[Cc]ommenting|[Rr]eferring|[Rr]esponding|[Tt]urning)\b[^,.;\n“\"]{1,100},\s+"
)


def past_opener(t: str, us: int, hi: int) -> int:
    """Where a sentence starting at ``us`` goes on after such an opening phrase."""
    m = _OPENER.match(t, us, hi)
    return m.end() if m else us


def caps_full_names(t: str, surname: str) -> set[str]:
    """The full names a text writes only in capitals, as a UN summary or a transcript
    does ("NILUFAR RASHIDOVA", then "Ms. RASHIDOVA"): a word before the surname that is
    a given name, or no role or title, both written as in a sentence."""
    caps = surname.upper()
    if caps not in t:
        return set()
    return {
        f"{m.group(1).capitalize()} {surname}"
        for m in re.finditer(rf"\b([A-Z]{{2,}})\s+{re.escape(caps)}\b", t)
        if given_name_gender(m.group(1).capitalize()) is not None
        or (len(m.group(1)) > 2 and m.group(1).lower() not in ROLE_WORDS | _CAPS_NOT_GIVEN)
    }


_CAPS_NOT_GIVEN = frozenset("mr mrs ms dr the and of for by from to said says".split())
