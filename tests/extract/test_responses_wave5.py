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
