"""Names across romanisations: one key for the spellings of a Belarusian or Russian
name, and the library's names by that key.

Belarusian names reach English text romanised from Belarusian or from Russian, under
BGN/PCGN, the Belarusian national system, passport rules or Łacinka: Tsikhanouskaya
and Tikhanovskaya, Kalesnikava and Kolesnikova, Hrodna and Grodno, Mahiliou and
Mogilev. ``name_key`` folds the regular differences between them:

* Cyrillic is transliterated (the Russian stem first, so Лукашенку keys as Лукашенко);
* diacritics and Łacinka/Polish letters: ł ś ź ć ń ŭ č š ž, cz sz rz, w (and c as ц
  in a word with Łacinka's letters: Cichanoŭskaja);
* x/ks; kh, ch and h (х); g and h (Belarusian г); j and y and i;
* ts before a soft vowel is t (ць: Tsikhanouskaya/Tikhanovskaya, Vitsebsk/Vitebsk);
  dz is d (дз: Uladzimir/Vladimir, Dzmitry/Dmitry);
* ia, ya, ie, ye, io, yo after a consonant are e (Siarhei/Sergei, Homiel/Gomel);
* -ou/-au before a consonant or at the end is -ov/-av (ў: Tsikhanouski/Tikhanovsky);
* akanne: o is a (Kalesnikava/Kolesnikova, Hrodna/Grodno);
* a word-initial u before a consonant is v (Uladzimir/Vladimir); double letters are
  single; and a final vowel is dropped (case endings: Lukashenka/Lukashenko).

These folds are only safe on names that are romanised Belarusian or Russian: applied
to English names they merge Don and Dan, Mary and Mario. So a Latin spelling is folded
only when it carries a mark of such a romanisation (``_EAST_SLAVIC``: kh, zh, dz,
-enka, -skaya, -vich, -ova, -ou…); any other keys as itself, and the alias table
holds the pairs no mark reveals (Hrodna/Grodno, Ihar/Igor). Family names fold across
gender (Tsikhanouskaya and Tsikhanouski, Ivanov and Ivanova), as the stems do.

It keeps what tells different people apart: Lukashenko and Lukashevich, Ivanov and
Petrov, key differently. ``benchmarks/name_key_merges.py`` counts the names of a real
English corpus that the key merges (7 groups over 10,305 names of the BBC set, each
of them spellings of one name or family: Petrov/Petrova, Khamenei/Khomenei).
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from whoosh.lang import stemmer_for_language

NAMES_FILE = "names.txt"  # beside the index: "<key>\t<name> <name>…" a line, by key

_stem_ru = stemmer_for_language("ru")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "io",
    "є": "ie", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_LATIN = {
    "ł": "l", "ś": "s", "ź": "z", "ć": "ts", "ń": "n", "ŭ": "u", "č": "ch", "š": "sh",
    "ž": "zh", "ż": "zh", "ï": "i", "ë": "io", "ß": "ss", "'": "", "’": "",
}  # fmt: skip
_STEPS = [
    (re.compile(r"cz"), "ch"),
    (re.compile(r"sz"), "sh"),
    (re.compile(r"rz"), "zh"),
    (re.compile(r"w"), "v"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"^u(?=[^aeiou])"), "v"),
    (re.compile(r"(?<=[aeo])u(?=[^aeiou]|$)"), "v"),
    (re.compile(r"kh|ch|g"), "h"),
    (re.compile(r"ts(?=[ie])"), "t"),
    (re.compile(r"dz"), "d"),
    (re.compile(r"(?<=[^aeiou])i[aeo]"), "e"),
    (re.compile(r"o"), "a"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=.{3})[aeiou]+$"), ""),
]
_LACINKA = re.compile(r"[ŭćśźńłčšž]")
_NAME = re.compile(r"[^\W\d_][\w'’]*")


# what marks a Latin spelling as romanised Belarusian or Russian: its letters (kh, zh,
# shch, dz, ts before a vowel, ia before two consonants, a Łacinka letter) or its
# ending (-enka/-enko, -ski/-skaya, -vich, -ov/-ova/-ou/-ava, -shka, -uk, -ets, -ei, -iy)
_EAST_SLAVIC = re.compile(
    r"kh|zh|shch|dz|ts[aeiouy]|^dm|[iy]a([bcdfghjklmnpqrstvwxz])(?!\1)[bcdfghjklmnpqrstvwxz]"
    r"|[ŭćśźńłčšž]|(?:enk[ao]|[sc]k(?:i|y|iy|ij|yi|aya|aia|aja|a)|v[iy][cč]h?|[aoe]v(?:a|na)?"
    r"|[aoe]u|[sc]hk[ao]|[iy]?uk|ets|ei|ii|yy|iy)$"
)


def name_key(word: str) -> str:
    """The romanisation key of a name (see the module's docstring). A Latin spelling
    with no mark of a Belarusian or Russian romanisation (Maria, Donald) keys as
    itself: folding English names the same way would merge Don and Dan, Mary and
    Mario."""
    text = unicodedata.normalize("NFC", word).casefold()
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    if _CYRILLIC.search(text):
        text = "".join(_TRANSLIT.get(ch, ch) for ch in _stem_ru(text))
    elif not _EAST_SLAVIC.search(text):
        return "=" + text
    else:
        if _LACINKA.search(text):  # Łacinka: c is ц (Cichanoŭskaja), cz/č is ч
            text = re.sub(r"c(?![hz])", "ts", text)
        text = "".join(_LATIN.get(ch, ch) for ch in text)
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    for pattern, replacement in _STEPS:
        text = pattern.sub(replacement, text)
    return text


def looks_like_name(word: str) -> bool:
    """A capitalised word of three letters or more, not an acronym (NATO)."""
    return (
        len(word) >= 3
        and word[0].isupper()
        and not word.isupper()
        and _NAME.fullmatch(word) is not None
    )


def names_in(words: set[str]) -> set[str]:
    """The words of a text (as written) that are names: capitalised, and never
    written in lower case ("After" starts sentences; "Minsk" is a name)."""
    return {w for w in words if looks_like_name(w) and w.lower() not in words}


class NameIndex:
    """The library's names by key, from the names file of its index folder; read on
    first use and again when the file changes."""

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / NAMES_FILE
        self._raw = SortedLines(self.path)

    def spellings_of(self, word: str) -> tuple[list[str], bool]:
        """The library's names with the key of ``word`` (``word`` itself left out),
        and whether the library writes ``word`` itself as a name."""
        line = self._raw.find(name_key(word) + "\t", prefix=True)
        found = line.partition("\t")[2] if line else ""
        if not found:
            return [], False
        typed = word.casefold()
        names = found.split(" ")
        others = [name for name in names if name.casefold() != typed]
        return others, len(others) < len(names)

    def add(self, names: set[str], *, fresh: bool) -> None:
        """Merge ``names`` into the file (keys computed once per new name)."""
        table = {} if fresh else read_names(self.path)
        known = {name for line in table.values() for name in line.split(" ")}
        new = names - known
        if not new and not fresh:
            return
        by_key: dict[str, set[str]] = {k: set(v.split(" ")) for k, v in table.items()}
        for name in new:
            key = name_key(name)
            if key:
                by_key.setdefault(key, set()).add(name)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(
            "\n".join(f"{k}\t{' '.join(sorted(v))}" for k, v in sorted(by_key.items())), "utf-8"
        )
        os.replace(tmp, self.path)


def read_names(path: Path) -> dict[str, str]:
    """key -> its names, space-separated ({} when there is no readable file)."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    out: dict[str, str] = {}
    for line in text.split("\n"):
        key, tab, names = line.partition("\t")
        if tab and names:
            out[key] = names
    return out


class SortedLines:
    """A file of sorted lines, looked up by binary search over its bytes: a query
    pays for reading the file (a few ms at 100k articles) but never for parsing it
    into a dict or a set. Read again when the file changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: tuple[int, bytes] | None = None  # (mtime_ns, the file)

    def _bytes(self) -> bytes:
        try:
            stamp = self.path.stat().st_mtime_ns
            if self._data is None or self._data[0] != stamp:
                self._data = (stamp, self.path.read_bytes())
        except OSError:
            return b""
        return self._data[1]

    def find(self, text: str, *, prefix: bool = False) -> str | None:
        """The line equal to ``text`` (or, with ``prefix``, the first line starting
        with it), or None. Lines are sorted by code point, which is UTF-8 byte order."""
        data = self._bytes()
        key = text.encode("utf-8")
        lo, hi = 0, len(data)
        while lo < hi:  # lo and hi stay at line starts
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 if mid > lo else lo
            start = max(start, lo)
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            probe = line[: len(key)] if prefix else line
            if probe < key:
                lo = end + 1
            elif probe > key:
                hi = start
            else:
                return line.decode("utf-8", "replace")
        return None
