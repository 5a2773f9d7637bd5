"""The words entity tracking (``entities``) reads: role words ("leader", "foreign
secretary") and what may stand before them, nationality endings, and the words that make a
run of capitalised words a body ("Council", "Ministry") or a reference to one ("the
statement", "the organisation").
"""

from __future__ import annotations

import re

from .en_lexicon import COUNTRY_ADJ

# the words of a role ("the Belarusian leader", "the foreign secretary"); a multi-word
# role is also known by its last word
_BASE_ROLE_WORDS = frozenset(
    [
        "president",
        "leader",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "dictator",
        "ruler",
        "strongman",
        "autocrat",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "general",
        "commander",
        "chief",
        "head",
        "director",
        "chairman",
        "chairwoman",
        "chair",
        "governor",
        "mayor",
        "senator",
        "congressman",
        "congresswoman",
        "official",
        "analyst",
        "expert",
        "professor",
        "researcher",
        "economist",
        "adviser",
        "advisor",
        "aide",
        "diplomat",
        "lawyer",
        "attorney",
        "judge",
        "prosecutor",
        "journalist",
        "correspondent",
        "editor",
        "founder",
        "executive",
        "ceo",
        "king",
        "queen",
        "prince",
        "princess",
        "patriarch",
        "pope",
        "activist",
        "politician",
        "candidate",
        "nominee",
        "deputy",
        "speaker",
        "representative",
        "officer",
        "colonel",
        "captain",
        "lieutenant",
        "major",
        "sergeant",
        "negotiator",
        "mediator",
        "historian",
        "scholar",
        "scientist",
        "doctor",
        "author",
        "blogger",
        "monitor",
        "observer",
        # offices of oversight and command ("UN special rapporteur X" ... "the
        # rapporteur"; "Commander-in-Chief X" ... "the commander-in-chief")
        "rapporteur",
        "ombudsman",
        "commissioner",
        "commander-in-chief",
        "coach",
        "sociologist",
    ]
)
# a prefixed role is a role too: "Tory co-chairman Liam Fox", "the vice-president",
# "ex-minister Ivan Petrov" (each refers to the person it was given to)
# prefixes that keep a role a role ("front-runner" is no prefixed "runner")
ROLE_PREFIXES = frozenset({"co", "ex", "vice", "deputy", "acting"})
ROLE_WORDS = _BASE_ROLE_WORDS | frozenset(
    f"{prefix}-{w}" for prefix in ROLE_PREFIXES for w in _BASE_ROLE_WORDS
)
# words that may stand inside a role phrase before its last word
# modifiers that make a role another one: "opposition leader", "deputy minister" (a
# bare "the leader" / "the Belarusian leader" means someone else)
CONTESTED_ROLES = (
    "opposition",
    "exiled",
    "jailed",
    "self-proclaimed",
    "self-declared",
    "deputy",
    "vice",
    "shadow",
)
# the portfolio words that make an office of their own: "the prime minister" is not
# "Foreign Minister X", "the interior minister" not "Aid minister Y"
OFFICE_MODIFIERS = frozenset(
    "prime foreign defence defense interior finance health education justice economy "
    "economic home culture trade energy agriculture emergencies transport labour labor "
    "environment information sports industry aid".split()
)
ROLE_MODIFIERS = (
    frozenset(
        [
            "foreign",
            "prime",
            "defence",
            "defense",
            "interior",
            "deputy",
            "shadow",
            "vice",
            "former",
            "opposition",
            "state",
            "national",
            "security",
            "press",
            "chief",
            "senior",
            "top",
            "acting",
            "interim",
            "exiled",
            "jailed",
            "self-proclaimed",
            "self-declared",
            "belarusian",
            "russian",
            "ukrainian",
            "american",
            "polish",
            "lithuanian",
            "british",
            "french",
            "german",
            "european",
            "us",
            "u.s.",
            "kremlin",
            "nato",
            "eu",
            "un",
            "military",
            "intelligence",
            "finance",
            "economy",
            "health",
            "justice",
            "education",
            "culture",
            "sports",
            "energy",
            "trade",
        ]
    )
    | COUNTRY_ADJ
    | OFFICE_MODIFIERS
)

# "Hungarian", "Japanese", "Turkish", "Czech": capitalised words that may start a role
NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "ech", "an", "i")

# the last word of a body's name ("Coordination Council", "Ministry of Defence")
ORG_WORDS = frozenset(
    [
        "council",
        "ministry",
        "institute",
        "agency",
        "committee",
        "service",
        "services",
        "party",
        "union",
        "organisation",
        "organization",
        "foundation",
        "office",
        "department",
        "commission",
        "court",
        "bank",
        "centre",
        "center",
        "network",
        "alliance",
        "coalition",
        "association",
        "movement",
        "group",
        "government",
        "parliament",
        "assembly",
        "army",
        "police",
        "kremlin",
        "administration",
        "bureau",
        "cabinet",
        "authority",
        "authorities",
        "command",
        "forces",
        "guard",
        "federation",
        "league",
        "university",
        "school",
        "hospital",
        "embassy",
        "consulate",
        "company",
        "corporation",
        # a company's legal form ends its name: "China Three Gorges Project Corp"
        "corp",
        "inc",
        "plc",
        "ltd",
        "channel",
        "newspaper",
        "post",
        "times",
        "journal",
        "news",
        "herald",
        "guardian",
        "telegraph",
        "tribune",
        "gazette",
        "press",
        "radio",
        "television",
        "tv",
        "daily",
        "weekly",
        "broadcaster",
        "television",
        "watchdog",
        "initiative",
        "platform",
        "club",
        "board",
        "tribunal",
        "navy",
        "staff",
        "headquarters",
        "secretariat",
        "mission",
    ]
)
# nouns a business story uses for a company it named before ("the firm", "the airline")
COMPANY_NOUNS = frozenset(
    "company firm group bank giant maker operator retailer airline carrier insurer lender"
    " chain producer broadcaster manufacturer supplier conglomerate brewer business".split()
)
# lower-case nouns for a body that stand before its name ("search engine firm Google",
# "mobile operator Turkcell", "the rights group Viasna", "accountancy firm Ernst & Young")
BODY_NOUNS = (
    ORG_WORDS
    | COMPANY_NOUNS
    | frozenset("outlet publisher distributor developer provider utility".split())
)
# a body named by its apposition: "Dossier Belarus, a Vilnius-based rights group,"
# ("Dossier Belarus" reads like a person's two names)
BODY_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:for|at|of|in|with|from|on|to|by|and)\b)[\w-]+\s+){0,3}?"
    r"(?:" + "|".join(sorted(BODY_NOUNS)) + r")"
    r"(?=\s*[,.;:)]|\s+(?:in|based|that|which)\b)"  # the head: not "a company director"
)
# what a body or a person puts out: "issued a statement saying", "a statement from the
# Coordination Council said"
DOCUMENTS = frozenset(
    {
        "statement",
        "release",
        "email",
        "e-mail",
        "memo",
        "letter",
        "note",
        "tweet",
        "petition",
        "lawsuit",
        "suit",
        "resolution",
        "robocall",
        "message",
        "report",
        "video",
        "ad",
        "advertisement",
        "post",
        "op-ed",
        "column",
        "editorial",
        "complaint",
        "filing",
        "order",
    }
)
# nouns that refer back to a body ("the organisation said", "the statement added")
ORG_REFERENCES = ORG_WORDS | frozenset({"statement", "body", "outfit", "group", "bloc"})
GENERIC_ORG_REFERENCES = frozenset(
    {"organisation", "organization", "statement", "body", "group", "outfit"}
)

# roles of people who speak for or about someone else (an adviser, a lawyer): "the
# leader" is never one of them
STAFF_ROLES = frozenset(
    "adviser advisor aide spokesman spokeswoman spokesperson lawyer attorney analyst"
    " expert journalist correspondent reporter researcher professor scholar economist"
    " sociologist editor".split()
)
_STAFF_PREPS = frozenset({"to", "for", "of"})


def staff_aside(words: list[str]) -> list[str]:
    """The staff role of an appositive that names whom the person works for: "an
    adviser to Tsikhanouskaya" -> ["adviser"]; "Tsikhanouskaya's chief adviser" ->
    ["chief", "adviser"]; anything else -> []."""
    if len(words) >= 2 and words[0][:1].isupper() and words[0].endswith(("’s", "'s")):
        rest = words[1:]
        staff = len(rest) <= 3 and rest[-1].lower() in STAFF_ROLES
        return rest if staff and all(w.islower() for w in rest) else []
    for i, w in enumerate(words[:4]):
        if not w.islower():
            return []
        if w in STAFF_ROLES:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            return words[: i + 1] if nxt in _STAFF_PREPS else []
    return []


# a place to eat, stay or gather named by its kind: "Bar Prasowy", "Hotel Europa" (first);
# "Kastrychnitskaya Square", "Minsk-Pasazhyrski Station" (last, where no given name opens)
VENUE_FIRST = frozenset("bar cafe café restaurant hotel pub cinema kino theatre theater".split())
VENUE_LAST = VENUE_FIRST | frozenset(
    "street square avenue prospekt station airport stadium arena cathedral museum gallery"
    " prison colony".split()
)

# titles that stand before a name without being roles the resolver asks about
NAME_TITLES = frozenset(
    [
        "mp",
        "mep",
        "msp",
        "peer",
        "archbishop",
        "bishop",
        "cardinal",
        "rabbi",
        "reverend",
        "rev",
        "treasurer",
        "co-chairman",
        "supremo",
        "colleague",
        "campaigner",
    ]
)
# words of party names: a capitalised run holding one is not a person ("Lib Dem")
PARTY_WORDS = frozenset(
    [
        "Lib",
        "Dem",
        "Dems",
        "Tory",
        "Tories",
        "Labour",
        "Conservative",
        "Conservatives",
        "Democrat",
        "Democrats",
        "Republican",
        "Republicans",
        "Liberal",
        "Liberals",
        "UKIP",
    ]
)

# people in the plural that open a sentence, never a surname ("Banks", "Deans" are)
PLURAL_PEOPLE = frozenset(
    "officials residents sources activists analysts experts diplomats witnesses lawmakers"
    " protesters critics observers authorities villagers locals officers soldiers"
    " prosecutors investigators campaigners neighbours".split()
)
