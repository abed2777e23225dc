"""Removing a document and rebuilding removes its graph and what of the assembly only it supported."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Literal, URIRef

import kg
from kg.iris import KG, mint
from kg.rdf import ASSEMBLY_GRAPH
from tests.conftest import SEED_000, SEED_003, SEEDS

IMATINIB = URIRef("http://purl.obolibrary.org/obo/CHEBI_45783")
GIST = URIRef("http://purl.obolibrary.org/obo/MONDO_0011719")


def _graphs(dataset: Dataset) -> dict[str, set[tuple[object, ...]]]:
    return {str(g.identifier): set(g) for g in dataset.graphs() if len(g)}


def test_removing_a_document_removes_exactly_its_contribution(tmp_path: Path) -> None:
    both = _graphs(kg.build([SEEDS]).dataset)
    only_trial = tmp_path / "seeds"
    only_trial.mkdir()
    (only_trial / "000.txt").write_bytes((SEEDS / "000_ab544946733a2db7.txt").read_bytes())
    one = _graphs(kg.build([only_trial]).dataset)

    assert SEED_003 not in one
    assert one[SEED_000] == both[SEED_000], "the remaining document's graph is unchanged"
    assembly_both, assembly_one = both[str(ASSEMBLY_GRAPH)], one[str(ASSEMBLY_GRAPH)]
    # Only the review supported approvedFor and the exon 9 links: they are gone.
    assert (IMATINIB, KG.approvedFor, GIST) in assembly_both and (IMATINIB, KG.approvedFor, GIST) not in assembly_one
    assert not any(p == KG.confersSensitivityTo for _, p, _ in assembly_one)
    # treats was supported by both papers: it stays, with the trial's evidence only.
    assert (IMATINIB, KG.treats, GIST) in assembly_one
    evidence_one = {o for s, p, o in assembly_one if p == KG.evidence}
    assert evidence_one and all(any(t[0] == e for t in both[SEED_000]) for e in evidence_one)
    # Nothing appears that the two-document build did not already have but new confidences,
    # paper counts and grounding counts: imatinib was in both papers, now in one.
    assert assembly_one - assembly_both == {t for t in assembly_one - assembly_both
                                            if t[1] in (KG.confidence, KG.paperCount, KG.mentionCount,
                                                        KG.inferredCount, KG.ambiguousCount)}
    assert (IMATINIB, KG.paperCount, Literal(2)) in assembly_both and (IMATINIB, KG.paperCount, Literal(1)) in assembly_one
    # Its grounding summary counts the remaining paper's mentions of it, no longer the review's.
    summary = mint("grounding", "CHEBI:45783", "lexicon")
    in_trial = {s for s, p, o in both[SEED_000] if p == KG.denotes and o == IMATINIB}
    in_review = {s for s, p, o in both[SEED_003] if p == KG.denotes and o == IMATINIB}
    assert len(in_trial) > 0 and len(in_review) > 0
    assert (summary, KG.mentionCount, Literal(len(in_trial) + len(in_review))) in assembly_both
    assert (summary, KG.mentionCount, Literal(len(in_trial))) in assembly_one
