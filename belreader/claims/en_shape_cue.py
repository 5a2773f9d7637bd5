"""The cue-driven family: every reporting verb the cue finder finds, with its speaker found
to its left (or right, inverted) and its content on the other side."""

from __future__ import annotations

from .document import MAX_UNIT, Document
from .en_adverbials import skip_adverbials
from .en_appositive import speaker_beside_aside
from .en_clauses import (
    DATELINE,
    clause_before_conjunction,
    clause_subject,
    evidence_source,
    is_tail,
    lead_subject,
    quote_after,
    quote_after_words,
    quote_left,
    skip_object,
    speaker_without_time,
    unit_subject,
)
from .en_content_end import writers_words_end
from .en_content_start import adverbial_lead, narration_lead, paren_lead_start
from .en_content_tail import time_clause_lead
from .en_cue_subject import (
    BEFORE_QUOTED,
    LEAD_ASIDES,
    PLACE_TAG,
    aspect_before_cue,
    clause_mark_before,
    document_before,
    last_clause_subject,
    name_before_tag,
    object_follows,
    opening_relative_subject,
    participle_of_object,
    plain_subject,
    quoted_as_saying,
    relative_antecedent,
    relative_head,
    speaking_antecedent,
    that_follows,
    who_clause_end,
    without_asides,
    without_lead_adverb,
)
from .en_cues import iter_cues
from .en_function_words import LY_NOUNS
from .en_lexicon import (
    ADVERBS,
    CONJ,
    EVIDENCE_VERBS,
    FRONT,
    OPENING_PREPS,
    PARTICIPLE_TAIL,
    PASSIVE,
    PERFECT,
    SAY,
    SAY_THAT,
    SPEECH_PARTICIPLES,
    SUBORD,
    TELL,
    TIME_OR_CAUSE_OPENERS,
)
from .en_not_claims import (
    after_opening_participle,
    after_title,
    conditional,
    cue_is_noun,
    lead_in_to_colon,
)
from .en_phrases import (
    coordinated_speakers,
    determined_np,
    fronted_subject,
    np_ok,
    plural_people,
    postmodified_speaker,
    words_with_pos,
)
from .en_shape_according import according
from .en_shape_postposed import inverted, inverted_after_clause, postposed
from .en_shape_preposed import preposed
from .model import Candidate, Span
from .text import fold_word, skip_space, trim


def cue_claims(doc: Document) -> list[Candidate]:
    """Reported speech and quotes around a cue word: "X said (that) ...", "..., X
    said.", "..., he says, ...", "“...,” said X", "according to X"."""
    t = doc.t
    cands: list[Candidate] = []
    unit_claims: dict[int, list[Candidate]] = {}
    # cue occurrences, in order, each assigned to its unit
    for cs, ce in iter_cues(t, kept_only=True, affirmed=True):
        cue = t[cs:ce]
        if not cue.islower() and not cue.lower().startswith("according"):
            continue  # "States", headline case
        q = doc.quote_at(cs)
        if q is not None and (q.closed or cs - q.start < 400):
            continue  # a word inside a quote is not a cue
        k = doc.unit_index(cs)
        if k < 0:
            continue
        us, ue = doc.units[k]
        if ce > ue or ue - us > MAX_UNIT:
            continue
        if (m := DATELINE.match(t, us)) is not None and m.end() < cs:
            us = m.end()  # "MINSK, Dec. 8 (Reuters) — ...": the place is no speaker
        prev = unit_claims.get(k, [])
        c = from_cue(doc, cs, ce, us, ue, prev)
        if c is not None and not lead_in_to_colon(t, c.start, c.end):
            cands.append(c)
            unit_claims.setdefault(k, []).append(c)
    return cands


def from_cue(
    doc: Document, cs: int, ce: int, us: int, ue: int, prev: list[Candidate]
) -> Candidate | None:
    """The claim of the cue t[cs:ce] in the unit t[us:ue], or None."""
    t = doc.t
    cue_text = t[cs:ce]
    cue_low = " ".join(cue_text.lower().split())
    if cue_low == "according to":
        return according(doc, cs, ce, us, ue)
    # the word before the cue: passive voice ("is said to") is not a report
    before = words_with_pos(t, max(us, cs - 60), cs)
    joined = before[-1][0] if before and not t[before[-1][2] : cs].strip() else None
    if (
        cue_is_noun(t, cs, cue_low, joined)
        or after_opening_participle(t, cs, ce, cue_low, joined)
        or conditional(t, us, cs, ce)
    ):
        return None
    if joined in ("half", "Half") and cue_low.endswith("ing"):
        return None  # "said to me, half joking, that ...": how it was said, no report
    if cue_low in ("state", "states"):
        nxt = t[skip_space(t, ce, ue) : ce + 8]
        if not (nxt[:1] in ':,“"‘' or nxt.startswith("that ")):
            return None  # "moves to Western states this week": a noun; the verb "state"
            # takes "that", a colon or a quote
    # only a word joined to the cue by spaces makes it passive: in "… she will be,'' said
    # X" the "be" ends a quote (the adverbs skipped below are joined the same way)
    if (
        before
        and before[-1][0].lower() in PASSIVE
        and not t[before[-1][2] : cs].strip()
        and not cue_low.split()[0].endswith("ing")
    ):
        return None
    # -- the left noun phrase (the speaker before the cue) --
    j = len(before)
    progressive = False
    qi, quoted_obj = quoted_as_saying(t, before, cue_low)
    if qi > 0:
        # "X was quoted (by Interfax) as saying ...": a finite report by X
        j = qi
        while j > 0 and before[j - 1][0] in BEFORE_QUOTED:
            j -= 1
        progressive = True
    elif (ka := aspect_before_cue(before, cue_low)) > 0:
        j = ka  # "Lukashenko went on to say that ...": a finite report by the subject
    while (
        j > 0 and not t[before[j - 1][2] : before[j][1] if j < len(before) else cs].strip()
    ) and (
        before[j - 1][0].lower() in ADVERBS
        # emphatic "do" right before the cue: "He did tell CNN that ..." (not "did not")
        or (j == len(before) and before[j - 1][0] in ("did", "does", "do"))
        # "He has since said …" (not a phrasal "who has since called on them to …")
        or (before[j - 1][0] == "since" and before[j - 2][0] in PERFECT and " " not in cue_low)
        or (
            before[j - 1][0].islower()
            and before[j - 1][0].endswith("ly")
            and len(before[j - 1][0]) > 4
            and before[j - 1][0] not in LY_NOUNS  # "a lawyer for the family said"
        )
        or (
            cue_low.split()[0].endswith("ing")
            and not progressive
            and before[j - 1][0] in ("is", "are", "was", "were", "been")
        )
    ):
        if before[j - 1][0] in ("is", "are", "was", "were", "been"):
            progressive = True  # "Trump is telling a group that ..." : finite
        j -= 1
    left_end = before[j][1] if j < len(before) else cs
    # boundary: the last clause punctuation before the noun phrase
    win_s = max(us, cs - 300)
    b = clause_mark_before(doc, win_s, left_end)
    if (
        prev
        and b > us
        and t[b - 1 : b + 1] in (",”", ',"')
        and cue_low.split()[0].endswith("ing")
        and (title := doc.quote_at(b - 1)) is not None
        and title.start > prev[-1].end
    ):
        b -= 1  # 'said on "Morning Joe," adding': the comma inside a title's quote mark
    chunk_s = b + 1 if b >= 0 else us
    if b < 0 and win_s > us:
        chunk_s = win_s
    ws = words_with_pos(t, chunk_s, left_end)
    if ws and not (ws[0][0][:1].isalnum() or any(ch.isalnum() for ch in ws[0][0])):
        ws = ws[1:]  # the second hyphen of "--"
    # drop leading conjunctions / subordinators
    subord = False
    chunk_had_conj = bool(ws) and ws[0][0].lower() in ("and", "but") and len(ws) == 1
    while ws and (
        ws[0][0].lower() in CONJ
        or (
            len(ws) > 1
            and fold_word(ws[0][0]) in LEAD_ASIDES
            and ws[1][0].lower() not in CONJ  # "Even as X said": a subordinate clause
            and ws[1][0].capitalize() not in OPENING_PREPS  # "Even without changes the ..."
        )
    ):
        subord = subord or ws[0][0].lower() in SUBORD
        ws = ws[1:]
    # "Three years after Republicans vowed ...": a fronted time clause's lead
    lead = time_clause_lead([w for w, _, _ in ws[:4]])
    if lead and len(ws) > lead:
        ws, subord = ws[lead:], True
    if len(ws) == 1 and ws[0][0] == "Having" and ws[0][1] == us:
        # "Having announced that A, the judge ...": the speaker is the main clause's
        # subject, after the content; no claim is read with "Having" for its speaker
        return None
    if not cue_low.split()[0].endswith("ing"):
        ws = without_asides(ws)
    # "Clinton was booed when she said", "... program and Trump says": the clause of
    # the cue opens after the last subordinator or conjunction inside the chunk
    said_like = cue_low in SAY or cue_low.split()[0] in TELL or that_follows(t, ce, ue)
    if (
        len(ws) >= 3
        and (
            said_like
            # any finite cue with its object: "after Zoe Saldana revealed her ...",
            # "as he urges conservatives to ...", "when an Iowa voter asked if ..."
            or (not cue_low.split()[0].endswith("ing") and object_follows(doc, ws, -1, ce, ue))
        )
        and (
            not np_ok([w for w, _, _ in ws])
            # "Shares fell after the mining group said": np_ok sees no verb in "fell"
            or any(fold_word(w) in TIME_OR_CAUSE_OPENERS for w, _, _ in ws[1:-1])
            or (said_like and clause_before_conjunction(ws))  # "Talks took place and X"
        )
    ):
        for i in range(len(ws) - 2, 0, -1):
            lw = ws[i][0].lower()
            if not said_like and (
                lw in ("if", "because", "unless", "whether") or fold_word(ws[i - 1][0]) == "even"
            ):
                break  # "if their candidate announced ...": a condition, not a report;
                # "even after he criticized X, shows ...": the clause runs on
            if lw in SUBORD or lw in ("and", "but"):
                tail = ws[i + 1 :]
                tail_ws = [w for w, _, _ in tail]
                if (
                    len(tail) <= 6
                    and (np_ok(tail_ws) or (said_like and lw == "and" and determined_np(tail)))
                    and (said_like or plain_subject(tail_ws))
                ):
                    subord = subord or lw in SUBORD
                    ws = tail
                break
    # "One official who relayed the exchange said", "groups that have endorsed him
    # say": a speaker with a subject relative clause; the speaker is the noun phrase
    if (
        len(ws) >= 4
        and (cue_low in SAY or cue_low.split()[0] in TELL)
        and not np_ok([w for w, _, _ in ws])
    ):
        ws = relative_head(ws)
    # "an architect who said" -> "an architect"
    relative = bool(ws) and ws[-1][0].lower() == "who"
    which_body = len(ws) == 1 and ws[0][0].lower() == "which" and cue_low in SAY_THAT
    if which_body:  # "Viasna, which said", "a statement, which said": speaking_antecedent
        ws, ue = [], who_clause_end(doc, ce, ue)
    if relative:
        ws = ws[:-1]
        # "Perez, who said he expects a deal soon, spoke on Friday": the relative
        # clause ends where the main clause's verb comes back after a comma
        ue = who_clause_end(doc, ce, ue)
    # "the new taxes, which he said would help ...": the speaker of a relative clause
    # is its subject, after the relative pronoun
    if (
        2 <= len(ws) <= 4
        and ws[0][0].lower() in ("which", "that", "who", "whom")
        and np_ok([w for w, _, _ in ws[1:]])
        and cue_low in SAY
    ):
        ws = ws[1:]
    # "said" right after an appositive: "Artyom Shraibman, a scholar at ..., said"
    apposition = False
    opener = opening_relative_subject(doc, us, b) if not ws and b > us and t[b] == "," else []
    if opener:
        ws, apposition, b = opener, True, -1
    if not ws and b > us and t[b] == "," and cue_low in SAY:
        # "..., under pressure from imports, said the company's chief executive"
        c = inverted_after_clause(doc, cs, ce, us, ue, cue_text, b)
        if c is not None:
            return c
    if not ws and b >= 0 and t[b] == "," and b > us:
        # "Artyom Shraibman, a scholar at ..., said", "one of the family's attorneys,
        # Justin Bamberg, said": the speaker beside an aside between commas
        found = speaker_beside_aside(t, us, b, relative, cue_low)
        if found is not None:
            ws, b = found
            apposition = True
    if relative and not ws and b > us and t[b] == ",":
        ws = relative_antecedent(doc, us, b)  # "The crowd cheered for X, who said"
    elif which_body and b > us and t[b] == ",":
        ws = speaking_antecedent(doc, us, b)
    participial = cue_low.split()[0].endswith("ing") and not progressive
    if (
        participial
        and len(ws) >= 3
        and fold_word(ws[-1][0]) in ("and", "but")
        and ws[0][0].islower()
        and ws[0][0].endswith("ing")
        and b >= 0
        and t[b] == ","
    ):
        # "X slammed Y, calling them rapists and vowing to ...": the second participle
        # of the same main clause, as if right after its comma
        ws = []
    sp_s = sp_e = -1
    speaker_override = None
    if not participial:
        n_ws, ws = len(ws), without_lead_adverb(ws, us)
        if len(ws) == n_ws - 2 and ws[0][1] > us and not t[ce:ue].strip(" .;,\n"):
            return None  # "CONTENT, a charge Riga denies.": the one who denies it is no
            # source of it ("a charge Mrs Kavaliova says stems from ..." says something)
    if len(ws) >= 3 and ws[0][0].lower() in FRONT and not participial:
        # a fronted phrase without a comma: "In a meeting with the board Trump said"
        fs = fronted_subject(ws)
        if fs:
            ws = fs
    if (
        (len(ws) >= 2 and fold_word(ws[-1][0]) in ("and", "but") and not participial)
        or (len(ws) >= 3 and participial and fold_word(ws[-1][0]) in ("by", "before", "after"))
        or (
            # "He sent a memo to the Post in April explaining his plan": a participle
            # with its object right after the main clause
            len(ws) >= 4
            and participial
            and document_before(ws)
            and not np_ok([w for w, _, _ in ws])
            and object_follows(doc, ws, -1, ce, ue)
        )
    ):
        # a second verb of the subject: "Trump bemoaned the unrest and said ...",
        # "X, like Y, has urged A but has said ...", "Bolton distanced himself from
        # the movement by saying ...", "Sanders called him a hero before explaining ..."
        subj = clause_subject(doc, ws[0][1], cs)
        if subj is None or subj[2] >= ws[-1][1]:
            subj = clause_subject(doc, us, cs)
            if subj is not None and not ws[0][1] <= subj[2] < ws[-1][1]:
                subj = None
        if subj is None:
            return None
        sp_s, sp_e = subj[:2]
    elif ws and (
        np_ok([w for w, _, _ in ws])
        or ((cue_low in SAY or that_follows(t, ce, ue)) and determined_np(ws))
        or (
            not participial
            and determined_np(ws)
            and object_follows(doc, ws, b, ce, ue)
            # "The curtain revealed a stage": only a study or a poll finds or reveals
            and (cue_low not in EVIDENCE_VERBS or evidence_source(doc, ws[0][1], ws[-1][2]))
        )
        or (not participial and postmodified_speaker([w for w, _, _ in ws]))
        or (cue_low in SAY and coordinated_speakers([w for w, _, _ in ws]))
        # "So it makes sense, strategists said, for ...": a bare plural of people
        or (
            cue_low in ("said", "say", "says")
            and len(ws) == 1
            and b >= 0
            and plural_people([ws[0][0]])
        )
    ):
        sp_s, sp_e = ws[0][1], ws[-1][2]
    elif not ws and b >= 0 and ((participial and t[b] in ",—–―") or chunk_had_conj):
        # "..., a NATO official said, adding that ..." / "X supported Y and said ..."
        # ("According to Belta, he ordered A and told B ...": he, not the source)
        if prev and not prev[-1].cue.lower().startswith("according"):
            p = prev[-1]
            sp_s, sp_e, speaker_override = p.sp_start, p.sp_end, p.speaker_override
            if sp_s < 0 and speaker_override is None:
                return None
        else:
            subj = None
            # "X did Y, decrying the influence of ...": any participle with its object
            # after the main clause (not a preposition or 'to' after it)
            reports = participial and t[b] == "," and object_follows(doc, [], -1, ce, ue)
            if participial and cue_low in SPEECH_PARTICIPLES and t[b] in ",—–―":
                # "On Tuesday, as shares fell, Mr. Ackman wrote to investors, telling
                # them ...": the subject of the clause right before the participle,
                # nearer than the subject of the sentence
                subj = last_clause_subject(doc, us, b)
            if subj is None:
                subj = unit_subject(doc, us, ue)
            if subj is None and ((participial and t[b] in ",—–―") or chunk_had_conj):
                # "The leaders backed the plan, warning that ...": the subject of
                # the main clause speaks
                cs_ = clause_subject(doc, us, b)
                if cs_ is not None and (chunk_had_conj or cue_low in SPEECH_PARTICIPLES or reports):
                    subj = cs_[:2]
            if subj is None:
                return None
            if (
                participial
                and not chunk_had_conj
                and quote_after(doc, skip_adverbials(doc, ce, ue, cue_low), ue) is None
                and (cue_low not in SPEECH_PARTICIPLES)
                and not reports
            ):
                return None  # only "…, saying, “...”" without a previous claim
            sp_s, sp_e = subj
    else:
        # inverted: ", said the official" / "” said Shraibman" (", saying the Vilnius
        # Group ..." is no inversion: the participle's own clause follows)
        c = None if participial else inverted(doc, cs, ce, us, ue, cue_text, b, ws)
        if c is not None or ws or b < 0 or participial or t[b] not in ",—–―-)":
            return c
        # "John Smith, the head of X -- a firm that ... -- told me, ...": the name
        # that opens the sentence, before an appositive with its own punctuation
        subj = lead_subject(doc, us, b)
        if subj is None:
            return None
        sp_s, sp_e = subj
    if quoted_obj is not None:
        sp_s, sp_e = quoted_obj
        speaker_override = None
    if sp_s >= 0:
        sp_e = speaker_without_time(t, sp_s, sp_e)
    if cue_low == "asked" and sp_s >= 0 and t[sp_e:cs].strip() == ",":
        return None  # "Lukashenko, asked whether ..., said": the one asked, no asker
    if sp_s >= 0 and PLACE_TAG.fullmatch(t[sp_s:sp_e]):
        # "Sen. Rand Paul, R-Ky., told …", "Cory James, 22, of Flint, Mich., said": the
        # tag of a party or a state, not the speaker; the name before it, or nobody
        sp_s, sp_e = name_before_tag(doc, us, sp_s)
    # where the clause of the speaker starts
    at_start = (b < 0 or t[us:sp_s].strip() == "") or (not apposition and b >= 0 and t[b] in "\n")
    adverbials_end = skip_adverbials(doc, ce, ue, cue_low)
    rest = after_title(doc, ce, adverbials_end, ue, cue_low)  # past "on ABC's “This Week”"
    r = t[rest:ue].strip()
    # "X said: “...”" / "X boasted, “...”" : a quote running to the end of the unit
    direct = quote_after(doc, rest, ue)
    if direct is None and not participial and (sp_s >= 0 or speaker_override is not None):
        direct = quote_after_words(doc, ce, ue) if rest == adverbials_end else None
    if (
        direct is not None
        and not participial
        and b >= 0
        and t[b] in "”\"»'"
        and quote_left(doc, b, us)
    ):
        # "“A,” X said on Monday, “B.”": one quote split by its attribution
        split = postposed(doc, us, b, cs, ce, sp_s, sp_e, cue_text, speaker_override)
        if split is not None and split.gap is not None:
            return split
    if direct is not None:
        return Candidate(
            direct.start,
            direct.end,
            cue_text,
            cs,
            ce,
            sp_s,
            sp_e,
            0,
            speaker_override=speaker_override,
            role="pre",
        )
    if not participial and not at_start and b >= 0:
        if cue_low.split()[0] in TELL:
            # "CONTENT, the minister told reporters (on Friday)." : skip the object
            o = skip_object(doc, rest, ue)
            if o > rest:
                rest2 = skip_adverbials(doc, o, ue, cue_low)
                r2 = t[rest2:ue].strip()
                if is_tail(doc, rest2, ue) or r2.startswith(","):
                    rest, r = rest2, r2
        # postposed: "CONTENT, X said [at the conference]."
        if t[b] in ",”\"»—–―:'" and (
            is_tail(doc, rest, ue)
            or (quote_left(doc, b, us) and not r.lower().startswith("that") and r[:1] not in '“"«„')
        ):
            if sp_s >= 0 and t[sp_s:sp_e].lower() in ("it", "this"):
                return None
            return postposed(doc, us, b, cs, ce, sp_s, sp_e, cue_text, speaker_override)
        # parenthetical: "CONTENT, he says, CONTENT."
        if (
            t[b] == ","
            and r.startswith(",")
            and not subord
            and not narration_lead(doc, us, rest, ue)
        ):
            after = t[rest:ue].lstrip()[1:].lstrip()
            if (  # (", X wrote, “It ...”": the quote is the content, no parenthetical)
                after
                and after.split()[0].lower().strip(",") not in PARTICIPLE_TAIL
                and not (after[0] in '“"«„' and after[1:2].isupper())
            ):
                s0 = us
                for kw in ("which", "that", "who"):
                    wk = t.rfind(" " + kw + ",", us, b + 1)
                    if wk >= 0 and wk + len(kw) + 2 >= b:
                        s0 = wk + 1
                        break
                # the content after the parenthetical ends where the writer's words
                # begin: "A, he said, B, the latter a note on ..."
                g_e = rest + (t[rest:ue].find(",") + 1)
                s1, e1 = trim(t, paren_lead_start(doc, s0, b), writers_words_end(doc, g_e, ue))
                gap: Span | None = Span(b, g_e)
                if adverbial_lead(t[s1:b]):
                    # "And yet, her aides say, B": the claim is B
                    s1, gap = skip_space(t, g_e, e1), None
                return Candidate(
                    s1,
                    e1,
                    cue_text,
                    cs,
                    ce,
                    sp_s,
                    sp_e,
                    1,
                    gap=gap,
                    speaker_override=speaker_override,
                    role="paren",
                )
    if participial and sp_e <= t.rfind(",", us, cs) and participle_of_object(t, us, cs):
        return None  # (the people of an earlier participle speak: no claim)
    # preposed: "X said (that) CONTENT"
    return preposed(
        doc, cs, ce, rest, us, ue, cue_low, cue_text, sp_s, sp_e, speaker_override, subord
    )
