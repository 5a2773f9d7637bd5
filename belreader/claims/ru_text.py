"""Cyrillic text helpers of the Russian rules: folding for matching (case, "ё", Latin
look-alike letters inside Cyrillic words), a light stemmer for names, gender from
names and verb endings, the script of a paragraph."""

from __future__ import annotations

import re
from functools import lru_cache

from .gender import name_gender as latin_name_gender
from .ru_lexicon import (
    FEMALE_NAMES,
    FEMALE_SURNAME_ENDS,
    MALE_NAMES,
    MALE_SURNAME_ENDS,
)

# Latin letters that look like Cyrillic ones, as typed by mistake or to dodge filters
_LOOKALIKE = str.maketrans("aceopxyABCEHKMOPTXy", "асеорхуАВСЕНКМОРТХу")
# a Cyrillic and a Latin letter side by side
_MIXED = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")
_WORD = re.compile(r"\w+")
_CYR_WORD = re.compile(r"[\u0400-\u04ff]")
_LAT_WORD = re.compile(r"[A-Za-z]")
_LAT_RUN = re.compile(r"[A-Za-z]+")


def _fix_word(w: str) -> str:
    if not _MIXED.search(w):
        return w
    if len(_CYR_WORD.findall(w)) <= len(_LAT_WORD.findall(w)):
        return w  # mostly Latin: a Latin word, left alone
    return w.translate(_LOOKALIKE)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def fold_lookalikes(text: str) -> str:
    """``text`` with the Latin look-alike letters of mixed-script words ("Лукашенкo" with
    a Latin o) made Cyrillic, where the word is mostly Cyrillic. Same length: offsets
    stay valid."""
    # Latin runs are few in Cyrillic text: only the words around a run that touches a
    # Cyrillic letter are looked at, each character at most twice
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    n = len(text)
    for m in _LAT_RUN.finditer(text):
        a, b = m.start(), m.end()
        if a < done:
            continue  # inside the word just fixed
        if not ((a > 0 and _CYR_WORD.match(text, a - 1)) or (b < n and _CYR_WORD.match(text, b))):
            continue
        ws, we = a, b
        while ws > done and _is_word_char(text[ws - 1]):
            ws -= 1
        while we < n and _is_word_char(text[we]):
            we += 1
        pieces += (text[done:ws], _fix_word(text[ws:we]))
        done = we
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def lookalikes_fixed(doc) -> str:
    """``fold_lookalikes(doc.t)`` of a ``Document``, computed once for its shapes and
    resolver."""
    fixed = getattr(doc, "_ru_fixed", None)
    if fixed is None:
        fixed = doc._ru_fixed = fold_lookalikes(doc.t)
    return fixed


def fold(text: str) -> str:
    """For matching words: look-alikes fixed, lower case, "ё" as "е". Same length."""
    if text.isascii():
        return text.lower()
    if _LAT_WORD.search(text):  # a Latin letter: perhaps a look-alike in a Cyrillic word
        text = fold_lookalikes(text)
    return text.lower().replace("ё", "е")


def folded(doc) -> str:
    """``fold(doc.t)`` of a ``Document``, computed once for its shapes and resolver."""
    ft = getattr(doc, "_ru_folded", None)
    if ft is None:
        t = lookalikes_fixed(doc)
        ft = doc._ru_folded = t.lower() if t.isascii() else t.lower().replace("ё", "е")
    return ft


# Case endings, longest first. "-ов", "-ев", "-ин" are kept: they end surnames in the
# nominative (Лавров, Путин) and begin their other forms (Лаврова, Путиным).
_ENDINGS = sorted(
    (
        "ского скому ским ском ская ской скую ские ских скими ский скай цкого цкому цким "
        "цкая цкой цкий цкай скі цкі цкую ыми ими ого его ому ему ой ей ую юю ая яя ый "
        "ий ым им ом ем ых их ай а я у ю е ы и о ь і "
    ).split(),
    key=len,
    reverse=True,
)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem of a Russian or Belarusian name: every case form of a surname or a
    given name gives the same stem (Путин/Путина/Путиным -> путин, Тихановская /
    Тихановской -> тихановск, Лукашенко -> лукашенк). Only ever compared with other
    stems, never shown."""
    w = fold(word).strip(".-'’")
    if not _CYR_WORD.search(w):
        return w
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def name_gender(words: list[str]) -> str | None:
    """ "m", "f" or None from a person's name (given name first, else surname ending);
    names in Latin letters are left to ``gender.name_gender``."""
    if words and not any(_CYR_WORD.search(w) for w in words):
        return latin_name_gender(words)
    for w in words:
        f = fold(w)
        if f in MALE_NAMES:
            return "m"
        if f in FEMALE_NAMES:
            return "f"
    if words:
        last = fold(words[-1])
        if _CYR_WORD.search(last):
            if last.endswith(FEMALE_SURNAME_ENDS):
                return "f"
            if last.endswith(MALE_SURNAME_ENDS):
                return "m"
    return None


_FEMALE_FORMS = (
    "ская",
    "цкая",
    "ской",
    "цкой",
    "скую",
    "цкую",
    "скай",
    "цкай",
    "овой",
    "евой",
    "иной",
    "ыной",
)
_MALE_FORMS = (
    "ский",
    "цкий",
    "ского",
    "цкого",
    "скому",
    "цкому",
    "ским",
    "цким",
    "ском",
    "цком",
    "скі",
    "цкі",
    "скага",
    "цкага",
    "овым",
    "евым",
    "иным",
    "ыным",
    "ов",
    "ев",
    "ин",
    "ын",
)


def surname_form_gender(word: str) -> str | None:
    """The gender a Russian or Belarusian surname shows in this case form:
    Тихановского is a man, Тихановской a woman; Колесникова (a woman, or a man in
    the genitive) shows none."""
    w = fold(word)
    if w.endswith(_FEMALE_FORMS):
        return "f"
    if w.endswith(_MALE_FORMS):
        return "m"
    return None


def genders_compatible(a: str | None, b: str | None) -> bool:
    """Can a mention of gender ``a`` and one of ``b`` be the same speaker? Unknown
    fits anything; "sg" (a present-tense verb) fits any singular."""
    if a is None or b is None:
        return True
    if a == b:
        return True
    singular = {"m", "f", "n", "sg"}
    return "sg" in (a, b) and a in singular and b in singular


_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-z]")


def is_cyrillic(text: str, s: int = 0, e: int | None = None) -> bool:
    """Are most letters of text[s:e] Cyrillic? (the first 2,000 characters decide)"""
    e = len(text) if e is None else e
    piece = text[s : min(e, s + 2000)]
    cyr = len(_CYR.findall(piece))
    return cyr > 0 and cyr >= len(_LAT.findall(piece))


_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ў": "u", "ґ": "g", "є": "ye", "ї": "yi",
    }
)  # fmt: skip
_SPELLING_VARIANTS = (("kh", "h"), ("tz", "ts"), ("cz", "ch"), ("sz", "sh"), ("w", "v"), ("j", "i"))
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")


def name_key(word: str) -> str:
    """A spelling-blind key of a name word in either script: transliterated, common
    variants merged, vowels dropped ("Шрайбман", "Shraibman", "Shraybman" -> "shrbmn";
    "Артём", "Artyom" -> "rtm"). Only ever compared with other keys."""
    w = fold(word).translate(_TRANSLIT)
    for a, b in _SPELLING_VARIANTS:
        w = w.replace(a, b)
    w = "".join(ch for ch in w if ch.isascii() and ch.isalpha())
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", w))


def same_name_across_scripts(query: str, speaker: str) -> bool:
    """Does ``query`` name ``speaker`` when one is written in Cyrillic and the other in
    Latin letters ("Shraibman" / "Артём Шрайбман", "Артём Шрайбман" / "Artyom
    Shraibman")? A surname alone must match the speaker's last word; a full name both
    its first and last words. Names of one script are not compared here."""
    if bool(_CYR_WORD.search(query)) == bool(_CYR_WORD.search(speaker)):
        return False
    q, s = _WORD.findall(query), _WORD.findall(speaker)
    if not q or not s or len(q) > 3 or len(s) > 4:
        return False
    last = name_key(q[-1])
    if len(last) < 3 or last != name_key(s[-1]):
        return False
    return len(q) == 1 or name_key(q[0]) == name_key(s[0])
