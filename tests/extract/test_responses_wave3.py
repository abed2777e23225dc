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


@pytest.mark.parametrize("text", [
    "Genotype-guided dosing improved the safety of capecitabine treatment in DPYD*2A carriers.",
    "The SLCO1B1 c.521T>C variant reduces transporter function. Whether SLCO1B1 genotyping improves adherence to "
    "simvastatin therapy has not been established.",
    "The SLCO1B1 c.521T>C variant reduces transporter function. Pre-emptive genetic testing improved outcomes with "
    "simvastatin.",
])
def test_what_a_testing_strategy_did_is_no_variant_s_sensitivity(text: str) -> None:
    """Found by a pharmacogenomics user: "Genotype-guided dosing improved the safety of
    capecitabine …" made DPYD*2A sensitive to it (sentence rule), and "Whether SLCO1B1
    genotyping improves adherence to statin therapy …" SLCO1B1 c.521T>C (document rule)."""
    assert {r for r in _responses(text) if not r[5].endswith("pair-classifier")} == set()


def test_a_drug_that_improved_survival_in_carriers_still_tells_their_sensitivity() -> None:
    assert _responses("Capecitabine improved survival in DPYD*2A carriers.") == {
        ("kgr:mutation-DPYD-star2A", "confersSensitivityTo", "DRUGBANK:DB01101", False, False,
         "confersSensitivityTo:trigger")}


@pytest.mark.parametrize("text", [
    "Reductions in LVOT gradient were similar in patients carrying MYH7 R403Q and in genotype-negative patients, and "
    "sarcomere genotype was not associated with response to mavacamten.",
    "Mavacamten improved LVOT obstruction in carriers of MYH7 R719W irrespective of sarcomere genotype.",
    "Sarcomere gene sequencing found MYH7 R719W in 14 patients. Mavacamten improved LVOT obstruction and symptoms "
    "irrespective of sarcomere genotype.",
])
def test_a_response_that_does_not_depend_on_genotype_is_no_variant_s(text: str) -> None:
    """Found by a cardiology user: "similar in patients carrying MYH7 R403Q and in
    genotype-negative patients" and "irrespective of sarcomere genotype" gave R403Q and R719W
    sensitivity to mavacamten (sentence and document rules, and the pair classifier)."""
    assert _responses(text, "Mavacamten in obstructive hypertrophic cardiomyopathy.") == set()
