"""The patient subgroup a sentence's results belong to, when no mutation defines it.

Trial abstracts report subgroups by fronting them: "In the subgroup with non-viral aetiology,
the overall survival benefit was not statistically significant (HR 1.05 …)", "Among
patients with prior failure of anti-TNF therapy, clinical remission rates were 17.9% with
upadacitinib and 0.4% with placebo", "In patients aged 65 years or older, …". Without the
subgroup such a record reads as the whole trial's result and contradicts it (found by
hepatology, dermatology and precision-oncology users). A mutation-defined subgroup is the
record's ``kg:mutationStratum`` (:func:`kg.extract.outcomes._stratum`); any other is its
``kg:subgroup``, the phrase as written.

Precision first: the phrase must open the sentence and end at its comma, and it must not be
the trial's population ("In patients with hepatocellular carcinoma, …" names the disease
the paper is about), an arm ("In the placebo group", "among patients receiving X") or an
analysis set ("In the intention-to-treat population").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from kg.extract.context import Context
from kg.model import Mention, OutcomeMeasurement, Sentence

#: An adverb a fronted phrase may follow: "However, in patients aged 65 years or older, …".
_LEAD = r"(?:(?:However|Notably|Similarly|Conversely|Moreover|Furthermore|Importantly|Likewise|In contrast|By contrast)" \
        r",?\s+)?"
#: The phrase: a subgroup named as one ("the subgroup with …", "the PD-L1-high subset"), or
#: patients described by what they have, lack, are or did ("patients with …", "those
#: without …", "participants aged …", "women"). Up to its first comma.
FRONTED = re.compile(
    _LEAD
    + r"(?:[Ii]n|[Aa]mong|[Ff]or|[Ww]ithin)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<phrase>"
    r"(?:(?:pre-?specified|exploratory|post[\s-]hoc)\s+)?(?:subgroups?|subsets?|strat(?:um|a))\b[^,;:()]{3,120}"
    r"|[^,;:()]{3,60}?\s(?:subgroups?|subsets?)"
    r"|(?:patients|participants|subjects|those|individuals|women|men|children|adults|infants|adolescents)\s+"
    r"(?:with|without|who|whose|aged|older|younger|over|under|from|of)\b[^,;:()]{2,120}"
    r"|(?:women|men|females|males)"
    r")\s*,\s",
)
#: A subgroup analysis named before its patients: "In a subgroup analysis of patients with X, …".
_ANALYSIS = re.compile(r"(?:pre-?specified\s+|exploratory\s+|post[\s-]hoc\s+)?subgroup\s+analys[ie]s\s+"
                       r"(?:of|in|among)\s+(?:the\s+)?", re.IGNORECASE)
#: Words of treatment: the phrase names an arm, not a subgroup ("patients who received placebo",
#: "those treated with X", "patients randomized to").
_TREATED = re.compile(r"\b(?:receiv\w*|treated|given|assigned|randomi[sz]ed|allocated|taking|on)\b", re.IGNORECASE)
#: An analysis set is the whole trial's: "the intention-to-treat population", "the safety
#: subset", "the overall population", "evaluable patients".
_ANALYSIS_SET = re.compile(r"\b(?:intention|intent)[\s-]to[\s-]treat|\bITT\b|per[\s-]protocol|\bsafety\b|\boverall\b|"
                           r"\bfull analysis\b|\bevaluable\b|\bentire\b|\bwhole\b|\ball patients\b|"
                           r"\bsubgroup analys[ie]s\b$", re.IGNORECASE)
#: After a disease, what leaves it the patients' disease: the phrase's end, or another of its
#: descriptions ("patients with HCC who had progressed", "… and Child-Pugh A liver function").
_POPULATION_AFTER = re.compile(r"\s*(?:$|(?:and|or|who|whose|with|without|that|in)\b)")
#: A second subgroup contrasted with the first, later in the sentence: ", whereas among
#: patients with a low signature, …", "and in those without, …".
_CONTRAST = re.compile(
    r"(?:,\s*|\s)(?:whereas|while|but|and|compared\s+with|versus|vs\.?)\s+(?:in|among|for|within)\s+(?:the\s+)?"
    r"(?P<phrase>(?:patients|participants|subjects|those|individuals|women|men)\s+"
    r"(?:with|without|who|whose|aged|older|younger|over|under)\b[^,;:()]{2,120}|[^,;:()]{3,60}?\s(?:subgroups?|subsets?)"
    r"|women|men)\s*,\s")
_NAMED_SUBGROUP = re.compile(r"\b(?:subgroups?|subsets?|strat(?:um|a))\b", re.IGNORECASE)


def _checked(ctx: Context, sentence: Sentence, found: re.Match[str]) -> str | None:
    """The phrase of a subgroup match, or ``None`` when it names an arm, a mutation's stratum,
    the paper's population or an analysis set."""
    phrase = found.group("phrase").strip()
    named = _NAMED_SUBGROUP.search(phrase) is not None
    analysis = _ANALYSIS.match(phrase)
    if analysis is not None:
        phrase = phrase[analysis.end():]
    if len(phrase) < 3 or _TREATED.search(phrase) or _ANALYSIS_SET.search(phrase):
        return None
    start = sentence.start + found.start("phrase")
    end = sentence.start + found.end("phrase")
    inside: Sequence[Mention] = [m for m in ctx.in_sentence(sentence) if start <= m.start and m.end <= end]
    # A drug names an arm; a mutation is the record's stratum, not a subgroup's words.
    if any(m.type in ("Drug", "Mutation") for m in inside):
        return None
    # "In patients with hepatocellular carcinoma, …" is the trial's population when the paper is
    # about that disease, unless the phrase calls itself a subgroup ("the subgroup with …");
    # "patients with brain metastases" of a lung-cancer paper is a subgroup, and so is "high
    # tumour MET expression": a disease glued to the noun it qualifies names no population.
    main = ctx.main_disease.curie if ctx.main_disease is not None else None
    if not named and any(m.type == "Disease" and (main is None or m.curie == main)
                         and _POPULATION_AFTER.match(ctx.document.text, m.end, end) for m in inside):
        return None
    return phrase


def sentence_subgroups(ctx: Context, sentence: Sentence) -> list[tuple[int, str | None]]:
    """Where each subgroup of a sentence begins to hold (an offset in the document), and the
    subgroup (``None``: none holds from there).

    A sentence that opens with a subgroup may contrast another with it: "Among patients with
    a high interferon gene signature, the response was 48.0% …, whereas among patients with a
    low signature, it was 41.2% …"; the second phrase holds from its end on.
    """
    found = FRONTED.match(sentence.text)
    if found is None:
        return []
    out: list[tuple[int, str | None]] = [(sentence.start + found.end("phrase"), _checked(ctx, sentence, found))]
    for other in _CONTRAST.finditer(sentence.text, found.end()):
        out.append((sentence.start + other.end("phrase"), _checked(ctx, sentence, other)))
    return out if any(phrase for _, phrase in out) else []


def with_subgroups(ctx: Context, outcomes: Sequence[OutcomeMeasurement]) -> list[OutcomeMeasurement]:
    """The outcomes, each stated after a subgroup phrase of its sentence with that subgroup.

    A record with a mutation stratum keeps it and takes no subgroup; a record stated before
    any phrase (or whose number has no place) takes the sentence's first.
    """
    by_start = {s.start: s for s in ctx.sentences}
    found: dict[int, list[tuple[int, str | None]]] = {}
    out: list[OutcomeMeasurement] = []
    for outcome in outcomes:
        sentence = by_start.get(outcome.evidence.sentence.start)
        if sentence is None or outcome.mutation is not None or outcome.subgroup is not None:
            out.append(outcome)
            continue
        if sentence.start not in found:
            found[sentence.start] = sentence_subgroups(ctx, sentence)
        segments = found[sentence.start]
        span = outcome.evidence.object_span
        if segments and (span is None or span.start >= segments[0][0]):
            held = [phrase for begin, phrase in segments if span is None or begin <= span.start]
            if held[-1 if span is not None else 0]:
                outcome = dataclasses.replace(outcome, subgroup=held[-1 if span is not None else 0])
        out.append(outcome)
    return out


__all__ = ["FRONTED", "sentence_subgroups", "with_subgroups"]
