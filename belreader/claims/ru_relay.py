"""Russian and Belarusian words another source passed on: "Лукашенко заявил, что ...,
сообщает БелТА", "Как передает БелТА, Лукашенко заявил ...", "По данным БелТА, ...",
"«...», — заявил Лукашенко, передает БелТА". The person who spoke is the speaker, the
outlet the claim's ``via`` (see ``relay``)."""

from __future__ import annotations

from .document import Document
from .model import Candidate
from .relay import credit_relays
from .ru_lexicon import OBJECT_VERB_STEMS, RELAY_VERBS, SPEECH_VERBS
from .ru_text import fold

# source phrases that pass a report on ("по данным" also names a finding: see below)
_RELAY_LEADS = (
    *("как сообщает", "как сообщают", "как передает", "как передают", "как пишет"),
    *("по данным", "по информации", "як паведамляе", "паводле"),
)
# sources that hold facts, not words: "по данным опроса", "по данным статистики"
_FINDINGS = ("опрос", "исследован", "статистик", "перепис", "подсчет", "оценк", "доклад")


def relayed(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each outlet's inner report credited to it (``relay``)."""
    return credit_relays(doc, cands, _relays, _passes_on, _holds_facts)


def _relays(c: Candidate) -> bool:
    cue = fold(" ".join(c.cue.split()).lower())
    return cue in RELAY_VERBS or cue.startswith(_RELAY_LEADS)


def _passes_on(c: Candidate) -> bool:
    """A verb of saying ("заявил", "сказала"), not an act the outlet describes
    ("призвал X сделать", "обвинил X в ...") nor another relay."""
    verb = fold(c.cue.split()[-1].lower()) if c.cue.split() else ""
    if verb.startswith(("назва", "называ")):
        return True  # "Лукашенко назвал санкции «войной», сообщает БелТА": his judgement
    return (
        verb in SPEECH_VERBS and verb not in RELAY_VERBS and not verb.startswith(OBJECT_VERB_STEMS)
    )


def _holds_facts(source: str) -> bool:
    return any(fold(w.lower()).startswith(_FINDINGS) for w in source.split())
