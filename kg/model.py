"""The intermediate model: frozen dataclasses passed from one stage to the next.

Readers produce :class:`Document`; extractors produce :class:`Mention`,
:class:`Assertion`, :class:`Study` and :class:`OutcomeMeasurement` (bundled in
:class:`Extraction`); :mod:`kg.rdf` turns those into RDF. Identifiers are CURIE
strings (``"PMID:12181401"``, ``"CHEBI:45783"``); full IRIs exist only in
:mod:`kg.rdf` and :mod:`kg.iris`. Offsets are 0-based, half-open, in Unicode code
points, into :attr:`Document.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

#: The entity types kg extracts; each is an ``kg:`` class of the same name.
ENTITY_TYPES = ("Drug", "Target", "Disease", "Mutation", "AdverseEvent", "Endpoint")
#: The direct-edge predicates an :class:`Assertion` may carry (``kg:`` properties).
PREDICATES = (
    "targets", "inhibits", "interactsWith", "treats", "approvedFor", "causesAdverseEvent", "associatedWith",
    "mutationOf", "affectsResponseTo", "confersSensitivityTo", "confersResistanceTo",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` range of :attr:`Document.text`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A labelled part of :attr:`Document.text` (``TITLE``, ``BACKGROUND``, ``ABSTRACT`` …)."""

    label: str
    start: int
    end: int


def expand_pages(pages: str | None) -> str | None:
    """Pages with the last page written in full, as the same range is written in two ways.

    >>> expand_pages("472-80"), expand_pages("5054-8"), expand_pages("e101-e109"), expand_pages("12")
    ('472-480', '5054-5058', 'e101-e109', '12')
    """
    if not pages or "-" not in pages:
        return pages
    first, last = pages.split("-", 1)
    if last.isdigit() and first.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}-{last}"


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of a document's reference list, parsed as far as it goes.

    :ivar text: The citation as written, e.g. ``"Oncogene. 2001 Aug 16;20(36):5054-8"``.
    :ivar first_page: The first page, used to resolve the reference to a known paper.
    """

    text: str
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    pmid: str | None = None
    doi: str | None = None

    @property
    def first_page(self) -> str | None:
        """The page before the dash, or ``None``."""
        return self.pages.split("-")[0] if self.pages else None


@dataclass(frozen=True, slots=True)
class Annotation:
    """A gold mention from a corpus (PubTator or BioC), kept for evaluation only.

    :ivar identifiers: The corpus's ids for the mention, split (``("D001943", "D010051")``).
    :ivar parts: For a composite mention, the texts of its individual parts.
    """

    start: int
    end: int
    text: str
    type: str
    identifiers: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CorpusRelation:
    """A gold document-level relation between two corpus ids, kept for evaluation only."""

    type: str
    first: str
    second: str
    novel: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from a file, before any extraction.

    :ivar text: Title, one space, then the abstract with its section labels and
        line wraps joined: the text every offset points into.
    :ivar source: The file it came from (for error messages and provenance only).
    """

    source: str
    text: str
    title: str
    pmid: str | None = None
    doi: str | None = None
    pmcid: str | None = None
    authors: tuple[str, ...] = ()
    journal: str | None = None
    year: int | None = None
    date: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publication_types: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    references: tuple[Reference, ...] = ()
    #: Trial registry numbers named in the text or the metadata (``NCT00009906``).
    trial_ids: tuple[str, ...] = ()
    #: Gold mentions and relations of a corpus file; never turned into graph facts.
    annotations: tuple[Annotation, ...] = ()
    relations: tuple[CorpusRelation, ...] = ()
    #: The corpus's own document id when it is not a PMID (PubTator, BioC).
    local_id: str | None = None

    @property
    def curie(self) -> str:
        """The publication's identifier: ``PMID:…``, else ``DOI:…``, else one minted from the text.

        >>> Document(source="x", text="T", title="T", doi="10.1/ABC").curie
        'DOI:10.1/abc'
        >>> Document(source="x", text="A title. An abstract.", title="A title.").curie
        'kgr:publication-3e953022af4a4b5b'
        """
        if self.pmid:
            return f"PMID:{self.pmid}"
        if self.doi:
            # DOIs are case-insensitive; one spelling keeps one IRI per paper.
            return f"DOI:{self.doi.lower()}"
        import hashlib

        # No identifier (a note, a local file): the text itself names the publication.
        digest = hashlib.sha256((self.local_id or self.text).encode("utf-8")).hexdigest()[:16]
        return f"kgr:publication-{digest}"

    def section_at(self, offset: int) -> str:
        """The label of the section holding ``offset`` (``"ABSTRACT"`` if none does)."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.label
        return "ABSTRACT"


@dataclass(frozen=True, slots=True)
class Entity:
    """A grounded concept: what a lexicon entry or a mutation pattern stands for.

    :ivar curie: Its identifier, e.g. ``"CHEBI:45783"`` or ``"kgr:mutation-KIT-exon9"``.
    :ivar type: One of :data:`ENTITY_TYPES`.
    :ivar xrefs: Cross-references (``"DRUGBANK:DB00619"``, ``"MESH:D046152"`` …).
    """

    curie: str
    type: str
    label: str
    synonyms: tuple[str, ...] = ()
    xrefs: tuple[str, ...] = ()
    gene: str | None = None
    exon: int | None = None
    hgvs: str | None = None
    event: str | None = None
    variant_type: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of :attr:`Document.text` that names an entity.

    :ivar how: How it was found: ``"lexicon"``, ``"abbreviation"``, ``"pattern"``,
        ``"coordination"`` (``"progression-free and overall survival"``), ``"tagger"``,
        ``"anaphor"`` (``"such tumors"``: the disease named before it).
    :ivar inferred: True when the grounding needed more than the span itself (an
        ``"exon 9 mutation"`` that names no gene, resolved to the document's gene).
    """

    start: int
    end: int
    text: str
    entity: Entity
    how: str = "lexicon"
    inferred: bool = False
    #: Other entities the text could name (CURIEs); non-empty means the grounding is ambiguous.
    alternatives: tuple[str, ...] = ()

    @property
    def curie(self) -> str:
        """The identifier of the entity this mention denotes."""
        return self.entity.curie

    @property
    def type(self) -> str:
        """The entity type of this mention."""
        return self.entity.type


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, with its span and section label."""

    start: int
    end: int
    text: str
    section: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence of one paper that supports (or, negated, denies) a fact.

    :ivar subject_span: Where the subject is named; for an inferred link this may lie
        outside the sentence (the title's mention of the main drug).
    :ivar cue: The word that made it negated or hedged (``"no"``, ``"may"``).
    :ivar rule: The name of the rule that produced it.
    """

    publication: str
    sentence: Span
    text: str
    section: str
    rule: str
    subject_span: Span | None = None
    object_span: Span | None = None
    negated: bool = False
    hedged: bool = False
    cue: str | None = None
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class Assertion:
    """A subject–predicate–object claim with the evidence for it.

    :ivar predicate: The local name of a ``kg:`` direct-edge property, e.g. ``"treats"``.
    """

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class StudyArm:
    """A treatment arm: a drug at a dose and schedule, or a label such as ``"placebo"``.

    :ivar label: The dose as written, e.g. ``"400 mg daily"``.
    """

    publication: str
    label: str
    drug: str | None = None
    dose: Decimal | None = None
    dose_max: Decimal | None = None
    dose_unit: str | None = None
    schedule: str | None = None
    dose_qualifier: str | None = None
    size: int | None = None


@dataclass(frozen=True, slots=True)
class Study:
    """The trial a publication reports: size, design and arms."""

    publication: str
    sample_size: int | None
    design: tuple[str, ...]
    phase: str | None
    arms: tuple[StudyArm, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class OutcomeMeasurement:
    """One reported result: drug, arm, stratum, endpoint, number and the sentence.

    Numbers are ``int`` for counts and ``Decimal`` for everything else, so that the
    RDF has ``xsd:integer`` and ``xsd:decimal`` exactly as written.
    """

    publication: str
    endpoint: str
    evidence: Evidence
    statistic: str | None = None
    drug: str | None = None
    disease: str | None = None
    adverse_event: str | None = None
    arm: StudyArm | None = None
    comparator_arm: StudyArm | None = None
    mutation: str | None = None
    stratum_has_mutation: bool | None = None
    #: A subgroup no mutation defines, as written: "patients aged 65 years or older".
    subgroup: str | None = None
    count: int | None = None
    denominator: int | None = None
    percent: Decimal | None = None
    value: Decimal | None = None
    unit: str | None = None
    timepoint: str | None = None
    hazard_ratio: Decimal | None = None
    ci_lower: Decimal | None = None
    ci_upper: Decimal | None = None
    p_value: str | None = None
    qualifier: str | None = None
    effect: str | None = None
    significant: bool | None = None
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document: the input of the RDF mapping."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    assertions: tuple[Assertion, ...]
    outcomes: tuple[OutcomeMeasurement, ...]
    study: Study | None = None
    drug_classes: tuple[tuple[str, str], ...] = field(default=())
    #: Entities the outcomes refer to without the text naming them (an adverse-event rate).
    referenced: tuple[Entity, ...] = ()
