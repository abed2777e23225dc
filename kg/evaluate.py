"""Score extraction against a gold corpus (PubTator or BioC): entities, groundings, relations.

Consumes Documents that carry gold :attr:`~kg.model.Document.annotations` and
:attr:`~kg.model.Document.relations`, extracts each with a lexicon, and compares:

- **entities**: exact spans ``(document, start, end, type)`` per comparable type;
- **grounding**: among exact-span hits, how often one of the entity's cross-references
  equals the gold id (MeSH for chemicals and diseases, NCBI Gene for genes);
- **relations**: document-level pairs of gold ids, untyped, over the type pairs kg can
  express; and typed chemical–disease (BioRED ``Negative_Correlation`` ≈ ``treats``,
  ``Positive_Correlation`` and BC5CDR ``CID`` ≈ ``causesAdverseEvent``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import extract
from kg.extract.lexicon import Lexicon
from kg.extract.mutations import compound_parts
from kg.extract.pairs import PairModel
from kg.extract.tagger import Tagger
from kg.model import Document, Entity, Extraction

#: Corpus entity type → the type compared (kg's classes are mapped onto the same names).
GOLD_TYPES = {
    "ChemicalEntity": "Chemical", "Chemical": "Chemical",
    "GeneOrGeneProduct": "Gene",
    "DiseaseOrPhenotypicFeature": "Disease", "Disease": "Disease",
    "SequenceVariant": "Variant",
}
#: kg entity type → the type compared.
KG_TYPES = {"Drug": "Chemical", "Target": "Gene", "Disease": "Disease", "AdverseEvent": "Disease",
            "Mutation": "Variant"}
#: Entity-type pairs kg can express as an edge (unordered).
EXPRESSIBLE = {frozenset(p) for p in (("Chemical", "Disease"), ("Chemical", "Gene"), ("Chemical", "Variant"),
                                      ("Gene", "Disease"), ("Variant", "Disease"))}
#: kg predicate → the corpus relation types it corresponds to (chemical–disease only).
TYPED = {"treats": {"Negative_Correlation"}, "approvedFor": {"Negative_Correlation"},
         "causesAdverseEvent": {"Positive_Correlation", "CID"}}


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: AbstractSet[object], predicted: AbstractSet[object]) -> None:
        """Count one document's gold and predicted items."""
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)


@dataclass
class Report:
    """Scores of one corpus."""

    corpus: str
    documents: int = 0
    entities: dict[str, Score] = field(default_factory=dict)
    grounding: dict[str, tuple[int, int]] = field(default_factory=dict)
    pairs: Score = field(default_factory=Score)
    typed: dict[str, Score] = field(default_factory=dict)


def corpus_ids(entity: Entity) -> set[str]:
    """The ids a corpus would use for an entity: MeSH and NCBI Gene cross-references, rs ids.

    >>> sorted(corpus_ids(Entity("CHEBI:1", "Drug", "x", xrefs=("MESH:D000068877", "DRUGBANK:DB00619"))))
    ['D000068877']
    """
    ids = {x.split(":", 1)[1] for x in (entity.curie, *entity.xrefs) if x.startswith(("MESH:", "NCBIGene:"))}
    if entity.type == "Mutation" and entity.label.startswith("rs"):
        ids.add(entity.label)
    if entity.type == "Mutation" and entity.hgvs:
        ids.update(tmvar_ids(entity.hgvs))
    return ids


_PROTEIN = re.compile(r"^(?:p\.)?([A-Z*])(\d+)([A-Z*])$")
_PROTEIN_RANGE = re.compile(r"^[A-Z*](\d+)_[A-Z*](\d+)(delins|del|ins|dup)([A-Z]*)$")
_RANGE_KEYS = {"delins": "INDEL", "del": "DEL", "ins": "INS", "dup": "DUP"}
_DNA = re.compile(r"^([cg])\.(\d+(?:[+-]\d+)?)(?:([ACGT])>([ACGT])|del([ACGT]*)|ins([ACGT]+)|dup([ACGT]*))$")


def tmvar_ids(change: str) -> set[str]:
    """tmVar-style ids (as BioRED writes variants that have no rs id) for a normalised change.

    >>> sorted(tmvar_ids("V600E")), sorted(tmvar_ids("c.1691G>A")), sorted(tmvar_ids("c.35delG"))
    (['p|SUB|V|600|E'], ['c|SUB|G|1691|A'], ['c|DEL|35|G'])
    >>> sorted(tmvar_ids("E746_A750del")), sorted(tmvar_ids("D770_N771insSVD"))
    (['p|DEL|746_750|'], ['p|INS|770_771|SVD'])
    """
    protein = _PROTEIN.match(change)
    if protein:
        return {f"p|SUB|{protein.group(1)}|{protein.group(2)}|{protein.group(3)}"}
    run = _PROTEIN_RANGE.match(change)
    if run:
        first, last, kind, residues = run.groups()
        return {f"p|{_RANGE_KEYS[kind]}|{first}_{last}|{residues}"}
    dna = _DNA.match(change)
    if dna is None:
        return set()
    level, position, ref, alt, deleted, inserted, duplicated = dna.groups()
    if ref:
        return {f"{level}|SUB|{ref}|{position}|{alt}"}
    if deleted is not None:
        return {f"{level}|DEL|{position}|{deleted}"}
    if inserted:
        return {f"{level}|INS|{position}|{inserted}"}
    return {f"{level}|DUP|{position}|{duplicated or ''}"}


def evaluate(documents: Iterable[Document], lexicon: Lexicon, name: str, tagger: Tagger | None = None,
             pairs: PairModel | None = None) -> Report:
    """Extract every document and score it against its gold annotations and relations."""
    report = Report(name)
    documents = list(documents)
    # A corpus judges only pairs of types it annotates: BC5CDR marks no genes, so a
    # drug–gene edge is neither right nor wrong there.
    annotated = {GOLD_TYPES[a.type] for d in documents for a in d.annotations if a.type in GOLD_TYPES}
    for document in documents:
        report.documents += 1
        extraction = extract(document, lexicon, tagger, pairs)
        _entities(report, document, extraction)
        _relations(report, document, extraction, annotated)
    return report


def _entities(report: Report, document: Document, extraction: Extraction) -> None:
    gold: dict[str, set[tuple[int, int]]] = {}
    gold_ids: dict[tuple[int, int, str], set[str]] = {}
    for a in document.annotations:
        kind = GOLD_TYPES.get(a.type)
        if kind is not None:
            gold.setdefault(kind, set()).add((a.start, a.end))
            gold_ids.setdefault((a.start, a.end, kind), set()).update(a.identifiers)
    predicted: dict[str, set[tuple[int, int]]] = {}
    entity_at: dict[tuple[int, int, str], Entity] = {}
    # The corpora annotate each change of a compound ("G1202R/L1196M") on its own.
    for m in (part for mention in extraction.mentions for part in compound_parts(mention)):
        kind = KG_TYPES.get(m.type)
        if (m.type == "Mutation" and m.how in ("pattern", "coordination") and m.entity.hgvs is None
                and m.entity.exon is None and not m.text.startswith("rs")):
            continue  # gene-level status ("EGFR mutation", "BRCA1/2 mutations") is no sequence variant in the corpora
        if kind is not None and kind in gold:
            predicted.setdefault(kind, set()).add((m.start, m.end))
            entity_at.setdefault((m.start, m.end, kind), m.entity)
    for kind, spans in gold.items():
        report.entities.setdefault(kind, Score()).add(spans, predicted.get(kind, set()))
        hits = spans & predicted.get(kind, set())
        right, total = report.grounding.get(kind, (0, 0))
        for start, end in hits:
            ids = gold_ids[(start, end, kind)] - {"-", "-1"}
            if ids:
                total += 1
                right += bool(corpus_ids(entity_at[(start, end, kind)]) & ids)
        report.grounding[kind] = (right, total)


def gold_pairs(document: Document) -> tuple[set[frozenset[str]], dict[str, set[frozenset[str]]]]:
    """A corpus document's relation pairs of ids over the expressible type pairs, and by relation type."""
    kinds: dict[str, str] = {}
    for a in document.annotations:
        for identifier in a.identifiers:
            if a.type in GOLD_TYPES:
                kinds.setdefault(identifier, GOLD_TYPES[a.type])
    pairs: set[frozenset[str]] = set()
    typed: dict[str, set[frozenset[str]]] = {}
    for r in document.relations:
        pair = frozenset((r.first, r.second))
        if frozenset(kinds.get(i, "") for i in pair) in EXPRESSIBLE:
            pairs.add(pair)
            typed.setdefault(r.type, set()).add(pair)
    return pairs, typed


def _relations(report: Report, document: Document, extraction: Extraction, annotated: AbstractSet[str]) -> None:
    gold_pairs_, gold_typed = gold_pairs(document)
    entities = {m.curie: m.entity for m in extraction.mentions}
    predicted: set[frozenset[str]] = set()
    predicted_typed: dict[str, set[frozenset[str]]] = {}
    for assertion in extraction.assertions:
        if all(e.negated for e in assertion.evidence):
            continue
        ends = (assertion.subject, assertion.object)
        kinds = {KG_TYPES.get(entities[c].type) if c in entities else None for c in ends}
        if not kinds <= annotated:
            continue
        left = corpus_ids(entities[assertion.subject]) if assertion.subject in entities else set()
        right = corpus_ids(entities[assertion.object]) if assertion.object in entities else set()
        # One edge is one prediction, whatever number of ids its ends have (a drug's MeSH
        # heading and its supplementary concept): the pair the gold names, else one of them.
        pairs = sorted(sorted((first, second)) for first in left for second in right)
        if not pairs:
            continue
        for corpus_type in ("", *TYPED.get(assertion.predicate, ())):
            gold = gold_typed.get(corpus_type, set()) if corpus_type else gold_pairs_
            pair = next((frozenset(p) for p in pairs if frozenset(p) in gold), frozenset(pairs[0]))
            (predicted_typed.setdefault(corpus_type, set()) if corpus_type else predicted).add(pair)
    report.pairs.add(gold_pairs_, predicted)
    for corpus_type in sorted(set(gold_typed) | set(predicted_typed)):
        if corpus_type in {t for types in TYPED.values() for t in types}:
            report.typed.setdefault(corpus_type, Score()).add(gold_typed.get(corpus_type, set()),
                                                              predicted_typed.get(corpus_type, set()))


def to_markdown(reports: list[Report], civic: CivicReport | None = None) -> str:
    """The tables of ``docs/evaluation.md`` for some reports (and the CIViC score)."""
    lines = ["| corpus | docs | type | P | R | F1 | grounding accuracy |",
             "| --- | ---: | --- | ---: | ---: | ---: | ---: |"]
    for report in reports:
        for kind in sorted(report.entities):
            score = report.entities[kind]
            right, total = report.grounding.get(kind, (0, 0))
            accuracy = f"{right / total:.3f} ({right}/{total})" if total else "–"
            lines.append(f"| {report.corpus} | {report.documents} | {kind} | {score.precision:.3f} | "
                         f"{score.recall:.3f} | {score.f1:.3f} | {accuracy} |")
    lines += ["", "| corpus | relation | P | R | F1 | gold pairs |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for report in reports:
        # A typed row only where the corpus has that relation type.
        rows = [("untyped pairs", report.pairs)] + [
            (f"typed {k}", v) for k, v in sorted(report.typed.items()) if v.tp + v.fn
        ]
        for label, score in rows:
            lines.append(f"| {report.corpus} | {label} | {score.precision:.3f} | {score.recall:.3f} | "
                         f"{score.f1:.3f} | {score.tp + score.fn} |")
    if civic is not None and civic.statements:
        n = civic.statements
        lines += ["", "| CIViC predictive statements | right direction | reversed | no response edge |",
                  "| ---: | ---: | ---: | ---: |",
                  f"| {n} | {civic.right / n:.1%} ({civic.right}) | {civic.reversed / n:.1%} ({civic.reversed}) | "
                  f"{civic.missed / n:.1%} ({civic.missed}) |"]
    return "\n".join(lines) + "\n"


def write_report(reports: list[Report], path: Path, civic: CivicReport | None = None) -> Path:
    """Write ``docs/evaluation.md``: the tables, with the mapping and the published anchors."""
    text = EVALUATION_HEADER + to_markdown(reports, civic) + EVALUATION_FOOTER
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


EVALUATION_HEADER = """# Extraction quality

Generated by `kg evaluate` (see the command at the end). Exact-span entity scores
compare `(document, start, end, type)`; grounding accuracy is, among exact-span hits
whose gold id is not `-`, the share where one of kg's cross-references equals the gold
id (MeSH for chemicals and diseases, NCBI Gene for genes, dbSNP for rs variants).
Relations are document-level pairs of gold ids over the type pairs kg can express
(chemical–disease, chemical–gene, chemical–variant, gene–disease, variant–disease) and
the corpus annotates (BC5CDR marks no genes, so kg's drug–gene edges are not scored
there); kg's edges are mapped to those ids through the same cross-references, and
variants without an rs id through tmVar-style keys (`p|SUB|V|600|E`); an edge whose ends
have several ids (a MeSH heading and a supplementary concept) is one predicted pair, the
gold's if one of its pairs is the gold's. Edges between entities with no corpus id are
not scored.
CIViC: each predictive evidence statement that supports sensitivity/response or
resistance, with one drug and one gene variant, is read as a document; the score is how
often a Mutation → Drug edge to that drug comes out with CIViC's direction, reversed,
or not at all. CIViC is an evaluation set only, never a source of edges.

Type mapping: kg Drug = Chemical(Entity); Target = GeneOrGeneProduct; Disease and
AdverseEvent = Disease(OrPhenotypicFeature); Mutation = SequenceVariant. Typed relations:
BioRED `Negative_Correlation` ≈ `kg:treats`/`kg:approvedFor`; BioRED
`Positive_Correlation` and BC5CDR `CID` ≈ `kg:causesAdverseEvent`.

"""
EVALUATION_FOOTER = """
Reproduce (from the repository root, with the team's shared folder beside it):

```sh
.venv/bin/kg evaluate --corpus ../shared/corpora/BioRED/Dev.PubTator \\
    --corpus ../shared/corpora/BC5CDR/CDR_DevelopmentSet.PubTator.txt \\
    --civic ../shared/vocab/civic/civic_accepted_evidence_2024-04-01.tsv -o docs/evaluation.md
```

Published anchors (different test sets, so for orientation only): the BioRED paper
reports NER ≈ 89% F1 with a trained PubMedBERT tagger and end-to-end novel-relation F1
≈ 48%; BioREx reports ≈ 80% relation F1 given gold entities. kg uses a lexicon, rules,
a CRF span tagger and a logistic-regression pair classifier (both trained on CPU from the
training splits by `kg train`), no neural model. `kg evaluate --rules-only` scores the
lexicon and rules alone; the analysis of what is still missed is in
[evaluation-notes.md](evaluation-notes.md).
"""


__all__ = [
    "EXPRESSIBLE", "GOLD_TYPES", "KG_TYPES", "Report", "Score", "corpus_ids", "evaluate", "to_markdown", "write_report",
]


@dataclass
class CivicReport:
    """How often kg's Mutation → Drug edge agrees with CIViC's curated direction."""

    statements: int = 0
    right: int = 0
    reversed: int = 0
    missed: int = 0


#: CIViC significance → the kg predicate that agrees with it.
CIVIC_DIRECTIONS = {"Sensitivity/Response": "confersSensitivityTo", "Resistance": "confersResistanceTo"}


def civic_statements(path: Path) -> list[tuple[str, str, str, str]]:
    """Predictive CIViC items that support sensitivity or resistance, with one drug and one variant.

    :returns: ``(evidence id, statement, therapy, significance)`` rows.
    """
    import csv

    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if (row["evidence_type"] != "Predictive" or row["evidence_direction"] != "Supports"
                    or row["significance"] not in CIVIC_DIRECTIONS or not row["therapies"]
                    or "," in row["therapies"] or len(row["molecular_profile"].split()) != 2):
                continue
            rows.append((row["evidence_id"], row["evidence_statement"], row["therapies"], row["significance"]))
    return rows


def evaluate_civic(path: Path, lexicon: Lexicon, tagger: Tagger | None = None,
                   pairs: PairModel | None = None) -> CivicReport:
    """Read each CIViC statement as a document and compare kg's response edges with CIViC's direction.

    An edge counts when it goes from any mutation to the statement's drug (matched by name);
    CIViC is an evaluation set only, never a source of edges.
    """
    report = CivicReport()
    for evidence_id, statement, therapy, significance in civic_statements(path):
        report.statements += 1
        document = Document(source=f"CIViC EID{evidence_id}", text=statement, title="", local_id=f"EID{evidence_id}")
        extraction = extract(document, lexicon, tagger, pairs)
        drugs = {e.curie for e in lexicon.lookup(therapy)} | {e.curie for e in lexicon.lookup(therapy.lower())}
        predicates = {a.predicate for a in extraction.assertions
                      if a.object in drugs and a.predicate in CIVIC_DIRECTIONS.values()
                      and not all(e.negated for e in a.evidence)}
        expected = CIVIC_DIRECTIONS[significance]
        if expected in predicates:
            report.right += 1
        elif predicates:
            report.reversed += 1
        else:
            report.missed += 1
    return report
