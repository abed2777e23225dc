"""Extraction: one :class:`~kg.model.Document` (plus the lexicon) → one :class:`~kg.model.Extraction`.

A pure function of its inputs, so it parallelises and caches per document. Stages:
sentences → lexicon mentions → mutation mentions → the document's main entities →
relation rules → study and outcome measurements → drug classes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from kg.extract.context import build_context, main_mention
from kg.extract.entities import (
    class_root,
    drop_analogues,
    drop_redefined,
    drop_sequence_words,
    drop_unadministered_elements,
    find_entities,
    name_long_forms,
    resolve_anaphors,
    unify_salt_forms,
    unify_short_forms,
)
from kg.extract.lexicon import Lexicon, Match, load_lexicon
from kg.extract.mutations import find_cytogenetic, find_mutations
from kg.extract.outcomes import extract_outcomes, extract_study
from kg.extract.pairs import PairModel, load_pair_model
from kg.extract.relations import extract_relations
from kg.extract.sentences import split_sentences
from kg.extract.subgroups import with_subgroups
from kg.extract.tagger import Span, Tagger, load_tagger, retag
from kg.model import Document, Entity, Extraction, Mention, Sentence

#: Documents a build extracts together (:func:`extract_many`: their tagging decoded in one batch).
BATCH = 64
#: Between a drug and its class: "imatinib mesylate, a selective …", "Imatinib … is a small molecule …".
_APPOSITION = re.compile(r"(?:\bis|\bwas|,)\s+(?:a|an)\b[^.;]*$")


def extract(document: Document, lexicon: Lexicon, tagger: Tagger | None = None,
            pairs: PairModel | None = None) -> Extraction:
    """Extract everything kg knows how to read from one document.

    :param document: A document from any reader.
    :param lexicon: The lexicon that grounds names (:func:`load_lexicon`).
    :param tagger: The trained span tagger (:func:`load_tagger`) that decides which lexicon
        matches are names here and finds names the lexicon lacks; ``None`` for rules only.
    :param pairs: The document-level pair classifier (:func:`load_pair_model`) that links
        entities the sentence rules do not; ``None`` for rules only.
    :returns: Sentences, mentions, assertions, the study and the outcome measurements.
    """
    result = extract_many([document], lexicon, tagger, pairs)[0]
    if isinstance(result, Exception):
        raise result
    return result


def extract_many(documents: Sequence[Document], lexicon: Lexicon, tagger: Tagger | None = None,
                 pairs: PairModel | None = None) -> list[Extraction | Exception]:
    """:func:`extract` of each document, the tagger decoding all of them together (faster, the same result).

    :returns: Per document, in order, its extraction, or the exception its extraction
        raised: a bug on one document does not stop the others.
    """
    started: list[tuple[list[Sentence], list[Mention], list[Match]] | Exception] = []
    for document in documents:
        try:
            started.append((split_sentences(document), *rule_mentions(document, lexicon)))
        except Exception as exc:  # noqa: BLE001 - reported in this document's place
            started.append(exc)
    spans = _spans(documents, started, tagger)
    out: list[Extraction | Exception] = []
    for document, begun, found in zip(documents, started, spans, strict=True):
        if isinstance(found, Exception):
            out.append(found)
            continue
        assert not isinstance(begun, Exception)
        try:
            out.append(_finish(document, lexicon, tagger, pairs, *begun, found))
        except Exception as exc:  # noqa: BLE001 - reported in this document's place
            out.append(exc)
    return out


def failure_reason(document: Document, exc: Exception) -> str:
    """What a build reports for a document whose extraction raised ``exc`` (a bug in kg)."""
    return f"internal error while extracting {document.curie} ({type(exc).__name__}: {exc}); please report it"


def _spans(documents: Sequence[Document], started: Sequence[tuple[Any, list[Mention], Any] | Exception],
           tagger: Tagger | None) -> list[list[Span] | None | Exception]:
    """The tagger's spans of each started document (``None`` without a tagger), tagged together."""
    ready = [i for i, begun in enumerate(started) if not isinstance(begun, Exception)]
    out: list[list[Span] | None | Exception] = [
        begun if isinstance(begun, Exception) else None for begun in started]
    if tagger is None:
        return out
    inputs = [(documents[i].text, started[i][1]) for i in ready]  # type: ignore[index]
    try:
        tagged: list[list[Span] | Exception] = list(tagger.tag_many(inputs))
    except Exception:  # noqa: BLE001 - find the document that fails, tag the others
        tagged = []
        for text, hints in inputs:
            try:
                tagged.append(tagger.tag(text, hints))
            except Exception as exc:  # noqa: BLE001 - reported in this document's place
                tagged.append(exc)
    for i, found in zip(ready, tagged, strict=True):
        out[i] = found
    return out


def _finish(document: Document, lexicon: Lexicon, tagger: Tagger | None, pairs: PairModel | None,
            sentences: list[Sentence], mentions: list[Mention], classes: list[Match],
            spans: list[Span] | None) -> Extraction:
    """The stages after tagging: the tagger's mentions, relations, study, outcomes, drug classes."""
    if tagger is not None and spans is not None:
        # A span never runs from one sentence into the next: a plain-text title with no full
        # stop ran into the abstract ("… cancers Larotrectinib", found by a new user).
        starts = [s.start for s in sentences[1:]]
        spans = [span for span in spans if bisect.bisect_right(starts, span[0]) == bisect.bisect_left(starts, span[1])]
        mentions = retag(document.text, mentions, spans, tagger.types, lexicon.lookup, lexicon.is_curated)
    # A chromosomal abnormality is a variant to stratify by, whatever a vocabulary lists it as
    # ("chromosome 17p deletion", a MONDO disease) or the tagger reads inside it (the "t" of
    # "t(11;14)", the "17p" of "17p deletion"): its span is the variant's. Found after the
    # tagger, so its hints (and the trained models) stay as they were.
    cytogenetic = [c for c in find_cytogenetic(document.text)
                   if not any(m.type == "Mutation" and m.how == "pattern" and m.start < c.end and c.start < m.end
                              for m in mentions)]
    if cytogenetic:
        mentions = [m for m in mentions if not any(m.start < c.end and c.start < m.end for c in cytogenetic)]
        mentions = sorted(mentions + cytogenetic, key=lambda m: (m.start, -m.end, m.entity.curie))
    elif tagger is not None and spans is not None:
        mentions.sort(key=lambda m: (m.start, -m.end, m.entity.curie))
    # After the tagger, which may add the generic word or its antecedent.
    for step in (drop_sequence_words, drop_analogues, drop_redefined, unify_short_forms, name_long_forms,
                 resolve_anaphors, drop_unadministered_elements, unify_salt_forms):
        mentions = step(document.text, mentions)
    # A chemical that roots a class's name ("a vitamin K antagonist") is a mention, no agent.
    ctx = build_context(document, sentences, [m for m in mentions if not class_root(document.text, m)])
    assertions = extract_relations(ctx)
    if pairs is not None:
        assertions += pairs.assertions(ctx, assertions)
    study = extract_study(ctx)
    outcomes = with_subgroups(ctx, extract_outcomes(ctx, study))
    mentioned = {m.curie for m in mentions}
    # Entities the graph points at without the text naming them: an implied endpoint, and
    # the other readings of an ambiguous name (described so a user can see what they are).
    alternatives = {a for m in mentions for a in m.alternatives}
    # (and a composite harm: "MDS or AML occurred in 1.5%" is kgr:ae-…-or-…)
    implied = sorted(({o.endpoint for o in outcomes} | {o.adverse_event for o in outcomes if o.adverse_event}
                      | alternatives) - mentioned)
    referenced = tuple(lexicon.entities.get(curie) or _implied(curie) for curie in implied)
    return Extraction(
        document=document,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        assertions=tuple(assertions),
        outcomes=tuple(outcomes),
        study=study,
        drug_classes=tuple(_drug_classes(document.text, mentions, classes)),
        referenced=referenced,
    )


def rule_mentions(document: Document, lexicon: Lexicon) -> tuple[list[Mention], list[Match]]:
    """The mentions the lexicon and the mutation patterns find, in reading order, and drug-class phrases.

    These are what a :class:`Tagger` gets as hints, at training time as at run time.
    """
    mentions, classes = find_entities(document, lexicon)
    title_end = document.sections[0].end if document.sections else 0
    genes = [m for m in mentions if m.type == "Target"]
    mutations = find_mutations(document, genes, main_mention([g for g in genes if g.how != "coordination"], title_end))
    # The graph has one kg:Mention per span, and it denotes one entity: where a mutation's
    # span is its gene's, the mutation's mention stands (a gene named alone for its
    # mutation made one node with two kg:denotes, which SHACL refused: found in review).
    taken = {(m.start, m.end) for m in mutations}
    mentions = [m for m in mentions if m.type != "Target" or (m.start, m.end) not in taken]
    return sorted(mentions + mutations, key=lambda m: (m.start, -m.end, m.entity.curie)), classes


def _drug_classes(text: str, mentions: list[Mention], classes: list[Match]) -> list[tuple[str, str]]:
    """``(drug curie, class label)`` for each drug described by a class in apposition."""
    found: list[tuple[str, str]] = []
    for cls in classes:
        before = [m for m in mentions if m.type == "Drug" and m.end <= cls.start and cls.start - m.end < 80]
        if before and _APPOSITION.search(text[before[0].end:cls.start]):
            pair = (before[0].curie, cls.entity.label)
            if pair not in found:
                found.append(pair)
    return found


__all__ = ["BATCH", "extract", "extract_many", "failure_reason", "load_lexicon", "load_pair_model", "load_tagger", "Lexicon", "PairModel", "Tagger"]


def _implied(curie: str) -> Entity:
    """The entity of a minted endpoint or composite harm no text names by itself.

    >>> _implied("kgr:ae-acute-myeloid-leukemia-or-myelodysplastic-syndrome").label
    'acute myeloid leukemia or myelodysplastic syndrome'
    """
    if curie.startswith("kgr:ae-"):
        return Entity(curie, "AdverseEvent", curie.removeprefix("kgr:ae-").replace("-", " "))
    return Entity(curie, "Endpoint", curie.split("endpoint-")[-1].replace("-", " "))
