"""Quotation marks: which ones open and close a quote, within a paragraph and across
paragraphs. Language-neutral: straight and curly double quotes, curly single quotes
(told apart from apostrophes), «guillemets», „low-high“ and ‹single guillemets›."""

from __future__ import annotations

import re

from .model import Quote

OPEN_QUOTES = "“„«‘\"'‚‹"
MAX_QUOTE = 4000  # characters: a quote longer than this is not trusted
MAX_CONT_PARAS = 8  # a quote continued over at most this many paragraphs
# a quotation mark, or two straight single quotes as one mark; written as one character
# class first, so that the regex engine skips ahead to candidates in C (the plain form
# ''|[“”„«»"‘’‚‹›'] has the engine try every position)
_QMARK = re.compile(r"[“”„«»\"‘’‚‹›'](?:(?<=')'?)?")
# the marks that close a quote opened by each mark
# (scraped text mixes straight and curly double quotes: '"We will win,” he said.')
_PAIRS = {
    "“": ("”", '"'),
    "„": ("“", "”"),
    "«": ("»",),
    '"': ('"', "”"),
    "''": ("''",),
    "‘": ("’",),
    "‚": ("‘", "’"),
    "‹": ("›",),
}


def paragraph_quotes(text: str, ps: int, pe: int) -> list[Quote]:
    """The quotes of the paragraph text[ps:pe]; a quote still open at the paragraph end
    ends there, unclosed."""
    out = []
    open_at = -1
    open_mark = ""
    skip_to = -1
    for m in _QMARK.finditer(text, ps, pe):
        mk = m.group()
        i = m.start()
        if i < skip_to:
            continue
        if open_at >= 0 and (
            (open_mark == "“" and mk == "“" and not _ends_a_word(text, i, pe))
            or (open_mark == mk == "«")
        ):
            end = _nested_close(text, i, pe, "«»" if mk == "«" else "“”")
            if end > 0:
                # “... “Settle for less” shirts ...”: a quote inside the quote
                if end - open_at <= MAX_QUOTE:
                    out.append(Quote(open_at, end, True))
                open_at, skip_to = -1, end
                continue
        if open_at >= 0:
            if open_mark == "'":
                # a straight single quote: closed by one that ends a word, and only a
                # quote of several words counts ('n' in rock 'n' roll does not)
                if mk == "'" and _closes_single(text, i, pe):
                    if " " in text[open_at:i] and i - open_at <= MAX_QUOTE:
                        out.append(Quote(open_at, m.end(), True))
                    open_at = -1
                continue
            if open_mark == '"' and mk == '"' and _reopens(text, i, pe):
                # '... 26 weeks. "We are going ...': a paragraph break lost from a quote
                # that runs on (each paragraph opens, only the last closes); the quote
                # so far ends unclosed at its sentence, and a new one opens here
                if i - open_at <= MAX_QUOTE:
                    out.append(Quote(open_at, i - 1, False))
                open_at = i
                continue
            if (
                (mk in _PAIRS[open_mark] and mk != "’")
                or (open_mark == "‘" and mk == "’" and _closes_single(text, i, pe))
                or (open_mark == "‚" and mk in "‘’")
                or (open_mark == "“" and mk == "“" and _ends_a_word(text, i, pe))
            ):
                if i - open_at <= MAX_QUOTE:
                    out.append(Quote(open_at, m.end(), True))
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
            if mk == "'" and not _opens_straight_single(text, i, pe):
                continue  # an apostrophe: '90s, 'n', 'em
            if mk == "‘" and _elided(text, i):
                continue  # typeset as an opening mark: ‘90s, rock ‘n’ roll
        if mk == '"' and i > ps and text[i - 1].isdigit():
            continue  # inches: 6'3"
        open_at, open_mark = i, mk
    if open_at >= 0 and pe - open_at <= MAX_QUOTE and open_mark != "'":
        out.append(Quote(open_at, pe, False))  # (a straight single never left open)
    return out


_ELISIONS = (
    "n'",
    "n’",
    "em ",
    "em,",
    "em.",
    "til ",
    "cause ",
    "tis ",
    "twas ",
    "bout ",
    "round ",
    "s ",
    "d ",
    "ll ",
    "re ",
    "ve ",
)


_DECADE = re.compile(r"\d0s\b")


def _opens_straight_single(text: str, i: int, pe: int) -> bool:
    """Does the straight single quote at i (at the start of a word) open a quotation:
    a letter follows ('90s does not), and not an elision ('n', 'em, 'til)?"""
    return text[i + 1].isalpha() and not _elided(text, i)


def _elided(text: str, i: int) -> bool:
    """Is the mark at i (at the start of a word) an apostrophe for left-out letters
    ('90s, 'n', 'em, 'til) rather than an opening quote? Word processors turn these
    into ‘ as often as not."""
    return text[i + 1 : i + 8].lower().startswith(_ELISIONS) or bool(_DECADE.match(text, i + 1))


def _closes_single(text: str, i: int, pe: int) -> bool:
    """Does the single quote at i end a quotation rather than stand for a letter
    ("don't", "Belarus's") or a plural possessive ("the workers' rights")?"""
    nxt = text[i + 1] if i + 1 < pe else " "
    if nxt.isalpha():
        return False
    prev = text[i - 1] if i > 0 else " "
    # after an "s" it may be a plural possessive ("the workers’ rights"), but not
    # before punctuation ("between Minsk and Vilnius’. This ..."): no noun follows
    return prev in ".,!?;:…" or nxt in ".,;:!?)" or (nxt in " —–-" and prev != "s")


def _nested_close(text: str, i: int, pe: int, marks: str = "“”") -> int:
    """The end of the outer quote when the “ at i opens a quote inside an open curly
    quote: its ” and then one more ” come before any other “ (and the inner one
    closes at the end of a word); 0 otherwise. The same for « inside «: «..., — сказал
    в эфире «Коммерсантъ FM» X. — ...»."""
    op, cl = marks[0], marks[1]
    inner = text.find(cl, i + 1, pe)
    if inner < 0 or op in text[i + 1 : inner] or text[inner - 1].isspace():
        return 0
    outer = text.find(cl, inner + 1, pe)
    if outer < 0 or op in text[inner + 1 : outer]:
        return 0
    return outer + 1


def _reopens(text: str, i: int, pe: int) -> bool:
    """Is the straight double mark at i written where a quote opens, after a finished
    sentence and a space, before a word ('weeks. "We')? No closing mark stands there."""
    return (
        i >= 2
        and i + 1 < pe
        and text[i - 1] == " "
        and text[i - 2] in ".!?"
        and text[i + 1].isalnum()
    )


def _ends_a_word(text: str, i: int, pe: int) -> bool:
    """Is the mark at i written where a quote closes: after a word or its punctuation,
    before a space or punctuation? ("“Я не жалею ни о чем“, — написала она": Russian
    text typed with the opening mark twice)"""
    nxt = text[i + 1] if i + 1 < pe else " "
    return not text[i - 1].isspace() and not nxt.isalnum()


def _guillemet_closed_in(text: str, ps: int, pe: int) -> int:
    """The end of the » closing, in the paragraph text[ps:pe], a «quote opened in the
    paragraph before (Russian writes no new opening mark for its next paragraph), or -1
    when a « comes first or none closes."""
    close = text.find("»", ps, min(pe, ps + MAX_QUOTE))
    if close < 0 or "«" in text[ps:close]:
        return -1
    return close + 1


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    """All quotes of the text; a quote left open at the end of a paragraph continues
    into the next paragraph when that one starts with an opening mark (the news
    convention for multi-paragraph quotes). Sorted by start."""
    per_para = [paragraph_quotes(text, ps, pe) for ps, pe in paras]
    out = []
    k = 0
    n = len(paras)
    while k < n:
        qs = per_para[k]
        for q in qs[:-1]:
            out.append(q)
        if not qs and k + 1 < n:
            opened = _open_single_at_end(text, paras[k], paras[k][0], per_para[k + 1], paras[k + 1])
            if opened >= 0:
                qs = [Quote(opened, paras[k][1], False)]
        if not qs:
            k += 1
            continue
        last = qs[-1]
        if last.closed and k + 1 < n:
            # 'We will not ... hands.\n\n'Those who ...': a straight single quote left
            # open at the paragraph's end, continued by the next paragraph
            opened = _open_single_at_end(text, paras[k], last.end, per_para[k + 1], paras[k + 1])
            if opened >= 0:
                qs.append(Quote(opened, paras[k][1], False))
                last = qs[-1]
        if last.closed:
            out.append(last)
            k += 1
            continue
        # unclosed at paragraph end: continuation?
        start = last.start
        j = k
        end = last.end
        closed = False
        while j + 1 < n and j + 1 - k <= MAX_CONT_PARAS:
            nps, npe = paras[j + 1]
            nq = per_para[j + 1]
            if not (nq and nq[0].start == nps and text[nps] in _REOPENS[text[start]]):
                break
            j += 1
            end = nq[0].end
            if nq[0].closed:
                closed = True
                break
        if j == k and text[start] == "«" and k + 1 < n:
            # «... (paragraph end) ...», — сказал X: closed in the next paragraph
            nps, npe = paras[k + 1]
            close = _guillemet_closed_in(text, nps, npe)
            if close > 0:
                out.append(Quote(start, close, True))
                out.extend(q for q in per_para[k + 1] if q.start >= close)
                k += 2
                continue
        if j > k:
            out.append(Quote(start, end, closed))
            # quotes after the continuation's end in the last paragraph
            for q in per_para[j][1:]:
                out.append(q)
            k = j + 1
        else:
            out.append(last)
            k += 1
    return out


# the marks that reopen a quote continued in the next paragraph, by its opening mark
_DOUBLE_OPENS = '“„«"'
_REOPENS = dict.fromkeys(_DOUBLE_OPENS, _DOUBLE_OPENS) | {"‘": "‘'", "'": "‘'", "‚": "‚‘"}


def _open_single_at_end(text: str, para, after: int, next_quotes, next_para) -> int:
    """Where a straight single quote opens and stays open to the end of ``para`` (after
    ``after``), when the next paragraph opens with a single quote: the news convention
    for a quote over several paragraphs, in British style ("... said: 'We will not ...
    hands." then "'Those who ..."); -1 otherwise. Within one paragraph an unclosed
    straight single is taken for an apostrophe."""
    nps = next_para[0]
    if not (next_quotes and next_quotes[0].start == nps and text[nps] in "'‘"):
        return -1
    ps, pe = para
    i = text.rfind("'", after, pe)
    while i >= after:
        if (
            (i == ps or text[i - 1] in " \t\n:,(")
            and i + 1 < pe
            and _opens_straight_single(text, i, pe)
            and " " in text[i:pe].strip()
        ):
            return i if pe - i <= MAX_QUOTE else -1
        i = text.rfind("'", after, i)
    return -1


def closing_mark(t: str, q: Quote) -> str:
    """The punctuation that ends a quote's words, right before its closing mark: "," in
    “...,” and in “... ‘...,’” (a quote inside closing with it); "" when none."""
    i = q.end - 2
    if i > q.start and t[i] in "’'" and t[q.end - 1] in '”"»':
        i -= 1  # (not in a doubled apostrophe's ,'': its first mark is no inner quote)
    return t[i] if i > q.start else ""
