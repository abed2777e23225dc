"""Outcome measurements and studies in shapes new users' trial reports found missing or wrong (wave 2)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon (its generated drugs: ustekinumab, finerenone …), rules only."""
    return extract(document(abstract, title), SHIPPED)


def test_failed_drug_is_no_arm_and_no_difference_between_two_drugs() -> None:
    # found by a respiratory user: 31% was infliximab's (a drug the patients had failed), and
    # "did not differ significantly" before its P value was lost
    outcomes = run("Among patients with prior primary nonresponse to infliximab, remission rates did not differ "
                   "significantly between ustekinumab and vedolizumab (31% vs 27%; P=0.54).").outcomes
    got = [(o.statistic, o.drug, o.percent, o.significant, o.p_value,
            o.arm.label if o.arm else None, o.comparator_arm.label if o.comparator_arm else None) for o in outcomes]
    assert got == [
        ("rate", "DRUGBANK:DB05679", Decimal("31"), None, None, None, None),
        ("rate", "DRUGBANK:DB09033", Decimal("27"), None, None, None, None),
        ("comparison", "DRUGBANK:DB05679", None, False, "0.54", "ustekinumab", "vedolizumab"),
    ]
    assert {o.endpoint for o in outcomes} == {"kgr:endpoint-remission"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a respiratory user: a reduced decline read as FVC reduced (a harm), its size lost
    ("Nintedanib reduced the annual rate of decline in FVC by about 110 mL compared with placebo in patients "
     "with idiopathic pulmonary fibrosis.",
     ("kgr:endpoint-fvc", "difference", "DRUGBANK:DB09079", Decimal("110"), "mL", "about", "improved", "placebo")),
    ("Pirfenidone reduced the decline in FVC by 193 mL compared with placebo.",
     ("kgr:endpoint-fvc", "difference", "DRUGBANK:DB04951", Decimal("193"), "mL", None, "improved", "placebo")),
    # found by a respiratory user: "percentage points" was dropped
    ("FEV1 increased by 13.8 percentage points with elexacaftor.",
     ("kgr:endpoint-fev1", "change", "DRUGBANK:DB15444", Decimal("13.8"), "percentage points", None, "increased",
      None)),
])
def test_change_by_an_amount(sentence: str, expected: tuple[object, ...]) -> None:
    [outcome] = run(sentence).outcomes
    assert (outcome.endpoint, outcome.statistic, outcome.drug, outcome.value, outcome.unit, outcome.qualifier,
            outcome.effect, outcome.comparator_arm.label if outcome.comparator_arm else None) == expected


@pytest.mark.parametrize("sentence", [
    # found by a nephrology user: the threshold of a composite's part was a 50% eGFR rate
    "The primary outcome was a composite of a sustained decline in eGFR of at least 50%, end-stage kidney disease, "
    "or death from renal causes in patients given dapagliflozin.",
    "The primary outcome was a sustained decline in the estimated glomerular filtration rate of at least 40% in "
    "patients given empagliflozin.",
])
def test_threshold_of_a_decline_is_no_rate(sentence: str) -> None:
    assert [o for o in run(sentence).outcomes if o.percent is not None] == []


@pytest.mark.parametrize(("sentence", "size", "arms"), [
    # found by a respiratory user: an arm "adalimumab who started vedolizumab", of adalimumab
    ("We retrospectively analysed 612 patients with Crohn's disease previously exposed to infliximab or adalimumab "
     "who started vedolizumab (n=248) or ustekinumab (n=364).",
     612, [("vedolizumab", "DRUGBANK:DB09033", 248), ("ustekinumab", "DRUGBANK:DB05679", 364)]),
    # found by a nephrology user: no study
    ("In this pooled analysis of 13026 patients treated with finerenone 10 or 20 mg once daily or placebo, "
     "outcomes were assessed.",
     13026, [("10 mg daily", "DRUGBANK:DB16165", None), ("20 mg daily", "DRUGBANK:DB16165", None),
             ("placebo", None, None)]),
    # found by a nephrology user: no size, and faricimab got aflibercept's schedule
    ("Patients (n=671) were randomized 1:1 to intravitreal faricimab 6.0 mg or aflibercept 2.0 mg every 8 weeks.",
     671, [("6.0 mg", "DRUGBANK:DB15303", None), ("2.0 mg every 8 weeks", "DRUGBANK:DB08885", None)]),
    # A lab ratio's range is no dose (found in review: a 200-5000 mg dapagliflozin arm)
    ("We randomly assigned 4304 patients with a urinary albumin-to-creatinine ratio of 200 to 5000 mg/g to receive "
     "dapagliflozin 10 mg once daily or placebo.", 4304, [("10 mg daily", "DRUGBANK:DB06292", None), ("placebo", None, None)]),
    # … but one drug's doses share the schedule after it (the seed trial's arms, found in review)
    ("We randomly assigned 147 patients to receive 400 mg or 600 mg of imatinib daily.",
     147, [("400 mg daily", "CHEBI:45783", None), ("600 mg daily", "CHEBI:45783", None)]),
    ("We randomly assigned 200 patients to apixaban 2.5 or 5 mg twice daily or placebo.",
     200, [("2.5 mg twice daily", "DRUGBANK:DB06605", None), ("5 mg twice daily", "DRUGBANK:DB06605", None),
           ("placebo", None, None)]),
])
def test_study_size_and_arms(sentence: str, size: int, arms: list[tuple[object, ...]]) -> None:
    study = run(sentence).study
    assert study is not None
    assert study.sample_size == size
    assert [(a.label, a.drug, a.size) for a in study.arms] == arms


def _told(outcome: object) -> tuple[object, ...]:
    o = outcome
    return (o.statistic, o.drug, o.arm.label if o.arm else None,  # type: ignore[attr-defined]
            o.comparator_arm.label if o.comparator_arm else None,  # type: ignore[attr-defined]
            o.percent if o.percent is not None else o.value if o.value is not None else o.hazard_ratio)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a nephrology user: the comparisons had no comparator, the 32% no arm, the letters no values
    ("The mean change in BCVA at week 48 was +5.8 letters with faricimab and +5.1 letters with aflibercept "
     "(difference, 0.7 letters; 95% CI, -1.1 to 2.5).",
     [("difference", "DRUGBANK:DB15303", None, "aflibercept", Decimal("0.7")),
      ("change", "DRUGBANK:DB15303", "faricimab", "aflibercept", Decimal("5.8")),
      ("change", "DRUGBANK:DB08885", "aflibercept", None, Decimal("5.1"))]),
    ("Belimumab improved the renal response in lupus nephritis compared with standard therapy alone "
     "(43% vs 32%; odds ratio 1.6).",
     [("rate", "DRUGBANK:DB08879", None, None, Decimal("43")),
      ("rate", None, "standard therapy", None, Decimal("32")),
      ("odds ratio", "DRUGBANK:DB08879", None, "standard therapy", Decimal("1.6"))]),
    ("Over a median follow-up of 2.4 years, a primary outcome event occurred in 197 of 2152 patients (9.2%) in the "
     "dapagliflozin group and 312 of 2152 patients (14.5%) in the placebo group (hazard ratio, 0.61; 95% CI, 0.51 to "
     "0.72; P<0.001).",
     [("count", "DRUGBANK:DB06292", "dapagliflozin", None, Decimal("9.2")),
      ("count", None, "placebo", None, Decimal("14.5")),
      ("hazard ratio", "DRUGBANK:DB06292", None, "placebo", Decimal("0.61"))]),
])
def test_comparison_against_the_other_arm(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [_told(o) for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a nephrology user: no vaccine efficacy was recorded
    ("Vaccine efficacy against RSV-related lower respiratory tract disease was 82.6% (96.95% CI, 57.9 to 94.1) during "
     "the first season.",
     [("kgr:endpoint-vaccine-efficacy", "vaccine efficacy", None, None, Decimal("82.6"), "percent",
       Decimal("57.9"), Decimal("94.1"))]),
    ("BNT162b2 showed 95.0% efficacy (95% CI, 90.3 to 97.6) against symptomatic COVID-19.",
     [("kgr:endpoint-vaccine-efficacy", "vaccine efficacy", "DRUGBANK:DB15696", None, Decimal("95.0"), "percent",
       Decimal("90.3"), Decimal("97.6"))]),
    # found by a nephrology user: the composite outcomes kg lacked gave nothing
    ("Finerenone reduced the risk of the kidney composite outcome by 23% (hazard ratio, 0.77; 95% CI, 0.67 to 0.88).",
     [("kgr:endpoint-kidney-composite-outcome", "relative change", "DRUGBANK:DB16165", None, Decimal("23"), "percent",
       None, None),
      ("kgr:endpoint-kidney-composite-outcome", "hazard ratio", "DRUGBANK:DB16165", None, Decimal("0.77"), None,
       Decimal("0.67"), Decimal("0.88"))]),
    ("The risk of the cardiovascular composite outcome was lower with finerenone than with placebo (hazard ratio, "
     "0.86; 95% CI, 0.78 to 0.95).",
     [("kgr:endpoint-cardiovascular-composite-outcome", "hazard ratio", "DRUGBANK:DB16165", "placebo", Decimal("0.86"),
       None, Decimal("0.78"), Decimal("0.95"))]),
    # found by a respiratory user: endpoints kg lacked dropped whole sentences
    ("NASH resolution was achieved in 25.9% of patients receiving resmetirom 80 mg and 9.7% of patients receiving "
     "placebo.",
     [("kgr:endpoint-nash-resolution", "rate", "DRUGBANK:DB12914", None, Decimal("25.9"), None, None, None),
      ("kgr:endpoint-nash-resolution", "rate", None, None, Decimal("9.7"), None, None, None)]),
    # (a decrease against placebo is a difference below 0, as differences are written: wave 4)
    ("Sweat chloride concentration decreased by 41.8 mmol/L with ivacaftor compared with placebo.",
     [("kgr:endpoint-sweat-chloride", "difference", "DRUGBANK:DB08820", "placebo", Decimal("-41.8"), "mmol/L",
       None, None)]),
    ("The hazard ratio for treatment discontinuation with ustekinumab versus vedolizumab was 0.62 (95% CI, 0.48 to "
     "0.80).",
     [("kgr:endpoint-treatment-discontinuation", "hazard ratio", "DRUGBANK:DB05679", "vedolizumab", Decimal("0.62"),
       None, Decimal("0.48"), Decimal("0.80"))]),
    # found by a nephrology user: per-arm changes and median times were lost, the 50% threshold a result
    ("At week 36, the reduction in the urine protein-to-creatinine ratio was 49.8% with sparsentan and 15.1% with "
     "irbesartan (P<0.001).",
     [("kgr:endpoint-urine-protein-creatinine-ratio", "relative change", "DRUGBANK:DB12548", "irbesartan", Decimal("49.8"), "percent", None, None),
      ("kgr:endpoint-urine-protein-creatinine-ratio", "relative change", "DRUGBANK:DB01029", None, Decimal("15.1"), "percent", None, None)]),
    ("Median time to a 50% reduction in urine protein-to-creatinine ratio was 29 days with voclosporin and 63 days "
     "with placebo.",
     [("kgr:endpoint-urine-protein-creatinine-ratio", "median", "DRUGBANK:DB11693", "placebo", Decimal("29"), "days", None, None),
      ("kgr:endpoint-urine-protein-creatinine-ratio", "median", None, "voclosporin", Decimal("63"), "days", None, None)]),
])
def test_new_endpoints_and_their_numbers(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.endpoint, o.statistic, o.drug, o.comparator_arm.label if o.comparator_arm else None,
             o.percent if o.percent is not None else o.value if o.value is not None else o.hazard_ratio,
             o.unit, o.ci_lower, o.ci_upper) for o in run(sentence).outcomes] == expected


def test_event_leading_to_discontinuation_is_a_discontinuation_rate() -> None:
    # found by a nephrology user: no record
    outcomes = run("Hyperkalemia leading to permanent discontinuation occurred in 1.7% of patients in the finerenone "
                   "group and 0.6% in the placebo group.").outcomes
    assert [(o.endpoint, o.adverse_event, o.drug, o.arm.label if o.arm else None, o.percent) for o in outcomes] == [
        ("kgr:endpoint-ae-discontinuation", "MESH:D006947", "DRUGBANK:DB16165", "finerenone", Decimal("1.7")),
        ("kgr:endpoint-ae-discontinuation", "MESH:D006947", None, "placebo", Decimal("0.6"))]


def test_count_of_children_with_its_percent() -> None:
    # found by a respiratory user: the count 4 was lost
    [outcome] = run("Elevated transaminases occurred in 4 children (10.3%) treated with ivacaftor.").outcomes
    assert (outcome.statistic, outcome.count, outcome.percent, outcome.drug, outcome.adverse_event) == (
        "count", 4, Decimal("10.3"), "DRUGBANK:DB08820", "kgr:ae-transaminases-increased")


def test_each_vaccine_its_own_efficacy_and_arm_values_stay_the_arms() -> None:
    # found on the nephrology corpus in review: 94.1% went to BNT162b2, 95.0% to "mRNA vaccine"
    outcomes = run("In the pivotal trial, the BNT162b2 mRNA vaccine (30 ug, two doses 21 days apart) showed 95.0% "
                   "efficacy (95% CI, 90.3 to 97.6) against symptomatic COVID-19, and mRNA-1273 (100 ug, two doses 28 "
                   "days apart) showed 94.1% efficacy (95% CI, 89.3 to 96.8).").outcomes
    # … each with its own interval (found in review: mRNA-1273 had BNT162b2's)
    assert [(o.drug, o.value, o.ci_lower, o.ci_upper) for o in outcomes if o.statistic == "vaccine efficacy"] == [
        ("DRUGBANK:DB15696", Decimal("95.0"), Decimal("90.3"), Decimal("97.6")),
        ("DRUGBANK:DB15654", Decimal("94.1"), Decimal("89.3"), Decimal("96.8"))]
    # found on the respiratory corpus in review: "by 160 mL with dupilumab" lost its arm
    outcomes = run("Prebronchodilator FEV1 increased by 160 mL with dupilumab and 77 mL with placebo at week 12 "
                   "(least-squares mean difference, 83 mL; P<0.001).").outcomes
    assert [(o.statistic, o.value, o.arm.label if o.arm else None) for o in outcomes] == [
        ("difference", Decimal("83"), None), ("change", Decimal("160"), "dupilumab"), ("change", Decimal("77"), "placebo")]


@pytest.mark.parametrize(("design", "comparator"), [
    ("randomly assigned to finerenone 10 or 20 mg once daily or placebo", "placebo"),
    ("randomly assigned to finerenone 20 mg once daily or placebo", "placebo"),
    # two drugs in the design: which one the ratio compares with is not the design's to say
    ("randomly assigned to finerenone 20 mg once daily, spironolactone 25 mg daily or placebo", None),
])
def test_a_design_s_only_control_is_its_drug_s_hazard_ratio_comparator(design: str, comparator: str | None) -> None:
    """Found in review (2026-12-03): "Finerenone reduced the risk … (hazard ratio, 0.82 …)"
    after a placebo-controlled design had no comparator."""
    [hr] = [o for o in run(f"Patients with chronic kidney disease and type 2 diabetes were {design}. Finerenone "
                                 "reduced the risk of the primary composite outcome (hazard ratio, 0.82; 95% CI, 0.73 "
                                 "to 0.93).", "Finerenone in diabetic kidney disease.").outcomes
            if o.statistic == "hazard ratio"]
    assert (hr.drug, hr.comparator_arm.label if hr.comparator_arm else None) == ("DRUGBANK:DB16165", comparator)
