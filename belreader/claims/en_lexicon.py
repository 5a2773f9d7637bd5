"""English word lists: the data the English claim shapes and the speaker resolver read.

Verb sets list every form of a verb ("say|says|said|saying"); lookups are exact and in
lower case. A second language gets its own module like this one.
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
THAT = set(forms(
    "claim|claims|claimed|claiming", "note|notes|noted|noting", "state|states|stated|stating",
    "argue|argues|argued|arguing", "warn|warns|warned|warning",
    "stress|stresses|stressed|stressing", "explain|explains|explained|explaining",
    "insist|insists|insisted|insisting", "announce|announces|announced|announcing",
    "report|reports|reported|reporting", "reveal|reveals|revealed|revealing",
    "confirm|confirms|confirmed|confirming",
    "acknowledge|acknowledges|acknowledged|acknowledging",
    "admit|admits|admitted|admitting", "emphasize|emphasizes|emphasized|emphasizing",
    "emphasise|emphasises|emphasised|emphasising", "mention|mentions|mentioned|mentioning",
    "declare|declares|declared|declaring", "assert|asserts|asserted|asserting",
    "allege|alleges|alleged|alleging", "recall|recalls|recalled|recalling",
    "write|writes|wrote|writing|written", "tweet|tweets|tweeted|tweeting",
    "clarify|clarifies|clarified|clarifying", "maintain|maintains|maintained|maintaining",
    "complain|complains|complained|complaining", "predict|predicts|predicted|predicting",
    "concede|concedes|conceded|conceding", "observe|observes|observed|observing",
    "remark|remarks|remarked|remarking", "reply|replies|replied|replying",
    "respond|responds|responded|responding", "assure|assures|assured|assuring",
    "inform|informs|informed|informing", "remind|reminds|reminded|reminding",
    "deny|denies|denied|denying", "estimate|estimates|estimated|estimating",
    "indicate|indicates|indicated|indicating", "announce|announced",
    "suggest|suggests|suggested|suggesting", "vow|vows|vowed|vowing",
    "promise|promises|promised|promising", "threaten|threatens|threatened|threatening",
    "contend|contends|contended|contending", "boast|boasts|boasted|boasting",
    "caution|cautions|cautioned|cautioning", "point out|points out|pointed out|pointing out",
    "make clear|makes clear|made clear|making clear",
    "make it clear|makes it clear|made it clear|making it clear",
    "demand|demands|demanded|demanding", "conclude|concludes|concluded|concluding",
    "testify|testifies|testified|testifying", "speculate|speculates|speculated",
    "hint|hints|hinted", "find|finds|found", "show|shows|showed", "agree|agrees|agreed",
    "recommend|recommends|recommended", "propose|proposes|proposed",
))
# verbs whose content is a to-infinitive ("vowed to ...")
TO = set(forms(
    "vow|vows|vowed|vowing", "pledge|pledges|pledged|pledging",
    "promise|promises|promised|promising", "threaten|threatens|threatened|threatening",
    "decline|declines|declined|declining", "agree|agrees|agreed",
    "propose|proposes|proposed",
))
# verbs whose object is the claim ("accused the West of ...", "urged X to ...")
OBJ = set(forms(
    "accuse|accuses|accused|accusing", "urge|urges|urged|urging",
    "criticize|criticizes|criticized|criticizing|criticise|criticised",
    "cite|cites|cited", "ask|asks|asked", "warn against|warns against|warned against",
    "call for|calls for|called for|calling for", "call on|calls on|called on|calling on",
))
# verbs that may take an object before "that" ("told reporters that", "warned Belarus that")
OBJ_THAT = set(forms(
    "tell|tells|told|telling", "warn|warns|warned|warning", "assure|assures|assured|assuring",
    "inform|informs|informed|informing", "remind|reminds|reminded|reminding",
    "promise|promises|promised|promising", "threaten|threatens|threatened",
))
# the reporting verb in the cue is itself a distancing word
HEDGE_CUES = set(forms("claim|claims|claimed|claiming", "allege|alleges|alleged|alleging",
                         "purport|purports|purported"))


ALL_CUES = SAY | THAT | OBJ | TO


PRONOUNS = {"he", "she", "they", "we", "i"}
OBJ_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
PASSIVE = {"is", "was", "are", "were", "be", "been", "being", "’s", "'s"}
ADVERBS = {
    "also", "previously", "later", "then", "again", "repeatedly", "publicly", "privately",
    "once", "already", "recently", "earlier", "further", "just", "never", "often", "has",
    "have", "had", "would", "will", "reportedly", "allegedly", "even", "not", "has also",
    "first", "still", "had", "openly", "now", "frequently", "separately", "together",
    "supposedly", "apparently", "subsequently", "finally", "initially", "similarly",
}
CONJ = {"and", "but", "yet", "so", "while", "although", "though", "as", "because",
         "since", "whereas", "when", "if", "after", "before", "unless", "meanwhile",
         "however", "thus", "still", "then", "now", "also", "or", "where", "until"}
SUBORD = {"although", "though", "while", "because", "since", "whereas", "when", "if",
           "after", "before", "unless", "as", "until"}
NP_STOP = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
    "not", "that", "which", "whom", "whose", "what", "when", "where", "why", "how", "if",
    "because", "than", "there", "it", "this", "these", "those", "to", "so", "very", "its",
    "itself", "himself", "herself", "themselves", "let", "let's", "let’s", "we", "i",
    "you", "he", "she", "they", "me", "us", "him", "them", "while", "although", "though",
    "who", "some", "such", "no", "only", "however", "like", "whether", "also", "even",
    "then", "just", "get", "got", "make", "made", "seem", "seems", "means", "mean",
}
TELL = {"told", "tell", "tells", "telling"}
OBJ_WORDS = {"me", "us", "him", "her", "them", "reporters", "journalists", "lawmakers",
              "parliament", "congress", "supporters", "legislators", "viewers", "students",
              "listeners", "delegates", "voters", "investors", "senators", "officials",
              "residents", "workers", "troops", "soldiers", "members", "crowds"}
PARTITIVE = {"one", "some", "many", "most", "several", "two", "three", "four", "all",
              "both", "each", "none", "few", "majority"}
PREPS = {"of", "in", "at", "from", "for", "with", "on", "within", "inside", "to", "near",
          "under", "over", "by", "behind", "outside", "close"}
DETS = {"the", "a", "an", "another", "one", "two", "three", "several", "many", "some",
         "both", "his", "her", "its", "their", "our", "this", "that", "these", "those"}
SPEAKER_NOUNS = set(forms(
    "official|officials|source|sources|spokesman|spokeswoman|spokesperson|spokespeople",
    "minister|ministers|ministry|president|leader|leaders|leadership|dictator|ruler",
    "strongman|autocrat|government|governments|administration|agency|office|service",
    "services|police|army|military|command|commander|general|generals|expert|experts",
    "analyst|analysts|observer|observers|researcher|researchers|scientist|scientists",
    "professor|scholar|economist|economists|journalist|journalists|reporter|reporters",
    "correspondent|editor|outlet|newspaper|paper|media|report|reports|statement",
    "study|survey|poll|polls|data|document|documents|estimate|estimates|assessment",
    "investigators|investigator|prosecutor|prosecutors|lawyer|lawyers|attorney|attorneys",
    "judge|court|aide|aides|adviser|advisers|advisor|advisors|diplomat|diplomats",
    "ambassador|envoy|lawmaker|lawmakers|senator|senators|congressman|congresswoman",
    "politician|politicians|critic|critics|opponent|opponents|supporter|supporters",
    "activist|activists|witness|witnesses|resident|residents|people|voter|voters",
    "insiders|insider|member|members|chairman|chairwoman|chair|head|chief|director",
    "secretary|governor|mayor|candidate|nominee|campaign|party|committee|council|union",
    "organization|organisation|group|institute|foundation|center|centre|website|channel",
    "network|bureau|department|intelligence|authorities|authority|regime|opposition",
    "team|company|firm|ceo|executive|executives|manager|owner|founder|partner|user",
    "users|blogger|bloggers|monitors|delegation|parliament|deputy|deputies|speaker",
    "representative|representatives|officer|officers|soldier|soldiers|staff|watchdog",
    "press|clip|letter|tweet|post|video|agencies|ministries|spy|spies|counterpart",
    "colleague|colleagues|wife|husband|son|daughter|brother|sister|mother|father|friend",
    "friends|employee|employees|worker|workers|citizen|citizens|protesters|protester",
    "commentator|commentators|pundit|pundits|historian|historians|physician|physicians",
    "doctor|doctors|nurse|nurses|authors|author|organizers|organisers|organizer|unit|units|forces",
    "troops|headquarters|kremlin|spokesmen|negotiator|negotiators|mediator|envoys",
    "prime|premier|chancellor|king|queen|pope|patriarch|bishop|ministry’s|agencies",
    "broadcaster|daily|weekly|tabloid|magazine|outlets|newspapers|sites|site|blog|account",
    "community|communities|association|movement|platform|alliance|coalition|board",
    "commission|authorities’|officials’|governor’s|man|woman|men|women|person|persons",
    "individual|individuals|figure|figures|nobody|someone|everyone|anyone",
    "bank|banks|fund|funds|corporation|university|college|school|hospital|embassy",
    "consulate|navy|league|federation|cabinet|regulator|regulators|insurer|lender",
    "airline|automaker|retailer|manufacturer|charity|nonprofit|think-tank|lab|laboratory",
    "slide|analysis|research|review|audit|investigation|census|records|memo|email|emails",
    "percent|respondents|majority|plurality",
))
EPITHET_PERSON = {"dictator", "leader", "president", "ruler", "strongman", "autocrat",
                   "politician", "head", "batka", "chief", "premier", "chancellor"}
EPITHET_ROLE = {"official", "source", "spokesman", "spokeswoman", "spokesperson",
                 "diplomat", "analyst", "expert", "professor", "scholar", "officer",
                 "minister", "ambassador", "envoy", "aide", "adviser", "advisor", "lawyer",
                 "attorney", "researcher", "report", "economist", "commander", "general",
                 "insider", "witness", "agency", "ministry", "study", "survey", "poll"}
CAP_STOP = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "There", "Here", "What",
    "When", "Where", "Why", "How", "If", "But", "And", "Or", "So", "Yet", "However",
    "Meanwhile", "Thus", "Still", "Also", "Then", "As", "In", "On", "At", "For", "With",
    "By", "From", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Today", "Yesterday", "Now", "Such",
    "Only", "Even", "I", "Let", "Let’s", "Let's", "We", "You", "Some", "All", "No",
}
TIME_WORDS = {
    "today", "yesterday", "tonight", "earlier", "later", "previously", "again", "also",
    "recently", "once", "then", "repeatedly", "publicly", "privately", "last", "this",
    "next", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "week", "month", "year", "morning", "evening", "afternoon", "night",
    "weekend", "now", "already", "first", "in", "late", "early", "time",
}
ADV_PREPS = {"on", "in", "at", "during", "after", "before", "to", "from", "via",
              "through", "with", "for", "near", "inside", "outside", "following",
              "ahead", "while", "when", "of", "about"}
CLAUSE_START_DETS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
                      "this", "that", "these", "those", "his", "her", "its", "their",
                      "our", "there", "no", "some", "any", "all", "every", "each",
                      "nobody", "none", "russia", "belarus", "ukraine"}
BAD_CLAUSE_START = {"nothing", "goodbye", "so", "yes", "no", "little", "much", "hello",
                     "sorry", "thanks", "thank", "more", "something", "anything", "it’s"}
PARTICIPLE_TAIL = {"adding", "saying", "noting", "not", "but", "and", "arguing",
                    "stressing", "claiming", "insisting", "warning", "explaining", "citing",
                    "referring", "speaking", "according", "who", "which", "where",
                    "when", "while", "as", "in", "at", "on", "during", "after", "before",
                    "calling", "pointing", "describing", "suggesting", "declining",
                    "without", "following", "with", "referencing", "emphasizing",
                    "emphasising", "acknowledging", "looking"}


EVIDENCE_VERBS = set(forms("find|finds|found", "show|shows|showed|shown"))
EVIDENCE_NOUNS = set(forms(
    "study|studies|poll|polls|survey|surveys|report|reports|analysis|analyses|data",
    "research|review|audit|investigation|inquiry|probe|slide|chart|figures|census",
    "records|documents|tally|count|estimate|estimates|numbers|statistics|test|tests",
    "experiment|trial|paper|assessment|evaluation|report’s|findings|model|forecast",
))


COUNTRY_ADJ = {
    "belarusian", "belarus", "russian", "russia", "ukrainian", "ukraine", "american",
    "us", "u.s.", "polish", "poland", "lithuanian", "latvian", "german", "french",
    "british", "chinese", "kremlin", "opposition", "nato", "eu", "european", "kazakh",
    "georgian", "armenian", "azerbaijani", "turkish", "israeli", "iranian", "western",
}
# people whose country is known: epithets such as "the Belarusian leader" resolve to them
# only when the country fits (a "Ukrainian president" is not Lukashenko)
PERSON_COUNTRY = {
    "Alexander Lukashenko": {"belarusian", "belarus"},
    "Vladimir Putin": {"russian", "russia", "kremlin"},
    "Volodymyr Zelensky": {"ukrainian", "ukraine"},
    "Sviatlana Tsikhanouskaya": {"belarusian", "belarus", "opposition"},
    "Sergei Lavrov": {"russian", "russia", "kremlin"},
    "Dmitry Peskov": {"russian", "russia", "kremlin"},
    "Sergei Shoigu": {"russian", "russia"},
    "Viktar Khrenin": {"belarusian", "belarus"},
}
# "\b[A-Z]..." written as "[A-Z](?<!\w[A-Z])...": the same matches, but a pattern that


TITLES = {
    "president", "prime", "minister", "mr", "mrs", "ms", "dr", "rep", "sen", "gen",
    "general", "senator", "governor", "gov", "secretary", "chancellor", "ambassador",
    "professor", "prof", "judge", "leader", "chairman", "director", "colonel", "belarusian",
    "russian", "ukrainian", "american", "polish", "us", "former", "foreign", "defense",
    "defence", "deputy", "vice", "state", "house", "senate", "democratic", "republican",
    "representative", "congressman", "congresswoman", "speaker", "mayor", "chief",
    "opposition", "leader", "lieutenant", "major", "captain", "commander", "dictator",
    "ruler", "interim", "acting", "the", "national", "security", "spokesman", "official",
}


FRONT = {"in", "at", "during", "on", "after", "before", "since", "following", "speaking",
          "asked", "when", "while", "last", "earlier", "later", "yesterday", "today",
          "addressing", "responding", "writing", "meanwhile", "separately", "then",
          "now", "previously", "recently", "until", "once", "months", "weeks", "days",
          "years", "hours", "back"}
PERSON_TITLES = {"president", "prime", "mr", "mrs", "ms", "dr", "rep", "sen", "gen",
                  "senator", "governor", "gov", "secretary", "chancellor", "ambassador",
                  "mayor", "judge", "speaker", "minister", "premier", "king", "queen"}


DESCRIBE = set(forms(
    "call|calls|called|calling", "describe|describes|described|describing",
    "dub|dubs|dubbed", "label|labels|labeled|labelled", "brand|brands|branded",
    "term|terms|termed", "characterize|characterizes|characterized|characterised",
    "blast|blasts|blasted", "slam|slams|slammed", "praise|praises|praised",
    "criticize|criticizes|criticized|criticised", "denounce|denounces|denounced",
    "dismiss|dismisses|dismissed", "deride|derides|derided", "hail|hails|hailed",
    "mock|mocks|mocked", "blame|blames|blamed", "compare|compares|compared",
    "condemn|condemns|condemned", "lambast|lambasted", "decry|decries|decried",
))


IRREGULAR_SPEECH = {"said", "says", "told", "tells", "wrote", "writes", "spoke", "asks",
                     "asked", "began", "went", "put", "quipped", "read", "reads", "sang",
                     "sings", "cried", "replied", "continued", "added", "adds"}
NONSPEECH = {"is", "was", "has", "does", "seems", "seemed", "appeared", "appears",
              "needs", "needed", "wants", "wanted", "thinks", "thought", "believes",
              "believed", "feels", "felt", "hopes", "hoped", "fears", "feared", "knows",
              "knew", "hits", "gets", "got", "makes", "made", "takes", "took", "uses",
              "used", "plans", "planned", "tries", "tried", "goes", "comes", "came", "as",
              "this", "its", "his", "us", "yes", "less", "news", "thus", "always", "across",
              "towards", "perhaps", "upon", "unless", "whereas", "was", "has", "does",
              "happens", "happened", "remains", "remained", "means", "meant", "includes",
              "included", "shows", "showed", "is", "lives", "lived", "works", "worked"}


GERUND_CUES = set(forms(
    "mention|mentions|mentioned|mentioning", "deny|denies|denied|denying",
    "admit|admits|admitted|admitting", "recall|recalls|recalled|recalling",
    "acknowledge|acknowledges|acknowledged", "suggest|suggests|suggested",
    "propose|proposes|proposed", "recommend|recommends|recommended",
    "report|reported", "confirm|confirmed", "threaten|threatened"))
# cue forms that are also nouns ("Battleground state Florida is ...")
CUE_NOUNS = {"states", "reports", "notes", "claims", "estimates", "promises", "remarks",
              "replies", "demands", "tweets", "finds", "shows", "warning", "warns", "vows",
              "threats", "responds", "hints", "recalls", "mentions", "proposes", "found",
              "showed", "recommended", "proposed", "agreed", "declined", "agrees"}
AUX = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
        "did", "does", "do", "should", "may", "might", "must", "shall"}
SPEECH_PARTICIPLES = {"saying", "adding", "warning", "arguing", "noting", "claiming",
                       "insisting", "stressing", "explaining", "declaring", "asserting",
                       "acknowledging", "admitting", "predicting", "stating",
                       "emphasizing", "emphasising", "contending", "alleging",
                       "maintaining", "reiterating", "cautioning", "telling"}


IRREGULAR_PAST = {"met", "spoke", "gave", "took", "made", "held", "sent", "led", "won", "lost",
                   "left", "came", "saw", "went", "got", "kept", "brought", "sought",
                   "became", "began", "ran", "paid", "struck", "felt", "thought", "knew",
                   "stood", "sat", "wrote", "drew", "threw", "chose", "rose", "fell"}

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
HEDGE_STEMS = ("alleged", "supposedly", "reportedly", "purport", "so-called", "so called",
               "ostensibly", "according")
