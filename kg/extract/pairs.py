"""Document-level relations: a linear classifier over the entity pairs of one document.

Sentence rules only fire on a trigger between two mentions, so they miss what an
abstract says across sentences ("Carbamazepine … Three patients developed
hepatitis."). Every pair of entities of one document whose types kg can link
(chemical–disease, chemical–gene, chemical–variant, gene–disease, variant–disease) is a
candidate; :func:`features` describes it (how often and where each is named, whether
and how close they co-occur, trigger words of the shared sentences, what the rules said)
and a logistic-regression model trained by ``kg train pairs`` on the corpora's training
splits scores it. A pair above the model's threshold becomes an ``inferred`` assertion
whose evidence is the sentence where the two are named closest (or the subject's first
sentence), under the rule ``<predicate>:pair-classifier``.

The model ships as plain JSON weights (``kg/models/pairs.json``): no pickle, no
scikit-learn at run time.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from kg.extract.context import HISTORY, Context, clause_bounds
from kg.extract.relations import (
    _NO_DIFFERENCE,
    _NOT_DIFFERENT,
    COURSE_BEFORE,
    EFFICACY_AFTER,
    EITHER_WAY_BEFORE,
    GIVEN_FOR,
    HARM_ENDPOINTS,
    IRRESPECTIVE_GENOTYPE,
    LIST_BEFORE,
    MODEL_AFTER,
    NOT_TREAT,
    NOT_TREATED,
    POOR_RESPONSE_TO,
    _compared,
    _coordinated,
    _history_spans,
    cautioned,
    drugs_own_target,
    incidence,
    measured,
    names_therapy,
    not_drugs_target,
    reference_allele,
    sentence_evidence,
    wanted_losses,
)
from kg.extract.tagger import TAG_OF, models_dir
from kg.model import Assertion, Evidence, Mention, Sentence

#: Type pairs (sorted) → (predicate, whether the first type is the subject). Chemical–disease
#: pairs take ``treats`` or ``causesAdverseEvent`` from the model's direction weights.
PAIR_PREDICATES = {
    ("Chemical", "Disease"): ("treats", True),
    ("Chemical", "Gene"): ("interactsWith", True),
    ("Chemical", "Variant"): ("affectsResponseTo", False),
    ("Disease", "Gene"): ("associatedWith", False),
    ("Disease", "Variant"): ("associatedWith", False),
}
#: Word prefixes whose presence in a shared sentence is a feature.
TRIGGERS = (
    "induc", "caus", "treat", "therap", "associat", "mutat", "inhibit", "resist", "toxic", "risk", "prevent",
    "protect", "attenuat", "reduc", "increas", "decreas", "develop", "after", "receiv", "efficac", "effect",
    "sensitiv", "express", "polymorph", "variant", "susceptib", "adverse", "side", "relat", "agonist", "antagon",
    "activ", "bind", "regulat", "overdos", "ameliorat", "improv", "respon", "carrier", "patient",
)
_WORD = re.compile(r"[A-Za-z]+")
#: Any trigger prefix at the start of a word.
_TRIGGER = re.compile(r"\b(" + "|".join(sorted(TRIGGERS, key=len, reverse=True)) + ")", re.IGNORECASE)
#: Words of harm: without one near the disease, no drug "causes" it.
_HARM = re.compile(r"\b(induc\w*|caus\w*|toxic\w*|adverse|side[- ]effects?|overdos\w*|poisoning|intoxicat\w*|"
                   r"develop(?:ed|ing)?|complicat\w*|associated with (?:the )?use|risk of|after (?:\w+ ){0,3}(?:administration|"
                   r"exposure|treatment|therapy|intake|use)|following (?:\w+ ){0,3}(?:administration|exposure|treatment|therapy))\b",
                   re.IGNORECASE)
#: Between an adverse event and a drug, words that make the drug its treatment.
MANAGED = re.compile(r"\b(?:(?:managed|treated|controlled|resolved|reversed|improved|responded|rescued)\s+(?:\w+\s+)?"
                     r"(?:with|by|after|on|to)|(?:was|were)\s+required|management)\b", re.IGNORECASE)
#: Right before a disease, a word that lessens it: what the drug does to it is no harm
#: ("inhibited tumour growth", "reduced the incidence of seizures").
LESSENED = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)\b(?:inhibit|suppress|reduc|decreas|prevent|attenuat|alleviat|abolish|"
                      r"block|ameliorat)\w*\s+(?!in\s|(?:the\s+)?dose)"
                      r"(?:(?:the|its|their)\s+)?(?:(?:incidence|severity|risk|rate|onset)\s+of\s+)?"
                      # down a list, item by item: "reduced serum ALT, hepatic inflammation and
                      # fibrosis" (found by a new user); never past a verb or a clause's word
                      # ("reduced HbA1c and was associated with weight gain", found in review)
                      + LIST_BEFORE,
                      re.IGNORECASE)
#: Right before a disease, words that make it a harm the patients suffered: no drug of the
#: paper "treats" it ("one patient died of immune-mediated myocarditis", "did not cause weight loss").
HARMED_BEFORE = re.compile(r"\b(?:died|deaths?|fatal|caus(?:e|es|ed|ing)|induc(?:e|es|ed|ing)|toxic\w*|"
                           r"adverse(?![\s-]+risk)|side[- ]effects?|immune[- ](?:related|mediated)|developed|experienced|"
                           # a diagnosis made in the patient: "creatinine had risen …, consistent
                           # with acute kidney injury" (found by a new user: lithium "treated" it)
                           r"consistent\s+with|suggestive\s+of|compatible\s+with|evidence\s+of)"
                           r"\b[^.;]{0,40}$", re.IGNORECASE)
_NEGATION = frozenset("no not without neither nor none never absence lack failed unaffected".split())


@dataclass(frozen=True)
class Candidate:
    """Two entities of one document, in type order, with their mentions and features."""

    first: str
    second: str
    kinds: tuple[str, str]
    mentions: tuple[tuple[Mention, ...], tuple[Mention, ...]]
    features: Mapping[str, float]


def _bins(name: str, edges: Sequence[float]) -> tuple[str, ...]:
    """Feature names of a value binned by ``edges``: ``name<=edge`` for each edge, then ``name>last``.

    The bin of ``value`` is ``_bins(…)[bisect.bisect_left(edges, value)]`` (the first edge ≥ value).

    >>> _bins("gap", (0, 1))
    ('gap<=0', 'gap<=1', 'gap>1')
    """
    return (*(f"{name}<={edge:g}" for edge in edges), f"{name}>{edges[-1]:g}")


#: Sentences between two entities' closest mentions, binned.
_SENTENCE_GAPS = (0, 1, 2, 4)
_SENTENCE_GAP = _bins("sentence_gap", _SENTENCE_GAPS)
#: Characters between two entities' closest mentions in a shared sentence, binned.
_CHAR_GAPS = (10, 30, 60, 120)
_CHAR_GAP = _bins("char_gap", _CHAR_GAPS)


#: A run of word characters: a trigger prefix can only start where one does (``\b``).
_WORD_RUN = re.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 16)
def _trigger_of(word: str) -> str:
    """The trigger prefix (lower-cased) a word starts with, or ``""``.

    The same as :data:`_TRIGGER` finds in a sentence, one word at a time: every prefix is
    made of letters, so a match never runs past its word. Scanning a sentence with the
    40-way case-blind alternation costs ten times as much as looking up its words.

    >>> _trigger_of("Induced"), _trigger_of("seduced")
    ('induc', '')
    """
    match = _TRIGGER.match(word)
    return match.group(1).lower() if match else ""


@functools.cache
def _trigger_features(pair: str, prefix: str) -> tuple[tuple[str, float], ...]:
    """The features of a trigger prefix in a sentence a pair of kinds ``pair`` shares (a few hundred in all)."""
    return (f"trigger={prefix}", 1.0), (f"{pair}:trigger={prefix}", 1.0)


def candidates(ctx: Context, assertions: Sequence[Assertion]) -> list[Candidate]:
    """Every linkable entity pair of a document, with :func:`features`-style descriptions.

    :param assertions: The sentence rules' assertions (their verdicts are features).
    """
    groups: dict[str, list[Mention]] = {}
    kind_of: dict[str, str] = {}
    for m in ctx.mentions:
        kind = TAG_OF.get(m.type)
        if kind is not None and kind_of.setdefault(m.curie, kind) == kind:
            groups.setdefault(m.curie, []).append(m)
    if len(groups) < 2:
        return []
    sentences = ctx.sentences
    index = {s.start: i for i, s in enumerate(sentences)}
    starts = [s.start for s in sentences]  # in reading order, not overlapping

    def sentence_of(m: Mention) -> int:
        i = bisect.bisect_right(starts, m.start) - 1
        return index[starts[i]] if i >= 0 and m.start < sentences[i].end else len(sentences) - 1

    # Each mention's sentence, found once: pairs compare them many times over.
    where = {id(m): sentence_of(m) for ms in groups.values() for m in ms}
    in_sentences = {c: {where[id(m)] for m in ms} for c, ms in groups.items()}
    # Each entity's mentions per sentence, in reading order: two entities are closest in a
    # sentence naming both, so only those sentences' mentions are compared.
    by_sentence: dict[str, dict[int, list[Mention]]] = {c: {} for c in groups}
    for c, ms in groups.items():
        for m in ms:
            by_sentence[c].setdefault(where[id(m)], []).append(m)
    title_end = ctx.document.sections[0].end if ctx.document.sections else 0
    rank: dict[str, int] = {}
    first: dict[str, bool] = {}
    for kind in set(kind_of.values()):
        same = [c for c in groups if kind_of[c] == kind]
        counts = sorted({len(groups[c]) for c in same}, reverse=True)
        earliest = min(groups[c][0].start for c in same)
        for c in same:
            rank[c] = counts.index(len(groups[c])) + 1
            first[c] = groups[c][0].start == earliest
    said: dict[frozenset[str], list[Assertion]] = {}
    for rule_assertion in assertions:
        said.setdefault(frozenset((rule_assertion.subject, rule_assertion.object)), []).append(rule_assertion)
    text = ctx.document.text

    # Words and trigger prefixes of a sentence, read once (not once per pair) and only for
    # sentences that some pair shares.
    @functools.cache
    def sentence_words(i: int) -> frozenset[str]:
        return frozenset(map(str.lower, _WORD.findall(text, sentences[i].start, sentences[i].end)))

    @functools.cache
    def sentence_triggers(i: int) -> frozenset[str]:
        found = map(_trigger_of, _WORD_RUN.findall(text, sentences[i].start, sentences[i].end))
        return frozenset(filter(None, found))

    # An entity is described alike in every pair of the same kinds it is part of.
    @functools.cache
    def entity_features(tag: str, c: str, pair: str) -> tuple[tuple[str, float], ...]:
        title = float(groups[c][0].start < title_end)
        return ((f"{tag}:log_count", math.log1p(len(groups[c]))),
                (f"{tag}:rank={min(rank[c], 3)}", 1.0),
                (f"{pair}:{tag}:rank={min(rank[c], 3)}", 1.0),
                (f"{tag}:title", title),
                (f"{pair}:{tag}:title", title),
                (f"{tag}:first", float(first[c])),
                (f"{tag}:sentence_share", len(in_sentences[c]) / max(1, len(sentences))))

    out: list[Candidate] = []
    curies = sorted(groups)
    for i, x in enumerate(curies):
        for y in curies[i + 1:]:
            a, b = sorted((x, y), key=lambda c: (kind_of[c], c))
            kinds = (kind_of[a], kind_of[b])
            if kinds not in PAIR_PREDICATES:
                continue
            pair = f"{kinds[0]}-{kinds[1]}"
            f: dict[str, float] = {"bias": 1.0, f"pair={pair}": 1.0}
            f.update(entity_features("A", a, pair))
            f.update(entity_features("B", b, pair))
            f["both_title"] = f["A:title"] * f["B:title"]
            f["both_top"] = float(rank[a] == 1 and rank[b] == 1)
            shared = in_sentences[a] & in_sentences[b]
            f["cooccur"] = float(bool(shared))
            f[f"{pair}:cooccur"] = float(bool(shared))
            f["log_shared"] = math.log1p(len(shared))
            gap = 0 if shared else min(abs(p - q) for p in in_sentences[a] for q in in_sentences[b])
            f[_SENTENCE_GAP[bisect.bisect_left(_SENTENCE_GAPS, gap)]] = 1.0
            if shared:
                # Ties go to the first pair in reading order, as over all mentions: mentions
                # with the same start are in the same sentence, in the same order.
                near = min(((abs(p.start - q.start), p, q) for s in shared
                            for p in by_sentence[a][s] for q in by_sentence[b][s]), key=lambda t: (t[0], t[1].start))
                f[_CHAR_GAP[bisect.bisect_left(_CHAR_GAPS, near[0])]] = 1.0
                f["A_before_B"] = float(near[1].start < near[2].start)
                words = set().union(*(sentence_words(s) for s in shared))
                for prefix in set().union(*(sentence_triggers(s) for s in shared)):
                    f.update(_trigger_features(pair, prefix))
                f["negation_word"] = float(bool(words & _NEGATION))
            for assertion in said.get(frozenset((a, b)), ()):
                stated = not all(e.negated for e in assertion.evidence)
                f["rule_stated" if stated else "rule_negated"] = 1.0
                f[f"rule={assertion.predicate}"] = 1.0
            out.append(Candidate(a, b, kinds, (tuple(groups[a]), tuple(groups[b])), f))
    return out


def _dot(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    # The same products summed in the same order as a generator would, iterated in C.
    total: float = sum(map(operator.mul, map(weights.get, features, itertools.repeat(0.0)), features.values()))
    return total


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0


@dataclass(frozen=True)
class PairModel:
    """Weights of the pair classifier and of the chemical–disease direction (treats vs causes).

    :ivar threshold: The probability above which a pair becomes an assertion, chosen by
        cross-validation on the training splits.
    """

    weights: Mapping[str, float]
    threshold: float
    treats_weights: Mapping[str, float]
    version: str = ""

    def probability(self, features: Mapping[str, float]) -> float:
        """P(the document relates the pair)."""
        return _sigmoid(_dot(self.weights, features))

    def predicate(self, candidate: Candidate) -> tuple[str, bool]:
        """``(predicate, first is subject)`` for a pair the model accepts."""
        if candidate.kinds == ("Chemical", "Disease"):
            treats = _sigmoid(_dot(self.treats_weights, candidate.features)) >= 0.5
            return ("treats" if treats else "causesAdverseEvent"), True
        return PAIR_PREDICATES[candidate.kinds]

    def assertions(self, ctx: Context, found: Sequence[Assertion]) -> list[Assertion]:
        """New inferred assertions for the pairs the model accepts that no rule already links."""
        linked = {frozenset((a.subject, a.object)) for a in found}
        # weight loss in obese patients is the drugs' efficacy, as the rules read it (found by a
        # cardiology user: semaglutide treated Weight Loss)
        linked |= {frozenset((c, w)) for w in wanted_losses(ctx) for c in {m.curie for m in ctx.mentions}}
        out: list[Assertion] = []
        for candidate in candidates(ctx, found):
            if frozenset((candidate.first, candidate.second)) in linked:
                continue
            if self.probability(candidate.features) < self.threshold:
                continue
            predicate, first_is_subject = self.predicate(candidate)
            subject_mentions, object_mentions = candidate.mentions if first_is_subject else candidate.mentions[::-1]
            if candidate.kinds[0] == "Chemical" and all(measured(ctx.document.text, m) for m in candidate.mentions[0]):
                # A chemical only ever named as a value measured ("serum creatinine", "blood
                # urea nitrogen") is the patients' reading, not a drug (found by a new user).
                continue
            if candidate.kinds == ("Chemical", "Disease") and all(
                    _anothers_trials(ctx, m, subject_mentions[0].curie) for m in object_mentions):
                # "the JAK inhibitor safety warnings derived from rheumatoid arthritis trials of
                # tofacitinib may apply": the disease is the setting of another drug's trials
                # (found by a pharmacogenomics user: upadacitinib treated rheumatoid arthritis)
                continue
            if predicate in ("treats", "interactsWith") and candidate.kinds[0] == "Chemical" and _only_history(
                    ctx, candidate.mentions[0]):
                # "patients with … hepatocellular carcinoma previously treated with sorafenib were
                # randomly assigned … to tivantinib": a drug only ever named as the patients'
                # history is not what the paper gives or studies, so it treats and acts on
                # nothing here, as the rules read it (found by a new user: sorafenib treated
                # the carcinoma and interacted with MET).
                continue
            if predicate == "treats" and all(_told_as_event(ctx, m) for m in object_mentions):
                # "diabetic ketoacidosis was rare and occurred only in patients with diabetes",
                # "intracranial hemorrhage was also lower with apixaban", "Results were consistent
                # in patients with and without type 2 diabetes": a disease only ever told as an
                # event of the trial, or as a subgroup, is no drug's indication (found by a
                # cardiology user: dapagliflozin treated them, warfarin the hemorrhage)
                continue
            if predicate == "treats" and _harmed(ctx, object_mentions, subject_mentions[0].curie):
                # Found by a new user: pembrolizumab "treated" the myocarditis a patient died
                # of. A harm, then, if the checks below agree, never a treatment.
                predicate = "causesAdverseEvent"
            if object_mentions[0].type == "AdverseEvent" and predicate != "causesAdverseEvent":
                # An adverse event is no disease that a drug treats or a gene is associated
                # with (the shapes' ranges): "IDH1/2 … block myeloid differentiation" made
                # IDH1 associatedWith differentiation syndrome, a graph kg validate refused
                # (found by a new user).
                continue
            if object_mentions[0].entity.label.lower() in NOT_TREATED:
                # "hazard ratio for death", "the risk of death": an outcome, which no drug
                # treats and co-occurrence alone does not make an adverse event or a gene's
                # disease. (Nor do the sentence rules: "treatment-related deaths" gives no edge.)
                continue
            sentence, subject, obj = _best_sentence(
                ctx.sentences, subject_mentions, object_mentions,
                [m for m in ctx.mentions if m.type == subject_mentions[0].type and m.curie != subject_mentions[0].curie])
            if candidate.kinds == ("Chemical", "Variant") and sentence.section == "TITLE":
                # Only the title names both: "Lorlatinib in ALK-positive non-small-cell lung
                # cancer" is what the paper is about, and no relation is read from a title (found
                # by a new user: the ALK fusion's response to lorlatinib cited the title).
                continue
            if candidate.kinds == ("Chemical", "Variant") and not any(
                    m.curie == subject_mentions[0].curie or (m.type == "Target" and m.entity.label == subject_mentions[0].entity.gene)
                    for m in ctx.in_sentence(sentence)):
                # A drug's response says nothing of a mutation its sentence names neither by
                # itself nor by its gene ("Dolutegravir … with a high genetic barrier to
                # resistance", found by an HIV user: M184V resisted it).
                continue
            if candidate.kinds == ("Chemical", "Variant") and all(reference_allele(m) for m in candidate.mentions[1]):
                # "UGT1A1*1/*1 patients": the reference allele is no variant, with no response
                # of its own (found by a pharmacogenomics user; the rules read it so too).
                continue
            if candidate.kinds == ("Chemical", "Variant") and (_NO_DIFFERENCE.search(sentence.text)
                                                               or _NOT_DIFFERENT.search(sentence.text)
                                                               or IRRESPECTIVE_GENOTYPE.search(sentence.text)):
                # "Carriers … responded comparably to resmetirom": the rules' reading, no
                # response of the carriers, holds here too (found by a respiratory user); so does
                # "improved LVOT obstruction … irrespective of sarcomere genotype" (a cardiology user).
                continue
            if candidate.kinds == ("Chemical", "Variant") and obj is not None and any(
                    d.curie != obj.curie and _compared(ctx.document.text, obj, d) for d in ctx.in_sentence(sentence, "Drug")):
                # "Among CYP2C19 loss-of-function carriers undergoing PCI, ticagrelor reduced
                # ischemic events compared with clopidogrel": the carriers are the population and
                # the sentence sets one drug against another, no response of the variant (found by
                # a pharmacogenomics user: the variant affected the response to ticagrelor).
                continue
            if candidate.kinds == ("Disease", "Gene") and all(names_therapy(ctx.document.text, m)
                                                               for m in subject_mentions):
                # "SGLT2 inhibitors reduce the risk of kidney failure": a gene only ever named
                # in a drug class says nothing of its own disease (found by respiratory and
                # nephrology users; the rules read it so too).
                continue
            if candidate.kinds == ("Disease", "Gene") and all(
                    (s := next((s for s in ctx.sentences if s.start <= m.start < s.end), None)) is not None
                    and drugs_own_target(ctx, s, m) for m in subject_mentions):
                # "Statins inhibit HMG-CoA reductase (HMGCR) … in heterozygous FH": a gene only
                # ever named as a drug's target is no disease gene (found by a cardiology user;
                # the rules read it so too).
                continue
            if candidate.kinds == ("Disease", "Gene") and _only_genotyped(ctx, subject_mentions, object_mentions):
                # "patients with atrial fibrillation who … had been genotyped for CYP2C9": the
                # gene was typed in the patients, which says nothing of their disease (found
                # by a cardiology user: CYP2C9 associatedWith atrial fibrillation)
                continue
            if predicate == "interactsWith" and all(_mutations_gene(ctx, m) for m in object_mentions):
                # "carrying … TERT mutations", "homozygous for the PNPLA3 I148M variant": a gene
                # only ever named as the gene of its carriers' mutation is no target of the paper's drug; what the
                # drug does for the carriers is the mutation's response (found by a
                # respiratory user: pirfenidone and resmetirom interacted with TERT and PNPLA3).
                continue
            if predicate == "interactsWith" and obj is not None and not_drugs_target(ctx, sentence, obj):
                # The rules' reading of the words around the gene holds here too: "intolerance
                # to … tumour necrosis factor inhibitors" (found by an immunology user).
                continue
            if predicate == "interactsWith" and _named_anothers(ctx, found, subject_mentions[0].curie,
                                                                object_mentions[0].curie):
                # "The MEK inhibitor trametinib and the BRAF inhibitor dabrafenib", "The ALK
                # inhibitor alectinib was compared with crizotinib": a gene named as another
                # drug's own, in every sentence naming both, is no target of this one (found in
                # the trials: trametinib and crizotinib interacted with it)
                continue
            if predicate in ("interactsWith", "causesAdverseEvent") and _crossed(
                    found, sentence, predicate, subject_mentions[0].curie, object_mentions[0].curie):
                # "Glecaprevir is an NS3/4A protease inhibitor and pibrentasvir is an NS5A
                # inhibitor", "rates of herpes zoster were higher with upadacitinib, whereas
                # rates of conjunctivitis were higher with dupilumab": the rules paired each
                # drug with its own, and the other pairing is the sentence's contrast (found by
                # infectious-disease and immunology users).
                continue
            if predicate == "causesAdverseEvent" and _anothers_event(ctx, found, subject_mentions[0].curie, object_mentions):
                # "Onasemnogene abeparvovec can cause acute liver injury" in a risdiplam paper,
                # "Two patients in the secukinumab group developed … inflammatory bowel disease"
                # beside ustekinumab, "Cabotegravir did not cause … weight gain" beside
                # rilpivirine: every sentence naming the event gives it to another drug, so the
                # document's other drug did not cause it (found by neurology, immunology and
                # HIV users; _crossed only caught a drug with an event of its own there).
                continue
            if candidate.kinds == ("Chemical", "Disease") and NOT_TREAT.search(sentence.text):
                # The rules' veto holds here too: "pharmacokinetics similar to those reported
                # in patients with CML" compares populations, it relates no drug to CML.
                continue
            if candidate.kinds == ("Chemical", "Disease") and subject is not None and _STRATUM_BEFORE.search(
                    ctx.document.text, max(sentence.start, subject.start - 80), subject.start) and any(
                    d.curie != subject.curie for d in ctx.in_sentence(sentence, "Drug")):
                # "CBD did not reduce drop seizures in patients not receiving clobazam": the
                # drug the patients were (not) on sorts them, another drug is the sentence's
                # actor (found by a neurology user: clobazam's treats was denied).
                continue
            if predicate == "causesAdverseEvent" and all(MODEL_AFTER.match(ctx.document.text, m.end)
                                                         for m in object_mentions):
                # "… in BRAF-mutant melanoma cells": a model of the disease, no patient's harm
                # (found in the trials; the rules read it so too)
                continue
            if predicate == "treats" and all(HISTORY.match(ctx.document.text, m.end) for m in subject_mentions):
                # "imatinib-pretreated patients", "gefitinib-resistant NSCLC": a drug only ever
                # named as the patients' history treats nothing here (found in the trials)
                continue
            if predicate == "treats" and all(cautioned(ctx.document.text, m) for m in object_mentions):
                # "… should be used cautiously in patients with renal impairment": the rules'
                # reading, no indication, holds here too (found in the trials).
                continue
            if predicate == "treats" and subject is not None and POOR_RESPONSE_TO.search(
                    ctx.document.text, sentence.start, subject.start):
                # "Seizures … responded poorly to carbamazepine and phenytoin": the rules' veto
                # holds here too (found by a neurology user: both treated seizures).
                continue
            if predicate == "treats" and all(_RAISED_BEFORE.search(ctx.document.text, max(0, m.start - 60), m.start)
                                             for m in object_mentions):
                # "P1104A … protects against psoriasis but increases susceptibility to
                # tuberculosis": a disease only ever named as a risk something raised is no
                # drug's indication (found by an immunology user: deucravacitinib treated TB).
                continue
            if predicate == "treats" and obj is not None and any(
                    d.curie != subject_mentions[0].curie and 0 <= obj.start - d.end <= 70
                    and GIVEN_FOR.match(ctx.document.text, d.end, obj.start) for d in ctx.in_sentence(sentence, "Drug")):
                # "After starting ibuprofen … for knee osteoarthritis": another drug's reason
                # (found by a new user: the patient's lithium "treated" the osteoarthritis).
                continue
            lessened = obj is not None and (LESSENED.search(ctx.document.text, max(sentence.start, obj.start - 60),
                                                             obj.start) or EFFICACY_AFTER.match(ctx.document.text, obj.end)
                                            # "induce durable remissions in … AML" (found by a new user)
                                            or any(obj.start - 60 <= e.start < obj.start and e.curie not in HARM_ENDPOINTS
                                                   for e in ctx.in_sentence(sentence, "Endpoint"))
                                            # "causes motor improvement in spinal muscular atrophy"
                                            or COURSE_BEFORE.search(ctx.document.text, max(sentence.start, obj.start - 50),
                                                                    obj.start))
            if predicate == "causesAdverseEvent" and lessened:
                # "paclitaxel … inhibited tumour growth" (the tumour a disease since 2026-12-01),
                # "THP reduced amphetamine-induced hyperactivity": what the drug lessens it
                # treats, a disease (found by a new user: pioglitazone "caused" the fibrosis it
                # reduced); an adverse event it only prevents, which no edge says.
                if object_mentions[0].type == "AdverseEvent":
                    continue
                predicate = "treats"
            elif predicate == "causesAdverseEvent" and _indication(ctx, found, object_mentions):
                # "We randomly assigned adults with nosocomial pneumonia caused by MRSA to
                # linezolid … or vancomycin", "Vancomycin versus linezolid for MRSA pneumonia":
                # what a drug of the paper is given for is no drug's harm there (found by an
                # infectious-disease user: both drugs "caused" the pneumonia and MRSA).
                continue
            elif predicate == "causesAdverseEvent" and not any(
                    _harm_said(ctx, s, subject_mentions[0].curie) for s in ctx.sentences
                    if any(s.start <= m.start < s.end for m in object_mentions)):
                # The direction model leans to "causes" (most training pairs are BC5CDR's):
                # a drug causes a disease only where a sentence naming the disease speaks of harm.
                continue
            if predicate == "causesAdverseEvent" and any(
                    _population_has(ctx, m, subject_mentions[0].curie) for m in object_mentions):
                # "Adults with SOD1 ALS were randomly assigned to receive tofersen", "In patients
                # with influenza B, baloxavir shortened symptoms", "a woman with trigeminal neuralgia
                # who developed Stevens-Johnson syndrome after starting carbamazepine": the disease
                # the patients given the drug have is what it was given for, no harm of it (found by
                # neurology and infectious-disease users)
                continue
            if predicate == "causesAdverseEvent" and all(
                    _patients_own(ctx, m)
                    # … not "12 patients with acute liver failure … after acetaminophen overdose"
                    # (but "a woman with obesity … who developed pancreatitis": the harm is the
                    # next clause's, found by an endocrinology user)
                    and not _harm_after(ctx, m)
                    for m in object_mentions):
                # "a woman with bipolar I disorder who had been stable on lithium": a disease
                # only ever named as the patients' own is no harm of their drugs (found by a
                # new user: lithium and ibuprofen "caused" bipolar disorder).
                continue
            if predicate == "causesAdverseEvent" and subject is not None and obj is not None and (
                    MANAGED.search(ctx.document.text, min(subject.end, obj.end), max(subject.start, obj.start))
                    or HISTORY.match(ctx.document.text, subject.end)):
                # "Colitis was managed with corticosteroids; infliximab was required in …
                # steroid-refractory colitis": the drugs treat the adverse event (found by a new user).
                continue
            evidence = sentence_evidence(ctx, sentence, f"{predicate}:pair-classifier", subject, obj, inferred=True,
                                         anchor=(subject or obj or subject_mentions[0]).start)
            if candidate.kinds[0] == "Disease" and _drugs_denial(ctx, sentence, evidence):
                evidence = replace(evidence, negated=False, cue=evidence.cue if evidence.hedged else None)
            out.append(Assertion(subject_mentions[0].curie, predicate, object_mentions[0].curie, (evidence,)))
        return out


#: Between a gene and its mutation's name: "PNPLA3 I148M", "the SLC5A2 variant rs9934336".
_GENE_TO_MUTATION = re.compile(r"[\s-]*(?:(?:gene|germline|somatic|missense|frameshift|promoter)\s+)*"
                               r"(?:(?:variants?|polymorphisms?|alleles?|mutations?|genotypes?)\s+)?(?:\(\s*)?",
                               re.IGNORECASE)


#: Before a gene, its carriers: germline wording of a risk or pharmacogene, not a drug's target
#: (a tumour "harbouring EGFR L858R" is still erlotinib's target's).
_CARRIERS_BEFORE = re.compile(r"\b(?:carr(?:y|ies|ied|ying)|carriers?|carriage|homozygo\w*|heterozygo\w*)\b[^.;]{0,50}$",
                              re.IGNORECASE)


def _mutations_gene(ctx: Context, gene: Mention) -> bool:
    """Whether a gene is named, after words of its carriers, as part of a mutation's name
    ("carrying … TERT mutations") or right before one of its mutations ("homozygous for the
    PNPLA3 I148M variant", "Carriers of the SLC5A2 variant rs9934336")."""
    text = ctx.document.text
    if not _CARRIERS_BEFORE.search(text, max(0, gene.start - 60), gene.start):
        return False
    for m in ctx.mentions:
        if m.type != "Mutation":
            continue
        if m.start <= gene.start and gene.end <= m.end and m is not gene:
            return True
        if m.start >= gene.end and (gap := _GENE_TO_MUTATION.match(text, gene.end)) is not None and gap.end() == m.start:
            return True
    return False


#: Before a gene (down a list), its genotyping in the patients: "had been genotyped for CYP2C9 and VKORC1".
_GENOTYPED_BEFORE = re.compile(r"\b(?:genotyped|genotyping|genotypes?|tested|screened|sequenced|sequencing|typed)\s+"
                               r"(?:for|of)\s+(?:the\s+)?" + LIST_BEFORE, re.IGNORECASE)


def _only_genotyped(ctx: Context, genes: Sequence[Mention], diseases: Sequence[Mention]) -> bool:
    """Whether every sentence naming both a gene and a disease names the gene only as genotyped
    in the patients (:data:`_GENOTYPED_BEFORE`); False when no sentence names both."""
    text = ctx.document.text
    shared = [s for s in ctx.sentences if any(s.start <= g.start < s.end for g in genes)
              and any(s.start <= d.start < s.end for d in diseases)]
    return bool(shared) and all(_GENOTYPED_BEFORE.search(text, max(s.start, g.start - 80), g.start)
                                for s in shared for g in genes if s.start <= g.start < s.end)


#: After a disease, what tells it as an event of the trial: how rare it was, how it compared
#: between arms ("was also lower with apixaban"), that it did not differ.
_EVENT_TOLD_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s+(?:(?:was|were)\s+(?:(?:very|extremely|relatively|also)\s+)?(?:rare|uncommon|infrequent)\b|"
    r"(?:was|were)\s+(?:(?:also|similarly|significantly|numerically|slightly|substantially|not)\s+)*(?:lower|higher|"
    r"less\s+frequent|more\s+frequent|less\s+common|more\s+common|similar|comparable|reduced|increased)\s+"
    r"(?:with|in|among|on|between|for|across)\b|"
    r"did\s+not\s+differ\b)", re.IGNORECASE)


#: Before a disease, down a list, the events it is one of: "the most common were headache, nausea and
#: insomnia", "Injection-site reactions, mostly swelling and erythema, were reported in 63%" (found by an
#: infectious-disease user: dolutegravir treated the headache, lenacapavir the erythema).
_EVENT_TOLD_BEFORE = re.compile(
    r"(?:\bmost\s+(?:common(?:ly\s+reported)?|frequent(?:ly\s+reported)?)\s+(?:(?:[\w-]+\s+){0,3}?(?:events?|reactions?|"
    r"effects?|AEs|TEAEs)\s+)?(?:were|was|included|being)\s+|"
    r"\b(?:reactions?|events?|effects?|toxicit(?:y|ies)|AEs)\s*,\s*(?:mostly|mainly|chiefly|predominantly|primarily|"
    r"largely|including|such\s+as)\s+)" + LIST_BEFORE, re.IGNORECASE)


#: After a disease, the trials it names, then their drug: "rheumatoid arthritis trials of tofacitinib".
_TRIALS_OF_AFTER = re.compile(r"[\s-]+(?:(?:randomi[sz]ed|clinical|pivotal|registration|phase\s+\d\w*|earlier|previous|"
                              r"prior|large)\s+)*(?:trials?|studies|study|programmes?|programs?)\s+(?:of|with|using|"
                              r"testing|evaluating)\s+(?:the\s+)?", re.IGNORECASE)


def _anothers_trials(ctx: Context, disease: Mention, drug: str) -> bool:
    """Whether a disease is named as the setting of another drug's trials (:data:`_TRIALS_OF_AFTER`)."""
    after = _TRIALS_OF_AFTER.match(ctx.document.text, disease.end)
    return after is not None and any(m.type == "Drug" and m.start == after.end() and m.curie != drug
                                      for m in ctx.mentions)


def _drugs_denial(ctx: Context, sentence: Sentence, evidence: Evidence) -> bool:
    """Whether a negated gene–disease (or mutation–disease) evidence was denied by a drug's
    verb: a drug of the clause before the cue, both of the pair after it. "Tivantinib did not
    show efficacy in MET-high hepatocellular carcinoma" denies the drug's efficacy, not that
    MET goes with the carcinoma (found by a new user: a negated MET associatedWith it)."""
    spans = [s for s in (evidence.subject_span, evidence.object_span) if s is not None]
    if not evidence.negated or not evidence.cue or not spans:
        return False
    first = min(s.start for s in spans)
    at = ctx.document.text.lower().rfind(evidence.cue, sentence.start, first)
    if at < 0:
        return False
    clause_start = clause_bounds(sentence, at)[0]
    return any(clause_start <= d.start and d.end <= at for d in ctx.in_sentence(sentence, "Drug"))


def _only_history(ctx: Context, drugs: Sequence[Mention]) -> bool:
    """Whether every mention in ``drugs`` names the drug as the patients' history
    ("previously treated with sorafenib", "who had progressed on alectinib"); False for none."""
    for drug in drugs:
        sentence = next((s for s in ctx.sentences if s.start <= drug.start < s.end), None)
        if sentence is None or drug.start not in _history_spans(ctx, sentence):
            return False
    return bool(drugs)


def _told_as_event(ctx: Context, disease: Mention) -> bool:
    """Whether a disease mention is told as an event of the trial (:data:`_EVENT_TOLD_AFTER`) or a
    subgroup had either way (:data:`EITHER_WAY_BEFORE`)."""
    text = ctx.document.text
    sentence = next((s for s in ctx.sentences if s.start <= disease.start < s.end), None)
    if sentence is None:
        return False
    return (_EVENT_TOLD_AFTER.match(text, disease.end, sentence.end) is not None
            or EITHER_WAY_BEFORE.search(text, max(sentence.start, disease.start - 70), disease.start) is not None
            or _EVENT_TOLD_BEFORE.search(text, max(sentence.start, disease.start - 160), disease.start) is not None)


def _indication(ctx: Context, found: Sequence[Assertion], diseases: Sequence[Mention]) -> bool:
    """Whether the rules say a drug treats the disease, or a drug is given for it ("X for Y")."""
    curie = diseases[0].curie
    if any(a.predicate == "treats" and a.object == curie and not a.evidence[0].negated for a in found):
        return True
    text = ctx.document.text
    for disease in diseases:
        sentence = next((s for s in ctx.sentences if s.start <= disease.start < s.end), None)
        if sentence is not None and any(0 <= disease.start - d.end <= 70 and GIVEN_FOR.match(text, d.end, disease.start)
                                        for d in ctx.in_sentence(sentence, "Drug")):
            return True
        if sentence is not None and _REGIMEN_FOR.search(text, max(sentence.start, disease.start - 40), disease.start):
            # "Linezolid toxicity limits the BPaL regimen for drug-resistant tuberculosis": a
            # regimen's indication (found by an infectious-disease user: linezolid "caused" it)
            return True
    return False


#: Before a disease, a regimen given for it: "the BPaL regimen for drug-resistant tuberculosis".
_REGIMEN_FOR = re.compile(r"\bregimens?\s+for\s+(?:the\s+)?(?:(?:treatment|management)\s+of\s+)?(?:[\w-]+\s+){0,2}$",
                          re.IGNORECASE)


def _crossed(found: Sequence[Assertion], sentence: Sentence, predicate: str, drug: str, other: str) -> bool:
    """Whether the sentence's rules give ``drug`` another target (or event) and ``other`` another drug."""
    kinds = ("inhibits", "targets") if predicate == "interactsWith" else (predicate,)
    said = [(a.subject, a.object) for a in found if a.predicate in kinds
            and any(e.sentence.start == sentence.start and not e.negated for e in a.evidence)]
    return (any(s == drug and o != other for s, o in said)
            and any(o == other and s != drug for s, o in said))


def _named_anothers(ctx: Context, found: Sequence[Assertion], drug: str, gene: str) -> bool:
    """Whether every sentence naming both ``drug`` and ``gene`` names the gene as another drug's
    own, by a rule reading the drug's class noun ("the BRAF inhibitor dabrafenib", "an
    anti-PD-1 antibody") and not for ``drug``."""
    named: dict[int, set[str]] = {}
    for a in found:
        if a.object == gene and a.predicate in ("inhibits", "targets"):
            for e in a.evidence:
                if e.rule.split(":")[-1] in ("named-inhibitor", "named-antibody"):
                    named.setdefault(e.sentence.start, set()).add(a.subject)
    both = [s for s in ctx.sentences if {drug, gene} <= {m.curie for m in ctx.in_sentence(s)}]
    return bool(both) and all(named.get(s.start) and drug not in named[s.start] for s in both)


def _anothers_event(ctx: Context, found: Sequence[Assertion], drug: str, events: Sequence[Mention]) -> bool:
    """Whether every sentence naming an event gives it to another drug than ``drug``.

    A sentence gives the event to the drug a rule paired it with there (stated or negated,
    as ``causesAdverseEvent``), else to the drugs it names: "Two patients in the secukinumab
    group developed …". A sentence that names ``drug`` and no rule's other drug, or no drug
    at all ("Three of them developed hepatitis"), leaves the event to ``drug``.
    """
    text = ctx.document.text
    curie = events[0].curie
    given: dict[int, set[str]] = {}
    for a in found:
        if a.predicate == "causesAdverseEvent" and a.object == curie:
            for e in a.evidence:
                given.setdefault(e.sentence.start, set()).add(a.subject)
    for sentence in ctx.sentences:
        if not any(sentence.start <= m.start < sentence.end for m in events):
            continue
        owners = given.get(sentence.start) or {d.curie for d in ctx.in_sentence(sentence, "Drug") if not measured(text, d)}
        if not owners or drug in owners:
            return False
    return True


#: Right before a drug, the patients it sorts: "in patients not receiving clobazam", "those on
#: concomitant valproate".
_STRATUM_BEFORE = re.compile(r"\b(?:patients|those|subjects|participants|children|adults|individuals)\b[^.;,]{0,50}?"
                             r"\b(?:(?:not|never)\s+)?(?:receiving|taking|on|using|treated\s+with|given)\s+"
                             r"(?:(?:concomitant|background|concurrent|stable)\s+)?$", re.IGNORECASE)
#: Right before a disease (down a list), a risk raised: "increases susceptibility to", "a higher risk of".
_RAISED_BEFORE = re.compile(r"\b(?:increas\w*|rais\w*|higher|elevated|greater|excess)\s+(?:the\s+)?"
                            r"(?:susceptibility|risks?|incidence|odds|rates?|likelihood)\s+(?:to|of|for)\s+" + LIST_BEFORE,
                            re.IGNORECASE)


#: Before a disease, the people who have it: "a 58-year-old woman with bipolar I disorder".
_PATIENTS_WITH = re.compile(r"\b(?:patients?|subjects?|cases?|individuals?|wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|"
                            r"adults?|adolescents?|infants?|participants?|people|persons?)\s+with\s+(?:an?\s+|the\s+)?"
                            r"(?:(?!(?:developed|had|experienced|suffered|presented|after|who|and)\b)[\w-]+\s+){0,3}"
                            # "adults with nosocomial pneumonia caused by MRSA" (found by an
                            # infectious-disease user)
                            r"(?:(?:caused\s+by|due\s+to)\s+)?$",
                            re.IGNORECASE)


def _patients_own(ctx: Context, mention: Mention) -> bool:
    """Whether a disease is named as the patients' own: "adults with opioid use disorder", its
    short form right after ("… disorder (OUD)"), or a sentence's setting ("In OUD, …"; found
    by a psychiatry user: buprenorphine "caused" the OUD it was given for)."""
    text = ctx.document.text
    sentence_start = next((s.start for s in ctx.sentences if s.start <= mention.start < s.end), 0)
    if _PATIENTS_WITH.search(text, max(0, mention.start - 60), mention.start) or _SETTING.fullmatch(
            text, sentence_start, mention.start):
        return True
    sentence = next((s for s in ctx.sentences if s.start <= mention.start < s.end), None)
    first = _coordinated(ctx, sentence, mention)[0] if sentence is not None else mention
    if first is not mention and first.start < mention.start and _PATIENTS_WITH.search(
            text, max(0, first.start - 60), first.start):
        return True     # down their list: "a man with hypertension and diabetes"
    long = next((m for m in ctx.mentions if m.curie == mention.curie and m.end <= mention.start
                 and text[m.end:mention.start].strip() == "("), None)
    return long is not None and _PATIENTS_WITH.search(text, max(0, long.start - 60), long.start) is not None


#: A sentence that gives the patients their treatment (with the drug's name, or without).
_GIVEN = re.compile(r"\b(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated|enrolled|received|receiving|receive|"
                    r"treated|given|starting|started|initiat\w*)\b", re.IGNORECASE)


def _population_has(ctx: Context, mention: Mention, drug: str) -> bool:
    """Whether a disease is named as the patients' own (:func:`_patients_own`) in a sentence that
    gives them their treatment or names ``drug``, with no word of harm in the words naming it
    ("patients with drug-induced liver injury") or after it in its clause ("… with acute liver
    failure after acetaminophen overdose")."""
    if not _patients_own(ctx, mention):
        return False
    text = ctx.document.text
    sentence = next((s for s in ctx.sentences if s.start <= mention.start < s.end), None)
    if sentence is None or sentence.section == "TITLE":
        return False
    named = _PATIENTS_WITH.search(text, max(0, mention.start - 60), mention.start)
    if (named is not None and _HARM.search(named.group())) or _harm_after(ctx, mention):
        return False
    return bool(_GIVEN.search(sentence.text)) or any(d.curie == drug for d in ctx.in_sentence(sentence, "Drug"))


#: A sentence's setting, "In OUD, …".
_SETTING = re.compile(r"In\s+(?:patients\s+with\s+)?")


def _own_clause_end(ctx: Context, mention: Mention) -> int:
    """Where what is said of a patient's disease ends: its sentence's end, or the "who" that
    tells what else the patient had ("a woman with obesity … who developed pancreatitis")."""
    end = next(s.end for s in ctx.sentences if s.start <= mention.start < s.end)
    who = _WHO.search(ctx.document.text, mention.end, end)
    return who.start() if who else end


_WHO = re.compile(r"\bwho\b", re.IGNORECASE)

#: After a patient's disease, the verb of the people who have it.
_THEIR_VERB = re.compile(r"\b(?:had|has|have|experienced|showed|received|receiving|were|was|presented|suffered|"
                         r"reported|achieved)\b", re.IGNORECASE)


def _harm_after(ctx: Context, mention: Mention) -> bool:
    """Whether a word of harm (:data:`_HARM`) follows a patient's disease in its clause
    (:func:`_own_clause_end`) with no other disease or event of its own after it: in "a man with
    hypertension and diabetes developed rash", "In patients with hypertension, X caused
    dizziness", the harm is the rash's and the dizziness's, the diseases the patients' (found
    in the trials: both were adverse events)."""
    text = ctx.document.text
    end = _own_clause_end(ctx, mention)
    # the people's own verb ends what names their disease: "Patients with comorbid diabetes
    # and hypertension had more adverse events on X" (a harm of theirs, not of the diseases)
    verb = _THEIR_VERB.search(text, mention.end, end)
    end = verb.start() if verb else end
    events = [m for m in ctx.mentions if m.type in ("Disease", "AdverseEvent") and m.curie != mention.curie
              and mention.end < m.start < end]
    return any(not any(0 <= m.start - harm.end() <= 80 for m in events) for harm in _HARM.finditer(text, mention.end, end))


def _harm_said(ctx: Context, sentence: Sentence, drug: str) -> bool:
    """Whether a sentence speaks of harm (:data:`_HARM`), not counting a compound that names
    another cause: "diet-induced steatohepatitis" is no harm of the drug that then reduced
    it (found by a new user), where "drug-induced", "chemotherapy-induced" or the drug's own
    "X-induced" still are."""
    text = ctx.document.text
    own_ends = {m.end for m in ctx.in_sentence(sentence, "Drug") if m.curie == drug}
    for m in _HARM.finditer(text, sentence.start, sentence.end):
        if m.group(1)[:4].lower() == "caus" and _GENETIC_CAUSE.match(text, m.end()):
            # "Cystic fibrosis is caused by mutations in the CFTR gene": the disease's own
            # cause (found by a respiratory user: ivacaftor "caused" cystic fibrosis).
            continue
        if m.group(1)[:4].lower() == "caus" and _GENETIC_CAUSER.search(text, max(sentence.start, m.start() - 200), m.start()):
            # "de novo variants in KCNQ2 cause … encephalopathy", "Pathogenic variants in POLG,
            # which encodes …, cause Alpers-Huttenlocher syndrome": the disease's cause is the
            # gene's (found by a neurology user: ezogabine and valproate "caused" them).
            continue
        if not (m.group(1)[:4].lower() in ("indu", "caus") and text[m.start() - 1] == "-"):
            return True
        if m.start() - 1 in own_ends or _THERAPY_WORD.search(text, max(sentence.start, m.start() - 20), m.start() - 1):
            return True
    return False


#: After "caused", a cause in the genes: "by mutations in", "by biallelic variants of", "by a deficiency".
_GENETIC_CAUSE = re.compile(r"\s+(?:primarily\s+|mainly\s+|mostly\s+)?by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:mutations?|variants?|deletions?|loss|deficiency|defects?|expansions?|alleles?|"
                            r"pathogenic|germline|biallelic|inherited)\b", re.IGNORECASE)
#: Before "cause", a gene's variants as its subject: "variants in KCNQ2", "Mutations in SOD1, including A4V,".
_GENETIC_CAUSER = re.compile(r"\b(?:mutations?|variants?|deletions?|duplications?|expansions?|alleles?|defects?)\s+"
                             r"(?:in|of|at)\s+(?:the\s+)?[\w/-]+(?:\s+gene)?(?:\s*,[^;,]{1,120},)?\s*"
                             r"(?:(?:can|may|also|often|typically|commonly|frequently)\s+)*$", re.IGNORECASE)
#: Before "-induced", a word for the treatment itself: "drug-induced", "chemotherapy-induced".
_THERAPY_WORD = re.compile(r"\b(?:drugs?|medications?|medicines?|chemotherapy|therapy|treatment|agents?|"
                           r"[\w-]*(?:statin|mab|nib|platin|taxel|rubicin|azole|mycin|cillin))$", re.IGNORECASE)


def _harmed(ctx: Context, diseases: Sequence[Mention], drug: str) -> bool:
    """Whether a sentence tells of ``diseases`` as a harm the patients suffered, not one
    another drug caused ("cisplatin-induced nephrotoxicity was treated with amifostine")."""
    text = ctx.document.text
    for sentence in ctx.sentences:
        for disease in (d for d in diseases if sentence.start <= d.start < sentence.end):
            start = max(sentence.start, disease.start - 60)
            # ("Headache and injection-site reactions were the most frequently reported adverse
            # events": found by a respiratory user, mepolizumab "treated" the headache)
            if (HARMED_BEFORE.search(text, start, disease.start) or incidence(text, sentence, disease)) and not any(
                    start <= other.start < disease.start and other.curie != drug and not measured(text, other)
                    for other in ctx.in_sentence(sentence, "Drug")):
                return True
    return False


def _best_sentence(sentences: Sequence[Sentence], subjects: Sequence[Mention], objects: Sequence[Mention],
                   others: Sequence[Mention] = ()) -> tuple[Sentence, Mention | None, Mention | None]:
    """The sentence naming both closest together (outside the title if possible, else the title),
    else the object's first naming none of ``others`` (the subject's rivals, other drugs), else the
    object's first, else the subject's."""
    body = [s for s in sentences if s.section != "TITLE"] or list(sentences)
    # "Valproate-induced hepatotoxicity in POLG …" (title) and "Levetiracetam was not associated
    # with hepatotoxicity": the title names the pair, the body's sentence another drug, whose
    # denial is no denial of valproate's (found by a neurology user)
    for among in (body, list(sentences)):
        best: tuple[int, Sentence, Mention, Mention] | None = None
        for s in among:
            for p in (m for m in subjects if s.start <= m.start < s.end):
                for q in (m for m in objects if s.start <= m.start < s.end):
                    if best is None or abs(p.start - q.start) < best[0]:
                        best = (abs(p.start - q.start), s, p, q)
        if best is not None:
            return best[1], best[2], best[3]
    # No sentence names both: the object's first, which says what befell it ("The combination
    # did not cause weight loss"; found by a new user: the drug's sentence was shown instead),
    # one not about another drug if there is one.
    for s in sorted(body, key=lambda s: any(s.start <= m.start < s.end for m in others)):
        obj = next((m for m in objects if s.start <= m.start < s.end), None)
        if obj is not None:
            return s, None, obj
    for s in body:
        subject = next((m for m in subjects if s.start <= m.start < s.end), None)
        if subject is not None:
            return s, subject, None
    return body[0], None, None


def write_model(path: Path, weights: Mapping[str, float], threshold: float, treats_weights: Mapping[str, float],
                about: Mapping[str, object]) -> Path:
    """Write a model as sorted, rounded JSON (the same training gives the same bytes)."""
    data = {"about": dict(about), "threshold": round(threshold, 6),
            "weights": {k: round(v, 6) for k, v in sorted(weights.items()) if round(v, 6)},
            "treats_weights": {k: round(v, 6) for k, v in sorted(treats_weights.items()) if round(v, 6)}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


@functools.lru_cache(maxsize=4)
def load_pair_model(directory: Path | None = None) -> PairModel | None:
    """The shipped pair model (``kg/models/pairs.json``), or ``None`` when there is none.

    >>> model = load_pair_model()
    >>> 0 < model.threshold < 1 and "bias" in model.weights
    True
    """
    import hashlib

    path = (directory or models_dir()) / "pairs.json"
    if not path.is_file():
        return None
    raw = path.read_bytes()
    data = json.loads(raw)
    return PairModel(data["weights"], data["threshold"], data["treats_weights"], hashlib.sha256(raw).hexdigest()[:12])


def feature_rows(candidates_: Iterable[Candidate]) -> list[Mapping[str, float]]:
    """The feature dicts of some candidates (for training)."""
    return [c.features for c in candidates_]


__all__ = ["PAIR_PREDICATES", "Candidate", "PairModel", "candidates", "load_pair_model", "write_model"]
