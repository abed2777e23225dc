"""Outcome records new users' trial reports found missing (wave 3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def hazards(sentence: str) -> list[tuple[object, ...]]:
    return [(o.endpoint, o.adverse_event, o.drug, o.hazard_ratio, o.ci_lower, o.ci_upper, o.p_value,
             o.comparator_arm.label if o.comparator_arm else None)
            for o in run(sentence).outcomes if o.statistic == "hazard ratio"]


AE = "kgr:endpoint-adverse-event-rate"
RIVAROXABAN, APIXABAN, WARFARIN = "DRUGBANK:DB06228", "DRUGBANK:DB06605", "DRUGBANK:DB00682"


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: only the first hazard ratio of each sentence was kept
    ("Compared with apixaban, rivaroxaban was associated with a higher risk of major bleeding (hazard ratio, 1.42; "
     "95% CI, 1.16-1.74) and gastrointestinal bleeding (hazard ratio, 1.61; 95% CI, 1.23-2.10).",
     [(AE, "kgr:ae-hemorrhage", RIVAROXABAN, Decimal("1.42"), Decimal("1.16"), Decimal("1.74"), None, "apixaban"),
      # gastrointestinal bleeding is its own event, not "hemorrhage" twice (a leftover of that trial)
      (AE, "kgr:ae-gastrointestinal-hemorrhage", RIVAROXABAN, Decimal("1.61"), Decimal("1.23"), Decimal("2.10"), None,
       "apixaban")]),
    ("Major bleeding was lower with apixaban than with warfarin (hazard ratio, 0.69; 95% CI, 0.60-0.80), and "
     "intracranial hemorrhage was also lower with apixaban (hazard ratio, 0.53; 95% CI, 0.35-0.80; P<0.001).",
     [(AE, "kgr:ae-hemorrhage", APIXABAN, Decimal("0.69"), Decimal("0.60"), Decimal("0.80"), None, "warfarin"),
      (AE, "MESH:D020300", APIXABAN, Decimal("0.53"), Decimal("0.35"), Decimal("0.80"), "<0.001", "warfarin")]),
    # each ratio's own name, inside its words: "the hazard ratio for death … was 0.82"
    ("Dapagliflozin reduced the risk of worsening heart failure (hazard ratio, 0.70; 95% CI, 0.59 to 0.83) and the "
     "hazard ratio for death from cardiovascular causes was 0.82 (95% CI, 0.69 to 0.98; P=0.03).",
     [("kgr:endpoint-cardiovascular-death", None, "DRUGBANK:DB06292", Decimal("0.82"), Decimal("0.69"),
       Decimal("0.98"), "0.03", None)]),
    # a later ratio that names nothing new is a subgroup's: no record
    ("Ticagrelor reduced the primary end point (HR 0.84; 95% CI 0.77-0.92), and in women (HR 0.90; 95% CI "
     "0.70-1.10).",
     [("kgr:endpoint-primary-outcome", None, "DRUGBANK:DB08816", Decimal("0.84"), Decimal("0.77"), Decimal("0.92"),
       None, None)]),
])
def test_each_hazard_ratio_of_a_sentence(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert hazards(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: no comparator, so the ratio could not be read
    ("All-cause mortality did not differ between rivaroxaban and warfarin (hazard ratio, 1.03; 95% CI, 0.90-1.18).",
     ("kgr:endpoint-all-cause-mortality", RIVAROXABAN, "warfarin", WARFARIN)),
    ("Stroke or systemic embolism was similar with apixaban and warfarin (hazard ratio, 0.95; 95% CI, 0.80-1.12).",
     ("kgr:endpoint-stroke-or-systemic-embolism", APIXABAN, "warfarin", WARFARIN)),
    ("The rate of remission was comparable in patients receiving ixekizumab and placebo (hazard ratio, 0.95; "
     "95% CI, 0.80-1.12).",
     ("kgr:endpoint-remission", "DRUGBANK:DB11569", "placebo", None)),
    # a regimen going on after the second drug is no arm of one drug: no comparator
    ("Major bleeding did not differ between apixaban and warfarin plus aspirin (hazard ratio, 0.95; 95% CI, "
     "0.80-1.12).",
     (AE, APIXABAN, None, None)),
])
def test_comparator_of_two_arms_compared(sentence: str, expected: tuple[object, ...]) -> None:
    [outcome] = [o for o in run(sentence).outcomes if o.statistic == "hazard ratio"]
    assert (outcome.endpoint, outcome.drug, outcome.comparator_arm.label if outcome.comparator_arm else None,
            outcome.comparator_arm.drug if outcome.comparator_arm else None) == expected


def comparisons(sentence: str) -> list[tuple[object, ...]]:
    return [(o.statistic, o.significant, o.comparator_arm.label if o.comparator_arm else None)
            for o in run(sentence).outcomes if o.statistic in ("hazard ratio", "odds ratio", "difference")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a pharmacogenomics user: the numbers said not significant, the graph said nothing
    ("Major bleeding occurred in 2.9% with ticagrelor and 2.2% with clopidogrel (hazard ratio, 1.31; 95% CI, 0.76 "
     "to 2.27; P=0.33).",
     [("hazard ratio", False, "clopidogrel")]),
    # … and the difference had no comparator
    ("At week 16, PASI 90 was achieved by 73.8% of patients receiving risankizumab and 65.6% of patients receiving "
     "secukinumab (difference, 8.2 percentage points; 95% CI, -2.2 to 18.6).",
     [("difference", False, "secukinumab")]),
    ("Remission occurred in 40% of those treated with vedolizumab and 20% of those given placebo (difference, 20 "
     "percentage points; 95% CI, 10 to 30; P<0.001).",
     [("difference", True, "placebo")]),
    ("Among carriers, the risk of myelosuppression was higher with azathioprine (OR 1.1; 95% CI 0.6-2.0).",
     [("odds ratio", False, None)]),
    # a P of 0.05 or more alone
    ("Ticagrelor reduced the primary end point (HR 0.84; P=0.06).", [("hazard ratio", False, None)]),
    # true from numbers since trial 5: P below 0.05, an interval clear of 1
    ("Ticagrelor reduced the primary end point (HR 0.84; 95% CI 0.77-0.92; P<0.001).", [("hazard ratio", True, None)]),
    # the sentence's own word stands
    ("Ticagrelor significantly reduced the primary end point (HR 0.84; 95% CI 0.70-1.01).",
     [("hazard ratio", True, None)]),
    # a wider interval than 95% holding 1, a bound on 1, a p-value of another test: nothing
    ("Ticagrelor reduced the primary end point (HR 0.84; 99% CI 0.67-1.02).", [("hazard ratio", None, None)]),
    ("Ticagrelor reduced the primary end point (HR 0.84; 95% CI 0.70-1.00).", [("hazard ratio", None, None)]),
    # (the interval, clear of 1, still speaks)
    ("Ticagrelor reduced the primary end point (HR 0.84; 95% CI 0.77-0.92; P=0.40 for interaction).",
     [("hazard ratio", True, None)]),
])
def test_significance_from_the_numbers(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert comparisons(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a pharmacogenomics user: the arm with no case had no row
    ("A total of 300 patients were enrolled. Candida infections occurred in 3.7% of patients receiving secukinumab "
     "and in none of those receiving risankizumab.",
     [("rate", "DRUGBANK:DB09029", None, Decimal("3.7"), None, False, None),
      ("count", "DRUGBANK:DB14762", 0, None, None, True, None)]),
    ("Neutropenia occurred in 12% of patients in the olaparib group and in none of the patients in the placebo group.",
     [("rate", "DRUGBANK:DB09074", None, Decimal("12"), None, False, "olaparib"),
      ("count", None, 0, None, None, True, "placebo")]),
    # the whole study's none keeps its size
    ("A total of 300 patients were enrolled. No patients had hepatotoxicity with olaparib.",
     [("count", "DRUGBANK:DB09074", 0, None, 300, True, None)]),
])
def test_an_arm_with_none(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.drug, o.count, o.percent, o.denominator, o.evidence.negated,
             o.arm.label if o.arm else None) for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: the obesity trial's primary endpoint had no record ("body weight
    # change" is MeSH's "Body Weight Changes", a heading of the measure)
    ("At week 72, mean body weight change was -9.8% with semaglutide and -14.1% with tirzepatide (estimated "
     "treatment difference, 4.3 percentage points; 95% CI, 3.2 to 5.4).",
     [("change", "DRUGBANK:DB13928", Decimal("-9.8"), "percent", None),
      ("change", "DRUGBANK:DB15171", Decimal("-14.1"), "percent", None),
      ("difference", "DRUGBANK:DB13928", Decimal("4.3"), "percentage points", "tirzepatide")]),
    # a signed percentage is a change, never a rate of patients
    ("At week 72, the mean change in body weight was -9.8% with semaglutide and -2.4% with placebo.",
     [("change", "DRUGBANK:DB13928", Decimal("-9.8"), "percent", None),
      ("change", None, Decimal("-2.4"), "percent", None)]),
])
def test_a_signed_percentage_is_a_change(sentence: str, expected: list[tuple[object, ...]]) -> None:
    outcomes = run(sentence).outcomes
    assert {o.endpoint for o in outcomes} == {"kgr:endpoint-body-weight"}
    assert {o.disease for o in outcomes} == {None}
    assert [(o.statistic, o.drug, o.value, o.unit, o.comparator_arm.label if o.comparator_arm else None)
            for o in outcomes] == expected
