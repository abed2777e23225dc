"""Mutation–drug response rules for negation, hedging and scope (2026-12-04, wave 5)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import response_claims

_Claim = tuple[str, str, str, bool, bool]


def _rules(text: str, title: str = "A study.") -> set[_Claim]:
    """(subject, predicate, object, negated, hedged) of each response the sentence rules tell."""
    return {r[:5] for r in response_claims(text, title) if not r[5].endswith("pair-classifier")}


@pytest.mark.parametrize(("text", "expected"), [
    ("BCR-ABL T315I was not inhibited by imatinib.",
     {("kgr:mutation-ABL1-T315I", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("The T315I mutant was not inhibited by nilotinib or dasatinib.",
     {("kgr:mutation-unknown-gene-T315I", "confersResistanceTo", "DRUGBANK:DB04868", False, False),
      ("kgr:mutation-unknown-gene-T315I", "confersResistanceTo", "DRUGBANK:DB01254", False, False)}),
    ("KIT D816V was not effectively inhibited by imatinib at clinically achievable concentrations.",
     {("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("After 8 months, tumours with EGFR T790M no longer responded to gefitinib.",
     {("kgr:mutation-EGFR-T790M", "confersResistanceTo", "DRUGBANK:DB00317", False, False)}),
])
def test_a_mutant_not_inhibited_by_a_drug_resists_it(text: str, expected: set[_Claim]) -> None:
    """"X was not inhibited by <drug>" was a denied sensitivity: it is a stated resistance."""
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BCR-ABL T315I was inhibited by ponatinib.",
     {("kgr:mutation-ABL1-T315I", "confersSensitivityTo", "DRUGBANK:DB08901", False, False)}),
    ("BCR-ABL T315I was not resistant to ponatinib.",
     {("kgr:mutation-ABL1-T315I", "confersResistanceTo", "DRUGBANK:DB08901", True, False)}),
])
def test_an_inhibition_or_a_denied_resistance_keeps_its_reading(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with KRAS G12D are unlikely to benefit from cetuximab.",
     {("kgr:mutation-KRAS-G12D", "confersResistanceTo", "DRUGBANK:DB00002", False, True)}),
    ("Tumours with EGFR exon 20 insertions are unlikely to respond to gefitinib.",
     {("kgr:mutation-EGFR-exon20-insertion", "confersResistanceTo", "DRUGBANK:DB00317", False, True)}),
    ("Patients carrying HIV K103N are unlikely to benefit from efavirenz.",
     {("kgr:mutation-unknown-gene-K103N", "confersResistanceTo", "DRUGBANK:DB00625", False, True)}),
])
def test_unlikely_to_benefit_is_a_hedged_resistance(text: str, expected: set[_Claim]) -> None:
    """"unlikely to benefit" was told as a stated resistance."""
    assert _rules(text) == expected


def test_unlikely_hedges_only_its_own_clause() -> None:
    assert _rules("Patients with KRAS G12D are unlikely to benefit from cetuximab, whereas BRAF V600E confers "
                  "resistance to vemurafenib.") == {
        ("kgr:mutation-KRAS-G12D", "confersResistanceTo", "DRUGBANK:DB00002", False, True),
        ("kgr:mutation-BRAF-V600E", "confersResistanceTo", "DRUGBANK:DB08881", False, False)}


def test_a_stated_lack_of_benefit_stays_a_denied_sensitivity() -> None:
    assert _rules("Patients with KRAS G12D did not benefit from cetuximab.") == {
        ("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB00002", True, False)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Lorlatinib may be considered for patients with ALK G1202R.",
     {("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB12130", False, True)}),
    ("Lorlatinib could be considered in patients whose tumours harbour ALK G1202R.",
     {("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB12130", False, True)}),
    ("Ponatinib should be considered for patients with BCR-ABL T315I.",
     {("kgr:mutation-ABL1-T315I", "confersSensitivityTo", "DRUGBANK:DB08901", False, False)}),
    ("Patients with EGFR T790M are candidates for osimertinib.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Patients harbouring KRAS G12C may be candidates for sotorasib.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", False, True)}),
    ("Patients with KIT exon 11 mutations are good candidates for imatinib.",
     {("kgr:mutation-KIT-exon11-mutation", "confersSensitivityTo", "CHEBI:45783", False, False)}),
    ("The FDA approved osimertinib for patients with EGFR T790M.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Osimertinib was approved for the treatment of patients with EGFR T790M-positive NSCLC.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Ivacaftor is approved for use in patients aged 2 years and older carrying CFTR G551D.",
     {("kgr:mutation-CFTR-G551D", "confersSensitivityTo", "DRUGBANK:DB08820", False, False)}),
])
def test_a_treatment_advised_or_approved_for_carriers_is_their_sensitivity(text: str, expected: set[_Claim]) -> None:
    """"may be considered for", "candidates for" and some shapes of "approved for patients
    carrying X" told nothing; the hedge is the verb's."""
    assert _rules(text) == expected


@pytest.mark.parametrize("text", [
    "Patients with EGFR T790M were considered for enrolment and received osimertinib.",
    "Patients with ALK G1202R were candidates for inclusion in the lorlatinib trial.",
])
def test_a_candidate_for_a_trial_is_no_sensitivity(text: str) -> None:
    assert _rules(text) == set()
