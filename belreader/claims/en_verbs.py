"""English verbs of speech and evidence: the cue words the English claim shapes look for,
the words that look like verbs but report no speech, and the distancing words.

Verb sets list every form of a verb ("say|says|said|saying"); lookups are exact and in
lower case.
"""

from __future__ import annotations

import re


def forms(*stems: str) -> list[str]:
    out = []
    for s in stems:
        out.extend(s.split("|"))
    return out


# verbs that can take a bare clause ("said his country is ...")
SAY = set(forms("say|says|said|saying", "tell|tells|told|telling", "add|adds|added|adding"))
# verbs that report speech with a "that" clause or a quote
THAT = set(
    forms(
        "claim|claims|claimed|claiming",
        "note|notes|noted|noting",
        "state|states|stated|stating",
        "argue|argues|argued|arguing",
        "warn|warns|warned|warning",
        "stress|stresses|stressed|stressing",
        "explain|explains|explained|explaining",
        "insist|insists|insisted|insisting",
        "announce|announces|announced|announcing",
        "report|reports|reported|reporting",
        "reveal|reveals|revealed|revealing",
        "confirm|confirms|confirmed|confirming",
        "acknowledge|acknowledges|acknowledged|acknowledging",
        "admit|admits|admitted|admitting",
        "emphasize|emphasizes|emphasized|emphasizing",
        "emphasise|emphasises|emphasised|emphasising",
        "mention|mentions|mentioned|mentioning",
        "declare|declares|declared|declaring",
        "assert|asserts|asserted|asserting",
        "allege|alleges|alleged|alleging",
        "recall|recalls|recalled|recalling",
        "write|writes|wrote|writing|written",
        "tweet|tweets|tweeted|tweeting",
        "clarify|clarifies|clarified|clarifying",
        "maintain|maintains|maintained|maintaining",
        "complain|complains|complained|complaining",
        "predict|predicts|predicted|predicting",
        "concede|concedes|conceded|conceding",
        "observe|observes|observed|observing",
        "remark|remarks|remarked|remarking",
        "reply|replies|replied|replying",
        "respond|responds|responded|responding",
        "assure|assures|assured|assuring",
        "inform|informs|informed|informing",
        "remind|reminds|reminded|reminding",
        "deny|denies|denied|denying",
        "estimate|estimates|estimated|estimating",
        "indicate|indicates|indicated|indicating",
        "announce|announced",
        "suggest|suggests|suggested|suggesting",
        "vow|vows|vowed|vowing",
        "promise|promises|promised|promising",
        "threaten|threatens|threatened|threatening",
        "contend|contends|contended|contending",
        "boast|boasts|boasted|boasting",
        "caution|cautions|cautioned|cautioning",
        "point out|points out|pointed out|pointing out",
        "make clear|makes clear|made clear|making clear",
        "make it clear|makes it clear|made it clear|making it clear",
        "demand|demands|demanded|demanding",
        "conclude|concludes|concluded|concluding",
        "testify|testifies|testified|testifying",
        "speculate|speculates|speculated",
        "hint|hints|hinted",
        "find|finds|found",
        "show|shows|showed",
        "agree|agrees|agreed",
        "recommend|recommends|recommended",
        "propose|proposes|proposed",
        "reiterate|reiterates|reiterated|reiterating",
        "repeat|repeats|repeated|repeating",
        "reaffirm|reaffirms|reaffirmed|reaffirming",
        "lament|laments|lamented|lamenting",
        "joke|jokes|joked|joking",
        "quip|quips|quipped",
        "fumed",  # a tabloid's '"...," she fumed' ("fumes" is more often a noun)
        "reckon|reckons|reckoned",
        "retort|retorts|retorted",
        "counter|counters|countered",
        "disclose|discloses|disclosed|disclosing",
    )
)
# the cues of ", which said" and ", which argues that": a body or a document speaks
SAY_THAT = frozenset(SAY | THAT)
# verbs whose content is a to-infinitive ("vowed to ...")
TO = set(
    forms(
        "vow|vows|vowed|vowing",
        "pledge|pledges|pledged|pledging",
        "promise|promises|promised|promising",
        "threaten|threatens|threatened|threatening",
        "decline|declines|declined|declining",
        "agree|agrees|agreed",
        "propose|proposes|proposed",
    )
)
# verbs whose object is the claim ("accused the West of ...", "urged X to ...")
OBJ = set(
    forms(
        "accuse|accuses|accused|accusing",
        "urge|urges|urged|urging",
        "criticize|criticizes|criticized|criticizing|criticise|criticised",
        "cite|cites|cited",
        "ask|asks|asked",
        "questioned|questioning",
        "warn against|warns against|warned against",
        "call for|calls for|called for|calling for",
        "call on|calls on|called on|calling on",
        # criticism whose object is what is said about it ("blamed Moscow for ...")
        "blame|blames|blamed|blaming",
        "dismiss|dismisses|dismissed|dismissing",
        "reject|rejects|rejected|rejecting",
        "mock|mocks|mocked|mocking",
        "slam|slams|slammed|slamming",
        "decry|decries|decried|decrying",
        "condemn|condemns|condemned|condemning",
        "applaud|applauds|applauded|applauding",
        "tout|touts|touted|touting",
        # a denial's object is what is denied ("denied the charges", "denies any role")
        "deny|denies|denied|denying",
    )
)
# what "denied" refuses rather than disputes: "denied him entry", "was denied bail"
REFUSED = frozenset(
    "him her them me us entry access bail visa visas permission registration parole "
    "accreditation asylum request requests application applications".split()
)
# what a denial disputes: "denied the charges", "denies any wrongdoing", "denied reports
# that ..." (not a person: "the keeper denied Gerrard", "denied him the victory")
DENIED = frozenset(
    "charge charges claim claims report reports allegation allegations accusation "
    "accusations suggestion suggestions wrongdoing involvement role responsibility link "
    "links connection connections knowledge rumour rumours rumor rumors notion story "
    "stories account intention intentions plan plans guilt killing killings "
    "murder abuse offence offences offense offenses crime crimes any".split()
)
# verbs that may take an object before "that" ("told reporters that", "warned Belarus that")
OBJ_THAT = set(
    forms(
        "tell|tells|told|telling",
        "warn|warns|warned|warning",
        "assure|assures|assured|assuring",
        "inform|informs|informed|informing",
        "remind|reminds|reminded|reminding",
        "promise|promises|promised|promising",
        "threaten|threatens|threatened",
    )
)
# the reporting verb in the cue is itself a distancing word
HEDGE_CUES = set(
    forms(
        "claim|claims|claimed|claiming",
        "allege|alleges|alleged|alleging",
        "purport|purports|purported",
    )
)


ALL_CUES = SAY | THAT | OBJ | TO


EVIDENCE_VERBS = set(
    forms(
        "find|finds|found",
        "show|shows|showed|shown",
        "suggest|suggests|suggested",
        "reveal|reveals|revealed",
        "indicate|indicates|indicated",
    )
)


DESCRIBE = set(
    forms(
        "call|calls|called|calling",
        "describe|describes|described|describing",
        "dub|dubs|dubbed",
        "label|labels|labeled|labelled",
        "brand|brands|branded",
        "term|terms|termed",
        "characterize|characterizes|characterized|characterised",
        "blast|blasts|blasted",
        "slam|slams|slammed",
        "praise|praises|praised",
        "criticize|criticizes|criticized|criticised",
        "denounce|denounces|denounced",
        "dismiss|dismisses|dismissed",
        "deride|derides|derided",
        "hail|hails|hailed",
        "mock|mocks|mocked",
        "blame|blames|blamed",
        "compare|compares|compared",
        "condemn|condemns|condemned",
        "lambast|lambasted",
        "decry|decries|decried",
    )
)


IRREGULAR_SPEECH = {
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
    "spoke",
    "asks",
    "asked",
    "began",
    "went",
    "put",
    "quipped",
    "read",
    "reads",
    "sang",
    "sings",
    "cried",
    "replied",
    "continued",
    "added",
    "adds",
}
NONSPEECH = {
    "is",
    "was",
    "has",
    "does",
    "seems",
    "seemed",
    "appeared",
    "appears",
    "needs",
    "needed",
    "wants",
    "wanted",
    "thinks",
    "thought",
    "believes",
    "believed",
    "feels",
    "felt",
    "hopes",
    "hoped",
    "fears",
    "feared",
    "knows",
    "knew",
    "hits",
    "gets",
    "got",
    "makes",
    "made",
    "takes",
    "took",
    "uses",
    "used",
    "plans",
    "planned",
    "tries",
    "tried",
    "goes",
    "comes",
    "came",
    "as",
    "this",
    "its",
    "his",
    "us",
    "yes",
    "less",
    "news",
    "thus",
    "always",
    "across",
    "towards",
    "perhaps",
    "upon",
    "unless",
    "whereas",
    "happens",
    "happened",
    "remains",
    "remained",
    "means",
    "meant",
    "includes",
    "included",
    "shows",
    "showed",
    "lives",
    "lived",
    "works",
    "worked",
}


GERUND_CUES = set(
    forms(
        "mention|mentions|mentioned|mentioning",
        "deny|denies|denied|denying",
        "admit|admits|admitted|admitting",
        "recall|recalls|recalled|recalling",
        "acknowledge|acknowledges|acknowledged",
        "suggest|suggests|suggested",
        "propose|proposes|proposed",
        "recommend|recommends|recommended",
        "report|reported",
        "confirm|confirmed",
        "threaten|threatened",
    )
)
# cue forms that are also nouns ("Battleground state Florida is ...")
CUE_NOUNS = {
    "states",
    "reports",
    "notes",
    "claims",
    "estimates",
    "promises",
    "remarks",
    "replies",
    "demands",
    "tweets",
    "finds",
    "shows",
    "warning",
    "warns",
    "vows",
    "threats",
    "responds",
    "hints",
    "recalls",
    "mentions",
    "proposes",
    "found",
    "showed",
    "recommended",
    "proposed",
    "agreed",
    "declined",
    "agrees",
}
AUX = {
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
    "do",
    "should",
    "may",
    "might",
    "must",
    "shall",
}
SPEECH_PARTICIPLES = {
    "saying",
    "adding",
    "warning",
    "arguing",
    "noting",
    "claiming",
    "insisting",
    "stressing",
    "explaining",
    "declaring",
    "asserting",
    "acknowledging",
    "admitting",
    "predicting",
    "stating",
    "emphasizing",
    "emphasising",
    "contending",
    "alleging",
    "maintaining",
    "reiterating",
    "cautioning",
    "telling",
}


IRREGULAR_PAST = {
    "met",
    "spoke",
    "gave",
    "took",
    "made",
    "held",
    "sent",
    "led",
    "won",
    "lost",
    "left",
    "came",
    "saw",
    "went",
    "got",
    "kept",
    "brought",
    "sought",
    "became",
    "began",
    "ran",
    "paid",
    "struck",
    "felt",
    "thought",
    "knew",
    "stood",
    "sat",
    "wrote",
    "drew",
    "threw",
    "chose",
    "rose",
    "fell",
}

# distancing words inside a claim
HEDGE_RE = re.compile(
    r"(?<![\w-])(?:allegedly|alleged|supposedly|reportedly|purportedly|purported|"
    r"so[- ]called|ostensibly|according\s+to\s+(?:his|her|their|its)\s+"
    r"(?:own\s+)?(?:account|version|words|claims?|story|narrative|telling))(?![\w-])",
    re.IGNORECASE,
)
# Every match of HEDGE_RE holds one of these, in the case str.lower gives (below). Most
# claims hold none, and a few substring tests are much faster than the regex, which has to
# try every position of the span.
HEDGE_STEMS = (
    "alleged",
    "supposedly",
    "reportedly",
    "purport",
    "so-called",
    "so called",
    "ostensibly",
    "according",
)

# cues after which "he / it / they" is as often the object as a new clause's subject
# ("mentioned it", "denied it", "promised them"): no bare clause after them
PRONOUN_OBJECT_CUES = frozenset(
    (
        "mention mentions mentioned mentioning recall recalled reveal revealed reveals report "
        "reported reports confirm confirmed deny denied denies admit admitted acknowledge "
        "acknowledged write wrote tweet tweeted announce announced demand demanded threaten "
        "threatened promise promised suggest suggested estimate estimated"
    ).split()
)
