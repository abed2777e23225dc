"""Mutation–drug response rules found by cardiology and pharmacogenomics users (2026-12-03, wave 3)."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_lexicon
from kg.extract.pairs import load_pair_model
from kg.extract.tagger import load_tagger
from tests.extract.helpers import document

LEXICON, TAGGER, PAIRS = load_lexicon(), load_tagger(), load_pair_model()
RESPONSES = ("confersSensitivityTo", "confersResistanceTo", "affectsResponseTo")


def _responses(text: str, title: str = "A study.") -> set[tuple[str, str, str, bool, bool, str]]:
    """(subject, predicate, object, negated, hedged, rule) of each mutation–drug response."""
    extraction = extract(document(text, title), LEXICON, TAGGER, PAIRS)
    return {(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].hedged, a.evidence[0].rule)
            for a in extraction.assertions if a.predicate in RESPONSES}


@pytest.mark.parametrize("text", [
    "Irinotecan at 260 mg/m2 was tolerated in UGT1A1*1/*1 patients, and genotype-guided dosing did not compromise "
    "efficacy.",
    "No T-cell response to abacavir was detected in 10 HLA-B*57:01-negative donors.",
])
def test_a_reference_allele_or_its_non_carriers_have_no_response(text: str) -> None:
    """Found by a pharmacogenomics user: UGT1A1*1 (the reference allele) was sensitive to
    irinotecan, and HLA-B*57:01 was denied a sensitivity to abacavir by its non-carriers."""
    assert _responses(text) == set()


def test_a_variant_beside_the_reference_allele_keeps_its_response() -> None:
    assert _responses("Patients with CYP2C19*1/*1 responded well to clopidogrel, whereas CYP2C19*2 carriers "
                      "responded poorly to clopidogrel.") == {
        ("kgr:mutation-CYP2C19-star2", "confersResistanceTo", "DRUGBANK:DB00758", False, False,
         "confersResistanceTo:trigger")}
