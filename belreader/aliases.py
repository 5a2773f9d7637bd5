"""Entity aliases and transliterations, used at index time, query time and by claims.

The table is data (``aliases.toml`` in this package, extended by ``aliases.toml`` in the
user's data directory). Two uses:

* search folds every one-word spelling of an entity into one term
  (``lukashenka`` -> ``lukashenko``, ``киев`` -> ``kyiv``), in the analyzer, so any
  spelling finds all; a [terms] spelling of several words (``Collective Security Treaty
  Organisation``) is a long form of its entry, found by and finding its short form
  (``belreader.search.spellings``);
* claims name a speaker by the person's canonical full name
  (``Lukashenka``, ``President Aliaksandr Lukashenka`` -> ``Alexander Lukashenko``).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

ALIAS_FILE_NAME = "aliases.toml"
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
# a long form longer than this is a mistake (a pasted sentence), not a name
MAX_ALIAS_WORDS = 12
# words too common to be a spelling of an entity: mapping one would fold it everywhere
_COMMON_WORDS = frozenset(
    "a an and are as at be but by for from has have he her his i if in is it its not of on "
    "or our she that the their they this to was we were which who will with you "
    "и в во не на что с со как а по из у за от о к".split()
)


class AliasFileError(ValueError):
    """A user alias file that cannot be read or has the wrong shape."""


def fold_key(text: str) -> str:
    """The lookup key of a spelling: NFC, lower case, curly apostrophes straightened."""
    return unicodedata.normalize("NFC", text).casefold().replace("’", "'").strip()


def _words(text: str) -> list[str]:
    return [fold_key(w) for w in _WORD.findall(text)]


@dataclass
class AliasTable:
    """Spelling groups. ``terms`` maps a one-word spelling to its canonical term; ``people``
    maps a spelling (one or more words, folded) to a canonical full name."""

    terms: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    # canonical term -> every spelling folded into it (for "did you mean" and the UI)
    groups: dict[str, set[str]] = field(default_factory=dict)
    # canonical -> its long forms, each the tuple of its folded words (multi-word
    # [terms] spellings: "Collective Security Treaty Organisation" for CSTO)
    phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    # a folded spelling -> as the table writes it (for showing what was matched)
    written: dict[str, str] = field(default_factory=dict)
    # entries of a user file that were left out, each "<file>:<line>: <why>"
    problems: list[str] = field(default_factory=list)
    # a user file that could not be used at all (unreadable, not TOML, the wrong shape):
    # one line saying why; the table is then the bundled one alone
    file_error: str | None = None

    # -- building --------------------------------------------------------------------
    def add_term_group(self, canonical: str, variants: list[str]) -> None:
        canon = " ".join(_words(canonical))
        group = self.groups.setdefault(canon, {canon})
        self.written.setdefault(canon, canonical.strip())
        if len(canon.split()) > 1:
            self.phrases.setdefault(canon, set()).add(tuple(canon.split()))
        for v in variants:
            words = _words(v)
            if len(words) == 1:
                self.terms[words[0]] = canon
                group.add(words[0])
                self.written.setdefault(words[0], v.strip())
            elif words:
                self.phrases.setdefault(canon, set()).add(tuple(words))
                self.written.setdefault(" ".join(words), " ".join(v.split()))

    def add_person(self, full_name: str, variants: list[str]) -> None:
        surname = _WORD.findall(full_name)[-1]  # as written: shown as a spelling
        self.people[" ".join(_words(full_name))] = full_name
        for v in variants:
            self.people[" ".join(_words(v))] = full_name
        # one-word spellings of the person fold into the canonical surname for search
        self.add_term_group(surname, [v for v in variants if len(_words(v)) == 1])

    def merge_toml(self, data: dict, origin: str, text: str | None = None) -> None:
        """Add a parsed alias file. A file of the wrong shape raises AliasFileError; an
        entry that would do harm (a spelling of more than MAX_ALIAS_WORDS words, a
        common word such as "the", a spelling another entity already has) is left out
        and named, with its line when ``text`` (the file's text) is given, in
        ``problems``: the rest of the file, and the bundled table, still apply."""
        for section, adder in (("people", self.add_person), ("terms", self.add_term_group)):
            entries = data.get(section, {})
            if not isinstance(entries, dict):
                raise AliasFileError(f"{origin}: [{section}] must be a table")
            for canonical, variants in entries.items():
                if isinstance(variants, str):
                    variants = [variants]
                if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
                    raise AliasFileError(
                        f"{origin}: {section}.{canonical} must be a list of spellings"
                    )
                if not _words(canonical):
                    raise AliasFileError(f"{origin}: {section} has an empty name")
                why = self._refusal(section, canonical, variants)
                if why:
                    where = _line_of(text, canonical) if text is not None else None
                    self.problems.append(f"{origin}{f':{where}' if where else ''}: {why}")
                    continue
                adder(canonical, variants)

    def _refusal(self, section: str, canonical: str, variants: list[str]) -> str | None:
        """Why an entry cannot be added, or None."""
        canon = " ".join(_words(canonical))
        target = _words(canonical)[-1] if section == "people" else canon
        for spelling in [canonical, *variants]:
            words = _words(spelling)
            if len(words) > MAX_ALIAS_WORDS:
                return (
                    f"{section}.{canonical}: a spelling of {len(words)} words "
                    f"(at most {MAX_ALIAS_WORDS}): {spelling[:40]!r}…"
                )
            if len(words) == 1 and words[0] in _COMMON_WORDS:
                return (
                    f"{section}.{canonical}: {spelling!r} is a common word; "
                    "folding it would change every text"
                )
            if len(words) == 1 and spelling is not canonical:
                other = self.terms.get(words[0])
                if other is not None and other != target and words[0] != other:
                    return (
                        f"{section}.{canonical}: {spelling!r} is already a spelling of "
                        f"{self.written.get(other, other)!r}"
                    )
        return None

    # -- lookups ---------------------------------------------------------------------
    def fold_term(self, token: str) -> str:
        """The canonical term of a lower-cased token, or the token itself."""
        return self.terms.get(token.replace("’", "'"), token)

    def spellings(self, term: str) -> set[str]:
        """Every spelling folded with ``term`` (itself included)."""
        key = fold_key(term)
        canon = self.terms.get(key, key)
        return set(self.groups.get(canon, {key}))

    def person(self, surface: str | None) -> str | None:
        """The canonical full name of a person named by ``surface``, or None.

        Accepts titles and first names around the name ("Belarusian President Alexander
        Lukashenko", "Lukashenka's") by trying the longest known run of words, ending
        with the last word alone.
        """
        if not surface:
            return None
        # (a suffix test, not re.sub per word: this runs on every name of every article)
        words = [w[:-2] if w.endswith("'s") else w for w in _words(surface)]
        words = [w for w in words if w]
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size, -1, -1):
                hit = self.people.get(" ".join(words[start : start + size]))
                if hit:
                    return hit
        return None


def _bundled_text() -> str:
    return resources.files("belreader").joinpath(ALIAS_FILE_NAME).read_text("utf-8")


def load_table(user_file: Path | None = None) -> AliasTable:
    """The bundled table, extended by ``user_file`` when it exists.

    A user file that cannot be used (unreadable, not TOML, the wrong shape) never
    breaks search: the table is the bundled one alone, and ``file_error`` says why in
    one line. Entries that would do harm are left out one by one (``problems``).
    """
    table = _bundled_table()
    if user_file is None or not user_file.is_file():
        return table
    try:
        text = user_file.read_text("utf-8")
        table.merge_toml(tomllib.loads(text), str(user_file), text)
        return table
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        reason = f"{user_file}: {exc}"
    except RecursionError:  # tomllib recurses per nested array or table
        reason = f"{user_file}: nested too deeply to be an alias table"
    except AliasFileError as exc:
        reason = str(exc)
    table = _bundled_table()  # nothing of a half-read file stays
    table.file_error = f"{reason} (not used: search folds the bundled spellings only)"
    return table


def _bundled_table() -> AliasTable:
    table = AliasTable()
    table.merge_toml(tomllib.loads(_bundled_text()), "bundled aliases")
    if table.problems:  # pragma: no cover - the bundled table is checked by the tests
        raise AliasFileError("; ".join(table.problems))
    return table


def _line_of(text: str, key: str) -> int | None:
    """The line of ``text`` where the entry ``key`` is written (``key =`` or ``"key" =``)."""
    # [ \t]*, not \s*: a blank line before the entry must not count as its start
    pattern = re.compile(
        r"^[ \t]*(?:"
        + re.escape(key)
        + r'|"'
        + re.escape(key)
        + r'"'
        + r"|'"
        + re.escape(key)
        + r"')\s*=",
        re.M,
    )
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


@lru_cache(maxsize=1)
def default_table() -> AliasTable:
    """The bundled table alone (for code that has no library at hand, like claims)."""
    return load_table(None)
