"""The query language: Whoosh's, read by Whoosh's parser, with belreader's checks
around it (one-line reasons for what cannot run as typed), field synonyms, the bounds
on a query's work (``limits``), and stemmed prefixes.

``parse_query`` is the whole path from typed text to a query object; the other
functions are its steps, and ``positive_terms`` what highlighting needs of a query."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from whoosh import query as wq
from whoosh.qparser import AndGroup, GtLtPlugin, MultifieldParser

from . import limits
from .engine import range_words
from .types import QueryError

QUERYABLE_FIELDS = ("title", "body", "source", "speaker", "author", "date", "lang")
FIELD_ALIASES = {"content": "body", "text": "body", "outlet": "source", "language": "lang"}
LONE_WILDCARD = "a lone wildcard matches everything: type a word (prefix* works)"
_STEMMED_FIELDS = frozenset({"title", "body", "author", "speaker"})
_OPENERS = {"(": ")", "[": "]}", "{": "]}"}
_FIELD_RE = re.compile(r'"[^"]*"|(?<![\w:])([A-Za-z_]\w*):')


def parse_query(
    text: str,
    schema,
    reader,
    words_from: Callable[[str], list[str]],
    term_of: Callable[[str], str],
    expand: Callable[[str], str] | None = None,
) -> wq.Query:
    """Whoosh query language -> Query, or QueryError with a user-facing reason.
    ``schema`` analyses the words (its text fields carry the index's alias table),
    ``reader`` bounds the expansions, ``words_from`` lists the library's words by
    prefix, ``term_of`` is the term rule (for stemmed prefixes) and ``expand``
    rewrites the checked query before Whoosh reads it (long forms and names:
    ``spellings.Spellings.expand``)."""
    # the indexed text is NFC and its terms NFKC + case-folded (fold_case): a query
    # typed or pasted decomposed (NFD), with ligatures or full-width letters, must
    # meet them; NFKC leaves the operators and the syntax characters as they are
    text = unicodedata.normalize("NFKC", text).strip()
    if len(text) > limits.MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long ({len(text):,} characters; the limit is {limits.MAX_QUERY_CHARS:,})"
        )
    if not text:
        return wq.Every()
    if re.fullmatch(r"[*?\s]+", text) and "*" in text:
        raise QueryError(LONE_WILDCARD)
    check_syntax(text)
    if not re.search(r"[\w\"]", text):
        if "*" in text:
            raise QueryError(LONE_WILDCARD)  # `*:*`
        shown = " ".join(text.split())[:40]  # the message is one line, whatever was typed
        raise QueryError(f"'{shown}' is only punctuation: type a word to search for (NATO, Minsk)")
    text = punctuation_off_words(text)
    text = check_fields(text)
    if expand is not None:
        text = expand(text)
    parser = MultifieldParser(["title", "body"], schema, group=AndGroup)
    # field:>value and field:<=value, for dates above all
    parser.add_plugin(GtLtPlugin())
    try:
        q = parser.parse(text)
    except Exception:  # whoosh's parser raises plain exceptions on odd input
        raise QueryError(
            "cannot read the query: check its operators (AND OR NOT), quotes and brackets"
        ) from None
    if re.search(r"(?<![\w:])date:", text) and not any(
        isinstance(leaf, wq.NumericRange) and leaf.fieldname == "date" for leaf in q.leaves()
    ):
        raise QueryError(
            "dates are written date:2024, date:2024-08-27, date:>2024-09 "
            "or date:[2024-08 to 2024-10]"
        )
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        raise QueryError("the query has no searchable words")
    if any(isinstance(node, wq.Every) for node in nodes(q)):
        raise QueryError(LONE_WILDCARD)  # `*:*`, `title:*`
    check_expansions(q, reader)
    return unknown_source(stem_prefixes(q, reader, words_from, term_of))


# a word's trailing ? or ! (Who is Lukashenka?), outside quotes, when the word holds no
# other wildcard: punctuation. Mi?sk? and Minsk* stay patterns.
_TRAILING_MARKS = re.compile(r'("[^"]*")|(?<=\w)([?!]+)(?=[\s)]|$)')


def punctuation_off_words(text: str) -> str:
    """``text`` without the question and exclamation marks that end its words."""

    def fix(m: re.Match) -> str:
        if m.group(1) is not None:
            return m.group(1)
        word = re.split(r"[\s(]", text[: m.start()])[-1]
        if "*" in word or "?" in word:
            return m.group(2)
        return ""

    return _TRAILING_MARKS.sub(fix, text)


def unknown_source(q: wq.Query) -> wq.Query:
    """``source:unknown`` as the facet line means it: the articles with no source
    (whose facet value is "unknown"), as well as any source named Unknown."""
    if isinstance(q, wq.Term) and q.fieldname == "source" and q.text == "unknown":
        return wq.Or([q, wq.Term("source_facet", "unknown", boost=q.boost)])
    return q.apply(unknown_source)


def nodes(q: wq.Query) -> Iterator[wq.Query]:
    """``q`` and every query below it."""
    yield q
    for child in q.children():
        yield from nodes(child)


def check_expansions(q: wq.Query, reader) -> None:
    """QueryError for a prefix or wildcard that is too short, or for prefixes, wildcards
    and ranges over words that together match more than limits.MAX_EXPANSION_TERMS words:
    each matched word is a posting list to read and score, so this bounds the work of
    ``[a TO z]`` or forty two-letter prefixes joined by OR before any of it is done."""
    expanding = [
        node for node in nodes(q) if isinstance(node, (wq.Prefix, wq.Wildcard, wq.TermRange))
    ]
    for node in expanding:
        if isinstance(node, wq.TermRange):
            continue
        literal = re.split(r"[*?]", node.text, maxsplit=1)[0]
        if len(literal) < limits.MIN_PREFIX_CHARS:
            raise QueryError(
                f"'{_shown(node)}' is too short: type at least {limits.MIN_PREFIX_CHARS} letters before the wildcard"
            )
    # the same prefix or range typed once expands in title and body: it counts once (its
    # larger field), so a single prefix is held to limits.MAX_EXPANSION_TERMS as before
    typed: dict[str, int] = {}
    for node in expanding:
        if isinstance(node, wq.TermRange):
            words = range_words(node, reader)
        else:
            literal = re.split(r"[*?]", node.text, maxsplit=1)[0]
            words = reader.expand_prefix(node.fieldname, literal)
        n = 0
        for _ in words:
            n += 1
            if n > limits.MAX_EXPANSION_TERMS:
                raise QueryError(
                    f"'{_shown(node)}' matches more than {limits.MAX_EXPANSION_TERMS:,} different words: "
                    + (
                        "narrow the range"
                        if isinstance(node, wq.TermRange)
                        else "type a few more letters"
                    )
                )
        shown = _shown(node)
        typed[shown] = max(typed.get(shown, 0), n)
    if sum(typed.values()) > limits.MAX_EXPANSION_TERMS:
        raise QueryError(
            f"the wildcards and ranges of this query match more than {limits.MAX_EXPANSION_TERMS:,} "
            "different words together: use fewer of them, or more letters"
        )


def _shown(node: wq.Query) -> str:
    """A prefix, wildcard or range as the user typed it (near enough)."""
    if isinstance(node, wq.TermRange):
        opening = "{" if node.startexcl else "["
        closing = "}" if node.endexcl else "]"
        field = "" if node.fieldname in ("title", "body") else f"{node.fieldname}:"
        return f"{field}{opening}{node.start or ''} TO {node.end or ''}{closing}"
    return node.text if isinstance(node, wq.Wildcard) else node.text + "*"


def check_syntax(text: str) -> None:
    """QueryError for an unclosed phrase or bracket and for doubled operators, which
    whoosh's parser either reads as something else than typed (``"sovereign and``
    searches the words) or fails on without a reason (``NOT NOT``)."""
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: a phrase opened with " is never closed')
    stack: list[str] = []
    # brackets and operators inside a phrase are words: each phrase stands as one word
    outside = re.sub(r'"[^"]*"', " phrase ", text)
    for ch in outside:
        if ch in _OPENERS:
            stack.append(ch)
        elif ch in ")]}":
            if not stack or ch not in _OPENERS[stack[-1]]:
                raise QueryError(f"unbalanced bracket: '{ch}' closes nothing opened before it")
            stack.pop()
    if stack:
        raise QueryError(f"unbalanced bracket: '{stack[-1]}' is never closed")
    m = re.search(r"(?<![\w:])NOT\s+(NOT|AND|OR)\b", outside)
    if m:
        raise QueryError(
            f"'NOT {m.group(1)}' cannot be read: put NOT once, before the word to leave out (NATO NOT CNN)"
        )
    m = re.search(
        r"(?<![\w:])(AND|OR)\s+(AND|OR)\b", outside
    )  # whoosh reads `a OR OR b` as a AND b
    if m:
        raise QueryError(
            f"'{m.group(1)} {m.group(2)}' cannot be read: put one operator between two words (Minsk OR Kyiv)"
        )


def stem_prefixes(
    q: wq.Query,
    reader,
    words_from: Callable[[str], list[str]],
    term_of: Callable[[str], str],
) -> wq.Query:
    """``negotiat*`` must find "negotiations", indexed as the stem ``negoti``: a prefix
    on a stemmed field also matches the terms that the words starting with it were
    indexed as (from WORDS_FILE, the words seen while indexing), when those terms do
    not start with the prefix themselves. So ``compu*`` finds "computer" (``comput``)
    but not "com", and ``лукашенк*`` finds the folded ``lukashenko``.

    Prefix terms are scored like any other term (BM25F), not whoosh's constant score:
    ``elect*`` ranks the articles about elections first, not in file order. So are the
    words of a range over a text field, which also lets the block evaluator run it
    (through whoosh's matchers ``body:[ma TO mb]`` took 1 s at 10k articles)."""
    if type(q) is wq.TermRange:
        return wq.TermRange(
            q.fieldname, q.start, q.end, q.startexcl, q.endexcl, boost=q.boost, constantscore=False
        )
    if isinstance(q, wq.Prefix):
        prefix = wq.Prefix(q.fieldname, q.text, boost=q.boost, constantscore=False)
        if q.fieldname not in _STEMMED_FIELDS:
            return prefix
        text = q.text
        stems = sorted(
            {
                term
                for term in map(term_of, words_from(text))
                if term and not term.startswith(text) and (q.fieldname, term) in reader
            }
        )
        if not stems:
            return prefix
        return wq.Or([prefix, *(wq.Term(q.fieldname, t, boost=q.boost) for t in stems)])
    return q.apply(lambda node: stem_prefixes(node, reader, words_from, term_of))


def positive_terms(q: wq.Query) -> tuple[set[str], tuple[str, ...]]:
    """Terms of the body/title fields that a match contains (NOT branches skipped)."""
    exact: set[str] = set()
    prefixes: list[str] = []

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Phrase):
            if node.fieldname in ("body", "title"):
                exact.update(node.words)
            return
        if isinstance(node, (wq.Prefix, wq.Wildcard)):
            if node.fieldname in ("body", "title"):
                prefixes.append(node.text.split("*")[0].split("?")[0])
            return
        if isinstance(node, wq.Term):
            if node.fieldname in ("body", "title", "speaker"):
                exact.add(node.text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return exact, tuple(p for p in prefixes if p)


def check_fields(text: str) -> str:
    """Map field synonyms and reject unknown ``field:`` prefixes with a clear message."""

    def fix(m: re.Match) -> str:
        name = m.group(1)
        if name is None:
            return m.group(0)
        lower = name.lower()
        lower = FIELD_ALIASES.get(lower, lower)
        if lower not in QUERYABLE_FIELDS:
            raise QueryError(
                f"unknown field '{name}:' — fields are "
                + ", ".join(f"{f}:" for f in QUERYABLE_FIELDS)
            )
        return f"{lower}:"

    text = _FIELD_RE.sub(fix, text)
    if re.search(r"(?<![\w:])(\w+):\s*$", text) or re.search(r"(?<![\w:])(\w+):\s+(?=\S)", text):
        m = re.search(r"(\w+):", text)
        name = m.group(1) if m else ""
        raise QueryError(f"'{name}:' needs a value right after the colon, e.g. {name}:nato")
    return text
