"""Russian claim shape ``headline_claims``: an unquoted headline that attributes,
"Захарова: учения НАТО — провокация", "Лукашенко: мы не позволим ...", "КГБ: задержан
агент ...", "Вольфович — о ситуации на границе: провокации не прекращаются". Only the
text's first line, short and with no full stop, and only where the speaker
is named explicitly: a person (the alias table's, a given name and a surname, or a
surname the body gives with a given name) or a government body by its short name. A
topic before the colon ("Санкции: что изменится", "Союзное государство: какие ...") or
a source with no name ("Источник ТАСС: ...") gives nothing: a wrong speaker is worse
than none. Quoted headlines ("X: «...»") are ``ru_shape_source.colon_claims``'."""

from __future__ import annotations

import re

from .document import Document
from .model import Candidate
from .ru_lexicon import PASSIVE_CUES, SPEECH_VERBS
from .ru_roles import is_agency
from .ru_shape_source import _is_person_named
from .ru_speakers import GIVEN_STEMS, cyrillic_para
from .ru_text import fold, stem

_MAX_LINE = 160
# a given name and a surname, overlapping ("России Мария Захарова" gives both pairs)
_FULL_NAME = re.compile(r"(?<![\w-])(?=([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё-]+))")
# the speaker's words, then ": " or a dash between spaces
_SEP = re.compile(r":\s|\s[—–-]\s")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_ABOUT = frozenset(("о", "об", "про", "пра"))
_AT = frozenset(("на", "в", "во", "после", "перед", "при", "ў", "пасля"))
# a statement that is a question or a teaser, not a claim: "что изменится", "как ..."
_ASKS = frozenset(
    "что как какие какой какая какое каких кто где когда зачем почему сколько куда "
    "откуда чем чего ли онлайн видео фото главное коротко итоги".split()
)
# bodies that speak in headlines and are no ministry of ``is_agency``
_BODIES = frozenset(
    (
        "Кремль",
        "НАТО",
        "ООН",
        "ОБСЕ",
        "ОДКБ",
        "Белстат",
        "Нацбанк",
        "Генпрокуратура",
        "Следственный комитет",
        "СК",
        "ГПСУ",
        "СБУ",
        "ФСБ",
        "ЦИК",
        "Госдеп",
        "Пентагон",
        "Еврокомиссия",
        "Европарламент",
        "Евросоюз",
    )
)


def headline_claims(doc: Document) -> list[Candidate]:
    if not doc.paras:
        return []
    t = doc.t
    ps, pe = doc.paras[0]
    nl = t.find("\n", ps, pe)
    line = t[ps : pe if nl < 0 else nl].rstrip()  # its first line
    if not line or len(line) > _MAX_LINE or line[-1] in ".?…":
        return []
    if not cyrillic_para(doc, ps):
        return []
    s = ps
    while s < pe and not (t[s].isalpha() or t[s] in '«„“"'):
        s += 1  # "⚡️ МВД: ...": the emoji before the speaker
    m = _SEP.search(t, s, ps + len(line))
    if m is None:
        return []
    head_end = m.start()
    rest = m.end()
    first = _WORD.match(t, rest)
    if m.group()[0] != ":" and first is not None and fold(first.group()) in _ABOUT:
        # "Вольфович — о ситуации на границе: ..." (the topic, then the statement)
        colon = t.find(": ", rest, ps + len(line))
        if colon < 0:
            return []
        rest = colon + 2
    end = ps + len(line)
    while end > rest and t[end - 1] in "!;,":
        end -= 1
    sp = _speaker_words(doc, s, head_end)
    if sp is None or not _statement(t, rest, end):
        return []
    cue = m.group().strip()
    return [Candidate(rest, end, cue, m.start(), m.end(), sp[0], sp[1], 2, role="colon")]


def _statement(t: str, s: int, e: int) -> bool:
    """A statement of three words or more, not quoted (``colon_claims`` has those), no
    question or teaser."""
    if e <= s or t[s] in '«„“"' or t[s].isdigit():
        return False
    words = _WORD.findall(t, s, e)
    return len(words) >= 3 and fold(words[0]) not in _ASKS


def _speaker_words(doc: Document, s: int, e: int) -> tuple[int, int] | None:
    """The offsets of the explicitly named speaker before the separator, else None."""
    t = doc.t
    words = [(mm.group(), mm.start(), mm.end()) for mm in _WORD.finditer(t, s, e)]
    if not words or words[0][1] != s or len(words) > 8 or not t[s].isupper():
        return None
    if any(fold(w) in SPEECH_VERBS or fold(w) in PASSIVE_CUES for w, _, _ in words):
        return None
    cut = next((i for i, x in enumerate(words) if fold(x[0]) in _AT | _ABOUT), len(words))
    if cut == len(words) and t[s:e].rstrip() != t[s : words[-1][2]]:
        return None  # marks or figures around the words: "«Вот Так»", "10:20"
    words = words[:cut]
    if not 0 < len(words) <= 4:
        return None
    name = t[words[0][1] : words[-1][2]]
    if _is_person_named(name) or is_agency(name) or name in _BODIES:
        return words[0][1], words[-1][2]
    if len(words) == 1 and _body_names_person(t, doc.paras[0][1], name):
        return words[0][1], words[-1][2]
    return None


def _body_names_person(t: str, body_start: int, surname: str) -> bool:
    """The body names ``surname`` with a given name before it ("Мария Захарова",
    "Марии Захаровой"): the headline's one word is that person."""
    want = stem(surname)
    if len(want) < 3:
        return False
    return any(
        stem(m.group(2)) == want and stem(m.group(1)) in GIVEN_STEMS
        for m in _FULL_NAME.finditer(t, body_start)
    )
