"""Claims: the statements an article attributes to a speaker or a source.

Pure functions, no I/O. ``extract_claims(body)`` finds

* direct quotes with their attribution, wherever the cue stands
  (``“...,” Lukashenko said.`` / ``Lukashenko said: “...”`` / ``...—said X at the
  conference.`` / a quote continued over several sentences or paragraphs);
* reported speech (``X said on Friday that ...``, ``He added that ...``,
  ``..., a NATO official said.``, ``CNN reports``);
* attributions to sources (``according to estimates by British secret services``);
* words relayed by another source, under the person who said them with the source as
  ``via`` (``Lukashenko said ..., Belta reported`` -> Lukashenko, via Belta);
* mixed quotes (reported speech with a quoted fragment inside).

Thoughts and intentions ("wants", "believes", "thinks") are not claims. The rules are
written for precision: a sentence the rules do not understand gives no claim rather
than a wrong one. Everything is linear in the length of the text: regexes are simple
scans, quote spans and sentences are bounded.

The pipeline, module by module:

1. ``sentences``  paragraphs and sentences (also the app's passage cursor);
   ``quotes``     quotation marks paired within and across paragraphs;
   ``document``   both, with units (sentences fused by a quote) and look-ups by offset.
2. ``languages``  the rules for the article's language (``en``: ``en.py``; ``ru``, also
                 for Belarusian and Ukrainian: ``ru.py`` with ``ru_shape_cue`` (what
                 a verb's content is in ``ru_content``; an undeclined outlet told,
                 "сообщил Reuters источник", in ``ru_outlets``; the attribution after
                 a dash in ``ru_shape_dash``),
                 ``ru_shape_source``, ``ru_shape_called`` ("назвал санкции
                 «войной»"), ``ru_dialogue`` (interview answers),
                 ``ru_shape_headline`` (an unquoted headline "Захарова: ..." whose
                 speaker is named explicitly), ``ru_transcript`` (a transcript's
                 labelled turns, "Латушко: ..."), ``ru_announced`` (a quotation the
                 paragraph before announces: "Приводим ее выступление."),
                 ``ru_speakers`` (the subject before a verb cut in ``ru_subject``;
                 an unnamed person as the topic in ``ru_unnamed_subject``),
                 ``ru_resolve``, ``ru_lexicon``, ``ru_text``); ``mixed``
                 gives each paragraph of a mixed-language article its own language's
                 rules.
3. claim shapes, each a function ``Document -> [Candidate]``; for English
   ``en_shape_cue`` (reporting verbs found by ``en_cues``, the subject before them in
   ``en_cue_subject`` and, beside an aside between commas, ``en_appositive``, content in
   ``en_shape_preposed`` (where its content starts and ends: ``en_content_start``,
   ``en_content_occasion`` (before the occasion or time of the statement),
   ``en_content_end``, ``en_content_tail`` (a report inside an opening subordinate
   clause, the speaker's next act), ``en_content_list`` (a counted list: "said three
   things: first, A; second, B")) /
   ``en_shape_postposed`` / ``en_shape_according``, which also holds a translator's
   "In his words, ..."),
   ``en_shape_dash``, ``en_shape_quote`` (its lead-side rules in ``en_quote_lead``;
   a subject and a short verb phrase before a colon in ``en_colon_lead``; a lead
   that names a statement, message or someone's words in ``en_quote_object``),
   ``en_shape_described`` (and ``en_shape_called``: the judgement with no quote,
   "called the sanctions an act of war"; ``en_participle_speaker``: whose participle
   "..., X said, calling it ..." is),
   ``en_shape_participle``, ``en_shape_standalone`` (a quote whose speaker is in the
   sentence before), ``en_shape_headline`` (also a paragraph's label: the turns of a
   transcript or a committee hearing, a TV script's sound bites), ``en_shape_evidence``
   (a poll or report that shows or finds something), ``en_shape_interview`` (the
   answers of a Q&A interview, "Q:"/"A:" or an outlet's labelled questions, made claims
   by the language-neutral ``interview``); shared rules for words and noun phrases
   in ``en_phrases``, for verbs and bare clauses ("told him Belarus was ready") in
   ``en_bare_clause``, for the clause around a cue in ``en_clauses`` (its adverbials,
   "said on Friday in a statement", in ``en_adverbials``), for a cue word
   that reports nothing ("adding to her lead", a show's title) in ``en_not_claims``;
   the word lists
   in ``en_lexicon`` (verbs in ``en_verbs``, function words in ``en_function_words``,
   speakers, titles and country words in ``en_speakers``, the world's country names
   in ``en_countries``).
   ``relay`` then reads words another source passed on ("X said A, Belta
   reported", "according to Belta", "сообщает БелТА") as X's, with the source as the
   candidate's ``via``; which cues relay is the language's (``en_relay``, which also
   reads "Belta quoted X as saying"; ``ru_relay``, after which ``ru_nested`` adds the
   quotes inside quoted claims: «Врач мне сказал: „...“», — рассказала она).
4. ``selection``  the best of overlapping candidates, quotes that continue a claim; a
                 candidate inside one marked ``holds_claims`` (a Russian interview
                 answer or transcript turn, or a quote holding another) is kept
                 beside it.
5. ``assemble``   speakers, kinds and hedges (``hedges``) -> ``Claim``. Speakers come
   from ``resolve`` (the phrase as written in ``speaker_phrases``), which reads
   ``entities`` (the people and bodies of the whole article, its words in
   ``en_entity_words``, with roles and gender from ``gender``): "he", "the president" and "the
   organisation" get a name only where exactly one fits (the tests in ``role_fit``; an
   office or body named without a name before, in ``role_antecedent``; "the
   49-year-old" in ``aged_antecedent``; whether a speaker is a person or a body in
   ``speaker_kind``; two people speaking together in ``joined_speakers``; "the firm"
   for the company the story named in ``company_antecedent``; "it" and "they" for the
   body the clause before is about in ``body_pronoun``; the name after its description,
   "accountancy firm Ernst & Young", in ``described_names``; "he" after a sentence
   about "the Belarusian president" in ``described_subject``), else ``None``;
   ``alias_names``
   keeps "Eduard Babaryka" from the alias table's Viktar Babaryka. Russian: ``ru_resolve``
   with ``ru_names`` (relation nouns), ``ru_roles`` (offices), ``ru_same_source`` ("Там
   добавили", "собеседник РБК": the source just before) and ``ru_verb_names``,
   ``ru_plural_subject`` ("они"), ``ru_company`` ("пресс-служба компании"), ``ru_heads``
   ("глава государства") and ``ru_person_nouns`` ("24-летний форвард" after
   "нападающий X"); ``ru_resolve_names`` gives names in the nominative
   (``ru_nominative``: "Дмитрия Крука" is Дмитрий Крук).

``model`` holds the data types: ``Claim``, ``Quote``, ``Span``, ``Candidate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import en, ru  # noqa: F401  (register the English and Russian rules)
from .assemble import assemble
from .document import Document
from .languages import LanguageRules, language_of, register, rules_for
from .mixed import per_paragraph_rules
from .model import Claim
from .selection import merge_continuations, select
from .sentences import paragraph_spans, split_sentences

if TYPE_CHECKING:  # pragma: no cover
    from belreader.aliases import AliasTable

__all__ = [
    "Claim",
    "LanguageRules",
    "extract_claims",
    "language_of",
    "paragraph_spans",
    "register",
    "rules_for",
    "split_sentences",
]


def extract_claims(
    text: str, aliases: AliasTable | None = None, language: str | None = None
) -> list[Claim]:
    """The claims of an article body, sorted by start offset.

    ``text`` is the cleaned body (paragraphs separated by blank lines). ``aliases``
    canonicalises speaker names (default: the bundled table). ``language`` is the
    article's language as ingest found it; without it, or without rules for it, the
    script of the text decides (see ``languages.rules_for``).
    """
    if not text or not isinstance(text, str):
        return []
    if aliases is None:
        from belreader.aliases import default_table

        aliases = default_table()
    rules = per_paragraph_rules(text, rules_for(text, language))
    doc = Document(text)
    candidates = [c for shape in rules.shapes for c in shape(doc)]
    if rules.relays is not None:
        candidates = rules.relays(doc, candidates)
    chosen = merge_continuations(doc, select(doc, candidates))
    claims = assemble(doc, chosen, rules.resolver(doc, aliases), rules.hedges)
    claims.sort(key=lambda c: (c.start, c.end))
    return claims
