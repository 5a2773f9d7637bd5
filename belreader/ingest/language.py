"""Per-article language guess."""

from __future__ import annotations

import re

from .decoding import _CYRILLIC_RE, _LETTER_RE



def _guess_language(body: str) -> str:
    sample = body[:5000]
    if not _CYRILLIC_RE.search(sample):
        # no Cyrillic at all: any letter makes it English; no need to count them
        return "en" if _LETTER_RE.search(sample) else "und"
    letters = _LETTER_RE.findall(sample)
    if not letters:
        return "und"
    cyr = _CYRILLIC_RE.findall(sample)
    if len(cyr) / len(letters) > 0.5:
        # Belarusian uses ў and і, which Russian lacks
        return "be" if re.search(r"[ўЎ]", sample) or sample.count("і") > 5 else "ru"
    return "en"
