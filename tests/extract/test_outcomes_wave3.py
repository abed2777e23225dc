"""Outcome records new users' trial reports found wrong (wave 3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def test_dose_cut_is_no_rate_and_a_clear_ratio_is_not_denied() -> None:
    # found by a pharmacogenomics user: the 25% dose cut was an adverse-event rate, and the
    # relative risk (its interval clear of 1) was negated by "did not sufficiently reduce"
    outcomes = run("In DPYD c.2846A>T carriers treated with capecitabine, a 25% dose reduction did not "
                   "sufficiently reduce toxicity (relative risk 2.00; 95% CI 1.19-3.34).").outcomes
    assert [(o.statistic, o.percent, o.value, o.ci_lower, o.ci_upper, o.effect, o.negated) for o in outcomes] == [
        ("relative risk", None, Decimal("2.00"), Decimal("1.19"), Decimal("3.34"), "increased", False)]


@pytest.mark.parametrize(("sentence", "negated"), [
    # an interval across 1 keeps the clause's denial
    ("Isoniazid did not increase the risk of hepatotoxicity (OR 1.05; 95% CI 0.90-1.22).", True),
    ("Isoniazid did not increase the risk of hepatotoxicity (OR 1.05).", True),
])
def test_a_ratio_across_one_keeps_its_denial(sentence: str, negated: bool) -> None:
    [outcome] = run(sentence).outcomes
    assert (outcome.statistic, outcome.negated) == ("odds ratio", negated)


def _strata(sentence: str) -> list[tuple[object, ...]]:
    return [(o.percent, o.mutation, o.stratum_has_mutation, o.arm.label if o.arm else None)
            for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a pharmacogenomics user: both rates had UGT1A1*1 and the 260 mg/m² arm
    ("Grade 3 neutropenia occurred in 28% of UGT1A1*1/*1 patients receiving irinotecan 260 mg/m2 and in 22% of "
     "UGT1A1*28/*28 patients.",
     [(Decimal("28"), "kgr:mutation-UGT1A1-star28", False, "260 mg/m²"),
      (Decimal("22"), "kgr:mutation-UGT1A1-star28", True, None)]),
    # a dose told first is every group's
    ("Irinotecan 260 mg/m2 caused neutropenia in 28% of UGT1A1*1/*1 patients and in 22% of UGT1A1*28/*28 "
     "patients.",
     [(Decimal("28"), "kgr:mutation-UGT1A1-star28", False, "260 mg/m²"),
      (Decimal("22"), "kgr:mutation-UGT1A1-star28", True, "260 mg/m²")]),
    # found by a cardiology user: 1.9% was the carriers'
    ("With warfarin, major bleeding occurred in 4.1% of CYP2C9*3 carriers and 1.9% of noncarriers.",
     [(Decimal("4.1"), "kgr:mutation-CYP2C9-star3", True, None),
      (Decimal("1.9"), "kgr:mutation-CYP2C9-star3", False, None)]),
    ("Neutropenia occurred in 30% of UGT1A1*28 carriers and 12% of non-carriers.",
     [(Decimal("30"), "kgr:mutation-UGT1A1-star28", True, None),
      (Decimal("12"), "kgr:mutation-UGT1A1-star28", False, None)]),
])
def test_genotype_strata_of_shares(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _strata(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: 1.4% (of volume depletion, which kg does not know) was the ketoacidosis's
    ("Volume depletion was reported in 1.4% of dapagliflozin recipients; diabetic ketoacidosis was rare.", []),
    ("Volume depletion was reported in 1.4% of dapagliflozin recipients, and diabetic ketoacidosis in 0.1%.",
     [(Decimal("0.1"), "MONDO:0012819")]),
])
def test_a_number_goes_to_no_later_clause_s_event(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.percent, o.adverse_event) for o in run(sentence).outcomes] == expected


def test_preserved_measure_s_numbers_are_levels_and_vehicle_is_a_control() -> None:
    # found by a cardiology user: both were changes, reduced, and 38% was another drug's
    outcomes = run("Empagliflozin reduced left ventricular hypertrophy and preserved LVEF (52% vs 38% with vehicle, "
                   "P<0.01), without changing blood glucose.").outcomes
    assert [(o.endpoint, o.statistic, o.drug, o.arm.label if o.arm else None, o.value, o.unit, o.effect)
            for o in outcomes] == [
        ("kgr:endpoint-lvef", "value", "DRUGBANK:DB09038", None, Decimal("52"), "%", None),
        ("kgr:endpoint-lvef", "value", None, "vehicle", Decimal("38"), "%", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: read as rates
    ("In patients with familial hypercholesterolemia, the LDL-C reduction was 44.6% with inclisiran and 52.3% with "
     "evolocumab.",
     [("relative change", "DRUGBANK:DB14901", Decimal("44.6"), None, "reduced"),
      ("relative change", "DRUGBANK:DB09303", Decimal("52.3"), None, "reduced")]),
    # found by a cardiology user: a 20.0 rate and a 25.0 relative change; one range, its upper bound
    ("Ezetimibe provides an additional 20% to 25% reduction in LDL-C when added to atorvastatin.",
     [("relative change", "DRUGBANK:DB00973", Decimal("25"), "up to", "reduced")]),
    ("Ezetimibe lowered LDL-C by 20-25%.",
     [("relative change", "DRUGBANK:DB00973", Decimal("25"), "up to", "reduced")]),
])
def test_relative_changes_and_their_ranges(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.drug, o.value, o.qualifier, o.effect) for o in run(sentence).outcomes
            if o.endpoint == "kgr:endpoint-ldl-cholesterol"] == expected
