"""Assembly: per-document extractions → one pooled assertion per (subject, predicate, object).

No rdflib here. Evidence from every sentence and paper is pooled; negation and hedging
stay on each Evidence. :func:`confidence` combines the evidence, conflicts are
flagged, and references are resolved to publications built in the same batch.

Confidence is a noisy-OR over evidence weights. Each evidence weighs
:data:`BASE_WEIGHT`, halved when hedged and multiplied by :data:`INFERRED_FACTOR`
when inferred. Support ``p = 1 - Π(1 - w)`` over un-negated evidence, denial ``n``
likewise over negated evidence, and ``confidence = p · (1 - n)``, rounded to 3 places.
More independent sentences raise it; hedged, inferred or negated evidence lowers it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from kg.model import Document, Evidence, Extraction, Mention, Reference

#: Weight of one plain, stated, un-negated sentence.
BASE_WEIGHT = 0.6
#: Factor for hedged evidence ("may improve").
HEDGED_FACTOR = 0.5
#: Factor for evidence that needed more than its sentence (the main-drug rules).
INFERRED_FACTOR = 0.7
#: Predicates implied by a sub-property, materialised so plain SPARQL sees them.
SUPER_PROPERTIES = {
    "inhibits": "targets",
    "approvedFor": "treats",
    "confersSensitivityTo": "affectsResponseTo",
    "confersResistanceTo": "affectsResponseTo",
}
#: Predicates that contradict each other on the same subject and object.
#: Predicates that contradict each other on one subject–object pair: sensitive in one paper and
#: resistant in another, or a drug treating (approved for) a disease another paper says it
#: causes (found by a respiratory user: ivacaftor approved for cystic fibrosis and "causing"
#: it, with no conflict shown).
OPPOSITE: dict[str, tuple[str, ...]] = {
    "confersSensitivityTo": ("confersResistanceTo",), "confersResistanceTo": ("confersSensitivityTo",),
    "treats": ("causesAdverseEvent",), "approvedFor": ("causesAdverseEvent",),
    "causesAdverseEvent": ("treats", "approvedFor"),
}


@dataclass(frozen=True, slots=True)
class PooledAssertion:
    """An assertion with the evidence of every document, its confidence and conflict flag.

    :ivar holds: True when at least one evidence is not negated (the direct edge exists).
    """

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...]
    confidence: Decimal
    has_conflict: bool

    @property
    def holds(self) -> bool:
        """Whether any evidence is not negated."""
        return any(not e.negated for e in self.evidence)


@dataclass(frozen=True, slots=True)
class Citation:
    """A reference of one publication, resolved to a known publication when one matches."""

    citing: str
    reference: Reference
    resolved: str | None


@dataclass(frozen=True, slots=True)
class Assembly:
    """The pooled assertions and resolved citations of a whole build."""

    assertions: tuple[PooledAssertion, ...]
    citations: tuple[Citation, ...]
    #: ``(entity CURIE, number of documents that mention it)``, sorted by CURIE.
    papers: tuple[tuple[str, int], ...] = ()
    #: How each entity's mentions were grounded, per method, sorted by entity and method.
    groundings: tuple[Grounding, ...] = ()


@dataclass(frozen=True, slots=True)
class Grounding:
    """How the mentions of one entity were grounded by one method, summed over documents.

    What the ``groundings`` query reports, kept in the assembly graph so that it is one
    lookup per entity instead of a read of every mention (thousands for a common drug).

    :ivar entity: The entity's CURIE.
    :ivar how: The grounding method (``kg:groundedBy``: lexicon, abbreviation, ...).
    :ivar mentions: Mention nodes (distinct spans) that denote the entity with this method.
    :ivar inferred: Of those, the ones flagged ``kg:inferred``.
    :ivar ambiguous: Of those, the ones flagged ``kg:ambiguous``.
    :ivar alternatives: The CURIEs of their alternative groundings, sorted.
    :ivar texts: Their distinct texts, sorted.
    """

    entity: str
    how: str
    mentions: int
    inferred: int
    ambiguous: int
    alternatives: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()


def groundings(extraction: Extraction) -> list[Grounding]:
    """One document's :class:`Grounding` rows, counted over its mention nodes.

    A mention node is one span of the text (:func:`kg.rdf._span` mints it from the span),
    so two mentions on the same span are one node, carrying both of their entities,
    methods, flags and alternatives, and counted once, as the mention-level query would.

    >>> from kg.model import Document, Entity, Mention
    >>> doc = Document("a.txt", "Imatinib (IM) and imatinib.", "Imatinib", pmid="1")
    >>> drug = Entity("CHEBI:45783", "Drug", "imatinib")
    >>> mentions = (Mention(0, 8, "Imatinib", drug), Mention(10, 12, "IM", drug, how="abbreviation"),
    ...             Mention(18, 26, "imatinib", drug, alternatives=("CHEBI:1",)))
    >>> found = groundings(Extraction(doc, (), mentions, (), ()))
    >>> [(g.how, g.mentions, g.ambiguous, g.alternatives, g.texts) for g in found]
    [('abbreviation', 1, 0, (), ('IM',)), ('lexicon', 2, 1, ('CHEBI:1',), ('Imatinib', 'imatinib'))]
    """
    text = extraction.document.text
    spans: dict[tuple[int, int], list[Mention]] = {}
    for mention in extraction.mentions:
        spans.setdefault((mention.start, mention.end), []).append(mention)
    counts: dict[tuple[str, str], list[int]] = {}     # mentions, inferred, ambiguous
    alternatives: dict[tuple[str, str], set[str]] = {}
    texts: dict[tuple[str, str], set[str]] = {}
    for (start, end), on_span in spans.items():
        if len(on_span) == 1:  # nearly every span: one mention, one key
            [m] = on_span
            keys: Iterable[tuple[str, str]] = ((m.curie, m.how),)
            inferred, ambiguous, others = m.inferred, bool(m.alternatives), m.alternatives
        else:
            keys = {(m.curie, how) for m in on_span for how in {n.how for n in on_span}}
            inferred = any(m.inferred for m in on_span)
            ambiguous = any(m.alternatives for m in on_span)
            others = tuple(a for m in on_span for a in m.alternatives)
        for key in keys:
            n = counts.setdefault(key, [0, 0, 0])
            n[0], n[1], n[2] = n[0] + 1, n[1] + inferred, n[2] + ambiguous
            alternatives.setdefault(key, set()).update(others)
            texts.setdefault(key, set()).add(text[start:end])
    return [Grounding(curie, how, n[0], n[1], n[2], tuple(sorted(alternatives[curie, how])),
                      tuple(sorted(texts[curie, how])))
            for (curie, how), n in sorted(counts.items())]


def merge_groundings(rows: Iterable[Grounding]) -> list[Grounding]:
    """Sum :class:`Grounding` rows of the same entity and method (documents are disjoint).

    >>> [merged] = merge_groundings([Grounding("X:1", "lexicon", 2, 0, 1, ("X:2",), ("a",)),
    ...                              Grounding("X:1", "lexicon", 1, 1, 0, (), ("b",))])
    >>> merged.mentions, merged.inferred, merged.ambiguous, merged.alternatives, merged.texts
    (3, 1, 1, ('X:2',), ('a', 'b'))
    """
    merged: dict[tuple[str, str], Grounding] = {}
    for g in rows:
        old = merged.get((g.entity, g.how))
        if old is not None:
            g = Grounding(g.entity, g.how, old.mentions + g.mentions, old.inferred + g.inferred,
                          old.ambiguous + g.ambiguous, tuple(sorted({*old.alternatives, *g.alternatives})),
                          tuple(sorted({*old.texts, *g.texts})))
        merged[(g.entity, g.how)] = g
    return [merged[key] for key in sorted(merged)]


class Weighed(Protocol):
    """What :func:`confidence` reads of an evidence (an :class:`Evidence` or a stored record)."""

    @property
    def negated(self) -> bool: ...
    @property
    def hedged(self) -> bool: ...
    @property
    def inferred(self) -> bool: ...


def weight(evidence: Weighed) -> float:
    """The weight of one evidence in :func:`confidence` (before negation is considered)."""
    w = BASE_WEIGHT
    if evidence.hedged:
        w *= HEDGED_FACTOR
    if evidence.inferred:
        w *= INFERRED_FACTOR
    return w


def confidence(evidence: Iterable[Weighed]) -> Decimal:
    """Combine evidence into a confidence between 0 and 1 (formula in the module docstring).

    >>> from kg.model import Evidence, Span
    >>> plain = Evidence("PMID:1", Span(0, 5), "text.", "RESULTS", "r")
    >>> confidence([plain]), confidence([plain, plain]), confidence([plain, plain.__class__(
    ...     "PMID:2", Span(0, 5), "text.", "RESULTS", "r", hedged=True, cue="may")])
    (Decimal('0.600'), Decimal('0.840'), Decimal('0.720'))
    """
    support = 1.0
    denial = 1.0
    for e in evidence:
        if e.negated:
            denial *= 1 - weight(e)
        else:
            support *= 1 - weight(e)
    value = (1 - support) * denial
    return Decimal(f"{value:.3f}")


def assemble(extractions: Iterable[Extraction]) -> Assembly:
    """Pool the assertions of every extraction and resolve every reference list.

    Extractions are processed in the order given; the result is sorted, so the same
    documents give the same assembly whatever that order.
    """
    extractions = list(extractions)
    pooled: dict[tuple[str, str, str], list[Evidence]] = {}
    for extraction in extractions:
        for assertion in extraction.assertions:
            pooled.setdefault((assertion.subject, assertion.predicate, assertion.object), []).extend(assertion.evidence)
    holds = {key for key, evs in pooled.items() if any(not e.negated for e in evs)}
    out = []
    for key in sorted(pooled):
        evidence = tuple(sorted(set(pooled[key]), key=_evidence_key))
        subject, predicate, obj = key
        negated = {e.negated for e in evidence}
        conflict = len(negated) == 2 or (
            key in holds and any((subject, opposite, obj) in holds for opposite in OPPOSITE.get(predicate, ()))
        )
        out.append(PooledAssertion(subject, predicate, obj, evidence, confidence(evidence), conflict))
    papers = Counter(curie for x in extractions for curie in mentioned(x))
    return Assembly(tuple(out), tuple(_citations(extractions)), tuple(sorted(papers.items())),
                    tuple(merge_groundings(g for x in extractions for g in groundings(x))))


def applied_rules(extraction: Extraction) -> set[str]:
    """The rules behind a document's evidence: its claims', outcomes' and study's (``kg:appliedRule``)."""
    rules = {e.rule for a in extraction.assertions for e in a.evidence} | {o.evidence.rule for o in extraction.outcomes}
    if extraction.study is not None:
        rules.update(e.rule for e in extraction.study.evidence)
    return rules


def mentioned(extraction: Extraction) -> set[str]:
    """The CURIEs of the entities a document mentions (its ``kg:mentions``)."""
    return {m.curie for m in extraction.mentions}


def _evidence_key(e: Evidence) -> tuple[object, ...]:
    return (e.publication, e.sentence.start, e.rule, e.subject_span and e.subject_span.start,
            e.object_span and e.object_span.start)


class CitationIndex:
    """The publications of a build, found by PMID, DOI or journal, year, volume and first page."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def add(self, doc: Document) -> None:
        """Index one publication (the first one indexed under a key keeps it)."""
        for key in citation_keys(doc):
            self._keys.setdefault(key, doc.curie)

    def resolve(self, ref: Reference) -> str | None:
        """The indexed publication a reference points at, or ``None``."""
        return next((self._keys[key] for key in reference_keys(ref) if key in self._keys), None)


def citation_keys(doc: Document) -> list[str]:
    r"""The keys a reference may name a document by: its PMID, DOI, and journal, year,
    volume and first page (:func:`reference_keys` gives a reference's).

    >>> citation_keys(Document(source="x", text="T.", title="T.", pmid="1", journal="J Clin Oncol",
    ...                        year=2002, volume="20", pages="472-80"))
    ['PMID:1', 'J\x1fjclinoncol\x1f=2002\x1f=20\x1f=472']
    """
    keys = []
    if doc.pmid:
        keys.append(f"PMID:{doc.pmid}")
    if doc.doi:
        keys.append(f"DOI:{doc.doi.lower()}")
    if doc.journal and doc.pages:
        keys.append(_journal_key(doc.journal, doc.year, doc.volume, doc.pages.split("-")[0]))
    return keys


def reference_keys(ref: Reference) -> list[str]:
    """The keys a reference names its document by, in the order they are tried: PMID, DOI,
    then journal, year, volume and first page."""
    keys = []
    if ref.pmid:
        keys.append(f"PMID:{ref.pmid}")
    if ref.doi:
        keys.append(f"DOI:{ref.doi.lower()}")
    if ref.journal:
        keys.append(_journal_key(ref.journal, ref.year, ref.volume, ref.first_page))
    return keys


def _citations(extractions: list[Extraction]) -> list[Citation]:
    """Each reference, resolved by journal, year, volume and first page (or PMID/DOI)."""
    index = CitationIndex()
    for extraction in extractions:
        index.add(extraction.document)
    return [Citation(x.document.curie, ref, index.resolve(ref)) for x in extractions for ref in x.document.references]


def _journal_key(journal: str, year: int | None, volume: str | None, page: str | None) -> str:
    # A missing year, volume or page is not an empty one (as the tuples this replaced kept them).
    name = "".join(c for c in journal.lower() if c.isalnum())
    return "\x1f".join(["J", name, *("-" if part is None else f"={part}" for part in (year, volume, page))])


__all__ = ["Assembly", "Citation", "CitationIndex", "Grounding", "PooledAssertion", "SUPER_PROPERTIES", "applied_rules",
           "assemble", "citation_keys", "confidence", "groundings", "merge_groundings", "reference_keys"]
