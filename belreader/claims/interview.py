"""The answers of a question-and-answer interview, language-neutral: each language's
shape finds its questions, its answers and its guest (``en_shape_interview``: "Q:" /
"A:" paragraphs; ``ru_dialogue``: dash lines), and this turns them into claims."""

from __future__ import annotations

from collections.abc import Callable

from .model import Candidate

MAX_INTRO = 3000  # characters before the first question searched for the guest


def guest_answers(
    t: str,
    questions: int,
    first_q: int,
    answers: list[tuple[int, int, int]],
    guest_of: Callable[[str, int, int], tuple[int, int] | None],
    cue: str,
) -> list[Candidate]:
    """Each answer (the offset of its marker, its start and end) as a quote of the one
    guest ``guest_of`` finds before the first question; none for fewer than two
    questions or when the guest is not one person."""
    if questions < 2 or not answers:
        return []
    guest = guest_of(t, max(0, first_q - MAX_INTRO), first_q)
    if guest is None:
        return []
    a, b = guest
    # (an answer holds what others told the guest: "A colleague said to me: “...”")
    return [
        Candidate(s, e, cue, ms, ms + 1, a, b, 2, role="post", kind="direct", holds_claims=True)
        for ms, s, e in answers
    ]
