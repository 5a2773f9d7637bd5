"""Where reported content ends: at the speaker's next cue or the writer's next clause
(``content_end``), and before the writer's words that follow the reported clause
(``writers_words_end``: a closing relative clause, a comparison, a dash clause, a
participle of effect, an appositive). Used by the preposed shape ("X said ...")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .document import Document
from .en_content_occasion import occasion_end
from .en_content_tail import (
    aside_content_end,
    in_opening_clause,
    next_act_end,
    subject_relative_end,
    withheld_end,
)
from .en_lexicon import (
    ALL_CUES,
    AUX,
    CAP_STOP,
    CLAUSE_START_DETS,
    NP_STOP,
    PREPS,
    SUBORD,
)
from .text import trim

ADDING = (
    r"(?:and\s+|but\s+)?(?:adding|saying|noting|arguing|stressing|claiming|insisting|"
    r"explaining|warning|emphasi[sz]ing|acknowledging|calling)\b"
)
# participles of speech that open a second statement only after a comma ("the media
# declaring ...", "Trump's telling of ..." are no cues)
ADDING_AFTER_COMMA = r"(?:stating|asserting|contending|declaring|vowing|conceding|tweeting)\b"
AND_SAID = (
    r"(?:and|but)\s+(?:(?:he|she|they|it|we|i|others|many|some)\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:also\s+|then\s+|later\s+)?"
    r"(?:said|says|added|adds|warned|warns|insists|argues|notes|admits|acknowledges|suggests|"
    r"predicts|declares|announces|denies|vows|promises|accuses|urges|calls|tells|"
    r"stressed|noted|claimed|claims|insisted|argued|told|called|urged|accused|"
    r"vowed|promised|pledged|denied|admitted|acknowledged|suggested|predicted|"
    r"declared|announced|complained|conceded|questioned|blamed|blames|concedes|complains|"
    r"stresses|criticised|criticises|"
    r"criticized|criticizes|bragged|brags|boasted|boasts|swears|swore|slammed|slams|"
    r"mocked|mocks|praised|praises|lamented|laments|referred\s+questions|"
    # "... and advised families to ...": advice to someone, the speaker's next act
    r"advised\s+(?:[\w-]+\s+){1,3}?to)\b"
)
# a second participle of speech after "and"/"but": the speaker's next statement
SECOND_PARTICIPLE = (
    r"(?:also\s+|then\s+)?(?:suggesting|predicting|promising|pledging|vowing|"
    r"urging|accusing|blaming|questioning|criticizing|praising|dismissing|insisting|"
    r"telling|asking|demanding|describing|denouncing|defending|rejecting|touting|"
    r"mocking|lamenting|complaining|declaring|announcing)\s"
)
# the same matches as
#   ,?\s+ADDING | ,\s+and\s+(?:also\s+|then\s+)?[a-z]+ed\s | ;\s+(?=...) | ,?\s+AND_SAID
# written to start with one character class (the comma, semicolon or space, told apart by
# a look back), so that the regex engine skips ahead to candidates in C
CONT_CUT = re.compile(
    r"[,;\s](?:(?<=,)(?:\s+"
    + ADDING
    + r"|\s+(?:and\s+)?"
    + ADDING_AFTER_COMMA
    + r"|\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+|notably\s+)?[a-z]+ed\s"
    # "..., vowing to ..., and suggesting he would ...": a second participle of speech,
    # the speaker's next statement
    + r"|\s+and\s+"
    + SECOND_PARTICIPLE
    # "..., but would not offer details", "..., and to date has only issued ...": the
    # speaker's next act, with no subject of its own
    + r"|\s+(?:and|but)\s+(?:to date\s+)?(?:would|did|does|could|has|had)\s+(?:not\s+|only\s+|also\s+|since\s+)"
    + r"|\s+(?:and|but)\s+(?:has|had)\s+(?:also\s+|since\s+)?[a-z]+ed\s"
    + r"|\s+(?:and|but)\s+(?:didn’t|didn't|doesn’t|doesn't|wouldn’t|wouldn't)\s|\s+"
    + AND_SAID
    + r")"
    r"|(?<=;)\s+(?=(?:they|he|she|it|we|i|but|and|however)\s)"
    r"|(?<=\s)(?:\s*"
    + ADDING
    + r"|\s*"
    + AND_SAID
    # "... "on paper" but suggesting that ...": with no comma, only after "but"
    + r"|\s*but\s+"
    + SECOND_PARTICIPLE
    + r"|(?<=[—–]\s)\s*"
    + ADDING_AFTER_COMMA
    + r"))"
)
# a relative clause or a dash phrase with its own attribution ends the content:
# "..., which he said were ..." / "... -- meddling the congressman said is ..."
EMBED_CUT = re.compile(
    r",\s+(?:which|who|whom|where)\s+(?:[\w’'.-]+\s+){1,3}?"
    r"(?:said|says|told|tells|added|adds|claimed|claims|argued|argues|noted|insisted)\b"
    r"|\s(?:--|—|–|―)\s*(?:[\w’'.-]+\s+){1,6}?"
    r"(?:said|says|told|tells|added|adds|claimed|claims|argued|argues)\b"
    # "A - “B,” he said - and C": a quote of its own in a dash aside
    r"|\s(?:--|—|–|―|-)\s*[“\"][^“”\"]{1,400}[”\"]\s*(?:[\w’'.-]+\s+){1,4}?"
    r"(?:said|says|told|tells|added|adds)\b"
)

# a subordinate clause with an attribution of its own: "... after the paper revealed ...",
# "... while doctors warned ...": the writer's setting of the statement, not its content
SUBORD_ATTRIBUTION = re.compile(
    r",?\s(?:after|while|whereas|before|since|because)\s+"
    # the subject: a noun phrase of its own, not the speaker's pronoun ("before he
    # announced")
    r"(?!(?:he|she|they|it|we|i|you|his|her|their)\s)"
    r"(?:(?!(?:that|which|who)\s)[^\s,;:“”\"]+\s+){1,6}?"
    r"(?:said|says|revealed|reveals|reported|reports|suggested|suggests|warned|warns|"
    r"argued|argues|determined|announced|announces|claimed|claims|insisted|insists|"
    r"confirmed|confirms|wrote|writes|declared|declares|told|tells)\b"
)

# a new attribution after a comma, a short adverbial before it: "said A, at the meeting
# she said B", "asked them to vote, and at least 2,000 said they would" (not "A, he
# said, B" nor "A, he said.": a parenthetical cue is followed by punctuation)
NEXT_ATTRIBUTION = re.compile(
    r",\s+(?:[^,;“”\"]{0,40}?\s)?(?:he|she|they|we|i|others|many|some|[\d,]+)\s+(?:also\s+)?"
    r"(?:said|says|say|told|tells|added|adds|argued|argues|insisted|insists)\s+(?![,.])"
    # "A, observers said they thought B", "A, the chancellor said he was B", "A, its head
    # told reporters": a short subject and a verb of speech (a parenthetical "A, the
    # governor said, B" is read by its own cue)
    r"|,\s+(?:[^\s,;:“”\"]+\s+){1,4}?(?:said|says|say|told|tells|added|argued|insisted)\s+"
    r"(?![,.])"
    # "A but the Tories say B", "A while the Lib Dems say B", "A - others say B": another
    # source, with no comma before it
    r"|\s(?:but|while|whereas|-|—|–|--)\s+(?!I\s|I’|I')(?:[^\s,;:“”\"]+\s+){0,4}?"
    r"(?:have\s+|has\s+)?(?:said|says|say|argue|argues|argued|insist|insists|claim|claims|"
    r"maintain|maintains|contend|contends|warn|warns)\s+(?![,.])"
    # "a third said A and a quarter said B", ", and other leaders said B": "and", a short
    # subject of any kind (no comma) and a verb of speech
    r"|\s+and\s+(?:[^\s,;:“”\"]+\s+){1,4}?(?:have\s+|has\s+)?(?:said|say|says)\s+(?![,.])"
    # "..., but officials said ...", "..., but multiple reports reveal ...", "..., but
    # ultimately Prager thinks ...", "..., but went on to say ...": after "but" another
    # source's word, or the speaker's next statement (not "but I think": the speaker's
    # own unmarked words)
    r"|,\s+but\s+(?!I\s|I’|I')(?:[^\s,;:“”\"]+\s+){0,4}?"
    r"(?:said|says|say|told|tells|reveals?|revealed|thinks|thought|argues?|argued|"
    r"insists?|insisted|notes|noted|believes|claims|claimed|shows?|showed|suggests|"
    r"suggested|acknowledges|acknowledged|admits|admitted|warns|warned|contends|contended)\s"
)


# an optional closing mark between a comma and what follows: American style puts the
# sentence's comma inside the marks ("called it “a disgrace,” while ...")
CLOSE_MARK = r"(?:”|\"|''|’)?"


WRITER_CUT = re.compile(
    r"," + CLOSE_MARK + r"\s+(?:(?P<contrast>while|whereas)|according to|to which|at which point)\s"
    r"|," + CLOSE_MARK + r"\s+(?P<concession>even as|even though|though|although)\s"
    r"|;\s|,"
    + CLOSE_MARK
    + r"\s+(?:and|but)\s+(?:(?:he|she|they|it|none|we|i)\s|(?:he|she)[’']s\s)"
    r"|,\s+(?:a|an)\s(?=[^,;]*$)|\s(?:—|–|--)\s+(?:a|an)\s"
)


# a quantifier opens the main clause after a subordinate one as well as an article
# does: "As the mayor pledged to ..., many in the crowd ..."
QUANTIFIERS = frozenset("many most several few both others one".split())


def _first_cut(
    t: str, s: int, e: int, pattern: re.Pattern[str], cuts: Callable[[re.Match[str]], bool]
) -> int:
    """The start of the first match of ``pattern`` in t[s:e] that ``cuts`` accepts (a
    match inside a quote or too near the start is passed over); else ``e``."""
    pos = s
    while m := pattern.search(t, pos, e):
        if cuts(m):
            return m.start()
        pos = m.end()
    return e


# "will have the final say", "had no say": the noun, no verb of another report
_NOUN_SAY = re.compile(r"\b(?:the|a|final|any|no|some|more|their|his|her|its|our)\s+say\s*$", re.I)


def content_end(doc: Document, s: int, ue: int, subord: bool) -> int:
    t = doc.t
    e = ue
    pos = s
    while True:
        m = WRITER_CUT.search(t, pos, e)
        if not m:
            break
        c = sentence_comma(doc, m.start())
        if (
            doc.quote_at(c) is not None
            or len(t[s:c].split()) < 3
            or paired_aside(doc, s, m, ue)
            or verbless_aside(t, m, ue)
            or (m.group("concession") and speakers_reservation(t, m))
            or (m.group("contrast") and figures_compared(t, s, c, m.end(), ue))
        ):
            pos = m.end()
            continue
        e = c
        break
    e = _first_cut(
        t,
        s,
        e,
        CONT_CUT,
        lambda m: doc.quote_at(m.start()) is None and not gerund_object(t, s, m.start()),
    )
    e = _first_cut(
        t,
        s,
        e,
        EMBED_CUT,
        lambda m: (
            doc.quote_at(m.start()) is None
            and not {w.lower() for w in m.group().split()} & (SUBORD | {"even"})
            and len(t[s : m.start()].split()) >= 3
        ),
    )
    e = _first_cut(
        t,
        s,
        e,
        NEXT_ATTRIBUTION,
        lambda m: (
            doc.quote_at(m.start()) is None
            and not {w.lower() for w in m.group().split()}
            & {"that", "which", "who", "whom", "what"}
            and len(t[s : m.start()].split()) >= 3
            and not _NOUN_SAY.search(m.group())
        ),
    )
    e = _first_cut(
        t,
        s,
        e,
        SUBORD_ATTRIBUTION,
        lambda m: doc.quote_at(m.start()) is None and len(t[s : m.start()].split()) >= 3,
    )
    if subord or in_opening_clause(doc, s):
        # "Although X claims that A, B ..." : the claim ends with the clause
        for dash in ("―", "—", " – ", " -- "):
            d = t.find(dash, s, e)
            if d > s and len(t[s:d].split()) >= 3:
                e = d
        i = s
        while True:
            c = t.find(",", i, e)
            if c < 0:
                break
            c = sentence_comma(doc, c)
            if doc.quote_at(c) is None and len(t[s:c].split()) >= 3:
                nw = t[c : c + 20].lstrip(",").split()
                if nw and (
                    re.split(r"[’']", nw[0])[0].lower()
                    in CLAUSE_START_DETS | {"he", "she", "they"} | QUANTIFIERS
                    or (nw[0][0].isupper() and nw[0] not in CAP_STOP)
                    or (nw[0][0].isdigit() and t[c + 1 : c + 2] == " ")
                ):
                    e = c
                    break
            i = c + 1
    return e


def verbless_aside(t: str, m: re.Match, ue: int) -> bool:
    """ "the scandal, while troublesome, was dealt with": "while" or "though" with a
    word or two and a closing comma is an aside inside the clause, which goes on."""
    if not (m.group("contrast") or m.group("concession")):
        return False
    c = t.find(",", m.end(), ue)
    return c >= 0 and len(t[m.end() : c].split()) <= 2


_DIGIT = re.compile(r"\d")


def figures_compared(t: str, s: int, c: int, w: int, ue: int) -> bool:
    """ "found 41 percent backed him, while 23 percent favored his rival": a figure
    on each side of "while" sets two findings side by side, both the speaker's."""
    return _DIGIT.search(t, s, c) is not None and _DIGIT.search(t, w, ue) is not None


def speakers_reservation(t: str, m: re.Match) -> bool:
    """ "says she is an independent, although she is registered as a Democrat": after
    reported speech in the writer's words, a concession is mostly the speaker's own
    reservation and stays in the claim; quote marks before it show that the speaker's
    words have ended ("called it “a disgrace,” although ..."), and a cue of its own
    opens another attribution ("..., though Fiorina said ...")."""
    if t[m.start() - 1 : m.start()] in CLOSING_MARKS or t[m.start() + 1 : m.start() + 2] in (
        CLOSING_MARKS
    ):
        return False
    nxt = t[m.end() : m.end() + 80].lower().replace(",", " ").split()[:8]
    return not any(w in ALL_CUES for w in nxt)


def paired_aside(doc: Document, s: int, m: re.Match, ue: int) -> bool:
    """ "X, founder of Y — a pro-Clinton group — was planning ...": a dash that opens an
    aside closed by a second dash before the sentence ends is no writer's summary."""
    t = doc.t
    return t[m.start()] != "," and DASH.search(t, m.end(), ue) is not None


def writers_words_end(doc: Document, s: int, e: int) -> int:
    """Where the reported content [s, e) gives way to the writer's own words: a new
    clause after ", and/but", a relative clause that closes the sentence, a comparison
    or a participle of effect, a dash that opens the writer's clause, and after an
    infinitive, "and" + a finite verb. Each rule keeps at least four words of content
    and leaves quoted words alone."""
    e = next_clause_end(doc, s, e)
    e = subordinate_turn_end(doc, s, e)
    e = colon_sentence_end(doc, s, e)
    e = relative_clause_end(doc, s, e)
    e = writer_tail_end(doc, s, e)
    e = occasion_end(doc, s, e)
    e = next_act_end(doc, s, e)
    e = withheld_end(doc, s, e)
    e = subject_relative_end(doc, s, e)
    e = aside_content_end(doc, s, e)
    if doc.t[s : s + 3] == "to " or EARLY_INFINITIVE.match(doc.t, s, e):
        e = infinitive_end(doc, s, e)
    return e


# ", and his campaign is ...", ", but there is ...", ", and three-quarters said ...": after
# the comma a new subject (a few words, no comma) and its finite verb
NEXT_CLAUSE = re.compile(
    r"," + CLOSE_MARK + r"\s+(?:and|but|however|yet)\s+"
    r"(?:the|a|an|his|her|their|its|our|this|these|those|some|many|most|more|several|few|"
    r"all|both|each|every|one|two|three|four|five|half|three-quarters|others|there|\d\S*|"
    r"[A-Z][\w’'.-]*)\s+"
    r"(?:[^\s,;:“”\"]+\s+){0,4}?"
    r"(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|did|does|"
    r"said|says|say|told|[a-z]{3,}ed)\b"
)


def next_clause_end(doc: Document, s: int, e: int) -> int:
    """The content ends before ", and/but" + a clause with its own subject and verb: the
    writer's next sentence joined to the reported one."""
    return _comma_cut(doc, s, e, NEXT_CLAUSE)


def _comma_cut(doc: Document, s: int, e: int, pattern: re.Pattern[str]) -> int:
    """The content ends at the sentence comma of the first match of ``pattern`` outside
    quotes, keeping at least four words."""
    t = doc.t
    for m in pattern.finditer(t, s, e):
        c = sentence_comma(doc, m.start())
        if doc.quote_at(c) is None and len(t[s:c].split()) >= 4:
            return c
    return e


# ", and when asked whether ...", ", and as the race turns to ...": "and" + a
# subordinator opens the writer's next sentence, whose main clause follows later
AND_SUBORDINATE = re.compile(
    r"," + CLOSE_MARK + r"\s+and\s+(?:when|as|while|after|before|once|if|since)\s"
)


def subordinate_turn_end(doc: Document, s: int, e: int) -> int:
    """The content ends before ", and when ...": a new sentence joined to the reported
    one by "and", which starts with its own subordinate clause."""
    return _comma_cut(doc, s, e, AND_SUBORDINATE)


# "cites the crowds as an example: He says ...": after a colon a new attribution (a
# pronoun and a verb of speech) starts the next statement; other colons ("one reason:
# The ...") usually introduce the reported words themselves and stay
COLON_CAPITAL = re.compile(
    r":\s+(?=(?:He|She|They|We|I)\s+(?:also\s+)?(?:said|says|say|added|adds|argued|argues|"
    r"insisted|insists|noted|notes|told|tells)\b)"
)


def colon_sentence_end(doc: Document, s: int, e: int) -> int:
    """The content ends at a colon followed by a pronoun and a verb of speech."""
    t = doc.t
    for m in COLON_CAPITAL.finditer(t, s, e):
        if doc.quote_at(m.start()) is None and len(t[s : m.start()].split()) >= 3:
            return m.start()
    return e


RELATIVE = re.compile(
    r","
    + CLOSE_MARK
    + r"\s+(?:(?:for|with|of|to|from|in|by|on)\s+(?:whom|which)|which|who|whom|whose|where)\b"
)


def relative_clause_end(doc: Document, s: int, e: int) -> int:
    """ "said she backed the plan, which the cabinet adopted in May": a relative clause
    that closes the content is the writer's note on its last noun."""
    t = doc.t
    closed = -1
    for m in RELATIVE.finditer(t, s, e):
        c = sentence_comma(doc, m.start())
        if doc.quote_at(c) is not None or len(t[s:c].split()) < 4:
            continue
        if doc.quotes_in(m.end(), e) or m.start() == closed:
            # "which he called “a disgrace”": the speaker's words, part of the claim;
            # "whites, who may focus on X, where ...": a relative on the last one's noun
            return e
        closed = t.find(",", m.end(), e)
        if closed >= 0:
            # "the plan, which X, will ...": the relative closes and the clause goes on;
            # a later closing relative may still be the writer's note
            continue
        return c
    return e


# the writer's comparison after the reported figure: "said 40 percent back him, compared
# with 30 percent in May", ", down from ...", ", less than half of ..."; and the writer's
# account of what the statement did: "said he would not run, leaving the field to ...",
# ", throwing the race open", ", drawing a sharp reply", and the writer's gloss: ",
# referring to ...", ", meaning that ...", ", pointing to ..." (participles of effect
# only: ", suggesting that ..." is the speaker's reasoning and stays)
WRITER_TAIL = re.compile(
    r",?\s+compared\s+(?:with|to)\s"
    r"|,\s+(?:up|down)(?:\s+\w+ly)?\s+from\s"
    r"|,\s+(?:higher|lower|less|more|fewer|greater|smaller|larger|bigger)\s+than\s"
    r"|," + CLOSE_MARK + r"\s+(?:putting|leaving|bringing|marking|setting|sending|throwing|"
    r"highlighting|"
    r"underscoring|signall?ing|reversing|conceding|tapping|drawing|prompting|sparking|"
    r"triggering|fuell?ing|angering|referring|meaning|pointing|"
    r"hoping|appearing|employing|seeking|trying|not\s+wanting)\s"
    # the writer's note on the last noun: ", the latter a reference to ...", ", one that
    # will ..."
    r"|," + CLOSE_MARK + r"\s+(?:the\s+latter|one\s+(?:that|which|who))\s"
)


# a dash that opens the writer's own clause: "... -- and several of them were there",
# "... - though it is unclear ...", "... — even as ...", "... - there are two ..."
DASH_TAIL = re.compile(
    r"\s(?:—|–|--|-)\s+(?:(?:and|but)(?!\s+that\s)|though|although|even as|even though|"
    r"while|whereas|"
    r"there\s+(?:is|are|was|were))\s"
)
DASH = re.compile(r"\s(?:—|–|--|-)\s")


# the writer's word on the statement as a whole, after a comma: "said A, a sentiment
# shared by many in the hall", ", remarks that were aired ...", ", something she has
# asked of him before" (a noun for a statement, then a relative clause or participle)
SUMMARY_NOUN = re.compile(
    r"," + CLOSE_MARK + r"\s+(?:(?:(?:a|an|the|one)\s+(?:[\w-]+\s+)?)?"
    r"(?:sentiments?|views?|positions?|claims?|statements?|remarks?|comments?|arguments?|"
    r"points?|message|charges?|assertions?|accusations?|notion|refrain|promises?|pledges?|"
    r"theme|idea|suggestion|warnings?|criticism|stance|words)\s+"
    r"(?:that|which|echoed|endorsed|shared|repeated|made|voiced|he|she|they|we|it)"
    r"|something\s+(?:he|she|they|we|it)\s)\b"
)


def writer_tail_end(doc: Document, s: int, e: int) -> int:
    """The content ends before the writer's comparison or participle of effect
    (WRITER_TAIL), the writer's word on the statement (SUMMARY_NOUN), or a lone dash
    that opens the writer's clause (DASH_TAIL)."""
    t = doc.t
    for m in SUMMARY_NOUN.finditer(t, s, e):
        c = sentence_comma(doc, m.start())
        if doc.quote_at(c) is None and len(t[s:c].split()) >= 3:
            e = c
            break
    for m in WRITER_TAIL.finditer(t, s, e):
        c = sentence_comma(doc, m.start())
        if doc.quote_at(c) is None and len(t[s:c].split()) >= 4:
            e = c
            break
    for m in DASH_TAIL.finditer(t, s, e):
        if (
            doc.quote_at(m.start()) is None
            and len(t[s : m.start()].split()) >= 4
            # "A -- though B -- C": an aside inside the content
            and not DASH.search(t, m.end(), e)
            and not DASH.search(t, s, m.start())
        ):
            return m.start()
    return e


GERUND_HOSTS = PREPS | AUX | {"about", "without", "like", "only", "than"}


def gerund_object(t: str, s: int, i: int) -> bool:
    """ "blamed her for saying ...", "were calling ...", "by calling on ...": a gerund
    right after a preposition or an auxiliary, with no comma, belongs to the content;
    it is no second cue ("..., saying ...")."""
    if t[i] in ",;":
        return False
    before = t[s:i].split()
    if not before:
        return False
    last = before[-1].lower()
    if last in GERUND_HOSTS:
        return True
    # "a memo saying as much", "his comments calling for a ban": right after a noun in
    # lower case (no comma, quote mark or dash), a participle modifies that noun; after
    # an adverb or "while" it is the speaker's next act ("pointedly saying ..."), after
    # a name the name's own ("with Senator Smith calling it ..."), and after a pronoun
    # ("told them saying ...", "urging those calling for ... to") either
    first = t[i : i + 12].split()[:1]
    return (
        bool(first)
        and first[0].endswith("ing")
        and before[-1].isalpha()
        and before[-1].islower()
        and not last.endswith("ly")
        and last not in NOT_NOUNS
    )


NOT_NOUNS = frozenset(
    "while then also before after him her them it us me you those these this that".split()
)


# "vowed to keep the plant open and then flew to Minsk": after an infinitive, "and" + a
# finite verb is the speaker's next act, not more of the promise ("to cut taxes and
# raise wages" keeps its base form)
AND_FINITE = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:also|then|later|recently|repeatedly|not|never|only)\s+)*"
    r"(?:has|have|had|did|does|would|was|were|is|are|"
    r"(?![a-z]*eed\b|hundred\b|hatred\b|kindred\b)[a-z]{3,}ed)\b"
    # "declined to renew the sponsorship and the league could not find another": a new
    # subject with its own finite verb
    r"|,?\s+(?:and|but)\s+(?:the|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?:could|would|will|can|is|was|are|were|has|have|had|did|does)\b"
    # "pledged to add 7,000 soldiers by 2023, and an earlier plan to ... was welcomed":
    # after a comma, a noun phrase with an article opens the writer's clause
    r"|,\s+(?:and|but)\s+(?:the|a|an)\s"
)


# an infinitive among the first words of the content: "(asked) party leaders to disavow
# him", "(said) she wants to build a plant" - then "and has ..." is the speaker's next act
EARLY_INFINITIVE = re.compile(r"(?:[\w’'.-]+\s+){1,4}?to\s+[a-z]")


def infinitive_end(doc: Document, s: int, e: int) -> int:
    """The end of "to ..." content before "and" + a finite verb (AND_FINITE)."""
    t = doc.t
    for m in AND_FINITE.finditer(t, s, e):
        mid = t[s : m.start()].lower().split()
        if doc.quote_at(m.start()) is None and not set(mid) & {"that", "which", "who", "whom"}:
            return m.start()
    return e


def sentence_comma(doc: Document, i: int) -> int:
    """Where the sentence's comma at ``i`` ends the words before it: ``i`` itself, or
    just past the closing mark when the comma closes a quote ("called it “a disgrace,”
    while ..."): American style puts the sentence's comma inside the marks."""
    t = doc.t
    q = doc.quote_at(i)
    if (
        q is not None
        and t[i] == ","
        and q.closed
        and i + 1 < q.end
        and all(ch in CLOSING_MARKS for ch in t[i + 1 : q.end])
    ):
        return q.end
    return i


CLOSING_MARKS = "”\"’'"


def drop_appositive(doc: Document, s: int, e: int) -> int:
    """ "... partnership with NATO, the existing alliance that includes ..." : an
    appositive after a name at the end of the content is description by the writer,
    not part of the claim."""
    t = doc.t
    c = t.rfind(",", s, e)
    if c < 0 or doc.quote_at(c) is not None or t[c + 1 : c + 2] != " ":
        return e
    before = t[s:c].split()
    after = t[c + 1 : e].split()
    if len(before) < 3 or not 2 <= len(after) <= 14 or after[0] not in ("the", "a", "an"):
        return e
    last = before[-1].strip("’'\"”)")
    if not last[:1].isupper() or last in CAP_STOP:
        return e
    for w in after[1:]:
        lw = w.lower()
        if lw in ("that", "who", "which", "whose", "whom"):
            break
        if lw in NP_STOP or lw in ALL_CUES or lw in ("said", "says"):
            return e
    return trim(t, s, c)[1]
