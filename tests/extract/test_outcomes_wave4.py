"""Outcome records new users' trial reports found wrong (wave 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def _arms(sentence: str) -> list[tuple[object, ...]]:
    return [(o.statistic, o.percent, o.drug, o.arm.label if o.arm else None,
             o.comparator_arm.label if o.comparator_arm else None) for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: 29.4% was ceftazidime's, the difference had no comparator
    ("Mortality at day 30 was 16.2% with ceftazidime and 29.4% with best available therapy (risk difference, "
     "-13.2 percentage points; 95% CI, -24.1 to -2.3; p=0.02).",
     [("rate", Decimal("16.2"), "DRUGBANK:DB00438", None, None),
      ("rate", Decimal("29.4"), None, "best available therapy", None),
      ("difference", None, "DRUGBANK:DB00438", None, "best available therapy")]),
    # … and 55.0% was ceftazidime's
    ("Clinical cure was achieved in 71.2% of patients with ceftazidime and 55.0% with best available therapy.",
     [("rate", Decimal("71.2"), "DRUGBANK:DB00438", None, None),
      ("rate", Decimal("55.0"), None, "best available therapy", None)]),
    # found by a neurology user: 0% was nusinersen's, the hazard ratio had no comparator
    ("In infantile-onset SMA, 51% of infants treated with nusinersen achieved a motor milestone response "
     "compared with 0% in the sham-procedure group, and the risk of death or permanent ventilation was lower "
     "with nusinersen (hazard ratio 0.53, 95% CI 0.32-0.89; P=0.005).",
     [("rate", Decimal("51"), "DRUGBANK:DB13161", None, None),
      ("rate", Decimal("0"), None, "sham-procedure", None),
      ("hazard ratio", None, "DRUGBANK:DB13161", None, "sham-procedure")]),
    ("Response occurred in 40% of patients with nusinersen and in 10% with sham.",
     [("rate", Decimal("40"), "DRUGBANK:DB13161", None, None),
      ("rate", Decimal("10"), None, "sham", None)]),
])
def test_best_available_therapy_and_sham_are_controls(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _arms(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a neurology user: 2/127 was valproate's
    ("Acute liver failure developed in 24 of 87 patients given valproate, compared with 2 of 127 (1.6%) patients "
     "never exposed to valproate.",
     [("count", Decimal("1.6"), None, "unexposed", None), ("count", None, "DRUGBANK:DB00313", None, None)]),
    ("Hepatotoxicity occurred in 12% of patients treated with valproate and 3% of those not exposed to valproate.",
     [("rate", Decimal("12"), "DRUGBANK:DB00313", None, None),
      ("rate", Decimal("3"), None, "unexposed", None)]),
])
def test_patients_never_exposed_are_a_control(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _arms(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: the ratio went to treatment success
    ("Treatment success was achieved in 74.3% of patients overall, but only in 52.6% of those with baseline Rv0678 "
     "variants (adjusted hazard ratio for unfavourable outcome, 2.41; 95% CI, 1.38 to 4.21; p=0.002).",
     ("kgr:endpoint-unfavourable-outcome", "hazard ratio")),
    ("Treatment success was 80% with bedaquiline (odds ratio for unfavourable outcome was 0.5; 95% CI, 0.3 to 0.8).",
     ("kgr:endpoint-unfavourable-outcome", "odds ratio")),
    # one kg knows is taken as it is
    ("Sustained virologic response was lower with bedaquiline (hazard ratio for virologic failure, 2.1; 95% CI, "
     "1.1 to 3.9).", ("kgr:endpoint-virologic-failure", "hazard ratio")),
    # "for death" is the sentence's survival
    ("Overall survival was longer with gilteritinib (hazard ratio for death, 0.64; 95% CI, 0.49 to 0.83).",
     ("kgr:endpoint-overall-survival", "hazard ratio")),
])
def test_a_ratio_for_an_endpoint_is_that_endpoint_s(sentence: str, expected: tuple[str, str]) -> None:
    ratios = [(o.endpoint, o.statistic) for o in run(sentence).outcomes if o.statistic.endswith("ratio")]
    assert ratios == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a neurology user: the threshold was a 50% relative change
    ("The primary endpoint was the proportion of patients given erenumab achieving at least a 50% reduction in "
     "monthly migraine days.", []),
    ("A 50% reduction in monthly migraine days was achieved by 43% of patients with erenumab.",
     [("rate", Decimal("43"), None, None)]),
    ("Erenumab reduced monthly migraine days by at least 50% in 30% of patients.",
     [("rate", Decimal("30"), None, None)]),
    # a change that is a result stays one
    ("Monthly migraine days decreased by 40% with erenumab.",
     [("relative change", None, Decimal("40"), None)]),
    # found by a neurology user: read as rates
    ("Monthly convulsive seizure frequency decreased by a median of 74.9% with fenfluramine and 19.2% with placebo.",
     [("relative change", None, Decimal("74.9"), "median"), ("relative change", None, Decimal("19.2"), "median")]),
])
def test_responder_thresholds_and_median_changes(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.percent, o.value, o.qualifier) for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: an injection-site reaction rate
    ("No participant discontinued lenacapavir because of injection-site reactions.",
     [("kgr:endpoint-ae-discontinuation", "kgr:ae-injection-site-reaction", 0, None)]),
    ("Treatment was discontinued because of nausea in 3% of patients.",
     [("kgr:endpoint-ae-discontinuation", "kgr:ae-nausea", None, Decimal("3"))]),
    # found by an infectious-disease user: 1.2% was a QT prolongation rate
    ("QT prolongation occurred in 9.8% of patients and led to bedaquiline discontinuation in 1.2%.",
     [("kgr:endpoint-adverse-event-rate", "kgr:ae-qt-prolongation", None, Decimal("9.8")),
      ("kgr:endpoint-ae-discontinuation", None, None, Decimal("1.2"))]),
    # found by an infectious-disease user: 63% went to the swelling (edema)
    ("Injection-site reactions, mostly swelling and erythema, were reported in 63% of participants.",
     [("kgr:endpoint-adverse-event-rate", "kgr:ae-injection-site-reaction", None, Decimal("63"))]),
])
def test_discontinuation_for_an_event_and_a_head_over_its_aside(sentence: str,
                                                                 expected: list[tuple[object, ...]]) -> None:
    assert [(o.endpoint, o.adverse_event, o.count, o.percent) for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: no row had an arm
    ("Peripheral neuropathy occurred in 38% of participants receiving linezolid 1200 mg for 26 weeks and in 24% of "
     "those receiving 600 mg for 26 weeks; myelosuppression occurred in 22% and 2%, respectively.",
     [(Decimal("38"), "1200 mg", "DRUGBANK:DB00601"), (Decimal("24"), "600 mg", "DRUGBANK:DB00601"),
      (Decimal("22"), "1200 mg", "DRUGBANK:DB00601"), (Decimal("2"), "600 mg", "DRUGBANK:DB00601")]),
    ("Nausea occurred in 12%, 18% and 4% of patients receiving semaglutide 1 mg, semaglutide 2 mg and placebo, "
     "respectively.",
     [(Decimal("12"), "1 mg", "DRUGBANK:DB13928"), (Decimal("18"), "2 mg", "DRUGBANK:DB13928"),
      (Decimal("4"), "placebo", None)]),
])
def test_respectively_over_one_drug_s_doses(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.percent, o.arm.label if o.arm else None, o.drug) for o in run(sentence).outcomes] == expected


def test_respectively_after_a_sentence_that_names_no_two_arms() -> None:
    # found by an infectious-disease user: both were dolutegravir's, with no arm
    outcomes = run("Mean weight gain at week 96 was 2.1 kg with dolutegravir plus lamivudine and 1.4 kg with the "
                   "three-drug regimen. Decreases in bone mineral density were smaller with dolutegravir plus "
                   "lamivudine. Drug-related adverse events occurred in 17% and 24% of participants, respectively.").outcomes
    assert [(o.percent, o.drug, o.arm.label if o.arm else None) for o in outcomes if o.percent is not None] == [
        (Decimal("17"), "DRUGBANK:DB08930", "dolutegravir plus lamivudine"),
        (Decimal("24"), None, "three-drug regimen")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a neurology user: 24 of 87 was lost
    ("Acute liver failure developed in 24 of 87 patients given valproate.", [(24, 87, "DRUGBANK:DB00313", None)]),
    ("Hepatotoxicity occurred in 5 of 40 patients with isoniazid and in 1 of 38 patients with placebo.",
     [(5, 40, "DRUGBANK:DB00951", None), (1, 38, None, "placebo")]),
    # a count with its percentage is read once
    ("Hepatotoxicity occurred in 5 of 40 patients (12.5%) with isoniazid.", [(5, 40, "DRUGBANK:DB00951", None)]),
])
def test_a_count_of_a_group_without_a_percentage(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.count, o.denominator, o.drug, o.arm.label if o.arm else None)
            for o in run(sentence).outcomes] == expected


def test_an_interval_written_with_an_equals_sign_is_no_rate() -> None:
    """Found by the stream test's BioRED check (2026-12-03): "(40.9%, 95% CI=16.8%-65.0%)" was
    not read as an interval, so its bounds were rates of their own (and -65.0% a change)."""
    outcomes = run("Among those responding to treatment, more subjects in the olanzapine group (40.9%, 95% CI=16.8%-"
                   "65.0%) than in the risperidone group (18.9%, 95% CI=0%-39.2%) had subsequent ratings not meeting "
                   "response criteria.").outcomes
    assert sorted(o.percent for o in outcomes if o.percent is not None) == [Decimal("18.9"), Decimal("40.9")]
    assert not [o for o in outcomes if o.value is not None]
