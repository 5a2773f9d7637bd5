"""Claims: the statements an article attributes to a speaker or a source.

Pure functions, no I/O. ``extract_claims(body)`` finds

* direct quotes with their attribution, wherever the cue stands
  (``“...,” Lukashenko said.`` / ``Lukashenko said: “...”`` / ``...—said X at the
  conference.`` / a quote continued over several sentences or paragraphs);
* reported speech (``X said on Friday that ...``, ``He added that ...``,
  ``..., a NATO official said.``, ``CNN reports``);
* attributions to sources (``according to estimates by British secret services``);
* mixed quotes (reported speech with a quoted fragment inside).

Content spans stop where the claim does: a trailing appositive after a name ("...
with NATO, the alliance that ..."), a relative clause or dash phrase with its own
attribution (", which he said ...", "-- meddling the congressman said ..."), the writer's
next clause (", and the downgrade is ..."). A quote continues over one narration sentence
about the same speaker ("“A,” X said. He did not elaborate. “B.”"); studies and polls
"find" / "show" bare objects; progressive cues ("is telling donors that") are finite.

The speaker is found behind a fronted phrase without a comma ("In a meeting with the
board Trump said"), an appositive between commas, dashes or parentheses ("X -- a firm
that ... -- told me, “...”"), a first verb of the same subject ("X criticized A and
said ..."), and for participles (", warning that ...", "Claiming A, X told ...") in
the main clause. "told OBJECT" may close or interrupt a claim ("..., the minister told
reporters."); "vowed / declined / agreed to ..." take their infinitive; a clause without
"that" needs a short subject and an auxiliary ("announced it had ...").

Thoughts and intentions ("wants", "believes", "thinks") are not claims. The rules are
written for precision: a sentence the rules do not understand gives no claim rather
than a wrong one. Everything is linear in the length of the text: regexes are simple
scans, quote spans and sentences are bounded.

``split_sentences(text)`` is the sentence splitter the app uses for its passage cursor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable

__all__ = ["Claim", "extract_claims", "split_sentences", "paragraph_spans"]


# --------------------------------------------------------------------------------------
# the data model
# --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Claim:
    speaker: str | None  # canonical ("Alexander Lukashenko") / surface ("a NATO official") / None
    cue: str  # as written: "said", "according to", "claims", "—said", ":"
    kind: str  # "direct" | "indirect" | "mixed"
    text: str  # == body[start:end]
    start: int
    end: int
    hedged: bool
    hedges: tuple[str, ...]
    speaker_surface: str | None = None

    def to_dict(self) -> dict:
        return {
            "speaker": self.speaker,
            "cue": self.cue,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "hedged": self.hedged,
            "hedges": list(self.hedges),
            "speaker_surface": self.speaker_surface,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Claim":
        return cls(
            speaker=d.get("speaker"),
            cue=d["cue"],
            kind=d["kind"],
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            hedged=bool(d.get("hedged", False)),
            hedges=tuple(d.get("hedges", ())),
            speaker_surface=d.get("speaker_surface"),
        )


# --------------------------------------------------------------------------------------
# paragraphs and sentences
# --------------------------------------------------------------------------------------
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_NONSPACE = re.compile(r"\S")

OPEN_QUOTES = "“„«‘\"'‚‹"
CLOSE_QUOTES = "”“»’\"'›"
_CLOSERS = "”\"’'»)]“›"
_OPENERS = "“„«\"'‘([‚‹"

# a run of terminal punctuation (plus closing quotes / brackets) followed by whitespace,
# or a single line break. Written to start with one character class so that the regex
# engine skips ahead to candidates in C: "\n" alone, or ".", "!", "?", "…" and the rest
# of the run.
_CAND = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[”\"’'»)\]“›]*(?=\s))")

# abbreviations after which a period never ends a sentence
_ABBR_NEVER = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "rep", "sen", "gov", "rev", "hon", "fr", "pres", "supt", "insp",
    "vs", "v", "e.g", "i.e", "cf", "approx", "dept", "est", "fig", "no", "nos", "vol",
    "pp", "art", "sec", "ch", "mt", "ft", "ave", "blvd", "rd", "gov", "atty", "messrs",
    "sr", "jr",
}
# abbreviations that may end a sentence: split only before a typical sentence opener
_ABBR_MAYBE = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "ltd", "co", "bros", "etc", "al", "govt", "mln", "bln", "min",
}
_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as",
    "after", "before", "when", "while", "if", "however", "meanwhile", "his", "her", "its",
    "their", "our", "my", "one", "some", "many", "most", "all", "no", "according", "since",
    "during", "despite", "although", "though", "what", "who", "why", "how", "still",
    "thus", "then", "now", "also", "last", "earlier", "later", "today", "yesterday",
}
_TIMEZONES = {"et", "est", "edt", "gmt", "utc", "cet", "cest", "msk", "pst", "pdt", "cst", "cdt"}
_WORD_AFTER = re.compile(r"[\w’'\-]+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blank-line separated), whitespace trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _BLANK_LINE.finditer(text):
        _add_trimmed(text, pos, m.start(), out)
        pos = m.end()
    if pos < n:
        _add_trimmed(text, pos, n, out)
    return out


def _add_trimmed(text: str, s: int, e: int, out: list) -> None:
    m = _NONSPACE.search(text, s, e)
    if not m:
        return
    s = m.start()
    while e > s and text[e - 1].isspace():
        e -= 1
    out.append((s, e))


def _word_before(text: str, lo: int, hi: int) -> str:
    """The run of word characters, periods, apostrophes and hyphens that ends text[lo:hi]
    (or ends just before a final line break of it), else "". A backward scan: a regex
    anchored at the end would try every start position of the window."""
    e = hi
    if e > lo and text[e - 1] == "\n":
        e -= 1
    k = e
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in "_.’'-"):  # \w is alnum or _
        k -= 1
    return text[k:e]


def _is_boundary(text: str, ps: int, pe: int, m: re.Match) -> int:
    """The end offset of the sentence when match ``m`` ends one, else -1."""
    i = m.end()
    nm = _NONSPACE.search(text, i, pe)
    if nm is None:
        return -1  # paragraph end: handled by the caller
    j = nm.start()
    nxt = text[j]
    tok = m.group()
    if tok == "\n":
        # a single line break: a new line that starts like a sentence starts one
        if nxt.islower() or nxt in ",;:)]":
            return -1
        k = m.start()
        while k > ps and text[k - 1] in " \t\r":
            k -= 1
        if k > ps and text[k - 1] in ",;(-–":
            return -1
        return k
    # punctuation run: the next character must open a sentence
    if nxt.islower() or nxt in ",;:-–—)]}%":
        return -1
    # caseless scripts (CJK, Arabic ...) start sentences too
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "¿¡*•#@"
            or (nxt.isalpha() and not nxt.islower())):
        return -1
    end = m.end()
    if tok[-1] in "”\"»’'" and any(c in tok for c in "?!") and _attribution_follows(text, j, pe):
        return -1
    if tok[0] == "." and not tok.startswith("..") and len(tok.rstrip(_CLOSERS)) == 1:
        word = _word_before(text, max(ps, m.start() - 40), m.start())
        low = word.lower().strip("’'-")
        if low:
            if low in _ABBR_NEVER:
                return -1
            if len(low) == 1 and word[-1].isupper() and tok == ".":
                # an initial ("J. Smith") unless a sentence opener follows
                return end if _next_word(text, j) in _STARTERS else -1
            if low in _ABBR_MAYBE:
                if nxt.isdigit():
                    return -1
                return end if _next_word(text, j) in _STARTERS else -1
            if "." in low:  # U.S., U.K., a.m., D.C.
                if low in ("a.m", "p.m"):
                    return -1 if _next_word(text, j) in _TIMEZONES or nxt.isdigit() else end
                return end if _next_word(text, j) in _STARTERS or nxt in _OPENERS else -1
    return end


def _next_word(text: str, j: int) -> str:
    """The word at offset j in lower case, else "" (asked only after an abbreviation)."""
    nw = _WORD_AFTER.match(text, j)
    return nw.group().lower() if nw else ""


_ATTR_VERBS = {
    "said", "says", "asked", "asks", "told", "added", "adds", "wrote", "writes", "replied",
    "continued", "declared", "demanded", "insisted", "explained", "noted", "stressed",
    "warned", "argued", "recalled", "tweeted", "answered", "responded", "shouted", "yelled",
    "yells", "cried", "quipped", "joked", "claimed", "claims", "stated", "admitted",
    "acknowledged", "conceded", "concluded", "remarked", "boasted", "exclaimed", "urged",
    "observed", "announced", "suggested", "pointed", "went", "interjected", "retorted",
}


def _attribution_follows(text: str, j: int, pe: int) -> bool:
    """After “...?” does "Trump said" / "he asks" follow (so no new sentence)?"""
    words = text[j:min(pe, j + 80)].split()[:5]
    for k, w in enumerate(words):
        lw = w.lower().strip(".,;:!?")
        if lw in _ATTR_VERBS:
            return k > 0
        if k >= 4 or not (w[:1].isupper() or lw in ("the", "a", "an")):
            return False
        if w[-1:] in ",.;:":
            return False
    return False


def _split_para(text: str, ps: int, pe: int, out: list) -> None:
    start = ps
    for m in _CAND.finditer(text, ps, pe):
        if m.start() < start:
            continue
        end = _is_boundary(text, ps, pe, m)
        if end < 0:
            continue
        _add_trimmed(text, start, end, out)
        start = end
    if start < pe:
        _add_trimmed(text, start, pe, out)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) with offsets into ``text``, in order.

    Sentences never cross a blank line; a single line break ends a sentence when the
    next line starts like one (headings, captions, list items). Abbreviations (Mr.,
    Dr., U.S., Jan. 5, a.m.), initials ("J. Smith"), closing quotation marks after the
    period and ellipses are handled. Spans are trimmed of surrounding whitespace and
    cover every non-blank character of the text.
    """
    if not text:
        return []
    out: list[tuple[int, int]] = []
    for ps, pe in paragraph_spans(text):
        _split_para(text, ps, pe, out)
    return out


# --------------------------------------------------------------------------------------
# quotations
# --------------------------------------------------------------------------------------
MAX_QUOTE = 4000  # characters: a quote longer than this is not trusted
MAX_CONT_PARAS = 8  # a quote continued over at most this many paragraphs
# a quotation mark, or two straight single quotes; written as one character class first,
# so that the regex engine skips ahead to candidates in C (the plain form
# ''|[“”„«»"‘’‚‹›] has the engine try every position)
_QMARK = re.compile(r"[“”„«»\"‘’‚‹›'](?:(?<=')'|(?<!'))")
_PAIRS = {"“": "”", "„": "“”", "«": "»", '"': '"', "''": "''", "‘": "’", "‚": "‘’", "‹": "›"}


def _paragraph_quotes(text: str, ps: int, pe: int):
    """Quotes in one paragraph: list of (start, end, closed); end includes the mark.

    An unclosed quote yields (start, pe, False)."""
    out = []
    open_at = -1
    open_mark = ""
    for m in _QMARK.finditer(text, ps, pe):
        mk = m.group()
        i = m.start()
        if open_at >= 0:
            if mk in _PAIRS[open_mark] and mk != "’" or (
                open_mark == "‘" and mk == "’" and _closes_single(text, i, pe)
            ) or (open_mark == "‚" and mk in "‘’"):
                if i - open_at <= MAX_QUOTE:
                    out.append((open_at, m.end(), True))
                open_at = -1
            elif i - open_at > MAX_QUOTE:
                open_at = -1
            elif open_mark == '"' and mk == "“":
                open_at, open_mark = i, mk  # a stray straight quote before curly ones
            continue
        if mk in ("”", "»", "›"):
            continue  # a stray closing mark
        if mk == "’":
            continue  # apostrophe
        if mk in ("‘", "'"):
            # a single quote opens only at the start of a word
            if i > ps and (text[i - 1].isalnum() or text[i - 1] in "’'"):
                continue
            if i + 1 >= pe or not text[i + 1].isalnum():
                continue
            if mk == "'":
                continue  # straight single quotes: too ambiguous (O'Neill, rock 'n' roll)
        if mk == '"' and i > ps and text[i - 1].isdigit():
            continue  # inches: 6'3"
        open_at, open_mark = i, mk
    if open_at >= 0 and pe - open_at <= MAX_QUOTE:
        out.append((open_at, pe, False))
    return out


def _closes_single(text: str, i: int, pe: int) -> bool:
    nxt = text[i + 1] if i + 1 < pe else " "
    if nxt.isalpha():
        return False
    prev = text[i - 1] if i > 0 else " "
    return prev in ".,!?;:…" or (nxt in " .,;:!?)—–-" and prev != "s")


def _find_quotes(text: str, paras: list[tuple[int, int]]):
    """All quotes of the text; a quote left open at the end of a paragraph continues
    into the next paragraph when that one starts with an opening mark (the news
    convention for multi-paragraph quotes). Returns sorted (start, end, closed)."""
    per_para = [_paragraph_quotes(text, ps, pe) for ps, pe in paras]
    out = []
    k = 0
    n = len(paras)
    while k < n:
        qs = per_para[k]
        for q in qs[:-1]:
            out.append(q)
        if not qs:
            k += 1
            continue
        last = qs[-1]
        if last[2]:
            out.append(last)
            k += 1
            continue
        # unclosed at paragraph end: continuation?
        start = last[0]
        j = k
        end = last[1]
        closed = False
        while j + 1 < n and j + 1 - k <= MAX_CONT_PARAS:
            nps, npe = paras[j + 1]
            nq = per_para[j + 1]
            if not (nq and nq[0][0] == nps and text[nps] in "“„«\""):
                break
            j += 1
            end = nq[0][1]
            if nq[0][2]:
                closed = True
                break
        if j > k:
            out.append((start, end, closed))
            # quotes after the continuation's end in the last paragraph
            for q in per_para[j][1:]:
                out.append(q)
            k = j + 1
        else:
            out.append(last)
            k += 1
    return out


# --------------------------------------------------------------------------------------
# lexicon
# --------------------------------------------------------------------------------------
def _forms(*stems: str) -> list[str]:
    out = []
    for s in stems:
        out.extend(s.split("|"))
    return out


# verbs that can take a bare clause ("said his country is ...")
_SAY = set(_forms("say|says|said|saying", "tell|tells|told|telling", "add|adds|added|adding"))
# verbs that report speech with a "that" clause or a quote
_THAT = set(_forms(
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
_TO = set(_forms(
    "vow|vows|vowed|vowing", "pledge|pledges|pledged|pledging",
    "promise|promises|promised|promising", "threaten|threatens|threatened|threatening",
    "decline|declines|declined|declining", "agree|agrees|agreed",
    "propose|proposes|proposed",
))
# verbs whose object is the claim ("accused the West of ...", "urged X to ...")
_OBJ = set(_forms(
    "accuse|accuses|accused|accusing", "urge|urges|urged|urging",
    "criticize|criticizes|criticized|criticizing|criticise|criticised",
    "cite|cites|cited", "ask|asks|asked", "warn against|warns against|warned against",
    "call for|calls for|called for|calling for", "call on|calls on|called on|calling on",
))
# verbs that may take an object before "that" ("told reporters that", "warned Belarus that")
_OBJ_THAT = set(_forms(
    "tell|tells|told|telling", "warn|warns|warned|warning", "assure|assures|assured|assuring",
    "inform|informs|informed|informing", "remind|reminds|reminded|reminding",
    "promise|promises|promised|promising", "threaten|threatens|threatened",
))
# the reporting verb in the cue is itself a distancing word
_HEDGE_CUES = set(_forms("claim|claims|claimed|claiming", "allege|alleges|alleged|alleging",
                         "purport|purports|purported"))

_ALL_CUES = _SAY | _THAT | _OBJ | _TO
_CUE_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _c in sorted(_ALL_CUES | {"according to"}, key=lambda c: -len(c.split())):
    _p = _c.split()
    _CUE_FIRST.setdefault(_p[0], []).append(tuple(_p[1:]))
_LETTERS = re.compile(r"[A-Za-z]+")


def _trie_alternatives(words: list[str]) -> list[str]:
    """Regex alternatives matching exactly ``words``, one per first letter, each a trie
    of the rest: the engine then tries one branch per letter, not every word."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return [re.escape(ch) + branch(trie[ch]) for ch in sorted(trie)]


# The first word of every cue the extractor keeps, as a whole run of ASCII letters: in
# lower case, or "according" in any case ("According to"); a cue in headline case
# ("States") is none. Case-sensitive, so that branches are told apart by one character.
_KEPT_CUE_FIRST = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(_trie_alternatives(sorted(set(_CUE_FIRST) - {"according"})))
    + r"|[Aa][Cc][Cc][Oo][Rr][Dd][Ii][Nn][Gg])(?![A-Za-z])"
)


def _iter_cues(text: str, kept_only: bool = False):
    """(start, end) of every cue in text: a scan of the words and set lookups. With
    ``kept_only``, only cues whose first word is as ``_KEPT_CUE_FIRST`` wants, found by
    that regex (faster than looking at every word)."""
    n = len(text)
    for m in (_KEPT_CUE_FIRST if kept_only else _LETTERS).finditer(text):
        w = m.group()
        conts = _CUE_FIRST.get(w.lower())
        if conts is None:
            continue
        s, e = m.span()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "’'-_"):
            continue
        if e < n and (text[e].isalnum() or text[e] in "’'-_"):
            continue
        for rest in conts:
            pos = e
            ok = True
            for r in rest:
                q = pos
                while q < n and text[q] in " \t\n":
                    q += 1
                if q == pos or text[q:q + len(r)].lower() != r or (
                        q + len(r) < n and (text[q + len(r)].isalnum() or text[q + len(r)] in "’'-_")):
                    ok = False
                    break
                pos = q + len(r)
            if ok:
                yield s, pos
                break


_DASH_CUE_RE = re.compile(
    r"[—–―]\s*(?:said|says|added|adds|stated|declared|noted|stressed|emphasized|explained)"
    r"(?![\w-])"
)

_PRONOUNS = {"he", "she", "they", "we", "i"}
_OBJ_PRONOUNS = {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}
_PASSIVE = {"is", "was", "are", "were", "be", "been", "being", "’s", "'s"}
_ADVERBS = {
    "also", "previously", "later", "then", "again", "repeatedly", "publicly", "privately",
    "once", "already", "recently", "earlier", "further", "just", "never", "often", "has",
    "have", "had", "would", "will", "reportedly", "allegedly", "even", "not", "has also",
    "first", "still", "had", "openly", "now", "frequently", "separately", "together",
    "supposedly", "apparently", "subsequently", "finally", "initially", "similarly",
}
_CONJ = {"and", "but", "yet", "so", "while", "although", "though", "as", "because",
         "since", "whereas", "when", "if", "after", "before", "unless", "meanwhile",
         "however", "thus", "still", "then", "now", "also", "or", "where", "until"}
_SUBORD = {"although", "though", "while", "because", "since", "whereas", "when", "if",
           "after", "before", "unless", "as", "until"}
_NP_STOP = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
    "not", "that", "which", "whom", "whose", "what", "when", "where", "why", "how", "if",
    "because", "than", "there", "it", "this", "these", "those", "to", "so", "very", "its",
    "itself", "himself", "herself", "themselves", "let", "let's", "let’s", "we", "i",
    "you", "he", "she", "they", "me", "us", "him", "them", "while", "although", "though",
    "who", "some", "such", "no", "only", "however", "like", "whether", "also", "even",
    "then", "just", "get", "got", "make", "made", "seem", "seems", "means", "mean",
}
_TELL = {"told", "tell", "tells", "telling"}
_OBJ_WORDS = {"me", "us", "him", "her", "them", "reporters", "journalists", "lawmakers",
              "parliament", "congress", "supporters", "legislators", "viewers", "students",
              "listeners", "delegates", "voters", "investors", "senators", "officials",
              "residents", "workers", "troops", "soldiers", "members", "crowds"}
_PARTITIVE = {"one", "some", "many", "most", "several", "two", "three", "four", "all",
              "both", "each", "none", "few", "majority"}
_PREPS = {"of", "in", "at", "from", "for", "with", "on", "within", "inside", "to", "near",
          "under", "over", "by", "behind", "outside", "close"}
_DETS = {"the", "a", "an", "another", "one", "two", "three", "several", "many", "some",
         "both", "his", "her", "its", "their", "our", "this", "that", "these", "those"}
_SPEAKER_NOUNS = set(_forms(
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
_EPITHET_PERSON = {"dictator", "leader", "president", "ruler", "strongman", "autocrat",
                   "politician", "head", "batka", "chief", "premier", "chancellor"}
_EPITHET_ROLE = {"official", "source", "spokesman", "spokeswoman", "spokesperson",
                 "diplomat", "analyst", "expert", "professor", "scholar", "officer",
                 "minister", "ambassador", "envoy", "aide", "adviser", "advisor", "lawyer",
                 "attorney", "researcher", "report", "economist", "commander", "general",
                 "insider", "witness", "agency", "ministry", "study", "survey", "poll"}
_CAP_STOP = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "There", "Here", "What",
    "When", "Where", "Why", "How", "If", "But", "And", "Or", "So", "Yet", "However",
    "Meanwhile", "Thus", "Still", "Also", "Then", "As", "In", "On", "At", "For", "With",
    "By", "From", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Today", "Yesterday", "Now", "Such",
    "Only", "Even", "I", "Let", "Let’s", "Let's", "We", "You", "Some", "All", "No",
}
_TIME_WORDS = {
    "today", "yesterday", "tonight", "earlier", "later", "previously", "again", "also",
    "recently", "once", "then", "repeatedly", "publicly", "privately", "last", "this",
    "next", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "week", "month", "year", "morning", "evening", "afternoon", "night",
    "weekend", "now", "already", "first", "in", "late", "early", "time",
}
_ADV_PREPS = {"on", "in", "at", "during", "after", "before", "to", "from", "via",
              "through", "with", "for", "near", "inside", "outside", "following",
              "ahead", "while", "when", "of", "about"}
_CLAUSE_START_DETS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
                      "this", "that", "these", "those", "his", "her", "its", "their",
                      "our", "there", "no", "some", "any", "all", "every", "each",
                      "nobody", "none", "russia", "belarus", "ukraine"}
_BAD_CLAUSE_START = {"nothing", "goodbye", "so", "yes", "no", "little", "much", "hello",
                     "sorry", "thanks", "thank", "more", "something", "anything", "it’s"}
_PARTICIPLE_TAIL = {"adding", "saying", "noting", "not", "but", "and", "arguing",
                    "stressing", "claiming", "insisting", "warning", "explaining", "citing",
                    "referring", "speaking", "according", "who", "which", "where",
                    "when", "while", "as", "in", "at", "on", "during", "after", "before",
                    "calling", "pointing", "describing", "suggesting", "declining",
                    "without", "following", "with", "referencing", "emphasizing",
                    "emphasising", "acknowledging", "looking"}
_ADDING = (r"(?:and\s+|but\s+)?(?:adding|saying|noting|arguing|stressing|claiming|insisting|"
           r"explaining|warning|emphasi[sz]ing|acknowledging|calling)\b")
_AND_SAID = (r"(?:and|but)\s+(?:(?:he|she|they|it|we|i)\s+)?(?:also\s+|then\s+|later\s+)?"
             r"(?:said|says|added|adds|warned|warns|"
             r"stressed|noted|claimed|claims|insisted|argued|told|called|urged|accused)\b")
# the same matches as
#   ,?\s+ADDING | ,\s+and\s+(?:also\s+|then\s+)?[a-z]+ed\s | ;\s+(?=...) | ,?\s+AND_SAID
# written to start with one character class (the comma, semicolon or space, told apart by
# a look back), so that the regex engine skips ahead to candidates in C
_CONT_CUT = re.compile(
    r"[,;\s](?:(?<=,)(?:\s+" + _ADDING + r"|\s+and\s+(?:also\s+|then\s+)?[a-z]+ed\s|\s+"
    + _AND_SAID + r")"
    r"|(?<=;)\s+(?=(?:they|he|she|it|we|i|but|and|however)\s)"
    r"|(?<=\s)(?:\s*" + _ADDING + r"|\s*" + _AND_SAID + r"))"
)
# a relative clause or a dash phrase with its own attribution ends the content:
# "..., which he said were ..." / "... -- meddling the congressman said is ..."
_EMBED_CUT = re.compile(
    r",\s+(?:which|who|whom|where)\s+(?:[\w’'.-]+\s+){1,3}?"
    r"(?:said|says|told|tells|added|adds|claimed|claims|argued|argues|noted|insisted)\b"
    r"|\s(?:--|—|–|―)\s*(?:[\w’'.-]+\s+){1,6}?"
    r"(?:said|says|told|tells|added|adds|claimed|claims|argued|argues)\b"
)
_EVIDENCE_VERBS = set(_forms("find|finds|found", "show|shows|showed|shown"))
_EVIDENCE_NOUNS = set(_forms(
    "study|studies|poll|polls|survey|surveys|report|reports|analysis|analyses|data",
    "research|review|audit|investigation|inquiry|probe|slide|chart|figures|census",
    "records|documents|tally|count|estimate|estimates|numbers|statistics|test|tests",
    "experiment|trial|paper|assessment|evaluation|report’s|findings|model|forecast",
))
_AND_DET = re.compile(
    r", (?:and|but) (?:the |a |an |[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)* "
    r"(?:is|was|are|were|has|have|had|will|would|can|could|[a-z]+ed|[a-z]+s)\b)")
_DASH_WHICH = re.compile(r"\s(?:--|—|–|―|-)\s*which\s")
_HEDGE_RE = re.compile(
    r"(?<![\w-])(?:allegedly|alleged|supposedly|reportedly|purportedly|purported|"
    r"so[- ]called|ostensibly|according\s+to\s+(?:his|her|their|its)\s+"
    r"(?:own\s+)?(?:account|version|words|claims?|story|narrative|telling))(?![\w-])",
    re.IGNORECASE,
)
# Every match of _HEDGE_RE holds one of these, in the case str.lower gives (below). Most
# claims hold none, and a few substring tests are much faster than the regex, which has to
# try every position of the span.
_HEDGE_STEMS = ("alleged", "supposedly", "reportedly", "purport", "so-called", "so called",
                "ostensibly", "according")


def _may_hold_hedge(piece: str) -> bool:
    """Can _HEDGE_RE match inside ``piece``? str.lower maps each character that
    re.IGNORECASE equates with an ASCII letter to that letter, except "İ", "ı" and "ſ"
    (the Kelvin sign becomes "k", in no stem): with those, let the regex decide."""
    if "İ" in piece or "ı" in piece or "ſ" in piece:
        return True
    low = piece.lower()
    return any(stem in low for stem in _HEDGE_STEMS)


_WORD_RE = re.compile(r"[^\s,;:()\[\]“”\"«»„']+(?:'+[^\s,;:()\[\]“”\"«»„']+)*")
_ACC_SRC_STRIP = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:latest|new|recent|official|preliminary|initial|"
    r"published|confidential)\s+)*(?:estimates?|reports?|analys[ie]s|data|figures|"
    r"statements?|surveys?|polls?|stud(?:y|ies)|assessments?|documents?|findings|"
    r"calculations|information|sources?|claims?|remarks|testimony|accounts?)\s+"
    r"(?:by|from|of|published\s+by|released\s+by)\s+",
    re.IGNORECASE,
)
_COUNTRY_ADJ = {
    "belarusian", "belarus", "russian", "russia", "ukrainian", "ukraine", "american",
    "us", "u.s.", "polish", "poland", "lithuanian", "latvian", "german", "french",
    "british", "chinese", "kremlin", "opposition", "nato", "eu", "european", "kazakh",
    "georgian", "armenian", "azerbaijani", "turkish", "israeli", "iranian", "western",
}
# people whose country is known: epithets such as "the Belarusian leader" resolve to them
# only when the country fits (a "Ukrainian president" is not Lukashenko)
_PERSON_COUNTRY = {
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
# starts with a character class lets the regex engine skip to capitals in C
_NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+)+")
# a character that no _NAME_RUN match holds, and the last one of a span
_NAME_BREAK = re.compile(r"[^\w\s’'.-]")
_LAST_NAME_BREAK = re.compile(r"(?s:.*)[^\w\s’'.-]")


def _add_full_names(t: str, lo: int, hi: int, out: dict[str, set[str]],
                    surname: str | None = None) -> None:
    """Add the full names of the _NAME_RUN matches in t[lo:hi] to ``out`` (last word ->
    names), titles dropped; with ``surname``, only of the runs that end with it."""
    for m in _NAME_RUN.finditer(t, lo, hi):
        if surname is not None and not t.endswith(surname, m.start(), m.end()):
            continue
        if t[max(0, m.start() - 4):m.start()].lower() == "the ":
            continue  # "the Washington Post Trump": an organisation first
        toks = m.group().split()
        # drop leading titles and nationality words
        while toks and toks[0].lower().strip(".") in _TITLES:
            toks = toks[1:]
        if len(toks) < 2 or len(toks) > 4:
            continue
        if not _CAP_STOP.isdisjoint(toks):
            continue
        out.setdefault(toks[-1], set()).add(" ".join(toks))


_TITLES = {
    "president", "prime", "minister", "mr", "mrs", "ms", "dr", "rep", "sen", "gen",
    "general", "senator", "governor", "gov", "secretary", "chancellor", "ambassador",
    "professor", "prof", "judge", "leader", "chairman", "director", "colonel", "belarusian",
    "russian", "ukrainian", "american", "polish", "us", "former", "foreign", "defense",
    "defence", "deputy", "vice", "state", "house", "senate", "democratic", "republican",
    "representative", "congressman", "congresswoman", "speaker", "mayor", "chief",
    "opposition", "leader", "lieutenant", "major", "captain", "commander", "dictator",
    "ruler", "interim", "acting", "the", "national", "security", "spokesman", "official",
}


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
# the last clause punctuation of a span (greedy ".*" backtracks from its end, in C): a
# comma, colon, dash, parenthesis, quote mark, line break, " -" or "''"
_LAST_CLAUSE_MARK = re.compile(r"(?s:.*)(?:[,;:—–―()“”\"«»„\n]|(?<= )-|(?<=')')")


def _words_with_pos(text: str, s: int, e: int):
    return [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text, s, e)]


def _low(w: str) -> str:
    return w.lower().strip(".’'")


def _np_ok(words: list[str]) -> bool:
    """Does this run of words look like a speaker noun phrase?"""
    if not words or len(words) > 12:
        return False
    if len(words) == 1 and words[0].lower() in _PRONOUNS | {"some", "many", "others"}:
        return True  # "he said", "some note that", "others argue"
    lows = [_low(w) for w in words]
    if lows[0] in ("who", "which"):
        return False
    if len(words) > 2 and lows[1] == "of" and lows[0] in _PARTITIVE:
        # "one of the family's attorneys", "some of his aides"
        return _np_ok(words[2:])
    # head noun phrase: up to the first preposition (after the first word)
    head_end = len(words)
    for i in range(1, len(words)):
        if lows[i] in _PREPS:
            head_end = i
            break
    head = words[:head_end]
    for i, (w, lw) in enumerate(zip(words, lows)):
        if lw in _NP_STOP:
            return False
        if lw in _ALL_CUES and w.islower() and not (
                0 < i == head_end - 1 and (lw in _SPEAKER_NOUNS or lw in _EVIDENCE_NOUNS)):
            return False  # "the report found": a noun that is also a cue, at the head
        if not (w[:1].isalpha() or any(c.isalpha() for c in w)) and not w.isdigit():
            return False
    last = head[-1]
    ll = _low(last)
    if last.startswith("@"):
        return True
    if ll in _SPEAKER_NOUNS or ll.rstrip("s") in _SPEAKER_NOUNS:
        return True
    if last[0].isupper() and last not in _CAP_STOP:
        # a name: every word of the head must be capitalised or a determiner /
        # connector / adjective in lower case
        return True
    return False


_FRONT = {"in", "at", "during", "on", "after", "before", "since", "following", "speaking",
          "asked", "when", "while", "last", "earlier", "later", "yesterday", "today",
          "addressing", "responding", "writing", "meanwhile", "separately", "then",
          "now", "previously", "recently", "until", "once", "months", "weeks", "days",
          "years", "hours", "back"}
_PERSON_TITLES = {"president", "prime", "mr", "mrs", "ms", "dr", "rep", "sen", "gen",
                  "senator", "governor", "gov", "secretary", "chancellor", "ambassador",
                  "mayor", "judge", "speaker", "minister", "premier", "king", "queen"}


def _fronted_subject(ws: list[tuple[str, int, int]]):
    """The subject at the end of a fronted phrase without a comma: "In a meeting with
    the board Trump" -> "Trump", "During a visit to Minsk the minister" -> "the
    minister", "In an interview with CNN President Obama" -> "President Obama"."""
    n = len(ws)
    last = ws[-1][0]
    ll = _low(last)
    if ll in _PRONOUNS:
        return ws[-1:]
    if last[0].isupper() and last not in _CAP_STOP:
        k = n - 1
        while k - 1 >= 1 and ws[k - 1][0][0].isupper() and ws[k - 1][0] not in _CAP_STOP:
            k -= 1
        run = ws[k:]
        prev = _low(ws[k - 1][0])
        if prev in _PREPS or prev in ("the", "a", "an") or prev in _TIME_WORDS or prev.isdigit():
            # "with the Washington Post Trump", "with CNN President Obama": the name
            # after an organisation or place is the last word, or starts with a title
            for i, w in enumerate(run):
                if _low(w[0]) in _PERSON_TITLES:
                    return run[i:]
            return run[-1:] if len(run) > 1 else None
        return run
    for k in range(n - 1, max(0, n - 7), -1):
        if _low(ws[k][0]) in ("the", "a", "an", "his", "her", "their", "its"):
            cand = ws[k:]
            if ll in _SPEAKER_NOUNS and _np_ok([w for w, _, _ in cand]):
                return cand
            break
    return None


def _clean_np(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim whitespace and edge punctuation of a noun phrase span."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return s, e


def _display_speaker(surface: str) -> str:
    surface = " ".join(surface.split())
    first, _, rest = surface.partition(" ")
    if rest and first in ("The", "A", "An"):
        return first.lower() + " " + rest
    return surface


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    cue: str
    cue_start: int
    cue_end: int
    sp_start: int  # -1 when no speaker words
    sp_end: int
    prio: int  # lower wins
    gap: tuple[int, int] | None = None  # attribution words inside [start, end)
    gap2: tuple[int, int] | None = None  # a narration sentence inside [start, end)
    kind: str | None = None
    speaker_override: str | None = None  # e.g. inherited from the previous claim
    hedge_extra: tuple[str, ...] = ()
    role: str = ""  # "post", "pre", "paren", "acc", "dash", "colon"


# --------------------------------------------------------------------------------------
# the extractor
# --------------------------------------------------------------------------------------
class _Extractor:
    def __init__(self, text: str, aliases: "AliasTable") -> None:
        self.t = text
        self.aliases = aliases
        self.paras = paragraph_spans(text)
        self.para_starts = [p[0] for p in self.paras]
        self.quotes = _find_quotes(text, self.paras)
        self.q_starts = [q[0] for q in self.quotes]
        sents: list[tuple[int, int]] = []
        for ps, pe in self.paras:  # split_sentences(text), reusing the paragraphs
            _split_para(text, ps, pe, sents)
        self.units = self._units(sents)
        self.unit_starts = [u[0] for u in self.units]
        self._quoted: list[tuple[int, int, list]] | None = None  # see _quoted_units

    # -- structure ---------------------------------------------------------------------
    def _quote_at(self, i: int):
        """The quote containing offset i (start <= i < end), or None."""
        k = bisect_right(self.q_starts, i) - 1
        if k >= 0:
            q = self.quotes[k]
            if q[0] <= i < q[1]:
                return q
        return None

    def _quote_starting(self, i: int):
        k = bisect_right(self.q_starts, i) - 1
        if k >= 0 and self.quotes[k][0] == i:
            return self.quotes[k]
        return None

    def _quotes_in(self, s: int, e: int):
        k = bisect_right(self.q_starts, s) - 1
        k = max(k, 0)
        out = []
        while k < len(self.quotes) and self.quotes[k][0] < e:
            q = self.quotes[k]
            if q[1] > s:
                out.append(q)
            k += 1
        return out

    def _para_of(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.para_starts, i) - 1
        return self.paras[max(k, 0)]

    def _units(self, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Sentences, fused where a sentence boundary falls inside a closed quote of one
        paragraph (so a multi-sentence quote and its attribution form one unit)."""
        units: list[list[int]] = []
        for s, e in sents:
            if units:
                ps, pe = units[-1]
                q = self._quote_at(pe - 1)
                if (q is not None and q[2] and q[0] < pe and q[1] > pe
                        and q[1] - q[0] <= MAX_QUOTE and s < q[1]
                        and self._para_of(ps) == self._para_of(s)
                        and e - ps <= 2 * MAX_QUOTE):
                    units[-1][1] = e
                    continue
            units.append([s, e])
        return [(s, e) for s, e in units]

    # -- main ----------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        t = self.t
        cands: list[_Cand] = []
        unit_claims: dict[int, list[_Cand]] = {}
        # cue occurrences, in order, each assigned to its unit
        for cs, ce in _iter_cues(t, kept_only=True):
            cue = t[cs:ce]
            if not cue.islower() and not cue.lower().startswith("according"):
                continue  # "States", headline case
            q = self._quote_at(cs)
            if q is not None and (q[2] or cs - q[0] < 400):
                continue  # a word inside a quote is not a cue
            k = bisect_right(self.unit_starts, cs) - 1
            if k < 0:
                continue
            us, ue = self.units[k]
            if ce > ue or ue - us > 6000:
                continue
            prev = unit_claims.get(k, [])
            c = self._from_cue(cs, ce, us, ue, prev)
            if c is not None:
                cands.append(c)
                unit_claims.setdefault(k, []).append(c)
        if "—" in t or "–" in t or "―" in t:  # a fast test: most texts have no dash cue
            for m in _DASH_CUE_RE.finditer(t):
                c = self._from_dash(m)
                if c is not None:
                    cands.append(c)
        cands.extend(self._colon_and_trailing_dash())
        cands.extend(self._quote_driven())
        cands.extend(self._described())
        cands.extend(self._fronted_participles())
        chosen = self._select(cands)
        chosen = self._merge_continuations(chosen)
        return self._finish(chosen)

    # -- claim shapes --------------------------------------------------------------------
    def _from_cue(self, cs: int, ce: int, us: int, ue: int, prev: list[_Cand]) -> _Cand | None:
        """The claim of the cue t[cs:ce] in the unit t[us:ue], or None."""
        t = self.t
        cue_text = t[cs:ce]
        cue_low = " ".join(cue_text.lower().split())
        if cue_low == "according to":
            return self._according(cs, ce, us, ue)
        # the word before the cue: passive voice ("is said to") is not a report
        before = _words_with_pos(t, max(us, cs - 60), cs)
        if before and before[-1][0].lower() in _PASSIVE and not cue_low.endswith("ing"):
            return None
        # -- the left noun phrase (the speaker before the cue) --
        j = len(before)
        progressive = False
        qi = -1
        if cue_low == "saying" and j >= 3 and before[j - 1][0] == "as":
            for k in range(j - 2, max(0, j - 8), -1):
                if before[k][0] == "quoted" and (k == j - 2 or before[k + 1][0] in ("by", "in")):
                    qi = k
                    break
        if qi > 0:
            # "X was quoted (by Interfax) as saying ...": a finite report by X
            j = qi
            while j > 0 and before[j - 1][0] in ("is", "was", "were", "are", "been", "has",
                                                  "have", "had", "widely", "also"):
                j -= 1
            progressive = True
        while j > 0 and (before[j - 1][0].lower() in _ADVERBS or (
                before[j - 1][0].islower() and before[j - 1][0].endswith("ly")
                and len(before[j - 1][0]) > 4) or (
                cue_low.endswith("ing") and not progressive and before[j - 1][0] in (
                "is", "are", "was", "were", "been"))):
            if before[j - 1][0] in ("is", "are", "was", "were", "been"):
                progressive = True  # "Trump is telling a group that ..." : finite
            j -= 1
        left_end = before[j][1] if j < len(before) else cs
        # boundary: the last clause punctuation before the noun phrase
        win_s = max(us, cs - 300)
        b = -1
        i = left_end  # t[win_s:i] is still to scan, from its end
        while i > win_s:
            m = _LAST_CLAUSE_MARK.match(t, win_s, i)
            if m is None:
                break
            j = m.end() - 1
            if t[j] == ")":
                # a short parenthesis without a comma is inside the noun phrase
                op = t.rfind("(", max(win_s, j - 40), j)
                if op >= 0 and "," not in t[op:j]:
                    i = op
                    continue
            b = j
            break
        chunk_s = b + 1 if b >= 0 else us
        if b < 0 and win_s > us:
            chunk_s = win_s
        ws = _words_with_pos(t, chunk_s, left_end)
        if ws and not (ws[0][0][:1].isalnum() or any(ch.isalnum() for ch in ws[0][0])):
            ws = ws[1:]  # the second hyphen of "--"
        # drop leading conjunctions / subordinators
        subord = False
        chunk_had_conj = bool(ws) and ws[0][0].lower() in ("and", "but") and len(ws) == 1
        while ws and ws[0][0].lower() in _CONJ:
            subord = subord or ws[0][0].lower() in _SUBORD
            ws = ws[1:]
        # "an architect who said" -> "an architect"
        if ws and ws[-1][0].lower() == "who":
            ws = ws[:-1]
        # "said" right after an appositive: "Artyom Shraibman, a scholar at ..., said"
        apposition = False
        if not ws and b >= 0 and t[b] == "," and b > us:
            c2 = b
            for _ in range(3):
                c2 = t.rfind(",", max(us, b - 250), c2)
                if c2 <= us:
                    break
                app = _words_with_pos(t, c2 + 1, b)
                b3 = -1
                for i in range(c2 - 1, max(us, c2 - 120) - 1, -1):
                    if t[i] in ",;:—–―()“”\"«»\n" or (t[i] == "'" and t[i - 1] == "'"):
                        b3 = i
                        break
                head = _words_with_pos(t, b3 + 1 if b3 >= 0 else max(us, c2 - 120), c2)
                while head and head[0][0].lower() in _CONJ:
                    head = head[1:]
                if (app and head and 1 <= len(app) <= 4 and all(
                        w[0][0].isupper() and w[0] not in _CAP_STOP for w in app)
                        and _np_ok([w for w, _, _ in head]) and b == t.find(",", c2 + 1)):
                    # "one of the family's attorneys, Justin Bamberg, said"
                    ws = app
                    apposition = True
                    b = b3
                    break
                if (app and head and len(head) <= 6 and head[-1][0][0].isupper()
                        and head[-1][0] not in _CAP_STOP
                        and _np_ok([w for w, _, _ in head])
                        and app[0][0].lower() not in ("which", "that", "and")):
                    ws = head
                    apposition = True
                    b = b3
                    break
        participial = (cue_low.endswith("ing") and cue_low.split()[0].endswith("ing")
                       and not progressive)
        sp_s = sp_e = -1
        speaker_override = None
        if len(ws) >= 3 and ws[0][0].lower() in _FRONT and not participial:
            # a fronted phrase without a comma: "In a meeting with the board Trump said"
            fs = _fronted_subject(ws)
            if fs:
                ws = fs
        if len(ws) >= 2 and _low(ws[-1][0]) in ("and", "but") and not participial:
            # a second verb of the subject: "Trump bemoaned the unrest and said ...",
            # "X, like Y, has urged A but has said ..."
            subj = self._clause_subject(ws[0][1], cs)
            if subj is None or subj[2] >= ws[-1][1]:
                subj = self._clause_subject(us, cs)
                if subj is not None and not ws[0][1] <= subj[2] < ws[-1][1]:
                    subj = None
            if subj is None:
                return None
            sp_s, sp_e = subj[:2]
        elif ws and _np_ok([w for w, _, _ in ws]):
            sp_s, sp_e = ws[0][1], ws[-1][2]
        elif not ws and b >= 0 and (participial and t[b] == "," or chunk_had_conj):
            # "..., a NATO official said, adding that ..." / "X supported Y and said ..."
            if prev:
                p = prev[-1]
                sp_s, sp_e, speaker_override = p.sp_start, p.sp_end, p.speaker_override
                if sp_s < 0 and speaker_override is None:
                    return None
            else:
                subj = self._unit_subject(us, ue)
                if subj is None and (participial and t[b] == "," or chunk_had_conj):
                    # "The leaders backed the plan, warning that ...": the subject of
                    # the main clause speaks
                    cs_ = self._clause_subject(us, b)
                    if cs_ is not None and (chunk_had_conj or cue_low in _SPEECH_PARTICIPLES):
                        subj = cs_[:2]
                if subj is None:
                    return None
                if participial and not chunk_had_conj and self._quote_after(
                        self._skip_adverbials(ce, ue, cue_low), ue) is None and (
                        cue_low not in _SPEECH_PARTICIPLES):
                    return None  # only "…, saying, “...”" without a previous claim
                sp_s, sp_e = subj
        else:
            # inverted: ", said the official" / "” said Shraibman"
            c = self._inverted(cs, ce, us, ue, cue_text, b, ws)
            if c is not None or ws or b < 0 or participial or t[b] not in ",—–―-)":
                return c
            # "John Smith, the head of X -- a firm that ... -- told me, ...": the name
            # that opens the sentence, before an appositive with its own punctuation
            subj = self._lead_subject(us, b)
            if subj is None:
                return None
            sp_s, sp_e = subj
        # where the clause of the speaker starts
        at_start = (b < 0 or t[us:sp_s].strip() == "") or (
            not apposition and b >= 0 and t[b] in "\n")
        rest = self._skip_adverbials(ce, ue, cue_low)
        r = t[rest:ue].strip()
        # "X said: “...”" / "X boasted, “...”" : a quote running to the end of the unit
        direct = self._quote_after(rest, ue)
        if direct is not None:
            return _Cand(direct[0], direct[1], cue_text, cs, ce, sp_s, sp_e, 0,
                         speaker_override=speaker_override, role="pre")
        if not participial and not at_start and b >= 0:
            if cue_low.split()[0] in _TELL:
                # "CONTENT, the minister told reporters (on Friday)." : skip the object
                o = self._skip_object(rest, ue)
                if o > rest:
                    rest2 = self._skip_adverbials(o, ue, cue_low)
                    r2 = t[rest2:ue].strip()
                    if self._is_tail(rest2, ue) or r2.startswith(","):
                        rest, r = rest2, r2
            # postposed: "CONTENT, X said [at the conference]."
            if t[b] in ",”\"»—–―:'" and (self._is_tail(rest, ue) or self._quote_left(b, us)
                                          and not r.lower().startswith("that")
                                          and r[:1] not in "“\"«„"):
                if sp_s >= 0 and t[sp_s:sp_e].lower() in ("it", "this"):
                    return None
                return self._postposed(us, b, cs, ce, sp_s, sp_e, cue_text, speaker_override)
            # parenthetical: "CONTENT, he says, CONTENT."
            if t[b] == "," and r.startswith(",") and not subord:
                after = t[rest:ue].lstrip()[1:].lstrip()
                if after and after.split()[0].lower().strip(",") not in _PARTICIPLE_TAIL:
                    s0 = us
                    for kw in ("which", "that", "who"):
                        wk = t.rfind(" " + kw + ",", us, b + 1)
                        if wk >= 0 and wk + len(kw) + 2 >= b:
                            s0 = wk + 1
                            break
                    s1, e1 = _trim(t, s0, ue)
                    return _Cand(s1, e1, cue_text, cs, ce, sp_s, sp_e, 1,
                                 gap=(b, rest + (t[rest:ue].find(",") + 1)),
                                 speaker_override=speaker_override, role="paren")
        # preposed: "X said (that) CONTENT"
        return self._preposed(cs, ce, rest, us, ue, cue_low, cue_text, sp_s, sp_e,
                              speaker_override, subord)

    def _clause_subject(self, s: int, limit: int):
        """The subject of the clause starting at s (after a fronted phrase with a comma
        and before an appositive between commas or dashes) when a verb follows it
        before ``limit``: (np_start, np_end, verb_start) or None. "On Monday, the
        European leaders, meeting in Brussels, backed ..." -> "the European leaders"."""
        t = self.t
        words = _words_with_pos(t, s, min(limit, s + 400))
        n = len(words)
        i = 0
        while i < n and words[i][0].lower() in ("and", "but", "so", "yet"):
            i += 1
        if i < n:
            lw0 = words[i][0].lower()
            if lw0 in _FRONT or lw0 in _SUBORD or lw0 in _PREPS or lw0 in (
                    "according", "like", "unlike", "despite", "amid", "without", "however",
                    "meanwhile", "still", "instead", "also") or (
                    lw0.endswith("ing") and words[i][0][0].isupper()):
                for k in range(i, min(n, i + 15)):
                    if t[words[k][2]:words[k][2] + 1] == ",":
                        i = k + 1
                        break
                else:
                    return None
        np_end_k = -1
        k = i
        while k < n and k - i < 8:
            w = words[k][0]
            lw = _low(w)
            if k > i and w.islower() and _verb_anchor(words, k):
                np_end_k = k
                break
            we_ = words[k][2]
            if t[we_:we_ + 1] == ")":
                we_ += 1  # "Roy Cooper (D), ..."
            nxt = t[we_:we_ + 1]
            if nxt == "," or t[words[k][2]:words[k][2] + 3] in (" --", " —", " –"):
                # "NAME, APPOSITIVE, VERB" / "NAME -- APPOSITIVE -- VERB"
                if k + 1 >= n:
                    return None
                a0 = _low(words[k + 1][0])
                if not (a0 in _DETS or a0 in ("who", "whose", "like", "a", "an")
                        or words[k + 1][0][0].isupper() or a0[:1].isdigit()
                        or a0.endswith("ing") and len(a0) > 5):
                    return None
                closer = "," if nxt == "," else t[words[k][2] + 1:words[k][2] + 3].strip()
                ce_ = t.find(closer, words[k + 1][1], min(limit, words[k + 1][1] + 250))
                if ce_ < 0:
                    return None
                j = k + 1
                while j < n and words[j][1] < ce_:
                    j += 1
                while j < n and (_low(words[j][0]) in _ADVERBS or (
                        words[j][0].islower() and words[j][0].endswith("ly"))):
                    j += 1
                if j < n and words[j][0].islower() and (
                        _verb_anchor(words, j) or _low(words[j][0]) in _ALL_CUES):
                    np_end_k = k + 1
                    np = words[i:k + 1]
                    while len(np) > 1 and t[np[-1][1] - 1] == "(":
                        np = np[:-1]  # "Roy Cooper (D)"
                    if _np_ok([x for x, _, _ in np]):
                        return np[0][1], np[-1][2], words[j][1]
                return None
            if lw in _NP_STOP and lw not in _PRONOUNS:
                return None
            k += 1
        if np_end_k <= i:
            return None
        np = words[i:np_end_k]
        while np and np[-1][0].islower() and (np[-1][0].endswith("ly") or _low(
                np[-1][0]) in _ADVERBS):
            np = np[:-1]
        if not np or not _np_ok([x for x, _, _ in np]):
            return None
        if np[0][0].islower() and _low(np[0][0]) not in _DETS and np[0][0] not in _PRONOUNS:
            return None
        return np[0][1], np[-1][2], words[np_end_k][1]

    def _lead_subject(self, us: int, b: int):
        """The noun phrase opening the unit when an appositive (comma, dash or
        parenthesis) follows it right away: (start, end) or None."""
        t = self.t
        words = _words_with_pos(t, us, min(b, us + 120))
        if words and words[0][0] in ("And", "But"):
            words = words[1:]
        for k in range(min(7, len(words))):
            e = words[k][2]
            nxt = t[e:e + 3]
            if nxt[:1] in ",(—–―" or nxt == " --" or nxt[:2] in (" (", " —", " –", " ―"):
                np = words[:k + 1]
                first = np[0][0]
                if not (first[0].isupper() and (first not in _CAP_STOP or first in (
                        "The", "A", "An"))):
                    return None
                if _np_ok([w for w, _, _ in np]) and _low(np[-1][0]) not in _PRONOUNS:
                    return np[0][1], np[-1][2]
                return None
            if t[e:words[k + 1][1]].strip() if k + 1 < len(words) else True:
                return None
        return None

    def _skip_object(self, i: int, ue: int) -> int:
        """After "told": the end of a short object ("reporters", "the BBC", "state
        television", "USA TODAY's weekly series"), else i."""
        t = self.t
        p = i
        n = 0
        det = False
        while n < 7:
            m = _WORD_RE.match(t, _skip_space(t, p, ue))
            if not m or m.start() >= ue:
                break
            w = m.group().rstrip(".")
            if not w:
                break
            lw = w.lower()
            if n == 0 and lw in _OBJ_WORDS:
                return m.start() + len(w)
            if lw in ("the", "a", "an", "his", "her", "their", "its", "our", "state"):
                if n > 0:
                    break  # a new noun phrase: "told state television the talks ..."
                det = True
            elif lw in _NP_STOP or lw in _ADV_PREPS or lw == "that" or lw in _ALL_CUES:
                break
            elif not (w[0].isupper() or det or lw.endswith(("’s", "'s"))):
                break
            if lw.endswith(("’s", "'s")):
                det = True
            p = m.start() + len(w)
            n += 1
            if p < ue and t[p] in ",.;:":
                break
        return p if n else i

    def _unit_subject(self, us: int, ue: int):
        """The subject at the start of a unit when it is a name or he/she followed by a
        verb ("Trump was similarly defensive ..."): (start, end) or None."""
        subj = _words_with_pos(self.t, us, min(ue, us + 80))
        k = 0
        while k < len(subj) and k < 4 and subj[k][0][0].isupper() and subj[k][0] not in _CAP_STOP:
            k += 1
        if k == 0 and subj and subj[0][0].lower() in ("he", "she"):
            k = 1
        v = k
        if v < len(subj) and subj[v][0].islower() and subj[v][0].endswith("ly"):
            v += 1
        if 0 < k and v < len(subj) and (_is_verb(subj[v][0]) or subj[k][0].lower() in (
                "was", "is", "has", "had")) and _np_ok([w for w, _, _ in subj[:k]]):
            return subj[0][1], subj[k - 1][2]
        return None

    def _quote_after(self, i: int, ue: int):
        """A closed quote that starts at i (after optional ":" / ",") and ends the unit."""
        t = self.t
        p = _skip_space(t, i, ue)
        if p < ue and t[p] in ":,":
            p = _skip_space(t, p + 1, ue)
        if p >= ue:
            return None
        q = self._quote_starting(p)
        if q is None:
            return None
        tail = t[q[1]:ue].strip()
        if tail and any(ch.isalnum() for ch in tail):
            return None
        return q

    def _quote_left(self, b: int, us: int) -> bool:
        """Is the text before the boundary b a quote that starts the unit?"""
        t = self.t
        e = b + 1 if t[b] in "”\"»'" else b
        while e > us and t[e - 1] in " ,":
            e -= 1
        q = self._quote_at(e - 1) if e > us else None
        return bool(q and q[2] and q[1] == e and t[us:q[0]].strip() == "")

    def _is_tail(self, i: int, ue: int) -> bool:
        """Is t[i:ue] only the end of an attribution (punctuation, ", adding ...",
        "according to ...", ", who ...")?"""
        t = self.t
        r = t[i:ue].strip()
        if not r or all(not c.isalnum() for c in r):
            return True
        if r[0] == "(":
            return True
        if r[0] in ",;—–―":
            nxt = r[1:].lstrip()
            if not nxt:
                return True
            w = nxt.split()[0].lower().strip(",.")
            return w in _PARTICIPLE_TAIL or w.endswith("ing")
        low = r.lower()
        if low.startswith("according to"):
            return True
        return False

    def _skip_adverbials(self, i: int, ue: int, cue_low: str) -> int:
        """Skip time / place adverbials after a cue ("on Friday", "at the conference in
        Moscow", "in a statement", "to reporters"). Returns the new offset."""
        t = self.t
        n_words = 0
        pos = i
        while n_words < 14:
            m = _WORD_RE.match(t, _skip_space(t, pos, ue))
            if not m or m.start() >= ue:
                break
            w = m.group()
            lw = w.lower().strip(".")
            if lw in _TIME_WORDS and lw not in ("in", "on", "this", "last", "next", "time"):
                pos = m.end()
                n_words += 1
                continue
            if lw in ("last", "this", "next", "earlier", "late", "early") or (
                    lw in ("on", "in") and self._time_np(m.end(), ue)):
                # "last week", "this month", "on Friday", "earlier this week"
                m2 = _WORD_RE.match(t, _skip_space(t, m.end(), ue))
                pos = m.end()
                n_words += 1
                if m2 and m2.start() < ue and _low(m2.group()) in _TIME_WORDS | {
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "week", "month", "year"}:
                    pos = m2.end()
                    n_words += 1
                continue
            if lw.endswith("ly") and len(lw) > 4 and w.islower() and lw not in ("only", "early"):
                pos = m.end()
                n_words += 1
                continue
            if lw == "to" and cue_low in _TO:
                break  # "vowed to ...": the content, not an adverbial
            if lw in _ADV_PREPS and lw not in ("of", "about", "for", "with") or (
                    lw in ("with", "for") and cue_low in _SAY):
                # a prepositional phrase: prep (det) up to 4 words, stopping before a
                # word that starts a clause
                p2 = m.end()
                k = 0
                last_end = p2
                while k < 5:
                    m2 = _WORD_RE.match(t, _skip_space(t, p2, ue))
                    if not m2 or m2.start() >= ue:
                        break
                    w2 = m2.group()
                    l2 = w2.lower()
                    if k > 0 and (l2 in _CLAUSE_START_DETS or l2 in _NP_STOP or l2 in (
                            "said", "says")) and l2 not in ("in", "of"):
                        break
                    if l2 == "that" or l2 in _NP_STOP and l2 not in ("its",):
                        break
                    if k == 0 and l2 in _DETS | {"reporters", "journalists", "me", "us",
                                                 "him", "her", "them"}:
                        pass
                    last_end = m2.end()
                    p2 = m2.end()
                    k += 1
                    # punctuation after this word ends the phrase
                    if p2 < ue and t[p2] in ",.;:":
                        break
                if k == 0:
                    break
                pos = last_end
                n_words += 1 + k
                continue
            break
        return pos

    def _time_np(self, i: int, ue: int) -> bool:
        m = _WORD_RE.match(self.t, _skip_space(self.t, i, ue))
        return bool(m and m.start() < ue and _low(m.group()) in (
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))

    def _postposed(self, us, b, cs, ce, sp_s, sp_e, cue_text, speaker_override):
        t = self.t
        end = b + 1 if t[b] in "”\"»'" else b
        start = us
        # a quote that closes at the boundary may have opened before the unit
        q = self._quote_at(end - 1) if end > us else None
        if q is not None and q[0] < start:
            start = q[0]
        s, e = _trim(t, start, end)
        if t[s] not in OPEN_QUOTES:
            s = self._dash_which(s, e)
        if e - s < 12 or len(t[s:e].split()) < 3:
            return None
        c = _Cand(s, e, cue_text, cs, ce, sp_s, sp_e, 0,
                  speaker_override=speaker_override, role="post")
        self._extend_split_quote(c, max(ce, sp_e))
        return c

    def _extend_split_quote(self, c: _Cand, attr_end: int) -> None:
        """“A,” X said on Wednesday, “B.” : one quote split by its attribution."""
        t = self.t
        if t[c.end - 1:c.end] not in "”\"»'":
            return
        k = bisect_right(self.unit_starts, c.end - 1) - 1
        ue = self.units[k][1]
        p = _skip_space(t, attr_end, ue)
        # an object of the verb ("told Capital Download"), then adverbials
        for _ in range(4):
            m = _WORD_RE.match(t, p)
            if not m or m.start() >= ue or not (m.group()[0].isupper() or m.group().lower() in (
                    "me", "us", "reporters", "journalists")):
                break
            p = _skip_space(t, m.end(), ue)
        p = self._skip_adverbials(p, ue, "told")
        p = _skip_space(t, p, ue)
        if p < ue and t[p] == ",":
            p2 = _skip_space(t, p + 1, ue)
            if t[p2:p2 + 4] == "and ":
                p = p2 + 3
            q = self._quote_after(p, ue)
            if q is not None:
                if t[c.start] not in OPEN_QUOTES and q[0] - c.end > (c.end - c.start) + (
                        q[1] - q[0]):
                    # 'Oz is “smart,” X wrote in a long email to ..., and “...”' : a
                    # mixed claim whose attribution outweighs its content stays short
                    return
                c.gap = (c.end, q[0])
                c.end = q[1]

    def _preposed(self, cs, ce, rest, us, ue, cue_low, cue_text, sp_s, sp_e,
                  speaker_override, subord):
        t = self.t
        p = _skip_space(t, rest, ue)
        if p >= ue:
            return None
        # "said: “...”", "said, “...”", "declared “...”"
        p2 = p
        if t[p2] in ":,":
            p2 = _skip_space(t, p2 + 1, ue)
        if p2 < ue:
            q = self._quote_starting(p2)
            if q is not None:
                qe = q[1]
                tail = t[qe:ue].strip()
                if not tail or all(not c.isalnum() for c in tail) or q[1] >= ue:
                    return _Cand(q[0], qe, cue_text, cs, ce, sp_s, sp_e, 0,
                                 speaker_override=speaker_override, role="pre")
                # a quote followed by more words: mixed content, handled below
        if cue_low.split()[0] in _TELL:
            # "told me, “...”" / "told the BBC: “...”"
            o = self._skip_object(p, ue)
            q = self._quote_after(o, ue) if o > p else None
            if q is not None:
                return _Cand(q[0], q[1], cue_text, cs, ce, sp_s, sp_e, 0,
                             speaker_override=speaker_override, role="pre")
        if t[p] in ":" and p2 >= ue:
            return None
        words = _words_with_pos(t, p, min(ue, p + 200))
        if not words:
            return None
        first = words[0][0].lower()
        content_s = -1
        base = cue_low.split()[0]
        if first == "that" and (cue_low in _SAY or cue_low in _THAT or cue_low in _OBJ_THAT):
            content_s = words[0][2]
        elif first == "that":
            return None  # "declined that assignment": a determiner
        elif first == "to" and cue_low in _TO:
            content_s = words[0][1]
        elif first == "not" and len(words) > 1 and words[1][0] == "to" and cue_low in _TO:
            content_s = words[0][1]  # "vowed not to repeat ..."
        elif base in _EVIDENCE_VERBS and sp_s >= 0 and self._evidence_source(sp_s, sp_e) and (
                first not in _BAD_CLAUSE_START and first not in _PREPS and first not in (
                "to", "so", "as", "and", "but", "or", "up", "off", "out", "itself")):
            content_s = words[0][1]  # "A 2014 study found 31 incidents of ..."
        elif cue_low in ("ask", "asks", "asked"):
            # "asked X to ..." / "asked whether ..."
            if first in ("whether", "if", "why", "how", "what"):
                content_s = words[0][1]
            else:
                for k in range(1, min(5, len(words))):
                    if words[k][0] == "to" and not any(w[0].lower() in _NP_STOP for w in words[:k]):
                        content_s = words[0][1]
                        break
                if content_s < 0:
                    return None
        elif cue_low in _OBJ:
            if base in ("urging", "asking") and not any(
                    w[0] == "to" for w in words[1:6]):
                return None  # "urging him toward ...": no call, a description
            content_s = words[0][1]
        else:
            # an object before "that": "told reporters that", "warned Belarus that"
            if cue_low in _OBJ_THAT or base in ("told", "tell", "tells", "telling"):
                for k in range(1, min(7, len(words))):
                    if words[k][0].lower() == "that":
                        mid = t[words[0][1]:words[k][1]]
                        if "," not in mid.strip().rstrip(",") and not any(
                                w[0].lower() in _NP_STOP for w in words[:k]):
                            content_s = words[k][2]
                        break
                if content_s < 0 and base in ("told", "tells", "tell", "telling", "urged"):
                    for k in range(1, min(5, len(words))):
                        if words[k][0] == "to" and not any(
                                w[0].lower() in _NP_STOP for w in words[:k]):
                            content_s = words[0][1]
                            break
                if content_s < 0 and cue_low in _SAY:
                    # "told reporters he would ..." : skip a short object
                    k = 0
                    while k < len(words) and k < 4 and (
                            words[k][0].lower() in _DETS | {"reporters", "journalists",
                                                          "me", "us", "him", "her", "them",
                                                          "parliament", "lawmakers"}
                            or words[k][0][0].isupper()):
                        k += 1
                    if 0 < k < len(words) and words[k][0].lower() in _CLAUSE_START_DETS - {
                            "that"} | {"he", "she", "they", "it", "we", "i"}:
                        content_s = words[k][1]
                if content_s < 0 and base in _TELL:
                    # "told USA TODAY's weekly series it is clear ..." : a longer object
                    # and a clause with a subject and an auxiliary
                    o = self._skip_object(words[0][1], ue)
                    rest_w = [w for w in words if w[1] >= o]
                    if o > words[0][1] and rest_w and _bare_clause(t, rest_w) and (
                            rest_w[0][0].lower() in ("it", "he", "she", "they", "we", "i",
                                                     "there") or rest_w[0][0].lower() in _DETS):
                        content_s = rest_w[0][1]
                if content_s < 0 and base not in _TELL and cue_low in _THAT and (
                        base.endswith(("ed", "s", "ing"))) and base not in _CUE_NOUNS and (
                        _bare_clause(t, words)):
                    # "warned the economy would shrink", "assured it would pay"
                    content_s = words[0][1]
            elif cue_low in _SAY:
                if first in _BAD_CLAUSE_START or first in _PREPS or first in (
                        "to", "so", "as", "what", "how", "why", "whether", "if", "about",
                        "and", "but", "or", "nothing", "anything", "something"):
                    return None
                if first[0].isalnum() and len(words) >= 4 and not first.endswith("ly"):
                    content_s = words[0][1]
            elif first in ("he", "she", "it", "they", "we", "i") and base not in (
                    "mention", "mentions", "mentioned", "mentioning", "recall", "recalled",
                    "reveal", "revealed", "reveals", "report", "reported", "reports",
                    "confirm", "confirmed", "deny", "denied", "denies", "admit", "admitted",
                    "acknowledge", "acknowledged", "write", "wrote", "tweet", "tweeted",
                    "announce", "announced", "demand", "demanded", "threaten", "threatened",
                    "promise", "promised", "suggest", "suggested", "estimate", "estimated"):
                content_s = words[0][1]
            elif base in _GERUND_CUES and first.endswith("ing") and len(first) > 5 and (
                    first not in _PARTICIPLE_TAIL) and words[0][0].islower():
                # "denied receiving any money", "mentioned receiving many proposals"
                content_s = words[0][1]
            elif cue_low in _THAT and (base.endswith(("ed", "s", "ing")) or base in (
                    "wrote", "written")) and base not in _CUE_NOUNS and _bare_clause(t, words):
                # "announced it had reached ...", "warned the economy would shrink"
                content_s = words[0][1]
            if content_s < 0:
                # "said that" may also follow "said on Friday, that" - nothing else
                return None
        if content_s < 0:
            return None
        e = self._content_end(content_s, ue, subord)
        if cue_low not in _OBJ:
            # "announced that A, and the B is ...": the writer's next clause
            m = _AND_DET.search(t, content_s, e)
            while m is not None and (self._quote_at(m.start()) is not None or len(
                    t[content_s:m.start()].split()) < 4):
                m = _AND_DET.search(t, m.end(), e)
            if m is not None:
                e = m.start()
        s, e = _trim(t, content_s, e)
        e = self._drop_appositive(s, e)
        # a quote running past the unit end (multi-paragraph) extends the content
        q = self._quote_at(e - 1) if e > s else None
        if q is not None and q[1] > e and q[0] >= s:
            e = q[1]
        if e - s < 10 or len(t[s:e].split()) < 3:
            return None
        return _Cand(s, e, cue_text, cs, ce, sp_s, sp_e, 1 if cue_low not in _OBJ else 2,
                     speaker_override=speaker_override, role="pre")

    def _content_end(self, s: int, ue: int, subord: bool) -> int:
        t = self.t
        e = ue
        pos = s
        while True:
            m = _CONT_CUT.search(t, pos, e)
            if not m:
                break
            if self._quote_at(m.start()) is not None:
                pos = m.end()
                continue
            e = m.start()
            break
        pos = s
        while True:
            m = _EMBED_CUT.search(t, pos, e)
            if not m:
                break
            mid = {w.lower() for w in m.group().split()}
            if self._quote_at(m.start()) is not None or mid & (_SUBORD | {"even"}) or len(
                    t[s:m.start()].split()) < 3:
                pos = m.end()
                continue
            e = m.start()
            break
        if subord:
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
                if self._quote_at(c) is None and len(t[s:c].split()) >= 3:
                    nw = t[c + 1:c + 20].split()
                    if nw and (nw[0].lower() in _CLAUSE_START_DETS | {"he", "she", "they"} or (
                            nw[0][0].isupper() and nw[0] not in _CAP_STOP)):
                        e = c
                        break
                i = c + 1
        return e

    def _evidence_source(self, s: int, e: int) -> bool:
        """Is the speaker phrase a study / poll / report (whose "found X" is a claim)?"""
        words = [_low(w) for w in self.t[s:e].split()]
        head = words
        for i in range(1, len(words)):
            if words[i] in _PREPS:
                head = words[:i]
                break
        return bool(head) and head[-1] in _EVIDENCE_NOUNS

    def _drop_appositive(self, s: int, e: int) -> int:
        """"... partnership with NATO, the existing alliance that includes ..." : an
        appositive after a name at the end of the content is description by the writer,
        not part of the claim."""
        t = self.t
        c = t.rfind(",", s, e)
        if c < 0 or self._quote_at(c) is not None or t[c + 1:c + 2] != " ":
            return e
        before = t[s:c].split()
        after = t[c + 1:e].split()
        if len(before) < 3 or not 2 <= len(after) <= 14 or after[0] not in ("the", "a", "an"):
            return e
        last = before[-1].strip("’'\"”)")
        if not last[:1].isupper() or last in _CAP_STOP:
            return e
        for w in after[1:]:
            lw = w.lower()
            if lw in ("that", "who", "which", "whose", "whom"):
                break
            if lw in _NP_STOP or lw in _ALL_CUES or lw in ("said", "says"):
                return e
        return _trim(t, s, c)[1]

    def _inverted(self, cs, ce, us, ue, cue_text, b, ws):
        """", said the official" / "” said Shraibman, who ..." / "“...” says X"."""
        t = self.t
        if ws:  # words between the boundary and the cue that are not a speaker
            return None
        if b < 0 or t[b] not in ",”\"»—–―" and not (t[b] == "'" and t[b - 1:b] == "'"):
            return None
        words = _words_with_pos(t, ce, min(ue, ce + 160))
        np: list[tuple[str, int, int]] = []
        for k, (w, s, e) in enumerate(words):
            lw = _low(w)
            if k == 0 and (lw in _PRONOUNS or lw in ("the", "a", "an", "one", "another")):
                np.append((w, s, e))
                if lw in _PRONOUNS:
                    break
                continue
            if s > 0 and t[s - 1] == "(":
                break
            if w[0].isupper() and w not in _CAP_STOP:
                np.append((w, s, e))
            elif np and np[0][0].lower() in ("the", "a", "an", "one", "another") and (
                    lw not in _NP_STOP and lw not in _ADV_PREPS and lw not in _PREPS
                    and not (lw.endswith("ly") and len(lw) > 4)) and len(np) < 6:
                np.append((w, s, e))
            elif lw in ("of", "for") and np and k + 1 < len(words) and (
                    words[k + 1][0][0].isupper() or words[k + 1][0].lower() == "the"):
                np.append((w, s, e))
            elif lw == "the" and np and np[-1][0].lower() in ("of", "for"):
                np.append((w, s, e))
            else:
                break
            if e < ue and t[e] in ",(;" or (e < ue and t[e] == "." and not w[-1:] == "."
                                             and not (len(w) <= 3 and w[0].isupper())):
                break
        while np and _low(np[-1][0]) in ("of", "for", "the"):
            np.pop()
        if not np or not _np_ok([w for w, _, _ in np]):
            return None
        sp_s, sp_e = np[0][1], np[-1][2]
        r0 = t[sp_e:ue].lstrip()
        if not (r0[:1] in ",(" or self._is_tail(sp_e, ue)):
            # "said Shraibman at the conference." : adverbials are fine too
            r = self._skip_adverbials(sp_e, ue, "said")
            if not self._is_tail(r, ue) and not self._quote_left(b, us):
                return None
        return self._postposed(us, b, cs, ce, sp_s, sp_e, cue_text, None)

    def _according(self, cs, ce, us, ue):
        t = self.t
        # the source: up to the next comma / end of unit
        p = _skip_space(t, ce, ue)
        stop = ue
        for i in range(p, min(ue, p + 200)):
            if t[i] in ",;:(—–―" or (t[i] == "." and i + 1 >= ue):
                stop = i
                break
        else:
            if ue > p + 200:
                return None
        src_s, src_e = _clean_np(t, p, stop)
        if src_e <= src_s:
            return None
        src_words = t[src_s:src_e].split()
        if len(src_words) > 14:
            return None
        lead = t[us:cs].strip()
        lead_words = lead.split()
        hedge_extra: tuple[str, ...] = ()
        hm = _HEDGE_RE.match(t, cs, min(ue, src_e + 1))
        if hm and hm.start() == cs:
            hedge_extra = (t[hm.start():hm.end()],)
        # "According to X, CONTENT."
        if not lead or (len(lead_words) <= 2 and all(w.lower().strip(",") in _CONJ for w in lead_words)):
            if stop >= ue or t[stop] != ",":
                return None
            s, e = _trim(t, stop + 1, ue)
            if len(t[s:e].split()) < 3:
                return None
            return _Cand(s, e, t[cs:ce], cs, ce, src_s, src_e, 2, hedge_extra=hedge_extra,
                         role="acc")
        # "CONTENT, according to X."
        b = cs - 1
        while b > us and t[b].isspace():
            b -= 1
        if t[b] not in ",—–―(":
            return None
        tail = t[stop:ue].strip()
        left = t[us:b].split()
        if tail and tail[0] == "," and (len(left) < 4 or left[-1].lower() in (
                "which", "that", "who", "it", "this") or tail[1:].split()[:1] in (["and"], ["but"])):
            # "which, according to him, eroded ..." / "X, according to Y, is ..."
            s0 = us
            wk = t.rfind(" which", us, b + 1)
            if wk >= 0 and wk + 6 >= b:
                s0 = wk + 1
            s, e = _trim(t, s0, ue)
            return _Cand(s, e, t[cs:ce], cs, ce, src_s, src_e, 2, gap=(b, stop + 1),
                         hedge_extra=hedge_extra, role="acc")
        end = b
        q = self._quote_at(end - 1) if end > us else None
        start = us
        if q is not None and q[0] < start:
            start = q[0]
        s, e = _trim(t, start, end)
        s = self._dash_which(s, e)
        if len(t[s:e].split()) < 3:
            return None
        return _Cand(s, e, t[cs:ce], cs, ce, src_s, src_e, 2, hedge_extra=hedge_extra,
                     role="acc")

    def _dash_which(self, s: int, e: int) -> int:
        """"A question gets a long answer - which it often is, he said.": the claim is
        the relative clause after the dash, the rest is narration."""
        t = self.t
        m = _DASH_WHICH.search(t, s, e)
        if m is None or self._quote_at(m.start()) is not None:
            return s
        return m.end() - 6  # the match ends with "which" and one space

    def _from_dash(self, m: re.Match) -> _Cand | None:
        """"...currently living in—said Alexander Lukashenko at the conference.": an
        unquoted direct quote closed by a dash and a reporting verb."""
        t = self.t
        ds, de = m.span()
        if self._quote_at(ds) is not None and self._quote_at(ds)[2]:
            return None
        k = bisect_right(self.unit_starts, ds) - 1
        if k < 0:
            return None
        ue = self.units[k][1]
        ps, _ = self._para_of(ds)
        line_s = t.rfind("\n", ps, ds) + 1 or ps
        line_s = max(line_s, ps, ds - 3000)
        words = _words_with_pos(t, de, min(ue, de + 160))
        np = []
        for w, s, e in words:
            if (w[0].isupper() and w not in _CAP_STOP) or (not np and w.lower() in ("the", "a")) or (
                    np and np[0][0].lower() in ("the", "a") and w.islower() and len(np) < 5
                    and w.lower() not in _ADV_PREPS and w.lower() not in _NP_STOP):
                np.append((w, s, e))
                if e < ue and t[e] in ",(;.":
                    break
            else:
                break
        if not np or not _np_ok([w for w, _, _ in np]):
            return None
        s, e = _trim(t, line_s, ds)
        if len(t[s:e].split()) < 4:
            return None
        return _Cand(s, e, t[ds:de].replace(" ", ""), ds, de, np[0][1], np[-1][2], 0,
                     kind="direct", role="dash")

    def _quoted_units(self) -> list[tuple[int, int, list]]:
        """(start, end, quotes) of each unit that holds quotes; very long units are
        skipped (scraped text without sentence ends, where quotes cannot be attributed).
        Computed once: two claim shapes read it."""
        if self._quoted is None:
            self._quoted = []
            if self.quotes:
                for us, ue in self.units:
                    if ue - us > 6000:
                        continue
                    qs = self._quotes_in(us, ue)
                    if qs:
                        self._quoted.append((us, ue, qs))
        return self._quoted

    def _colon_and_trailing_dash(self) -> list[_Cand]:
        """``Name: “quote”`` (headline style) and ``“quote” — Name`` at a unit end."""
        t = self.t
        out = []
        for us, ue, qs in self._quoted_units():
            q = qs[0]
            # Name: “...”
            head = t[us:q[0]]
            hs = head.rstrip()
            if hs.endswith(":") and q[0] > us:
                words = _words_with_pos(t, us, us + len(hs) - 1)
                if (0 < len(words) <= 8 and words[0][0][0].isupper()
                        and _np_ok([w for w, _, _ in words[:4]] if len(words) > 4 else
                                   [w for w, _, _ in words])
                        and not any(True for _ in _iter_cues(t[us:q[0]]))):
                    sp = words[:2] if len(words) > 4 else words
                    out.append(_Cand(q[0], q[1], ":", us + len(hs) - 1, us + len(hs),
                                     sp[0][1], sp[-1][2], 1, role="colon"))
            # “...” — Name
            last = qs[-1]
            if last[2] and t[us:last[0]].strip() == "":
                after = t[last[1]:ue]
                a = after.lstrip()
                if a[:1] in "—–―" and 1 <= len(a[1:].split()) <= 6:
                    ds = last[1] + (len(after) - len(a))
                    words = _words_with_pos(t, ds + 1, ue)
                    if words and all(w[0][0].isupper() for w in words[:2]) and _np_ok(
                            [w for w, _, _ in words]):
                        out.append(_Cand(last[0], last[1], t[ds], ds, ds + 1, words[0][1],
                                         words[-1][2], 0, kind="direct", role="dash"))
        return out

    def _quote_driven(self) -> list[_Cand]:
        """Direct quotes attributed with any speech verb, known or not:
        ``“...?” he asks.`` / ``“...,” Vitter demanded.`` / ``She continued, “...”``."""
        t = self.t
        out = []
        for us, ue, qs in self._quoted_units():
            q = qs[0]
            if q[2] and t[us:q[0]].strip() == "" and q[1] < ue:
                # “...,” NP VERB ... / “...,” VERB NP ...
                inner = t[q[1] - 2:q[1] - 1] if q[1] - q[0] > 2 else ""
                after = t[q[1]:ue]
                if inner in ",?!—–…-" or after.lstrip()[:1] in ",—–":
                    c = self._attr_after_quote(q, us, ue)
                    if c is not None:
                        out.append(c)
                        continue
            # ..., NP VERB “...” (the last quote ends the unit, the clause starts after a
            # comma: "On the form, in a box labeled “X,” a doctor had typed “Y.”")
            ql = qs[-1]
            if ql[2] and ql[0] > us and not t[ql[1]:ue].strip(" .,;!?”\"’"):
                c = self._clause_quote(ql, us)
                if c is not None:
                    out.append(c)
                    continue
            # NP VERB[,:] “...” (the quote ends the unit)
            if q[2] and q[0] > us:
                tail = t[q[1]:ue].strip()
                if tail and any(ch.isalnum() for ch in tail):
                    continue
                lead = t[us:q[0]].rstrip()
                colon = lead.endswith((":", ","))
                if colon:
                    lead = lead[:-1].rstrip()
                words = _words_with_pos(t, us, us + len(lead))
                if not 2 <= len(words) <= 12:
                    continue
                verb = words[-1]
                k = len(words) - 1
                adv = k > 1 and _low(words[k - 1][0]).endswith("ly") and words[k - 1][0].islower()
                np_words = words[:k - 1] if adv else words[:k]
                while np_words and np_words[0][0].lower() in _CONJ:
                    np_words = np_words[1:]
                if not np_words or not _is_verb(verb[0]) or not _np_ok([w for w, _, _ in np_words]):
                    continue
                if not colon and not _is_speech_verb(verb[0]):
                    continue
                out.append(_Cand(q[0], q[1], verb[0], verb[1], verb[2], np_words[0][1],
                                 np_words[-1][2], 3, role="pre"))
        return out

    def _clause_quote(self, q, us: int) -> _Cand | None:
        t = self.t
        lead_e = q[0]
        while lead_e > us and t[lead_e - 1].isspace():
            lead_e -= 1
        if lead_e > us and t[lead_e - 1] in ":,":
            return None  # "X said: “...”" : the older rule
        b = lead_e - 1
        lo = max(us, lead_e - 120)
        while b >= lo and t[b] not in ",;:”\"»(":
            b -= 1
        if b < lo:
            return None
        words = _words_with_pos(t, b + 1, lead_e)
        if not 2 <= len(words) <= 7:
            return None
        verb = words[-1]
        np_words = words[:-1]
        while np_words and np_words[-1][0].lower() in ("had", "has", "have"):
            np_words = np_words[:-1]
        if not np_words or np_words[0][0].lower() not in ("a", "an", "the", "one"):
            return None
        if not _is_speech_verb(verb[0]) or not _np_ok([w for w, _, _ in np_words]):
            return None
        return _Cand(q[0], q[1], verb[0], verb[1], verb[2], np_words[0][1], np_words[-1][2], 3,
                     role="pre")

    def _fronted_participles(self) -> list[_Cand]:
        """``Claiming that A, Trump told Fox ...`` / ``Warning of X, the minister
        said ...``: a speech participle opening the sentence; the subject of the main
        clause after the comma speaks."""
        t = self.t
        out = []
        for (us, ue) in self.units:
            m = _WORD_RE.match(t, us)
            if m is None or m.end() >= ue:
                continue
            w = m.group()
            if w in ("And", "But"):
                m = _WORD_RE.match(t, _skip_space(t, m.end(), ue))
                if m is None or m.end() >= ue:
                    continue
                w = m.group()
            lw = w.lower()
            if not w[:1].isupper() or lw not in _SPEECH_PARTICIPLES or lw == "telling":
                continue
            s0 = _skip_space(t, m.end(), ue)
            that = t[s0:s0 + 5].lower() == "that "
            if that:
                s0 += 5
            c = t.find(",", s0, min(ue, s0 + 400))
            while c >= 0 and self._quote_at(c) is not None and self._quote_at(c)[1] < ue:
                c = t.find(",", self._quote_at(c)[1], min(ue, s0 + 400))
            if c < 0 or self._quote_at(c) is not None:
                continue
            subj = self._clause_subject(c + 1, ue)
            if subj is None or t[c + 1:subj[0]].strip():
                continue  # the subject follows the comma right away
            s1, e1 = _trim(t, s0, c)
            cw = _words_with_pos(t, s1, e1)
            if len(cw) < 3:
                continue
            if not that and not (cw[0][0].lower() in _CLAUSE_START_DETS | _PRONOUNS or (
                    cw[0][0][0].isupper())) or not any(
                    cw[k][0].islower() and _verb_anchor(cw, k) for k in range(1, min(7, len(cw)))):
                continue  # "Saying goodbye to his colleagues, he left": no clause
            out.append(_Cand(s1, e1, w, m.start(), m.end(), subj[0], subj[1], 2, role="pre"))
        return out

    def _described(self) -> list[_Cand]:
        """``X called Y a “champion”`` / ``X described Y as “a disgrace”``: a quoted
        fragment after a verb of describing or judging (a mixed claim)."""
        t = self.t
        out = []
        for q in self.quotes:
            if not q[2] or q[1] - q[0] > 400:
                continue
            k = bisect_right(self.unit_starts, q[0]) - 1
            if k < 0:
                continue
            us, ue = self.units[k]
            if q[0] <= us or ue - us > 6000:
                continue
            if not _DESCRIBE_RE.search(t, max(us, q[0] - 120), q[0]):
                continue
            words = _words_with_pos(t, max(us, q[0] - 120), q[0])
            for i in range(len(words) - 1, max(-1, len(words) - 10), -1):
                w = words[i][0]
                if w.lower() in _DESCRIBE and w.islower():
                    break
                if any(ch in t[words[i][2]:words[i + 1][1] if i + 1 < len(words) else q[0]]
                       for ch in ".;:!?—–"):
                    i = -1
                    break
            else:
                continue
            if i < 0:
                continue
            vw, vs, ve = words[i]
            if len(words) - i - 1 > 8 or t[vs - 1:vs] == "-":
                continue
            # the speaker: the noun phrase right before the verb
            left = _words_with_pos(t, max(us, vs - 150), vs)
            j = len(left)
            while j > 0 and left[j - 1][0].islower() and (left[j - 1][0].endswith("ly") or (
                    left[j - 1][0] in _ADVERBS)):
                j -= 1
            np = []
            while j > 0 and len(np) < 8:
                w, a, e = left[j - 1]
                if any(ch in t[e:(np[0][1] if np else vs)] for ch in ",;:()“”\"—–"):
                    break
                np.insert(0, left[j - 1])
                j -= 1
            while np and np[0][0].lower() in _CONJ:
                np = np[1:]
            sp = None
            if len(np) >= 3 and np[0][0].lower() in _FRONT and not _np_ok([w for w, _, _ in np]):
                # "In an interview with RT he blasted ..."
                np = _fronted_subject(np) or np
            if np and _np_ok([w for w, _, _ in np]):
                sp = (np[0][1], np[-1][2])
            elif np and np[-1][0].lower() in ("what", "who") and len(np) >= 2 and _np_ok(
                    [w for w, _, _ in np[-1:]] if False else [np[-1][0]]):
                sp = None
            if sp is None:
                continue
            s0, e0 = _trim(t, ve, q[1])
            if e0 - s0 < 4:
                continue
            if t[ve:q[0]].rstrip().endswith(","):
                # "called them in an article last week, “...”": the quote alone
                s0 = q[0]
            # "called Clinton a “champion” for its constituency": the rest of the phrase
            m = re.compile(r"[^,.;:!?—–“”\"()]{1,60}").match(t, q[1])
            if m and m.end() < ue and t[m.end()] in ",.;" and 0 < len(m.group().split()) <= 5:
                e0 = m.end()
            out.append(_Cand(s0, e0, vw, vs, ve, sp[0], sp[1], 4, role="desc"))
        return out

    def _attr_after_quote(self, q, us, ue):
        t = self.t
        words = _words_with_pos(t, q[1], min(ue, q[1] + 200))
        if not words:
            return None
        # NP VERB
        for k in range(1, min(len(words), 8)):
            w, ws_, we_ = words[k]
            if _is_verb(w) and w.islower():
                np_words = words[:k]
                if k >= 2 and _low(np_words[-1][0]).endswith("ly") and np_words[-1][0].islower():
                    np_words = np_words[:-1]
                if np_words and _np_ok([x for x, _, _ in np_words]) and \
                        t[q[1]:np_words[0][1]].strip(" ,—–-") == "":
                    if w.lower() in _NONSPEECH:
                        return None
                    c = _Cand(q[0], q[1], w, ws_, we_, np_words[0][1], np_words[-1][2], 3,
                              role="post")
                    self._extend_split_quote(c, we_)
                    return c
                break
            if t[ws_ - 1:ws_] in "(" or w[0] in "(":
                break
        # VERB NP
        w, ws_, we_ = words[0]
        if _is_verb(w) and w.islower() and w.lower() not in _NONSPEECH and len(words) > 1:
            np = []
            for x in words[1:6]:
                if x[0][0].isupper() or (not np and x[0].lower() in ("the", "a", "he", "she")):
                    np.append(x)
                else:
                    break
            if np and _np_ok([x for x, _, _ in np]):
                return _Cand(q[0], q[1], w, ws_, we_, np[0][1], np[-1][2], 3, role="post")
        return None

    # -- selection, continuation ------------------------------------------------------
    def _select(self, cands: list[_Cand]) -> list[_Cand]:
        """Best candidates first; a candidate overlapping a chosen claim is dropped (or,
        when it starts before it, cut short). Linear-ish: chosen claims are kept sorted
        by start and only neighbours within the longest claim length are compared."""
        cands.sort(key=lambda c: (c.prio, c.start))
        chosen: list[_Cand] = []
        starts: list[int] = []
        longest = 0
        t = self.t
        for c in cands:
            if c.end <= c.start:
                continue
            ok = True
            lo = bisect_right(starts, c.start - longest - 1)
            hi = bisect_right(starts, c.end)
            for o in chosen[lo:hi]:
                ov = min(o.end, c.end) - max(o.start, c.start)
                if ov <= 0:
                    continue
                if c.start < o.start and c.cue_end <= o.start and c.role in ("pre",):
                    # "called on X to ... -- meddling he said is ..." : keep the part before
                    ns, ne = _trim(t, c.start, o.start)
                    while ne > ns and t[ne - 1] in "-—– ":
                        ne -= 1
                    if len(t[ns:ne].split()) >= 3 and (c.gap is None or c.gap[1] <= ne):
                        c.end = ne
                        continue
                if ov >= 0.3 * min(o.end - o.start, c.end - c.start):
                    ok = False
                    break
            if ok and c.end > c.start:
                k = bisect_right(starts, c.start)
                starts.insert(k, c.start)
                chosen.insert(k, c)
                longest = max(longest, c.end - c.start)
        return chosen

    def _merge_continuations(self, chosen: list[_Cand]) -> list[_Cand]:
        """A unit that is nothing but a quote, right after a claim in the same paragraph
        (or a quote continued into the next paragraphs), continues that claim."""
        if not chosen:
            return chosen
        t = self.t
        taken = [(c.start, c.end) for c in chosen]  # sorted by start
        taken_starts = [x[0] for x in taken]
        for c in chosen:
            if c.role not in ("post", "pre", "paren", "dash"):
                continue
            k = bisect_right(self.unit_starts, max(c.end - 1, c.start)) - 1
            if k < 0:
                continue
            para = self._para_of(c.start)
            n_merged = 0
            while k + 1 < len(self.units) and n_merged < 6:
                ns, ne = self.units[k + 1]
                if ns < c.end:
                    k += 1
                    continue
                if self._para_of(ns) != para:
                    break
                # only whitespace between the claim's unit and the next unit
                if t[self.units[k][1]:ns].strip():
                    break
                if self.units[k][1] < c.end - 1 and t[c.end:self.units[k][1]].strip(" .,"):
                    break
                q = self._quote_starting(ns)
                if (q is None or not q[2]) and n_merged == 0 and c.gap2 is None:
                    # “...,” X said. He did not elaborate. “...” : one narration
                    # sentence about the speaker between two quotes of the speaker
                    q = self._narration_skip(c, k, para, taken_starts, taken)
                    if q is not None:
                        c.gap2 = (ns, q[0])
                        c.end = q[1]
                        k += 2
                        n_merged += 1
                        continue
                    break
                if q is None or not q[2]:
                    break
                tail = t[q[1]:ne].strip()
                if tail and any(ch.isalnum() for ch in tail):
                    break
                j = bisect_right(taken_starts, q[1]) - 1
                if j >= 0 and taken[j][0] >= ns and taken[j] != (c.start, c.end):
                    break  # another claim already lies in that quote
                c.end = q[1]
                k += 1
                n_merged += 1
        return chosen

    def _narration_skip(self, c: _Cand, k: int, para, taken_starts, taken):
        """The quote unit after one short narration unit (k + 1) when the claim ``c``
        ends with a quote and the narration is about the same speaker: its first word is
        he / she / they or the speaker's surname, it has no quote and no claim."""
        t = self.t
        if k + 2 >= len(self.units) or t[c.end - 1:c.end] not in "”\"»'" or c.sp_start < 0:
            return None
        ns, ne = self.units[k + 1]
        n2s, n2e = self.units[k + 2]
        if self._para_of(n2s) != para or t[ne:n2s].strip():
            return None
        words = t[ns:ne].split()
        if not 2 <= len(words) <= 25 or self._quotes_in(ns, ne):
            return None
        sp_words = [_low(w) for w in t[c.sp_start:c.sp_end].split()]
        first = _low(words[0])
        if not (first in ("he", "she", "they") or (
                sp_words and first == sp_words[-1] and words[0][:1].isupper())):
            return None
        j = bisect_right(taken_starts, ne) - 1
        if j >= 0 and taken[j][0] >= ns:
            return None
        q = self._quote_starting(n2s)
        if q is None or not q[2] or q[1] - q[0] > MAX_QUOTE:
            return None
        tail = t[q[1]:n2e].strip()
        if tail and any(ch.isalnum() for ch in tail):
            return None
        return q

    # -- speakers and output -------------------------------------------------------------
    def _finish(self, chosen: list[_Cand]) -> list[Claim]:
        t = self.t
        resolver = _Resolver(t, self.aliases)
        out = []
        for c in chosen:
            s, e = c.start, c.end
            if e <= s:
                continue
            surface = t[c.sp_start:c.sp_end] if c.sp_start >= 0 else None
            if surface is not None:
                surface = " ".join(surface.split())
            if c.role == "acc" and surface:
                speaker = resolver.source(surface, c.sp_start)
            elif c.speaker_override is not None:
                speaker = c.speaker_override
            else:
                speaker = resolver.resolve(surface, c.sp_start) if surface else None
            c.speaker_override = speaker
            kind = c.kind or self._kind(s, e, c)
            hedges = self._hedges(c, s, e)
            out.append(Claim(
                speaker=speaker,
                cue=" ".join(c.cue.split()) if c.cue not in (":",) else ":",
                kind=kind,
                text=t[s:e],
                start=s,
                end=e,
                hedged=bool(hedges),
                hedges=hedges,
                speaker_surface=surface,
            ))
            resolver.note(speaker, surface, c.sp_start if c.sp_start >= 0 else s)
        return out

    def _kind(self, s: int, e: int, c: _Cand) -> str:
        t = self.t
        qs = self._quotes_in(s, e)
        if not qs:
            return "indirect"
        # Count the letters and digits of the claim outside its attribution (the gaps,
        # the speaker, the cue), and those of them inside quotes. The pieces are counted
        # whole rather than character by character; quotes never overlap.
        skipped = [g for g in (c.gap, c.gap2) if g]
        skipped += [(c.sp_start, c.sp_end), (c.cue_start, c.cue_end)]
        covered = 0
        total = 0
        for a, b in _spans_without(s, e, skipped):
            total += _count_alnum(t, a, b)
            for qa, qb, _closed in qs:
                if qa < b and qb > a:
                    covered += _count_alnum(t, max(a, qa), min(b, qb))
        if total == 0:
            return "indirect"
        if covered == total:
            return "direct"
        # attribution words between two quotes of one claim ("... ,” X said. “...")
        if c.role in ("post", "paren") and t[s] in "“„«\"" and \
                self._only_attr_outside(s, e, qs, c):
            return "direct"
        return "mixed" if covered else "indirect"

    def _only_attr_outside(self, s, e, qs, c) -> bool:
        t = self.t
        pos = s
        pieces = []
        for q in qs:
            if q[0] > pos:
                pieces.append((pos, q[0]))
            pos = max(pos, q[1])
        if pos < e:
            pieces.append((pos, e))
        for a, b in pieces:
            txt = t[a:b]
            g2 = c.gap2
            if g2 and a <= g2[0] and g2[1] <= b:
                txt = t[a:g2[0]] + " " + t[g2[1]:b]
            if not any(ch.isalnum() for ch in txt):
                continue
            if not (a <= c.cue_start and c.cue_end <= b or a <= c.sp_start < b):
                return False
            if len(txt.split()) > 25:
                return False
        return True

    def _hedges(self, c: _Cand, s: int, e: int) -> tuple[str, ...]:
        t = self.t
        found: list[str] = list(c.hedge_extra)
        cue_low = " ".join(c.cue.lower().split())
        if cue_low in _HEDGE_CUES:
            found.append(" ".join(c.cue.split()))
        lo = min(s, c.cue_start, c.sp_start if c.sp_start >= 0 else s)
        hi = max(e, c.cue_end, c.sp_end)
        if not _may_hold_hedge(t[lo:hi]):
            lo = hi  # no hedge word in the span: nothing for the regex to find
        for m in _HEDGE_RE.finditer(t, lo, hi):
            q = self._quote_at(m.start())
            if q is not None and q[2]:
                continue  # the speaker's own words
            if c.gap2 and c.gap2[0] <= m.start() < c.gap2[1]:
                continue  # narration between two quotes
            w = " ".join(m.group().split())
            if w not in found:
                found.append(w)
        # keep order of appearance, no duplicates (case-insensitive)
        seen = set()
        res = []
        for w in found:
            if w.lower() not in seen:
                seen.add(w.lower())
                res.append(w)
        return tuple(res)


_DESCRIBE = set(_forms(
    "call|calls|called|calling", "describe|describes|described|describing",
    "dub|dubs|dubbed", "label|labels|labeled|labelled", "brand|brands|branded",
    "term|terms|termed", "characterize|characterizes|characterized|characterised",
    "blast|blasts|blasted", "slam|slams|slammed", "praise|praises|praised",
    "criticize|criticizes|criticized|criticised", "denounce|denounces|denounced",
    "dismiss|dismisses|dismissed", "deride|derides|derided", "hail|hails|hailed",
    "mock|mocks|mocked", "blame|blames|blamed", "compare|compares|compared",
    "condemn|condemns|condemned", "lambast|lambasted", "decry|decries|decried",
))
# \b(?:called|call|...)\b as a trie that starts with one character class (the "\b" in
# front becomes a look back after the first letter), so the engine skips ahead in C
_DESCRIBE_RE = re.compile(
    "(?:" + "|".join(alt[0] + r"(?<!\w.)" + alt[1:]
                     for alt in _trie_alternatives(sorted(_DESCRIBE))) + r")\b")
_IRREGULAR_SPEECH = {"said", "says", "told", "tells", "wrote", "writes", "spoke", "asks",
                     "asked", "began", "went", "put", "quipped", "read", "reads", "sang",
                     "sings", "cried", "replied", "continued", "added", "adds"}
_NONSPEECH = {"is", "was", "has", "does", "seems", "seemed", "appeared", "appears",
              "needs", "needed", "wants", "wanted", "thinks", "thought", "believes",
              "believed", "feels", "felt", "hopes", "hoped", "fears", "feared", "knows",
              "knew", "hits", "gets", "got", "makes", "made", "takes", "took", "uses",
              "used", "plans", "planned", "tries", "tried", "goes", "comes", "came", "as",
              "this", "its", "his", "us", "yes", "less", "news", "thus", "always", "across",
              "towards", "perhaps", "upon", "unless", "whereas", "was", "has", "does",
              "happens", "happened", "remains", "remained", "means", "meant", "includes",
              "included", "shows", "showed", "is", "lives", "lived", "works", "worked"}


_GERUND_CUES = set(_forms(
    "mention|mentions|mentioned|mentioning", "deny|denies|denied|denying",
    "admit|admits|admitted|admitting", "recall|recalls|recalled|recalling",
    "acknowledge|acknowledges|acknowledged", "suggest|suggests|suggested",
    "propose|proposes|proposed", "recommend|recommends|recommended",
    "report|reported", "confirm|confirmed", "threaten|threatened"))
# cue forms that are also nouns ("Battleground state Florida is ...")
_CUE_NOUNS = {"states", "reports", "notes", "claims", "estimates", "promises", "remarks",
              "replies", "demands", "tweets", "finds", "shows", "warning", "warns", "vows",
              "threats", "responds", "hints", "recalls", "mentions", "proposes", "found",
              "showed", "recommended", "proposed", "agreed", "declined", "agrees"}
_AUX = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
        "did", "does", "do", "should", "may", "might", "must", "shall"}
_SPEECH_PARTICIPLES = {"saying", "adding", "warning", "arguing", "noting", "claiming",
                       "insisting", "stressing", "explaining", "declaring", "asserting",
                       "acknowledging", "admitting", "predicting", "stating",
                       "emphasizing", "emphasising", "contending", "alleging",
                       "maintaining", "reiterating", "cautioning", "telling"}


_IRREGULAR_PAST = {"met", "spoke", "gave", "took", "made", "held", "sent", "led", "won", "lost",
                   "left", "came", "saw", "went", "got", "kept", "brought", "sought",
                   "became", "began", "ran", "paid", "struck", "felt", "thought", "knew",
                   "stood", "sat", "wrote", "drew", "threw", "chose", "rose", "fell"}


def _bare_clause(t: str, words: list[tuple[str, int, int]]) -> bool:
    """Do the words start a clause without "that": a short subject and an auxiliary
    ("it had", "the economy would", "Russian troops were", "funding was")?"""
    for k in range(min(5, len(words))):
        w, ws_, _we = words[k]
        lw = w.lower()
        if k > 0 and t[words[k - 1][2]:ws_].strip():
            return False  # punctuation inside the subject
        if k > 0 and lw in _AUX and w.islower():
            first = words[0][0]
            return (first[0].isupper() or first.lower() in _DETS or first.lower() in (
                "it", "they", "he", "she", "we", "i") or k == 1)
        if lw in _NP_STOP and not (k == 0 and lw in ("it", "they", "he", "she", "we", "i")):
            return False
        if lw in _PREPS or lw in _ALL_CUES or not any(c.isalpha() for c in w):
            return False
    return False


def _verb_anchor(words: list[tuple[str, int, int]], k: int) -> bool:
    """Is the lower-case word k the finite verb after a subject noun phrase?"""
    lw = _low(words[k][0])
    if lw in _AUX or lw in _ALL_CUES or lw in _DESCRIBE or lw in _IRREGULAR_SPEECH or (
            lw in _IRREGULAR_PAST):
        return True
    prev = _low(words[k - 1][0]) if k > 0 else ""
    if lw.endswith("ed") and len(lw) > 4 and prev not in _DETS:
        return True
    if lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous")) and len(lw) > 3 and (
            words[k - 1][0][:1].isupper() or prev in ("he", "she", "it")):
        nxt = _low(words[k + 1][0]) if k + 1 < len(words) else ""
        return nxt not in _AUX and not nxt.endswith("ed")
    return False


def _is_verb(w: str) -> bool:
    lw = w.lower().strip(".,")
    if not lw.isalpha() or lw in _NONSPEECH or lw in _NP_STOP:
        return False
    if lw in _IRREGULAR_SPEECH or lw in _ALL_CUES:
        return True
    return (lw.endswith("ed") and len(lw) > 4) or (lw.endswith("s") and not lw.endswith(
        ("ss", "us", "is", "ous")) and len(lw) > 3)


def _is_speech_verb(w: str) -> bool:
    lw = w.lower()
    return lw in _ALL_CUES or lw in _IRREGULAR_SPEECH or lw in {
        "continued", "continues", "declared", "declares", "asked", "asks", "replied",
        "exclaimed", "shouted", "yelled", "quipped", "joked", "wrote", "tweeted", "posted",
        "responded", "answered", "concluded", "remarked", "interjected", "retorted",
        "typed", "texted", "scrawled", "emailed", "messaged", "posted"}


# ASCII bytes that are not letters or digits, and every byte above ASCII
_ASCII_NON_ALNUM = bytes(b for b in range(256) if b > 127 or not chr(b).isalnum())


def _count_alnum(t: str, s: int, e: int) -> int:
    """How many characters of t[s:e] are letters or digits (str.isalnum)."""
    piece = t[s:e]
    if piece.isascii():
        return len(piece.encode("ascii").translate(None, _ASCII_NON_ALNUM))
    return sum(map(str.isalnum, piece))


def _spans_without(s: int, e: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[s, e) minus the (possibly empty or overlapping) spans ``cuts``, as sorted spans."""
    out = []
    pos = s
    for a, b in sorted(cuts):
        a, b = max(a, s), min(b, e)
        if b <= a:
            continue
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < e:
        out.append((pos, e))
    return out


def _skip_space(t: str, i: int, e: int) -> int:
    while i < e and t[i].isspace():
        i += 1
    return i


_TRIM_CHARS = " \t\r\n\u00a0,;:—–―-"


def _trim(t: str, s: int, e: int) -> tuple[int, int]:
    while s < e and t[s] in _TRIM_CHARS:
        s += 1
    while e > s and (t[e - 1] in _TRIM_CHARS or t[e - 1] == "."):
        if t[e - 1] == "." and e - 2 >= s and t[e - 2] == ".":
            break  # an ellipsis stays
        e -= 1
    return s, e


# --------------------------------------------------------------------------------------
# speaker resolution
# --------------------------------------------------------------------------------------
_MENTION_WORD = re.compile(r"[^\W\d_][\w’'-]*")


class _Resolver:
    """Canonical names, surname expansion and cautious coreference."""

    WINDOW = 2500  # characters back for pronoun / epithet antecedents

    def __init__(self, text: str, aliases: "AliasTable") -> None:
        self.t = text
        self.aliases = aliases
        self.history: list[tuple[int, str, str | None]] = []  # (pos, speaker, surface)
        self._fullnames: dict[str, set[str]] = {}  # surname -> full names, as asked
        self._fullnames_all = False  # _fullnames holds every surname of the text
        self._mentions: list[tuple[int, str]] | None = None

    def fullnames(self, surname: str) -> set[str]:
        """The full names in the text ("Artyom Shraibman") whose last word is ``surname``.

        No run of capitalised words holds a character that _NAME_BREAK matches, so
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
            _add_full_names(t, 0, n, self._fullnames)
            self._fullnames_all = True
            return self._fullnames.get(surname, set())
        found: dict[str, set[str]] = {}
        hi = 0  # where the last stretch ended (at a break, or the start)
        i = t.find(surname, 0, n)
        while i >= 0:
            m = _LAST_NAME_BREAK.match(t, hi, i)  # the last break before i (none: hi)
            lo = m.end() if m else hi
            m = _NAME_BREAK.search(t, i, n)
            hi = m.start() if m else n
            _add_full_names(t, lo, hi, found, surname)
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
            # A word folded as below is a substring of the whole text folded the same way
            # (both steps map character by character), so a text that contains no key of
            # the table names nobody in it: most texts, told apart by a few substring
            # searches instead of folding every word.
            folded = scan.replace("’", "'").casefold()
            if any(key in folded for key in people):
                # single-word keys of the people table, matched as words
                for m in _MENTION_WORD.finditer(scan):
                    w = m.group().replace("’", "'").casefold()
                    if w.endswith("'s"):
                        w = w[:-2]
                    hit = people.get(w)
                    if hit:
                        out.append((m.start(), hit))
            self._mentions = out
        return self._mentions

    def note(self, speaker: str | None, surface: str | None, pos: int) -> None:
        if speaker:
            self.history.append((pos, speaker, surface))

    def _is_person(self, speaker: str) -> bool:
        if speaker in self.aliases.people.values():
            return True
        toks = speaker.split()
        if not toks or toks[0].lower() in ("the", "a", "an"):
            return False
        if any(_low(w) in _SPEAKER_NOUNS for w in toks):
            return False
        return all(w[0].isupper() for w in toks) and len(toks) <= 4 and speaker.upper() != speaker

    def _canon(self, surface: str) -> str | None:
        words = surface.split()
        # only a name at the head of the phrase: "the Lukashenka regime" is not him
        head = []
        for w in words:
            if _low(w) in _PREPS and head:
                break
            head.append(w)
        if not head or not head[-1][:1].isupper():
            return None
        return self.aliases.person(" ".join(head))

    def resolve(self, surface: str, pos: int) -> str | None:
        low = surface.lower()
        canon = self._canon(surface)
        if canon:
            return canon
        if low in _PRONOUNS or low in _OBJ_PRONOUNS:
            if low in ("he", "she", "him", "his", "her"):
                ant = self._antecedent_person(pos)
                if ant:
                    return ant
            return surface
        toks = surface.split()
        lows = [_low(w) for w in toks]
        # a bare surname ("Ali", "Mr. Shraibman") -> the full name used earlier
        name_toks = [w for w in toks if _low(w) not in ("mr", "mrs", "ms", "dr")]
        if len(name_toks) == 1 and name_toks[0][:1].isupper() and lows[0] not in ("the", "a"):
            full = self.fullnames(name_toks[0].rstrip(".,"))
            if full and len(full) == 1:
                return next(iter(full))
            return _display_speaker(surface)
        # epithets: "the dictator", "the Belarusian leader", "the official"
        if lows and lows[0] in ("the", "this"):
            head_i = len(lows)
            for i in range(1, len(lows)):
                if lows[i] in _PREPS:
                    head_i = i
                    break
            head = lows[head_i - 1] if head_i - 1 >= 1 else ""
            quals = {w for w in lows[1:] if w in _COUNTRY_ADJ}
            if head in _EPITHET_PERSON and len(lows) <= 6:
                ant = self._antecedent_person(pos, quals, strict=bool(quals))
                if ant:
                    return ant
            elif head in _EPITHET_ROLE and len(lows) <= 5:
                for p, sp, sf in reversed(self.history):
                    if pos - p > self.WINDOW:
                        break
                    if sf and head in [_low(w) for w in sf.split()] and not sf.lower().startswith(
                            ("the ", "this ")):
                        return sp
        return _display_speaker(surface)

    def source(self, surface: str, pos: int) -> str | None:
        """The speaker of "according to SURFACE"."""
        low = surface.lower()
        if low in _OBJ_PRONOUNS or low in _PRONOUNS:
            return self.resolve(surface, pos)
        m = re.match(r"(his|her|their)\s+(?:own\s+)?(account|version|words|claims?|story|"
                     r"narrative|estimates?|statement|sources|calculations)\b", low)
        if m:
            ant = self.resolve(m.group(1), pos)
            return ant if ant and ant.lower() not in _OBJ_PRONOUNS else surface
        stripped = _ACC_SRC_STRIP.sub("", surface)
        if stripped and stripped != surface and len(stripped.split()) >= 1:
            return self.resolve(stripped, pos)
        return self.resolve(surface, pos)

    def _antecedent_person(self, pos: int, quals: set[str] | None = None,
                           strict: bool = False) -> str | None:
        """The named person the text is talking about at ``pos``: the most recent named
        speaker, else the only alias-table person mentioned recently."""
        def fits(name: str) -> bool:
            if not quals:
                return True
            c = _PERSON_COUNTRY.get(name)
            if c is None:
                return not strict
            return bool(quals & c)

        for p, sp, _sf in reversed(self.history):
            if pos - p > self.WINDOW:
                break
            if p < pos and self._is_person(sp):
                return sp if fits(sp) else None
        # people named before pos, recently
        ms = self.mentions()
        k = bisect_right(ms, (pos, "\uffff"))
        recent = {name for p, name in ms[max(0, k - 20):k] if pos - p <= self.WINDOW}
        if len(recent) == 1:
            name = next(iter(recent))
            return name if fits(name) else None
        if recent and quals:
            fitting = [n for n in recent if _PERSON_COUNTRY.get(n) and quals & _PERSON_COUNTRY[n]]
            if len(fitting) == 1:
                return fitting[0]
        return None


# --------------------------------------------------------------------------------------
# public entry point
# --------------------------------------------------------------------------------------
def extract_claims(text: str, aliases: "AliasTable | None" = None) -> list[Claim]:
    """The claims of an article body, sorted by start offset.

    ``text`` is the cleaned body (paragraphs separated by blank lines). ``aliases``
    canonicalises speaker names (default: the bundled table).
    """
    if not text or not isinstance(text, str):
        return []
    if aliases is None:
        from belreader.aliases import default_table

        aliases = default_table()
    claims = _Extractor(text, aliases).run()
    claims.sort(key=lambda c: (c.start, c.end))
    return claims
