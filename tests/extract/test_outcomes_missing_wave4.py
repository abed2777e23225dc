"""Outcome records new users' trial reports found missing or misread (wave 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a neurology user: a plain change of 1.61 days, no comparator nor interval
    ("Erenumab reduced monthly migraine days by 1.61 days more than placebo (95% CI -2.70 to -0.52).",
     [("kgr:endpoint-monthly-migraine-days", "difference", "DRUGBANK:DB14039", Decimal("-1.61"), "days",
       Decimal("-2.70"), Decimal("-0.52"), "reduced", "placebo")]),
    ("Fremanezumab reduced monthly migraine days by 1.5 days compared with placebo.",
     [("kgr:endpoint-monthly-migraine-days", "difference", "DRUGBANK:DB14041", Decimal("-1.5"), "days",
       None, None, "reduced", "placebo")]),
])
def test_difference_by_an_amount(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(o.endpoint, o.statistic, o.drug, o.value, o.unit, o.ci_lower, o.ci_upper, o.effect,
            o.comparator_arm.label if o.comparator_arm else None) for o in run(sentence).outcomes]
    assert got == expected


DOLUTEGRAVIR = "DRUGBANK:DB08930"
M184V = "kgr:mutation-unknown-gene-M184V"


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: counts with no percentage gave nothing
    ("In the subgroup with the M184V mutation (n=23), virologic failure occurred in 3 of 11 participants receiving "
     "dolutegravir plus lamivudine and in 0 of 12 receiving the three-drug regimen.",
     [(DOLUTEGRAVIR, "dolutegravir plus lamivudine", 3, 11, M184V, True),
      (None, "three-drug regimen", 0, 12, M184V, True)]),
    ("Virologic failure occurred in 3 of 11 participants receiving dolutegravir and in 4 of 12 receiving placebo.",
     [(DOLUTEGRAVIR, None, 3, 11, None, None), (None, "placebo", 4, 12, None, None)]),
    # a count already told with its percentage is no second record
    ("Virologic failure occurred in 3 of 11 patients (27%) receiving dolutegravir.",
     [(DOLUTEGRAVIR, None, 3, 11, None, None)]),
])
def test_counts_without_a_percentage(sentence: str, expected: list[tuple[object, ...]]) -> None:
    outcomes = run(sentence, "Dolutegravir plus lamivudine in HIV-1 infection.").outcomes
    assert [(o.drug, o.arm.label if o.arm else None, o.count, o.denominator, o.mutation, o.stratum_has_mutation)
            for o in outcomes] == expected
    assert {o.endpoint for o in outcomes} == {"kgr:endpoint-virologic-failure"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: a weight gain in kilograms gave nothing, and the
    # regimen no drug names is an arm of no drug
    ("Mean weight gain at week 96 was 2.1 kg with dolutegravir plus lamivudine and 1.4 kg with the three-drug "
     "regimen.",
     [("kgr:endpoint-body-weight", "change", DOLUTEGRAVIR, "dolutegravir plus lamivudine", Decimal("2.1"), "kg"),
      ("kgr:endpoint-body-weight", "change", None, "three-drug regimen", Decimal("1.4"), "kg")]),
    # a threshold in kilograms defines the event, no change
    ("Weight gain of more than 10 kg occurred in 5% of patients receiving olanzapine.", []),
])
def test_weight_gain_in_kilograms(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(o.endpoint, o.statistic, o.drug, o.arm.label if o.arm else None, o.value, o.unit)
           for o in run(sentence, "Dolutegravir plus lamivudine in HIV-1 infection.").outcomes]
    assert got == expected


def test_outpatients_are_the_sample() -> None:
    # found by an infectious-disease user: no sample size
    study = run("In this double-blind, phase 3 trial, 2184 outpatients with influenza were randomly assigned to "
                "baloxavir, oseltamivir 75 mg twice daily for 5 days, or placebo.").study
    assert study is not None and study.sample_size == 2184


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a neurology user: a hazard ratio of an induced event, told as a risk, gave nothing
    ("Homozygosity for POLG A467T was associated with a higher risk of valproate-induced liver failure (hazard "
     "ratio 2.1, 95% CI 1.1-4.0).",
     [("kgr:endpoint-adverse-event-rate", "MONDO:0100192", "DRUGBANK:DB00313", "kgr:mutation-POLG-A467T", True,
       Decimal("2.1"), Decimal("1.1"), Decimal("4.0"))]),
])
def test_hazard_ratio_of_a_risk(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(o.endpoint, o.adverse_event, o.drug, o.mutation, o.stratum_has_mutation, o.hazard_ratio, o.ci_lower,
            o.ci_upper) for o in run(sentence).outcomes]
    assert got == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: medians in hours of a time to symptom relief gave nothing
    ("The median time to improvement of influenza symptoms was 73.2 hours with baloxavir and 102.3 hours with "
     "placebo (p<0.001), and 81.0 hours with oseltamivir.",
     [("DRUGBANK:DB15675", Decimal("73.2"), "placebo"), (None, Decimal("102.3"), "baloxavir"),
      ("DRUGBANK:DB00198", Decimal("81.0"), "placebo")]),
])
def test_median_hours_to_symptom_relief(sentence: str, expected: list[tuple[object, ...]]) -> None:
    outcomes = run(sentence).outcomes
    assert [(o.drug, o.value, o.comparator_arm.label.lower() if o.comparator_arm else None) for o in outcomes] == expected
    assert {(o.endpoint, o.statistic, o.unit) for o in outcomes} == {
        ("kgr:endpoint-time-to-symptom-improvement", "median", "hours")}


def test_hours_are_no_median_of_other_endpoints() -> None:
    outcomes = run("The median overall survival was 12 hours longer with drugx than placebo.").outcomes
    assert not [o for o in outcomes if o.unit == "hours"]
