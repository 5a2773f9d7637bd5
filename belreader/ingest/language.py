"""Per-article language: English, Russian, Belarusian or Ukrainian, by letters.

The claims code picks its rules by this, so it must tell apart three Cyrillic languages
that share most words' shapes. Their alphabets differ in a few letters, which is enough
on a few hundred characters and costs one pass: Russian has и/ы/э/ъ and no і;
Belarusian has і/ы/э/ў and no и; Ukrainian has и/і/є/ї/ґ and no ы/э.
"""

from __future__ import annotations

from .decoding import _CYRILLIC_RE, _LETTER_RE


def guess_language(body: str) -> str:
    """ "en", "ru", "be", "uk", or "und" when the text has no letters."""
    sample = body[:5000]
    if not _CYRILLIC_RE.search(sample):
        # no Cyrillic at all: any letter makes it English; no need to count them
        return "en" if _LETTER_RE.search(sample) else "und"
    letters = _LETTER_RE.findall(sample)
    if not letters:
        return "und"
    cyr = _CYRILLIC_RE.findall(sample)
    if len(cyr) / len(letters) <= 0.5:
        return "en"
    low = sample.lower()
    i_dot, i_ru = low.count("і"), low.count("и")
    if i_dot + i_ru == 0 or i_dot / (i_dot + i_ru) < 0.15:
        return "ru"
    be_only = low.count("ў") + low.count("ы") + low.count("э")
    uk_only = low.count("є") + low.count("ї") + low.count("ґ")
    if i_ru / (i_dot + i_ru) < 0.1 or be_only > uk_only:
        return "be"
    return "uk"
