"""The RDF mapping: extractions and their assembly → an rdflib :class:`~rdflib.Dataset`.

One named graph per document (named after its Publication IRI) holds the paper, the
entities it mentions (``kg:mentions``), its mention spans, evidence, study and outcomes,
and its citations; the entities graph describes each entity once (class, labels,
cross-references, the texts it was matched from) and each cited work outside the build, so no triple is repeated across
graphs and a store's union of graphs is the same with or without duplicates removed;
the assembly graph holds pooled Assertions and the direct edges; the build graph holds
PROV-O provenance. Every node has an IRI (no blank nodes), minted by
:mod:`kg.iris` from what identifies it, so the same input gives the same graph.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Protocol

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.assemble import SUPER_PROPERTIES, Assembly, Grounding
from kg.iris import BIBO, DCTERMS, KG, KGR, NAMESPACES, PROV, RDF, RDFS, SKOS, XSD, expand, graph_iri, mint, mint_from
from kg.model import (
    Document,
    Entity,
    Evidence,
    Extraction,
    OutcomeMeasurement,
    Span,
    StudyArm,
    expand_pages,
)

#: The named graph describing every entity once: class, labels, cross-references, matched texts.
ENTITIES_GRAPH = graph_iri("entities")
#: The named graph of pooled assertions and direct edges.
ASSEMBLY_GRAPH = graph_iri("assembly")
#: The named graph of build provenance (not covered by the byte-identical guarantee).
BUILD_GRAPH = graph_iri("build")


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """What the build graph records: tool and lexicon versions, rules, sources."""

    tool_version: str
    lexicon_version: str
    rules: tuple[str, ...]
    sources: tuple[str, ...]
    #: Trained models used, as ``name-hash`` (``"tagger-1a2b3c4d5e6f"``).
    models: tuple[str, ...] = ()


class Adds(Protocol):
    """Anything triples can be added to: an rdflib Graph or a :class:`LineSet`."""

    def add(self, triple: tuple[Node, Node, Node], /) -> Any: ...


class Triples(Adds, Protocol):
    """Where a document's triples go: an rdflib Graph (wrapped by :func:`_sink`) or a :class:`LineSet`."""

    def add_value(self, subject: URIRef, predicate: URIRef, value: object, /) -> Any:
        """Add a triple whose object is a Python value: ``str``, ``int``, ``bool``, ``Decimal`` or an IRI."""


class _GraphSink:
    """An rdflib Graph as a :class:`Triples`: values become rdflib terms."""

    __slots__ = ("add",)

    def __init__(self, graph: Graph) -> None:
        self.add = graph.add

    def add_value(self, subject: URIRef, predicate: URIRef, value: object) -> None:
        self.add((subject, predicate, _term(value)))


def _sink(graph: Any) -> Triples:
    """``graph`` as a :class:`Triples`: a LineSet as it is, anything else with an ``add`` (a Graph) wrapped."""
    return graph if isinstance(graph, LineSet) else _GraphSink(graph)


class LineSet:
    r"""The streaming build's sink: each triple kept as the N-Triples text of its subject,
    predicate and object (``<s> <p> "o"``), written when it is added.

    No rdflib term is kept: a literal's text is written straight from its value, and a
    line hashes and compares as a plain string (an rdflib Literal hashes in Python).
    :func:`nquads` turns the set into sorted N-Quads lines of one graph.

    >>> lines = LineSet()
    >>> lines.add_value(URIRef("urn:s"), URIRef("urn:p"), 'say "hi"')
    >>> lines.add((URIRef("urn:s"), URIRef("urn:p"), Literal('say "hi"')))
    >>> print(*lines.lines)
    <urn:s> <urn:p> "say \"hi\""
    """

    __slots__ = ("lines", "_put")

    def __init__(self) -> None:
        self.lines: set[str] = set()
        self._put = self.lines.add

    def add(self, triple: tuple[Node, Node, Node], /) -> None:
        s, p, o = triple
        self._put(f"{n3(s)} {n3(p)} {n3(o)}")

    def add_value(self, subject: URIRef, predicate: URIRef, value: object, /) -> None:
        self._put(f"{n3(subject)} {n3(predicate)} {value_n3(value)}")

    def nquads(self, graph: Node) -> list[str]:
        """The lines as N-Quads in ``graph``, sorted."""
        tail = f" {n3(graph)} .\n"
        return sorted([line + tail for line in self.lines])


@functools.lru_cache(maxsize=1 << 16)
def n3(term: Node) -> str:
    r"""A term's N-Triples text: an IRI as rdflib's ``n3()`` writes it, a literal as rdflib's
    N-Quads serializer does (a line break escaped, where ``Literal.n3()`` writes a
    triple-quoted string that no N-Quads parser takes).

    Cached: a document's nodes recur in several of its triples, its properties in most
    of them, and rdflib validates an IRI on every ``n3()``.

    >>> print(n3(Literal("two\nlines")), n3(URIRef("urn:x")))
    "two\nlines" <urn:x>
    """
    if isinstance(term, Literal):
        text = _nt_string(str(term))
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^<{term.datatype}>" if term.datatype else text
    return str(term.n3())


def _nt_string(text: str) -> str:
    # rdflib's N-Triples escaping (plugins/serializers/nt.py), the same order of replacements.
    return '"' + text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


def value_n3(value: object) -> str:
    r"""The N-Triples text of the literal (or IRI) :func:`_add` makes of ``value``, without making it.

    >>> value_n3('a "b" \\ c') == n3(Literal('a "b" \\ c'))
    True
    >>> value_n3(3)
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if type(value) is str:
        # Sentences and mention texts are new in every document: no Literal made, no cache.
        return _nt_string(value)
    if type(value) is int or type(value) is bool:
        return _scalar_n3(value)
    return n3(_term(value))


@functools.lru_cache(maxsize=1 << 14, typed=True)  # typed: True and 1 are different literals
def _scalar_n3(value: int | bool) -> str:
    # Offsets and flags recur; keyed by the int itself, not by an rdflib Literal (which hashes in Python).
    return n3(_literal(value))


def document_triples(sink: Graph | LineSet, entities: Graph | LineSet, extraction: Extraction,
                     citations: list[tuple[object, str | None]]) -> None:
    """Add one document's graph (publication, mentions, evidence, study, outcomes, citations) to ``sink``.

    :param sink: An rdflib Graph, or a :class:`LineSet` (the streaming build: the same
        triples as text, made faster).
    :param entities: Receives the descriptions of the entities the document names (for
        the entities graph; other documents give the same triples for the same entity).
    :param citations: ``(reference, resolved publication CURIE or None)`` per reference.
    """
    _document(_sink(sink), _sink(entities), extraction, citations)


def decimal_literal(value: Decimal) -> Literal:
    """An ``xsd:decimal`` written with a decimal point (``400.0``, ``53.7``), so a parse gives it back unchanged.

    >>> decimal_literal(Decimal("400"))
    rdflib.term.Literal('400.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    text = format(value, "f")
    if "." not in text:
        text += ".0"
    return _decimal_text(text)


@functools.lru_cache(maxsize=1 << 12)
def _decimal_text(text: str) -> Literal:
    # Keyed by the text, not the Decimal: Decimal("0.42") == Decimal("0.420"), written apart.
    # Cached: a claim's confidence is one of few values, and a new Literal costs more than the rest.
    return Literal(text, datatype=XSD.decimal)


def publication_iri(curie: str) -> URIRef:
    """The IRI of a publication: identifiers.org for a PMID, doi.org for a DOI."""
    return expand(curie)


def to_dataset(extractions: Iterable[Extraction], assembly: Assembly, build: BuildInfo | None = None) -> Dataset:
    """Map a build to a Dataset with one graph per document, the assembly and the build graph.

    :param extractions: One per document, in any order.
    :param assembly: Their pooled assertions and resolved citations.
    :param build: Provenance for the build graph; omitted when ``None``.
    """
    dataset = Dataset()
    for prefix, iri in NAMESPACES.items():
        dataset.bind(prefix, iri)
    entities = dataset.graph(ENTITIES_GRAPH)
    citations: dict[str, list[tuple[object, str | None]]] = {}
    for citation in assembly.citations:
        citations.setdefault(citation.citing, []).append((citation.reference, citation.resolved))
    for extraction in sorted(extractions, key=lambda x: x.document.curie):
        graph = dataset.graph(publication_iri(extraction.document.curie))
        _document(_sink(graph), _sink(entities), extraction, citations.get(extraction.document.curie, []))
    one_label_each(entities)
    _assembly(dataset.graph(ASSEMBLY_GRAPH), assembly)
    if build is not None:
        _build(dataset.graph(BUILD_GRAPH), build)
    return dataset


def preferred_label(labels: Iterable[str]) -> str:
    """The label a minted entity keeps (N-Triples literals in, one of them out).

    A name no vocabulary has is minted from its text (``kgr:entity-gene-prolactin``), so
    "Prolactin" opening a sentence and "prolactin" inside one name the same entity, each
    document giving it its own text as label. Every build keeps the same one, whatever
    the order or the increments its documents came in: a form not in sentence case
    ("Xx…") if there is one, then the first in code-point order (capitals before small
    letters). The other names stay as the entity's ``kg:mentionText``.

    >>> preferred_label(['"Prolactin"', '"prolactin"'])
    '"prolactin"'
    >>> preferred_label(['"N-methyl-d-aspartate"', '"N-methyl-D-aspartate"', '"E3 ligase"'])
    '"E3 ligase"'
    """
    return min(labels, key=lambda n3: (n3[1:2].isupper() and n3[2:3].islower(), n3))


def one_label_each(entities: Graph) -> None:
    """Leave each minted entity (a ``kgr:`` IRI) of the entities graph one ``rdfs:label``,
    the :func:`preferred_label` of those its documents gave it (queries that join the
    label gave a row per label)."""
    labels: dict[Node, list[Node]] = {}
    for subject, label in entities.subject_objects(RDFS.label):
        if isinstance(subject, URIRef) and subject.startswith(KGR):
            labels.setdefault(subject, []).append(label)
    for subject, found in labels.items():
        if len(found) > 1:
            keep = preferred_label(label.n3() for label in found)
            for label in found:
                if label.n3() != keep:
                    entities.remove((subject, RDFS.label, label))


def _add(graph: Triples, subject: URIRef, predicate: URIRef, value: object) -> None:
    """Add a literal or IRI unless the value is ``None``; ints and Decimals keep their type."""
    if value is not None:
        graph.add_value(subject, predicate, value)


def _term(value: object) -> Node:
    """The rdflib term of a value: a literal (ints and Decimals keep their type) or the IRI itself."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:  # most values; an exact type check is cheapest
        return _literal(value)
    if isinstance(value, URIRef):
        return value
    if isinstance(value, Decimal):
        # Not cached: Decimal("0.42") == Decimal("0.420"), but they are written differently.
        return decimal_literal(value)
    return _literal(value)


@functools.lru_cache(maxsize=1 << 16, typed=True)  # typed: True and 1 are different literals
def _literal(value: object) -> Literal:
    # Cached: offsets, flags, rule and section names recur across documents, and rdflib's
    # Literal() costs more than the rest of rendering a triple. Only for values whose
    # equal ones are written alike (bool, int, str; not Decimal).
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    return Literal(str(value))


def _document(graph: Triples, shared: Triples, extraction: Extraction,
              citations: list[tuple[object, str | None]]) -> None:
    doc = extraction.document
    pub = publication_iri(doc.curie)
    spans = _Spans(graph, doc)
    _publication(graph, pub, doc)
    texts: dict[str, list[str]] = {}
    entities: dict[str, Entity] = {}
    for mention in extraction.mentions:
        entities[mention.curie] = mention.entity
        texts.setdefault(mention.curie, [])
        if mention.text not in texts[mention.curie]:
            texts[mention.curie].append(mention.text)
        node = spans.node(Span(mention.start, mention.end))
        graph.add((node, KG.denotes, expand(mention.curie)))
        _add(graph, node, KG.groundedBy, mention.how)
        _add(graph, node, KG.inferred, mention.inferred)
        _add(graph, node, KG.ambiguous, bool(mention.alternatives))
        for other in mention.alternatives:
            graph.add((node, KG.alternativeGrounding, expand(other)))
    for curie in sorted(entities):
        entity = entities[curie]
        node = expand(curie)
        graph.add((pub, KG.mentions, node))
        _entity(shared, node, entity)
        for text in texts[curie]:
            _add(shared, node, KG.mentionText, text)
    for entity in extraction.referenced:
        _entity(shared, expand(entity.curie), entity)
    for drug, label in extraction.drug_classes:
        _add(shared, expand(drug), KG.drugClass, label)
    for assertion in extraction.assertions:
        if assertion.predicate == "causesAdverseEvent":
            # A disease a drug causes is also an adverse event (the classes overlap).
            shared.add((expand(assertion.object), RDF.type, KG.AdverseEvent))
        for evidence in assertion.evidence:
            _evidence(graph, spans, evidence, assertion.subject, assertion.predicate, assertion.object)
    study = None
    if extraction.study is not None:
        s = extraction.study
        study = mint("study", doc.curie)
        graph.add((study, RDF.type, KG.Study))
        graph.add((study, KG.reportedIn, pub))
        _add(graph, study, KG.sampleSize, s.sample_size)
        _add(graph, study, KG.phase, s.phase)
        for word in s.design:
            _add(graph, study, KG.design, word)
        for arm in s.arms:
            graph.add((study, KG.hasArm, _arm(graph, arm)))
        for evidence in s.evidence:
            graph.add((study, KG.evidence, _evidence(graph, spans, evidence, "study", doc.curie, "")))
    for outcome in extraction.outcomes:
        if outcome.adverse_event is not None:
            # A disease whose rate is measured as an event is one, whatever else the text
            # says of it (found by a new user: a treated disease's rate ratio failed SHACL).
            shared.add((expand(outcome.adverse_event), RDF.type, KG.AdverseEvent))
        node = _outcome(graph, spans, outcome)
        if study is not None:
            graph.add((study, KG.hasOutcome, node))
    for reference, resolved in citations:
        _citation(graph, shared, pub, reference, resolved)


def _publication(graph: Triples, pub: URIRef, doc: Document) -> None:
    graph.add((pub, RDF.type, KG.Publication))
    _add(graph, pub, BIBO.pmid, doc.pmid)
    _add(graph, pub, BIBO.doi, doc.doi)
    _add(graph, pub, KG.pmcid, doc.pmcid)
    for trial in doc.trial_ids:
        _add(graph, pub, KG.trialRegistration, trial)
    _add(graph, pub, DCTERMS.title, doc.title)
    for author in doc.authors:
        _add(graph, pub, DCTERMS.creator, author)
    if doc.authors:
        _add(graph, pub, BIBO.authorList, "; ".join(doc.authors))
    _add(graph, pub, KG.journal, doc.journal)
    _add(graph, pub, KG.year, doc.year)
    _add(graph, pub, BIBO.volume, doc.volume)
    _add(graph, pub, BIBO.issue, doc.issue)
    _add(graph, pub, BIBO.pages, doc.pages)
    for kind in doc.publication_types:
        _add(graph, pub, KG.publicationType, kind)
    _add(graph, pub, KG.sourceText, doc.text)


def _entity(graph: Triples, node: URIRef, entity: Entity) -> None:
    if isinstance(graph, LineSet):
        # The streaming build renders each entity once: most documents name entities
        # other documents named, with their dozens of synonyms.
        graph.lines.update(_entity_lines(node, entity))
        return
    _describe(graph, node, entity)


@functools.lru_cache(maxsize=1 << 14)
def _entity_lines(node: URIRef, entity: Entity) -> frozenset[str]:
    lines = LineSet()
    _describe(lines, node, entity)
    return frozenset(lines.lines)


def _describe(graph: Triples, node: URIRef, entity: Entity) -> None:
    graph.add((node, RDF.type, KG[entity.type]))
    _add(graph, node, RDFS.label, entity.label)
    for synonym in entity.synonyms:
        if synonym != entity.label:
            _add(graph, node, SKOS.altLabel, synonym)
    for xref in entity.xrefs:
        graph.add((node, SKOS.exactMatch, expand(xref)))
    if entity.type == "Mutation":
        if entity.variant_type:
            graph.add((node, KG.variantType, expand(entity.variant_type)))
        _add(graph, node, KG.hgvs, entity.hgvs)
        _add(graph, node, KG.exon, entity.exon)
        _add(graph, node, KG.mutationEvent, entity.event)


class _Spans:
    """The Mention nodes of one document's graph, each added once (evidence points at the mentions' spans)."""

    def __init__(self, graph: Triples, doc: Document) -> None:
        self.graph, self.doc, self.pub = graph, doc, publication_iri(doc.curie)
        self.nodes: dict[tuple[int, int], URIRef] = {}

    def node(self, span: Span) -> URIRef:
        """The Mention node of a span, its triples added to the graph when first asked for."""
        key = (span.start, span.end)   # a tuple hashes in C, a dataclass in Python
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = mint("mention", self.doc.curie, span.start, span.end)
            graph = self.graph
            graph.add((node, RDF.type, KG.Mention))
            graph.add((node, KG.fromPublication, self.pub))
            _add(graph, node, KG.mentionStart, span.start)
            _add(graph, node, KG.mentionEnd, span.end)
            _add(graph, node, KG.mentionText, self.doc.text[span.start:span.end])
        return node


def evidence_iri(evidence: Evidence, subject: str, predicate: str, obj: str) -> URIRef:
    """The IRI of one evidence of one claim: what, which paper, which sentence, which rule."""
    return mint("evidence", evidence.publication, evidence.sentence.start, evidence.rule, subject, predicate, obj,
                evidence.subject_span, evidence.object_span)


def _evidence(graph: Triples, spans: _Spans, evidence: Evidence, subject: str, predicate: str, obj: str) -> URIRef:
    node = evidence_iri(evidence, subject, predicate, obj)
    graph.add((node, RDF.type, KG.Evidence))
    graph.add((node, KG.fromPublication, publication_iri(evidence.publication)))
    _add(graph, node, KG.section, evidence.section)
    _add(graph, node, KG.text, evidence.text)
    _add(graph, node, KG.start, evidence.sentence.start)
    _add(graph, node, KG.end, evidence.sentence.end)
    _add(graph, node, KG.rule, evidence.rule)
    _add(graph, node, KG.negated, evidence.negated)
    _add(graph, node, KG.hedged, evidence.hedged)
    _add(graph, node, KG.inferred, evidence.inferred)
    _add(graph, node, KG.cue, evidence.cue)
    if evidence.subject_span is not None:
        graph.add((node, KG.subjectSpan, spans.node(evidence.subject_span)))
    if evidence.object_span is not None:
        graph.add((node, KG.objectSpan, spans.node(evidence.object_span)))
    return node


def _arm(graph: Triples, arm: StudyArm) -> URIRef:
    node = mint("arm", arm.publication, arm.label, arm.drug, arm.dose, arm.dose_max, arm.dose_unit, arm.schedule,
                arm.dose_qualifier, arm.size)
    graph.add((node, RDF.type, KG.StudyArm))
    _add(graph, node, KG.label, arm.label)
    if arm.drug:
        graph.add((node, KG.drug, expand(arm.drug)))
    _add(graph, node, KG.dose, arm.dose)
    _add(graph, node, KG.doseMax, arm.dose_max)
    _add(graph, node, KG.doseUnit, arm.dose_unit)
    _add(graph, node, KG.schedule, arm.schedule)
    _add(graph, node, KG.doseQualifier, arm.dose_qualifier)
    _add(graph, node, KG.armSize, arm.size)
    return node


def _outcome(graph: Triples, spans: _Spans, o: OutcomeMeasurement) -> URIRef:
    e = o.evidence
    # (a subgroup only when there is one, so that the other records keep their IRIs)
    node = mint("outcome", o.publication, o.endpoint, e.sentence.start, e.rule, e.object_span, o.adverse_event,
                o.arm and o.arm.label, o.comparator_arm and o.comparator_arm.label, o.mutation, o.statistic,
                *((o.subgroup,) if o.subgroup else ()))
    graph.add((node, RDF.type, KG.OutcomeMeasurement))
    graph.add((node, KG.endpoint, expand(o.endpoint)))
    graph.add((node, KG.reportedIn, publication_iri(o.publication)))
    for prop, curie in ((KG.drug, o.drug), (KG.disease, o.disease), (KG.adverseEvent, o.adverse_event),
                        (KG.mutationStratum, o.mutation)):
        if curie:
            graph.add((node, prop, expand(curie)))
    if o.arm is not None:
        graph.add((node, KG.arm, _arm(graph, o.arm)))
    if o.comparator_arm is not None:
        graph.add((node, KG.comparatorArm, _arm(graph, o.comparator_arm)))
    for prop, value in (
        (KG.statistic, o.statistic), (KG.stratumHasMutation, o.stratum_has_mutation), (KG.subgroup, o.subgroup),
        (KG["count"], o.count),
        (KG.denominator, o.denominator), (KG.percent, o.percent), (KG.value, o.value), (KG.unit, o.unit),
        (KG.timepoint, o.timepoint), (KG.hazardRatio, o.hazard_ratio), (KG.ciLower, o.ci_lower),
        (KG.ciUpper, o.ci_upper), (KG.pValue, o.p_value), (KG.qualifier, o.qualifier), (KG.effect, o.effect),
        (KG.significant, o.significant),
    ):
        _add(graph, node, prop, value)
    _add(graph, node, KG.negated, o.negated)
    graph.add((node, KG.evidence, _evidence(graph, spans, e, "outcome", o.endpoint, str(node))))
    return node


def _citation(graph: Triples, shared: Triples, pub: URIRef, reference: object, resolved: str | None) -> None:
    """``pub kg:cites`` the cited work; a work not among the documents is described in ``shared``."""
    from kg.model import Reference

    assert isinstance(reference, Reference)
    if resolved is not None:
        graph.add((pub, KG.cites, publication_iri(resolved)))
        return
    if reference.pmid:
        cited = expand(f"PMID:{reference.pmid}")
    elif reference.doi:
        cited = expand(f"DOI:{reference.doi.lower()}")
    else:
        cited = mint("publication", reference.journal, reference.year, reference.volume, reference.first_page,
                     reference.text if not reference.journal else "")
    graph.add((pub, KG.cites, cited))
    shared.add((cited, RDF.type, KG.Publication))
    _add(shared, cited, KG.citationText, reference.text)
    _add(shared, cited, KG.journal, reference.journal)
    _add(shared, cited, KG.year, reference.year)
    _add(shared, cited, BIBO.volume, reference.volume)
    _add(shared, cited, BIBO.issue, reference.issue)
    # Citations write page ranges in several ways ("472-80", "472-480"); a cited work
    # shared by several citing papers keeps one, written in full.
    _add(shared, cited, BIBO.pages, expand_pages(reference.pages))
    _add(shared, cited, BIBO.pmid, reference.pmid)
    _add(shared, cited, BIBO.doi, reference.doi)


def _assembly(graph: Adds, assembly: Assembly) -> None:
    for pooled in assembly.assertions:
        evidence = [evidence_iri(e, pooled.subject, pooled.predicate, pooled.object) for e in pooled.evidence]
        for triple in assertion_triples(pooled.subject, pooled.predicate, pooled.object, pooled.confidence,
                                        pooled.has_conflict, pooled.holds, evidence):
            graph.add(triple)
    for curie, papers in assembly.papers:
        graph.add(paper_count_triple(curie, papers))
    for grounding in assembly.groundings:
        for triple in grounding_triples(grounding):
            graph.add(triple)


def paper_count_triple(curie: str, papers: int) -> tuple[URIRef, URIRef, Literal]:
    """``entity kg:paperCount n``: how many documents of the build mention the entity.

    Kept in the assembly graph, recomputed by every build: a count over every
    ``kg:mentions`` is a scan of the whole graph on a large store, this is one lookup.
    """
    return expand(curie), KG.paperCount, _literal(papers)


def grounding_triples(grounding: Grounding) -> Iterator[tuple[URIRef, URIRef, Literal | URIRef]]:
    """The assembly graph's ``kg:GroundingSummary`` of one entity and grounding method.

    Recomputed by every build (an incremental build adds the new documents' counts): the
    ``groundings`` query reads one node per entity and method instead of every mention.
    """
    node = mint("grounding", grounding.entity, grounding.how)
    yield node, RDF.type, KG.GroundingSummary
    yield node, KG.groundingOf, expand(grounding.entity)
    yield node, KG.groundedBy, _literal(grounding.how)
    yield node, KG.mentionCount, _literal(grounding.mentions)
    yield node, KG.inferredCount, _literal(grounding.inferred)
    yield node, KG.ambiguousCount, _literal(grounding.ambiguous)
    for other in grounding.alternatives:
        yield node, KG.alternativeGrounding, expand(other)
    for text in grounding.texts:
        yield node, KG.mentionText, _literal(text)


def assertion_triples(subject: str, predicate: str, obj: str, confidence: Decimal, conflict: bool, holds: bool,
                      evidence: Iterable[URIRef]) -> Iterator[tuple[URIRef, URIRef, Literal | URIRef]]:
    """The assembly graph's triples for one pooled assertion: the reified claim and its direct edges.

    :param subject: The subject as a CURIE or full IRI (``obj`` likewise).
    :param evidence: The IRIs of its evidence nodes (in the document graphs).
    """
    s, o = expand(subject), expand(obj)
    node = mint("assertion", subject, predicate, obj)
    yield node, RDF.type, KG.Assertion
    yield node, KG.assertedSubject, s
    yield node, KG.assertedPredicate, KG[predicate]
    yield node, KG.assertedObject, o
    yield node, KG.confidence, decimal_literal(confidence)
    yield node, KG.hasConflict, _literal(conflict)
    for iri in evidence:
        yield node, KG.evidence, iri
    if holds:
        yield s, KG[predicate], o
        if predicate in SUPER_PROPERTIES:
            yield s, KG[SUPER_PROPERTIES[predicate]], o


def build_iri(build: BuildInfo, sources: Iterable[str] | None = None) -> URIRef:
    """The IRI of a build (a ``prov:Activity``): the same tool, lexicon and sources, the same IRI.

    :param sources: The build's sources (CURIEs, in the order of their IRIs), read one at
        a time, for a build whose ``BuildInfo`` does not list them (the streaming build).
    """
    parts = [build.tool_version, build.lexicon_version]
    return mint_from("build", itertools.chain(parts, build.sources if sources is None else sources))


def _build(graph: Adds, build: BuildInfo, *, activity: URIRef | None = None, count: int | None = None) -> None:
    """The build graph's triples; with ``activity`` and ``count`` (its IRI and number of
    sources), all but the ``prov:used`` of its sources, which the caller writes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch else datetime.now(timezone.utc)
    activity = activity or build_iri(build)
    agent = KGR[f"agent-kg-{build.tool_version}"]
    lexicon = KGR[f"lexicon-{build.lexicon_version}"]
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDFS.label,
               Literal(f"kg build of {len(build.sources) if count is None else count} publication(s)")))
    graph.add((activity, PROV.startedAtTime, Literal(when.replace(microsecond=0), datatype=XSD.dateTime)))
    graph.add((activity, PROV.wasAssociatedWith, agent))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(f"kg {build.tool_version}")))
    graph.add((activity, PROV.used, lexicon))
    graph.add((lexicon, RDF.type, PROV.Entity))
    graph.add((lexicon, RDFS.label, Literal(f"kg lexicon {build.lexicon_version}")))
    for model in build.models:
        graph.add((activity, PROV.used, KGR[f"model-{model}"]))
        graph.add((KGR[f"model-{model}"], RDF.type, PROV.Entity))
        graph.add((KGR[f"model-{model}"], RDFS.label, Literal(f"kg trained model {model}")))
    for source in build.sources:
        graph.add((activity, PROV.used, publication_iri(source)))
    for rule in build.rules:
        graph.add((activity, KG.appliedRule, Literal(rule)))
    graph.add((activity, PROV.generated, ENTITIES_GRAPH))
    graph.add((ENTITIES_GRAPH, RDF.type, PROV.Entity))
    graph.add((ENTITIES_GRAPH, RDFS.label, Literal("kg entities graph: each entity described once")))
    graph.add((activity, PROV.generated, ASSEMBLY_GRAPH))
    graph.add((ASSEMBLY_GRAPH, RDF.type, PROV.Entity))
    graph.add((ASSEMBLY_GRAPH, RDFS.label, Literal("kg assembly graph: pooled assertions and direct edges")))
